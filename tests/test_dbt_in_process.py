"""dbt run in the Dagster process (orchestration/dbt_in_process.py): it hands dagster-dbt the events the
dbt CLI prints, lets go of the warehouse file when it ends, and fails as the CLI fails."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from orchestration.dbt_in_process import InProcessDbt
from orchestration.defs.resources import WarehouseDbtCli, build_resources, dbt_executable
from orchestration.settings import DBT_PROJECT_DIR, ENV_DBT_SUBPROCESS, ENV_WAREHOUSE, PROJECT_ROOT

pytestmark = pytest.mark.slow  # each test runs dbt

PROVINCES_CSV = PROJECT_ROOT / "orchestration" / "extraction" / "data" / "provinces.csv"


def _flags(target: Path) -> list[str]:
    return ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
            "--target-path", str(target), "--log-path", str(target)]


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv(ENV_WAREHOUSE, str(path))  # dbt's profile reads it
    return path


def _dbt() -> WarehouseDbtCli:
    return WarehouseDbtCli(project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR),
                           dbt_executable=dbt_executable())


def test_a_command_writes_the_warehouse_and_then_lets_go_of_it(warehouse: Path, tmp_path: Path) -> None:
    process = InProcessDbt([dbt_executable(), "seed", *_flags(tmp_path / "target"), "--log-level", "none"])
    lines = [json.loads(line) for line in process.stdout]
    assert process.wait() == 0 and process.poll() == 0
    names = Counter(line["info"]["name"] for line in lines)
    assert names["LogSeedResult"] == 2  # provinces and the indicator catalog
    assert {line["info"]["level"] for line in lines} <= {"info", "warn"}  # no debug events, as on the CLI
    # dbt-duckdb keeps its connection for the next invocation of the process: closed, the file opens
    # again in this process with another configuration (DuckDB refuses that while a connection lives)
    with PROVINCES_CSV.open(encoding="utf-8") as f:
        provinces = sum(1 for _ in csv.DictReader(f))
    con = duckdb.connect(str(warehouse), config={"memory_limit": "256MB"})
    try:
        assert con.execute("SELECT count(*) FROM seeds.provinces").fetchone() == (provinces,)
    finally:
        con.close()


def test_the_events_are_those_the_dbt_cli_prints(warehouse: Path, tmp_path: Path) -> None:
    printed = subprocess.run(
        [dbt_executable(), "seed", *_flags(tmp_path / "cli"), "--log-format", "json"],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    cli = [json.loads(line) for line in printed.splitlines() if line.startswith("{")]
    process = InProcessDbt([dbt_executable(), "seed", *_flags(tmp_path / "in"), "--log-level", "none"])
    ours = [json.loads(line) for line in process.stdout]
    assert process.wait() == 0
    assert Counter(e["info"]["name"] for e in ours) == Counter(e["info"]["name"] for e in cli)
    assert {key for e in ours for key in e["info"]} == {key for e in cli for key in e["info"]}
    seed_results = [e for e in ours if e["info"]["name"] == "LogSeedResult"]
    assert {e["data"]["node_info"]["unique_id"] for e in seed_results} == {
        "seed.baocao.provinces", "seed.baocao.indicator_catalog"}


def test_an_interrupt_ends_the_command_cleanly_and_the_next_one_runs(warehouse: Path, tmp_path: Path) -> None:
    # dagster-dbt forwards a run's termination as SIGINT. The interrupt is raised in dbt's thread as soon as it
    # runs Python again, so dbt may still finish what it was doing (and one that lands in one of dbt's own
    # clean-ups is lost): whichever way it goes, the command ends, stdout ends (a reader never hangs), an
    # interrupted command says so, the warehouse is let go and the process can run dbt again
    for delay in (0.0, 0.5):  # while dbt is being imported or parsing, and while it runs
        process = InProcessDbt([dbt_executable(), "seed", *_flags(tmp_path / "target"), "--log-level", "none"])
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        lines = [json.loads(line) for line in process.stdout]
        code = process.wait(timeout=300)
        assert code in (0, 2)
        assert (code == 2) == any(line["info"]["level"] == "error" for line in lines)
        duckdb.connect(str(warehouse), config={"memory_limit": "256MB"}).close()
    again = InProcessDbt([dbt_executable(), "seed", *_flags(tmp_path / "target"), "--log-level", "none"])
    assert Counter(json.loads(line)["info"]["name"] for line in again.stdout)["LogSeedResult"] == 2
    assert again.wait() == 0


@pytest.mark.parametrize(
    ("command", "code", "said"),
    [
        (["run", "--select", "stg_documents"], 1, "stg_documents"),  # a model fails: no raw tables yet
        (["run-operation", "no_such_macro"], 2, "no_such_macro"),  # dbt raises
        (["build", "--no-such-flag"], 2, "no-such-flag"),  # the command line itself is wrong
    ],
)
def test_a_failing_command_fails_as_on_the_cli(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], code: int, said: str
) -> None:
    invocation = _dbt().cli(command, raise_on_error=False, target_path=tmp_path / "in")
    assert isinstance(invocation.process, InProcessDbt)
    assert not invocation.is_successful()
    assert invocation.process.returncode == code
    assert said in str(invocation.get_error())
    monkeypatch.setenv(ENV_DBT_SUBPROCESS, "1")  # the dbt CLI, as dagster-dbt runs it, exits the same way
    subprocess_invocation = build_resources(tmp_path / "raw", warehouse)["dbt"].cli(
        command, raise_on_error=False, target_path=tmp_path / "cli")
    assert not isinstance(subprocess_invocation.process, InProcessDbt)
    assert not subprocess_invocation.is_successful()
    assert subprocess_invocation.process.returncode == code


def test_subprocess_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert build_resources(tmp_path / "raw", tmp_path / "w.duckdb")["dbt"].in_process is True
    monkeypatch.setenv(ENV_DBT_SUBPROCESS, "1")
    assert build_resources(tmp_path / "raw", tmp_path / "w.duckdb")["dbt"].in_process is False
