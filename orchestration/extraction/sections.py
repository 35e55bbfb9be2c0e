"""Sections of a report that set plans for the future.

Reports close with "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "NHIỆM VỤ, GIẢI PHÁP NĂM 2025" or
"KẾ HOẠCH NĂM 2025": an amount stated there is a target, not an achievement (CONVENTIONS.md:
plans for the future are facts with metric ``target`` for the year they aim at). A section runs
from its top-level heading (``III.``, ``B.``, ``PHẦN II``, or a heading in capitals) to the next
top-level heading; numbered sub-headings (``1.``, ``2.1.``, ``a)``) stay inside it.
"""

from __future__ import annotations

import datetime as dt
import re

from orchestration.extraction.dates import YEAR
from orchestration.extraction.layout import Layout
from orchestration.extraction.letters import UPPER

# ("Điều 1. ...": an article of a resolution; "Phần thứ hai: Phương hướng, nhiệm vụ năm 2027", "Chương II": a part
# counted in words, a chapter)
_TOP_HEADING = re.compile(
    r"^\s*(?:(?:[IVXLC]{1,5}\s*[.:)]|[A-ZĐ]\s*[.:)]|PHẦN\s+[IVXLC\d]+|Phần\s+[IVXLC\d]+|Điều\s+\d+\s*[.:])\s*\S|"
    r"(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+[^\W\d_]+\s*(?:[.:\-–]|$|(?=" + UPPER + r"))|(?:CHƯƠNG|Chương)\s+[IVXLC\d]+\b)")
_FUTURE = re.compile(
    r"phương\s+hướng|nhiệm\s+vụ[^.\n]{0,60}(?:cuối\s+năm|năm\s+" + YEAR + r"|tới|sắp\s+tới|tiếp\s+theo)|"
    # ("III. GIẢI PHÁP THỰC HIỆN TRONG QUÝ TỚI", "CHƯƠNG TRÌNH CÔNG TÁC THỜI GIAN TỚI": the means and the work ahead)
    r"(?:giải\s+pháp|chương\s+trình\s+công\s+tác)[^.\n]{0,40}(?:\btới|tiếp\s+theo)\b|"
    r"kế\s+hoạch[^.\n]{0,40}năm\s+" + YEAR + r"|nhiệm\s+vụ\s+trọng\s+tâm|nhiệm\s+vụ,?\s+giải\s+pháp\s+chủ\s+yếu|"
    # "II. NHIỆM VỤ, GIẢI PHÁP", "III. NHIỆM VỤ VÀ GIẢI PHÁP": a heading of the tasks and the means ahead, naming no
    # time (the year the title plans is theirs); not those carried out ("... ĐÃ TRIỂN KHAI", "KẾT QUẢ THỰC HIỆN ...")
    r"^\W*(?:(?:phần\s+[IVXLC\d]+|[IVXLC]{1,5}|[A-ZĐ])\s*[.:)]\s*)?(?:các\s+)?nhiệm\s+vụ\s*(?:,|và)\s*(?:các\s+)?"
    r"giải\s+pháp\W*$|"
    # "II. MỤC TIÊU NHIỆM KỲ 2025 - 2030", "MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030": the targets of a term or of a year ahead
    r"(?:mục|chỉ)\s+tiêu[^.\n]{0,40}?(?:nhiệm\s+kỳ|giai\s+đoạn|đến\s+năm)\s+" + YEAR + "|"
    # ("2. Mục tiêu, chỉ tiêu 6 tháng cuối năm 2026", "CHỈ TIÊU CHỦ YẾU HAI THÁNG CUỐI NĂM": the months left)
    r"(?:mục|chỉ)\s+tiêu[^.\n]{0,40}?\btháng\s+cuối\s+năm\b",
    re.IGNORECASE)
# "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 9 THÁNG NĂM 2018": a section that reports how the tasks were carried
# out holds achievements; only what the heading says besides ("... VÀ PHƯƠNG HƯỚNG NĂM 2019") sets plans
# (so does one of how the targets were met: "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU NHIỆM KỲ 2020 - 2025", and one of how a
# plan or an estimate was carried out: "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025")
# ("KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM", "KẾT QUẢ ĐẠT ĐƯỢC TRONG THỰC HIỆN NHIỆM VỤ": a few
# words of how the tasks were led between, never a second subject joined by "và")
_DONE_TASKS = re.compile(r"(?:tình\s+hình|kết\s+quả)(?:\s+(?!và\b)[^\W\d_]+,?){0,5}?\s+(?:thực\s+hiện|triển\s+khai)\s+"
                         r"(?:các\s+)?"
                         r"(?:nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)", re.IGNORECASE)

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


# "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027", "Kế hoạch phát triển KT-XH năm 2027", "Nghị quyết
# về dự toán ngân sách nhà nước năm 2027": a document whose title names only a plan sets plans from its first line
_PLAN_TITLE = re.compile(
    r"\s*(?:(?:nghị\s+quyết|quyết\s+định|tờ\s+trình|báo\s+cáo)\s+)?(?:về\s+(?:việc\s+)?"
    r"(?:(?:ban\s+hành|thông\s+qua|phê\s+duyệt|giao)\s+)?)?(?:kế\s+hoạch|dự\s+toán|phương\s+hướng|mục\s+tiêu|chỉ\s+tiêu)\b",
    re.IGNORECASE)
# ("Báo cáo tình hình ... năm 2026 và kế hoạch năm 2027", "Kế hoạch ... Đánh giá kết quả ...": a review first)
_REVIEW = re.compile(r"\b(?:tình\s+hình|kết\s+quả|đánh\s+giá|sơ\s+kết|tổng\s+kết|kiểm\s+điểm|quyết\s+toán)\b",
                     re.IGNORECASE)


PLANNED_AHEAD_DAYS = 200  # a year's plan is adopted in its last months before it


def is_a_plan_document(title: str | None, issued: dt.date | None, period_start: dt.date | None) -> bool:
    """Does the document as a whole set plans: its title names only a plan, or it was issued in the months
    before the period it is about began (a resolution of 10 December 2026 on the year 2027)? (A date much
    earlier is another document's, cited: "Căn cứ Luật ... ngày 19 tháng 6 năm 2015".)"""
    if issued is not None and period_start is not None and 0 < (period_start - issued).days <= PLANNED_AHEAD_DAYS:
        return True
    return bool(title) and _PLAN_TITLE.match(title) is not None and _REVIEW.search(title) is None


def _term_targets_heading(line: str) -> bool:
    return len(line) <= 120 and "tiêu" in line and _TERM_TARGETS_HEADING.fullmatch(line) is not None


# "II. NHIỆM VỤ, GIẢI PHÁP THÁNG 12", "PHẦN II. CÁC NHIỆM VỤ, GIẢI PHÁP QUÝ IV", "III. ĐỊNH HƯỚNG NĂM 2027", "II. KẾ
# HOẠCH THÁNG 12/2026": a heading whose subject is the tasks, the orientation or the plan of a month, a quarter or a
# year (not the results of one: "I. KẾT QUẢ ĐẠT ĐƯỢC TRONG THỰC HIỆN NHIỆM VỤ THÁNG 11" opens on them, and a heading
# that also reviews, "KẾ HOẠCH THÁNG 11 VÀ KẾT QUẢ ...", is none)
# ("KẾ HOẠCH TUẦN 40": a weekly report's next week)
_A_MONTH_OR_QUARTER = r"(?:tháng\s+\d{1,2}|quý\s+(?:[IV]{1,3}|[1-4])\b|tuần\s+\d{1,2}\b)"
# ("2. NHIỆM VỤ, GIẢI PHÁP THÁNG 12", "3.2. Nhiệm vụ quý IV": numbered as a report numbered only "1.", "2." numbers its
# parts)
_PLANS_OF_A_TIME = re.compile(
    r"\s*(?:[IVXLC]{1,5}\s*[.:)]|[A-ZĐ]\s*[.:)]|phần\s+[IVXLC\d]+\s*[.:]?|\d{1,2}(?:\.\d{1,2})*\s*[.)])?\s*"
    r"(?:(?:các|những|một\s+số)\s+)?"
    # ("III. CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11", "III. TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH QUÝ IV": the work of a time ahead)
    # ("II. CÔNG TÁC TRỌNG TÂM THÁNG 10", "TRỌNG TÂM CÔNG TÁC THÁNG 10", "MỤC TIÊU QUÝ IV NĂM 2026": the same; not "CHỈ
    # TIÊU", which also heads the tables of a month's results: "MỘT SỐ CHỈ TIÊU CHỦ YẾU THÁNG 9"; a year's targets are
    # ``_TARGETS_OF_A_YEAR``'s, only a later year's)
    r"(?:(?:nhiệm\s+vụ|định\s+hướng|chương\s+trình\s+công\s+tác|trọng\s+tâm\s+chỉ\s+đạo)\b[^.\n]{0,60}?\b(?:"
    + _A_MONTH_OR_QUARTER + r"|năm\s+" + YEAR + r")|"
    r"(?:trọng\s+tâm\s+công\s+tác|công\s+tác\s+trọng\s+tâm|mục\s+tiêu)\b[^.\n]{0,60}?\b" + _A_MONTH_OR_QUARTER + "|"
    # ("KẾ HOẠCH CÔNG TÁC THÁNG 10", "DỰ KIẾN KẾ HOẠCH THÁNG 10/2026": the plan of the work, the plan proposed)
    r"(?:dự\s+kiến\s+)?kế\s+hoạch\s+(?:công\s+tác\s+)?" + _A_MONTH_OR_QUARTER + ")", re.IGNORECASE)


# "II. CHỈ TIÊU CHỦ YẾU NĂM 2027", "III. MỤC TIÊU NĂM 2027": a heading naming the targets of a year, which sets plans
# when the headings before it name no year as late ("I. KẾT QUẢ NĂM 2026"): a review of a year's targets names the
# year reviewed
# ("4. Mục tiêu năm 2027", "2. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027": numbered as a report numbered only "1.", "2." numbers its
# parts)
_TARGETS_OF_A_YEAR = re.compile(
    r"\s*(?:[IVXLC]{1,5}\s*[.:)]|[A-ZĐ]\s*[.:)]|phần\s+[IVXLC\d]+\s*[.:]?|\d{1,2}(?:\.\d{1,2})*\s*[.)])?\s*"
    r"(?:(?:các|những|một\s+số)\s+)?"
    r"(?:chỉ|mục)\s+tiêu\b[^.\n]{0,40}?\bnăm\s+(" + YEAR + ")", re.IGNORECASE)


_A_YEAR = re.compile(r"(?<!\d)(" + YEAR + r")(?!\d)")


def _targets_of_a_later_year(heading: str, earlier: int | None) -> bool:
    return (earlier is not None and "tiêu" in heading.lower() and (m := _TARGETS_OF_A_YEAR.match(heading)) is not None
            and int(m.group(1)) > earlier and _REVIEW.search(heading) is None)


# "I. KẾ HOẠCH VỐN NĂM 2026 VÀ KẾT QUẢ GIẢI NGÂN", "KẾ HOẠCH NĂM 2026 VÀ TÌNH HÌNH THỰC HIỆN 6 THÁNG": a plan named
# first, then the results of carrying it out, is the plan under review (its results follow); the plan named after the
# results ("KẾT QUẢ NĂM 2026 VÀ KẾ HOẠCH NĂM 2027") is one ahead
_PLAN_THEN_ITS_RESULTS = re.compile(r"kế\s+hoạch\b[^.\n]{0,60}?\s+và\s+(?=(?:kết\s+quả|tình\s+hình)\b)", re.IGNORECASE)


def _sets_plans(heading: str) -> bool:
    if _MEETING_HEADLINE.match(heading):
        return False
    if "và" in heading.lower():
        heading = _PLAN_THEN_ITS_RESULTS.sub(" ", heading)
    if _FUTURE.search(_DONE_TASKS.sub(" ", heading)):
        return True
    return _PLANS_OF_A_TIME.match(heading) is not None and _REVIEW.search(heading) is None


# "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", "TÌNH HÌNH NĂM 2026 VÀ PHƯƠNG HƯỚNG NĂM 2027": a heading
# naming the results first and the plan after them heads both, the results first: the plan opens at the sub-heading
# naming it ("2. Kế hoạch năm 2027", "b) Nhiệm vụ, giải pháp 6 tháng cuối năm"); under sub-headings none of which
# names a plan ("1. Sản xuất nông nghiệp") the section holds results, and one without sub-headings is the plan's
_SUB_HEADING = re.compile(
    r"\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]?|[a-zđ]\s*\)|[A-ZĐ]\s*[.)]|[IVXLC]{1,5}\s*[.)])\s+(?=\S)")
# ("3. Dự kiến kế hoạch năm 2027", "b) Dự kiến phương hướng năm 2027": the plan proposed)
_PLAN_SUB_HEADING = re.compile(
    r"(?:dự\s+kiến\s+)?(?:(?:các|những|một\s+số)\s+)?(?:kế\s+hoạch|dự\s+toán|phương\s+hướng|định\s+hướng|giải\s+pháp|"
    r"nhiệm\s+vụ(?=\s*(?:,|và\b|giải\s+pháp|trọng\s+tâm|chủ\s+yếu|năm\b|tháng\b|quý\b|\d|[:.]?\s*$)))\b",
    re.IGNORECASE)


_AND = re.compile(r"\svà\s", re.IGNORECASE)


def _results_then_a_plan(heading: str) -> bool:
    """Does a heading that sets plans name results before them ("KẾT QUẢ NĂM 2026 VÀ KẾ HOẠCH NĂM 2027")?"""
    review = _REVIEW.search(heading)
    if review is None or "và" not in heading.lower():
        return False
    plan = _FUTURE.search(_DONE_TASKS.sub(lambda m: " " * len(m.group(0)), heading), review.end())
    return plan is not None and _AND.search(heading, review.end(), plan.start() + 1) is not None


def _a_sub_heading(line: str) -> re.Match[str] | None:
    return _SUB_HEADING.match(line) if len(line) <= 150 else None


def _names_a_plan(line: str, mark: re.Match[str]) -> bool:
    return ((_PLAN_SUB_HEADING.match(line, mark.end()) is not None or _sets_plans(line))
            and _REVIEW.search(line) is None)


# a heading numbered as a report's part ("I.", "B.", "2.", "PHẦN II", "Chương II"), no headline of an article
_NUMBERED_HEADING = re.compile(r"\s*(?:(?:[IVXLC]{1,5}|[A-ZĐ]|\d{1,2})\s*[.:)]|(?:PHẦN|Phần|CHƯƠNG|Chương)\s)")
_BARE_PART = re.compile(r"\s*(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+[^\W\d_]+\s*[.:]?\s*")


# "2. Nhiệm vụ, giải pháp 6 tháng cuối năm 2025", "3.2. Kế hoạch năm 2027": a numbered sub-heading whose subject is the
# plan of a later time opens a plan's section of its own, under no heading of plans, up to the next sub-heading as high
# (no list item stating figures: "3. Kế hoạch năm 2025 giao 500 ha, đã đạt 480 ha")
_NUMBERED_SUB_HEADING = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s+(?=\S)")
_TARGETS_NAMED = re.compile(r"(?:(?:các|những|một\s+số)\s+)?(?:mục|chỉ)\s+tiêu\b", re.IGNORECASE)
_STATED_FIGURE = re.compile(r"\d\s*(?:%|ha\b|tấn\b|tỷ\b|triệu\b|nghìn\b|người\b|hộ\b)", re.IGNORECASE)


def _a_numbered_plan(line: str, mark: re.Match[str], earlier: int | None) -> bool:
    """(``earlier``: the latest year a heading before names; "4. Mục tiêu năm 2027" after the results of 2026 names the
    targets of a later year, a plan's like "3. Kế hoạch năm 2027")"""
    return (len(line) <= 120 and (((_PLAN_SUB_HEADING.match(line, mark.end()) is not None
                                    or _TARGETS_NAMED.match(line, mark.end()) is not None) and _sets_plans(line))
                                  or _targets_of_a_later_year(line, earlier))
            and _REVIEW.search(line) is None and _STATED_FIGURE.search(line) is None)


def _is_top_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 200 or "\t" in text:
        return False
    if _TOP_HEADING.match(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)  # a heading in capitals


# the mark of a top heading, by its kind: a part or a chapter ("PHẦN II.", "Phần thứ hai", "Chương III"), a capital
# letter ("B."), a Roman numeral ("II.")
_PART_MARK = re.compile(r"\s*(?:PHẦN|Phần|CHƯƠNG|Chương)\s")
_LETTER_MARK = re.compile(r"\s*([A-ZĐ])\s*[.:)]\s*\S")
_ROMAN_MARK = re.compile(r"\s*[IVXLC]{1,5}\s*[.:)]\s*\S")


def _mark_kind(line: str, letters: str) -> str | None:
    """The kind of mark a top heading opens on ("part", "letter", "roman"), or None (a heading in capitals, unmarked;
    an article). A single "C." after "B." (``letters``: the last capital letter a heading was marked with) is the
    third letter, not the Roman hundred."""
    if _PART_MARK.match(line):
        return "part"
    if (letter := _LETTER_MARK.match(line)) is not None and (
            letter.group(1) not in "IVXLC" or (letter.group(1) == "C" and letters == "B")):
        return "letter"
    return "roman" if _ROMAN_MARK.match(line) else None


# what a plan's own parts are headed with ("MỤC TIÊU CHUNG", "CÁC CHỈ TIÊU CHỦ YẾU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC
# THỰC HIỆN")
_PLANS_PART = re.compile(r"\s*(?:(?:các|những|một\s+số)\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|giải\s+pháp|"
                         r"định\s+hướng|kế\s+hoạch|phương\s+hướng|tổ\s+chức\s+thực\s+hiện)\b", re.IGNORECASE)


def _a_plans_own_part(line: str) -> bool:
    return _PLANS_PART.match(line) is not None and _REVIEW.search(line) is None and _DONE_TASKS.search(line) is None


def future_sections(layout: Layout, plan_document: bool = False, report_year: int | None = None
                    ) -> list[tuple[int, int]]:
    """Clean-text spans of the sections that set future plans. In a plan document (``is_a_plan_document``)
    every section does, from the first line, but one whose heading reviews what was done. ``report_year``: the year
    the report tells of (a heading naming the targets of a later year sets plans, "II. MỤC TIÊU NĂM 2025" in a report
    of 2024, whether or not a heading before it names the year reviewed)."""
    spans: list[tuple[int, int]] = []
    start: int | None = 0 if plan_document else None
    earlier: int | None = report_year  # the latest year a heading before names (one of results, or another)
    mixed: int | None = None  # the start of a section of results and then a plan, until its plan's sub-heading
    parted = False  # ... that has had a sub-heading
    numbered_plan: int | None = None  # the depth of the numbered sub-heading that opened the plan open, if one did
    paragraphs = layout.paragraphs
    # ("PHẦN I. ..." then "I. ...", "II. ...": the kinds of mark in the order the text first uses them, the highest
    # first; a plan opened by a heading of a higher kind runs on over the headings of a lower one inside it, "PHẦN II.
    # PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027" over "I. MỤC TIÊU", "II. CÁC CHỈ TIÊU CHỦ YẾU")
    kinds: list[str] = []
    letters = ""  # (the last capital letter a heading was marked with)
    opened_by: str | None = None  # the kind of mark of the heading that opened the plan open
    for i, (a, b) in enumerate(paragraphs):
        line = layout.clean[a:b]
        term_targets = _term_targets_heading(line)
        if not term_targets and not _is_top_heading(line):
            if mixed is not None and (mark := _a_sub_heading(line)):
                if _names_a_plan(line, mark):
                    start, mixed = a, None
                parted = True
            elif line[:1].isdigit() and (numbered := _NUMBERED_SUB_HEADING.match(line)) is not None:
                depth = numbered.group(1).count(".")
                if numbered_plan is not None and depth <= numbered_plan and start is not None and not (
                        _a_numbered_plan(line, numbered, earlier)):
                    spans.append((start, a))  # ("3. Kiến nghị" after "2. Nhiệm vụ, giải pháp ...": the plan ends)
                    start = numbered_plan = None
                elif start is None and mixed is None and _a_numbered_plan(line, numbered, earlier):
                    start, numbered_plan = a, depth
            continue
        kind = _mark_kind(line, letters)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
        if kind == "letter":
            letters = line.lstrip()[:1]
        if start is not None and opened_by is not None and (
                kinds.index(kind) > kinds.index(opened_by) if kind is not None else _a_plans_own_part(line)):
            # (a heading of a lower kind inside the plan; or one in capitals, unmarked, naming a part of what a plan
            # holds: "II. KẾ HOẠCH NĂM 2027" over "MỤC TIÊU CHUNG", "CÁC CHỈ TIÊU CHỦ YẾU")
            continue
        if mixed is not None and not parted:
            spans.append((mixed, a))
        mixed = None
        numbered_plan = None
        if start is not None:
            spans.append((start, a))
            start = None
        if i + 1 < len(paragraphs) and _BARE_PART.fullmatch(line):
            # ("Phần thứ hai" over "Phương hướng, nhiệm vụ năm 2027": the part's title on the line under it)
            line = f"{line} {layout.clean[paragraphs[i + 1][0]:paragraphs[i + 1][1]]}"
        if (term_targets or _sets_plans(line) or (plan_document and not _REVIEW.search(line))
                or _targets_of_a_later_year(line, earlier)):
            if not term_targets and _results_then_a_plan(line):
                # (a text's headline, "HUYỆN X ĐÁNH GIÁ KẾT QUẢ 6 THÁNG VÀ TRIỂN KHAI NHIỆM VỤ 6 THÁNG CUỐI NĂM", its
                # first line unnumbered, heads an article that tells the results first: no section of plans)
                mixed, parted = a, i == 0 and not _NUMBERED_HEADING.match(line)
            else:
                start, opened_by = a, kind
                if line[:1].isdigit() and (numbered := _NUMBERED_SUB_HEADING.match(line)) is not None:
                    # ("2. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027" in capitals: it ends at the next "3." as one in small letters)
                    numbered_plan = numbered.group(1).count(".")
        elif years := [int(y) for y in _A_YEAR.findall(line)]:
            earlier = max(years + ([earlier] if earlier is not None else []))
    if mixed is not None and not parted:
        spans.append((mixed, len(layout.clean)))
    if start is not None:
        spans.append((start, len(layout.clean)))
    return spans
