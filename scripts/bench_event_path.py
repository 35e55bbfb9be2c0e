"""Event-path benchmark (not a test): one report dropped into raw/ → in the published snapshot.

    .venv/bin/python scripts/bench_event_path.py [--reports N] [--work DIR]

Builds a throw-away project (the three samples, or N corpus reports with --reports), loads it
with ``baocao run``, starts ``dagster dev`` on it (127.0.0.1, its sensors RUNNING), waits for the
first sensor ticks, then writes one new report into raw/ and prints a timeline, in seconds after
the file's last byte was written: when each run was created / started / finished (from the
instance), and when the published snapshot first held the report (polled every 0.5 s).
``dagster dev`` is stopped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def in_snapshot(publish_dir: Path, name: str) -> bool:
    from orchestration.publish import open_snapshot

    try:
        con = open_snapshot(publish_dir)
    except Exception:
        return False
    try:
        return bool(con.execute("SELECT count(*) FROM marts.dim_document WHERE source_file = ?", [name]).fetchone()[0])
    finally:
        con.close()


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
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="baocao-event-"))
    raw, home, publish = work / "raw", work / "dagster_home", work / "published"
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
    if args.reports:
        for f in sorted(corpus.glob("*.txt"))[: args.reports]:
            shutil.copy(f, raw / f.name)
    else:
        for f in sorted((ROOT / "raw").glob("*.txt")):
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
        print("dagster dev running, sensors ticking; writing the new report", flush=True)
        target = raw / spare.name
        target.write_bytes(spare.read_bytes())
        written = time.time()
        seen = None
        while time.time() - written < args.timeout:
            if in_snapshot(publish, spare.name):
                seen = time.time() - written
                break
            time.sleep(0.5)
        for offset, what in timeline(home, written):
            print(f"  {offset:6.1f} s  {what}")
        print(f"report in the published snapshot after {seen:.1f} s" if seen else "NOT published within the timeout")
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
