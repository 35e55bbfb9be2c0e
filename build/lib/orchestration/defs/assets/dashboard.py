"""``dashboard``: the static site of the published snapshot, rebuilt whenever the snapshot changes."""

import dagster as dg

from orchestration.dashboard import build_dashboard
from orchestration.defs.assets.dbt import MARTS_AUTOMATION
from orchestration.defs.assets.publish import published_snapshot
from orchestration.settings import publish_dir

# Not in the warehouse pool: the build reads only the published snapshot (a hard link of it),
# which never holds the warehouse's lock, so it must not make loads and dbt wait ~20 s for it.
# Its own pool (limit 1, the instance default) keeps two builds from running Node side by side.
DASHBOARD_POOL = "dashboard_build"


@dg.asset(
    deps=[published_snapshot],
    group_name="publish",
    kinds={"html", "python"},
    pool=DASHBOARD_POOL,
    automation_condition=MARTS_AUTOMATION,
    description="Static dashboard (Observable Framework) of the published snapshot in "
    "<publish dir>/dashboard/: overview, one page per province and per indicator, data quality. "
    "Serve it with `baocao dashboard serve`.",
)
def dashboard(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    result = build_dashboard(publish_dir(), log=context.log.debug)
    context.log.info(f"built {result.pages} pages of snapshot {result.snapshot_id} in {result.seconds} s")
    return dg.MaterializeResult(
        metadata={
            "site": dg.MetadataValue.path(str(result.site_dir / "index.html")),
            "snapshot_id": result.snapshot_id or "",
            "pages": result.pages,
            "provinces": result.provinces,
            "indicators": result.indicators,
            "build_seconds": result.seconds,
        }
    )
