-- Documents loaded without a known province or period (issue #10), for analysts: what is
-- missing, where the known parts came from, the sidecar (if any) and how many facts each holds.
-- Their facts are in the raw tables and the fact marts with NULL province/period (keyed by
-- unplaced_source_file), never in mart_province_period. A sidecar NAME.meta.json or a corrected
-- file places them on the next run.
select
    d.source_file,
    d.doc_id,
    d.placement,
    case d.placement
        when 'no_period' then 'period'
        when 'no_province' then 'province'
        else 'province, period'
    end as missing,
    d.province,
    d.locality,
    d.place_source,
    d.period_start,
    d.period_end,
    d.period_source,
    d.title,
    d.doc_type,
    d.sidecar_file,
    d.sidecar_conflicts,
    d.sidecar_error,
    d.published,
    d.source_url,
    d.is_canonical,
    d.is_duplicate_of,
    d.n_indicator_facts,
    d.n_budget_facts,
    d.n_project_facts,
    d.n_disaster_facts,
    d.n_indicator_facts + d.n_budget_facts + d.n_project_facts + d.n_disaster_facts as n_facts,
    d.loaded_at
from {{ ref('dim_document') }} as d
where d.placement <> 'placed'
