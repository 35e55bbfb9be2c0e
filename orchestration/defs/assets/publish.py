"""``published_snapshot``: after dbt, copy the warehouse into the analysts' read-only snapshot."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.assets.dbt import MARTS_AUTOMATION, dbt_warehouse
from orchestration.defs.resources import warehouse_lock
from orchestration.publish import publish_snapshot
from orchestration.settings import WAREHOUSE_POOL, publish_dir

# Every dbt model (marts and dims): the snapshot must not be taken half-way through a build.
DBT_MODEL_KEYS = sorted(
    (key for key in dbt_warehouse.keys if not key.path[-1].startswith(("stg_", "int_"))),
    key=lambda k: k.to_user_string(),
)


# dbt's staging layer is not published: its views are the current rows of the raw tables (main),
# typed, which the snapshot holds already; as tables they doubled the facts (1.7 million indicator
# rows at 10,000 reports) and their fingerprint and copy were a third of each publish.
UNPUBLISHED_SCHEMAS = ("staging",)


@dg.asset(
    deps=DBT_MODEL_KEYS,
    group_name="publish",
    kinds={"duckdb", "parquet"},
    # In the pool although it only reads: DuckDB refuses a reader while another process writes.
    pool=WAREHOUSE_POOL,
    automation_condition=MARTS_AUTOMATION,
    description="Atomic read-only copy of the built warehouse (DuckDB + Parquet + manifest) in "
    "BAOCAO_PUBLISH_DIR (default: published/ beside the warehouse) for analysts and BI tools; "
    "only the tables that changed since the previous snapshot are written again.",
)
def published_snapshot(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    target = publish_dir()
    with warehouse_lock(duckdb, context.log):
        result = publish_snapshot(Path(duckdb.database), target, skip_schemas=UNPUBLISHED_SCHEMAS)
    context.log.info(
        f"published {len(result.tables)} tables to {result.snapshot_path} "
        f"({len(result.rewritten)} changed since the previous snapshot, the rest kept as they were)"
    )
    return dg.MaterializeResult(
        metadata={
            "snapshot_path": dg.MetadataValue.path(str(result.snapshot_path)),
            "manifest": dg.MetadataValue.path(str(result.manifest_path)),
            "snapshot_id": result.snapshot_id,
            "tables": len(result.tables),
            "row_counts": dg.MetadataValue.json(result.row_counts),
            "rewritten": dg.MetadataValue.json(list(result.rewritten)),
        }
    )
