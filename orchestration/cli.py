"""``baocao`` command line: ``run`` (the whole pipeline through Dagster) and ``extract``.

``extract`` imports only the extraction library (no Dagster, no DuckDB) so it starts fast;
``run`` imports Dagster lazily and executes the same ``Definitions`` the UI loads.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from orchestration import dashboard, settings
from orchestration.extraction.sidecar import is_sidecar_name
from orchestration.raw_units import (
    UnitState,
    orphan_sidecars,
    placement_reason,
    read_sidecar_or_warn,
    unit_states_kept,
)

if TYPE_CHECKING:  # Dagster is imported lazily: `baocao extract` must not pay for it
    from dagster import DagsterInstance

# --- baocao extract ----------------------------------------------------------------------------


def cmd_extract(files: Sequence[str]) -> int:
    from orchestration.extraction import RejectedDocument, extract_document, extraction_to_json_rows
    from orchestration.extraction.schema import FrameContractError

    failed = 0
    out = sys.stdout
    for name in files:
        path = Path(name)
        try:
            data = path.read_bytes()
            # the sidecar beside the file (NAME.meta.json) fills what the text leaves unknown, as in `baocao run`
            sidecar = read_sidecar_or_warn(path)
            if sidecar.error:
                print(f"baocao extract: {name}: sidecar ignored: {sidecar.error}", file=sys.stderr)
            extraction = extract_document(data, path.name, max_bytes=settings.max_report_bytes(),
                                          sidecar=sidecar.sidecar)
        except RejectedDocument as exc:
            print(f"baocao extract: {name}: rejected: {exc.reason} [{exc.code}]", file=sys.stderr)
            failed += 1
            continue
        except FrameContractError as exc:  # a bug of the extraction on this file: the others still print
            print(f"baocao extract: {name}: extraction broke the fact contract: {exc}", file=sys.stderr)
            failed += 1
            continue
        except OSError as exc:
            print(f"baocao extract: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        for message in extraction.rule_errors:  # a place the rules failed on, passed over: the rest prints
            print(f"baocao extract: {message}", file=sys.stderr)
        for row in extraction_to_json_rows(extraction):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


# --- baocao run --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckLine:
    name: str  # "asset/key:check_name"
    status: str  # PASS, WARN, FAIL, FAIL (blocking)
    description: str
    from_dbt: bool


@dataclass
class RunSummary:
    loaded: list[dict[str, Any]] = field(default_factory=list)  # documents loaded by this run
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (file, reason, code) of current contents
    unchanged: int = 0  # files whose exact content was already loaded: not extracted again
    outdated: int = 0  # current documents another extractor version read (`--reextract` reads them again)
    failed_runs: list[str] = field(default_factory=list)
    ignored_files: list[str] = field(default_factory=list)
    orphan_sidecars: list[str] = field(default_factory=list)  # NAME.meta.json without NAME.txt
    unplaced: list[tuple[str, str]] = field(default_factory=list)  # (file, what is missing and why)
    released_runs: list[str] = field(default_factory=list)  # runs of a dead `baocao run`, marked failed
    checks: list[CheckLine] = field(default_factory=list)

    @property
    def blocking_failures(self) -> list[str]:
        return [c.name for c in self.checks if c.status == "FAIL (blocking)"]


def _check_line(evaluation: Any, blocking: bool, from_dbt: bool) -> CheckLine:
    if evaluation.passed:
        status = "PASS"
    elif evaluation.severity.value == "WARN":
        status = "WARN"
    else:
        status = "FAIL (blocking)" if blocking else "FAIL"
    name = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
    return CheckLine(name, status, evaluation.description or "", from_dbt)


_DBT_STATUS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "error": "ERROR", "skipped": "SKIPPED"}


def dbt_test_lines(run_results: Path, since: float) -> list[CheckLine]:
    """The dbt tests of the build this run made (dbt's own run_results.json, if written since
    ``since``): dbt tests are observations in Dagster, not checks (orchestration/defs/assets/dbt.py)."""
    try:
        if run_results.stat().st_mtime < since:
            return []
        results = json.loads(run_results.read_text(encoding="utf-8"))["results"]
    except (OSError, ValueError, KeyError):
        return []
    return [
        CheckLine(
            name=r["unique_id"].split(".")[2],  # test.<project>.<name>.<hash>
            status=_DBT_STATUS.get(r["status"], r["status"].upper()),
            description=r.get("message") or "",
            from_dbt=True,
        )
        for r in results
        if r["unique_id"].startswith("test.")
    ]


def _interrupted(result: Any) -> bool:
    """Whether a run failed because this process was interrupted (SIGINT/SIGTERM)."""
    return any(
        event.step_failure_data.error is not None
        and "DagsterExecutionInterruptedError" in event.step_failure_data.error.cls_name
        for event in result.get_step_failure_events()
    )


def _failure(label: str, result: Any) -> str:
    """One line per failed step: which step and the first line of its error."""
    reasons = []
    for event in result.get_step_failure_events():
        error = event.step_failure_data.error
        message = (error.message if error else "failed").strip().splitlines()[0][:300]
        reasons.append(f"{event.step_key}: {message}")
    return f"{label} (run {result.run_id}): " + ("; ".join(reasons) or "failed")


# Runs log to the instance (visible in the UI); the console only gets errors (the summary below
# reports rejections and check results).
MAX_LISTED = 50  # loaded files listed one by one; beyond that, a count
QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
# Reports per ingest run: large enough that Dagster's per-run cost (≈2 s) is small against the
# extraction, small enough that progress shows and a failed run redoes little.
MAX_REPORTS_PER_RUN = 500
# A single-run backfill of N partitions logs ONE "materialization planned" event per asset
# instead of N (SQLite writes each event with its own commits: ~20-60 ms each on this machine).
# Must be set in the process that creates the run; `dagster dev` needs it in its environment.
PLANNED_EVENTS_ENV = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"


def cli_run_tags() -> dict[str, str]:
    """Tags of every run `baocao run` starts: who runs it, so a dead one can be recognised."""
    return {"baocao/trigger": "cli", "baocao/host": socket.gethostname(), "baocao/pid": str(os.getpid())}


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def release_dead_runs(instance: DagsterInstance) -> list[str]:
    """Mark failed the in-process runs whose `baocao run` process died, and free their pool slots.

    A run killed mid-step (SIGKILL, OOM, power loss) stays STARTED in the instance and keeps its
    slot of pool ``duckdb_warehouse`` claimed: every later run would wait for it forever. Only
    runs tagged by `baocao run` on this host whose process no longer exists are touched.
    """
    import dagster as dg

    host = socket.gethostname()
    statuses = [dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED]
    released = []
    mine = dg.RunsFilter(statuses=statuses, tags={"baocao/trigger": "cli", "baocao/host": host})
    runs = instance.get_runs(filters=mine)
    for run in runs:
        pid = run.tags.get("baocao/pid", "")
        if not pid.isdigit() or int(pid) == os.getpid() or _process_alive(int(pid)):
            continue
        instance.report_run_failed(run, message=f"baocao run (pid {pid}) died while this run was in progress")
        # Dagster 1.13 has no public instance method for this: the UI's "free slots" button
        # (GraphQL freeConcurrencySlotsForRun) and the daemon's run monitoring
        # (free_slots_after_run_end_seconds, daemon only) make this same storage call.
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        released.append(run.run_id)
    return released


class Progress:
    """Reports done / total, rate and ETA: one updating line on a terminal, plain lines in a log."""

    def __init__(self, total: int, stream: TextIO, label: str = "reports") -> None:
        self.total, self.stream, self.label = total, stream, label
        self.started = time.monotonic()
        self.tty = stream.isatty()

    def update(self, done: int) -> None:
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if rate > 0 else float("nan")
        line = (
            f"{self.label}: {done}/{self.total} ({rate:.1f}/s, elapsed {elapsed:.0f} s, ETA {eta:.0f} s)"
            if done < self.total
            else f"{self.label}: {done}/{self.total} in {elapsed:.0f} s"
        )
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done >= self.total else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def _refreshed(result: Any) -> bool:
    """Whether the refresh steps of a load-and-refresh run ran, passed or failed. They are skipped
    when the load failed, or gave ``documents`` no output (the report was rejected: a rejected
    partition is not marked materialized); then the refresh runs on its own."""
    failed = {event.step_key for event in result.all_node_events if event.is_step_failure}
    skipped = any(event.event_type_value == "STEP_SKIPPED" for event in result.all_node_events)
    return "load_report" not in failed and (bool(failed) or not skipped)


def changed_reports(units: dict[str, UnitState], warehouse_path: Path, reextract: bool = False) -> list[str]:
    """Names of the report files whose exact content is neither loaded nor rejected yet (``reextract``:
    by this extractor version)."""
    from orchestration import warehouse

    settled = _read_warehouse(warehouse_path, lambda con: warehouse.settled_versions(con, reextract=reextract)) or set()
    # the key of report + sidecar: a new, changed or removed sidecar makes its report changed
    return [name for name, unit in units.items() if (name, unit.content_key) not in settled]


def ingest_ranges(partitions: Sequence[str], changed: Sequence[str], limit: int) -> list[tuple[str, str, int]]:
    """(first, last, n_changed) partition ranges covering every changed partition, at most
    ``limit`` partitions each; partitions between two changed ones ride along (and are skipped
    by ``load_report`` as unchanged). Ranges follow the partitions' registration order, which is
    what a Dagster partition range means for dynamic partitions."""
    wanted = set(changed)
    ranges: list[tuple[str, str, int]] = []
    first = last = None
    count = span = 0
    for key in partitions:
        if first is not None:
            span += 1
        if key not in wanted:
            continue
        if first is not None and span + 1 > limit:
            ranges.append((first, last, count))
            first = None
        if first is None:
            first, count, span = key, 0, 0
        last = key
        count += 1
    if first is not None:
        ranges.append((first, last, count))
    return ranges


def run_pipeline(
    raw_dir: Path,
    warehouse_path: Path,
    instance: DagsterInstance | None = None,
    progress: TextIO | None = None,
    reextract: bool = False,
) -> tuple[RunSummary, dict[str, Any]]:
    """Sync partitions, load every new or changed report (batched runs), then refresh dbt +
    publish + checks, all in-process against the project's Dagster instance. ``reextract``: also
    the reports whose loaded version another extractor version read (see ``extraction/version.py``)."""
    import dagster as dg

    from orchestration.defs.dbt_project import manifest_is_stale, prepare_manifest
    from orchestration.defs.partitions import apply_partition_requests, partition_requests

    if manifest_is_stale():  # dbt models changed since setup: parse once, here, not on import
        prepare_manifest()
    from orchestration import warehouse
    from orchestration.batch import kept_pool
    from orchestration.definitions import build_defs

    os.environ.setdefault(PLANNED_EVENTS_ENV, "1")
    defs = build_defs(raw_dir, warehouse_path)
    instance = instance or dg.DagsterInstance.get()
    summary = RunSummary()
    summary.released_runs = release_dead_runs(instance)
    run_started = time.time()
    tags = cli_run_tags()
    started_at = warehouse.now()

    paths = settings.list_reports(raw_dir)
    reports = [p.name for p in paths]
    if raw_dir.is_dir():
        summary.orphan_sidecars = orphan_sidecars(raw_dir, reports)
        report_names = set(reports)
        summary.ignored_files = sorted(
            name
            for name in settings.file_names(raw_dir)
            if name not in report_names and not name.startswith(".") and not is_sidecar_name(name)
        )
    registered = instance.get_dynamic_partitions(settings.RAW_REPORTS_PARTITIONS)
    apply_partition_requests(instance, partition_requests(registered, reports, reports))

    # Stat signatures of the last run: a file whose size, inode and times did not move is not
    # hashed again (10,000 reports: ~350 MB of sha256 at every run otherwise).
    units = unit_states_kept(paths, settings.unit_states_file())
    changed = changed_reports(units, warehouse_path, reextract)
    ordered = instance.get_dynamic_partitions(settings.RAW_REPORTS_PARTITIONS)
    meter = Progress(len(changed), progress or sys.stderr) if changed else None
    done = 0
    run_config = {**QUIET, "ops": {"load_report": {"config": {"only_changed": True, "reextract": reextract}}}}
    ranges = ingest_ranges(ordered, changed, MAX_REPORTS_PER_RUN)
    # One new or changed report is loaded AND refreshed in one run, as the sensor does: one run
    # start and one plan instead of two. Several get a run per range, then the refresh: a range
    # run reports its partitions as runtime events, not as the output later steps wait for (a
    # rejected partition must not be marked materialized), so steps after it would be skipped.
    one_run = len(ranges) == 1 and ranges[0][0] == ranges[0][1]
    ingest = defs.resolve_job_def("ingest_and_refresh_warehouse_job" if one_run else "ingest_report_job")
    refresh = None
    # The range runs execute in this process one after another: they share one pool of extraction
    # processes (started once, not once per range), closed before the refresh needs the memory.
    with kept_pool():
        for first, last, count in ranges:
            range_tags = {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
            result = ingest.execute_in_process(
                instance=instance, raise_on_error=False, run_config=run_config, tags={**tags, **range_tags}
            )
            if not result.success:
                label = "ingest and refresh" if one_run else "ingest"
                summary.failed_runs.append(_failure(f"{label} {first}..{last}", result))
                if _interrupted(result):  # Ctrl-C / SIGTERM: Dagster turned it into a failed run; stop
                    raise KeyboardInterrupt
            done += count
            if meter:
                meter.update(done)
            if one_run and _refreshed(result):
                refresh = result

    if refresh is None:  # a backfill, nothing new, a rejected or failed load: the refresh on its own
        refresh = defs.resolve_job_def("refresh_warehouse_job").execute_in_process(
            instance=instance, raise_on_error=False, run_config=QUIET, tags=tags
        )
        if not refresh.success:
            summary.failed_runs.append(_failure("refresh_warehouse_job", refresh))
    asset_graph = defs.resolve_asset_graph()
    for evaluation in refresh.get_asset_check_evaluations():
        spec = asset_graph.get_check_spec(evaluation.asset_check_key)
        summary.checks.append(_check_line(evaluation, bool(spec.blocking), from_dbt=False))
    summary.checks += dbt_test_lines(settings.dbt_target_dir(warehouse_path) / "run_results.json", run_started)
    _summarize_documents(summary, warehouse_path, units, started_at)
    rejected_names = {name for name, _, _ in summary.rejected}
    summary.unchanged = len(set(reports) - set(changed) - rejected_names)
    summary.outdated = _read_warehouse(warehouse_path, warehouse.outdated_documents) or 0
    return summary, warehouse_counts(warehouse_path)


def _summarize_documents(summary: RunSummary, warehouse_path: Path, units: dict[str, UnitState], since: Any) -> None:
    """Loaded / rejected lines from the warehouse tables (not from run events)."""
    from orchestration import warehouse

    def read(con: Any) -> tuple:
        unplaced = warehouse.unplaced_documents(con) if warehouse.table_exists(con, "indicators") else None
        return warehouse.loaded_since(con, since), warehouse.rejections(con), unplaced

    state = _read_warehouse(warehouse_path, read)
    if state is None:
        return
    loaded, rejections, unplaced = state
    present = {name: unit.report_sha256 for name, unit in units.items()}
    rows = [r for r in loaded.iter_rows(named=True) if r["source_file"] in present]
    summary.loaded = [
        {"file": r["source_file"], "province": r["province"], "locality": r["locality"], "period": r["period"],
         "sidecar": r["sidecar_file"], "sidecar_ignored": bool(r["sidecar_error"])}
        for r in rows
    ]
    # every current document that is not fully placed, loaded by this run or before: a later
    # sidecar or a corrected file is what places it
    summary.unplaced = [
        (r["source_file"], reason)
        for r in (unplaced.iter_rows(named=True) if unplaced is not None else ())
        if r["source_file"] in present and (reason := placement_reason(r))
    ]
    summary.rejected = sorted(
        {
            (r["source_file"], r["reason"], r["code"])
            for r in rejections.iter_rows(named=True)
            if present.get(r["source_file"]) == r["content_sha256"]
        }
    )


def _read_warehouse(warehouse_path: Path, read: Any) -> Any:
    """``read(con)`` on a read-only connection; None when the warehouse does not exist or stays busy.

    A Dagster daemon may be writing (dagster dev on the same warehouse): wait a little first.
    """
    import duckdb

    if not warehouse_path.exists():
        return None
    for attempt in range(10):
        try:
            con = duckdb.connect(str(warehouse_path), read_only=True)
            break
        except (duckdb.IOException, duckdb.ConnectionException):
            if attempt == 9:
                return None
            time.sleep(1 + attempt)
    try:
        return read(con)
    finally:
        con.close()


def warehouse_counts(warehouse_path: Path) -> dict[str, Any]:
    from orchestration import warehouse

    if not warehouse_path.exists():
        return {"facts": {}, "marts": {}}
    counts = _read_warehouse(
        warehouse_path,
        lambda con: {
            "facts": warehouse.row_counts(con, warehouse.RAW_TABLES[1:]),
            "marts": warehouse.mart_row_counts(con),
        },
    )
    # report the counts as unavailable rather than crash after a successful run
    return counts if counts is not None else {"facts": {}, "marts": {}, "busy": True}


def print_summary(
    summary: RunSummary, counts: dict[str, Any], raw_dir: Path, warehouse_path: Path, all_checks: bool = False
) -> None:
    p = print
    p(f"raw folder: {raw_dir}")
    p(f"warehouse:  {warehouse_path}")
    for run_id in summary.released_runs:
        p(f"recovered: run {run_id} of a killed `baocao run` marked failed, its warehouse pool slot freed")
    p(
        f"\nDocuments: {len(summary.loaded)} loaded, {len(summary.rejected)} rejected"
        + (f", {summary.unchanged} unchanged (not extracted again)" if summary.unchanged else "")
    )
    if summary.outdated:
        p(f"  {summary.outdated} current document(s) were read by other extraction rules than this code's: "
          "`baocao run --reextract` reads them again")
    for doc in summary.loaded[:MAX_LISTED] if len(summary.loaded) > MAX_LISTED + 1 else summary.loaded:
        province = doc["province"] if doc["province"] not in (None, "None") else "?"
        where = province + (f"/{doc['locality']}" if doc["locality"] not in (None, "None") else "")
        sidecar = ""
        if doc.get("sidecar"):
            sidecar = f"  ({doc['sidecar']} ignored)" if doc.get("sidecar_ignored") else f"  (+ {doc['sidecar']})"
        p(f"  loaded    {doc['file']}  {where}  {doc['period']}{sidecar}")
    if len(summary.loaded) > MAX_LISTED + 1:
        p(f"  … and {len(summary.loaded) - MAX_LISTED} more (main.documents, loaded_at of this run)")
    for name, reason, code in summary.rejected:
        p(f"  rejected  {name}: {reason} [{code}]")
    for name, reason in summary.unplaced:
        p(f"  unplaced  {name}: {reason}")
    for name in summary.ignored_files:
        p(f"  ignored   {name} (not a report file name)")
    for name in summary.orphan_sidecars:
        p(f"  ignored   {name} (sidecar without its report)")
    p("\nFact tables (rows of current documents):")
    for table, n in counts["facts"].items():
        p(f"  {table:<22}{n:>8}")
    p("\nMarts (rows):")
    for table, n in counts["marts"].items():
        p(f"  {table:<22}{n:>8}")
    if not counts["marts"]:
        p("  (warehouse busy: another process is writing)" if counts.get("busy") else "  (none built)")
    p("\nChecks:")
    for c in sorted((c for c in summary.checks if not c.from_dbt), key=lambda c: c.name):
        p(f"  {c.status:<16}{c.name}" + (f" — {c.description}" if c.description and c.status != "PASS" else ""))
    dbt_checks = [c for c in summary.checks if c.from_dbt]
    statuses = [c.status.split()[0] for c in dbt_checks]
    failed = statuses.count("FAIL") + statuses.count("ERROR")
    if dbt_checks:
        p(f"  dbt tests: {statuses.count('PASS')} pass, {statuses.count('WARN')} warn, {failed} fail")
    else:
        p("  dbt tests: not run by this run")
    for c in sorted((c for c in dbt_checks if all_checks or c.status != "PASS"), key=lambda c: c.name):
        p(f"    {c.status:<16}{c.name}" + (f" — {c.description}" if c.description and c.status != "PASS" else ""))
    for failed in summary.failed_runs:
        p(f"\nFAILED: {failed}")
    if summary.blocking_failures:
        p(f"\nFAILED blocking checks: {', '.join(summary.blocking_failures)}")
    ok = not summary.failed_runs and not summary.blocking_failures
    p(f"\nresult: {'ok' if ok else 'FAILED'}")


def cmd_run(raw: str | None, warehouse: str | None, all_checks: bool = False, reextract: bool = False) -> int:
    # CLI flags win over env vars; then export them so dbt (a subprocess) and every component
    # that resolves paths from the environment see the same folder and warehouse.
    if raw:
        os.environ[settings.ENV_RAW_DIR] = str(Path(raw).resolve())
    if warehouse:
        os.environ[settings.ENV_WAREHOUSE] = str(Path(warehouse).resolve())
    raw_dir, warehouse_path = settings.raw_dir(), settings.warehouse_path()
    os.environ[settings.ENV_RAW_DIR], os.environ[settings.ENV_WAREHOUSE] = str(raw_dir), str(warehouse_path)
    home = settings.dagster_home()  # project-local instance, so the UI shows these runs too
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    if not raw_dir.is_dir():
        print(f"baocao run: raw folder {raw_dir} does not exist", file=sys.stderr)
        return 2
    log_path = home / "baocao-run.log"
    # dagster-dbt echoes every dbt event to stdout: keep the console for the summary only.
    with log_path.open("w", encoding="utf-8") as log, contextlib.redirect_stdout(log):
        summary, counts = run_pipeline(raw_dir, warehouse_path, reextract=reextract)
    print_summary(summary, counts, raw_dir, warehouse_path, all_checks)
    print(f"dbt log: {log_path}; run history: dagster dev (DAGSTER_HOME={home})")
    return 1 if summary.failed_runs or summary.blocking_failures else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baocao", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="load every report of the raw folder and build the warehouse")
    run.add_argument("--raw", help=f"raw folder (default: ${settings.ENV_RAW_DIR} or raw/)")
    run.add_argument(
        "--warehouse", help=f"DuckDB file (default: ${settings.ENV_WAREHOUSE} or warehouse/warehouse.duckdb)"
    )
    run.add_argument("--all-checks", action="store_true", help="list every dbt test, not only the failing ones")
    run.add_argument(
        "--reextract",
        action="store_true",
        help="also extract again the reports that other extraction rules read (after an upgrade of the rules)",
    )
    extract = sub.add_parser("extract", help="print the facts of report files as JSON lines")
    extract.add_argument("files", nargs="+", metavar="FILE")
    dashboard.add_subcommand(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return cmd_extract(args.files)
    if args.command == "dashboard":
        return dashboard.cmd_dashboard(args)
    return cmd_run(args.raw, args.warehouse, args.all_checks, args.reextract)


if __name__ == "__main__":
    raise SystemExit(main())
