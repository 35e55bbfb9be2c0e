"""Event-path benchmark (not a test): one report dropped into raw/ → in the published snapshot.

    .venv/bin/python scripts/bench_event_path.py [--reports N] [--work DIR]

Builds a throw-away project (the three samples, or N corpus reports with --reports), loads it
with ``baocao run``, starts ``dagster dev`` on it (127.0.0.1, its sensors RUNNING) and waits
until its start-up runs are done (the steady state of a running deployment). Then three events,
each after the instance is quiet again: a **new** report written into raw/, the same report
**changed** (rewritten with a line more), and the report **removed**. For each it prints a
timeline in seconds after the file operation: when each run was created / started / finished
(from the instance), when the published snapshot first reflected the event (polled every
0.5 s), and when the dashboard site was first built from such a snapshot.
``dagster dev`` is stopped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_env import throwaway_env  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _doc_count(con, name: str) -> int:
    return con.execute("SELECT count(*) FROM marts.dim_document WHERE source_file = ?", [name]).fetchone()[0]


def _doc_sha(con, name: str) -> str | None:
    row = con.execute("SELECT doc_id FROM marts.dim_document WHERE source_file = ?", [name]).fetchone()
    return row[0] if row else None


def snapshot_reflecting(publish_dir: Path, reflected) -> bool:
    """Does the published snapshot reflect the event (``reflected(con)``)?"""
    from orchestration.publish import open_snapshot

    try:
        con = open_snapshot(publish_dir)
    except Exception:
        return False
    try:
        return bool(reflected(con))
    finally:
        con.close()


def site_built_after(publish_dir: Path, moment: float) -> bool:
    """The dashboard site shows a snapshot published after ``moment`` (the file operation): on a
    quiet instance that is the snapshot of the event's own refresh."""
    from orchestration.dashboard import BUILD_INFO, SITE_NAME

    try:
        shown = json.loads((publish_dir / SITE_NAME / BUILD_INFO).read_text())
        published = dt.datetime.fromisoformat(shown["published_at"]).timestamp()
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return published >= int(moment)  # published_at has whole seconds


BUSY = [
    "QUEUED",
    "NOT_STARTED",
    "STARTING",
    "STARTED",
    "CANCELING",
]


def wait_until_quiet(home: Path, settle: float = 6.0, limit: float = 600) -> float:
    """Wait until no run has been queued or in progress for ``settle`` seconds (and the
    raw-folder sensor has ticked twice); returns the seconds waited."""
    import dagster as dg

    start = time.time()
    quiet_since = None
    while time.time() - start < limit:
        with dg.DagsterInstance.from_config(str(home)) as instance:
            statuses = [dg.DagsterRunStatus[name] for name in BUSY]
            busy = instance.get_runs_count(dg.RunsFilter(statuses=statuses))
        if busy or sensor_ticks(home, "raw_folder_sensor") < 2:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.time()
        elif time.time() - quiet_since >= settle:
            break
        time.sleep(1)
    return time.time() - start


def timeline(home: Path, since: float) -> list[tuple[float, str]]:
    import dagster as dg

    events = []
    with dg.DagsterInstance.from_config(str(home)) as instance:
        after = dt.datetime.fromtimestamp(since, dt.UTC)
        for rec in instance.get_run_records(dg.RunsFilter(created_after=after)):
            created = rec.create_timestamp.timestamp()
            run = rec.dagster_run
            what = run.tags.get("dagster/partition") or f"{len(run.asset_selection or [])} assets"
            label = f"{run.job_name} ({what})"
            events.append((created - since, f"run created: {label}"))
            if rec.start_time:
                events.append((rec.start_time - since, f"run started: {label}"))
            if rec.end_time:
                events.append((rec.end_time - since, f"run {run.status.value.lower()}: {label}"))
    return sorted(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=0, help="preload N corpus reports instead of the samples")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="--work is a project loaded before (e.g. by bench_backfill.py --keep): keep its raw folder, "
        "warehouse and instance instead of preloading again (10,000 reports take ~11 min to load)",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="baocao-event-"))
    raw, home, publish = work / "raw", work / "dagster_home", work / "published"
    reuse = args.reuse and (work / "warehouse").is_dir() and raw.is_dir()
    if not reuse:
        for d in (raw, home, publish, work / "warehouse"):
            shutil.rmtree(d, ignore_errors=True)
        raw.mkdir(parents=True)
        home.mkdir()
        shutil.copy(ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    corpus = work / "corpus"
    if not corpus.is_dir():
        subprocess.run(
            [sys.executable, str(SHARED / "bench" / "make_corpus.py"), str(corpus), str(args.reports + 1)], check=True
        )
    spare = sorted(corpus.glob("*.txt"))[-1]
    (raw / spare.name).unlink(missing_ok=True)  # the event's report starts absent
    if not reuse:
        preload = sorted(corpus.glob("*.txt"))[: args.reports] if args.reports else sorted((ROOT / "raw").glob("*.txt"))
        for f in preload:
            shutil.copy(f, raw / f.name)
    env = throwaway_env(work, raw, publish, home)
    os.environ.update(env)
    t = time.monotonic()
    subprocess.run([str(BIN / "baocao"), "run"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    print(f"preloaded {len(list(raw.iterdir()))} reports with baocao run in {time.monotonic() - t:.0f} s", flush=True)

    log = (work / "dagster-dev.log").open("w")
    dev = subprocess.Popen(
        [str(BIN / "dagster"), "dev", "-w", str(ROOT / "workspace.yaml"), "-h", "127.0.0.1", "-p", str(free_port())],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        # the raw-folder sensor records the preloaded files on its first ticks: wait for two
        deadline = time.time() + 300
        while time.time() < deadline and sensor_ticks(home, "raw_folder_sensor") < 2:
            time.sleep(2)
        quiet_after = wait_until_quiet(home)
        print(f"dagster dev running; its start-up runs done after {quiet_after:.0f} s", flush=True)
        target = raw / spare.name
        body = spare.read_bytes()
        events = [
            ("new report", lambda: target.write_bytes(body), lambda con: _doc_count(con, spare.name) == 1),
            (
                "changed report",
                lambda: target.write_bytes(body + "\nBáo cáo bổ sung.\n".encode()),
                lambda con: _doc_sha(con, spare.name) == _sha(target),
            ),
            ("removed report", target.unlink, lambda con: _doc_count(con, spare.name) == 0),
        ]
        for label, act, reflected in events:
            wait_until_quiet(home)
            act()
            done = time.time()
            in_snap = in_site = None
            while time.time() - done < args.timeout and in_site is None:
                if in_snap is None and snapshot_reflecting(publish, reflected):
                    in_snap = time.time() - done
                if in_snap is not None and site_built_after(publish, done):
                    in_site = time.time() - done
                time.sleep(0.5)
            print(f"{label}:")
            for offset, what in timeline(home, done):
                print(f"  {offset:6.1f} s  {what}")
            print(f"  {label} in the published snapshot after {in_snap:.1f} s" if in_snap else "  NOT published")
            print(f"  {label} in the dashboard after {in_site:.1f} s" if in_site else "  NOT in the dashboard")
    finally:
        os.killpg(dev.pid, signal.SIGTERM)
        try:
            dev.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(dev.pid, signal.SIGKILL)
        log.close()
    print(f"work folder: {work} (dagster-dev.log)")


def sensor_ticks(home: Path, name: str) -> int:
    """How many ticks the sensor has had (0 before the daemon first evaluates it)."""
    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)) as instance:
        for state in instance.all_instigator_state():
            if state.name == name:
                return len(instance.get_ticks(state.instigator_origin_id, state.selector_id, limit=3))
    return 0


if __name__ == "__main__":
    main()
