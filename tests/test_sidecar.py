"""sidecar: what a sidecar fills in where a report's text is silent (own short phrasings)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from orchestration.extraction import extract_document
from orchestration.extraction.sidecar import parse_sidecar

D = dt.date
SALES = "Doanh thu bán lẻ hàng hóa ước đạt 1.870 tỷ đồng, tăng 6,4% so với cùng kỳ năm trước.\n"


def _extracted(text: str, sidecar: dict):
    parsed = parse_sidecar(json.dumps(sidecar).encode(), "r.meta.json")
    return extract_document(text.encode(), "r.txt", sidecar=parsed)


@pytest.mark.parametrize(
    ("subject", "published", "start", "end"),
    [
        # published after its month: the month just gone
        ("Tình hình kinh tế - xã hội tháng 12", "2027-01-05", D(2026, 12, 1), D(2026, 12, 31)),
        # published inside its month (an estimate): that month
        ("Tình hình kinh tế - xã hội tháng 10", "2026-10-26", D(2026, 10, 1), D(2026, 10, 31)),
        ("Tình hình kinh tế - xã hội quý IV", "2027-01-03", D(2026, 10, 1), D(2026, 12, 31)),
        ("Tình hình kinh tế - xã hội 6 tháng đầu năm", "2027-06-28", D(2027, 1, 1), D(2027, 6, 30)),
    ],
)
def test_a_period_written_without_its_year_takes_the_year_it_was_published_in(
    subject: str, published: str, start: dt.date, end: dt.date
) -> None:
    text = f"UBND TỈNH LẠNG SƠN\nBÁO CÁO\n{subject}\n\n{SALES}"
    extraction = _extracted(text, {"published": published})
    doc = extraction.document
    assert (doc["period_start"], doc["period_end"], doc["period_source"]) == (start, end, "sidecar")
    assert doc["placement"] == "placed"
    facts = extraction.tables["indicators"]
    assert set(facts["period_start"]) == {start}


def test_a_publishing_day_dates_no_text_that_names_no_period_or_dates_itself() -> None:
    # near miss: a title naming no period is given none by the day it was published
    undated = f"UBND TỈNH LẠNG SƠN\nBÁO CÁO\nTình hình hoạt động thương mại\n\n{SALES}"
    doc = _extracted(undated, {"published": "2026-11-02"}).document
    assert (doc["period_start"], doc["placement"]) == (None, "no_period")
    # near miss: a date line's year is the text's own, whatever the sidecar's day
    dated = undated.replace("BÁO CÁO\n", "Lạng Sơn, ngày 30 tháng 10 năm 2025\nBÁO CÁO\n").replace(
        "hoạt động thương mại", "kinh tế - xã hội tháng 10"
    )
    doc = _extracted(dated, {"published": "2026-11-02"}).document
    assert (doc["period_start"], doc["period_source"]) == (D(2025, 10, 1), "title")
