"""What the user knows about a report that its text leaves unsaid: the optional sidecar file.

A crawl knows where and when a text came from. Beside ``NAME.txt`` a ``NAME.meta.json`` (or
``NAME.meta.yaml`` / ``.yml``) may say any of::

    {"province": "yen_bai", "locality": "huyen_mu_cang_chai",
     "period_start": "2024-09-01", "period_end": "2024-09-30",
     "published": "2024-09-10", "source_url": "https://…"}

``province`` is a key of the contract's province list or a province name (``Yên Bái``);
``locality`` a district/commune key (``huyen_mu_cang_chai``) or a unit with its kind word
(``huyện Mù Cang Chải``). The sidecar fills only what the text leaves unknown; where the two
disagree the text wins and the disagreement is recorded (``documents.sidecar_conflicts``) so a
check can warn naming the file. A malformed sidecar raises ``SidecarError`` naming the file:
the caller loads the report without it (never with half of it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Container
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from orchestration.extraction.places import find_units, get_province, match_province

if TYPE_CHECKING:  # (a light module: ``orchestration.settings`` imports it, placement's rules are not needed)
    from orchestration.extraction.placement import DocumentTime

SIDECAR_SUFFIXES: tuple[str, ...] = (".meta.json", ".meta.yaml", ".meta.yml")
SIDECAR_FIELDS: tuple[str, ...] = ("province", "locality", "period_start", "period_end", "published", "source_url")
MAX_SIDECAR_BYTES = 64_000  # a few fields; anything larger is not a sidecar


class SidecarError(ValueError):
    """A sidecar that cannot be used; ``reason`` says why, naming the field."""

    def __init__(self, file_name: str, reason: str) -> None:
        super().__init__(f"{file_name}: {reason}")
        self.file_name = file_name
        self.reason = reason


@dataclass(frozen=True)
class Sidecar:
    file_name: str
    province: str | None = None
    locality: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    published: dt.date | None = None
    source_url: str | None = None


def is_sidecar_name(name: str) -> bool:
    return name.lower().endswith(SIDECAR_SUFFIXES)


def sidecar_candidates(report_name: str) -> list[str]:
    """Names a sidecar of ``report_name`` may have, in order of preference."""
    stem = report_name[:-4] if report_name.lower().endswith(".txt") else report_name
    return [stem + suffix for suffix in SIDECAR_SUFFIXES]


def find_sidecar(report_path: Path, folder_names: Container[str] | None = None) -> Path | None:
    """The sidecar file beside a report, if any (the first of ``sidecar_candidates``).

    ``folder_names``, the names listed in the report's folder, replaces a stat per candidate name
    by a lookup: what a scan of 10,000 reports needs (40,000 stats otherwise)."""
    for name in sidecar_candidates(report_path.name):
        if folder_names is not None:
            if name in folder_names:
                return report_path.with_name(name)
            continue
        candidate = report_path.with_name(name)
        if candidate.is_file():
            return candidate
    return None


def parse_sidecar(data: bytes, file_name: str) -> Sidecar:
    """Read and validate a sidecar's bytes; ``SidecarError`` names the file and the problem."""
    if len(data) > MAX_SIDECAR_BYTES:
        raise SidecarError(
            file_name, f"{len(data):,} bytes: a sidecar holds a few fields (at most {MAX_SIDECAR_BYTES:,} bytes)"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SidecarError(file_name, f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    if not text.strip():
        raise SidecarError(file_name, "empty (a half-written file?)")
    try:
        raw = json.loads(text) if file_name.lower().endswith(".json") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as err:
        raise SidecarError(
            file_name,
            f"not valid {'JSON' if file_name.lower().endswith('.json') else 'YAML'}: {str(err).splitlines()[0]}",
        ) from None
    if not isinstance(raw, dict):
        raise SidecarError(file_name, "must be a mapping of field names to values")
    unknown = sorted(set(raw) - set(SIDECAR_FIELDS))
    if unknown:
        raise SidecarError(
            file_name, f"unknown field(s) {', '.join(map(str, unknown))}; allowed: {', '.join(SIDECAR_FIELDS)}"
        )
    values = {k: v for k, v in raw.items() if v not in (None, "")}
    sidecar = Sidecar(
        file_name=file_name,
        province=_province_key(values.get("province"), file_name),
        locality=_locality_key(values.get("locality"), file_name),
        period_start=_date(values, "period_start", file_name),
        period_end=_date(values, "period_end", file_name),
        published=_date(values, "published", file_name),
        source_url=_text(values, "source_url", file_name),
    )
    if (sidecar.period_start is None) != (sidecar.period_end is None):
        raise SidecarError(file_name, "period_start and period_end go together (give both or neither)")
    if sidecar.period_start and sidecar.period_end and sidecar.period_start > sidecar.period_end:
        raise SidecarError(file_name, f"period_start {sidecar.period_start} is after period_end {sidecar.period_end}")
    return sidecar


def _text(values: dict, field: str, file_name: str) -> str | None:
    value = values.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SidecarError(file_name, f"{field} must be text, not {type(value).__name__}")
    return value.strip() or None


def _date(values: dict, field: str, file_name: str) -> dt.date | None:
    value = values.get(field)
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise SidecarError(file_name, f"{field} {value!r} is not a date (YYYY-MM-DD)") from None


def _province_key(value: object, file_name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SidecarError(file_name, f"province must be text, not {type(value).__name__}")
    province = get_province(value.strip()) or match_province(value, fuzzy=False)
    if province is None:
        raise SidecarError(
            file_name, f"province {value!r} is not a province key or name (see the contract's provinces.csv)"
        )
    return province.key


def _locality_key(value: object, file_name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SidecarError(file_name, f"locality must be text, not {type(value).__name__}")
    value = value.strip()
    if value.isascii() and " " not in value:
        return value.lower()  # already a key: huyen_ba_be
    units = [u for u in find_units(value) if u.admin_level != "province"]
    if not units:
        raise SidecarError(
            file_name,
            f"locality {value!r} is neither a key (huyen_ba_be) nor a district/"
            "commune with its kind word (huyện Ba Bể)",
        )
    return units[0].key


def apply_sidecar(
    meta: dict, sidecar: Sidecar | None, period_in_a_year: Callable[[int], DocumentTime | None] | None = None
) -> dict:
    """The ``documents`` fields with what the sidecar says filled in where the text is silent.

    The text wins where both speak; each disagreement is listed in ``sidecar_conflicts``
    (``"province: text ha_giang, sidecar lao_cai"``) for the warehouse check that names the file. A text that names
    its period but writes its year nowhere ("Báo cáo ... tháng 10") takes the year from the day it was published
    (``period_in_a_year``, the document's ``DocumentInfo.period_in_a_year``; see ``_dated_by_its_publishing``).
    """
    out = {**meta, "sidecar_file": None, "sidecar_conflicts": None, "published": None, "source_url": None}
    if sidecar is None:
        return out
    out.update(sidecar_file=sidecar.file_name, published=sidecar.published, source_url=sidecar.source_url)
    conflicts: list[str] = []
    if sidecar.province:
        if not meta.get("province"):
            out["province"], out["place_source"] = sidecar.province, "sidecar"
            if sidecar.locality is None and meta.get("locality") is None:
                out["admin_level"] = "province"
        elif meta["province"] != sidecar.province:
            conflicts.append(f"province: text {meta['province']}, sidecar {sidecar.province}")
    if sidecar.locality:
        if not meta.get("locality") and out.get("province") == (sidecar.province or out.get("province")):
            out["locality"] = sidecar.locality
            out["admin_level"] = (
                "commune" if sidecar.locality.startswith(("xa_", "phuong_", "thi_tran_")) else "district"
            )
        elif meta.get("locality") and meta["locality"] != sidecar.locality:
            conflicts.append(f"locality: text {meta['locality']}, sidecar {sidecar.locality}")
    if sidecar.period_start:
        if not meta.get("period_start"):
            out.update(
                period_start=sidecar.period_start,
                period_end=sidecar.period_end,
                period_source="sidecar",
                period_label=f"{sidecar.period_start.isoformat()}..{sidecar.period_end.isoformat()}",
            )
        elif (meta["period_start"], meta["period_end"]) != (sidecar.period_start, sidecar.period_end):
            conflicts.append(
                f"period: text {meta['period_start']}..{meta['period_end']}, "
                f"sidecar {sidecar.period_start}..{sidecar.period_end}"
            )
    elif (
        sidecar.published
        and not meta.get("period_start")
        and period_in_a_year is not None
        and (dated := _dated_by_its_publishing(period_in_a_year, sidecar.published)) is not None
    ):
        out.update(
            period_start=dated.period.start,
            period_end=dated.period.end,
            period_source="sidecar",
            period_label=dated.period.label,
            reference_year=dated.reference_year,
        )
    out["sidecar_conflicts"] = "; ".join(conflicts) or None
    return out


def _dated_by_its_publishing(
    in_a_year: Callable[[int], DocumentTime | None], published: dt.date
) -> DocumentTime | None:
    """The period a text names without its year ("tháng 10", "quý IV", "năm"), in the year that ends it nearest the
    day it was published: a report comes out in its period's last weeks or soon after ("tháng 12" published on
    4/1/2027 is December 2026; "tháng 10" published on 25/10/2026 is October 2026); None when it names none."""
    read = [found for year in (published.year - 1, published.year) if (found := in_a_year(year)) is not None]
    return min(read, key=lambda found: abs((found.period.end - published).days), default=None)
