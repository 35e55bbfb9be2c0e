-- One row per province x locality x period x budget_item after cross-document dedup.
-- Several rows of one measure inside the winning document (sub-lines, funding breakdowns) are
-- not summed: the headline is the first-stated row (unspecified basis/funding preferred).
-- Facts whose province or period is unknown stay, one row per source file (unplaced_source_file);
-- they are never compared with another period's plan.
with deduped as (
    select * from {{ ref('int_budgets_dedup') }}
),

-- position of the headline actual figure: stated percentages closest to it describe it
-- (e.g. "giải ngân 541 tỷ đồng, đạt 25% kế hoạch" rather than an earlier allocation rate)
actual_position as (
    select
        province, locality, period_start, period_end, unplaced_source_file, budget_item,
        first(char_start order by funding_source nulls first, char_start, fact_id) as actual_pos
    from deduped
    where measure = 'actual'
    group by province, locality, period_start, period_end, unplaced_source_file, budget_item
),

facts as (
    select
        deduped.*,
        abs(deduped.char_start - actual_position.actual_pos) as distance_to_actual
    from deduped
    left join actual_position
        on actual_position.province is not distinct from deduped.province
        and actual_position.locality is not distinct from deduped.locality
        and actual_position.period_start is not distinct from deduped.period_start
        and actual_position.period_end is not distinct from deduped.period_end
        and actual_position.unplaced_source_file is not distinct from deduped.unplaced_source_file
        and actual_position.budget_item = deduped.budget_item
),

pivoted as (
    select
        province,
        locality,
        period_start,
        period_end,
        unplaced_source_file,
        budget_item,
        first(value order by funding_source nulls first, char_start, fact_id)
            filter (where measure = 'actual') as actual_vnd,
        first(value order by char_start, fact_id)
            filter (where measure = 'actual' and funding_source = 'central') as actual_central_funds_vnd,
        first(value order by char_start, fact_id)
            filter (where measure = 'actual' and funding_source = 'local') as actual_local_funds_vnd,
        first(value order by funding_source nulls first, char_start, fact_id)
            filter (where measure = 'plan' and plan_basis is null) as plan_vnd,
        first(value order by funding_source nulls first, char_start, fact_id)
            filter (where measure = 'plan' and plan_basis = 'central') as plan_central_vnd,
        first(value order by funding_source nulls first, char_start, fact_id)
            filter (where measure = 'plan' and plan_basis = 'provincial') as plan_provincial_vnd,
        first(value order by char_start, fact_id)
            filter (where measure = 'plan' and funding_source = 'central') as plan_central_funds_vnd,
        first(value order by char_start, fact_id)
            filter (where measure = 'plan' and funding_source = 'local') as plan_local_funds_vnd,
        first(value order by funding_source nulls first, distance_to_actual nulls last, char_start, fact_id)
            filter (where measure = 'plan_pct' and plan_basis is null) as stated_plan_pct,
        first(value order by funding_source nulls first, distance_to_actual nulls last, char_start, fact_id)
            filter (where measure = 'plan_pct' and plan_basis = 'central') as stated_plan_pct_central,
        first(value order by funding_source nulls first, distance_to_actual nulls last, char_start, fact_id)
            filter (where measure = 'plan_pct' and plan_basis = 'provincial') as stated_plan_pct_provincial,
        first(value order by distance_to_actual nulls last, char_start, fact_id)
            filter (where measure = 'plan_pct' and funding_source = 'central') as stated_plan_pct_central_funds,
        first(value order by distance_to_actual nulls last, char_start, fact_id)
            filter (where measure = 'plan_pct' and funding_source = 'local') as stated_plan_pct_local_funds,
        first(value order by funding_source nulls first, distance_to_actual nulls last, char_start, fact_id)
            filter (where measure = 'yoy_pct') as yoy_pct,
        max(as_of) as as_of,
        first(budget_label order by char_start, fact_id) as budget_label,
        count(*) as n_facts,
        list_sort(list(distinct doc_id)) as doc_ids,
        max(n_reporting_documents) as n_reporting_documents,
        list_sort(list_distinct(flatten(list(superseded_doc_ids)))) as superseded_doc_ids
    from facts
    group by province, locality, period_start, period_end, unplaced_source_file, budget_item
),

-- the plan amount a period's actual is measured against: the same period's plan, else the
-- plan of the calendar year that contains the period
with_plan as (
    select
        cur.*,
        coalesce(cur.plan_vnd, cur.plan_provincial_vnd, cur.plan_central_vnd) as own_plan_vnd,
        coalesce(yr.plan_vnd, yr.plan_provincial_vnd, yr.plan_central_vnd) as year_plan_vnd,
        case
            when cur.plan_vnd is not null then 'unspecified'
            when cur.plan_provincial_vnd is not null then 'provincial'
            when cur.plan_central_vnd is not null then 'central'
            when yr.plan_vnd is not null then 'unspecified'
            when yr.plan_provincial_vnd is not null then 'provincial'
            when yr.plan_central_vnd is not null then 'central'
        end as reference_plan_basis
    from pivoted as cur
    left join pivoted as yr
        on yr.province = cur.province
        and yr.locality is not distinct from cur.locality
        and yr.budget_item = cur.budget_item
        and yr.period_start = make_date(year(cur.period_end), 1, 1)
        and yr.period_end = make_date(year(cur.period_end), 12, 31)
        and not (cur.period_start = yr.period_start and cur.period_end = yr.period_end)
)

select
    {{ place_and_period('w') }},
    w.unplaced_source_file,
    w.budget_item,
    w.budget_label,
    w.actual_vnd,
    w.actual_central_funds_vnd,
    w.actual_local_funds_vnd,
    w.plan_vnd,
    w.plan_central_vnd,
    w.plan_provincial_vnd,
    w.plan_central_funds_vnd,
    w.plan_local_funds_vnd,
    coalesce(w.own_plan_vnd, w.year_plan_vnd) as reference_plan_vnd,
    case
        when w.own_plan_vnd is not null then 'same_period'
        when w.year_plan_vnd is not null then 'calendar_year'
    end as reference_plan_period,
    w.reference_plan_basis,
    w.stated_plan_pct,
    w.stated_plan_pct_central,
    w.stated_plan_pct_provincial,
    w.stated_plan_pct_central_funds,
    w.stated_plan_pct_local_funds,
    coalesce(
        w.stated_plan_pct, w.stated_plan_pct_provincial, w.stated_plan_pct_central,
        round(100 * w.actual_vnd / nullif(coalesce(w.own_plan_vnd, w.year_plan_vnd), 0), 2)
    ) as pct_of_plan,
    case
        when coalesce(w.stated_plan_pct, w.stated_plan_pct_provincial, w.stated_plan_pct_central) is not null
            then 'stated'
        when w.actual_vnd is not null and nullif(coalesce(w.own_plan_vnd, w.year_plan_vnd), 0) is not null
            then 'computed'
    end as pct_of_plan_method,
    case
        when w.stated_plan_pct is not null then 'unspecified'
        when w.stated_plan_pct_provincial is not null then 'provincial'
        when w.stated_plan_pct_central is not null then 'central'
        when w.actual_vnd is not null and nullif(coalesce(w.own_plan_vnd, w.year_plan_vnd), 0) is not null
            then w.reference_plan_basis
    end as pct_of_plan_basis,
    w.yoy_pct,
    w.as_of,
    p.name_vi as province_name,
    p.successor_key_2025,
    p.successor_name_2025,
    w.n_facts,
    w.doc_ids,
    w.n_reporting_documents,
    w.superseded_doc_ids
from with_plan as w
left join {{ ref('dim_province') }} as p on p.province_key = w.province
