"""One indicator catalog and one province list in git, read by both the extraction and dbt.

``orchestration/extraction/data/{indicator_catalog,provinces}.csv`` are the only copies: dbt loads
its seeds from that folder (``seed-paths`` in dbt/dbt_project.yml). Where they overlap with
``../shared/contract`` (the shared columns of the shared rows) they must agree; our files may add
rows and columns at the end.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
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


@pytest.mark.slow
def test_seeds_load_with_extra_columns_at_the_end(tmp_path):
    """``dbt seed`` takes the files as the extraction keeps them, with columns added at the end."""
    dbt = Path(sys.executable).parent / "dbt"
    if not dbt.exists():
        pytest.skip("dbt is not installed beside this Python")
    shutil.copytree(ROOT / "dbt", tmp_path / "dbt", ignore=shutil.ignore_patterns("target", "logs", "dbt_packages"))
    data = tmp_path / "orchestration" / "extraction" / "data"
    shutil.copytree(DATA, data)
    catalog = data / "indicator_catalog.csv"
    with catalog.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[0] += ["note", "source"]  # columns someone adds later, at the end
    for n, row in enumerate(rows[1:]):
        row += ["ghi chú", "niên giám"] if n == 0 else ["", ""]
    with catalog.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    (data / "phrases.csv").write_text("phrase,meaning\nước đạt,estimate\n", encoding="utf-8")  # not a seed

    warehouse = tmp_path / "warehouse.duckdb"
    env = {**os.environ, "BAOCAO_WAREHOUSE": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    project = tmp_path / "dbt"
    proc = subprocess.run(
        [str(dbt), "seed", "--project-dir", str(project), "--profiles-dir", str(project)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'seeds'"
            ).fetchall()
        }
        columns = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = 'seeds' AND table_name = 'indicator_catalog' ORDER BY ordinal_position"
        ).fetchall()
        first = con.execute(
            "SELECT indicator_key, aliases, units, note FROM seeds.indicator_catalog LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    assert tables == set(SEEDS)
    names = [c for c, _ in columns]
    assert names[-4:] == ["aliases", "units", "note", "source"]
    assert dict(columns)["aliases"] == dict(columns)["units"] == "VARCHAR"
    assert first[0] == rows[1][0] and first[1] == rows[1][4] and first[2] == rows[1][5] and first[3] == "ghi chú"
