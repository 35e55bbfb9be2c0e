-- One row per province x locality x period with the disaster damage of the surviving facts.
-- Distinct facts of the winning documents are summed per impact (each row is one number).
-- Facts whose province or period is unknown stay, one row per source file (unplaced_source_file).
select
    {{ place_and_period('f') }},
    f.unplaced_source_file,
    sum(f.value) filter (where f.impact = 'events') as events,
    sum(f.value) filter (where f.impact = 'deaths') as deaths,
    sum(f.value) filter (where f.impact = 'missing') as missing,
    sum(f.value) filter (where f.impact = 'injured') as injured,
    sum(f.value) filter (where f.impact = 'houses_damaged') as houses_damaged,
    sum(f.value) filter (where f.impact = 'houses_destroyed') as houses_destroyed,
    sum(f.value) filter (where f.impact = 'crops' and f.unit = 'ha') as crops_ha,
    sum(f.value) filter (where f.impact = 'aquaculture' and f.unit = 'ha') as aquaculture_ha,
    sum(f.value) filter (where f.impact = 'forest' and f.unit = 'ha') as forest_ha,
    sum(f.value) filter (where f.impact = 'livestock' and f.unit = 'head') as livestock_head,
    count(*) filter (where f.impact = 'infrastructure') as infrastructure_facts,
    sum(f.value) filter (where f.impact = 'infrastructure' and f.unit = 'VND') as infrastructure_loss_vnd,
    sum(f.value) filter (where f.impact = 'economic_loss' and f.unit = 'VND') as economic_loss_vnd,
    list_sort(list_distinct(flatten(list(f.hazards)))) as hazards,
    list_sort(list_distinct(flatten(list(f.locations)))) as locations,
    count(*) as n_facts,
    list_sort(list(distinct f.doc_id)) as doc_ids,
    max(f.n_reporting_documents) as n_reporting_documents,
    list_sort(list_distinct(flatten(list(f.superseded_doc_ids)))) as superseded_doc_ids,
    any_value(p.name_vi) as province_name,
    any_value(p.successor_key_2025) as successor_key_2025,
    any_value(p.successor_name_2025) as successor_name_2025
from {{ ref('int_disasters_dedup') }} as f
left join {{ ref('dim_province') }} as p on p.province_key = f.province
group by f.province, f.locality, f.period_start, f.period_end, f.unplaced_source_file
