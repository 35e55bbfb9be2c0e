"""Issue #5, behaviour 6: SIGKILL at any point leaves the warehouse consistent and the next run
completes. `baocao run` runs in a subprocess; BAOCAO_PAUSE_AT makes it stop at a named point
(inside the fact-write transaction; just before dbt) and touch a marker, then the test kills the
whole process group (dbt included) with SIGKILL: no cleanup code runs."""

from __future__ import annotations

import time

import duckdb
import pytest

from orchestration.extraction import FACT_TABLES
from tests.robustness import (
    SMALL_SAMPLE,
    baocao_run,
    fact_signature,
    half_state,
    kill_group,
    query,
    sha,
    start_baocao_run,
    wait_for,
    wait_until_unlocked,
)

MARTS = ("mart_indicators", "mart_budget_execution", "mart_disaster_impact", "mart_projects", "mart_province_period")


def marts_queryable(wh) -> dict[str, int]:
    return {m: query(wh, f"SELECT count(*) FROM marts.{m}")[0][0] for m in MARTS}


def current_doc(wh, name: str) -> list[tuple]:
    return query(wh, "SELECT doc_id FROM documents WHERE source_file = ? AND is_current", [name])


@pytest.mark.slow
def test_sigkill_during_fact_write_and_during_dbt_leaves_a_consistent_warehouse(project_env):
    for p in project_env.raw.iterdir():
        if p.name != SMALL_SAMPLE:
            p.unlink()
    wh, markers = project_env.warehouse, project_env.root / "markers"
    target = project_env.raw / SMALL_SAMPLE
    v1 = target.read_bytes()
    first = baocao_run(project_env)
    assert first.returncode == 0, first.stdout + first.stderr
    good = {t: fact_signature(wh, t, SMALL_SAMPLE) for t in FACT_TABLES}
    good_marts = marts_queryable(wh)
    assert good_marts["mart_indicators"] > 0

    # 1. killed inside the load transaction of a new version: nothing of it is visible
    v2 = v1 + "\nBáo cáo bổ sung: đã hoàn thành 12 công trình.\n".encode()
    target.write_bytes(v2)
    proc = start_baocao_run(
        project_env, {"BAOCAO_PAUSE_AT": "load_in_transaction=300", "BAOCAO_PAUSE_MARKER_DIR": str(markers)}
    )
    wait_for(markers / "load_in_transaction", proc)
    kill_group(proc)
    assert duckdb.connect(str(wh)).close() is None  # no stale lock: the kernel dropped it with the process
    assert half_state(wh) == []
    assert current_doc(wh, SMALL_SAMPLE) == [(sha(v1),)]  # all or nothing: the last good version
    assert {t: fact_signature(wh, t, SMALL_SAMPLE) for t in FACT_TABLES} == good
    assert marts_queryable(wh) == good_marts

    # 2. killed while dbt rebuilds the marts: every mart is the previous or the new table, never missing
    proc = start_baocao_run(project_env, {"BAOCAO_PAUSE_AT": "before_dbt=0", "BAOCAO_PAUSE_MARKER_DIR": str(markers)})
    wait_for(markers / "before_dbt", proc)
    time.sleep(4)  # dbt is building (a dbt build of this warehouse takes ~10-15 s)
    still_running = proc.poll() is None
    kill_group(proc)
    assert still_running, "the run finished before it could be killed inside dbt"
    wait_until_unlocked(wh)
    assert half_state(wh) == []
    assert current_doc(wh, SMALL_SAMPLE) == [(sha(v2),)]  # that run's load had committed
    assert set(marts_queryable(wh)) == set(MARTS)

    # 3. the next run recovers: dead runs released from the pool, everything rebuilt
    last = baocao_run(project_env, timeout=300)
    assert last.returncode == 0, last.stdout + last.stderr
    assert "recovered: run" in last.stdout  # the killed runs no longer hold the warehouse pool
    assert half_state(wh) == []
    assert current_doc(wh, SMALL_SAMPLE) == [(sha(v2),)]
    assert query(wh, "SELECT DISTINCT doc_id FROM marts.mart_indicators") == [(sha(v2),)]
    assert marts_queryable(wh)["mart_indicators"] >= good_marts["mart_indicators"]
    leftovers = query(
        wh, "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%\\_\\_dbt\\_%' ESCAPE '\\'"
    )
    assert leftovers == []
