"""Jobs: per-report ingestion (partitioned), the warehouse refresh (retire → checks → dbt →
publish), and both in one run for the event path (one report → marts, snapshot, dashboard)."""

import dagster as dg

from orchestration.defs.assets.dbt import dbt_warehouse

# Partitioned by raw_reports (inferred from the selection): a run covers one report (the
# sensor, for each report of a burst) or a range of reports (baocao run, backfills:
# BackfillPolicy.single_run). Checks are excluded: they run once in the refresh after the batch
# (and on their own automation conditions), not after every batch.
ingest_report_job = dg.define_asset_job(
    "ingest_report_job",
    selection=dg.AssetSelection.assets("documents").without_checks(),
    description="Read the reports of the selected partitions, extract them, replace their rows in "
    "the warehouse (documents + the four fact tables).",
)

REFRESH_SELECTION = (
    # the whole dbt project (one full `dbt build`: seeds and dims are not downstream of the
    # raw tables, and a partial selection would run their tests without building them)
    dg.AssetSelection.assets("retired_reports").downstream()
    | dg.AssetSelection.assets(dbt_warehouse)
    | dg.AssetSelection.all_asset_checks()
) - dg.AssetSelection.assets("dashboard")
# (The dashboard, Node, ~20 s, follows the snapshot through automation or `baocao dashboard`,
# not in every refresh: `baocao run` and the tests stay independent of Node.)
# The sensor's runs rebuild the dashboard themselves (its own pool, after publish, so it never
# holds the warehouse) rather than one automation tick and run start later.
REFRESH_AND_DASHBOARD = REFRESH_SELECTION | dg.AssetSelection.assets("dashboard")

refresh_warehouse_job = dg.define_asset_job(
    "refresh_warehouse_job",
    selection=REFRESH_SELECTION,
    description="Retire documents of removed files, rebuild the dbt models and marts (+ dbt "
    "tests), publish, and run every asset check.",
)

# `baocao run` when the new or changed reports fit one run: load them and refresh in that run.
ingest_and_refresh_warehouse_job = dg.define_asset_job(
    "ingest_and_refresh_warehouse_job",
    selection=dg.AssetSelection.assets("documents") | REFRESH_SELECTION,
    description="Load the reports of the selected partitions and refresh the marts and the published "
    "snapshot in the same run (baocao run).",
)

# The event path (README "Event path"): the sensor's run for a single new or changed report does
# the ingest AND the refresh, so the report reaches the published snapshot in one run — no
# second run start (a new process loading the code location) and no wait for the automation
# tick. The partition is the report; the refresh assets are unpartitioned and run once after
# it. Blocking checks on the new facts still run before dbt. A burst of reports gets
# ingest_report_job runs and one automated refresh after them instead (sensors.py).
ingest_and_refresh_job = dg.define_asset_job(
    "ingest_and_refresh_job",
    selection=dg.AssetSelection.assets("documents") | REFRESH_AND_DASHBOARD,
    description="Load one report (the run's partition) and refresh the marts, the published "
    "snapshot and the dashboard in the same run.",
)

# The sensor's run when files leave the raw folder: retire them, refresh, publish, and rebuild the
# dashboard in the same run (as ingest_and_refresh_job does for a new report).
retire_and_refresh_job = dg.define_asset_job(
    "retire_and_refresh_job",
    selection=REFRESH_AND_DASHBOARD,
    description="Retire documents of removed files, refresh the marts, publish, and rebuild the dashboard.",
)
