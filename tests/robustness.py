"""Helpers shared by the tests/test_robustness_*.py files (issue #5: ingestion you can trust).

Real files (tests/fixtures/bad_files.py at test time), a real DuckDB warehouse in tmp_path, real
Dagster runs (in-process, or `baocao run` in a subprocess with the project env vars).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.extraction import FACT_TABLES
from orchestration.settings import RAW_REPORTS_PARTITIONS

ROOT = Path(__file__).resolve().parents[1]
BAOCAO = str(Path(sys.executable).parent / "baocao")
SMALL_SAMPLE = "000_d0e9d3c2918ed213.txt"  # the smallest sample report (28 KB)

# A heading and prose but not a single figure: not a report (refused as no_figures).
NO_FIGURES_TEXT = (
    "UBND TỈNH BẮC KẠN\nBÁO CÁO\nVề công tác vệ sinh môi trường tại các trường học\n\n"
    "Các trường đã tổ chức dọn dẹp vệ sinh, trồng cây xanh và tuyên truyền cho học sinh về bảo vệ môi trường.\n"
)


# The same with a date written in digits: a real text whose numbers no rule reads is not refused
# (the extraction's misses must not lose a report); it loads with no facts.
NUMBERS_UNREAD_TEXT = NO_FIGURES_TEXT.replace("Các trường đã", "Sáng 5/3, các trường đã")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def query(warehouse: Path, sql: str, params: Iterable[object] = ()) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def ingest(defs: dg.Definitions, instance: dg.DagsterInstance, *names: str) -> list[dg.ExecuteInProcessResult]:
    """One ingest_report_job run per file (the sensor's runs, in-process)."""
    new = [n for n in names if not instance.has_dynamic_partition(RAW_REPORTS_PARTITIONS, n)]
    if new:
        instance.add_dynamic_partitions(RAW_REPORTS_PARTITIONS, new)
    job = defs.resolve_job_def("ingest_report_job")
    return [job.execute_in_process(partition_key=n, instance=instance, raise_on_error=False) for n in names]


def fact_signature(warehouse: Path, table: str, source_file: str) -> list[tuple]:
    """What a file's facts say, independent of its bytes: no ids, offsets or evidence."""
    cols = {
        "indicators": "indicator_key, indicator_label, metric",
        "budgets": "budget_item, measure",
        "projects": "project_name, event, measure",
        "disasters": "hazards::VARCHAR, impact",
    }[table]
    rows = query(
        warehouse,
        f"SELECT province, locality, period_start, period_end, value, unit, {cols} FROM {table} "
        "WHERE source_file = ? ORDER BY ALL",
        [source_file],
    )
    # labels are spans of the text: compare them NFC, whitespace-folded (CRLF, wrapped lines)
    return [
        tuple(" ".join(unicodedata.normalize("NFC", v).split()) if isinstance(v, str) else v for v in r) for r in rows
    ]


def half_state(warehouse: Path) -> list[tuple]:
    """Current documents whose facts are not all of that very version (must be empty).

    A file's fact rows must all carry its current doc_id, and its text must be stored.
    """
    problems = []
    for table in FACT_TABLES:
        problems += query(
            warehouse,
            f"""SELECT '{table}', f.source_file, f.doc_id FROM {table} f
                JOIN documents d ON d.source_file = f.source_file AND d.is_current
                WHERE f.doc_id <> d.doc_id""",
        )
    problems += query(
        warehouse,
        "SELECT 'text', source_file, doc_id FROM documents d WHERE is_current "
        "AND NOT EXISTS (SELECT 1 FROM document_texts t WHERE t.doc_id = d.doc_id)",
    )
    problems += query(
        warehouse,
        "SELECT 'versions', source_file, count(*)::VARCHAR FROM documents WHERE is_current "
        "GROUP BY source_file HAVING count(*) > 1",
    )
    return problems


def project_env_vars(env) -> dict[str, str]:
    return {**os.environ, **env.env(), "DO_NOT_TRACK": "1", "DAGSTER_DISABLE_TELEMETRY": "1"}


def baocao_run(env, extra_env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [BAOCAO, "run"],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=env.root,
        env={**project_env_vars(env), **(extra_env or {})},
    )


def start_baocao_run(env, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
    """`baocao run` in its own process group (so dbt, its child, is killed with it)."""
    return subprocess.Popen(
        [BAOCAO, "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=env.root,
        env={**project_env_vars(env), **(extra_env or {})},
        start_new_session=True,
    )


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"process ended (rc {proc.returncode}) before {path.name}:\n{out}\n{err}")
        if time.monotonic() > deadline:
            kill_group(proc)
            raise AssertionError(f"timed out waiting for {path}")
        time.sleep(0.1)


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the process and its children (dbt); no cleanup code of theirs runs."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    # The parent is reaped first; a child (dbt) killed by the same signal may still be exiting and
    # holding the warehouse's file lock, which the kernel drops only when it is gone.
    deadline = time.monotonic() + 60
    while _live_members(proc.pid):
        if time.monotonic() > deadline:
            raise AssertionError(f"processes of group {proc.pid} outlived SIGKILL: {_live_members(proc.pid)}")
        time.sleep(0.05)


def wait_until_unlocked(warehouse: Path, timeout: float = 60) -> None:
    """Wait until the warehouse file can be opened: a process killed while dbt wrote to it drops its
    lock only when the kernel has finished tearing it down, which a loaded machine may delay past
    the moment its group looks gone. Fails, naming the holder, if the lock outlives ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            duckdb.connect(str(warehouse)).close()
            return
        except duckdb.IOException as err:
            if "lock" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _live_members(pgid: int) -> list[int]:
    """Processes of the group that have not finished exiting (zombies hold no locks)."""
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # "pid (comm) state ppid pgrp ..."; comm may contain spaces, so split after its ')'
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                live.append(int(stat.parent.name))
    return live
