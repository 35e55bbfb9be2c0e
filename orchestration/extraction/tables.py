"""Tab-separated tables left by Word/PDF conversion: each cell figure read through its header.

A table is a run of lines holding tabs whose first line is a header (``STT  Chỉ tiêu  Đơn vị
tính  Kế hoạch 2024  Tiến độ thực hiện  Đánh giá``). The header says what each column is: the
subject (``Chỉ tiêu``/``Nội dung``), the unit (``Đơn vị tính``/``ĐVT``), a plan or target
(``Kế hoạch``, ``KH``, ``Mục tiêu``) → metric ``target``, an achieved amount (``Thực hiện``,
``Tiến độ thực hiện``, ``Ước thực hiện``, ``Kết quả``) → ``level``, a comparison (``% KH``,
``So với cùng kỳ``) → ``plan_pct``/``yoy_pct``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestration.extraction.figures import Figure, find_figures
from orchestration.extraction.layout import Layout
from orchestration.extraction.numbers import NUMBER, parse_number, read_unit, scale


@dataclass(frozen=True)
class Column:
    role: str               # "label" | "unit" | "value" | "skip"
    metric: str | None = None
    estimate: bool = False
    year: int | None = None


_LABEL_HEAD = re.compile(r"chỉ\s+tiêu|nội\s+dung|tên|danh\s+mục|hạng\s+mục|lĩnh\s+vực", re.IGNORECASE)
_UNIT_HEAD = re.compile(r"đơn\s+vị|đvt", re.IGNORECASE)
_SKIP_HEAD = re.compile(r"^\s*(?:stt|tt|số\s+tt|ghi\s+chú|đánh\s+giá|kết\s+quả\s+đánh\s+giá)\s*$",
                        re.IGNORECASE)
_PCT_PLAN_HEAD = re.compile(r"%|tỷ\s+lệ|so\s+với\s+(?:kh|kế\s+hoạch)|so\s+sánh", re.IGNORECASE)
_YOY_HEAD = re.compile(r"cùng\s+kỳ", re.IGNORECASE)
_TARGET_HEAD = re.compile(r"kế\s+hoạch|\bkh\b|mục\s+tiêu|chỉ\s+tiêu\s+giao|nghị\s+quyết|dự\s+toán",
                          re.IGNORECASE)
_LEVEL_HEAD = re.compile(r"thực\s+hiện|kết\s+quả|tiến\s+độ|lũy\s+kế|đạt\s+được|số\s+liệu", re.IGNORECASE)


def classify_header(cell: str) -> Column:
    year_match = re.search(r"(?:19|20)\d\d", cell)
    year = int(year_match.group()) if year_match else None
    if _SKIP_HEAD.match(cell) or not cell.strip():
        return Column("skip")
    if _UNIT_HEAD.search(cell):
        return Column("unit")
    if _YOY_HEAD.search(cell):
        return Column("value", "yoy_pct", year=year)
    if _PCT_PLAN_HEAD.search(cell):
        return Column("value", "plan_pct", year=year)
    if _LEVEL_HEAD.search(cell):
        return Column("value", "level", estimate=bool(re.search(r"\bước\b", cell, re.IGNORECASE)), year=year)
    if _TARGET_HEAD.search(cell):
        return Column("value", "target", year=year)
    if _LABEL_HEAD.search(cell):
        return Column("label")
    return Column("skip")


def _unit_of(cell: str) -> tuple[str, float, str | None] | None:
    text = cell.strip()
    if not text:
        return None
    probe = text if text.isupper() and len(text) <= 5 else text[:1].lower() + text[1:]
    reading = read_unit(" " + probe)
    if reading is None or reading.length < len(probe) * 0.5:
        return "count", 1.0, text.lower() if not text.isupper() else text
    return reading.unit, reading.multiplier, reading.label


def _lines(layout: Layout) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in layout.clean.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sub_row_unit(clean: str, following: list[tuple[int, int]], columns: list[Column]
                  ) -> tuple[str, float, str | None] | None:
    """A total row without a unit ("Tổng đàn gia súc, gia cầm") takes the unit of its items."""
    for a, b in following:
        cells = clean[a:b].split("\t")
        if len(cells) < 2 or not re.match(r"\s*[-+•]", " ".join(cells[:2])):
            return None
        for cell, head in zip(cells, columns, strict=False):
            if head.role == "unit" and _unit_of(cell):
                return _unit_of(cell)
    return None


def find_table_figures(layout: Layout) -> list[tuple[Figure, dict]]:
    """Figures of every tab-separated table, each with ``{"label": subject, "target_year": y}``."""
    clean = layout.clean
    results: list[tuple[Figure, dict]] = []
    columns: list[Column] | None = None
    lines = _lines(layout)
    for index, (a, b) in enumerate(lines):
        line = clean[a:b]
        if "\t" not in line:
            if line.strip():
                columns = None
            continue
        cells, pos = [], a
        for cell in line.split("\t"):
            cells.append((pos, pos + len(cell), cell))
            pos += len(cell) + 1
        if columns is None:
            heads = [classify_header(c) for _, _, c in cells]
            if any(h.role == "value" for h in heads) and any(h.role == "label" for h in heads):
                columns = heads
            continue
        label = next((c.strip(" -+•") for (_, _, c), h in zip(cells, columns, strict=False)
                      if h.role == "label"), "")
        unit_cell = next((c for (_, _, c), h in zip(cells, columns, strict=False) if h.role == "unit"), "")
        unit = _unit_of(unit_cell) or _sub_row_unit(clean, lines[index + 1:index + 4], columns)
        for (ca, _cb, cell), head in zip(cells, columns, strict=False):
            if head.role in ("label", "unit"):
                continue
            if len(re.findall(r"[^\W\d_]{2,}", cell)) >= 3:
                # a sentence in a cell ("giảm 02 người chết, giảm 04 người bị thương so với cùng
                # kỳ"): read it like body text
                results.extend((fig, {"label": label, "free_text": True}) for fig in find_figures(cell, ca))
                continue
            if head.role != "value":
                continue
            m = NUMBER.search(cell)
            if not m:
                continue
            value = parse_number(m.group())
            if value is None:
                continue
            prefix = cell[:m.start()]
            qualifier = ("over" if re.search(r"[>≥]|trên|hơn", prefix) else
                         "under" if re.search(r"[<≤]|dưới", prefix) else
                         "estimate" if head.estimate else "exact")
            if head.metric in ("plan_pct", "yoy_pct") or "%" in cell:
                f_unit, mult, u_label = "pct", 1.0, None
            elif unit:
                f_unit, mult, u_label = unit
            else:
                f_unit, mult, u_label = "count", 1.0, None
            metric = head.metric or "level"
            f_value = scale(value, mult)
            if metric == "yoy_pct" and f_unit == "pct" and value > 50 and "bằng" in clean[a:b].lower():
                f_value = value - 100
            start = ca + m.start()
            fig = Figure(start=start, end=ca + m.end(), unit_end=ca + m.end(), token=m.group(),
                         value=f_value, unit=f_unit, unit_label=u_label, qualifier=qualifier,
                         metric=metric, sentence=(a, b), segment=(a, b))
            results.append((fig, {"label": label, "target_year": head.year}))
    return results
