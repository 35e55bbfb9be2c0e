"""Every frame leaving the extraction library is validated against the contract (schema.py).

``validate_frame`` checks a frame in one polars pass and hands a broken one to its pandera schema,
whose error names the file, the table and the column. These tests break one rule at a time.
``validated_frame`` (what ``extract_document`` uses) reads the rules on the rows first and sends
any row it cannot vouch for through ``validate_frame``: the same frames pass and fail.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from orchestration.extraction import extract_document, pipeline
from orchestration.extraction.schema import (
    FACT_TABLES,
    REQUIRED_COLUMNS,
    FrameContractError,
    _broken_column,
    frame_from_rows,
    frame_schema,
    table_schema,
    validate_frame,
    validated_frame,
    vocabularies,
)

REPORT = Path(__file__).resolve().parents[1] / "raw" / "002_3d4276e4e784b084.txt"


@pytest.fixture(scope="module")
def extraction():
    return extract_document(REPORT.read_bytes(), REPORT.name)


def _with_value(frame: pl.DataFrame, column: str, value: object, row: int = 0) -> pl.DataFrame:
    """``frame`` with ``column`` set to ``value`` on one row (same dtype)."""
    dtype = frame.schema[column]
    return frame.with_columns(
        pl.when(pl.int_range(pl.len()) == row).then(pl.lit(value, dtype=dtype)).otherwise(pl.col(column)).alias(column)
    )


def test_real_extraction_passes_pandera_and_the_fast_check(extraction):
    frames = {**extraction.tables, "documents": frame_from_rows("documents", [extraction.document])}
    for table, frame in frames.items():
        assert frame.height > 0, table
        assert validate_frame(table, frame, REPORT.name) is frame
        frame_schema(table).validate(frame)  # pandera agrees with the fast path


def test_schemas_are_built_from_schema_py_lists():
    for table in (*FACT_TABLES, "documents"):
        schema = frame_schema(table)
        assert list(schema.columns) == list(table_schema(table))
        never_null = {name for name, column in schema.columns.items() if not column.nullable}
        assert never_null == set(REQUIRED_COLUMNS[table])
        coded = {name for name, column in schema.columns.items() if column.checks}
        assert set(vocabularies(table)) <= coded


@pytest.mark.parametrize(
    ("table", "column", "bad"),
    [
        ("indicators", "unit", "furlong"),
        ("indicators", "metric", "growth"),
        ("indicators", "qualifier", "roughly"),
        ("budgets", "budget_item", "revenue_lottery"),
        ("budgets", "measure", "forecast"),
        ("disasters", "impact", "cows"),
        ("disasters", "hazards", ["flood", "tsunami"]),
    ],
)
def test_value_outside_its_vocabulary_names_file_and_column(extraction, table, column, bad):
    frame = _with_value(extraction.tables[table], column, bad)
    assert _broken_column(table, frame) == column  # the one-pass check finds what pandera reports
    with pytest.raises(FrameContractError) as caught:
        validate_frame(table, frame, "bao_cao_thang_5.txt")
    error = caught.value
    assert (error.source_file, error.table, error.column) == ("bao_cao_thang_5.txt", table, column)
    assert str(error).startswith(f"bao_cao_thang_5.txt: {table}.{column}: ")
    assert "tsunami" in str(error) if column == "hazards" else repr(bad) in str(error)


def test_null_in_a_never_null_column(extraction):
    frame = _with_value(extraction.tables["indicators"], "evidence", None, row=2)
    with pytest.raises(FrameContractError, match=r"^r\.txt: indicators\.evidence: series contains nulls"):
        validate_frame("indicators", frame, "r.txt")


def test_a_nullable_column_may_be_null(extraction):
    frame = _with_value(extraction.tables["budgets"], "plan_basis", None)
    assert validate_frame("budgets", frame, "r.txt") is frame


def test_span_that_does_not_run_forward(extraction):
    frame = _with_value(extraction.tables["projects"], "char_end", 0)
    with pytest.raises(FrameContractError) as caught:
        validate_frame("projects", frame, "r.txt")
    assert caught.value.column == "char_end"


def test_wrong_dtype_missing_and_extra_columns(extraction):
    indicators = extraction.tables["indicators"]
    cases = {
        "value": indicators.with_columns(pl.col("value").cast(pl.String)),
        "metric": indicators.drop("metric"),
        "surprise": indicators.with_columns(pl.lit(1).alias("surprise")),
    }
    for column, frame in cases.items():
        assert _broken_column("indicators", frame) == column
        with pytest.raises(FrameContractError) as caught:
            validate_frame("indicators", frame, "r.txt")
        assert caught.value.column == column, str(caught.value)


def test_document_row_is_validated(extraction):
    document = frame_from_rows("documents", [{**extraction.document, "doc_type": "memo"}])
    with pytest.raises(FrameContractError, match=r"^r\.txt: documents\.doc_type: "):
        validate_frame("documents", document, "r.txt")


def test_extract_document_refuses_to_return_a_broken_frame(monkeypatch):
    """The validation sits where frames leave the library: a rule producing a bad unit fails loudly."""

    real_fact_rows = pipeline._fact_rows

    def buggy_fact_rows(layout, document, **options):
        rows = real_fact_rows(layout, document, **options)
        rows["indicators"] = [{**row, "unit": "furlong"} for row in rows["indicators"]]
        return rows

    monkeypatch.setattr(pipeline, "_fact_rows", buggy_fact_rows)
    with pytest.raises(FrameContractError, match=r"^002_3d4276e4e784b084\.txt: indicators\.unit: .*'furlong'"):
        extract_document(REPORT.read_bytes(), REPORT.name)


def _rows(frame: pl.DataFrame) -> list[dict]:
    return frame.to_dicts()


def test_rows_checked_in_python_pass_and_fail_like_the_frame(extraction):
    for table, frame in {**extraction.tables, "documents": frame_from_rows("documents", [extraction.document])}.items():
        assert validated_frame(table, _rows(frame), REPORT.name).equals(frame, null_equal=True), table
    rows = _rows(extraction.tables["indicators"])
    broken = {
        "unit": [{**rows[0], "unit": "furlong"}, *rows[1:]],
        "evidence": [rows[0], {**rows[1], "evidence": None}],
        "char_end": [{**rows[0], "char_end": rows[0]["char_start"]}],
    }
    for column, bad_rows in broken.items():
        with pytest.raises(FrameContractError) as caught:
            validated_frame("indicators", bad_rows, "r.txt")
        assert caught.value.column == column, str(caught.value)
    hazards = _rows(extraction.tables["disasters"]) or [
        {**rows[0], "hazards": ["flood"], "impact": "deaths", "locations": []}
    ]
    with pytest.raises(FrameContractError) as caught:
        validated_frame("disasters", [{**hazards[0], "hazards": ["flood", "tsunami"]}], "r.txt")
    assert caught.value.column == "hazards"
    document = {**extraction.document, "doc_type": "memo"}
    with pytest.raises(FrameContractError, match=r"^r\.txt: documents\.doc_type: "):
        validated_frame("documents", [document], "r.txt")
