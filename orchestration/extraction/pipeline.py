"""Top level of the extraction library: one raw file → one ``Extraction``."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import polars as pl

from orchestration.extraction.errors import RejectedDocument
from orchestration.extraction.schema import FACT_TABLES, empty_frame, frame_from_rows


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
    # NOTE: work in progress; the grammar modules are being written (issues 3 and 4).
    doc_id = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise RejectedDocument(source_file, "the file is empty", "empty")
    text = data.decode("utf-8-sig")
    document = {"doc_id": doc_id, "source_file": source_file}
    tables = {t: empty_frame(t) for t in FACT_TABLES}
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
