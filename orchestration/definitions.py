"""The Dagster code location (``workspace.yaml`` / ``[tool.dagster]``): ``defs``.

``build_defs`` is also what ``baocao run`` and the tests call, so the CLI, the tests and the UI
execute exactly the same definitions; paths come from BAOCAO_RAW_DIR / BAOCAO_WAREHOUSE.
"""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg

from orchestration import settings
from orchestration.defs.assets.dashboard import dashboard
from orchestration.defs.assets.dbt import dbt_warehouse
from orchestration.defs.assets.facts import FACT_TABLE_SPECS, load_report, raw_report, retired_reports
from orchestration.defs.assets.publish import published_snapshot
from orchestration.defs.checks import (
    build_mart_freshness_checks,
    document_checks,
    fact_quality_checks,
    placement_checks,
)
from orchestration.defs.dbt_project import dbt_project
from orchestration.defs.jobs import (
    ingest_and_refresh_job,
    ingest_and_refresh_warehouse_job,
    ingest_report_job,
    refresh_warehouse_job,
    retire_and_refresh_job,
)
from orchestration.defs.resources import build_resources
from orchestration.defs.sensors import automation_sensor, raw_folder_sensor

# Written by load_report when a file is rejected (reported materializations), read by dbt.
rejected_documents = dg.AssetSpec(
    "rejected_documents",
    description="Raw files the extraction refused, one row per (file, content); written by load_report.",
    group_name="warehouse",
    kinds={"duckdb"},
    metadata={"dagster/table_name": "main.rejected_documents"},
)


def build_defs(raw_dir: Path | None = None, warehouse: Path | None = None) -> dg.Definitions:
    """All assets, checks, jobs, sensors and resources for one raw folder and warehouse."""
    raw_dir = raw_dir or settings.raw_dir()
    warehouse = warehouse or settings.warehouse_path()
    manifest = json.loads(Path(dbt_project.manifest_path).read_text(encoding="utf-8"))
    assets = [
        raw_report,
        load_report,
        *FACT_TABLE_SPECS,
        retired_reports,
        rejected_documents,
        dbt_warehouse,
        published_snapshot,
        dashboard,
    ]
    python_checks = [fact_quality_checks, document_checks, placement_checks, *build_mart_freshness_checks(manifest)]
    # Re-evaluate the warehouse's own checks (not dbt's) without materializing anything.
    checks_job = dg.define_asset_job(
        "warehouse_checks_job",
        selection=dg.AssetSelection.checks(*python_checks),
        description="Run the Python quality and freshness checks.",
    )
    return dg.Definitions(
        assets=assets,
        asset_checks=python_checks,
        jobs=[
            ingest_report_job,
            ingest_and_refresh_job,
            ingest_and_refresh_warehouse_job,
            refresh_warehouse_job,
            retire_and_refresh_job,
            checks_job,
        ],
        sensors=[raw_folder_sensor, automation_sensor(dg.AssetSelection.all())],
        resources=build_resources(raw_dir, warehouse),
        # Every step of a run in the run's own process: a one-report run pays no per-step process
        # start (≈5-10 s each with this code location), and steps of one run are sequential
        # anyway (they share the warehouse pool, limit 1). See README "Event path".
        executor=dg.in_process_executor,
    )


defs = build_defs()
