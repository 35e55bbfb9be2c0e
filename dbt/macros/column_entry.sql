{#- A column entry of the *_columns tests: `name` → (name, none); `{name: condition}` →
    (name, condition). -#}
{% macro baocao_column_entry(entry) -%}
{%- if entry is mapping -%}
{%- set column = (entry.keys() | list)[0] -%}
{{- return((column, entry[column])) -}}
{%- else -%}
{{- return((entry, none)) -}}
{%- endif -%}
{%- endmacro %}
