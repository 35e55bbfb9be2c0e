"""Extract many report files across processes, streaming the outcomes back in order.

No Dagster and no DuckDB here: ``load_report`` (the Dagster asset) hands this module file paths
and writes what comes back. Extraction is pure CPU work, so a pool of processes (one per core)
runs it while the parent process writes the previous batch to the warehouse and records it in
Dagster. At most ``window`` files are in flight, so memory stays flat however many files a run
covers (a finished extraction is held only until the parent takes it).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from orchestration.extraction import Extraction, RejectedDocument, extract_document
from orchestration.raw_units import read_sidecar_or_warn


@dataclass(frozen=True)
class Outcome:
    """What became of one file: exactly one of ``extraction``, ``rejection`` or ``error`` is set."""

    name: str
    sha256: str
    extraction: Extraction | None = None
    rejection: tuple[str, str] | None = None  # (reason, code) of a RejectedDocument
    error: str | None = None  # an unexpected failure (a bug, an unreadable file): the file is skipped
    size: int = 0
    content_key: str = ""  # report bytes + sidecar (raw_units.content_key): the version's identity
    sidecar_file: str | None = None  # the sidecar beside the report, used or ignored
    sidecar_error: str | None = None  # why the sidecar was ignored (the report loads without it)


def extract_file(path: Path, max_bytes: int | None) -> Outcome:
    """Read and extract one file; never raises (a crash of one file must not stop a batch)."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Outcome(name, "", error=f"cannot read: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    sidecar = read_sidecar_or_warn(path)  # read once: the key and the extraction see the same bytes
    unit = {"size": len(data), "content_key": sidecar.content_key(sha), "sidecar_file": sidecar.file_name,
            "sidecar_error": sidecar.error}
    try:
        extraction = extract_document(data, name, max_bytes=max_bytes, sidecar=sidecar.sidecar)
    except RejectedDocument as exc:
        return Outcome(name, sha, rejection=(exc.reason, exc.code), **unit)
    except Exception as exc:  # reported per file: the other files of the batch go on
        return Outcome(name, sha, error=f"{type(exc).__name__}: {exc}", **unit)
    if sidecar.error:  # the row names the sidecar it did not use; sidecar_error says why
        extraction.document["sidecar_file"] = sidecar.file_name
    return Outcome(name, sha, extraction=extraction, **unit)


def default_workers() -> int:
    """One extraction process per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def extract_files(paths: Iterable[Path], max_bytes: int | None, workers: int | None = None) -> Iterator[Outcome]:
    """Outcomes of ``paths`` in the given order; ``workers`` > 1 extracts in a process pool.

    One file (the event path: a single new report) is extracted in this process: starting a pool
    would cost more than the extraction.
    """
    paths = list(paths)
    workers = min(workers or default_workers(), len(paths))
    if workers <= 1:
        for path in paths:
            yield extract_file(path, max_bytes)
        return
    # spawn, not fork: the parent runs Dagster's threads, and a forked child could inherit a held lock.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        window = 4 * workers
        pending: deque[Future[Outcome]] = deque()
        queue = iter(paths)
        for path in queue:
            pending.append(pool.submit(extract_file, path, max_bytes))
            if len(pending) >= window:
                break
        while pending:
            outcome = pending.popleft().result()
            next_path = next(queue, None)
            if next_path is not None:
                pending.append(pool.submit(extract_file, next_path, max_bytes))
            yield outcome
