-- One row per province x locality x period x project (normalised name) x event after dedup,
-- with the project's figures pivoted (first-stated row of each measure in the winning document).
-- Facts whose province or period is unknown stay, keyed by their source file (unplaced_source_file).
with facts as (
    select * from {{ ref('int_projects_dedup') }}
),

grouped as (
    select
        province,
        locality,
        period_start,
        period_end,
        unplaced_source_file,
        project_key,
        event,
        first(project_name order by char_start nulls last, fact_id) as project_name,
        min(event_date) as event_date,
        first(value order by char_start, fact_id)
            filter (where measure = 'total_investment' and unit = 'VND') as total_investment_vnd,
        first(value order by char_start, fact_id)
            filter (where measure = 'disbursed' and unit = 'VND') as disbursed_vnd,
        first(value order by char_start, fact_id) filter (where measure = 'plan' and unit = 'VND') as plan_vnd,
        first(value order by char_start, fact_id) filter (where measure = 'plan_pct') as plan_pct,
        max(as_of) as as_of,
        -- evidence of the event row when there is one, else of the first figure
        first(evidence order by measure nulls first, char_start nulls last, fact_id) as evidence,
        first(char_start order by measure nulls first, char_start nulls last, fact_id) as char_start,
        first(char_end order by measure nulls first, char_start nulls last, fact_id) as char_end,
        first(doc_id order by measure nulls first, char_start nulls last, fact_id) as doc_id,
        first(source_file order by measure nulls first, char_start nulls last, fact_id) as source_file,
        first(document_title order by measure nulls first, char_start nulls last, fact_id) as document_title,
        count(*) as n_facts,
        list_sort(list(distinct doc_id)) as doc_ids,
        max(n_reporting_documents) as n_reporting_documents,
        list_sort(list_distinct(flatten(list(superseded_doc_ids)))) as superseded_doc_ids
    from facts
    group by province, locality, period_start, period_end, unplaced_source_file, project_key, event
)

select
    {{ place_and_period('g') }},
    g.unplaced_source_file,
    g.project_key,
    g.project_name,
    g.event,
    g.event_date,
    g.total_investment_vnd,
    g.disbursed_vnd,
    g.plan_vnd,
    g.plan_pct,
    g.as_of,
    g.evidence,
    g.char_start,
    g.char_end,
    g.doc_id,
    g.source_file,
    g.document_title,
    p.name_vi as province_name,
    p.successor_key_2025,
    p.successor_name_2025,
    g.n_facts,
    g.doc_ids,
    g.n_reporting_documents,
    g.superseded_doc_ids
from grouped as g
left join {{ ref('dim_province') }} as p on p.province_key = g.province
