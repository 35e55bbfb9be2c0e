"""One JSON per province page (a zip: one loader process for every province).

Each file holds the province's headline series (with the evidence of every point), budget
execution, disasters, projects and its catalog indicators: the evidence of a figure travels with
the province page that shows it, so no page loads the whole warehouse.
"""

import io
import sys
import zipfile

from _snapshot import connect, one, routes, rows, share_sentences, to_json

# The headline charts of a province page: (indicator_key, metric, chart title). Data, not code:
# a new headline is one row here.
HEADLINE_INDICATORS = [
    ("grdp", "yoy_pct", "Tăng trưởng GRDP so với cùng kỳ"),
    ("retail_sales", "level", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"),
    ("retail_sales", "yoy_pct", "Tổng mức bán lẻ: tăng so với cùng kỳ"),
    ("export_turnover", "level", "Kim ngạch xuất khẩu"),
    ("tourist_arrivals", "level", "Lượt khách du lịch"),
    ("tourism_revenue", "level", "Doanh thu du lịch"),
]
# Budget lines charted as % of plan: (budget_item, chart title).
HEADLINE_BUDGET = [
    ("revenue_total", "Thu ngân sách so với dự toán"),
    ("public_investment", "Giải ngân vốn đầu tư công so với kế hoạch"),
]
PROJECT_EVENTS = ("started", "inaugurated", "completed")
DOCUMENTS_LISTED = 100  # the latest source reports listed on the page (with the total count)

FACT_COLUMNS = "f.evidence, f.source_file, f.char_start, f.char_end"
PERIOD_COLUMNS = "dp.period_key, dp.label AS period_label, dp.period_start, dp.period_end, dp.granularity"


def indicator_facts(con, province: str) -> list[dict]:
    """Primary province-level facts of catalog indicators, with their evidence."""
    return rows(
        con,
        f"""
        SELECT f.indicator_key, coalesce(f.indicator_name, f.indicator_label) AS indicator_name,
               f.metric, f.value, f.unit, f.qualifier, {PERIOD_COLUMNS}, {FACT_COLUMNS}
        FROM marts.mart_indicators f
        JOIN marts.dim_period dp ON dp.period_start = f.period_start AND dp.period_end = f.period_end
        WHERE f.province = ? AND f.locality IS NULL AND f.is_primary AND f.indicator_key IS NOT NULL
        ORDER BY f.indicator_key, f.metric, dp.period_end, dp.period_start
        """,
        [province],
    )


def budget_rows(con, province: str) -> list[dict]:
    found = rows(
        con,
        f"""
        SELECT b.budget_item, b.budget_label, b.actual_vnd, b.reference_plan_vnd AS plan_vnd,
               b.pct_of_plan, b.pct_of_plan_method, b.yoy_pct, {PERIOD_COLUMNS}
        FROM marts.mart_budget_execution b
        JOIN marts.dim_period dp ON dp.period_start = b.period_start AND dp.period_end = b.period_end
        WHERE b.province = ? AND b.locality IS NULL
        ORDER BY dp.period_end, dp.period_start, b.budget_item
        """,
        [province],
    )
    facts = rows(
        con,
        f"""
        SELECT f.budget_item, f.measure, f.value, f.period_start, f.period_end, {FACT_COLUMNS}
        FROM intermediate.int_budgets_dedup f
        WHERE f.province = ? AND f.locality IS NULL
        ORDER BY f.char_start
        """,
        [province],
    )
    return _attach(found, facts, ("budget_item", "period_start", "period_end"))


def disaster_rows(con, province: str) -> list[dict]:
    found = rows(
        con,
        f"""
        SELECT coalesce(d.locality, '') AS locality, d.events, d.deaths, d.missing, d.injured,
               d.houses_damaged, d.houses_destroyed, d.crops_ha, d.aquaculture_ha, d.forest_ha,
               d.livestock_head, d.economic_loss_vnd, d.hazards, {PERIOD_COLUMNS}
        FROM marts.mart_disaster_impact d
        JOIN marts.dim_period dp ON dp.period_start = d.period_start AND dp.period_end = d.period_end
        WHERE d.province = ?
        ORDER BY dp.period_end, dp.period_start, d.locality NULLS FIRST
        """,
        [province],
    )
    facts = rows(
        con,
        f"""
        SELECT coalesce(f.locality, '') AS locality, f.impact, f.value, f.unit, f.period_start,
               f.period_end, {FACT_COLUMNS}
        FROM intermediate.int_disasters_dedup f
        WHERE f.province = ?
        ORDER BY f.char_start
        """,
        [province],
    )
    return _attach(found, facts, ("locality", "period_start", "period_end"))


def _attach(found: list[dict], facts: list[dict], key: tuple[str, ...]) -> list[dict]:
    """Give every mart row the facts (with evidence) it was built from."""
    by_key: dict[tuple, list[dict]] = {}
    for fact in facts:
        by_key.setdefault(tuple(fact[k] for k in key), []).append(fact)
    for row in found:
        row["facts"] = by_key.get(tuple(row[k] for k in key), [])
    for fact in facts:  # the join columns are the row's own
        for k in ("period_start", "period_end"):
            fact.pop(k, None)
    return found


def projects(con, province: str) -> list[dict]:
    events = ", ".join("?" * len(PROJECT_EVENTS))
    return rows(
        con,
        f"""
        SELECT p.project_name, p.event, p.event_date, p.total_investment_vnd, p.disbursed_vnd,
               p.plan_pct, {PERIOD_COLUMNS}, p.evidence, p.source_file, p.char_start, p.char_end
        FROM marts.mart_projects p
        JOIN marts.dim_period dp ON dp.period_start = p.period_start AND dp.period_end = p.period_end
        WHERE p.province = ? AND p.event IN ({events})
        ORDER BY dp.period_end DESC, p.event, p.event_date NULLS LAST, p.project_name
        """,
        [province, *PROJECT_EVENTS],
    )


def documents(con, province: str) -> list[dict]:
    return rows(
        con,
        """
        SELECT d.title, d.source_file, d.issued_date, dp.label AS period_label, d.doc_type,
               d.n_indicator_facts + d.n_budget_facts + d.n_project_facts + d.n_disaster_facts AS facts
        FROM marts.dim_document d
        LEFT JOIN marts.dim_period dp ON dp.period_key = d.period_key
        WHERE d.province = ? AND d.is_canonical
        ORDER BY d.period_end DESC NULLS LAST, d.source_file
        LIMIT ?
        """,
        [province, DOCUMENTS_LISTED],
    )


def province_page(con, province: str) -> dict:
    info = one(
        con,
        """SELECT province_key AS key, name_vi AS name, region, successor_name_2025, is_merged
           FROM marts.dim_province WHERE province_key = ?""",
        [province],
    )
    facts = indicator_facts(con, province)
    budget = budget_rows(con, province)
    headlines = [
        {
            "kind": "indicator",
            "key": key,
            "metric": metric,
            "title": title,
            "points": [f for f in facts if f["indicator_key"] == key and f["metric"] == metric],
        }
        for key, metric, title in HEADLINE_INDICATORS
    ] + [
        {
            "kind": "budget",
            "key": item,
            "metric": "plan_pct",
            "title": title,
            "points": [b for b in budget if b["budget_item"] == item and b["pct_of_plan"] is not None],
        }
        for item, title in HEADLINE_BUDGET
    ]
    return {
        "province": info,
        "headlines": headlines,
        "budget": budget,
        "disasters": disaster_rows(con, province),
        "projects": projects(con, province),
        "documents": documents(con, province),
        "n_documents": one(
            con, "SELECT count(*) AS n FROM marts.dim_document WHERE province = ? AND is_canonical", [province]
        )["n"],
    }


con = connect()
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    for province in routes()["provinces"]:
        key = province["key"]
        page = province_page(con, key)
        archive.writestr(f"{key}.json", to_json(share_sentences(page)))
        # every catalog figure of the province: loaded only when the reader asks for the table
        archive.writestr(f"{key}.facts.json", to_json(share_sentences({"facts": indicator_facts(con, key)})))
sys.stdout.buffer.write(buffer.getvalue())
