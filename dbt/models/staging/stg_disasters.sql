-- Disaster damage facts of current documents, cleaned and typed; hazard lists sorted.
select
    {{ staged_fact_columns('f') }},
    list_sort(list_distinct([lower(trim(h)) for h in coalesce(f.hazards, []::varchar[])]))
        as hazards,
    array_to_string(
        list_sort(list_distinct([lower(trim(h)) for h in coalesce(f.hazards, []::varchar[])])),
        ','
    ) as hazards_key,
    {{ clean_key('f.impact') }} as impact,
    coalesce(f.locations, []::varchar[]) as locations,
    {{ document_placement('d') }} as document_placement,
    cast(f.loaded_at as timestamp) as loaded_at
from {{ source('raw', 'disasters') }} as f
{{ current_documents_join('f') }}
