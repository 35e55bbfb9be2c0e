"""The guarded scans of projects.py (``scanning.guarded``: a guard of the characters a match can start with, or
one branch per way of writing a case-insensitive first letter) and its end-anchored searches
(``scanning.EndAnchored``: searched only when the text's last character can end a match) find what the patterns
as written find; the triggers ("dự án", "công trình") tried only where the lowered text holds their openings are
those of the scan."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path
from unittest import mock

from orchestration.extraction import projects, scanning

# the patterns guarded for speed in the twenty-eighth session (each is searched per mention, work or figure)
_GUARDED = (
    "_FRONTED_PRICE", "_EVENT_VERB_BEFORE", "_SENTENCE_STOP", "_LOCALITY_TAIL", "_COMPANY_NAME_BEFORE",
    "_TOTAL_OF_A_WORK", "_WITHDRAWN_BEFORE", "_MONEY_WORD", "_EVENT_AT_BEFORE", "_SUPERLATIVE", "_FUNDING_HEAD",
    "_ROUTE_END_BEFORE", "_INSTITUTION_BEFORE", "_REFUSED_BEFORE", "_LINK", "_SERVED_BEFORE", "_EXAMPLES_HEAD",
    "_AREA_CAPITAL", "_CLASS_TAIL", "_PAYS_FOR_GROUP", "_LINKED_END_BEFORE", "_PLACE_BEFORE", "_ROAD_BY_ENDS",
    "_SENTENCE_LIST_HEAD", "_DATE_NEAR", "_PARENT_BEFORE", "_QUARTER_NUMERAL",
)
_END_ANCHORED = ("_MEASURE_OF", "_PRICE_TAIL")

# phrases the patterns above read, and the marks and words between them
_PHRASES = (
    "khởi công", "khánh thành", "thông xe", "động thổ", "hoàn thành", "đóng điện", "phê duyệt", "Duyệt",
    "đưa vào sử dụng", "bàn giao", "cấp phép", "chấp thuận chủ trương đầu tư", "giấy chứng nhận đăng ký đầu tư",
    "cho", "dự án", "công trình", "xây dựng", "cây", "tại", "Trường", "Cầu", "Nhà máy", "đường", "tổng mức đầu tư",
    "tổng vốn đầu tư", "vốn", "kinh phí", "đầu tư", "là", "khoảng", "hơn", "gần", "lên tới", "giải ngân", "của",
    "thành phố", "tỉnh", "huyện", "xã", "phường", "trên địa bàn", "Bắc Kạn", "Hà Nội", "Công ty", "CP", "TNHH",
    "CTCP", "Tổng công ty", "Tập đoàn", "cổ phần", "thu hồi", "chấm dứt", "hủy bỏ", "tỷ", "tỉ", "triệu", "nghìn tỷ",
    "lớn nhất", "đầu tiên", "hiện đại nhất", "bắt đầu", "kết thúc", "điểm đầu", "kết nối", "gần", "Giám đốc",
    "Bệnh viện", "Sở", "Ban", "không chấp thuận", "từ chối", "nối", "song song", "giữa", "phục vụ", "các", "như",
    "nhiều", "một số", "gồm", "ngân sách", "toàn tỉnh", "chương trình", "nhóm B", "cấp III", "loại I", "USD",
    "đồng", "vốn đầu tư", "trị giá", "hơn 100", "1.200", "12", "3", "2025", " ", "  ", "\n", ",", ".", ". ", ";",
    ":", "(", ")", "…", "|", "TP.", "date 2025-10-24", "Sáng 15/3", "ſ", "\u212a", "để", "xây", "nâng cấp",
    "mở rộng", "thêm", "mới", "5 cây cầu", "3 trường học", "dự lễ khởi công tại", "được xây dựng tại",
    "nối", "liên thông", "giao cắt", "với", "vào", "trong", "dọc theo", "khu vực", "Đường Lê Lợi - Trần Phú",
    "một số dự án như:", "các công trình gồm:", "ngày 15/3/2025", "Sáng 20/12/2024", "thuộc", "phần của", "quý IV",
    "quý iv", "Km 12,", "đường nối xã A với", "song song với", "giao cắt với", "xây dựng 3 cầu",
)


def _module_as_written() -> object:
    """``projects`` loaded again with ``guarded`` doing nothing: every pattern as the source writes it."""
    spec = importlib.util.spec_from_file_location("orchestration.extraction._projects_plain", projects.__file__)
    module = importlib.util.module_from_spec(spec)
    # (in sys.modules while it runs, as an import puts it: its dataclasses look their module up)
    with mock.patch.object(scanning, "guarded", lambda rx: rx), mock.patch.dict(sys.modules, {spec.name: module}):
        spec.loader.exec_module(module)
    return module


def _texts() -> list[str]:
    """The phrases, random runs of them (as written, in capitals, capitalised), with and without a space at the end,
    and the sentences of the sample reports cut before each of their numbers and at every 41st character."""
    rng = random.Random(28)
    out = [f"{phrase} " for phrase in _PHRASES]
    for _ in range(4000):
        picked = [rng.choice(_PHRASES) for _ in range(rng.randint(0, 12))]
        text = " ".join(rng.choice((p, p.upper(), p.capitalize())) for p in picked)[-rng.randint(1, 120):]
        out.append(text + rng.choice(("", " ")))
    raw = Path(__file__).resolve().parents[1] / "raw"
    for path in sorted(raw.glob("*.txt")):
        for sentence in re.split(r"(?<=[.;])\s+|\n+", path.read_text(encoding="utf-8", errors="replace")):
            out += [sentence[: m.start()] for m in re.finditer(r"\d", sentence)]
            out += [sentence[:cut] for cut in range(0, len(sentence), 41)]
            out.append(sentence)
    return out


def test_the_guarded_patterns_match_like_the_patterns_as_written() -> None:
    written = _module_as_written()
    texts = _texts()
    for name in _GUARDED:
        fast, plain = getattr(projects, name), getattr(written, name)
        assert fast.pattern != plain.pattern, name  # (guarded: the test is worth its name)
        assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex), name
        hits = 0
        for text in texts:
            spans = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == spans, (name, text)
            for at in (0, len(text) // 2):
                for end in (len(text), len(text) - 3):
                    a, b = fast.search(text, at, end), plain.search(text, at, end)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text, at, end)
                    a, b = fast.match(text, at), plain.match(text, at)
                    assert (a and a.span()) == (b and b.span()), (name, text, at)
            assert fast.sub("", text) == plain.sub("", text), (name, text)
            hits += bool(spans)
        assert hits >= 5, (name, hits)


def test_the_end_anchored_searches_find_what_the_patterns_find() -> None:
    texts = _texts()
    for name in _END_ANCHORED:
        fast = getattr(projects, name)
        assert isinstance(fast, scanning.EndAnchored), name
        hits = 0
        for text in texts:
            a, b = fast.search(text), fast.rx.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text)
            hits += b is not None
        assert hits >= 5, (name, hits)


def test_the_triggers_tried_where_the_lowered_text_holds_their_openings_are_the_scan_s() -> None:
    # (each letter of the openings is matched in its two cases only, which str.lower maps to the letter written)
    assert all(len(scanning.letter_cases(letter)) == 2 for word in projects._TRIGGER_OPENINGS for letter in word)
    written = ("dự án", "Dự án", "DỰ ÁN", "dỰ Án", "công trình", "Công Trình", "CÔNG TRÌNH", "cÔng trình", "dự  án",
               "công\ntrình", "(DA)", "(CT)", ":", "Ban Quản lý dự án", "côngtrình", "dựán", "ĐỰ ÁN", "cộng", "dư án")
    rng = random.Random(29)
    texts = [*_texts()]
    for _ in range(3000):
        picked = [rng.choice((*written, *_PHRASES)) for _ in range(rng.randint(0, 10))]
        texts.append(" ".join(picked))
    found = 0
    for text in texts:
        lowered = text.lower()
        if len(lowered) != len(text):
            continue  # (the scan itself reads such a text)
        scan = [m.span() for m in projects._TRIGGER.finditer(text)]
        starts = sorted(scanning.places_of(lowered, projects._TRIGGER_OPENINGS))
        assert [m.span() for m in scanning.matches_tried_at(projects._TRIGGER, text, starts)] == scan, text
        found += bool(scan)
    assert found > 1000
