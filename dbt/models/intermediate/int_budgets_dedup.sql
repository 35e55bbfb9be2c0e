-- Budget facts counted once across documents: per (province, locality, period, budget_item,
-- measure, plan_basis, funding_source) the latest canonical document wins.
{{ latest_document_wins('stg_budgets', [
    'f.province', 'f.locality', 'f.period_start', 'f.period_end',
    'f.budget_item', 'f.measure', 'f.plan_basis', 'f.funding_source'
]) }}
