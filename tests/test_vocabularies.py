"""The dbt ``accepted_values`` tests list exactly the vocabularies of ``orchestration/extraction/schema.py``.

Why a test and not generated YAML: dbt cannot import Python, so generating the lists would need a
step before every dbt parse (setup.sh, ``baocao run``'s re-parse, ``dagster dev``, the tests' own
dbt builds, an analyst's plain ``dbt build``), and one path that forgot it would run against a
stale list without a word. Plain lists keep the dbt project readable on its own (each at most
once per YAML file, through an anchor); schema.py stays the one source, and this test fails on
any difference, naming the model, the column and the values.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from orchestration.extraction.schema import FACT_TABLES, NOT_PLACED, PLACEMENTS, PLAN_BASES, UNITS, vocabularies

DBT_DIR = Path(__file__).resolve().parents[1] / "dbt"

# dbt model → the raw table its coded columns come from (columns keep their names)
MODEL_TABLE: dict[str, str] = {
    **{f"stg_{table}": table for table in (*FACT_TABLES, "documents")},
    "mart_indicators": "indicators",
    "mart_budget_execution": "budgets",
    "mart_projects": "projects",
    "mart_disaster_impact": "disasters",
}
# Columns a model renames or derives from a contract vocabulary.
DERIVED: dict[tuple[str, str], tuple[str, ...]] = {
    ("dim_indicator", "level_unit"): UNITS,
    ("mart_unplaced_documents", "placement"): NOT_PLACED,
    # the document's placement carried onto each fact
    **{(f"stg_{table}", "document_placement"): PLACEMENTS for table in FACT_TABLES},
    ("mart_budget_execution", "reference_plan_basis"): ("unspecified", *PLAN_BASES),
    ("mart_budget_execution", "pct_of_plan_basis"): ("unspecified", *PLAN_BASES),
}
# Codes the dbt models make up themselves (in their SQL): no counterpart in the extraction.
DBT_OWN_CODES: set[tuple[str, str]] = {
    ("dim_period", "granularity"),
    ("mart_budget_execution", "reference_plan_period"),
    ("mart_budget_execution", "pct_of_plan_method"),
    *(
        (model, "scope")
        for model in (
            "dim_document",
            "mart_indicators",
            "mart_budget_execution",
            "mart_disaster_impact",
            "mart_projects",
            "mart_province_period",
        )
    ),
}


def _nodes() -> list[dict]:
    """Every model and source table of the dbt YAML."""
    found = []
    for path in sorted((DBT_DIR / "models").rglob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found += list(doc.get("models") or [])
        for source in doc.get("sources") or []:
            found += source.get("tables") or []
    return found


def _accepted_values() -> list[tuple[str, str, list[str]]]:
    """(model, column, accepted values) of every list in the YAML: the per-model
    ``accepted_values_columns`` tests (one per model and severity), and a column's own
    ``accepted_values`` test if one is ever written."""
    found = []
    for node in _nodes():
        for test in node.get("data_tests") or []:
            if isinstance(test, dict) and "accepted_values_columns" in test:
                spec = test["accepted_values_columns"]
                columns = (spec.get("arguments") or spec)["columns"]
                found += [(node["name"], column, list(values)) for column, values in columns.items()]
        for column in node.get("columns") or []:
            for test in column.get("data_tests") or column.get("tests") or []:
                if isinstance(test, dict) and "accepted_values" in test:
                    spec = test["accepted_values"]
                    found.append((node["name"], column["name"], list((spec.get("arguments") or spec)["values"])))
    return found


def _expected(model: str, column: str) -> tuple[str, ...] | None:
    if (model, column) in DERIVED:
        return DERIVED[(model, column)]
    table = MODEL_TABLE.get(model)
    return vocabularies(table).get(column) if table else None


def test_every_accepted_values_list_equals_its_schema_vocabulary():
    checked = 0
    for model, column, values in _accepted_values():
        if (model, column) in DBT_OWN_CODES:
            continue
        expected = _expected(model, column)
        assert expected is not None, (
            f"{model}.{column} has accepted values {values} but no vocabulary in schema.py: map it in "
            "MODEL_TABLE/DERIVED, or list it in DBT_OWN_CODES if the dbt model makes the codes up"
        )
        assert len(values) == len(set(values)), f"{model}.{column}: duplicate values {values}"
        missing, extra = set(expected) - set(values), set(values) - set(expected)
        assert not missing and not extra, (
            f"{model}.{column}: accepted values differ from schema.py: missing {sorted(missing)}, "
            f"not in schema.py {sorted(extra)}"
        )
        checked += 1
    assert checked >= 20  # 26 today: six unit lists, five qualifier lists, metrics, items, measures, events ...


def test_every_coded_staging_column_has_its_accepted_values():
    """Dropping a list from the YAML is a difference too (list columns such as hazards excepted)."""
    listed = {(model, column) for model, column, _ in _accepted_values()}
    for node in _nodes():
        model, table = node["name"], MODEL_TABLE.get(node["name"])
        if not (model.startswith("stg_") and table):
            continue
        for column in node.get("columns") or []:
            if column["name"] in vocabularies(table) and column["name"] != "hazards":
                assert (model, column["name"]) in listed, (
                    f"{model}.{column['name']} is coded in schema.py but has no accepted values test"
                )


@pytest.mark.parametrize("table", [*FACT_TABLES, "documents"])
def test_staging_models_are_mapped(table):
    assert any(node["name"] == f"stg_{table}" for node in _nodes())
