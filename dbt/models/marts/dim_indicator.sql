-- Indicator catalog (seed): the known subjects of indicator facts.
select
    lower(trim(indicator_key)) as indicator_key,
    trim(label_vi) as label_vi,
    trim(level_unit) as level_unit,
    trim(description_en) as description_en
from {{ ref('indicator_catalog') }}
