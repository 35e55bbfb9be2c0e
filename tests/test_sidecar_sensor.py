"""Issue #10: the raw-folder sensor treats a report and its sidecar (NAME.meta.json) as one unit.

A sidecar is never a partition; a new, changed or removed sidecar re-runs its report (settle
rule and run keys as for the report itself); a sidecar alone is ignored; a sidecar still being
written is waited for. Real sensor evaluations on a real instance (tests/test_sensor.py's Tick).
"""

from __future__ import annotations

import json

import pytest

from orchestration.defs.resources import RawFolder
from orchestration.raw_units import unit_state
from tests.robustness import sha
from tests.test_sensor import Tick, ingest_requests, partitions

SIDECAR = b'{"province": "soc_trang", "period_start": "2023-07-01", "period_end": "2023-09-30"}'


@pytest.fixture
def tick(project_env, instance) -> Tick:
    return Tick(instance, RawFolder(path=str(project_env.raw)))


@pytest.fixture
def report(project_env):
    return sorted(project_env.raw.glob("*.txt"))[0]


def test_a_report_with_its_sidecar_is_one_partition_keyed_by_both(project_env, instance, tick, report):
    sidecar = report.with_name(report.stem + ".meta.json")
    sidecar.write_bytes(SIDECAR)
    result = tick.settled()
    assert not any(name.endswith(".meta.json") for name in partitions(instance))
    assert sidecar.name not in ingest_requests(result)
    key = unit_state(report).content_key
    assert key != sha(report.read_bytes())
    assert ingest_requests(result)[report.name].run_key.startswith(f"{report.name}:{key}:")
    assert json.loads(result.cursor)["files"][report.name] == key


@pytest.mark.parametrize("change", ["added", "changed", "removed"])
def test_a_sidecar_change_reruns_its_report_only(project_env, tick, report, change):
    sidecar = report.with_name(report.stem + ".meta.json")
    if change != "added":
        sidecar.write_bytes(SIDECAR)
    tick.settled()
    assert tick().run_requests == []  # settled: nothing to do

    if change == "removed":
        sidecar.unlink()
    else:
        sidecar.write_bytes(SIDECAR if change == "added" else SIDECAR.replace(b"soc_trang", b"bac_lieu"))
    result = tick.settled()
    requests = ingest_requests(result)
    assert list(requests) == [report.name]
    assert requests[report.name].tags["baocao/change"] == "changed"
    assert requests[report.name].run_key.startswith(f"{report.name}:{unit_state(report).content_key}:")
    assert not [r for r in result.run_requests if r.job_name == "retire_and_refresh_job"]  # the report stays


def test_a_sidecar_without_its_report_is_ignored(project_env, instance, tick):
    tick.settled()
    (project_env.raw / "not_here.meta.json").write_bytes(SIDECAR)
    (project_env.raw / "not_here.meta.yaml").write_text("province: soc_trang\n")
    first, second = tick(), tick()
    assert first.run_requests == [] and second.run_requests == []
    assert not any(name.startswith("not_here") for name in partitions(instance))
    assert RawFolder(path=str(project_env.raw)).orphan_sidecars() == ["not_here.meta.json", "not_here.meta.yaml"]


def test_a_sidecar_still_being_written_is_waited_for(project_env, tick, report):
    tick.settled()
    sidecar = report.with_name(report.stem + ".meta.json")
    sidecar.write_bytes(SIDECAR[:20])  # half-written
    assert ingest_requests(tick()) == {}
    sidecar.write_bytes(SIDECAR)  # the copy completes before the next evaluation
    waiting = tick()
    assert ingest_requests(waiting) == {}
    assert "waiting for 1 file(s)" in str(waiting.skip_reason)
    assert list(ingest_requests(tick())) == [report.name]  # held still: now it runs, with the whole sidecar
