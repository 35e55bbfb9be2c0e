"""A figure of a text about several provinces is of the province its clause names (named_provinces.py)."""

from __future__ import annotations

import pytest

from orchestration.extraction import extract_document
from orchestration.extraction.named_provinces import (
    an_aside_on_the_name_after,
    entry_a_group_has,
    entry_without_its_province,
    of_the_whole_country_or_region,
    province_named_before,
    sentence_start,
    without_asides_on_names,
    without_the_nation,
)


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
    # a bracket that only says what the province was or became is an aside on its name: the province stays the
    # place of what follows (a province merged away keeps its own key)
    ("Dịp lễ, Bình Thuận (nay thuộc Lâm Đồng) đón 95.000 lượt khách.", "95.000", "binh_thuan"),
    ("Lạng Sơn 12 vụ; tỉnh Bắc Kạn (cũ) xảy ra 7 vụ.", "7", "bac_kan"),
    # provinces listed together with "cùng"/"đều": a level each one has alike, kept by the first (one row a number)
    ("Giá tiêu tại Bình Phước 142.000 đồng/kg; Đồng Nai và Bà Rịa - Vũng Tàu cùng ở mức 141.500 đồng/kg.", "141.500",
     "dong_nai"),
    ("Hai tỉnh Sơn La, Điện Biên đều đạt tỷ lệ 98%.", "98", "son_la"),
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
    # a bracket that names another place is no aside on the province's name
    ("Tuyến qua tỉnh Lâm Đồng (huyện Đức Trọng), dài 16 km.", "16"),
    # a province that is one end of a route's name is no place of the figure
    ("Cao tốc Cần Thơ - Cà Mau dài 110 km.", "110"),
    # provinces named together: the figure is of them all
    ("Mưa lớn tại các tỉnh Hà Tĩnh, Quảng Bình làm 11 người chết.", "11"),
    ("Hai tỉnh Gia Lai và Kon Tum có 40 nhà bị tốc mái.", "40"),
    ("Các tỉnh Hà Tĩnh, Quảng Bình đều có mưa lớn, làm 11 người chết.", "11"),
    # provinces named as the two ends of a stretch: the figure is of the whole stretch
    ("Bão đổ bộ vào các tỉnh từ Nghệ An đến Quảng Trị, làm 9 người bị thương.", "9"),
    ("Gió mạnh từ tỉnh Khánh Hòa tới tỉnh Bình Thuận làm 25 tàu cá bị chìm.", "25"),
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


@pytest.mark.parametrize(("text", "number", "province"), [
    # a national release filed at the capital: the dateline is where it was written, not whose figure it is
    ("Hà Nội, 4/8/2027 (TTXVN) - Theo Cục Thống kê, kim ngạch xuất khẩu 7 tháng tăng 12,4%.", "12,4", None),
    ("Hà Nội, ngày 4/8/2027 - Theo Bộ Công Thương, sản lượng điện tăng 8,3%.", "8,3", None),
    # near-miss: a province the lead's own clause names after the dateline is the figure's
    ("Hà Nội, 4/8/2027 (TTXVN) - Theo Cục Thống kê, xuất khẩu của Bắc Ninh tăng 12,4%.", "12,4", "bac_ninh"),
    # near-miss: a sentence with no dateline keeps the province it opens with
    ("Nghệ An, Hà Tĩnh và Quảng Bình: Nghệ An tăng 12,4%.", "12,4", "nghe_an"),
])
def test_a_datelines_place_is_no_figures_province(text: str, number: str, province: str | None) -> None:
    assert _of(text, number) == province


@pytest.mark.parametrize(("label", "province", "entry"), [
    # the entry after the province and its rank
    ("Nam Định dẫn đầu với mức tăng trưởng GRDP", "nam_dinh", "mức tăng trưởng GRDP"),
    ("Đồng Nai đứng thứ hai với tổng vốn đăng ký", "dong_nai", "tổng vốn đăng ký"),
    ("Thành phố Cần Thơ dẫn đầu cả nước với số doanh nghiệp", "can_tho", "số doanh nghiệp"),
    ("Lâm Đồng đón lượt khách quốc tế", "lam_dong", "lượt khách quốc tế"),
    # the entry before a superlative
    ("Tỷ lệ hộ nghèo cao nhất thuộc về Lai Châu", "lai_chau", "Tỷ lệ hộ nghèo"),
    # only the province, as a list's item: the entry is to be found before
    ("tiếp theo là Hưng Yên", "hung_yen", ""),
    ("Vĩnh Long", "vinh_long", ""),
    ("Ở chiều ngược lại, Kon Tum", "kon_tum", ""),
    ("Tỉnh Sóc Trăng", "soc_trang", ""),
    ("Đồng Nai và Bình Phước cùng", "dong_nai", ""),
    ("Bình Phước đón", "binh_phuoc", ""),
    # near-misses: the province inside the entry's name, or one end of a route, is kept
    ("doanh thu du lịch của Quảng Bình", "quang_binh", None),
    ("chiều dài cao tốc qua tỉnh Phú Yên", "phu_yen", None),
    ("cao tốc Cần Thơ - Cà Mau", "can_tho", None),
    ("Tỷ lệ hộ nghèo", "lai_chau", None),
])
def test_the_entry_of_a_listed_provinces_figure(label: str, province: str, entry: str | None) -> None:
    assert entry_without_its_province(label, province) == entry


def _indicator_rows(text: str) -> list[tuple[float, str | None, str | None, str | None]]:
    extraction = extract_document(text.encode(), "release.txt")
    return [(row["value"], row["province"], row["indicator_label"], row["indicator_key"])
            for row in extraction.tables["indicators"].iter_rows(named=True)]


def test_a_national_release_labels_each_provinces_figure_with_the_entry() -> None:
    text = ("Xuất khẩu 7 tháng năm 2027 của các địa phương\n\n"
            "Hà Nội, 4/8/2027 (TTXVN) - Theo Cục Thống kê, kim ngạch xuất khẩu hàng hóa 7 tháng năm 2027 của cả "
            "nước đạt 240,5 tỷ USD. Trong đó, Thái Nguyên đạt 18,2 tỷ USD, tiếp theo là Bắc Giang với 11,4 tỷ USD, "
            "Hưng Yên 6,7 tỷ USD.\n")
    rows = _indicator_rows(text)
    assert rows[0][:2] == (240_500_000_000, None)
    assert rows[1:] == [
        (18_200_000_000, "thai_nguyen", "kim ngạch xuất khẩu hàng hóa", "export_turnover"),
        (11_400_000_000, "bac_giang", "kim ngạch xuất khẩu hàng hóa", "export_turnover"),
        (6_700_000_000, "hung_yen", "kim ngạch xuất khẩu hàng hóa", "export_turnover"),
    ]


def test_a_listed_provinces_change_takes_the_entry_of_its_level() -> None:
    text = ("Du lịch tháng 5/2027 tại một số địa phương\n\n"
            "Tháng 5/2027, Lâm Đồng đón 420 nghìn lượt khách quốc tế; Kiên Giang đón 310 nghìn lượt, tăng 14%.\n")
    assert [row[1:3] for row in _indicator_rows(text)] == [
        ("lam_dong", "lượt khách quốc tế"), ("kien_giang", "lượt khách quốc tế"),
        ("kien_giang", "lượt khách quốc tế")]


def test_a_provinces_own_report_keeps_its_labels() -> None:
    text = ("UBND TỈNH LÂM ĐỒNG\nBáo cáo tình hình kinh tế - xã hội tháng 5 năm 2027\n"
            "Tháng 5, khách du lịch đạt 950 nghìn lượt. So với các tỉnh lân cận, Khánh Hòa đón 1,2 triệu lượt.\n")
    rows = _indicator_rows(text)
    # (the neighbour opening its clause is that clause's subject in a report too: its arrivals are its own, named by
    # the entry the report gave before, as a list of provinces' figures is)
    assert [row[1:3] for row in rows] == [("lam_dong", "khách du lịch"), ("khanh_hoa", "khách du lịch")]


def test_the_countrys_figures_keep_the_entry_they_are_of() -> None:
    text = ("Kinh tế 6 tháng năm 2027\n\n"
            "Theo Cục Thống kê, GDP quý II/2027 của cả nước tăng 6,9% so với cùng kỳ năm trước. Tính chung 6 tháng, "
            "cả nước tăng 6,4%.\n")
    assert [row[1:3] for row in _indicator_rows(text)] == [(None, "GDP của cả nước"), (None, "GDP của cả nước")]


def test_a_provinces_report_quoting_the_country_keeps_the_figure_the_countrys() -> None:
    # near-miss of the one above: in a province's report the country's figure is still the country's — no province,
    # no catalog entry of the report's own, the country kept in the label, the whole it is about in place_scope
    text = ("UBND TỈNH HẢI DƯƠNG\nBáo cáo tình hình kinh tế - xã hội 9 tháng năm 2027\n"
            "Kim ngạch nhập khẩu 9 tháng năm 2027 của cả nước đạt 270 tỷ USD. Tỉnh nhập khẩu 5,1 tỷ USD.\n")
    extraction = extract_document(text.encode(), "report.txt")
    assert extraction.document["province"] == "hai_duong"
    rows = extraction.tables["indicators"].select("value", "province", "indicator_label", "place_scope").rows()
    assert rows == [(270_000_000_000, None, "Kim ngạch nhập khẩu của cả nước", "country"),
                    (5_100_000_000, "hai_duong", rows[1][2], "province")]


def test_a_national_damage_tables_rows_are_their_provinces_facts() -> None:
    # a ministry's table by province: each row's facts are its province's, the total row's no province's
    text = ("BÁO CÁO NHANH CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI\n"
            "Tình hình thiệt hại do mưa lũ ngày 20/8/2027\n"
            "STT\tĐịa phương\tNgười chết (người)\tNgười bị thương (người)\n"
            "1\tHà Tĩnh\t3\t14\n"
            "2\tQuảng Trị\t2\t9\n"
            "\tTổng cộng\t5\t23\n")
    extraction = extract_document(text.encode(), "bulletin.txt")
    rows = {(row["value"], row["province"], row["locality"])
            for table in ("disasters", "indicators") for row in extraction.tables[table].iter_rows(named=True)}
    assert {(3.0, "ha_tinh", None), (14.0, "ha_tinh", None), (2.0, "quang_tri", None), (9.0, "quang_tri", None),
            (5.0, None, None), (23.0, None, None)} <= rows


def test_a_row_of_a_province_in_a_table_of_places_is_the_whole_province() -> None:
    # "Địa phương | Kế hoạch vốn | Giải ngân" of a ministry: the row of a city under the centre is that province's
    # whole, no locality inside it
    text = ("BỘ TÀI CHÍNH\nBáo cáo tình hình giải ngân vốn đầu tư công 9 tháng năm 2027\n"
            "TT\tĐịa phương\tKế hoạch vốn (tỷ đồng)\tGiải ngân (tỷ đồng)\n"
            "1\tThành phố Cần Thơ\t8.400\t5.100\n"
            "2\tTỉnh Hà Tĩnh\t6.900\t4.300\n")
    extraction = extract_document(text.encode(), "ministry.txt")
    places = {(row["province"], row["locality"]) for table in ("budgets", "indicators")
              for row in extraction.tables[table].iter_rows(named=True)}
    assert places == {("can_tho", None), ("ha_tinh", None)}


def test_a_former_province_row_of_a_merged_provinces_table_stays_its_place() -> None:
    # after the 2025 merger a report of Gia Lai tabulates its two former provinces: the rows are Gia Lai's, each at
    # its former province (near-miss: the row of another province keeps that province)
    text = ("UBND TỈNH GIA LAI\nBáo cáo tình hình thiệt hại do bão số 13 năm 2027\n"
            "STT\tĐịa phương\tNgười chết\tNhà bị sập\n"
            "1\tBình Định\t2\t31\n"
            "2\tĐắk Lắk\t1\t12\n")
    extraction = extract_document(text.encode(), "gia_lai.txt")
    rows = {(row["value"], row["province"], row["locality"])
            for table in ("disasters", "indicators") for row in extraction.tables[table].iter_rows(named=True)}
    assert {(2.0, "gia_lai", "binh_dinh"), (31.0, "gia_lai", "binh_dinh"), (1.0, "dak_lak", None)} <= rows


@pytest.mark.parametrize(("label", "entry"), [
    ("kim ngạch nhập khẩu của cả nước", "kim ngạch nhập khẩu"),
    ("GDP toàn quốc", "GDP"),
    ("tốc độ tăng trưởng GRDP của vùng", "tốc độ tăng trưởng GRDP"),
    ("vốn đầu tư toàn vùng", "vốn đầu tư"),
    # a region named after "của vùng" is the whole too, to the label's end
    ("tốc độ tăng trưởng GRDP của vùng Tây Nguyên", "tốc độ tăng trưởng GRDP"),
    ("thu ngân sách của vùng Trung du và miền núi phía Bắc", "thu ngân sách"),
    # near-misses: a region's name or a word that only holds "vùng" stays
    ("diện tích vùng nguyên liệu", "diện tích vùng nguyên liệu"),
    ("sản lượng lúa của vùng trồng lúa chất lượng cao", "sản lượng lúa của vùng trồng lúa chất lượng cao"),
    ("số xã vùng cao", "số xã vùng cao"),
])
def test_a_whole_a_total_is_of_is_no_part_of_a_provinces_entry(label: str, entry: str) -> None:
    assert without_the_nation(label) == entry


@pytest.mark.parametrize(("head", "entry"), [
    ("Theo Cục Thống kê, các địa phương có tốc độ tăng trưởng GRDP cao nhất gồm: ", "tốc độ tăng trưởng GRDP"),
    ("Một số tỉnh, thành phố đạt kim ngạch xuất khẩu lớn (", "kim ngạch xuất khẩu"),
    ("5 địa phương có số doanh nghiệp thành lập mới nhiều nhất là ", "số doanh nghiệp thành lập mới"),
    # near-misses: no group of provinces, or a group with no entry of its own
    ("Kim ngạch xuất khẩu của ", ""),
    ("Các địa phương gồm: ", ""),
])
def test_the_entry_a_group_of_listed_provinces_has(head: str, entry: str) -> None:
    assert entry_a_group_has(head) == entry


def test_provinces_listed_after_the_entry_their_group_has_take_it() -> None:
    text = ("Tăng trưởng quý I/2027 của các địa phương\n\n"
            "Hà Nội, 6/4/2027 - Theo Cục Thống kê, các địa phương có tốc độ tăng trưởng GRDP quý I cao nhất gồm: "
            "Ninh Bình tăng 10,9%, Hưng Yên tăng 10,2%.\n")
    assert [row[1:] for row in _indicator_rows(text)] == [
        ("ninh_binh", "tốc độ tăng trưởng GRDP", "grdp"), ("hung_yen", "tốc độ tăng trưởng GRDP", "grdp")]


@pytest.mark.parametrize(("text", "number", "province"), [
    # a province put first, with its comma or colon, is the place of every clause of its sentence
    ("Tại Thanh Hóa, 3 người chết; 96 nhà bị tốc mái; 410 ha lúa bị ngập.", "96", "thanh_hoa"),
    ("Tại Thanh Hóa, 3 người chết; 96 nhà bị tốc mái; 410 ha lúa bị ngập.", "410", "thanh_hoa"),
    ("Riêng tỉnh Phú Thọ: 12 điểm sạt lở; 35 nhà bị ngập.", "35", "phu_tho"),
    # near-misses: a province not put first, a province not set off by a comma, another province named in between
    ("Mưa lớn làm 2 người chết tại Quảng Nam; 40 nhà bị tốc mái.", "40", None),
    ("Tại Nghệ An có 4 người chết; 210 ha lúa bị ngập.", "210", None),
    ("Tại Lào Cai, 5 người chết; Yên Bái 3 người; 60 nhà bị sập.", "60", None),
])
def test_a_province_put_first_is_the_place_of_the_clauses_after_a_semicolon(text: str, number: str,
                                                                            province: str | None) -> None:
    # (in a text about several provinces the figure's own sentence may open after the semicolon)
    at = text.index(number)
    opening = text.rfind(";", 0, at) + 1
    assert province_named_before(text, opening, at) == province


def test_a_province_s_row_in_a_table_of_provinces_is_keyed_to_its_entry() -> None:
    # "Tỉnh | Tăng trưởng GRDP (%) | ..." of a region: each province's cell is that province's entry, keyed, whatever
    # province the text is filed under
    text = ("KINH TẾ CÁC TỈNH VÙNG BẮC TRUNG BỘ NĂM 2027\n"
            "Tỉnh\tTăng trưởng GRDP (%)\tGRDP bình quân đầu người (triệu đồng)\n"
            "Thanh Hóa\t8,4\t91,5\n"
            "Nghệ An\t7,2\t68,3\n")
    extraction = extract_document(text.encode(), "region.txt")
    rows = {(row["value"], row["province"], row["indicator_key"], row["metric"])
            for row in extraction.tables["indicators"].iter_rows(named=True)}
    assert {(8.4, "thanh_hoa", "grdp", "yoy_pct"), (7.2, "nghe_an", "grdp", "yoy_pct"),
            (68_300_000.0, "nghe_an", "grdp_per_capita", "level")} <= rows


def test_a_district_s_row_takes_no_key_of_the_province_s_entry() -> None:
    # near-miss: a province's report tabulating its districts keeps their cells unkeyed
    text = ("UBND TỈNH THANH HÓA\nBáo cáo kinh tế - xã hội năm 2027\n"
            "Huyện\tTỷ lệ hộ nghèo (%)\n"
            "Huyện Mường Lát\t18,2\n"
            "Huyện Quan Sơn\t12,6\n")
    extraction = extract_document(text.encode(), "thanh_hoa.txt")
    keys = {row["indicator_key"] for row in extraction.tables["indicators"].iter_rows(named=True)}
    assert keys == {None}


def test_provinces_listed_before_respectively_place_each_amount() -> None:
    text = ("Kinh tế các tỉnh Tây Nguyên năm 2027\n\n"
            "Theo các Cục Thống kê, kim ngạch xuất khẩu của Gia Lai, Đắk Lắk và Lâm Đồng lần lượt đạt 3,1 tỷ USD, "
            "2,4 tỷ USD và 1,2 tỷ USD.\n")
    extraction = extract_document(text.encode(), "highlands.txt")
    rows = {(row["value"], row["province"], row["indicator_key"], row["indicator_label"])
            for row in extraction.tables["indicators"].iter_rows(named=True)}
    assert rows == {(3_100_000_000.0, "gia_lai", "export_turnover", "kim ngạch xuất khẩu"),
                    (2_400_000_000.0, "dak_lak", "export_turnover", "kim ngạch xuất khẩu"),
                    (1_200_000_000.0, "lam_dong", "export_turnover", "kim ngạch xuất khẩu")}


def test_a_province_s_own_report_keeps_its_province_for_a_list_of_provinces() -> None:
    # near-miss: a report of one province is filed under it; as many provinces as numbers are not enough otherwise
    text = ("UBND TỈNH GIA LAI\nBáo cáo kinh tế - xã hội năm 2027\n\n"
            "Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 3,1 tỷ USD và 0,8 tỷ USD.\n")
    extraction = extract_document(text.encode(), "gia_lai.txt")
    assert {row["province"] for row in extraction.tables["indicators"].iter_rows(named=True)} == {"gia_lai"}


@pytest.mark.parametrize(("text", "number"), [
    ("Trong 6 tháng, Huế đón 1,2 triệu lượt khách quốc tế.", "1,2"),
    ("Tại tỉnh Thừa Thiên Huế, mưa lớn làm 2 người chết.", "2"),
])
def test_a_renamed_province_is_its_new_unit_after_the_change(text: str, number: str) -> None:
    # a text written from July 2025 on keys Huế's figures to the unit it became, as its documents are keyed
    at = text.index(number)
    assert province_named_before(text, sentence_start(text, at), at, after_the_change=True) == "hue"


def test_a_renamed_province_keeps_its_key_before_the_change_and_a_merged_one_always() -> None:
    # near misses: an older text keeps the former key; a province merged into another keeps its own after the change
    assert _of("Năm 2024, Huế đón 3 triệu lượt khách.", "3 triệu") == "thua_thien_hue"
    text = "Quảng Nam (cũ) đón 4 triệu lượt khách."
    at = text.index("4")
    assert province_named_before(text, 0, at, after_the_change=True) == "quang_nam"


@pytest.mark.parametrize(
    "aside", ["(sau sáp nhập là tỉnh Lào Cai)", "(sau hợp nhất là Lào Cai)", "(nay là tỉnh Lào Cai)",
              # what the province was made of
              "(tỉnh mới sau hợp nhất Yên Bái, Lào Cai)", "(hợp nhất từ Lào Cai và Yên Bái)",
              "(sau sáp nhập 2 tỉnh Lào Cai và Yên Bái)"]
)
def test_an_aside_on_a_provinces_name_is_blanked_out(aside: str) -> None:
    text = f"Tỉnh Yên Bái {aside} trồng mới 900 ha quế."
    blanked = without_asides_on_names(text)
    assert len(blanked) == len(text) and "Lào Cai" not in blanked and "Yên Bái" in blanked
    # near miss: a bracket with a figure of its own is no aside on the name
    kept = "Tỉnh Yên Bái (trồng mới 900 ha) và tỉnh Lào Cai."
    assert without_asides_on_names(kept) == kept


@pytest.mark.parametrize("before", [
    # the country or a region as the subject of the figure, or in the bracket after it
    "Tốc độ tăng CPI bình quân cả nước là ",
    "Toàn vùng Đông Nam Bộ thu hút ",
    "Tỷ lệ lao động qua đào tạo của tỉnh đạt 70%, còn của cả nước đạt ",
    "Cả nước có khoảng 1,2 triệu ha lúa, năng suất bình quân ",
    "Năng suất lúa cao hơn năng suất bình quân vùng (",
])
def test_a_figure_whose_subject_is_the_whole_country_or_region_is_the_wholes(before: str) -> None:
    assert of_the_whole_country_or_region(before) == ("country" if "nước" in before else "region")


@pytest.mark.parametrize("before", [
    # a rank in the whole, the whole as the yardstick of the province's figure, the own side named after it, a name
    "Tỉnh xếp thứ 12 cả nước với ",
    "Thu nhập bình quân bằng 80% mức bình quân cả nước, đạt ",
    "Cả nước có 34 tỉnh, thành phố; toàn tỉnh có ",
    "Tỉnh Nghệ An đứng đầu toàn quốc về số lượng với ",
    "Doanh thu du lịch đạt ",
    "Tại Hội thi tay nghề toàn quốc, đoàn của tỉnh giành ",
    # a rank in the whole said after it, in a bracket or a later clause
    "Chỉ số PAR INDEX của tỉnh đạt 88 điểm, đứng thứ 7/34 tỉnh, thành phố trong cả nước (năm trước xếp thứ ",
    # a zone of the province's own, named "vùng" too: its growing or raw-material area
    "Toàn vùng trồng cam của huyện có ",
    "Cả vùng nguyên liệu mía cho sản lượng ",
])
def test_a_provinces_figure_measured_against_the_whole_stays_its_own(before: str) -> None:
    assert of_the_whole_country_or_region(before) is None


@pytest.mark.parametrize(("second_part", "province"), [
    # a part after a semicolon opening on another province: its comma pieces without a subject are that province's
    ("tỉnh Kon Tum đạt 1.215 tỷ đồng, bằng 38,2%.", "kon_tum"),
    ("Kon Tum giải ngân 1.215 tỷ đồng, đạt 38,2%.", "kon_tum"),
    # near-misses: the part opens on the report's own side, or names no province at all
    ("toàn tỉnh đạt 1.215 tỷ đồng, bằng 38,2%.", "gia_lai"),
    ("quý II đạt 1.215 tỷ đồng, bằng 38,2%.", "gia_lai"),
])
def test_a_part_opening_on_another_province_keeps_it_for_its_comma_pieces(second_part: str, province: str) -> None:
    text = ("UBND TỈNH GIA LAI\nBáo cáo tình hình giải ngân vốn đầu tư công 6 tháng đầu năm 2027\n"
            f"Giải ngân vốn đầu tư công của tỉnh đạt 4.352 tỷ đồng, bằng 40,6% kế hoạch; {second_part}\n")
    extraction = extract_document(text.encode(), "gia_lai.txt")
    rows = [*extraction.tables["budgets"].iter_rows(named=True), *extraction.tables["indicators"].iter_rows(named=True)]
    assert {row["province"] for row in rows if row["value"] in (1_215_000_000_000, 38.2)} == {province}


def test_a_report_of_a_merged_province_naming_what_it_was_made_of_is_placed_in_it() -> None:
    # (the provinces listed in the aside are no second, third province the report is about)
    text = ("Tại Kỳ họp thứ 5 HĐND tỉnh Lào Cai (tỉnh mới sau hợp nhất Lào Cai, Yên Bái), năm 2026 toàn tỉnh trồng "
            "mới 12.400 ha rừng.\n")
    extraction = extract_document(text.encode(), "lao_cai.txt")
    assert extraction.document["province"] == "lao_cai"
    assert {row["province"] for row in extraction.tables["indicators"].iter_rows(named=True)} == {"lao_cai"}


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Sơn La (cũ): đón khách", ": đón khách"),
        ("Sơn La cũ thu hút 12 dự án", " thu hút 12 dự án"),
        ("Sơn La (nay là Lào Cai) trồng 40 ha", " trồng 40 ha"),
        ("Sơn La (mới) sau 6 tháng", " sau 6 tháng"),
        # near misses: a bracket holding a figure, and a word that only opens with the letters of "cũ"
        ("Sơn La (12 dự án) đón khách", " (12 dự án) đón khách"),
        ("Sơn La cũng đón khách", " cũng đón khách"),
    ],
)
def test_an_aside_on_a_provinces_name_is_passed_over(text: str, rest: str) -> None:
    assert text[an_aside_on_the_name_after(text, len("Sơn La")) :] == rest
