"""Write ``orchestration/extraction/data/districts.csv``: every district-level unit and its province.

    .venv/bin/pip download --no-deps "vietnam-provinces==0.6.0" -d /tmp/vp
    .venv/bin/pip download --no-deps "vietnam-provinces==0.4.3" -d /tmp/vp_old
    .venv/bin/python scripts/make_districts.py /tmp/vp/vietnam_provinces-0.6.0-py3-none-any.whl \
        /tmp/vp_old/vietnam_provinces-0.4.3-py3-none-any.whl

The source is the General Statistics Office's list of administrative units (danhmuchanhchinh.gso.gov.vn)
as packaged by ``vietnam-provinces`` 0.6.0 (the last release with the district level: the 2025
reform abolished it, and the reports we read were written before). Its province codes are the
GSO codes of ``data/provinces.csv``. Run once when the list changes; the CSV is committed, so
the library needs neither the package nor its 6.8 MB of JSON at run time.

Older releases given after the first add the districts abolished before its snapshot (huyện Nông
Sơn, Quảng Nam; huyện Nam Đông, Thừa Thiên Huế; huyện Mỹ Lộc, Nam Định ...): reports written
before their merger name them. Only names the newer list no longer has in that province are added,
so a district that merely changed its kind (thị xã Phổ Yên → thành phố) keeps its newer row.
"""

from __future__ import annotations

import csv
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "orchestration" / "extraction" / "data"
MEMBER = "vietnam_provinces/data/nested-divisions.json"
# The unit word a district-level name opens with → the kind key of places.py.
KINDS = {"Quận": "quan", "Huyện": "huyen", "Thị xã": "thi_xa", "Thành phố": "thanh_pho"}


def split_kind(full_name: str, kinds: dict[str, str] = KINDS) -> tuple[str, str]:
    """("Huyện Ba Bể") → ("huyen", "Ba Bể"), by the unit words of ``kinds``."""
    for word, kind in kinds.items():
        if full_name.lower().startswith(word.lower() + " "):  # the list also writes "Thành Phố"
            return kind, full_name[len(word) + 1 :].strip()
    raise ValueError(f"unit without a unit word: {full_name!r}")


def divisions(wheel: Path) -> list[dict]:
    with zipfile.ZipFile(wheel) as archive:
        return json.loads(archive.read(MEMBER))


def _rows(nested: list[dict], province_by_code: dict[int, str]) -> list[dict[str, str]]:
    rows = []
    for province in nested:
        key = province_by_code[int(province["code"])]
        for district in province["districts"]:
            kind, name = split_kind(district["name"])
            rows.append(
                {"gso_code": f"{int(district['code']):03d}", "kind": kind, "name_vi": name, "province_key": key}
            )
    return rows


def main(wheel: Path, older: list[Path]) -> None:
    nested = divisions(wheel)
    with (DATA / "provinces.csv").open(encoding="utf-8", newline="") as fh:
        provinces = list(csv.DictReader(fh))
    province_by_code = {int(r["gso_code"]): r["province_key"] for r in provinces}
    # a city named as its province (thành phố Huế, thành phố Ninh Bình) is read as the province
    province_names = {r[col].lower() for r in provinces for col in ("name_vi", "successor_name_2025") if r.get(col)}
    rows = _rows(nested, province_by_code)
    for old_wheel in older:
        known = {(r["province_key"], r["name_vi"].lower()) for r in rows}
        gone = [
            r
            for r in _rows(divisions(old_wheel), province_by_code)
            if (r["province_key"], r["name_vi"].lower()) not in known and r["name_vi"].lower() not in province_names
        ]
        rows.extend(gone)
        print(f"{len(gone)} abolished districts from {old_wheel.name}: {', '.join(r['name_vi'] for r in gone)}")
    with (DATA / "districts.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["gso_code", "kind", "name_vi", "province_key"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} districts of {len(nested)} provinces → {DATA / 'districts.csv'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]])
