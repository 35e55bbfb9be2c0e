"""Sections of a report that set plans for the future.

Reports close with "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "NHIỆM VỤ, GIẢI PHÁP NĂM 2025" or
"KẾ HOẠCH NĂM 2025": an amount stated there is a target, not an achievement (CONVENTIONS.md:
plans for the future are facts with metric ``target`` for the year they aim at). A section runs
from its top-level heading (``III.``, ``B.``, ``PHẦN II``, or a heading in capitals) to the next
top-level heading; numbered sub-headings (``1.``, ``2.1.``, ``a)``) stay inside it.
"""

from __future__ import annotations

import re

from orchestration.extraction.dates import YEAR
from orchestration.extraction.layout import Layout

_TOP_HEADING = re.compile(r"^\s*(?:[IVXLC]{1,5}\s*[.:)]|[A-ZĐ]\s*[.:)]|PHẦN\s+[IVXLC\d]+|Phần\s+[IVXLC\d]+)\s*\S")
_FUTURE = re.compile(
    r"phương\s+hướng|nhiệm\s+vụ[^.\n]{0,60}(?:cuối\s+năm|năm\s+" + YEAR + r"|tới|sắp\s+tới|tiếp\s+theo)|"
    r"kế\s+hoạch[^.\n]{0,40}năm\s+" + YEAR + r"|nhiệm\s+vụ\s+trọng\s+tâm|nhiệm\s+vụ,?\s+giải\s+pháp\s+chủ\s+yếu|"
    # "II. MỤC TIÊU NHIỆM KỲ 2025 - 2030", "MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030": the targets of a term or of a year ahead
    r"(?:mục|chỉ)\s+tiêu[^.\n]{0,40}?(?:nhiệm\s+kỳ|giai\s+đoạn|đến\s+năm)\s+" + YEAR,
    re.IGNORECASE)
# "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 9 THÁNG NĂM 2018": a section that reports how the tasks were carried
# out holds achievements; only what the heading says besides ("... VÀ PHƯƠNG HƯỚNG NĂM 2019") sets plans
# (so does one of how the targets were met: "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU NHIỆM KỲ 2020 - 2025")
_DONE_TASKS = re.compile(r"(?:tình\s+hình|kết\s+quả)\s+(?:thực\s+hiện|triển\s+khai)\s+(?:các\s+)?"
                         r"(?:nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu)", re.IGNORECASE)

# "HỘI NGHỊ SƠ KẾT ... 9 THÁNG VÀ TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM": a headline in capitals naming a
# meeting reports what was said there, results first; it opens no section of plans
_MEETING_HEADLINE = re.compile(r"\s*(?:HỘI\s+NGHỊ|KỲ\s+HỌP|PHIÊN\s+HỌP)\b")


# "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)", "Mục tiêu cụ thể giai đoạn 2021-2025:": a line of its own naming the
# targets of a term opens the list of them, however plainly it is written (a heading of results names them:
# "Kết quả thực hiện các chỉ tiêu ..." does not open with the word)
_TERM_TARGETS_HEADING = re.compile(
    r"\s*(?:(?:Các|Một\s+số|Những)\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:chủ\s+yếu|cụ\s+thể|chính|cơ\s+bản))?\s*"
    r"[(\-–]?\s*(?:của\s+|trong\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn)\s+" + YEAR + r"\s*[-–]\s*" + YEAR + r"\s*\)?\s*:?\s*",
    re.IGNORECASE)


def _term_targets_heading(line: str) -> bool:
    return len(line) <= 120 and "tiêu" in line and _TERM_TARGETS_HEADING.fullmatch(line) is not None


def _sets_plans(heading: str) -> bool:
    if _MEETING_HEADLINE.match(heading):
        return False
    return bool(_FUTURE.search(_DONE_TASKS.sub(" ", heading)))


def _is_top_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 200 or "\t" in text:
        return False
    if _TOP_HEADING.match(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)  # a heading in capitals


def future_sections(layout: Layout) -> list[tuple[int, int]]:
    """Clean-text spans of the sections that set future plans."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for a, b in layout.paragraphs:
        line = layout.clean[a:b]
        term_targets = _term_targets_heading(line)
        if not term_targets and not _is_top_heading(line):
            continue
        if start is not None:
            spans.append((start, a))
            start = None
        if term_targets or _sets_plans(line):
            start = a
    if start is not None:
        spans.append((start, len(layout.clean)))
    return spans
