"""A rule's error on one place of a real report costs that place's facts, not the report's: every other fact still
loads and the error is told with the file and the place. Under test (``BAOCAO_STRICT_RULES``, set by conftest) the
error raises, so that a bug fails its test."""

import pytest

from orchestration import cli
from orchestration.extraction import pipeline
from orchestration.extraction.pipeline import STRICT_RULES_ENV, extract_document

REPORT = ("UBND TỈNH PHÚ THỌ\nBÁO CÁO tình hình kinh tế - xã hội tháng 10 năm 2026\n\n"
          "Chỉ số sản xuất công nghiệp tháng 10 tăng 9,4%. Kim ngạch xuất khẩu đạt 612 triệu USD.\n\n"
          "Tổng mức bán lẻ hàng hóa đạt 4.215 tỷ đồng.\n")


def _values(extraction: pipeline.Extraction) -> set[float]:
    return {v for frame in extraction.tables.values() for v in frame["value"].to_list()}


def _a_rule_failing_on_the_figure(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    real = pipeline._indicator_fields

    def indicator_fields(layout, fig, *args, **kwargs):
        if fig.token == token:
            raise ValueError("a rule's bug")
        return real(layout, fig, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_indicator_fields", indicator_fields)


def test_a_rule_failing_on_one_figure_costs_that_figure_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STRICT_RULES_ENV, raising=False)
    _a_rule_failing_on_the_figure(monkeypatch, "612")
    extraction = extract_document(REPORT.encode(), "phu-tho-10.txt")
    values = _values(extraction)
    assert {9.4, 4215e9} <= values and 612e6 not in values
    assert extraction.document["province"] == "phu_tho"
    (message,) = extraction.rule_errors
    assert message.startswith("phu-tho-10.txt: a rule failed on the figure at characters ")
    assert "ValueError: a rule's bug" in message


def test_a_rule_failing_on_a_paragraph_costs_that_paragraph_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STRICT_RULES_ENV, raising=False)
    real = pipeline.find_figures

    def find_figures(paragraph, *args, **kwargs):
        if "bán lẻ" in paragraph:
            raise IndexError("a rule's bug")
        return real(paragraph, *args, **kwargs)

    monkeypatch.setattr(pipeline, "find_figures", find_figures)
    extraction = extract_document(REPORT.encode(), "phu-tho-10.txt")
    values = _values(extraction)
    assert {9.4, 612e6} <= values and 4215e9 not in values
    assert "the paragraph at characters" in extraction.rule_errors[0]


def test_a_rule_error_raises_under_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRICT_RULES_ENV, "1")
    _a_rule_failing_on_the_figure(monkeypatch, "612")
    with pytest.raises(ValueError, match="a rule's bug"):
        extract_document(REPORT.encode(), "phu-tho-10.txt")


def test_an_error_in_no_one_place_still_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    # (what reads every row at once after the places are read has no place to pass over: the report is not half read)
    monkeypatch.delenv(STRICT_RULES_ENV, raising=False)

    def broken(*args, **kwargs):
        raise KeyError("every row")

    monkeypatch.setattr(pipeline, "_headline_figures_as_the_body_reads_them", broken)
    with pytest.raises(KeyError):
        extract_document(REPORT.encode(), "phu-tho-10.txt")


def test_baocao_extract_tells_the_place_passed_over_and_prints_the_rest(
        monkeypatch: pytest.MonkeyPatch, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(STRICT_RULES_ENV, raising=False)
    _a_rule_failing_on_the_figure(monkeypatch, "612")
    report = tmp_path / "phu-tho-10.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert cli.cmd_extract([str(report)]) == 0
    out, err = capsys.readouterr()
    assert "baocao extract: phu-tho-10.txt: a rule failed on the figure at characters" in err
    assert '"value": 9.4' in out


def test_a_sentence_naming_no_subject_after_a_bracket_of_revised_rates_is_keyed() -> None:
    # (its subject is none: the catalog's reading of it had raised, and the whole report was lost)
    rows = extract_document((
        "CỤC THỐNG KÊ TỈNH NINH BÌNH\nBÁO CÁO tình hình kinh tế - xã hội năm 2026\n\n"
        "Tổng sản phẩm trên địa bàn (GRDP) năm 2026 theo giá so sánh 2010 ước tính tăng 7,9% so với năm 2025 (số "
        "chính thức năm 2025 tăng 7,2%, số sơ bộ công bố trước đó là 6,9%). Quý IV/2026 ước tăng 8,3%.\n").encode(),
        "ninh-binh-2026.txt").tables["indicators"].rows(named=True)
    assert {r["value"]: r["indicator_key"] for r in rows}[8.3] == "grdp"
