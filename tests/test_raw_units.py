"""Issue #10 (no real report is lost): how a document gets placed, and a report + its sidecar as
one unit of the raw folder. Pure library tests (no Dagster, no DuckDB); own short phrasings."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from orchestration.extraction import extract_document
from orchestration.extraction.sidecar import parse_sidecar
from orchestration.raw_units import (
    content_key,
    orphan_sidecars,
    placement_reason,
    read_sidecar_or_warn,
    unit_state,
)
from orchestration.settings import is_report_name, list_reports

RETAIL = "Tổng mức bán lẻ hàng hóa ước đạt 2.340 tỷ đồng, tăng 8,2% so với cùng kỳ năm trước.\n"
# one text per way a document gets placed (own phrasings, province and years not of the samples)
BY_TITLE = "UBND TỈNH SÓC TRĂNG\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2023\n\n" + RETAIL
BY_DATE_LINE = (
    "UBND TỈNH SÓC TRĂNG\nSỞ CÔNG THƯƠNG\nSóc Trăng, ngày 8 tháng 10 năm 2023\n"
    "BÁO CÁO\nTình hình hoạt động thương mại\n\n" + RETAIL
)
NO_PERIOD = "UBND TỈNH SÓC TRĂNG\nBÁO CÁO\nTình hình hoạt động thương mại\n\n" + RETAIL
NO_PROVINCE = "BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2023\n\n" + RETAIL
UNPLACED = RETAIL + "Kim ngạch xuất khẩu đạt 61 triệu USD.\n"


def placement(text: str, sidecar: bytes | None = None, sidecar_name: str = "r.meta.json") -> dict:
    parsed = parse_sidecar(sidecar, sidecar_name) if sidecar is not None else None
    return extract_document(text.encode(), "r.txt", sidecar=parsed).document


def test_placed_by_title():
    doc = placement(BY_TITLE)
    assert (doc["placement"], doc["province"], doc["place_source"]) == ("placed", "soc_trang", "title")
    assert (doc["period_start"], doc["period_end"], doc["period_source"]) == (
        dt.date(2023, 7, 1),
        dt.date(2023, 9, 30),
        "title",
    )


def test_placed_by_date_line():
    doc = placement(BY_DATE_LINE)
    assert (doc["placement"], doc["province"], doc["period_source"]) == ("placed", "soc_trang", "date_line")
    assert doc["period_end"].year == 2023


def test_placed_by_sidecar_where_the_text_is_silent():
    sidecar = {"province": "Sóc Trăng", "period_start": "2023-07-01", "period_end": "2023-09-30"}
    doc = placement(UNPLACED, json.dumps(sidecar).encode())
    assert (doc["placement"], doc["province"], doc["place_source"], doc["period_source"]) == (
        "placed",
        "soc_trang",
        "sidecar",
        "sidecar",
    )
    assert (doc["sidecar_file"], doc["sidecar_conflicts"]) == ("r.meta.json", None)


def test_facts_of_a_sidecar_placed_report_carry_its_place_and_period():
    sidecar = parse_sidecar(b"province: soc_trang\nperiod_start: 2023-07-01\nperiod_end: 2023-09-30\n", "r.meta.yaml")
    facts = extract_document(UNPLACED.encode(), "r.txt", sidecar=sidecar).tables["indicators"]
    assert facts.height >= 2
    assert set(facts["province"]) == {"soc_trang"}
    assert set(facts["period_end"]) == {dt.date(2023, 9, 30)}


def test_not_placed_still_loads_with_what_is_missing():
    assert placement(NO_PERIOD)["placement"] == "no_period"
    assert placement(NO_PROVINCE)["placement"] == "no_province"
    doc = placement(UNPLACED)
    assert (doc["placement"], doc["province"], doc["period_start"], doc["place_source"], doc["period_source"]) == (
        "unplaced",
        None,
        None,
        None,
        None,
    )


def test_the_text_wins_over_a_contradicting_sidecar_and_the_conflict_is_recorded():
    doc = placement(BY_TITLE, b'{"province": "bac_lieu"}')
    assert (doc["province"], doc["place_source"]) == ("soc_trang", "title")
    assert doc["sidecar_conflicts"] == "province: text soc_trang, sidecar bac_lieu"


# --- a report and its sidecar as one unit ------------------------------------------------------


def test_sidecars_are_never_reports(tmp_path: Path):
    for name in ("a.txt", "a.meta.json", "b.meta.yaml", "c.meta.yml"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in list_reports(tmp_path)] == ["a.txt"]
    assert not is_report_name("A.META.JSON")


def test_content_key_is_the_report_hash_without_a_sidecar_and_changes_with_it(tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text(RETAIL, encoding="utf-8")
    plain = unit_state(report)
    assert plain.content_key == plain.report_sha256 and plain.sidecar_file is None

    sidecar = tmp_path / "r.meta.json"
    sidecar.write_text('{"province": "soc_trang"}')
    with_sidecar = unit_state(report)
    assert with_sidecar.sidecar_file == "r.meta.json"
    assert with_sidecar.report_sha256 == plain.report_sha256
    assert with_sidecar.content_key not in (plain.content_key, unit_state(report).report_sha256)
    assert with_sidecar.size == plain.size + sidecar.stat().st_size

    sidecar.write_text('{"province": "bac_lieu"}')
    assert unit_state(report).content_key != with_sidecar.content_key
    sidecar.unlink()
    assert unit_state(report).content_key == plain.content_key


def test_content_key_parts_cannot_be_shifted_into_each_other():
    assert content_key("ab", "c.meta.json", b"x") != content_key("a", "bc.meta.json", b"x")
    assert content_key("a", "b.meta.json", b"") != content_key("a", None, None)


def test_a_sidecar_without_its_report_is_an_orphan(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "gone.meta.yaml").write_text("province: soc_trang\n")
    assert orphan_sidecars(tmp_path, ["a.txt"]) == ["gone.meta.yaml"]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b'{"province": "soc_tr', "not valid JSON"),
        (b'["soc_trang"]', "mapping"),
        (b'{"provnce": "soc_trang"}', "unknown field"),
        (b'{"province": "Atlantis"}', "not a province"),
        (b'{"period_start": "2023-07-01"}', "go together"),
        (b'{"period_start": "2023-13-01", "period_end": "2023-12-31"}', "not a date"),
    ],
)
def test_an_unusable_sidecar_is_reported_naming_the_file_and_never_half_applied(tmp_path: Path, data, says):
    report = tmp_path / "r.txt"
    report.write_text(RETAIL, encoding="utf-8")
    (tmp_path / "r.meta.json").write_bytes(data)
    reading = read_sidecar_or_warn(report)
    assert reading.sidecar is None
    assert reading.file_name == "r.meta.json"
    assert reading.error.startswith("r.meta.json: ") and says in reading.error
    # its bytes still count in the content key: fixing the file re-runs the report
    assert reading.content_key(unit_state(report).report_sha256) == unit_state(report).content_key


def test_placement_reason_says_what_is_missing_and_how_to_fix_it():
    assert placement_reason({"placement": "placed"}) is None
    assert placement_reason({"placement": "no_period", "source_file": "tin_01.txt"}) == (
        "no period: the text states no period; no sidecar (add tin_01.meta.json with period_start/period_end)"
    )
    assert placement_reason({"placement": "unplaced", "sidecar_file": "x.meta.json"}) == (
        "no province and no period: the text states neither; its sidecar x.meta.json does not say it either"
    )
    reason = placement_reason({"placement": "no_province", "sidecar_error": "x.meta.json: empty"})
    assert reason == "no province: the text names no province; sidecar ignored (x.meta.json: empty)"


def test_the_unplaced_check_names_each_file_with_what_is_missing_and_its_facts():
    import polars as pl

    from orchestration.defs.checks import _named_files_result

    bad = pl.DataFrame(
        {
            "source_file": ["tin_a.txt", "tin_b.txt"],
            "placement": ["unplaced", "no_period"],
            "sidecar_file": [None, "tin_b.meta.json"],
            "sidecar_error": [None, "tin_b.meta.json: empty (a half-written file?)"],
            "n_facts": [3, 1],
        }
    )
    result = _named_files_result("unplaced_documents", bad)
    assert not result.passed and result.severity.value == "WARN"
    assert result.description == (
        "2 document(s) not fully placed: tin_a.txt (no province and no period; facts: 3); "
        "tin_b.txt (no period; facts: 1)"
    )
    assert result.metadata["files"].value[1] == (
        "tin_b.txt: no period: the text states no period; "
        "sidecar ignored (tin_b.meta.json: empty (a half-written file?)) (facts: 1)"
    )
    assert _named_files_result("unplaced_documents", bad.head(0)).passed


def test_saved_unit_states_spare_the_next_process_hashing_unchanged_files(tmp_path: Path, monkeypatch):
    from orchestration import raw_units

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(BY_TITLE, encoding="utf-8")
    (tmp_path / "b.meta.json").write_text(json.dumps({"province": "soc_trang"}), encoding="utf-8")
    reports = [tmp_path / "a.txt", tmp_path / "b.txt"]
    state_file = tmp_path / "states.json"
    first = raw_units.UnitStateCache()
    before = raw_units.unit_states(reports, first)
    first.save(state_file)

    hashed: list[str] = []
    real_sha = raw_units.sha256_file
    monkeypatch.setattr(raw_units, "sha256_file", lambda p: hashed.append(p.name) or real_sha(p))
    monkeypatch.setattr(raw_units, "_REMEMBERED", {})  # a new process: read from the file
    assert raw_units.unit_states(reports, raw_units.UnitStateCache.load(state_file)) == before
    assert hashed == []  # a new process, nothing moved: nothing hashed

    (tmp_path / "b.meta.json").write_text(json.dumps({"province": "bac_lieu"}), encoding="utf-8")
    after = raw_units.unit_states(reports, raw_units.UnitStateCache.load(state_file))
    assert hashed == ["b.txt"]  # its sidecar changed: the unit is read again
    assert after["b.txt"].content_key != before["b.txt"].content_key
    assert after["a.txt"] == before["a.txt"]


def test_kept_unit_states_are_read_once_per_process_while_the_file_is_the_same(tmp_path: Path):
    from orchestration.raw_units import UnitStateCache, unit_states_kept

    (tmp_path / "a.txt").write_text(BY_TITLE, encoding="utf-8")
    state_file = tmp_path / "states.json"
    states = unit_states_kept([tmp_path / "a.txt"], state_file)
    first = UnitStateCache.load(state_file)
    assert UnitStateCache.load(state_file) is first  # what it just wrote, not read back
    assert unit_states_kept([tmp_path / "a.txt"], state_file) == states
    other = UnitStateCache()  # another process writes the file: it is read again
    other.save(tmp_path / "elsewhere.json")
    os.replace(tmp_path / "elsewhere.json", state_file)
    again = UnitStateCache.load(state_file)
    assert again is not first and again is not other
    assert again.state(tmp_path / "a.txt") == states["a.txt"]  # hashed again: the file had no units
    assert again.changed


def test_unreadable_unit_states_mean_hashing_everything(tmp_path: Path):
    from orchestration.raw_units import UnitStateCache, unit_states

    (tmp_path / "a.txt").write_text(BY_TITLE, encoding="utf-8")
    older_layout = json.dumps([["x", [[1]], {"unknown_field": 1}]])
    for content in ("not json", older_layout, json.dumps({"format": 2, "units": [["x", [[1]], [1, 2]]]})):
        (tmp_path / "states.json").write_text(content, encoding="utf-8")
        cache = UnitStateCache.load(tmp_path / "states.json")
        assert unit_states([tmp_path / "a.txt"], cache)["a.txt"] == unit_state(tmp_path / "a.txt")
    assert UnitStateCache.load(tmp_path / "missing.json").state(tmp_path / "a.txt") == unit_state(tmp_path / "a.txt")
