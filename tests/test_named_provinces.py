"""A figure of a text about several provinces is of the province its clause names (named_provinces.py)."""

from __future__ import annotations

import pytest

from orchestration.extraction import extract_document
from orchestration.extraction.named_provinces import province_named_before, sentence_start


def _of(text: str, number: str, nth: int = 0) -> str | None:
    at = -1
    for _ in range(nth + 1):
        at = text.index(number, at + 1)
    return province_named_before(text, sentence_start(text, at), at)


@pytest.mark.parametrize(("text", "number", "province"), [
    # a breakdown in brackets, one province per part, with or without a colon
    ("Mưa lớn làm 14 người chết (Yên Bái: 6 người; Sơn La: 8 người).", "6", "yen_bai"),
    ("Mưa lớn làm 14 người chết (Yên Bái: 6 người; Sơn La: 8 người).", "8", "son_la"),
    ("Thiệt hại ước 95 tỷ đồng (Nghệ An 40 tỷ đồng, Hà Tĩnh 55 tỷ đồng).", "55", "ha_tinh"),
    ("Có 7 người mất tích (Lào Cai: 5 người và Hà Giang: 2 người).", "2", "ha_giang"),
    # a clause opened by the province
    ("Tại tỉnh Quảng Ngãi, lốc xoáy làm tốc mái 120 nhà, 3 người bị thương.", "3", "quang_ngai"),
    # a list of places each with its figure, and a province as the sentence's subject
    ("Trong đó, Bình Định 4 người, Phú Yên 2 người.", "2", "phu_yen"),
    ("Kon Tum là địa phương thiệt hại nặng nhất với 6 người chết.", "6", "kon_tum"),
    ("Long An dẫn đầu với 1.300 doanh nghiệp, tiếp theo là Tây Ninh với 850 doanh nghiệp.", "850", "tay_ninh"),
    # a name's own number before the province is no figure of another place
    ("Dự án thành phần 1 do UBND tỉnh Bình Phước làm chủ quản, tổng mức đầu tư 4.100 tỷ đồng.", "4.100",
     "binh_phuoc"),
    # a bracket right after the province's name holds its figure
    ("Tuyến đường dài 60 km, qua tỉnh Lâm Đồng (khoảng 22 km) và tỉnh Ninh Thuận (khoảng 38 km).", "38",
     "ninh_thuan"),
    ("Dự án thành phần 2 do UBND tỉnh Bình Phước làm chủ quản (4.100 tỷ đồng).", "4.100", "binh_phuoc"),
])
def test_a_figure_takes_the_province_its_clause_names(text: str, number: str, province: str) -> None:
    assert _of(text, number) == province


@pytest.mark.parametrize(("text", "number"), [
    # the total said before the breakdown names no province
    ("Mưa lớn làm 14 người chết (Yên Bái: 6 người; Sơn La: 8 người).", "14"),
    # a closed breakdown is of no later figure, nor is a semicolon's earlier clause
    ("Làm 30 nhà sập (Yên Bái: 10 nhà; Sơn La: 20 nhà); 450 nhà bị hư hỏng.", "450"),
    ("Tại Nghệ An có 4 người chết; 210 ha lúa bị ngập.", "210"),
    # a province a bracket already spoke for is not the place of what follows
    ("Tuyến dài 60 km, qua tỉnh Lâm Đồng (khoảng 22 km) và tỉnh Ninh Thuận (khoảng 38 km), quy mô 6 làn xe.", "6"),
    # a province that is one end of a route's name is no place of the figure
    ("Cao tốc Cần Thơ - Cà Mau dài 110 km.", "110"),
    # provinces named together: the figure is of them all
    ("Mưa lớn tại các tỉnh Hà Tĩnh, Quảng Bình làm 11 người chết.", "11"),
    ("Hai tỉnh Gia Lai và Kon Tum có 40 nhà bị tốc mái.", "40"),
    # a province named after a figure of its own piece is that figure's place, not the next one's
    ("Lũ làm 4 người chết tại tỉnh Quảng Nam, 3 người tại Quảng Ngãi.", "3"),
    ("Bộ trao 400 triệu đồng cho tỉnh Hà Tĩnh, 250 triệu đồng cho tỉnh Quảng Bình.", "250"),
    # a province named after the figure
    ("Có 2 tỉnh Quảng Trị và Thừa Thiên Huế bị ảnh hưởng.", "2"),
])
def test_no_province_where_the_clause_names_none_before_the_figure(text: str, number: str) -> None:
    assert _of(text, number) is None


def _provinces_of_rows(text: str) -> list[tuple[float, str | None]]:
    extraction = extract_document(text.encode(), "bulletin.txt")
    return [(row["value"], row["province"]) for row in extraction.tables["disasters"].iter_rows(named=True)]


def test_a_national_bulletin_keys_each_figure_to_its_province() -> None:
    text = ("BÁO CÁO NHANH CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI\n"
            "Ngày 12/9/2027, mưa lũ tại các tỉnh miền núi phía Bắc làm 9 người chết (Cao Bằng: 4 người; "
            "Bắc Giang: 5 người).\n")
    assert _provinces_of_rows(text) == [(9.0, None), (4.0, "cao_bang"), (5.0, "bac_giang")]


def test_a_provinces_own_report_keeps_its_province_whatever_other_provinces_it_names() -> None:
    text = ("UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO nhanh thiệt hại do mưa lũ ngày 12/9/2027\n"
            "Mưa lũ làm 3 người chết tại huyện Mường Nhé (giáp tỉnh Lai Châu: 2 người).\n")
    assert {province for _, province in _provinces_of_rows(text)} == {"dien_bien"}
