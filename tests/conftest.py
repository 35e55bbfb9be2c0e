"""Shared fixtures: a throw-away project environment (raw folder, warehouse, Dagster home).

Every test works in ``tmp_path`` through the BAOCAO_* / DAGSTER_HOME env vars, so the repo's
own warehouse and instance are never touched and tests can run in parallel (pytest-xdist).
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "raw"  # the real sample reports
# ../shared beside the repository (the development gold, shared texts, scorer), as CI lays it out.
# A fresh clone has none: tests that need it skip with a one-line reason (``needs_shared``).
SHARED = ROOT.parent / "shared"
INSTANCE_YAML = ROOT / ".dagster_home" / "dagster.yaml"


@dataclass
class ProjectEnv:
    root: Path
    raw: Path
    warehouse: Path
    home: Path

    def env(self) -> dict[str, str]:
        return {
            "BAOCAO_RAW_DIR": str(self.raw),
            "BAOCAO_WAREHOUSE": str(self.warehouse),
            "BAOCAO_PUBLISH_DIR": str(self.root / "published"),
            "DAGSTER_HOME": str(self.home),
            # Tests drive the sensor's two-evaluation settle rule tick by tick; a slow machine must
            # not turn files into "quiet" ones between two ticks. test_sensor_quiet.py sets it.
            "BAOCAO_QUIET_SECONDS": "3600",
        }


def make_project_env(root: Path, samples: bool = True) -> ProjectEnv:
    raw, home = root / "raw", root / "dagster_home"
    raw.mkdir(parents=True)
    home.mkdir()
    shutil.copy(INSTANCE_YAML, home / "dagster.yaml")  # same pool limits as the real instance
    if samples:
        for path in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(path, raw / path.name)
    return ProjectEnv(root=root, raw=raw, warehouse=root / "warehouse" / "warehouse.duckdb", home=home)


def indicator_rows(text: str) -> list[dict]:
    """The indicators a short text of a test is read into (through ``extract_document``, as a report would be)."""
    from orchestration.extraction import extract_document

    return list(extract_document(text.encode(), "probe.txt").tables["indicators"].iter_rows(named=True))


def needs_shared(*parts: str) -> pytest.MarkDecorator:
    """Skip marker for tests that read ``../shared/<parts>`` (absent in a fresh clone)."""
    relative = "/".join(("..", "shared", *parts))
    return pytest.mark.skipif(not SHARED.joinpath(*parts).exists(), reason=f"needs {relative} beside the repository")


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Parse the dbt project once per test session if needed (lock shared by xdist workers)."""
    from orchestration.defs.dbt_project import manifest_is_stale, prepare_manifest

    lock_path = tmp_path_factory.getbasetemp().parent / "baocao-dbt-prepare.lock"
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if manifest_is_stale():
            prepare_manifest()


@pytest.fixture
def project_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProjectEnv:
    env = make_project_env(tmp_path)
    for key, value in env.env().items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def instance(project_env: ProjectEnv) -> Iterator[object]:
    import dagster as dg

    inst = dg.DagsterInstance.from_config(str(project_env.home))
    try:
        yield inst
    finally:
        inst.dispose()


def pytest_configure(config: pytest.Config) -> None:
    # dbt's anonymous usage stats and Dagster telemetry: never phone home from tests.
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    # A rule's error raises under test (in a run it passes over that one place and keeps the report's other facts).
    os.environ.setdefault("BAOCAO_STRICT_RULES", "1")
