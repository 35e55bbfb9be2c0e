"""The extraction pool: outcomes in order and equal to the in-process ones, one pool kept across
the calls of a block, and a pool whose process died replaced instead of failing every later run."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from orchestration import batch

REPORTS = sorted((Path(__file__).parent / "fixtures" / "reports").glob("*.txt"))


def _facts(outcome: batch.Outcome) -> tuple:
    """What a run writes of an outcome (the document's load time aside)."""
    assert outcome.extraction is not None, outcome
    tables = {name: frame.rows() for name, frame in outcome.extraction.tables.items()}
    return outcome.name, outcome.sha256, outcome.content_key, tables


def _pids() -> set[int]:
    assert batch._kept is not None and batch._kept._executor is not None
    return set(batch._kept._executor._processes)


def test_pool_outcomes_are_the_in_process_ones_in_order() -> None:
    in_process = [_facts(o) for o in batch.extract_files(REPORTS, None, workers=1)]
    pooled = [_facts(o) for o in batch.extract_files(REPORTS * 3, None, workers=2)]
    assert [o[0] for o in pooled] == [p.name for p in REPORTS * 3]
    assert pooled == in_process * 3


def test_kept_pool_serves_every_call_of_its_block_and_closes_after() -> None:
    with batch.kept_pool(workers=2):
        first = [o.name for o in batch.extract_files(REPORTS, None)]
        pids = _pids()
        second = [o.name for o in batch.extract_files(REPORTS, None)]
        assert _pids() == pids  # the same processes: started and imported once
        executor = batch._kept._executor
    assert first == second == [p.name for p in REPORTS]
    assert batch._kept is None
    with pytest.raises(RuntimeError):  # shut down with its block
        executor.submit(os.getpid)


def test_a_kept_pool_whose_process_died_is_replaced() -> None:
    with batch.kept_pool(workers=2):
        list(batch.extract_files(REPORTS, None))
        dead = _pids()
        os.kill(next(iter(dead)), signal.SIGKILL)
        deadline = time.monotonic() + 10
        while not getattr(batch._kept._executor, "_broken", False) and time.monotonic() < deadline:
            time.sleep(0.05)
        names = [o.name for o in batch.extract_files(REPORTS, None)]
        assert names == [p.name for p in REPORTS]
        assert not (_pids() & dead)

