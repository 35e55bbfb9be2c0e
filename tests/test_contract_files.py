"""One indicator catalog and one province list in git, read by both the extraction and dbt.

``orchestration/extraction/data/{indicator_catalog,provinces}.csv`` are the only copies: dbt loads
its seeds from that folder (``seed-paths`` in dbt/dbt_project.yml). Where they overlap with
``../shared/contract`` (the shared columns of the shared rows) they must agree; our files may add
rows and columns at the end.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "orchestration" / "extraction" / "data"
SEEDS = {"indicator_catalog": "indicator_key", "provinces": "province_key"}  # file → key column
# The columns FACTS.md defines, in order, at the start of each file (more may follow).
SEEDS_CONTRACT_COLUMNS = {
    "indicator_catalog": ["indicator_key", "label_vi", "level_unit", "description_en"],
    "provinces": ["province_key", "gso_code", "name_vi", "region", "successor_key_2025", "successor_name_2025"],
}


def _read(path: Path) -> tuple[list[str], dict[str, dict[str, str]], str]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        header = list(reader.fieldnames or [])
    key = SEEDS[path.stem]
    return header, {row[key]: row for row in rows}, key


def test_dbt_seeds_are_the_extraction_data_files():
    project = yaml.safe_load((ROOT / "dbt" / "dbt_project.yml").read_text(encoding="utf-8"))
    seed_dirs = [(ROOT / "dbt" / p).resolve() for p in project["seed-paths"]]
    assert DATA.resolve() in seed_dirs
    seeds = project["seeds"]["baocao"]
    assert seeds["+enabled"] is False  # other CSVs of the data folder are not seeds
    for name in SEEDS:
        assert seeds[name]["+enabled"] is True
        assert (DATA / f"{name}.csv").is_file()
    copies = [p for d in seed_dirs if d != DATA.resolve() for p in d.rglob("*.csv")]
    assert copies == [], f"second copies of seed files in git: {copies}"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_typed_seed_columns_exist(name):
    """Every column dbt types must be in the file (a later column may be added at the end)."""
    project = yaml.safe_load((ROOT / "dbt" / "dbt_project.yml").read_text(encoding="utf-8"))
    header, rows, key = _read(DATA / f"{name}.csv")
    typed = list(project["seeds"]["baocao"][name]["+column_types"])
    assert header[: len(SEEDS_CONTRACT_COLUMNS[name])] == SEEDS_CONTRACT_COLUMNS[name]
    assert set(typed) - set(header) <= {"aliases"}, "typed columns missing from the file"
    assert len(rows) > 0 and all(rows)  # keys are unique and non-empty (dict by key)
    assert key == header[0]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_files_agree_with_shared_contract(name):
    shared_path = SHARED / "contract" / f"{name}.csv"
    if not shared_path.is_file():
        pytest.skip(f"needs ../shared/contract/{name}.csv beside the repository")
    ours_header, ours, key = _read(DATA / f"{name}.csv")
    shared_header, shared, _ = _read(shared_path)
    common = [column for column in shared_header if column in ours_header]
    assert key in common
    assert ours_header[: len(common)] == common, "shared columns first, in the contract's order"
    missing = sorted(set(shared) - set(ours))
    assert not missing, f"{name}: rows of ../shared/contract missing here: {missing}"
    for row_key, row in shared.items():
        differ = {c: (ours[row_key][c], row[c]) for c in common if ours[row_key][c] != row[c]}
        assert not differ, f"{name} {row_key}: (ours, shared) differ: {differ}"
