{#- Fails with one row per listed column holding negative values (NULLs pass): one scan and one
    node for all the measures of a model (see not_null_columns). -#}
{% test not_negative_columns(model, columns) %}
with negative_counts as (
    select
    {%- for column in columns %}
        count(*) filter (where {{ adapter.quote(column) }} < 0) as {{ adapter.quote(column) }}
        {{- "," if not loop.last }}
    {%- endfor %}
    from {{ model }}
)
{% for column in columns %}
select '{{ column }}' as column_name, {{ adapter.quote(column) }} as negative_rows
from negative_counts
where {{ adapter.quote(column) }} > 0
{{ "union all" if not loop.last }}
{% endfor %}
{% endtest %}
