"""Which project built the warehouse: the fingerprint that turns a build into a full refresh."""

from __future__ import annotations

import copy

import duckdb

from orchestration.dbt_state import project_fingerprint, record_fingerprint, recorded_fingerprint

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
