"""Benchmark of the extraction library: throughput (MB/s of raw report bytes) and peak memory.

    .venv/bin/python scripts/bench_extract.py [FILES...] [--repeat N]

Defaults to the reports in raw/. Prints one line per run and a summary; record the summary in
the README's Extraction section when it changes. Not a test: timings are never asserted.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from orchestration.extraction import extract_document

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "raw").glob("*.txt"))
    payloads = [(f.name, f.read_bytes()) for f in files]
    total_bytes = sum(len(data) for _, data in payloads)
    extract_document(*reversed(payloads[0]))  # warm up imports and regex caches
    timings = []
    facts = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        facts = 0
        for name, data in payloads:
            facts += sum(extract_document(data, name).row_counts().values())
        timings.append(time.perf_counter() - start)
    best = min(timings)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files={len(payloads)} bytes={total_bytes} facts={facts} repeat={args.repeat}")
    print(f"best {best:.3f} s  median {sorted(timings)[len(timings) // 2]:.3f} s  "
          f"throughput {total_bytes / best / 1e6:.2f} MB/s  peak RSS {peak_mb:.0f} MB  python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
