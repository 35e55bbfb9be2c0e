"""A report's units of one kind, found without reading the other kinds' names, are find_units' own."""

from orchestration.extraction.caching import clear_document_caches
from orchestration.extraction.places import find_units, find_units_of_kind
from tests.conftest import SHARED, needs_shared

_KINDS = ("tinh", "thanh_pho", "huyen", "thi_xa", "quan", "xa", "phuong", "thi_tran", "dac_khu")
_WRITTEN = ("UBND tỉnh Bắc Kạn báo cáo; Tỉnh ủy Lào Cai, TP. Vinh, TX.Tân Châu, huyện Ba Bể, H. Na Rì, "
            "17h. họp, xã Đại Mạch, Phường 1, Quận 10, thị trấn Phủ Thông, đặc khu Phú Quốc, "
            "Chủ tịch UBND huyện Phong Điền Trịnh Đức Hùng, Huyện đoàn Vạn Ninh, Cộng hòa xã hội")


def _same_for_every_kind(text: str) -> int:
    clear_document_caches()
    every = find_units(text)
    for kind in _KINDS:
        assert find_units_of_kind(text, kind) == [u for u in every if u.kind == kind], kind
    return len(every)


def test_units_of_one_kind_are_find_units_of_that_kind() -> None:
    assert _same_for_every_kind(_WRITTEN) >= 10


@needs_shared("samples")
def test_units_of_one_kind_in_the_sample_reports() -> None:
    reports = sorted((SHARED / "samples").rglob("*.txt"))
    assert sum(_same_for_every_kind(path.read_text(encoding="utf-8-sig")) for path in reports) > 50
