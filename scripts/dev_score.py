"""Developer loop: extract the samples and score them against the gold (prints the scorer's table)."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from orchestration.extraction import extract_document, extraction_to_json_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
    for path in sorted((SHARED / "samples").glob("*.txt")):
        ex = extract_document(path.read_bytes(), path.name)
        for row in extraction_to_json_rows(ex):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
args = [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "eval" / "gold"),
        "--pred", out.name, *sys.argv[1:]]
subprocess.run(args, check=False)
print("pred:", out.name)
