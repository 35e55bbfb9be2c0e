"""The extractor's version: a fingerprint of the rules that turn a text into facts.

Every rule of the extraction lives in this package, as code (``*.py``) or as data (the word
tables and the indicator catalog under ``data/``), so the sha256 of those files is what decides
which facts a text gives. The warehouse stamps each loaded document, and each refusal, with it:
an analyst can tell which rules produced a fact, and ``baocao run --reextract`` re-reads the
documents that older rules read (an unchanged file is otherwise never extracted again).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# What carries rules: the code and the data tables. Bytecode caches and editor files do not.
_RULE_SUFFIXES = (".py", ".csv")


def _rule_files(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.suffix in _RULE_SUFFIXES and "__pycache__" not in path.parts
    )


@functools.cache
def extractor_version() -> str:
    """16 hex digits of the sha256 of every rule file (its path in the package and its bytes)."""
    digest = hashlib.sha256()
    for path in _rule_files(PACKAGE):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
