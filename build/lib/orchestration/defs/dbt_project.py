"""The dbt project handle, built once, and manifest preparation (no asset definitions here).

Kept apart from ``assets/dbt.py`` so the CLI and the tests can check/prepare the manifest before
``@dbt_assets`` reads it at import time.
"""

import os
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from orchestration.settings import DBT_PROJECT_DIR

# dagster-dbt's preparer looks dbt up on PATH; make the venv's dbt findable even when the venv
# is not activated (e.g. `.venv/bin/dagster dev`, `.venv/bin/baocao run`).
_bin = str(Path(sys.executable).parent)
if _bin not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _bin + os.pathsep + os.environ.get("PATH", "")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def manifest_is_stale(project: DbtProject = dbt_project) -> bool:
    """True when the manifest is missing or older than any file of the dbt project."""
    manifest = Path(project.manifest_path)
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    project_dir = Path(project.project_dir)
    sources = [project_dir / "dbt_project.yml", project_dir / "profiles.yml"]
    for sub in ("models", "macros", "seeds", "tests", "snapshots"):
        sources += [p for p in (project_dir / sub).rglob("*") if p.is_file()]
    return any(p.exists() and p.stat().st_mtime > built for p in sources)


def prepare_manifest(project: DbtProject = dbt_project) -> None:
    """``dbt parse`` into the project's target dir (what ``prepare-and-package`` does)."""
    project.preparer.prepare(project)
