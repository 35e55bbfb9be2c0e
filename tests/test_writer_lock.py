"""The warehouse writer lock (orchestration/writer_lock.py): one holder across processes, re-entrant
in one, reported when it must wait, and released by the kernel when its holder is killed."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from pathlib import Path

from orchestration.writer_lock import exclusive_warehouse, lock_path

SPAWN = mp.get_context("spawn")  # a fresh interpreter per child, like a Dagster run process


def _take_turns(warehouse: str, log: str, rounds: int) -> None:
    for _ in range(rounds):
        with exclusive_warehouse(Path(warehouse)):
            with open(log, "a", encoding="utf-8") as f:
                f.write(f"enter {os.getpid()}\n")
            time.sleep(0.005)
            with open(log, "a", encoding="utf-8") as f:
                f.write(f"exit {os.getpid()}\n")


def _hold(warehouse: str, held: mp.synchronize.Event, release: mp.synchronize.Event) -> None:
    with exclusive_warehouse(Path(warehouse)):
        held.set()
        release.wait(30)


def test_processes_never_hold_the_lock_together(tmp_path):
    warehouse, log = tmp_path / "w.duckdb", tmp_path / "turns.log"
    children = [SPAWN.Process(target=_take_turns, args=(str(warehouse), str(log), 25)) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join(60)
        assert child.exitcode == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 * 25 * 2
    for enter, leave in zip(lines[0::2], lines[1::2], strict=True):  # enter/exit pairs, never interleaved
        assert enter.startswith("enter ") and leave == "exit " + enter.split()[1], (enter, leave)


def test_a_holder_may_take_it_again_and_a_waiter_is_told(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with exclusive_warehouse(warehouse) as waited, exclusive_warehouse(warehouse):  # nested: no self-wait
        assert waited < 1.0
    assert lock_path(warehouse).name == "w.duckdb.writer.lock"

    held, release = SPAWN.Event(), SPAWN.Event()
    holder = SPAWN.Process(target=_hold, args=(str(warehouse), held, release))
    holder.start()
    assert held.wait(30)
    told: list[Path] = []

    def waiting(path: Path) -> None:
        told.append(path)
        release.set()  # the other process lets go once we are known to be waiting

    with exclusive_warehouse(warehouse, on_wait=waiting):
        assert told == [lock_path(warehouse.resolve())]
    holder.join(30)


def test_a_killed_holder_does_not_leave_the_warehouse_locked(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    held, release = SPAWN.Event(), SPAWN.Event()
    holder = SPAWN.Process(target=_hold, args=(str(warehouse), held, release))
    holder.start()
    assert held.wait(30)
    os.kill(holder.pid, signal.SIGKILL)
    holder.join(30)
    told: list[Path] = []
    with exclusive_warehouse(warehouse, on_wait=told.append):
        pass
    assert holder.exitcode == -signal.SIGKILL
