"""The fold of a line through the charmap codec is the fold through ``str.translate``."""

import codecs
import random

from orchestration.extraction import normalise

_OTHERS = "ƣƢ\x01\x7f\u0301\u0323İıſK中文ʼ\U0001f600\ud800\uff10\uff21\u3000—·«»\u2028"


def _plain(line: str) -> str:
    return line.translate(normalise._FOLD_TABLE)


def test_the_fast_characters_are_one_byte_each_and_read_back_folded() -> None:
    chars = normalise._FAST_FOLD_CHARS
    assert len(set(chars)) == len(chars) <= 256 and chars[0] == "\x00"
    assert type(normalise._FAST_FOLD_ENCODING).__name__ == "EncodingMap"  # (not the slow dictionary)
    coded = codecs.charmap_encode(chars, "strict", normalise._FAST_FOLD_ENCODING)[0]
    assert list(coded) == list(range(len(chars)))
    for c in chars:
        assert normalise._fold_line.__wrapped__(c) == _plain(c) == normalise._fold_char(c), repr(c)


def test_a_line_folds_as_translate_folds_it() -> None:
    rng = random.Random(27)
    alphabet = normalise._FAST_FOLD_CHARS.replace("\n", "")
    fast = 0
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        if rng.random() < 0.3:
            at = rng.randrange(0, len(line) + 1)
            line = line[:at] + rng.choice(_OTHERS) + line[at:]
        else:
            fast += 1
        assert normalise._fold_line.__wrapped__(line) == _plain(line), repr(line)
    assert fast > 10000


def test_fold_of_a_text_with_lines() -> None:
    text = "Tỉnh BẮC KẠN – Hoà\u00a0bình\n“Đà Nẵng” ƣớc tính\r\n\tỦY BAN ２０２６\n"
    assert normalise.fold_nfc(text) == "\n".join(_plain(line) for line in text.split("\n"))


_MARKDOWN_PIECES = ["#", "##", "#######", " ", "\t", "\n", "\n\n", "Tiêu đề", "x", "# ", "## ", "a#b", "*", "**", "_",
                    "__", "1.", "|"]


def test_the_headings_tried_at_lines_with_a_hash_are_the_scans() -> None:
    rng = random.Random(29)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(_MARKDOWN_PIECES) for _ in range(rng.randrange(0, 14)))
        plain = [m.span() for m in normalise.MARKDOWN_HEADING.finditer(text)]
        assert [m.span() for m in normalise.markdown_headings(text)] == plain, repr(text)
        assert normalise._without_matches(text, normalise.markdown_headings(text)) == (
            normalise.MARKDOWN_HEADING.sub("", text)), repr(text)
        found += len(plain)
    assert found > 2000
