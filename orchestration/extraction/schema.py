"""The facts contract (../shared/contract/FACTS.md) as code: column order, dtypes and allowed values.

Every producer (``extract_document``) and consumer (the warehouse writer, ``baocao extract``)
takes its column lists from here, so the contract is written down exactly once.
"""

from __future__ import annotations

import polars as pl

FACT_TABLES: tuple[str, ...] = ("indicators", "budgets", "projects", "disasters")

METRICS = ("level", "yoy_pct", "plan_pct", "target", "share_pct", "change_pct", "yoy_abs")
BUDGET_ITEMS = (
    "revenue_total", "revenue_domestic", "revenue_import_export", "revenue_land_use", "revenue_other",
    "expenditure_total", "expenditure_investment", "expenditure_recurrent", "public_investment",
    "target_programme", "other",
)
BUDGET_MEASURES = ("actual", "plan", "plan_pct", "yoy_pct")
PLAN_BASES = ("central", "provincial")
FUNDING_SOURCES = ("central", "local")
PROJECT_EVENTS = ("started", "inaugurated", "completed", "approved", "in_progress", "funding")
PROJECT_MEASURES = ("total_investment", "disbursed", "plan", "plan_pct")
HAZARDS = ("flood", "flash_flood", "landslide", "heavy_rain", "storm", "whirlwind", "hail", "cold",
           "drought", "wildfire", "lightning")
IMPACTS = ("events", "deaths", "missing", "injured", "houses_damaged", "houses_destroyed", "crops",
           "forest", "aquaculture", "livestock", "infrastructure", "economic_loss")
UNITS = ("VND", "USD", "pct", "ha", "tonne", "m3", "km", "person", "household", "head", "enterprise",
         "cooperative", "product", "visit", "house", "case", "point", "quintal_per_ha", "times", "count")
QUALIFIERS = ("exact", "estimate", "approx", "over", "under")
ADMIN_LEVELS = ("province", "district", "commune")
DOC_TYPES = ("socioeconomic_report", "direction_review", "party_review", "news", "other")

# Columns shared by every fact row, in contract order, then the ones we add (fact_id, unit_label).
COMMON_COLUMNS: dict[str, pl.DataType] = {
    "fact_id": pl.String(),
    "doc_id": pl.String(),
    "source_file": pl.String(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "evidence": pl.String(),
    "province": pl.String(),
    "locality": pl.String(),
    "period_start": pl.Date(),
    "period_end": pl.Date(),
    "as_of": pl.Date(),
    "value": pl.Float64(),
    "unit": pl.String(),
    "unit_label": pl.String(),
    "qualifier": pl.String(),
}

TABLE_COLUMNS: dict[str, dict[str, pl.DataType]] = {
    "indicators": {
        "indicator_key": pl.String(),
        "indicator_label": pl.String(),
        "metric": pl.String(),
    },
    "budgets": {
        "budget_item": pl.String(),
        "budget_label": pl.String(),
        "measure": pl.String(),
        "plan_basis": pl.String(),
        "funding_source": pl.String(),
    },
    "projects": {
        "project_name": pl.String(),
        "event": pl.String(),
        "event_date": pl.Date(),
        "measure": pl.String(),
    },
    "disasters": {
        "hazards": pl.List(pl.String()),
        "impact": pl.String(),
        "locations": pl.List(pl.String()),
    },
}

DOCUMENT_COLUMNS: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "source_file": pl.String(),
    "province": pl.String(),
    "locality": pl.String(),
    "admin_level": pl.String(),
    "doc_type": pl.String(),
    "period_start": pl.Date(),
    "period_end": pl.Date(),
    "period_label": pl.String(),
    "title": pl.String(),
    "issuer": pl.String(),
    "issued_date": pl.Date(),
    "signer": pl.String(),
    "text_sha256": pl.String(),  # hash of the normalised text: same report re-encoded → same value
    "encoding": pl.String(),
    "char_count": pl.Int64(),
    "byte_count": pl.Int64(),
    # Placement: how far the text (or its sidecar) places the report, and where each part came from.
    "placement": pl.String(),      # placed, no_period, no_province, unplaced
    "period_source": pl.String(),  # title, body, date_line, event_dates, sidecar (null: no period)
    "place_source": pl.String(),   # title, body, date_line, sidecar (null: no province)
    # The sidecar NAME.meta.json beside the report, if any (sidecar.py), and what it said.
    "sidecar_file": pl.String(),
    "sidecar_conflicts": pl.String(),  # where the sidecar contradicts the text (the text wins)
    "published": pl.Date(),
    "source_url": pl.String(),
}

PLACEMENTS = ("placed", "no_period", "no_province", "unplaced")
PLACEMENT_SOURCES = ("title", "body", "date_line", "event_dates", "sidecar")


def placement_of(province: str | None, period_start: object) -> str:
    """``placed`` when both the province and the period are known, else what is missing."""
    if province and period_start:
        return "placed"
    if province:
        return "no_period"
    return "no_province" if period_start else "unplaced"


def table_schema(table: str) -> dict[str, pl.DataType]:
    """Full polars schema (column → dtype) of a fact table or ``documents``."""
    if table == "documents":
        return dict(DOCUMENT_COLUMNS)
    return {**COMMON_COLUMNS, **TABLE_COLUMNS[table]}


def empty_frame(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=table_schema(table))


def frame_from_rows(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts, dates as ``datetime.date``) → a frame with exactly the contract's columns."""
    schema = table_schema(table)
    if not rows:
        return empty_frame(table)
    return pl.DataFrame([{c: r.get(c) for c in schema} for r in rows], schema=schema, orient="row")
