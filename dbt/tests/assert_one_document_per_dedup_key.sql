-- Dedup rule 2: after latest-document-wins, every dedup key is served by exactly one document.
with keys as (
    select 'indicators' as fact_table, dedup_key, doc_id from {{ ref('int_indicators_dedup') }}
    union all
    select 'budgets', dedup_key, doc_id from {{ ref('int_budgets_dedup') }}
    union all
    select 'projects', dedup_key, doc_id from {{ ref('int_projects_dedup') }}
    union all
    select 'disasters', dedup_key, doc_id from {{ ref('int_disasters_dedup') }}
)

select fact_table, dedup_key, count(distinct doc_id) as n_documents
from keys
group by fact_table, dedup_key
having count(distinct doc_id) > 1
