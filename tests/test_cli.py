"""The ``baocao`` console script: ``extract`` (fast, no Dagster) and ``run`` (whole pipeline)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from orchestration import settings

BAOCAO = str(Path(sys.executable).parent / "baocao")
REPORT = "002_3d4276e4e784b084.txt"


def run(args: list[str], env: dict[str, str] | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})


def test_extract_prints_json_lines_and_reports_rejected_files(project_env):
    empty = project_env.raw / "empty.txt"
    empty.write_bytes(b"")
    good = project_env.raw / REPORT
    missing = project_env.raw / "missing.txt"
    code = (
        "import sys; from orchestration.cli import main; rc = main(sys.argv[1:]); "
        "assert not any(m == 'dagster' or m.startswith(('dagster.', 'dagster_')) for m in sys.modules), "
        "'extract imported dagster'; sys.exit(rc)"
    )
    proc = run([sys.executable, "-c", code, "extract", str(empty), str(good), str(missing)])
    assert proc.returncode == 1, proc.stderr
    assert f"{empty}: rejected:" in proc.stderr and "[empty]" in proc.stderr
    assert f"{missing}: cannot read" in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows[0]["table"] == "documents" and rows[0]["source_file"] == REPORT
    assert {r["table"] for r in rows} <= {"documents", "indicators", "budgets", "projects", "disasters"}
    assert "Bắc Kạn" in proc.stdout or "bac_kan" in proc.stdout  # ensure_ascii=False keeps Vietnamese
    assert "\\u" not in proc.stdout


def test_extract_reads_the_sidecar_beside_a_file_and_names_a_bad_one(tmp_path):
    text = "Tin địa phương\n\nThu ngân sách trên địa bàn đạt 1.250 tỷ đồng, tăng 8% so với cùng kỳ.\n"
    (tmp_path / "tin.txt").write_text(text, encoding="utf-8")
    (tmp_path / "tin.meta.json").write_text(json.dumps({"province": "lao_cai", "published": "2026-03-14"}))
    proc = run([sys.executable, "-m", "orchestration.cli", "extract", str(tmp_path / "tin.txt")])
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout.splitlines()[0])
    assert (document["province"], document["sidecar_file"]) == ("lao_cai", "tin.meta.json")
    # a sidecar that cannot be used is named on stderr; the facts still print, placed by the text alone
    (tmp_path / "tin.meta.json").write_text('{"province": "atlantis"}')
    proc = run([sys.executable, "-m", "orchestration.cli", "extract", str(tmp_path / "tin.txt")])
    assert proc.returncode == 0 and "tin.meta.json" in proc.stderr and "sidecar ignored" in proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["province"] is None


def test_extract_console_script_exit_zero(project_env):
    proc = run([BAOCAO, "extract", str(project_env.raw / REPORT)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") >= 1


def test_paths_come_from_env_then_project_root(monkeypatch, tmp_path):
    monkeypatch.delenv(settings.ENV_RAW_DIR, raising=False)
    monkeypatch.delenv(settings.ENV_WAREHOUSE, raising=False)
    assert settings.raw_dir() == settings.PROJECT_ROOT / "raw"
    assert settings.warehouse_path() == settings.PROJECT_ROOT / "warehouse" / "warehouse.duckdb"
    monkeypatch.setenv(settings.ENV_RAW_DIR, str(tmp_path / "in"))
    monkeypatch.setenv(settings.ENV_WAREHOUSE, "elsewhere/w.duckdb")  # relative → project root
    assert settings.raw_dir() == tmp_path / "in"
    assert settings.warehouse_path() == settings.PROJECT_ROOT / "elsewhere" / "w.duckdb"
    assert settings.publish_dir() == settings.PROJECT_ROOT / "elsewhere" / "published"


def test_run_with_missing_raw_folder_fails_fast(project_env, tmp_path):
    proc = run([BAOCAO, "run"], env={settings.ENV_RAW_DIR: str(tmp_path / "nope")})
    assert proc.returncode == 2
    assert str(tmp_path / "nope") in proc.stderr


@pytest.mark.slow
def test_run_end_to_end(project_env):
    (project_env.raw / "999_empty.txt").write_bytes(b"")
    (project_env.raw / ".partial.tmp").write_bytes(b"ignored")
    warehouse = project_env.root / "w" / "cli.duckdb"
    proc = run([BAOCAO, "run", "--raw", str(project_env.raw), "--warehouse", str(warehouse)])
    out = proc.stdout
    assert "Documents: 3 loaded, 1 rejected" in out, out + proc.stderr
    assert "rejected  999_empty.txt:" in out and "[empty]" in out
    assert ".partial.tmp" not in out
    for table in ("indicators", "budgets", "projects", "disasters", "mart_indicators", "mart_province_period"):
        assert f"  {table} " in out
    assert "PASS            indicators:evidence_matches_text" in out
    assert (
        "WARN            documents:report_period_recency" in out
        or "PASS            documents:report_period_recency" in out
    )
    assert (proc.returncode == 0) == ("result: ok" in out), out
    assert proc.returncode == 0, out  # fails while a blocking check or dbt test fails
    # dbt's tests of this build, counted from dbt's run_results.json
    dbt_line = next(line for line in out.splitlines() if "dbt tests:" in line)
    assert int(dbt_line.split("dbt tests:")[1].split()[0]) > 50 and " 0 fail" in dbt_line, dbt_line
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents WHERE is_current").fetchall() == [(3,)]
    finally:
        con.close()
    # the runs are in the project-local instance (what the UI shows)
    assert any((project_env.home / "history").iterdir())


@pytest.mark.slow
def test_run_exits_non_zero_when_a_blocking_check_fails(project_env, monkeypatch, capsys):
    """Facts whose evidence is not their text span fail a blocking check → exit 1."""
    from orchestration import batch, cli

    for path in project_env.raw.iterdir():
        if path.name != REPORT:
            path.unlink()
    real_extract = batch.extract_document

    def corrupt(data: bytes, source_file: str, **kwargs):
        extraction = real_extract(data, source_file, **kwargs)
        extraction.tables["indicators"] = extraction.tables["indicators"].with_columns(
            evidence=extraction.tables["indicators"]["evidence"] + "!"
        )
        return extraction

    monkeypatch.setattr(batch, "extract_document", corrupt)  # one file: extracted in-process
    assert cli.main(["run"]) == 1
    out = capsys.readouterr().out
    assert "FAIL (blocking) indicators:evidence_matches_text" in out
    assert "FAILED blocking checks: indicators:evidence_matches_text" in out
    assert "result: FAILED" in out


@pytest.mark.slow
def test_run_in_ranges_shares_one_extraction_pool(project_env, monkeypatch, capsys):
    """A backfill of several range runs starts its extraction processes once, and loads every report."""
    import dagster as dg

    from orchestration import batch, cli

    for path in sorted((Path(__file__).parent / "fixtures" / "reports").glob("*.txt")):
        (project_env.raw / path.name).write_bytes(path.read_bytes())
    reports = len(list(project_env.raw.glob("*.txt")))
    started: list[int] = []

    class CountedPool(batch.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(cli, "MAX_REPORTS_PER_RUN", 3)
    cli.main(["run"])
    out = capsys.readouterr().out
    assert f"Documents: {reports} loaded, 0 rejected" in out, out
    runs = [r.dagster_run.job_name for r in dg.DagsterInstance.get().get_run_records()]
    assert runs.count("ingest_report_job") == -(-reports // 3) >= 3
    assert len(started) == 1
    assert batch._kept is None  # closed before the refresh


def test_extract_reports_a_broken_contract_per_file_and_goes_on(tmp_path, monkeypatch, capsys):
    """A frame that breaks the fact contract (an extraction bug) names the file; the others print."""
    from orchestration import cli
    from orchestration.extraction import pipeline
    from orchestration.extraction.schema import FrameContractError

    good, bad = tmp_path / "tot.txt", tmp_path / "hong.txt"
    good.write_text("Năm 2023, GRDP tỉnh Lạng Sơn tăng 6,5%.", encoding="utf-8")
    bad.write_text("Năm 2023, GRDP tỉnh Lạng Sơn tăng 7,5%.", encoding="utf-8")
    real = pipeline.extract_document

    def extract(data: bytes, name: str, **kwargs):
        if name == "hong.txt":
            raise FrameContractError(name, "indicators", "unit", "['furlong']")
        return real(data, name, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", extract)
    monkeypatch.setattr("orchestration.extraction.extract_document", extract)
    assert cli.cmd_extract([str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    assert "hong.txt: extraction broke the fact contract: hong.txt: indicators.unit" in err
    assert '"source_file": "tot.txt"' in out


def test_dbt_test_lines_read_this_builds_results_only(tmp_path):
    from orchestration.cli import dbt_test_lines

    path = tmp_path / "run_results.json"
    results = [
        {"unique_id": "model.baocao.mart_x", "status": "success", "message": "OK"},
        {"unique_id": "test.baocao.unique_mart_x_id.1a2b", "status": "pass", "message": None},
        {"unique_id": "test.baocao.accepted_values_columns_mart_x.3c4d", "status": "warn", "message": "Got 2 results"},
        {"unique_id": "test.baocao.not_null_columns_mart_x.5e6f", "status": "error", "message": "Catalog Error"},
    ]
    path.write_text(json.dumps({"results": results}), encoding="utf-8")
    lines = dbt_test_lines(path, since=0)
    assert [(line.name, line.status) for line in lines] == [
        ("unique_mart_x_id", "PASS"),
        ("accepted_values_columns_mart_x", "WARN"),
        ("not_null_columns_mart_x", "ERROR"),
    ]
    assert all(line.from_dbt for line in lines) and lines[1].description == "Got 2 results"
    assert dbt_test_lines(path, since=time.time() + 60) == []  # an older build's results: not this run's
    assert dbt_test_lines(tmp_path / "missing.json", since=0) == []
