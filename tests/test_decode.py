"""decode_report: every encoding rule, the offset contract and every rejection code."""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from pathlib import Path

import pytest

from orchestration.extraction.decode import DecodedReport, decode_report, normalised_text
from orchestration.extraction.errors import RejectedDocument
from tests.fixtures.bad_files import (
    REPO_ROOT,
    TRICKY_NAMES,
    bad_inputs,
    half_written,
    reencodings,
    to_windows_1258,
    tricky_named,
    windows_1258_roundtrip,
    write_fixtures,
)

SAMPLES = sorted((REPO_ROOT / "raw").glob("*.txt"))
SAMPLE = SAMPLES[0]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def reject(data: bytes, name: str = "x.txt", **kw: object) -> RejectedDocument:
    with pytest.raises(RejectedDocument) as info:
        decode_report(data, name, **kw)  # type: ignore[arg-type]
    return info.value


# --- accepted encodings -----------------------------------------------------------------------

def test_plain_utf8_is_the_text_unchanged() -> None:
    data = SAMPLE.read_bytes()
    r = decode_report(data, SAMPLE.name)
    assert r.encoding == "utf-8"
    assert r.text == data.decode("utf-8")
    assert (r.byte_count, r.char_count) == (len(data), len(r.text))
    assert r.text_sha256 == hashlib.sha256(normalised_text(r.text).encode()).hexdigest()
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.text = ""  # type: ignore[misc]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_every_reencoding_gives_the_same_text_and_hash(sample: Path) -> None:
    original = decode_report(sample.read_bytes(), sample.name)
    for fx in reencodings(sample.read_bytes()):
        r = decode_report(fx.data, fx.name)
        assert r.encoding == fx.expected_encoding, fx.kind
        assert fx.data.decode(r.encoding) == r.text, fx.kind  # the documented invariant
        assert not r.text.startswith("\ufeff"), fx.kind
        expected = original.text
        if fx.kind.startswith("cp1258"):
            expected = windows_1258_roundtrip(expected)  # ≥ and ⁴ do not exist in cp1258
        assert nfc(r.text).replace("\r\n", "\n") == nfc(expected), fx.kind
        if expected == original.text:
            assert r.text_sha256 == original.text_sha256, fx.kind


def test_windows_1258_sample_is_lossless_and_keeps_combining_marks() -> None:
    text = SAMPLE.read_text("utf-8")
    data = to_windows_1258(text)  # strict: the first sample only uses cp1258-encodable letters
    r = decode_report(data, "legacy.txt")
    assert r.encoding == "windows-1258"
    assert r.text_sha256 == decode_report(SAMPLE.read_bytes(), SAMPLE.name).text_sha256
    # cp1258 tone marks are combining characters: the text is kept as decoded, not NFC'd
    assert not unicodedata.is_normalized("NFC", r.text)
    assert any(unicodedata.combining(c) for c in r.text)
    assert nfc(r.text) == nfc(text)


def test_windows_1258_encoder_splits_tone_marks_only() -> None:
    assert to_windows_1258("ệ").decode("cp1258") == "ê\u0323"
    assert to_windows_1258("Ử").decode("cp1258") == "Ư\u0309"
    assert to_windows_1258("đ") == b"\xf0"
    with pytest.raises(UnicodeEncodeError):
        to_windows_1258("≥ 99")
    assert windows_1258_roundtrip("≥ 99 m⁴") == "? 99 m4"


def test_short_windows_1258_text_is_recognised() -> None:
    data = to_windows_1258("Báo cáo của Ủy ban nhân dân tỉnh về tình hình kinh tế năm 2024 và các "
                           "nhiệm vụ được giao.\n")
    assert decode_report(data, "short.txt").encoding == "windows-1258"


def test_utf8_bom_is_not_part_of_the_text() -> None:
    text = SAMPLE.read_text("utf-8")
    r = decode_report(b"\xef\xbb\xbf" + text.encode(), "bom.txt")
    assert r.encoding == "utf-8-sig"
    assert r.text == text
    assert r.char_count == len(text)


@pytest.mark.parametrize(("data", "encoding"), [
    ("Báo cáo của tỉnh năm 2025".encode("utf-32"), "utf-32"),
    (b"\x00\x00\xfe\xff" + "Báo cáo của tỉnh".encode("utf-32-be"), "utf-32"),
    ("Báo cáo của tỉnh năm 2025 và các huyện".encode("utf-32-le"), "utf-32-le"),
    ("Báo cáo của tỉnh năm 2025 và các huyện".encode("utf-32-be"), "utf-32-be"),
])
def test_utf32(data: bytes, encoding: str) -> None:
    r = decode_report(data, "wide.txt")
    assert r.encoding == encoding
    assert r.text.startswith("Báo cáo của tỉnh")


def test_other_legacy_encodings_fall_back_to_charset_normalizer() -> None:
    french = ("Le gouvernement a présenté un rapport détaillé sur l'économie française et les "
              "dépenses publiques de la région.\n") * 5
    r = decode_report(french.encode("cp1252"), "fr.txt")
    assert r.encoding != "windows-1258"
    assert r.text == french
    # (charset-normalizer's own guess; for some Cyrillic texts it prefers mac_cyrillic)
    russian = ("Правительство представило подробный доклад об экономике и государственных расходах "
               "региона.\n") * 5
    assert decode_report(russian.encode("cp1251"), "ru.txt").text == russian
    # tiny ambiguous Latin-1: the Western code page wins the tie
    assert decode_report("Hello wörld\n".encode("latin-1"), "t.txt").text == "Hello wörld\n"


# --- offsets index the decoded original ------------------------------------------------------

PHRASES = ("Ủy ban nhân dân tỉnh", "6 tháng đầu năm 2025", "Kiểm điểm công tác chỉ đạo, điều hành")


def test_crlf_text_keeps_its_line_ends_and_offsets_slice_it() -> None:
    text = SAMPLE.read_text("utf-8").replace("\r\n", "\n")
    r = decode_report(text.replace("\n", "\r\n").encode(), "crlf.txt")
    assert r.text.count("\r\n") == text.count("\n")
    assert r.char_count == len(text) + text.count("\n")
    for phrase in PHRASES:
        i = r.text.find(phrase)
        assert i > 0
        assert r.text[i:i + len(phrase)] == phrase
        assert i != text.find(phrase)  # LF offsets would be wrong for this file
    # a phrase broken over a line keeps its CRLF inside the span
    k = r.text.find("\r\n", 200)
    span = r.text[k - 5:k + 7]
    assert "\r\n" in span and span in r.text


def test_nfd_text_is_not_normalised_and_offsets_slice_it() -> None:
    text = SAMPLE.read_text("utf-8")
    r = decode_report(unicodedata.normalize("NFD", text).encode(), "nfd.txt")
    assert r.text == unicodedata.normalize("NFD", text)
    assert r.char_count > len(text)
    for phrase in PHRASES:
        nfd_phrase = unicodedata.normalize("NFD", phrase)
        i = r.text.find(nfd_phrase)
        assert i >= 0
        j = i + len(nfd_phrase)
        assert nfc(r.text[i:j]) == phrase
        assert r.text[i:j] == nfd_phrase


def test_windows_1258_offsets_slice_the_decoded_text() -> None:
    r = decode_report(to_windows_1258(SAMPLE.read_text("utf-8")), "legacy.txt")
    for phrase in PHRASES:
        cp_phrase = to_windows_1258(phrase).decode("cp1258")
        i = r.text.find(cp_phrase)
        assert i >= 0
        assert nfc(r.text[i:i + len(cp_phrase)]) == phrase


# --- the hash ---------------------------------------------------------------------------------

def test_text_sha256_ignores_layout_noise_but_not_content() -> None:
    base = decode_report("Báo cáo\ntỉnh Bắc Kạn\n".encode(), "a").text_sha256
    same = ["Báo cáo  \r\ntỉnh Bắc Kạn\t\r\n", "Báo cáo\rtỉnh Bắc Kạn", "Báo cáo\ntỉnh Bắc Kạn\n\n\n",
            unicodedata.normalize("NFD", "Báo cáo\ntỉnh Bắc Kạn\n")]
    for variant in same:
        assert decode_report(variant.encode(), "b").text_sha256 == base, repr(variant)
    assert decode_report("Báo cáo\ntỉnh Bắc Giang\n".encode(), "c").text_sha256 != base
    assert decode_report("Báo cáo tỉnh Bắc Kạn\n".encode(), "d").text_sha256 != base  # line break is content


# --- rejections -------------------------------------------------------------------------------

# kind → words the reason must contain (case-insensitive)
REASON_WORDS: dict[str, tuple[str, ...]] = {
    "empty": ("empty", "0 bytes"),
    "whitespace": ("only whitespace",),
    "bom_only": ("only a byte-order mark",),
    "fake_png": ("png", "not text"),
    "fake_pdf": ("pdf", "not text", "convert it to text first"),
    "fake_docx": ("word .docx", "not text"),
    "fake_doc": ("word .doc", "not text"),
    "random_binary": ("nul bytes", "binary"),
    "nul_in_text": ("nul bytes", "binary"),
    "oversize": ("over the", "limit"),
    "half_written_midchar": ("middle of a utf-8 character", "cut off"),
}


@pytest.mark.parametrize("fx", [f for f in bad_inputs(SAMPLE.read_bytes(), oversize_bytes=200_000)
                                if f.expected_code], ids=lambda f: f.kind)
def test_bad_inputs_get_their_code_and_a_reason(fx) -> None:
    err = reject(fx.data, fx.name, max_bytes=fx.max_bytes)
    assert err.code == fx.expected_code
    assert err.source_file == fx.name
    assert str(err).startswith(f"{fx.name}: ")
    assert err.reason and "\n" not in err.reason
    for word in REASON_WORDS[fx.kind]:
        assert word in err.reason.lower(), (word, err.reason)


def test_too_large_names_size_and_limit() -> None:
    data = b"a" * 2_000_001
    err = reject(data, max_bytes=2_000_000)
    assert err.code == "too_large"
    assert "2,000,001 bytes" in err.reason and "2,000,000 bytes" in err.reason
    assert decode_report(b"a" * 10, "ok.txt", max_bytes=10).byte_count == 10  # the limit is inclusive


def test_half_written_between_characters_decodes_as_a_prefix() -> None:
    data = SAMPLE.read_bytes()
    cut = half_written(data)
    while True:  # step back to a character boundary so the cut decodes
        try:
            cut.decode("utf-8")
            break
        except UnicodeDecodeError:
            cut = cut[:-1]
    r = decode_report(cut, "half.txt")
    assert data.decode("utf-8").startswith(r.text)


@pytest.mark.parametrize(("data", "code", "words"), [
    ("Báo cáo tỉnh".encode("utf-16-le")[:-1] + b"\x00" * 0, "truncated", ("middle of a character",)),
    (b"\xff\xfe" + "Báo cáo".encode("utf-16-le")[:-1], "truncated", ("utf-16 le", "cut off")),
    (b"\xff\xfe" + b"\x00\xd8\x41\x00", "undecodable", ("utf-16 le",)),  # lone surrogate
    (b"text with controls \x01\x02\x03\x04\x05\x06\x07\x08 and \x1b\x1c\x1d\x1e" * 3, "binary",
     ("control characters",)),
])
def test_wide_and_control_rejections(data: bytes, code: str, words: tuple[str, ...]) -> None:
    err = reject(data)
    assert err.code == code, err.reason
    for word in words:
        assert word in err.reason.lower(), err.reason


def test_damaged_utf8_is_read_as_utf8_with_its_stray_bytes() -> None:
    # a byte pasted from a Windows editor does not lose the report, nor turn it into a code page's mojibake
    data = SAMPLE.read_bytes()
    damaged = data[:3000] + b"\xff" + data[3000:]
    r = decode_report(damaged, "damaged.txt")
    assert r.encoding == "utf-8-with-stray-bytes"
    assert r.text == data[:3000].decode("utf-8") + "ÿ" + data[3000:].decode("utf-8")
    assert damaged.decode(r.encoding) == r.text  # the documented invariant


@pytest.mark.parametrize(("damaged", "text"), [
    ("Doanh thu đạt 6.245".encode() + b"\xa0" + "tỷ đồng, tăng 8,2%.".encode(),
     "Doanh thu đạt 6.245\xa0tỷ đồng, tăng 8,2%."),
    # a letter's first byte lost in a copy: its second byte alone reads as the cp1252 character it is
    ("Thu ngân sách ước đạt 912 tỷ ".encode() + "đồng".encode()[1:] + " trong quý.".encode(),
     "Thu ngân sách ước đạt 912 tỷ \u2018ồng trong quý."),
])
def test_each_stray_byte_reads_as_one_windows_character(damaged: bytes, text: str) -> None:
    r = decode_report(damaged, "pasted.txt")
    assert (r.text, r.encoding) == (text, "utf-8-with-stray-bytes")
    assert r.char_count == len(text)


def test_a_code_page_file_is_not_read_as_damaged_utf8() -> None:
    # many bytes outside UTF-8 and few UTF-8 letters: a legacy code page, not UTF-8 with stray bytes
    cp1258 = to_windows_1258("Báo cáo tình hình kinh tế - xã hội của tỉnh năm 2026, ước đạt 1.245 tỷ đồng.")
    assert decode_report(cp1258, "old.txt").encoding == "windows-1258"


def test_tcvn3_is_decoded() -> None:
    tcvn3 = "B¸o c¸o t×nh h×nh kinh tÕ cña tØnh B¾c K¹n n¨m 2024 vµ c¸c nhiÖm vô ®\xadîc giao. " * 3
    decoded = decode_report(tcvn3.encode("latin-1"), "x.txt")
    assert decoded.encoding == "tcvn3"
    assert decoded.text.startswith("Báo cáo tình hình kinh tế của tỉnh Bắc Kạn năm 2024 và các nhiệm vụ được giao.")
    assert tcvn3.encode("latin-1").decode(decoded.encoding) == decoded.text  # the documented invariant


# VNI as its fonts spell it (base letter, then the mark's Latin-1 byte), written by hand.
@pytest.mark.parametrize(("vni", "text"), [
    ("Baùo caùo tình hình kinh teá cuûa tænh naêm 2024 vaø caùc nhieäm vuï ñöôïc giao.",
     "Báo cáo tình hình kinh tế của tỉnh năm 2024 và các nhiệm vụ được giao."),
    ("ÑÖÔØNG HUYEÄN MÔÙI ÑAÉP; Kyø hoïp thöù ba, thò traán Yeân Laïc",
     "ĐƯỜNG HUYỆN MỚI ĐẮP; Kỳ họp thứ ba, thị trấn Yên Lạc"),
    ("Möa luõ queùt laøm saäp 12 caên nhaø ôû xaõ Möôøng AÛng", "Mưa lũ quét làm sập 12 căn nhà ở xã Mường Ảng"),
    ("öôùc ñaït 45,2% – thaáp hôn cuøng kyø; khoaûng 3,5 tæ ñoàng; Ñaëng, Quyù, Truõng, Myõ, Î, îa",
     "ước đạt 45,2% – thấp hơn cùng kỳ; khoảng 3,5 tỉ đồng; Đặng, Quý, Trũng, Mỹ, Ỵ, ỵa"),
    # capitals: a capital base makes a capital letter, whether its mark is written small or capital
    ("AÙo, Aù, AÊN, AÉ, AË, Nhaät, Hieån, Quaãn, Ñoä, Hoaøi, Ñònh, Ñaõ, YÙ, Lyù, AÜ, Aú, OÂ, Ñoà, ÔÛ, ÖØ, Ò, Æ, Ó",
     "Áo, Á, ĂN, Ắ, Ặ, Nhật, Hiển, Quẫn, Độ, Hoài, Định, Đã, Ý, Lý, Ẵ, Ẳ, Ô, Đồ, Ở, Ừ, Ị, Ỉ, Ĩ"),
])
def test_vni_is_decoded_by_its_table(vni: str, text: str) -> None:
    assert vni.encode("cp1252").decode("vni") == text


def test_a_vni_report_is_recognised_and_decoded() -> None:
    vni = "Baùo caùo tình hình kinh teá cuûa tænh naêm 2024 vaø caùc nhieäm vuï ñöôïc giao. " * 3
    decoded = decode_report(vni.encode("cp1252"), "x.txt")
    assert decoded.encoding == "vni"
    assert decoded.text.startswith("Báo cáo tình hình kinh tế của tỉnh năm 2024 và các nhiệm vụ được giao.")
    assert vni.encode("cp1252").decode(decoded.encoding) == decoded.text  # the documented invariant
    assert decoded.text_sha256 == decode_report(decoded.text.encode("utf-8"), "x.txt").text_sha256


def test_vni_writes_back_what_it_read() -> None:
    text = "Thu ngân sách ước đạt 1.234,5 tỷ đồng, bằng 102% dự toán; ĐƯỢC GIAO 18 tỷ. Ư Ơ ỵ Ỹ ẵ Ẳ"
    assert text.encode("vni").decode("vni") == text
    assert "được".encode("vni") == "ñöôïc".encode("cp1252")


def test_high_byte_garbage_is_undecodable() -> None:
    import random

    rng = random.Random(7)
    err = reject(bytes(rng.randrange(0x80, 0x100) for _ in range(5000)))
    assert err.code == "undecodable"
    assert "utf-8" in err.reason.lower()


def test_english_text_decodes_the_extraction_rejects_it_later() -> None:
    fx = next(f for f in bad_inputs(SAMPLE.read_bytes()) if f.kind == "english")
    assert decode_report(fx.data, fx.name).encoding == "utf-8"


def test_tricky_names_are_only_names() -> None:
    for fx in tricky_named(SAMPLE.read_bytes()):
        assert decode_report(fx.data, fx.name).encoding == "utf-8"
        err = reject(b"", fx.name)
        assert err.source_file == fx.name and err.code == "empty"


# --- the generator writes what its manifest says ----------------------------------------------

def test_generated_folder_matches_its_manifest(tmp_path: Path) -> None:
    written = write_fixtures(tmp_path, SAMPLE, oversize_bytes=150_000)
    assert (tmp_path / "manifest.json").is_file()
    names = {p.name for p, _ in written}
    assert set(TRICKY_NAMES) <= names
    for path, fx in written:
        data = path.read_bytes()
        assert data == fx.data
        if fx.expected_code is None:
            r = decode_report(data, path.name, max_bytes=fx.max_bytes)
            assert isinstance(r, DecodedReport)
            assert r.encoding == fx.expected_encoding, fx.kind
            assert data.decode(r.encoding) == r.text
        else:
            assert reject(data, path.name, max_bytes=fx.max_bytes).code == fx.expected_code, fx.kind


def _tcvn3_bytes(text: str) -> bytes:
    """``text`` written in TCVN3 (its small letters: the font encoding lacks most toned capitals)."""
    table = {ch: bytes([b]) for b, ch in enumerate(bytes(range(256)).decode("tcvn3")) if ord(ch) >= 0x80}
    return b"".join(table.get(ch) or table.get(ch.lower()) or ch.encode("ascii") for ch in text)


@pytest.mark.parametrize("text", [
    "Kon Tum: Thu ngân sách 6 tháng đạt 1.845 tỷ đồng\n\nTổng thu ngân sách tăng 12,3% so với cùng kỳ.",
    "Sơn La đón 2,85 triệu lượt khách du lịch, doanh thu đạt 3.960 tỷ đồng.",
    "Huyện Mường Nhé trồng mới 120 ha quế, đàn trâu bò tăng 640 con.",
])
def test_a_short_text_in_a_font_encoding_is_read_as_vietnamese(text: str) -> None:
    # too short for the count of the font encodings' common words: the decoding that reads as Vietnamese
    for data, codec in ((text.encode("vni"), "vni"), (_tcvn3_bytes(text), "tcvn3")):
        decoded = decode_report(data, "x.txt")
        assert decoded.encoding == codec
        assert decoded.text.lower() == text.lower()
        assert data.decode(decoded.encoding) == decoded.text  # the documented invariant
    # (near miss: the same text in Windows-1258 is not read in a font: by its own name or charset-normalizer's)
    decoded = decode_report(_cp1258_letters(text), "x.txt")
    assert decoded.encoding in ("windows-1258", "cp1258")
    assert unicodedata.normalize("NFC", decoded.text) == text


def _cp1258_letters(text: str) -> bytes:
    """NFD text in Windows-1258: its letters with shape marks composed, the tone marks apart."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            out.append((unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tones)
                       .encode("cp1258"))
    return b"".join(out)


def test_character_references_named_numbered_or_escaped_twice_are_their_characters() -> None:
    from orchestration.extraction.normalise import entities_unescaped

    assert entities_unescaped("T&igrave;nh h&igrave;nh &Aacute;p") == "Tình hình Áp"
    assert entities_unescaped("T&amp;#7881;nh &amp;ocirc;") == "Tỉnh ô"
    assert entities_unescaped("&lt;p&gt;kh&#x1EA9;u") == "<p>khẩu"
    # near misses: a stray "&", or a name not closed by its ";", is the text as written
    for text in ("Sở KH&ĐT", "vốn R&D đạt 5 tỷ", "&copy 2026", "tỷ lệ &lt 5%", "A & B", "&unknownname;"):
        assert entities_unescaped(text) == text
