"""The dbt project (dbt/) as Dagster assets; dbt tests surface as observations of the assets they test.

The manifest is prepared ahead of time (``scripts/setup.sh`` runs ``dagster-dbt project
prepare-and-package``; ``dagster dev`` re-parses through ``prepare_if_dev``), never parsed on a
plain import. dbt sources ``raw.<table>`` map onto the warehouse assets of the same name.
"""

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets
from dagster_duckdb import DuckDBResource

from orchestration import warehouse
from orchestration.dbt_state import (
    advance_new_row_tests,
    new_row_tests_fingerprint,
    new_row_tests_mark,
    new_row_tests_passed,
    project_fingerprint,
    record_fingerprint,
    recorded_fingerprint,
    start_new_row_tests,
)
from orchestration.defs.dbt_project import dbt_project, manifest_is_stale
from orchestration.defs.resources import warehouse_connection, warehouse_lock
from orchestration.settings import (
    ENV_WAREHOUSE,
    FRESHNESS_FAIL_WINDOW,
    FRESHNESS_WARN_WINDOW,
    WAREHOUSE_POOL,
    dbt_target_dir,
    pause_point,
)

RAW_SOURCE = "raw"  # dbt source name of the tables the Python layer writes (schema main)
RETIRED_REPORTS_KEY = dg.AssetKey("retired_reports")

# Under `dagster dev`, re-parse so that model edits show up — only when a file of the dbt project is
# newer than the manifest: every run's process imports this module too, and an unconditional
# `dbt parse` there delayed the start of every run of the event path (README "Event path").
# (outside `dagster dev` the manifest was prepared ahead: nothing to walk)
if dbt_project.preparer.using_dagster_dev() and manifest_is_stale():
    dbt_project.prepare_if_dev()

# Same windows as the fact assets (config.py): marts are rebuilt whenever the facts change.
MART_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=FRESHNESS_FAIL_WINDOW, warn_window=FRESHNESS_WARN_WINDOW)

# ``eager()`` minus its "no missing dependency" clause: a rejected report leaves its partition
# of the fact assets unmaterialized forever, which would otherwise block the marts for good.
# Plus a bootstrap clause: anything never built (seeds, dims on a fresh warehouse) joins the next
# automated run. Automated runs are dbt *subsets*, and a subset whose tests reference a seed or
# dim that was never built fails; ``~execution_failed`` stops a broken model from looping.
MARTS_AUTOMATION = (
    (
        (dg.AutomationCondition.newly_missing() | dg.AutomationCondition.any_deps_updated()).since_last_handled()
        | (dg.AutomationCondition.missing() & ~dg.AutomationCondition.execution_failed())
    )
    & ~dg.AutomationCondition.any_deps_in_progress()
    & ~dg.AutomationCondition.in_progress()
).with_label("eager_allow_missing_reports")


class BaocaoDbtTranslator(DagsterDbtTranslator):
    """Sources ``raw.*`` → the warehouse assets; models grouped by layer, automated, fresh."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source" and dbt_resource_props["source_name"] == RAW_SOURCE:
            return dg.AssetKey(dbt_resource_props["name"])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        if dbt_resource_props["resource_type"] == "model" and len(fqn) > 2:
            return f"dbt_{fqn[1]}"  # models/<layer>/...: dbt_staging, dbt_intermediate, dbt_marts
        if dbt_resource_props["resource_type"] == "seed":
            return "dbt_seeds"
        return super().get_group_name(dbt_resource_props)

    def get_automation_condition(self, dbt_resource_props: Mapping[str, Any]) -> dg.AutomationCondition | None:
        return MARTS_AUTOMATION

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = manifest.get("nodes", {}).get(unique_id)
        if props is None or props["resource_type"] != "model":
            return spec
        if any(n.startswith("source.") for n in props.get("depends_on", {}).get("nodes", [])):
            # Retirement changes which documents are current: models reading raw tables depend on it.
            spec = spec.merge_attributes(deps=[RETIRED_REPORTS_KEY])
        if props["name"].startswith("mart_"):
            spec = dg.apply_freshness_policy(spec, MART_FRESHNESS)
        return spec


# dbt tests are recorded as observations of the assets they test (status and failures in their
# metadata; the models' and sources' assets), not as Dagster asset checks: a check costs three
# events in the run (planned, output, evaluation), each a SQLite write of ~20 ms, and with ~90
# tests that bookkeeping was a third of the refresh of one report (README "Scale"). A failing
# error-severity test still fails `dbt build`, so the step fails and nothing downstream (the
# published snapshot) runs; `baocao run` lists every test's status from dbt's run_results.json.
translator = BaocaoDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=False))


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    pool=WAREHOUSE_POOL,
    name="dbt_warehouse",
)
def dbt_warehouse(context: dg.AssetExecutionContext, dbt: DbtCliResource, duckdb: DuckDBResource) -> Iterator[Any]:
    # dbt's profile reads the warehouse path from BAOCAO_WAREHOUSE: pin it to the resource's path
    # so dbt and the Python writers can never disagree about which file is the warehouse.
    os.environ[ENV_WAREHOUSE] = duckdb.database
    manifest = json.loads(Path(dbt_project.manifest_path).read_text(encoding="utf-8"))
    fingerprint, tests_fingerprint = project_fingerprint(manifest), new_row_tests_fingerprint(manifest)
    whole = _selects_every_model(context)
    with warehouse_lock(duckdb, context.log):  # held across dbt's own process too
        with warehouse_connection(duckdb, context.log) as con:
            warehouse.ensure_schema(con)  # sources must exist even before the first report loads
            full_refresh = recorded_fingerprint(con) != fingerprint
            # No load can land during the build (the lock): these are the rows its tests will see.
            newest_load = start_new_row_tests(con, tests_fingerprint)
            mark = new_row_tests_mark(con, tests_fingerprint)
        context.log.info(
            f"new-row dbt tests read the rows loaded after {mark.isoformat(sep=' ')}"
            if mark
            else "new-row dbt tests read every row (no mark for this project and these tests)"
        )
        if full_refresh:
            context.log.info("the dbt project changed since it last built this warehouse (or never did): full refresh")
        pause_point("before_dbt")  # crash tests: kill before / during dbt (marts must survive either way)
        target = dbt_target_dir(Path(duckdb.database))  # partial parsing from the previous build
        args = ["build", *(["--full-refresh"] if full_refresh else [])]
        invocation = dbt.cli(args, context=context, target_path=target)
        yield from fold_test_observations(invocation.stream())
        passed = newest_load is not None and new_row_tests_passed(manifest, invocation.get_artifact("run_results.json"))
        if (full_refresh and whole) or passed:
            with warehouse_connection(duckdb, context.log) as con:
                if full_refresh and whole:  # a subset leaves other incremental models to refresh
                    record_fingerprint(con, fingerprint)
                if passed:  # the next build's new-row tests read only rows loaded after these
                    advance_new_row_tests(con, tests_fingerprint, newest_load)


def fold_test_observations(events: Iterable[Any]) -> Iterator[Any]:
    """The build's events, with dagster-dbt's observation per dbt test and tested asset folded
    into one observation per tested asset at the end (each test's status in its metadata): ~120
    events become ~25, at ~20 ms of SQLite each. Also when the build fails: then they say why."""
    results: dict[dg.AssetKey, dict[str, str]] = defaultdict(dict)

    def summary() -> Iterator[dg.AssetObservation]:
        for key, tests in results.items():
            counts = Counter(tests.values())
            yield dg.AssetObservation(
                asset_key=key,
                description="dbt tests: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())),
                metadata={"dbt_tests": dg.MetadataValue.json(tests), **{f"tests_{s}": n for s, n in counts.items()}},
            )

    try:
        for event in events:
            unique_id = event.metadata.get("unique_id") if isinstance(event, dg.AssetObservation) else None
            if unique_id is not None and str(unique_id.value).startswith("test."):
                status = event.metadata.get("status")
                results[event.asset_key][str(unique_id.value).split(".")[2]] = str(status.value if status else "?")
                continue
            yield event
    except Exception:
        yield from summary()
        raise
    yield from summary()


def _selects_every_model(context: dg.AssetExecutionContext) -> bool:
    """Whether this step builds the whole dbt project (not an automation subset)."""
    return set(context.assets_def.keys) <= set(context.selected_asset_keys)


def mart_sources(manifest: Mapping[str, Any]) -> dict[dg.AssetKey, set[dg.AssetKey]]:
    """Each ``mart_*`` model → the warehouse assets it reads, transitively (incl. retirement)."""
    parents: Mapping[str, list[str]] = manifest.get("parent_map", {})
    sources: Mapping[str, Mapping[str, Any]] = manifest.get("sources", {})
    result: dict[dg.AssetKey, set[dg.AssetKey]] = {}
    for unique_id, node in manifest.get("nodes", {}).items():
        if node["resource_type"] != "model" or not node["name"].startswith("mart_"):
            continue
        ancestors: set[str] = set()
        stack = [unique_id]
        while stack:
            for parent in parents.get(stack.pop(), []):
                if parent not in ancestors:
                    ancestors.add(parent)
                    stack.append(parent)
        raw = {
            dg.AssetKey(sources[a]["name"])
            for a in ancestors
            if a in sources and sources[a].get("source_name") == RAW_SOURCE
        }
        result[translator.get_asset_key(node)] = raw | ({RETIRED_REPORTS_KEY} if raw else set())
    return result
