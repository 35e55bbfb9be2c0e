{#- Placement (issue #10): how far a document's text (or its sidecar) places it. A document whose
    province or period is unknown still loads; its facts keep NULL there (never guessed).
      placed       province and period known
      no_period    province known, period not
      no_province  period known, province not
      unplaced     neither -#}
{% macro placement_of(province, period_start) -%}
case
    when {{ province }} is not null and {{ period_start }} is not null then 'placed'
    when {{ province }} is not null then 'no_period'
    when {{ period_start }} is not null then 'no_province'
    else 'unplaced'
end
{%- endmacro %}

{#- A raw documents row's placement; rows loaded before the column existed get it from their
    province and period. -#}
{% macro document_placement(alias) -%}
coalesce(
    {{ clean_key(alias ~ '.placement') }},
    {{ placement_of(clean_key(alias ~ '.province'), alias ~ '.period_start') }}
)
{%- endmacro %}

{#- A fact whose province or period is unknown is only ever the same fact as itself: marts key
    it by its (canonical) source file so that two documents' unplaced figures are never merged. -#}
{% macro unplaced_source_file(alias) -%}
case
    when {{ alias }}.province is null or {{ alias }}.period_start is null or {{ alias }}.period_end is null
        then {{ alias }}.source_file
end
{%- endmacro %}
