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

import contextlib
import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Container, Iterable, Mapping
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
from orchestration.settings import file_names


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
    # Newest status change (ctime/mtime) of the report and its sidecar, in epoch seconds; "now"
    # when a file changed while it was being hashed. ctime cannot be set back by a copy tool
    # (``cp -p`` and ``utime`` move it forward), so "unchanged for N seconds" is a kernel fact.
    changed_at: float = 0.0


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _signature(path: Path) -> tuple[int, ...]:
    """What changes whenever a file's bytes do: size, inode, mtime and ctime in nanoseconds."""
    st = path.stat()
    return (st.st_size, st.st_ino, st.st_dev, st.st_mtime_ns, st.st_ctime_ns)


def _signatures(report: Path, folder_names: Container[str] | None = None) -> tuple[tuple[int, ...], ...]:
    """The stat signatures of a report and, when it has one, its sidecar (``FileNotFoundError``
    if the report vanished; a sidecar that vanishes in between just is not there).
    ``folder_names``: the folder's listing, if the caller has one (see ``find_sidecar``)."""
    signatures = (_signature(report),)
    sidecar = find_sidecar(report, folder_names)
    if sidecar is not None:
        with contextlib.suppress(FileNotFoundError):
            signatures += (_signature(sidecar),)
    return signatures


def unit_state(report: Path) -> UnitState:
    """Content key, size and change time of a report and its sidecar (``FileNotFoundError`` if
    the report vanished)."""
    return _unit_state(report)[1]


def _unit_state(
    report: Path, folder_names: Container[str] | None = None
) -> tuple[tuple[tuple[int, ...], ...], UnitState]:
    """(the stat signatures the state was read under, the state)."""
    before = _signatures(report, folder_names)
    report_sha = sha256_file(report)
    sidecar = find_sidecar(report, folder_names)
    data: bytes | None = None
    if sidecar is not None:
        try:
            data = sidecar.read_bytes()
        except FileNotFoundError:  # removed between listing and reading: the unit has no sidecar now
            sidecar = None
    after = _signatures(report)
    # Written to while we read it: certainly not quiet. Otherwise the newest ctime/mtime.
    changed_at = time.time() if after != before else max(max(sig[3], sig[4]) for sig in after) / 1e9
    size = after[0][0]
    if sidecar is None or data is None:
        return after, UnitState(report_sha, None, report_sha, size, changed_at)
    key = content_key(report_sha, sidecar.name, data)
    return after, UnitState(report_sha, sidecar.name, key, size + len(data), changed_at)


class UnitStateCache:
    """Unit states kept between evaluations of a long-lived watcher (the sensor's code server):
    a unit is hashed again only when the stat signature of its report or sidecar changed, so an
    evaluation of a folder of 10,000 unchanged reports costs a stat per file, not 350 MB of
    sha256. Any write moves ctime, so a cached state is never stale."""

    def __init__(self) -> None:
        self._states: dict[Path, tuple[tuple[tuple[int, ...], ...], UnitState]] = {}
        self.changed = False  # since it was loaded or saved: ``unit_states_kept`` writes only then

    def state(self, report: Path, folder_names: Container[str] | None = None) -> UnitState:
        cached = self._states.get(report)
        if cached is not None and cached[0] == _signatures(report, folder_names):
            return cached[1]
        self._states[report] = _unit_state(report, folder_names)
        self.changed = True
        return self._states[report][1]

    def forget_except(self, reports: Iterable[Path]) -> None:
        keep = set(reports)
        for path in [p for p in self._states if p not in keep]:
            del self._states[path]
            self.changed = True

    def save(self, path: Path) -> None:
        """Keep the states for the next process (``baocao run`` starts afresh every time): JSON,
        written to a temp file and renamed, so a reader never sees half of it."""
        units = [
            [str(report), [list(sig) for sig in signatures], [getattr(state, f) for f in _STATE_FIELDS]]
            for report, (signatures, state) in self._states.items()
        ]
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        try:
            tmp.write_text(json.dumps({"format": _KEPT_FORMAT, "units": units}), encoding="utf-8")
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self.changed = False
        _remember(path, self)

    @classmethod
    def load(cls, path: Path) -> UnitStateCache:
        """The states ``save`` kept; an empty cache when there are none or they cannot be read
        (every unit is then hashed, as without a cache). Safe across processes for the same
        reason as within one: any write to a file moves its ctime, which no user can set back.
        Within one process the states read or written last are reused while the file is the same
        (``baocao run`` and its freshness check both look at the folder: one read of 10,000 rows)."""
        kept = _remembered(path)
        if kept is not None:
            return kept
        cache = cls()
        try:
            kept_file = json.loads(path.read_text(encoding="utf-8"))
            if kept_file.get("format") != _KEPT_FORMAT:  # older layout: hashed once more, then kept
                return cls()
            for report, signatures, state in kept_file["units"]:
                cache._states[Path(report)] = (tuple(tuple(sig) for sig in signatures), UnitState(*state))
        except (OSError, ValueError, TypeError, AttributeError, KeyError):
            return cls()
        _remember(path, cache)
        return cache


_STATE_FIELDS = tuple(f.name for f in dataclasses.fields(UnitState))
_KEPT_FORMAT = 2  # units as [report, signatures, [UnitState fields in order]]
# path → (the file's stat signature, the cache it holds): the states this process last read or
# wrote there. A cache is mutated only by ``unit_states``; it is written back (and remembered
# again) whenever that changed it, so while the file's signature is unchanged it is the file.
_REMEMBERED: dict[Path, tuple[tuple[int, ...], UnitStateCache]] = {}


def _remember(path: Path, cache: UnitStateCache) -> None:
    with contextlib.suppress(OSError):
        _REMEMBERED[path] = (_signature(path), cache)


def _remembered(path: Path) -> UnitStateCache | None:
    kept = _REMEMBERED.get(path)
    if kept is None or kept[1].changed:
        return None
    try:
        return kept[1] if kept[0] == _signature(path) else None
    except OSError:
        return None


def unit_states(reports: Iterable[Path], cache: UnitStateCache | None = None) -> dict[str, UnitState]:
    """name → state of each report and its sidecar, each hashed once (or taken from ``cache``
    when neither file changed); a report that vanished while being read is left out."""
    reports = list(reports)
    listings = {folder: file_names(folder) for folder in {report.parent for report in reports}}
    out = {}
    for report in reports:
        names = listings[report.parent]
        try:
            out[report.name] = cache.state(report, names) if cache is not None else _unit_state(report, names)[1]
        except FileNotFoundError:
            continue
    if cache is not None:
        cache.forget_except(reports)
    return out


def unit_states_kept(reports: Iterable[Path], state_file: Path) -> dict[str, UnitState]:
    """``unit_states`` through the cache kept in ``state_file`` between processes (``baocao run``,
    the freshness check): a file whose stat signature did not move is not hashed again."""
    cache = UnitStateCache.load(state_file)
    states = unit_states(reports, cache)
    if cache.changed or not state_file.exists():  # 10,000 unchanged units: no 1 MB rewrite
        cache.save(state_file)
    return states


def orphan_sidecars(folder: Path, report_names: Iterable[str]) -> list[str]:
    """Sidecar files in ``folder`` whose report is not there (ignored, never loaded)."""
    wanted = {candidate for name in report_names for candidate in sidecar_candidates(name)}
    return sorted(name for name in file_names(folder) if is_sidecar_name(name) and name not in wanted)


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
