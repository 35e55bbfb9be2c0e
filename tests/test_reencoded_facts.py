"""A report in another encoding or normal form yields the same facts as its UTF-8 original,
with evidence that still slices its own decoded text exactly."""

import unicodedata
from pathlib import Path

import pytest

from orchestration.extraction import extract_document
from tests.fixtures.bad_files import to_windows_1258

RAW = Path(__file__).resolve().parents[1] / "raw"
SAMPLES = sorted(RAW.glob("*.txt"))


def _facts(extraction) -> list[tuple]:
    rows = []
    for table, frame in extraction.tables.items():
        for r in frame.to_dicts():
            assert extraction.text[r["char_start"]:r["char_end"]] == r["evidence"]
            kind = r.get("metric") or r.get("measure") or r.get("impact") or r.get("event")
            rows.append((table, kind, r["value"], r.get("indicator_key") or r.get("budget_item"),
                         str(r["period_start"]), unicodedata.normalize("NFC", r["evidence"])))
    return sorted(rows, key=repr)


VARIANTS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-8-bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_same_facts_in_every_encoding(sample: Path, variant: str) -> None:
    text = sample.read_text(encoding="utf-8")
    original = _facts(extract_document(sample.read_bytes(), sample.name))
    recoded = _facts(extract_document(VARIANTS[variant](text), sample.name))
    if variant == "crlf":  # evidence differs by the \r only
        recoded = [(*r[:5], r[5].replace("\r", "")) for r in recoded]
    assert recoded == original


def test_windows_1258_copy_has_the_same_facts() -> None:
    sample = RAW / "000_d0e9d3c2918ed213.txt"  # the one sample Windows-1258 can hold whole
    text = sample.read_text(encoding="utf-8")
    original = _facts(extract_document(sample.read_bytes(), sample.name))
    assert _facts(extract_document(to_windows_1258(text), sample.name)) == original


# Characters the ".Vn" fonts never had, typed as their ASCII stand-ins (one for one: same offsets).
_NOT_IN_TCVN3 = str.maketrans({"–": "-", "“": '"', "”": '"', "…": ".", "≥": ">", "¹": "1", "²": "2",
                               "³": "3", "⁴": "4"})


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_a_tcvn3_copy_has_the_same_facts(sample: Path) -> None:
    import orchestration.extraction.decode  # noqa: F401  (registers the "tcvn3" codec)

    text = sample.read_text(encoding="utf-8").translate(_NOT_IN_TCVN3)
    original = _facts(extract_document(text.encode("utf-8"), sample.name))
    assert _facts(extract_document(text.encode("tcvn3"), sample.name)) == original


# Characters the VNI fonts' code page (Windows-1252) never had, typed as their ASCII stand-ins.
_NOT_IN_VNI = str.maketrans({"≥": ">", "⁴": "4"})


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_a_vni_copy_has_the_same_facts(sample: Path) -> None:
    import orchestration.extraction.decode  # noqa: F401  (registers the "vni" codec)

    text = sample.read_text(encoding="utf-8").translate(_NOT_IN_VNI)
    original = _facts(extract_document(text.encode("utf-8"), sample.name))
    copy = extract_document(text.encode("vni"), sample.name)
    assert copy.document["encoding"] == "vni"
    assert _facts(copy) == original
