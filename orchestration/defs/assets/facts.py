"""Warehouse raw tables: one op extracts a batch of reports and writes their five tables.

``documents`` is the per-report asset (partition = file name): ``load_report`` materializes one
partition per loaded file (data version = the file's sha256) and observes a rejected one. A run
may cover one partition (the sensor's event path) or thousands (``baocao run``, a backfill from
the UI: ``BackfillPolicy.single_run``): files are extracted in a process pool
(``orchestration.batch``) and written in batches, each batch one DuckDB transaction
(``warehouse.replace_documents``). The four fact tables are single tables, not per report:
they are reported materialized once per run that changed them (one event per run instead of
four per report keeps the Dagster bookkeeping a small fixed cost; see README "Scale").
``retired_reports`` retires documents whose file left raw/.
"""

import time
from collections.abc import Iterator, Sequence

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration import warehouse
from orchestration.batch import Outcome, extract_files
from orchestration.defs.partitions import raw_reports_partitions
from orchestration.defs.resources import RawFolder, warehouse_connection
from orchestration.extraction import FACT_TABLES, table_schema
from orchestration.raw_units import placement_reason, unit_state
from orchestration.settings import (
    FRESHNESS_FAIL_WINDOW,
    FRESHNESS_WARN_WINDOW,
    WAREHOUSE_POOL,
    max_report_bytes,
    pause_point,
)

PREVIEW_ROWS = 10
PREVIEW_MAX_FILES = 10  # runs of more files skip the per-file markdown previews (bookkeeping cost)
DATA_VERSION_TAG = "dagster/data_version"
_DESCRIPTIONS = {
    "documents": "One row per loaded version of a report (is_current marks the live one); one "
    "partition per report file.",
    "indicators": "Every other measured quantity a report states (FACTS.md › indicators).",
    "budgets": "State budget revenue/spending, public investment, target programmes.",
    "projects": "Named projects and works: events and figures.",
    "disasters": "Natural-disaster damage, one row per number.",
}


def _column_schema(table: str) -> dg.TableSchema:
    cols = {**warehouse.table_columns(table)}
    return dg.TableSchema(columns=[dg.TableColumn(name, sql_type) for name, sql_type in cols.items()])


FACTS_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=FRESHNESS_FAIL_WINDOW, warn_window=FRESHNESS_WARN_WINDOW)

# The file itself: not materialized by Dagster (the sensor watches the folder; its content hash
# is the data version of the report's ``documents`` partition).
raw_report = dg.AssetSpec(
    "raw_report",
    partitions_def=raw_reports_partitions,
    group_name="raw",
    kinds={"file"},
    description="A report file dropped into the raw folder (partition key = file name). Watched by "
    "raw_folder_sensor; its sha256 is the data version of the documents partition it loads into.",
)


def _table_metadata(table: str) -> dict[str, object]:
    return {"dagster/column_schema": _column_schema(table), "dagster/table_name": f"main.{table}"}


DOCUMENTS_SPEC = dg.apply_freshness_policy(
    dg.AssetSpec(
        "documents",
        deps=[raw_report],
        description=_DESCRIPTIONS["documents"],
        group_name="warehouse",
        kinds={"duckdb", "polars"},
        partitions_def=raw_reports_partitions,
        # Materialized per file by runtime events (a rejected file materializes nothing: its last
        # good rows stay), so the output itself is optional.
        skippable=True,
        metadata=_table_metadata("documents"),
    ),
    FACTS_FRESHNESS,
)

# Written only by load_report, in the same transaction as documents; reported once per run.
FACT_TABLE_SPECS: list[dg.AssetSpec] = [
    dg.apply_freshness_policy(
        dg.AssetSpec(
            table,
            deps=["documents"],
            description=_DESCRIPTIONS[table] + " Written by load_report together with documents.",
            group_name="warehouse",
            kinds={"duckdb", "polars"},
            metadata=_table_metadata(table),
        ),
        FACTS_FRESHNESS,
    )
    for table in FACT_TABLES
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


class LoadConfig(dg.Config):
    """Run config of ``load_report``."""

    only_changed: bool = False  # skip files whose exact content is already loaded (or rejected)
    reextract: bool = False  # ... by this extractor version only (extraction/version.py): re-read the rest
    batch_files: int = 100  # files per warehouse transaction


def _rejection_events(outcome: Outcome) -> Iterator[dg.AssetMaterialization | dg.AssetObservation]:
    name, sha = outcome.name, outcome.sha256
    reason, code = outcome.rejection or ("", "")
    yield dg.AssetMaterialization(
        asset_key="rejected_documents",
        description=f"{name}: {reason}",
        metadata={"source_file": name, "reason": reason, "code": code, "content_sha256": sha},
    )
    yield dg.AssetObservation(
        asset_key="documents",
        partition=name,
        metadata={
            "status": "rejected",
            "reason": reason,
            "code": code,
            "content_sha256": sha,
            "rejected_documents": dg.MetadataValue.md(
                f"| source_file | code | reason |\n|---|---|---|\n| {name} | {code} | {reason} |"
            ),
        },
    )


def _loaded_event(
    outcome: Outcome, result: warehouse.LoadResult, preview: bool, as_output: bool = False
) -> dg.AssetMaterialization | dg.MaterializeResult:
    """The partition's materialization. ``as_output``: as the step's output (a one-report run),
    so that steps downstream of ``documents`` in the same run (ingest_and_refresh_job) go on;
    a runtime event otherwise (a range run must not mark its rejected partitions materialized)."""
    assert outcome.extraction is not None
    doc = outcome.extraction.document
    metadata: dict[str, object] = {
        "status": "loaded",
        "doc_id": result.doc_id,
        "province": str(doc.get("province")),
        "locality": str(doc.get("locality")),
        "period": f"{doc.get('period_start') or '?'}..{doc.get('period_end') or '?'}",
        "period_label": str(doc.get("period_label")),
        "title": str(doc.get("title")),
        "doc_type": str(doc.get("doc_type")),
        **{f"rows_{table}": n for table, n in result.rows.items()},
    }
    if result.replaced_doc_id:
        metadata["replaced_doc_id"] = result.replaced_doc_id
    metadata.update(placement_metadata(outcome))
    if preview:
        frame = pl.DataFrame([doc], schema=table_schema("documents"))
        metadata["preview"] = dg.MetadataValue.md(markdown_preview(frame.drop("doc_id")))
    version = outcome.content_key or result.doc_id  # report bytes + sidecar
    if as_output:
        return dg.MaterializeResult(asset_key="documents", data_version=dg.DataVersion(version), metadata=metadata)
    return dg.AssetMaterialization(
        asset_key="documents", partition=outcome.name, tags={DATA_VERSION_TAG: version}, metadata=metadata
    )


def _to_load(
    raw_folder: RawFolder, names: Sequence[str], settled: set[tuple[str, str]] | None
) -> tuple[list, list[str]]:
    """Paths to extract, and the names skipped because their exact content is already settled."""
    paths, skipped = [], []
    for name in names:
        path = raw_folder.file_path(name)
        if settled is not None and path.is_file() and (name, unit_state(path).content_key) in settled:
            skipped.append(name)
        else:
            paths.append(path)
    return paths, skipped


@dg.multi_asset(
    name="load_report",
    specs=[DOCUMENTS_SPEC],
    partitions_def=raw_reports_partitions,
    pool=WAREHOUSE_POOL,
    # A backfill of many reports is ONE run (extraction in a process pool, batched inserts), not
    # one run per report: see README "Scale".
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="Extract the reports of the selected partitions and replace their rows in "
    "documents + the four fact tables (one DuckDB transaction per batch of files).",
)
def load_report(
    context: dg.AssetExecutionContext, config: LoadConfig, raw_folder: RawFolder, duckdb: DuckDBResource
) -> Iterator[dg.AssetMaterialization | dg.AssetObservation | dg.MaterializeResult]:
    names = list(context.partition_keys)
    started = time.monotonic()
    with warehouse_connection(duckdb, context.log) as con:
        warehouse.ensure_schema(con)
        settled = warehouse.settled_versions(con, reextract=config.reextract) if config.only_changed else None
        paths, skipped = _to_load(raw_folder, names, settled)
        if skipped:
            context.log.info(f"{len(skipped)} file(s) unchanged since their last load: not extracted again")
        missing = [p.name for p in paths if not p.is_file()]
        paths = [p for p in paths if p.is_file()]
        preview = len(paths) <= PREVIEW_MAX_FILES
        errors: list[str] = [f"{name}: no such file in {raw_folder.path}" for name in missing]
        loaded: dict[str, int] = dict.fromkeys(FACT_TABLES, 0)
        n_loaded = n_rejected = 0
        batch: list[Outcome] = []

        def flush() -> Iterator[dg.AssetMaterialization | dg.MaterializeResult]:
            results = warehouse.replace_documents(
                con,
                [(o.name, o.extraction) for o in batch if o.extraction is not None],
                before_commit=lambda: pause_point("load_in_transaction"),  # crash tests kill here
                content_keys={o.name: o.content_key for o in batch},
                sidecar_errors={o.name: o.sidecar_error for o in batch if o.sidecar_error},
            )
            for outcome, result in zip(batch, results, strict=True):
                for table, n in result.rows.items():
                    loaded[table] += n
                yield _loaded_event(outcome, result, preview, as_output=len(names) == 1)
            batch.clear()

        for done, outcome in enumerate(extract_files(paths, max_report_bytes()), start=1):
            if outcome.sidecar_error:
                context.log.warning(f"sidecar ignored: {outcome.sidecar_error} — {outcome.name} loads without it")
            if outcome.extraction is not None:
                for message in outcome.extraction.rule_errors:  # a place passed over; the report's other facts load
                    context.log.warning(message)
                batch.append(outcome)
                n_loaded += 1
                if len(batch) >= config.batch_files:
                    yield from flush()
            elif outcome.rejection is not None:
                # Recorded, visible in the UI, and the run still succeeds: one bad file must not
                # stop the others, and the file's last good facts stay in the warehouse.
                reason, code = outcome.rejection
                warehouse.record_rejection(con, outcome.name, outcome.sha256, reason, code)
                context.log.warning(f"rejected {outcome.name}: {reason} [{code}]")
                n_rejected += 1
                yield from _rejection_events(outcome)
            else:
                errors.append(f"{outcome.name}: {outcome.error}")
                context.log.error(f"failed {outcome.name}: {outcome.error}")
            if done % 500 == 0:
                rate = done / max(time.monotonic() - started, 1e-9)
                context.log.info(f"extracted {done}/{len(paths)} files ({rate:.1f} files/s)")
        if batch:
            yield from flush()
        totals = warehouse.row_counts(con, FACT_TABLES) if n_loaded else {}

    if n_loaded:
        for table in FACT_TABLES:
            yield dg.AssetMaterialization(
                asset_key=table,
                metadata={
                    "files_loaded": n_loaded,
                    "rows_loaded": loaded[table],
                    "dagster/row_count": totals[table],
                },
            )
    context.log.info(
        f"{n_loaded} loaded, {n_rejected} rejected, {len(skipped)} unchanged, {len(errors)} failed "
        f"in {time.monotonic() - started:.1f} s"
    )
    if errors:
        # The other files are in the warehouse; the run fails so that the failures are seen.
        raise dg.Failure(f"{len(errors)} file(s) could not be loaded: " + "; ".join(errors)[:2000])


def placement_metadata(outcome: Outcome) -> dict[str, str]:
    """How far the document is placed, and by what (materialization metadata, shown in the UI)."""
    assert outcome.extraction is not None
    doc = outcome.extraction.document
    out = {"placement": str(doc.get("placement"))}
    for key in ("period_source", "place_source", "sidecar_file", "sidecar_conflicts"):
        if doc.get(key):
            out[key] = str(doc[key])
    if outcome.sidecar_error:
        out["sidecar_error"] = outcome.sidecar_error
    reason = placement_reason({**doc, "sidecar_error": outcome.sidecar_error})
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
    with warehouse_connection(duckdb, context.log) as con:
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
