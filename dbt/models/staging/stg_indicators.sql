-- Indicator facts of current documents, cleaned and typed, with the dedup subject key:
-- coalesce(indicator_key, lower(indicator_label)); a fact with neither gets its own key
-- ('unlabelled:<fact_id>') so that it is never merged with another document's figure.
select
    {{ staged_fact_columns('f') }},
    {{ clean_key('f.indicator_key') }} as indicator_key,
    {{ clean_text('f.indicator_label') }} as indicator_label,
    {{ clean_key('f.metric') }} as metric,
    coalesce(
        {{ clean_key('f.indicator_key') }},
        lower({{ clean_text('f.indicator_label') }}),
        'unlabelled:' || f.fact_id
    ) as subject_key,
    {{ document_placement('d') }} as document_placement,
    cast(f.loaded_at as timestamp) as loaded_at
from {{ source('raw', 'indicators') }} as f
{{ current_documents_join('f') }}
