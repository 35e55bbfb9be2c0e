"""Errors the extraction library raises for input it cannot use."""

from __future__ import annotations


class RejectedDocument(Exception):
    """A raw file that is not a usable report; ``reason`` says why in one sentence.

    The pipeline records it in ``rejected_documents`` and carries on with the other files.
    """

    def __init__(self, source_file: str, reason: str, code: str = "invalid") -> None:
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason
        self.code = code  # short machine tag: empty, binary, too_large, no_province, no_period, ...
