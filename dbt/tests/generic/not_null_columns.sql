{#- Fails with one row per listed column that holds NULLs (column name, how many rows).

    An entry is a column name, or a one-key mapping `{column: condition}` for a column that must
    be set only where the SQL condition holds (a fact's province, when its document is placed).

    One scan and one test node per model and severity instead of one `not_null` node per column:
    dbt's cost per node, and Dagster's three events per check (planned, output, evaluation), were
    most of the refresh of one report (README "Scale"). -#}
{% test not_null_columns(model, columns) %}
with null_counts as (
    select
    {%- for entry in columns %}
        {%- set column, condition = baocao_column_entry(entry) %}
        count(*) filter (where {{ adapter.quote(column) }} is null
            {%- if condition %} and ({{ condition }}){% endif %}) as {{ adapter.quote(column) }}
        {{- "," if not loop.last }}
    {%- endfor %}
    from {{ model }}
)
{% for entry in columns %}
{%- set column = baocao_column_entry(entry)[0] %}
select '{{ column }}' as column_name, {{ adapter.quote(column) }} as null_rows
from null_counts
where {{ adapter.quote(column) }} > 0
{{ "union all" if not loop.last }}
{% endfor %}
{% endtest %}
