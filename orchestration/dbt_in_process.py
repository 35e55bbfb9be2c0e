"""dbt-core run in this process, behind the interface dagster-dbt reads from a dbt subprocess.

dagster-dbt runs every dbt command as a subprocess and reads its JSON log lines from stdout
(``DbtCliInvocation``). A subprocess pays for dbt-core's imports, its adapter and the load of its
project again at every invocation — ~4 s of a one-report refresh whose dbt build itself takes ~8 s
at 10,000 reports (README "Scale") — while the Dagster process has already imported most of dbt
(dagster-dbt does). :class:`InProcessDbt` runs the same command through dbt's programmatic entry
point (``dbtRunner``) in a thread and offers what dagster-dbt uses of a ``Popen``: ``args``,
``stdout`` (the same JSON lines, from the same events at the same log level), ``wait``,
``returncode`` and ``send_signal``. Everything dagster-dbt builds on them — Dagster events,
artifacts, errors — is unchanged.

No Dagster import: ``orchestration.defs.resources.WarehouseDbtCli`` plugs it into dagster-dbt.
"""

from __future__ import annotations

import ctypes
import json
import queue
import threading
from collections.abc import Iterator, Sequence
from types import TracebackType

# dbt-core keeps per-process state (its flags, the adapters, the event manager's loggers and
# callbacks): two invocations in one process must take turns.
_ONE_AT_A_TIME = threading.Lock()

# What ``dbt --log-format json`` prints on stdout at its default log level (info): no debug events.
_SILENT_LEVEL = "debug"
_END = None


class JsonLines:
    """The stdout of the dbt "process": its JSON log lines (bytes), in order, then the end.

    Iterable once, like a pipe; ``closed`` after the ``with`` block that reads it (dagster-dbt
    reads the lines inside ``with stdout:`` and checks ``closed`` before reading again)."""

    def __init__(self) -> None:
        self._lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.closed = False
        self._ended = False

    def put(self, line: bytes) -> None:
        if not self._ended:
            self._lines.put(line)

    def end(self) -> None:
        if not self._ended:
            self._ended = True
            self._lines.put(_END)

    def __iter__(self) -> Iterator[bytes]:
        while (line := self._lines.get()) is not _END:
            yield line

    def __enter__(self) -> JsonLines:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.closed = True


class InProcessDbt:
    """One dbt command (``args[1:]``; ``args[0]`` names the executable, as for a subprocess) run by
    ``dbtRunner`` in a thread of this process, started at once.

    ``returncode`` follows dbt's exit codes: 0 success, 1 a handled failure (a failing test or
    model), 2 an error dbt did not handle. When the command ends, dbt-duckdb's connection to the
    warehouse is closed: dbt-duckdb keeps it open for the next invocation of the process, and
    DuckDB refuses a second connection to the same file with another configuration (the
    warehouse resource's)."""

    def __init__(self, args: Sequence[str]) -> None:
        self.args = list(args)
        self.stdout = JsonLines()
        self.returncode: int | None = None
        # send_signal raises an interrupt in dbt's thread only while dbt runs: one raised while the thread
        # imports dbt would leave a module half-imported for every later command of the process, so a
        # signal before then is kept and the command stops before it starts
        self._signals = threading.Lock()
        self._stage = "importing"  # → "running" → "done"
        self._interrupted = False
        self._thread = threading.Thread(target=self._run, name="dbt", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        code = 2
        try:
            with _ONE_AT_A_TIME:
                try:
                    code = self._invoke()
                except BaseException as error:  # an interrupt too (send_signal): an error line, exit code 2
                    self.stdout.put(_error_line(f"dbt failed: {error!r}"))
                finally:
                    self._clean_up()
        finally:
            self.returncode = code
            self.stdout.end()  # whatever happened: a reader of stdout never waits forever

    def _invoke(self) -> int:
        from dbt.cli.main import dbtRunner  # dbt-core's imports are paid by the first invocation only
        from dbt_common.events.functions import msg_to_json

        def write(msg) -> None:  # every event dbt fires, on any of its threads
            if msg.info.level != _SILENT_LEVEL:
                self.stdout.put(msg_to_json(msg).encode())

        with self._signals:
            if self._interrupted:
                raise KeyboardInterrupt
            self._stage = "running"
        result = dbtRunner(callbacks=[write]).invoke(self.args[1:])
        if result.exception is not None:
            self.stdout.put(_error_line(f"dbt failed: {result.exception!r}"))
        return 0 if result.success else (2 if result.exception is not None else 1)

    def _clean_up(self) -> None:
        """No more interrupts, then dbt-duckdb's connection closed — also when an interrupt sent just
        before arrives in the middle of it (raised once, so the second try completes)."""
        while True:
            try:
                with self._signals:
                    self._stage = "done"
                _close_dbt_duckdb()
                return
            except KeyboardInterrupt:  # a late interrupt: finish the clean-up all the same
                continue

    def wait(self, timeout: float | None = None) -> int | None:
        self._thread.join(timeout)
        return self.returncode

    def poll(self) -> int | None:
        return None if self._thread.is_alive() else self.returncode

    def send_signal(self, signal_number: int) -> None:
        """Interrupt dbt as SIGINT interrupts the dbt CLI: a ``KeyboardInterrupt`` raised in its
        thread (dbt cancels its open queries on it) as soon as that thread runs Python again. Best
        effort: dbt may finish the nodes it is waiting for, and an interrupt that lands in one of its
        own clean-ups is lost there; a terminated run's process ends and takes the thread with it."""
        with self._signals:
            self._interrupted = True
            if self._stage == "running" and (ident := self._thread.ident) is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(KeyboardInterrupt))


def _error_line(message: str) -> bytes:
    """A JSON log line of level error, as dbt prints one (dagster-dbt collects their messages)."""
    return json.dumps({"info": {"level": "error", "msg": message, "name": "InProcessDbtError"}, "data": {}}).encode()


def _close_dbt_duckdb() -> None:
    """Close dbt-duckdb's process-wide DuckDB environment (and with it the warehouse file)."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    with DuckDBConnectionManager._LOCK:
        environment = DuckDBConnectionManager._ENV
        if environment is not None:
            environment.close()  # (closing twice is harmless: it forgets its connection)
        DuckDBConnectionManager.close_all_connections()  # drops the reference only
