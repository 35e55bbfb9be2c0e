"""Top level of the extraction library: one raw file → one ``Extraction``."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import polars as pl

from orchestration.extraction.errors import RejectedDocument
from orchestration.extraction.figures import find_figures
from orchestration.extraction.layout import build_layout
from orchestration.extraction.schema import FACT_TABLES, frame_from_rows


@dataclass
class Extraction:
    """Everything one report yields: its ``documents`` row, decoded text and four fact tables."""

    document: dict
    text: str
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return self.document["doc_id"]

    def row_counts(self) -> dict[str, int]:
        return {t: self.tables[t].height for t in FACT_TABLES}


def extract_document(data: bytes, source_file: str, *, max_bytes: int | None = None) -> Extraction:
    """Decode, describe and extract one report. Raises ``RejectedDocument`` for unusable input."""
    doc_id = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise RejectedDocument(source_file, "the file is empty", "empty")
    text = data.decode("utf-8-sig")
    document = {"doc_id": doc_id, "source_file": source_file}
    layout = build_layout(text)
    rows: dict[str, list[dict]] = {t: [] for t in FACT_TABLES}
    for p_start, p_end in layout.paragraphs:
        for fig in find_figures(layout.clean[p_start:p_end], p_start):
            start, end = layout.span_to_source(*fig.segment)
            start = min(start, layout.to_source(fig.start))
            end = max(end, layout.to_source(fig.unit_end))
            rows["indicators"].append({
                "doc_id": doc_id, "source_file": source_file, "char_start": start, "char_end": end,
                "evidence": text[start:end], "value": fig.value, "unit": fig.unit,
                "unit_label": fig.unit_label, "qualifier": fig.qualifier, "metric": fig.metric,
            })
    tables = {t: frame_from_rows(t, rows[t]) for t in FACT_TABLES}
    return Extraction(document=frame_from_rows("documents", [document]).row(0, named=True),
                      text=text, tables=tables)


def _jsonable(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def extraction_to_json_rows(extraction: Extraction) -> Iterator[dict]:
    """The rows ``baocao extract`` prints: the documents row first, then every fact, with ``table``."""
    yield {"table": "documents", **{k: _jsonable(v) for k, v in extraction.document.items()}}
    for table in FACT_TABLES:
        for row in extraction.tables[table].iter_rows(named=True):
            yield {"table": table, **{k: _jsonable(v) for k, v in row.items()}}
