-- The 63 provinces (seed) with the unit each belongs to from 2025-07-01.
with provinces as (
    select
        lower(trim(province_key)) as province_key,
        lpad(trim(gso_code), 2, '0') as gso_code,
        trim(name_vi) as name_vi,
        trim(region) as region,
        lower(trim(successor_key_2025)) as successor_key_2025,
        trim(successor_name_2025) as successor_name_2025
    from {{ ref('provinces') }}
),

predecessors as (
    select successor_key_2025, count(*) as n_predecessors
    from provinces
    group by successor_key_2025
)

select
    provinces.*,
    predecessors.n_predecessors as n_provinces_in_successor_2025,
    -- merged away: its successor unit also absorbs other provinces and is not itself
    provinces.successor_key_2025 <> provinces.province_key and predecessors.n_predecessors > 1
        as is_merged,
    -- renamed only (Thừa Thiên Huế -> Huế): new key, no other province joins
    provinces.successor_key_2025 <> provinces.province_key and predecessors.n_predecessors = 1
        as is_renamed,
    provinces.successor_key_2025 = provinces.province_key as is_successor_2025
from provinces
inner join predecessors using (successor_key_2025)
