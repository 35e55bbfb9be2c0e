#!/usr/bin/env bash
# Install baocao into .venv (pinned dependencies), prepare the dbt manifest, then run the whole
# pipeline on raw/ and print its summary. Safe to re-run. Exit status = that of `baocao run`.
#
#   bash scripts/setup.sh            # install + run
#   BAOCAO_SKIP_RUN=1 bash scripts/setup.sh   # install only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
  for candidate in python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 13)))'; then
      PYTHON="$candidate"; break
    fi
  done
fi
[[ -n "$PYTHON" ]] || { echo "setup: need Python 3.11 or 3.12" >&2; exit 2; }

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi

echo "setup: installing pinned dependencies (requirements.lock)"
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install --quiet -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps -e .

echo "setup: preparing the dbt manifest (dagster-dbt project prepare-and-package)"
export PATH="$ROOT/.venv/bin:$PATH"
dagster-dbt project prepare-and-package --file orchestration/defs/dbt_project.py >/dev/null

# Project-local Dagster instance: run history, sensor cursors and partitions survive restarts.
export DAGSTER_HOME="${DAGSTER_HOME:-$ROOT/.dagster_home}"
mkdir -p "$DAGSTER_HOME"

if [[ "${BAOCAO_SKIP_RUN:-0}" == "1" ]]; then
  echo "setup: installed (BAOCAO_SKIP_RUN=1: not running the pipeline)"
  exit 0
fi

echo "setup: running the pipeline on ${BAOCAO_RAW_DIR:-raw/}"
exec .venv/bin/baocao run
