{#- The grain every mart is keyed by, as columns of the relation aliased ``a``: where (province,
    locality, and the scope that says which of the two a row is about) and when (the period's key,
    start and end). One definition, so that a row's scope and period key mean the same in every mart. -#}
{% macro place_and_period(a) -%}
    {{ a }}.province,
    {{ a }}.locality,
    {{ place_scope(a) }} as scope,
    {{ period_key(a ~ '.period_start', a ~ '.period_end') }} as period_key,
    {{ a }}.period_start,
    {{ a }}.period_end
{%- endmacro %}

{#- Which of the two places a row of relation ``a`` is about: its locality when it names one, else its province. -#}
{% macro place_scope(a) -%}
    case when {{ a }}.locality is null then 'province' else 'locality' end
{%- endmacro %}
