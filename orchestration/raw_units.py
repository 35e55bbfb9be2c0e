"""A report and its sidecar as one unit of the raw folder (issue #10: no real report is lost).

``NAME.txt`` may have a sidecar ``NAME.meta.json`` (or ``.meta.yaml`` / ``.meta.yml``, see
``extraction/sidecar.py``) saying what the text leaves unsaid. Everything that watches or loads
the raw folder treats the two as one unit:

* a sidecar is never a report (never a partition, never read as text);
* the unit's **content key** is the report's sha256 when there is no sidecar (so keys of plain
  reports are unchanged), else a hash over the report's sha256, the sidecar's name and its bytes:
  a new, changed or removed sidecar changes the key, and the sensor re-runs the report under its
  usual settle rule and run keys;
* a sidecar without its report is ignored (listed, never loaded);
* a sidecar that cannot be used (half-written, malformed) is never half-applied: the report loads
  without it and the reason, naming the file, is kept (``SidecarReading.error``).

Plain Python (no Dagster, no DuckDB): the sensor, ``load_report``, the checks and ``baocao run``
share it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from orchestration.extraction.sidecar import (
    Sidecar,
    SidecarError,
    find_sidecar,
    is_sidecar_name,
    parse_sidecar,
    sidecar_candidates,
)


def content_key(report_sha256: str, sidecar_name: str | None = None, sidecar_bytes: bytes | None = None) -> str:
    """Identity of what a run loads: the report's bytes plus its sidecar's (name and bytes)."""
    if sidecar_name is None or sidecar_bytes is None:
        return report_sha256
    digest = hashlib.sha256()
    for part in (report_sha256.encode(), sidecar_name.encode("utf-8", "surrogateescape"), sidecar_bytes):
        digest.update(len(part).to_bytes(8, "big"))  # length-prefixed: no two splits hash alike
        digest.update(part)
    return digest.hexdigest()


@dataclass(frozen=True)
class UnitState:
    """What the raw folder holds for one report right now."""

    report_sha256: str
    sidecar_file: str | None
    content_key: str
    size: int  # report + sidecar bytes: a sidecar being written changes it too


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unit_state(report: Path) -> UnitState:
    """Content key and size of a report and its sidecar (``FileNotFoundError`` if the report vanished)."""
    report_sha = sha256_file(report)
    size = report.stat().st_size
    sidecar = find_sidecar(report)
    if sidecar is None:
        return UnitState(report_sha, None, report_sha, size)
    try:
        data = sidecar.read_bytes()
    except FileNotFoundError:  # removed between listing and reading: the unit has no sidecar now
        return UnitState(report_sha, None, report_sha, size)
    return UnitState(report_sha, sidecar.name, content_key(report_sha, sidecar.name, data), size + len(data))


def unit_states(reports: Iterable[Path]) -> dict[str, UnitState]:
    """name → state of each report and its sidecar, each hashed once; a report that vanished
    while being read is left out."""
    out = {}
    for report in reports:
        try:
            out[report.name] = unit_state(report)
        except FileNotFoundError:
            continue
    return out


def orphan_sidecars(folder: Path, report_names: Iterable[str]) -> list[str]:
    """Sidecar files in ``folder`` whose report is not there (ignored, never loaded)."""
    if not folder.is_dir():
        return []
    wanted = {candidate for name in report_names for candidate in sidecar_candidates(name)}
    return sorted(p.name for p in folder.iterdir() if p.is_file() and is_sidecar_name(p.name) and p.name not in wanted)


@dataclass(frozen=True)
class SidecarReading:
    """The sidecar beside a report as the loader saw it: usable, absent, or ignored with a reason."""

    sidecar: Sidecar | None = None
    file_name: str | None = None  # set whenever a sidecar file exists, usable or not
    data: bytes | None = None  # the exact bytes read (the content key is computed from these)
    error: str | None = None  # why it was ignored, naming the file

    def content_key(self, report_sha256: str) -> str:
        return content_key(report_sha256, self.file_name, self.data)


def read_sidecar_or_warn(report: Path) -> SidecarReading:
    """Read and validate the report's sidecar once; a bad one is reported, never half-applied."""
    path = find_sidecar(report)
    if path is None:
        return SidecarReading()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return SidecarReading()
    except OSError as exc:
        return SidecarReading(file_name=path.name, error=f"{path.name}: cannot read: {exc.strerror or exc}")
    try:
        return SidecarReading(sidecar=parse_sidecar(data, path.name), file_name=path.name, data=data)
    except SidecarError as exc:
        return SidecarReading(file_name=path.name, data=data, error=str(exc))


_MISSING = {"no_period": "no period", "no_province": "no province", "unplaced": "no province and no period"}
_UNSTATED = {
    "no_period": "the text states no period",
    "no_province": "the text names no province",
    "unplaced": "the text states neither",
}
_SIDECAR_FIELDS = {
    "no_period": "period_start/period_end",
    "no_province": "province",
    "unplaced": "province, period_start/period_end",
}


def what_is_missing(placement: object) -> str | None:
    """``no period``, ``no province``, ``no province and no period``; None when placed."""
    return _MISSING.get(str(placement))


def placement_reason(document: Mapping[str, object]) -> str | None:
    """Why a loaded document is not fully placed (None when it is), for run lines and checks.

    ``document`` is a ``documents`` row (``placement``, ``source_file``, ``sidecar_file``, and
    ``sidecar_error`` when the loader ignored the sidecar).
    """
    placement = document.get("placement")
    if placement not in _MISSING:
        return None
    sidecar, error = document.get("sidecar_file"), document.get("sidecar_error")
    if error:
        why = f"sidecar ignored ({error})"
    elif sidecar:
        why = f"its sidecar {sidecar} does not say it either"
    else:
        name = str(document.get("source_file") or "NAME.txt")
        stem = name[:-4] if name.lower().endswith(".txt") else name
        why = f"no sidecar (add {stem}.meta.json with {_SIDECAR_FIELDS[str(placement)]})"
    return f"{_MISSING[str(placement)]}: {_UNSTATED[str(placement)]}; {why}"
