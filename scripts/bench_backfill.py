"""Backfill / incremental / query benchmark (not a test: nothing here is asserted).

    .venv/bin/python scripts/bench_backfill.py N [--work DIR] [--keep]

1. builds a corpus of N distinct real reports (``../shared/bench/make_corpus.py``) plus one held
   back, in a throw-away project (raw folder, warehouse, publish dir, Dagster home) under --work;
2. backfill: ``baocao run`` from an empty warehouse; wall time, reports/s, MB/s and the peak
   memory of the whole process tree (baocao, its extraction processes, dbt), sampled from /proc;
3. incremental: drops the held-back report into the folder, then changes it, then removes it,
   each followed by ``baocao run``: wall time of the run, whether the published snapshot shows
   the event, the step times (``--events-only --work DIR`` times these on a kept project);
4. the README's example queries on the published snapshot (best of 5, ms).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
from bench_env import throwaway_env  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BAOCAO = str(Path(sys.executable).parent / "baocao")

QUERIES = {
    "retail sales H1 (mart_indicators)": """
        SELECT metric, value, unit, evidence, source_file FROM marts.mart_indicators
        WHERE province = 'bac_kan' AND locality IS NULL AND indicator_key = 'retail_sales'
          AND period_key = '2024-H1' ORDER BY metric""",
    "one report's figures (main.indicators)": """
        SELECT indicator_label, metric, value, unit, char_start, evidence
        FROM main.indicators WHERE source_file = $file ORDER BY char_start""",
    "budget execution (mart_budget_execution)": """
        SELECT province, period_key, budget_item, actual_vnd, plan_vnd, pct_of_plan
        FROM marts.mart_budget_execution ORDER BY province, period_key, budget_item""",
    "refused files (rejected_documents)": "SELECT source_file, code, reason, last_seen FROM main.rejected_documents",
    "history (documents not current)": "SELECT source_file, doc_id, loaded_at FROM main.documents WHERE NOT is_current",
    "duplicates (dim_document)": """
        SELECT source_file, is_duplicate_of, n_copies FROM marts.dim_document WHERE NOT is_canonical""",
}


def tree_rss_bytes(root_pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_measured(cmd: list[str], env: dict[str, str], log: Path) -> tuple[float, int, int]:
    """(wall seconds, peak tree RSS bytes, exit code) of a command; output goes to ``log``."""
    peak = 0
    with log.open("w") as out:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss_bytes(proc.pid))
                done.wait(0.5)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        wall = time.monotonic() - started
        done.set()
        sampler.join()
    return wall, peak, code


def published_files(publish_dir: Path) -> set[str]:
    con = duckdb.connect(str(publish_dir / "warehouse_snapshot.duckdb"), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT source_file FROM marts.dim_document").fetchall()}
    finally:
        con.close()


def time_queries(snapshot: Path, some_file: str) -> dict[str, float]:
    con = duckdb.connect(str(snapshot), read_only=True)
    timings = {}
    try:
        for label, sql in QUERIES.items():
            params = {"file": some_file} if "$file" in sql else None
            best = float("inf")
            for _ in range(5):
                t = time.perf_counter()
                con.execute(sql, params).fetchall()
                best = min(best, time.perf_counter() - t)
            timings[label] = best * 1000
    finally:
        con.close()
    return timings


def step_times(home: Path, since: float) -> list[str]:
    """``job: step 12.3 s, ...`` for every run created after ``since`` (from the Dagster instance)."""
    return run_timings(home, since)[0]


def run_timings(home: Path, since: float) -> tuple[list[str], float | None]:
    """``step_times`` and when the first of those runs started (epoch seconds; None: no run)."""
    import datetime as dt

    import dagster as dg

    lines, starts = [], []
    with dg.DagsterInstance.from_config(str(home)) as instance:
        after = dt.datetime.fromtimestamp(since, dt.UTC)
        for rec in reversed(instance.get_run_records(dg.RunsFilter(created_after=after))):
            stats = instance.get_run_step_stats(rec.dagster_run.run_id)
            steps = ", ".join(
                f"{s.step_key} {s.end_time - s.start_time:.1f} s" for s in stats if s.start_time and s.end_time
            )
            lines.append(f"  {rec.dagster_run.job_name}: {steps}")
            if rec.start_time is not None:
                starts.append(rec.start_time)
    return lines, min(starts, default=None)


def published_doc_id(publish_dir: Path, source_file: str) -> str | None:
    """The doc_id the published ``dim_document`` holds for a file (None: not in the snapshot)."""
    con = duckdb.connect(str(publish_dir / "warehouse_snapshot.duckdb"), read_only=True)
    try:
        row = con.execute("SELECT doc_id FROM marts.dim_document WHERE source_file = ?", [source_file]).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def timed_event(label: str, env: dict[str, str], home: Path, work: Path, publish: Path, name: str, seen: Any) -> None:
    """Run ``baocao run`` after one file event; print its wall time, whether the snapshot shows it, steps."""
    started = time.time()
    log = work / f"event-{label.split()[0]}.log"
    wall, peak, code = run_measured([BAOCAO, "run"], env, log)
    shown = seen(published_doc_id(publish, name))
    # The sensor path is timed from its run's start (the run process is started by the daemon):
    # the same span here, from the start of the command's first run to the manifest (written last).
    steps, run_start = run_timings(home, started)
    in_place = (publish / "manifest.json").stat().st_mtime
    from_run = f", {in_place - run_start:.1f} s from its first run's start" if run_start else ""
    print(
        f"{label}: exit {code}, {wall:.1f} s until `baocao run` returned{from_run}, the snapshot "
        f"{'shows' if shown else 'does NOT show'} it; peak memory {peak / 2**30:.2f} GB; "
        f"load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    print("\n".join(steps), flush=True)


def run_events(n: int, held_back: Path, raw: Path, publish: Path, env: dict[str, str], home: Path, work: Path) -> None:
    """One new report, the same report changed, then removed: each its own timed ``baocao run``."""
    target = raw / held_back.name
    os.link(held_back, target)
    timed_event(f"new report into {n}", env, home, work, publish, target.name, lambda doc: doc is not None)
    before = published_doc_id(publish, target.name)
    changed = held_back.read_bytes() + "\nBáo cáo được cập nhật bổ sung.\n".encode()
    target.unlink()  # a new file, not a write into the corpus file it was linked to
    target.write_bytes(changed)
    timed_event(f"changed report in {n}", env, home, work, publish, target.name, lambda doc: doc not in (None, before))
    target.unlink()
    timed_event(f"removed report from {n}", env, home, work, publish, target.name, lambda doc: doc is None)


def events_only(n: int, work: Path | None) -> None:
    """Time the three events on a kept project (``--keep``); its first run is not timed (migration)."""
    if work is None:
        raise SystemExit("--events-only needs --work DIR of a kept benchmark project")
    corpus, raw, home, publish = work / "corpus", work / "raw", work / "dagster_home", work / "published"
    held_back = sorted(corpus.glob("*.txt"))[-1]
    env = throwaway_env(work, raw, publish, home)
    (raw / held_back.name).unlink(missing_ok=True)
    started = time.time()
    wall, _peak, code = run_measured([BAOCAO, "run"], env, work / "prepare.log")
    print(f"prepare (untimed event: held-back report absent): exit {code}, {wall:.1f} s", flush=True)
    print("\n".join(step_times(home, started)), flush=True)
    run_events(n, held_back, raw, publish, env, home, work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument(
        "--work", type=Path, default=None, help="folder for the throw-away project (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--events-only",
        action="store_true",
        help="skip the backfill: time the three events on the project already in --work",
    )
    args = parser.parse_args()
    if args.events_only:
        events_only(args.n, args.work)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="baocao-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, raw, home = work / "corpus", work / "raw", work / "dagster_home"
    for d in (raw, home):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    shutil.rmtree(work / "warehouse", ignore_errors=True)
    shutil.rmtree(work / "published", ignore_errors=True)
    shutil.copy(ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != args.n + 1:
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(SHARED / "bench" / "make_corpus.py"), str(corpus), str(args.n + 1)], check=True
        )
    files = sorted(corpus.glob("*.txt"))
    held_back = files[-1]
    for f in files[:-1]:
        os.link(f, raw / f.name)
    size = sum(f.stat().st_size for f in files[:-1])
    publish = work / "published"
    env = throwaway_env(work, raw, publish, home)
    print(f"corpus: {args.n} reports, {size / 1e6:.1f} MB in {raw}; load average {os.getloadavg()[0]:.1f}", flush=True)

    started = time.time()
    wall, peak, code = run_measured([BAOCAO, "run"], env, work / "backfill.log")
    print(
        f"backfill: exit {code}, {wall:.0f} s, {args.n / wall:.2f} reports/s, {size / 1e6 / wall:.2f} MB/s, "
        f"peak memory {peak / 2**30:.2f} GB (process tree); load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    print("\n".join(step_times(home, started)), flush=True)

    run_events(args.n, held_back, raw, publish, env, home, work)
    manifest = json.loads((publish / "manifest.json").read_text())
    print(
        f"snapshot: {(publish / 'warehouse_snapshot.duckdb').stat().st_size / 1e6:.0f} MB, "
        f"{manifest['tables']['marts.mart_indicators']['rows']} mart_indicators rows"
    )
    for label, ms in time_queries(publish / "warehouse_snapshot.duckdb", files[0].name).items():
        print(f"query {label}: {ms:.1f} ms")
    print(f"logs: {work}/backfill.log, {work}/incremental.log; step timings: DAGSTER_HOME={home}")
    if not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
