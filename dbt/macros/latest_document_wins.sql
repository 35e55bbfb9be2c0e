{#- Cross-document fact de-duplication, shared by the int_*_dedup models.

    Input: a staging fact model. Only facts of canonical documents (int_documents.is_canonical:
    one source file per text_sha256) are considered. Facts are grouped by `key_columns`
    (province, locality, period and the subject/measure identity, given as SQL expressions);
    within a group the latest document wins, deterministically:
        document period_end desc, issued_date desc nulls last, loaded_at desc, doc_id, source_file.
    All rows of the winning document are kept (several rows with the same key inside ONE
    document are distinct facts). A fact whose province or period is unknown is keyed by its
    source file as well (unplaced_source_file): figures of two unplaced documents are never taken
    for the same fact. Lineage columns: dedup_key, unplaced_source_file, n_reporting_documents,
    superseded_doc_ids (doc_ids of the losing documents, sorted; empty list when none), built_at
    (the build that last recomputed the group: what the marts and the publisher read since).

    Incremental: a build recomputes only the groups touched by documents changed since the last
    one (macros/incremental_dedup.sql); a group is always recomputed whole. -#}
{% macro latest_document_wins(fact_model, key_columns) %}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='dedup_key',
    on_schema_change='fail',
    pre_hook=["{{ create_touched_groups('" ~ fact_model ~ "', " ~ (key_columns | tojson) ~ ") }}",
              "{{ delete_touched_groups() }}"],
    post_hook=['{{ remove_orphan_groups() }}', '{{ record_build_watermark() }}'],
) }}
with
{% if is_incremental() %}
touched_groups as (
    select * from {{ touched_groups_table() }}
),

{#- every dedup key holds province and period: a cheap first cut before hashing each fact #}
touched_places as (
    select distinct province, period_start, period_end from touched_groups
),
{% endif %}

keyed_facts as (
    select
        f.*,
        {{ unplaced_source_file('f') }} as unplaced_source_file,
        {{ dedup_key(key_columns) }} as dedup_key
    from {{ ref(fact_model) }} as f
    {% if is_incremental() %}
    where exists (
        select 1 from touched_places as p
        where p.province is not distinct from f.province
            and p.period_start is not distinct from f.period_start
            and p.period_end is not distinct from f.period_end
    )
    {% endif %}
),

facts as (
    select
        f.* exclude (unplaced_source_file, dedup_key),
        d.period_end as doc_period_end,
        d.issued_date as doc_issued_date,
        d.loaded_at as doc_loaded_at,
        d.title as document_title,
        f.unplaced_source_file,
        f.dedup_key
    from keyed_facts as f
    inner join {{ ref('int_documents') }} as d
        on f.source_file = d.source_file
        and f.doc_id = d.doc_id
    where d.is_canonical
    {% if is_incremental() %}
        and f.dedup_key in (select dedup_key from touched_groups)
    {% endif %}
),

ranked as (
    select
        *,
        dense_rank() over (
            partition by dedup_key
            order by doc_period_end desc nulls last, doc_issued_date desc nulls last,
                doc_loaded_at desc nulls last, doc_id, source_file
        ) as document_rank
    from facts
),

lineage as (
    select
        dedup_key,
        count(distinct doc_id) as n_reporting_documents,
        coalesce(
            list_sort(list(distinct doc_id) filter (where document_rank > 1)),
            []::varchar[]
        ) as superseded_doc_ids
    from ranked
    group by dedup_key
)

select
    ranked.* exclude (document_rank, doc_period_end, doc_issued_date, doc_loaded_at),
    lineage.n_reporting_documents,
    lineage.superseded_doc_ids,
    {#- when this group was (re)built: the marts and the publisher pick up only newer groups #}
    current_timestamp::timestamp as built_at
from ranked
inner join lineage using (dedup_key)
where ranked.document_rank = 1
{% endmacro %}

{#- The dedup key of a fact (alias f) from the model's key columns. -#}
{% macro dedup_key(key_columns) -%}
md5(concat_ws('|'
    {%- for k in key_columns %}, coalesce(cast({{ k }} as varchar), '∅'){% endfor %},
    {#- null for placed facts: concat_ws skips it, so their keys are unchanged #}
    {{ unplaced_source_file('f') }}
))
{%- endmacro %}
