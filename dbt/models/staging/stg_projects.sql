-- Project facts of current documents, cleaned and typed; project_key normalises the name
-- (a nameless fact gets its own key 'unnamed:<fact_id>', never merged across documents).
select
    {{ staged_fact_columns('f') }},
    {{ clean_text('f.project_name') }} as project_name,
    coalesce(
        regexp_replace(lower({{ clean_text('f.project_name') }}), '\s+', ' ', 'g'),
        'unnamed:' || f.fact_id
    ) as project_key,
    coalesce({{ clean_key('f.event') }}, 'funding') as event,
    cast(f.event_date as date) as event_date,
    {{ clean_key('f.measure') }} as measure,
    {{ document_placement('d') }} as document_placement,
    cast(f.loaded_at as timestamp) as loaded_at
from {{ source('raw', 'projects') }} as f
{{ current_documents_join('f') }}
