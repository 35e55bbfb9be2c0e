"""The dbt CLI resource skips dagster-dbt's per-invocation `dbt --version` and in-process adapter."""

from __future__ import annotations

import importlib.metadata

from dagster_dbt import DbtCliResource

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
