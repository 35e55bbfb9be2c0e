"""Issue #5, behaviour 7: the sensor's runs for many files, a manual run and a scheduled run at
the same time produce no lock errors and no lost updates. Every step that opens the warehouse is
in pool ``duckdb_warehouse`` (limit 1 in .dagster_home/dagster.yaml), so runs in separate
processes on one instance take turns; a waiting step logs "Step blocked by limit for pool
duckdb_warehouse" in its run. On SQLite instance storage two simultaneous claims can both win the
one slot (Dagster claims with SELECT then UPDATE; FOR UPDATE is a no-op in SQLite): the warehouse
writer lock (orchestration/writer_lock.py, tested in test_writer_lock.py) makes the later step wait,
so the run still has no lock error and loses nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
    log_pool_claims(instance)
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

    # The pool scheduled them, by its own claim records (not log timestamps): replayed in commit
    # order, every warehouse step that ran claimed the pool's slot, and every claim was freed.
    # Claims that overwrote a held slot are SQLite's race (module docstring), counted, not failed.
    from orchestration.definitions import build_defs

    defs = build_defs(raw, wh)
    pooled = {
        n.node_def.name
        for n in [*defs.assets, *defs.asset_checks]
        if getattr(n, "node_def", None) and n.node_def.pool == WAREHOUSE_POOL
    }
    assert {"load_report", "fact_quality_checks", "document_checks"} <= pooled
    assert instance.event_log_storage.get_concurrency_info(WAREHOUSE_POOL).slot_count == 1
    claims, races = replay_pool_claims(instance)
    ran, blocked = set(), 0
    records = instance.get_run_records(
        dg.RunsFilter(tags={"test/driver": ["ingest_report_job", "warehouse_checks_job"]})
    )
    assert len(records) == len(names) + 1
    for record in records:
        run_id = record.dagster_run.run_id
        for entry in instance.all_logs(run_id):
            event = entry.dagster_event
            if event is None or event.step_key is None:
                continue
            if event.event_type == dg.DagsterEventType.ENGINE_EVENT and "blocked by limit for pool" in (
                entry.message or ""
            ):
                blocked += 1
            if event.step_key in pooled and event.event_type == dg.DagsterEventType.STEP_SUCCESS:
                ran.add((run_id, event.step_key))  # raw_report, mart_freshness_checks: not in the pool
    assert {run for run, _ in ran} == {r.dagster_run.run_id for r in records}
    assert ran <= set(claims), f"warehouse steps that ran without claiming the pool: {ran - set(claims)}"
    print(f"pool claims: {len(claims)}, waits logged: {blocked}, claims racing a held slot: {races}")


def log_pool_claims(instance: dg.DagsterInstance) -> None:
    """Keep every change of a ``duckdb_warehouse`` slot's holder, in commit order.

    Dagster's pool state lives in the instance's ``concurrency_slots`` table (one row per slot:
    the run and step holding it, NULL when free); it only holds the present, so an SQLite trigger
    copies each change into ``pool_claim_log`` inside the same transaction.
    """
    import sqlalchemy as sa

    storage = instance.event_log_storage
    storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)  # the slot rows, as a first claim would
    with storage.index_connection() as conn:
        conn.execute(
            sa.text(
                "CREATE TABLE pool_claim_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, concurrency_key TEXT,"
                " slot_id INTEGER, old_run_id TEXT, old_step_key TEXT, new_run_id TEXT, new_step_key TEXT)"
            )
        )
        conn.execute(
            sa.text(
                "CREATE TRIGGER pool_claim_log_on_update AFTER UPDATE OF run_id, step_key ON concurrency_slots"
                " BEGIN INSERT INTO pool_claim_log (concurrency_key, slot_id, old_run_id, old_step_key, new_run_id,"
                " new_step_key) VALUES (NEW.concurrency_key, NEW.id, OLD.run_id, OLD.step_key, NEW.run_id,"
                " NEW.step_key); END"
            )
        )


def replay_pool_claims(instance: dg.DagsterInstance) -> tuple[list[tuple[str, str]], int]:
    """(run, step) of every claim of the pool in order, and how many claims took a slot another
    step held (the SQLite race); fails if a slot is freed by a step not holding it or stays held."""
    import sqlalchemy as sa

    with instance.event_log_storage.index_connection() as conn:
        log = conn.execute(
            sa.text(
                "SELECT slot_id, old_run_id, old_step_key, new_run_id, new_step_key FROM pool_claim_log"
                " WHERE concurrency_key = :pool ORDER BY seq"
            ),
            {"pool": WAREHOUSE_POOL},
        ).fetchall()
    holders: dict[int, tuple[str, str]] = {}
    claims, races = [], 0
    for slot, old_run, old_step, new_run, new_step in log:
        if new_step is None:  # freed (a step whose slot was taken over frees no row: nothing logged)
            assert holders.pop(slot, None) == (old_run, old_step), f"slot {slot} freed by a step not holding it"
            continue
        races += bool(holders)
        holders[slot] = (new_run, new_step)
        claims.append((new_run, new_step))
    assert not holders, f"slots still held after every run finished: {holders}"
    return claims, races
