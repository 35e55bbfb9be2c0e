-- Current documents, one row per source file, with duplicate flags and fact counts
-- (facts of duplicate copies are never counted in the marts).
with fact_counts as (
    select source_file, doc_id, 'indicators' as fact_table from {{ ref('stg_indicators') }}
    union all
    select source_file, doc_id, 'budgets' from {{ ref('stg_budgets') }}
    union all
    select source_file, doc_id, 'projects' from {{ ref('stg_projects') }}
    union all
    select source_file, doc_id, 'disasters' from {{ ref('stg_disasters') }}
),

counts as (
    select
        source_file,
        doc_id,
        count(*) filter (where fact_table = 'indicators') as n_indicator_facts,
        count(*) filter (where fact_table = 'budgets') as n_budget_facts,
        count(*) filter (where fact_table = 'projects') as n_project_facts,
        count(*) filter (where fact_table = 'disasters') as n_disaster_facts
    from fact_counts
    group by source_file, doc_id
)

select
    d.source_file,
    d.doc_id,
    d.text_sha256,
    d.is_canonical,
    d.is_duplicate_of,
    d.is_duplicate_of_doc_id,
    d.n_copies,
    d.province,
    d.locality,
    {{ place_scope('d') }} as scope,
    d.admin_level,
    d.doc_type,
    {{ period_key('d.period_start', 'd.period_end') }} as period_key,
    d.period_start,
    d.period_end,
    d.period_label,
    d.title,
    d.issuer,
    d.issued_date,
    d.signer,
    d.encoding,
    d.char_count,
    d.byte_count,
    d.loaded_at,
    d.placement,
    d.period_source,
    d.place_source,
    d.sidecar_file,
    d.sidecar_conflicts,
    d.sidecar_error,
    d.published,
    d.source_url,
    coalesce(c.n_indicator_facts, 0) as n_indicator_facts,
    coalesce(c.n_budget_facts, 0) as n_budget_facts,
    coalesce(c.n_project_facts, 0) as n_project_facts,
    coalesce(c.n_disaster_facts, 0) as n_disaster_facts
from {{ ref('int_documents') }} as d
left join counts as c
    on c.source_file = d.source_file
    and c.doc_id = d.doc_id
