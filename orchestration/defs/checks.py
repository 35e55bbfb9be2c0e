"""Asset checks: data quality of the fact tables, and freshness of documents and marts.

Blocking (a failure fails ``baocao run`` and stops downstream assets in the same run):
unique fact ids, evidence == text[char_start:char_end], one current version per file.
Everything else reports ERROR/WARN without blocking. SQL lives in ``orchestration.warehouse``.
"""

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration import warehouse
from orchestration.defs.assets.dbt import mart_sources
from orchestration.defs.assets.facts import markdown_preview
from orchestration.defs.resources import RawFolder, warehouse_connection
from orchestration.extraction import FACT_TABLES
from orchestration.raw_units import placement_reason, unit_states_kept, what_is_missing
from orchestration.settings import WAREHOUSE_POOL, max_report_age_days, unit_states_file

# Checks re-run whenever what they look at changed since they last ran (evaluated by the
# automation sensor), once nothing they look at is being written; the freshness checks also once
# a day, since time alone can make them fail. "Since last handled": a check that already ran
# after the change (in the run that made it, e.g. ingest_and_refresh_job) is not run again, and
# a change made while a dependency was in progress is remembered until the check runs; a check
# already planned in a run still in progress (the event's run loads documents, then runs the
# document checks a few steps later) is not requested a second time.
ON_UPDATE = (
    dg.AutomationCondition.any_deps_updated().since_last_handled()
    & ~dg.AutomationCondition.any_deps_in_progress()
    & ~dg.AutomationCondition.in_progress()
)
ON_UPDATE_OR_DAILY = ON_UPDATE | dg.AutomationCondition.cron_tick_passed("0 6 * * *")

FACT_CHECKS: dict[str, tuple[bool, str]] = {  # name → (blocking, description)
    "unique_fact_ids": (True, "fact_id is non-null and unique in the table."),
    "evidence_matches_text": (
        True,
        "Every span lies inside its document's text and evidence == text[char_start:char_end] (Python str offsets).",
    ),
    "evidence_covers_figure": (
        False,
        "Evidence contains the number (or the project name for event rows) and is at most 800 characters. WARN.",
    ),
    "plausible_values": (False, "Percentages within [-100, 10000]; money levels non-negative."),
}


def _result(
    asset: str,
    check: str,
    bad: pl.DataFrame,
    *,
    severity: dg.AssetCheckSeverity,
    what: str,
    extra: Mapping[str, Any] | None = None,
) -> dg.AssetCheckResult:
    metadata: dict[str, Any] = {"failing_rows": bad.height, **(extra or {})}
    if bad.height:
        metadata["sample"] = dg.MetadataValue.md(markdown_preview(bad))
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=check,
        passed=bad.is_empty(),
        severity=severity,
        metadata=metadata,
        description=None if bad.is_empty() else f"{bad.height} {what}",
    )


class FactCheckConfig(dg.Config):
    """Run config of ``fact_quality_checks``."""

    # Check every fact, not only those loaded since the check last passed (warehouse.check_watermark).
    full: bool = False


@dg.multi_asset_check(
    name="fact_quality_checks",
    specs=[
        dg.AssetCheckSpec(
            name,
            asset=table,
            blocking=blocking,
            description=desc,
            automation_condition=ON_UPDATE,
            # The fact tables are written by load_report but are not its outputs: without this,
            # a run that loads AND refreshes (ingest_and_refresh_job) would check the facts
            # before they are loaded, and dbt would build on facts nobody checked.
            additional_deps=["documents"],
        )
        for table in FACT_TABLES
        for name, (blocking, desc) in FACT_CHECKS.items()
    ],
    can_subset=True,
    pool=WAREHOUSE_POOL,
)
def fact_quality_checks(
    context: dg.AssetCheckExecutionContext, config: FactCheckConfig, duckdb: DuckDBResource
) -> Iterator[dg.AssetCheckResult]:
    selected = {(k.asset_key.to_user_string(), k.name) for k in context.selected_asset_check_keys}
    with warehouse_connection(duckdb, context.log) as con:
        warehouse.ensure_schema(con)
        for table in FACT_TABLES:
            total = warehouse.row_counts(con, [table], current_only=False)[table]
            newest = warehouse.newest_load(con, table)  # read first: what a pass vouches for
            for name, (query, severity, what) in _FACT_QUERIES.items():
                if (table, name) not in selected:
                    continue
                key = f"{table}:{name}"
                since = None if config.full else warehouse.check_watermark(con, key)
                bad = query(con, table, since)
                scope = {
                    "rows_in_table": total,
                    "rows_checked": warehouse.facts_loaded_after(con, table, since),
                    "checked": "every fact" if since is None else f"facts loaded after {since.isoformat(' ')}",
                }
                if bad.is_empty() and newest is not None:
                    warehouse.advance_watermark(con, key, newest)
                yield _result(table, name, bad, severity=severity, what=what, extra=scope)


_FACT_QUERIES = {  # check name → (query returning offending rows, severity, what they are)
    "unique_fact_ids": (warehouse.duplicate_fact_ids, dg.AssetCheckSeverity.ERROR, "duplicate or null fact ids"),
    "evidence_matches_text": (
        warehouse.evidence_mismatches,
        dg.AssetCheckSeverity.ERROR,
        "facts whose evidence is not their span of the text",
    ),
    "evidence_covers_figure": (
        warehouse.evidence_not_covering,
        dg.AssetCheckSeverity.WARN,
        "facts whose evidence does not cover the figure",
    ),
    "plausible_values": (warehouse.implausible_values, dg.AssetCheckSeverity.ERROR, "implausible values"),
}


@dg.multi_asset_check(
    name="document_checks",
    specs=[
        dg.AssetCheckSpec(
            "one_current_version_per_file",
            asset="documents",
            blocking=True,
            description="At most one current documents row per source file.",
            automation_condition=ON_UPDATE,
        ),
        dg.AssetCheckSpec(
            "raw_folder_reflected",
            asset="documents",
            description="Freshness: every file now in the raw folder has its current "
            "content (sha256) loaded as the current document, or rejected.",
            automation_condition=ON_UPDATE_OR_DAILY,
        ),
        dg.AssetCheckSpec(
            "report_period_recency",
            asset="documents",
            description="WARN when the newest report period ended more than BAOCAO_MAX_REPORT_AGE_DAYS days ago.",
            automation_condition=ON_UPDATE_OR_DAILY,
        ),
    ],
    can_subset=True,
    pool=WAREHOUSE_POOL,
)
def document_checks(
    context: dg.AssetCheckExecutionContext, raw_folder: RawFolder, duckdb: DuckDBResource
) -> Iterator[dg.AssetCheckResult]:
    selected = {k.name for k in context.selected_asset_check_keys}
    # hash before opening the warehouse (keep the lock short); unchanged files are not hashed again
    units = unit_states_kept(raw_folder.report_files(), unit_states_file())
    files = {name: unit.report_sha256 for name, unit in units.items()}
    with warehouse_connection(duckdb, context.log) as con:
        warehouse.ensure_schema(con)
        doubles = warehouse.multiple_current_versions(con)
        # a report whose sidecar changed since its load is not reflected yet (raw_units.py)
        unreflected = warehouse.unreflected_files(con, files, {n: u.content_key for n, u in units.items()})
        newest = warehouse.newest_period_end(con)
    if "one_current_version_per_file" in selected:
        yield _result(
            "documents",
            "one_current_version_per_file",
            doubles,
            severity=dg.AssetCheckSeverity.ERROR,
            what="files with several current versions",
        )
    if "raw_folder_reflected" in selected:
        yield _result(
            "documents",
            "raw_folder_reflected",
            unreflected,
            severity=dg.AssetCheckSeverity.ERROR,
            what="raw files whose current content is not loaded yet",
            extra={"files_in_raw_folder": len(files)},
        )
    if "report_period_recency" in selected:
        yield period_recency_result(newest, max_report_age_days())


PLACEMENT_CHECKS: dict[str, str] = {  # name → description; all WARN, never blocking
    "unplaced_documents": "WARN naming every current document whose province or period is unknown (its facts "
    "are in the raw tables and fact marts with NULL there, not in mart_province_period); a sidecar "
    "NAME.meta.json or a corrected file places it on the next run. See marts.mart_unplaced_documents.",
    "sidecar_agrees_with_text": "WARN naming every document whose sidecar contradicts its text (the text wins).",
    "sidecar_readable": "WARN naming every document loaded without its sidecar because the sidecar is "
    "malformed or half-written (documents.sidecar_error says why).",
    "documents_with_facts": "WARN naming every current document that loaded with no fact: it writes numbers "
    "but no rule read one as a figure (a phrasing to teach the rules, or a text that is no report).",
}


@dg.multi_asset_check(
    name="placement_checks",
    specs=[
        dg.AssetCheckSpec(name, asset="documents", blocking=False, description=desc, automation_condition=ON_UPDATE)
        for name, desc in PLACEMENT_CHECKS.items()
    ],
    can_subset=True,
    pool=WAREHOUSE_POOL,
)
def placement_checks(context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource) -> Iterator[dg.AssetCheckResult]:
    selected = {k.name for k in context.selected_asset_check_keys}
    with warehouse_connection(duckdb, context.log) as con:
        warehouse.ensure_schema(con)
        found = {
            "unplaced_documents": warehouse.unplaced_documents(con),
            "sidecar_agrees_with_text": warehouse.sidecar_conflicts(con),
            "sidecar_readable": warehouse.unusable_sidecars(con),
            "documents_with_facts": warehouse.documents_without_facts(con),
        }
    for name, bad in found.items():
        if name in selected:
            yield _named_files_result(name, bad)


def _named_files_result(check: str, bad: pl.DataFrame) -> dg.AssetCheckResult:
    """WARN whose description names each file and what is wrong with it."""
    if check == "unplaced_documents":
        # short in the description (one clause per file); the full reason per file in `files`
        lines = [
            f"{r['source_file']}: {placement_reason(r)} (facts: {r['n_facts']})" for r in bad.iter_rows(named=True)
        ]
        shown = [
            f"{r['source_file']} ({what_is_missing(r['placement'])}; facts: {r['n_facts']})"
            for r in bad.iter_rows(named=True)
        ]
        what = "document(s) not fully placed"
    elif check == "sidecar_agrees_with_text":
        lines = [
            f"{r['source_file']}: {r['sidecar_file']} says {r['sidecar_conflicts']}" for r in bad.iter_rows(named=True)
        ]
        what = "sidecar(s) contradict their text (the text wins)"
        shown = lines
    elif check == "sidecar_readable":
        lines = [f"{r['source_file']}: {r['sidecar_error']}" for r in bad.iter_rows(named=True)]
        what = "sidecar(s) ignored"
        shown = lines
    else:
        lines = [
            f"{r['source_file']} ({r['doc_type']}, {r['char_count']} characters)" for r in bad.iter_rows(named=True)
        ]
        what = "document(s) loaded with no fact"
        shown = lines
    listed = "; ".join(shown[:20]) + (f"; … {len(shown) - 20} more" if len(shown) > 20 else "")
    return dg.AssetCheckResult(
        asset_key="documents",
        check_name=check,
        passed=bad.is_empty(),
        severity=dg.AssetCheckSeverity.WARN,
        description=None if bad.is_empty() else f"{bad.height} {what}: {listed}",
        metadata={
            "failing_rows": bad.height,
            "files": dg.MetadataValue.json(lines),
            **({"sample": dg.MetadataValue.md(markdown_preview(bad))} if bad.height else {}),
        },
    )


def period_recency_result(
    newest: dt.date | None, max_age_days: int, today: dt.date | None = None
) -> dg.AssetCheckResult:
    today = today or dt.date.today()
    if newest is None:
        passed, description = False, "no current document has a known period"
        age = None
    else:
        age = (today - newest).days
        passed = age <= max_age_days
        description = (
            None if passed else (f"newest report period ended {newest} ({age} days ago, expected ≤ {max_age_days})")
        )
    return dg.AssetCheckResult(
        asset_key="documents",
        check_name="report_period_recency",
        passed=passed,
        severity=dg.AssetCheckSeverity.WARN,
        description=description,
        metadata={"newest_period_end": str(newest), "age_days": age, "max_age_days": max_age_days},
    )


def _last_materialized(instance: dg.DagsterInstance, keys: Iterable[dg.AssetKey]) -> dict[dg.AssetKey, float | None]:
    """When each asset was last materialized (any partition): one query for all of them, not one
    per mart and upstream table (~40 queries of the event log)."""
    events = instance.get_latest_materialization_events(list(keys))
    return {key: event.timestamp if event else None for key, event in events.items()}


def build_mart_freshness_checks(manifest: Mapping[str, Any]) -> Sequence[dg.AssetChecksDefinition]:
    """One ``fresher_than_facts`` check per mart: rebuilt after every raw table it reads."""
    sources = mart_sources(manifest)
    if not sources:
        return []

    @dg.multi_asset_check(
        name="mart_freshness_checks",
        specs=[
            dg.AssetCheckSpec(
                "fresher_than_facts",
                asset=mart,
                additional_deps=sorted(upstream),
                description="Freshness: the mart was rebuilt after the last load of every warehouse table it reads.",
                automation_condition=ON_UPDATE,
            )
            for mart, upstream in sorted(sources.items())
        ],
        can_subset=True,
    )
    def mart_freshness_checks(context: dg.AssetCheckExecutionContext) -> Iterator[dg.AssetCheckResult]:
        marts = {check_key.asset_key for check_key in context.selected_asset_check_keys}
        last = _last_materialized(context.instance, marts.union(*(sources[mart] for mart in marts)))
        for check_key in context.selected_asset_check_keys:
            mart = check_key.asset_key
            built = last.get(mart)
            upstream = {k.to_user_string(): last.get(k) for k in sources[mart]}
            newer = sorted(k for k, ts in upstream.items() if ts is not None and (built is None or ts > built))
            fmt = lambda ts: dt.datetime.fromtimestamp(ts, dt.UTC).isoformat() if ts else None  # noqa: E731
            yield dg.AssetCheckResult(
                asset_key=mart,
                check_name="fresher_than_facts",
                passed=built is not None and not newer,
                description=(
                    "never materialized" if built is None else f"older than {', '.join(newer)}" if newer else None
                ),
                metadata={
                    "mart_materialized_at": fmt(built),
                    "upstream_materialized_at": dg.MetadataValue.json({k: fmt(v) for k, v in upstream.items()}),
                    "stale_against": dg.MetadataValue.json(newer),
                },
            )

    return [mart_freshness_checks]
