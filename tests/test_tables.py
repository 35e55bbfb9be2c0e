"""Tab-separated tables read through their header row."""

import datetime as dt

import pytest

from orchestration.extraction.layout import build_layout
from orchestration.extraction.tables import (
    Column,
    _counts_of_a_time,
    _figures_before_a_word_cell,
    _without_its_time,
    a_second_header_row,
    classify_header,
    find_aligned_table_figures,
    find_lined_table_figures,
    find_table_figures,
    merged_header,
    read_tab_tables,
    row_province,
    runs_on_after_a_tab,
)
from tests.conftest import indicator_rows

TABLE = (
    "Biểu kết quả thực hiện các chỉ tiêu\n"
    "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2024\tƯớc thực hiện 6 tháng\tĐánh giá\n"
    "1\tTổng mức bán lẻ hàng hoá và doanh thu dịch vụ\tTỷ đồng\t3.700\t1.889\tChưa đạt\n"
    "2\tSố hộ kinh doanh cá thể hoạt động\tHộ\t>4.000\t4.227\tĐạt\n"
    "3\tTổng đàn gia súc, gia cầm\t\t322.780\t220.879\tChưa đạt\n"
    "\t- Đàn lợn\tCon\t21.000\t15.719\t\n"
    "4\tTỷ lệ học sinh hoàn thành chương trình tiểu học\t%\t≥ 99\t100\tĐạt\n"
)


def test_header_roles() -> None:
    assert classify_header("Kế hoạch 2024").metric == "target"
    assert classify_header("Kế hoạch 2024").year == 2024
    assert classify_header("Tiến độ thực hiện").metric == "level"
    assert classify_header("Ước thực hiện 6 tháng").estimate
    assert classify_header("So với cùng kỳ (%)").metric == "yoy_pct"
    assert classify_header("Đơn vị tính").role == "unit"
    assert classify_header("Chỉ tiêu").role == "label"
    assert classify_header("STT").role == "skip"
    # what each row is, named by its kind ("Loại thiệt hại" over "Người chết", "Nhà bị sập"): the rows' names
    assert classify_header("Loại thiệt hại").role == "label"
    assert classify_header("Thiệt hại").role != "label"  # (near-miss: a quantity, not the kinds of rows)


def test_cells_read_with_header_unit_and_label() -> None:
    rows = find_table_figures(build_layout(TABLE))
    got = [(extra["label"], f.metric, f.value, f.unit, f.qualifier) for f, extra in rows]
    assert got[0] == ("Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ", "target", 3700e9, "VND", "exact")
    assert got[1] == ("Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ", "level", 1889e9, "VND", "estimate")
    assert got[2][1:] == ("target", 4000, "household", "over")
    assert ("Đàn lợn", "level", 15719, "head", "estimate") in got
    assert got[-2][1:] == ("target", 99, "pct", "over")
    assert all(extra["target_year"] == 2024 for f, extra in rows if f.metric == "target")


def test_a_rows_number_in_its_label_cell_is_no_word_of_its_subject() -> None:
    table = ("Chỉ tiêu\tĐVT\tKế hoạch năm 2027\tƯớc TH 6 tháng\n"
             "1. Sản lượng lương thực\tTấn\t84.000\t41.500\n2.1. Thu nội địa\tTỷ đồng\t950\t470\n"
             "b) Đàn trâu\tCon\t5.200\t5.150\nII. Chi ngân sách\tTỷ đồng\t1.800\t820\n"
             "3 tháng đầu năm xuất khẩu\tTriệu USD\t120\t95\n")
    labels = {extra["label"] for _, extra in find_table_figures(build_layout(table))}
    assert {"Sản lượng lương thực", "Thu nội địa", "Đàn trâu", "Chi ngân sách"} <= labels
    assert "3 tháng đầu năm xuất khẩu" in labels  # (near miss: a number that counts, no row's number)


def test_a_parts_capital_letter_in_its_label_cell_is_no_word_of_its_subject() -> None:
    # "A. Tổng thu NSNN", "B. Tổng chi NSĐP": the report's parts lettered in capitals, the letter no word of the row
    table = ("Nội dung\tDự toán 2027 (tỷ đồng)\tThực hiện 9 tháng (tỷ đồng)\n"
             "A. Tổng thu NSNN trên địa bàn\t6.300\t4.870\nĐ. Chi dự phòng\t120\t35\n"
             "H. Ea Kar\t40\t12\n")
    labels = [extra["label"] for _, extra in find_table_figures(build_layout(table))]
    assert labels[:4] == ["Tổng thu NSNN trên địa bàn"] * 2 + ["Chi dự phòng"] * 2
    assert labels[4].startswith("H. Ea Kar")  # (near miss: "H." short for "Huyện", no part's letter, is kept)


def test_cell_offsets_point_at_the_number() -> None:
    layout = build_layout(TABLE)
    for fig, _ in find_table_figures(layout):
        assert layout.source[layout.to_source(fig.start):layout.to_source(fig.end)] == fig.token


def test_sentence_in_a_cell_is_read_as_text() -> None:
    table = ("STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2024\tKết quả thực hiện\n"
             "41\tGiảm tai nạn giao thông đường bộ\t\tGiảm cả 3 tiêu chí\t"
             "giảm 02 người chết, giảm 04 người bị thương so với cùng kỳ\n")
    got = [(f.metric, f.value, f.unit) for f, _ in find_table_figures(build_layout(table))]
    assert ("yoy_abs", -2, "person") in got and ("yoy_abs", -4, "person") in got


YEARBOOK_PAGE = (
    "12\n"
    "        Cơ cấu vốn đầu tư trên địa bàn\n"
    "        Structure of investment\n"
    "                                              Đơn vị tính - Unit: %\n"
    "                                                        Sơ bộ\n"
    "                                    2021   2022   2023  Prel.\n"
    "                                                         2024\n"
    "    TỔNG SỐ - TOTAL                  100,00  100,00  100,00  100,00\n"
    "    Vốn nhà nước\n"
    "    State capital                    40,15   38,20   35,05   33,10\n"
)


def test_a_column_aligned_table_of_years() -> None:
    figures, spans = find_aligned_table_figures(build_layout(YEARBOOK_PAGE))
    rows = [(f.value, f.unit, f.metric, f.qualifier, extra["year"], extra["label"]) for f, extra in figures]
    assert len(rows) == 8
    assert rows[0] == (100, "pct", "share_pct", "exact", 2021, "Cơ cấu vốn đầu tư trên địa bàn: TỔNG SỐ - TOTAL")
    assert rows[7] == (33.1, "pct", "share_pct", "estimate", 2024, "Cơ cấu vốn đầu tư trên địa bàn: Vốn nhà nước")
    assert spans and spans[0][0] <= YEARBOOK_PAGE.index("12") and spans[-1][1] >= YEARBOOK_PAGE.index("33,10")


def test_a_sentence_with_years_is_not_a_table() -> None:
    text = "Giai đoạn 2021 2022 2023 tăng trưởng bình quân 7%.\nTỷ lệ hộ nghèo 3,5   2,1   1,8   1,2\n"
    assert find_aligned_table_figures(build_layout(text)) == ([], [])


def test_markdown_and_html_tables_are_read_like_tab_separated_ones() -> None:
    markdown = (
        "| STT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024 | So với cùng kỳ (%) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Kim ngạch xuất khẩu | Triệu USD | 250 | 262,5 | 105,2 |\n"
    )
    html = (
        "<table><tr><th>STT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch 2024</th><th>Thực hiện 2024</th>"
        "<th>So với cùng kỳ (%)</th></tr>\n<tr><td>1</td><td>Kim ngạch xuất khẩu</td><td>Triệu USD</td>"
        "<td>250</td><td>262,5</td><td>105,2</td></tr></table>\n"
    )
    for text in (markdown, html):
        layout = build_layout(text)
        rows = find_table_figures(layout)
        got = [(extra["label"], f.metric, round(f.value, 6), f.unit) for f, extra in rows]
        assert got == [
            ("Kim ngạch xuất khẩu", "target", 250e6, "USD"),
            ("Kim ngạch xuất khẩu", "level", 262.5e6, "USD"),
            ("Kim ngạch xuất khẩu", "yoy_pct", 5.2, "pct"),  # 105,2 % of last year's
        ], text
        for fig, _ in rows:  # the evidence offsets still point at the number in the original text
            assert layout.source[layout.to_source(fig.start):layout.to_source(fig.end)] == fig.token


def test_a_growth_column_holds_the_growth_itself() -> None:
    assert classify_header("So với cùng kỳ (%)").ratio
    assert not classify_header("Tăng so với cùng kỳ (%)").ratio


PLACE_TABLE = (
    "BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI TỈNH YÊN BÁI\nBÁO CÁO NHANH\nThiệt hại do mưa lũ tháng 9 năm 2024\n\n"
    "STT\tĐịa phương\tNgười chết (người)\tNhà bị sập (nhà)\tLúa bị ngập (ha)\tThu ngân sách (tỷ đồng)\n"
    "1\tHuyện Lục Yên\t3\t12\t150\t210\n"
    "\tTổng cộng\t4\t17\t230\t980\n"
)


def test_a_table_of_places_reads_each_column_as_its_quantity() -> None:
    from orchestration.extraction import extract_document

    tables = extract_document(PLACE_TABLE.encode(), "bulletin.txt").tables
    # every number of a table is a fact (CONVENTIONS): the total row is the province's damage and budget, a
    # district's row that district's, its locality set so that a mart summing per province and locality does not
    # add it to the total that counts it already
    disasters = [(r["impact"], r["value"], r["locations"], r["locality"]) for r in tables["disasters"].to_dicts()]
    lu = (["Lục Yên"], "huyen_luc_yen")
    assert disasters == [("deaths", 3, *lu), ("houses_destroyed", 12, *lu), ("crops", 150, *lu),
                         ("deaths", 4, [], None), ("houses_destroyed", 17, [], None), ("crops", 230, [], None)]
    budgets = [(r["budget_item"], r["value"], r["locality"]) for r in tables["budgets"].to_dicts()]
    assert budgets == [("revenue_total", 210e9, "huyen_luc_yen"), ("revenue_total", 980e9, None)]
    assert tables["indicators"].height == 0
    # without a total row each district's damage is a disaster fact with its place
    no_total = PLACE_TABLE.rsplit("\tTổng cộng", 1)[0]
    disasters = extract_document(no_total.encode(), "bulletin.txt").tables["disasters"].to_dicts()
    assert [(r["impact"], r["value"], r["locations"]) for r in disasters] == [
        ("deaths", 3, ["Lục Yên"]), ("houses_destroyed", 12, ["Lục Yên"]), ("crops", 150, ["Lục Yên"])]


def test_unit_column_of_an_indicator_table_is_not_a_place() -> None:
    heads = [classify_header(c) for c in ("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2024", "Thực hiện 2024")]
    assert [h.role for h in heads] == ["skip", "label", "unit", "value", "value"]
    assert classify_header("Người chết (người)").name == "Người chết"


def test_estimated_column_is_a_level() -> None:
    head = classify_header("Ước tính tháng 5 năm 2024")
    assert (head.role, head.metric, head.estimate) == ("value", "level", True)


STACKED = (
    "Số liệu xuất khẩu\n"
    "Thực hiện tháng 4\n"
    "Ước tính tháng 5\n"
    "Tháng 5 so với cùng kỳ (%)\n"
    "Đơn vị tính: Triệu USD\n"
    "Tổng kim ngạch\n"
    "210,5\n"
    "220,0\n"
    "108,2\n"
    "Chia theo khu vực\n"
    "Doanh nghiệp FDI\n"
    "150,1\n"
    "161,3\n"
    "95,5\n"
)


def test_a_table_laid_out_one_cell_a_line() -> None:
    rows = find_table_figures(build_layout(STACKED))
    got = [(extra["label"], f.metric, round(f.value, 6), f.unit, f.qualifier) for f, extra in rows]
    assert got == [
        ("Tổng kim ngạch", "level", 210.5e6, "USD", "exact"),
        ("Tổng kim ngạch", "level", 220e6, "USD", "estimate"),
        ("Tổng kim ngạch", "yoy_pct", 8.2, "pct", "exact"),
        ("Doanh nghiệp FDI", "level", 150.1e6, "USD", "exact"),
        ("Doanh nghiệp FDI", "level", 161.3e6, "USD", "estimate"),
        ("Doanh nghiệp FDI", "yoy_pct", -4.5, "pct", "exact"),
    ]


def test_numbers_one_a_line_without_a_header_are_no_table() -> None:
    text = "Kết quả\nTổng số\n12\n15\nKhác\n3\n4\nGhi chú\nHết\nHết\nHết\n"
    assert find_table_figures(build_layout(text)) == []


def test_a_column_naming_its_month_or_months_with_a_year_has_that_period() -> None:
    import datetime as dt
    assert classify_header("Ước tính tháng 5 năm 2024").period == (dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    assert classify_header("Lũy kế 5 tháng năm 2024 so với cùng kỳ (%)").period == (
        dt.date(2024, 1, 1), dt.date(2024, 5, 31))
    assert classify_header("Ước thực hiện 6 tháng").period is None  # no year: the report's period
    assert classify_header("Kế hoạch 2024").period is None  # a target's year is read elsewhere


def test_r44_a_scraped_table_of_plans_by_who_assigned_them_in_a_unit_set_above() -> None:
    # the page lost each row's opening pipe and the head over the names; the unit closes the line above
    text = (
        "II. Chi ngân sách địa phương năm 2025 (ĐVT: triệu đồng)\n"
        "| Tỉnh giao | HĐND huyện giao |\n"
        "Tổng chi cân đối ngân sách huyện | 820.500 | 835.250 |\n"
        "- Chi thường xuyên: | 610.000 | 618.400 |\n"
    )
    layout = build_layout(text)
    rows = find_table_figures(layout)
    got = [(extra["label"], f.metric, f.value, f.unit, extra.get("plan_basis")) for f, extra in rows]
    assert got == [
        ("Tổng chi cân đối ngân sách huyện", "target", 820500e6, "VND", "provincial"),
        ("Tổng chi cân đối ngân sách huyện", "target", 835250e6, "VND", "provincial"),
        ("Chi thường xuyên:", "target", 610000e6, "VND", "provincial"),
        ("Chi thường xuyên:", "target", 618400e6, "VND", "provincial"),
    ]
    assert classify_header("Trung ương giao").basis == "central"
    assert classify_header("Giao thông").role == "skip"
    for fig, _ in rows:
        assert layout.source[layout.to_source(fig.start):layout.to_source(fig.end)] == fig.token


def test_a_column_of_the_months_added_up_holds_levels_of_the_year_so_far() -> None:
    from orchestration.extraction import extract_document

    assert classify_header("Cộng dồn 8 tháng").metric == "level"
    text = ("CỤC THỐNG KÊ TỈNH GIA LAI\nMột số chỉ tiêu chủ yếu tháng 8 năm 2028\n\n"
            "Chỉ tiêu\tĐơn vị tính\tThực hiện tháng 8/2028\tCộng dồn 8 tháng\t8 tháng so với cùng kỳ (%)\n"
            "Kim ngạch xuất khẩu\tTriệu USD\t80,5\t612,4\t107,3\n")
    rows = extract_document(text.encode(), "gia_lai.txt").tables["indicators"].to_dicts()
    read = {r["value"]: (r["metric"], str(r["period_start"]), str(r["period_end"])) for r in rows}
    assert read[612.4e6] == ("level", "2028-01-01", "2028-08-31")
    assert read[80.5e6] == ("level", "2028-08-01", "2028-08-31")


def test_done_written_short_is_a_level_column() -> None:
    for header in ("Ước TH 6 tháng", "TH năm 2025", "ƯTH 9 tháng", "Ước 9 tháng năm 2026", "Ước cả năm"):
        assert classify_header(header).metric == "level", header
    assert classify_header("Ước TH 6 tháng").estimate and not classify_header("TH năm 2025").estimate
    # near-misses: a comparison or a plan keeps its metric; "th" inside a word is no abbreviation
    assert classify_header("Ước TH so với KH (%)").metric == "plan_pct"
    assert classify_header("KH năm 2026").metric == "target"
    assert classify_header("Thành phần").role != "value"


def test_a_budget_row_of_a_table_is_labelled_by_its_label_column() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
            "STT\tChỉ tiêu\tĐVT\tKH năm 2026\tƯớc TH 9 tháng\tSo với KH (%)\n"
            "1\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t4.800\t3.350\t69,8\n"
            "2\tKim ngạch xuất khẩu\tTriệu USD\t520\t391\t75,2\n")
    extraction = extract_document(text.encode(), "phu_yen.txt")
    budgets = {r["value"]: r for r in extraction.tables["budgets"].to_dicts()}
    assert {r["budget_label"] for r in budgets.values()} == {"Thu ngân sách nhà nước trên địa bàn"}
    assert (budgets[3350e9]["measure"], budgets[3350e9]["qualifier"], str(budgets[3350e9]["period_end"])) == (
        "actual", "estimate", "2026-09-30")
    exports = {r["value"]: r["metric"] for r in extraction.tables["indicators"].to_dicts()}
    assert exports[391e6] == "level" and exports[520e6] == "target"


def test_a_header_over_two_rows_heads_each_column_below_it() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND HUYỆN TAM ĐẢO\nBÁO CÁO\nKết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2027\n\n"
            "TT\tChỉ tiêu\tĐơn vị\tNăm 2026\tNăm 2027\t\t\n"
            "\t\t\t\tKế hoạch\tThực hiện\tSo sánh TH/KH (%)\n"
            "1\tSố hộ nghèo\tHộ\t410\t350\t338\t96,6\n"
            "2\tDiện tích trồng rừng mới\tha\t120\t150\t162\t108\n")
    rows = extract_document(text.encode(), "tam_dao.txt").tables["indicators"].to_dicts()
    read = {r["value"]: (r["indicator_label"], r["metric"], r["unit"], str(r["period_end"])) for r in rows}
    assert read[410] == ("Số hộ nghèo", "level", "household", "2026-12-31")  # a head of one row: its year
    assert read[350] == ("Số hộ nghèo", "target", "household", "2027-12-31")
    assert read[338] == ("Số hộ nghèo", "level", "household", "2027-12-31")
    assert read[96.6][1:3] == ("plan_pct", "pct")
    assert read[162] == ("Diện tích trồng rừng mới", "level", "ha", "2027-12-31")


def test_a_header_row_of_the_columns_units_under_their_heads() -> None:
    # "Dự toán 2027 | Thực hiện 6 tháng | Đạt" over "| Tỷ đồng | Tỷ đồng | %": each column's unit said once in a row
    # of its own under its head, not a caption's unit line; the amounts in billions of dong, the rate a per cent
    text = ("Thu ngân sách theo địa bàn\n"
            "TT\tĐịa bàn\tDự toán 2027\tThực hiện 6 tháng\tĐạt\n"
            "\t\tTỷ đồng\tTỷ đồng\t%\n"
            "1\tHuyện Mường Khương\t96\t41\t42,7\n")
    got = [(f.metric, f.value, f.unit) for f, _ in find_table_figures(build_layout(text))]
    assert got == [("target", 96e9, "VND"), ("level", 41e9, "VND"), ("plan_pct", pytest.approx(42.7), "pct")]
    # near miss: a second row of words that are no units still heads the columns with the row above
    assert merged_header(["Chỉ tiêu", "Năm 2027", ""], ["", "Kế hoạch", "Thực hiện"]) == [
        "Chỉ tiêu", "Kế hoạch Năm 2027", "Thực hiện Năm 2027"]


def test_a_row_of_values_right_below_a_header_is_no_second_header() -> None:
    assert classify_header("Năm 2025").metric == "level" and classify_header("Năm 2025").year == 2025
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH BẮC GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
            "TT\tChỉ tiêu\tĐơn vị\tKế hoạch 2026\tThực hiện 2026\n"
            "\t\t\t1.500\t1.620\n"
            "1\tSố doanh nghiệp thành lập mới\tDoanh nghiệp\t1.500\t1.620\n")
    rows = extract_document(text.encode(), "bac_giang.txt").tables["indicators"].to_dicts()
    assert {(r["indicator_label"], r["metric"], r["value"]) for r in rows if r["indicator_label"]} >= {
        ("Số doanh nghiệp thành lập mới", "target", 1500), ("Số doanh nghiệp thành lập mới", "level", 1620)}


def _disaster_rows(text: str) -> list[dict]:
    """The disasters a short text of a test is read into (as a report would be)."""
    from orchestration.extraction import extract_document

    return extract_document(text.encode(), "probe.txt").tables["disasters"].to_dicts()


def test_a_damage_tables_rows_are_the_damage_they_name() -> None:
    text = ("Lai Châu: Thiệt hại do dông lốc, mưa đá ngày 4/4/2027\n\n"
            "Chiều 4/4/2027, trên địa bàn huyện Tam Đường xảy ra dông lốc kèm mưa đá. Tổng hợp thiệt hại:\n"
            "STT\tNội dung\tĐơn vị\tSố lượng\n"
            "1\tNhà bị tốc mái\tnhà\t142\n2\tNgười bị thương\tngười\t3\n4\tƯớc giá trị thiệt hại\ttriệu đồng\t2.800\n")
    assert {(r["impact"], r["value"]) for r in _disaster_rows(text)} == {
        ("houses_damaged", 142), ("injured", 3), ("economic_loss", 2.8e9)}
    assert classify_header("Số lượng").metric == "level" and classify_header("Số lượng tàu").role != "value"


def test_a_column_of_a_year_still_to_come_holds_targets() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH BẮC KẠN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
            "TT\tChỉ tiêu\tĐơn vị\tNăm 2025\tNăm 2026\tNăm 2030\n"
            "1\tTỷ lệ che phủ rừng\t%\t73,1\t73,4\t75\n")
    rows = extract_document(text.encode(), "bac_kan.txt").tables["indicators"].to_dicts()
    read = {r["value"]: (r["metric"], r["period_end"].year) for r in rows}
    assert read[73.1] == ("level", 2025) and read[73.4] == ("level", 2026) and read[75] == ("target", 2030)


def test_the_total_row_of_a_table_is_its_captions_subject() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH HƯNG YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
            "Biểu số 4: Thu ngân sách nhà nước trên địa bàn\n(ĐVT: triệu đồng)\n"
            "Chỉ tiêu\tDự toán năm 2027\tƯớc thực hiện năm 2027\tSo với dự toán (%)\n"
            "Tổng số\t7.400.000\t7.950.000\t107,4\nThu nội địa\t6.800.000\t7.210.000\t106,0\n\n"
            "Kết quả sản xuất\nChỉ tiêu\tĐơn vị\tNăm 2027\nTổng số\tTấn\t56.000\n")
    tables = extract_document(text.encode(), "hung_yen.txt").tables
    budgets = {r["value"]: (r["budget_item"], r["measure"]) for r in tables["budgets"].to_dicts()}
    assert budgets[7.4e12] == ("revenue_total", "plan") and budgets[7.95e12] == ("revenue_total", "actual")
    assert budgets[107.4] == ("revenue_total", "plan_pct") and budgets[6.8e12] == ("revenue_domestic", "plan")
    [total] = [r for r in tables["indicators"].to_dicts() if r["value"] == 56000]
    assert total["indicator_label"] == "Tổng số"  # a heading that is no caption names no subject


SPACED = (
    "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
    "Một số chỉ tiêu chủ yếu:\n"
    " TT   Chỉ tiêu                        ĐVT        KH 2027     TH 9 tháng     % KH\n"
    " 1    Sản lượng lương thực            Tấn        265.000     190.400        71,8\n"
    " 2    Diện tích trồng rừng mới        Ha           4.200                         \n"
    " 3    Số xã đạt chuẩn nông thôn       Xã              45          41        91,1\n"
    "      mới\n\n"
    "Chỉ tiêu                      Đơn vị         2026          2027\n"
    "Tỷ lệ che phủ rừng            %              43,5          44,1\n\n"
    "Đến nay toàn tỉnh có  38  trường đạt chuẩn quốc gia.\n"
)


def test_a_table_laid_out_with_spaces_is_read_through_its_header() -> None:
    from orchestration.extraction import extract_document

    extraction = extract_document(SPACED.encode(), "dien_bien.txt")
    rows = extraction.tables["indicators"].to_dicts()
    read = {r["value"]: (r["indicator_label"], r["metric"], r["unit"], r["period_start"].month, r["period_end"].year)
            for r in rows}
    assert read[265000] == ("Sản lượng lương thực", "target", "tonne", 1, 2027)
    assert read[190400] == ("Sản lượng lương thực", "level", "tonne", 1, 2027)
    assert read[71.8][1] == "plan_pct" and read[4200][1] == "target"  # an empty cell shifts no cell after it
    # (the name's last word wrapped under the row, "      mới", goes on its name)
    assert read[45][:2] == ("Số xã đạt chuẩn nông thôn mới", "target") and read[91.1][1] == "plan_pct"
    assert read[43.5][1:] == ("level", "pct", 1, 2026) and read[44.1][4] == 2027  # columns headed by years
    # the text after a table is a sentence of its own (its count named by what it counts)
    assert read[38][:2] == ("trường đạt chuẩn quốc gia", "level")
    assert not {1, 2, 3, 2026}.intersection(read)  # row numbers and headers are no figures
    source = SPACED
    for r in rows:
        assert source[r["char_start"]:r["char_end"]] == r["evidence"]
    assert any(r["evidence"].startswith("1    Sản lượng lương thực") for r in rows)  # the row is its evidence


def test_prose_with_double_spaces_is_no_table() -> None:
    from orchestration.extraction.tables import find_lined_table_figures

    text = ("Kết quả thực hiện  các chỉ tiêu  năm 2027\n"
            "Tổng  sản lượng  lương thực đạt  265.000  tấn,  bằng  102%  kế hoạch.\n"
            "Nội dung   chính   của hội nghị   là  kế hoạch  năm 2028.\n")
    assert find_lined_table_figures(build_layout(text)) == ([], [])


def test_a_spaced_tables_evidence_slices_the_source_after_characters_the_layout_drops() -> None:
    from orchestration.extraction import extract_document

    # a soft hyphen and a character written as its number before the table: the clean text is shorter than the
    # source, and every span still maps back to it
    text = SPACED.replace("UBND TỈNH", "UBND T\u00adỈNH").replace("Một số chỉ tiêu", "Một s&#7889; chỉ tiêu")
    rows = extract_document(text.encode(), "dien_bien.txt").tables["indicators"].to_dicts()
    assert {265000, 190400, 43.5, 38} <= {r["value"] for r in rows}
    for r in rows:
        assert text[r["char_start"]:r["char_end"]] == r["evidence"]


def test_row_marks_under_the_column_of_names_of_a_spaced_table_are_no_words_of_the_name() -> None:
    # no column of numbers in the header: "II" and "3" stand under "Chỉ tiêu", spaces apart from the names
    text = (
        "Biểu 2. Kết quả chăn nuôi năm 2027\n"
        "    Chỉ tiêu                          ĐVT        KH 2027      Ước TH 2027\n"
        "II  Chăn nuôi\n"
        "3   Tổng đàn trâu                     con        41.000       40.250\n"
        "4   Sản lượng thịt hơi xuất chuồng     tấn        62.000       63.100\n"
    )
    figures, _ = find_lined_table_figures(build_layout(text))
    assert {extra["label"] for _, extra in figures} == {"Tổng đàn trâu", "Sản lượng thịt hơi xuất chuồng"}
    # near miss: a marked name wrapped onto the next line keeps its rest
    wrapped = text.replace("3   Tổng đàn trâu                  ", "3   Tổng đàn trâu của các\n    hộ chăn nuôi     ")
    figures, _ = find_lined_table_figures(build_layout(wrapped))
    assert figures[0][1]["label"] == "Tổng đàn trâu của các hộ chăn nuôi"


def test_a_spaced_tables_cut_off_day_without_its_year_is_of_the_year_its_title_names() -> None:
    # "Giải ngân đến 31/5" under a title on the programmes of 2027: paid out from January to that day, as of it
    text = (
        "KẾT QUẢ GIẢI NGÂN CÁC CHƯƠNG TRÌNH NĂM 2027\n"
        "Đơn vị tính: triệu đồng\n"
        "Chương trình                  Kế hoạch vốn     Giải ngân đến 31/5     Tỷ lệ (%)\n"
        "Xây dựng nông thôn mới           240.500              72.150           30,0\n"
    )
    figures, _ = find_lined_table_figures(build_layout(text))
    may = (dt.date(2027, 1, 1), dt.date(2027, 5, 31))
    assert [(f.metric, x.get("period"), x.get("as_of")) for f, x in figures][1:] == [
        ("level", may, dt.date(2027, 5, 31)),
        ("plan_pct", may, dt.date(2027, 5, 31)),
    ]
    # near miss: a title naming no year dates no column
    undated = text.replace(" NĂM 2027", "")
    assert not any(x.get("as_of") for _, x in find_lined_table_figures(build_layout(undated))[0])


def _numbered(text: str) -> list[tuple]:
    figures, _ = find_lined_table_figures(build_layout(text))
    return [(extra["label"], f.metric, round(f.value, 6), f.unit, f.qualifier) for f, extra in figures]


def test_a_numbered_table_laid_out_one_cell_a_line_is_read_through_its_header() -> None:
    text = ("Một số chỉ tiêu chủ yếu\nSTT\nChỉ tiêu\nĐVT\nThực hiện tháng 3\nƯớc quý I\n"
            "1\nSản lượng thủy sản\nTấn\n1.840\n5.215,5\n2\nKim ngạch xuất khẩu\nTriệu USD\n64,2\n190\n"
            "3\nKhách du lịch\nLượt\n85.000\n240.100\nTình hình trật tự an toàn xã hội ổn định.\n")
    assert _numbered(text) == [
        ("Sản lượng thủy sản", "level", 1840, "tonne", "exact"),
        ("Sản lượng thủy sản", "level", 5215.5, "tonne", "estimate"),
        ("Kim ngạch xuất khẩu", "level", 64.2e6, "USD", "exact"),
        ("Kim ngạch xuất khẩu", "level", 190e6, "USD", "estimate"),
        ("Khách du lịch", "level", 85000, "visit", "exact"),
        ("Khách du lịch", "level", 240100, "visit", "estimate"),
    ]
    _, spans = find_lined_table_figures(build_layout(text))
    assert len(spans) == 1 and text[spans[0][0]:].startswith("STT")
    assert text[spans[0][1] - len("240.100"):spans[0][1]] == "240.100"  # (the rows' numbers are no body text)


def test_a_list_of_projects_one_cell_a_line_gives_each_projects_measures() -> None:
    # "TT / Tên dự án / Tổng mức đầu tư / Lũy kế giải ngân" then each row's cells a line each: the projects' money,
    # each cell with the measure its head names (no row's number read as a count in a sentence)
    text = (
        "Đơn vị tính: tỷ đồng\nTT\nTên dự án\nTổng mức đầu tư\nLũy kế giải ngân\n"
        "1\nKè chống sạt lở sông Lô\n640\n215\n2\nĐường tránh thị trấn Na Hang\n1.180\n390\n"
    )
    figures, _ = find_lined_table_figures(build_layout(text))
    assert [(x["label"], f.value, x.get("project_measure")) for f, x in figures] == [
        ("Kè chống sạt lở sông Lô", 640e9, "total_investment"),
        ("Kè chống sạt lở sông Lô", 215e9, "disbursed"),
        ("Đường tránh thị trấn Na Hang", 1180e9, "total_investment"),
        ("Đường tránh thị trấn Na Hang", 390e9, "disbursed"),
    ]
    # near miss: a table of indicators says no project's measure
    indicators = text.replace("Tên dự án", "Chỉ tiêu").replace("Tổng mức đầu tư", "Kế hoạch năm 2027")
    figures, _ = find_lined_table_figures(build_layout(indicators.replace("Lũy kế giải ngân", "Thực hiện")))
    assert figures and not any(x.get("project_measure") for _, x in figures)


def test_a_numbered_table_one_cell_a_line_with_sub_rows_empty_cells_and_a_new_page() -> None:
    # the unit on a line above the header, Roman and Arabic row numbers, a "Trong đó:" row that lost its number,
    # cells left empty ("-"), the page's number and the header again between two rows
    head = "TT\nNội dung\nKế hoạch năm 2025\nThực hiện 9 tháng\nSo với kế hoạch (%)\n"
    text = ("ĐVT: tỷ đồng\n" + head + "I\nTổng chi ngân sách\n980\n702,4\n71,7\n"
            "Trong đó: Chi đầu tư phát triển\n310\n-\n-\n- 3 -\n" + head
            + "1\nChi thường xuyên\n600\n455\n75,8\n")
    assert _numbered(text) == [
        ("Tổng chi ngân sách", "target", 980e9, "VND", "exact"),
        ("Tổng chi ngân sách", "level", 702.4e9, "VND", "exact"),
        ("Tổng chi ngân sách", "plan_pct", 71.7, "pct", "exact"),
        ("Chi đầu tư phát triển", "target", 310e9, "VND", "exact"),
        ("Chi thường xuyên", "target", 600e9, "VND", "exact"),
        ("Chi thường xuyên", "level", 455e9, "VND", "exact"),
        ("Chi thường xuyên", "plan_pct", 75.8, "pct", "exact"),
    ]


def test_numbered_lines_that_are_no_table_stay_body_text() -> None:
    # (near misses: a numbered list under "TT" with no column of values; a header whose rows do not follow)
    assert _numbered("TT\nNội dung\nGhi chú\n1\nRà soát hộ nghèo\nxong\n2\nKiểm tra\nxong\n") == []
    assert _numbered("STT\nChỉ tiêu\nThực hiện\n1\nTổng thu ngân sách tăng khá so với cùng kỳ năm trước\n") == []
    assert _numbered("STT\nChỉ tiêu\nThực hiện\n1\nLúa\n12\nNgô\nsắn\n") == []


def test_a_unit_line_over_a_list_of_bare_figures_is_their_unit() -> None:
    text = ("Kết quả thu, chi ngân sách 6 tháng\n(ĐVT: triệu đồng)\n- Tổng thu ngân sách trên địa bàn: 1.245.600\n"
            "- Tỷ lệ giải ngân vốn đầu tư công: 48,5%\n+ Ước chi thường xuyên 856.300\n"
            "Nhìn chung, thu ngân sách đạt khá.\n- Thu phí, lệ phí: 12.400\n")
    got = _numbered(text)
    assert got == [("Tổng thu ngân sách trên địa bàn", "level", 1245600e6, "VND", "exact"),
                   ("Ước chi thường xuyên", "level", 856300e6, "VND", "estimate")]
    # (near misses: no unit line above the list; a unit line of a count, which says nothing; a tab table's rows)
    assert _numbered("Kết quả\n- Tổng thu ngân sách: 1.245.600\n- Chi: 856.300\n") == []
    assert _numbered("ĐVT: tấn\n- Sản lượng lúa: 125.300\nĐVT: xã\n- Số xã: 12\n") == [
        ("Sản lượng lúa", "level", 125300, "tonne", "exact")]
    assert _numbered("ĐVT: tấn\n- Lúa\t125.300\n") == []


def test_a_numbered_table_one_cell_a_line_with_rows_of_places_reads_as_a_tab_table_of_places() -> None:
    text = ("STT\nĐịa phương\nNgười bị thương (người)\nNhà bị tốc mái (nhà)\n1\nHuyện Mường Tè\n2\n45\n"
            "2\nHuyện Sìn Hồ\n1\n30\nTổng cộng\n3\n75\n")
    figures, spans = find_lined_table_figures(build_layout(text))
    got = [(extra["label"], f.value, f.unit, extra["sub_unit"]) for f, extra in figures]
    assert got == [("Người bị thương (Huyện Mường Tè)", 2, "person", True),
                   ("Nhà bị tốc mái (Huyện Mường Tè)", 45, "house", True),
                   ("Người bị thương (Huyện Sìn Hồ)", 1, "person", True),
                   ("Nhà bị tốc mái (Huyện Sìn Hồ)", 30, "house", True),
                   ("Người bị thương", 3, "person", False), ("Nhà bị tốc mái", 75, "house", False)]
    assert all(extra["table"]["has_total"] for _, extra in figures) and len(spans) == 1
    # (near miss: a column of notes, mostly empty, leaves the lines of a row uncounted: no table)
    assert find_lined_table_figures(build_layout(
        "STT\nĐịa phương\nNhà bị tốc mái (nhà)\nGhi chú\n1\nHuyện Sìn Hồ\n30\n2\nHuyện Phong Thổ\n12\n"))[0] == []


def test_a_year_over_the_months_of_a_two_row_header_is_the_year_of_those_months() -> None:
    text = ("STT\tChỉ tiêu\tĐVT\tNăm 2027\t\t\n\t\t\tKế hoạch\tƯớc 6 tháng\tThực hiện quý II\n"
            "1\tSản lượng cà phê\tTấn\t410.000\t205.300\t98.100\n\tTrong đó: Cà phê chè\tTấn\t12.000\t6.150\t2.900\n")
    got = [(extra["label"], f.metric, f.value, extra.get("period"), extra.get("year"))
           for f, extra in find_table_figures(build_layout(text))]
    half, second = (dt.date(2027, 1, 1), dt.date(2027, 6, 30)), (dt.date(2027, 4, 1), dt.date(2027, 6, 30))
    assert got == [("Sản lượng cà phê", "target", 410000, None, None),
                   ("Sản lượng cà phê", "level", 205300, half, None),
                   ("Sản lượng cà phê", "level", 98100, second, None),
                   ("Cà phê chè", "target", 12000, None, None),
                   ("Cà phê chè", "level", 6150, half, None),
                   ("Cà phê chè", "level", 2900, second, None)]
    # (near miss: a year over a column that names no months is that whole year's)
    whole = "STT\tChỉ tiêu\tĐVT\tNăm 2027\t\n\t\t\tKế hoạch\tThực hiện\n1\tSản lượng chè\tTấn\t9.000\t9.150\n"
    assert [extra.get("year") for _, extra in find_table_figures(build_layout(whole))] == [None, 2027]


def test_a_column_of_months_without_a_year_takes_the_year_its_header_names() -> None:
    eight = (dt.date(2026, 1, 1), dt.date(2026, 8, 31))
    tab = ("STT\tChỉ tiêu\tĐVT\tKH 2026\tƯớc 8 tháng\t% KH\n1\tSản lượng hồ tiêu\tTấn\t70.000\t41.200\t58,9\n")
    spaced = ("Chỉ tiêu                    ĐVT       KH 2026     Ước 8 tháng    % KH\n"
              "Tổng thu ngân sách          Tỷ đồng   7.200       4.850,5        67,4\n"
              "  Trong đó: Thu nội địa     Tỷ đồng   6.900       4.610          66,8\n")
    got = [(extra["label"], f.value, extra.get("period")) for f, extra in find_table_figures(build_layout(tab))]
    assert got[1] == ("Sản lượng hồ tiêu", 41200, eight)
    figures, _ = find_lined_table_figures(build_layout(spaced))
    got = [(extra["label"], f.value, extra.get("period")) for f, extra in figures if f.metric == "level"]
    assert got == [("Tổng thu ngân sách", 4850.5e9, eight), ("Thu nội địa", 4610e9, eight)]
    # (near misses: a header of two years leaves the months to the report; so does one that names no year)
    for head in ("KH 2026\tTH 2025\tƯớc 8 tháng", "Kế hoạch\tThực hiện\tƯớc 8 tháng"):
        text = f"STT\tChỉ tiêu\tĐVT\t{head}\n1\tSản lượng hồ tiêu\tTấn\t70.000\t65.000\t41.200\n"
        assert all("period" not in extra for _, extra in find_table_figures(build_layout(text)))


def test_a_column_of_a_month_without_its_year_is_of_the_reports_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 4 NĂM 2024\n\n"
        "Chỉ tiêu\tĐơn vị tính\tThực hiện tháng 4\tLũy kế 4 tháng\n"
        "Kim ngạch xuất khẩu\tTriệu USD\t96\t371\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[96_000_000] == (dt.date(2024, 4, 1), dt.date(2024, 4, 30))
    assert read[371_000_000] == (dt.date(2024, 1, 1), dt.date(2024, 4, 30))
    # near miss: a header naming a year of its own keeps it
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 4 NĂM 2024\n\n"
        "Chỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tThực hiện tháng 4\n"
        "Kim ngạch xuất khẩu\tTriệu USD\t1.050\t96\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[1_050_000_000] == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_headers_of_periods_and_of_years_compared() -> None:
    quarter = classify_header("Quý II/2027")
    assert (quarter.metric, quarter.period) == ("level", (dt.date(2027, 4, 1), dt.date(2027, 6, 30)))
    assert classify_header("9 tháng năm 2027").period == (dt.date(2027, 1, 1), dt.date(2027, 9, 30))
    compared = classify_header("Năm 2027 so với năm 2026 (%)")
    assert (compared.metric, compared.ratio, compared.period) == (
        "yoy_pct", True, (dt.date(2027, 1, 1), dt.date(2027, 12, 31)))
    assert classify_header("2027/2026 (%)").metric == "yoy_pct"
    # a plan compared is the plan's share
    assert classify_header("TH 2027/KH 2027 (%)").metric == "plan_pct"


def test_a_bare_comparison_of_two_years_is_the_growth_but_of_a_plan_its_share() -> None:
    years = indicator_rows(
        "CỤC THỐNG KÊ TỈNH NINH BÌNH\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Chỉ tiêu\tĐVT\tNăm 2026\tNăm 2027\tSo sánh (%)\n"
        "Kim ngạch xuất khẩu\tTriệu USD\t840\t912\t108,6\n")
    read = {r["value"]: (r["metric"], r["period_start"]) for r in years}
    assert read[8.6] == ("yoy_pct", dt.date(2027, 1, 1))
    assert read[840_000_000] == ("level", dt.date(2026, 1, 1))
    plan = indicator_rows(
        "CỤC THỐNG KÊ TỈNH NINH BÌNH\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Chỉ tiêu\tĐVT\tKế hoạch năm 2027\tThực hiện năm 2027\tSo sánh (%)\n"
        "Kim ngạch xuất khẩu\tTriệu USD\t900\t912\t101,3\n")
    assert {r["metric"] for r in plan if r["value"] == 101.3} == {"plan_pct"}


def test_a_unit_line_under_a_tables_caption_sets_its_unit() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH NINH BÌNH\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
        "Bảng 2. Doanh thu bán lẻ hàng hóa\nĐơn vị tính: Tỷ đồng\n"
        "Chỉ tiêu\tQuý II/2026\tQuý II/2027\tQuý II/2027 so với quý II/2026 (%)\n"
        "Tổng số\t12.400\t13.350\t107,7\n")
    read = {r["value"]: (r["unit"], r["metric"], r["period_start"], r["indicator_label"]) for r in rows}
    assert read[12_400e9] == ("VND", "level", dt.date(2026, 4, 1), "Doanh thu bán lẻ hàng hóa")
    assert read[13_350e9][2] == dt.date(2027, 4, 1)
    assert read[7.7][:2] == ("pct", "yoy_pct")


def test_a_growth_rates_row_holds_growth_and_its_plan_a_target() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ NAM\nBÁO CÁO\nKết quả thực hiện các chỉ tiêu năm 2027\n\n"
        "TT\tChỉ tiêu\tĐVT\tKH 2027\tTH 2027\n"
        "1\tTốc độ tăng trưởng GRDP\t%\t9,5\t10,2\n"
        "2\tTỷ lệ hộ nghèo\t%\t1,2\t0,9\n")
    read = {r["value"]: (r["indicator_key"], r["metric"]) for r in rows}
    assert read[10.2] == ("grdp", "yoy_pct")
    assert read[9.5] == ("grdp", "target")
    # a rate of its own stays a level
    assert read[0.9] == ("poverty_rate", "level")


def test_a_spaced_table_whose_header_leaves_its_names_column_blank() -> None:
    text = ("CỤC THỐNG KÊ TỈNH TÂY NINH\nTình hình kinh tế - xã hội năm 2027\n\n"
            "Sản phẩm công nghiệp chủ yếu\n"
            "                               Đơn vị tính     Năm 2026     Năm 2027    So sánh (%)\n"
            "Đường kính                     Nghìn tấn          410,5        436,0         106,2\n"
            "Xi măng                        Nghìn tấn        1.850        1.920         103,8\n")
    rows = indicator_rows(text)
    read = {r["value"]: (r["indicator_label"], r["metric"], r["unit"], r["period_start"].year) for r in rows}
    assert read[410_500] == ("Đường kính", "level", "tonne", 2026)
    assert read[1_920_000] == ("Xi măng", "level", "tonne", 2027)
    assert read[6.2] == ("Đường kính", "yoy_pct", "pct", 2027)
    # an indented line of words heads no table
    signed = indicator_rows("UBND TỈNH TÂY NINH\nBÁO CÁO\nTình hình năm 2027\n\nSản lượng đường đạt 436 nghìn tấn.\n"
                            "                               KT. CHỦ TỊCH      PHÓ CHỦ TỊCH\n")
    assert [r["value"] for r in signed] == [436_000]


def test_a_tables_unnumbered_title_names_its_total_and_the_rows_under_it_are_parts() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH ĐIỆN BIÊN\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\nĐơn vị tính: Tỷ đồng\n"
        "Chỉ tiêu\tQuý II/2027\tQuý II/2027 so với cùng kỳ (%)\n"
        "Tổng số\t3.980\t109,4\nBán lẻ hàng hóa\t2.870\t108,8\nDịch vụ lưu trú, ăn uống\t540\t111,5\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[3_980e9] == ("retail_sales", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")
    assert read[9.4][0] == "retail_sales"
    assert read[2_870e9] == (None, "Bán lẻ hàng hóa")
    # without a total row above it, a row names its own entry
    alone = indicator_rows(
        "CỤC THỐNG KÊ TỈNH ĐIỆN BIÊN\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
        "Chỉ tiêu\tĐVT\tQuý II/2027\nBán lẻ hàng hóa và doanh thu dịch vụ\tTỷ đồng\t3.980\n")
    assert [r["indicator_key"] for r in alone] == ["retail_sales"]


def test_a_table_whose_columns_are_places_gives_each_place_its_cells() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBáo cáo tình hình kinh tế - xã hội quý III năm 2024\n\n"
        "Diện tích cây trồng chính\nĐơn vị tính: ha\n"
        "Chỉ tiêu\tHuyện Bảo Lạc\tHuyện Hà Quảng\tToàn tỉnh\n"
        "Lúa mùa\t2.340\t1.875\t21.600\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"], r["locality"], r["unit"]) for r in rows}
    assert read[2_340] == ("Lúa mùa (Huyện Bảo Lạc)", None, "huyen_bao_lac", "ha")
    assert read[1_875] == ("Lúa mùa (Huyện Hà Quảng)", None, "huyen_ha_quang", "ha")
    assert read[21_600] == ("Lúa mùa", None, None, "ha")


def test_a_merged_provinces_former_provinces_as_columns_over_rows_named_by_any_head() -> None:
    rows = indicator_rows(
        "UBND TỈNH AN GIANG\nBáo cáo tình hình kinh tế - xã hội tháng 9 năm 2025\n\n"
        "Sản phẩm\tKhu vực Kiên Giang cũ\tTỉnh An Giang (cũ)\tToàn tỉnh\n"
        "Tôm nuôi (tấn)\t3.150\t1.420\t4.570\n")
    read = {r["value"]: (r["indicator_label"], r["locality"], r["unit"]) for r in rows}
    # (the row's unit closes its subject: "Tôm nuôi (tấn)" counts tonnes)
    assert read[3_150] == ("Tôm nuôi (Khu vực Kiên Giang cũ)", "kien_giang", "tonne")
    assert read[1_420] == ("Tôm nuôi (Tỉnh An Giang (cũ))", "an_giang", "tonne")
    assert read[4_570] == ("Tôm nuôi", None, "tonne")
    # a unit word alone heads the rows' places, not a place's column
    assert classify_header("Huyện, thị xã").role == "place"
    assert classify_header("Xã").role == "place"


def test_a_columns_unit_said_by_its_head_alone_or_in_brackets() -> None:
    assert classify_header("Tỷ đồng").unit == ("VND", 1e9, None)
    assert classify_header("Năm 2024 (triệu USD)").unit == ("USD", 1e6, None)
    assert classify_header("Năm 2024 (triệu USD)").year == 2024
    assert classify_header("Kế hoạch 2026 (tỷ đồng)").metric == "target"
    assert classify_header("Kế hoạch 2026 (tỷ đồng)").unit == ("VND", 1e9, None)
    rows = indicator_rows(
        "UBND TỈNH HÀ NAM\nBáo cáo tình hình kinh tế - xã hội năm 2023\n\n"
        "Chỉ tiêu\tTỷ đồng\tSo với cùng kỳ (%)\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ\t41.230\t108,6\n")
    assert {(r["metric"], r["value"], r["unit"]) for r in rows} == {("level", 41_230e9, "VND"), ("yoy_pct", 8.6, "pct")}
    # near misses: a rate's column keeps its percent, a named quantity its own unit, a word no unit
    assert classify_header("So với cùng kỳ (%)").unit is None
    assert classify_header("Người chết (người)").name == "Người chết"
    assert classify_header("Ghi chú").role == "skip"
    assert classify_header("Sản phẩm").unit is None


def test_a_price_index_table_by_group_with_changes_on_other_bases() -> None:
    rows = indicator_rows(
        "CHI CỤC THỐNG KÊ KHU VỰC V\nChỉ số giá tiêu dùng tỉnh Bình Định tháng 6 năm 2024\n\n"
        "Nhóm hàng\tSo với kỳ gốc 2019\tSo với cùng kỳ năm trước\tSo với tháng trước\n"
        "Chỉ số giá chung\t112,40\t104,05\t99,80\n")
    read = sorted((r["metric"], round(r["value"], 2)) for r in rows)
    assert read == [("change_pct", -0.2), ("change_pct", 12.4), ("yoy_pct", 4.05)]
    assert {r["indicator_label"] for r in rows} == {"Chỉ số giá chung"}
    # near-misses: a change said as such is the change itself; a plan's comparison stays a plan share
    assert classify_header("Tăng so với tháng trước (%)").ratio is False
    assert classify_header("So với kế hoạch (%)").metric == "plan_pct"
    assert classify_header("Ngành kinh tế").role == "label"
    assert classify_header("Sản phẩm OCOP (sản phẩm)").name == "Sản phẩm OCOP"


def test_a_rates_own_column_in_a_table_of_districts_at_each_district() -> None:
    rows = indicator_rows(
        "UBND TỈNH LAI CHÂU\nBáo cáo kết quả giảm nghèo năm 2025\n\n"
        "Đơn vị\tSố hộ nghèo (hộ)\tTỷ lệ hộ nghèo (%)\n"
        "Huyện Sìn Hồ\t3.410\t21,6\nToàn tỉnh\t15.800\t14,2\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["metric"], r["unit"], r["locality"])
            for r in rows}
    assert read[21.6] == (None, "Tỷ lệ hộ nghèo (Huyện Sìn Hồ)", "level", "pct", "huyen_sin_ho")
    assert read[3_410][4] == "huyen_sin_ho"
    assert read[14.2] == ("poverty_rate", "Tỷ lệ hộ nghèo", "level", "pct", None)
    # near-misses: a rate of a plan done stays a plan share; a bare percent column too
    assert classify_header("Tỷ lệ so với kế hoạch (%)").metric == "plan_pct"
    assert classify_header("Tỷ lệ (%)").metric == "plan_pct"


def test_a_markdown_tables_heads_are_read_without_the_blanks_beside_their_pipes() -> None:
    # ("| Phường | Số hộ cận nghèo | Tỷ lệ hộ cận nghèo (%) |": each cell keeps a blank on both sides; the rate's column
    # is the rate's level at each ward, as in the tab form, not a share of a plan the table has not)
    table = ("| Phường | Số hộ cận nghèo | Tỷ lệ hộ cận nghèo (%) |\n|---|---|---|\n"
             "| Phường Bình Minh | 240 | 3,15 |\n| Phường An Lạc | 198 | 2,64 |\n")
    got = [(f.value, f.metric, x["label"]) for f, x in find_table_figures(build_layout(table)) if f.unit == "pct"]
    assert got == [(3.15, "level", "Tỷ lệ hộ cận nghèo (Phường Bình Minh)"),
                   (2.64, "level", "Tỷ lệ hộ cận nghèo (Phường An Lạc)")]
    assert classify_header(" Tỷ lệ hộ cận nghèo (%) ") == classify_header("Tỷ lệ hộ cận nghèo (%)")
    # (near miss: a bare rate between blanks is still a share of a plan)
    assert classify_header(" Tỷ lệ (%) ").metric == "plan_pct"


def _tables_of(text: str) -> dict[str, list[dict]]:
    from orchestration.extraction import extract_document

    tables = extract_document(text.encode(), "probe.txt").tables
    names = ("indicators", "budgets", "projects", "disasters")
    return {name: list(tables[name].iter_rows(named=True)) for name in names}


def test_a_spreadsheets_thousands_set_apart_by_spaces_are_one_number() -> None:
    table = ("Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2027\tThực hiện năm 2027\n"
             "Sản lượng lương thực\tTấn\t1 480 200\t1 502 750,5\n"
             "Số lượt khách\tLượt\t850\t912\n")
    got = [(f.metric, f.value) for f, _ in find_table_figures(build_layout(table))]
    assert got[:2] == [("target", 1480200), ("level", 1502750.5)]
    assert got[2:] == [("target", 850), ("level", 912)]  # (near miss: a number of three digits, alone)


def test_a_project_tables_money_columns_with_their_unit_in_brackets_are_the_projects() -> None:
    text = ("UBND TỈNH KON TUM\nBÁO CÁO\nTiến độ các dự án trọng điểm năm 2024\n\n"
            "TT\tTên dự án\tTổng mức đầu tư (tỷ đồng)\tĐã giải ngân (triệu đồng)\n"
            "1\tDự án đường tránh thị trấn Đăk Hà\t320,5\t41.250\n"
            "2\tDự án kè sông Đăk Bla\t180\t12.600\n")
    projects = _tables_of(text)["projects"]
    got = {(r["project_name"], r["measure"], r["value"]) for r in projects}
    assert ("đường tránh thị trấn Đăk Hà", "total_investment", 320.5e9) in got
    assert ("kè sông Đăk Bla", "disbursed", 12.6e9) in got
    assert len(projects) == 4
    # (near miss: a table whose rows are places keeps its named columns: each a quantity at that place)
    heads = [classify_header(h) for h in ("Huyện", "Tổng mức đầu tư (tỷ đồng)")]
    assert heads[1].name == "Tổng mức đầu tư"


def test_a_project_tables_columns_take_the_unit_line_above() -> None:
    text = ("UBND TỈNH BẾN TRE\nBÁO CÁO\nTình hình thực hiện các công trình năm 2023\n\n"
            "ĐVT: triệu đồng\n"
            "STT\tCông trình\tTMĐT\tKế hoạch vốn năm 2023\tGiải ngân\n"
            "1\tCầu Rạch Miễu 2\t6.810.000\t950.000\t612.400\n")
    got = {(r["project_name"], r["measure"], r["value"]) for r in _tables_of(text)["projects"]}
    assert got == {("Cầu Rạch Miễu 2", "total_investment", 6810e9), ("Cầu Rạch Miễu 2", "plan", 950e9),
                   ("Cầu Rạch Miễu 2", "disbursed", 612.4e9)}


def test_an_investors_rows_are_a_table_not_counts_of_their_numbers() -> None:
    table = ("Đơn vị tính: tỷ đồng\nSTT\tChủ đầu tư\tKế hoạch vốn\tGiải ngân\tTỷ lệ\n"
             "1\tBan QLDA các công trình nông nghiệp\t410\t198,2\t48,3\n")
    got = [(extra["label"], f.metric, f.value, f.unit) for f, extra in find_table_figures(build_layout(table))]
    assert got == [("Ban QLDA các công trình nông nghiệp", "target", 410e9, "VND"),
                   ("Ban QLDA các công trình nông nghiệp", "level", 198.2e9, "VND"),
                   ("Ban QLDA các công trình nông nghiệp", "plan_pct", 48.3, "pct")]
    assert classify_header("Tỷ lệ giải ngân (%)").metric == "plan_pct"  # (near miss: a share, no amount)


def test_the_same_period_a_year_before_is_no_growth_and_makes_the_comparison_one() -> None:
    table = ("Chỉ tiêu\tĐVT\tThực hiện cùng kỳ\tƯớc thực hiện kỳ này\tSo sánh (%)\n"
             "Sản lượng điện sản xuất\tTriệu kWh\t1.245\t1.318\t105,86\n")
    got = [(f.metric, f.value) for f, _ in find_table_figures(build_layout(table))]
    assert got == [("level", 1318e6), ("yoy_pct", 5.86)]
    assert classify_header("Cùng kỳ quý II/2026").period == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    # (near misses: a head comparing with the same period stays a growth; a plan's table compares with its plan)
    assert classify_header("Tăng/giảm cùng kỳ (%)").metric == "yoy_pct"
    assert classify_header("Cùng kỳ = 100%").metric == "yoy_pct"
    planned = ("Chỉ tiêu\tKế hoạch 2026\tThực hiện cùng kỳ\tƯớc thực hiện\tSo sánh (%)\n"
               "Thu ngân sách\t900\t410\t452\t50,2\n")
    assert [f.metric for f, _ in find_table_figures(build_layout(planned))] == ["target", "level", "plan_pct"]


def test_rows_of_provinces_and_communes_and_counts_whose_noun_is_their_head() -> None:
    table = ("TT\tXã, phường\tNgười chết\tMất tích\tNhà sập\tGhi chú\n"
             "1\tXã Tà Xùa\t2\t1\t6\t\n2\tPhường Tô Hiệu\t0\t0\t3\t\n\tTổng cộng\t2\t1\t9\t\n")
    got = [(extra["label"], f.value, f.unit, extra.get("phrase"))
           for f, extra in find_table_figures(build_layout(table))]
    assert ("Người chết (Xã Tà Xùa)", 2, "person", "tại xã Tà Xùa: 2 người chết") in got
    assert ("Mất tích (Xã Tà Xùa)", 1, "person", "tại xã Tà Xùa: 1 người mất tích") in got
    assert ("Nhà sập", 9, "house", "9 nhà sập") in got
    assert classify_header("Tỉnh").role == "place"
    assert classify_header("Tỉnh/thành phố").role == "place"
    # (near misses: a province's own column; a head of words in a table of subjects stays a skipped column)
    assert classify_header("Tỉnh Sơn La").locality == "son_la"
    subjects = "STT\tNội dung\tNgười chết\tSố lượng\n1\tDo lũ quét\t3\t5\n"
    assert [f.value for f, _ in find_table_figures(build_layout(subjects))] == [5]


def test_a_former_provinces_column_with_its_unit_or_written_before_the_merger() -> None:
    assert classify_header("Khu vực Đắk Nông cũ (tỷ đồng)").locality == "dak_nong"
    assert classify_header("Khu vực Đắk Nông cũ (tỷ đồng)").unit == ("VND", 1e9, None)
    assert classify_header("Tỉnh Kon Tum trước sáp nhập").locality == "kon_tum"
    assert classify_header("Huyện Bảo Lâm (ha)").locality == "huyen_bao_lam"
    # (near misses: a quantity named for a former province, a plan it set, a damage count with its unit)
    assert classify_header("Thu ngân sách khu vực Đắk Nông cũ").locality is None
    assert classify_header("Người chết (người)").locality is None


def test_a_rows_unit_closing_its_subject_in_brackets() -> None:
    table = ("Chỉ tiêu\tHuyện Nguyên Bình\tToàn tỉnh\nDiện tích ngô (ha)\t2.140\t9.850\n"
             "Tổng mức bán lẻ (tỷ đồng)\t310\t4.120\nVốn đầu tư (giá hiện hành)\t45\t380\n")
    got = [(extra["label"], f.value, f.unit) for f, extra in find_table_figures(build_layout(table))]
    assert ("Diện tích ngô", 9850, "ha") in got
    assert ("Tổng mức bán lẻ", 4120e9, "VND") in got
    assert ("Vốn đầu tư (giá hiện hành)", 380, "count") in got  # (near miss: brackets that hold no measure)
    # (near miss: a unit column says the unit; the label stays as written)
    with_unit = "Chỉ tiêu\tĐVT\tThực hiện\nDiện tích ngô (vụ đông)\tha\t2.140\n"
    assert [(extra["label"], f.unit) for f, extra in find_table_figures(build_layout(with_unit))] == [
        ("Diện tích ngô (vụ đông)", "ha")]


def test_a_project_table_with_its_investors_column() -> None:
    text = ("UBND TỈNH ĐẮK LẮK\nBÁO CÁO\nTiến độ các dự án năm 2026\n\nĐơn vị: tỷ đồng\n"
            "TT\tTên dự án\tChủ đầu tư\tTổng mức đầu tư\tLũy kế giải ngân\n"
            "1\tDự án đường Đông Tây Buôn Ma Thuột\tBan QLDA giao thông\t1.480\t322,5\n")
    got = {(r["project_name"], r["measure"], r["value"]) for r in _tables_of(text)["projects"]}
    assert got == {("đường Đông Tây Buôn Ma Thuột", "total_investment", 1480e9),
                   ("đường Đông Tây Buôn Ma Thuột", "disbursed", 322.5e9)}


def test_a_share_of_whose_plan_its_head_says() -> None:
    assert classify_header("So với dự toán TW (%)").basis == "central"
    assert classify_header("% DT HĐND tỉnh giao").basis == "provincial"
    assert classify_header("So sánh (%) Dự toán tỉnh").basis == "provincial"
    assert classify_header("% KH").basis is None  # (near miss: a plan of nobody named)


def test_a_spaced_row_with_cells_written_empty_keeps_its_other_cells() -> None:
    text = ("Chỉ tiêu                        ĐVT       Kế hoạch 2026    Ước TH 6 tháng    % KH\n"
            "Số hợp tác xã thành lập mới     HTX       85               -                 x\n"
            "Sản lượng chè búp tươi          Tấn       192 000          88 450            46,1\n")
    figures, _ = find_lined_table_figures(build_layout(text))
    got = [(extra["label"], f.metric, f.value) for f, extra in figures]
    assert ("Số hợp tác xã thành lập mới", "target", 85) in got
    assert ("Sản lượng chè búp tươi", "level", 88450) in got
    assert len(got) == 4  # (near miss: "-" and "x" are no figures)


def test_rows_of_the_areas_places_under_plain_columns() -> None:
    table = ("Đơn vị tính: tỷ đồng\nSTT\tKhu vực\tDự toán năm 2026\tThực hiện 6 tháng\n"
             "1\tKhu vực Đắk Nông cũ\t3.100\t1.640\n2\tHuyện Krông Pắc\t450\t212\n\tToàn tỉnh\t14.900\t7.320\n")
    got = [(extra["label"], extra.get("locality"), f.metric, f.value) for f, extra in
           find_table_figures(build_layout(table))]
    assert ("Khu vực Đắk Nông cũ", "dak_nong", "level", 1640e9) in got
    assert ("Huyện Krông Pắc", "huyen_krong_pac", "target", 450e9) in got
    assert ("Toàn tỉnh", None, "level", 7320e9) in got  # (near miss: the whole area's row names no place of it)
    assert classify_header("Khu vực kinh tế").role != "place"


def test_a_share_without_a_time_of_its_own_is_of_the_done_columns_months() -> None:
    table = ("Chỉ tiêu\tĐVT\tKế hoạch 2027\tƯớc thực hiện 9 tháng năm 2027\t% KH\n"
             "Sản lượng cá nuôi\tTấn\t54.000\t41.200\t76,3\n")
    got = {f.metric: extra.get("period") for f, extra in find_table_figures(build_layout(table))}
    assert got["plan_pct"] == got["level"] == (dt.date(2027, 1, 1), dt.date(2027, 9, 30))
    # (two columns of done figures, a month and the months so far: a growth right after the months so far is theirs,
    # as statistics offices write it; near miss: one right after the month's is left to the report)
    two = ("Chỉ tiêu\tThực hiện tháng 9/2027\tLũy kế 9 tháng năm 2027\tSo với cùng kỳ (%)\n"
           "Doanh thu du lịch\t120\t1.015\t112,4\n")
    assert [extra.get("period") for f, extra in find_table_figures(build_layout(two)) if f.metric == "yoy_pct"] == [
        (dt.date(2027, 1, 1), dt.date(2027, 9, 30))]
    after_the_month = two.replace("Thực hiện tháng 9/2027\tLũy kế 9 tháng năm 2027", "Lũy kế 9 tháng năm 2027\tThực "
                                  "hiện tháng 9/2027")
    assert [extra.get("period") for f, extra in find_table_figures(build_layout(after_the_month))
            if f.metric == "yoy_pct"] == [None]


def test_the_row_numbering_a_headers_columns_is_no_row() -> None:
    table = ("TT\tChỉ tiêu\tKế hoạch 2024\tThực hiện 2024\tTỷ lệ (%)\n(A)\t(B)\t(1)\t(2)\t(3)=(2)/(1)\n"
             "1\tSản lượng muối (tấn)\t42.000\t44.100\t105\n")
    got = [(extra["label"], f.value) for f, extra in find_table_figures(build_layout(table))]
    assert got == [("Sản lượng muối", 42000), ("Sản lượng muối", 44100), ("Sản lượng muối", 105)]
    # (near miss: a row of figures whose subject is a letter-numbered group's is a row)
    rows = "STT\tNội dung\tDự toán\tThực hiện\nA\tThu cân đối\t1\t2\n"
    assert [f.value for f, _ in find_table_figures(build_layout(rows))] == [1, 2]


def test_a_cells_sign_and_the_unit_it_writes_after_its_number() -> None:
    table = ("Chỉ tiêu\tKế hoạch năm\tƯớc thực hiện 6 tháng\tĐạt\tTăng, giảm so với cùng kỳ (%)\n"
             "Số lao động được tạo việc làm\t21.000 người\t10.850 người\t51,7%\t-3,4\n")
    got = [(f.metric, f.value, f.unit) for f, _ in find_table_figures(build_layout(table))]
    assert got == [("target", 21000, "person"), ("level", 10850, "person"), ("plan_pct", 51.7, "pct"),
                   ("yoy_pct", -3.4, "pct")]
    # (near misses: a unit column says the unit, whatever the cell's words; a dash alone is an empty cell)
    with_unit = "Chỉ tiêu\tĐVT\tThực hiện\tSo với cùng kỳ (%)\nĐàn bò\tCon\t4.100 (ước)\t-\n"
    assert [(f.value, f.unit) for f, _ in find_table_figures(build_layout(with_unit))] == [(4100, "head")]
    assert classify_header("Đánh giá").role == "skip"


def test_a_change_between_two_years_and_the_count_a_row_names() -> None:
    table = ("TT\tNội dung\t9 tháng năm 2025\t9 tháng năm 2026\tTăng (+), giảm (-)\n"
             "1\tSố vụ cháy\t41\t35\t-6\n2\tSố người bị thương\t12\t15\t3\n")
    got = [(extra["label"], f.metric, f.value, f.unit) for f, extra in find_table_figures(build_layout(table))]
    assert ("Số vụ cháy", "yoy_abs", -6, "case") in got
    assert ("Số người bị thương", "level", 15, "person") in got
    pct = "Chỉ tiêu\tNăm 2025\tNăm 2026\tTăng, giảm (%)\nSản lượng chè\t1.200\t1.320\t10\n"
    assert [f.metric for f, _ in find_table_figures(build_layout(pct))] == ["level", "level", "yoy_pct"]
    # (near misses: a plan's table keeps its change unread as a growth; "Số lượng" names no noun)
    plan = "Chỉ tiêu\tKế hoạch 2026\tThực hiện 2026\tTăng, giảm\nSố lượng trâu\t900\t950\t50\n"
    assert [(f.metric, f.unit) for f, _ in find_table_figures(build_layout(plan))] == [
        ("target", "count"), ("level", "count")]


def test_a_bare_rise_beside_last_years_same_period_is_the_growth_in_either_layout() -> None:
    # "Tăng (%)" alone beside "9 tháng 2026 | Cùng kỳ 2025": the rise on the same period, not a share of a plan; the
    # column of last year's figures dated a year before whether the table is set with tabs or with spaces
    title = "Tình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
    tab = title + "Chỉ tiêu\tĐVT\t9 tháng 2026\tCùng kỳ 2025\tTăng (%)\nSản lượng cá\ttấn\t8.400\t7.900\t6,3\n"
    spaced = (title + "Chỉ tiêu            ĐVT     9 tháng 2026     Cùng kỳ 2025     Tăng (%)\n"
              "Sản lượng cá        tấn     8.400            7.900            6,3\n")
    tabbed = [(f.metric, f.value, extra.get("period")) for f, extra in find_table_figures(build_layout(tab))]
    lined = [(f.metric, f.value, extra.get("period")) for f, extra in find_lined_table_figures(build_layout(spaced))[0]]
    for got in (tabbed, lined):
        assert [(m, v) for m, v, _ in got] == [("level", 8400), ("level", 7900), ("yoy_pct", 6.3)]
        assert got[1][2] == (dt.date(2025, 1, 1), dt.date(2025, 9, 30))
    # near miss: "Tăng (%)" under a plan's table stays what the plan's table makes of it, no growth
    plan = "Chỉ tiêu\tKế hoạch 2026\tThực hiện 2026\tTăng (%)\nSản lượng cá\t8.000\t8.400\t5\n"
    assert "yoy_pct" not in [f.metric for f, _ in find_table_figures(build_layout(plan))]


def test_a_spaced_tables_bare_comparison_beside_the_plans_share_is_on_last_year() -> None:
    # "KH năm | TH quý I | % KH | So sánh (%)" set with spaces: the share of the plan, then last year's base (96,0 a
    # fall of 4 %), as a tab table reads it; near miss: without the "% KH" column the comparison stays the plan's share
    spaced = ("Chỉ tiêu               ĐVT     KH năm 2027     TH quý I     % KH     So sánh (%)\n"
              "Sản lượng chè          Tấn     42.000          9.800        23,3     96,0\n")
    got = [(f.metric, f.value) for f, _ in find_lined_table_figures(build_layout(spaced))[0] if f.unit == "pct"]
    assert got == [("plan_pct", 23.3), ("yoy_pct", pytest.approx(-4.0))]
    plain = spaced.replace("     % KH", "         ").replace("     23,3", "         ")
    got = [(f.metric, f.value) for f, _ in find_lined_table_figures(build_layout(plain))[0] if f.unit == "pct"]
    assert got == [("plan_pct", 96.0)]


def test_a_bare_comparison_in_a_table_with_no_plan_is_on_the_same_period() -> None:
    # "Thực hiện tháng 11 | Lũy kế 11 tháng | So sánh (%)": a statistics table with no plan compares with last year's
    # same months (104,5 a rise of 4,5 %, 96,0 a fall of 4 %), of the months so far
    table = ("Chỉ tiêu\tThực hiện tháng 11/2027\tLũy kế 11 tháng 2027\tSo sánh (%)\n"
             "Sản lượng điện\t310\t3.420\t104,5\nSản lượng than\t95\t1.040\t96,0\n")
    got = [(f.metric, f.value, extra.get("period")) for f, extra in find_table_figures(build_layout(table))
           if f.unit == "pct"]
    assert got == [("yoy_pct", pytest.approx(4.5), (dt.date(2027, 1, 1), dt.date(2027, 11, 30))),
                   ("yoy_pct", pytest.approx(-4.0), (dt.date(2027, 1, 1), dt.date(2027, 11, 30)))]
    # near miss: beside a plan the same head is the share of that plan
    plan = "Chỉ tiêu\tKH năm 2027\tƯớc TH 11 tháng 2027\tSo sánh (%)\nSản lượng điện\t3.800\t3.420\t90,0\n"
    assert [f.metric for f, _ in find_table_figures(build_layout(plan)) if f.unit == "pct"] == ["plan_pct"]


def test_a_numbered_table_one_cell_a_line_takes_the_unit_its_rows_say() -> None:
    text = ("STT\nChỉ tiêu\nThực hiện tháng 4\nLũy kế 4 tháng\n1\nSản lượng điều (tấn)\n1.240\n3.950\n"
            "2\nSố vụ vi phạm môi trường\n6\n19\n3\nKhách lưu trú\n2.100\n8.400\n")
    got = [(label, value, unit) for label, _metric, value, unit, _q in _numbered(text)]
    assert ("Sản lượng điều", 3950, "tonne") in got
    assert ("Số vụ vi phạm môi trường", 19, "case") in got
    assert ("Khách lưu trú", 8400, "count") in got  # (near miss: a row that says no unit)


def test_a_table_of_sources_or_programmes_names_its_rows_by_that_head() -> None:
    # "Nguồn vốn", "Chương trình" over the rows' names: the table was refused as having no label column
    sources = ("Đơn vị: tỷ đồng\n"
               "TT\tNguồn vốn\tKế hoạch năm 2024\tĐã giải ngân\n"
               "1\tVốn ngân sách tỉnh\t1.830\t944\n")
    rows = find_table_figures(build_layout(sources))
    assert [(f.value, f.metric, x["label"]) for f, x in rows] == [
        (1830e9, "target", "Vốn ngân sách tỉnh"), (944e9, "level", "Vốn ngân sách tỉnh")]
    programmes = ("TT\tCác chương trình mục tiêu quốc gia\tKế hoạch vốn\tĐã giải ngân\tTỷ lệ\n"
                  "1\tGiảm nghèo bền vững\t97\t51\t52,6%\n")
    rows = find_table_figures(build_layout(programmes))
    assert [(f.value, f.metric) for f, _ in rows] == [(97, "target"), (51, "level"), (52.6, "plan_pct")]
    # (near-miss: a programme named as a row under "Nội dung" keeps its label head; "Chương trình" inside a longer
    # head is no label head)
    assert classify_header("Chương trình").role == "label"
    assert classify_header("Vốn chương trình đã giải ngân").role != "label"


def test_a_head_counting_up_to_a_day_dates_its_column_to_that_day() -> None:
    # "Giải ngân đến 30/11/2024": the year's start to that day, as of that day (it was the whole year)
    head = classify_header("Giải ngân đến 30/11/2024")
    assert (head.metric, head.period, head.as_of) == (
        "level", (dt.date(2024, 1, 1), dt.date(2024, 11, 30)), dt.date(2024, 11, 30))
    text = ("STT\tNội dung\tKế hoạch vốn năm 2024\tGiải ngân đến 30/11\tTỷ lệ (%)\n"
            "1\tVốn đầu tư công nguồn ngân sách địa phương\t2.615\t1.408\t53,8\n")
    rows = find_table_figures(build_layout(text))
    read = [(f.metric, x.get("period"), x.get("as_of")) for f, x in rows]
    cut = (dt.date(2024, 1, 1), dt.date(2024, 11, 30))
    # (the day without its year takes the header's year; the share of the plan is counted to the same day)
    assert read == [("target", None, None), ("level", cut, dt.date(2024, 11, 30)),
                    ("plan_pct", cut, dt.date(2024, 11, 30))]
    # near-miss: a head of months keeps its months and no day
    assert classify_header("Lũy kế 11 tháng năm 2024").as_of is None


def test_a_number_in_brackets_alone_in_a_cell_is_negative() -> None:
    text = ("Đơn vị: triệu đồng\n"
            "STT\tNội dung\tDự toán 2025\tThực hiện 9 tháng\tThực hiện cùng kỳ\n"
            "1\tThu tiền thuê đất\t52.000\t(1.250)\t4.600\n"
            "2\tThu phí, lệ phí\t8.400\t9.120 (ước)\tx\n")
    rows = find_table_figures(build_layout(text))
    assert [f.value for f, _ in rows] == [52000e6, -1250e6, 4600e6, 8400e6, 9120e6]
    # (near-miss: "9.120 (ước)" is no bracketed number; "x" is an empty cell; "Thực hiện cùng kỳ" is last year's nine
    # months, the year "Dự toán 2025" gives the column beside it)


def test_a_row_whose_place_is_a_province_says_which() -> None:
    # a ministry's table by province: each row's facts are that province's ("province"), and the table says its
    # rows are provinces ("province_rows": its total is of them all)
    text = ("TT\tTỉnh/thành phố\tNgười chết\tMất tích\tNhà bị sập\n"
            "1\tQuảng Bình\t2\t1\t17\n"
            "2\tTỉnh Quảng Trị\t1\t0\t9\n"
            "\tTổng số\t3\t1\t26\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, x.get("province")) for f, x in rows] == [
        (2, "quang_binh"), (1, "quang_binh"), (17, "quang_binh"), (1, "quang_tri"), (9, "quang_tri"),
        (3, None), (1, None), (26, None)]  # (Quảng Trị's "0" missing: no one, no row)
    assert rows[-1][1]["table"]["province_rows"]
    assert row_province("TP. Đà Nẵng") == "da_nang"
    # near-misses: a district, a city named after its province, a province inside a longer place are no province rows
    assert row_province("Huyện Quảng Ninh") is None
    assert row_province("Thành phố Vinh") is None
    assert row_province("Thành phố Thanh Hóa") is None
    assert row_province("Các xã ven biển Quảng Trị") is None


def test_what_each_kind_of_damage_is_worth_is_a_loss() -> None:
    from orchestration.extraction import extract_document

    # "Thành tiền (triệu đồng)" beside the kinds of damage: each row's worth is a loss of the area, as "thiệt hại 640
    # triệu đồng" after the count is in a sentence (it was an indicator of a "place" named "Lúa bị đổ")
    text = ("BÁO CÁO\nThiệt hại do dông lốc ngày 12/5/2026 tại tỉnh Sơn La\n\n"
            "STT\tNội dung thiệt hại\tĐơn vị tính\tSố lượng\tThành tiền (triệu đồng)\n"
            "1\tNhà bị tốc mái\tcái\t64\t640\n"
            "2\tLúa bị đổ\tha\t18\t270\n"
            "\tTổng cộng\t\t\t910\n")
    rows = extract_document(text.encode(), "son_la.txt").tables["disasters"].to_dicts()
    read = sorted((r["impact"], r["value"], r["unit"]) for r in rows)
    # ("| cái | 64" counts the houses the row names: a house damaged, no bare count)
    assert ("houses_damaged", 64, "house") in read
    assert ("economic_loss", 640e6, "VND") in read and ("economic_loss", 270e6, "VND") in read
    # near-miss: a money column of a table of places stays each place's (no loss of the area)
    places = ("TT\tĐịa phương\tNgười chết (người)\tThiệt hại (triệu đồng)\n"
              "1\tHuyện Mường La\t1\t350\n"
              "\tTổng cộng\t1\t350\n")
    cells = find_table_figures(build_layout(places))
    assert [x.get("sub_unit") for _, x in cells] == [True, True, False, False]


def test_quarter_columns_without_their_year_and_a_title_comparing_with_last_year() -> None:
    # "Quý I | Quý II" with no year: the quarters of the year the report names (the table was refused: no column of
    # values); a title closing on "so với cùng kỳ (%)" makes every cell a growth on the year before
    text = ("Giá trị sản xuất nông nghiệp theo quý so với cùng kỳ (%)\n"
            "Chỉ tiêu\tQuý I\tQuý II\n"
            "Trồng trọt\t103,2\t98,6\n")
    rows = read_tab_tables(build_layout(text), 2024)[0]
    assert [(f.value, f.metric, x.get("period")) for f, x in rows] == [
        (3.2, "yoy_pct", (dt.date(2024, 1, 1), dt.date(2024, 3, 31))),
        (-1.4, "yoy_pct", (dt.date(2024, 4, 1), dt.date(2024, 6, 30)))]
    # near-misses: no year anywhere leaves the quarters unread; a title that does not compare keeps the levels
    assert read_tab_tables(build_layout(text), None)[0] == []
    plain = "Sản lượng thủy sản theo quý (tấn)\nChỉ tiêu\tQuý I\tQuý II\nNuôi trồng\t4.210\t5.380\n"
    assert [f.metric for f, _ in read_tab_tables(build_layout(plain), 2024)[0]] == ["level", "level"]


def test_a_yearbook_table_indented_under_its_years_is_read_once_in_its_rows_units() -> None:
    # "            2022   2023   2024" over rows naming their unit: read by the yearbook reader alone (the spaced
    # reader read it too, every figure twice) in the row's own unit (it was a bare count: 712,5 for 712.500 people)
    text = ("Lao động và việc làm\n"
            "                                      2022        2023        2024\n"
            "Dân số trung bình (nghìn người)      712,5       718,3       724,0\n"
            "Tỷ lệ thất nghiệp (%)                  1,21        1,15        1,10\n")
    layout = build_layout(text)
    aligned = find_aligned_table_figures(layout)[0]
    assert [(f.value, f.unit, x["year"]) for f, x in aligned] == [
        (712500, "person", 2022), (718300, "person", 2023), (724000, "person", 2024),
        (1.21, "pct", 2022), (1.15, "pct", 2023), (1.10, "pct", 2024)]
    assert find_lined_table_figures(layout)[0] == []
    # near-miss: a spaced table whose header names its label column and years is still the spaced reader's
    named = ("Chỉ tiêu                          Năm 2023      Năm 2024\n"
             "Dân số trung bình (nghìn người)      718,3         724,0\n")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(named))[0]] == [718300, 724000]


def test_a_bracketed_minus_in_tables_laid_out_a_cell_a_line_or_with_spaces() -> None:
    # "(860)" under "Thực hiện": the row was no row (a cell neither a number nor empty) and the table, with fewer
    # than two rows, was lost
    stacked = ("Đơn vị tính: triệu đồng\nSTT\nNội dung\nDự toán năm 2024\nThực hiện năm 2024\n"
               "1\nThu phí bảo vệ môi trường\n3.200\n(860)\n2\nThu tiền sử dụng đất\n41.000\n38.450\n")
    rows = find_lined_table_figures(build_layout(stacked))[0]
    assert [f.value for f, _ in rows] == [3200e6, -860e6, 41000e6, 38450e6]
    spaced = ("Nội dung                      Dự toán 2024      Thực hiện 2024\n"
              "Thu tiền thuê mặt nước               900             (1.150)\n")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(spaced))[0]] == [900, -1150]
    # near-miss: "(1)  (2)  (3)" numbering a header's columns is no row of values
    numbered = ("Nội dung                      Dự toán 2024      Thực hiện 2024\n"
                "(1)                               (2)                (3)\n"
                "Thu tiền thuê mặt nước               900               1.150\n")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(numbered))[0]] == [900, 1150]


def test_a_long_row_name_in_a_spaced_table_is_no_sentence_ending_it() -> None:
    # a row name of nine words or more, on one line or wrapped, stays in the column of names: it ended the table
    # as a sentence would, and every row after it was lost
    text = ("Chỉ tiêu                                       Đơn vị tính    Năm 2023     Năm 2024\n"
            "Số lao động được tạo việc làm mới trong năm     người          21.400       22.150\n"
            "Tỷ lệ lao động qua đào tạo có bằng cấp,\n"
            "chứng chỉ                                      %                 28,5         30,1\n")
    rows = find_lined_table_figures(build_layout(text))[0]
    assert [(f.value, x["label"]) for f, x in rows] == [
        (21400, "Số lao động được tạo việc làm mới trong năm"), (22150, "Số lao động được tạo việc làm mới trong năm"),
        (28.5, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"),
        (30.1, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ")]
    # near-miss: a sentence running across the columns still ends the table
    prose = (text + "Nhìn chung các chỉ tiêu về lao động, việc làm của tỉnh trong năm đều đạt và vượt kế hoạch đề ra\n"
             "Số người chết                                  người              12           10\n")
    assert len(find_lined_table_figures(build_layout(prose))[0]) == 4


def test_a_spaced_rows_name_run_on_under_its_figures_goes_to_that_row() -> None:
    # a PDF wraps a long name onto the line below the row's figures ("… được hưởng   10.850" then "      theo phân
    # cấp"): those lower-case words end that row's name; they were put before the next row's name
    text = ("Nội dung                                   Năm 2026        Năm 2027\n"
            "Thu ngân sách xã được hưởng               10.850          11.320\n"
            "     theo phân cấp\n"
            "Thu bổ sung từ ngân sách cấp trên          6.250           7.100\n")
    rows = find_lined_table_figures(build_layout(text))[0]
    assert [(f.value, x["label"]) for f, x in rows] == [
        (10850, "Thu ngân sách xã được hưởng theo phân cấp"), (11320, "Thu ngân sách xã được hưởng theo phân cấp"),
        (6250, "Thu bổ sung từ ngân sách cấp trên"), (7100, "Thu bổ sung từ ngân sách cấp trên")]
    # near-miss: words in lower case over a row whose name opens in lower case too begin that row's name
    begun = ("Nội dung                                   Năm 2026        Năm 2027\n"
             "Sản lượng thủy sản                         12.850          13.320\n"
             "     trong đó nuôi\n"
             "trồng                                      6.250           7.100\n")
    assert [x["label"] for _, x in find_lined_table_figures(build_layout(begun))[0]][:2] == ["Sản lượng thủy sản"] * 2


def test_a_spaced_header_wrapped_onto_a_second_line() -> None:
    # "Kế hoạch" over "năm 2024": the second line's words go on the heads above them (the second line was read as a
    # header of its own, indented, its blank taking the row numbers, names and units as one name)
    text = ("TT   Chỉ tiêu                       ĐVT       Kế hoạch     Thực hiện     So với\n"
            "                                              năm 2024     năm 2024      KH (%)\n"
            "1    Sản lượng thủy sản             tấn       18.000       18.950        105,3\n")
    rows = find_lined_table_figures(build_layout(text))[0]
    assert [(f.value, f.unit, f.metric, x["label"]) for f, x in rows] == [
        (18000, "tonne", "target", "Sản lượng thủy sản"), (18950, "tonne", "level", "Sản lượng thủy sản"),
        (105.3, "pct", "plan_pct", "Sản lượng thủy sản")]
    # near-miss: a header whose next line is already a row keeps its one line
    one = ("Chỉ tiêu                       ĐVT       Năm 2023     Năm 2024\n"
           "Sản lượng thủy sản             tấn       17.200       18.950\n")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(one))[0]] == [17200, 18950]


def test_a_spaced_head_over_two_parts_on_the_line_below_is_two_columns() -> None:
    # "So sánh (%)" over "KH   CK": one head spanning two columns; its two parts were taken for one head wrapped, the
    # second line dropped (the plan's share lost, its unit left in the row's name, the figures counts)
    def read(compared: str, parts: str, shares: str) -> list[tuple]:
        text = (f"Chỉ tiêu                    Đơn vị     Kế hoạch    Thực hiện    {compared}\n"
                f"                                       năm 2027    9 tháng      {parts}\n"
                f"Diện tích trồng rừng mới    ha         3.400       2.890        {shares}\n")
        return [(f.value, f.unit, f.metric, x["label"]) for f, x in find_lined_table_figures(build_layout(text))[0]]
    name = "Diện tích trồng rừng mới"
    levels = [(3400, "ha", "target", name), (2890, "ha", "level", name)]
    assert read("So sánh (%)", "KH       CK", "85,0     107,2") == [
        *levels, (85.0, "pct", "plan_pct", name), (7.2, "pct", "yoy_pct", name)]
    # near-miss: one part under each head still goes on its head, no column added
    assert read("So sánh", "KH (%)", "85,0") == [*levels, (85.0, "pct", "plan_pct", name)]


def test_a_spaced_header_repeated_on_the_next_page_keeps_the_unit_said_over_the_first() -> None:
    # "Đơn vị tính: triệu đồng" stands over the first page's header only; the rows under the header repeated after
    # the page break were counts
    head = "Nội dung                  Kế hoạch năm    Thực hiện 9 tháng\n"
    first = (f"                          Đơn vị tính: triệu đồng\n{head}"
             "Chi đầu tư phát triển     5.600           3.920\n\n")

    def units(second_head: str) -> list[str]:
        text = f"{first}{second_head}Chi thường xuyên          12.300          8.450\n"
        return [f.unit for f, _ in find_lined_table_figures(build_layout(text))[0]]
    assert units(head) == ["VND"] * 4
    # near-miss: another header on the next page is another table, the unit not said for it
    assert units("Nội dung                  Kế hoạch năm    Ước thực hiện\n")[2:] == ["count", "count"]


def test_months_so_far_without_their_year_take_the_reports_year() -> None:
    # "Tháng 9 | Tháng 10 | 10 tháng" in a report on October: the months so far were skipped (no year of their own)
    text = "Chỉ tiêu\tĐơn vị tính\tTháng 10\t10 tháng\nVận chuyển hành khách\tnghìn lượt\t410,5\t3.920,1\n"
    rows = read_tab_tables(build_layout(text), 2023)[0]
    assert [(f.value, x.get("period")) for f, x in rows] == [
        (410500, (dt.date(2023, 10, 1), dt.date(2023, 10, 31))),
        (3920100, (dt.date(2023, 1, 1), dt.date(2023, 10, 31)))]
    # near-miss: "1 tháng" is no months-so-far head
    assert classify_header("1 tháng").role == "skip"


def test_the_total_of_a_worth_column_of_damage_is_the_whole_loss() -> None:
    from orchestration.extraction import extract_document

    text = ("BÁO CÁO\nThiệt hại do mưa đá ngày 3/4/2026 tại tỉnh Lai Châu\n\n"
            "STT\tNội dung\tĐơn vị tính\tSố lượng\tThành tiền (triệu đồng)\n"
            "1\tNhà bị tốc mái\tnhà\t52\t520\n"
            "2\tNgô bị đổ gãy\tha\t14\t210\n"
            "\tCộng\t\t\t730\n")
    rows = extract_document(text.encode(), "lai_chau.txt").tables["disasters"].to_dicts()
    assert sorted(r["value"] for r in rows if r["impact"] == "economic_loss") == [210e6, 520e6, 730e6]
    # near-miss: the worth of each product of a production table is no damage
    goods = ("Sản phẩm\tSản lượng (tấn)\tGiá trị (tỷ đồng)\nChè búp tươi\t9.200\t184\n"
             "Cà phê nhân\t1.150\t138\n\tTổng cộng\t\t322\n")
    cells = find_table_figures(build_layout(goods))
    phrases = [x.get("phrase", "") for _, x in cells]
    assert phrases and not any(phrase.startswith(("Giá trị (", "Tổng thiệt hại")) for phrase in phrases)


def test_a_column_counted_up_to_a_day_gives_its_rows_that_as_of_day() -> None:
    from orchestration.extraction import extract_document

    # "Giải ngân đến 31/10/2027": the column's figures count up to that day, whatever table they are routed to
    # (near-miss: the plan's column has no as-of day)
    text = ("UBND TỈNH HÀ TĨNH\nBáo cáo tình hình giải ngân vốn đầu tư công 10 tháng năm 2027\n"
            "TT\tNguồn vốn\tKế hoạch vốn (tỷ đồng)\tGiải ngân đến 31/10/2027 (tỷ đồng)\tTỷ lệ (%)\n"
            "1\tVốn ngân sách địa phương\t3.200\t1.850\t57,8\n"
            "2\tVốn ngân sách trung ương\t2.100\t1.260\t60,0\n")
    tables = extract_document(text.encode(), "ha_tinh.txt").tables
    days = {(row["value"], row["as_of"]) for name in ("budgets", "indicators")
            for row in tables[name].iter_rows(named=True)}
    assert (1850e9, dt.date(2027, 10, 31)) in days and (1260e9, dt.date(2027, 10, 31)) in days
    assert (3200e9, None) in days


def test_a_unit_line_the_layout_joined_to_the_title_above_still_sets_the_tables_unit() -> None:
    # "Đơn vị: tỷ đồng" right under a report's title: the layout makes one paragraph of the two, the unit is still the
    # table's (near-miss: a line that only speaks of units, "các đơn vị ... như sau", sets none)
    text = ("UBND TỈNH KON TUM\nBáo cáo kết quả giải ngân vốn đầu tư công 9 tháng năm 2024\nĐơn vị: tỷ đồng\n"
            "TT\tNguồn vốn\tKế hoạch vốn\tGiải ngân đến 30/9/2024\tTỷ lệ (%)\n"
            "1\tVốn ngân sách tỉnh\t2.140\t1.310\t61,2\n")
    assert [(f.value, f.unit) for f, _ in find_table_figures(build_layout(text))] == [
        (2140e9, "VND"), (1310e9, "VND"), (61.2, "pct")]
    near = text.replace("Đơn vị: tỷ đồng", "Kết quả giải ngân của các đơn vị như sau")
    assert [f.unit for f, _ in find_table_figures(build_layout(near))] == ["count", "count", "pct"]


def test_a_line_counting_up_to_a_day_above_a_table_is_its_as_of_day() -> None:
    # "Tính đến ngày 30/6/2024, ..." over a table of what was paid out: its done and share columns count up to that
    # day; the plan's column has none (near-miss: a line of another subject above the table gives no day)
    text = ("Tính đến ngày 30/6/2024, tình hình giải ngân của các tỉnh như sau:\n\nĐơn vị: tỷ đồng\n"
            "STT\tĐịa phương\tKế hoạch vốn\tGiải ngân\tTỷ lệ (%)\n"
            "1\tBình Phước\t4.250\t1.830\t43,1\n")
    rows = find_table_figures(build_layout(text))
    june = dt.date(2024, 6, 30)
    assert [(f.metric, x.get("as_of"), x.get("period")) for f, x in rows] == [
        ("target", None, None), ("level", june, (dt.date(2024, 1, 1), june)),
        ("plan_pct", june, (dt.date(2024, 1, 1), june))]
    near = text.replace("Tính đến ngày 30/6/2024, tình hình", "Ngày 30/6/2024, Sở Tài chính báo cáo tình hình")
    assert all(x.get("as_of") is None for _, x in find_table_figures(build_layout(near)))


def test_a_growth_column_over_provinces_is_a_growth_named_by_its_head() -> None:
    # "Tốc độ tăng GRDP (%)" over provinces: each cell that province's growth on the year before, labelled by the
    # head (near-misses: "Tỷ lệ (%)" stays a share of the plan; a growth aimed at is no growth done)
    text = ("STT\tTỉnh\tTốc độ tăng GRDP (%)\n"
            "1\tHà Giang\t6,2\n"
            "2\tĐiện Biên\t7,1\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, f.metric, x["label"], x.get("province")) for f, x in rows] == [
        (6.2, "yoy_pct", "Tốc độ tăng GRDP (Hà Giang)", "ha_giang"),
        (7.1, "yoy_pct", "Tốc độ tăng GRDP (Điện Biên)", "dien_bien")]
    assert classify_header("Tỷ lệ (%)").metric == "plan_pct"
    assert classify_header("Tốc độ tăng trưởng kế hoạch (%)").metric == "plan_pct"


def test_a_count_of_houses_headed_with_a_classifier_is_of_houses() -> None:
    # "Nhà bị hư hỏng (cái)": the houses are counted ("215 nhà bị hư hỏng", a damage), as "Nhà bị tốc mái | cái" in a
    # row is (near-miss: "Tàu thuyền bị chìm (chiếc)" names no unit of its own, the classifier stays)
    head = classify_header("Nhà bị hư hỏng (cái)")
    assert (head.unit, head.unit_text) == (("house", 1.0, None), "nhà")
    assert classify_header("Tàu thuyền bị chìm (chiếc)").unit_text == "chiếc"


def test_the_nations_row_of_a_table_of_provinces_sums_them_up() -> None:
    # "Cả nước" / "Toàn quốc" among provinces: the row of them all, no province's, its cells the head's quantity
    # whole (near-miss: a province's row keeps its province and its name in the label)
    text = ("TT\tTỉnh, thành phố\tNgười chết (người)\tNhà bị sập (nhà)\n"
            "\tToàn quốc\t9\t52\n"
            "1\tYên Bái\t5\t30\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, x["label"], x["sub_unit"], x.get("province", "-")) for f, x in rows] == [
        (9, "Người chết", False, None), (52, "Nhà bị sập", False, None),
        (5, "Người chết (Yên Bái)", True, "yen_bai"), (30, "Nhà bị sập (Yên Bái)", True, "yen_bai")]


def test_the_parts_of_a_programme_keep_their_programme() -> None:
    from orchestration.extraction import extract_document

    # "- Vốn đầu tư" under a national target programme's row: that programme's capital, a programme's budget row
    # (near-miss: the same part under a row of a table of indicators keeps its own name)
    text = ("UBND TỈNH SƠN LA\nBáo cáo tình hình thực hiện các chương trình mục tiêu quốc gia năm 2024\n\n"
            "Đơn vị: tỷ đồng\n"
            "TT\tChương trình\tKế hoạch vốn\tĐã giải ngân\n"
            "1\tChương trình MTQG xây dựng nông thôn mới\t340,0\t150,5\n"
            "\t- Vốn sự nghiệp\t95,0\t41,2\n")
    rows = find_table_figures(build_layout(text))
    assert [x["label"] for _, x in rows][2:] == ["Vốn sự nghiệp chương trình MTQG xây dựng nông thôn mới"] * 2
    budgets = extract_document(text.encode(), "son_la.txt").tables["budgets"]
    assert {(r["value"], r["budget_item"], r["measure"]) for r in budgets.iter_rows(named=True)} >= {
        (95e9, "target_programme", "plan"), (41.2e9, "target_programme", "actual")}
    near = text.replace("TT\tChương trình", "TT\tChỉ tiêu")
    assert [x["label"] for _, x in find_table_figures(build_layout(near))][2:] == ["Vốn sự nghiệp"] * 2


def test_the_total_of_a_table_of_sources_sums_up_the_capital_its_title_names() -> None:
    # "Tổng cộng" of a table of sources under a title naming public investment, no caption: the capital in all
    # (near-miss: under a title that names no capital the row keeps its bare name)
    text = ("UBND TỈNH HƯNG YÊN\nBÁO CÁO\nKết quả giải ngân vốn đầu tư công 6 tháng năm 2024\n\nĐơn vị: tỷ đồng\n"
            "TT\tNguồn vốn\tKế hoạch vốn\tĐã giải ngân\n"
            "1\tVốn ngân sách tỉnh\t3.050\t1.210\n"
            "\tTổng cộng\t4.300\t1.760\n")
    rows = find_table_figures(build_layout(text))
    assert [(x["label"], x.get("sums_the_caption")) for _, x in rows][2:] == [
        ("Tổng cộng vốn đầu tư công", True)] * 2
    near = text.replace("Kết quả giải ngân vốn đầu tư công", "Kết quả thực hiện nhiệm vụ")
    assert [x["label"] for _, x in find_table_figures(build_layout(near))][2:] == ["Tổng cộng"] * 2


def test_kinds_of_capital_after_a_plans_column_are_parts_of_the_plan() -> None:
    # "Tổng KH vốn | Vốn ĐTPT | Vốn sự nghiệp" in a header of one row: the plan, then its parts by kind of capital
    text = (
        "Đơn vị tính: triệu đồng\nChương trình\tTổng KH vốn\tVốn ĐTPT\tVốn sự nghiệp\tĐã giải ngân\n"
        "Chương trình MTQG xây dựng nông thôn mới\t180.000\t120.000\t60.000\t75.400\n"
    )
    got = [(f.metric, f.value) for f, _ in find_table_figures(build_layout(text))]
    assert got == [("target", 180e9), ("target", 120e9), ("target", 60e9), ("level", 75.4e9)]
    # near miss: the same kinds after what was paid out are no parts of a plan
    paid_first = "Đã giải ngân\tVốn ĐTPT\tVốn sự nghiệp\tTổng KH vốn"
    after = text.replace("Tổng KH vốn\tVốn ĐTPT\tVốn sự nghiệp\tĐã giải ngân", paid_first)
    assert [f.metric for f, _ in find_table_figures(build_layout(after))] == ["level", "target"]


def test_an_appendixs_note_in_brackets_between_its_title_and_its_table_hides_no_title() -> None:
    # "(Kèm theo Báo cáo số ...)" under an appendix's title: the total still sums up the capital the title names
    text = (
        "Phụ lục 2\nTÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2027\n(Kèm theo Báo cáo số 88/BC-UBND của UBND tỉnh)\n"
        "Đơn vị: tỷ đồng\nTT\tNguồn vốn\tKế hoạch vốn\tĐã giải ngân\n"
        "\tTổng số\t5.200\t2.480\n"
        "1\tVốn ngân sách tỉnh\t3.100\t1.640\n"
    )
    rows = find_table_figures(build_layout(text))
    assert [x["label"] for _, x in rows][:2] == ["Tổng số vốn đầu tư công"] * 2
    # near miss: a line of words between them is no note, and hides the title
    worded = text.replace("(Kèm theo Báo cáo số 88/BC-UBND của UBND tỉnh)", "Kèm theo Báo cáo số 88/BC-UBND")
    assert [x["label"] for _, x in find_table_figures(build_layout(worded))][:2] == ["Tổng số"] * 2


def test_a_title_closing_on_its_day_in_brackets_counts_the_table_up_to_that_day() -> None:
    # "... NĂM 2027 (đến ngày 30/9/2027)": what was paid out by that day, as "... đến ngày 30/9/2027" says it
    text = (
        "KẾT QUẢ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2027 (đến ngày 30/9/2027)\nĐơn vị: tỷ đồng\n"
        "TT\tNguồn vốn\tKế hoạch vốn\tĐã giải ngân\n"
        "1\tVốn ngân sách tỉnh\t3.100\t1.640\n"
    )
    assert [x.get("as_of") for _, x in find_table_figures(build_layout(text))] == [None, dt.date(2027, 9, 30)]
    # near miss: a day in brackets that does not close the title counts nothing up
    inside = text.replace(" (đến ngày 30/9/2027)\n", " (đến ngày 30/9/2027) theo nguồn vốn\n")
    assert [x.get("as_of") for _, x in find_table_figures(build_layout(inside))] == [None, None]


def test_a_ministrys_disbursement_table_by_province_gives_each_provinces_budget() -> None:
    from orchestration.extraction import extract_document
    # "TT | Tỉnh | Kế hoạch vốn (tỷ đồng) | Giải ngân | Tỷ lệ (%)": each row is that province's public investment,
    # its plan, what was paid out (in the plan's unit: the column names none) and the share of the plan
    text = ("BỘ TÀI CHÍNH\nBáo cáo tình hình giải ngân vốn đầu tư công 8 tháng năm 2027\n"
            "Kết quả của một số địa phương như sau:\n"
            "TT\tTỉnh\tKế hoạch vốn (tỷ đồng)\tGiải ngân\tTỷ lệ (%)\n"
            "1\tPhú Thọ\t7.240\t3.910\t54,0\n"
            "2\tCà Mau\t5.615\t2.470\t44,0\n")
    extraction = extract_document(text.encode(), "ministry.txt")
    budgets = {(r["province"], r["budget_item"], r["measure"], r["value"])
               for r in extraction.tables["budgets"].iter_rows(named=True)}
    assert budgets == {("phu_tho", "public_investment", "plan", 7240e9),
                       ("phu_tho", "public_investment", "actual", 3910e9),
                       ("phu_tho", "public_investment", "plan_pct", 54.0),
                       ("ca_mau", "public_investment", "plan", 5615e9),
                       ("ca_mau", "public_investment", "actual", 2470e9),
                       ("ca_mau", "public_investment", "plan_pct", 44.0)}
    # near-miss: a district's row of a province's own table is that district's budget, not the province's
    text = ("UBND TỈNH PHÚ THỌ\nBáo cáo tình hình giải ngân vốn đầu tư công 8 tháng năm 2027\n"
            "TT\tĐịa phương\tKế hoạch vốn (tỷ đồng)\tGiải ngân (tỷ đồng)\n"
            "1\tHuyện Thanh Sơn\t240\t131\n")
    extraction = extract_document(text.encode(), "province.txt")
    assert {(r["province"], r["locality"], r["value"]) for r in extraction.tables["budgets"].iter_rows(named=True)} == {
        ("phu_tho", "huyen_thanh_son", 240e9), ("phu_tho", "huyen_thanh_son", 131e9)}


def test_a_title_names_the_budget_item_of_a_table_by_province() -> None:
    from orchestration.extraction import extract_document
    # "Thực hiện 9 tháng" under a title of the state budget's revenue: each province's revenue collected
    text = ("BỘ TÀI CHÍNH\nBáo cáo\nThu ngân sách nhà nước 9 tháng năm 2027 của các địa phương\n"
            "Đơn vị: tỷ đồng\n"
            "STT\tTỉnh, thành phố\tDự toán 2027\tThực hiện 9 tháng\tSo với dự toán (%)\n"
            "1\tNghệ An\t21.400\t16.050\t75,0\n")
    extraction = extract_document(text.encode(), "ministry.txt")
    budgets = {(r["province"], r["budget_item"], r["measure"], r["value"])
               for r in extraction.tables["budgets"].iter_rows(named=True)}
    assert budgets == {("nghe_an", "revenue_total", "plan", 21400e9), ("nghe_an", "revenue_total", "actual", 16050e9),
                       ("nghe_an", "revenue_total", "plan_pct", 75.0)}
    # near-miss: a head that names only a year is no amount the routing can read: the row stays an indicator
    text = ("TT\tTỉnh\tNăm 2026\tNăm 2027\n"
            "1\tNghệ An\t8,1\t8,6\n")
    rows = find_table_figures(build_layout(text))
    assert all("phrase" not in extra for _, extra in rows)


def test_a_rows_scaled_count_in_brackets_is_its_own_unit_under_the_tables_unit_line() -> None:
    # "Đơn vị tính: Nghìn tấn" over the meat, but the eggs' row names its own unit, millions of eggs
    text = ("Biểu 2. Sản phẩm chăn nuôi chủ yếu\nĐơn vị tính: Nghìn tấn\n"
            "Sản phẩm\tQuý III năm 2027\t9 tháng năm 2027\n"
            "Thịt bò hơi xuất chuồng\t3,4\t10,2\n"
            "Trứng gia cầm (triệu quả)\t41,5\t126,0\n"
            "Vốn đầu tư (giá hiện hành)\t12,5\t36,0\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, f.unit, x["label"]) for f, x in rows][:4] == [
        (3400.0, "tonne", "Thịt bò hơi xuất chuồng"), (10200.0, "tonne", "Thịt bò hơi xuất chuồng"),
        (41.5e6, "count", "Trứng gia cầm"), (126e6, "count", "Trứng gia cầm")]
    # near-miss: brackets naming no scaled unit stay in the label, the row in the table's unit
    assert [(f.value, f.unit, x["label"]) for f, x in rows][4] == (12500.0, "tonne", "Vốn đầu tư (giá hiện hành)")


def test_a_share_of_the_plan_beside_a_month_and_the_months_so_far_is_of_the_months_so_far() -> None:
    # "Thực hiện tháng 5 | Lũy kế 5 tháng | % KH": 31,2 % of the year's plan is what the five months came to
    text = ("TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2027\tThực hiện tháng 5\tLũy kế 5 tháng\t% KH\n"
            "1\tThu ngân sách nhà nước\tTỷ đồng\t4.100\t262\t1.280\t31,2\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.metric, x.get("period")) for f, x in rows][-1] == (
        "plan_pct", (dt.date(2027, 1, 1), dt.date(2027, 5, 31)))
    # near-miss: two whole years done beside a plan hold no months so far: the share keeps no period of its own
    text = ("TT\tChỉ tiêu\tĐVT\tThực hiện năm 2026\tKế hoạch năm 2027\tƯớc thực hiện năm 2027\t% KH\n"
            "1\tThu ngân sách nhà nước\tTỷ đồng\t3.900\t4.100\t4.250\t103,7\n")
    rows = find_table_figures(build_layout(text))
    assert rows[-1][0].metric == "plan_pct" and "period" not in rows[-1][1]


def test_a_table_by_province_under_a_title_naming_its_subject_keys_each_provinces_row() -> None:
    # "Tình hình trồng rừng ... năm 2027" over "Địa phương | Kế hoạch (ha) | Thực hiện (ha)": each province's forest
    # planted, keyed as the entry the title names
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBáo cáo\n"
            "Tình hình trồng rừng 6 tháng đầu năm 2027\n"
            "Địa phương\tKế hoạch (ha)\tThực hiện 6 tháng (ha)\n"
            "Sơn La\t9.800\t4.120\n")
    rows = [r for r in indicator_rows(text) if r["province"] == "son_la"]
    assert [(r["value"], r["metric"], r["indicator_key"]) for r in rows] == [
        (9800.0, "target", "forest_planting"), (4120.0, "level", "forest_planting")]
    # near-miss: a title opening on no word of a report's lead-in ("Một số chỉ tiêu ...") names no subject
    text = ("Một số chỉ tiêu chủ yếu\n"
            "Địa phương\tKế hoạch (ha)\tThực hiện 6 tháng (ha)\n"
            "Sơn La\t9.800\t4.120\n")
    assert [x["label"] for _, x in find_table_figures(build_layout(text))] == [
        "Kế hoạch (Sơn La)", "Thực hiện 6 tháng (Sơn La)"]


def test_a_price_index_table_whose_header_spans_its_bases_over_two_rows() -> None:
    # "| Tháng 6/2027 so với: | | | Bình quân 6 tháng ..." over "| Kỳ gốc (2019) | Tháng 6/2026 | Tháng 5/2027 |":
    # the index against the base year and the month before are changes, against the same month a year before a
    # growth, each of June; the average of the half year a growth of the six months
    text = ("\tTháng 6/2027 so với:\t\t\tBình quân 6 tháng năm 2027 so với cùng kỳ (%)\n"
            "\tKỳ gốc (2019)\tTháng 6/2026\tTháng 5/2027\t\n"
            "Chỉ số giá tiêu dùng\t116,40\t102,95\t100,18\t103,02\n")
    rows = find_table_figures(build_layout(text))
    june = (dt.date(2027, 6, 1), dt.date(2027, 6, 30))
    assert [(f.value, f.metric, x.get("period")) for f, x in rows] == [
        (16.4, "change_pct", june), (2.95, "yoy_pct", june), (0.18, "change_pct", june),
        (3.02, "yoy_pct", (dt.date(2027, 1, 1), dt.date(2027, 6, 30)))]
    assert classify_header("Tháng 6/2027 so với tháng 6/2026 (%)").metric == "yoy_pct"
    assert classify_header("Tháng 6/2027 so với tháng 12/2026 (%)").metric == "change_pct"
    # near-miss: years compared stay a growth
    assert classify_header("Năm 2027 so với năm 2026 (%)").metric == "yoy_pct"


def test_a_projects_years_column_is_no_amount() -> None:
    # "Thời gian thực hiện | 2027 - 2030" beside a project's cost: the years it runs, not a count done
    text = ("TT\tTên dự án\tĐịa điểm\tTổng mức đầu tư (tỷ đồng)\tThời gian thực hiện\n"
            "1\tKhu tái định cư Phước Lộc\tXã Phước Lộc\t640\t2027 - 2030\n")
    rows = find_table_figures(build_layout(text))
    assert [f.value for f, _ in rows] == [640e9]
    assert classify_header("Thời gian KC-HT").role == "skip"
    # near-miss: what was done by then stays a column of amounts
    assert classify_header("Tiến độ thực hiện").metric == "level"


def test_a_cut_off_day_joined_to_the_title_above_a_table_dates_its_columns() -> None:
    # a title with no stop, then "Tính đến ngày 31/10/2027, ...": the layout joins them; the disbursed column is
    # still counted up to that day
    text = ("Tình hình giải ngân vốn đầu tư công năm 2027\nTính đến ngày 31/10/2027, kết quả như sau:\n"
            "Đơn vị: tỷ đồng\n"
            "TT\tNguồn vốn\tKế hoạch vốn\tGiải ngân\n"
            "1\tVốn ngân sách tỉnh\t3.100\t1.940\n")
    rows = find_table_figures(build_layout(text))
    assert [x.get("as_of") for _, x in rows] == [None, dt.date(2027, 10, 31)]
    # near-miss: the day a title is dated on ("báo cáo ngày ...") is no cut-off of the table
    text = ("Kết quả giải ngân năm 2027 (báo cáo ngày 31/10/2027)\n"
            "TT\tNguồn vốn\tKế hoạch vốn\tGiải ngân\n"
            "1\tVốn ngân sách tỉnh\t3.100\t1.940\n")
    assert [x.get("as_of") for _, x in find_table_figures(build_layout(text))] == [None, None]


def test_a_total_row_naming_the_rows_it_adds_up_is_the_total() -> None:
    # "Tổng cộng (A+B)" under a title naming public investment: the province's public investment
    text = ("Tình hình giải ngân vốn đầu tư công năm 2027\nĐơn vị: tỷ đồng\n"
            "TT\tNguồn vốn\tKế hoạch vốn\tGiải ngân\n"
            "\tTổng cộng (A+B)\t7.400\t4.100\n"
            "A\tVốn ngân sách địa phương\t3.100\t1.940\n")
    rows = find_table_figures(build_layout(text))
    assert [(x["label"], bool(x.get("sums_the_caption"))) for _, x in rows][:2] == [
        ("Tổng cộng (A+B) vốn đầu tư công", True)] * 2
    # near-miss: a row whose bracket names no parts is no total
    text = text.replace("Tổng cộng (A+B)", "Tổng cộng (ước)")
    assert not any(x.get("sums_the_caption") for _, x in find_table_figures(build_layout(text)))


def test_a_head_naming_the_budgets_items_heads_the_rows() -> None:
    # "Khoản thu | Ước thực hiện 6 tháng (tỷ đồng) | So với dự toán (%)" in a news item: the rows are the items
    text = ("Khoản thu\tƯớc thực hiện 6 tháng năm 2027 (tỷ đồng)\tSo với dự toán (%)\n"
            "Thu nội địa\t3.920\t54,1\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, x["label"]) for f, x in rows] == [(3920e9, "Thu nội địa"), (54.1, "Thu nội địa")]
    assert classify_header("Sắc thuế").role == "label"
    # near-miss: a column of what was collected is no label
    assert classify_header("Số thu (tỷ đồng)").role != "label"


def test_the_whole_provinces_row_of_a_table_of_districts_is_the_budget_the_title_names() -> None:
    from orchestration.extraction import extract_document
    # "Huyện | Kế hoạch vốn | Giải ngân" under a title of public investment: "Toàn tỉnh" is the province's own
    # capital (the districts' rows are their districts' budgets)
    text = ("UBND TỈNH HÀ TĨNH\nBáo cáo kết quả giải ngân vốn đầu tư công của các huyện năm 2027\n"
            "TT\tHuyện, thị xã\tKế hoạch vốn (tỷ đồng)\tGiải ngân (tỷ đồng)\n"
            "1\tHuyện Kỳ Anh\t210,5\t150,2\n"
            "\tToàn tỉnh\t9.300\t6.210\n")
    extraction = extract_document(text.encode(), "ha_tinh.txt")
    budgets = {(r["province"], r["locality"], r["measure"], r["value"])
               for r in extraction.tables["budgets"].iter_rows(named=True)}
    # (the district's rows are the district's budget, its own place's)
    assert budgets == {("ha_tinh", None, "plan", 9300e9), ("ha_tinh", None, "actual", 6210e9),
                       ("ha_tinh", "huyen_ky_anh", "plan", 210.5e9), ("ha_tinh", "huyen_ky_anh", "actual", 150.2e9)}
    # near-miss: the total row of a ministry's table of provinces is of them all, no province's budget
    text = ("BỘ TÀI CHÍNH\nBáo cáo kết quả giải ngân vốn đầu tư công của các địa phương năm 2027\n"
            "TT\tTỉnh\tKế hoạch vốn (tỷ đồng)\tGiải ngân (tỷ đồng)\n"
            "1\tHà Tĩnh\t9.300\t6.210\n"
            "\tTổng cộng\t19.300\t12.210\n")
    extraction = extract_document(text.encode(), "ministry.txt")
    budgets = {(r["province"], r["measure"], r["value"]) for r in extraction.tables["budgets"].iter_rows(named=True)}
    assert budgets == {("ha_tinh", "plan", 9300e9), ("ha_tinh", "actual", 6210e9)}


def test_a_communes_damage_table_by_hamlet_is_read_row_by_row() -> None:
    # "Thôn | Nhà bị ngập | Người bị thương": each hamlet's row and the commune's total
    text = ("Thôn, bản\tNhà bị ngập\tNgười bị thương\n"
            "Bản Na Hốc\t18\t2\n"
            "Tổng\t18\t2\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, f.unit, x["label"]) for f, x in rows] == [
        (18.0, "house", "Nhà bị ngập (Bản Na Hốc)"), (2.0, "person", "Người bị thương (Bản Na Hốc)"),
        (18.0, "house", "Nhà bị ngập"), (2.0, "person", "Người bị thương")]
    assert classify_header("Tổ dân phố").role == "place"
    # near-miss: a hamlet named in a head is no head of the rows' places
    assert classify_header("Thôn Phú Mỹ").role != "place"


def test_a_table_of_investors_sums_up_the_capital_its_title_names_up_to_its_day() -> None:
    # "... vốn đầu tư công theo chủ đầu tư đến ngày 30/9/2027" over "Chủ đầu tư | Kế hoạch vốn | Giải ngân": the
    # total row is the province's public investment, paid out up to that day
    text = ("Tình hình giải ngân vốn đầu tư công theo chủ đầu tư đến ngày 30/9/2027\nĐơn vị: tỷ đồng\n"
            "TT\tChủ đầu tư\tKế hoạch vốn\tGiải ngân\n"
            "1\tSở Y tế\t410\t205\n"
            "\tTổng cộng\t2.100\t1.260\n")
    rows = find_table_figures(build_layout(text))
    assert [(x["label"], x.get("sums_the_caption", False), x.get("as_of")) for _, x in rows] == [
        ("Vốn đầu tư công (Sở Y tế)", True, None), ("Vốn đầu tư công (Sở Y tế)", True, dt.date(2027, 9, 30)),
        ("Tổng cộng vốn đầu tư công", True, None), ("Tổng cộng vốn đầu tư công", True, dt.date(2027, 9, 30))]
    # near-miss: the day a title is dated on ("báo cáo ngày ...") dates no column
    text = text.replace("theo chủ đầu tư đến ngày 30/9/2027", "theo chủ đầu tư (báo cáo ngày 30/9/2027)")
    assert [x.get("as_of") for _, x in find_table_figures(build_layout(text))] == [None] * 4


def test_a_head_naming_only_the_month_compared_with_is_dated_by_the_headers_month() -> None:
    # "Tháng 6/2024 so với kỳ gốc 2019 | So với tháng 6/2023 | So với tháng 5/2024": the same month a year before is
    # a growth on the year, the month before a change on it; both of June 2024
    text = ("Nhóm hàng\tTháng 6/2024 so với kỳ gốc 2019\tSo với tháng 6/2023\tSo với tháng 5/2024\n"
            "Chỉ số giá tiêu dùng chung\t112,40\t104,05\t100,27\n")
    rows = find_table_figures(build_layout(text))
    june = (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert [(round(f.value, 2), f.metric, x.get("period")) for f, x in rows][1:] == [
        (4.05, "yoy_pct", june), (0.27, "change_pct", june)]
    # near-miss: with no month of its own in the header or the title, the compared month dates nothing
    text = text.replace("Tháng 6/2024 so với kỳ gốc 2019", "So với kỳ gốc 2019")
    assert [f.metric for f, _ in find_table_figures(build_layout(text))] == ["change_pct"]


def _budget_rows(text: str) -> list[dict]:
    """The budgets rows the whole extraction gives a text."""
    from orchestration.extraction import extract_document

    return extract_document(text.encode(), "budget_table.txt").tables["budgets"].to_dicts()


def test_heads_naming_budget_items_over_rows_of_places_in_the_tables_unit() -> None:
    # "Xã | Thu ngân sách nhà nước | Tổng chi ngân sách" under "Đơn vị tính: triệu đồng", no unit in the heads: each
    # column the item it names, of the commune's row, in millions of dong (was: revenue and spending unread)
    text = ("UBND HUYỆN BẢO LÂM\nBáo cáo kết quả thực hiện nhiệm vụ năm 2026\n\nĐơn vị tính: triệu đồng\n"
            "TT\tXã, thị trấn\tThu ngân sách nhà nước\tTổng chi ngân sách\n"
            "1\tXã Lộc Thành\t8.450\t21.300\n")
    assert sorted((r["budget_item"], r["value"], r["locality"]) for r in _budget_rows(text)) == [
        ("expenditure_total", 21300e6, "xa_loc_thanh"), ("revenue_total", 8450e6, "xa_loc_thanh")]
    # near miss: with no unit said for the table, the bare heads give no amounts of money
    bare = text.replace("Đơn vị tính: triệu đồng\n", "")
    assert _budget_rows(bare) == []


def test_rows_of_a_plan_and_its_result_over_columns_of_districts_under_a_budget_caption() -> None:
    # "Nội dung | Huyện A | Huyện B" over "Dự toán | ..." and "Thực hiện | ...", under "Biểu 2. Chi ngân sách địa
    # phương của các huyện": each district's plan and spending of the budget the caption names (were unkeyed
    # indicators named "Dự toán", "Thực hiện")
    text = ("UBND TỈNH NINH BÌNH\nBáo cáo tình hình kinh tế - xã hội năm 2027\n\n"
            "Biểu 2. Chi ngân sách địa phương của các huyện năm 2027\nĐơn vị tính: tỷ đồng\n"
            "Nội dung\tHuyện Gia Viễn\tHuyện Nho Quan\n"
            "Dự toán\t640\t710\nThực hiện\t655\t702\n")
    rows = _budget_rows(text)
    assert {r["budget_item"] for r in rows} == {"expenditure_total"}
    assert sorted((r["locality"], r["measure"], r["value"]) for r in rows) == [
        ("huyen_gia_vien", "actual", 655e9), ("huyen_gia_vien", "plan", 640e9),
        ("huyen_nho_quan", "actual", 702e9), ("huyen_nho_quan", "plan", 710e9)]
    # near miss: under a caption naming no budget, the rows keep their own names (no budget of the districts)
    other = text.replace("Chi ngân sách địa phương", "Diện tích cây ăn quả").replace("tỷ đồng", "ha")
    assert _budget_rows(other) == []


def test_a_count_head_naming_its_noun_is_read_in_a_table_of_places() -> None:
    # "Xã | Số vụ cháy rừng | Diện tích bị cháy (ha)": the count's head says what it counts, no unit in brackets
    text = ("TT\tXã\tSố vụ cháy rừng\tDiện tích bị cháy (ha)\n"
            "1\tXã Na Mèo\t3\t12,5\n"
            "\tTổng cộng\t7\t30,2\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, f.unit, x["label"]) for f, x in rows if f.unit != "ha"] == [
        (3.0, "case", "Số vụ cháy rừng (Xã Na Mèo)"), (7.0, "case", "Số vụ cháy rừng")]
    assert next(x["phrase"] for f, x in rows if f.value == 7.0) == "7 vụ cháy rừng"
    # near-miss: "Số hiệu trạm" counts nothing, and stays unread
    assert [f.unit for f, _ in find_table_figures(build_layout(text.replace("Số vụ cháy rừng", "Số hiệu trạm")))] == [
        "ha", "ha"]


def test_a_table_of_crops_reads_each_crops_quantity_of_the_area() -> None:
    # "Cây trồng | Diện tích (ha) | Sản lượng (tấn)" over "Ngô": the area's maize, not a place's
    text = ("Cây trồng\tDiện tích (ha)\tSản lượng (tấn)\n"
            "Ngô\t3.240\t18.150\n"
            "Sắn\t1.105\t22.400\n")
    rows = find_table_figures(build_layout(text))
    assert [(x["label"], x.get("sub_unit", False)) for _, x in rows] == [
        ("Diện tích ngô", False), ("Sản lượng ngô", False), ("Diện tích sắn", False), ("Sản lượng sắn", False)]
    # ("Loại cây trồng" heads the crops as "Cây trồng" does)
    kinds = find_table_figures(build_layout(text.replace("Cây trồng", "Loại cây trồng")))
    assert [x["label"] for _, x in kinds][:1] == ["Diện tích ngô"]
    # near-miss: a damage's column over kinds of crop stays a phrase of the crop ("12 ha ngô bị ngập")
    damage = find_table_figures(build_layout("Cây trồng\tDiện tích bị ngập (ha)\nNgô\t12\n"))
    assert [x["label"] for _, x in damage] == ["Diện tích bị ngập (Ngô)"]


def test_a_yearless_estimate_in_a_text_dated_before_the_year_it_plans_is_of_the_texts_year() -> None:
    # a ward's 2027 budget resolution of December 2026, "Dự toán | Ước thực hiện | So sánh": the estimate is of 2026,
    # and so is the plan it is compared with
    text = ("TT\tNội dung\tDự toán\tƯớc thực hiện\tSo sánh\n"
            "1\tTổng thu ngân sách phường\t9.800\t10.150\t103,6\n")
    year_2026 = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    rows = read_tab_tables(build_layout(text), 2027, dt.date(2026, 12, 18))[0]
    assert [(f.metric, x.get("period")) for f, x in rows] == [
        ("target", year_2026), ("level", year_2026), ("plan_pct", year_2026)]
    # near-miss: a text dated in the year it reports on keeps its columns to the report's period
    rows = read_tab_tables(build_layout(text), 2027, dt.date(2027, 7, 10))[0]
    assert [x.get("period") for _, x in rows] == [None, None, None]


def test_the_total_row_of_a_table_of_projects_is_the_capital_of_them_all() -> None:
    # "Tổng cộng" (in the number's cell or the names') over a district's projects: its plan, what was paid out and
    # the share, each said by its column's words ("Kế hoạch năm 2026": a plan of capital); the projects' cost no budget
    text = ("UBND HUYỆN ĐỊNH QUÁN\nBÁO CÁO\nTiến độ giải ngân năm 2026\n\nĐơn vị tính: triệu đồng\n"
            "STT\tTên công trình\tTMĐT\tKế hoạch năm 2026\tGiải ngân đến 30/6/2026\tTỷ lệ (%)\n"
            "Tổng cộng\t\t61.000\t24.600\t9.840\t40,0\n"
            "1\tCầu Suối Tượng\t41.000\t16.000\t6.400\t40,0\n"
            "2\tTrường mầm non Phú Vinh\t20.000\t8.600\t3.440\t40,0\n")
    tables = _tables_of(text)
    got = {(r["budget_item"], r["measure"], r["value"], r["as_of"]) for r in tables["budgets"]}
    assert got == {("public_investment", "plan", 24.6e9, None),
                   ("public_investment", "actual", 9.84e9, dt.date(2026, 6, 30)),
                   ("public_investment", "plan_pct", 40.0, dt.date(2026, 6, 30))}
    assert [r["value"] for r in tables["indicators"]] == [61e9]
    assert len(tables["projects"]) == 8
    # (near miss: a table of subjects, not projects, keeps its total row's bare name)
    subjects = text.replace("Tên công trình", "Nội dung").replace("Tổng cộng\t\t", "\tTổng cộng\t")
    total = [x for _, x in find_table_figures(build_layout(subjects))][:3]
    assert [(x["label"], "phrase" in x) for x in total] == [("Tổng cộng", False)] * 3


def test_a_group_of_projects_and_its_sum_are_that_groups_capital() -> None:
    # "A | Vốn ngân sách huyện" over its projects, then "Cộng A": the group's capital (its source, local); a sector's
    # row with its own amounts ("II | Thủy lợi | 7.000 | 2.100") is that sector's capital
    text = ("UBND HUYỆN YÊN CHÂU\nBÁO CÁO\nGiải ngân năm 2027\n\nĐVT: triệu đồng\n"
            "TT\tDanh mục dự án\tKH vốn 2027\tĐã giải ngân\n"
            "A\tVốn ngân sách huyện\t\t\n"
            "1\tĐường nội thị Yên Châu\t3.000\t1.200\n"
            "\tCộng A\t3.000\t1.200\n"
            "II\tThủy lợi\t7.000\t2.100\n"
            "1\tHồ chứa Chiềng Sàng\t7.000\t2.100\n")
    budgets = {(r["measure"], r["value"], r["funding_source"]) for r in _tables_of(text)["budgets"]}
    assert budgets == {("plan", 3e9, "local"), ("actual", 1.2e9, "local"), ("plan", 7e9, None), ("actual", 2.1e9, None)}
    # (near miss: the same rows under "Nội dung" are no projects' groups)
    subjects = text.replace("Danh mục dự án", "Nội dung")
    assert {x["label"] for _, x in find_table_figures(build_layout(subjects))} >= {"Cộng A", "Thủy lợi"}


def test_an_estimated_loss_over_places_is_a_quantity_of_its_own() -> None:
    # "Thôn | Nhà bị hư hỏng (cái) | Ước thiệt hại (triệu đồng)": the worth of each hamlet's damage, estimated, and the
    # commune's on the total row ("1.450 triệu đồng" a loss, not what a column of estimates came to)
    head = classify_header("Ước thiệt hại (triệu đồng)")
    assert (head.name, head.unit, head.estimate) == ("Ước thiệt hại", ("VND", 1e6, None), True)
    assert classify_header("Thiệt hại ước tính (tỷ đồng)").name == "Thiệt hại ước tính"
    text = ("TT\tThôn\tNhà bị hư hỏng (cái)\tƯớc thiệt hại (triệu đồng)\n"
            "1\tThôn Khe Lếch\t5\t850\n\tCộng\t9\t1.450\n")
    total = [(x["label"], x["phrase"]) for f, x in find_table_figures(build_layout(text)) if f.value == 1.45e9]
    assert total == [("Ước thiệt hại", "ước thiệt hại 1.450 triệu đồng")]
    # (near miss: a plan's column of estimates done stays one, with no name of its own)
    done = classify_header("Ước thực hiện 6 tháng (tỷ đồng)")
    assert (done.name, done.metric, done.estimate) == (None, "level", True)


def test_a_preliminary_years_column_is_an_estimate_of_that_year() -> None:
    # "Năm 2024 | Sơ bộ 2025": a statistics office's preliminary figure of 2025, an estimate
    head = classify_header("Sơ bộ 2025")
    assert (head.role, head.metric, head.year, head.estimate) == ("value", "level", 2025, True)
    table = "Chỉ tiêu\tNăm 2024\tSơ bộ 2025\nSố hộ nghèo\t4.120\t3.480\n"
    assert [(x.get("year"), f.qualifier) for f, x in find_table_figures(build_layout(table))] == [
        (2024, "exact"), (2025, "estimate")]
    # (near miss: a plain year's column stays exact)
    assert not classify_header("Năm 2025").estimate


def test_a_whole_years_estimate_is_of_the_year_the_header_names() -> None:
    # "Kế hoạch năm 2026 | Thực hiện 6 tháng | Ước TH cả năm | % so KH": the estimate is of the whole of 2026, and so is
    # the share of the plan (of what the year came to, the longest column of what was done)
    table = ("Chỉ tiêu\tĐVT\tKế hoạch năm 2026\tThực hiện 6 tháng\tƯớc TH cả năm\t% so KH\n"
             "Sản lượng chè\tTấn\t52.000\t24.100\t52.600\t101,2\n")
    year, half = (dt.date(2026, 1, 1), dt.date(2026, 12, 31)), (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    got = [(f.metric, f.value, x.get("period")) for f, x in find_table_figures(build_layout(table))]
    assert got[1:] == [("level", 24100, half), ("level", 52600, year), ("plan_pct", 101.2, year)]
    # (near miss: "6 tháng đầu năm" is no whole year)
    half_year = table.replace("Ước TH cả năm", "Ước 6 tháng đầu năm")
    assert [x.get("period") for _, x in find_table_figures(build_layout(half_year))][2] != year


def test_a_part_of_the_row_above_with_its_unit_cell_written_empty_takes_that_rows_unit() -> None:
    # "Tổng đàn gia cầm | con" then "- Đàn vịt |  | 41.000": a merged unit cell, written empty in the part's row
    table = ("STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tThực hiện 6 tháng\n"
             "1\tTổng đàn gia cầm\tcon\t520.000\t498.000\n"
             "\t- Đàn vịt\t\t41.000\t39.500\n"
             "a)\tĐàn gà\t\t470.000\t452.000\n"
             "2\tSố xã đạt chuẩn nông thôn mới\t\t12\t9\n"
             "\t- Xã đạt chuẩn nâng cao\t\t3\t2\n")
    units = [(x["label"], f.unit) for f, x in find_table_figures(build_layout(table))][::2]
    assert units[:3] == [("Tổng đàn gia cầm", "head"), ("Đàn vịt", "head"), ("Đàn gà", "head")]
    # (near miss: a row of its own with no unit takes none from the row above, nor do its parts)
    assert units[3:] == [("Số xã đạt chuẩn nông thôn mới", "count"), ("Xã đạt chuẩn nâng cao", "count")]


def test_a_row_under_the_header_that_says_the_unit() -> None:
    # "| (Đơn vị tính: triệu đồng) | |" as the table's first row: the unit of the amounts below it
    table = ("STT\tNội dung\tDự toán năm 2026\tƯớc thực hiện\n"
             "\t(Đơn vị tính: triệu đồng)\t\t\n"
             "1\tThu phí, lệ phí\t1.250\t1.310\n")
    got = [(x["label"], f.value, f.unit) for f, x in find_table_figures(build_layout(table))]
    assert got == [("Thu phí, lệ phí", 1.25e9, "VND"), ("Thu phí, lệ phí", 1.31e9, "VND")]
    # (near miss: a row naming a unit among its figures is a row of the table, read as one)
    row = table.replace("\t(Đơn vị tính: triệu đồng)\t\t\n", "2\tĐơn vị: trường học\t14\t15\n")
    assert [f.value for f, _ in find_table_figures(build_layout(row))][:2] == [14, 15]


def test_a_group_of_projects_named_by_their_kind_says_no_project() -> None:
    # "II | Dự án khởi công mới | 40.000 | 23.000" under a caption: the group's plan is capital, no project started;
    # the summed cost ("TMĐT") of the caption's total row is no disbursement
    text = ("Biểu 2. Kế hoạch đầu tư công năm 2027\nĐơn vị: triệu đồng\n"
            "TT\tDanh mục dự án\tTMĐT\tKế hoạch vốn năm 2027\n"
            "\tTổng cộng\t40.000\t23.000\n"
            "II\tDự án khởi công mới\t40.000\t23.000\n"
            "1\tĐường vành đai phía Tây\t40.000\t23.000\n")
    tables = _tables_of(text)
    assert [(r["measure"], r["value"]) for r in tables["budgets"]] == [("plan", 23e9)] * 2
    assert {r["project_name"] for r in tables["projects"]} == {"Đường vành đai phía Tây"}
    assert [r["value"] for r in tables["indicators"]] == [40e9] * 2


def test_the_column_adding_up_the_places_is_the_areas_own() -> None:
    # "Loại thiệt hại | ĐVT | Huyện A | Huyện B | Tổng cộng": the last column is the province's damage (an "Ước ..." row
    # an estimate), the others the districts'
    text = ("UBND TỈNH HÀ TĨNH\nBÁO CÁO\nThiệt hại do lũ tháng 10 năm 2026\n\n"
            "STT\tLoại thiệt hại\tĐVT\tHuyện Hương Khê\tHuyện Vũ Quang\tTổng cộng\n"
            "1\tNgười chết\tngười\t3\t1\t4\n"
            "2\tƯớc thiệt hại\ttỷ đồng\t210\t95\t305\n")
    assert {(r["impact"], r["value"], r["qualifier"]) for r in _tables_of(text)["disasters"]} == {
        ("deaths", 4, "exact"), ("economic_loss", 305e9, "estimate")}
    # (near miss: with no column of places, "Tổng cộng" heads no column of the area's)
    assert classify_header("Tổng cộng").role == "skip"


def test_the_same_periods_rate_a_year_before_beside_a_rate_of_the_plan() -> None:
    # "Tỷ lệ giải ngân (%) | Cùng kỳ năm 2025 (%)": the share of the plan paid out a year earlier, no growth
    table = ("Đơn vị: tỷ đồng\nTT\tNguồn vốn\tKế hoạch vốn năm 2026\tGiải ngân đến 30/9/2026\tTỷ lệ giải ngân (%)\t"
             "Cùng kỳ năm 2025 (%)\n1\tVốn ngân sách tỉnh\t2.400\t1.310\t54,6\t49,2\n")
    got = [(f.metric, f.value, x.get("as_of")) for f, x in find_table_figures(build_layout(table))][2:]
    assert got == [("plan_pct", 54.6, dt.date(2026, 9, 30)), ("plan_pct", 49.2, dt.date(2025, 9, 30))]
    # (near miss: "So với cùng kỳ (%)" beside it stays the growth)
    grown = table.replace("Cùng kỳ năm 2025 (%)", "So với cùng kỳ (%)").replace("49,2", "112,5")
    assert [(f.metric, f.value) for f, _ in find_table_figures(build_layout(grown))][3] == ("yoy_pct", 12.5)


def test_a_markdown_header_of_two_rows_under_a_unit_line() -> None:
    # "| Dự toán năm 2027 | |" then the rule "|---|", then "| Trung ương giao | HĐND tỉnh giao |": one header, whose
    # unit the line above its first row gives
    text = ("Đơn vị tính: tỷ đồng\n\n"
            "| TT | Nội dung | Dự toán năm 2027 | | Thực hiện 6 tháng |\n"
            "|---|---|---|---|---|\n"
            "| | | Trung ương giao | HĐND tỉnh giao | |\n"
            "| 1 | Thu nội địa | 4.100 | 4.350 | 2.210 |\n")
    got = [(f.metric, f.value, f.unit, x.get("plan_basis")) for f, x in find_table_figures(build_layout(text))]
    assert got == [("target", 4100e9, "VND", "central"), ("target", 4350e9, "VND", "provincial"),
                   ("level", 2210e9, "VND", None)]
    # (near miss: a row of dashes for empty cells among figures is a row, read as one)
    dashes = text.replace("| 1 | Thu nội địa | 4.100 |", "| 1 | Thu nội địa | --- |")
    assert [f.value for f, _ in find_table_figures(build_layout(dashes))] == [4350e9, 2210e9]


def test_the_parts_a_header_announces_with_trong_do_count_the_noun_before() -> None:
    # "Số nhà bị hư hại | Trong đó" over "| Sập hoàn toàn | Tốc mái": each part a count of houses of its own
    text = ("TT\tXã\tSố nhà bị hư hại\tTrong đó\t\n"
            "\t\t\tSập hoàn toàn\tTốc mái\n"
            "1\tXã Quài Tở\t64\t4\t60\n")
    got = [(x["label"], f.unit) for f, x in find_table_figures(build_layout(text))]
    assert got[1:] == [("Nhà sập hoàn toàn (Xã Quài Tở)", "house"), ("Nhà tốc mái (Xã Quài Tở)", "house")]
    # (near miss: a head before the lead-in that counts no noun lends none)
    worth = text.replace("Số nhà bị hư hại", "Giá trị")
    assert all(not x["label"].startswith("Nhà") for _, x in find_table_figures(build_layout(worth)))


def test_the_total_row_of_a_table_of_projects_laid_out_with_spaces() -> None:
    # a PDF's text keeps the columns apart with spaces: "Tổng cộng" under "Tên công trình" sums the projects' capital
    text = ("Đơn vị tính: triệu đồng\n"
            "TT   Tên công trình              Kế hoạch vốn 2027    Giải ngân 9 tháng\n"
            "1    Cầu Nà Pồng                 8.000                4.400\n"
            "     Tổng cộng                   8.000                4.400\n")
    figures, _ = find_lined_table_figures(build_layout(text))
    assert [x.get("phrase") for _, x in figures][2:] == [
        "Tổng cộng kế hoạch vốn 2027: 8.000 triệu đồng", "Tổng cộng giải ngân 9 tháng: 4.400 triệu đồng"]
    # (near miss: under "Chỉ tiêu" the total keeps its bare name)
    subjects = text.replace("Tên công trình", "Chỉ tiêu      ")
    assert [x["label"] for _, x in find_lined_table_figures(build_layout(subjects))[0]][2:] == ["Tổng cộng"] * 2


def test_a_markdown_rows_frame_is_no_cell_of_the_table() -> None:
    # "| B | Công trình khởi công mới | 9.000 | 4.100 |": the pipes turned into tabs leave a blank before the first
    # and after the last; the row's number is its first cell, so a group's letter marks a group of the projects
    text = ("UBND HUYỆN ĐẠ HUOAI\nBÁO CÁO\nGiải ngân vốn đầu tư công năm 2026\n\nĐVT: triệu đồng\n"
            "| TT | Tên công trình | KH vốn 2026 | Đã giải ngân |\n|---|---|---|---|\n"
            "| B | Công trình khởi công mới | 9.000 | 4.100 |\n"
            "| 1 | Trường mầm non Hoa Sen | 9.000 | 4.100 |\n")
    tables = _tables_of(text)
    assert {(r["measure"], r["value"]) for r in tables["budgets"]} == {("plan", 9e9), ("actual", 4.1e9)}
    assert {r["project_name"] for r in tables["projects"]} == {"Trường mầm non Hoa Sen"}
    # (near miss: a Word table's row whose number's cell is empty keeps it, "\t- Đàn lợn\t\t41.000")
    word = "TT\tChỉ tiêu\tĐVT\tNăm 2026\n1\tTổng đàn gia súc\tcon\t90.000\n\t- Đàn lợn\t\t41.000\n"
    assert [(x["label"], f.unit) for f, x in find_table_figures(build_layout(word))][1] == ("Đàn lợn", "head")


def test_a_list_of_projects_named_by_their_kind_is_a_group() -> None:
    # "A | DANH MỤC DỰ ÁN CHUYỂN TIẾP | 12.000": a group of the projects below it, named by their kind, no project
    text = ("Biểu 1. Kế hoạch đầu tư công năm 2027\nĐơn vị: triệu đồng\n"
            "TT\tDanh mục dự án\tKế hoạch vốn năm 2027\n"
            "A\tDANH MỤC DỰ ÁN CHUYỂN TIẾP\t12.000\n"
            "1\tĐường tỉnh 725 đoạn Lộc Bắc - Lộc Lâm\t12.000\n")
    tables = _tables_of(text)
    assert [(r["measure"], r["value"]) for r in tables["budgets"]] == [("plan", 12e9)]
    assert {r["project_name"] for r in tables["projects"]} == {"Đường tỉnh 725 đoạn Lộc Bắc - Lộc Lâm"}


def test_a_comparison_of_next_years_plan_with_this_years_estimate_is_the_planned_growth() -> None:
    # "Ước thực hiện năm 2026 | Dự toán năm 2027 | So sánh (%)" in a council's annex: the plan it adopts over what this
    # year comes to, no share of the plan done but the plan's change on the year done (105,6: 5,6 % above), of 2027
    text = (
        "STT\tNội dung\tƯớc thực hiện năm 2026\tDự toán năm 2027\tSo sánh (%)\n"
        "1\tThu phí, lệ phí\t1.420\t1.500\t105,6\n"
    )
    got = [(f.metric, round(f.value, 1), x.get("period")) for f, x in find_table_figures(build_layout(text))]
    next_year = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert got == [("level", 1420, None), ("target", 1500, None), ("yoy_pct", 5.6, next_year)]
    short = text.replace("So sánh (%)", "So sánh DT 2027/UTH 2026 (%)")
    assert [f.metric for f, _ in find_table_figures(build_layout(short))] == ["level", "target", "yoy_pct"]
    # ("KH 2028 so với ước TH 2027 (%)": the head naming both years says the same)
    named = (
        "STT\tChỉ tiêu\tĐVT\tƯớc TH 2027\tKH 2028\tKH 2028 so với ước TH 2027 (%)\n"
        "1\tSố học viên được dạy nghề\tNgười\t640\t700\t109,4\n"
    )
    got = [(f.metric, round(f.value, 1), x.get("period")) for f, x in find_table_figures(build_layout(named))]
    assert got[-1] == ("yoy_pct", 9.4, (dt.date(2028, 1, 1), dt.date(2028, 12, 31)))
    # (a plan years ahead compares with a base that is no year before: a change on that base, of the plan's year)
    far = named.replace("KH 2028", "Mục tiêu 2030")
    assert [(f.metric, round(f.value, 1)) for f, _ in find_table_figures(build_layout(far))][-1] == ("change_pct", 9.4)
    # (near miss: the plan of the year done keeps its share)
    same = text.replace("Ước thực hiện năm 2026\tDự toán năm 2027", "Dự toán năm 2027\tƯớc thực hiện năm 2027")
    assert [f.metric for f, _ in find_table_figures(build_layout(same))] == ["target", "level", "plan_pct"]
    # (a yearless header in a text dated the year before it plans: the plan after the estimate is the coming year's)
    yearless = "STT\tNội dung\tƯớc thực hiện\tDự toán\tSo sánh (%)\n1\tThu phí, lệ phí\t1.420\t1.500\t105,6\n"
    rows = read_tab_tables(build_layout(yearless), 2027, dt.date(2026, 12, 15))[0]
    assert [(f.metric, x["period"][0].year) for f, x in rows] == [("level", 2026), ("target", 2027), ("yoy_pct", 2027)]


def test_a_comparisons_cells_are_judged_by_their_column() -> None:
    # "So cùng kỳ (%)" over 103,8 · 47,5 · 110,2: every cell a percentage of last year's (47,5 a fall of 52,5 %); over
    # 6,4 · -2,7 · 71,3 the column holds growths (71,3 a rise)
    ratios = ("STT\tChỉ tiêu\tĐVT\tLũy kế 9 tháng\tSo cùng kỳ (%)\n1\tGạch xây\tTriệu viên\t410\t103,8\n"
              "2\tQuần áo may sẵn\tTriệu cái\t12,4\t47,5\n3\tNước máy\tNghìn m3\t9.300\t110,2\n")
    got = [round(f.value, 1) for f, _ in find_table_figures(build_layout(ratios)) if f.metric == "yoy_pct"]
    assert got == [3.8, -52.5, 10.2]
    growths = ratios.replace("103,8", "6,4").replace("47,5", "-2,7").replace("110,2", "71,3")
    got = [round(f.value, 1) for f, _ in find_table_figures(build_layout(growths)) if f.metric == "yoy_pct"]
    assert got == [6.4, -2.7, 71.3]
    # (near miss: a column of one cell is read by its value, as before)
    alone = "STT\tChỉ tiêu\tĐVT\tLũy kế 9 tháng\tSo cùng kỳ (%)\n1\tGạch xây\tTriệu viên\t410\t47,5\n"
    assert [f.value for f, _ in find_table_figures(build_layout(alone)) if f.metric == "yoy_pct"] == [47.5]


def test_an_estimated_worth_beside_kinds_of_damage_is_each_kinds_loss() -> None:
    # "Loại thiệt hại | ĐVT | Số lượng | Ước giá trị (triệu đồng)": the worth of each kind of damage, estimated, and the
    # whole loss on the total row
    head = classify_header("Ước giá trị (triệu đồng)")
    assert (head.name, head.unit, head.estimate) == ("Ước giá trị", ("VND", 1e6, None), True)
    text = ("STT\tLoại thiệt hại\tĐVT\tSố lượng\tƯớc giá trị (triệu đồng)\n"
            "1\tCầu treo bị cuốn trôi\tcái\t2\t3.400\n\tTổng\t\t\t3.400\n")
    got = [x.get("phrase") for f, x in find_table_figures(build_layout(text)) if f.unit == "VND"]
    assert got == ["Ước giá trị (Cầu treo bị cuốn trôi): 3.400 triệu đồng",
                   "Tổng thiệt hại (Ước giá trị): 3.400 triệu đồng"]
    # (near miss: the worth of a product estimated is no damage's worth)
    assert classify_header("Giá trị sản xuất ước tính (tỷ đồng)").name != "Ước giá trị"


def test_a_comparison_with_another_base_written_without_voi() -> None:
    # "So tháng trước (%)" in a price index's table: the month as a percentage of the month before (100,42 → +0,42)
    text = "Chỉ tiêu\tĐVT\tSo tháng trước (%)\tSo cùng kỳ (%)\nChỉ số giá tiêu dùng\t%\t100,42\t102,87\n"
    got = [(f.metric, round(f.value, 2)) for f, _ in find_table_figures(build_layout(text))]
    assert got == [("change_pct", 0.42), ("yoy_pct", 2.87)]
    assert classify_header("So sánh tháng trước").metric == "change_pct"
    # (near miss: a bare "So sánh (%)" stays a share of the plan beside a plan)
    assert classify_header("So sánh (%)").metric == "plan_pct"


def test_a_city_of_the_centres_row_among_provinces_is_that_provinces() -> None:
    # "TP. Cần Thơ" among "Vĩnh Long", "Đồng Tháp": a province's row (its capital said as the others' is), no district
    text = ("Đơn vị: tỷ đồng\nTT\tĐịa phương\tKế hoạch vốn năm 2027\tGiải ngân đến 30/9/2027\n"
            "1\tVĩnh Long\t7.400\t4.100\n2\tTP. Cần Thơ\t9.600\t5.300\n")
    got = [(x.get("province"), x.get("locality"), "phrase" in x) for _, x in find_table_figures(build_layout(text))]
    assert got[2:] == [("can_tho", None, True)] * 2
    # (near miss: a district's town in a province's table stays a place of the area)
    town = text.replace("1\tVĩnh Long", "1\tHuyện Mang Thít").replace("TP. Cần Thơ", "Thị xã Bình Minh")
    assert {x.get("locality") for _, x in find_table_figures(build_layout(town))} == {"huyen_mang_thit",
                                                                                       "thi_xa_binh_minh"}


def test_a_month_compared_with_the_month_before_written_out_with_nam() -> None:
    # "Tháng 5 năm 2026 so với tháng 4 năm 2026": a change on the month before, of May (as "5/2026 so với 4/2026" is)
    head = classify_header("Tháng 5 năm 2026 so với tháng 4 năm 2026")
    assert (head.metric, head.period) == ("change_pct", (dt.date(2026, 5, 1), dt.date(2026, 5, 31)))
    assert classify_header("Tháng 5 năm 2026 so với tháng 5 năm 2025").metric == "yoy_pct"
    # (near miss: a plan compared stays a share of the plan)
    assert classify_header("Tháng 5 năm 2026 so với kế hoạch năm 2026").metric == "plan_pct"


@pytest.mark.parametrize(
    "head",
    ["8T 2027 so 8T 2026 (%)", "8 tháng 2027 so với 8 tháng 2026 (%)", "8 tháng đầu năm 2027 so 8 tháng đầu năm 2026"],
)
def test_the_same_months_of_two_years_compared_are_a_growth(head: str) -> None:
    # the months so far of one year on the same months of the year before: a growth of those months, no share of a plan
    column = classify_header(head)
    assert (column.metric, column.period) == ("yoy_pct", (dt.date(2027, 1, 1), dt.date(2027, 8, 31)))
    # (near miss: the months compared with the year's plan stay a share of it)
    assert classify_header("8T 2027 so KH 2027 (%)").metric == "plan_pct"


def test_a_growth_naming_its_months_without_the_year_is_of_the_headers_year() -> None:
    # "Ước tính tháng 5 năm 2026 | Cộng dồn 5 tháng so với cùng kỳ năm trước (%)": the growth of the five months
    text = ("\tƯớc tính tháng 5 năm 2026\tCộng dồn 5 tháng năm 2026\tCộng dồn 5 tháng so với cùng kỳ năm trước (%)\n"
            "Doanh thu vận tải\t410\t1.980\t108,6\n")
    got = [x.get("period") for f, x in find_table_figures(build_layout(text)) if f.metric == "yoy_pct"]
    assert got == [(dt.date(2026, 1, 1), dt.date(2026, 5, 31))]
    # (a growth naming no months right after the months added up is theirs; near miss: after the month's, no period
    # of its own)
    bare = text.replace("Cộng dồn 5 tháng so với", "So với")
    assert [x.get("period") for f, x in find_table_figures(build_layout(bare)) if f.metric == "yoy_pct"] == [
        (dt.date(2026, 1, 1), dt.date(2026, 5, 31))]
    month = bare.replace("\tƯớc tính tháng 5 năm 2026\tCộng dồn 5 tháng năm 2026\t",
                         "\tCộng dồn 5 tháng năm 2026\tƯớc tính tháng 5 năm 2026\t")
    assert [x.get("period") for f, x in find_table_figures(build_layout(month)) if f.metric == "yoy_pct"] == [None]


def test_a_group_of_projects_named_by_what_is_done_to_them_whatever_numbers_it() -> None:
    # "1 | Các dự án chuyển tiếp", "| CÔNG TRÌNH KHỞI CÔNG MỚI": groups of the projects below (their capital), no
    # project
    text = ("UBND HUYỆN MANG YANG\nBÁO CÁO\nGiải ngân năm 2026\n\nĐVT: triệu đồng\n"
            "TT\tTên dự án\tKH vốn 2026\tĐã giải ngân\n"
            "1\tCác dự án chuyển tiếp\t8.000\t5.100\n"
            "\t- Đường liên xã Đak Ta Ley - Hà Ra\t8.000\t5.100\n"
            "\tCÔNG TRÌNH KHỞI CÔNG MỚI\t4.000\t900\n"
            "\t- Nhà văn hóa làng Đê Ktu\t4.000\t900\n")
    tables = _tables_of(text)
    assert len(tables["budgets"]) == 4
    assert {r["project_name"] for r in tables["projects"]} == {"Đường liên xã Đak Ta Ley - Hà Ra",
                                                              "Nhà văn hóa làng Đê Ktu"}
    # (near miss: a project named after its kind, "Dự án đường ...", stays a project)
    named = text.replace("Các dự án chuyển tiếp", "Dự án đường vành đai Kon Dỡng")
    assert "đường vành đai Kon Dỡng" in {r["project_name"] for r in _tables_of(named)["projects"]}


def _growths_laid_out_with_spaces(text: str) -> list[float]:
    return [round(f.value, 1) for f, _ in find_lined_table_figures(build_layout(text))[0] if f.metric == "yoy_pct"]


def test_a_comparisons_cells_laid_out_with_spaces_are_judged_by_their_column() -> None:
    # a PDF's text: "So cùng kỳ (%)" over 106,3 · 44,0 · 112,8, every cell a percentage of last year's
    rows = [("Gạch ốp lát", "Triệu m2", "14,2", "106,3"), ("Phân bón", "Nghìn tấn", "88,5", "44,0"),
            ("Nước máy", "Triệu m3", "21,7", "112,8")]
    text = "Chỉ tiêu              ĐVT         Lũy kế 6 tháng     So cùng kỳ (%)\n" + "".join(
        f"{name:<22}{unit:<12}{done:<19}{compared}\n" for name, unit, done, compared in rows)
    assert _growths_laid_out_with_spaces(text) == [6.3, -56.0, 12.8]
    # (near miss: a column with a fall written with its minus holds growths)
    growths = text.replace("106,3", "6,3").replace("112,8", "-1,8")
    assert _growths_laid_out_with_spaces(growths) == [6.3, 44.0, -1.8]


def test_a_rows_name_merged_with_the_row_above_and_written_empty() -> None:
    # "1 | Doanh thu du lịch | Tỷ đồng | 950" then "| | Triệu USD | 12": the same subject in another unit
    text = ("STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tƯớc thực hiện năm 2026\n"
            "1\tDoanh thu du lịch\tTỷ đồng\t950\t1.020\n\t\tTriệu USD\t12\t14\n")
    got = [(x["label"], f.unit) for f, x in find_table_figures(build_layout(text))]
    assert got[2:] == [("Doanh thu du lịch", "USD")] * 2
    # (near miss: a row with its own number is no part of the row above, nor a row with no unit of its own)
    own = text.replace("\t\tTriệu USD", "2\t\tTriệu USD")
    assert [x["label"] for _, x in find_table_figures(build_layout(own))][2:] == ["", ""]


def test_a_captions_own_brackets_stay_with_its_subject() -> None:
    # "Biểu 2. Giá trị sản xuất công nghiệp (giá so sánh 2010)": the subject keeps its closing bracket
    text = ("Biểu 2. Giá trị sản xuất công nghiệp (giá so sánh 2010)\nĐơn vị tính: tỷ đồng\n"
            "\tNăm 2025\tNăm 2026\nTổng số\t41.200\t45.900\n")
    assert {x["label"] for _, x in find_table_figures(build_layout(text))} == {
        "Giá trị sản xuất công nghiệp (giá so sánh 2010)"}
    # (near miss: a unit in brackets closing the caption is no part of its subject)
    unit = text.replace(" (giá so sánh 2010)\nĐơn vị tính: tỷ đồng", " (ĐVT: tỷ đồng)")
    assert {x["label"] for _, x in find_table_figures(build_layout(unit))} == {"Giá trị sản xuất công nghiệp"}


def test_months_written_short_in_a_head() -> None:
    # "TH 6T/2026", "Lũy kế 9 tháng/2026": the months so far of that year
    assert classify_header("TH 6T/2026").period == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert classify_header("Lũy kế 9 tháng/2026").period == (dt.date(2026, 1, 1), dt.date(2026, 9, 30))
    # (near miss: a month and its year stays that month)
    assert classify_header("Tháng 9/2026").period == (dt.date(2026, 9, 1), dt.date(2026, 9, 30))


def test_a_head_naming_the_places_names_heads_rows_of_places() -> None:
    # "TT | Tên xã, phường | Số hộ nghèo đầu năm": rows of communes, each column a count of its own
    assert classify_header("Tên xã, phường").role == "place"
    text = "TT\tTên xã, phường\tSố hộ nghèo đầu năm\n1\tXã Chiềng Mung\t310\n"
    assert [(x["label"], f.unit) for f, x in find_table_figures(build_layout(text))] == [
        ("Số hộ nghèo đầu năm (Xã Chiềng Mung)", "household")]
    # (near miss: the names of projects or of subjects stay labels)
    assert classify_header("Tên dự án").role == classify_header("Tên chỉ tiêu").role == "label"


def test_an_html_tables_spanning_cells_stand_on_its_grid() -> None:
    # '<th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm 2026</th>' over '<th>Kế hoạch</th><th>Thực hiện</th>': the
    # heads below stand under "Năm 2026", and the rate's column after them keeps its rate (no amount as a per cent)
    text = ('<table><tr><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="2">Năm 2026</th>'
            '<th rowspan="2">Tỷ lệ (%)</th></tr>\n<tr><th>Kế hoạch</th><th>Thực hiện</th></tr>\n'
            "<tr><td>Sản lượng cà phê</td><td>Tấn</td><td>52.000</td><td>54.600</td><td>105,0</td></tr></table>\n")
    got = [(f.metric, f.value, f.unit) for f, _ in find_table_figures(build_layout(text))]
    assert got == [("target", 52000, "tonne"), ("level", 54600, "tonne"), ("plan_pct", 105.0, "pct")]
    # (near miss: an HTML table of plain cells reads as before)
    plain = ("<table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch 2026</th><th>Thực hiện 2026</th></tr>\n"
             "<tr><td>Sản lượng cà phê</td><td>Tấn</td><td>52.000</td><td>54.600</td></tr></table>\n")
    assert [f.metric for f, _ in find_table_figures(build_layout(plain))] == ["target", "level"]


def test_a_captions_per_cents_are_growths_or_shares_as_it_says() -> None:
    # "Biểu 2. Tốc độ tăng GRDP theo khu vực" over per cents: each row's growth; "Biểu 4. Cơ cấu kinh tế": each share
    rows = "Đơn vị tính: %\n\tNăm 2025\tNăm 2026\nDịch vụ\t6,8\t7,4\nCông nghiệp và xây dựng\t9,1\t9,9\n"
    growth = find_table_figures(build_layout("Biểu 2. Tốc độ tăng GRDP theo khu vực\n" + rows))
    assert {f.metric for f, _ in growth} == {"yoy_pct"}
    shares = find_table_figures(build_layout("Biểu 4. Cơ cấu kinh tế theo khu vực\n" + rows))
    assert {f.metric for f, _ in shares} == {"share_pct"}
    # (near miss: a caption naming neither keeps the per cents as they are)
    rates = find_table_figures(build_layout("Biểu 5. Tỷ lệ lao động qua đào tạo\n" + rows))
    assert {f.metric for f, _ in rates} == {"level"}


def test_a_structures_caption_over_a_table_laid_out_with_spaces() -> None:
    # "Biểu 3. Cơ cấu kinh tế" over a PDF's columns set apart with spaces: each per cent a share of the whole
    text = ("Biểu 3. Cơ cấu kinh tế\nĐơn vị tính: %\nChỉ tiêu                 Năm 2025     Năm 2026\n"
            "Dịch vụ                  45,2         46,0\nCông nghiệp              33,1         33,7\n")
    assert {f.metric for f, _ in find_lined_table_figures(build_layout(text))[0]} == {"share_pct"}
    # (near miss: a caption of rates keeps its levels)
    rates = text.replace("Cơ cấu kinh tế", "Tỷ lệ lao động qua đào tạo")
    assert {f.metric for f, _ in find_lined_table_figures(build_layout(rates))[0]} == {"level"}


def test_the_parts_of_a_heading_row_count_its_things() -> None:
    # "2 | Nhà bị hư hỏng" with no figures, then "- Tốc mái | Cái | 610": houses whose roofs were torn off
    text = ("STT\tHạng mục\tĐVT\tSố lượng\n1\tNhà bị hư hỏng\t\t\n\t- Tốc mái\tCái\t610\n"
            "\t- Ngập nước\tCái\t95\n2\tCầu treo bị hư hỏng\tCái\t3\n")
    got = [(x["label"], f.unit) for f, x in find_table_figures(build_layout(text))]
    assert got == [("Nhà bị hư hỏng: tốc mái", "house"), ("Nhà bị hư hỏng: ngập nước", "house"),
                   ("Cầu treo bị hư hỏng", "count")]
    # (near miss: the parts of a row with figures of its own keep their names)
    own = text.replace("1\tNhà bị hư hỏng\t\t", "1\tNhà bị hư hỏng\tCái\t705")
    assert [x["label"] for _, x in find_table_figures(build_layout(own))][1:3] == ["Tốc mái", "Ngập nước"]


def test_a_comparisons_cells_one_a_line_are_judged_by_their_column() -> None:
    # a numbered table one cell a line: "So cùng kỳ (%)" over 103,5 · 46,0 · 108,1, each a percentage of last year's
    rows = [("1", "Gạch nung", "Triệu viên", "310", "103,5"), ("2", "Phân bón", "Nghìn tấn", "42", "46,0"),
            ("3", "Nước máy", "Triệu m3", "18", "108,1")]
    text = "STT\nChỉ tiêu\nĐVT\nƯớc thực hiện 6 tháng\nSo cùng kỳ (%)\n" + "".join(
        "\n".join(row) + "\n" for row in rows)
    figures, _ = find_lined_table_figures(build_layout(text))
    assert [round(f.value, 1) for f, _ in figures if f.metric == "yoy_pct"] == [3.5, -54.0, 8.1]
    # (near miss: a column of growths with a fall written with its minus)
    growths = text.replace("103,5", "3,5").replace("108,1", "-8,1")
    figures, _ = find_lined_table_figures(build_layout(growths))
    assert [round(f.value, 1) for f, _ in figures if f.metric == "yoy_pct"] == [3.5, 46.0, -8.1]


def test_the_total_of_a_table_of_national_programmes_under_no_title() -> None:
    # "Chương trình | Kế hoạch vốn | Giải ngân" over "Tổng cộng", "Chương trình MTQG ...": the programmes' capital
    text = ("ĐVT: triệu đồng\n\nTT\tChương trình\tKế hoạch vốn năm 2027\tĐã giải ngân\n"
            "\tTổng cộng\t640.000\t301.000\n1\tChương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc"
            " thiểu số\t640.000\t301.000\n")
    got = [(x["label"], x.get("sums_the_caption")) for _, x in find_table_figures(build_layout(text))][:2]
    assert got == [("Tổng cộng các chương trình mục tiêu quốc gia", True)] * 2
    # (near miss: a table of other programmes keeps its total's bare name)
    other = text.replace("Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
                         "Chương trình khuyến nông")
    assert [x["label"] for _, x in find_table_figures(build_layout(other))][:2] == ["Tổng cộng"] * 2


def test_an_unnumbered_row_naming_projects_by_their_kind_is_a_group() -> None:
    # "| Các dự án do cấp huyện quản lý | 300.000 | 100.000": no number, lower-case words of a kind of projects, the
    # group's capital (its plan was an indicator's target)
    text = ("UBND TỈNH YÊN BÁI\nPhụ lục 02\nKế hoạch đầu tư công năm 2026\n\nĐVT: triệu đồng\n"
            "STT\tDanh mục dự án\tKế hoạch năm 2026\n"
            "1\tĐường nối Nghĩa Lộ - Trạm Tấu\t400.000\n"
            "\tCác dự án do cấp huyện quản lý\t100.000\n")
    tables = _tables_of(text)
    assert [(r["budget_label"], r["value"]) for r in tables["budgets"]] == [
        ("Kế hoạch vốn năm 2026 (Các dự án do cấp huyện quản lý)", 100e9)]
    assert not tables["indicators"]
    # ("Nhóm C": the projects of a class, a group too)
    grouped = _tables_of(text.replace("Các dự án do cấp huyện quản lý", "Nhóm C"))
    assert [r["budget_label"] for r in grouped["budgets"]] == ["Kế hoạch vốn năm 2026 (Nhóm C)"]
    # near miss: an unnumbered row naming one work keeps it a project
    named = text.replace("Các dự án do cấp huyện quản lý", "Dự án cầu Văn Phú")
    assert "cầu Văn Phú" in {r["project_name"] for r in _tables_of(named)["projects"]}


def test_heads_naming_their_time_against_the_reports_month() -> None:
    # a statistics office's columns: the month before, the month reported on, the months so far, and each one's growth
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 4 năm 2027\n\n"
            "Chỉ tiêu\tĐơn vị tính\tThực hiện tháng trước\tƯớc tính tháng báo cáo\tCộng dồn từ đầu năm\t"
            "Tháng báo cáo so với cùng kỳ (%)\tCộng dồn so với cùng kỳ (%)\n"
            "Gạch nung\tTriệu viên\t42\t45\t160\t103,5\t101,2\n")
    got = [(x["label"], fig.metric, x.get("period")) for fig, x in read_tab_tables(build_layout(text), 2027)[0]]
    april, so_far = (dt.date(2027, 4, 1), dt.date(2027, 4, 30)), (dt.date(2027, 1, 1), dt.date(2027, 4, 30))
    assert got == [("Gạch nung", "level", (dt.date(2027, 3, 1), dt.date(2027, 3, 31))), ("Gạch nung", "level", april),
                   ("Gạch nung", "level", so_far), ("Gạch nung", "yoy_pct", april), ("Gạch nung", "yoy_pct", so_far)]
    # ("Lũy kế" alone is the months so far; a quarter's report's "Quý trước" the quarter before)
    quarter = text.replace("tháng 4 năm 2027", "quý II năm 2027").replace("tháng trước", "quý trước")
    periods = [x.get("period") for _, x in read_tab_tables(build_layout(quarter.replace("Cộng dồn từ đầu năm",
                                                                                        "Lũy kế")), 2027)[0]]
    assert periods[0] == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    assert periods[2] == (dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    # near misses: a title of another year dates none of them; "Lũy kế vốn đã bố trí" counts from elsewhere
    assert not any(x.get("period") for _, x in read_tab_tables(build_layout(text), 2026)[0])
    capital = text.replace("Cộng dồn từ đầu năm", "Lũy kế vốn đã bố trí")
    assert read_tab_tables(build_layout(capital), 2027)[0][2][1].get("period") is None


def test_a_change_on_the_month_before_is_of_the_month_reported_on() -> None:
    # "So tháng trước (%)": the month reported on as a percentage of the one before, a figure of the reported month
    text = (
        "Biểu 2. Chỉ tiêu chủ yếu 9 tháng năm 2027\n"
        "Chỉ tiêu\tĐVT\tTháng 9/2027\tSo tháng trước (%)\t9 tháng 2027\n"
        "Sản lượng xi măng\tNghìn tấn\t210\t102,4\t1.805\n"
    )
    got = [(fig.metric, x.get("period")) for fig, x in read_tab_tables(build_layout(text), 2027)[0]]
    assert got[1] == ("change_pct", (dt.date(2027, 9, 1), dt.date(2027, 9, 30)))
    # (the quarter before, in a report on a quarter: that quarter's)
    quarter = text.replace("9 tháng năm 2027", "quý III năm 2027").replace("tháng trước", "quý trước")
    third = (dt.date(2027, 7, 1), dt.date(2027, 9, 30))
    assert read_tab_tables(build_layout(quarter), 2027)[0][1][1].get("period") == third


def test_a_unit_line_over_a_table_pasted_with_blank_lines() -> None:
    # "Đơn vị tính: Tỷ đồng" then the empty lines an HTML table leaves before its header
    text = ("Biểu 3. Vốn đầu tư thực hiện\nĐơn vị tính: Tỷ đồng\n   \n\nChỉ tiêu\tThực hiện năm 2026\n"
            "Vốn ngân sách nhà nước\t1.250\n")
    assert [fig.unit for fig, _ in find_table_figures(build_layout(text))] == ["VND"]
    # near miss: a unit line over two other lines sets nothing
    far = text.replace("   \n\n", "Số liệu sơ bộ của các sở.\nSố liệu chính thức của Cục Thống kê.\n\n")
    assert [fig.unit for fig, _ in find_table_figures(build_layout(far))] != ["VND"]


def test_a_part_of_the_year_under_a_head_naming_another() -> None:
    # "Thực hiện quý III/2026" over "Quý III | Lũy kế 9 tháng": the months so far of that year, not the quarter above
    text = ("STT\tNội dung\tThực hiện quý III/2026\t\n\t\tQuý III\tLũy kế 9 tháng\n"
            "1\tThu nội địa\t3.050\t9.320\n")
    got = [x.get("period") for _, x in find_table_figures(build_layout(text))]
    assert got == [(dt.date(2026, 7, 1), dt.date(2026, 9, 30)), (dt.date(2026, 1, 1), dt.date(2026, 9, 30))]
    # ("Thực hiện năm 2026" over "6 tháng": the first half of that year)
    half = text.replace("quý III/2026", "năm 2026").replace("Lũy kế 9 tháng", "6 tháng")
    assert [x.get("period") for _, x in find_table_figures(build_layout(half))][1] == (
        dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    # near miss: a part below naming no time keeps the head's ("Kế hoạch vốn 2026" over "Tổng số | NSTW")
    plan = text.replace("Thực hiện quý III/2026", "Kế hoạch vốn 2026").replace("Quý III\tLũy kế 9 tháng",
                                                                             "Tổng số\tNSTW")
    assert [(fig.metric, x["target_year"]) for fig, x in find_table_figures(build_layout(plan))] == [
        ("target", 2026)] * 2


def test_a_bare_comparison_beside_a_share_of_the_plan_is_a_growth() -> None:
    # "Kế hoạch năm | Thực hiện 6 tháng | % KH | So sánh (%)": the second compares with the same months of last year
    text = ("Chỉ tiêu\tĐVT\tKế hoạch năm 2025\tThực hiện 6 tháng\t% KH\tSo sánh (%)\n"
            "Sản lượng chè búp tươi\ttấn\t60.000\t31.200\t52,0\t96,4\n")
    got = [(fig.metric, round(fig.value, 1)) for fig, _ in find_table_figures(build_layout(text))]
    assert got[2:] == [("plan_pct", 52.0), ("yoy_pct", -3.6)]
    # near miss: a bare comparison alone beside a plan is the plan's share
    alone = text.replace("\t% KH", "").replace("\t52,0", "")
    assert [fig.metric for fig, _ in find_table_figures(build_layout(alone))][2:] == ["plan_pct"]


def test_a_pipe_tables_place_head_and_its_total_under_a_caption() -> None:
    # "| Địa bàn | Dự toán 2026 | Thực hiện 6 tháng |" with spaces around each cell, under a caption: the rows are
    # places, and "Toàn tỉnh" sums the caption's subject
    text = ("Biểu 4: Thu ngân sách nhà nước (Đơn vị tính: Tỷ đồng)\n| Địa bàn | Dự toán 2026 | Thực hiện 6 tháng |\n"
            "|---|---|---|\n| Khu vực Hà Giang cũ | 3.100 | 1.420 |\n| Toàn tỉnh | 9.800 | 4.650 |\n")
    figures = find_table_figures(build_layout(text))
    got = [(x["label"], x.get("locality"), x.get("sums_the_caption")) for _, x in figures]
    assert got == [("Thu ngân sách nhà nước (Khu vực Hà Giang cũ)", "ha_giang", None)] * 2 + [
        ("Thu ngân sách nhà nước", None, True)] * 2
    # near miss: a row of a subject under the caption is no total
    subject = text.replace("| Địa bàn |", "| Nội dung |").replace("Khu vực Hà Giang cũ", "Thu nội địa")
    assert {x.get("sums_the_caption") for _, x in find_table_figures(build_layout(subject))[:2]} == {None}


def test_a_whole_years_column_beside_the_quarters() -> None:
    # "Quý I | ... | Quý IV | Cả năm" in a report on 2027: the year's own figure; "Cả năm 2026" names its year
    text = "Chỉ tiêu\tQuý III\tQuý IV\tCả năm\nSản lượng điện thương phẩm\t410\t455\t1.720\n"
    got = [x.get("period") for _, x in read_tab_tables(build_layout(text), 2027)[0]]
    assert got[2] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    named = text.replace("\tCả năm\n", "\tCả năm 2026\n")
    assert [x["target_year"] for _, x in read_tab_tables(build_layout(named), 2027)[0]][2] == 2026
    # near miss: with no year to date it by, the column is none (as a quarter's is)
    assert len(read_tab_tables(build_layout(text))[0]) == 0


def test_a_rows_name_run_on_to_a_line_of_its_own() -> None:
    # "Tổng sản lượng lương thực có | tấn | 285.400" then "hạt": the name goes on, and so does the table
    text = ("Chỉ tiêu\tĐVT\tNăm 2026\nTổng sản lượng lương thực có\ttấn\t285.400\nhạt\n"
            "Đàn trâu\tcon\t31.500\n")
    got = [(x["label"], fig.unit) for fig, x in find_table_figures(build_layout(text))]
    assert got == [("Tổng sản lượng lương thực có hạt", "tonne"), ("Đàn trâu", "head")]
    # near miss: a sentence after the table ends it
    after = text.replace("hạt\n", "Năm 2026 được mùa.\n")
    assert [x["label"] for _, x in find_table_figures(build_layout(after))] == ["Tổng sản lượng lương thực có"]


def test_a_rows_name_broken_by_a_pdf_line_in_its_own_column() -> None:
    # a PDF's table: the rest of a row's name on the next line, in the names' column (its first cell empty)
    text = ("TT\tChỉ tiêu\tĐVT\tThực hiện năm 2027\n"
            "1\tDoanh thu vận tải (không kể\t\t\n\tvận tải đường sắt)\tTỷ đồng\t3.410\n"
            "2\tSố lao động được đào tạo nghề và\tNgười\t6.200\n\tbồi dưỡng kỹ năng\t\t\n"
            "3\tĐàn lợn\tcon\t88.000\n")
    got = [(x["label"], fig.value) for fig, x in find_table_figures(build_layout(text))]
    assert got == [("Doanh thu vận tải (không kể vận tải đường sắt)", 3.41e12),
                   ("Số lao động được đào tạo nghề và bồi dưỡng kỹ năng", 6200), ("Đàn lợn", 88000)]
    # near misses: "trong đó" on a line of its own is no part of a name (and a whole name over its lower-case parts
    # keeps them rows of their own: test_lower_case_rows_under_a_row_without_figures_are_its_parts)
    lead_in = text.replace("\tbồi dưỡng kỹ năng\t\t\n", "\ttrong đó\t\t\n")
    labels = [x["label"] for _, x in find_table_figures(build_layout(lead_in))]
    assert "Số lao động được đào tạo nghề và" in labels


def test_a_whole_name_over_one_lower_case_row_is_that_rows_name_begun() -> None:
    # "Vốn ngân sách | |" then "địa phương | 2.120 | 1.150": a name broken after its cell's tabs, the rest on the
    # line below with the figures; the row is the two lines (its words are read for its item), in any column layout
    text = ("Nguồn vốn\tKế hoạch\tThực hiện\nVốn ngân sách trung ương\t1.250\t820\n"
            "Vốn ngân sách\t\t\nđịa phương\t2.120\t1.150\nTổng cộng\t3.370\t1.970\n")
    layout = build_layout(text)
    got = [(x["label"], layout.clean[fig.sentence[0]:fig.sentence[0] + 13]) for fig, x in find_table_figures(layout)]
    assert got[2:4] == [("Vốn ngân sách địa phương", "Vốn ngân sách")] * 2
    numbered = ("TT\tNguồn vốn\tKế hoạch\tThực hiện\n1\tVốn ngân sách\t\t\n\tđịa phương\t3.120\t2.150\n"
                "2\tVốn vay lại của\t\t\n\tChính phủ nước ngoài\t210\t95\n")
    layout = build_layout(numbered)
    got = [(x["label"], layout.clean[fig.sentence[0]:fig.sentence[0] + 2]) for fig, x in find_table_figures(layout)]
    assert got == [("Vốn ngân sách địa phương", "1\t")] * 2 + [("Vốn vay lại của Chính phủ nước ngoài", "2\t")] * 2
    # near misses: over two lower-case rows the name is their whole, each row its own part on its own line; a
    # capitalised name under a whole name is a row of its own
    parts = numbered.replace("\n2\tVốn vay lại của\t\t\n", "\n\ttrung ương\t40\t12\n3\tVốn khác\t\t\n")
    layout = build_layout(parts)
    got = [(x["label"], layout.clean[fig.sentence[0]:fig.sentence[0] + 1]) for fig, x in find_table_figures(layout)]
    assert got[:4] == [("Vốn ngân sách địa phương", "\t")] * 2 + [("Vốn ngân sách trung ương", "\t")] * 2
    assert [x["label"] for _, x in find_table_figures(build_layout(parts))][4:] == ["Chính phủ nước ngoài"] * 2


def test_a_cut_names_row_ending_in_tabs_over_its_rest_at_the_lines_start() -> None:
    # "2 | Sản lượng thủy sản nuôi | |" then "trồng | tấn | 85.400": the rest opens the line, the row's first cell
    # left out; the row's cells are the two lines' (it was lost, "trồng" read as the row's number)
    text = ("TT\tChỉ tiêu\tĐVT\tThực hiện 6 tháng\n1\tDiện tích lúa\tha\t118.500\n"
            "2\tSản lượng thủy sản nuôi\t\t\ntrồng\ttấn\t85.400\n")
    got = [(x["label"], fig.value) for fig, x in find_table_figures(build_layout(text))]
    assert got == [("Diện tích lúa", 118500), ("Sản lượng thủy sản nuôi trồng", 85400)]
    # near miss: a row with no name over it keeps its cells
    empty = text.replace("Sản lượng thủy sản nuôi\t\t\n", "\t\t\n")
    assert [x["label"] for _, x in find_table_figures(build_layout(empty))][1:] == []


def test_a_rows_name_run_on_to_the_tables_last_line() -> None:
    # "Tổng sản lượng lương thực có | tấn | 785.400" then "hạt" closing the table (a blank line and a paragraph, or
    # the text's end, under it): the name goes on; it stays a line of its own, not the paragraph's first word
    text = ("Chỉ tiêu\tĐVT\tNăm 2026\nĐàn trâu\tcon\t31.500\nTổng sản lượng lương thực có\ttấn\t785.400\nhạt\n")
    for after in ("", "\nNhìn chung, sản xuất ổn định.\n"):
        labels = [x["label"] for _, x in find_table_figures(build_layout(text + after))]
        assert labels == ["Đàn trâu", "Tổng sản lượng lương thực có hạt"]
    assert "hạt\n" in build_layout(text + "\nNhìn chung, sản xuất ổn định.\n").clean
    # near miss: a lower-case line that goes on as prose on the line below is no name's rest
    prose = text.replace("hạt\n", "tăng nhẹ so với\ncùng kỳ năm trước.\n")
    assert [x["label"] for _, x in find_table_figures(build_layout(prose))][-1] == "Tổng sản lượng lương thực có"


def test_a_numbered_list_of_names_with_no_header_is_no_text_of_figures() -> None:
    # "1 | Phường Hòa Bình | Thành phố Mới" with no header: an index and names, no count of anything
    lines = "1\tPhường Hòa Bình\tThành phố Mới\n2\tXã Yên Lạc\tCông nhận tháng 9/2026\n"
    head = "UBND TỈNH PHÚ THỌ\nBÁO CÁO KẾT QUẢ NĂM 2026\n\nCác đơn vị được khen thưởng:\n"
    assert indicator_rows(head + lines) == []
    assert not runs_on_after_a_tab("1\tPhường Hòa Bình\tThành phố Mới")
    # near misses: a numbered row whose words hold a figure is still read as a sentence
    rows = indicator_rows(head + "1\tSố hộ được hỗ trợ nhà ở là 320 hộ nghèo\n")
    assert 320 in [r["value"] for r in rows]
    assert runs_on_after_a_tab("Tổng thu\tđạt 5.420 tỷ đồng, bằng 101% kế hoạch")


def test_a_fall_in_brackets_under_a_column_of_percentages_of_last_year() -> None:
    # "So với cùng kỳ (%)" over 104,2 · 97,5 · (6,3): the bracketed cell is an accountant's minus, the fall itself
    text = ("Chỉ tiêu\tĐVT\tThực hiện năm 2027\tSo với cùng kỳ (%)\n"
            "Sản lượng điện\tTriệu kWh\t1.250\t104,2\nXi măng\tNghìn tấn\t820\t97,5\n"
            "Phân bón\tNghìn tấn\t64\t(6,3)\n")
    got = [fig.value for fig, _ in find_table_figures(build_layout(text)) if fig.metric == "yoy_pct"]
    assert got == [4.2, -2.5, -6.3]
    # near miss: a bracketed amount under a column of levels stays the accountant's minus of that amount
    level = text.replace("\t(6,3)", "\t95,0").replace("\t64\t", "\t(64)\t")
    assert [fig.value for fig, _ in find_table_figures(build_layout(level)) if fig.metric == "level"][-1] == -64_000


def test_a_quantity_heading_two_columns_names_each_of_them() -> None:
    # "Sản lượng" typed over both its columns (a merged cell written out), "Kế hoạch (tấn) | Thực hiện (tấn)" below:
    # rows of crops read "Sản lượng chè", as "Sản lượng (tấn)" in one row would
    text = ("TT\tCây trồng\tSản lượng\tSản lượng\tNăng suất\n\t\tKế hoạch (tấn)\tThực hiện (tấn)\tThực hiện (tạ/ha)\n"
            "1\tChè\t9.500\t9.820\t98,2\n")
    got = [(x["label"], fig.metric) for fig, x in find_table_figures(build_layout(text))]
    assert got == [("Sản lượng chè", "target"), ("Sản lượng chè", "level"), ("Năng suất chè", "level")]
    # the same merged cell spanning its empty neighbour over rows of districts
    spanning = text.replace("Cây trồng", "Huyện").replace("Sản lượng\tSản lượng", "Sản lượng\t").replace(
        "Chè", "Huyện Tân Uyên")
    assert [x["label"] for fig, x in find_table_figures(build_layout(spanning))][:2] == [
        "Sản lượng (Huyện Tân Uyên)"] * 2
    # near misses: rows of indicators name their own subjects; a time over the columns names no quantity
    indicators = text.replace("Cây trồng", "Chỉ tiêu").replace("Chè", "Sản lượng chè búp tươi")
    assert {x["label"] for _, x in find_table_figures(build_layout(indicators))} == {"Sản lượng chè búp tươi"}
    timed = text.replace("Sản lượng\tSản lượng", "Năm 2027\tNăm 2027")
    assert [x["label"] for _, x in find_table_figures(build_layout(timed))][:2] == ["Chè", "Chè"]


def test_lower_case_rows_under_a_row_without_figures_are_its_parts() -> None:
    # "Diện tích trồng rừng | | " with no figures, then "rừng sản xuất | ha | 3.100": the heading's parts
    text = ("STT\tChỉ tiêu\tĐVT\tThực hiện năm 2026\n1\tDiện tích trồng rừng\t\t\n"
            "\trừng sản xuất\tha\t3.100\n\trừng phòng hộ\tha\t420\n")
    labels = [x["label"] for _, x in find_table_figures(build_layout(text))]
    assert labels == ["Diện tích trồng rừng sản xuất", "Diện tích trồng rừng phòng hộ"]
    # near miss: under a row with figures of its own, a lower-case name keeps its own words
    with_figures = text.replace("Diện tích trồng rừng\t\t\n", "Diện tích trồng rừng\tha\t3.520\n")
    labels = [x["label"] for _, x in find_table_figures(build_layout(with_figures))]
    assert labels == ["Diện tích trồng rừng", "rừng sản xuất", "rừng phòng hộ"]


def test_a_rows_figures_wrapped_onto_a_line_of_their_own() -> None:
    # a PDF's row too long for its line: "1 | Doanh thu dịch vụ lưu trú, ăn uống | Tỷ đồng | 2.640 |" then
    # "| | | | 112,4", the growth under its column; the rows below are still the table's
    text = ("STT\tChỉ tiêu\tĐVT\tƯớc thực hiện năm 2027\tSo cùng kỳ (%)\n"
            "1\tDoanh thu dịch vụ lưu trú, ăn uống\tTỷ đồng\t2.640\t\n\t\t\t\t112,4\n"
            "2\tSản lượng điện thương phẩm\tTriệu kWh\t780\t105,0\n")
    got = [(x["label"], fig.metric) for fig, x in find_table_figures(build_layout(text))]
    assert got == [("Doanh thu dịch vụ lưu trú, ăn uống", "level"), ("Doanh thu dịch vụ lưu trú, ăn uống", "yoy_pct"),
                   ("Sản lượng điện thương phẩm", "level"), ("Sản lượng điện thương phẩm", "yoy_pct")]


def test_a_spaced_header_naming_its_time_against_the_reports_month() -> None:
    # a PDF's columns set apart with spaces, under a title on August 2026: the month before and the months so far
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2026\n\n"
            "Chỉ tiêu                Thực hiện tháng trước    Cộng dồn từ đầu năm\n"
            "Xi măng (nghìn tấn)     310                      2.450\n")
    got = [x.get("period") for _, x in find_lined_table_figures(build_layout(text))[0]]
    assert got == [(dt.date(2026, 7, 1), dt.date(2026, 7, 31)), (dt.date(2026, 1, 1), dt.date(2026, 8, 31))]
    # near miss: no month in the title, no time for them
    plain = text.replace("tháng 8 năm 2026", "của tỉnh")
    assert [x.get("period") for _, x in find_lined_table_figures(build_layout(plain))[0]] == [None, None]
    # "Quý I   Quý II" under a title on the second quarter of 2026: the quarters of 2026 (no title's period: unread)
    quarters = text.replace("tháng 8 năm 2026", "quý II năm 2026").replace(
        "Thực hiện tháng trước    Cộng dồn từ đầu năm", "Quý I                    Quý II             ")
    got = [x.get("period") for _, x in find_lined_table_figures(build_layout(quarters))[0]]
    assert got == [(dt.date(2026, 1, 1), dt.date(2026, 3, 31)), (dt.date(2026, 4, 1), dt.date(2026, 6, 30))]
    assert find_lined_table_figures(build_layout(quarters.replace("quý II năm 2026", "của tỉnh")))[0] == []


def test_a_unit_closing_the_captions_line_without_brackets() -> None:
    # "Biểu 02: Chi ngân sách ĐVT: triệu đồng" over the table: its amounts are in millions of đồng
    text = "Biểu 02: Chi ngân sách ĐVT: triệu đồng\nNội dung\tThực hiện năm 2026\nChi đầu tư phát triển\t1.250.000\n"
    assert [(fig.unit, fig.value) for fig, _ in find_table_figures(build_layout(text))] == [("VND", 1.25e12)]
    # near miss: a unit word inside the caption's words sets nothing ("Đơn vị" as a subject)
    other = text.replace(" ĐVT: triệu đồng", " của các đơn vị")
    assert [fig.unit for fig, _ in find_table_figures(build_layout(other))] == ["count"]


def test_a_share_column_is_each_rows_share_of_the_whole() -> None:
    # "Ước thực hiện | Tỷ trọng (%)": each row's share, no share of a plan
    text = "Nội dung\tƯớc thực hiện năm 2026\tTỷ trọng (%)\nThu nội địa\t4.850\t88,2\n"
    assert [(fig.metric, fig.unit) for fig, _ in find_table_figures(build_layout(text))][1] == ("share_pct", "pct")
    # near miss: "Tỷ lệ so với kế hoạch (%)" stays a share of the plan
    plan = text.replace("Tỷ trọng (%)", "Tỷ lệ so với kế hoạch (%)")
    assert [fig.metric for fig, _ in find_table_figures(build_layout(plan))][1] == "plan_pct"


def test_the_same_period_a_year_before_is_dated_by_the_column_after_it() -> None:
    # "Thực hiện cùng kỳ | Thực hiện kỳ báo cáo | So sánh (%) | Lũy kế từ đầu năm" in a report on the third quarter
    text = ("BÁO CÁO\nTình hình thương mại quý III năm 2027\n\n"
            "Chỉ tiêu\tThực hiện cùng kỳ\tThực hiện kỳ báo cáo\tSo sánh (%)\tLũy kế từ đầu năm\n"
            "Doanh thu dịch vụ lưu trú\t640\t712\t111,3\t1.980\n")
    got = [(fig.metric, x.get("period")) for fig, x in read_tab_tables(build_layout(text), 2027)[0]]
    assert got[0] == ("level", (dt.date(2026, 7, 1), dt.date(2026, 9, 30)))
    assert [m for m, _ in got] == ["level", "level", "yoy_pct", "level"]
    # near miss: a title naming no period leaves last year's column undated, as before
    plain = text.replace("quý III năm 2027", "của tỉnh")
    assert [fig.metric for fig, _ in read_tab_tables(build_layout(plain), 2027)[0]] == ["level", "yoy_pct", "level"]


def test_an_html_tables_close_ends_it_before_the_next_table() -> None:
    # two HTML tables one after the other: the second is read through its own header, not the first's
    first = ("<table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Thực hiện tháng 9/2026</th><th>So cùng kỳ (%)</th></tr>\n"
             "<tr><td>Sản lượng thép</td><td>Nghìn tấn</td><td>700</td><td>110,2</td></tr>\n</table>\n\n")
    second = ("<table>\n<tr><th>Chỉ tiêu</th><th>Kế hoạch năm 2026</th><th>Ước thực hiện 9 tháng</th><th>% KH</th>"
              "</tr>\n"
              "<tr><td>Trồng rừng tập trung (ha)</td><td>8.000</td><td>7.150</td><td>89,4</td></tr>\n</table>\n")
    got = [(fig.metric, fig.unit) for fig, _ in find_table_figures(build_layout(first + second))][2:]
    assert got == [("target", "ha"), ("level", "ha"), ("plan_pct", "pct")]
    # near miss: the blank lines inside one HTML table keep it whole
    cement = "<tr><td>Xi măng</td><td>Nghìn tấn</td><td>410</td><td>98,0</td></tr>"
    rows = first.replace("\n</table>", f"\n{cement}\n</table>")
    assert [(x["label"], fig.unit) for fig, x in find_table_figures(build_layout(rows))][2:] == [
        ("Xi măng", "tonne"), ("Xi măng", "pct")]


def test_an_html_row_a_blank_line_below_the_row_before_it() -> None:
    # "</tr>", a blank line, then "<tr>": the row is read on the table's grid, not shifted by its opening tag
    text = ("<table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Thực hiện tháng 9/2026</th><th>So cùng kỳ (%)</th></tr>\n"
            "<tr><td>Sản lượng thép</td><td>Nghìn tấn</td><td>700</td><td>110,2</td></tr>\n\n\n"
            "<tr><td>Xi măng</td><td>Nghìn tấn</td><td>410</td><td>98,0</td></tr>\n</table>\n")
    got = [(x["label"], fig.metric, round(fig.value, 1)) for fig, x in find_table_figures(build_layout(text))][2:]
    assert got == [("Xi măng", "level", 410000.0), ("Xi măng", "yoy_pct", -2.0)]
    # near miss: a Word table's row opening on its own tab keeps its blank first cell (an empty number's)
    word = "STT\tChỉ tiêu\tĐVT\tNăm 2026\n\tĐàn lợn\tcon\t41.000\n"
    assert [x["label"] for _, x in find_table_figures(build_layout(word))] == ["Đàn lợn"]


def test_a_totals_part_from_one_source_under_a_sources_head() -> None:
    # "Kế hoạch vốn năm 2027" over "Tổng số | Trong đó: NSTW": the total row's second cell is the centre's part
    text = ("Tình hình giải ngân vốn đầu tư công năm 2027\nĐơn vị tính: Tỷ đồng\n"
            "STT\tNguồn vốn\tKế hoạch vốn năm 2027\t\tĐã giải ngân\n\t\tTổng số\tTrong đó: NSTW\t\n"
            "\tTổng cộng\t5.300\t1.900\t2.010\n")
    got = [x["label"] for _, x in find_table_figures(build_layout(text))]
    assert got == ["Tổng cộng vốn đầu tư công", "Tổng cộng vốn đầu tư công NSTW", "Tổng cộng vốn đầu tư công"]


def test_a_columns_source_goes_to_every_row_under_it() -> None:
    # "Kế hoạch vốn năm 2028" over "Tổng số | Vốn NSTW | Vốn NSĐP": each row's part from one source, named as a
    # sentence names it, and that source given to the pipeline
    text = ("Biểu 2. Giải ngân vốn đầu tư công năm 2028\nĐơn vị tính: tỷ đồng\n"
            "TT\tNội dung\tKế hoạch vốn năm 2028\t\t\tĐã giải ngân\n\t\tTổng số\tVốn NSTW\tVốn NSĐP\t\n"
            "1\tVốn đầu tư tập trung\t2.600\t1.100\t1.500\t1.240\n")
    got = [(x["label"], x.get("funding_source")) for _, x in find_table_figures(build_layout(text))]
    assert got == [("Vốn đầu tư tập trung", None), ("Vốn đầu tư tập trung vốn NSTW", "central"),
                   ("Vốn đầu tư tập trung vốn NSĐP", "local"), ("Vốn đầu tư tập trung", None)]
    # a total row under a head of sources, the part "Ngân sách tỉnh" (the local budget): the capital from it
    total = ("BÁO CÁO\nTình hình giải ngân vốn đầu tư công năm 2028\n\nĐơn vị tính: tỷ đồng\n"
             "STT\tNguồn vốn\tKế hoạch vốn năm 2028\t\tĐã giải ngân\n\t\tTổng số\tTrong đó: Ngân sách tỉnh\t\n"
             "\tTổng cộng\t4.100\t1.300\t1.650\n")
    from orchestration.extraction import extract_document
    budgets = extract_document(total.encode(), "probe.txt").tables["budgets"].to_dicts()
    assert [(r["value"] / 1e9, r["funding_source"]) for r in budgets] == [(4100, None), (1300, "local"), (1650, None)]


def test_a_row_naming_its_source_keeps_it_and_a_head_of_both_gives_none() -> None:
    # near miss: "Vốn ngân sách tỉnh" under "NSTW" names its own source; "Tổng (NSTW + NSĐP)" names both
    text = ("Đơn vị tính: tỷ đồng\nTT\tNguồn vốn\tKế hoạch năm 2028 (NSTW + NSĐP)\tThực hiện NSTW\n"
            "1\tVốn ngân sách tỉnh\t900\t120\n")
    got = [(x["label"], x.get("funding_source")) for _, x in find_table_figures(build_layout(text))]
    assert got == [("Vốn ngân sách tỉnh", None), ("Vốn ngân sách tỉnh", None)]


def test_an_index_table_in_per_cent_with_no_base_is_against_the_same_period() -> None:
    # "Chỉ số tiêu thụ sản phẩm công nghiệp" over "Đơn vị tính: %": 103,6 is 3,6% more than a year before
    text = ("Tình hình sản xuất năm 2026\nChỉ số tiêu thụ sản phẩm công nghiệp theo quý\nĐơn vị tính: %\n"
            "Chỉ tiêu\tQuý I\tQuý II\nSản xuất đồ uống\t103,6\t98,5\n")
    got = [(fig.metric, round(fig.value, 1)) for fig, _ in read_tab_tables(build_layout(text), 2026)[0]]
    assert got == [("yoy_pct", 3.6), ("yoy_pct", -1.5)]
    # near miss: an index said against the month before is no growth on the year
    month = text.replace("theo quý", "so với tháng trước")
    assert [fig.metric for fig, _ in read_tab_tables(build_layout(month), 2026)[0]] == ["level", "level"]


def test_a_table_under_a_title_of_growth_rates_in_per_cent_holds_growths_on_the_year() -> None:
    # "Tốc độ tăng trưởng ... (%)" over the table: 6,4 is a growth of 6,4% on the same period, not a level
    text = ("Kinh tế quý II năm 2027\nTốc độ tăng trưởng giá trị tăng thêm theo quý năm 2027 (%)\n"
            "Chỉ tiêu\tQuý I\tQuý II\nCông nghiệp chế biến, chế tạo\t6,4\t7,15\n")
    got = [(fig.metric, fig.value) for fig, _ in read_tab_tables(build_layout(text), 2027)[0]]
    assert got == [("yoy_pct", 6.4), ("yoy_pct", 7.15)]
    # ... even when the title adds its base, the same period: the cells are the growths, no ratios of last year's
    same = text.replace("năm 2027 (%)", "năm 2027 so với cùng kỳ (%)")
    assert [(fig.metric, fig.value) for fig, _ in read_tab_tables(build_layout(same), 2027)[0]] == got
    # near miss: growths on the month before are no growths on the year
    month = text.replace("theo quý năm 2027 (%)", "so với tháng trước (%)")
    assert [fig.metric for fig, _ in read_tab_tables(build_layout(month), 2027)[0]] == ["level", "level"]
    # (... also when the title stands on a line of its own under the text's title, the caption of the table)
    alone = "Thu ngân sách tháng 9/2027\nTốc độ tăng thu so với tháng trước (%)\nKhoản thu\tTháng 9\nThu nội địa\t3,5\n"
    assert [fig.metric for fig, _ in read_tab_tables(build_layout(alone), 2027)[0]] != ["yoy_pct"]


def test_the_period_before_beside_the_months_so_far_is_the_month_before() -> None:
    # "Thực hiện kỳ trước | Thực hiện kỳ báo cáo | Lũy kế từ đầu năm" in a report on 6 months: May, June, Jan-June
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
            "Chỉ tiêu\tThực hiện kỳ trước\tThực hiện kỳ báo cáo\tLũy kế từ đầu năm\n"
            "Sản lượng thủy sản (tấn)\t1.200\t1.350\t7.400\n")
    got = [x.get("period") for _, x in read_tab_tables(build_layout(text), 2026)[0]]
    assert got == [(dt.date(2026, 5, 1), dt.date(2026, 5, 31)), (dt.date(2026, 6, 1), dt.date(2026, 6, 30)),
                   (dt.date(2026, 1, 1), dt.date(2026, 6, 30))]
    # "Ước tháng báo cáo" in the same report is its last month too
    month = text.replace("Thực hiện kỳ báo cáo", "Ước tháng báo cáo")
    assert [x.get("period") for _, x in read_tab_tables(build_layout(month), 2026)[0]][1] == got[1]
    # near miss: with no column of the months so far, the report's period is the one reported, the one before unknown
    alone = text.replace("\tLũy kế từ đầu năm", "").replace("\t7.400", "")
    assert [x.get("period") for _, x in read_tab_tables(build_layout(alone), 2026)[0]] == [
        None, (dt.date(2026, 1, 1), dt.date(2026, 6, 30))]


def test_a_rows_name_begun_on_a_line_of_its_own() -> None:
    # "Diện tích cây ăn" then "quả | ha | 5.100": the name wraps before the row's cells; the rows below still read
    text = ("Chỉ tiêu\tĐVT\tNăm 2026\nĐàn trâu\tcon\t31.500\nDiện tích cây ăn\nquả\tha\t5.100\n"
            "Đàn dê\tcon\t12.400\n")
    got = [(x["label"], fig.value) for fig, x in find_table_figures(build_layout(text))]
    assert got == [("Đàn trâu", 31500.0), ("Diện tích cây ăn quả", 5100.0), ("Đàn dê", 12400.0)]
    # near miss: a row below opening in capitals is a row of its own, the line of words above it no part of its name
    capital = text.replace("\nquả\tha", "\nQuả bưởi\tha")
    assert not any("Quả" in x["label"] for _, x in find_table_figures(build_layout(capital)))


@pytest.mark.parametrize(("title", "heads", "periods"), [
    # "Tháng 5/2026 | Tháng 6/2026 | Cùng kỳ năm trước" in a report on the second quarter: June 2025
    ("quý II năm 2026", "Tháng 5/2026\tTháng 6/2026\tCùng kỳ năm trước",
     {2: (dt.date(2025, 6, 1), dt.date(2025, 6, 30))}),
    # "Tháng 10/2026 | Cùng kỳ năm trước | Lũy kế 10 tháng | Cùng kỳ năm trước": October 2025, then Jan-Oct 2025
    ("tháng 10 năm 2026", "Ước thực hiện tháng 10/2026\tCùng kỳ năm trước\tLũy kế 10 tháng\tCùng kỳ năm trước",
     {1: (dt.date(2025, 10, 1), dt.date(2025, 10, 31)), 3: (dt.date(2025, 1, 1), dt.date(2025, 10, 31))}),
])
def test_the_same_period_a_year_before_follows_its_own_column(title: str, heads: str, periods: dict) -> None:
    text = (f"BÁO CÁO\nTình hình kinh tế - xã hội {title}\n\nChỉ tiêu\t{heads}\n"
            "Lượt khách lưu trú\t41.000\t45.500\t39.800\t371.000\n")
    got = [x.get("period") for _, x in read_tab_tables(build_layout(text), 2026)[0]]
    assert {k: got[k] for k in periods} == periods


@pytest.mark.parametrize(
    ("heads", "periods"),
    [
        # "Tuần 20 | Cộng dồn 2026 | Cùng kỳ 2025": January to the week's end, then the same weeks of 2025
        (
            "Tuần 20\tCộng dồn 2026\tCùng kỳ 2025",
            [
                (dt.date(2026, 5, 11), dt.date(2026, 5, 17)),
                (dt.date(2026, 1, 1), dt.date(2026, 5, 17)),
                (dt.date(2025, 1, 1), dt.date(2025, 5, 17)),
            ],
        ),
        # "Tuần 20 | Tuần 19 | Lũy kế | Cùng kỳ": the so-far column runs to the latest week, not the one before it
        (
            "Tuần 20\tTuần 19\tLũy kế\tCùng kỳ",
            [
                (dt.date(2026, 5, 11), dt.date(2026, 5, 17)),
                (dt.date(2026, 5, 4), dt.date(2026, 5, 10)),
                (dt.date(2026, 1, 1), dt.date(2026, 5, 17)),
                (dt.date(2025, 1, 1), dt.date(2025, 5, 17)),
            ],
        ),
        # "Tháng 4/2026 | Lũy kế năm 2026": January to April
        (
            "Tháng 4/2026\tLũy kế năm 2026",
            [(dt.date(2026, 4, 1), dt.date(2026, 4, 30)), (dt.date(2026, 1, 1), dt.date(2026, 4, 30))],
        ),
        # near miss: a so-far column of another year than its parts' keeps that year
        ("Tháng 4/2026\tLũy kế năm 2025", [(dt.date(2026, 4, 1), dt.date(2026, 4, 30)), None]),
    ],
)
def test_a_so_far_column_of_a_year_ends_with_its_latest_part(heads: str, periods: list) -> None:
    text = f"Thông báo dịch bệnh năm 2026\n\nTên bệnh\t{heads}\nBệnh sởi\t12\t9\t301\t288\n"
    got = [x.get("period") for _, x in read_tab_tables(build_layout(text), 2026)[0]]
    assert got == periods


def _values_and_periods(text: str, year: int | None = 2026) -> list[tuple]:
    return [(f.value, x.get("period")) for f, x in read_tab_tables(build_layout(text), year)[0]]


def test_a_weekly_bulletins_heads_of_this_week_and_the_one_before() -> None:
    # "Giá tuần trước | Giá tuần này" under a title on week 10 of 2026 (2-8 March): the week before and that week
    text = (
        "Bản tin giá thực phẩm tuần 10 năm 2026\n\nMặt hàng\tĐơn vị tính\tGiá tuần trước\tGiá tuần này\n"
        "Trứng gà\tđồng/chục\t32.000\t33.500\n"
    )
    assert _values_and_periods(text) == [
        (32000.0, (dt.date(2026, 2, 23), dt.date(2026, 3, 1))),
        (33500.0, (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
    ]
    # "Bệnh | Trong tuần | Cộng dồn từ đầu năm": the week, then January to the week's end
    cases = "Thông báo dịch bệnh tuần 10 năm 2026\n\nBệnh\tTrong tuần\tCộng dồn từ đầu năm\nSởi\t4\t37\n"
    assert _values_and_periods(cases) == [
        (4.0, (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        (37.0, (dt.date(2026, 1, 1), dt.date(2026, 3, 8))),
    ]
    # a change on the week before is no share of a plan
    assert classify_header("So với tuần trước (%)").metric == "change_pct"
    # near miss: "tháng trước" in a week's bulletin is still the month before the week's month, no week
    month = text.replace("tuần trước", "tháng trước").replace("tuần này", "tháng này")
    assert _values_and_periods(month) == [
        (32000.0, (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
        (33500.0, (dt.date(2026, 3, 1), dt.date(2026, 3, 8))),
    ]


def test_a_counts_head_ending_on_a_time_is_that_count_in_that_time() -> None:
    # "Mắc trong tháng | Tử vong cộng dồn | Mắc cùng kỳ năm 2026" in a report on May 2027: the month's cases, the
    # deaths from January, the same months' cases of 2026, each named as its count (were dropped or the month's)
    text = (
        "Báo cáo tình hình bệnh truyền nhiễm tháng 5 năm 2027\n\n"
        "Tên bệnh\tMắc trong tháng\tTử vong cộng dồn\tMắc cùng kỳ năm 2026\nSởi\t14\t1\t208\n"
    )
    got = [(x["label"], f.unit, x.get("period")) for f, x in read_tab_tables(build_layout(text), 2027)[0]]
    assert got == [
        ("Mắc trong tháng (Sởi)", "count", (dt.date(2027, 5, 1), dt.date(2027, 5, 31))),
        ("Tử vong cộng dồn (Sởi)", "person", (dt.date(2027, 1, 1), dt.date(2027, 5, 31))),
        ("Mắc cùng kỳ năm 2026 (Sởi)", "count", (dt.date(2026, 1, 1), dt.date(2026, 5, 31))),
    ]
    # "Số mắc tuần 9 | Số mắc cộng dồn": the week its head numbers, then January to that week's end
    weekly = "Thông báo dịch bệnh năm 2027\n\nTên bệnh\tSố mắc tuần 9\tSố mắc cộng dồn\nSởi\t3\t41\n"
    assert [(x["label"], x.get("period")) for _, x in read_tab_tables(build_layout(weekly), 2027)[0]] == [
        ("Số mắc tuần 9 (Sởi)", (dt.date(2027, 3, 1), dt.date(2027, 3, 7))),
        ("Số mắc cộng dồn (Sởi)", (dt.date(2027, 1, 1), dt.date(2027, 3, 7))),
    ]
    # a growth naming no time right after the count so far is of that count's time, not of the report's
    grown = weekly.replace("cộng dồn\n", "cộng dồn\tSo với cùng kỳ (%)\n").replace("\t41\n", "\t41\t-8,2\n")
    growth = read_tab_tables(build_layout(grown), 2027)[0][-1]
    assert (growth[0].metric, growth[1].get("period")) == ("yoy_pct", (dt.date(2027, 1, 1), dt.date(2027, 3, 7)))
    # near miss: a head of words that counts nothing before its time stays as it was read
    assert classify_header("Ghi chú trong tháng").role == "skip"
    assert _counts_of_a_time(["Ghi chú trong tháng"], [Column("skip")])[2] == {}


def test_a_price_of_a_day_and_its_change_named_in_its_unit() -> None:
    # "Giá ngày 3/4 (đồng/kg) | Giá ngày 10/4 (đồng/kg) | Chênh lệch (đồng/kg)" in 2026: each day's price, and the
    # change on a week before no price of its own (was: the days dropped, the change read as a price)
    heads = "Giá ngày 3/4 (đồng/kg)\tGiá ngày 10/4 (đồng/kg)\tChênh lệch (đồng/kg)"
    text = f"Giá nông sản năm 2026\n\nMặt hàng\t{heads}\nSầu riêng\t82.000\t79.500\t-2.500\n"
    days = [dt.date(2026, 4, 3), dt.date(2026, 4, 10)]
    assert _values_and_periods(text) == [(82000.0, (days[0], days[0])), (79500.0, (days[1], days[1]))]
    # near miss: the same change between the same months of two years is the growth in that unit
    yearly = text.replace("ngày 3/4", "tháng 4/2025").replace("ngày 10/4", "tháng 4/2026")
    got = [(f.metric, f.value, x.get("period")) for f, x in read_tab_tables(build_layout(yearly), 2026)[0]]
    assert got[-1] == ("yoy_abs", -2500.0, (dt.date(2026, 4, 1), dt.date(2026, 4, 30)))


def test_the_same_period_a_year_before_after_columns_of_no_time_stays_unread() -> None:
    # near miss: columns naming no time of their own leave last year's column as it was (unread)
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2026\n\n"
            "Chỉ tiêu\tThực hiện\tƯớc thực hiện\tCùng kỳ năm trước\nLượt khách lưu trú\t41.000\t45.500\t39.800\n")
    assert len(read_tab_tables(build_layout(text), 2026)[0]) == 2


def test_an_index_table_set_with_spaces_and_a_year_in_its_caption() -> None:
    # "Chỉ số sản xuất công nghiệp các tháng năm 2026" over "Đơn vị tính: %", columns set apart by spaces
    text = ("BÁO CÁO\nChỉ số sản xuất công nghiệp các tháng năm 2026\nĐơn vị tính: %\n\n"
            "Chỉ tiêu                 Tháng 7/2026    Tháng 8/2026\n"
            "Sản xuất điện            112,4           97,0\n")
    got = [(fig.metric, round(fig.value, 1)) for fig, _ in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("yoy_pct", 12.4), ("yoy_pct", -3.0)]
    # near miss: an index on a base year stays as written
    based = text.replace("năm 2026\n", "năm 2026 (năm gốc 2020 = 100)\n")
    assert [fig.metric for fig, _ in find_lined_table_figures(build_layout(based))[0]] == ["level", "level"]


def test_a_table_set_with_spaces_whose_rows_are_branches() -> None:
    # "Ngành   Quý I/2026   Quý II/2026": a statistics office's rows of branches, read as under "Chỉ tiêu"
    text = ("BÁO CÁO\nDoanh thu dịch vụ\nĐơn vị tính: Tỷ đồng\n\n"
            "Ngành                    Quý I/2026    Quý II/2026\n"
            "Vận tải hàng hóa         3.150         3.420\n")
    assert _lined_read(text) == [("Vận tải hàng hóa", 3150e9), ("Vận tải hàng hóa", 3420e9)]
    # near miss: "ngành" inside a line of words heads no table
    prose = text.replace("Ngành                    Quý", "Các ngành đều tăng  Quý")
    assert find_lined_table_figures(build_layout(prose))[0] == []


def test_row_cells_lays_an_html_rows_cells_under_the_columns_spanning_it() -> None:
    # "<th rowspan=2>" and "<th colspan='2'>" over a second row: the second row's cells stand under the spanned
    # columns, an empty cell where a cell of the row above spans down; the one reader projects' tables read through
    from orchestration.extraction.tables import lines_of, row_cells

    layout = build_layout(
        "<table>\n<tr><th rowspan=2>STT</th><th rowspan=2>Tên công trình</th><th colspan='2'>Vốn năm 2027</th>"
        "<th rowspan=2>Ghi chú</th></tr>\n<tr><th>Tổng</th><th>NSTW</th></tr>\n</table>\n"
    )
    lines = lines_of(layout)
    rows = [k for k, (a, b) in enumerate(lines) if "\t" in layout.clean[a:b]]
    heads = ["STT", "Tên công trình", "Vốn năm 2027", "", "Ghi chú"]
    assert [t.strip() for *_, t in row_cells(layout, lines, rows[0])] == heads
    assert [t.strip() for *_, t in row_cells(layout, lines, rows[1])] == ["", "", "Tổng", "NSTW", ""]


def _units_read(text: str) -> list[tuple[float, str]]:
    figures, _ = read_tab_tables(build_layout(text), 2026)
    spaced, _ = find_lined_table_figures(build_layout(text))
    return [(f.value, f.unit) for f, _ in figures + spaced]


def test_a_unit_line_under_a_table_is_its_cells_unit() -> None:
    rows = "Khoản thu\tDự toán\tThực hiện\nThu nội địa\t6.300\t1.700\n"
    assert _units_read(rows + "(Đơn vị tính: tỷ đồng)\n\nVăn bản gửi các sở.\n") == [
        (6300e9, "VND"), (1700e9, "VND")]
    # (past the line naming the source; a table laid out with spaces too)
    assert _units_read(rows + "Nguồn: Sở Tài chính\nĐVT: triệu đồng\n")[0] == (6300e6, "VND")
    spaced = ("Nội dung                 Dự toán      Thực hiện\nThu nội địa              6.300        1.700\n"
              "Chi thường xuyên         9.100        2.050\nĐơn vị: tỷ đồng\n")
    assert _units_read(spaced)[0] == (6300e9, "VND")


def test_a_unit_line_right_above_the_next_tables_header_is_not_the_one_above_it() -> None:
    text = ("Khoản thu\tDự toán\tThực hiện\nThu nội địa\t6.300\t1.700\n(ĐVT: tỷ đồng)\n"
            "Khoản chi\tDự toán\tThực hiện\nChi thường xuyên\t9.100\t2.050\n")
    assert _units_read(text) == [(6300, "count"), (1700, "count"), (9100e9, "VND"), (2050e9, "VND")]
    # (nor a sentence under a table that names a unit)
    assert _units_read("Khoản thu\tDự toán\tThực hiện\nThu nội địa\t6.300\t1.700\n"
                       "Đơn vị: tỷ đồng, trừ các khoản thu khác được ghi rõ theo từng biểu kèm theo.\n")[0] == (
        6300, "count")


@pytest.mark.parametrize("title", ["Bảng 3: Chỉ số sản xuất công nghiệp quý III/2026",
                                   "Chỉ số sản xuất công nghiệp quý III năm 2026"])
def test_the_whole_branchs_row_is_the_quantity_the_table_is_titled_with(title: str) -> None:
    text = (f"BÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2026\n\n{title}\n"
            "Ngành\tSo với cùng kỳ (%)\nToàn ngành công nghiệp\t106,9\nKhai khoáng\t98,2\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert rows[6.9]["indicator_key"] == "industrial_production_index"
    assert rows[6.9]["indicator_label"].startswith("Chỉ số sản xuất công nghiệp")  # (not "công nghiệp")
    assert rows[-1.8]["indicator_label"] == "Khai khoáng"  # (near miss: a branch's own row keeps its name)


def test_a_column_of_a_crop_season_holds_that_seasons_figures() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
            "Chỉ tiêu\tĐơn vị tính\tVụ Chiêm Xuân\tVụ Mùa\nDiện tích lúa\tha\t18.200\t17.950\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert rows[18200]["indicator_label"] == "Diện tích lúa vụ Chiêm Xuân"
    assert (rows[17950]["indicator_label"], str(rows[17950]["period_end"])) == ("Diện tích lúa vụ Mùa", "2026-09-30")
    # near miss: a column of a season of a year named ("Vụ Mùa 2025" beside "Vụ Mùa 2026") is not read as one of the
    # report's own time, but of its own year (a winter-spring crop of two years: of the year it is reaped in)
    assert classify_header("Vụ Mùa 2025").year == 2025
    assert (classify_header(" Vụ Đông Xuân 2025-2026 ").year, classify_header("Vụ Đông Xuân 2025-2026").season) == (
        2026, "vụ Đông Xuân")


def test_two_years_of_a_season_compared() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
            "| Chỉ tiêu | ĐVT | Vụ Hè Thu 2026 | Vụ Hè Thu 2027 | So sánh (%) |\n|---|---|---|---|---|\n"
            "| Diện tích gieo cấy | ha | 41.300 | 40.900 | 99,0 |\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert (rows[40900]["indicator_label"], str(rows[40900]["period_end"])) == ("Diện tích gieo cấy vụ Hè Thu",
                                                                                 "2027-12-31")
    assert str(rows[41300]["period_end"]) == "2026-12-31"  # (was: neither column read)
    assert rows[-1.0]["metric"] == "yoy_pct"


def test_a_month_written_short_and_a_growth_after_the_months_so_far() -> None:
    assert classify_header("T10/2026").period == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert classify_header("QIII/2026").period == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert (classify_header("So với CK (%)").metric, classify_header("So với CK (%)").ratio) == ("yoy_pct", True)
    # near misses: a month's number without its year, and "TH" (done), are no month written short
    assert classify_header("T10").role == "skip"
    assert classify_header("TH 2026").metric == "level"
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\n"
            "| Chỉ tiêu | ĐVT | T10/2026 | 10T/2026 | So với CK (%) |\n|---|---|---|---|---|\n"
            "| Xi măng | nghìn tấn | 310,2 | 3.005,4 | 98,4 |\n")
    rows = {round(r["value"], 1): r for r in indicator_rows(text)}
    assert str(rows[310200]["period_start"]) == "2026-10-01"  # (was: the month's cell lost)
    assert rows[-1.6]["metric"] == "yoy_pct"  # (was: a share of a plan, 98,4)
    assert (str(rows[-1.6]["period_start"]), str(rows[-1.6]["period_end"])) == ("2026-01-01", "2026-10-31")
    # near miss: a growth right after the month's column stays the month's
    month = text.replace("| T10/2026 | 10T/2026 | So với CK (%) |", "| 10T/2026 | T10/2026 | So với CK (%) |")
    rows = {round(r["value"], 1): r for r in indicator_rows(month)}
    assert str(rows[-1.6]["period_start"]) == "2026-10-01"


def test_a_places_capital_under_a_title_above_a_bare_table_number() -> None:
    # the report's title names the capital, "Biểu số 04" alone numbers the table: each place's row is that place's
    # capital, "Toàn tỉnh" the province's
    from orchestration.extraction import extract_document
    text = ("BÁO CÁO\nTiến độ giải ngân vốn đầu tư công năm 2027 của các xã, phường\n\nBiểu số 04\n"
            "Đơn vị tính: triệu đồng\nĐơn vị\tKế hoạch vốn năm 2027\tGiải ngân đến 30/9/2027\n"
            "Xã Phú Lương\t212.000\t118.400\nToàn tỉnh\t5.400.000\t3.020.000\n")
    budgets = extract_document(text.encode(), "probe.txt").tables["budgets"].to_dicts()
    got = [(r["value"] / 1e6, r["budget_item"], r["measure"], r["locality"]) for r in budgets]
    assert got == [(212000, "public_investment", "plan", "xa_phu_luong"),
                   (118400, "public_investment", "actual", "xa_phu_luong"),
                   (5400000, "public_investment", "plan", None), (3020000, "public_investment", "actual", None)]
    # near miss: a title of no budget item leaves the rows the places' own figures
    other = text.replace("Tiến độ giải ngân vốn đầu tư công", "Kết quả trồng rừng").replace("triệu đồng", "ha")
    assert extract_document(other.encode(), "probe.txt").tables["budgets"].is_empty()
    # near miss: the capital named, but columns of a subject of their own (or amounts in no money) are no capital
    other = text.replace("Kế hoạch vốn năm 2027\tGiải ngân đến 30/9/2027", "Số dự án\tSố dự án hoàn thành")
    assert extract_document(other.replace("triệu đồng", "dự án").encode(), "probe.txt").tables["budgets"].is_empty()
    other = text.replace("Kế hoạch vốn năm 2027\tGiải ngân", "Kế hoạch năm 2027\tThực hiện").replace("triệu đồng", "ha")
    assert extract_document(other.encode(), "probe.txt").tables["budgets"].is_empty()


def test_a_growth_past_the_plans_share_after_the_months_added_up_is_theirs() -> None:
    # "Ước tháng 11 | Lũy kế 11 tháng | % dự toán | % cùng kỳ": both rates follow the months so far, the growth too
    text = ("Đơn vị tính: tỷ đồng\nTT\tChỉ tiêu\tDự toán năm 2027\tƯớc TH tháng 11/2027\tLũy kế 11 tháng năm 2027\t"
            "So với dự toán (%)\tSo với cùng kỳ (%)\n1\tThu nội địa\t12.400\t980\t10.950\t88,3\t107,5\n")
    got = {fig.metric: x.get("period") for fig, x in read_tab_tables(build_layout(text), 2027)[0]}
    assert got["yoy_pct"] == (dt.date(2027, 1, 1), dt.date(2027, 11, 30))  # (was: none, the report's month)
    # near miss: another column of done figures between them keeps the growth to the one right before it
    month = text.replace("\tSo với dự toán (%)\tSo với cùng kỳ (%)\n", "\tSo với dự toán (%)\tƯớc TH tháng 11/2027\t"
                         "So với cùng kỳ (%)\n").replace("\t88,3\t107,5", "\t88,3\t980\t107,5")
    got = {fig.metric: x.get("period") for fig, x in read_tab_tables(build_layout(month), 2027)[0]}
    assert got["yoy_pct"] is None  # (the report's time, as a growth beside the month's figures takes)


def test_a_growth_after_the_months_added_up_is_theirs() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2023\n\n"
            "Chỉ tiêu\tĐVT\tThực hiện tháng trước\tƯớc tháng báo cáo\tCộng dồn\tSo cùng kỳ (%)\n"
            "Sản lượng thủy sản\ttấn\t28.400\t29.100\t210.300\t103,5\n")
    rows = {round(r["value"], 1): r for r in indicator_rows(text)}
    assert (str(rows[3.5]["period_start"]), str(rows[3.5]["period_end"])) == ("2023-01-01", "2023-08-31")
    assert str(rows[29100]["period_start"]) == "2023-08-01"


def test_a_column_of_the_reports_own_month_said_trong_thang() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2024\n\n"
            "| STT | Chỉ tiêu | Đơn vị | Trong tháng | Lũy kế từ đầu năm |\n|---|---|---|---|---|\n"
            "| 1 | Doanh nghiệp thành lập mới | doanh nghiệp | 86 | 402 |\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert (str(rows[86]["period_start"]), str(rows[86]["period_end"])) == ("2024-05-01", "2024-05-31")  # (was: lost)
    assert str(rows[402]["period_start"]) == "2024-01-01"
    assert classify_header("Ước trong quý").estimate
    # ("Quý này", "Kỳ báo cáo" alone: the report's own quarter, its own period)
    assert classify_header("Quý này").metric == classify_header(" Kỳ báo cáo ").metric == "level"
    # near miss: "Trong đó", "Trong tỉnh" head no column of the report's time
    assert classify_header("Trong đó").role == classify_header("Trong tỉnh").role == "skip"


def test_a_bare_district_under_a_district_head_is_said_with_its_kind() -> None:
    text = ("BÁO CÁO\nThiệt hại do mưa lũ từ ngày 28/10 đến 01/11/2020\n\n"
            "TT\tHuyện\tNgười chết (người)\n1\tLệ Thủy\t8\n2\tQuảng Ninh\t3\n")
    read = {f.value: extra for f, extra in read_tab_tables(build_layout(text), 2020)[0]}
    assert read[8.0]["phrase"].startswith("tại huyện Lệ Thủy: ")  # (was: "tại lệ Thủy: ")
    assert "province" not in read[3.0]  # (a district named as a province is: the report's province's district)
    # near misses: a row naming its kind lowers it; a bare name under a head of no one kind keeps its capital
    kinds = text.replace("\tLệ Thủy\t", "\tHuyện Lệ Thủy\t")
    assert {f.value: e for f, e in read_tab_tables(build_layout(kinds), 2020)[0]}[8.0]["phrase"].startswith(
        "tại huyện Lệ Thủy: ")
    places = text.replace("\tHuyện\t", "\tĐịa phương\t")
    assert {f.value: e for f, e in read_tab_tables(build_layout(places), 2020)[0]}[8.0]["phrase"].startswith(
        "tại Lệ Thủy: ")


def test_a_header_under_a_tables_rows_opens_the_next_table() -> None:
    text = ("Nội dung\tĐơn vị tính\tKế hoạch năm 2026\tƯớc thực hiện 6 tháng\n"
            "Sản lượng chè búp tươi\tTấn\t9.000\t4.100\n\n"
            "Nội dung\tĐơn vị tính\tTháng 6/2026\tSo với cùng kỳ (%)\nSố thuê bao internet\tThuê bao\t3.200\t106,0\n")
    read = {f.value: (f.metric, extra.get("period")) for f, extra in read_tab_tables(build_layout(text), 2026)[0]}
    assert read[3200][0] == "level" and read[6.0][0] == "yoy_pct"  # (was: the plan and the estimate of the first)
    # near misses: the same header again after a page break goes on with the table, a row of words is a row
    again = text.split("\n\n")[0] + "\n\n" + text.split("\n")[0] + "\nSố thuê bao internet\tThuê bao\t3.200\t3.000\n"
    assert {f.value: f.metric for f, _ in read_tab_tables(build_layout(again), 2026)[0]}[3200] == "target"
    worded = text.split("\n\n")[0] + "\nNội dung khác\tTấn\tKế hoạch\tChưa đạt\nDiện tích chè\tha\t1.200\t1.150\n"
    assert {f.value: f.metric for f, _ in read_tab_tables(build_layout(worded), 2026)[0]}[1150] == "level"


def test_the_thing_a_caption_names_after_its_quantities_is_each_columns() -> None:
    text = ("Biểu 4. Diện tích, sản lượng ngô theo xã\nXã\tDiện tích (ha)\tSản lượng (tấn)\n"
            "Xã Nà Hẩu\t310\t1.550\nTổng số\t890\t4.420\n")
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(text)}
    assert (labels[310], labels[4420]) == ("Diện tích ngô (Xã Nà Hẩu)", "Sản lượng ngô")
    # near miss: a caption that lists no column's quantity leaves the columns' names as they are
    other = text.replace("Diện tích, sản lượng ngô theo xã", "Kết quả sản xuất vụ Xuân theo xã")
    assert {r["value"]: r["indicator_label"] for r in indicator_rows(other)}[4420] == "Sản lượng"


def test_a_head_closing_on_so_voi_spans_the_bases_named_below_it() -> None:
    for top in ("", "Chỉ tiêu"):
        text = f"{top}\tTháng 3/2026 so với\t\n\tTháng 3/2025\tTháng 2/2026\nChỉ số giá tiêu dùng\t103,4\t99,8\n"
        read = sorted((f.metric, round(f.value, 2)) for f, _ in read_tab_tables(build_layout(text), 2026)[0])
        assert read == [("change_pct", -0.2), ("yoy_pct", 3.4)]  # (was: levels of March 2025 and of February)
    # near miss: a first row with no head closing on "so với" is no header's first row
    plain = "\tGhi chú\t\t\nChỉ tiêu\tTháng 3/2025\tTháng 2/2026\nSố doanh nghiệp\t103\t99\n"
    assert sorted(f.metric for f, _ in read_tab_tables(build_layout(plain), 2026)[0]) == ["level", "level"]


def test_parts_named_lower_case_go_on_the_whole_above() -> None:
    text = ("Chỉ tiêu\tĐVT\tThực hiện 6 tháng\nSản lượng thủy sản\ttấn\t450.200\n"
            "Trong đó: khai thác\ttấn\t320.100\nnuôi trồng\ttấn\t130.100\n- Lúa\ttấn\t9.000\n")
    got = {f.value: x["label"] for f, x in find_table_figures(build_layout(text))}
    assert got[320100] == "Sản lượng thủy sản khai thác"  # (was: "khai thác")
    assert got[130100] == "Sản lượng thủy sản nuôi trồng"
    # (the words a part shares with its whole said once)
    shared = text.replace("Trong đó: khai thác", "- trong đó: thủy sản khai thác")
    assert {f.value: x["label"] for f, x in find_table_figures(build_layout(shared))}[320100] == (
        "Sản lượng thủy sản khai thác")
    # near misses: a part named in full keeps its name; a lower-case row under no whole is as written
    assert got[9000] == "Lúa"
    alone = "Chỉ tiêu\tĐVT\tThực hiện 6 tháng\nkhai thác\ttấn\t320.100\n"
    assert [x["label"] for _, x in find_table_figures(build_layout(alone))] == ["khai thác"]
    # (a part saying the whole's noun again names itself: "thu nội địa" under "Tổng thu ngân sách")
    revenue = "Nội dung\tThực hiện 6 tháng\nTổng thu ngân sách\t2.610\n- trong đó: thu nội địa\t2.480\n"
    assert [x["label"] for _, x in find_table_figures(build_layout(revenue))] == ["Tổng thu ngân sách", "thu nội địa"]


def test_a_next_tables_header_with_its_names_first_opens_it() -> None:
    text = ("STT\tChỉ tiêu\tĐVT\tQuý này\n 1\tKhách du lịch\tlượt\t215.000\n\n"
            "Chỉ tiêu\tĐVT\tKH năm 2025\tTH 9T/2025\tĐạt (%)\nSản lượng chè\ttấn\t950\t712\t74,9\n")
    read = {f.value: f.metric for f, _ in read_tab_tables(build_layout(text), 2025)[0]}
    assert (read[950], read[712], read[74.9]) == ("target", "level", "plan_pct")  # (was: a row of the first table)
    # near miss: a row of the first table whose first cell is a number stays a row
    row = text.split("\n\n")[0] + "\n 2\tDoanh thu du lịch\ttỷ đồng\t1.250\n"
    assert sorted(f.value for f, _ in read_tab_tables(build_layout(row), 2025)[0]) == [215000, 1250e9]


def test_this_year_and_the_year_before_compared() -> None:
    text = "Chỉ tiêu\tNăm nay\tNăm trước\tSo sánh (%)\nSố doanh nghiệp thành lập mới\t512\t480\t106,7\n"
    read = {f.metric: f.value for f, _ in read_tab_tables(build_layout(text), 2026)[0]}
    assert read == {"level": 512, "yoy_pct": pytest.approx(6.7)}  # (was: a share of a plan, 106,7)
    # near miss: "Năm nay" among other words heads no column of this year
    assert classify_header("Kế hoạch năm nay").metric == "target"


def test_a_bare_commune_under_a_head_of_two_kinds() -> None:
    text = "TT\tXã, phường\tNgười chết (người)\n1\tBảo Yên\t2\n2\tPhường Sa Pa\t1\n"
    read = {f.value: x["phrase"] for f, x in read_tab_tables(build_layout(text), 2026)[0]}
    assert read[2.0].startswith("tại xã Bảo Yên: ") and read[1.0].startswith("tại phường Sa Pa: ")


def test_the_months_added_up_to_the_reports_end() -> None:
    text = ("BÁO CÁO\nTình hình hoạt động ngành công thương tháng 9 năm 2025\n\n"
            "Chỉ tiêu\tĐVT\tThực hiện trong tháng\tLũy kế đến cuối kỳ\nKhách lưu trú\tlượt\t7.120\t61.540\n")
    read = {f.value: x.get("period") for f, x in read_tab_tables(build_layout(text), 2025)[0]}
    assert read[61540] == (dt.date(2025, 1, 1), dt.date(2025, 9, 30))  # (was: September's)
    assert read[7120] == (dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    # near miss: "Lũy kế vốn đã bố trí" counts from elsewhere, no months of the year
    other = text.replace("Lũy kế đến cuối kỳ", "Lũy kế vốn đã bố trí")
    assert {f.value: x.get("period") for f, x in read_tab_tables(build_layout(other), 2025)[0]}.get(61540) != (
        dt.date(2025, 1, 1), dt.date(2025, 9, 30))


def test_a_next_tables_header_numbering_its_rows_under_one_that_does_not() -> None:
    text = ("Chỉ tiêu\tĐVT\tQuý báo cáo\nSản lượng tôm\ttấn\t38.200\n\n"
            "TT\tNội dung\tDự toán năm 2024\tThực hiện 6 tháng\n1\tThu nội địa\t4.700\t2.480\n")
    read = {f.value: f.metric for f, _ in read_tab_tables(build_layout(text), 2024)[0]}
    assert (read[4700], read[2480]) == ("target", "level")  # (was: a row of the first table, its quarter's)


def test_a_place_column_headed_by_the_word_for_unit_when_no_column_names_the_rows() -> None:
    rows = indicator_rows(
        "UBND HUYỆN MƯỜNG TÈ\nBáo cáo kết quả rà soát hộ nghèo năm 2024\n\n"
        "STT\tĐơn vị\tSố hộ nghèo\tTỷ lệ (%)\n1\tXã Ka Lăng\t214\t47,5\n\tToàn huyện\t1.930\t28,4\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["metric"], r["unit"], r["locality"])
            for r in rows}
    assert read[214] == (None, "Số hộ nghèo (Xã Ka Lăng)", "level", "household", "xa_ka_lang")
    # the bare rate after the count is the rate of what it counts, each row's own, not a share of a plan
    assert read[47.5] == (None, "Tỷ lệ hộ nghèo (Xã Ka Lăng)", "level", "pct", "xa_ka_lang")
    assert read[28.4][:4] == ("poverty_rate", "Tỷ lệ hộ nghèo", "level", "pct")  # ("Toàn huyện": the district's own)
    assert read[1930][1] == "Số hộ nghèo"
    # near misses: beside the names of the rows "Đơn vị" stays their unit, and a bare rate beside a plan its share
    heads = {f.value: (f.metric, f.unit) for f, _ in find_table_figures(build_layout(
        "STT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\n1\tTrồng rừng\tha\t300\t240\t80\n"))}
    assert heads == {300: ("target", "ha"), 240: ("level", "ha"), 80: ("plan_pct", "pct")}
    assert classify_header("Đơn vị tính").role == "unit"
    # (nor after a head of words that names the rows, however plainly: "cái" is no place)
    assert [(extra["label"], f.unit) for f, extra in find_table_figures(build_layout(
        "TT\tLoại\tĐơn vị\tSố lượng\n1\tNhà bị sập\tcái\t5\n"))] == [("Nhà bị sập", "house")]


@pytest.mark.parametrize("caption", ["Biểu 2: Thu ngân sách nhà nước - Đơn vị: triệu đồng",
                                     "Biểu 2: Thu ngân sách nhà nước, đơn vị: triệu đồng",
                                     "Biểu 2: Thu ngân sách nhà nước\t\t\tĐơn vị: triệu đồng",
                                     "Biểu 2: Thu ngân sách nhà nước (Đơn vị: triệu đồng)"])
def test_a_unit_said_after_the_caption_on_its_line(caption: str) -> None:
    figures, _ = read_tab_tables(build_layout(
        f"{caption}\nNội dung\tDự toán năm 2026\tThực hiện 6 tháng\nTổng số\t2.400.000\t1.150.000\n"), 2026)
    assert [(f.value, f.unit, extra["label"]) for f, extra in figures] == [
        (2_400_000e6, "VND", "Thu ngân sách nhà nước"), (1_150_000e6, "VND", "Thu ngân sách nhà nước")]


def test_a_sentence_leading_a_table_of_branches_names_the_index_of_the_whole_branch() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2026\n\n"
            "So với cùng kỳ năm trước, chỉ số sản xuất công nghiệp tháng 5 ước tăng 9,6%, chi tiết như sau:\n"
            "Ngành\tTháng 5/2026 so với cùng kỳ (%)\nToàn ngành\t109,6\nKhai khoáng\t97,1\n")
    labels = {(r["value"], r["evidence"][:5]): (r["indicator_key"], r["indicator_label"]) for r in indicator_rows(text)}
    assert labels[(9.6, "Toàn ")] == ("industrial_production_index", "chỉ số sản xuất công nghiệp")
    assert labels[(-2.9, "Khai ")] == (None, "Khai khoáng")
    # near miss: a sentence naming no index keeps its own words as the whole branch's subject
    text = text.replace("So với cùng kỳ năm trước, chỉ số sản xuất công nghiệp tháng 5 ước tăng 9,6%, chi tiết",
                        "Giá trị sản xuất công nghiệp")
    assert {r["indicator_label"] for r in indicator_rows(text) if r["value"] == 9.6} == {"Giá trị sản xuất công nghiệp"}


def test_a_table_set_with_spaces_under_a_long_comparisons_head() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2026\n\n"
            "                              Đơn vị tính     9 tháng 2026     9 tháng 2026 so với cùng kỳ (%)\n"
            "Sản lượng lúa                 Tấn             1.480.600        102,5\n")
    got = [(f.value, f.metric) for f, _ in find_lined_table_figures(build_layout(text))[0]]
    assert got == [(1_480_600, "level"), (2.5, "yoy_pct")]
    # near miss: a line of a sentence set apart by double spaces is no header, however it closes
    prose = ("                              Sản lượng lúa cả năm đạt khá  so với cùng kỳ năm trước tăng (%)\n"
             "Sản lượng lúa                 Tấn             1.480.600        102,5\n")
    assert find_lined_table_figures(build_layout(prose))[0] == []


def test_a_table_set_with_spaces_whose_rows_are_kinds_of_goods() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\nĐơn vị tính: Triệu USD\n"
            "Mặt hàng             Ước tính tháng 10/2026     Cộng dồn 10 tháng\n"
            "Hàng dệt may         310,8                      2.960,4\n\nNhập khẩu ước đạt 900 triệu USD.\n")
    got = [(extra["label"], f.value, f.unit) for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("Hàng dệt may", 310.8e6, "USD"), ("Hàng dệt may", 2960.4e6, "USD")]
    # near miss: a sentence opening on the same word, its words set apart by double spaces, is no header
    prose = "Sản phẩm  chủ lực của tỉnh  tiếp tục  tăng  mạnh\nHàng dệt may         310,8       2.960,4\n"
    assert find_lined_table_figures(build_layout(prose))[0] == []


def test_a_table_set_with_spaces_whose_rows_are_markets() -> None:
    text = ("BÁO CÁO\nTình hình xuất khẩu quý II năm 2027\n\n"
            "Thị trường chủ yếu     Ước quý II (triệu USD)     So với cùng kỳ (%)\n"
            "Hàn Quốc               640,5                      97,2\n\nNhập khẩu tăng chậm.\n")
    got = [(extra["label"], f.metric, f.value, f.unit, f.qualifier)
           for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("Hàn Quốc", "level", 640.5e6, "USD", "estimate"),
                   ("Hàn Quốc", "yoy_pct", pytest.approx(-2.8), "pct", "exact")]
    # near miss: a sentence opening on the word, its words set apart by double spaces, is no header
    prose = "Thị trường  lao động  tiếp tục  phục hồi\nHàn Quốc               640,5       97,2\n"
    assert find_lined_table_figures(build_layout(prose))[0] == []


def test_a_header_whose_first_row_names_only_the_years_its_heads_span() -> None:
    text = ("\t\t\tNăm 2025\t\tNăm 2026\t\nSTT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tKế hoạch\tƯớc thực hiện\n"
            "1\tSản lượng chè\tTấn\t1.200\t1.260\t1.300\t1.315\n")
    got = [(extra["label"], f.metric, f.value, extra["target_year"]) for f, extra in read_tab_tables(
        build_layout(text), 2026)[0]]
    assert got == [("Sản lượng chè", "target", 1200, 2025), ("Sản lượng chè", "level", 1260, 2025),
                   ("Sản lượng chè", "target", 1300, 2026), ("Sản lượng chè", "level", 1315, 2026)]
    # near miss: a row of values under a header whose first row leaves the names' cell blank stays a row
    rows = read_tab_tables(build_layout("\tKế hoạch 2026\tThực hiện 2026\nSản lượng chè\t1.300\t1.315\n"), 2026)[0]
    assert [(extra["label"], f.value) for f, extra in rows] == [("Sản lượng chè", 1300), ("Sản lượng chè", 1315)]


def test_a_table_of_places_set_with_spaces_is_read_as_a_tab_tables_is() -> None:
    text = ("BÁO CÁO NHANH\nTình hình thiệt hại do mưa lũ năm 2027\n\n"
            "Địa phương          Người chết     Nhà bị ngập\nHuyện Vĩnh Linh     1              240\n"
            "Tổng cộng           2              515\n\nCác lực lượng tiếp tục khắc phục.\n")
    got = [(extra["label"], f.value, extra.get("locality"))
           for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("Người chết (Huyện Vĩnh Linh)", 1, "huyen_vinh_linh"), ("Nhà bị ngập (Huyện Vĩnh Linh)", 240,
                   "huyen_vinh_linh"), ("Người chết", 2, None), ("Nhà bị ngập", 515, None)]
    # near miss: a line of words opening on a place's word, set apart by double spaces, heads no table
    assert find_lined_table_figures(build_layout(
        "Huyện  đã chỉ đạo  các xã\nHuyện Vĩnh Linh     1              240\n"))[0] == []


@pytest.mark.parametrize("note", ["(Tiếp theo)", "Phụ lục 2 (tiếp theo)", "Biểu số 02 (tiếp)"])
def test_a_tables_rows_after_its_note_that_it_goes_on_keep_its_header(note: str) -> None:
    text = (f"Chỉ tiêu\tĐVT\tKế hoạch 2026\tThực hiện 2026\nSản lượng chè\tTấn\t1.300\t1.315\n\n- 7 -\n\n{note}\n"
            "Đàn trâu\tCon\t5.200\t5.150\n")
    got = [(extra["label"], f.metric, f.value) for f, extra in read_tab_tables(build_layout(text), 2026)[0]]
    assert got[2:] == [("Đàn trâu", "target", 5200), ("Đàn trâu", "level", 5150)]
    # near miss: a line of words under the rows ends the table, as it did
    other = text.replace(note, "Về chăn nuôi, tình hình ổn định")
    assert len(read_tab_tables(build_layout(other), 2026)[0]) == 2


def test_a_table_set_with_spaces_naming_months_without_a_year_takes_the_titles() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 11 năm 2026\n\nĐơn vị tính: Tỷ đồng\n"
            "                              Ước tính         Cộng dồn\n"
            "                              tháng 11         11 tháng\n"
            "Tổng số                       3.420,5          35.610,2\n")
    got = {f.value: extra.get("period") for f, extra in find_lined_table_figures(build_layout(text))[0]}
    assert got[35_610.2e9] == (dt.date(2026, 1, 1), dt.date(2026, 11, 30))
    assert got[3_420.5e9] == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    # near miss: under a title naming no time the columns stay the report's to date
    untitled = text.replace("Tình hình kinh tế - xã hội tháng 11 năm 2026", "Tình hình kinh tế - xã hội")
    assert {f.value: extra.get("period") for f, extra in find_lined_table_figures(build_layout(untitled))[0]}[
        35_610.2e9] is None


def test_a_table_set_with_spaces_under_a_line_of_the_years_its_heads_span() -> None:
    text = ("BÁO CÁO\nKết quả thực hiện kế hoạch năm 2026\n\n"
            "                                     Năm 2025                  Năm 2026\n"
            "Chỉ tiêu                 ĐVT      Kế hoạch    Thực hiện     Kế hoạch    Ước TH       So sánh (%)\n"
            "Sản lượng chè            Tấn      42.000      43.150        45.000      45.800       106,1\n")
    got = [(f.metric, f.value, extra["target_year"]) for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert got[:4] == [("target", 42000, 2025), ("level", 43150, 2025), ("target", 45000, 2026),
                       ("level", 45800, 2026)]
    # near miss: the comparison standing under no year keeps its own head (no year of the line above)
    assert got[4][2] is None


@pytest.mark.parametrize("head", ["Khoản mục", "Diễn giải", "Loại", "Nhóm ngành"])
def test_more_heads_of_a_column_of_the_rows_names(head: str) -> None:
    text = f"STT\t{head}\tĐơn vị tính\tDự toán năm 2026\n1\tTổng chi ngân sách xã\tTriệu đồng\t8.450\n"
    got = [(extra["label"], f.metric, f.value) for f, extra in find_table_figures(build_layout(text))]
    assert got == [("Tổng chi ngân sách xã", "target", 8450e6)]
    # near miss: a head going on past the word with another ("Loại trừ") names no rows
    assert classify_header("Loại trừ").role != "label" and classify_header("Tên").role == "label"


def test_the_whole_branchs_row_of_a_table_set_with_spaces_is_the_titles_index() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2026\n\nChỉ số sản xuất công nghiệp tháng 9 năm 2026\n"
            "Ngành                 Tháng 8/2026     Tháng 9/2026 so với cùng kỳ (%)\n"
            "Toàn ngành            107,1            108,4\nKhai khoáng           96,0             95,1\n")
    labels = {f.value: extra["label"] for f, extra in find_lined_table_figures(build_layout(text))[0]}
    assert labels[8.4] == "Chỉ số sản xuất công nghiệp"
    assert labels[-4.9] == "Khai khoáng"  # (near miss: a branch keeps its name)


def test_a_statistics_offices_final_and_estimated_months() -> None:
    final, estimated = classify_header("Chính thức tháng 10/2026"), classify_header("Dự tính tháng 11/2026")
    assert (final.metric, final.estimate, final.period) == (
        "level", False, (dt.date(2026, 10, 1), dt.date(2026, 10, 31)))
    assert (estimated.metric, estimated.estimate, estimated.period[0]) == ("level", True, dt.date(2026, 11, 1))
    # near misses: a plan called final stays a plan; a count named with the word keeps its name
    assert classify_header("Kế hoạch chính thức 2026").metric == "target"
    assert classify_header("Số lao động chính thức (người)").name == "Số lao động chính thức"


def test_a_row_naming_a_rates_fall_holds_what_it_fell_by() -> None:
    text = ("TT\tChỉ tiêu\tĐVT\tƯớc thực hiện năm 2026\tKế hoạch năm 2027\n1\tTỷ lệ hộ nghèo\t%\t18,5\t15,5\n"
            "a\tGiảm tỷ lệ hộ nghèo\t%\t3,2\t3,0\n")
    got = [(extra["label"], f.metric, f.value) for f, extra in read_tab_tables(build_layout(text), 2026)[0]]
    assert ("Giảm tỷ lệ hộ nghèo", "yoy_abs", -3.2) in got
    assert ("Giảm tỷ lệ hộ nghèo", "target", 3.0) in got  # (the fall aimed at, as "phấn đấu giảm ... 3%" is)
    assert ("Tỷ lệ hộ nghèo", "level", 18.5) in got  # (near miss: the rate's own row keeps its level)


def test_a_table_set_with_spaces_numbering_its_rows_of_places_first() -> None:
    text = ("BÁO CÁO\nKết quả rà soát hộ nghèo năm 2026\n\n"
            "STT    Đơn vị                Số hộ nghèo      Tỷ lệ (%)\n"
            "1      Xã Cốc Pàng           405              52,1\n\nNăm 2027 tiếp tục rà soát.\n")
    assert _lined_read(text) == [("Số hộ nghèo (Xã Cốc Pàng)", 405), ("Tỷ lệ hộ nghèo (Xã Cốc Pàng)", 52.1)]
    # near miss: a line opening on the word for the rows' numbers in a sentence heads nothing
    assert _lined_read("TT  tin học  đã cài đặt phần mềm\n1      Xã Cốc Pàng    405    52\n") == []


def test_a_table_of_places_set_with_spaces_and_indented_by_a_converter() -> None:
    text = ("BÁO CÁO\nThiệt hại do lũ quét tháng 7 năm 2026\n\n"
            "   Huyện, thị xã            Người mất tích      Nhà bị cuốn trôi\n"
            "   Huyện Mường Tè                  3                   17\n\nCác đoàn công tác đã đến hiện trường.\n")
    assert _lined_read(text) == [("Người mất tích (Huyện Mường Tè)", 3), ("Nhà bị cuốn trôi (Huyện Mường Tè)", 17)]
    # near miss: an indented line of words opening on a place's word heads no table
    assert _lined_read("   Huyện  đã chỉ đạo  các xã\n   Huyện Mường Tè      3      17\n") == []


def test_a_spaced_header_stacked_on_two_lines_with_the_names_head_on_the_lower() -> None:
    text = ("BÁO CÁO\nTình hình sản xuất công nghiệp tháng 4 năm 2027\n\n"
            "                                  Đơn vị         Thực hiện\n"
            "  Chỉ tiêu                         tính           4 tháng\n"
            "  Sản lượng xi măng                Nghìn tấn      1.240,5\n")
    got = [(extra["label"], f.metric, f.value, f.unit) for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("Sản lượng xi măng", "level", 1240500, "tonne")]
    places = ("Thiệt hại do rét đậm năm 2026\n\n"
              "                          Trâu, bò       Diện tích\n"
              "  Huyện                   chết (con)     mạ chết (ha)\n"
              "  Huyện Bát Xát           35             12,5\n")
    assert _lined_read(places) == [("Trâu, bò chết (Huyện Bát Xát)", 35), ("Diện tích mạ chết (Huyện Bát Xát)", 12.5)]


def test_a_spaced_rows_name_and_unit_wrapped_in_their_cells_and_a_continued_tables_title() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2027\n\n"
            "  Chỉ tiêu                                             Đơn vị tính      Quý I\n"
            "  Số hợp tác xã nông nghiệp thành lập                  Hợp tác          14\n"
            "     mới trên địa bàn                                  xã\n"
            "  Vốn tín dụng chính sách xã hội cho                   Tỷ đồng          215,4\n"
            "     vay hộ nghèo, hộ cận nghèo và các đối tượng\n\n"
            "Bảng 2 (tiếp theo)\n"
            "  Lượt khách tham quan                                 Nghìn lượt       96,5\n")
    got = [(extra["label"], f.value, f.unit) for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("Số hợp tác xã nông nghiệp thành lập mới trên địa bàn", 14, "cooperative"),
                   ("Vốn tín dụng chính sách xã hội cho vay hộ nghèo, hộ cận nghèo và các đối tượng", 215.4e9, "VND"),
                   ("Lượt khách tham quan", 96500, "visit")]
    # near miss: a line of words across the columns under a row is no rest of its name
    prose = text.replace("     vay hộ nghèo, hộ cận nghèo và các đối tượng",
                         "     vay hộ nghèo,   hộ cận nghèo  và   khác")
    assert [extra["label"] for f, extra in find_lined_table_figures(build_layout(prose))[0]][1] == (
        "Vốn tín dụng chính sách xã hội cho")


def _lined_read(text: str) -> list[tuple[str, float]]:
    return [(extra["label"], f.value) for f, extra in find_lined_table_figures(build_layout(text))[0]]


def test_a_table_set_with_spaces_whose_heads_wrap_onto_two_more_lines() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 11 năm 2026\n\nĐơn vị tính: Tỷ đồng\n"
            "                              Ước tính         Tháng 11 so\n"
            "                              tháng 11         với cùng kỳ\n"
            "                              năm 2026         năm trước (%)\n"
            "Tổng số                       3.420,5          108,6\n")
    got = [(f.metric, f.value, extra.get("period")) for f, extra in find_lined_table_figures(build_layout(text))[0]]
    november = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert got == [("level", 3420.5e9, november), ("yoy_pct", 8.6, november)]


def test_a_heads_unit_in_brackets_under_or_over_a_year_spanning_it_is_the_columns_unit() -> None:
    tab = ("Chỉ tiêu\tNăm 2025\t\n\tKế hoạch (tỷ đồng)\tThực hiện (tỷ đồng)\n"
           "Thu nội địa\t4.200\t4.350\n")
    assert _units_read(tab) == [(4200e9, "VND"), (4350e9, "VND")]
    html = ("<table><tr><th rowspan=\"2\">Nội dung</th><th colspan=\"2\">Năm 2026</th></tr>"
            "<tr><th>Dự toán (triệu đồng)</th><th>Ước thực hiện (triệu đồng)</th></tr>"
            "<tr><td>Chi thường xuyên</td><td>9.800</td><td>7.300</td></tr></table>\n")
    assert _units_read(html) == [(9800e6, "VND"), (7300e6, "VND")]
    # (the unit in the head over the years: each year's column in it)
    over = "Chỉ tiêu\tKế hoạch (tỷ đồng)\t\n\tNăm 2026\tNăm 2027\nThu nội địa\t4.200\t4.600\n"
    assert _units_read(over) == [(4200e9, "VND"), (4600e9, "VND")]
    # near miss: a share's "(%)" under a year stays a share of the plan
    pct = "Chỉ tiêu\tNăm 2026\t\n\tThực hiện\tSo với kế hoạch (%)\nThu nội địa\t4.350\t103,6\n"
    assert [u for _, u in _units_read(pct)][1] == "pct"


def test_a_signed_cell_among_percentages_of_the_base_is_a_change() -> None:
    text = ("Chỉ tiêu\tĐVT\tNăm 2025\tNăm 2026\tSo sánh (%)\nSản lượng chè\tTấn\t1.200\t1.260\t105,0\n"
            "Đàn bò\tCon\t8.400\t8.150\t97,0\nTỷ lệ che phủ rừng\t%\t42,1\t42,6\t+0,5\n"
            "Số doanh nghiệp thành lập mới\tDoanh nghiệp\t410\t452\t+10,2\n")
    got = [(extra["label"], f.metric, f.value) for f, extra in read_tab_tables(build_layout(text), 2026)[0]
           if f.metric != "level"]
    assert got == [("Sản lượng chè", "yoy_pct", 5.0), ("Đàn bò", "yoy_pct", -3.0),
                   ("Tỷ lệ che phủ rừng", "yoy_abs", 0.5), ("Số doanh nghiệp thành lập mới", "yoy_pct", 10.2)]
    # near miss: a count's signed cell under a growths' head stays its growth
    growth = ("Chỉ tiêu\tĐVT\tNăm 2026\tTăng, giảm so với cùng kỳ (%)\n"
              "Đàn bò\tCon\t8.150\t-3,0\nĐàn dê\tCon\t900\t+2,5\n")
    assert [(f.metric, f.value) for f, _ in read_tab_tables(build_layout(growth), 2026)[0] if f.metric != "level"] == [
        ("yoy_pct", -3.0), ("yoy_pct", 2.5)]


def test_a_table_on_its_side_with_a_year_in_each_row() -> None:
    text = ("Năm\tSản lượng chè búp tươi (tấn)\tDiện tích chè (ha)\n2024\t61.300\t4.850\n"
            "Sơ bộ 2025\t63.900\t4.910\n")
    got = [(extra["label"], extra.get("year"), f.value, f.qualifier)
           for f, extra in read_tab_tables(build_layout(text), 2026)[0]]
    assert got == [("Sản lượng chè búp tươi", 2024, 61300, "exact"), ("Diện tích chè", 2024, 4850, "exact"),
                   ("Sản lượng chè búp tươi", 2025, 63900, "estimate"), ("Diện tích chè", 2025, 4910, "estimate")]
    # near miss: "Năm" over heads that name no quantity is no such table
    plain = "Năm\tKế hoạch\tThực hiện\n2025\t61.300\t63.900\n"
    assert read_tab_tables(build_layout(plain), 2026)[0] == []


def test_a_two_row_header_whose_merged_cells_are_written_out_in_each_cell() -> None:
    text = ("TT\tChỉ tiêu\tĐVT\tNăm 2027\tNăm 2027\nTT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\n"
            "1\tSản lượng cà phê\tTấn\t52.000\t53.400\n")
    got = [(f.metric, f.value, extra["target_year"]) for f, extra in read_tab_tables(build_layout(text), 2027)[0]]
    assert got == [("target", 52000, 2027), ("level", 53400, 2027)]
    # near miss: the same header again over the rows a page break carried on is no second row
    again = ("TT\tChỉ tiêu\tĐVT\tKế hoạch 2027\tThực hiện 2027\n1\tSản lượng cà phê\tTấn\t52.000\t53.400\n"
             "TT\tChỉ tiêu\tĐVT\tKế hoạch 2027\tThực hiện 2027\n2\tSản lượng tiêu\tTấn\t9.000\t9.150\n")
    assert [f.metric for f, _ in read_tab_tables(build_layout(again), 2027)[0]] == ["target", "level"] * 2


def test_a_result_head_spanning_a_plan_and_what_was_done_leaves_the_plan_a_plan() -> None:
    # "Kết quả | Kết quả" (a merged cell written out) over "Kế hoạch | Thực hiện": the lower head names the measure,
    # the plan a target (it was read as a level, "Kết quả Kế hoạch")
    rows = "1\tSản lượng chè búp tươi\tTấn\t61.000\t62.350\n"
    for over in ("Kết quả\tKết quả", "Kết quả thực hiện\t"):
        text = f"TT\tChỉ tiêu\tĐVT\t{over}\n\t\t\tKế hoạch\tThực hiện\n{rows}"
        got = [(f.metric, f.value) for f, _ in read_tab_tables(build_layout(text), 2027)[0]]
        assert got == [("target", 61000), ("level", 62350)], over
    written_out = f"TT\tChỉ tiêu\tĐVT\tKết quả\tKết quả\nTT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\n{rows}"
    assert [f.metric for f, _ in read_tab_tables(build_layout(written_out), 2027)[0]] == ["target", "level"]
    # near miss: over heads naming no plan ("Thực hiện | Lũy kế") the result's head leaves them levels
    done = written_out.replace("Kế hoạch\tThực hiện", "Thực hiện\tLũy kế")
    assert [f.metric for f, _ in read_tab_tables(build_layout(done), 2027)[0]] == ["level", "level"]


def test_merged_cells_written_out_over_heads_naming_a_time_by_its_number() -> None:
    # "Năm 2027 | Năm 2027 | Năm 2027" over "Quý II | 6 tháng | So cùng kỳ (%)", each row opening "TT | Chỉ tiêu":
    # the lower row is the header's (it was read as a row of figures, "Chỉ tiêu 6", every column the whole year's)
    text = ("TT\tChỉ tiêu\tĐVT\tNăm 2027\tNăm 2027\tNăm 2027\nTT\tChỉ tiêu\tĐVT\tQuý II\t6 tháng\tSo cùng kỳ (%)\n"
            "1\tLượt khách lưu trú\tLượt\t820.000\t1.530.000\t108,3\n")
    got = [(f.metric, round(f.value, 1), x.get("period")) for f, x in read_tab_tables(build_layout(text), 2027)[0]]
    assert got == [("level", 820000, (dt.date(2027, 4, 1), dt.date(2027, 6, 30))),
                   ("level", 1530000, (dt.date(2027, 1, 1), dt.date(2027, 6, 30))),
                   ("yoy_pct", 8.3, None)]  # (the pipeline dates it by the column before)
    # near miss: a row of figures under the header whose first cell is its own is a row, not the header's
    rows = text.replace("TT\tChỉ tiêu\tĐVT\tQuý II", "1\tKhách quốc tế\tLượt\t41.000").replace(
        "\t6 tháng\tSo cùng kỳ (%)\n1\t", "\t77.000\t104,0\n2\t", 1)
    assert [f.value for f, _ in read_tab_tables(build_layout(rows), 2027)[0]][:2] == [41000, 77000]


def test_a_lone_minus_among_percentages_of_the_base_leaves_them_percentages() -> None:
    # "So cùng kỳ (%)" over 103,2 · -4,1 · 109,5 · 97,6: the one signed cell is a fall written as such; the others are
    # still this month's output as a percentage of last year's
    text = ("Chỉ tiêu\tĐVT\tTháng 5\tSo cùng kỳ (%)\nGạch nung\tTriệu viên\t41\t103,2\nPhân bón\tTấn\t820\t-4,1\n"
            "Nước máy\tNghìn m3\t960\t109,5\nGỗ xẻ\tm3\t1.300\t97,6\n")
    got = [round(f.value, 1) for f, _ in find_table_figures(build_layout(text)) if f.metric == "yoy_pct"]
    assert got == [3.2, -4.1, 9.5, -2.4]
    # near miss: two minus signs, or a minus beside cells far from a hundred, make a column of growths
    two = text.replace("97,6", "-1,8")
    assert [round(f.value, 1) for f, _ in find_table_figures(build_layout(two)) if f.metric == "yoy_pct"] == [
        103.2, -4.1, 109.5, -1.8]
    far = text.replace("103,2", "12,6")
    assert [round(f.value, 1) for f, _ in find_table_figures(build_layout(far)) if f.metric == "yoy_pct"] == [
        12.6, -4.1, 109.5, 97.6]


def test_a_column_of_notes_saying_what_it_notes_holds_no_figures() -> None:
    # "Ghi chú (*)", "Đánh giá (Đạt/Không đạt)", "Ghi chú/Nguồn số liệu": notes beside the figures, not a quantity
    for head in ("Ghi chú (*)", "Đánh giá (Đạt/Không đạt)", "Ghi chú/Nguồn số liệu", "Nguồn số liệu", "Lý do"):
        assert classify_header(head).role == "skip", head
    text = ("TT\tChỉ tiêu\tĐVT\tKế hoạch 2026\tThực hiện 2026\tGhi chú (*)\n"
            "1\tSố trạm y tế có bác sĩ\tTrạm\t180\t176\t(*) 04 trạm\n")
    assert [f.value for f, _ in read_tab_tables(build_layout(text), 2026)[0]] == [180, 176]
    # near miss: a rate's column keeps its figures, and "Nguồn vốn" still heads the rows' names
    assert classify_header("Đánh giá (%)").role == "value"
    assert classify_header("Nguồn vốn").role == "label"


def test_a_comparison_spanning_two_heads_naming_their_time_against_the_reports() -> None:
    # "So sánh (%)" over "Kỳ báo cáo so với cùng kỳ | Cộng dồn so với cùng kỳ" in a report on May and five months: the
    # first compares the month reported on, the second the months so far
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 và 5 tháng năm 2027\n\n"
            "Chỉ tiêu\tƯớc thực hiện kỳ báo cáo\tCộng dồn từ đầu năm\tSo sánh (%)\t\n"
            "\t\t\tKỳ báo cáo so với cùng kỳ\tCộng dồn so với cùng kỳ\n"
            "Xuất khẩu (triệu USD)\t210\t1.020\t108,2\t106,4\n")
    got = [x.get("period") for f, x in read_tab_tables(build_layout(text), 2027)[0] if f.metric == "yoy_pct"]
    assert got == [(dt.date(2027, 5, 1), dt.date(2027, 5, 31)), (dt.date(2027, 1, 1), dt.date(2027, 5, 31))]
    # near miss: a bare "So sánh (%)" spanning nothing names no time
    bare = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 và 5 tháng năm 2027\n\n"
            "Chỉ tiêu\tCộng dồn từ đầu năm\tSo sánh (%)\nXuất khẩu (triệu USD)\t1.020\t106,4\n")
    got = [x.get("period") for f, x in read_tab_tables(build_layout(bare), 2027)[0] if f.metric != "level"]
    assert got != [(dt.date(2027, 5, 1), dt.date(2027, 5, 31))]


def test_a_column_totalling_the_months_before_it_is_that_times() -> None:
    # "Tháng 4 | Tháng 5 | Tháng 6 | Cộng quý II": the quarter's whole, dated as "Quý II" is
    text = ("Đơn vị\tTháng 4\tTháng 5\tTháng 6\tCộng quý II\nXã Tân Lập (triệu đồng)\t310\t295\t402\t1.007\n")
    got = [(f.value, x.get("period")) for f, x in read_tab_tables(build_layout(text), 2027)[0]]
    assert got[-1] == (1007, (dt.date(2027, 4, 1), dt.date(2027, 6, 30)))
    assert classify_header("Tổng 6 tháng năm 2026").period == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    # near miss: "Cộng dồn quý II" is no total's word, and "Tổng cộng" alone names no time
    assert classify_header("Cộng dồn quý II").role == "value"
    assert classify_header("Tổng cộng").role == "skip"


def test_months_without_their_year_each_with_its_unit_in_brackets() -> None:
    # "Tháng 4 (tỷ đồng)" over rows of communes in a report on the second quarter of 2027: April of 2027, in tỷ đồng
    assert classify_header("Tháng 4 (tỷ đồng)").unit == ("VND", 1e9, None)
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
            "                           Tháng 4        Tháng 5\n"
            "                           (tỷ đồng)      (tỷ đồng)\n"
            "Xã Na Hang                 61,3           64,8\n")
    got = [(f.value, x.get("period")) for f, x in find_lined_table_figures(build_layout(text))[0]]
    assert got == [(61.3e9, (dt.date(2027, 4, 1), dt.date(2027, 4, 30))), (64.8e9, (dt.date(2027, 5, 1),
                                                                                    dt.date(2027, 5, 31)))]
    # near miss: a month in brackets with a word that is no unit stays no column
    assert classify_header("Tháng 4 (ghi chú)").role == "skip"


def test_a_rate_against_the_plan_said_without_voi() -> None:
    # "Tỷ lệ so dự toán (%)", "Tỷ lệ so DT (%)": the share of the plan reached, no rate named "Tỷ lệ so dự toán"
    assert classify_header("Tỷ lệ so dự toán (%)").metric == "plan_pct"
    assert classify_header("Tỷ lệ so DT (%)").metric == "plan_pct"
    # near miss: a rate named by what it is a rate of stays that rate
    assert (classify_header("Tỷ lệ số hóa hồ sơ (%)").metric, classify_header("Tỷ lệ số hóa hồ sơ (%)").name) == (
        "level", "Tỷ lệ số hóa hồ sơ")


def test_a_rate_of_capital_paid_out_written_short() -> None:
    # "Tỷ lệ GN (%)": "giải ngân" written short, the share of the plan paid out (as "Tỷ lệ giải ngân (%)" is)
    assert classify_header("Tỷ lệ GN (%)").metric == "plan_pct"
    # near miss: a rate named by what it is a rate of stays that rate
    assert classify_header("Tỷ lệ hộ nghèo (%)").name == "Tỷ lệ hộ nghèo"


def test_a_rate_named_with_the_figure_it_counts_by_is_that_rate() -> None:
    # "Tỷ lệ học sinh dưới 4 điểm (%)": a rate whose name holds a threshold, its cells the rate (was a share of a plan)
    head = classify_header("Tỷ lệ học sinh dưới 4 điểm (%)")
    assert (head.metric, head.name, head.unit) == ("level", "Tỷ lệ học sinh dưới 4 điểm", ("pct", 1.0, None))
    text = "Môn\tTỷ lệ bài thi từ 8 điểm trở lên (%)\nLịch sử\t12,5\n"
    assert [(f.metric, x["label"]) for f, x in find_table_figures(build_layout(text))] == [
        ("level", "Tỷ lệ bài thi từ 8 điểm trở lên (Lịch sử)")
    ]
    # near miss: a year in the name is the column's time, no part of a rate's name
    assert classify_header("Tỷ lệ hộ nghèo năm 2026 (%)").name is None


def test_a_rate_of_things_meeting_a_standard_is_that_rate() -> None:
    # "Tỷ lệ thôn đạt chuẩn văn hóa (%)": "đạt" goes on with what is met, a rate of its own (was a share of a plan)
    head = classify_header("Tỷ lệ thôn đạt chuẩn văn hóa (%)")
    assert (head.metric, head.name) == ("level", "Tỷ lệ thôn đạt chuẩn văn hóa")
    # near miss: "đạt" ending the head is the share of the plan reached
    assert classify_header("Tỷ lệ đạt (%)").metric == "plan_pct"
    assert classify_header("Tỷ lệ giải quyết đạt được (%)").metric == "plan_pct"


def test_a_footnotes_mark_closing_a_rows_name_is_no_part_of_it() -> None:
    text = ("STT\tNội dung\tDự toán năm 2026\tƯớc thực hiện\n1\tThu từ khu vực ngoài quốc doanh (*)\t640\t455\n"
            "2\tThu phí, lệ phí (1)\t90\t71\n3\tThu khác ngân sách*\t40\t22\n")
    got = {extra["label"] for _, extra in read_tab_tables(build_layout(text), 2026)[0]}
    assert got == {"Thu từ khu vực ngoài quốc doanh", "Thu phí, lệ phí", "Thu khác ngân sách"}
    # near miss: a unit in brackets still closes its row's name for the unit reader
    unit = "STT\tNội dung\tNăm 2026\n1\tDiện tích lúa (ha)\t1.200\n"
    assert [(extra["label"], f.unit) for f, extra in read_tab_tables(build_layout(unit), 2026)[0]] == [
        ("Diện tích lúa", "ha")]


def test_a_page_number_between_a_spaced_tables_rows_and_its_header_again_is_no_row() -> None:
    text = ("Chỉ tiêu                        ĐVT        Kế hoạch 2026    Ước TH 2026     % KH\n"
            "Sản lượng cà phê nhân           Tấn        61.000           62.300          102,1\n"
            "                                                                              7\n"
            "Chỉ tiêu                        ĐVT        Kế hoạch 2026    Ước TH 2026     % KH\n"
            "Diện tích hồ tiêu               ha         9.800            9.650           98,5\n")
    got = [(extra["label"], f.value) for f, extra in find_lined_table_figures(build_layout(text))[0]
           if f.metric == "plan_pct"]
    assert got == [("Sản lượng cà phê nhân", 102.1), ("Diện tích hồ tiêu", 98.5)]
    # near miss: a row's name wrapped onto the line above keeps its one figure
    wrapped = ("Chỉ tiêu                        ĐVT        Kế hoạch 2026    Ước TH 2026     % KH\n"
               "Số hợp tác xã thành lập\n"
               "                                                                              85\n")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(wrapped))[0]] == [85]


def test_a_table_one_cell_a_line_opening_on_the_head_of_its_rows_names() -> None:
    # "Chỉ tiêu / Đơn vị tính / Tháng 5 / Cộng dồn từ đầu năm" with no numbers' column: each row its name, its unit
    # and its figures, one a line
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2027\n\nChỉ tiêu\nĐơn vị tính\nƯớc tính tháng báo cáo\n"
            "Cộng dồn từ đầu năm\nSản lượng điện\nTriệu kWh\n84,2\n402,7\nNước máy\nNghìn m3\n910\n4.380\n")
    got = [(x["label"], f.value, x.get("period")) for f, x in find_lined_table_figures(build_layout(text))[0]]
    may, so_far = (dt.date(2027, 5, 1), dt.date(2027, 5, 31)), (dt.date(2027, 1, 1), dt.date(2027, 5, 31))
    assert got == [("Sản lượng điện", 84.2e6, may), ("Sản lượng điện", 402.7e6, so_far),
                   ("Nước máy", 910e3, may), ("Nước máy", 4380e3, so_far)]
    # near miss: "Chỉ tiêu" alone over lines of prose heads no table
    prose = ("Chỉ tiêu\nNăm nay tỉnh đặt mục tiêu tăng trưởng cao hơn.\nSản lượng điện tăng mạnh.\n84,2\n402,7\n"
             "Nước máy\n910\n4.380\nKết thúc\n")
    assert find_lined_table_figures(build_layout(prose))[0] == []


def test_a_bare_rate_beside_a_change_between_two_years_is_the_growth() -> None:
    # "Năm 2026 | Năm 2027 | Tăng (+), giảm (-) | Tỷ lệ (%)": the rate of the change on the year before, no plan's share
    text = ("TT\tNội dung\tNăm 2026\tNăm 2027\tTăng (+), giảm (-)\tTỷ lệ (%)\n"
            "1\tSố vụ cháy (vụ)\t30\t24\t-6\t-20,0\n2\tSố vụ đuối nước (vụ)\t10\t11\t+1\t+10,0\n")
    got = [(f.metric, f.value) for f, _ in read_tab_tables(build_layout(text), 2027)[0] if f.unit == "pct"]
    assert got == [("yoy_pct", -20.0), ("yoy_pct", 10.0)]
    # the same rate written as this year's figure on last year's: a percentage of the base
    ratios = text.replace("-20,0", "80,0").replace("+10,0", "110,0")
    got = [(f.metric, f.value) for f, _ in read_tab_tables(build_layout(ratios), 2027)[0] if f.unit == "pct"]
    assert got == [("yoy_pct", -20.0), ("yoy_pct", 10.0)]
    # near miss: beside a plan, "Tỷ lệ (%)" is still the share of the plan
    plan = "TT\tNội dung\tKế hoạch 2027\tThực hiện 2027\tTỷ lệ (%)\n1\tSố xã đạt chuẩn\t12\t9\t75,0\n"
    assert [f.metric for f, _ in read_tab_tables(build_layout(plan), 2027)[0] if f.unit == "pct"] == ["plan_pct"]


def test_a_title_line_closing_on_its_unit_in_brackets_names_the_total_row() -> None:
    # "Vốn đầu tư thực hiện theo quý năm 2026 (tỷ đồng)" over the table, no "Bảng 2.": its total row is that title's
    text = ("BÁO CÁO\n\nVốn đầu tư thực hiện theo quý năm 2026 (tỷ đồng)\nKhu vực\tQuý I\tQuý II\n"
            "Tổng số\t4.120\t5.360\nKhu vực nhà nước\t1.050\t1.420\n")
    got = [extra["label"] for _, extra in read_tab_tables(build_layout(text), 2026)[0]]
    # (its year left out of the label: the columns date each figure)
    assert got[:2] == ["Vốn đầu tư thực hiện theo quý"] * 2
    # near miss: a sentence closing on a bracket that is no unit names nothing
    said = text.replace("(tỷ đồng)", "(xem phụ lục)")
    assert [extra["label"] for _, extra in read_tab_tables(build_layout(said), 2026)[0]][:1] == ["Tổng số"]


def test_the_total_of_a_sources_table_under_a_title_naming_the_public_investment_plan() -> None:
    # "Tình hình thực hiện kế hoạch đầu tư công năm 2027" over "Nguồn vốn | Kế hoạch vốn | Giải ngân": its total row
    # is the public investment capital ("vốn" left out of the title)
    text = ("BÁO CÁO\nTình hình thực hiện kế hoạch đầu tư công năm 2027\n\nĐơn vị: tỷ đồng\n"
            "STT\tNguồn vốn\tKế hoạch vốn năm 2027\tGiải ngân\n\tTổng số\t5.200\t2.870\n"
            "1\tVốn ngân sách địa phương\t3.100\t1.760\n")
    totals = [r["budget_item"] for r in _tables_of(text)["budgets"] if r["evidence"].startswith("Tổng số")]
    assert totals == ["public_investment", "public_investment"]
    # near miss: a title naming no public investment sums nothing up
    other = text.replace("kế hoạch đầu tư công", "kế hoạch phát triển")
    assert not [r for r in _tables_of(other)["budgets"] if r["evidence"].startswith("Tổng số")]


def test_a_line_break_inside_a_rows_name_cell() -> None:
    # "1 | Giá trị sản xuất công nghiệp theo giá so" then "sánh 2010 | Tỷ đồng | 41.000 | 20.350": one row on two lines
    text = ("STT\tChỉ tiêu\tĐVT\tKH năm 2026\tƯớc TH 6 tháng\n1\tGiá trị sản xuất công nghiệp theo giá so\n"
            "sánh 2010\tTỷ đồng\t41.000\t20.350\n2\tSố hợp tác xã thành lập mới\tHTX\t30\t17\n")
    got = [(extra["label"], f.value) for f, extra in read_tab_tables(build_layout(text), 2026)[0]]
    assert got[:2] == [("Giá trị sản xuất công nghiệp theo giá so sánh 2010", 41000e9),
                       ("Giá trị sản xuất công nghiệp theo giá so sánh 2010", 20350e9)]
    # near miss: a row of its own under a heading row keeps its own cells ("- cây lúa" fills every column)
    parts = ("STT\tChỉ tiêu\tĐVT\tKH năm 2026\tƯớc TH 6 tháng\n1\tDiện tích gieo trồng\n"
             "\tcây lúa\tha\t9.000\t4.100\n")
    assert [f.value for f, _ in read_tab_tables(build_layout(parts), 2026)[0]] == [9000, 4100]


def test_a_numbered_table_one_cell_a_line_with_an_empty_cell_and_months_so_far() -> None:
    # "STT / Chỉ tiêu / Đơn vị tính / Thực hiện tháng 8 / Cộng dồn 8 tháng" in a report on August 2027: the months so
    # far of the title's year; a row whose cell is written "-" is read by the numbered reader alone
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2027\n\nSTT\nChỉ tiêu\nĐơn vị tính\nThực hiện tháng 8\n"
            "Cộng dồn 8 tháng\n1\nSản lượng chè búp\nTấn\n-\n9.400\n2\nKhách du lịch\nNghìn lượt\n120\n860\n")
    got = [(x["label"], f.value, x.get("period")) for f, x in find_lined_table_figures(build_layout(text))[0]]
    so_far, august = (dt.date(2027, 1, 1), dt.date(2027, 8, 31)), (dt.date(2027, 8, 1), dt.date(2027, 8, 31))
    assert got == [("Sản lượng chè búp", 9400, so_far), ("Khách du lịch", 120e3, august),
                   ("Khách du lịch", 860e3, so_far)]
    # the stacked reader takes neither the dash nor the unit's cell for a row's name
    assert not [x for _, x in read_tab_tables(build_layout(text), 2027)[0] if x["label"] in ("-", "Nghìn lượt")]


def _labelled_metrics(text: str) -> list[tuple[str, str | None, float]]:
    return [(extra["label"], f.metric, f.value) for f, extra in read_tab_tables(build_layout(text), 2026)[0]]


def test_a_cell_holding_a_range_gives_both_its_ends() -> None:
    text = ("TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2027\tƯớc thực hiện năm 2026\n1\tGiảm tỷ lệ hộ nghèo\t%\t2 - 2,5\t2,8\n"
            "2\tSố xã đạt chuẩn nông thôn mới\txã\t40\t36\n3\tThời kỳ quy hoạch\tnăm\t2021-2030\t5\n")
    got = _labelled_metrics(text)
    assert ("Giảm tỷ lệ hộ nghèo", "target", 2.0) in got
    assert ("Giảm tỷ lệ hộ nghèo", "target", 2.5) in got
    assert ("Giảm tỷ lệ hộ nghèo", "yoy_abs", -2.8) in got
    # near misses: a signed cell is no range, nor is a span of years
    assert ("Số xã đạt chuẩn nông thôn mới", "target", 40.0) in got
    assert not any(label == "Thời kỳ quy hoạch" and value == 2030.0 for label, _m, value in got)


def test_a_row_of_the_index_of_industrial_production_holds_its_growth() -> None:
    text = ("STT\tChỉ tiêu\tĐơn vị\tKế hoạch năm 2026\tThực hiện năm 2026\n1\tChỉ số phát triển công nghiệp (IIP)\t%"
            "\t109,5\t110,3\n2\tTỷ lệ đô thị hóa\t%\t62,0\t61,5\n")
    got = _labelled_metrics(text)
    assert ("Chỉ số phát triển công nghiệp (IIP)", "yoy_pct", 10.3) in got
    assert ("Chỉ số phát triển công nghiệp (IIP)", "target", 9.5) in got
    assert ("Tỷ lệ đô thị hóa", "level", 61.5) in got  # (near miss: a rate over 50 keeps its level)


def test_a_long_unit_run_into_the_next_cells_figure_is_split_from_it() -> None:
    text = ("STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tƯớc thực hiện năm 2026\n1\tKhối lượng hàng hóa luân chuyển\t"
            "Nghìn tấn.km 812,5\t840,2\n2\tSố lượt khách vận chuyển\tNghìn lượt\t1.950\n")
    got = _labelled_metrics(text)
    assert ("Khối lượng hàng hóa luân chuyển", "target", 812.5e3) in got
    assert ("Khối lượng hàng hóa luân chuyển", "level", 840.2e3) in got
    # near miss: a row a cell short with a unit alone keeps its cells as they are
    assert ("Số lượt khách vận chuyển", "target", 1950e3) in got


def test_a_growth_headed_by_the_years_compared_is_of_the_later_years_column_time() -> None:
    text = ("Chỉ tiêu\tĐVT\t6 tháng năm 2026\t6 tháng năm 2027\t2027/2026 (%)\n"
            "Doanh thu du lịch\tTỷ đồng\t1.240\t1.410\t113,7\n")
    got = [x.get("period") for f, x in read_tab_tables(build_layout(text), 2027)[0] if f.metric == "yoy_pct"]
    assert got == [(dt.date(2027, 1, 1), dt.date(2027, 6, 30))]
    # near miss: between whole years the growth stays the year's
    years = "Chỉ tiêu\tĐVT\tNăm 2026\tNăm 2027\t2027/2026 (%)\nDoanh thu du lịch\tTỷ đồng\t2.600\t2.950\t113,5\n"
    got = [x.get("period") for f, x in read_tab_tables(build_layout(years), 2027)[0] if f.metric == "yoy_pct"]
    assert got in ([(dt.date(2027, 1, 1), dt.date(2027, 12, 31))], [None])


def test_a_spaced_table_of_works_numbered_with_their_state_in_words() -> None:
    text = ("BÁO CÁO\nTiến độ các công trình năm 2027\n\n"
            "STT   Tên công trình                                          Kinh phí (triệu đồng)   Tiến độ\n"
            "1     Kè chống sạt lở bờ sông Lô đoạn qua phường An Tường     62.000                  Đạt 70%\n"
            "2     Nhà văn hóa trung tâm xã Kim Phú                        8.500                   Hoàn thành\n")
    rows = _tables_of(text)["projects"]
    got = {(r["project_name"], r["value"]) for r in rows if r["measure"] is not None}
    assert got == {("Kè chống sạt lở bờ sông Lô đoạn qua phường An Tường", 62000e6),
                   ("Kè chống sạt lở bờ sông Lô đoạn qua phường An Tường", 70.0),
                   ("Nhà văn hóa trung tâm xã Kim Phú", 8500e6)}
    # (the state in words is the work's event row; a share done names none)
    assert {(r["project_name"], r["event"]) for r in rows if r["measure"] is None} == {
        ("Nhà văn hóa trung tâm xã Kim Phú", "completed")}
    # near miss: words all along under the columns of values make no row
    assert _figures_before_a_word_cell([((0, 9, "Hoàn thành"), Column("value", "level"))]) == []


def test_a_spaced_tables_row_of_the_index_of_industrial_production_holds_its_growth() -> None:
    text = ("BÁO CÁO\nKết quả thực hiện các chỉ tiêu năm 2027\n\n"
            "Chỉ tiêu                          ĐVT       Kế hoạch 2027    Ước TH 2027\n"
            "Chỉ số phát triển công nghiệp     %         110,0            111,4\n"
            "Tỷ lệ lao động qua đào tạo        %         72,0             72,5\n")
    got = [(x["label"], f.metric, f.value) for f, x in find_lined_table_figures(build_layout(text))[0]]
    assert ("Chỉ số phát triển công nghiệp", "yoy_pct", 11.4) in got
    assert ("Chỉ số phát triển công nghiệp", "target", 10.0) in got
    assert ("Tỷ lệ lao động qua đào tạo", "level", 72.5) in got  # (near miss: a rate keeps its level)


def test_a_spaced_tables_cell_holding_a_range_gives_both_its_ends() -> None:
    text = ("BÁO CÁO\nKết quả năm 2026 và kế hoạch năm 2027\n\n"
            "Chỉ tiêu                          ĐVT       Kế hoạch 2027    Ước TH 2026\n"
            "Tỷ lệ tăng dân số tự nhiên        %         0,9 - 1,0        1,1\n"
            "Số xã đạt chuẩn nông thôn mới     xã        52               47\n")
    got = [(x["label"], f.metric, f.value) for f, x in find_lined_table_figures(build_layout(text))[0]]
    assert ("Tỷ lệ tăng dân số tự nhiên", "target", 0.9) in got
    assert ("Tỷ lệ tăng dân số tự nhiên", "target", 1.0) in got
    assert ("Số xã đạt chuẩn nông thôn mới", "target", 52) in got  # (near miss: a plain cell stays one figure)


def test_a_spaced_tables_rows_of_a_growth_and_of_a_rates_fall_are_read_as_the_tab_readers() -> None:
    text = ("BÁO CÁO\nKết quả thực hiện các chỉ tiêu năm 2026\n\n"
            "Chỉ tiêu                          ĐVT       Kế hoạch 2026    Thực hiện 2026\n"
            "Tăng trưởng kinh tế (GRDP)        %         7,5              7,8\n"
            "Giảm tỷ lệ hộ cận nghèo           %         1 - 1,5          1,3\n"
            "Tỷ lệ tăng dân số tự nhiên        %         1,0              0,95\n")
    got = [(x["label"], f.metric, f.value) for f, x in find_lined_table_figures(build_layout(text))[0]]
    assert ("Tăng trưởng kinh tế (GRDP)", "yoy_pct", 7.8) in got
    assert ("Giảm tỷ lệ hộ cận nghèo", "yoy_abs", -1.3) in got
    assert ("Giảm tỷ lệ hộ cận nghèo", "target", 1.5) in got  # (the plan's cell: the fall aimed at)
    assert ("Tỷ lệ tăng dân số tự nhiên", "level", 0.95) in got  # (near miss: a rate of growth named so is a level)


def test_a_communes_damage_table_counts_spots_hit_and_gives_no_row_for_a_zero() -> None:
    head = classify_header("Điểm sạt lở (điểm)")
    assert head.unit == ("count", 1.0, "điểm")  # (the spots hit, "9 điểm sạt lở", no score)
    assert classify_header("Số điểm bị ngập úng (điểm)").unit == ("count", 1.0, "điểm")
    assert classify_header("Điểm PCI (điểm)").unit[0] == "point"  # (near miss: a score keeps its unit)
    text = ("BÁO CÁO\nThiệt hại do bão số 4 năm 2027\n\n"
            "TT\tXã\tNhà tốc mái (cái)\tĐiểm sạt lở (điểm)\tHoa màu bị ngập (ha)\n"
            "1\tXã Mường Lống\t7\t4\t0\n2\tXã Nhôn Mai\t0\t9\t6,5\n")
    rows = _tables_of(text)["disasters"]
    got = sorted((r["locations"][0], r["unit"], r["value"]) for r in rows)
    assert got == [("Mường Lống", "count", 4), ("Mường Lống", "house", 7), ("Nhôn Mai", "count", 9),
                   ("Nhôn Mai", "ha", 6.5)]
    # near miss: a commune's zero under a column that counts no damage is its figure
    text = "TT\tXã\tSố hộ nghèo (hộ)\tSố hộ cận nghèo (hộ)\n1\tXã Mường Lống\t0\t14\n2\tXã Nhôn Mai\t21\t9\n"
    assert 0 in [r["value"] for r in _tables_of(text)["indicators"]]


def test_spots_hit_named_without_a_unit_and_a_spaced_tables_zero_damage() -> None:
    text = ("BÁO CÁO\nThiệt hại do mưa lớn tháng 7 năm 2027\n\n"
            "TT\tXã\tNgười bị thương\tVị trí sạt lở\n1\tXã Trà Leng\t0\t6\n2\tXã Trà Tập\t3\t2\n")
    got = sorted((r["locations"][0], r["unit"], r["unit_label"], r["value"]) for r in _tables_of(text)["disasters"])
    assert got == [("Trà Leng", "count", "vị trí", 6), ("Trà Tập", "count", "vị trí", 2),
                   ("Trà Tập", "person", None, 3)]
    text = ("BÁO CÁO\nThiệt hại do bão số 2 năm 2027\n\n"
            "Xã               Người chết     Nhà bị tốc mái     Lúa bị ngập (ha)\n"
            "Xã Trà Leng      0              17                 4,5\n"
            "Xã Trà Tập       1              0                  0\n")
    got = sorted((r["locations"][0], r["impact"], r["value"]) for r in _tables_of(text)["disasters"])
    assert got == [("Trà Leng", "crops", 4.5), ("Trà Leng", "houses_damaged", 17), ("Trà Tập", "deaths", 1)]


def test_a_hand_typed_spaced_row_is_read_cell_by_cell_in_the_headers_order() -> None:
    # a row typed by hand: its name runs on past where "ĐVT" stands, or its unit is run into its first figure with one
    # space ("Triệu USD 1.350"); each cell is under the head of its rank, the unit parted from the name before it
    text = ("Sản xuất công nghiệp tháng 6 năm 2026\n\n"
            "Sản phẩm        ĐVT        Tháng 6     6 tháng     So cùng kỳ (%)\n"
            "Gạch xây dựng các loại   Triệu viên   41,2   236,5   104,8\n"
            "Giá trị xuất khẩu Triệu USD 62,5     371,0       109,1\n"
            "Phân bón        Nghìn tấn  12,0        70,4        97,5\n")
    got = [(extra["label"], f.metric, f.value, f.unit) for f, extra in find_lined_table_figures(build_layout(text))[0]]
    assert ("Gạch xây dựng các loại", "level", 236.5e6, "count") in got
    assert ("Gạch xây dựng các loại", "yoy_pct", pytest.approx(4.8), "pct") in got
    assert ("Giá trị xuất khẩu", "level", 62.5e6, "USD") in got
    assert ("Giá trị xuất khẩu", "level", 371e6, "USD") in got
    assert ("Phân bón", "level", 70400, "tonne") in got
    assert len(got) == 9
    # near miss: a row within its columns, one cell left blank, keeps each cell under the head it stands under
    blank = "\n".join(text.splitlines()[:3]) + "\nPhân bón        Nghìn tấn               70,4        97,5\n"
    got = [(f.metric, f.value) for f, _ in find_lined_table_figures(build_layout(blank))[0]]
    assert got == [("level", 70400), ("yoy_pct", pytest.approx(-2.5))]


def test_last_years_column_under_a_title_naming_no_time_is_dated_by_the_column_beside_it() -> None:
    # "Năm 2027 | Cùng kỳ | So sánh (%)" under a title with no time: the same period is 2026, the comparison 2027's
    title = "Báo cáo kết quả ngành chăn nuôi\n\n"
    tab = title + "Chỉ tiêu\tĐVT\tNăm 2027\tCùng kỳ\tSo sánh (%)\nTổng đàn lợn\tcon\t96.400\t90.100\t107,0\n"
    got = [(f.metric, f.value, extra.get("period")) for f, extra in find_table_figures(build_layout(tab))]
    assert got[1:] == [("level", 90100, (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
                   ("yoy_pct", pytest.approx(7.0), (dt.date(2027, 1, 1), dt.date(2027, 12, 31)))]
    # near miss: with no column naming a time, last year's figures stay unread (nothing dates them)
    bare = tab.replace("Năm 2027", "Thực hiện")
    assert 90100 not in [f.value for f, _ in find_table_figures(build_layout(bare))]


def test_a_price_table_whose_spanning_head_lacks_its_empty_cells_reads_its_bases() -> None:
    # "\tTháng báo cáo so với:" (no tabs after it) over "\tKỳ gốc 2019\tCùng kỳ năm trước\tTháng 12 năm trước\tTháng
    # trước" in a report on October 2027: changes on the base year, December and September, a growth on last October
    text = ("CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 10 NĂM 2027\n\n\tTháng báo cáo so với:\n"
            "\tKỳ gốc 2019\tCùng kỳ năm trước\tTháng 12 năm trước\tTháng trước\n"
            "Chỉ số giá chung\t119,10\t103,60\t102,20\t100,40\n")
    got = [(f.metric, f.value) for f, _ in find_table_figures(build_layout(text))]
    assert got == [("change_pct", pytest.approx(19.1)), ("yoy_pct", pytest.approx(3.6)),
                   ("change_pct", pytest.approx(2.2)), ("change_pct", pytest.approx(0.4))]
    # near miss: a header row below a head that says no base keeps its own heads ("Kỳ gốc 2019" alone is no change)
    assert not classify_header("Tháng báo cáo").ratio


def test_a_spaced_index_table_whose_heads_name_only_their_bases() -> None:
    # "Kỳ gốc 2024   Tháng 8/2026   Tháng 7/2027" set with spaces under "Chỉ số giá tiêu dùng tháng 8 năm 2027": the
    # index against each base (was: each base month's level, counted)
    text = ("Chỉ số giá tiêu dùng tháng 8 năm 2027\n"
            "                         Kỳ gốc 2024     Tháng 8/2026     Tháng 7/2027\n"
            "Chỉ số giá chung           107,20          102,90           100,30\n")
    got = [(f.metric, f.value) for f, _ in find_lined_table_figures(build_layout(text))[0]]
    assert got == [("change_pct", pytest.approx(7.2)), ("yoy_pct", pytest.approx(2.9)),
                   ("change_pct", pytest.approx(0.3))]
    # near miss: the same months over amounts, under no index, are the levels of those months
    amounts = ("Doanh thu du lịch\n"
               "Chỉ tiêu                 Tháng 8/2026     Tháng 7/2027     Tháng 8/2027\n"
               "Doanh thu (tỷ đồng)        210              230              245\n")
    assert [f.metric for f, _ in find_lined_table_figures(build_layout(amounts))[0]] == ["level"] * 3


def test_an_index_table_whose_heads_name_only_their_bases() -> None:
    # "| Kỳ gốc 2024 | Tháng 3/2026 | Tháng 12/2026 | Tháng trước | Bình quân 3 tháng" over one row, the index of
    # March 2027 named by the row alone, with no "so với" anywhere: changes on the base year, December and February,
    # a growth on last March, the quarter's average a growth on the same months a year before
    text = ("Giá cả ổn định.\n\n"
            "\tKỳ gốc 2024\tTháng 3/2026\tTháng 12/2026\tTháng trước\tBình quân 3 tháng\n"
            "Chỉ số giá tiêu dùng tháng 3/2027\t105,40\t102,70\t101,10\t99,80\t102,30\n")
    march, quarter = (dt.date(2027, 3, 1), dt.date(2027, 3, 31)), (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    got = [(f.metric, f.value, x.get("period")) for f, x in find_table_figures(build_layout(text))]
    assert got == [("change_pct", pytest.approx(5.4), march), ("yoy_pct", pytest.approx(2.7), march),
                   ("change_pct", pytest.approx(1.1), march), ("change_pct", pytest.approx(-0.2), march),
                   ("yoy_pct", pytest.approx(2.3), quarter)]
    # the same heads under a title naming the index, its rows the index's groups
    titled = ("CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 3 NĂM 2027\n\n\tKỳ gốc 2024\tCùng kỳ năm trước\tTháng trước\n"
              "Giáo dục\t108,20\t104,50\t100,00\n")
    assert [f.metric for f, _ in find_table_figures(build_layout(titled))] == ["change_pct", "yoy_pct", "change_pct"]
    # near miss: beside amounts, with no index named, last year's same period is a level of last year
    amounts = ("Chỉ tiêu\tĐVT\tCùng kỳ năm trước\tTháng 3/2027\n"
               "Doanh thu dịch vụ lưu trú\tTỷ đồng\t210\t245\n")
    assert [(f.metric, f.value) for f, _ in find_table_figures(build_layout(amounts))] == [
        ("level", 210e9), ("level", 245e9)]


def test_a_spaced_tables_column_of_one_district_is_that_districts() -> None:
    # "Chỉ tiêu   ĐVT   Huyện Yên Mô   Huyện Kim Sơn   Toàn tỉnh" set with spaces: each district's column its figure
    # (its key and name), as in a tab table; near miss: the whole province's column is the report's own area's
    text = ("Tình hình kinh tế - xã hội 6 tháng năm 2027\n\n"
            "Chỉ tiêu           ĐVT     Huyện Yên Mô     Huyện Kim Sơn     Toàn tỉnh\n"
            "Diện tích ngô      ha      640              910               7.300\n")
    got = [(extra["label"], extra.get("locality"), f.value) for f, extra in find_lined_table_figures(
        build_layout(text))[0]]
    assert got == [("Diện tích ngô (Huyện Yên Mô)", "huyen_yen_mo", 640), ("Diện tích ngô (Huyện Kim Sơn)",
                    "huyen_kim_son", 910), ("Diện tích ngô", None, 7300)]


def test_a_spaced_tables_columns_take_the_thing_their_caption_names() -> None:
    # "Bảng 4. Diện tích, sản lượng ngô vụ Xuân theo xã" over "Xã   Diện tích (ha)   Sản lượng (tấn)" set with
    # spaces: each column the caption's quantity of maize ("Diện tích ngô"), as a tab table's columns are read
    caption = "Bảng 4. Diện tích, sản lượng ngô theo xã\n"
    table = ("Xã                 Diện tích (ha)     Sản lượng (tấn)\n"
             "Xã Tân Thành       420                2.310\n"
             "Toàn huyện         1.860              10.230\n")
    got = [extra["label"] for _, extra in find_lined_table_figures(build_layout(caption + table))[0]]
    assert got == ["Diện tích ngô (Xã Tân Thành)", "Sản lượng ngô (Xã Tân Thành)", "Diện tích ngô", "Sản lượng ngô"]
    # near miss: a caption naming none of the columns' quantities adds nothing to them
    other = "Bảng 4. Kết quả sản xuất vụ Xuân theo xã\n"
    assert [extra["label"] for _, extra in find_lined_table_figures(build_layout(other + table))[0]][:2] == [
        "Diện tích (Xã Tân Thành)", "Sản lượng (Xã Tân Thành)"]


def test_a_spaced_price_table_under_the_head_of_its_bases() -> None:
    # "Chỉ số giá tháng 4/2027 so với" set over the bases ("Kỳ gốc 2019 | Tháng 4/2026 | Tháng 3/2027"): changes on the
    # base year and the month before, a growth on the same month a year before, not levels of those months
    head = "                          Chỉ số giá tháng 4/2027 so với\n"
    table = ("Nhóm hàng            Kỳ gốc 2019    Tháng 4/2026    Tháng 3/2027\n"
             "Chỉ số giá chung     115,60         102,80          100,30\n")
    got = [(f.metric, f.value) for f, _ in find_lined_table_figures(build_layout(head + table))[0]]
    assert got == [("change_pct", pytest.approx(15.6)), ("yoy_pct", pytest.approx(2.8)),
                   ("change_pct", pytest.approx(0.3))]
    # near miss: a title above that compares nothing leaves the heads as they are (the months' own figures)
    got = [f.metric for f, _ in find_lined_table_figures(build_layout("          Giá tiêu dùng\n" + table))[0]]
    assert "change_pct" not in got and "yoy_pct" not in got


def test_a_spaced_tables_row_of_one_district_is_that_districts() -> None:
    # "Địa phương   Kế hoạch   Thực hiện" set with spaces over "Huyện Đại Từ   1.250   1.310": the district's figures,
    # its key, as a tab table's row of one place; near miss: the whole province's row is the report's own area's
    text = ("Kết quả trồng rừng năm 2027\n\nĐơn vị tính: ha\n"
            "Địa phương          Kế hoạch     Thực hiện\n"
            "Huyện Đại Từ        1.250        1.310\n"
            "Toàn tỉnh           6.000        6.240\n")
    got = [(extra["label"], extra.get("locality"), f.value) for f, extra in find_lined_table_figures(
        build_layout(text))[0]]
    assert ("Huyện Đại Từ", "huyen_dai_tu", 1310) in got
    assert ("Toàn tỉnh", None, 6240) in got


def test_a_headers_heads_going_on_below_the_names_head_are_no_row() -> None:
    # "Địa phương | Kế hoạch | Thực hiện" over "| năm 2027 | 9 tháng": the heads wrapped onto a second row under the
    # rows' names' head, no row of figures (2027 is no amount); near miss: the district's row below is read, of the
    # nine months the merged heads name
    text = ("Đơn vị tính: ha\nĐịa phương\tKế hoạch\tThực hiện\n\tnăm 2027\t9 tháng\n"
            "Huyện Đại Từ\t1.250\t1.010\n")
    got = [(f.metric, f.value, extra.get("period")) for f, extra in find_table_figures(build_layout(text))]
    assert 2027 not in [v for _, v, _ in got] and 9 not in [v for _, v, _ in got]
    assert ("level", 1010, (dt.date(2027, 1, 1), dt.date(2027, 9, 30))) in got


def test_a_unit_closing_a_tables_caption_is_its_cells_unit() -> None:
    # the caption ends on the unit in brackets, no unit line: the rows' amounts are money, not counts
    from orchestration.extraction import extract_document
    text = ("BÁO CÁO\nTình hình chi ngân sách năm 2025\n\nBiểu 3. Chi ngân sách địa phương theo lĩnh vực năm 2025 "
            "(tỷ đồng)\nTT\tNội dung\tDự toán năm 2025\tThực hiện năm 2025\n1\tChi đầu tư phát triển\t845\t812,6\n")
    budgets = extract_document(text.encode(), "probe.txt").tables["budgets"].to_dicts()
    assert sorted((r["value"], r["unit"]) for r in budgets) == [(812.6e9, "VND"), (845e9, "VND")]
    # near miss: brackets that hold no unit leave the amounts as the columns say them
    other = text.replace("(tỷ đồng)", "(giá hiện hành)")
    assert all(r["unit"] != "VND" for r in extract_document(other.encode(), "probe.txt").tables["budgets"].to_dicts())


def test_the_total_row_of_places_takes_the_titles_budget_item_only_as_the_places_rows_do() -> None:
    # a title naming public investment over districts' per cents: the districts' rows stay the districts' figures,
    # and so does the province's total row, "Toàn tỉnh" (was: labelled "vốn đầu tư công" alone)
    from orchestration.extraction import extract_document
    text = ("UBND TỈNH LÀO CAI\nBÁO CÁO\nKết quả giải ngân vốn đầu tư công năm 2025 theo huyện\n\n"
            "Đơn vị tính: %\n"
            "Huyện\tKế hoạch\tThực hiện 9 tháng\nHuyện Mường Khương\t80,0\t64,5\nToàn tỉnh\t80,0\t61,2\n")
    rows = extract_document(text.encode(), "probe.txt").tables["indicators"].to_dicts()
    assert {r["indicator_label"] for r in rows} == {"Huyện Mường Khương", "Toàn tỉnh"}
    # near miss: in money the total row is the province's capital the title names, as each district's row is its own
    money = text.replace("Đơn vị tính: %", "Đơn vị tính: tỷ đồng")
    budgets = extract_document(money.encode(), "probe.txt").tables["budgets"].to_dicts()
    assert {(r["locality"], r["budget_item"], r["value"]) for r in budgets} == {
        ("huyen_muong_khuong", "public_investment", 80e9), ("huyen_muong_khuong", "public_investment", 64.5e9),
        (None, "public_investment", 80e9), (None, "public_investment", 61.2e9)}


def test_a_unit_head_under_a_blank_goes_on_the_header_above() -> None:
    # "| | Thực hiện | Ước tính | …" over "| ĐVT | tháng 3/2027 | tháng 4/2027 | …": the header's second row (was: a
    # row "ĐVT" of figures 3 and 4, and the rows' amounts counts, their growths levels)
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội tháng 4 năm 2027\n\n"
            "\t\tThực hiện\tƯớc tính\tTháng 4/2027\n"
            "\tĐVT\ttháng 3/2027\ttháng 4/2027\tso cùng kỳ (%)\n"
            "Sản lượng điện sản xuất\tTriệu kWh\t410\t432\t106,3\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert sorted(rows) == [6.3, 410e6, 432e6]
    assert rows[6.3]["metric"] == "yoy_pct" and rows[432e6]["qualifier"] == "estimate"
    assert str(rows[410e6]["period_start"]) == "2027-03-01"
    # near miss: a row's name there, its cells figures, opens the rows
    rows = indicator_rows(text.replace("\tĐVT\ttháng 3/2027\ttháng 4/2027\tso cùng kỳ (%)\n",
                                       "\tTổng số\t1.250\t1.300\t104,0\n"))
    assert 1250 in {r["value"] for r in rows}


def test_a_settlements_column_is_what_the_budget_came_to() -> None:
    # "Dự toán | Quyết toán | So sánh (%)" in a council's settlement of a year: the settled accounts are the actual
    # (was: the column unread)
    from orchestration.extraction import extract_document
    text = ("HĐND TỈNH CAO BẰNG\nNGHỊ QUYẾT\nPhê chuẩn quyết toán ngân sách địa phương năm 2024\n\n"
            "Đơn vị: triệu đồng\nSTT\tNội dung\tDự toán\tQuyết toán\tSo sánh (%)\n"
            "I\tChi thường xuyên\t6.200.000\t6.450.000\t104,0\n")
    budgets = extract_document(text.encode(), "probe.txt").tables["budgets"].to_dicts()
    assert {(r["measure"], r["value"]) for r in budgets} == {
        ("plan", 6200e9), ("actual", 6450e9), ("plan_pct", 104.0)}
    # near miss: the plan's own column stays the plan
    assert classify_header("Dự toán được duyệt").metric == "target"


def test_a_ratio_over_the_year_befores_actual_is_a_growth() -> None:
    # "So sánh (%)" over "UTH/KH | UTH/TH 2026" in a plan's appendix for 2027: the estimate as a percentage of 2026's
    # actual, a growth in 2027 (was: a share of a plan)
    text = ("BÁO CÁO\nTình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2027\n\n"
            "Chỉ tiêu\tĐVT\tThực hiện năm 2026\tKế hoạch năm 2027\tƯớc thực hiện năm 2027\tSo sánh (%) UTH/KH\t"
            "So sánh (%) UTH/TH 2026\n"
            "Tổng vốn đầu tư toàn xã hội\tTỷ đồng\t30.100\t33.000\t33.600\t101,8\t111,6\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert rows[11.6]["metric"] == "yoy_pct" and str(rows[11.6]["period_start"]) == "2027-01-01"
    assert rows[101.8]["metric"] == "plan_pct"
    # near miss: a part of a year over a whole year's actual is no growth
    assert classify_header("UTH 9 tháng/TH 2026").metric != "yoy_pct"


def test_a_note_in_brackets_between_a_caption_and_its_unit_line() -> None:
    # "Biểu 04: Diện tích cây lâu năm" / "(Tính đến ngày 20/6/2027)" / "Đơn vị tính: ha": the note stands between the
    # caption and the header, the total row is still the caption's subject (was: a bare "Tổng số")
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\nBiểu 04: Diện tích cây lâu năm\n"
            "(Tính đến ngày 20/6/2027)\nĐơn vị tính: ha\n"
            "\tCùng kỳ năm trước\tKỳ báo cáo\nTổng số\t41.300\t41.950\nCây cà phê\t18.200\t18.400\n")
    rows = {r["value"]: r for r in indicator_rows(text)}
    assert rows[41950]["indicator_label"] == "Diện tích cây lâu năm"
    # near miss: a line of words that is no note cuts the caption off
    words = text.replace("(Tính đến ngày 20/6/2027)", "Số liệu sơ bộ của ngành.")
    rows = {r["value"]: r for r in indicator_rows(words)}
    assert rows[41950]["indicator_label"] == "Tổng số"


def test_notes_in_brackets_after_a_captions_unit_are_no_part_of_its_subject() -> None:
    # "Bảng 3: Giá trị sản xuất công nghiệp" / "(Đơn vị: tỷ đồng)" / "(Theo giá so sánh 2010)": the layout joins the
    # three lines; the subject is the caption's words, without the unit and the note after it
    text = ("Bảng 3: Giá trị sản xuất công nghiệp\n(Đơn vị: tỷ đồng)\n(Theo giá so sánh 2010)\n"
            "\tNăm 2026\tNăm 2027\nTổng số\t61.300\t66.450\n")
    assert {x["label"] for _, x in find_table_figures(build_layout(text))} == {"Giá trị sản xuất công nghiệp"}
    # near miss: words in brackets that are no note (nor after the unit) stay in the subject
    named = text.replace("nghiệp\n(Đơn vị", "nghiệp (không kể điện)\n(Đơn vị")
    assert {x["label"] for _, x in find_table_figures(build_layout(named))} == {
        "Giá trị sản xuất công nghiệp (không kể điện)"}


def test_a_bulletins_columns_of_days_are_each_days_and_their_total_the_titles_span() -> None:
    # a flood bulletin's table over two days and their sum: each day's damage is that day's, the sum the span of days
    # the title names (not the year so far a bare "Lũy kế" counts in a monthly report)
    text = ("BÁO CÁO NHANH\nThiệt hại do mưa lũ từ ngày 3/11 đến 5/11/2027\n\n"
            "Các địa phương đã báo cáo thiệt hại như sau:\n"
            "Thiệt hại\tĐVT\tNgày 4/11\tNgày 5/11\tLũy kế\n"
            "Người chết\tngười\t2\t1\t3\nNhà bị ngập\tnhà\t410\t95\t505\n")
    got = {(r["impact"], r["value"], str(r["period_start"]), str(r["period_end"])) for r in _disaster_rows(text)}
    assert got == {("deaths", 2, "2027-11-04", "2027-11-04"), ("deaths", 1, "2027-11-05", "2027-11-05"),
                   ("deaths", 3, "2027-11-03", "2027-11-05"), ("houses_damaged", 410, "2027-11-04", "2027-11-04"),
                   ("houses_damaged", 95, "2027-11-05", "2027-11-05"),
                   ("houses_damaged", 505, "2027-11-03", "2027-11-05")}
    # with no span named, the total runs from the first day's column to the last's
    assert classify_header("Ngày 4/11/2027").period == (dt.date(2027, 11, 4), dt.date(2027, 11, 4))
    layout = build_layout("Thiệt hại\tĐVT\tNgày 4/11/2027\tNgày 5/11/2027\tTổng cộng\nNgười chết\tngười\t2\t1\t3\n")
    periods = {f.value: extra["period"] for f, extra in read_tab_tables(layout, 2027)[0]}
    assert periods[3] == (dt.date(2027, 11, 4), dt.date(2027, 11, 5))


def test_a_bare_running_total_of_a_week_or_of_months_counts_from_january() -> None:
    # near misses: "Lũy kế" in a week's report, or beside months, stays the year so far; a "27/10" with no "Ngày"
    # and no year is no head of a day
    layout = build_layout("BÁO CÁO TUẦN 44\n(từ ngày 26/10 đến 01/11/2027)\n\n"
                          "Chỉ tiêu\tĐVT\tTrong tuần\tLũy kế\nSố vụ cháy\tvụ\t2\t31\n")
    periods = {f.value: extra.get("period") for f, extra in read_tab_tables(layout, 2027)[0]}
    assert periods[31] == (dt.date(2027, 1, 1), dt.date(2027, 11, 1))
    assert classify_header("27/10").role != "value" or classify_header("27/10").period is None
    assert classify_header("Tổng cộng").role == "skip"


def test_damage_heading_the_first_column_names_the_rows_kinds() -> None:
    # "Thiệt hại" over the first column of a damage table with no other column of names: each row a kind of damage;
    # beside places (or a column of names) it stays no column of names
    layout = build_layout("STT\tThiệt hại\tĐVT\tSố lượng\n1\tNhà bị sập\tnhà\t12\n")
    assert [(extra["label"], f.value) for f, extra in read_tab_tables(layout, 2027)[0]] == [("Nhà bị sập", 12)]
    layout = build_layout("Huyện\tThiệt hại\tNgười chết (người)\nHuyện Mường Tè\t\t2\n")
    assert [f.value for f, extra in read_tab_tables(layout, 2027)[0]] == [2]


def test_a_ward_named_with_its_number_is_a_rows_place() -> None:
    # the two-level local government numbers some wards of one old town ("Phường Long Xuyên 2"): the row is that
    # ward's; a year or a count after the name is no part of it
    from orchestration.extraction.tables import _a_place

    assert _a_place("Phường Long Xuyên 2") == ("Phường Long Xuyên 2", "phuong_long_xuyen_2")
    assert _a_place("Phường Long Xuyên 2026") is None and _a_place("Xã Tân Phú 3 thôn") is None
    layout = build_layout("Xã, phường\tDự toán năm 2027 (tỷ đồng)\nPhường Long Xuyên 2\t85\n")
    assert [extra.get("locality") for _, extra in read_tab_tables(layout, 2027)[0]] == ["phuong_long_xuyen_2"]


def test_a_totals_column_beside_a_column_of_places_is_each_places_figure() -> None:
    # "Xã | Tổng số": each commune's own figure (its parts would stand in the row); with no column of places, "Tổng
    # cộng" heads no column (near miss)
    layout = build_layout("Xã\tTổng số\nXã Nậm Nhùn\t42\n")
    assert [(f.value, extra.get("locality")) for f, extra in read_tab_tables(layout, 2027)[0]] == [(42, "xa_nam_nhun")]
    layout = build_layout("Chỉ tiêu\tĐVT\tTổng cộng\nNgười chết\tngười\t4\n")
    assert read_tab_tables(layout, 2027)[0] == []


def test_a_price_column_named_with_its_month_and_the_change_on_the_month_before() -> None:
    # (a market report: each price column that month's price of the row's goods; the change after them is the later
    # month's on the earlier, no growth on the year before and no share of a plan)
    table = ("Hàng hóa\tĐVT\tGiá tháng 8/2026 (đồng)\tGiá tháng 9/2026 (đồng)\tTăng/giảm (%)\n"
             "Đường kính trắng\tkg\t21.000\t21.600\t2,9\n")
    got = [(extra["label"], f.metric, f.value, f.unit, extra.get("period")) for f, extra
           in find_table_figures(build_layout(table))]
    august, september = (dt.date(2026, 8, 1), dt.date(2026, 8, 31)), (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert got == [("Giá (Đường kính trắng)", "level", 21000, "VND", august),
                   ("Giá (Đường kính trắng)", "level", 21600, "VND", september),
                   ("Giá (Đường kính trắng)", "change_pct", 2.9, "pct", september)]
    # (near misses: the same month of two years compared is a growth; a note's head with a year stays no column)
    yearly = ("Hàng hóa\tGiá tháng 9/2025 (đồng)\tGiá tháng 9/2026 (đồng)\tTăng/giảm (%)\n"
              "Đường kính trắng\t20.000\t21.600\t8,0\n")
    assert [f.metric for f, _ in find_table_figures(build_layout(yearly))] == ["level", "level", "yoy_pct"]
    assert classify_header("Ghi chú năm 2026 (đồng)").role == "skip"
    assert classify_header("Hàng hóa xuất khẩu").role != "label"


def test_a_second_header_row_may_name_the_years_a_comparison_spans() -> None:
    # ("So sánh (%)" over "2026/2025" on the header's second line: the growth of 2026, no row of figures)
    table = ("| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Ước thực hiện | So sánh (%) |\n"
             "|    |          |             |          | năm 2026      | 2026/2025   |\n"
             "|---|---|---|---|---|---|\n"
             "| 1 | Sản lượng cà phê | Tấn | 480.000 | 505.000 | 105,2 |\n")
    got = [(f.metric, f.value) for f, _ in find_table_figures(build_layout(table))]
    assert got == [("level", 480000), ("level", 505000), ("yoy_pct", 5.2)]
    # (near miss: a row of years alone, no word among them, is no header's)
    assert not a_second_header_row(["", "", "2025", "2026/2025"], ["TT", "Chỉ tiêu", "Năm", "So sánh (%)"])


def test_a_price_in_the_reports_month_and_the_month_before() -> None:
    # ("Giá bình quân tháng trước | Giá bình quân tháng này" in a report on June: May's price and June's, and the
    # change after them June's on May)
    table = ("BÁO CÁO\nTình hình giá cả thị trường tháng 6 năm 2027\n\n"
             "Mặt hàng\tĐơn vị tính\tGiá bình quân tháng trước\tGiá bình quân tháng này\tTăng/giảm (%)\n"
             "Cà chua\tđồng/kg\t16.000\t14.000\t-12,5\n")
    got = [(f.metric, f.value, f.unit, extra.get("period")) for f, extra in find_table_figures(build_layout(table))]
    may, june = (dt.date(2027, 5, 1), dt.date(2027, 5, 31)), (dt.date(2027, 6, 1), dt.date(2027, 6, 30))
    assert got == [("level", 16000, "VND", may), ("level", 14000, "VND", june), ("change_pct", -12.5, "pct", june)]
    # (near misses: an index of the month before is a base, no price; a price against the month before a change)
    assert classify_header("Chỉ số giá tháng trước").role == "skip"
    assert classify_header("Giá so với tháng trước (%)").metric == "change_pct"


def test_a_quantity_named_with_its_time_beside_a_unit_column_is_in_the_rows_unit() -> None:
    # (a market report whose prices name their month but not their unit: each row says its own, "đồng/kg")
    def read(table: str) -> list[tuple]:
        return [(extra["label"], f.metric, f.value, f.unit, extra.get("period")) for f, extra
                in find_table_figures(build_layout(table))]

    got = read("Mặt hàng\tĐVT\tGiá tháng 5/2026\tGiá tháng 6/2026\tTăng/giảm (%)\n"
               "Cà phê nhân\tđồng/kg\t98.000\t101.500\t3,6\n")
    # (read as the same prices with their unit in brackets are: each month's price, the change on the month before)
    assert got == read("Mặt hàng\tGiá tháng 5/2026 (đồng/kg)\tGiá tháng 6/2026 (đồng/kg)\tTăng/giảm (%)\n"
                       "Cà phê nhân\t98.000\t101.500\t3,6\n")
    may, june = (dt.date(2026, 5, 1), dt.date(2026, 5, 31)), (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert [(metric, value, period) for _, metric, value, _, period in got] == [
        ("level", 98000, may), ("level", 101500, june), ("change_pct", 3.6, june)]
    # (the same header stacked one cell a line under its numbers' head)
    stacked = "TT\nMặt hàng\nĐVT\nGiá tháng 5/2026\nGiá tháng 6/2026\n1\nCà phê nhân\nđồng/kg\n98.000\n101.500\n" \
              "2\nHồ tiêu\nđồng/kg\n140.000\n138.000\n"
    got = [(f.value, f.unit, extra.get("period")) for f, extra in find_lined_table_figures(build_layout(stacked))[0]]
    assert got[:2] == [(98000, "VND", may), (101500, "VND", june)]
    # (near misses: with no unit column the head stays no column; a note's head with a year never names a quantity)
    unitless = "Mặt hàng\tGiá tháng 5/2026\tGiá tháng 6/2026\nCà phê nhân\t98.000\t101.500\n"
    assert find_table_figures(build_layout(unitless)) == []
    noted = "Mặt hàng\tĐVT\tGhi chú năm 2026\tGiá tháng 6/2026 (đồng)\nCà phê nhân\tđồng/kg\t5\t101.500\n"
    assert [f.value for f, _ in find_table_figures(build_layout(noted))] == [101500]


def test_a_note_under_a_table_marks_a_years_column_as_estimates() -> None:
    # ("(1) Số liệu năm 2027 là số ước tính." under the rows: that year's figures are estimates, its growth too)
    table = ("Chỉ tiêu\tĐVT\tNăm 2026\tNăm 2027\tSo sánh (%)\n"
             "Sản lượng thủy sản\ttấn\t84.000\t88.500\t105,4\n"
             "\n(1) Số liệu năm 2027 là số ước tính.\n")
    assert [(f.value, f.qualifier) for f, _ in find_table_figures(build_layout(table))] == [
        (84000, "exact"), (88500, "estimate"), (5.4, "estimate")]
    # (a mark on one head, "(*)", and its note: that column's alone; the mark is no part of the head's words)
    marked = ("Chỉ tiêu\tĐVT\tNăm 2026\tNăm 2027 (*)\n"
              "Sản lượng thủy sản\ttấn\t84.000\t88.500\n"
              "\n(*) Số ước tính\n")
    assert [(f.value, f.qualifier) for f, _ in find_table_figures(build_layout(marked))] == [
        (84000, "exact"), (88500, "estimate")]
    # (near misses: a note of another kind, or one far below the table under more text, marks nothing)
    other = table.replace("là số ước tính", "tính theo giá hiện hành")
    assert {f.qualifier for f, _ in find_table_figures(build_layout(other))} == {"exact"}
    far = table.replace("\n(1)", "\nDòng một.\nDòng hai.\nDòng ba.\nDòng bốn.\n(1)")
    assert {f.qualifier for f, _ in find_table_figures(build_layout(far))} == {"exact"}


def test_a_note_naming_a_month_or_a_quarter_marks_that_columns_estimates_alone() -> None:
    # ("Số liệu tháng 8/2027 là số ước tính" under "Tháng 7/2027 | Tháng 8/2027 | Cộng dồn 8 tháng": August's column
    # alone is estimated, not July's nor the months added up, though all are of 2027)
    months = ("Chỉ tiêu\tĐVT\tTháng 7/2027\tTháng 8/2027\tCộng dồn 8 tháng năm 2027\n"
              "Sản lượng thủy sản\ttấn\t4.100\t4.250\t32.600\n"
              "\n(*) Số liệu tháng 8/2027 là số ước tính.\n")
    assert [(f.value, f.qualifier) for f, _ in find_table_figures(build_layout(months))] == [
        (4100, "exact"), (4250, "estimate"), (32600, "exact")]
    # (a note opening on the quarter itself, "Quý II/2027 là số ước thực hiện": that quarter's column)
    quarters = ("Chỉ tiêu\tQuý I/2027\tQuý II/2027\n"
                "Thu nội địa (tỷ đồng)\t1.840\t2.015\n"
                "\nGhi chú: Quý II/2027 là số ước thực hiện.\n")
    assert [(f.value, f.qualifier) for f, _ in find_table_figures(build_layout(quarters))] == [
        (1840e9, "exact"), (2015e9, "estimate")]
    # (near misses: a note naming a quarter the table has no column of marks none; a quarter's note of another kind,
    # none)
    other = quarters.replace("Quý II/2027 là", "Quý III/2027 là")
    assert {f.qualifier for f, _ in find_table_figures(build_layout(other))} == {"exact"}
    sourced = quarters.replace("là số ước thực hiện", "gồm cả số thu hồi hoàn thuế")
    assert {f.qualifier for f, _ in find_table_figures(build_layout(sourced))} == {"exact"}


def test_a_note_under_a_spaced_or_a_cell_a_line_table_marks_its_estimates() -> None:
    # (the estimates' note read under a table set with spaces, and under a numbered one laid out a cell a line, as
    # under a tab table: the year it names, or the column its mark is on)
    spaced = ("Chỉ tiêu                   ĐVT      Năm 2025    Năm 2026\n"
              "Diện tích cây cà phê       ha       21.400      22.050\n"
              "Sản lượng cà phê nhân      tấn      61.300      63.900\n"
              "\n(1) Số liệu năm 2026 là số ước tính.\n")
    assert [(f.value, f.qualifier) for f, _ in find_lined_table_figures(build_layout(spaced))[0]] == [
        (21400, "exact"), (22050, "estimate"), (61300, "exact"), (63900, "estimate")]
    stacked = ("STT\nChỉ tiêu\nĐVT\nNăm 2025\nNăm 2026 (*)\n1\nDiện tích cây cà phê\nha\n21.400\n22.050\n"
               "2\nSản lượng cà phê nhân\ntấn\n61.300\n63.900\n(*) Số ước tính\n")
    assert [(f.value, f.qualifier) for f, _ in find_lined_table_figures(build_layout(stacked))[0]] == [
        (21400, "exact"), (22050, "estimate"), (61300, "exact"), (63900, "estimate")]
    # (near misses: a note of where the figures come from marks nothing; a mark on no head of the table, nothing)
    sourced = spaced.replace("Số liệu năm 2026 là số ước tính.", "Số liệu do Sở Nông nghiệp cung cấp.")
    assert {f.qualifier for f, _ in find_lined_table_figures(build_layout(sourced))[0]} == {"exact"}
    unmarked = stacked.replace("Năm 2026 (*)", "Năm 2026")
    assert {f.qualifier for f, _ in find_lined_table_figures(build_layout(unmarked))[0]} == {"exact"}


def test_a_table_whose_rows_are_months_dates_each_rows_counts_by_its_month() -> None:
    # ("Tháng | Số vụ | Số người chết | Số người bị thương" under a lead-in naming traffic accidents: each row's counts
    # are of its month, of the report's year when it names none; the total row, the months it adds up)
    table = ("Diễn biến tai nạn giao thông 6 tháng đầu năm:\n"
             "| Tháng | Số vụ | Số người chết | Số người bị thương |\n|---|---|---|---|\n"
             "| Tháng 4 | 9 | 6 | 5 |\n| Tháng 5/2027 | 12 | 7 | 10 |\n| Cộng | 21 | 13 | 15 |\n")
    got = [(f.value, x["label"], x.get("period")) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    april, may = (dt.date(2027, 4, 1), dt.date(2027, 4, 30)), (dt.date(2027, 5, 1), dt.date(2027, 5, 31))
    assert got[:4] == [(9, "Số vụ tai nạn giao thông", april), (6, "Số người chết do tai nạn giao thông", april),
                       (5, "Số người bị thương do tai nạn giao thông", april), (12, "Số vụ tai nạn giao thông", may)]
    both = (april[0], may[1])
    assert [(v, p) for v, _, p in got[6:]] == [(21, both), (13, both), (15, both)]
    # (near misses: with no accident named above, the counts keep their own heads; a row naming no month keeps its
    # label and no month; a head of words that count nothing leaves the table unread as before)
    plain = table.replace("Diễn biến tai nạn giao thông 6 tháng đầu năm:\n", "")
    assert [x["label"] for _, x in read_tab_tables(build_layout(plain), 2027)[0]][:3] == [
        "Số vụ", "Số người chết", "Số người bị thương"]
    odd = table.replace("| Tháng 4 |", "| Đợt cao điểm |")
    first = read_tab_tables(build_layout(odd), 2027)[0][0][1]
    assert (first["label"], first.get("period")) == ("Số vụ tai nạn giao thông (Đợt cao điểm)", None)
    noted = "| Tháng | Ghi chú |\n|---|---|\n| Tháng 4 | 9 |\n"
    assert read_tab_tables(build_layout(noted), 2027)[0] == []


def test_a_weeks_column_is_what_that_week_came_to() -> None:
    # ("Mặt hàng | Tuần 31 | Tuần 32" in a price bulletin of 2026: each column the prices of that ISO week of the
    # report's year; "Tuần 32/2026" names its year itself)
    table = ("Mặt hàng\tĐVT\tTuần 31\tTuần 32/2026\n"
             "Cà phê nhân\tđồng/kg\t118.000\t121.500\n")
    got = _values_and_periods(table)
    assert got == [(118000, (dt.date(2026, 7, 27), dt.date(2026, 8, 2))),
                   (121500, (dt.date(2026, 8, 3), dt.date(2026, 8, 9)))]
    # (near misses: a week's head with no year anywhere is no column; a head of words about weeks is none)
    assert read_tab_tables(build_layout(table.replace("/2026", "")), None)[0] == []
    assert classify_header("Tuần lễ cao điểm").role == "skip"


def test_the_total_row_of_a_table_of_months_adds_up_the_months_it_lists() -> None:
    # ("Tháng 10 | 14", "Tháng 11 | 11", "Tháng 12 | 16", then "Tổng cộng | 41" in a report on the whole year: October
    # to December, not the year)
    table = ("Tai nạn giao thông quý cuối năm:\nTháng\tSố vụ\tSố người chết\n"
             "Tháng 10\t14\t9\nTháng 11\t11\t7\nTháng 12\t16\t10\nTổng cộng\t41\t26\n")
    got = {(f.value, x.get("period")) for f, x in read_tab_tables(build_layout(table), 2026)[0]}
    quarter = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert {(41, quarter), (26, quarter)} <= got
    # (near miss: a total over rows of places keeps no months)
    places = table.replace("Tháng\tSố vụ", "Xã\tSố vụ").replace("Tháng 1", "Xã Hòa 1")
    assert {x.get("period") for _, x in read_tab_tables(build_layout(places), 2026)[0]} == {None}


def test_a_titles_subject_ends_before_phan_theo() -> None:
    # ("Chỉ số sản xuất công nghiệp phân theo ngành" over "Toàn ngành | 108,4": the whole branch's row is the index,
    # not "… công nghiệp phân"; "phân bón" is a noun of the subject, kept)
    for title, subject in (("Chỉ số sản xuất công nghiệp phân theo ngành cấp I", "Chỉ số sản xuất công nghiệp"),
                           ("Chỉ số sản xuất phân bón theo ngành", "Chỉ số sản xuất phân bón")):
        text = f"{title}\nNgành\tTháng 5/2027 so với cùng kỳ (%)\nToàn ngành\t108,4\nKhai khoáng\t96,2\n"
        assert [x["label"] for _, x in read_tab_tables(build_layout(text), 2027)[0]] == [subject, "Khai khoáng"]


def test_a_table_whose_rows_are_quarters_dates_each_row_by_its_quarter() -> None:
    # ("Quý | Số vụ cháy" over "Quý I | 7", "Quý 2/2027 | 5": each row's count of its quarter, the report's year when
    # the row names none; the total row, the quarters it adds up)
    table = "Quý\tSố vụ cháy\nQuý I\t7\nQuý 2/2027\t5\nCộng\t12\n"
    got = [(f.value, x.get("period")) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got == [(7, (dt.date(2027, 1, 1), dt.date(2027, 3, 31))), (5, (dt.date(2027, 4, 1), dt.date(2027, 6, 30))),
                   (12, (dt.date(2027, 1, 1), dt.date(2027, 6, 30)))]
    # (near miss: a row naming no quarter keeps no time of its own)
    odd = table.replace("Quý I\t", "Đợt 1\t")
    assert read_tab_tables(build_layout(odd), 2027)[0][0][1].get("period") is None


def test_a_table_of_months_counts_its_visitors_and_dates_a_total_by_the_time_it_names() -> None:
    # ("Tháng | Tổng lượt khách | Khách nội địa | Doanh thu (tỷ đồng)": each month's visits, "tổng" before the noun
    # counted as "Tổng số" is, "Khách nội địa" a count of visits; "Cộng quý II" the quarter the months add up to,
    # "Lũy kế 5 tháng" the months so far)
    table = (
        "| Tháng | Tổng lượt khách | Khách nội địa | Doanh thu (tỷ đồng) |\n|---|---|---|---|\n"
        "| Tháng 4 | 84.000 | 80.500 | 215 |\n| Tháng 5 | 91.200 | 88.000 | 240 |\n"
        "| Cộng quý II | 175.200 | 168.500 | 455 |\n| Lũy kế 5 tháng | 300.000 | 290.000 | 780 |\n"
    )
    got = [(f.value, f.unit, x["label"], x.get("period")) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    april = (dt.date(2027, 4, 1), dt.date(2027, 4, 30))
    assert got[:3] == [
        (84000, "visit", "Tổng lượt khách", april),
        (80500, "visit", "Khách nội địa", april),
        (215e9, "VND", "Doanh thu", april),
    ]
    quarter, so_far = (dt.date(2027, 4, 1), dt.date(2027, 6, 30)), (dt.date(2027, 1, 1), dt.date(2027, 5, 31))
    assert [v for v, _, _, _ in got[6:]] == [175200, 168500, 455e9, 300000, 290000, 780e9]
    assert [p for _, _, _, p in got[6:]] == [quarter] * 3 + [so_far] * 3
    # (near misses: "tổng" before words that count nothing, "Tổng thu", names no count; a bare total after the months
    # still adds up the months its rows name)
    money = table.replace("Tổng lượt khách", "Tổng thu")
    assert 84000 not in [f.value for f, _ in read_tab_tables(build_layout(money), 2027)[0]]
    bare = table.replace("Cộng quý II", "Cộng").replace("| Lũy kế 5 tháng | 300.000 | 290.000 | 780 |\n", "")
    assert read_tab_tables(build_layout(bare), 2027)[0][-1][1].get("period") == (april[0], dt.date(2027, 5, 31))


def test_a_table_of_times_reads_its_rates_and_the_changes_of_the_quantity_before() -> None:
    # ("Tháng | Lượt khách | So cùng kỳ (%) | Công suất phòng (%)": each month's visits, their growth on the same month
    # a year before named by them, and the occupancy rate itself, no share of a plan the table does not have)
    table = (
        "| Tháng | Lượt khách | So cùng kỳ (%) | Công suất phòng (%) |\n|---|---|---|---|\n"
        "| Tháng 7 | 95.000 | 110,4 | 58,2 |\n"
    )
    got = [(x["label"], f.metric, round(f.value, 1)) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got == [("Lượt khách", "level", 95000), ("Lượt khách", "yoy_pct", 10.4), ("Công suất phòng", "level", 58.2)]
    # (near miss: a per cent naming a plan is no rate of each month)
    planned = table.replace("Công suất phòng (%)", "Tỷ lệ so với kế hoạch (%)")
    assert ("level", 58.2) not in [(f.metric, f.value) for f, _ in read_tab_tables(build_layout(planned), 2027)[0]]


def test_a_rows_name_of_a_total_before_its_noun_counts_that_noun() -> None:
    # ("Chỉ tiêu | Tháng 1 | Tháng 2" over "Tổng lượt khách | 41.000 | 45.500": visits, "tổng" before the noun as "Tổng
    # số" is)
    table = "Chỉ tiêu\tTháng 1\tTháng 2\nTổng lượt khách\t41.000\t45.500\n"
    assert {f.unit for f, _ in read_tab_tables(build_layout(table), 2027)[0]} == {"visit"}
    # (near miss: "tổng" before words that count nothing names no unit)
    money = table.replace("Tổng lượt khách", "Tổng vốn huy động")
    assert {f.unit for f, _ in read_tab_tables(build_layout(money), 2027)[0]} == {"count"}


def test_rows_of_bare_month_or_quarter_numbers_and_rows_under_a_time_head() -> None:
    # ("Tháng | Số vụ cháy" over "1 | 4": January; under "Quý", "2" is the second quarter; "Thời gian" heads rows of
    # months, quarters or years alike)
    months = "Tháng\tSố vụ cháy\n1\t4\n2\t6\nCộng\t10\n"
    got = [x.get("period") for _, x in read_tab_tables(build_layout(months), 2027)[0]]
    january, february = (dt.date(2027, 1, 1), dt.date(2027, 1, 31)), (dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert got == [january, february, (january[0], february[1])]
    quarters = months.replace("Tháng\t", "Quý\t")
    second = (dt.date(2027, 4, 1), dt.date(2027, 6, 30))
    assert read_tab_tables(build_layout(quarters), 2027)[0][1][1]["period"] == second
    times = "Thời gian\tSố vụ cháy\nQuý I/2027\t9\nNăm 2026\t31\n"
    got = [(x.get("period"), x.get("year")) for _, x in read_tab_tables(build_layout(times), 2027)[0]]
    assert got == [((dt.date(2027, 1, 1), dt.date(2027, 3, 31)), None), (None, 2026)]
    # (near misses: a bare number under "Thời gian" names no time; a quarter past the fourth is none)
    for odd, k in ((times.replace("Quý I/2027", "3"), 0), (quarters.replace("\n2\t6", "\n5\t6"), 1)):
        assert read_tab_tables(build_layout(odd), 2027)[0][k][1].get("period") is None


def test_a_bare_money_head_of_a_table_of_times_is_the_trade_the_lines_above_name() -> None:
    # ("Khách du lịch đến tỉnh theo tháng" over "Tháng | Lượt khách | Doanh thu (tỷ đồng) | So cùng kỳ (%)": the
    # tourism revenue and its growth, "Doanh thu du lịch"; an export table's "Kim ngạch" likewise)
    table = (
        "Khách du lịch đến tỉnh theo tháng năm 2027\n\n"
        "Tháng\tLượt khách\tDoanh thu (tỷ đồng)\tSo cùng kỳ (%)\nTháng 5\t80.000\t210\t104,0\n"
    )
    got = [x["label"] for _, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got == ["Lượt khách", "Doanh thu du lịch", "Doanh thu du lịch"]
    exports = "Tình hình xuất khẩu các tháng\nTháng\tKim ngạch (triệu USD)\nTháng 5\t410\n"
    assert read_tab_tables(build_layout(exports), 2027)[0][0][1]["label"] == "Kim ngạch xuất khẩu"
    # (near misses: a head naming more words keeps them; with no trade above, the head stays as written)
    named = table.replace("Doanh thu (tỷ đồng)", "Doanh thu lưu trú (tỷ đồng)")
    assert read_tab_tables(build_layout(named), 2027)[0][1][1]["label"] == "Doanh thu lưu trú"
    plain = table.replace("Khách du lịch đến tỉnh theo tháng năm 2027", "Số liệu theo tháng")
    assert read_tab_tables(build_layout(plain), 2027)[0][1][1]["label"] == "Doanh thu"


def test_a_mergers_table_counts_each_kind_of_unit_before_and_after_and_its_fall() -> None:
    # ("Đơn vị hành chính | Trước sắp xếp | Sau sắp xếp | Giảm | Tỷ lệ giảm (%)" over "Phường | 24 | 9 | 15 | 62,5": the
    # wards counted on each side of the merger, named with the side; the fall, a change of the count, and its rate on
    # the count before; the rows are kinds of units, no places)
    table = (
        "| Đơn vị hành chính | Trước sắp xếp | Sau sắp xếp | Giảm | Tỷ lệ giảm (%) |\n|---|---|---|---|---|\n"
        "| Phường | 24 | 9 | 15 | 62,5 |\n"
    )
    got = [(x["label"], f.metric, f.value, f.unit_label) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got[:2] == [("Phường trước sắp xếp", "level", 24, "phường"), ("Phường sau sắp xếp", "level", 9, "phường")]
    assert got[2:] == [("Phường", "yoy_abs", -15, "phường"), ("Phường", "change_pct", -62.5, None)]
    # (rows of districts keep their places, each side named after the place)
    places = "STT\tHuyện\tTrước sắp xếp\tSau sắp xếp\n1\tHuyện Lâm Thao\t14\t6\n"
    got = [(x["label"], x.get("locality")) for _, x in read_tab_tables(build_layout(places), 2027)[0]]
    assert got == [("Huyện Lâm Thao trước sắp xếp", "huyen_lam_thao"), ("Huyện Lâm Thao sau sắp xếp", "huyen_lam_thao")]
    # (near miss: "Giảm" with no merger beside it is no fall of one)
    plain = table.replace("Trước sắp xếp", "Năm 2026").replace("Sau sắp xếp", "Năm 2027")
    assert -15 not in [f.value for f, _ in read_tab_tables(build_layout(plain), 2027)[0]]


def test_a_rows_bracket_naming_the_thing_it_counts_is_its_unit() -> None:
    # ("Chỉ tiêu | Kết quả | Kế hoạch" over "Số hồ sơ được số hóa (hồ sơ) | 820 | 900": a count of hồ sơ, its subject
    # without the bracket, as "820 hồ sơ" says it)
    table = "Chỉ tiêu\tKết quả\tKế hoạch\nSố hồ sơ được số hóa (hồ sơ)\t820\t900\n"
    got = [(x["label"], f.unit, f.unit_label) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got == [("Số hồ sơ được số hóa", "count", "hồ sơ")] * 2
    # (near miss: a bracket naming no thing the subject counts stays a word of the subject)
    other = table.replace("(hồ sơ)", "(toàn trình)")
    assert read_tab_tables(build_layout(other), 2027)[0][0][1]["label"] == "Số hồ sơ được số hóa (toàn trình)"


def test_a_table_of_months_by_year_reads_each_month_of_each_year_of_the_titles_quantity() -> None:
    # ("Số vụ cháy rừng theo tháng" over "Tháng | Năm 2026 | Năm 2027 | So sánh (%)": each row that month of each
    # column's year, of the quantity the title names; the comparison that month's growth)
    table = (
        "Số vụ cháy rừng trên địa bàn tỉnh theo tháng (vụ)\n\n"
        "Tháng\tNăm 2026\tNăm 2027\tSo sánh (%)\nTháng 3\t8\t6\t75,0\n"
    )
    got = [(x["label"], f.metric, f.value, x.get("period")) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    march, last_march = (dt.date(2027, 3, 1), dt.date(2027, 3, 31)), (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    subject = "Số vụ cháy rừng"
    assert got == [(subject, "level", 8, last_march), (subject, "level", 6, march), (subject, "yoy_pct", -25, march)]
    # (near miss: a column naming a quantity of its own keeps the table as a table of quantities by month)
    named = table.replace("\tNăm 2026\t", "\tSố vụ\t")
    assert read_tab_tables(build_layout(named), 2027)[0][0][1]["label"] != subject


def test_a_note_naming_a_month_with_no_year_marks_that_month_of_the_headers_year() -> None:
    # ("Số liệu tháng 9 là số ước tính" under "Tháng 8 | Tháng 9 | 9 tháng" of a 2026 report: the headers' months are
    # of 2026, so September's column is the estimate; a yearless quarter, "Quý III là số ước thực hiện", likewise)
    months = ("Chỉ tiêu\tĐVT\tTháng 8\tTháng 9\t9 tháng\n"
              "Sản lượng điện\ttriệu kWh\t310,5\t322,8\t2.840,1\n"
              "\nGhi chú: Số liệu tháng 9 là số ước tính.\n")
    got = [(f.value, f.qualifier) for f, _ in read_tab_tables(build_layout(months), 2026)[0]]
    assert [q for _, q in got] == ["exact", "estimate", "exact"]
    quarters = ("Chỉ tiêu\tQuý II\tQuý III\n"
                "Thu nội địa (tỷ đồng)\t1.520\t1.690\n"
                "\n(*) Quý III là số ước thực hiện.\n")
    assert [f.qualifier for f, _ in read_tab_tables(build_layout(quarters), 2026)[0]] == ["exact", "estimate"]
    # (near misses: a yearless month the header has no column of marks none; so does the note with no report year
    # to date the header's months)
    other = months.replace("tháng 9 là", "tháng 10 là")
    assert {f.qualifier for f, _ in read_tab_tables(build_layout(other), 2026)[0]} == {"exact"}
    assert {f.qualifier for f, _ in read_tab_tables(build_layout(months), None)[0]} <= {"exact"}


def test_a_bare_row_of_goods_in_money_per_a_measure_is_their_price() -> None:
    # ("Mặt hàng | ĐVT | Tuần 22 | Tuần 23" over "Cá tra thịt | đồng/kg | 29.500 | 30.000": the fish's price each week,
    # "Giá cá tra thịt", as a sentence names it; the absolute change after the weeks has no metric, no row)
    table = ("Mặt hàng\tĐVT\tTuần 22\tTuần 23\tTăng/giảm\n"
             "Cá tra thịt\tđồng/kg\t29.500\t30.000\t500\n"
             "Dầu diesel 0,05S\tnghìn đồng/lít\t19,8\t20,1\t0,3\n")
    got = [(x["label"], f.value, f.unit) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got == [("Giá cá tra thịt", 29500, "VND"), ("Giá cá tra thịt", 30000, "VND"),
                   ("Giá dầu diesel 0,05S", 19800, "VND"), ("Giá dầu diesel 0,05S", 20100, "VND")]
    # (the change after two months of it, "So với tháng trước (%)", the price's change)
    months = "Mặt hàng\tĐVT\tTháng 4\tTháng 5\tSo với tháng trước (%)\nCá tra thịt\tđồng/kg\t29.500\t30.000\t1,7\n"
    got = [(x["label"], f.metric) for f, x in read_tab_tables(build_layout(months), 2027)[0]]
    assert got[2] == ("Giá cá tra thịt", "change_pct")
    # (near misses: a row already naming its price, or money per a person or a hectare, or plain money, keeps its label)
    for row, unit in (("Giá lúa tươi", "đồng/kg"), ("Mức hỗ trợ", "đồng/người"), ("Hỗ trợ sản xuất", "triệu đồng/ha"),
                      ("Doanh thu bán hàng", "triệu đồng")):
        other = table.replace("Cá tra thịt\tđồng/kg", f"{row}\t{unit}")
        assert read_tab_tables(build_layout(other), 2027)[0][0][1]["label"] == row


def test_a_table_of_months_counts_the_events_the_line_above_names() -> None:
    # ("Tình hình cháy, nổ năm 2027 như sau:" over "Tháng | Số vụ | Diện tích thiệt hại (ha)": each month's fires and
    # the area they burnt, "Số vụ cháy, nổ", "Diện tích thiệt hại do cháy, nổ"; a drugs table's offenders likewise)
    fires = ("Tình hình cháy, nổ năm 2027 như sau:\n"
             "Tháng\tSố vụ\tDiện tích thiệt hại (ha)\nTháng 1\t4\t1,5\nTháng 2\t6\t3,2\n")
    got = [x["label"] for _, x in read_tab_tables(build_layout(fires), 2027)[0]]
    assert got[:2] == ["Số vụ cháy, nổ", "Diện tích thiệt hại do cháy, nổ"]
    drugs = ("Kết quả đấu tranh tội phạm ma túy theo tháng:\n"
             "Tháng\tSố vụ\tSố đối tượng\tHeroin (gam)\nTháng 1\t12\t19\t45,5\nTháng 2\t9\t14\t30\n")
    got = [x["label"] for _, x in read_tab_tables(build_layout(drugs), 2027)[0]]
    assert got[:3] == ["Số vụ tội phạm ma túy", "Số đối tượng tội phạm ma túy", "Heroin"]
    # (near misses: a head naming the events already keeps its words; a line above naming no events leaves the heads)
    named = fires.replace("\tSố vụ\t", "\tSố vụ cháy\t")
    assert read_tab_tables(build_layout(named), 2027)[0][0][1]["label"] == "Số vụ cháy"
    rescued = fires.replace("\tDiện tích thiệt hại (ha)\n", "\tSố người được cứu\n")
    assert [x["label"] for _, x in read_tab_tables(build_layout(rescued), 2027)[0]][:2] == [
        "Số vụ cháy, nổ", "Số người được cứu"]
    plain = fires.replace("Tình hình cháy, nổ năm 2027 như sau:", "Kết quả kiểm tra năm 2027 như sau:")
    got = [x["label"] for _, x in read_tab_tables(build_layout(plain), 2027)[0]]
    assert got[:2] == ["Số vụ", "Diện tích thiệt hại"]


def test_a_table_of_kinds_reads_a_count_head_beside_a_quantity_named_with_its_unit() -> None:
    # ("Lĩnh vực | Số doanh nghiệp thành lập mới | Vốn đăng ký (tỷ đồng)" over rows of sectors: each sector's new
    # firms, the count's unit unsaid, as its capital is read)
    table = ("Lĩnh vực\tSố doanh nghiệp thành lập mới\tVốn đăng ký (tỷ đồng)\n"
             "Dịch vụ lưu trú\t37\t215,4\nVận tải kho bãi\t22\t130\n")
    got = [(x["label"], f.value, f.unit) for f, x in read_tab_tables(build_layout(table), 2026)[0]]
    assert got[:2] == [("Số doanh nghiệp thành lập mới (Dịch vụ lưu trú)", 37, "enterprise"),
                       ("Vốn đăng ký (Dịch vụ lưu trú)", 215.4e9, "VND")]
    # (with no column naming its quantity and unit beside it, a count head over rows of kinds is read the same)
    bare = table.replace("Vốn đăng ký (tỷ đồng)", "Ghi chú")
    got = [(x["label"], f.value, f.unit) for f, x in read_tab_tables(build_layout(bare), 2026)[0]]
    assert got == [("Số doanh nghiệp thành lập mới (Dịch vụ lưu trú)", 37, "enterprise"),
                   ("Số doanh nghiệp thành lập mới (Vận tải kho bãi)", 22, "enterprise")]


def test_a_head_saying_how_far_things_got_counts_the_noun_of_the_count_before_it() -> None:
    # ("Đơn vị | Hồ sơ tiếp nhận | Đã giải quyết | Trễ hạn": the files settled and those late are files too, each
    # cell a count of its row's, named with the noun the first count says)
    table = "Đơn vị\tHồ sơ tiếp nhận\tĐã giải quyết\tTrễ hạn\nPhòng Nội vụ\t60\t51\t4\n"
    got = [(x["label"], f.value, f.unit) for f, x in read_tab_tables(build_layout(table), 2026)[0]]
    assert got == [("Hồ sơ tiếp nhận (Phòng Nội vụ)", 60, "count"), ("Hồ sơ đã giải quyết (Phòng Nội vụ)", 51, "count"),
                   ("Hồ sơ trễ hạn (Phòng Nội vụ)", 4, "count")]
    # (near miss: after money, a head of the same words names no count, and is left unread)
    money = table.replace("Hồ sơ tiếp nhận", "Vốn giao (tỷ đồng)")
    got = [x["label"] for _, x in read_tab_tables(build_layout(money), 2026)[0]]
    assert got == ["Vốn giao (Phòng Nội vụ)"]


def test_ports_or_reservoirs_head_a_column_of_row_names() -> None:
    # ("Khu vực cảng | Hàng xuất khẩu (tấn)" over "Cảng Chân Mây | 420.500": each port's cargo; "Hồ chứa" likewise)
    table = "Khu vực cảng\tHàng xuất khẩu (tấn)\tHàng nhập khẩu (tấn)\nCảng Chân Mây\t420.500\t118.300\n"
    got = [(x["label"], f.value) for f, x in read_tab_tables(build_layout(table), 2027)[0]]
    assert got == [("Hàng xuất khẩu (Cảng Chân Mây)", 420500), ("Hàng nhập khẩu (Cảng Chân Mây)", 118300)]
    assert classify_header("Hồ chứa").role == "label"
    # (near miss: a quantity naming the port in its words is a column of values, not of names)
    assert classify_header("Hàng qua cảng (tấn)").role == "value"


def test_a_percentage_of_the_design_is_a_share_not_a_plans() -> None:
    # ("Hồ chứa | Dung tích hiện tại (triệu m3) | So với thiết kế (%)": the water held as a share of what the reservoir
    # was built to hold, no plan attained)
    for head in ("So với thiết kế (%)", "Tỷ lệ dung tích so với thiết kế (%)", "% dung tích thiết kế"):
        assert classify_header(head).metric == "share_pct"
    # (near misses: a comparison with a plan stays a plan's share; the design's own amount a level)
    assert classify_header("So với kế hoạch (%)").metric == "plan_pct"
    assert classify_header("Dung tích thiết kế (triệu m3)").metric == "level"


def test_counts_over_rows_of_kinds_whose_head_names_no_rows() -> None:
    # ("Tuyến | Số cơ sở | Số bác sĩ", "Cấp học | Trường | Lớp | Học sinh", "Nhóm bệnh | Mắc | Số tử vong": the first
    # head of words names the rows, each head after it counts a thing, its noun said, alone or left unsaid)
    def read(table: str) -> list[tuple]:
        return [(x["label"], f.metric, f.value, f.unit, f.unit_label)
                for f, x in read_tab_tables(build_layout(table), 2026)[0]]

    assert read("Tuyến\tSố cơ sở\tSố bác sĩ\nTuyến huyện\t9\t180\n") == [
        ("Số cơ sở (Tuyến huyện)", "level", 9, "count", "cơ sở"),
        ("Số bác sĩ (Tuyến huyện)", "level", 180, "count", "bác sĩ")]
    assert read("Cấp học\tTrường\tLớp\tHọc sinh\nMầm non\t12\t98\t2.410\n") == [
        ("Trường (Mầm non)", "level", 12, "count", "trường"), ("Lớp (Mầm non)", "level", 98, "count", "lớp"),
        ("Học sinh (Mầm non)", "level", 2410, "person", None)]
    assert read("Nhóm bệnh\tMắc\tSố tử vong\tSo cùng kỳ (%)\nBệnh lây qua đường hô hấp\t415\t2\t-7,5\n") == [
        ("Mắc (Bệnh lây qua đường hô hấp)", "level", 415, "count", "ca"),
        ("Số tử vong (Bệnh lây qua đường hô hấp)", "level", 2, "person", None),
        ("Bệnh lây qua đường hô hấp", "yoy_pct", -7.5, "pct", None)]
    # (a head of names beside counts of a thing qualified: "Trường đạt chuẩn quốc gia" counts schools)
    assert read("Cấp học\tTrường đạt chuẩn quốc gia\nTiểu học\t17\n") == [
        ("Trường đạt chuẩn quốc gia (Tiểu học)", "level", 17, "count", "trường")]
    # (near misses: heads that all count name no rows; a measure's unit alone counts nothing, its column the amount of
    # the row the first head of words names)
    assert read("Số xã\tSố thôn\n12\t140\n") == []
    assert read("Hộ nghèo\tHộ cận nghèo\n1.200\t850\n") == []
    assert read("Cấp học\tTỷ đồng\nMầm non\t12\n") == [("Mầm non", "level", 12e9, "VND", None)]


def test_a_unit_head_first_over_counts_heads_the_rows_places() -> None:
    # ("Đơn vị | Số lớp | Số giáo viên" over districts: "Đơn vị" heads the rows' places, whose counts are each place's)
    table = "Đơn vị\tSố lớp\tSố giáo viên\nHuyện Hương Sơn\t210\t395\n"
    got = [(x["label"], f.value, f.unit, x.get("locality")) for f, x in read_tab_tables(build_layout(table), 2026)[0]]
    assert got == [("Số lớp (Huyện Hương Sơn)", 210, "count", "huyen_huong_son"),
                   ("Số giáo viên (Huyện Hương Sơn)", 395, "person", "huyen_huong_son")]
    # (near miss: beside a column of the rows' subjects "Đơn vị" is their unit)
    units = "Chỉ tiêu\tĐơn vị\tThực hiện\nSố lớp học\tLớp\t210\n"
    assert [(x["label"], f.value) for f, x in read_tab_tables(build_layout(units), 2026)[0]] == [("Số lớp học", 210)]


def test_a_kind_of_place_qualified_after_the_places_counts_those_places() -> None:
    # ("Huyện | Xã đạt chuẩn nông thôn mới": after the column of districts, a head opening on "Xã" counts the communes)
    table = "Huyện\tXã đạt chuẩn nông thôn mới\tThôn đạt chuẩn\nHuyện Mèo Vạc\t5\t40\n"
    got = [(x["label"], f.value, f.unit_label) for f, x in read_tab_tables(build_layout(table), 2026)[0]]
    assert got == [("Xã đạt chuẩn nông thôn mới (Huyện Mèo Vạc)", 5, "xã"),
                   ("Thôn đạt chuẩn (Huyện Mèo Vạc)", 40, "thôn")]
    # (near miss: kinds of place listed with a comma are one more head of places, no count)
    listed = "Huyện\tXã, thị trấn\tNgười chết\nHuyện Mèo Vạc\tXã Sơn Vĩ\t1\n"
    assert [f.value for f, _ in read_tab_tables(build_layout(listed), 2026)[0]] == [1]


def test_a_quota_after_the_rows_names_is_a_target_and_candidates_per_place_are_times() -> None:
    # ("Trường | Số thí sinh | Chỉ tiêu (học sinh) | Tỷ lệ chọi": each school's quota, a target in the unit its
    # brackets say; "Địa bàn | Số hồ sơ | Chỉ tiêu": in the unit of the count before it; "Tỷ lệ chọi" so many times)
    table = "Trường\tSố thí sinh\tChỉ tiêu (học sinh)\tTỷ lệ chọi\nTHPT Phan Bội Châu\t980\t700\t1,4\n"
    got = [(x["label"], f.metric, f.value, f.unit) for f, x in read_tab_tables(build_layout(table), 2026)[0]]
    assert got == [("Số thí sinh (THPT Phan Bội Châu)", "level", 980, "person"),
                   ("Chỉ tiêu (THPT Phan Bội Châu)", "target", 700, "person"),
                   ("Tỷ lệ chọi (THPT Phan Bội Châu)", "level", 1.4, "times")]
    places = "Địa bàn\tSố học sinh đăng ký\tChỉ tiêu\nHuyện Hương Sơn\t1.520\t1.300\n"
    got = [(f.metric, f.value, f.unit) for f, _ in read_tab_tables(build_layout(places), 2026)[0]]
    assert got == [("level", 1520, "person"), ("target", 1300, "person")]
    # (near misses: "Chỉ tiêu" first heads the rows' subjects; a bare rate is still a share of the plan)
    assert classify_header("Chỉ tiêu").role == "label"
    assert classify_header("Tỷ lệ chọi").unit == ("times", 1.0, None)
    assert classify_header("Tỷ lệ (%)").metric == "plan_pct"


def test_a_column_of_a_terms_years_covers_the_whole_term() -> None:
    term = classify_header("Kết quả 2021 - 2025")
    assert (term.metric, term.period) == ("level", (dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    # near misses: one school year or crop year is no term; a single year stays that year's
    assert classify_header("Năm học 2026-2027").period is None
    assert classify_header("Thực hiện 2025").period is None
    rows = indicator_rows(
        "ĐẢNG BỘ TỈNH TÂY NINH\nBÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2025-2030\n\n"
        "Chỉ tiêu\tĐVT\tKết quả 2021 - 2025\tMục tiêu năm 2030\n"
        "Thu nhập bình quân đầu người\tTriệu đồng\t71\t120\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[71e6] == ("level", dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    assert read[120e6] == ("target", dt.date(2030, 1, 1), dt.date(2030, 12, 31))


def test_a_per_cent_a_year_in_the_unit_column_is_a_rate() -> None:
    rows = indicator_rows(
        "ĐẢNG BỘ TỈNH TÂY NINH\nBÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2025-2030\n\n"
        "Chỉ tiêu\tĐVT\tKết quả 2021 - 2025\tMục tiêu năm 2030\n"
        "Tốc độ tăng trưởng kinh tế bình quân\t%/năm\t7,2\t8,5\n")
    read = {r["value"]: (r["metric"], r["unit"]) for r in rows}
    assert read == {7.2: ("yoy_pct", "pct"), 8.5: ("target", "pct")}


def test_a_comparison_before_the_coming_years_plan_is_the_growth_of_the_years_done() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025\n\n"
        "Chỉ tiêu\tĐVT\tNăm 2024\tƯớc năm 2025\tSo sánh (%)\tKế hoạch năm 2026\n"
        "Sản lượng thủy sản\tTấn\t48.200\t50.600\t105,0\t52.000\n")
    read = {r["value"]: (r["metric"], r["period_start"]) for r in rows}
    assert read[5.0] == ("yoy_pct", dt.date(2025, 1, 1))
    assert read[52_000] == ("target", dt.date(2026, 1, 1))
    # near miss: a comparison standing after the plan is the plan's, no growth
    plan = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025\n\n"
        "Chỉ tiêu\tĐVT\tNăm 2024\tKế hoạch năm 2025\tƯớc năm 2025\tSo sánh (%)\n"
        "Sản lượng thủy sản\tTấn\t48.200\t50.000\t50.600\t101,2\n")
    assert not any(r["metric"] == "yoy_pct" for r in plan)


def test_a_column_of_a_star_class_counts_the_rows_things_of_that_class() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nKết quả phân hạng sản phẩm OCOP năm 2027\n\n"
        "Huyện\tTổng số\tSản phẩm 3 sao\tSản phẩm 4 sao\n"
        "Mộc Châu\t21\t17\t4\n")
    read = {r["value"]: (r["indicator_label"], r["unit"]) for r in rows}
    assert read[17] == ("Sản phẩm 3 sao (Mộc Châu)", "product")
    assert read[4] == ("Sản phẩm 4 sao (Mộc Châu)", "product")
    # near miss: a floor of classes is no class of its own
    assert classify_header("Từ 3 sao trở lên").role == "skip"


def test_a_change_on_last_year_in_the_rows_nouns_is_the_change_itself() -> None:
    rows = indicator_rows(
        "CÔNG AN TỈNH BÌNH ĐỊNH\nBáo cáo công tác phòng cháy, chữa cháy 6 tháng đầu năm 2026\n\n"
        "Chỉ tiêu\t6 tháng 2026\tSo với cùng kỳ (vụ)\tTỷ lệ (%)\n"
        "Số vụ cháy\t27\t-5\t-15,6\n")
    read = {r["value"]: (r["metric"], r["unit"]) for r in rows}
    assert read[-5] == ("yoy_abs", "case")
    assert read[-15.6] == ("yoy_pct", "pct")
    # near miss: a change in per cent is the growth
    assert classify_header("So với cùng kỳ (%)").metric == "yoy_pct"
    assert classify_header("So với cùng kỳ (lần)").metric == "yoy_pct"


def test_a_head_of_product_groups_names_the_rows() -> None:
    assert classify_header("Nhóm sản phẩm").role == "label"
    rows = find_table_figures(build_layout(
        "Nhóm sản phẩm\tTổng số\tSố sản phẩm 4 sao\n"
        "Thảo dược\t14\t3\n"))
    assert ("Thảo dược", 14) in [(extra["label"], f.value) for f, extra in rows]


def test_a_comparison_with_a_year_alone_is_the_growth_on_that_year() -> None:
    assert (classify_header("So với năm 2023 (%)").metric, classify_header("So với năm 2023 (%)").year) == (
        "yoy_pct", 2024)
    assert classify_header("So với năm trước (%)").metric == "yoy_pct"
    text = ("Chỉ tiêu\tĐơn vị\tKế hoạch năm 2024\tThực hiện năm 2024\tSo với năm 2023 (%)\n"
            "Sản lượng điện thương phẩm\tTriệu kWh\t2.100\t2.180\t106,4\n")
    got = [(f.metric, f.value) for f, _ in read_tab_tables(build_layout(text), 2024)[0]]
    assert got[-1] == ("yoy_pct", 6.4)
    # near miss: a comparison with the plan stays a share of it
    assert classify_header("So với kế hoạch năm 2024 (%)").metric == "plan_pct"


def test_a_ranking_tables_rank_score_and_change_in_points() -> None:
    text = ("Kết quả Chỉ số PAPI năm 2026 của một số địa phương\n\n"
            "| Thứ hạng | Tỉnh, thành phố | Điểm PAPI 2026 | Thay đổi so với năm 2025 (điểm) |\n|---|---|---|---|\n"
            "| 7 | Trà Vinh | 45,31 | -0,84 |\n")
    got = [(extra["label"], f.metric, f.value, f.unit, f.unit_label)
           for f, extra in read_tab_tables(build_layout(text), 2026)[0]]
    assert got == [("Thứ hạng (Trà Vinh)", "level", 7, "count", "thứ"),
                   ("Điểm PAPI (Trà Vinh)", "level", 45.31, "point", None),
                   ("Điểm PAPI (Trà Vinh)", "yoy_abs", -0.84, "point", None)]
    # near miss: a head of spots counted ("Điểm sạt lở") is no score
    assert classify_header("Điểm sạt lở").unit != ("point", 1.0, None)


def test_a_rows_entry_named_beside_its_place_is_that_places_and_a_blank_place_cell_the_one_above() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBáo cáo sản xuất vụ chiêm xuân năm 2026\n\n"
        "Xã\tCây trồng\tDiện tích gieo trồng (ha)\n"
        "Xã Thanh Ba\tNgô\t415\n"
        "\tĐậu tương\t36\n"
        "Xã Hạ Hòa\tNgô\t290\n")
    read = {r["value"]: (r["indicator_label"], r["locality"]) for r in rows}
    assert read[415] == ("Diện tích gieo trồng ngô (Xã Thanh Ba)", "xa_thanh_ba")
    # (the place's cell merged with the row above's and written empty: the same commune)
    assert read[36] == ("Diện tích gieo trồng đậu tương (Xã Thanh Ba)", "xa_thanh_ba")
    assert read[290] == ("Diện tích gieo trồng ngô (Xã Hạ Hòa)", "xa_ha_hoa")
    # columns of measures naming nothing: the row's entry, at its place
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBáo cáo sản xuất vụ chiêm xuân năm 2026\n\n"
        "Xã\tChỉ tiêu\tKế hoạch\tThực hiện\n"
        "Xã Thanh Ba\tDiện tích lúa được hỗ trợ giống (ha)\t20\t17\n"
        "\tDiện tích ngô được hỗ trợ giống (ha)\t8\t5\n")
    read = {(r["value"], r["metric"]): (r["indicator_label"], r["locality"]) for r in rows}
    assert read[(17, "level")] == ("Diện tích lúa được hỗ trợ giống (Xã Thanh Ba)", "xa_thanh_ba")
    assert read[(8, "target")] == ("Diện tích ngô được hỗ trợ giống (Xã Thanh Ba)", "xa_thanh_ba")


def test_a_rate_on_the_plan_headed_so_alone_keeps_a_table_of_places_capital() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH NINH BÌNH\nTình hình chi ngân sách năm 2027 của các phường\n\nĐơn vị tính: triệu đồng\n\n"
            "TT\tPhường\tDự toán 2027\tThực hiện 2027\tTỷ lệ so DT (%)\n"
            "1\tPhường Hoa Lư\t410.000\t388.500\t94,8\n")
    budgets = extract_document(text.encode(), "chi.txt").tables["budgets"].to_dicts()
    # ("Tỷ lệ so DT": how the same money is measured, no subject of its own: each row is the ward's spending)
    assert sorted((r["measure"], r["value"], r["locality"]) for r in budgets) == [
        ("actual", 388_500e6, "phuong_hoa_lu"), ("plan", 410_000e6, "phuong_hoa_lu"),
        ("plan_pct", 94.8, "phuong_hoa_lu")]


def test_a_spaced_header_whose_year_alone_is_wrapped_under_a_base_heads_that_base() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH VĨNH LONG\nChỉ số giá tiêu dùng tháng 4 năm 2027\n\n"
        "                       Tháng 4/2027 so với\n"
        "                     Kỳ gốc      Tháng 4      Tháng 3\n"
        "                     2024        năm 2026     năm 2027\n"
        "  Nhà ở, điện nước    109,60      104,20       100,35\n")
    read = {r["value"]: (r["metric"], r["unit"], r["period_start"]) for r in rows}
    # ("2024" under "Kỳ gốc": the rest of the base's head, not a row of figures heading the columns with years)
    assert read[4.2] == ("yoy_pct", "pct", dt.date(2027, 4, 1))
    assert read[0.35] == ("change_pct", "pct", dt.date(2027, 4, 1))
    assert read[9.6] == ("change_pct", "pct", dt.date(2027, 4, 1))


def test_a_topic_head_spanning_damage_columns_names_the_thing_each_part_is_of() -> None:
    # ("Về tài sản" over "Tàu thuyền chìm": a head saying what the parts below are about, "regarding ...")
    assert merged_header(["STT", "Xã", "Về nhà ở (cái)", "", "Về người", ""],
                         ["", "", "Bị cuốn trôi", "Ngập nước", "Mất tích", "Bị thương"]) == [
        "STT", "Xã", "Nhà ở bị cuốn trôi (cái)", "Nhà ở ngập nước (cái)", "Người mất tích", "Người bị thương"]
    rows = _disaster_rows(
        "UBND TỈNH THÁI BÌNH\nBáo cáo thiệt hại do bão số 4 năm 2026\n\n"
        "TT\tXã\tVề người\t\tVề nhà ở (cái)\n"
        "\t\tMất tích\tBị thương\tBị cuốn trôi\n"
        "1\tXã Thụy Hải\t1\t4\t9\n")
    assert sorted((r["impact"], r["value"]) for r in rows) == [
        ("houses_destroyed", 9), ("injured", 4), ("missing", 1)]


def test_a_public_capital_tables_rows_of_sectors_are_each_sectors_capital() -> None:
    from orchestration.extraction import extract_document

    # "Ngành | Kế hoạch vốn | Giải ngân | Tỷ lệ (%)" under a title naming public investment capital: each sector's row
    # is that capital's part (budgets), as the total row is the whole (near-miss: a sector's row under a title naming
    # no capital stays an indicator)
    text = ("UBND TỈNH YÊN BÁI\nKết quả giải ngân vốn đầu tư công theo lĩnh vực năm 2024\nĐơn vị tính: tỷ đồng\n"
            "TT\tLĩnh vực\tKế hoạch vốn\tĐã giải ngân\tTỷ lệ (%)\n"
            "\tTổng số\t3.900\t2.340\t60,0\n"
            "1\tY tế\t410\t287\t70,0\n")
    budgets = extract_document(text.encode(), "yen_bai.txt").tables["budgets"].iter_rows(named=True)
    got = {(r["budget_item"], r["measure"], r["value"], r["budget_label"]) for r in budgets}
    assert ("public_investment", "plan", 410e9, "Vốn đầu tư công (Y tế)") in got
    assert ("public_investment", "actual", 287e9, "Vốn đầu tư công (Y tế)") in got
    assert ("public_investment", "plan_pct", 70.0, "Vốn đầu tư công (Y tế)") in got
    near = text.replace("vốn đầu tư công theo lĩnh vực", "chương trình đào tạo nghề")
    tables = extract_document(near.encode(), "yen_bai.txt").tables
    assert 287e9 not in set(tables["budgets"]["value"]) and 287e9 in set(tables["indicators"]["value"])


def test_a_portals_table_finds_its_title_past_the_blank_lines_of_its_markup() -> None:
    # an HTML page's heading, then its unit paragraph, then the <table>: the blank lines the tags leave are no distance,
    # the heading is the table's title (its capital and its day, as a text table's)
    html = ("<html><body>\n<h3>Tình hình giải ngân vốn đầu tư công tỉnh Bình Định đến ngày 30/9/2024</h3>\n"
            "<p>Đơn vị tính: tỷ đồng</p>\n<table>\n"
            "<tr><th>TT</th><th>Lĩnh vực</th><th>Kế hoạch vốn</th><th>Đã giải ngân</th></tr>\n"
            "<tr><td>1</td><td>Thủy lợi</td><td>520</td><td>301</td></tr>\n</table>\n</body></html>")
    got = [(f.value, e["label"], e.get("as_of")) for f, e in find_table_figures(build_layout(html))]
    assert got == [(520e9, "Vốn đầu tư công (Thủy lợi)", None),
                   (301e9, "Vốn đầu tư công (Thủy lợi)", dt.date(2024, 9, 30))]


@pytest.mark.parametrize("head", ["Bình quân 2026-2030 (%/năm)", "Tăng bình quân (%/năm)",
                                  "Tăng bình quân giai đoạn 2026 - 2030 (%)"])
def test_a_column_of_the_terms_yearly_average_growth_is_a_growth(head: str) -> None:
    # the last column of a five-year table: how much the amount grew each year on average, a growth, not a share of a
    # plan; its term is its period when the head names one
    column = classify_header(head)
    assert column.metric == "yoy_pct"
    assert column.period in (None, (dt.date(2026, 1, 1), dt.date(2030, 12, 31)))


@pytest.mark.parametrize("head", ["Bình quân (%)", "Tăng bình quân so với kế hoạch (%)"])
def test_an_average_head_that_names_no_yearly_growth_stays_as_it_was(head: str) -> None:
    # (near-miss: an average rate with no "per year", and an average set against a plan, are no yearly growth)
    assert classify_header(head).metric == "plan_pct"


def test_a_row_counted_from_a_day_its_name_closes_on_starts_its_figures_then() -> None:
    # "(từ 01/7/2026)" closing a row's name: the ward began that day, so what the row's columns came to counts from it
    # (the year's plan for the rest of the year); the day is no word of the row's subject (near-miss: a row without
    # it keeps the column's time)
    text = ("UBND PHƯỜNG NAM ĐỊNH\nBiểu kết quả thực hiện 9 tháng năm 2026\n"
            "TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tThực hiện 9 tháng năm 2026\n"
            "1\tSố hộ được hỗ trợ nhà ở (kể từ ngày 1/7/2026)\thộ\t40\t26\n"
            "2\tSố hộ được hỗ trợ vay vốn\thộ\t90\t71\n")
    got = {f.value: (e["label"], e.get("period")) for f, e in find_table_figures(build_layout(text))}
    assert got[40] == ("Số hộ được hỗ trợ nhà ở", (dt.date(2026, 7, 1), dt.date(2026, 12, 31)))
    assert got[26] == ("Số hộ được hỗ trợ nhà ở", (dt.date(2026, 7, 1), dt.date(2026, 9, 30)))
    assert got[71] == ("Số hộ được hỗ trợ vay vốn", (dt.date(2026, 1, 1), dt.date(2026, 9, 30)))


def test_a_bare_share_of_the_plan_beside_the_one_plan_is_set_by_that_plans_setter() -> None:
    # "Dự toán Trung ương giao | Thực hiện | Tỷ lệ (%)": the share is of that plan, the centre's (near-miss: beside two
    # plans set by different bodies a bare share names no setter)
    text = ("Đơn vị tính: tỷ đồng\nTT\tNội dung\tDự toán Trung ương giao\tThực hiện 6 tháng năm 2027\tTỷ lệ (%)\n"
            "1\tThu nội địa\t5.400\t2.970\t55,0\n")
    got = {f.metric: e.get("plan_basis") for f, e in find_table_figures(build_layout(text))}
    assert got == {"target": "central", "level": None, "plan_pct": "central"}
    two = text.replace("Dự toán Trung ương giao\t", "Dự toán Trung ương giao\tDự toán HĐND tỉnh giao\t").replace(
        "5.400\t", "5.400\t5.650\t")
    assert [e.get("plan_basis") for f, e in find_table_figures(build_layout(two)) if f.metric == "plan_pct"] == [None]


def test_a_lead_naming_its_day_counts_up_the_table_its_lead_in_opens() -> None:
    # "HÀ TĨNH - Tính đến ngày 15/9/2027, ..." over "Các khoản thu chính:": the lead's day is the table's too, each
    # amount counted from the year's start up to it (was: the whole year, no as_of)
    text = ("HÀ TĨNH - Tính đến ngày 15/9/2027, thu ngân sách trên địa bàn tăng khá.\n\nCác khoản thu chính:\n"
            "Khoản thu\tThực hiện (tỷ đồng)\n"
            "Thu nội địa\t6.200\n")
    rows = find_table_figures(build_layout(text))
    assert [(x.get("period"), x.get("as_of")) for _, x in rows] == [
        ((dt.date(2027, 1, 1), dt.date(2027, 9, 15)), dt.date(2027, 9, 15))]
    # near-miss: a lead-in naming a month of its own dates the table by that month, not by the lead's day
    text = text.replace("Các khoản thu chính:", "Các khoản thu chính tháng 8:")
    assert [x.get("as_of") for _, x in find_table_figures(build_layout(text))] == [None]


def test_a_bulletins_hour_and_day_count_up_a_damage_table_under_its_caption() -> None:
    # "Tính đến 9 giờ ngày 3/8/2027, ..." over "Thiệt hại do lũ quét" and "Xã | Người chết (người) | Nhà bị sập
    # (nhà)": each commune's damage as it stood at that day (was: no as_of)
    text = ("Tính đến 9 giờ ngày 3/8/2027, lũ quét đã gây thiệt hại tại các xã như sau:\n\nThiệt hại do lũ quét\n"
            "Xã\tNgười chết (người)\tNhà bị sập (nhà)\n"
            "Xã Mường Lầm\t2\t14\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, x.get("as_of")) for f, x in rows] == [(2.0, dt.date(2027, 8, 3)), (14.0, dt.date(2027, 8, 3))]
    # near-miss: a report's day ("Báo cáo ngày 3/8/2027") counts nothing up
    text = text.replace("Tính đến 9 giờ ngày 3/8/2027, lũ quét", "Báo cáo ngày 3/8/2027: lũ quét")
    assert [x.get("as_of") for _, x in find_table_figures(build_layout(text))] == [None, None]


def test_an_investors_row_is_its_share_of_the_public_capital_the_title_names() -> None:
    # "Chủ đầu tư | Kế hoạch vốn | Đã giải ngân" under "Kết quả giải ngân vốn đầu tư công ... theo chủ đầu tư": each
    # investor's capital planned and paid out is public investment, as a sector's row is (was: indicators)
    text = ("UBND TỈNH PHÚ THỌ\nKết quả giải ngân vốn đầu tư công năm 2027 theo chủ đầu tư\n"
            "Chủ đầu tư\tKế hoạch vốn (triệu đồng)\tĐã giải ngân (triệu đồng)\n"
            "Sở Nông nghiệp và Môi trường\t96.500\t41.200\n")
    assert sorted((r["budget_item"], r["measure"], r["value"], r["budget_label"]) for r in _budget_rows(text)) == [
        ("public_investment", "actual", 41200e6, "Vốn đầu tư công (Sở Nông nghiệp và Môi trường)"),
        ("public_investment", "plan", 96500e6, "Vốn đầu tư công (Sở Nông nghiệp và Môi trường)")]
    # near-miss: a column naming a quantity of its own ("Số hộ được hỗ trợ") is no money of the capital: the rows stay
    text = text.replace("Chủ đầu tư\t", "Chủ đầu tư\tSố hộ được hỗ trợ (hộ)\t").replace("trường\t", "trường\t85\t")
    assert _budget_rows(text) == []


def test_a_head_spanning_the_bases_closing_on_its_per_cent_is_read_with_each_base() -> None:
    # "Chỉ số giá tháng 9/2026 so với (%)" over "Kỳ gốc 2024 | Tháng 9/2025 | Tháng 8/2026": each base said after
    # "so với", the per cent last: a change on the base year and on the month before, a growth on the year before
    # (was: "so với (%) Kỳ gốc 2024" read as a growth on the year)
    text = ("Nhóm hàng\tChỉ số giá tháng 9/2026 so với (%)\t\t\n"
            "\tKỳ gốc 2024\tTháng 9/2025\tTháng 8/2026\n"
            "Đồ uống và thuốc lá\t106,20\t102,75\t100,40\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.metric, round(f.value, 2)) for f, _ in rows] == [
        ("change_pct", 6.2), ("yoy_pct", 2.75), ("change_pct", 0.4)]
    # the same set with spaces, the spanning head alone on the line above the bases
    spaced = ("                         Chỉ số giá tháng 9/2026 so với (%)\n"
              "Nhóm hàng                Kỳ gốc 2024    Tháng 9/2025    Tháng 8/2026\n"
              "Đồ uống và thuốc lá         106,20          102,75          100,40\n")
    assert [f.metric for f, _ in find_lined_table_figures(build_layout(spaced))[0]] == [
        "change_pct", "yoy_pct", "change_pct"]


def test_a_bare_amount_beside_a_column_of_units_is_in_its_rows_unit() -> None:
    # "Mặt hàng | ĐVT | Lượng | Trị giá (nghìn USD)": the amount of goods in the unit its row names, "Tấn" (was: the
    # column of amounts skipped)
    text = ("Mặt hàng\tĐVT\tLượng\tTrị giá (nghìn USD)\n"
            "Hạt tiêu\tTấn\t2.340\t11.250\n")
    rows = find_table_figures(build_layout(text))
    assert [(f.value, f.unit, x["label"]) for f, x in rows] == [
        (2340.0, "tonne", "Lượng (Hạt tiêu)"), (11250000.0, "USD", "Trị giá (Hạt tiêu)")]
    # near-miss: with no column of units, the amount has no unit to be read in: still skipped
    text = text.replace("\tĐVT", "").replace("\tTấn", "")
    assert [x["label"] for _, x in find_table_figures(build_layout(text))] == ["Trị giá (Hạt tiêu)"]


def test_a_cell_a_line_table_whose_parts_are_lettered_in_capitals_reads_its_rows() -> None:
    # ("A" over "I" over "1": a budget table's parts lettered in capitals open rows as its roman and arabic numbers do)
    table = (
        "Đơn vị: triệu đồng\nSTT\nNội dung\nDự toán năm 2027\nA\nTổng thu ngân sách\n1.250.400\n"
        "I\nThu nội địa\n1.100.000\nB\nTổng chi ngân sách\n1.480.200\n"
    )
    got = [(extra["label"], f.value) for f, extra in find_lined_table_figures(build_layout(table))[0]]
    assert got == [("Tổng thu ngân sách", 1250400e6), ("Thu nội địa", 1100000e6), ("Tổng chi ngân sách", 1480200e6)]
    # (near miss: a capital standing where a figure should be breaks the table there, as any word does)
    broken = table.replace("1.480.200", "C")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(broken))[0]] == [1250400e6, 1100000e6]


def test_a_cell_a_line_tables_heads_and_names_broken_over_two_lines_are_said_once() -> None:
    # (a PDF copy breaks a long cell onto the next line: "Kế hoạch" / "năm 2027", "Tỷ lệ" / "(%)" in the header, a
    # row's name in capitals over two lines or its rest opening on a small letter: each is one cell)
    table = (
        "Đơn vị: triệu đồng\nSTT\nNội dung\nKế hoạch\nnăm 2027\nThực hiện\n6 tháng\nTỷ lệ\n(%)\n"
        "1\nTỔNG THU NGÂN SÁCH\nNHÀ NƯỚC\n840.000\n401.500\n47,8\n"
        "2\nThu tiền sử dụng\nđất\n120.000\n30.000\n25,0\n"
    )
    got = [(extra["label"], f.metric, f.value) for f, extra in find_lined_table_figures(build_layout(table))[0]]
    assert got == [
        ("TỔNG THU NGÂN SÁCH NHÀ NƯỚC", "target", 840000e6),
        ("TỔNG THU NGÂN SÁCH NHÀ NƯỚC", "level", 401500e6),
        ("TỔNG THU NGÂN SÁCH NHÀ NƯỚC", "plan_pct", 47.8),
        ("Thu tiền sử dụng đất", "target", 120000e6),
        ("Thu tiền sử dụng đất", "level", 30000e6),
        ("Thu tiền sử dụng đất", "plan_pct", 25.0),
    ]
    # (near miss: a row's name in small letters over another in capitals is two cells, no name going on: the row
    # breaks the table there)
    mixed = table.replace("Thu tiền sử dụng\nđất", "Thu tiền sử dụng\nĐẤT")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(mixed))[0]] == []


def test_a_space_aligned_table_of_kinds_of_damage_reads_each_kinds_count_and_worth() -> None:
    # ("Nhà bị sập   Cái   4   950" under "Số lượng   Giá trị (triệu đồng)": the houses the row names, counted by the
    # generic "Cái", and what that kind of damage is worth; the total row under the worths, the whole loss; as a tab
    # table's rows are read)
    table = (
        "Thiệt hại do lũ quét\n"
        "STT   Loại thiệt hại          Đơn vị tính   Số lượng   Giá trị (triệu đồng)\n"
        "1     Nhà bị sập              Cái           4          950\n"
        "2     Lúa bị vùi lấp          ha            12,5       310\n"
        "      Tổng cộng                                        1.260\n"
    )
    got = [(f.value, f.unit, extra["label"]) for f, extra in find_lined_table_figures(build_layout(table))[0]]
    assert got == [
        (4, "house", "Nhà bị sập"),
        (950e6, "VND", "Giá trị (Nhà bị sập)"),
        (12.5, "ha", "Lúa bị vùi lấp"),
        (310e6, "VND", "Giá trị (Lúa bị vùi lấp)"),
        (1260e6, "VND", "Giá trị (Tổng cộng)"),
    ]
    # (near miss: rows of things no damage names are no kinds of damage: their money stays the row's own)
    plain = table.replace("Nhà bị sập", "Nhà văn hóa").replace("Lúa bị vùi lấp", "Lúa giống hỗ trợ")
    plain = plain.replace("Loại thiệt hại", "Hạng mục")
    assert [extra["label"] for _, extra in find_lined_table_figures(build_layout(plain))[0]][:2] == [
        "Nhà văn hóa",
        "Nhà văn hóa",
    ]


def test_a_zero_in_the_row_of_a_kind_of_damage_is_no_damage() -> None:
    # ("Người mất tích | Người | 0" under "Loại thiệt hại": none went missing, no damage to count; set with tabs, with
    # spaces or a cell a line, as a place's "0" under a column of damage is none)
    tabbed = (
        "Tổng hợp thiệt hại do lốc xoáy\n"
        "STT\tLoại thiệt hại\tĐơn vị tính\tSố lượng\n"
        "1\tNgười mất tích\tNgười\t0\n2\tNhà bị tốc mái\tCái\t27\n3\tNgô bị đổ\tha\t0\n"
    )
    spaced = (
        "Tổng hợp thiệt hại do lốc xoáy\n"
        "STT   Loại thiệt hại     Đơn vị tính   Số lượng\n"
        "1     Người mất tích     Người         0\n2     Nhà bị tốc mái     Cái           27\n"
        "3     Ngô bị đổ          ha            0\n"
    )
    stacked = "Tổng hợp thiệt hại do lốc xoáy\n" + tabbed.split("\n", 1)[1].replace("\t", "\n")
    assert [f.value for f, _ in find_table_figures(build_layout(tabbed))] == [27]
    assert [f.value for f, _ in find_lined_table_figures(build_layout(spaced))[0]] == [27]
    assert [f.value for f, _ in find_lined_table_figures(build_layout(stacked))[0]] == [27]
    # (near miss: a table naming no damage keeps its zeros: "Số người chết | 0" of the month's traffic accidents)
    traffic = tabbed.replace("Tổng hợp thiệt hại do lốc xoáy", "Tai nạn giao thông tháng 5").replace(
        "Loại thiệt hại", "Chỉ tiêu"
    )
    assert [f.value for f, _ in find_table_figures(build_layout(traffic))] == [0, 27, 0]


@pytest.mark.parametrize("head", ["DT", "DT 2027", "DT năm 2027"])
def test_a_bare_dt_head_beside_th_is_the_estimate(head: str) -> None:
    # ("Nội dung | DT | TH | TH/DT (%)": the estimate written short heads the plan's column, as "Dự toán" does)
    assert classify_header(head).metric == "target"
    table = f"Đơn vị tính: tỷ đồng\nNội dung\t{head}\tTH\tTH/DT (%)\nThu nội địa\t3.100\t1.520\t49,0\n"
    assert [f.metric for f, _ in find_table_figures(build_layout(table))] == ["target", "level", "plan_pct"]


def test_a_dt_head_naming_more_is_no_estimate() -> None:
    # (near misses: "DT lúa", an area written short, and "dt" in small letters head no plan)
    assert classify_header("DT lúa").metric != "target"
    assert classify_header("dt").metric != "target"


def test_a_total_row_said_by_its_caption_leaves_the_captions_time_out_of_its_label() -> None:
    # ("Biểu 3. Thu ngân sách nhà nước 9 tháng năm 2027" over "Tổng số | 41.200 | 310.500": the row is the caption's
    # subject; the time is the columns' to say, the month's and the months' so far alike)
    caption = "Biểu 3. Thu ngân sách nhà nước 9 tháng năm 2027\nĐơn vị tính: triệu đồng\n"
    tabbed = caption + "Nội dung\tThực hiện tháng 9\tLũy kế 9 tháng\nTổng số\t41.200\t310.500\n"
    spaced = caption + (
        "Nội dung          Thực hiện tháng 9     Lũy kế 9 tháng\nTổng số           41.200                310.500\n"
    )
    assert {e["label"] for _, e in find_table_figures(build_layout(tabbed))} == {"Thu ngân sách nhà nước"}
    assert {e["label"] for _, e in find_lined_table_figures(build_layout(spaced))[0]} == {"Thu ngân sách nhà nước"}
    # (near miss: a caption that is only a time keeps it, no label's words being left)
    assert _without_its_time("Năm 2027") == "Năm 2027"
    assert _without_its_time("Vốn đầu tư thực hiện quý II/2027") == "Vốn đầu tư thực hiện"


def test_a_project_lists_status_cell_saying_the_works_share_built_is_its_progress() -> None:
    # "Tình hình thực hiện" over "Đang thi công, đạt 65% khối lượng": the work's progress, as a "Tiến độ" column's
    text = (
        "Danh mục công trình trọng điểm năm 2027\nĐơn vị tính: tỷ đồng\n"
        "TT\tTên công trình\tTổng mức đầu tư\tTình hình thực hiện\n"
        "1\tCầu Bản Vược\t310\tĐang thi công, đạt 65% khối lượng\n"
    )
    tables = _tables_of(text)
    assert [(r["project_name"], r["measure"], r["value"]) for r in tables["projects"] if r["unit"] == "pct"] == [
        ("Cầu Bản Vược", "plan_pct", 65.0)
    ]
    assert not [r for r in tables["indicators"] if r["value"] == 65.0]
    # near miss: a share of something else in the status cell is no share of the works built
    paid = text.replace("đạt 65% khối lượng", "đã giải ngân 65%")
    assert not [r for r in _tables_of(paid)["projects"] if r["unit"] == "pct" and r["measure"] == "plan_pct"]


def test_a_project_lists_progress_cell_is_the_works_share_done() -> None:
    # ("Tên công trình | Tổng mức đầu tư | Tiến độ" over "Trường THCS Hòa An | 42 | Đạt 70% khối lượng": the work's
    # progress, as "Trường THCS Hòa An đạt 70% khối lượng" is read; a bare "80%" alike)
    text = (
        "UBND TỈNH CAO BẰNG\nDanh mục công trình trọng điểm năm 2027\nĐơn vị tính: tỷ đồng\n"
        "TT\tTên công trình\tTổng mức đầu tư\tTiến độ\n"
        "1\tTrường THCS Hòa An\t42\tĐạt 70% khối lượng\n2\tKè sông Bằng Giang\t96\t80%\n"
    )
    progress = sorted((r["project_name"], r["measure"], r["value"]) for r in _tables_of(text)["projects"]
                      if r["unit"] == "pct")
    assert progress == [("Kè sông Bằng Giang", "plan_pct", 80.0), ("Trường THCS Hòa An", "plan_pct", 70.0)]
    # (near miss: under a column of notes a bare per cent is no work's progress; a share of the works written out,
    # "Đạt 70% khối lượng", says what it is under any column, as in a sentence)
    noted = text.replace("\tTiến độ\n", "\tGhi chú\n")
    assert [(r["project_name"], r["value"]) for r in _tables_of(noted)["projects"] if r["unit"] == "pct"] == [
        ("Trường THCS Hòa An", 70.0)]


def test_a_spaced_project_lists_progress_cell_is_the_works_share_done() -> None:
    # ("Tên công trình   Tổng mức đầu tư   Tiến độ" over "Cầu Bản Lìm   38   Đạt 55%", laid out with spaces: the
    # work's progress, as a tab table's cell is read; the words had been dropped with their figure)
    text = (
        "UBND TỈNH LẠNG SƠN\nDanh mục công trình trọng điểm năm 2027\nĐơn vị tính: tỷ đồng\n"
        "TT   Tên công trình            Tổng mức đầu tư   Tiến độ\n"
        "1    Cầu Bản Lìm               38                Đạt 55%\n"
        "2    Trường mầm non Hữu Lũng   21                Hoàn thành 85%\n"
    )
    progress = sorted(
        (r["project_name"], r["measure"], r["value"]) for r in _tables_of(text)["projects"] if r["unit"] == "pct"
    )
    assert progress == [("Cầu Bản Lìm", "plan_pct", 55.0), ("Trường mầm non Hữu Lũng", "plan_pct", 85.0)]
    # (near miss: under a column of notes the same per cent is no work's progress)
    noted = text.replace("   Tiến độ\n", "   Ghi chú\n")
    assert not [r for r in _tables_of(noted)["projects"] if r["unit"] == "pct"]


@pytest.mark.parametrize("head", ["Số tiền", "Số vốn", "Kinh phí", "Số thu", "Số chi"])
def test_a_bare_head_of_money_is_each_rows_amount(head: str) -> None:
    # ("Khoản thu | Số thu" under "Đơn vị tính: triệu đồng": each row's own amount in the table's unit)
    assert classify_header(head).role == "value"
    table = f"Đơn vị tính: triệu đồng\nNội dung\t{head}\nThuế tài nguyên\t1.480\nLệ phí trước bạ\t265\n"
    assert [f.value for f, _ in find_table_figures(build_layout(table))] == [1480e6, 265e6]


def test_a_head_of_money_saved_is_no_rows_amount() -> None:
    # (near miss: "Số tiết kiệm" beside a row of spending is the money saved of it, not the spending: no bare amount)
    assert classify_header("Số tiết kiệm").role == "skip"


def test_a_head_naming_the_rate_applied_holds_amounts_not_per_cents() -> None:
    # ("Số tiết kiệm 10%" beside "Dự toán chi thường xuyên" under "Đơn vị tính: triệu đồng": the money saved at that
    # rate, no share of a plan of 1.250%; read as the head without its rate is)
    assert classify_header("Số tiết kiệm 10%") == classify_header("Số tiết kiệm")
    table = "Đơn vị tính: triệu đồng\nNội dung\tDự toán năm 2027\tSố tiết kiệm 10%\nChi quản lý nhà nước\t8.400\t840\n"
    assert [f.unit for f, _ in find_table_figures(build_layout(table))] == ["VND"]
    # (near misses: a column of per cents, a base set to a hundred and a rate reached keep their reading)
    assert classify_header("Giải ngân so với kế hoạch (%)").metric == "plan_pct"
    assert classify_header("Tháng 9/2027 so với kỳ gốc 2019 = 100%").metric == "change_pct"
    assert classify_header("Đạt 90%").metric == "plan_pct"


def test_the_next_tables_header_a_column_shorter_is_no_row_of_the_table_above() -> None:
    # ("TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027" rows, a blank line, "STT | Nội dung | Năm 2026 | Năm 2027": the
    # second header's "Năm 2026" under the unit's head had been split as a unit run into its figure, 2026 a value)
    text = (
        "TT\tChỉ tiêu\tĐVT\tNăm 2026\tNăm 2027\n1\tSản lượng chè búp tươi\ttấn\t8.200\t8.650\n\n"
        "STT\tNội dung\tNăm 2026\tNăm 2027\n1\tSố hộ cận nghèo\t940\t870\n"
    )
    got = [(extra["label"], f.value) for f, extra in find_table_figures(build_layout(text))]
    assert got == [
        ("Sản lượng chè búp tươi", 8200),
        ("Sản lượng chè búp tươi", 8650),
        ("Số hộ cận nghèo", 940),
        ("Số hộ cận nghèo", 870),
    ]
    # (near miss: a row a cell short whose unit runs into its figure is still parted)
    run_into = "TT\tChỉ tiêu\tĐVT\tNăm 2026\tNăm 2027\n2\tLuân chuyển hàng hóa\tTriệu tấn.km 95,4\t102,1\n"
    assert [f.value for f, _ in find_table_figures(build_layout(run_into))] == [95.4e6, 102.1e6]


def test_a_lead_in_alone_between_a_cell_a_line_tables_rows_goes_on_with_the_table() -> None:
    # ("Trong đó:" alone on its line between "Thu nội địa" and its parts: no row of its own, and the table goes on)
    table = (
        "Đơn vị: triệu đồng\nSTT\nNội dung\nDự toán năm 2027\nThực hiện năm 2027\nI\nThu nội địa\n950.000\n980.000\n"
        "Trong đó:\n1\nThuế tài nguyên\n40.000\n45.000\n2\nLệ phí trước bạ\n35.000\n38.000\n"
    )
    got = [(extra["label"], f.value) for f, extra in find_lined_table_figures(build_layout(table))[0]]
    assert [value for label, value in got if label != "Thu nội địa"] == [40000e6, 45000e6, 35000e6, 38000e6]
    # (near miss: another line of words there still ends the table, the rows under it no rows of it)
    ended = table.replace("Trong đó:", "Ghi nhận thêm:")
    assert [f.value for f, _ in find_lined_table_figures(build_layout(ended))[0]] == []


def test_a_tables_rows_of_offices_under_a_budget_items_column_are_each_offices_budget() -> None:
    # "Đơn vị | Dự toán chi thường xuyên" over "Sở Tư pháp | 8.200": the office's recurrent spending estimate (budgets),
    # named by the column and the office, not a target named after the office (near-miss: a column naming no item of
    # the budget, "Kế hoạch năm 2027", keeps the office's own row)
    text = ("UBND TỈNH LAI CHÂU\nPhân bổ ngân sách cho các cơ quan năm 2027\nĐơn vị tính: triệu đồng\n"
            "STT\tĐơn vị\tDự toán chi thường xuyên\n"
            "1\tSở Tư pháp\t8.200\n"
            "2\tSở Công Thương\t6.100\n"
            "\tTổng cộng\t14.300\n")
    got = [(f.value, e["label"]) for f, e in find_table_figures(build_layout(text))]
    assert got == [
        (8200e6, "Dự toán chi thường xuyên (Sở Tư pháp)"),
        (6100e6, "Dự toán chi thường xuyên (Sở Công Thương)"),
        (14300e6, "Tổng cộng dự toán chi thường xuyên"),
    ]
    near = text.replace("Dự toán chi thường xuyên", "Kế hoạch năm 2027")
    assert "Sở Tư pháp" in [e["label"] for _, e in find_table_figures(build_layout(near))]


def test_a_rate_column_named_by_the_quantity_before_it_is_read_in_per_cent_in_a_table_of_provinces() -> None:
    # "Tỉnh | Vốn FDI (triệu USD) | So cùng kỳ (%)": the rate compares the column before it, in per cent whatever
    # that column's unit, an index on the year before (108,5: 8,5% more); it was dropped, the row naming no unit
    text = ("Đầu tư nước ngoài quý I năm 2027\n\nĐơn vị: triệu USD\n"
            "TT\tTỉnh\tVốn FDI (triệu USD)\tSo cùng kỳ (%)\n"
            "1\tLong An\t640\t108,5\n"
            "2\tTây Ninh\t310\t96,0\n")
    from orchestration.extraction import extract_document

    rows = extract_document(text.encode(), "fdi.txt").tables["indicators"].iter_rows(named=True)
    got = {(r["metric"], r["value"], r["indicator_label"]) for r in rows}
    assert ("yoy_pct", 8.5, "Vốn FDI (Long An)") in got
    assert ("yoy_pct", -4.0, "Vốn FDI (Tây Ninh)") in got
    assert ("level", 640e6, "Vốn FDI (Long An)") in got



def test_a_count_unit_in_a_heads_brackets_is_the_columns_unit() -> None:
    # ("Năm 2026 (triệu kWh)", "Thực hiện (nghìn TEU)", "(MW)": a count's unit with its scale, as "(tỷ đồng)" is)
    energy = classify_header("Năm 2026 (triệu kWh)")
    assert (energy.role, energy.metric, energy.unit) == ("value", "level", ("count", 1e6, "kWh"))
    assert classify_header("Thực hiện 2026 (nghìn TEU)").unit == ("count", 1e3, "TEU")
    assert classify_header("Năm 2026 (MW)").unit == ("count", 1.0, "MW")
    # (near-miss: words in brackets that are no unit leave the head as it was)
    assert classify_header("Năm 2026 (giá hiện hành)").unit is None
    assert classify_header("Năm 2026 (sơ bộ)").unit is None

def test_the_first_column_of_words_over_rows_of_words_is_the_rows_names_whatever_its_head() -> None:
    # ("Đối tượng", "Thành phần": a head no list of name heads knows, over rows named in words) the rows' names
    text = ("Kết quả cấp thẻ bảo hiểm y tế năm 2026\n\n"
            "TT\tĐối tượng\tNăm 2026\tSo với năm 2025 (%)\n"
            "1\tHộ cận nghèo\t8.420\t103,5\n"
            "2\tHọc sinh, sinh viên\t61.300\t101,2\n")
    got = [(extra["label"], f.metric, f.value) for f, extra in find_table_figures(build_layout(text))]
    assert ("Hộ cận nghèo", "level", 8420) in got
    assert ("Học sinh, sinh viên", "yoy_pct", 1.2) in got
    # (a column of a year in a count's unit is no quantity of its own: the row's name is its subject)
    counted = "Thành phần\tNăm 2026 (nghìn TEU)\tSo với năm 2025 (%)\nHàng xuất khẩu\t85,2\t104,0\n"
    got = [(extra["label"], f.metric, f.value) for f, extra in find_table_figures(build_layout(counted))]
    assert ("Hàng xuất khẩu", "level", 85200) in got
    # (near-miss: a first column of years is no column of names, and a note's head stays a note)
    years = "Năm\tSản lượng (tấn)\tSo với năm trước (%)\n2025\t410\t102,0\n"
    assert all(extra["label"] != "2025" for _, extra in find_table_figures(build_layout(years)))
    notes = "Ghi chú\tNăm 2026\nĐã cấp đủ\t8.420\n"
    assert find_table_figures(build_layout(notes)) == []
    # (nor is a line holding figures, a row with no header, a header over the line below it)
    rows = "Ngô vụ đông\tha\t410\t395\nĐậu tương\t85 tấn\t96%\n"
    assert find_table_figures(build_layout(rows)) == []


def test_a_name_then_its_amount_with_its_unit_after_a_tab_reads_as_a_sentence() -> None:
    # ("-\tNuôi trồng thủy sản\t32 ha", "Chi ngân sách:\t0,9 tỷ đồng": a quickly typed list, a tab for its colon; the
    # line was dropped, a row with no header)
    assert runs_on_after_a_tab("-\tNuôi trồng thủy sản\t32 ha")
    assert runs_on_after_a_tab("Chi ngân sách:\tước 0,9 tỷ đồng")
    head = "UBND XÃ AN PHÚ (tỉnh Gia Lai)\nBáo cáo tháng 5/2027\n\n"
    rows = indicator_rows(head + "+\tNuôi trồng thủy sản\t32 ha\n")
    assert [(r["indicator_label"], r["value"], r["unit"]) for r in rows] == [("Nuôi trồng thủy sản", 32, "ha")]
    # (near misses: bare numbers and per cents mean what a header says, and there is none)
    assert not runs_on_after_a_tab("Tổng chi\t38,5\t92%")
    assert not runs_on_after_a_tab("Tổng chi\t3,2 tỷ đồng\t92%")


def test_a_spaced_tables_first_head_of_words_over_rows_of_words_is_the_rows_names() -> None:
    # ("Đối tượng      Năm 2027 (thẻ)      So với năm 2026 (%)" over "Hộ cận nghèo      8.420      103,5": laid out with
    # spaces, a head no list of name heads knows stands over the rows' names, as in a tab table; the table gave no row)
    text = ("Kết quả cấp thẻ bảo hiểm y tế năm 2027\n\n"
            "Đối tượng          Năm 2027        So với năm 2026 (%)\n"
            "Hộ cận nghèo          8.420              103,5\n"
            "Học sinh             61.300              101,2\n")
    assert _lined_read(text) == [("Hộ cận nghèo", 8420), ("Hộ cận nghèo", 3.5), ("Học sinh", 61300), ("Học sinh", 1.2)]
    # (near miss: under it a line of words with no figures set apart is no row: no table)
    prose = text.replace("Hộ cận nghèo          8.420              103,5", "Hộ cận nghèo          được cấp đủ")
    assert find_lined_table_figures(build_layout(prose))[0] == []


def test_a_column_headed_by_a_day_holds_the_stock_on_that_day_in_the_reports_period() -> None:
    # ("Chỉ tiêu | Đơn vị | 31/5/2027 | So với đầu năm (%)" in a report on May 2027: the stock standing on the month's
    # last day, of the report's month as of that day, as "đến 31/5/2027" in a sentence is; a bare day had been that
    # one day's period, and "Đến 31/5/2027" no column at all)
    for head in ("31/5/2027", "Đến 31/5/2027", "Số dư đến 31/5/2027"):
        text = f"Hoạt động tín dụng tháng 5/2027\nChỉ tiêu\tĐơn vị\t{head}\tSo với đầu năm (%)\n"
        text += "Dư nợ cho vay hộ nghèo\tTỷ đồng\t2.340\t4,2\n"
        level = next(x for f, x in find_table_figures(build_layout(text)) if f.metric == "level")
        month = (dt.date(2027, 5, 1), dt.date(2027, 5, 31))
        assert (level.get("period"), level.get("as_of")) == (month, dt.date(2027, 5, 31)), head
    # (a day outside the report's period is of that day's own year)
    assert classify_header("31/12/2026").as_of == dt.date(2026, 12, 31)
    # near misses: a bulletin's column of one day, not a month's end, is what that day came to; "Ngày 31/5/2027"
    # keeps its day
    assert classify_header("27/10/2026").period == (dt.date(2026, 10, 27), dt.date(2026, 10, 27))
    assert classify_header("27/10/2026").as_of is None
    assert classify_header("Ngày 31/5/2027").as_of is None


def test_a_unit_line_listing_two_units_puts_each_row_in_the_one_its_name_calls_for() -> None:
    # ("ĐVT: hộ, triệu đồng" over the rows: a row counting households in hộ, a row of money paid out in triệu đồng;
    # the money row had been a bare count, 4.150 of nothing)
    text = "Kết quả hỗ trợ năm 2027\nĐVT: hộ, triệu đồng\nSTT\tNội dung\tKế hoạch\tThực hiện\n"
    text += "1\tSố hộ được hỗ trợ nhà ở\t120\t135\n2\tKinh phí đã chi trả\t4.500\t4.150\n"
    got = [(f.metric, f.value, f.unit) for f, _ in find_table_figures(build_layout(text))]
    households, money = [("target", 120, "household"), ("level", 135, "household")], [("target", 4500e6, "VND")]
    assert got == [*households, *money, ("level", 4150e6, "VND")]
    # near misses: a row naming neither stays as it was, a count; "thu" of a harvest is no money
    harvest = text.replace("Kinh phí đã chi trả", "Diện tích thu hoạch")
    assert [f.unit for f, _ in find_table_figures(build_layout(harvest))][2:] == ["count", "count"]


def test_a_column_of_the_resolutions_figure_written_short_is_the_target() -> None:
    # ("Chỉ tiêu | ĐVT | NQ ĐH | TH 2030": what the congress's resolution aimed at beside what was done; the column had
    # been skipped, its figures lost)
    text = "TT\tChỉ tiêu\tĐơn vị\tNQ ĐH\tTH 2030\n1\tTỷ lệ hộ dùng nước sạch\t%\t95\t96,4\n"
    got = [(f.metric, f.value) for f, _ in find_table_figures(build_layout(text))]
    assert got == [("target", 95), ("level", 96.4)]
    assert classify_header("NQ HĐND").metric == "target"


def test_a_table_named_by_a_crop_and_its_measure_written_short_labels_each_row_with_both() -> None:
    # ("Cây trồng | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện" over "Cà phê | DT | ha", "| NS | tạ/ha", "| SL | tấn": the
    # crop's name merged down its rows, its measure written short in the second names column; every row had been
    # labelled with the crop alone, its area, yield and output one subject)
    text = "Cây trồng\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\nCà phê\tDT\tha\t300\t310\n\tNS\ttạ/ha\t28\t29,5\n"
    text += "\tSL\ttấn\t840\t914\nHồ tiêu\tDiện tích\tha\t60\t58\n"
    got = [(x["label"], f.value) for f, x in find_table_figures(build_layout(text)) if f.metric == "level"]
    coffee = [("Diện tích cà phê", 310), ("Năng suất cà phê", 29.5), ("Sản lượng cà phê", 914)]
    assert got == [*coffee, ("Diện tích hồ tiêu", 58)]
    # near miss: a short beside a unit not its own (a budget's "DT", its estimate, in money) names no area
    money = text.replace("Cà phê\tDT\tha", "Cà phê\tDT\ttriệu đồng")
    assert [x["label"] for f, x in find_table_figures(build_layout(money))][:2] == ["Cà phê", "Cà phê"]


def test_a_spaced_table_under_a_unit_line_listing_two_units_puts_each_row_in_its_own() -> None:
    # (the spaced form of "ĐVT: hộ, triệu đồng" over a table: the money row had been a bare count, as in a tab table)
    text = "Kết quả hỗ trợ năm 2027\nĐVT: hộ, triệu đồng\nNội dung                  Kế hoạch      Thực hiện\n"
    text += "Số hộ được hỗ trợ             120           135\nKinh phí đã chi trả         4.500         4.150\n"
    got = [(f.value, f.unit) for f, _ in find_lined_table_figures(build_layout(text))[0]]
    assert got == [(120, "household"), (135, "household"), (4500e6, "VND"), (4150e6, "VND")]
