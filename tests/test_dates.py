"""dates: the pieces of a Vietnamese date and the readers built from them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from orchestration.extraction import dates

D = dt.date


def _whole(pattern: str, text: str, flags: int = 0) -> bool:
    return re.fullmatch(pattern, text, flags) is not None


def test_numbers_keep_to_the_calendar_and_the_reports_era() -> None:
    assert (
        _whole(dates.day_month(), "31/12")
        and not _whole(dates.day_month(), "32/12")
        and not _whole(dates.day_month(), "5/13")
    )
    assert _whole(dates.YEAR, "2025") and not _whole(dates.YEAR, "2125")
    assert _whole(dates.ANY_YEAR, "2125")


def test_day_month_year_with_one_separator_or_two() -> None:
    assert _whole(dates.day_month_year(), "9 / 11 / 2023")
    assert _whole(dates.day_month_year(sep=r"\."), "9.11.2023")
    same_twice = dates.day_month_year(dates.DIGITS, dates.DIGITS, dates.YEAR, sep=r"([/.-])", then=r"\1")
    assert _whole(same_twice, "9-11-2023") and not _whole(same_twice, "9-11/2023")


def test_month_year_and_a_crawlers_marker() -> None:
    assert _whole(dates.month_year(), "11/2023") and not _whole(dates.month_year(), "13/2023")
    assert _whole(dates.year_first(), "2023-11") and _whole(dates.year_first(), "2023-11-09")
    groups = re.fullmatch(dates.month_year(dates.DIGITS_GROUP, dates.YEAR_GROUP), "11 / 2023").groups()
    assert groups == ("11", "2023")


def test_slash_date_with_optional_year_and_month() -> None:
    assert _whole(dates.slash_date(), "9/11") and _whole(dates.slash_date(), "9/11/2023")
    assert not _whole(dates.slash_date(), "9")
    assert _whole(dates.slash_date(month_optional=True), "9")


def test_a_part_follows_a_separator_or_its_word() -> None:
    day_then_month = dates.spelled_day(dates.WRITTEN) + dates.part(dates.WRITTEN.month, dates.DOTTED) + dates.DIGITS
    assert _whole(day_then_month, "ngày 9.11") and _whole(day_then_month, "ngày 9 tháng 11")
    assert not _whole(day_then_month, "ngày 9 11")


def test_spelled_dates_in_both_spellings() -> None:
    written = dates.spelled_day(dates.WRITTEN) + dates.spelled_month(dates.WRITTEN) + dates.spelled_year(dates.WRITTEN)
    assert _whole(written, "ngày 9 tháng 11 năm 2023")
    folded = dates.spelled_day(dates.FOLDED, dates.captured(dates.DIGITS)) + dates.spelled_month(
        dates.FOLDED, dates.captured(dates.DIGITS)
    )
    assert re.fullmatch(folded, "ngay 9 thang 11").groups() == ("9", "11")


def test_a_draft_date_line_may_leave_day_and_month_blank() -> None:
    line = dates.date_line(dates.FOLDED) + r"\s*" + dates.captured(dates.YEAR)
    assert re.fullmatch(line, "ngay 9 thang 11 nam 2023").groups() == ("9", "11", "2023")
    assert re.fullmatch(line, "ngay ..... thang ___ nam 2023").groups() == (None, None, "2023")
    assert _whole(dates.FOLDED.day + dates.LINE_FILL + dates.FOLDED.month, "ngay …… thang")


def test_the_numeric_reader_wants_the_same_separator_twice() -> None:
    assert dates.NUMERIC_DATE.search("Cao Bằng, 09.11.2023").group(1, 3, 4) == ("09", "11", "2023")
    assert dates.NUMERIC_DATE.search("tỷ lệ 9/11.2023") is None


def test_calendar_and_report_dates() -> None:
    assert dates.calendar_date(2023, 11, 9) == D(2023, 11, 9)
    assert dates.calendar_date(2023, 2, 30) is None and dates.calendar_date(None, 2, 3) is None
    assert dates.valid_year(1945) and not dates.valid_year(1944)
    assert dates.report_date(1930, 1, 1) is None and dates.report_date(2023, 11, 9) == D(2023, 11, 9)


def test_read_date_takes_the_first_slash_date() -> None:
    assert dates.read_date("khởi công ngày 9/11/2023, hoàn thành 30/6/2025") == D(2023, 11, 9)
    assert dates.read_date("khởi công tháng 11/2023") is None
    assert dates.read_date("ngày 31/6/2024") is None
    # a year in two digits: of this century, the first date written
    assert dates.read_date("thông xe ngày 2/9/27") == D(2027, 9, 2)
    assert dates.read_date("khởi công 5/1/26, xong 2/9/2027") == D(2026, 1, 5)
    assert dates.read_date("ngày 31/6/27") is None


@pytest.mark.parametrize(
    ("s", "ref", "expected"),
    [
        ("17/6/2024", None, D(2024, 6, 17)),
        ("17-06-2024", None, D(2024, 6, 17)),
        ("17.6.2024", None, D(2024, 6, 17)),
        ("ngày 17 tháng 6 năm 2024", None, D(2024, 6, 17)),
        ("Ngày 05 tháng 01 năm 2025", None, D(2025, 1, 5)),
        ("2024-06-17", None, D(2024, 6, 17)),
        ("ngày   tháng 6 năm 2024", None, None),
        ("17/6", None, None),
        ("17/6", 2024, D(2024, 6, 17)),
        ("31/2/2024", None, None),
        # a year in two digits with slashes, of this century; not with dots, nor a number going on
        ("Đà Lạt, ngày 8/4/27", None, D(2027, 4, 8)),
        ("đến 31/12/26", None, D(2026, 12, 31)),
        ("8.4.27", None, None),
        ("8/4/27/28", None, None),
    ],
)
def test_parse_date(s: str, ref: int | None, expected: dt.date | None) -> None:
    assert dates.parse_date(s, ref) == expected


def test_a_dateline_names_its_place_day_and_lead() -> None:
    m = dates.DATELINE.match("Mường Khương (Lào Cai), 7/11/2026 (TTXVN) - Huyện đã trồng 120 ha quế.")
    assert (m["place"], m["province"], m["day"], m["month"], m["year"], m["agency"]) == (
        "Mường Khương", "Lào Cai", "7", "11", "2026", "TTXVN")
    assert m["lead"].startswith("Huyện đã trồng")
    report = dates.DATELINE.match("Sóc Trăng, ngày 30 tháng 6 năm 2026")
    assert report["year"] == "2026" and report["lead"] is None  # a report's date line: no lead
    assert dates.DATELINE.match("Tổng thu ngân sách, 5 tháng đạt 1.200 tỷ đồng") is None


def test_a_datelines_day_alone_opens_what_its_comma_cut_off() -> None:
    cut = dates.DATELINE_OR_ITS_DAY.match("ngày 3 tháng 12 năm 2026 - Chỉ số giá tiêu dùng")
    assert cut is not None and cut["lead"] == "Chỉ số giá tiêu dùng"
    # without its day word a number opening a label is no dateline
    assert dates.DATELINE_OR_ITS_DAY.match("12 tháng 5 năm 2026 - ") is None


def test_the_hour_before_a_date_its_minutes_marked_by_a_prime_or_a_comma_after_it() -> None:
    for text in ("16h00' ", "16h00’ ", "7 giờ 30’ ", "16h00, ", "16 giờ, "):
        assert _whole(dates.time_of_day(dates.WRITTEN), text), text
    # near misses: a count before a comma, minutes without their hour
    assert not _whole(dates.time_of_day(dates.WRITTEN), "5, ")
    assert not _whole(dates.time_of_day(dates.WRITTEN), "30’ ")
