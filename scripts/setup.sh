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

# The dashboard (Observable Framework, built by `baocao dashboard build`): node packages pinned by
# dashboard/package-lock.json. `npm ci` reinstalls from scratch, so it only runs when the lock
# file changed since the last install (stamp in node_modules).
command -v npm >/dev/null 2>&1 || { echo "setup: need Node.js >= 20 and npm (the dashboard)" >&2; exit 2; }
lock_sum="$(sha256sum dashboard/package-lock.json | cut -d' ' -f1)"
if [[ "$(cat dashboard/node_modules/.baocao-lock-sha256 2>/dev/null)" != "$lock_sum" ]]; then
  echo "setup: installing the dashboard's node packages (npm ci, dashboard/package-lock.json)"
  npm ci --prefix dashboard --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > dashboard/node_modules/.baocao-lock-sha256
fi

# Headless Chromium for the browser tests (tests/test_dashboard_browser.py): Debian's package,
# never a browser downloaded by Playwright.
if ! command -v chromium >/dev/null 2>&1; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium (apt) for the browser tests"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is missing and this is not root: skipping it; the browser tests need" \
         "it (as root: apt-get install chromium)"
  fi
fi

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
