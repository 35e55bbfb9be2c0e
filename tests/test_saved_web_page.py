"""A report saved as a whole web page, and one with a few stray bytes: read as the page a reader sees."""

from __future__ import annotations

from orchestration.extraction.pipeline import extract_document

_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Quảng Trị: Thu ngân sách 11 tháng đạt 3.120 tỷ đồng - Cổng thông tin điện tử</title>
<script>var slot = [728, 90]; var articleId = 88213;</script>
</head><body>
<h1>Quảng Trị: Thu ngân sách 11 tháng đạt 3.120 tỷ đồng</h1>
<p>Thứ Năm, 03/12/2026 09:10</p>
<p>Tổng thu ngân sách nhà nước trên địa bàn tỉnh 11 tháng năm 2026 đạt 3.120 tỷ đồng, bằng 91% dự toán.</p>
</body></html>"""


def test_a_saved_page_is_titled_by_its_headline_and_its_head_gives_no_fact() -> None:
    extraction = extract_document(_PAGE.encode(), "page.html.txt")
    assert extraction.document["title"] == "Quảng Trị: Thu ngân sách 11 tháng đạt 3.120 tỷ đồng"
    evidence = [row["evidence"] for t in extraction.tables.values() for row in t.iter_rows(named=True)]
    assert evidence and not any("Cổng thông tin" in e or "articleId" in e for e in evidence)
    values = [row["value"] for row in extraction.tables["budgets"].iter_rows(named=True)]
    assert values.count(3.12e12) == 2  # the headline's and the body's, not the head's <title> as a third


def test_a_report_with_a_stray_windows_byte_loads_with_its_figures() -> None:
    text = "UBND TỈNH HÀ NAM\nBáo cáo tình hình kinh tế - xã hội tháng 10 năm 2026\n\nThu ngân sách đạt 815 tỷ đồng.\n"
    damaged = text.replace("815 tỷ", "815\xa0tỷ").encode("utf-8").replace(b"\xc2\xa0", b"\xa0")
    extraction = extract_document(damaged, "pasted.txt")
    assert extraction.document["encoding"] == "utf-8-with-stray-bytes"
    assert [row["value"] for row in extraction.tables["budgets"].iter_rows(named=True)] == [8.15e11]
