{#- Fails with one row per (column, value) that has no row in the referenced model: `references`
    lists `{column, to, field}` (`to` is a model or seed name; `where`, optional, limits the
    checked rows). One node for every foreign key of a model (see not_null_columns). -#}
{% test relationships_columns(model, references) %}
{% for reference in references %}
select
    '{{ reference.column }}' as column_name,
    cast(child.{{ adapter.quote(reference.column) }} as varchar) as value,
    count(*) as n_rows
from (select * from {{ model }}) as child  {#- the model may be a filtered subquery (`where`, new_rows) #}
where child.{{ adapter.quote(reference.column) }} is not null
    {%- if reference.where %} and ({{ reference.where }}){% endif %}
    and not exists (
        select 1 from {{ ref(reference.to) }} as parent
        where parent.{{ adapter.quote(reference.field) }} = child.{{ adapter.quote(reference.column) }}
    )
group by 1, 2
{{ "union all" if not loop.last }}
{% endfor %}
{% endtest %}
