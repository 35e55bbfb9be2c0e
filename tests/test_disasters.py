"""Disaster rules (orchestration/extraction/disasters.py), one test per rule, real report phrasings."""

from orchestration.extraction import extract_document, extraction_to_json_rows
from orchestration.extraction.disasters import before_first_figure, hazards_in, locations_in
from orchestration.extraction.figures import find_figures
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


def test_malaria_is_a_disease_not_the_cold():
    # "sốt rét" (malaria) holds the cold's word "rét": a death from it is no disaster's, a cold spell's still is
    assert hazards_in("Trong tháng ghi nhận 3 ca sốt rét, 1 ca tử vong.") == []
    assert hazards_in("Đợt rét đậm làm 12 con trâu bị chết.") == ["cold"]


def test_a_river_over_its_banks_is_a_flood() -> None:
    # "tràn bờ", "tràn đê": the water of a river, stream or canal over its banks or a dyke
    assert hazards_in("Nước suối tràn bờ, 9 ha ngô bị ảnh hưởng.") == ["flood"]
    assert hazards_in("Lũ sông Lam tràn đê bao làm 40 nhà bị ngập.") == ["flood"]
    assert route_in_text("Suối Nà Lạn tràn bờ, 9 ha ngô bị ảnh hưởng.", "9").fields["hazards"] == ["flood"]


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
    # the dot of a thousand is no end of the clause that names the accident
    accident = "Mưa lớn làm 3 nhà bị hư hỏng. Tai nạn giao thông xảy ra 1.250 vụ, làm chết 18 người."
    assert route_in_text(accident, "18") is None


def test_a_hazard_word_is_no_prefix_of_a_longer_syllable() -> None:
    # "chết khô" (plants dried to death) is the drought's; "chết không quá" is a cap on the dead, of no hazard
    assert route_in_text("Năm tới, số người chết không vượt quá 45 người.", "45") is None
    assert route_in_text("Nắng nóng làm 30 ha cà phê chết khô.", "30").fields["hazards"] == ["drought"]


def test_each_count_of_people_takes_the_words_after_it() -> None:
    text = "Bão số 3 làm 52 người chết, 7 người mất tích, 48 người bị thương."
    assert route_in_text(text, "52").fields["impact"] == "deaths"
    assert route_in_text(text, "7").fields["impact"] == "missing"
    assert route_in_text(text, "48").fields["impact"] == "injured"


# --- a bulletin: causes stated once, damage listed after it -----------------------------------


def damage(text: str) -> dict[float, tuple[str, set[str]]]:
    """The disaster rows of a whole text (several paragraphs): value → (impact, hazards)."""
    rows = extraction_to_json_rows(extract_document(text.encode("utf-8"), "ban_tin.txt"))
    return {r["value"]: (r["impact"], set(r["hazards"])) for r in rows if r.get("table") == "disasters"}


def test_a_cause_stated_paragraphs_before_reaches_the_damage_listed_after_it() -> None:
    text = (
        "Từ ngày 3/10, mưa lũ làm 27 nhà bị hư hỏng.\n\n"
        "Về nông nghiệp: 140 ha lúa bị thiệt hại; 900 con gia cầm bị chết.\n\n"
        "Tổng thiệt hại ước khoảng 35 tỷ đồng."
    )
    found = damage(text)
    assert found[140] == ("crops", {"heavy_rain", "flood"})
    assert found[900] == ("livestock", {"heavy_rain", "flood"})
    assert found[35e9] == ("economic_loss", {"heavy_rain", "flood"})


def test_a_bare_lu_is_the_kind_of_flood_the_text_is_about() -> None:
    flash = "Đêm 2/8, lũ quét xảy ra tại xã Nậm Pồ. Mưa lũ đã làm 6 nhà bị cuốn trôi."
    assert damage(flash)[6] == ("houses_destroyed", {"heavy_rain", "flash_flood"})
    river = "Nước sông lên nhanh gây ngập lụt. Mưa lũ đã làm 6 nhà bị cuốn trôi."
    assert damage(river)[6] == ("houses_destroyed", {"heavy_rain", "flood"})


def test_a_bare_lu_beside_a_gauges_crest_is_the_river_flood() -> None:
    text = ("Nước lũ lên nhanh làm 4 người chết. Mực nước sông Mã đạt đỉnh lũ vượt báo động 3. "
            "Lũ quét tại một bản làm sạt lở đường.")
    assert damage(text)[4] == ("deaths", {"flood"})


def test_the_clause_own_cause_of_a_place_breakdown() -> None:
    text = "Đợt mưa lũ làm 9 người chết (Sơn Hà: 5 người chết do sạt lở đất vùi nhà; Ba Tơ: 4 người bị lũ cuốn trôi)."
    found = damage(text)
    assert found[9] == ("deaths", {"heavy_rain", "flood"})
    assert found[5] == ("deaths", {"landslide"})
    assert found[4] == ("deaths", {"flood"})  # the parenthesis is about deaths


def test_how_the_thing_was_hit_adds_its_hazard() -> None:
    text = "Mưa lớn làm 12 nhà bị sạt lở, 30 ha lúa bị ngập; 800m kè bị sạt lở."
    found = damage(text)
    assert found[12][1] == {"heavy_rain", "landslide"}
    assert found[30][1] == {"heavy_rain", "flood"}
    # a flood cause is not doubled by a flood word
    assert damage("Lũ lớn làm 40 nhà bị ngập sâu.")[40][1] == {"flood"}


def test_banks_and_coasts_worn_away_are_erosion_alone() -> None:
    text = "Mưa lớn kéo dài làm 15 nhà bị hư hỏng; 700m bờ sông Mã bị sạt lở nghiêm trọng."
    found = damage(text)
    assert found[15][1] == {"heavy_rain"}
    assert found[0.7] == ("infrastructure", {"landslide"})


def test_rain_a_storm_brought_is_the_storm_damage_too() -> None:
    text = "Do ảnh hưởng của bão số 4, đêm 12/9 tỉnh có mưa to.\n\nMưa lớn đã làm 18 ngôi nhà bị tốc mái."
    found = damage(text)
    assert found[18][1] == {"storm", "heavy_rain"}
    assert 4 not in found  # the storm's number is its name


def test_storm_and_rain_names_the_whole_event() -> None:
    text = "Mưa bão đã làm 3 người chết. Nhiều nơi ngập lụt, sạt lở đất kéo dài."
    assert damage(text)[3][1] == {"storm", "heavy_rain", "flood", "landslide"}


def test_a_sentence_going_on_with_the_one_before_adds_its_cause() -> None:
    text = (
        "Đợt lũ quét, sạt lở đất ngày 5/7 gây thiệt hại lớn cho huyện Mường Lát. "
        "Theo đó, lũ quét đã làm 11 nhà bị đổ, trôi."
    )
    assert damage(text)[11] == ("houses_destroyed", {"heavy_rain", "flash_flood", "landslide"})


def test_a_bare_list_details_the_statement_before_it() -> None:
    text = (
        "Mưa to kéo dài làm hàng trăm hecta lúa vụ mùa bị ngập úng. Số liệu các huyện: Yên Thành 120ha, Đô Lương 85ha."
    )
    found = damage(text)
    assert found[120] == ("crops", {"heavy_rain", "flood"})
    assert found[85] == ("crops", {"heavy_rain", "flood"})


def test_a_text_that_opens_on_the_damage_names_its_cause_later() -> None:
    text = "Trong đó, 7 ngôi nhà bị tốc mái hoàn toàn. Cây cối bị mưa đá và lốc xoáy làm gãy đổ."
    assert damage(text)[7] == ("houses_damaged", {"hail", "whirlwind"})


def test_evacuations_and_relief_are_not_damage() -> None:
    text = (
        "Mưa lũ làm 20 nhà bị ngập. Bên cạnh đó, 450 hộ dân tại các vùng ngập lụt, sạt lở đã được di dời. "
        "Huyện đã hỗ trợ kịp thời 16 hộ bị thiệt hại do lốc."
    )
    found = damage(text)
    assert 20 in found and 450 not in found and 16 not in found


def test_clause_causes_of_a_list_reach_its_bare_items() -> None:
    text = "Mưa lớn, lũ quét làm 30 nhà bị hư hỏng. Gần 70 con lợn, 900 con gà bị chết do ngập úng."
    assert damage(text)[70][1] == {"heavy_rain", "flood"}


# --- what a figure counts ---------------------------------------------------------------------


def test_people_read_by_the_first_word_after_them_or_the_verb_before() -> None:
    text = "Lũ quét làm 14 người chết và mất tích, 6 người thương vong; nước lũ cuốn trôi 3 người."
    assert route_in_text(text, "14").fields["impact"] == "deaths"
    assert route_in_text(text, "6").fields["impact"] == "deaths"
    assert route_in_text(text, "3").fields["impact"] == "deaths"


def test_houses_destroyed_only_when_no_lighter_damage_is_counted_with_them() -> None:
    assert route_in_text("Lốc xoáy làm 25 nhà bị sập, tốc mái.", "25").fields["impact"] == "houses_damaged"
    assert route_in_text("Lũ làm 25 nhà bị đổ, trôi.", "25").fields["impact"] == "houses_destroyed"
    # a breakdown in parentheses counts what its head counts
    text = "Lũ làm 25 nhà bị đổ, trôi (Mường Lát: 15 nhà; Quan Sơn: 10 nhà)."
    assert route_in_text(text, "15").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "10").fields["impact"] == "houses_destroyed"


def test_spots_count_only_on_roads() -> None:
    text = "Mưa lớn làm 15 điểm sạt lở trên các tuyến đường huyện; ngập úng cục bộ tại 20 điểm trong thành phố."
    assert route_in_text(text, "15").fields["impact"] == "infrastructure"
    assert route_in_text(text, "20") is None


def test_boats_ponds_fish_and_livestock_without_con() -> None:
    text = "Mưa lũ làm 3 thuyền bị chìm, 12 ao cá bị vỡ, 400kg cá bị cuốn trôi, 2.500 gia cầm bị chết."
    assert route_in_text(text, "3").fields["impact"] == "infrastructure"
    assert route_in_text(text, "12").fields["impact"] == "aquaculture"
    assert route_in_text(text, "400").fields["impact"] == "aquaculture"
    poultry = route_in_text(text, "2.500")
    assert poultry.fields["impact"] == "livestock" and (poultry.unit or "head") == "head"
    assert next(f for f in find_figures(text) if f.token == "2.500").unit == "head"  # (animals by their kind: head)


def test_forestry_area_and_burnt_forest() -> None:
    text = "Bão làm 300 ha lúa bị ảnh hưởng; về lâm nghiệp, có 120 ha bị ảnh hưởng."
    assert route_in_text(text, "300").fields["impact"] == "crops"
    assert route_in_text(text, "120").fields["impact"] == "forest"
    assert "wildfire" in route_in_text("Nắng nóng làm 40 ha rừng bị cháy.", "40").fields["hazards"]


def test_flood_depth_is_not_damage_and_cases_of_a_hazard_are_events() -> None:
    assert [f.token for f in find_figures("Lũ làm 60 nhà bị ngập sâu 2m.")] == ["60"]  # the depth is no figure
    events = route_in_text("Năm qua xảy ra 9 vụ sạt lở bờ sông.", "9")
    assert events.fields["impact"] == "events" and events.fields["hazards"] == ["landslide"]


def test_a_place_breakdown_of_the_dead_is_not_read_from_the_next_count() -> None:
    text = "Mưa lũ làm 5 người chết (huyện Hương Khê 3 người, huyện Vũ Quang 2 người), 4 người bị thương."
    assert route_in_text(text, "3").fields["impact"] == "deaths"
    assert route_in_text(text, "2").fields["impact"] == "deaths"
    assert route_in_text(text, "4").fields["impact"] == "injured"
    assert route_in_text("Mưa lớn làm 2 người bị nước cuốn trôi.", "2").fields["impact"] == "deaths"


def test_school_sites_and_relief_money() -> None:
    text = "Lốc xoáy làm tốc mái 640 nhà, 04 điểm trường. Tỉnh hỗ trợ 1.640 hộ bị thiệt hại với kinh phí 3,2 tỷ đồng."
    assert route_in_text(text, "04").fields["impact"] == "infrastructure"
    assert route_in_text(text, "3,2") is None


def test_more_ways_to_name_the_dead_the_missing_and_what_was_hit() -> None:
    text = "Bão làm 3 người tử nạn, 5 ngư dân mất liên lạc; 7 phương tiện bị chìm; 12 tấn lúa bị ướt."
    assert route_in_text(text, "3").fields["impact"] == "deaths"
    assert route_in_text(text, "7").fields["impact"] == "infrastructure"
    assert route_in_text(text, "12").fields["impact"] == "crops"
    assert route_in_text("Lũ làm 2 người mất liên lạc.", "2").fields["impact"] == "missing"


def test_houses_at_risk_count_only_among_hit_houses() -> None:
    alone = "Mưa lớn làm 9 nhà bị sạt lở, 4 nhà có nguy cơ sạt lở đã được di chuyển."
    assert route_in_text(alone, "4") is None
    listed = "Mưa lớn làm 30 nhà bị ảnh hưởng, trong đó 6 nhà nằm trong vùng nguy cơ sạt lở."
    assert route_in_text(listed, "6").fields["impact"] == "houses_damaged"


def test_hazard_words_after_a_figure_describe_damage_not_a_cause() -> None:
    text = (
        "Báo cáo thiệt hại do mưa lũ ngày 5/8.\n\n"
        "Về giao thông: 25 điểm sạt lở với khối lượng khoảng 15.000 m3 đất đá; 2 cầu tạm bị cuốn trôi."
    )
    found = damage(text)
    assert found[15000][1] == {"heavy_rain", "flood", "landslide"}
    assert found[2][1] == {"heavy_rain", "flood"}


def test_a_part_of_a_sentence_may_name_its_own_cause() -> None:
    text = "Mưa bão làm cây gãy đổ tại 12 vị trí trên quốc lộ; ngập úng tại 9 vị trí trên đường tỉnh."
    assert route_in_text(text, "9").fields["hazards"] == ["flood", "heavy_rain"]


def test_a_storm_that_only_dates_the_damage_is_not_its_cause() -> None:
    after = route_in_text("Sau bão số 6 (Trà Mi), mưa lũ, sạt lở đất làm 8 người chết.", "8")
    assert set(after.fields["hazards"]) == {"heavy_rain", "flood", "landslide"}
    brought = route_in_text("Bão số 6 và hoàn lưu sau bão gây mưa lớn làm 8 người chết.", "8")
    assert set(brought.fields["hazards"]) == {"storm", "heavy_rain"}


def test_under_a_word_for_the_whole_event_each_damage_is_the_part_that_did_it() -> None:
    text = (
        "Mưa bão gây ngập lụt, sạt lở đất, làm 4 người chết. Trong đó có 90 nhà bị ngập nước. "
        "Về giao thông, mưa bão làm cây gãy đổ tại 14 vị trí trên quốc lộ; 31 vị trí sạt lở trên đường huyện. "
        "Toàn tỉnh có 700 ha lúa bị ảnh hưởng."
    )
    found = damage(text)
    whole = {"storm", "heavy_rain", "flood", "landslide"}
    assert found[4][1] == whole and found[700][1] == whole
    assert found[90][1] == {"flood"}
    assert found[14][1] == {"storm"}
    assert found[31][1] == {"landslide"}


def test_damage_blamed_on_something_else_borrows_no_hazard() -> None:
    text = (
        "Trong tháng, mưa lớn làm 15 nhà bị hư hỏng.\n\n"
        "Về chăn nuôi, 250 con gia súc bị chết do bệnh lở mồm long móng; 30 ha lúa bị hư hại do sâu bệnh. "
        "Có 12 người chết do ngộ độc thực phẩm."
    )
    assert set(damage(text)) == {15}


def test_no_cause_is_lent_into_a_section_on_something_else() -> None:
    text = (
        "2. Tình hình thiên tai\n"
        "Trong tháng, mưa lớn làm 15 nhà bị hư hỏng.\n\n"
        "3. Văn hóa - xã hội\n"
        "Trong kỳ xảy ra 4 vụ đuối nước làm 5 trẻ em tử vong."
    )
    assert set(damage(text)) == {15}
    # a heading about the damage itself keeps the cause stated above it
    bulletin = "Thiệt hại do mưa lũ ngày 5/8\n\nII. THIỆT HẠI\n\n1. Về người: 2 người chết, 1 người bị thương."
    assert damage(bulletin)[2] == ("deaths", {"heavy_rain", "flood"})


def test_the_verb_before_a_count_of_houses_says_what_happened_to_them() -> None:
    assert route_in_text("Mưa lốc làm sập hai căn nhà tại xã A.", "hai").fields["impact"] == "houses_destroyed"
    assert route_in_text("Lũ cuốn trôi 3 ngôi nhà của người dân.", "3").fields["impact"] == "houses_destroyed"
    assert route_in_text("Bão làm tốc mái 50 nhà.", "50").fields["impact"] == "houses_damaged"


def test_a_place_said_with_one_count_is_not_the_next_ones() -> None:
    text = "Mưa lũ làm 03 người chết; 01 người mất tích tại xã Hóa Sơn; 07 người bị thương."
    assert [route_in_text(text, t).fields["locations"] for t in ("03", "01", "07")] == [[], ["Hóa Sơn"], []]
    text = "Mưa lũ tại huyện Bát Xát làm 3 người chết; 5 nhà bị sập."  # the place the sentence opens with
    assert [route_in_text(text, t).fields["locations"] for t in ("3", "5")] == [["Bát Xát"], ["Bát Xát"]]


def test_breakdown_of_a_figure_qualified_by_a_percentage():
    # "trên 70%" only qualifies the houses: the parenthesis details "nhà bị sập đổ"
    text = "Mưa lũ làm 52 nhà bị sập đổ, thiệt hại trên 70% (Lai Châu: 12 nhà; Hà Giang: 40 nhà)."
    assert route_in_text(text, "12").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "40").fields["impact"] == "houses_destroyed"


def test_breakdown_of_crop_areas_by_place():
    text = "Mưa lũ còn làm hơn 900 ha lúa, hoa màu bị thiệt hại (Sơn La: 500ha; Lào Cai: 250ha; Yên Bái: 150ha)."
    assert route_in_text(text, "150").fields["impact"] == "crops"
    assert route_in_text(text, "250").fields["impact"] == "crops"


def test_an_area_takes_only_its_own_words():
    text = "Mưa lớn làm 2,5ha rừng, 40 ha hoa màu và 3ha ao nuôi cá bị thiệt hại."
    assert route_in_text(text, "2,5").fields["impact"] == "forest"
    assert route_in_text(text, "40").fields["impact"] == "crops"
    assert route_in_text(text, "3").fields["impact"] == "aquaculture"


def test_houses_of_a_second_verb_are_its_own():
    text = "Lũ quét đã làm 5 nhà sập hoàn toàn và làm ngập 30 ngôi nhà khác."
    assert route_in_text(text, "5").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "30").fields["impact"] == "houses_damaged"


def test_school_building_is_infrastructure():
    routed = route_in_text("Dông lốc làm 3 nhà lớp học bị tốc mái.", "3")
    assert routed.fields["impact"] == "infrastructure" and routed.fields["unit_label"] == "nhà lớp học"


def test_a_restaurant_or_a_church_hit_is_a_building_not_a_home():
    # the buildings a town's trade and worship use, as numbers reads them, are no houses hit
    text = "Lốc xoáy làm tốc mái 4 nhà hàng, 2 nhà thờ và 15 nhà hàng xóm quanh chợ."
    for count, label in (("4", "nhà hàng"), ("2", "nhà thờ")):
        routed = route_in_text(text, count)
        assert routed.fields["impact"] == "infrastructure" and routed.fields["unit_label"] == label
    assert route_in_text(text, "15").fields["impact"] == "houses_damaged"


def test_people_counted_as_cases_or_lives():
    case = route_in_text("Mưa lớn, lũ quét làm 2 trường hợp tử vong tại xã Nậm Cang.", "2")
    assert case.table == "disasters" and case.fields["impact"] == "deaths" and case.unit == "person"
    lives = route_in_text("Cơn bão đã làm mất tích 3 nhân mạng trên biển.", "3")
    assert lives.table == "disasters" and lives.fields["impact"] == "missing" and lives.unit == "person"


def test_place_between_people_and_what_happened():
    text = "Dông lốc làm 3 người ở các xã Chiềng Ban, Mường Bú bị thương."
    assert route_in_text(text, "3").fields["impact"] == "injured"


def test_classifier_takes_the_noun_before():
    text = "Bão làm 5 người bị thương; số ghe, xuồng bị chìm, hư hỏng 40 chiếc."
    assert route_in_text(text, "40").fields["impact"] == "infrastructure"


def test_no_count_across_a_blank_line():
    # the seconds of a time stamp and the next paragraph's "Cơn lũ" are no event count
    # (figures.py reads a clock time with seconds as no figure at all; the rows must hold either way)
    text = "Lũ trên sông Chảy 12/9/2020 10:30:05\n\nCơn lũ làm 4 nhà bị ngập."
    # in a whole document the blank line is gone from the clean text: the clock time still tells
    assert 5.0 not in _disaster_rows(text)


def test_rock_fall_is_a_landslide_not_another_cause():
    text = "Mưa lớn kèm dông lốc gây nhiều thiệt hại. Tại xã Chiềng Ơn, 1 người chết do đá lăn trúng khi làm nương."
    routed = route_in_text(text, "1")
    assert routed.table == "disasters" and routed.fields["hazards"] == ["landslide"]
    # the hail of "mưa đá" is no rock fall
    assert "landslide" not in route_in_text("Mưa đá làm 20 nhà bị thủng mái.", "20").fields["hazards"]


def test_cattle_dead_of_cold_name_the_cold():
    # the sentence before names the cold but no damage: the cattle say how they died
    text = "Rét đậm kéo dài nhiều ngày ở vùng cao. Các huyện có 120 con trâu, bò bị chết rét."
    assert route_in_text(text, "120").fields["hazards"] == ["cold"]


def test_drought_damage_words():
    text = "Tại hai huyện phía tây có hơn 800 ha lúa bị hạn."
    assert route_in_text(text, "800").fields == {"hazards": ["drought"], "impact": "crops", "locations": []}
    text = "Nắng nóng kéo dài nhiều tuần. Hơn 50 ha cà phê đang chết khô."
    assert route_in_text(text, "50").fields["hazards"] == ["drought"]
    # "bị hạn chế" (restricted) is no drought
    assert route_in_text("Sản xuất bị hạn chế, 30 ha lúa chưa gieo cấy.", "30") is None


def test_days_named_by_ngay_are_no_figures():
    # "19, 20-7" are days: the sentence still names its cause before the damage
    text = "Trong hai ngày 19, 20-7, mưa dông, lốc, sét đã gây nhiều thiệt hại. Theo đó, 6 người bị thương."
    assert route_in_text(text, "6").fields["hazards"] == ["whirlwind", "lightning"]


def test_wind_effects_are_the_weather_not_another_cause():
    text = "Dông lốc quét qua tỉnh gây nhiều thiệt hại. Có 2 người bị thương do mái tôn bay vào người."
    routed = route_in_text(text, "2")
    assert routed.table == "disasters" and routed.fields["hazards"] == ["whirlwind"]


def test_breakdown_by_cause():
    text = "Ước tính, thiên tai đã gây thiệt hại gần 900 tỷ đồng, trong đó do lốc xoáy, mưa đá khoảng 120 tỷ đồng."
    routed = route_in_text(text, "120")
    assert routed.fields["impact"] == "economic_loss" and routed.fields["hazards"] == ["whirlwind", "hail"]


def test_breakdown_items_take_their_heads_verb():
    text = "Lũ quét làm hai nhà bị cuốn trôi hoàn toàn (bản Pá Khoang một nhà, bản Huổi Lếch 1 nhà)."
    assert route_in_text(text, "1").fields["impact"] == "houses_destroyed"


def test_breakdown_of_evacuated_houses_is_no_damage():
    text = "Mưa lũ làm 12 nhà bị sập; 80 nhà phải di dời khẩn cấp (Sơn La: 50 nhà; Lai Châu: 30 nhà)."
    assert route_in_text(text, "12").table == "disasters"
    for token in ("50", "30"):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters"


def test_areas_detailing_another_area():
    text = (
        "Bão làm diện tích lúa bị đổ ngã, ngập úng là 1.500ha (Bạc Liêu 900ha, Cà Mau 600ha), "
        "trong đó hư hại là 300ha tại Bạc Liêu."
    )
    assert route_in_text(text, "600").fields["impact"] == "crops"
    assert route_in_text(text, "300").fields["impact"] == "crops"


def test_bare_area_takes_the_kind_named_before_it():
    text = "Hạn hán làm Đắk Lắk có 5.000 ha cà phê khô hạn, Gia Lai có 700 ha."
    assert route_in_text(text, "700").fields["impact"] == "crops"


def test_a_change_is_no_count_of_damage():
    text = "Mưa lũ đã làm 6 người chết (tăng 2 người tại Hà Giang)."
    assert route_in_text(text, "6").table == "disasters"
    routed = route_in_text(text, "2")
    assert routed is None or routed.table != "disasters"


def test_thunderstorm_is_no_typhoon():
    text = "Chiều 5/4, mưa lớn kèm giông bão làm tốc mái 40 nhà dân."
    assert route_in_text(text, "40").fields["hazards"] == ["heavy_rain", "whirlwind"]


def test_rain_after_a_storm_is_the_storms():
    text = "Hoàn lưu sau bão số 4 đã làm 3 người chết."
    assert route_in_text(text, "3").fields["hazards"] == ["storm", "heavy_rain"]


def test_a_passive_lists_several_verbs():
    # "ngập úng" is how the rice was hit, not the cause: the storm stated before is
    text = "Bão số 2 gây nhiều thiệt hại. Diện tích lúa bị đổ ngã, ngập úng là 1.200ha."
    assert route_in_text(text, "1.200").fields["hazards"] == ["storm", "flood"]


def test_cut_slope_slides_are_landslides():
    text = "Lũ quét làm 5 nhà bị ngập và 4 nhà bị sạt ta luy."
    assert "landslide" in route_in_text(text, "4").fields["hazards"]


def _disaster_rows(text: str) -> dict[float, dict]:
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    return {row["value"]: row for row in rows if row["table"] == "disasters"}


def test_detail_sentence_after_a_sentence_of_damage():
    # the cause is stated paragraphs before; "Trong đó" details the houses of the sentence before
    text = (
        "Mưa đá, dông lốc gây thiệt hại ở nhiều tỉnh miền núi.\n\nTheo thống kê, 2 người bị thương.\n\n"
        "Ngoài ra, có 500 ngôi nhà tốc mái, hư hỏng. Trong đó, Yên Bái có 120 nhà, Lai Châu 80 nhà.\n"
    )
    rows = _disaster_rows(text)
    assert rows[120.0]["impact"] == "houses_damaged" and rows[120.0]["hazards"] == ["hail", "whirlwind"]
    assert 80.0 in rows


def test_damage_named_as_the_cause_is_the_events():
    text = "Dông lốc gây thiệt hại trên biển. Trong đó, 1 người mất tích do chìm thuyền khi đánh cá."
    routed = route_in_text(text, "1")
    assert routed.table == "disasters" and routed.fields["impact"] == "missing"


def test_people_in_a_breakdown_take_the_heads_impact():
    text = "Mưa lũ đã làm chết 5 người (Nghệ An 3 người, Hà Tĩnh 2 người)."
    assert route_in_text(text, "3").fields["impact"] == "deaths"
    text = "Bão làm 4 người chết, trong đó có 3 người ở huyện ven biển."
    assert route_in_text(text, "3").fields["impact"] == "deaths"


def test_cause_given_with_the_first_damage_of_the_sentence():
    # the storm named before is no statement of damage: "do bão" with the first count is the cause
    rows = _disaster_rows(
        "Cơn bão số 8 đi qua trong đêm.\n\nTại tỉnh có 2 người chết do bão, 1 người mất tích; 12 người bị thương.\n"
    )
    assert rows[12.0]["impact"] == "injured" and rows[12.0]["hazards"] == ["storm"]
    assert rows[1.0]["impact"] == "missing"


def test_pond_area_named_before_it():
    text = "Bão làm lúa, hoa màu thiệt hại hơn 900 ha, thủy sản 120 ha."
    assert route_in_text(text, "120").fields["impact"] == "aquaculture"
    assert route_in_text(text, "900").fields["impact"] == "crops"


def test_isolated_households_are_not_hit():
    text = "Bão làm 300 nhà tốc mái; 40 hộ bị cô lập."
    assert route_in_text(text, "300").table == "disasters"
    routed = route_in_text(text, "40")
    assert routed is None or routed.table != "disasters"


def test_distance_is_no_damage():
    text = "Sạt lở dài 50m ở bờ sông, cách cầu Rạch Miễu khoảng 300m, làm 2 nhà bị sụp."
    assert route_in_text(text, "50").fields["impact"] == "infrastructure"
    routed = route_in_text(text, "300")
    assert routed is None or routed.table != "disasters"


def test_houses_carried_off_or_lost():
    text = "Sạt lở bờ sông cuốn 4 nhà dân xuống sông; 7 căn nhà bị sụp, trong đó 3 căn mất hoàn toàn."
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "3").fields["impact"] == "houses_destroyed"


def test_lost_contact_is_damage_to_people():
    text = "Bão số 5 làm 3 người chết. Mất liên lạc 6 người tại vùng biển Quảng Ngãi."
    routed = route_in_text(text, "6")
    assert routed.table == "disasters" and routed.fields["impact"] == "missing"


def test_places_of_a_breakdown_without_units():
    text = "Lũ quét làm 15 nhà bị sập hoàn toàn, trong đó Mường Tè 9, Sìn Hồ 6; 40 nhà bị ngập."
    assert route_in_text(text, "9").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "40").fields["impact"] == "houses_damaged"
    text = "Bão làm 12 người bị thương (Quảng Trị 5, Quảng Bình 7)."
    routed = route_in_text(text, "5")
    assert routed.fields["impact"] == "injured" and routed.unit is None


def test_a_hazard_that_acts_after_a_run_in_heading_is_the_cause():
    # the heading "Nam Định: 3 người mất tích" ran into the next line; the storm acts after it
    text = (
        "Nam Định: 3 người mất tích Theo tin từ Ban Chỉ huy tỉnh, bão số 7 đã ảnh hưởng trực tiếp đến vùng biển, "
        "gây mưa to.\n\nTheo thống kê ban đầu, toàn tỉnh có 12 tàu thuyền bị chìm; 40 nhà tốc mái.\n"
    )
    rows = _disaster_rows(text)
    assert rows[12.0]["impact"] == "infrastructure" and "storm" in rows[12.0]["hazards"]
    assert rows[40.0]["impact"] == "houses_damaged"


def test_an_aside_or_a_figures_own_cause_is_no_acting_hazard():
    # "do sạt lở đất làm sập nhà" is the 2 dead's own cause: the houses later are the storm's
    text = (
        "Mưa bão đã làm 5 người thương vong. Trong đó có 2 người tử vong (nguyên nhân do sạt lở đất làm sập nhà). "
        "Về tài sản, toàn tỉnh có 300 hộ bị tốc mái."
    )
    assert "landslide" not in route_in_text(text, "300").fields["hazards"]


def test_rieng_details_the_figure_before():
    text = "Bão làm 29 người bị thương, riêng huyện Tiền Hải có 25 người."
    assert route_in_text(text, "25").fields["impact"] == "injured"


def test_roofs_caved_in_are_damaged_houses():
    assert route_in_text("Mưa đá làm 80 ngôi nhà bị tốc, sập mái.", "80").fields["impact"] == "houses_damaged"


def test_a_list_of_people_by_place_takes_the_lists_verb():
    text = "Ba người Hà Giang, hai người ở Tuyên Quang tử vong do lũ cuốn."
    assert route_in_text(text, "Ba").fields["impact"] == "deaths"


def test_a_place_name_with_a_number():
    text = "Dông lốc, sét làm 1 người ở thôn Tả Van 2, xã Mường Hoa thiệt mạng."
    assert route_in_text(text, "1").fields["impact"] == "deaths"


def test_fields_and_fruit_are_crops():
    text = "Mưa đá làm 12ha chanh leo và gần 3 ha ruộng bị vùi lấp."
    assert route_in_text(text, "12").fields["impact"] == "crops"
    assert route_in_text(text, "3").fields["impact"] == "crops"


def test_the_height_of_converging_winds_is_no_damage():
    text = "Do không khí lạnh kết hợp vùng hội tụ gió trên 5.000 m, mưa đá làm 20 nhà tốc mái."
    assert "5.000" not in [f.token for f in find_figures(text)]  # no figure at all, so no damage either
    assert route_in_text(text, "20").table == "disasters"


def test_fires_and_explosions_are_no_natural_disaster():
    text = "Mưa lũ làm 3 người chết. Trong tháng, cả nước xảy ra 40 vụ cháy, nổ, làm 5 người chết."
    assert route_in_text(text, "3").table == "disasters"
    routed = route_in_text(text, "5")
    assert routed is None or routed.table != "disasters"


def test_a_storm_that_dates_damage_blamed_on_nothing_else_is_the_cause():
    # "Sau bão" only dates damage the sentence blames on something else ("Sau bão số 6, mưa lũ ...")
    text = (
        "Sau bão số 8, cả nước có 9 người thiệt mạng, 40 người bị thương.\n\n"
        "Hải Phòng: 3 người chết Theo thông tin từ tỉnh, nhiều nơi mất điện.\n\n"
        "Toàn thành phố có 600 ngôi nhà bị tốc mái.\n"
    )
    rows = _disaster_rows(text)
    assert rows[9.0]["hazards"] == ["storm"]
    assert rows[600.0]["hazards"] == ["storm"]
    # blamed on something else, the storm only dates it
    assert "storm" not in route_in_text("Sau bão số 6, mưa lũ, sạt lở đất làm 8 người chết.", "8").fields["hazards"]


def test_saline_intrusion_is_filed_as_drought():
    text = "Do xâm nhập mặn, tỉnh có 1.500 ha lúa bị mất trắng; hạn mặn làm hư hại 300 ha dưa hấu."
    assert route_in_text(text, "1.500").fields == {
        **route_in_text(text, "1.500").fields,
        "hazards": ["drought"],
        "impact": "crops",
    }
    assert route_in_text(text, "300").fields["impact"] == "crops"


def test_an_islands_onion_and_garlic_are_crops():
    # the garlic and shallots of an island district, new-sown when a storm came, are its crops
    text = "Mưa bão làm 42ha tỏi và 18ha hành tím vừa xuống giống bị ngập úng."
    assert route_in_text(text, "42").fields["impact"] == "crops"
    assert route_in_text(text, "18").fields["impact"] == "crops"


def test_southern_crop_names():
    text = "Lũ kết hợp triều cường làm ngập 80ha khóm và 25ha bắp của nông dân."
    assert route_in_text(text, "80").fields["impact"] == "crops"
    assert route_in_text(text, "25").fields["impact"] == "crops"


def test_a_house_that_falls_into_the_river_is_destroyed():
    text = "Sạt lở bờ sông làm 2 căn nhà đổ xuống sông, 5 căn nhà khác bị nứt."
    assert route_in_text(text, "2").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "5").fields["impact"] == "houses_damaged"


def test_forest_burnt_without_the_word_fire_of_forest():
    text = "Đêm qua xảy ra vụ cháy ở khu rừng keo của xã. Gần 7 ha rừng keo đã bị lửa thiêu rụi."
    routed = route_in_text(text, "7")
    assert routed.table == "disasters"
    assert routed.fields["impact"] == "forest" and routed.fields["hazards"] == ["wildfire"]


def test_a_breakdown_goes_on_past_an_abbreviated_place_kind():
    # "TX." and "TP." end neither the clause nor the sentence: the 9 ha details the forest area
    text = "Các vụ cháy rừng đã gây thiệt hại 40 ha rừng thông, trong đó TX. Sơn Tây thiệt hại khoảng 9 ha."
    routed = route_in_text(text, "9")
    assert routed.table == "disasters" and routed.fields["impact"] == "forest"


def test_water_levels_widths_herds_and_evacuees_are_no_damage():
    text = "Do mưa lũ, mực nước sông dự kiến vượt báo động 3 từ 0,5 đến 1,5m; đoạn đường rộng 4m bị sạt lở dài 30m."
    routed = route_in_text(text, "4")
    assert routed is None or routed.table != "disasters"
    assert all(f.token != "1,5" for f in find_figures(text))  # a water level is no figure at all
    assert route_in_text(text, "30").fields["impact"] == "infrastructure"
    herd = "Hạn hán kéo dài, đàn trâu của huyện 12.000 con thiếu cỏ ăn."
    routed = route_in_text(herd, "12.000")
    assert routed is None or routed.table != "disasters"
    moved = "Lốc xoáy làm 4 nhà tốc mái. Chính quyền đã sơ tán 3 hộ dân."
    assert route_in_text(moved, "4").table == "disasters"
    routed = route_in_text(moved, "3")
    assert routed is None or routed.table != "disasters"


def test_at_least_is_a_lower_bound():
    assert route_in_text("Bão làm ít nhất 6 người chết.", "6").fields["impact"] == "deaths"
    rows = _disaster_rows("Bão số 9 làm ít nhất 6 người chết.")
    assert rows[6.0]["qualifier"] == "over"


def test_a_breakdown_by_place_with_colons_takes_the_detailed_count():
    text = "Bão số 5 làm 30 nhà bị sập (Hà Tĩnh: 12, Nghệ An: 18); 7 điểm trường (Hà Tĩnh: 4; Nghệ An: 3) bị tốc mái."
    rows = _disaster_rows(text)
    assert rows[12.0]["impact"] == "houses_destroyed" and rows[12.0]["unit"] == "house"
    assert rows[18.0]["impact"] == "houses_destroyed"
    # the semicolon between the items of a parenthesis parts neither the sentence nor its damage
    assert rows[7.0]["impact"] == "infrastructure" and rows[4.0]["impact"] == "infrastructure"
    assert rows[3.0]["hazards"] == ["storm"]


def test_a_title_run_into_its_paragraph_keeps_the_cause_that_acts():
    text = (
        "2 người chết, 900 nhà tốc mái sau bão số 4\nBão số 4 đổ bộ vào Quảng Trị đã làm 2 người chết, "
        "900 nhà tốc mái.\n\nMưa lớn gây ngập 50 ha lúa."
    )
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    hazards = [row["hazards"] for row in rows if row["table"] == "disasters" and row["value"] in (2.0, 900.0)]
    assert hazards and all(h == ["storm"] for h in hazards)


def test_plants_counted_one_by_one():
    text = "Mưa đá làm 300 cây ăn quả, 5.000 cây keo giống và 800 chậu hoa bị gãy đổ, dập nát."
    assert route_in_text(text, "300").fields["impact"] == "crops"
    assert route_in_text(text, "5.000").fields["impact"] == "forest"
    assert route_in_text(text, "800").fields["impact"] == "crops"


def test_plantations_of_acacia_and_bamboo_are_forest_and_poles_are_infrastructure():
    text = "Lốc xoáy làm đổ 40 ha keo, 12 ha luồng và 9 cột viễn thông."
    assert route_in_text(text, "40").fields["impact"] == "forest"
    assert route_in_text(text, "12").fields["impact"] == "forest"
    assert route_in_text(text, "9").fields["impact"] == "infrastructure"


def test_households_left_without_power_were_not_hit():
    text = "Dông lốc làm 6 nhà tốc mái, khiến 2.000 hộ dân ở 3 xã bị mất điện."
    assert route_in_text(text, "6").table == "disasters"
    routed = route_in_text(text, "2.000")
    assert routed is None or routed.table != "disasters"


def test_a_preliminary_count_is_no_estimate():
    rows = _disaster_rows("Theo thống kê sơ bộ, mưa đá đã làm 14 nhà bị tốc mái.")
    assert rows[14.0]["qualifier"] == "exact"
    rows = _disaster_rows("Mưa đá làm 14 nhà bị tốc mái, thiệt hại ước tính 2 tỷ đồng.")
    assert rows[2e9]["qualifier"] == "estimate"


def test_a_detail_of_people_takes_the_nearest_count_and_ngoai_opening_a_sentence_means_besides():
    text = "Mưa lũ làm nhiều nhà ngập. Ngoài hai người chết, còn có sáu người bị thương, trong đó có năm người ở xã A."
    rows = _disaster_rows(text)
    assert rows[2.0]["impact"] == "deaths" and rows[2.0]["qualifier"] == "exact"
    assert rows[5.0]["impact"] == "injured"


def test_a_long_heat_is_drought_and_households_short_of_water_or_served_are_not_damage():
    text = "Nắng nóng kéo dài làm 200 ha tôm nuôi bị thiệt hại do tôm chết."
    routed = route_in_text(text, "200")
    assert routed.fields["hazards"] == ["drought"] and routed.fields["impact"] == "aquaculture"
    salty = (
        "Do xâm nhập mặn, khoảng 9.000 hộ dân phải dùng nguồn nước nhiễm mặn; "
        "4 nhà máy nước cấp cho 7.000 hộ bị nhiễm mặn."
    )
    for token in ("9.000", "7.000"):
        routed = route_in_text(salty, token)
        assert routed is None or routed.table != "disasters"
    assert route_in_text(salty, "4").fields["impact"] == "infrastructure"


def test_a_hazard_the_cause_sets_off_is_a_cause_too() -> None:
    text = "Đêm 3/7, mưa lớn khiến lũ quét xảy ra tại hai bản, làm 4 người chết và 6 nhà bị cuốn trôi."
    assert set(route_in_text(text, "4").fields["hazards"]) == {"heavy_rain", "flash_flood"}
    # a flood word that says how things were hit adds nothing to the cause
    hit = "Mưa lớn làm vỡ bờ bao, gây ngập úng, làm 30 ha lúa bị hư hại."
    assert route_in_text(hit, "30").fields["hazards"] == ["heavy_rain"]


def test_the_size_of_each_counted_thing_is_no_damage() -> None:
    text = "Mưa lũ làm sạt lở 5 vị trí trên tỉnh lộ, mỗi vị trí dài khoảng 50m."
    assert route_in_text(text, "5").fields["impact"] == "infrastructure"
    assert route_in_text(text, "50") is None


def test_areas_at_risk_and_forecast_damage_are_not_damage_yet() -> None:
    risk = (
        "Nắng hạn kéo dài khiến gần 900 ha lúa và hơn 300 ha ngô ở huyện Vĩnh Lộc đang đối mặt với nguy cơ mất trắng."
    )
    assert route_in_text(risk, "900") is None and route_in_text(risk, "300") is None
    forecast = "Hạn hán làm 420 ha lúa thiếu nước tưới, dự báo cuối vụ sẽ có khoảng 1.100 ha lúa bị khô hạn."
    assert route_in_text(forecast, "420").fields["impact"] == "crops"
    assert route_in_text(forecast, "1.100") is None
    # damage done, then a risk: the count stays
    hit = "Mưa lũ làm 25 ha lúa bị ngập, có nguy cơ mất trắng."
    assert route_in_text(hit, "25").fields["impact"] == "crops"
    # swept away, then other houses at risk in a clause of their own: the count stays
    swept = "Lũ quét ở bản Nà Lo cuốn trôi 4 căn nhà, nhiều nhà khác có nguy cơ bị sập."
    assert route_in_text(swept, "4").fields["impact"] == "houses_destroyed"


def test_strong_wind_hail_a_sports_hall_and_coffee() -> None:
    text = "Gió mạnh và mưa đá làm 12 nhà bị tốc mái, 1 nhà thi đấu bị hư hỏng và hơn 5ha càphê bị thiệt hại."
    houses = route_in_text(text, "12").fields
    assert houses["impact"] == "houses_damaged" and set(houses["hazards"]) == {"whirlwind", "hail"}
    assert route_in_text(text, "1").fields["impact"] == "infrastructure"
    assert route_in_text(text, "5").fields["impact"] == "crops"
    # a storm's wind force is no whirlwind
    storm = "Bão số 2 gây gió mạnh cấp 8, làm 7 nhà bị tốc mái."
    assert "whirlwind" not in route_in_text(storm, "7").fields["hazards"]


def test_boats_counted_with_a_classifier_before_their_noun_and_a_clock_time() -> None:
    text = "Lúc 6 giờ 15, lốc xoáy kèm sóng lớn đánh chìm 9 chiếc tàu cá, 4 chiếc khác bị hư hỏng."
    sunk = route_in_text(text, "9").fields
    # (the high seas came with the whirlwind: a text that names no storm lends them none)
    assert sunk["impact"] == "infrastructure" and sunk["hazards"] == ["whirlwind"]
    assert route_in_text(text, "4").fields["impact"] == "infrastructure"


def test_a_loss_in_money_after_a_count_of_landslides_takes_their_hazard() -> None:
    # the landslides are what the sentence before counts (no cause is stated), the loss sums them up
    text = "Năm nay huyện ghi nhận 12 điểm sạt lở bờ kênh, dài khoảng 800 m. Thiệt hại ước 1,5 tỷ đồng."
    loss = route_in_text(text, "1,5")
    assert loss is not None and loss.fields["impact"] == "economic_loss"
    assert loss.fields["hazards"] == ["landslide"]


def test_the_size_of_a_work_to_be_built_is_no_damage() -> None:
    # an anti-landslide embankment a project will build: its length is its size, not a damage
    text = "Dự án kè chống sạt lở bờ sông Cái có quy mô xây dựng kè dài khoảng 1.500 m, vốn 300 tỷ đồng."
    assert route_in_text(text, "1.500") is None or route_in_text(text, "1.500").table != "disasters"


def test_households_moved_to_safety_in_a_breakdown_are_not_damage() -> None:
    text = "Mưa lũ làm 40 hộ bị ảnh hưởng, trong đó 6 hộ phải sơ tán người và tài sản đến nơi an toàn."
    assert route_in_text(text, "40").fields["impact"] == "houses_damaged"
    moved = route_in_text(text, "6")
    assert moved is None or moved.table != "disasters"


def test_cars_hit_by_the_storm_are_infrastructure_and_an_earlier_clause_estimate_stays_there() -> None:
    text = "Lốc xoáy làm 5 căn nhà tốc mái, ước thiệt hại 200 triệu đồng; 2 xe ô tô bị cây đổ đè hư hỏng."
    cars = route_in_text(text, "2").fields
    assert cars["impact"] == "infrastructure" and cars["hazards"] == ["whirlwind"]
    assert cars.get("qualifier", "exact") == "exact"


def test_a_breakdown_by_place_in_the_next_sentence_takes_the_casualties_it_adds_up_to() -> None:
    text = (
        "Đợt lũ vừa qua làm 12 người chết, 3 người mất tích và 9 người bị thương. "
        "Trong đó, huyện Krông Pa có 7 người, Ia Pa: 5 người."
    )
    assert route_in_text(text, "7").fields["impact"] == "deaths"
    assert route_in_text(text, "5").fields["impact"] == "deaths"
    # parts that add up to none of the counts, with two kinds named before: not read as damage
    unclear = "Lũ làm 6 người chết và 10 người bị thương. Trong đó, xã A 4 người, xã B 3 người."
    routed = route_in_text(unclear, "4")
    assert routed is None or routed.table != "disasters"


def test_owners_of_hit_crops_and_a_unit_definition_are_no_damage() -> None:
    text = "Mưa đá làm hư hại 3 ha mít (1 sào = 360m2) của 9 hộ dân; lốc xoáy làm tốc mái 40 tấm tôn của 6 hộ."
    assert route_in_text(text, "3").fields["impact"] == "crops"
    owners = route_in_text(text, "9")
    assert owners is None or owners.table != "disasters"
    # the unit's definition is no figure at all (figures.py), so no damage either
    assert "360" not in [f.token for f in find_figures(text)]
    # roofing sheets of six households: their houses were hit
    assert route_in_text(text, "6").fields["impact"] == "houses_damaged"


def test_swept_away_before_a_list_and_the_end_of_a_height_range() -> None:
    text = "Lũ quét cuốn trôi hoàn toàn nhiều tài sản và 3 nhà tạm của bà con bản Nà Hỳ."
    assert route_in_text(text, "3").fields["impact"] == "houses_destroyed"
    listed = "Lũ cuốn trôi 5 con bò và 2 nhà bếp bị hư hỏng."
    assert route_in_text(listed, "2").fields["impact"] == "houses_damaged"
    height = "Mưa lũ do hội tụ gió trên mức 1.500m - 5.000m gây sạt lở 300 m đường."
    # a band of altitudes is no figure at all (figures.py), so no damage either
    assert "5.000" not in [f.token for f in find_figures(height)]
    assert route_in_text(height, "300").fields["impact"] == "infrastructure"


def test_houses_dragged_along_by_a_landslide_are_destroyed() -> None:
    text = "Bờ kênh dài 40 m bất ngờ sạt lở, kéo theo ba căn nhà của người dân."
    assert route_in_text(text, "ba").fields["impact"] == "houses_destroyed"
    text = "Mưa lớn kéo theo lốc xoáy làm 4 nhà bị tốc mái."
    assert route_in_text(text, "4").fields["impact"] == "houses_damaged"


def test_cause_given_after_an_earlier_count_is_lent_to_the_next_sentence() -> None:
    text = "Đến chiều qua, huyện có 3 người chết do lũ quét. Cũng tại huyện này còn 2 người mất tích."
    r = route_in_text(text, "2")
    assert r.table == "disasters" and r.fields["impact"] == "missing"
    assert "flash_flood" in r.fields["hazards"]


def test_what_happened_ends_the_clause_of_people_after_a_death() -> None:
    text = "Một người bị lũ cuốn chết, hai người khác trong gia đình cũng bị cuốn mất tích."
    assert route_in_text(text, "hai").fields["impact"] == "missing"


def test_houses_broken_beyond_repair_are_destroyed() -> None:
    text = "Lũ làm 80 nhà bị hư hại, số nhà bị hỏng hoàn toàn là 12 nhà."
    assert route_in_text(text, "12").fields["impact"] == "houses_destroyed"


def test_a_text_opening_on_damage_lends_its_later_cause_past_damage_descriptions() -> None:
    text = (
        "Trong đó, 12 nhà bị sạt lở taluy. Diện tích hoa màu bị thiệt hại 4,5 ha. "
        "Mưa lớn còn gây ngập úng nhiều tuyến đường."
    )
    r = route_in_text(text, "4,5")
    assert r.table == "disasters" and r.fields["impact"] == "crops"
    assert "heavy_rain" in r.fields["hazards"]


def test_what_a_condition_would_bring_is_no_damage() -> None:
    text = "Hạn hán kéo dài. Nếu không có mưa, diện tích bị hạn sẽ tăng lên, trong đó lúa là 300 ha."
    r = route_in_text(text, "300")
    assert r is None or r.table != "disasters"


def test_market_stalls_are_infrastructure() -> None:
    text = "Mưa lớn làm sạt bờ kè chợ, làm nghiêng 12 ki-ốt; 8 kiốt bán hàng bị ngập."
    assert route_in_text(text, "8").fields["impact"] == "infrastructure"


def test_the_whole_a_damaged_part_is_read_against_is_no_damage() -> None:
    text = "Do hạn hán, tổng diện tích lúa bị thiệt hại 1.200ha/8.400ha gieo trồng."
    assert route_in_text(text, "1.200").fields["impact"] == "crops"
    r = route_in_text(text, "8.400")
    assert r is None or r.table != "disasters"


def test_animals_moved_away_from_a_drought_are_not_hit() -> None:
    text = "Do hạn hán, 120 con bò bị chết; tỉnh đã vận động người dân di chuyển 2.300 con gia súc đến nơi có nước."
    assert route_in_text(text, "120").fields["impact"] == "livestock"
    r = route_in_text(text, "2.300")
    assert r is None or r.table != "disasters"


def test_a_sentence_opening_on_what_is_expected_counts_no_damage() -> None:
    text = "Hạn hán kéo dài. Dự kiến vụ mùa có 900ha phải dừng sản xuất; ước thiệt hại 12 tỷ đồng."
    for token in ("900", "12"):
        r = route_in_text(text, token)
        assert r is None or r.table != "disasters"


def test_houses_lost_entirely_are_destroyed() -> None:
    text = "Lũ làm 60 nhà bị thiệt hại, trong đó 4 nhà bị thiệt hại hoàn toàn."
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"


def test_the_deepest_water_given_in_an_aside_is_a_depth() -> None:
    text = "Lũ làm 12 điểm trường bị ngập với nước dâng cao (có nơi trên 2m)."
    assert route_in_text(text, "12").fields["impact"] == "infrastructure"
    # the depth is no damage: no figure at all (figures.py reads it as a depth), or not a disaster's
    depths = [f for f in find_figures(text) if f.token == "2"]
    assert not depths or (r := route_in_text(text, "2")) is None or r.table != "disasters"


def test_a_storm_framed_text_pairs_the_storm_with_its_rain() -> None:
    # the opening blames the rain on the storm ("do chịu ảnh hưởng của hoàn lưu bão"): what the
    # storm did later came with its rain
    text = (
        "Do chịu ảnh hưởng của hoàn lưu bão số 4, tỉnh có mưa to đến rất to. "
        "Theo thống kê của tỉnh, bão số 4 đã làm 230 nhà bị hư hỏng."
    )
    assert route_in_text(text, "230").fields["hazards"] == ["storm", "heavy_rain"]


def test_a_gust_in_a_text_about_a_numbered_storm_is_the_storm() -> None:
    storm = "Bão số 7 đi qua huyện. Mưa lớn, gió giật mạnh đã làm 45 ngôi nhà tốc mái."
    assert set(route_in_text(storm, "45").fields["hazards"]) == {"heavy_rain", "storm"}
    # a thunderstorm ("mưa bão", "giông bão") has no storm of its own: its gust is a whirlwind
    squall = "Chiều qua xảy ra giông bão. Mưa lớn, gió giật mạnh đã làm 45 ngôi nhà tốc mái."
    assert "whirlwind" in route_in_text(squall, "45").fields["hazards"]
    assert "storm" not in route_in_text(squall, "45").fields["hazards"]


def test_a_bank_that_falls_into_the_river_is_a_landslide() -> None:
    text = "Sáng qua, một đoạn bờ kênh dài khoảng 40 mét sụp xuống kênh, người dân hoảng hốt."
    routed = route_in_text(text, "40")
    assert routed.table == "disasters" and routed.fields["hazards"] == ["landslide"]


def test_river_levels_and_gaps_are_no_damage() -> None:
    level = "Lũ trên sông Lô đang lên, mực nước lúc 7h ngày 3/8 là 25,4m."
    assert all(f.token != "25,4" for f in find_figures(level))  # a river's level is no figure at all
    crest = "Mưa lớn kéo dài, lũ trên sông Chảy đạt đỉnh 52,7m lúc 5h sáng nay, kè bị sạt lở 30m."
    assert all(f.token != "52,7" for f in find_figures(crest))  # a flood's crest is a level too
    assert route_in_text(crest, "30").table == "disasters"  # the damage after the crest still counts
    gap = "Sạt lở làm khoảng cách từ bờ sông tới tỉnh lộ 8 chỉ còn chừng 15m."
    assert route_in_text(gap, "15") is None or route_in_text(gap, "15").table != "disasters"


def test_a_loss_opening_a_paragraph_takes_the_hazards_of_the_damage_before_it() -> None:
    text = "Hơn 2.000m3 đất đá sạt lở xuống các tuyến đường huyện.\n\nTổng thiệt hại khoảng 12 tỷ đồng."
    rows = extraction_to_json_rows(extract_document(text.encode(), "loss.txt"))
    losses = [r for r in rows if r["table"] == "disasters" and r["impact"] == "economic_loss"]
    assert [r["value"] for r in losses] == [12e9] and losses[0]["hazards"] == ["landslide"]


def test_a_sentence_opening_on_a_detail_takes_the_area_and_cause_before_it() -> None:
    text = (
        "Mưa lớn kéo dài làm khoảng 12.400ha lúa bị ngập úng. "
        "Riêng huyện Nông Cống ghi nhận hơn 5.200ha, tiếp theo là huyện Triệu Sơn với gần 3.100ha."
    )
    rows = extraction_to_json_rows(extract_document(text.encode(), "detail.txt"))
    crops = {r["value"]: r for r in rows if r["table"] == "disasters" and r["impact"] == "crops"}
    assert set(crops) == {12400, 5200, 3100}
    assert "heavy_rain" in crops[5200]["hazards"]


def test_a_dyke_incident_is_damage_and_the_depth_of_flooded_homes_is_none() -> None:
    text = "Mưa lũ làm 300 nhà bị ngập, 120 hộ ngập dưới 1 mét. Đáng chú ý, đã xảy ra 4 sự cố đê điều."
    rows = extraction_to_json_rows(extract_document(text.encode(), "dyke.txt"))
    disasters = {r["value"]: r["impact"] for r in rows if r["table"] == "disasters"}
    assert disasters.get(4) == "infrastructure" and 0.001 not in disasters


def test_deaths_of_a_boat_wrecked_in_the_event_are_its_deaths() -> None:
    text = (
        "Toàn tỉnh có 12 người chết (8 người chết do mưa lũ, 3 người chết do tàu cá bị nạn ngoài khơi, "
        "1 người chết do sạt lở đất)."
    )
    routed = route_in_text(text, "3")
    assert routed is not None and routed.table == "disasters" and routed.fields["impact"] == "deaths"


def test_farm_and_forest_land_together_is_crops() -> None:
    farm_and_forest = "Do mưa lớn, đất nông, lâm nghiệp bị hư hại 8,5 ha."
    assert route_in_text(farm_and_forest, "8,5").fields["impact"] == "crops"
    assert route_in_text("Do mưa lớn, đất lâm nghiệp bị hư hại 8,5 ha.", "8,5").fields["impact"] == "forest"


def test_a_road_width_before_the_length_it_lost_is_no_damage() -> None:
    text = "Lũ quét làm đường đất 2m bị cuốn trôi 120m."
    assert route_in_text(text, "2") is None or route_in_text(text, "2").table != "disasters"
    assert route_in_text(text, "120").fields["impact"] == "infrastructure"


def test_what_will_happen_and_the_area_sown_are_no_damage() -> None:
    future = "Theo Sở Nông nghiệp, mùa khô này sẽ có khoảng 40.000 ha lúa, trên 9.000ha cây ăn quả bị hạn hán."
    for token in ("40.000", "9.000"):
        routed = route_in_text(future, token)
        assert routed is None or routed.table != "disasters"
    sown = "Huyện đã xuống giống 8.600 ha lúa, nhưng hạn hán làm 2.100 ha lúa bị thiệt hại."
    assert route_in_text(sown, "8.600") is None or route_in_text(sown, "8.600").table != "disasters"
    assert route_in_text(sown, "2.100").fields["impact"] == "crops"


def test_salt_and_drought_written_with_a_comma_and_spots_that_sank() -> None:
    text = "Tính đến giữa tháng 3, hạn, mặn đã làm 41.000ha lúa bị ảnh hưởng và hơn 300 địa điểm bị sụp, lún ven kênh."
    assert route_in_text(text, "41.000").fields["hazards"] == ["drought"]
    assert route_in_text(text, "300").fields["impact"] == "infrastructure"


def test_a_family_herd_is_no_loss() -> None:
    text = "Rét đậm kéo dài. Anh A cho biết gia đình có tất cả 6 con trâu."
    assert route_in_text(text, "6") is None or route_in_text(text, "6").table != "disasters"


def test_a_total_brought_up_to_the_count_says_what_happened() -> None:
    text = "Chiều qua lũ cuốn thêm một người ở xã B, nâng tổng số người chết do mưa lũ trong tỉnh lên 6 người."
    assert route_in_text(text, "6").fields["impact"] == "deaths"


def test_a_storm_with_its_rain_framed_past_a_byline() -> None:
    text = (
        "(Báo X) -\n"
        "Chiều 20/8, cơ quan chức năng cho biết bão số 4 cùng hoàn lưu mưa lớn gây thiệt hại tại nhiều tỉnh.\n"
        "Mưa lớn cũng khiến 1.250 căn nhà bị ngập sâu."
    )
    assert set(route_in_text(text, "1.250").fields["hazards"]) == {"storm", "heavy_rain", "flood"}


def test_food_crops_brick_kilns_and_farm_sheds() -> None:
    text = "Mưa đá làm khoảng 120 ha cây lương thực bị hư hỏng; 3 lò gạch và 2 trại lợn bị tốc mái."
    assert route_in_text(text, "120").fields["impact"] == "crops"
    assert route_in_text(text, "3").fields["impact"] == "infrastructure"
    assert route_in_text(text, "2").fields["impact"] == "infrastructure"


def test_houses_harmed_completely_are_destroyed_and_power_poles_are_infrastructure():
    text = (
        "Dông lốc chiều qua làm 7 nhà bị tốc mái, trong đó 2 nhà bị hư hại hoàn toàn; "
        "gió còn quật ngã 5 trụ điện hạ thế."
    )
    assert route_in_text(text, "7").fields["impact"] == "houses_damaged"
    assert route_in_text(text, "2").fields["impact"] == "houses_destroyed"
    poles = route_in_text(text, "5")
    assert poles.table == "disasters" and poles.fields["impact"] == "infrastructure"


def test_a_loss_estimated_after_the_damage_it_sums_up():
    text = (
        "Tối qua, dông lốc kèm mưa đá gây thiệt hại nặng về tài sản của người dân. Nhiều nhà bị tốc mái, "
        "vườn cây bị gãy đổ, ước tính khoảng hơn 3 tỷ đồng."
    )
    loss = route_in_text(text, "3")
    assert loss.table == "disasters" and loss.fields["impact"] == "economic_loss"


def test_livestock_found_again_is_no_loss():
    text = (
        "Lũ dâng nhanh cuốn trôi 40 con bò của các hộ ven sông; "
        "đến sáng hôm sau người dân đã tìm được khoảng 25 con bò."
    )
    assert route_in_text(text, "40").fields["impact"] == "livestock"
    found = route_in_text(text, "25")
    assert found is None or found.table != "disasters"


def test_what_else_was_hit_after_a_comma_is_not_what_hit_the_houses():
    text = "Trận mưa đá làm 120 ngôi nhà bị thiệt hại, tường rào trường học bị sập đổ."
    houses = route_in_text(text, "120")
    assert houses.table == "disasters" and houses.fields["impact"] == "houses_damaged"
    listed = "Lốc xoáy làm 15 nhà bị sập, tốc mái."  # what happened to the same houses: both kinds
    assert route_in_text(listed, "15").fields["impact"] == "houses_damaged"


def test_works_against_landslides_blame_nothing_on_a_landslide():
    text = (
        "Tỉnh đã bố trí vốn cho 6 dự án kè chống sạt lở bờ sông và xử lý sạt lở cấp bách, "
        "trong đó có dự án mua thiết bị cho 9 trung tâm y tế."
    )
    for token in ("6", "9"):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters"
    hail = "Mưa đá làm 40 nhà bị tốc mái, 30 m kè chống sạt lở bị sập đổ."
    assert route_in_text(hail, "40").fields["hazards"] == ["hail"]


def test_flood_water_pouring_into_homes_is_the_flood_and_a_list_names_its_places():
    text = (
        "Mưa lớn kéo dài nhiều ngày. Đến sáng nay, xã An Lạc có gần 300 ngôi nhà và thị trấn "
        "Bình Minh hơn 120 ngôi nhà bị nước lũ tràn vào."
    )
    for token in ("300", "120"):
        houses = route_in_text(text, token)
        assert houses.table == "disasters" and houses.fields["impact"] == "houses_damaged"
        assert "flood" in houses.fields["hazards"]


def test_the_next_count_after_a_comma_takes_its_own_words():
    text = "Mưa lớn làm 3 nhà bị hư hỏng hoàn toàn, ngập 5 nhà ở xã Tân Mỹ."
    assert route_in_text(text, "3").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "5").fields["impact"] == "houses_damaged"


def test_an_area_ending_its_clause_is_what_the_clause_names():
    text = "Do mưa lớn kéo dài, diện tích lúa và rau màu bị ngập úng, thiệt hại tính đến nay là 350,5 ha."
    area = route_in_text(text, "350,5")
    assert area.table == "disasters" and area.fields["impact"] == "crops"


def test_a_bare_item_before_a_semicolon_shares_the_damage_that_ends_the_sentence():
    text = ("Mưa lớn kéo dài đã gây ngập lụt nhiều xã trong tỉnh. Có 215 ha lúa chiêm, nhiều diện tích rau màu; "
            "640 ha ao nuôi cá bị ngập và thiệt hại.")
    rice = route_in_text(text, "215")
    assert rice.table == "disasters" and rice.fields["impact"] == "crops"
    # an item with a verb of its own is its own clause ("đã được thu hoạch" is no damage)
    text = "Mưa lớn kéo dài đã gây ngập lụt nhiều xã. Có 215 ha lúa đã được thu hoạch; 640 ha ao nuôi cá bị ngập."
    assert route_in_text(text, "215") is None or route_in_text(text, "215").table != "disasters"


def test_houses_hit_first_then_moved_or_beside_others_at_risk_are_hit():
    # the houses' own harm comes first: flooded and then evacuated, or slid while others are only threatened
    text = "Nước sông dâng cao, xã Đông có 35 nhà bị ngập phải sơ tán 120 người."
    hit = route_in_text(text, "35")
    assert hit.table == "disasters" and hit.fields["impact"] == "houses_damaged"
    text = "Đêm qua mưa lớn, thôn Bắc có 9 nhà dân bị sạt lở và nhiều nhà khác có nguy cơ sập, phải di dời."
    hit = route_in_text(text, "9")
    assert hit.table == "disasters" and hit.fields["impact"] == "houses_damaged"
    # houses only cut off, then moved, stay out
    assert route_in_text("Lũ lên nhanh, 20 nhà bị cô lập phải sơ tán trong đêm.", "20") is None


def test_households_moved_with_their_people_are_not_hit():
    text = "Mưa lũ kéo dài đã gây ngập sâu nhiều xã. Có 1.250 hộ dân với trên 4.100 nhân khẩu phải di dời."
    assert route_in_text(text, "1.250") is None
    # households flooded with their people are
    assert route_in_text("Mưa lũ kéo dài đã gây ngập nhiều xã. 640 hộ/2.300 khẩu phải sơ tán.", "640") is None
    hit = route_in_text("Mưa lũ làm 120 hộ dân với 450 nhân khẩu bị ngập nhà.", "120")
    assert hit.table == "disasters" and hit.fields["impact"] == "houses_damaged"


def test_a_storm_named_by_its_number_without_so_is_no_count() -> None:
    text = "Bão 12 đổ bộ vào huyện ven biển, làm 6 người bị thương và 95 nhà bị tốc mái."
    tokens = [f.token for f in find_figures(text)]
    assert "12" not in tokens and "6" in tokens and "95" in tokens


def test_boats_beaten_by_waves_in_a_storm_story_are_storm_damage() -> None:
    text = "Bão số 7 làm tốc mái 52 nhà dân. Tại cảng cá, 9 tàu bị sóng đánh hư hỏng."
    boats = route_in_text(text, "9")
    assert boats.table == "disasters" and boats.fields["impact"] == "infrastructure"
    assert boats.fields["hazards"] == ["storm"]


def test_reservoirs_hit_are_infrastructure_but_a_file_or_pepper_is_not_a_reservoir() -> None:
    text = "Mưa lũ gây thiệt hại nặng. 12 hồ, đập; 4 trạm bơm bị ngập, sạt lở."
    assert route_in_text(text, "12").fields["impact"] == "infrastructure"
    pepper = route_in_text("Bão làm 20 hồ tiêu bị đổ.", "20")
    assert pepper is None or pepper.fields.get("impact") != "infrastructure"


def test_damage_without_a_cause_takes_the_hazard_of_the_headline():
    # the headline says what the article is about; its body lists damage without naming it again
    text = (
        "date 2021-10\nThôn xóm tan hoang sau lũ\n\n"
        "Nước trên các sông đã xuống. Chính quyền cho biết đã có 17 căn nhà bị sập, hư hỏng, "
        "hai người mất tích.\n"
    )
    houses = route_in_text(text, "17")
    assert houses.table == "disasters" and houses.fields["impact"] == "houses_damaged"
    assert houses.fields["hazards"] == ["flood"]
    assert route_in_text(text, "hai").fields["impact"] == "missing"


def test_a_headline_right_above_its_body_lends_its_hazard():
    # the headline stands on the first line with the date marker and the body right under it, no blank
    # line between: still the headline, and the casualties the body counts without a cause are its flood's
    text = (
        "Những ngày lũ dữ ở vùng cao\n date 2023-10\n"
        "Chiều 12/10, UBND huyện cho biết: toàn huyện có 2 người chết, 5 người bị thương; 40 nhà tốc mái.\n"
    )
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert {(r["value"], r["impact"]) for r in rows} >= {(2, "deaths"), (5, "injured")}
    assert all(r["hazards"] == ["flood"] for r in rows if r["value"] in (2, 5))


def test_a_long_first_line_over_its_next_line_is_no_headline():
    # a first line this long, over more lines, is a wrapped sentence of the body: it heads nothing
    text = (
        "Trong những năm qua, xã đã chủ động phòng chống lũ, xây dựng nhà tránh trú, nạo vét kênh mương và "
        "trồng rừng phòng hộ ven sông\nNăm nay toàn xã có 2 người chết.\n"
    )
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert not [r for r in rows if r["value"] == 2]


def test_a_headline_without_a_hazard_lends_none():
    text = "date 2021-10\nThôn xóm ngổn ngang\n\nChính quyền cho biết đã có 17 căn nhà bị sập, hư hỏng.\n"
    routed = route_in_text(text, "17")
    assert routed is None or routed.table != "disasters"


def test_a_storm_frame_under_a_dated_headline_is_the_texts_opening() -> None:
    # the collector's date marker and a standalone headline stand above the first paragraph, which
    # blames the rain on the storm: the rain's damage is the storm's too
    text = (
        "date 2025-10\nMưa lớn gây thiệt hại tại nhiều thôn của xã miền núi\n\n"
        "Do ảnh hưởng của hoàn lưu bão số 11, từ đêm 5/10 trên địa bàn xã có mưa to. "
        "Mưa lớn làm 12 nhà bị hư hỏng.\n"
    )
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert [r["hazards"] for r in rows if r["value"] == 12] == [["storm", "heavy_rain"]]


def test_a_damage_list_written_as_labels_reads_each_label() -> None:
    # "label: number classifier" items: the label before the colon names the thing and how it was
    # hit, even when it ends on the loss itself ("mất", "hỏng")
    text = (
        "Trận lũ cuối tháng gây thiệt hại cho bà con trong huyện như sau:\n\n"
        "Nhà bị sập: 4 căn; Nhà bị ngập nước từ 1 mét trở lên: 350 căn; Bò mất: 12 con; "
        "Lúa giống bị hỏng: 6 tấn; Thuyền hỏng: 7 chiếc; Bị thương khi cứu hộ: 2 người.\n"
    )
    impacts = {token: route_in_text(text, token) for token in ("4", "350", "12", "6", "7", "2")}
    assert impacts["4"].fields["impact"] == "houses_destroyed"
    assert impacts["350"].fields["impact"] == "houses_damaged"
    assert impacts["350"].unit == "house"
    assert impacts["12"].fields["impact"] == "livestock"
    assert impacts["6"].fields["impact"] == "crops"
    assert impacts["7"].fields["impact"] == "infrastructure"
    assert impacts["2"].fields["impact"] == "injured"
    assert all(routed.fields["hazards"] == ["flood"] for routed in impacts.values())


def test_the_depth_of_flooded_homes_in_a_label_is_no_damage() -> None:
    text = "Mưa lũ gây thiệt hại: Nhà bị ngập nước từ 2 mét trở lên: 90 căn.\n"
    assert not [f for f in find_figures(text) if f.value == 2]  # the depth is no figure at all
    assert route_in_text(text, "90").fields["impact"] == "houses_damaged"


def test_families_hit_by_a_flood_count_as_households() -> None:
    text = "Trận lũ đầu tháng khiến 340 gia đình ở ven sông bị thiệt hại về nhà cửa.\n"
    routed = route_in_text(text, "340")
    assert routed.table == "disasters"
    assert routed.fields["impact"] == "houses_damaged"


def test_a_bare_area_after_a_count_is_the_area_of_the_items_label() -> None:
    text = "Lũ gây thiệt hại: Lồng cá bị cuốn trôi: 46 lồng, diện tích 3.500 m2; Nhà bị sập: 2 căn.\n"
    routed = route_in_text(text, "3.500")
    assert routed.fields["impact"] == "aquaculture"


def test_the_items_of_a_list_a_damage_paragraph_leads_into_are_its_damage() -> None:
    text = (
        "Giá rét làm chết gia súc ở vùng cao\n\n"
        "Sương muối kéo dài 4 ngày đã làm 42 con trâu, bò của người dân bị chết. Phân theo địa bàn:\n\n"
        "  - Huyện Mèo Vạc: 25 con, trâu 17 con;\n"
        "  - Huyện Đồng Văn: 17 con, bò 11 con.\n"
    )
    rows = damage(text)
    assert rows[25] == ("livestock", {"cold"}) and rows[11] == ("livestock", {"cold"})


def test_breakdown_place_before_a_part_at_risk_is_hit():
    # the places of a breakdown are hit as their head says; only the part "trong đó" puts at risk is not
    text = (
        "Mưa lớn làm 14 nhà bị hư hỏng (gồm 9 nhà ở xã Tân Lập và 5 nhà ở xã Hòa Bình, "
        "trong đó hai nhà có nguy cơ đổ sập)."
    )
    for number in ("9", "5"):
        assert route_in_text(text, number).fields["impact"] == "houses_damaged"
    at_risk = route_in_text(text, "hai")
    assert at_risk is None or at_risk.table != "disasters"


def test_net_houses_are_farm_structures_not_homes_or_crops():
    text = (
        "Giông lốc làm đổ 12 nhà lưới trồng rau (tổng diện tích khoảng 9.000 m2) và 8.000m2 nhà kính ươm "
        "giống bị sập; 3 ha rau màu bị dập nát."
    )
    assert route_in_text(text, "12").fields["unit_label"] == "nhà lưới"
    expected = {"12": "infrastructure", "9.000": "infrastructure", "8.000": "infrastructure", "3": "crops"}
    assert {number: route_in_text(text, number).fields["impact"] for number in expected} == expected


def test_people_named_by_their_service_and_huts_and_rafts():
    # a casualty named by service with a few words of who they are; huts and fishing rafts are works hit
    text = (
        "Bão làm một chiến sĩ biên phòng bị thương; hai cảnh sát giao thông đường thủy bị thương nhẹ; "
        "30 lều chòi bị tốc mái và 12 thùng mảng hư hỏng."
    )
    expected = {"một": "injured", "hai": "injured", "30": "infrastructure", "12": "infrastructure"}
    assert {number: route_in_text(text, number).fields["impact"] for number in expected} == expected


def _house_rows(text: str) -> dict[float, str]:
    rows = extraction_to_json_rows(extract_document(text.encode(), "lines.txt"))
    return {r["value"]: r["impact"] for r in rows if r["table"] == "disasters"}


def test_bulletin_label_before_the_colon_says_how_the_houses_were_hit():
    # each bullet's count takes its own label, never the next bullet's
    text = ("Dông lốc gây thiệt hại tại huyện X như sau:\n\n- Nhà bị thiệt hại toàn bộ: 02 nhà tại xã Y\n\n"
            "- Nhà bị tốc mái: 07 nhà tại xã Z.\n")
    impacts = _house_rows(text)
    assert impacts[2] == "houses_destroyed" and impacts[7] == "houses_damaged"


def test_collapsed_walls_leave_the_house_standing():
    impacts = _house_rows("Trận lốc xoáy chiều qua làm 4 nhà bị sập tường, 9 nhà bị sập hoàn toàn ở xã Q.")
    assert impacts[4] == "houses_damaged" and impacts[9] == "houses_destroyed"


def test_gay_spelled_with_circumflex_is_damage_too():
    impacts = _house_rows("Mưa dông kèm lốc gây thiệt hại tại huyện M.\n\n- Có 6 cột điện bị gẫy.\n")
    assert impacts[6] == "infrastructure"


def test_people_swept_away_not_found_yet_are_missing() -> None:
    text = "Lũ quét tại xã Nà Hỳ. 2 người bị nước lũ cuốn trôi, đến nay vẫn chưa tìm thấy."
    assert route_in_text(text, "2").fields["impact"] == "missing"
    text = "Lũ quét tại xã Nà Hỳ. Lũ cuốn trôi 3 người, lực lượng cứu hộ đang tìm kiếm."
    assert route_in_text(text, "3").fields["impact"] == "missing"
    # (swept away and found dead, or said no more: counted with the dead, as bulletins do)
    text = "Lũ quét tại xã Nà Hỳ. 2 người bị nước lũ cuốn trôi, đã tìm thấy thi thể."
    assert route_in_text(text, "2").fields["impact"] == "deaths"
    # (the search of the next count is not this count's: "1 người chưa tìm thấy" is the other one)
    text = "Lũ quét tại xã Nà Hỳ. 2 người bị lũ cuốn trôi, 1 người chưa tìm thấy."
    assert route_in_text(text, "2").fields["impact"] == "deaths"


def test_a_herd_listed_with_commas_is_no_loss() -> None:
    # the animals of the herd are listed with a comma; the sentence opens on the herd the province has
    text = "Rét hại kéo dài. Tỉnh B hiện có tổng đàn trâu, bò khoảng 52.000 con; lợn, gà hơn 900.000 con."
    assert _disaster_rows(text) == {}
    lost = "Rét hại kéo dài làm 35 con trâu, bò bị chết."
    assert route_in_text(lost, "35").fields["impact"] == "livestock"


def test_a_person_counted_with_an_age_before_what_happened() -> None:
    # the age of the one hurt ("ngoài 60 tuổi") comes between the person and the harm
    text = "Dông lốc làm một nông dân gần 60 tuổi ở xóm Đồng bị thương; 2 nhà bị sập."
    assert route_in_text(text, "một").fields["impact"] == "injured"
    text = "Mưa lũ làm 2 người khoảng 30 tuổi ở xã B tử vong."
    assert route_in_text(text, "2").fields["impact"] == "deaths"


def test_areas_of_a_detail_take_the_crops_of_the_statement_it_details() -> None:
    text = (
        "Nắng nóng kéo dài làm nhiều diện tích cây trồng bị thiệt hại do hạn hán. Phần lớn diện tích "
        "này nằm ở vùng cao. Cụ thể: huyện Ea Súp hơn 2.300 ha; huyện Buôn Đôn hơn 900 ha bị thiệt hại."
    )
    rows = _disaster_rows(text)
    assert rows[2300.0]["impact"] == "crops" and rows[900.0]["impact"] == "crops"


def test_salt_and_drought_written_with_a_spaced_dash() -> None:
    # "hạn - mặn" (a spaced dash) is the same saline drought as "hạn mặn"
    text = "Mùa khô năm nay, toàn huyện có 1.200 ha lúa bị thiệt hại do hạn - mặn."
    row = route_in_text(text, "1.200")
    assert row.table == "disasters" and row.fields["impact"] == "crops"
    assert row.fields["hazards"] == ["drought"]


def test_a_house_slid_into_the_river_is_destroyed() -> None:
    # a house that slid down into the river is gone, not just damaged
    text = "Sạt lở bờ sông làm 3 căn nhà bị sạt lở xuống sông, 5 căn nhà khác bị nứt tường."
    assert route_in_text(text, "3").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "5").fields["impact"] == "houses_damaged"


def test_a_house_length_only_describes_the_house() -> None:
    # the house swept away is measured ("căn nhà dài 15 m"); the length is no damage of its own
    text = "Sạt lở bờ sông cuốn trôi 2 căn nhà; một người bị cuốn theo căn nhà dài 15 m."
    assert 0.015 not in _disaster_rows(text)
    assert route_in_text("Lũ làm sạt lở 15 m kè bờ sông.", "15").fields["impact"] == "infrastructure"


def test_a_list_item_shortens_the_count_word_of_its_neighbours() -> None:
    # "huyện C 1 điểm" in a list of school sites counts school sites too, not any spots
    text = (
        "Mưa lũ làm 6 điểm trường bị ngập. Cụ thể, huyện A 3 điểm trường, huyện B 2 điểm trường, "
        "huyện C 1 điểm."
    )
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "disasters"]
    assert sorted(r["value"] for r in rows) == [1.0, 2.0, 3.0, 6.0]
    assert all(r["impact"] == "infrastructure" for r in rows)


def test_houses_counted_by_their_roofs() -> None:
    # "mái nhà" counts houses by their roofs, as hail news writes
    text = "Mưa đá làm khoảng 40 mái nhà của người dân bị thủng."
    row = _disaster_rows(text)[40.0]
    assert row["impact"] == "houses_damaged" and row["unit"] == "house"


def test_how_far_a_landslide_bites_inland_is_no_damage() -> None:
    # "ăn sâu vào đất liền 5m" is the depth of the 30 m landslide, not a length of its own
    text = "Sạt lở bờ kênh dài khoảng 30m, ăn sâu vào đất liền khoảng 5m."
    rows = _disaster_rows(text)
    assert 0.03 in rows and 0.005 not in rows


def test_households_hit_then_moved_are_counted() -> None:
    # the damage verb comes before the households; moving them is what followed
    text = "Vụ sạt lở làm ảnh hưởng đến 3 hộ dân, phải di dời khẩn cấp, 2 hộ lân cận có nguy cơ bị sạt lở."
    rows = _disaster_rows(text)
    assert rows[3.0]["impact"] == "houses_damaged" and 2.0 not in rows
    # moved without being hit: still no damage
    assert _disaster_rows("Huyện đã di dời khẩn cấp 3 hộ dân ra khỏi vùng sạt lở.") == {}


def test_kiosks_written_with_a_hyphen_are_infrastructure() -> None:
    text = "Cơn bão làm tốc mái nhiều nhà. Tại thị trấn, 12 ki-ốt bị hư hỏng, trong đó 4 ki-ốt bị sập hẳn."
    for token in ("12", "4"):
        routed = route_in_text(text, token)
        assert routed.table == "disasters" and routed.fields["impact"] == "infrastructure"


def test_a_bank_worn_away_said_with_bare_sat_is_landslide_damage() -> None:
    # "bị sạt" is the short form of "bị sạt lở": damage done even with no hazard word in its paragraph
    routed = route_in_text("Đoạn kè sông ở phường bị sạt 300m, đất tràn xuống lòng sông.", "300")
    assert routed.table == "disasters" and routed.fields["impact"] == "infrastructure"
    assert "landslide" in routed.fields["hazards"]


def test_places_in_a_breakdown_of_public_buildings_count_those_buildings() -> None:
    text = (
        "Gió lốc làm 10 nhà văn hóa bị tốc mái (Tân Hòa 6, Phú Lâm 4); "
        "20 nhà dân bị hư hỏng (Tân Hòa 12, Phú Lâm 8)."
    )
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    kinds = {(r["value"], r["impact"], r.get("unit_label")) for r in rows}
    assert {(6, "infrastructure", "nhà văn hóa"), (4, "infrastructure", "nhà văn hóa")} <= kinds
    assert {(12, "houses_damaged", None), (8, "houses_damaged", None)} <= kinds


def test_spots_where_a_road_was_hit_are_counted_not_scored() -> None:
    text = "Mưa to làm đường liên thôn bị sụt lún tại 3 điểm; đường vào bản, đoạn qua xã Phú Lâm bị sạt taluy ở 2 điểm."
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert sorted((r["value"], r["impact"], r["unit"]) for r in rows) == [
        (2, "infrastructure", "count"),
        (3, "infrastructure", "count"),
    ]
    score = "Chỉ số cải cách hành chính của tỉnh ở 82 điểm, tăng 2 bậc."
    assert route_in_text(score, "82") is None or route_in_text(score, "82").table != "disasters"


def test_a_junction_named_ngã_ba_counts_no_bridges() -> None:
    text = "Mưa lớn làm ngập sâu khu vực ngã ba cầu Suối Đá, giao thông bị chia cắt; lũ cuốn trôi hai cầu tạm."
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert [(r["value"], r.get("unit_label")) for r in rows] == [(2, "cầu")]


def test_rain_said_to_be_a_storms_makes_its_damage_the_storms():
    # "do mưa lớn ảnh hưởng của cơn bão số 4": the rain is the storm's, so is the damage it did
    text = (
        "Mưa lũ ở tỉnh Hà Giang làm 2 người chết\n\n"
        "Ban Chỉ huy phòng chống thiên tai tỉnh báo cáo thiệt hại do mưa lớn ảnh hưởng của cơn bão số 4.\n\n"
        "Mưa lũ làm 15 nhà bị hư hỏng."
    )
    assert _disaster_rows(text)[15.0]["hazards"][:2] == ["storm", "heavy_rain"]
    # rain with no storm behind it stays rain
    assert "storm" not in _disaster_rows(text.replace(" ảnh hưởng của cơn bão số 4", ""))[15.0]["hazards"]


def test_bare_spots_after_trong_do_break_down_the_landslide_spots_before() -> None:
    text = ("Từ đầu năm, tỉnh Vĩnh Long ghi nhận 14 điểm sạt lở bờ sông, trong đó 11 điểm thuộc huyện Mang Thít "
            "và 3 điểm thuộc huyện Long Hồ.")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert sorted((r["value"], r["impact"]) for r in rows) == [
        (3, "infrastructure"), (11, "infrastructure"), (14, "infrastructure")]


def test_a_loss_that_rose_by_an_amount_is_a_change_not_damage() -> None:
    text = ("Năm nay tỉnh Sóc Trăng có 9 điểm sạt lở, ước thiệt hại khoảng 2 tỉ đồng. "
            "So với cùng kỳ năm trước, thiệt hại tăng hơn 700 triệu đồng.")
    rows = extraction_to_json_rows(extract_document(text.encode(), "x.txt"))
    change = [r for r in rows if r.get("value") == 700e6]
    assert [(r["table"], r.get("metric")) for r in change] == [("indicators", "yoy_abs")]


def test_money_needed_to_repair_is_no_loss() -> None:
    text = ("Tại huyện Cái Bè, tỉnh Tiền Giang, sạt lở đất gây thiệt hại khoảng 4 tỉ đồng, "
            "tỉnh phải bố trí 15 tỉ đồng để sửa chữa tuyến đê.")
    rows = extraction_to_json_rows(extract_document(text.encode(), "x.txt"))
    assert sorted((r["table"], r["value"]) for r in rows if r["table"] != "documents") == [
        ("disasters", 4e9), ("indicators", 15e9)]


def test_widths_distances_and_each_ones_length_are_no_facts() -> None:
    # the width of a road or a slide, how far a bank slid inland, how far a house stood, the length of
    # each spot: sizes and places, neither damage nor indicators; the lengths lost and the counts stay
    text = ("Tại huyện Long Hồ, tỉnh Vĩnh Long, bờ kênh sạt lở dài 35m, ăn sâu vào đất liền khoảng 6 m, "
            "nơi rộng nhất 4m, cắt ngang tuyến đường nhựa rộng 5 mét; hai căn nhà cách mép sông chừng 40 m "
            "bị nứt; 5 điểm sạt lở đất, mỗi điểm dài khoảng 60m.")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] != "documents"]
    assert sorted((r["table"], r["value"], r["unit"]) for r in rows) == [
        ("disasters", 0.035, "km"), ("disasters", 2, "house"), ("disasters", 5, "count")]
    # widening a road by some metres is work done, not a size
    work = "Huyện Tân Uyên mở rộng 3m mặt đường."
    rows = extraction_to_json_rows(extract_document(work.encode(), "x.txt"))
    widened = [r for r in rows if r["table"] == "indicators"]
    assert [r["value"] for r in widened] == [0.003]


def test_a_figures_own_cause_of_another_kind_overrides_the_sentences_lead() -> None:
    text = ("Trong đợt lũ quét ở huyện Xín Mần, tỉnh Hà Giang, 5 nhà bị cuốn trôi; "
            "2 người dân xã Nấm Dẩn bị thương do ảnh hưởng sét đánh.")
    rows = {r["value"]: r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt"))
            if r["table"] == "disasters"}
    assert rows[2.0]["hazards"] == ["lightning"]
    assert "lightning" not in rows[5.0]["hazards"]


def _damage(text: str) -> list[tuple]:
    rows = extraction_to_json_rows(extract_document(text.encode(), "storm.txt"))
    return [(r["table"], r.get("impact"), r["value"]) for r in rows if r["table"] != "documents"]


def test_a_market_and_a_relay_mast_are_public_works() -> None:
    text = ("Bão số 5 gây thiệt hại tại tỉnh Quảng Trị. Cột phát sóng: 2 trụ BTS bị gió quật gãy ở xã Vĩnh Thái. "
            "Chợ xã bị tốc mái 3 cái.")
    assert ("disasters", "infrastructure", 2.0) in _damage(text)
    assert ("disasters", "infrastructure", 3.0) in _damage(text)


def test_people_hurt_by_broken_glass_are_the_storms_injured() -> None:
    text = "Bão số 3 đổ bộ tỉnh Nam Định. 12 người bị thương nhẹ do vỡ kính cửa sổ, đã được băng bó tại trạm y tế."
    assert _damage(text) == [("disasters", "injured", 12.0)]


def test_swept_away_and_still_missing_in_the_next_sentence() -> None:
    text = ("Do mưa lớn sau bão, lũ dâng cao ở huyện Quế Phong. Có 2 người bị nước lũ cuốn trôi khi qua ngầm tràn. "
            "Hiện các nạn nhân vẫn đang mất tích, lực lượng địa phương tiếp tục tìm kiếm.")
    assert _damage(text) == [("disasters", "missing", 2.0)]
    # found dead, or nothing said after: counted with the dead as before
    text = "Do mưa lớn sau bão, lũ dâng cao ở huyện Quế Phong. Có 2 người bị nước lũ cuốn trôi khi qua ngầm tràn."
    assert _damage(text) == [("disasters", "deaths", 2.0)]


def test_houses_hit_that_must_move_counted_after_la() -> None:
    # "nhà bị sạt lở phải di dời là 4 nhà": the subject before the verb was hit; the count after "là" is its
    text = "Mưa lớn do hoàn lưu bão làm 9 nhà bị ngập; nhà bị sạt lở phải di dời là 4 nhà; số hộ phải sơ tán là 15 hộ."
    rows = _damage(text)
    assert ("disasters", "houses_damaged", 4.0) in rows
    # households merely moved to safety are no damage
    assert ("disasters", "houses_damaged", 15.0) not in rows


def test_farmed_fish_and_their_farmers_are_aquaculture() -> None:
    text = ("Do ảnh hưởng của bão số 9, sóng lớn đánh vỡ nhiều lồng nuôi. Có 8 hộ nuôi biển bị thiệt hại; "
            "3 ô nuôi bị hỏng hoàn toàn, chết khoảng 400 con cá bớp.")
    rows = _damage(text)
    assert ("disasters", "aquaculture", 8.0) in rows  # households named by the fish they farm
    assert ("disasters", "aquaculture", 3.0) in rows  # a farming cell, like a cage
    assert ("disasters", "aquaculture", 400.0) in rows  # fish counted one by one, no livestock
    # animals of the farmyard stay livestock
    assert ("disasters", "livestock", 6.0) in _damage("Do ảnh hưởng của bão số 9, nước dâng làm chết 6 con bò.")


def test_what_the_sea_took_is_lost_to_the_storm() -> None:
    text = "Bão số 2 đổ bộ, sóng lớn cuốn trôi lồng bè. Số thủy sản bị mất, gồm: 900 con tôm hùm; 2 tạ ốc hương."
    rows = _damage(text)
    assert ("disasters", "aquaculture", 900.0) in rows and ("disasters", "aquaculture", 0.2) in rows


def test_a_storm_lead_that_speaks_of_waves_only_brings_no_rain() -> None:
    text = ("Ngày 5/11, do ảnh hưởng của bão số 13, sóng lớn đã đánh chìm 4 tàu cá neo đậu tại cảng, "
            "gây thiệt hại khoảng 1 tỷ đồng cho ngư dân địa phương.")
    rows = extraction_to_json_rows(extract_document(text.encode(), "waves.txt"))
    assert {tuple(r["hazards"]) for r in rows if r["table"] == "disasters"} == {("storm",)}


def test_huts_walls_cables_and_poles_a_storm_broke_are_infrastructure() -> None:
    text = (
        "Cơn bão làm 3 nhà bị tốc mái. Tại huyện ven biển, hơn 12 chòi canh đầm tôm bị sập; "
        "khoảng 800 md tường rào bị đổ; đứt khoảng 2.500m cáp quang; gãy hai cột điện hạ thế."
    )
    rows = extraction_to_json_rows(extract_document(text.encode(), "chong_bao.txt"))
    got = {r["value"]: (r["impact"], r["unit"]) for r in rows if r.get("table") == "disasters"}
    assert got[12] == ("infrastructure", "count")
    assert got[0.8] == ("infrastructure", "km")  # md = mét dài
    assert got[2.5] == ("infrastructure", "km")
    assert got[2] == ("infrastructure", "count")


def test_houses_partly_collapsed_are_damaged_not_destroyed() -> None:
    r = route_in_text("Trận lốc làm sập một phần 6 ngôi nhà của người dân xã ven sông.", "6")
    assert r.table == "disasters" and r.fields["impact"] == "houses_damaged"


def test_households_whose_crops_were_hit_are_no_houses_hit() -> None:
    text = (
        "Đợt rét hại làm 260 ha chè bị cháy lá, 415 hộ dân có cây trồng bị ảnh hưởng. Riêng thôn A bị thiệt hại 52 ha, "
        "thuộc sở hữu của 64 hộ; khoảng 15 ha cà-phê của 33 hộ bị gây hại nặng."
    )
    rows = extraction_to_json_rows(extract_document(text.encode(), "ret_hai.txt"))
    got = {r["value"]: (r["impact"], r["unit"]) for r in rows if r.get("table") == "disasters"}
    # the owners of the crops hit, like "6 công chôm chôm của 12 hộ": no houses hit, no damage of their own
    assert 415 not in got and 64 not in got and 33 not in got
    assert got[52] == ("crops", "ha")
    assert got[15] == ("crops", "ha")  # "cà-phê" written with a hyphen is coffee


def test_a_breakdown_after_semicolons_keeps_its_cause_under_a_dated_lead() -> None:
    # the collector's date marker opens the lead on the line under the headline: the headline and the lead
    # are sentences of their own, and the lead's cause reaches the places listed after ";"
    from orchestration.extraction import extract_document

    text = ("Lũ gây thiệt hại ở nhiều huyện miền núi\n date 2023-10 Tại tỉnh X, theo báo cáo của Ban Chỉ huy "
            "phòng chống thiên tai tỉnh, mưa lũ đã gây thiệt hại cho nhiều địa phương. Cụ thể, có 60 nhà bị "
            "hư hỏng, trong đó Na Hang 10 nhà; Lâm Bình 30 nhà, Chiêm Hóa 15 nhà; Yên Sơn 5 nhà.\n")
    tables = extract_document(text.encode(), "lu.txt").tables
    damaged = sorted(r["value"] for r in tables["disasters"].iter_rows(named=True))
    assert damaged == [5, 10, 15, 30, 60]
    assert tables["indicators"].height == 0


def test_counts_by_place_after_a_casualty_count_are_those_casualties() -> None:
    # "N người tử vong, có A người ở xã X và B người ở xã Y": where the dead were, each count a death toll
    from orchestration.extraction import extract_document

    text = ("Sét đánh chết người ở vùng cao\n date 2022-06 Chiều qua, giông sét làm 5 nông dân tử vong khi đang "
            "làm nương, có 3 anh em ở xã Pa Vệ và 2 người ở xã vùng cao Mường Lý.\n")
    tables = extract_document(text.encode(), "set.txt").tables
    deaths = sorted(r["value"] for r in tables["disasters"].iter_rows(named=True) if r["impact"] == "deaths")
    assert deaths == [2, 3, 5]
    assert tables["indicators"].height == 0


def test_the_length_of_a_work_built_is_no_damage():
    # a dyke's size, its purpose "chống sạt lở" no landslide: no table of its own (an indicator of the work)
    text = ("Sau mùa mưa bão, tỉnh đầu tư xây dựng tuyến kè chống sạt lở bờ sông dài 2,4km tại xã Tân Phú, "
            "nơi bờ sông sạt lở nghiêm trọng.")
    assert route_in_text(text, "2,4") is None
    text = ("Bờ biển Hòa Lộc sạt lở nhiều năm. Kè chống sạt lở biển Hòa Lộc có chiều dài gần 3,1km, "
            "chia làm hai giai đoạn.")
    assert route_in_text(text, "3,1") is None
    # a dyke that was hit keeps its damage
    text = "Mưa lũ làm kè sông Tân Phú bị sạt lở dài 120m."
    assert route_in_text(text, "120").table == "disasters"


def test_what_a_work_protects_or_is_built_against_is_no_damage():
    # works named for the hazard they fight, the fields a dyke shields: no damage (indicators)
    assert route_in_text("Sau đợt triều cường, tỉnh xây 4 công trình phòng chống sạt lở bờ sông.", "4") is None
    assert route_in_text("Đê bao ngăn lũ khu vực Phú Mỹ đã hoàn thành, bảo vệ hơn 250 ha lúa khỏi ngập.", "250") is None
    # the fields the tide flooded are
    assert route_in_text("Triều cường làm ngập 250 ha lúa của xã Phú Mỹ.", "250").table == "disasters"


def test_a_seasonal_rain_said_to_be_heavy_is_heavy_rain() -> None:
    text = "Chiều qua, mưa trái mùa rất to kèm dông lốc đã làm sập 7 căn nhà ở xã Phú Lộc."
    assert set(route_in_text(text, "7").fields["hazards"]) == {"heavy_rain", "whirlwind"}
    text = "Cơn mưa chuyển mùa kèm lốc xoáy làm tốc mái 5 căn nhà."
    assert route_in_text(text, "5").fields["hazards"] == ["whirlwind"]  # a seasonal rain, not said heavy


def test_the_words_after_and_belong_to_the_next_count_of_houses() -> None:
    text = "Tuần trước, dông lốc cũng đã làm sập 4 căn nhà và tốc mái 12 căn ở xã Long Hòa."
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "12").fields["impact"] == "houses_damaged"
    text = "Gió lốc làm 2 nhà bị sập và hư hỏng 6 nhà khác."
    assert route_in_text(text, "2").fields["impact"] == "houses_destroyed"


def test_a_risk_in_the_consequence_of_the_damage_is_not_the_houses_risk() -> None:
    # (buried houses are destroyed, the verb before them as "nhà bị vùi lấp" after: the count is kept, not at risk)
    text = "Sạt lở vùi lấp 3 ngôi nhà khiến cả xóm có nguy cơ bị cô lập."
    assert route_in_text(text, "3").fields["impact"] == "houses_destroyed"
    text = "Lũ cuốn trôi 4 căn nhà làm cho cả bản có nguy cơ phải di dời."
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"
    assert route_in_text("Mưa lớn khiến 12 ngôi nhà có nguy cơ sạt lở.", "12") is None  # at risk, not hit


def test_what_a_whole_place_has_is_a_stock_not_damage() -> None:
    text = "Cả bản có 52 ngôi nhà, trận lũ quét đã cuốn trôi 4 căn."
    assert route_in_text(text, "52") is None
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"
    text = "Toàn xã hiện có khoảng 300 hộ, nhưng mưa lũ chỉ làm 25 nhà bị ngập."
    assert route_in_text(text, "300") is None
    assert route_in_text("Cả huyện có 14 người chết do lũ.", "14").fields["impact"] == "deaths"
    listed = "Cả xã có khoảng 90 hộ dân, 40 ha ngô bị ngập."  # a list sharing its verb: what was hit
    assert route_in_text(listed, "90").fields["impact"] == "houses_damaged"
    # a count whose own noun is the damage says what was hit
    spots = "Cả huyện có 350 điểm sạt lở, trong đó riêng xã Nậm Có có khoảng 120 điểm."
    assert route_in_text(spots, "350").fields["impact"] == "infrastructure"
    # the spots of the breakdown were hit by what hit the spots they detail
    detail = route_in_text(spots, "120")
    assert detail.fields["impact"] == "infrastructure" and "landslide" in detail.fields["hazards"]


def test_the_size_of_a_hailstone_is_no_heavy_rain() -> None:
    text = "Đêm qua, mưa đá với hạt mưa to hơn hạt đậu kèm gió lốc làm tốc mái 35 ngôi nhà."
    assert set(route_in_text(text, "35").fields["hazards"]) == {"hail", "whirlwind"}


def test_the_fields_a_work_waters_or_drains_are_no_damage():
    # what an irrigation work serves, in a story that spoke of floods before: no damage
    text = ("Tuyến kênh giúp giảm thiệt hại do ngập úng mùa mưa. Công trình sẽ tiêu úng cho gần 900 ha và cấp nước "
            "tưới cho 430 ha lúa của hai xã.")
    assert route_in_text(text, "900") is None
    assert route_in_text(text, "430") is None
    # the fields the flood drowned are
    assert route_in_text("Lũ lớn làm ngập 430 ha lúa của hai xã.", "430").table == "disasters"


def test_the_people_s_verb_after_where_or_who_they_were() -> None:
    # the places (listed with ";") or the names (with their birth years aside) come before what befell them
    text = ("Do lũ lớn, có 5 nạn nhân ở xã Phước Lộc; xã Ninh Sơn và thị trấn Lạc Tánh đã tử vong. "
            "Ở xã An Cư, 3 em nhỏ là Trần Văn A. (sinh năm 2012) và hai anh em của A. bị lũ cuốn mất tích.")
    rows = _damage(text)
    assert ("disasters", "deaths", 5.0) in rows
    assert ("disasters", "missing", 3.0) in rows
    # others befallen, named later: the rescuers counted first are no casualties
    rescuers = "Sau lũ quét, hiện 250 cán bộ, đoàn viên thanh niên vẫn giúp dân dọn bùn và tìm kiếm người mất tích."
    assert not [r for r in _damage(rescuers) if r[0] == "disasters" and r[2] == 250.0]


def test_houses_counted_per_flooding_and_homes_moved_after_la() -> None:
    text = "Mưa lũ kéo dài làm 2.140 lượt nhà bị ngập; 960 hộ bị chia cắt; số hộ phải di dời tạm thời là 415 hộ."
    rows = _damage(text)
    assert ("disasters", "houses_damaged", 2140.0) in rows
    # households moved to safety, their count after "là": no damage
    assert not [r for r in rows if r[0] == "disasters" and r[2] == 415.0]


def test_fishing_rafts_and_delta_motor_boats_are_craft() -> None:
    # "bè mảng" is a fishing raft, a craft like a boat: no farm's cage; "vỏ máy" a small motor boat
    text = "Do bão số 5, sóng lớn đánh chìm 12 bè mảng và 4 vỏ máy của ngư dân, làm trôi 30 lồng bè nuôi cá."
    assert route_in_text(text, "12").fields["impact"] == "infrastructure"
    assert route_in_text(text, "4").fields["impact"] == "infrastructure"
    assert route_in_text(text, "30").fields["impact"] == "aquaculture"


def test_a_help_to_search_for_people_counts_them_lost() -> None:
    text = ("Do ảnh hưởng của bão số 2, biển động mạnh. Đồn biên phòng đề nghị hỗ trợ tìm kiếm hai thuyền viên "
            "bị sóng đánh mất tích.")
    assert route_in_text(text, "hai").fields["impact"] == "missing"
    # help that reached people is no damage
    assert route_in_text("Sau bão số 2, xã đã hỗ trợ kịp thời 15 hộ bị tốc mái.", "15") is None


def test_homes_cut_off_by_the_water_are_not_hit() -> None:
    text = "Nước sông dâng cao đã cô lập 260 hộ dân ở ba xã vùng trũng; 45 nhà bị ngập sâu."
    assert route_in_text(text, "260") is None
    assert route_in_text(text, "45").fields["impact"] == "houses_damaged"
    # "bị cô lập" after a list of the places, still that count's
    text = "Mưa lũ khiến 1.200 nhà ở các xã An Phú, Bình Lộc, Tân Lập, Hòa Mỹ bị cô lập."
    assert route_in_text(text, "1.200") is None


def test_a_craft_overturned_or_wrecked_is_damage() -> None:
    text = "Bão số 6 làm sóng đánh mạnh vào cảng. Ngoài ra, 2 xe tải chở hàng bị lật úp, 3 ghe bị đắm."
    assert route_in_text(text, "2").fields["impact"] == "infrastructure"
    assert route_in_text(text, "3").fields["impact"] == "infrastructure"


def test_boats_carried_off_in_a_storm_add_no_flood() -> None:
    # the sea or the wind carries boats off: no flood unless one is named as the cause
    text = "Do bão số 7, 9 thuyền bị sóng đánh chìm, 3 ghe bị cuốn trôi ra biển."
    assert route_in_text(text, "3").fields["hazards"] == ["storm"]
    # houses carried off still are the flood's work
    assert "flood" in route_in_text("Do bão số 7, 3 căn nhà bị cuốn trôi.", "3").fields["hazards"]


def test_a_full_stop_typed_without_its_space_still_ends_the_sentence() -> None:
    # a copied page glues its sentences ("... di dời.Điểm sạt lở ..."): the warning of the sentence
    # after ("có nguy cơ") must not reach the length of the slide said before it
    text = ("Xã vận động các hộ ven kênh di dời để tránh bị ảnh hưởng.Đoạn sạt lở ở ấp Tân Lợi có chiều dài "
            "khoảng 60m, ăn sâu vào bờ gần 8m.Hiện còn 3 căn nhà có nguy cơ đổ xuống kênh.")
    rows = _disaster_rows(text)
    assert rows[0.06]["impact"] == "infrastructure" and 0.008 not in rows and 3.0 not in rows


def test_the_depth_radius_and_reach_of_a_slide_or_a_wind_are_no_damage() -> None:
    # how far the slide bites in (with "có chỗ lên tới"), how deep it is and the radius a wind swept are sizes
    text = ("Bờ sông sạt lở dài khoảng 80m, ăn sâu vào đất liền có chỗ lên tới 12m, với chiều sâu gần 9m. "
            "Cơn lốc quét trong bán kính 400 m làm tốc mái 14 nhà.")
    rows = extraction_to_json_rows(extract_document(text.encode("utf-8"), "tin.txt"))
    values = {r["value"] for r in rows if r.get("table") in ("disasters", "indicators")}
    assert 0.08 in values and 14.0 in values
    assert not values & {0.012, 0.009, 0.4}


def test_a_village_meeting_house_is_a_public_building() -> None:
    # "nhà sinh hoạt cộng đồng", "nhà rông" serve the village: infrastructure, not homes
    text = "Cơn lốc làm tốc mái 9 nhà dân, 3 nhà sinh hoạt cộng đồng và 1 nhà rông ở xã Đăk Tờ Re."
    rows = _disaster_rows(text)
    assert rows[9.0]["impact"] == "houses_damaged"
    assert rows[3.0]["impact"] == "infrastructure" and rows[1.0]["impact"] == "infrastructure"


def test_the_people_a_work_keeps_safe_after_a_list_of_what_it_protects_are_no_damage() -> None:
    # "bảo vệ nhà cửa, tài sản của N hộ", "cải thiện đời sống cho N hộ": whom a dyke or an embankment serves
    text = ("Tuyến kè chống sạt lở bờ sông Tân Phú giúp bảo vệ nhà cửa, ruộng vườn của gần 420 hộ dân "
            "và 12 cơ sở chế biến ven sông.")
    assert route_in_text(text, "420") is None
    assert route_in_text(text, "12") is None
    text = "Công trình chống ngập kết hợp chống sạt lở sẽ cải thiện điều kiện sống cho hơn 80 hộ dân ven kênh."
    assert route_in_text(text, "80") is None
    # houses the landslide hit stay damage
    assert route_in_text("Sạt lở bờ sông Tân Phú làm hư hỏng nhà của 15 hộ dân.", "15").table == "disasters"


def test_a_crop_whose_yield_fell_or_dried_up_and_a_slope_that_slid_are_damage():
    # "giảm năng suất" (yield cut), "khô kiệt" (parched), "sụt trượt" (slid away) say the harm done
    text = ("Do hạn mặn kéo dài, hơn 1.200 ha lúa ở hai huyện ven biển bị khô kiệt; 340 ha xoài bị giảm "
            "năng suất từ 20% - 60%.")
    assert route_in_text(text, "1.200").table == "disasters"
    assert route_in_text(text, "1.200").fields["impact"] == "crops"
    assert route_in_text(text, "340").fields["impact"] == "crops"
    # the degree of the yield cut qualifies the mango, it is no figure of its own
    assert [f.token for f in find_figures(text)] == ["1.200", "340"]
    slide = "Sau mưa lớn, đoạn ta luy dài khoảng 60 m trên đường liên xã đã bị sụt trượt."
    assert route_in_text(slide, "60").table == "disasters"


def test_the_height_of_a_wave_and_the_depth_of_an_eaten_shore_are_no_damage() -> None:
    text = "Triều cường làm sạt lở 200m kè biển, có nơi lở sâu hơn 15m, con sóng cao nhất đến hơn 6m."
    assert route_in_text(text, "200").fields["impact"] == "infrastructure"
    assert route_in_text(text, "15") is None and route_in_text(text, "6") is None


def test_a_count_after_and_following_an_evacuation_is_a_new_item() -> None:
    text = "Dông lốc làm 3 nhà bị sạt móng phải di dời và 214 nhà bị tốc mái, hư hỏng."
    assert route_in_text(text, "214").fields["impact"] == "houses_damaged"
    moved = "Xã đã di dời khẩn cấp 12 hộ ra khỏi vùng nguy hiểm."
    assert route_in_text(moved, "12") is None


def test_the_area_already_harvested_is_no_crop_hit() -> None:
    text = ("Lũ trái mùa đã làm 3.200 ha lúa bị ngập úng. Đến nay nông dân đã thu hoạch được hơn 7.000 ha lúa; "
            "còn 400 ha chưa kịp thu hoạch 250 ha bị ngập.")
    harvested = route_in_text(text, "7.000")
    assert harvested is None or harvested.table != "disasters"
    assert route_in_text(text, "3.200").fields["impact"] == "crops"


def test_people_the_waves_swept_away_are_the_storms_casualties() -> None:
    text = "Bão số 4 làm một ghe câu bị lật ở cửa biển. Trên ghe, 2 người bị sóng cuốn tử vong, 1 người mất tích."
    dead = route_in_text(text, "2")
    assert dead.table == "disasters" and dead.fields["impact"] == "deaths"
    assert route_in_text(text, "1").fields["impact"] == "missing"


def test_the_dead_whose_bodies_were_found_are_deaths() -> None:
    text = "Sạt lở đất vùi lấp một lán trại ở xã A; lực lượng cứu hộ đã vớt được thi thể 2 người."
    dead = route_in_text(text, "2")
    assert dead.table == "disasters" and dead.fields["impact"] == "deaths"
    # bodies not found yet are no deaths
    missing = "Lũ cuốn trôi một ngôi nhà ở xã B, đến nay chưa tìm thấy thi thể 3 người trong gia đình."
    routed = route_in_text(missing, "3")
    assert routed is None or routed.fields.get("impact") != "deaths"


def test_what_was_bought_is_no_loss() -> None:
    text = "Nước lũ tràn vào trại, chủ trại mua thêm 200 lít xăng để chạy máy bơm nhưng 500 con gà vẫn chết."
    bought = route_in_text(text, "200")
    assert bought is None or bought.table != "disasters"
    assert route_in_text(text, "500").fields["impact"] == "livestock"


def test_spots_where_traffic_is_blocked_are_road_damage():
    # "ách tắc tại N điểm": the spots where the flood or the slides blocked the traffic are road damage
    text = ("Mưa lũ làm sạt lở hơn 500m đường huyện, gây ách tắc tại 12 điểm. "
            "Nước dâng cao gây ngập úng tại 4 điểm làm ách tắc giao thông cục bộ.")
    blocked = route_in_text(text, "12")
    assert blocked.table == "disasters" and blocked.fields["impact"] == "infrastructure"
    flooded = route_in_text(text, "4")
    assert flooded.table == "disasters" and flooded.fields["impact"] == "infrastructure"


def test_houses_collapsed_then_moved_were_hit():
    # "N nhà sập hoàn toàn phải di dời": the collapse (said without "bị") comes first, the move after it
    text = "Mưa lũ khiến huyện A có 30 nhà bị thiệt hại (3 nhà sập hoàn toàn phải di dời khẩn cấp)."
    fallen = route_in_text(text, "3")
    assert fallen.table == "disasters" and fallen.fields["impact"] == "houses_destroyed"


def test_houses_hit_by_sliding_earth_are_landslide_damage():
    # "bị đất đá sạt vào": earth and rock slid onto the houses, a landslide even where the text names no hazard
    text = "Ngoài ra, 15 ngôi nhà ở các xã vùng cao bị đất đá sạt vào."
    hit = route_in_text(text, "15")
    assert hit.table == "disasters" and hit.fields["impact"] == "houses_damaged"
    assert hit.fields["hazards"] == ["landslide"]


def test_health_centres_hit_are_infrastructure():
    # "N trung tâm y tế bị ngập": public buildings like the schools and offices listed with them
    text = "Mưa lũ làm 12 điểm trường, 5 trung tâm y tế bị ngập nước, hư hỏng."
    centres = route_in_text(text, "5")
    assert centres.table == "disasters" and centres.fields["impact"] == "infrastructure"


def test_a_workshop_hit_beside_the_houses_is_infrastructure():
    # "N căn nhà và 1 trại mộc": a carpentry shed, a work like the farm sheds, not a home
    text = "Dông lốc đã làm hư hỏng 6 căn nhà và 2 trại mộc của người dân trong xã."
    shed = route_in_text(text, "2")
    assert shed.table == "disasters" and shed.fields["impact"] == "infrastructure"


def test_people_counted_by_their_kinship_in_words_are_casualties() -> None:
    # "hai bố con tử vong": two persons dead, written in words and counted by who they were to each other
    assert damage("Lũ quét cuốn trôi làm hai bố con tử vong.")[2][0] == "deaths"
    assert damage("Sạt lở đất vùi lấp nhà, ba mẹ con bị thương.")[3][0] == "injured"
    # said without anything befalling them, they are no count
    assert find_figures("Hai bố con anh A đi làm rẫy từ sáng.") == []


def test_a_bound_word_before_whom_an_evacuation_moved_keeps_them_moved():
    # "hơn"/"gần"/"khoảng" before the count does not cut it off from the evacuation verb before it
    text = "Mưa lũ làm 30 nhà bị ngập. Xã đã phải di dời khẩn cấp hơn 60 hộ dân ra khỏi vùng nguy hiểm."
    assert route_in_text(text, "30").table == "disasters"
    moved = route_in_text(text, "60")
    assert moved is None or moved.table != "disasters"
    text = "Bão làm 12 nhà tốc mái; huyện đã sơ tán khẩn cấp khoảng 45 hộ ven sông."
    moved = route_in_text(text, "45")
    assert moved is None or moved.table != "disasters"


def test_schools_closed_for_the_flood_are_not_schools_hit():
    # "N điểm trường phải tạm nghỉ học": shut for the flood, a disruption, not a school damaged
    text = "Mưa lũ làm 40 nhà bị ngập; 25 điểm trường với 3.100 học sinh phải tạm nghỉ học."
    closed = route_in_text(text, "25")
    assert closed is None or closed.table != "disasters"
    assert route_in_text(text, "40").table == "disasters"
    # a school hit, then closed, is hit
    hit = route_in_text("Lũ quét làm 6 điểm trường bị hư hỏng, phải nghỉ học.", "6")
    assert hit.table == "disasters" and hit.fields["impact"] == "infrastructure"


def test_a_flash_flood_only_forecast_does_not_make_the_floods_flash_floods():
    # "nguy cơ xảy ra lũ quét" in the outlook: the floods that did the damage were no flash floods
    text = ("Mưa lũ làm 12 nhà bị ngập và 2 người chết.\n\nDự báo những ngày tới trời còn mưa to, "
            "nguy cơ cao xảy ra lũ quét ở vùng núi.")
    rows = _disaster_rows(text)
    assert "flash_flood" not in rows[12.0]["hazards"] and "flood" in rows[12.0]["hazards"]
    # a flash flood that struck still counts
    rows = _disaster_rows("Mưa lũ, lũ quét làm 12 nhà bị cuốn trôi ở vùng núi.")
    assert "flash_flood" in rows[12.0]["hazards"]


def test_signboards_blown_down_are_damage_like_the_poles_beside_them():
    text = "Dông lốc làm 5 cột điện, 2 biển hiệu cơ quan và 3 biển quảng cáo bị gãy đổ."
    for number in ("2", "3"):
        hit = route_in_text(text, number)
        assert hit.table == "disasters" and hit.fields["impact"] == "infrastructure"
    # the sea ("biển") is no signboard
    assert route_in_text("Bão làm 4 tàu cá bị chìm trên biển.", "4").fields["impact"] == "infrastructure"


def test_stretches_of_eroded_bank_are_counted_like_landslide_spots() -> None:
    # "đoạn" (a stretch of bank) counts landslide spots the way "điểm" does
    text = ("Trong tháng 4/2024, tỉnh Trà Vinh ghi nhận 3 đoạn sạt lở bờ sông dài 90m và 2 đoạn sụt lún "
            "bờ kênh, ước thiệt hại 400 triệu đồng.")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] != "documents"]
    found = {(r["value"], r["table"], r.get("impact")) for r in rows}
    assert (3, "disasters", "infrastructure") in found
    assert (2, "disasters", "infrastructure") in found


def test_the_herd_a_district_now_has_is_no_loss_in_a_cold_spell_report() -> None:
    # "hiện có N con trâu bò": the animals there are, beside the ones the cold killed
    text = ("Đợt rét làm 25 con trâu, bò ở huyện Mường Lát bị chết. "
            "Huyện Mường Lát hiện có khoảng 18.400 con trâu bò.")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] != "documents"]
    assert {(r["value"], r["table"]) for r in rows} == {(25, "disasters"), (18400, "indicators")}


def test_the_people_of_a_breakdown_sentence_share_the_casualty_of_the_sentence_before() -> None:
    text = ("Mưa dông làm ba người tử vong. Trong đó, một người bị cây đổ trúng ở Bắc Giang, "
            "một người bị chết do sét đánh ở Hòa Bình, một người bị mái tôn va vào ở Yên Bái.")
    for i in (1, 2, 3):
        routed = route_in_text(text, "một", occurrence=i)
        assert routed is not None and routed.fields["impact"] == "deaths"


def test_a_landslide_named_as_what_works_are_built_to_remedy_blames_nothing():
    # "Để khắc phục sạt lở, tỉnh thi công 3 công trình kè": the hazard is the purpose of the works, no damage
    text = "Nhằm khắc phục sạt lở ven sông, huyện đang thi công 3 công trình kè với 150 hộ dân được bảo vệ."
    for token in ("3", "150"):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters"
    # the damage of a landslide that is being remedied stays damage
    hit = "Sạt lở làm 4 nhà bị sập; huyện đang khắc phục sạt lở tại xã Tân Phú."
    assert route_in_text(hit, "4").table == "disasters"


def _fact_rows(text: str) -> list[dict]:
    return [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] != "documents"]


def test_spots_a_damage_verb_governs_are_counted_spots_not_scores() -> None:
    # "sạt lở 9 điểm": the spots counted right after the verb are the spots "9 điểm sạt lở" counts
    for text, value in (
        ("Đợt mưa lớn cuối tháng 9 gây sạt lở 9 điểm trên quốc lộ 4D.", 9),
        ("Mưa to kéo dài gây ngập úng 23 điểm trên địa bàn thành phố Hà Giang.", 23),
        ("Lũ quét đã làm sạt lở khoảng 6 điểm trên các tuyến đường liên xã.", 6),
    ):
        spots = [r for r in _fact_rows(text) if r["value"] == value]
        assert [(r["table"], r["impact"], r["unit"], r["unit_label"]) for r in spots] == [
            ("disasters", "infrastructure", "count", "điểm")], text
    # ... and so are the spots a later item of the verb's list counts ("sạt lở A, B và N điểm")
    text = ("Mưa lũ cuốn trôi 2 cầu treo, sạt lở 850 m kè và 31 điểm trên tỉnh lộ 176. "
            "Bão số 3 làm hư hỏng 4 trạm bơm, 12 điểm trên đường đê.")
    for value in (31, 12):
        row = next(r for r in _fact_rows(text) if r["value"] == value)
        assert (row["table"], row["impact"], row["unit"]) == ("disasters", "infrastructure", "count")
        assert "landslide" in row["hazards"] or value == 12
    # near-misses: a score stays a score, also beside the damage of a storm
    text = ("Chỉ số PCI của tỉnh đạt 65,2 điểm, tăng 0,9 điểm. "
            "Mưa lũ làm sạt lở 300 m đường, chỉ số hài lòng của người dân đạt 82 điểm.")
    scores = {r["value"]: (r["table"], r["unit"]) for r in _fact_rows(text) if r["value"] != 0.3}
    assert scores == {65.2: ("indicators", "point"), 0.9: ("indicators", "point"), 82: ("indicators", "point")}


def test_a_time_span_in_the_lead_keeps_the_hazards_it_names() -> None:
    # "từ đêm 12 đến sáng 14/8": the first day of a span whose month is said at its end is a day,
    # not a figure before which the cause must be named
    follow = "Theo thống kê ban đầu, có 3 người chết, 1 người mất tích; 19 nhà bị sập."
    for lead in (
        "Mưa lớn từ đêm 21 đến sáng 23/7 đã gây lũ quét, sạt lở đất tại các xã vùng cao.",
        "Mưa lớn từ ngày 8 đến 10/9 đã gây lũ quét, sạt lở đất tại huyện Mù Cang Chải.",
        "Mưa lớn trong 2 ngày 5 và 6/10 đã gây lũ quét, sạt lở đất ở nhiều nơi.",
        "Mưa to từ chiều 2, đêm 3 đến rạng sáng 4/11 gây lũ quét và sạt lở đất tại nhiều xã.",
        "Mưa lớn từ 19 giờ ngày 3/11 đã gây lũ quét, sạt lở đất tại nhiều xã.",
    ):
        found = damage(lead + " " + follow)
        for value, impact in ((3, "deaths"), (1, "missing"), (19, "houses_destroyed")):
            assert found[value] == (impact, {"heavy_rain", "flash_flood", "landslide"}), lead
    # near-misses: a count before the hazards is still a figure that ends the cause ("làm 5 nhà bị
    # ngập do lũ": the hazard after the count says how the houses were hit), a day's work too
    assert before_first_figure("Mưa lớn làm 5 nhà bị sập do sạt lở đất.") == "Mưa lớn làm "
    assert before_first_figure("Mưa lớn làm 1,5 và 2/3 số nhà bị ngập lũ.") == "Mưa lớn làm "
    assert before_first_figure("Xã huy động 40 ngày công khắc phục sạt lở.") == "Xã huy động "
    assert before_first_figure("Mưa to kéo dài 4 ngày gây sạt lở.") == "Mưa to kéo dài 4 ngày gây sạt lở."


def _places(text: str) -> dict[float, list[str]]:
    """The disaster rows of a text: value → locations."""
    return {r["value"]: r["locations"] for r in _fact_rows(text) if r["table"] == "disasters"}


def test_each_part_of_a_breakdown_by_place_is_at_the_place_named_before_it() -> None:
    # "trong đó huyện A 12 nhà, huyện B 7 nhà", "(huyện X: 15 ha; huyện Y: 20 ha)", "(A 1.800 ha,
    # B 2.350 ha)": a part is where the name right before its number says
    for text, parts in (
        ("Mưa lũ làm 57 nhà bị hư hỏng, trong đó huyện Bát Xát 41 nhà, huyện Văn Bàn 16 nhà.",
         {41: ["Bát Xát"], 16: ["Văn Bàn"]}),
        ("Lũ làm ngập 812 ha lúa (huyện Anh Sơn: 315 ha; huyện Con Cuông: 497 ha).",
         {315: ["Anh Sơn"], 497: ["Con Cuông"]}),
        ("Mưa lớn gây ngập 4.150 ha lúa (Triệu Phong 1.800 ha, Hải Lăng 2.350 ha).",
         {1800: ["Triệu Phong"], 2350: ["Hải Lăng"]}),
        ("Rét hại làm chết 418 con gia súc (huyện Đồng Văn: 156 con; huyện Mèo Vạc: 189 con; thị xã "
         "Sơn Tây: 73 con).", {156: ["Đồng Văn"], 189: ["Mèo Vạc"], 73: ["Sơn Tây"]}),
        ("Lốc xoáy làm 217 nhà tốc mái, trong đó xã Nà Hỳ 120 nhà, xã Nà Bủng khoảng 97 nhà.",
         {120: ["Nà Hỳ"], 97: ["Nà Bủng"]}),
        ("Mưa lũ làm 2.960 ha lúa bị ngập. Theo báo cáo của các địa phương: Duy Xuyên 1.120 ha, "
         "Quế Sơn 640 ha, Đại Lộc 1.200 ha.", {1120: ["Duy Xuyên"], 640: ["Quế Sơn"], 1200: ["Đại Lộc"]}),
        ("Mưa đá làm hư hỏng 95 ha ngô. Huyện Nậm Pồ có 217 nhà bị tốc mái.", {217: ["Nậm Pồ"]}),
    ):
        places = _places(text)
        for value, where in parts.items():
            assert places[value] == where, (text, value)
    # near-misses: a province in a breakdown is no district or commune; a place said after the
    # figure stays the figure's; a label of the item is no place
    places = _places("Lũ làm 161 nhà bị đổ, trôi (Hà Giang: 39 nhà; Lai Châu: 98 nhà; Điện Biên: 24 nhà).")
    assert places[39] == [] and places[98] == [] and places[24] == []
    assert _places("Sạt lở làm 3 người chết, trong đó 2 người ở xã Hóa Sơn.")[2] == ["Hóa Sơn"]
    assert _places("Mưa lũ gây thiệt hại. Về nhà ở: 12 nhà bị sập.")[12] == []


def test_places_after_tren_dia_ban_are_where_the_damage_was() -> None:
    # "xảy ra trên địa bàn các huyện A, B làm 312 nhà ...": "trên địa bàn" says where, as "tại" does
    for text, value, where in (
        ("Mưa đá xảy ra trên địa bàn các huyện Mường Nhé, Nậm Pồ làm 312 nhà bị tốc mái.", 312,
         ["Mường Nhé", "Nậm Pồ"]),
        ("Lốc xoáy trên địa bàn xã Yên Lạc làm 23 nhà bị tốc mái.", 23, ["Yên Lạc"]),
    ):
        assert _places(text)[value] == where, text
    # near-miss: "trên địa bàn tỉnh" names no district or commune
    assert _places("Mưa lũ trên địa bàn tỉnh làm 45 nhà bị ngập.")[45] == []


def test_a_part_of_an_area_takes_the_kind_of_the_area_it_details() -> None:
    # "thiệt hại 8.245 ha cây ăn trái, trong đó huyện A 3.120 ha, huyện B 2.870 ha": every part is
    # what the detailed area's own words say (crops), not a word further back ("Bến Tre", "tre")
    for province in ("Bến Tre", "Trà Vinh", "Sóc Trăng"):
        text = (f"Theo Chi cục Thủy lợi tỉnh {province}, xâm nhập mặn đã làm thiệt hại 8.245 ha cây ăn trái, "
                "trong đó huyện Chợ Lách 3.120 ha, huyện Mỏ Cày Bắc 2.870 ha, huyện Giồng Trôm 2.255 ha.")
        found = damage(text)
        for value in (8245, 3120, 2870, 2255):
            assert found[value][0] == "crops", (province, value)
    # near-miss: bamboo and forest stay forest
    found = damage("Lũ quét làm gãy đổ 12 ha tre và 30 ha rừng keo, trong đó xã A 10 ha, xã B 20 ha.")
    assert found[12][0] == "forest" and found[30][0] == "forest"


def test_the_province_of_ben_tre_is_no_bamboo() -> None:
    # "Bến Tre" names a province (salt intrusion hits it every dry season): its "Tre" is no forest word
    for text, value in (
        ("Xâm nhập mặn làm thiệt hại 9.000 ha lúa ở nhiều tỉnh. Riêng tỉnh Bến Tre có 2.300 ha bị thiệt hại.", 2300),
        ("Hạn mặn gây thiệt hại 5.400 ha lúa đông xuân, trong đó Bến Tre 2.300 ha, Trà Vinh 3.100 ha.", 2300),
        ("Hạn mặn gây thiệt hại 6.100 ha lúa, trong đó Bến Tre khoảng 1.750 ha.", 1750),
    ):
        assert damage(text)[value][0] == "crops", text
    # near-miss: bamboo written out is forest
    assert damage("Lốc xoáy làm gãy đổ 4,5 ha tre, luồng của người dân.")[4.5][0] == "forest"


def test_the_area_of_things_just_counted_is_an_area_of_those_things() -> None:
    # "6 ao nuôi cá với diện tích 2,8 ha": the area is the ponds', so it is what the ponds are
    for text, value, impact in (
        ("Lũ làm tràn bờ 6 ao nuôi cá với diện tích 2,8 ha.", 2.8, "aquaculture"),
        ("Thiệt hại về thủy sản: 14 lồng bè nuôi cá, diện tích khoảng 0,6 ha bị cuốn trôi.", 0.6, "aquaculture"),
        ("Mưa lũ làm chết 300 con gia cầm, làm vỡ 3 ao nuôi tôm có diện tích 1,5 ha.", 1.5, "aquaculture"),
        ("Gió lốc làm đổ 2.500 cây keo với tổng diện tích 4,2 ha.", 4.2, "forest"),
        ("Lũ quét làm hư hỏng 27 thửa ruộng lúa với diện tích 3,1 ha.", 3.1, "crops"),
    ):
        assert damage(text)[value][0] == impact, text
    # near-misses: an area that names its own kind keeps it; an area after people is no pond's
    assert damage("Lũ làm vỡ 3 ao nuôi cá và ngập 12 ha lúa.")[12][0] == "crops"
    assert damage("Mưa lũ làm hư hỏng 5 ao cá, 8 ha hoa màu bị ngập.")[8][0] == "crops"


def test_a_place_after_a_figure_is_its_own_only_up_to_the_next_count() -> None:
    # "(1 người ở huyện A, 1 người ở huyện B)": each count is where the words after it, up to the
    # next count, say
    rows = [r for r in _fact_rows("Mưa lũ làm 2 người chết (1 người ở huyện Sơn Hà, 1 người ở huyện Ba Tơ), "
                                  "1 người mất tích tại huyện Minh Long.") if r["table"] == "disasters"]
    assert [r["locations"] for r in rows] == [[], ["Sơn Hà"], ["Ba Tơ"], ["Minh Long"]]
    rows = [r for r in _fact_rows("Lũ quét làm 3 người chết tại xã Tà Xi Láng; 5 nhà bị cuốn trôi tại xã Pá "
                                  "Lau, 2 nhà bị hư hỏng tại xã Bản Mù.") if r["table"] == "disasters"]
    assert [r["locations"] for r in rows] == [["Tà Xi Láng"], ["Pá Lau"], ["Bản Mù"]]
    # near-miss: a place after its count with no other count between stays the count's
    assert _places("Sạt lở đất làm 2 người mất tích tại xã Mường Lống và xã Na Loi.")[2] == ["Mường Lống", "Na Loi"]


def test_every_item_of_a_list_of_casualties_by_place_after_co_or_gom() -> None:
    # "3 người chết, gồm 2 người tại xã A, 1 người tại xã B": each item is a part of the casualties
    # before "gồm"/"có", not only the first
    for text, parts in (
        ("Lũ quét làm 3 người chết, gồm 2 người tại xã Tà Xi Láng, 1 người tại xã Bản Mù.",
         [(3, "deaths"), (2, "deaths"), (1, "deaths")]),
        ("Sạt lở đất làm 4 người bị thương, có 2 người ở xã A Lưới, 1 người ở xã Hồng Kim và 1 người ở xã Nhâm.",
         [(4, "injured"), (2, "injured"), (1, "injured"), (1, "injured")]),
        ("Mưa lớn khiến 6 người mất tích, gồm 3 người ở huyện Bảo Lâm, 2 người ở huyện Bảo Lạc, 1 người ở "
         "huyện Nguyên Bình.", [(6, "missing"), (3, "missing"), (2, "missing"), (1, "missing")]),
    ):
        rows = [r for r in _fact_rows(text)]
        assert [(r["table"], r["value"], r["impact"]) for r in rows] == [("disasters", v, i) for v, i in parts], text
    # near-miss: a count of people after the list that is not an item stays what it is
    rows = _fact_rows("Lũ làm 2 người chết, gồm 1 người ở xã A Mú, 1 người ở xã Pà Cò; 30 người dân được sơ tán.")
    assert sorted((r["value"], r["table"]) for r in rows) == [
        (1, "disasters"), (1, "disasters"), (2, "disasters"), (30, "indicators")]


def test_a_place_with_its_part_in_brackets_after_it() -> None:
    # "trong đó thị trấn A (96 nhà), xã B (118 nhà)", "ở các huyện A (1.250 nhà), B (980 nhà)": the
    # count in brackets is the part of the place right before them
    for text, parts in (
        ("Mưa đá làm thủng mái 214 ngôi nhà, trong đó thị trấn Na Hang (96 nhà), xã Côn Lôn (118 nhà).",
         {96: ["Na Hang"], 118: ["Côn Lôn"]}),
        ("Mưa lũ làm 3.126 nhà bị ngập, tập trung ở các huyện Nghĩa Hành (1.250 nhà), Mộ Đức (980 nhà) và "
         "thị xã Đức Phổ (896 nhà).", {1250: ["Nghĩa Hành"], 980: ["Mộ Đức"], 896: ["Đức Phổ"]}),
    ):
        places = _places(text)
        for value, where in parts.items():
            assert places[value] == where, (text, value)
    # near-miss: a province with its part in brackets is no district
    assert _places("Lũ làm 60 nhà bị sập, gồm Lai Châu (41 nhà), Điện Biên (19 nhà).")[41] == []


def test_a_place_name_ending_in_a_qualifier_word_keeps_its_letters() -> None:
    # "thị xã An Nhơn 2 người": the "hơn" inside "Nhơn" is the name's, no "hơn" (over) before the count
    places = _places("Lũ làm 5 người chết, trong đó TP. Quy Nhơn 1 người, thị xã An Nhơn 2 người, huyện Tuy "
                     "Phước 2 người.")
    assert places[1] == ["Quy Nhơn"] and places[2] == ["Tuy Phước"]
    # near-miss: a real "hơn" before the count is no part of the name
    assert _places("Lũ làm ngập 900 ha lúa, trong đó huyện Tây Sơn hơn 500 ha.")[500] == ["Tây Sơn"]


def test_disasters_in_general_as_the_cause() -> None:
    # "thiên tai đã làm 9 người chết", "Thiên tai từ đầu năm gây thiệt hại ...", "do thiên tai gây ra",
    # "07 đợt thiên tai": damage of disasters of no named kind (season totals) is disaster damage, with
    # no hazard of the contract's list
    for text, token, impact in (
        ("Từ đầu năm 2025 đến nay, thiên tai đã làm 9 người chết, 3 người mất tích.", "9", "deaths"),
        ("Từ đầu năm 2025 đến nay, thiên tai đã làm 9 người chết, 3 người mất tích.", "3", "missing"),
        ("Lũy kế 10 tháng, thiên tai trên địa bàn tỉnh làm 1.204 nhà bị hư hỏng.", "1.204", "houses_damaged"),
        ("Thiên tai từ đầu năm gây thiệt hại hơn 420 tỷ đồng", "420", "economic_loss"),
        ("Tổng giá trị thiệt hại do thiên tai gây ra ước khoảng 76 tỷ đồng.", "76", "economic_loss"),
        ("Năm 2026, trên địa bàn huyện xảy ra 07 đợt thiên tai.", "07", "events"),
        ("Thiên tai, nhất là các đợt rét, khiến 215 con gia súc bị chết.", "215", "livestock"),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "disasters", (text, token)
        assert routed.fields["impact"] == impact and routed.fields["hazards"] in ([], ["cold"]), (text, token)
    # a named hazard beside it is the figure's
    assert route_in_text("Do thiên tai, mưa lớn kéo dài đã làm 4 người chết.", "4").fields["hazards"] == ["heavy_rain"]
    # near-misses: the bodies, funds and works against disasters blame nothing on them
    for text, token in (
        ("Quỹ phòng, chống thiên tai tỉnh đã thu được 12 tỷ đồng.", "12"),
        ("Tỉnh tổ chức diễn tập ứng phó với thiên tai cho 350 người.", "350"),
        ("Ban Chỉ huy phòng chống thiên tai huyện đã hỗ trợ 40 hộ dân.", "40"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", (text, token)


def test_children_counted_by_the_word_a_child_is_called_by() -> None:
    # "2 em học sinh bị thương", "làm chết đuối 3 cháu nhỏ": children hit are persons hit
    for text, token, impact in (
        ("Lốc xoáy chiều 3/6 làm 2 em học sinh bị thương và tốc mái 41 nhà.", "2", "injured"),
        ("Mưa lũ làm chết đuối 3 cháu nhỏ tại huyện Mường Lát.", "3", "deaths"),
        ("Lũ ống cuốn trôi 4 em học sinh trên đường đi học, đến nay chưa tìm thấy.", "4", "missing"),
        ("Sạt lở đất vùi lấp nhà dân khiến 2 cháu bé tử vong.", "2", "deaths"),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "disasters", (text, token)
        # (the unit the row is filed in: the rule's own, or the figure's when the rule keeps it)
        unit = routed.unit or next(f.unit for f in find_figures(text) if f.token == token)
        assert routed.fields["impact"] == impact and unit == "person", (text, token)
    # near-misses: children given gifts or taught are no casualties
    for text, token in (
        ("Sau lũ, huyện trao 120 suất quà cho 120 em học sinh có hoàn cảnh khó khăn.", "120"),
        ("Mưa lớn khiến 850 em học sinh phải nghỉ học.", "850"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", (text, token)


def test_how_the_next_predicates_things_were_hit_is_theirs() -> None:
    # "làm hư hỏng 4 phòng học và làm sạt lở 1.200 m đường": the landslide hit the road, not the classrooms
    for text, first, second in (
        ("Mưa lớn làm hư hỏng 4 phòng học và làm sạt lở 1.200 m đường giao thông nông thôn.", "4", "1.200"),
        ("Mưa to đã làm tốc mái 37 nhà dân, gây sạt lở 650 m kênh mương nội đồng.", "37", "650"),
        ("Đợt mưa lớn làm hư hỏng 2 cầu tràn, đồng thời khiến ngập úng 140 ha lúa.", "2", "140"),
    ):
        hit_first, hit_second = route_in_text(text, first), route_in_text(text, second)
        assert hit_first.fields["hazards"] == ["heavy_rain"], text
        assert hit_second.fields["hazards"] != ["heavy_rain"], text
    # near-miss: one verb over the whole list still says how every item was hit
    text = "Mưa lớn làm sạt lở 3 phòng học và 800 m đường giao thông."
    assert route_in_text(text, "3").fields["hazards"] == ["heavy_rain", "landslide"]


def test_a_special_zone_or_an_urban_district_opens_a_part_of_a_breakdown_by_place() -> None:
    # "(xã A 30 nhà, đặc khu B 12 nhà)": a special zone (from 2025) is a district's kind, as "huyện" is; so is "quận"
    text = "Bão số 6 ngày 3/10/2027 làm 42 nhà bị tốc mái (xã Tịnh Khê 30 nhà, đặc khu Lý Sơn 12 nhà)."
    assert _disaster_rows(text)[12.0]["locations"] == ["Lý Sơn"]
    text = "Mưa lớn ngày 3/10/2027 làm 42 nhà bị ngập (phường An Khánh 30 nhà, quận Ninh Kiều 12 nhà)."
    assert _disaster_rows(text)[12.0]["locations"] == ["Ninh Kiều"]
    # near-miss: a province named in the part is no place of the table's
    text = "Bão số 6 ngày 3/10/2027 làm 42 nhà bị tốc mái (xã Tịnh Khê 30 nhà, tỉnh Gia Lai 12 nhà)."
    assert _disaster_rows(text)[12.0]["locations"] == []


def test_an_area_in_brackets_after_its_place_in_a_list_of_places_takes_no_words_past_its_bracket() -> None:
    # "A (N ha), B (M ha) và C (K ha)": the middle part's words after its ")" are the next place's, not what it counts
    text = ("Rét đậm, rét hại tháng 1/2027 làm 1.300 ha chè bị hại. Nặng nhất là các xã Tà Xùa (540 ha), "
            "Làng Chếu (410 ha) và Hang Chú (350 ha).")
    row = _disaster_rows(text)[410.0]
    assert (row["impact"], row["locations"]) == ("crops", ["Làng Chếu"])
    # near-miss: an area whose own words follow it names its kind ("..., 410 ha rừng keo")
    text = "Rét đậm, rét hại tháng 1/2027 làm 1.300 ha chè bị hại, 410 ha rừng keo bị chết cháy."
    assert _disaster_rows(text)[410.0]["impact"] == "forest"


def test_places_in_brackets_right_after_a_figure() -> None:
    # "03 người chết (xã Phong Sơn, huyện Phong Điền)", "+ Số người chết: 02 người (huyện Hoài Nhơn)": where
    places = _places("Thiệt hại do mưa lũ:\n- Về người: 03 người chết (xã Hương Sơn, huyện Nam Đông), 01 người mất "
                     "tích.")
    assert places[3] == ["Hương Sơn", "Nam Đông"] and places[1] == []
    bulletin = "Thiệt hại do bão số 6:\n+ Số người chết: 02 người (huyện Tuy Phước);\n+ Số người bị thương: 6 người."
    assert _places(bulletin)[2] == ["Tuy Phước"]
    assert _places("Bão làm sạt lở 800m bờ biển (thị xã Hoài Nhơn) và 1.300m bờ sông.")[0.8] == ["Hoài Nhơn"]
    # near-misses: a bracket of names with no kind, or one past another clause, is no place of the figure
    assert _places("Mưa lũ làm 12 người chết (Lai Châu: 9 người, Sơn La: 3 người).")[12] == []
    assert _places("Lũ làm 4 người chết, nhiều tuyến đường bị chia cắt (huyện Kỳ Sơn).")[4] == []


def _bulletin(lead: str, section: str, damage: str) -> dict[float, list[str] | None]:
    """A bulletin whose section on the damage comes long after its lead (value → hazards, None when the
    figure is no disaster row)."""
    response = "".join(f"- Công điện số {n}/CĐ-UBND yêu cầu các địa phương kiểm tra hồ đập, bố trí lực lượng ứng "
                       "trực tại các điểm xung yếu và hướng dẫn người dân chằng chống nhà cửa, di chuyển tài sản.\n"
                       for n in range(31, 43))
    rows = _fact_rows(f"{lead}\n\nI. CÔNG TÁC CHỈ ĐẠO\n{response}{section}\n{damage}\n")
    return {r["value"]: (r["hazards"] if r["table"] == "disasters" else None) for r in rows}


def test_a_section_on_the_damage_takes_the_cause_of_the_bulletins_lead() -> None:
    # a lead that states the event, then pages on the response, then "II. TÌNH HÌNH THIỆT HẠI": the
    # section's damage is the lead's event's, however far back the lead is
    lead = "Do ảnh hưởng của bão số 5, từ ngày 3 đến 5/9/2026 trên địa bàn tỉnh có mưa to, gây ngập lụt nhiều nơi."
    damage = ("1. Về người: 03 người chết; 05 người bị thương.\n2. Về nhà ở: 14 nhà bị sập.\n"
              "3. Ước tổng giá trị thiệt hại: 86 tỷ đồng.")
    for section in ("II. TÌNH HÌNH THIỆT HẠI", "2. Thiệt hại do mưa bão"):
        hazards = _bulletin(lead, section, damage)
        for value in (3, 5, 14, 86e9):
            assert hazards[value] and "storm" in hazards[value], (section, value)
    # near-misses: a section on something else, or a lead that states no event, lends nothing
    assert _bulletin(lead, "II. TÌNH HÌNH KINH TẾ", damage).get(14) is None
    assert _bulletin("Tỉnh tổ chức hội nghị tổng kết năm 2026 vào ngày 3/9.", "II. TÌNH HÌNH THIỆT HẠI",
                     damage).get(14) is None


def test_every_figure_of_a_line_labelled_by_its_place_is_there() -> None:
    # "- Xã Hà Linh: 45 nhà bị tốc mái một phần; 12 ha ngô bị gãy đổ": the line's later figures too
    text = ("Lốc xoáy chiều 9/4 làm nhiều nhà bị tốc mái. Cụ thể:\n- Xã Sơn Kim: 38 nhà bị tốc mái, 2 người bị "
            "thương.\n+ Thị trấn Phố Châu: 21 nhà bị tốc mái; 6 ha lạc bị gãy đổ.\n- Huyện Đức Thọ: 4 nhà bị sập.")
    places = _places(text)
    assert places[38] == places[2] == ["Sơn Kim"]
    assert places[21] == places[6] == ["Phố Châu"]
    assert places[4] == ["Đức Thọ"]
    # near-miss: a line labelled by a topic, not a place, names none
    assert _places("Lốc xoáy gây thiệt hại.\n- Về nhà ở: 17 nhà bị tốc mái; 3 nhà bị sập.")[3] == []


def test_households_that_lost_their_home_count_houses_destroyed() -> None:
    # "6 hộ mất nhà hoàn toàn", "14 hộ dân mất nhà cửa", "3 hộ mất chỗ ở": their homes are gone
    for text, token in (
        ("Lũ quét làm 6 hộ mất nhà hoàn toàn.", "6"),
        ("Trận lũ khiến 14 hộ dân mất nhà cửa tại xã Tà Mung.", "14"),
        ("Sạt lở đất làm 3 hộ mất chỗ ở.", "3"),
    ):
        assert route_in_text(text, token).fields["impact"] == "houses_destroyed", text
    # near-miss: households that lost belongings still have their homes
    assert route_in_text("Lũ làm 30 hộ bị mất tài sản.", "30").fields["impact"] == "houses_damaged"


def test_forces_and_vehicles_sent_to_the_response_are_no_damage() -> None:
    # "huy động 1.500 người và 80 phương tiện", "điều động 6 xuồng máy, 3 ca nô": sent to help, not lost
    lead = "Mưa lũ làm 35 nhà bị ngập. "
    for text, token in (
        (lead + "Huyện đã huy động 1.500 người và 80 phương tiện hỗ trợ người dân.", "80"),
        (lead + "Bộ đội biên phòng điều động 6 xuồng máy, 3 ca nô ứng cứu.", "6"),
        (lead + "Tỉnh tăng cường 120 người, 15 xe tải và 4 máy xúc để thông tuyến.", "15"),
        (lead + "Ngành y tế bố trí khoảng 12 xe cứu thương trực tại các điểm xung yếu.", "12"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-misses: vehicles the flood hit are damage, also after a verb of the response in another clause
    for text, token in (
        ("Lũ cuốn trôi 5 xuồng máy của người dân.", "5"),
        ("Huy động lực lượng ứng cứu, nhưng mưa lũ vẫn làm 9 phương tiện bị hư hỏng.", "9"),
    ):
        assert route_in_text(text, token).fields["impact"] == "infrastructure", text


def test_ponds_and_dykes_that_burst_are_damaged() -> None:
    from orchestration.extraction import extract_document

    text = ("Hà Tĩnh: Mưa lũ gây thiệt hại\n\nMưa lũ từ ngày 14 đến 16/10/2027 làm 9 ha ao nuôi tôm bị vỡ.\n")
    rows = extract_document(text.encode(), "ha_tinh.txt").tables["disasters"].to_dicts()
    assert [(r["impact"], r["value"], r["unit"]) for r in rows] == [("aquaculture", 9, "ha")]


def test_a_casualtys_bracketed_details_lend_no_cause_to_the_next_count() -> None:
    # "01 người chết (ông A, thôn B, bị lũ cuốn trôi); 02 người bị thương": the bracket says who died and
    # how, with commas of its own; the next count keeps the bulletin's cause (here the heading's "mưa lũ")
    head = "Báo cáo thiệt hại do mưa lũ trên địa bàn huyện Mường Lát\n\n"
    for line, token in (
        ("1. Về người: 01 người chết (ông Vi Văn K., bản Sa Ná, xã Na Mèo bị lũ cuốn trôi); 02 người bị thương.",
         "02"),
        ("- Thiệt hại về người: 2 người chết (bà H., thôn Pù Quăn, bị sạt lở vùi lấp), 3 người bị thương nhẹ.",
         "3"),
        ("Về người: 1 người mất tích (anh L., 24 tuổi, bản Chiềng, bị nước cuốn khi qua suối); 4 người bị thương.",
         "4"),
    ):
        routed = route_in_text(head + line, token)
        assert routed.fields["impact"] == "injured", line
        assert routed.fields["hazards"] == ["heavy_rain", "flood"], line
    # near-miss: a cause after the comma outside any bracket is the next count's own ("..., do dông lốc 5 người")
    text = "Thiên tai làm 9 người bị thương, trong đó do dông lốc 5 người."
    assert route_in_text(text, "5").fields["hazards"] == ["whirlwind"]


def test_the_bodies_of_the_missing_found_are_dead() -> None:
    # "tìm thấy thi thể 1 người mất tích": the count is of bodies found, the dead, whatever the people were
    # counted as before
    lead = "Lũ quét tại xã Tà Xi Láng làm 2 người chết, 3 người mất tích. "
    for later, token in (
        ("Đến trưa 16/7, lực lượng tìm kiếm đã tìm thấy thi thể 1 người mất tích.", "1"),
        ("Chiều 5/8, đã vớt được thi thể 2 người bị mất tích trên sông Chảy.", "2"),
        ("Người dân phát hiện xác 1 nạn nhân mất tích cách nơi bị nạn 3 km.", "1"),
    ):
        assert route_in_text(lead + later, token).fields["impact"] == "deaths", later
    # near-misses: the bodies not found yet are still missing; people found without "thi thể/xác" stay as said
    assert route_in_text(lead + "Hiện vẫn chưa tìm thấy thi thể 3 người mất tích.", "3", occurrence=2).fields[
        "impact"] == "missing"
    assert route_in_text(lead + "Còn 2 người mất tích đang được tìm kiếm.", "2", occurrence=2).fields[
        "impact"] == "missing"


def test_tropical_depressions_counted_by_name_are_events() -> None:
    # "02 áp thấp nhiệt đới", "4 ATNĐ": each is one event of the storm kind, as "03 cơn bão" is
    for text, token in (
        ("Năm 2026, tỉnh Phú Yên chịu ảnh hưởng của 03 cơn bão và 02 áp thấp nhiệt đới.", "02"),
        ("Trong năm xuất hiện 11 cơn bão và 4 ATNĐ, trong đó 2 áp thấp nhiệt đới ảnh hưởng trực tiếp.", "4"),
        ("Trong năm xuất hiện 11 cơn bão và 4 ATNĐ, trong đó 2 áp thấp nhiệt đới ảnh hưởng trực tiếp.", "2"),
        ("Do ảnh hưởng của 01 áp thấp nhiệt đới, mưa to làm 3 người chết.", "01"),
    ):
        routed = route_in_text(text, token)
        assert routed.fields["impact"] == "events" and "storm" in routed.fields["hazards"], text
    # the damage after a counted depression keeps its own count: "3 người chết" is deaths
    text = "Do ảnh hưởng của 01 áp thấp nhiệt đới, mưa to làm 3 người chết."
    assert route_in_text(text, "3").fields["impact"] == "deaths"
    # near-miss: a depression named without a count leaves the damage after it as it was
    routed = route_in_text("Áp thấp nhiệt đới gây mưa to làm 12 ha lúa bị ngập.", "12")
    assert routed.fields["impact"] == "crops" and "storm" in routed.fields["hazards"]


def test_street_trees_felled_are_damage_to_public_works() -> None:
    # "3.580 cây xanh bị gãy đổ", "làm đổ 120 cây xanh": the trees of streets and parks, public works like the
    # roads they stand on (trees felled on roads are infrastructure in the gold); forest trees stay forest
    for text, token, hazard in (
        ("Bão số 3 làm 245 trạm biến áp hư hỏng. Trên các tuyến phố, 3.580 cây xanh bị gãy đổ.", "3.580", "storm"),
        ("Dông lốc chiều 4/5 làm đổ 120 cây xanh, tốc mái 15 nhà.", "120", "whirlwind"),
        ("Bão số 2 làm gãy đổ 1.200 cây bóng mát trên địa bàn thành phố Vinh.", "1.200", "storm"),
    ):
        routed = route_in_text(text, token)
        assert routed.table == "disasters" and routed.fields["impact"] == "infrastructure", text
        assert routed.fields["hazards"] == [hazard], text
    # near-misses: forest trees are forest; trees planted are no damage
    assert route_in_text("Bão làm 5.000 cây keo bị gãy đổ.", "5.000").fields["impact"] == "forest"
    routed = route_in_text("Năm 2026, thành phố trồng mới 3.580 cây xanh.", "3.580")
    assert routed is None or routed.table != "disasters"


def test_a_volume_after_counted_landslides_is_theirs() -> None:
    # "23 điểm sạt lở taluy, khối lượng 38.500 m3": the volume measures the landslides just counted
    for text, token in (
        ("Mưa lớn kéo dài làm 23 điểm sạt lở taluy, tổng khối lượng khoảng 38.500 m3.", "38.500"),
        ("Mưa to gây 41 vị trí sạt lở trên quốc lộ 6; khối lượng đất đá khoảng 12.300 m3.", "12.300"),
        ("Tại huyện Bắc Yên, mưa lớn làm 9 điểm sạt lở, khối lượng 2.150 m3.", "2.150"),
    ):
        routed = route_in_text(text, token)
        assert routed.fields["impact"] == "infrastructure", text
        assert set(routed.fields["hazards"]) == {"heavy_rain", "landslide"}, text
    # near-miss: a volume after houses hit by the rain says no landslide of its own
    routed = route_in_text("Mưa lớn làm 8 nhà bị tốc mái, khối lượng 950 m3 bùn đất tràn vào.", "950")
    assert "landslide" not in routed.fields["hazards"]


def test_places_after_villages_and_at_a_sentences_opening() -> None:
    # "tại bản A và bản B, xã C, huyện D": the villages first, then the commune and district the facts list;
    # "Tại huyện X, ...": a sentence that opens on where
    for text, token, places in (
        ("Mưa lớn gây lũ quét tại bản Huổi Un và bản Co Đứa, xã Mường Pồn, huyện Điện Biên làm 3 người chết.", "3",
         ["Mường Pồn", "Điện Biên"]),
        ("Tại thôn Nà Khương, xã Sơn Vĩ, sạt lở đất vùi lấp 2 nhà.", "2", ["Sơn Vĩ"]),
        ("Tại huyện Mèo Vạc, mưa lũ làm 3 người chết; 5 nhà bị sập.", "5", ["Mèo Vạc"]),
        ("Lốc xoáy làm tốc mái 73 nhà tại tổ dân phố 5, phường Tân Thanh.", "73", ["Tân Thanh"]),
        ("Ở xã Nậm Cuổi, mưa đá làm hư hỏng 41 nhà.", "41", ["Nậm Cuổi"]),
    ):
        assert route_in_text(text, token).fields["locations"] == places, text
    # near-misses: a sentence that opens on its number is not at the place of the sentence run into it; a
    # place after the figure is still its own
    text = "Mưa lũ làm 2 người chết, 1 người chết do sét đánh tại xã Phong Thủy. 4.520 nhà bị ngập."
    assert route_in_text(text, "4.520").fields["locations"] == []
    assert route_in_text(text, "1").fields["locations"] == ["Phong Thủy"]
    text = "Mưa lũ làm 12 nhà bị ngập. 4 nhà bị sập tại xã Trung Lý."
    assert route_in_text(text, "4").fields["locations"] == ["Trung Lý"]


def test_the_verb_before_each_count_of_a_list_of_people() -> None:
    # "chết 3 người, mất tích 1 người, bị thương 15 người": each count's verb stands before it; the words
    # after its comma are the next item's
    for text, expected in (
        ("Về người do bão số 3: chết 3 người, mất tích 1 người, bị thương 15 người.",
         {"3": "deaths", "1": "missing", "15": "injured"}),
        ("Lũ quét làm mất tích 2 người; bị thương nhẹ 6 người; tử vong 4 người.",
         {"2": "missing", "6": "injured", "4": "deaths"}),
    ):
        for token, impact in expected.items():
            assert route_in_text(text, token).fields["impact"] == impact, (text, token)
    # near-misses: the words right after the people still say what happened to them
    text = "Lũ làm 2 người chết, 3 người bị thương."
    assert route_in_text(text, "2").fields["impact"] == "deaths"
    assert route_in_text(text, "3").fields["impact"] == "injured"


def test_a_numbered_heading_that_goes_on_from_a_line_of_damage_is_the_next_kind_of_it() -> None:
    # "2. Về nhà ở: ... 86 nhà." then "3. Về nông nghiệp:" over its items: the list of damage by kind goes on,
    # on the same event; the heading is no section on something else
    text = (
        "Báo cáo thiệt hại do bão số 3 trên địa bàn tỉnh Thái Bình\n\nI. THIỆT HẠI\n"
        "1. Về người: 2 người chết.\n2. Về nhà ở: tốc mái 4.210 nhà.\n3. Về nông nghiệp:\n"
        "- Cây trồng: lúa 1.250 ha bị ngập, dập nát.\n- Chăn nuôi: lợn 340 con bị chết.\n"
        "4. Về điện: 35 cột điện trung thế bị gãy đổ.\n"
    )
    rows = extract_document(text.encode(), "thai_binh.txt").tables["disasters"].to_dicts()
    got = {r["value"]: (r["impact"], set(r["hazards"])) for r in rows}
    assert got[1250] == ("crops", {"storm", "flood"})
    assert got[340] == ("livestock", {"storm"})
    assert got[35] == ("infrastructure", {"storm"})
    # near-miss: a heading on something else after a line that states no damage lends no cause
    text = (
        "Trong tháng, bão số 3 làm 2 người chết.\n\n2. Tình hình dân số:\nDân số trung bình 1.250 người.\n"
        "3. Về nông nghiệp:\n- Chăn nuôi: đàn lợn 340 con bị chết do dịch tả.\n"
    )
    rows = extract_document(text.encode(), "thai_binh.txt").tables["disasters"].to_dicts()
    assert 340 not in {r["value"] for r in rows}
    # near-miss: the title of a section on something else right after the last line of damage
    text = "Trong tháng, lốc xoáy làm 15 nhà bị tốc mái.\n\n4. Giáo dục - đào tạo\nCó 3 vụ đuối nước làm 4 em tử vong."
    rows = extract_document(text.encode(), "thai_binh.txt").tables["disasters"].to_dicts()
    assert 4 not in {r["value"] for r in rows}


def test_school_equipment_and_cage_cells_counted_as_damage() -> None:
    # "hư hỏng 1.240 bộ bàn ghế", "12 máy tính": the equipment of the public buildings hit; "1.120 ô lồng":
    # the cells of a cage farm
    for text, token, impact in (
        ("Bão số 3 làm hư hỏng 1.240 bộ bàn ghế.", "1.240", "infrastructure"),
        ("Lũ làm ngập 3 trường, hư hỏng 45 bộ máy vi tính.", "45", "infrastructure"),
        ("Mưa lũ làm hư hỏng nhiều trang thiết bị, 16 máy tính của Trường THCS Ba Lòng.", "16", "infrastructure"),
        ("Bão số 4 làm 1.120 ô lồng bè nuôi cá bị cuốn trôi.", "1.120", "aquaculture"),
    ):
        assert route_in_text(text, token).fields["impact"] == impact, text
    # near-misses: equipment bought or handed out is no damage
    for text, token in (
        ("Năm học 2025-2026, ngành giáo dục mua sắm 1.240 bộ bàn ghế.", "1.240"),
        ("Sau bão, tỉnh hỗ trợ 300 bộ bàn ghế cho các trường bị thiệt hại.", "300"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text


def test_each_item_of_a_list_of_events_states_its_own_event() -> None:
    # "- Bão số 1 ... .\n- Đợt mưa lũ tháng 11 ... . Thiệt hại ...": each item closed by its stop is a statement of
    # its own; the loss after the second item is that event's, not the first item's
    text = (
        "Tình hình thiên tai năm 2026 tỉnh Quảng Ngãi\n\nTrong năm, thiên tai làm 9 người chết. Cụ thể:\n"
        "- Lốc xoáy ngày 3/4/2026 làm tốc mái 20 nhà tại huyện Ba Tơ.\n"
        "- Đợt mưa lũ tháng 11/2026 làm 7 người chết. Thiệt hại ước 12 tỷ đồng.\n"
    )
    rows = extract_document(text.encode(), "quang_ngai.txt").tables["disasters"].to_dicts()
    got = {r["value"]: set(r["hazards"]) for r in rows}
    assert got[12e9] == {"heavy_rain", "flood"}
    assert got[20] == {"whirlwind"}
    # near-miss: items without their own stop (a list led by its cause) still take the lead's cause
    text = "Mưa lũ ngày 5/10/2026 đã làm:\n- 3 người chết;\n- 12 nhà bị sập.\nThiệt hại ước 4 tỷ đồng.\n"
    rows = extract_document(text.encode(), "quang_ngai.txt").tables["disasters"].to_dicts()
    assert {r["value"]: set(r["hazards"]) for r in rows}[4e9] == {"heavy_rain", "flood"}


def test_bare_items_go_on_from_the_part_that_states_the_damage() -> None:
    # "xã A có 92 con bị chết; xã B 64 con; xã C 30 con": the later places leave out what befell them, as said
    # of the first; a middle item too (the last one shared the sentence's end before)
    for text, token, impact in (
        ("Rét hại làm chết 300 con gia súc. Trong đó, xã Chiềng Pằn có 120 con trâu bị chết; xã Tà Hộc 74 con; "
         "xã Mường Bằng 21 con.", "74", "livestock"),
        ("Lốc xoáy ngày 3/5 làm tốc mái 95 nhà: xã Yên Lập có 40 nhà bị tốc mái; xã Lương Sơn 33 nhà; xã Tân Lạc "
         "22 nhà.", "33", "houses_damaged"),
        ("Mưa lớn kéo dài, 61 con bò bị chết do ngập úng; 8 ao cá; 5 ha lúa bị vùi lấp.", "8", "aquaculture"),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "disasters", text
        assert routed.fields["impact"] == impact, text
    # its cause is the part's own ("do ngập úng": flood and rain), not the landslide of the sentence before
    text = "Sạt lở đất làm 3 nhà bị vùi lấp. Có 61 con bò bị chết do ngập úng; 8 ao cá nuôi."
    assert set(route_in_text(text, "8").fields["hazards"]) == {"flood", "heavy_rain"}
    # near-misses: an item with a verb of its own is another clause; a list of what there is names no damage
    for text, token in (
        ("Rét hại làm chết 300 con gia súc. Trong đó, xã Chiềng Pằn có 120 con trâu bị chết; xã Tà Hộc đã tiêm "
         "vắc xin cho 500 con.", "500"),
        ("Rét hại kéo dài. Tổng đàn trâu, bò của tỉnh: xã Chiềng Pằn 1.200 con; xã Tà Hộc 900 con.", "900"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text


def test_an_earthquake_is_a_disaster_of_no_named_kind() -> None:
    # "động đất làm 15 nhà bị nứt tường": damage, of no hazard the contract lists (not the lightning of the
    # sentence before); aftershocks the same
    for text, token in (
        ("Sét đánh làm chết 2 con trâu. Trận động đất mạnh 4,5 xảy ra tại huyện Kon Plông làm 15 nhà bị nứt tường.",
         "15"),
        ("Dư chấn động đất làm 7 ngôi nhà tại xã Măng Cành bị nứt, hư hỏng.", "7"),
        # a tremor ("rung chấn") is the quake's too
        ("Trận động đất xảy ra lúc 6 giờ sáng.\n\nRung chấn đã làm 9 nhà dân tại xã Đắk Ring bị nứt tường.", "9"),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "disasters", text
        assert routed.fields["impact"] == "houses_damaged" and routed.fields["hazards"] == [], text
    # near-miss: the lightning's own damage keeps its hazard
    assert route_in_text("Sét đánh làm chết 2 con trâu. Động đất làm 15 nhà bị nứt.", "2").fields["hazards"] == [
        "lightning"]


def test_people_whose_verb_ends_their_words_before_the_next_count() -> None:
    # "2 người đang làm đồng tại thôn A, xã B tử vong và 1 người bị thương": where and what they were doing
    # come between the count and its verb; the next count's verb is its own
    for text, token, impact in (
        ("Sét đánh làm 2 người đang làm đồng tại thôn Xuân Thành, xã Xuân Bình tử vong và 1 người bị thương.",
         "2", "deaths"),
        ("Sạt lở đất khiến 3 người dân thôn Tà Xùa, xã Bản Công bị thương, 2 nhà bị vùi lấp.", "3", "injured"),
        ("Lũ quét làm 4 người đi làm nương ở bản Pá Khoang, xã Mường Phăng thiệt mạng; 6 nhà bị cuốn trôi.", "4",
         "deaths"),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.fields["impact"] == impact, text
    # near-miss: a list of places before the verb they share gives no verb to the first count alone
    routed = route_in_text("Sét đánh làm 2 người đang làm đồng tại thôn A, 3 người ở thôn B tử vong.", "2")
    assert routed is None or routed.table != "disasters" or routed.fields["impact"] == "deaths"


def test_people_swept_away_whom_their_own_words_call_missing() -> None:
    # "lũ cuốn trôi 3 người đi làm nương ở bản A, xã B mất tích": past where they were, they are missing
    for text, token in (
        ("Lũ quét cuốn trôi 3 người đi làm nương ở bản Pá Khoang, xã Mường Phăng mất tích, 2 người bị thương.", "3"),
        ("Nước lũ cuốn trôi 2 người dân thôn Khe Cát, xã Hương Lâm mất tích.", "2"),
    ):
        assert route_in_text(text, token).fields["impact"] == "missing", text
    # near-miss: swept away and nothing more said of them: counted with the dead
    assert route_in_text("Lũ cuốn trôi 2 người, 1 người bị thương.", "2").fields["impact"] == "deaths"


def test_a_hazard_word_in_a_place_name_blames_nothing() -> None:
    # "thôn Nà Lốc", "bản Khe Lũ", "suối Nậm Sét": a capital after the noun of a place makes the word a name's
    text = ("Từ ngày 20-22/9, mưa lớn gây sạt lở đất trên địa bàn xã. Thôn Nà Lốc có 11 nhà bị sạt lở phải di dời; "
            "bản Khe Lũ có 3 ha lúa bị vùi lấp; 2 cầu tạm trên suối Nậm Sét bị hư hỏng.")
    for token in ("11", "3", "2"):
        assert set(route_in_text(text, token).fields["hazards"]) == {"heavy_rain", "landslide"}, token
    # near-misses: the word in lower case, or after a place's name, is the hazard
    text = "Tại thôn Nà Lốc, lốc xoáy làm 5 nhà bị tốc mái."
    assert route_in_text(text, "5").fields["hazards"] == ["whirlwind"]
    text = "Tại bản Pá Khoang, Lũ quét làm 2 nhà bị cuốn trôi."
    assert "flash_flood" in route_in_text(text, "2").fields["hazards"]


def test_a_count_of_disasters_with_the_list_of_their_kinds_blames_them_all() -> None:
    # "15 đợt thiên tai, gồm 3 cơn bão, 4 đợt mưa lớn, 2 trận lũ quét, dông lốc và sạt lở đất, làm 9 người chết":
    # the damage is that of every kind listed, not only of the last count's
    for text, token, hazards in (
        ("Từ đầu năm đến nay, trên địa bàn tỉnh đã xảy ra 15 đợt thiên tai, gồm 3 cơn bão, 4 đợt mưa lớn, 2 trận lũ "
         "quét, dông lốc và sạt lở đất, làm 9 người chết.", "9", {"storm", "heavy_rain", "flash_flood", "whirlwind",
                                                               "landslide"}),
        ("Năm 2026, tỉnh Yên Bái xảy ra 12 trận thiên tai như 5 đợt rét hại, 4 trận mưa đá, 3 đợt lốc xoáy, gây thiệt "
         "hại 86 tỷ đồng.", "86", {"cold", "hail", "whirlwind"}),
    ):
        assert set(route_in_text(text, token).fields["hazards"]) == hazards, text
    # near-miss: counts merely listed one after another; the last one's hazards act
    text = ("Trong 6 tháng, tỉnh xảy ra 02 đợt rét kéo dài, kèm mưa phùn, 05 đợt mưa to kèm dông lốc, làm 3 người "
            "chết.")
    assert "cold" not in route_in_text(text, "3").fields["hazards"]


def test_fires_counted_under_a_label_of_forest_fires() -> None:
    # "Cháy rừng: xảy ra 2 vụ cháy tại xã A": "vụ cháy" alone names no hazard; the item's label does
    for text, token in (
        ("Cháy rừng: xảy ra 2 vụ cháy tại xã Thạnh Phong, diện tích bị cháy 12,5 ha.", "2"),
        ("Cháy rừng: từ đầu mùa khô đã xảy ra 4 vụ cháy, thiêu rụi 9 ha rừng thông.", "4"),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.fields == {"hazards": ["wildfire"], "impact": "events",
                                                         "locations": routed.fields["locations"]}, text
    # near-miss: fires of houses under a label of fires and explosions are no disaster
    routed = route_in_text("Cháy nổ: xảy ra 2 vụ cháy nhà dân, thiệt hại 300 triệu đồng.", "2")
    assert routed is None or routed.table != "disasters"


def test_an_event_count_under_the_label_of_its_item_counts_the_kinds_the_label_names() -> None:
    # "Dông, lốc, mưa đá: 6 đợt, làm 512 nhà ...": the count's own words name no hazard; the label before
    # its colon does, for every damage of the item (not the kinds of the other items of the bulletin)
    text = (
        " date 2024-07 Tình hình thiên tai 6 tháng đầu năm 2024 tỉnh Lào Cai\n\n"
        "a) Mưa lớn, lũ quét: 4 trận, làm 2 người chết, 31 nhà bị hư hỏng.\n"
        "b) Dông, lốc, mưa đá: 6 đợt, làm 512 nhà bị tốc mái, 230 ha lúa bị dập nát.\n"
        "c) Rét đậm, rét hại: làm 147 con gia súc bị chết.\n"
    )
    rows = _disaster_rows(text)
    assert rows[2.0]["hazards"] == rows[31.0]["hazards"] == ["heavy_rain", "flash_flood"]
    assert rows[512.0]["hazards"] == rows[230.0]["hazards"] == ["whirlwind", "hail"]
    assert rows[512.0]["impact"] == "houses_damaged" and rows[230.0]["impact"] == "crops"
    # other words of the item after the colon ("xảy ra"), bullets, another province and year
    text = (
        " date 2025-06 Thiên tai 5 tháng đầu năm 2025 tỉnh Sơn La\n\n"
        "- Mưa lớn, lũ ống: 3 trận, làm 1 người chết, 12 nhà bị hư hỏng.\n"
        "- Lốc xoáy, mưa đá: xảy ra 5 đợt, gây tốc mái 230 nhà, 41 ha ngô bị gãy đổ.\n"
        "- Rét hại: 2 đợt, làm 58 con trâu, bò bị chết.\n"
    )
    rows = _disaster_rows(text)
    assert rows[230.0]["hazards"] == rows[41.0]["hazards"] == ["whirlwind", "hail"]
    assert rows[58.0]["hazards"] == ["cold"] and rows[1.0]["hazards"] == ["heavy_rain", "flash_flood"]
    # near-miss: a count whose own words name its kind keeps it, whatever a label before says
    text = "Thiên tai: xảy ra 3 đợt mưa đá, làm 40 nhà bị hư hỏng."
    assert route_in_text(text, "40").fields["hazards"] == ["hail"]


def test_a_volume_joined_by_voi_to_the_spots_counted_is_theirs() -> None:
    # "137 điểm sạt lở taluy dương, taluy âm với tổng khối lượng 86.500 m3": the volume of the slides counted
    for text, token in (
        ("Do mưa lớn, trên địa bàn tỉnh đã xảy ra 137 điểm sạt lở taluy dương, taluy âm với tổng khối lượng "
         "khoảng 86.500 m3 đất đá.", "86.500"),
        ("Mưa to kéo dài làm 42 vị trí sạt lở trên tuyến ĐT.176, đường huyện với khối lượng 9.300 m3.", "9.300"),
    ):
        routed = route_in_text(text, token)
        assert routed.fields["impact"] == "infrastructure" and "landslide" in routed.fields["hazards"], text
    # near-miss: a volume of no slide counted before stays the cause's alone
    text = "Mưa lớn làm 12 nhà bị ngập với tổng khối lượng bùn đất khoảng 400 m3."
    assert "landslide" not in route_in_text(text, "400").fields["hazards"]


def test_people_of_a_swept_away_count_still_searched_for_are_missing() -> None:
    # "lũ cuốn trôi 4 người, trong đó 1 người đã tử vong, 3 người đang được tìm kiếm": the 4 count with the dead
    # (as the bulletins do), the part still searched for is missing
    for text, token in (
        ("Lũ quét cuốn trôi 4 người, trong đó 1 người đã tử vong, 3 người đang được tìm kiếm.", "3"),
        ("Nước lũ cuốn trôi 5 người, trong đó 3 người tử vong, 2 người vẫn chưa tìm thấy.", "2"),
        ("Mưa lũ làm 6 người chết và mất tích; 2 người hiện vẫn chưa được tìm thấy.", "2"),
    ):
        assert route_in_text(text, token).fields["impact"] == "missing", text
    text = "Lũ quét cuốn trôi 4 người, trong đó 1 người đã tử vong, 3 người đang được tìm kiếm."
    assert route_in_text(text, "4").fields["impact"] == "deaths"
    assert route_in_text(text, "1").fields["impact"] == "deaths"
    # near-miss: people searching are no casualties
    routed = route_in_text("Lũ quét cuốn trôi 2 người; huy động 50 người tham gia tìm kiếm.", "50")
    assert routed is None or routed.table != "disasters"


def test_boats_anchored_or_called_to_shelter_are_no_damage() -> None:
    for text, token in (
        ("Bộ đội Biên phòng đã kêu gọi, hướng dẫn 4.215 tàu cá với 26.300 lao động vào nơi tránh trú an toàn; "
         "do bão, 3 tàu cá bị chìm.", "4.215"),
        ("Trước khi bão số 5 đổ bộ, 1.106 tàu neo đậu tại các cảng cá, khu neo đậu; gió mạnh làm tốc mái 36 nhà.",
         "1.106"),
        ("Ảnh hưởng của bão số 3, toàn tỉnh có 820 tàu thuyền đã vào bờ, 12 nhà bị tốc mái.", "820"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-misses: boats hit where they were anchored are damage
    for text, token in (
        ("Bão số 5 gây sóng lớn đánh chìm 3 tàu đang neo đậu tại cảng Tam Quan.", "3"),
        ("Do ảnh hưởng của bão, 2 thuyền neo đậu ở cửa biển bị sóng đánh hư hỏng.", "2"),
        ("Do ảnh hưởng của bão, tại vùng biển Hoài Nhơn, 3 tàu cá bị chìm, 12 ngư dân mất liên lạc.", "3"),
    ):
        assert route_in_text(text, token).fields["impact"] == "infrastructure", text
    text = "Do ảnh hưởng của bão, 4 thuyền neo đậu ở cửa biển, bị sóng đánh hư hỏng."
    assert route_in_text(text, "4").fields["impact"] == "infrastructure"


def test_households_of_the_places_cut_off_counted_after_voi_are_no_damaged_houses() -> None:
    # "18 thôn, bản bị cô lập với khoảng 2.400 hộ dân": the households live in the places cut off; their
    # houses were not hit
    for text, token in (
        ("Mưa lũ làm 27 nhà bị sập. Toàn tỉnh còn 18 thôn, bản bị cô lập với khoảng 2.400 hộ dân.", "2.400"),
        ("Lũ lớn làm 5 xã của huyện Minh Hóa bị chia cắt, cô lập với hơn 3.100 hộ.", "3.100"),
        ("Do sạt lở, 4 bản bị cô lập, gồm 612 hộ dân.", "612"),
        # ... and so after the places a verb before them cuts off ("chia cắt 9 bản với 640 hộ")
        ("Mưa lớn đã làm chia cắt 9 bản với hơn 640 hộ dân ở huyện Mường Tè.", "640"),
        ("Nước lũ cô lập 4 thôn, gồm khoảng 530 hộ.", "530"),
        ("Lũ lên nhanh làm chia cắt, cô lập 3 xã với 1.900 hộ.", "1.900"),
        ("Mưa lũ chia cắt 175 hộ dân ở xã Na Ngoi.", "175"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-misses: households whose houses were hit, in a sentence on places cut off
    text = "Lũ làm 3 thôn bị cô lập, 215 hộ dân bị ngập nhà."
    assert route_in_text(text, "215").fields["impact"] == "houses_damaged"
    text = "Mưa lũ làm 46 nhà bị hư hỏng với 46 hộ bị ảnh hưởng."
    assert route_in_text(text, "46").fields["impact"] == "houses_damaged"
    text = "Lũ chia cắt 3 thôn, làm 85 hộ bị ngập nhà."
    assert route_in_text(text, "85").fields["impact"] == "houses_damaged"
    text = "Sạt lở gây chia cắt giao thông, 14 nhà bị hư hỏng."
    assert route_in_text(text, "14").fields["impact"] == "houses_damaged"


def test_a_total_under_items_labelled_by_their_kinds_is_the_loss_of_them_all() -> None:
    # a bulletin with an item per kind of disaster, then "Tổng giá trị thiệt hại ...": not the nearest item's kind
    text = (
        " date 2026-05 Tình hình thiên tai tháng 5 năm 2026 tỉnh Trà Vinh\n\n"
        "1. Hạn hán: 2.150 ha lúa bị thiệt hại.\n\n"
        "2. Cháy rừng: xảy ra 2 vụ cháy tại xã Long Khánh, diện tích rừng bị cháy 12,5 ha.\n\n"
        "3. Dông lốc: làm sập 3 nhà, tốc mái 45 nhà.\n\n"
        "Tổng giá trị thiệt hại ước khoảng 64,3 tỷ đồng.\n"
    )
    rows = _disaster_rows(text)
    assert rows[64_300_000_000.0]["hazards"] == ["drought", "wildfire", "whirlwind"]
    assert rows[45.0]["hazards"] == ["whirlwind"]
    text = (
        " date 2024-07 Tình hình thiên tai 6 tháng đầu năm 2024 tỉnh Hà Giang\n\n"
        "a) Mưa lớn, lũ quét: 4 trận, làm 2 người chết.\n"
        "b) Mưa đá: 6 đợt, làm 512 nhà bị tốc mái.\n"
        "Ước tổng thiệt hại do thiên tai khoảng 38,7 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[38_700_000_000.0]["hazards"] == ["heavy_rain", "flash_flood", "hail"]
    # near-misses: a total that names its own cause keeps it; items by kind of damage name no hazard
    text = (
        " date 2026-05 Tình hình thiên tai tháng 5 năm 2026 tỉnh Trà Vinh\n\n"
        "1. Hạn hán: 2.150 ha lúa bị thiệt hại.\n\n"
        "2. Dông lốc: làm sập 3 nhà, tốc mái 45 nhà.\n\n"
        "Tổng giá trị thiệt hại do dông lốc khoảng 4,3 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[4_300_000_000.0]["hazards"] == ["whirlwind"]
    text = (
        " date 2025-11 Thiệt hại do mưa lũ từ ngày 02-05/11/2025 tỉnh Phú Yên\n\n"
        "1. Về người: 3 người chết.\n"
        "2. Về nhà ở: 156 nhà bị hư hỏng.\n"
        "Tổng thiệt hại ước 96,5 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[96_500_000_000.0]["hazards"] == ["heavy_rain", "flood"]


def test_later_items_of_what_relief_hands_out_are_no_damage() -> None:
    # "hỗ trợ 40 tấn giống lúa, 12 tấn giống ngô, 3 tấn giống rau": every item is handed out, not only the first
    for text, token in (
        ("Sau lũ, tỉnh hỗ trợ 50 tấn gạo, 10 tấn giống ngô cho các hộ bị thiệt hại.", "10"),
        ("Sau bão, tỉnh đã hỗ trợ 40 tấn giống lúa, 12 tấn giống ngô, 3 tấn giống rau cho các xã.", "3"),
        ("Bão làm 200 ha lúa bị ngập. Tỉnh đã hỗ trợ 40 tấn giống lúa, 12 tấn giống ngô cho các xã.", "12"),
        ("Sau bão, Bộ Nông nghiệp xuất cấp 200 tấn giống lúa và 20 tấn giống rau cho tỉnh.", "20"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-misses: an item of damage after the relief, and a list of damage with no relief
    assert route_in_text("Lũ làm 3 nhà bị sập; tỉnh hỗ trợ 2 hộ, 15 ha lúa bị ngập.", "15").fields["impact"] == "crops"
    assert route_in_text("Lũ quét làm 20 tấn lúa bị cuốn trôi, 5 tấn ngô bị hư hỏng.", "5").fields["impact"] == "crops"


def test_things_the_flood_carried_off_by_any_verb_of_carrying_are_the_floods() -> None:
    # "bị lũ cuốn mất", "bị nước lũ cuốn đi", "bị lũ cuốn sập": the flood carried them, as "cuốn trôi" says
    for text, token, hazard in (
        ("Mưa lớn tại huyện Than Uyên; 25 con lợn bị lũ cuốn mất.", "25", "flood"),
        ("Mưa to tại huyện Bát Xát làm 12 con bò bị nước lũ cuốn đi.", "12", "flood"),
        ("Mưa lớn tại huyện Mường Khương làm 4 ngôi nhà bị lũ cuốn sập.", "4", "flood"),
        ("Mưa lớn tại huyện Tủa Chùa; 30 con bò bị lũ ống cuốn mất.", "30", "flash_flood"),
    ):
        assert hazard in route_in_text(text, token).fields["hazards"], text
    # near-miss: a landslide's damage under the same rain gets no flood
    assert route_in_text("Mưa lớn tại huyện Than Uyên làm 4 ngôi nhà bị sạt lở.", "4").fields["hazards"] == [
        "heavy_rain", "landslide"]


def test_the_line_that_dates_a_bulletin_dates_the_damage_below_it() -> None:
    # "(Tính đến 9 giờ ngày 14/8/2023)" under the heading, or run into the title line: the counts below are of that day
    for heading in (
        "BÁO CÁO NHANH\nThiệt hại do mưa lũ tại tỉnh Sơn La\n(Tính đến 9 giờ ngày 14/8/2023)\n\n",
        "BÁO CÁO\nThiệt hại do mưa lũ từ ngày 10/8 đến ngày 12/8/2023 (cập nhật đến 9h00 ngày 14/8/2023)\n\n",
        "Thiệt hại do mưa lũ tại tỉnh Sơn La\n\nSố liệu tính đến 9h00 ngày 14/8/2023:\n",
        "BÁO CÁO NHANH\nMưa lũ tại Sơn La\n\nI. TÌNH HÌNH THIỆT HẠI (tính đến 9 giờ ngày 14/8/2023)\n",
    ):
        rows = _disaster_rows(heading + "1. Về người: 6 người chết; 4 người bị thương.\n2. Về nhà: 37 nhà bị sập.\n")
        assert {value: row["as_of"] for value, row in rows.items()} == {
            6.0: "2023-08-14", 4.0: "2023-08-14", 37.0: "2023-08-14"}, heading
    # near-misses: a sentence's own day stays its own, and a later section is no longer the line's
    text = ("BÁO CÁO NHANH\nThiệt hại do mưa lũ tại tỉnh Sơn La\n(Tính đến 9 giờ ngày 14/8/2023)\n\n"
            "1. Tính đến ngày 13/8/2023, lũ quét làm 6 người chết.\n\nII. TỔNG HỢP CÁC ĐỢT TRƯỚC\n"
            "Lũ quét tháng 7 làm 37 nhà bị sập.\n")
    rows = _disaster_rows(text)
    assert (rows[6.0]["as_of"], rows[37.0]["as_of"]) == ("2023-08-13", None)
    # a line with a figure of its own dates nothing below it
    text = "Mưa lũ tại Sơn La\n\nTính đến ngày 14/8/2023, có 12 xã bị ảnh hưởng.\n\nLũ quét làm 37 nhà bị sập.\n"
    assert _disaster_rows(text)[37.0]["as_of"] is None


def test_a_bulletins_subject_under_its_kind_line_names_the_hazard() -> None:
    # "BÁO CÁO NHANH" over "Công tác ứng phó với mưa lũ": the subject line, not the kind line, is the headline
    text = ("BÁO CÁO NHANH\nCông tác ứng phó với mưa lũ ngày 3/10/2024\n\n"
            "1. Về người: 2 người chết; 5 người bị thương.\n")
    rows = _disaster_rows(text)
    assert rows[2.0]["impact"] == "deaths" and "flood" in rows[2.0]["hazards"]
    assert rows[5.0]["impact"] == "injured"
    # near-miss: a subject line on something else gives no hazard to a count of people
    text = ("BÁO CÁO NHANH\nTình hình an toàn giao thông ngày 3/10/2024\n\n"
            "1. Về người: 2 người chết; 5 người bị thương.\n")
    assert _disaster_rows(text) == {}


def test_what_a_rolling_bulletin_adds_since_its_last_count_is_no_damage_row() -> None:
    # "thêm 2 nhà bị sập so với báo cáo trước": the rise since the last bulletin, not 2 more houses counted apart
    for text in (
        "Mưa lũ làm 214 nhà bị ngập, thêm 3 nhà bị sập so với báo cáo trước.",
        "Mưa lũ làm 214 nhà bị ngập, thêm 3 nhà bị sập so với báo cáo sáng nay.",
        "Lũ làm 214 nhà bị ngập; thêm 3 nhà bị sập so với ngày hôm qua.",
    ):
        assert 3.0 not in _disaster_rows(text), text
    # near-miss: "thêm" with no earlier count to compare with is damage the text counts
    assert _disaster_rows("Lũ quét làm 214 nhà bị ngập, cuốn trôi thêm 3 nhà.")[3.0]["impact"] == "houses_destroyed"


def test_a_list_items_verb_of_how_its_count_was_hit_is_no_cause_of_the_next_items() -> None:
    # "- Giao thông: sạt lở 96 điểm": how the spots were hit; the items after it are still the flood's
    text = ("BẢN TIN\nMưa lũ tại tỉnh Quảng Ngãi\n\n1. Mưa lũ gây ngập sâu tại các xã ven sông Trà Khúc.\n"
            "2. Thiệt hại:\n- Giao thông: sạt lở 96 điểm trên các tuyến đường huyện.\n"
            "- Nông nghiệp: 740 ha hoa màu bị ngập; 210 lồng nuôi cá bị trôi.\n")
    rows = _disaster_rows(text)
    # (the spots themselves were hit by the text's flood, and slid, as "96 điểm bị sạt lở" would read)
    assert rows[96.0]["hazards"] == ["heavy_rain", "flood", "landslide"]
    assert "landslide" not in rows[740.0]["hazards"] and "flood" in rows[740.0]["hazards"]
    assert "landslide" not in rows[210.0]["hazards"]
    # near-miss: a sentence whose landslide comes before its label's verb states it as the cause
    text = ("BẢN TIN\nTình hình thiên tai tại tỉnh Quảng Ngãi\n\n1. Sạt lở đất tại các xã miền núi.\n"
            "2. Thiệt hại:\n- Giao thông: sạt lở đất làm hư hỏng 96 điểm trên các tuyến đường huyện.\n"
            "- Nhà ở: 12 nhà bị hư hỏng.\n")
    assert "landslide" in _disaster_rows(text)[12.0]["hazards"]


def test_a_central_highlands_name_keeps_the_syllable_after_its_apostrophe() -> None:
    # "xã Cư M'gar", "xã Ea H'leo": the place is the whole name, not "Cư M"
    assert locations_in("tại xã Ea H'leo và xã Cư M'gar") == ["Ea H'leo", "Cư M'gar"]
    # near-miss: names without an apostrophe read as before
    assert locations_in("tại xã Ea Kiết và xã Cư Pơng") == ["Ea Kiết", "Cư Pơng"]


def test_a_summing_up_line_dated_to_an_hour_dates_the_damage_below_it() -> None:
    # "Tổng hợp thiệt hại đến 17h00 ngày 6/9/2024:" under a title that names the storm by its number
    text = ("BÁO CÁO NHANH\nThiệt hại do bão số 4 tại tỉnh Phú Thọ\n\n"
            "Tổng hợp thiệt hại đến 17h00 ngày 6/9/2024:\n- Số người chết: 02 người.\n- Số nhà bị tốc mái: 380 nhà.\n")
    rows = _disaster_rows(text)
    assert (rows[2.0]["as_of"], rows[380.0]["as_of"]) == ("2024-09-06", "2024-09-06")
    # near-miss: a title whose days are the span of the rains dates no count
    text = "Thiệt hại do mưa lũ từ ngày 3/9 đến ngày 6/9/2024 tại Phú Thọ\n\nMưa lũ làm 2 người chết.\n"
    assert _disaster_rows(text)[2.0]["as_of"] is None


def test_spots_where_roads_are_cut_are_damage_under_a_bulletins_lead() -> None:
    # "c) Về giao thông: ách tắc 35 điểm": roads cut at spots, the damage of the rains the bulletin leads with
    text = ("BÁO CÁO NHANH\nTình hình mưa lũ và thiệt hại tại tỉnh Điện Biên\n\n"
            "1. Tình hình mưa: trên địa bàn tỉnh có mưa to đến rất to.\n2. Thiệt hại:\n"
            "a) Về người: 01 người bị thương.\nb) Về giao thông: ách tắc 26 điểm trên các tuyến quốc lộ.\n")
    rows = _disaster_rows(text)
    assert (rows[26.0]["impact"], rows[26.0]["unit"]) == ("infrastructure", "count")
    # near-miss: traffic jams in a report on road safety are no damage
    text = "Tình hình an toàn giao thông\n\nTrong tháng xảy ra 3 vụ ách tắc giao thông kéo dài trên quốc lộ 1.\n"
    assert _disaster_rows(text) == {}


def test_a_bare_count_of_cases_that_happened_counts_the_events_its_clause_names() -> None:
    # "sạt lở bờ sông ... đã xảy ra 54 vụ, làm ...": the events of the landslides named before the verb
    for text, token, hazards in (
        ("Từ đầu năm đến nay, sạt lở bờ sông, kênh rạch trên địa bàn tỉnh Hậu Giang đã xảy ra 54 vụ, làm 9 căn nhà "
         "bị sụp xuống sông.", "54", ["landslide"]),
        ("Trong quý III, lốc xoáy trên địa bàn huyện Mường Tè đã xảy ra 6 vụ.", "6", ["whirlwind"]),
    ):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "disasters", text
        assert routed.fields["impact"] == "events" and routed.fields["hazards"] == hazards, text
    # near-misses: a case with a noun of its own, a clause naming no hazard
    for text, token in (
        ("Trong mùa mưa lũ, trên địa bàn tỉnh xảy ra 14 vụ tai nạn giao thông.", "14"),
        ("Tội phạm trộm cắp tài sản trong tháng xảy ra 11 vụ, giảm 2 vụ.", "11"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text


def test_a_kind_of_disaster_the_contract_does_not_name_in_a_list_of_disasters_is_an_event() -> None:
    # "15 đợt thiên tai, gồm ... và 4 đợt nắng nóng": a heat wave is one of the disasters counted
    text = ("Năm 2025, trên địa bàn tỉnh Quảng Trị xảy ra 15 đợt thiên tai, gồm 3 cơn bão, 8 đợt mưa lớn và 4 đợt "
            "nắng nóng gay gắt, làm 2 người chết.")
    heat = route_in_text(text, "4")
    assert heat is not None and heat.table == "disasters"
    assert heat.fields["impact"] == "events" and heat.fields["hazards"] == []
    assert route_in_text(text, "8").fields["hazards"] == ["heavy_rain"]
    # near-miss: a heat wave counted on its own, in no list of disasters, stays no disaster
    routed = route_in_text("Trong tháng 6, trên địa bàn tỉnh xảy ra 4 đợt nắng nóng gay gắt.", "4")
    assert routed is None or routed.table != "disasters"


def test_a_part_that_opens_on_a_commune_and_its_count_is_all_at_that_commune() -> None:
    # "thiệt hại như sau: xã A 9 nhà bị cuốn trôi, 14 nhà bị ngập; xã B ...": the second count of a part is at the
    # commune the part opens on, as its first is
    text = ("Lũ quét tại huyện Tương Dương gây thiệt hại tại các xã như sau: xã Nga My 9 nhà bị cuốn trôi, 14 nhà bị "
            "ngập; xã Tam Thái 6 nhà bị cuốn trôi, 11 nhà bị hư hỏng.")
    rows = _disaster_rows(text)
    assert rows[14.0]["locations"] == ["Nga My"] and rows[11.0]["locations"] == ["Tam Thái"]
    assert rows[9.0]["locations"] == ["Nga My"]
    # near-miss: a part whose commune is followed by words, not by a count, gives its commune to no count
    text = "Lũ quét tại huyện Tương Dương: xã Nga My bị chia cắt, 14 nhà bị ngập; 6 nhà bị cuốn trôi."
    assert "Nga My" not in _disaster_rows(text)[14.0]["locations"]


def test_kinds_of_disasters_listed_in_brackets_all_cause_the_damage() -> None:
    # "04 đợt thiên tai (01 đợt mưa đá, 03 đợt lốc xoáy), làm ...": the bracket lists what the disasters were
    text = ("Từ đầu năm, trên địa bàn huyện Sìn Hồ xảy ra 04 đợt thiên tai (01 đợt mưa đá, 03 đợt lốc xoáy), làm 211 "
            "nhà bị tốc mái.")
    assert route_in_text(text, "211").fields["hazards"] == ["hail", "whirlwind"]
    # near-miss: counts merely listed one after another, the last one acts
    text = "Từ đầu năm, trên địa bàn huyện Sìn Hồ xảy ra 01 đợt mưa đá, 03 đợt lốc xoáy làm 211 nhà bị tốc mái."
    assert route_in_text(text, "211").fields["hazards"] == ["whirlwind"]


def test_a_heading_in_capitals_that_names_no_hazard_leaves_the_subject_to_the_lines_below() -> None:
    # "BẢN TIN THIỆT HẠI" over "Do dông lốc ...": the bulletin's subject line names what did the damage of its table
    text = ("BẢN TIN THIỆT HẠI\nDo dông lốc chiều ngày 5/5/2024 trên địa bàn tỉnh Yên Bái\n\n"
            "STT\tHuyện\tNhà bị tốc mái (nhà)\n1\tLục Yên\t12\n2\tVăn Yên\t30\n\tTổng cộng\t42\n")
    assert _disaster_rows(text)[42.0]["hazards"] == ["whirlwind"]
    # near-miss: a headline in capitals that names its hazard is read itself
    text = ("MƯA ĐÁ GÂY THIỆT HẠI\nTại các huyện vùng cao tỉnh Yên Bái\n\n"
            "STT\tHuyện\tNhà bị tốc mái (nhà)\n1\tLục Yên\t12\n2\tVăn Yên\t30\n\tTổng cộng\t42\n")
    assert _disaster_rows(text)[42.0]["hazards"] == ["hail"]


def test_what_was_kept_from_harm_is_no_damage() -> None:
    # "che chắn chuồng trại cho 9.500 con gia súc", "chằng chống cho 860 ngôi nhà": sheltered, not hit
    for text, token in (
        ("Rét đậm, rét hại kéo dài tại huyện Mù Cang Chải; người dân đã che chắn chuồng trại cho 9.500 con gia súc.",
         "9.500"),
        ("Trước khi bão số 4 đổ bộ, lực lượng chức năng đã giúp dân chằng chống cho 860 ngôi nhà.", "860"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-miss: the animals the cold killed, in a sentence that also tells of shelters, are damage
    text = "Rét hại làm chết 46 con trâu, bò của các hộ chưa che chắn chuồng trại tại xã Púng Luông."
    routed = route_in_text(text, "46")
    assert routed is not None and routed.fields["impact"] == "livestock"


def test_people_whose_bodies_were_found_after_their_count_are_dead() -> None:
    # "3 người bị lũ cuốn trôi, trong đó 2 người đã tìm thấy thi thể": the two found are dead
    text = ("Lũ trên suối Nậm Lúc làm 3 người bị cuốn trôi, trong đó 2 người đã tìm thấy thi thể, 1 người vẫn "
            "đang mất tích.")
    found = route_in_text(text, "2")
    assert found is not None and found.fields["impact"] == "deaths"
    assert route_in_text(text, "1").fields["impact"] == "missing"
    # near-miss: people whose bodies are not found yet are missing
    text = "Lũ trên suối Nậm Lúc làm 3 người bị cuốn trôi, trong đó 2 người chưa tìm thấy thi thể."
    assert route_in_text(text, "2").fields["impact"] == "missing"


def test_a_tide_crest_is_no_length_of_damage() -> None:
    # "đỉnh triều tại trạm Mỹ Thuận đạt 1,92 m": the tide's height at a gauge, nothing hit
    text = "Triều cường dâng cao làm ngập 650 ha lúa; đỉnh triều tại trạm Mỹ Thuận đạt 1,92 m."
    routed = route_in_text(text, "1,92")
    assert routed is None or routed.table != "disasters"
    # near-miss: a length the tide flooded is damage
    text = "Triều cường dâng cao làm ngập 650 ha lúa; đỉnh triều năm nay cao, làm ngập 850 m đường."
    assert route_in_text(text, "850").fields["impact"] == "infrastructure"


def test_how_far_the_sea_bites_inland_without_an_eating_verb_is_no_length_of_damage() -> None:
    # "sạt lở bờ biển dài 900 m, sâu vào đất liền 12 m": the depth of the length before it
    text = "Sóng lớn gây sạt lở bờ biển xã Tam Hải với chiều dài 900 m, sâu vào đất liền 12 m."
    routed = route_in_text(text, "12")
    assert routed is None or routed.table != "disasters"
    assert route_in_text(text, "900").fields["impact"] == "infrastructure"
    # near-miss: a length of road swept away after it, with no depth word before it, is damage
    text = "Sóng lớn gây sạt lở bờ biển xã Tam Hải, làm hư hỏng 120 m đường ven biển."
    assert route_in_text(text, "120").fields["impact"] == "infrastructure"


def test_undergrowth_burnt_by_a_forest_fire_is_forest() -> None:
    # "0,8 ha thảm thực bì": the forest floor burnt, an item after the trees
    text = "Vụ cháy rừng tại xã Đạ Sar đã thiêu rụi khoảng 2 ha thông và 0,8 ha thảm thực bì."
    routed = route_in_text(text, "0,8")
    assert routed is not None and routed.fields["impact"] == "forest"
    # near-miss: crops burnt stay crops
    text = "Vụ cháy rừng tại xã Đạ Sar đã lan sang, thiêu rụi 0,8 ha cà phê của người dân."
    assert route_in_text(text, "0,8").fields["impact"] == "crops"


def test_the_worth_of_what_was_hit_is_a_loss() -> None:
    # "Nhà bị tốc mái 210 nhà, giá trị 2.100 triệu đồng"; a damage table's "Giá trị (triệu đồng)" column
    text = "Tại huyện Kỳ Anh, bão số 5 làm 210 nhà bị tốc mái, giá trị 2.100 triệu đồng."
    routed = route_in_text(text, "2.100")
    assert routed is not None and routed.fields["impact"] == "economic_loss"
    text = ("BÁO CÁO\nThiệt hại do bão số 5 trên địa bàn tỉnh Hà Tĩnh\n\n"
            "TT\tNội dung\tĐơn vị\tSố lượng\tGiá trị (triệu đồng)\n1\tNhà bị tốc mái\tnhà\t210\t2.100\n"
            "2\tLúa bị ngập\tha\t640\t3.200\n")
    rows = _disaster_rows(text)
    assert rows[2_100_000_000.0]["impact"] == "economic_loss" and rows[3_200_000_000.0]["hazards"] == ["storm"]
    text = "Tại xã Tân Hóa, lũ làm hư hỏng tài sản trị giá khoảng 400 triệu đồng."
    routed = route_in_text(text, "400")
    assert routed is not None and routed.fields["impact"] == "economic_loss"
    # near-miss: the worth of what was made, in a sentence that also tells of damage, is no loss
    text = "Dù bị ảnh hưởng của bão số 5, giá trị sản xuất nông nghiệp đạt 2.100 tỷ đồng."
    routed = route_in_text(text, "2.100")
    assert routed is None or routed.table != "disasters"


def test_where_the_water_has_gone_down_is_no_damage() -> None:
    # "đến chiều, nước đã rút tại 14 tuyến phố": a rolling update's good news
    text = "Mưa lớn gây ngập tại 20 tuyến phố của thành phố Vinh. Đến chiều, nước đã rút tại 14 tuyến phố."
    routed = route_in_text(text, "14")
    assert routed is None or routed.table != "disasters"
    # near-miss: the streets still under water are damage
    text = "Mưa lớn gây ngập tại 20 tuyến phố của thành phố Vinh. Đến chiều, còn 6 tuyến phố bị ngập."
    routed = route_in_text(text, "6")
    assert routed is not None and routed.table == "disasters"


def test_banks_worn_away_said_xoi_lo_are_a_landslide() -> None:
    # "xói lở bờ biển làm mất 2,4 ha rừng phòng hộ", "toàn tỉnh có 9 điểm xói lở": the wearing away of banks and
    # coasts is read as "sạt lở" is
    text = "Tại xã Tân Thuận, xói lở bờ biển đã làm mất 2,4 ha rừng phòng hộ."
    routed = route_in_text(text, "2,4")
    assert routed is not None and routed.fields["impact"] == "forest" and routed.fields["hazards"] == ["landslide"]
    text = "Từ đầu năm đến nay, toàn tỉnh Cà Mau có 9 điểm xói lở bờ sông."
    routed = route_in_text(text, "9")
    assert routed is not None and routed.fields["impact"] == "infrastructure"
    # near-miss: a work built against it names no damage
    text = "Tỉnh đã đầu tư xây dựng kè chống xói lở bờ biển dài 800 m tại xã Tân Thuận."
    routed = route_in_text(text, "800")
    assert routed is None or routed.table != "disasters"


def test_a_level_attained_after_a_sentence_on_the_storm_is_no_damage() -> None:
    # "Do ảnh hưởng của bão số 3, sản lượng ... giảm. Diện tích lúa cả năm đạt 41.200 ha.": what was grown
    text = ("Do ảnh hưởng của bão số 3, sản lượng lương thực năm 2024 giảm so với năm trước. Diện tích lúa cả năm "
            "đạt 41.200 ha.")
    routed = route_in_text(text, "41.200")
    assert routed is None or routed.table != "disasters"
    # near-miss: an area hit that its own sentence says was damaged stays damage
    text = ("Do ảnh hưởng của bão số 3, sản lượng lương thực năm 2024 giảm so với năm trước. Diện tích lúa bị "
            "thiệt hại đạt 4.200 ha.")
    routed = route_in_text(text, "4.200")
    assert routed is not None and routed.fields["impact"] == "crops"


def test_the_recovery_is_no_damage() -> None:
    # repaired, rebuilt, replanted, handed out, vaccinated: what was done after the disaster, not what it did
    for text, token in (
        ("Sau bão số 3, huyện Lục Yên đã hoàn thành sửa chữa 64 nhà bị hư hỏng do bão.", "64"),
        ("Sau lũ quét, tỉnh đã xây mới 27 nhà cho các hộ bị mất nhà do lũ.", "27"),
        ("Sau đợt cháy rừng, huyện đã trồng lại 310 ha rừng bị cháy.", "310"),
        ("Sau đợt rét hại, ngành nông nghiệp đã cấp 1.800 con giống gia súc cho các hộ bị thiệt hại do rét.",
         "1.800"),
        ("Sau đợt rét hại làm chết nhiều gia súc, thú y huyện đã tiêm phòng cho 45.000 con gia súc.", "45.000"),
        ("Sau bão số 3, năm 2024 toàn tỉnh trồng mới 4.600 ha rừng.", "4.600"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-misses: the damage itself, and a cultivated area said with "cây trồng" before its number
    routed = route_in_text("Bão số 3 làm 64 nhà bị hư hỏng cần sửa chữa.", "64")
    assert routed is not None and routed.fields["impact"] == "houses_damaged"
    routed = route_in_text("Hạn hán làm diện tích cây trồng 520 ha bị thiệt hại.", "520")
    assert routed is not None and routed.fields["impact"] == "crops"


def test_a_count_of_cases_under_a_label_that_names_them_is_a_count_of_events() -> None:
    # "- Số vụ sạt lở: 31 vụ": the label says what the cases are
    text = "Tổng hợp sạt lở bờ sông năm 2024:\n- Số vụ sạt lở: 31 vụ.\n- Chiều dài sạt lở: 2.150 m.\n"
    rows = _disaster_rows(text)
    assert (rows[31.0]["impact"], rows[31.0]["hazards"]) == ("events", ["landslide"])
    # near-miss: a label of cases of something else stays no disaster
    text = "Tình hình trật tự an toàn giao thông năm 2024:\n- Số vụ tai nạn: 31 vụ.\n"
    assert 31.0 not in _disaster_rows(text)


def test_a_rolling_updates_line_dated_by_its_hour_dates_the_list_below_it() -> None:
    # "Cập nhật lúc 17 giờ ngày 29/9/2025:" over its list, a title run into it: each update counts to its own day
    text = ("BẢN TIN CẬP NHẬT\nThiệt hại do bão số 10 tại tỉnh Nghệ An\n\n"
            "Cập nhật lúc 17 giờ ngày 29/9/2025:\n- Nhà bị tốc mái: 1.240 nhà.\n\n"
            "Cập nhật lúc 7 giờ ngày 30/9/2025:\n- Nhà bị tốc mái: 1.985 nhà.\n")
    rows = _disaster_rows(text)
    assert (rows[1240.0]["as_of"], rows[1985.0]["as_of"]) == ("2025-09-29", "2025-09-30")
    # near-miss: a sentence that says when, with its own figure, dates no list
    text = ("Thiệt hại do bão số 10 tại tỉnh Nghệ An\n\n"
            "Bão làm 3 người bị thương, cập nhật lúc 17 giờ ngày 29/9/2025:\n- Nhà bị tốc mái: 1.240 nhà.\n")
    assert _disaster_rows(text)[1240.0]["as_of"] is None


def test_an_update_line_in_any_case_under_a_title_naming_its_year_dates_the_list() -> None:
    # "Lúc" with a capital, a title with "năm 2026" run into the update line: the list counts to that day
    text = ("Thiệt hại do mưa lũ năm 2026 tại tỉnh Quảng Trị\n"
            "Tổng hợp Lúc 8h30 ngày 3/10/2026:\n- Nhà bị ngập: 315 nhà.\n")
    assert _disaster_rows(text)[315.0]["as_of"] == "2026-10-03"
    # near-miss: a figure before the words on their line is a sentence that says when, not a dating line
    text = ("Thiệt hại do mưa lũ tại tỉnh Quảng Trị\n"
            "Lũ làm 4 người bị thương, tổng hợp Lúc 8h30 ngày 3/10/2026:\n- Nhà bị ngập: 315 nhà.\n")
    assert _disaster_rows(text)[315.0]["as_of"] is None


def test_the_hour_alone_on_its_line_or_after_a_colon_dates_the_list() -> None:
    # "Lúc 7h30 ngày 4/11/2026:" opening its line, "(Lúc ...)" in brackets, "Cập nhật: Lúc ...": the update's day
    for line in ("Lúc 7h30 ngày 4/11/2026:", "(Lúc 7h30 ngày 4/11/2026)", "Cập nhật: Lúc 7h30 ngày 4/11/2026"):
        text = f"Thiệt hại do lũ tại tỉnh Phú Yên\n\n{line}\n- Nhà bị ngập: 640 nhà.\n"
        assert _disaster_rows(text)[640.0]["as_of"] == "2026-11-04", line
    # near-misses: a sentence that goes on past the hour, or a lowercase "lúc" inside one, says when, dates no list
    for line in ("Lúc 7h30 ngày 4/11/2026, lũ lên nhanh.", "Lũ lên nhanh lúc 7h30 ngày 4/11/2026:"):
        text = f"Thiệt hại do lũ tại tỉnh Phú Yên\n\n{line}\n- Nhà bị ngập: 640 nhà.\n"
        assert _disaster_rows(text)[640.0]["as_of"] is None, line


def test_the_worth_of_a_kind_of_damage_named_without_bi_in_brackets_is_a_loss() -> None:
    # "Thành tiền (Nhà đổ sập hoàn toàn): ...": the brackets name the harm without "bị", as "(Lúa bị ngập)" does
    for kind in ("Nhà đổ sập hoàn toàn", "Lúa ngập úng", "Nhà tốc mái"):
        routed = route_in_text(f"Đợt lũ tháng 10/2026.\nThành tiền ({kind}): 2.750 triệu đồng\n", "2.750")
        assert routed is not None and routed.fields["impact"] == "economic_loss", kind
    # near-misses: the cost of mending the harm, or of what relief gave, is no loss
    for kind in ("Sửa chữa nhà tốc mái", "Hỗ trợ nhà đổ sập"):
        routed = route_in_text(f"Đợt lũ tháng 10/2026.\nThành tiền ({kind}): 2.750 triệu đồng\n", "2.750")
        assert routed is None or routed.table != "disasters", kind


def test_a_hut_swept_away_is_infrastructure() -> None:
    # "lũ ống cuốn trôi 3 nhà, 2 lán trại": the huts and work camps hit, as tents and sheds are
    text = "Lũ ống trên suối Nậm Pồ đã cuốn trôi 3 nhà, 2 lán trại của người dân bản Huổi Khon."
    routed = route_in_text(text, "2")
    assert routed is not None and routed.fields["impact"] == "infrastructure"
    # near-miss: workers housed in camps are no damage
    text = "Lũ ống trên suối Nậm Pồ. Công ty đã bố trí 2 lán trại cho công nhân ở tạm."
    routed = route_in_text(text, "2")
    assert routed is None or routed.table != "disasters"


def test_stretches_of_dykes_and_embankments_hit_are_infrastructure() -> None:
    # "4 đoạn bờ bao bị tràn, vỡ": stretches of a dyke hit, counted as the stretches of a road are
    text = "Triều cường dâng cao làm 4 đoạn bờ bao bị tràn, vỡ tại xã Phước Kiển."
    routed = route_in_text(text, "4")
    assert routed is not None and routed.fields["impact"] == "infrastructure"
    # near-miss: stretches of a dyke guarded are no damage
    text = "Triều cường dâng cao; xã Phước Kiển đã bố trí lực lượng canh gác 4 đoạn bờ bao xung yếu."
    routed = route_in_text(text, "4")
    assert routed is None or routed.table != "disasters"


def test_a_letterhead_in_capitals_above_a_bulletins_kind_is_not_its_subject() -> None:
    # the issuer's line ("BAN CHỈ ĐẠO QUỐC GIA ...") over "BÁO CÁO NHANH": the subject is the title line below
    text = ("BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI\nBÁO CÁO NHANH\nCông tác khắc phục hậu quả bão số 7 "
            "(đến 8 giờ ngày 12/8/2026)\n\nI. THIỆT HẠI\n1. Về người: 5 người chết (Phú Thọ 2, Lạng Sơn 3).\n"
            "2. Về nhà ở: 740 nhà bị hư hỏng.\n")
    rows = _disaster_rows(text)
    assert rows[5.0]["hazards"] == ["storm"] and rows[740.0]["impact"] == "houses_damaged"
    # so for a letterhead on a block of its own
    text = ("UBND TỈNH ĐIỆN BIÊN\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\n\nBáo cáo công tác ứng phó mưa lũ ngày 3/7/2026\n\n"
            "1. Về người: 2 người chết.\n")
    assert set(_disaster_rows(text)[2.0]["hazards"]) >= {"heavy_rain", "flood"}
    # near-miss: a title that names no hazard lends none
    text = ("BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI\nBÁO CÁO NHANH\nCông tác chỉ đạo tháng 8/2026\n\n"
            "I. THIỆT HẠI\n1. Về người: 5 người chết.\n")
    assert 5.0 not in _disaster_rows(text)


def test_a_length_a_place_has_or_a_work_measures_is_no_damage() -> None:
    for text, token in (
        ("Tỉnh Bạc Liêu có 56 km bờ biển, nhiều đoạn đang bị sạt lở. Triều cường làm 3 nhà bị sập.", "56"),
        ("Tuyến đê biển Hải Hậu dài 17 km đã được nâng cấp. Triều cường làm 3 nhà bị sập.", "17"),
        ("Tỉnh có 254 km bờ sông, trong đó bờ sông Hậu dài 98 km. Lũ làm 3 nhà bị sập.", "98"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-miss: a length whose own clause says it was hit is damage
    for text, token in (
        ("Triều cường làm sạt lở, toàn huyện có 2,5 km bờ biển bị sạt lở.", "2,5"),
        ("Lũ quét làm hư hỏng tuyến đường, có 3 km bị sạt lở nặng.", "3"),
        ("Lũ gây ngập 38 km đường giao thông, trong đó có 9 km quốc lộ.", "9"),
        ("Triều cường làm kè Gò Công bị sạt lở dài 120 m.", "120"),
    ):
        assert route_in_text(text, token).fields["impact"] == "infrastructure", text


def test_a_warning_of_spots_at_risk_is_no_damage() -> None:
    # (a warning of a hazard is no figure at all since figures reads forecasts and warnings: no disasters row)
    for text, value in (
        ("Đài khí tượng cảnh báo nguy cơ sạt lở đất tại 31 điểm thuộc các xã vùng cao.", 31.0),
        ("Mưa lớn kéo dài, nguy cơ sạt lở đất tại 18 điểm dọc Quốc lộ 4D.", 18.0),
    ):
        assert value not in _disaster_rows(text), text
    # near-miss: spots where the rain did slide are damage
    routed = route_in_text("Mưa lớn kéo dài gây sạt lở đất tại 18 điểm dọc Quốc lộ 4D.", "18")
    assert routed.fields["impact"] == "infrastructure"


def test_a_labelled_lines_verb_with_what_it_hit_is_no_cause_of_the_lines_after_it() -> None:
    # "Thôn Nà Pồng: sạt lở taluy dương 6 điểm": the spots' own verb; the next line is still the storm's rain
    text = ("UBND XÃ NA HANG\n\nBáo cáo thiệt hại do hoàn lưu bão số 4\n\nNgày 21/8/2026, do hoàn lưu bão số 4, "
            "trên địa bàn xã mưa to gây ngập úng.\nThôn Nà Pồng: sạt lở taluy dương 6 điểm, khoảng 420 m3 đất đá "
            "tràn xuống đường.\nToàn xã có 35 ha lúa bị ngập.\n")
    rows = _disaster_rows(text)
    assert rows[6.0]["impact"] == "infrastructure" and "landslide" in rows[6.0]["hazards"]
    assert "landslide" not in rows[35.0]["hazards"] and "storm" in rows[35.0]["hazards"]
    # near-miss: a verb that makes the hazard act ("sạt lở đất làm hư hỏng") states a cause still
    text = ("BẢN TIN\nTình hình thiên tai tại tỉnh Lai Châu\n\n1. Sạt lở đất tại các xã vùng cao.\n"
            "2. Thiệt hại:\n- Giao thông: sạt lở đất làm hư hỏng 41 điểm trên đường huyện.\n"
            "- Nhà ở: 9 nhà bị hư hỏng.\n")
    assert "landslide" in _disaster_rows(text)[9.0]["hazards"]


def test_spots_a_verb_of_damage_governs_through_the_words_of_what_was_hit() -> None:
    routed = route_in_text("Mưa lớn gây sạt lở đường giao thông 9 điểm trên tuyến ĐT 176.", "9")
    assert routed.fields["impact"] == "infrastructure" and routed.fields["unit_label"] == "điểm"
    # near-miss: a score after a place is no spot ("trường bị ngập ... đạt 8 điểm")
    routed = route_in_text("Sau lũ, học sinh trường bị ngập đạt 8 điểm.", "8")
    assert routed is None or routed.table != "disasters"


def test_counts_of_events_joined_by_and_all_act() -> None:
    # "2 cơn bão, 1 áp thấp nhiệt đới và 4 đợt mưa lớn, làm ...": one subject, every kind is a cause
    text = ("Từ đầu năm 2026, tỉnh Quảng Trị đã xảy ra 2 cơn bão, 1 áp thấp nhiệt đới và 4 đợt mưa lớn, làm 7 người "
            "chết.")
    assert set(route_in_text(text, "7").fields["hazards"]) == {"storm", "heavy_rain"}
    # near-miss: counts only listed one after another (no "và"): the last one acts
    text = "Từ đầu năm 2026, tỉnh xảy ra 2 đợt rét hại, kèm sương muối, 4 đợt mưa lớn, làm 7 người chết."
    assert "cold" not in route_in_text(text, "7").fields["hazards"]


def test_disasters_in_general_after_a_count_of_the_events_are_those_events() -> None:
    # "Thiên tai làm ...", under the section that counted the year's events: the damage of those events
    text = ("Báo cáo tổng kết công tác phòng chống thiên tai năm 2025\n\nI. TÌNH HÌNH THIÊN TAI\nNăm 2025, trên địa "
            "bàn tỉnh xảy ra 2 đợt lũ lớn và 1 cơn bão.\nII. THIỆT HẠI\nThiên tai làm 4 người chết, 210 nhà bị hư "
            "hỏng.\n")
    rows = _disaster_rows(text)
    assert set(rows[4.0]["hazards"]) == {"flood", "storm"} and set(rows[210.0]["hazards"]) == {"flood", "storm"}
    # near-miss: with no count of events before, disasters in general stay of no named kind
    text = "Báo cáo công tác năm 2025\n\nI. THIỆT HẠI\nThiên tai làm 4 người chết, 210 nhà bị hư hỏng.\n"
    assert _disaster_rows(text)[4.0]["hazards"] == []


def test_a_rivers_length_before_a_clause_on_its_spots_is_no_damage() -> None:
    text = "Sông Hậu qua tỉnh dài 95 km, có 14 điểm sạt lở."
    routed = route_in_text(text, "95")
    assert routed is None or routed.table != "disasters"
    assert route_in_text(text, "14").fields["impact"] == "infrastructure"
    # near-miss: the length of a stretch the clause before says slid
    assert route_in_text("Tỉnh lộ 8 bị sạt lở, đoạn dài 60 m.", "60").fields["impact"] == "infrastructure"


def test_a_damage_tables_amount_column_is_the_loss() -> None:
    # "Thành tiền (triệu đồng)" beside the count of what was hit: the worth of it, lost
    text = ("Bảng thống kê thiệt hại do lũ quét ngày 4/9/2026\n\n"
            "STT\tHạng mục\tĐVT\tSố lượng\tThành tiền (triệu đồng)\n"
            "1\tNhà bị hư hỏng\tnhà\t9\t270\n2\tCầu treo bị hư hỏng\tcái\t1\t450\n")
    rows = _disaster_rows(text)
    assert rows[270000000.0]["impact"] == "economic_loss" and rows[450000000.0]["impact"] == "economic_loss"
    # near-miss: money handed out "thành tiền" is no loss
    text = "Lũ quét làm 9 nhà bị hư hỏng. Huyện đã cấp 300 tấm lợp, thành tiền 45 triệu đồng."
    assert 45000000.0 not in _disaster_rows(text)


def test_a_damage_table_whose_rows_are_named_under_loai_thiet_hai() -> None:
    text = ("Bảng tổng hợp thiệt hại do bão số 4 (đến 7 giờ ngày 20/9/2026)\n\n"
            "TT\tLoại thiệt hại\tĐVT\tSố lượng\n1\tNgười chết\tngười\t2\n2\tNhà bị sập\tnhà\t14\n")
    rows = _disaster_rows(text)
    assert rows[2.0]["impact"] == "deaths" and rows[14.0]["impact"] == "houses_destroyed"
    assert 1.0 not in rows  # (the rows' numbers are no counts)


def test_what_a_hazard_threatens_is_not_hit() -> None:
    text = "Triều cường làm sạt lở khoảng 300 m bờ biển thôn An Hải, đe dọa 25 hộ dân sống gần bờ."
    routed = route_in_text(text, "25")
    assert routed is None or routed.table != "disasters"
    # near-miss: what the clause before the threat counts was hit
    assert route_in_text(text, "300").fields["impact"] == "infrastructure"


def test_the_length_of_a_shore_named_after_chieu_dai_is_no_damage() -> None:
    text = "Tỉnh có chiều dài bờ biển 187 km; triều cường làm 4 nhà bị sập."
    routed = route_in_text(text, "187")
    assert routed is None or routed.table != "disasters"
    # near-miss: the length of what the part says slid
    routed = route_in_text("Triều cường gây sạt lở bờ sông Cổ Chiên với chiều dài 70 m.", "70")
    assert routed.fields["impact"] == "infrastructure"


def test_works_built_or_proposed_are_no_damage() -> None:
    for text, token in (
        ("Tỉnh đề xuất đầu tư 6 km kè chống sạt lở bờ sông Mã; lũ làm 3 người chết.", "6"),
        ("Huyện sẽ xây dựng 4 km đê bao; lũ làm 3 người chết.", "4"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-miss: a stretch of dyke the flood broke
    assert route_in_text("Lũ làm vỡ 4 km đê bao.", "4").fields["impact"] == "infrastructure"


def test_what_a_hazard_may_do_is_no_damage() -> None:
    for text, token in (
        ("Mưa lớn có thể gây ngập 3.500 ha lúa vùng trũng.", "3.500"),
        ("Khả năng ngập úng 900 ha lúa mới cấy nếu mưa kéo dài.", "900"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-miss: what it did
    assert route_in_text("Mưa lớn đã gây ngập 3.500 ha lúa vùng trũng.", "3.500").fields["impact"] == "crops"


def test_people_rescued_after_a_list_of_casualties_are_none() -> None:
    text = "Lũ quét làm 3 người chết, 2 người bị thương và 9 người được bộ đội đưa ra khỏi vùng nguy hiểm."
    routed = route_in_text(text, "9")
    assert routed is None or routed.table != "disasters"
    # near-miss: the injured of the same list
    assert route_in_text(text, "2").fields["impact"] == "injured"


def test_roofs_laid_again_and_fields_sown_again_are_the_recovery() -> None:
    for text, token in (
        ("Bão làm 260 nhà bị tốc mái, bộ đội đã giúp dân lợp lại 190 nhà.", "190"),
        ("Lũ làm 1.100 ha lúa bị ngập, huyện đã cấp giống để gieo cấy lại 700 ha.", "700"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-miss: the damage before the recovery
    assert route_in_text("Bão làm 260 nhà bị tốc mái, bộ đội đã giúp dân lợp lại 190 nhà.", "260").fields[
        "impact"] == "houses_damaged"


def test_a_kind_of_damage_of_the_whole_event_takes_no_cause_from_a_single_places_detail() -> None:
    text = ("Bão số 4 và hoàn lưu sau bão đã làm 41 người chết, 9 người mất tích. Tại Hà Giang, sạt lở đất vùi lấp "
            "một lán trại làm 6 người chết. Về nhà ở, có 18.400 nhà bị hư hỏng, tốc mái. Ước tổng thiệt hại khoảng "
            "9.300 tỷ đồng.")
    rows = _disaster_rows(text)
    assert rows[6.0]["hazards"] == ["landslide"]
    assert "landslide" not in rows[18400.0]["hazards"] and "storm" in rows[18400.0]["hazards"]
    assert "landslide" not in rows[9300000000000.0]["hazards"]
    # near-miss: a sentence that goes on about the place still takes its cause
    text = ("Bão số 4 đã làm 41 người chết. Tại Hà Giang, sạt lở đất vùi lấp một lán trại làm 6 người chết. "
            "Có 3 nhà bị vùi lấp hoàn toàn.")
    assert "landslide" in _disaster_rows(text)[3.0]["hazards"]


def test_works_listed_as_existing_are_no_damage() -> None:
    text = "Sau bão, tỉnh rà soát các công trình hiện hữu: 11 km kè biển, 4 cống ngăn mặn, 2 trạm bơm."
    for token in ("11", "4", "2"):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", token
    # near-miss: what the part before the list says the storm broke, and an existing count said to be hit
    text = "Sóng lớn làm hư hỏng 140 m kè biển; các công trình hiện hữu gồm 9 km kè và 3 cống vẫn an toàn."
    assert route_in_text(text, "140").fields["impact"] == "infrastructure"
    assert route_in_text(text, "9") is None or route_in_text(text, "9").table != "disasters"
    assert route_in_text("Lũ làm ngập nhiều nơi, hiện có 17 điểm sạt lở chưa được khắc phục.", "17").fields[
        "impact"] == "infrastructure"


def test_people_who_escaped_are_no_casualties() -> None:
    for text, token in (
        ("Nước lũ làm 3 xe máy bị cuốn trôi, 1 người may mắn bám được vào cây.", "1"),
        ("Lũ cuốn trôi 2 người, 4 người khác kịp thời thoát ra ngoài.", "4"),
    ):
        routed = route_in_text(text, token)
        assert routed is None or routed.table != "disasters", text
    # near-miss: those who got out hurt are injured
    text = "Sạt lở làm 3 người chết, 2 người may mắn thoát ra ngoài nhưng bị thương nặng."
    assert route_in_text(text, "2").fields["impact"] == "injured"


def test_the_total_under_a_list_of_storms_labelled_by_number_and_month_is_all_of_theirs() -> None:
    text = ("Năm 2026, tỉnh Hà Tĩnh chịu ảnh hưởng của nhiều đợt thiên tai:\n"
            "- Bão số 2 (tháng 7): làm 48 nhà bị tốc mái.\n"
            "- Đợt mưa lũ tháng 10: 610 nhà bị ngập.\n"
            "Tổng thiệt hại cả năm ước 270 tỷ đồng.\n")
    assert set(_disaster_rows(text)[270000000000.0]["hazards"]) == {"storm", "heavy_rain", "flood"}
    # near-miss: a total under a single item is that item's
    text = ("Năm 2026, tỉnh Hà Tĩnh chịu ảnh hưởng của thiên tai:\n- Đợt mưa lũ tháng 10: 610 nhà bị ngập.\n"
            "Tổng thiệt hại ước 270 tỷ đồng.\n")
    assert "storm" not in _disaster_rows(text)[270000000000.0]["hazards"]


def test_a_thickness_or_height_after_a_length_counts_nothing() -> None:
    text = "Đất đá sạt lở tràn xuống mặt đường dài 70 m, dày 3 m."
    assert route_in_text(text, "70").fields["impact"] == "infrastructure"
    routed = route_in_text(text, "3")
    assert routed is None or routed.table != "disasters"
    routed = route_in_text("Mưa lớn gây sạt lở taluy dương cao 12 m, dài 35 m.", "12")
    assert routed is None or routed.table != "disasters"
    # near-miss: the length after the height is the damage
    slope = "Mưa lớn gây sạt lở taluy dương cao 12 m, dài 35 m."
    assert route_in_text(slope, "35").fields["impact"] == "infrastructure"


def test_strikes_of_lightning_counted_as_cases_close_a_list_of_events() -> None:
    text = ("Năm 2026, trên địa bàn tỉnh xảy ra 9 trận dông lốc, 4 trận mưa đá và 3 vụ sét đánh, làm 2 người chết, "
            "270 nhà bị tốc mái.")
    assert set(route_in_text(text, "270").fields["hazards"]) == {"whirlwind", "hail", "lightning"}
    assert route_in_text(text, "4").fields["hazards"] == ["hail"]
    # so too a list of bare counts joined by commas, its verb after the last comma (one subject, as with "và")
    text = "Năm 2026, tỉnh xảy ra 9 trận dông lốc, 3 vụ sét đánh, làm 2 người chết."
    assert set(route_in_text(text, "2").fields["hazards"]) == {"whirlwind", "lightning"}
    # near-miss: an item that says more than its hazard, listed without "và", leaves the last count acting
    text = "Năm 2026, tỉnh xảy ra 9 trận dông lốc kèm mưa to, gió giật, 3 vụ sét đánh, làm 2 người chết."
    assert "whirlwind" not in route_in_text(text, "2").fields["hazards"]


def test_water_rising_that_floods_a_length_is_no_depth() -> None:
    routed = route_in_text("Nước lũ dâng cao gây ngập 38 km đường giao thông.", "38")
    assert routed.fields["impact"] == "infrastructure"
    # near-miss: how high the water rose is no damage
    routed = route_in_text("Lũ làm 40 nhà bị ngập, nước dâng cao thêm khoảng 3 m.", "3")
    assert routed is None or routed.table != "disasters"


def _not_damage(text: str, number: str) -> bool:
    routed = route_in_text(text, number)
    return routed is None or routed.table != "disasters"


def test_vehicles_readied_before_a_storm_are_no_damage() -> None:
    text = "Mưa lớn gây sạt lở đất tại 3 xã. Huyện đã sẵn sàng 1.200 cán bộ, chiến sĩ, 180 phương tiện ứng cứu."
    assert _not_damage(text, "180")
    assert _not_damage("Mưa lớn gây sạt lở đất tại 3 xã. Xã đã chuẩn bị 30 phương tiện.", "30")
    # near-miss: vehicles the storm sank are damage
    assert route_in_text("Bão số 9 làm chìm 180 phương tiện.", "180").fields["impact"] == "infrastructure"


def test_a_river_risen_to_a_level_is_no_damage() -> None:
    text = "Mưa lũ làm 3 người chết. Lũ trên sông Trà Bồng tại Châu Ổ lên 6,4 m, trên báo động 3 là 0,4 m."
    assert _not_damage(text, "6,4")
    assert _not_damage("Mưa lớn kéo dài, nước sông Kỳ Cùng tại Lạng Sơn lên 254,8 m.", "254,8")
    # near-miss: what the river's flood carried off is damage
    text = "Lũ trên sông Lô cuốn trôi 250 m kè bờ sông."
    assert route_in_text(text, "250").fields["impact"] == "infrastructure"


def test_the_injured_taken_to_hospital_are_injured() -> None:
    text = "Chiều 12/6/2026, lốc xoáy làm 1 người chết, 3 người bị thương được đưa đi cấp cứu."
    assert route_in_text(text, "3").fields["impact"] == "injured"
    text = "Chiều 12/6/2026, lốc xoáy làm 2 người bị thương nặng đã được chuyển viện."
    assert route_in_text(text, "2").fields["impact"] == "injured"
    # near-miss: people taken to safety are saved, not hurt
    assert _not_damage("Lũ cuốn trôi 4 người, 2 người được bộ đội đưa ra ngoài an toàn.", "2")


def test_a_consequence_takes_the_hazard_said_to_have_happened_before() -> None:
    text = ("PHÚ THỌ - Khoảng 16 giờ ngày 7/5/2026, tại xã Tân Sơn xảy ra sét đánh. Hậu quả làm 1 người chết, "
            "4 người bị thương.")
    rows = _disaster_rows(text)
    assert rows[1.0]["hazards"] == ["lightning"] and rows[4.0]["impact"] == "injured"
    text = ("Chiều 2/5/2026, trên địa bàn tỉnh Điện Biên xảy ra mưa to kèm dông lốc, mưa đá. Thiên tai làm 2 người "
            "chết; 640 nhà bị hư hỏng.")
    assert set(_disaster_rows(text)[640.0]["hazards"]) == {"heavy_rain", "whirlwind", "hail"}
    # near-miss: a sentence that blames its own hazard keeps it
    text = "Chiều 2/5/2026, tại xã A xảy ra mưa đá. Lốc xoáy làm 5 nhà bị tốc mái."
    assert _disaster_rows(text)[5.0]["hazards"] == ["whirlwind"]


def test_losses_by_sector_between_semicolons_are_all_losses() -> None:
    text = ("Cơn bão số 4 đã gây thiệt hại ước 3.900 tỷ đồng. Cụ thể: giao thông thiệt hại 1.700 tỷ đồng; thủy lợi "
            "860 tỷ đồng; giáo dục khoảng 95 tỷ đồng.")
    rows = _disaster_rows(text)
    assert rows[860000000000.0]["impact"] == "economic_loss" and rows[95000000000.0]["impact"] == "economic_loss"
    # near-miss: an amount after money handed out is no loss
    text = "Cơn bão số 4 đã gây thiệt hại 3.900 tỷ đồng; tỉnh hỗ trợ 40 tỷ đồng; Trung ương 150 tỷ đồng."
    assert 150000000000.0 not in _disaster_rows(text)


def test_the_bare_area_a_forest_fire_burnt_is_forest() -> None:
    text = "Từ đầu năm 2026 đến nay, tỉnh Lâm Đồng xảy ra 11 vụ cháy rừng, làm thiệt hại 24,6 ha."
    assert route_in_text(text, "24,6").fields["impact"] == "forest"
    # near-miss: a bare area after a hail names no forest
    assert _not_damage("Năm 2026, tỉnh xảy ra 3 vụ cháy rừng. Mưa đá làm thiệt hại 20 ha.", "20")


def test_the_bare_area_of_one_of_the_forest_fires_counted_before_is_forest() -> None:
    # "... 6 vụ cháy rừng ... ¶ Đám cháy tại xã A ... diện tích thiệt hại N ha": a fire the line before counted
    text = ("Quý I/2027, tỉnh Sơn La xảy ra 6 vụ cháy rừng, thiêu rụi 31 ha.\n"
            "Đám cháy nghiêm trọng nhất xảy ra tại xã Mường Lạn với diện tích bị cháy 12,7 ha.\n")
    row = _disaster_rows(text)[12.7]
    assert (row["impact"], row["hazards"], row["locations"]) == ("forest", ["wildfire"], ["Mường Lạn"])
    # near-miss: a fire of houses after a line of no forest fire burnt no forest
    text = ("Quý I/2027, tỉnh Sơn La xảy ra 6 vụ tai nạn giao thông.\n"
            "Vụ cháy chợ xảy ra tại xã Mường Lạn với diện tích bị cháy 0,7 ha.\n")
    assert 0.7 not in _disaster_rows(text)


def test_a_kind_of_forest_planted_in_a_breakdown_of_the_forest_burnt_is_forest_hit() -> None:
    # "rừng keo trồng N ha" in the parts of a burnt area: a stand of planted forest, not an area planted
    text = "Năm 2027 có 5 vụ cháy rừng làm thiệt hại 19 ha rừng, gồm rừng keo trồng 11,5 ha và rừng tự nhiên 7,5 ha."
    assert route_in_text(text, "11,5").fields["impact"] == "forest"
    # near-miss: the area the province planted is no damage
    assert _not_damage("Sau các vụ cháy rừng năm 2027, tỉnh đã trồng 11,5 ha rừng.", "11,5")


def test_a_fire_of_the_ground_cover_under_the_forest_is_a_wildfire() -> None:
    # "cháy thảm thực bì", "cháy thảm cỏ": the ground fires a forest report counts beside its forest fires
    text = "Mùa khô năm 2027, trên địa bàn huyện xảy ra 8 vụ cháy thảm cỏ dưới tán rừng, diện tích khoảng 14 ha."
    assert route_in_text(text, "8").fields["hazards"] == ["wildfire"]
    assert route_in_text(text, "14").fields["impact"] == "forest"
    # near-miss: the ground cover burnt off on purpose before planting is no fire of a disaster
    assert _not_damage("Năm 2027, các hộ đã đốt thực bì trên 14 ha để trồng rừng.", "14")


def test_works_built_against_a_hazard_are_no_damage_unless_their_clause_says_they_were_hit() -> None:
    # "N công trình kè chống sạt lở" after a verb of building: works against the landslides, not works they hit
    text = "Sau đợt sạt lở năm 2027, tỉnh Đồng Tháp khởi công 4 công trình kè chống sạt lở bờ sông Tiền."
    assert 4.0 not in _disaster_rows(text)
    # near-miss: such works hit, by the verb before the count or after the work's name
    text = "Đợt triều cường tháng 10/2027 làm hư hỏng 4 công trình kè chống sạt lở; 3 tuyến đê chống lũ bị vỡ."
    rows = _disaster_rows(text)
    assert rows[4.0]["impact"] == rows[3.0]["impact"] == "infrastructure"


def test_dyke_stretches_breached_and_their_length_are_damage() -> None:
    text = "Đợt triều cường ngày 7/11/2025 làm tràn, vỡ 9 đoạn bờ bao với tổng chiều dài 1.420 m, gây ngập 260 nhà."
    assert route_in_text(text, "1.420").fields["impact"] == "infrastructure"
    text = "Lũ ngày 7/11/2025 làm 3 đoạn đê với chiều dài 1,6 km bị vỡ."
    assert route_in_text(text, "3").fields["impact"] == "infrastructure"
    # near-miss: the length of the dykes a district has
    assert _not_damage("Huyện có 9 đoạn bờ bao với tổng chiều dài 1.420 m.", "1.420")


def test_salt_said_to_intrude_is_drought() -> None:
    text = "BẠC LIÊU - Mùa khô năm 2025, mặn xâm nhập gây sụt lún 28 tuyến đường nông thôn."
    assert "drought" in route_in_text(text, "28").fields["hazards"]
    # near-miss: how far the salt reached is no damage
    assert _not_damage("Ngày 3/3/2025, mặn xâm nhập sâu 55 km, làm 300 ha lúa bị thiệt hại.", "55")


def test_reservoirs_at_dead_storage_are_no_damage() -> None:
    text = "NINH THUẬN - Do nắng hạn kéo dài, hiện có 21 hồ chứa thủy lợi ở mức chết, dung tích còn 9%."
    assert _not_damage(text, "21")
    assert _not_damage("Do nắng hạn kéo dài, 21 hồ chứa thủy lợi đã xuống dưới mực nước chết.", "21")
    # near-miss: reservoirs the flood broke are damage
    assert route_in_text("Mưa lũ làm 3 hồ chứa bị vỡ, 2 người chết.", "3").fields["impact"] == "infrastructure"


def test_a_herd_short_of_feed_at_risk_is_no_loss() -> None:
    text = "Do nắng hạn kéo dài, đàn gia súc 62.000 con đang thiếu thức ăn, nguy cơ chết đói."
    assert _not_damage(text, "62.000")
    # near-miss: animals dead before the risk clause are lost
    text = "Do nắng hạn kéo dài, 1.300 con gia súc bị chết, nguy cơ còn tăng."
    assert route_in_text(text, "1.300").fields["impact"] == "livestock"


def test_houses_carried_off_before_a_risk_clause_are_destroyed() -> None:
    text = "Mưa lũ ngày 4/10/2026 cuốn trôi 7 nhà, nguy cơ sạt lở còn cao."
    assert route_in_text(text, "7").fields["impact"] == "houses_destroyed"
    # near-miss: households a landslide only threatens are not hit
    assert _not_damage("Sạt lở đất làm 12 hộ dân có nguy cơ mất nhà.", "12")


def test_a_total_under_items_of_kinds_of_damage_is_the_leads() -> None:
    text = ("BÁO CÁO NHANH\nThiệt hại do mưa lũ ngày 3-4/8/2026\n\n"
            "Do ảnh hưởng của mưa lớn, đêm 3/8/2026 đã xảy ra lũ quét tại xã Nậm Cuổi. Thiệt hại như sau:\n"
            "- Về người: 2 người chết.\n- Về giao thông: Quốc lộ 4H sạt lở 64 điểm; 1 cầu treo bị cuốn trôi.\n"
            "- Về điện: gãy đổ 12 cột điện.\nTổng thiệt hại ước tính 48 tỷ đồng.\n")
    assert "landslide" not in _disaster_rows(text)[48000000000.0]["hazards"]
    # near-miss: the roads' item keeps its landslides
    assert "landslide" in _disaster_rows(text)[64.0]["hazards"]


def test_households_said_to_get_help_are_no_homes_hit() -> None:
    text = "Hạn mặn năm 2026 làm 2.400 hộ bị ảnh hưởng, trong đó 900 hộ được hỗ trợ nước ngọt."
    assert _not_damage(text, "900")
    # near-miss: houses said to be hit before the help keep their harm
    text = "Lũ năm 2026 làm 14 nhà bị sập được hỗ trợ 30 triệu đồng mỗi nhà."
    assert route_in_text(text, "14").fields["impact"] == "houses_destroyed"


def test_places_in_brackets_take_the_harm_their_heads_label_names() -> None:
    text = "Do bão số 8, thiệt hại như sau:\n- Nhà bị sập, cuốn trôi: 9 nhà (xã Tam Chung 6 nhà, xã Trung Lý 3 nhà)."
    rows = _disaster_rows(text)
    assert rows[6.0]["impact"] == "houses_destroyed" and rows[3.0]["impact"] == "houses_destroyed"
    # near-miss: a label of roofs blown off
    text = "Do bão số 8, thiệt hại như sau:\n- Nhà bị tốc mái: 9 nhà (xã Tam Chung 6 nhà, xã Trung Lý 3 nhà)."
    assert _disaster_rows(text)[6.0]["impact"] == "houses_damaged"


def test_an_as_of_line_dates_the_damage_section_right_below_it() -> None:
    text = ("BÁO CÁO NHANH\nThiệt hại do bão số 6\n(Cập nhật đến 17 giờ 00 ngày 12/10/2026)\n\n"
            "I. THIỆT HẠI\n1. Về người: 3 người chết.\n\nII. CÔNG TÁC ỨNG PHÓ\nKhắc phục 40 nhà bị tốc mái.\n")
    rows = _disaster_rows(text)
    assert rows[3.0]["as_of"] == "2026-10-12"
    # near-miss: the response section is not dated by it
    assert rows.get(40.0) is None or rows[40.0]["as_of"] is None


def test_houses_partly_fallen_in_are_damaged() -> None:
    text = "Năm 2025, sụt lún đất làm 6 căn nhà bị sụp một phần, 2 căn nhà bị sụp hoàn toàn."
    assert route_in_text(text, "6").fields["impact"] == "houses_damaged"
    # near-miss: the houses fallen in whole are destroyed
    assert route_in_text(text, "2").fields["impact"] == "houses_destroyed"


def test_canoes_sunk_are_damage() -> None:
    assert route_in_text("Năm 2026, bão số 4 đánh chìm 3 ca nô.", "3").fields["impact"] == "infrastructure"
    # near-miss: canoes sent to the rescue are not
    assert _not_damage("Trước bão số 4, huyện đã điều động 25 xuồng, 6 ca nô ứng cứu.", "6")


def test_a_later_item_cut_off_from_power_leaves_the_flooded_homes_before_it() -> None:
    text = "Năm 2026, mưa lớn làm 410 hộ dân bị ngập nhà, 2.300 hộ bị mất điện nhiều giờ."
    assert route_in_text(text, "410").fields["impact"] == "houses_damaged"
    assert _not_damage(text, "2.300")
    # near-miss: households of one item cut off from power, a place between, are still no homes hit
    assert _not_damage("Năm 2026, bão số 2 làm 1,4 ngàn hộ dân tại 3 xã bị mất điện.", "1,4")


def test_houses_counted_by_the_piece_in_a_damage_table() -> None:
    text = ("TỔNG HỢP THIỆT HẠI DO BÃO SỐ 7 NĂM 2026\nTT\tLoại thiệt hại\tĐơn vị tính\tSố lượng\n"
            "1\tNhà bị đổ sập hoàn toàn\tcái\t17\n2\tNhà bị tốc mái, hư hỏng\tchiếc\t845\n"
            "3\tNhà văn hóa thôn bị hư hỏng\tcái\t9\n")
    rows = _disaster_rows(text)
    assert (rows[17.0]["impact"], rows[17.0]["unit"], rows[17.0]["unit_label"]) == ("houses_destroyed", "house", None)
    assert (rows[845.0]["impact"], rows[845.0]["unit"]) == ("houses_damaged", "house")
    # near-miss: a village meeting house counted by the piece is a work, not a home
    assert (rows[9.0]["impact"], rows[9.0]["unit"]) == ("infrastructure", "count")


def test_losses_by_sector_listed_after_the_total_and_a_colon() -> None:
    text = ("Năm 2026, tổng thiệt hại do bão số 6 ước khoảng 640 tỷ đồng, bao gồm: thiệt hại về giao thông 270 tỷ "
            "đồng; thủy lợi 190 tỷ đồng; nhà ở 45 tỷ đồng.")
    assert route_in_text(text, "190").fields["impact"] == "economic_loss"
    assert route_in_text(text, "45").fields["impact"] == "economic_loss"
    # near-miss: money handed out after the damage is listed by place, no loss
    text = "Năm 2026, bão số 6 làm 35 nhà bị thiệt hại, tỉnh đã hỗ trợ: 300 triệu đồng; xã Tân Mỹ 120 triệu đồng."
    assert _not_damage(text, "120")


def test_the_floor_area_of_a_workshop_or_store_hit_is_a_work() -> None:
    text = "Năm 2026, lốc xoáy làm tốc mái 6.000 m2 nhà xưởng; 800 m2 nhà kho bị sập; 1.500 m2 ngô bị gãy đổ."
    rows = _disaster_rows(text)
    assert (rows[0.6]["impact"], rows[0.6]["unit"]) == ("infrastructure", "ha")
    assert rows[0.08]["impact"] == "infrastructure"
    # near-miss: the square metres of a crop stay a crop's area
    assert rows[0.15]["impact"] == "crops"


def test_a_bare_count_under_its_label_in_a_list_of_labelled_counts() -> None:
    text = ("Năm 2026, bão số 4 gây thiệt hại:\n- Số người chết: 02; số người mất tích: 03; số người bị thương: 07.\n"
            "- Nhà bị sập: 14; nhà bị ngập: 2.350.\n- Nhà văn hóa bị hư hỏng: 6.\n")
    rows = _disaster_rows(text)
    assert rows[3.0]["impact"] == "missing" and rows[7.0]["impact"] == "injured"
    assert (rows[14.0]["impact"], rows[14.0]["unit"]) == ("houses_destroyed", "house")
    assert (rows[2350.0]["impact"], rows[2350.0]["unit"]) == ("houses_damaged", "house")
    # near-miss: a village meeting house is no home
    assert rows.get(6.0, {}).get("unit") != "house"
    # near-miss: a count with its own words keeps them over the label's
    text = "Năm 2026, bão số 4 gây thiệt hại:\n- Người bị nạn: 4 người bị thương; 1 người chết.\n"
    assert _disaster_rows(text)[4.0]["impact"] == "injured"


def test_the_earth_of_landslide_spots_after_a_slash() -> None:
    text = "Năm 2026, mưa lớn gây sạt lở taluy dương 31 điểm/4.200 m3 trên các tuyến đường huyện."
    routed = route_in_text(text, "4.200")
    assert routed.table == "disasters" and routed.fields["impact"] == "infrastructure"
    # near-miss: a part of a whole over the whole stays no count of damage
    assert _not_damage("Năm 2026, mưa lớn làm 1.200 m/5.600 m kênh mương bị sạt lở.", "5.600")


def test_households_cut_off_from_power_by_the_verb_before_them() -> None:
    text = "Năm 2026, bão số 5 làm mất điện 8.400 hộ, 37 nhà bị tốc mái."
    assert _not_damage(text, "8.400")
    assert route_in_text(text, "37").fields["impact"] == "houses_damaged"
    # near-miss: households who lost their homes are hit
    assert route_in_text("Năm 2026, lũ quét làm mất nhà của 9 hộ dân.", "9").fields["impact"] == "houses_destroyed"


def test_a_bare_item_under_a_heading_of_damage() -> None:
    text = ("BÁO CÁO NHANH\nThiệt hại do bão số 6 năm 2026\n1. Thiệt hại về nông nghiệp:\n"
            "+ Lúa bị ngập: 4.150 ha;\n+ Hoa màu: 1.730 ha;\n")
    assert _disaster_rows(text)[1730.0]["hazards"] == ["storm"]
    # near-miss: the same item under a heading of what was grown is no damage
    text = ("BÁO CÁO NHANH\nThiệt hại do bão số 6 năm 2026\n1. Thiệt hại về nông nghiệp:\n+ Lúa bị ngập: 4.150 ha.\n"
            "2. Kết quả sản xuất vụ mùa:\n+ Hoa màu: 1.730 ha;\n")
    assert 1730.0 not in _disaster_rows(text)


def test_the_owners_of_square_metres_of_land_lost_are_no_homes_hit() -> None:
    text = "Năm 2026, sạt lở bờ kênh dài 80 m, cuốn trôi 900 m2 đất vườn của 4 hộ dân."
    assert _not_damage(text, "4")
    # near-miss: the owners of the houses that fell are the houses
    text = "Năm 2026, sạt lở bờ kênh làm sập 2 căn nhà, hư hỏng nhà của 6 hộ dân."
    assert route_in_text(text, "6").fields["impact"] == "houses_damaged"


def test_cages_and_ponds_counted_by_the_piece() -> None:
    text = ("Năm 2026, bão số 2 gây thiệt hại:\n- Lồng bè nuôi cá bị cuốn trôi: 47 chiếc;\n"
            "- Ao nuôi tôm bị vỡ bờ: 9 cái.")
    rows = _disaster_rows(text)
    assert rows[47.0]["impact"] == "aquaculture" and rows[9.0]["impact"] == "aquaculture"
    # near-miss: boats counted by the piece stay works
    assert route_in_text("Năm 2026, bão số 2 gây thiệt hại:\n- Tàu cá bị chìm: 6 chiếc.", "6").fields[
        "impact"] == "infrastructure"


def test_coconut_and_cocoa_trees_felled_are_crops() -> None:
    text = "Năm 2026, lốc xoáy làm ngã đổ 2.700 cây dừa, 410 cây ca cao và 1.900 cây keo."
    rows = _disaster_rows(text)
    assert rows[2700.0]["impact"] == "crops" and rows[410.0]["impact"] == "crops"
    # near-miss: timber trees stay forest
    assert rows[1900.0]["impact"] == "forest"


def test_money_items_of_a_list_led_in_by_a_loss() -> None:
    text = ("Năm 2026, tổng thiệt hại do bão số 7 ước khoảng 930 tỷ đồng. Trong đó:\n- Giao thông: 410 tỷ đồng;\n"
            "- Thủy lợi: 275 tỷ đồng.\n")
    rows = _disaster_rows(text)
    assert rows[410e9]["impact"] == "economic_loss" and rows[275e9]["impact"] == "economic_loss"
    # near-miss: a list of money handed out after the damage is no loss
    text = ("Năm 2026, bão số 7 làm 40 nhà bị thiệt hại. Tỉnh đã hỗ trợ 3 tỷ đồng, trong đó:\n"
            "- Huyện Tân Phú: 2 tỷ đồng;\n- Huyện Định Quán: 1 tỷ đồng.\n")
    assert 2e9 not in _disaster_rows(text)


def test_a_thunderstorm_named_as_the_event_is_its_gusts() -> None:
    assert route_in_text("Năm 2026, mưa giông làm tốc mái 17 căn nhà.", "17").fields["hazards"] == ["whirlwind"]
    # near-miss: thunder mentioned beside a heavy rain that floods adds no whirlwind
    text = "Năm 2026, mưa to kèm dông làm ngập 300 căn nhà."
    assert "whirlwind" not in route_in_text(text, "300").fields["hazards"]


def test_a_line_labelled_by_a_centrally_run_city_names_a_province_not_a_place() -> None:
    # a national bulletin's paragraph per province: "Thành phố Cần Thơ: ..." labels a province (the pipeline
    # keys it), no district or commune; "Thành phố Bảo Lộc: ..." (a city inside its province) still is one
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBÁO CÁO\nThiệt hại do mưa lớn (đến 8 giờ ngày 14/10/2026)\n\n"
        "Thành phố Cần Thơ: mưa lớn làm 3 người bị thương; 740 nhà bị ngập.\n\n"
        "Thành phố Hải Phòng: 2 người chết; 1.180 nhà bị ngập.\n"
    )
    assert _places(text) == {3: [], 740: [], 2: [], 1180: []}
    near = "Lâm Đồng, ngày 14/10/2026\nThiệt hại do mưa lớn:\n- Thành phố Bảo Lộc: 6 nhà bị sập; 95 nhà bị ngập.\n"
    assert _places(near) == {6: ["Bảo Lộc"], 95: ["Bảo Lộc"]}


def test_items_under_a_lead_naming_the_worth_of_a_loss_are_that_loss() -> None:
    # "Giá trị thiệt hại theo tỉnh:" gives no total, but names the loss its items are amounts of
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBÁO CÁO\nThiệt hại do bão số 4 năm 2026 (đến ngày 20/8/2026)\n"
        "Giá trị thiệt hại theo tỉnh:\n- Sơn La: 740 tỷ đồng;\n- Điện Biên: 215 tỷ đồng.\n"
    )
    rows = _disaster_rows(text)
    assert {v: (r["impact"], r["province"]) for v, r in rows.items()} == {
        740e9: ("economic_loss", "son_la"), 215e9: ("economic_loss", "dien_bien")}
    # a lead on what was handed out, or on the damage without its worth, makes no loss of its items
    for lead in ("Kinh phí hỗ trợ khắc phục thiệt hại theo tỉnh:", "Tình hình thiệt hại theo tỉnh:"):
        near = text.replace("Giá trị thiệt hại theo tỉnh:", lead)
        assert _disaster_rows(near) == {}, lead


def test_a_duty_bulletin_counts_disaster_damage_it_names_no_cause_for() -> None:
    # "Công tác trực ban phòng, chống thiên tai ngày ...": the day's damage is the disasters' though the bulletin
    # names none of them (no kind: hazards stay empty)
    lead = "UBND TỈNH LAI CHÂU\nBÁO CÁO NHANH\nCông tác trực ban phòng, chống thiên tai ngày 03/7/2026\n"
    damage = "1. Về người: 2 người bị thương.\n2. Về nhà ở: 9 nhà bị hư hỏng.\n3. Thiệt hại kinh tế ước 1,6 tỷ đồng.\n"
    rows = _disaster_rows(lead + damage)
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        2: ("injured", []), 9: ("houses_damaged", []), 1.6e9: ("economic_loss", [])}
    # what the duty officers sent is no damage; nor is a count under a title that is no duty bulletin
    assert _disaster_rows(lead + "1. Huy động 160 cán bộ, chiến sĩ giúp dân.\n") == {}
    other = "UBND TỈNH LAI CHÂU\nBÁO CÁO\nKết quả công tác dân vận tháng 6/2026\n"
    assert _disaster_rows(other + damage) == {}


def test_a_person_hurt_by_a_falling_metal_roof_is_hurt_by_the_wind() -> None:
    # "bị thương do tấm tôn rơi trúng" after a whirlwind: what the wind threw down, no other cause
    text = "Chiều 9/5/2027, dông lốc làm tốc mái 37 nhà tại huyện Krông Pắc. Hai người bị thương do tấm tôn rơi trúng."
    assert _disaster_rows(text)[2.0]["impact"] == "injured"
    # near-miss: a fall while fixing the roof days later is an accident of work, not the wind's
    text = "Chiều 9/5/2027, dông lốc làm tốc mái 37 nhà. Hai người bị thương do ngã khi sửa mái nhà."
    assert 2.0 not in _disaster_rows(text)


def test_a_figure_blaming_what_the_wind_threw_down_takes_the_wind_not_the_item_before() -> None:
    # "02 người bị thương do cây đổ" after "01 người chết do sét đánh;": its own cause is the whirlwind's doing
    lead = "Chiều 14/6/2026 trên địa bàn tỉnh xảy ra dông lốc, sét đánh.\n"
    rows = _disaster_rows(lead + "Về người: 03 người chết do sét đánh tại xã Yên Mô; 05 người bị thương do cây đổ.\n")
    assert {v: r["hazards"] for v, r in rows.items()} == {3: ["lightning"], 5: ["whirlwind"]}
    # near-miss: a bare item with no cause of its own still goes on from the item before it
    rows = _disaster_rows(lead + "Về người: 03 người chết do sét đánh tại xã Yên Mô; 05 người bị thương.\n")
    assert {v: r["hazards"] for v, r in rows.items()} == {3: ["lightning"], 5: ["lightning"]}


def test_places_after_a_bracket_of_parts_are_the_whole_counts_and_its_parts() -> None:
    # "chết 96 con gia súc (40 con trâu, 56 con bò) tại các xã A, B": the places are the count's and each part's
    text = "Rét hại làm chết 96 con gia súc (40 con trâu, 56 con bò) tại các xã Đồng Văn, Mèo Vạc.\n"
    places = ["Đồng Văn", "Mèo Vạc"]
    assert _places(text) == {96: places, 40: places, 56: places}
    # near-miss: a count after the bracket with a place of its own keeps it to itself
    near = "Rét hại làm chết 96 con gia súc (40 con trâu, 56 con bò), 7 con ngựa tại xã Mèo Vạc.\n"
    assert _places(near) == {96: [], 40: [], 56: [], 7: ["Mèo Vạc"]}


def test_crops_crushed_by_hail_in_a_table_row_are_damage() -> None:
    # "Ngô, rau màu bị dập nát | ha | 31,5" under a hail report's title: crops hit, as "bị ngập" rows are
    head = "TỔNG HỢP THIỆT HẠI DO MƯA ĐÁ NGÀY 09/4/2026\nSTT\tChỉ tiêu\tĐơn vị tính\tSố lượng\n"
    rows = _disaster_rows(head + "1\tNgô, rau màu bị dập nát\tha\t31,5\n2\tCam bị rụng quả\tha\t4,5\n")
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        31.5: ("crops", ["hail"]), 4.5: ("crops", ["hail"])}
    # near-miss: an area sown is no damage, a table row or not
    assert _disaster_rows(head + "1\tNgô, rau màu gieo trồng\tha\t31,5\n") == {}


def test_livestock_dead_of_hunger_and_thirst_take_the_hazard_stated_before() -> None:
    # "do đói, khát" after a drought's damage: the drought's doing, no cause of another kind
    text = "Nắng hạn làm 640 ha lúa bị chết khô. Có 96 con bò bị chết do đói, khát.\n"
    assert {v: (r["impact"], r["hazards"]) for v, r in _disaster_rows(text).items()} == {
        640: ("crops", ["drought"]), 96: ("livestock", ["drought"])}
    # near-miss: a disease is another cause, no damage of the drought
    near = "Nắng hạn làm 640 ha lúa bị chết khô. Có 96 con bò bị chết do bệnh tụ huyết trùng.\n"
    assert set(_disaster_rows(near)) == {640}


def test_a_hazard_said_to_have_lasted_states_the_event_of_the_damage_after_it() -> None:
    # "Đợt rét đậm, rét hại kéo dài từ ngày ...": the event stated, as "xảy ra" states it
    text = "Đợt rét đậm, rét hại kéo dài từ ngày 14/1 đến 22/1/2026. Trên địa bàn tỉnh có 73 con trâu, bò bị chết.\n"
    assert {v: (r["impact"], r["hazards"]) for v, r in _disaster_rows(text).items()} == {73: ("livestock", ["cold"])}
    # near-miss: a sentence on something that lasted but names no hazard lends none
    near = "Đợt kiểm tra kéo dài từ ngày 14/1 đến 22/1/2026. Trên địa bàn tỉnh có 73 con trâu, bò bị chết.\n"
    assert _disaster_rows(near) == {}


def test_a_spot_in_a_village_said_before_its_commune_still_places_the_damage() -> None:
    # "tại khu vực nương thôn 4, xã A": a spot of a few words before the village, then the commune
    text = "Chiều 12/6/2026, tại khu vực nương thôn 4, xã Tả Van, sét đánh làm 2 người chết.\n"
    assert _places(text) == {2: ["Tả Van"]}
    # near-miss: a place below the commune alone gives no location
    assert _places("Chiều 12/6/2026, tại khu vực nương thôn 4, sét đánh làm 2 người chết.\n") == {2: []}


def test_a_quake_shaking_houses_and_a_fallen_fence_wall() -> None:
    # "Rung lắc làm ...": the shaking of a quake, damage of a disaster of no kind the contract names; a house whose
    # fence wall fell ("bị đổ tường rào") is damaged, not destroyed
    text = "Động đất 4,2 độ tại xã Tu Mơ Rông.\n\nRung lắc làm 9 nhà dân bị nứt tường, 3 nhà bị đổ tường rào.\n"
    assert {v: (r["impact"], r["hazards"]) for v, r in _disaster_rows(text).items()} == {
        9: ("houses_damaged", []), 3: ("houses_damaged", [])}
    # near-miss: a house that fell itself is destroyed
    near = "Động đất 4,2 độ tại xã Tu Mơ Rông.\n\nĐộng đất làm 3 nhà bị đổ hoàn toàn.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(near).items()} == {3: "houses_destroyed"}


def test_cells_of_a_table_by_commune_are_the_damage_its_caption_states() -> None:
    # "Gia súc chết do rét đậm, rét hại" over "STT | Xã | Trâu (con) | Bò (con)", no total row: each cell is the cold's
    caption = "UBND TỈNH HÀ GIANG\nHà Giang, ngày 30 tháng 01 năm 2026\n\nTổng hợp gia súc chết do rét đậm, rét hại\n"
    table = "STT\tXã\tTrâu (con)\tBò (con)\n1\tXã Lũng Cú\t14\t9\n2\tXã Sà Phìn\t23\t6\n"
    rows = _disaster_rows(caption + table)
    assert {v: (r["impact"], r["hazards"], r["locations"]) for v, r in rows.items()} == {
        14: ("livestock", ["cold"], ["Lũng Cú"]), 9: ("livestock", ["cold"], ["Lũng Cú"]),
        23: ("livestock", ["cold"], ["Sà Phìn"]), 6: ("livestock", ["cold"], ["Sà Phìn"])}
    # near-miss: a caption of a herd, no damage, leaves the cells as they were
    herd = caption.replace("gia súc chết do rét đậm, rét hại", "tổng đàn gia súc trước đợt rét")
    assert _disaster_rows(herd + table) == {}


def test_people_burnt_in_a_forest_fire_are_injured() -> None:
    # "bị bỏng" (burnt) is an injury, as "bị thương" is
    text = "Năm 2026, toàn tỉnh xảy ra 9 vụ cháy rừng; 2 người bị bỏng khi tham gia chữa cháy.\n"
    assert {v: (r["impact"], r["hazards"]) for v, r in _disaster_rows(text).items()} == {
        9: ("events", ["wildfire"]), 2: ("injured", ["wildfire"])}
    # near-miss: burnt in a house fire is no disaster
    assert _disaster_rows("Vụ cháy nhà tại xã A làm 2 người bị bỏng nặng.\n") == {}


def test_cashew_and_cassava_of_the_south_are_crops() -> None:
    # "điều" (cashew) and "mì" (cassava, as the south says "sắn") hit by a whirlwind are crops
    text = "Dông lốc làm 31 nhà bị tốc mái. Ngoài ra có 9,5 ha điều, 6 ha mì bị gãy đổ.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {
        31: "houses_damaged", 9.5: "crops", 6: "crops"}
    # near-miss: noodles handed out after the storm are relief, no crop
    near = "Dông lốc làm 31 nhà bị tốc mái. Tỉnh đã cấp 900 thùng mì, 4 tấn gạo.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(near).items()} == {31: "houses_damaged"}


def test_how_deep_a_landslide_cuts_into_a_works_body_is_no_damage() -> None:
    # "sạt lở vào thân đê 2 m": how deep the slide cut into the dyke, qualifying the length before it
    rows = _disaster_rows("Mưa lớn gây sạt lở đê dài 140 m; có đoạn sạt lở vào thân đê 3 m, "
                          "lở vào mái kè khoảng 1,5 m.")
    assert 0.14 in rows and 0.003 not in rows and 0.0015 not in rows
    # near-miss: a slide "vào ban đêm" (at night) still counts the road it damaged
    rows = _disaster_rows("Tại xã Hòa Bình, sạt lở vào ban đêm làm hư hỏng khoảng 250 m đường giao thông.")
    assert rows[0.25]["impact"] == "infrastructure"


def test_a_bare_count_of_spots_after_a_village_with_its_slide_spots() -> None:
    # "bản X có 4 điểm sạt lở, bản Y 3 điểm": the bare item counts the slide spots its neighbour spells out
    rows = _disaster_rows("Mưa lớn kéo dài; bản Nà Phát có 4 điểm sạt lở, bản Huổi Luông 3 điểm.\n")
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        4: ("infrastructure", ["heavy_rain", "landslide"]), 3: ("infrastructure", ["heavy_rain", "landslide"])}
    # near-miss: a bare count after a vaccination point is no damage
    near = _disaster_rows("Mưa lớn kéo dài; bản Nà Phát có 4 điểm tiêm chủng, bản Huổi Luông 3 điểm.\n")
    assert near == {}


def test_the_parts_of_a_breakdown_of_events_by_district() -> None:
    # "xảy ra 17 vụ sạt lở bờ sông, trong đó huyện A 11 vụ, huyện B 6 vụ": each part counts events of the whole's kind
    rows = _disaster_rows(
        "Năm 2021 tỉnh xảy ra 17 vụ sạt lở bờ sông, trong đó huyện Cái Bè 11 vụ, huyện Cai Lậy 6 vụ.\n"
    )
    assert {v: (r["impact"], r["hazards"], r["locations"]) for v, r in rows.items()} == {
        17: ("events", ["landslide"], []), 11: ("events", ["landslide"], ["Cái Bè"]),
        6: ("events", ["landslide"], ["Cai Lậy"])}
    # and in the sentence after the count, opened by "Trong đó"
    rows = _disaster_rows("Từ đầu năm xảy ra 7 trận lốc xoáy. Trong đó, huyện Đầm Dơi 5 trận, huyện Cái Nước 2 trận.\n")
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        7: ("events", ["whirlwind"]), 5: ("events", ["whirlwind"]), 2: ("events", ["whirlwind"])}
    # near-miss: parts of a count of road accidents stay no disaster
    assert _disaster_rows("Năm 2021 xảy ra 17 vụ tai nạn giao thông, trong đó huyện Cái Bè 11 vụ.\n") == {}
    # near-miss: a count of cases a verb handles after a count of fires is no part of it
    rows = _disaster_rows("Năm 2021 xảy ra 17 vụ cháy rừng. Công an đã khởi tố 3 vụ.\n")
    assert set(rows) == {17}


def test_a_forest_fire_area_after_a_sentence_of_crops_is_forest() -> None:
    # the area a forest fire burnt is forest, though the sentence before counted fruit trees in hectares
    text = ("Dông lốc làm 20 ha cây ăn quả bị dập nát. Từ đầu mùa khô xảy ra 3 vụ cháy rừng, diện tích bị cháy 8,4 ha, "
            "chủ yếu là rừng thông.\n")
    assert _disaster_rows(text)[8.4]["impact"] == "forest"
    # near-miss: a bare area after a sentence of crops, with no fire of a forest, stays crops
    text = "Dông lốc làm 20 ha cây ăn quả bị dập nát. Riêng xã Mường Hum có 6,5 ha.\n"
    assert _disaster_rows(text)[6.5]["impact"] == "crops"


def test_a_cumulative_toll_of_disasters_in_general_borrows_no_kind_of_the_last_event() -> None:
    # "Lũy kế ..., thiên tai đã làm ...": all the year's disasters, not the forest fires counted just before
    text = "Trong tháng xảy ra 2 vụ cháy rừng. Lũy kế từ đầu năm, thiên tai đã làm 11 người chết.\n"
    assert _disaster_rows(text)[11]["hazards"] == []
    # near-miss: disasters in general right after a count of the events take those events' kinds
    text = "Trong tháng xảy ra 2 đợt mưa lũ. Thiên tai đã làm 11 người chết.\n"
    assert _disaster_rows(text)[11]["hazards"] != []


def test_spots_buried_by_earth_are_works_hit() -> None:
    # "..., vùi lấp tại 8 vị trí": spots buried by a slide are counted works hit, whatever the clause before
    text = "Mưa lớn kéo dài trong đêm; đất đá vùi lấp tại 6 vị trí.\n"
    assert _disaster_rows(text)[6]["impact"] == "infrastructure"
    # near-miss: a force posted at spots is no damage
    assert _disaster_rows("Mưa lớn kéo dài trong đêm; lực lượng xung kích trực tại 6 vị trí.\n") == {}


def test_the_first_label_right_under_the_heading_of_damage_goes_on_with_it() -> None:
    # "I. THIỆT HẠI" over "1. Về người:" over "- Người chết: 03 người.": the first kind of damage of the section
    text = ("BÁO CÁO NHANH\nThiệt hại do bão số 5 năm 2027\n\nI. THIỆT HẠI\n1. Về người:\n- Người chết: 03 người.\n"
            "- Người bị thương: 9 người.\n2. Về nhà ở:\n- Nhà bị tốc mái: 410 căn.\n")
    rows = _disaster_rows(text)
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        3: ("deaths", ["storm"]), 9: ("injured", ["storm"]), 410: ("houses_damaged", ["storm"])}
    # near-miss: a label under a section heading on something else stays no damage
    text = ("BÁO CÁO NHANH\nThiệt hại do bão số 5 năm 2027\n\nII. TÌNH HÌNH DÂN CƯ\n1. Về người:\n"
            "- Người đến tuổi lao động: 900 người.\n")
    assert _disaster_rows(text) == {}


def test_an_as_of_line_joined_to_the_paragraph_below_dates_it() -> None:
    # "(Số liệu cập nhật đến 7h00 ngày 4/11/2027)" over a blank line and "Trong 24 giờ qua, ...": the clean text joins
    # the two, the line still dates the damage; so does "đến nay", which names no day of its own
    head = "BẢN TIN\n(Số liệu cập nhật đến 7h00 ngày 4/11/2027)\n\nTrong 24 giờ qua, mưa lũ làm 2 người chết. "
    rows = _disaster_rows(head + "Lũy kế từ ngày 28/10 đến nay, mưa lũ đã làm 7 người chết.\n")
    assert rows[2]["as_of"] == "2027-11-04" and rows[7]["as_of"] == "2027-11-04"
    # near-miss: a sentence with a day of its own keeps it
    assert _disaster_rows(head + "Tính đến ngày 2/11/2027, mưa lũ đã làm 5 người chết.\n")[5]["as_of"] == "2027-11-02"


def test_a_small_child_swept_away_and_not_found_is_missing() -> None:
    # "1 cháu bé 5 tuổi ... bị nước cuốn trôi, đến nay chưa tìm thấy": a child by the words a child is called by, past
    # the age, not found yet
    text = "Lũ làm 1 cháu bé 5 tuổi ở bản Nà Ca bị nước cuốn trôi, đến nay chưa tìm thấy.\n"
    assert _disaster_rows(text)[1]["impact"] == "missing"
    # near-miss: found dead, the same words are a death
    text = "Lũ làm 1 cháu bé 5 tuổi ở bản Nà Ca bị nước cuốn trôi, đã tử vong.\n"
    assert _disaster_rows(text)[1]["impact"] == "deaths"


def test_the_floor_of_workshops_counted_before_it_is_a_work_hit() -> None:
    # "tốc mái 4 nhà xưởng với diện tích khoảng 1.800 m2": the workshops' floor, no crop
    text = "Dông lốc làm tốc mái 4 nhà xưởng với diện tích khoảng 1.800 m2.\n"
    assert _disaster_rows(text)[0.18]["impact"] == "infrastructure"
    # near-miss: ponds counted before their area stay aquaculture
    text = "Dông lốc làm vỡ bờ 4 ao nuôi cá với diện tích khoảng 1.800 m2.\n"
    assert _disaster_rows(text)[0.18]["impact"] == "aquaculture"


def test_a_loss_under_a_section_on_public_order_borrows_no_event_counted_above_it() -> None:
    # "2. Thiên tai" counts a cold spell; "3. Trật tự an toàn xã hội" then tells a house fire's loss: no disaster
    text = ("Báo cáo tháng 1 năm 2027\n\n2. Thiên tai\nTrong tháng xảy ra 2 đợt rét hại, làm chết 40 con bò.\n\n"
            "3. Trật tự an toàn xã hội\nXảy ra 2 vụ cháy nhà dân, thiệt hại ước 900 triệu đồng.\n")
    assert set(_disaster_rows(text)) == {2, 40}
    # near-miss: the same loss right in the section on disasters is the cold's
    text = "Báo cáo tháng 1 năm 2027\n\n2. Thiên tai\nTrong tháng xảy ra 2 đợt rét hại. Thiệt hại ước 900 triệu đồng.\n"
    assert _disaster_rows(text)[9e8]["hazards"] == ["cold"]


def test_canals_silted_up_are_works_hit() -> None:
    # "kênh mương bị đất đá bồi lấp với tổng chiều dài 1,8 km": silted up is a damage, lent the rain before
    text = "Mưa lớn gây ách tắc 4 điểm. Nhiều đoạn kênh bị đất đá bồi lấp với tổng chiều dài 1,8 km; 2 đập bị vỡ.\n"
    assert _disaster_rows(text)[1.8]["impact"] == "infrastructure"
    # near-miss: the canals dredged afterwards are the recovery
    text = "Mưa lớn gây ách tắc 4 điểm. Huyện đã nạo vét 1,8 km kênh mương bị bồi lấp; 2 đập bị vỡ.\n"
    assert 1.8 not in _disaster_rows(text)


def test_spots_a_verb_of_damage_governs_through_a_place_word() -> None:
    # "gây ách tắc giao thông tại 5 điểm trên Quốc lộ 34": spots blocked, not a score
    text = "Mưa lớn gây ách tắc giao thông tại 5 điểm trên Quốc lộ 279.\n"
    assert _disaster_rows(text)[5]["impact"] == "infrastructure"
    # near-miss: a score said at a place stays a score
    assert _disaster_rows("Mưa lớn kéo dài. Trường tại xã Nậm Cang đạt 5 điểm trên mức chuẩn.\n") == {}


def test_a_later_spot_item_naming_its_own_part_of_the_road() -> None:
    # "sạt lở taluy dương 11 điểm, taluy âm 4 điểm": the later item names its own slope, still spots slid
    text = "Mưa lớn làm đường liên thôn bị sạt lở taluy dương 11 điểm, taluy âm 4 điểm.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {11: "infrastructure", 4: "infrastructure"}
    # near-miss: a later item that names no part of a road is a score
    text = "Mưa lớn làm sạt lở 11 điểm, chỉ số hài lòng 4 điểm.\n"
    assert set(_disaster_rows(text)) == {11}


def test_houses_slid_away_whole_are_destroyed() -> None:
    # "3 hộ bị sạt lở toàn bộ nhà": the whole house went with the slide
    text = "Mưa lũ làm 3 hộ bị sạt lở toàn bộ nhà; 8 hộ bị sạt lở một phần nhà.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {3: "houses_destroyed", 8: "houses_damaged"}


def test_bare_spot_items_after_an_item_or_a_lead_that_says_what_they_are() -> None:
    # "Đường vào bản A bị sạt lở 4 vị trí, bản B 2 vị trí"; "Các điểm sạt lở taluy: bản A: 5 vị trí; bản B: 3 vị trí"
    text = "Mưa lớn. Đường vào bản Co Sản bị sạt lở 4 vị trí, bản Phìn Hồ 2 vị trí.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {4: "infrastructure", 2: "infrastructure"}
    text = "Mưa lớn kéo dài. Các điểm sạt lở taluy: bản Co Sản: 5 vị trí; bản Phìn Hồ: 3 vị trí.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {5: "infrastructure", 3: "infrastructure"}
    # near-miss: bare items after a lead on the posts of a force stay no damage
    text = "Mưa lớn kéo dài. Các chốt trực của lực lượng xung kích: bản Co Sản: 5 vị trí; bản Phìn Hồ: 3 vị trí.\n"
    assert _disaster_rows(text) == {}


def test_a_quakes_damage_borrows_no_kind_of_the_events_counted_before() -> None:
    # "động đất 4,1 độ, rung lắc cấp IV, làm 3 nhà bị nứt tường" after a count of forest fires: no wildfire's damage
    text = ("Từ đầu mùa khô xảy ra 4 vụ cháy rừng. Ngày 2/4, tại xã Măng Bút xảy ra động đất 4,1 độ, rung lắc cấp IV, "
            "làm 3 nhà bị nứt tường.\n")
    assert _disaster_rows(text)[3]["hazards"] == []
    # near-miss: disasters in general after the count take the events' kinds
    text = "Từ đầu mùa khô xảy ra 4 vụ cháy rừng. Thiên tai làm 3 nhà bị hư hỏng.\n"
    assert _disaster_rows(text)[3]["hazards"] == ["wildfire"]


def test_a_part_right_after_of_which_that_says_its_own_measure() -> None:
    # "ghi nhận 31 trận động đất, trong đó 4 trận có độ lớn trên 3,5": the part counts events of the whole's kind
    text = "Năm 2027, khu vực ghi nhận 31 trận động đất, trong đó 4 trận có độ lớn trên 3,5 độ.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {31: "events", 4: "events"}
    # near-miss: a count of lessons after a count of quakes is no part of it
    text = "Năm 2027, khu vực ghi nhận 31 trận động đất. Trường tổ chức 4 buổi diễn tập.\n"
    assert set(_disaster_rows(text)) == {31}


def test_a_weight_after_the_fish_it_says_were_hit() -> None:
    # "Cá nuôi bị chết rét khoảng 3 tấn tại xã A": the fish are named before the weight
    text = "Đợt rét hại kéo dài. Cá nuôi bị chết rét khoảng 3 tấn tại xã Cốc Lầu.\n"
    assert _disaster_rows(text)[3]["impact"] == "aquaculture"
    # near-miss: a weight of fish the sentence says nothing happened to stays no damage
    text = "Đợt rét hại kéo dài. Sản lượng cá nuôi khoảng 3 tấn tại xã Cốc Lầu.\n"
    assert _disaster_rows(text) == {}


def test_households_hit_are_homes_hit_unless_said_of_their_water_or_fields() -> None:
    # a household hit by a storm or a flood is counted as its home ("hộ gia đình bị thiệt hại", as the gold reads
    # it); one hit in its water, its production, or by a drought or a cold spell is no home hit
    rows = _disaster_rows("Bão số 9 năm 2026 gây thiệt hại tỉnh Bình Định.\nSố hộ bị ảnh hưởng: 410 hộ.\n")
    assert (rows[410.0]["impact"], rows[410.0]["unit"]) == ("houses_damaged", "household")
    rows = _disaster_rows("Lốc xoáy ngày 9/5/2026 làm 27 hộ bị thiệt hại về nhà ở, trong đó 2 nhà bị sập.\n")
    assert rows[27.0]["impact"] == "houses_damaged" and rows[2.0]["impact"] == "houses_destroyed"
    for text, value in (
        ("Hạn hán kéo dài năm 2026 làm 640 hộ dân bị ảnh hưởng về nước sinh hoạt.\n", 640.0),
        ("Mưa lũ năm 2026 làm 1.730 hộ bị thiệt hại về sản xuất, 56 nhà bị ngập.\n", 1730.0),
        ("Nắng hạn năm 2026 kéo dài.\nSố hộ bị ảnh hưởng: 515 hộ.\n", 515.0),
        ("Đợt rét hại tháng 1 năm 2026 làm 96 hộ chăn nuôi bị ảnh hưởng.\n", 96.0),
    ):
        assert value not in _disaster_rows(text), text
    # near-miss: the houses flooded after the households hit in their production stay
    assert _disaster_rows("Mưa lũ năm 2026 làm 1.730 hộ bị thiệt hại về sản xuất, 56 nhà bị ngập.\n")[56.0][
        "impact"] == "houses_damaged"


def test_a_detail_of_houses_that_puts_its_verb_before_its_count() -> None:
    # "trong đó: sập hoàn toàn 9 nhà": the detail's own verb says how its houses were hit, not the total's
    rows = _disaster_rows("Lũ năm 2026 làm 760 ngôi nhà bị hư hỏng, trong đó: sập hoàn toàn 9 nhà, tốc mái 140 nhà.\n")
    assert {v: r["impact"] for v, r in rows.items()} == {
        760: "houses_damaged",
        9: "houses_destroyed",
        140: "houses_damaged",
    }
    rows = _disaster_rows("Bão số 4 năm 2026 làm hư hỏng 415 nhà, trong đó hư hỏng hoàn toàn 6 nhà.\n")
    assert rows[6.0]["impact"] == "houses_destroyed"
    # near-miss: a detail with no verb of its own is hit as its total
    rows = _disaster_rows("Bão số 4 năm 2026 làm 415 nhà bị tốc mái, trong đó xã Tam Hải 60 nhà.\n")
    assert rows[60.0]["impact"] == "houses_damaged"


def test_the_label_a_count_stands_under_says_how_it_was_hit() -> None:
    # "- Nhà bị ngập: 40 nhà": the label names the flooding, as "40 nhà bị ngập" would
    text = ("BÁO CÁO\nThiệt hại do mưa lớn ngày 3/11/2026\n- Nhà bị ngập: 40 nhà.\n- Lúa bị ngập úng: 85 ha.\n"
            "- Gia súc chết: 12 con.\n")
    rows = _disaster_rows(text)
    assert {v: r["hazards"] for v, r in rows.items()} == {
        40: ["heavy_rain", "flood"],
        85: ["heavy_rain", "flood"],
        12: ["heavy_rain"],  # near-miss: a label that says no more than the loss adds nothing
    }


def test_a_count_of_casualties_said_to_have_risen_to_a_number() -> None:
    # "Số người chết do lũ đã tăng lên 9 người": the count now, its subject before the verb
    rows = _disaster_rows("Lũ quét tại Hà Giang ngày 4/7/2026.\nSố người chết do lũ quét đã tăng lên 6 người.\n")
    assert rows[6.0]["impact"] == "deaths"
    rows = _disaster_rows("Ngày 4/7/2026, lũ quét làm 2 nhà bị sập.\nSố người mất tích lên tới 3 người.\n")
    assert rows[3.0]["impact"] == "missing"
    # near-misses: a change is no count; the helpers' count has no casualty
    assert 2.0 not in _disaster_rows("Lũ quét ngày 4/7/2026.\nSố người chết tăng 2 người so với báo cáo trước.\n")
    assert 400.0 not in _disaster_rows("Lũ quét ngày 4/7/2026.\nSố người tham gia tìm kiếm đã tăng lên 400 người.\n")


def test_cells_of_a_table_under_a_caption_of_damage_that_names_no_cause() -> None:
    # the report's lead names the event; "Bảng 2. Thiệt hại về nông nghiệp" names only the damage: its cells of crops
    # (whose heads say no "bị ngập") are the event's damage, as its cells of animals dead are
    lead = "BÁO CÁO\nThiệt hại do mưa lũ ngày 12/9/2026\n\nMưa lũ ngày 12/9/2026 đã gây thiệt hại tại 2 xã.\n\n"
    table = "TT\tXã, phường\tLúa (ha)\tGia súc chết (con)\n1\tXã Minh Ngọc\t14,5\t6\n2\tPhường Bình Minh\t9\t2\n"
    rows = _disaster_rows(lead + "Bảng 2. Thiệt hại về nông nghiệp\n" + table)
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items() if r["unit"] == "ha"} == {
        14.5: ("crops", ["heavy_rain", "flood"]),
        9: ("crops", ["heavy_rain", "flood"]),
    }
    # near-miss: the same table under a caption of what was sown is no damage
    rows = _disaster_rows(lead + "Bảng 2. Diện tích gieo cấy vụ mùa\n" + table)
    assert not [r for r in rows.values() if r["unit"] == "ha"]


def test_bodies_found_are_the_dead() -> None:
    # "tìm thấy 4 thi thể nạn nhân": the dead, counted by their bodies
    text = "Lũ quét ngày 2/8/2026 làm 6 nhà bị cuốn trôi. Đến chiều, lực lượng cứu hộ đã tìm thấy 4 thi thể nạn nhân.\n"
    assert _disaster_rows(text)[4.0]["impact"] == "deaths"
    # near-misses: bodies not found are no dead counted; bodies of a road accident are no disaster's
    text = "Lũ quét ngày 2/8/2026 làm 6 nhà bị cuốn trôi. Hiện vẫn chưa tìm thấy 2 thi thể.\n"
    assert 2.0 not in _disaster_rows(text)
    assert _disaster_rows("Vụ tai nạn giao thông ngày 2/8/2026, cơ quan chức năng đưa 3 thi thể về nhà xác.\n") == {}


def test_a_public_building_labelled_and_counted_by_its_noun_is_a_work() -> None:
    # "- Nhà văn hóa thôn bị tốc mái: 3 nhà": counted as "nhà", still a public building, no home
    text = "Báo cáo thiệt hại do lốc xoáy ngày 3/5/2026\n- Nhà văn hóa thôn bị tốc mái: 4 nhà;\n- Nhà bị sập: 2 nhà.\n"
    rows = _disaster_rows(text)
    assert (rows[4.0]["impact"], rows[4.0]["unit_label"]) == ("infrastructure", "nhà văn hóa")
    assert rows[2.0]["impact"] == "houses_destroyed"  # near-miss: homes under a label of homes


def test_the_label_over_a_count_of_households_says_what_befell_them() -> None:
    # "- Số hộ phải di dời: 45 hộ": moved, not hit; crops or production hit are no homes hit
    text = (
        "Thiệt hại do mưa lũ ngày 8/10/2026\n- Số hộ phải di dời: 38 hộ.\n- Số hộ bị mất trắng hoa màu: 17 hộ.\n"
        "- Số hộ bị ảnh hưởng về sản xuất: 940 hộ.\n- Số hộ bị ngập nhà: 265 hộ.\n"
    )
    rows = _disaster_rows(text)
    assert {v: r["impact"] for v, r in rows.items()} == {265: "houses_damaged"}  # near-miss: homes flooded stay


def test_plants_counted_under_a_label_of_their_kind() -> None:
    # "- Cây ăn quả: thiệt hại 3.500 cây": the label says what plants were hit
    text = "Thiệt hại do mưa đá ngày 9/4/2026\n- Cây ăn quả: thiệt hại 2.700 cây.\n- Thôn Nà Hẩu: 140 cây.\n"
    rows = _disaster_rows(text)
    assert (rows[2700.0]["impact"], rows[2700.0]["unit_label"]) == ("crops", "cây")
    assert 140.0 not in rows  # near-miss: a label of a place names no plant


def test_a_list_whose_items_open_on_their_own_verbs() -> None:
    # "- Nhà ở: bị sập 4 nhà, tốc mái 90 nhà, ngập 210 nhà": each verb is its own count's; "- Nông nghiệp: ngập úng
    # 380 ha lúa; chết 27 con gia súc": the first item's verb is no cause of the items after it
    text = ("Báo cáo thiệt hại do bão số 2 năm 2026\n- Nhà ở: bị sập 4 nhà, tốc mái 90 nhà, ngập 210 nhà.\n"
            "- Nông nghiệp: ngập úng 380 ha lúa; chết 27 con gia súc.\n")
    rows = _disaster_rows(text)
    assert {v: r["hazards"] for v, r in rows.items()} == {
        4: ["storm"],
        90: ["storm"],
        210: ["storm", "flood"],
        380: ["flood", "heavy_rain"],  # near-miss: the item's own verb still says how it was hit
        27: ["storm"],
    }


def test_people_swept_away_and_saved_are_no_casualties() -> None:
    # "3 người bị lũ cuốn trôi đã được cứu sống": swept away, then saved
    for text in (
        "Lũ quét ngày 3/8/2026 làm 4 nhà bị sập; 3 người bị lũ cuốn trôi đã được cứu sống.\n",
        "Lũ quét ngày 3/8/2026 làm 4 nhà bị sập; 3 người bị lũ cuốn trôi, đã được người dân giải cứu kịp thời.\n",
    ):
        assert 3.0 not in _disaster_rows(text), text
    # near-misses: found dead by the rescuers, or swept away and no more said, they are the dead
    lead = "Lũ quét ngày 3/8/2026 làm 4 nhà bị sập; "
    text = lead + "3 người bị lũ cuốn trôi đã được lực lượng cứu hộ tìm thấy thi thể.\n"
    assert _disaster_rows(text)[3.0]["impact"] == "deaths"
    assert _disaster_rows(lead + "3 người bị lũ cuốn trôi.\n")[3.0]["impact"] == "deaths"


def test_spots_treated_or_mended_are_the_recovery_not_the_damage() -> None:
    # "xử lý khẩn cấp 5 điểm sạt lở", "khắc phục 12 điểm": the work done on the damage, not damage counted
    for text, value in (
        ("Năm 2026, sạt lở bờ sông làm 9 nhà bị sập. Tỉnh đã bố trí vốn để xử lý khẩn cấp 4 điểm sạt lở.\n", 4.0),
        ("Năm 2026, sạt lở bờ sông làm 9 nhà bị sập. Huyện đã khắc phục 12 điểm sạt lở trên đường huyện.\n", 12.0),
    ):
        assert value not in _disaster_rows(text), text
    # near-miss: spots the landslides left are damage
    text = "Năm 2026, sạt lở bờ sông làm 9 nhà bị sập; xảy ra 4 điểm sạt lở mới.\n"
    assert _disaster_rows(text)[4.0]["impact"] == "infrastructure"


def test_parts_in_brackets_that_say_only_how_they_were_hit() -> None:
    # "640 nhà (15 sập, 210 tốc mái)": the parts are houses, each hit as its own word says
    text = "Năm 2026, bão số 7 làm hại 530 nhà (11 sập, 519 tốc mái); 58 hộ bị ảnh hưởng (4 sập hẳn, 54 hư hỏng).\n"
    rows = _disaster_rows(text)
    assert {v: (r["impact"], r["unit"]) for v, r in rows.items()} == {
        530: ("houses_damaged", "house"),
        11: ("houses_destroyed", "house"),
        519: ("houses_damaged", "house"),
        58: ("houses_damaged", "household"),
        4: ("houses_destroyed", "household"),
        54: ("houses_damaged", "household"),
    }
    # near-miss: a bracket of places, no word of damage, keeps its reading
    rows = _disaster_rows("Năm 2026, bão số 7 làm 30 nhà bị sập (xã Kỳ Lạc 18, xã Kỳ Thượng 12).\n")
    assert rows[30.0]["impact"] == "houses_destroyed"


def test_a_kind_of_damage_listed_after_another_kind_that_says_what_was_hit() -> None:
    # "3. Về nông nghiệp: Lúa: 12 ha; Gia súc: 8 con" under "2. Về nhà: Sập hoàn toàn: 3 nhà": the same event's damage;
    # near-miss: under an item that says nothing was hit, the same labels stay what was grown
    lead = "Báo cáo nhanh thiệt hại do lũ quét ngày 9/9/2026\n1. Về người: Chết: 1 người.\n"
    kinds = "3. Về nông nghiệp: Lúa: 9,5 ha; Gia súc: 6 con.\n"
    for above, expected in (
        ("2. Về nhà: Sập hoàn toàn: 2 nhà; Hư hỏng: 14 nhà.\n", {9.5: "crops", 6: "livestock"}),
        ("2. Về tình hình sản xuất: vụ mùa cơ bản ổn định.\n", {}),
    ):
        rows = _disaster_rows(lead + above + kinds)
        assert {v: r["impact"] for v, r in rows.items() if v in (9.5, 6)} == expected, above


def test_a_count_with_its_own_verb_before_it_shares_no_mode_with_the_list_after_it() -> None:
    # "lũ quét làm hư hỏng 3 cầu treo, ..., 5 km đường bị sạt lở": the landslide is the road's, not the bridges'
    text = "Ngày 6/8/2026, lũ quét làm hư hỏng 4 cầu treo, 1 đập thủy lợi bị vỡ, 3 km đường bị sạt lở.\n"
    rows = _disaster_rows(text)
    assert "landslide" not in rows[4.0]["hazards"] and "landslide" in rows[3.0]["hazards"]
    # near-miss: bare items before the list's verb are hit as the list says
    text = "Ngày 6/8/2026, mưa lớn kéo dài; 40 con lợn, 900 con gà bị chết, cuốn trôi do lũ quét.\n"
    assert _disaster_rows(text)[40.0]["hazards"] == _disaster_rows(text)[900.0]["hazards"]


def test_houses_carried_off_with_goods_worth_a_sum_are_destroyed_and_the_sum_lost():
    text = "Lũ ống làm 4 ngôi nhà cùng tài sản trị giá khoảng 750 triệu đồng bị cuốn trôi tại bản Huổi Mí."
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"
    money = route_in_text(text, "750")
    assert money.table == "disasters" and money.fields["impact"] == "economic_loss"
    # near-miss: goods worth a sum handed out are no loss
    given = "Mưa lũ làm 4 ngôi nhà bị cuốn trôi. Huyện đã trao gạo, chăn màn trị giá 90 triệu đồng cho các hộ."
    handed_out = route_in_text(given, "90")
    assert handed_out is None or handed_out.table != "disasters"


def test_places_in_brackets_under_a_list_label_share_the_labels_hazard():
    text = "Thiệt hại cụ thể:\n- Nhà bị ngập nước: 90 nhà (bản Pá Khoang 50 nhà, bản Co Mị 40 nhà)\n"
    for number in ("90", "50", "40"):
        assert "flood" in route_in_text(text, number).fields["hazards"], number
    # near-miss: a label that names no hazard lends none to its places
    text = "Dông lốc gây thiệt hại:\n- Nhà bị hư hỏng: 90 nhà (bản Pá Khoang 50 nhà, bản Co Mị 40 nhà)\n"
    assert route_in_text(text, "50").fields["hazards"] == ["whirlwind"]


def test_an_item_labelled_by_its_hazard_keeps_it_to_itself() -> None:
    # "- Sạt lở đất: 4 điểm" counts that item's damage: the next items keep the text's cause (the title's rain)
    title = "BÁO CÁO\nThiệt hại do mưa lớn ngày 3/7/2026\n\nThiệt hại:\n"
    items = "- Nhà bị hư hỏng: 7 nhà.\n- Sạt lở đất: 4 điểm.\n- Ngô bị ngập: 16 ha.\n- Ước thiệt hại 900 triệu đồng.\n"
    rows = _disaster_rows(title + items)
    assert rows[4.0]["hazards"] == ["heavy_rain", "landslide"]
    assert rows[16.0]["hazards"] == ["heavy_rain", "flood"] and rows[900e6]["hazards"] == ["heavy_rain"]
    # a text that names no cause: each item its own hazard, the others none (still the damage of a disaster)
    items = "- Nhà bị hư hỏng: 7 nhà.\n- Sạt lở: 4 điểm.\n- Mưa đá: 25 nhà bị tốc mái.\n- Ao cá bị vỡ: 3 ao.\n"
    rows = _disaster_rows("BÁO CÁO\nTổng hợp thiệt hại tháng 6/2026\n\n" + items)
    assert {v: r["hazards"] for v, r in rows.items()} == {7: [], 4: ["landslide"], 25: ["hail"], 3: []}
    # near-miss: an item that tells the event before its count lends it to the next item of damage
    text = (
        "BÁO CÁO\nThiệt hại tháng 7/2026\n\n- Lũ quét: đêm ngày 12/7 tại bản Nậm Cuổi xảy ra lũ quét sau trận mưa"
        " kéo dài, khiến 3 người chết.\n- Nhà ở: 11 nhà bị hư hỏng.\n"
    )
    assert _disaster_rows(text)[11.0]["hazards"] == ["flash_flood", "heavy_rain"]
    # near-miss: the items under a hazard's item, of another mark, are its damage
    text = "BÁO CÁO\nThiệt hại tháng 7/2026\n\n- Mưa đá: 3 xã bị thiệt hại:\n+ Xã A Lù: 18 nhà bị tốc mái.\n"
    assert _disaster_rows(text)[18.0]["hazards"] == ["hail"]


def test_numbered_wards_are_the_places_of_their_damage() -> None:
    # wards numbered at the 2025 merger ("phường Hà Giang 1"), and a ward's number alone ("Phường 7")
    text = (
        "BÁO CÁO\nThiệt hại do mưa lớn ngày 14/8/2026\n\n- Phường Hà Giang 1: 01 người chết; 05 nhà bị hư hỏng.\n"
        "Tại phường Bắc Giang 2, sạt lở làm hư hỏng 4 nhà.\nTrong đó phường Sông Công 1 có 7 nhà, phường Sông Công 2"
        " có 2 nhà.\nLũ cuốn trôi 3 người (phường Ninh Bình 2).\nTriều cường làm 120 nhà bị ngập tại Phường 8.\n"
    )
    rows = _disaster_rows(text)
    assert {v: r["locations"] for v, r in rows.items()} == {
        1: ["Hà Giang 1"],
        5: ["Hà Giang 1"],
        4: ["Bắc Giang 2"],
        7: ["Sông Công 1"],
        2: ["Sông Công 2"],
        3: ["Ninh Bình 2"],
        120: ["Phường 8"],
    }
    # near-miss: a count right after a commune's name is no part of it
    assert locations_in("Lũ làm 3 nhà ở xã Tân Lập 5 hộ phải di dời") == ["Tân Lập"]
    assert _disaster_rows("Mưa lớn làm 6 nhà tại xã Đạo Đức 2 nhà bị sập.\n")[6.0]["locations"] == ["Đạo Đức"]


def test_forest_burnt_by_a_fire_named_before() -> None:
    # "Đám cháy đã làm cháy 12 ha rừng thông": the forest burnt is a wildfire's, though the fire was told before
    text = "Ngày 9/4/2026 tại tiểu khu 305 xảy ra cháy rừng. Ngọn lửa đã làm cháy 8,5 ha rừng keo của người dân.\n"
    assert _disaster_rows(text)[8.5]["hazards"] == ["wildfire"]
    assert route_in_text("Đám cháy thiêu rụi khoảng 3 ha rừng thông.", "3").fields["hazards"] == ["wildfire"]
    # near-miss: a house fire near a forest is no wildfire
    fire = route_in_text("Vụ cháy làm cháy 2 căn nhà gần bìa rừng.", "2")
    assert fire is None or fire.table != "disasters"


def test_a_risk_said_of_a_part_leaves_the_whole_hit() -> None:
    # "khiến 2.000 ha lúa thiếu nước, trong đó 450 ha có nguy cơ mất trắng": the part is at risk, the whole is hit
    text = "Năm 2026, nắng hạn kéo dài khiến 1.800 ha lúa thiếu nước, trong đó 320 ha có nguy cơ mất trắng.\n"
    rows = _disaster_rows(text)
    assert rows[1800.0]["hazards"] == ["drought"] and 320.0 not in rows
    # near-miss: a risk said of the figure itself keeps it from the damage
    assert _disaster_rows("Năm 2026, nắng hạn làm 1.800 ha lúa có nguy cơ mất trắng.\n") == {}


def test_a_bare_area_waterlogged_dried_or_salted_is_farmland() -> None:
    for text, number, hazards in (
        ("Mưa lớn làm 1.200 ha bị ngập úng.", "1.200", ["heavy_rain", "flood"]),
        ("Hạn hán làm 2.000 ha thiếu nước tưới.", "2.000", ["drought"]),
        ("Xâm nhập mặn làm 900 ha bị nhiễm mặn.", "900", ["drought"]),
        ("Mưa lớn làm ngập 300 ha tại xã Yên Lạc.", "300", ["heavy_rain", "flood"]),
    ):
        routed = route_in_text(text, number)
        assert (routed.table, routed.fields["impact"], routed.fields["hazards"]) == ("disasters", "crops", hazards)
    # near-miss: an area that names what else was flooded is no farmland
    assert route_in_text("Mưa lớn làm ngập 300 ha khu dân cư.", "300") is None


def test_bare_counts_of_houses_share_the_verb_of_the_count_before() -> None:
    # "làm sập 3 nhà tại xã A, 5 nhà tại xã B và 7 nhà tại xã C": every count of the list was flattened
    text = "Ngày 3/5/2026, lốc xoáy làm sập 4 nhà tại xã Quảng Hòa, 6 nhà tại xã Quảng Lợi và 2 nhà tại xã Quảng Yên.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {
        4: "houses_destroyed",
        6: "houses_destroyed",
        2: "houses_destroyed",
    }
    # the verb after the first count too, with how it was hit
    rows = _disaster_rows("Ngày 3/5/2026, mưa lớn làm 9 nhà bị ngập tại xã Hà Đông, 13 nhà tại xã Hà Tây.\n")
    assert rows[13.0]["hazards"] == rows[9.0]["hazards"] == ["heavy_rain", "flood"]
    # near-miss: a count with a verb of its own keeps it
    rows = _disaster_rows("Ngày 3/5/2026, lốc xoáy làm sập 4 nhà tại xã Quảng Hòa, 6 nhà bị tốc mái.\n")
    assert rows[6.0]["impact"] == "houses_damaged"


def test_a_hazard_word_said_again_after_the_first_count_is_no_cause() -> None:
    # "Đường bị sạt lở 2,5 km; 2 điểm sạt lở đê bao": both say how things were hit; the total after them is the rain's
    text = (
        "Thiệt hại do mưa lớn ngày 4/9/2026\n\nDo mưa lớn, 600 ha lúa bị ngập. Đường nội đồng bị sạt lở 1,5 km; "
        "4 điểm sạt lở bờ kênh.\nTổng thiệt hại ước tính 12 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[12e9]["hazards"] == ["heavy_rain"]
    # near-miss: a landslide that acts before the first count is the cause of the total after it
    text = (
        "Thiệt hại do mưa lớn ngày 4/9/2026\n\nDo mưa lớn, 600 ha lúa bị ngập. Sạt lở đất làm hư hỏng 1,5 km đường; "
        "4 điểm sạt lở bờ kênh.\nThiệt hại ước tính 12 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[12e9]["hazards"] == ["heavy_rain", "landslide"]


def test_a_part_after_of_which_is_hit_as_the_count_it_details() -> None:
    # "lúa bị ngập 1.200 ha, trong đó mất trắng 300 ha": the part lost whole was flooded too
    text = "Do mưa lớn kéo dài, lúa bị ngập 950 ha, trong đó mất trắng 210 ha; hoa màu bị ngập 80 ha.\n"
    rows = _disaster_rows(text)
    assert rows[210.0]["hazards"] == rows[950.0]["hazards"] == ["heavy_rain", "flood"]
    # near-miss: the part of a count hit in no such way adds nothing
    text = "Do mưa lớn kéo dài, 950 ha lúa bị thiệt hại, trong đó mất trắng 210 ha.\n"
    assert _disaster_rows(text)[210.0]["hazards"] == ["heavy_rain"]


def test_a_sentence_opening_on_its_count_keeps_its_own_cause() -> None:
    # "... bị ngập. 12 con bò chết do bệnh": the sentence that opens on its count blames a disease, not the flood
    text = "Ngày 2/10/2026, mưa lũ làm 40 ha lúa bị ngập. 12 con bò chết do bệnh tụ huyết trùng.\n"
    assert 12.0 not in _disaster_rows(text)
    # near-miss: one that blames nothing still takes the flood of the sentence before
    text = "Ngày 2/10/2026, mưa lũ làm 40 ha lúa bị ngập. 12 con bò bị chết.\n"
    assert _disaster_rows(text)[12.0]["hazards"] == ["heavy_rain", "flood"]


def test_a_label_that_says_only_how_its_count_was_hit_takes_the_texts_cause() -> None:
    # "Sạt lở taluy | m3 | 12.500" under a report of a rain's damage: the spots slid in the rain
    text = (
        "BÁO CÁO\nThiệt hại do mưa lớn ngày 25/7/2026\n\nSTT | Nội dung | Đơn vị tính | Số lượng\n"
        "1 | Sạt lở taluy | m3 | 9.400\n2 | Nhà bị hư hỏng | nhà | 16\n"
    )
    assert _disaster_rows(text)[9400.0]["hazards"] == ["heavy_rain", "landslide"]
    # near-miss: a label that names what struck keeps it ("Lũ quét: 2 người chết")
    text = "BÁO CÁO\nThiệt hại do mưa lớn ngày 25/7/2026\n\n- Lũ quét: 2 người chết.\n- Nhà bị hư hỏng: 16 nhà.\n"
    assert _disaster_rows(text)[2.0]["hazards"] == ["flash_flood", "heavy_rain"]


def test_a_total_sums_every_event_its_block_told() -> None:
    # three events, each with its own damage, then "Tổng thiệt hại ...": the loss of them all
    text = (
        "Ngày 12/4/2026, mưa đá làm 120 nhà bị tốc mái tại xã Si Ma Cai. Dông lốc làm 30 nhà bị tốc mái tại xã Sín "
        "Chéng. Sét đánh làm chết 4 con trâu.\nTổng thiệt hại ước tính 1,5 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[1.5e9]["hazards"] == ["hail", "whirlwind", "lightning"]
    # near-miss: a loss that sums nothing up is the last event's
    text = "Ngày 12/4/2026, mưa đá làm 120 nhà bị tốc mái. Sét đánh làm chết 4 con trâu, thiệt hại 60 triệu đồng.\n"
    assert _disaster_rows(text)[60e6]["hazards"] == ["lightning"]


def test_places_after_a_depth_are_the_counts() -> None:
    # "nhà bị ngập sâu từ 0,5 - 1,5 m, tập trung tại các xã A, B": the depth counts nothing, the places are the houses'
    text = "Mưa lũ năm 2027 làm 3.100 nhà bị ngập sâu từ 0,5 - 1 m, tập trung tại các xã Phúc Trạch, Hương Đô.\n"
    assert _disaster_rows(text)[3100.0]["locations"] == ["Phúc Trạch", "Hương Đô"]
    # near-miss: the places after the next count of damage, which has a cause of its own, are that count's
    text = "Mưa lũ năm 2027 làm 3.100 nhà bị ngập, 2 km đường bị sạt lở do mưa tại các xã Phúc Trạch, Hương Đô.\n"
    assert _disaster_rows(text)[3100.0]["locations"] == []


def test_a_loss_of_no_subject_sums_the_events_since_the_last_loss() -> None:
    # "Ước thiệt hại ..." on its own line after events of three hazards, said without "Tổng": the loss of them all;
    # near-miss: each event with its own loss, the last loss is the last event's alone
    events = "Ngày 3/6/2025, lốc xoáy làm tốc mái 18 nhà tại xã Nà Phặc. Ngày 5/6/2025, mưa đá làm dập nát 9 ha ngô. "
    for text, value, hazards in (
        (events + "Ngày 7/6/2025, sét đánh chết 3 con trâu.\nƯớc thiệt hại khoảng 2 tỷ đồng.\n", 2e9,
         ["whirlwind", "hail", "lightning"]),
        ("Lốc xoáy làm tốc mái 18 nhà, thiệt hại 400 triệu đồng. Mưa đá làm dập nát 9 ha ngô. Thiệt hại ước tính "
         "150 triệu đồng.\n", 150e6, ["hail"]),
    ):
        assert _disaster_rows(text)[value]["hazards"] == hazards, text


def test_a_flash_flood_keeps_its_rain_beside_hail() -> None:
    # "mưa đá, lũ quét làm 2 người chết": the flash flood was made by heavy rain, hail or not
    rows = _disaster_rows("Chiều 9/5/2026, mưa đá, lũ quét làm 2 người chết.")
    assert rows[2.0]["hazards"] == ["hail", "flash_flood", "heavy_rain"]
    # near-miss: hail alone names no heavy rain
    assert _disaster_rows("Chiều 9/5/2026, mưa đá làm 20 nhà bị tốc mái.")[20.0]["hazards"] == ["hail"]


def test_an_item_whose_hazard_did_damage_in_places_keeps_it_to_itself() -> None:
    # "- Mưa đá: gây thiệt hại tại 2 xã: ...": the hail's own item; the houses beside it keep the title's rain
    title = "BÁO CÁO\nThiệt hại do mưa lớn ngày 14/8/2027\n\n"
    rows = _disaster_rows(title + "- Mưa đá: gây thiệt hại tại 2 xã: Nậm Xe, Mù Sang.\n- Nhà bị hư hỏng: 9 nhà.\n")
    assert rows[9.0]["hazards"] == ["heavy_rain"]
    # near-miss: an item that tells the hail's night first lends it to the items after it
    rows = _disaster_rows(title + "- Mưa đá: đêm 14/8 gây thiệt hại tại 2 xã: Nậm Xe.\n- Nhà bị hư hỏng: 9 nhà.\n")
    assert "hail" in rows[9.0]["hazards"]


def test_places_after_two_counts_joined_by_and_are_both_counts() -> None:
    # "làm 3 người chết và 6 người bị thương tại xã A": both were in the commune
    rows = _disaster_rows("Ngày 2/5/2026, lốc xoáy làm 3 người chết và 6 người bị thương tại xã Tả Van.\n")
    assert rows[3.0]["locations"] == rows[6.0]["locations"] == ["Tả Van"]
    # and so are two counts joined by a comma, the place said once at the list's end
    rows = _disaster_rows("Ngày 2/5/2026, lốc xoáy làm 3 người chết, 6 nhà bị tốc mái tại xã Tả Van.\n")
    assert rows[3.0]["locations"] == rows[6.0]["locations"] == ["Tả Van"]
    # near-miss: a second count with a cause of its own keeps the places after it to itself
    rows = _disaster_rows("Ngày 2/5/2026, lũ quét làm 3 người chết, 2 người chết do sét đánh tại xã Tả Van.\n")
    assert rows[3.0]["locations"] == [] and rows[2.0]["locations"] == ["Tả Van"]


def test_a_total_after_a_lead_in_of_its_source_sums_the_block() -> None:
    # "Theo thống kê sơ bộ, tổng thiệt hại ...": the lead-in says where the total comes from; still the total of all
    block = "Mưa lũ làm 2 người chết, 800 nhà bị ngập. Gió giật làm 15 cột điện bị gãy đổ.\n"
    rows = _disaster_rows(block + "Theo thống kê sơ bộ, tổng thiệt hại ước khoảng 90 tỷ đồng.\n")
    assert rows[90e9]["hazards"] == ["heavy_rain", "flood", "whirlwind"]
    # near-miss: a lead-in before a loss of its own event keeps that event's cause
    rows = _disaster_rows(block + "Theo thống kê sơ bộ, gió giật làm 4 nhà tốc mái, thiệt hại 1 tỷ đồng.\n")
    assert rows[1e9]["hazards"] == ["whirlwind"]


def test_places_after_a_next_count_of_works_are_its_own() -> None:
    # "cuốn trôi 2 chiếc thuyền ..., làm hư hỏng 1 điểm trường tại xã A": the commune is the school's alone
    rows = _disaster_rows("Lũ năm 2026 cuốn trôi 2 chiếc thuyền của ngư dân, làm hư hỏng 1 điểm trường tại xã Ba Tô.\n")
    assert rows[2.0]["locations"] == [] and rows[1.0]["locations"] == ["Ba Tô"]
    # near-miss: one count of boats at its commune keeps it
    rows = _disaster_rows("Lũ năm 2026 cuốn trôi 2 chiếc thuyền của ngư dân tại xã Ba Tô.\n")
    assert rows[2.0]["locations"] == ["Ba Tô"]


def test_a_line_of_one_place_singled_out_is_all_at_that_place() -> None:
    # "Riêng xã A có 320 nhà bị tốc mái, 2 trường học bị hư hỏng": the school is in the commune too
    lead = "Dông lốc năm 2026 gây thiệt hại lớn.\n"
    rows = _disaster_rows(lead + "Riêng xã Cư Né có 75 nhà bị tốc mái, 2 trường học bị hư hỏng.\n")
    assert rows[75.0]["locations"] == rows[2.0]["locations"] == ["Cư Né"]
    # near-miss: a place after a later count of the line stays that count's when the first has its own
    rows = _disaster_rows(lead + "Có 75 nhà bị tốc mái tại xã Ea Tar, 2 trường học bị hư hỏng tại xã Cư Né.\n")
    assert rows[75.0]["locations"] == ["Ea Tar"] and rows[2.0]["locations"] == ["Cư Né"]


def test_places_after_a_list_of_three_counts_or_more_are_every_items() -> None:
    # "2 nhà đổ, 9 nhà tốc mái, 1 người bị thương tại xã A": a list of bare counts, its place said once at its end
    places = _places("Ngày 7/6/2027, dông lốc làm 2 nhà đổ, 9 nhà tốc mái, 1 người bị thương tại xã Yên Lạc.\n")
    assert places[2.0] == places[9.0] == places[1.0] == ["Yên Lạc"]
    places = _places("Lũ ống năm 2027 làm 4 người chết, 1 người mất tích và 3 người bị thương tại xã Mường Khương.\n")
    assert places[4.0] == places[1.0] == places[3.0] == ["Mường Khương"]
    # items that open on their own verb ("tốc mái 35 nhà, gãy đổ 12 cột điện, ...") are a list all the same
    places = _places("Năm 2027, dông lốc làm tốc mái 35 nhà, gãy đổ 12 cột điện, 20 ha ngô bị đổ ngã tại xã Ea Tul.\n")
    assert places[35.0] == places[12.0] == places[20.0] == ["Ea Tul"]
    # two items whose first is a bare noun share the rest of the list ("làm chết 3 con trâu, 2 con bò tại xã A")
    places = _places("Năm 2027, sét đánh làm chết 4 con trâu, 2 con bò tại xã Nậm Pồ.\n")
    assert places[4.0] == places[2.0] == ["Nậm Pồ"]
    # near-miss: a breakdown after the list ("trong đó 2 người tại xã A") is the part's place alone
    places = _places("Năm 2027, mưa lũ làm 5 người chết, 3 người bị thương, trong đó 2 người tại xã Ea Tul.\n")
    assert places[5.0] == places[3.0] == [] and places[2.0] == ["Ea Tul"]
    # near-miss: an item with a place of its own ends the list; a later place is not that item's
    places = _places(
        "Ngày 7/6/2027, dông lốc làm 2 nhà đổ tại xã Yên Lạc, 9 nhà tốc mái, 1 người bị thương tại xã Tân Lập.\n"
    )
    assert places[2.0] == ["Yên Lạc"] and places[1.0] == ["Tân Lập"]
    # near-miss: an item with a verb of its own is a new statement
    places = _places("Ngày 7/6/2027, dông lốc làm 2 nhà đổ, 9 nhà tốc mái, làm 1 người bị thương tại xã Tân Lập.\n")
    assert places[2.0] == places[9.0] == [] and places[1.0] == ["Tân Lập"]


def test_boats_sunk_beside_a_coast_that_slid_take_no_landslide() -> None:
    # "sóng lớn gây sạt lở 600 m bờ biển, làm 3 ghe bị chìm": the coast slid, the waves sank the boats
    rows = _disaster_rows("Năm 2027, sóng lớn gây sạt lở 600 m bờ biển, làm 3 chiếc ghe bị chìm tại xã Tam Hải.\n")
    assert rows[0.6]["hazards"] == ["landslide"] and "landslide" not in rows[3.0]["hazards"]
    # near-miss: what else the slide hit keeps the slide as its cause
    rows = _disaster_rows("Năm 2027, mưa lớn gây sạt lở 600 m taluy dương, làm 3 nhà bị vùi lấp tại xã Tam Hải.\n")
    assert "landslide" in rows[3.0]["hazards"]


def test_one_struck_by_lightning_in_a_storm_of_other_kinds_is_the_lightnings() -> None:
    # "mưa đá kèm lốc làm 1 người bị sét đánh tử vong": the strike is a hazard of its own, as "do sét đánh" is
    rows = _disaster_rows("Chiều 9/5/2027, mưa đá kèm lốc xoáy làm 1 người bị sét đánh tử vong, 140 nhà bị tốc mái.\n")
    assert rows[1.0]["hazards"] == ["lightning"] and rows[140.0]["hazards"] == ["hail", "whirlwind"]
    rows = _disaster_rows("Chiều 9/5/2027, mưa to kèm dông làm 140 nhà bị tốc mái; 1 người bị sét đánh chết.\n")
    assert rows[1.0]["hazards"] == ["lightning"]
    # near-miss: one carried off by the flood of the rain is the rain's, not a cause of its own
    rows = _disaster_rows("Chiều 9/5/2027, mưa to kèm dông làm 140 nhà bị tốc mái; 1 người bị lũ cuốn trôi.\n")
    assert "heavy_rain" in rows[1.0]["hazards"]


def test_a_bare_total_of_events_after_the_kinds_of_disasters_counts_them() -> None:
    # "xảy ra 11 loại hình thiên tai với tổng số 29 đợt": the bare total is the year's count of disasters
    rows = _disaster_rows("Năm 2027, toàn tỉnh xảy ra 11 loại hình thiên tai với tổng số 29 đợt, làm 4 người chết.\n")
    assert rows[29.0]["impact"] == "events" and rows[4.0]["impact"] == "deaths"
    assert 11.0 not in rows  # (the kinds are no events)
    # the total after a comma ("9 loại hình thiên tai, 25 đợt, làm"), and disasters that act after a count of theirs
    rows = _disaster_rows("Năm 2027, tỉnh hứng chịu 9 loại hình thiên tai, 25 đợt, làm 4 người chết.\n")
    assert rows[25.0]["impact"] == "events" and rows[4.0]["impact"] == "deaths"
    assert _disaster_rows("Năm 2027, thiên tai xảy ra 25 lần, làm 4 người chết.\n")[4.0]["impact"] == "deaths"
    # near-miss: a bare count after work against disasters is no event
    rows = _disaster_rows("Năm 2027, tỉnh tổ chức 11 lớp tập huấn phòng chống thiên tai với tổng số 29 đợt.\n")
    assert 29.0 not in rows


def test_a_count_of_disasters_said_after_their_verb_is_the_events() -> None:
    # "thiên tai xảy ra 28 đợt": the disasters' verb stands before the bare count, which counts them as "28 đợt
    # thiên tai" does (an events row, not an indicator), the kinds listed after it each a count of their own
    rows = _disaster_rows("Cả năm 2026, thiên tai đã xảy ra 31 đợt, gồm 4 cơn bão và 27 đợt mưa lớn, làm 2 người chết.")
    assert rows[31.0]["impact"] == "events" and rows[4.0]["hazards"] == ["storm"]
    assert rows[2.0]["impact"] == "deaths"
    assert _disaster_rows("Quý I/2027, thiên tai diễn ra 7 trận.\n")[7.0]["impact"] == "events"
    # near-miss: an accident's count after its verb, and the communes disasters happened in, are no events
    assert 31.0 not in _disaster_rows("Cả năm 2026, tai nạn giao thông xảy ra 31 vụ, làm 2 người chết.\n")
    assert 14.0 not in _disaster_rows("Cả năm 2026, thiên tai xảy ra tại 14 xã, làm 2 người chết.\n")


def test_a_bound_word_between_the_verb_and_a_count_of_events_is_the_figures() -> None:
    # "thiên tai đã xảy ra hơn 25 đợt": the bound word approximates the count, which counts its subject's events
    # as it would without it; a named hazard before the verb is what the events and the clause's damage were
    rows = _disaster_rows("Năm 2027, thiên tai đã xảy ra hơn 25 đợt, làm 3 người chết.\n")
    assert rows[25.0]["impact"] == "events" and rows[25.0]["qualifier"] == "over"
    rows = _disaster_rows("Quý III/2026, lốc xoáy diễn ra gần 8 đợt, làm tốc mái 64 nhà.\n")
    assert rows[8.0]["impact"] == "events" and rows[8.0]["hazards"] == ["whirlwind"]
    assert rows[64.0]["hazards"] == ["whirlwind"]
    text = "Tháng 4/2026, mưa đá xảy ra 6 trận tại xã A. Lũ quét xảy ra 2 trận, làm 1 người chết.\n"
    rows = _disaster_rows(text)
    assert rows[6.0]["hazards"] == ["hail"] and "hail" not in rows[1.0]["hazards"]
    assert "flash_flood" in rows[2.0]["hazards"] and "flash_flood" in rows[1.0]["hazards"]
    # near-miss: drills against disasters held so many times, and a count of communes after the verb, are no events
    assert 4.0 not in _disaster_rows("Năm 2027, diễn tập phòng chống thiên tai đã diễn ra khoảng 4 đợt.\n")
    assert 9.0 not in _disaster_rows("Năm 2027, mưa đá xảy ra trên 9 xã, làm 3 người chết.\n")


def test_a_label_naming_the_events_counts_them() -> None:
    # "Số đợt thiên tai xảy ra trong năm là 19 đợt": the label names the events its count counts (an events row,
    # not an indicator), a named hazard's events that hazard's
    rows = _disaster_rows("Năm 2026, số đợt thiên tai xảy ra trong 9 tháng là 19 đợt.\n")
    assert rows[19.0]["impact"] == "events"
    rows = _disaster_rows("Năm 2026, tổng số cơn dông lốc là khoảng 11 cơn, làm sập 5 nhà.\n")
    assert rows[11.0]["hazards"] == ["whirlwind"] and rows[5.0]["hazards"] == ["whirlwind"]
    # near-miss: the sessions of a training against disasters are no events
    assert 6.0 not in _disaster_rows("Năm 2026, số đợt tập huấn kỹ năng ứng phó thiên tai là 6 đợt.\n")


def test_a_forecast_between_the_storm_and_its_damage_states_no_cause() -> None:
    # a bulletin's outlook ("Dự báo ... mưa lớn; cảnh báo nguy cơ lũ quét, sạt lở đất tại 30 xã") between the storm
    # that struck and the list of damage blames nothing: the damage is the storm's
    text = (
        "Sáng 8/10/2027, bão số 6 đổ bộ vào tỉnh với gió mạnh cấp 10.\n"
        "Dự báo đêm nay mưa lớn tiếp diễn, có nơi trên 300 mm; cảnh báo nguy cơ lũ quét, sạt lở đất tại 30 xã.\n"
        "Thiệt hại ban đầu:\n- Về người: 3 người chết.\n- Về nhà ở: 210 nhà bị tốc mái.\n"
    )
    rows = _disaster_rows(text)
    assert rows[3.0]["hazards"] == ["storm"] and rows[210.0]["hazards"] == ["storm"]
    # near-miss: the forecasters named as the source of what happened keep its cause
    text = "Theo Đài Dự báo khí tượng tỉnh, lũ quét đêm 3/8/2027 làm 2 người chết.\nNgoài ra, 7 nhà bị sập.\n"
    assert "flash_flood" in _disaster_rows(text)[7.0]["hazards"]


def test_a_strike_blamed_for_one_part_hits_no_roofs_or_fields_after_it() -> None:
    # "Thiệt hại: 2 người chết do sét đánh; 40 nhà bị tốc mái; 12 ha ngô bị gãy đổ": lightning killed the people it is
    # said to; the houses and fields of the later parts were hit by the storms the sentence before counted
    text = (
        "Trong tháng 6/2027, toàn tỉnh xảy ra 4 trận dông lốc kèm mưa đá.\n"
        "Thiệt hại: 2 người chết do sét đánh tại xã A; 40 nhà bị tốc mái; 12 ha ngô bị gãy đổ.\n"
    )
    rows = _disaster_rows(text)
    assert rows[2.0]["hazards"] == ["lightning"]
    assert "lightning" not in rows[40.0]["hazards"] and "whirlwind" in rows[40.0]["hazards"]
    assert "lightning" not in rows[12.0]["hazards"]
    # near-miss: people and beasts in the parts after it are the strike's as before
    text = text.replace("40 nhà bị tốc mái; 12 ha ngô bị gãy đổ", "3 người bị thương; 5 con bò bị chết")
    rows = _disaster_rows(text)
    assert rows[3.0]["hazards"] == ["lightning"] and rows[5.0]["hazards"] == ["lightning"]


def test_a_volume_after_spots_on_a_road_named_with_a_letter_is_of_the_spots() -> None:
    # "28 điểm sạt lở taluy trên Quốc lộ 3B, khối lượng 9.500 m3": "3B" ends the road's name, no count; the volume is
    # of the spots counted before it, which slid
    text = "Mưa lớn ngày 4/7/2027 gây 28 điểm sạt lở taluy trên Quốc lộ 3B, khối lượng khoảng 9.500 m3.\n"
    assert "landslide" in _disaster_rows(text)[9500.0]["hazards"]
    # near-miss: a count run into its lower-case unit still counts ("40ha lúa bị vùi lấp, ...")
    text = "Lũ quét ngày 4/7/2027 làm 40ha lúa bị vùi lấp, khối lượng đất đá 5.000 m3.\n"
    assert "landslide" in _disaster_rows(text)[5000.0]["hazards"]


def test_houses_made_to_move_in_a_list_labelled_as_damage_are_houses_hit() -> None:
    # "Thiệt hại: 6 nhà bị sập, 31 nhà phải di dời khẩn cấp": the label says the list is what the disaster did, so
    # the houses that must move are among the houses hit, as after "Mưa lũ đã làm ..."
    text = "Mưa lũ ngày 2/8/2027 gây lũ quét tại xã A. Thiệt hại: 6 nhà bị sập, 31 nhà phải di dời khẩn cấp.\n"
    assert _disaster_rows(text)[31.0]["impact"] == "houses_damaged"
    # near-miss: houses moved to keep them from harm, under no label of damage, are no damage
    text = "Mưa lũ ngày 2/8/2027 gây lũ quét tại xã A. Để phòng tránh thiệt hại, 31 nhà phải di dời khẩn cấp.\n"
    assert 31.0 not in _disaster_rows(text)


def test_swept_away_in_a_row_of_a_damage_table_is_no_flood_of_its_own() -> None:
    # a table's row "Nhà bị sập, cuốn trôi" says how its houses were lost, as "Nhà bị hư hỏng, tốc mái" does: every
    # row takes the title's hazard (or none), not a flood from "cuốn trôi" alone
    table = "STT\tChỉ tiêu\tĐơn vị\tSố lượng\n1\tNhà bị sập đổ, cuốn trôi\tcái\t9\n"
    table += "2\tNhà bị tốc mái, hư hỏng\tcái\t210\n"
    rows = _disaster_rows("TỔNG HỢP THIỆT HẠI DO BÃO SỐ 5 NĂM 2027\n" + table)
    assert rows[9.0]["hazards"] == rows[210.0]["hazards"] == ["storm"]
    rows = _disaster_rows("TỔNG HỢP THIỆT HẠI DO THIÊN TAI NĂM 2027\n" + table)
    assert rows[9.0]["hazards"] == rows[210.0]["hazards"]
    # near-miss: a row naming the water that carried them off, and a sentence with no table, keep the flood
    rows = _disaster_rows("TỔNG HỢP THIỆT HẠI DO THIÊN TAI NĂM 2027\n" + table.replace("sập đổ, cuốn", "lũ cuốn"))
    assert "flood" in rows[9.0]["hazards"]
    assert "flood" in _disaster_rows("Trong tháng 9/2027, có 9 nhà bị cuốn trôi.\n")[9.0]["hazards"]


def test_swept_away_in_a_row_laid_out_by_spaces_is_no_flood_of_its_own() -> None:
    # the same reading for a table laid out with spaces (a PDF conversion): its rows have no tab to find, the
    # pipeline says they are rows (``row_said``); near miss: the same words in a body sentence keep the flood
    table = ("TT   Nội dung                    Đơn vị    Số lượng\n"
             "1    Nhà bị sập, cuốn trôi       nhà       17\n"
             "2    Nhà bị tốc mái              nhà       240\n")
    rows = _disaster_rows("THIỆT HẠI DO CƠN BÃO SỐ 4 NĂM 2027\nBão làm 2 người bị thương.\n\n" + table)
    assert rows[17.0]["hazards"] == rows[240.0]["hazards"] == ["storm"]
    rows = _disaster_rows("THIỆT HẠI DO CƠN BÃO SỐ 4 NĂM 2027\nBão làm 17 nhà bị sập, cuốn trôi.\n")
    assert "flood" in rows[17.0]["hazards"]

def test_the_places_of_parts_labelled_by_their_commune_after_a_colon() -> None:
    # "...; xã B: 120 nhà bị ngập, 20 ha lúa bị ngập úng": every count of the part is at its commune
    text = (
        "Năm 2027, mưa lũ gây thiệt hại: xã Ia Pa: 6 nhà bị sập, 30 nhà bị ngập; xã Ia Mơ: 45 nhà bị ngập, 18 ha lúa.\n"
    )
    places = _places(text)
    assert places[6.0] == places[30.0] == ["Ia Pa"] and places[45.0] == places[18.0] == ["Ia Mơ"]


def test_another_places_detail_lends_its_cause_to_no_other_place() -> None:
    # "Tại huyện A, sạt lở đất làm ... ¶ Huyện B có 900 nhà bị ngập": B's damage is the rain's, not A's landslide
    lead = "Từ ngày 2 đến 4/11/2027, mưa lớn làm 1 người chết. Tại huyện Tây Giang, sạt lở đất làm 4 nhà bị sập. "
    rows = _disaster_rows(lead + "Huyện Duy Xuyên có 900 nhà bị ngập, 60 ha rau màu bị hư hại.\n")
    assert "landslide" not in rows[900.0]["hazards"] and rows[60.0]["hazards"] == ["heavy_rain"]
    # near-miss: more damage of the same place keeps that place's cause
    rows = _disaster_rows(lead + "Huyện Tây Giang có 60 ha rau màu bị hư hại.\n")
    assert "landslide" in rows[60.0]["hazards"]


def test_places_in_a_closed_bracket_before_a_count_are_the_brackets_parts() -> None:
    # "2 người chết (1 người tại huyện A, 1 người tại huyện B), 1 người bị thương": no place said for the injured
    rows = _disaster_rows("Năm 2027, mưa lớn làm 2 người chết (1 người tại huyện Bắc Trà My, 1 người tại huyện "
                          "Nam Giang), 1 người bị thương.\n")
    assert rows[2.0]["locations"] == [] and rows[1.0]["impact"] == "injured" and rows[1.0]["locations"] == []
    # near-miss: a place said before the bracket is still the clause's
    rows = _disaster_rows("Năm 2027, tại huyện Nam Giang mưa lớn làm 2 người chết (1 người già, 1 trẻ em), "
                          "1 người bị thương.\n")
    assert rows[1.0]["locations"] == ["Nam Giang"]


def test_a_line_labelled_by_several_places_is_at_them_all() -> None:
    # "- Xã A, xã B: 28 nhà bị tốc mái, 3 ha ngô": every count of the line is at both communes
    text = "Năm 2027, lốc xoáy gây thiệt hại.\n- Xã Minh Ngọc, xã Yên Cường: 19 nhà bị tốc mái, 4 ha ngô bị gãy đổ.\n"
    places = _places(text)
    assert places[19.0] == places[4.0] == ["Minh Ngọc", "Yên Cường"]
    # near-miss: a line of one place keeps that place alone
    places = _places("Năm 2027, lốc xoáy gây thiệt hại.\n- Xã Minh Ngọc: 19 nhà bị tốc mái, 4 ha ngô bị gãy đổ.\n")
    assert places[19.0] == places[4.0] == ["Minh Ngọc"]


def test_a_measure_of_the_hazard_ends_no_cause() -> None:
    # "mưa đá kích thước 2-3 cm, kèm lốc xoáy làm ...": the hailstones' size is no count; the whirlwind after it acts
    rows = _disaster_rows("Chiều 2/4/2027, mưa đá kích thước 2-3 cm, kèm lốc xoáy làm tốc mái 31 nhà tại xã Pa Tần.\n")
    assert rows[31.0]["hazards"] == ["hail", "whirlwind"]
    rows = _disaster_rows("Ngày 9/6/2027, mưa lớn với lượng mưa 130 mm, kèm gió giật cấp 8, làm 40 nhà bị tốc mái.\n")
    assert "whirlwind" in rows[40.0]["hazards"]
    # near-miss: a count of damage before the next hazard still ends the cause ("sạt lở 3 điểm" says how it was hit)
    rows = _disaster_rows("Ngày 9/6/2027, mưa lớn làm 40 nhà bị ngập, 3 điểm sạt lở.\n")
    assert rows[40.0]["hazards"] == ["heavy_rain", "flood"]


def test_a_duty_bulletins_damage_is_the_weather_its_opening_told_of() -> None:
    # "I. TÌNH HÌNH ... có mưa to đến rất to" over "II. THIỆT HẠI ¶ - Người chết: 02 người": the rain's damage
    head = ("BÁO CÁO NHANH\nCông tác trực ban phòng, chống thiên tai ngày 9/8/2027\n\nI. TÌNH HÌNH THIÊN TAI\n"
            "Đêm 8/8, trên địa bàn tỉnh có mưa to đến rất to.\nII. THIỆT HẠI\n")
    rows = _disaster_rows(head + "- Người chết: 02 người.\n- Lúa bị ngập úng: 30 ha.\n")
    assert rows[2.0]["hazards"] == ["heavy_rain"] and rows[30.0]["hazards"] == ["heavy_rain", "flood"]
    # near-miss: weather only foreseen tells of no event
    head = ("BÁO CÁO NHANH\nCông tác trực ban phòng, chống thiên tai ngày 9/8/2027\n\nI. DỰ BÁO\n"
            "Dự báo đêm nay có mưa to đến rất to.\nII. THIỆT HẠI\n")
    assert _disaster_rows(head + "- Người chết: 02 người.\n")[2.0]["hazards"] == []


def test_a_quick_report_on_the_work_against_disasters_lends_the_weather_its_first_section_measured() -> None:
    # "BÁO CÁO NHANH ¶ Công tác phòng, chống thiên tai ... ngày D" over "1. Tình hình mưa lớn: lượng mưa ... mm": a
    # bulletin of the day's weather and its damage, as a duty bulletin is, though the weather line only measures
    head = ("UBND TỈNH QUẢNG NGÃI\nBÁO CÁO NHANH\nCông tác phòng, chống thiên tai và tìm kiếm cứu nạn ngày 7/10/2026\n"
            "\n1. Tình hình mưa lớn: Tổng lượng mưa từ 180 - 320 mm.\n2. Thiệt hại:\n")
    rows = _disaster_rows(head + "- 03 người chết, 02 người bị thương;\n- Ước thiệt hại 74 tỷ đồng.\n")
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        3: ("deaths", ["heavy_rain"]), 2: ("injured", ["heavy_rain"]), 74e9: ("economic_loss", ["heavy_rain"])}
    # ... and so a quick report on the disasters' situation
    rows = _disaster_rows(head.replace("Công tác phòng, chống thiên tai và tìm kiếm cứu nạn", "Tình hình thiên tai")
                          + "- 03 người chết.\n")
    assert rows[3.0]["hazards"] == ["heavy_rain"]
    # near-miss: a quick report on another work counts no disaster's damage
    other = head.replace("Công tác phòng, chống thiên tai và tìm kiếm cứu nạn", "Kết quả tuyển quân")
    assert 3.0 not in _disaster_rows(other + "- 03 người chết.\n")


def test_the_cause_a_list_items_label_gives_is_that_items_own() -> None:
    # "- Nhà bị ảnh hưởng do sạt lở: 17 nhà" over "- Lúa bị ngập úng: 30 ha": no landslide of the rice
    # (under a heading run into the first item's sentence)
    text = ("BÁO CÁO NHANH\nCông tác trực ban phòng, chống thiên tai ngày 9/8/2027\n\nI. TÌNH HÌNH THIÊN TAI\n"
            "Đêm 8/8, trên địa bàn tỉnh có mưa to đến rất to.\nII. THIỆT HẠI\n- Nhà bị ảnh hưởng do sạt lở: 17 nhà.\n"
            "- Lúa bị ngập úng: 30 ha.\n")
    rows = _disaster_rows(text)
    assert "landslide" in rows[17.0]["hazards"] and rows[30.0]["hazards"] == ["heavy_rain", "flood"]
    # (an item after one of its own kind, its places in brackets)
    text = text.replace("II. THIỆT HẠI\n", "II. THIỆT HẠI\n- Nhà bị sập: 2 nhà;\n").replace(
        "17 nhà.", "17 nhà (xã Mỹ Thuận 9 nhà, xã Mỹ Lương 8 nhà).")
    rows = _disaster_rows(text)
    assert "landslide" in rows[17.0]["hazards"] and rows[30.0]["hazards"] == ["heavy_rain", "flood"]


def test_crops_in_a_table_of_places_under_a_caption_of_damage() -> None:
    # a Markdown table one empty line under its caption, and a tab table's total row: crops hit, as the caption says
    caption = "Thiệt hại do lũ lụt tháng 10 năm 2027 tại các huyện như sau:\n"
    table = "| TT | Huyện | Người chết | Lúa, hoa màu (ha) |\n|---|---|---|---|\n| 1 | Huyện Lệ Thủy | 3 | 640 |\n"
    rows = _disaster_rows(caption + "\n" + table)
    assert rows[640.0]["impact"] == "crops" and rows[640.0]["hazards"] == ["flood"]
    tab = ("BẢNG TỔNG HỢP THIỆT HẠI DO MƯA LŨ THÁNG 8/2027\nSTT\tHuyện\tNgười chết\tLúa, hoa màu (ha)\n"
           "1\tVăn Chấn\t2\t120,5\n2\tTrạm Tấu\t1\t80\n\tTổng cộng\t3\t200,5\n")
    assert _disaster_rows(tab)[200.5]["impact"] == "crops"
    # near-miss: two empty lines part the table from the line above, no caption of it
    assert 640.0 not in _disaster_rows(caption + "\n\n" + table)


def test_a_centrally_run_city_after_tai_is_no_place_of_the_damage() -> None:
    # "tại thành phố Hải Phòng": a province; "tại thành phố Đông Triều và thành phố Hạ Long": two cities of a province
    assert locations_in("tại thành phố Hải Phòng") == []
    assert locations_in("tại huyện Ba Vì và thành phố Hà Nội") == ["Ba Vì"]
    # near-miss: cities of a province are places, each after its own kind too
    assert locations_in("tại thành phố Đông Triều và thành phố Hạ Long") == ["Đông Triều", "Hạ Long"]


def test_houses_that_fell_without_bi_are_destroyed() -> None:
    # "2 nhà đổ" (no "bị"): the house fell, as "nhà bị đổ" does
    rows = _disaster_rows("Ngày 3/6/2026, dông lốc làm 3 nhà đổ tại xã Ea Kly.\n")
    assert rows[3.0]["impact"] == "houses_destroyed"
    # and so with the verb before the count ("dông lốc làm đổ 2 nhà")
    rows = _disaster_rows("Ngày 3/6/2026, dông lốc làm đổ 4 nhà, tốc mái 11 nhà tại xã Ea Kly.\n")
    assert rows[4.0]["impact"] == "houses_destroyed" and rows[11.0]["impact"] == "houses_damaged"
    # near-miss: a house fallen in part, or one whose wall fell, is damaged
    rows = _disaster_rows("Ngày 3/6/2026, dông lốc làm 5 nhà đổ một phần, 7 nhà đổ tường tại xã Ea Kly.\n")
    assert rows[5.0]["impact"] == rows[7.0]["impact"] == "houses_damaged"
    rows = _disaster_rows("Ngày 3/6/2026, gió giật làm đổ tường 6 nhà tại xã Ea Kly.\n")
    assert rows[6.0]["impact"] == "houses_damaged"


def test_a_report_of_a_communes_council_says_where_the_damage_was() -> None:
    # "Theo báo cáo của UBND xã A, ...": the commune that reports the damage is where it was
    places = _places("Mưa lớn ngày 9/8/2026 gây thiệt hại.\nTheo báo cáo của UBND xã Nậm Cắn, 14 nhà bị tốc mái.\n")
    assert places[14.0] == ["Nậm Cắn"]
    places = _places("Mưa lớn ngày 9/8/2026 gây thiệt hại.\nTheo Ủy ban nhân dân huyện Kỳ Sơn, 14 nhà bị tốc mái.\n")
    assert places[14.0] == ["Kỳ Sơn"]
    # and its head's word ("Theo ông X, Chủ tịch UBND xã A, ...")
    lead = "Mưa lớn ngày 9/8/2026 gây thiệt hại.\n"
    places = _places(lead + "Theo ông Lò Văn Tú, Chủ tịch UBND xã Nậm Cắn, 14 nhà bị tốc mái.\n")
    assert places[14.0] == ["Nậm Cắn"]
    # near-miss: a report of the province's council names no place of the facts
    places = _places("Mưa lớn ngày 9/8/2026 gây thiệt hại.\nTheo báo cáo của UBND tỉnh, 14 nhà bị tốc mái.\n")
    assert places[14.0] == []


def test_a_landslide_that_acts_on_its_count_is_its_cause() -> None:
    # "Sạt lở đất làm hư hỏng 12 km đường": the landslide acts (làm), no bare label of how the road was hit
    lead = "Ngày 6/9/2025, mưa lớn gây lũ quét tại xã Bảo Nhai làm 2 người chết.\n"
    rows = _disaster_rows(lead + "Sạt lở đất làm hư hỏng 9 km đường giao thông, 3 công trình thủy lợi.\n")
    assert rows[9.0]["hazards"] == ["landslide"]
    # near-miss: a bare label ("- Sạt lở: 4 điểm") says how its count was hit; the text's cause hit it
    rows = _disaster_rows(lead + "- Sạt lở: 4 điểm.\n")
    assert "flash_flood" in rows[4.0]["hazards"]


def test_houses_carried_into_the_river_by_a_bank_collapse_are_no_floods() -> None:
    # "sạt lở bờ sông ... làm 4 căn nhà bị cuốn trôi xuống sông": the bank slid, the houses went with it; no flood
    text = "Ngày 8/5/2025, tại xã Tân Hòa xảy ra sạt lở bờ sông Tiền dài 60 m, làm 4 căn nhà bị cuốn trôi xuống sông.\n"
    assert _disaster_rows(text)[4.0]["hazards"] == ["landslide"]
    # near-miss: houses carried off after a heavy rain still tell its flood
    text = "Ngày 8/5/2025, mưa lớn tại xã Tân Hòa làm 4 căn nhà bị cuốn trôi.\n"
    assert _disaster_rows(text)[4.0]["hazards"] == ["heavy_rain", "flood"]


def test_causes_of_the_parts_in_a_bracket_are_no_cause_of_the_next_count() -> None:
    # "7 người chết (5 người do lũ cuốn trôi, 2 người do sét đánh), 19 người bị thương": the injured are the year's
    lead = "BÁO CÁO\nTổng hợp thiệt hại do thiên tai năm 2027\nNăm 2027, tỉnh có 2 cơn bão, 5 đợt mưa lớn.\n"
    rows = _disaster_rows(lead + "- Về người: 6 người chết (4 người do lũ, 2 người do sét đánh), 11 người bị thương.\n")
    assert rows[11.0]["hazards"] == ["storm", "heavy_rain"]
    # near-miss: a cause said outside the bracket with the first count is still the next count's
    rows = _disaster_rows(lead + "- Về người: 6 người chết do sét đánh (4 nam, 2 nữ), 11 người bị thương.\n")
    assert "lightning" in rows[11.0]["hazards"]


def test_a_thing_hit_by_disasters_in_general_keeps_the_events_counted_with_its_mode() -> None:
    # "thiệt hại do thiên tai" over "xảy ra 2 cơn bão, 6 đợt mưa lớn" over "800 ha lúa bị ngập úng": the events
    # counted hit the rice, and it was flooded
    lead = "BÁO CÁO\nThiệt hại do thiên tai năm 2027\nNăm 2027, tỉnh có 2 cơn bão, 4 đợt mưa lớn.\n"
    rows = _disaster_rows(lead + "- Về nông nghiệp: 800 ha lúa bị ngập úng.\n")
    assert rows[800.0]["hazards"] == ["storm", "heavy_rain", "flood"]
    # near-miss: a count of no mode keeps the events alone
    rows = _disaster_rows(lead + "- Về nhà ở: 36 nhà bị sập.\n")
    assert rows[36.0]["hazards"] == ["storm", "heavy_rain"]


def test_the_lines_under_a_label_of_the_weather_are_that_events_damage() -> None:
    # "1. Dông lốc kèm mưa đá chiều 12/4/2026:" over "Có 120 nhà bị tốc mái": the event the label names hit the
    # houses, though the title blames disasters in general; each numbered event its own
    title = "BÁO CÁO\nThiệt hại do thiên tai tháng 4 năm 2026 của tỉnh Yên Bái\n\n"
    rows = _disaster_rows(title + "1. Dông lốc kèm mưa đá chiều 12/4/2026:\nCó 64 nhà bị tốc mái tại xã Khánh Hòa.\n"
                          "2. Mưa lớn ngày 20/4/2026:\nLàm 1 người chết, sạt lở 9 điểm đường giao thông.\n")
    assert rows[64.0]["hazards"] == ["whirlwind", "hail"]
    assert rows[1.0]["hazards"] == ["heavy_rain"] and rows[9.0]["hazards"] == ["heavy_rain", "landslide"]
    # so too with no number, past a label of the damage under it
    rows = _disaster_rows(title + "Dông lốc kèm mưa đá chiều 12/4/2026:\nThiệt hại:\nCó 64 nhà bị tốc mái.\n")
    assert rows[64.0]["hazards"] == ["whirlwind", "hail"]
    # near-miss: a sentence under the label that blames its own hazard is read
    rows = _disaster_rows(title + "1. Mưa lớn ngày 20/4/2026:\nLốc xoáy làm 2 người bị thương. Có 64 nhà bị tốc mái.\n")
    assert rows[64.0]["hazards"] == ["whirlwind"]
    # near-miss: a label of something else names no hazard of the lines under it
    rows = _disaster_rows(title + "Dông lốc kèm mưa đá ngày 12/4/2026.\n\n2. Kết quả rà soát:\nCó 64 nhà bị tốc mái.\n")
    assert 64.0 not in rows


def test_a_cause_given_in_one_part_is_not_the_next_parts_that_says_how_it_was_hit() -> None:
    # "18 nhà bị hư hỏng do sạt lở đất; 240 nhà bị ngập": the landslide is the first part's; the flooded houses are
    # the text's rain and flood
    lead = "Mưa lũ ngày 3/10/2026 gây thiệt hại tại huyện Như Xuân.\n"
    rows = _disaster_rows(lead + "- Về nhà ở: 18 nhà bị hư hỏng do sạt lở đất; 240 nhà bị ngập.\n")
    assert rows[18.0]["hazards"] == ["landslide"] and rows[240.0]["hazards"] == ["heavy_rain", "flood"]
    # near-miss: a bare part that leaves out what befell it takes the part before's cause
    rows = _disaster_rows(lead + "- Về chăn nuôi: xã Thanh Hòa 31 con bò chết do lũ cuốn trôi; xã Thanh Quân 12 con.\n")
    assert rows[12.0]["hazards"] == ["flood"]


def test_a_length_that_opens_its_clause_was_hit_as_the_part_before_it() -> None:
    # "nhiều tuyến đường bị sạt lở, chia cắt với tổng chiều dài 7,5 km": the length of the roads that slid
    rows = _disaster_rows("Mưa lớn ngày 2/8/2026 làm nhiều tuyến đường bị sạt lở, chia cắt, tổng chiều dài 7,5 km.\n")
    assert rows[7.5]["hazards"] == ["heavy_rain", "landslide"]
    # near-miss: roads hit in no way that names a hazard keep the rain alone
    rows = _disaster_rows("Mưa lớn ngày 2/8/2026 làm hư hỏng 3 tuyến đường, tổng chiều dài 4 km.\n")
    assert rows[4.0]["hazards"] == ["heavy_rain"]


def test_the_total_row_of_a_table_of_places_labelled_bare_or_by_the_whole_unit() -> None:
    # "Tổng" alone, "Toàn huyện": the total row counts what its columns count, crops hit as the caption says
    for label in ("Tổng", "Toàn huyện"):
        tab = ("Thiệt hại do mưa lũ ngày 14/8/2027 theo từng xã như sau:\nTT\tXã\tNgười chết\tLúa (ha)\n"
               f"1\tMường Mìn\t1\t31,5\n2\tNa Mèo\t0\t17\n\t{label}\t1\t48,5\n")
        assert _disaster_rows(tab)[48.5]["impact"] == "crops"


def test_the_length_of_the_road_spots_lie_along_is_no_damage() -> None:
    # "9 điểm sạt lở trên tuyến đường tỉnh 103 dài 38 km": the spots are the damage, the length is the road's
    rows = _disaster_rows("Mưa lớn ngày 2/8/2026 gây 9 điểm sạt lở trên tuyến đường tỉnh 103 dài 38 km.\n")
    assert rows[9.0]["impact"] == "infrastructure" and 38.0 not in rows
    # near-miss: a stretch that slid, with no spots counted, is the damage's length
    rows = _disaster_rows("Mưa lớn ngày 2/8/2026 gây sạt lở trên đoạn đường dài 400 m.\n")
    assert rows[0.4]["impact"] == "infrastructure"


def test_fishermen_aboard_a_numbered_boat_and_people_crushed_by_trees() -> None:
    # "7 ngư dân trên tàu BĐ 97468 TS bị mất liên lạc": the boat's number is its name, the fishermen are missing
    lead = "Bão số 4 đổ bộ vào Bình Định ngày 9/9/2026.\n"
    rows = _disaster_rows(lead + "7 ngư dân trên tàu BĐ 97468 TS bị mất liên lạc.\n")
    assert rows[7.0]["impact"] == "missing" and rows[7.0]["hazards"] == ["storm"]
    # "do bị cây đè": a tree the wind threw down, the storm's doing (no cause of another kind)
    rows = _disaster_rows(lead + "Có 3 người chết do bị cây đè, 6 người bị thương.\n")
    assert rows[3.0]["impact"] == "deaths" and rows[3.0]["hazards"] == ["storm"]
    # near-miss: a cause of another kind keeps the dead out of the storm's damage
    assert 3.0 not in _disaster_rows(lead + "Có 3 người chết do ngộ độc thực phẩm.\n")


def test_shellfish_farms_hit_are_aquaculture() -> None:
    # "ha nuôi ngao", "bè nuôi vẹm": farmed shellfish, as farmed fish and shrimp are
    lead = "Bão số 3 ngày 7/9/2026 đổ bộ vào Quảng Ninh.\n"
    rows = _disaster_rows(lead + "Bão làm khoảng 640 ha nuôi ngao bị ảnh hưởng; 35 tấn sò bị chết.\n")
    assert rows[640.0]["impact"] == "aquaculture" and rows[35.0]["impact"] == "aquaculture"


def test_houses_buried_by_the_verb_before_them_are_destroyed() -> None:
    # "Sạt lở đất vùi lấp 2 ngôi nhà": buried, as "2 nhà bị vùi lấp" are
    lead = "Mưa lớn đêm 3/8/2026 gây sạt lở đất tại xã Mường Pồn.\n"
    assert _disaster_rows(lead + "Sạt lở đất vùi lấp 2 ngôi nhà.\n")[2.0]["impact"] == "houses_destroyed"
    # near-miss: buried in part, either way round, is damaged
    assert _disaster_rows(lead + "Đất đá vùi lấp một phần 2 ngôi nhà.\n")[2.0]["impact"] == "houses_damaged"
    assert _disaster_rows(lead + "Có 2 nhà bị vùi lấp một phần.\n")[2.0]["impact"] == "houses_damaged"


def test_a_count_said_to_be_mended_after_it_is_the_recovery() -> None:
    # "đã có 640 nhà được lợp lại mái": the recovery, said after its count, is no damage
    lead = "Mưa đá chiều 2/3/2027 làm 900 nhà tại xã Lũng Cú bị hư hỏng.\n"
    assert 640.0 not in _disaster_rows(lead + "Đến nay đã có 640 nhà được lợp lại mái.\n")
    assert 75.0 not in _disaster_rows(lead + "Có 75 ha lúa đã được gieo cấy lại.\n")
    # near-miss: a count said hit first stays the damage, whatever was done after
    assert _disaster_rows(lead + "Có 35 nhà bị tốc mái đã được sửa chữa.\n")[35.0]["impact"] == "houses_damaged"


def test_small_weirs_and_irrigation_works_are_infrastructure() -> None:
    # "1 bai thủy lợi", "3 phai tạm": the weirs of the uplands, hit as the works beside them
    rows = _disaster_rows("Lũ ống đêm 27/6/2026 làm hư hỏng 2 cầu treo, 1 bai thủy lợi, 3 phai tạm.\n")
    assert [rows[v]["impact"] for v in (2.0, 1.0, 3.0)] == ["infrastructure"] * 3


def test_bare_counts_of_events_listed_with_commas_all_act_through_the_verb_after_them() -> None:
    # "xảy ra 4 đợt dông lốc, 2 đợt mưa đá, làm ...": a list of bare counts, its verb after the last comma: all acted
    text = "Trong quý II/2027, tỉnh xảy ra 4 đợt dông lốc, 2 đợt mưa đá, làm 3 người bị thương, 215 nhà bị tốc mái.\n"
    rows = _disaster_rows(text)
    assert rows[3.0]["hazards"] == rows[215.0]["hazards"] == ["whirlwind", "hail"]
    # near-miss: an item that says more than its hazard leaves the acting to the last one
    text = ("Trong quý I/2027, tỉnh xảy ra 2 đợt rét hại, kèm mưa phùn, 3 đợt mưa lớn kèm dông, gây sạt lở đất, "
            "làm 3 người bị thương.\n")
    assert "cold" not in _disaster_rows(text)[3.0]["hazards"]


def test_ground_cracking_or_sinking_is_a_landslide() -> None:
    # "xuất hiện vết nứt đất, làm 9 nhà bị nứt tường, lún nền": the ground that cracked and sank, a landslide's kind
    rows = _disaster_rows("Sau mưa lớn ngày 2/9/2026, tại xã Đắk Môn xuất hiện vết nứt đất, làm 9 nhà bị nứt tường, "
                          "lún nền.\n")
    assert "landslide" in rows[9.0]["hazards"]
    # near-miss: walls cracked by the rain alone tell no landslide
    rows = _disaster_rows("Mưa lớn ngày 2/9/2026 tại xã Đắk Môn làm 9 nhà bị nứt tường.\n")
    assert rows[9.0]["hazards"] == ["heavy_rain"]


def test_posts_of_dragon_fruit_and_pepper_are_crops() -> None:
    # "quật ngã 600 trụ thanh long", "1.200 trụ hồ tiêu": plants counted by the post they climb
    # (near-miss: a power pole is a work)
    for counted, value, impact in (("quật ngã 600 trụ thanh long", 600.0, "crops"),
                                   ("làm đổ 1.200 trụ hồ tiêu", 1200.0, "crops"),
                                   ("làm gãy 12 trụ điện", 12.0, "infrastructure")):
        rows = _disaster_rows(f"Lốc xoáy chiều 10/8/2026 tại xã Hàm Cần {counted}.\n")
        assert rows[value]["impact"] == impact, counted


def test_what_most_of_an_area_is_said_after_its_comma() -> None:
    # "Diện tích thiệt hại khoảng 4,5 ha, chủ yếu là rừng keo": the area burnt is forest; "..., phần lớn là lúa xuân"
    # (the near-miss) crops
    fire = ("Cháy rừng tại xã Nghi Lâm\n\nChiều 3/6/2026, tại núi Đụn xảy ra cháy rừng. Đám cháy được dập tắt. "
            "Diện tích thiệt hại khoảng 4,5 ha, chủ yếu là rừng keo.\n")
    rain = "Mưa lớn ngày 3/6/2026 tại xã Nghi Lâm gây ngập 40 ha, phần lớn là lúa xuân.\n"
    assert [_disaster_rows(text)[value]["impact"] for text, value in ((fire, 4.5), (rain, 40.0))] == ["forest", "crops"]


def test_a_sentence_since_the_statement_that_tells_the_event_happened_adds_its_hazards() -> None:
    # "Mưa đá gây thiệt hại" (the headline) over "xảy ra mưa đá kèm gió lốc" over "có 830 nhà bị vỡ ngói": the
    # whirlwind the event brought hit the houses too
    text = ("Mưa đá gây thiệt hại tại Lai Châu\n\nChiều 14/2/2027, tại xã Phong Thổ xảy ra mưa đá kèm gió lốc trong 20 "
            "phút. Thống kê ban đầu, có 830 nhà bị vỡ ngói.\n")
    assert _disaster_rows(text)[830.0]["hazards"] == ["hail", "whirlwind"]
    # near-miss: weather only foreseen adds nothing
    text = ("Mưa đá gây thiệt hại tại Lai Châu\n\nDự báo chiều nay có thể xảy ra dông lốc. Thống kê ban đầu, có "
            "830 nhà bị vỡ ngói.\n")
    assert _disaster_rows(text)[830.0]["hazards"] == ["hail"]


def test_hives_of_bees_swept_away_are_livestock() -> None:
    # "lũ cuốn trôi 45 đàn ong": the bees a household keeps, counted by the hive
    rows = _disaster_rows("Mưa lũ ngày 9/9/2026 gây thiệt hại tại xã Tà Xùa.\nLũ cuốn trôi 45 đàn ong, 80 thùng ong.\n")
    assert rows[45.0]["impact"] == rows[80.0]["impact"] == "livestock"


def test_a_label_run_into_the_verb_of_how_its_count_was_hit_keeps_the_texts_cause() -> None:
    # "- Xã Quảng Uyên: sạt lở taluy sau nhà 14 hộ": the verb says how the count was hit, as "14 hộ bị sạt lở" would;
    # what hit it is the rain the lead tells of
    lead = "Ngày 13/8/2026, mưa lớn kéo dài gây sạt lở đất tại nhiều xã của tỉnh Cao Bằng. Cụ thể:\n"
    rows = _disaster_rows(lead + "- Xã Quảng Uyên: sạt lở taluy sau nhà 14 hộ.\n")
    assert rows[14.0]["hazards"] == ["heavy_rain", "landslide"]
    # near-miss: a hazard that acts on its count ("sạt lở đất làm ...") is that count's cause alone
    rows = _disaster_rows(lead + "- Xã Quảng Uyên: sạt lở đất làm 4 nhà bị hư hỏng.\n")
    assert rows[4.0]["hazards"] == ["landslide"]


def test_a_total_after_a_count_of_disasters_in_general_takes_no_kind_from_how_things_were_hit() -> None:
    # "xảy ra 17 đợt thiên tai, làm ...; 1.800 ha lúa bị ngập úng" over "Tổng giá trị thiệt hại ...": disasters in
    # general; the waterlogging counts no flood among the year's events, but it is the one kind the summary tells,
    # and so the kind of its toll and total (the gold has no toll of no kind)
    text = ("Tính đến ngày 15/9/2026, tỉnh đã xảy ra 17 đợt thiên tai, làm 9 người chết; 1.800 ha lúa bị ngập úng. "
            "Tổng giá trị thiệt hại ước tính 210 tỷ đồng.\n")
    rows = _disaster_rows(text)
    assert rows[17.0]["hazards"] == []
    assert rows[210e9]["hazards"] == ["flood"] and rows[9.0]["hazards"] == ["flood"]
    # near-miss: the kinds the count names are still the events'
    text = ("Tính đến ngày 15/9/2026, tỉnh đã xảy ra 17 đợt mưa lũ, làm 9 người chết; 1.800 ha lúa bị ngập úng. "
            "Tổng giá trị thiệt hại ước tính 210 tỷ đồng.\n")
    assert "heavy_rain" in _disaster_rows(text)[210e9]["hazards"]


def test_the_alarm_level_the_water_reached_is_no_count_of_damage() -> None:
    # "Triều cường vượt báo động 3 gây ngập nhiều tuyến đường": the 3 is the alarm level, not three things hit
    rows = _disaster_rows("Triều cường vượt báo động 3 gây ngập nhiều tuyến đường\n\nSáng 18/10/2026, triều cường làm "
                          "ngập 35 tuyến đường nội ô tại phường Ninh Kiều.\n")
    assert 3.0 not in rows and rows[35.0]["impact"] == "infrastructure"


def test_high_seas_in_a_text_about_a_cold_surge_and_no_storm_are_the_surges() -> None:
    # "gió mùa đông bắc mạnh, biển động, sóng lớn làm 3 thuyền bị chìm": the surge raised the seas, no storm
    rows = _disaster_rows("Đêm 8/2/2027, gió mùa đông bắc mạnh, biển động, sóng lớn làm 3 chiếc thuyền bị chìm tại "
                          "xã Nhơn Hải.\n")
    assert rows[3.0]["hazards"] == ["cold"]
    # near-miss: in a text about a storm the high seas stay the storm's
    rows = _disaster_rows("Đêm 8/11/2027, do ảnh hưởng của bão số 12 và không khí lạnh, sóng lớn làm 3 chiếc thuyền bị "
                          "chìm tại xã Nhơn Hải.\n")
    assert "storm" in rows[3.0]["hazards"]


def test_a_long_heat_said_to_be_harsh_is_drought() -> None:
    # "nắng nóng gay gắt kéo dài làm ... bị chết": the long heat, filed as drought as "nắng nóng kéo dài" is
    text = ("Tháng 6/2026, nắng nóng gay gắt kéo dài làm 410 con gà bị chết, 27 ha ngô bị héo tại xã Yên Lạc. "
            "Ngày 19/6, sét đánh làm 01 người bị thương tại xã Bình Sơn.\n")
    rows = _disaster_rows(text)
    assert rows[410.0]["hazards"] == ["drought"] and rows[27.0]["hazards"] == ["drought"]
    assert rows[1.0]["hazards"] == ["lightning"]


def test_a_sign_opening_a_bracket_after_a_count_is_the_bulletins_change() -> None:
    # "6.300 nhà bị ngập (+870 nhà)": the bulletin's change on its last count, no damage of its own
    rows = _disaster_rows("Mưa lũ ngày 3/11/2026 làm 6.300 nhà bị ngập (+870 nhà), 12 nhà bị sập (-2 nhà).\n")
    assert rows[6300.0]["impact"] == "houses_damaged" and 870.0 not in rows and 2.0 not in rows
    # near-miss: a place's count in the bracket is still a count
    rows = _disaster_rows("Mưa lũ ngày 3/11/2026 làm 6.300 nhà bị ngập (xã Quảng Hòa 870 nhà).\n")
    assert rows[870.0]["impact"] == "houses_damaged"


def test_a_headlines_place_ends_before_the_part_of_the_day_its_story_opens_with() -> None:
    # "Lốc xoáy tại xã Tà Xùa" over "(Báo X, ...) Sáng 9/5/2027, ...": the story's "Sáng" is no part of the name
    text = ("Lốc xoáy tốc mái nhiều nhà tại xã Tà Xùa\n\n(Báo Tây Bắc, 10/5/2027) Sáng 9/5/2027, lốc xoáy làm 27 nhà "
            "bị tốc mái.\n")
    assert _disaster_rows(text)[27.0]["locations"] == ["Tà Xùa"]
    # near-miss: a name with a word that is a part of the day but no date after it stays whole
    assert locations_in("tại xã Sáng Thành có mưa lớn") == ["Sáng Thành"]


def test_a_person_hurt_by_a_roof_sheet_the_wind_threw_is_the_winds_casualty() -> None:
    # "bị thương do tấm lợp bay vào": what the wind threw hurt them, no cause other than the weather
    text = ("Chiều 2/5/2027, dông lốc kèm mưa đá làm 12 nhà bị tốc mái tại xã Bản Lầu.\n- Về người: 2 người bị "
            "thương do tấm lợp bay vào.\n")
    rows = _disaster_rows(text)
    assert rows[2.0]["impact"] == "injured" and "whirlwind" in rows[2.0]["hazards"]
    # near-miss: hurt by something that is no weather stays out of the disasters
    text = ("Chiều 2/5/2027, dông lốc kèm mưa đá làm 12 nhà bị tốc mái tại xã Bản Lầu.\n- Về người: 2 người bị "
            "thương do ngộ độc thực phẩm.\n")
    assert 2.0 not in _disaster_rows(text)


def test_a_forest_of_a_named_tree_burnt_is_a_wildfire() -> None:
    # "ha rừng keo bị cháy": the forest's tree between "rừng" and its verb; the fire is how it was hit (the heat only
    # the weather it broke out in: the fire's loss)
    rows = _disaster_rows("Nắng nóng kéo dài đã làm 8 ha rừng keo bị cháy tại xã Tam Đảo.\n")
    assert rows[8.0]["impact"] == "forest" and rows[8.0]["hazards"] == ["wildfire"]
    # near-miss: a forest felled by the same heat is not burnt
    rows = _disaster_rows("Nắng nóng kéo dài đã làm 8 ha rừng keo bị chết khô tại xã Tam Đảo.\n")
    assert rows[8.0]["hazards"] == ["drought"]


def test_a_loss_higher_than_an_earlier_floods_is_a_difference_no_loss() -> None:
    # "thiệt hại năm nay cao hơn khoảng 300 tỷ đồng": the gap between two floods' losses, no damage
    text = ("Mưa lũ tháng 10/2026 làm 4 người chết. So với đợt lũ năm 2020, thiệt hại năm nay cao hơn khoảng 300 "
            "tỷ đồng.\n")
    assert 300e9 not in _disaster_rows(text)
    # near-miss: the loss itself after "khoảng" is still a loss
    text = "Mưa lũ tháng 10/2026 làm 4 người chết, thiệt hại khoảng 300 tỷ đồng.\n"
    assert _disaster_rows(text)[300e9]["impact"] == "economic_loss"


def test_a_headlines_estimate_is_not_the_estimate_of_the_storys_counts() -> None:
    # "Thiệt hại ước tính 900 tỷ đồng" over "(Báo X) ... lũ đã làm 7 người chết": the headline runs into the story,
    # and its "ước tính" estimates its own loss, not the dead counted after the story's source
    text = ("Bình Định: thiệt hại do lũ ước tính 900 tỷ đồng\n\n(Báo Bình Định) Theo Ban Chỉ huy, đợt lũ từ ngày 2 "
            "đến 5/11/2026 đã làm 7 người chết.\n")
    rows = _disaster_rows(text)
    assert rows[7.0]["qualifier"] == "exact" and rows[900e9]["qualifier"] == "estimate"
    # near-miss: an estimate said in the story's own sentence stays one
    text = ("Bình Định: lũ gây thiệt hại lớn\n\n(Báo Bình Định) Theo ước tính ban đầu, đợt lũ từ ngày 2 đến 5/11/2026 "
            "đã làm 7 người chết.\n")
    assert _disaster_rows(text)[7.0]["qualifier"] == "estimate"


def test_crew_still_out_of_reach_are_missing() -> None:
    # "7 thuyền viên vẫn chưa liên lạc được": still out of contact, counted as the missing "mất liên lạc" are
    text = ("Bão số 9 làm 3 tàu cá bị mất liên lạc. Đến chiều 26/10/2026, 1 tàu cá với 7 thuyền viên vẫn chưa liên "
            "lạc được.\n")
    assert _disaster_rows(text)[7.0]["impact"] == "missing"
    # near-miss: the crew reached again are no damage
    text = ("Bão số 9 làm 3 tàu cá bị mất liên lạc. Đến chiều 26/10/2026, đã liên lạc được với 2 tàu cùng 11 thuyền "
            "viên.\n")
    assert 11.0 not in _disaster_rows(text)


def test_a_heat_wave_said_to_do_the_damage_is_drought() -> None:
    # "nắng nóng gay gắt trên địa bàn tỉnh khiến ...": the heat acts, filed as drought as a long heat is; a death
    # by heatstroke ("do sốc nhiệt") is the heat's doing, no cause of another kind
    text = ("Ngày 8/6/2027, nắng nóng gay gắt trên địa bàn tỉnh khiến 1 người tử vong do sốc nhiệt, 90 con lợn bị "
            "chết.\n")
    rows = _disaster_rows(text)
    assert rows[1.0]["impact"] == "deaths" and rows[1.0]["hazards"] == ["drought"]
    assert rows[90.0]["impact"] == "livestock" and rows[90.0]["hazards"] == ["drought"]
    # near-misses: the weather of a month is no hazard, nor a heat wave a disease killed the pigs in
    rows = _disaster_rows("Tháng 6/2027, thời tiết nắng nóng, 90 con lợn bị chết do dịch tả lợn châu Phi.\n")
    assert 90.0 not in rows
    rows = _disaster_rows("Đàn lợn có 90 con bị chết do dịch tả lợn châu Phi trong đợt nắng nóng vừa qua.\n")
    assert 90.0 not in rows


def test_boats_driven_ashore_or_aground_are_damaged_craft() -> None:
    # "bị đánh dạt vào bờ", "bị mắc cạn": what the storm did to the boats, as "bị chìm" is
    rows = _disaster_rows("Bão số 6 làm 2 tàu cá bị chìm, 3 tàu bị đánh dạt vào bờ, 1 sà lan bị mắc cạn tại xã Nghi "
                          "Sơn.\n")
    assert rows[3.0]["impact"] == "infrastructure" and rows[1.0]["impact"] == "infrastructure"
    # near-miss: boats in the port's traffic are no damage
    rows = _disaster_rows("Năm 2026, cảng cá đón 1.250 lượt tàu cá vào neo đậu an toàn.\n")
    assert 1250.0 not in rows


def test_a_depth_given_as_a_range_in_words_counts_nothing() -> None:
    # "ngập sâu từ 0,3 đến 0,5 m": how deep the water stood, up to its upper bound; no length of anything hit
    rows = _disaster_rows("Mưa lớn chiều 4/9/2026 gây ngập 28 điểm trên các tuyến phố, sâu từ 0,3 đến 0,5 m.\n")
    assert rows[28.0]["impact"] == "infrastructure" and 0.0005 not in rows
    # near-miss: a length after "đến" that no depth word governs is still a length hit
    rows = _disaster_rows("Mưa lớn chiều 4/9/2026 làm sạt lở đường từ thôn A đến thôn B dài 500 m.\n")
    assert rows[0.5]["impact"] == "infrastructure"


def test_one_of_a_breakdown_still_searched_for_is_missing() -> None:
    # "trong đó 2 người đã tìm thấy thi thể, 1 người đang tiếp tục tìm kiếm": the search goes on for that one
    text = ("Lũ quét đêm 3/7/2026 làm 3 người chết; trong đó 2 người đã tìm thấy thi thể, 1 người đang tiếp tục tìm "
            "kiếm.\n")
    assert _disaster_rows(text)[1.0]["impact"] == "missing"
    # near-miss: people who go on searching, outside a breakdown of the casualties, are the rescue team
    text = ("Lũ quét đêm 3/7/2026 làm 3 người chết, 1 người mất tích. Hiện có 40 chiến sĩ đang tiếp tục tìm kiếm.\n")
    assert 40.0 not in _disaster_rows(text)


def test_the_rest_of_the_missing_still_searched_for_are_missing() -> None:
    # "2 người còn lại vẫn đang được tìm kiếm": the rest of a count, still sought, past the first words of the clause
    text = ("Lũ quét đêm 3/7/2026 làm 4 người mất tích tại xã Mường Lý. Lực lượng cứu hộ đã tìm thấy thi thể 3 người; "
            "1 người còn lại vẫn đang được tìm kiếm.\n")
    assert _disaster_rows(text)[1.0]["impact"] == "missing"
    # near-miss: the rest said to be safe are no casualty
    text = ("Lũ quét đêm 3/7/2026 làm 4 người mất tích tại xã Mường Lý. Lực lượng cứu hộ đã tìm thấy thi thể 2 người; "
            "7 người còn lại đã về nhà an toàn.\n")
    assert 7.0 not in _disaster_rows(text)


def test_a_child_named_by_the_school_class_is_a_person() -> None:
    # "1 em học sinh lớp 5 bị nước cuốn trôi ..., đến nay chưa tìm thấy": the class, as an age, describes the child
    text = "Mưa lớn ngày 9/9/2026 làm 1 em học sinh lớp 5 bị nước cuốn trôi tại xã Sốp Cộp, đến nay chưa tìm thấy.\n"
    row = _disaster_rows(text)[1.0]
    assert row["impact"] == "missing" and row["unit"] == "person"
    # near-miss: children sent home from school are no casualty
    text = "Mưa lớn ngày 9/9/2026, 12 em học sinh lớp 5 được nghỉ học tại xã Sốp Cộp.\n"
    assert 12.0 not in _disaster_rows(text)


def test_the_last_count_of_a_list_of_kinds_is_of_its_own_item() -> None:
    # "7 loại hình thiên tai gồm: ..., 2 đợt nắng nóng, triều cường, sạt lở bờ sông": the heat waves are counted, the
    # kinds after them without a count are not what the count counts
    text = ("Năm 2026, tỉnh xảy ra 7 loại hình thiên tai gồm: 3 đợt mưa lớn, 2 đợt nắng nóng, triều cường, sạt lở bờ "
            "sông.\n")
    rows = _disaster_rows(text)
    assert rows[3.0]["hazards"] == ["heavy_rain"] and rows[2.0]["hazards"] == []
    # near-miss: a count whose own item names its kind keeps the kinds said with it
    text = "Năm 2026, tỉnh xảy ra 7 loại hình thiên tai gồm: 3 đợt mưa lớn, 2 đợt triều cường, sạt lở bờ sông.\n"
    assert "flood" in _disaster_rows(text)[2.0]["hazards"]


def test_boats_reached_again_are_no_damage() -> None:
    # "đến nay đã liên lạc được 2 tàu": boats that lost contact and were reached again are safe
    text = ("Bão số 9 làm 5 tàu cá mất liên lạc; đến nay đã liên lạc được 2 tàu, còn 3 tàu chưa liên lạc được.\n")
    rows = _disaster_rows(text)
    assert 2.0 not in rows and rows[3.0]["impact"] == "infrastructure"
    # near-miss: boats still out of reach said before their count stay hit
    text = "Bão số 9 làm 5 tàu cá mất liên lạc; đến nay vẫn chưa liên lạc được 2 tàu.\n"
    assert _disaster_rows(text)[2.0]["impact"] == "infrastructure"


def test_a_river_risen_high_is_a_flood() -> None:
    # "Nước sông Lam dâng cao làm 900 hộ bị ảnh hưởng": the risen river is the flood that hit them
    rows = _disaster_rows("Đêm 2/10/2026, nước sông Lam dâng cao làm 900 hộ dân bị ảnh hưởng.\n")
    assert rows[900.0]["impact"] == "houses_damaged" and rows[900.0]["hazards"] == ["flood"]
    # near-miss: a river's level read at a gauge is no damage
    rows = _disaster_rows("Đêm 2/10/2026, nước sông Lam dâng cao, mực nước tại trạm Nam Đàn lên 6,2 m.\n")
    assert 6.2 not in rows and 0.0062 not in rows


def test_a_date_before_an_area_does_not_cut_off_its_subject() -> None:
    # "Diện tích lúa bị ngập úng do mưa lớn cuối tháng 10/2026 là 860 ha": the date's digits are no figure before it
    rows = _disaster_rows("Diện tích lúa bị ngập úng do mưa lớn cuối tháng 10/2026 là 860 ha.\n")
    assert rows[860.0]["impact"] == "crops"
    # near-miss: an area after another figure takes none of that figure's words
    rows = _disaster_rows("Mưa lớn cuối tháng 10/2026 làm 12 ha lúa bị ngập, diện tích ao hồ bị tràn là 7 ha.\n")
    assert rows[7.0]["impact"] == "aquaculture"


def test_crops_sown_again_in_their_place_are_no_damage() -> None:
    # "đã cấy bù được 2.100 ha": the recovery of the rice the cold killed, not more rice lost
    text = ("Đợt rét đậm, rét hại tháng 1/2026 làm 2.350 ha mạ và lúa bị chết, đến nay đã cấy bù được 2.100 ha.\n")
    rows = _disaster_rows(text)
    assert rows[2350.0]["impact"] == "crops" and 2100.0 not in rows
    # near-miss: a further area said to be dead is still damage
    text = "Đợt rét đậm, rét hại tháng 1/2026 làm 2.350 ha mạ và lúa bị chết, 2.100 ha rau màu bị hư hại.\n"
    assert _disaster_rows(text)[2100.0]["impact"] == "crops"


def test_a_drowning_accident_is_no_disaster() -> None:
    # "xảy ra 2 vụ đuối nước làm 3 em học sinh tử vong": an accident counted as one, whatever rain the month had
    text = ("Trong tháng 6/2026, mưa lớn làm 12 nhà bị tốc mái tại xã Quỳnh Phụ. Cũng trong tháng, xảy ra 2 vụ đuối "
            "nước làm 3 em học sinh tử vong khi tắm sông.\n")
    assert 3.0 not in _disaster_rows(text)
    # near-miss: people the flood drowned are its dead
    text = "Trong tháng 6/2026, lũ lớn trên sông Hóa làm 3 người chết đuối tại xã Quỳnh Phụ.\n"
    assert _disaster_rows(text)[3.0]["impact"] == "deaths"


def test_someone_swept_away_past_what_they_were_doing_is_a_casualty() -> None:
    # "1 người đi đánh cá bị nước lũ cuốn trôi, đến nay chưa tìm thấy": swept away, said past the first words
    text = ("Mưa lớn ngày 4/9/2026 làm 12 nhà bị tốc mái. Ngoài ra, 1 người đi đánh cá bị nước lũ cuốn trôi, đến nay "
            "chưa tìm thấy.\n")
    assert _disaster_rows(text)[1.0]["impact"] == "missing"
    # near-miss: someone who swept nothing away is no casualty
    text = "Mưa lớn ngày 4/9/2026 làm 12 nhà bị tốc mái. Ngoài ra, 150 người đi đánh cá đã vào bờ an toàn.\n"
    assert 150.0 not in _disaster_rows(text)


def test_snow_is_the_colds() -> None:
    # "Mưa tuyết ... làm 2.300 con gia cầm bị chết": snow kills as frost does
    rows = _disaster_rows("Đêm 24/1/2027, mưa tuyết tại xã Y Tý làm 2.300 con gia cầm bị chết.\n")
    assert rows[2300.0]["impact"] == "livestock" and rows[2300.0]["hazards"] == ["cold"]
    # near-miss: a market said to be frozen is no weather
    rows = _disaster_rows("Năm 2027, thị trường bất động sản đóng băng làm 2.300 lao động bị ảnh hưởng.\n")
    assert 2300.0 not in rows


def test_the_loss_right_after_a_cumulative_toll_is_that_toll_s() -> None:
    # "Lũy kế ..., thiên tai làm ... ¶ Tổng giá trị thiệt hại ...": the worth of the toll summed just before, of
    # disasters in general as its counts are, not of the month's storm and whirlwinds counted before them
    text = ("Trong tháng xảy ra 1 cơn bão và 4 trận dông lốc. Lũy kế từ đầu năm, thiên tai làm 9 người chết. "
            "Tổng giá trị thiệt hại ước 270 tỷ đồng.\n")
    rows = _disaster_rows(text)
    assert rows[9]["hazards"] == [] and rows[270e9]["hazards"] == []
    # near-miss: a loss that names the month's run of its own is the month's events'
    text = ("Trong tháng xảy ra 1 cơn bão và 4 trận dông lốc. Lũy kế từ đầu năm, thiên tai làm 9 người chết. "
            "Tổng thiệt hại trong tháng ước 40 tỷ đồng.\n")
    assert set(_disaster_rows(text)[40e9]["hazards"]) == {"storm", "whirlwind"}


def test_a_toll_since_the_year_s_start_after_the_month_s_events_is_of_disasters_in_general() -> None:
    # "Từ đầu năm đến nay, thiên tai đã làm ..." after the month's events: all the year's disasters
    text = ("Trong tháng, trên địa bàn tỉnh xảy ra 2 đợt lũ quét. Từ đầu năm đến nay, thiên tai đã làm 5 người chết, "
            "130 nhà bị hư hỏng. Ước tổng thiệt hại khoảng 61 tỷ đồng.\n")
    rows = _disaster_rows(text)
    assert rows[5]["hazards"] == [] and rows[130]["hazards"] == [] and rows[61e9]["hazards"] == []
    # near-miss: after events counted since the year's start too, the toll is theirs
    text = ("6 tháng đầu năm, trên địa bàn tỉnh xảy ra 2 đợt lũ quét. Từ đầu năm đến nay, thiên tai đã làm 5 người "
            "chết.\n")
    assert "flash_flood" in _disaster_rows(text)[5]["hazards"]


def test_spots_a_place_detail_counts_after_a_sentence_of_spots_are_those_spots() -> None:
    # "Riêng xã A xảy ra 3 điểm": the spots of the riverbank slides the sentence before counted, at that commune
    text = ("Trong tháng xảy ra 11 điểm sạt lở bờ sông, làm 4 căn nhà bị sụp xuống sông. Riêng xã Long Điền xảy ra "
            "5 điểm.\n")
    rows = _disaster_rows(text)
    assert (rows[5]["impact"], rows[5]["hazards"], rows[5]["locations"]) == ("infrastructure", ["landslide"],
                                                                                ["Long Điền"])
    text = "Mưa lớn gây sạt lở 14 điểm taluy. Trong đó, xã Tà Xùa 8 điểm, xã Háng Đồng 6 điểm.\n"
    rows = _disaster_rows(text)
    assert rows[8]["locations"] == ["Tà Xùa"] and rows[6]["impact"] == "infrastructure"
    # near-miss: a place's score after a sentence of slid spots is no spot
    text = "Mưa lớn gây sạt lở 14 điểm taluy. Riêng xã Tà Xùa đạt 8 điểm.\n"
    assert 8 not in _disaster_rows(text)


def test_a_flash_flood_in_the_english_word_is_a_flash_flood() -> None:
    # "lũ flash flood": the loanword names the flash flood, which the rain makes
    text = "Chiều 4/8/2026, lũ flash flood tại xã Nậm Cang làm 2 người bị thương.\n"
    assert set(_disaster_rows(text)[2]["hazards"]) == {"flash_flood", "heavy_rain"}
    # near-miss: a bare "lũ" in a text of no flash flood stays a flood
    text = "Chiều 4/8/2026, lũ trên sông Nậm Cang làm 2 người bị thương.\n"
    assert _disaster_rows(text)[2]["hazards"] == ["flood"]


def test_a_table_s_header_of_columns_states_no_cause() -> None:
    # "Nhà bị hư hỏng (nhà) | Điểm sạt lở (điểm)": the columns of a table of damage by commune blame nothing; its
    # rows are the damage of the storm the title names
    text = ("BÁO CÁO\nThiệt hại do bão số 4 năm 2026\n\nBảng thiệt hại theo xã:\n"
            "STT\tXã\tNhà bị hư hỏng (nhà)\tĐiểm sạt lở (điểm)\n1\tXã Yên Hòa\t37\t6\n")
    assert "landslide" not in _disaster_rows(text)[37]["hazards"]
    # near-miss: a sentence above the table that blames a slide keeps it
    text = ("BÁO CÁO\nThiệt hại do bão số 4 năm 2026\n\nSạt lở đất làm nhiều nhà bị hư hỏng, cụ thể như sau.\n"
            "STT\tXã\tNhà bị hư hỏng (nhà)\n1\tXã Yên Hòa\t37\n")
    assert "landslide" in _disaster_rows(text)[37]["hazards"]


def test_con_before_a_work_counts_the_work_not_animals():
    # "con" is the classifier of a road, a dyke or a boat as well as of an animal
    text = "Mưa lũ kéo dài làm 3 con đường liên thôn bị sạt lở, 1 con đê bao bị vỡ và 40 con bò bị lũ cuốn trôi."
    road = route_in_text(text, "3")
    assert road.fields["impact"] == "infrastructure" and road.unit == "count"
    assert road.fields["unit_label"] == "đường"
    assert route_in_text(text, "1").fields["impact"] == "infrastructure"
    # near miss: the animals after the same classifier stay livestock
    assert route_in_text(text, "40").fields["impact"] == "livestock"


def test_hurt_by_what_the_wind_threw_is_the_winds_doing():
    # the people's own "do ..." names what the whirlwind threw down on them, no cause outside the weather
    text = "Chiều qua, lốc xoáy làm 14 căn nhà bị tốc mái. Hai người bị thương do tôn bay trúng."
    hurt = route_in_text(text, "Hai")
    assert hurt.fields["impact"] == "injured" and hurt.fields["hazards"] == ["whirlwind"]
    text = "Lốc xoáy làm 14 căn nhà bị tốc mái. Một cháu nhỏ 7 tuổi bị thương do cành cây rơi trúng."
    assert route_in_text(text, "Một").fields["impact"] == "injured"
    # near miss: a cause that is no weather's doing keeps the count out
    assert route_in_text("Lốc xoáy làm 14 căn nhà bị tốc mái. Hai người bị thương do tai nạn giao thông.",
                         "Hai") is None


def test_lives_taken_are_the_dead():
    # "cướp đi sinh mạng của N người": the verb takes their lives, a count of the dead
    text = "Trận lũ ống đêm 3/8 đã cướp đi sinh mạng của 4 người ở bản Huổi Khon."
    assert route_in_text(text, "4").fields["impact"] == "deaths"
    # near miss: lives kept safe are no casualties
    text = "Lũ ống làm 2 nhà bị sập. Các lực lượng đã bảo vệ an toàn tính mạng của 320 người dân trong bản."
    assert route_in_text(text, "320") is None


def test_houses_sunk_whole_into_the_river_are_destroyed():
    # "chìm hoàn toàn xuống sông": the house is gone, whatever words come between the verb and the river
    text = "Sạt lở bờ kênh làm 2 căn nhà bị nhấn chìm hoàn toàn xuống sông, 5 căn nhà khác bị nứt nền."
    assert route_in_text(text, "2").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "5").fields["impact"] == "houses_damaged"
    # near miss: houses under the flood's water stand, damaged
    assert route_in_text("Lũ làm 70 căn nhà bị nhấn chìm trong biển nước.", "70").fields["impact"] == "houses_damaged"


def test_tobacco_and_chilli_fields_are_crops():
    text = "Trận mưa đá chiều 9/3 làm 64 ha thuốc lá và 12 ha ớt của bà con bị dập nát."
    assert [route_in_text(text, area).fields["impact"] for area in ("64", "12")] == ["crops", "crops"]


def test_a_weir_before_and_is_no_depth():
    # "đập dâng" is a weir: "dâng" there says no height, and "và" opens the next item of the list
    text = "Lũ làm hư hỏng 4 đập dâng và 1,8 km kênh mương nội đồng."
    assert route_in_text(text, "1,8").fields["impact"] == "infrastructure"
    # near miss: the words after a height still lead to its number
    from orchestration.extraction.disasters import _DEPTH
    assert _DEPTH.search("nước sông dâng cao khoảng ") and not _DEPTH.search("4 đập dâng và ")


def test_later_items_share_the_verb_before_the_list():
    # the verb stands before the first count; the later items, bare, were hit the same way
    text = "Mưa to kéo dài làm ngập 410 ha lúa, 35 ha ao cá và 12 ha rau."
    assert route_in_text(text, "35").fields["hazards"] == ["heavy_rain", "flood"]
    slid = route_in_text("Mưa lớn làm sạt lở 6 km đường liên xã và 3 cầu tràn.", "3")
    assert slid.fields["hazards"] == ["heavy_rain", "landslide"]
    # near miss: an item with a verb of its own says how it was hit
    own = route_in_text("Mưa to kéo dài làm ngập 410 ha lúa và làm hư hỏng 35 ha ao cá.", "35")
    assert own.fields["hazards"] == ["heavy_rain"]


def test_parts_of_an_estimated_loss_are_estimates():
    def loss_qualifiers(text: str) -> list[str]:
        rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
        return [r["qualifier"] for r in rows if r["table"] == "disasters" and r["value"] == 5_600_000_000]

    assert loss_qualifiers("Lốc xoáy làm 210 nhà bị tốc mái. Tổng thiệt hại ước tính khoảng 9,4 tỷ đồng, trong đó "
                           "thiệt hại về nhà ở 5,6 tỷ đồng.") == ["estimate"]
    # near miss: the parts of a loss counted, not estimated, are exact
    assert loss_qualifiers("Lốc xoáy làm 210 nhà bị tốc mái. Tổng thiệt hại là 9,4 tỷ đồng, trong đó thiệt hại về "
                           "nhà ở 5,6 tỷ đồng.") == ["exact"]


def test_the_owners_of_fish_cages_swept_away_are_no_homes_hit() -> None:
    text = "Năm 2026, lũ lớn trên sông làm 24 lồng nuôi cá của 7 hộ dân bị cuốn trôi."
    assert route_in_text(text, "24").fields["impact"] == "aquaculture"
    assert _not_damage(text, "7")
    # near-miss: the owners of the roofs torn off are the houses hit
    roofs = "Năm 2026, dông lốc làm tốc mái 18 tấm tôn của 4 hộ dân."
    assert route_in_text(roofs, "4").fields["impact"] == "houses_damaged"


def test_a_toll_of_disasters_in_general_takes_the_kinds_its_summary_tells() -> None:
    # no event named or counted anywhere: the summary's own ways of harm (flooded fields, roads slid) tell the kinds
    text = ("Báo cáo công tác phòng chống thiên tai năm 2026\n\nTính đến nay, thiên tai đã làm 3 người chết, 61 nhà bị "
            "hư hỏng, 420 ha hoa màu bị ngập, 6 km đường bị sạt lở. Ước thiệt hại 38 tỷ đồng.\n")
    rows = _disaster_rows(text)
    for value in (3.0, 61.0, 38e9):
        assert set(rows[value]["hazards"]) == {"flood", "landslide"}, value
    # (an item that says how it was hit keeps its own way)
    assert rows[420.0]["hazards"] == ["flood"] and rows[6.0]["hazards"] == ["landslide"]
    # near-miss: a summary that tells no way of harm names no kind
    bare = "Báo cáo công tác phòng chống thiên tai năm 2026\n\nThiên tai đã làm 3 người chết, 61 nhà bị hư hỏng.\n"
    assert _disaster_rows(bare)[3.0]["hazards"] == []
    # near-miss: a quake's cracked walls stay of no named kind though a road slid in the same sentence
    quake = "Năm 2026, động đất làm 9 nhà bị nứt tường, 1 đoạn đường bị sạt lở."
    assert route_in_text(quake, "9").fields["hazards"] == []


def test_a_part_of_a_general_toll_that_names_its_kind_is_that_kinds_alone() -> None:
    # "Thiên tai đã làm ... Trong đó: bão số 9 làm ...; mưa lớn làm ...": a year's toll broken down by kind of disaster
    text = ("Năm 2026, toàn tỉnh xảy ra 3 cơn bão, 5 đợt mưa lớn và 2 đợt dông lốc. Thiên tai đã làm 11 người chết, "
            "2.400 nhà bị hư hỏng. Trong đó: bão số 9 làm 6 người chết, 1.700 nhà bị tốc mái; mưa lớn làm 4 người "
            "chết; dông lốc làm 1 người chết.\n")
    rows = _disaster_rows(text)
    assert rows[6.0]["hazards"] == ["storm"] and rows[1700.0]["hazards"] == ["storm"]
    assert rows[4.0]["hazards"] == ["heavy_rain"] and rows[1.0]["hazards"] == ["whirlwind"]
    assert set(rows[11.0]["hazards"]) == {"storm", "heavy_rain", "whirlwind"}
    # near-miss: a part of a toll of a named kind keeps that kind beside its own
    named = "Năm 2026, mưa lớn gây lũ làm 5 người chết. Trong đó, lũ cuốn trôi 3 người tại xã Nà Hẩu.\n"
    assert "heavy_rain" in _disaster_rows(named)[3.0]["hazards"]


def test_a_death_by_a_strike_is_the_lightnings_alone_in_a_thunderstorm() -> None:
    text = "Năm 2026, mưa dông kèm sét đánh làm 2 người chết do sét đánh, 14 nhà bị tốc mái."
    assert route_in_text(text, "2").fields["hazards"] == ["lightning"]
    assert "whirlwind" in route_in_text(text, "14").fields["hazards"]
    # near-miss: a death the flood did in a flood of heavy rain keeps the rain
    flood = "Năm 2026, mưa lũ làm 3 người chết do lũ cuốn trôi."
    assert "heavy_rain" in route_in_text(flood, "3").fields["hazards"]


def test_houses_a_flood_made_move_listed_among_its_damage_are_houses_hit() -> None:
    text = "Năm 2026, lũ lớn đã làm 1 người chết; 64 nhà phải di dời khẩn cấp; 210 nhà bị ngập."
    routed = route_in_text(text, "64")
    assert routed.table == "disasters" and routed.fields["impact"] == "houses_damaged"
    # near-miss: houses moved to safety by the authorities stay no damage
    assert _not_damage("Năm 2026, lũ lớn đã làm 1 người chết; 64 nhà phải di dời đến nơi an toàn.", "64")


def test_households_a_flood_made_leave_their_homes_are_homes_hit() -> None:
    # "N hộ phải di dời khẩn cấp" listed among what the hazard did: the homes they must leave were hit, as gold news
    # ex023 files its households (this test replaces an older near-miss that read them as no damage)
    text = "Trong năm 2027, sạt lở đất đã làm 2 người bị thương; 37 hộ phải di dời khẩn cấp; 15 nhà bị hư hỏng."
    routed = route_in_text(text, "37")
    assert routed.table == "disasters" and routed.fields["impact"] == "houses_damaged"
    # near-miss: evacuated for a while, evacuated with their people, or moved to safety, they are no damage
    for moved in ("37 hộ phải sơ tán trong đêm", "37 hộ phải di dời tạm thời",
                  "37 hộ dân với 120 nhân khẩu phải di dời", "37 hộ phải di dời đến nơi an toàn"):
        assert _not_damage(f"Trong năm 2027, sạt lở đất đã làm 2 người bị thương; {moved}; 15 nhà bị hư hỏng.", "37")


def test_houses_made_to_move_after_houses_destroyed_are_damaged_not_destroyed() -> None:
    # "5 căn nhà bị sụp xuống sông, 18 căn nhà phải di dời khẩn cấp": the second count has its own words, and is not
    # hit as the count before it was
    text = "Năm 2026, sạt lở bờ sông đã làm 4 căn nhà bị sụp xuống sông, 11 căn nhà phải di dời khẩn cấp."
    assert route_in_text(text, "4").fields["impact"] == "houses_destroyed"
    assert route_in_text(text, "11").fields["impact"] == "houses_damaged"
    # near-miss: a bare count after them still shares their verb
    bare = "Năm 2026, sạt lở bờ sông đã làm 4 căn nhà bị sụp xuống sông tại xã A, 3 căn tại xã B."
    assert route_in_text(bare, "3").fields["impact"] == "houses_destroyed"


def test_a_labelled_item_of_houses_made_to_move_among_houses_hit_is_damage() -> None:
    # a bulletin's list of houses: "- Nhà phải di dời khẩn cấp: N nhà" is an item of the houses the event hit
    text = ("Thiệt hại do mưa lũ ngày 12/9/2026\n"
            "2. Về nhà ở:\n- Nhà bị sập đổ hoàn toàn: 5 nhà.\n- Nhà bị hư hỏng một phần: 63 nhà.\n"
            "- Nhà phải di dời khẩn cấp: 21 nhà.\n")
    rows = _disaster_rows(text)
    assert rows[21.0]["impact"] == "houses_damaged" and rows[21.0]["hazards"] == rows[63.0]["hazards"]
    # near-miss: the same label under items of people moved to safety is no damage
    moved = ("Công tác sơ tán ngày 12/9/2026\n"
             "- Số người được sơ tán: 140 người.\n- Nhà phải di dời khẩn cấp: 21 nhà.\n")
    assert 21.0 not in _disaster_rows(moved)


def test_a_figure_said_again_of_another_year_counts_what_the_figure_before_counts() -> None:
    # "năm 2025, con số này là 9 người": the same damage as the figure it refers to, of the year its clause names
    text = "Năm 2026, thiên tai làm 5 người chết và 2 người bị thương; năm 2024, con số này là 8 người."
    again = route_in_text(text, "8")
    assert again.table == "disasters" and again.fields["impact"] == "injured"
    houses = _disaster_rows("Bão và mưa lũ làm 41 nhà bị sập. Năm 2025, con số tương ứng là 17 nhà.\n")
    assert houses[17.0]["impact"] == "houses_destroyed" and houses[17.0]["hazards"] == houses[41.0]["hazards"]
    # near-miss: a number said again of what was no damage stays no damage
    assert _not_damage("Tai nạn giao thông làm 9 người chết; năm 2025, con số này là 12 người.", "12")
    assert _not_damage("Mưa lũ làm 3 người chết. Toàn tỉnh có 1.200 hộ nghèo, năm 2025 con số này là 1.500 hộ.",
                       "1.500")


def test_houses_buried_then_moved_out_of_are_destroyed() -> None:
    # "đất đá vùi lấp 2 nhà ..., gia đình đã được di dời": the verb before the count says they were buried; that their
    # people were moved after is what was done, not what befell the houses
    text = "Mưa lớn gây sạt lở đất đá vùi lấp 3 nhà ở thôn Khuổi Bốc, các hộ đã được di dời đến nơi an toàn từ trước."
    assert route_in_text(text, "3").fields["impact"] == "houses_destroyed"
    # near-miss: houses moved to safety with no verb of harm before them stay no damage
    assert _not_damage("Mưa lớn gây sạt lở đất, xã đã di dời 3 nhà ở thôn Khuổi Bốc đến nơi an toàn.", "3")


def test_places_listed_as_the_subject_of_a_count_are_all_its_places() -> None:
    # "Các xã A, B có 56 ha lúa bị vùi lấp": the count is at every place of the list, not at its last one alone
    text = "Mưa lũ ngày 3/8/2026: các xã Nà Hỳ, Chà Cang có 41 ha lúa và 9 ha ngô bị vùi lấp."
    assert route_in_text(text, "41").fields["locations"] == ["Nà Hỳ", "Chà Cang"]
    assert route_in_text(text, "9").fields["locations"] == ["Nà Hỳ", "Chà Cang"]  # (the list's later count too)
    two = "Lũ quét ngày 3/8/2026 gây thiệt hại lớn. Hai xã Nà Hỳ và Chà Cang có 17 nhà bị cuốn trôi."
    assert route_in_text(two, "17").fields["locations"] == ["Nà Hỳ", "Chà Cang"]
    # near-miss: a breakdown's part is at its own place
    part = "Mưa lũ ngày 3/8/2026 làm 29 nhà bị ngập, trong đó xã Nà Hỳ có 12 nhà, xã Chà Cang có 17 nhà."
    assert route_in_text(part, "17").fields["locations"] == ["Chà Cang"]
    whole = "Mưa lũ ngày 3/8/2026: các xã Nà Hỳ, Chà Cang có 29 nhà bị ngập, trong đó xã Nà Hỳ có 12 nhà."
    assert route_in_text(whole, "12").fields["locations"] == ["Nà Hỳ"]


def test_an_old_event_recalled_in_passing_lends_no_cause_to_the_damage_after_it() -> None:
    # "Năm 2024, bão số 3 đã làm ...": a storm of an earlier year, named in a report of rain, is no cause of what the
    # rain did; the damage told after it takes the cause its own story gives
    text = ("Báo cáo tình hình mưa lũ tháng 6 năm 2027\n\nTừ ngày 10-12/6/2027, trên địa bàn tỉnh có mưa to. "
            "Mưa lớn làm 40 nhà bị ngập. Năm 2025, cơn bão số 10 đã làm 7 người chết. "
            "Đợt này đã làm 16 điểm giao thông bị sạt lở.")
    assert "storm" not in route_in_text(text, "16", year=2027).fields["hazards"]
    assert route_in_text(text, "7", year=2027).fields["hazards"] == ["storm"]
    # near-miss: the report's own year opening a sentence still lends its cause
    same_year = text.replace("Năm 2025, cơn bão số 10", "Năm 2027, cơn bão số 1")
    assert "storm" in route_in_text(same_year, "16", year=2027).fields["hazards"]


def test_spots_of_banks_listed_one_after_another_are_counted_spots() -> None:
    # "sạt lở bờ sông, kênh rạch 58 điểm": the banks the landslides hit are listed with a comma before the count
    text = "Năm 2026, thiên tai làm 3 người chết. Sạt lở bờ sông, kênh rạch 41 điểm, chiều dài 2.750 m."
    routed = route_in_text(text, "41", year=2026)
    assert routed.table == "disasters" and routed.fields["impact"] == "infrastructure"
    # near-miss: a clause after the comma that names no bank is a score of its own
    assert route_in_text("Năm 2026, sạt lở bờ sông giảm, chỉ số PAPI 41 điểm.", "41", year=2026) is None


def test_a_kind_of_damage_named_as_damage_after_a_place_detail_takes_the_bulletins_cause() -> None:
    # "Thiệt hại về sản xuất: ..." opens on a kind of the whole event's damage, as "Về sản xuất, ..." does: the
    # landslide told of one commune before it is that commune's, not the cause of the list
    text = ("Báo cáo nhanh thiệt hại do mưa lũ ngày 2/9/2027\n\nNgày 2/9/2027, trên địa bàn tỉnh có mưa to đến rất to, "
            "gây lũ trên các sông suối.\nTại xã Nậm Có, sạt lở đất vùi lấp 2 nhà dân.\n\n"
            "Thiệt hại về sản xuất: 164 ha lúa bị ngập úng.")
    assert "landslide" not in route_in_text(text, "164", year=2027).fields["hazards"]
    # near-miss: a list line that names no kind of damage still goes on from the sentence before
    plain = text.replace("Thiệt hại về sản xuất: 164 ha lúa bị ngập úng.", "Cũng tại xã này, 164 ha lúa bị vùi lấp.")
    assert "landslide" in route_in_text(plain, "164", year=2027).fields["hazards"]


def test_high_seas_in_a_text_naming_no_storm_lend_no_storm_to_the_lines_after() -> None:
    # "sóng lớn" read as the storm's seas in its own sentence lends that storm to no later line of a text that names
    # no storm: the damage list after it takes the bulletin's own cause
    text = ("Báo cáo tình hình mưa lớn ngày 3/10/2027\n\nNgày 2/10/2027, trên địa bàn tỉnh có mưa to đến rất to. "
            "Ven biển có sóng lớn làm 3 thuyền bị chìm.\n\nThiệt hại về sản xuất: 210 ha hoa màu bị hư hại.")
    assert "storm" not in route_in_text(text, "210", year=2027).fields["hazards"]
    # near-miss: in a text that names a storm, its seas' sentence lends the storm
    storm = text.replace("có mưa to đến rất to", "do ảnh hưởng của bão số 6 có mưa to đến rất to")
    assert "storm" in route_in_text(storm, "210", year=2027).fields["hazards"]


def test_people_someone_saved_are_no_casualties() -> None:
    # the saving verb before the count ("đã kịp thời cứu 4 người bị nước cuốn", "ứng cứu được 2 người", "đưa vào
    # bờ an toàn 5 người"): those saved, whatever befell them first
    lead = "Mưa lũ tháng 7/2026 làm 6 nhà bị ngập. "
    for text, value in (
        (lead + "Người dân đã kịp thời cứu 4 người bị nước lũ cuốn trôi.\n", 4.0),
        (lead + "Tổ xung kích ứng cứu được 2 người bị lũ cuốn.\n", 2.0),
        (lead + "Bộ đội biên phòng đã đưa vào bờ an toàn 5 người bị nước cuốn trôi.\n", 5.0),
    ):
        assert value not in _disaster_rows(text), text
    # near-misses: swept away while the rescuers search, or not saved, they stay casualties
    rows = _disaster_rows(lead + "Có 4 người bị lũ cuốn trôi, lực lượng cứu hộ đang tìm kiếm.\n")
    assert rows[4.0]["impact"] == "missing"
    rows = _disaster_rows(lead + "Nước lũ cuốn trôi 4 người; lực lượng cứu hộ không cứu được 4 người.\n")
    assert rows[4.0]["impact"] == "deaths"


def test_people_taken_for_care_are_the_injured() -> None:
    # a kin group or count hurt and taken for care, with no other outcome said: the injured
    lead = "Dông lốc chiều 5/5/2027 làm tốc mái 7 nhà. "
    rows = _disaster_rows(lead + "Tại xã A, 2 anh em bị sét đánh trúng, được đưa đi cấp cứu. "
                          "Tại xã B, 3 bà cháu bị cây đổ đè trúng, phải nhập viện điều trị. "
                          "Tại xã C, 4 người được đưa đi cấp cứu do sập tường.\n")
    assert {v: r["impact"] for v, r in rows.items()} == {7: "houses_damaged", 2: "injured", 3: "injured", 4: "injured"}
    # near-misses: dead past the care, or the helpers who took someone to care
    rows = _disaster_rows(lead + "Tại xã A, 2 anh em bị sét đánh, được đưa đi cấp cứu nhưng đã tử vong.\n")
    assert rows[2.0]["impact"] == "deaths"
    rows = _disaster_rows(lead + "Tại xã A, 9 người dân tham gia ứng cứu, đưa người bị nạn đi cấp cứu.\n")
    assert 9.0 not in rows


def test_high_seas_in_a_text_naming_neither_a_storm_nor_a_cold_surge_are_no_storm() -> None:
    # "sóng lớn đánh sập 3 nhà" at a coast the sea wears away: the waves are of no kind the contract names
    rows = _disaster_rows("Đà Nẵng: Biển xâm thực\n\nĐầu tháng 12/2026, sóng lớn đã làm sạt lở khoảng 300 m bờ biển "
                          "tại phường Hòa Hiệp. Sóng lớn đánh sập 2 ki-ốt và làm 5 nhà dân bị hư hỏng.\n")
    assert rows[0.3]["hazards"] == ["landslide"] and "storm" not in rows[5.0]["hazards"]
    # near-miss: in a text that names a storm, its high seas are the storm's
    rows = _disaster_rows("Đà Nẵng: Bão số 11 gây thiệt hại\n\nĐêm 2/12/2026, do ảnh hưởng của bão số 11, sóng lớn "
                          "làm 5 nhà dân ven biển phường Hòa Hiệp bị hư hỏng.\n")
    assert rows[5.0]["hazards"] == ["storm"]


def test_what_earth_and_rock_buried_is_the_landslides() -> None:
    # "vùi lấp 1 nhà, 4 người bị đất đá vùi": the earth buried the people; the house next to them is one destroyed
    rows = _disaster_rows("Ngày 9/9/2026, mưa lớn gây sạt lở taluy tại xã Pắc Ngà. Sạt lở đất vùi lấp 1 nhà, 4 người "
                          "bị đất đá vùi.\n")
    assert rows[1.0]["impact"] == "houses_destroyed" and "landslide" in rows[1.0]["hazards"]
    # (people buried with no outcome said are no casualties)
    assert 4.0 not in rows
    # near-miss: a house buried by what is not earth (the ash of a fire) blames no landslide
    routed = route_in_text("Vụ hỏa hoạn làm 1 nhà bị tro bụi vùi, 4 người bị thương.", "1")
    assert routed is None or routed.table != "disasters"


def test_stretches_of_dyke_a_king_tide_overtops_are_works_hit() -> None:
    # "triều cường làm tràn 7 đoạn bờ bao": the water ran over the stretches, works hit as a breach is
    routed = route_in_text("Đỉnh triều cường làm tràn 7 đoạn bờ bao tại xã An Bình, gây ngập 60 ha vườn.", "7")
    assert routed.table == "disasters" and routed.fields["impact"] == "infrastructure"
    assert routed.fields["hazards"] == ["flood"]
    # near-miss: stretches of a spillway dam ("đập tràn") kept in repair are no overtopping
    routed = route_in_text("Xã đã nạo vét 7 đoạn đập tràn trước mùa triều cường.", "7")
    assert routed is None or routed.table != "disasters"


def test_fields_left_without_water_after_a_drought_is_told_are_crops_hit() -> None:
    # "Do nắng hạn kéo dài, ... ¶ 1.850 ha lúa không có nước tưới": the drought of the sentence before left them dry
    text = ("Do nắng hạn kéo dài, mực nước các hồ thủy lợi xuống thấp. Đến cuối tháng 4, 1.850 ha lúa không có "
            "nước tưới, phải bỏ vụ.")
    routed = route_in_text(text, "1.850")
    assert routed.fields["impact"] == "crops" and routed.fields["hazards"] == ["drought"]
    # near-miss: fields a reservoir has enough water for are not hit
    routed = route_in_text("Do nắng hạn kéo dài, các hồ được tích nước sớm. Hồ Sông Sắt đủ nước tưới cho 1.850 ha lúa.",
                           "1.850")
    assert routed is None or routed.table != "disasters"


def test_things_hit_of_the_people_of_a_place_are_at_that_place() -> None:
    # "150 con trâu, bò của các hộ dân huyện Mường Tè bị chết rét": the owners' place is where the herd died
    places = _places("Đợt rét hại tháng 1/2027 làm 150 con trâu, bò của các hộ dân huyện Mường Tè bị chết rét.\n")
    assert places[150.0] == ["Mường Tè"]
    # near-miss: a place's own body or plan names no place of the damage ("của huyện" with no people before it)
    places = _places("Đợt rét hại tháng 1/2027 làm 150 con trâu, bò bị chết rét, theo kế hoạch của huyện Mường Tè.\n")
    assert places[150.0] == []


def test_what_a_whole_place_has_left_without_water_is_hit() -> None:
    # "Toàn huyện có 1.850 ha lúa không có nước tưới": no stock of the place, its fields the drought left dry
    text = "Do nắng hạn kéo dài, các hồ cạn nước. Toàn huyện có 1.850 ha lúa không có nước tưới, phải bỏ vụ."
    assert route_in_text(text, "1.850").fields["impact"] == "crops"
    # near-miss: what the place has, its reservoirs watering it
    text = "Do nắng hạn kéo dài, các hồ cạn nước. Toàn huyện có 1.850 ha lúa, các hồ vẫn đủ nước tưới."
    routed = route_in_text(text, "1.850")
    assert routed is None or routed.table != "disasters"


def test_stretches_of_a_work_named_after_the_count_are_infrastructure_hit() -> None:
    # "làm hư hỏng 4 đoạn đập tràn", "5 đoạn mương bị bồi lấp": the work after "đoạn" says what the stretches are of
    text = "Đợt lũ cuối tháng 10/2026 làm hư hỏng 4 đoạn đập tràn ở xã Trà Phong; 5 đoạn mương nội đồng bị bồi lấp."
    for number in ("4", "5"):
        routed = route_in_text(text, number)
        assert routed is not None and routed.table == "disasters" and routed.fields["impact"] == "infrastructure"
    # near-miss: stretches of a work that the sentence says nothing hit
    text = "Đợt lũ cuối tháng 10/2026 làm 2 nhà bị hư hỏng. Xã Trà Phong có 4 đoạn đập tràn kiên cố."
    routed = route_in_text(text, "4")
    assert routed is None or routed.table != "disasters"


def test_a_landslide_the_sentence_before_put_down_to_rain_is_the_rains() -> None:
    # "Mưa to kéo dài gây sạt lở ở nhiều bản. Sạt lở đất làm ...": the rain brought the landslide that did the damage
    text = ("Từ ngày 3/7/2027, mưa to kéo dài gây sạt lở ở nhiều bản của huyện Bát Xát. Sạt lở đất làm 2 người bị "
            "thương, 4 nhà bị sập.")
    for number in ("2", "4"):
        assert route_in_text(text, number).fields["hazards"] == ["heavy_rain", "landslide"]
    # near-miss: a sentence before that put down to the rain something else (flooding) lends the landslide nothing
    text = ("Từ ngày 3/7/2027, mưa to kéo dài gây ngập úng ở nhiều bản của huyện Bát Xát. Sạt lở đất làm 2 người bị "
            "thương, 4 nhà bị sập.")
    for number in ("2", "4"):
        assert route_in_text(text, number).fields["hazards"] == ["landslide"]


def test_fields_hit_by_salt_are_the_drought_s() -> None:
    # "bị ảnh hưởng do mặn": salt said to do the damage is the intrusion's, filed as drought
    text = "Mùa khô 2026, nhiều cánh đồng ở huyện Trần Đề có 780 ha lúa bị thiệt hại do mặn."
    routed = route_in_text(text, "780")
    assert routed.table == "disasters" and routed.fields["hazards"] == ["drought"]
    # near-miss: salt land where a pest did the damage names no hazard
    routed = route_in_text("Năm 2026, huyện Trần Đề có 780 ha lúa bị thiệt hại do rầy nâu trên đất mặn.", "780")
    assert routed is None or routed.table != "disasters"


def test_a_hazard_told_in_the_sentence_before_hit_what_the_next_counts() -> None:
    # "Hạn mặn đến sớm ... . Toàn tỉnh có 1.230 ha lúa bị ảnh hưởng": the hazard told just before, with no damage of
    # its own, hit what the next sentence counts
    text = "Đầu năm 2027, xâm nhập mặn đến sớm và lấn sâu vào nội đồng. Toàn tỉnh có 1.230 ha lúa bị ảnh hưởng."
    routed = route_in_text(text, "1.230")
    assert routed.table == "disasters" and routed.fields["hazards"] == ["drought"]
    # near-miss: an outlook of the hazard hit nothing yet
    text = "Đầu năm 2027, dự báo xâm nhập mặn đến sớm và lấn sâu vào nội đồng. Toàn tỉnh có 1.230 ha lúa bị ảnh hưởng."
    routed = route_in_text(text, "1.230")
    assert routed is None or routed.table != "disasters"


def test_planted_forest_burnt_is_forest_hit_not_an_area_planted() -> None:
    # "trong đó rừng trồng 38,2 ha": "rừng trồng" names a kind of forest, not the act of planting
    text = ("Năm 2026, xảy ra 9 vụ cháy rừng, làm thiệt hại 41,6 ha rừng, trong đó rừng trồng 37,1 ha, rừng tự nhiên "
            "4,5 ha.")
    routed = route_in_text(text, "37,1")
    assert routed.table == "disasters" and routed.fields["impact"] == "forest"
    # near-miss: the area planted again after the fire is no damage
    routed = route_in_text("Năm 2026, sau các vụ cháy rừng, nhân dân đã trồng 37,1 ha keo.", "37,1")
    assert routed is None or routed.table != "disasters"


def test_a_landslide_counted_by_its_verb_lends_no_cause_to_the_next_items() -> None:
    # "sạt lở 21 điểm": the landslide is what the spots suffered, the storm the bulletin tells of made them slide;
    # the poles and clinics after were hit by the storm, not by the landslide
    text = ("Cơn bão số 7 đổ bộ đêm 2/10/2026 làm 3 người bị thương. Trên tuyến đường tỉnh 562, sạt lở 21 điểm, gây "
            "ách tắc giao thông. Ngoài ra, 11 cột điện bị gãy đổ; 6 trạm y tế bị tốc mái.")
    assert route_in_text(text, "21").fields["hazards"] == ["storm", "landslide"]
    assert route_in_text(text, "11").fields["hazards"] == ["storm"]
    assert route_in_text(text, "6").fields["hazards"] == ["storm"]
    # near-miss: a landslide said to do damage of its own still hit what the sentence after goes on about
    text = ("Cơn bão số 7 đổ bộ đêm 2/10/2026 làm 3 người bị thương. Tại xã Kỳ Sơn, sạt lở 4 điểm làm 2 nhà bị sập. "
            "Ngoài ra, 5 nhà khác bị vùi lấp một phần.")
    assert "landslide" in route_in_text(text, "5").fields["hazards"]


def test_a_stop_after_a_road_number_with_its_letter_ends_the_sentence() -> None:
    # "... trên Quốc lộ 4D. 8 cột điện ...": the stop after a road's letter ends its sentence (no abbreviation), so the
    # poles counted next are not the landslide's spots
    text = ("Tháng 7/2026, mưa lớn kéo dài đã gây sạt lở 15 điểm trên Quốc lộ 4D. 8 cột điện bị gãy đổ, 2 nhà văn hóa "
            "bị tốc mái.")
    assert route_in_text(text, "15").fields["hazards"] == ["heavy_rain", "landslide"]
    assert route_in_text(text, "2").fields["hazards"] == ["heavy_rain"]
    # near-miss: a place's abbreviation before the stop ("TP.") still runs on
    text = "Tháng 7/2026, mưa lớn kéo dài gây sạt lở 15 điểm tại TP. Lào Cai, làm 2 nhà văn hóa bị vùi lấp."
    assert "landslide" in route_in_text(text, "2").fields["hazards"]


def test_a_section_on_another_topic_lends_no_cause_to_the_section_of_disasters() -> None:
    # a district's sector report: the forest fires of its forestry section are no cause of the damage its section on
    # disasters counts three sections later
    text = ("4. Lâm nghiệp: Trong năm xảy ra 02 vụ cháy rừng, diện tích bị cháy 3,1 ha.\n"
            "5. Văn hóa: Tổ chức 12 hội diễn văn nghệ.\n"
            "6. Phòng, chống thiên tai: Mùa mưa năm 2026 có 9 nhà bị sập hoàn toàn, 21 nhà bị hư hỏng.")
    routed = route_in_text(text, "9")
    assert routed.table == "disasters" and routed.fields["hazards"] == []  # disasters, of no kind said
    # near-miss: a section of the same story, labelled by a kind of damage, still lends its cause to the next one
    text = ("Do ảnh hưởng của bão số 4, trên địa bàn tỉnh có mưa to.\n"
            "1. Về người: cây đổ làm 2 người bị thương.\n"
            "2. Về nhà ở: 9 nhà bị sập hoàn toàn.")
    assert "storm" in route_in_text(text, "9").fields["hazards"]


def test_a_count_said_to_happen_then_its_damage_verb_hit_the_figure() -> None:
    # "xảy ra 31 điểm sạt lở bờ kênh, làm 6 nhà bị sụp": the landslides that happened made the houses collapse, not
    # the whirlwind of the sentence before
    text = ("Đầu tháng 10/2027, dông lốc làm tốc mái 30 nhà. Trên địa bàn xã còn xảy ra 31 điểm sạt lở bờ kênh, làm "
            "6 nhà bị sụp xuống kênh.")
    assert route_in_text(text, "6").fields["hazards"] == ["landslide"]
    # near-miss: what happened that is no hazard lends none ("xảy ra 3 vụ tai nạn, làm 6 người bị thương")
    routed = route_in_text("Trong quý III/2027, trên địa bàn xã xảy ra 3 vụ tai nạn giao thông, làm 6 người bị thương.",
                           "6")
    assert routed is None or routed.table != "disasters"


def test_places_said_with_the_item_before_the_joint_are_that_items_own() -> None:
    # "4 trận mưa đá tại các xã A, B và 2 đợt dông lốc": the places are the hail's; the whirlwinds' are not said
    text = ("Trong tháng 3/2027, trên địa bàn huyện xảy ra 4 trận mưa đá tại các xã Tà Xùa, Háng Đồng và 2 đợt dông "
            "lốc gây tốc mái 18 nhà.")
    assert route_in_text(text, "4").fields["locations"] == ["Tà Xùa", "Háng Đồng"]
    assert route_in_text(text, "2").fields["locations"] == []
    # near-miss: places said before the first count are the whole clause's, each item's too
    text = ("Trong tháng 3/2027, tại các xã Tà Xùa, Háng Đồng xảy ra 4 trận mưa đá và 2 đợt dông lốc gây tốc mái 18 "
            "nhà.")
    assert route_in_text(text, "2").fields["locations"] == ["Tà Xùa", "Háng Đồng"]


def test_a_loss_right_after_the_sentence_telling_several_hazards_is_theirs_all() -> None:
    # "xảy ra 9 điểm sạt lở bờ sông ... và 3 trận lốc xoáy làm tốc mái 41 nhà. Thiệt hại ước ...": the loss of no
    # subject of its own sums what both did, not only the whirlwinds that acted last
    text = ("Từ đầu năm 2027 đến nay, trên địa bàn huyện xảy ra 9 điểm sạt lở bờ sông và 3 trận lốc xoáy làm tốc mái "
            "41 nhà. Thiệt hại ước khoảng 12,4 tỷ đồng.")
    assert set(route_in_text(text, "12,4").fields["hazards"]) == {"landslide", "whirlwind"}
    # near-miss: a loss with a sentence between keeps the statement's cause alone
    text = ("Từ đầu năm 2027 đến nay, trên địa bàn huyện xảy ra 9 điểm sạt lở bờ sông và 3 trận lốc xoáy làm tốc mái "
            "41 nhà. Lốc xoáy còn làm 2 người bị thương. Thiệt hại ước khoảng 12,4 tỷ đồng.")
    assert route_in_text(text, "12,4").fields["hazards"] == ["whirlwind"]


def test_semicolons_inside_the_brackets_of_a_count_of_kinds_part_no_damage() -> None:
    # "12 đợt thiên tai (2 cơn bão; 6 đợt mưa lớn; 4 trận dông lốc), làm 3 người chết": the semicolons part the kinds
    # the bracket lists, so the deaths are all the events', not the last kind's
    text = ("Năm 2026, trên địa bàn huyện xảy ra 12 đợt thiên tai (2 cơn bão; 6 đợt mưa lớn; 4 trận dông lốc), làm 3 "
            "người chết, 7 người bị thương.")
    assert set(route_in_text(text, "3").fields["hazards"]) == {"storm", "heavy_rain", "whirlwind"}
    assert set(route_in_text(text, "7").fields["hazards"]) == {"storm", "heavy_rain", "whirlwind"}
    # near-miss: a semicolon outside the brackets still parts the sentence ("...; dông lốc làm 7 người bị thương")
    text = ("Năm 2026, trên địa bàn huyện mưa lớn (kéo dài 3 ngày) làm 3 người chết; dông lốc làm 7 người bị "
            "thương.")
    assert route_in_text(text, "7").fields["hazards"] == ["whirlwind"]


def test_the_volume_of_landslide_spots_counted_by_their_verb_takes_their_cause() -> None:
    # "sạt lở 9 điểm trên tỉnh lộ, khối lượng khoảng 4.100 m3": the volume is the spots' earth, slid by what made them
    # slide (the bulletin's storm and rain), as their count is, not by the landslide alone
    text = ("Do ảnh hưởng của bão số 4, từ ngày 2-4/10/2026 trên địa bàn tỉnh có mưa to đến rất to.\n"
            "- Về giao thông: sạt lở 9 điểm trên các tuyến tỉnh lộ, khối lượng khoảng 4.100 m3.")
    rows = _disaster_rows(text)
    assert {"heavy_rain", "landslide"} <= set(rows[9]["hazards"])
    assert rows[4100]["hazards"] == rows[9]["hazards"]
    # near-miss: a volume after a cause of the sentence's own keeps that cause ("lũ quét gây sạt lở 9 điểm, khối lượng")
    text = ("Do ảnh hưởng của bão số 4, từ ngày 2-4/10/2026 trên địa bàn tỉnh có mưa to đến rất to.\n"
            "- Về giao thông: lũ quét gây sạt lở 9 điểm trên các tuyến tỉnh lộ, khối lượng khoảng 4.100 m3.")
    assert "flash_flood" in _disaster_rows(text)[4100]["hazards"]


def test_a_part_that_only_says_how_its_count_was_hit_takes_the_cause_its_sentence_named_before() -> None:
    # "mưa lớn kèm dông lốc làm tốc mái 22 nhà; sạt lở 7 điểm": the landslide part names no cause of its own; the
    # sentence's rain and wind, named before it, are nearer than the headline's hail
    text = ("Mưa đá gây thiệt hại tại xã Nậm Cắn\n\nTối 9/4/2027, trên địa bàn xã xảy ra mưa lớn kèm dông lốc làm tốc "
            "mái 22 nhà; sạt lở 7 điểm, tổng chiều dài 430 m.")
    rows = _disaster_rows(text)
    assert rows[7]["hazards"] == ["heavy_rain", "whirlwind", "landslide"]
    assert rows[0.43]["hazards"] == rows[7]["hazards"]
    # near-miss: a sentence whose only hazard is the part's own landslide lends none: the headline's event is the cause
    text = ("Mưa lớn gây thiệt hại tại xã Nậm Cắn\n\nTối 9/4/2027, trên địa bàn xã có 22 nhà bị hư hỏng; sạt lở 7 "
            "điểm, tổng chiều dài 430 m.")
    assert _disaster_rows(text)[7]["hazards"] == ["heavy_rain", "landslide"]


def test_a_roads_number_between_landslide_spots_and_their_volume_is_no_count() -> None:
    # "sạt lở 5 điểm trên tỉnh lộ 279, khối lượng khoảng 1.800 m3": the 279 names the road; the volume is still the
    # spots' earth, slid by what made them slide
    text = ("Do ảnh hưởng của bão số 2, từ ngày 20-22/7/2027 trên địa bàn tỉnh có mưa to đến rất to.\n"
            "- Về giao thông: sạt lở 5 điểm trên tỉnh lộ 279, khối lượng khoảng 1.800 m3.")
    rows = _disaster_rows(text)
    assert rows[1800]["hazards"] == rows[5]["hazards"] and "heavy_rain" in rows[1800]["hazards"]
    # near-miss: a count of something else between them keeps the volume its own clause's ("3 nhà bị vùi lấp" is no
    # road's name)
    text = ("Do ảnh hưởng của bão số 2, từ ngày 20-22/7/2027 trên địa bàn tỉnh có mưa to đến rất to.\n"
            "- Về giao thông: sạt lở 5 điểm, 3 nhà bị vùi lấp, khối lượng khoảng 1.800 m3.")
    assert "landslide" in _disaster_rows(text)[1800]["hazards"]


def test_salt_blamed_as_its_level_after_do_is_the_intrusion() -> None:
    # "do độ mặn cao": the salt's level named as the cause, read after its "do", is the intrusion (drought)
    shrimp = route_in_text("Vụ này có 86 ha tôm sú bị chết do độ mặn tăng cao đột ngột.", "86")
    assert shrimp.table == "disasters" and shrimp.fields["impact"] == "aquaculture"
    assert shrimp.fields["hazards"] == ["drought"]
    # near miss: a count of the salinity's level is not blamed on anything
    assert route_in_text("Độ mặn đo tại 14 trạm quan trắc đều vượt ngưỡng.", "14") is None


def test_how_far_the_salt_came_up_the_rivers_is_no_damage() -> None:
    text = ("Trong tháng, xâm nhập mặn gia tăng, ranh mặn 4‰ trên sông Tiền vào sâu khoảng 58 km, trên sông "
            "Hậu khoảng 49 km so với cửa sông.")
    assert route_in_text(text, "58") is None
    assert route_in_text(text, "49") is None
    # near miss: a canal's length the salt spoiled is damage
    canals = route_in_text("Do xâm nhập mặn, có 23 km kênh nội đồng bị nhiễm mặn không thể lấy nước.", "23")
    assert canals.table == "disasters" and canals.fields["impact"] == "infrastructure"


def test_what_the_cold_made_people_do_is_the_cold_spells_harm() -> None:
    cold = ("Đợt rét hại kéo dài từ ngày 6/1, nhiệt độ tại Mẫu Sơn xuống -1 độ C, có băng giá. Về người: 02 người "
            "tử vong do ngạt khí khi đốt than sưởi ấm tại xã Mẫu Sơn; 05 người bị thương do trượt ngã trên mặt đường "
            "đóng băng.")
    dead = route_in_text(cold, "02")
    assert dead.table == "disasters" and dead.fields["impact"] == "deaths" and dead.fields["hazards"] == ["cold"]
    hurt = route_in_text(cold, "05")
    assert hurt.table == "disasters" and hurt.fields["impact"] == "injured"
    # near misses: another cause in the same cold text, and warmth sought in a text about no cold spell
    assert route_in_text(cold.replace("ngạt khí khi đốt than sưởi ấm", "ngộ độc rượu"), "02") is None
    storm = ("Bão số 4 gây mưa lớn, làm 3 nhà bị tốc mái. Về người: 02 người tử vong do ngạt khí khi đốt than "
             "trong nhà kín.")
    assert route_in_text(storm, "02") is None


def test_a_place_with_its_part_in_brackets_is_not_the_whole_counts_place() -> None:
    text = "Đợt rét làm chết 960 con trâu, bò, tập trung tại xã Tả Van (312 con)."
    assert route_in_text(text, "960").fields["locations"] == []
    assert route_in_text(text, "312").fields["locations"] == ["Tả Van"]
    # near miss: a bracket detailing how the count was hit leaves the count at its place
    houses = route_in_text("Lốc xoáy làm 45 nhà bị hư hỏng tại xã Tả Van (9 nhà bị tốc mái hoàn toàn).", "45")
    assert houses.fields["locations"] == ["Tả Van"]


def test_cages_at_sea_carried_off_in_a_storm_are_the_storms_alone() -> None:
    sea = route_in_text("Cơn bão số 9 làm 640 lồng nuôi cá bớp trên vịnh bị sóng đánh cuốn trôi.", "640")
    assert sea.table == "disasters" and sea.fields["impact"] == "aquaculture" and sea.fields["hazards"] == ["storm"]
    # near miss: cages on a river, in the same storm's rain, were carried off by the flood
    river = route_in_text("Hoàn lưu bão số 9 gây mưa lớn, 75 lồng cá trên sông Đà bị cuốn trôi.", "75")
    assert "flood" in river.fields["hazards"]


def test_a_winds_force_before_the_damage_is_no_handout() -> None:
    # "gió giật cấp 11 làm ...": the wind's force, not "cấp" (hand out) the relief rule keeps out
    text = "Bão số 9 đổ bộ với gió giật cấp 11 làm 36 nhà bị tốc mái."
    assert route_in_text(text, "36").fields["impact"] == "houses_damaged"
    # near miss: relief handed out stays out
    assert route_in_text("Huyện đã cấp 36 tấn gạo cho các hộ bị thiệt hại do bão số 9.", "36") is None


def test_farmland_named_by_its_ground_lost_to_erosion_is_crops() -> None:
    lost = route_in_text("Sạt lở bờ sông Lô làm mất khoảng 3.400 m2 đất canh tác của 9 hộ dân.", "3.400")
    assert lost.table == "disasters" and lost.fields["impact"] == "crops"
    # near miss: residential land lost is of no impact the contract names
    assert route_in_text("Sạt lở bờ sông Lô làm mất khoảng 3.400 m2 đất ở của 9 hộ dân.", "3.400") is None


def test_rows_of_a_table_of_communes_run_into_one_sentence_keep_each_its_own_commune() -> None:
    # a caption, then one line per commune with no mark ending it: the clean text runs the lines into one sentence;
    # each figure is at the commune whose label opens its own line, its later figures on the line too
    text = ("UBND TỈNH YÊN BÁI\nBÁO CÁO\nThiệt hại do mưa lũ tháng 9 năm 2026\n\n"
            "Bảng 2. Thiệt hại do lũ tại các xã\n"
            "Xã Phong Dụ: 8 nhà bị ngập, 6 ha ngô bị vùi lấp\n"
            "Xã An Lương: 4 nhà bị cuốn trôi, 11 ha lúa bị hư hại\n")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "x.txt")) if r["table"] == "disasters"]
    assert [(r["value"], r["locations"]) for r in rows] == [
        (8, ["Phong Dụ"]), (6, ["Phong Dụ"]), (4, ["An Lương"]), (11, ["An Lương"])]
    assert all(r["hazards"][0] == "flood" for r in rows)


def test_a_commune_named_inside_a_sentence_is_no_row_label() -> None:
    # (near miss) the communes a sentence names after "các xã" are no label opening a row: the figures after the
    # colon stay at them all
    text = "Mưa lũ tại các xã Phong Dụ và An Lương: 5 nhà bị ngập, 3 ha lúa bị hư hại."
    assert route_in_text(text, "3").fields["locations"] == ["Phong Dụ", "An Lương"]


def test_the_list_in_brackets_of_a_counts_parts_ends_with_its_bracket() -> None:
    # the parts of the deaths by commune do not take the cause the next item of the sentence gives its own count
    text = ("Bão số 4 đổ bộ vào đất liền. Về người: 3 người chết (xã Gio Linh 2 người, xã Cam Lộ 1 người), "
            "2 người mất tích do bị lũ cuốn trôi.")
    assert [route_in_text(text, token).fields["hazards"] for token in ("3", "2", "1")] == [["storm"]] * 3
    # (near miss) the item after the bracket keeps its own cause
    assert route_in_text(text, "2", 2).fields["hazards"] == ["flood"]


def test_a_count_right_after_a_colon_that_ends_a_clause_naming_several_places_is_at_them_all() -> None:
    text = "Dông lốc tại các xã Bản Lầu, Mường Khương và Pha Long: 17 nhà bị tốc mái."
    assert route_in_text(text, "17").fields["locations"] == ["Bản Lầu", "Mường Khương", "Pha Long"]
    # (near miss) a part after a semicolon labelled by one place is at that place alone
    text = "Dông lốc làm 4 nhà bị tốc mái tại xã Bản Lầu; xã Pha Long: 17 nhà bị tốc mái."
    assert route_in_text(text, "17").fields["locations"] == ["Pha Long"]


def test_a_wards_numbered_row_run_into_the_sentence_is_at_that_ward_for_its_later_figures_too() -> None:
    text = ("Thiệt hại do triều cường tại các phường Phường 5: 26 nhà bị ngập, 3 ha rau màu bị hư hại "
            "Phường 9: 14 nhà bị ngập, 6 ha rau màu bị hư hại")
    assert [route_in_text(text, token).fields["locations"] for token in ("26", "3", "14", "6")] == [
        ["Phường 5"], ["Phường 5"], ["Phường 9"], ["Phường 9"]]


def test_a_roads_name_after_the_place_opens_the_next_clause() -> None:
    # "Quốc lộ", "Tỉnh lộ", "Đường tỉnh": one capital word going on in lower case is a road's name, no place
    assert locations_in("Mưa lớn gây sạt lở tại xã Nà Hẩu, Quốc lộ 279 sạt lở 9 điểm.") == ["Nà Hẩu"]
    assert locations_in("Tại huyện Văn Bàn, Tỉnh lộ 151 bị sạt lở.") == ["Văn Bàn"]
    assert locations_in("ngập tại thôn Khe Lếch, xã Dương Quỳ, Đường huyện 12 bị chia cắt") == ["Dương Quỳ"]
    # near-miss: a later commune's name of two capital words, or with its kind, stays a place
    assert locations_in("tại xã Nà Hẩu, Mỏ Vàng bị ngập") == ["Nà Hẩu", "Mỏ Vàng"]
    assert locations_in("tại xã Nà Hẩu và xã Châu Quế bị ngập") == ["Nà Hẩu", "Châu Quế"]


def test_the_kind_said_again_capitalised_before_each_name() -> None:
    assert locations_in("hư hỏng 20 nhà tại các xã Xã Tân An, Xã Hòa Bình") == ["Tân An", "Hòa Bình"]
    assert locations_in("tại các huyện  Huyện Mường Tè và Huyện Sìn Hồ") == ["Mường Tè", "Sìn Hồ"]
    # near-miss: a ward's number keeps its kind
    assert locations_in("tại Phường 7 và Phường 8") == ["Phường 7", "Phường 8"]


def test_a_bare_sub_heading_under_the_section_on_the_damage_keeps_the_event_s_cause() -> None:
    text = (
        "Báo cáo nhanh thiệt hại do mưa lũ, sạt lở đất tại tỉnh Hà Giang\n\n"
        "I. TÌNH HÌNH MƯA LŨ\nTừ ngày 2/8 đến 4/8/2026 có mưa to, lũ trên các sông suối.\n\n"
        "II. TÌNH HÌNH THIỆT HẠI\n1. Về người: 3 người chết.\n"
        "2. Thủy sản\n4,5 ha ao cá bị vỡ bờ.\n"
        "3. Giao thông, thủy lợi\nĐường tỉnh 176 bị sạt lở 5 điểm; 06 công trình thủy lợi bị ảnh hưởng.\n"
        "4. Ước thiệt hại về kinh tế: khoảng 96 tỷ đồng."
    )
    found = damage(text)  # (the bare "3. Giao thông, thủy lợi" lent the landslide nothing: the rest went to indicators)
    assert {"heavy_rain", "flood"} <= found[6][1] and {"heavy_rain", "flood"} <= found[96e9][1]
    assert found[5][1] >= {"heavy_rain", "flood", "landslide"}
    # (near miss) a bare sub-heading under a section on something else still stops the cause
    report = (
        "I. KINH TẾ\n1. Thiên tai\nTrong tháng, mưa lớn làm 15 nhà bị hư hỏng.\n\n"
        "II. VĂN HÓA - XÃ HỘI\n1. Y tế\nTrong kỳ có 7 trẻ em bị đuối nước."
    )
    assert set(damage(report)) == {15}


def test_a_length_after_a_count_whose_verb_stands_before_it_is_hit_as_that_count() -> None:
    text = "Hạn mặn kéo dài. Tỉnh lộ 902 sạt lở 6 điểm, tổng chiều dài khoảng 280 m."
    assert route_in_text(text, "280").fields["hazards"] == route_in_text(text, "6").fields["hazards"]
    assert "landslide" in route_in_text(text, "280").fields["hazards"]
    # (near miss) the verb of an earlier count is not the last count's: the length of the bridges is no landslide's
    text = "Lũ làm sạt lở 4 điểm, 12 cầu tràn bị hư hỏng, tổng chiều dài 300 m."
    assert route_in_text(text, "300").fields["hazards"] == ["flood"]


def test_a_title_s_landslide_before_the_date_of_the_event_is_a_cause_of_every_row() -> None:
    text = (
        "BÁO CÁO NHANH\nThiệt hại do mưa lũ, sạt lở đất ngày 3/9/2026 tại tỉnh Yên Bái\n\n"
        "Về người: 2 người chết.\nVề nhà ở: 19 nhà bị hư hỏng.\nVề nông nghiệp: 40 ha lúa bị thiệt hại."
    )
    found = damage(text)
    assert found[2][1] == found[19][1] == found[40][1] and "landslide" in found[19][1]
    # (near miss) a landslide counted by its own number is still the spots' damage alone, no cause of the works after
    text = "Mưa lớn kéo dài.\n\nTrên các tuyến đường, sạt lở 37 điểm.\n\n14 công trình thủy lợi bị hư hỏng."
    assert "landslide" not in damage(text)[14][1]


def test_a_volume_run_on_by_a_bare_voi_is_hit_as_the_landslide_s_count() -> None:
    text = "Mưa lũ kéo dài. Tỉnh lộ 153 sạt lở 5 điểm với khoảng 900 m3 đất đá."
    assert route_in_text(text, "900").fields["hazards"] == route_in_text(text, "5").fields["hazards"]
    assert {"flood", "landslide"} <= set(route_in_text(text, "900").fields["hazards"])
    # (near miss) a landslide that acts ("làm vùi lấp") is the cause of its volume, the rain before lends nothing
    text = "Mưa lũ kéo dài. Sạt lở đất làm vùi lấp 2 nhà, với khoảng 300 m3 đất đá."
    assert route_in_text(text, "300").fields["hazards"] == ["landslide"]


def test_a_counted_landslide_earlier_in_the_sentence_is_no_cause_of_the_works_after_its_semicolon() -> None:
    text = "Mưa lũ kéo dài. Đường tỉnh 160 sạt lở 6 điểm với khoảng 800 m3 đất đá; 03 công trình thủy lợi bị hư hỏng."
    assert route_in_text(text, "03").fields["hazards"] == ["heavy_rain", "flood"]
    # (near miss) a landslide that acts on something ("làm vùi lấp") is the cause of the parts after it
    text = "Mưa lũ kéo dài. Sạt lở 3 điểm làm vùi lấp 2 nhà; 4 công trình thủy lợi bị hư hỏng."
    assert route_in_text(text, "4").fields["hazards"] == ["landslide"]


def test_a_weather_heading_under_a_title_of_more_hazards_takes_the_title_s() -> None:
    text = (
        "BÁO CÁO NHANH\nThiệt hại do mưa lũ, lũ quét, sạt lở đất từ ngày 5/8/2027 tại tỉnh Tuyên Quang\n\n"
        "I. TÌNH HÌNH MƯA LŨ\nTừ đêm 5/8 đến ngày 7/8 có mưa to, lượng mưa phổ biến 120-200 mm.\n\n"
        "II. TÌNH HÌNH THIỆT HẠI\n1. Về người: 4 người chết.\n2. Về nhà ở: 31 nhà bị hư hỏng.\n"
        "3. Giao thông: sạt lở 17 điểm trên các tuyến đường."
    )
    found = damage(text)
    assert found[4][1] == found[31][1] == found[17][1]
    assert "landslide" in found[4][1]
    # (near miss) a title that does not hold the heading's hazards lends none: the heading's event stands
    text = (
        "BÁO CÁO NHANH\nThiệt hại do sạt lở đất ngày 5/8/2027 tại tỉnh Tuyên Quang\n\n"
        "I. TÌNH HÌNH MƯA LŨ\nTừ đêm 5/8 đến ngày 7/8 có mưa to, lũ trên các sông suối.\n\n"
        "II. TÌNH HÌNH THIỆT HẠI\n1. Về người: 4 người chết."
    )
    assert "landslide" not in damage(text)[4][1]
    # (near miss) a title of several events adds none of the others to a section's: each heading keeps its own
    text = (
        "BÁO CÁO\nThiệt hại do dông lốc, mưa đá, mưa lớn tháng 5/2026\n\n"
        "1. Dông lốc kèm mưa đá chiều 9/5/2026:\nCó 48 nhà bị tốc mái.\n\n"
        "2. Mưa lớn ngày 22/5/2026:\nLàm 3 người chết."
    )
    found = damage(text)
    assert "heavy_rain" not in found[48][1] and "whirlwind" not in found[3][1]


def test_a_verb_after_and_is_the_next_counts_own() -> None:
    # "làm chết 1 người và làm bị thương 2 người": the verb after "và" stands before the next count, the first count's
    # verb is the one before it
    for text, token, impact in (
        ("Sét đánh chiều 5/6/2026 làm chết 1 người và làm bị thương 2 người.", "1", "deaths"),
        ("Lốc xoáy ngày 2/5/2026 làm mất tích 1 người và bị thương 4 người.", "1", "missing"),
        ("Sét đánh chiều 5/6/2026 làm chết 1 người và làm bị thương 2 người.", "2", "injured"),
    ):
        assert route_in_text(text, token).fields["impact"] == impact, text
    # near-miss: people whose own words come after "và" and their own count keep them
    text = "Lốc xoáy ngày 2/5/2026 làm 3 người và 2 học sinh bị thương."
    assert route_in_text(text, "3").fields["impact"] == "injured"


def test_fields_said_short_of_water_after_hien_co_are_hit() -> None:
    # "hiện có 3.200 ha lúa thiếu nước": what a drought leaves standing dry is its damage, not a stock of fields
    text = "Do nắng hạn kéo dài, đến nay toàn huyện Ia Pa hiện có 1.850 ha lúa thiếu nước, 420 ha bị khô hạn."
    routed = route_in_text(text, "1.850")
    assert routed.table == "disasters" and routed.fields["impact"] == "crops"
    # near-miss: the fields a place has, with nothing said to befall them, stay no damage
    text = "Do nắng hạn kéo dài, huyện Ia Pa chủ động điều tiết nước; toàn huyện hiện có 1.850 ha lúa đang sinh trưởng."
    routed = route_in_text(text, "1.850")
    assert routed is None or routed.table != "disasters"


def test_the_rest_still_searched_for_after_bodies_found_are_missing() -> None:
    # "đã tìm thấy thi thể 2 người, còn 1 người đang tiếp tục tìm kiếm": the search goes on for the rest of the lost
    text = ("Lũ quét đêm 14/8/2026 làm 3 người mất tích tại xã Nậm Pồ. Đến nay đã tìm thấy thi thể 2 người, còn 1 "
            "người đang tiếp tục tìm kiếm.\n")
    assert _disaster_rows(text)[1.0]["impact"] == "missing"
    # near-miss: the rest of a team still searching are rescuers, not the lost
    text = ("Lũ quét đêm 14/8/2026 làm 3 người mất tích tại xã Nậm Pồ. Sau 2 ngày, lực lượng chức năng đã rút bớt, còn "
            "45 người đang tiếp tục tìm kiếm.\n")
    assert 45.0 not in _disaster_rows(text)


def test_a_commune_after_a_word_ending_in_o_is_kept() -> None:
    # "sạt lở bờ sông tại xã A, huyện B": the "ở" that ends "lở" is no "ở" of a place, the commune is not a village
    text = "Mưa lớn đêm 2/10/2026 gây sạt lở bờ sông tại xã Tân Hòa, huyện Lai Vung dài khoảng 150 m.\n"
    assert _disaster_rows(text)[0.15]["locations"] == ["Tân Hòa", "Lai Vung"]
    # near-miss: "ở" as a word still says where
    text = "Mưa lớn đêm 2/10/2026 làm 2 người ở xã Tân Hòa, huyện Lai Vung bị thương.\n"
    assert _disaster_rows(text)[2.0]["locations"] == ["Tân Hòa", "Lai Vung"]


def test_a_place_said_as_the_area_of_a_district_is_kept() -> None:
    # "tại khu vực huyện A": the area of a district is at the district
    text = "Chiều 12/4/2026, mưa đá xảy ra tại khu vực huyện Mèo Vạc làm 38 nhà bị tốc mái.\n"
    assert _disaster_rows(text)[38.0]["locations"] == ["Mèo Vạc"]
    # near-miss: an area named by no kind of place is no place of the facts
    text = "Chiều 12/4/2026, mưa đá xảy ra tại khu vực Cao nguyên đá làm 38 nhà bị tốc mái.\n"
    assert _disaster_rows(text)[38.0]["locations"] == []


def test_houses_carried_down_into_the_river_by_a_bank_slide_are_no_flood() -> None:
    # "sạt lở bờ sông cuốn trôi 3 căn nhà xuống sông": the bank gave way under the houses, no flood carried them
    text = "Sạt lở bờ sông Hậu đêm 9/10/2026 cuốn trôi 4 căn nhà xuống sông tại xã Long Điền.\n"
    assert _disaster_rows(text)[4.0]["hazards"] == ["landslide"]
    # near-miss: houses carried off with no river they fell into keep the flood
    text = "Sạt lở đất đêm 9/10/2026 cuốn trôi 4 căn nhà tại xã Long Điền.\n"
    assert "flood" in _disaster_rows(text)[4.0]["hazards"]


def test_people_struck_before_a_verb_of_the_next_count_are_not_dead() -> None:
    # "sét đánh trúng 2 người và làm chết 3 con bò": the verb after "và" is the animals', the people were struck, no one
    # said dead (nor hurt)
    text = "Chiều 3/7/2026, sét đánh trúng 3 người và làm chết 2 con trâu tại xã Tân Lập.\n"
    rows = _disaster_rows(text)
    assert rows[2.0]["impact"] == "livestock" and 3.0 not in rows
    # near-miss: people and animals counted before one verb share it
    text = "Chiều 3/7/2026, sét đánh làm 3 người và 2 con trâu chết tại xã Tân Lập.\n"
    assert _disaster_rows(text)[3.0]["impact"] == "deaths"


def test_places_said_in_the_next_sentence_about_the_event_are_its_own() -> None:
    # "Các vụ cháy tập trung tại các xã A, B": a sentence right after that only says where the events were
    text = ("Mùa khô 2026-2027, toàn tỉnh xảy ra 7 vụ cháy rừng, thiệt hại 18,5 ha. Các vụ cháy chủ yếu xảy ra tại các "
            "xã Kon Plông, Đăk Tô 2 và phường Ngọc Bay.\n")
    rows = _disaster_rows(text)
    assert rows[7.0]["locations"] == rows[18.5]["locations"] == ["Kon Plông", "Đăk Tô 2", "Ngọc Bay"]
    # near-miss: a next sentence with counts of its own keeps its places to them
    text = ("Mùa khô 2026-2027, toàn tỉnh xảy ra 7 vụ cháy rừng, thiệt hại 18,5 ha. Riêng tại xã Kon Plông xảy ra 3 vụ "
            "cháy.\n")
    assert _disaster_rows(text)[7.0]["locations"] == []
    # near-miss: nor does a sentence on what was done there say where the events were
    text = ("Mùa khô 2026-2027, toàn tỉnh xảy ra 7 vụ cháy rừng, thiệt hại 18,5 ha. Đoàn công tác đã kiểm tra tại xã "
            "Kon Plông.\n")
    assert _disaster_rows(text)[7.0]["locations"] == []



def test_places_said_in_the_sentence_before_that_states_the_event_are_its_own() -> None:
    # "Trận động đất làm ...": a damage sentence that opens on the event by its kind is at the places of the sentence
    # before, which stated the event and counted nothing
    text = ("Rạng sáng 14/3/2026, tại xã Đăk Pxi xảy ra một trận động đất mạnh 3,9 độ. Trận động đất làm 5 nhà bị nứt "
            "tường.\n")
    assert _disaster_rows(text)[5.0]["locations"] == ["Đăk Pxi"]
    text = ("Ngày 2/10/2027, mưa lớn kéo dài trên địa bàn các xã Trà Bồng, Sơn Tây. Đợt mưa lớn đã gây 9 điểm sạt "
            "lở.\n")
    assert _disaster_rows(text)[9.0]["locations"] == ["Trà Bồng", "Sơn Tây"]
    text = "Đêm 18/6/2027, lũ quét xuất hiện tại xã Nà Hỳ. Trận lũ quét đã cuốn trôi 4 nhà.\n"
    assert _disaster_rows(text)[4.0]["locations"] == ["Nà Hỳ"]
    # (so too one that opens on the hazard by its word: "Mưa lớn đã gây ...", the rain just placed)
    text = "Ngày 2/10/2027, mưa lớn kéo dài trên địa bàn xã Trà Bồng. Mưa lớn đã gây 9 điểm sạt lở.\n"
    assert _disaster_rows(text)[9.0]["locations"] == ["Trà Bồng"]
    # near-miss: a damage sentence that opens on anything else does not take the places before
    text = "Ngày 2/10/2027, mưa lớn kéo dài trên địa bàn xã Trà Bồng. Đường tỉnh 622 bị sạt lở 9 điểm.\n"
    assert _disaster_rows(text)[9.0]["locations"] == []
    # near-miss: nor from a sentence before that counts damage of its own, nor one that states no event
    text = "Ngày 2/10/2027, tại xã Trà Bồng có 3 nhà bị ngập. Đợt mưa lớn đã gây 9 điểm sạt lở.\n"
    assert _disaster_rows(text)[9.0]["locations"] == []
    text = "Ngày 2/10/2027, đoàn công tác đã kiểm tra tại xã Trà Bồng. Đợt mưa lớn đã gây 9 điểm sạt lở.\n"
    assert _disaster_rows(text)[9.0]["locations"] == []


def test_a_ward_named_with_a_dash_keeps_both_parts() -> None:
    # "phường Cam Ly - Đà Lạt": a 2025 ward's name of two parts joined by a dash is one name
    assert locations_in("sạt lở đất tại phường Cam Ly - Đà Lạt làm 2 nhà bị sập") == ["Cam Ly - Đà Lạt"]
    # near-miss: neither a kind of place after the dash nor a province is a part of the name
    assert locations_in("ngập úng tại xã Đạ Huoai - Huyện Đạ Tẻh") == ["Đạ Huoai"]
    assert locations_in("ngập úng tại xã Tà Hine - Lâm Đồng") == ["Tà Hine"]


def test_a_thunderstorm_said_with_its_lightning_is_no_whirlwind() -> None:
    # "mưa dông kèm sét": the lightning is what the thunderstorm brought; what it did to people is the lightning's
    text = "Chiều 9/5/2027, mưa dông kèm sét làm 2 người bị thương tại xã Nậm Cắn.\n"
    assert _disaster_rows(text)[2.0]["hazards"] == ["lightning"]
    # ... but what its gusts threw down is the wind's too
    text = "Chiều 9/5/2027, mưa dông kèm sét làm 2 người bị thương, 6 nhà bị tốc mái tại xã Nậm Cắn.\n"
    assert sorted(_disaster_rows(text)[6.0]["hazards"]) == ["lightning", "whirlwind"]
    # near-miss: a thunderstorm with no lightning said stays the gusts' (whirlwind), and so does one with its "lốc"
    text = "Chiều 9/5/2027, mưa dông làm 6 nhà bị hư hỏng tại xã Nậm Cắn.\n"
    assert _disaster_rows(text)[6.0]["hazards"] == ["whirlwind"]
    text = "Chiều 9/5/2027, mưa dông kèm lốc, sét làm 2 người bị thương tại xã Nậm Cắn.\n"
    assert "whirlwind" in _disaster_rows(text)[2.0]["hazards"]


def test_places_where_others_gathered_after_an_event_are_not_its_own() -> None:
    # near-miss of the places said next: those the sentence says others went to are no place of the events
    text = ("Mùa khô 2026-2027, toàn tỉnh xảy ra 7 vụ cháy rừng, thiệt hại 18,5 ha. Lực lượng kiểm lâm tập trung tại "
            "xã Kon Plông để tuần tra.\n")
    assert _disaster_rows(text)[7.0]["locations"] == []
    # ... but the damage said to be there is the rows'
    text = ("Mưa lớn kéo dài làm sạt lở 14 điểm taluy, 23 nhà bị hư hỏng. Thiệt hại tập trung chủ yếu ở các xã Lâm "
            "Bình và Minh Quang.\n")
    assert _disaster_rows(text)[23.0]["locations"] == ["Lâm Bình", "Minh Quang"]


def test_weather_a_place_had_is_the_cause_of_the_damage_listed_after_it() -> None:
    # "trên địa bàn huyện có dông lốc": the weather the place had, stated as "xảy ra" states it, is what hit the things
    # the lines below count, though that sentence counts no damage of its own
    text = ("Chiều 14/6/2027, trên địa bàn huyện Mường Tè có dông lốc kèm mưa to.\nThiệt hại ghi nhận như sau:\n"
            "- 4 người bị thương tại bản Pa Ủ.\n- 37 nhà bị hư hỏng.\n")
    rows = _disaster_rows(text)
    assert rows[4.0]["impact"] == "injured" and "whirlwind" in rows[4.0]["hazards"]
    assert "whirlwind" in rows[37.0]["hazards"]
    # near-miss: weather a forecast says a place will have ("Dự báo ... có dông lốc") tells of no event
    text = ("Dự báo chiều 14/6/2027, trên địa bàn huyện Mường Tè có dông lốc kèm mưa to.\nThiệt hại ghi nhận như sau:\n"
            "- 4 người bị thương tại bản Pa Ủ.\n")
    assert 4.0 not in _disaster_rows(text)


def test_houses_made_to_move_in_a_list_led_in_by_a_label_of_damage_or_a_hazard_are_houses_hit() -> None:
    # "Thiệt hại:" on its own line over "- N nhà phải di dời": the label says the items are the damage, so the houses
    # that must move are houses hit, as when the label and the items share a line
    text = ("Sáng 3/9/2027, tại huyện Trạm Tấu xảy ra lũ quét.\nThiệt hại:\n- 5 nhà bị cuốn trôi;\n"
            "- 28 nhà phải di dời khẩn cấp;\n")
    assert _disaster_rows(text)[28.0]["impact"] == "houses_damaged"
    # ... and so under a label that names the hazard alone, the houses beside a count of houses hit in its item
    text = "Tỉnh Yên Bái, tháng 9/2027.\n2. Sạt lở đất:\n- 9 nhà bị vùi lấp, 33 nhà phải di dời.\n"
    assert _disaster_rows(text)[33.0]["impact"] == "houses_damaged"
    # near-miss: a label of the response to the hazard leads no list of damage
    text = "Tỉnh Yên Bái, tháng 9/2027.\nCông tác ứng phó với sạt lở đất:\n- 33 nhà phải di dời.\n"
    assert 33.0 not in _disaster_rows(text)


def test_a_place_that_opens_its_clause_as_the_subject_of_the_damage_is_where_it_was() -> None:
    # "Xã A bị thiệt hại nặng nhất với N": the place the clause is about, though no "tại" or "ở" names it
    text = "Lốc xoáy chiều 2/5/2027 làm 96 nhà bị tốc mái. Xã Tân Hòa bị thiệt hại nặng nhất với 41 nhà.\n"
    assert _disaster_rows(text)[41.0]["locations"] == ["Tân Hòa"]
    text = "Lốc xoáy chiều 2/5/2027 làm 96 nhà bị tốc mái. Nhiều nhất là xã Tân Hòa với 41 nhà.\n"
    assert _disaster_rows(text)[41.0]["locations"] == ["Tân Hòa"]
    # near-miss: a city that is a province is no place of the table's (districts and communes only)
    text = "Lốc xoáy chiều 2/5/2027 làm 96 nhà bị tốc mái. Thành phố Cần Thơ bị thiệt hại 41 nhà.\n"
    assert _disaster_rows(text)[41.0]["locations"] == []


def test_a_bare_area_of_a_sentence_opening_on_a_place_details_the_crops_hit_before() -> None:
    # "Huyện A có N ha bị thiệt hại" after a sentence of crops hit: the place's part of that area, crops too
    text = "Hạn mặn đầu năm 2027 làm 3.150 ha lúa bị thiệt hại. Huyện Gò Công Đông có 940 ha bị thiệt hại.\n"
    assert _disaster_rows(text)[940.0]["impact"] == "crops"
    # near-miss: with no crops named before, a bare area names nothing hit
    text = "Hạn mặn đầu năm 2027 làm 120 hộ thiếu nước. Huyện Gò Công Đông có 940 ha bị thiệt hại.\n"
    assert 940.0 not in _disaster_rows(text)


def test_the_first_place_of_a_list_opened_by_gom_or_la_takes_its_bracketed_part() -> None:
    # "tại 3 xã gồm A (8 nhà), B (5 nhà)": the first place follows "gồm" (or "là các xã"), not a comma
    text = "Lốc xoáy làm tốc mái nhà ở 3 xã gồm Tả Van (8 nhà), Bản Hồ (5 nhà) và Lao Chải (2 nhà)."
    assert _places(text)[8.0] == ["Tả Van"]
    text = "Mưa đá làm 700 ha ngô bị dập. Nặng nhất là các xã Sín Chéng (310 ha), Nàn Sín (190 ha)."
    assert _places(text)[310.0] == ["Sín Chéng"]
    # a name whose last word is "Có" keeps it (a lower-case "có" alone is the verb before the count)
    assert _places("Lũ làm 20 nhà bị ngập gồm các xã Nậm Có (11 nhà), Mồ Dề (9 nhà).")[11.0] == ["Nậm Có"]
    assert _places("Lũ làm 20 nhà bị ngập, trong đó xã Mồ Dề có 9 nhà.")[9.0] == ["Mồ Dề"]
    # near-miss: a province after "gồm" is no place of the facts
    assert _places("Bão làm 20 nhà bị sập, gồm Quảng Trị (12 nhà), Huế (8 nhà).")[12.0] == []


def test_people_hurt_fleeing_the_event_are_its_casualties() -> None:
    # "bị thương do hoảng loạn / chen lấn": the panic or crush of fleeing is the event's harm, not another cause
    text = "Dư chấn mạnh lúc rạng sáng làm 9 nhà bị nứt tường. Có 4 người bị thương do hoảng sợ chạy ra khỏi nhà."
    assert _disaster_rows(text)[4.0]["impact"] == "injured"
    text = "Lũ quét tràn về bản lúc nửa đêm, 2 người bị thương do chen lấn khi sơ tán."
    assert _disaster_rows(text)[2.0]["impact"] == "injured"
    # near-miss: a cause of no event's stays another cause
    text = "Dư chấn mạnh lúc rạng sáng làm 9 nhà bị nứt tường. Có 4 người bị thương do tai nạn giao thông."
    assert 4.0 not in _disaster_rows(text)


def test_the_bare_area_a_ground_fire_or_a_forest_fire_burnt_before_its_place_is_forest() -> None:
    # "vụ cháy thảm cỏ, cây bụi làm thiệt hại N ha tại xã A": a fire of the ground cover is a forest fire, and an
    # area with only its place after it is as bare as one that ends the clause
    text = "Chiều 3/4/2027 xảy ra vụ cháy thảm cỏ, lau lách làm thiệt hại 2,7 ha tại xã Sơn Kim."
    row = _disaster_rows(text)[2.7]
    assert (row["impact"], row["hazards"], row["locations"]) == ("forest", ["wildfire"], ["Sơn Kim"])
    text = "Tháng 4/2027 xảy ra 2 vụ cháy rừng, làm thiệt hại 5,1 ha ở xã Hòa Bắc."
    assert _disaster_rows(text)[5.1]["impact"] == "forest"
    # near-miss: an area with its own crop after it keeps that crop
    text = "Tháng 4/2027 xảy ra 2 vụ cháy rừng, lan sang làm thiệt hại 5,1 ha mía ở xã Hòa Bắc."
    assert _disaster_rows(text)[5.1]["impact"] == "crops"


def test_damage_after_an_incident_of_no_hazard_is_that_incidents() -> None:
    # the fire of a warehouse, a logging offence: their damage takes no hazard a later paragraph names
    warehouse = (
        "Đêm 3/6 xảy ra 1 vụ cháy kho hàng tại khu công nghiệp, làm 1 người bị thương. Thiệt hại khoảng 900 triệu "
        "đồng.\n\nĐầu tháng, mưa to kèm lốc làm 8 nhà bị tốc mái."
    )
    found = damage(warehouse)
    assert 1 not in found and 900e6 not in found
    assert found[8] == ("houses_damaged", {"heavy_rain", "whirlwind"})
    offence = (
        "Kiểm lâm lập biên bản 9 vụ khai thác trái phép, vi phạm quy định bảo vệ rừng; diện tích rừng bị thiệt hại "
        "2,7 ha.\n\nXảy ra 1 vụ cháy rừng, diện tích bị cháy 1,4 ha."
    )
    found = damage(offence)
    assert 2.7 not in found
    assert found[1.4] == ("forest", {"wildfire"})
    # a section on disasters and fires: the fires' toll is no disaster's, and the wildfire told after the year's
    # summary of disasters is no kind of that summary
    year = (
        "7. Phòng, chống thiên tai và cháy nổ\n"
        "Trong năm, thiên tai làm 5 người chết, 310 nhà bị hư hỏng. Có 22 vụ cháy, làm chết 2 người, thiệt hại 1,7 tỷ "
        "đồng; 3 vụ cháy rừng làm thiệt hại 6,8 ha."
    )
    found = damage(year)
    assert found[5] == ("deaths", set()) and found[310] == ("houses_damaged", set())
    assert 2 not in found and 1.7e9 not in found
    assert found[6.8] == ("forest", {"wildfire"})


def test_an_epidemic_of_the_herds_is_no_disaster_though_a_cold_spell_came_before() -> None:
    text = (
        "Rét đậm kéo dài làm 40 con bò bị chết. Cũng trong tháng, xảy ra dịch cúm gia cầm làm 900 con gà bị chết, "
        "dịch tai xanh làm 65 con lợn bị tiêu hủy."
    )
    found = damage(text)
    assert found[40] == ("livestock", {"cold"})
    assert 900 not in found and 65 not in found


def test_heat_said_with_its_verb_is_the_cause_of_what_it_did() -> None:
    # "nắng nóng gay gắt làm ...": the heat is a hazard only with its verb, read with the cue that closes its stretch
    rows = _disaster_rows("Tháng 5/2027, nắng nóng gay gắt làm 420 ha cà phê bị khô héo tại xã Ea Kar.\n")
    assert rows[420.0]["impact"] == "crops" and rows[420.0]["hazards"] == ["drought"]
    # near-miss: the hot weather of a month, with no verb of damage, is no cause
    assert 420.0 not in _disaster_rows("Tháng 5/2027, thời tiết nắng nóng gay gắt, 420 ha cà phê cho thu hoạch.\n")


def test_the_heat_a_forest_fire_broke_out_in_is_no_drought() -> None:
    # "nắng nóng kéo dài gây cháy ... rừng": the fire's loss, the heat only its weather
    rows = _disaster_rows("Ngày 9/4/2026, nắng nóng kéo dài gây cháy 7,5 ha rừng keo tại xã Tân Lập.\n")
    assert rows[7.5]["impact"] == "forest" and rows[7.5]["hazards"] == ["wildfire"]
    # near-miss: a drought named as such stays beside the fire
    rows = _disaster_rows("Ngày 9/4/2026, khô hạn kéo dài gây cháy 7,5 ha rừng keo tại xã Tân Lập.\n")
    assert rows[7.5]["hazards"] == ["drought", "wildfire"]


def test_the_missing_whose_body_is_found_next_are_dead() -> None:
    # "... mất tích. Sau đó đã tìm thấy thi thể": the story ends on the body found, one death and no one missing
    text = ("Ngày 6/9/2026, mưa lớn gây lũ trên suối Nà Hẩu. 01 người đi rừng bị nước cuốn trôi, mất tích. Sau hai "
            "ngày, người dân đã vớt được xác nạn nhân ở hạ lưu.\n")
    rows = _disaster_rows(text)
    assert rows[1.0]["impact"] == "deaths"
    # near-misses: the bodies of a part counted apart leave the whole count missing, and so does a body not found
    text = ("Ngày 6/9/2026, lũ trên suối Nà Hẩu cuốn trôi 3 người đi rừng, mất tích. Sau hai ngày, người dân đã vớt "
            "được xác 2 người.\n")
    assert _disaster_rows(text)[3.0]["impact"] == "missing"
    text = ("Ngày 6/9/2026, 01 người đi rừng bị lũ cuốn trôi, mất tích. Đến nay vẫn chưa tìm thấy thi thể nạn "
            "nhân.\n")
    assert _disaster_rows(text)[1.0]["impact"] == "missing"


def test_the_bodies_of_all_those_counted_are_dead() -> None:
    # "tìm thấy thi thể cả 4 nạn nhân": all of those counted, found dead
    text = "Lũ ống đêm 2/7/2027 cuốn trôi một lán trại; đến trưa 4/7 đã tìm thấy thi thể cả 4 nạn nhân.\n"
    assert _disaster_rows(text)[4.0]["impact"] == "deaths"



def test_an_item_of_a_brief_each_dated_lends_its_cause_to_no_other_day() -> None:
    # "- Ngày 5/7/2026: lốc xoáy ..." over "- Ngày 6/7/2026: ..., 8 nhà bị sạt lở": each day's item is its own event
    head = "BÁO CÁO NHANH\nCông tác trực ban phòng, chống thiên tai từ ngày 5/7 đến 6/7/2026 tỉnh Lào Cai\n\n"
    rows = _disaster_rows(head + "- Ngày 5/7/2026: lốc xoáy tại xã Mường Khương làm 17 nhà bị tốc mái.\n"
                                 "- Ngày 6/7/2026: tại xã Pha Long, 8 nhà bị sạt lở taluy.\n")
    assert rows[17.0]["hazards"] == ["whirlwind"] and rows[8.0]["hazards"] == ["landslide"]
    # near-miss: an item that is no day's own lends its cause as before
    rows = _disaster_rows(head + "- Lốc xoáy tại xã Mường Khương làm 17 nhà bị tốc mái.\n"
                                 "- Tại xã Pha Long, 8 nhà bị hư hỏng.\n")
    assert rows[8.0]["hazards"] == ["whirlwind"]


def test_repair_words_in_an_opening_phrase_leave_the_later_loss_a_loss() -> None:
    # "Chưa kịp khắc phục, ...": when the second loss came, cut off by a comma; the money is still lost
    text = ("Đêm 9/9/2027, lũ quét tại xã Mường Lát làm 14 nhà bị cuốn trôi. Khi các hộ còn đang khắc phục hậu quả, "
            "đợt mưa tiếp theo gây thiệt hại thêm khoảng 42 tỷ đồng.\n")
    assert _disaster_rows(text)[42e9]["impact"] == "economic_loss"
    # the relief word in the loss's own part still makes the money handed out
    spent_phrases = ("các hộ được hỗ trợ khắc phục thiệt hại 42 tỷ đồng",
                     "hỗ trợ các hộ bị thiệt hại, tổng cộng 42 tỷ đồng")
    for spent in spent_phrases:
        assert 42e9 not in _disaster_rows(text.replace("đợt mưa tiếp theo gây thiệt hại thêm khoảng 42 tỷ đồng", spent))


def test_dying_of_cold_names_the_cold_among_the_hazards_the_text_told() -> None:
    # "gia súc chết rét" after a count of storms and cold spells: the cold alone killed the herd
    text = ("Năm 2026, tỉnh Hà Giang xảy ra 7 đợt thiên tai (04 đợt mưa đá, lốc xoáy; 03 đợt rét hại). Thiệt hại: "
            "310 nhà bị tốc mái; 96 con bò chết rét.\n")
    rows = _disaster_rows(text)
    assert rows[96]["hazards"] == ["cold"]
    # (the roofs the wind blew off are not the cold's: see
    # test_what_the_wind_blew_down_is_not_lent_the_cold_nor_the_fire_of_a_summary)
    assert set(rows[310]["hazards"]) == {"hail", "whirlwind"}


def test_a_total_of_events_is_of_the_kinds_its_brackets_count() -> None:
    text = "Quý I/2027, trên địa bàn tỉnh xảy ra 5 đợt thiên tai (02 đợt mưa đá; 03 đợt sương muối).\n"
    rows = _disaster_rows(text)
    assert (rows[5]["impact"], set(rows[5]["hazards"])) == ("events", {"hail", "cold"})
    assert rows[2]["hazards"] == ["hail"]


def test_a_road_slide_is_where_its_stretch_lies_and_a_former_district_keeps_its_name() -> None:
    # "thuộc địa phận xã A", "qua xã B": the commune the hit stretch of road runs through; "huyện cũ C": a district
    # the merger did away with, its name after "cũ"
    text = ("Ngày 3/8/2027, mưa lớn làm sạt lở tại Km 12+500 Quốc lộ 6 thuộc địa phận xã Mường Khoa, khối lượng "
            "khoảng 4.200 m³; Quốc lộ 32 qua xã Tân Uyên bị sạt lở 1.700 m³. Lũ làm 640 nhà bị ngập, trong đó "
            "huyện cũ Than Uyên 410 nhà.\n")
    rows = _disaster_rows(text)
    assert {v: rows[v]["locations"] for v in (4200, 1700, 410)} == {
        4200: ["Mường Khoa"], 1700: ["Tân Uyên"], 410: ["Than Uyên"]}


def test_a_place_named_after_a_word_of_its_sort_keeps_its_name() -> None:
    # "các xã vùng cao A, B", "xã biên giới C": what sort of commune, said between its kind and its name
    text = "Đợt rét hại cuối tháng 12/2026 làm 205 con trâu, bò chết rét tại các xã vùng cao Sà Phìn, Lũng Cú.\n"
    assert _disaster_rows(text)[205]["locations"] == ["Sà Phìn", "Lũng Cú"]
    border = "Lốc xoáy chiều 4/5/2027 làm 37 nhà bị tốc mái tại xã biên giới Na Mèo.\n"
    assert _disaster_rows(border)[37]["locations"] == ["Na Mèo"]


def test_a_title_bracket_opening_on_until_dates_the_damage_below() -> None:
    # "(đến 18 giờ ngày ...)" in a flash report's title: the hour the counts below were taken at, as "(tính đến ...)"
    text = ("BÁO CÁO NHANH\nTình hình thiệt hại do bão số 11 (đến 18 giờ ngày 09/10/2027)\n\n"
            "- Về người: 3 người bị thương.\n- Về nhà ở: 215 nhà bị tốc mái.\n")
    rows = _disaster_rows(text)
    assert {v: r["as_of"] for v, r in rows.items()} == {3: "2027-10-09", 215: "2027-10-09"}
    # a span's end said with "từ ... đến" dates nothing
    span = text.replace("(đến 18 giờ ngày 09/10/2027)", "(từ ngày 08 đến ngày 09/10/2027)")
    assert {r["as_of"] for r in _disaster_rows(span).values()} == {None}


def test_damage_told_right_after_the_sentence_that_places_the_event_is_at_its_places() -> None:
    # the event and its places in one sentence, its damage in the next, opening on the hazard or on a count's source
    text = ("Rạng sáng 6/6/2027, dông lốc kèm mưa đá đã xảy ra tại các xã Tam Đường, Bình Lư. Dông lốc làm "
            "87 nhà bị tốc mái.\n")
    sourced = text.replace("Dông lốc làm 87 nhà bị tốc mái", "Theo thống kê, 9 ha lúa bị dập nát")
    assert _disaster_rows(text)[87]["locations"] == _disaster_rows(sourced)[9]["locations"] == ["Tam Đường", "Bình Lư"]
    # a sentence on the whole province is at none of them
    wide = text.replace("Dông lốc làm 87 nhà", "Dông lốc làm toàn tỉnh có 87 nhà")
    assert _disaster_rows(wide)[87]["locations"] == []


def test_a_place_said_after_an_earlier_count_is_not_the_later_figures() -> None:
    # "làm 3 người chết tại xã A, 420 nhà bị ngập, thiệt hại ...": the deaths' place, not that of the houses or the loss
    text = ("Trận lũ ngày 20/9/2026 làm 3 người chết tại xã Kim Bôi, 420 nhà bị ngập, thiệt hại khoảng 65 tỷ đồng.\n")
    rows = _disaster_rows(text)
    assert (rows[3]["locations"], rows[420]["locations"], rows[65e9]["locations"]) == (["Kim Bôi"], [], [])
    # a place said before the first count is the whole part's
    before = "Lũ tại xã Kim Bôi ngày 20/9/2026 làm 3 người chết, 420 nhà bị ngập.\n"
    assert _disaster_rows(before)[420]["locations"] == ["Kim Bôi"]


def test_a_total_whose_brackets_give_each_part_its_cause_is_of_those_causes() -> None:
    # the year's disasters were storms, hail and landslides; the injured were hit only by the two the bracket names
    text = ("Năm 2027, tỉnh chịu ảnh hưởng của 2 cơn bão, 4 trận mưa đá và nhiều điểm sạt lở đất.\n"
            "Về người: 5 người bị thương (3 người do mưa đá, 2 người do sạt lở đất); 9 nhà bị tốc mái.\n")
    rows = _disaster_rows(text)
    assert (rows[5]["impact"], set(rows[5]["hazards"])) == ("injured", {"hail", "landslide"})
    places = "Về người: 4 người bị thương (xã Phú Lộc 3 người, xã Hòa Bình 1 người) do bão số 2 năm 2027.\n"
    assert _disaster_rows(places)[4]["hazards"] == ["storm"]


def test_a_sentence_saying_no_time_keeps_the_day_its_paragraph_counted_to() -> None:
    text = ("Thiệt hại do áp thấp nhiệt đới\n"
            "Theo tổng hợp sơ bộ của các địa phương, đến 18 giờ ngày 14/8/2027, áp thấp nhiệt đới đã làm 4 người bị "
            "thương. Ngoài ra còn 730 nhà bị ngập sâu, 90 ha ngô bị đổ ngã.\n")
    rows = _disaster_rows(text)
    assert (rows[730]["as_of"], rows[90]["as_of"]) == ("2027-08-14", "2027-08-14")


def test_houses_that_earth_and_rock_poured_into_were_hit_by_a_landslide() -> None:
    text = "Mưa to đêm 2/9/2027 tại huyện Mường Tè làm 3 căn nhà bị đất đá đổ vào, hư hỏng nặng.\n"
    row = _disaster_rows(text)[3]
    assert (row["impact"], set(row["hazards"])) == ("houses_damaged", {"heavy_rain", "landslide"})


def test_houses_named_after_their_classifier_are_houses_hit_as_their_own_words_say() -> None:
    text = "Ngày 3/6/2027, dông lốc làm 4 cái nhà bị đổ sập, 11 chiếc nhà bị tốc mái tại xã Yên Lạc.\n"
    rows = _disaster_rows(text)
    assert (rows[4]["impact"], rows[4]["unit"]) == ("houses_destroyed", "house")
    assert (rows[11]["impact"], rows[11]["unit"]) == ("houses_damaged", "house")
    # a boat after its classifier stays a work hit
    boats = _disaster_rows("Ngày 3/6/2027, dông lốc làm 2 chiếc thuyền bị chìm tại xã Yên Lạc.\n")
    assert boats[2]["impact"] == "infrastructure"


def test_a_landslide_item_under_a_lead_that_tells_the_rain_brought_landslides_is_the_rain_s_too() -> None:
    item = "- Xã Tân Tiến: sạt lở taluy dương trên tuyến đường liên xã 7 vị trí.\n"
    lead = "Do mưa to kéo dài, trên địa bàn huyện Bảo Yên xảy ra lũ quét, sạt lở đất. Thiệt hại như sau:\n"
    # the rain brought the landslide on, the flash flood did not
    assert _disaster_rows(lead + item)[7]["hazards"] == ["heavy_rain", "landslide"]
    # near-miss: a lead that names no weather lends the item nothing
    assert _disaster_rows("Trên địa bàn huyện Bảo Yên, thiệt hại như sau:\n" + item)[7]["hazards"] == ["landslide"]


def test_a_part_after_a_semicolon_labelled_by_its_commune_in_lower_case_is_at_that_commune() -> None:
    # "Xã A: …; xã B: …; xã C: sạt lở 4 tuyến đường": each part's label, the first capitalised, the later ones not
    text = (
        "Đêm 9/7/2027, mưa to trên địa bàn huyện Than Uyên. Xã Phúc Than: 3 nhà bị sập; xã Mường Mít: 2 người bị "
        "thương; xã Pha Mu: sạt lở 4 tuyến đường nội đồng.\n"
    )
    rows = _disaster_rows(text)
    assert [rows[value]["locations"] for value in (3, 2, 4)] == [["Phúc Than"], ["Mường Mít"], ["Pha Mu"]]


def test_a_text_on_a_storm_s_remnants_pairs_its_rain_with_the_storm() -> None:
    body = "Đến sáng 5/10/2027, {} đã làm 2 người bị thương tại tỉnh Thanh Hóa.\n\nMưa to làm 300 nhà bị ngập.\n"
    rows = _disaster_rows("Thiệt hại do hoàn lưu bão số 7\n\n" + body.format("hoàn lưu bão số 7"))
    assert rows[300]["hazards"] == ["storm", "heavy_rain", "flood"]
    # near-miss: the storm itself, its rain told apart after it, brought that rain on in no words of the text
    rows = _disaster_rows("Thiệt hại do mưa lớn sau bão số 7\n\n" + body.format("bão số 7"))
    assert rows[300]["hazards"] == ["heavy_rain", "flood"]


def test_a_body_found_of_one_of_several_missing_leaves_the_count_missing() -> None:
    lead = "Ngày 4/9/2027, lũ quét tại xã Tà Xùa làm 2 người mất tích. "
    one = "Trong đó, một người đi làm nương bị nước cuốn, đến chiều cùng ngày đã tìm thấy thi thể.\n"
    assert _disaster_rows(lead + one)[2]["impact"] == "missing"
    # near-miss: the bodies of them all found, the count is of the dead
    found = "Đến chiều cùng ngày, lực lượng cứu hộ đã tìm thấy thi thể các nạn nhân.\n"
    assert _disaster_rows(lead + found)[2]["impact"] == "deaths"


def test_a_volume_after_a_comma_with_no_count_before_it_was_hit_as_its_part_says() -> None:
    lead = "Ngày 4/9/2027, mưa lớn gây thiệt hại tại tỉnh Yên Bái: "
    part = "nhiều tuyến đường bị sạt lở taluy dương, taluy âm, khối lượng khoảng 25.000 m3.\n"
    assert _disaster_rows(lead + part)[25000]["hazards"] == ["heavy_rain", "landslide"]
    # near-miss: the houses flooded in the part before the semicolon lend the volume no flood
    assert _disaster_rows(lead + "5 nhà bị ngập; " + part)[25000]["hazards"] == ["heavy_rain", "landslide"]


def test_a_count_said_to_exist_after_its_source_is_at_the_places_of_the_event_stated_before() -> None:
    counted = " Theo thống kê, có 6 điểm sạt lở với tổng chiều dài khoảng 3.200 m.\n"
    stated = "Tháng 10/2027, bờ biển thuộc huyện Phú Tân xảy ra sạt lở nghiêm trọng."
    assert _disaster_rows(stated + counted)[6]["locations"] == ["Phú Tân"]
    # near-miss: a sentence before on something else than the event lends no place
    visited = "Tháng 10/2027, đoàn công tác của tỉnh đã đến kiểm tra tại huyện Phú Tân."
    assert _disaster_rows(visited + counted)[6]["locations"] == []


def test_a_whole_named_by_trong_so_or_tren_tong_so_is_no_damage() -> None:
    text = "Ngày 9/8/2027, lốc xoáy trên biển đánh chìm tàu cá. Trong số 14 người trên tàu, có 2 người mất tích.\n"
    assert 14 not in _disaster_rows(text) and _disaster_rows(text)[2]["impact"] == "missing"
    boats = "Ngày 9/8/2027, lốc xoáy trên biển làm 3 tàu cá bị chìm trên tổng số 52 tàu đang đánh bắt.\n"
    assert 52 not in _disaster_rows(boats) and _disaster_rows(boats)[3]["impact"] == "infrastructure"
    # near-miss: a whole its own words say was hit is damage
    dead = "Ngày 9/8/2027, lốc xoáy làm sập nhà. Trong số 4 người chết, có 1 trẻ em.\n"
    assert _disaster_rows(dead)[4]["impact"] == "deaths"


def test_goods_issued_from_the_reserve_or_said_given_after_their_weight_are_no_damage() -> None:
    lead = "Tháng 1/2027, rét hại làm 180 con trâu bò chết. "
    issued, given_after = "Tỉnh đã xuất kho 9 tấn giống lúa cho các hộ.", "Huyện đưa 9 tấn hạt giống ngô hỗ trợ các hộ."
    for given in (issued, given_after):
        assert 9 not in _disaster_rows(lead + given + "\n")
    # near-miss: a weight said to be hit stays damage, and "xuất hiện" issues nothing
    assert _disaster_rows(lead + "Có 9 tấn cá nuôi bị chết rét.\n")[9]["impact"] == "aquaculture"
    assert _disaster_rows("Tháng 4/2027, mưa đá xuất hiện làm 9 tấn mận bị rụng.\n")[9]["impact"] == "crops"


def test_the_water_a_reservoir_holds_is_no_damage_to_it() -> None:
    lead = "Tháng 4/2027, hạn hán làm 600 ha lúa bị khô hạn. "
    assert 11 not in _disaster_rows(lead + "Dung tích của 11 hồ chứa nước chỉ còn khoảng 28%.\n")
    # near-miss: a reservoir said to be hit stays damage, its water named after it
    hit = _disaster_rows(lead + "Hạn hán làm 11 hồ chứa bị nứt thân đập, mực nước xuống thấp.\n")
    assert hit[11]["impact"] == "infrastructure"


def test_the_fire_of_a_text_on_a_forest_fire_is_that_wildfire() -> None:
    title = "Cháy rừng tại xã Tà Xi Láng\n\n"
    body = "Đám cháy đã làm thiệt hại 6 ha rừng phòng hộ; 2 người tham gia dập lửa bị bỏng.\n"
    rows = _disaster_rows(title + body)
    assert rows[6]["hazards"] == rows[2]["hazards"] == ["wildfire"] and rows[2]["impact"] == "injured"
    # near-miss: a text that tells first of a fire of no forest ("cháy nhà") leaves the fire's burns to no hazard
    house = "Đêm 3/4/2027, vụ cháy nhà dân làm 2 người bị bỏng. Ngày 5/4/2027, cháy rừng làm thiệt hại 6 ha rừng.\n"
    assert 2 not in _disaster_rows(house)


def test_ground_cover_burnt_by_a_forest_fire_is_forest() -> None:
    text = "Ngày 2/5/2027, xảy ra 1 vụ cháy rừng tại xã Nậm Xé, làm thiệt hại 4 ha rừng thông và 1,2 ha {}.\n"
    for cover in ("cây bụi", "thảm cỏ"):
        assert _disaster_rows(text.format(cover))[1.2]["impact"] == "forest"
    # near-miss: crops the fire burnt stay crops
    assert _disaster_rows(text.format("ngô"))[1.2]["impact"] == "crops"


def test_what_the_wind_blew_down_is_not_lent_the_cold_nor_the_fire_of_a_summary() -> None:
    text = (
        "Năm 2027, toàn huyện xảy ra 3 đợt lốc xoáy, 1 đợt rét hại và 2 vụ cháy rừng. Thiệt hại: 48 nhà bị tốc mái; "
        "30 con trâu chết rét.\n"
    )
    rows = _disaster_rows(text)
    assert rows[48]["hazards"] == ["whirlwind"] and rows[30]["hazards"] == ["cold"]
    # so is a detail of it, though its own words say only how the houses were hit
    rows = _disaster_rows(text.replace("48 nhà bị tốc mái;", "48 nhà bị tốc mái, trong đó 6 nhà sập hoàn toàn;"))
    assert rows[6]["hazards"] == ["whirlwind"]
    # near-miss: a part that names the cold with the wind keeps both
    rows = _disaster_rows("Ngày 3/1/2027, không khí lạnh kèm lốc xoáy làm 48 nhà bị tốc mái.\n")
    assert set(rows[48]["hazards"]) == {"cold", "whirlwind"}


def test_a_whole_place_s_count_of_people_missing_or_taken_to_hospital_is_damage() -> None:
    lead = "Tháng 8/2027, lũ quét làm 4 nhà bị cuốn trôi. "
    assert _disaster_rows(lead + "Toàn huyện có 7 người mất tích.\n")[7]["impact"] == "missing"
    assert _disaster_rows(lead + "Cả xã có 7 người phải nhập viện do lũ.\n")[7]["impact"] == "injured"
    # near-miss: what the whole place has is no damage
    assert 7 not in _disaster_rows(lead + "Cả bản có 7 người, nhưng không ai bị thương.\n")


def test_a_work_against_a_hazard_said_to_be_hit_is_damage() -> None:
    lead = "Mùa khô 2027, xâm nhập mặn làm 900 ha lúa bị nhiễm mặn. "
    assert _disaster_rows(lead + "Có 4 cống ngăn mặn bị hư hỏng.\n")[4]["impact"] == "infrastructure"
    # near-miss: the works built against the salt are no damage
    assert 4 not in _disaster_rows(lead + "Tỉnh đã xây dựng 4 cống ngăn mặn.\n")


def test_works_that_stopped_running_are_shut_not_hit() -> None:
    lead = "Mùa khô 2027, xâm nhập mặn làm 900 ha lúa bị nhiễm mặn. "
    for stopped in ("phải tạm ngưng hoạt động", "ngừng cấp nước"):
        assert 9 not in _disaster_rows(lead + f"Có 9 trạm cấp nước {stopped}.\n")
    # near-miss: a work hit stays damage
    assert _disaster_rows(lead + "Có 9 trạm cấp nước bị hư hỏng.\n")[9]["impact"] == "infrastructure"


def test_crops_said_short_of_water_were_hit_by_the_drought() -> None:
    title = "Ninh Thuận: hạn hán năm 2027\n"
    for short in ("Diện tích lúa bị thiếu nước: 740 ha.", "Có 740 ha ngô không đủ nước tưới."):
        rows = _disaster_rows(title + short + "\n")
        assert rows[740]["hazards"] == ["drought"] and rows[740]["impact"] == "crops"
    # near-miss: households short of water for their homes are no damage of the drought's
    assert 740 not in _disaster_rows(title + "Có 740 hộ bị thiếu nước sinh hoạt.\n")


def test_a_later_bare_part_of_a_detail_was_hit_as_the_count_it_details() -> None:
    title = "Đắk Nông: hạn hán năm 2027\n"
    text = title + "Diện tích cây trồng bị thiếu nước 1.500 ha, trong đó cà phê 800 ha, hồ tiêu 450 ha.\n"
    assert _disaster_rows(text)[450]["hazards"] == ["drought"]
    # near-miss: a later part that says how it was hit keeps its own way ("bị ngập" is no drought)
    text = "Mưa lớn làm 300 ha lúa bị ngập, trong đó 120 ha mất trắng, 6 nhà bị tốc mái.\n"
    assert _disaster_rows(text)[6]["hazards"] == ["heavy_rain"]


def test_the_parts_a_count_lists_after_gom_were_hit_as_it_was() -> None:
    title = "Ninh Thuận: hạn hán năm 2027\n"
    text = title + "Diện tích cây trồng bị thiếu nước: 2.800 ha, gồm: lúa 1.700 ha, nho 650 ha, rau màu 450 ha.\n"
    rows = _disaster_rows(text)
    assert rows[1700]["hazards"] == rows[450]["hazards"] == ["drought"] and rows[450]["impact"] == "crops"
    # near-miss: a list of what there is, hit by nothing, stays no damage
    text = title + "Diện tích gieo trồng cả năm 9.800 ha, gồm: lúa 1.700 ha, rau màu 450 ha.\n"
    assert 1700 not in _disaster_rows(text)


def test_people_overcome_by_smoke_or_fumes_are_injured() -> None:
    # "ngạt khói" / "ngạt khí" (overcome by smoke, by the fumes of a brazier in a cold spell) is an injury
    text = "Đợt rét hại làm 3 người bị ngạt khí khi đốt than sưởi, 1 người ngạt khói phải đi cấp cứu.\n"
    rows = _disaster_rows(text)
    assert {v: (r["impact"], r["hazards"]) for v, r in rows.items()} == {
        3: ("injured", ["cold"]),
        1: ("injured", ["cold"]),
    }
    # near-miss: smoke in a house fire is no disaster
    assert _disaster_rows("Vụ cháy nhà tại xã B làm 2 người bị ngạt khói.\n") == {}


def test_boats_the_people_counted_were_on_are_not_damage() -> None:
    # "N ngư dân trên M tàu": "trên" is "on board"; the boats say where the rescued were, not that they were hit
    text = "Bão làm 4 nhà bị tốc mái. Biên phòng cứu được 12 ngư dân trên 2 tàu gặp nạn.\n"
    assert {v: r["impact"] for v, r in _disaster_rows(text).items()} == {4: "houses_damaged"}
    # near-miss: the boats' own clause says they sank
    sunk = text.replace("2 tàu gặp nạn", "5 tàu bị sóng đánh chìm")
    assert {v: r["impact"] for v, r in _disaster_rows(sunk).items()} == {4: "houses_damaged", 5: "infrastructure"}


def test_a_toll_of_the_year_lends_no_cause_to_a_later_paragraph() -> None:
    # "Lũy kế từ đầu năm, thiên tai đã làm ...": the year's toll of every kind; the damage of the paragraph after it is
    # the event the flash report is about
    head = "BÁO CÁO NHANH\nThiệt hại do lốc xoáy ngày 9/5/2026\n\nLốc xoáy làm 6 nhà bị tốc mái tại xã A.\n"
    toll = "Lũy kế từ đầu năm đến nay, thiên tai đã làm 3 người chết, 410 nhà bị hư hỏng.\n"
    rows = _disaster_rows(head + toll + "Tổng hợp thiệt hại:\n- Xã A: 6 nhà tốc mái, 2 ha ngô bị gãy đổ.\n")
    assert rows[2.0]["hazards"] == ["whirlwind"] and rows[410.0]["hazards"] == []
    # near-miss: within the toll's own paragraph its parts are the toll's
    rows = _disaster_rows(head + toll.replace(".\n", ", trong đó 5 nhà bị sập hoàn toàn.\n"))
    assert rows[5.0]["hazards"] == []


def test_a_line_of_a_loss_under_items_by_kind_is_the_whole_events() -> None:
    # "Ước thiệt hại ..." on its own line under "- Về giao thông: sạt lở ...": the loss of the event the lead tells,
    # as a line of its total is, not of the last item's kind
    lead = "BÁO CÁO NHANH\nThiệt hại do mưa lũ ngày 3/9/2026\n\nMưa lớn kéo dài.\n- Về nhà ở: 4 nhà bị ngập.\n"
    items = (
        "- Về giao thông: sạt lở taluy dương, taluy âm tại 9 điểm, khối lượng khoảng 800 m3 đất đá; Quốc lộ 4 bị ách "
        "tắc tại Km 12.\n- Về nông nghiệp: 6 ha lúa bị ngập úng; 3 con bò bị lũ cuốn trôi.\n"
    )
    loss = _disaster_rows(lead + items + "Ước thiệt hại ban đầu khoảng 1,2 tỷ đồng.\n")[1.2e9]["hazards"]
    total = _disaster_rows(lead + items + "Tổng thiệt hại ước khoảng 1,2 tỷ đồng.\n")[1.2e9]["hazards"]
    assert "flood" in loss and "landslide" not in loss and loss == total


def test_a_commune_named_with_its_former_district_in_brackets() -> None:
    # the merged provinces' reports name a commune with the district it was in before 2025, "xã A (huyện B cũ)": a
    # note on the name; a line labelled so and a part of a breakdown are at the commune, the note no place of its own
    label = "Mưa lũ gây thiệt hại:\n- Xã Nà Khương (huyện Pác Lũng cũ): 4 nhà bị sập; 2 ha ngô bị vùi lấp.\n"
    rows = _disaster_rows(label)
    assert rows[4.0]["locations"] == ["Nà Khương"] and rows[2.0]["locations"] == ["Nà Khương"]
    part = "Mưa lũ làm 30 nhà bị ngập, trong đó xã Nà Khương (thuộc huyện Pác Lũng cũ) 18 nhà, xã Tà Lèng 12 nhà.\n"
    rows = _disaster_rows(part)
    assert rows[18.0]["locations"] == ["Nà Khương"] and rows[30.0]["locations"] == []
    assert locations_in("tại xã Nà Khương (thuộc huyện Pác Lũng cũ)") == ["Nà Khương"]
    # near-miss: a district said as a unit of today is a place as written
    assert locations_in("tại xã Nà Khương (thuộc huyện Pác Lũng)") == ["Nà Khương", "Pác Lũng"]


def test_events_a_vu_counts_by_their_kind_or_bare_with_their_place() -> None:
    # "N vụ dông lốc", "N vụ mưa đá": a "vụ" counts events of the hazard it names, as "đợt" and "trận" do
    rows = _disaster_rows("Từ đầu năm, tỉnh ghi nhận 7 vụ giông lốc, 2 vụ mưa đá làm tốc mái 60 nhà.\n")
    assert {v: (rows[v]["impact"], rows[v]["hazards"]) for v in (7.0, 2.0)} == {
        7.0: ("events", ["whirlwind"]),
        2.0: ("events", ["hail"]),
    }
    # a bare "vụ" that happened at a place counts what its item's label names
    rows = _disaster_rows("Thiên tai trong tuần:\n- Sạt lở bờ sông: xảy ra 3 vụ tại xã Mỹ An, làm 2 nhà bị sụp.\n")
    assert rows[3.0]["impact"] == "events" and rows[3.0]["hazards"] == ["landslide"]
    assert rows[3.0]["locations"] == ["Mỹ An"]
    # near-misses: a "vụ" of an accident, with or without its noun, is no disaster
    assert _disaster_rows("Trong tháng xảy ra 6 vụ tai nạn giao thông và 1 vụ cháy nhà.\n") == {}
    assert _disaster_rows("Thiên tai trong tuần:\n- Tai nạn giao thông: xảy ra 4 vụ tại xã Mỹ An.\n") == {}


def test_a_verb_after_a_semicolon_that_ends_a_list_of_bare_event_counts_is_all_of_theirs() -> None:
    # "xảy ra A, B, C; làm ...": the verb has no subject of its own, the events listed before it all acted
    text = "Từ đầu năm đến nay xảy ra 4 đợt mưa lớn, 6 trận mưa đá; làm 2 người bị thương, 35 nhà bị tốc mái.\n"
    rows = _disaster_rows(text)
    assert rows[2.0]["hazards"] == rows[35.0]["hazards"] == ["heavy_rain", "hail"]
    # near-miss: a count after the semicolon with its own verb acts alone
    rows = _disaster_rows(text.replace("mưa lớn, 6 trận mưa đá; làm", "mưa lớn; 6 trận mưa đá làm"))
    assert rows[35.0]["hazards"] == ["hail"]


def test_a_count_after_a_closed_breakdown_by_place_is_at_none_of_its_places() -> None:
    # "9 người chết (xã A: 4 người; xã B: 5 người), 2 người mất tích": the bracket's places are its parts', the count
    # after it is the sentence's (a semicolon or a row label inside the bracket opens no part of the sentence)
    text = "Lũ làm 9 người chết (xã Cư Né: 4 người; phường Ea Tam: 5 người), 2 người mất tích.\n"
    rows = _disaster_rows(text)
    assert rows[4.0]["locations"] == ["Cư Né"] and rows[5.0]["locations"] == ["Ea Tam"]
    assert rows[2.0]["impact"] == "missing" and rows[2.0]["locations"] == []
    # near-miss: a count after a semicolon of the sentence, opening on its own place, is at it
    rows = _disaster_rows(text.replace("), 2 người", "); xã Ea Tân: 2 người"))
    assert rows[2.0]["locations"] == ["Ea Tân"]


def test_parts_by_place_listed_after_gom_or_a_colon_are_hit_as_their_count() -> None:
    # "5 người chết, gồm: xã A 3 người, ...", "4 nhà bị sập hoàn toàn: xã A 3 nhà, ...": each place's part is of the
    # count its list details, as after "trong đó" (the people's parts were indicators, the houses' only damaged)
    rows = _disaster_rows("Lũ quét làm 5 người mất tích, gồm: xã Nậm Cuổi 3 người, xã Pa Tần 2 người.\n")
    assert rows[3.0]["impact"] == rows[2.0]["impact"] == "missing"
    assert [rows[v]["locations"] for v in (3.0, 2.0)] == [["Nậm Cuổi"], ["Pa Tần"]]
    rows = _disaster_rows("Lũ quét làm 4 nhà bị sập hoàn toàn: xã Nậm Cuổi 3 nhà, xã Pa Tần 1 nhà.\n")
    assert rows[3.0]["impact"] == rows[1.0]["impact"] == "houses_destroyed"
    # near-miss: a label's colon closes no count, each part says how it was hit
    rows = _disaster_rows("Lũ quét gây thiệt hại:\n- Về nhà ở: xã Nậm Cuổi 3 nhà bị ngập, xã Pa Tần 1 nhà bị sập.\n")
    assert rows[3.0]["impact"] == "houses_damaged" and rows[1.0]["impact"] == "houses_destroyed"


def test_parts_of_a_count_of_people_headed_by_their_hazard_are_that_hazards() -> None:
    # "9 người chết (trong đó lũ quét 6 người, sạt lở đất 3 người)": each part names what killed its people before its
    # number, without "do"; the total is of both
    rows = _disaster_rows("Từ đầu năm, thiên tai làm 9 người chết (trong đó lũ quét 6 người, sạt lở đất 3 người).\n")
    assert rows[6.0]["hazards"] == ["flash_flood", "heavy_rain"] and rows[3.0]["hazards"] == ["landslide"]
    assert set(rows[9.0]["hazards"]) == {"flash_flood", "heavy_rain", "landslide"}
    # near-miss: parts headed by their places keep the count's cause
    rows = _disaster_rows("Lốc xoáy làm 9 người bị thương (xã Tà Xùa 6 người, xã Háng Đồng 3 người).\n")
    assert rows[6.0]["hazards"] == rows[9.0]["hazards"] == ["whirlwind"]


def test_a_total_of_disasters_in_general_is_of_the_causes_its_trong_do_parts_name() -> None:
    # "Thiên tai làm 7 người chết, trong đó 4 người do lũ cuốn, 3 người do sét đánh": as the parts of a bracket, the
    # parts a "trong đó" lists after the count each name a cause, and the total is of them all
    rows = _disaster_rows("Thiên tai làm 7 người chết, trong đó 4 người do lũ cuốn, 3 người do sét đánh.\n")
    assert set(rows[7.0]["hazards"]) == {"flood", "lightning"} and rows[3.0]["hazards"] == ["lightning"]
    # near-miss: parts by place name no cause; the total keeps what the sentence gives it
    rows = _disaster_rows("Mưa đá làm 7 người bị thương, trong đó xã Pả Vi 4 người, xã Lũng Cú 3 người.\n")
    assert rows[7.0]["hazards"] == ["hail"]


def test_a_bracket_after_two_counts_of_people_breaks_down_the_one_its_parts_sum_to() -> None:
    # "Lũ làm 8 người chết, 2 người mất tích (xã A: 5 người; xã B: 3 người)": the parts add up to the dead, not to the
    # missing nearest the bracket; a label inside the bracket is no label running back over the counts before it
    rows = _disaster_rows("Lũ ống làm 8 người chết, 2 người mất tích (xã Mường Lạn: 5 người; xã Nà Ớt: 3 người).\n")
    assert rows[5.0]["impact"] == rows[3.0]["impact"] == "deaths"
    assert rows[5.0]["locations"] == ["Mường Lạn"] and rows[2.0]["impact"] == "missing"
    # near-miss: parts that add up to no count are of the nearest one
    rows = _disaster_rows("Lũ ống làm 8 người chết, 6 người bị thương (xã Mường Lạn: 4 người; xã Nà Ớt: 3 người).\n")
    assert rows[4.0]["impact"] == rows[3.0]["impact"] == "injured"


def test_a_running_total_section_takes_no_cause_from_the_days_items_before_it() -> None:
    # "1. Thiệt hại ngày D: - Xã A: lốc xoáy làm …" then "2. Lũy kế từ đầu đợt mưa: - Về người: …": the day's item is a
    # part of the running total, not its cause; the total is of what its label or the report's opening weather names
    head = "BÁO CÁO NHANH\nTình hình thiên tai ngày 12/8/2027\n\nI. TÌNH HÌNH\nĐêm qua, toàn tỉnh có mưa to.\n"
    days = "II. THIỆT HẠI\n1. Thiệt hại trong ngày 11/8/2027:\n- Xã Nậm Pồ: lốc xoáy làm tốc mái 9 nhà.\n"
    total = "2. Lũy kế thiệt hại từ đầu đợt mưa:\n- Về người: 04 người bị thương.\n- Về nhà ở: 31 nhà bị hư hỏng.\n"
    rows = _disaster_rows(head + days + total)
    assert rows[4.0]["hazards"] == rows[31.0]["hazards"] == ["heavy_rain"]
    assert rows[9.0]["hazards"] == ["whirlwind"]
    # near-miss: a section that is no running total goes on from the item before it, as before
    rows = _disaster_rows(head + days + total.replace("Lũy kế thiệt hại từ đầu đợt mưa", "Thiệt hại bổ sung"))
    assert rows[31.0]["hazards"] == ["whirlwind"]
    # ... and so is an item a level deeper in the sibling section ("1. Thiệt hại theo xã: a) Xã A: - …")
    days = "II. THIỆT HẠI\n1. Thiệt hại theo xã:\na) Xã Nậm Pồ:\n- Lốc xoáy làm tốc mái 9 nhà.\n"
    rows = _disaster_rows(head + days + total)
    assert rows[31.0]["hazards"] == ["heavy_rain"] and rows[9.0]["hazards"] == ["whirlwind"]


def test_items_under_a_place_sub_heading_are_at_that_place() -> None:
    text = (
        "BÁO CÁO NHANH\nThiệt hại do mưa lớn ngày 4/7/2026\n\n1. Thiệt hại theo địa bàn\na) Xã Nậm Cang:\n"
        "- 6 nhà bị ngập nước;\n- 1,8 ha lúa bị vùi lấp.\nb) Phường Sa Pa:\n- 3 điểm sạt lở taluy dương.\n"
        "2. Tổng hợp thiệt hại\n- 2 người bị thương.\n- Tổng thiệt hại ước 900 triệu đồng.\n"
    )
    rows = _disaster_rows(text)
    assert rows[6.0]["locations"] == rows[1.8]["locations"] == ["Nậm Cang"]
    assert rows[3.0]["locations"] == ["Sa Pa"]
    # near-miss: the items under a heading of anything else, and the whole's total, are at no place
    assert rows[2.0]["locations"] == rows[9e8]["locations"] == []


def test_a_hazard_acting_by_its_own_verb_is_its_items_cause() -> None:
    # "- Xã A: sạt lở đất vùi lấp 2 nhà": the landslide buried the houses (its subject, as "sạt lở đất làm" would be),
    # not a label's verb of how they were hit that leaves the cause to the whole bulletin's hazards
    head = "BÁO CÁO NHANH\nCông tác phòng, chống thiên tai ngày 3/8/2026\n\n1. Thiệt hại trong ngày 2/8/2026:\n"
    items = "- Xã Tả Van: sạt lở đất vùi lấp 2 nhà.\n- Xã Bản Hồ: lốc xoáy làm tốc mái 7 nhà.\n"
    rows = _disaster_rows(head + items)
    assert rows[2.0]["hazards"] == ["landslide"] and rows[7.0]["hazards"] == ["whirlwind"]


def test_a_running_total_over_the_days_items_takes_the_opening_weather() -> None:
    # "1. Lũy kế từ đầu đợt mưa: …" over "2. Thiệt hại trong ngày: - Xã A: lốc xoáy làm …": the total's cause is the
    # weather the report opened on, not the first day's item below it; its money line too
    head = "BÁO CÁO NHANH\nCông tác phòng, chống thiên tai ngày 9/7/2026\n\nI. THỜI TIẾT\nĐêm qua có mưa to.\n\n"
    total = "II. THIỆT HẠI\n1. Lũy kế thiệt hại từ đầu đợt mưa:\n- Về nhà ở: 38 nhà bị hư hỏng.\n"
    days = "2. Thiệt hại trong ngày 8/7/2026:\n- Xã Ngọc Chiến: lốc xoáy làm tốc mái 5 nhà.\n"
    rows = _disaster_rows(head + total + days)
    assert rows[38.0]["hazards"] == ["heavy_rain"] and rows[5.0]["hazards"] == ["whirlwind"]
    # the total's money line sums its own section, not the day's items of the sibling section right above it
    head = head.replace("Đêm qua có mưa to.", "Trời nhiều mây.")
    days = "II. THIỆT HẠI\n1. Thiệt hại trong ngày 8/7/2026:\n- Xã Ngọc Chiến: sạt lở đất làm sập 1 nhà.\n" + (
        "- Xã Nậm Búng: lốc xoáy làm tốc mái 5 nhà.\n"
    )
    total = "2. Lũy kế thiệt hại từ đầu đợt mưa:\n- Về nhà ở: 38 nhà bị hư hỏng.\n- Tổng thiệt hại ước 2,1 tỷ đồng.\n"
    rows = _disaster_rows(head + days + total)
    assert rows[2.1e9]["hazards"] == rows[38.0]["hazards"]


def test_a_hazard_said_before_its_count_of_events_names_them() -> None:
    # "cháy rừng 3 vụ", "lốc xoáy 2 đợt, mưa đá 1 đợt", "Cháy rừng: 4 vụ", "Số vụ cháy rừng là 6 vụ": the kind first,
    # the bare count of events after it
    text = "Năm nay, trên địa bàn huyện xảy ra cháy rừng 3 vụ, lốc xoáy 2 đợt, mưa đá 1 đợt.\n"
    rows = _disaster_rows(text)
    assert {v: (rows[v]["impact"], rows[v]["hazards"]) for v in (3.0, 2.0, 1.0)} == {
        3.0: ("events", ["wildfire"]),
        2.0: ("events", ["whirlwind"]),
        1.0: ("events", ["hail"]),
    }
    assert _disaster_rows("Số vụ cháy rừng là 6 vụ, giảm 1 vụ so với cùng kỳ.\n")[6.0]["hazards"] == ["wildfire"]
    # near-miss: a fire of no forest said first counts no disaster's events
    assert _disaster_rows("Cháy, nổ xảy ra 7 vụ, thiệt hại 300 triệu đồng.\n") == {}


def test_the_area_of_a_forest_fire_item_opening_on_its_capital_is_forest() -> None:
    rows = _disaster_rows("Cháy rừng: 4 vụ, diện tích thiệt hại 2,6 ha.\n")
    assert rows[2.6]["impact"] == "forest" and rows[2.6]["hazards"] == ["wildfire"]


def test_people_named_in_a_bracket_before_they_were_swept_away() -> None:
    # "2 người đi rừng (anh A và anh B) bị lũ cuốn trôi, chưa tìm thấy": the bracket names them, what befell them is
    # said past it
    text = "Chiều 2/9/2026, 2 người đi làm nương (anh Lò Văn Tâm và anh Lò Văn Hải) bị lũ cuốn trôi, chưa tìm thấy.\n"
    row = _disaster_rows(text)[2.0]
    assert row["impact"] == "missing" and row["hazards"] == ["flood"]


def test_a_date_before_the_place_opening_the_sentence_is_no_count_of_an_item() -> None:
    # "Sáng 5/9/2026, tại xã A, 1 người …": the day's numbers are no count of an earlier item whose place the xã was
    for opening in ("Sáng 4/10/2026, tại xã Tà Xùa, ", "Sáng ngày 4 tháng 10, tại xã Tà Xùa, "):
        assert _disaster_rows(opening + "3 người bị thương do sét đánh.\n")[3.0]["locations"] == ["Tà Xùa"]
    # near-miss: the place said with an item counted before stays that item's
    text = "Mưa lớn làm 4 nhà bị ngập tại xã Tà Xùa, 3 người bị thương do sét đánh.\n"
    assert _disaster_rows(text)[3.0]["locations"] == []


def test_a_fire_named_by_the_property_it_burnt_is_no_wildfire_after_one() -> None:
    # "... 2 vụ cháy rừng, thiệt hại 1,4 ha; 3 vụ cháy nhà dân, thiệt hại 250 triệu đồng": the houses' fire is its own
    # incident, though the forest fires were told before it in the sentence
    text = (
        "Trong tháng 4/2026, toàn huyện xảy ra 2 vụ cháy rừng, thiệt hại 1,4 ha rừng thông; 3 vụ cháy nhà dân, thiệt "
        "hại khoảng 250 triệu đồng.\nMưa đá làm 12 nhà bị vỡ ngói tại xã Hữu Kiệm.\n"
    )
    rows = _disaster_rows(text)
    assert 250e6 not in rows and rows[1.4]["hazards"] == ["wildfire"]
    # near-miss: a fire said again after the forest fire without its property is that forest fire
    text = "Ngày 3/4/2026, xảy ra cháy rừng tại xã Hữu Kiệm. Vụ cháy làm thiệt hại 1,4 ha rừng thông.\n"
    assert _disaster_rows(text)[1.4]["hazards"] == ["wildfire"]


def test_a_cap_a_plan_sets_on_the_dead_is_no_damage() -> None:
    # "số người chết không vượt quá 5 người" in a plan, after a year's toll of a storm: a target, not deaths
    text = (
        "Năm 2026, bão và mưa lũ làm 6 người chết, 900 nhà bị hư hỏng.\nNăm 2027, phấn đấu giảm thiệt hại do thiên "
        "tai; số người chết do thiên tai không vượt quá 3 người.\n"
    )
    rows = _disaster_rows(text)
    assert 3.0 not in rows and rows[6.0]["impact"] == "deaths"


def test_a_crop_word_is_a_whole_word_not_the_start_of_ngoi() -> None:
    # "tốc mái 4 ngôi nhà, diện tích 260 m2": the houses' floor, no maize ("ngô") inside the classifier "ngôi"
    text = "Dông lốc làm tốc mái 4 ngôi nhà, diện tích khoảng 260 m2.\n"
    assert _disaster_rows(text).get(0.026, {}).get("impact") != "crops"
    # near-miss: maize named as a whole word is the crop
    text = "Dông lốc làm tốc mái 4 ngôi nhà, đổ gãy 1,5 ha ngô.\n"
    assert _disaster_rows(text)[1.5]["impact"] == "crops"


def test_machines_sent_along_with_people_are_no_damage() -> None:
    # "huy động 500 người cùng 15 máy bơm": what the response sent, joined by "cùng (với)" or "với", is no work hit
    for joiner in ("cùng", "cùng với", "với"):
        text = f"Tháng 3/2026 xảy ra 2 vụ cháy rừng, thiệt hại 6 ha. Xã đã huy động 500 người {joiner} 15 máy bơm.\n"
        assert 15.0 not in _disaster_rows(text)
    # near-miss: works the fire burnt, counted with "cùng", are still damage
    text = "Tháng 3/2026, cháy rừng làm thiệt hại 6 ha rừng keo cùng 3 chòi canh lửa.\n"
    assert _disaster_rows(text)[3.0]["impact"] == "infrastructure"


def test_stones_that_struck_people_in_a_hailstorm_are_the_hail() -> None:
    # "bị thương do đá rơi trúng" in a text about hail: the hailstones, not a cause of another kind
    text = "Chiều 2/4/2027, mưa đá tại xã Tả Phìn làm 30 nhà bị vỡ ngói. Có 3 người bị thương do đá rơi trúng.\n"
    assert _disaster_rows(text)[3.0]["impact"] == "injured" and _disaster_rows(text)[3.0]["hazards"] == ["hail"]
    # near-miss: in a text about no hail the stones are no hail's
    text = "Chiều 2/4/2027, dông lốc tại xã Tả Phìn làm 30 nhà bị tốc mái. Có 3 người bị thương do đá rơi trúng.\n"
    assert "hail" not in _disaster_rows(text).get(3.0, {}).get("hazards", [])


def test_the_body_a_thing_struck_is_no_other_person() -> None:
    # "bị tôn bay trúng người, bị thương": the "người" the sheet struck is the body of those counted, who were hurt
    text = "Ngày 9/6/2027, dông lốc tại xã Yên Bình làm 20 nhà tốc mái. 3 người bị tôn bay trúng người, bị thương.\n"
    assert _disaster_rows(text)[3.0]["impact"] == "injured"
    # near-miss: people counted who went to look for others hurt are not the hurt
    text = "Ngày 9/6/2027, dông lốc tại xã Yên Bình làm 20 nhà tốc mái. 30 dân quân đi tìm người bị thương.\n"
    assert 30.0 not in _disaster_rows(text)


def test_stores_kilns_wells_pens_and_walls_are_works_hit() -> None:
    # a store, a workshop, a drying kiln, a shop, a well, a tank, a pen and a wall a disaster hit are works
    for work in ("kho lương thực", "xưởng mộc", "lò sấy quế", "cửa hàng", "quán nước", "giếng khoan", "bể chứa nước",
                 "chuồng lợn", "bức tường chắn"):
        text = f"Ngày 4/5/2027, sạt lở đất tại xã Pa Cheo làm sập 2 {work}.\n"
        assert _disaster_rows(text)[2.0]["impact"] == "infrastructure", work
    # near-miss: a house's cracked wall leaves the house the thing hit
    assert _disaster_rows("Ngày 4/5/2027, sạt lở đất tại xã Pa Cheo làm 2 nhà bị nứt tường.\n")[2.0]["impact"] == (
        "houses_damaged"
    )


def test_the_area_of_works_just_counted_is_a_work_hit() -> None:
    # "sụt lún 3 điểm mặt đường với diện tích 450 m2": the floor of the road's spots counted, a work hit as they were
    text = "Ngày 7/5/2027, mưa lớn tại xã Mường Tùng làm sụt lún 3 điểm mặt đường với diện tích khoảng 450 m2.\n"
    assert _disaster_rows(text)[0.045]["impact"] == "infrastructure"
    # near-miss: the area of fish ponds counted stays the ponds'
    text = "Ngày 7/5/2027, mưa lớn tại xã Mường Tùng làm vỡ 3 ao nuôi cá với diện tích khoảng 450 m2.\n"
    assert _disaster_rows(text)[0.045]["impact"] == "aquaculture"


def test_a_loss_after_the_rain_keeps_the_flood_it_brought() -> None:
    # "Mưa ... làm ngập 120 căn nhà ... Ước thiệt hại": the loss of what the rain did, its flooding too, as the
    # houses' row has it (though a sentence naming no hazard comes between)
    text = (
        "Ngày 9/9/2027, mưa to kéo dài làm ngập 120 căn nhà; 2 người chết do nước cuốn. Nhiều đoạn đường bị hư "
        "hỏng, xe cộ không qua lại được. Ước thiệt hại 9,5 tỷ đồng.\n"
    )
    assert _disaster_rows(text)[9.5e9]["hazards"] == ["heavy_rain", "flood"]
    # near-miss: a rain that flooded nothing lends the loss no flood
    text = "Ngày 9/9/2027, mưa to kéo dài làm 3 nhà bị tốc mái. Nhiều đoạn đường bị hư hỏng. Ước thiệt hại 9,5 tỷ.\n"
    assert _disaster_rows(text)[9.5e9]["hazards"] == ["heavy_rain"]


def test_a_total_under_a_list_of_kinds_of_damage_is_of_the_events_counted() -> None:
    # "xảy ra 21 đợt thiên tai (...). Thiệt hại: - ... - Giao thông: sạt lở 9.400 m3 ... Tổng thiệt hại": the total of
    # the events the lead counted, not of the landslide of the last item
    text = (
        "Năm 2027 toàn tỉnh xảy ra 21 đợt thiên tai (mưa lớn, lũ quét, dông lốc). Thiệt hại:\n"
        "- Về người: 3 người chết.\n- Giao thông: sạt lở 9.400 m3 đất đá.\nTổng thiệt hại ước tính 62 tỷ đồng.\n"
    )
    rows = _disaster_rows(text)
    assert rows[62e9]["hazards"] == ["heavy_rain", "flash_flood", "whirlwind"]
    # near-miss: the roads' item keeps its landslide
    assert "landslide" in rows[9400.0]["hazards"]


def test_places_after_a_bracket_of_parts_named_first_are_the_wholes() -> None:
    # "chết 186 con gia súc (trâu 92 con, bò 71 con), tập trung tại các xã A, B": the bracket's parts open on their
    # kind, not their number; the places after it are where the whole died, as they are for each part
    text = (
        "Ngày 20/1/2027, rét hại làm chết 186 con gia súc (trâu 92 con, bò 71 con), tập trung tại các xã Cô Ba, "
        "Khánh Xuân.\n"
    )
    assert _disaster_rows(text)[186.0]["locations"] == ["Cô Ba", "Khánh Xuân"]
    # near-miss: the place of a later count after the bracket stays that count's
    text = "Ngày 20/1/2027, rét hại làm chết 186 con gia súc (trâu 92 con, bò 71 con), 12 ha mạ tại xã Cô Ba bị chết.\n"
    assert _disaster_rows(text)[186.0]["locations"] == []


def test_a_hazard_described_before_its_verb_still_opens_on_the_event() -> None:
    # "Mưa đá to bằng quả trứng gà đã làm …": the hail, with the words that describe it, is the event the sentence
    # before placed
    text = (
        "Chiều 2/4/2027, tại xã Tả Phìn xảy ra mưa đá. Mưa đá có kích thước lớn như quả trứng gà đã làm 56 ngôi "
        "nhà bị vỡ ngói.\n"
    )
    assert _disaster_rows(text)[56.0]["locations"] == ["Tả Phìn"]
    # near-miss: a sentence that opens on others than the event counts at no place of it
    text = "Chiều 2/4/2027, tại xã Tả Phìn xảy ra mưa đá. Đoàn công tác thăm các hộ có 56 ngôi nhà bị vỡ ngói.\n"
    assert _disaster_rows(text)[56.0]["locations"] == []


def test_a_headline_run_into_the_story_lends_its_counts_to_no_sentence() -> None:
    # "Headline … 300 ngôi nhà  (Báo X) - Chiều …, tại xã A xảy ra mưa đá. Mưa đá làm 327 ngôi nhà …": the story's first
    # sentence counts nothing though the headline run into it does; its place is the event's
    text = (
        "Mưa đá làm hư hỏng hơn 300 ngôi nhà\n\n(Báo Lai Châu) - Chiều 2/4/2027, tại xã Tả Phìn xảy ra mưa đá. "
        "Mưa đá làm 327 ngôi nhà bị vỡ ngói.\n"
    )
    assert _disaster_rows(text)[327.0]["locations"] == ["Tả Phìn"]
    # near-miss: a first sentence with counts of its own keeps its places to them
    text = (
        "Mưa đá làm hư hỏng hơn 300 ngôi nhà\n\n(Báo Lai Châu) - Chiều 2/4/2027, tại xã Tả Phìn mưa đá làm 2 người "
        "bị thương. Mưa đá làm 327 ngôi nhà bị vỡ ngói.\n"
    )
    assert _disaster_rows(text)[327.0]["locations"] == []


def test_an_event_count_ends_before_uncounted_events() -> None:
    # "2 áp thấp nhiệt đới và nhiều đợt mưa lớn": the rains, counted by no number, are none of the depressions'
    text = "Năm 2027, trên địa bàn tỉnh xảy ra 3 cơn bão, 2 áp thấp nhiệt đới và nhiều đợt mưa lớn, làm 9 người chết.\n"
    rows = _disaster_rows(text)
    assert rows[2.0]["hazards"] == ["storm"]
    # near-miss: the deaths are of them all, the rains too
    assert rows[9.0]["hazards"] == ["storm", "heavy_rain"]


def test_cages_damaged_and_carried_off_in_a_storm_are_its_waves() -> None:
    # "lồng nuôi … bị hư hỏng, cuốn trôi" in a text about a storm: carried off by its waves (after another verb), no
    # flood
    text = "Bão số 2 năm 2027 làm 840 ô lồng nuôi cá bị hư hỏng, cuốn trôi tại xã Thắng Lợi.\n"
    assert _disaster_rows(text)[840.0]["hazards"] == ["storm"]
    # near-miss: cages on a river stay the flood's
    text = "Bão số 2 năm 2027 làm 840 ô lồng nuôi cá trên sông bị hư hỏng, cuốn trôi tại xã Thắng Lợi.\n"
    assert "flood" in _disaster_rows(text)[840.0]["hazards"]


def test_a_risk_named_after_a_summary_of_disasters_is_no_kind_it_tells() -> None:
    # "thiên tai làm 86 người chết … Đã bố trí dân cư ở vùng có nguy cơ cao xảy ra sạt lở đất": the risk names no slide
    # that hit the summary's dead
    text = (
        "Giai đoạn 2021-2025, thiên tai làm 86 người chết, 23.400 nhà bị hư hỏng. Đã bố trí ổn định dân cư cho 850 "
        "hộ ở vùng có nguy cơ cao xảy ra sạt lở đất.\n"
    )
    assert _disaster_rows(text)[86.0]["hazards"] == []
    # near-miss: a slide the summary tells as damage is its kind
    text = "Giai đoạn 2021-2025, thiên tai làm 86 người chết, 23.400 nhà bị hư hỏng, 120 km đường bị sạt lở.\n"
    assert _disaster_rows(text)[86.0]["hazards"] == ["landslide"]


def test_a_part_of_crops_hit_at_risk_of_worse_is_damage() -> None:
    # "có 2.300 ha ngô bị hạn, trong đó 560 ha có nguy cơ mất trắng": the part was hit with its whole; the risk is of
    # a worse loss still
    text = "Nắng nóng kéo dài làm 2.300 ha ngô bị hạn, trong đó 560 ha có nguy cơ mất trắng.\n"
    rows = _disaster_rows(text)
    assert rows[560.0]["impact"] == "crops" and rows[560.0]["hazards"] == ["drought"]
    # (the detail's word as a clause of its own)
    text = "Nắng nóng kéo dài làm 2.300 ha ngô bị hạn, trong đó, 560 ha có nguy cơ mất trắng.\n"
    assert _disaster_rows(text)[560.0]["impact"] == "crops"
    # near-miss: a part of a whole that is only at risk is no damage
    text = "Nắng nóng kéo dài, 2.300 ha ngô có nguy cơ bị hạn, trong đó 560 ha có nguy cơ mất trắng.\n"
    assert 560.0 not in _disaster_rows(text)


def test_a_place_that_has_the_counts_after_the_sentences_opening_is_where_they_were() -> None:
    # "Sáng 3/5/2027, xã A (tỉnh B) có 45 nhà bị tốc mái, trong đó 6 nhà ...": the place before the first count, past
    # the words that open the sentence and the province in brackets, is where the counts and their parts were
    text = "Chiều 3/5/2027, xã Bản Lầu (tỉnh Lào Cai) có 45 nhà bị lốc xoáy tốc mái, trong đó 6 nhà bị sập.\n"
    rows = _disaster_rows(text)
    assert rows[45.0]["locations"] == ["Bản Lầu"] and rows[6.0]["locations"] == ["Bản Lầu"]
    text = "Hạn hán kéo dài, toàn huyện Krông Búk có 800 ha cà phê bị thiếu nước.\n"
    assert _disaster_rows(text)[800.0]["locations"] == ["Krông Búk"]
    # near-miss: a province before the count is no place of the facts
    text = "Hạn hán kéo dài, toàn tỉnh Đắk Lắk có 800 ha cà phê bị thiếu nước.\n"
    assert _disaster_rows(text)[800.0]["locations"] == []


def test_a_headlines_place_is_the_leads_only_when_the_lead_names_no_place_of_its_own() -> None:
    # "Mưa đá tại xã A" over "(Báo X) - Chiều …, mưa đá làm 56 nhà …": a lead that says no place is at the headline's
    text = "Mưa đá gây thiệt hại tại xã Pa Vây Sử\n\n(Báo Hà Giang) - Chiều 4/4/2027, mưa đá làm 56 nhà bị vỡ ngói.\n"
    assert _disaster_rows(text)[56.0]["locations"] == ["Pa Vây Sử"]
    # (a lead under its headline as a sentence of its own, the headline opening on its place)
    text = "Xã Pa Vây Sử: mưa đá làm vỡ ngói nhiều nhà\n\nChiều 4/4/2027, mưa đá làm 56 nhà bị vỡ ngói.\n"
    assert _disaster_rows(text)[56.0]["locations"] == ["Pa Vây Sử"]
    # near-miss: a lead on the whole province is at none of the headline's places
    text = ("Mưa đá gây thiệt hại tại xã Pa Vây Sử\n\n(Báo Hà Giang) - Chiều 4/4/2027, mưa đá trên địa bàn tỉnh làm 56 "
            "nhà bị vỡ ngói.\n")
    assert _disaster_rows(text)[56.0]["locations"] == []
    # near-miss: a lead that names its own place is at that place alone
    text = ("Mưa đá gây thiệt hại tại xã Pa Vây Sử\n\n(Báo Hà Giang) - Chiều 4/4/2027, tại huyện Mèo Vạc, mưa đá làm "
            "56 nhà bị vỡ ngói.\n")
    assert _disaster_rows(text)[56.0]["locations"] == ["Mèo Vạc"]


def test_items_under_a_lead_of_a_loss_take_the_hazard_of_the_title_above_it() -> None:
    # "Thiệt hại do lũ quét năm 2027" over "Giá trị thiệt hại theo huyện:" over "- Huyện A: 95 tỷ đồng": the lead names
    # the loss but not its cause; the title on the line above it does
    items = "Giá trị thiệt hại theo huyện:\n- Huyện Mù Cang Chải: 95 tỷ đồng;\n- Huyện Trạm Tấu: 40 tỷ đồng.\n"
    rows = _disaster_rows("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nThiệt hại do lũ quét năm 2027\n" + items)
    assert rows[95e9]["impact"] == "economic_loss" and "flash_flood" in rows[95e9]["hazards"]
    # near-miss: a line above that counts something of its own is no title of the loss
    assert 95e9 not in _disaster_rows("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nThiệt hại do lũ quét năm 2027 tại 12 xã\n" + items)


def test_a_toll_of_years_named_one_by_one_is_of_them_all() -> None:
    # "Mưa lũ năm 2025 và 2026 làm 14 người chết": the toll of both years, from the first's start to the last's end
    rows = _disaster_rows("Ngày 5/12/2026, tỉnh tổng kết. Mưa lũ năm 2025 và 2026 đã làm 14 người chết.\n")
    assert (rows[14.0]["period_start"], rows[14.0]["period_end"]) == ("2025-01-01", "2026-12-31")
    # near-miss: a year compared with is no year of the toll
    rows = _disaster_rows("Ngày 5/12/2026, tỉnh tổng kết. Năm 2026, mưa lũ đã làm 14 người chết, nhiều hơn năm 2025.\n")
    assert (rows[14.0]["period_start"], rows[14.0]["period_end"]) == ("2026-01-01", "2026-12-31")


def test_the_sentences_after_an_events_days_are_of_those_days() -> None:
    # "Từ ngày 3 đến ngày 5/10, mưa lũ làm 2 người chết. Có 80 nhà bị ngập.": the second sentence says no time; its
    # houses were flooded in the event's days, not over the report's month
    title = "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 NĂM 2026\n"
    rows = _disaster_rows(title + "Từ ngày 3 đến ngày 5/10/2026, mưa lũ làm 2 người chết. Có 80 nhà bị ngập.\n")
    assert (rows[80.0]["period_start"], rows[80.0]["period_end"]) == ("2026-10-03", "2026-10-05")
    # near-miss: a sentence before that names the month alone lends no days
    rows = _disaster_rows(title + "Trong tháng 10, mưa lũ làm 2 người chết. Có 80 nhà bị ngập.\n")
    assert (rows[80.0]["period_start"], rows[80.0]["period_end"]) == ("2026-10-01", "2026-10-31")


def test_damage_counted_to_a_day_of_an_event_told_before_is_of_its_days() -> None:
    # "Từ ngày 3 đến ngày 5/10, có mưa to. Đến 17 giờ ngày 5/10, mưa lũ làm 2 người chết. Có 80 nhà bị ngập.": counted
    # to the event's last day, the damage is of the event's days (the sentence after it too), not the report's month
    title = "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 NĂM 2026\n"
    told = "Từ ngày 3 đến ngày 5/10/2026, trên địa bàn có mưa to. "
    rows = _disaster_rows(title + told + "Đến 17 giờ ngày 5/10/2026, mưa lũ làm 2 người chết. Có 80 nhà bị ngập.\n")
    assert (rows[2.0]["period_start"], rows[2.0]["period_end"]) == ("2026-10-03", "2026-10-05")
    assert (rows[80.0]["period_start"], rows[80.0]["period_end"]) == ("2026-10-03", "2026-10-05")
    # near-miss: a toll counted to a day weeks after those days is of more than that event
    rows = _disaster_rows(title + told + "Đến ngày 31/10/2026, mưa lũ làm 2 người chết.\n")
    assert (rows[2.0]["period_start"], rows[2.0]["period_end"]) == ("2026-10-01", "2026-10-31")
