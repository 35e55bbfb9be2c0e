"""Overview: totals, coverage of provinces × years, the latest reports."""

from _snapshot import connect, emit, one, routes, rows

con = connect()

totals = one(
    con,
    """
    SELECT
        (SELECT count(*) FROM marts.dim_document WHERE is_canonical) AS documents,
        (SELECT count(*) FROM marts.dim_document WHERE NOT is_canonical) AS duplicate_copies,
        (SELECT count(*) FROM main.documents WHERE is_current AND placement <> 'placed') AS unplaced,
        (SELECT count(*) FROM main.rejected_documents) AS rejected,
        (SELECT count(DISTINCT province) FROM marts.dim_document WHERE is_canonical) AS provinces,
        (SELECT count(DISTINCT period_key) FROM marts.dim_document WHERE is_canonical) AS periods,
        (SELECT count(*) FROM marts.mart_indicators) AS indicator_facts,
        (SELECT count(*) FROM marts.mart_budget_execution) AS budget_rows,
        (SELECT count(*) FROM marts.mart_disaster_impact) AS disaster_rows,
        (SELECT count(*) FROM marts.mart_projects) AS project_rows
    """,
)

# One cell per province × year (of the period's end: 1,000 reports span 100+ periods, too many
# columns): canonical documents, their facts, how many current documents of the cell are not
# fully placed (no province or no period), and how many distinct periods they report.
coverage = rows(
    con,
    """
    WITH docs AS (
        SELECT d.province, d.period_key, year(d.period_end) AS year,
               d.n_indicator_facts + d.n_budget_facts + d.n_project_facts + d.n_disaster_facts AS n_facts,
               coalesce(r.placement, 'placed') <> 'placed' AS unplaced
        FROM marts.dim_document d
        LEFT JOIN main.documents r ON r.doc_id = d.doc_id AND r.source_file = d.source_file AND r.is_current
        WHERE d.is_canonical
    )
    SELECT docs.province, p.name_vi AS province_name, docs.year, count(*) AS documents,
           sum(n_facts) AS facts, count(*) FILTER (WHERE unplaced) AS unplaced,
           count(DISTINCT period_key) AS periods
    FROM docs
    LEFT JOIN marts.dim_province p ON p.province_key = docs.province
    GROUP BY ALL
    ORDER BY province_name NULLS LAST, year NULLS LAST
    """,
)

latest = rows(
    con,
    """
    SELECT d.title, d.province, p.name_vi AS province_name, d.period_key, dp.label AS period_label,
           d.issued_date, d.source_file, d.doc_type,
           d.n_indicator_facts + d.n_budget_facts + d.n_project_facts + d.n_disaster_facts AS facts
    FROM marts.dim_document d
    LEFT JOIN marts.dim_province p ON p.province_key = d.province
    LEFT JOIN marts.dim_period dp ON dp.period_key = d.period_key
    WHERE d.is_canonical
    ORDER BY coalesce(d.issued_date, d.period_end) DESC NULLS LAST, d.loaded_at DESC
    LIMIT 15
    """,
)

emit({"totals": totals, "coverage": coverage, "latest": latest, "routes": routes()})
