"""Write ``orchestration/extraction/data/communes.csv``: every commune-level unit and its province,
before and after the 2025 reform.

    .venv/bin/pip download --no-deps "vietnam-provinces==0.6.0" -d /tmp/vp
    .venv/bin/pip download --no-deps "vietnam-provinces==2025.10.1" -d /tmp/vp
    .venv/bin/python scripts/make_communes.py /tmp/vp/vietnam_provinces-0.6.0-py3-none-any.whl \
        /tmp/vp/vietnam_provinces-2025.10.1-py3-none-any.whl

The source is the General Statistics Office's list of administrative units as packaged by
``vietnam-provinces`` (the same list as ``data/districts.csv``): release 0.6.0 holds the 10,051
communes, wards and townships under their 63 provinces (era ``before``), release 2025.10.1 the
3,321 communes, wards and special zones of the 34 units formed on 1 July 2025 (era ``2025``). A
2025 unit's province is written as the key the contract gives that unit (``successor_key_2025``:
the new Phú Thọ is ``phu_tho``, Huế is ``hue``). Run once when a list changes; the CSV is
committed, so the library needs neither package at run time.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from make_districts import DATA, divisions, split_kind  # (run as a script: its folder is on the path)

# The unit word a commune-level name opens with → the kind key of places.py.
KINDS = {"Thị trấn": "thi_tran", "Phường": "phuong", "Xã": "xa", "Đặc khu": "dac_khu"}


def _communes(province: dict) -> list[dict]:
    """A province's communes: under its districts (before 2025) or right under it (from 2025)."""
    if "districts" in province:
        return [ward for district in province["districts"] for ward in district["wards"]]
    return province["wards"]


def main(before: Path, after: Path) -> None:
    with (DATA / "provinces.csv").open(encoding="utf-8", newline="") as fh:
        provinces = list(csv.DictReader(fh))
    key_by_code = {int(r["gso_code"]): r["province_key"] for r in provinces}
    # a 2025 unit bears the code of the province that hosts its seat (the new Lào Cai: Yên Bái's 15)
    successor_by_code = {int(r["gso_code"]): r["successor_key_2025"] for r in provinces}
    rows: list[dict[str, str]] = []
    for era, wheel, province_key in (("before", before, key_by_code), ("2025", after, successor_by_code)):
        for province in divisions(wheel):
            for commune in _communes(province):
                kind, name = split_kind(commune["name"], KINDS)
                rows.append({"era": era, "kind": kind, "name_vi": name, "province_key": province_key[province["code"]]})
    with (DATA / "communes.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["era", "kind", "name_vi", "province_key"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts = {era: sum(r["era"] == era for r in rows) for era in ("before", "2025")}
    print(f"{counts['before']} communes before 2025, {counts['2025']} from 2025 → {DATA / 'communes.csv'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
