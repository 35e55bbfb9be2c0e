{#- Fails with one row per (column, value) outside the column's accepted values (NULLs pass):
    `columns` maps each column to its list of values. One scan of the model (UNPIVOT) for all
    of them: one node instead of one `accepted_values` node per column (see not_null_columns). -#}
{% test accepted_values_columns(model, columns) %}
with cell as (
    unpivot (
        select
        {%- for column in columns %}
            cast({{ adapter.quote(column) }} as varchar) as {{ adapter.quote(column) }}
            {{- "," if not loop.last }}
        {%- endfor %}
        from {{ model }}
    )
    on {% for column in columns %}{{ adapter.quote(column) }}{{ ", " if not loop.last }}{% endfor %}
    into name column_name value value
)

select column_name, value, count(*) as n_rows
from cell
where case column_name
    {%- for column, values in columns.items() %}
    when '{{ column }}' then value not in ({% for v in values %}'{{ v }}'{{ ", " if not loop.last }}{% endfor %})
    {%- endfor %}
end
group by column_name, value
{% endtest %}
