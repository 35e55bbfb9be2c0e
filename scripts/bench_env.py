"""The environment of a throw-away baocao project, shared by the benchmark scripts."""

from __future__ import annotations

import os
from pathlib import Path


def throwaway_env(work: Path, raw: Path, publish: Path, home: Path) -> dict[str, str]:
    """Environment that points baocao, dbt and Dagster at a project under ``work`` (telemetry off).

    This process reads the same Dagster instance (run timings, sensor ticks): its ``dagster.yaml``
    takes the home of its event log from ``DAGSTER_HOME``, so that is set here too."""
    os.environ["DAGSTER_HOME"] = str(home)
    return {
        **os.environ,
        "BAOCAO_RAW_DIR": str(raw),
        "BAOCAO_WAREHOUSE": str(work / "warehouse" / "warehouse.duckdb"),
        "BAOCAO_PUBLISH_DIR": str(publish),
        "DAGSTER_HOME": str(home),
        "DO_NOT_TRACK": "1",
        "DAGSTER_DISABLE_TELEMETRY": "1",
    }
