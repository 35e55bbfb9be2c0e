"""Layout repair: offsets back to the source survive NFC, markup, page numbers and wrapped lines."""

import re
import unicodedata

from orchestration.extraction.layout import _a_unit_line, build_layout


def _source_span_of(layout, phrase: str) -> str:
    i = layout.clean.index(phrase)
    a, b = layout.span_to_source(i, i + len(phrase))
    return layout.source[a:b]


def test_wrapped_pdf_lines_join_into_one_sentence() -> None:
    text = "Tổng mức bán lẻ hàng hóa \n\nước đạt 4.705 tỷ đồng, \n\ntăng 12,1% so với cùng kỳ."
    layout = build_layout(text)
    assert "hàng hóa   " in layout.clean
    assert "\n" not in layout.clean.strip()
    assert len(layout.paragraphs) == 1


def test_the_rest_of_a_table_rows_name_under_it_stays_its_own_line() -> None:
    # "Sản lượng cá nuôi | tấn | 9.300" then "lồng bè", a blank line and a paragraph: the row's name goes on below it,
    # no sentence runs from it into the paragraph
    text = "Chỉ tiêu\tĐVT\tNăm 2027\nSản lượng cá nuôi\ttấn\t9.300\nlồng bè\n\nNhìn chung, ngành phát triển."
    assert "lồng bè\n" in build_layout(text).clean
    # near miss: the same short lower-case lines under a sentence, not a table's row, are one sentence
    prose = text.replace("Sản lượng cá nuôi\ttấn\t9.300\n", "Sản lượng cá nuôi đạt 9.300 tấn, chủ yếu\n")
    assert "lồng bè\n" not in build_layout(prose).clean


def test_page_number_between_lines_of_a_sentence_is_blanked() -> None:
    text = "gồm 07 nhóm nhiệm vụ, trong đó \n\n\n\n2 \n\nUBND tỉnh giao 118 nhiệm vụ cụ thể."
    layout = build_layout(text)
    assert " 2 " not in layout.clean
    assert "118 nhiệm vụ" in layout.clean
    assert len(layout.paragraphs) == 1


def test_bullets_and_headings_start_new_paragraphs() -> None:
    text = "Kết quả như sau:\n- Nông, lâm nghiệp đạt 4,5%;\n- Dịch vụ đạt 8,6%.\nII. NHIỆM VỤ"
    assert len(build_layout(text).paragraphs) == 4


def test_footnote_markers_are_blanked_but_offsets_kept() -> None:
    text = "vi phạm<sup>1</sup>. Có 5/17 xã đạt chuẩn nông thôn mới¹, có 02²/06 xã"
    layout = build_layout(text)
    assert "<sup>" not in layout.clean and "¹" not in layout.clean and "²" not in layout.clean
    assert len(layout.clean) == len(text)
    assert _source_span_of(layout, "5/17 xã") == "5/17 xã"


def test_plain_digits_marking_the_footnotes_under_a_rule_are_blanked() -> None:
    # a PDF's text flattens the superscript markers: under the rule, "1 Năm 2026 …" had been read as a count of 1
    text = ("Mở đầu.\nChỉ số sản xuất công nghiệp tăng 7,8%1 so với cùng kỳ; xuất khẩu đạt 640 triệu USD2.\n"
            "________\n1 Năm 2026 chỉ số tăng 6,9%.\n2 Trong đó xuất khẩu điện tử đạt 210 triệu\nUSD.\n"
            "(3) Kim ngạch nhập khẩu 380 triệu USD.\n4 Cùng kỳ có 95 doanh nghiệp.\n")
    clean = build_layout(text).clean
    assert "\n  Năm 2026 chỉ số tăng 6,9%." in clean and "\n  Trong đó xuất khẩu" in clean
    assert "\n  Cùng kỳ có 95 doanh nghiệp." in clean
    assert len(clean) == len(text)
    # near misses: a count opening a line under the rule, its noun in lower case, is a figure; and a numbered line
    # with no rule above it is the text's own
    counted = "Mở đầu.\n________\n45 xã đạt chuẩn nông thôn mới.\n"
    assert "45 xã" in build_layout(counted).clean
    assert "1 Năm 2026" in build_layout(text.replace("________\n", "")).clean


def test_the_recipients_of_a_paper_are_blanked_but_the_signing_block_beside_them() -> None:
    # "- 14 tổ dân phố;" names whom the paper goes to, it counts nothing: it had been read as a count of 14
    text = ("Thu ngân sách đạt 6,2 tỷ đồng.\n\nNơi nhận:      TM. ỦY BAN NHÂN DÂN\n"
            "- Thường trực Đảng ủy;       CHỦ TỊCH\n- 14 tổ dân phố;\n+ 3 trường học;\n"
            "- Lưu: VT.                 Hà Văn Tư\n")
    clean = build_layout(text).clean
    assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["6,2"]
    assert "CHỦ TỊCH" in clean and "Hà Văn Tư" in clean and "Nơi nhận:" in clean
    assert len(clean) == len(text)
    # (near miss: a list under another head keeps its counts)
    listed = text.replace("Nơi nhận:", "Kết quả:")
    assert "14 tổ dân phố" in build_layout(listed).clean


def test_superscript_after_metre_is_a_unit_not_a_footnote() -> None:
    layout = build_layout("khai thác được 3.457,938 m<sup>3</sup> gỗ và 126.727 m³ gỗ rừng trồng")
    assert "m³ " in layout.clean
    assert "126.727 m³" in layout.clean


def test_glued_footnote_digit_is_removed_but_units_stay() -> None:
    layout = build_layout("tăng cường kiểm tra vi phạm2. Khai thác 50.000m3 đất, 20 km2.")
    assert "phạm " in layout.clean
    assert "50.000m3" in layout.clean


def test_a_number_glued_to_the_word_before_it_is_no_footnote() -> None:
    assert "giảm2,6%" in build_layout("Ngành dệt may giảm2,6% so với cùng kỳ.").clean


def test_markdown_and_html_are_blanked() -> None:
    layout = build_layout("## **X. ĐÁNH GIÁ CHUNG**\n<b>A</b>\tGD&amp;ĐT")
    assert "#" not in layout.clean and "*" not in layout.clean and "<b>" not in layout.clean
    assert "GD&" in layout.clean


def test_nfd_source_offsets_map_back_exactly() -> None:
    nfc = "Tổng mức bán lẻ ước đạt 4.705 tỷ đồng"
    nfd = unicodedata.normalize("NFD", nfc)
    layout = build_layout(nfd)
    assert layout.clean == nfc
    span = _source_span_of(layout, "4.705 tỷ đồng")
    assert unicodedata.normalize("NFC", span) == "4.705 tỷ đồng"
    assert span == nfd[nfd.index("4.705"):nfd.index("4.705") + len(span)]


def test_crlf_line_ends() -> None:
    layout = build_layout("Thu ngân sách đạt\r\n386 tỷ đồng.\r\n- Chi thường xuyên 1.879 tỷ đồng.")
    assert "\r" not in layout.clean
    assert _source_span_of(layout, "386 tỷ đồng") == "386 tỷ đồng"
    assert len(layout.paragraphs) == 2


def test_running_header_between_lines_of_a_sentence_is_blanked() -> None:
    header = "Báo cáo tình hình KT-XH 6 tháng đầu năm 2024"
    text = (f"{header}\nTổng mức bán lẻ hàng hóa ước đạt\n\n{header}\n4.705 tỷ đồng, tăng 12,1% so với\n"
            f"{header}\ncùng kỳ.")
    layout = build_layout(text)
    assert header not in layout.clean
    assert len(layout.paragraphs) == 1
    assert "ước đạt" in layout.clean and "4.705 tỷ đồng" in layout.clean


def test_a_bare_page_number_right_under_a_running_footer_is_blanked() -> None:
    # "… - UBND xã" over "2" with no blank line between: the page's number, not the first figure of the next page's
    # sentence ("2 sản lượng lúa …" had read a count of 2)
    footer = "Báo cáo kết quả 9 tháng năm 2026 - UBND xã Ia Grai"
    text = (f"Mở đầu.\nDiện tích lúa đạt 1.845 ha.\n\n{footer}\n2\n\nsản lượng lúa ước đạt 11.260 tấn.\n\n"
            f"{footer}\n3\n\nTổng đàn bò 4.210 con.\n\n{footer}\n4\n")
    clean = build_layout(text).clean
    assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["1.845", "11.260", "4.210"]
    # near-miss: a number alone under a line said once (no running footer) stays: a table's cell, one a line
    once = "Mở đầu.\nDiện tích lúa đạt 1.845 ha.\n\nSố xã có chợ\n2\n\nTổng đàn bò 4.210 con."
    assert "2" in build_layout(once).clean.split()


def test_a_bare_page_number_between_two_sentences_without_blank_lines_is_blanked() -> None:
    # a PDF's text sets its centred page number between the last line of one page and the first of the next, no blank
    # line around it: "7" counted "Đàn trâu" (a count of 7 had been read)
    for number_line in ("                                  7", "7"):
        text = f"Mở đầu.\nDiện tích lúa đông xuân đạt 12.300 ha.\n{number_line}\nĐàn trâu có 4.500 con.\n"
        clean = build_layout(text).clean
        assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["12.300", "4.500"], number_line
    # near misses: a figure after a line that opens a list, and a table laid out a cell a line, keep their numbers
    listed = "Mở đầu.\nSố xã đạt chuẩn nông thôn mới:\n14\nSố xã còn lại phấn đấu đạt chuẩn."
    assert "14" in build_layout(listed).clean.split()
    cells = "Mở đầu.\nChỉ tiêu\nSố xã\n14\nSố thôn\n85\n"
    assert "14" in build_layout(cells).clean.split()


def test_a_header_said_twice_beside_growing_page_numbers_is_blanked_from_a_cut_sentence() -> None:
    # "… tổng vốn 2,3" / "8" / the header / "triệu USD": a three-page report's header, each time beside its page's
    # number that a sentence the page cut stands above; the figure read across it, not "8 triệu USD"
    header = "UBND huyện Bảo Lâm - Báo cáo năm 2027"
    text = (f"Mở đầu.\nThu hút 4 dự án với tổng vốn 2,3\n{' ' * 30}8\n{header}\ntriệu USD. Đàn bò có 6.100 con.\n"
            f"{' ' * 30}9\n{header}\nTỷ lệ hộ nghèo còn 5,2%.\n")
    clean = " ".join(build_layout(text).clean.split())
    assert "Bảo Lâm" not in clean
    assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["4", "2,3", "6.100", "5,2"]
    assert "tổng vốn 2,3 triệu USD" in clean
    # (near miss: a line said twice beside figures that do not grow page by page stays the text's own)
    twice = "Mở đầu.\nSố hộ nghèo\n45\nHuyện Bảo Lâm có 12 xã.\nSố hộ nghèo\n38\nHết."
    assert build_layout(twice).clean.count("Số hộ nghèo") == 2


def test_a_footer_with_its_page_number_cutting_two_sentences_is_blanked() -> None:
    # a three-page report's footer, the number on its own line, said twice: each time between two lines of one
    # sentence ("… Sản lượng" / footer / "thủy sản …"), the footer's number had been read as a count
    def foot(n: int) -> str:
        return f"Báo cáo KT-XH quý III/2027 của UBND tỉnh Cà Mau                  {n}"
    text = (f"Mở đầu.\nThu ngân sách đạt 3.950 tỷ đồng. Sản lượng\n{foot(2)}\nthủy sản đạt 412.000 tấn. Tỷ lệ\n"
            f"{foot(3)}\nhộ nghèo còn 1,9%.\n")
    clean = " ".join(build_layout(text).clean.split())
    assert "Cà Mau" not in clean
    assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["3.950", "412.000", "1,9"]


def test_a_page_number_on_the_running_footers_own_line_is_blanked_with_it() -> None:
    # "Sở Công Thương tỉnh Gia Lai   Báo cáo quý II/2027   5": the footer carries its page's number on its line, so
    # each line differs from the others; the same words with a number growing page by page are the footer still
    # (a count of 5 "Sở Công Thương" had been read), at a line's head too as the next page's header
    def foot(n: int) -> str:
        return f"Sở Công Thương tỉnh Gia Lai   Báo cáo quý II/2027   {n}"
    text = (f"Mở đầu.\nSản lượng điện đạt 412 triệu kWh.\n\n{foot(5)}\n\n6   Sở Công Thương tỉnh Gia Lai   Báo cáo quý "
            f"II/2027\nKim ngạch xuất khẩu đạt 96 triệu USD.\n\n{foot(6)}\n\nTổng mức bán lẻ đạt 3.120 tỷ đồng.\n"
            f"{foot(7)}\n")
    clean = build_layout(text).clean
    assert "Sở Công Thương" not in clean
    assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["412", "96", "3.120"]


def test_rows_with_the_same_name_and_a_growing_figure_are_no_running_footer() -> None:
    # near-miss: one row name under each commune, its figure 2, 3, 4: rows among rows keep their figures
    rows = "".join(f"Xã {name}\nSố điểm sạt lở đất   {n}\nSố hộ phải di dời   {n * 7}\n"
                   for n, name in ((2, "Ba Tơ"), (3, "Ba Vì"), (4, "Ba Dinh")))
    clean = build_layout("Thiệt hại tại các xã:\n" + rows).clean
    assert clean.count("Số điểm sạt lở đất") == 3
    # a footer line saying a figure is no running line either ("Diện tích lúa 1.845 ha   2")
    text = "".join(f"Mở đầu {n}.\n\nDiện tích lúa đạt 1.845 ha năm 2026   {n}\n\n" for n in (2, 3, 4))
    assert build_layout(text).clean.count("1.845") == 3


def test_a_title_line_does_not_run_into_the_paragraph_after_it() -> None:
    text = "Khách lưu trú ở Phú Yên tăng mạnh\n\nKhách du lịch đến tỉnh trong quý II đạt 200 ngàn lượt."
    layout = build_layout(text)
    assert len(layout.paragraphs) == 2
    assert layout.clean.index("Khách du lịch") > layout.clean.index("\n")


def test_a_long_line_broken_by_a_blank_line_still_joins() -> None:
    line = "Trong quý, các hợp tác xã đã bán nhiều sản phẩm tại hội chợ với tổng doanh thu 40 triệu đồng. " * 2
    text = f"Mở đầu.\n{line}Toàn huyện có 03\n\nHợp tác xã bán hàng trên sàn thương mại điện tử."
    assert len(build_layout(text).paragraphs) == 2


def test_a_table_laid_out_a_cell_a_line_ends_at_its_last_cell_before_a_blank_line() -> None:
    # a web table copied a cell a line ends on a number alone; after a blank line, a paragraph opening in capitals is
    # no cell of it (it had been joined to the table, its figures read with the last row's subject)
    text = ("Mở đầu.\nMột số chỉ tiêu:\nChỉ tiêu\nĐơn vị\nNăm 2026\nSo cùng kỳ (%)\n"
            "Số lượt khách\nLượt\n52.000\n112,1\n\nThu ngân sách của xã đạt 12 tỷ đồng.")
    assert re.search(r"112,1 *\n\s*Thu", build_layout(text).clean)
    # near-miss: a sentence's line ending in its number before a capital still goes on (the line holds words too)
    assert len(build_layout("Mở đầu.\nToàn xã có 03\n\nHợp tác xã bán hàng qua mạng.").paragraphs) == 2


def test_in_a_report_typed_double_spaced_a_short_line_before_a_capital_goes_on() -> None:
    # only the text's title ends at its line: further down, "Ban chấp hành" + blank + "Trung ương" is one sentence
    text = ("BÁO CÁO TÌNH HÌNH QUÝ I\n\nTrong quý, HĐND tỉnh đã thông qua nghị quyết của Ban chấp hành\n\n"
            "Trung ương về sắp xếp 20 xã.\n\nDoanh thu đạt 40 tỷ đồng.")
    layout = build_layout(text)
    assert re.search(r"Ban chấp hành[ ]+Trung ương", layout.clean)
    assert len(layout.paragraphs) == 3


def test_a_photo_credit_closes_its_caption() -> None:
    # (a short caption is blanked whole: see the captions' test below; a long line a page ran its caption into ends at
    # the credit all the same)
    text = "Lễ khởi công chợ Phú An. Ảnh: Minh Tâm\nCông trình có tổng vốn 20 tỷ đồng.\n"
    assert build_layout(text).clean.strip() == "Công trình có tổng vốn 20 tỷ đồng."
    long_line = "Trạm bơm mới của xã phục vụ tưới cho cánh đồng lúa, rau màu của bà con. " * 5
    text = long_line + "Đồ họa: Lan Anh\n\nDự án dài 2 km.\n"
    assert "Lan Anh\n\nDự án" in build_layout(text).clean


def test_a_title_right_above_its_paragraph_ends_at_its_line() -> None:
    # no blank line under the headline, but the next line is a whole paragraph of its own
    text = ("Lốc xoáy quật đổ nhà dân ở hai xã ven biển\n"
            "Chiều 3/6, lốc xoáy làm 14 nhà bị tốc mái. Không có thiệt hại về người.")
    assert build_layout(text).clean.startswith("Lốc xoáy quật đổ nhà dân ở hai xã ven biển\nChiều 3/6")
    # a headline wrapped over two lines still reads as one
    wrapped = "Giá trị sản xuất công nghiệp của tỉnh\nTây Ninh tăng mạnh\n\nTrong quý I, ..."
    assert build_layout(wrapped).clean.startswith("Giá trị sản xuất công nghiệp của tỉnh Tây Ninh tăng mạnh")


def test_a_reports_title_under_its_kind_ends_above_the_body() -> None:
    # no "Kính gửi" line, no heading: the body's first sentence right under the title, whose periods are the
    # report's, not its own
    text = ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN\n\nBÁO CÁO\nKết quả 9 tháng, phương hướng quý IV năm 2027\n"
            "Giá trị sản xuất ước đạt 1.200 tỷ đồng, tăng 7% so với cùng kỳ. Thu ngân sách đạt 95 tỷ đồng.")
    assert "quý IV năm 2027\nGiá trị sản xuất" in build_layout(text).clean
    # the kind and the title on one line; a title wrapped over two lines ends at its second
    text = ("NGHỊ QUYẾT Về kế hoạch đầu tư công năm 2027\nGiao kế hoạch vốn 500 tỷ đồng cho 12 dự án. Điều 2 ...")
    assert "năm 2027\nGiao" in build_layout(text).clean
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm\n2027 trên địa bàn tỉnh\n"
            "Tổng sản phẩm trên địa bàn tăng 6,1%. Thu ngân sách đạt 40% dự toán.")
    clean = build_layout(text).clean
    assert "6 tháng đầu năm 2027 trên địa bàn tỉnh\nTổng sản phẩm" in clean
    # a sentence broken over two lines in the body still joins
    text = "BÁO CÁO\nTình hình quý I năm 2027\nDoanh thu du lịch đạt\n40 tỷ đồng, tăng 5%."
    assert "đạt 40 tỷ đồng" in build_layout(text).clean


def test_a_sentence_case_title_under_the_issuers_capitals_ends_at_its_line() -> None:
    # the issuer's line in capitals, then "Báo cáo ..." in sentence case and a blank line: the first sentence of the
    # body opens its own line (the title's "quý IV" is no period of it)
    text = ("UBND HUYỆN KỲ SƠN\n\nBáo cáo kết quả thực hiện nhiệm vụ quý IV và năm 2027\n\n"
            "Năm 2027, toàn huyện trồng mới 640 ha rừng.")
    assert "năm 2027\n\nNăm 2027, toàn huyện" in build_layout(text).clean
    # near miss: only that line ends at its end: the body's sentence a page broke over a blank line still joins
    clean = build_layout(text + " Báo cáo của các xã cho thấy\n\nTổng diện tích đạt 640 ha.").clean
    assert "cho thấy\n" not in clean


def test_a_pages_time_stamp_on_its_own_line_parts_headline_and_lead() -> None:
    text = "Kon Tum duyệt trường nội trú 90 tỷ đồng\n03/11/2022 08:45\nTrường nội trú Đăk Hà có 20 phòng học.\n"
    clean = build_layout(text).clean
    assert "đồng\n03/11/2022 08:45\nTrường" in clean
    text = "Thứ tư, 09/03/2022 10:05 (GMT+7)\nĐường tránh phía tây khởi công\n"
    assert "(GMT+7)\nĐường" in build_layout(text).clean
    # a date that ends a sentence's line is no stamp of its own
    text = "Tổng vốn giải ngân tính đến ngày 15/10/2022 là\n120 tỷ đồng.\n"
    assert "\n120" not in build_layout(text).clean


def test_a_labelled_time_stamp_and_a_date_marker_part_headline_and_lead() -> None:
    # the stamp under its label ("Cập nhật lúc", "Ngày đăng"), its time first or with seconds
    text = "Khánh thành trường mầm non Hoa Sen\nCập nhật lúc: 12/05/2019 - 08:15:30\nSáng 11/5, xã tổ chức lễ."
    assert "Hoa Sen\nCập nhật" in build_layout(text).clean
    assert "08:15:30\nSáng" in build_layout(text).clean
    # its time before the date and its zone without brackets
    text = "Nâng cấp đê bao Cái Sơn\nCập nhật: 14:05 21/03/2016 GMT+7\n(ĐN) - Tuyến đê dài 4 km."
    assert "Cái Sơn\nCập nhật" in build_layout(text).clean
    text = "Xây chợ mới ở Phú An\nKinh tế - Ngày đăng : 07:20, 03/02/2018\nNăm nay, xã xây chợ."
    assert "Phú An\nKinh tế" in build_layout(text).clean
    # the collector's date marker opens the lead under a headline
    text = "Hơn 5 tỷ đồng làm cầu Bến Đá\n date 2019-06 Huyện vừa khởi công cầu Bến Đá."
    assert "Bến Đá\n date" in build_layout(text).clean


def test_the_hour_of_a_clock_time_run_into_its_word_is_no_footnote() -> None:
    assert "lúc08:45" in build_layout("Cập nhật lúc08:45 ngày hôm qua.").clean
    assert "phạm " in build_layout("xử lý vi phạm3: cảnh cáo.").clean  # a footnote before a colon stays one


def test_a_date_marker_that_repeats_the_headline_ends_at_its_line() -> None:
    # the page gives its headline, then the collector's date marker with the headline once more, a
    # blank line, and the lead: the repeated headline does not run into the lead's first sentence
    text = ("Giá trị xuất khẩu quý III đạt 90 triệu USD\n date 2021-10 Giá trị xuất khẩu quý III đạt 90 triệu USD\n\n"
            "Theo Sở Công Thương, tổng vốn ngân sách giải ngân đạt 50 tỷ đồng.")
    clean = build_layout(text).clean
    assert "90 triệu USD\n\nTheo" in clean
    # a date marker over a lead of its own words still opens that lead
    text = "Chợ mới ở Phú An\n date 2019-06 Huyện vừa xây xong chợ\n\nchợ có 40 ki-ốt."
    assert "xây xong chợ  chợ có" in build_layout(text).clean


def test_a_headline_repeated_in_captions_that_states_a_rate_is_no_running_header() -> None:
    # a web page repeats its headline under each photo; a running header names the report, it tells no rate
    headline = "Hà Tĩnh ước tăng trưởng 7,2% năm 2025"
    text = (f"{headline}\n\nKỳ họp HĐND tỉnh đã bế mạc.\n{headline}\nẢnh minh họa.\n\n"
            f"Các đại biểu thảo luận.\n{headline}\nĐại biểu phát biểu.")
    assert build_layout(text).clean.count("7,2%") == 3


# --- texts as converters and scrapers deliver them ---------------------------------------------


def test_a_soft_hyphen_or_joiner_inside_a_word_is_no_character_of_it() -> None:
    for text, word in (("T\u00adổng thu ngân sách đạt 912 tỷ đồng", "Tổng thu"),
                       ("có 57 doanh nghi\u00adệp thành lập mới", "doanh nghiệp"),
                       ("đón 1,4 triệu lư\u200dợt khách", "lượt khách"),
                       ("Huyện Sìn\u2060 Hồ trồng 240 ha chè", "Sìn Hồ")):
        layout = build_layout(text)
        assert word in layout.clean
        assert _source_span_of(layout, word) == text[text.index(word[0]):][: len(word) + 1]
    # every offset of the clean text maps back into the source, the end onto the end
    text = "Kon\u00ad Tum: thu 1.845 tỷ đồng"
    layout = build_layout(text)
    assert _source_span_of(layout, "1.845 tỷ đồng") == "1.845 tỷ đồng"
    assert layout.to_source(len(layout.clean)) == len(text)


def test_a_zero_width_space_still_parts_words() -> None:
    # (near miss: the zero-width *space* stands between words, it is not dropped)
    assert "9,8 %" in build_layout("tăng 9,8\u200b% so với cùng kỳ").clean


def test_full_width_digits_and_signs_read_as_ascii() -> None:
    text = "Năm ２０２６, GRDP tăng ８，５％; thu ngân sách đạt １.２５０ tỷ đồng"
    layout = build_layout(text)
    assert layout.clean == "Năm 2026, GRDP tăng 8,5%; thu ngân sách đạt 1.250 tỷ đồng"
    assert _source_span_of(layout, "1.250 tỷ") == "１.２５０ tỷ"


def test_a_line_indented_with_a_tab_is_prose_not_a_table_row() -> None:
    text = "\tTổng thu ngân sách ước đạt 4.125 tỷ đồng.\n\t\tGiải ngân vốn đầu tư công đạt 61,3%."
    layout = build_layout(text)
    assert "\t" not in layout.clean
    assert _source_span_of(layout, "Tổng thu") == "Tổng thu"
    # (near miss: a row whose cells a tab parts keeps its tabs, an empty first cell too)
    for row in ("Thu ngân sách\t4.125\t3.980", "\tKế hoạch\tThực hiện"):
        assert build_layout(row).clean == row


def test_the_tab_after_a_list_marker_is_prose_not_a_table_cell() -> None:
    # how Word writes a list as plain text: the item's marker, a tab, the item
    for marker in ("-", "+", "•", "1.", "2.3.", "a)", "b.", "II.", "\t-"):
        text = f"{marker}\tThu ngân sách trên địa bàn đạt 52,4 tỷ đồng, bằng 91% dự toán."
        layout = build_layout(text)
        assert "\t" not in layout.clean and "đạt 52,4 tỷ đồng" in layout.clean, marker
        assert _source_span_of(layout, "Thu ngân sách") == "Thu ngân sách"
    # (near misses: a row numbered in its first cell, with more cells after the label's)
    for row in ("1.\tThu ngân sách\t52,4\t57,6", "a)\tKế hoạch\tThực hiện", "Lúa\t3.150"):
        assert build_layout(row).clean == row


def test_a_number_cut_inside_a_group_at_a_lines_end_is_read_whole_when_its_pieces_make_the_group() -> None:
    # ("đạt 1.2" / "50 tỷ đồng": the group's digits on both lines make three, the only reading; the pieces had been
    # blanked, the figure lost)
    cut = [("Tổng chi ngân sách ước\nđạt 1.2\n50 tỷ đồng.", "đạt 1.250 tỷ đồng")]
    cut += [("Sản lượng lúa đạt 21.4\n80 tấn, tăng 3%.", "đạt 21.480 tấn")]
    cut += [("Số lao động có việc làm đạt 3.45\n6 người.", "đạt 3.456 người")]
    for text, whole in cut:
        layout = build_layout(text)
        assert whole in layout.clean, layout.clean
        assert "\n" in _source_span_of(layout, whole[len("đạt ") :])  # (its evidence the text's own two lines)
    # (near miss: a number going on past the cut, "1.23" / "0.000 con", is no group made whole: neither piece is read)
    clean = build_layout("đàn gia cầm có 1.23\n0.000 con").clean
    assert "1.23" not in clean and "0.000" not in clean, clean
    # (near misses: a whole number at a line's end, the unit on the next line; a group of three; a decimal)
    assert "đạt 1.250 tỷ đồng" in build_layout("Tổng thu đạt 1.250\ntỷ đồng, đạt 54%.").clean
    assert "đàn gia cầm 215.000 con" in build_layout("đàn gia cầm\n215.000\ncon").clean
    assert "tăng 1,2 50 hộ" in build_layout("tăng 1,2\n50 hộ").clean


def test_page_numbers_marked_as_such_are_blanked_with_no_blank_line_around_them() -> None:
    for mark in ("- 3 -", "Trang 3", "Trang 3/12", "-12-"):
        text = f"Tổng thu ngân sách ước đạt 86,4 tỷ đồng, bằng\n{mark}\n112,3% dự toán tỉnh giao."
        layout = build_layout(text)
        assert "bằng 112,3%" in " ".join(layout.clean.split()), mark
        assert len(layout.paragraphs) == 1
    # (near miss: a bare number on its own line among others is a table's cell, one a line)
    assert "12" in build_layout("Số xã\n12\n15").clean


def test_a_header_repeated_beside_the_page_numbers_of_a_short_report_is_blanked() -> None:
    text = ("Tổng thu ngân sách ước đạt 86,4 tỷ đồng, bằng\n\nTrang 1/3\nUBND HUYỆN CHỢ ĐỒN\n\n"
            "112,3% dự toán. Tỷ lệ hộ nghèo giảm còn\n\n- 2 -\nUBND HUYỆN CHỢ ĐỒN\n\n21,35%.")
    clean = " ".join(build_layout(text).clean.split())
    assert "CHỢ ĐỒN" not in clean
    assert clean.endswith("bằng 112,3% dự toán. Tỷ lệ hộ nghèo giảm còn 21,35%.")
    # (near miss: a line said twice with no page number beside it is the text's own)
    twice = "Phát triển du lịch cộng đồng\nBản Lác đón 12.000 lượt khách.\nPhát triển du lịch cộng đồng\nxong."
    assert build_layout(twice).clean.count("Phát triển du lịch cộng đồng") == 2


def test_bullet_glyphs_of_symbol_fonts_start_lines_and_are_no_words() -> None:
    text = ("Kết quả năm 2025:\n➢ Sản lượng lúa đạt 24.360 tấn\n\uf0a7 Trồng rừng mới 860 ha\n"
            "► Tỷ lệ hộ nghèo còn 32,4%\n\uf0d8Giải quyết việc làm cho 1.340 lao động")
    layout = build_layout(text)
    assert len(layout.paragraphs) == 5
    assert not any(g in layout.clean for g in "➢►\uf0a7\uf0d8")
    assert _source_span_of(layout, "Trồng rừng mới 860 ha") == "Trồng rừng mới 860 ha"
    # (near miss: an arrow inside a line is left as written)
    assert "từ 5 → 7 xã" in build_layout("tăng từ 5 → 7 xã").clean


def test_the_letters_a_symbol_fonts_bullets_became_start_lines_and_are_no_words() -> None:
    # Word's Wingdings arrow written out as "Ø" had opened the label ("Ø Số hồ sơ tiếp nhận") and run on from the line
    text = "Kết quả 6 tháng:\nØ Số hồ sơ tiếp nhận 1.920 hồ sơ\n§ Trồng rừng mới 310 ha\nØ Tỷ lệ hộ nghèo còn 7,4%"
    layout = build_layout(text)
    assert len(layout.paragraphs) == 4
    assert "Ø" not in layout.clean and "§" not in layout.clean
    # (near miss: the letter inside a line, or glued to the word after it, is left as written)
    assert "mục § 3" in build_layout("Xem mục § 3 của quy chế.").clean


def test_a_posts_pictographs_opening_its_lines_are_bullets_and_no_words() -> None:
    # a portal's post lists its figures under emoji: each had run into the line above ("triệu lượt 🔸 Khách ...")
    text = ("Hà Giang: du lịch quý II/2026\n\n🔸 Lượt khách ước đạt 820.000 lượt\n☑️ Doanh thu 1.340 tỷ đồng\n"
            "2️⃣ Khách lưu trú 310.000 lượt\n📈 🏨 Công suất phòng 58%")
    layout = build_layout(text)
    assert len(layout.paragraphs) == 5
    assert [layout.clean[a:b].strip() for a, b in layout.paragraphs[1:]] == [
        "Lượt khách ước đạt 820.000 lượt", "Doanh thu 1.340 tỷ đồng", "Khách lưu trú 310.000 lượt",
        "Công suất phòng 58%"]
    assert _source_span_of(layout, "Doanh thu 1.340 tỷ đồng") == "Doanh thu 1.340 tỷ đồng"
    # (near miss: the signs a figure or a unit writes are no bullets, nor is a table's border drawn with boxes)
    for line in ("° C trung bình 27,5", "‰ tỷ suất sinh 14,2", "│ Lúa │ 5.200 │"):
        assert line in build_layout("Nhiệt độ tháng 6\n" + line).clean


def test_a_posts_hashtags_are_blanked_but_a_hash_before_prose_is_kept() -> None:
    # "#12ThangHoatDong" had given a count of 12 "Thang", and "#50NamThanhLap" one of 50 "Nam"
    text = ("Ninh Thuận đón 1,1 triệu lượt khách năm 2026. #NinhThuan #12ThangHoatDong\n"
            "#50NamThanhLap #DuLichXanh")
    clean = build_layout(text).clean
    assert len(clean) == len(text)
    assert clean.split() == ["Ninh", "Thuận", "đón", "1,1", "triệu", "lượt", "khách", "năm", "2026."]
    # (near miss: a heading typed without its space, a year or a number after "#", an address's fragment are no tags)
    for kept in ("#Kết quả năm 2026", "mục #3 của quy chế", "#2026", "ketqua.html#BangSoLieu"):
        assert kept in build_layout(kept).clean


def test_a_pictures_caption_and_alternative_text_are_blanked() -> None:
    # a caption restates the body's figure or tells the picture's story: "Ảnh 1: … 300 hộ dân" had been a count
    body = "Năm 2026, huyện trồng mới 1.150 ha rừng."
    for caption in ("Ảnh 1: Ra quân trồng rừng với 300 hộ dân tham gia.", "Hình ảnh: Vườn ươm 2 triệu cây giống",
                    "[Hình 2: Biểu đồ diện tích rừng trồng các năm, cao nhất 1.150 ha]",
                    "*Ảnh: Cán bộ kiểm lâm tuần tra 45 km đường rừng.*", "Chú thích ảnh: Đoàn 60 khách thăm mô hình.",
                    "ALT: Biểu đồ 5 năm trồng rừng", "Rừng keo 7 năm tuổi của hộ ông A. (Ảnh: Hồng Nhung)"):
        text = f"{body}\n\n{caption}\n"
        layout = build_layout(text)
        assert layout.clean.split() == body.split(), caption
    html = ("<p>Tỉnh có 38 chợ nông thôn.</p><figure><img src=\"c.jpg\"><figcaption>Chợ phiên với 200 gian hàng. "
            "Ảnh: Thu Hà</figcaption></figure><p>Tổng vốn đầu tư 64 tỷ đồng.</p>")
    assert " ".join(build_layout(html).clean.split()) == "Tỉnh có 38 chợ nông thôn. Tổng vốn đầu tư 64 tỷ đồng."
    # (near miss: the words opening a sentence of the body, not a caption's label, are left as written)
    for kept in ("Hình thức hỗ trợ: 12 triệu đồng mỗi hộ.", "Ảnh hưởng của bão số 3 làm 14 nhà bị tốc mái.",
                 "Alternative: 5 phương án"):
        assert build_layout(kept).clean == kept


def test_a_blank_line_parts_the_blocks_of_an_infographic() -> None:
    # name over figure, block after block: "Doanh nghiệp thành lập mới" had run back over "tỷ USD" of the block above
    text = ("LONG AN 9 THÁNG NĂM 2026\n\nTổng vốn FDI\n1,35 tỷ USD\n\nDoanh nghiệp thành lập mới\n980 doanh nghiệp\n\n"
            "Lượt khách du lịch\n2,4 triệu lượt")
    layout = build_layout(text)
    assert [" ".join(layout.clean[a:b].split()) for a, b in layout.paragraphs] == [
        "LONG AN 9 THÁNG NĂM 2026", "Tổng vốn FDI 1,35 tỷ USD", "Doanh nghiệp thành lập mới 980 doanh nghiệp",
        "Lượt khách du lịch 2,4 triệu lượt"]
    # figure over name: "Thu ngân sách nhà nước" had run on into the next block's "3,2 tỷ USD"
    text = ("Năm 2026\n\n9,1%\nTăng trưởng GRDP\n\n21.400 tỷ đồng\nThu ngân sách nhà nước\n\n"
            "3,2 tỷ USD\nKim ngạch xuất khẩu")
    clean = build_layout(text).clean
    assert "Tăng trưởng GRDP\n" in clean and "Thu ngân sách nhà nước\n" in clean
    # (near miss: a sentence wrapped over a blank line goes on in lower case, or a name over a figure in a sentence)
    for wrapped in ("Thu ngân sách đạt 4.125 tỷ đồng\n\ntăng 8% so với cùng kỳ.",
                    "Trong năm, toàn tỉnh có\n\n1.250 hộ thoát nghèo, đạt kế hoạch."):
        assert "\n" not in build_layout(wrapped).clean


def test_a_web_pages_list_of_related_articles_is_blanked() -> None:
    lead = "Sơn La: Kinh tế 9 tháng tăng trưởng khá\n\n" + "Tổng thu ngân sách ước đạt 4.125 tỷ đồng. " * 6
    for heading in ("Tin liên quan", "TIN CÙNG CHUYÊN MỤC", "Xem thêm:", "Các tin khác", "Tin bài khác"):
        text = (lead + f"\n\n{heading}\n\nLai Châu: 8 tháng thu ngân sách đạt 3.600 tỷ đồng\n"
                "Điện Biên thu hút 1,2 triệu lượt khách\n\nBình luận (0)\n")
        clean = build_layout(text).clean
        assert "3.600" not in clean and "1,2 triệu" not in clean, heading
        assert clean.count("4.125 tỷ đồng") == 6
    # the article goes on under a list set inside it: its prose is kept
    text = (lead + "\n\nTin liên quan\nLai Châu giải ngân đạt 58%\n\n"
            "Trong đó, thu nội địa đạt 3.210 tỷ đồng, tăng 8% so với cùng kỳ.")
    clean = build_layout(text).clean
    assert "58%" not in clean and "thu nội địa đạt 3.210 tỷ đồng" in clean
    # (near miss: "tin khác" in a sentence of the text is no list)
    text = lead + "\n\nTin khác về kinh tế cho thấy thu ngân sách đạt 4.500 tỷ đồng trong năm."
    assert "4.500 tỷ đồng" in build_layout(text).clean


def test_the_lists_of_most_read_and_newest_articles_are_blanked_as_related_ones_are() -> None:
    lead = "Cao Bằng: Du lịch 10 tháng khởi sắc\n\n" + "Doanh thu du lịch ước đạt 1.870 tỷ đồng. " * 6
    for heading in ("Bài viết liên quan", "TIN MỚI NHẤT", "Đọc nhiều", "Xem nhiều nhất trong tuần", "Tin cùng chủ đề",
                    "Tiêu điểm:", "Các bài viết khác"):
        text = (lead + f"\n{heading}\nBắc Kạn đón 640.000 lượt khách\n1. Hà Giang thu ngân sách 2.950 tỷ đồng\n"
                "Ý kiến bạn đọc (2)\n")
        clean = build_layout(text).clean
        assert "640.000" not in clean and "2.950" not in clean, heading
        assert clean.count("1.870 tỷ đồng") == 6
    # (near miss: a sentence opening on "Tin mới" is the article's own)
    text = lead + "\nTin mới từ Sở Du lịch cho biết lượng khách đạt 910.000 lượt."
    assert "910.000 lượt" in build_layout(text).clean


def test_a_news_pages_ticker_tool_bar_and_breadcrumb_are_blanked() -> None:
    # the weather and the prices of gold and the dollar at the top of a page are no figures of its article (they had
    # been read as 118.000.000 VND and 25.980 VND), nor the tool bar or the sections above its headline
    lines = ["Thứ Sáu, 14/05/2027", "Huế 31°C | Giá vàng SJC: 118.000.000 đ/lượng | Tỷ giá USD: 25.980 đ",
             "Trang chủ > Kinh tế > Du lịch", "Huế đón 1,2 triệu lượt khách trong 4 tháng",
             "Cỡ chữ  A-  A+  |  In bài  |  Chia sẻ", "Doanh thu du lịch đạt 3.450 tỷ đồng.",
             "Xã hội › Giáo dục"]
    text = "\n".join(lines) + "\n"
    clean = build_layout(text).clean
    assert re.findall(r"\d+(?:[.,]\d+)*", clean) == ["14", "05", "2027", "1,2", "4", "3.450"]
    assert "Huế đón 1,2 triệu lượt khách trong 4 tháng\n" in clean  # (the headline not run into the lead)
    assert len(clean) == len(text)
    # a fuel price's grade runs on into its number ("RON95"): the cell is still the ticker's
    text = "Mở đầu.\nXăng RON95-III: 20.150 đ | Xăng E5 RON92: 19.480 đ | Giá vàng SJC: 118.000.000 đ\n"
    assert "20.150" not in build_layout(text).clean and "19.480" not in build_layout(text).clean
    # near misses: a sentence with a price and two spaces, an arrow between words of a sentence, keep their words
    for kept in ("Giá vàng SJC tăng  2 triệu đồng mỗi lượng.", "Kinh tế > Xã hội trong ưu tiên chi."):
        assert kept in build_layout(f"Mở đầu.\n{kept}\n").clean


def test_a_scraped_pages_numbered_characters_and_paragraphs_read_as_its_text() -> None:
    text = ("<p>L&#7841;ng S&#417;n: Xu&#7845;t kh&#7849;u t&#259;ng m&#7841;nh</p>"
            "<p>Chi&#7873;u 5/7, kim ng&#7841;ch &#273;&#7841;t 3.215 tri&#7879;u USD.</p>")
    layout = build_layout(text)
    assert [layout.clean[a:b].strip() for a, b in layout.paragraphs] == [
        "Lạng Sơn: Xuất khẩu tăng mạnh", "Chiều 5/7, kim ngạch đạt 3.215 triệu USD."]
    assert _source_span_of(layout, "đạt 3.215 triệu USD") == "&#273;&#7841;t 3.215 tri&#7879;u USD"
    # the second paragraph's first character maps onto its own reference, not into the tag before it
    a, _ = layout.paragraphs[1]
    assert text[layout.to_source(a):].startswith("Chi&#7873;u")


_LEAD = "Kết quả 6 tháng đầu năm.\n\n"  # (the text's first line is its title, which ends at its line)


def test_a_list_item_ending_in_its_bare_figure_ends_at_its_line() -> None:
    for item, nxt in (("- Chi ngân sách địa phương: 310.250", "Nhìn chung công tác thu chi đạt khá."),
                      ("+ Số hộ được hỗ trợ 1.245", "Công tác giảm nghèo được quan tâm."),
                      ("• Vốn ngân sách tỉnh 58.000", "Các chủ đầu tư đã giải ngân kịp thời.")):
        clean = build_layout(f"{_LEAD}{item}\n{nxt}\n").clean
        assert clean.split("\n")[2].rstrip() == item, clean
    # (near misses: the unit carried over to the next line; a line in lower case goes on; no list item)
    assert "đạt 1.250 Tỷ đồng" in build_layout(_LEAD + "- Tổng thu đạt 1.250\nTỷ đồng, bằng 54% dự toán.").clean
    assert "đạt 1.250 và" in build_layout(_LEAD + "- Tổng thu đạt 1.250\nvà chi đạt 980 tỷ đồng.").clean
    assert "năm 2025 Ủy ban" in build_layout(_LEAD + "Trong năm 2025\nỦy ban nhân dân tỉnh ban hành 12 văn bản.").clean


def test_a_body_line_without_its_full_stop_ends_on_its_figure_or_the_period_compared() -> None:
    # a body written without full stops: a line closing on a figure and its unit, on a per cent, on the same period
    # it compares with or on the plan a per cent is of ends its sentence when the next line opens one
    for line, nxt in (("Diện tích cà phê cho thu hoạch đạt 21.300 ha, tăng 0,6% so với cùng kỳ năm trước",
                       "Năng suất bình quân ước đạt 28 tạ/ha."),
                      ("Toàn huyện có 14.250 con trâu, 9.870 con bò, 61.400 con lợn",
                       "Công tác tiêm phòng được triển khai đúng kế hoạch."),
                      ("Kim ngạch xuất khẩu ước đạt 412 triệu USD, tăng 7,4%",
                       "Các mặt hàng chủ lực vẫn giữ được thị trường."),
                      ("Vụ Hè Thu gieo sạ 31.600 ha, đạt 98,7% kế hoạch",
                       "Hiện nay lúa đang trong giai đoạn làm đòng.")):
        clean = build_layout(f"{_LEAD}{line}\n{nxt}\n").clean
        assert clean.split("\n")[2].rstrip() == line, clean
    # near misses: who set the plan, named on the next line ("Trung ương giao"), a place's name ("Hàn Quốc"), a unit
    # carried over the break, a count's word followed by its verb ("21 xã đạt chuẩn" + "Nông thôn mới") and a line
    # that ends on a word of its sentence go on
    for line, nxt in (("Thu ngân sách đạt 1.640 tỷ đồng, bằng 43,5% dự toán", "Trung ương giao."),
                      ("Chi thường xuyên bằng 51,2% dự toán", "Hội đồng nhân dân huyện giao."),
                      ("Thị trường xuất khẩu chủ yếu là 4.200 tấn sang", "Hàn Quốc và Nhật Bản."),
                      ("Tổng thu đạt 1.250", "Tỷ đồng, bằng 54% dự toán."),
                      ("Đến nay toàn huyện có 21 xã đạt chuẩn", "Nông thôn mới nâng cao."),
                      ("Sản lượng lúa tăng so với cùng kỳ nhờ thời tiết thuận lợi và", "Nông dân chủ động giống.")):
        clean = build_layout(f"{_LEAD}{line}\n{nxt}\n").clean
        assert f"{line} {nxt}" in clean, clean


def test_the_addressee_line_ends_at_its_line() -> None:
    for line in ("Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ", "Kính gửi: Thường trực Huyện ủy Mường Lát",
                 "Nơi nhận: UBND huyện Tủa Chùa"):
        clean = build_layout(f"{_LEAD}{line}\n\nTổng diện tích lúa đạt 320 ha.\n").clean
        assert "Tổng diện tích" not in next(p for p in clean.split("\n") if line in p), clean
    # (near miss: an addressee wrapped onto the next line goes on in lower case)
    assert "nhân dân tỉnh Phú Thọ" in build_layout(_LEAD + "Kính gửi: Ủy ban nhân dân\ntỉnh Phú Thọ\n").clean


def test_a_headline_on_the_date_markers_line_ends_at_its_line() -> None:
    text = (" date 2026-11 Hà Tĩnh: Mưa lũ gây thiệt hại 410 tỷ đồng\n\n"
            "Theo Ban Chỉ huy phòng thủ dân sự tỉnh, mưa lũ làm 3 người chết.\n")
    layout = build_layout(text)
    assert len(layout.paragraphs) == 2 and "đồng  Theo" not in layout.clean
    # (near miss: a marker before a sentence of the lead; the headline is the line under it, and ends there)
    lead = (" date 2026-11 Ngoài ra, tỉnh sẽ hoàn thành 3 công trình trọng điểm.\n\n"
            "Hà Tĩnh giữ vững tăng trưởng\n\nTheo Văn phòng UBND tỉnh, GRDP tăng 7,1%.\n")
    assert len(build_layout(lead).paragraphs) == 3


def test_a_heading_numbered_in_levels_without_its_dot_ends_at_its_line() -> None:
    layout = build_layout("Mở đầu.\n2.3 Đầu tư phát triển\nVốn đầu tư thực hiện ước đạt 1.120 tỷ đồng.")
    assert len(layout.paragraphs) == 3
    # near miss: a figure cut at the line's end goes on ("đạt 2.3" + "Triệu ...") only in lower case
    assert len(build_layout("Mở đầu.\nDoanh thu đạt 2.3\ntriệu đồng.").paragraphs) == 2


def test_a_tables_caption_and_unit_line_stand_on_their_own_lines() -> None:
    text = ("Tình hình kinh tế - xã hội quý II năm 2027\n\nBảng 3. Sản lượng điện thương phẩm\n"
            "Đơn vị tính: triệu kWh\nChỉ tiêu\tQuý II/2026\tQuý II/2027\n")
    lines = build_layout(text).clean.split("\n")
    assert "Bảng 3. Sản lượng điện thương phẩm" in lines
    assert "Đơn vị tính: triệu kWh" in lines
    # a sentence that only names a unit goes on over its line's end
    joined = build_layout("Sản lượng điện thương phẩm được quy đổi\nsang đơn vị tính là triệu kWh.").clean
    assert "\n" not in joined


def test_a_heading_in_capitals_run_into_its_sentence_on_one_line_names_nothing() -> None:
    from orchestration.extraction.layout import line_opening

    for heading in ("DU LỊCH PHỤC HỒI MẠNH ", "4. XUẤT KHẨU TĂNG KHÁ "):
        text = f"Báo cáo quý II năm 2024\n{heading}Lượng khách lưu trú ước đạt 320 nghìn lượt."
        layout = build_layout(text)
        start = layout.clean.index("Báo cáo")
        end = layout.clean.index("320")
        assert layout.clean[line_opening(layout, start, end):end] == "Lượng khách lưu trú ước đạt ", heading
    # near-misses: one acronym, or two words in capitals, open the sentence itself
    for line in ("UBND Tỉnh giao 4.200 tỷ đồng", "GRDP BÌNH Quân đầu người 92 triệu đồng"):
        layout = build_layout(f"Báo cáo năm 2024\n{line}")
        end = layout.clean.index(line.split()[-3])
        assert line_opening(layout, 0, end) == 0


def test_a_number_cut_after_its_thousands_dot_joins_its_next_group() -> None:
    # "đạt 27." at a line's end, then "615 tỷ đồng": one number cut by the layout, not a sentence that ends
    for text, figure in (("Thu ngân sách trên địa bàn ước đạt 27.\n615 tỷ đồng, tăng 4%.", "27. 615 tỷ"),
                         ("Kim ngạch xuất khẩu đạt 2.104.\n380 nghìn USD.", "2.104. 380 nghìn")):
        layout = build_layout(text)
        assert len(layout.paragraphs) == 1 and figure in layout.clean
    # near-misses: a year or a count of four digits, or a capital, opens a sentence of its own
    assert len(build_layout("Số xã đạt chuẩn là 27.\n2026 là năm cuối của kế hoạch.").paragraphs) == 2
    assert len(build_layout("Tổng số hộ nghèo còn 27.\nNăm 2026 giảm 615 hộ.").paragraphs) == 2
    assert len(build_layout("Đến hết tháng 8.\n312 doanh nghiệp thành lập mới.").paragraphs) == 2


def test_a_count_opening_its_own_sentence_after_a_number_ending_a_line_stays_apart() -> None:
    # "là 4." ends a sentence; "270 hộ bị ..." opens the next on its count and that count's verb: no "4.270"
    for text in ("Số nhà phải di dời khẩn cấp là 4.\n270 hộ bị ngập sâu được cấp mì tôm, nước uống.",
                 "Số điểm sạt lở còn lại là 12.\n340 hộ dân ven sông đã được sơ tán an toàn."):
        layout = build_layout(text)
        assert len(layout.paragraphs) == 2, text
    # near-miss: the cut figure's rest goes on with its comparison, or its verb comes after a comma
    for text, figure in (("Vốn giải ngân ước đạt 3.\n270 tỷ đồng so với cùng kỳ tăng 8%.", "3. 270 tỷ"),
                         ("Kim ngạch nhập khẩu đạt 1.\n045 triệu USD, đã vượt kế hoạch năm.", "1. 045 triệu")):
        layout = build_layout(text)
        assert len(layout.paragraphs) == 1 and figure in layout.clean, text


def test_rows_parted_by_bare_pipes_are_a_tab_table() -> None:
    text = "Bảng thiệt hại:\nSTT | Xã | Người bị thương | Nhà hư hỏng\n1 | Xã Tà Xùa | 2 | 14\nCộng | | 2 | 14\n"
    layout = build_layout(text)
    assert "1 \t Xã Tà Xùa \t 2 \t 14" in layout.clean
    assert "Cộng \t \t 2 \t 14" in layout.clean
    assert len(layout.clean) == len(text)


def test_a_bare_pipe_row_whose_last_cell_is_empty_stays_in_its_table() -> None:
    # a note column left empty closes its rows on a pipe; two pipes closing a line are a resolution's stray marks
    text = "TT | Hạng mục | Số lượng | Ghi chú\n1 | Nhà bị sập | 4 | thôn Nà Hẩu\n2 | Nhà tốc mái | 31 |\n"
    layout = build_layout(text)
    assert "2 \t Nhà tốc mái \t 31 \t" in layout.clean and len(layout.clean) == len(text)
    text = "1. Tổng thu ngân sách | 2.340 tỷ đồng | ||\n2. Tổng chi ngân sách | 4.100 tỷ đồng | ||\n"
    assert "\t" not in build_layout(text).clean


def test_a_bare_pipe_row_whose_first_cell_is_empty_stays_in_its_table() -> None:
    # a total row with no number opens on a pipe ("| Cộng | 5 | 20" under "TT | Xã | Người bị thương | Nhà hư hỏng")
    text = ("TT | Xã | Người bị thương | Nhà hư hỏng\n| Cộng | 5 | 20\n"
            "1 | Xã Pa Cheo | 3 | 12\n2 | Xã Mường Hum | 2 | 8\n")
    layout = build_layout(text)
    assert "\t Cộng \t 5 \t 20" in layout.clean and "1 \t Xã Pa Cheo \t 3 \t 12" in layout.clean
    assert len(layout.clean) == len(text)
    # near miss: a table with outer pipes is read as its own kind, each row opening and closing on a tab
    text = "| TT | Xã | Người bị thương |\n|---|---|---|\n| 1 | Xã Pa Cheo | 3 |\n"
    assert build_layout(text).clean.endswith("\n\t 1 \t Xã Pa Cheo \t 3 \t\n")


def test_a_bare_pipe_row_with_a_cell_fewer_stays_in_its_table() -> None:
    # a row whose unit and first figure share a cell has a pipe fewer than its header and the other rows
    text = ("STT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026\n1 | Doanh thu du lịch | Tỷ đồng | 820 | 910\n"
            "2 | Khách lưu trú | Nghìn lượt 310 | 345\n3 | Khách quốc tế | Nghìn lượt | 41 | 48\n")
    layout = build_layout(text)
    assert "2 \t Khách lưu trú \t Nghìn lượt 310 \t 345" in layout.clean and len(layout.clean) == len(text)
    # near miss: two menu lines of unlike pipes, no two rows alike, are no table
    text = "Trang chủ | Thời sự | Xã hội\nKinh tế | Văn hóa | Thể thao | Giáo dục\nNgày 3/9, mưa lớn gây ngập 40 nhà.\n"
    assert "\t" not in build_layout(text).clean


def test_a_lone_line_of_bare_pipes_stays_as_written() -> None:
    text = "Trang chủ | Thời sự | Xã hội\nNgày 3/9, mưa lớn gây ngập 40 nhà.\n"
    layout = build_layout(text)
    assert "Trang chủ | Thời sự | Xã hội" in layout.clean
    assert "\t" not in layout.clean


def test_a_rule_over_the_footnotes_is_no_word_of_the_sentence_after_it() -> None:
    for rule in ("________", "_______", "-----", "====="):
        clean = build_layout(f"Đón 9.300 lượt khách\n{rule}\n² gồm 1.200 lượt khách quốc tế.\n").clean
        lines = [line.strip() for line in clean.split("\n")]
        assert (lines[0], lines[2]) == ("Đón 9.300 lượt khách", "gồm 1.200 lượt khách quốc tế.")
    # near miss: a line's closing dash or a dash opening a list item are no rule
    assert build_layout("Khu vực công nghiệp -\nxây dựng tăng 9,1%.\n").clean.count("\n") == 1


def test_a_headline_over_a_lead_wrapped_over_lines_ends_at_its_line() -> None:
    text = ("Tuyên Quang có 98/124 xã đạt chuẩn nông thôn mới\n"
            "Đến hết năm 2026, tỉnh Tuyên Quang đã huy động hơn 2.400 tỷ đồng cho\n"
            "chương trình xây dựng nông thôn mới.\n")
    clean = build_layout(text).clean
    assert "nông thôn mới\nĐến hết" in clean and "đồng cho chương trình" in clean
    clean = build_layout(text.replace("\nĐến hết", "\n(TTXVN) - Đến hết")).clean
    assert "nông thôn mới\n(TTXVN)" in clean  # (the lead opening on its paper's name in brackets)
    # near miss: a title wrapped over two lines, a blank line under it, is one title
    text = ("Tuyên Quang có 98/124 xã đạt chuẩn\nNông thôn mới, vượt kế hoạch giao năm 2026 của tỉnh\n\n"
            "Đến hết năm 2026, tỉnh đã huy động 2.400 tỷ đồng.\n")
    assert "chuẩn Nông thôn mới" in build_layout(text).clean


def test_the_layout_of_a_clean_text_is_at_hand_once_built_whatever_read_it_before() -> None:
    # a reader handed only the clean text (a project table's routed row) finds the layout behind it as soon as it is
    # built, before any table was read; a copy of that text, or a text of a report the caches were emptied for, none
    from orchestration.extraction.caching import clear_document_caches
    from orchestration.extraction.layout import layout_of

    layout = build_layout("| STT | Tên công trình | Vốn (tỷ đồng) |\n|---|---|---|\n| 1 | Cầu Bản Vai | 45 |\n")
    assert layout_of(layout.clean) is layout
    assert layout_of("".join(list(layout.clean))) is None
    other = build_layout("Năm 2026, toàn tỉnh trồng 1.200 ha rừng.\n")
    assert layout_of(other.clean) is other and layout_of(layout.clean) is layout
    clear_document_caches()
    assert layout_of(layout.clean) is None


def test_a_price_tables_head_over_its_bases_keeps_its_tab_without_the_empty_cells_after_it() -> None:
    # "\tChỉ số giá tháng 8/2026 so với:" typed without the tabs of the empty cells it spans, over a row opening on a
    # blank cell that names the bases: the table's first row, its tab a cell's edge (the table reads its columns)
    text = ("\tChỉ số giá tháng 8/2026 so với:\n\tKỳ gốc 2019\tTháng 8/2025\tTháng 7/2026\n"
            "Chỉ số giá chung\t117,20\t103,40\t100,25\n")
    assert build_layout(text).clean.startswith("\tChỉ số giá tháng 8/2026 so với:\n")
    # near miss: the same line over prose is a paragraph indented with a tab
    prose = "\tChỉ số giá tháng 8/2026 so với:\nkỳ gốc tăng 17,2%, cùng kỳ tăng 3,4%.\n"
    assert not build_layout(prose).clean.startswith("\t")


def test_a_figure_wrapped_under_a_tables_row_keeps_its_tabs() -> None:
    # "| | | | 112,4" under a tab row: the cells' edges of a PDF's wrapped row, not an indent to blank
    row = "1\tDoanh thu lưu trú\tTỷ đồng\t2.640\t\n\t\t\t\t112,4\n"
    assert build_layout(row).clean == row
    # near misses: under a line of words the tabs are a paragraph's indent; so is one tab before a figure
    assert build_layout("Tổng số:\n\t\t12\n").clean == "Tổng số:\n  12\n"
    assert "\t12" not in build_layout("1\tDoanh thu lưu trú\tTỷ đồng\t2.640\n\t12\n").clean


def test_a_unit_line_saying_only_don_vi_stands_on_its_own_line() -> None:
    # "(Đơn vị: tỷ đồng)" under a caption, no "tính": the unit of the table below, no part of the caption
    text = ("Bảng 4: Vốn đầu tư trên địa bàn xã\n(Đơn vị: tỷ đồng)\n(Theo giá hiện hành)\n"
            "Chỉ tiêu\tNăm 2026\tNăm 2027\nTổng số\t310\t365\n")
    lines = build_layout(text).clean.split("\n")
    assert "Bảng 4: Vốn đầu tư trên địa bàn xã" in lines and "(Đơn vị: tỷ đồng)" in lines
    # near miss: "Đơn vị:" naming a body, not a unit, is no unit line
    assert _a_unit_line("(Đơn vị: tấn)") and not _a_unit_line("Đơn vị: Sở Tài chính")


def test_a_short_sentence_under_a_title_stays_a_sentence_of_its_own() -> None:
    # ("Báo cáo kết quả ... tháng 7 năm 2027" over "Thu ngân sách đạt 2,4 tỷ đồng.": a whole sentence, shorter than the
    # title, still no rest of it; a headline over a short sentence alike)
    # (near misses: a title's rest with no full stop goes on the title; a first line with a comma, a sentence broken
    # by the page, goes on into the next)
    for text, kept in (
        ("UBND PHƯỜNG HÒA BÌNH\nBáo cáo kết quả thực hiện nhiệm vụ tháng 7 năm 2027\nThu ngân sách đạt 2,4 tỷ.\n",
         "năm 2027\nThu ngân sách"),
        ("Xuất khẩu gạo của Kiên Giang tăng mạnh\nXuất khẩu gạo tăng 18%.\n", "tăng mạnh\nXuất khẩu"),
        ("Báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội\nTháng 7 năm 2027\n\nThu ngân sách tăng.\n",
         "xã hội Tháng 7"),
        ("Trong tháng 7, tổng thu ngân sách trên địa bàn của tỉnh\nQuảng Ngãi đạt 1.250 tỷ đồng.\n", "tỉnh Quảng Ngãi"),
    ):
        assert kept in build_layout(text).clean


def test_an_infographics_first_block_stays_apart_from_its_title() -> None:
    # ("Kinh tế Cao Bằng quý III/2027" over "Tốc độ tăng trưởng GRDP" / "6,8%": the block's name opens its own line, the
    # title's words no part of it; its figure first, "6,8%" / "Tốc độ tăng trưởng GRDP", alike)
    named_first = "Kinh tế Cao Bằng quý III/2027\nTốc độ tăng trưởng GRDP\n6,8%\n\nThu ngân sách\n950 tỷ đồng\n"
    assert build_layout(named_first).clean.startswith("Kinh tế Cao Bằng quý III/2027\nTốc độ")
    figure_first = "Kinh tế Cao Bằng quý III/2027\n6,8%\nTốc độ tăng trưởng GRDP\n\n950 tỷ đồng\nThu ngân sách\n"
    assert build_layout(figure_first).clean.startswith("Kinh tế Cao Bằng quý III/2027\n6,8%")
    # (near miss: a title wrapped onto a second line of words, no figure under it, is one title)
    wrapped = "Kinh tế Cao Bằng\ntiếp tục tăng trưởng khá\n\nTốc độ tăng trưởng GRDP đạt 6,8%.\n"
    assert build_layout(wrapped).clean.startswith("Kinh tế Cao Bằng tiếp tục")


def test_a_heading_in_capitals_with_a_note_in_small_letters_ends_at_its_line() -> None:
    # ("TỔNG HỢP THIỆT HẠI DO LŨ QUÉT (tính đến 17 giờ ngày 2/9/2027)", a blank line, "Nhà bị cuốn trôi: 4 cái.": the
    # heading is in capitals but for its note in brackets; the sentence under it opens its own)
    text = "TỔNG HỢP THIỆT HẠI DO LŨ QUÉT (tính đến 17 giờ ngày 2/9/2027)\n\nNhà bị cuốn trôi: 4 cái.\n"
    assert "2/9/2027)\n\nNhà" in build_layout(text).clean
    # (near misses: a line in small letters ending on a bracket goes on into the next; the heading's rest in
    # capitals goes on the heading)
    prose = "Mưa lớn kéo dài.\nLũ quét gây thiệt hại tại các xã (theo báo cáo)\n\nNhà bị cuốn trôi: 4 cái.\n"
    assert "báo cáo)\n" not in build_layout(prose).clean
    caps = "TỔNG HỢP THIỆT HẠI DO LŨ QUÉT (tính đến 17 giờ)\nTẠI CÁC XÃ VÙNG CAO\n"
    assert "17 giờ) TẠI" in build_layout(caps).clean


def test_an_infographics_line_of_a_figure_then_its_name_is_a_block_of_its_own() -> None:
    # ("▼ 2,3%  Sản lượng lúa" / "8.760 tỷ đồng  Thu ngân sách" / "215  HTX thành lập mới": joined, each figure had
    # taken the name of the line above; the arrow is the figure's sign, kept for figures to read)
    text = "ĐỒNG THÁP QUÝ III/2027\n\n▼ 2,3%  Sản lượng lúa\n8.760 tỷ đồng  Thu ngân sách\n215  HTX thành lập mới\n"
    assert [" ".join(line.split()) for line in build_layout(text).clean.split("\n") if line.strip()] == [
        "ĐỒNG THÁP QUÝ III/2027",
        "▼ 2,3% Sản lượng lúa",
        "8.760 tỷ đồng Thu ngân sách",
        "215 HTX thành lập mới",
    ]
    # (near misses: a sentence wrapped onto a line that opens on its figure goes on; a bullet's glyph is still blanked)
    wrapped = "Thu ngân sách quý III đạt\n8.760 tỷ đồng, tăng 4% so với cùng kỳ.\n"
    assert "\n" not in build_layout(wrapped).clean.rstrip("\n")
    assert "▼" not in build_layout("Kết quả:\n▼ Thu ngân sách đạt 8.760 tỷ đồng.\n").clean


def test_a_short_name_in_capitals_over_its_figure_is_one_block() -> None:
    # ("CPI" / "↓ 0,4%": an infographic's block, not a heading in capitals that ends at its line)
    assert "CPI ↓ 0,4%" in build_layout("TUYÊN QUANG THÁNG 5/2027\n\nCPI\n↓ 0,4%\n").clean
    # (near miss: a heading in capitals over a sentence still ends at its line)
    assert "THU NGÂN SÁCH\n" in build_layout("THU NGÂN SÁCH\nƯớc thu 8.760 tỷ đồng.\n").clean


def test_an_infographics_blocks_under_blank_lines_stay_apart_and_keep_their_signed_figures() -> None:
    # ("CPI" / "▼ 0,4%" / "so tháng trước", a blank line, "Thu ngân sách" / "8.760 tỷ đồng" / "▲ 4,1%": the comparison
    # line had run on into the next block's name, and the arrow had opened a bullet of its own)
    text = (
        "TUYÊN QUANG THÁNG 5/2027\n\nCPI\n▼ 0,4%\nso tháng trước\n\nThu ngân sách\n8.760 tỷ đồng\n▲ 4,1%\n\n"
        "Vận tải hành khách\n▲ 2,2%\n"
    )
    assert [" ".join(line.split()) for line in build_layout(text).clean.split("\n") if line.strip()] == [
        "TUYÊN QUANG THÁNG 5/2027",
        "CPI ▼ 0,4% so tháng trước",
        "Thu ngân sách 8.760 tỷ đồng ▲ 4,1%",
        "Vận tải hành khách ▲ 2,2%",
    ]
    # (near misses: a bullet's glyph before words still opens an item; a name in small letters after a blank goes on)
    assert "\n" in build_layout("Kết quả nổi bật\n▲ Thu ngân sách đạt 8.760 tỷ đồng.\n").clean.strip()
    assert "\n" not in build_layout("Tổng thu ngân sách của\n\nthành phố\n8.760 tỷ đồng\n").clean.strip()


def test_a_word_hyphenated_over_a_lines_end_is_whole_again() -> None:
    # ("xuất khẩu thủy sả-" / "n tăng": an OCR'd page broke the syllable; its pieces make one syllable again, the
    # offsets of what follows still slice the source)
    text = "Giá trị xuất khẩu thủy sả-\nn tăng 6,2%; sản lượng khai thá-  \n  c đạt 9.800 tấn.\n"
    layout = build_layout(text)
    assert "xuất khẩu thủy sản tăng 6,2%; sản lượng khai thác đạt 9.800 tấn." in layout.clean
    at = layout.clean.index("9.800")
    assert text[layout.to_source(at) : layout.to_source(at + 5)] == "9.800"
    assert text[layout.to_source(layout.clean.index("thác")) :].startswith("thá-")
    # (near misses: a hyphen between two words stays, "kinh tế-" / "xã hội"; a name in capitals after it too)
    assert "kinh tế- xã hội" in build_layout("Tình hình kinh tế-\nxã hội ổn định.\n").clean
    assert "Rịa-" in build_layout("Dân số tỉnh Bà Rịa-\nVũng Tàu tăng 2%.\n").clean


def test_a_subject_in_sentence_case_under_the_issuers_capitals_is_a_title_of_its_own() -> None:
    # ("SỞ TÀI CHÍNH TỈNH A" / "Kết quả thu ngân sách quý III năm 2027", a blank line, "Tổng thu ..."; no kind word
    # before the subject: it had run on into the first sentence, the sentence's evidence opening on the title)
    text = "SỞ NÔNG NGHIỆP TỈNH TUYÊN QUANG\n\nSản xuất vụ mùa năm 2027\n\nDiện tích lúa đạt 21.300 ha.\n"
    assert "năm 2027\n\nDiện tích" in build_layout(text).clean
    # (near miss: a sentence under the issuer, wrapped onto a line in small letters, goes on)
    wrapped = "SỞ NÔNG NGHIỆP TỈNH TUYÊN QUANG\n\nDiện tích lúa vụ mùa năm 2027\n\nđạt 21.300 ha.\n"
    assert "2027 đạt" in " ".join(build_layout(wrapped).clean.split())
    # (its year may close on a note in brackets, "(số liệu sơ bộ)", "(dự thảo)": still the title, ending at its line)
    noted = "SỞ NÔNG NGHIỆP TỈNH TUYÊN QUANG\n\nSản xuất vụ mùa năm 2027 (số liệu ước tính)\n\nLúa đạt 21.300 ha.\n"
    assert "tính)\n\nLúa" in build_layout(noted).clean


def test_an_infographics_lines_of_a_name_then_its_figure_are_blocks_of_their_own() -> None:
    # ("Sản lượng lúa      412.000 tấn" / "Thu ngân sách      8.760 tỷ đồng", and "Sản lượng lúa: 412.000 tấn" /
    # "Thu ngân sách: 8.760 tỷ đồng": joined, the next block's name ran on after the figure above)
    for gap in ("      ", ": "):
        text = f"ĐỒNG THÁP QUÝ III/2027\n\nSản lượng lúa{gap}412.000 tấn\nThu ngân sách{gap}8.760 tỷ đồng\n"
        lines = [" ".join(line.split()) for line in build_layout(text).clean.split("\n") if line.strip()]
        assert lines[1:] == [f"Sản lượng lúa{gap.strip()} 412.000 tấn", f"Thu ngân sách{gap.strip()} 8.760 tỷ đồng"]
    # (near miss: a sentence's line ending on a colon and its figure goes on into a line in small letters)
    text = "Kết quả thu ngân sách: 8.760 tỷ đồng\ntăng 4% so với cùng kỳ.\n"
    assert "\n" not in build_layout(text).clean.rstrip("\n")


def test_headings_marked_with_a_slash_or_a_dash_end_at_their_lines() -> None:
    # ("II- VĂN HÓA - XÃ HỘI", "1/ Giáo dục", "b/ Y tế": a district's report marks its outline so; they had run on into
    # the sentences around them, and named no section)
    text = (
        "BÁO CÁO THÁNG 8 NĂM 2027\n\nII- VĂN HÓA - XÃ HỘI\n1/ Giáo dục\nToàn huyện có 42 trường đạt chuẩn\n"
        "b/ Y tế\nTiêm chủng đạt 98% kế hoạch\n"
    )
    layout = build_layout(text)
    lines = [line.strip() for line in layout.clean.split("\n") if line.strip()]
    assert lines[1:] == [
        "II- VĂN HÓA - XÃ HỘI",
        "1/ Giáo dục",
        "Toàn huyện có 42 trường đạt chuẩn",
        "b/ Y tế",
        "Tiêm chủng đạt 98% kế hoạch",
    ]
    assert [heading for _, heading in layout.outline.headings] == ["II- VĂN HÓA - XÃ HỘI", "1/ Giáo dục", "b/ Y tế"]
    # (near miss: a date or a ratio opening a wrapped line goes on)
    assert "\n" not in build_layout("Tỷ lệ hộ nghèo giảm còn\n3/4 so với năm trước.\n").clean.rstrip("\n")


def test_an_infographics_figure_first_blocks_with_no_blank_line_between_keep_their_names() -> None:
    # ("9,1%" / "Tăng trưởng GRDP" / "21.400 tỷ đồng" / "Thu ngân sách": joined, "Tăng trưởng GRDP 21.400 tỷ đồng" named
    # the money by the growth above it)
    text = "Năm 2027\n\n9,1%\nTăng trưởng GRDP\n21.400 tỷ đồng\nThu ngân sách\n"
    assert "Tăng trưởng GRDP\n21.400" in build_layout(text).clean
    # (near miss: blocks that put their name first go on from each name to its figure)
    named_first = "Năm 2027\n\nTăng trưởng GRDP\n9,1%\nThu ngân sách\n21.400 tỷ đồng\n"
    assert "Thu ngân sách 21.400" in build_layout(named_first).clean


def test_the_words_a_figure_is_read_by_typed_without_marks_are_marked_in_the_clean_text() -> None:
    text = "Diện tích lúa đạt 12.500 ha, giam 2,1% so voi cung ky; doanh thu 1.250 ty dong.\n"
    layout = build_layout(text)
    assert "giảm 2,1% so với cùng kỳ" in layout.clean and "1.250 tỷ đồng" in layout.clean
    assert layout.source == text and len(layout.clean) == len(text)  # (the evidence is still the text as written)
    # near miss: a word that only looks like one, away from a figure, keeps its letters
    assert "tang vat" in build_layout("Thu giu tang vat gom 12 xe may.\n").clean


def test_leader_dots_between_a_name_and_its_figure_are_no_marks_of_either() -> None:
    # ("Thu ngân sách xã………..2,8 tỷ đồng", "Diện tích ngô ....... 340 ha": the dots ran into the figure, "..2", and
    # stayed in the name)
    for dots in ("………..", " ....... ", "……"):
        clean = build_layout(f"Thu ngân sách xã{dots}2,8 tỷ đồng.\n").clean
        assert " ".join(clean.split()) == "Thu ngân sách xã 2,8 tỷ đồng."
    # (near misses: a table of contents' page number alone after its dots keeps them; an ellipsis ending a clause too)
    assert "...... 4" in build_layout("II. Nhiệm vụ năm 2027 ...... 4\n").clean
    assert "…" in build_layout("Các loại cây trồng như lúa, ngô… 3 loại đạt kế hoạch.\n").clean


def test_a_title_closing_on_its_period_ends_at_its_line_over_a_line_with_no_full_stop() -> None:
    # ("Tóm tắt kết quả tháng 5/2027" right over "Thu NS: 2,1 tỷ đồng | Chi NS: 1,7 tỷ đồng": the period ends the title;
    # the body's line, ending no sentence, had been joined to it)
    text = "UBND XÃ AN PHÚ - TỈNH GIA LAI\nTóm tắt kết quả tháng 5/2027\nThu NS: 2,1 tỷ đồng | Chi NS: 1,7 tỷ đồng\n"
    assert "5/2027\nThu NS" in build_layout(text).clean
    # (near miss: a title wrapped before its period goes on into its rest)
    wrapped = "UBND XÃ AN PHÚ - TỈNH GIA LAI\nTóm tắt kết quả thực hiện nhiệm vụ\nTháng 5/2027 của xã\n\nThu NS 2 tỷ.\n"
    assert "nhiệm vụ Tháng" in " ".join(build_layout(wrapped).clean.split())


def test_a_line_closed_by_its_figure_ends_over_a_line_opening_on_a_name_and_its_colon() -> None:
    # ("Thu NS: 2,1 tỷ đồng; Hộ nghèo: 38 hộ" over "Lúa: 410 ha ...": a quickly typed list, a line of items each; the
    # next line's first name had been read into the line above's last item)
    text = "Thu NS: 2,1 tỷ đồng; Hộ nghèo: 38 hộ\nLúa: 410 ha; Ngô: 52 ha\n"
    assert "38 hộ\nLúa" in build_layout(text).clean
    # (near miss: a name and its colon over a figure's unit carried over the break goes on)
    carried = "Tổng thu ngân sách đạt 2,1\nTỷ đồng: tăng 5%\n"
    assert "2,1 Tỷ" in " ".join(build_layout(carried).clean.split())


def test_a_pipe_between_figures_in_a_line_of_prose_parts_them_as_a_semicolon() -> None:
    # ("Thu ngân sách 2,1 tỷ đồng | Trồng rừng 45 ha | Hộ thoát nghèo 12 hộ": a list's items parted by pipes; each
    # item's label had taken the unit and the pipe of the one before, "tỷ đồng | Trồng rừng")
    text = "Tháng 5, xã đạt: Thu ngân sách 3,4 tỷ đồng | Trồng rừng 20 ha | Cấp 15 sổ đỏ.\n"
    layout = build_layout(text)
    assert "3,4 tỷ đồng ; Trồng rừng 20 ha ; Cấp" in layout.clean
    assert len(layout.clean) == len(text)
    # (near misses: a line of links or a stamp keeps its pipes, no figure on both sides)
    for line in ("Tin tức | Thời sự | Báo Gia Lai\n", "12/5/2027 | Kinh tế\n", "Năm 2027 | Thu ngân sách 3 tỷ đồng\n"):
        assert "|" in build_layout(line).clean, line


def test_a_table_flattened_into_single_spaced_lines_gets_its_cells_back() -> None:
    # ("TT Chỉ tiêu ĐVT Kế hoạch 2027 Thực hiện 2027 Tỷ lệ (%)" over "1 Số hộ nghèo Hộ 95 88 92,6": a PDF's copy of a
    # table, its cells parted by single spaces; its rows had been read as sentences, "Tổng" a count of 1)
    text = "Biểu 2. Kết quả chủ yếu\nTT Chỉ tiêu ĐVT Kế hoạch 2027 Thực hiện 2027 Tỷ lệ (%)\n"
    text += "1 Thu ngân sách xã Tỷ đồng 9,5 10,2 107,4\n2 Số hộ nghèo Hộ 95 88 92,6\nXã đạt các chỉ tiêu đề ra.\n"
    layout = build_layout(text)
    assert "TT\tChỉ tiêu\tĐVT\tKế hoạch 2027\tThực hiện 2027\tTỷ lệ (%)\n" in layout.clean
    assert "1\tThu ngân sách xã\tTỷ đồng\t9,5\t10,2\t107,4\n2\tSố hộ nghèo\tHộ\t95\t88\t92,6\n" in layout.clean
    assert len(layout.clean) == len(text)
    # (near misses: a line with figures short of the heads ends the table; a sentence under it stays a sentence)
    assert "Xã đạt các chỉ tiêu đề ra." in layout.clean
    short = text.replace("2 Số hộ nghèo Hộ 95 88 92,6", "2 Số hộ nghèo Hộ 95 88")
    assert "2 Số hộ nghèo Hộ 95 88" in build_layout(short).clean


def test_a_flattened_tables_row_keeps_an_empty_cell_printed_as_a_dash() -> None:
    # ("2 Cầu dân sinh Cái - 4 -": no plan and no share, each empty cell printed as a dash, the row's cells all there;
    # the table had stopped at that row)
    text = "TT Chỉ tiêu ĐVT Kế hoạch 2027 Thực hiện 2027 Tỷ lệ (%)\n1 Số hộ nghèo Hộ 60 52 86,7\n"
    text += "2 Cầu dân sinh Cái - 4 -\n3 Đường giao thông Km 12 13,5 112,5\n"
    clean = build_layout(text).clean
    assert "2\tCầu dân sinh\tCái\t-\t4\t-\n3\tĐường giao thông\tKm\t12\t13,5\t112,5\n" in clean
    # (near miss: a row of dashes alone holds no figure: its name, unit and dashes are not parted into cells)
    empty = text.replace("Cái - 4 -", "Cái - - -")
    assert "Cầu dân sinh Cái - - -\n" in build_layout(empty).clean


def test_a_flattened_table_goes_on_past_a_groups_row_and_its_dashed_parts() -> None:
    # ("II Trồng trọt" over "- Sắn Ha 300 320 106,7": a group's row with no figures and the parts under it, marked by a
    # dash; the table had stopped at the group's row, its later rows read as sentences)
    text = "STT Nội dung ĐVT Kế hoạch 2027 Thực hiện 2027 Tỷ lệ (%)\nI Dân số Người 5.100 5.180 101,6\n"
    text += "II Trồng trọt\n- Sắn Ha 300 320 106,7\n+ Khoai lang Ha 40 35 87,5\n"
    clean = build_layout(text).clean
    assert "II\tTrồng trọt\n-\tSắn\tHa\t300\t320\t106,7\n+\tKhoai lang\tHa\t40\t35\t87,5\n" in clean
    # (near miss: a line of words under the table with no row of figures after it is no group's: it stays a line)
    after = text + "3 Ghi chú thêm\n"
    assert "3 Ghi chú thêm" in build_layout(after).clean


def test_a_title_closing_on_the_day_its_figures_are_counted_to_ends_at_its_line() -> None:
    # ("Tóm tắt kết quả năm học 2027-2028 (tính đến 31/5/2028)" under the issuer's capitals, a blank line, the body: the
    # note in brackets of the day counted to closes the title as its year would; the body's first sentence had been
    # joined to it, its first figure labelled with the title's words)
    text = "PHÒNG GIÁO DỤC HUYỆN AN LÃO\nTóm tắt kết quả năm học 2027-2028 (tính đến 31/5/2028)\n\n"
    text += "Toàn huyện có 42 trường."
    assert "31/5/2028)\n\nToàn huyện" in build_layout(text).clean
    # (near miss: a note in brackets holding figures of its own is no day counted to: the line goes on)
    noted = text.replace("(tính đến 31/5/2028)", "(có 12 trường đạt chuẩn)")
    assert "\n\nToàn huyện" not in build_layout(noted).clean


def test_a_headline_over_a_blank_line_ends_above_a_lead_opening_on_its_papers_name_in_brackets() -> None:
    # ("Headline" / blank / "(Báo Lào Cai) - Ngày 8/1, ...": the lead opens on its paper's name in brackets; the
    # headline's figure and the lead's first sentence had been read as one sentence)
    text = "Lào Cai: Gần 900 tỷ đồng cho giao thông nông thôn\n\n(Báo Lào Cai) - Năm 2027, tỉnh làm mới 120 km đường."
    assert "nông thôn\n\n(Báo Lào Cai)" in build_layout(text).clean
    # (near miss: a bracket in small letters after the blank line goes on, a sentence's aside broken by a page)
    aside = "Lào Cai: Gần 900 tỷ đồng cho giao thông nông thôn\n\n(trong đó 300 tỷ đồng vốn tỉnh) được giao."
    assert "\n\n(trong đó" not in build_layout(aside).clean
