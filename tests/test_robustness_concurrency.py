"""Issue #5, behaviour 7: the sensor's runs for many files, a manual run and a scheduled run at
the same time produce no lock errors and no lost updates. Every step that opens the warehouse is
in pool ``duckdb_warehouse`` (limit 1 in .dagster_home/dagster.yaml), so runs in separate
processes on one instance take turns; a waiting step logs "Step blocked by limit for pool
duckdb_warehouse" in its run."""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap
from collections import defaultdict

import dagster as dg
import pytest
import yaml

from orchestration.settings import RAW_REPORTS_PARTITIONS, WAREHOUSE_POOL
from tests.conftest import INSTANCE_YAML
from tests.robustness import ROOT, SMALL_SAMPLE, half_state, project_env_vars, query

DRIVER = textwrap.dedent("""
    import sys
    import dagster as dg
    from orchestration.definitions import build_defs

    job_name, *partitions = sys.argv[1:]
    defs = build_defs()
    job = defs.resolve_job_def(job_name)
    ok = True
    with dg.DagsterInstance.get() as instance:
        for key in partitions or [None]:
            kwargs = {"partition_key": key} if key else {}
            result = job.execute_in_process(instance=instance, raise_on_error=False,
                                            tags={"test/driver": job_name}, **kwargs)
            ok = ok and result.success
            print(job_name, key, result.run_id, result.success, flush=True)
    sys.exit(0 if ok else 1)
""")


def test_instance_limits_the_warehouse_pool_and_every_writer_is_in_it(project_env):
    config = yaml.safe_load(INSTANCE_YAML.read_text(encoding="utf-8"))
    assert config["concurrency"]["pools"]["default_limit"] == 1
    assert config["concurrency"]["pools"].get("granularity", "op") == "op"
    from orchestration.definitions import build_defs

    defs = build_defs(project_env.raw, project_env.warehouse)
    writers = []
    for node in [*defs.assets, *defs.asset_checks]:
        executable = isinstance(node, dg.AssetsDefinition | dg.AssetChecksDefinition) and node.is_executable
        if executable and {"duckdb", "dbt"} & set(node.required_resource_keys):
            writers.append(node.node_def.name)
            assert node.node_def.pool == WAREHOUSE_POOL, node.node_def.name
    assert {"load_report", "retired_reports", "dbt_warehouse", "published_snapshot"} <= set(writers)


@pytest.mark.slow
def test_concurrent_runs_in_separate_processes_serialize_without_lock_errors(project_env, instance):
    raw = project_env.raw
    report = (raw / SMALL_SAMPLE).read_bytes()
    for i in range(3):  # more files than samples: a burst of sensor runs
        (raw / f"copy {i}.txt").write_bytes(report.replace(b"\n", b"\r\n") if i % 2 else report)
    names = sorted(p.name for p in raw.iterdir())
    instance.add_dynamic_partitions(RAW_REPORTS_PARTITIONS, names)
    env = project_env_vars(project_env)
    drivers = [
        ["ingest_report_job", *names[0::3]],  # the sensor's runs
        ["ingest_report_job", *names[1::3]],
        ["ingest_report_job", *names[2::3]],
        ["warehouse_checks_job"],  # the daily schedule's checks
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", DRIVER, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for args in drivers
    ]
    outputs = [p.communicate(timeout=600)[0] for p in procs]
    for proc, out in zip(procs, outputs, strict=True):
        assert "Could not set lock" not in out and "Conflicting lock" not in out, out[-3000:]
        assert proc.returncode == 0, out[-3000:]

    # no lost update: every file's facts are there, each under its own current version
    wh = project_env.warehouse
    assert sorted(r[0] for r in query(wh, "SELECT source_file FROM documents WHERE is_current")) == names
    assert sorted(r[0] for r in query(wh, "SELECT DISTINCT source_file FROM indicators")) == names
    assert half_state(wh) == []

    # the pool serialized them: no two warehouse steps of different runs overlapped in time
    from orchestration.definitions import build_defs

    defs = build_defs(raw, wh)
    pooled = {
        n.node_def.name
        for n in [*defs.assets, *defs.asset_checks]
        if getattr(n, "node_def", None) and n.node_def.pool == WAREHOUSE_POOL
    }
    assert {"load_report", "fact_quality_checks", "document_checks"} <= pooled
    windows = []
    blocked = 0
    for record in instance.get_run_records(
        dg.RunsFilter(tags={"test/driver": ["ingest_report_job", "warehouse_checks_job"]})
    ):
        starts = defaultdict(float)
        for entry in instance.all_logs(record.dagster_run.run_id):
            event = entry.dagster_event
            if event is None or event.step_key is None:
                continue
            if event.event_type == dg.DagsterEventType.ENGINE_EVENT and "blocked by limit for pool" in (
                entry.message or ""
            ):
                blocked += 1
            if event.step_key not in pooled:
                continue  # raw_report reads the file, mart_freshness_checks the instance: not in the pool
            if event.event_type == dg.DagsterEventType.STEP_START:
                starts[event.step_key] = entry.timestamp
            elif event.event_type in (dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE):
                windows.append((starts[event.step_key], entry.timestamp, record.dagster_run.run_id, event.step_key))
    assert len({w[2] for w in windows}) == len(names) + 1
    windows.sort()
    for (_, e1, r1, k1), (s2, _, r2, k2) in itertools.pairwise(windows):
        assert r1 == r2 or e1 <= s2 + 0.05, f"warehouse steps {k1} of {r1} and {k2} of {r2} overlapped: {windows}"
    print(f"pool waits logged: {blocked}")
