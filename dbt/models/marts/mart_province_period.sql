-- One wide row per province x locality (null = whole province, see scope) x period for BI tools.
-- Only what is placed: figures whose province or period is unknown (unplaced_source_file set,
-- see mart_unplaced_documents) stay in the fact marts and never appear here.
with spine as (
    select province, locality, period_start, period_end from {{ ref('mart_indicators') }}
    where unplaced_source_file is null
    union
    select province, locality, period_start, period_end from {{ ref('mart_budget_execution') }}
    where unplaced_source_file is null
    union
    select province, locality, period_start, period_end from {{ ref('mart_disaster_impact') }}
    where unplaced_source_file is null
    union
    select province, locality, period_start, period_end from {{ ref('mart_projects') }}
    where unplaced_source_file is null
),

ind as (
    select
        province,
        locality,
        period_start,
        period_end,
        first(value order by fact_seq) filter (where indicator_key = 'grdp' and metric = 'yoy_pct')
            as grdp_growth_yoy_pct,
        first(value order by fact_seq)
            filter (where indicator_key = 'retail_sales' and metric = 'level' and unit = 'VND')
            as retail_sales_vnd,
        first(value order by fact_seq) filter (where indicator_key = 'retail_sales' and metric = 'yoy_pct')
            as retail_sales_yoy_pct,
        first(value order by fact_seq)
            filter (where indicator_key = 'trade_turnover' and metric = 'level' and unit = 'USD')
            as trade_turnover_usd,
        first(value order by fact_seq)
            filter (where indicator_key = 'export_turnover' and metric = 'level' and unit = 'USD')
            as export_turnover_usd,
        first(value order by fact_seq)
            filter (where indicator_key = 'tourist_arrivals' and metric = 'level' and unit = 'visit')
            as tourist_arrivals
    from {{ ref('mart_indicators') }}
    where indicator_key in ('grdp', 'retail_sales', 'trade_turnover', 'export_turnover', 'tourist_arrivals')
    group by province, locality, period_start, period_end
),

bud as (
    select
        province,
        locality,
        period_start,
        period_end,
        any_value(actual_vnd) filter (where budget_item = 'revenue_total') as budget_revenue_actual_vnd,
        any_value(pct_of_plan) filter (where budget_item = 'revenue_total') as budget_revenue_pct_of_plan,
        any_value(pct_of_plan) filter (where budget_item = 'public_investment')
            as public_investment_disbursed_pct_of_plan
    from {{ ref('mart_budget_execution') }}
    where budget_item in ('revenue_total', 'public_investment')
    group by province, locality, period_start, period_end
),

proj as (
    select
        province,
        locality,
        period_start,
        period_end,
        count(distinct project_key) filter (where event = 'started') as n_projects_started,
        count(distinct project_key) filter (where event = 'inaugurated') as n_projects_inaugurated
    from {{ ref('mart_projects') }}
    group by province, locality, period_start, period_end
)

select
    {{ place_and_period('s') }},
    p.name_vi as province_name,
    p.region,
    p.successor_key_2025,
    p.successor_name_2025,
    ind.grdp_growth_yoy_pct,
    ind.retail_sales_vnd,
    ind.retail_sales_yoy_pct,
    ind.trade_turnover_usd,
    ind.export_turnover_usd,
    ind.tourist_arrivals,
    bud.budget_revenue_actual_vnd,
    bud.budget_revenue_pct_of_plan,
    bud.public_investment_disbursed_pct_of_plan,
    dis.deaths as disaster_deaths,
    dis.economic_loss_vnd as disaster_economic_loss_vnd,
    coalesce(proj.n_projects_started, 0) as n_projects_started,
    coalesce(proj.n_projects_inaugurated, 0) as n_projects_inaugurated
from spine as s
left join ind
    on ind.province = s.province and ind.locality is not distinct from s.locality
    and ind.period_start = s.period_start and ind.period_end = s.period_end
left join bud
    on bud.province = s.province and bud.locality is not distinct from s.locality
    and bud.period_start = s.period_start and bud.period_end = s.period_end
left join {{ ref('mart_disaster_impact') }} as dis
    on dis.province = s.province and dis.locality is not distinct from s.locality
    and dis.period_start = s.period_start and dis.period_end = s.period_end
left join proj
    on proj.province = s.province and proj.locality is not distinct from s.locality
    and proj.period_start = s.period_start and proj.period_end = s.period_end
left join {{ ref('dim_province') }} as p on p.province_key = s.province
