"""Issue #5, behaviour 3: new content under an existing name replaces that document's facts
atomically; if the new content is rejected, the last good facts stay (in the raw tables and the
marts) and the rejection is recorded; a removed file's facts leave the marts, its history stays."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.definitions import build_defs
from orchestration.extraction import FACT_TABLES
from tests.robustness import SMALL_SAMPLE, half_state, ingest, query, sha


def refresh(defs: dg.Definitions, instance: dg.DagsterInstance) -> None:
    result = defs.resolve_job_def("refresh_warehouse_job").execute_in_process(instance=instance, raise_on_error=False)
    assert result.success, [e.message for e in result.get_step_failure_events()]


def doc_ids(wh, table: str, name: str) -> set[str]:
    return {r[0] for r in query(wh, f"SELECT DISTINCT doc_id FROM {table} WHERE source_file = ?", [name])}


@pytest.mark.slow
def test_changed_rejected_and_removed_file(project_env, instance):
    raw, wh = project_env.raw, project_env.warehouse
    other = "002_3d4276e4e784b084.txt"
    for p in raw.iterdir():
        if p.name not in (SMALL_SAMPLE, other):
            p.unlink()
    target = raw / SMALL_SAMPLE
    defs = build_defs(raw, wh)
    v1 = target.read_bytes()
    assert all(r.success for r in ingest(defs, instance, SMALL_SAMPLE, other))
    n_v1 = query(wh, "SELECT count(*) FROM indicators WHERE source_file = ?", [SMALL_SAMPLE])[0][0]

    # new content under the same name: every fact table now holds exactly the new version
    v2 = v1 + "\nTrong 6 tháng, toàn tỉnh trồng mới 1.234 ha rừng.\n".encode()
    target.write_bytes(v2)
    assert all(r.success for r in ingest(defs, instance, SMALL_SAMPLE))
    for table in FACT_TABLES:
        assert doc_ids(wh, table, SMALL_SAMPLE) <= {sha(v2)}
    assert query(wh, "SELECT count(*) FROM indicators WHERE source_file = ?", [SMALL_SAMPLE])[0][0] >= n_v1
    assert query(
        wh, "SELECT doc_id, is_current FROM documents WHERE source_file = ? ORDER BY is_current", [SMALL_SAMPLE]
    ) == [
        (sha(v1), False),
        (sha(v2), True),
    ]
    assert half_state(wh) == []

    # then a rejected content: recorded, the v2 facts stay — in the raw tables and in the marts
    target.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    [result] = ingest(defs, instance, SMALL_SAMPLE)
    assert result.success
    assert query(wh, "SELECT source_file, content_sha256, code FROM rejected_documents") == [
        (SMALL_SAMPLE, sha(target.read_bytes()), "binary")
    ]
    refresh(defs, instance)
    assert query(wh, "SELECT doc_id FROM marts.dim_document WHERE source_file = ?", [SMALL_SAMPLE]) == [(sha(v2),)]
    assert doc_ids(wh, "marts.mart_indicators", SMALL_SAMPLE) == {sha(v2)}
    assert (
        query(wh, "SELECT count(*) FROM marts.mart_indicators WHERE source_file = ? AND value = 1234", [SMALL_SAMPLE])[
            0
        ][0]
        >= 1
    )

    # removed: its facts leave the marts; its history (versions, facts, rejection) stays queryable
    target.unlink()
    refresh(defs, instance)
    assert query(wh, "SELECT count(*) FROM marts.dim_document WHERE source_file = ?", [SMALL_SAMPLE]) == [(0,)]
    assert query(wh, "SELECT count(*) FROM marts.mart_indicators WHERE source_file = ?", [SMALL_SAMPLE]) == [(0,)]
    assert doc_ids(wh, "marts.mart_indicators", other) == {sha((raw / other).read_bytes())}  # others untouched
    assert query(
        wh, "SELECT doc_id, is_current FROM documents WHERE source_file = ? ORDER BY loaded_at", [SMALL_SAMPLE]
    ) == [
        (sha(v1), False),
        (sha(v2), False),
    ]
    assert doc_ids(wh, "indicators", SMALL_SAMPLE) == {sha(v2)}
    assert query(wh, "SELECT count(*) FROM rejected_documents WHERE source_file = ?", [SMALL_SAMPLE]) == [(1,)]
