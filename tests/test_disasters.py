"""Disaster rules (orchestration/extraction/disasters.py), one test per rule, real report phrasings."""

from orchestration.extraction.disasters import locations_in
from orchestration.extraction.routing import route_in_text

MAY = (
    "Trong tháng 5, trên địa bàn tỉnh có mưa vừa, mưa to đến rất to và dông, trong đó mưa to tập trung tại "
    "các huyện Ba Bể, Pác Nặm, Chợ Đồn gây ra lũ quét và sạt lở đất, thiệt hại về người: 04 người chết và 03 "
    "người bị thương; thiệt hại về nhà ở: 92 nhà bị sạt lở, nứt tường, lún nền, hư hỏng do mưa lũ; thiệt hại "
    "về nông nghiệp: 360,2ha lúa và ngô hoa màu bị thiệt hại; thiệt hại về chăn nuôi, thuỷ sản: 120 con bò; "
    "16,2ha thuỷ sản ở huyện Ba Bể; ước tính các thiệt hại khoảng 47 tỷ đồng."
)


def test_people_and_cause_hazards():
    dead = route_in_text(MAY, "04")
    assert dead.table == "disasters" and dead.fields["impact"] == "deaths"
    # in the order the text names them; a flash flood is always the rain's
    assert dead.fields["hazards"] == ["heavy_rain", "flash_flood", "landslide"]
    assert route_in_text(MAY, "03").fields["impact"] == "injured"


def test_damage_categories():
    assert route_in_text(MAY, "92").fields["impact"] == "houses_damaged"
    assert route_in_text(MAY, "360,2").fields["impact"] == "crops"
    assert route_in_text(MAY, "120").fields["impact"] == "livestock"
    assert route_in_text(MAY, "16,2").fields["impact"] == "aquaculture"
    assert route_in_text(MAY, "47").fields["impact"] == "economic_loss"


def test_hazard_words_after_the_damage_are_not_causes():
    # "hư hỏng do mưa lũ" describes the damage: no "flood" among the causes
    assert "flood" not in route_in_text(MAY, "360,2").fields["hazards"]


def test_locations_list_and_own_location():
    assert route_in_text(MAY, "04").fields["locations"] == ["Ba Bể", "Pác Nặm", "Chợ Đồn"]
    assert route_in_text(MAY, "16,2").fields["locations"] == ["Ba Bể"]
    assert locations_in("tại các huyện Ba Bể, Pác Nặm và Chợ Đồn") == ["Ba Bể", "Pác Nặm", "Chợ Đồn"]


def test_event_counts_take_their_own_hazards():
    text = (
        "Trong 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 03 đợt rét đậm, rét hại, kèm mưa nhỏ, mưa "
        "phùn, 08 đợt mưa vừa đến mưa to kèm dông lốc, gió giật mạnh, gây ra lũ, lụt, sạt lở đất, tốc mái "
        "nhà,... làm chết 07 người; 05 công trình thủy lợi bị hư hỏng; nhiều tuyến đường giao thông bị sạt "
        "lở khối lượng khoảng 50.000m³."
    )
    cold = route_in_text(text, "03")
    assert cold.fields["impact"] == "events" and cold.fields["hazards"] == ["cold"]
    rain = route_in_text(text, "08")
    assert set(rain.fields["hazards"]) == {"heavy_rain", "whirlwind"}
    dead = route_in_text(text, "07")
    assert set(dead.fields["hazards"]) == {"heavy_rain", "whirlwind", "flood", "landslide"}
    assert route_in_text(text, "05").fields["impact"] == "infrastructure"
    assert route_in_text(text, "50.000").fields["impact"] == "infrastructure"


def test_cold_waves_by_name():
    text = (
        "Trong 6 tháng đầu năm 2025 trên địa bàn tỉnh xảy các đợt thiên tai gồm 03 đợt gió mùa Đông Bắc "
        "và 01 đợt không khí lạnh tăng cường và rét trên một số khu vực."
    )
    assert route_in_text(text, "03").fields["hazards"] == ["cold"]
    assert route_in_text(text, "01").fields["hazards"] == ["cold"]


def test_hazard_from_an_earlier_sentence_and_square_metres():
    text = (
        "Xảy ra 02 đợt mưa lớn làm ảnh hưởng về giao thông. Thiệt hại: nhà ở bị tốc mái 21 nhà ở; 02 nhà "
        "văn hóa; 01 cột điện bị đổ; thiệt hại về cây cối hoa màu diện tích khoảng 500m2; tổng thiệt hại ước "
        "trên 200 triệu đồng."
    )
    assert route_in_text(text, "21").fields["hazards"] == ["heavy_rain"]
    culture = route_in_text(text, "02", occurrence=2)
    assert culture.fields["impact"] == "infrastructure" and culture.unit == "count"
    assert route_in_text(text, "01").fields["impact"] == "infrastructure"
    assert route_in_text(text, "500").fields["impact"] == "crops"
    # "500m<sup>2</sup>" after the layout blanks the superscript: metres of an area are m²
    lost = route_in_text(text.replace("500m2;", "500m     ;"), "500")
    assert lost.fields["impact"] == "crops" and lost.unit == "ha" and abs(lost.value - 0.05) < 1e-9
    assert route_in_text(text, "200").fields["impact"] == "economic_loss"


def test_forest_fire_is_wildfire_but_violations_are_not_disasters():
    text = (
        "tỉnh đã phát hiện và lập biên bản xử lý 182 vụ vi phạm Luật Lâm nghiệp, tịch thu 174 m³ gỗ các "
        "loại; xảy ra 01 vụ cháy trên đất lâm nghiệp thiệt hại 0,133 ha rừng trồng chưa thành rừng."
    )
    assert route_in_text(text, "182") is None
    assert route_in_text(text, "174") is None
    fire = route_in_text(text, "01")
    assert fire.fields["impact"] == "events" and fire.fields["hazards"] == ["wildfire"]
    assert route_in_text(text, "0,133").fields["impact"] == "forest"


def test_traffic_accidents_are_not_disasters():
    text = "Trong 6 tháng đầu năm, xảy ra 42 vụ tai nạn giao thông làm 09 người chết, 50 người bị thương."
    assert route_in_text(text, "09") is None


def test_each_count_of_people_takes_the_words_after_it() -> None:
    text = "Bão số 3 làm 52 người chết, 7 người mất tích, 48 người bị thương."
    assert route_in_text(text, "52").fields["impact"] == "deaths"
    assert route_in_text(text, "7").fields["impact"] == "missing"
    assert route_in_text(text, "48").fields["impact"] == "injured"
