-- Indicator facts counted once across documents: per (province, locality, period,
-- subject_key, metric) the latest canonical document wins (see macro latest_document_wins).
{{ latest_document_wins('stg_indicators', [
    'f.province', 'f.locality', 'f.period_start', 'f.period_end', 'f.subject_key', 'f.metric'
]) }}
