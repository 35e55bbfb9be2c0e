-- One row per current raw source file (documents removed from raw/ are dropped).
select
    {{ clean_key('doc_id') }} as doc_id,
    cast(source_file as varchar) as source_file,  -- verbatim: a file name is a key, spaces and all
    {{ clean_key('province') }} as province,
    {{ clean_key('locality') }} as locality,
    {{ clean_key('locality') }} is null as is_province_level,
    {{ clean_key('admin_level') }} as admin_level,
    {{ clean_key('doc_type') }} as doc_type,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    {{ clean_text('period_label') }} as period_label,
    {{ clean_text('title') }} as title,
    {{ clean_text('issuer') }} as issuer,
    cast(issued_date as date) as issued_date,
    {{ clean_text('signer') }} as signer,
    coalesce({{ clean_key('text_sha256') }}, {{ clean_key('doc_id') }}) as text_sha256,
    {{ clean_text('encoding') }} as encoding,
    cast(char_count as bigint) as char_count,
    cast(byte_count as bigint) as byte_count,
    cast(loaded_at as timestamp) as loaded_at,
    {{ document_placement('documents') }} as placement,
    {{ clean_key('period_source') }} as period_source,
    {{ clean_key('place_source') }} as place_source,
    cast(sidecar_file as varchar) as sidecar_file,
    {{ clean_text('sidecar_conflicts') }} as sidecar_conflicts,
    {{ clean_text('sidecar_error') }} as sidecar_error,
    cast(published as date) as published,
    {{ clean_text('source_url') }} as source_url
from {{ source('raw', 'documents') }}
where is_current
