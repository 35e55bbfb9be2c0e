-- Every distinct (period_start, period_end) span used by current documents or their facts.
with spans as (
    select period_start, period_end from {{ ref('stg_documents') }}
    union
    select period_start, period_end from {{ ref('stg_indicators') }}
    union
    select period_start, period_end from {{ ref('stg_budgets') }}
    union
    select period_start, period_end from {{ ref('stg_projects') }}
    union
    select period_start, period_end from {{ ref('stg_disasters') }}
)

select
    {{ period_key('period_start', 'period_end') }} as period_key,
    period_start,
    period_end,
    {{ period_granularity('period_start', 'period_end') }} as granularity,
    year(period_start) as year,
    year(period_end) as end_year,
    datediff('day', period_start, period_end) + 1 as n_days,
    {{ period_label('period_start', 'period_end') }} as label
from spans
where period_start is not null and period_end is not null
