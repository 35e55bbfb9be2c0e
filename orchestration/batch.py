"""Extract many report files across processes, streaming the outcomes back in order.

No Dagster and no DuckDB here: ``load_report`` (the Dagster asset) hands this module file paths
and writes what comes back. Extraction is pure CPU work, so a pool of processes (one per core)
runs it while the parent process writes the previous batch to the warehouse and records it in
Dagster. At most ``WINDOW_PER_WORKER`` files per process are in flight, so memory stays flat
however many files a run covers (a finished extraction is held only until the parent takes it).
``kept_pool`` keeps one pool for every run of a block (``baocao run`` of many ranges), so the
processes start and import the extraction once, not once per run.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
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


# Files in flight per extraction process. While the parent writes a batch of 100 files and records
# their partitions (~1 s), the processes keep extracting only as far as the window lets them: 4 per
# process left them idle for part of every batch; 16 covers a batch's write, and even 32 outcomes
# of large reports stay in the tens of MB.
WINDOW_PER_WORKER = 16


class _Pool:
    """A spawn pool of extraction processes, started on first use (spawn, not fork: the parent
    runs Dagster's threads, and a forked child could inherit a held lock)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def executor(self) -> ProcessPoolExecutor:
        # ``_broken`` is set by the executor's own thread when a process died (even an idle one,
        # e.g. killed by the OOM killer between two runs): a kept pool then starts afresh.
        if self._executor is not None and getattr(self._executor, "_broken", False):
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


_kept: _Pool | None = None


@contextmanager
def kept_pool(workers: int | None = None) -> Iterator[None]:
    """Every ``extract_files`` call inside the block shares one pool of processes.

    A process costs ~1.5 s of CPU to start and import the extraction; ``baocao run`` of 10,000
    reports is 20 runs, which would otherwise pay that 20 times over on each core. Outside the
    block (a Dagster run in its own process, a test) each call starts and stops its own pool."""
    global _kept
    if _kept is not None:  # nested: the outer block's pool serves
        yield
        return
    _kept = _Pool(workers or default_workers())
    try:
        yield
    finally:
        pool, _kept = _kept, None
        pool.close()


def extract_files(paths: Iterable[Path], max_bytes: int | None, workers: int | None = None) -> Iterator[Outcome]:
    """Outcomes of ``paths`` in the given order; ``workers`` > 1 extracts in a process pool (the
    kept one inside ``kept_pool``).

    One file (the event path: a single new report) is extracted in this process: starting a pool
    would cost more than the extraction.
    """
    paths = list(paths)
    workers = min(workers or (_kept.workers if _kept else default_workers()), len(paths))
    if workers <= 1:
        for path in paths:
            yield extract_file(path, max_bytes)
        return
    if _kept is not None and _kept.workers >= workers:
        yield from _extract_in(_kept, paths, max_bytes, keep=True)
    else:
        yield from _extract_in(_Pool(workers), paths, max_bytes, keep=False)


def _extract_in(pool: _Pool, paths: list[Path], max_bytes: int | None, keep: bool) -> Iterator[Outcome]:
    executor = pool.executor()
    window = WINDOW_PER_WORKER * pool.workers
    pending: deque[Future[Outcome]] = deque()
    queue = iter(paths)
    try:
        for path in queue:
            pending.append(executor.submit(extract_file, path, max_bytes))
            if len(pending) >= window:
                break
        while pending:
            outcome = pending.popleft().result()
            next_path = next(queue, None)
            if next_path is not None:
                pending.append(executor.submit(extract_file, next_path, max_bytes))
            yield outcome
    finally:
        for future in pending:  # the consumer stopped early (a failed run, Ctrl-C): drop the rest
            future.cancel()
        if not keep:
            pool.close()
