"""Data quality: refused and unplaced documents, the warehouse checks re-run on the snapshot, freshness.

The checks are the pipeline's own (``orchestration.warehouse``), evaluated on the pinned snapshot,
so the page shows what holds for exactly the data the dashboard was built from.
"""

import datetime as dt
import json
import os
from pathlib import Path

from _checks import evidence_mismatches_sql
from _snapshot import connect, emit, one, rows

from orchestration import settings, warehouse
from orchestration.extraction import FACT_TABLES

# (check, failing rows, blocking in the pipeline): the fact checks of orchestration/defs/checks.py.
FACT_CHECKS = [
    ("unique_fact_ids", warehouse.duplicate_fact_ids, True),
    ("evidence_matches_text", evidence_mismatches_sql, True),
    ("evidence_covers_figure", warehouse.evidence_not_covering, False),
    ("plausible_values", warehouse.implausible_values, False),
]
con = connect()

rejected = rows(
    con,
    "SELECT source_file, code, reason, first_seen, last_seen FROM main.rejected_documents ORDER BY last_seen DESC",
)
unplaced = rows(
    con,
    """
    SELECT d.source_file, d.placement, d.province, d.period_start, d.period_end, d.title, d.loaded_at
    FROM main.documents d
    WHERE d.is_current AND d.placement <> 'placed'
    ORDER BY d.placement, d.source_file
    """,
)


checks = []
for table in FACT_TABLES:
    for name, failing_rows, blocking in FACT_CHECKS:
        failing = failing_rows(con, table)
        checks.append(
            {
                "check": name,
                "table": table,
                "blocking": blocking,
                "failing": failing.height,
                "examples": [{k: str(v) for k, v in r.items()} for r in failing.head(5).to_dicts()],
            }
        )
doubles = warehouse.multiple_current_versions(con)
checks.append(
    {
        "check": "one_current_version_per_file",
        "table": "documents",
        "blocking": True,
        "failing": doubles.height,
        "examples": [{k: str(v) for k, v in r.items()} for r in doubles.head(5).to_dicts()],
    }
)

newest = warehouse.newest_period_end(con)
max_age = settings.max_report_age_days()
manifest_path = os.environ.get("BAOCAO_DASHBOARD_MANIFEST")
manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8")) if manifest_path else {}
freshness = {
    **one(
        con, "SELECT max(loaded_at) AS last_loaded, count(*) AS current_documents FROM main.documents WHERE is_current"
    ),
    "newest_period_end": newest.isoformat() if newest else None,
    "newest_period_age_days": (dt.date.today() - newest).days if newest else None,
    "max_report_age_days": max_age,
    "published_at": manifest.get("published_at"),
    "snapshot_id": manifest.get("snapshot_id"),
    "storage_version": manifest.get("storage_version"),
    "built_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
}
per_province = rows(
    con,
    """
    SELECT d.province, p.name_vi AS province_name, max(d.period_end) AS newest_period_end,
           max(d.loaded_at) AS last_loaded, count(*) AS documents
    FROM marts.dim_document d LEFT JOIN marts.dim_province p ON p.province_key = d.province
    WHERE d.is_canonical GROUP BY ALL ORDER BY newest_period_end NULLS FIRST, province_name
    """,
)

emit(
    {"rejected": rejected, "unplaced": unplaced, "checks": checks, "freshness": freshness, "per_province": per_province}
)
