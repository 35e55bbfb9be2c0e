"""The events ``routing.project_events`` reads across a document's sections: which work a bare "Dự án", "Công trình"
under a heading is."""

from __future__ import annotations

from orchestration.extraction import extract_document, extraction_to_json_rows


def _events(text: str) -> set[tuple[str, str]]:
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    return {(r["project_name"], r["event"]) for r in rows if r["table"] == "projects" and r["event"] != "funding"}


def test_a_heading_in_capitals_naming_no_work_keeps_the_work_the_report_is_titled_on() -> None:
    text = (
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTiến độ thực hiện Dự án hồ chứa nước Mỹ Lâm quý II năm 2026\n\n"
        "I. TÌNH HÌNH THI CÔNG\nDự án khởi công ngày 20/5/2024, tổng mức đầu tư 615 tỷ đồng.\n"
        "II. KHÓ KHĂN, VƯỚNG MẮC\nCông trình đã hoàn thành 64% khối lượng.\n"
    )
    assert ("hồ chứa nước Mỹ Lâm", "started") in _events(text)
    # near miss: a title naming no one work leaves a bare work under such a heading unnamed
    text = (
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTiến độ các công trình trọng điểm quý II năm 2026\n\n"
        "I. CÁC DỰ ÁN THỦY LỢI\nDự án hồ chứa nước Mỹ Lâm đang thi công.\n"
        "II. CÁC DỰ ÁN GIAO THÔNG\nDự án khởi công ngày 20/5/2024, tổng mức đầu tư 615 tỷ đồng.\n"
    )
    assert ("hồ chứa nước Mỹ Lâm", "started") not in _events(text)


def test_a_headlines_work_named_only_by_its_kind_is_the_work_the_text_names_of_that_kind() -> None:
    text = (
        "Khánh thành nhà máy xử lý nước thải 20.000 m3/ngày tại thành phố Hà Tĩnh\n\n"
        "Sáng 9/5/2026, UBND tỉnh Hà Tĩnh khánh thành Nhà máy xử lý nước thải Thạch Trung tại phường Thạch Trung.\n"
    )
    names = {name for name, event in _events(text) if event == "inaugurated"}
    assert names == {"Nhà máy xử lý nước thải Thạch Trung"}
    # near miss: two works of the kind named after it leave the headline's kind as it is
    text = text.replace("Thạch Trung tại phường Thạch Trung.", "Thạch Trung và Nhà máy xử lý nước thải Cẩm Xuyên.")
    names = {name for name, event in _events(text) if event == "inaugurated"}
    assert any(name.startswith("nhà máy xử lý nước thải 20.000") for name in names)


def _money_names(text: str) -> set[str]:
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    return {r["project_name"] for r in rows if r["table"] == "projects" and r["measure"] is not None}


def test_the_money_of_a_work_named_by_its_kind_is_the_work_the_text_names_of_that_kind() -> None:
    # "Khởi công Nhà máy xử lý rác 450 tỷ đồng" (a headline) over "khởi công Nhà máy xử lý rác Tân Thành": its price
    # is that work's, as its event row is
    text = (
        "Thứ ba, 14/04/2026 08:10\n\nKhởi công Nhà máy xử lý rác 450 tỷ đồng\n\n"
        "Sáng 13/4/2026, UBND tỉnh Long An khởi công Nhà máy xử lý rác Tân Thành tại xã Tân Thành.\n"
    )
    assert _money_names(text) == {"Nhà máy xử lý rác Tân Thành"}
    # near miss: two works of the kind named after it leave its money under its kind
    text = text.replace("Tân Thành tại xã Tân Thành", "Tân Thành và Nhà máy xử lý rác Đức Hòa")
    assert _money_names(text) == {"Nhà máy xử lý rác"}


def test_a_headlines_project_named_by_its_kind_and_price_is_the_work_the_text_names_of_that_kind() -> None:
    # "Khởi công dự án khu đô thị 2.400 tỷ đồng" over "khởi công dự án Khu đô thị Hồ Xương Rồng": the headline's event
    # row is that work's (it had none: a kind and a price name no work)
    text = (
        "Khởi công dự án khu đô thị 2.400 tỷ đồng\n\n"
        "Sáng 6/7/2026, UBND tỉnh Thái Nguyên khởi công dự án Khu đô thị Hồ Xương Rồng tại phường Phan Đình Phùng.\n"
    )
    assert _events(text) == {("Khu đô thị Hồ Xương Rồng", "started")}
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    assert next(r["evidence"] for r in rows if r["table"] == "projects" and r["measure"] is None) == "dự án khu đô thị"
    # near miss: a headline counting a group of projects names no one work
    text = text.replace("Khởi công dự án khu đô thị", "Khởi công 3 dự án khu đô thị")
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    assert [r["evidence"] for r in rows if r["table"] == "projects" and r["measure"] is None] == [
        "dự án Khu đô thị Hồ Xương Rồng tại phường Phan Đình Phùng"
    ]
