{#- Shared cleaning of the contract's common fact columns (staging layer). -#}
{% macro clean_text(col) -%}
nullif(trim(cast({{ col }} as varchar)), '')
{%- endmacro %}

{% macro clean_key(col) -%}
nullif(lower(trim(cast({{ col }} as varchar))), '')
{%- endmacro %}

{% macro staged_fact_columns(alias='f') -%}
    {{ clean_text(alias ~ '.fact_id') }} as fact_id,
    {{ clean_key(alias ~ '.doc_id') }} as doc_id,
    cast({{ alias }}.source_file as varchar) as source_file,
    cast({{ alias }}.char_start as bigint) as char_start,
    cast({{ alias }}.char_end as bigint) as char_end,
    cast({{ alias }}.evidence as varchar) as evidence,
    {{ clean_key(alias ~ '.province') }} as province,
    {{ clean_key(alias ~ '.locality') }} as locality,
    cast({{ alias }}.period_start as date) as period_start,
    cast({{ alias }}.period_end as date) as period_end,
    cast({{ alias }}.as_of as date) as as_of,
    cast({{ alias }}.value as double) as value,
    {{ clean_text(alias ~ '.unit') }} as unit,
    {{ clean_text(alias ~ '.unit_label') }} as unit_label,
    coalesce({{ clean_key(alias ~ '.qualifier') }}, 'exact') as qualifier,
    {#- (rows loaded before the column existed were all of a province) #}
    coalesce({{ clean_key(alias ~ '.place_scope') }}, 'province') as place_scope
{%- endmacro %}

{#- Restrict a raw fact table to rows of documents that are still in raw/. -#}
{% macro current_documents_join(alias='f') -%}
inner join {{ source('raw', 'documents') }} as d
    on d.source_file = {{ alias }}.source_file
    and d.doc_id = {{ alias }}.doc_id
    and d.is_current
{%- endmacro %}
