-- Budget facts of current documents, cleaned and typed.
select
    {{ staged_fact_columns('f') }},
    {{ clean_key('f.budget_item') }} as budget_item,
    {{ clean_text('f.budget_label') }} as budget_label,
    {{ clean_key('f.measure') }} as measure,
    {{ clean_key('f.plan_basis') }} as plan_basis,
    {{ clean_key('f.funding_source') }} as funding_source,
    {{ document_placement('d') }} as document_placement,
    cast(f.loaded_at as timestamp) as loaded_at
from {{ source('raw', 'budgets') }} as f
{{ current_documents_join('f') }}
