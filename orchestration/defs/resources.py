"""Resources: the raw folder, the DuckDB warehouse and the dbt CLI, built from env/settings."""

import importlib.metadata
import logging
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliInvocation, DbtCliResource
from dagster_dbt.asset_utils import extract_runtime_selection_from_args, get_updated_cli_invocation_params_for_context
from dagster_dbt.dagster_dbt_translator import validate_opt_translator
from dagster_dbt.dbt_manifest import DbtManifestParam, validate_manifest
from dagster_duckdb import DuckDBResource
from packaging import version
from pydantic import Field

from orchestration import settings
from orchestration.dbt_in_process import InProcessDbt
from orchestration.raw_units import UnitState, UnitStateCache, orphan_sidecars, unit_states
from orchestration.writer_lock import exclusive_warehouse


class RawFolder(dg.ConfigurableResource):
    """The folder reports are dropped into; a partition key is a file name inside it."""

    path: str

    @property
    def folder(self) -> Path:
        return Path(self.path)

    def report_files(self) -> list[Path]:
        return settings.list_reports(self.folder)

    def report_names(self) -> list[str]:
        return [p.name for p in self.report_files()]

    def file_path(self, name: str) -> Path:
        # Partition keys can be added by hand in the UI: never let one escape the folder.
        if Path(name).name != name or not settings.is_report_name(name):
            raise ValueError(f"{name!r} is not a report file name")
        return self.folder / name

    # --- a report and its sidecar as one unit (orchestration/raw_units.py) ---------------------

    def unit_states(self, cache: UnitStateCache | None = None) -> dict[str, UnitState]:
        """name → report sha256, sidecar, content key, size, change time; a report that vanishes
        is skipped. With ``cache``, only units whose files changed since the last call are hashed."""
        return unit_states(self.report_files(), cache)

    def orphan_sidecars(self) -> list[str]:
        """Sidecars whose report is not in the folder (ignored)."""
        return orphan_sidecars(self.folder, self.report_names())


@contextmanager
def warehouse_lock(resource: DuckDBResource, log: logging.Logger | None = None) -> Iterator[None]:
    """Hold the warehouse's writer lock (``orchestration.writer_lock``) for the body: every step in
    pool ``duckdb_warehouse`` does, because the pool alone can admit two steps at once."""

    def waiting(path: Path) -> None:
        if log is not None:
            log.info(f"waiting for the warehouse writer lock {path}: another process holds it")

    with exclusive_warehouse(Path(resource.database), on_wait=waiting):
        yield


@contextmanager
def warehouse_connection(
    resource: DuckDBResource, log: logging.Logger | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection from ``DuckDBResource`` under the writer lock, closed even when the body raises.

    (``DuckDBResource.get_connection`` skips ``close()`` on error; a leaked read-write
    connection would keep the file lock until garbage collection.)
    """
    with warehouse_lock(resource, log), resource.get_connection() as con:
        try:
            yield con
        finally:
            con.close()


class WarehouseDbtCli(DbtCliResource):
    """``DbtCliResource`` without two costs it pays at every invocation for features this project
    does not use (README "Scale": 5.9 s of a one-report refresh at 10,000 reports):

    * ``dbt --version`` in a subprocess (2.4 s): the version of the dbt-core installed beside
      this interpreter is read from its package metadata instead;
    * a dbt adapter built in this process (3.4 s: dbt's project and profile loaded again), which
      serves ``fetch_row_counts`` / ``fetch_column_metadata`` only; dbt's own process does the work.

    And it runs dbt in this process (``in_process``, on by default): a dbt subprocess pays for
    dbt-core's imports and the load of its project at every invocation, ~4 s of a one-report
    refresh (README "Scale").

    These override private members of dagster-dbt (pinned in requirements.lock);
    ``tests/test_dbt_cli_resource.py`` fails if an upgrade renames them.
    """

    in_process: bool = Field(
        default=True,
        description="Run dbt in this process (dbtRunner in a thread) rather than as a subprocess.",
    )

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:  # type: ignore[override]
        return None

    def cli(  # type: ignore[override]
        self,
        args: Sequence[str],
        *,
        raise_on_error: bool = True,
        manifest: DbtManifestParam | None = None,
        dagster_dbt_translator: DagsterDbtTranslator | None = None,
        context: dg.OpExecutionContext | dg.AssetExecutionContext | None = None,
        target_path: Path | None = None,
    ) -> DbtCliInvocation:
        """``DbtCliResource.cli`` with dbt run in this process (``orchestration.dbt_in_process``)
        unless ``in_process`` is off: the same selection of the context's subset, target folder
        and settings, passed to dbt as flags instead of a subprocess's environment."""
        if not self.in_process:
            return super().cli(args, raise_on_error=raise_on_error, manifest=manifest,
                               dagster_dbt_translator=dagster_dbt_translator, context=context,
                               target_path=target_path)
        translator = validate_opt_translator(dagster_dbt_translator) or DagsterDbtTranslator()
        cleaned_args, selects, excludes = extract_runtime_selection_from_args(args)
        params = get_updated_cli_invocation_params_for_context(
            context=context,
            manifest=validate_manifest(manifest) if manifest else {},
            dagster_dbt_translator=translator,
            runtime_selects=selects,
            runtime_excludes=excludes,
        )
        project_dir = Path(params.dbt_project.project_dir if params.dbt_project else self.project_dir)
        target_path = target_path or self._get_unique_target_path(context=context)
        if not target_path.is_absolute():
            target_path = project_dir / target_path
        profile = [*(["--profile", self.profile] if self.profile else []),
                   *(["--target", self.target] if self.target else [])]
        flags = [
            "--project-dir", str(project_dir),
            *(["--profiles-dir", str(self.profiles_dir)] if self.profiles_dir else []),
            "--target-path", str(target_path),
            "--log-path", str(target_path),
            "--log-level", "none",  # dbt's stdout: dagster-dbt re-prints the events it reads
            "--no-send-anonymous-usage-stats",
            *(["--indirect-selection", params.indirect_selection] if params.indirect_selection else []),
        ]
        command = [self.dbt_executable, *self.global_config_flags, *cleaned_args, *profile,
                   *params.selection_args, *flags]
        return DbtCliInvocation(
            process=InProcessDbt(command),  # type: ignore[arg-type]
            manifest=params.manifest,
            dagster_dbt_translator=params.dagster_dbt_translator,
            project_dir=project_dir,
            target_path=target_path,
            raise_on_error=raise_on_error,
            context=context,
            adapter=None,
            cli_version=self._cli_version,
            project=params.dbt_project,
        )


def dbt_executable() -> str:
    """The dbt next to this interpreter (the project venv), even when the venv is not activated."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def build_resources(raw_dir: Path, warehouse: Path) -> dict[str, object]:
    """Resource instances for one (raw folder, warehouse) pair; paths resolved by the caller."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    return {
        "raw_folder": RawFolder(path=str(raw_dir)),
        # One read-write config for every in-process connection: DuckDB refuses to open the same
        # file twice in one process with different settings.
        "duckdb": DuckDBResource(
            database=str(warehouse), connection_config={"memory_limit": settings.duckdb_memory_limit()}
        ),
        "dbt": WarehouseDbtCli(
            project_dir=str(settings.DBT_PROJECT_DIR),
            profiles_dir=str(settings.DBT_PROJECT_DIR),
            dbt_executable=dbt_executable(),
            in_process=settings.dbt_in_process(),
        ),
    }
