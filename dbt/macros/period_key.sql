{#- SQL expressions naming a (period_start, period_end) span. Keys are unique per span:
      2024-Y (calendar year), 2024-H1 / 2024-H2, 2025-Q1, 2025-M02 (one month),
      2024-M01-M05 (whole months within one year), 2023-M10-2024-M03 (whole months across years),
      2021-2025 (whole calendar years), else 2025-01-01..2025-06-09 (day-level span). -#}

{% macro _is_month_start(d) %}(day({{ d }}) = 1){% endmacro %}
{% macro _is_month_end(d) %}({{ d }} = last_day({{ d }})){% endmacro %}

{% macro period_granularity(s, e) -%}
case
    when {{ s }} is null or {{ e }} is null then 'unknown'
    when not ({{ _is_month_start(s) }} and {{ _is_month_end(e) }}) then 'custom'
    when year({{ s }}) = year({{ e }}) and month({{ s }}) = 1 and month({{ e }}) = 12 then 'year'
    when year({{ s }}) = year({{ e }}) and month({{ s }}) in (1, 7) and month({{ e }}) = month({{ s }}) + 5
        then 'half'
    when year({{ s }}) = year({{ e }}) and month({{ s }}) in (1, 4, 7, 10) and month({{ e }}) = month({{ s }}) + 2
        then 'quarter'
    when year({{ s }}) = year({{ e }}) and month({{ s }}) = month({{ e }}) then 'month'
    when year({{ s }}) = year({{ e }}) then 'months'
    when month({{ s }}) = 1 and month({{ e }}) = 12 then 'years'
    else 'months'
end
{%- endmacro %}

{% macro period_key(s, e) -%}
case {{ period_granularity(s, e) }}
    when 'unknown' then 'unknown'
    when 'custom' then strftime({{ s }}, '%Y-%m-%d') || '..' || strftime({{ e }}, '%Y-%m-%d')
    when 'year' then strftime({{ s }}, '%Y') || '-Y'
    when 'half' then strftime({{ s }}, '%Y') || '-H' || case when month({{ s }}) = 1 then '1' else '2' end
    when 'quarter' then strftime({{ s }}, '%Y') || '-Q' || cast(quarter({{ s }}) as varchar)
    when 'month' then strftime({{ s }}, '%Y') || '-M' || strftime({{ s }}, '%m')
    when 'years' then strftime({{ s }}, '%Y') || '-' || strftime({{ e }}, '%Y')
    else
        case when year({{ s }}) = year({{ e }})
            then strftime({{ s }}, '%Y') || '-M' || strftime({{ s }}, '%m') || '-M' || strftime({{ e }}, '%m')
            else strftime({{ s }}, '%Y') || '-M' || strftime({{ s }}, '%m') || '-'
                 || strftime({{ e }}, '%Y') || '-M' || strftime({{ e }}, '%m')
        end
end
{%- endmacro %}

{% macro period_label(s, e) -%}
case {{ period_granularity(s, e) }}
    when 'unknown' then 'unknown period'
    when 'custom' then strftime({{ s }}, '%d/%m/%Y') || ' - ' || strftime({{ e }}, '%d/%m/%Y')
    when 'year' then 'Năm ' || strftime({{ s }}, '%Y')
    when 'half' then case when month({{ s }}) = 1 then '6 tháng đầu năm ' else '6 tháng cuối năm ' end
        || strftime({{ s }}, '%Y')
    when 'quarter' then 'Quý ' || cast(quarter({{ s }}) as varchar) || '/' || strftime({{ s }}, '%Y')
    when 'month' then 'Tháng ' || cast(month({{ s }}) as varchar) || '/' || strftime({{ s }}, '%Y')
    when 'years' then 'Giai đoạn ' || strftime({{ s }}, '%Y') || '-' || strftime({{ e }}, '%Y')
    else 'Tháng ' || cast(month({{ s }}) as varchar) || '/' || strftime({{ s }}, '%Y')
        || ' - tháng ' || cast(month({{ e }}) as varchar) || '/' || strftime({{ e }}, '%Y')
end
{%- endmacro %}
