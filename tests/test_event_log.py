"""The project's Dagster event log (``orchestration.event_log``): pooled engines, same storage.

Real Dagster runs on instances built from the project's ``dagster.yaml`` (conftest copies it into
each test's Dagster home). Every pipeline test runs on this storage too; these tests pin what
the pooling must not change: events written by one instance are read by another (another
process), an existing home written by Dagster's default storage keeps its history, wiping works,
and the engines kept open stay bounded.
"""


from pathlib import Path

import dagster as dg
import sqlalchemy as db

from orchestration.event_log import KEPT_ENGINES, PooledSqliteEventLogStorage

REPORTS = dg.DynamicPartitionsDefinition(name="test_reports")


@dg.asset(partitions_def=REPORTS, backfill_policy=dg.BackfillPolicy.single_run())
def report(context: dg.AssetExecutionContext) -> None:
    # one runtime materialization per partition, as load_report writes them
    for key in context.partition_keys:
        context.log_event(dg.AssetMaterialization(asset_key="report", partition=key, metadata={"rows": 3}))


JOB = dg.Definitions(assets=[report]).resolve_implicit_global_asset_job_def()


def _load(instance: dg.DagsterInstance, names: list[str]) -> None:
    instance.add_dynamic_partitions(REPORTS.name, names)
    tags = {"dagster/asset_partition_range_start": names[0], "dagster/asset_partition_range_end": names[-1]}
    assert JOB.execute_in_process(instance=instance, tags=tags).success


def _materialized(instance: dg.DagsterInstance) -> set[str]:
    return set(instance.get_materialized_partitions(dg.AssetKey("report")))


def test_the_projects_instance_keeps_its_event_log_in_its_own_home(project_env, instance) -> None:
    storage = instance.event_log_storage
    assert isinstance(storage, PooledSqliteEventLogStorage)
    assert Path(storage.path_for_shard("index")).parent == project_env.home / "history" / "runs"


def test_every_partition_event_is_seen_by_another_instance_and_back(project_env, instance) -> None:
    names = [f"r{i:02d}.txt" for i in range(30)]
    _load(instance, names)
    with dg.DagsterInstance.from_config(str(project_env.home)) as other:  # (another process's view)
        assert _materialized(other) == set(names)
        _load(other, ["late.txt"])
    # the first instance's pooled connection to the index sees the other's commit
    assert _materialized(instance) == {*names, "late.txt"}
    runs = instance.get_run_records()
    assert len(runs) == 2 and all(r.dagster_run.status == dg.DagsterRunStatus.SUCCESS for r in runs)


def test_a_home_written_by_dagsters_default_storage_keeps_its_history(project_env, tmp_path: Path) -> None:
    yaml = (project_env.home / "dagster.yaml").read_text(encoding="utf-8")
    default_yaml = yaml.split("event_log_storage:")[0]  # the same instance without the pooled log
    assert "PooledSqliteEventLogStorage" in yaml and "PooledSqliteEventLogStorage" not in default_yaml
    (project_env.home / "dagster.yaml").write_text(default_yaml, encoding="utf-8")
    with dg.DagsterInstance.from_config(str(project_env.home)) as before:
        assert not isinstance(before.event_log_storage, PooledSqliteEventLogStorage)
        _load(before, ["old.txt"])
    (project_env.home / "dagster.yaml").write_text(yaml, encoding="utf-8")
    with dg.DagsterInstance.from_config(str(project_env.home)) as after:
        assert isinstance(after.event_log_storage, PooledSqliteEventLogStorage)
        assert _materialized(after) == {"old.txt"}
        _load(after, ["new.txt"])
        assert _materialized(after) == {"old.txt", "new.txt"}


def test_wiping_the_log_drops_its_runs_and_the_log_goes_on(instance) -> None:
    _load(instance, ["a.txt", "b.txt"])
    instance.event_log_storage.wipe()
    assert _materialized(instance) == set()
    _load(instance, ["c.txt"])
    assert _materialized(instance) == {"c.txt"}


def test_the_engines_kept_open_are_bounded(instance) -> None:
    storage = instance.event_log_storage
    for i in range(KEPT_ENGINES + 5):
        with storage.run_connection(f"shard-{i}") as conn:
            assert conn.execute(db.text("SELECT 1")).scalar() == 1
    assert len(storage._engines) == KEPT_ENGINES
    assert "shard-0" not in storage._engines and f"shard-{KEPT_ENGINES + 4}" in storage._engines
    storage.dispose()
    assert not storage._engines


def test_tables_of_the_index_are_known_once_seen(instance) -> None:
    storage = instance.event_log_storage
    assert storage.has_table("asset_event_tags") and not storage.has_table("no_such_table")
    assert "asset_event_tags" in storage._tables_seen and "no_such_table" not in storage._tables_seen
    storage.wipe()  # (asked again after a wipe, which keeps the index's tables)
    assert storage.has_table("asset_event_tags") and not storage.has_table("no_such_table")


def test_a_commit_does_not_wait_for_the_disk_and_the_log_stays_in_wal_mode(instance) -> None:
    # synchronous=NORMAL (1) is only safe in WAL mode: a commit is consistent without its fsync
    _load(instance, ["a.txt"])
    storage = instance.event_log_storage
    for shard in ("index", instance.get_run_records()[0].dagster_run.run_id):
        with storage.run_connection(shard) as conn:
            assert conn.execute(db.text("PRAGMA synchronous")).scalar() == 1
            assert conn.execute(db.text("PRAGMA journal_mode")).scalar() == "wal"
