"""Numerals, scale words, units and qualifiers of Vietnamese report figures."""

import re
from pathlib import Path

import pytest

from orchestration import extraction
from orchestration.extraction.numbers import (
    BILLION_WORDS,
    NUMBER_IN_SCALES,
    SCALE_WORD_VALUES,
    SCALE_WORDS,
    THOUSAND_WORDS,
    UnitReading,
    parse_number,
    qualifier_before,
    read_unit,
    scale_words,
    scaled_groups,
)
from orchestration.extraction.vocabulary import read_table


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("4.705", 4705),            # dot groups thousands
        ("1.123,1", 1123.1),        # comma marks decimals
        ("241,497", 241.497),       # three decimals are still decimals in Vietnamese
        ("2.166.831", 2166831),
        ("03", 3),                  # leading zeros are plain integers
        ("0,133", 0.133),
        ("71.40", 71.4),            # impossible as thousands: the English reading
        ("8.5", 8.5),
        ("12", 12),
        ("4.518.7", 4518.7),        # grouped thousands ending in a decimal point (a slip)
    ],
)
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


def test_parse_number_rejects_words() -> None:
    assert parse_number("năm") is None


@pytest.mark.parametrize(
    ("after", "unit", "multiplier"),
    [
        (" tỷ đồng, tăng 12,1%", "VND", 1e9),
        (" triệu đồng", "VND", 1e6),
        (" nghìn tỷ đồng", "VND", 1e12),
        (" ngàn tỉ đồng", "VND", 1e12),
        (" triệu USD", "USD", 1e6),
        (" tỷ", "VND", 1e9),               # money without the currency word
        (" nghìn TTQ, tăng 5%", "tonne", 1e3),  # tấn thông qua: the tonnes a port handles
        ("%", "pct", 1),
        (" %", "pct", 1),
        (" ha lúa", "ha", 1),
        ("ha đạt 57,6% KH", "ha", 1),       # glued unit: 49/85ha
        (" tấn", "tonne", 1),
        (" kg gạo", "tonne", 1e-3),
        (" nghìn tấn", "tonne", 1e3),
        (" m³ gỗ", "m3", 1),
        (" m3", "m3", 1),
        (" triệu lít bia", "m3", 1e3),    # a volume after a scale word, not money
        (" vạn tấn", "tonne", 1e4),       # vạn: ten thousand
        (" lít nước", "m3", 1e-3),
        (" mét kênh", "km", 1e-3),
        (" m² đất ở", "ha", 1e-4),
        (" tạ/ha", "quintal_per_ha", 1),
        (" tấn/ha cà phê nhân", "quintal_per_ha", 10),  # a yield in tonnes per hectare: ten tạ/ha each
        (" con", "head", 1),
        (" triệu gia cầm bị tiêu hủy", "head", 1e6),  # animals counted by their kind: no money after the scale
        (" gia súc bị lũ cuốn trôi", "head", 1),
        (" lượt khách", "visit", 1),
        (" lượt hồ sơ trực tuyến", "count", 1),   # records handled, not visits
        (" lượt doanh nghiệp được hỗ trợ", "count", 1),
        (" người chết", "person", 1),
        (" hộ nghèo", "household", 1),
        (" doanh nghiệp", "enterprise", 1),
        (" HTX", "cooperative", 1),
        (" sản phẩm OCOP", "product", 1),
        (" vụ tai nạn", "case", 1),
        (" lần", "times", 1),
        (" điểm, tăng", "point", 1),
        (" tỷ đồng chính thức khánh thành", "VND", 1e9),  # "chính" is no "chí" (đồng chí)
        (" triệu tỷ đồng", "VND", 1e15),
        (" tỷđồng, đạt 82% dự toán", "VND", 1e9),  # the scale typed against the currency
        (" triệuđồng/người", "VND", 1e6),
        (" km² đất tự nhiên", "ha", 100),  # an area, not a length
        (" Tr.USD, tăng 3%", "USD", 1e6),  # a million abbreviated before its currency
        ("m 2 sân chơi", "ha", 1e-4),  # a flattened superscript: the square metre's 2 after a space
        ("m 3 bê tông", "m3", 1),
        (" m 2,5 m", "km", 1e-3),  # the digit runs on into a number: metres, then another length
        (" tr.đồng/người", "VND", 1e6),
        (" nghìn liều vắc xin", "count", 1e3),  # doses counted in thousands are no money
        (" mẹ con bị thương", "person", 1),  # people counted by their kinship: as many persons
        (" vợ chồng tử vong", "person", 1),
        (" nạn nhân đã được đưa đi cấp cứu", "person", 1),  # victims and children are people
        (" em nhỏ bị nước cuốn", "person", 1),
        (" lượt nhà dân bị nước tràn vào", "house", 1),  # houses counted once each time they were hit
        (" lượt hộ phải nhận cứu trợ", "household", 1),
        (" lượt khách lưu trú", "visit", 1),
        (" nhà bị tốc mái", "house", 1),
        (" triệu Đô la Mỹ vốn đăng ký", "USD", 1e6),  # the dollar written out, capitalised
        (" nghìn đôla mỗi năm", "USD", 1e3),
        (" bị can về tội mua bán trái phép chất ma túy", "person", 1),  # the people a case is brought against
        (" bị cáo", "person", 1),
        (" phạm nhân đang chấp hành án", "person", 1),
    ],
)
def test_read_unit(after: str, unit: str, multiplier: float) -> None:
    reading = read_unit(after)
    assert reading is not None
    assert (reading.unit, reading.multiplier) == (unit, pytest.approx(multiplier))


def test_grams_of_a_seizure_are_millionths_of_a_tonne() -> None:
    # "thu giữ 420 gam heroin", "8,5 gram ma túy đá", "75g cần sa": a seized drug weighed in grams
    for after in (" gam heroin", " gram ma túy đá", "g cần sa", "g thuốc phiện"):
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.multiplier) == ("tonne", pytest.approx(1e-6)), after
    # near misses: a network's generation, a pack's size and "g" running into a word are no grams
    for after in ("G đến 100% thôn", "g sữa bột", "g/hộp", " gạo"):
        reading = read_unit(after)
        assert reading is None or reading.unit != "tonne", after


def test_passports_and_petition_letters_are_counted_by_their_whole_noun() -> None:
    # "hộ chiếu" (passport) opens with the household's word, "đơn thư" (a petition letter) with "đơn": each is one noun
    for after, label in ((" hộ chiếu cho người xuất cảnh", "hộ chiếu"), (" đơn thư phản ánh", "đơn thư")):
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label) == ("count", label), after
    # near miss: a household before another word is still a household
    reading = read_unit(" hộ chăn nuôi")
    assert reading is not None and reading.unit == "household"


def test_a_word_that_opens_with_bi_is_no_accused_person() -> None:
    # near miss of "56 bị can": "bị" opening a passive ("12 bị thương" is read elsewhere) or another noun is no person
    for after in (" bị canh", " bịch sữa"):
        reading = read_unit(after)
        assert reading is None or reading.unit != "person", after


def test_scale_word_is_not_the_start_of_another_word() -> None:
    # "63 tỉnh" is 63 provinces, never 63 billion (tỉ)
    reading = read_unit(" tỉnh, thành phố")
    assert reading is None or reading.unit != "VND"


def test_vu_of_a_crop_season_is_not_a_case_count() -> None:
    reading = read_unit(" vụ xuân")
    assert reading is None or reading.unit != "case"


def test_an_identity_card_is_no_house() -> None:
    # "căn cước" (identity card) opens with "căn", the classifier of flats and houses
    for after in (" căn cước", " căn cước công dân gắn chip"):
        reading = read_unit(after)
        assert reading is None or reading.unit != "house"
    assert read_unit(" căn hộ chung cư").unit == "house"  # near-miss: a flat stays a house


def test_count_nouns_keep_their_word() -> None:
    reading = read_unit(" xã đạt chuẩn")
    assert reading is not None and (reading.unit, reading.label) == ("count", "xã")
    reading = read_unit(" điểm trường")
    assert reading is not None and reading.unit == "count"


def test_pieces_counted_after_a_scale_word_are_no_money() -> None:
    # "may mặc đạt 3,2 triệu cái": "triệu" scales a count of pieces, not an amount of đồng
    reading = read_unit(" triệu cái áo")
    assert reading is not None and (reading.unit, reading.multiplier, reading.label) == ("count", 1e6, "cái")


def test_a_school_site_opening_a_name_is_still_a_school_site() -> None:
    reading = read_unit(" điểm Trường Mầm non xã bị tốc mái")
    assert reading is not None and (reading.unit, reading.label) == ("count", "điểm trường")


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("đạt khoảng ", "approx"),
        ("gần ", "approx"),
        ("thu nộp ngân sách trên ", "over"),
        ("hơn ", "over"),
        ("≥ ", "over"),
        ("dưới ", "under"),
        ("số hộ còn nợ vẫn ít hơn ", "under"),
        ("mức lỗ thấp hơn ", "under"),
        ("doanh số cao hơn ", "over"),
        ("giá bán lẻ không cao hơn ", "under"),  # a higher comparative negated: a ceiling
        ("số học sinh mỗi lớp không nhiều hơn ", "under"),
        ("đạt ", None),
        ("người cao tuổi ngoài ", "over"),
        ("doanh nghiệp có vốn nước ngoài ", None),  # "nước ngoài" is foreign, a name, not "beyond"
        ("số người đi làm ăn ở tỉnh ngoài ", None),  # the place outside, as "nước ngoài"
        ("lao động làm việc ở các huyện ngoài ", None),
        ("số cán bộ hưu trí ngoài ", "over"),  # near-miss: after a person, beyond
        ("thị xã An Nhơn ", None),  # the end of a name is no "hơn"
        ("TP. Quy Nhơn: ", None),
        ("huyện Tuy Phước hơn ", "over"),
    ],
)
def test_qualifier_before(before: str, qualifier: str | None) -> None:
    assert qualifier_before(before) == qualifier


def test_every_bound_of_the_table_gives_its_qualifier() -> None:
    # data/words/bounds.csv is the one list of bounds: the qualifier read before a number, the words a change's verb
    # lets stand before its rate and the words a label drops all come from it
    rows = read_table("words/bounds.csv")
    assert {row["qualifier"] for row in rows} == {"over", "under", "approx"}
    for row in rows:
        assert qualifier_before(f"số doanh nghiệp {row['words']} ") == row["qualifier"], row["words"]
    # near misses: a bound's first word alone is none ("ít" without "nhất", "chưa" without "đầy")
    assert qualifier_before("còn ít ") is None
    assert qualifier_before("số hộ chưa ") is None


def test_dong_is_not_the_start_of_dong_chi() -> None:
    reading = read_unit(" đồng chí.")
    assert reading is not None and reading.unit == "person"
    assert read_unit(" đồng.").unit == "VND"


def test_visitors_after_a_scale_word() -> None:
    reading = read_unit(" triệu khách, tăng 3%")
    assert (reading.unit, reading.multiplier) == ("visit", 1e6)
    assert read_unit(" khách hàng") == UnitReading("count", 1.0, 11, "khách hàng")  # customers are not visitors


def test_power_and_energy_are_counted_with_their_symbol() -> None:
    reading = read_unit(" triệu MWh/năm")
    assert (reading.unit, reading.multiplier, reading.label) == ("count", 1e6, "MWh")


def test_a_number_said_in_two_scales() -> None:
    from orchestration.extraction.numbers import read_compound
    compound = read_compound(" triệu 350 nghìn lượt khách")
    assert (compound.major, compound.minor, compound.reading.unit) == (1e6, 350e3, "visit")
    assert read_compound(" triệu đồng") is None


def test_a_scale_and_a_half() -> None:
    from orchestration.extraction.numbers import read_compound
    # "2 tỷ rưỡi đồng" is 2.5 billion; "rưỡi" with no "đồng" after it still reads the scale's money
    with_unit = read_compound(" tỷ rưỡi đồng làm đường")
    assert (with_unit.major, with_unit.minor, with_unit.reading.unit) == (1e9, 5e8, "VND")
    assert with_unit.reading.length == len(" tỷ rưỡi đồng")
    bare = read_compound(" triệu rưỡi sửa nhà")
    assert (bare.major, bare.minor, bare.reading.unit) == (1e6, 5e5, "VND")
    assert read_compound(" rưỡi") is None


def test_grouped_thousands_ending_in_a_decimal_point_are_one_number() -> None:
    from orchestration.extraction.numbers import NUMBER
    assert [m.group() for m in NUMBER.finditer("ước đạt 4.518.7 tỷ đồng, 2.166.831 tấn")] == ["4.518.7", "2.166.831"]


def test_billions_and_millions_are_one_number() -> None:
    from orchestration.extraction.numbers import read_compound
    compound = read_compound(" tỷ 250 triệu USD, tăng 4%")
    assert (compound.major, compound.minor, compound.reading.unit) == (1e9, 250e6, "USD")
    assert read_compound(" triệu 5 triệu đồng") is None


def test_cong_of_land_is_a_tenth_of_a_hectare() -> None:
    # in the Mekong delta "công" is 1.000 m² when what grows on it follows
    reading = read_unit(" công lúa bị đổ ngã")
    assert (reading.unit, reading.multiplier) == ("ha", 0.1)
    assert read_unit(" công vườn sầu riêng").unit == "ha"
    # "công dân", "công nhân" are still people and nouns
    assert read_unit(" công dân").unit == "person"
    assert read_unit(" công nhân") is None or read_unit(" công nhân").unit != "ha"


def test_guest_nights_are_a_count_even_after_a_scale_word() -> None:
    # "ngày khách" (guest-nights): "1,3 triệu ngày khách" is no money
    reading = read_unit(" triệu ngày khách, tăng 8%")
    assert (reading.unit, reading.multiplier, reading.label) == ("count", 1e6, "ngày khách")
    assert read_unit(" ngày khách").label == "ngày khách"
    assert read_unit(" triệu đồng").unit == "VND"


def test_lanes_of_a_road_are_a_count() -> None:
    assert read_unit(" làn xe, nền đường rộng 9 m").label == "làn xe"


def test_a_kilowatt_hour_however_capitalised_is_energy_not_money() -> None:
    for spelling in ("Kwh", "KWh", "kwh"):
        reading = read_unit(f" triệu {spelling} điện")
        assert (reading.unit, reading.multiplier, reading.label) == ("count", 1e6, spelling)


def test_bricks_counted_in_thousands_are_no_money() -> None:
    reading = read_unit(" nghìn viên gạch nung")
    assert (reading.unit, reading.multiplier, reading.label) == ("count", 1e3, "viên")


def test_contractors_and_investors_are_no_houses() -> None:
    for after in (" nhà thầu thi công", " nhà đầu tư nước ngoài", " nhà máy chế biến"):
        reading = read_unit(after)
        assert reading is None or reading.unit != "house", after


def test_cases_are_no_schools() -> None:
    reading = read_unit(" trường hợp bị thương nặng được chuyển viện")
    assert reading is not None and (reading.unit, reading.label) == ("count", "trường hợp")
    reading = read_unit(" trường bị tốc mái")
    assert reading is not None and reading.label == "trường"


def test_traffic_in_load_times_distance_is_no_tonnage_nor_headcount() -> None:
    # freight and passenger traffic (tonne-km, passenger-km): a count with its unit as written
    for after, label, multiplier in ((" triệu tấn.km, giảm nhẹ", "tấn.km", 1e6),
                                     (" nghìn người km trong quý", "người km", 1e3),
                                     (" triệu lượt người.km", "lượt người.km", 1e6),
                                     (" HK.km", "HK.km", 1.0)):
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label) == ("count", label), after
        assert reading.multiplier == pytest.approx(multiplier)
    # plain tonnes, persons and kilometres keep their units
    assert read_unit(" tấn hàng hóa").unit == "tonne"
    assert read_unit(" người; Km 5 bị sạt").unit == "person"


def test_children_and_candidates_are_persons() -> None:
    assert read_unit(" thiếu nhi được tặng quà").unit == "person"
    assert read_unit(" quần chúng ưu tú học lớp cảm tình Đảng").unit == "person"


def test_a_yen_of_rice_is_ten_kilograms() -> None:
    # "hỗ trợ 15 yến gạo": ten kilograms each (was a count "yến gạo")
    reading = read_unit(" yến gạo cho các hộ")
    assert (reading.unit, reading.multiplier) == ("tonne", 0.01)
    # near-miss: "yến sào" (swiftlets' nests) is a product, no weight
    assert read_unit(" yến sào") is None or read_unit(" yến sào").unit != "tonne"


def test_little_children_called_chau_are_persons() -> None:
    # "hai cháu bé bị nước cuốn trôi", "120 cháu nhỏ được tặng quà": children, as "em nhỏ" (was a count "cháu bé")
    assert read_unit(" cháu bé bị nước cuốn trôi").unit == "person"
    assert read_unit(" cháu nhỏ được tặng quà").unit == "person"
    # "320.000 em", "45 cụ từ 100 tuổi trở lên": children and elders counted by what a text calls them (was a count)
    assert read_unit(" em được tặng quà").unit == "person"
    assert read_unit(" cụ từ 100 tuổi trở lên").unit == "person"
    # near-misses: "cụ thể" (precisely) and "cụm" (a cluster) count no elders
    assert read_unit(" cụ thể như sau") is None
    assert read_unit(" cụm công nghiệp").unit != "person"


def test_abbreviated_workers_are_persons() -> None:
    # "LĐ" is the press's short form of "lao động": "giải quyết việc làm cho 9.800 LĐ"
    assert read_unit(" LĐ được tạo việc làm").unit == "person"
    assert read_unit(" LĐ (đạt 80%)").unit == "person"


def test_eggs_and_fruit_counted_by_their_classifier_are_no_money() -> None:
    # "trứng gia cầm đạt 12.400 nghìn quả": a count of eggs, not thousands of đồng
    reading = read_unit(" nghìn quả, tăng 1,2%")
    assert (reading.unit, reading.multiplier, reading.label) == ("count", 1000.0, "quả")
    assert read_unit(" triệu quả trứng").unit == "count"
    # the South counts fruit by "trái" ("sản lượng dừa 720 triệu trái"); near miss: "trái phép" is no classifier
    reading = read_unit(" triệu trái, tăng 2,6%")
    assert (reading.unit, reading.multiplier, reading.label) == ("count", 1e6, "trái")
    assert read_unit(" triệu trái phép").unit != "count"


def test_cut_flowers_counted_by_the_stem_are_no_money() -> None:
    # "sản lượng hoa 850 triệu cành": stems counted, not millions of đồng
    reading = read_unit(" triệu cành, tăng 4%")
    assert (reading.unit, reading.multiplier, reading.label) == ("count", 1e6, "cành")
    # near miss: a scale word before money stays money
    assert read_unit(" triệu đồng, tăng 4%").unit == "VND"  # type: ignore[union-attr]


def test_individuals_are_persons() -> None:
    # "khen thưởng 5 cá nhân": individuals counted are persons
    assert read_unit(" cá nhân có thành tích xuất sắc").unit == "person"
    assert read_unit(" cá nhân được giao đất").unit == "person"


def test_a_bound_said_with_the_word_level_between_is_still_a_bound() -> None:
    # "tỉ lệ hồ sơ trễ hẹn dưới mức 3%", "tăng trưởng trên mức 7%": "mức" (the level) between the bound and the number
    assert qualifier_before("tỉ lệ hồ sơ trễ hẹn dưới mức ") == "under"
    assert qualifier_before("duy trì tăng trưởng trên mức ") == "over"
    assert qualifier_before("tăng trưởng ở mức ") is None


def test_a_rate_after_a_number_is_no_billions() -> None:
    # "tỷ lệ" (a rate), "tỷ trọng" (a share), "tỷ suất" (a ratio) are nouns: no scale word after a number
    for after in (" tỷ lệ hộ nghèo giảm", " tỉ lệ che phủ rừng", " tỷ trọng công nghiệp", " tỷ suất lợi nhuận"):
        assert read_unit(after) is None or read_unit(after).unit != "VND", after
    # near-misses: billions stay billions, with or without the currency
    assert (read_unit(" tỷ đồng").unit, read_unit(" tỷ đồng").multiplier) == ("VND", 1e9)
    assert (read_unit(" tỷ, tăng 5%").unit, read_unit(" tỷ, tăng 5%").multiplier) == ("VND", 1e9)
    assert read_unit(" tỷ lượt").unit == "visit"


def test_subscribers_after_a_scale_word_are_no_money() -> None:
    assert (read_unit(" triệu thuê bao").unit, read_unit(" triệu thuê bao").label) == ("count", "thuê bao")
    assert read_unit(" nghìn thuê bao internet").multiplier == 1e3
    assert read_unit(" thuê bao").label == "thuê bao"
    assert read_unit(" triệu đồng/thuê bao").unit == "VND"  # near-miss: money per subscriber stays money


def test_accounts_after_a_scale_word_are_no_money() -> None:
    # the accounts a bank or a wallet counts in millions: a count, no money
    assert (read_unit(" triệu tài khoản ngân hàng").unit, read_unit(" triệu tài khoản ngân hàng").label) == (
        "count", "tài khoản")
    assert read_unit(" nghìn ví điện tử").unit == "count"
    assert read_unit(" triệu đồng/tài khoản").unit == "VND"  # near-miss: money per account stays money


@pytest.mark.parametrize("words, value", [
    ("mười hai", 12), ("Mười lăm", 15), ("hai mươi", 20), ("hai mươi lăm", 25), ("ba mươi mốt", 31),
    ("bốn mươi tư", 44), ("chín mươi chín", 99), ("ba trăm", 300), ("hai trăm linh năm", 205),
    ("một trăm hai mươi mốt", 121), ("sáu trăm lẻ tám", 608),
])
def test_numbers_past_ten_said_in_words(words: str, value: int) -> None:
    from orchestration.extraction.numbers import NUMBER_IN_WORDS, words_value

    m = NUMBER_IN_WORDS.search(f"có {words} hộ")
    assert m is not None and m.group() == words and words_value(m.group()) == value


def test_years_and_lone_words_are_no_number_in_several_words() -> None:
    from orchestration.extraction.numbers import NUMBER_IN_WORDS

    # "mười năm", "hai mươi năm": ten, twenty years ("năm" after a ten is a year; five is "lăm"); a lone word
    # is read with the noun it counts elsewhere
    assert NUMBER_IN_WORDS.search("sau mười năm xây dựng") is None
    assert NUMBER_IN_WORDS.search("hai mươi năm qua").group() == "hai mươi"
    assert NUMBER_IN_WORDS.search("có hai người, mười hộ") is None


def test_things_made_per_unit_of_time_after_a_scale_word_are_no_money() -> None:
    # "công suất 5 triệu lốp/năm": "triệu" scales the tyres made each year, not an amount of đồng
    for after, label in ((" triệu lốp/năm", "lốp"), (" triệu chai/năm.", "chai"), (" nghìn bao bì / ngày", "bao bì")):
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label) == ("count", label), after
    assert read_unit(" triệu lốp/năm").multiplier == 1e6
    # near-misses: money names its currency or nothing at all
    for after in (" triệu đồng/năm", " triệu/tháng", " tỷ/năm"):
        reading = read_unit(after)
        assert reading is not None and reading.unit == "VND", after


def test_a_bound_from_above_in_words_is_under() -> None:
    # "tối đa", "không quá", "không vượt quá": at most, as "≤" is
    for before in ("mỗi xã được hỗ trợ tối đa ", "tỷ lệ nợ xấu không quá ", "lãi suất không vượt quá ",
                   "kiểm soát lạm phát ở mức Tối đa "):
        assert qualifier_before(before) == "under", before
    # near-misses: "tối đa hóa" is no bound; "quá" alone is no bound either; "vượt" stays a passing
    assert qualifier_before("tối đa hóa lợi ích, đạt ") is None
    assert qualifier_before("quá tải ") is None
    assert qualifier_before("tối thiểu ") == "over"


def test_the_people_of_a_place_are_persons_even_after_a_scale_word() -> None:
    # "1,2 triệu dân", "3 vạn dân", "800 dân": the people of a place, no money after the scale word
    assert read_unit(" triệu dân sinh sống") == UnitReading("person", 1e6, len(" triệu dân"))
    assert read_unit(" vạn dân") == UnitReading("person", 1e4, len(" vạn dân"))
    assert read_unit(" dân") == UnitReading("person", 1.0, len(" dân"))
    # (near misses: "dân tộc", "dân cư", "dân số" are nouns of their own, no unit)
    assert read_unit(" dân tộc cùng sinh sống") is None
    assert read_unit(" dân cư") is None
    assert read_unit(" triệu tấn") == UnitReading("tonne", 1e6, len(" triệu tấn"))


def test_the_level_above_is_no_bound() -> None:
    # "ngân sách cấp trên 298 tỷ", "chuyển tuyến trên 1.320 ca": the level above, a noun, no "over"
    assert qualifier_before("thu bổ sung từ ngân sách cấp trên ") is None
    assert qualifier_before("nhận hỗ trợ của Cấp trên ") is None
    assert qualifier_before("bệnh viện chuyển tuyến trên ") is None
    # (near misses: "trên" after a verb or a noun of another kind stays a bound)
    assert qualifier_before("ngân sách cấp cho trên ") == "over"
    assert qualifier_before("thu đạt trên ") == "over"
    assert qualifier_before("hỗ trợ trên ") == "over"


def test_just_short_of_is_approximate() -> None:
    # "ngót", "ngót nghét": just short of, as "gần" is
    for before in ("toàn tỉnh có ngót ", "thu hút ngót nghét ", "Ngót ", "đạt ngót\u00a0"):
        assert qualifier_before(before) == "approx", before
    # (near miss: a word that only ends like it is no bound)
    assert qualifier_before("bánh ngọt ") is None


def test_other_currencies_are_counted_with_their_name_never_dong() -> None:
    # "45 triệu euro", "3 tỷ yên", "12 triệu nhân dân tệ": no đồng after the scale word, no USD either
    assert read_unit(" triệu euro") == UnitReading("count", 1e6, len(" triệu euro"), "euro")
    assert read_unit(" tỷ yên Nhật,") == UnitReading("count", 1e9, len(" tỷ yên Nhật"), "yên Nhật")
    assert read_unit(" triệu EUR") == UnitReading("count", 1e6, len(" triệu EUR"), "EUR")
    assert read_unit(" nhân dân tệ") == UnitReading("count", 1.0, len(" nhân dân tệ"), "nhân dân tệ")
    # near misses: đồng and dollars stay money; a place named Yên after the scale word is no yen
    assert read_unit(" triệu USD").unit == "USD"  # type: ignore[union-attr]
    assert read_unit(" tỷ đồng").unit == "VND"  # type: ignore[union-attr]
    assert read_unit(" tỷ Yên Bái").label != "Yên"  # type: ignore[union-attr]


def test_another_countrys_dollar_is_counted_with_its_name_never_usd() -> None:
    # "500 nghìn đô la Úc", "2 triệu đôla Singapore": a dollar of another country is no US dollar (was USD)
    assert read_unit(" nghìn đô la Úc.") == UnitReading("count", 1e3, len(" nghìn đô la Úc"), "đô la Úc")
    assert read_unit(" triệu đôla Canada,") == UnitReading("count", 1e6, len(" triệu đôla Canada"), "đôla Canada")
    # near misses: the dollar said bare, or of the United States, stays USD, whatever country is named after it
    assert read_unit(" triệu đô la Mỹ").unit == "USD"  # type: ignore[union-attr]
    assert read_unit(" triệu đô la sang Úc").unit == "USD"  # type: ignore[union-attr]
    assert read_unit(" triệu đô,").unit == "USD"  # type: ignore[union-attr]


def test_a_unit_per_another_is_a_rate_counted_as_written() -> None:
    # "m3/ngày đêm", "người/km2", "lít/người/ngày", "con/ha", "tiêu chí/xã": a rate or a density, no amount of the
    # unit before the slash (the contract has no unit for it: count, the rate kept as label)
    cases = {
        " m3/ngày đêm, cấp cho": ("m3/ngày đêm", 1.0),
        " người/km2.": ("người/km2", 1.0),
        " lít/người/ngày": ("lít/người/ngày", 1.0),
        " con/ha đất nông nghiệp": ("con/ha", 1.0),
        " tấn/ngày": ("tấn/ngày", 1.0),
        " kg/người/năm": ("kg/người/năm", 1.0),
        " tiêu chí/xã;": ("tiêu chí/xã", 1.0),
        " giường/vạn dân": ("giường/vạn dân", 1.0),
        " triệu tấn/năm": ("tấn/năm", 1e6),
    }
    for after, (label, multiplier) in cases.items():
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label, reading.multiplier) == ("count", label,
                                                                                               multiplier), after
    # near misses: yields, rates in percent, money per unit, ratios of two amounts and plans keep their units
    assert read_unit(" tạ/ha") == UnitReading("quintal_per_ha", 1.0, len(" tạ/ha"))
    assert read_unit(" tấn/ha").unit == "quintal_per_ha"  # type: ignore[union-attr]
    assert read_unit(" %/năm").unit == "pct"  # type: ignore[union-attr]
    assert read_unit(" triệu đồng/ha").unit == "VND"  # type: ignore[union-attr]
    assert read_unit(" ha/15 ha") == UnitReading("ha", 1.0, len(" ha"))
    assert read_unit(" ha/KH") == UnitReading("ha", 1.0, len(" ha"))
    assert read_unit(" ha/năm 2025") == UnitReading("ha", 1.0, len(" ha"))
    # (a speed stays the length figures skips as a speed)
    assert read_unit(" km/h").unit == "km"  # type: ignore[union-attr]
    assert read_unit(" m/s").unit == "km"  # type: ignore[union-attr]


def test_a_rate_per_a_round_base_of_people_is_read_with_its_base() -> None:
    # "9,8 trên 1.000 trẻ đẻ sống", "35/100.000 dân", "14,2‰": the number is a rate; its base is part of the unit
    assert read_unit(" trên 1.000 trẻ đẻ sống.") == UnitReading("count", 1.0, len(" trên 1.000 trẻ đẻ sống"),
                                                               "trên 1.000 trẻ đẻ sống")
    assert read_unit("/100.000 dân") == UnitReading("count", 1.0, len("/100.000 dân"), "/100.000 dân")
    assert read_unit(" trên 1 vạn dân").label == "trên 1 vạn dân"  # type: ignore[union-attr]
    assert read_unit("‰;") == UnitReading("count", 1.0, 1, "‰")
    # near misses: "trên" before another amount is no base; a slash before a target of people is no rate
    assert read_unit(" trên 1.200 hộ") is None
    assert read_unit("/1.000 người") is None


def test_per_mille_written_in_words_is_the_rate_the_sign_writes() -> None:
    # "tỷ lệ sinh 14,8 phần nghìn", "4 phần ngàn": per mille in words, labelled as "‰" (it was a count of "phần")
    assert read_unit(" phần nghìn, giảm") == UnitReading("count", 1.0, len(" phần nghìn"), "‰")
    assert read_unit(" phần  ngàn.") == UnitReading("count", 1.0, len(" phần  ngàn"), "‰")
    # near misses: per cent in words stays a percent; "phần nghìn tỷ" is no such word end
    assert read_unit(" phần trăm").unit == "pct"  # type: ignore[union-attr]
    assert read_unit(" phần nghìnx") != UnitReading("count", 1.0, len(" phần nghìn"), "‰")


def test_a_classifier_before_a_counted_noun_and_the_spoken_kilometre() -> None:
    # "4 cây cầu", "15 chiếc xe": the thing counted is the noun after the classifier (was "cây", "chiếc")
    assert read_unit(" cây cầu treo") == UnitReading("count", 1.0, len(" cây cầu"), "cầu")
    assert read_unit(" chiếc xe cứu thương") == UnitReading("count", 1.0, len(" chiếc xe"), "xe")
    # "nâng cấp 8 cây số đường": kilometres (was a count of "cây")
    assert read_unit(" cây số đường") == UnitReading("km", 1.0, len(" cây số"))
    # near misses: a classifier before no counted noun stays the count; a tree seedling stays "cây"
    assert read_unit(" chiếc thuyền").label == "chiếc"  # type: ignore[union-attr]
    assert read_unit(" cây giống").label == "cây"  # type: ignore[union-attr]


def test_english_grouping_is_read_where_no_vietnamese_reading_exists() -> None:
    # comma groups before a decimal point, or two comma groups: an English-style writer's thousands
    from orchestration.extraction.numbers import NUMBER
    found = [m.group() for m in NUMBER.finditer("vốn FDI 3,812.4 triệu USD; dân số 2,046,300 người")]
    assert found == ["3,812.4", "2,046,300"]
    assert [parse_number(t) for t in found] == [3812.4, 2046300]
    # near-misses: one comma group alone stays a Vietnamese decimal, a Vietnamese grouping stays one
    found = [m.group() for m in NUMBER.finditer("sản lượng 318,205 tấn, thu 2.046,3 tỷ đồng")]
    assert [parse_number(t) for t in found] == [318.205, 2046.3]


@pytest.mark.parametrize("after", ["tr đồng hỗ trợ", " tr đồng/hộ", "trđ", " Tr USD", "tr đ."])
def test_a_million_abbreviated_without_its_dot(after: str) -> None:
    # "hỗ trợ 35tr đồng", "thu 420 trđ": the press drops the dot of "tr." before the currency
    reading = read_unit(after)
    assert reading is not None and reading.multiplier == 1e6 and reading.unit in ("VND", "USD")


def test_tr_without_a_currency_after_is_no_million() -> None:
    reading = read_unit(" trường học")
    assert reading is None or reading.multiplier != 1e6
    reading = read_unit(" trẻ em")
    assert reading is None or reading.multiplier != 1e6


@pytest.mark.parametrize(
    ("after", "major", "minor", "unit"),
    [
        (" nghìn 450 tỷ đồng", 1e12, 450e9, "VND"),  # "7 nghìn 450 tỷ đồng": 7.450 tỷ đồng read aloud
        (" ngàn 80 triệu đồng", 1e9, 80e6, "VND"),
        (" nghìn 600 hộ dân", 1e3, 600, "household"),
    ],
)
def test_thousands_of_a_scale_said_before_the_rest(after: str, major: float, minor: float, unit: str) -> None:
    from orchestration.extraction.numbers import read_compound
    compound = read_compound(after)
    assert compound is not None
    assert (compound.major, compound.minor, compound.reading.unit) == (major, minor, unit)


def test_thousands_then_a_number_apart_are_no_compound() -> None:
    from orchestration.extraction.numbers import read_compound
    assert read_compound(" nghìn, 450 tỷ đồng") is None  # two figures of a list
    assert read_compound(" nghìn 2025 đồng") is None  # no group of three digits at most


@pytest.mark.parametrize("after", [" triệu hành khách, tăng 6%", " nghìn HK", " hành khách bị thương"])
def test_passengers_are_people_not_money(after: str) -> None:
    # "vận chuyển 2,7 triệu HK": passengers carried (was 2,7 million đồng after the scale word)
    reading = read_unit(after)
    assert reading is not None and reading.unit == "person"


def test_passenger_trips_and_passenger_kilometres_keep_their_units() -> None:
    assert read_unit(" nghìn lượt hành khách").unit == "visit"
    traffic = read_unit(" triệu HK.km")
    assert traffic is not None and traffic.unit == "count"


def test_containers_in_twenty_foot_units_are_no_money() -> None:
    # a port's containers after a scale word: counted with their symbol, never đồng
    assert read_unit(" nghìn TEU, tăng 9%") == UnitReading("count", 1e3, 10, "TEU")
    assert read_unit(" TEU") == UnitReading("count", 1.0, 4, "TEU")
    # (near miss: a bare scale word without a unit is still money in these reports)
    assert read_unit(" nghìn, tăng 9%").unit == "VND"


def test_a_ships_tonnage_after_a_scale_word_is_no_money() -> None:
    # gross and deadweight tonnage are counted with their symbol, never đồng, with or without a scale word
    assert read_unit(" triệu GT, tăng 4%") == UnitReading("count", 1e6, 9, "GT")
    assert read_unit(" nghìn DWT cập cảng") == UnitReading("count", 1e3, 10, "DWT")
    assert read_unit(" GT") == UnitReading("count", 1.0, 3, "GT")
    # (near miss: a word that only opens with the letters is none of them)
    assert read_unit(" GTSX") is None


def test_a_thousand_abbreviated_before_its_unit() -> None:
    assert read_unit(" ng.tấn, tăng 4,1%") == UnitReading("tonne", 1e3, 7)
    assert read_unit(" Ng. người") == UnitReading("person", 1e3, 10)
    assert read_unit(" ng.đồng") == UnitReading("VND", 1e3, 8)
    # (near miss: "ng." before no unit, the end of a cut word, is no scale)
    assert read_unit(" ng. Theo đó") is None


def test_a_million_abbreviated_before_a_unit_it_scales() -> None:
    # "4,8 tr lượt", "1,2 tr.tấn": a summary's million abbreviated before a counted unit (was no figure: only a
    # currency was read after it)
    assert read_unit(" tr lượt khách quốc tế") == UnitReading("visit", 1e6, 8)
    assert read_unit(" tr.tấn hàng hóa") == UnitReading("tonne", 1e6, 7)
    assert read_unit(" Tr người") == UnitReading("person", 1e6, 9)
    # near-miss: before a word that is no unit it scales, no million
    reading = read_unit(" tr học sinh")
    assert reading is None or reading.multiplier != 1e6


def test_a_thousand_abbreviated_before_a_billion() -> None:
    # "4,7 ng.tỷ đồng": a thousand billion, as "4,7 nghìn tỷ đồng" (was no figure)
    assert read_unit(" ng.tỷ đồng vốn đăng ký") == UnitReading("VND", 1e12, 11)
    assert read_unit(" Ng. tỷ USD") == UnitReading("USD", 1e12, 11)
    # near-miss: "ng." before "tỷ lệ" is no scale of money
    reading = read_unit(" ng. tỷ lệ")
    assert reading is None or reading.multiplier != 1e12


def test_not_below_is_a_bound_from_below() -> None:
    assert qualifier_before("tuyển sinh không dưới ") == "over"
    assert qualifier_before("đào tạo không ít hơn ") == "over"
    assert qualifier_before("tăng trưởng không thấp hơn ") == "over"
    # (near miss: the plain bounds from above stay under)
    assert qualifier_before("giảm xuống dưới ") == "under"
    assert qualifier_before("ít hơn ") == "under"


def test_hospital_beds_per_population_are_a_rate() -> None:
    assert read_unit(" giường bệnh/vạn dân; ") == UnitReading("count", 1.0, 20, "giường bệnh/vạn dân")
    # (near miss: beds counted alone keep their short word)
    assert read_unit(" giường bệnh") == UnitReading("count", 1.0, 7, "giường")


def test_thousands_grouped_by_spaces() -> None:
    assert parse_number("12 000") == 12000
    assert parse_number("1\u00a0250\u202f000") == 1250000
    # (near miss: a group of two digits after a space is no thousands' group)
    assert parse_number("12 00") is None


def test_a_table_unit_cell_in_thousands_of_its_unit() -> None:
    # "1000 ha", "1.000 tấn": a statistics table's unit cell, read on its own
    assert read_unit(" 1000 ha") == UnitReading("ha", 1e3, 8)
    assert read_unit(" 1.000 tấn") == UnitReading("tonne", 1e3, 10)
    # near-miss: in prose the same words after a number go on, and are a number of their own
    assert read_unit(" 1.000 tấn, tăng 5%") is None


def test_goods_counted_by_pairs_and_packs_are_no_money() -> None:
    # "45 triệu đôi giày dép" counts pairs: "đô" is a dollar only as a whole word
    assert read_unit(" triệu đôi giày") == UnitReading("count", 1e6, 10, "đôi")
    assert read_unit(" triệu bao thuốc lá") == UnitReading("count", 1e6, 10, "bao")
    assert read_unit(" tỷ đô thị") == UnitReading("VND", 1e9, 3)
    # near-misses: the dollar said "đô" stays a dollar; "bao gồm" opens a list after money
    assert read_unit(" triệu đô, tăng 5%").unit == "USD"
    assert read_unit(" tỷ bao gồm vốn ngân sách") == UnitReading("VND", 1e9, 3)


def test_not_even_is_under_and_almost_is_approximate() -> None:
    assert qualifier_before("số hộ nghèo còn chưa đầy ") == "under"
    assert qualifier_before("tỷ lệ đạt gần như ") == "approx"
    # near-misses: "như" and "đầy" alone bound nothing
    assert qualifier_before("cũng như ") is None
    assert qualifier_before("đầy ") is None


def test_a_pack_without_a_scale_word_is_left_to_the_noun_reader() -> None:
    # (near miss of the packs after a scale word: "95 túi quà" keeps both words, figures._noun_count)
    assert read_unit(" túi quà") is None


def test_trips_after_a_scale_word_are_no_money() -> None:
    assert read_unit(" nghìn chuyến bay, tăng 8%") == UnitReading("count", 1e3, 17, "chuyến bay")
    assert read_unit(" nghìn chuyến.") == UnitReading("count", 1e3, 13, "chuyến")


def test_a_unit_with_a_footnote_mark_run_into_it() -> None:
    # "1.250 hộ2": the footnote's digit after the unit word leaves it the unit
    assert read_unit(" hộ2 tham gia") == UnitReading("household", 1.0, 3)
    assert read_unit(" ha3.") == UnitReading("ha", 1.0, 3)
    # near-misses: the squares and cubes of metres stay areas and volumes
    assert read_unit(" m2 sàn") == UnitReading("ha", 1e-4, 3)
    assert read_unit(" m3 nước") == UnitReading("m3", 1.0, 3)


def test_a_number_said_over_several_scales() -> None:
    said = NUMBER_IN_SCALES.search("được hỗ trợ sáu triệu bảy trăm nghìn đồng")
    assert said is not None and said.group() == "sáu triệu bảy trăm nghìn"
    assert [(v, s) for v, s, _ in scaled_groups(said.group())] == [(6, 1e6), (700, 1e3)]
    # near-miss: one scale alone is no number over several; scales that rise are none
    assert NUMBER_IN_SCALES.search("hỗ trợ sáu triệu đồng") is None
    assert scaled_groups("hai nghìn ba triệu") is None


def test_the_dollar_sign_after_a_number_is_usd() -> None:
    assert read_unit(" triệu US$ vốn") == UnitReading("USD", 1e6, len(" triệu US$"))
    assert read_unit(" tỷ $") == UnitReading("USD", 1e9, len(" tỷ $"))
    # near-miss: a bare scale with no currency after it stays đồng
    assert read_unit(" tỷ vốn").unit == "VND"


def test_hundreds_said_before_a_scale_word_or_a_unit() -> None:
    # "4 trăm triệu đồng", "6 trăm tỷ", "7 trăm nghìn đồng": hundreds of the scale (it was a count of "trăm triệu")
    assert read_unit(" trăm triệu đồng") == UnitReading("VND", 1e8, len(" trăm triệu đồng"))
    assert read_unit(" trăm tỷ.") == UnitReading("VND", 1e11, len(" trăm tỷ"))
    assert read_unit(" trăm nghìn đồng/người") == UnitReading("VND", 1e5, len(" trăm nghìn đồng"))
    assert read_unit(" trăm hộ dân") == UnitReading("household", 1e2, len(" trăm hộ"))
    # near-miss: "trăm" alone is no money, "phần trăm" is a percentage
    assert read_unit(" trăm.") is None
    assert read_unit(" phần trăm").unit == "pct"
    assert read_unit(" trăm nghìn tỷ đồng") == UnitReading("VND", 1e14, len(" trăm nghìn tỷ đồng"))


def test_thousands_grouped_by_spaces_with_decimals() -> None:
    assert parse_number("52 318,6") == 52318.6
    assert parse_number("1\u202f204,75") == 1204.75
    # near-miss: plain space groups stay whole numbers
    assert parse_number("1 042 800") == 1042800


def test_count_nouns_of_three_syllables_are_kept_whole() -> None:
    # "nhà đầu tư", "cụm công nghiệp": one noun each (the label was cut after its second syllable)
    for after, label in ((" nhà đầu tư nước ngoài", "nhà đầu tư"), (" cụm công nghiệp", "cụm công nghiệp"),
                         (" khu kinh tế", "khu kinh tế"), (" thủ tục hành chính", "thủ tục hành chính"),
                         (" trang trại chăn nuôi", "trang trại"), (" khu du lịch", "khu du lịch"),
                         (" giấy chứng nhận quyền sử dụng đất", "giấy chứng nhận")):
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label) == ("count", label)
    # near-miss: a shorter noun keeps its own word
    assert read_unit(" thủ tục được giải quyết").label == "thủ tục"
    assert read_unit(" trang tài liệu").label == "trang"


def test_a_floor_area_per_person_is_a_rate() -> None:
    # "27,6 m2 sàn/người": the floor each person has, counted with the rate as label (it was 0,00276 ha)
    reading = read_unit(" m2 sàn/người")
    assert reading is not None and (reading.unit, reading.label) == ("count", "m2 sàn/người")
    reading = read_unit(" kg thịt hơi/người/năm")
    assert reading is not None and (reading.unit, reading.label) == ("count", "kg thịt hơi/người/năm")
    reading = read_unit(" kg thịt/người/năm")
    assert reading is not None and (reading.unit, reading.label) == ("count", "kg thịt/người/năm")
    # near-misses: floor area built is an area, a crop's yield per hectare stays one
    assert read_unit(" tấn/ha").unit == "quintal_per_ha"
    assert read_unit(" m2 sàn xây dựng").unit == "ha"


def test_the_fertility_rates_denominator_is_kept_whole() -> None:
    # "2,1 con/phụ nữ": children per woman (the label was cut to "con/phụ")
    reading = read_unit(" con/phụ nữ")
    assert reading is not None and (reading.unit, reading.label) == ("count", "con/phụ nữ")
    # near-miss: a one-word denominator keeps its word
    assert read_unit(" người/km2").label == "người/km2"


@pytest.mark.parametrize(
    ("after", "reading"),
    [
        # "250 Tỷ đồng": a capital scale word by a slip is still the scale (was a count of "Tỷ đồng")
        (" Tỷ đồng", UnitReading("VND", 1e9, 8)),
        (" Triệu USD", UnitReading("USD", 1e6, 10)),
        (" Nghìn đồng/kg", UnitReading("VND", 1e3, 11)),
        (" Triệu Văn An", None),  # near miss: "Triệu" opening a family name stays no scale
        # "5 chục ha", "3 chục triệu đồng": tens of the unit or scale word after, as "trăm" is (were counts of "chục")
        (" chục ha rừng", UnitReading("ha", 10.0, 8)),
        (" chục nghìn hộ", UnitReading("household", 1e4, 14)),
        (" chục triệu đồng", UnitReading("VND", 1e7, 16)),
        (" chục", None),  # near miss: alone it says no money
    ],
)
def test_scale_words_capitalised_or_of_tens(after: str, reading: UnitReading | None) -> None:
    assert read_unit(after) == reading


def test_sessions_are_counted_by_their_classifier_alone() -> None:
    # "12 phiên giao dịch việc làm": sessions of a job fair, counted as "phiên" (was "phiên giao")
    reading = read_unit(" phiên giao dịch việc làm")
    assert reading is not None and (reading.unit, reading.label) == ("count", "phiên")
    reading = read_unit(" phiên họp thường kỳ")
    assert reading is not None and reading.label == "phiên"
    # near-miss: another noun keeps its own label
    reading = read_unit(" buổi tư vấn")
    assert reading is not None and reading.label == "buổi"


def test_a_rate_per_time_or_per_a_round_base_with_what_it_measures_named_before_the_slash() -> None:
    # "320 tấn rác thải/ngày", "850 con lợn/ngày", "850 lượt người/ngày": handled per day, a rate (it was read as 320
    # tonnes, 850 head of a herd, 850 visits); "35 thuê bao/100 dân", "95 xe máy/100 hộ": a density per a round base
    cases = {
        " tấn rác thải/ngày.": "tấn rác thải/ngày",
        " m3 nước sạch/ngày đêm": "m3 nước sạch/ngày đêm",
        " con lợn/ngày": "con lợn/ngày",
        " lượt người/ngày;": "lượt người/ngày",
        " thuê bao/100 dân.": "thuê bao/100 dân",
        " thuê bao di động/100 dân": "thuê bao di động/100 dân",
        " xe máy/100 hộ": "xe máy/100 hộ",
    }
    for after, label in cases.items():
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label) == ("count", label), after
        assert reading.length == len(after.rstrip(".;")), after
    # near misses: the same noun on both sides of a round number is a part of a whole; an amount before a year or a
    # total after its slash keeps its unit
    assert read_unit(" hộ/100 hộ") == UnitReading("household", 1.0, len(" hộ"))
    assert read_unit(" ha lúa/năm 2025") == UnitReading("ha", 1.0, len(" ha"))
    assert read_unit(" tấn lúa/tổng sản lượng") == UnitReading("tonne", 1.0, len(" tấn"))


def test_a_rate_per_time_said_with_moi_is_the_rate_the_slash_writes() -> None:
    # "620 tấn rác mỗi ngày": "tấn rác/ngày" said in words (it was read as 620 tonnes)
    cases = {" tấn bùn thải mỗi ngày.": "tấn bùn thải/ngày", " m3 nước mỗi ngày đêm": "m3 nước/ngày đêm",
             " tấn hàng hóa mỗi tháng": "tấn hàng hóa/tháng"}
    readings = {after: read_unit(after) for after in cases}
    assert {after: (r.unit, r.label, r.length) for after, r in readings.items() if r is not None} == {
        after: ("count", label, len(after.rstrip("."))) for after, label in cases.items()}
    # near miss: "mỗi ngày" opening a clause of its own after a comma is no part of the unit
    assert read_unit(" tấn hàng, mỗi ngày") == UnitReading("tonne", 1.0, len(" tấn"))


def test_portions_handed_out_after_a_scale_word_are_no_money() -> None:
    # "trao 2 nghìn suất quà", "1,5 nghìn suất ăn", "3 nghìn phần quà": portions counted in thousands (they were đồng)
    for after, label in ((" nghìn suất quà Tết", "suất quà"), (" ngàn suất ăn miễn phí", "suất ăn"),
                         (" nghìn phần quà", "phần quà"), (" triệu chai nước", "chai")):
        reading = read_unit(after)
        assert reading is not None and (reading.unit, reading.label) == ("count", label), after
    # near misses: the scale word alone before a word that is no portion stays money; "phần trăm" a percent
    assert read_unit(" nghìn cho mỗi hộ").unit == "VND"  # type: ignore[union-attr]
    assert read_unit(" phần trăm").unit == "pct"  # type: ignore[union-attr]


@pytest.mark.parametrize("after", [" ca sốt xuất huyết", " ca tay chân miệng", " ca mắc mới", " ca phẫu thuật"])
def test_cases_count_the_disease_named_after_them(after: str) -> None:
    # "ca" (a case) counts what is named after it: the label is the word counted, the disease is the subject
    reading = read_unit(after)
    assert reading is not None and (reading.unit, reading.label, reading.length) == ("count", "ca", 3)


@pytest.mark.parametrize("after", [" ca nô cứu hộ", " ca sĩ", " ca khúc mới"])
def test_words_that_open_with_ca_are_no_cases(after: str) -> None:
    # near misses: a canoe, a singer, a song are nouns of their own
    reading = read_unit(after)
    assert reading is None or reading.label != "ca"


# --- the scale words: one table (data/words/scale_words.csv), read once in numbers ------------------------------------

_SCALE_WORD = r"(?:tỷ|tỉ|triệu|nghìn|ngàn|vạn|ỷ|ỉ|hìn|àn)"
# two scale words side by side in a regex alternation ("triệu|nghìn", "(?:vạn\s+|nghìn\s+", "Ng(?:hìn|àn)"); "tỷ|tỉ"
# before "lệ", "trọng" or "suất" is the noun of a rate or a share in its two spellings, no scale
_INLINE_SCALE_LIST = re.compile(rf"(?<![^\W\d_])({_SCALE_WORD})(?:\\s[+*])?\|\(?(?:\?:)?(?!\1(?![^\W\d_])){_SCALE_WORD}"
                                r"(?![^\W\d_])(?!\)?(?:\\s[+*]|\|)\(?(?:\?:)?(?:lệ|trọng|suất))")


# every module of the library: a pattern anywhere that lists scale words takes them from numbers
@pytest.mark.parametrize("module", sorted(p.stem for p in Path(extraction.__file__).parent.glob("*.py")))
def test_no_pattern_writes_the_scale_words_inline(module: str) -> None:
    source = (Path(extraction.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] if line.lstrip().startswith("#") else line.split("  # ", 1)[0]
                     for line in source.splitlines())
    assert [m.group() for m in _INLINE_SCALE_LIST.finditer(code)] == []


def test_the_guard_finds_a_list_of_scale_words_but_not_the_rate_noun() -> None:
    assert _INLINE_SCALE_LIST.search(r'r"(?!\s*(?:%|tỷ|tỉ|triệu|nghìn)\b)"')
    assert _INLINE_SCALE_LIST.search(r'r"(?i:vạn\s+|nghìn\s+|ngàn\s+)?"')
    assert not _INLINE_SCALE_LIST.search(r'r"(?:tỷ|tỉ)\s+lệ\s+"')
    assert not _INLINE_SCALE_LIST.search(r'r"(?:1\s+vạn|vạn)"')  # one word twice is no list


def test_the_scale_words_and_their_values_come_from_one_table() -> None:
    rows = read_table("words/scale_words.csv")
    assert {row["words"]: float(row["value"]) for row in rows} == SCALE_WORD_VALUES
    assert set(SCALE_WORDS.split("|")) == set(SCALE_WORD_VALUES)
    assert BILLION_WORDS == "tỷ|tỉ|billion"
    assert THOUSAND_WORDS == "nghìn|ngàn"
    assert scale_words(1e4) == "vạn"


def test_the_english_scale_words_of_english_mixed_texts_scale_their_number() -> None:
    # "7,3 billion USD", "450 million USD": a billion and a million as an English-mixed text writes them (was a count)
    assert read_unit(" billion USD") == UnitReading("USD", 1e9, len(" billion USD"))
    assert read_unit(" million USD") == UnitReading("USD", 1e6, len(" million USD"))
    # near miss: a word that only starts with one is no scale
    reading = read_unit(" billions of USD")
    assert reading is None or reading.multiplier == 1.0


def test_ten_thousands_said_with_thousands_after_them_are_one_number() -> None:
    # a new row of the table joins every reader: "vạn" in a number said over two scales
    said = "hai vạn năm nghìn"
    assert NUMBER_IN_SCALES.fullmatch(said) and [g[:2] for g in scaled_groups(said)] == [(2, 1e4), (5, 1e3)]
    # near miss: scales that do not fall make no one number
    assert scaled_groups("hai nghìn ba vạn") is None


def test_dong_tien_after_a_number_is_money() -> None:
    # "đồng tiền mặt", "đồng tiền hỗ trợ": the currency, then the money it is
    assert read_unit(" đồng tiền mặt hỗ trợ các hộ") == UnitReading("VND", 1.0, 5)
    assert read_unit(" đồng tiền ủng hộ của nhân dân") == UnitReading("VND", 1.0, 5)


def test_coins_counted_are_no_money() -> None:
    # near misses: old coins or coins of metal, counted one by one
    assert read_unit(" đồng tiền cổ được phát hiện") is None
    assert read_unit(" đồng tiền xu bằng đồng") is None


@pytest.mark.parametrize(
    ("after", "reading"),
    [
        # a statistics table's short units: the currency "đ" after a capital scale and its dot, or run into a scale
        (" Tỷ.đ", UnitReading("VND", 1e9, 3)),
        (" Tỷ đ", UnitReading("VND", 1e9, 5)),
        (" tỷđ", UnitReading("VND", 1e9, 4)),
        (" Triệu.đ", UnitReading("VND", 1e6, 6)),
        # the tonne as a capital T and its dot
        (" T.", UnitReading("tonne", 1.0, 3)),
        (" T., tăng 2%", UnitReading("tonne", 1.0, 3)),
    ],
)
def test_short_units_of_statistics_tables(after: str, reading: UnitReading) -> None:
    assert read_unit(after) == reading


def test_what_only_looks_like_a_short_unit_stays_none() -> None:
    # near misses: a capital scale before no currency (a family name, a word in đ), an initial, a lower-case "t."
    assert read_unit(" Tỷ đường") is None
    assert read_unit(" T.H") is None
    assert read_unit(" t.") is None


def test_groups_of_a_number_in_words_may_be_parted_by_a_comma() -> None:
    said = "tám mươi sáu tỷ, ba trăm hai mươi triệu"
    assert NUMBER_IN_SCALES.fullmatch(said) and [g[:2] for g in scaled_groups(said)] == [(86, 1e9), (320, 1e6)]


@pytest.mark.parametrize(("after", "reading"), [
    # a scale word capitalised by a slip before a unit word in lower case scales that unit, as in lower case
    (" Nghìn tấn lúa", UnitReading("tonne", 1e3, 10)),
    (" Triệu lượt khách", UnitReading("visit", 1e6, 11)),
    (" Vạn ha", UnitReading("ha", 1e4, 7)),
    # near misses: a capital "Triệu" opening a name, or before a word no unit reads, is no scale
    (" Triệu Văn Hùng", None),
    (" Nghìn năm văn hiến", None),
])
def test_a_capitalised_scale_word_before_a_unit_in_lower_case_is_the_scale(
        after: str, reading: UnitReading | None) -> None:
    assert read_unit(after) == reading


def test_records_and_copies_are_counted_whole_not_as_villages() -> None:
    # "bản ghi", "bản sao": a record, a copy (a noun of two syllables), not "bản", a village
    assert read_unit(" bản ghi dữ liệu").label == "bản ghi"
    assert read_unit(" bản sao được chứng thực").label == "bản sao"
    # near-miss: "bản" alone is still the village
    assert read_unit(" bản đạt chuẩn").label == "bản"


def test_village_halls_are_a_count_of_their_own_no_houses() -> None:
    hall = read_unit(" nhà văn hóa khu phố được sửa chữa")
    assert (hall.unit, hall.label) == ("count", "nhà văn hóa")
    assert read_unit(" nhà văn hoá mới").unit == "count"
    # near miss: homes stay houses
    assert read_unit(" nhà bị tốc mái").unit == "house"


@pytest.mark.parametrize("after", [
    " nhà trẻ tư thục được cấp phép",
    " nhà thi đấu đa năng cấp huyện",
    " nhà hàng đạt chuẩn du lịch",
    " nhà lưới trồng dưa",
    " nhà cung cấp dịch vụ",
])
def test_buildings_and_trades_named_with_nha_are_no_houses(after: str) -> None:
    # (no unit word: the noun counted is read whole after the number, as "nhà máy" is)
    assert read_unit(after) is None


def test_homes_named_with_nha_stay_houses() -> None:
    # near misses: a home, a neighbour's home, homes counted per time they were hit
    assert read_unit(" nhà ở xã hội").unit == "house"
    assert read_unit(" nhà hàng xóm bị cháy lan").unit == "house"
    assert read_unit(" lượt nhà bị ngập sâu").unit == "house"


def test_a_capitalised_scale_before_a_units_symbol_in_capitals_is_the_scale() -> None:
    # "Tỷ KWh": the scale's capital by a slip, the symbol's capital its own
    assert read_unit(" Tỷ KWh điện") == UnitReading("count", 1e9, 7, "KWh")
    assert read_unit(" Triệu MWh") == UnitReading("count", 1e6, 10, "MWh")
    assert read_unit(" Triệu Văn Nam") is None


def test_customers_transactions_and_drivers_after_a_scale_word_are_counted_no_money() -> None:
    # a bank counts its customers and transactions in thousands or millions; a transport office its drivers
    assert read_unit(" nghìn khách hàng được vay vốn") == UnitReading("count", 1e3, 17, "khách hàng")
    assert read_unit(" triệu giao dịch qua ngân hàng") == UnitReading("count", 1e6, 16, "giao dịch")
    assert read_unit(" nghìn tài xế").unit == "person"
    # near-miss: the scale word before a currency, or alone, stays money; a teller is no transaction
    assert read_unit(" triệu đồng mỗi giao dịch").unit == "VND"
    assert read_unit(" giao dịch viên") != UnitReading("count", 1.0, 9, "giao dịch")


@pytest.mark.parametrize(
    "after, unit, label",
    [
        (" nghìn cử tri đi bầu", "person", None),
        (" nghìn độc giả", "person", None),
        (" triệu bưu gửi", "count", "bưu gửi"),
        (" nghìn container hàng", "count", "container"),
        (" triệu cổ phiếu", "count", "cổ phiếu"),
        (" nghìn vé xem phim", "count", "vé"),
        (" nghìn phương tiện qua cửa khẩu", "count", "phương tiện"),
    ],
)
def test_voters_readers_parcels_tickets_and_vehicles_after_a_scale_word_are_no_money(
    after: str, unit: str, label: str | None
) -> None:
    reading = read_unit(after)
    assert (reading.unit, reading.label) == (unit, label)
    assert reading.multiplier in (1e3, 1e6)


def test_one_accented_unit_word_in_capitals_is_read() -> None:
    # "TỔNG SỐ HỘ 820 HỘ", "1.250 NGƯỜI": a headline's unit word in capitals, one word alone
    assert read_unit(" NGƯỜI").unit == "person"
    assert read_unit(" HỘ.").unit == "household"
    # near-miss: a capitalised word that opens a name is no unit, nor is an abbreviation with a Đ read in lower case
    assert read_unit(" Người") is None
    assert read_unit(" ĐVHC cấp xã") is None


def test_a_score_with_its_index_named_after_it_is_in_points() -> None:
    # "được 66,5 điểm SIPAS": the index named after "điểm" makes it a score, not spots counted
    for after in (" điểm SIPAS năm nay", " điểm chỉ số PAPI", " điểm PAR INDEX"):
        reading = read_unit(after)
        assert reading is not None and reading.unit == "point", after
    reading = read_unit(" điểm ATM mới")  # near-miss: automated tellers' sites are counted
    assert reading is not None and reading.unit == "count"



def test_grams_per_litre_are_a_count_labelled_so() -> None:
    # the salt in water ("độ mặn 8,4 g/l"): no contract unit, a count labelled by its sign
    assert read_unit(" g/l, tại") == UnitReading("count", 1.0, 4, "g/l")
    assert read_unit("g/lít") == UnitReading("count", 1.0, 5, "g/l")


def test_a_meter_is_no_money_and_a_yield_may_name_its_crop() -> None:
    # "đồng hồ" (a meter, a clock) is no money; a yield with its crop between the weight and the area is a yield
    assert read_unit(" đồng hồ nước") is None
    assert read_unit(" tấn nhân/ha") == UnitReading("quintal_per_ha", 10.0, 12)
    assert read_unit(" tạ thóc/ha").unit == "quintal_per_ha"
    # near misses: money before another word, tonnes of goods with no area
    assert read_unit(" đồng hỗ trợ").unit == "VND"
    assert read_unit(" tấn hàng hóa").unit == "tonne"
