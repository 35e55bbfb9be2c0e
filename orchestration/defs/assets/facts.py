"""Warehouse raw tables: one multi-asset extracts a report and writes its five tables at once.

``documents`` and the four fact tables are separate asset specs of ONE op, so re-materializing a
partition replaces exactly that file's rows in all tables in one DuckDB transaction
(``warehouse.replace_document``). ``retired_reports`` retires documents whose file left raw/.
"""

import hashlib
from collections.abc import Iterator

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration import warehouse
from orchestration.defs.assets.raw import raw_report
from orchestration.defs.config import (
    FRESHNESS_FAIL_WINDOW,
    FRESHNESS_WARN_WINDOW,
    WAREHOUSE_POOL,
    max_report_bytes,
)
from orchestration.defs.partitions import raw_reports_partitions
from orchestration.defs.resources import RawFolder, warehouse_connection
from orchestration.extraction import FACT_TABLES, RejectedDocument, extract_document, table_schema
from orchestration.raw_units import SidecarReading, placement_reason, read_sidecar_or_warn

PREVIEW_ROWS = 10
_DESCRIPTIONS = {
    "documents": "One row per loaded version of a report (is_current marks the live one).",
    "indicators": "Every other measured quantity a report states (FACTS.md › indicators).",
    "budgets": "State budget revenue/spending, public investment, target programmes.",
    "projects": "Named projects and works: events and figures.",
    "disasters": "Natural-disaster damage, one row per number.",
}


def _column_schema(table: str) -> dg.TableSchema:
    cols = {**warehouse.table_columns(table)}
    return dg.TableSchema(columns=[dg.TableColumn(name, sql_type) for name, sql_type in cols.items()])


FACTS_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=FRESHNESS_FAIL_WINDOW, warn_window=FRESHNESS_WARN_WINDOW)

TABLE_SPECS: list[dg.AssetSpec] = [
    dg.apply_freshness_policy(
        dg.AssetSpec(
            table,
            deps=[raw_report],
            description=_DESCRIPTIONS[table],
            group_name="warehouse",
            kinds={"duckdb", "polars"},
            partitions_def=raw_reports_partitions,
            # A rejected file materializes nothing (its last good rows stay), so outputs are optional.
            skippable=True,
            metadata={"dagster/column_schema": _column_schema(table), "dagster/table_name": f"main.{table}"},
        ),
        FACTS_FRESHNESS,
    )
    for table in ("documents", *FACT_TABLES)
]


def markdown_preview(frame: pl.DataFrame, rows: int = PREVIEW_ROWS, max_chars: int = 80) -> str:
    """The first rows of a frame as a markdown table (cells flattened and truncated)."""
    if frame.is_empty():
        return "_no rows_"

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split()).replace("|", "\\|")
        return text if len(text) <= max_chars else text[: max_chars - 1] + "…"

    head = frame.head(rows)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    if frame.height > rows:
        lines.append(f"\n_… {frame.height - rows} more rows_")
    return "\n".join(lines)


@dg.multi_asset(
    name="load_report",
    specs=TABLE_SPECS,
    partitions_def=raw_reports_partitions,
    pool=WAREHOUSE_POOL,
    description="Extract one report and replace its rows in documents + the four fact tables.",
)
def load_report(
    context: dg.AssetExecutionContext, raw_folder: RawFolder, duckdb: DuckDBResource
) -> Iterator[dg.MaterializeResult | dg.AssetObservation | dg.AssetMaterialization]:
    name = context.partition_key
    data = raw_folder.read(name)
    sha = hashlib.sha256(data).hexdigest()
    sidecar = read_sidecar(context, raw_folder, name)
    content_key = sidecar.content_key(sha)  # the version's identity: report bytes + sidecar
    try:
        extraction = extract_document(data, name, max_bytes=max_report_bytes(), sidecar=sidecar.sidecar)
    except RejectedDocument as exc:
        # Recorded, visible in the UI, and the run still succeeds: one bad file must not stop
        # the others, and the file's last good facts stay in the warehouse.
        with warehouse_connection(duckdb) as con:
            warehouse.record_rejection(con, name, sha, exc.reason, exc.code)
        context.log.warning(f"rejected {name}: {exc.reason} [{exc.code}]")
        yield dg.AssetMaterialization(
            asset_key="rejected_documents",
            description=f"{name}: {exc.reason}",
            metadata={"source_file": name, "reason": exc.reason, "code": exc.code, "content_sha256": sha},
        )
        yield dg.AssetObservation(
            asset_key="documents",
            partition=name,
            metadata={
                "status": "rejected",
                "reason": exc.reason,
                "code": exc.code,
                "content_sha256": sha,
                "rejected_documents": dg.MetadataValue.md(
                    f"| source_file | code | reason |\n|---|---|---|\n| {name} | {exc.code} | {exc.reason} |"
                ),
            },
        )
        return

    if sidecar.error:  # the row names the sidecar it did not use, and sidecar_error says why
        extraction.document["sidecar_file"] = sidecar.file_name
    with warehouse_connection(duckdb) as con:
        result = warehouse.replace_document(con, extraction, name, content_key=content_key, sidecar_error=sidecar.error)
    doc = extraction.document
    period = f"{doc.get('period_start') or '?'}..{doc.get('period_end') or '?'}"
    common = {
        "doc_id": result.doc_id,
        "province": str(doc.get("province")),
        "locality": str(doc.get("locality")),
        "period": period,
        "period_label": str(doc.get("period_label")),
    }
    if result.replaced_doc_id:
        common["replaced_doc_id"] = result.replaced_doc_id
    common.update(placement_metadata(doc, sidecar))
    document_frame = pl.DataFrame([doc], schema=table_schema("documents"))
    yield dg.MaterializeResult(
        asset_key="documents",
        data_version=dg.DataVersion(content_key),
        metadata={
            **common,
            "status": "loaded",
            "dagster/row_count": 1,
            "title": str(doc.get("title")),
            "doc_type": str(doc.get("doc_type")),
            "preview": dg.MetadataValue.md(markdown_preview(document_frame.drop("doc_id"))),
        },
    )
    for table in FACT_TABLES:
        frame = extraction.tables[table]
        yield dg.MaterializeResult(
            asset_key=table,
            data_version=dg.DataVersion(content_key),
            metadata={
                **common,
                "dagster/row_count": result.rows[table],
                "preview": dg.MetadataValue.md(markdown_preview(frame.drop("doc_id", "source_file", strict=False))),
            },
        )


def read_sidecar(context: dg.AssetExecutionContext, raw_folder: RawFolder, name: str) -> SidecarReading:
    """The report's sidecar, read once; one that cannot be used is logged and not applied at all."""
    reading = read_sidecar_or_warn(raw_folder.file_path(name))
    if reading.error:
        context.log.warning(f"sidecar ignored: {reading.error} — {name} loads without it")
    return reading


def placement_metadata(doc: dict, sidecar: SidecarReading) -> dict[str, str]:
    """How far the document is placed, and by what (materialization metadata; `baocao run` reads it)."""
    out = {"placement": str(doc.get("placement"))}
    for key in ("period_source", "place_source", "sidecar_file", "sidecar_conflicts"):
        if doc.get(key):
            out[key] = str(doc[key])
    if sidecar.error:
        out["sidecar_error"] = sidecar.error
    reason = placement_reason({**doc, "sidecar_error": sidecar.error})
    if reason:
        out["unplaced_reason"] = reason
    return out


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb"},
    pool=WAREHOUSE_POOL,
    description="Marks documents whose file left the raw folder as not current (their facts stay "
    "as history; marts read current documents only). Upstream of every dbt model.",
)
def retired_reports(
    context: dg.AssetExecutionContext, raw_folder: RawFolder, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    present = raw_folder.report_names()
    with warehouse_connection(duckdb) as con:
        retired = warehouse.retire_missing(con, present)
        current = warehouse.current_documents(con).height
    if retired:
        context.log.info(f"retired {len(retired)} removed report(s): {', '.join(retired)}")
    return dg.MaterializeResult(
        metadata={
            "retired_now": dg.MetadataValue.json(retired),
            "files_in_raw_folder": len(present),
            "current_documents": current,
        }
    )
