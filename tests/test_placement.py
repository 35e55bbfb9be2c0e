"""placement: the period a document covers and where it was read (title, event dates, body,
dateline), the reference year of phrases without one; and how a whole document is placed."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from orchestration.extraction import RejectedDocument, extract_document, extraction_to_json_rows
from orchestration.extraction.document import describe_document
from orchestration.extraction.periods import Period
from orchestration.extraction.placement import (
    Dateline,
    document_period,
    find_dateline,
    locate_document_period,
    reference_year,
)

D = dt.date


@pytest.mark.parametrize(("text", "start", "end", "label"), [
    # Title without a year before the plan part: the year comes from the rest of the title.
    ("BÁO CÁO\nTình hình thực hiện nhiệm vụ 6 tháng đầu năm; nhiệm vụ và giải pháp chủ yếu 6 tháng cuối năm 2024\n",
     D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024"),
    # No year in the title at all: the place-and-date line.
    ("Bắc Kạn, ngày      tháng     năm 2025\nBÁO CÁO\nKiểm điểm công tác chỉ đạo, điều hành 6 tháng đầu năm\n"
     "Kính gửi: HĐND tỉnh\n", D(2025, 1, 1), D(2025, 6, 30), "6 tháng đầu năm 2025"),
    ("## BÁO CÁO\n### Tình hình kinh tế - xã hội quý I năm 2025\n", D(2025, 1, 1), D(2025, 3, 31), "quý I năm 2025"),
    ("BÁO CÁO\nTình hình KT-XH tháng 02 năm 2025\n", D(2025, 2, 1), D(2025, 2, 28), "tháng 2 năm 2025"),
    ("BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng đầu năm 2024\n", D(2024, 1, 1), D(2024, 9, 30),
     "9 tháng đầu năm 2024"),
    ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024, phương hướng nhiệm vụ năm 2025\n",
     D(2024, 1, 1), D(2024, 12, 31), "năm 2024"),
    ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 và 5 tháng đầu năm 2025\n", D(2025, 1, 1), D(2025, 5, 31),
     "5 tháng đầu năm 2025"),
    ("BÁO CÁO\nTổng kết nhiệm kỳ 2020-2025\n", D(2020, 1, 1), D(2025, 12, 31), "nhiệm kỳ 2020-2025"),
    # No title: the opening of the body (a news article).
    ("Trong 6 tháng đầu năm 2024, tỉnh Lạng Sơn thu hút 2 triệu lượt khách.", D(2024, 1, 1), D(2024, 6, 30),
     "6 tháng đầu năm 2024"),
])
def test_document_period(text: str, start: dt.date, end: dt.date, label: str) -> None:
    assert document_period(text) == Period(start, end, label)


def test_document_period_nfd() -> None:
    text = unicodedata.normalize("NFD", "BÁO CÁO\nKiểm điểm công tác chỉ đạo, điều hành quý II/2025\n")
    assert document_period(text) == Period(D(2025, 4, 1), D(2025, 6, 30), "quý II năm 2025")


def test_document_period_month_quarter_and_half_in_one_title() -> None:
    text = "BÁO CÁO\nTình hình kinh tế - xã hội tháng 6, quý II và 6 tháng đầu năm 2025\n"
    assert document_period(text) == Period(D(2025, 1, 1), D(2025, 6, 30), "6 tháng đầu năm 2025")


def test_a_news_headlines_month_is_not_widened_by_the_sum_of_months_in_its_body() -> None:
    text = ("date 2021-05\nGiá tiêu dùng tháng 5 tăng nhẹ\n\nChỉ số giá tiêu dùng tháng 5/2021 tăng 0,3% so với "
            "tháng trước. Bình quân 5 tháng năm 2021, chỉ số giá tăng 1,2% so với cùng kỳ.\n")
    assert document_period(text) == Period(D(2021, 5, 1), D(2021, 5, 31), "tháng 5 năm 2021")
    both = ("date 2021-05\nGiá tiêu dùng tháng 5 và 5 tháng đầu năm 2021\n\nChỉ số giá tháng 5 tăng 0,3%.\n")
    assert document_period(both) == Period(D(2021, 1, 1), D(2021, 5, 31), "5 tháng đầu năm 2021")


def test_a_headline_with_a_thousands_dot_still_dates_the_news_item() -> None:
    # "12.480" groups thousands: the headline goes on, and its month is the item's
    text = ("date 2022-04\nTháng 4: Doanh thu dịch vụ lưu trú đạt gần 12.480 tỷ đồng\n\nTháng 4, doanh thu đạt gần "
            "12.480 tỷ đồng. Tháng 4 tăng 2%. Lũy kế 4 tháng đầu năm, doanh thu đạt 40.100 tỷ đồng.\n")
    assert document_period(text) == Period(D(2022, 4, 1), D(2022, 4, 30), "tháng 4 năm 2022")


def test_a_headlines_meeting_month_yields_to_the_bodys_wider_period() -> None:
    text = ("UBND tỉnh Hà Giang họp phiên thường kỳ tháng 6 năm 2024\nTrong tháng 6 và 6 tháng đầu năm nay, "
            "kinh tế của tỉnh giữ đà tăng; GRDP tăng 6% so với cùng kỳ.\n")
    assert document_period(text) == Period(D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024")


def test_a_headline_aim_for_next_year_is_not_the_year_reviewed() -> None:
    # (the dot inside "7.700" ends no sentence: the aim word before it still frames the year)
    text = ("Huyện Tân Lập: Phấn đấu đưa giá trị sản xuất đạt 7.700 tỷ đồng trong năm 2022\n\n"
            "UBND huyện vừa họp đánh giá tình hình kinh tế - xã hội năm 2021, triển khai nhiệm vụ năm 2022.\n")
    assert document_period(text) == Period(D(2021, 1, 1), D(2021, 12, 31), "năm 2021")


def test_a_headlines_mid_year_session_dates_the_session_not_the_period() -> None:
    text = ("HĐND phường Tân An khóa IV nhiệm kỳ 2021- 2026 Kỳ họp giữa năm 2023 ( Kỳ họp thứ 3)\n\n"
            "Ngày 20.7, HĐND phường Tân An tổ chức kỳ họp thứ 3 nhiệm kỳ 2021-2026 để đánh giá việc thực hiện "
            "nhiệm vụ KT-XH 6 tháng đầu năm 2023, bàn nhiệm vụ 6 tháng cuối năm.\n\nThu ngân sách phường đạt trên "
            "12 tỷ đồng.\n")
    assert document_period(text) == Period(D(2023, 1, 1), D(2023, 6, 30), "6 tháng đầu năm 2023")


def test_a_headline_year_of_the_measures_discussed_is_not_the_year_reviewed() -> None:
    # (a page dated in the new year: the year named in the headline is the page's, yet it is the plan's)
    text = ("HĐND xã Hòa Bình thảo luận nhiều giải pháp phát triển nông nghiệp năm 2022\n\n08:15 03/01/2022\n"
            "HĐND xã Hòa Bình vừa tổ chức kỳ họp cuối năm để đánh giá tình hình kinh tế - xã hội năm 2021. "
            "Thu nhập bình quân đầu người đạt 40 triệu đồng.\n")
    assert document_period(text) == Period(D(2021, 1, 1), D(2021, 12, 31), "năm 2021")


# --- datelines and the reference year -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (" date 2024-09 Mưa lớn gây sạt lở tại nhiều xã.", Dateline(2024, 9, None)),
    ("date 2023-07-15\nTin tổng hợp", Dateline(2023, 7, 15)),
    ("Mã lưu trữ: ABCD\n\n date 2022-05 Mưa đá làm hư 30 nhà.", Dateline(2022, 5, None)),
    # a crawl time printed above the article's own date: the earlier one is the article's
    ("Chủ nhật, 15/02/2026 21:24 (GMT+7)\nThứ hai, 18/01/2021 09:25 (GMT+7)\n\nKhởi công nhà máy",
     Dateline(2021, 1, 18)),
    ("Tin mới (cập nhật 12/9/2024)\nNội dung", Dateline(2024, 9, 12)),
    ("Sáng 22/11, Văn phòng UBND tỉnh cho biết ...", Dateline(None, 11, 22)),
    ("Ngày 30.12, tin từ Sở Tài chính cho biết ...", Dateline(None, 12, 30)),
    ("Tỉnh đạt 8 tiêu chí trong 12 tháng.", None),
    # a paragraph after the lead opening on its work's history: the day it tells is no date of the page
    ("Chủ nhật, 07/03/2027 08:30\nTuyên Quang: Khánh thành cầu Bình Ca 2\n"
     "Sáng 6/3, UBND tỉnh tổ chức lễ khánh thành cầu Bình Ca 2 với tổng mức đầu tư 520 tỷ đồng.\n\n"
     "Công trình được khởi công ngày 12/5/2025, dài 900 m, nối hai bờ sông Lô.\n", Dateline(2027, 3, 7)),
    # near miss: the lead's own first words still date a page with no header date
    ("Khánh thành cầu Bình Ca 2\nNgày 6/3/2027, UBND tỉnh Tuyên Quang tổ chức lễ khánh thành cầu Bình Ca 2 với "
     "tổng mức đầu tư 520 tỷ đồng.\n", Dateline(2027, 3, 6)),
    ("Khánh thành cầu Bình Ca 2\nCây cầu thứ hai bắc qua sông Lô đã được đưa vào sử dụng sau hai năm thi công.\n"
     "Ngày 6/3/2027, UBND tỉnh Tuyên Quang tổ chức lễ khánh thành cầu.\n", Dateline(2027, 3, 6)),
])
def test_find_dateline(text: str, expected: Dateline | None) -> None:
    assert find_dateline(text) == expected


def test_reference_year_order() -> None:
    # the dateline's year first
    assert reference_year("x", Dateline(2019, 5, None)) == 2019
    # then the report's place-and-date line
    assert reference_year("Lạng Sơn, ngày 10 tháng 7 năm 2023\nBÁO CÁO") == 2023
    # then the year after a comparison with the same period of last year
    assert reference_year("Quý I, thu ngân sách tăng 12% so với cùng kỳ năm 2024.") == 2025
    assert reference_year("Ngày 30.12, GRDP tăng 7,8% so với năm 2022; dự toán năm 2024 là 6 tỷ.") == 2023
    # a stock against the end of a year: the text is of the year after
    assert reference_year("Nửa đầu năm, dư nợ đạt 90 tỷ đồng, tăng 2% so với cuối năm 2019.") == 2020
    # a bullet on the line after the year is no range of years
    assert reference_year("- Đàn gà giảm 300 con so với cùng kỳ năm 2022\n- Đàn vịt 50 con.") == 2023
    # then the most frequent year named
    assert reference_year("Năm 2022 đạt 5 tỷ; năm 2022 tăng 3%.") == 2022
    assert reference_year("6 tháng đầu năm, tăng 5%.") is None


# --- how a document gets its period -------------------------------------------------------------

def _is_disaster(sentence: str) -> bool:
    return "mưa" in sentence or "lũ" in sentence


@pytest.mark.parametrize(("text", "period", "source"), [
    ("BÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2024\n\nGRDP tăng 6%.",
     Period(D(2024, 7, 1), D(2024, 9, 30), "quý III năm 2024"), "title"),
    # a bulletin dates its event; the year from the page's dateline
    (" date 2024-08 Từ ngày 11-14/8, trên địa bàn tỉnh có mưa lớn, làm 20 nhà bị hư hỏng.",
     Period(D(2024, 8, 11), D(2024, 8, 14), "Từ ngày 11-14/8"), "event_dates"),
    (" date 2025-07 Mưa lớn kéo dài từ đêm 26 đến sáng 27/7 gây lũ quét ở hai xã.",
     Period(D(2025, 7, 26), D(2025, 7, 27), "từ đêm 26 đến sáng 27/7"), "event_dates"),
    # an event of one day is that day; a day after the page's own date is a forecast, not the event
    (" date 2024-03 Chiều 28/3, mưa đá làm 50 nhà bị tốc mái.",
     Period(D(2024, 3, 28), D(2024, 3, 28), "Chiều 28/3"), "event_dates"),
    (" date 2024-03-10 Dự báo ngày 28/3 có mưa lớn. Đợt mưa trước làm 5 nhà bị tốc mái.",
     Period(D(2024, 3, 1), D(2024, 3, 31), "tháng 3 năm 2024"), "date_line"),
    # (the week past said, the seven days before the page's day, still not the forecast's)
    (" date 2024-03-10 Dự báo ngày 28/3 có mưa lớn. Tuần qua, mưa làm 5 nhà bị tốc mái.",
     Period(D(2024, 3, 3), D(2024, 3, 9), "tuần qua"), "body"),
    # a dated meeting is not an event that damage belongs to: the year named in the body counts
    (" date 2018-12 Từ ngày 4 đến ngày 6/12/2018 HĐND tỉnh (nhiệm kỳ 2016-2021) họp. Thu ngân sách "
     "năm 2018 đạt 127 tỷ đồng.", Period(D(2018, 1, 1), D(2018, 12, 31), "năm 2018"), "body"),
    # the year after the text's own (from "so với năm 2022") is a plan's, not the period reported
    ("Ngày 30.12, Sở Tài chính cho biết: năm 2024, tỉnh phấn đấu thu 6.000 tỷ đồng. Năm nay GRDP tăng 7% "
     "so với năm 2022.", Period(D(2023, 1, 1), D(2023, 12, 31), "năm 2023"), "body"),
    # a phrase without a year takes the year implied by "cùng kỳ năm 2023"
    ("6 tháng đầu năm, GRDP tăng 3,02% so với cùng kỳ năm 2023.",
     Period(D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm"), "body"),
    # "đến hết quý III" covers the year up to the end of the quarter
    ("Đến hết quý III/2021, giải ngân vốn đầu tư công đạt 2.511 tỷ đồng.",
     Period(D(2021, 1, 1), D(2021, 9, 30), "9 tháng"), "body"),
    # figures to the end of a month are the year so far; another day is no period of its own
    (" date 2020-04 Thu ngân sách đến hết ngày 31/3 đạt 2.600 tỷ đồng.",
     Period(D(2020, 1, 1), D(2020, 3, 31), "3 tháng đầu năm 2020"), "body"),
    (" date 2020-04 Thu ngân sách đến hết ngày 20/3 đạt 2.600 tỷ đồng.",
     Period(D(2020, 4, 1), D(2020, 4, 30), "tháng 4 năm 2020"), "date_line"),
    # a dateline and nothing else: the month it was written in
    (" date 2025-08 Mưa lớn ngày qua làm 10 người thiệt mạng.",
     Period(D(2025, 8, 1), D(2025, 8, 31), "tháng 8 năm 2025"), "date_line"),
    # a bulletin's title names its days
    ("BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI TỈNH QUẢNG TRỊ\nBÁO CÁO NHANH\nTình hình thiệt hại do mưa lũ "
     "từ ngày 28/10 đến ngày 2/11/2024\n\n1. Về người: 2 người chết.",
     Period(D(2024, 10, 28), D(2024, 11, 2), "từ ngày 28/10 đến ngày 2/11/2024"), "title"),
    # when a work began ("khởi công từ tháng 3/2023") is not the period a news item reports on
    ("Sáng 25/5/2025, tỉnh khánh thành cầu Châu Giang. Công trình khởi công từ tháng 3/2023, "
     "tổng mức đầu tư 1.035 tỷ đồng.", Period(D(2025, 5, 1), D(2025, 5, 31), "tháng 5 năm 2025"), "date_line"),
    # no year anywhere: the period stays unknown, never invented
    ("Sáng 22/11, toàn tỉnh có 36 người chết do mưa lũ.", None, None),
    # dates written with dashes, the range spelled "đến"
    (" date 2023-09 Trận mưa lớn từ ngày 3 đến 5-9 làm 12 nhà bị ngập.",
     Period(D(2023, 9, 3), D(2023, 9, 5), "từ ngày 3 đến 5-9"), "event_dates"),
    # "tối qua (14/6)": the event's day, not the day it was told ("Sáng 15/6, ... cho biết")
    (" date 2022-06-15 Sáng 15/6, lãnh đạo xã cho biết mưa đá lúc 20h tối qua (14/6) làm 9 nhà hư hỏng.",
     Period(D(2022, 6, 14), D(2022, 6, 14), "tối qua (14/6)"), "event_dates"),
    # the day a source told the news ("Sáng 4/10, ... cho biết") and the day a tally runs to ("tính đến 8 giờ
    # ngày 4/10") give way to a day of the event itself ...
    (" date 2023-10 Sáng 4/10, UBND xã cho biết mưa lớn chiều 2/10 làm 4 nhà bị ngập.",
     Period(D(2023, 10, 2), D(2023, 10, 2), "chiều 2/10"), "event_dates"),
    (" date 2023-10 Tính đến 8 giờ ngày 4/10, trận lũ đêm 2/10 làm 4 nhà bị sập.",
     Period(D(2023, 10, 2), D(2023, 10, 2), "đêm 2/10"), "event_dates"),
    # ... and are the best day the text has when it gives none
    (" date 2023-10 Ban chỉ huy phòng chống thiên tai huyện tối 3/10 cho hay: tính đến 8 giờ ngày 3/10, lũ "
     "làm 4 nhà bị sập.", Period(D(2023, 10, 3), D(2023, 10, 3), "tối 3/10"), "event_dates"),
    (" date 2023-10 Trưa 3-10, thông tin từ UBND xã cho biết mưa lớn làm 4 nhà bị ngập.",
     Period(D(2023, 10, 3), D(2023, 10, 3), "Trưa 3-10"), "event_dates"),
    # the day a commune confirmed the news ("Chiều 3-7, UBND xã xác nhận ...") gives way to the event's own day
    (" date 2024-07 Chiều 3-7, UBND xã xác nhận trận mưa giông vào khoảng 16 giờ ngày 2-7 làm 6 nhà tốc mái.",
     Period(D(2024, 7, 2), D(2024, 7, 2), "ngày 2-7"), "event_dates"),
    # the day a body made its report ("Ngày 9/10, UBND huyện đã có báo cáo về ...", "... công bố ...")
    # gives way to the dates of the event it reports
    (" date 2022-10-09 Ngày 9/10, UBND huyện đã có báo cáo về thiệt hại do trận lũ từ ngày 3 đến 5/10 gây ra: "
     "12 nhà bị ngập.", Period(D(2022, 10, 3), D(2022, 10, 5), "từ ngày 3 đến 5/10"), "event_dates"),
    (" date 2022-10-09 Sáng 9/10, Sở Nông nghiệp công bố thiệt hại của đợt mưa lũ từ ngày 3 đến 5/10: 12 nhà "
     "bị ngập.", Period(D(2022, 10, 3), D(2022, 10, 5), "từ ngày 3 đến 5/10"), "event_dates"),
    # ... also written with a dot
    (" date 2018-10 Cơn lũ trái mùa ập xuống bản vào sáng qua (22.10) làm 5 nhà bị cuốn trôi.",
     Period(D(2018, 10, 22), D(2018, 10, 22), "sáng qua (22.10)"), "event_dates"),
    # "sáng nay (5/8)": the day of the event written out after "this morning", as "sáng qua (22.10)" is
    (" date 2021-08 Chiều 5/8, cán bộ xã kể lại một chiếc ghe bị hỏng máy. Còn ở xã ven biển, từ sáng nay (5/8) "
     "gió mạnh và mưa lớn làm 3 nhà tốc mái.", Period(D(2021, 8, 5), D(2021, 8, 5), "sáng nay (5/8)"), "event_dates"),
    # a sentence running across the end of the opening window is read whole, not cut inside its date
    (" date 2021-08 " + "Cán bộ xã đi kiểm tra các hộ dân ven biển. " * 20 + "Tại thôn Đông, từ sáng nay (5/8), "
     "gió mạnh và mưa lớn làm 3 nhà tốc mái.", Period(D(2021, 8, 5), D(2021, 8, 5), "sáng nay (5/8)"), "event_dates"),
    # "đến hết tháng 9/2020": the year to the end of that month
    ("Tính đến hết tháng 9/2020, vốn đầu tư công giải ngân 410 tỷ đồng, đạt 52% kế hoạch.",
     Period(D(2020, 1, 1), D(2020, 9, 30), "9 tháng"), "body"),
    # a first day that a later range covers is that range; a day written with a dot
    (" date 2021-04 Đêm 9/4, mưa đá làm 30 nhà tốc mái. Trận mưa đá từ đêm 9/4 đến sáng 10/4 làm hỏng 20 ha ngô.",
     Period(D(2021, 4, 9), D(2021, 4, 10), "từ đêm 9/4 đến sáng 10/4"), "event_dates"),
    (" date 2019-05 Chiều 12.5, lốc xoáy và mưa lớn làm 14 nhà tốc mái.",
     Period(D(2019, 5, 12), D(2019, 5, 12), "Chiều 12.5"), "event_dates"),
    # a range whose month is written with a dot or after two days joined by a comma
    (" date 2022-07 Trận mưa lớn từ ngày 4 - 7.7 làm sạt lở 12 điểm đường.",
     Period(D(2022, 7, 4), D(2022, 7, 7), "từ ngày 4 - 7.7"), "event_dates"),
    (" date 2021-10 Trong 2 ngày (10 - 11.10), mưa lũ làm 3 người chết.",
     Period(D(2021, 10, 10), D(2021, 10, 11), "ngày (10 - 11.10"), "event_dates"),
    (" date 2024-06 Trong hai ngày 8, 9-6, mưa đá làm 40 nhà tốc mái.",
     Period(D(2024, 6, 8), D(2024, 6, 9), "ngày 8, 9-6"), "event_dates"),
    # a day written with a dash ("Tối 14-10"), not the range "14-15/10" whose slash follows
    (" date 2023-10 Tối 14-10, mưa lớn kèm gió mạnh làm 25 nhà tốc mái ở ven biển.",
     Period(D(2023, 10, 14), D(2023, 10, 14), "Tối 14-10"), "event_dates"),
    # a dotted amount is no day: the dateline's month
    (" date 2022-07 Trận mưa lớn làm ngập từ 2 - 6.800 ha lúa.",
     Period(D(2022, 7, 1), D(2022, 7, 31), "tháng 7 năm 2022"), "date_line"),
    # "8 tháng qua" on a page of September: January to August
    (" date 2021-09 Giải ngân vốn đầu tư công 8 tháng qua đạt 41% kế hoạch.",
     Period(D(2021, 1, 1), D(2021, 8, 31), "8 tháng"), "body"),
    # a portal's today-widget is not the page's date: the year the text names counts
    ("Hôm nay, Thứ hai ngày 03/05/2021\nHội nghị góp ý báo cáo nhiệm vụ năm 2020 (kết quả thực hiện nhiệm vụ "
     "năm 2020 đạt khá). Tổng giá trị sản xuất đạt 900 tỷ đồng.", Period(D(2020, 1, 1), D(2020, 12, 31), "năm 2020"),
     "body"),
    # a year that only names a programme, in a sentence without figures, yields to the part of it
    # whose figures the text gives
    ("Các huyện đẩy mạnh thực hiện Chương trình phát triển nông nghiệp năm 2023. Tính chung 9 tháng đầu "
     "năm 2023, tổng sản lượng đạt 12.000 tấn.", Period(D(2023, 1, 1), D(2023, 9, 30), "9 tháng đầu năm 2023"),
     "body"),
    # a term set off by commas as the time of the sentence is the period reviewed
    (" date 2025-09 Vượt qua nhiều thách thức, nhiệm kỳ 2020-2025, tỉnh đạt tốc độ tăng trưởng bình quân 7%. "
     "Năm 2024, GRDP đạt 300 nghìn tỷ đồng.", Period(D(2020, 1, 1), D(2025, 12, 31), "nhiệm kỳ 2020-2025"), "body"),
    # the years a recognition holds for ("đạt chuẩn ... giai đoạn 3 năm 2021-2023") do not widen the
    # year the text reviews
    (" date 2024-01 Năm 2023, xã thu ngân sách 4 tỷ đồng; 95% khu dân cư đạt chuẩn văn hóa giai đoạn 3 năm "
     "2021-2023.", Period(D(2023, 1, 1), D(2023, 12, 31), "năm 2023"), "body"),
    # "11 tháng của năm 2025": the months of the year so far
    (" date 2025-12 Trong 11 tháng của năm 2025, tỉnh thu hút 50 dự án mới.",
     Period(D(2025, 1, 1), D(2025, 11, 30), "11 tháng đầu năm 2025"), "body"),
    # a year that only names the plan it sets yields to the months the text then reports to; a year
    # whose sentence reports a result stays
    ("Năm 2022, thành phố được giao dự toán thu phí là 60 tỷ đồng. Đến hết tháng 8, thành phố mới thu "
     "được 31 tỷ đồng.", Period(D(2022, 1, 1), D(2022, 8, 31), "8 tháng đầu năm 2022"), "body"),
    ("Năm 2022, thành phố thu phí được 62 tỷ đồng, vượt dự toán giao. Đến hết tháng 8 năm nay, thu thêm "
     "10 tỷ đồng.", Period(D(2022, 1, 1), D(2022, 12, 31), "năm 2022"), "body"),
    # a resolution's page that lost its "NGHỊ QUYẾT" line: the capitals subject line under the number line
    # is its title, and the year the estimate is for is its period (not the year it was signed)
    ("HỘI ĐỒNG NHÂN DÂN\nTHỊ XÃ AN KHÊ\nSố: 61/NQ-HĐND\nAn Khê, ngày 18 tháng 12 năm 2024\n"
     "VỀ DỰ TOÁN THU, CHI NGÂN SÁCH THỊ XÃ NĂM 2025\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
     "Điều 1. Tổng thu ngân sách 412 tỷ đồng.", Period(D(2025, 1, 1), D(2025, 12, 31), "năm 2025"), "title"),
    # a text naming no period of its own whose figures are held against "6 tháng đầu năm" of a year: the
    # same months of the year after (the bullet after the year on the next line is no range)
    ("Chăn nuôi\n\n- Đàn bò 800 con, tăng 20 con so với 6 tháng đầu năm 2022\n- Đàn gà 9.000 con, giảm 300 con "
     "so với cùng kỳ năm 2022\n- Tiêm phòng 700 con.", Period(D(2023, 1, 1), D(2023, 6, 30), "6 tháng đầu năm 2023"),
     "body"),
    # the accounts of a closed year heard at a mid-year session are not the period reported on
    ("Sáng 12/7, HĐND xã tổ chức kỳ họp, nghe báo cáo quyết toán ngân sách năm 2015, báo cáo tình hình 6 tháng "
     "đầu năm, nhiệm vụ 6 tháng cuối năm 2016. Diện tích lúa 200 ha.",
     Period(D(2016, 1, 1), D(2016, 6, 30), "6 tháng đầu năm 2016"), "body"),
])
def test_locate_document_period(text: str, period: Period | None, source: str | None) -> None:
    got, got_source = locate_document_period(text, _is_disaster)
    assert got_source == source
    if period is None:
        assert got is None
    else:
        assert got is not None and (got.start, got.end) == (period.start, period.end)


# --- the whole document: province, type, placement ----------------------------------------------

def test_a_national_summary_is_about_no_province() -> None:
    text = ("Mưa lũ làm 23 người chết (Hà Giang: 5 người; Lai Châu: 16 người; Lào Cai: 2 người). "
            "Tại Hà Giang, Lai Châu, Điện Biên và Lào Cai nhiều nhà bị sập; Điện Biên có 3 nhà bị cuốn trôi, "
            "Lai Châu 9 nhà, Hà Giang 4 nhà, Lào Cai 1 nhà, Điện Biên 2 điểm trường.")
    assert describe_document(text).province is None


def test_one_province_named_often_is_the_document_province() -> None:
    text = ("Lũ quét gây thiệt hại\nLũ quét tại tỉnh Sơn La làm 2 người chết. Sơn La đã sơ tán 40 hộ; "
            "Lai Châu hỗ trợ 10 tấn gạo.")
    info = describe_document(text)
    assert (info.province, info.place_source) == ("son_la", "body")


@pytest.mark.parametrize(("text", "doc_type"), [
    ("TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN THÁNG 12 NĂM 2023\n\nGRDP tăng 7,1%.", "socioeconomic_report"),
    ("1.1.2. Chi ngân sách: tổng chi 8.537 tỷ đồng.\n1.2. Tín dụng\nDư nợ 24.610 tỷ đồng.",
     "socioeconomic_report"),
    ("Cơ cấu chi ngân sách\n" + "\n".join(f"Khoản {i}  10,5  11,2  12,0  13,1" for i in range(6)), "other"),
    ("Tỉnh Cà Mau khởi công nhà máy điện gió vốn 10.000 tỷ đồng.", "news"),
])
def test_frameless_document_types(text: str, doc_type: str) -> None:
    assert describe_document(text).doc_type == doc_type


def _extract(text: str):
    return extract_document(text.encode("utf-8"), "t.txt").document


@pytest.mark.parametrize(("text", "placement", "period_source", "place_source"), [
    ("BÁO CÁO\nTình hình kinh tế - xã hội tỉnh Lạng Sơn quý I năm 2025\n\nGRDP tăng 6,5%.",
     "placed", "title", "title"),
    # a headline names the province: that is the title of a news item
    (" date 2024-09 Tỉnh Yên Bái: mưa lớn làm 12 nhà bị hư hỏng.", "placed", "date_line", "title"),
    ("Mưa lũ gây thiệt hại\nSáng 22/11, tỉnh Quảng Nam cho biết mưa lũ làm 36 người chết.", "no_period", None,
     "body"),
    ("Trong năm 2024, Cục Thống kê tỉnh cho biết GRDP tăng 6,2%.", "no_province", "body", None),
    ("Cục Thống kê tỉnh cho biết 6 tháng đầu năm GRDP tăng 6,2%.", "unplaced", None, None),
])
def test_placement_of_a_report(text: str, placement: str, period_source: str | None,
                               place_source: str | None) -> None:
    doc = _extract(text)
    assert (doc["placement"], doc["period_source"], doc["place_source"]) == (placement, period_source, place_source)


def test_facts_of_an_unplaced_report_are_kept_with_unknown_place_and_period() -> None:
    ex = extract_document("Cục Thống kê tỉnh cho biết GRDP tăng 6,2% so với cùng kỳ.".encode(), "t.txt")
    [row] = ex.tables["indicators"].rows(named=True)
    assert (row["value"], row["province"], row["period_start"]) == (6.2, None, None)


def test_refused_only_when_not_a_report() -> None:
    with pytest.raises(RejectedDocument) as err:
        _extract("The printer on the second floor was serviced on Tuesday, 3 times.")
    assert err.value.code == "not_vietnamese"
    with pytest.raises(RejectedDocument) as err:
        _extract("UBND TỈNH BẮC KẠN\nBÁO CÁO\nVề công tác vệ sinh môi trường tại các trường học\n")
    assert err.value.code == "no_figures"
    # numbers written but none read as a figure: a real text the rules miss, loaded all the same
    doc = _extract("Tin Hà Tĩnh: sáng 5/3, người dân bức xúc vì con đường dự án thi công ì ạch.")
    assert doc["province"] == "ha_tinh"


def test_nfd_text_is_vietnamese() -> None:
    doc = _extract(unicodedata.normalize("NFD", "Tỉnh Lạng Sơn: năm 2024 GRDP tăng 6,5%."))
    assert doc["province"] == "lang_son"


def test_a_year_up_to_now_ends_on_the_pages_day() -> None:
    text = "15/10/2023\nPV\n\nTừ đầu năm 2023 đến nay, toàn huyện đã trồng mới 420 ha rừng tập trung.\n"
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2023, 1, 1), dt.date(2023, 10, 15))
    later = "15/10/2024\nPV\n\nTừ đầu năm 2023 đến nay, toàn huyện đã trồng mới 420 ha rừng tập trung.\n"
    assert describe_document(later).period.end == dt.date(2023, 12, 31)  # another year's page: the year


def test_a_month_without_its_year_after_the_pages_month_is_last_years() -> None:
    text = (
        "Thứ tư - 03/01/2024 08:15\n"
        "Tình hình kinh tế - xã hội tháng 12 và năm 2023 của tỉnh như sau: tổng sản phẩm tăng 6,5%.\n"
    )
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_months_so_far_written_as_a_word_or_left_untold() -> None:
    worded = "Kim ngạch xuất khẩu của tỉnh trong ba tháng đầu năm 2024 đạt 410 triệu USD, tăng 12% so với cùng kỳ.\n"
    period = describe_document(worded).period
    assert (period.start, period.end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    vague = (
        "Những tháng đầu năm 2024, tỉnh đã cấp mới 9 dự án đầu tư.\n"
        "Trong 5 tháng đầu năm 2024, vốn đăng ký mới đạt 1.250 tỷ đồng, tăng 8% so với cùng kỳ năm trước.\n"
    )
    assert describe_document(vague).period.end == dt.date(2024, 5, 31)


def test_an_average_over_years_is_not_the_period_reported() -> None:
    text = (
        "Năm 2022, thu nhập bình quân đầu người của tỉnh đạt 52 triệu đồng "
        "(trung bình giai đoạn 2020-2022 tăng 6,1%/năm), cao hơn mục tiêu đề ra.\n"
    )
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_last_years_result_before_this_years_half_is_background() -> None:
    text = (
        "date 2022-08 Năm 2021, sản lượng lúa của tỉnh đạt 610.000 tấn, tăng 3%. "
        "Trong 6 tháng đầu năm 2022, sản lượng đạt 298.000 tấn, bằng 49% kế hoạch.\n"
    )
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2022, 1, 1), dt.date(2022, 6, 30))
    plan = "date 2022-01 Năm 2021, sản lượng lúa đạt 610.000 tấn. Kế hoạch năm 2022 phấn đấu đạt 620.000 tấn.\n"
    assert describe_document(plan).period.end == dt.date(2021, 12, 31)  # a year still to come: a plan


def test_months_of_the_province_and_a_medium_term_plan() -> None:
    text = (
        "date 2024-07 Theo báo cáo, 6 tháng của tỉnh, giá trị sản xuất công nghiệp tăng 5,2%.\n"
        "Hội nghị cũng cho ý kiến về kế hoạch vốn trung hạn giai đoạn 2021-2025 của tỉnh.\n"
    )
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


@pytest.mark.parametrize(("text", "year"), [
    # a person's year of birth
    ("date 2025-10-02 Bà Lê Thị B (sinh năm 1978, quê xã Hòa An) được bầu làm Bí thư Đảng ủy phường "
     "Hòa Bình; phường có 12.000 dân và 30 chi bộ.\n", 2025),
    # the year of a past flood a new one passes
    ("date 2018-10\nLũ lớn ở miền núi\n\nMưa to làm 3 người chết, 40 nhà bị ngập. Nước sông Mã lên "
     "nhanh, vượt đỉnh lũ lịch sử năm 1996 tới 0,4 m.\n", 2018),
])
def test_a_year_that_dates_something_else_is_no_period(text: str, year: int) -> None:
    period = document_period(text)
    assert period is None or period.start.year == year


def test_a_bracketed_figure_of_last_year_dates_this_years_period() -> None:
    text = (
        "Kinh tế tỉnh 9 tháng năm nay tăng 8,2%; công nghiệp tăng 10,1% (mức tăng 9 tháng năm 2022 chỉ là 4,3%), "
        "dịch vụ tăng 6% (9 tháng năm 2022 tăng 5,1%)."
    )
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (D(2023, 1, 1), D(2023, 9, 30))


def test_quarters_without_a_year_do_not_tie_a_text_to_its_portals_date() -> None:
    text = (
        "Chủ nhật, 30/11/2025\nTrong năm 2024, GRDP của tỉnh Hưng Yên tăng 7,7% (quý I tăng 6,1%; quý II tăng "
        "8,7%; quý III tăng 8,7%). Quy mô kinh tế năm 2024 đạt 159.000 tỷ đồng."
    )
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_quarter_joined_to_the_year_after_it_is_of_that_year() -> None:
    text = (
        "date 2023-01 Theo báo cáo tình hình kinh tế - xã hội quý 4 và cả năm 2022 của Cục Thống kê, GRDP năm "
        "2022 tăng 9,03%."
    )
    period = document_period(text)
    assert period is not None and period.end.year == 2022


def test_this_year_said_in_passing_yields_to_the_part_of_the_year_named_after() -> None:
    text = (
        "Bắc Ninh chưa từng thu trên 40.000 tỷ đồng, nhưng năm nay đã vượt mốc đó. Tính chung 10 tháng, thu "
        "ngân sách đạt 41.000 tỷ đồng, tăng 20% so với cùng kỳ năm 2021."
    )
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (D(2022, 1, 1), D(2022, 10, 31))


def test_a_period_after_the_pages_month_is_a_plan_not_the_period_reported_on():
    # a page of August 2025 whose only dated phrase is a completion still to come
    text = ("date 2025-08\nTỉnh khởi công kè sông Cái Cá\n\nSáng 17/8, tỉnh khởi công kè sông Cái Cá, tổng vốn 160 tỷ "
            "đồng. Công trình dự kiến hoàn thành vào cuối tháng 11/2026.")
    info = describe_document(text)
    assert (info.period.start, info.period.end) != (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert info.period.start <= dt.date(2025, 8, 31)


def test_a_headlines_whole_year_not_yet_over_yields_to_the_months_gone_by() -> None:
    # a page of July: the year in the headline is a forecast, the half year is what the news reports
    text = ("date 2019-07\nThu ngân sách năm 2019 ước đạt 4.500 tỷ đồng\n\n"
            "Sáng 10/7, Sở Tài chính cho biết thu ngân sách"
            " 6 tháng đầu năm 2019 đạt 2.400 tỷ đồng, bằng 55% dự toán.\n")
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2019, 1, 1), dt.date(2019, 6, 30))
    # late in the year the year itself is reported on
    december = text.replace("date 2019-07", "date 2019-12")
    assert describe_document(december).period.end == dt.date(2019, 12, 31)


def test_a_whole_year_reckoned_ahead_in_news_of_its_first_months_is_the_years() -> None:
    text = ("date 2021-07\nSản xuất công nghiệp phục hồi\n\n"
            "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2021 tăng 5,1% so với cùng kỳ. "
            "Chỉ số sản xuất công nghiệp năm 2021 dự báo tăng 7,5%. "
            "Dịp Tết năm 2021, toàn tỉnh trao 900 suất quà.\n")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "indicators"]
    ends = {r["value"]: r["period_end"] for r in rows}
    assert ends[5.1] == "2021-06-30"
    assert ends[7.5] == "2021-12-31"  # the year with "dự báo": a forecast for the whole year
    assert ends[900] == "2021-06-30"  # a year that only names an occasion keeps the months


def test_the_base_or_as_of_day_of_a_figure_is_no_dateline():
    # a short body line near the top: "so với 31/12/2021" is a figure's base, "đến 30/9/2022" its as-of day
    text = ("1.2. Tín dụng\n+ Dư nợ ước đến 30/9/2022 là 21.010 tỷ đồng; so với 31/12/2021 tăng 2.014 tỷ đồng.\n"
            "+ Nợ xấu chiếm 0,8% tổng dư nợ.\n")
    assert find_dateline(text) is None
    page = "Thứ hai, 18/01/2021 09:25 (GMT+7)\n\nKhởi công nhà máy điện gió 200 tỷ đồng"
    assert find_dateline(page) == Dateline(2021, 1, 18)


def test_the_months_still_ahead_are_no_period_and_a_dashed_cut_off_day_ends_the_months_so_far() -> None:
    # "Trong 3 tháng cuối năm, huyện sẽ ...": what is still to be done; "đến ngày 30-9": the year so far
    text = ("Huyện Y: Thu ngân sách tăng 9%\n\nTheo UBND huyện, ước tính đến ngày 30-9, tổng diện tích gieo trồng "
            "đạt 12 ngàn ha, tăng 1% so với cùng kỳ. Trong 3 tháng cuối năm, huyện sẽ tập trung hoàn thành các chỉ "
            "tiêu của năm 2023.\n")
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30), "body")
    # said of what was done, the same months are the period
    done = text.replace(" sẽ tập trung hoàn thành", " đã hoàn thành").replace("ước tính đến ngày 30-9, ", "")
    assert locate_document_period(done, _is_disaster)[0].start == dt.date(2023, 10, 1)


def test_a_page_of_early_january_reviews_the_year_before_and_plans_this_one() -> None:
    # "Năm nay, xã dự kiến làm mới ..." speaks of the year ahead: the item reports on the year its results name,
    # and its plan aims at the page's own year
    text = (
        "Phú Mỹ làm mới 9 cầu dân sinh\nTin địa phương - Ngày đăng : 08:10, 05/01/2015\n\n"
        "Năm nay, xã Phú Mỹ dự kiến làm mới từ 4-6 cầu dân sinh.\n\n"
        "Trong năm 2014, xã Phú Mỹ đã làm mới 9 cầu dân sinh, đạt 100% kế hoạch.\n"
    )
    rows = list(extraction_to_json_rows(extract_document(text.encode(), "t.txt")))
    doc = rows[0]
    assert (doc["period_start"], doc["period_end"]) == ("2014-01-01", "2014-12-31")
    targets = [r for r in rows if r["table"] == "indicators" and r["metric"] == "target"]
    assert targets and all(r["period_start"] == "2015-01-01" for r in targets)


def test_the_year_of_the_plan_compared_with_is_the_reference_year() -> None:
    # a text whose only year is the plan's ("so với kế hoạch đề ra đầu năm 2023") speaks of that year
    text = "Doanh thu du lịch 6 tháng đạt 900 tỷ đồng, tăng 14%, cao hơn so với kế hoạch đề ra đầu năm 2023 là 9%."
    assert reference_year(text) == 2023
    assert reference_year("Sản lượng điện đạt 3 tỷ kWh, vượt so với kế hoạch năm 2021.") == 2021


def test_dates_of_a_resolutions_legal_basis_are_not_its_dateline():
    text = ("Nghị quyết về dự toán ngân sách phường năm 2023\n"
            "09:15 05/01/2023\n"
            "HỘI ĐỒNG NHÂN DÂN PHƯỜNG\n"
            "Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015;\n"
            "Xét Tờ trình số 12/TTr-UBND ngày 28/12/2022 của UBND phường;\n")
    assert find_dateline(text) == Dateline(2023, 1, 5)


def test_r36_a_december_session_setting_next_years_tasks_reviews_the_year() -> None:
    text = (" date 2016-12 HĐND xã vừa họp để đánh giá kết quả thực hiện các chỉ tiêu và bàn phương hướng, "
            "nhiệm vụ năm 2017. Thu ngân sách đạt 5 tỷ đồng.")
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2016, 1, 1), D(2016, 12, 31), "body")
    # a plan for a year that is not the next one leaves the page's month
    other = text.replace("date 2016-12", "date 2016-06")
    got, source = locate_document_period(other, _is_disaster)
    assert (got.start, got.end, source) == (D(2016, 6, 1), D(2016, 6, 30), "date_line")


def test_years_of_a_works_history_or_plans_give_no_reference_year() -> None:
    # a news item without dateline: the ground-breaking month, the start of operation and the completion
    # still to come date the work, not the news
    text = (
        "Khánh thành nhà máy thủy điện Nậm Khánh\n\n"
        "Sáng 20/4, tỉnh tổ chức lễ khánh thành nhà máy. Công trình được khởi công tháng 3/2015 và vận hành "
        "từ tháng 8/2017. Giai đoạn hai dự kiến sẽ hoàn thành năm 2021.\n"
    )
    assert reference_year(text) is None
    assert locate_document_period(text)[0] is None
    # a year the news reports on still counts
    assert reference_year("Năm 2023, toàn tỉnh trồng được 500 ha rừng.") == 2023


def test_the_year_so_far_without_a_year_is_the_pages() -> None:
    # "Từ đầu năm đến nay" with no year on a page of 20/08/2022: January 1 up to the page's day
    text = "Cập nhật ngày: 20/08/2022\n\nTừ đầu năm đến nay, huyện đã cấp phép cho 9 dự án với tổng vốn 300 tỷ đồng.\n"
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2022, 1, 1), dt.date(2022, 8, 20))


def test_year_so_far_said_before_the_quarter_it_ends_with_is_the_period() -> None:
    # the months since January, named first, cover the quarter named after them
    text = ("Bình Định tăng tốc giải ngân\n\ndate 2024-10-08\n\nTính đến hết tháng 9 năm 2024, tỉnh giải ngân "
            "vốn đầu tư công đạt 61% kế hoạch. Riêng quý III/2024, vốn đầu tư thực hiện tăng 12% so với quý II.\n")
    period = document_period(text)
    assert (period.start, period.end) == (D(2024, 1, 1), D(2024, 9, 30))


def test_a_stretch_target_named_as_a_noun_does_not_make_the_sentence_a_plan() -> None:
    # "đạt 95% so với chỉ tiêu phấn đấu": the target aimed at is named as a noun; the sentence reports
    # what the months reached, so they are the period (the year only comes from a later plan phrase)
    text = ("Ngân sách tăng khá\n(XY) - 8 tháng đầu năm nay, huyện thu ngân sách được 120 tỷ đồng, đạt 95% so "
            "với chỉ tiêu phấn đấu. Kết quả này góp phần hoàn thành dự toán thu năm 2023.\n")
    assert locate_document_period(text)[0] == Period(D(2023, 1, 1), D(2023, 8, 31), "8 tháng đầu năm 2023")
    # "phấn đấu" as a verb still marks what is aimed at, not the period reported
    aim = ("Ngân sách tăng khá\n(XY) - Phấn đấu 8 tháng đầu năm nay thu đạt 70% dự toán. Năm 2022, huyện thu "
           "được 150 tỷ đồng.\n")
    assert locate_document_period(aim)[0] != Period(D(2022, 1, 1), D(2022, 8, 31), "8 tháng đầu năm 2022")


def test_a_victims_year_of_birth_is_no_reference_year() -> None:
    text = ("Mưa đá làm 1 người chết (anh Vàng A Sùng, sinh năm 1990, ở bản Pá Khoang) và 3 người bị thương. "
            "Tính đến 16 giờ ngày 5/4, 120 nhà bị tốc mái.")
    assert reference_year(text) is None


def test_a_day_a_target_is_set_for_gives_no_reference_year_beside_the_day_reported() -> None:
    text = ("Tính đến hết ngày 20/12/2027, tỉnh đã cấp 4.300 giấy chứng nhận quyền sử dụng đất. "
            "Ngành phấn đấu đến ngày 28/2/2028 cấp thêm 600 giấy.")
    assert reference_year(text) == 2027
    # a deadline moved to a day is no day reported on either
    assert reference_year(text.replace("Ngành phấn đấu đến ngày", "Thời hạn được gia hạn đến")) == 2027
    # near miss: two days both reported on name no one year
    assert reference_year(text.replace("Ngành phấn đấu đến ngày 28/2/2028 cấp", "Ngày 28/2/2028 đã cấp")) is None


def test_months_counted_to_a_months_end_outrank_a_later_year_of_the_same_year() -> None:
    # the text counts to the end of May, said first; the year of a campaign named later is the same year,
    # not the period reported on
    text = ("Mở rộng diện bao phủ\n\nTính đến hết tháng 5 năm 2024, cả huyện có 81.200 người có thẻ bảo hiểm y tế. "
            "Ngành đã vận động người dân tham gia, nhất là trong Tháng hành động năm 2024 (tháng 6) vừa qua.\n")
    period = document_period(text)
    assert (period.start, period.end) == (D(2024, 1, 1), D(2024, 5, 31))


def test_r44_a_page_of_next_years_estimates_is_about_that_year() -> None:
    # dated in December of one year, the resolution adopts the estimates of the next: that year is its period
    page = (
        "Nghị quyết về dự toán thu, chi ngân sách huyện năm 2025 do huyện Ba Tơ ban hành\n"
        "Số: 40/NQ-HĐND | Ba Tơ, ngày 18 tháng 12 năm 2024 |\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "QUYẾT NGHỊ:\n"
    )
    got = document_period(page)
    assert (got.start, got.end) == (D(2025, 1, 1), D(2025, 12, 31))
    # a page dated so without estimates in its headline keeps the year of its date line
    got = document_period(page.replace("dự toán thu, chi ngân sách", "tổ chức bộ máy"))
    assert (got.start, got.end) == (D(2024, 1, 1), D(2024, 12, 31))


def test_r46_months_without_a_year_take_the_year_of_the_days_the_body_dates() -> None:
    # "Trong 6 tháng đầu năm, ... từ ngày 01 - 08/3/2024": the only year the text writes is in a day it dates
    text = ("Trong 6 tháng đầu năm, hội viên phụ nữ trên địa bàn huyện tích cực hưởng ứng các phong trào. "
            "Hội phát động Tuần lễ áo dài từ ngày 01 - 08/3/2024 và trao tặng 350 phần quà.")
    assert reference_year(text) == 2024
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (D(2024, 1, 1), D(2024, 6, 30))
    # a day a resolution is dated by is no day of the period reported on
    assert reference_year("Trong 6 tháng đầu năm, thực hiện Nghị quyết số 12/NQ-HĐND ngày 23/9/2021, "
                          "huyện trao 350 phần quà.") is None


def test_the_second_half_named_beside_the_first_is_the_tasks_ahead() -> None:
    text = ("HĐND huyện Cẩm Xuyên họp giữa năm\n\n"
            "Kỳ họp bàn các giải pháp phát triển kinh tế 6 tháng cuối năm 2023 và những năm sau.\n\n"
            "Theo báo cáo, 6 tháng đầu năm 2023, thu ngân sách đạt 80 tỷ đồng, đạt 51% kế hoạch.\n")
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    # a text that reviews the second half, its first half not named, keeps it
    later = "Theo báo cáo, 6 tháng cuối năm 2023, thu ngân sách đạt 80 tỷ đồng.\n"
    period = describe_document("Huyện Cẩm Xuyên thu ngân sách\n\n" + later).period
    assert (period.start, period.end) == (dt.date(2023, 7, 1), dt.date(2023, 12, 31))


@pytest.mark.parametrize(("text", "period"), [
    # a page early in a year: the year gone by is the one before
    ("Năm qua, Kon Tum thu ngân sách vượt dự toán\n(Cập nhật 08/01/2027)\n\nNăm qua, tổng thu ngân sách nhà nước trên "
     "địa bàn tỉnh Kon Tum đạt 5.100 tỷ đồng. Tháng 12 vừa qua, thu nội địa đạt 420 tỷ đồng.",
     (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
    ("Thứ Hai, 03/02/2025 - 09:10\n\nTrong năm vừa qua, tỉnh Sơn La đón 3,1 triệu lượt khách du lịch.",
     (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    # a page of December says it of its own year
    ("Thứ Sáu, 26/12/2025 - 14:00\n\nNăm qua, tỉnh Sơn La đón 3,4 triệu lượt khách du lịch.",
     (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
])
def test_the_year_gone_by_is_read_against_the_pages_date(text: str, period: tuple[dt.date, dt.date]) -> None:
    doc = _extract(text)
    assert (doc["period_start"], doc["period_end"]) == period


def test_the_year_gone_by_dates_its_figures_and_a_run_of_years_does_not() -> None:
    text = ("Năm qua, Kon Tum thu ngân sách vượt dự toán\n(Cập nhật 08/01/2027)\n\nNăm qua, tổng thu ngân sách nhà "
            "nước trên địa bàn tỉnh Kon Tum đạt 5.100 tỷ đồng. Tháng 12 vừa qua, thu nội địa đạt 420 tỷ đồng.")
    rows = {r["value"]: (r["period_start"], r["period_end"])
            for r in extract_document(text.encode(), "t.txt").tables["budgets"].iter_rows(named=True)}
    assert rows[5.1e12] == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert rows[420e9] == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    from orchestration.extraction.periods import find_period_phrases
    assert not [p for p in find_period_phrases("Những năm qua, 5 năm qua, nhiều năm qua, một năm quá khó khăn", 2026)
                if p.period is not None]


@pytest.mark.parametrize(("text", "start", "end"), [
    # a session's press release or resolution heads itself with its council's term: the term names the
    # council; the year the session reviews is the period
    ("THÔNG CÁO BÁO CHÍ\nKỳ họp thứ 24, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026\n\nSáng 9/12/2024, HĐND tỉnh "
     "khai mạc kỳ họp. Năm 2024, tăng trưởng kinh tế ước đạt 8,2%.\n", D(2024, 1, 1), D(2024, 12, 31)),
    ("THÔNG CÁO BÁO CHÍ\nKỳ họp thứ mười hai Hội đồng nhân dân tỉnh khóa XIX nhiệm kỳ 2026 - 2031\n\n"
     "Ngày 8/12/2027, Hội đồng nhân dân tỉnh khai mạc kỳ họp. Năm 2027, thu ngân sách đạt 21.000 tỷ đồng.\n",
     D(2027, 1, 1), D(2027, 12, 31)),
    ("NGHỊ QUYẾT\nKỳ họp thứ 7, HĐND huyện khóa XX, nhiệm kỳ 2021-2026\n\nCăn cứ Luật Tổ chức chính quyền địa "
     "phương;\nĐiều 1. Thông qua kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023.\n", D(2023, 1, 1), D(2023, 6, 30)),
])
def test_a_session_titles_council_term_is_not_the_period(text: str, start: dt.date, end: dt.date) -> None:
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_term_reviewed_in_a_title_stays_its_period() -> None:
    # near misses: a report summing up a term, a congress's political report (no session)
    assert document_period("BÁO CÁO\nTổng kết hoạt động của HĐND tỉnh nhiệm kỳ 2021-2026\n") == Period(
        D(2021, 1, 1), D(2026, 12, 31), "nhiệm kỳ 2021-2026")
    # (a congress's political report whose body never names the term gone looks back on it: see
    # test_a_congress_report_looks_back_on_the_term_before_the_one_it_opens)
    congress = "BÁO CÁO CHÍNH TRỊ\ntrình Đại hội đại biểu Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2025 - 2030\n"
    period = document_period(congress)
    assert period is not None and (period.start.year, period.end.year) == (2020, 2025)


def test_a_congress_report_looks_back_on_the_term_before_the_one_it_opens() -> None:
    report = ("BÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành Đảng bộ phường khóa I tại Đại hội đại biểu Đảng bộ phường lần thứ "
              "II, nhiệm kỳ 2025 - 2030\n\nThu nhập bình quân đầu người đạt 52 triệu đồng.\n")
    assert document_period(report) == Period(D(2020, 1, 1), D(2025, 12, 31), "nhiệm kỳ 2020-2025")
    # near misses: the congress's resolution sets targets for its own term; a report titled as a term's review
    resolution = ("NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ phường lần thứ II, nhiệm kỳ 2025 - 2030\n\n"
                  "Phấn đấu thu nhập bình quân đầu người đạt 90 triệu đồng.\n")
    period = document_period(resolution)
    assert period is not None and (period.start.year, period.end.year) == (2025, 2030)
    review = ("BÁO CÁO\nKết quả thực hiện Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025\n\n"
              "Thu nhập bình quân đầu người đạt 52 triệu đồng.\n")
    period = document_period(review)
    assert period is not None and (period.start.year, period.end.year) == (2020, 2025)


def test_a_stock_at_a_years_end_dates_a_text_that_names_no_period() -> None:
    doc = _extract("Xã Ea Kiết về đích nông thôn mới\n\nĐến cuối năm 2026, xã Ea Kiết (huyện Cư M'gar, tỉnh Đắk Lắk) "
                   "đạt 19/19 tiêu chí. Thu nhập bình quân đạt 61 triệu đồng, tăng 14 triệu đồng so với năm 2023.")
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # a period named first stays the text's
    doc = _extract("Xã Ea Kiết: 9 tháng năm 2026 thu ngân sách đạt 3 tỷ đồng. "
                   "Đến cuối năm 2026 phấn đấu đạt 4 tỷ đồng.")
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 9, 30))


def test_a_headlines_part_of_a_year_takes_the_year_its_body_writes_with_it() -> None:
    doc = _extract("Bắc Giang: Tăng trưởng quý I đứng thứ 2 cả nước\n\nQuý I/2027, tốc độ tăng trưởng kinh tế của "
                   "tỉnh Bắc Giang ước đạt 13,8%. Chỉ số PCI năm 2026 đạt 70,1 điểm, xếp thứ 6/63.")
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    # near-miss: another part of the year written later lends no year
    doc = _extract("Bắc Giang: Tăng trưởng quý I đứng thứ 2 cả nước\n\nQuý II/2027, tốc độ tăng trưởng kinh tế "
                   "của tỉnh Bắc Giang ước đạt 13,8%.")
    assert doc["period_start"].month == 1 and doc["period_end"].month == 3


def test_the_flood_a_report_is_on_dates_it() -> None:
    doc = _extract("Báo cáo thiệt hại do mưa lũ tháng 10/2027 của huyện Mường Tè\n\nMưa lũ làm 3 người chết, 20 nhà "
                   "bị sập.")
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2027, 10, 1), dt.date(2027, 10, 31))
    # a past flood a new one is measured against is still no period of the text
    doc = _extract("Mưa lũ tháng 10/2027 làm 3 người chết\n\nMực nước sông Đà vượt đỉnh lũ năm 2008, 20 nhà bị sập.")
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2027, 10, 1), dt.date(2027, 10, 31))


@pytest.mark.parametrize(("text", "year"), [
    # a headline's year and a past flood it is set against, the body with no year: the headline's year
    # is the text's, the past flood's no guide to the year of phrases without one
    ("Lũ trên sông Thao năm 2026 vượt đỉnh lũ năm 2008\n\nMực nước đạt 30,1 m, 200 hộ phải di dời.", 2026),
    ("Lũ sông Lam năm 2025 cao hơn trận lũ năm 2010\n\nToàn huyện có 150 nhà bị ngập.", 2025),
    ("Bão số 3 năm 2024 mạnh như bão năm 2017\n\nCó 120 nhà bị tốc mái.", 2024),
])
def test_a_past_flood_set_against_is_no_reference_year(text: str, year: int) -> None:
    assert reference_year(text) == year
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (D(year, 1, 1), D(year, 12, 31))


def test_a_past_flood_alone_still_dates_nothing_but_its_own_year_is_kept() -> None:
    # near-miss: a year named without a flood set against counts as before
    assert reference_year("Mưa lũ năm 2008 gây thiệt hại lớn\n\nCó 12 người chết, 30 nhà bị sập.") == 2008


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Điện Biên: Giải ngân vốn đầu tư công đạt 41%\n\nNgày 3/10/2027, Sở Tài chính cho biết kế hoạch vốn năm 2027 là "
     "4.100 tỷ đồng. Lũy kế giải ngân từ đầu năm đến 30/9/2027 là 1.700 tỷ đồng.", D(2027, 1, 1), D(2027, 9, 30)),
    ("Thu ngân sách Hòa Bình\n\nNgày 2/4/2026, Sở Tài chính cho biết, tính đến 31/3/2026 thu ngân sách đạt "
     "1.050 tỷ đồng.", D(2026, 1, 1), D(2026, 3, 31)),
    ("Giải ngân vốn đầu tư công tỉnh Sơn La\n\nSáng 4/7/2025, lũy kế đến 30/6/2025 tỉnh giải ngân 2.300 tỷ đồng.",
     D(2025, 1, 1), D(2025, 6, 30)),
    ("Giải ngân vốn đầu tư công Quảng Trị\n\nNgày 8/1/2026, Sở Tài chính cho biết, lũy kế giải ngân vốn đến "
     "31/12/2025 đạt 4.800 tỷ đồng.", D(2025, 1, 1), D(2025, 12, 31)),
])
def test_the_year_so_far_to_a_months_last_day_written_without_ngay(text: str, start: dt.date, end: dt.date) -> None:
    info = describe_document(text)
    assert (info.period.start, info.period.end, info.period_source) == (start, end, "body")


def test_a_range_of_days_ending_a_month_is_no_year_so_far() -> None:
    # near misses: "từ 1/9 đến 30/9" closes a range of days; a day that ends no month is no month's end
    info = describe_document("Tuyên Quang: Tháng an toàn giao thông\n\nNgày 3/10/2027, Ban An toàn giao thông cho "
                             "biết, từ 1/9 đến 30/9/2027 xảy ra 12 vụ tai nạn.")
    assert info.period.start != D(2027, 1, 1)
    info = describe_document("Điện Biên: Giải ngân vốn\n\nNgày 20/9/2027, Sở Tài chính cho biết, từ đầu năm đến "
                             "15/9/2027 giải ngân 1.500 tỷ đồng.")
    assert info.period.start != D(2027, 1, 1) or info.period.end != D(2027, 8, 31)


@pytest.mark.parametrize(("text", "year"), [
    ("Tổng kết công tác phòng chống thiên tai năm 2025 tỉnh Quảng Bình\n\nNăm 2025, trên địa bàn tỉnh xảy ra 5 đợt "
     "mưa lũ. Đợt mưa lũ từ ngày 25-28/10/2025 làm 4 người chết.", 2025),
    ("Tình hình thiên tai năm 2026 trên địa bàn tỉnh Quảng Trị\n\nTrong năm, tỉnh xảy ra 9 đợt thiên tai.\n"
     "- Mưa đá ngày 12/5/2026 làm tốc mái 210 nhà.\n- Mưa lũ từ ngày 14-17/10/2026 làm 4 người chết.", 2026),
    ("Thiên tai năm 2024 ở Bình Định gây thiệt hại 1.100 tỷ đồng\n\nNăm 2024, tỉnh chịu 14 loại hình thiên tai.\n"
     "- Mưa lũ ngày 3/11/2024 làm 7 người chết.", 2024),
])
def test_a_headlines_year_over_several_events_is_the_period(text: str, year: int) -> None:
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (D(year, 1, 1), D(year, 12, 31))


def test_a_headlines_year_over_one_event_leaves_the_events_days() -> None:
    # near miss: a storm of a year, its days in the lead, is dated by its days
    info = describe_document("Bão số 3 năm 2025 gây thiệt hại tại Quảng Ninh\n\nNgày 7/9/2025, bão số 3 đổ bộ, "
                             "mưa lớn làm 2 người chết, 300 nhà bị tốc mái.")
    assert (info.period.start, info.period.end, info.period_source) == (D(2025, 9, 7), D(2025, 9, 7), "event_dates")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Lao động Hà Tĩnh 10 tháng\ndate 2026-10\nToàn tỉnh giải quyết việc làm cho 21.300 lao động.",
     D(2026, 1, 1), D(2026, 10, 31)),
    ("Xuất khẩu Long An 8 tháng\ndate 2025-09\nKim ngạch xuất khẩu đạt 6,1 tỷ USD.", D(2025, 1, 1), D(2025, 8, 31)),
    ("Du lịch Kiên Giang 5 tháng đầu năm\ndate 2024-05\nTỉnh đón 4 triệu lượt khách.", D(2024, 1, 1), D(2024, 5, 31)),
])
def test_a_headline_closing_on_its_months_is_the_year_so_far(text: str, start: dt.date, end: dt.date) -> None:
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (start, end)


def test_a_headline_closing_on_months_of_another_time_keeps_the_pages_month() -> None:
    # near miss: "3 tháng" on a page of November counts no months from January
    info = describe_document("Lao động Hà Tĩnh 3 tháng\ndate 2026-11\nToàn tỉnh giải quyết việc làm cho 2.300 người.")
    assert (info.period.start, info.period.end) == (D(2026, 11, 1), D(2026, 11, 30))
    # nor months a thing happens after or within
    for headline in ("Cầu Phú Mỹ thông xe sau 10 tháng", "Long An hoàn thành đường tỉnh 830 trong vòng 10 tháng"):
        info = describe_document(f"{headline}\ndate 2026-10\nSáng 12/10, tỉnh tổ chức lễ thông xe.")
        assert (info.period.start, info.period.end) != (D(2026, 1, 1), D(2026, 10, 31))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG MÓNG CÁI 3\nSố: 77/BC-UBND\n\nBÁO CÁO\nKết quả 3 tháng vận hành mô hình chính quyền "
     "địa phương 2 cấp\n\nPhường đã tiếp nhận 2.050 hồ sơ.\n", dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
    ("Xã Sơn Kim 1 sau 6 tháng vận hành chính quyền địa phương hai cấp\n\nNgày 6/1/2026, xã đã giải quyết "
     "1.480 hồ sơ.\n", dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
    ("Đặc khu Cô Tô: một năm vận hành mô hình chính quyền 2 cấp\n\nNgày 1/7/2026, đặc khu đã tiếp nhận 900 hồ sơ.\n",
     dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
    ("Phường Hà Giang 2 sau 4 tháng hoạt động chính quyền 2 cấp\n\nĐến nay phường tiếp nhận 700 hồ sơ.\n",
     dt.date(2025, 7, 1), dt.date(2025, 10, 31)),
])
def test_months_of_the_two_level_local_government_are_from_july_2025(text: str, start: dt.date, end: dt.date) -> None:
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


def test_months_of_the_two_level_government_beside_a_period_of_its_own_leave_that_period() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ BẮC MÊ\nSố: 12/BC-UBND\n\nBÁO CÁO\nKết quả 6 tháng vận hành chính quyền địa phương "
            "2 cấp và tình hình kinh tế - xã hội năm 2025\n\nThu ngân sách đạt 3 tỷ đồng.\n")
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    # months of something else, not of the two-level government, are no such months
    other = "Xã Bắc Mê sau 6 tháng vận hành nhà máy nước\n\nNgày 6/1/2026, nhà máy cấp 1.480 m3 nước mỗi ngày.\n"
    period = document_period(other)
    assert period is None or period.start != dt.date(2025, 7, 1)


def test_a_leads_day_a_month_or_two_before_the_collectors_marker_is_the_news_month() -> None:
    # "Sáng 28/12, ..." on a page the collector dated January: the December before; "Chiều 30/9" under
    # "date 2024-10": September (after a paper's tag too)
    for text, start, end in (
        (" date 2025-01\nPhiên chợ cuối năm\n\nSáng 28/12, tiểu thương bán 1.200 gian hàng, thu 3,5 tỷ đồng.",
         D(2024, 12, 1), D(2024, 12, 31)),
        (" date 2024-10\nKhánh thành cầu\n\n(Baobacgiang.vn) - Chiều 30/9, tỉnh khánh thành cầu dài 420 m.",
         D(2024, 9, 1), D(2024, 9, 30)),
        (" date 2026-03\nHội chợ nông sản\n\nTối 27/1, hội chợ đón 9.000 lượt khách.", D(2026, 1, 1), D(2026, 1, 31)),
    ):
        got, source = locate_document_period(text, _is_disaster)
        assert got is not None and (got.start, got.end, source) == (start, end, "date_line"), text
    # near misses: the marker's own month, a day later than the page, one too long before, a day with its year
    for text, month in (
        (" date 2026-09\nHọp báo\n\nSáng 12/9, tỉnh cho biết thu 1.200 tỷ đồng.", D(2026, 9, 1)),
        (" date 2024-09\nHội nghị\n\nSáng 12/10, tỉnh sẽ tổ chức hội nghị với 300 đại biểu.", D(2024, 9, 1)),
        (" date 2024-09\nHội nghị\n\nSáng 12/4, tỉnh tổ chức hội nghị với 300 đại biểu.", D(2024, 9, 1)),
    ):
        got, source = locate_document_period(text, _is_disaster)
        assert got is not None and (got.start, source) == (month, "date_line"), text


def test_the_year_of_a_holiday_or_festival_is_its_edition_not_the_period_reported() -> None:
    # "dịp nghỉ lễ Quốc khánh 2/9 năm 2024", "Festival Biển Nha Trang năm 2025", "Lễ hội Lồng Tồng năm 2026": the
    # figures cover the holiday's days; the page's month stands
    for text, month in (
        (" date 2024-09\nTrong dịp nghỉ lễ Quốc khánh 2/9 năm 2024, tỉnh đón 1,05 triệu lượt khách.", D(2024, 9, 1)),
        (" date 2025-06\nDu lịch biển\n\nFestival Biển Nha Trang năm 2025 thu hút 410.000 lượt khách, doanh thu "
         "1.900 tỷ đồng.", D(2025, 6, 1)),
        (" date 2026-02\nLễ hội Lồng Tồng năm 2026 đón 25.000 lượt khách, tăng 10%.", D(2026, 2, 1)),
    ):
        got, source = locate_document_period(text, _is_disaster)
        assert got is not None and (got.start, got.end.month, source) == (month, month.month, "date_line"), text
    # Tết's days move with the moon: unsaid, they are of no month (no period), its year an edition all the same
    tet = " date 2026-02\nDịp Tết Nguyên đán năm 2026, toàn tỉnh xảy ra 4 vụ tai nạn giao thông."
    assert locate_document_period(tet, _is_disaster) == (None, None)
    # near misses: a year of its own sentence or clause after a festival stays the period reported
    for text in (
        " date 2024-12\nLễ hội đã kết thúc. Năm 2024, tỉnh đón 3,2 triệu lượt khách.",
        " date 2024-12\nSau lễ hội, năm 2024 tỉnh đón 3,2 triệu lượt khách.",
        " date 2024-12\nThu ngân sách năm 2024 đạt 3.200 tỷ đồng.",
    ):
        got, source = locate_document_period(text, _is_disaster)
        assert got is not None and (got.start, got.end, source) == (D(2024, 1, 1), D(2024, 12, 31), "body"), text


def test_the_week_a_lead_reports_dates_it_though_its_first_day_has_no_month() -> None:
    # "tuần qua (từ ngày 1 đến 7/9)": the week's days, the year from the page's marker
    for text, start, end in (
        (" date 2026-09\nKhách du lịch tăng\n\n(Baokhanhhoa.vn) - Trong tuần qua (từ ngày 1 đến 7/9), toàn tỉnh đón "
         "152.000 lượt khách.", D(2026, 9, 1), D(2026, 9, 7)),
        (" date 2024-03\nTai nạn giao thông giảm\n\nTuần này (từ ngày 11 đến 17/3), toàn tỉnh xảy ra 4 vụ tai nạn "
         "giao thông.", D(2024, 3, 11), D(2024, 3, 17)),
        (" date 2025-11\nGiá lúa tăng\n\nTrong tuần vừa qua, từ ngày 3 đến 9/11, giá lúa tăng 200 đồng/kg.",
         D(2025, 11, 3), D(2025, 11, 9)),
    ):
        got, source = locate_document_period(text, _is_disaster)
        assert got is not None and (got.start, got.end, source) == (start, end, "body"), text
    # near misses: a range of more than a week, or none after "tuần", keep the page's month
    for text in (
        " date 2026-09\nHội chợ\n\nTrong tuần qua, hội chợ từ ngày 1 đến 20/9 đón 9.000 lượt khách.",
        " date 2026-09\nHội chợ\n\nTuần lễ (từ ngày 1 đến 20/9) đón 9.000 lượt khách.",
    ):
        got, source = locate_document_period(text, _is_disaster)
        assert got is not None and (got.start, got.end, source) == (D(2026, 9, 1), D(2026, 9, 30), "date_line"), text


def test_a_bulletins_title_day_dates_it_when_the_body_names_no_closer_time() -> None:
    text = ("UBND TỈNH BÌNH THUẬN\nBAN CHỈ HUY PCTT VÀ TKCN\nSố: 61/BC-BCH\nBình Thuận, ngày 9 tháng 8 năm 2024\n"
            "BÁO CÁO NHANH\nTình hình thiệt hại do lốc xoáy (đến 17 giờ ngày 8/8/2024)\n"
            "Thiệt hại: 35 nhà bị tốc mái; 2 người bị thương.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2024, 8, 8), dt.date(2024, 8, 8))
    # near miss: the days the body dates the event by are closer than the title's day
    ranged = text.replace("Thiệt hại:", "Từ ngày 6/8 đến ngày 8/8/2024, lốc xoáy gây thiệt hại:")
    info = describe_document(ranged)
    assert (info.period.start, info.period.end) == (dt.date(2024, 8, 6), dt.date(2024, 8, 8))
    # near miss: a conference's day in a title that names no hazard leaves the date line's year
    meeting = text.replace("Tình hình thiệt hại do lốc xoáy (đến 17 giờ ngày 8/8/2024)",
                           "Kết quả hội nghị giao ban ngày 8/8/2024").replace("Thiệt hại: 35 nhà bị tốc mái; 2 người "
                                                                              "bị thương.", "Đã cấp 35 giấy phép.")
    info = describe_document(meeting)
    assert (info.period.start, info.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_bulletins_title_day_spelled_or_dashed_dates_it() -> None:
    text = (
        "UBND TỈNH HÀ TĨNH\nSố: 12/BC-BCH    Hà Tĩnh, ngày 3 tháng 9 năm 2027\nBÁO CÁO\n"
        "Tình hình thiên tai ngày 3 tháng 9\n\nGió lốc làm 4 nhà bị tốc mái.\n"
    )
    for title in (
        "Tình hình thiên tai ngày 3 tháng 9",
        "Tình hình thiên tai ngày 03-9",
        "Tình hình thiên tai sáng 3.9",
        "Tình hình thiên tai ngày 3 tháng 9 năm 2027",
    ):
        info = describe_document(text.replace("Tình hình thiên tai ngày 3 tháng 9", title))
        assert (info.period.start, info.period.end) == (D(2027, 9, 3), D(2027, 9, 3)), title
    # near miss: a dashed range of days is the days, not their first
    info = describe_document(text.replace("ngày 3 tháng 9\n", "ngày 3-5/9\n"))
    assert (info.period.start, info.period.end) == (D(2027, 9, 3), D(2027, 9, 5))


@pytest.mark.parametrize(
    ("heading", "start", "end"),
    [
        ("BÁO CÁO\nBáo cáo nhanh tình hình mưa lũ", D(2027, 9, 3), D(2027, 9, 3)),
        ("BÁO CÁO NHANH\nTình hình mưa lũ", D(2027, 9, 3), D(2027, 9, 3)),
        # near miss: a report on disasters at large that says no "nhanh" is of the date line's year
        ("BÁO CÁO\nTổng kết công tác phòng chống mưa lũ", D(2027, 1, 1), D(2027, 12, 31)),
    ],
)
def test_a_quick_report_whose_subject_line_repeats_its_kind_is_of_its_issue_day(
    heading: str, start: dt.date, end: dt.date
) -> None:
    text = (
        f"UBND TỈNH QUẢNG BÌNH\nSố: 88/BC-UBND    Quảng Bình, ngày 3 tháng 9 năm 2027\n{heading}\n\n"
        "Mưa lũ làm 3 nhà bị ngập, 40 ha lúa bị ảnh hưởng.\n"
    )
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (start, end)


def test_a_year_reviewed_beside_its_plans_term_is_the_reports_period() -> None:
    text = ("UBND TỈNH KON TUM\nKon Tum, ngày 5 tháng 12 năm 2024\nBÁO CÁO\n"
            "Tình hình thực hiện kế hoạch đầu tư công năm 2024 và giai đoạn 2021-2024\n\n"
            "Giải ngân vốn đầu tư công đạt 2.950 tỷ đồng.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    # near miss: the term alone is what a report on it covers
    term = text.replace("năm 2024 và giai đoạn 2021-2024", "giai đoạn 2021-2024")
    info = describe_document(term)
    assert (info.period.start, info.period.end) == (dt.date(2021, 1, 1), dt.date(2024, 12, 31))
    # near miss: parts of one year still widen to the widest ("tháng 11 và 11 tháng")
    months = text.replace("năm 2024 và giai đoạn 2021-2024", "tháng 11 và 11 tháng năm 2024")
    info = describe_document(months)
    assert (info.period.start, info.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 11, 30))


def test_a_term_opening_the_lead_after_a_datelines_dash_is_the_period_reviewed() -> None:
    text = ("Yên Bái: Dấu ấn 5 năm phát triển\n(YBĐT) - Nhiệm kỳ 2015-2020, kinh tế tỉnh Yên Bái tăng trưởng bình "
            "quân 6,8%/năm; riêng năm 2019 thu ngân sách đạt 5.100 tỷ đồng.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2015, 1, 1), dt.date(2020, 12, 31))
    # near miss: a council's term after the dash names the council, not the period
    council = text.replace("Nhiệm kỳ 2015-2020, kinh tế", "HĐND tỉnh khóa XVIII, nhiệm kỳ 2016-2021, cho biết kinh tế")
    info = describe_document(council)
    assert (info.period.start, info.period.end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_term_opening_its_clause_with_a_word_of_time_is_the_period_reviewed() -> None:
    text = (
        "Đại hội Đảng bộ tỉnh Hà Nam: Dấu ấn một nhiệm kỳ\n\nTheo báo cáo trình Đại hội, trong nhiệm kỳ 2015 - 2020, "
        "tỉnh Hà Nam thu hút 320 dự án; riêng năm 2019 thu ngân sách đạt 11.000 tỷ đồng.\n"
    )
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2015, 1, 1), dt.date(2020, 12, 31))
    # near miss: a council named by its term after the congress's words, no word of time before it, is no period
    council = text.replace("trong nhiệm kỳ 2015 - 2020, tỉnh", "HĐND khóa XVIII, nhiệm kỳ 2016 - 2021, cho biết tỉnh")
    info = describe_document(council)
    assert (info.period.start, info.period.end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_titles_month_without_its_year_dated_early_next_year_is_of_the_year_before() -> None:
    text = ("UBND XÃ HÒA BÌNH\nBÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 12\nHòa Bình, ngày 04 tháng 01 năm 2024\n"
            "Trong tháng, thu ngân sách xã đạt 920 triệu đồng.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2023, 12, 1), dt.date(2023, 12, 31))
    assert info.period.label == "tháng 12 năm 2023"
    # near misses: a month that has ended by the date line's, and a month with its year written, keep their year
    ended = text.replace("tháng 01 năm 2024", "tháng 12 năm 2024")
    assert describe_document(ended).period.start == dt.date(2024, 12, 1)
    written = text.replace("nhiệm vụ tháng 12\n", "nhiệm vụ tháng 12 năm 2024\n")
    assert describe_document(written).period.start == dt.date(2024, 12, 1)


def test_a_numbered_bulletin_is_of_the_day_its_closing_date_line_names() -> None:
    text = ("BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI HUYỆN A\n\nBẢN TIN SỐ 07/2027\nTình hình mưa lũ\n\n"
            "Sạt lở đất làm 4 nhà bị hư hỏng, 12 ha ngô bị vùi lấp.\n\nNgày 09 tháng 8 năm 2027\n"
            "VĂN PHÒNG THƯỜNG TRỰC\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2027, 8, 9), dt.date(2027, 8, 9))
    # a tally from the year's start runs to that day
    tally = describe_document(text.replace("Sạt lở đất", "Lũy kế từ đầu năm, sạt lở đất")).period
    assert (tally.start, tally.end) == (dt.date(2027, 1, 1), dt.date(2027, 8, 9))
    # near miss: a report on disasters at large dated so, no bulletin, is of its year
    report = describe_document(text.replace("BẢN TIN SỐ 07/2027\nTình hình mưa lũ", "BÁO CÁO\nCông tác phòng, "
                                            "chống thiên tai")).period
    assert (report.start, report.end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_a_bulletins_event_days_before_the_day_its_title_counts_to_are_its_period() -> None:
    text = ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH HÀ TĨNH\nBẢN TIN\n"
            "Tình hình mưa lũ (cập nhật đến 7 giờ ngày 3/10/2026)\n\n"
            "Từ ngày 1 đến 2/10, trên địa bàn tỉnh có mưa to, 3 người chết, 420 nhà bị ngập.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2026, 10, 1), dt.date(2026, 10, 2))
    # near misses: a body that dates nothing keeps the title's day; a day after it is no event it counts
    undated = text.replace("Từ ngày 1 đến 2/10, trên", "Trên")
    assert (describe_document(undated).period.start, describe_document(undated).period.end) == (
        dt.date(2026, 10, 3), dt.date(2026, 10, 3))
    later = text.replace("Từ ngày 1 đến 2/10", "Từ ngày 4 đến 5/10")
    assert describe_document(later).period.start == dt.date(2026, 10, 3)
    # the event's first day said as running on to now ("đến nay") runs to the day the title counts to
    to_now = describe_document(text.replace("Từ ngày 1 đến 2/10", "Từ chiều ngày 1/10 đến nay")).period
    assert (to_now.start, to_now.end) == (dt.date(2026, 10, 1), dt.date(2026, 10, 3))
    one_day = describe_document(text.replace("Từ ngày 1 đến 2/10", "Chiều ngày 1/10")).period
    assert (one_day.start, one_day.end) == (dt.date(2026, 10, 1), dt.date(2026, 10, 1))
    # a news item's the same way, to its page's day
    news = ("Lốc xoáy gây thiệt hại tại Yên Bái\n06/05/2026\n\nTừ chiều ngày 4/5 đến nay, lốc xoáy làm 230 nhà bị tốc "
            "mái.\n")
    to_now = describe_document(news).period
    assert (to_now.start, to_now.end) == (dt.date(2026, 5, 4), dt.date(2026, 5, 6))
    one_day = describe_document(news.replace("Từ chiều ngày 4/5 đến nay", "Chiều ngày 4/5")).period
    assert (one_day.start, one_day.end) == (dt.date(2026, 5, 4), dt.date(2026, 5, 4))


def test_a_bare_period_line_under_a_headline_dates_the_item() -> None:
    text = ("Sản xuất công nghiệp Bắc Ninh tăng tốc\nTháng 5 năm 2026\n\nChỉ số sản xuất công nghiệp tháng 5 "
            "tăng 12,4% so với cùng kỳ. Tính chung 5 tháng, IIP tăng 10,8%.\n")
    got, _ = locate_document_period(text)
    assert (got.start, got.end) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert locate_document_period(text.replace("Tháng 5 năm 2026", "QUÝ II NĂM 2026"))[0].start == dt.date(2026, 4, 1)
    # near misses: without the line, or with a colon that frames what follows, the widest period ending in May
    bare = text.replace("Tháng 5 năm 2026\n", "").replace("tháng 5 tăng", "tháng 5 năm 2026 tăng")
    for other in (bare, text.replace("Tháng 5 năm 2026", "Tháng 5 năm 2026:")):
        got, _ = locate_document_period(other)
        assert (got.start, got.end) == (dt.date(2026, 1, 1), dt.date(2026, 5, 31)), other


def test_days_written_in_words_date_a_lead_and_a_count_to_a_months_end() -> None:
    text = ("Lạng Sơn thu hút đầu tư\n\nNgày 12 tháng 3 năm 2026, UBND tỉnh Lạng Sơn gặp mặt doanh nghiệp. Từ đầu năm "
            "đến nay, tỉnh cấp mới 14 dự án.\n")
    got, _ = locate_document_period(text)
    assert (got.start, got.end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 12))
    counted = text.replace("Từ đầu năm đến nay", "Tính đến ngày 28 tháng 2 năm 2026")
    got, _ = locate_document_period(counted)
    assert (got.start, got.end) == (dt.date(2026, 1, 1), dt.date(2026, 2, 28))
    # near misses: the same in figures reads alike; a day that ends no month counts no months
    figures = text.replace("Ngày 12 tháng 3 năm 2026", "Ngày 12/3/2026")
    assert locate_document_period(figures)[0].end == dt.date(2026, 3, 12)
    mid = counted.replace("ngày 28 tháng 2", "ngày 20 tháng 2")
    assert locate_document_period(mid)[0].end != dt.date(2026, 2, 28)


def test_a_term_begun_in_the_pages_year_and_running_on_is_no_period_reported() -> None:
    text = ("Hai tỉnh ký kết hợp tác\n\nNgày 9/4/2026, hai tỉnh ký chương trình hợp tác giai đoạn 2026-2030. "
            "Năm 2025, kim ngạch thương mại giữa hai tỉnh đạt 320 triệu USD.\n")
    got, _ = locate_document_period(text)
    assert (got.start, got.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    # near miss: a term begun years before the page is the term reviewed
    review = text.replace("giai đoạn 2026-2030", "giai đoạn 2021-2026").replace("ký chương trình hợp tác",
                                                                                "tổng kết chương trình hợp tác")
    got, _ = locate_document_period(review)
    assert (got.start, got.end) == (dt.date(2021, 1, 1), dt.date(2026, 12, 31))


def test_a_tally_from_the_years_or_seasons_start_to_the_titles_day_runs_from_january() -> None:
    text = ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH QUẢNG TRỊ\n"
            "Thống kê thiệt hại do thiên tai (tính đến ngày 15/11/2027)\n\n"
            "Từ đầu mùa bão đến nay, thiên tai đã làm 6 người chết và 910 nhà bị hư hại.\n")
    period = describe_document(text).period
    assert (period.start, period.end) == (dt.date(2027, 1, 1), dt.date(2027, 11, 15))
    since_january = describe_document(text.replace("Từ đầu mùa bão", "Lũy kế từ đầu năm")).period
    assert (since_january.start, since_january.end) == (dt.date(2027, 1, 1), dt.date(2027, 11, 15))
    # near miss: a body counting from no start keeps the title's day
    undated = describe_document(text.replace("Từ đầu mùa bão đến nay, thiên", "Thiên")).period
    assert (undated.start, undated.end) == (dt.date(2027, 11, 15), dt.date(2027, 11, 15))


def test_a_bulletin_titled_on_disasters_at_large_is_of_its_titles_day() -> None:
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI\n\nBÁO CÁO NHANH\n"
            "Công tác phòng, chống thiên tai ngày 03/9/2025\n\n1. Về người: 2 người chết, 1 người bị thương.\n"
            "2. Về nhà ở: 45 nhà bị tốc mái.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2025, 9, 3), dt.date(2025, 9, 3))
    short = text.replace("Công tác phòng, chống thiên tai ngày", "Tình hình PCTT ngày")
    assert describe_document(short).period.start == dt.date(2025, 9, 3)
    # near miss: a meeting on the work of a year is no bulletin of that day
    meeting = text.replace("Công tác phòng, chống thiên tai ngày 03/9/2025",
                           "Hội nghị tổng kết công tác phòng, chống thiên tai ngày 03/9/2025")
    assert describe_document(meeting).period.start == dt.date(2025, 1, 1)


def test_a_duty_report_or_a_days_bulletin_on_a_disaster_is_of_its_titles_day() -> None:
    duty = ("UBND TỈNH BẠC LIÊU\nBCH PHÒNG THỦ DÂN SỰ\nBÁO CÁO\nCông tác trực ban ngày 08/11/2024\n"
            "1. Tình hình: trên địa bàn tỉnh có mưa rào, gió giật cấp 6.\n2. Thiệt hại: 14 căn nhà bị tốc mái.\n")
    assert describe_document(duty).period == Period(D(2024, 11, 8), D(2024, 11, 8), "ngày 08/11/2024")
    # a bare "Tình hình ngày D" whose body opens on a storm is that day's bulletin too
    bare = ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH PHÚ YÊN\n\nBÁO CÁO\nTình hình ngày 21/10/2024\n\n"
            "1. Do ảnh hưởng của bão số 6, trên địa bàn tỉnh có mưa to.\n2. Thiệt hại: 7 nhà bị ngập.\n")
    assert (describe_document(bare).period.start, describe_document(bare).period.end) == (D(2024, 10, 21),
                                                                                          D(2024, 10, 21))
    # near misses: a day's report on the budget is no bulletin; nor is a meeting's day with a storm in its body
    budget = bare.replace("1. Do ảnh hưởng của bão số 6, trên địa bàn tỉnh có mưa to.\n2. Thiệt hại: 7 nhà bị ngập.",
                          "1. Thu ngân sách trên địa bàn tỉnh đạt 4.200 tỷ đồng.")
    assert describe_document(budget).period.start == D(2024, 1, 1)
    meeting = bare.replace("Tình hình ngày 21/10/2024", "Kết quả hội nghị ngày 21/10/2024")
    assert describe_document(meeting).period.start == D(2024, 1, 1)


def test_a_stock_counted_to_a_moment_opening_the_lead_is_no_pages_dateline() -> None:
    lead = "Tính đến thời điểm 18/12/2027, tỉnh Hà Tĩnh đã giải ngân 6.100 tỷ đồng vốn đầu tư công, đạt 81% kế hoạch.\n"
    assert find_dateline(lead) is None
    assert find_dateline(lead.replace("Tính đến thời điểm", "Đến hết ngày")) is None
    # near miss: a page's own date line stays the page's
    assert find_dateline("Hà Tĩnh, 18/12/2027 - " + lead) == Dateline(2027, 12, 18)


def test_a_sentence_case_title_under_the_issuers_capitals_gives_the_period() -> None:
    text = ("UBND TỈNH HÒA BÌNH\nBáo cáo kết quả năm 2024\n\nChỉ số PAPI năm 2023 của tỉnh đạt 43,1 điểm, tăng 2 bậc "
            "so với năm 2022. Thu ngân sách đạt 5.600 tỷ đồng.\n")
    assert document_period(text) == Period(D(2024, 1, 1), D(2024, 12, 31), "năm 2024")
    # a ward's month after the merger, however its body counts from July
    ward = ("UBND PHƯỜNG TÂN AN\nBáo cáo kết quả thực hiện nhiệm vụ tháng 10 năm 2025\n\nLũy kế từ ngày 01/7/2025 đến "
            "ngày 31/10/2025, thu ngân sách trên địa bàn phường đạt 84 tỷ đồng. Ước cả năm 2025 đạt 190 tỷ đồng.\n")
    assert document_period(ward) == Period(D(2025, 10, 1), D(2025, 10, 31), "tháng 10 năm 2025")
    # near miss: a sentence of the body opening with the kind's word is no title
    body = "UBND TỈNH HÒA BÌNH\nBáo cáo của Sở Tài chính cho biết năm 2023 thu ngân sách tăng 9% so với năm 2022.\n"
    assert document_period(body).start == D(2023, 1, 1)


def test_the_week_past_of_a_dated_lead_is_the_seven_days_before_the_page() -> None:
    lead = ("Quảng Ngãi: Tuần qua xảy ra 5 vụ tai nạn giao thông\n\nQuảng Ngãi, 23/9/2024 - Tuần qua, trên địa bàn "
            "tỉnh xảy ra 5 vụ tai nạn giao thông. Từ đầu năm đến nay, toàn tỉnh xảy ra 112 vụ.\n")
    assert (document_period(lead).start, document_period(lead).end) == (D(2024, 9, 16), D(2024, 9, 22))
    # its days written, they stand
    days = lead.replace("Tuần qua, trên", "Tuần qua (từ ngày 14 đến 20/9), trên")
    assert (document_period(days).start, document_period(days).end) == (D(2024, 9, 14), D(2024, 9, 20))
    # near misses: weeks counted ("3 tuần qua" is no week), and a lead opening on the year so far keeps it
    counted = lead.replace("Tuần qua, trên", "Trong 3 tuần qua, trên").replace(": Tuần qua", ":")
    assert document_period(counted).start == D(2024, 1, 1)
    later = lead.replace("Tuần qua, trên", "Trên").replace("vụ. Từ", "vụ. Tuần qua, từ").replace(": Tuần qua", ":")
    assert document_period(later).start == D(2024, 1, 1)


def test_the_year_so_far_opening_a_lead_runs_to_the_pages_day_past_a_month_named_after() -> None:
    lead = ("Quảng Trị, ngày 14/10/2026 - Từ đầu năm đến nay, tỉnh Quảng Trị cấp mới 31 dự án với tổng vốn 8.400 tỷ "
            "đồng. Riêng trong tháng 9 vừa qua, tỉnh cấp mới 4 dự án.\n")
    assert (document_period(lead).start, document_period(lead).end) == (D(2026, 1, 1), D(2026, 10, 14))
    # near miss: the month named first is the page's period
    first = ("Quảng Trị, ngày 14/10/2026 - Trong tháng 9 vừa qua, tỉnh cấp mới 4 dự án. Từ đầu năm đến nay, tỉnh cấp "
             "mới 31 dự án.\n")
    assert (document_period(first).start, document_period(first).end) == (D(2026, 9, 1), D(2026, 9, 30))


def test_a_december_page_measured_against_the_years_estimate_is_the_year() -> None:
    page = ("Xã Tam Đảo vượt chỉ tiêu thu ngân sách\n\nXã Tam Đảo thu ngân sách đạt 61 tỷ đồng, bằng 112% dự toán năm."
            "\n\nCập nhật: 22/12/2024\n")
    assert (document_period(page).start, document_period(page).end) == (D(2024, 1, 1), D(2024, 12, 31))
    # near misses: a page of another month keeps its month; a December page with no plan keeps December
    november = page.replace("22/12/2024", "22/11/2024")
    assert (document_period(november).start, document_period(november).end) == (D(2024, 11, 1), D(2024, 11, 30))
    unplanned = page.replace(", bằng 112% dự toán năm", "")
    assert (document_period(unplanned).start, document_period(unplanned).end) == (D(2024, 12, 1), D(2024, 12, 31))


@pytest.mark.parametrize(("lead", "period"), [
    # the year reported on, in a clause of its own before the plan's after a semicolon
    ("Năm 2024, huyện thu ngân sách đạt 310 tỷ đồng; năm 2025 phấn đấu thu 340 tỷ đồng.",
     Period(D(2024, 1, 1), D(2024, 12, 31), "năm 2024")),
    # near miss: the year in the clause that aims is the plan's, not the period reported on
    ("Năm 2025, huyện phấn đấu thu ngân sách 340 tỷ đồng; giải quyết việc làm cho 900 lao động.",
     Period(D(2025, 1, 1), D(2025, 1, 31), "tháng 1 năm 2025")),
])
def test_a_plans_clause_after_a_semicolon_leaves_the_year_reported_on(lead: str, period: Period) -> None:
    assert locate_document_period(f"date 2025-01\nThu ngân sách vượt dự toán\n{lead}\n")[0] == period


def test_a_monthly_reports_window_of_days_under_its_title_is_its_period() -> None:
    text = ("THỐNG KÊ TỈNH NGHỆ AN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 3 năm 2026\n"
            "(Số liệu tính từ ngày 15/02/2026 đến 14/3/2026)\n\n1. Nông nghiệp\nLúa đông xuân đạt 91.200 ha.\n")
    assert document_period(text) == Period(D(2026, 2, 15), D(2026, 3, 14), "tháng 3 năm 2026")
    # a quarter's window too, its first year written once
    quarter = text.replace("tháng 3 năm 2026", "quý I năm 2026").replace("15/02/2026", "15/12/2025")
    assert document_period(quarter) == Period(D(2025, 12, 15), D(2026, 3, 14), "quý I năm 2026")
    # on a line of its own after a blank line, or under a release's heading with no kind's word above it
    spaced = text.replace("\n(Số liệu tính từ ngày 15/02/2026 đến 14/3/2026)",
                          "\n\n(Kỳ báo cáo: từ 15/02 đến 14/3/2026)")
    assert document_period(spaced) == Period(D(2026, 2, 15), D(2026, 3, 14), "tháng 3 năm 2026")
    release = text.replace("BÁO CÁO\nTình", "Tình").replace("(Số liệu tính từ ngày", "Số liệu từ ngày")
    release = release.replace(")\n", "\n")
    assert document_period(release) == Period(D(2026, 2, 15), D(2026, 3, 14), "tháng 3 năm 2026")
    # near misses: a sentence of the body opening on days is no window; days that end in another month, or start far
    # from the period, are no window of it
    sentence = release.replace("Số liệu từ ngày 15/02/2026 đến 14/3/2026", "Từ 15/02 đến 14/3/2026, lúa đạt 91.200 ha.")
    assert document_period(sentence) == Period(D(2026, 3, 1), D(2026, 3, 31), "tháng 3 năm 2026")
    other = text.replace("đến 14/3/2026", "đến 14/02/2026").replace("15/02/2026", "15/01/2026")
    assert document_period(other) == Period(D(2026, 3, 1), D(2026, 3, 31), "tháng 3 năm 2026")
    cumulative = text.replace("tháng 3 năm 2026", "3 tháng đầu năm 2026")
    assert document_period(cumulative) == Period(D(2026, 1, 1), D(2026, 3, 31), "3 tháng đầu năm 2026")


def test_a_school_year_in_the_title_runs_september_to_august() -> None:
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nBÁO CÁO\nTổng kết năm học 2023 - 2024 và nhiệm vụ năm học 2024-2025\n\n"
            "Toàn tỉnh có 410 trường. So với năm học 2022-2023, số lớp tăng 35.\n")
    assert document_period(text) == Period(D(2023, 9, 1), D(2024, 8, 31), "năm học 2023-2024")
    # near misses: a term of the school year is not the whole of it; a year in the title still wins
    term = text.replace("Tổng kết năm học", "Sơ kết học kỳ I năm học")
    assert document_period(term) is None or document_period(term).label != "năm học 2023-2024"
    year = text.replace("Tổng kết năm học 2023 - 2024", "Kết quả công tác giáo dục năm 2024")
    assert document_period(year) == Period(D(2024, 1, 1), D(2024, 12, 31), "năm 2024")


@pytest.mark.parametrize(("dated", "title", "period"), [
    ("12 tháng 9", "Kết quả khai giảng năm học mới 2027-2028",
     Period(D(2027, 9, 1), D(2028, 8, 31), "năm học 2027-2028")),
    # near miss: dated before it opens, the report is on the preparations (the date line's year, as before)
    ("25 tháng 8", "Chuẩn bị cho năm học mới 2027-2028", Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")),
])
def test_the_new_school_year_in_the_title_once_it_has_begun(dated: str, title: str, period: Period) -> None:
    found = document_period(f"SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ\nQuảng Trị, ngày {dated} năm 2027\nBÁO CÁO\n{title}"
                            "\n\nToàn tỉnh có 612 trường đón học sinh.\n")
    assert found == period


@pytest.mark.parametrize(("title", "dated", "period"), [
    ("Báo cáo sơ kết sản xuất vụ Đông Xuân 2026-2027", "", Period(D(2027, 1, 1), D(2027, 12, 31),
                                                                   "vụ Đông Xuân 2026-2027")),
    ("Tổng kết vụ Hè Thu năm 2025", "", Period(D(2025, 1, 1), D(2025, 12, 31), "vụ Hè Thu năm 2025")),
    ("Sơ kết gieo cấy vụ Đông Xuân 2026-2027", "Cần Thơ, ngày 28 tháng 12 năm 2026",
     Period(D(2026, 1, 1), D(2026, 12, 31), "vụ Đông Xuân 2026-2027")),
    # near miss: a month said beside the season is the title's ("tháng 8 và vụ Hè Thu")
    ("Tình hình sản xuất tháng 8 và vụ Hè Thu 2026", "", None),
])
def test_a_crop_season_in_the_title_is_the_year_it_is_reaped_in(title: str, dated: str, period: Period | None) -> None:
    found = document_period(f"UBND TỈNH VĨNH LONG\n{dated}\nBÁO CÁO\n{title}\n\nToàn tỉnh gieo sạ 61.300 ha lúa.\n")
    if period is None:
        assert found is None or not found.label.startswith("vụ")
    else:
        assert found == period


@pytest.mark.parametrize(("title", "dated", "period"), [
    ("Tình hình phòng cháy rừng mùa khô năm 2026-2027", "ngày 14 tháng 1 năm 2027",
     Period(D(2026, 11, 1), D(2027, 1, 14), "mùa khô năm 2026-2027")),
    ("Công tác chống hạn mùa khô 2027", "ngày 3 tháng 3 năm 2027",
     Period(D(2026, 11, 1), D(2027, 3, 3), "mùa khô 2027")),
    ("Tổng kết công tác phòng cháy mùa khô hanh 2026-2027", "ngày 20 tháng 5 năm 2027",
     Period(D(2026, 10, 1), D(2027, 4, 30), "mùa khô hanh 2026-2027")),
    # near miss: a season of the weather whose months are not known stays the year
    ("Tổng kết mùa mưa bão năm 2026", "ngày 20 tháng 12 năm 2026", Period(D(2026, 1, 1), D(2026, 12, 31), "năm 2026")),
])
def test_a_dry_season_in_the_title_is_its_months_to_the_reports_day(title: str, dated: str, period: Period) -> None:
    text = f"UBND TỈNH GIA LAI\nGia Lai, {dated}\nBÁO CÁO\n{title}\n\nTừ đầu mùa khô đến nay xảy ra 4 vụ cháy.\n"
    assert document_period(text) == period


@pytest.mark.parametrize(("headline", "period"), [
    ("Sơ kết vụ Đông Xuân 2026-2027: năng suất lúa bình quân đạt 71,2 tạ/ha",
     Period(D(2027, 1, 1), D(2027, 12, 31), "vụ Đông Xuân 2026-2027")),
    ("Mùa mưa bão 2027: các xã ven biển chủ động di dời dân",
     Period(D(2027, 1, 1), D(2027, 12, 31), "Mùa mưa bão 2027")),
    ("Mùa khô 2026-2027: nguy cơ cháy rừng ở mức cấp IV", Period(D(2026, 11, 1), D(2027, 4, 30), "Mùa khô 2026-2027")),
    # near misses: a headline with no season, nor a year, gives the item no period from its headline; nor does a
    # season it only looks toward (the lead's month is the item's)
    ("Nông dân phấn khởi vì lúa được mùa, được giá", None),
    ("Các xã chuẩn bị cho vụ Đông Xuân 2026-2027", None),
])
def test_a_news_headline_naming_a_season_dates_the_item_by_it(headline: str, period: Period | None) -> None:
    found = document_period(f"{headline}\n\nSáng 14/5, Sở Nông nghiệp và Môi trường tổ chức hội nghị. Toàn tỉnh gieo"
                            " trồng 48.600 ha lúa.\n")
    assert found == period


# (title, the date line's day, the first and last day of the period read)
_BARE_MONTHS_TITLES = [
    ("Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng", "ngày 24 tháng 9 năm 2026", "2026-01-01",
     "2026-09-30"),
    ("Tình hình kinh tế - xã hội 9 tháng, nhiệm vụ trọng tâm quý IV", "ngày 2 tháng 10 năm 2026", "2026-01-01",
     "2026-09-30"),
    ("Công tác cải cách hành chính 12 tháng", "ngày 8 tháng 1 năm 2027", "2026-01-01", "2026-12-31"),
    # near miss: months counted of a campaign, not of the year, are no period of the title (the date line's year)
    ("Kết quả 3 tháng cao điểm tấn công trấn áp tội phạm", "ngày 24 tháng 9 năm 2026", "2026-01-01", "2026-12-31"),
]


@pytest.mark.parametrize(("title", "dated", "start", "end"), _BARE_MONTHS_TITLES)
def test_a_bare_count_of_months_in_a_title_is_the_date_lines_year_so_far(title: str, dated: str, start: str,
                                                                          end: str) -> None:
    found = document_period(f"UBND TỈNH LÀO CAI\nLào Cai, {dated}\nBÁO CÁO\n{title}\n\nThu ngân sách ước đạt 9.120 tỷ"
                            " đồng.\n")
    assert found is not None and (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(("years", "period"), [
    ("2026-2027", Period(D(2026, 10, 1), D(2027, 9, 30), "niên vụ 2026-2027")),
    ("2025 - 2026", Period(D(2025, 10, 1), D(2026, 9, 30), "niên vụ 2025-2026")),
    # near miss: two years that are not one after the other make no crop year
    ("2024-2027", None),
])
def test_a_crop_year_in_the_title_runs_october_to_september(years: str, period: Period | None) -> None:
    found = document_period(f"BÁO CÁO\nKết quả sản xuất mía niên vụ {years}\n\nToàn vùng ép được 410 nghìn tấn mía.\n")
    if period is None:
        assert found is None or not found.label.startswith("niên vụ")
    else:
        assert found == period


def test_a_dateline_in_words_after_its_weekday_is_the_pages_day() -> None:
    head = "\nĐắk Lắk: Xuất khẩu cà phê tăng mạnh\nKim ngạch đạt 1,2 tỷ USD.\n"
    assert find_dateline("Thứ Năm, ngày 4 tháng 12 năm 2025" + head) == Dateline(2025, 12, 4)
    assert find_dateline("Chủ nhật ngày 07 tháng 6 năm 2026" + head) == Dateline(2026, 6, 7)
    # near miss: a title of office before the day is no weekday
    assert find_dateline("Thứ trưởng ngày 4 tháng 12 năm 2025 làm việc với tỉnh" + head) is None


_BARELY_BEGUN = ("Thứ Hai, 05/01/2027\nĐồng Nai: Năm 2027 tiếp tục đẩy mạnh xuất khẩu\n{lead}Kim ngạch xuất khẩu "
                 "của tỉnh đạt 27 tỷ USD, tăng 9%. {lead}Có 1.900 doanh nghiệp mới.\n")


@pytest.mark.parametrize(("lead", "year"), [
    ("Năm 2026, ", 2026),
    ("", 2027),  # near miss: with no year before the page's own named, the page's year stays
])
def test_a_year_barely_begun_gives_way_to_the_year_just_closed_named_after_it(lead: str, year: int) -> None:
    assert document_period(_BARELY_BEGUN.format(lead=lead)) == Period(D(year, 1, 1), D(year, 12, 31), f"năm {year}")


def test_a_bracketed_day_of_the_event_a_lead_counts_from_is_not_the_pages_day() -> None:
    text = ("Xã Krông Nô tăng tốc giải ngân vốn đầu tư\nNgày 3/11/2026\nKể từ khi hợp nhất xã (1/7/2025), xã đã "
            "hoàn thành 14 công trình.\nTrong 10 tháng năm 2026, giải ngân đạt 38 tỷ đồng.\n")
    assert find_dateline(text) == Dateline(2026, 11, 3)
    assert document_period(text) == Period(D(2026, 1, 1), D(2026, 10, 31), "10 tháng đầu năm 2026")
    # near miss: a header's bracket that opens its line still dates the page
    assert find_dateline("(Cập nhật 20/10/2026)\nXã A thu ngân sách đạt 9 tỷ đồng.\n") == Dateline(2026, 10, 20)
    assert find_dateline("Sáng nay (20/10/2026), xã A tổ chức hội nghị.\nXã thu 9 tỷ đồng.\n") == Dateline(2026, 10, 20)


@pytest.mark.parametrize(("lead", "period"), [
    ("Kể từ khi sáp nhập xã (1/7/2025) đến nay, ",
     Period(D(2025, 7, 1), D(2026, 2, 10), "Kể từ khi sáp nhập xã (1/7/2025) đến nay")),
    ("Từ ngày 15/9/2025 đến nay, ", Period(D(2025, 9, 15), D(2026, 2, 10), "Từ ngày 15/9/2025 đến nay")),
    # near misses: years on end are no period of the page's; a lead with no start keeps the page's month
    ("Từ năm 2019 đến nay, ", Period(D(2026, 2, 1), D(2026, 2, 28), "tháng 2 năm 2026")),
    ("", Period(D(2026, 2, 1), D(2026, 2, 28), "tháng 2 năm 2026")),
])
def test_a_lead_counting_from_a_day_to_now_runs_to_the_pages_day(lead: str, period: Period) -> None:
    text = f"Tuyên Quang: thêm 12 dự án đầu tư\nNgày 10/2/2026\n{lead}tỉnh đã thu hút 12 dự án với 8.000 tỷ đồng.\n"
    assert document_period(text) == period


@pytest.mark.parametrize(("lead", "period"), [
    ("HĐND huyện Yên Thế họp thông qua dự toán thu, chi ngân sách năm 2025. Tổng chi ngân sách huyện là 640 tỷ đồng.",
     Period(D(2025, 1, 1), D(2025, 12, 31), "năm 2025")),
    # near misses: a session setting next year's tasks reviews the year ending; an estimate of this year is no sign
    ("Huyện Yên Thế triển khai nhiệm vụ năm 2025. Tổng chi ngân sách huyện là 640 tỷ đồng.",
     Period(D(2024, 1, 1), D(2024, 12, 31), "năm 2024")),
    ("Huyện Yên Thế điều chỉnh dự toán ngân sách năm 2024. Tổng chi ngân sách huyện là 640 tỷ đồng.",
     Period(D(2024, 11, 1), D(2024, 11, 30), "tháng 11 năm 2024")),
])
def test_a_news_item_on_next_years_estimate_is_of_that_year(lead: str, period: Period) -> None:
    assert document_period(f"Ngày 28/11/2024\n{lead}\n") == period


def test_days_since_the_two_level_government_began_are_counted_from_1_july() -> None:
    text = "Phường Tân Sơn sau 90 ngày vận hành chính quyền 2 cấp\nNgày 2/10/2025\nPhường đã tiếp nhận 6.100 hồ sơ.\n"
    assert document_period(text) == Period(D(2025, 7, 1), D(2025, 9, 28), "90 ngày vận hành chính quyền 2 cấp")
    # near miss: a count of days to a deadline in a headline is no span since the change
    other = text.replace("sau 90 ngày vận hành chính quyền 2 cấp", "giải quyết hồ sơ trong 90 ngày")
    assert document_period(other) == Period(D(2025, 10, 1), D(2025, 10, 31), "tháng 10 năm 2025")


@pytest.mark.parametrize("top", ["Ngày 4/11/2026\n", "Thứ Tư, 04/11/2026 15:20\n", ""])
def test_a_headlines_month_under_the_pages_dateline_is_not_widened_by_the_bodys_sum(top: str) -> None:
    text = (f"{top}Xuất khẩu tháng 10 của Long An tăng mạnh\nKim ngạch xuất khẩu tháng 10 và 10 tháng năm 2026 lần "
            "lượt đạt 0,9 tỷ USD và 8,7 tỷ USD.\n")
    assert document_period(text) == Period(D(2026, 10, 1), D(2026, 10, 31), "tháng 10 năm 2026")


def test_days_in_brackets_after_their_count_date_a_disaster_news_item() -> None:
    text = ("Nghệ An: Lũ quét làm 2 người mất tích\nThứ Bảy, 27/9/2025 10:05\nTrong 2 ngày (25-26/9), mưa lớn gây lũ "
            "quét làm 2 người mất tích, 40 nhà bị hư hỏng.\n")
    assert locate_document_period(text, lambda s: "lũ" in s or "mưa" in s) == (
        Period(D(2025, 9, 25), D(2025, 9, 26), "ngày 25-26/9"), "event_dates")
    # near miss: a figure's count of days in brackets is no event's days
    count = text.replace("Trong 2 ngày (25-26/9), mưa lớn", "Mưa lớn (lượng mưa 2 ngày 250-300 mm)")
    assert locate_document_period(count, lambda s: "lũ" in s or "mưa" in s)[1] != "event_dates"


def test_a_bulletin_of_a_day_is_of_that_day_whatever_days_its_body_goes_back_to() -> None:
    text = ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH NGHỆ AN\nBÁO CÁO NHANH\n"
            "Công tác phòng, chống thiên tai ngày 21/9/2027\n\nTừ ngày 18/9 đến ngày 20/9/2027, mưa lớn làm 4 nhà bị "
            "sập, 160 ha lúa bị ngập.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end, info.period_source) == (D(2027, 9, 21), D(2027, 9, 21), "title")
    # near miss: a title counting to its day ("cập nhật đến 6 giờ ngày D") covers the days its body dates the event by
    counted = text.replace("Công tác phòng, chống thiên tai ngày 21/9/2027",
                           "Tình hình mưa lũ (cập nhật đến 6 giờ ngày 21/9/2027)")
    info = describe_document(counted)
    assert (info.period.start, info.period.end) == (D(2027, 9, 18), D(2027, 9, 20))


def test_a_december_lead_counting_what_was_done_in_the_year_is_of_the_year() -> None:
    text = ("Hội nghị tổng kết công tác thú y\n\nNgày 26/12/2026, Chi cục Chăn nuôi và Thú y tỉnh Sơn La tổ chức hội "
            "nghị tổng kết. Trong năm, chi cục đã tiêm phòng cho 850.000 con gia súc.\n")
    assert document_period(text) == Period(D(2026, 1, 1), D(2026, 12, 31), "năm 2026")
    # near misses: what was done in the month stays the month's; "trong năm ngày" counts five days
    month = text.replace("Trong năm,", "Trong tháng,")
    assert document_period(month) == Period(D(2026, 12, 1), D(2026, 12, 31), "tháng 12 năm 2026")
    five = text.replace("Trong năm, chi cục", "Trong năm ngày qua, chi cục")
    assert document_period(five) == Period(D(2026, 12, 1), D(2026, 12, 31), "tháng 12 năm 2026")


_RESULTS_THEN_PLAN = ("UBND HUYỆN TAM ĐẢO\nSố: 05/BC-UBND\nTam Đảo, ngày {day}\n\nBÁO CÁO\n{title}\n\n"
                      "Tổng thu ngân sách trên địa bàn huyện đạt 410 tỷ đồng.\n")


@pytest.mark.parametrize(("day", "title", "year"), [
    ("18 tháng 12 năm 2026", "Tình hình kinh tế - xã hội và phương hướng, nhiệm vụ năm 2027", 2026),
    ("8 tháng 1 năm 2027", "Tổng kết công tác năm, phương hướng nhiệm vụ năm 2027", 2026),
    # near miss: dated well into the plan's year, results and tasks share the one year named
    ("15 tháng 6 năm 2027", "Kết quả thực hiện và phương hướng nhiệm vụ năm 2027", 2027),
    # a report dated as a year barely begins, naming no period, is of the year just closed
    ("9 tháng 1 năm 2027", "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội", 2026),
    # near miss: later in the year it is the date line's year
    ("9 tháng 3 năm 2027", "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội", 2027),
])
def test_results_named_without_a_period_before_a_plans_year_are_of_the_year_before(day: str, title: str,
                                                                                   year: int) -> None:
    got = document_period(_RESULTS_THEN_PLAN.format(day=day, title=title))
    assert (got.start, got.end) == (D(year, 1, 1), D(year, 12, 31))


_SPEAKS_OF_ITS_PART = ("UBND XÃ NAM ĐÀN\nSố: 31/BC-UBND\nNam Đàn, ngày {day}\n\nBÁO CÁO\n{title}\n\n"
                       "{opening} xã thu ngân sách 1,8 tỷ đồng, cấp 12 giấy phép xây dựng.\n")


@pytest.mark.parametrize(("day", "title", "opening", "period"), [
    # a report naming no period, its body on "the month", dated early in a month: the month before
    ("4 tháng 6 năm 2027", "Tình hình kinh tế - xã hội", "Trong tháng,", (D(2027, 5, 1), D(2027, 5, 31))),
    ("2 tháng 1 năm 2027", "Kết quả công tác chỉ đạo, điều hành", "Tháng qua,", (D(2026, 12, 1), D(2026, 12, 31))),
    # dated late in the month: that month
    ("24 tháng 6 năm 2027", "Tình hình kinh tế - xã hội", "Trong tháng này,", (D(2027, 6, 1), D(2027, 6, 30))),
    # "the quarter" dated as the next begins: the quarter before
    ("6 tháng 10 năm 2027", "Tình hình kinh tế - xã hội", "Trong quý,", (D(2027, 7, 1), D(2027, 9, 30))),
    # near misses: a title on the year; a body naming no part of its own; a draft's blank day
    ("4 tháng 6 năm 2027", "Tổng kết công tác năm", "Trong tháng,", (D(2027, 1, 1), D(2027, 12, 31))),
    ("4 tháng 6 năm 2027", "Tình hình kinh tế - xã hội", "Thời gian qua,", (D(2027, 1, 1), D(2027, 12, 31))),
    ("   tháng 6 năm 2027", "Tình hình kinh tế - xã hội", "Trong tháng,", (D(2027, 1, 1), D(2027, 12, 31))),
])
def test_a_report_naming_no_period_speaks_of_the_part_its_date_closes(day: str, title: str, opening: str,
                                                                      period: tuple[dt.date, dt.date]) -> None:
    got = document_period(_SPEAKS_OF_ITS_PART.format(day=day, title=title, opening=opening))
    assert (got.start, got.end) == period


def test_a_year_after_investment_is_no_start_date() -> None:
    # "đầu tư" folds to the letters of "đầu từ": the year after a headline on investment is the item's period
    text = "Huyện Vân Đồn thu hút đầu tư\n\nNăm 2024, huyện thu hút 7 dự án mới với tổng vốn 2.300 tỷ đồng.\n"
    assert document_period(text) == Period(D(2024, 1, 1), D(2024, 12, 31), "năm 2024")
    # near misses: the capital of a year ("vốn đầu tư năm 2025") leaves the months its figures run to; a start
    # ("hoạt động từ năm 2020") is still no period reported on
    capital = "Hà Tĩnh giải ngân vốn đầu tư năm 2025\n\nĐến hết tháng 11/2025, tỉnh giải ngân 6.800 tỷ đồng.\n"
    assert (document_period(capital).start, document_period(capital).end) == (D(2025, 1, 1), D(2025, 11, 30))
    since = "Huyện Vân Đồn\n\nNhà máy hoạt động từ năm 2020, công suất 30 tấn mỗi ngày.\n"
    assert document_period(since) is None


def test_the_months_a_year_has_left_on_a_page_dated_inside_them_are_no_period_of_the_page() -> None:
    body = ("\n\n08/08/2026\n\nĐến hết tháng 7/2026, tỉnh giải ngân được 2.150 tỷ đồng, đạt 45% kế hoạch vốn. "
            "Số vốn còn lại phải giải ngân trong 5 tháng cuối năm là 2.600 tỷ đồng.\n")
    doc = _extract("Quảng Trị đẩy nhanh giải ngân vốn đầu tư công" + body)
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 7, 31))
    # near miss: on a page dated after them, the last months of the year are what it reports on
    review = ("Quảng Trị: kết quả 6 tháng cuối năm\n\n05/01/2027\n\nTrong 6 tháng cuối năm 2026, tỉnh thu hút "
              "12 dự án mới với tổng vốn 3.100 tỷ đồng.\n")
    doc = _extract(review)
    assert (doc["period_start"], doc["period_end"]) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))


def test_a_bulletins_title_naming_its_day_by_the_part_of_the_day_dates_it() -> None:
    text = ("BAN CHỈ HUY PCTT VÀ TKCN\nXÃ MƯỜNG LÁT\nBÁO CÁO\nTình hình thiệt hại do lũ quét {when} 2/8/2026\n"
            "Lũ quét làm 3 nhà bị cuốn trôi tại bản Pù Toong.\n")
    for when in ("đêm", "chiều", "ngày"):
        info = describe_document(text.format(when=when))
        assert (info.period.start, info.period.end) == (dt.date(2026, 8, 2), dt.date(2026, 8, 2)), when
    # near miss: a meeting's day in a title naming no hazard leaves the year
    meeting = text.format(when="chiều").replace("Tình hình thiệt hại do lũ quét", "Kết quả hội nghị giao ban")
    meeting = meeting.replace("Lũ quét làm 3 nhà bị cuốn trôi tại bản Pù Toong.", "Năm 2026, xã cấp 35 giấy phép.")
    assert describe_document(meeting).period.start == dt.date(2026, 1, 1)


def test_a_day_a_plan_or_a_programme_is_dated_by_is_no_year_of_the_body() -> None:
    from orchestration.extraction.placement import reference_year

    # the paper's day (an "Đề án" of 2021, a kind of data/words/papers_put_in_hand.csv) is not the body's year
    text = "Thực hiện Đề án phát triển du lịch cộng đồng ngày 12/3/2021, tỉnh mở lớp tập huấn ngày 05/3/2024."
    assert reference_year(text) == 2024
    # near miss: a day no paper is dated by counts as the body's, and two such years leave it open
    assert reference_year("Đoàn khảo sát ngày 12/3/2021 đến nay, tỉnh mở lớp tập huấn ngày 05/3/2024.") is None


@pytest.mark.parametrize(("joined", "start_month", "end_month"), [
    ("tháng 11 và 11 tháng", 1, 11),
    ("quý III và 9 tháng", 1, 9),
    ("tháng 12 và cả năm", 1, 12),
    # near misses: months of another count, and the last months of the year, leave the month
    ("tháng 11 và 10 tháng", 11, 11),
    ("tháng 9 và 3 tháng cuối năm", 9, 9),
])
def test_a_titles_month_joined_to_the_months_so_far_counted_bare(joined: str, start_month: int, end_month: int) -> None:
    text = (f"UBND HUYỆN A\nSố: 30/BC-UBND\nA, ngày 25 tháng {end_month if end_month < 12 else 12} năm 2026\n\n"
            f"BÁO CÁO\nTình hình kinh tế - xã hội {joined}\n\nTổng giá trị sản xuất tăng 6,5%.\n")
    period = document_period(text)
    assert (period.start, period.end.month) == (dt.date(2026, start_month, 1), end_month), joined


def test_a_headlines_month_joined_to_the_whole_year_on_a_page_of_january() -> None:
    text = ("Cập nhật: 05/01/2027\nKinh tế tháng 12 và cả năm khởi sắc\nTháng 12, chỉ số sản xuất công nghiệp của "
            "tỉnh tăng 12%.\nNăm 2026, GRDP tăng 11,5%.\n")
    period = document_period(text)
    assert (period.start, period.end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near miss: the month alone stays the month
    period = document_period(text.replace(" và cả năm", ""))
    assert (period.start, period.end) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))


def test_the_months_a_lead_compares_with_give_the_headlines_months_no_year() -> None:
    text = ("Đắk Nông: Thu hút khách du lịch 9 tháng tăng mạnh\n\nĐến hết tháng 9, toàn tỉnh đón 1,2 triệu lượt "
            "khách. So với cùng kỳ 9 tháng đầu năm 2026, lượng khách tăng 18%.\n")
    period = document_period(text)
    assert (period.start, period.end) == (D(2027, 1, 1), D(2027, 9, 30))
    # near miss: the months named with their year, no comparison before them, stay that year's
    plain = text.replace("So với cùng kỳ 9 tháng đầu năm 2026, lượng khách", "Trong 9 tháng đầu năm 2026, lượng khách")
    assert document_period(plain).end == D(2026, 9, 30)


def test_a_day_deep_in_a_sentence_of_the_lead_is_no_pages_dateline() -> None:
    lead = ("Lũ quét ở xã Mường Pồn\nRạng sáng 14/8/2026, lũ quét tràn qua bản Mường Pồn, cuốn trôi 5 căn nhà.\n"
            "Đây là trận lũ lớn nhất kể từ trận lũ ngày 20/6/2019 tại khu vực này.\n")
    assert find_dateline(lead) == Dateline(2026, 8, 14)
    # near miss: a short header line carrying a date without a sentence stays a header date
    assert find_dateline("Cập nhật lúc 10:15 ngày 02/7/2024\n" + lead) == Dateline(2024, 7, 2)


def test_the_day_of_what_the_lead_says_was_just_done_dates_the_page() -> None:
    lead = ("Hội nghị xúc tiến đầu tư\n\nUBND tỉnh Quảng Trị vừa tổ chức hội nghị xúc tiến đầu tư vào khu kinh tế "
            "vào ngày 18/10/2026. Tỉnh đã trao chủ trương đầu tư cho 6 dự án.\n")
    assert find_dateline(lead) == Dateline(2026, 10, 18)
    assert document_period(lead) == Period(D(2026, 10, 1), D(2026, 10, 31), "tháng 10 năm 2026")
    # near misses: a day in a later sentence, or after no "vừa", names an event of the past, not the page's day
    later = lead.replace("hội nghị xúc tiến đầu tư vào khu kinh tế vào ngày 18/10/2026. Tỉnh đã",
                         "hội nghị. Tỉnh đã vừa ký kết vào ngày 18/10/2026 và")
    past = lead.replace("vừa tổ chức", "đã tổ chức")
    assert find_dateline(later) is None and find_dateline(past) is None


def test_a_pages_address_with_its_year_and_month_dates_a_page_with_no_date_written() -> None:
    text = ("baolaocai.vn/xa-hoi/2026/04/giai-ngan-von\nGiải ngân vốn chương trình mục tiêu quốc gia\n"
            "Đến hết tháng 3, huyện Bát Xát giải ngân 120 tỷ đồng.\n")
    assert find_dateline(text) == Dateline(2026, 4, None)
    assert document_period(text).end == D(2026, 3, 31)
    # near miss: an address without a year and month as folders gives no date
    assert find_dateline(text.replace("/2026/04/", "/")) is None


@pytest.mark.parametrize(("text", "start", "end"), [
    # a bulletin's title or a news headline naming a week of the year by its number: that week, Monday to Sunday
    ("Bản tin phòng, chống thiên tai tuần 21/2027\n\nTrong tuần, dông lốc làm 4 nhà tốc mái.\n",
     D(2027, 5, 24), D(2027, 5, 30)),
    ("BÁO CÁO\nTình hình trật tự an toàn giao thông tuần 7 năm 2026\n\nTrong tuần xảy ra 2 vụ tai nạn.\n",
     D(2026, 2, 9), D(2026, 2, 15)),
    ("Tuần 50/2025: giá heo hơi giảm nhẹ\n\nGiá heo hơi tại các chợ giảm 1.000 đồng/kg.\n",
     D(2025, 12, 8), D(2025, 12, 14)),
    # (the head ending on the week's number alone: of the year the text is of)
    ("Bản tin giá vật liệu xây dựng tuần 10\n\nNăm 2027, giá thép tăng 4%.\n", D(2027, 3, 8), D(2027, 3, 14)),
    # (its number ending the head's first line, the subject on the next)
    ("BẢN TIN TUẦN 12\nThị trường lúa gạo\n\nNăm 2027, giá lúa tăng 3%.\n", D(2027, 3, 22), D(2027, 3, 28)),
])
def test_a_heads_numbered_week_is_the_documents_period(text: str, start: dt.date, end: dt.date) -> None:
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", [
    # weeks summed up to one, or a head that also names the months: not that week alone
    "Tình hình dịch bệnh từ tuần 30 đến tuần 35/2026\n\nCó 40 ca sốt xuất huyết.\n",
    "BÁO CÁO\nTình hình dịch bệnh tuần 44 và 10 tháng năm 2026\n\nCó 40 ca sốt xuất huyết.\n",
    "Sốt xuất huyết lũy kế đến tuần 44\n\nNăm 2026 có 40 ca sốt xuất huyết.\n",
    "BẢN TIN LŨY KẾ ĐẾN TUẦN 44\nTình hình dịch bệnh\n\nNăm 2026 có 40 ca sốt xuất huyết.\n",
])
def test_weeks_summed_or_beside_months_are_no_one_week_period(text: str) -> None:
    period = document_period(text)
    assert period is None or (period.end - period.start).days > 6


_LETTER = ("UBND TỈNH SƠN LA\nSỞ Y TẾ\nSố: 902/SYT-NV\nV/v {subject}\nSơn La, ngày 14 tháng 4 năm 2027\n\n"
           "Kính gửi: UBND tỉnh\nToàn tỉnh ghi nhận 14 ca tay chân miệng.\n")


@pytest.mark.parametrize(("subject", "period"), [
    # a letter's subject line naming a week, or days of a month, is its title: its period
    ("báo cáo tình hình dịch bệnh tuần 14 năm 2027", (D(2027, 4, 5), D(2027, 4, 11))),
    ("báo cáo tình hình sâu bệnh 10 ngày đầu tháng 4 năm 2027", (D(2027, 4, 1), D(2027, 4, 10))),
    # near miss: a subject naming no period leaves the date line's year
    ("báo cáo tình hình dịch bệnh", (D(2027, 1, 1), D(2027, 12, 31))),
])
def test_a_letters_subject_line_names_its_period(subject: str, period: tuple[dt.date, dt.date]) -> None:
    got = document_period(_LETTER.format(subject=subject))
    assert got is not None and (got.start, got.end) == period


_BARE_PART = ("ỦY BAN NHÂN DÂN\nXÃ YÊN THẾ\nSố: 9/BC-UBND\nYên Thế, ngày {day}\n\nBÁO CÁO\n{title}\n\n"
              "Xã cấp 6 giấy phép xây dựng.\n")


@pytest.mark.parametrize(("day", "title", "period"), [
    # a title naming its part by the bare word: the month or quarter its date closes
    ("7 tháng 10 năm 2026", "Kết quả thực hiện nhiệm vụ quý", (D(2026, 7, 1), D(2026, 9, 30))),
    ("27 tháng 5 năm 2026", "Công tác tháng và phương hướng tháng tới", (D(2026, 5, 1), D(2026, 5, 31))),
    # near misses: a fund and a plan are no quarter; months counted are no bare month
    ("7 tháng 10 năm 2026", "Tình hình thu chi quỹ", (D(2026, 1, 1), D(2026, 12, 31))),
    ("7 tháng 10 năm 2026", "Tình hình thực hiện quy hoạch", (D(2026, 1, 1), D(2026, 12, 31))),
])
def test_a_titles_bare_month_or_quarter_is_the_one_its_date_closes(day: str, title: str,
                                                                    period: tuple[dt.date, dt.date]) -> None:
    got = document_period(_BARE_PART.format(day=day, title=title))
    assert got is not None and (got.start, got.end) == period


def test_the_days_of_a_month_a_bulletins_title_names_are_its_period() -> None:
    text = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐỒNG THÁP\n\nBẢN TIN\nSản xuất lúa {days}\n\n"
            "Nông dân xuống giống 18.000 ha lúa thu đông.\n")
    got = document_period(text.format(days="10 ngày giữa tháng 8 năm 2026"))
    assert got is not None and (got.start, got.end) == (D(2026, 8, 11), D(2026, 8, 20))
    # near miss: one day, a meeting's, is no bulletin's period (the year it is of)
    got = document_period(text.format(days="tại hội nghị ngày 12/8/2026"))
    assert got is not None and (got.start, got.end) == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_pages_number_under_a_title_is_no_part_of_it() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 640/BC-UBND\n\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n"
            "{page}\nTổng sản phẩm trên địa bàn tăng 8,4%.\n")
    for page in ("12", "- 2 -", "Trang 1/9"):
        assert describe_document(text.format(page=page)).title == "Báo cáo tình hình kinh tế - xã hội năm 2026"
    # near miss: a title whose own next line goes on in small letters keeps it
    wrapped = text.format(page="và kế hoạch năm 2027")
    assert describe_document(wrapped).title == "Báo cáo tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027"


def test_a_papers_number_under_a_capitals_title_is_no_part_of_it() -> None:
    text = ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2027 CỦA HUYỆN MƯỜNG ẢNG\n{number}\n"
            "Thu ngân sách trên địa bàn đạt 41 tỷ đồng.\n")
    for number in ("Số: 97/BC-UBND", "Số 97/BC-UBND"):
        assert describe_document(text.format(number=number)).title == (
            "Báo cáo kết quả thực hiện nhiệm vụ quý III năm 2027 của huyện Mường Ảng")
    # near miss: a title that goes on with the number of the resolution it reports on, in small letters, keeps it
    cited = ("BÁO CÁO\nKết quả thực hiện Nghị quyết\nsố 15/NQ-HĐND của Hội đồng nhân dân huyện\n\n"
             "Thu ngân sách trên địa bàn đạt 41 tỷ đồng.\n")
    assert describe_document(cited).title == (
        "Báo cáo kết quả thực hiện Nghị quyết số 15/NQ-HĐND của Hội đồng nhân dân huyện")



@pytest.mark.parametrize(("text", "said_in_passing"), [
    # a past approval, licence or founding said in passing is no period of the news
    ("Hà Giang: Nhà máy thủy điện Sông Lô\n\nNhà máy được cấp phép năm 2017, có công suất 30 MW, sản lượng điện đạt "
     "90 triệu kWh.\n", 2017),
    ("Cà Mau: Tiến độ cao tốc\n\nNgày 4/8/2026, tỉnh họp về dự án. Ban quản lý dự án, thành lập năm 2019, cho biết "
     "đã giải ngân 1.200 tỷ đồng.\n", 2019),
    # a deadline set or moved is no period of the news either
    ("Bến Tre gia hạn dự án cầu\n\nUBND tỉnh vừa đồng ý gia hạn thời gian thực hiện dự án đến quý II/2028. Dự án có "
     "tổng mức đầu tư 5.100 tỷ đồng.\n", 2028),
    ("Cà Mau yêu cầu bàn giao mặt bằng\n\nTỉnh yêu cầu các xã bàn giao mặt bằng cho dự án trước tháng 3/2028. Dự án "
     "có tổng mức đầu tư 2.300 tỷ đồng.\n", 2028),
])
def test_a_news_items_period_is_not_a_past_approval_nor_a_deadline(text: str, said_in_passing: int) -> None:
    period = document_period(text)
    assert period is None or said_in_passing not in (period.start.year, period.end.year)


def test_a_recognition_of_an_earlier_year_is_no_period_of_the_news() -> None:
    # "được công nhận ... năm 2020" in a news item of 2026: the commune's past, said in passing; the lead's day dates it
    text = ("Xã Hòa Bình đón bằng công nhận nông thôn mới kiểu mẫu\n\nSáng 14/11/2026, xã Hòa Bình (Ninh Bình) tổ chức "
            "lễ đón bằng. Xã được công nhận đạt chuẩn nông thôn mới năm 2020; đến nay thu nhập bình quân đạt 72 "
            "triệu đồng/người.\n")
    period = document_period(text)
    assert period is not None and period.start.year == 2026
    # near misses: the recognitions of the year the news reports on stay its period, so does a count of the year's
    # recognitions told on a page of the next January
    for lead in ("Trong năm 2026, tỉnh có 12 xã được công nhận đạt chuẩn nông thôn mới nâng cao.",
                 "Ngày 8/1/2027, Văn phòng điều phối cho biết: 12 xã được công nhận đạt chuẩn năm 2026."):
        review = f"Ninh Bình: kết quả xây dựng nông thôn mới\n\n{lead}\n"
        assert document_period(review) == Period(D(2026, 1, 1), D(2026, 12, 31), "năm 2026"), lead


def test_a_year_so_far_counted_to_a_month_stays_the_period() -> None:
    # near miss: "Tính đến hết tháng 10/2026" (no deadline verb before "đến") is the year so far the news reports on
    text = ("Gia Lai: Thu hút đầu tư khởi sắc\n\nTính đến hết tháng 10/2026, tỉnh đã thu hút 45 dự án với tổng vốn "
            "đăng ký 12.000 tỷ đồng. Dự án điện gió được khởi công trong năm 2026.\n")
    assert document_period(text) == Period(D(2026, 1, 1), D(2026, 10, 31), "10 tháng đầu năm 2026")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Bình Dương đón 1,9 tỷ USD vốn FDI trong 9 tháng\n\nTỉnh thu hút thêm 1,9 tỷ USD vốn đầu tư nước ngoài.\n\n"
     "Hải Yến\n04/10/2026", D(2026, 1, 1), D(2026, 9, 30)),
    ("Xuất khẩu thủy sản tăng 14% trong 8 tháng\ndate 2027-08\nKim ngạch đạt 410 triệu USD.", D(2027, 1, 1),
     D(2027, 8, 31)),
    # a headline whose marked letters a bad conversion turned into "?" is a headline still ("t? USD": no question)
    ("Xu?t kh?u c? ph? c?a ??k L?k ??t 1,1 t? USD trong 9 th?ng\n\nKim ng?ch t?ng 22% so v?i c?ng k?.\n\n"
     "PV\n03/10/2026", D(2026, 1, 1), D(2026, 9, 30)),
])
def test_a_headlines_result_within_the_months_its_page_closes_is_the_year_so_far(text: str, start: dt.date,
                                                                               end: dt.date) -> None:
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (start, end)


@pytest.mark.parametrize("text", [
    # near misses: a span still to run, or months that are not the page's own
    "Cầu Rạch Miễu 3 sẽ thông xe trong 9 tháng\n\nCông trình dài 2,1 km.\n\nHải Yến\n04/10/2026",
    "Tỉnh phải giải ngân hết 2.100 tỷ đồng trong 9 tháng\n\nVốn còn lại là 2.100 tỷ đồng.\n\nPV\n05/10/2026",
    "Bình Dương đón 1,9 tỷ USD vốn FDI trong 9 tháng\n\nTỉnh thu hút thêm 1,9 tỷ USD vốn đầu tư.\n\nPV\n04/05/2026",
    # the page's date marker under the headline dates the page; "3 tháng" is not read on into its year
    "Xuất khẩu cà phê tăng mạnh trong 3 tháng\n date 2026-10\nKim ngạch đạt 310 triệu USD, tăng 22% so với cùng kỳ.\n",
    # a question mark ends a headline's words: the line is a question, not a headline (near miss of the "?" letters)
    "Vì sao giá cà phê tăng mạnh trong 9 tháng?\n\nGiá cà phê lên 120.000 đồng/kg.\n\nPV\n03/10/2026",
])
def test_a_span_to_run_or_of_another_time_in_a_headline_is_no_year_so_far(text: str) -> None:
    info = describe_document(text)
    assert info.period is None or info.period.start.month != 1


@pytest.mark.parametrize(("text", "period"), [
    # a holiday whose days the item does not say: its figures are the holiday's, not the page's month's
    ("Phường Tân An đón Tết ấm áp\n12/02/2027\n\nTrong dịp Tết Nguyên đán, phường trao 410 suất quà cho hộ nghèo, "
     "trị giá 205 triệu đồng.\n", None),
    ("Du lịch Ninh Bình khởi sắc\n03/02/2026\n\nKỳ nghỉ Tết vừa qua, tỉnh đón 215.000 lượt khách.\n", None),
    # near misses: the holiday's days said, or no holiday, keep their period
    ("Phường Tân An đón Tết ấm áp\n12/02/2027\n\nTrong dịp Tết (từ ngày 5/2 đến ngày 10/2), phường trao 410 suất "
     "quà cho hộ nghèo.\n", Period(D(2027, 2, 5), D(2027, 2, 10), "từ ngày 5/2 đến ngày 10/2")),
    ("Phường Tân An chăm lo hộ nghèo\n12/02/2027\n\nPhường trao 410 suất quà cho hộ nghèo, trị giá 205 triệu "
     "đồng.\n", Period(D(2027, 2, 1), D(2027, 2, 28), "tháng 2 năm 2027")),
])
def test_a_holiday_news_item_without_its_days_has_no_period(text: str, period: Period | None) -> None:
    got = document_period(text)
    assert (got and (got.start, got.end)) == (period and (period.start, period.end))



@pytest.mark.parametrize(("text", "start", "end"), [
    # a holiday week counted in the lead's brackets; one figure later counts from a day before: the lead's span
    ("Cần Thơ đón hơn 400 nghìn lượt khách dịp nghỉ lễ\n18/02/2026\n\n"
     "Trong kỳ nghỉ (từ ngày 14/2 đến hết ngày 17/2), các điểm du lịch đón 412.000 lượt khách.\n\n"
     "Công suất phòng từ ngày 13/2 đến 17/2 bình quân đạt 78%.\n", D(2026, 2, 14), D(2026, 2, 17)),
    # near miss: a wider period ending on the same day (the months so far) is no span of days; it covers the month
    ("Quảng Ngãi: thu ngân sách khả quan\n\nTrong tháng 6/2026, thu ngân sách đạt 1.200 tỷ đồng. "
     "Lũy kế 6 tháng đầu năm 2026, thu ngân sách đạt 9.800 tỷ đồng.\n", D(2026, 1, 1), D(2026, 6, 30)),
])
def test_a_leads_span_of_days_frames_the_item_over_a_later_figures_span(text: str, start: dt.date,
                                                                        end: dt.date) -> None:
    period = document_period(text)
    assert (period.start, period.end) == (start, end)


def test_a_title_counting_its_figures_to_a_day_reports_on_the_year_to_that_day() -> None:
    text = ("UBND HUYỆN THUẬN BẮC\nSố: 88/BC-UBND\nThuận Bắc, ngày 20 tháng 5 năm 2025\n\nBÁO CÁO\n"
            "Tình hình tích nước các hồ chứa và cấp nước tưới (tính đến ngày 15/5/2025)\n\n"
            "Dung tích các hồ chứa còn 12,4 triệu m3.\n")
    info = describe_document(text)
    assert (info.period.start, info.period.end) == (dt.date(2025, 1, 1), dt.date(2025, 5, 15))
    # a month's last day, "ngày" unsaid: the months so far
    half = describe_document(text.replace("(tính đến ngày 15/5/2025)", "tính đến 30/6/2025")).period
    assert (half.start, half.end, half.label) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30), "6 tháng đầu năm 2025")
    # near misses: a title naming its period keeps it; a bulletin's day is the event's
    quarter = describe_document(text.replace("(tính đến ngày 15/5/2025)", "quý I năm 2025")).period
    assert (quarter.start, quarter.end) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    flood = describe_document(text.replace("tích nước các hồ chứa và cấp nước tưới", "mưa lũ")).period
    assert flood.start != dt.date(2025, 1, 1)


@pytest.mark.parametrize(("subject", "start", "end"), [
    # the month the title names, counted to a day within it: that month to the day, not the year so far
    ("Tình hình sản xuất công nghiệp tháng 8 năm 2026\n(Số liệu đến ngày 14/8/2026)", D(2026, 8, 1), D(2026, 8, 14)),
    ("Tình hình giải ngân vốn đầu tư công quý III năm 2026 (tính đến ngày 20/9/2026)", D(2026, 7, 1), D(2026, 9, 20)),
    # near miss: a cut-off with no period named is the year so far
    ("Tình hình giải ngân vốn đầu tư công (tính đến ngày 20/9/2026)", D(2026, 1, 1), D(2026, 9, 20)),
])
def test_a_titles_cut_off_within_the_period_it_names_keeps_that_period(subject: str, start: dt.date,
                                                                       end: dt.date) -> None:
    text = f"UBND TỈNH KIÊN GIANG\nBÁO CÁO\n{subject}\n\nGiá trị sản xuất ước đạt 3.150 tỷ đồng.\n"
    period = describe_document(text).period
    assert (period.start, period.end) == (start, end)


def test_a_season_in_a_title_counting_to_a_day_runs_to_that_day() -> None:
    text = ("UBND TỈNH GIA LAI\nSố: 61/BC-UBND\nGia Lai, ngày 25 tháng 3 năm 2027\n\nBÁO CÁO\n"
            "Công tác phòng cháy, chữa cháy rừng mùa khô 2026-2027 (tính đến ngày 18/3/2027)\n\nXảy ra 3 vụ cháy.\n")
    # (near miss: no day counted to, the season so far runs to the date line's day)
    for paper, last in ((text, dt.date(2027, 3, 18)), (text.replace(" (tính đến ngày 18/3/2027)", ""),
                                                        dt.date(2027, 3, 25))):
        season = describe_document(paper).period
        assert (season.start, season.end) == (dt.date(2026, 11, 1), last)


@pytest.mark.parametrize(("text", "start", "end"), [
    # A bank branch's subject line, no kind word before it, counting to a day: the year so far to that day.
    ("NGÂN HÀNG NHÀ NƯỚC\nCHI NHÁNH KHU VỰC 7\n\nTình hình huy động vốn và cho vay tại tỉnh Gia Lai đến 31/3/2027\n\n"
     "Cả năm 2026 dư nợ tăng 11%. Vốn huy động đạt 98.400 tỷ đồng.\n", D(2027, 1, 1), D(2027, 3, 31)),
    # A committee's and its office's lines over a subject naming its week.
    ("UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nTình hình sâu bệnh hại cây trồng tuần 15 năm 2025\n\n"
     "Diện tích lúa nhiễm rầy nâu 320 ha.\n", D(2025, 4, 7), D(2025, 4, 13)),
    # A province's name alone above a headline naming its month: the month, not the months the body sums up.
    ("ĐỒNG THÁP\nSản lượng thủy sản tháng 8 năm 2024\n\nLũy kế 8 tháng, sản lượng đạt 410.000 tấn; riêng tháng "
     "8 đạt 56.000 tấn.\n", D(2024, 8, 1), D(2024, 8, 31)),
])
def test_a_subject_line_naming_its_period_under_lines_in_capitals_dates_the_paper(
        text: str, start: dt.date, end: dt.date) -> None:
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_sentence_line_under_capitals_naming_no_period_is_no_title() -> None:
    # (the headline names no period: the body's year dates the text, as before)
    period = document_period("BẾN TRE\nNông dân vào mùa thu hoạch dừa\n\nNăm 2026, toàn tỉnh thu 720 triệu trái dừa.\n")
    assert period is not None and (period.start, period.end) == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_headlines_day_its_figures_count_to_is_the_year_so_far() -> None:
    # a news headline counting to a day without "ngày" dates the item as a title does: the months so far
    text = ("Huy động vốn của các ngân hàng ở Tây Ninh đến 30/9/2026 tăng khá\n\nCác tổ chức tín dụng huy động "
            "được 96.200 tỷ đồng, tăng 7,4% so với cuối năm trước.\n")
    assert document_period(text) == Period(D(2026, 1, 1), D(2026, 9, 30), "9 tháng đầu năm 2026")
    mid_month = ("Tỉnh Kon Tum giải ngân vốn đầu tư công đến 12/8/2027 đạt 61%\n\nTổng vốn đã giải ngân là "
                 "1.840 tỷ đồng.\n")
    assert document_period(mid_month) == Period(D(2027, 1, 1), D(2027, 8, 12), "đến 12/8/2027")


def test_a_headlines_deadline_is_no_day_its_figures_count_to() -> None:
    text = ("Ninh Bình gia hạn hỗ trợ lãi suất cho hộ nuôi tôm đến 31/3/2026\n\nCó 1.250 hộ được hỗ trợ "
            "với tổng số tiền 8,5 tỷ đồng.\n")
    period = document_period(text)
    assert period is None or period.end != D(2026, 3, 31)


def test_a_headlines_school_year_dates_the_news_item() -> None:
    text = ("Năm học 2027-2028, Bình Phước cần thêm 640 giáo viên\n\nToàn tỉnh có 412 trường học với "
            "198.000 học sinh.\n")
    assert document_period(text) == Period(D(2027, 9, 1), D(2028, 8, 31), "năm học 2027-2028")


@pytest.mark.parametrize(("text", "period"), [
    # a holiday's days in the lead's first sentence, or in the headline: the item's period, for the sentences after
    ("Lượng khách đến Sầm Sơn tăng mạnh\n\nTrong 5 ngày nghỉ lễ 30/4 - 1/5/2027, thành phố đón 410.000 lượt khách."
     "\n\nTrong đó có 9.000 lượt khách quốc tế.\n", Period(D(2027, 4, 30), D(2027, 5, 1), "nghỉ lễ 30/4 - 1/5/2027")),
    ("Dịp nghỉ lễ 2/9 - 3/9/2027, Cát Bà đón 70.000 lượt khách\n\nCông suất phòng đạt 85%.\n",
     Period(D(2027, 9, 2), D(2027, 9, 3), "Dịp nghỉ lễ 2/9 - 3/9/2027")),
    # near misses: a month named first, in the headline or the lead, stays the item's
    ("Du lịch Sầm Sơn tháng 5/2027\n\nTrong 5 ngày nghỉ lễ 30/4 - 1/5/2027, thành phố đón 410.000 lượt khách.\n",
     Period(D(2027, 5, 1), D(2027, 5, 31), "tháng 5 năm 2027")),
    ("Lượng khách đến Sầm Sơn tăng mạnh\n\nTháng 5/2027, thành phố đón 1,2 triệu lượt khách. Riêng dịp nghỉ lễ "
     "30/4 - 1/5, đón 410.000 lượt.\n", Period(D(2027, 5, 1), D(2027, 5, 31), "tháng 5 năm 2027")),
])
def test_a_holidays_days_the_lead_opens_on_date_the_news_item(text: str, period: Period) -> None:
    assert document_period(text) == period


@pytest.mark.parametrize(("text", "start", "end"), [
    # a part of a month opening the lead: its days, for the sentences after it too
    ("Tuần cuối tháng 9/2027, giá cà phê nhân ở mức 98.000 đồng/kg.\nGiá tiêu giữ ở mức 140.000 đồng/kg.\n",
     D(2027, 9, 24), D(2027, 9, 30)),
    ("Giá lúa tăng nhẹ\n\n10 ngày đầu tháng 11/2027, giá lúa khô đạt 7.800 đồng/kg.\n",
     D(2027, 11, 1), D(2027, 11, 10)),
    ("Nửa đầu tháng 6/2027, toàn tỉnh ghi nhận 14 vụ cháy rừng.\n", D(2027, 6, 1), D(2027, 6, 15)),
    # near miss: a month said first stays the item's
    ("Tháng 9/2027, giá cà phê tăng 5%; tuần cuối tháng 9/2027 giá ở mức 98.000 đồng/kg.\n",
     D(2027, 9, 1), D(2027, 9, 30)),
])
def test_a_part_of_a_month_opening_the_lead_dates_the_news_item(text: str, start: dt.date, end: dt.date) -> None:
    period = document_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_year_opening_the_lead_under_a_headline_closing_on_a_works_event_dates_the_item() -> None:
    text = "Huyện Mường Khương có thêm cầu được khánh thành\n\nNăm 2027, huyện đón 60.000 lượt khách.\n"
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")
    # near miss: the event's year wrapped onto the next line, in lower case, dates the event only
    wrapped = "Huyện Mường Khương có thêm cầu\n\nCầu Bản Lầu được khánh thành\nnăm 2019, nay huyện đón 60.000 lượt.\n"
    assert document_period(wrapped) is None


@pytest.mark.parametrize(("text", "period"), [
    # a crop season the lead opens on, under no headline or one naming no period: its year
    ("Vụ Hè Thu 2027, huyện Châu Thành xuống giống 21.000 ha lúa.\n", Period(D(2027, 1, 1), D(2027, 12, 31),
                                                                          "Vụ Hè Thu 2027")),
    ("Nông dân phấn khởi\n\n(AG) - Vụ Hè Thu 2027, huyện Châu Thành xuống giống 21.000 ha lúa.\n",
     Period(D(2027, 1, 1), D(2027, 12, 31), "Vụ Hè Thu 2027")),
    # near miss: a season said late in the lead, compared with, is no period of the item
    ("Nông dân phấn khởi\n\nHuyện Châu Thành xuống giống 21.000 ha lúa, sớm hơn vụ Hè Thu 2027 của năm trước.\n",
     None),
])
def test_a_crop_season_the_lead_opens_on_dates_the_news_item(text: str, period: Period | None) -> None:
    assert document_period(text) == period


@pytest.mark.parametrize(("lead", "period"), [
    # the lead's opening day said by the lunar calendar, its solar day in brackets: that day's month, as "Sáng 9/2/2027"
    ("Sáng mùng 4 Tết Đinh Mùi (ngày 9/2/2027), Sa Pa đón 30.000 lượt khách.",
     Period(D(2027, 2, 1), D(2027, 2, 28), "tháng 2 năm 2027")),
    ("Ngày mồng 2 tháng Giêng (tức 30/1/2026), Sa Pa đón 30.000 lượt khách.",
     Period(D(2026, 1, 1), D(2026, 1, 31), "tháng 1 năm 2026")),
    # near miss: a day in brackets after an event's words is the event's, not the lead's
    ("Từ khi vận hành chính quyền hai cấp (1/7/2025), phường thu 30 tỷ đồng.",
     Period(D(2025, 1, 1), D(2025, 12, 31), "năm 2025")),
])
def test_a_lunar_day_opening_the_lead_is_dated_by_its_bracketed_solar_day(lead: str, period: Period) -> None:
    assert document_period(lead) == period


@pytest.mark.parametrize(("lead", "year"), [
    # a lunar year's name after its Tết, no year written: the solar year that Tết falls in
    ("Dịp Tết Đinh Mùi, chợ hoa xuân thu hút 8.000 lượt khách.", 2027),
    ("NGHỈ TẾT NGUYÊN ĐÁN GIÁP THÌN, bến xe phục vụ 2.400 chuyến.", 2024),
    ("Chào Xuân Ất Tỵ, phường tặng 150 suất quà.", 2025),
    # near misses: a year written elsewhere is the text's; a stem and a branch that never meet name no year
    ("Dịp Tết Đinh Mùi, chợ hoa thu hút 8.000 lượt khách, tăng 5% so với năm 2025.", 2026),
    ("Dịp Tết Giáp Sửu, chợ hoa thu hút 8.000 lượt khách.", None),
])
def test_a_lunar_new_years_name_gives_the_year_a_text_naming_none_is_of(lead: str, year: int | None) -> None:
    assert reference_year(lead) == year
    if year is not None and "so với" not in lead:
        assert document_period(lead) == Period(D(year, 1, 1), D(year, 12, 31), f"năm {year}")


@pytest.mark.parametrize(("title", "body", "period"), [
    # a report whose title names no period, its body opening on a day: that day's month, as a news lead's day is
    ("Kết quả ra quân tổng vệ sinh môi trường", "Ngày 22/8/2027, phường huy động 600 lượt người dọn 14 tấn rác.",
     Period(D(2027, 8, 1), D(2027, 8, 31), "tháng 8 năm 2027")),
    # near misses: a period the title names stands; a body opening on no day is of the year it names
    ("Kết quả ra quân tổng vệ sinh môi trường quý III năm 2027",
     "Ngày 22/8/2027, phường huy động 600 lượt người dọn 14 tấn rác.", Period(D(2027, 7, 1), D(2027, 9, 30),
                                                                           "quý III năm 2027")),
    ("Kết quả ra quân tổng vệ sinh môi trường", "Trong năm 2027, phường huy động 600 lượt người dọn 14 tấn rác.",
     Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")),
])
def test_a_reports_body_opening_on_a_day_is_of_its_month(title: str, body: str, period: Period) -> None:
    assert document_period(f"UBND PHƯỜNG AN LẠC\nBÁO CÁO\n{title}\n\n{body}\n") == period


@pytest.mark.parametrize(
    "header",
    [
        "UBND xã Tân Lộc (tỉnh Đồng Tháp)",  # a commune's committee typed small, its province in brackets
        "UBND XÃ TÂN LỘC, tỉnh Đồng Tháp",  # in capitals, its province after a comma in small letters
        "UBND PHƯỜNG TÂN LỘC\n(tỉnh Đồng Tháp mới)",  # its province in brackets on the line under it
    ],
)
def test_a_title_under_a_communes_committee_typed_in_any_case_dates_the_report(header: str) -> None:
    # (the month the title names, not the months so far a figure of the body sums)
    text = f"{header}\nBáo cáo tháng 8/2027\n\nSản lượng lúa trong tháng 950 tấn, lũy kế 8 tháng 7.400 tấn.\n"
    assert document_period(text) == Period(D(2027, 8, 1), D(2027, 8, 31), "tháng 8 năm 2027")
    # near miss: a headline that opens on a committee and goes on is no issuer's line, no title stands under it
    news = text.replace(header, "UBND xã Tân Lộc (tỉnh Đồng Tháp) trao 40 căn nhà")
    assert document_period(news) == Period(D(2027, 1, 1), D(2027, 8, 31), "8 tháng đầu năm 2027")


_KHAI_TRUONG = "Ngành giáo dục Cao Bằng sẵn sàng cho ngày khai trường\n\n"


@pytest.mark.parametrize("lead", [
    "Năm học 2027–2028, toàn tỉnh có 610 trường với 132.000 học sinh.\n",
    "(CB) - Bước vào năm học mới 2027-2028, toàn tỉnh có 610 trường với 132.000 học sinh.\n",
])
def test_a_school_year_the_lead_opens_on_dates_the_news_item(lead: str) -> None:
    assert document_period(_KHAI_TRUONG + lead) == Period(D(2027, 9, 1), D(2028, 8, 31), "năm học 2027-2028")


@pytest.mark.parametrize(("text", "period"), [
    # the school year said late in the lead: what the year is prepared for, not the period the figures cover
    (_KHAI_TRUONG + "Toàn tỉnh có 610 trường với 132.000 học sinh, đã sẵn sàng cho năm học 2027-2028.\n", None),
    # the headline's own month dates the item
    ("Ngành giáo dục Cao Bằng tháng 8/2027\n\nNăm học 2027-2028, toàn tỉnh có 610 trường.\n",
     Period(D(2027, 8, 1), D(2027, 8, 31), "tháng 8 năm 2027")),
])
def test_a_school_year_later_in_the_lead_or_under_a_dated_headline_no_period(text: str, period: Period | None) -> None:
    assert document_period(text) == period


def test_a_school_year_naming_the_leads_subject_dates_the_news_item() -> None:
    lead = "Hội khỏe Phù Đổng cấp trường tiểu học năm học 2027-2028 của huyện Hòa An thu hút 2.300 vận động viên.\n"
    assert document_period(_KHAI_TRUONG + lead) == Period(D(2027, 9, 1), D(2028, 8, 31), "năm học 2027-2028")
    # near misses: figures before it; the year the lead's schools are ready for
    for late in ("Toàn tỉnh có 610 trường tiểu học và trung học của năm học 2027-2028 đã khai giảng.\n",
                 "Các trường tiểu học của huyện Hòa An đã sẵn sàng cho năm học 2027-2028 mới.\n"):
        assert document_period(_KHAI_TRUONG + late) is None


def test_a_crop_year_the_lead_opens_on_dates_the_news_item() -> None:
    # (October to September, as the figures naming it are read: the item's other figures share their period)
    headline = "Hồ tiêu được giá\n\n"
    lead = "Niên vụ hồ tiêu 2026-2027, toàn tỉnh thu hoạch 81.000 tấn.\n\nGiá tiêu hiện ở mức 150.000 đồng/kg.\n"
    period = document_period(headline + lead)
    assert (period.start, period.end) == (D(2026, 10, 1), D(2027, 9, 30))
    # near miss: the crop year said late in the lead is what the sentence speaks of, not the item's time
    late = "Toàn tỉnh thu hoạch 81.000 tấn tiêu năm 2027, cao nhất từ đầu niên vụ 2026-2027.\n"
    assert document_period(headline + late) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")


def test_a_crop_seasons_title_counting_to_a_day_ends_on_that_day() -> None:
    text = ("BÁO CÁO\nTiến độ gieo cấy vụ Đông Xuân 2026-2027 (tính đến ngày 20/2/2027)\n\nĐã gieo cấy "
            "38.400 ha lúa.\n")
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 2, 20), "vụ Đông Xuân 2026-2027")


def test_a_festivals_edition_dates_a_news_item_nothing_else_dates() -> None:
    text = ("Lễ hội Yên Tử 2027 thu hút 900.000 lượt người hành hương\n\nBan quản lý cho biết doanh thu bán vé "
            "cáp treo đạt 210 tỷ đồng.\n")
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")


@pytest.mark.parametrize(("subject", "period"), [
    # a title counting its figures to a quarter or a month: the year up to that part's end
    ("Tiến độ xây dựng nông thôn mới đến quý II/2027", Period(D(2027, 1, 1), D(2027, 6, 30), "6 tháng đầu năm 2027")),
    ("Kết quả cấp giấy chứng nhận quyền sử dụng đất đến tháng 8/2025",
     Period(D(2025, 1, 1), D(2025, 8, 31), "8 tháng đầu năm 2025")),
    # near misses: the part alone, and a range of months said from its first
    ("Tiến độ xây dựng nông thôn mới quý II/2027", Period(D(2027, 4, 1), D(2027, 6, 30), "quý II năm 2027")),
    ("Kết quả cấp giấy chứng nhận từ tháng 6 đến tháng 8/2025",
     Period(D(2025, 6, 1), D(2025, 8, 31), "từ tháng 6 đến tháng 8/2025")),
])
def test_a_title_counting_to_a_quarter_or_month_covers_the_year_so_far(subject: str, period: Period) -> None:
    text = f"UBND TỈNH TUYÊN QUANG\n\nBÁO CÁO\n{subject}\n\nToàn tỉnh có 86 xã đạt chuẩn.\n"
    assert describe_document(text).period == period


@pytest.mark.parametrize(("title", "period"), [
    # a political report names the term it opens; it looks back on the one before, congress said or not
    ("Báo cáo chính trị nhiệm kỳ 2026-2031", Period(D(2021, 1, 1), D(2026, 12, 31), "nhiệm kỳ 2021-2026")),
    # near miss: a programme for the term it names looks ahead
    ("Chương trình hành động nhiệm kỳ 2026-2031", Period(D(2026, 1, 1), D(2031, 12, 31), "nhiệm kỳ 2026-2031")),
])
def test_a_political_report_reviews_the_term_before_the_one_it_names(title: str, period: Period) -> None:
    text = f"ĐẢNG ỦY XÃ TÂN PHÚ\n{title}\n\nKết nạp 45 đảng viên mới.\n"
    assert describe_document(text).period == period


@pytest.mark.parametrize(("subject", "start", "end"), [
    # the week reported on, named before the work programme set for the next one
    ("Kết quả công tác tuần 37 năm 2027 và chương trình công tác tuần 38", dt.date(2027, 9, 13), dt.date(2027, 9, 19)),
    # near miss: the week named alone
    ("Kết quả công tác tuần 37 năm 2027", dt.date(2027, 9, 13), dt.date(2027, 9, 19)),
])
def test_a_weeks_results_titled_with_the_next_weeks_programme_cover_that_week(subject: str, start: dt.date,
                                                                              end: dt.date) -> None:
    text = (f"UBND TỈNH KON TUM\nVĂN PHÒNG\nTHÔNG BÁO\n{subject}\n\n"
            "Trong tuần, tiếp nhận và giải quyết 214 hồ sơ hành chính.\n")
    period = describe_document(text).period
    assert (period.start, period.end) == (start, end)


def test_a_far_base_year_is_no_reference_for_the_years_after_it() -> None:
    # a base compared with a later year its sentence names, or the start of a change, dates nothing reported on
    text = ("Lào Cai 30 năm phát triển\n\nSo với năm 1996, giá trị xuất khẩu năm 2026 gấp 80 lần. Số xã có điện từ "
            "dưới 40% năm 1996 đến nay đạt 100%.")
    assert reference_year(text) == 2026
    assert locate_document_period(text)[0] == Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "năm 2026")
    multiple = "Sơn La sau 20 năm\n\nTổng vốn đầu tư năm 2027 đạt 9.000 tỷ đồng, gấp 12 lần năm 2007."
    assert reference_year(multiple) == 2027
    # (a base without a later year in its sentence still speaks of the year after it)
    assert reference_year("Doanh thu tăng 8% so với năm 2025.") == 2026


@pytest.mark.parametrize(("subject", "start", "end"), [
    # a programme's or a criteria set's years named in a title that counts to a day inside them: the years so far
    ("Kết quả thực hiện Đề án phát triển du lịch giai đoạn 2026-2030 tính đến ngày 31/3/2027", D(2026, 1, 1),
     D(2027, 3, 31)),
    ("Tiến độ thực hiện Bộ tiêu chí phường văn minh giai đoạn 2026 - 2030 đến ngày 15/9/2026", D(2026, 1, 1),
     D(2026, 9, 15)),
    # a year counted to a day inside it: the year so far
    ("Tình hình thu hút khách du lịch năm 2026 tính đến ngày 20/8/2026", D(2026, 1, 1), D(2026, 8, 20)),
    # near misses: the span alone, a day after it (the span's years), a deadline within the year (the year)
    ("Kết quả thực hiện Đề án phát triển du lịch giai đoạn 2026-2030", D(2026, 1, 1), D(2030, 12, 31)),
    ("Tình hình thu hút khách du lịch năm 2026, hoàn thành trước ngày 20/8/2026", D(2026, 1, 1), D(2026, 12, 31)),
    ("Tổng kết Đề án phát triển du lịch giai đoạn 2021-2025 (số liệu đến ngày 15/1/2026)", D(2021, 1, 1),
     D(2025, 12, 31)),
])
def test_a_titles_span_counted_to_a_day_within_it_covers_its_years_so_far(subject: str, start: dt.date,
                                                                          end: dt.date) -> None:
    text = f"UBND TỈNH PHÚ THỌ\n\nBÁO CÁO\n{subject}\n\nĐã thu hút 1,2 triệu lượt khách.\n"
    period = describe_document(text).period
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(("title", "body", "start", "end"), [
    # a mid-term review covers the years its body says have gone by, not the whole span its title names
    ("Đánh giá giữa kỳ thực hiện Kế hoạch đầu tư công trung hạn 5 năm 2026 - 2030",
     "Hai năm 2026-2027, vốn đầu tư công giải ngân đạt 9.400 tỷ đồng.", D(2026, 1, 1), D(2027, 12, 31)),
    ("Sơ kết nửa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã, nhiệm kỳ 2025-2030",
     "Qua nửa nhiệm kỳ (2025 – 2027), xã kết nạp 40 đảng viên.", D(2025, 1, 1), D(2027, 12, 31)),
    # near misses: a body naming no such years, and a review that is no mid-term one
    ("Đánh giá giữa kỳ thực hiện Kế hoạch đầu tư công trung hạn 5 năm 2026 - 2030",
     "Vốn đầu tư công giải ngân đạt 9.400 tỷ đồng.", D(2026, 1, 1), D(2030, 12, 31)),
    ("Đánh giá thực hiện Kế hoạch đầu tư công trung hạn 5 năm 2026 - 2030",
     "Hai năm 2026-2027, vốn đầu tư công giải ngân đạt 9.400 tỷ đồng.", D(2026, 1, 1), D(2030, 12, 31)),
])
def test_a_mid_term_review_covers_the_years_its_body_says_are_gone(title: str, body: str, start: dt.date,
                                                                   end: dt.date) -> None:
    period = describe_document(f"UBND TỈNH GIA LAI\n\nBÁO CÁO\n{title}\n\n{body}\n").period
    assert (period.start, period.end) == (start, end)


def test_a_bare_year_of_the_headline_dates_a_text_naming_no_other() -> None:
    # (a headline's year without "năm": after the place, after a dash, inside a topic; no day, no sum of money)
    assert document_period("Hải Dương 2027: Một năm nhìn lại\n\nThu ngân sách đạt 21.000 tỷ đồng.") \
        == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "năm 2027")
    assert document_period("CÀ MAU - 2025 QUA NHỮNG CON SỐ\n\nKhách du lịch đạt 2,1 triệu lượt.").start \
        == dt.date(2025, 1, 1)
    assert document_period("Yên Bái: Nông nghiệp 2026 được mùa\n\nSản lượng lương thực đạt 320.000 tấn.").start \
        == dt.date(2026, 1, 1)
    # (no bare year read from a range of days or an amount, nor from a table's row of years heading its columns)
    assert reference_year("Từ 12-20/5, xã An Bình thu 2030 tỷ đồng, tiêm 2.026 liều.\n") is None
    assert reference_year("Chỉ tiêu      2024    2025\nSố hộ nghèo    120     95\n") is None


def test_the_year_a_province_was_founded_is_a_base_not_the_period() -> None:
    text = ("Diễn văn kỷ niệm 20 năm tái lập tỉnh Hậu Giang\n\nKể từ ngày tái lập tỉnh năm 2004, kinh tế tăng "
            "trưởng khá. Năm 2024, thu ngân sách đạt 6.800 tỷ đồng.")
    assert reference_year(text) == 2024
    assert document_period(text).start == dt.date(2024, 1, 1)


def test_an_office_written_in_sentence_case_under_the_one_above_it_leaves_the_title_the_period() -> None:
    # a tax office of the country's regions or of a province's base under its parent's capitals, then its title
    text = ("THUẾ TỈNH GIA LAI\nThuế cơ sở 4 tỉnh Gia Lai\nBáo cáo kết quả thu ngân sách tháng 8 năm 2027\n\n"
            "Thu nội địa tháng 8 đạt 96 tỷ đồng; lũy kế 8 tháng đạt 701 tỷ đồng.\n")
    assert document_period(text) == Period(D(2027, 8, 1), D(2027, 8, 31), "tháng 8 năm 2027")
    alone = text.replace("THUẾ TỈNH GIA LAI\nThuế cơ sở 4 tỉnh Gia Lai", "Chi cục Thuế khu vực IV")
    assert document_period(alone) == Period(D(2027, 8, 1), D(2027, 8, 31), "tháng 8 năm 2027")
    # near miss: a headline in sentence case above the title is no office's line
    headline = text.replace("Thuế cơ sở 4 tỉnh Gia Lai", "Thu ngân sách 8 tháng vượt dự toán")
    assert document_period(headline) != Period(D(2027, 8, 1), D(2027, 8, 31), "tháng 8 năm 2027")


def test_a_season_or_a_crop_year_under_the_issuer_is_the_titles_period() -> None:
    # a subject line naming a crop's season by the years it spans, under the office's capitals, is the paper's title
    text = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH SÓC TRĂNG\nTổng kết sản xuất vụ Hè Thu 2027\n\n"
            "Toàn tỉnh xuống giống 150.000 ha, năng suất 58 tạ/ha.\n")
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 12, 31), "vụ Hè Thu 2027")
    # a crop year named with its crop between: October to September
    news = "Niên vụ hồ tiêu 2026-2027 tỉnh Gia Lai\n\nDiện tích hồ tiêu toàn tỉnh đạt 17.000 ha.\n"
    assert document_period(news) == Period(D(2026, 10, 1), D(2027, 9, 30), "niên vụ 2026-2027")
    # near miss: a line of the body that names no season under the office is no title
    body = text.replace("Tổng kết sản xuất vụ Hè Thu 2027", "Tổng kết sản xuất vụ lúa")
    assert document_period(body) is None


def test_the_month_a_councils_session_sits_in_is_no_period_of_its_papers() -> None:
    # the questioning at a session named with its month reports on the year its answers name
    text = ("HĐND TỈNH NINH BÌNH\n\nTrả lời chất vấn tại kỳ họp thứ 8 (tháng 7/2027)\n\n"
            "Năm 2027, toàn tỉnh giải quyết việc làm cho 21.000 lao động.\n")
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")
    # near miss: a report on the month, no session named, is of that month
    month = text.replace("Trả lời chất vấn tại kỳ họp thứ 8 (tháng 7/2027)",
                         "Báo cáo tình hình lao động (tháng 7/2027)")
    assert document_period(month) == Period(D(2027, 7, 1), D(2027, 7, 31), "tháng 7 năm 2027")


@pytest.mark.parametrize(("lead", "end"), [
    ("Tính đến ngày 12/8/2025, huyện đã cấp 41 giấy chứng nhận quyền sử dụng đất.", D(2025, 8, 12)),
    ("(BTV) - Lũy kế đến hết ngày 25/5/2027, hợp tác xã bán ra 3.150 tấn gạo.", D(2027, 5, 25)),
    ("Xã Hòa Bình, đến ngày 9/3/2026, đã tiêm 1.870 liều vắc xin.", D(2026, 3, 9)),
])
def test_a_news_leads_opening_cut_off_day_ends_the_year_so_far(lead: str, end: dt.date) -> None:
    # a headline naming no period, over a lead counting its figures to a day that ends no month: from 1 January
    got, source = locate_document_period(f"Nông thôn đổi thay\n\n{lead}\n", _is_disaster)
    assert (got.start, got.end, source) == (D(end.year, 1, 1), end, "body")


def test_a_cut_off_day_deep_in_the_lead_or_after_the_page_is_no_year_so_far() -> None:
    late = ("Nông thôn đổi thay\n\nHuyện đã cấp 41 giấy chứng nhận, trong đó nhiều hộ đã nhận sổ đỏ sớm "
            "hơn dự kiến; tính đến ngày 12/8/2025 còn 9 hồ sơ chờ.\n")
    assert locate_document_period(late, _is_disaster)[0].end != D(2025, 8, 12)


def test_a_headline_on_next_years_budget_estimate_is_of_that_year() -> None:
    # a page of late 2025 whose body also reviews the year ending: the estimate's year is the item's
    text = ("Dự toán thu ngân sách năm 2026 của tỉnh Hòa Xuân\nĐăng lúc 14:20 ngày 18/12/2025\n\n"
            "Năm 2025, thu ngân sách ước đạt 9.400 tỷ đồng. Tỉnh giao thu 10.100 tỷ đồng.\n")
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2026, 1, 1), D(2026, 12, 31), "title")
    # a headline naming months of its own besides is of those months
    months = text.replace("Dự toán thu", "Thu ngân sách 11 tháng đạt 93%, dự toán thu")
    assert locate_document_period(months, _is_disaster)[0].end != D(2026, 12, 31)


def test_a_news_lead_counting_to_a_month_is_the_year_to_that_months_end() -> None:
    text = "Nông thôn đổi thay\n\nĐến tháng 7/2025, xã đã xây 12 km đường bê tông.\n"
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2025, 1, 1), D(2025, 7, 31), "body")


def test_a_heading_typed_without_marks_over_a_marked_body_names_the_period() -> None:
    text = "TINH HINH SAN XUAT NONG NGHIEP 6 THANG DAU NAM 2027\nTỉnh Hòa Bình\n\nDiện tích lúa đạt 18.200 ha.\n"
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 6, 30), "6 tháng đầu năm 2027")
    # near miss: a heading with no period of its own leaves the body to date the text
    undated = "TINH HINH SAN XUAT NONG NGHIEP\nTỉnh Hòa Bình\n\nNăm 2026, diện tích lúa đạt 18.200 ha.\n"
    assert document_period(undated) == Period(D(2026, 1, 1), D(2026, 12, 31), "năm 2026")


def test_a_hazards_tally_from_a_said_start_to_a_day_covers_the_days_between() -> None:
    # "từ đầu tháng X đến ngày D": the tally runs from the start it says to the day, not over the one day
    text = "Từ đầu tháng 3 đến ngày 15/4/2027, trên địa bàn tỉnh Hà Tĩnh xảy ra 5 vụ cháy rừng.\n"
    period = describe_document(text).period
    assert (period.start, period.end) == (D(2027, 3, 1), D(2027, 4, 15))
    # near-miss: a tally that says no start is of its day
    bare = "Tính đến ngày 15/4/2027, trên địa bàn tỉnh Hà Tĩnh xảy ra 5 vụ cháy rừng.\n"
    period = describe_document(bare).period
    assert (period.start, period.end) == (D(2027, 4, 15), D(2027, 4, 15))


@pytest.mark.parametrize(
    "headline",
    ["Kinh tế tỉnh Hòa Xuân tháng 10/2027 tiếp tục phục hồi", "Hòa Xuân: sản xuất nông nghiệp quý IV năm 2027"],
)
def test_a_headlines_period_naming_no_hazard_covers_the_event_its_body_dates(headline: str) -> None:
    # the event is one item of the month or quarter the headline reports on, not the item's own period
    body = "Giá trị sản xuất ngành trồng trọt đạt 812 tỷ đồng.\nTrận mưa đá chiều 14/10 làm hư hỏng 35 ngôi nhà.\n"
    got, source = locate_document_period(f"{headline}\n\n{body}", _is_disaster)
    assert got.start != D(2027, 10, 14) and got.end >= D(2027, 10, 31)
    # near miss: a headline naming the hazard is the event's
    hazard = "Thiệt hại do mưa đá tháng 10/2027 tại tỉnh Hòa Xuân"
    got, source = locate_document_period(f"{hazard}\n\n{body}", _is_disaster)
    assert (got.start, got.end, source) == (D(2027, 10, 14), D(2027, 10, 14), "event_dates")


def test_of_two_years_named_as_often_the_one_a_lead_names_first_is_the_reference_year() -> None:
    # a lead names its own year first; an index's or a past year's figure said after it is background
    text = (
        "Hòa Xuân thu hút đầu tư khởi sắc\n\nNăm 2027, tỉnh Hòa Xuân cấp mới 48 dự án. "
        "Chỉ số PCI năm 2026 của tỉnh đạt 67,5 điểm.\n\nKim ngạch xuất khẩu đạt 1,2 tỷ USD.\n"
    )
    assert reference_year(text) == 2027
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")
    # near miss: a year named more often still outweighs the one named first
    often = text.replace("Kim ngạch xuất khẩu", "Năm 2026, kim ngạch xuất khẩu")
    assert reference_year(often) == 2026


def test_a_terms_years_said_in_a_later_sentence_do_not_widen_the_leads_year() -> None:
    # the lead's year is what its figures cover; a term ending with it, reviewed a sentence later, is background
    text = (
        "Cảng Hòa Xuân tăng trưởng mạnh\n\nNăm 2027, hàng hóa qua cảng đạt 9,4 triệu tấn. "
        "Giai đoạn 2023-2027, sản lượng tăng bình quân 11%/năm.\n"
    )
    assert document_period(text) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")
    # near misses: a year counted to, or the term said with the year, is the term
    counted = text.replace("Năm 2027, hàng hóa", "Đến năm 2027, hàng hóa")
    assert document_period(counted).start == D(2023, 1, 1)
    together = text.replace("Năm 2027, hàng hóa", "Năm 2027 và giai đoạn 2023-2027, hàng hóa")
    assert document_period(together).start == D(2023, 1, 1)


@pytest.mark.parametrize(
    ("text", "year", "said", "near_miss"),
    [
        # a plan allotted on a day of December is the next year's: its year, not the month it was allotted in
        (
            "Giao kế hoạch vốn đầu tư công năm 2028 tỉnh Hòa Xuân\n\nNgày 18/12/2027, HĐND tỉnh Hòa Xuân giao "
            "kế hoạch vốn đầu tư công năm 2028 là 7.420 tỷ đồng.\n",
            2028,
            "Giao kế hoạch vốn đầu tư công năm 2028",
            "Hội nghị triển khai nhiệm vụ năm 2028",  # (a headline on the year's tasks keeps the page's month)
        ),
        # a year's capital plan is paid out to the end of the next January: the count to that day is the plan year's
        (
            "Kết quả giải ngân vốn đầu tư công tỉnh Hòa Xuân\n\nĐến hết ngày 31/1/2028, tỉnh giải ngân kế hoạch vốn "
            "năm 2027 được 6.930 tỷ đồng, đạt 95,2%.\n",
            2027,
            "kế hoạch vốn năm 2027",
            "vốn đầu tư công",  # (a count to the end of January naming no plan of the year before is January's)
        ),
    ],
)
def test_a_capital_plan_dates_its_news_by_the_plans_year(text: str, year: int, said: str, near_miss: str) -> None:
    got, _ = locate_document_period(text, _is_disaster)
    assert (got.start, got.end) == (D(year, 1, 1), D(year, 12, 31))
    assert locate_document_period(text.replace(said, near_miss), _is_disaster)[0].start != D(year, 1, 1)


def test_a_headline_on_a_medium_term_plan_covers_its_years() -> None:
    text = "Kế hoạch tài chính trung hạn giai đoạn 2027-2031 của tỉnh Hòa Xuân\n\nTổng vốn dự kiến 52.000 tỷ đồng.\n"
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2027, 1, 1), D(2031, 12, 31), "title")
    # near miss: a headline naming the year besides is of that year
    yearly = text.replace("giai đoạn 2027-2031 của", "giai đoạn 2027-2031: năm 2028 của")
    assert locate_document_period(yearly, _is_disaster)[0].start != D(2027, 1, 1)


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        ("Ngày 14/5/2027, Trường THPT A khánh thành nhà đa năng, quy mô 30 phòng học.", ("2027-01-01", "2027-12-31")),
        ("Sáng 2-6-2027, huyện B khởi công cầu Ba Khe dài 120 m.", ("2027-01-01", "2027-12-31")),
        # (a lead dating a review of the year it names: that year's figures are its period)
        ("Ngày 12/1/2027, Sở Y tế tổng kết công tác năm 2026 và hoàn thành kế hoạch.", ("2026-01-01", "2026-12-31")),
        ("Ngày 12/1/2027, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ.", ("2026-01-01", "2026-12-31")),
        # a figure of its own in the lead's dated sentence is the news too (not one a word of time dates: "năm qua")
        ("Chiều 9/4/2027, Trung tâm Y tế xã C cho biết đã phát hiện 14 ca sởi.", ("2027-01-01", "2027-12-31")),
        ("Ngày 12/1/2027, Sở Y tế cho biết năm qua đã khám 1.200 lượt người.", ("2026-01-01", "2026-12-31")),
    ],
)
def test_a_leads_dated_works_event_dates_the_news_over_a_past_years_figures(lead: str, period: tuple[str, str]) -> None:
    # the event the lead dates is the news; the year before's figures said after it are background
    text = f"Tin từ cơ sở\n\n{lead}\n\nNăm 2026, đơn vị tiếp nhận 8.400 lượt người.\n"
    info = describe_document(text)
    assert info.period is not None
    assert (info.doc_type, str(info.period.start), str(info.period.end)) == ("news", *period)


_A_LEADS_FIGURE = "Ngày 20/8/2027, xã Hòa Xuân trao 40 con bò giống cho hộ nghèo."


@pytest.mark.parametrize(
    ("lead", "later", "period"),
    [
        # a part of the lead's year over before its day, said after it: background to the lead's news
        (_A_LEADS_FIGURE, "Trước đó, trong 6 tháng đầu năm, xã đã sửa 12 nhà.", ("2027-01-01", "2027-12-31")),
        (_A_LEADS_FIGURE, "Quý II, xã đã sửa 12 nhà.", ("2027-01-01", "2027-12-31")),
        # near miss: a lead of no figure is dated by the part its body reports
        (
            "Ngày 20/8/2027, xã Hòa Xuân tổ chức hội nghị.",
            "Trong 6 tháng đầu năm, xã đã sửa 12 nhà.",
            ("2027-01-01", "2027-06-30"),
        ),
    ],
)
def test_a_leads_dated_figure_dates_the_news_over_a_part_of_its_year_gone_by(
    lead: str, later: str, period: tuple[str, str]
) -> None:
    info = describe_document(f"Tin từ cơ sở\n\n{lead} {later}\n")
    assert info.period is not None
    assert (str(info.period.start), str(info.period.end)) == period


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Kế hoạch số 17/KH-UBND ngày 6/1/2028 của UBND xã Hòa Xuân về thực hiện nhiệm vụ năm 2028\n\n"
            "- Trồng mới 120 ha chè.\n",
            2028,
        ),
        (
            "Phụ lục II. CHỈ TIÊU PHÁT TRIỂN VĂN HÓA, XÃ HỘI NĂM 2028 HUYỆN HÒA XUÂN\n"
            "(Kèm theo Nghị quyết số 9/NQ-HĐND ngày 14/12/2027 của HĐND huyện)\n\n"
            "STT | Chỉ tiêu | ĐVT | KH 2028\n1 | Số trường đạt chuẩn | Trường | 31\n",
            2028,
        ),
        (
            "Biểu 03. CHỈ TIÊU QUỐC PHÒNG, AN NINH NĂM 2028\n\nSTT | Chỉ tiêu | ĐVT | KH\n1 | Tuyển quân | Người | 24",
            2028,
        ),
    ],
)
def test_a_plans_own_heading_dates_it_by_the_year_it_is_for(text: str, year: int) -> None:
    # the day a plan was issued on is its issue date, not the period of the targets it sets
    got, source = locate_document_period(text, _is_disaster)
    assert got is not None
    assert (got.start, got.end, source) == (D(year, 1, 1), D(year, 12, 31), "title")


@pytest.mark.parametrize(
    ("text", "not_the_plans"),
    [
        # a heading that reviews a year beside the plan reports on the year reviewed
        (
            "Nghị quyết số 9/NQ-HĐND ngày 14/12/2027 về kết quả năm 2027 và nhiệm vụ năm 2028\n\n- Trồng 120 ha chè.\n",
            2028,
        ),
        # a plan cited from a later year is no plan set by the text
        ("Kế hoạch số 17/KH-UBND ngày 6/1/2031 thực hiện nhiệm vụ năm 2028\n\n- Trồng mới 120 ha chè.\n", 2028),
    ],
)
def test_a_heading_reviewing_or_citing_a_plan_is_not_dated_by_its_year(text: str, not_the_plans: int) -> None:
    got, _ = locate_document_period(text, _is_disaster)
    assert got is None or (got.start, got.end) != (D(not_the_plans, 1, 1), D(not_the_plans, 12, 31))


def test_a_headline_closing_on_hygiene_leaves_the_leads_year_end_its_period() -> None:
    # "vệ sinh" closing the line above is no birth ("sinh năm 1980") dating a person instead of the text
    text = "Hòa Xuân: 98% trường học có nhà vệ sinh\n\nĐến cuối năm 2027, huyện có 98% trường học có nhà vệ sinh.\n"
    got, _ = locate_document_period(text, _is_disaster)
    assert got is not None
    assert (got.start, got.end) == (D(2027, 1, 1), D(2027, 12, 31))
    # near miss: a birth year right before is still no period
    born = "Ông Lò Văn Sáng, sinh năm 1961, trồng 5 ha quế.\n"
    assert locate_document_period(born, _is_disaster)[0] is None


@pytest.mark.parametrize(
    "yardstick", ["theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030", "theo Bộ tiêu chí xã an toàn giai đoạn 2026-2030"]
)
def test_a_yardsticks_years_are_not_the_period_measured_by_it(yardstick: str) -> None:
    text = f"Hòa Xuân còn 4,2% hộ nghèo\n\nKết quả rà soát cuối năm 2027 {yardstick}, huyện còn 1.020 hộ nghèo.\n"
    got, _ = locate_document_period(text, _is_disaster)
    assert got is not None
    assert (got.start, got.end) == (D(2027, 1, 1), D(2027, 12, 31))
    # near miss: the years of a plan carried out over them are the text's own
    plan = "Hòa Xuân giảm nghèo\n\nGiai đoạn 2026 - 2030, huyện giảm 1.020 hộ nghèo.\n"
    assert locate_document_period(plan, _is_disaster)[0].start == D(2026, 1, 1)


def test_a_base_set_further_back_leaves_the_text_the_year_it_names() -> None:
    # "gấp 3 lần so với năm 2025" is a multiple of a base two years back; the headline's year is the text's own
    text = "Hòa Xuân đón 2 triệu lượt khách năm 2027\n\nLượng khách quốc tế tăng 3 lần so với năm 2025.\n"
    assert reference_year(text) == 2027
    got, _ = locate_document_period(text, _is_disaster)
    assert got is not None
    assert (got.start, got.end) == (D(2027, 1, 1), D(2027, 12, 31))
    # near misses: no year of its own, the base's next; a year aimed at is no year of its own
    assert reference_year("Hòa Xuân đón 2 triệu lượt khách\n\nLượng khách tăng 3 lần so với năm 2025.\n") == 2026
    aimed = "Hòa Xuân đón khách\n\nKhách tăng 8% so với năm 2025. Năm 2027 tỉnh phấn đấu đón 3 triệu lượt.\n"
    assert reference_year(aimed) == 2026


@pytest.mark.parametrize("base", ["31/12/2026", "ngày 31/12/2026", "thời điểm 31/12/2026"])
def test_a_stocks_base_on_the_years_last_day_is_no_year_of_the_text(base: str) -> None:
    # "so với 31/12/2026": a stock set against the close of the year before; the text is of the year after it
    text = f"Hòa Xuân: dư nợ vượt 9.000 tỷ đồng\n\nĐến 31/5/2027, dư nợ tăng 5,2% so với {base}.\n"
    assert reference_year(text) == 2027
    assert locate_document_period(text, _is_disaster)[0] is not None
    # no year of the lead's day written: the year after the base's close
    assert reference_year(text.replace("31/5/2027", "31/5")) == 2027


def test_a_base_day_compared_with_is_no_day_the_text_reports_on() -> None:
    # "so với 15/3/2026" the same day of the year before: only the lead's own day dates the text
    text = "Hòa Xuân: tiền gửi tăng\n\nĐến 15/3/2027, tiền gửi đạt 812 tỷ đồng, tăng 40 tỷ đồng so với 15/3/2026.\n"
    assert reference_year(text) == 2027
    # near miss: with no day of its own but the base's, the base's year is no guide either
    assert reference_year(text.replace("Đến 15/3/2027", "Hiện nay")) is None


@pytest.mark.parametrize("headline", ["Nông thôn đổi thay", "Tiền gửi vượt 8.000 tỷ đồng"])
def test_a_news_lead_opening_on_a_bare_day_counts_the_year_to_it(headline: str) -> None:
    # "Đến 30/6/2027," (no "ngày" before the day), under a headline with or without a thousands dot
    text = f"{headline}\n\nĐến 30/6/2027, tiền gửi tại các ngân hàng đạt 8.120 tỷ đồng.\n"
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2027, 1, 1), D(2027, 6, 30), "body")
    # near miss: a number after "đến" that is no day ("đến 2 năm") counts nothing to
    other = f"{headline}\n\nĐến 2 năm sau, tiền gửi tại các ngân hàng đạt 8.120 tỷ đồng năm 2027.\n"
    assert locate_document_period(other, _is_disaster)[0].end != D(2027, 6, 30)


def test_a_lead_opening_on_its_year_outweighs_an_older_base_named_after_it() -> None:
    # "so với năm 2021" is a base four years back, no sign of a text of 2022
    text = "Hòa Xuân giữ nghề dệt\n\nNăm 2026, huyện có 410 khung dệt, tăng 60 khung so với năm 2021.\n"
    assert reference_year(text) == 2026
    got, _ = locate_document_period(text, _is_disaster)
    assert (got.start, got.end) == (D(2026, 1, 1), D(2026, 12, 31))
    # near miss: a lead opening on an older year, a backdrop, leaves the base to tell the year
    older = "Hòa Xuân giữ nghề dệt\n\nNăm 2019, huyện có 410 khung dệt. Nay tăng 60 khung so với năm 2025.\n"
    assert reference_year(older) == 2026


@pytest.mark.parametrize(
    ("said_after", "end"),
    [
        ("Năm 2025, tỉnh xếp thứ 5 về chỉ số chuyển đổi số.", D(2026, 9, 20)),
        # near miss: the year of its own said after it is read as before, the whole year
        ("Năm 2026, tỉnh xếp thứ 5 về chỉ số chuyển đổi số.", D(2026, 12, 31)),
    ],
)
def test_a_leads_year_so_far_outweighs_an_earlier_year_said_after_it(said_after: str, end: dt.date) -> None:
    # the year so far the lead counts to is the item's; last year's ranking said after it is a backdrop
    text = f"Hòa Xuân: hồ sơ đạt 81%\n\nTừ đầu năm đến ngày 20/9/2026, tỉnh nhận 402.118 hồ sơ.\n{said_after}\n"
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2026, 1, 1), end, "body")


@pytest.mark.parametrize("joint", [",\n", ", "])
def test_a_congress_reports_title_broken_before_its_term_reviews_the_term_gone(joint: str) -> None:
    # a copy from a page breaks the title after its comma: the term named on the next line is still the title's
    text = (
        f"ĐẢNG BỘ XÃ HÒA XUÂN\nBáo cáo chính trị của Ban Chấp hành Đảng bộ xã tại Đại hội lần thứ II{joint}"
        "nhiệm kỳ 2025 - 2030\nThu ngân sách trên địa bàn xã 5 năm đạt 86 tỷ đồng.\n"
    )
    got, source = locate_document_period(text, _is_disaster)
    assert (got.start, got.end, source) == (D(2020, 1, 1), D(2025, 12, 31), "title")


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Huyện đề nghị tỉnh bố trí vốn để hoàn thành tuyến đường trong năm 2030.", None),
        ("Xã kiến nghị đưa chợ vào sử dụng năm 2030.", None),
        # near misses: a year the request was made in, and a deed done at a request, are the text's own
        ("Năm 2026, huyện đề nghị tỉnh bố trí vốn cho tuyến đường.", 2026),
        ("Theo đề nghị của Sở Tài chính, tỉnh phân bổ 12 tỷ đồng năm 2026.", 2026),
    ],
)
def test_a_year_asked_for_in_a_request_is_no_year_reported_on(sentence: str, year: int | None) -> None:
    text = f"Hòa Xuân kiến nghị nâng cấp đường\n\n{sentence} Tuyến đường dài 12 km.\n"
    got, _ = locate_document_period(text, _is_disaster)
    assert (got.end.year if got is not None else None) == year


def test_a_tables_column_days_are_no_pages_dateline_and_its_latest_is_the_reports() -> None:
    head = "Tín dụng chính sách tỉnh Yên Bái tháng 9/2027\n"
    table = "| Chỉ tiêu | Đơn vị | 31/12/2026 | 30/9/2027 |\n|---|---|---|---|\n| Dư nợ | Tỷ đồng | 4.100 | 4.350 |\n"
    assert find_dateline(head + table) == Dateline(2027, 9, 30)
    period, _ = locate_document_period(head + table)
    assert period is not None and (period.start, period.end) == (D(2027, 9, 1), D(2027, 9, 30))
    # near miss: a page's own date line above the table stays the page's
    assert find_dateline("Thứ Hai, 05/10/2027 09:15\n" + head + table) == Dateline(2027, 10, 5)


def test_a_tally_of_a_past_disasters_aftermath_is_the_year_so_far_not_the_tallys_day() -> None:
    lead = "Quảng Ngãi dựng lại nhà\n\nĐến ngày 10/8/2027, tỉnh đã dựng lại 140 căn nhà bị sập sau lũ năm 2026.\n"
    period, _ = locate_document_period(lead, _is_disaster)
    assert period is not None and (period.start, period.end) == (D(2027, 1, 1), D(2027, 8, 10))
    # near miss: a flood running on from the year before is the event, tallied to its day
    running = lead.replace("sau lũ năm 2026", "do lũ từ cuối năm 2026")
    period, source = locate_document_period(running, _is_disaster)
    assert source == "event_dates" and period.end == D(2027, 8, 10)


def test_an_event_a_later_sentence_dates_inside_the_leads_tally_is_one_of_its_items() -> None:
    # the lead counts its figures to a day; the storm night a later sentence names dates that damage, not the item
    body = (
        "Đến ngày 20/9/2027, huyện Sơn Hà đã trồng mới 640 ha rừng. "
        "Có 15 ha rừng mới trồng bị hư hại do mưa lớn đêm 12/9.\n"
    )
    got, source = locate_document_period(f"Sơn Hà đẩy nhanh trồng rừng\n\n{body}", _is_disaster)
    assert (got.start, got.end, source) == (D(2027, 1, 1), D(2027, 9, 20), "body")
    # near misses: a lead or a headline on the hazard itself is dated by the event
    tallied = "Đến ngày 20/9/2027, mưa lớn đêm 12/9 làm 15 ha rừng mới trồng bị hư hại.\n"
    got, source = locate_document_period(f"Sơn Hà đẩy nhanh trồng rừng\n\n{tallied}", _is_disaster)
    assert source == "event_dates"
    got, source = locate_document_period(f"Sơn Hà khắc phục thiệt hại do mưa lớn\n\n{body}", _is_disaster)
    assert (got.start, got.end, source) == (D(2027, 9, 12), D(2027, 9, 12), "event_dates")


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        # a headline's week by its number alone, its year and days in the lead: the week, not the year of the tally
        (
            "Trong tuần 14/2027 (từ ngày 29/3 đến 4/4/2027), toàn tỉnh ghi nhận 96 ca tay chân miệng.",
            (D(2027, 3, 29), D(2027, 4, 4)),
        ),
        # near miss: a lead opening on another week is no week the headline names
        ("Trong tuần 13/2027 (từ ngày 22 đến 28/3/2027), toàn tỉnh ghi nhận 96 ca tay chân miệng.", None),
    ],
)
def test_a_headlines_bare_week_its_lead_dates_is_the_items_period(lead: str, period: tuple | None) -> None:
    text = f"Hòa Xuân: Ca tay chân miệng tuần 14 giảm 9%\n\n{lead} Từ đầu năm đến nay có 1.210 ca.\n"
    got, source = locate_document_period(text, _is_disaster)
    if period is None:
        assert (got.start, got.end) != (D(2027, 3, 29), D(2027, 4, 4)) and got.end - got.start > dt.timedelta(days=7)
    else:
        assert ((got.start, got.end), source) == (period, "title")


def test_a_headlines_numbered_week_takes_the_days_its_lead_states_for_it() -> None:
    # (a bulletin's week from Wednesday to Tuesday, not the calendar's Monday to Sunday of week 31)
    lead = "Sở Y tế cho biết, tuần 31 năm 2027 (28/7 - 3/8/2027) toàn tỉnh ghi nhận 40 ca sốt xuất huyết."
    got, source = locate_document_period(f"Tuần 31: Hòa Xuân ghi nhận 40 ca sốt xuất huyết\n\n{lead}\n", _is_disaster)
    assert ((got.start, got.end), source) == ((D(2027, 7, 28), D(2027, 8, 3)), "title")
    # near miss: a lead stating no days keeps the calendar's week
    plain = "Sở Y tế cho biết, toàn tỉnh ghi nhận 40 ca sốt xuất huyết trong tuần."
    got, _ = locate_document_period(f"Tuần 31/2027: Hòa Xuân ghi nhận 40 ca sốt xuất huyết\n\n{plain}\n", _is_disaster)
    assert (got.start, got.end) == (D(2027, 8, 2), D(2027, 8, 8))


def test_a_headline_with_a_units_short_form_ends_on_its_line() -> None:
    # ("TP." is no sentence's end: the holiday the lead opens on, after the headline, dates the item)
    lead = "Trong 5 ngày nghỉ lễ 30/4 - 1/5/2027, thành phố đón 410.000 lượt khách. Năm 2027, dự kiến đón 9 triệu lượt."
    got = document_period(f"TP. Hòa Xuân: lượng khách tăng mạnh\n\n{lead}\n")
    assert got is not None and (got.start, got.end) == (D(2027, 4, 30), D(2027, 5, 1))


def test_a_numbered_week_opening_the_lead_dates_the_news_item_not_the_years_tally() -> None:
    headline = "Hòa Xuân: ca sởi giảm liên tiếp 3 tuần\n\n"
    lead = "Trong tuần 12 (từ 16/3 đến 22/3/2027), toàn tỉnh ghi nhận 80 ca sởi. Lũy kế từ đầu năm 2027 có 900 ca.\n"
    got = document_period(headline + lead)
    assert got is not None and (got.start, got.end) == (D(2027, 3, 16), D(2027, 3, 22))
    # near miss: the year's tally said first, the week after it, is no week the item reports on
    tally = "Năm 2027, toàn tỉnh ghi nhận 900 ca sởi; riêng tuần 12 (từ 16/3 đến 22/3/2027) có 80 ca.\n"
    assert document_period(headline + tally) == Period(D(2027, 1, 1), D(2027, 12, 31), "năm 2027")
