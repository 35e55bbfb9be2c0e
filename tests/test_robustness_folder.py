"""Issue #5, done-when: one `baocao run` over a folder holding the samples plus every kind of
awkward file (tests/fixtures/bad_files.py, generated here) exits 0; the good reports and every
re-encoded or renamed copy yield their facts once in the marts; every bad file is recorded in
``rejected_documents`` with its reason."""

from __future__ import annotations

import shutil

import pytest

from orchestration.cli import run_pipeline
from tests.conftest import SAMPLES, make_project_env
from tests.fixtures.bad_files import write_fixtures
from tests.robustness import query, start_baocao_run

OVERSIZE = 300_000  # BAOCAO_MAX_BYTES for this run (the samples are 29–94 KB)
MART_FACTS = {  # what a mart row says, without ids, file names or offsets
    "mart_indicators": "province, locality, period_key, indicator_key, metric, value, unit, fact_seq",
    "mart_budget_execution": "province, locality, period_key, budget_item, actual_vnd, plan_vnd, pct_of_plan",
    "mart_disaster_impact": "province, locality, period_key, deaths, houses_damaged, economic_loss_vnd, n_facts",
    "mart_projects": "province, locality, period_key, project_key, event, total_investment_vnd, n_facts",
    "mart_province_period": "*",
}


def mart_facts(wh) -> dict[str, list[tuple]]:
    return {m: query(wh, f"SELECT {cols} FROM marts.{m} ORDER BY ALL") for m, cols in MART_FACTS.items()}


@pytest.mark.slow
def test_one_run_over_samples_and_every_awkward_file(project_env, tmp_path, monkeypatch):
    raw = project_env.raw
    written = write_fixtures(tmp_path / "fixtures", oversize_bytes=OVERSIZE)
    expected_rejections = {}
    for path, fx in written:
        if fx.kind == "half_written":
            # a copy in progress under a final name is the sensor's job (settle rule); here it is
            # what copy tools leave while copying: a temp name, which `baocao run` skips too
            shutil.copy(path, raw / (fx.name + ".part"))
            continue
        shutil.copy(path, raw / fx.name)
        if fx.expected_code or fx.kind == "english":
            expected_rejections[fx.name] = fx.expected_code or "not_vietnamese"
    proc = start_baocao_run(project_env, {"BAOCAO_MAX_BYTES": str(OVERSIZE)})

    # meanwhile, in this process: the samples alone, in a separate instance and warehouse
    ref = make_project_env(tmp_path / "reference")
    for key, value in ref.env().items():
        monkeypatch.setenv(key, value)
    import dagster as dg

    with dg.DagsterInstance.from_config(str(ref.home)) as instance:
        summary, _ = run_pipeline(ref.raw, ref.warehouse, instance)
    assert not summary.failed_runs and not summary.blocking_failures

    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, out + err
    wh = project_env.warehouse

    # every bad file is recorded with its reason, and named in the run's summary
    rejected = {r[0]: (r[1], r[2]) for r in query(wh, "SELECT source_file, code, reason FROM rejected_documents")}
    assert {name: code for name, (code, _) in rejected.items()} == expected_rejections
    for name, (code, reason) in rejected.items():
        assert f"rejected  {name}: {reason} [{code}]" in out
    assert "ignored   half_written.txt.part" in out

    # every good file loaded; the re-encoded and renamed copies are one text with the sample
    loaded = {r[0]: r[1] for r in query(wh, "SELECT source_file, text_sha256 FROM documents WHERE is_current")}
    good = {path.name for path, fx in written if fx.name in loaded} | {p.name for p in SAMPLES.glob("*.txt")}
    assert set(loaded) == good
    copies = [fx.name for _, fx in written if fx.kind not in ("half_written",) and fx.name in loaded]
    assert len({loaded[name] for name in copies}) == 1  # all copies of 000_…: one text
    dim = query(wh, "SELECT count(*), count(*) FILTER (WHERE is_canonical) FROM marts.dim_document")[0]
    assert dim == (len(good), len(set(loaded.values())))

    # ... and the marts say exactly what the samples alone say: every fact once
    assert mart_facts(wh) == mart_facts(ref.warehouse)
