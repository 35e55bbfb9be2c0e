-- Disaster facts counted once across documents: per (province, locality, period, hazards,
-- impact, unit) the latest canonical document wins (unit keeps e.g. infrastructure km vs m3 apart).
{{ latest_document_wins('stg_disasters', [
    'f.province', 'f.locality', 'f.period_start', 'f.period_end',
    'f.hazards_key', 'f.impact', "coalesce(f.unit_label, f.unit)"
]) }}
