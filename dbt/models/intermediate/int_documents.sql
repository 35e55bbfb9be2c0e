-- Current documents with duplicate detection: every text_sha256 keeps ONE canonical source
-- file (earliest loaded_at, then source_file); the other copies point to it via is_duplicate_of.
with ranked as (
    select
        *,
        row_number() over (
            partition by text_sha256
            order by loaded_at asc nulls last, source_file, doc_id
        ) as copy_rank,
        count(*) over (partition by text_sha256) as n_copies
    from {{ ref('stg_documents') }}
),

canonical as (
    select text_sha256, source_file as canonical_source_file, doc_id as canonical_doc_id
    from ranked
    where copy_rank = 1
)

select
    ranked.* exclude (copy_rank),
    ranked.copy_rank = 1 as is_canonical,
    canonical.canonical_source_file,
    canonical.canonical_doc_id,
    case when ranked.copy_rank > 1 then canonical.canonical_source_file end as is_duplicate_of,
    case when ranked.copy_rank > 1 then canonical.canonical_doc_id end as is_duplicate_of_doc_id
from ranked
inner join canonical using (text_sha256)
