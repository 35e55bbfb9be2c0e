{#- Fails for rows where the SQL boolean `expression` is false (null counts as true). -#}
{% test expression_is_true(model, expression, column_name=none) %}
select *
from {{ model }}
where not coalesce(({{ expression }}), true)
{% endtest %}
