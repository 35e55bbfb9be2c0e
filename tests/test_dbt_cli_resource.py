"""The dbt CLI resource skips dagster-dbt's per-invocation `dbt --version` and in-process adapter, and
runs dbt in this process through the members of dagster-dbt and dbt-duckdb it relies on."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import inspect

from dagster_dbt import DbtCliInvocation, DbtCliResource
from dbt.adapters.duckdb.connections import DuckDBConnectionManager

from orchestration.defs.resources import WarehouseDbtCli
from orchestration.settings import DBT_PROJECT_DIR


def test_the_overridden_members_still_exist_in_dagster_dbt():
    # If an upgrade renames them, the overrides would silently stop applying: fail here instead.
    assert isinstance(DbtCliResource.__dict__.get("_cli_version"), type(WarehouseDbtCli.__dict__["_cli_version"]))
    assert callable(DbtCliResource.__dict__.get("_initialize_dbt_core_adapter"))


def test_version_from_package_metadata_and_no_adapter():
    dbt = WarehouseDbtCli(project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR))
    assert str(dbt._cli_version) == importlib.metadata.version("dbt-core")
    assert dbt._cli_version.major < 2  # dbt-core, not the fusion engine
    assert dbt._initialize_dbt_core_adapter(["build"]) is None


def test_what_the_in_process_cli_relies_on_still_exists():
    # WarehouseDbtCli.cli replaces DbtCliResource.cli: same parameters, and it builds the invocation
    # from these fields; an upgrade that changes either must fail here, not at the first refresh
    ours, theirs = inspect.signature(WarehouseDbtCli.cli), inspect.signature(DbtCliResource.cli)
    assert list(ours.parameters) == list(theirs.parameters)
    fields = {f.name for f in dataclasses.fields(DbtCliInvocation) if f.init}
    assert {"process", "manifest", "dagster_dbt_translator", "project_dir", "target_path", "raise_on_error",
            "context", "adapter", "cli_version", "project"} <= fields
    assert callable(DbtCliResource.__dict__.get("_get_unique_target_path"))
    # dbt-duckdb's process-wide environment, closed after each in-process command
    assert hasattr(DuckDBConnectionManager, "_ENV") and hasattr(DuckDBConnectionManager, "_LOCK")
    assert callable(DuckDBConnectionManager.close_all_connections)
