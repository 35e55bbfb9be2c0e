"""Pure extraction library: raw report bytes → ``documents`` row + fact tables (FACTS.md).

No Dagster imports here: every function is plain Python + polars, deterministic and offline.
"""

from orchestration.extraction.errors import RejectedDocument
from orchestration.extraction.pipeline import Extraction, extract_document, extraction_to_json_rows
from orchestration.extraction.schema import FACT_TABLES, table_schema

__all__ = [
    "FACT_TABLES",
    "Extraction",
    "RejectedDocument",
    "extract_document",
    "extraction_to_json_rows",
    "table_schema",
]
