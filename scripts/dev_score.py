"""Developer loop: extract a development set and score it against its gold (prints the scorer's table).

    .venv/bin/python scripts/dev_score.py [samples|news] [score.py options, e.g. --explain]
    .venv/bin/python scripts/dev_score.py TEXTS_DIR GOLD_DIR [score.py options]

The second form scores any folder of texts against a folder of gold made the same way (e.g. a
held-out set annotated with ``../shared/eval/locate.py``).
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from orchestration.extraction import RejectedDocument, extract_document, extraction_to_json_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {"samples": (SHARED / "samples", SHARED / "eval" / "gold"),
        "news": (SHARED / "samples" / "news", SHARED / "eval" / "gold" / "news")}

args = sys.argv[1:]
if len(args) >= 2 and Path(args[0]).is_dir() and Path(args[1]).is_dir():
    texts, gold = Path(args.pop(0)), Path(args.pop(0))
else:
    texts, gold = SETS[args.pop(0) if args and args[0] in SETS else "samples"]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
    for path in sorted(texts.glob("*.txt")):
        try:
            ex = extract_document(path.read_bytes(), path.name)
        except RejectedDocument as err:
            print(f"rejected {path.name}: {err.reason} [{err.code}]", file=sys.stderr)
            continue
        for row in extraction_to_json_rows(ex):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred", out.name, *args],
               check=False)
print("pred:", out.name)
