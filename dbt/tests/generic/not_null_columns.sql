{#- Fails with one row per listed column that holds NULLs (column name, how many rows).

    One scan and one test node per model instead of one `not_null` node per column: dbt's cost
    per node (and Dagster's events per check) dominated the refresh of one report, and ~190 such
    nodes were most of the project (README "Event path"). Columns whose NULLs are judged
    differently (a `where`, another severity) keep their own `not_null` test. -#}
{% test not_null_columns(model, columns) %}
with null_counts as (
    select
    {%- for column in columns %}
        count(*) filter (where {{ adapter.quote(column) }} is null) as {{ adapter.quote(column) }}
        {{- "," if not loop.last }}
    {%- endfor %}
    from {{ model }}
)
{% for column in columns %}
select '{{ column }}' as column_name, {{ adapter.quote(column) }} as null_rows
from null_counts
where {{ adapter.quote(column) }} > 0
{{ "union all" if not loop.last }}
{% endfor %}
{% endtest %}
