"""The facts contract (../shared/contract/FACTS.md) as code: column order, dtypes and allowed values.

Every producer (``extract_document``) and consumer (the warehouse writer, ``baocao extract``)
takes its column lists from here, so the contract is written down exactly once. The same lists
give the pandera schemas every extracted frame is validated against (``validate_frame``) and the
values the dbt ``accepted_values`` tests must list (``tests/test_vocabularies.py``).
"""

from __future__ import annotations

from functools import cache

import pandera.errors
import pandera.polars as pa
import polars as pl

FACT_TABLES: tuple[str, ...] = ("indicators", "budgets", "projects", "disasters")

METRICS = ("level", "yoy_pct", "plan_pct", "target", "share_pct", "change_pct", "yoy_abs")
# the metrics that are a percentage whatever the unit of their subject
PERCENT_METRICS = frozenset({"yoy_pct", "plan_pct", "share_pct", "change_pct"})
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
# What a fact is about: one province (or a place within it; ``province`` null only where no province could be told,
# as in a text on several provinces) — or a whole that is no province, quoted in a province's text: the country
# ("Điểm trung vị PCI cả nước"), a region or a group of provinces ("bình quân vùng Tây Nguyên", the row that sums up
# a table of provinces), a place abroad ("tỉnh Savannakhet (Lào)"). Such facts have no province (FACTS: the province
# the fact is about), and the staging check that a placed report's facts have one skips them.
PLACE_SCOPES = ("province", "country", "region", "abroad")
DOC_TYPES = ("socioeconomic_report", "direction_review", "party_review", "news", "other")

# Columns shared by every fact row, in contract order, then the ones we add (fact_id, unit_label, place_scope).
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
    "place_scope": pl.String(),
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
NOT_PLACED = tuple(p for p in PLACEMENTS if p != "placed")  # what mart_unplaced_documents lists

# Which vocabulary each coded column takes its values from (for a list column: every element).
COMMON_VOCABULARIES: dict[str, tuple[str, ...]] = {"unit": UNITS, "qualifier": QUALIFIERS,
                                                   "place_scope": PLACE_SCOPES}
TABLE_VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "indicators": {"metric": METRICS},
    "budgets": {"budget_item": BUDGET_ITEMS, "measure": BUDGET_MEASURES, "plan_basis": PLAN_BASES,
                "funding_source": FUNDING_SOURCES},
    "projects": {"event": PROJECT_EVENTS, "measure": PROJECT_MEASURES},
    "disasters": {"hazards": HAZARDS, "impact": IMPACTS},
    "documents": {"admin_level": ADMIN_LEVELS, "doc_type": DOC_TYPES, "placement": PLACEMENTS,
                  "period_source": PLACEMENT_SOURCES, "place_source": PLACEMENT_SOURCES},
}

# Columns that are never null; every other column may be. A fact always has its identity, its
# evidence span and what it is about; every fact but a project event without a figure also has its number.
_FACT_IDENTITY = ("fact_id", "doc_id", "source_file", "char_start", "char_end", "evidence", "place_scope")
_FACT_NUMBER = ("value", "unit", "qualifier")
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "indicators": (*_FACT_IDENTITY, *_FACT_NUMBER, "metric"),
    "budgets": (*_FACT_IDENTITY, *_FACT_NUMBER, "budget_item", "measure"),
    "projects": (*_FACT_IDENTITY, "project_name", "event"),
    "disasters": (*_FACT_IDENTITY, *_FACT_NUMBER, "hazards", "impact", "locations"),
    "documents": ("doc_id", "source_file", "admin_level", "doc_type", "text_sha256", "encoding", "char_count",
                  "byte_count", "placement"),
}


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


def vocabularies(table: str) -> dict[str, tuple[str, ...]]:
    """Coded column → its allowed values, for a fact table or ``documents``."""
    if table == "documents":
        return dict(TABLE_VOCABULARIES["documents"])
    return {**COMMON_VOCABULARIES, **TABLE_VOCABULARIES[table]}


def empty_frame(table: str) -> pl.DataFrame:
    """A frame with the table's columns and no row: a copy of one made once per table (building it
    from the schema costs ~0.1 ms, a copy of a frame ~1 µs; the copy keeps callers from sharing it)."""
    return _empty_frame_of(table).clone()


@cache
def _empty_frame_of(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=table_schema(table))


def frame_from_rows(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts, dates as ``datetime.date``) → a frame with exactly the contract's columns."""
    if not rows:
        return empty_frame(table)
    # (the rows as they are, not copies holding the schema's columns in its order: given a schema, polars reads each
    # column from a dict by its name, a key the dict lacks as null, a key the schema lacks not at all, whatever the
    # dict's order, so a copy ``{c: r.get(c) for c in schema}`` makes the same frame; tests/test_schema_speed.py)
    return pl.DataFrame(rows, schema=table_schema(table), orient="row")


class FrameContractError(ValueError):
    """An extracted frame breaks the contract: a bug in the extraction, never a bad input file.

    The message names the file, the table and the column, and shows a few offending values.
    """

    def __init__(self, source_file: str, table: str, column: str | None, problem: str) -> None:
        where = f"{table}.{column}" if column else table
        super().__init__(f"{source_file}: {where}: {problem}")
        self.source_file = source_file
        self.table = table
        self.column = column


def _in_vocabulary(name: str, vocabulary: tuple[str, ...], is_list: bool) -> pl.Expr:
    """True where the value (every element, for a list column) is in ``vocabulary``, or is null."""
    values = list(vocabulary)  # a list, not a Series: polars reads it as the set to look in
    column = pl.col(name)
    if is_list:
        return column.list.eval(pl.element().is_in(values)).list.all() | column.is_null()
    return column.is_in(values) | column.is_null()


def _span_runs_forward() -> pl.Expr:
    return (pl.col("char_start") >= 0) & (pl.col("char_end") > pl.col("char_start"))


def _value_rules(table: str) -> dict[str, list[tuple[str, pl.Expr]]]:
    """Column → (rule name, expression true on every row that keeps it): the checks on values."""
    coded = vocabularies(table)
    rules: dict[str, list[tuple[str, pl.Expr]]] = {}
    for name, dtype in table_schema(table).items():
        if name in coded:
            rules[name] = [(f"in {list(coded[name])}", _in_vocabulary(name, coded[name], isinstance(dtype, pl.List)))]
    if table != "documents":
        rules["char_end"] = [("char_start >= 0 and char_end > char_start", _span_runs_forward())]
    return rules


def _as_check(rule_name: str, expr: pl.Expr) -> pa.Check:
    return pa.Check(lambda data: data.lazyframe.select(expr), name=rule_name)


@cache
def frame_schema(table: str) -> pa.DataFrameSchema:
    """The pandera schema of a fact table or ``documents``, built from the lists above (built once).

    Exactly the contract's columns in order with their dtypes (``strict``, ``ordered``), the
    never-null columns, every coded column's vocabulary, and evidence spans that run forward.
    """
    required = set(REQUIRED_COLUMNS[table])
    rules = _value_rules(table)
    columns = {
        name: pa.Column(
            dtype,
            checks=[_as_check(rule, expr) for rule, expr in rules.get(name, [])],
            nullable=name not in required,
        )
        for name, dtype in table_schema(table).items()
    }
    return pa.DataFrameSchema(columns, strict=True, ordered=True, name=table)


@cache
def _all_rules_hold(table: str) -> list[pl.Expr]:
    """The data rules of ``frame_schema(table)`` as one polars ``select``, one boolean column each,
    named by the column the rule is about."""
    named = [(name, pl.col(name).is_not_null()) for name in REQUIRED_COLUMNS[table]]
    named += [(name, expr) for name, rules in _value_rules(table).items() for _, expr in rules]
    return [expr.all().alias(f"{i}:{name}") for i, (name, expr) in enumerate(named)]


def _broken_column(table: str, frame: pl.DataFrame) -> str | None:
    """None when ``frame`` keeps every rule of ``frame_schema(table)``, else a column breaking one."""
    expected = table_schema(table)
    if list(frame.schema.items()) != list(expected.items()):
        return next((c for c in (*expected, *frame.columns) if frame.schema.get(c) != expected.get(c)), table)
    if frame.height == 0:
        return None
    verdicts = frame.select(_all_rules_hold(table)).row(0, named=True)
    return next((key.split(":", 1)[1] for key, holds in verdicts.items() if not holds), None)


def validate_frame(table: str, frame: pl.DataFrame, source_file: str) -> pl.DataFrame:
    """``frame`` unchanged if it satisfies ``frame_schema(table)``, else ``FrameContractError``.

    Cheap on the normal path: the schema is compared and every data rule evaluated in a single
    polars pass (measured ≈0.65 ms for a report's five frames), where a full pandera validation
    collects once per column and check (≈75 ms a report: 12 minutes over 10,000 reports). Only a
    frame that breaks a rule goes through pandera, whose error names the column and the values.
    """
    broken = _broken_column(table, frame)
    if broken is None:
        return frame
    try:
        frame_schema(table).validate(frame)
    except pandera.errors.SchemaError as error:
        # a missing or misplaced column is reported at the frame level, the column as the "failure"
        column = error.column_name or (error.failure_cases if isinstance(error.failure_cases, str) else None)
        raise FrameContractError(source_file, table, column, _problem(error)) from error
    raise FrameContractError(source_file, table, broken, "breaks the contract")  # unreachable if both agree


def validated_frame(table: str, rows: list[dict], source_file: str) -> pl.DataFrame:
    """``validate_frame(table, frame_from_rows(table, rows), source_file)``, with the data rules
    checked on the rows in Python first.

    A report's frames are small (a few hundred rows): one polars ``select`` per frame costs more
    than reading the rows. ``_rows_keep_rules`` vouches only for rows that keep every rule of
    ``_all_rules_hold`` (never-null columns, vocabularies, forward spans) in the plainest form
    (a ``str`` in the vocabulary, an ``int`` span); whatever it does not vouch for goes through
    ``validate_frame`` as before, so a broken frame still fails with pandera's message."""
    frame = frame_from_rows(table, rows)
    expected = table_schema(table)
    # (its columns and their dtypes, read without building the frame's ``Schema``: the pairs of ``schema.items()``)
    if _rows_keep_rules(table, rows) and frame.columns == list(expected) and frame.dtypes == list(expected.values()):
        return frame
    return validate_frame(table, frame, source_file)


@cache
def _row_rules(table: str) -> tuple[tuple[str, ...], tuple[tuple[str, frozenset[str], bool], ...]]:
    """(never-null columns, (coded column, its vocabulary, whether it is a list column) ...)."""
    schema = table_schema(table)
    coded = tuple((name, frozenset(values), isinstance(schema[name], pl.List))
                  for name, values in vocabularies(table).items())
    return REQUIRED_COLUMNS[table], coded


def _rows_keep_rules(table: str, rows: list[dict]) -> bool:
    required, coded = _row_rules(table)
    spans = table != "documents"
    # (loops written out, not ``any`` over generators: a generator costs a frame for each of ~40,000 rows, and the
    # loops return False where the generators' ``any`` found its first True)
    for row in rows:
        get = row.get
        for name in required:
            if get(name) is None:
                return False
        for name, vocabulary, is_list in coded:
            value = get(name)
            if value is None:
                continue
            if is_list:
                if type(value) is not list:
                    return False
                for v in value:
                    if type(v) is not str or v not in vocabulary:
                        return False
            elif type(value) is not str or value not in vocabulary:
                return False
        if spans:
            start, end = get("char_start"), get("char_end")
            if type(start) is not int or type(end) is not int or not 0 <= start < end:
                return False
    return True


def _problem(error: pandera.errors.SchemaError) -> str:
    """One line: what pandera found wrong, and up to three offending values."""
    reason = error.reason_code.name.lower().replace("_", " ") if error.reason_code else "invalid"
    check = getattr(error.check, "name", None) or error.check
    failures = error.failure_cases
    if isinstance(failures, pl.DataFrame) and error.column_name in failures.columns:
        values = failures.get_column(error.column_name).head(3).to_list()
    else:
        values = failures
    return f"{reason}{f' ({check})' if check else ''}: {values!r}"
