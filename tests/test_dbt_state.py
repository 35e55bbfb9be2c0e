"""Which project built the warehouse: the fingerprint that turns a build into a full refresh."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import duckdb

from orchestration import warehouse
from orchestration.dbt_state import (
    NEW_ROWS_MARK_PREFIX,
    advance_new_row_tests,
    new_row_tests,
    new_row_tests_fingerprint,
    new_row_tests_mark,
    new_row_tests_passed,
    project_fingerprint,
    record_fingerprint,
    recorded_fingerprint,
    start_new_row_tests,
)

MANIFEST = {
    "metadata": {"project_name": "baocao"},
    "nodes": {
        "model.baocao.mart_x": {
            "resource_type": "model",
            "checksum": {"checksum": "aaa"},
            "config": {"materialized": "incremental", "unique_key": "dedup_key"},
            "description": "One row per fact.",
        },
        "seed.baocao.provinces": {"resource_type": "seed", "checksum": {"checksum": "csv1"}, "config": {}},
        "test.baocao.unique_mart_x_id": {"resource_type": "test", "checksum": {"checksum": "t1"}, "config": {}},
        "test.baocao.accepted_values_stg_x": {
            "resource_type": "test",
            "checksum": {"checksum": "t2"},
            "test_metadata": {"name": "accepted_values_columns", "kwargs": {"columns": {"unit": ["VND", "pct"]}}},
            "config": {"severity": "warn", "meta": {"scope": "new_rows"}},
        },
    },
    "macros": {
        "macro.baocao.dedup_key": {
            "package_name": "baocao",
            "macro_sql": "{% macro k() %}md5(x){% endmacro %}",
        },
        "macro.dbt.run_hooks": {"package_name": "dbt", "macro_sql": "{% macro run_hooks() %}{% endmacro %}"},
    },
}


def _changed(path: list[str], value: object) -> dict:
    manifest = copy.deepcopy(MANIFEST)
    node = manifest
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return manifest


def test_what_changes_rows_changes_the_fingerprint():
    base = project_fingerprint(MANIFEST)
    assert project_fingerprint(copy.deepcopy(MANIFEST)) == base
    assert project_fingerprint(_changed(["nodes", "model.baocao.mart_x", "checksum", "checksum"], "bbb")) != base
    assert project_fingerprint(_changed(["nodes", "model.baocao.mart_x", "config", "unique_key"], "fact_id")) != base
    assert project_fingerprint(_changed(["nodes", "seed.baocao.provinces", "checksum", "checksum"], "csv2")) != base
    assert project_fingerprint(_changed(["macros", "macro.baocao.dedup_key", "macro_sql"], "sha1(x)")) != base


def test_tests_descriptions_and_dbt_macros_leave_it_alone():
    base = project_fingerprint(MANIFEST)
    assert (
        project_fingerprint(_changed(["nodes", "test.baocao.unique_mart_x_id", "checksum", "checksum"], "t2")) == base
    )
    assert project_fingerprint(_changed(["nodes", "model.baocao.mart_x", "description"], "Other words.")) == base
    assert project_fingerprint(_changed(["macros", "macro.dbt.run_hooks", "macro_sql"], "changed")) == base


def test_record_then_read_back(tmp_path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    assert recorded_fingerprint(con) is None  # never built: the first build is a full one
    record_fingerprint(con, "f1")
    record_fingerprint(con, "f2")
    assert recorded_fingerprint(con) == "f2"
    assert con.execute("SELECT count(*) FROM main.dbt_project_state").fetchone() == (1,)


NEW_ROW_TEST = "test.baocao.accepted_values_stg_x"


def test_new_row_tests_are_the_tagged_ones_and_their_definition_is_in_the_mark_fingerprint():
    assert new_row_tests(MANIFEST) == [NEW_ROW_TEST]
    base = new_row_tests_fingerprint(MANIFEST)
    kwargs = ["nodes", NEW_ROW_TEST, "test_metadata", "kwargs", "columns"]
    assert new_row_tests_fingerprint(_changed(kwargs, {"unit": ["VND", "pct", "ha"]})) != base  # a value allowed
    assert new_row_tests_fingerprint(_changed(["nodes", NEW_ROW_TEST, "config", "severity"], "error")) != base
    # a model or seed change resets the mark too (rows may read differently)
    assert new_row_tests_fingerprint(_changed(["nodes", "seed.baocao.provinces", "checksum", "checksum"], "x")) != base
    # an untagged test is no part of it
    assert new_row_tests_fingerprint(_changed(["nodes", "test.baocao.unique_mart_x_id", "config"], {"a": 1})) == base


def test_the_mark_advances_only_when_every_new_row_test_ran_and_passed():
    def results(*statuses: tuple[str, str]) -> dict:
        return {"results": [{"unique_id": u, "status": s} for u, s in statuses]}

    assert new_row_tests_passed(MANIFEST, results((NEW_ROW_TEST, "pass"), ("test.baocao.unique_mart_x_id", "fail")))
    assert not new_row_tests_passed(MANIFEST, results((NEW_ROW_TEST, "warn")))  # its rows are read again
    assert not new_row_tests_passed(MANIFEST, results(("test.baocao.unique_mart_x_id", "pass")))  # not run: subset
    untagged = _changed(["nodes", NEW_ROW_TEST, "config", "meta"], {})
    assert not new_row_tests_passed(untagged, results((NEW_ROW_TEST, "pass")))  # nothing to mark


def test_a_mark_of_other_tests_is_dropped_before_the_build(tmp_path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    warehouse.ensure_schema(con)
    assert start_new_row_tests(con, "f1") is None  # nothing loaded: nothing to mark
    loaded = dt.datetime(2026, 1, 2, 3, 4, 5)
    con.execute("INSERT INTO main.documents (doc_id, source_file, loaded_at) VALUES ('d1', 'a.txt', ?)", [loaded])
    con.execute(
        "INSERT INTO main.indicators (fact_id, doc_id, source_file, loaded_at) VALUES ('x', 'd1', 'a.txt', ?)",
        [loaded + dt.timedelta(seconds=1)],
    )
    assert start_new_row_tests(con, "f1") == loaded + dt.timedelta(seconds=1)  # the newest row of any table
    advance_new_row_tests(con, "f1", loaded)
    warehouse.advance_watermark(con, "indicators:unique_fact_ids", loaded)  # a Python check's mark
    assert new_row_tests_mark(con, "f1") == loaded
    start_new_row_tests(con, "f1")  # same tests: kept
    assert new_row_tests_mark(con, "f1") == loaded
    start_new_row_tests(con, "f2")  # other tests or project: every row is read again
    assert new_row_tests_mark(con, "f1") is None and new_row_tests_mark(con, "f2") is None
    assert warehouse.check_watermark(con, "indicators:unique_fact_ids") == loaded


def test_the_dbt_macro_reads_the_marks_this_module_writes():
    macro = (Path(__file__).resolve().parents[1] / "dbt" / "macros" / "new_rows_scope.sql").read_text(encoding="utf-8")
    prefix = re.search(r"macro new_rows_mark_prefix\(\) -%}\s*(.*?)\s*{%- endmacro", macro, re.S).group(1)
    assert prefix == NEW_ROWS_MARK_PREFIX
    assert f"identifier='{warehouse.WATERMARKS}'" in macro
