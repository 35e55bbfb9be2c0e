"""Golden-output harness: does the extraction still print exactly what it printed before?

    .venv/bin/python scripts/compare_extraction.py --save   [--ref DIR] [--corpus DIR]
    .venv/bin/python scripts/compare_extraction.py          [--ref DIR] [--corpus DIR]

Extracts the three samples, the news texts and a corpus folder (``python3
../shared/bench/make_corpus.py /tmp/speed-corpus 200``; never inside the repository) to JSON
lines, one file per set, exactly as ``baocao extract`` prints them (a rejected file is one line
naming its code). ``--save`` writes them as the reference (run it on the unchanged code); without
it they are compared with the reference line by line and every difference is listed. Exit 1 when
anything differs. Used to prove that a speed change leaves every row of every table as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from orchestration.extraction import RejectedDocument, extract_document, extraction_to_json_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _sets(corpus: Path | None) -> dict[str, list[Path]]:
    sets = {
        "samples": sorted((SHARED / "samples").glob("*.txt")),
        "news": sorted((SHARED / "samples" / "news").glob("*.txt")),
    }
    if corpus is not None:
        sets["corpus"] = sorted(corpus.glob("*.txt"))
    return sets


def extraction_lines(paths: list[Path]) -> Iterator[str]:
    """The JSON lines of every file, in file order (rejections included, as one line each)."""
    for path in paths:
        try:
            extraction = extract_document(path.read_bytes(), path.name)
        except RejectedDocument as err:
            yield json.dumps({"rejected": path.name, "code": err.code}, ensure_ascii=False)
            continue
        for row in extraction_to_json_rows(extraction):
            yield json.dumps(row, ensure_ascii=False, sort_keys=False)


def _differences(reference: list[str], current: list[str], limit: int) -> list[str]:
    out = []
    for n, (old, new) in enumerate(zip(reference, current, strict=False)):
        if old != new:
            out.append(f"  line {n + 1}:\n    - {old[:400]}\n    + {new[:400]}")
            if len(out) >= limit:
                break
    if len(reference) != len(current):
        out.append(f"  {len(reference)} reference lines, {len(current)} now")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", action="store_true", help="write the reference instead of comparing")
    parser.add_argument("--ref", type=Path, default=Path("/tmp/speed-ref"))
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/speed-corpus"))
    parser.add_argument("--sets", default="samples,news,corpus", help="comma-separated subset")
    parser.add_argument("--show", type=int, default=10, help="differences listed per set")
    args = parser.parse_args()
    corpus = args.corpus if args.corpus.is_dir() else None
    wanted = set(args.sets.split(","))
    args.ref.mkdir(parents=True, exist_ok=True)
    failed = False
    for name, paths in _sets(corpus).items():
        if name not in wanted:
            continue
        start = time.perf_counter()
        lines = list(extraction_lines(paths))
        seconds = time.perf_counter() - start
        ref_file = args.ref / f"{name}.jsonl"
        if args.save:
            ref_file.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(f"{name}: {len(paths)} files, {len(lines)} lines saved to {ref_file} ({seconds:.1f} s)")
            continue
        if not ref_file.exists():
            print(f"{name}: no reference {ref_file} (run with --save on the unchanged code)")
            failed = True
            continue
        reference = ref_file.read_text(encoding="utf-8").splitlines()
        diffs = _differences(reference, lines, args.show)
        status = "identical" if not diffs else f"{len(diffs)}+ DIFFERENCES"
        print(f"{name}: {len(paths)} files, {len(lines)} lines, {status} ({seconds:.1f} s)")
        for diff in diffs:
            print(diff)
        failed = failed or bool(diffs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
