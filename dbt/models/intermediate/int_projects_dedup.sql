-- Project facts counted once across documents: per (province, locality, period, project_key,
-- event, measure) the latest canonical document wins (measure null = the event row).
{{ latest_document_wins('stg_projects', [
    'f.province', 'f.locality', 'f.period_start', 'f.period_end',
    'f.project_key', 'f.event', "coalesce(f.measure, 'event')"
]) }}
