"""places: provinces of provinces.csv, name matching, unit detection and keys."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from orchestration.extraction.places import (
    ADMIN_LEVEL,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    as_named_before_2025,
    communes_named,
    district_named,
    district_province,
    districts_of,
    find_provinces,
    find_units,
    fold,
    get_province,
    match_province,
    new_in_2025,
    place_key,
    provinces,
    renamed_as,
    slug,
    unit_kind,
    unit_label,
    unit_words_source,
)
from orchestration.extraction.vocabulary import read_table


def test_sixty_three_provinces_and_successor_units() -> None:
    assert len(provinces()) == 63
    hue = get_province("hue")
    assert hue is not None and hue.name == "Huế"
    assert get_province("bac_kan").successor_key == "thai_nguyen"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Bắc Kạn", "bac_kan"),
        ("Bắc Cạn", "bac_kan"),
        ("BẮC KẠN", "bac_kan"),
        ("bac kan", "bac_kan"),
        ("Thừa Thiên Huế", "thua_thien_hue"),
        ("Thừa Thiên - Huế", "thua_thien_hue"),
        ("Huế", "hue"),
        ("TP. Hồ Chí Minh", "ho_chi_minh"),
        ("Thành phố Hồ Chí Minh", "ho_chi_minh"),
        ("TP.HCM", "ho_chi_minh"),
        ("Khánh Hoà", "khanh_hoa"),
        ("Khánh Hòa", "khanh_hoa"),
        ("Thanh Hoá", "thanh_hoa"),
        ("Đắc Lắc", "dak_lak"),
        ("Bà Rịa Vũng Tàu", "ba_ria_vung_tau"),
        ("tỉnh Quảng Ninh", "quang_ninh"),
        ("Hà Nội", "ha_noi"),
        ("Đà Nẵng", "da_nang"),
    ],
)
def test_match_province_variants(name: str, key: str) -> None:
    p = match_province(name)
    assert p is not None and p.key == key
    nfd = match_province(unicodedata.normalize("NFD", name))
    assert nfd is not None and nfd.key == key


def test_a_unit_renamed_in_2025_is_its_former_province_by_name() -> None:
    # "Huế" names the territory of Thừa Thiên Huế whatever its date; only a merged unit of several
    # provinces (Thái Nguyên with Bắc Kạn) is not a renaming
    assert [m.province.key for m in find_provinces("Du lịch Huế và tỉnh Thừa Thiên Huế")] == ["thua_thien_hue"] * 2
    assert as_named_before_2025(get_province("hue")).key == "thua_thien_hue"  # type: ignore[arg-type]
    assert renamed_as(get_province("thua_thien_hue")).key == "hue"  # type: ignore[arg-type,union-attr]
    assert renamed_as(get_province("bac_kan")) is None  # type: ignore[arg-type]
    assert renamed_as(get_province("thai_nguyen")) is None  # type: ignore[arg-type]


def test_match_province_rejects_non_provinces() -> None:
    assert match_province("Ba Bể") is None
    assert match_province("Tiên Yên") is None


def test_fold_is_one_char_per_nfc_char_and_tone_placement_insensitive() -> None:
    for s in ("Thuỷ lợi", "Thủy lợi", "Hoà Bình", "Hòa Bình", "Đường"):
        assert len(fold(s)) == len(unicodedata.normalize("NFC", s))
    assert fold("Thuỷ") == fold("Thủy") == "thuy"
    assert fold("Hoà") == fold("Hòa") == "hoa"
    assert slug("Bà Rịa - Vũng Tàu") == "ba_ria_vung_tau"


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [
        ("thành phố", "Bắc Kạn", "thanh_pho_bac_kan"),
        ("TP.", "Bắc Cạn", "thanh_pho_bac_kan"),
        ("huyện", "Ba Bể", "huyen_ba_be"),
        ("huyen", "Đình Lập", "huyen_dinh_lap"),
        ("thị xã", "Sơn Tây", "thi_xa_son_tay"),
        ("quận", "Hoàn Kiếm", "quan_hoan_kiem"),
        ("xã", "Đồng Phúc", "xa_dong_phuc"),
        ("phường", "Xuất Hóa", "phuong_xuat_hoa"),
        ("phường", "Xuất Hoá", "phuong_xuat_hoa"),
        ("thị trấn", "Chợ Rã", "thi_tran_cho_ra"),
        ("tỉnh", "Thừa Thiên Huế", "thua_thien_hue"),
        ("Thành phố", "Thủ Đức", "thanh_pho_thu_duc"),
    ],
)
def test_place_key(kind: str, name: str, key: str) -> None:
    assert place_key(kind, name) == key


def test_place_key_unknown_kind() -> None:
    with pytest.raises(ValueError):
        place_key("làng", "Vạn Phúc")


def test_find_provinces_case_prefix_and_false_friends() -> None:
    text = (
        "UBND TỈNH QUẢNG NINH; TP. Bắc Kạn; Thành phố Hồ Chí Minh; tư tưởng Hồ Chí Minh; "
        "giữ gìn hòa bình; tỉnh Hòa Bình; chiến thắng Điện Biên Phủ; tỉnh Điện Biên; Thái Bình Dương"
    )
    found = [(m.province.key, m.text, m.prefixed) for m in find_provinces(text)]
    assert found == [
        ("quang_ninh", "TỈNH QUẢNG NINH", True),
        ("bac_kan", "TP. Bắc Kạn", True),
        ("ho_chi_minh", "Thành phố Hồ Chí Minh", True),
        ("hoa_binh", "tỉnh Hòa Bình", True),
        ("dien_bien", "tỉnh Điện Biên", True),
    ]


def test_find_provinces_offsets_point_into_nfd_input() -> None:
    text = unicodedata.normalize("NFD", "Báo cáo của tỉnh Bắc Cạn năm 2024")
    (m,) = find_provinces(text)
    assert m.province.key == "bac_kan"
    assert text[m.start : m.end] == m.text
    assert unicodedata.normalize("NFC", m.text) == "tỉnh Bắc Cạn"


def test_find_units_generic_patterns() -> None:
    text = (
        "ỦY BAN NHÂN DÂN \n\nTỈNH BẮC KẠN\nUBND huyện Tiên Yên báo cáo. TP. Bắc Kạn, ngày. "
        "HUYỆN BA BỂ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nphường Xuất Hóa, Phường 1, Quận 10, "
        "thị xã Sơn Tây, thị trấn Chợ Rã; Thành ủy Hà Nội; Huyện ủy Pác Nặm; cơ quan Trung ương; "
        "kinh tế - xã hội; các huyện, thành phố"
    )
    units = [(u.key, u.admin_level) for u in find_units(text)]
    assert units == [
        ("bac_kan", "province"),
        ("huyen_tien_yen", "district"),
        ("thanh_pho_bac_kan", "district"),
        ("huyen_ba_be", "district"),
        ("phuong_xuat_hoa", "commune"),
        ("phuong_1", "commune"),
        ("quan_10", "district"),
        ("thi_xa_son_tay", "district"),
        ("thi_tran_cho_ra", "commune"),
        ("ha_noi", "province"),
        ("huyen_pac_nam", "district"),
    ]


def test_find_units_names_and_party_flag() -> None:
    (u,) = find_units("HUYỆN ỦY TIÊN YÊN")
    assert (u.kind, u.name, u.party) == ("huyen", "Tiên Yên", True)
    (city,) = find_units("UBND TP. Hồ Chí Minh")
    assert city.province is not None and city.province.key == "ho_chi_minh"
    (hue,) = find_units("thành phố Huế")  # a centrally-run city, by the key of its territory's province
    assert hue.key == "thua_thien_hue" and hue.admin_level == "province"


def test_a_typeset_apostrophe_stays_inside_a_units_name() -> None:
    (u,) = find_units("Năm nay, huyện Ea H’leo trồng mới 200 ha cà phê.")
    assert (u.name, u.key) == ("Ea H’leo", "huyen_ea_h_leo")


def test_find_units_in_nfd_text() -> None:
    text = unicodedata.normalize("NFD", "Kính gửi: HĐND thành phố Bắc Kạn")
    (u,) = find_units(text)
    assert u.key == "thanh_pho_bac_kan"
    assert unicodedata.normalize("NFC", text[u.start : u.end]) == "thành phố Bắc Kạn"


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Thị trấn", "thi_tran"),
        ("TX.", "thi_xa"),
        ("thanh pho", "thanh_pho"),
        ("tp", "thanh_pho"),
        ("thi xa", "thi_xa"),
        ("phuong", "phuong"),
        ("huyen", "huyen"),
        ("ấp", None),
    ],
)
def test_unit_kind_reads_a_unit_word_written_or_folded(word: str, kind: str | None) -> None:
    assert unit_kind(word) == kind


def test_districts_of_the_gso_list_know_their_province() -> None:
    rows = read_table("districts.csv")
    # the district level of 2024 (696), before the 2025 reform abolished it, and 11 merged away earlier
    assert len(rows) == 707
    assert {r["province_key"] for r in rows} == {p.key for p in provinces()}
    unit = find_units("Đoàn công tác làm việc tại huyện Lai Vung.")[0]
    assert district_province(unit).key == "dong_thap"
    # eight provinces have a Châu Thành; a province's own unit has no district province
    assert district_province(find_units("huyện Châu Thành")[0]) is None
    # a name two provinces share under different kinds names neither (Phong Điền: thị xã of Huế
    # in the list, huyện of Cần Thơ; a 2016 text says "huyện Phong Điền" of Huế)
    assert district_province(find_units("huyện Phong Điền")[0]) is None
    assert district_province(find_units("tỉnh Đồng Tháp")[0]) is None
    # a town named like its province is that province's town
    assert district_province(find_units("thị xã Phú Thọ")[0]).key == "phu_tho"
    assert district_named("Lai Vung").province_key == "dong_thap"
    assert district_named("Châu Thành") is None and district_named("Hà Tĩnh") is None


def test_a_town_is_none_of_the_huyen_of_its_name() -> None:
    # units rise in rank, never fall: a thị xã or a city of a name a huyện elsewhere also bears is
    # the one the list holds as a town or city (Tân Châu: thị xã of An Giang, huyện of Tây Ninh)
    assert district_province(find_units("kỳ họp của thị xã Tân Châu")[0]).key == "an_giang"
    assert district_province(find_units("thị xã Phong Điền tổ chức")[0]).key == "thua_thien_hue"
    # the huyện keeps its doubt: an older text's huyện may be today's thị xã
    assert district_province(find_units("huyện Tân Châu")[0]) is None


def test_an_abbreviated_unit_glued_to_its_name_by_the_dot() -> None:
    units = find_units("HĐND TX.Tân Châu họp; UBND TP.Hội An báo cáo")
    assert [(u.kind, u.name) for u in units] == [("thi_xa", "Tân Châu"), ("thanh_pho", "Hội An")]
    # a lower-case word after the dot is no name
    assert find_units("thu của tx.được giao") == []


def test_a_year_after_a_unit_word_is_no_unit_number() -> None:
    # "Phường 1", "Quận 10" are names; "nghị quyết của HĐND thị xã 2020" is the council's year
    assert [u.name for u in find_units("Phường 3 và Quận 11")] == ["3", "11"]
    assert find_units("dự toán của HĐND thị xã 2020") == []


def test_a_number_running_on_into_a_figure_is_no_ward_number() -> None:
    # "toàn phường 41.200 hộ": the 41 opens a figure, not "Phường 41"; "Phường 4, Quận 5" stay names
    assert find_units("Số hộ toàn phường 41.200 hộ, thu 2,5 tỷ đồng.") == []
    assert find_units("ngân sách phường 7,4 tỷ đồng") == []
    assert [u.name for u in find_units("Phường 4, Quận 5.")] == ["4", "5"]


def test_a_province_name_after_a_family_name_is_a_person() -> None:
    # "Lê Quảng Nam" and "Đỗ Thị Hà Giang" are people; "tỉnh Hà Giang" and "Sở Tài chính Hà Giang" are not
    assert [m.province.key for m in find_provinces("ông Lê Quảng Nam phát biểu; bà Đỗ Thị Hà Giang dự họp.")] == []
    named = find_provinces("Sở Tài chính Hà Giang và tỉnh Hà Giang")
    assert [m.province.key for m in named] == ["ha_giang", "ha_giang"]


def test_a_region_and_a_newspaper_are_no_province() -> None:
    assert find_provinces("lúa vùng Đồng Tháp Mười") == []
    assert find_provinces("Theo Báo Công an TP. HCM, Báo Bắc Giang và Báo Lao động Thủ đô ...") == []
    # a report ("Báo cáo") of a province still names it
    assert [m.province.key for m in find_provinces("Báo cáo tỉnh Bắc Giang")] == ["bac_giang"]


def test_a_persons_name_in_another_tone_is_not_hue() -> None:
    assert [m.province.key for m in find_provinces("Bà Trần Thị Minh Huệ trao quà; chị Huề cho biết")] == []
    assert [m.province.key for m in find_provinces("TP Huế và HUẾ; Huế có 40 xã, phường")] == ["thua_thien_hue"] * 3


def test_dai_opens_a_name_unless_a_word_follows() -> None:
    assert [(u.kind, u.name) for u in find_units("HĐND xã Đại Thắng họp")] == [("xa", "Đại Thắng")]
    assert [(u.kind, u.name) for u in find_units("tại HUYỆN ĐẠI TỪ")] == [("huyen", "Đại Từ")]
    assert find_units("HĐND tỉnh Đại biểu dự họp") == []
    assert find_units("Đảng bộ huyện Đại hội lần thứ XX") == []


def test_districts_abolished_before_the_list_snapshot_are_kept() -> None:
    # huyện Nông Sơn (Quảng Nam) and huyện Nam Đông (Thừa Thiên Huế) were merged away before the
    # newest list; reports written earlier still name them
    assert district_named("Nông Sơn").province_key == "quang_nam"
    assert district_named("Nam Đông").province_key == "thua_thien_hue"


@pytest.mark.parametrize(
    "table", ["province_aliases", "province_name_limits", "central_cities", "press_tags", "provincial_papers"]
)
def test_every_province_table_names_known_provinces(table: str) -> None:
    """A misspelt key in a table of province spellings would silently never match."""
    keys = {row["province_key"] for row in read_table(f"words/{table}.csv")}
    assert keys and all(get_province(key) is not None for key in keys), keys


def test_province_name_limits_from_their_table() -> None:
    text = "tỉnh Đồng Tháp; vùng Đồng Tháp Mười; chị Huề ở Huế; tư tưởng Hồ Chí Minh; TP Hồ Chí Minh"
    assert [m.province.key for m in find_provinces(text)] == ["dong_thap", "thua_thien_hue", "ho_chi_minh"]


def test_a_persons_name_after_a_districts_word_is_no_district() -> None:
    # the office holder named right after "UBND huyện", where the text leaves the district unnamed
    assert find_units("Phó Chủ tịch UBND huyện Phạm Minh Tuấn phát biểu.") == []
    # a district whose name opens with a family name is still one (it is on the GSO list)
    assert [u.key for u in find_units("Mưa lớn tại huyện Võ Nhai.")] == ["huyen_vo_nhai"]


def test_a_landmark_named_after_a_province_is_no_province() -> None:
    keys = [m.province.key for m in find_provinces("Du khách tới thăm hồ Thái Bình và thủy điện Sơn La; tỉnh Sơn La "
                                                   "đón nhiều khách.")]
    assert keys == ["son_la"]


def test_a_school_or_a_street_named_after_a_province_is_no_province() -> None:
    text = "Học sinh Trường THPT chuyên Lạng Sơn và trường Tiểu học Hà Giang diễu hành trên đường Cao Bằng, phố Hà Nam."
    assert find_provinces(text) == []
    # near misses: the province written with its unit word, or after a school's name, stays the province
    named = "Trường THCS Nguyễn Du (tỉnh Cao Bằng) có 900 học sinh; thành phố Hà Nội tặng 50 suất quà."
    assert [m.province.key for m in find_provinces(named)] == ["cao_bang", "ha_noi"]


def test_a_unit_name_may_end_on_thanh() -> None:
    # "Thành" closes many a name (huyện Yên Thành, xã Tân Thành); it stops a name only before "phố", "ủy" ...
    assert [u.key for u in find_units("dự án tại xã Hòa Tiến (huyện Yên Thành).")] == [
        "xa_hoa_tien",
        "huyen_yen_thanh",
    ]
    assert next(u.key for u in find_units("huyện Ba Bể Thành ủy Bắc Kạn")) == "huyen_ba_be"


def test_a_unit_name_may_open_on_thanh_as_the_lists_names_do() -> None:
    # 2025 wards and communes named "Thành X" (phường Thành Sen, xã Thành Công) are read whole
    assert [u.key for u in find_units("Phường Thành Sen vừa khánh thành nhà văn hóa; xã Thành Công có 3 thôn.")] == [
        "phuong_thanh_sen",
        "xa_thanh_cong",
    ]
    assert [u.key for u in find_units("ỦY BAN NHÂN DÂN PHƯỜNG THÀNH VINH")] == ["phuong_thanh_vinh"]
    # near misses: "Thành" before a word no listed name has after it, or a unit word's, opens no name
    assert find_units("Hợp tác xã Thành Đạt vừa họp") == []
    assert [u.kind for u in find_units("Ban chỉ đạo xã Thành phố Huế")] == ["thanh_pho"]
    assert [u.key for u in find_units("tỉnh Nghệ An Thành phố Vinh")] == ["nghe_an", "thanh_pho_vinh"]


def test_a_youth_union_names_the_unit_after_it():
    units = find_units("HUYỆN ĐOÀN PHÚ NINH tổ chức trao quà; Tỉnh Đoàn Quảng Nam phát động.")
    assert [(u.kind, u.key) for u in units] == [("huyen", "huyen_phu_ninh"), ("tinh", "quang_nam")]
    # (a district whose name opens on a look-alike word keeps it)
    assert [u.key for u in find_units("huyện Đoan Hùng")] == ["huyen_doan_hung"]
    # "đoàn" in lower case between the unit's word and its name ("Huyện đoàn Cái Bè (Tiền Giang)")
    assert next(u.key for u in find_units("Huyện đoàn Cái Bè (Tiền Giang) trao quà")) == "huyen_cai_be"
    # near misses: "đoàn kết" is no name; a commune's youth union is "Đoàn xã X", "xã đoàn" no unit
    assert find_units("toàn huyện đoàn kết Vượt khó") == []
    assert find_units("về xã đoàn Công tác") == []


def test_a_district_name_written_with_its_marks_is_not_taken_for_one_that_folds_alike() -> None:
    # Tam Dương (Vĩnh Phúc) and Tam Đường (Lai Châu) fold to one name; the marks written say which
    from orchestration.extraction.document import describe_document

    text = ("Kinh tế huyện Tam Dương quý I\n\nQuý I, tổng giá trị sản xuất của huyện Tam Dương ước đạt 1.200 tỷ đồng, "
            "tăng 8% so với cùng kỳ.\n")
    row = describe_document(text).as_row()
    assert (row["province"], row["locality"]) == ("vinh_phuc", "huyen_tam_duong")
    text = text.replace("Tam Dương", "Tam Đường")
    row = describe_document(text).as_row()
    assert (row["province"], row["locality"]) == ("lai_chau", "huyen_tam_duong")


def test_a_district_name_stops_before_its_holders_name() -> None:
    # the chairman's name runs on after the district's: the unit is the district of the list alone
    text = "Chủ tịch UBND huyện Ba Bể Nguyễn Văn An cho biết lũ đã rút."
    assert [(u.key, text[u.start : u.end]) for u in find_units(text)] == [("huyen_ba_be", "huyện Ba Bể")]


def test_h_dot_is_the_press_abbreviation_of_huyen() -> None:
    text = "Mưa lớn ở H.Nam Đông và H. Hòa Vang; Ảnh: Thanh H. Lúc 17h. Theo H.Lan."
    assert [u.key for u in find_units(text)] == ["huyen_nam_dong", "huyen_hoa_vang"]


def test_a_number_after_huyen_is_no_district_name():
    # "huyện 6 tháng đầu năm" counts time after the unit; only quận and phường are numbered
    text = "Doanh thu trên địa bàn huyện 6 tháng đầu năm tăng; Quận 8 và Phường 3."
    names = [(u.name, u.kind) for u in find_units(text)]
    assert names == [("8", "quan"), ("3", "phuong")]


def test_a_dyke_named_after_a_place_is_no_province() -> None:
    # a village or ward may share a province's name; the dyke named after it is a work, not that province
    keys = [m.province.key for m in find_provinces("Kè sông Bạc Liêu và kè biển Ninh Bình được gia cố; tỉnh Cà Mau "
                                                   "tiếp tục đầu tư.")]
    assert keys == ["ca_mau"]


def test_the_eth_typed_for_d_bar_reads_as_d_bar() -> None:
    # some fonts and keyboards type Ð (U+00D0) for Đ: "Nam Ðịnh", "Ðồng Nai"
    assert [m.province.key for m in find_provinces("Thành phố Nam Ðịnh có 689 ha lúa")] == ["nam_dinh"]
    assert [m.province.key for m in find_provinces("tỉnh Ðồng Nai")] == ["dong_nai"]


def test_a_village_named_like_a_province_is_no_province() -> None:
    # a village alone after its noun, or in a list under "các thôn", is the village
    text = "Đường ống mới dẫn nước tới các thôn Đông Phú, Thái Bình và thôn Nam Định của xã Yên Lạc."
    assert find_provinces(text) == []
    # a province after a place that is no village list still names the province
    keys = [m.province.key for m in find_provinces("Cầu mới nối xã Yên Lạc, Thái Bình với quốc lộ 10.")]
    assert keys == ["thai_binh"]
    # the countryside ("nông thôn") of a province's department is no village
    keys = [m.province.key for m in find_provinces("Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh cho biết")]
    assert keys == ["ha_tinh"]


def test_a_commune_name_then_its_office_holders_name() -> None:
    # a ward of the list, then its chairman's name opening with a family name (Dương)
    units = find_units("Chủ tịch UBND phường Phong Thái Dương Văn Khánh phát biểu")
    assert [(u.kind, u.name) for u in units] == [("phuong", "Phong Thái")]
    # a name the list holds whole is kept whole, though a word of it is a family name
    assert [u.name for u in find_units("UBND xã Hải Dương tổ chức họp")] == ["Hải Dương"]


@pytest.mark.parametrize(("text", "key", "written"), [
    # a province's name, then its office holder's opening with a family name
    ("Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu phát biểu", "lang_son", "tỉnh Lạng Sơn"),
    ("Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thắng chủ trì", "quang_ninh", "tỉnh Quảng Ninh"),
    ("Chủ tịch UBND tỉnh Huế Lê Văn Phúc", "hue", "tỉnh Huế"),
    ("Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh", "cao_bang", "Tỉnh ủy Cao Bằng"),
])
def test_a_province_name_then_its_office_holders_name(text: str, key: str, written: str) -> None:
    units = [u for u in find_units(text) if u.admin_level == "province"]
    assert [(u.key, text[u.start:u.end]) for u in units] == [(key, written)]


def test_a_province_name_with_a_family_name_word_in_it_is_kept_whole() -> None:
    # near-misses: the whole is a province (a word of it may be a family name), or no province opens it
    assert [u.key for u in find_units("UBND tỉnh Hà Nam họp")] == ["ha_nam"]
    assert [u.key for u in find_units("tỉnh Hà Tĩnh")] == ["ha_tinh"]
    assert [u.key for u in find_units("UBND tỉnh Hải Dương")] == ["hai_duong"]


def test_r46_a_commune_named_with_its_marks_is_told_from_one_whose_name_folds_alike() -> None:
    # "xã Điện Quang" and "xã Điền Quang" fold to one name; written with its marks, only one province has it
    from orchestration.extraction.places import commune_province

    unit = next(u for u in find_units("Đảng ủy xã Điện Quang sơ kết 6 tháng.") if u.admin_level == "commune")
    assert commune_province(unit, False).key == "quang_nam"
    # a name many provinces share, marks and all, still names none
    shared = next(u for u in find_units("Đảng ủy xã Thống Nhất sơ kết 6 tháng.") if u.admin_level == "commune")
    assert commune_province(shared, False) is None


@pytest.mark.parametrize(("text", "key", "written"), [
    # a header's lines joined ("UBND TỈNH LẠNG SƠN" + "SỞ TÀI CHÍNH") or a headline in capitals: the capitals
    # after the province's name run on, and the name is the longest run of them that names a province
    ("UBND TỈNH LẠNG SƠN SỞ TÀI CHÍNH", "lang_son", "TỈNH LẠNG SƠN"),
    ("UBND TỈNH BÀ RỊA - VŨNG TÀU BAN QUẢN LÝ", "ba_ria_vung_tau", "TỈNH BÀ RỊA - VŨNG TÀU"),
    ("TỈNH THỪA THIÊN HUẾ TỔ CHỨC HỘI NGHỊ", "thua_thien_hue", "TỈNH THỪA THIÊN HUẾ"),
    ("UBND TỈNH BẮC KẠN CỤC THỐNG KÊ", "bac_kan", "TỈNH BẮC KẠN"),
])
def test_a_province_name_in_capitals_that_runs_on_into_other_capitals(text: str, key: str, written: str) -> None:
    units = [u for u in find_units(text) if u.kind == "tinh"]
    assert [u.key for u in units] == [key]
    assert text[units[0].start:units[0].end] == written


@pytest.mark.parametrize(("text", "key", "written"), [
    # a city that is a province, run on into its department's name: the city's name is the province's
    ("UBND THÀNH PHỐ CẦN THƠ SỞ XÂY DỰNG", "can_tho", "THÀNH PHỐ CẦN THƠ"),
    ("UBND TP HẢI PHÒNG BAN QUẢN LÝ", "hai_phong", "TP HẢI PHÒNG"),
    # near miss: a city of a province, named after it, stays the district-level city its list names
    ("UBND THÀNH PHỐ LẠNG SƠN PHÒNG TÀI CHÍNH", "thanh_pho_lang_son", "THÀNH PHỐ LẠNG SƠN"),
])
def test_a_central_citys_name_in_capitals_that_runs_on_ends_with_the_name(text: str, key: str, written: str) -> None:
    units = [u for u in find_units(text) if u.kind == "thanh_pho"]
    assert [u.key for u in units] == [key]
    assert text[units[0].start:units[0].end] == written


def test_capitals_that_name_no_province_stay_no_province() -> None:
    # near misses: capitals that begin with no province's name are none; a party committee's stays one
    assert [u.kind for u in find_units("TỈNH ĐOÀN KẾT PHÁT TRIỂN")] == []
    assert [(u.key, u.party) for u in find_units("BAN THƯỜNG VỤ TỈNH ỦY LẠNG SƠN")] == [("lang_son", True)]
    # (in sentence case the name ends where the capitals do, as before)
    assert [(u.key, u.end) for u in find_units("tỉnh Lạng Sơn tổ chức hội nghị")] == [("lang_son", 13)]


def test_a_commune_whose_name_opens_with_hoi_is_no_society() -> None:
    from orchestration.extraction.places import find_units

    assert [(u.kind, u.name) for u in find_units("UBND xã Hội Cư, huyện Cái Bè")][:1] == [("xa", "Hội Cư")]
    assert [(u.kind, u.name) for u in find_units("Đảng ủy xã Hội Xuân tổ chức hội nghị")] == [("xa", "Hội Xuân")]
    for society in ("phát triển kinh tế - xã hội Cư Jút", "Cộng hòa xã hội Chủ nghĩa Việt Nam",
                    "TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH"):
        assert not [u for u in find_units(society) if u.kind == "xa"], society


@pytest.mark.parametrize("text", [
    "Chiều 3/4, tại bản Thái Bình, xã Mường Chiên, đồng bào đón 2.300 lượt khách",
    "Bản Hòa Bình (xã Chiềng Khoa) có 86 hộ làm du lịch cộng đồng",
    "Các bản Long An, Hà Nam và Thái Bình của xã Mường Giôn",
    "Tại phum Bình Định, 45 căn nhà được bàn giao",
    "sóc Bình Phước có 120 hộ đồng bào Khmer",
])
def test_an_upland_or_khmer_village_named_like_a_province_is_no_province(text: str) -> None:
    assert [m.province.key for m in find_provinces(text)] == []


@pytest.mark.parametrize(("text", "key"), [
    ("Theo văn bản Thái Bình gửi các bộ, ngành", "thai_binh"),   # a document, no village
    ("công tác chăm sóc Bình Định đạt kết quả tốt", "binh_dinh"),  # care, no hamlet
    ("Nhật Bản Hà Nội ký kết hợp tác", "ha_noi"),                   # Japan
    ("kịch bản Quảng Ninh ứng phó bão", "quang_ninh"),
])
def test_the_bản_or_sóc_of_a_compound_word_leaves_the_province(text: str, key: str) -> None:
    assert [m.province.key for m in find_provinces(text)] == [key]


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("UBND xã Đam Rông 2 tổ chức hội nghị", "xa", "Đam Rông 2"),
    ("ĐẢNG ỦY XÃ TÂN PHƯỚC 3", "xa", "Tân Phước 3"),
    ("phường Móng Cái 1, tỉnh Quảng Ninh", "phuong", "Móng Cái 1"),
    ("Năm 2026, xã A Lưới 4 có 310 hộ nghèo", "xa", "A Lưới 4"),
    ("tại phường Cổ Nhuế 2 (Hà Nội)", "phuong", "Cổ Nhuế 2"),
])
def test_a_commune_named_with_a_closing_number_keeps_it(text: str, kind: str, name: str) -> None:
    # the 2025 communes made of one district are told apart by a number closing the name
    assert [(u.kind, u.name) for u in find_units(text)][:1] == [(kind, name)]


@pytest.mark.parametrize(("text", "name"), [
    ("xã Bảo Lâm 1,5 tỷ đồng", "Bảo Lâm"),     # a figure's number
    ("xã Tân Phú 2 lần đạt chuẩn", "Tân Phú"),  # no commune "Tân Phú 2" in the list
    ("xã Đam Rông 3/2026", "Đam Rông"),          # a date
    ("phường Móng Cái 2% dân số", "Móng Cái"),
])
def test_a_number_after_a_communes_name_is_no_part_of_it_unless_the_list_says_so(text: str, name: str) -> None:
    assert [u.name for u in find_units(text)][:1] == [name]


@pytest.mark.parametrize("text", ["UBND PHƯỜNG HÀ GIANG 1", "Hà Giang 2, ngày 3 tháng 9 năm 2025",
                                  "tại Hà Giang 1 có 120 hộ kinh doanh"])
def test_a_province_named_ward_with_its_number_names_no_province(text: str) -> None:
    # the 2025 wards named after the former provincial town, told apart by a number
    assert find_provinces(text) == []


@pytest.mark.parametrize(("text", "named"), [
    ("Hà Giang 12 xã đạt chuẩn", ["Hà Giang"]),  # a count: no ward "Hà Giang 12"
    ("tỉnh Hà Giang 2 lần đoạt giải", ["tỉnh Hà Giang"]),  # the province, with its unit word
    ("Hà Giang 1,5 triệu lượt khách", ["Hà Giang"]),
])
def test_a_number_after_a_province_that_makes_no_wards_name_leaves_it(text: str, named: list[str]) -> None:
    assert [m.text for m in find_provinces(text)] == named


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUÝ", "dac_khu", "Phú Quý"),
    ("UBND đặc khu Phú Quý quý I/2026 đón 20.000 khách", "dac_khu", "Phú Quý"),
    ("quận Nam Từ Liêm, Hà Nội", "quan", "Nam Từ Liêm"),
    ("huyện Ngã Năm (Sóc Trăng)", "huyen", "Ngã Năm"),
    ("xã Tân Quý Tây", "xa", "Tân Quý Tây"),
])
def test_a_word_that_stops_names_is_a_listed_names_own(text: str, kind: str, name: str) -> None:
    # "quý", "từ", "năm" end a name elsewhere ("xã A quý I"), but these names of the lists hold them
    assert [(u.kind, u.name) for u in find_units(text)][:1] == [(kind, name)]


@pytest.mark.parametrize(("text", "name"), [
    ("UBND XÃ TÂN PHÚ QUÝ I NĂM 2025", "Tân Phú"),  # no listed name "Tân Phú Quý"
    ("xã Mỹ Lộc Quý I", "Mỹ Lộc"),
    ("huyện Ba Bể Năm 2026", "Ba Bể"),
])
def test_a_stop_word_after_a_name_the_lists_do_not_run_on_into_still_stops_it(text: str, name: str) -> None:
    assert [u.name for u in find_units(text)][:1] == [name]


@pytest.mark.parametrize(("text", "key"), [
    ("Lãnh đạo thành phố Từ Sơn (Bắc Ninh) tiếp đoàn công tác", "thanh_pho_tu_son"),  # a city since 2021
    ("UBND HUYỆN NĂM CĂN\nSố: 15/BC-UBND", "huyen_nam_can"),
    ("Đoàn về xã Quý Lộc kiểm tra", "xa_quy_loc"),
])
def test_a_listed_name_may_open_on_a_word_that_stops_other_names(text: str, key: str) -> None:
    # "từ", "năm", "quý" end a name after it ("xã A năm 2026"); a listed two-word name opens on them
    assert [u.key for u in find_units(text)][:1] == [key]


@pytest.mark.parametrize("text", [
    "ỦY BAN NHÂN DÂN XÃ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # the motto after a commune named on the next line
    "UBND HUYỆN ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "trên địa bàn huyện Từ ngày 5 đến nay",  # "from": no listed name "Từ Ngày"
    "kết quả của xã Năm 2026",
])
def test_a_stop_word_after_a_unit_word_opens_no_name_the_lists_do_not_hold_closing_there(text: str) -> None:
    assert [u.key for u in find_units(text) if u.admin_level != "province"] == []


def test_a_heading_typed_without_marks_names_its_listed_unit() -> None:
    assert [u.key for u in find_units("UBND HUYEN GIA LAM")] == ["huyen_gia_lam"]
    assert [u.key for u in find_units("UY BAN NHAN DAN QUAN CAU GIAY")] == ["quan_cau_giay"]
    # near misses: the same words as common words, a name the lists do not hold, or a name with marks
    for text in ("co quan Nha nuoc", "cach xa Ha Noi", "UBND HUYEN ABC XYZ", "cơ quan Thuế tỉnh"):
        assert [u.key for u in find_units(text) if u.admin_level != "province"] == [], text


def test_a_units_name_in_capitals_ends_where_the_lists_name_ends() -> None:
    assert [u.key for u in find_units("XÃ TÂN PHÚ ĐÔNG TỔ CHỨC KỲ HỌP HĐND")] == ["xa_tan_phu_dong"]
    assert [u.key for u in find_units("HUYỆN BA CHẼ ĐÓN BẰNG NÔNG THÔN MỚI")] == ["huyen_ba_che"]
    # near misses: a listed name of three words stays whole; a name the lists do not hold keeps its words
    assert [u.key for u in find_units("UBND XÃ TÂN PHÚ ĐÔNG")] == ["xa_tan_phu_dong"]
    assert [u.key for u in find_units("XÃ KHÔNG CÓ TÊN NÀY")] == ["xa_khong_co_ten_nay"]


@pytest.mark.parametrize("text", ["UBND thành phố Phan Rang - Tháp Chàm", "UBND thành phố Phan Rang-Tháp Chàm"])
def test_a_districts_name_with_a_dash_is_read_with_the_dash_spaced_or_not(text: str) -> None:
    (unit,) = find_units(text)
    assert (unit.key, district_province(unit).key) == ("thanh_pho_phan_rang_thap_cham", "ninh_thuan")
    # near miss: the district is counted once among its province's
    assert sum(d.name == "Phan Rang-Tháp Chàm" for d in districts_of("ninh_thuan")) == 1


@pytest.mark.parametrize(("text", "successor", "new"), [
    ("phường Phan Thiết", "lam_dong", True),  # formed in 2025; Tuyên Quang's phường Phan Thiết before is another
    ("phường Phú Thủy", "lam_dong", False),  # near miss: a ward of Bình Thuận before the reform
    ("phường Phan Thiết", "tuyen_quang", False),  # near miss: not in the 2025 list of that unit
])
def test_a_ward_only_the_2025_list_has_in_a_unit_is_new(text: str, successor: str, new: bool) -> None:
    assert new_in_2025(find_units(text)[0], successor) is new


def test_a_bare_name_is_looked_up_among_communes_wards_and_townships_of_an_era() -> None:
    assert communes_named("Lộc Thắng", "before") == {"lam_dong"}  # a township
    assert communes_named("Phú Hưng", "before") >= {"ben_tre", "an_giang"}  # communes of several provinces
    assert communes_named("Lộc Thắng", "2025") == frozenset()  # (no such commune in the list of 2025)


def test_listed_units_reads_the_names_a_plural_kind_word_lists() -> None:
    from orchestration.extraction.places import listed_units

    names = [(u.kind, u.name) for u in listed_units("mưa lớn tại các huyện Tân Uyên, Than Uyên và Tam Đường gây")]
    assert names == [("huyen", "Than Uyên"), ("huyen", "Tam Đường")]
    # near misses: one unit named alone, and a list closed by its province's name
    assert listed_units("mưa lớn tại huyện Tân Uyên, Than Uyên bị") == []
    assert [u.name for u in listed_units("các xã Thạch Kim, Thạch Hà, Hà Tĩnh")] == ["Thạch Hà"]


def test_the_city_of_hue_run_on_into_its_office_in_capitals() -> None:
    from orchestration.extraction.places import find_units

    (unit,) = find_units("UBND THÀNH PHỐ HUẾ SỞ TÀI CHÍNH")
    assert (unit.kind, unit.name, unit.admin_level) == ("thanh_pho", "Huế", "province")
    # near miss: a one-word name that is no city-province stays a district's name of the lists
    assert [u.name for u in find_units("UBND THÀNH PHỐ VINH")] == ["Vinh"]


# --------------------------------------------------------- the unit kinds: one table (data/words/unit_kinds.csv)


def test_the_unit_words_of_a_level_come_from_the_table() -> None:
    assert unit_words_source("commune") == r"xã|phường|thị\s+trấn|đặc\s+khu"
    # a "thành phố" is a province's city or a centrally-run one: at both levels
    assert re.fullmatch(unit_words_source("province"), "thành  phố")
    assert re.fullmatch(unit_words_source("district"), "thành phố")
    # a rule that needs a unit surely below the province leaves it out
    assert not re.fullmatch(unit_words_source("district", "commune", only=True), "thành phố")
    assert re.fullmatch(LOWER_UNIT_WORDS, "thị  trấn") and not re.fullmatch(LOWER_UNIT_WORDS, "tỉnh")
    assert all(re.fullmatch(UNIT_WORDS, word) for word in ("tỉnh", "huyện", "thị xã", "quận", "xã", "đặc khu"))


def test_an_unknown_unit_level_is_refused() -> None:
    with pytest.raises(ValueError, match="hamlet"):
        unit_words_source("hamlet")
    with pytest.raises(ValueError):
        unit_words_source()


def test_kinds_levels_and_unmarked_words_are_read_from_the_table() -> None:
    assert ADMIN_LEVEL["thanh_pho"] == "district" and ADMIN_LEVEL["dac_khu"] == "commune"
    assert unit_kind("Huyện ủy") == "huyen" and unit_kind("TX.") == "thi_xa"
    # a special zone typed without its marks, as the other unit words are read
    assert unit_kind("DAC KHU") == "dac_khu"
    assert unit_label("dac_khu", "Phú Quốc") == "đặc khu Phú Quốc"


def test_no_extraction_module_writes_its_own_list_of_unit_words() -> None:
    """Three unit words in a row of a hand-written alternation (``huyện|xã|phường``) belong to the table."""
    word = r"(?:huyện|xã|phường|quận|thị\\s\+xã|thị\\s\+trấn|tỉnh|thành\\s\+phố|đặc\\s\+khu)"
    written = re.compile(rf"(?<![\w\\]){word}(?:\|{word}){{2,}}(?!\w)")
    package = Path(__file__).resolve().parents[1] / "orchestration" / "extraction"
    found = [
        f"{path.name}:{number}: {m.group()}"
        for path in sorted(package.glob("*.py"))
        if path.name != "places.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for m in written.finditer(line)
    ]
    assert not found, found


def test_listed_units_reads_a_list_set_after_a_colon() -> None:
    from orchestration.extraction.places import listed_units

    names = [(u.kind, u.name) for u in listed_units("ngập 320 ha lúa tại các xã: Mường Khương, Bản Lầu và Pha Long.")]
    assert names == [("xa", "Mường Khương"), ("xa", "Bản Lầu"), ("xa", "Pha Long")]
    names = [u.name for u in listed_units("tập trung ở 3 huyện: Tân Uyên, Than Uyên, Tam Đường.")]
    assert names == ["Tân Uyên", "Than Uyên", "Tam Đường"]
    # near misses: a party committee's list, a province's, and a kind word with no plural before its colon
    assert listed_units("các huyện ủy: Tân Uyên, Than Uyên") == []
    assert listed_units("các tỉnh: Lai Châu, Điện Biên") == []
    assert listed_units("Địa chỉ xã: Mường Khương, Lào Cai") == []


def test_a_wards_name_written_across_a_dash_has_its_province() -> None:
    from orchestration.extraction.places import commune_province

    ward = find_units("ỦY BAN NHÂN DÂN PHƯỜNG LÂM VIÊN - ĐÀ LẠT")[0]
    assert ward.key == "phuong_lam_vien_da_lat"
    assert commune_province(ward, after_merger=True).key == "lam_dong"
    # near miss: the name without its second part is no ward of the lists
    assert commune_province(find_units("phường Lâm Viên tổ chức")[0], after_merger=True) is None


def test_a_communes_name_joined_by_an_en_dash_has_its_province() -> None:
    from orchestration.extraction.places import commune_province

    # a typeset dash between the two parts, as a header may set it, reads as the hyphen the lists write
    for dash in ("–", "—", "-"):
        commune = find_units(f"ỦY BAN NHÂN DÂN XÃ CHÂN MÂY {dash} LĂNG CÔ")[0]
        assert commune.key == "xa_chan_may_lang_co", dash
        assert commune_province(commune, after_merger=True).key == "hue"


def test_a_wards_label_keeps_the_dash_its_name_is_written_with() -> None:
    ward = find_units("UBND PHƯỜNG CAM LY - ĐÀ LẠT báo cáo")[0]
    assert unit_label(ward.kind, ward.name) == "phường Cam Ly - Đà Lạt"
    assert unit_label("phuong", "Văn Miếu Quốc Tử Giám") == "phường Văn Miếu - Quốc Tử Giám"
    # near misses: a ward of one word-run, and a commune of another kind with that name, keep their names
    assert unit_label("phuong", "Cam Ly") == "phường Cam Ly"
    assert unit_label("xa", "Cam Ly Đà Lạt") == "xã Cam Ly Đà Lạt"


def test_a_communes_name_typed_without_marks_is_labelled_as_the_list_writes_it() -> None:
    assert unit_label("xa", "Muong Xen") == "xã Mường Xén"
    assert unit_label("phuong", "LANG BIANG DA LAT") == "phường Lang Biang - Đà Lạt"
    # near misses: a name several communes bear with other marks stays as typed, and so does one no list has
    assert unit_label("xa", "Dien Quang") == "xã Dien Quang"
    assert unit_label("xa", "Khong Co Ten") == "xã Khong Co Ten"
    # (marks typed are kept: the folded name is not asked for another commune's spelling)
    assert unit_label("xa", "Điền Quang") == "xã Điền Quang"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("UBND XA TAN LAP HUYEN DAN PHUONG", ["Tan Lap", "Dan Phuong"]),
        ("HUYEN SON DUONG TINH TUYEN QUANG", ["Son Duong", "Tuyên Quang"]),
        # near misses: the word closing a name, and written with its marks as part of one
        ("huyen Son Tinh", ["Son Tinh"]),
        ("xã Quan Huyền", ["Quan Huyền"]),
    ],
)
def test_an_unmarked_unit_word_above_ends_the_name_before_it(text: str, names: list[str]) -> None:
    assert [unit.name for unit in find_units(text)] == names
