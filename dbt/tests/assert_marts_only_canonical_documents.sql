-- Dedup rule 1: facts of a duplicate copy (same text_sha256, non-canonical source file) never
-- reach a mart. Returns offending (mart, source_file) pairs.
with used as (
    select 'mart_indicators' as mart, source_file, doc_id from {{ ref('mart_indicators') }}
    union all
    select 'mart_projects', source_file, doc_id from {{ ref('mart_projects') }}
    union all
    select 'int_budgets_dedup', source_file, doc_id from {{ ref('int_budgets_dedup') }}
    union all
    select 'int_disasters_dedup', source_file, doc_id from {{ ref('int_disasters_dedup') }}
)

select used.mart, used.source_file, used.doc_id
from used
left join {{ ref('dim_document') }} as d
    on d.source_file = used.source_file
    and d.doc_id = used.doc_id
where d.source_file is null or not d.is_canonical
