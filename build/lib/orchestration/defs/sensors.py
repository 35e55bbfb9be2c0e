"""Sensors: the raw-folder sensor (partitions + runs per file) and the automation sensor.

Cursor: JSON ``{"files": {file name: content sha256}, "pending": {name: {"sha256", "size",
"since"}}, "seq": n}`` — content hashes, never file mtimes (a clock-based cursor skips files
copied in with an old mtime).

Partial writes (settle rule): a new or changed content is requested (partition + run) once it
held still: either neither the report nor its sidecar was written for BAOCAO_QUIET_SECONDS
(default 2 s; ctime/mtime read before and after hashing, so a file written to while it is read is
never quiet), or an earlier evaluation recorded it as pending with the same size and sha256 — and
in both cases it was first seen at least BAOCAO_SETTLE_SECONDS (default 0) ago. A file still being
copied is written to continuously (never quiet) and changes between two evaluations 5 s apart
(SENSOR_INTERVAL_SECONDS), so it is never loaded half-written. Temp names (``*.part``,
``*.tmp``, dotfiles, ``~$*`` …) are never looked at (``settings.is_report_name``).
Sidecars (``NAME.meta.json``/``.yaml``, ``orchestration/raw_units.py``): never partitions; the
"sha256" of a report here is its *content key* (its sha256 when it has no sidecar, else a hash of
its bytes and its sidecar's), so a new, changed or removed sidecar re-runs the report under the
same settle rule and run keys; a sidecar without its report is ignored.
Run key: ``f"{file}:{sha256}:{seq}"``. ``seq`` counts this sensor's requests: Dagster never
launches a run key twice, so a bare ``file:sha256`` would silently drop the run when a file is
edited back to an earlier content (A → B → A).

A file the sensor has not seen yet but whose exact content is already loaded in this instance
(``documents`` data version = its sha256, e.g. after ``baocao run``) is recorded without a run.

Removed files: the sensor deletes the partition and requests one ``retire_and_refresh_job`` run,
whose ``retired_reports`` asset marks those documents not current (facts kept as history) before
dbt rebuilds the marts without them. The sensor itself never writes to DuckDB (pool + lock).
"""

import json
import time
from collections.abc import Mapping
from typing import Any

import dagster as dg

from orchestration.defs.jobs import ingest_and_refresh_job, ingest_report_job, retire_and_refresh_job
from orchestration.defs.partitions import partition_requests as sync_partitions
from orchestration.defs.resources import RawFolder
from orchestration.raw_units import UnitState, UnitStateCache
from orchestration.settings import (
    RAW_REPORTS_PARTITIONS,
    SENSOR_INTERVAL_SECONDS,
    quiet_seconds,
    settle_seconds,
)

# Unit states between evaluations: the sensor runs in the long-lived code server, so a tick
# re-hashes only the reports whose stat changed since the previous one (raw_units.py).
_UNITS = UnitStateCache()


def parse_cursor(cursor: str | None) -> tuple[dict[str, str], int]:
    if not cursor:
        return {}, 0
    state = json.loads(cursor)
    return dict(state.get("files", {})), int(state.get("seq", 0))


def parse_pending(cursor: str | None) -> dict[str, dict[str, Any]]:
    return dict(json.loads(cursor).get("pending", {})) if cursor else {}


def dump_cursor(files: Mapping[str, str], seq: int, pending: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    state: dict[str, Any] = {"files": dict(sorted(files.items())), "seq": seq}
    if pending:
        state["pending"] = {k: dict(v) for k, v in sorted(pending.items())}
    return json.dumps(state, sort_keys=True)


def settle(
    observed: Mapping[str, UnitState],
    seen: Mapping[str, str],
    pending: Mapping[str, Mapping[str, Any]],
    now: float,
    min_seconds: float,
    quiet_seconds: float,
) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Split the units observed now into settled (name → content key) and still pending.

    Settled: content already known to the cursor; or, first seen at least ``min_seconds`` ago,
    either quiet (no write to its files for ``quiet_seconds``) or the same (content key, size) as
    on the previous evaluation. Everything else is (re)recorded as pending, keeping its first-seen
    time while it stays the same.
    """
    settled: dict[str, str] = {}
    still: dict[str, dict[str, Any]] = {}
    for name, unit in observed.items():
        sha, size = unit.content_key, unit.size
        if seen.get(name) == sha:
            settled[name] = sha
            continue
        before = pending.get(name)
        same = before is not None and before.get("sha256") == sha and before.get("size") == size
        since = float(before["since"]) if same and before is not None else now
        quiet = now - unit.changed_at >= quiet_seconds
        if (same or quiet) and now - since >= min_seconds:
            settled[name] = sha
        else:
            still[name] = {"sha256": sha, "size": size, "since": since}
    return settled, still


@dg.sensor(
    name="raw_folder_sensor",
    jobs=[ingest_and_refresh_job, ingest_report_job, retire_and_refresh_job],
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches the raw folder: adds a partition per new report, runs new and changed "
    "contents, deletes partitions of removed files and retires their documents.",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, raw_folder: RawFolder) -> dg.SensorResult:
    seen, seq = parse_cursor(context.cursor)
    # A report and its sidecar are one unit: its key changes with either file (raw_units.py).
    observed = raw_folder.unit_states(_UNITS)
    # Only files that held still go on; see the module doc.
    current, pending = settle(
        observed, seen, parse_pending(context.cursor), time.time(), settle_seconds(), quiet_seconds()
    )
    registered = set(context.instance.get_dynamic_partitions(RAW_REPORTS_PARTITIONS))

    to_run = [
        (name, sha)
        for name, sha in sorted(current.items())
        if not (seen.get(name) == sha and name in registered)  # unchanged, partition still there
        # already loaded by another client (e.g. `baocao run`) before this sensor saw it
        and not (name not in seen and name in registered and loaded_version(context.instance, name) == sha)
    ]
    # Files that left the folder, whether the sensor saw them or another client (CLI) registered them.
    # (A file being rewritten is still there: pending, not removed.)
    removed = sorted((set(seen) | registered) - set(observed))
    # One report arriving on its own (the usual event) is loaded and published in one run; a
    # burst gets one ingest run per report and a single automated refresh once they are done.
    ingest_job = ingest_and_refresh_job if len(to_run) == 1 and not removed else ingest_report_job

    run_requests: list[dg.RunRequest] = []
    for name, sha in to_run:
        seq += 1
        run_requests.append(
            dg.RunRequest(
                job_name=ingest_job.name,
                partition_key=name,
                run_key=f"{name}:{sha}:{seq}",
                tags={"baocao/content_sha256": sha, "baocao/change": "changed" if name in seen else "new"},
            )
        )
    partition_requests = sync_partitions(registered, current, observed)
    to_add = [k for r in partition_requests if isinstance(r, dg.AddDynamicPartitionsRequest) for k in r.partition_keys]
    if removed:
        seq += 1
        run_requests.append(
            dg.RunRequest(
                job_name=retire_and_refresh_job.name,
                run_key=f"removed:{','.join(removed)}:{seq}",
                tags={"baocao/removed_files": ",".join(removed)[:200]},
            )
        )

    context.log.info(
        f"{len(observed)} files; {len(run_requests)} runs; added {to_add}; removed {removed}; "
        f"settling {sorted(pending)}"
    )
    # A pending file keeps the content last requested for it (if any) until its new one settles.
    files = {**{n: seen[n] for n in pending if n in seen}, **current}
    if run_requests or partition_requests:
        skip_reason = None
    elif pending:
        skip_reason = f"waiting for {len(pending)} file(s) to stop changing: {', '.join(sorted(pending))[:300]}"
    else:
        skip_reason = "raw folder unchanged"
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=partition_requests,
        cursor=dump_cursor(files, seq, pending),
        skip_reason=skip_reason,
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
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        description="Rebuilds dbt marts after the warehouse tables change; re-runs checks.",
    )
