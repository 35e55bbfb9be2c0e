-- The province seed must hold the 63 provinces mapped onto 34 units from 2025-07-01.
select count(*) as n_provinces, count(distinct successor_key_2025) as n_units
from {{ ref('dim_province') }}
having count(*) <> 63 or count(distinct successor_key_2025) <> 34
