-- Raw files the extraction rejected, cleaned and typed.
select
    cast(source_file as varchar) as source_file,  -- verbatim: a file name is a key, spaces and all
    {{ clean_key('content_sha256') }} as content_sha256,
    {{ clean_text('reason') }} as reason,
    {{ clean_key('code') }} as code,
    cast(first_seen as timestamp) as first_seen,
    cast(last_seen as timestamp) as last_seen
from {{ source('raw', 'rejected_documents') }}
