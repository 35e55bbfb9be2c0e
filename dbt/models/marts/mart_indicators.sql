-- One row per surviving indicator fact: province x locality x period x subject x metric x fact_seq
-- (fact_seq numbers the legit repeats of one key inside the winning document, by position).
--
-- Incremental by dedup group (README "Scale"): every column is a function of the group's rows in
-- int_indicators_dedup and of the seeds, so a build takes only the groups int_indicators_dedup
-- rebuilt since this table's newest built_at (delete+insert by dedup_key) and drops the groups it
-- no longer holds. A seed or SQL change rebuilds it whole (orchestration/dbt_state.py).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='dedup_key',
    on_schema_change='fail',
    pre_hook="{{ remove_groups_gone_from('int_indicators_dedup') }}",
) }}

with facts as (
    select
        *,
        row_number() over (partition by dedup_key order by char_start nulls last, fact_id) as fact_seq
    from {{ ref('int_indicators_dedup') }}
    {% if is_incremental() %}
    where built_at > (select coalesce(max(built_at), timestamp '-infinity') from {{ this }})
    {% endif %}
)

select
    f.fact_id,
    f.dedup_key,
    f.fact_seq,
    f.fact_seq = 1 as is_primary,
    {{ place_and_period('f') }},
    f.unplaced_source_file,
    f.document_placement,
    f.subject_key,
    f.indicator_key,
    f.indicator_label,
    i.label_vi as indicator_name,
    f.metric,
    f.value,
    f.unit,
    f.unit_label,
    f.qualifier,
    f.place_scope,
    f.as_of,
    f.doc_id,
    f.source_file,
    f.document_title,
    f.evidence,
    f.char_start,
    f.char_end,
    p.name_vi as province_name,
    p.successor_key_2025,
    p.successor_name_2025,
    f.n_reporting_documents,
    f.superseded_doc_ids,
    f.built_at
from facts as f
left join {{ ref('dim_indicator') }} as i on i.indicator_key = f.indicator_key
left join {{ ref('dim_province') }} as p on p.province_key = f.province
