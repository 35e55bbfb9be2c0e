"""Pure extraction library: raw report bytes → ``documents`` row + fact tables (FACTS.md).

No Dagster imports here: every function is plain Python + polars, deterministic and offline.

The package exports are loaded on first use (PEP 562), so importing one light module of the
package (``orchestration.extraction.sidecar`` from ``orchestration.settings``) does not load the
whole pipeline, polars and pandera (1.8 s) into every process that only needs a path or a name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orchestration.extraction.errors import RejectedDocument
    from orchestration.extraction.pipeline import Extraction, extract_document, extraction_to_json_rows
    from orchestration.extraction.schema import FACT_TABLES, table_schema

_EXPORTS = {
    "FACT_TABLES": "orchestration.extraction.schema",
    "Extraction": "orchestration.extraction.pipeline",
    "RejectedDocument": "orchestration.extraction.errors",
    "extract_document": "orchestration.extraction.pipeline",
    "extraction_to_json_rows": "orchestration.extraction.pipeline",
    "table_schema": "orchestration.extraction.schema",
}

__all__ = [
    "FACT_TABLES",
    "Extraction",
    "RejectedDocument",
    "extract_document",
    "extraction_to_json_rows",
    "table_schema",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
