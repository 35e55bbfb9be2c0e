"""The period scans tried only where a match can start (``periods._ScanStarts``) find exactly the
matches of the plain scans, on random texts made of the scans' own words and on the shared reports."""

import random

import pytest

from orchestration.extraction import periods
from orchestration.extraction.normalise import FoldedText
from orchestration.extraction.scanning import matches_tried_at, opening_words
from tests.conftest import SHARED, needs_shared

# the words, digits and marks the period phrases are made of (folded), and some that only look like them
_PIECES = ["tinh", "den", "toi", "thoi", "diem", "het", "cuoi", "dau", "thang", "nam", "nay", "hien", "tai",
           "ngay", "so", "voi", "cung", "ky", "truoc", "ngoai", "nua", "sau", "06", "6", "giai", "doan", "ke",
           "hoach", "5", "trong", "chung", "uoc", "luy", "muoi", "mot", "hai", "chin", "ba", "bay", "tam", "co",
           "dat", "tang", "qua", "nhiem", "quy", "ii", "2024", "2023", "17", "12", "9", "1", "/", "-", ",", ".",
           "h", "gio", "bao", "cao", "xtinh", "denx", "thu", "hoc", "tu"]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", ""]


# whole phrases of the scans (their spaces written at random), so that most texts hold matches
_PHRASES = ["tinh den ngay 17/6/2024", "den het thang 6/2024", "uoc tinh 6 thang co", "trong 9 thang,",
            "tinh chung 5 thang dat", "chin thang dau nam 2024", "muoi mot thang dau nam", "giai doan 2021-2025",
            "so voi cung ky nam truoc", "6 thang dau nam", "sau thang cuoi nam 2023", "den ngay 16-4-2016",
            "den ngay 5 thang 6 nam 2024", "tinh den dau thang 7/2019", "tinh den het nam 2023", "den nay",
            "thoi diem 1/4", "toi 17h ngay 3/9", "ke hoach 5 nam 2021-2025", "nua dau nam", "uoc tinh 9 thang",
            "3 thang cuoi nam 2024", "9 thang qua dat", "luy ke 5 thang dau nam 2024", "12 thang nam 2023",
            "10 thang, trien khai nhiem vu 2 thang cuoi nam", "5.6 thang", "1/12 thang"]


def _random_text(rng: random.Random, words: int) -> str:
    pieces = [rng.choice(_PHRASES if rng.random() < 0.3 else _PIECES) for _ in range(words)]
    return "".join(" ".join(piece.split()).replace(" ", rng.choice(_SPACES[:-1])) + rng.choice(_SPACES)
                   for piece in pieces)


def _plain(folded: str) -> list[list[tuple[tuple[int, int], tuple]]]:
    return [[(m.span(), m.groups()) for m in rx.finditer(folded)] for _kind, rx in periods._PATTERNS]


def _tried(folded: str) -> list[list[tuple[tuple[int, int], tuple]]]:
    starts = periods._ScanStarts(folded)
    out = []
    for kind, scan, _needed, starts_of in periods._SCANS:
        found = scan.finditer(folded) if starts_of is None else matches_tried_at(scan, folded, starts_of(starts))
        out.append([(m.span(), m.groups()) for m in found])
        assert kind
    return out


def test_the_scans_tried_at_their_starts_are_the_plain_scans_on_random_texts() -> None:
    rng = random.Random(7)
    for _ in range(400):
        text = _random_text(rng, rng.randrange(5, 120))
        assert _tried(text) == _plain(text), text


def test_the_as_of_scans_open_with_their_lead() -> None:
    """Every scan tried at the as-of leads opens with "(tính) đến", "tới" or "thời điểm" and whitespace."""
    led = [rx for (_kind, rx), (_k, _s, _n, starts_of) in zip(periods._PATTERNS, periods._SCANS, strict=True)
           if starts_of is periods._ScanStarts.as_of_leads]
    assert len(led) == 17  # (with "đến trung tuần tháng 10", "đến ngày mười lăm tháng mười hai", "đến đầu năm 2026",
    #                        "đến hết tháng Mười một", "đến 15/6/26", "Đến 25.8,", "đến cuối tháng trước",
    #                        "đến cuối năm")
    for rx in led:
        assert set(opening_words(rx)) <= set(periods._AS_OF_LEAD_WORDS)
        text = "x " + "den  thang 6/2024 tinh\nden het nam 2023 toi ngay 5/6 thoi diem 1/4/2024 den nay"
        for m in rx.finditer(text):
            assert periods._AS_OF_LEADS.match(text, m.start())


def test_the_months_in_scan_opens_after_uoc_tinh() -> None:
    text = "uoc tinh 6 thang co 2 nghin luot; trong 9 thang, tinh chung 5 thang dat; uoc tinh  7 thang co"
    assert _tried(text) == _plain(text)
    starts = periods._ScanStarts(text).in_months()
    assert starts == sorted(set(starts))
    assert text.index("6 thang co") in starts


@needs_shared("samples")
def test_the_scans_tried_at_their_starts_are_the_plain_scans_on_the_shared_reports() -> None:
    paths = sorted((SHARED / "samples").rglob("*.txt"))
    assert paths
    for path in paths:
        folded = FoldedText.of(path.read_text(encoding="utf-8-sig", errors="replace")).folded
        assert _tried(folded) == _plain(folded), path.name


_COUNTS = [" ".join(count) for count in periods._MONTH_COUNT_SPLIT]


@pytest.mark.parametrize(("kind", "starts_of", "pieces"), [
    ("cumulative_word", periods._ScanStarts.months_in_words,
     [*_COUNTS, "thang", "dau", "nam", "2024", "thu", "xmuoi", "mot", "hai", "thang dau nam", "muoi  mot"]),
    ("year_estimated", periods._ScanStarts.estimates,
     ["du", "uoc", "du uoc", "uoc tinh", "tinh", "ca", "nam", "ca nam", "2024", "xdu", "duoc", "ca nam 2024", "9"]),
])
def test_a_scan_starts_where_its_starts_look(kind: str, starts_of, pieces: list[str]) -> None:
    """Every match of the scan starts at a place its ``_ScanStarts`` method lists (random texts of its words,
    their look-alikes and every spacing)."""
    rx = dict(periods._PATTERNS)[kind]
    rng = random.Random(21)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice(_SPACES) for _ in range(rng.randrange(2, 16)))
        starts = set(starts_of(periods._ScanStarts(text)))
        for m in rx.finditer(text):
            assert m.start() in starts, (text, m.start())
            found += 1
    assert found > 500
