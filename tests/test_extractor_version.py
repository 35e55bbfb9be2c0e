"""The extractor's version: which rules read a document, and ``baocao run --reextract``.

An unchanged file is never extracted again, so facts that older rules read stay in the warehouse
until they are asked for: each document and each refusal carries the version of the rules that
read it, ``baocao run`` counts the current documents read by other rules, and ``--reextract`` reads
them again (and retries refusals of other rules).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration import warehouse
from orchestration.extraction import extract_document
from orchestration.extraction import version as version_module
from orchestration.extraction.version import extractor_version
from tests.robustness import SMALL_SAMPLE, query

TEXT = (
    "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH LẠNG SƠN THÁNG 3 NĂM 2024\n"
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 900 tỷ đồng, tăng 8,5% so với cùng kỳ.\n"
)


def test_the_version_is_a_fingerprint_of_the_rule_files(tmp_path, monkeypatch):
    package = tmp_path / "extraction"
    (package / "data" / "words").mkdir(parents=True)
    (package / "rules.py").write_text("PATTERN = 'đạt'\n", encoding="utf-8")
    (package / "data" / "words" / "units.csv").write_text("words\nha\n", encoding="utf-8")

    def version_of(root: Path) -> str:
        monkeypatch.setattr(version_module, "PACKAGE", root)
        version_module.extractor_version.cache_clear()
        try:
            return version_module.extractor_version()
        finally:
            version_module.extractor_version.cache_clear()

    first = version_of(package)
    assert len(first) == 16 and int(first, 16) >= 0
    # bytecode and other files carry no rule
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0compiled")
    (package / "notes.md").write_text("why the rules are so", encoding="utf-8")
    assert version_of(package) == first
    # a changed word table is another version; so is the same table under another name
    (package / "data" / "words" / "units.csv").write_text("words\nha\ntấn\n", encoding="utf-8")
    second = version_of(package)
    assert second != first
    shutil.move(package / "data" / "words" / "units.csv", package / "data" / "words" / "weights.csv")
    assert version_of(package) not in (first, second)


def _load(con: duckdb.DuckDBPyConnection, name: str, text: str) -> None:
    warehouse.replace_documents(con, [(name, extract_document(text.encode(), name))])


def test_documents_and_refusals_carry_the_version_and_reextract_asks_for_the_others(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        _load(con, "a.txt", TEXT)
        _load(con, "b.txt", TEXT.replace("900", "950"))
        warehouse.record_rejection(con, "c.txt", "c" * 64, "empty", "empty")
        current = extractor_version()
        assert con.execute("SELECT DISTINCT extractor_version FROM documents").fetchall() == [(current,)]
        assert con.execute("SELECT extractor_version FROM rejected_documents").fetchall() == [(current,)]
        assert warehouse.outdated_documents(con) == 0

        # b.txt and c.txt were read by other rules
        con.execute("UPDATE documents SET extractor_version = '0000000000000000' WHERE source_file = 'b.txt'")
        con.execute("UPDATE rejected_documents SET extractor_version = NULL")
        every = warehouse.settled_versions(con)
        assert {name for name, _ in every} == {"a.txt", "b.txt", "c.txt"}  # a plain run extracts none again
        same_rules = warehouse.settled_versions(con, reextract=True)
        assert {name for name, _ in same_rules} == {"a.txt"}
        assert warehouse.outdated_documents(con) == 1

        # read again: the same content's row is replaced, stamped with this version
        _load(con, "b.txt", TEXT.replace("900", "950"))
        assert warehouse.outdated_documents(con) == 0
        assert con.execute("SELECT count(*) FROM documents WHERE source_file = 'b.txt'").fetchall() == [(1,)]
    finally:
        con.close()


def test_a_warehouse_older_than_the_column_has_every_document_outdated(tmp_path):
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    try:
        _load(con, "a.txt", TEXT)
        con.execute("ALTER TABLE documents DROP COLUMN extractor_version")
        con.execute("ALTER TABLE rejected_documents DROP COLUMN extractor_version")
    finally:
        con.close()
    con = duckdb.connect(str(path), read_only=True)  # how `baocao run` reads it before a load
    try:
        assert warehouse.settled_versions(con, reextract=True) == set()
        assert {name for name, _ in warehouse.settled_versions(con)} == {"a.txt"}
        assert warehouse.outdated_documents(con) == 1
    finally:
        con.close()
    con = duckdb.connect(str(path))
    try:
        warehouse.ensure_schema(con)  # the next load adds the columns; older rows stay null
        assert con.execute("SELECT extractor_version FROM documents").fetchall() == [(None,)]
        warehouse.record_rejection(con, "b.txt", "b" * 64, "empty", "empty")
        assert con.execute("SELECT extractor_version FROM rejected_documents").fetchall() == [(extractor_version(),)]
    finally:
        con.close()


@pytest.mark.slow
def test_run_reextracts_only_when_asked(project_env, instance):
    from orchestration.cli import run_pipeline

    raw, wh = project_env.raw, project_env.warehouse
    for path in raw.iterdir():
        if path.name != SMALL_SAMPLE:
            path.unlink()
    summary, _ = run_pipeline(raw, wh, instance)
    assert [d["file"] for d in summary.loaded] == [SMALL_SAMPLE] and summary.outdated == 0
    facts = query(wh, "SELECT count(*) FROM indicators")
    stamp = "UPDATE documents SET extractor_version = 'older rules' WHERE source_file = ?"
    con = duckdb.connect(str(wh))
    try:
        con.execute(stamp, [SMALL_SAMPLE])
    finally:
        con.close()

    # a plain run leaves the file alone and says what --reextract would do
    summary, _ = run_pipeline(raw, wh, instance)
    assert summary.loaded == [] and summary.unchanged == 1 and summary.outdated == 1

    summary, _ = run_pipeline(raw, wh, instance, reextract=True)
    assert not summary.failed_runs and not summary.blocking_failures
    assert [d["file"] for d in summary.loaded] == [SMALL_SAMPLE] and summary.outdated == 0
    assert query(wh, "SELECT extractor_version FROM documents WHERE source_file = ?", [SMALL_SAMPLE]) == [
        (extractor_version(),)
    ]
    assert query(wh, "SELECT count(*) FROM indicators") == facts
    # and the marts were rebuilt from the facts read again
    assert query(wh, "SELECT count(*) FROM marts.dim_document WHERE source_file = ?", [SMALL_SAMPLE]) == [(1,)]


def test_the_run_summary_says_what_reextract_would_do(tmp_path, capsys):
    from orchestration.cli import RunSummary, print_summary

    counts = {"facts": {}, "marts": {}}
    print_summary(RunSummary(unchanged=3, outdated=2), counts, tmp_path / "raw", tmp_path / "w.duckdb")
    out = capsys.readouterr().out
    assert "3 unchanged (not extracted again)" in out
    assert "2 current document(s) were read by other extraction rules" in out and "--reextract" in out
    print_summary(RunSummary(unchanged=3), counts, tmp_path / "raw", tmp_path / "w.duckdb")
    assert "--reextract" not in capsys.readouterr().out
