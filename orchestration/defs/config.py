"""Paths and settings shared by the Dagster layer and the CLI.

Plain Python on purpose (no Dagster import): ``baocao run`` resolves paths before it loads the
Dagster definitions, and every consumer (UI, CLI, tests) reads the same environment variables.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parents[2]

ENV_RAW_DIR = "BAOCAO_RAW_DIR"
ENV_WAREHOUSE = "BAOCAO_WAREHOUSE"
ENV_PUBLISH_DIR = "BAOCAO_PUBLISH_DIR"
ENV_MAX_REPORT_AGE_DAYS = "BAOCAO_MAX_REPORT_AGE_DAYS"
ENV_MAX_BYTES = "BAOCAO_MAX_BYTES"

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


def dagster_home() -> Path:
    return _path_from_env("DAGSTER_HOME", PROJECT_ROOT / ".dagster_home")


def max_report_age_days() -> int:
    return int(os.environ.get(ENV_MAX_REPORT_AGE_DAYS) or DEFAULT_MAX_REPORT_AGE_DAYS)


def max_report_bytes() -> int | None:
    value = os.environ.get(ENV_MAX_BYTES)
    return int(value) if value else None


# Names that are never reports: hidden files, editor/partial-download leftovers.
_IGNORED_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".swp", "~")
# Characters Dagster does not accept in partition keys.
_INVALID_KEY_CHARS = ("...", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0", ",", "[", "]")


def is_report_name(name: str) -> bool:
    """Whether a file name in the raw folder is a report (and usable as a partition key)."""
    if not name or name.startswith(".") or name.endswith(_IGNORED_SUFFIXES):
        return False
    return not any(c in name for c in _INVALID_KEY_CHARS)


def list_reports(folder: Path) -> list[Path]:
    """Report files directly inside ``folder``, sorted by name (missing folder → empty)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and is_report_name(p.name))
