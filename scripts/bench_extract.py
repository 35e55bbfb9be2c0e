"""Benchmark of the extraction library: throughput on one core against a single regex pass.

    .venv/bin/python scripts/bench_extract.py [DIR_OR_FILES...] [--repeat N] [--profile OUT]

Takes report files or folders of them (default: raw/), e.g. a corpus made with
``python3 ../shared/bench/make_corpus.py /tmp/speed-corpus 200``. Extracts every file ``--repeat``
times (best run kept: the machine is shared) and prints MB, seconds (CPU and wall), MB/s on
one core (by CPU time), the MB/s of one regex pass that finds every number over the same texts
(measured in the same run, best of as many repeats), their ratio (target ≥ 0.10) and the peak
RSS. ``--profile OUT`` writes a cProfile of one extraction pass instead. Not a test: timings are never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import re
import resource
import sys
import time
from pathlib import Path

from orchestration.extraction import RejectedDocument, extract_document

# The yardstick of the issue "Scale": one regex pass that finds every number as written (4.705,
# 1.123,1, 12,1, 03). Fixed here, not the library's ``numbers.NUMBER``: a rule added to that pattern
# (a number glued to "tăng") would move the yardstick along with what it measures.
ANY_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+|\.\d{1,2})?|\d+(?:[.,]\d+)?)(?![\d])(?![.,]\d)")

ROOT = Path(__file__).resolve().parents[1]


def _files(args: list[Path]) -> list[Path]:
    out: list[Path] = []
    for arg in args or [ROOT / "raw"]:
        out.extend(sorted(arg.glob("*.txt")) if arg.is_dir() else [arg])
    return out


def _extract_all(payloads: list[tuple[str, bytes]]) -> int:
    facts = 0
    for name, data in payloads:
        with contextlib.suppress(RejectedDocument):  # a refused file still counts as work done
            facts += sum(extract_document(data, name).row_counts().values())
    return facts


def _regex_pass(texts: list[str]) -> int:
    return sum(len(ANY_NUMBER.findall(text)) for text in texts)


def _best(fn, repeat: int) -> tuple[float, float, object]:
    """Best wall and best CPU seconds of ``repeat`` calls (CPU time is what one core spent: on a
    shared machine the wall time also counts the waits for a core)."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return min(walls), min(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one pass to this file")
    args = parser.parse_args()
    files = _files(args.paths)
    payloads = [(f.name, f.read_bytes()) for f in files]
    texts = [data.decode("utf-8-sig", errors="replace") for _, data in payloads]
    megabytes = sum(len(data) for _, data in payloads) / 1e6
    _extract_all(payloads[:1])  # warm up imports and regex caches
    if args.profile:
        cProfile.runctx("_extract_all(payloads)", globals(), {"payloads": payloads}, str(args.profile))
        print(f"profile written to {args.profile}")
        return
    seconds, cpu, facts = _best(lambda: _extract_all(payloads), args.repeat)
    regex_seconds, regex_cpu, numbers = _best(lambda: _regex_pass(texts), max(args.repeat, 3))
    rate, regex_rate = megabytes / cpu, megabytes / regex_cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"files {len(payloads)}  facts {facts}  numbers {numbers}  repeat {args.repeat} (best)  "
        f"python {sys.version.split()[0]}"
    )
    print(
        f"{megabytes:.2f} MB in {cpu:.2f} s CPU ({seconds:.2f} s wall): {rate:.2f} MB/s on one core "
        f"({megabytes / seconds:.2f} wall); one regex pass over every number: {regex_rate:.1f} MB/s "
        f"({megabytes / regex_seconds:.1f} wall); ratio {rate / regex_rate:.3f}; peak RSS {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
