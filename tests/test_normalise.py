"""The text-normalisation steps every reader of a report composes."""

import unicodedata

from orchestration.extraction.normalise import (
    FoldedText,
    ascii_forms,
    blank_markup,
    editable,
    fold,
    fold_nfc,
    lf_line_ends,
    nfc,
    nfc_with_index,
    plain_spaces,
    spelled,
    unescaped_with_index,
    without_bom,
    without_markup,
    without_trailing_blanks,
    without_zero_width,
    without_zero_width_index,
)


def test_nfc_joins_a_combining_tone_mark_to_its_vowel() -> None:
    decomposed = unicodedata.normalize("NFD", "Huyện Chợ Đồn")
    assert decomposed != "Huyện Chợ Đồn"
    assert nfc(decomposed) == "Huyện Chợ Đồn"


def test_nfc_index_points_each_composed_letter_at_its_source() -> None:
    source = unicodedata.normalize("NFD", "xã Nà Phặc")
    composed, index = nfc_with_index(source)
    assert composed == "xã Nà Phặc"
    start = composed.index("Phặc")
    assert source[index[start] : index[len(composed)]] == unicodedata.normalize("NFD", "Phặc")


def test_nfc_index_of_composed_text_is_the_identity() -> None:
    composed, index = nfc_with_index("thị trấn Bằng Lũng")
    assert composed == "thị trấn Bằng Lũng"
    assert list(index) == list(range(len(composed) + 1))


def test_only_leading_byte_order_marks_go() -> None:
    assert without_bom("\ufeff\ufeffBáo cáo\ufeff") == "Báo cáo\ufeff"


def test_windows_and_old_mac_line_ends_become_lf() -> None:
    assert lf_line_ends("Kính gửi:\r\nHĐND tỉnh\rBắc Kạn") == "Kính gửi:\nHĐND tỉnh\nBắc Kạn"


def test_trailing_blanks_of_lines_and_of_the_text_go() -> None:
    assert without_trailing_blanks("Số: 12/BC-UBND  \n\tNơi nhận:\t\n\n\n") == "Số: 12/BC-UBND\n\tNơi nhận:"


def test_invisible_spaces_become_plain_spaces_in_place() -> None:
    text = "tỉnh\u00a0Thái\u200bNguyên"
    assert plain_spaces(text) == "tỉnh Thái Nguyên"
    assert len(plain_spaces(text)) == len(text)


def test_markup_is_removed_for_reading() -> None:
    text = "## **Ủy ban** <b>nhân dân</b> huyện Na Rì &amp; xã Côn Minh"
    assert without_markup(text) == "Ủy ban  nhân dân  huyện Na Rì & xã Côn Minh"


def test_arithmetic_stars_and_snake_names_are_not_markup() -> None:
    assert without_markup("diện tích 2 * 3 ha, mã ke_hoach") == "diện tích 2 * 3 ha, mã ke_hoach"


def test_markup_is_blanked_for_offsets_with_the_same_words() -> None:
    text = "## **Ủy ban** <b>nhân dân</b> huyện Na Rì &amp; xã Côn Minh"
    chars = editable(text)
    blanked = blank_markup(chars, text)
    assert blanked == spelled(chars)
    assert len(blanked) == len(text)
    assert blanked.index("huyện Na Rì") == text.index("huyện Na Rì")
    assert blanked.split() == without_markup(text).split()


def test_blanking_keeps_line_breaks_inside_a_tag() -> None:
    text = "đạt <span\nclass='x'>95%</span>"
    blanked = blank_markup(editable(text), text)
    assert blanked.count("\n") == 1 and "95%" in blanked and "span" not in blanked


def test_a_block_inside_a_table_cell_keeps_the_row_on_its_line() -> None:
    # "<td><p>A</p></td>", "<th>X<br>Y</th>": one cell's words; outside a cell a block still breaks the line
    text = "<table><tr><td><p>Trường Tiểu học Bản Lầu</p></td><td>Giải ngân<br>đến 30/9</td></tr></table><p>Ghi chú</p>"
    for read in (without_markup(text), blank_markup(editable(text), text)):
        row = next(line for line in read.split("\n") if "Bản Lầu" in line)
        assert "đến 30/9" in row and row.count("\t") == 2, repr(read)
        assert "Ghi chú" not in row
    assert without_markup("<p>Một</p><p>Hai</p>").strip().split("\n") != ["Một Hai"]


def test_a_table_written_one_tag_a_line_keeps_each_row_on_its_line() -> None:
    # the breaks between a row's tags and inside a cell's words are layout of the markup; outside a row they stay
    text = ("<table>\n  <tr>\n    <td>2</td>\n    <td>Nhà văn hóa\n      thôn Khuổi Nà</td>\n    <td>1.450</td>\n"
            "  </tr>\n</table>\nHết.")
    blanked = blank_markup(editable(text), text)
    assert len(blanked) == len(text)
    row = next(line for line in blanked.split("\n") if "1.450" in line)
    assert "Khuổi Nà" in row and row.count("\t") == 3, repr(blanked)
    assert blanked.endswith("\nHết.")


def test_fold_reads_tones_case_and_dashes_alike() -> None:
    assert fold("TỈNH BẮC KẠN – Hoà Bình") == fold("tỉnh Bắc Kạn - Hòa Bình") == "tinh bac kan - hoa binh"
    assert fold("Đắk\u00a0Lắk") == "dak lak"


def test_fold_of_nfc_text_keeps_its_length() -> None:
    text = "Thuỷ lợi Ea Súp"
    assert len(fold_nfc(text)) == len(text)
    assert fold_nfc(text) == "thuy loi ea sup"


def test_folded_text_maps_matches_back_to_a_decomposed_source() -> None:
    source = unicodedata.normalize("NFD", "Thành phố Điện Biên Phủ")
    ft = FoldedText.of(source)
    assert ft.nfc == "Thành phố Điện Biên Phủ"
    start = ft.folded.index("dien bien")
    assert nfc(source[ft.to_source(start) : ft.to_source(start + len("dien bien"))]) == "Điện Biên"


def test_an_editable_text_keeps_one_place_per_character(monkeypatch) -> None:
    from orchestration.extraction import normalise

    text = "Tỉnh 😀 Bắc Kạn\n𝔸 đạt 5%"  # characters outside the BMP too
    for holds_every_character in (True, False):  # an array, or a list where wchar_t is two bytes
        monkeypatch.setattr(normalise, "_ARRAY_HOLDS_EVERY_CHARACTER", holds_every_character)
        chars = editable(text)
        assert len(chars) == len(text) and spelled(chars) == text
        normalise.blank(chars, 3, 8)
        assert spelled(chars) == text[:3] + " " * 5 + text[8:]


def test_old_tone_placement_is_read_in_the_modern_spelling_and_names_come_back_as_written():
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.normalise import spelled_as_in

    text = "Xã khánh thành nhà văn hoá, trạm thuỷ lợi; HOÁ CHẤT; quý II; Hoàng Hoà; Uỷ ban"
    clean = build_layout(text).clean
    assert len(clean) == len(text)
    assert "nhà văn hóa" in clean and "trạm thủy lợi" in clean and "Ủy ban" in clean
    assert "quý II" in clean and "Hoàng Hòa" in clean and "HÓA" in clean
    assert spelled_as_in("nhà văn hóa xóm Đông", text) == "nhà văn hoá xóm Đông"
    assert spelled_as_in("Trạm y tế Hòa An", "Trạm y tế Hòa An mới") == "Trạm y tế Hòa An"


def test_a_name_keeps_the_spelling_of_the_passage_it_was_read_from():
    """A report that writes "hoá" in one paragraph and "hóa" in another: the name of a fact is
    spelled as its own sentence spells it (its evidence must contain it), the rest as the report does."""
    from orchestration.extraction.normalise import spelled_as_in

    report = "Nhà văn hoá thôn Nà Pài khánh thành. Dự án xử lý hóa chất tồn lưu tại Na Rì tiếp tục triển khai."
    evidence = "Dự án xử lý hóa chất tồn lưu tại Na Rì tiếp tục triển khai"
    assert spelled_as_in("xử lý hóa chất tồn lưu tại Na Rì", report, evidence) == "xử lý hóa chất tồn lưu tại Na Rì"
    assert spelled_as_in("nhà văn hóa thôn Nà Pài", report, "Nhà văn hoá thôn Nà Pài") == "nhà văn hoá thôn Nà Pài"
    assert spelled_as_in("nhà văn hóa thôn Nà Pài", report) == "nhà văn hoá thôn Nà Pài"  # (no passage: the report's)


def test_soft_hyphens_and_joiners_inside_words_are_dropped() -> None:
    assert without_zero_width("T\u00adổng thu ngân sách tỉnh Lai\u2060 Châu") == "Tổng thu ngân sách tỉnh Lai Châu"
    assert without_zero_width("doanh nghi\u00adệp, lư\u200dợt khách, Kh\u200cmer") == "doanh nghiệp, lượt khách, Khmer"
    # (near miss: a zero-width space parts words; it is one of the invisible spaces, kept here)
    assert without_zero_width("9,8\u200b%") == "9,8\u200b%"


def test_dropping_zero_width_characters_keeps_each_offset() -> None:
    text, index = nfc_with_index("Kon\u00ad Tum thu 1.8\u00ad45 tỷ")
    kept, kept_index = without_zero_width_index(text, index)
    assert kept == "Kon Tum thu 1.845 tỷ"
    assert [text[kept_index[k]] for k in range(len(kept))] == list(kept)
    assert kept_index[len(kept)] == len(text)
    plain = "Sơn La"  # (a text without them is returned as it is, its index too)
    assert without_zero_width_index(plain, range(7)) == (plain, range(7))


def test_full_width_digits_and_signs_read_as_ascii_in_place() -> None:
    text = "Năm ２０２６: tăng ８，５％ (ước)\u3000đạt １.２５０ tỷ đồng"
    assert ascii_forms(text) == "Năm 2026: tăng 8,5% (ước) đạt 1.250 tỷ đồng"
    assert len(ascii_forms(text)) == len(text)
    assert fold("Quý Ｉ/２０２６") == "quy i/2026"
    # (near miss: Vietnamese letters and the typographic quotes are no full-width forms)
    assert ascii_forms("“Đắk Lắk” – ước đạt") == "“Đắk Lắk” – ước đạt"


def test_characters_written_as_their_numbers_are_read_as_themselves() -> None:
    text = "Xu&#7845;t kh&#x1EA9;u qua c&#7917;a kh&#7849;u t&#7881;nh L&#7841;ng S&#417;n"
    assert without_markup(text) == "Xuất khẩu qua cửa khẩu tỉnh Lạng Sơn"
    read, index = unescaped_with_index(text, range(len(text) + 1))
    assert read == "Xuất khẩu qua cửa khẩu tỉnh Lạng Sơn"
    assert text[index[read.index("khẩu")] : index[read.index("khẩu") + len("khẩu")]] == "kh&#x1EA9;u"
    assert index[len(read)] == len(text)
    # (near misses: a reference to no character, and an ampersand with no number, stay as written)
    assert without_markup("A&#55296;B, Sở KH&#ĐT") == "A&#55296;B, Sở KH&#ĐT"


def test_characters_written_by_name_or_escaped_twice_are_read_as_themselves() -> None:
    text = "Huy&ecirc;n B&aacute;o c&aacute;o &amp;lt;b&amp;gt;t&amp;#7881;nh Qu&#7843;ng Tr&#7883;"
    read, index = unescaped_with_index(text, range(len(text) + 1))
    assert read == "Huyên Báo cáo <b>tỉnh Quảng Trị"
    assert text[index[read.index("tỉnh")] : index[read.index("tỉnh") + len("tỉnh")]] == "t&amp;#7881;nh"
    assert index[len(read)] == len(text)
    # (near misses: a name of no character and a bare ampersand stay as written)
    assert unescaped_with_index("Sở KH&ĐT, R&D, &xyz;", range(21))[0] == "Sở KH&ĐT, R&D, &xyz;"


def test_a_web_pages_blocks_end_their_lines() -> None:
    text = "<p>Lạng Sơn: Xuất khẩu tăng mạnh</p><p>Chiều 5/7, tổng kim ngạch đạt 3.215 triệu USD.<br>Thu ngân sách</p>"
    assert [ln.strip() for ln in without_markup(text).split("\n") if ln.strip()] == [
        "Lạng Sơn: Xuất khẩu tăng mạnh", "Chiều 5/7, tổng kim ngạch đạt 3.215 triệu USD.", "Thu ngân sách"]
    chars = editable(text)
    blanked = blank_markup(chars, text)
    assert len(blanked) == len(text)
    # the line a block opens starts at its text: "<p>" leaves its line break as its last character
    assert blanked[blanked.index("Chiều") - 1] == "\n"
    # (near miss: inline tags are spaces within the line)
    assert without_markup("tăng <b>8,5%</b> so với <i>cùng kỳ</i>") == "tăng  8,5%  so với  cùng kỳ "


def test_the_unseen_parts_of_a_saved_web_page_are_no_text() -> None:
    # the doctype, the head (its <title> restates the headline with the site's name), scripts, styles and comments
    page = ("<!DOCTYPE html>\n<html><head>\n<title>Hà Tĩnh thu 900 tỷ đồng - Báo X</title>\n"
            "<style>p{width:640px}</style></head>\n<body><!-- quảng cáo 300x250 -->\n"
            "<script>var id = 4521;</script><h1>Hà Tĩnh thu 900 tỷ đồng</h1>\n<p>Thu ngân sách đạt 900 tỷ đồng.</p>"
            "</body></html>")
    blanked = blank_markup(editable(page), page)
    assert len(blanked) == len(page)
    for read in (blanked, without_markup(page)):
        assert "DOCTYPE" not in read and "Báo X" not in read and "640" not in read and "4521" not in read
        assert "300x250" not in read and read.count("900 tỷ đồng") == 2  # the headline and the body, once each
    assert "Thu ngân sách đạt 900 tỷ đồng." in blanked
    # a page's tags without those parts are read as before: the words between them stay
    assert "Chi 5 tỷ" in without_markup("<html><body><p>Chi 5 tỷ</p></body></html>")


def test_the_letter_o_written_for_a_zero_inside_a_number_is_the_zero() -> None:
    from orchestration.extraction.normalise import zeros_written_as_o

    # "3.1O5 tấn", "4 5OO ha", "1O%": an O among a number's digits, or completing a group after its separator, before
    # a unit word or "%" is a zero (a scan's misreading); the text keeps its length
    for written, meant in (
        ("thu 3.1O5 tấn", "thu 3.105 tấn"),
        ("trồng 4 5OO ha", "trồng 4 500 ha"),
        ("tăng 1O%", "tăng 10%"),
        ("đón 6,8O nghìn lượt", "đón 6,80 nghìn lượt"),
    ):
        assert zeros_written_as_o(editable(written), written) == meant
    # near-misses: an O opening a word, a code whose letters run on, a number a word does not follow
    for kept in ("có 12 Ong mật", "xe A2O3 mới", "2 OTO", "Bảng 1O\n", "số 1O5/QĐ-UBND", "nóng 37oC", "trên 39o C"):
        assert zeros_written_as_o(editable(kept), kept) == kept


def test_the_words_a_figure_is_read_by_typed_without_marks_get_them_back() -> None:
    from orchestration.extraction.normalise import figure_words_marked

    # a scale or unit word in the run after a number, a change word before a percent or a compared number, an
    # estimate word before its number or verb, a base after "so": each in its own case, the text as long as it was
    for written, meant in (
        ("thu được 730 ty dong", "thu được 730 tỷ đồng"),
        ("đạt 46,2 trieu USD", "đạt 46,2 triệu USD"),
        ("xuất 18 nghin tan gạo", "xuất 18 nghìn tấn gạo"),
        ("còn 2.050 tỷ dong", "còn 2.050 tỷ đồng"),
        ("năng suất 59,4 ta/ha", "năng suất 59,4 tạ/ha"),
        ("doanh thu giam 4,6% so voi cung ky", "doanh thu giảm 4,6% so với cùng kỳ"),
        ("số vụ tang 7 vụ so với thang truoc", "số vụ tăng 7 vụ so với tháng trước"),
        ("uoc dat 96 tỷ đồng", "ước đạt 96 tỷ đồng"),
        ("giảm 0,3 diem % so voi dau nam", "giảm 0,3 điểm % so với đầu năm"),
        ("TANG 12% SO VOI KE HOACH", "TĂNG 12% SO VỚI KẾ HOẠCH"),
        # the whole a percent is of, right after it
        ("đạt 47% du toan", "đạt 47% dự toán"),
        ("bằng 91% cung ky", "bằng 91% cùng kỳ"),
    ):
        assert figure_words_marked(written) == meant
    # near-misses: the same letters as another word, or with no number they belong to, stay as they are
    for kept in (
        "Công ty có 80 lao động",
        "thu giữ tang vật gồm 4 xe máy",
        "đã tạm giam 6 đối tượng so với cùng kỳ",
        "tang lễ diễn ra trang trọng",
        "so voi cung ky",
        "tỷ lệ 47%, ke hoach năm",
    ):
        assert figure_words_marked(kept) == kept
