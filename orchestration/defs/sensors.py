"""Sensors: the raw-folder sensor (partitions + runs per file) and the automation sensor.

Cursor: JSON ``{"files": {file name: content sha256}, "seq": n}`` — content hashes, never
wall-clock times (a clock-based cursor skips files copied in with an old mtime).
Run key: ``f"{file}:{sha256}:{seq}"``. ``seq`` counts this sensor's requests: Dagster never
launches a run key twice, so a bare ``file:sha256`` would silently drop the run when a file is
edited back to an earlier content (A → B → A).

A file the sensor has not seen yet but whose exact content is already loaded in this instance
(``documents`` data version = its sha256, e.g. after ``baocao run``) is recorded without a run.

Removed files: the sensor deletes the partition and requests one ``refresh_warehouse_job`` run,
whose ``retired_reports`` asset marks those documents not current (facts kept as history) before
dbt rebuilds the marts without them. The sensor itself never writes to DuckDB (pool + lock).
"""

import json
from collections.abc import Mapping

import dagster as dg

from orchestration.defs.config import RAW_REPORTS_PARTITIONS
from orchestration.defs.jobs import ingest_report_job, refresh_warehouse_job
from orchestration.defs.resources import RawFolder


def parse_cursor(cursor: str | None) -> tuple[dict[str, str], int]:
    if not cursor:
        return {}, 0
    state = json.loads(cursor)
    return dict(state.get("files", {})), int(state.get("seq", 0))


def dump_cursor(files: Mapping[str, str], seq: int) -> str:
    return json.dumps({"files": dict(sorted(files.items())), "seq": seq}, sort_keys=True)


@dg.sensor(
    name="raw_folder_sensor",
    jobs=[ingest_report_job, refresh_warehouse_job],
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches the raw folder: adds a partition per new report, runs new and changed "
    "contents, deletes partitions of removed files and retires their documents.",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, raw_folder: RawFolder) -> dg.SensorResult:
    seen, seq = parse_cursor(context.cursor)
    current = raw_folder.sha256_by_name()
    registered = set(context.instance.get_dynamic_partitions(RAW_REPORTS_PARTITIONS))

    run_requests: list[dg.RunRequest] = []
    for name, sha in sorted(current.items()):
        if seen.get(name) == sha and name in registered:
            continue  # unchanged (and its partition still exists)
        if name not in seen and name in registered and loaded_version(context.instance, name) == sha:
            continue  # already loaded by another client (e.g. `baocao run`) before this sensor saw it
        seq += 1
        run_requests.append(
            dg.RunRequest(
                job_name=ingest_report_job.name,
                partition_key=name,
                run_key=f"{name}:{sha}:{seq}",
                tags={"baocao/content_sha256": sha, "baocao/change": "changed" if name in seen else "new"},
            )
        )

    to_add = sorted(set(current) - registered)
    # Files that left the folder, whether the sensor saw them or another client (CLI) registered them.
    removed = sorted((set(seen) | registered) - set(current))
    partition_requests: list[dg.AddDynamicPartitionsRequest | dg.DeleteDynamicPartitionsRequest] = []
    if to_add:
        partition_requests.append(dg.AddDynamicPartitionsRequest(RAW_REPORTS_PARTITIONS, to_add))
    stale_partitions = sorted(registered - set(current))
    if stale_partitions:
        partition_requests.append(dg.DeleteDynamicPartitionsRequest(RAW_REPORTS_PARTITIONS, stale_partitions))
    if removed:
        seq += 1
        run_requests.append(
            dg.RunRequest(
                job_name=refresh_warehouse_job.name,
                run_key=f"removed:{','.join(removed)}:{seq}",
                tags={"baocao/removed_files": ",".join(removed)[:200]},
            )
        )

    context.log.info(f"{len(current)} files; {len(run_requests)} runs; added {to_add}; removed {removed}")
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=partition_requests,
        cursor=dump_cursor(current, seq),
        skip_reason=None if run_requests or partition_requests else "raw folder unchanged",
    )


def loaded_version(instance: dg.DagsterInstance, name: str) -> str | None:
    """Content sha256 of the file's last successful load (data version of ``documents``)."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey("documents"), asset_partitions=[name]), limit=1
    ).records
    if not records or records[0].asset_materialization is None:
        return None
    return records[0].asset_materialization.tags.get("dagster/data_version")


def automation_sensor(target: dg.AssetSelection) -> dg.AutomationConditionSensorDefinition:
    """Evaluates the automation conditions (marts after facts change, checks after updates)."""
    return dg.AutomationConditionSensorDefinition(
        "warehouse_automation",
        target=target,
        default_status=dg.DefaultSensorStatus.RUNNING,
        minimum_interval_seconds=30,
        description="Rebuilds dbt marts after the warehouse tables change; re-runs checks.",
    )
