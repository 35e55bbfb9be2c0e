"""Issue #5, behaviour 1: bad files are rejected with a reason naming the file, recorded in
``rejected_documents`` and shown in Dagster, while every other file loads; re-encoded copies are
not bad and load with the same facts as their UTF-8 original. Real files, real runs."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.definitions import build_defs
from orchestration.extraction import FACT_TABLES
from tests.fixtures.bad_files import bad_inputs, reencodings
from tests.robustness import NO_FIGURES_TEXT, NUMBERS_UNREAD_TEXT, SMALL_SAMPLE, fact_signature, ingest, query, sha

OVERSIZE_LIMIT = 100_000  # BAOCAO_MAX_BYTES for this test; the sample (28 KB) is well under it
BAD = {  # fixture kind -> expected code
    "empty": "empty",
    "whitespace": "empty",
    "fake_png": "binary",
    "fake_pdf": "binary",
    "english": "not_vietnamese",
    "oversize": "too_large",
}
REENCODED = ("utf16le_bom", "utf16be", "cp1258_crlf", "nfd", "crlf", "utf8_bom")


def test_bad_files_are_rejected_and_recorded_while_the_rest_load(project_env, instance, monkeypatch):
    monkeypatch.setenv("BAOCAO_MAX_BYTES", str(OVERSIZE_LIMIT))
    raw = project_env.raw
    sample = (raw / SMALL_SAMPLE).read_bytes()
    bad = {fx.name: BAD[fx.kind] for fx in bad_inputs(sample, oversize_bytes=OVERSIZE_LIMIT) if fx.kind in BAD}
    for fx in bad_inputs(sample, oversize_bytes=OVERSIZE_LIMIT):
        if fx.kind in BAD:
            (raw / fx.name).write_bytes(fx.data)
    (raw / "no_figures.txt").write_text(NO_FIGURES_TEXT, encoding="utf-8")
    bad["no_figures.txt"] = "no_figures"
    (raw / "numbers_unread.txt").write_text(NUMBERS_UNREAD_TEXT, encoding="utf-8")
    copies = [fx for fx in reencodings(sample, stem="copy") if fx.kind in REENCODED]
    for fx in copies:
        (raw / fx.name).write_bytes(fx.data)

    defs = build_defs(raw, project_env.warehouse)
    # bad files first and interleaved with good ones: one failure must not stop the others
    names = [*bad, SMALL_SAMPLE, "numbers_unread.txt", *(fx.name for fx in copies)]
    results = dict(zip(names, ingest(defs, instance, *names), strict=True))
    assert all(r.success for r in results.values()), [n for n, r in results.items() if not r.success]
    wh = project_env.warehouse

    # every bad file: one row with its content hash, reason and first/last seen
    rows = query(wh, "SELECT source_file, content_sha256, code, reason, first_seen, last_seen FROM rejected_documents")
    by_file = {r[0]: r[1:] for r in rows}
    assert set(by_file) == set(bad)
    for name, code in bad.items():
        content, got_code, reason, first_seen, last_seen = by_file[name]
        assert got_code == code, (name, got_code, reason)
        assert content == sha((raw / name).read_bytes())
        assert reason and len(reason) > 20 and first_seen <= last_seen
    assert "100,000 bytes" in by_file["oversize.txt"][2]  # the configured limit is named

    # ... shown in Dagster: the reason (naming the file) on rejected_documents, and an
    # observation with status "rejected" on the file's documents partition
    for name in bad:
        result = results[name]
        [mat] = [
            e.step_materialization_data.materialization
            for e in result.get_asset_materialization_events()
            if e.asset_key == dg.AssetKey("rejected_documents")
        ]
        assert mat.description.startswith(f"{name}: ") and mat.metadata["code"].value == bad[name]
        [obs] = result.get_asset_observation_events()
        assert obs.asset_observation_data.asset_observation.partition == name
        assert obs.asset_observation_data.asset_observation.metadata["status"].value == "rejected"
        assert not [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("indicators")]
    stored = instance.fetch_materializations(dg.AssetKey("rejected_documents"), limit=100).records
    assert {r.asset_materialization.metadata["source_file"].value for r in stored} == set(bad)
    # rejected files have no documents row at all; good ones do
    assert not query(wh, "SELECT * FROM documents WHERE source_file IN (SELECT source_file FROM rejected_documents)")

    # re-encoded copies are not bad: same normalised text, same facts as the UTF-8 original
    docs = dict(query(wh, "SELECT source_file, text_sha256 FROM documents WHERE is_current"))
    assert set(docs) == {SMALL_SAMPLE, "numbers_unread.txt", *(fx.name for fx in copies)}
    assert len({docs[name] for name in docs if name != "numbers_unread.txt"}) == 1, docs
    # a text whose only number is a date no rule reads: loaded, with no facts
    for table in FACT_TABLES:
        assert not fact_signature(wh, table, "numbers_unread.txt"), table
    for table in FACT_TABLES:
        original = fact_signature(wh, table, SMALL_SAMPLE)
        assert original or table != "indicators"
        for fx in copies:
            assert fact_signature(wh, table, fx.name) == original, (table, fx.kind)


def test_size_limit_is_configurable_and_documented(monkeypatch):
    from orchestration import settings

    monkeypatch.delenv("BAOCAO_MAX_BYTES", raising=False)
    assert settings.max_report_bytes() == settings.DEFAULT_MAX_BYTES
    monkeypatch.setenv("BAOCAO_MAX_BYTES", "1234")
    assert settings.max_report_bytes() == 1234
    monkeypatch.setenv("BAOCAO_MAX_BYTES", "0")
    assert settings.max_report_bytes() is None
    readme = (settings.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert "BAOCAO_MAX_BYTES" in readme and "BAOCAO_SETTLE_SECONDS" in readme


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setenv("DO_NOT_TRACK", "1")
