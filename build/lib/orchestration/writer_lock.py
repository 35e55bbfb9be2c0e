"""One writer at a time on the warehouse file, across processes: an ``flock`` beside the file.

Dagster's pool ``duckdb_warehouse`` (limit 1) already makes warehouse steps take turns, and it is
what the UI shows ("blocked by limit for pool"). It is not enough on its own: on the SQLite
instance storage a slot is claimed by a SELECT followed by an UPDATE, and ``FOR UPDATE`` is a
no-op in SQLite, so two processes claiming at the same instant can both get the one slot (seen in
CI: two ``load_report`` steps of different runs held slot 1 together). DuckDB would then refuse
the second process its file lock and the step would fail. This lock is the guarantee; the pool is
the scheduling and the display.

No Dagster import: the Dagster layer wraps every warehouse step in :func:`exclusive_warehouse`.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".writer.lock"


def lock_path(warehouse: Path) -> Path:
    """The lock file of a warehouse file (beside it, so two warehouses never share a lock)."""
    return warehouse.with_name(warehouse.name + LOCK_SUFFIX)


class _ProcessHold:
    """This process's hold of one lock file: re-entrant for the thread holding it, so a step that
    opens a second connection inside the first does not wait for itself."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.threads = threading.RLock()  # threads of one process take turns here, not on flock
        self.depth = 0
        self.fd: int | None = None


_holds: dict[Path, _ProcessHold] = {}
_holds_guard = threading.Lock()


def _hold_for(path: Path) -> _ProcessHold:
    with _holds_guard:
        return _holds.setdefault(path, _ProcessHold(path))


@contextmanager
def exclusive_warehouse(
    warehouse: Path, on_wait: Callable[[Path], None] | None = None
) -> Iterator[float]:
    """Hold the warehouse's writer lock for the body; yields the seconds spent waiting for it.

    ``on_wait`` is called once, before blocking, when another process holds the lock (the
    Dagster layer logs it). The kernel releases the lock when a holder dies, so a killed run never
    leaves the warehouse locked.
    """
    path = lock_path(Path(warehouse).resolve())
    hold = _hold_for(path)
    started = time.monotonic()
    with hold.threads:
        if hold.depth == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if on_wait is not None:
                        on_wait(path)
                    fcntl.flock(fd, fcntl.LOCK_EX)
            except BaseException:
                os.close(fd)
                raise
            hold.fd = fd
        hold.depth += 1
        try:
            yield time.monotonic() - started
        finally:
            hold.depth -= 1
            if hold.depth == 0 and hold.fd is not None:
                fcntl.flock(hold.fd, fcntl.LOCK_UN)
                os.close(hold.fd)
                hold.fd = None
