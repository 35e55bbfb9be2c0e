"""Jobs: per-report ingestion (partitioned) and the warehouse refresh (retire → dbt → checks)."""

import dagster as dg

from orchestration.defs.assets.dbt import dbt_warehouse

# Partitioned by raw_reports (inferred from the selection): a run covers one report (the
# sensor) or a range of reports (baocao run, backfills: BackfillPolicy.single_run). Checks are
# excluded: they judge the whole warehouse, so they run once in the refresh run (and on their own
# automation conditions), not after every batch.
ingest_report_job = dg.define_asset_job(
    "ingest_report_job",
    selection=dg.AssetSelection.assets("documents").without_checks(),
    description="Read the reports of the selected partitions, extract them, replace their rows in "
    "the warehouse (documents + the four fact tables).",
)

refresh_warehouse_job = dg.define_asset_job(
    "refresh_warehouse_job",
    selection=(
        # the whole dbt project (one full `dbt build`: seeds and dims are not downstream of the
        # raw tables, and a partial selection would run their tests without building them)
        dg.AssetSelection.assets("retired_reports").downstream()
        | dg.AssetSelection.assets(dbt_warehouse)
        | dg.AssetSelection.all_asset_checks()
    )
    # The dashboard (Node, ~20 s) follows the snapshot through automation or `baocao dashboard`,
    # not in every refresh: `baocao run` and the tests stay independent of Node.
    - dg.AssetSelection.assets("dashboard"),
    description="Retire documents of removed files, rebuild the dbt models and marts (+ dbt "
    "tests), publish, and run every asset check.",
)
