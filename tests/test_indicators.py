"""Subjects of indicator figures and their catalog keys."""

import pytest

from orchestration.extraction.indicators import catalog_key, own_subject, subject_label


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric", "key"),
    [
        ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt ", " tỷ đồng", "VND", "level", "retail_sales"),
        ("Tổng sản phẩm trên địa bàn tỉnh (GRDP theo giá so sánh) đạt ", " tỷ đồng", "VND", "level", "grdp"),
        ("- Công nghiệp - xây dựng đạt ", " tỷ đồng", "VND", "level", "grdp_industry_construction"),
        ("Khu vực Công nghiệp - xây dựng 16,35% (trong đó: công nghiệp ", "%", "pct", "share_pct",
         "grdp_industry"),
        ("(trong đó: công nghiệp 10,12%; xây dựng ", "%", "pct", "share_pct", "grdp_construction"),
        ("Đàn vật nuôi hiện có: Đàn trâu, bò, ngựa ", " con", "head", "level", "livestock_herd"),
        ("xảy ra 42 vụ tai nạn giao thông làm ", " người chết", "person", "level", "traffic_deaths"),
        ("xảy ra 42 vụ tai nạn giao thông làm 09 người chết, ", " người bị thương", "person", "level",
         "traffic_injuries"),
        ("Trong 6 tháng đầu năm, xảy ra ", " vụ tai nạn giao thông", "case", "level", "traffic_accidents"),
        ("Diện tích nuôi trồng thủy sản thực hiện khoảng ", "ha", "ha", "level", "aquaculture_area"),
        ("Tỷ lệ hộ nghèo năm 2024 còn ", "%", "pct", "level", "poverty_rate"),
        ("rà soát hộ nghèo năm 2024 cho 241 hộ nghèo, chiếm ", "%", "pct", "level", "poverty_rate"),
        ("Trong 6 tháng đầu năm có ", " HTX thành lập mới", "cooperative", "level", "new_cooperatives"),
        ("Đến nay, trên địa bàn tỉnh có: ", " HTX", "cooperative", "level", "cooperatives_total"),
        ("đặt mục tiêu tăng trưởng kinh tế trên địa bàn tỉnh năm 2025 đạt trên ", "%", "pct", "target", "grdp"),
    ],
)
def test_catalog_key(context: str, after: str, unit: str, metric: str, key: str) -> None:
    assert catalog_key("", unit, metric, context, after) == key


def test_unit_must_fit_the_entry() -> None:
    # hectares are never retail sales, tonnes never a cultivated area
    assert catalog_key("", "ha", "level", "Tổng mức bán lẻ hàng hóa đạt ") is None
    assert catalog_key("", "tonne", "level", "Diện tích gieo trồng lúa, sản lượng đạt ") is None


def test_a_whole_it_is_a_share_of_is_not_the_subject() -> None:
    context = "dư nợ cho vay đối với doanh nghiệp 4.500 tỷ đồng, chiếm 32% trong tổng dư nợ; tăng "
    assert catalog_key("", "pct", "change_pct", context) is None


def test_subject_labels() -> None:
    assert subject_label("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt ", "") == \
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"
    assert own_subject(" tăng ") == ""
    assert subject_label(" tăng ", "Dịch vụ đạt 2.312,6 tỷ đồng, tăng ") == "Dịch vụ"


def test_near_poor_is_not_the_poverty_rate() -> None:
    assert catalog_key("", "pct", "level", "241 hộ nghèo, chiếm 1,96%; 121 hộ cận nghèo chiếm ", "%") is None
