"""Paths and settings shared by the Dagster layer and the CLI.

Plain Python on purpose (no Dagster import): ``baocao run`` resolves paths before it loads the
Dagster definitions, and every consumer (UI, CLI, tests) reads the same environment variables.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from pathlib import Path

from orchestration.extraction.sidecar import is_sidecar_name

PROJECT_ROOT: Path = Path(__file__).resolve().parents[1]

ENV_RAW_DIR = "BAOCAO_RAW_DIR"
ENV_WAREHOUSE = "BAOCAO_WAREHOUSE"
ENV_PUBLISH_DIR = "BAOCAO_PUBLISH_DIR"
ENV_MAX_REPORT_AGE_DAYS = "BAOCAO_MAX_REPORT_AGE_DAYS"
ENV_MAX_BYTES = "BAOCAO_MAX_BYTES"
ENV_SETTLE_SECONDS = "BAOCAO_SETTLE_SECONDS"
ENV_QUIET_SECONDS = "BAOCAO_QUIET_SECONDS"
ENV_DUCKDB_MEMORY_LIMIT = "BAOCAO_DUCKDB_MEMORY_LIMIT"
# "1" runs dbt as a subprocess (dagster-dbt's default) instead of in the Dagster process: the
# escape hatch if dbt in the run's process ever misbehaves, and the "before" of a benchmark.
ENV_DBT_SUBPROCESS = "BAOCAO_DBT_SUBPROCESS"
# Test/diagnostic hook: "point=seconds[,point=seconds]" makes the process write a marker file and
# sleep at a named point (inside the load transaction, before dbt), so crash tests can SIGKILL it
# exactly there. Unset in normal use. See ``pause_point``.
ENV_PAUSE_AT = "BAOCAO_PAUSE_AT"
ENV_PAUSE_MARKER_DIR = "BAOCAO_PAUSE_MARKER_DIR"

# Every step that opens the warehouse read-write claims a slot of this pool; the instance
# (.dagster_home/dagster.yaml) limits it to 1 so two runs never fight over DuckDB's file lock.
WAREHOUSE_POOL = "duckdb_warehouse"
RAW_REPORTS_PARTITIONS = "raw_reports"

DBT_PROJECT_DIR: Path = PROJECT_ROOT / "dbt"
# Freshness policies of the fact assets and marts: reports come quarterly or half-yearly, so a
# warehouse not reloaded for ~4 months warns and for ~6.5 months fails ("are reports arriving?").
FRESHNESS_WARN_WINDOW = dt.timedelta(days=120)
FRESHNESS_FAIL_WINDOW = dt.timedelta(days=200)
DEFAULT_MAX_REPORT_AGE_DAYS = 400  # a yearly report plus a month of drafting/publication delay
# Reports are 20–200 KB of text; anything over 10 MB is not a report (a dump, a log, a mistake)
# and would take a minute to extract. Override with BAOCAO_MAX_BYTES (0 = no limit).
DEFAULT_MAX_BYTES = 10_000_000
# raw_folder_sensor settle rule: a file is requested once it held still — either the kernel says
# neither it nor its sidecar changed for DEFAULT_QUIET_SECONDS (ctime/mtime, read around the
# hash), or its size and sha256 were identical on two consecutive evaluations — AND it was first
# seen at least BAOCAO_SETTLE_SECONDS ago (default 0: no extra wait).
DEFAULT_SETTLE_SECONDS = 0.0
# Two seconds without a write: a copy tool writes continuously; one that stalls for longer is
# still caught by the content check (it changes between evaluations) unless it stalls for more
# than a whole sensor interval, the same risk the two-evaluation rule always had.
DEFAULT_QUIET_SECONDS = 2.0
# Both sensors (raw folder, automation) evaluate this often — the daemon's own loop never runs
# them more often than every 5 s. The raw-folder evaluation stats every report and hashes only
# the ones whose stat changed (raw_units.UnitStateCache), so it stays cheap at 10,000 reports.
# See README "Event path".
SENSOR_INTERVAL_SECONDS = 5


def _path_from_env(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    path = Path(value).expanduser() if value else default
    # Relative paths are relative to the project root, not to wherever the command runs.
    return path if path.is_absolute() else (PROJECT_ROOT / path)


def raw_dir() -> Path:
    return _path_from_env(ENV_RAW_DIR, PROJECT_ROOT / "raw")


def warehouse_path() -> Path:
    return _path_from_env(ENV_WAREHOUSE, PROJECT_ROOT / "warehouse" / "warehouse.duckdb")


def publish_dir() -> Path:
    # Default beside the warehouse, so a temp warehouse (tests, --warehouse) publishes next to it.
    return _path_from_env(ENV_PUBLISH_DIR, warehouse_path().parent / "published")


def unit_states_file() -> Path:
    """The raw folder's stat signatures and hashes as last seen (``raw_units.unit_states_kept``)."""
    return dagster_home() / "raw_unit_states.json"


def dbt_target_dir(warehouse: Path) -> Path:
    """dbt's target folder for builds of ``warehouse``: one per warehouse, kept between builds.

    dbt re-parses the whole project when its profile changes, and the profile holds the
    warehouse path: a target folder per build (dagster-dbt's default) or one shared by several
    warehouses meant a full parse (~4 s) at every refresh, and a new folder per build in dbt/target.
    """
    return warehouse.parent / f"{warehouse.stem}.dbt-target"


def dagster_home() -> Path:
    return _path_from_env("DAGSTER_HOME", PROJECT_ROOT / ".dagster_home")


def max_report_age_days() -> int:
    return int(os.environ.get(ENV_MAX_REPORT_AGE_DAYS) or DEFAULT_MAX_REPORT_AGE_DAYS)


def max_report_bytes() -> int | None:
    """Size limit passed to ``extract_document(max_bytes=)``: env BAOCAO_MAX_BYTES, 0 = none."""
    value = os.environ.get(ENV_MAX_BYTES)
    limit = int(value) if value else DEFAULT_MAX_BYTES
    return limit if limit > 0 else None


def settle_seconds() -> float:
    value = os.environ.get(ENV_SETTLE_SECONDS)
    return float(value) if value else DEFAULT_SETTLE_SECONDS


# DuckDB's own default is 80 % of RAM, per process: dbt's window functions over a 10,000-report
# warehouse took 2.5 GB. With a limit, DuckDB spills sorts and hash tables to disk instead, so a
# build's memory stays flat in the number of reports (README "Scale"). Read by the warehouse
# connections, the publisher and dbt's profile (dbt/profiles.yml).
DEFAULT_DUCKDB_MEMORY_LIMIT = "1GB"


def duckdb_memory_limit() -> str:
    return os.environ.get(ENV_DUCKDB_MEMORY_LIMIT) or DEFAULT_DUCKDB_MEMORY_LIMIT


def dbt_in_process() -> bool:
    """Whether dbt runs in the Dagster process (``orchestration.dbt_in_process``)."""
    return os.environ.get(ENV_DBT_SUBPROCESS, "") not in ("1", "true", "yes")


def quiet_seconds() -> float:
    """How long a file must go without a write to count as complete on first sight."""
    value = os.environ.get(ENV_QUIET_SECONDS)
    return float(value) if value else DEFAULT_QUIET_SECONDS


def pause_point(name: str) -> None:
    """Sleep at a named point when BAOCAO_PAUSE_AT asks for it (crash tests); no-op otherwise.

    Before sleeping, touches ``<BAOCAO_PAUSE_MARKER_DIR>/<name>`` so a watcher knows the
    process is exactly there.
    """
    spec = os.environ.get(ENV_PAUSE_AT)
    if not spec:
        return
    for item in spec.split(","):
        point, _, seconds = item.partition("=")
        if point.strip() == name:
            marker_dir = os.environ.get(ENV_PAUSE_MARKER_DIR)
            if marker_dir:
                Path(marker_dir).mkdir(parents=True, exist_ok=True)
                (Path(marker_dir) / name).write_text(str(os.getpid()))
            time.sleep(float(seconds or 3600))


# Names that are never reports: hidden files (rsync's ".name.XXXXXX" temp copies, ".~lock.*#"),
# editor/partial-download leftovers, Office owner files ("~$name"). A copy in progress under one
# of these names is never looked at; see also the sensor's settle rule.
_IGNORED_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".swp", "~", "#")
_IGNORED_PREFIXES = (".", "~$", "~lock.")
# Characters Dagster does not accept in partition keys.
_INVALID_KEY_CHARS = ("...", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0", ",", "[", "]")
_INVALID_KEY = re.compile("|".join(map(re.escape, _INVALID_KEY_CHARS)))  # one scan per name (10,000 names)


def is_report_name(name: str) -> bool:
    """Whether a file name in the raw folder is a report (and usable as a partition key)."""
    if not name or name.startswith(_IGNORED_PREFIXES) or name.endswith(_IGNORED_SUFFIXES):
        return False
    if is_sidecar_name(name):  # NAME.meta.json/.yaml: what the user knows about NAME.txt, not a report
        return False
    return _INVALID_KEY.search(name) is None


def file_names(folder: Path) -> set[str]:
    """Names of the files directly inside ``folder`` (missing folder → empty), from one listing
    and its file types: no stat per file (10,000 reports and their sidecars)."""
    try:
        with os.scandir(folder) as entries:
            return {e.name for e in entries if e.is_file()}
    except (FileNotFoundError, NotADirectoryError):
        return set()


def list_reports(folder: Path) -> list[Path]:
    """Report files directly inside ``folder``, sorted by name (missing folder → empty)."""
    return [folder / name for name in sorted(file_names(folder)) if is_report_name(name)]  # str sort: cheaper
