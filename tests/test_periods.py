"""periods: per-figure period phrases, date spans."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from orchestration.extraction.periods import (
    Period,
    a_breakdown_of_one_month,
    date_spans,
    find_period_phrases,
    listed_periods,
    month_end,
    month_period,
    quarter_period,
    with_the_documents_time,
    year_period,
)
from tests.conftest import indicator_rows

D = dt.date


def _one(text: str, ref_year: int | None = 2024):
    phrases = find_period_phrases(text, ref_year)
    assert len(phrases) == 1, phrases
    return phrases[0]


@pytest.mark.parametrize(("text", "kind", "start", "end", "label"), [
    ("6 tháng đầu năm 2024", "half", D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024"),
    ("6 THÁNG ĐẦU NĂM 2024", "half", D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024"),
    ("06 tháng cuối năm 2024", "half", D(2024, 7, 1), D(2024, 12, 31), "6 tháng cuối năm 2024"),
    ("nửa đầu năm 2023", "half", D(2023, 1, 1), D(2023, 6, 30), "6 tháng đầu năm 2023"),
    ("6 tháng năm 2024", "half", D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024"),
    ("quý I/2025", "quarter", D(2025, 1, 1), D(2025, 3, 31), "quý I năm 2025"),
    ("quý 1 năm 2025", "quarter", D(2025, 1, 1), D(2025, 3, 31), "quý I năm 2025"),
    ("Quý II năm 2024", "quarter", D(2024, 4, 1), D(2024, 6, 30), "quý II năm 2024"),
    ("QUÝ III/2024", "quarter", D(2024, 7, 1), D(2024, 9, 30), "quý III năm 2024"),
    ("quí IV năm 2024", "quarter", D(2024, 10, 1), D(2024, 12, 31), "quý IV năm 2024"),
    ("tháng 2/2025", "month", D(2025, 2, 1), D(2025, 2, 28), "tháng 2 năm 2025"),
    ("tháng 02 năm 2025", "month", D(2025, 2, 1), D(2025, 2, 28), "tháng 2 năm 2025"),
    ("9 tháng đầu năm 2024", "cumulative", D(2024, 1, 1), D(2024, 9, 30), "9 tháng đầu năm 2024"),
    ("9 tháng 2024", "cumulative", D(2024, 1, 1), D(2024, 9, 30), "9 tháng đầu năm 2024"),
    ("5 tháng năm 2025", "cumulative", D(2025, 1, 1), D(2025, 5, 31), "5 tháng đầu năm 2025"),
    ("01 tháng đầu năm 2025", "cumulative", D(2025, 1, 1), D(2025, 1, 31), "1 tháng đầu năm 2025"),
    ("lũy kế 2 tháng năm 2025", "cumulative", D(2025, 1, 1), D(2025, 2, 28), "2 tháng đầu năm 2025"),
    ("trong 11 tháng của năm 2025", "cumulative", D(2025, 1, 1), D(2025, 11, 30), "11 tháng đầu năm 2025"),
    ("7 tháng của đầu năm 2024", "cumulative", D(2024, 1, 1), D(2024, 7, 31), "7 tháng đầu năm 2024"),
    ("nhiệm kỳ 2020-2025", "range", D(2020, 1, 1), D(2025, 12, 31), "nhiệm kỳ 2020-2025"),
    ("giai đoạn 2021 - 2025", "range", D(2021, 1, 1), D(2025, 12, 31), "giai đoạn 2021-2025"),
    ("năm 2024 tăng 5%", "year", D(2024, 1, 1), D(2024, 12, 31), "năm 2024"),
])
def test_period_phrases(text: str, kind: str, start: dt.date, end: dt.date, label: str) -> None:
    p = _one(text)
    assert p.kind == kind
    assert p.period == Period(start, end, label)


@pytest.mark.parametrize(("text", "ref", "start", "end"), [
    ("tháng 2 ước đạt", 2025, D(2025, 2, 1), D(2025, 2, 28)),
    ("quý I tăng", 2025, D(2025, 1, 1), D(2025, 3, 31)),
    ("luỹ kế 2 tháng", 2024, D(2024, 1, 1), D(2024, 2, 29)),
    ("6 tháng cuối năm", 2024, D(2024, 7, 1), D(2024, 12, 31)),
    ("ước tính 9 tháng có 1.200 lượt khách", 2024, D(2024, 1, 1), D(2024, 9, 30)),
])
def test_partial_phrases_take_the_reference_year(text: str, ref: int, start: dt.date, end: dt.date) -> None:
    p = _one(text, ref)
    assert (p.period.start, p.period.end) == (start, end)  # type: ignore[union-attr]
    assert p.explicit_year is False


def test_partial_phrases_without_reference_year_are_skipped() -> None:
    assert find_period_phrases("tháng 2 ước đạt", None) == []


@pytest.mark.parametrize(("text", "as_of"), [
    ("tính đến ngày 17/6/2024 được 386 tỷ đồng", D(2024, 6, 17)),
    ("tính đến 31/5/2024", D(2024, 5, 31)),
    ("đến hết tháng 5/2024", D(2024, 5, 31)),
    ("đến ngày 15/6 đã giải ngân", D(2024, 6, 15)),
    ("đến ngày 15 tháng 6 năm 2024", D(2024, 6, 15)),
    ("tính đến cuối năm 2023", D(2023, 12, 31)),
    # a bulletin counts to an hour of a day
    ("tính đến 17h ngày 11/9, mưa lớn đã", D(2024, 9, 11)),
    ("tính đến 7 giờ sáng ngày 12/9/2024", D(2024, 9, 12)),
    ("đến 16h30 ngày 3 tháng 10 năm 2024", D(2024, 10, 3)),
    ("tính đến sáng 12/9", D(2024, 9, 12)),
    ("đến nay đã có", None),
    ("đến thời điểm báo cáo", None),
    # a census day: "(tại) thời điểm" and a date
    ("đàn trâu tại thời điểm 1/10/2023 có", D(2023, 10, 1)),
    ("thời điểm ngày 01/7 ước có", D(2024, 7, 1)),
    # the press writes a day and its month with a dash (from the year's start: test_the_year_so_far_to_a_day_...)
    ("tính đến ngày 3-11-2023, toàn tỉnh", D(2023, 11, 3)),
])
def test_as_of(text: str, as_of: dt.date | None) -> None:
    p = find_period_phrases(text, 2024)[0]
    assert p.kind == "as_of"
    assert p.as_of == as_of
    assert p.period is None


def test_target_year_in_plan_sentences() -> None:
    phrases = find_period_phrases("Phấn đấu năm 2025 đạt 8%. Năm 2024 tăng 7%.", 2024)
    assert [p.kind for p in phrases] == ["target_year", "year"]
    assert _one("Chỉ tiêu kế hoạch năm 2024 là 317 tỷ").kind == "target_year"


def test_the_year_whose_tasks_are_reviewed_is_no_target() -> None:
    assert _one("Kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2023", 2024).kind == "year"
    assert _one("Đánh giá tình hình thực hiện kế hoạch năm 2022 của huyện", 2023).kind == "year"
    # another clause before the year: the tasks of the next year are still a plan
    phrases = find_period_phrases("Tình hình thực hiện nhiệm vụ năm 2023 và phương hướng nhiệm vụ năm 2024", 2023)
    assert [p.kind for p in phrases] == ["year", "target_year"]
    # the fields reviewed listed after a comma ("..., giữ vững an ninh") are no clause of their own
    fields = "Kết quả thực hiện kế hoạch phát triển sản xuất, giữ vững an ninh trật tự năm 2021"
    assert _one(fields, 2021).kind == "year"


def test_a_years_end_an_aim_is_set_for_is_that_whole_year_no_day_counted_on() -> None:
    for text in ("Sở cam kết đến cuối năm 2028 giảm 15% số vụ", "huyện phấn đấu đến hết năm 2028 có 95% thôn"):
        [p] = find_period_phrases(text, 2027)
        assert (p.kind, p.period.start, p.period.end, p.as_of) == ("whole_year", D(2028, 1, 1), D(2028, 12, 31),
                                                                   None), text
    # near miss: a stock counted at a year's end, no aim before it
    [p] = find_period_phrases("Đến cuối năm 2027, xã còn 120 hộ nghèo", 2027)
    assert (p.kind, p.as_of) == ("as_of", D(2027, 12, 31))


def test_the_year_whose_duties_are_rated_done_is_no_target() -> None:
    text = "Năm 2027, có 85 chi bộ hoàn thành tốt nhiệm vụ năm 2026"
    assert [p.kind for p in find_period_phrases(text, 2027)] == ["year", "year"]
    # near miss: duties to be done, after a word of an aim
    text = "Phấn đấu 90% chi bộ hoàn thành tốt nhiệm vụ năm 2027"
    assert [p.kind for p in find_period_phrases(text, 2027)] == ["target_year"]


def test_a_plan_word_bound_to_its_own_year_aims_no_later_year_at() -> None:
    # the plan's noun names its own year, its clause closed by a comma: the year said after is one reviewed
    text = "Tại hội nghị bàn nhiệm vụ kinh tế - xã hội năm 2028, ông Hòa nói năm 2027 huyện đạt 15 chỉ tiêu"
    assert [p.kind for p in find_period_phrases(text, 2028)] == ["target_year", "year"]
    # a plan word after that comma still aims the year after it
    text = "Nghị quyết về kế hoạch năm 2028, phấn đấu năm 2028 tăng trưởng 9%"
    assert [p.kind for p in find_period_phrases(text, 2027)] == ["target_year", "target_year"]
    # no comma between: the two years of one plan
    text = "Kế hoạch năm 2027 và năm 2028"
    assert [p.kind for p in find_period_phrases(text, 2028)] == ["target_year", "target_year"]


def test_months_so_far_said_after_the_subject() -> None:
    phrases = find_period_phrases("Thu ngân sách nhà nước 5 tháng ước đạt 13.218 tỷ đồng", 2025)
    assert [(p.kind, p.period.start, p.period.end) for p in phrases if p.period] == [
        ("cumulative", D(2025, 1, 1), D(2025, 5, 31))]
    # a duration is not the months of a year
    assert [p for p in find_period_phrases("sau 18 tháng thi công, cầu đã thông xe", 2025) if p.period] == []


def test_months_so_far_of_a_place_named_before_the_verb() -> None:
    # "giải ngân 7 tháng của tỉnh X đạt ...": the place the months are of stands between them and the verb
    phrases = find_period_phrases("Tỷ lệ giải ngân 7 tháng của huyện Đông Anh đạt 41%", 2023)
    assert [p.period.start for p in phrases if p.period] == [dt.date(2023, 1, 1)]
    assert [p.period.end for p in phrases if p.period] == [dt.date(2023, 7, 31)]

    # "... 8 tháng trên địa bàn thành phố ước tăng ...": the area the months are of, named the same way
    phrases = find_period_phrases("Chỉ số giá tiêu dùng 8 tháng trên địa bàn thành phố ước tăng 3,1%", 2022)
    assert [(p.period.start, p.period.end) for p in phrases if p.period] == [(D(2022, 1, 1), D(2022, 8, 31))]
    # a duration spent on a site is still no run of the year's months
    assert [p for p in find_period_phrases("sau 8 tháng trên công trường, đội thi công đạt tiến độ", 2022)
            if p.period] == []


def test_months_so_far_counted_in_a_word() -> None:
    # "Ba tháng đầu năm", "chín tháng đầu năm 2021": the count written as a word
    phrases = find_period_phrases("Ba tháng đầu năm, thu ngân sách đạt 900 tỷ đồng", 2021)
    assert [(p.kind, p.period.start, p.period.end) for p in phrases if p.period] == [
        ("cumulative", D(2021, 1, 1), D(2021, 3, 31))]
    phrases = find_period_phrases("chín tháng đầu năm 2021 xuất khẩu tăng 4%", 2020)
    assert [(p.period.start, p.period.end) for p in phrases if p.period] == [(D(2021, 1, 1), D(2021, 9, 30))]
    # "tháng hai", "thứ hai" and "Nam" before the months are no count
    for text in ("họp vào thứ hai tháng đầu năm", "tỉnh Hà Nam tháng đầu năm mưa nhiều"):
        assert [p for p in find_period_phrases(text, 2021) if p.period] == [], text


def test_months_so_far_counted_in_a_word_opening_a_clause_before_its_comma() -> None:
    [p] = find_period_phrases("Chín tháng, kim ngạch nhập khẩu ước đạt 640 triệu USD", 2027)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 9, 30))
    phrases = find_period_phrases("Tháng 8 đón 90 nghìn lượt khách; tám tháng, đón 610 nghìn lượt", 2027)
    assert [(p.period.start, p.period.end) for p in phrases][-1] == (D(2027, 1, 1), D(2027, 8, 31))
    # near misses: a length inside a clause; the month named "tháng ba"
    assert find_period_phrases("Dịch bệnh kéo dài ba tháng, làm chết 120 con lợn", 2027) == []
    assert find_period_phrases("Tháng ba, toàn tỉnh đón 90 nghìn lượt khách", None) == []


def test_comparisons_and_non_periods() -> None:
    phrases = find_period_phrases("tăng 5% so với cùng kỳ năm 2023, tăng 3% so với 31/12/2023", 2024)
    assert [p.kind for p in phrases] == ["comparison", "comparison"]
    assert _one("năm học 2023-2024").kind == "school_year"
    # Calendar dates, durations, "thắng" and "quy hoạch" are not periods.
    for text in ("Bắc Kạn, ngày 15 tháng 6 năm 2024", "ngày    tháng   năm 2025", "trẻ dưới 6 tháng tuổi",
                 "chiến thắng 2 trận", "quy hoạch I", "ngày 5 tháng năm 2024"):
        assert find_period_phrases(text, 2024) == [], text


def test_months_of_an_earlier_year_after_so_voi_are_the_base_of_a_comparison() -> None:
    # "so với 6 tháng đầu năm 2021": the months compared with, not the period of the next figure
    phrases = find_period_phrases("tăng 8% so với 6 tháng đầu năm 2021 và bằng 50% kế hoạch", 2022)
    assert [p.kind for p in phrases] == ["comparison"]
    assert find_period_phrases("giảm 2% so với 9 tháng năm 2023", 2024)[0].kind == "comparison"

def test_a_year_after_va_is_a_new_subjects_not_the_base_compared_with() -> None:
    # "so với cùng kỳ và (thu ngân sách) cả năm 2021": the base closed with "cùng kỳ", the year is a period
    phrases = find_period_phrases("tăng 4% so với cùng kỳ và thu ngân sách cả năm 2021 ước đạt 900 tỷ đồng", 2021)
    assert [p.kind for p in phrases] == ["comparison", "year"]
    assert find_period_phrases("giảm 1% so với quý đầu của năm 2020", 2021)[-1].kind == "comparison"


def test_phrase_offsets_in_nfd_text() -> None:
    text = unicodedata.normalize("NFD", "Ước tính quý I/2025 đạt")
    (p,) = find_period_phrases(text)
    assert text[p.start:p.end] == p.text
    assert unicodedata.normalize("NFC", p.text) == "quý I/2025"


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in date_spans(text)]


def test_date_spans() -> None:
    text = ("Quyết định số 2199/QĐ-UBND ngày 10/12/2024; vụ Đông 2023 đạt 1.461 ha; 57/66 = 86,4%; "
            "đến 15/6 có 2024 người; tháng 5/2024; giai đoạn 2021-2025; Bắc Kạn, ngày 15 tháng 6 năm 2024; "
            "ngày   tháng   năm 2025; 6 tháng đầu năm tăng 5,4%; quý I/2025 đạt 9/12 xã; năm học 2023-2024")
    assert _spans(text) == ["10/12/2024", "2023", "đến 15/6", "tháng 5/2024", "giai đoạn 2021-2025",
                            "ngày 15 tháng 6 năm 2024", "ngày   tháng   năm 2025", "6 tháng đầu năm",
                            "quý I/2025", "năm học 2023-2024"]


def test_date_spans_nfd_offsets() -> None:
    text = unicodedata.normalize("NFD", "Đến ngày 17/6/2024 thu được 386 tỷ đồng")
    (span,) = date_spans(text)
    assert unicodedata.normalize("NFC", text[span[0]:span[1]]) == "Đến ngày 17/6/2024"


def test_up_to_the_end_of_a_month_is_the_year_so_far() -> None:
    phrase = _one("Hết tháng 7/2023, tỉnh đã giải ngân đạt 51% kế hoạch")
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2023, 1, 1), D(2023, 7, 31))
    assert _one("tính đến hết tháng 7/2023").kind == "as_of"  # "đến hết" stays a reference date


def test_up_to_the_start_of_a_month_is_the_months_before_it() -> None:
    phrase = _one("Tính đến đầu tháng 10/2021, huyện thu được 52 tỷ đồng")
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2021, 1, 1), D(2021, 9, 30))
    half = _one("đến đầu tháng 7 xã đã trồng 40 ha rừng", ref_year=2022)
    assert (half.kind, half.period.end) == ("half", D(2022, 6, 30))
    assert _one("đến đầu tháng 1/2023 chưa giải ngân").kind == "month"  # no month has passed yet


def test_within_n_months_before_a_figure_is_the_year_so_far() -> None:
    phrase = _one("Trong 9 tháng, khách du lịch ước đạt 2 triệu lượt", ref_year=2022)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2022, 1, 1), D(2022, 9, 30))
    assert find_period_phrases("dự án đã thi công trong 9 tháng mới xong", 2022) == []


def test_a_price_base_year_is_not_a_period() -> None:
    phrases = find_period_phrases("GRDP năm 2023 theo giá so sánh năm 2010 đạt 15.000 tỷ đồng", 2023)
    assert [p.period.start.year for p in phrases if p.period] == [2023]


MONTHLY_REPORT = (
    "UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
    "BÁO CÁO\n"
    "Tình hình kinh tế - xã hội tháng 9 năm 2022\n\n"
    "1. Hoạt động ngân hàng\n"
    "Tổng dư nợ đến 30/9/2022 đạt 20.000 tỷ đồng; so với 31/12/2021 tăng 1.000 tỷ đồng (+5,2%).\n"
    "Dư nợ của các ngân hàng thương mại đạt 17.000 tỷ đồng, tăng 4% so với tháng trước.\n"
)


def test_a_change_since_the_end_of_last_year_covers_the_year_so_far() -> None:
    from orchestration.extraction import extract_document

    rows = list(extract_document(MONTHLY_REPORT.encode(), "lang_son_09.txt").tables["indicators"].iter_rows(named=True))
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[5.2] == periods[20000e9] == (D(2022, 1, 1), D(2022, 9, 30))
    assert periods[4.0] == (D(2022, 9, 1), D(2022, 9, 30))  # the month's own figures keep the month


def test_the_first_sentence_under_a_title_is_of_the_reports_period() -> None:
    from orchestration.extraction import extract_document

    # the title names the half-year reported on and the one planned for; the body opens right under it
    text = ("UBND HUYỆN YÊN ĐỊNH\nBÁO CÁO\nKết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027\n"
            "Giá trị sản xuất ước đạt 4.300 tỷ đồng, tăng 8,1% so với cùng kỳ. Thu ngân sách đạt 120 tỷ đồng.\n")
    rows = extract_document(text.encode(), "yen_dinh.txt").tables["indicators"].iter_rows(named=True)
    periods = {(r["value"], r["period_start"], r["period_end"]) for r in rows}
    assert periods == {(4300e9, D(2027, 1, 1), D(2027, 6, 30)), (8.1, D(2027, 1, 1), D(2027, 6, 30))}


def test_the_months_so_far_before_the_prices_they_are_valued_at() -> None:
    for text in ("Quy mô GRDP 9 tháng theo giá hiện hành ước đạt 90.000 tỷ đồng",
                 "Tổng sản phẩm 6 tháng theo giá so sánh tăng 5,2%"):
        phrases = [p for p in find_period_phrases(text, 2027) if p.period]
        assert [(p.period.start, p.period.end) for p in phrases] == [(D(2027, 1, 1), D(2027, 6 if "6 tháng" in text
                                                                                      else 9, 30))], text
    assert not [p for p in find_period_phrases("sau 9 tháng theo dõi, bệnh nhân đạt", 2027) if p.period]


def test_a_rate_of_the_same_time_of_another_year_is_that_years() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH TÂY NINH\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
            "Tổng sản phẩm trên địa bàn 9 tháng tăng 7,4% so với cùng kỳ, cao hơn mức tăng 6,9% của cùng kỳ "
            "năm 2026 và thấp hơn mức tăng 8,1% của cùng kỳ năm trước nữa. Kim ngạch xuất khẩu tăng 12%, "
            "thấp hơn mức tăng 15% của cùng kỳ năm trước.\n")
    rows = extract_document(text.encode(), "tay_ninh.txt").tables["indicators"].iter_rows(named=True)
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[7.4] == periods[12] == (D(2027, 1, 1), D(2027, 9, 30))  # its base is "so với cùng kỳ": this year's
    assert periods[6.9] == periods[15] == (D(2026, 1, 1), D(2026, 9, 30))
    assert periods[8.1] == (D(2027, 1, 1), D(2027, 9, 30))  # ("năm trước nữa": two years before, not read)


def test_a_value_in_brackets_after_higher_than_the_same_time_is_of_that_time() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH HẢI DƯƠNG\nBÁO CÁO tình hình kinh tế - xã hội 4 tháng đầu năm 2027\n\n"
            "Chỉ số sản xuất công nghiệp tăng 13,6% so với cùng kỳ, cao hơn cùng kỳ (10,2%); "
            "chỉ số giá tiêu dùng tăng 3,1%, thấp hơn so với cùng kỳ năm trước (3,9%). Kim ngạch xuất khẩu tăng "
            "9%, cao hơn mức tăng của cùng kỳ năm 2025 (7,5%). Tỷ lệ hộ nghèo còn 4,2%, thấp hơn cùng kỳ (5,1%).\n")
    rows = list(extract_document(text.encode(), "hai_duong.txt").tables["indicators"].iter_rows(named=True))
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[13.6] == periods[3.1] == periods[9] == periods[4.2] == (D(2027, 1, 1), D(2027, 4, 30))
    assert periods[10.2] == periods[3.9] == periods[5.1] == (D(2026, 1, 1), D(2026, 4, 30))
    assert periods[7.5] == (D(2025, 1, 1), D(2025, 4, 30))
    # the bracket restates the rate before it: its entry and its metric
    read = {r["value"]: (r["metric"], r["indicator_key"]) for r in rows}
    assert read[10.2] == read[13.6] == ("yoy_pct", "industrial_production_index")
    assert read[7.5] == read[9] == ("yoy_pct", "export_turnover")
    assert read[5.1] == read[4.2] == ("level", "poverty_rate")


def test_a_month_and_the_months_so_far_in_one_sentence() -> None:
    text = "Chỉ số sản xuất tháng 5 tăng 3,2% so với cùng kỳ; tính chung 5 tháng tăng 7,4% so với cùng kỳ."
    phrases = [p for p in find_period_phrases(text, 2024) if p.period]
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [
        ("month", D(2024, 5, 1), D(2024, 5, 31)), ("cumulative", D(2024, 1, 1), D(2024, 5, 31))]


def test_a_target_is_not_for_a_year_the_sentence_compares_with() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH HÀ GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2020\n\n"
            "1. Tăng trưởng kinh tế\n"
            "Tổng sản phẩm trên địa bàn tăng 1,2% so với cùng kỳ năm 2019, thấp hơn mức tăng 5% của "
            "6 tháng đầu năm 2019 và thấp hơn mục tiêu tăng trưởng 7% của cả năm.\n")
    rows = extract_document(text.encode(), "ha_giang.txt").tables["indicators"].iter_rows(named=True)
    target = next(r for r in rows if r["metric"] == "target")
    assert (target["value"], target["period_start"], target["period_end"]) == (7, D(2020, 1, 1), D(2020, 12, 31))


def test_a_year_inside_a_term_report_is_the_period_of_its_figure() -> None:
    # The political report at the congress that opens the 2025-2030 term reviews 2020-2025.
    from orchestration.extraction import extract_document

    text = ("ĐẢNG BỘ HUYỆN MINH LONG\nBÁO CÁO CHÍNH TRỊ\ntại Đại hội Đảng bộ huyện, nhiệm kỳ 2025 - 2030\n\n"
            "Tốc độ tăng trưởng bình quân đạt 7,5%/năm; thu nhập bình quân năm 2025 ước đạt 52 triệu đồng.\n")
    table = extract_document(text.encode(), "minh_long.txt").tables["indicators"]
    rows = {r["value"]: r for r in table.iter_rows(named=True)}
    assert (rows[7.5]["period_start"], rows[7.5]["period_end"]) == (D(2020, 1, 1), D(2025, 12, 31))
    assert (rows[52e6]["period_start"], rows[52e6]["period_end"]) == (D(2025, 1, 1), D(2025, 12, 31))


# --- spellings and phrasings of news and releases of other provinces (held-out texts) -------

def test_quarter_with_the_tone_mark_on_the_u() -> None:
    [p] = find_period_phrases("Qúy II/2023, tỉnh thu hút 5 dự án", 2023)
    assert (p.kind, p.period.start, p.period.end) == ("quarter", dt.date(2023, 4, 1), dt.date(2023, 6, 30))


def test_half_year_written_as_a_word() -> None:
    [p] = find_period_phrases("Sáu tháng đầu năm 2019, thành lập mới 300 doanh nghiệp", 2019)
    assert (p.kind, p.period.end) == ("half", dt.date(2019, 6, 30))
    assert find_period_phrases("sau tháng đầu năm học", 2019) == []


def test_n_months_past_is_the_year_so_far() -> None:
    [p] = find_period_phrases("Kim ngạch xuất khẩu 8 tháng qua đạt 1,2 tỷ USD", 2021)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", dt.date(2021, 1, 1), dt.date(2021, 8, 31))
    # said before the clause it dates, set off by a comma
    [p] = find_period_phrases("Về du lịch, 7 tháng qua, thị xã đã đón 20.000 lượt khách", 2022)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", dt.date(2022, 1, 1), dt.date(2022, 7, 31))


def test_from_the_start_of_the_year_to_now_is_the_year_so_far() -> None:
    from orchestration.extraction import extract_document

    text = ("Thị xã Hương Trà họp giao ban tháng 8 năm 2022\n\n"
            "Kể từ đầu năm tới nay, kinh tế tiếp tục phát triển. Cụ thể, thu ngân sách đạt 80 tỷ đồng, "
            "tổng đàn trâu 2.100 con.\n\nTrong tháng 8, thị xã đón 3.000 lượt khách.\n")
    ex = extract_document(text.encode(), "huong_tra.txt")
    rows = [*ex.tables["indicators"].iter_rows(named=True), *ex.tables["budgets"].iter_rows(named=True)]
    periods = {r["value"]: (str(r["period_start"]), str(r["period_end"])) for r in rows}
    assert periods[2100] == ("2022-01-01", "2022-08-31") and periods[3000] == ("2022-08-01", "2022-08-31")


def test_a_period_in_closed_brackets_stays_there() -> None:
    from orchestration.extraction.periods import aside_in_brackets
    text = "nông nghiệp tăng 2% (quý II-2020 tăng 1%); dịch vụ tăng 4%"
    assert aside_in_brackets(text, text.index("quý"), text.index("4%"))
    assert not aside_in_brackets(text, text.index("quý"), text.index("1%"))


def test_days_off_named_before_a_bracket_of_their_days_are_no_aside() -> None:
    from orchestration.extraction.periods import aside_in_brackets
    text = "Trong 4 ngày nghỉ lễ Quốc khánh (từ 30/8 đến 2/9), tỉnh đón 95.000 lượt khách"
    assert not aside_in_brackets(text, text.index("từ"), text.index("95"))
    for text in ("Bão số 3 (từ 6-8/9), làm 12 người chết",
                 "Trong đợt rét đậm, rét hại (từ 10-20/1), làm chết 35 con bò"):
        assert not aside_in_brackets(text, text.index("từ", 4), text.index("làm")), text
    # near miss: a bracket of days after a count of days that is no time off stays an aside
    text = "mất 4 ngày làm hồ sơ (từ 30/8 đến 2/9), tỉnh đón 95.000 lượt khách"
    assert aside_in_brackets(text, text.index("từ"), text.index("95"))


def test_the_month_in_brackets_after_a_storm_or_a_spell_is_no_aside() -> None:
    from orchestration.extraction.periods import aside_in_brackets
    for text in ("Riêng bão số 6 (tháng 11/2024) làm 2 người chết",
                 "Trận lũ quét (tháng 7/2024) cuốn trôi 12 nhà",
                 "Đợt nắng nóng (tháng 5) làm chết 40 con lợn"):
        figure_start = text.index(") ") + 2
        assert not aside_in_brackets(text, text.index("tháng"), figure_start), text
    # near miss: a month in brackets after a figure's subject that is no event stays an aside
    text = "Thu ngân sách (tháng 11/2024 đạt 90 tỷ đồng) tăng 5%"
    assert aside_in_brackets(text, text.index("tháng"), text.index("5%"))


def test_months_counted_with_the_days_they_run_over_are_no_aside() -> None:
    from orchestration.extraction.periods import aside_in_brackets
    # the months counted before the bracket, or opening it before a comma: the bracket's days are the figures'
    for text in ("Cháy rừng 10 tháng (từ 16/12/2026 đến 15/10/2027): xảy ra 7 vụ",
                 "Vi phạm về ma túy (10 tháng, từ 16/12/2026 đến 15/10/2027): phát hiện 210 vụ"):
        assert not aside_in_brackets(text, text.index("từ"), text.index(": ") + 2), text
    # near miss: a bracket opening on a figure of its own before the days stays an aside
    text = "Cháy rừng (tăng 3 vụ, từ 16/12/2026 đến 15/10/2027), nay xảy ra 7 vụ"
    assert aside_in_brackets(text, text.index("từ"), text.index("7 vụ"))


@pytest.mark.parametrize(("text", "number", "earlier"), [
    ("công nghiệp tăng 6% (cùng kỳ tăng 4,1%), dịch vụ", "4,1", -1),
    ("(cơ cấu tương ứng của cùng kỳ năm 2022 lần lượt là: 30%; 70%)", "70", 2022),
    ("tăng gấp đôi so với cùng kỳ năm trước (12 triệu USD).", "12", -1),
    ("công nghiệp tăng 6% (so với cùng kỳ tăng 4,1%)", "4,1", None),
    ("công nghiệp tăng 6% (cùng kỳ tăng 4,1%)", "6", None),
    # the year before, unnamed, opening the bracket
    ("vốn đầu tư đạt 21.300 tỷ đồng (năm trước 19.800 tỷ đồng).", "19.800", -1),
    ("lạm phát bình quân 3,1% (năm ngoái: 3,9%), thấp", "3,9", -1),
    ("Năm Trước đạt 7 tỷ (Năm trước đạt 420 doanh nghiệp)", "420", -1),
    ("tăng 6% (tăng 2% so với năm trước)", "2", None),
    ("tăng 6% (năm trước nữa 4,1%)", "4,1", None),
    # a stock's same day of the year before, as a flow's same months are
    ("dư nợ 41.200 tỷ đồng (cùng thời điểm năm trước là 38.900 tỷ đồng)", "38.900", -1),
    ("dư nợ tăng 5,9% so với cùng thời điểm năm trước (38.900 tỷ đồng)", "38.900", -1),
    ("dư nợ tăng 5,9% (so với cùng thời điểm năm trước là 38.900 tỷ đồng)", "38.900", None),
    # the school year before, unnamed, the same way
    ("tỷ lệ lên lớp 97,4% (năm học trước 96,1%)", "96,1", -1),
    ("học sinh giỏi 31% (Năm học trước: 28%)", "28", -1),
    ("học sinh giỏi 31% (năm học 2026-2027 là 28%)", "28", None),
    # the year written before "cùng kỳ"
    ("xuất khẩu tăng 14% (năm 2025 cùng kỳ tăng 11,2%)", "11,2", 2025),
    ("thu 5 tỷ (Năm 2024 cùng kỳ đạt 4,2 tỷ)", "4,2", 2024),
    ("đạt 68% (năm 2025 là 65,5%)", "65,5", None),
    # the short form of "cùng kỳ", in capitals (not the letters inside a word, nor lower case)
    ("sản lượng cá đạt 4.310 tấn (CK: 4.120 tấn)", "4.120", -1),
    ("xuất khẩu tăng 9% (CK năm 2025 tăng 7,4%)", "7,4", 2025),
    ("đạt 4.310 tấn (ĐCK 4.120 tấn)", "4.120", None),
    ("đạt 4.310 tấn (ck 4.120 tấn)", "4.120", None),
])
def test_a_bracket_on_the_same_period_of_an_earlier_year(text: str, number: str, earlier: int | None) -> None:
    from orchestration.extraction.periods import earlier_year_in_brackets
    assert earlier_year_in_brackets(text, text.index(number), 0) == earlier


def test_shifted_keeps_the_months() -> None:
    from orchestration.extraction.periods import shifted
    moved = shifted(Period(D(2024, 1, 1), D(2024, 2, 29), "2 tháng"), -1)
    assert (moved.start, moved.end) == (D(2023, 1, 1), D(2023, 2, 28))
    assert shifted(Period(D(2024, 1, 1), D(2024, 3, 31), "quý I"), 2019).end == D(2019, 3, 31)


def test_shifted_keeps_whole_months_whole_into_a_leap_year() -> None:
    from orchestration.extraction.periods import shifted
    moved = shifted(Period(D(2027, 1, 1), D(2027, 2, 28), "2 tháng đầu năm"), 2028)
    assert (moved.start, moved.end) == (D(2028, 1, 1), D(2028, 2, 29))
    assert shifted(Period(D(2025, 2, 1), D(2025, 2, 28), "tháng 2"), -1).end == D(2024, 2, 29)
    assert shifted(Period(D(2025, 2, 1), D(2025, 2, 28), "tháng 2"), 2024).end == D(2024, 2, 29)
    # near miss: a span of days (not whole months) keeps its days
    moved = shifted(Period(D(2027, 2, 22), D(2027, 2, 28), "tuần 8"), 2028)
    assert (moved.start, moved.end) == (D(2028, 2, 22), D(2028, 2, 28))


def test_a_share_of_the_whole_said_before_takes_that_sentences_period() -> None:
    from orchestration.extraction.periods import breakdown_period
    text = ("Lũy kế 4 tháng, vốn đầu tư công đạt 900 tỷ đồng.\n"
            "Nguồn vốn tỉnh quản lý đạt 600 tỷ đồng, chiếm 66,7% tổng vốn đầu tư công của tỉnh.")
    phrases = find_period_phrases(text, 2027)
    starts = [p.start for p in phrases]
    period = breakdown_period(text, phrases, starts, text.index("Nguồn"))
    assert (period.start, period.end) == (D(2027, 1, 1), D(2027, 4, 30))
    # (a share of another whole than the one stated before: no breakdown of it)
    other = text.replace("tổng vốn đầu tư công", "tổng dư nợ tín dụng")
    assert breakdown_period(other, phrases, starts, other.index("Nguồn")) is None


def _breakdown_at(text: str, ref_year: int, marker: str) -> tuple[dt.date, dt.date] | None:
    """The span ``breakdown_period`` gives the sentence or item opening at ``marker`` (None when none)."""
    from orchestration.extraction.periods import breakdown_period
    phrases = find_period_phrases(text, ref_year)
    period = breakdown_period(text, phrases, [p.start for p in phrases], text.index(marker))
    return None if period is None else (period.start, period.end)


def test_items_under_a_lead_naming_a_year_are_of_that_year() -> None:
    text = ("Theo kế hoạch, năm 2029 huyện phấn đấu đạt các chỉ tiêu sau:\n- Trồng 900 ha rừng.\n"
            "- Có 45 xã đạt chuẩn.\nNăm 2028, huyện đạt các kết quả:\n- Làm 60 km đường.\n")
    for item, year in (("- Trồng", 2029), ("- Có", 2029), ("- Làm", 2028)):
        assert _breakdown_at(text, 2028, item) == (D(year, 1, 1), D(year, 12, 31)), item
    # a part of the year the lead names is still its items' ("Quý I/2029, ...:")
    quarter = text.replace("năm 2029 huyện", "quý I/2029 huyện")
    assert _breakdown_at(quarter, 2028, "- Trồng") == (D(2029, 1, 1), D(2029, 3, 31))


def test_a_sentence_opening_on_the_same_time_last_year_is_of_the_sentence_befores_period() -> None:
    text = ("Tỉnh cho biết, 6 tháng năm 2027 (từ 16/12/2026 đến 15/6/2027), xảy ra 40 vụ cháy. "
            "So với cùng kỳ năm 2026: giảm 5 vụ (giảm 11,1%).")
    assert _breakdown_at(text, 2027, "So với") == (D(2026, 12, 16), D(2027, 6, 15))
    # every figure of the sentence, the rates in brackets too, of one period
    rows = indicator_rows("Tin an toàn giao thông 6 tháng năm 2027\n\n" + text + "\n")
    changes = [(r["metric"], r["period_start"], r["period_end"]) for r in rows if r["metric"] != "level"]
    assert changes == [("yoy_abs", D(2026, 12, 16), D(2027, 6, 15)), ("yoy_pct", D(2026, 12, 16), D(2027, 6, 15))]
    # near miss: a sentence opening on another base is no restatement of the one before
    assert _breakdown_at(text.replace("So với cùng kỳ năm 2026:", "So với năm 2020:"), 2027, "So với") is None


def test_a_sentence_opening_on_the_same_part_of_the_year_before_named_is_of_the_sentence_befores_part() -> None:
    text = ("Quý II/2027 huyện có 30 vụ cháy, làm 4 người bị thương. "
            "So với quý II/2026, số vụ cháy tăng 6 vụ, tương ứng tăng 25%.")
    assert _breakdown_at(text, 2027, "So với") == (D(2027, 4, 1), D(2027, 6, 30))
    aside = text.replace("quý II/2026,", "quý II/2026 (số liệu của hai huyện cũ),")
    assert _breakdown_at(aside, 2027, "So với") == (D(2027, 4, 1), D(2027, 6, 30))
    months = "Tháng 5/2027 có 12 vụ cháy. So với tháng 5/2026: giảm 3 vụ, giảm 20%."
    assert _breakdown_at(months, 2027, "So với") == (D(2027, 5, 1), D(2027, 5, 31))
    summed = "Lũy kế 5 tháng năm 2027 có 50 vụ cháy. So với 5 tháng đầu năm 2026, giảm 8 vụ."
    assert _breakdown_at(summed, 2027, "So với") == (D(2027, 1, 1), D(2027, 5, 31))
    # near misses: a part of the year before that is not the same months, or of another year, is another base
    assert _breakdown_at(text.replace("quý II/2026", "quý I/2027"), 2027, "So với") is None
    assert _breakdown_at(text.replace("quý II/2026", "quý II/2024"), 2027, "So với") is None
    assert _breakdown_at(months.replace("tháng 5/2026", "tháng 4/2026"), 2027, "So với") is None


def test_a_breakdown_takes_the_period_of_the_sentence_before() -> None:
    from orchestration.extraction.periods import breakdown_period
    text = ("Nhập khẩu tháng 3/2021 đạt 20 triệu USD (quý I/2020 đạt 50 triệu USD). "
            "Trong đó, hàng tiêu dùng đạt 5 triệu USD.")
    phrases = find_period_phrases(text, 2021)
    second = text.index("Trong đó")
    period = breakdown_period(text, phrases, [p.start for p in phrases], second)
    assert (period.start, period.end) == (D(2021, 3, 1), D(2021, 3, 31))
    assert breakdown_period(text, phrases, [p.start for p in phrases], 0) is None


def test_a_breakdown_by_a_classification_in_the_next_paragraph_takes_that_period() -> None:
    # "Chia theo ..." opens a breakdown like "Trong đó,"; the blank line between is no barrier
    from orchestration.extraction.periods import breakdown_period
    whole = "Doanh thu dịch vụ tháng 5 đạt 900 tỷ đồng."
    parts = "Chia theo thành phần kinh tế, khu vực tư nhân đạt 600 tỷ đồng."
    text = f"{whole}\n\n{parts}"
    phrases = find_period_phrases(text, 2024)
    month = breakdown_period(text, phrases, [p.start for p in phrases], len(whole) + 2)
    assert month is not None and (month.start, month.end) == (D(2024, 5, 1), D(2024, 5, 31))
    # "Cụ thể" with the words naming the parts before its colon opens one too
    listed = f"{whole} Cụ thể các ngành như: lưu trú đạt 300 tỷ đồng."
    phrases = find_period_phrases(listed, 2024)
    month = breakdown_period(listed, phrases, [p.start for p in phrases], len(whole) + 1)
    assert month is not None and month.end == D(2024, 5, 31)


def test_a_breakdown_on_the_line_after_a_month_singled_out_is_not_that_months() -> None:
    # "Riêng quý II/2026 ..." singles one part out of the half year's total: a classification on its own next line
    # breaks down that total, of the period of the sentence before the aside (on the aside's line or the line above)
    from orchestration.extraction.periods import breakdown_period
    aside = "Riêng quý II/2026 có 40 hợp tác xã thành lập mới."
    parts = "Chia theo lĩnh vực: nông nghiệp có 95 hợp tác xã; thương mại có 37 hợp tác xã."
    for text in (f"Hợp tác xã.\n6 tháng có 132 hợp tác xã thành lập mới.\n{aside}\n{parts}",
                 f"Hợp tác xã.\n6 tháng có 132 hợp tác xã thành lập mới. {aside}\n{parts}"):
        phrases = find_period_phrases(text, 2026)
        half = breakdown_period(text, phrases, [p.start for p in phrases], text.index("Chia theo"))
        assert half is not None and (half.start, half.end) == (D(2026, 1, 1), D(2026, 6, 30))
    no_total = f"Hợp tác xã.\n{aside}\n{parts}"
    phrases = find_period_phrases(no_total, 2026)
    assert breakdown_period(no_total, phrases, [p.start for p in phrases], no_total.index("Chia theo")) is None
    # near misses: a breakdown run on in the aside's own line is the aside's; a line that does not single a part out
    # lends its quarter as before
    joined = f"{aside} Trong đó, nông nghiệp có 25 hợp tác xã."
    phrases = find_period_phrases(joined, 2026)
    quarter = breakdown_period(joined, phrases, [p.start for p in phrases], joined.index("Trong đó"))
    assert quarter is not None and (quarter.start, quarter.end) == (D(2026, 4, 1), D(2026, 6, 30))
    plain = f"Hợp tác xã.\nQuý II/2026 có 40 hợp tác xã thành lập mới.\n{parts}"
    phrases = find_period_phrases(plain, 2026)
    quarter = breakdown_period(plain, phrases, [p.start for p in phrases], plain.index("Chia theo"))
    assert quarter is not None and quarter.end == D(2026, 6, 30)


def test_a_clause_compared_with_the_month_before_is_one_month() -> None:
    from orchestration.extraction.periods import one_month_of
    text = "Xuất khẩu ước đạt 1,1 tỷ USD, tăng 3% so với tháng trước; lũy kế 9 tháng đạt 9 tỷ USD."
    nine_months = Period(D(2022, 1, 1), D(2022, 9, 30), "9 tháng")
    sentence = (0, len(text))
    assert one_month_of(text, text.index("1,1"), sentence, nine_months.start, nine_months.end).start == D(2022, 9, 1)
    assert one_month_of(text, text.index("9 tỷ"), sentence, nine_months.start, nine_months.end) is None


def test_a_span_of_days_within_the_year() -> None:
    [p] = find_period_phrases("Từ ngày 1/1 đến 31/3, toàn tỉnh thu hút 9 dự án", 2023)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2023, 1, 1), D(2023, 3, 31))


def test_a_year_compared_with_is_no_period() -> None:
    [p] = find_period_phrases("khách tăng 8% so quý đầu của năm 2015", 2016)
    assert p.kind == "comparison" and p.period is None
    [p] = find_period_phrases("Kết quả chỉ số PAPI năm 2023 đạt 43 điểm", 2024)
    assert p.kind == "year"


def test_a_year_right_after_a_figure_is_its_own() -> None:
    from orchestration.extraction.periods import year_right_after
    text = "tỷ trọng tăng từ 23% năm 2015 lên 26% vào năm 2018, tăng 5% so với năm 2017"
    assert year_right_after(text, text.index("%") + 1).start == D(2015, 1, 1)
    assert year_right_after(text, text.index("26%") + 3).end == D(2018, 12, 31)
    assert year_right_after(text, text.index("5%") + 2) is None  # a year compared with
    # the year owning a base's level said after it ("so với 40% của năm 2024")
    text = "tỷ lệ rác chôn lấp giảm còn 12%, so với 40% của năm 2024"
    assert year_right_after(text, text.index("40%") + 3).start == D(2024, 1, 1)
    assert year_right_after(text, text.index("12%") + 3) is None


def test_a_month_written_as_a_word_with_its_year() -> None:
    # "tháng Sáu năm 2022" is June 2022, not the whole year; "tháng Mười một" is November
    [june] = find_period_phrases("Báo cáo tháng Sáu năm 2022 của ngành")
    assert (june.kind, june.period.start, june.period.end) == ("month", dt.date(2022, 6, 1), dt.date(2022, 6, 30))
    [nov] = find_period_phrases("kết quả tháng Mười một năm 2019")
    assert (nov.period.start, nov.period.end) == (dt.date(2019, 11, 1), dt.date(2019, 11, 30))


def test_january_written_tháng_một_is_the_first_month() -> None:
    [jan] = find_period_phrases("Doanh thu vận tải tháng Một ước đạt 910 tỷ đồng", 2028)
    assert (jan.kind, jan.period.start, jan.period.end) == ("month", dt.date(2028, 1, 1), dt.date(2028, 1, 31))
    # near miss: "một" written small after "tháng" and no year is a count ("mỗi tháng một lần"), no month
    assert find_period_phrases("Mỗi tháng một lần, xã họp 2 phiên", 2028) == []


def test_months_counted_in_a_word_after_the_words_that_sum_them_are_the_year_so_far() -> None:
    for text, last in (("Tính chung bảy tháng, lượng khách tăng 12%", dt.date(2028, 7, 31)),
                       ("Kết thúc mười một tháng, giải ngân đạt 71%", dt.date(2028, 11, 30))):
        [months] = find_period_phrases(text, 2028)
        assert (months.kind, months.period.start, months.period.end) == ("cumulative", dt.date(2028, 1, 1), last), text
    # near miss: a count in a word after "trong" is how long something took, no months of the year
    assert find_period_phrases("Trong ba tháng, xã làm xong 4 km đường", 2028) == []


def test_months_closing_the_clause_of_a_figure_before_them_are_the_year_so_far() -> None:
    # "tăng 7,4% trong 8 tháng so với cùng kỳ", "... trong 8 tháng.", "2.100 tỷ đồng là doanh thu 11 tháng,"
    for text in ("Chỉ số IIP tăng 7,4% trong 8 tháng so với cùng kỳ", "Cấp 930 thẻ trong 8 tháng.",
                 "Có 930 tỷ đồng là doanh thu vận tải 8 tháng, tăng 6%"):
        [months] = [p for p in find_period_phrases(text, 2027) if p.period is not None]
        assert (months.kind, months.period.start, months.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 8, 31))
    # near-misses: how long a work lasts, said with "là" and no figure before it; a count of months mid-clause
    for text in ("Thời gian thi công là 8 tháng.", "Toàn tỉnh có 930 lao động là người 8 tháng tuổi trở lên"):
        assert [p for p in find_period_phrases(text, 2027) if p.period is not None] == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Trong 2 quý đầu năm, huyện thu hút 7 dự án", D(2027, 1, 1), D(2027, 6, 30)),
    ("Ba quý đầu năm 2026, thu ngân sách đạt 840 tỷ đồng", D(2026, 1, 1), D(2026, 9, 30)),
    ("Quý đầu năm, xã cấp 40 giấy phép", D(2027, 1, 1), D(2027, 3, 31)),
    ("Lợi nhuận Q3/2026 của doanh nghiệp đạt 95 tỷ đồng", D(2026, 7, 1), D(2026, 9, 30)),
    ("Tám tháng năm nay, tỉnh đón 2,1 triệu lượt khách", D(2027, 1, 1), D(2027, 8, 31)),
])
def test_quarters_and_months_of_the_year_said_otherwise(text: str, start: dt.date, end: dt.date) -> None:
    [phrase] = [p for p in find_period_phrases(text, 2027) if p.period is not None]
    assert (phrase.period.start, phrase.period.end) == (start, end)


@pytest.mark.parametrize("text", [
    "so với quý đầu năm, tăng 4%",  # the base compared with
    "Cửa hàng ở Q1/2 đường Lê Lợi bán 40 sản phẩm",  # a district's short name, no year after it
    "Q1 đón 12.000 lượt khách",
])
def test_a_quarters_words_that_date_no_figure(text: str) -> None:
    assert [p for p in find_period_phrases(text, 2027) if p.period is not None] == []


def test_the_days_since_an_event_whose_day_is_in_brackets_run_to_the_reports_end() -> None:
    text = "Từ khi vận hành chính quyền địa phương hai cấp (01/7/2025) đến nay, xã tiếp nhận 1.240 hồ sơ"
    phrases = with_the_documents_time(find_period_phrases(text, 2025), D(2025, 12, 31))
    assert [(p.period.start, p.period.end) for p in phrases if p.period] == [(D(2025, 7, 1), D(2025, 12, 31))]
    # near-miss: an event without its day, and none whose day is known (data/words/since_events.csv), says no start
    text = "Từ khi sáp nhập hai xã đến nay, xã tiếp nhận 1.240 hồ sơ"
    phrases = with_the_documents_time(find_period_phrases(text, 2025), D(2025, 12, 31))
    assert [p for p in phrases if p.period is not None] == []


def test_a_sum_counted_from_a_communes_first_day_runs_from_that_day() -> None:
    # "lũy kế từ D/M/YYYY" with nothing after the day: up to the report's end
    text = "Tổng chi của phường lũy kế từ 1/7/2026 đạt 9.120 triệu đồng"
    phrases = with_the_documents_time(find_period_phrases(text, 2026), D(2026, 11, 30))
    assert [(p.period.start, p.period.end) for p in phrases if p.period] == [(D(2026, 7, 1), D(2026, 11, 30))]
    # months counted from the day a bracket gives, not from January
    [months] = find_period_phrases("Số thu cộng dồn 5 tháng (từ ngày 01/8/2026) được 3.300 triệu đồng", 2026)
    assert (months.kind, months.period.start, months.period.end) == ("cumulative", D(2026, 8, 1), D(2026, 12, 31))
    # from an event's day in brackets to a day said after it: those days, counted up to the last
    [days] = find_period_phrases("Kể từ khi sáp nhập xã (01/7/2026) đến 30/9/2026, xã cấp 140 sổ đỏ", 2026)
    assert (days.period.start, days.period.end, days.as_of) == (D(2026, 7, 1), D(2026, 9, 30), D(2026, 9, 30))
    # near-miss: a day after it makes a range of days, read by its own scan; months without a bracket from January
    [both] = find_period_phrases("lũy kế từ ngày 1/7/2026 đến ngày 31/10/2026 thu được 2,1 tỷ đồng", 2026)
    assert (both.period.start, both.period.end) == (D(2026, 7, 1), D(2026, 10, 31))
    [bare] = find_period_phrases("lũy kế 5 tháng đạt 3.300 triệu đồng", 2026)
    assert (bare.period.start, bare.period.end) == (D(2026, 1, 1), D(2026, 5, 31))


def test_months_opening_what_a_speaker_reports_are_the_year_so_far() -> None:
    [months] = find_period_phrases("Giám đốc Sở Nông nghiệp cho hay, 8 tháng trồng mới 2.300 ha rừng", 2026)
    assert (months.period.start, months.period.end) == (D(2026, 1, 1), D(2026, 8, 31))
    # near-miss: months ahead after the same comma, and months inside a clause, are no period
    assert find_period_phrases("Ông Tâm cho biết, 8 tháng tới sẽ trồng 500 ha", 2026) == []
    assert find_period_phrases("dự án cần 8 tháng thi công", 2026) == []


def test_the_first_or_last_days_of_a_month() -> None:
    [first] = find_period_phrases("Trong 10 ngày đầu tháng 9, tỉnh đón 9.500 lượt khách", 2027)
    assert (first.period.start, first.period.end) == (D(2027, 9, 1), D(2027, 9, 10))
    [half] = find_period_phrases("nửa cuối tháng 2/2028, giá lợn hơi tăng 4%", 2027)
    assert (half.period.start, half.period.end) == (D(2028, 2, 16), D(2028, 2, 29))
    # near-miss: the days of a whole month or more are no part of it
    assert [p.kind for p in find_period_phrases("trong 30 ngày đầu tháng 4, cấp 12 giấy phép", 2027)] == ["month"]


def test_the_month_before_opening_a_clause_is_the_reports_month_before() -> None:
    phrases = with_the_documents_time(find_period_phrases("Tháng trước, xã cấp 65 giấy phép", 2027), D(2027, 9, 30))
    assert [(p.period.start, p.period.end) for p in phrases] == [(D(2027, 8, 1), D(2027, 8, 31))]
    # near-miss: the month compared with
    phrases = with_the_documents_time(find_period_phrases("so với tháng trước, tăng 3%", 2027), D(2027, 9, 30))
    assert [p for p in phrases if p.period is not None] == []


def test_a_month_named_as_a_word_without_its_year_is_of_the_reports_year() -> None:
    # "Trong tháng Mười, ...": October of the report's year, not the report's last month ("trong tháng")
    [october] = find_period_phrases("Trong tháng Mười, huyện tiếp nhận 640 hồ sơ", 2027)
    assert (october.kind, october.period.start, october.period.end) == ("month", D(2027, 10, 1), D(2027, 10, 31))
    [january] = find_period_phrases("thu ngân sách tháng giêng đạt 95 tỷ đồng", 2027)
    assert (january.period.start, january.period.end) == (D(2027, 1, 1), D(2027, 1, 31))


@pytest.mark.parametrize("text", [
    "Trong tháng hai lần kiểm tra, phát hiện 9 vụ",  # "hai lần": twice, lower case, no February
    "kỷ niệm Cách mạng tháng Tám, trao 120 suất quà",  # a name
    "dịp lễ 30 tháng Tư, đón 8.000 lượt khách",  # a day
    "kéo dài nhiều tháng từ năm 2023",  # "từ", no "tư": no April of 2023
])
def test_a_word_after_thang_that_names_no_month_of_the_figure(text: str) -> None:
    assert not any(p.kind == "month" and p.period.start.day == 1 and p.period.end.month == p.period.start.month
                   and p.text.lower().startswith("tháng") for p in find_period_phrases(text, 2027))


@pytest.mark.parametrize(("numeral", "number"), [("IV", 4), ("iv", 4), ("II", 2), ("3", 3)])
def test_quarter_number_reads_roman_and_arabic_numerals(numeral: str, number: int) -> None:
    from orchestration.extraction.periods import quarter_number

    assert quarter_number(numeral) == number


def test_months_counted_from_the_start_of_the_year() -> None:
    # "9 tháng từ đầu năm 2024": January to September
    [nine] = find_period_phrases("Trong 9 tháng từ đầu năm 2024, toàn tỉnh có")
    assert (nine.period.start, nine.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))


def test_the_first_month_of_a_year_in_words() -> None:
    [phrase] = find_period_phrases("Tháng đầu tiên của năm 2023, xuất khẩu tăng 5%.")
    assert (phrase.period.start, phrase.period.end) == (dt.date(2023, 1, 1), dt.date(2023, 1, 31))


def test_a_breakdown_of_a_sentence_compared_with_the_month_before_is_that_month() -> None:
    text = ("Sản lượng điện trong tháng ước tăng 4,2% so với tháng trước và tăng 6% so với cùng kỳ. "
            "Trong đó, thủy điện tăng 9%.")
    opening = text.index("Trong đó")
    months_so_far = (D(2024, 1, 1), D(2024, 4, 30))
    period = a_breakdown_of_one_month(text, opening, *months_so_far)
    assert (period.start, period.end) == (D(2024, 4, 1), D(2024, 4, 30))
    # a sentence not compared with the month before, or no breakdown opening, keeps the months so far
    plain = "Sản lượng điện tăng 6% so với cùng kỳ. Trong đó, thủy điện tăng 9%."
    assert a_breakdown_of_one_month(plain, plain.index("Trong đó"), *months_so_far) is None
    assert a_breakdown_of_one_month(text, text.index("Sản"), *months_so_far) is None


def test_a_later_year_that_opens_a_sentence_dates_its_figures() -> None:
    from orchestration.extraction import extract_document

    text = ("Xã Tân Lập nâng cao đời sống\n\n"
            "Năm 2012, thu nhập bình quân 14 triệu đồng/người/năm. Năm 2017, xã đạt chuẩn nông thôn mới, "
            "thu nhập bình quân đạt 30,5 triệu đồng/người/năm. Đến đầu năm 2020, đạt 36 triệu đồng/người/năm.\n")
    rows = extract_document(text.encode(), "tan_lap.txt").tables["indicators"].iter_rows(named=True)
    years = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert years[30_500_000] == (D(2017, 1, 1), D(2017, 12, 31))
    assert years[36_000_000] == (D(2020, 1, 1), D(2020, 12, 31))
    assert years[14_000_000] == (D(2012, 1, 1), D(2012, 12, 31))


def test_a_month_joined_to_its_year_by_a_dot() -> None:
    # the style of several papers: "tháng 11.2022" is November 2022, and its year dates the text
    p = _one("Lượng khách lưu trú tháng 11.2022 đạt 95 nghìn lượt", None)
    assert (p.kind, p.period.start, p.period.end) == ("month", D(2022, 11, 1), D(2022, 11, 30))
    # a dotted number that goes on is an amount, not a date
    assert find_period_phrases("sản lượng tháng 3.2022.5 tấn", None) == []


def test_a_part_of_the_year_said_right_after_a_rate_is_its_own_period() -> None:
    from orchestration.extraction import extract_document

    text = ("Tình hình kinh tế 9 tháng năm 2023\n"
            "Chín tháng, GRDP tỉnh tăng 5,1% so với cùng kỳ; riêng dịch vụ có mức tăng 7,3% trong quý III.")
    rows = list(extract_document(text.encode(), "kt_9thang.txt").tables["indicators"].iter_rows(named=True))
    third = next(r for r in rows if r["value"] == 7.3)
    assert (third["period_start"], third["period_end"]) == (dt.date(2023, 7, 1), dt.date(2023, 9, 30))
    whole = next(r for r in rows if r["value"] == 5.1)
    assert whole["period_end"] == dt.date(2023, 9, 30) and whole["period_start"] == dt.date(2023, 1, 1)


def test_the_price_base_year_is_not_the_year_a_plan_aims_at() -> None:
    from orchestration.extraction import extract_document

    text = ("Kết quả năm 2021 của huyện\n"
            "Giá trị sản xuất (theo giá so sánh năm 2010) ước tăng 9,2% so với năm 2020 (KH tăng 8-9%).")
    rows = list(extract_document(text.encode(), "huyen_2021.txt").tables["indicators"].iter_rows(named=True))
    plans = [r for r in rows if r["metric"] == "target"]
    assert plans and all(r["period_start"] == dt.date(2021, 1, 1) for r in plans)


def test_a_stock_at_the_end_of_a_year_opening_its_sentence_is_that_years() -> None:
    from orchestration.extraction import extract_document

    # a story told from a baseline year to a later year's end: each figure keeps the year its sentence opens with
    text = ("Xã An Phú giảm nghèo\nNăm 2015, xã có 240 hộ nghèo. Đến hết năm 2023, xã còn 35 hộ nghèo, "
            "tỷ lệ 1,9%.\n")
    table = extract_document(text.encode(), "an_phu.txt").tables["indicators"]
    rows = {r["value"]: r for r in table.iter_rows(named=True)}
    assert (rows[240]["period_start"], rows[240]["period_end"]) == (D(2015, 1, 1), D(2015, 12, 31))
    assert (rows[35]["period_start"], rows[35]["period_end"]) == (D(2023, 1, 1), D(2023, 12, 31))
    assert rows[35]["as_of"] == D(2023, 12, 31)


def test_r35_an_estimate_for_the_whole_year_names_the_year_of_the_report() -> None:
    phrases = find_period_phrases("Sắn trồng được 120 ha; dự ước cả năm 300 ha. Ước tính cả năm 2023 đạt 5 ha.", 2023)
    whole = [p for p in phrases if p.kind == "whole_year"]
    # (the year written out, opening its clause, is the whole of it too)
    assert [(p.period.start, p.period.end) for p in whole] == [(dt.date(2023, 1, 1), dt.date(2023, 12, 31))] * 2


def test_r35_the_whole_years_estimate_after_a_half_years_figure_is_of_the_year() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND HUYỆN ĐỨC TRỌNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
            "Cây đậu các loại 6 tháng gieo trồng được 95 ha; dự ước cả năm 240 ha, tăng 4% so với năm trước.\n")
    rows = extract_document(text.encode(), "duc_trong.txt").tables["indicators"].iter_rows(named=True)
    ends = {r["value"]: r["period_end"] for r in rows}
    assert ends[95] == dt.date(2024, 6, 30) and ends[240] == dt.date(2024, 12, 31) and ends[4] == dt.date(2024, 12, 31)


def test_the_whole_year_summed_up_after_the_last_month_is_the_reports_year() -> None:
    from orchestration.extraction import extract_document

    for summed in ("tính chung cả năm", "Tính cả năm", "lũy kế cả năm", "cộng dồn cả năm"):
        text = ("UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
                f"Tháng 12, sản lượng thủy sản đạt 5.200 tấn; {summed} đạt 61.300 tấn, tăng 3,4%.\n")
        rows = extract_document(text.encode(), "ha_tinh.txt").tables["indicators"].iter_rows(named=True)
        periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
        assert periods[5200] == (dt.date(2027, 12, 1), dt.date(2027, 12, 31)), summed
        assert periods[61300] == periods[3.4] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31)), summed
    # near misses: the plan of the whole year names no period of the figure; a year written is that year
    assert not [p for p in find_period_phrases("đạt 71,8% kế hoạch cả năm", 2027) if p.kind == "whole_year"]
    assert [p.kind for p in find_period_phrases("tính chung cả năm 2026 đạt 5 tỷ", 2027)] == ["year"]


def test_months_of_the_year_so_far_counted_in_a_word_with_the_year_written() -> None:
    for text, months in (("Mười tháng năm 2027, tỉnh thu ngân sách 5.200 tỷ đồng.", 10),
                         ("Bốn tháng năm 2027 xuất khẩu đạt 90 triệu USD.", 4),
                         ("Mười một tháng năm 2027, GRDP tăng 7%.", 11)):
        phrases = [p for p in find_period_phrases(text, 2027) if p.period is not None]
        assert phrases[0].kind == "cumulative", text
        assert (phrases[0].period.start, phrases[0].period.end.month) == (dt.date(2027, 1, 1), months), text
    # near misses: "năm" after the months is the count five or the year of the month named before
    assert [p.kind for p in find_period_phrases("Năm tháng năm nay trời rét.", 2027)] == ["year"]
    assert [p.kind for p in find_period_phrases("tháng hai năm 2027", 2027)] == ["month"]


def test_the_year_so_far_said_without_from() -> None:
    for text in ("Đầu năm đến nay, toàn tỉnh có 1.250 doanh nghiệp thành lập mới.",
                 "Kể từ đầu năm, huyện xảy ra 12 vụ cháy rừng."):
        assert [p.kind for p in find_period_phrases(text, 2027)][:1] == ["year_to_date"], text
    # (near miss: the start of the year up to a month is those months, read as before)
    assert "year_to_date" not in [p.kind for p in find_period_phrases("Đầu năm đến tháng 5, tỉnh thu 80 tỷ.", 2027)]


def test_r39_running_total_from_the_years_start_to_a_month_covers_all_its_months() -> None:
    phrases = find_period_phrases("Từ đầu năm đến hết tháng 8/2022, huyện cấp phép cho 7 cơ sở sản xuất mới.", 2022)
    assert [p.kind for p in phrases] == ["cumulative"]
    assert (phrases[0].period.start, phrases[0].period.end) == (dt.date(2022, 1, 1), dt.date(2022, 8, 31))
    assert phrases[0].as_of is None
    # a bare "đến tháng" without the year's start stays an as-of date
    assert find_period_phrases("Đến tháng 8/2022, huyện có 7 cơ sở.", 2022)[0].kind == "as_of"


def test_r39_at_the_close_of_a_quarter_the_figures_are_the_years_so_far() -> None:
    phrases = find_period_phrases("Kết thúc quý II/2023, xã đã trồng mới 40 ha rừng.", 2023)
    assert [p.kind for p in phrases] == ["half"]
    assert (phrases[0].period.start, phrases[0].period.end) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    phrases = find_period_phrases("Kết thúc quý 3 năm 2023, thu ngân sách tăng 5%.", 2023)
    assert (phrases[0].period.start, phrases[0].period.end) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))
    # the quarter itself, without its close, stays three months
    assert find_period_phrases("Trong quý II/2023, xã trồng 40 ha.", 2023)[0].kind == "quarter"


def test_a_bare_luy_ke_is_the_year_so_far() -> None:
    from orchestration.extraction import extract_document

    text = ("Huyện họp giao ban tháng 10 năm 2024\n"
            "Trong tháng 10, huyện cấp 12 giấy phép xây dựng, luỹ kế cấp 97 giấy phép, đạt 80% kế hoạch; "
            "thu ngân sách tháng 10 được 2,5 tỷ đồng, lũy kế 31 tỷ đồng. Lũy kế 10 tháng tuyển 300 lao động.\n")
    ex = extract_document(text.encode(), "giao_ban.txt")
    rows = [*ex.tables["indicators"].iter_rows(named=True), *ex.tables["budgets"].iter_rows(named=True)]
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    october, so_far = (D(2024, 10, 1), D(2024, 10, 31)), (D(2024, 1, 1), D(2024, 10, 31))
    assert periods[12] == periods[2.5e9] == october  # the month's own figures keep the month
    assert periods[97] == periods[80] == periods[31e9] == periods[300] == so_far


def test_months_reviewed_set_against_the_months_left() -> None:
    text = "Hội nghị đánh giá công tác 6 tháng, đề ra phương hướng 6 tháng cuối năm 2026 của xã."
    kinds = [(p.kind, p.period.start, p.period.end) for p in find_period_phrases(text, 2026) if p.period]
    assert kinds[0] == ("half", D(2026, 1, 1), D(2026, 6, 30))
    text = "Đảng ủy phường sơ kết 9 tháng và triển khai nhiệm vụ 3 tháng cuối năm."
    assert next((p.period.start, p.period.end) for p in find_period_phrases(text, 2026) if p.period) == (
        D(2026, 1, 1), D(2026, 9, 30))


def test_a_target_without_a_year_takes_the_later_year_its_paragraph_opens_with() -> None:
    # r41imp: the paragraph opens with next year's tasks; its aims in later sentences name no year
    from orchestration.extraction import extract_document

    text = ("Phường Hòa An tổng kết công tác năm 2024\n"
            "Năm 2024, phường đạt nhiều kết quả, tỷ lệ hộ nghèo còn 1,2%.\n"
            "Để hoàn thành nhiệm vụ năm 2025, phường tập trung cải cách hành chính. Cụ thể, phấn đấu giảm tỷ lệ "
            "hộ nghèo xuống dưới 1%; trên 92% hộ gia đình đạt danh hiệu văn hóa.\n")
    rows = extract_document(text.encode(), "hoa_an.txt").tables["indicators"].iter_rows(named=True)
    periods = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert periods[1.2] == ("level", D(2024, 1, 1), D(2024, 12, 31))
    assert periods[92] == ("target", D(2025, 1, 1), D(2025, 12, 31))


def test_for_years_now_is_no_year_of_its_own() -> None:
    # "mấy năm nay", "từ nhiều năm nay": for some years, not "this year"
    for text in ("Mấy năm nay, nông dân chuyển sang trồng bưởi.", "Từ nhiều năm nay, xã đã có chợ đêm."):
        assert not [p for p in find_period_phrases(text, 2024) if p.kind == "year"]
    assert [p.kind for p in find_period_phrases("Năm nay, xã trồng mới 40 ha.", 2024)] == ["year"]


def test_a_month_fronted_at_a_paragraph_head_governs_its_later_sentences() -> None:
    from orchestration.extraction.periods import paragraph_head_period
    text = ("Cả quý, tỉnh thu 900 tỷ đồng.\nRiêng trong tháng 3/2025, cảng đón 40 chuyến tàu, tăng 5% so với cùng kỳ. "
            "Doanh thu cảng biển đạt 120 tỷ đồng.\nDoanh thu cả quý đạt 300 tỷ đồng.")
    phrases = find_period_phrases(text, 2025)
    starts = [p.start for p in phrases]
    head = text.index("Riêng")
    month = paragraph_head_period(text, phrases, starts, head, text.index("120"))
    assert month is not None and (month.start, month.end) == (D(2025, 3, 1), D(2025, 3, 31))
    # the next paragraph, or a period named in between, is not governed by it
    after = text.index("Doanh thu cả quý")
    assert paragraph_head_period(text, phrases, starts, after, text.index("300")) is None
    later = "Tháng 3, cảng đón 40 chuyến tàu. Quý I đạt 120 tỷ đồng, cả năm 500 tỷ đồng."
    phrases = find_period_phrases(later, 2025)
    assert paragraph_head_period(later, phrases, [p.start for p in phrases], 0, later.index("500")) is None


def test_a_crop_year_opening_a_paragraph_governs_its_later_sentences() -> None:
    rows = indicator_rows(
        "UBND TỈNH GIA LAI\nBÁO CÁO tình hình kinh tế - xã hội tháng 12 năm 2027\n\n"
        "Niên vụ 2027-2028, diện tích hồ tiêu là 14.300 ha. Năng suất bình quân đạt 31 tạ/ha.\n\n"
        # near miss: the next paragraph is the report's month again
        "Xuất khẩu trong tháng đạt 95 triệu USD.\n"
    )
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[31] == read[14300] == (D(2027, 10, 1), D(2027, 12, 31))
    assert read[95e6] == (D(2027, 12, 1), D(2027, 12, 31))


def test_a_period_after_the_source_a_paragraph_is_told_after_governs_its_later_sentences() -> None:
    from orchestration.extraction.periods import paragraph_head_period
    text = ("Theo Chi cục Thủy lợi, trong quý I/2027, mưa đá làm hỏng 60 ha ngô. "
            "Tại xã Đồng Tâm, lốc làm tốc mái 14 nhà.")
    phrases = find_period_phrases(text, 2027)
    quarter = paragraph_head_period(text, phrases, [p.start for p in phrases], 0, text.index("14"))
    assert quarter is not None and (quarter.start, quarter.end) == (D(2027, 1, 1), D(2027, 3, 31))
    # near miss: a clause of its own before the period (no source it is told after) heads no paragraph
    told = text.replace("Theo Chi cục Thủy lợi", "Chi cục Thủy lợi cho biết thêm")
    phrases = find_period_phrases(told, 2027)
    assert paragraph_head_period(told, phrases, [p.start for p in phrases], 0, told.index("14")) is None


def test_a_headings_day_dates_every_item_of_its_list() -> None:
    from orchestration.extraction.periods import heading_as_of

    def day_of(text: str, number: str) -> dt.date | None:
        phrases = find_period_phrases(text, 2027)
        return heading_as_of(text, phrases, [p.start for p in phrases], text.index(number))

    listed = ("3. Tiến độ tái định cư (tính đến ngày 05/3/2027):\n+ Đã bố trí 86 lô đất tái định cư.\n"
              "+ Đã xây dựng xong 2,4 km đường nội khu.\n+ Còn 17 hộ chưa nhận đất.\n4. Khó khăn\nCòn 9 hộ khiếu nại.")
    assert [day_of(listed, n) for n in ("86", "2,4", "17")] == [D(2027, 3, 5)] * 3
    # the heading with its first item run on after it on one line (as the layout joins an unclosed line to the next;
    # that item's own sentence holds the day)
    joined = "b) Kết quả đến ngày 28/02/2027 - Thu hồi 14 ha đất.\n- Chi trả 96 tỷ đồng."
    assert day_of(joined, "96") == D(2027, 2, 28)
    # near misses: the next heading's lines; an item naming its own time; a sentence over the list, or a heading
    # holding a figure of its own, dates its own figures only; a heading naming a period, not a day
    assert day_of(listed, "9 hộ") is None
    own = "Kết quả đến ngày 05/3/2027:\n- Trong tháng 2 bố trí 12 lô đất.\n- Đến ngày 01/3/2027 bố trí 40 lô đất."
    assert day_of(own, "12 lô") is None and day_of(own, "40 lô") is None
    assert day_of("Tính đến ngày 05/3/2027, huyện đã giao đất.\n- Bố trí 86 lô đất.", "86") is None
    assert day_of("Đến ngày 05/3/2027 đã giải ngân 30 tỷ đồng:\n- Bố trí 86 lô đất.", "86") is None
    assert day_of("1. Kết quả quý I/2027\n- Bố trí 86 lô đất.", "86") is None


def test_the_parts_of_a_total_counted_on_a_day_are_counted_on_that_day() -> None:
    from orchestration.extraction.periods import breakdown_as_of

    def day_of(text: str, number: str) -> dt.date | None:
        phrases = find_period_phrases(text, 2025)
        figure = text.index(number)
        sentence = max(text.rfind(". ", 0, figure) + 2, text.rfind("\n", 0, figure) + 1)
        return breakdown_as_of(text, phrases, [p.start for p in phrases], sentence, figure)

    total = "Báo cáo nhanh.\nĐến hết ngày 20/8/2025, lượng mưa tích lũy đạt 1.150 mm."
    assert day_of(f"{total} Trong đó: trạm Đắk Tô đạt 640 mm; trạm Kon Plông đạt 510 mm.", "510") == D(2025, 8, 20)
    # the day said after the total, and the items of a list under "..., trong đó:"
    after = "Báo cáo nhanh.\nVốn đã giải ngân 96 tỷ đồng tính đến ngày 12/9/2025. Cụ thể: vốn tỉnh 60 tỷ đồng."
    assert day_of(after, "60") == D(2025, 9, 12)
    listed = "Báo cáo.\nĐến ngày 12/9/2025 đã giải ngân 96 tỷ đồng, trong đó:\n- Vốn tỉnh 60 tỷ;\n- Vốn huyện 36 tỷ"
    assert day_of(listed, "36") == D(2025, 9, 12)
    # near misses: a breakdown naming its own time; the sentence before closing on another time; a sentence that
    # breaks nothing down; a list under a line that is no breakdown
    assert day_of(f"{total} Trong đó, tháng 8 mưa 300 mm.", "300") is None
    other = "Báo cáo.\nĐến ngày 20/8/2025 đạt 1.150 mm; tháng 8 mưa 420 mm. Trong đó, trạm A 200 mm."
    assert day_of(other, "200") is None
    assert day_of(f"{total} Trạm Đắk Tô đạt 640 mm.", "640") is None
    assert day_of("Báo cáo.\nĐến ngày 12/9/2025 đã giải ngân 96 tỷ đồng:\n- Bố trí 86 lô đất.", "86") is None


def test_the_plan_a_ratio_is_measured_against_names_the_year_it_aims_at() -> None:
    from orchestration.extraction.periods import plan_year_said_after

    def aimed(text: str, unit: str) -> int | None:
        return plan_year_said_after(text, text.index(unit) + len(unit), len(text))

    assert aimed("Đã tái định cư 215/640 hộ, bằng 33,6% chỉ tiêu giao đến hết năm 2028.", "640 hộ") == 2028
    assert aimed("Cứng hóa 96/300 km kênh mương, đạt 32% kế hoạch giai đoạn 2026 - 2030.", "300 km") == 2030
    # near misses: a year only compared with; a plan of no year, another clause's year after ";"
    assert aimed("Cứng hóa 96/300 km kênh mương, đạt 32% kế hoạch, tăng 5% so với năm 2025.", "300 km") is None
    assert aimed("Cứng hóa 96/300 km kênh mương, đạt 32% kế hoạch; đến năm 2030 cứng hóa 900 km.", "300 km") is None


def test_parts_counted_after_a_fronted_year_take_that_year() -> None:
    from orchestration.extraction.periods import breakdown_period
    # "Năm 2027, ... đề ra 12 mục tiêu. Trong đó có 9 mục tiêu ...": the parts share the fronted year
    text = ("Huyện tổng kết công tác.\n"
            "Năm 2027, huyện đề ra 12 mục tiêu. Trong đó có 9 mục tiêu về kinh tế và 3 mục tiêu về môi trường.")
    phrases = find_period_phrases(text, 2026)
    period = breakdown_period(text, phrases, [p.start for p in phrases], text.index("Trong đó"))
    assert (period.start, period.end) == (D(2027, 1, 1), D(2027, 12, 31))
    # a year only compared with, late in the sentence, is not carried
    text = "Huyện tổng kết công tác.\nHuyện đề ra 12 mục tiêu, nhiều hơn năm 2023. Trong đó có 9 mục tiêu về kinh tế."
    phrases = find_period_phrases(text, 2026)
    assert breakdown_period(text, phrases, [p.start for p in phrases], text.index("Trong đó")) is None


def test_an_average_over_the_years_named_after_it_covers_those_years() -> None:
    from orchestration.extraction import extract_document

    text = ("Báo cáo tình hình kinh tế - xã hội năm 2024\n"
            "GRDP năm 2024 tăng 6,1%. Như vậy bình quân mỗi năm giai đoạn 2021-2024 GRDP tăng 5,2%/năm, "
            "trong đó khu vực dịch vụ (+7,3%).\n")
    table = extract_document(text.encode(), "avg.txt").tables["indicators"]
    rows = {r["value"]: r for r in table.iter_rows(named=True)}
    assert (rows[6.1]["period_start"], rows[6.1]["period_end"]) == (D(2024, 1, 1), D(2024, 12, 31))
    for value in (5.2, 7.3):
        assert (rows[value]["period_start"], rows[value]["period_end"]) == (D(2021, 1, 1), D(2024, 12, 31))


def test_the_running_total_of_the_year_named_is_the_year_so_far() -> None:
    from orchestration.extraction import extract_document

    text = ("Hoạt động xuất khẩu tháng 11/2024 của tỉnh Tây Ninh\n\n"
            "Tháng 11, kim ngạch xuất khẩu ước đạt 700 triệu USD, tăng 5% so với cùng kỳ; lũy kế năm 2024 đạt "
            "7,6 tỷ USD, tăng 9%. Lũy kế từ đầu năm 2024, nhập khẩu đạt 5,1 tỷ USD.\n")
    rows = extract_document(text.encode(), "tay_ninh_11.txt").tables["indicators"].iter_rows(named=True)
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[700e6] == periods[5.0] == (D(2024, 11, 1), D(2024, 11, 30))  # the month's own
    assert periods[7.6e9] == periods[9.0] == (D(2024, 1, 1), D(2024, 11, 30))
    assert periods[5.1e9] == (D(2024, 1, 1), D(2024, 11, 30))


def test_first_months_with_cua_before_the_year() -> None:
    # "N tháng đầu của năm YYYY": the year's first N months, "của" standing between "đầu" and "năm"
    [p] = find_period_phrases("Trong 4 tháng đầu của năm 2025, toàn tỉnh có")
    assert p.kind == "cumulative"
    assert p.period == Period(D(2025, 1, 1), D(2025, 4, 30), "4 tháng đầu năm 2025")


def test_r46_the_planning_and_investment_body_sets_no_plan_year() -> None:
    # "Sở Kế hoạch và Đầu tư" names a body: the year after it is reported on, not aimed at
    text = "Theo Sở Kế hoạch và Đầu tư, kết quả thu hút đầu tư năm 2023 của tỉnh khả quan."
    phrases = find_period_phrases(text, 2024)
    assert [(p.kind, p.period.start) for p in phrases] == [("year", dt.date(2023, 1, 1))]


def test_the_months_added_up_are_the_months_so_far() -> None:
    for text in ("cộng dồn 10 tháng, tổng mức bán lẻ đạt 43.870 tỷ đồng", "Cộng  dồn 3 tháng, kim ngạch xuất khẩu"):
        phrases = [p for p in find_period_phrases(text, 2027) if p.period]
        assert [(p.kind, p.period.start) for p in phrases] == [("cumulative", D(2027, 1, 1))], text
    assert not [p for p in find_period_phrases("công đoàn 10 tháng qua", 2027) if p.period]


def test_the_year_after_a_multiple_is_its_base_not_its_period() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Số doanh nghiệp thành lập mới đạt 950 doanh nghiệp, gấp 1,4 lần năm 2026. Kim ngạch xuất khẩu đạt "
        "410 triệu USD, gấp 2,5 lần năm 2021. Sản lượng chè đạt 120 nghìn tấn, gấp đôi năm 2020. "
        "Tỷ lệ che phủ rừng đạt 63,5% năm 2027.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    year = (D(2027, 1, 1), D(2027, 12, 31))
    assert read[40] == ("yoy_pct", *year)  # the year before: the same period of last year
    assert read[150] == ("change_pct", *year)  # six years back: another base
    assert read[100] == ("change_pct", *year)
    assert read[63.5] == ("level", *year)  # no multiple: the year after the figure is its own


def test_a_change_on_a_year_two_or_more_back_is_on_another_base() -> None:
    rows = indicator_rows(
        "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Quy mô nền kinh tế đạt 210.000 tỷ đồng, tăng 45% so với năm 2020. Kim ngạch xuất khẩu đạt 1,9 tỷ USD, "
        "tăng 11% so với năm 2025. Doanh thu du lịch đạt 9.000 tỷ đồng, tăng 60% so với cùng kỳ năm 2023.\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[45] == read[60] == "change_pct"
    assert read[11] == "yoy_pct"



def test_the_year_so_far_and_the_month_said_against_the_reports_time() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐẮK NÔNG\nBÁO CÁO\nTình hình kinh tế - xã hội 8 tháng năm 2027\n\n"
        "Tính từ đầu năm, trên địa bàn tỉnh xảy ra 74 vụ tai nạn giao thông. Trong tháng xảy ra 9 vụ cháy. "
        "8 tháng xảy ra 41 vụ cháy. Từ đầu năm đến nay, toàn tỉnh có 310 doanh nghiệp thành lập mới. "
        "Trong tháng 6, có 35 doanh nghiệp thành lập mới.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    so_far, august = (D(2027, 1, 1), D(2027, 8, 31)), (D(2027, 8, 1), D(2027, 8, 31))
    assert read[74] == read[41] == read[310] == so_far
    assert read[9] == august
    assert read[35] == (D(2027, 6, 1), D(2027, 6, 30))  # a month named keeps its own


def test_a_quarter_run_out_is_the_year_up_to_its_end() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 10 tháng năm 2027\n\n"
        "Hết quý III, tỉnh đã trồng 1.870 ha rừng. Tính đến hết quý II/2027, toàn tỉnh có 318 hợp tác xã.\n"
        # near-miss: a quarter named alone is that quarter
        "Trong quý III, tỉnh trồng 640 ha rừng.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[1870] == (D(2027, 1, 1), D(2027, 9, 30))
    assert read[318] == (D(2027, 1, 1), D(2027, 6, 30))
    assert read[640] == (D(2027, 7, 1), D(2027, 9, 30))


def test_the_quarter_said_against_the_reports_time_is_its_last() -> None:
    rows = indicator_rows(
        "UBND XÃ PHÚ LỘC\nBÁO CÁO\nKết quả thực hiện nhiệm vụ quý III và 9 tháng năm 2027\n\n"
        "Trong quý, xã cấp 38 giấy chứng nhận quyền sử dụng đất. Trong quý này có 12 hộ thoát nghèo; "
        "trong quý vừa qua tiếp nhận 57 hồ sơ.\n"
        # near-misses: a quarter named, a quarter to come and a plan ("quy hoạch") keep what they say
        "Trong quý II, xã cấp 21 giấy chứng nhận.\nTrong quy hoạch, xã có 140 ha đất ở.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    third = (D(2027, 7, 1), D(2027, 9, 30))
    assert read[38] == read[12] == read[57] == third
    assert read[21] == (D(2027, 4, 1), D(2027, 6, 30))
    assert read[140] == (D(2027, 1, 1), D(2027, 9, 30))
    phrases = find_period_phrases("Trong quý tới, trong quý IV và trong quy định: trong quí qua", 2027)
    assert [p.kind for p in phrases if p.text.lower().startswith("trong")] == ["this_quarter"]
    from orchestration.extraction.periods import with_the_documents_time

    [quarter] = [p for p in with_the_documents_time(phrases, D(2027, 5, 31)) if p.text.startswith("trong")]
    assert (quarter.kind, quarter.period.start, quarter.period.end) == ("quarter", D(2027, 4, 1), D(2027, 6, 30))


def test_phrases_said_against_the_reports_time_stay_unresolved_without_it() -> None:
    from orchestration.extraction.periods import with_the_documents_time

    phrases = find_period_phrases(
        "Từ đầu năm 2025 đến nay, trong tháng tới và từ đầu năm đến tháng 5: trong tháng qua", 2026)
    kinds = [p.kind for p in phrases]
    assert "this_month" in kinds and kinds.count("year_to_date") == 0  # "từ đầu năm 2025", "đến tháng 5": theirs
    assert with_the_documents_time(phrases, None) == phrases
    [month] = [p for p in with_the_documents_time(phrases, D(2026, 9, 30)) if p.text.startswith("trong tháng qua")]
    assert (month.kind, month.period.start, month.period.end) == ("month", D(2026, 9, 1), D(2026, 9, 30))


def test_a_month_of_a_named_year_fronted_before_the_change_is_its_base() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH KON TUM\nTÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 7 NĂM 2027\n\n"
        "Chỉ số giá tiêu dùng tháng 7 tăng 3,45% so với cùng kỳ; so với tháng 12/2026 tăng 2,13%.\n"
        "Giá vàng tháng 7 so với tháng 12 năm 2026 giảm 0,64%.\n"
        # near-misses: the same month of the year before, fronted, is the same period of last year
        "Giá đô la Mỹ so với tháng 7/2026 tăng 1,27%; so với cùng tháng năm 2026 tăng 1,96%.\n"
        # the base closing the rate before, the next rate's own base after it
        "Giá gạo tăng 4,15% so với tháng 6/2027, giảm 2,35% so với cùng kỳ.\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[2.13] == read[-0.64] == "change_pct"
    assert read[3.45] == read[1.27] == read[1.96] == read[-2.35] == "yoy_pct"
    assert read[4.15] == "change_pct"


def test_a_change_on_a_month_of_a_named_year_other_than_the_same_one_is_on_another_base() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH BẾN TRE\nTÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 8 NĂM 2027\n\n"
        "Chỉ số giá tiêu dùng tháng 8/2027 tăng 0,31% so với tháng trước, tăng 2,44% so với tháng 12/2026 và tăng "
        "3,2% so với tháng 8/2026. Chỉ số sản xuất công nghiệp tháng 8 tăng 6,7% so với tháng 8 năm 2026.\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[0.31] == read[2.44] == "change_pct"
    assert read[3.2] == read[6.7] == "yoy_pct"  # the same month a year before


def test_a_month_opening_a_labelled_paragraph_governs_its_later_sentences() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Hoạt động du lịch: Trong tháng 9, lượng khách du lịch ước đạt 410.000 lượt. Doanh thu du lịch ước đạt "
        "690 tỷ đồng. Tính chung 9 tháng, doanh thu du lịch đạt 7.300 tỷ đồng.\n"
        "Thương mại: Kim ngạch xuất khẩu đạt 1,2 tỷ USD.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    september, so_far = (D(2027, 9, 1), D(2027, 9, 30)), (D(2027, 1, 1), D(2027, 9, 30))
    assert read[410000] == read[690e9] == september
    assert read[7300e9] == read[1.2e9] == so_far  # another period phrase, another paragraph


def test_a_year_base_after_a_comma_fronts_the_change_after_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH DƯƠNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Chỉ số sản xuất công nghiệp tăng 9,6%, so với năm 2023 tăng 27,4%.\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[9.6] == "yoy_pct" and read[27.4] == "change_pct"


def test_a_rate_set_against_the_year_before_without_the_same_time_is_that_years() -> None:
    rows = indicator_rows(
        "TỈNH ỦY CAO BẰNG\nBÁO CÁO\nKiểm điểm sự lãnh đạo, chỉ đạo năm 2027\n\n"
        "Tốc độ tăng trưởng kinh tế ước đạt 7,9%, cao hơn mức tăng của năm 2026 (6,8%); GRDP bình quân đầu người "
        "đạt 55 triệu đồng. Chỉ số sản xuất công nghiệp tăng 11%, thấp hơn năm trước (12,4%).\n")
    read = {r["value"]: (r["metric"], r["period_start"].year) for r in rows}
    assert read[7.9] == ("yoy_pct", 2027) and read[6.8] == ("yoy_pct", 2026)
    assert read[11] == ("yoy_pct", 2027) and read[12.4] == ("yoy_pct", 2026)
    assert read[55e6] == ("level", 2027)  # the year named as a base is no period of the clause after it


def test_the_year_so_far_up_to_a_named_day_runs_from_january_to_that_day() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 11 năm 2027\n\n"
        "Từ đầu năm đến ngày 20/11/2027, lượng khách du lịch ước đạt 3.140.000 lượt. Lũy kế từ đầu năm đến hết "
        "ngày 15/11, toàn tỉnh có 520 doanh nghiệp thành lập mới. Đến ngày 20/11/2027, tổng đàn bò 42.000 con.\n")
    read = {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}
    assert read[3140000] == (D(2027, 1, 1), D(2027, 11, 20), D(2027, 11, 20))
    assert read[520] == (D(2027, 1, 1), D(2027, 11, 15), D(2027, 11, 15))
    assert read[42000] == (D(2027, 11, 1), D(2027, 11, 30), D(2027, 11, 20))  # a stock on a day: the report's month


def test_months_opening_a_clause_are_the_months_of_the_year_so_far_whatever_verb_follows() -> None:
    rows = indicator_rows(
        "UBND HUYỆN ĐỨC TRỌNG\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2026\n\n"
        "Trong tháng, giải quyết việc làm cho 310 lao động; 9 tháng giải quyết việc làm cho 2.870 lao động. "
        "Trong tháng, có 140 doanh nghiệp thành lập mới.\n- 9 tháng có 1.260 doanh nghiệp thành lập mới.\n"
        "Trong tháng, hỗ trợ 12 hộ, mỗi hộ 6 tháng tiền điện 300.000 đồng.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    september, so_far = (D(2026, 9, 1), D(2026, 9, 30)), (D(2026, 1, 1), D(2026, 9, 30))
    assert read[310] == read[140] == september
    assert read[2870] == read[1260] == so_far
    assert read[12] == september  # "6 tháng tiền điện" inside a clause names no period


def test_months_right_before_their_amount_are_the_months_of_the_year_so_far() -> None:
    rows = indicator_rows(
        "UBND XÃ PHÚ LỘC\nBÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 9 năm 2026\n\n"
        "Tổng số lượt khách 9 tháng 12.400 lượt; lượt khách quý III 5.100 lượt. Xuất khẩu lao động 9 tháng 215 người. "
        "Ngày 12 tháng 10 khai mạc hội chợ với 140 gian hàng.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    so_far, quarter = (D(2026, 1, 1), D(2026, 9, 30)), (D(2026, 7, 1), D(2026, 9, 30))
    assert read[12400] == read[215] == so_far
    assert read[5100] == quarter  # a quarter named
    assert 140 in read and 10 not in read
    dated = find_period_phrases("Ngày 12 tháng 10 khai mạc hội chợ với 140 gian hàng", 2026)
    assert [p.kind for p in dated] == []  # a date's day and month: no run of months, no month of its own


@pytest.mark.parametrize(("text", "kind", "end"), [
    ("- Tuyển sinh học nghề: 9 tháng 3.410/4.200 học viên, đạt 81%", "cumulative", D(2026, 9, 30)),
    ("Hỗ trợ vay vốn 6 tháng 86/120 hộ", "half", D(2026, 6, 30)),
])
def test_months_right_before_a_ratio_done_of_its_plan_are_the_year_so_far(text: str, kind: str, end: dt.date) -> None:
    phrase = _one(text, 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == (kind, D(2026, 1, 1), end)


def test_a_dates_month_and_year_after_a_slash_is_no_ratio_after_months() -> None:
    for text in ("Hội nghị ngày 15 tháng 10/2026 có 200 đại biểu", "Hội nghị 15 tháng 10/2026 có 200 đại biểu"):
        assert all(p.kind != "cumulative" for p in find_period_phrases(text, 2026))


@pytest.mark.parametrize(("text", "start", "end"), [
    # a commune founded mid-year: its budget from its first day, each day with its year
    ("từ ngày 01/8/2026 đến ngày 31/12/2026 thu được", D(2026, 8, 1), D(2026, 12, 31)),
    ("từ 15/3/2023 đến 14/3/2024 chi", D(2023, 3, 15), D(2024, 3, 14)),
    # the months between two months, the year said once at the end or with each
    ("Từ tháng 4 đến tháng 9 năm 2026, chi", D(2026, 4, 1), D(2026, 9, 30)),
    ("từ tháng 11/2023 đến hết tháng 2/2024 thu", D(2023, 11, 1), D(2024, 2, 29)),
    # a later month first runs over the new year
    ("từ tháng 10 đến tháng 4 năm 2024 thu", D(2023, 10, 1), D(2024, 4, 30)),
])
def test_a_span_between_two_days_or_two_months_is_the_period(text: str, start: dt.date, end: dt.date) -> None:
    phrase = _one(text, 2026)
    assert phrase.kind == "cumulative" and (phrase.period.start, phrase.period.end) == (start, end)


def test_a_day_range_out_of_order_or_a_lone_month_is_no_span() -> None:
    assert [p.kind for p in find_period_phrases("từ ngày 31/12/2026 đến ngày 01/8/2026", 2026)] == ["as_of"]
    # (a lone month up to now is no run of months either, but the months since it: below)
    assert [(p.kind, p.period) for p in find_period_phrases("từ tháng 4 đến nay", 2026)] == [("as_of", None)]


def test_a_span_between_two_days_is_counted_up_to_its_last_day() -> None:
    # the last day is when the count was taken, as "đến ngày" alone says it; a run of months names no day
    assert _one("từ ngày 01/01/2027 đến ngày 14/5/2027 cấp", 2027).as_of == D(2027, 5, 14)
    assert _one("Từ tháng 4 đến tháng 9 năm 2026, chi", 2026).as_of is None


def test_the_days_since_a_day_up_to_now_run_to_the_reports_end():
    phrases = with_the_documents_time(find_period_phrases("Từ ngày 01/7/2026 đến nay, tổng thu ngân sách xã đạt", 2026),
                                      D(2026, 10, 31))
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [("cumulative", D(2026, 7, 1), D(2026, 10, 31))]
    # (its year unsaid: the report's; without the report's time it stays "đến nay", no period)
    phrase = _one("kể từ 1/7 đến nay", 2026)
    assert (phrase.kind, phrase.period) == ("as_of", None)
    assert with_the_documents_time([phrase], D(2026, 12, 31))[0].period.start == D(2026, 7, 1)
    # (a day after the report's end is no span: left as it was)
    assert with_the_documents_time([phrase], D(2026, 6, 30))[0].period is None
    # (plain "đến nay" has no day to count from)
    assert with_the_documents_time(find_period_phrases("Đến nay, xã có", 2026), D(2026, 10, 31))[0].period is None


@pytest.mark.parametrize(("text", "start"), [
    ("Từ tháng 5 đến nay, công an huyện phát hiện", D(2027, 5, 1)),
    ("kể từ tháng 8/2026 đến nay, xã đã", D(2026, 8, 1)),
    # (a month later in the year than the report's end, its year unsaid: the year before)
    ("Từ tháng 11 đến nay, toàn tỉnh có", D(2026, 11, 1)),
])
def test_the_months_since_a_month_up_to_now_run_to_the_reports_end(text, start):
    phrases = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 9, 30))
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [("cumulative", start, D(2027, 9, 30))]


def test_a_month_named_alone_or_to_another_month_is_no_run_up_to_now():
    # (near misses: the month itself, and the months between two months)
    assert [p.kind for p in find_period_phrases("Tháng 5, công an huyện phát hiện", 2027)] == ["month"]
    phrase = _one("từ tháng 5 đến tháng 7, xã đã", 2027)
    assert (phrase.period.start, phrase.period.end) == (D(2027, 5, 1), D(2027, 7, 31))
    # (a month said with a later year than the report's end is left unresolved)
    said = find_period_phrases("từ tháng 3/2028 đến nay", 2027)
    assert with_the_documents_time(said, D(2027, 9, 30))[0].period is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Từ ngày 9 đến 15/3/2027, huyện tổ chức", D(2027, 3, 9), D(2027, 3, 15)),
    ("từ ngày 2-6/10 đã cấp", D(2027, 10, 2), D(2027, 10, 6)),
    ("từ ngày 21 đến hết ngày 28/2, tiếp nhận", D(2027, 2, 21), D(2027, 2, 28)),
])
def test_days_of_one_month_said_with_its_month_once_are_a_span(text, start, end):
    phrase = _one(text, 2027)
    # (counted on the last day only when it is said "đến (hết) ngày D/M", as CONVENTIONS.md gives an as-of)
    counted_on = end if "đến hết ngày" in text else None
    assert (phrase.period.start, phrase.period.end, phrase.as_of) == (start, end, counted_on)


def test_a_dashed_date_or_days_out_of_order_are_no_span_of_days():
    assert find_period_phrases("Ngày 12-10/2027 khai mạc", 2027) == []  # (no "từ ngày": no run of days)
    assert all(p.kind != "cumulative" for p in find_period_phrases("từ ngày 20 đến 9/3/2027", 2027))


@pytest.mark.parametrize("text", ["Từ đầu mùa mưa bão đến nay, toàn tỉnh", "kể từ đầu mùa mưa lũ năm nay, huyện",
                                  "Tính từ đầu mùa bão, lũ đến nay, xảy ra"])
def test_the_storm_season_so_far_is_the_year_so_far(text):
    phrases = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 10, 31))
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [
        ("cumulative", D(2027, 1, 1), D(2027, 10, 31))]


def test_a_season_so_far_is_read_in_the_months_of_the_provinces_region() -> None:
    def season(text: str, province: str | None, end: dt.date) -> tuple[dt.date, dt.date]:
        [phrase] = with_the_documents_time(find_period_phrases(text, end.year), end, None, None, province)
        return phrase.period.start, phrase.period.end

    # the centre's rains from September, the north's and the south's from May
    assert season("Kể từ đầu mùa mưa đến nay, có 6 đợt", "binh_dinh", D(2027, 12, 31)) == (D(2027, 9, 1),
                                                                                            D(2027, 12, 31))
    assert season("Từ đầu mùa mưa năm nay, có 6 đợt", "lao_cai", D(2027, 9, 30)) == (D(2027, 5, 1), D(2027, 9, 30))
    # a province counted with the centre whose rains are the north's, by its climate region
    assert season("Từ đầu mùa mưa đến nay, có 6 đợt", "thanh_hoa", D(2027, 8, 31)) == (D(2027, 5, 1), D(2027, 8, 31))
    assert season("Từ đầu mùa mưa đến nay, sạt 9 điểm", "dong_nai", D(2027, 11, 30)) == (D(2027, 5, 1),
                                                                                          D(2027, 11, 30))
    # the centre's dry season from January, the south's from December over the new year
    assert season("Từ đầu mùa khô đến nay, cháy 4 ha", "quang_binh", D(2027, 6, 30)) == (D(2027, 1, 1),
                                                                                          D(2027, 6, 30))
    assert season("Từ đầu mùa khô đến nay, cháy 4 ha", "tien_giang", D(2027, 3, 31)) == (D(2026, 12, 1),
                                                                                          D(2027, 3, 31))
    # the floods of the central coast with its rains, the Mekong's from July
    assert season("Kể từ đầu mùa mưa lũ, có 3 đợt", "phu_yen", D(2027, 10, 31)) == (D(2027, 9, 1), D(2027, 10, 31))
    assert season("Từ đầu mùa lũ đến nay, ngập 90 ha", "an_giang", D(2027, 9, 30)) == (D(2027, 7, 1),
                                                                                        D(2027, 9, 30))
    # near misses: no province known, the rains before their months or a storm season: the year so far
    for text, province in (("Từ đầu mùa mưa đến nay, có 6 đợt", None), ("Từ đầu mùa mưa đến nay, có 6 đợt", "hue"),
                           ("Từ đầu mùa mưa bão đến nay, có 6 đợt", "binh_dinh"),
                           ("Từ đầu mùa mưa lũ đến nay, có 6 đợt", "son_la")):
        assert season(text, province, D(2027, 6, 30)) == (D(2027, 1, 1), D(2027, 6, 30)), (text, province)


def test_the_dry_season_so_far_names_no_period():
    # (the dry season runs over two calendar years)
    assert all(p.kind != "year_to_date" for p in find_period_phrases("Từ đầu mùa khô đến nay, xảy ra", 2027))


_GROUPS = ("CPI bình quân quý II/2027 tăng 2,1%.\nTrong 11 nhóm hàng, {lead}:\n"
           "- Nhóm thực phẩm tăng 0,64%;\n- Nhóm giáo dục tăng 0,2%.\n")


def test_items_under_a_line_compared_with_the_month_before_are_of_the_last_month():
    text = _GROUPS.format(lead="so với tháng trước có 2 nhóm tăng")
    second_item = text.index("- Nhóm giáo dục")
    assert a_breakdown_of_one_month(text, second_item, D(2027, 4, 1), D(2027, 6, 30)) == month_period(2027, 6)


def test_items_under_a_line_compared_with_last_year_keep_the_reports_period():
    # (near miss: the line's last clause compared with the same time a year before)
    text = _GROUPS.format(lead="so với tháng trước tăng 0,3%; so với cùng kỳ có 2 nhóm tăng")
    assert a_breakdown_of_one_month(text, text.index("- Nhóm giáo dục"), D(2027, 4, 1), D(2027, 6, 30)) is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Hai tháng cuối năm, phường phấn đấu", D(2026, 11, 1), D(2026, 12, 31)),
    ("ba tháng cuối năm 2027", D(2027, 10, 1), D(2027, 12, 31)),
    # ("còn lại": the months left of the year, counted in a word or in digits)
    ("Bốn tháng còn lại của năm, xã cần trồng thêm 40 ha", D(2026, 9, 1), D(2026, 12, 31)),
    ("trong 3 tháng còn lại của năm 2027 phải hoàn thành 12 km", D(2027, 10, 1), D(2027, 12, 31)),
    ("Trong 2 tháng còn lại, phường cần thu 8 tỷ đồng", D(2026, 11, 1), D(2026, 12, 31)),
])
def test_the_last_months_of_the_year_counted(text, start, end):
    phrase = _one(text, 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", start, end)


def test_the_months_left_of_something_else_are_no_period():
    assert find_period_phrases("gói thầu còn 2 tháng còn lại của hợp đồng là 5 tỷ đồng", 2026) == []


def test_the_last_months_in_a_word_need_their_count():
    # ("tháng hai cuối năm" is no count; "thứ ba tháng cuối năm" neither)
    assert all(p.kind != "cumulative" for p in find_period_phrases("thứ ba tháng cuối năm", 2026))


def test_the_budget_year_is_the_calendar_year():
    phrase = _one("dự toán năm ngân sách 2027 đã được giao", 2026)
    assert (phrase.period.start, phrase.period.end) == (D(2027, 1, 1), D(2027, 12, 31))
    assert find_period_phrases("Nam ngân sách 2027", 2026) == []  # (the name Nam, no year word)


@pytest.mark.parametrize("text", [
    "Năm tài khóa 2027, huyện được giao",
    "năm tài khoá 2027 được giao",
    "chi ngân sách niên độ 2027 ước",
    "ngân sách niên độ ngân sách 2027 ước",
])
def test_the_fiscal_year_and_the_budget_accounts_year_are_the_calendar_year(text):
    phrase = _one(text, 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("target_year", D(2027, 1, 1), D(2027, 12, 31))
    # near miss: a term of years after the words opens no single year
    assert all(p.kind != "year" for p in find_period_phrases("niên độ 2026-2027", 2026))


@pytest.mark.parametrize(("text", "end"), [
    ("Lũy kế đến hết tháng 10, kim ngạch xuất khẩu đạt", D(2026, 10, 31)),
    ("lũy kế đến ngày 25/10/2026, giải ngân đạt", D(2026, 10, 25)),
    ("Cộng dồn đến hết tháng 9 năm 2026 đạt", D(2026, 9, 30)),
])
def test_a_sum_up_to_a_months_end_or_a_day_runs_from_january_and_is_counted_on_it(text, end):
    phrase = _one(text, 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end, phrase.as_of) == ("as_of", D(2026, 1, 1), end, end)


def test_a_sum_from_the_years_start_to_a_month_stays_the_months_alone():
    phrase = _one("lũy kế từ đầu năm đến hết tháng 10/2026 đạt", 2026)
    assert (phrase.kind, phrase.period.end, phrase.as_of) == ("cumulative", D(2026, 10, 31), None)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Tháng 10 và 10 tháng, kim ngạch lần lượt đạt", ("month", D(2026, 10, 1)), ("cumulative", D(2026, 1, 1))),
    ("Quý III và 9 tháng, thu ngân sách lần lượt đạt", ("quarter", D(2026, 7, 1)), ("cumulative", D(2026, 1, 1))),
])
def test_months_so_far_joined_to_the_month_or_quarter_they_end_with(text, first, second):
    phrases = find_period_phrases(text, 2026)
    assert [(p.kind, p.period.start) for p in phrases] == [first, second]


def test_months_not_joined_to_a_period_need_their_own_words():
    # ("so với 10 tháng, ...": no month or quarter before "và")
    assert find_period_phrases("tăng so với 10 tháng, kim ngạch", 2026) == []


@pytest.mark.parametrize("text", ["Thu quý IV ước 2.100 tỷ đồng; cả năm ước đạt 8.400 tỷ đồng",
                                  "thu quý IV ước 2.100 tỷ đồng, cả năm đạt 8.400 tỷ đồng",
                                  "Cả năm, toàn tỉnh thu 8.400 tỷ đồng",
                                  # (before the verbs a count or a sum of the year is said with, no comma)
                                  "Tháng 12 cấp mới 95 giấy phép. Cả năm có 1.020 doanh nghiệp đăng ký mới",
                                  "Tháng 12 giải ngân 400 tỷ đồng; cả năm đã giải ngân 5.100 tỷ đồng",
                                  "Cả năm toàn tỉnh xảy ra 14 vụ cháy rừng"])
def test_the_whole_year_opening_a_clause_is_the_reports_year(text):
    whole = [p for p in find_period_phrases(text, 2027) if p.kind == "whole_year"]
    assert [(p.period.start, p.period.end) for p in whole] == [(D(2027, 1, 1), D(2027, 12, 31))]


@pytest.mark.parametrize("text", ["đạt 97% kế hoạch cả năm", "tốc độ tăng trưởng cả năm đạt 8%",
                                  "thu cả năm 2026 đạt 8.400 tỷ đồng", "Kế hoạch cả năm có 12 chỉ tiêu",
                                  "Chỉ tiêu giao cả năm đã hoàn thành"])
def test_the_whole_year_inside_a_clause_names_no_period_of_its_own(text):
    # (the plan of the year, a subject's words, or the year written: the year kind's)
    assert all(p.kind != "whole_year" for p in find_period_phrases(text, 2027))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("từ 2022-2026, thu ngân sách tăng", D(2022, 1, 1), D(2026, 12, 31)),
    ("Từ năm 2021 đến năm 2025, xã đã", D(2021, 1, 1), D(2025, 12, 31)),
])
def test_a_span_of_years_opened_by_tu_is_a_range(text, start, end):
    phrase = _one(text, 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("range", start, end)


@pytest.mark.parametrize("text", ["Lũy kế 3 năm 2022-2024, bão làm 9 người chết",
                                  "Tính chung giai đoạn 2020 - 2024, huyện xây 14 cầu",
                                  "Cộng dồn nhiệm kỳ 2020-2025, xã có 6 thôn đạt chuẩn"])
def test_the_words_summing_over_a_span_of_years_that_open_its_clause_open_its_phrase(text: str) -> None:
    phrase = _one(text, 2025)
    assert (phrase.kind, phrase.start, phrase.text) == ("range", 0, text[:text.index(",")])
    # near miss: after a subject the span is the subject's, its phrase opens on its own words
    text = "Vốn " + text[0].lower() + text[1:]
    phrase = _one(text, 2025)
    after_the_two_lead_words = text.index(" ", text.index(" ", 4) + 1) + 1
    assert (phrase.kind, phrase.start) == ("range", after_the_two_lead_words)


@pytest.mark.parametrize("text", ["giảm từ 15-20% số hộ", "tăng từ 2026 - 2021 tấn", "từ 2.021-2.025 tấn"])
def test_a_range_of_amounts_or_years_out_of_order_is_no_span_of_years(text):
    assert all(p.kind != "range" for p in find_period_phrases(text, 2027))


def test_two_months_joined_by_a_dash_are_the_months_between():
    phrase = _one("từ tháng 4-6 tăng 5%", 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2027, 4, 1), D(2027, 6, 30))
    phrase = _one("từ tháng 10 - 12/2026 thu", 2027)
    assert (phrase.period.start, phrase.period.end) == (D(2026, 10, 1), D(2026, 12, 31))
    # near miss: months out of order are no span
    assert all(p.kind != "cumulative" for p in find_period_phrases("từ tháng 9-3 thu", 2027))


def test_the_years_since_a_year_up_to_now_run_to_the_reports_end():
    phrases = with_the_documents_time(find_period_phrases("Từ năm 2022 đến nay, huyện đã thu hút", 2027),
                                      D(2027, 6, 30))
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [("cumulative", D(2022, 1, 1), D(2027, 6, 30))]
    # near miss: the year alone is that year
    assert [(p.kind, p.period.start) for p in find_period_phrases("Năm 2022, huyện đã thu hút", 2027)] == [
        ("year", D(2022, 1, 1))]


def test_a_day_of_the_year_after_is_counted_in_that_year():
    phrase = _one("đến ngày 31/01 năm sau, giải ngân đạt", 2026)
    assert (phrase.kind, phrase.as_of) == ("as_of", D(2027, 1, 31))
    # near misses: a day with its own year, and "năm sau" further on, keep their years
    assert _one("đến ngày 31/01/2026 năm sau", 2026).as_of == D(2026, 1, 31)
    assert find_period_phrases("đến ngày 30/9 giải ngân đạt 60%, năm sau", 2026)[0].as_of == D(2026, 9, 30)


def test_the_year_money_is_carried_over_into_is_no_period():
    assert all(p.period is None or p.period.start.year != 2027
               for p in find_period_phrases("Số chuyển nguồn sang năm 2027 là 615 tỷ đồng", 2026))
    # near miss: capital whose plan is extended into a year is spent in it
    phrase = _one("vốn kéo dài sang năm 2027 đã giải ngân", 2026)
    assert phrase.period.start == D(2027, 1, 1)


@pytest.mark.parametrize(("text", "start", "end", "explicit"), [
    ("Từ 21h ngày 14/10 đến 6h ngày 16/10/2027, lượng mưa", D(2027, 10, 14), D(2027, 10, 16), True),
    ("từ 13 giờ ngày 2/11 đến 7 giờ 30 ngày 3/11, mực nước", D(2027, 11, 2), D(2027, 11, 3), False),
])
def test_a_span_of_days_said_with_their_hours_is_the_span(text, start, end, explicit):
    phrase = _one(text, 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end, phrase.as_of, phrase.explicit_year) == (
        "cumulative", start, end, end, explicit)
    # (the last day said without "ngày", the days alone: the span, no day counted on)
    phrase = _one("Từ chiều 5/8 đến sáng 7/8 trên địa bàn", 2027)
    assert (phrase.period.start, phrase.period.end, phrase.as_of) == (D(2027, 8, 5), D(2027, 8, 7), None)


def test_an_hour_then_a_day_alone_is_an_as_of_day():
    # near miss: hours of one day and "đến" alone keep the as-of reading
    assert [(p.kind, p.as_of) for p in find_period_phrases("từ 6h đến 18h ngày 16/10, mưa", 2027)] == [
        ("as_of", D(2027, 10, 16))]
    assert [(p.kind, p.as_of) for p in find_period_phrases("tính đến 17h ngày 16/10/2027, có", 2027)] == [
        ("as_of", D(2027, 10, 16))]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Năm 2026 (từ ngày 01/4 đến 31/12), thu ngân sách phường đạt", D(2026, 4, 1), D(2026, 12, 31)),
    ("năm 2026 (từ tháng 4 đến tháng 12), chi", D(2026, 4, 1), D(2026, 12, 31)),
    ("Năm 2026 ( từ ngày 01/4/2026 đến ngày 31/12/2026 ), thu", D(2026, 4, 1), D(2026, 12, 31)),
])
def test_a_year_cut_by_the_span_in_its_bracket_is_the_span(text, start, end):
    phrase = _one(text, 2028)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", start, end)
    assert phrase.text.endswith(")")


def test_a_bracket_after_a_year_naming_no_span_of_it_leaves_the_year():
    # near misses: a bracket of a figure, and a span of another year
    phrases = find_period_phrases("Năm 2026 (tăng 4%), thu ngân sách đạt", 2028)
    assert [(p.kind, p.period.start) for p in phrases] == [("year", D(2026, 1, 1))]
    phrases = find_period_phrases("Năm 2026 (từ ngày 01/4/2025 đến ngày 31/12/2025), thu", 2028)
    assert [p.kind for p in phrases] == ["year", "cumulative"]


@pytest.mark.parametrize("text", [
    "đạt 6.100 tỷ đồng, tăng 4,2% so với cùng thời điểm 30/6/2026 và tăng 2% so với thời điểm 31/12/2026; vốn đạt",
    "đạt 6.100 tỷ đồng, tăng 4,2% so với thời điểm ngày 31/12/2026, vốn đạt",
    "đạt 6.100 tỷ đồng, tăng 4,2% so với cùng thời điểm năm trước; vốn đạt",
])
def test_the_day_of_a_stock_compared_with_is_no_as_of(text):
    phrases = find_period_phrases(text, 2027)
    assert phrases and all(p.kind == "comparison" and p.as_of is None for p in phrases)


def test_a_stock_counted_at_a_moment_keeps_its_as_of():
    # near miss: "thời điểm" with no comparison before it is the day counted on
    assert [(p.kind, p.as_of) for p in find_period_phrases("Tại thời điểm 01/4/2027, đàn bò có", 2027)] == [
        ("as_of", D(2027, 4, 1))]


def test_a_change_after_another_against_a_days_stock_keeps_the_as_of_of_the_figure():
    rows = indicator_rows("Đến 30/6/2027, tổng dư nợ tín dụng trên địa bàn tỉnh Bắc Ninh đạt 240.500 tỷ đồng, tăng "
                          "9,6% so với cùng thời điểm 30/6/2026 và tăng 4,1% so với thời điểm 31/12/2026.")
    assert {r["value"]: r["as_of"] for r in rows} == {240500e9: D(2027, 6, 30), 9.6: D(2027, 6, 30),
                                                      4.1: D(2027, 6, 30)}


def test_up_to_a_moment_is_read_from_its_lead():
    # "tính đến thời điểm D" is "tính đến ngày D", no moment a stock is counted at
    phrase = _one("Tính đến thời điểm 20/12/2027, tổng chi ngân sách xã", 2027)
    assert (phrase.kind, phrase.text, phrase.as_of) == ("as_of", "Tính đến thời điểm 20/12/2027", D(2027, 12, 20))


def test_two_days_joined_by_a_dash_with_the_year_at_the_end_are_a_span():
    phrase = _one("Từ 10/10 - 10/11/2027, huyện tiêm phòng cho", 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2027, 10, 10), D(2027, 11, 10))
    # near miss: without the year, two fractions as often as two days
    assert find_period_phrases("chiếm từ 1/3 - 2/3 diện tích", 2027) == []


def test_the_days_since_a_day_named_in_a_bracket_run_to_the_reports_end():
    said = find_period_phrases("Từ ngày 01/7/2027 (ngày thành lập xã mới) đến nay, xã đã cấp", 2027)
    phrases = with_the_documents_time(said, D(2027, 11, 30))
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [("cumulative", D(2027, 7, 1), D(2027, 11, 30))]


def _rows(text: str, table: str) -> list[dict]:
    from orchestration.extraction import extract_document

    return list(extract_document(text.encode(), "probe.txt").tables[table].iter_rows(named=True))


def test_a_toll_told_of_one_day_is_of_that_day():
    rows = _rows("Nghệ An, 20/9/2026 - Đợt mưa lũ từ ngày 16/9 đến 19/9 đã gây thiệt hại lớn tại tỉnh Nghệ An. "
                 "Trong ngày 17/9 có 2 người chết tại huyện Kỳ Sơn. Riêng ngày 19/9, thêm 5 người bị thương. "
                 "Mưa lũ làm 48 ngôi nhà bị ngập.", "disasters")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[2] == (D(2026, 9, 17), D(2026, 9, 17))
    assert periods[5] == (D(2026, 9, 19), D(2026, 9, 19))
    assert periods[48] == (D(2026, 9, 16), D(2026, 9, 19))  # (its sentence names no day: the event's days)


@pytest.mark.parametrize(("text", "day"), [
    ("Trong ngày 3/8 có 4 người chết", D(2027, 8, 3)),
    ("mưa lớn, riêng trong ngày 03-08 làm 4 nhà sập", D(2027, 8, 3)),
    ("Chỉ riêng ngày 3/8/2027, thêm 4 người chết", D(2027, 8, 3)),
])
def test_one_day_opening_a_clause_is_a_period(text, day):
    phrase = _one(text, 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("day", day, day)


@pytest.mark.parametrize("text", [
    "Ngày 3/8, Sở Tài chính cho biết thu ngân sách đạt",  # the day a news item tells, no period of its figures
    "hoàn thành trong ngày 3/8 với 4 tổ",  # a day set for a task inside a clause
    "từ ngày 3/8 đến 9/8 có 4 người chết",
])
def test_a_day_not_opening_a_clause_is_no_period_of_its_own(text):
    assert all(p.kind != "day" for p in find_period_phrases(text, 2027))


def test_the_whole_year_after_the_months_so_far_takes_the_year():
    rows = _rows("Tình hình thu ngân sách tỉnh Gia Lai 10 tháng năm 2026\n\nLũy kế 10 tháng, tổng thu ngân sách nhà "
                 "nước trên địa bàn đạt 9.120 tỷ đồng. Cả năm 2026, ước thu ngân sách nhà nước đạt 11.400 tỷ đồng.",
                 "budgets")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[9120e9] == (D(2026, 1, 1), D(2026, 10, 31))
    assert periods[11400e9] == (D(2026, 1, 1), D(2026, 12, 31))


@pytest.mark.parametrize(("text", "whole"), [
    ("Tính chung cả năm 2027, xuất khẩu đạt", True),
    ("quý IV ước 120 tỷ đồng; cả năm 2027 ước đạt", True),
    ("thu ngân sách đạt 97% kế hoạch cả năm 2027", False),  # the plan's year, no period of the figures after it
    ("Cả năm 2028, phấn đấu thu ngân sách đạt", False),  # a year aimed at stays one
])
def test_the_whole_of_a_year_named_opening_a_clause(text, whole):
    kinds = [p.kind for p in find_period_phrases(text, 2027) if p.period is not None]
    assert ("whole_year" in kinds) is whole and kinds


def test_an_as_of_day_written_with_dots():
    phrase = _one("Tính đến ngày 30.9.2027, tỉnh Điện Biên đã giải ngân", 2027)
    assert (phrase.kind, phrase.as_of) == ("as_of", D(2027, 9, 30))
    # near misses: without its year a dotted pair is as often a number; a number's groups of three are no day
    assert find_period_phrases("đến 30.9 đạt", 2027) == []
    assert find_period_phrases("tăng đến 1.250.2027 lượt", 2027) == []


def test_a_fiscal_year_is_the_calendar_year():
    phrase = _one("Năm tài chính 2027, tổng thu đạt", 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("year", D(2027, 1, 1), D(2027, 12, 31))


def test_the_whole_year_reckoned_as_carried_out():
    # ("Ước thực hiện cả năm 2027, ...": the year's estimate of what is carried out, its clause's head)
    assert [p.kind for p in find_period_phrases("Ước thực hiện cả năm 2027, tổng thu đạt", 2027)] == ["whole_year"]
    assert [p.kind for p in find_period_phrases("đạt 95% nhiệm vụ thực hiện cả năm 2027", 2027)] == ["target_year"]


def test_a_heading_that_is_a_period_alone_dates_the_section_below_it():
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội quý II và 6 tháng đầu năm 2027 tỉnh Tây Ninh\n\n"
                          "1. Quý II/2027\nTổng sản phẩm trên địa bàn tăng 6,9% so với cùng kỳ.\n"
                          "Chỉ số sản xuất công nghiệp tăng 9,4%.\n"
                          "2. Sáu tháng đầu năm 2027\nTổng sản phẩm trên địa bàn tăng 6,6% so với cùng kỳ.\n")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[6.9] == periods[9.4] == (D(2027, 4, 1), D(2027, 6, 30))
    assert periods[6.6] == (D(2027, 1, 1), D(2027, 6, 30))


def test_a_heading_closing_on_the_months_counted_dates_the_section_below_it():
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2027 tỉnh Tây Ninh\n\n"
                          "I. TÌNH HÌNH THÁNG 8\nChỉ số sản xuất công nghiệp tăng 7,3% so với cùng kỳ.\n"
                          "II. KẾT QUẢ THỰC HIỆN 8 THÁNG\nChỉ số sản xuất công nghiệp tăng 8,1% so với cùng kỳ.\n")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[7.3] == (D(2027, 8, 1), D(2027, 8, 31))
    assert periods[8.1] == (D(2027, 1, 1), D(2027, 8, 31))
    # near miss: a line that ends on months counted after other words is no heading
    assert find_period_phrases("Tiến độ thi công đường tỉnh kéo dài 8 tháng\nabc", 2027) == []


def test_a_period_inside_a_headings_words_dates_no_section():
    # near miss: the heading names a topic as well, the period is of its own words (the report's period stays)
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027 tỉnh Tây Ninh\n\n"
                          "1. Sản xuất công nghiệp quý II/2027 phục hồi\nChỉ số sản xuất công nghiệp tăng 9,4%.\n")
    periods = [(r["period_start"], r["period_end"]) for r in rows if r["value"] == 9.4]
    assert periods == [(D(2027, 1, 1), D(2027, 6, 30))]


def test_the_year_so_far_to_a_day_with_the_year_written_at_its_start():
    phrase = _one("Từ đầu năm 2027 đến ngày 20/10, thu ngân sách", 2027)
    assert (phrase.period.start, phrase.period.end, phrase.as_of) == (D(2027, 1, 1), D(2027, 10, 20), D(2027, 10, 20))


def test_the_days_of_a_month_with_spaces_round_the_dash():
    phrase = _one("Trong tuần từ ngày 6 - 12/9, toàn tỉnh xảy ra", 2027)
    assert (phrase.period.start, phrase.period.end) == (D(2027, 9, 6), D(2027, 9, 12))


@pytest.mark.parametrize("text", [
    "Kể từ ngày 01/7/2027 đến hết tháng 11/2027, toàn tỉnh có",
    "Từ ngày 1/7/2027 (thời điểm hợp nhất tỉnh) đến hết tháng 11/2027, toàn tỉnh có",
    "Từ ngày 1/7/2027 (ngày thành lập xã mới) đến ngày 30/11/2027, xã thu",
])
def test_from_a_new_provinces_first_day_to_a_month_or_a_day(text):
    phrase = _one(text, 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end, phrase.as_of) == (
        "cumulative", D(2027, 7, 1), D(2027, 11, 30), D(2027, 11, 30))


def test_a_day_then_a_month_that_ended_before_it_is_no_span():
    # near miss: the month's end before the first day (two dates, no span)
    assert all(p.kind != "cumulative" for p in find_period_phrases("từ ngày 15/7/2027 đến hết tháng 3/2027", 2027))


def test_a_bracket_opening_on_the_month_before_gives_that_months_value() -> None:
    rows = indicator_rows("CỤC THỐNG KÊ TỈNH NGHỆ AN\nBáo cáo tình hình kinh tế - xã hội tháng 8 năm 2024\n\n"
                          "Chỉ số giá tiêu dùng tháng 8/2024 tăng 0,35% so với tháng trước (tháng trước giảm 0,12%).\n")
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [
        (0.35, D(2024, 8, 1), D(2024, 8, 31)), (-0.12, D(2024, 7, 1), D(2024, 7, 31))]
    # January's month before is December of the year before
    [phrase] = with_the_documents_time(find_period_phrases("(tháng trước tăng 1,1%)", 2027), D(2027, 1, 31))
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("month", D(2026, 12, 1), D(2026, 12, 31))
    # near misses: the base compared with, and two months back, name no month of a figure
    assert all(p.kind == "comparison" for p in find_period_phrases("tăng 0,4% so với tháng trước", 2024))
    assert find_period_phrases("(tháng trước nữa tăng 0,2%)", 2024) == []


def test_a_mean_over_a_named_year_is_that_whole_year() -> None:
    phrase = _one("CPI bình quân năm 2023 tăng 2,87%", 2023)
    assert (phrase.kind, phrase.period) == ("whole_year", Period(D(2023, 1, 1), D(2023, 12, 31), "năm 2023"))
    assert _one("giá vàng bình quân cả năm 2023 tăng 9%", 2023).kind == "whole_year"
    # near misses: a year without the mean stays a year; a mean aimed at stays the year aimed at
    assert _one("CPI năm 2023 tăng", 2023).kind == "year"
    assert _one("phấn đấu thu nhập bình quân năm 2023 đạt 70 triệu đồng", 2023).kind == "target_year"


def test_months_counted_alone_at_a_clause_head_are_the_year_so_far() -> None:
    text = "Tháng 9, doanh thu du lịch đạt 410 tỷ đồng. 9 tháng, đạt 3.870 tỷ đồng, tăng 8%."
    [_month, months] = find_period_phrases(text, 2026)
    assert (months.text, months.period.start, months.period.end) == ("9 tháng", D(2026, 1, 1), D(2026, 9, 30))
    # near miss: a count after a comma, inside a clause, is no period of the year ("sau 9 tháng, ..." neither)
    assert [p.text for p in find_period_phrases("Dự án chậm tiến độ 9 tháng, gây lãng phí.", 2026)] == []
    assert [p.text for p in find_period_phrases("Sau 9 tháng, đạt 3.870 tỷ đồng.", 2026)] == []


def test_the_year_written_after_the_years_start_dates_the_month_counted_to() -> None:
    phrase = _one("Từ đầu năm 2023 đến hết tháng 9, tỉnh cấp mới 14 dự án", 2024)
    assert (phrase.period.start, phrase.period.end, phrase.explicit_year) == (D(2023, 1, 1), D(2023, 9, 30), True)
    # near miss: the month's own year stands; without a year, the reference year
    assert _one("Từ đầu năm đến hết tháng 9/2022, tỉnh cấp", 2024).period.end == D(2022, 9, 30)
    assert _one("Từ đầu năm đến hết tháng 9, tỉnh cấp", 2024).period.end == D(2024, 9, 30)


def test_a_crop_season_named_with_another_year_than_the_reports_is_of_that_year() -> None:
    # the season's year with or without "năm"; a season of two years is reaped in the second
    for text, year in [("Vụ Hè Thu 2023, tỉnh gieo sạ 9.000 ha", 2023), ("vụ Đông Xuân 2022-2023 đạt 61 tạ/ha", 2023),
                       ("lúa Chiêm Xuân 2023 đạt 5.100 ha", 2023), ("Niên vụ mía 2022-2023 ép 310.000 tấn", 2023)]:
        phrase = _one(text, 2025)
        assert (phrase.kind, phrase.period) == ("year", Period(D(year, 1, 1), D(year, 12, 31), f"năm {year}")), text
        assert phrase.text.startswith("20")  # (the year, as "năm 2023" is: not the season's name before it)
    rows = indicator_rows("UBND TỈNH SÓC TRĂNG\nBáo cáo tình hình kinh tế - xã hội năm 2025\n\n"
                          "Vụ Hè Thu 2024, diện tích lúa nhiễm rầy nâu là 1.450 ha.\n")
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [(1450, D(2024, 1, 1), D(2024, 12, 31))]
    # near misses: the report's own season lies within its period (the winter crop named by the year before is reaped
    # in the report's); a season compared with is a base
    assert find_period_phrases("Vụ Hè Thu 2025, tỉnh gieo sạ 9.000 ha", 2025) == []
    assert find_period_phrases("vụ Đông Xuân 2024-2025 đạt 61 tạ/ha", 2025) == []
    assert find_period_phrases("cây vụ Đông 2024 đạt 1.461 ha", 2025) == []
    assert _one("tăng 1,3 tạ/ha so với vụ mùa 2021", 2025).kind == "comparison"
    # (with no reference year, the season's year: the text's only time, never none)
    assert [p.period for p in find_period_phrases("Vụ Hè Thu 2023, tỉnh gieo sạ 9.000 ha")] == [year_period(2023)]
    # a season of the weather the same way ("mua", to buy, is no season)
    assert _one("Mùa khô 2023-2024, toàn tỉnh xảy ra 5 vụ cháy rừng", 2025).period.end == D(2024, 12, 31)
    # (the report's own dry season over the new year: its months, read with the report's time, see
    # test_a_dry_season_over_the_new_year_is_its_months_so_far; one of one year, the report's, is that year, see
    # test_a_season_of_the_weather_in_the_reports_year_is_that_year_from_the_seasons_word)
    assert [p.kind for p in find_period_phrases("Mùa khô 2024-2025, toàn tỉnh xảy ra 5 vụ cháy rừng", 2025)] == [
        "season_so_far"]
    assert [p.kind for p in find_period_phrases("Mùa mưa bão 2025, toàn tỉnh có 5 người chết", 2025)] == ["year"]
    assert find_period_phrases("mua khô 2023 giá rẻ", 2025) == []


@pytest.mark.parametrize(("text", "day"), [
    ("Tính đến 31-3-2026, toàn tỉnh có 15.200 doanh nghiệp", D(2026, 3, 31)),  # dashes, the year said, no "ngày"
    ("Đến ngày 30.9, dư nợ đạt 9.000 tỷ đồng", D(2026, 9, 30)),  # dots, "ngày" said, no year
    ("Đến ngày 30.9.2026, dư nợ đạt", D(2026, 9, 30)),
])
def test_a_day_written_with_dashes_or_dots_is_an_as_of(text, day):
    phrase = _one(text, 2026)
    assert (phrase.kind, phrase.as_of) == ("as_of", day)


@pytest.mark.parametrize("text", [
    "tăng đến 10-12 người mỗi năm",  # a count's range: neither "ngày" nor a year
    "đến 30.9 tỷ đồng",  # a number with a decimal dot
    "đạt đến 1.250.000 tấn",  # a number's groups of three
])
def test_a_range_or_a_dotted_number_after_den_is_no_as_of(text):
    assert [p for p in find_period_phrases(text, 2026) if p.kind == "as_of"] == []


@pytest.mark.parametrize("text", ["Từ ngày 1-1 đến ngày 30-10-2026, thiên tai làm",
                                  "Từ ngày 01.01 đến ngày 30.10.2026, có", "từ ngày 1-1 đến 30-10-2026 có"])
def test_a_span_of_days_written_with_dashes_or_dots(text):
    phrase = _one(text, 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end, phrase.as_of) == (
        "cumulative", D(2026, 1, 1), D(2026, 10, 30), D(2026, 10, 30) if "đến ngày" in text else None)
    # near miss: numbers' ranges without "ngày" stay no span of days
    assert find_period_phrases("tăng từ 1.200 đến 1.500 người", 2026) == []
    assert find_period_phrases("từ 10-15 đến 20-25 tấn", 2026) == []


def test_a_quarter_or_months_with_the_year_after_a_dot_or_a_slash():
    assert _one("Quý III.2025, GRDP tăng 8%", 2026).period == Period(D(2025, 7, 1), D(2025, 9, 30), "quý III năm 2025")
    assert _one("Hết quý II.2025, giải ngân đạt", 2026).period.end == D(2025, 6, 30)
    phrase = _one("9 tháng/2025, GRDP tăng 8%", 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2025, 1, 1), D(2025, 9, 30))
    # near misses: a dotted number going on is no year; a rate per month per year is no period
    assert _one("quý III.2025.5", 2026).period.start.year == 2026
    assert find_period_phrases("12 tháng/năm", 2026) == []


def test_a_bracket_giving_the_days_of_the_period_named_before_it_dates_the_figures_after():
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội tháng 01 năm 2027\n\n"
                          "Trong kỳ (từ 15/12/2026 đến 14/01/2027), xảy ra 14 vụ tai nạn giao thông.\n")
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [(14, D(2026, 12, 15), D(2027, 1, 14))]
    # near miss: the bracket after the base compared with is the base's, no period of the figure after it
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2027\n\n"
                          "So với cùng kỳ (quý III/2026 tăng 3%), chỉ số sản xuất công nghiệp tăng 5%.\n")
    assert {r["value"]: r["period_end"] for r in rows} == {3: D(2026, 9, 30), 5: D(2027, 10, 31)}


def test_the_years_just_gone_named_in_brackets_are_their_span():
    phrase = _one("Trong 5 năm qua (2021-2025), tổng thu ngân sách đạt", 2025)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("range", D(2021, 1, 1), D(2025, 12, 31))
    assert _one("5 năm vừa qua (giai đoạn 2020-2025), có", 2025).period.start == D(2020, 1, 1)
    # near miss: a count that is not the span's years names no span
    assert find_period_phrases("3 năm qua (2021-2025), có", 2025) == []


def test_a_quarter_or_month_of_the_year_before_is_of_that_year():
    assert _one("Quý I năm trước, GRDP tăng 6%", 2026).period == Period(D(2025, 1, 1), D(2025, 3, 31), "quý I năm 2025")
    assert _one("tháng 9 năm ngoái đạt 120 tỷ đồng", 2026).period == Period(D(2025, 9, 1), D(2025, 9, 30),
                                                                           "tháng 9 năm 2025")
    assert _one("Hết quý II năm trước, giải ngân đạt", 2026).period.end == D(2025, 6, 30)
    # near misses: the base compared with stays a comparison; two years back is not the year before
    assert _one("tăng 5% so với quý I năm trước", 2026).kind == "comparison"
    assert _one("(quý I năm trước nữa tăng 3%)", 2026).period.start.year != 2025


def test_a_week_at_a_months_start_or_end_and_days_without_ngay():
    phrase = _one("Tuần đầu tháng 3/2027, xảy ra 5 vụ cháy rừng", 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("day", D(2027, 3, 1), D(2027, 3, 7))
    assert _one("tuần cuối tháng 2, giá lợn hơi tăng", 2027).period.start == D(2027, 2, 22)
    phrase = _one("Từ 26-30/10, mưa lũ làm 3 người chết", 2027)
    assert (phrase.period.start, phrase.period.end, phrase.as_of) == (D(2027, 10, 26), D(2027, 10, 30), None)
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2027\n\n"
                          "Trong 3 ngày (từ 28-30/10), toàn tỉnh đón 12.500 lượt khách du lịch.\n")
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [
        (12500, D(2027, 10, 28), D(2027, 10, 30))]
    # near misses: a week of the year is no week of a month; days out of order are no span
    assert [p.kind for p in find_period_phrases("tuần đầu năm 2027, có", 2027)] == ["year"]
    assert find_period_phrases("từ 30-26/10 có", 2027) == []


def test_a_spell_of_weather_with_its_days_in_brackets_dates_its_toll():
    rows = _rows("BÁO CÁO\nTình hình thiệt hại do thiên tai tháng 8 năm 2027\n\n"
                 "Đợt mưa lớn (từ ngày 05/8 đến ngày 08/8/2027) làm 2 người chết.\n", "disasters")
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [(2, D(2027, 8, 5), D(2027, 8, 8))]
    # near miss: the bracket of a comparison after a spell's count stays an aside
    rows = _rows("BÁO CÁO\nTình hình thiệt hại do thiên tai tháng 8 năm 2027\n\n"
                 "Trong tháng xảy ra 3 đợt mưa lớn (cùng kỳ năm 2026 có 5 đợt), làm 2 người chết.\n", "disasters")
    assert {r["period_end"] for r in rows if r["value"] == 2} == {D(2027, 8, 31)}


def test_an_occasion_with_its_days_in_brackets_dates_its_figures():
    text = ("BÁO CÁO\nTình hình du lịch tháng 2 năm 2027\n\n"
            "Trong dịp Tết Nguyên đán Đinh Mùi 2027 (từ 5/2 đến 13/2), tỉnh đón 540.000 lượt khách.\n"
            "Dịp Tết năm 2027 (năm 2026 đạt 38.000 lượt), khu di tích đón 41.000 lượt khách.\n")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in indicator_rows(text)}
    assert periods[540000] == (D(2027, 2, 5), D(2027, 2, 13))
    # near miss: a bracket that opens on another year is that year's figure, no days of the occasion
    assert periods[41000] == (D(2027, 2, 1), D(2027, 2, 28))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Tháng qua, toàn tỉnh đón 90.000 lượt khách", D(2027, 10, 1), D(2027, 10, 31)),
    ("Quý vừa qua, tổng sản phẩm tăng 7%", D(2027, 10, 1), D(2027, 12, 31)),
    ("Từ đầu tháng đến nay, toàn tỉnh đón", D(2027, 10, 1), D(2027, 10, 31)),
    ("Từ đầu năm học đến nay, toàn tỉnh có 12 vụ", D(2027, 9, 1), D(2027, 10, 31)),
])
def test_the_reports_month_quarter_or_school_year_so_far(text, start, end):
    [phrase] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 10, 31))
    assert (phrase.period.start, phrase.period.end) == (start, end)


def test_a_day_counted_to_without_its_year_far_after_the_papers_day_is_of_the_year_before():
    def counted(text: str, dated: dt.date) -> tuple:
        [phrase] = with_the_documents_time(find_period_phrases(text, 2028), D(2028, 12, 31), D(2028, 1, 1), dated)
        return phrase.as_of, phrase.period.end if phrase.period else None

    assert counted("Tính đến ngày 28/12, huyện đã cày ải 900 ha", D(2028, 1, 6))[0] == D(2027, 12, 28)
    assert counted("Từ đầu năm đến ngày 20/11, thu 40 tỷ đồng", D(2028, 1, 6)) == (D(2027, 11, 20), D(2027, 11, 20))
    # near misses: a day said with its year, or one within half a year of the paper's day, stays where it is
    assert counted("Tính đến ngày 28/12/2028, huyện đã cày ải 900 ha", D(2028, 1, 6))[0] == D(2028, 12, 28)
    assert counted("Tính đến ngày 30/6, huyện đã cày ải 900 ha", D(2028, 1, 6))[0] == D(2028, 6, 30)


def test_a_school_year_so_far_opened_the_september_before():
    [phrase] = with_the_documents_time(find_period_phrases("Từ đầu năm học, có 12 vụ", 2028), D(2028, 3, 31))
    assert (phrase.period.start, phrase.period.end) == (D(2027, 9, 1), D(2028, 3, 31))
    # near misses: months counted or "những tháng qua" are no one month; the calendar year so far stays one
    assert [p.text for p in find_period_phrases("những tháng qua, có 3 vụ", 2028)] == []
    assert _one("9 tháng vừa qua, tăng 7%", 2028).period.start == D(2028, 1, 1)
    [year] = with_the_documents_time(find_period_phrases("Từ đầu năm đến nay, có", 2028), D(2028, 3, 31))
    assert year.period.start == D(2028, 1, 1)


def test_a_school_year_closed_before_the_reports_months_is_its_own_september_to_august():
    [school] = with_the_documents_time(find_period_phrases("Năm học 2026-2027, tỷ lệ học sinh lên lớp đạt 98%", 2027),
                                       D(2027, 10, 31), D(2027, 10, 1))
    assert (school.kind, school.period.start, school.period.end) == ("cumulative", D(2026, 9, 1), D(2027, 8, 31))
    # ("năm học mới" names the school year too)
    assert _one("Năm học mới 2027-2028, toàn tỉnh có 690 trường", 2027).kind == "school_year"
    # near misses: a school year under way at the report's start, or a report without a start, keeps the report's
    for end, start in ((D(2027, 6, 30), D(2027, 1, 1)), (D(2027, 10, 31), None)):
        [own] = with_the_documents_time(find_period_phrases("Năm học 2026-2027, có 98 trường", 2027), end, start)
        assert (own.kind, own.period) == ("school_year", None)


def test_the_months_left_of_the_year_run_from_the_reports_end_to_december():
    def left(text: str, end: dt.date, dated: dt.date | None = None) -> tuple | None:
        [phrase] = with_the_documents_time(find_period_phrases(text, 2028), end, D(end.year, 1, 1), dated)
        return (phrase.period.start, phrase.period.end) if phrase.period else None

    for said in ("Từ nay đến cuối năm, huyện còn 7 công trình", "Những tháng còn lại của năm 2028, còn 7 công trình",
                 "Trong các tháng cuối năm, huyện còn 7 công trình", "Từ nay đến hết năm nay, còn 7 công trình"):
        assert left(said, D(2028, 9, 30), D(2028, 10, 4)) == (D(2028, 10, 1), D(2028, 12, 31)), said
    # (a report on a whole year signed well inside it: from the day after its signing)
    assert left("Từ nay đến cuối năm, còn 7 công trình", D(2028, 12, 31), D(2028, 5, 20)) == (D(2028, 5, 21),
                                                                                             D(2028, 12, 31))
    # near misses: none left after a report on the whole year; the last months of another year; a school year's end
    assert left("Từ nay đến cuối năm, còn 7 công trình", D(2028, 12, 31), D(2028, 12, 20)) is None
    assert left("Những tháng cuối năm 2027, sức mua tăng 7%", D(2028, 3, 31)) is None
    # (nor after a report closing inside December, a police's year to its 14th: no whole month is left)
    assert left("Các tháng cuối năm, buôn bán pháo nổ tăng với 38 vụ", D(2028, 12, 14)) is None
    assert find_period_phrases("Từ nay đến cuối năm học, còn 7 trường", 2028) == []


def test_a_school_year_opened_after_the_reports_months_is_its_own_september_to_august():
    # a report on the school year 2027-2028 looking on to the next one: that one's months, not the report's
    [school] = with_the_documents_time(find_period_phrases("Năm học 2028-2029, huyện có thêm 4 trường mầm non", 2028),
                                       D(2028, 8, 31), D(2027, 9, 1))
    assert (school.kind, school.period.start, school.period.end) == ("cumulative", D(2028, 9, 1), D(2029, 8, 31))
    rows = indicator_rows("BÁO CÁO\nTổng kết năm học 2027-2028\n\nHuyện có 64 trường.\n"
                          "Năm học 2028-2029, huyện có 66 trường.\n")
    assert {r["value"]: (r["period_start"], r["period_end"]) for r in rows} == {
        64: (D(2027, 9, 1), D(2028, 8, 31)), 66: (D(2028, 9, 1), D(2029, 8, 31))}
    # near miss: a school year opening inside the report's months (a report on the calendar year 2028) is the report's
    [own] = with_the_documents_time(find_period_phrases("Năm học 2028-2029, huyện có 66 trường", 2028),
                                    D(2028, 12, 31), D(2028, 1, 1))
    assert (own.kind, own.period) == ("school_year", None)


def test_a_school_year_of_another_years_is_its_own_september_to_august():
    # (as the row of a report on a school year is placed: "Tổng kết năm học 2025-2026" runs 2025-09-01..2026-08-31)
    phrase = _one("Năm học 2023-2024, tỷ lệ tốt nghiệp THPT đạt 99,1%", 2026)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2023, 9, 1), D(2024, 8, 31))
    assert _one("học sinh giỏi quốc gia năm học 2022-2023 đạt 14 giải", 2026).period.end == D(2023, 8, 31)
    assert _one("Năm học 2027-2028, phấn đấu 100% trường đạt chuẩn", 2026).kind == "target_year"
    # near misses: the report's own school year keeps the report's period; a base compared with is a base
    assert _one("Năm học 2025-2026, toàn tỉnh có 312.000 học sinh", 2026).kind == "school_year"
    assert _one("Năm học 2026-2027, toàn tỉnh có 312.000 học sinh", 2026).kind == "school_year"
    assert _one("So với năm học 2023-2024, tỷ lệ tăng 2%", 2026).kind == "comparison"


def test_a_term_of_a_school_year_runs_from_september_to_mid_january_or_on_to_may():
    first = _one("Học kỳ I năm học 2027-2028, huyện có 48 lớp ghép", 2028)
    assert (first.kind, first.period.start, first.period.end) == ("cumulative", D(2027, 9, 1), D(2028, 1, 15))
    second = _one("trong học kì 2 của năm học 2026 - 2027 có 9 em chuyển trường", 2028)
    assert (second.period.start, second.period.end) == (D(2027, 1, 16), D(2027, 5, 31))
    # a term named alone is the term of the report's school year, when the report's months hold it
    [bare] = with_the_documents_time(find_period_phrases("Học kỳ II, có 31 em đạt giải", 2028), D(2028, 8, 31),
                                     D(2027, 9, 1))
    assert (bare.period.start, bare.period.end) == (D(2028, 1, 16), D(2028, 5, 31))
    rows = indicator_rows("BÁO CÁO\nSơ kết học kỳ I năm học 2027-2028\n\nToàn huyện có 4.120 học sinh.\n")
    assert [(r["period_start"], r["period_end"]) for r in rows] == [(D(2027, 9, 1), D(2028, 1, 15))]
    # near misses: a term compared with is a base; a term alone in a report on one month keeps the report's;
    # "học kỳ quân đội" (a summer course) names no term
    assert _one("tăng 3 em so với học kỳ I năm học 2026-2027", 2028).kind == "comparison"
    [month] = with_the_documents_time(find_period_phrases("Học kỳ I, có 31 em đạt giải", 2027), D(2027, 12, 31),
                                      D(2027, 12, 1))
    assert month.period is None
    assert [p.kind for p in find_period_phrases("khóa Học kỳ quân đội có 120 em", 2027)] == []


def test_the_reports_year_reckoned_whole_without_ca():
    rows = indicator_rows("BÁO CÁO\nTình hình kinh tế - xã hội 11 tháng năm 2027\n\n"
                          "Ước thực hiện năm 2027, tổng vốn đầu tư toàn xã hội đạt 31.000 tỷ đồng.\n")
    assert [(r["period_start"], r["period_end"]) for r in rows] == [(D(2027, 1, 1), D(2027, 12, 31))]
    assert _one("Dự ước năm 2027, thu đạt", 2027).kind == "whole_year"
    # near misses: inside a clause, another year, a year aimed at stay the year kinds
    assert _one("giá trị ước năm 2027 đạt", 2027).kind == "year"
    assert _one("Ước năm 2026, có 3 vụ", 2027).kind == "year"
    assert _one("Ước thực hiện năm 2028, phấn đấu đạt", 2027).kind == "target_year"


# (the days named, and the first and last of their span)
_DAYS_NAMED = {
    "Trong hai ngày 14 và 15/8, mưa đá làm hỏng": (D(2027, 8, 14), D(2027, 8, 15)),
    "trong các ngày 3, 4 và 5/7, lũ làm": (D(2027, 7, 3), D(2027, 7, 5)),
    "Ngày 11 và 12/6, lốc xoáy làm": (D(2027, 6, 11), D(2027, 6, 12)),
    "Trong 3 ngày 20-22/5, có": (D(2027, 5, 20), D(2027, 5, 22)),
    "Trong hai ngày 31/3 và 01/4, có": (D(2027, 3, 31), D(2027, 4, 1)),
}


@pytest.mark.parametrize("text", list(_DAYS_NAMED))
def test_days_named_one_by_one_are_one_span(text):
    phrase = _one(text, 2027)
    start, end = _DAYS_NAMED[text]
    assert (phrase.period.start, phrase.period.end, phrase.as_of) == (start, end, None)


def test_a_spell_on_two_days_dashed_has_no_day_counted_on():
    # no "đến ngày": the frost's days are its period, not a count up to its last day
    rows = _rows("BÁO CÁO\nTình hình thiệt hại do thiên tai tháng 1 năm 2027\n\n"
                 "Đợt băng giá ngày 7 - 8/1/2027 đã làm 260 ha chè bị cháy lá.\n", "disasters")
    assert [(r["period_start"], r["period_end"], r["as_of"]) for r in rows] == [(D(2027, 1, 7), D(2027, 1, 8), None)]


def test_days_named_one_by_one_near_misses():
    # a count of days that is not theirs, days far apart, "sau" (after) before them: no span
    assert find_period_phrases("Trong ba ngày 14 và 15/8, có", 2027) == []
    assert find_period_phrases("báo cáo vào ngày 5 và 25/8 hằng tháng", 2027) == []
    assert find_period_phrases("sau ngày 14 và 15/8, có", 2027) == []


def test_a_two_days_toll_is_of_those_days():
    rows = _rows("BÁO CÁO\nTình hình thiệt hại do thiên tai tháng 8 năm 2027\n\n"
                 "Trong hai ngày 14 và 15/8, mưa lớn làm 2 người chết.\n", "disasters")
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [(2, D(2027, 8, 14), D(2027, 8, 15))]


@pytest.mark.parametrize("text", ["Những tháng đầu năm 2027, có", "Các tháng đầu năm, có", "mấy tháng đầu năm nay, có"])
def test_the_first_months_uncounted_are_the_year_so_far(text):
    [phrase] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 5, 31))
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 5, 31))


def test_the_first_months_uncounted_near_misses():
    # another year's first months, a base compared with, a school year's first months: no year so far
    assert [p.kind for p in find_period_phrases("Những tháng đầu năm 2026, có", 2027)] == ["year"]
    assert [p.kind for p in find_period_phrases("so với những tháng đầu năm, tăng", 2027)] == ["comparison"]
    assert find_period_phrases("những tháng đầu năm học, có", 2027) == []


def test_a_bracket_holding_only_a_period_after_a_figure_dates_it():
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2027\n\nTổng mức bán lẻ đạt 21.300 tỷ đồng (quý I/2027).\n"
            "Huyện có 12 làng nghề được công nhận (giai đoạn 2021-2025).\n"
            # near miss: a bracket with a figure of its own after its period is an aside, the figure before keeps its
            # month
            "Chỉ số giá tiêu dùng tăng 3,4% (quý I/2027 tăng 2,9%).\n")
    assert {r["value"]: (r["period_start"], r["period_end"]) for r in indicator_rows(text)} == {
        21300000000000: (D(2027, 1, 1), D(2027, 3, 31)), 12: (D(2021, 1, 1), D(2025, 12, 31)),
        3.4: (D(2027, 5, 1), D(2027, 5, 31)), 2.9: (D(2027, 1, 1), D(2027, 3, 31))}


def test_a_year_with_the_day_it_is_counted_to_in_brackets():
    phrase = _one("Năm 2027 (tính đến 20/11), toàn tỉnh cấp 940 giấy phép", 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end, phrase.as_of) == (
        "as_of", D(2027, 1, 1), D(2027, 11, 20), D(2027, 11, 20))
    # near misses: a day of another year after it, or no day, leave the year and the as-of apart
    assert [p.kind for p in find_period_phrases("Năm 2026 (đến 31/3/2027), có 5 vụ", 2026)] == ["year", "as_of"]
    assert [p.kind for p in find_period_phrases("Năm 2027 (đến nay), có 5 vụ", 2027)] == ["year", "as_of"]


def test_a_month_in_words_after_a_line_that_ends_on_a_number():
    assert [(p.kind, p.period.start) for p in find_period_phrases("Báo cáo năm 2027\n\nTháng Mười, có 4 vụ", 2027)] == [
        ("year", D(2027, 1, 1)), ("month", D(2027, 10, 1))]
    # near miss: a day's number before it on its line is a date's, no month of the report's
    assert [p.kind for p in find_period_phrases("ngày 30 tháng Tư, có 4 vụ", 2027)] == []


def _span_at_the_reports_end(text: str, end: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the one period phrase of ``text``, read in a report that ends on ``end``."""
    [phrase] = with_the_documents_time(find_period_phrases(text, end.year), end)
    return phrase.period.start, phrase.period.end


def test_weeks_counted_short_of_the_reports_end_close_on_their_last_sunday() -> None:
    # in a bulletin dated by its year alone, or in a month's report, the weeks counted close on their own Sunday
    [weeks] = with_the_documents_time(find_period_phrases("Cộng dồn 40 tuần, có 2.150 ca sởi", 2027),
                                      D(2027, 12, 31), D(2027, 1, 1))
    assert (weeks.kind, weeks.period.start, weeks.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 10, 10))
    [weeks] = with_the_documents_time(find_period_phrases("Cộng dồn 40 tuần, có 2.150 ca sởi", 2027),
                                      D(2027, 10, 31), D(2027, 10, 1))
    assert weeks.period.end == D(2027, 10, 10)
    # near miss: weeks closing before the report's period opens are not its part, left unread
    [weeks] = with_the_documents_time(find_period_phrases("Cộng dồn 30 tuần, có 2.150 ca sởi", 2027),
                                      D(2027, 10, 31), D(2027, 10, 1))
    assert weeks.kind == "weeks_to_date"


def test_since_the_start_or_the_middle_of_a_month():
    for text, first in (("Từ giữa tháng 8 đến nay, giá rau tăng 20%", D(2027, 8, 15)),
                        ("Từ đầu tháng 8 đến nay, có 4 vụ", D(2027, 8, 1))):
        assert _span_at_the_reports_end(text, D(2027, 9, 30)) == (first, D(2027, 9, 30)), text
    # near miss: the report's own month so far, its number unsaid, stays that month
    [month] = with_the_documents_time(find_period_phrases("Từ đầu tháng đến nay, có", 2027), D(2027, 9, 30))
    assert month.period.start == D(2027, 9, 1)


def test_months_joined_by_a_dash_without_tu():
    for text, start, end in (("Tháng 01-02/2027, kim ngạch đạt", D(2027, 1, 1), D(2027, 2, 28)),
                             ("tháng 11 - 12 năm 2026, có", D(2026, 11, 1), D(2026, 12, 31))):
        phrase = _one(text, 2027)
        assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", start, end), text
    # near misses: a month and its year joined by a dash, a date's month, a score
    assert _one("tháng 10-2026, có", 2027).kind == "month"
    assert find_period_phrases("ngày 15 tháng 4-5 có", 2027) == []
    assert find_period_phrases("Trận thắng 2-1 hôm qua", 2027) == []


def test_years_counted_with_their_span_in_brackets_or_since_a_bare_year():
    for text in ("Trong 3 năm (2024-2026), tỉnh xây mới", "Sau 3 năm (2024-2026), thu nhập tăng"):
        assert _one(text, 2026).period == Period(D(2024, 1, 1), D(2026, 12, 31), "giai đoạn 2024-2026"), text
    [since] = with_the_documents_time(find_period_phrases("Từ 2022 đến nay, tỉnh xây", 2026), D(2026, 12, 31))
    assert (since.period.start, since.period.end) == (D(2022, 1, 1), D(2026, 12, 31))
    # near miss: a count of years that is not the span's
    assert find_period_phrases("trong 2 năm (2022-2026), có", 2026) == []


def test_the_year_before_opening_a_clause():
    for text in ("Năm trước, tỉnh đạt 1,5 tỷ USD", "Năm ngoái, có 5 vụ"):
        assert _one(text, 2026).period == Period(D(2025, 1, 1), D(2025, 12, 31), "năm 2025"), text
    # near misses: the base compared with, the same months of the year before, a name ending on "Nam"
    assert [p.kind for p in find_period_phrases("so với năm trước, tăng 3%", 2026)] == ["comparison"]
    assert [p.kind for p in find_period_phrases("bằng cùng kỳ năm trước, có", 2026)] == ["comparison"]
    assert find_period_phrases("Miền Nam trước, có", 2026) == []


def test_the_first_or_last_days_of_the_reports_month():
    for text, start, end in (("10 ngày đầu tháng, xảy ra 6 vụ", D(2027, 9, 1), D(2027, 9, 10)),
                             ("Nửa cuối tháng này, giá rau tăng", D(2027, 9, 16), D(2027, 9, 30)),
                             ("Tuần đầu tháng, có 2 vụ", D(2027, 9, 1), D(2027, 9, 7))):
        assert _span_at_the_reports_end(text, D(2027, 9, 30)) == (start, end), text
    # near misses: the month ahead, a month named in words
    assert find_period_phrases("tuần đầu tháng tới, có", 2027) == []
    assert [p.period.start for p in find_period_phrases("nửa đầu tháng Mười, có", 2027)] == [D(2027, 10, 1)]


def test_up_to_the_end_of_a_quarter_said_with_cuoi():
    assert _one("Tính đến cuối quý III, toàn tỉnh giải ngân", 2027).period == Period(
        D(2027, 1, 1), D(2027, 9, 30), "9 tháng đầu năm 2027")
    # near miss: the quarter's end opening a clause without "đến" stays the quarter
    assert _one("Cuối quý III, dư nợ đạt", 2027).kind == "quarter"


def test_a_numbered_week_with_its_days_dashed_in_brackets():
    rows = indicator_rows("SỞ Y TẾ\nBÁO CÁO\nTình hình dịch bệnh tuần 10 năm 2027 (từ ngày 01/3 đến ngày 07/3/2027)\n\n"
                          "Tuần 9 (22/02 - 28/02/2027), ghi nhận 60 ca sốt xuất huyết.\n"
                          "Tuần 1 (28/12 - 03/01/2027), ghi nhận 41 ca sốt xuất huyết.\n"
                          # near miss: a bracket of figures after a week keeps the report's week (the bracket's
                          # value the week before it)
                          "Trong tuần (tuần trước 15 ca), ghi nhận 48 ca sốt xuất huyết.\n")
    assert {r["value"]: (r["period_start"], r["period_end"]) for r in rows} == {
        60: (D(2027, 2, 22), D(2027, 2, 28)), 41: (D(2026, 12, 28), D(2027, 1, 3)),
        15: (D(2027, 2, 22), D(2027, 2, 28)), 48: (D(2027, 3, 1), D(2027, 3, 7))}


def test_the_year_so_far_to_the_reports_time_or_a_months_end():
    for text, start, end in (("Từ đầu năm đến thời điểm báo cáo, xảy ra 14 vụ", D(2026, 1, 1), D(2026, 10, 31)),
                             ("Từ đầu năm đến cuối tháng 9, thu đạt", D(2026, 1, 1), D(2026, 9, 30))):
        assert _span_at_the_reports_end(text, D(2026, 10, 31)) == (start, end), text
    # near misses: another year written after its start stays the year (from its 1 January, "đến nay" read apart);
    # a year without "đến nay" the year
    assert [p.kind for p in find_period_phrases("Từ đầu năm 2025 đến nay, có", 2026)] == ["year", "as_of"]
    assert [p.kind for p in find_period_phrases("Từ đầu năm 2024, có", 2026)] == ["year"]


def test_months_named_one_by_one_after_their_count():
    assert _one("trong 2 tháng 7 và 8, phát hiện 45 vụ", 2027).period == Period(
        D(2027, 7, 1), D(2027, 8, 31), "2 tháng 7 và 8")
    assert _one("Ba tháng 4, 5 và 6/2026, có", 2027).period.start == D(2026, 4, 1)
    # near misses: a count that is not theirs, or none, leaves the first month alone
    assert [p.period.end for p in find_period_phrases("3 tháng 7 và 8, có", 2027)] == [D(2027, 7, 31)]
    # ("tháng 7 và 8, có", no count, is the two months joined: test_two_months_joined_are_their_span)


def test_two_months_joined_are_their_span():
    # one figure after two or three months named one after another, each with its "tháng" (or the last bare before
    # the clause's comma): the months together, not the last alone
    for text in ("Trong tháng 8 và tháng 9, huyện cấp mới 9 dự án", "Tháng 8, tháng 9, huyện cấp mới 9 dự án",
                 "Trong tháng 8 và 9, huyện cấp mới 9 dự án", "Tháng 8/2027 và tháng 9/2027, cấp mới 9 dự án"):
        [both] = find_period_phrases(text, 2027)
        assert (both.kind, both.period.start, both.period.end) == ("cumulative", D(2027, 8, 1), D(2027, 9, 30)), text
    assert _one("Trong tháng 3, tháng 4 và tháng 5 năm 2026, mưa lớn gây", 2027).period == Period(
        D(2026, 3, 1), D(2026, 5, 31), "tháng 3, tháng 4 và tháng 5 năm 2026")
    # near misses: months read one by one (respectively, or two numbers listed), months not next to each other, a
    # bare number after "và" that is a count, and months counted after one: each phrase its own
    for text in ("Tháng 8 và tháng 9 lần lượt cấp mới 4 và 5 dự án", "Tháng 8 và tháng 9, cấp mới 4 dự án và 5 dự án.",
                 "Tháng 8 và tháng 10, cấp mới 9 dự án", "Tháng 8 và tháng 9, giá điện tăng 0,5% và 0,7%"):
        assert [p.kind for p in find_period_phrases(text, 2027)] == ["month", "month"], text
    assert [p.period.end for p in find_period_phrases("Trong tháng 8 và 9 dự án được cấp phép", 2027)] == [
        D(2027, 8, 31)]
    assert [p.kind for p in find_period_phrases("tháng 9 và 9 tháng đầu năm đạt", 2027)] == ["month", "cumulative"]
    assert [p.period.start.month for p in find_period_phrases("Tháng 8, tháng 9 và 9 tháng năm 2027, có", 2027)] == [
        8, 9, 1]


def test_months_joined_with_no_year_written_or_known_give_no_span():
    # a text with no year anywhere (no report's year known): the joined months give no span, and no crash (the span's
    # year was computed from None)
    assert [p.kind for p in find_period_phrases("Trong tháng 5 và tháng 6, xã thu hút 12 dự án.")] == []
    # near-miss: with the year written they are their span
    [both] = find_period_phrases("Trong tháng 5 và tháng 6 năm 2027, xã thu hút 12 dự án.")
    assert (both.period.start, both.period.end) == (D(2027, 5, 1), D(2027, 6, 30))


def test_months_done_or_summed_said_with_thuc_hien():
    for text in ("Ước thực hiện 10 tháng đạt 8.500 tỷ đồng", "Thực hiện 10 tháng, đạt 85% kế hoạch",
                 "Lũy kế thực hiện đến hết tháng 10, giải ngân"):
        assert (_one(text, 2026).period.start, _one(text, 2026).period.end) == (D(2026, 1, 1), D(2026, 10, 31)), text
    # near miss: how long a work takes
    assert find_period_phrases("Thời gian thực hiện 10 tháng.", 2026) == []


def test_months_up_to_the_end_of_their_count_are_the_year_so_far():
    for text in ("Dự kiến đến hết 8 tháng, chi thường xuyên đạt 900 tỷ đồng", "Tính đến hết 8 tháng ước đạt 60%",
                 "Lũy kế tới hết 8 tháng, giải ngân", "Hết 8 tháng, giải ngân đạt 61%",
                 "Kết thúc 8 tháng, thu nội địa đạt 700 tỷ đồng"):
        [months] = find_period_phrases(text, 2027)
        assert (months.kind, months.period.start, months.period.end) == ("cumulative", D(2027, 1, 1),
                                                                         D(2027, 8, 31)), text
    # near misses: months ahead or of something else, or the month itself (an as-of day, as before)
    assert find_period_phrases("Hợp đồng gia hạn đến hết 8 tháng tới.", 2027) == []
    assert find_period_phrases("Sau khi hết 3 tháng thử việc, anh được nhận", 2027) == []
    [month] = find_period_phrases("Đến hết tháng 8, chi đạt 900 tỷ đồng", 2027)
    assert (month.kind, month.period, month.as_of) == ("as_of", None, D(2027, 8, 31))


def test_months_counted_as_many_as_a_report_opening_after_january_has_are_its_own():
    [months] = with_the_documents_time(find_period_phrases("Trong 6 tháng, thu ngân sách xã đạt", 2025),
                                       D(2025, 12, 31), D(2025, 7, 1))
    assert (months.period.start, months.period.end) == (D(2025, 7, 1), D(2025, 12, 31))
    [quarter] = with_the_documents_time(find_period_phrases("Trong 3 tháng, xã cấp", 2025), D(2025, 9, 30),
                                        D(2025, 7, 1))
    assert (quarter.period.start, quarter.period.end) == (D(2025, 7, 1), D(2025, 9, 30))
    # near misses: the year's first months said so, another count, or no start given stay from January
    for text, start in (("6 tháng đầu năm, thu", D(2025, 7, 1)), ("Trong 3 tháng, thu", D(2025, 7, 1)),
                        ("Trong 6 tháng, thu", None)):
        [phrase] = with_the_documents_time(find_period_phrases(text, 2025), D(2025, 12, 31), start)
        assert phrase.period.start == D(2025, 1, 1), text


def test_a_day_counted_to_before_the_reports_period_is_in_its_own_year():
    [stock] = with_the_documents_time(find_period_phrases("Tính đến 31/12/2025, toàn tỉnh có", 2026), D(2026, 6, 30),
                                      D(2026, 1, 1))
    assert (stock.period.start, stock.period.end, stock.as_of) == (D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 31))
    # near misses: a day within the report's period, or no start given, keep the report's months (no period of its own)
    for start in (D(2026, 1, 1), None):
        [day] = with_the_documents_time(find_period_phrases("Tính đến 30/6/2026, có", 2026), D(2026, 6, 30), start)
        assert day.period is None


def test_a_month_far_ahead_of_the_reports_end_is_last_years_and_a_lunar_month_is_none():
    assert _span_at_the_reports_end("Tháng 12, xuất khẩu đạt 52 triệu USD", D(2027, 1, 31)) == (
        D(2026, 12, 1), D(2026, 12, 31))
    assert _span_at_the_reports_end("Quý IV, có 5 vụ", D(2027, 2, 28)) == (D(2026, 10, 1), D(2026, 12, 31))
    # near misses: a month ahead within the year's half, its year written, keep their year
    assert _span_at_the_reports_end("Tháng 12, phấn đấu", D(2027, 10, 31)) == (D(2027, 12, 1), D(2027, 12, 31))
    assert _span_at_the_reports_end("Tháng 12/2027, phấn đấu", D(2027, 1, 31)) == (D(2027, 12, 1), D(2027, 12, 31))
    # a lunar month (its year's name or "âm lịch" after it) is no calendar month
    assert find_period_phrases("Trong tháng Chạp năm Bính Ngọ, giá thịt lợn tăng", 2027) == []
    assert find_period_phrases("tháng Giêng (âm lịch), có", 2027) == []


def test_months_joined_across_the_new_year():
    # December and January named together: the last one's year written, or the report's for December, moved back
    # as a month far ahead is (a report of January looks back on the December before)
    assert _span_at_the_reports_end("Trong tháng 12 và tháng 01, cấp mới 14 dự án", D(2028, 1, 31)) == (
        D(2027, 12, 1), D(2028, 1, 31))
    assert _span_at_the_reports_end("Tháng 12 và tháng 1 năm 2028, có", D(2028, 1, 31)) == (D(2027, 12, 1),
                                                                                          D(2028, 1, 31))
    # ("tháng 11 - 12" unsaid in a report of February is the autumn before too, as a month is)
    assert _span_at_the_reports_end("Tháng 11 - 12, có 5 vụ", D(2028, 2, 29)) == (D(2027, 11, 1), D(2027, 12, 31))
    # near misses: a December report's December and January ahead keep their years; years written out of order are
    # no run of months
    assert _span_at_the_reports_end("Tháng 12 và tháng 01, phấn đấu", D(2027, 12, 31)) == (D(2027, 12, 1),
                                                                                         D(2028, 1, 31))
    assert [p.kind for p in find_period_phrases("Tháng 12/2027 và tháng 01/2027, có", 2027)] == ["month", "month"]
    assert _span_at_the_reports_end("Tháng 11 - 12, phấn đấu", D(2028, 10, 31)) == (D(2028, 11, 1), D(2028, 12, 31))


def test_a_season_of_the_weather_in_the_reports_year_is_that_year_from_the_seasons_word() -> None:
    [season] = find_period_phrases("Mùa mưa lũ năm 2027, toàn tỉnh có 3 đợt lũ", 2027)
    assert (season.kind, season.start, season.period) == ("year", 0, year_period(2027))
    # near miss: the same season after "so với" is a base compared with, no year of the figures
    assert [p.kind for p in find_period_phrases("giảm 2 đợt so với mùa mưa lũ năm 2027", 2027)] == ["comparison"]


def test_the_rainy_season_so_far_of_another_year_is_no_year_so_far_of_the_reports():
    assert [p.kind for p in find_period_phrases("Từ đầu mùa mưa năm 2025 đến nay, có 3 vụ", 2026)] == ["year", "as_of"]
    # near miss: the report's own year written after the season stays its year so far
    assert _span_at_the_reports_end("Từ đầu mùa mưa bão năm 2026 đến nay, có", D(2026, 1, 31)) == (
        D(2026, 1, 1), D(2026, 1, 31))


def test_a_span_of_years_said_in_the_plural_lists_each_of_its_years() -> None:
    def years_listed(text: str) -> list[tuple[D, D]]:
        return [(p.period.start, p.period.end) for p in listed_periods(text, find_period_phrases(text, 2027))]

    assert years_listed("Những năm 2025-2027, vốn đầu tư của tỉnh lần lượt đạt ") == [
        (D(2025, 1, 1), D(2025, 12, 31)), (D(2026, 1, 1), D(2026, 12, 31)), (D(2027, 1, 1), D(2027, 12, 31))]
    # near miss: a span named as such ("giai đoạn") is one period, read as one
    assert years_listed("Giai đoạn 2025-2027, vốn đầu tư của tỉnh đạt ") == [(D(2025, 1, 1), D(2027, 12, 31))]


def test_a_list_of_periods_opens_on_parts_of_a_year_and_may_close_on_the_whole_year() -> None:
    def listed(text: str) -> list[str]:
        return [text[p.start:p.end] for p in listed_periods(text, find_period_phrases(text, 2026))]

    assert listed("Tháng 11 và 11 tháng năm 2026, ") == ["Tháng 11", "11 tháng năm 2026"]
    assert listed("Quý IV và cả năm 2026, ") == ["Quý IV", "năm 2026"]
    # a part not joined to the period before opens a new list; the whole year never opens one
    assert listed("Năm 2026 và tháng 12, ") == ["tháng 12"]
    assert listed("Quý III tăng 5%, tháng 9 và 9 tháng năm 2026, ") == ["tháng 9", "9 tháng năm 2026"]


def test_since_the_two_level_local_government_opened_its_day_unsaid():
    # the communes of the two-level local government opened on 1 July 2025 (data/words/since_events.csv)
    for text in ("Kể từ khi vận hành chính quyền địa phương hai cấp, xã đã cấp 310 giấy phép",
                 "Từ khi thực hiện mô hình chính quyền 2 cấp đến nay, xã nhận 95 hồ sơ",
                 "Từ khi chính quyền địa phương 2 cấp đi vào hoạt động, xã nhận 95 hồ sơ"):
        assert _span_at_the_reports_end(text, D(2025, 11, 30)) == (D(2025, 7, 1), D(2025, 11, 30)), text
    # near misses: in a report that ends before it, no span; another event ("sáp nhập trường") is no known day
    [before] = with_the_documents_time(find_period_phrases("Từ khi vận hành chính quyền hai cấp, có 5 hồ sơ", 2025),
                                       D(2025, 3, 31))
    assert before.period is None
    assert find_period_phrases("Từ khi sáp nhập trường, có 5 hồ sơ", 2025) == []


def test_since_the_new_commune_or_ward_opened():
    # the communes and wards of 1 July 2025, said "new": founded, or starting work
    for text in ("Từ khi thành lập xã mới đến nay, xã đã cấp 96 giấy phép", "Kể từ khi thành lập phường mới, có 12 vụ",
                 "Kể từ ngày xã mới đi vào hoạt động, xã nhận 2.050 hồ sơ",
                 "Từ khi phường mới chính thức đi vào hoạt động, phường nhận 870 hồ sơ"):
        assert _span_at_the_reports_end(text, D(2025, 11, 30)) == (D(2025, 7, 1), D(2025, 11, 30)), text
    # near misses: "mới" as "just" ("xã mới được công nhận"), and a commune founded long ago, say no start
    assert find_period_phrases("Từ khi xã mới được công nhận đạt chuẩn, xã có 3 hợp tác xã", 2025) == []
    assert [p.kind for p in find_period_phrases("Từ khi thành lập xã năm 1985 đến nay, có", 2025)] == ["year", "as_of"]


def test_since_the_merger_of_provinces_and_communes():
    # the provinces and the communes merged on 1 July 2025, the day the two-level government opened
    for text in ("Từ khi sáp nhập tỉnh, tỉnh thu hút 45 dự án", "Kể từ sau sáp nhập xã, xã nhận 95 hồ sơ",
                 "Từ khi hợp nhất tỉnh đến nay, vốn đăng ký đạt 900 tỷ đồng"):
        assert _span_at_the_reports_end(text, D(2026, 6, 30)) == (D(2025, 7, 1), D(2026, 6, 30)), text
    # near misses: the state after it is no span; a merger in a report before that day none
    assert find_period_phrases("Sau sáp nhập, tỉnh có 78 xã", 2026) == []
    [before] = with_the_documents_time(find_period_phrases("Từ khi sáp nhập xã, có 5 hồ sơ", 2025), D(2025, 3, 31))
    assert before.period is None


def _bulletins_span(text: str, day: dt.date, first: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The span of the one period phrase of ``text`` in a report of ``first`` (``day`` when None) to ``day``."""
    [phrase] = with_the_documents_time(find_period_phrases(text, day.year), day, first or day)
    return (phrase.period.start, phrase.period.end) if phrase.period else None


def test_days_counted_back_to_a_bulletins_day():
    assert _bulletins_span("Trong 3 ngày qua, lũ làm 2 người chết", D(2026, 10, 28)) == (
        D(2026, 10, 26), D(2026, 10, 28))
    assert _bulletins_span("trong 48 giờ qua, mưa 180 mm", D(2026, 10, 28)) == (D(2026, 10, 27), D(2026, 10, 28))
    assert _bulletins_span("Hai ngày vừa qua, có 4 vụ", D(2026, 3, 1)) == (D(2026, 2, 28), D(2026, 3, 1))
    # near miss: a report of a month or a quarter (a news page in it) is not written on its last day: no span
    assert _bulletins_span("Trong 3 ngày qua, có 4 vụ", D(2026, 12, 31), D(2026, 10, 1)) is None
    # near misses: hours that make no whole days, a count no month holds, "Nam" (no count) are no span
    for text in ("trong 12 giờ qua, mưa 80 mm", "Trong 90 ngày qua, có 4 vụ", "Nam ngày qua có 4 vụ"):
        assert find_period_phrases(text, 2026) == [], text


@pytest.mark.parametrize(("text", "day"), [
    ("Đến trung tuần tháng 10, toàn xã gieo cấy 410 ha", D(2027, 10, 15)),
    ("đến hạ tuần tháng 11/2027, giải ngân đạt 61%", D(2027, 11, 25)),
    ("Tính đến thượng tuần tháng 3, có 12 hộ", D(2027, 3, 5)),
    ("tính đến giữa tháng 9, có 12 hộ", D(2027, 9, 15)),
])
def test_as_of_a_part_of_a_month(text, day):
    # the middle of the ten days named (data/words/month_parts.csv), not the month's whole span
    phrase = _one(text, 2027)
    assert (phrase.kind, phrase.period, phrase.as_of) == ("as_of", None, day)


def test_the_part_of_a_month_without_to_stays_its_month():
    # near miss: no "đến", no day counted to (the ten days themselves, as "10 ngày đầu tháng 10" are days)
    phrase = _one("Trung tuần tháng 10, mưa lớn", 2027)
    assert (phrase.kind, phrase.as_of, phrase.period.start, phrase.period.end) == ("day", None, D(2027, 10, 11),
                                                                                   D(2027, 10, 20))


def test_the_whole_year_closing_a_list_of_its_parts_its_year_unsaid():
    text = "Quý IV và cả năm, thu ngân sách lần lượt đạt 410 và 1.650 tỷ đồng"
    phrases = find_period_phrases(text, 2027)
    assert [(p.text, p.kind, p.period.start, p.period.end) for p in phrases] == [
        ("Quý IV", "quarter", D(2027, 10, 1), D(2027, 12, 31)),
        ("cả năm", "whole_year", D(2027, 1, 1), D(2027, 12, 31))]
    assert [p.text for p in listed_periods(text, phrases)] == ["Quý IV", "cả năm"]
    # near miss: the plan of the year after a figure is no period
    assert find_period_phrases("đạt 97% kế hoạch cả năm, tăng 3%", 2027) == []


def test_the_same_months_a_year_before_opening_a_clause():
    for text in ("Cùng kỳ năm trước, doanh thu du lịch đạt 640 tỷ đồng", "cùng kỳ năm ngoái, có 12 vụ"):
        [phrase] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 8, 31), D(2027, 1, 1))
        assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2026, 1, 1), D(2026, 8, 31))
    # a month's report: that month a year before
    assert _span_at_the_reports_end("Cùng kỳ năm trước, có 12 vụ", D(2027, 8, 31)) == (D(2026, 1, 1), D(2026, 8, 31))
    [month] = with_the_documents_time(find_period_phrases("Cùng kỳ, có 12 vụ", 2027), D(2027, 8, 31), D(2027, 8, 1))
    assert (month.period.start, month.period.end) == (D(2026, 8, 1), D(2026, 8, 31))
    # near misses: a base after "so với", or "cùng kỳ" inside a clause, stays the base compared with
    for text in ("So với cùng kỳ năm trước, tăng 5%", "tăng 5% cùng kỳ năm trước, đạt 12 vụ"):
        assert [p.kind for p in find_period_phrases(text, 2027)] == ["comparison"], text


def test_the_same_months_a_year_before_set_beside_with_their_own_verb() -> None:
    # last year's months, their year said, opening a clause after "trong khi đó", "còn" or a comma, a verb after them
    for text in ("Trong khi đó, cùng kỳ năm 2026 thu 950 tỷ đồng", "xuất 40 tấn, còn cùng kỳ năm ngoái xuất 31 tấn",
                 "đón 800 khách, cùng kỳ năm trước đón 620 khách"):
        [phrase] = [p for p in find_period_phrases(text, 2027) if p.kind != "comparison"]
        [phrase] = with_the_documents_time([phrase], D(2027, 6, 30), D(2027, 1, 1))
        assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2026, 1, 1), D(2026, 6, 30))
    # near misses: the base of a change, with "so với" or after the change, and a bare "cùng kỳ" with a verb
    for text in ("tăng 4%, so với cùng kỳ năm 2026 là 12 vụ", "tăng 4% cùng kỳ năm 2026 và",
                 "tăng 4%, cùng kỳ tăng 3%"):
        assert [p.kind for p in find_period_phrases(text, 2027)] == ["comparison"], text


def test_the_night_into_the_next_morning():
    for text, start, end in (("Đêm 14 rạng sáng 15/9, lốc làm 6 nhà tốc mái", D(2026, 9, 14), D(2026, 9, 15)),
                             ("đêm 31/12 rạng sáng 01/01/2027, có", D(2026, 12, 31), D(2027, 1, 1)),
                             ("Đêm 3 và sáng 4/8, mưa", D(2026, 8, 3), D(2026, 8, 4)),
                             ("Đêm 20/6 đến rạng sáng 21/6/2026, mưa", D(2026, 6, 20), D(2026, 6, 21)),
                             ("đêm 9 tới sáng 10/8, có", D(2026, 8, 9), D(2026, 8, 10))):
        phrase = _one(text, 2026)
        assert (phrase.period.start, phrase.period.end, phrase.as_of) == (start, end, None), text
    # near misses: a morning days after the night, and "đếm" (to count), are no night into its morning
    assert find_period_phrases("đêm 5 rạng sáng 8/9, mưa", 2026) == []
    assert find_period_phrases("đếm 5 sáng 6/9", 2026) == []


def test_a_year_said_once_after_a_list_of_parts_is_each_ones():
    def spans(text: str) -> list[tuple[dt.date, dt.date]]:
        return [(p.period.start, p.period.end) for p in find_period_phrases(text, 2026)]

    assert spans("Quý III và quý IV/2027, phấn đấu") == [(D(2027, 7, 1), D(2027, 9, 30)),
                                                         (D(2027, 10, 1), D(2027, 12, 31))]
    assert spans("tháng 1, tháng 2 năm 2027 lần lượt có")[0] == (D(2027, 1, 1), D(2027, 1, 31))
    assert spans("Tháng 3 và 3 tháng năm 2027, đạt")[0] == (D(2027, 3, 1), D(2027, 3, 31))
    assert spans("6 tháng cuối năm và cả năm 2027, đạt")[0] == (D(2027, 7, 1), D(2027, 12, 31))
    # near misses: a part joined to a whole year without "cả", or to months so far that end elsewhere, keeps its year
    assert spans("nhiệm vụ quý IV và năm 2027")[0] == (D(2026, 10, 1), D(2026, 12, 31))
    assert spans("Tháng 10 và 11 tháng năm 2027, đạt")[0] == (D(2026, 10, 1), D(2026, 10, 31))


def test_since_a_day_opening_a_clause_its_year_written():
    for text in ("Kể từ ngày 01/7/2025, xã đã cấp 240 giấy phép", "Từ 1/7/2025, phường tiếp nhận 95 hồ sơ"):
        assert _span_at_the_reports_end(text, D(2025, 10, 31)) == (D(2025, 7, 1), D(2025, 10, 31)), text
    # near misses: inside a clause ("áp dụng từ ngày ..."), no span; a day later than the report's end, its year
    # unsaid, none either (its year unsaid, the report's: "Từ ngày 1/7," as "từ ngày 1/7 đến nay" is)
    [p] = with_the_documents_time(find_period_phrases("Từ ngày 1/7, xã đã cấp 240 giấy phép", 2025), D(2025, 6, 30))
    assert p.period is None
    assert find_period_phrases("Mức phí áp dụng từ ngày 1/7/2025, là 5 triệu đồng", 2025) == []


def test_weeks_counted_back_to_the_reports_day():
    assert _bulletins_span("Trong 2 tuần qua, có 7 ca sốt xuất huyết", D(2026, 9, 20), D(2026, 9, 14)) == (
        D(2026, 9, 7), D(2026, 9, 20))


def test_the_reports_day_said_ngay_bao_cao():
    for text in ("Từ đầu năm đến ngày báo cáo, xảy ra 9 vụ", "Từ ngày 01/01/2026 đến thời điểm báo cáo, có 9 vụ",
                 "từ 01/01 đến ngày báo cáo, có 9 vụ"):
        assert _span_at_the_reports_end(text, D(2026, 11, 30)) == (D(2026, 1, 1), D(2026, 11, 30)), text
    # near miss: a day of the report ("ngày báo cáo" after no "đến") is no span
    assert find_period_phrases("Số liệu ngày báo cáo có 9 vụ", 2026) == []


def test_from_a_months_start_to_a_day():
    for text, start in (("Từ đầu tháng 11 đến ngày 25/11, có 14 vụ", D(2026, 11, 1)),
                        ("từ đầu tháng đến 25/11/2026, có 14 vụ", D(2026, 11, 1)),
                        ("Từ đầu tháng 10 đến ngày 25/11, có 14 vụ", D(2026, 10, 1))):
        phrase = _one(text, 2026)
        assert (phrase.period.start, phrase.period.end, phrase.as_of) == (start, D(2026, 11, 25), D(2026, 11, 25))
    # near miss: a month named after the day's is no span
    assert [p.kind for p in find_period_phrases("Từ đầu tháng 12 đến ngày 25/11, có 14 vụ", 2026)] == ["month", "as_of"]


def test_months_named_one_after_another_without_a_count():
    assert _one("Trong các tháng 6, 7 và 8, có 14 vụ", 2026).period.end == D(2026, 8, 31)
    assert _one("những tháng 7 và 8/2025, có 14 vụ", 2026).period == Period(D(2025, 7, 1), D(2025, 8, 31),
                                                                              "những tháng 7 và 8/2025")
    # near misses: months with a gap between them are no one span
    for text in ("các tháng 7 và 9, có 14 vụ", "các tháng 3, 5 và 6, có 14 vụ"):
        assert [p.kind for p in find_period_phrases(text, 2026)] == ["month"], text


def test_a_years_end_opening_a_clause_is_a_stock_counted_on_it():
    [stock] = with_the_documents_time(find_period_phrases("Cuối năm 2025, toàn tỉnh có 12.400 doanh nghiệp", 2026),
                                      D(2026, 6, 30), D(2026, 1, 1))
    assert (stock.period.start, stock.period.end, stock.as_of) == (D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 31))
    # near misses: inside a clause, or a base after "so với", no as-of
    assert [p.kind for p in find_period_phrases("hội nghị tổng kết cuối năm 2025, có 5", 2026)] == ["year"]
    assert [p.kind for p in find_period_phrases("tăng 5% so với cuối năm 2025, đạt", 2026)] == ["comparison"]


def test_the_hour_a_day_is_said_with_in_a_span_to_it_or_from_it():
    phrase = _one("Từ đầu năm đến 17h ngày 28/10, thiên tai làm 9 người chết", 2026)
    assert (phrase.period.start, phrase.period.end, phrase.as_of) == (D(2026, 1, 1), D(2026, 10, 28), D(2026, 10, 28))
    assert _span_at_the_reports_end("Từ 7h ngày 27/10 đến nay, có 4 vụ", D(2026, 10, 29)) == (
        D(2026, 10, 27), D(2026, 10, 29))
    # near miss: the day alone, as before
    assert _one("Từ đầu năm đến ngày 20/10, có 4 vụ", 2026).as_of == D(2026, 10, 20)


def _each_one_span(kind: str, cases: tuple[tuple[str, dt.date, dt.date], ...]) -> None:
    """Each text of ``cases`` holds one period phrase of ``kind`` from its first day to its last (in 2026)."""
    for text, first, last in cases:
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == (kind, first, last), text


def test_an_as_of_day_said_in_words():
    for text, day in (("Tính đến ngày mười lăm tháng mười hai năm 2026, có 240 ha", D(2026, 12, 15)),
                      ("đến ngày ba mươi mốt tháng mười, có 240 ha", D(2026, 10, 31)),
                      ("Đến ngày hai mươi lăm tháng 11 năm 2026, có 240 ha", D(2026, 11, 25)),
                      ("tính đến ngày 5 tháng tư năm 2026, có 240 ha", D(2026, 4, 5))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.as_of) == ("as_of", day), text
    # near misses: a lunar day is no calendar day; a day not an as-of stays as it was
    assert find_period_phrases("đến ngày mồng 5 tháng Giêng năm Bính Ngọ, có 12 lễ hội", 2026) == []
    [p] = find_period_phrases("Ngày 15 tháng mười hai năm 2026, tỉnh tổ chức 12 lễ hội", 2026)
    assert p.kind == "month"


def test_a_week_of_a_month_is_its_seven_days():
    _each_one_span("day", (
        ("Trong tuần thứ 2 của tháng 11, phát hiện 35 ổ dịch", D(2026, 11, 8), D(2026, 11, 14)),
        ("tuần thứ ba tháng 3/2027, có 5 vụ", D(2027, 3, 15), D(2027, 3, 21)),
        ("Tuần thứ nhất của tháng 11, có 2 đợt mưa", D(2026, 11, 1), D(2026, 11, 7)),
        ("tuần thứ năm tháng 3/2026, có 5 vụ", D(2026, 3, 29), D(2026, 3, 31)),
        ("Tuần đầu tiên của tháng 3/2026, tiêm 4.200 liều", D(2026, 3, 1), D(2026, 3, 7)),
        ("10 ngày cuối cùng của tháng 12/2026, có 5 vụ", D(2026, 12, 22), D(2026, 12, 31))))
    # near misses: no fifth week in a February of 28 days (the month), a week without its month none
    [p] = find_period_phrases("tuần thứ 5 tháng 2/2026, có 5 vụ", 2026)
    assert (p.kind, p.period.start) == ("month", D(2026, 2, 1))
    assert find_period_phrases("trong tuần thứ 2, có 5 vụ", 2026) == []


def test_a_stock_counted_at_a_years_start():
    [p] = find_period_phrases("Đến đầu năm 2026, toàn tỉnh có 1.250 hợp tác xã", 2026)
    assert (p.kind, p.as_of, p.period.start, p.period.end) == ("as_of", D(2026, 1, 1), D(2026, 1, 1), D(2026, 12, 31))
    # near miss: "từ đầu năm 2026 đến nay" stays the year so far
    # (with "lũy kế" it is the running total of the report's year so far: test_periods' own tests of that)
    assert [p.kind for p in find_period_phrases("Từ đầu năm 2026 đến nay, có 5 vụ", 2026)] == ["year", "as_of"]
    assert [p.kind for p in find_period_phrases("Lũy kế từ đầu năm 2026 đến nay, có 5 vụ", 2026)] == ["year_to_date"]


def test_days_of_a_month_its_month_in_words():
    [p] = find_period_phrases("Từ ngày 15 đến ngày 20 tháng 11 năm 2026, xảy ra 3 vụ", 2026)
    assert (p.period.start, p.period.end, p.as_of) == (D(2026, 11, 15), D(2026, 11, 20), D(2026, 11, 20))
    # near miss: without "ngày" the month in words stays as it was
    assert [p.kind for p in find_period_phrases("từ 6 đến 12 tháng 3 năm 2026, có 5 vụ", 2026)] == ["month"]


def test_a_crop_seasons_two_years_after_nam_are_no_span():
    assert find_period_phrases("Vụ Đông Xuân năm 2025-2026, có 45 ha", 2026) == []
    # (a dry season's, a crop year's: its own months, no span of both years)
    for text in ("Mùa khô năm 2025-2026, có 5 vụ cháy", "niên vụ cà phê năm 2025-2026, có 45 tấn"):
        assert [p.kind for p in find_period_phrases(text, 2026)] == ["season_so_far"], text
    # near misses: another year's season as before, two years without a season a span
    [p] = find_period_phrases("Vụ Đông Xuân năm 2023-2024, có 45 ha", 2026)
    assert (p.kind, p.period.start) == ("year", D(2024, 1, 1))
    [p] = find_period_phrases("Tình hình năm 2025-2026, có 45 ha", 2026)
    assert p.kind == "range"


def test_weeks_counted_at_a_months_start_or_end():
    for text, first, last in (("Hai tuần đầu tháng 11, xảy ra 3 vụ", D(2026, 11, 1), D(2026, 11, 14)),
                              ("Trong 2 tuần cuối tháng 11/2026, có 3 vụ", D(2026, 11, 17), D(2026, 11, 30))):
        [p] = find_period_phrases(text, 2026)
        assert (p.period.start, p.period.end) == (first, last), text
    [p] = with_the_documents_time(find_period_phrases("Ba tuần đầu tháng này, có 3 vụ", 2026), D(2026, 11, 30),
                                  D(2026, 11, 1))
    assert (p.period.start, p.period.end) == (D(2026, 11, 1), D(2026, 11, 21))
    # near miss: one week as before
    [p] = find_period_phrases("Tuần đầu tháng 11/2026, có 3 vụ", 2026)
    assert (p.period.start, p.period.end) == (D(2026, 11, 1), D(2026, 11, 7))


def test_a_lunar_month_in_digits_is_no_calendar_month():
    assert find_period_phrases("Trong tháng 11 âm lịch, có 45 hộ", 2026) == []
    assert find_period_phrases("trong tháng 12 năm Ất Tỵ, có 45 hộ", 2026) == []
    # near miss: a calendar month with its year
    [p] = find_period_phrases("Trong tháng 12 năm 2026, có 45 hộ", 2026)
    assert (p.kind, p.period.start) == ("month", D(2026, 12, 1))


def test_a_range_of_months_named_in_words():
    _each_one_span("cumulative", (
        ("Từ tháng Giêng đến tháng 11/2026, có 45 dự án", D(2026, 1, 1), D(2026, 11, 30)),
        ("từ tháng ba đến tháng Sáu năm 2026, có 45 dự án", D(2026, 3, 1), D(2026, 6, 30)),
        ("Từ tháng Mười đến tháng Mười hai, có 45 hộ", D(2026, 10, 1), D(2026, 12, 31))))
    # near miss: a lunar range is no span of calendar months
    assert "cumulative" not in [p.kind for p in find_period_phrases("Từ tháng Giêng đến tháng Ba âm lịch, có 45", 2026)]


def test_as_of_a_month_named_in_words():
    for text, day in (("Tính đến hết tháng Mười một, có 45 dự án", D(2026, 11, 30)),
                      ("đến tháng Mười hai năm 2026, có 45 dự án", D(2026, 12, 31))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.as_of) == ("as_of", day), text
    # near misses: a word written small, a lunar month
    assert find_period_phrases("kéo dài đến tháng ba năm sau, có 45 hộ", 2026) == []
    assert find_period_phrases("Tính đến hết tháng Chạp âm lịch, có 45 hộ", 2026) == []


def test_ten_days_of_a_month():
    _each_one_span("day", (
        ("Trong thượng tuần tháng 10, xảy ra 3 vụ", D(2026, 10, 1), D(2026, 10, 10)),
        ("Trung tuần tháng 11/2026, mưa làm 2 người chết", D(2026, 11, 11), D(2026, 11, 20)),
        ("Hạ tuần tháng 2/2026, có 3 vụ", D(2026, 2, 21), D(2026, 2, 28))))
    # near miss: "đến trung tuần" stays an as-of on the 15th
    [p] = find_period_phrases("Đến trung tuần tháng 10, gieo cấy 410 ha", 2026)
    assert (p.kind, p.as_of) == ("as_of", D(2026, 10, 15))


def test_from_an_earlier_years_start_runs_over_the_new_year():
    for text, first, last in (("Kể từ đầu năm 2024 đến hết tháng 2/2025, có 31 dự án", D(2024, 1, 1), D(2025, 2, 28)),
                              ("Từ đầu năm 2024 đến ngày 10/2/2025, có 31 hộ", D(2024, 1, 1), D(2025, 2, 10))):
        assert [(p.period.start, p.period.end) for p in find_period_phrases(text, 2025)] == [(first, last)], text
    # near miss: the year's start in the month's own year
    [p] = find_period_phrases("Từ đầu năm 2025 đến hết tháng 2/2025, có 31 dự án", 2025)
    assert (p.period.start, p.period.end) == (D(2025, 1, 1), D(2025, 2, 28))


def test_the_middle_ten_days_and_a_week_of_a_month_in_words():
    for text, first, last in (("Trong 10 ngày giữa tháng 9, có 14 ca", D(2025, 9, 11), D(2025, 9, 20)),
                              ("Mười ngày giữa tháng 5/2025, có 14 ca", D(2025, 5, 11), D(2025, 5, 20)),
                              ("Tuần thứ ba của tháng Tám, có 14 ca", D(2025, 8, 15), D(2025, 8, 21)),
                              ("Hạ tuần tháng Mười một, có 14 ca", D(2025, 11, 21), D(2025, 11, 30))):
        [p] = find_period_phrases(text, 2025)
        assert (p.kind, p.period.start, p.period.end) == ("day", first, last), text
    # near misses: a lunar month, and ten days counted from a later day, are none of these days
    assert "day" not in [p.kind for p in find_period_phrases("Tuần thứ hai của tháng Giêng âm lịch, có 14 ca", 2025)]
    assert "day" not in [p.kind for p in find_period_phrases("Sau 110 ngày giữa tháng 9, có 14 ca", 2025)]


def test_after_an_event_dated_in_brackets_opening_a_clause():
    for text in ("Sau khi sáp nhập với tỉnh Bình Phước (ngày 1/7/2025), tỉnh thu hút 31 dự án",
                 "Kể từ khi hợp nhất hai tỉnh (01/7/2025), toàn tỉnh cấp 310 giấy phép"):
        assert _span_at_the_reports_end(text, D(2026, 6, 30)) == (D(2025, 7, 1), D(2026, 6, 30)), text
    # near misses: the event without its day, and one inside a clause, are no span
    assert find_period_phrases("Sau khi sáp nhập, tỉnh có 96 xã", 2026) == []
    inside = find_period_phrases("Đoàn làm việc sau khi kiểm tra (ngày 5/3/2026) tại 12 xã", 2026)
    assert "as_of" not in [p.kind for p in inside]


def test_days_of_a_month_without_ngay_before_the_last_are_no_as_of():
    for text in ("Đợt rét hại từ ngày 3 đến 9/02/2026 làm chết 45 con trâu", "Từ ngày 3-9/2/2026, có 45 ca"):
        [p] = find_period_phrases(text, 2026)
        assert (p.period.start, p.period.end, p.as_of) == (D(2026, 2, 3), D(2026, 2, 9), None), text
    # near miss: "đến ngày 9/02" is counted on that day
    [p] = find_period_phrases("Từ ngày 3 đến ngày 9/02/2026, có 45 ca", 2026)
    assert (p.period.start, p.as_of) == (D(2026, 2, 3), D(2026, 2, 9))


def test_days_over_the_new_year_with_one_year_said_or_none():
    for text, first, last in (("Từ ngày 27/12 đến ngày 4/01, có 19 vụ", D(2025, 12, 27), D(2026, 1, 4)),
                              ("từ ngày 27/12 đến ngày 4/01/2027, có 19 vụ", D(2026, 12, 27), D(2027, 1, 4))):
        [p] = find_period_phrases(text, 2026)
        assert (p.period.start, p.period.end) == (first, last), text
    # near miss: days out of order within the year are no span
    assert all(p.period is None for p in find_period_phrases("từ ngày 25/10 đến ngày 5/3, có 19 vụ", 2026))


def test_a_range_of_quarters_is_one_span():
    for text, first, last in (("Từ quý IV/2024 đến quý I/2025, có 19 dự án", D(2024, 10, 1), D(2025, 3, 31)),
                              ("từ quý II đến hết quý III năm 2025, có 19 dự án", D(2025, 4, 1), D(2025, 9, 30))):
        [p] = find_period_phrases(text, 2025)
        assert (p.kind, p.period.start, p.period.end) == ("cumulative", first, last), text
    # near miss: two quarters compared are two quarters
    assert next(p.kind for p in find_period_phrases("quý II tăng so với quý I, có 19 dự án", 2025)) == "quarter"


def test_since_the_end_of_a_month():
    assert _span_at_the_reports_end("Từ cuối tháng 8 đến nay, có 6 vụ", D(2025, 9, 30)) == (D(2025, 8, 21),
                                                                                            D(2025, 9, 30))
    # near miss: "đến cuối tháng 8" is counted on its last day
    [p] = find_period_phrases("đến cuối tháng 8, có 6 vụ", 2025)
    assert p.as_of == D(2025, 8, 31)


def test_a_part_of_a_month_named_in_words_and_the_month_after():
    for text, first, last in (("Nửa đầu tháng Tám, có 6 vụ", D(2025, 8, 1), D(2025, 8, 15)),
                              ("Tuần đầu tháng Giêng, có 6 vụ", D(2025, 1, 1), D(2025, 1, 7))):
        [p] = find_period_phrases(text, 2025)
        assert (p.kind, p.period.start, p.period.end) == ("day", first, last), text
    # near misses: "tháng sau" (the month after) is no June, "tháng năm 2025" no May
    for text in ("nửa đầu tháng sau, có 6 vụ", "tuần thứ ba của tháng sau, có 6 vụ", "tuần cuối tháng năm 2025, có 6"):
        assert all(p.kind != "day" for p in find_period_phrases(text, 2025)), text
    after = find_period_phrases("từ tháng 9 đến tháng sau", 2025)
    assert all(p.period is None or p.period.end.month != 6 for p in after)


def test_since_the_middle_of_a_year():
    assert _span_at_the_reports_end("Từ giữa năm 2024 đến nay, có 6 hợp tác xã", D(2025, 9, 30)) == (D(2024, 7, 1),
                                                                                                   D(2025, 9, 30))
    # near miss: since a year, from its first day
    assert _span_at_the_reports_end("Từ năm 2024 đến nay, có 6 hợp tác xã", D(2025, 9, 30))[0] == D(2024, 1, 1)


def test_since_a_quarter():
    assert _span_at_the_reports_end("Từ quý III/2024 đến nay, có 6 dự án", D(2025, 5, 31)) == (D(2024, 7, 1),
                                                                                              D(2025, 5, 31))
    assert _span_at_the_reports_end("từ quý II đến nay, có 6 dự án", D(2025, 5, 31)) == (D(2025, 4, 1), D(2025, 5, 31))
    # near miss: the quarter alone is that quarter
    [p] = find_period_phrases("Quý III/2024, có 6 dự án", 2025)
    assert (p.kind, p.period.end) == ("quarter", D(2024, 9, 30))


def test_since_a_day_said_with_its_part_of_the_day_or_without_its_year():
    assert _span_at_the_reports_end("Từ chiều ngày 4/9, lũ làm 6 nhà bị sập", D(2024, 9, 30)) == (D(2024, 9, 4),
                                                                                                 D(2024, 9, 30))
    assert _span_at_the_reports_end("Từ 19h ngày 12/9, có 6 hộ di dời", D(2024, 9, 30)) == (D(2024, 9, 12),
                                                                                          D(2024, 9, 30))
    assert _span_at_the_reports_end("Kể từ ngày 2/8, huyện cấp 40 giấy phép", D(2024, 9, 30)) == (D(2024, 8, 2),
                                                                                                  D(2024, 9, 30))
    # near misses: a day that opens no clause (no comma after it), a span of days
    assert find_period_phrases("mưa từ chiều ngày 4/9 làm 6 nhà bị sập", 2024) == []
    [p] = find_period_phrases("Từ ngày 4/9 đến ngày 8/9, lũ làm 6 nhà bị sập", 2024)
    assert (p.period.start, p.period.end) == (D(2024, 9, 4), D(2024, 9, 8))


def test_the_crop_year_so_far_opens_in_october():
    assert _span_at_the_reports_end("Từ đầu niên vụ 2023-2024 đến nay, tỉnh xuất 9.000 tấn", D(2024, 2, 29)) == (
        D(2023, 10, 1), D(2024, 2, 29))
    assert _span_at_the_reports_end("Kể từ đầu niên vụ mía, nhà máy ép 9.000 tấn", D(2024, 11, 30)) == (
        D(2024, 10, 1), D(2024, 11, 30))
    # near misses: another year's crop year is still its year; the crop year named alone is its months, October to
    # September (not from its start to the report's only: the months so far, as a dry season named is)
    p = find_period_phrases("Từ đầu niên vụ 2021-2022 đến nay, xuất 9.000 tấn", 2024)[0]
    assert (p.kind, p.period.start) == ("year", D(2022, 1, 1))
    [p] = find_period_phrases("Niên vụ 2023-2024, tỉnh có 9.000 ha", 2024)
    assert (p.kind, p.period.start, p.period.end) == ("season_so_far", D(2023, 10, 1), D(2024, 9, 30))


def test_the_crop_year_so_far_is_the_one_under_way_on_the_reports_day():
    # a report on the year 2026 signed in mid-September: the crop year so far opened in October 2025, up to that day
    text = "Kể từ đầu niên vụ đến nay, huyện xuất bán 3.500 tấn hạt điều"
    [p] = with_the_documents_time(find_period_phrases(text, 2026), D(2026, 12, 31), D(2026, 1, 1), D(2026, 9, 15))
    assert (p.period.start, p.period.end) == (D(2025, 10, 1), D(2026, 9, 15))
    # near misses: signed at the year's close, the crop year opened that October; no day, the period's end
    [p] = with_the_documents_time(find_period_phrases(text, 2026), D(2026, 12, 31), D(2026, 1, 1), D(2026, 12, 20))
    assert (p.period.start, p.period.end) == (D(2026, 10, 1), D(2026, 12, 31))
    [p] = with_the_documents_time(find_period_phrases(text, 2026), D(2026, 12, 31), D(2026, 1, 1))
    assert (p.period.start, p.period.end) == (D(2026, 10, 1), D(2026, 12, 31))


def test_an_as_of_day_with_its_year_in_two_digits():
    [p] = find_period_phrases("Tính đến 30/9/24, có 560 hợp tác xã", 2024)
    assert p.as_of == D(2024, 9, 30)
    # near misses: three numbers after "đến" far from the report's year, a ratio or a count
    assert find_period_phrases("tăng từ 1/3 đến 2/5/12 hộ", 2024) == []
    assert find_period_phrases("Tính đến 30/9/84, có 5 hộ", 2024) == []


def test_up_to_the_end_of_a_quarter_is_counted_on_its_last_day():
    for text, last in (("Tính đến hết quý II/2024, dư nợ đạt 9.000 tỷ đồng", D(2024, 6, 30)),
                       ("Đến cuối quý III, giải ngân 640 tỷ đồng", D(2024, 9, 30))):
        [p] = find_period_phrases(text, 2024)
        assert (p.period.start, p.period.end, p.as_of) == (D(2024, 1, 1), last, last), text
    # near misses: the quarter run out without "đến" keeps the year so far alone; the quarter's end without it, the
    # quarter
    [p] = find_period_phrases("Hết quý III, tỉnh trồng 640 ha rừng", 2024)
    assert (p.period.end, p.as_of) == (D(2024, 9, 30), None)
    assert _one("Cuối quý III, dư nợ đạt", 2024).as_of is None


def test_the_weeks_counted_to_a_weekly_reports_end_are_the_year_so_far():
    for text in ("Cộng dồn 40 tuần, ghi nhận 1.900 ca sốt xuất huyết", "Lũy kế 40 tuần năm 2024, có 12 ổ dịch",
                 "Từ tuần 1 đến tuần 40, có 12 ca sởi"):
        assert _span_at_the_reports_end(text, D(2024, 10, 6)) == (D(2024, 1, 1), D(2024, 10, 6)), text
    # near misses: weeks that end far from the report's end, or another year's, keep the report's period
    for text in ("Cộng dồn 12 tuần, ghi nhận 1.900 ca", "Lũy kế 40 tuần năm 2023, có 12 ổ dịch"):
        assert all(p.period is None for p in with_the_documents_time(find_period_phrases(text, 2024),
                                                                     D(2024, 10, 6))), text
    assert find_period_phrases("trong 40 tuần, có 12 ca", 2024) == []


def test_the_full_moon_of_a_month_is_a_lunar_day():
    for text in ("Dịp rằm tháng Bảy, sức mua tăng 8%", "Rằm tháng 8 năm 2024, bán 40 tấn bánh"):
        assert find_period_phrases(text, 2024) == [], text
    # near miss: the month alone, or a day of it in the calendar, is the calendar's
    assert _one("Trong tháng Bảy, sức mua tăng 8%", 2024).period.start == D(2024, 7, 1)
    assert _one("ngày mồng 2 tháng 9 năm 2024, có 5 vụ", 2024).period.start == D(2024, 9, 1)


def test_an_as_of_day_joined_by_a_dot_or_a_dash_opening_a_clause():
    for text, day in (("Đến 25.8, toàn tỉnh có 900 hộ", D(2024, 8, 25)),
                      ("Tính đến 30-9, giải ngân 640 tỷ đồng", D(2024, 9, 30))):
        [p] = find_period_phrases(text, 2024)
        assert p.as_of == day, text
    # near misses: a range's end inside a clause, a decimal with its unit
    assert find_period_phrases("giá tăng từ 20 đến 25.8, cao nhất", 2024) == []
    assert find_period_phrases("Đến 25.8 triệu, có", 2024) == []


def test_a_span_of_days_with_dots_or_dashes_without_ngay_its_last_year_said():
    for text, first, last in (("Từ 1.9 đến 20.9.2024, có 5 vụ", D(2024, 9, 1), D(2024, 9, 20)),
                              ("từ 01-9-2024 đến 20-9-2024, có 5 vụ", D(2024, 9, 1), D(2024, 9, 20))):
        [p] = find_period_phrases(text, 2024)
        assert (p.period.start, p.period.end) == (first, last), text
    # near misses: no year at the end (a range of decimals as often), a range of counts
    assert find_period_phrases("từ 1.9 đến 20.9, có 5 vụ", 2024) == []
    assert find_period_phrases("tăng từ 1.250 đến 1.300 hộ", 2024) == []


def test_a_crop_year_runs_from_october_to_september():
    from orchestration.extraction.periods import crop_year_period
    assert crop_year_period(2023) == Period(D(2023, 10, 1), D(2024, 9, 30), "niên vụ 2023-2024")


def test_since_the_two_level_government_its_count_with_a_zero_the_communes_joined_or_months_counted():
    for text in ("Từ khi vận hành mô hình chính quyền địa phương 02 cấp đến nay, xã nhận 95 hồ sơ",
                 "Kể từ khi hợp nhất xã, phường cấp 40 giấy phép",
                 "Sau 5 tháng vận hành chính quyền 2 cấp, xã cấp 40 giấy phép",
                 "Qua hơn 4 tháng thực hiện mô hình chính quyền địa phương hai cấp, phường nhận 95 hồ sơ"):
        assert _span_at_the_reports_end(text, D(2026, 3, 31)) == (D(2025, 7, 1), D(2026, 3, 31)), text
    # near misses: another body joined ("hợp nhất trường"), months of work, have no known day
    assert find_period_phrases("Kể từ khi hợp nhất trường, có 5 lớp", 2026) == []
    assert find_period_phrases("Sau 5 tháng hoạt động, xã cấp 40 giấy phép", 2025) == []


def test_a_tables_short_heading_of_months_or_a_quarter():
    for text, kind, first, last in (("9T/2024", "cumulative", D(2024, 1, 1), D(2024, 9, 30)),
                                    ("6T-2024", "half", D(2024, 1, 1), D(2024, 6, 30)),
                                    ("T10/2024", "month", D(2024, 10, 1), D(2024, 10, 31)),
                                    ("QIII/2024", "quarter", D(2024, 7, 1), D(2024, 9, 30))):
        [p] = find_period_phrases(f"Doanh thu {text} đạt 500 tỷ đồng", 2024)
        assert (p.kind, p.period.start, p.period.end) == (kind, first, last), text
    # near misses: in small letters, or more months than a year has, no heading
    for text in ("số 9t/2024 đạt 5", "13T/2024 đạt 5", "Qiii/2024 đạt 5"):
        assert find_period_phrases(text, 2024) == [], text


def test_the_last_quarters_of_a_year():
    for text, kind, first in (("Hai quý cuối năm 2024, cần giải ngân 900 tỷ đồng", "half", D(2024, 7, 1)),
                              ("Quý cuối năm, phấn đấu thu 900 tỷ đồng", "quarter", D(2024, 10, 1))):
        [p] = find_period_phrases(text, 2024)
        assert (p.kind, p.period.start, p.period.end) == (kind, first, D(2024, 12, 31)), text
    # near miss: the first quarters as before
    assert _one("Ba quý đầu năm 2024, có 5 dự án", 2024).period == Period(D(2024, 1, 1), D(2024, 9, 30),
                                                                       "9 tháng đầu năm 2024")


def test_half_a_year_just_gone_is_no_whole_year():
    assert find_period_phrases("Trong nửa năm qua, có 5 vụ", 2024) == []
    # near miss: the year just gone
    assert _one("Năm vừa qua, có 5 vụ", 2024).period == Period(D(2024, 1, 1), D(2024, 12, 31), "năm 2024")


def test_an_as_of_day_of_the_year_before_said_in_words():
    for text in ("Tính đến 31/12 năm trước, dư nợ đạt 900 tỷ đồng", "đến ngày 31/12 năm ngoái, có 5 hộ"):
        [p] = find_period_phrases(text, 2024)
        assert p.as_of == D(2023, 12, 31), text
    # near misses: "năm nay" keeps the report's year, "năm sau" the year after
    assert find_period_phrases("đến ngày 30/9 năm nay, có 5 hộ", 2024)[0].as_of == D(2024, 9, 30)
    assert find_period_phrases("đến ngày 31/01 năm sau, có 5 hộ", 2024)[0].as_of == D(2025, 1, 31)


def test_years_just_gone_counted_back_from_a_report_on_a_whole_year():
    for text, first in (("5 năm qua, toàn tỉnh xây mới 320 km đường", D(2020, 1, 1)),
                        ("Trong ba năm vừa qua, tỉnh thu hút 45 dự án", D(2022, 1, 1))):
        [p] = with_the_documents_time(find_period_phrases(text, 2024), D(2024, 12, 31), D(2024, 1, 1))
        assert (p.period.start, p.period.end) == (first, D(2024, 12, 31)), text
    # near misses: in a report on part of a year the years stay unread; "hơn 5 năm qua" (more than five) none
    [p] = with_the_documents_time(find_period_phrases("5 năm qua, có 45 dự án", 2024), D(2024, 6, 30), D(2024, 1, 1))
    assert p.period is None
    assert find_period_phrases("hơn 5 năm qua, có 45 dự án", 2024) == []


def test_a_day_named_by_its_distance_from_the_page_with_its_date_in_brackets():
    for text, day in (("Trong ngày hôm qua (27/10), lũ làm 1.200 nhà bị ngập", D(2024, 10, 27)),
                      ("Sáng nay (28/10), còn 450 hộ bị cô lập", D(2024, 10, 28))):
        [p] = find_period_phrases(text, 2024)
        assert (p.kind, p.period.start, p.period.end) == ("day", day, day), text
    # near miss: without its date the day stays unread
    assert find_period_phrases("Hôm qua, lũ làm 1.200 nhà bị ngập", 2024) == []


def test_the_mean_of_the_months_so_far_said_first():
    # "Bình quân 9 tháng, ..." opening a clause: January to the ninth month, as "9 tháng, ..." alone
    p = _one("Bình quân 9 tháng, giá điện tăng 4,1%.", 2027)
    assert (p.period.start, p.period.end) == (D(2027, 1, 1), D(2027, 9, 30))
    p = _one("Tính bình quân 5 tháng chỉ số giá xây dựng tăng 1,2%.", 2027)
    assert (p.period.start, p.period.end) == (D(2027, 1, 1), D(2027, 5, 31))
    # (near miss: the mean not opening its clause, "giá bình quân 3 tháng tuổi", stays no period)
    assert find_period_phrases("Lợn giống bình quân 3 tháng tuổi giá 1,5 triệu đồng.", 2027) == []


def test_the_months_just_gone_end_with_the_report():
    # "Trong 6 tháng qua" in a report on October: May to October, not January to June
    assert _span_at_the_reports_end("Trong 6 tháng qua, có 45 dự án mới", D(2027, 10, 31)) == (D(2027, 5, 1),
                                                                                               D(2027, 10, 31))
    assert _span_at_the_reports_end("Hai tháng vừa qua, có 8 vụ", D(2027, 1, 31)) == (D(2026, 12, 1), D(2027, 1, 31))
    # near miss: "hơn 6 tháng qua" (more than six) stays no span of the months
    assert all(p.kind != "months_past" for p in find_period_phrases("hơn 6 tháng qua, có 8 vụ", 2027))


def test_counted_at_the_end_of_the_month_before_the_reports():
    [p] = with_the_documents_time(find_period_phrases("Tính đến cuối tháng trước, dư nợ đạt 9.100 tỷ đồng", 2027),
                                  D(2027, 4, 30), D(2027, 4, 1))
    assert (p.as_of, p.period.start, p.period.end) == (D(2027, 3, 31), D(2027, 1, 1), D(2027, 3, 31))
    # near miss: the month before as a base ("so với cuối tháng trước") counts nothing on its day
    assert all(p.as_of is None for p in with_the_documents_time(
        find_period_phrases("tăng 2% so với cuối tháng trước", 2027), D(2027, 4, 30), D(2027, 4, 1)))


def test_since_the_end_of_a_year_from_its_last_month():
    assert _span_at_the_reports_end("Từ cuối năm 2026 đến nay, có 6 hợp tác xã", D(2027, 6, 30)) == (D(2026, 12, 1),
                                                                                                   D(2027, 6, 30))


def test_the_councils_term_so_far():
    assert _span_at_the_reports_end("Từ đầu nhiệm kỳ đến nay, xây 90 km đường", D(2025, 6, 30)) == (D(2021, 1, 1),
                                                                                                  D(2025, 6, 30))
    # (in the first half of a year a new term opens, still the term before; its years said, the first of them)
    assert _span_at_the_reports_end("Từ đầu nhiệm kỳ đến nay, xây 90 km đường", D(2026, 3, 31))[0] == D(2021, 1, 1)
    assert _span_at_the_reports_end("Từ đầu nhiệm kỳ 2021-2026 đến nay, xây 90 km", D(2026, 3, 31))[0] == D(2021, 1, 1)
    # near miss: the term named whole stays the range of its years
    [p] = find_period_phrases("nhiệm kỳ 2021-2026, xây 90 km đường", 2025)
    assert (p.kind, p.period.end) == ("range", D(2026, 12, 31))


def test_a_span_from_a_part_of_one_month_to_a_part_of_another():
    for text, first, last in (("Từ cuối tháng 8 đến đầu tháng 9, mưa làm 5 nhà bị ngập", D(2027, 8, 21), D(2027, 9, 5)),
                              ("từ giữa tháng 11 đến hạ tuần tháng 12/2027, có 4 vụ", D(2027, 11, 15), D(2027, 12, 25)),
                              ("Từ thượng tuần tháng 12 đến cuối tháng 1/2028, có 4 vụ", D(2027, 12, 1),
                               D(2028, 1, 31))):
        [p] = find_period_phrases(text, 2027)
        assert (p.period.start, p.period.end) == (first, last), text
    # near miss: the months alone stay their whole months
    [p] = find_period_phrases("Từ tháng 8 đến tháng 9, mưa làm 5 nhà bị ngập", 2027)
    assert (p.period.start, p.period.end) == (D(2027, 8, 1), D(2027, 9, 30))


def test_a_span_of_days_with_their_years_in_two_digits():
    [p] = find_period_phrases("Từ 15/11/26 đến 28/2/27, trồng 900 ha rừng", 2027)
    assert (p.period.start, p.period.end) == (D(2026, 11, 15), D(2027, 2, 28))
    # near miss: the last day alone counted to keeps its as-of reading
    [p] = find_period_phrases("Tính đến 28/2/27, trồng 900 ha rừng", 2027)
    assert (p.kind, p.as_of) == ("as_of", D(2027, 2, 28))


def test_the_day_of_an_event_said_before_what_it_did():
    for text, day in (("Lốc xoáy ngày 3/5 làm 14 nhà tốc mái", D(2027, 5, 3)),
                      ("Trận lũ ngày 9/10/2027 đã khiến hơn 200 ha lúa bị ngập", D(2027, 10, 9))):
        [p] = find_period_phrases(text, 2027)
        assert (p.kind, p.period.start, p.period.end) == ("day", day, day), text
    # near misses: a meeting's day before "làm việc", a paper's day
    for text in ("Ngày 3/5 làm việc với 14 xã", "Quyết định ngày 3/5 làm căn cứ cho 14 xã"):
        assert all(p.kind != "day" for p in find_period_phrases(text, 2027)), text


def test_a_part_of_the_year_after_the_reports():
    [p] = find_period_phrases("Phấn đấu quý II năm sau thu 900 tỷ đồng", 2027)
    assert (p.period.start, p.period.end) == (D(2028, 4, 1), D(2028, 6, 30))
    [p] = find_period_phrases("Dự kiến tháng 3 năm tới khởi công 4 dự án", 2027)
    assert (p.period.start, p.period.end) == (D(2028, 3, 1), D(2028, 3, 31))
    # (said, it is not moved back a year when far ahead of the report's end)
    [p] = with_the_documents_time(find_period_phrases("quý IV năm sau thu 900 tỷ đồng", 2027), D(2027, 3, 31))
    assert p.period.start == D(2028, 10, 1)
    # near misses: the year before as before; "năm sau đó" (a year after another) no year of the report's
    [p] = find_period_phrases("quý II năm trước thu 900 tỷ đồng", 2027)
    assert p.period.start == D(2026, 4, 1)
    assert all(p.period is None or p.period.start.year != 2028
               for p in find_period_phrases("quý II năm sau đó thu 900 tỷ đồng", 2027))


def test_a_week_of_the_year_by_its_number():
    for text in ("Tuần 41, ghi nhận 215 ca sốt xuất huyết", "Trong tuần thứ 41/2027: 215 ca sốt xuất huyết"):
        [p] = find_period_phrases(text, 2027)
        assert (p.kind, p.period.start, p.period.end) == ("day", D(2027, 10, 11), D(2027, 10, 17)), text
    # near misses: a week of a month, a week not opening its clause
    for text in ("tuần thứ 2 của tháng 11, có 5 ổ dịch", "số ca tuần 41 tăng 5 ca, so với tuần 40"):
        assert all(p.kind != "day" or p.period.start.month == 11 for p in find_period_phrases(text, 2027)), text
    # (a week no month has more of, or its year said: "tuần 3, ..." alone is as often a month's third)
    assert find_period_phrases("Tuần 3, có 5 ổ dịch", 2027) == []
    [p] = find_period_phrases("Tuần 3/2027, có 5 ổ dịch", 2027)
    assert p.period.start == D(2027, 1, 18)


def test_a_week_of_the_year_with_its_year_said_needs_no_comma():
    for text in ("Tuần thứ 20 năm 2026 ghi nhận 37 ca tay chân miệng", "Tuần 20/2026 toàn tỉnh có 37 ca sởi"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("day", D(2026, 5, 11), D(2026, 5, 17)), text
    # near misses: a number after "tuần" no year follows, with no comma: a count a week, a run of weeks
    for text in ("Mỗi tuần 2 buổi năm 2026 luyện tập", "giá heo tăng tuần thứ 4 liên tiếp năm 2026 lên 5 đồng"):
        assert [p.kind for p in find_period_phrases(text, 2026)] == ["year"], text


def test_the_years_since_a_paper_put_in_hand():
    text = "Sau 4 năm thực hiện Nghị quyết số 12-NQ/TU ngày 20/5/2023 của Tỉnh ủy, có 40 xã đạt chuẩn"
    assert _span_at_the_reports_end(text, D(2027, 6, 30)) == (D(2023, 5, 20), D(2027, 6, 30))
    # near miss: years counted far from the paper's (its day a reference, not the start) keep the report's period
    text = "Sau 1 năm thực hiện Kế hoạch ngày 20/5/2019, có 40 xã đạt chuẩn"
    assert all(p.period is None for p in with_the_documents_time(find_period_phrases(text, 2027), D(2027, 6, 30)))


def test_from_a_day_to_the_end_of_a_quarter():
    [p] = find_period_phrases("Từ ngày 01/7/2025 đến hết quý II/2027, thu hút 125 dự án", 2027)
    assert (p.period.start, p.period.end, p.as_of) == (D(2025, 7, 1), D(2027, 6, 30), D(2027, 6, 30))
    # near miss: to the end of a month as before
    [p] = find_period_phrases("Từ ngày 01/7/2026 đến hết tháng 6/2027, thu hút 125 dự án", 2027)
    assert (p.period.start, p.period.end) == (D(2026, 7, 1), D(2027, 6, 30))


def test_a_bracket_giving_the_time_of_the_words_opening_a_clause_is_no_aside():
    from orchestration.extraction.periods import aside_in_brackets

    text = "Trước sáp nhập (quý I/2025), tỉnh B thu 4.100 tỷ đồng"
    assert not aside_in_brackets(text, text.index("quý"), text.index("4.100"))
    # near misses: a bracket holding its own figure, a bracket after a figure
    text = "GRDP (quý I/2025 tăng 6,1%), dịch vụ tăng 5,3%"
    assert aside_in_brackets(text, text.index("quý"), text.index("5,3"))
    text = "Thu 900 tỷ đồng (quý I/2025), chi 4.100 tỷ đồng"
    assert aside_in_brackets(text, text.index("quý"), text.index("4.100"))


def test_twelve_months_just_gone_in_words():
    assert _span_at_the_reports_end("Mười hai tháng qua, xuất khẩu đạt 5,2 tỷ USD", D(2027, 12, 31)) == (
        D(2027, 1, 1), D(2027, 12, 31))
    # near miss: two months in words stay two
    assert _span_at_the_reports_end("Hai tháng qua, xuất khẩu đạt 5,2 tỷ USD", D(2027, 12, 31))[0] == D(2027, 11, 1)


def test_the_years_since_a_paper_named_in_the_sentence_before():
    text = ("Chỉ thị số 08-CT/TU ngày 15/4/2024 của Tỉnh ủy về giảm nghèo bền vững. Sau 3 năm thực hiện, "
            "có 40 xã đạt chuẩn")
    spans = [(p.period.start, p.period.end) for p in with_the_documents_time(find_period_phrases(text, 2027),
                                                                           D(2027, 6, 30)) if p.period]
    assert spans == [(D(2024, 4, 15), D(2027, 6, 30))]
    # near misses: the paper in another paragraph, years far from the paper's, no paper named before
    for text in ("Chỉ thị số 08-CT/TU ngày 15/4/2024 về giảm nghèo.\nSau 3 năm thực hiện, có 40 xã đạt chuẩn",
                 "Chỉ thị số 08-CT/TU ngày 15/4/2019 về giảm nghèo. Sau 3 năm thực hiện, có 40 xã đạt chuẩn",
                 "Tỉnh có 12 huyện. Sau 3 năm thực hiện, có 40 xã đạt chuẩn"):
        assert all(p.period is None for p in with_the_documents_time(find_period_phrases(text, 2027),
                                                                     D(2027, 6, 30))), text


def test_a_dry_season_over_the_new_year_is_its_months_so_far():
    text = "Mùa khô 2026-2027, toàn tỉnh xảy ra 6 vụ cháy rừng"
    assert _span_at_the_reports_end(text, D(2027, 6, 30)) == (D(2026, 11, 1), D(2027, 4, 30))
    assert _span_at_the_reports_end(text, D(2027, 3, 31)) == (D(2026, 11, 1), D(2027, 3, 31))
    assert _span_at_the_reports_end("Trong mùa khô hanh 2026-2027, có 6 vụ cháy", D(2027, 6, 30))[0] == D(2026, 10, 1)
    # near misses: a season of one year stays that year; a season of other years than the report's stays their year
    assert _span_at_the_reports_end("Mùa mưa bão 2026, có 14 người chết", D(2027, 6, 30)) == (
        D(2026, 1, 1), D(2026, 12, 31))
    assert _span_at_the_reports_end("Mùa khô 2024-2025, có 6 vụ cháy", D(2027, 6, 30)) == (
        D(2025, 1, 1), D(2025, 12, 31))


def test_a_holidays_days_named_by_them():
    [p] = find_period_phrases("Dịp nghỉ lễ 30/4-1/5, tỉnh đón 820.000 lượt khách", 2027)
    assert (p.kind, p.period.start, p.period.end) == ("day", D(2027, 4, 30), D(2027, 5, 1))
    [p] = find_period_phrases("trong kỳ nghỉ lễ 31/12 và 1/1/2027, có 12 vụ", 2027)
    assert (p.period.start, p.period.end) == (D(2026, 12, 31), D(2027, 1, 1))
    [p] = find_period_phrases("dịp lễ 30-4 và 1-5 năm 2026, có 12 vụ", 2027)
    assert (p.period.start, p.period.end) == (D(2026, 4, 30), D(2026, 5, 1))
    # near misses: a ratio after other words, days too far apart
    assert find_period_phrases("đạt 30/45 xã, 1/5 số hộ", 2027) == []
    assert find_period_phrases("Dịp 1/4 - 30/5, có 12 vụ", 2027) == []


def test_a_holiday_named_by_its_days_is_the_break_the_text_states_for_it() -> None:
    text = ("Dịp nghỉ lễ 2/9 - 3/9/2027, tỉnh đón 52.000 lượt khách. "
            "Trong kỳ nghỉ (từ ngày 30/8 đến hết ngày 3/9/2027), các khách sạn kín phòng.")
    holiday = find_period_phrases(text, 2027)[0]
    assert (holiday.period.start, holiday.period.end) == (D(2027, 8, 30), D(2027, 9, 3))
    # near misses: no break stated, or a span too long for a break, leaves the holiday's own days
    for other in ("Dịp nghỉ lễ 2/9 - 3/9/2027, tỉnh đón 52.000 lượt khách.",
                  text.replace("từ ngày 30/8", "từ ngày 1/8")):
        holiday = find_period_phrases(other, 2027)[0]
        assert (holiday.period.start, holiday.period.end) == (D(2027, 9, 2), D(2027, 9, 3)), other


def test_a_year_counted_over_days_shifted_back_in_its_bracket():
    for text, first, last in (
            ("Năm 2027 (tính từ ngày 15/12/2026 đến ngày 14/12/2027), xảy ra 412 vụ", D(2026, 12, 15), D(2027, 12, 14)),
            ("Năm 2027 (từ 15/12 đến 14/12/2027), xảy ra 412 vụ", D(2026, 12, 15), D(2027, 12, 14)),
            ("11 tháng năm 2027 (số liệu từ 16/12/2026 đến 15/11/2027), có 85 vụ", D(2026, 12, 16), D(2027, 11, 15)),
            ("Tháng 11 (từ ngày 15/10 đến ngày 14/11), có 18 vụ", D(2027, 10, 15), D(2027, 11, 14)),
            ("Năm 2027 (từ 01/10/2026 đến 30/9/2027), thụ lý 960 vụ", D(2026, 10, 1), D(2027, 9, 30))):
        periods = [p.period for p in find_period_phrases(text, 2027) if p.period is not None]
        assert [(q.start, q.end) for q in periods] == [(first, last)], text
    # near misses: a bracket of days far before the year named (another span) keeps the year
    text = "Năm 2027 (từ 01/7/2026 đến 30/6/2027), có 412 vụ"
    assert find_period_phrases(text, 2027)[0].period.start == D(2027, 1, 1)
    # (nor a bracket of days within the month named, read as before: "tháng 11" then its days)
    assert [p.kind for p in find_period_phrases("Tháng 11 (từ ngày 5/11 đến ngày 14/11), có 18 vụ", 2027)] == [
        "month", "cumulative"]


def test_a_crop_seasons_words_joined_by_a_dash():
    [p] = find_period_phrases("Vụ Đông - Xuân 2024-2025, toàn tỉnh gieo cấy 12.000 ha", 2027)
    assert (p.kind, p.period.start) == ("year", D(2025, 1, 1))
    # near miss: the report's own season, as without the dash
    assert find_period_phrases("Vụ Hè-Thu 2027, toàn tỉnh gieo cấy 12.000 ha", 2027) == []


def test_months_counted_as_many_as_a_report_cut_short_in_its_last_month_has_are_its_own():
    [months] = with_the_documents_time(find_period_phrases("Trong 6 tháng, thu ngân sách xã đạt", 2027),
                                       D(2027, 12, 15), D(2027, 7, 1))
    assert (months.period.start, months.period.end) == (D(2027, 7, 1), D(2027, 12, 15))
    # near miss: another count stays from January
    [months] = with_the_documents_time(find_period_phrases("Trong 5 tháng, thu ngân sách xã đạt", 2027),
                                       D(2027, 12, 15), D(2027, 7, 1))
    assert months.period.start == D(2027, 1, 1)


def test_the_months_so_far_in_their_initials():
    for text, year, explicit in (("Doanh thu 9TĐN/2025 đạt 500 tỷ đồng", 2025, True),
                                 ("Lũy kế 9 TĐN, có 5 vụ", 2027, False)):
        [p] = find_period_phrases(text, 2027)
        assert (p.kind, p.period.start, p.period.end, p.explicit_year) == (
            "cumulative", D(year, 1, 1), D(year, 9, 30), explicit), text
    # near misses: the initials in small letters, a count of one
    assert find_period_phrases("có 9 tđn", 2027) == []
    assert find_period_phrases("Doanh thu 1TĐN đạt 5", 2027) == []


def test_a_dry_season_within_the_reports_period_is_that_period():
    [p] = with_the_documents_time(find_period_phrases("Mùa khô 2025-2026, có 6 vụ cháy", 2026), D(2026, 12, 31),
                                  D(2021, 1, 1))
    assert (p.period.start, p.period.end) == (D(2021, 1, 1), D(2026, 12, 31))


def test_a_part_of_a_year_counted_to_the_day_its_bracket_says():
    for text, first, day in (("9 tháng năm 2027 (số liệu tính đến 15/9/2027), có 85 vụ", D(2027, 1, 1), D(2027, 9, 15)),
                             ("Năm 2027 (số liệu đến 30/11), có 85 vụ", D(2027, 1, 1), D(2027, 11, 30)),
                             ("Quý III (đến ngày 20/9), có 85 vụ", D(2027, 7, 1), D(2027, 9, 20))):
        [p] = find_period_phrases(text, 2027)
        assert (p.kind, p.period.start, p.period.end, p.as_of) == ("as_of", first, day, day), text
    # near miss: a bracket of another kind after the part of the year leaves it whole
    assert [p.kind for p in find_period_phrases("Quý III (so với 30/6), có 85 vụ", 2027)][:1] == ["quarter"]


def test_the_year_after_the_reports_said_without_its_number():
    for text in ("Năm tới, dự kiến thu ngân sách đạt 48.000 tỷ đồng", "Trong năm sau, tỉnh phấn đấu đón 3 triệu lượt"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("target_year", D(2027, 1, 1), D(2027, 12, 31)), text
    # near misses: a run of years, one year after another, a day's year, a quarter of it (its own phrase)
    for text in ("5 năm tới, phấn đấu", "những năm tới, có 5", "hai năm tới, có 5", "năm sau cao hơn năm trước",
                 "năm sau đó, có 5", "Nam tới thăm"):
        assert find_period_phrases(text, 2026) == [], text
    assert [p.kind for p in find_period_phrases("đến ngày 31/01 năm sau, có 5", 2026)] == ["as_of"]
    assert [p.kind for p in find_period_phrases("quý I năm tới có 5", 2026)] == ["quarter"]


def test_a_quarter_numbered_in_a_word_with_its_year():
    [p] = find_period_phrases("Quý Ba năm 2027, doanh thu đạt 500 tỷ đồng", 2027)
    assert (p.kind, p.period.start, p.period.end) == ("quarter", D(2027, 7, 1), D(2027, 9, 30))
    # near misses: a fund ("quỹ"), the word without a year
    assert [p.kind for p in find_period_phrases("quỹ một năm 2027", 2027)] == ["year"]
    assert find_period_phrases("quý ba, có 5", 2027) == []


def test_the_years_since_a_paper_dated_in_words():
    for text in ("Sau 3 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12 tháng 3 năm 2024 của Tỉnh ủy, có 125 vùng",
                 "Nghị quyết số 05-NQ/TU ngày 12 tháng 3 năm 2024 về nông nghiệp. Sau 3 năm thực hiện, có 125 vùng"):
        assert _span_at_the_reports_end(text, D(2027, 6, 30)) == (D(2024, 3, 12), D(2027, 6, 30)), text


def test_the_dry_season_or_a_quarter_so_far():
    assert _span_at_the_reports_end("Từ đầu mùa khô đến nay, xảy ra 5 vụ cháy rừng", D(2027, 2, 28)) == (
        D(2026, 11, 1), D(2027, 2, 28))
    assert _span_at_the_reports_end("Kể từ đầu mùa khô hanh, xảy ra 5 vụ cháy rừng", D(2026, 11, 30)) == (
        D(2026, 10, 1), D(2026, 11, 30))
    assert _span_at_the_reports_end("Từ đầu quý IV đến nay, thu hút 12 dự án", D(2026, 11, 30)) == (
        D(2026, 10, 1), D(2026, 11, 30))
    assert _span_at_the_reports_end("Từ đầu quý đến nay, thu hút 12 dự án", D(2026, 11, 30)) == (
        D(2026, 10, 1), D(2026, 11, 30))
    # near misses: the report's whole quarter said so; a dry season over before the report's end stays unread
    assert _span_at_the_reports_end("Trong quý, thu hút 12 dự án", D(2026, 11, 30)) == (D(2026, 10, 1), D(2026, 12, 31))
    assert all(p.period is None for p in with_the_documents_time(
        find_period_phrases("Từ đầu mùa khô đến nay, có 5 vụ", 2027), D(2027, 7, 31)))


def test_the_days_a_bracket_gives_after_a_week_their_year_unsaid():
    for text in ("Tuần 44 (26/10 - 01/11), ghi nhận 215 ca", "Tuần 44/2027 (từ 26/10 – 01/11), ghi nhận 215 ca"):
        periods = [p.period for p in find_period_phrases(text, 2027) if p.period is not None]
        assert [(q.start, q.end) for q in periods] == [(D(2027, 10, 26), D(2027, 11, 1))], text
    # near miss: two fractions in a bracket after no period
    assert find_period_phrases("đạt tỷ lệ (1/3 - 2/3), có 5", 2027) == []


def test_the_whole_year_expected_or_its_doing_estimated_without_its_number():
    for text in ("Dự kiến cả năm, tổng thu ngân sách đạt 3.900 tỷ đồng", "Tổng vốn dự kiến cả năm đạt 21.500 tỷ đồng",
                 "dự báo trong cả năm tăng 8%", "Ước thực hiện cả năm đạt 285.000 tấn", "Ước TH cả năm, đạt 5 tấn"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("whole_year", D(2026, 1, 1), D(2026, 12, 31)), text
    # near misses: the year written out is the year kind's; a whole school year is none of the calendar's
    assert [p.kind for p in find_period_phrases("dự kiến cả năm 2027 đạt 5", 2026)] == ["target_year"]
    assert find_period_phrases("dự kiến cả năm học có 5 lớp", 2026) == []
    assert find_period_phrases("ước cả năm học có 5 lớp", 2026) == []


def test_the_whole_year_expected_after_the_months_so_far():
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH QUẢNG TRỊ\nBÁO CÁO\nTình hình kinh tế - xã hội 10 tháng năm 2026\n\n"
            "Lũy kế 10 tháng, sản lượng thủy sản đạt 52.000 tấn. Dự kiến cả năm, sản lượng thủy sản đạt 61.000 tấn.\n")
    rows = extract_document(text.encode(), "quang_tri.txt").tables["indicators"].iter_rows(named=True)
    ends = {r["value"]: r["period_end"] for r in rows}
    assert ends[52000] == D(2026, 10, 31) and ends[61000] == D(2026, 12, 31)


def test_the_next_year_opening_a_clause_as_sang_nam():
    for text in ("Sang năm, tỉnh phấn đấu thu hút 3,5 triệu lượt khách", "Bước sang năm, có 5"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.explicit_year) == ("target_year", D(2027, 1, 1), False), text
    # near misses: money carried into the next year; a year written out (the year kind's)
    for text in ("vốn kéo dài sang năm, có 5 tỷ", "chuyển nguồn sang năm, 5 tỷ đồng"):
        assert find_period_phrases(text, 2026) == [], text
    assert [(p.text, p.explicit_year) for p in find_period_phrases("Sang năm 2027, có 5", 2026)] == [("năm 2027", True)]


def test_the_next_year_named_before_a_target_in_its_sentence():
    from orchestration.extraction.periods import next_year_named

    text = "Năm nay đạt 5 tỷ đồng. Năm tới, phấn đấu đạt 8 tỷ đồng; Sang năm, có 9 ha."
    phrases = find_period_phrases(text, 2026)
    starts = [p.start for p in phrases]
    second = text.index("Năm tới")
    assert next_year_named(phrases, starts, second, text.index("8 tỷ")) == 2027
    assert next_year_named(phrases, starts, text.index("Sang"), text.index("9 ha")) == 2027
    # near misses: "năm nay", the report's own year; a year written out
    assert next_year_named(phrases, starts, 0, text.index("5 tỷ")) is None
    written = find_period_phrases("Năm 2027, phấn đấu đạt 8 tỷ đồng", 2026)
    assert next_year_named(written, [p.start for p in written], 0, 30) is None


def test_the_crop_year_under_way_named_with_its_two_years():
    assert _span_at_the_reports_end("Niên vụ 2025-2026, sản lượng cà phê đạt 560.000 tấn", D(2026, 9, 30)) == (
        D(2025, 10, 1), D(2026, 9, 30))
    assert _span_at_the_reports_end("niên vụ cà phê 2025 - 2026 xuất khẩu 5 tấn", D(2026, 6, 30)) == (
        D(2025, 10, 1), D(2026, 6, 30))
    # near misses: a crop season of the report's (its period), a crop year compared with, a crop year aimed at
    assert find_period_phrases("vụ Đông Xuân 2025-2026, có 5 ha", 2026) == []
    assert find_period_phrases("so với niên vụ 2025-2026 tăng 5%", 2026) == []
    assert find_period_phrases("kế hoạch niên vụ 2026-2027 đạt 5 tấn", 2026) == []


def _the_one_span_and_day(text: str, ref_year: int = 2026) -> tuple:
    """The kind, first and last day and as-of day of the one period phrase of ``text``."""
    [p] = find_period_phrases(text, ref_year)
    return p.kind, p.period.start, p.period.end, p.as_of


def test_the_reports_year_counted_to_its_end_the_year_unsaid():
    for text in ("Dự kiến đến cuối năm, tỉnh thu hút thêm 10 dự án", "Đến hết năm, giải ngân đạt 95%",
                 "ước đến hết năm nay giải ngân đạt 95%"):
        assert _the_one_span_and_day(text) == ("as_of", D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31)), text
    # near misses: the months left of the year, a school year, the year before, a year written out (its own phrase)
    # (nor how long a thing lasts, no clause's head or reckoning word before it)
    for text in ("đến cuối năm học có 5 lớp",
                 "đến cuối năm trước có 5 xã", "Chương trình kéo dài đến hết năm, thu hút 5.000 lượt khách"):
        assert find_period_phrases(text, 2026) == [], text
    # (the months left, from the report's end: no day counted to)
    [left] = find_period_phrases("Từ nay đến cuối năm, phấn đấu giải ngân 3.000 tỷ đồng", 2026)
    assert (left.kind, left.as_of) == ("rest_of_year", None)
    [p] = find_period_phrases("đến hết năm 2025 có 5 xã", 2026)
    assert (p.period, p.as_of) == (None, D(2025, 12, 31))


def test_since_the_new_province_or_the_end_of_the_districts_said_in_other_words():
    for text in ("Kể từ khi hai tỉnh hợp nhất đến nay, thu hút 30 dự án", "Từ khi bỏ cấp huyện đến nay, có 5 vụ",
                 "Từ khi tỉnh mới đi vào hoạt động, thu hút 30 dự án", "Kể từ khi thành lập tỉnh mới, có 5 vụ"):
        assert _span_at_the_reports_end(text, D(2026, 10, 31)) == (D(2025, 7, 1), D(2026, 10, 31)), text
    # near miss: a report before the merger leaves it unread
    [p] = with_the_documents_time(find_period_phrases("Từ khi tỉnh mới đi vào hoạt động, có 5 vụ", 2024),
                                  D(2024, 10, 31))
    assert p.period is None


def test_a_bulletins_count_at_an_hour_of_a_day():
    for text, day in (("Lúc 17 giờ ngày 20/10, toàn tỉnh có 2.300 hộ bị ngập", D(2026, 10, 20)),
                      ("Vào lúc 7h30 sáng ngày 21/10/2026, còn 5 hộ", D(2026, 10, 21))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end, p.as_of) == ("as_of", day, day, day), text
    # near misses: "lúc" before no day, before a count
    for text in ("lúc 7 giờ, có 5 hộ bị ngập", "lúc 3 người chết"):
        assert find_period_phrases(text, 2026) == [], text


def test_the_years_of_a_span_counted_before_it():
    for text in ("Trong 2 năm 2024-2025, toàn tỉnh xây dựng 1.200 nhà", "Trong hai năm 2024 - 2025, có 5 vụ"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("range", D(2024, 1, 1), D(2025, 12, 31)), text
        assert p.text.split()[0] in ("2", "hai"), text
    # near misses: a count of years far more than the span's, a crop season's two years
    assert [p.text for p in find_period_phrases("sau 15 năm 2010-2025 có 5 xã", 2026)] == []
    assert find_period_phrases("Vụ Đông Xuân năm 2025-2026, có 45 ha", 2026) == []


def test_the_year_so_far_to_a_day_after_toi_is_no_next_year():
    for text in ("Từ đầu năm tới ngày 15-11, có 5 vụ", "từ đầu năm tới 15/11, có 5 vụ",
                 "từ đầu năm đến ngày 15-11 đã cấp"):
        assert _the_one_span_and_day(text) == ("as_of", D(2026, 1, 1), D(2026, 11, 15), D(2026, 11, 15)), text
    assert [p.kind for p in find_period_phrases("từ năm 2021 tới nay, có 5 vụ", 2026)] == ["as_of"]
    # near miss: the next year said alone
    assert [p.period.start for p in find_period_phrases("Năm tới, phấn đấu có 5 xã", 2026)] == [D(2027, 1, 1)]


def test_the_days_between_written_with_their_months_in_words():
    for text, first, last in (
            ("Từ ngày 1 tháng 1 đến ngày 15 tháng 11 năm 2026, có 5 vụ", D(2026, 1, 1), D(2026, 11, 15)),
            ("Từ ngày 01 tháng 7 năm 2025 đến ngày 30 tháng 9 năm 2026, có 5 vụ", D(2025, 7, 1), D(2026, 9, 30)),
            ("từ ngày mồng 1 tháng 7 đến ngày 30 tháng 9, có 5 vụ", D(2026, 7, 1), D(2026, 9, 30))):
        assert _the_one_span_and_day(text) == ("cumulative", first, last, last), text
    # (a day said with "mồng" after "đến" is an as-of day)
    [p] = find_period_phrases("đến ngày mồng 5 tháng 3, có 5 vụ", 2026)
    assert (p.kind, p.as_of) == ("as_of", D(2026, 3, 5))
    # near miss: a last day before the first is no span
    assert all(p.kind != "cumulative" for p in find_period_phrases(
        "từ ngày 15 tháng 11 đến ngày 1 tháng 1, có 5 vụ", 2026))


def test_the_months_between_in_a_headings_initials():
    for text, first, last in (("T1-T10/2026 có 5 vụ", D(2026, 1, 1), D(2026, 10, 31)),
                              ("Ước TH T7 - 12/2026 đạt 5 tỷ đồng", D(2026, 7, 1), D(2026, 12, 31))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("cumulative", first, last), text
    # near misses: the initial in small letters, the months out of order (the last month alone read)
    assert find_period_phrases("t1-t10/2026 có 5 vụ", 2026) == []
    assert [p.text for p in find_period_phrases("T10-T1/2026 có 5 vụ", 2026)] == ["T1/2026"]


def test_since_a_day_with_a_numbered_wave_in_a_bracket():
    assert _span_at_the_reports_end("Từ ngày 27/4/2021 (đợt dịch thứ 4) đến nay, ghi nhận 312 ca", D(2021, 12, 31)) == (
        D(2021, 4, 27), D(2021, 12, 31))
    # near miss: a second day in the bracket is its own phrase, no bracket of the first
    assert [p.text for p in find_period_phrases("Từ ngày 1/7 (đến 15/7) đến nay, có 5 ca", 2021)][:1] == ["đến 15/7"]


def test_the_months_compared_with_their_year_unsaid_or_the_one_before():
    for text in ("Xuất khẩu tăng 8% so với 6 tháng đầu năm", "tăng 8% so với 9 tháng năm trước",
                 "tăng 5% so với nửa đầu năm"):
        assert [p.kind for p in find_period_phrases(text, 2026)] == ["comparison"], text
    # near miss: the months opening the sentence stay its own
    kinds = [p.kind for p in find_period_phrases("6 tháng cuối năm, tăng 8% so với 6 tháng đầu năm", 2026)]
    assert kinds == ["half", "comparison"]


def test_a_quarter_listed_by_its_numeral_alone_after_another():
    def spans(text: str) -> list[tuple[str, dt.date, dt.date]]:
        return [(p.text, p.period.start, p.period.end) for p in find_period_phrases(text, 2027) if p.period]

    assert spans("Thu ngân sách quý I, II năm 2026 đạt 2.400 tỷ đồng") == [
        ("quý I", D(2026, 1, 1), D(2026, 3, 31)), ("II năm 2026", D(2026, 4, 1), D(2026, 6, 30))]
    assert spans("vốn quý III và IV/2026 đạt") == [
        ("quý III", D(2026, 7, 1), D(2026, 9, 30)), ("IV/2026", D(2026, 10, 1), D(2026, 12, 31))]
    # near misses: an Arabic numeral after the comma with no year is a count ("quý 1, 2 doanh nghiệp"); quarters out
    # of order, a line break (a section's numeral), "quy" (no quarter) and a base compared with are no quarter named
    assert spans("Trong quý 1, 2 doanh nghiệp giải thể") == [("quý 1", D(2027, 1, 1), D(2027, 3, 31))]
    assert [p.text for p in find_period_phrases("quý II, I năm 2026", 2027)] == ["quý II", "năm 2026"]
    assert [p.text for p in find_period_phrases("Kết quả quý I,\nII. Nhiệm vụ", 2027)] == ["quý I"]
    assert [p.kind for p in find_period_phrases("tăng 5% so với quý I, II năm 2026", 2027)][-1] == "comparison"


def test_a_year_said_once_after_a_later_part_of_another_kind():
    def spans(text: str) -> list[tuple[dt.date, dt.date]]:
        return [(p.period.start, p.period.end) for p in find_period_phrases(text, 2027)]

    assert spans("Vốn giải ngân 6 tháng đầu năm và quý III năm 2026 đạt")[0] == (D(2026, 1, 1), D(2026, 6, 30))
    assert spans("Tháng 6 và quý III/2026, đạt")[0] == (D(2026, 6, 1), D(2026, 6, 30))
    # near miss: a part that ends after the next one opens keeps the report's year
    assert spans("Quý III và tháng 8/2026, đạt")[0] == (D(2027, 7, 1), D(2027, 9, 30))


def test_the_days_in_a_bracket_after_a_part_of_a_year_are_of_its_year():
    for text, first, last in (("Quý III/2025 (từ ngày 01/7 đến 30/9), xã thu 5 tỷ đồng", D(2025, 7, 1), D(2025, 9, 30)),
                              ("6 tháng cuối năm 2025 (từ 15/7 đến 31/12), xã thu", D(2025, 7, 15), D(2025, 12, 31)),
                              ("Tháng 7/2025 (từ ngày 05/7 đến 31/7), xã thu", D(2025, 7, 5), D(2025, 7, 31))):
        part, days = find_period_phrases(text, 2026)
        assert part.period.start.year == 2025, text
        assert (days.period.start, days.period.end, days.explicit_year) == (first, last, True), text
        assert days.as_of == (last if "đến ngày" in text else None), text
    # near misses: days outside the part named, or after a part without its year, keep the report's year
    assert find_period_phrases("Tháng 7/2025 (từ ngày 01/6 đến 30/6), xã thu", 2026)[1].period.start.year == 2026
    assert find_period_phrases("Quý III (từ ngày 01/7 đến 30/9), xã thu", 2026)[1].period.start.year == 2026


def test_a_short_quarter_or_months_and_a_month_in_words_with_the_year_joined_by_a_dot_or_a_slash():
    for text, first, last in (("Q4.2025 xuất khẩu đạt 320 triệu USD", D(2025, 10, 1), D(2025, 12, 31)),
                              ("Doanh thu 9T.2025 đạt 1.200 tỷ đồng", D(2025, 1, 1), D(2025, 9, 30)),
                              ("Tháng Mười một/2025, CPI tăng 0,5%", D(2025, 11, 1), D(2025, 11, 30))):
        [p] = find_period_phrases(text, 2026)
        assert (p.period.start, p.period.end, p.explicit_year) == (first, last, True), text
    # near misses: a dotted number that goes on, the initials in small letters
    assert find_period_phrases("Q4.2025.5 đạt", 2026) == []
    assert find_period_phrases("9T.2025.3 đạt", 2026) == []
    assert find_period_phrases("9t.2025 đạt", 2026) == []


def test_a_year_whose_bracket_says_it_is_reckoned_is_the_whole_year():
    for text in ("GRDP năm 2026 (ước tính) tăng 7,1%", "Thu ngân sách năm 2026 (ước thực hiện) đạt 5.200 tỷ đồng",
                 "năm 2026 (dự ước) đạt 5 tỷ đồng"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("whole_year", D(2026, 1, 1), D(2026, 12, 31)), text
    # near misses: another bracket, the months reckoned, a year aimed at keep their kinds
    assert _one("GRDP năm 2025 (số chính thức) tăng 6,8%", 2026).kind == "year"
    assert _one("GRDP năm 2026 (ước tính 9 tháng) tăng 7%", 2026).kind == "year"
    assert _one("Phấn đấu năm 2027 (ước tính) tăng 8%", 2026).kind == "target_year"


def test_the_year_so_far_to_a_part_of_a_month():
    for text, first, day in (("Xuất khẩu từ đầu năm đến trung tuần tháng 11 đạt 2,1 tỷ USD", D(2026, 1, 1),
                              D(2026, 11, 15)),
                             ("Từ đầu năm 2025 đến giữa tháng 11, có 5 vụ", D(2025, 1, 1), D(2025, 11, 15))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end, p.as_of) == ("as_of", first, day, day), text
    # near misses: the part of a month alone is a day counted on, no span; a school year so far is its own phrase
    assert _one("Đến giữa tháng 11, có 5 vụ", 2026).period is None
    assert find_period_phrases("Từ đầu năm học đến giữa tháng 11, có 5 lớp", 2026)[0].kind != "as_of"


def test_a_text_typed_without_marks_reads_its_unmarked_period_words():
    # a report typed without accent marks: "thang", "nam", "quy", "sau thang dau nam" are the period's words
    found = find_period_phrases("Bao cao kinh te xa hoi thang 9 nam 2025 cua huyen")
    assert [(p.kind, p.period.start, p.period.end) for p in found] == [
        ("month", dt.date(2025, 9, 1), dt.date(2025, 9, 30))]
    assert [p.kind for p in find_period_phrases("Doanh thu quy II/2024 tang 3%")] == ["quarter"]
    half = find_period_phrases("Ket qua 6 thang dau nam 2027")
    assert [(p.kind, p.period.end) for p in half] == [("half", dt.date(2027, 6, 30))]


def test_an_unmarked_word_in_a_text_with_marks_or_a_names_last_word_is_no_period():
    # a text with marks writes its periods with them: "thắng", "Nam" (south) are other words
    assert find_period_phrases("Đội bóng thang 3 nam 2025 giành chiến thắng") == []
    # "Ha Nam", "Quang Nam" typed without marks: the province's name, not a year
    assert find_period_phrases("Ha Nam 2025") == []
    assert [p.text for p in find_period_phrases("Tinh Quang Nam nam 2023 dat")] == ["nam 2023"]


def test_a_numbered_week_with_its_days_in_a_bracket_is_those_days():
    def spans(text: str, ref: int) -> list[tuple[str, dt.date, dt.date]]:
        return [(p.text, p.period.start, p.period.end) for p in find_period_phrases(text, ref) if p.period]

    # the week's days as the bracket says them, in the week's year (not the report's)
    assert spans("Tuần 38/2025 (từ 15/9 đến 21/9), xảy ra 4 vụ", 2026) == [
        ("Tuần 38/2025 (từ 15/9 đến 21/9)", dt.date(2025, 9, 15), dt.date(2025, 9, 21))]
    # (a week counted from another day than the calendar's Monday, over a year's end)
    assert spans("Tuần 1/2027 (từ 28/12 đến 03/01), xảy ra 4 vụ", 2026) == [
        ("Tuần 1/2027 (từ 28/12 đến 03/01)", dt.date(2026, 12, 28), dt.date(2027, 1, 3))]
    # near miss: days in the bracket no week's stay their own phrase
    assert [p.text for p in find_period_phrases("Tuần 38/2025 (từ 15/9 đến 30/10), xảy ra 4 vụ", 2025)] == [
        "Tuần 38/2025", "từ 15/9 đến 30/10"]


def test_the_year_after_a_year_the_sentence_named_is_that_years_next():
    def spans(text: str) -> list[tuple[str, str, dt.date]]:
        return [(p.text, p.kind, p.period.end) for p in find_period_phrases(text, 2026) if p.period]

    assert spans("Năm 2023, xã có 120 hộ nghèo, năm sau còn 95 hộ") == [
        ("Năm 2023", "year", dt.date(2023, 12, 31)), ("năm sau", "year", dt.date(2024, 12, 31))]
    # near misses: "năm tới" and a "năm sau" after the report's year, or in a sentence of its own, look ahead of the
    # report; a run of years named is no one year
    for text in ("Năm 2023 có 120 hộ nghèo, năm tới phấn đấu còn 90 hộ", "Năm 2026 có 120 hộ, năm sau phấn đấu 90 hộ",
                 "Năm 2023 có 120 hộ. Năm sau, phấn đấu còn 90 hộ",
                 "Năm 2021 - 2025 có 120 hộ, năm sau phấn đấu 90 hộ"):
        assert spans(text)[-1][1:] == ("target_year", dt.date(2027, 12, 31)), text


def test_the_year_before_or_after_that_one_the_sentence_named():
    def spans(text: str) -> list[tuple[str, dt.date]]:
        return [(p.text, p.period.end) for p in find_period_phrases(text, 2026) if p.period]

    assert spans("Năm 2021 trồng 300 ha rừng, năm trước đó 250 ha")[-1] == ("năm trước đó", dt.date(2020, 12, 31))
    assert spans("Năm 2021 trồng 300 ha rừng, năm sau đó 320 ha")[-1] == ("năm sau đó", dt.date(2022, 12, 31))
    # near misses: a run of years, or years counted off, after it; no year named before it
    for text in ("Năm 2021 trồng 300 ha rừng, những năm sau đó 320 ha", "Năm 2021 trồng 300 ha, ba năm sau đó 320 ha",
                 "Huyện trồng 300 ha rừng, năm sau đó 320 ha"):
        assert all(p.text.lower() != "năm sau đó" for p in find_period_phrases(text, 2026)), text


def test_the_year_before_that_one_opening_the_next_sentence_leans_on_the_year_named_there():
    said = find_period_phrases("Năm 2022 xã làm 40 km đường. Năm trước đó, xã làm 35 km.", 2026)
    assert [(p.text, p.period.end) for p in said][-1] == ("Năm trước đó", D(2021, 12, 31))
    # near miss: a bare "Năm sau" opening a sentence still looks ahead of the report
    [*_, ahead] = find_period_phrases("Năm 2022 xã làm 40 km đường. Năm sau, xã phấn đấu làm 50 km.", 2026)
    assert (ahead.kind, ahead.period.end) == ("target_year", D(2027, 12, 31))


@pytest.mark.parametrize(("text", "label"), [
    ("Tháng 7/2027 đón 90 khách; tháng trước đó đón 70 khách", "tháng 6 năm 2027"),
    ("Tháng 1 năm 2027 thu 8 tỷ đồng. Tháng trước đó, thu 6 tỷ đồng", "tháng 12 năm 2026"),
    ("Năm 2025, tháng 3 có 9 ca; tháng sau đó có 4 ca", "tháng 4 năm 2025"),
    ("Quý IV/2026 bán 5 tấn, quý sau đó bán 7 tấn", "quý I năm 2027"),
    ("Quý III xuất 5 tấn. Quý trước đó, xuất 4 tấn", "quý II năm 2027"),
])
def test_the_month_or_quarter_before_or_after_that_one_is_next_to_the_one_named(text: str, label: str) -> None:
    *_, that = find_period_phrases(text, 2027)
    assert "đó" in that.text and that.period.label == label
    # near misses: months counted back, no month named before, a month far back in another paragraph
    for other in ("Tháng 7 đón 90 khách, ba tháng trước đó đón 70 khách", "Tháng 7 đón 90 khách, 3 tháng trước đó 70",
                  "Huyện đón 90 khách; tháng trước đó đón 70 khách", "Tháng 7 đón 90 khách, gấp 2 lần tháng trước đó",
                  "Tháng 7 đón 90 khách.\nÝ kiến.\nTháng trước đó 70"):
        assert all("đó" not in p.text or p.period is None for p in find_period_phrases(other, 2027)), other


@pytest.mark.parametrize("text", ["Điểm PAPI 2023 của huyện đạt 44,1 điểm", "chỉ số DDCI 2023 xếp thứ 3",
                                  "Kết quả PAR INDEX 2023 là 88,4%"])
def test_an_index_named_with_its_bare_year_scores_that_year(text: str) -> None:
    [phrase] = find_period_phrases(text, 2024)
    assert (phrase.text, phrase.period.start, phrase.period.end) == ("2023", D(2023, 1, 1), D(2023, 12, 31))
    # near misses: a span of years after the name, the index's letters in lower case (a word, not the initials)
    for other in ("Điểm PAPI 2021-2023 tăng 2 điểm", "mã pci 2023 có 9 mục"):
        assert not find_period_phrases(other, 2024), other


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Tháng cuối quý, huyện thu 4 tỷ đồng", D(2027, 6, 1), D(2027, 6, 30)),
    ("Trong hai tháng đầu quý này, bán 9 tấn", D(2027, 4, 1), D(2027, 5, 31)),
    ("Riêng tháng đầu tiên của quý, có 5 ca", D(2027, 4, 1), D(2027, 4, 30)),
    ("Tổng hợp quý II năm\nTháng cuối quý có 5 ca", D(2027, 6, 1), D(2027, 6, 30)),
])
def test_the_first_or_last_months_of_the_reports_own_quarter(text: str, start: dt.date, end: dt.date) -> None:
    *_, phrase = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 6, 30), D(2027, 4, 1))
    assert (phrase.period.start, phrase.period.end) == (start, end)
    # near misses: months the report has not reached (a report of April), months counted before "tháng"
    *_, ahead = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 4, 30), D(2027, 4, 1))
    assert ahead.period is None or ahead.period.end <= D(2027, 4, 30)
    for counted in ("3 tháng đầu quý, bán 9 tấn", "Ba tháng cuối quý có 5 ca"):
        assert not find_period_phrases(counted, 2027), counted


@pytest.mark.parametrize("text", ["Dự kiến cuối năm 2028, huyện có 40 hợp tác xã", "Ước hết năm 2028, xã có 9 trường",
                                  "- Dự báo cuối năm 2028, đàn bò đạt 12.000 con"])
def test_a_years_end_reckoned_at_a_clause_head_is_a_stock_at_that_day(text: str) -> None:
    [phrase] = find_period_phrases(text, 2028)
    assert (phrase.kind, phrase.as_of) == ("as_of", D(2028, 12, 31))
    # near miss: the words reckoning it inside a clause, after its subject, are not the clause's head
    assert all(p.kind != "as_of" for p in find_period_phrases("Huyện dự kiến cuối năm 2028, có 40 xã", 2028))


def test_a_medium_term_plans_years_are_its_span() -> None:
    [phrase] = find_period_phrases("Vốn trung hạn 2031-2035 của huyện là 900 tỷ đồng", 2031)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("range", D(2031, 1, 1), D(2035, 12, 31))
    # near miss: "trung hạn" before a count, not a span of years
    assert not find_period_phrases("Nợ trung hạn 2031 tỷ đồng", 2031)


@pytest.mark.parametrize("text", ["Tính đến 31/01/2029 (hết thời gian giải ngân kế hoạch năm 2028), xã chi 9 tỷ đồng",
                                  "Đến hết ngày 31/1/2029, vốn kế hoạch năm 2028 giải ngân 9 tỷ đồng"])
def test_a_day_of_january_closing_the_plan_of_the_year_before_dates_that_year(text: str) -> None:
    day = find_period_phrases(text, 2029)[0]
    assert (day.as_of, day.period.start, day.period.end) == (D(2029, 1, 31), D(2028, 1, 1), D(2028, 12, 31))
    # near misses: the plan of the day's own year, a day of another month
    for other in (text.replace("2028", "2029"), text.replace("31/01", "30/6").replace("31/1/", "30/6/")):
        assert find_period_phrases(other, 2029)[0].period is None, other


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Cùng tháng năm trước, xã thu 4 tỷ đồng", D(2026, 5, 1), D(2026, 5, 31)),
    ("Cùng quý năm ngoái có 12 ca", D(2026, 4, 1), D(2026, 6, 30)),
    ("Tháng liền trước, xã thu 3 tỷ đồng", D(2027, 4, 1), D(2027, 4, 30)),
    ("Quý liền kề trước đạt 9 tấn", D(2027, 1, 1), D(2027, 3, 31)),
])
def test_the_same_part_a_year_back_or_the_one_right_before_opening_a_clause(text: str, start: dt.date,
                                                                            end: dt.date) -> None:
    [phrase] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 5, 31), D(2027, 5, 1))
    assert (phrase.period.start, phrase.period.end) == (start, end)
    # near miss: after "so với" it is the base compared with, no period of the figure
    said = with_the_documents_time(find_period_phrases("tăng 3% so với " + text[0].lower() + text[1:], 2027),
                                   D(2027, 5, 31), D(2027, 5, 1))
    assert all(p.period is None for p in said), said


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Từ ngày 16/8 - 15/9, xã có 4 vụ cháy", D(2027, 8, 16), D(2027, 9, 15)),
    ("từ ngày 01/5 – ngày 10/5 đón 800 khách", D(2027, 5, 1), D(2027, 5, 10)),
    ("Từ ngày 21/12 - 20/01, có 7 ca", D(2026, 12, 21), D(2027, 1, 20)),
])
def test_two_days_joined_by_a_dash_after_tu_ngay_are_the_days_between(text: str, start: dt.date, end: dt.date) -> None:
    [phrase] = find_period_phrases(text, 2027)
    assert (phrase.period.start, phrase.period.end) == (start, end)
    # near miss: without "ngày", two fractions joined by a dash
    assert not find_period_phrases("diện tích tăng từ 1/3 - 1/2", 2027)


def test_a_week_of_a_month_numbered_without_thu_is_its_seven_days() -> None:
    [phrase] = find_period_phrases("Tuần 2 tháng 3, huyện tiêm 900 liều", 2027)
    assert (phrase.period.start, phrase.period.end) == (D(2027, 3, 8), D(2027, 3, 14))
    # near miss: a week numbered in the year, two digits, then a month is no week of that month
    assert all(p.period.start.day == 1 for p in find_period_phrases("Tuần 11 tháng 3 có 9 ca", 2027))


def test_a_numbered_week_typed_without_marks_with_its_days_in_a_bracket():
    [p] = find_period_phrases("Tuan 38/2025 (tu 15/9 den 21/9), xay ra 4 vu", 2026)
    assert (p.period.start, p.period.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 21))


def test_a_titles_week_with_its_year_ending_its_line():
    [p] = find_period_phrases("Tình hình trật tự an toàn giao thông tuần 12/2027\n", 2027)
    assert (p.period.start, p.period.end) == (dt.date(2027, 3, 22), dt.date(2027, 3, 28))
    # near misses: a week without its year, or with words after it on its line, inside a sentence
    assert find_period_phrases("Tình hình trật tự an toàn giao thông tuần 12\n", 2027) == []
    assert find_period_phrases("họp giao ban tuần 12/2027 tại trụ sở", 2027) == []


def test_the_year_so_far_to_a_numbered_week_ends_on_that_weeks_sunday():
    for text, last in (("Lũy kế từ đầu năm đến tuần 31, có 233 ổ dịch", D(2026, 8, 2)),
                       ("Tính từ đầu năm đến hết tuần thứ 30, tiêu hủy 900 con lợn", D(2026, 7, 26)),
                       ("Cộng dồn đến tuần 32, ghi nhận 1.200 ca", D(2026, 8, 9)),
                       ("Tính đến hết tuần 32, ghi nhận 1.200 ca", D(2026, 8, 9)),
                       ("Tính tới tuần 30, ghi nhận 900 ca", D(2026, 7, 26))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end, p.as_of) == ("cumulative", D(2026, 1, 1), last, None), text
    [p] = find_period_phrases("Lũy kế đến tuần 45/2025, xảy ra 210 vụ", 2026)
    assert (p.period.start, p.period.end) == (D(2025, 1, 1), D(2025, 11, 9))
    # near misses: "from the year's start to now" stays the year so far; a week past the year's last, or a week
    # reached without the year's start or a running total, is no span
    [p] = find_period_phrases("Từ đầu năm đến nay, có 5 ca", 2026)
    assert p.kind == "year_to_date"
    assert find_period_phrases("Lũy kế từ đầu năm đến tuần 60, có 5 ca", 2026) == []
    assert all(p.kind != "cumulative" for p in find_period_phrases("dự kiến đến tuần 32, hoàn thành", 2026))
    assert all(p.kind != "cumulative" for p in find_period_phrases("từ tuần 28 đến tuần 32, có 40 ca", 2026))


def test_the_months_so_far_said_right_before_la():
    [p] = find_period_phrases("Số hộ kinh doanh đăng ký mới trong 8 tháng là 530 hộ", 2027)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 8, 31))
    # near miss: months as a length of time, no "là" or verb after them
    assert find_period_phrases("thời gian thi công trong 8 tháng kể từ ngày ký", 2027) == []


def test_three_quarters_listed_by_their_numerals_alone():
    phrases = find_period_phrases("Vốn đầu tư quý I, II, III năm 2026 đạt 9.100 tỷ đồng", 2026)
    assert [(p.kind, p.period.start) for p in phrases] == [("quarter", D(2026, 1, 1)), ("quarter", D(2026, 7, 1))]
    # near miss: numerals out of order are no list of quarters
    assert all(p.period.start.month != 4 for p in find_period_phrases("quý III, II, I năm 2026 đạt 5 tỷ", 2026))


def test_a_number_before_tháng_counts_months_and_is_no_months_number():
    # a headline closing "… trong 9 tháng" joined to a lead opening "9 tháng đầu năm 2025, …"
    phrases = find_period_phrases("Thu hút đầu tư khởi sắc trong 9 tháng  9 tháng đầu năm 2025, vốn tăng 8%", 2025)
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [("cumulative", D(2025, 1, 1), D(2025, 9, 30))]
    # a phrase never runs on past its line
    assert all(p.kind != "month" for p in find_period_phrases("Du lịch phục hồi trong tháng\n\n7 doanh nghiệp", 2025))
    # near misses: a month with its year, then a word "tháng", is still that month; a month before other words too
    [p] = find_period_phrases("Riêng tháng 9/2025 tháng cao điểm, đón 900 lượt khách", 2025)
    assert (p.kind, p.period.start) == ("month", D(2025, 9, 1))
    [p] = find_period_phrases("Trong tháng 9, toàn tỉnh đón 1.000 lượt khách", 2025)
    assert (p.kind, p.period.start) == ("month", D(2025, 9, 1))


def test_the_year_to_this_week_runs_to_the_end_of_the_bulletins_week():
    week_end = D(2026, 3, 15)
    for text in ("Từ đầu năm đến tuần này, toàn tỉnh có 410 ca mắc tay chân miệng",
                 "Tính từ đầu năm tới kỳ báo cáo, xảy ra 12 vụ cháy rừng"):
        [p] = with_the_documents_time(find_period_phrases(text, 2026), week_end, D(2026, 3, 9))
        assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2026, 1, 1), week_end), text
    # near miss: a numbered week is that week's end, not the bulletin's; "tuần này" alone is no span from the
    # year's start
    [p] = with_the_documents_time(find_period_phrases("Từ đầu năm đến tuần 8, có 300 ca", 2026), week_end)
    assert p.period.end == D(2026, 2, 22)
    assert all(p.kind != "cumulative" for p in with_the_documents_time(
        find_period_phrases("Trong tuần này, có 20 ca", 2026), week_end))


def test_a_clause_opening_on_the_month_or_year_before_or_this_month_before_its_verb():
    october = (D(2026, 10, 1), D(2026, 10, 31))
    phrases = with_the_documents_time(find_period_phrases(
        "Trong tháng, cấp 60 giấy phép; tháng trước có 52 giấy phép. Năm trước đạt 610 giấy phép.", 2026), october[1])
    assert [(p.period.start, p.period.end) for p in phrases] == [
        october, (D(2026, 9, 1), D(2026, 9, 30)), (D(2025, 1, 1), D(2025, 12, 31))]
    [p] = with_the_documents_time(find_period_phrases("Tháng trước là 9.000 lượt; tháng này ước đạt 9.800 lượt",
                                                      2026), october[1])[1:]
    assert (p.period.start, p.period.end) == october
    # near misses: the month before compared with, or not opening its clause, is no period of the figure
    assert [p.kind for p in find_period_phrases("CPI tăng 0,4% so với tháng trước có giá xăng tăng", 2026)] \
        == ["comparison"]
    assert find_period_phrases("Giá điện tháng này tăng", 2026) == []


def test_the_same_time_of_a_named_year_opening_a_clause_is_the_reports_months_of_that_year():
    end, start = D(2026, 9, 30), D(2026, 1, 1)
    [p] = with_the_documents_time(find_period_phrases("Cùng kỳ năm 2024, toàn tỉnh có 812 ca", 2026), end, start)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2024, 1, 1), D(2024, 9, 30))
    [p] = with_the_documents_time(find_period_phrases("Cùng kỳ năm trước có 790 ca", 2026), end, start)
    assert (p.period.start, p.period.end) == (D(2025, 1, 1), D(2025, 9, 30))
    # near miss: the same time of a year compared with is a base, not the figure's period
    [p] = with_the_documents_time(find_period_phrases("tăng 5% so với cùng kỳ năm 2024, đạt 900 ca", 2026), end, start)
    assert (p.kind, p.period) == ("comparison", None)


def test_whole_years_named_one_after_another_are_a_list():
    text = "Năm 2025 và năm 2026, tỉnh lần lượt đón 4,1 triệu lượt và 4,6 triệu lượt khách"
    run = listed_periods(text, find_period_phrases(text, 2026))
    assert [p.period.start.year for p in run] == [2025, 2026]
    # the later year first is a list too, read in the order said ("năm 2026 và năm 2025 tương ứng là …")
    text = "Năm 2026 và năm 2025, tỉnh lần lượt đón 4,6 và 4,1 triệu lượt khách"
    assert [p.period.start.year for p in listed_periods(text, find_period_phrases(text, 2026))] == [2026, 2025]
    # near misses: a year named twice is no list; a part of a year after a year opens a list of its own
    text = "Năm 2025 và năm 2025, tỉnh lần lượt đón 4,6 và 4,1 triệu lượt khách"
    assert len(listed_periods(text, find_period_phrases(text, 2026))) == 1
    text = "Năm 2025 và quý I/2026, tỉnh lần lượt đón 4,1 triệu và 1,2 triệu lượt khách"
    assert [p.kind for p in listed_periods(text, find_period_phrases(text, 2026))] == ["quarter"]


def test_bare_years_listed_after_a_year_named_are_each_a_year_of_the_list():
    text = "Thu hút vốn FDI những năm 2022, 2023 và 2024 tương ứng đạt 310, 285 và 402 triệu USD"
    run = listed_periods(text, find_period_phrases(text, 2026))
    assert [(p.period.start, p.period.end) for p in run] == [(D(y, 1, 1), D(y, 12, 31)) for y in (2022, 2023, 2024)]
    text = "Số ca mắc sốt xuất huyết năm 2025 và 2026 lần lượt là 940 ca và 610 ca"
    assert [p.period.start.year for p in listed_periods(text, find_period_phrases(text, 2026))] == [2025, 2026]
    text = "Tỷ lệ che phủ rừng các năm 2025, 2026 lần lượt là 54,1% và 54,6%"
    assert [p.period.start.year for p in listed_periods(text, find_period_phrases(text, 2026))] == [2025, 2026]
    # near misses: a count after a year and its comma; a range of years; a year not later than the one before
    assert [p.text for p in find_period_phrases("Năm 2026, 2031 hộ đã thoát nghèo", 2026)] == ["Năm 2026"]
    assert [p.kind for p in find_period_phrases("năm 2025 và 2026-2030 đạt", 2026)] == ["year"]
    assert len(find_period_phrases("các năm 2026 và 2024 lần lượt", 2026)) == 1


def test_spans_of_years_named_one_after_another_are_a_list():
    for text in ("Giai đoạn 2016-2020 và 2021-2025, vốn FDI lần lượt đạt 1,2 và 2,9 tỷ USD",
                 "Nhiệm kỳ 2016-2020 và giai đoạn 2021-2025, vốn FDI lần lượt đạt 1,2 và 2,9 tỷ USD"):
        run = listed_periods(text, find_period_phrases(text, 2026))
        assert [(p.period.start, p.period.end) for p in run] == [(D(2016, 1, 1), D(2020, 12, 31)),
                                                                 (D(2021, 1, 1), D(2025, 12, 31))], text
    # near misses: a bare span overlapping the one before; a year after a span opens a list of its own
    text = "Giai đoạn 2021-2025 và 2024-2028, vốn FDI lần lượt đạt 1,2 và 2,9 tỷ USD"
    assert len(listed_periods(text, find_period_phrases(text, 2026))) == 1
    text = "Giai đoạn 2021-2025 và năm 2026, vốn FDI lần lượt đạt 2,9 và 0,8 tỷ USD"
    assert [p.kind for p in listed_periods(text, find_period_phrases(text, 2026))] == ["year"]


def test_a_month_and_its_days_after_a_comma_in_one_bracket_are_the_days_of_the_label_before_it():
    from orchestration.extraction.periods import aside_in_brackets

    text = "Tai nạn lao động (tháng 3, từ 15/2 đến 14/3/2027): xảy ra 17 vụ, làm chết 2 người"
    [p] = find_period_phrases(text, 2026)
    assert (p.kind, p.period.start, p.period.end, p.explicit_year) == ("cumulative", D(2027, 2, 15), D(2027, 3, 14),
                                                                       True)
    assert not aside_in_brackets(text, p.start, text.index("17 vụ"))
    # near misses: a figure in the bracket is its own aside; a month and a day range of other months stay apart
    text = "Tai nạn lao động (tháng 3 tăng 4%, từ 15/2 đến 14/3/2027): xảy ra 17 vụ"
    assert aside_in_brackets(text, text.index("tháng 3"), text.index("17 vụ"))
    assert len(find_period_phrases("Tai nạn lao động (tháng 9, từ 15/2 đến 14/3/2027): xảy ra 17 vụ", 2027)) == 2


def test_the_months_so_far_said_before_la_and_a_number_are_the_year_so_far():
    [p] = find_period_phrases("Số dự án được cấp phép mới 8 tháng là 37 dự án", 2027)
    assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 8, 31))
    [p] = find_period_phrases("Chi thường xuyên 6 tháng là khoảng 2.150 tỷ đồng", 2027)
    assert (p.kind, p.period.end) == ("half", D(2027, 6, 30))
    # near misses: how long something lasts; "là" and no figure after it
    assert find_period_phrases("Hợp đồng thời hạn 9 tháng là 45 triệu đồng", 2027) == []
    assert find_period_phrases("Kết quả 9 tháng là tiền đề để hoàn thành kế hoạch", 2027) == []


def test_the_months_so_far_foreseen_or_estimated_are_the_year_so_far():
    # "N tháng dự kiến đạt ..." and "Dự kiến / Ước (tính) N tháng ..." opening a clause: January to month N
    for text in ("Vốn đầu tư công giải ngân 8 tháng dự kiến đạt 2.940 tỷ đồng.",
                 "Thu nội địa 8 tháng dự kiến 5.120 tỷ đồng.",
                 "Dự kiến 8 tháng chi thường xuyên đạt 3.300 tỷ đồng.",
                 "Ước tính 8 tháng, số doanh nghiệp thành lập mới là 640.",
                 "Tổng thu ngân sách đạt 900 tỷ đồng; ước 8 tháng thu nội địa đạt 6.200 tỷ đồng.",
                 "Ước thực hiện 8 tháng chi đầu tư đạt 1.700 tỷ đồng.", "Dự ước 8 tháng thu phí đạt 95 tỷ đồng.",
                 "Thuế 8 tháng dự ước sẽ đạt 2.050 tỷ đồng."):
        p = _one(text, 2027)
        assert (p.period.start, p.period.end) == (D(2027, 1, 1), D(2027, 8, 31)), text
    assert _one("Dự kiến 6 tháng tổng chi ngân sách đạt 7.010 tỷ đồng.", 2027).kind == "half"
    # near misses: the months left of the year, months ahead, an age, how long a work lasts, "dự kiến" inside a clause
    assert _one("Dự kiến 4 tháng cuối năm, thu ngân sách đạt 2.000 tỷ đồng.", 2027).period.start == D(2027, 9, 1)
    for text in ("Ước 6 tháng tới, tỉnh cần giải ngân thêm 1.900 tỷ đồng.", "Dự kiến 6 tháng tuổi, đàn bò xuất chuồng.",
                 "Gói thầu thi công 6 tháng dự kiến hoàn thành trong năm.",
                 "Công trình được dự kiến 6 tháng hoàn thành."):
        assert find_period_phrases(text, 2027) == [], text


def test_a_budget_foreseen_for_the_half_in_a_june_report_is_of_the_half():
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH LÂM ĐỒNG\nSố: 88/BC-UBND\nLâm Đồng, ngày 24 tháng 6 năm 2027\n\nBÁO CÁO\n"
            "Tình hình kinh tế - xã hội tháng 6 năm 2027\n\nƯớc 6 tháng chi đầu tư phát triển đạt 3.870 tỷ đồng.\n")
    rows = list(extract_document(text.encode(), "probe.txt").tables["budgets"].iter_rows(named=True))
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [(3.87e12, D(2027, 1, 1),
                                                                                 D(2027, 6, 30))]


def test_a_years_end_reckoned_ahead_of_the_reports_months_is_the_whole_year() -> None:
    # a half-year report of Lai Châu reckoning two figures to the year's end: the whole year, counted to its last day
    rows = indicator_rows("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
                          "Dự kiến đến cuối năm 2027, tỷ lệ hộ nghèo giảm còn 18,4%.\n"
                          "Ước tính đến hết năm 2027, toàn tỉnh có 61 xã đạt chuẩn nông thôn mới.\n"
                          "Tính đến ngày 20/6/2027, dư nợ tín dụng đạt 41.300 tỷ đồng.\n")
    periods = {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}
    whole = (D(2027, 1, 1), D(2027, 12, 31), D(2027, 12, 31))
    assert periods[18.4] == periods[61] == whole
    # near miss: a day of the report's own months keeps them, its day the as-of
    assert periods[41300e9] == (D(2027, 1, 1), D(2027, 6, 30), D(2027, 6, 20))
    # near miss: a day reckoned ahead that is no year's end keeps the report's months
    [ahead] = with_the_documents_time(find_period_phrases("dự kiến đến ngày 30/9/2027, dư nợ đạt", 2027),
                                      D(2027, 6, 30), D(2027, 1, 1))
    assert ahead.period is None and ahead.as_of == D(2027, 9, 30)


def test_the_years_end_or_whole_said_after_a_subject_before_its_reckoning_is_the_whole_year() -> None:
    # a quarter's report (Cà Mau) and a nine months' release (Bình Định): "cuối năm ước", "cả năm dự kiến"
    for head, line in (("quý III năm 2026", "Tỷ lệ hộ nghèo cuối năm ước còn 1,9%."),
                       ("quý III năm 2026", "Tỷ lệ hộ nghèo đến hết năm dự báo còn 1,9%."),
                       ("9 tháng năm 2026", "Sản lượng lương thực cả năm dự kiến đạt 705 nghìn tấn."),
                       ("9 tháng năm 2026", "Sản lượng thủy sản cả năm ước đạt 705 nghìn tấn.")):
        rows = indicator_rows(f"UBND TỈNH CÀ MAU\nBÁO CÁO\nTình hình kinh tế - xã hội {head}\n\n{line}\n")
        assert [(r["period_start"], r["period_end"]) for r in rows] == [(D(2026, 1, 1), D(2026, 12, 31))], line
    # near misses: the months left of the year, the year's plan as a base, a thing lasting to the year's end
    [left] = find_period_phrases("Doanh thu 3 tháng cuối năm ước đạt", 2026)
    assert (left.period.start, left.period.end) == (D(2026, 10, 1), D(2026, 12, 31))
    assert not find_period_phrases("bằng 70% kế hoạch cả năm ước", 2026)
    assert not find_period_phrases("Chương trình kéo dài đến hết năm, hỗ trợ 120 hộ", 2026)


def test_so_far_in_a_report_dated_well_inside_its_period_reaches_its_day() -> None:
    # a bulletin on the year's drought in Ninh Thuận signed in May: "từ đầu năm đến nay" is January to that day
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH NINH THUẬN\nBÁO CÁO\nTình hình hạn hán năm 2027\nNinh Thuận, ngày 12 tháng 5 năm 2027\n\n"
            "Từ đầu năm đến nay, hạn hán đã làm 1.250 ha lúa bị thiệt hại.\n")
    rows = list(extract_document(text.encode(), "ninh_thuan.txt").tables["disasters"].iter_rows(named=True))
    assert [(r["period_start"], r["period_end"]) for r in rows] == [(D(2027, 1, 1), D(2027, 5, 12))]
    since = find_period_phrases("từ ngày 01/3/2027 đến nay", 2027)
    [after] = with_the_documents_time(since, D(2027, 12, 31), D(2027, 1, 1), dated=D(2027, 5, 12))
    assert (after.period.start, after.period.end) == (D(2027, 3, 1), D(2027, 5, 12))
    # near misses: a year's report signed in its December reaches the year's end; no day given, the period's end
    so_far = find_period_phrases("Từ đầu năm đến nay, lượng mưa đạt", 2027)
    [december] = with_the_documents_time(so_far, D(2027, 12, 31), D(2027, 1, 1), dated=D(2027, 12, 10))
    [undated] = with_the_documents_time(so_far, D(2027, 12, 31), D(2027, 1, 1))
    assert december.period.end == undated.period.end == D(2027, 12, 31)


def test_a_season_so_far_in_a_report_dated_well_inside_its_period_reaches_its_day():
    # a report on the year's forest fires in Đắk Lắk signed in March: the dry season so far stops at that day
    # near misses: a season over by the report's day keeps its own end; one not yet begun at that day is read as
    # before, to the season's end; a report signed at its period's end reaches that end
    year = (D(2027, 1, 1), D(2027, 12, 31))
    for text, (start, end), dated, span in (
            ("Từ đầu mùa khô đến nay, xảy ra 7 vụ cháy rừng", year, D(2027, 3, 18), (D(2026, 11, 1), D(2027, 3, 18))),
            ("Mùa khô 2026-2027, toàn tỉnh có 7 vụ cháy", year, D(2027, 3, 18), (D(2026, 11, 1), D(2027, 3, 18))),
            ("Mùa khô 2026-2027, toàn tỉnh có 7 vụ cháy", year, D(2027, 6, 2), (D(2026, 11, 1), D(2027, 4, 30))),
            ("Mùa khô 2027-2028, toàn tỉnh có 7 vụ cháy", year, D(2027, 6, 2), (D(2027, 11, 1), D(2027, 12, 31))),
            ("Từ đầu mùa khô đến nay, xảy ra 7 vụ cháy rừng", (D(2027, 1, 1), D(2027, 3, 31)), D(2027, 3, 20),
             (D(2026, 11, 1), D(2027, 3, 31)))):
        [p] = with_the_documents_time(find_period_phrases(text, 2027), end, start, dated=dated)
        assert (p.period.start, p.period.end) == span, (text, dated)


def test_this_years_crop_season_is_the_reports_own_not_the_calendar_year():
    # "Vụ Hè Thu năm nay" is the season of the report's, as "vụ Hè Thu 2026" in a report of 2026 is: no year phrase
    for text in ("Vụ Hè Thu năm nay, đến nay nông dân đã xuống giống 41.000 ha", "Niên vụ năm nay, xuất khẩu 9 tấn",
                 "Vụ lúa Thu Đông năm nay, đã thu hoạch 6.200 ha"):
        assert all(p.kind != "year" for p in find_period_phrases(text, 2026)), text
    # near misses: "năm nay" alone and after another "vụ" stays the report's year
    for text in ("Năm nay, toàn huyện xuống giống 41.000 ha", "Vụ việc năm nay tăng 4 vụ"):
        assert [p.kind for p in find_period_phrases(text, 2026) if p.kind == "year"] == ["year"], text


def test_a_day_opening_the_clause_of_the_damage_it_saw_is_that_day():
    # a flash report from Quảng Bình: the day leads, the event and what it did follow the comma
    for text, day in (("Tin nhanh.\nNgày 03/11/2026, lốc xoáy làm 42 nhà dân bị tốc mái", D(2026, 11, 3)),
                      ("Mưa kéo dài. Ngày 4/11, sạt lở đất đã làm 2 người mất tích", D(2026, 11, 4))):
        days = [p for p in find_period_phrases(text, 2026) if p.kind == "day"]
        assert [(p.period.start, p.period.end) for p in days] == [(day, day)], text
    # near misses: the day of an act that tells of other figures; a paper's day in the clause; a day a span runs from
    for text in ("Tin.\nNgày 12/4/2026, UBND tỉnh tổ chức hội nghị với 300 đại biểu",
                 "Căn cứ Quyết định ngày 15/8, mưa lớn làm 3 người chết",
                 "Mưa từ ngày 15/8, nước lũ làm 3 người chết"):
        assert all(p.kind != "day" for p in find_period_phrases(text, 2026)), text


def test_an_earlier_events_day_after_an_opening_aside_is_that_day():
    # a monthly disaster brief tells of an earlier or later spell after a short aside and its comma, or after "vào"
    for text, day in (("Tin.\nTrước đó, ngày 9/6, lũ quét làm 4 nhà bị cuốn trôi", D(2027, 6, 9)),
                      ("Tin.\nSau đó, vào chiều 12/6, dông lốc làm 15 nhà tốc mái", D(2027, 6, 12)),
                      ("Tin.\nCũng trong tháng, ngày 21/6/2027, sạt lở làm 1 người bị thương", D(2027, 6, 21))):
        days = [p for p in find_period_phrases(text, 2027) if p.kind == "day"]
        assert [(p.period.start, p.period.end) for p in days] == [(day, day)], text
    # near misses: a day the spell runs from after the aside; a long clause before the comma is no aside
    for text in ("Tin.\nTrước đó, từ ngày 9/6, lũ làm 4 nhà bị cuốn trôi",
                 "Tin.\nMưa lớn kéo dài trên diện rộng nhiều ngày, ngày 9/6, lũ làm 4 nhà bị cuốn trôi"):
        assert all(p.kind != "day" for p in find_period_phrases(text, 2027)), text


def test_the_structure_of_a_named_year_is_of_the_whole_year():
    # a fourth-quarter release gives the year's shares of output: the year, not the quarter
    for text in ("Cơ cấu kinh tế năm 2027 có khu vực dịch vụ chiếm 41,2%",
                 "Về cơ cấu GRDP năm 2027, dịch vụ chiếm 41,2%"):
        [p] = [p for p in find_period_phrases(text, 2027) if p.period is not None]
        assert (p.kind, p.period.start, p.period.end) == ("whole_year", D(2027, 1, 1), D(2027, 12, 31)), text
    # near misses: a restructuring, and a year of another subject, stay a year said
    for text in ("Đề án cơ cấu lại ngành nông nghiệp năm 2027 có 12 nội dung", "Dân số năm 2027 có 41 nghìn người"):
        assert [p.kind for p in find_period_phrases(text, 2027)] == ["year"], text


def test_the_year_money_is_carried_over_out_of_is_no_period():
    # capital carried over into the report's year, the year it goes to unsaid: spent now, not in the year it came from
    for text in ("Vốn kéo dài từ năm 2026 sang đã giải ngân 41 tỷ đồng",
                 "Vốn năm 2026 được phép kéo dài thời gian thực hiện sang giải ngân 41 tỷ đồng",
                 "Nguồn chuyển nguồn từ năm 2026 sang chi 41 tỷ đồng"):
        assert all(p.kind != "year" for p in find_period_phrases(text, 2027)), text
    # near misses: a change of crops in a year, and the year it goes to said, keep their years
    assert [p.period.start.year for p in find_period_phrases("Năm 2026 chuyển sang trồng cam 41 ha", 2027)] == [2026]
    said = find_period_phrases("Vốn năm 2026 kéo dài sang năm 2027 giải ngân 41 tỷ đồng", 2027)
    assert [p.period.start.year for p in said if p.period is not None] == [2026, 2027]


def test_months_counted_before_what_they_got_are_the_year_so_far():
    # a commune's monthly report sums its months: "N tháng được <amount>"
    for text in ("Thu thuế 8 tháng được 1.204 triệu đồng", "Tiêm phòng 8 tháng được khoảng 950 liều"):
        [p] = [p for p in find_period_phrases(text, 2027) if p.period is not None]
        assert (p.kind, p.period.start, p.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 8, 31)), text
    # near misses: a length a thing lasts before "được" and words, no months so far
    for text in ("Dự án kéo dài 8 tháng được phê duyệt năm nay", "Lợn nuôi 8 tháng được xuất chuồng"):
        assert all(p.kind != "cumulative" for p in find_period_phrases(text, 2027)), text


def test_a_seasons_months_in_a_bracket_after_it_are_its_months():
    # a forest ranger's report gives its own months of the dry season, a month off the table's November to April
    for text, span in (("Mùa khô năm 2027 (từ tháng 12/2026 đến tháng 4/2027), xảy ra 5 vụ cháy rừng",
                        (D(2026, 12, 1), D(2027, 4, 30))),
                       ("Mùa khô 2026-2027 (từ tháng 11 đến tháng 3), có 5 vụ cháy", (D(2026, 11, 1), D(2027, 3, 31)))):
        [p] = [p for p in find_period_phrases(text, 2027) if p.period is not None]
        assert (p.kind, p.period.start, p.period.end) == ("season_so_far", *span), text
    # near miss: a bracket of months far from the season's is an aside of its own
    phrases = find_period_phrases("Mùa khô năm 2027 (từ tháng 6 đến tháng 8/2027), có 5 vụ cháy", 2027)
    assert [p.period.start for p in phrases] == [D(2026, 11, 1), D(2027, 6, 1)]


def test_a_total_over_spells_told_before_it_spans_their_days():
    text = ("Tin.\nNgày 4/7, dông lốc làm 6 nhà tốc mái. Đêm 19/7, lũ quét làm 2 người chết; sáng 19/7 lũ cuốn trôi 3 "
            "cầu. Tính chung hai đợt, thiên tai làm 9 nhà bị hư hỏng.")
    summed = [p for p in find_period_phrases(text, 2027) if p.text.startswith("Tính chung")]
    assert [(p.kind, p.period.start, p.period.end) for p in summed] == [("cumulative", D(2027, 7, 4), D(2027, 7, 19))]
    # near misses: fewer spells dated before it than it sums, and a count of spells that is a figure, give no phrase
    for text in ("Tin.\nNgày 4/7, dông lốc làm 6 nhà tốc mái. Tính chung ba đợt, 9 nhà bị hư hỏng.",
                 "Tin.\nNgày 4/7, lốc làm 6 nhà tốc mái. Ngày 9/7, lũ làm 2 người chết. Tỉnh tổ chức 3 đợt cứu trợ."):
        assert all(not p.text.lower().startswith(("tính", "cả")) for p in find_period_phrases(text, 2027)), text


def test_days_joined_by_dashes_alone_in_a_bracket_are_its_span():
    # holiday news gives the days off with dashes in a bracket, "ngày" and their year unsaid
    for text, span in (("Dịp nghỉ lễ năm 2027 (từ 30-4 đến 3-5), tỉnh đón 61.000 lượt khách",
                        (D(2027, 4, 30), D(2027, 5, 3))),
                       ("Kỳ nghỉ Tết Dương lịch (từ 31-12 đến 2-1) có 9.000 lượt khách",
                        (D(2026, 12, 31), D(2027, 1, 2)))):
        [p] = [p for p in find_period_phrases(text, 2027) if p.period is not None]
        assert (p.period.start, p.period.end) == span, text
    # near misses: a range of counts in a bracket with its unit, and the days outside a bracket, are no span
    for text in ("Năng suất (từ 3-5 đến 7-8 tấn/ha), tăng 2 tấn", "Từ 3-5 đến 7-8, có 9 hộ"):
        assert all(p.kind != "cumulative" for p in find_period_phrases(text, 2027)), text


def test_a_day_of_tet_with_its_solar_day_in_brackets_is_that_day():
    for text, day in (("Tin.\nChiều mùng 3 Tết Bính Ngọ (ngày 19/2/2026), khu du lịch đón 8.000 lượt khách",
                       D(2026, 2, 19)),
                      ("Tin.\nMùng 2 Tết (18/2), chợ hoa bán 900 chậu", D(2026, 2, 18))):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period.start, p.period.end) == ("day", day, day), text
    # near miss: a day of Tết a span runs from is no one day
    assert all(p.kind != "day" for p in find_period_phrases("Tin.\nTừ mùng 1 Tết (17/2) đến nay, đón 9 lượt", 2026))


def test_a_month_closing_a_headline_is_a_month_whatever_the_next_line_opens_on():
    # a news headline ends on its month; the lead below opens on "Tháng …"
    text = "Tỉnh bán 900 tấn vải trong tháng 7\n\nTháng 7/2027, thương lái mua 900 tấn vải."
    phrases = find_period_phrases(text, 2027)
    assert [(p.kind, p.text) for p in phrases] == [("month", "tháng 7"), ("month", "Tháng 7/2027")]
    # near miss: a number before "tháng" on its own line counts the months after it
    phrases = find_period_phrases("Tỉnh bán 900 tấn vải trong tháng 7 tháng đầu năm", 2027)
    assert [(p.kind, p.text) for p in phrases] == [("cumulative", "7 tháng đầu năm")]


def test_the_days_bracketed_after_an_occasions_long_name_are_the_occasions():
    rows = indicator_rows("UBND TỈNH HÀ GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2027\n\n"
                          "Dịp nghỉ lễ Giỗ Tổ Hùng Vương và Ngày Giải phóng (từ 26/4 đến 3/5), "
                          "khu du lịch đón 42.000 lượt khách.\n"
                          # near miss: a bracket of days after a subject, no occasion named, is an aside
                          "Các khách sạn lớn của thành phố (từ 1/5 đến 3/5) có 9.100 lượt khách lưu trú.\n")
    assert sorted((r["value"], r["period_start"], r["period_end"]) for r in rows) == [
        (9100, D(2027, 5, 1), D(2027, 5, 31)), (42000, D(2027, 4, 26), D(2027, 5, 3))]


def test_a_days_damage_said_by_its_kind_before_the_count_is_of_that_day():
    # a flash report says what the spell did between its verb and the count
    for text in ("Tin.\nNgày 8/6, lốc xoáy làm tốc mái 17 nhà", "Tin.\nNgày 8/6, mưa lớn gây thiệt hại 12 ha lúa",
                 "Tin.\nNgày 8/6, dông lốc đã làm hư hỏng 6 phòng học"):
        assert [(p.kind, p.period.start) for p in find_period_phrases(text, 2027)] == [("day", D(2027, 6, 8))], text
    # near misses: a day of other acts, words between the verb and the count that tell of no damage
    for text in ("Tin.\nNgày 8/6, đoàn công tác làm việc với 3 sở", "Tin.\nNgày 8/6, xã làm mới 3 km đường"):
        assert find_period_phrases(text, 2027) == [], text


def test_a_days_spell_named_with_where_it_struck_is_of_that_day():
    text = "Tin.\nNgày 8/6, mưa đá kèm gió giật mạnh ở xã Nậm Cắn làm 17 nhà tốc mái"
    assert [(p.kind, p.period.start) for p in find_period_phrases(text, 2027)] == [("day", D(2027, 6, 8))]
    # near miss: a long clause of an act, no cause's verb before the count
    assert find_period_phrases("Tin.\nNgày 8/6, đoàn công tác của tỉnh đến thăm và tặng 17 suất quà", 2027) == []


def test_a_days_event_after_its_place_said_at_length_is_of_that_day():
    text = ("Tin.\nKhoảng 21h ngày 9/5, tại quán cà phê số 12 đường Trần Phú, phường Hòa Bình, tỉnh Hà Tĩnh xảy ra vụ "
            "cháy khiến 2 người bị thương")
    assert [(p.kind, p.period.start) for p in find_period_phrases(text, 2027)] == [("day", D(2027, 5, 9))]
    # near miss: a sentence of an act, however long, with no cause's verb before the count
    text = "Tin.\nNgày 9/5, tại hội trường phường Hòa Bình, tỉnh Hà Tĩnh, đoàn công tác trao 40 suất quà"
    assert find_period_phrases(text, 2027) == []


def test_the_time_of_an_occasion_said_back_is_the_days_it_was_named_with():
    text = ("Hội chợ nông sản diễn ra từ ngày 3 đến 7/10/2027 đón 40.000 lượt khách. "
            "Trong những ngày diễn ra hội chợ, doanh thu đạt 12 tỷ đồng.")
    back = [p for p in find_period_phrases(text, 2027) if p.text.startswith("Trong")]
    assert [(p.kind, p.period.start, p.period.end) for p in back] == [("day", D(2027, 10, 3), D(2027, 10, 7))]
    # near misses: another period said between; only one day named before (an opening day, not the occasion's span)
    for other in (text.replace("lượt khách. ", "lượt khách. Quý III/2027, tỉnh đón 90.000 lượt khách. "),
                  text.replace("từ ngày 3 đến 7/10/2027", "ngày 3/10/2027")):
        assert not [p for p in find_period_phrases(other, 2027) if p.text.startswith("Trong")], other


def test_what_one_operation_caught_on_its_day_is_of_that_day():
    for text in ("Tin.\nNgày 3/9, Công an huyện bắt quả tang 2 đối tượng",
                 "Tin.\nNgày 3/9, đội kiểm soát thu giữ 40 kg pháo"):
        assert [(p.kind, p.period.start) for p in find_period_phrases(text, 2027)] == [("day", D(2027, 9, 3))], text
    # near miss: the catch told on that day, a verb of telling before it (what was caught over a longer time)
    assert find_period_phrases("Tin.\nNgày 3/9, Công an huyện cho biết đã bắt giữ 52 đối tượng", 2027) == []


def test_a_days_damage_with_its_hour_said_first_is_of_that_day():
    for text in ("Tin.\nKhoảng 17 giờ ngày 8/6, dông lốc làm 11 nhà tốc mái",
                 "Tin.\nTrước đó, vào khoảng 5h ngày 8/6, lũ quét làm 2 người mất tích"):
        assert [(p.kind, p.period.start) for p in find_period_phrases(text, 2027)] == [("day", D(2027, 6, 8))], text
    # near miss: an hour a span runs from is no day of the damage
    assert find_period_phrases("Tin.\nMưa từ 17 giờ ngày 8/6, dông làm 11 nhà tốc mái", 2027) == []


def test_the_evening_of_a_days_damage_is_that_day_not_a_day_counted_to():
    for text in ("Tin.\nTối 8/6, lốc xoáy làm 11 nhà tốc mái",
                 "Tin.\nSau đó, chiều tối 8/6, mưa đá làm 4 ha lúa bị dập nát"):
        assert [(p.kind, p.period.start, p.as_of) for p in find_period_phrases(text, 2027)] == [
            ("day", D(2027, 6, 8), None)], text
    # near miss: "tới", a day counted to, as before
    [p] = find_period_phrases("Tin.\nTính tới 8/6, toàn tỉnh có 11 hợp tác xã", 2027)
    assert (p.kind, p.as_of) == ("as_of", D(2027, 6, 8))


def test_months_counted_of_the_year_before_said_after_their_year():
    # a half-year report of 2026 in Sơn La looks back: "năm trước" / "năm ngoái" after the months' "năm"
    for text, span in (("Nửa đầu năm trước, thu ngân sách đạt 2.100 tỷ đồng", (D(2025, 1, 1), D(2025, 6, 30))),
                       ("Lũy kế 5 tháng năm ngoái, thu hút 9 dự án", (D(2025, 1, 1), D(2025, 5, 31))),
                       ("Bảy tháng đầu năm trước, xuất khẩu đạt 90 triệu USD", (D(2025, 1, 1), D(2025, 7, 31))),
                       ("2 tháng cuối năm trước, giải ngân đạt 800 tỷ đồng", (D(2025, 11, 1), D(2025, 12, 31)))):
        [p] = [p for p in find_period_phrases(text, 2026) if p.period is not None]
        assert (p.period.start, p.period.end) == span, text
    # near misses: a comma before "trước" (another word), "trước nữa" (two years back), the year written
    for text, year in (("6 tháng đầu năm, trước nhiều khó khăn, thu đạt 9 tỷ đồng", 2026),
                       ("6 tháng đầu năm trước nữa, thu đạt 9 tỷ đồng", 2026),
                       ("6 tháng đầu năm 2024, thu đạt 9 tỷ đồng", 2024)):
        [p] = [p for p in find_period_phrases(text, 2026) if p.period is not None]
        assert p.period.start == D(year, 1, 1), text


def test_the_quarter_before_opening_a_clause_is_the_one_before_the_reports_last():
    # a report of the second quarter in Lâm Đồng and one of October: "Quý trước" is the first quarter, the third
    for (start, end), span in (((D(2026, 4, 1), D(2026, 6, 30)), (D(2026, 1, 1), D(2026, 3, 31))),
                               ((D(2026, 10, 1), D(2026, 10, 31)), (D(2026, 7, 1), D(2026, 9, 30))),
                               ((D(2027, 1, 1), D(2027, 3, 31)), (D(2026, 10, 1), D(2026, 12, 31)))):
        said = find_period_phrases("Quý trước, toàn tỉnh thu hút 14 dự án", end.year)
        [p] = with_the_documents_time(said, end, start)
        assert (p.kind, p.period.start, p.period.end) == ("quarter", *span), end
    # near misses: the quarter before as a base; inside a clause after its subject
    based = find_period_phrases("Thu hút 14 dự án, tăng 3 dự án so với quý trước", 2026)
    assert all(p.kind != "quarter" for p in based)
    assert not find_period_phrases("Số dự án quý trước, toàn tỉnh có 14", 2026)


def test_the_week_before_opening_a_clause_of_a_weeks_bulletin():
    # a weekly bulletin on dengue in Bình Dương, week of 12-18/10: "Tuần trước" is 5-11/10
    said = find_period_phrases("Tuần trước, ghi nhận 135 ca sốt xuất huyết", 2026)
    [p] = with_the_documents_time(said, D(2026, 10, 18), D(2026, 10, 12))
    assert (p.period.start, p.period.end) == (D(2026, 10, 5), D(2026, 10, 11))
    # near misses: a report of a month has no week of its own to go back from; the week before as a base
    [month] = with_the_documents_time(said, D(2026, 10, 31), D(2026, 10, 1))
    assert month.period is None
    assert all(p.period is None for p in find_period_phrases("Ghi nhận 120 ca, giảm 15 ca so với tuần trước", 2026))


def test_a_bracket_opening_on_the_week_before_is_the_week_before_the_one_said() -> None:
    text = "Tuần 20 (17-23/5/2027), toàn tỉnh có 42 ca tay chân miệng (tuần trước 37 ca)."
    # the week before the week its sentence names, whatever the report's period
    before = find_period_phrases(text, 2027)[1]
    assert (before.period.start, before.period.end) == (D(2027, 5, 10), D(2027, 5, 16))
    # no week said before it in its sentence: the week before the report's when that is a week; in a report of a
    # month, no week to go back from
    alone = find_period_phrases("Tuần 19, có 30 ca.\nToàn tỉnh có 42 ca (tuần trước 37 ca).", 2027)[1:]
    assert [p.kind for p in alone] == ["week_before"]
    [weekly] = with_the_documents_time(alone, D(2027, 5, 23), D(2027, 5, 17))
    assert (weekly.period.start, weekly.period.end) == (D(2027, 5, 10), D(2027, 5, 16))
    assert with_the_documents_time(alone, D(2027, 5, 31), D(2027, 5, 1))[0].period is None


def test_a_week_whose_days_the_text_states_has_them_wherever_its_number_is_said() -> None:
    text = ("Tuần 14: Bình Phước có 20 ca sởi\n\nTheo CDC, tuần 14 năm 2027 (1/4 - 7/4/2027) tỉnh có 20 ca sởi. "
            "Tay chân miệng: tuần 14 có 17 ca.")
    said = find_period_phrases(text, 2027)
    assert [(p.text, p.period.start, p.period.end) for p in said] == [
        ("Tuần 14", D(2027, 4, 1), D(2027, 4, 7)), ("năm 2027 (1/4 - 7/4/2027)", D(2027, 4, 1), D(2027, 4, 7)),
        ("tuần 14", D(2027, 4, 1), D(2027, 4, 7))]
    # near misses: another week's number keeps the calendar's week; a number said bare of no stated week is none
    other = find_period_phrases(text.replace("Tuần 14:", "Tuần 13:").replace("tuần 14 có", "tuần 13 có"), 2027)
    assert [(p.text, p.period.start) for p in other] == [
        ("Tuần 13", D(2027, 3, 29)), ("năm 2027 (1/4 - 7/4/2027)", D(2027, 4, 1))]
    # a week said with its year and no days: its number said bare in the headline is that week
    dated = find_period_phrases("Số ca sởi tuần 14 tăng 9%\n\nTrong tuần 14/2027, tỉnh có 20 ca sởi.", 2027)
    assert [(p.text, p.period.start, p.period.end) for p in dated] == [
        ("tuần 14", D(2027, 4, 5), D(2027, 4, 11)), ("Trong tuần 14/2027", D(2027, 4, 5), D(2027, 4, 11))]


def test_the_year_so_far_said_after_a_week_runs_to_that_weeks_end() -> None:
    text = ("Trong tuần 27/2027 (từ ngày 5 đến 11/7/2027), tỉnh ghi nhận 96 ca sốt xuất huyết. "
            "Cộng dồn từ đầu năm đến nay, toàn tỉnh có 1.840 ca.")
    said = find_period_phrases(text, 2027)
    assert said[-1].kind == "year_to_date"  # (no period a report is on: placement reads the week)
    # in a report of the whole year, or of the month, the year to the week's Sunday
    for start, end in ((D(2027, 1, 1), D(2027, 12, 31)), (D(2027, 7, 1), D(2027, 7, 31))):
        so_far = with_the_documents_time(said, end, start)[-1]
        assert (so_far.kind, so_far.period.start, so_far.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 7, 11))
    # a week said by days of its own, in the paragraph before, the same way
    fridays = text.replace("từ ngày 5 đến 11/7/2027", "từ ngày 4 đến 11/7/2027").replace(". Cộng", ".\nCộng")
    assert find_period_phrases(fridays, 2027)[-1].period.start == D(2027, 1, 1)
    # near misses: a week far before it, or no week before it, leaves the report's year so far
    for other in (text.replace(". Cộng", ". " + "Tỉnh tăng cường phun hóa chất diệt muỗi. " * 20 + "Cộng"),
                  "Tháng 7/2027, có 300 ca. Cộng dồn từ đầu năm đến nay, có 18 ca."):
        so_far = with_the_documents_time(find_period_phrases(other, 2027), D(2027, 7, 31), D(2027, 7, 1))[-1]
        assert (so_far.period.start, so_far.period.end) == (D(2027, 1, 1), D(2027, 7, 31)), other


def test_this_week_said_bare_is_the_week_said_before_it_or_the_reports() -> None:
    text = ("Trong tuần 27/2027 (từ ngày 5 đến 11/7/2027), tỉnh ghi nhận 96 ca sốt xuất huyết. "
            "Cộng dồn từ đầu năm, có 1.840 ca. Trong tuần, ngành y tế xử lý 14 ổ dịch.")
    week = find_period_phrases(text, 2027)[-1]
    assert (week.kind, week.period.start, week.period.end) == ("day", D(2027, 7, 5), D(2027, 7, 11))
    # none said before it: the report's week when the report is of one week, else none
    [alone] = find_period_phrases("Trong tuần qua, ngành y tế xử lý 14 ổ dịch.", 2027)
    [weekly] = with_the_documents_time([alone], D(2027, 7, 11), D(2027, 7, 5))
    assert (weekly.period.start, weekly.period.end) == (D(2027, 7, 5), D(2027, 7, 11))
    assert with_the_documents_time([alone], D(2027, 7, 31), D(2027, 7, 1))[0].period is None
    # near misses: a week named, to come, or a word that folds the same is no week of the report's
    for other in ("Trong tuần tới, tiêm 500 liều.", "trong tuân thủ quy định có 3 vụ", "Trong tuần lễ hội có 9 đoàn",
                  "Trong tuần (5 - 11/7/2027), có 9 ca"):
        assert all(p.kind != "this_week" for p in find_period_phrases(other, 2027)), other


def test_a_running_total_from_the_start_of_the_reports_year_named_to_now_is_the_year_so_far() -> None:
    for lead in ("Tích lũy", "Lũy kế", "Cộng dồn"):
        said = find_period_phrases(f"{lead} từ đầu năm 2027 đến nay, tỉnh có 940 ca sởi.", 2027)
        assert [p.kind for p in said] == ["year_to_date"], lead


def test_a_dry_season_named_by_the_year_it_closes_in_is_its_months():
    # one year after a season over the new year: the season closing in that year, not the calendar year
    text = "Kết quả phòng cháy mùa khô năm 2027\n\nToàn tỉnh có 4 vụ cháy rừng"
    assert _span_at_the_reports_end(text, D(2027, 6, 30)) == (D(2026, 11, 1), D(2027, 4, 30))
    assert _span_at_the_reports_end("Trong mùa khô 2027, có 4 vụ cháy", D(2027, 2, 28)) == (
        D(2026, 11, 1), D(2027, 2, 28))
    # near misses: a season inside one year stays the year; a base compared with stays a base
    assert _span_at_the_reports_end("Mùa mưa lũ năm 2027, có 9 người chết", D(2027, 12, 31)) == (
        D(2027, 1, 1), D(2027, 12, 31))
    assert [p.kind for p in find_period_phrases("so với mùa khô năm 2026, tăng 3 vụ", 2027)] == ["comparison"]


def test_the_dry_season_so_far_named_by_its_years():
    # a report of the first half of 2026 in Bình Phước signed in March: the season named is November to that day
    for text in ("Từ đầu mùa khô năm 2026 đến nay, xảy ra 5 vụ cháy rừng",
                 "Từ đầu mùa khô 2025-2026 đến nay, xảy ra 5 vụ cháy rừng"):
        [p] = with_the_documents_time(find_period_phrases(text, 2026), D(2026, 6, 30), D(2026, 1, 1),
                                      dated=D(2026, 3, 16))
        assert (p.period.start, p.period.end) == (D(2025, 11, 1), D(2026, 3, 16)), text
    # near misses: a season named that closed before keeps its own end; one not yet opened leaves the phrase unread
    [closed] = with_the_documents_time(find_period_phrases("Từ đầu mùa khô năm 2026 đến nay, có 5 vụ", 2026),
                                       D(2026, 9, 30), D(2026, 7, 1))
    assert (closed.period.start, closed.period.end) == (D(2025, 11, 1), D(2026, 4, 30))
    [ahead] = with_the_documents_time(find_period_phrases("Từ đầu mùa khô năm 2027 đến nay, có 5 vụ", 2026),
                                      D(2026, 6, 30), D(2026, 1, 1))
    assert ahead.period is None



def test_the_year_gone_in_a_report_of_the_years_first_months_is_the_year_before():
    # a report of January 2027 in Lạng Sơn: "Năm qua" is 2026, the year just closed
    said = find_period_phrases("Năm qua, toàn tỉnh có 120 doanh nghiệp thành lập mới", 2027)
    [p] = with_the_documents_time(said, D(2027, 1, 31), D(2027, 1, 1))
    assert (p.period.start, p.period.end) == (D(2026, 1, 1), D(2026, 12, 31))
    [q1] = with_the_documents_time(said, D(2027, 3, 31), D(2027, 1, 1))
    assert q1.period.end == D(2026, 12, 31)
    # near misses: a report of the whole year or of its later months keeps its own year; "năm nay" stays the report's
    for start, end in ((D(2027, 1, 1), D(2027, 12, 31)), (D(2027, 1, 1), D(2027, 6, 30))):
        [own] = with_the_documents_time(said, end, start)
        assert own.period.end == D(2027, 12, 31), end
    [now] = with_the_documents_time(find_period_phrases("Năm nay, có 120 doanh nghiệp", 2027), D(2027, 1, 31),
                                    D(2027, 1, 1))
    assert now.period.end == D(2027, 12, 31)


def test_a_part_of_a_year_after_more_or_fewer_than_is_the_base_compared_with():
    # every comparative of the table before "hơn", and bases that are months so far, a quarter or a half
    for text in ("Có 86 xã đạt chuẩn, nhiều hơn năm 2027 là 9 xã",
                 "Xảy ra 64 vụ cháy, ít hơn 6 tháng đầu năm 2027 là 5 vụ",
                 "Thu đạt 900 tỷ đồng, cao hơn quý IV/2027 là 75 tỷ đồng",
                 "Sản lượng 12 nghìn tấn, nhỏ hơn 9 tháng năm 2027 là 400 tấn"):
        assert [p.kind for p in find_period_phrases(text, 2028)] == ["comparison"], text
    # near misses: a part of a year after "hơn" alone (over), or after a comparative with no "hơn", is its period
    p = _one("Đã có hơn 6 tháng đầu năm 2027 không xảy ra cháy", 2028)
    assert (p.kind, p.period.start, p.period.end) == ("half", D(2027, 1, 1), D(2027, 6, 30))
    p = _one("Giá cao quý IV/2027 làm thu tăng 12 tỷ đồng", 2028)
    assert (p.kind, p.period.start) == ("quarter", D(2027, 10, 1))


def test_a_figure_after_fewer_than_an_earlier_part_takes_the_sentences_own_period():
    rows = indicator_rows("Tình hình kinh tế - xã hội 9 tháng năm 2027\n"
                          "Tai nạn giao thông 9 tháng xảy ra 61 vụ, ít hơn 6 tháng đầu năm 2026 là 4 vụ.\n")
    gap = next(r for r in rows if r["value"] in (4, -4))
    assert (gap["period_start"], gap["period_end"]) == (D(2027, 1, 1), D(2027, 9, 30))


def test_a_crop_year_estimated_is_the_whole_crop_year():
    # the crop year just opened at the report's end, its output estimated: October to the September after
    for text in ("Sản lượng điều niên vụ 2027-2028 ước đạt 41,2 nghìn tấn",
                 "Niên vụ 2027-2028, sản lượng cà phê dự ước 290 nghìn tấn"):
        [p] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 11, 30), D(2027, 11, 1))
        assert (p.period.start, p.period.end) == (D(2027, 10, 1), D(2028, 9, 30)), text
    # near miss: the crop year without an estimate (or an estimate after its figure) is its months so far
    for text in ("Niên vụ 2027-2028, xuất khẩu 41,2 nghìn tấn", "Niên vụ 2027-2028 xuất 41 tấn, ước tăng 3%"):
        [p] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 11, 30), D(2027, 11, 1))
        assert (p.period.start, p.period.end) == (D(2027, 10, 1), D(2027, 11, 30)), text


def test_a_figure_of_the_earlier_year_listed_second_takes_that_year():
    rows = indicator_rows("Báo cáo tình hình kinh tế - xã hội năm 2027\n"
                          "Thu nhập bình quân đầu người năm 2027 và năm 2026 tương ứng là 71 triệu đồng và 66 triệu "
                          "đồng.\n")
    years = {r["value"]: r["period_start"].year for r in rows if r["unit"] == "VND"}
    assert years == {71e6: 2027, 66e6: 2026}


def test_the_same_time_listed_after_a_part_of_a_year_is_that_part_of_the_other_year():
    text = "Quý III/2027 và cùng kỳ năm trước, thu ngân sách lần lượt đạt 940 tỷ đồng và 870 tỷ đồng"
    run = listed_periods(text, find_period_phrases(text, 2027))
    assert [(p.period.start, p.period.end) for p in run] == [(D(2027, 7, 1), D(2027, 9, 30)),
                                                            (D(2026, 7, 1), D(2026, 9, 30))]
    text = "Lũy kế 8 tháng năm 2027 và cùng kỳ năm 2025, số ca lần lượt là 310 và 280"
    assert [p.period.end for p in listed_periods(text, find_period_phrases(text, 2027))] == [D(2027, 8, 31),
                                                                                            D(2025, 8, 31)]
    # near miss: the same time after "so với" is a base, no part of the list
    text = "Quý III/2027 tăng 5% và 7% so với cùng kỳ năm trước"
    assert all(p.period.start.year == 2027 for p in listed_periods(text, find_period_phrases(text, 2027)))
    text = "Quý III/2027 và so với cùng kỳ năm trước, thu lần lượt đạt 940 tỷ đồng và tăng 7%"
    assert all(p.period.start.year == 2027 for p in listed_periods(text, find_period_phrases(text, 2027)))


def test_what_came_after_a_season_names_no_period_of_the_season():
    for text in ("Sau mùa mưa lũ 2026, huyện đã dựng lại 84 nhà", "Sau mùa bão năm 2026, xã sửa 12 km kênh",
                 "sau khi kết thúc vụ Đông Xuân 2026-2027, tỉnh chuyển đổi 300 ha"):
        assert all(p.period is None for p in find_period_phrases(text, 2027)), text
    # near misses: within the season, "sâu"/"sáu" before it, the season itself is its year
    for text in ("Trong mùa mưa lũ 2026, huyện có 84 nhà bị sập", "Ngập sâu mùa lũ 2026 làm hỏng 84 nhà"):
        assert [p.period.start.year for p in find_period_phrases(text, 2027)] == [2026], text


def test_the_years_lately_named_in_brackets_are_those_years():
    for text in ("Trong 3 năm gần đây (2025-2027), xã trồng 90 ha rừng", "4 năm trở lại đây (2024-2027) có 9 vụ",
                 "5 năm gần nhất (2023-2027), vốn FDI đạt 2 tỷ USD"):
        p = _one(text, 2028)
        assert (p.kind, p.period.start.year, p.period.end.year) == ("range", int(text.split("(")[1][:4]), 2027), text
    # near miss: a count of years that the bracket does not hold is no span
    assert all(p.kind != "range" for p in find_period_phrases("3 năm gần đây (2021-2027) có 9 vụ", 2028))


def test_a_part_of_the_day_before_the_day_of_the_damage_dates_it():
    for text in ("Báo cáo.\nĐêm 14/9, sạt lở đất làm 2 người bị thương",
                 "Tin.\nLũ quét rạng sáng 14/9 làm 3 nhà bị sập",
                 "Tin.\nChiều ngày 14/9, lốc xoáy làm 27 nhà tốc mái"):
        assert [(p.kind, p.period.start) for p in find_period_phrases(text, 2027)] == [("day", D(2027, 9, 14))], text
    # near misses: a span's first day, and a part of the day with no damage done after it
    assert all(p.kind != "day" for p in find_period_phrases("Tin.\nMưa từ đêm 14/9 làm 3 nhà bị sập", 2027))
    assert find_period_phrases("Tin.\nSáng 14/9, UBND tỉnh họp bàn 3 nội dung", 2027) == []


def test_a_running_total_from_the_reports_own_year_start_dates_each_clause_after_it():
    rows = _rows("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nBÁO CÁO\nTình hình thiên tai tháng 8 năm 2027\n\n"
                 "Cộng dồn từ đầu năm 2027 đến nay, mưa lũ làm 3 người chết; 640 nhà bị tốc mái; "
                 "thiệt hại ước khoảng 27 tỷ đồng.\n", "disasters")
    assert {r["value"]: (r["period_start"], r["period_end"]) for r in rows} == {
        3: (D(2027, 1, 1), D(2027, 8, 31)), 640: (D(2027, 1, 1), D(2027, 8, 31)),
        27e9: (D(2027, 1, 1), D(2027, 8, 31))}
    [phrase] = find_period_phrases("Lũy kế từ đầu năm 2027 đến nay, có 5 vụ", 2027)
    assert phrase.kind == "year_to_date"
    # near miss: another year's start to now stays that year and "đến nay", read apart
    assert [p.kind for p in find_period_phrases("Lũy kế từ đầu năm 2026 đến nay, có 5 vụ", 2027)] == ["year", "as_of"]


def test_a_window_of_days_whose_last_day_is_said_bare_counts_on_no_day():
    [p] = find_period_phrases("Từ ngày 9/3 đến 16/3, trên địa bàn xảy ra 4 vụ cháy rừng", 2027)
    assert (p.period.start, p.period.end, p.as_of) == (D(2027, 3, 9), D(2027, 3, 16), None)
    [p] = find_period_phrases("từ 20/12/2026 đến 3/1/2027, có 2 đợt rét", 2027)
    assert (p.period.start, p.period.end, p.as_of) == (D(2026, 12, 20), D(2027, 1, 3), None)
    # near miss: the last day said "đến ngày" (or after an hour, "đến 17h ngày") is the day the count was taken
    for text in ("Từ ngày 01/01 đến ngày 12/4/2027, thu ngân sách đạt", "từ 8h ngày 2/9 đến 17h ngày 4/9/2027, mưa"):
        [p] = find_period_phrases(text, 2027)
        assert p.as_of == p.period.end, text


def test_the_time_a_work_opens_is_no_period_of_the_sizes_after_it():
    rows = indicator_rows("UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
                          "Nhà máy chế biến hạt điều của Công ty X dự kiến đi vào hoạt động từ quý IV/2026, "
                          "tạo việc làm cho khoảng 2.500 lao động.\n"
                          "Nhà máy điện sinh khối Y dự kiến tháng 3/2027 vận hành thương mại, công suất 30 MW.\n")
    assert {(r["period_start"], r["period_end"]) for r in rows} == {(D(2026, 1, 1), D(2026, 6, 30))}
    for text in ("Cầu Z hoàn thành trong quý II/2026, dài 420 m", "dự kiến khởi công tháng 9/2026, tổng vốn 800 tỷ",
                 "Bệnh viện dự kiến quý I/2027 chính thức đưa vào sử dụng, quy mô 500 giường"):
        [p] = find_period_phrases(text, 2026)
        assert (p.kind, p.period) == ("works_time", None), text
    # near misses: a part of a year opening the clause, or one whose event counts what it did, dates the count; a
    # target said for a quarter keeps it
    for text in ("Trong quý II/2026, khởi công 14 công trình", "Dự kiến trong quý IV/2026 sẽ khởi công 6 công trình",
                 "hoàn thành trong quý I/2026: 9 công trình", "Dự kiến quý IV/2026, GRDP tăng 8,5%",
                 "Nhà máy hoạt động từ quý II/2026, sản xuất 4.000 tấn"):
        [p] = find_period_phrases(text, 2026)
        assert p.period is not None, text
    # ... nor the event of a count of works: "Số dự án khởi công quý I" is the works started in that quarter
    assert find_period_phrases("Số dự án khởi công quý I/2026 là 14 dự án", 2026)[0].period is not None


def test_a_works_start_before_a_later_state_of_it_dates_no_progress():
    # the start's clause ends at "nhưng" or at the time of another state of the work: the rate is counted up to then
    for text in (
        "Cầu A khởi công từ tháng 9/2025 nhưng đến tháng 4/2026 mới đạt 35% khối lượng",
        "Đường B khởi công quý III/2025 đến hết tháng 3/2026 đạt 52% khối lượng",
    ):
        first, second = find_period_phrases(text, 2026)
        assert (first.kind, first.period) == ("works_time", None), text
        assert second.kind == "as_of" and second.as_of.month in (3, 4), text
    # near miss: the event's own clause counting works keeps its month
    [p] = find_period_phrases("khởi công trong tháng 9/2025 thêm 6 công trình", 2026)
    assert p.period is not None


def test_a_rate_of_the_year_so_far_against_an_earlier_part_of_that_year_is_a_change():
    rows = indicator_rows("CỤC THỐNG KÊ TỈNH TÂY NINH\nTÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2027\n\n"
                          "Doanh thu dịch vụ lưu trú 9 tháng ước tăng 7,4% so với cùng kỳ; tăng 5,2% so với quý "
                          "II/2027 và tăng 3,9% so với 6 tháng đầu năm 2027.\n"
                          # near misses: the same span of last year, and a quarter of the year before, stay growths
                          "Vận tải hành khách 9 tháng tăng 6,1% so với 9 tháng năm 2026; tăng 2,2% so với quý "
                          "III/2026.\n")
    read = {r["value"]: r["metric"] for r in rows if r["unit"] == "pct"}
    assert read[5.2] == read[3.9] == "change_pct"
    assert read[7.4] == read[6.1] == read[2.2] == "yoy_pct"


def test_the_months_so_far_in_short_without_their_year() -> None:
    for text, months in (("CPI 10T ước tăng 2,9%", 10), ("Chi NSĐP: TH 8T đạt 7.100 tỷ", 8),
                         ("Vốn FDI 5T, đạt 90 triệu USD", 5), ("6T đầu năm 2027 thu 880 tỷ", 6)):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.period.start, phrase.period.end) == (D(2027, 1, 1), month_end(2027, months)), text
    # near misses: a small "t" (no initial), a count of one, a unit after the number
    for text in ("xe 8t đạt chuẩn", "Dự án 1T đạt", "8T hàng hóa"):
        assert find_period_phrases(text, 2027) == [], text


def test_a_quarter_in_short_without_its_year_before_its_figure() -> None:
    for text, quarter in (("Doanh thu TH Q3: 41 tỷ", 3), ("Thu NSNN Q1 ước đạt 7 tỷ đồng", 1), ("Vốn QIV đạt 9 tỷ", 4)):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.kind, phrase.period) == ("quarter", quarter_period(2027, quarter)), text
    # near misses: a small "q", districts of a city listed with commas, a quarter's number with more digits
    for text in ("mục q2: đạt", "Tại Q1, Q3 có 12 điểm", "Q12 đạt 5 điểm"):
        assert find_period_phrases(text, 2027) == [], text


def test_a_month_in_short_without_its_year_before_its_figure_or_after_den() -> None:
    for text, month in (("Thu NSNN T7: 0,9 tỷ", 7), ("Sản lượng UTH T9 đạt 80 tấn", 9), ("Ước T11 tăng 3%", 11)):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.kind, phrase.period) == ("month", month_period(2027, month)), text
    for text, start in (("Số hộ nghèo đến hết T9: 40 hộ", None), ("Lũy kế đến T9/2027 thu 6 tỷ", D(2027, 1, 1))):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.as_of, phrase.period.start if phrase.period else None) == (D(2027, 9, 30), start), text
    # near misses: a small "t", a block of flats, a weekday's initial in a time of day
    for text in ("mục t7: đạt", "Tòa T13: 40 căn", "đến t9 đạt 4 tấn", "Sáng T6 ngày 11/6 họp 30 hộ"):
        assert all(p.kind != "month" and p.as_of is None for p in find_period_phrases(text, 2027)), text


def test_the_last_day_of_a_months_days_written_with_a_dash() -> None:
    for text, start, end in (
        ("Doanh thu từ ngày 1 đến hết 20-10 đạt 40 tỷ", D(2027, 10, 1), D(2027, 10, 20)),
        ("từ ngày 4 đến 11-10-2026, có 6 ca", D(2026, 10, 4), D(2026, 10, 11)),
    ):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.period.start, phrase.period.end) == (start, end), text
    # near miss: a count's range after "từ" without "ngày"
    assert find_period_phrases("tăng từ 5 đến 9-11 lượt", 2027) == []


def test_the_same_days_of_another_month_or_quarter_compared_with_are_a_base() -> None:
    for text in (
        "Doanh thu giảm 12% so với cùng kỳ tháng 9 và giảm 4% so với cùng kỳ năm trước",
        "tăng 6% so với cùng kỳ quý II/2027, đạt 40 tỷ",
        "giảm 3% so với cùng kỳ tháng trước",
    ):
        assert all(p.kind == "comparison" for p in find_period_phrases(text, 2027)), text
    # near miss: a month said apart after the base is the next figure's own
    phrases = find_period_phrases("tăng 6% so với cùng kỳ; tháng 9 đạt 40 tỷ", 2027)
    assert [p.kind for p in phrases] == ["comparison", "month"]


def test_a_quarter_or_half_in_english_initials_with_its_year() -> None:
    for text, period in (
        ("Doanh thu Q3 2027 đạt 80 tỷ", quarter_period(2027, 3)),
        ("Vốn FDI H1/2027 đạt 1,2 tỷ USD", Period(D(2027, 1, 1), D(2027, 6, 30), "")),
        ("Dự báo H2 2027 tăng 6%", Period(D(2027, 7, 1), D(2027, 12, 31), "")),
    ):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.period.start, phrase.period.end) == (period.start, period.end), text
    # near misses: a small "h", a count after the initial
    for text in ("xe h1 2027 đạt", "Q1 2.000 hộ"):
        assert find_period_phrases(text, 2027) == [], text


def test_the_months_so_far_in_short_after_the_word_of_a_running_total() -> None:
    for text, months in (("LK 7T thu 9 tỷ", 7), ("Lũy kế 4T chi 3 tỷ", 4)):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.period.start, phrase.period.end) == (D(2027, 1, 1), month_end(2027, months)), text
    # near misses: the initials in small letters, a count of vehicles
    for text in ("lk 7T thu 9 tỷ", "LK 7t thu", "xe 8T chở 5 tấn"):
        assert find_period_phrases(text, 2027) == [], text


def test_a_term_said_without_its_years_is_the_last_closed_term_named_before_it() -> None:
    text = ("Đại hội Đảng bộ huyện nhiệm kỳ 2030 - 2035. Trong nhiệm kỳ 2025 - 2030, huyện đạt 14 chỉ tiêu. "
            "Vốn đầu tư cả nhiệm kỳ đạt 9.800 tỷ đồng. Nhiệm kỳ vừa qua, huyện làm 340 km đường.")
    bare = [p for p in find_period_phrases(text, 2030) if p.kind == "cumulative"]
    assert [(p.text, p.period.start, p.period.end) for p in bare] == [
        ("cả nhiệm kỳ", D(2025, 1, 1), D(2030, 12, 31)), ("Nhiệm kỳ vừa qua", D(2025, 1, 1), D(2030, 12, 31))]
    # near misses: no term named before, a term ahead, or one said with its years
    for text in ("Vốn đầu tư cả nhiệm kỳ đạt 9.800 tỷ đồng", "Nhiệm kỳ 2030 - 2035. Suốt nhiệm kỳ tới, làm 90 km",
                 "Nhiệm kỳ 2030 - 2035. Cả nhiệm kỳ, phấn đấu làm 90 km"):
        assert all(p.kind == "range" for p in find_period_phrases(text, 2030)), text


def test_a_count_of_months_before_a_colon_and_an_amount_is_the_year_so_far() -> None:
    for text, months in (("Chi NSĐP 6 tháng: 1.930 tỷ đồng", 6), ("Nhập khẩu 10 tháng: ước 84,2 triệu USD", 10),
                         ("Khách quốc tế 4 tháng: gần 12.000 lượt", 4)):
        [phrase] = find_period_phrases(text, 2027)
        assert (phrase.period.start, phrase.period.end) == (D(2027, 1, 1), month_end(2027, months)), text
    # near misses: a deposit's term and a course's length before the colon are lengths, not months of the year
    for text in ("Lãi suất tiền gửi kỳ hạn 6 tháng: 4,7%/năm", "Học nghề dưới 3 tháng: 640 người"):
        assert find_period_phrases(text, 2027) == [], text


def test_a_spelled_month_after_so_voi_is_the_base_not_the_figures_month() -> None:
    for text in ("Lượng khách tháng Sáu tăng 4% so với tháng Năm và", "giảm 1,2% so với tháng Mười hai năm 2026;",
                 "tăng 2% so với tháng giêng, đạt"):
        phrases = find_period_phrases(text, 2027)
        assert [p.kind for p in phrases if p.text.lower().startswith("so")] == ["comparison"], text
        assert all(p.period is None or p.period.start.month == 6 for p in phrases), text
    # near miss: the month named by itself stays the figure's month
    assert [p.kind for p in find_period_phrases("Tháng Mười, khách tăng 4%", 2027)] == ["month"]


def test_a_year_opening_the_sentence_after_one_closing_on_a_months_number():
    phrases = find_period_phrases("CPI tăng 0,6% so với tháng 12.\nNăm 2026, sản lượng thủy sản đạt 1,2 tấn", 2027)
    assert [(p.kind, p.period.start if p.period else None) for p in phrases] == [
        ("comparison", None), ("year", D(2026, 1, 1))]
    # near misses: the year of a date, written or left blank, is no period
    for text in ("Cà Mau, ngày 5 tháng 6 năm 2026", "Cà Mau, ngày .... tháng .... năm 2026"):
        assert [p for p in find_period_phrases(text, 2027) if p.kind == "year"] == [], text


@pytest.mark.parametrize("text", ["Học nghề trình độ sơ cấp và dưới 3 tháng 14.250 người",
                                  "Mở lớp khóa học 6 tháng cho 420 học viên, khóa đào tạo 3 tháng 1.300 học viên",
                                  "Đưa 860 lao động đi làm việc theo hợp đồng 12 tháng",
                                  "Đào tạo trên 3 tháng đạt 3.900 người"])
def test_a_count_of_months_after_a_word_of_how_long_is_a_length_not_the_first_months(text):
    assert [p.text for p in find_period_phrases(text, 2027) if p.period is not None] == []
    # near misses: the same count opening the months of the year, and the first months said in full
    assert [p.kind for p in find_period_phrases("Thu ngân sách 6 tháng 1.480 tỷ đồng", 2027)] == ["half"]
    assert find_period_phrases("Đạt trên 9 tháng năm 2026", 2027)[0].period.end == D(2026, 9, 30)


def test_a_running_total_added_up_or_accumulated_with_no_months_of_its_own_is_the_year_so_far() -> None:
    from orchestration.extraction import extract_document

    text = ("Bản tin phòng chống dịch tuần 21 năm 2027\n(từ ngày 24/5/2027 đến ngày 30/5/2027)\n"
            "Bệnh thủy đậu: trong tuần có 31 ca, cộng dồn 640 ca, trong đó 5 ca biến chứng. "
            "Bệnh ho gà: trong tuần có 4 ca; tích lũy 20 tuần là 77 ca. Bệnh quai bị: tích lũy 96 ca. "
            "Cộng dồn từ đầu năm 1.041 ca sởi.\n")
    ex = extract_document(text.encode(), "ban_tin_tuan.txt")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in ex.tables["indicators"].iter_rows(named=True)}
    week, so_far = (D(2027, 5, 24), D(2027, 5, 30)), (D(2027, 1, 1), D(2027, 5, 30))
    assert periods[31] == periods[4] == week  # the week's own figures keep the week
    assert periods[640] == periods[5] == periods[77] == periods[96] == periods[1041] == so_far
    # near misses: the months added up, or a year after "từ đầu năm", are period phrases of their own
    [months] = find_period_phrases("cộng dồn 5 tháng đạt 900 tỷ đồng", 2027)
    assert (months.period.start, months.period.end) == (D(2027, 1, 1), D(2027, 5, 31))
    assert all(p.kind != "year_to_date" for p in find_period_phrases("tích lũy từ đầu năm 2025 có 80 ca", 2027))


@pytest.mark.parametrize("text", [
    "Trong tháng cao điểm mùa du lịch biển, các khách sạn kín phòng 92%.",
    "Trong tháng hành động vì trẻ em, huyện trao 450 suất quà.",
    "trong Tháng hành động về an toàn vệ sinh thực phẩm kiểm tra 38 cơ sở",
])
def test_a_month_named_by_its_occasion_is_not_the_reports_last_month(text):
    # a peak month or a campaign month runs over its own days: no "trong tháng" of the report's, so the figure keeps
    # the report's period rather than its last month
    phrases = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 9, 30), D(2027, 1, 1))
    assert [p for p in phrases if p.period is not None] == []


def test_this_month_with_a_word_after_its_comma_is_still_the_reports_last_month():
    phrases = with_the_documents_time(find_period_phrases("Trong tháng, cao điểm đón 8.400 lượt khách.", 2027),
                                      D(2027, 9, 30), D(2027, 1, 1))
    assert [(p.period.start, p.period.end) for p in phrases] == [(D(2027, 9, 1), D(2027, 9, 30))]


@pytest.mark.parametrize(("text", "end"), [
    ("Kể từ đầu năm 2027 đến hết tuần 14, cả tỉnh có 57 ca sởi.", D(2027, 4, 11)),
    ("Lũy kế từ đầu năm 2027 đến tuần thứ 14 ghi nhận 57 ca sởi.", D(2027, 4, 11)),
])
def test_the_year_named_at_the_start_of_a_running_total_to_a_week_is_the_weeks_year(text, end):
    # the year after "từ đầu năm" is the year the weeks are counted in: the total runs to that week's Sunday, not over
    # the whole year
    phrase = _one(text, 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2027, 1, 1), end)


def test_the_year_named_at_the_start_of_a_running_total_to_a_week_may_be_another_year():
    phrase = _one("Từ đầu năm 2026 đến tuần 14, cả tỉnh có 41 ca sởi.", 2027)
    assert (phrase.period.start, phrase.period.end) == (D(2026, 1, 1), D(2026, 4, 5))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Học kỳ I năm học trước, khối THCS có 1.930 học sinh giỏi.", D(2026, 9, 1), D(2027, 1, 15)),
    ("Học kỳ II năm học trước có 87% học sinh xếp loại tốt.", D(2027, 1, 16), D(2027, 5, 31)),
])
def test_a_term_of_the_school_year_before_the_reports(text, start, end):
    # a report on the first term of 2027-2028 looks back on that term a school year before, whatever its own months
    phrases = with_the_documents_time(find_period_phrases(text, 2027), D(2028, 1, 15), D(2027, 9, 1))
    assert [(p.kind, p.period.start, p.period.end) for p in phrases] == [("cumulative", start, end)]


def test_a_term_of_the_school_year_before_compared_with_is_a_base():
    phrases = find_period_phrases("tăng 46 em so với học kỳ I năm học trước", 2027)
    assert [p.kind for p in phrases] == ["comparison"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Hai tháng đầu quý II, doanh thu du lịch đạt", D(2027, 4, 1), D(2027, 5, 31)),
    ("2 tháng cuối quý I/2028, dự kiến", D(2028, 2, 1), D(2028, 3, 31)),
    ("Riêng tháng cuối quý IV, có", D(2027, 12, 1), D(2027, 12, 31)),
    ("tháng đầu tiên của quý III năm 2027 ghi nhận", D(2027, 7, 1), D(2027, 7, 31)),
])
def test_the_first_or_last_months_of_a_quarter_are_those_months(text, start, end):
    phrase = _one(text, 2027)
    assert (phrase.period.start, phrase.period.end) == (start, end)


def test_the_three_summer_months_are_june_to_august():
    for text, ref_year in (("Suốt ba tháng hè năm 2027, các bể bơi đón", 2026), ("Trong 3 tháng hè, có 4 vụ", 2027)):
        phrase = _one(text, ref_year)
        assert (phrase.period.start, phrase.period.end) == (D(2027, 6, 1), D(2027, 8, 31)), text
    # near misses: a quarter alone stays the quarter; the summer named without its three months is no period
    quarter = _one("Quý III, có 4 vụ", 2027)
    assert (quarter.period.start, quarter.period.end) == (D(2027, 7, 1), D(2027, 9, 30))
    assert find_period_phrases("Hoạt động hè của thiếu nhi có 4 đội", 2027) == []


def test_the_day_a_shares_base_was_counted_on_is_not_the_shares() -> None:
    text = ("UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình thực hiện nhiệm vụ quý III năm 2026\n\n"
            "Ngân hàng đã xử lý 310 tỷ đồng nợ xấu, bằng 42,6% tổng dư nợ xấu tại thời điểm 30/6/2026.\n")
    share = next(r for r in indicator_rows(text) if r["metric"] == "share_pct")
    assert (share["value"], share["period_start"], share["period_end"], share["as_of"]) == (
        42.6, D(2026, 7, 1), D(2026, 9, 30), None)


def test_months_done_before_their_amount_are_the_year_so_far() -> None:
    text = "Vốn giải ngân của huyện 8 tháng thực hiện được 734 tỷ đồng."
    phrase = next(p for p in find_period_phrases(text, 2025) if p.text.startswith("8"))
    assert (phrase.period.start, phrase.period.end) == (D(2025, 1, 1), D(2025, 8, 31))


def test_a_projects_months_of_work_are_not_the_year_so_far() -> None:
    text = "Gói thầu cần 6 tháng thực hiện dự án kè sông."
    assert [p for p in find_period_phrases(text, 2025) if p.kind in ("cumulative", "half")] == []


def test_months_summed_before_a_bare_subject_are_the_year_so_far() -> None:
    text = "Xuất khẩu tháng 8 tăng 4,1%; tính chung 8 tháng kim ngạch tăng 9,3%."
    phrase = find_period_phrases(text, 2025)[-1]
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2025, 1, 1), D(2025, 8, 31))


def test_the_whole_year_reached_after_its_subject_beats_a_heading_of_the_months_left() -> None:
    text = "Nhiệm vụ quý IV: phấn đấu kim ngạch xuất khẩu cả năm đạt 2,4 tỷ USD."
    phrase = find_period_phrases(text, 2025)[-1]
    assert (phrase.period.start, phrase.period.end) == (D(2025, 1, 1), D(2025, 12, 31))
    assert phrase.text == "cả năm"


def test_a_plan_of_the_whole_year_reached_is_no_period_of_the_figure() -> None:
    text = "Thu nội địa tháng 10 đạt 91% dự toán cả năm đạt được."
    assert [p.text for p in find_period_phrases(text, 2025)] == ["tháng 10"]


def test_a_part_of_a_later_year_closes_a_list_of_years() -> None:
    text = "Số khách các năm 2023, năm 2024 và 6 tháng đầu năm 2025 lần lượt là 1,2 triệu, 1,4 triệu và 0,8 triệu."
    listed = listed_periods(text, find_period_phrases(text, 2025))
    assert [(p.period.start, p.period.end) for p in listed] == [
        (D(2023, 1, 1), D(2023, 12, 31)), (D(2024, 1, 1), D(2024, 12, 31)), (D(2025, 1, 1), D(2025, 6, 30))]


def test_a_season_named_in_a_text_without_a_time_of_its_own():
    # an undated text: the season's months when the tables know them, else the year it is named by
    def span(text: str) -> tuple[str, dt.date, dt.date]:
        [phrase] = find_period_phrases(text, None)
        return phrase.kind, phrase.period.start, phrase.period.end

    assert span("Vụ Hè Thu 2028, huyện xuống giống 9.000 ha") == ("year", D(2028, 1, 1), D(2028, 12, 31))
    assert span("vụ mùa năm 2029, xã cấy 300 ha") == ("year", D(2029, 1, 1), D(2029, 12, 31))
    assert span("Niên vụ 2028-2029, hồ tiêu đạt 40 tấn") == ("cumulative", D(2028, 10, 1), D(2029, 9, 30))
    assert span("Mùa khô 2028-2029, xảy ra 4 vụ cháy rừng") == ("cumulative", D(2028, 11, 1), D(2029, 4, 30))
    # near miss: a year that is no season's is the year kind's, not read twice
    assert find_period_phrases("Năm 2028, huyện xuống giống 9.000 ha", None)[0].kind == "year"


def test_a_crop_year_opening_after_the_reports_end_is_the_whole_crop_year():
    assert _span_at_the_reports_end("Niên vụ 2028-2029, diện tích hồ tiêu đạt 900 ha", D(2028, 5, 31)) == (
        D(2028, 10, 1),
        D(2029, 9, 30),
    )
    # near miss: one under way at the report's end runs to it
    assert _span_at_the_reports_end("Niên vụ 2028-2029, diện tích hồ tiêu đạt 900 ha", D(2029, 3, 31)) == (
        D(2028, 10, 1),
        D(2029, 3, 31),
    )


def test_a_day_of_damage_with_the_place_set_off_by_its_own_commas_is_that_day():
    for text in (
        "Tin.\nNgày 7/5, tại thôn Nà Hẩu, dông lốc làm 12 nhà tốc mái",
        "Tin.\nĐêm 7/5, ở huyện Mèo Vạc, lốc xoáy làm hư hỏng 12 nhà",
    ):
        days = [p for p in find_period_phrases(text, 2027) if p.kind == "day"]
        assert [(p.period.start, p.period.end) for p in days] == [(D(2027, 5, 7), D(2027, 5, 7))], text
    # near miss: an act of an office after the commas tells no damage
    text = "Tin.\nNgày 7/5, tại hội trường, Sở Nội vụ làm việc với 3 huyện"
    assert all(p.kind != "day" for p in find_period_phrases(text, 2027))


def test_a_total_over_spells_takes_the_latest_by_their_days_not_where_they_are_told():
    # a brief goes back to an earlier spell ("Trước đó, …") after the latest: the total is over the N latest spells
    text = (
        "Tin.\nNgày 3/8, dông lốc làm 4 nhà tốc mái. Trước đó, ngày 12/7, lũ làm 2 nhà bị cuốn trôi. Đêm 28/8, "
        "sạt lở làm 1 nhà bị sập. Tính chung hai đợt, thiên tai làm 5 nhà bị hư hỏng."
    )
    summed = [p for p in find_period_phrases(text, 2027) if p.text.startswith("Tính chung")]
    assert [(p.period.start, p.period.end) for p in summed] == [(D(2027, 8, 3), D(2027, 8, 28))]
    # near misses: a season looked toward or compared with is no time of the text
    assert _one("Các xã chuẩn bị cho vụ Đông Xuân 2028-2029", None).kind == "comparison"
    assert _one("Huyện xuống giống sớm hơn vụ Hè Thu 2028", None).kind == "comparison"


@pytest.mark.parametrize("text", ["Giai đoạn 2023 - nay, huyện làm 70 km đường", "giai đoạn 2023 – hiện nay có 70 km",
                                  "Trong giai đoạn từ năm 2023 đến nay, làm 70 km"])
def test_a_span_of_years_to_now_runs_from_its_first_year_to_the_reports_time(text: str) -> None:
    [phrase] = with_the_documents_time(find_period_phrases(text, 2027), D(2027, 8, 31), D(2027, 8, 1))
    assert (phrase.period.start, phrase.period.end) == (D(2023, 1, 1), D(2027, 8, 31))
    # near miss: a span that closes on a year of its own stays that span
    [closed] = find_period_phrases(text.replace("hiện nay", "2026").replace("nay", "2026"), 2027)
    assert (closed.period.start, closed.period.end) == (D(2023, 1, 1), D(2026, 12, 31))


@pytest.mark.parametrize(("text", "month"), [("Tháng đầu năm 2027, xã thu 3 tỷ đồng", 1),
                                             ("trong tháng cuối năm 2027 có 9 ca", 12),
                                             ("Tháng đầu năm, đón 80 khách", 1)])
def test_the_years_first_or_last_month_said_alone_is_that_month(text: str, month: int) -> None:
    [phrase] = find_period_phrases(text, 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == (
        "month", D(2027, month, 1), D(2027, month, 31))
    # near misses: months counted or many before "tháng" are no one month
    for many in ("ba", "3", "các", "những"):
        said = find_period_phrases(f"{many} {text[0].lower()}{text[1:]}".replace("trong ", ""), 2027)
        assert all(p.kind != "month" for p in said), many


def test_the_months_gone_through_opening_a_clause_are_the_year_so_far() -> None:
    [phrase] = find_period_phrases("Qua 7 tháng, huyện thu 640 tỷ đồng.", 2027)
    assert (phrase.kind, phrase.period.start, phrase.period.end) == ("cumulative", D(2027, 1, 1), D(2027, 7, 31))
    # near misses: a work's months, and the months after an event told before
    for text in ("Qua 3 tháng thi công, cầu đạt 40% khối lượng.", "Sau 3 tháng, giá lúa tăng 12%."):
        assert not find_period_phrases(text, 2027), text


@pytest.mark.parametrize(("text", "said", "day"), [
    ("dư nợ 4.100 tỷ đồng (cuối năm 2025 là 3.800 tỷ đồng)", "cuối năm 2025", D(2025, 12, 31)),
    ("tỷ lệ hộ vay quá hạn 1,6% (31/12/2025: 2,1%)", "31/12/2025", D(2025, 12, 31)),
    ("nợ quá hạn 1,6% (cuối năm trước: 2,1%)", "cuối năm trước", D(2025, 12, 31)),
    ("huy động 9.300 tỷ đồng (cuối tháng 12/2025 là 8.700 tỷ đồng)", "cuối tháng 12/2025", D(2025, 12, 31)),
    # the value alone in a bracket right after the point compared with: an empty phrase at the bracket's opening
    ("nợ quá hạn 1,6%, giảm so với cuối năm trước (2,1%)", "", D(2025, 12, 31)),
    ("huy động 9.300 tỷ đồng, tăng so với 31/12/2025 (8.700 tỷ đồng)", "", D(2025, 12, 31)),
])
def test_an_earlier_point_before_a_value_in_brackets_is_that_values_day(text: str, said: str, day: dt.date) -> None:
    [phrase] = [p for p in find_period_phrases(text, 2026) if p.kind == "as_of"]
    assert (phrase.text, phrase.as_of, phrase.period) == (said, day, None)
    assert said or text[phrase.start - 1] == "("  # (an empty phrase inside the bracket: no time of the figures after)
    # (before the report's period, the point's year up to it)
    [resolved] = with_the_documents_time([phrase], D(2026, 6, 30), D(2026, 1, 1))
    assert (resolved.period.start, resolved.period.end) == (D(day.year, 1, 1), day)


def test_an_earlier_point_that_brackets_no_value_of_its_own_dates_nothing() -> None:
    for text in ("nợ quá hạn 1,6%, giảm so với cuối năm trước (từ 2,1% xuống 1,6%)",
                 "hoàn thành 12 km (cuối năm 2025 dự kiến thông xe)", "giảm so với cuối năm học (2,1%)"):
        assert all(p.kind != "as_of" for p in find_period_phrases(text, 2026)), text


def test_a_value_at_an_earlier_point_in_brackets_is_of_that_point_and_the_next_figure_is_not() -> None:
    rows = indicator_rows("NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH\nBÁO CÁO hoạt động ngân hàng 6 tháng đầu năm 2026\n\n"
                          "Đến 30/6/2026, tỷ lệ nợ xấu là 0,7% (cuối năm 2025 là 0,9%); dư nợ tăng 6,2%.\n")
    read = {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}
    assert read[0.9] == (D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 31))
    assert read[0.7] == (D(2026, 1, 1), D(2026, 6, 30), D(2026, 6, 30))
    assert read[6.2][2] != D(2025, 12, 31)


@pytest.mark.parametrize("text", [
    "Từ ngày 01/4 âm lịch đến hết ngày 15/4 âm lịch, đền đón 9.000 lượt người",
    "đến ngày 20/1 (âm lịch) chùa đón 40.000 lượt khách",
    "hội làng (từ 12 - 14/8 âm lịch) có 6.000 người dự",
])
def test_days_of_the_lunar_calendar_give_no_period_nor_as_of(text: str) -> None:
    phrases = find_period_phrases(text, 2027)
    assert phrases and all(p.period is None and p.as_of is None for p in phrases), phrases
    # (a near miss: the same days of the solar calendar)
    solar = find_period_phrases(text.replace(" (âm lịch)", "").replace(" âm lịch", ""), 2027)
    assert any(p.period is not None or p.as_of is not None for p in solar)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Trong 4 ngày diễn ra Hội hoa xuân (từ 3 đến 6/2/2027), thành phố đón 42.000 lượt khách.", D(2027, 2, 3),
     D(2027, 2, 6)),
    ("Tuần lễ Văn hóa ẩm thực 2027 (từ 10 - 14/7), khu phố cổ đón 18.000 lượt khách.", D(2027, 7, 10), D(2027, 7, 14)),
    ("Lễ hội Cầu ngư (từ 5 đến 7/3/2027), làng chài đón 7.500 lượt khách.", D(2027, 3, 5), D(2027, 3, 7)),
])
def test_the_days_in_brackets_after_an_occasion_named_are_its_figures_period(text: str, start: dt.date,
                                                                              end: dt.date) -> None:
    rows = indicator_rows("UBND TỈNH KHÁNH HÒA\nBÁO CÁO tình hình du lịch năm 2027\n\n" + text + "\n")
    [row] = [r for r in rows if r["unit"] == "visit"]
    assert (row["period_start"], row["period_end"]) == (start, end)
    # (a near miss: a bracket of a place after the occasion, no days)
    rows = indicator_rows("UBND TỈNH KHÁNH HÒA\nBÁO CÁO tình hình du lịch năm 2027\n\n"
                          "Lễ hội Cầu ngư (phường Vĩnh Trường), làng chài đón 7.500 lượt khách.\n")
    assert [(r["period_start"], r["period_end"]) for r in rows if r["unit"] == "visit"] == [
        (D(2027, 1, 1), D(2027, 12, 31))]
