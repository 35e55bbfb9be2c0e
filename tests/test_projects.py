"""Project rules (orchestration/extraction/projects.py), one test per rule, real report phrasings."""

import datetime as dt

import pytest

from orchestration.extraction.projects import find_project_events, group_event, is_named
from orchestration.extraction.routing import route_in_text


def _events(text):
    return [(e.name, e.event, e.date) for e in find_project_events(text)]


def test_list_sharing_one_event_with_date():
    text = (
        "ngày 19/4/2025, tỉnh Bắc Kạn đã tổ chức lễ khánh thành 3 dự án giao thông trọng điểm gồm: Tuyến "
        "đường thành phố Bắc Kạn - hồ Ba Bể; tuyến đường Quảng Khê - Khang Ninh; dự án hạ tầng giao thông "
        "khu vực xung quanh hồ Ba Bể. Ngày 15/3/2025, dự án đầu tư tuyến đường cao tốc Chợ Mới - Bắc Kạn "
        "đã được khởi công xây dựng."
    )
    got = _events(text)
    day = dt.date(2025, 4, 19)
    assert ("Tuyến đường thành phố Bắc Kạn - hồ Ba Bể", "inaugurated", day) in got
    assert ("tuyến đường Quảng Khê - Khang Ninh", "inaugurated", day) in got
    assert ("hạ tầng giao thông khu vực xung quanh hồ Ba Bể", "inaugurated", day) in got
    assert ("đầu tư tuyến đường cao tốc Chợ Mới - Bắc Kạn", "started", dt.date(2025, 3, 15)) in got


def test_quoted_name_in_progress():
    text = (
        "Tỉnh tiếp tục triển khai các dự án đầu tư xây dựng hạ tầng các cụm công nghiệp; dự án “Xây dựng hạ "
        "tầng kỹ thuật cơ bản các cụm công nghiệp trên địa bàn tỉnh Bắc Kạn” đang triển khai thi công."
    )
    assert _events(text) == [
        ("Xây dựng hạ tầng kỹ thuật cơ bản các cụm công nghiệp trên địa bàn tỉnh Bắc Kạn", "in_progress", None)
    ]


def test_generic_mentions_are_not_projects():
    assert not is_named("hỗ trợ phát triển sản xuất cộng đồng", quoted=False)
    assert not is_named("đầu tư ngoài ngân sách trên địa bàn tỉnh Bắc Kạn", quoted=False)
    assert (
        _events(
            "UBND các huyện tiến hành thẩm định, phê duyệt 123/225 dự án, các dự án còn lại đang tiến hành viết dự án."
        )
        == []
    )


def test_approved_and_expected_completion():
    approved = _events(
        "Phê duyệt điều chỉnh cục bộ Quy hoạch chi tiết xây dựng tỷ lệ 1/500, dự án hạ tầng kỹ thuật "
        "Cụm công nghiệp Huyền Tung, thành phố Bắc Kạn."
    )
    assert approved[0][1] == "approved"
    planned = _events(
        'Dự án "Đầu tư mua sắm bổ sung trang thiết bị cho 08 Trung tâm Y tế tuyến huyện" dự kiến '
        "hoàn thành trong quý II năm 2024."
    )
    assert planned[0][1] == "in_progress"


def test_names_listed_after_a_colon():
    text = (
        "Tiếp tục giải quyết những vướng mắc của 05 công trình, dự án: Đường vào Hồ Nặm Cắt, tỉnh Bắc Kạn "
        "(còn vướng mắc 16 hộ); dự án Cụm công nghiệp Huyện Tụng, thành phố Bắc Kạn (còn 05 hộ)."
    )
    names = [n for n, _, _ in _events(text)]
    # (the province or city after a comma says where the work is: the row names the work alone)
    assert "Đường vào Hồ Nặm Cắt" in names
    assert "Cụm công nghiệp Huyện Tụng" in names


def test_project_block_figures_and_start_date():
    text = (
        "Dự án: Xây dựng sân vận động tỉnh và các hạng mục phụ trợ: Tổng mức đầu tư: 252 tỷ đồng. Nguồn vốn "
        "đầu tư (Ngân sách trung ương: 120 tỷ đồng; ngân sách tỉnh: 60 tỷ đồng). Khởi công: Ngày 15/01/2024."
    )
    total = route_in_text(text, "252")
    assert total.table == "projects" and total.fields["measure"] == "total_investment"
    assert total.fields["project_name"] == "Xây dựng sân vận động tỉnh và các hạng mục phụ trợ"
    assert route_in_text(text, "120").fields["measure"] == "total_investment"
    assert ("Xây dựng sân vận động tỉnh và các hạng mục phụ trợ", "started", dt.date(2024, 1, 15)) in _events(text)


def test_disbursed_plan_and_plan_pct_of_a_project():
    text = (
        'dự án "Xây dựng hạ tầng kỹ thuật cơ bản các cụm công nghiệp trên địa bàn tỉnh Bắc Kạn" đang triển '
        "khai thi công; đến thời điểm báo cáo, đã giải ngân 22.301 triệu đồng/52.946 triệu đồng (đạt 42% kế "
        "hoạch vốn được giao năm 2024)."
    )
    assert route_in_text(text, "22.301").fields["measure"] == "disbursed"
    assert route_in_text(text, "52.946").fields["measure"] == "plan"
    assert route_in_text(text, "42").fields["measure"] == "plan_pct"


def test_counts_of_projects_stay_indicators():
    text = (
        "Giải ngân đầu tư công: Tổng số dự án được giao kế hoạch năm 2024 là 42 công trình, dự án với tổng "
        "số vốn giao là 271,926 tỷ đồng."
    )
    assert route_in_text(text, "42") is None
    assert route_in_text(text, "271,926").table == "budgets"


def _rows(text):
    """Event rows as the pipeline writes them (mentions that only own figures are left out)."""
    return [(e.name, e.event, e.date) for e in find_project_events(text) if e.row]


def _not_a_project(text, token, **context):
    """The figure ``token`` of ``text`` is read into no projects row (another table's, or none)."""
    routed = route_in_text(text, token, **context)
    return routed is None or routed.table != "projects"


def _project_fields(text, token, preceding=""):
    """The fields of the project row a figure is routed to (it must go to projects)."""
    routed = route_in_text(text, token, preceding=preceding)
    assert routed is not None and routed.table == "projects"
    return routed.fields


def test_works_named_without_du_an_need_a_verb():
    text = (
        "Tỉnh sẽ hoàn thành đầu tư xây dựng 2 công trình trọng điểm, gồm: đường vành đai Bắc Sơn - Nam Hà, "
        "cầu Tân Lập 2, với tổng mức đầu tư trên 3.000 tỉ đồng."
    )
    got = _rows(text)
    assert ("đường vành đai Bắc Sơn - Nam Hà", "in_progress", None) in got  # a completion still to come
    assert ("cầu Tân Lập 2", "in_progress", None) in got
    assert route_in_text(text, "3.000").fields["measure"] == "total_investment"
    assert _rows("Cầu Hòa Bình nối hai bờ sông là biểu tượng của thành phố.") == []
    assert _rows("Người dân có nhu cầu Tết cao hơn năm trước.") == []


def test_work_names_carry_places_in_brackets_and_unit_codes():
    text = (
        "Ngày 5/3/2024, tỉnh khởi công đường cao tốc Tân Phú (tỉnh Đồng Nai) - Bảo Lộc (tỉnh Lâm Đồng) "
        "và nhà máy điện mặt trời Phước Hữu 2A, 2B và 2C."
    )
    got = _rows(text)
    assert ("đường cao tốc Tân Phú (tỉnh Đồng Nai) - Bảo Lộc (tỉnh Lâm Đồng)", "started", dt.date(2024, 3, 5)) in got
    assert any(name == "nhà máy điện mặt trời Phước Hữu 2A, 2B và 2C" and ev == "started" for name, ev, _ in got)


def test_object_of_an_event_verb_and_its_price_in_a_title():
    text = "Khánh thành Nhà máy xử lý rác 500 tỉ đồng"
    assert _rows(text) == [("Nhà máy xử lý rác", "inaugurated", None)]
    r = route_in_text(text, "500")
    assert r.fields["measure"] == "total_investment" and r.fields["event"] == "inaugurated"


def test_a_figure_without_an_event_is_funding():
    text = "Dự án Khu đô thị Nam Sông Mã có vốn đầu tư khoảng 4.200 tỉ đồng."
    r = route_in_text(text, "4.200")
    assert r.fields["measure"] == "total_investment" and r.fields["event"] == "funding"
    assert _rows(text) == []  # a description of the project is no news of it


def test_phase_subject_and_reference_to_it():
    text = (
        "Giai đoạn 3 được UBND tỉnh phê duyệt với tổng mức đầu tư của dự án là 900 tỷ đồng. Công trình do "
        "Sở Xây dựng làm chủ đầu tư, được khởi công đầu năm 2023."
    )
    got = _rows(text)
    assert ("Giai đoạn 3", "approved", None) in got and ("Giai đoạn 3", "started", None) in got
    assert route_in_text(text, "900").fields["measure"] == "total_investment"


def test_reference_to_the_project_named_in_an_earlier_paragraph():
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Dự án đường ven sông Lam dài 30 km, chia làm 2 dự án thành phần.\n\n"
        "Tuyến đường này đã khởi công từ tháng 9/2022.\n"
    )
    got = [(e.project_name, e.event, e.event_date) for e in project_events(build_layout(text))]
    assert got == [("đường ven sông Lam", "started", dt.date(2022, 9, 1))]


def test_components_own_their_figures_in_a_list():
    text = (
        "Dự án thành phần 1 do UBND tỉnh làm chủ quản, tổng mức đầu tư 2.100 tỷ đồng; dự án 2 do Bộ Xây dựng "
        "làm chủ quản (3.400 tỷ đồng)."
    )
    first, second = route_in_text(text, "2.100"), route_in_text(text, "3.400")
    assert first.fields["project_name"] == "Dự án thành phần 1" and first.fields["measure"] == "total_investment"
    assert second.fields["project_name"] == "dự án 2" and second.fields["measure"] == "total_investment"
    assert _rows(text) == []  # parts named by a number are no events of their own


def test_counted_groups_with_investment_or_an_event():
    text = "Có 4 dự án thể thao đã hoàn thành, với tổng số vốn đã được phân bổ là 80 tỷ đồng, bằng 100% kế hoạch vốn."
    plan, pct = route_in_text(text, "80"), route_in_text(text, "100")
    assert plan.table == "projects" and plan.fields["measure"] == "plan" and plan.fields["event"] == "completed"
    assert pct.fields["measure"] == "plan_pct"
    invest = route_in_text("Tiến độ 9 dự án y tế, vốn đầu tư hơn 700 tỷ đồng", "700")
    assert invest.fields["measure"] == "total_investment" and invest.fields["project_name"] == "9 dự án y tế"


def test_construction_progress_belongs_to_the_project_of_the_passage():
    text = "Về thi công, sản lượng đạt 300 tỷ/6.000 tỷ đồng, đạt khoảng 5% giá trị các hợp đồng."
    before = "Dự án cao tốc Ninh Hòa - Đà Lạt dài 80 km.\n"
    done = route_in_text(text, "300", preceding=before)
    assert done.fields["project_name"] == "cao tốc Ninh Hòa - Đà Lạt" and done.fields["measure"] == "disbursed"
    assert route_in_text(text, "6.000", preceding=before).fields["measure"] == "plan"
    assert route_in_text(text, "5", preceding=before).fields["measure"] == "plan_pct"


def test_damaged_works_and_table_gaps_are_not_projects():
    assert _rows("Lũ quét làm hư hỏng Công trình thủy lợi Nậm Khao (xã Pa Tần).") == []
    assert _rows("Ngoài ra còn 12 công trình khác bị thiệt hại như: trụ sở Công an xã, nhà văn hóa.") == []
    assert _rows("Chi đầu tư cho các chương trình, dự án              Investment of programs") == []


def test_name_ends_at_a_second_mention_and_a_description():
    text = "Hà Tĩnh: Khởi công dự án cao tốc Vũng Áng - Bùng Dự án cao tốc Vũng Áng - Bùng dài 55 km"
    got = _rows(text)
    assert got == [("cao tốc Vũng Áng - Bùng", "started", None)]


def test_more_event_words_and_packages():
    assert _rows("Sáng 2/4/2024, tỉnh tổ chức lễ động thổ dự án Khu đô thị Phú Mỹ.")[0][1] == "started"
    assert _rows("Tuyến đường Hồ Tràm - Bình Châu đã thông xe kỹ thuật.")[0][1] == "completed"
    assert _rows("Cầu Ngòi Thia dự kiến thông xe ngày 30/6 sau trận lũ.") == []  # a road reopened after a flood
    assert _rows("Nhà thầu đã khởi công gói thầu XL02 của dự án.")[0][:2] == ("gói thầu XL02", "started")
    assert _rows("Nhà thầu đã khởi công gói thầu thi công hạng mục sân nền.") == []
    r = route_in_text("Bệnh viện Đa khoa Hòa Bình có quy mô đầu tư 1.200 tỷ đồng.", "1.200")
    assert r.table == "projects" and r.fields["measure"] == "total_investment"


def test_parts_are_named_with_their_project():
    text = (
        "Dự án đường ven biển Bình Sơn dài 40 km, gồm 2 dự án thành phần. Dự án thành phần 1 do UBND tỉnh "
        "làm chủ quản, tổng mức đầu tư 1.500 tỷ đồng."
    )
    r = route_in_text(text, "1.500")
    assert r.fields["project_name"] == "Dự án thành phần 1 đường ven biển Bình Sơn"
    group = route_in_text(
        "Trong 5 dự án y tế, có 2 dự án đã hoàn thành, với tổng số vốn đã được phân bổ là 90 tỷ đồng.", "90"
    )
    assert group.fields["project_name"] == "2 dự án" and group.fields["event"] == "completed"


def test_tasks_of_an_institution_are_not_events_of_a_work():
    assert _rows("Bệnh viện Đa khoa Sơn Tây đã hoàn thành việc khám sàng lọc cho 500 người.") == []
    assert _rows("Trường THPT Lê Lợi khánh thành nhà đa năng.") == []  # the building's event, not the school's
    assert _rows("Trường THPT Lê Lợi được khánh thành.") == [("Trường THPT Lê Lợi", "inaugurated", None)]


def test_bare_reference_owns_the_figure_of_its_clause():
    text = "Dự án cầu Thăng Long 2 có chiều dài 2 km. Tổng mức đầu tư của dự án là 1.800 tỷ đồng."
    r = route_in_text(text, "1.800")
    assert r.fields["project_name"] == "cầu Thăng Long 2" and r.fields["measure"] == "total_investment"
    assert _rows(text) == []  # no event is said


def test_where_a_work_stands_is_not_its_name():
    text = "Tỉnh khởi công cầu Tân An bắc qua sông Vàm Cỏ, tổng mức đầu tư 900 tỷ đồng."
    assert _rows(text) == [("cầu Tân An", "started", None)]


def test_a_day_without_its_year_takes_the_documents():
    text = "Sáng 15/3, tỉnh tổ chức lễ khởi công cầu Phú Mỹ 2."
    got = [(e.name, e.event, e.date) for e in find_project_events(text, year=2025) if e.row]
    assert got == [("cầu Phú Mỹ 2", "started", dt.date(2025, 3, 15))]
    assert [e.date for e in find_project_events(text) if e.row] == [None]


def test_event_of_something_inside_a_work():
    assert _rows("Khu công nghiệp Phú Hà đã khởi công nhà xưởng mới.") == []
    assert _rows("Khu công nghiệp Phú Hà đã khởi công ngày 2/5/2024.")[0][1] == "started"


def test_investment_attraction_counts_are_not_projects():
    assert route_in_text("Năm 2024, tỉnh thu hút 25 dự án với tổng vốn đầu tư 4.500 tỷ đồng.", "4.500") is None
    # registered investment of licensed projects still in force: the province's attraction, no works
    assert route_in_text("Tỉnh có 64 dự án còn hiệu lực, tổng mức đầu tư đăng ký gần 1,8 tỷ USD.", "1,8") is None
    assert route_in_text("Tỉnh chấp thuận chủ trương đầu tư 18 dự án, tổng vốn đầu tư 9.000 tỷ đồng.", "9.000") is None
    # a count of domestic investors' projects given an investment-policy decision: attraction, no works
    text = "Quý III, tỉnh ban hành quyết định chủ trương đầu tư cho 03 dự án đầu tư trong nước, vốn khoảng 150 tỷ đồng."
    assert route_in_text(text, "150") is None
    assert route_in_text("Huyện có 7 dự án đầu tư trong nước đã phê duyệt, vốn 90 tỷ đồng.", "90") is None
    started = route_in_text("Tỉnh khởi công 5 dự án giao thông với tổng vốn đầu tư 2.000 tỷ đồng.", "2.000")
    assert started.fields["project_name"] == "5 dự án giao thông" and started.fields["event"] == "started"


def test_a_references_evidence_reaches_back_to_the_name():
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = "Giai đoạn 3 được phê duyệt năm 2023. Công trình được khởi công đầu năm 2024.\n"
    rows = [(e.project_name, e.event, text[e.start : e.end]) for e in project_events(build_layout(text))]
    assert ("Giai đoạn 3", "started", "Giai đoạn 3 được phê duyệt năm 2023. Công trình") in rows


def test_a_name_goes_on_over_the_comma_between_two_works_and_stops_at_its_description() -> None:
    text = "Dự án cải tạo, nâng cấp đường ĐT.741 đã giải ngân 120 tỷ đồng."
    routed = route_in_text(text, "120")
    assert routed.table == "projects" and routed.fields["project_name"] == "cải tạo, nâng cấp đường ĐT.741"
    text = "Tỉnh động thổ Bệnh viện Đa khoa khu vực Ngọc Lặc quy mô 500 giường, tổng mức đầu tư 1.200 tỷ đồng."
    assert route_in_text(text, "1.200").fields["project_name"] == "Bệnh viện Đa khoa khu vực Ngọc Lặc"


def test_a_sentence_that_opens_on_the_work_speaks_of_the_project_named_before() -> None:
    from orchestration.extraction import extract_document

    text = (
        "Hà Nam: Khánh thành cầu Châu Giang mới\n\nSáng 25/5/2025, UBND tỉnh Hà Nam khánh thành cầu "
        "Châu Giang mới. Công trình có tổng mức đầu tư 1.035 tỷ đồng từ nguồn ngân sách tỉnh.\n"
    )
    rows = extract_document(text.encode(), "news.txt").tables["projects"].to_dicts()
    money = [r for r in rows if r["value"] is not None]
    assert [(r["project_name"], r["measure"], r["value"]) for r in money] == [
        ("cầu Châu Giang mới", "total_investment", 1035e9)
    ]


def test_a_reference_takes_the_project_named_before_each_time_it_is_asked() -> None:
    from orchestration.extraction.projects import find_mentions

    plain = "Khởi công dự án Đường ven biển Bắc Bình với tổng mức đầu tư 500 tỷ đồng."
    assert find_mentions(plain, "Cầu Rồng") == find_mentions(plain)  # names its own project
    reference = "Dự án này có tổng mức đầu tư 500 tỷ đồng."
    assert [m.name for m in find_mentions(reference)] == []
    assert [m.name for m in find_mentions(reference, "Cầu Rồng")] == ["Cầu Rồng"]
    assert [m.name for m in find_mentions(reference, "Cầu Thuận Phước")] == ["Cầu Thuận Phước"]


def test_a_name_ends_at_dat_and_a_lead_on_the_schedule_is_no_share_of_the_plan() -> None:
    text = (
        "Trong đó, gói thầu XL03 đạt 41,2% giá trị hợp đồng (nhanh 2,5% so với kế hoạch); gói thầu XL04 "
        "đạt 39% giá trị hợp đồng."
    )
    first = route_in_text(text, "41,2")
    assert first.fields["measure"] == "plan_pct" and first.fields["project_name"] == "gói thầu XL03"
    assert route_in_text(text, "39").fields["project_name"] == "gói thầu XL04"
    assert _not_a_project(text, "2,5")
    assert _not_a_project("Công tác giải phóng mặt bằng dự án thành phần 2 đạt 86%.", "86")


def test_a_class_of_projects_and_a_builders_name_are_no_projects() -> None:
    assert not is_named("nhóm B", False)
    assert _rows("Trường được xếp vào dự án nhóm B của tỉnh.") == []
    assert _rows("Tổng Công ty Xây dựng Công trình Giao thông 8 làm chủ đầu tư.") == []


def test_the_kind_of_a_work_opening_a_sentence_refers_to_the_work_named_before() -> None:
    text = "Khánh thành Nhà máy nước sạch Bình Minh. Nhà máy có tổng mức đầu tư 120 tỷ đồng."
    r = route_in_text(text, "120")
    assert r.fields["project_name"] == "Nhà máy nước sạch Bình Minh" and r.fields["measure"] == "total_investment"
    text = "Cầu Hòa Lạc 2 bắc qua sông Đà. Công trình khởi công từ tháng 3/2022."
    assert _rows(text) == [("Cầu Hòa Lạc 2", "started", dt.date(2022, 3, 1))]


def test_kinh_phi_and_von_before_the_figure_are_the_investment() -> None:
    for text, token in (
        ("Cầu Long Sơn được xây dựng với kinh phí 85 tỷ đồng.", "85"),
        ("Bệnh viện Đa khoa Vĩnh An có tổng kinh phí xây dựng 300 tỷ đồng.", "300"),
        ("Khởi công cầu Bến Lức, vốn gần 1.000 tỷ đồng", "1.000"),
    ):
        assert route_in_text(text, token).fields["measure"] == "total_investment", text
    assert _not_a_project("Có 12 dự án đã giải ngân với tổng kinh phí là 4.000 triệu đồng.", "4.000")


def test_money_before_the_work_it_pays_for() -> None:
    r = route_in_text("320 tỷ đồng xây cầu qua sông Hậu Giang", "320")
    assert (r.fields["project_name"], r.fields["measure"], r.fields["event"]) == (
        "cầu qua sông Hậu Giang",
        "total_investment",
        "funding",
    )
    assert _not_a_project("50 tỷ đồng xây cầu dân sinh", "50")  # no name: a kind of work


def test_a_raised_investment_reads_the_new_amount() -> None:
    text = "Tổng mức đầu tư dự án đường vành đai Tây Ninh tăng 850 tỷ đồng, lên khoảng 3.100 tỷ đồng."
    assert route_in_text(text, "3.100").fields["measure"] == "total_investment"
    assert _not_a_project(text, "850")


def test_a_works_event_verb_is_in_its_own_clause_and_an_apposition_ends_its_name() -> None:
    assert _rows("Khi đưa vào sử dụng, hai cây cầu này sẽ giảm ùn tắc tại nút cầu Sài Gòn.") == []
    got = _rows("Điểm trường Nà Cà – thuộc trường Tiểu học Cốc Pài đã được đưa vào sử dụng.")
    assert [(name, event) for name, event, _ in got] == [("Điểm trường Nà Cà", "completed")]
    assert [(n, e) for n, e, _ in _rows("KCN Phú Hà được chấp thuận chủ trương đầu tư.")] == [
        ("KCN Phú Hà", "approved")
    ]
    assert [n for n, _, _ in _rows("Ngày 19/1, nhánh cầu Bình Lợi mới đã thông xe kỹ thuật.")] == [
        "nhánh cầu Bình Lợi mới"
    ]


def test_a_link_names_both_its_ends_and_its_parent_project_takes_no_event() -> None:
    text = (
        "Tỉnh khánh thành công trình đường nối quốc lộ 4 với đường cao tốc Hữu Nghị - Chi Lăng, "
        "thuộc dự án Cửa khẩu Tân Thanh."
    )
    assert _rows(text) == [("đường nối quốc lộ 4 với đường cao tốc Hữu Nghị - Chi Lăng", "inaugurated", None)]


def test_a_dateline_joined_to_a_headline_ends_the_name() -> None:
    text = "Khởi công cầu Văn Lang TTXVN - Sáng 12/3, UBND tỉnh khởi công cầu Văn Lang."
    assert [name for name, _, _ in _rows(text)] == ["cầu Văn Lang", "cầu Văn Lang"]


def test_a_work_after_an_office_title_is_the_institution() -> None:
    text = "Giám đốc Bệnh viện Đa khoa Hòa Bình cho biết bệnh viện được khởi công năm 2019."
    assert _rows(text) == []


def test_a_start_being_prepared_is_under_way_and_a_share_of_the_works_is_no_completion() -> None:
    assert _rows("Thành phố chuẩn bị khởi công cầu Vĩnh Tuy 3.") == [("cầu Vĩnh Tuy 3", "in_progress", None)]
    got = _rows("Đến nay công trình Trạm y tế xã Tân Lập đã hoàn thành trên 60% khối lượng.")
    assert [event for _, event, _ in got] == ["in_progress"]
    # (the share itself is the work's progress: test_a_share_of_the_works_built_is_the_works_progress)
    assert _works_progress("Dự án Cầu Rạch Miễu 2 đạt khoảng 70% khối lượng.", "70") == "Cầu Rạch Miễu 2"


def test_a_road_code_is_no_count_and_a_date_is_no_group() -> None:
    text = "Tin dự án đường ĐT603  Dự án mở rộng tuyến đường ĐT603 được phê duyệt tổng kinh phí 300 tỷ đồng."
    assert ("mở rộng tuyến đường ĐT603", "approved", None) in _rows(text)
    assert _not_a_project(" date 2025-08-24 Công trình được khởi công, đạt khoảng 70% khối lượng.", "70")


def test_a_description_or_the_money_right_after_a_name_is_no_news_of_it() -> None:
    assert _rows("Dự án cầu Khe Tre (UBND huyện làm chủ đầu tư) có tổng mức đầu tư 22 tỷ đồng.") == []
    assert _rows("Dự án sửa chữa trụ sở Sở Tư pháp tổng mức đầu tư 2 tỷ đồng.") == []
    assert route_in_text("Dự án sửa chữa trụ sở Sở Tư pháp có mức đầu tư 3,5 tỷ đồng.", "3,5").fields["measure"] == (
        "total_investment"
    )


def test_a_plural_reference_names_no_single_project() -> None:
    text = "Khánh thành cầu Tân An. Các dự án này nằm trong 250 công trình được khánh thành."
    assert _rows(text) == [("cầu Tân An", "inaugurated", None)]


def test_a_sentence_opening_on_the_investment_speaks_of_the_work_named_before() -> None:
    text = (
        "Trạm Y tế xã Tân Lập được khởi công từ tháng 5/2022. Nhà 2 tầng có 14 phòng. Tổng nguồn vốn đầu tư "
        "gần 6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 4 tỷ đồng."
    )
    assert _rows(text) == [("Trạm Y tế xã Tân Lập", "started", dt.date(2022, 5, 1))]
    for token in ("6", "4"):
        r = route_in_text(text, token)
        assert (r.fields["project_name"], r.fields["measure"]) == ("Trạm Y tế xã Tân Lập", "total_investment")
    assert _not_a_project("Tổng vốn đầu tư toàn xã hội đạt 9.000 tỷ đồng.", "9.000")  # no work named before it
    # the province's investment, not the bridge's
    assert _not_a_project("Khánh thành cầu Tân An. Tổng vốn đầu tư toàn xã hội đạt 9.000 tỷ đồng.", "9.000")


def test_money_allocated_to_a_counted_group_and_headings_joined_by_the_layout() -> None:
    r = route_in_text("Phân bổ 12 tỷ đồng cho 4 dự án khởi công mới", "12")
    assert (r.fields["project_name"], r.fields["measure"]) == ("4 dự án khởi công mới", "plan")
    text = "Tin dự án cầu Bến Thủy  Dự án cầu Bến Thủy 3 được phê duyệt."
    assert ("cầu Bến Thủy", "approved", None) not in _rows(text)  # the heading is no sentence of the body


def test_an_agency_a_place_and_a_condition_are_no_news_of_a_work() -> None:
    assert _rows("Dự án do Ban Quản lý dự án giao thông Bình Phước làm chủ đầu tư.") == []
    text = "Tỉnh vừa cấp giấy chứng nhận đăng ký đầu tư cho 2 dự án mới đầu tư vào KCN Long Đức."
    assert _rows(text) == []
    got = _rows("Khánh thành cầu Tân An. Dự án có 4 làn xe, khi đi vào hoạt động sẽ giảm ùn tắc.")
    assert ("cầu Tân An", "completed", None) not in got


def test_an_ordinal_names_the_next_project_and_tong_von_is_its_investment() -> None:
    text = "Dự án thứ 2 vừa được cấp giấy chứng nhận đăng ký đầu tư với tổng vốn 262 tỷ đồng."
    assert _rows(text) == [("Dự án thứ 2", "approved", None)]
    r = route_in_text(text, "262")
    assert (r.fields["project_name"], r.fields["measure"]) == ("Dự án thứ 2", "total_investment")


def test_a_count_of_works_owns_its_money_and_a_headline_prices_it() -> None:
    text = "Tỉnh sẽ xây mới 3 bệnh viện khu vực với tổng mức đầu tư gần 900 tỷ đồng."
    r = route_in_text(text, "900")
    assert r.fields["measure"] == "total_investment" and r.fields["project_name"].startswith("3 bệnh viện")
    r = route_in_text("Thành phố chi hơn 600 tỷ xây 4 trạm y tế ở ngoại thành", "600")
    assert r.fields["project_name"] == "4 trạm y tế ở ngoại thành"
    r = route_in_text("Huyện làm được 20 cây cầu nông thôn với tổng kinh phí xây dựng 2 tỷ đồng.", "2")
    assert r.fields["project_name"].startswith("20 cây cầu")


def test_a_short_name_in_brackets_and_tong_dau_tu() -> None:
    text = "Lễ khởi công Bệnh viện Mắt Sài Thành (Bệnh viện Sài Thành) do Công ty X làm chủ đầu tư."
    assert _rows(text) == [("Bệnh viện Mắt Sài Thành", "started", None)]
    text = "Dự án Bệnh viện Đa khoa Mê Linh triển khai trên diện tích 5 ha. Tổng đầu tư cho dự án khoảng 3.500 tỷ đồng."
    assert _rows(text) == []  # its size is a description
    assert route_in_text(text, "3.500").fields["measure"] == "total_investment"


def test_a_capital_du_an_after_a_verb_is_its_object_and_after_a_headline_is_not() -> None:
    text = "Thủ tướng vừa phê duyệt chủ trương đầu tư Dự án xây dựng cảng Liên Chiểu."
    assert _rows(text) == [("xây dựng cảng Liên Chiểu", "approved", None)]
    text = "Khởi công cầu Hưng Hà Dự án cầu Hưng Hà có chiều dài 6 km."
    assert [event for _, event, _ in _rows(text)] == ["started"]


def test_terminals_schools_companies_and_a_pages_date() -> None:
    assert _rows("Tổng Công ty Cảng hàng không Việt Nam vừa trình thẩm định dự án.") == []
    r = route_in_text("Gần 3.000 tỷ đồng để mở rộng nhà ga T1 Phú Bài", "3.000")
    assert (r.fields["project_name"], r.fields["measure"]) == ("nhà ga T1 Phú Bài", "total_investment")
    got = _rows("Sắp khởi công nhà ga sân bay Phú Quốc 24/08/2023, 13:21 Đại diện ACV cho biết.")
    assert [name for name, _, _ in got] == ["nhà ga sân bay Phú Quốc"]
    got = _rows("Sáng 5.9, Trường trung học cơ sở Lê Lợi tổ chức lễ khánh thành.")
    assert [(name, event) for name, event, _ in got] == [("Trường trung học cơ sở Lê Lợi", "inaugurated")]


def test_a_work_against_landslides_is_no_damage_and_a_bracketed_place_is_no_words_between() -> None:
    text = "Dự án Kè chống sạt lở sông Hậu được khởi công ngày 12/2/2019."
    assert _rows(text) == [("Kè chống sạt lở sông Hậu", "started", dt.date(2019, 2, 12))]
    assert _rows("Lũ làm sạt lở cầu Tà Lùng, hư hỏng nặng.") == []  # damage stays damage
    r = route_in_text("Khánh thành cầu Bình Minh (xã Tân An) 60 tỷ đồng", "60")
    assert r.fields["measure"] == "total_investment"


def test_the_investment_said_before_a_counted_group_and_duoc_dau_tu() -> None:
    r = route_in_text("Được biết, tổng mức đầu tư của 3 cầu nêu trên hơn 16 tỷ đồng.", "16")
    assert (r.fields["project_name"], r.fields["measure"]) == ("3 cầu nêu trên", "total_investment")
    r = route_in_text("Cầu Khánh Hội, quận 4 được đầu tư 300 tỷ đồng để nâng cấp.", "300")
    assert r.fields["measure"] == "total_investment"


def test_an_adjusted_policy_is_approved_and_a_completion_not_reached_is_no_completion() -> None:
    text = "Dự án cầu Mỹ Thuận 2 được điều chỉnh chủ trương, tăng vốn đầu tư lên 5.000 tỷ đồng."
    assert _rows(text) == [("cầu Mỹ Thuận 2", "approved", None)]
    text = "Do không thể hoàn thành dự án Cấp nước Đồng Hới đúng hạn, tỉnh xin gia hạn."
    assert [event for _, event, _ in _rows(text)] == ["in_progress"]
    assert _rows("Lễ khánh thành các dự án, công trình chào mừng Quốc khánh diễn ra tại Hà Nội.") == []


def test_a_bypass_named_by_the_town_it_avoids() -> None:
    text = "Tuyến đường tránh thị trấn Vĩnh Tường có chiều dài 5 km, tổng mức đầu tư 300 tỷ đồng sắp hoàn thành."
    assert _rows(text) == [("Tuyến đường tránh thị trấn Vĩnh Tường", "in_progress", None)]
    assert route_in_text(text, "300").fields["project_name"] == "Tuyến đường tránh thị trấn Vĩnh Tường"


def test_the_site_of_a_ceremony_is_the_work_and_a_link_site_is_no_bridge() -> None:
    text = "Bộ trưởng dự lễ khởi công tại Trường nội trú liên cấp xã Pà Cò, huyện Mai Châu."
    assert _rows(text) == [("Trường nội trú liên cấp xã Pà Cò", "started", None)]
    assert _rows("Phó Thủ tướng dự lễ khởi công tại điểm cầu Lai Châu.") == []
    got = _rows("Các trạm bơm Bình Lợi, Tân Phú đang được thi công.")
    assert [event for _, event, _ in got] == ["in_progress"]


def test_a_sentence_opening_on_trong_do_splits_the_investment_before_it() -> None:
    text = (
        "Tỉnh vừa phê duyệt điều chỉnh dự án cải tạo Trung tâm y tế huyện Lạc Thủy, tổng mức đầu tư lên "
        "85 tỷ đồng. Trong đó, chi phí xây dựng gần 50 tỷ đồng; thiết bị hơn 20 tỷ đồng."
    )
    for figure in ("50", "20"):
        r = route_in_text(text, figure)
        assert (r.table, r.fields["measure"]) == ("projects", "total_investment")
    text = "Tỉnh giao 85 tỷ đồng cho ngành y tế. Trong đó, chi thường xuyên 50 tỷ đồng."
    assert _not_a_project(text, "50")


def test_a_donors_share_after_trong_do_and_a_deck_is_no_bridge() -> None:
    text = (
        "Xã vừa khánh thành cầu Kênh Xáng, mặt cầu 3 mét, với tổng kinh phí 500 triệu đồng. Trong đó, "
        "một nhà hảo tâm hỗ trợ 200 triệu đồng."
    )
    r = route_in_text(text, "200")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == ("projects", "cầu Kênh Xáng", "total_investment")
    assert [name for name, _, _ in _rows(text)] == ["cầu Kênh Xáng"]


def test_acceptance_and_handover_is_completion_and_a_building_team_is_no_progress() -> None:
    text = "Công trình nâng cấp chợ Hòa Bình vừa được nghiệm thu và bàn giao."
    assert [e.event for e in find_project_events(text)] == ["completed"]
    text = "Cầu Rạch Miễu 3 do Đội thi công cầu đường thiện nguyện xây dựng."
    assert all(e.event != "in_progress" or not e.said for e in find_project_events(text))
    text = "UBND xã khánh thành cầu Bà Dài, cầu dài 20 m."
    assert [name for name, _, _ in _rows(text)] == ["cầu Bà Dài"]


def test_a_disbursement_of_the_works_written_after_it() -> None:
    r = route_in_text("Giải ngân 65,5% vốn đầu tư các công trình cấp nước nông thôn", "65,5")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "các công trình cấp nước nông thôn",
        "plan_pct",
    )
    r = route_in_text("Sở đã giải ngân 40 tỷ đồng xây dựng các công trình đê biển.", "40")
    assert (r.table, r.fields["measure"]) == ("projects", "disbursed")


def test_a_disbursement_with_no_work_in_its_sentence_is_of_the_work_before_it() -> None:
    text = (
        "Dự án Kè chống sạt lở sông Mã đã giải ngân 30 tỷ đồng. Nhà thầu đang thi công các hạng mục còn "
        "lại. Ước giải ngân đạt 100% kế hoạch vốn."
    )
    r = route_in_text(text, "100")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "Kè chống sạt lở sông Mã",
        "plan_pct",
    )
    text = "Dự án Kè sông Mã đã giải ngân 30 tỷ đồng. Giải ngân vốn đầu tư công toàn tỉnh đạt 60% kế hoạch."
    assert _not_a_project(text, "60")


def test_a_purpose_is_no_event() -> None:
    text = "Trạm bơm Tân Lập đang thi công để nghiệm thu đưa vào sử dụng."
    assert [e.event for e in find_project_events(text)] == ["in_progress"]


def test_a_bypass_priced_after_a_qualifier_and_a_support_total() -> None:
    r = route_in_text("Tuyến tránh Quốc lộ 1 qua Bạc Liêu hơn 900 tỷ sắp thi công", "900")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "Tuyến tránh Quốc lộ 1 qua Bạc Liêu",
        "total_investment",
    )
    r = route_in_text("Dự án kè sông Gianh (huyện Quảng Trạch) với tổng mức hỗ trợ đầu tư 20 tỷ đồng.", "20")
    assert (r.table, r.fields["measure"]) == ("projects", "total_investment")


def test_a_council_passing_a_policy_proposal_approves_it_and_a_route_end_is_no_work() -> None:
    text = "HĐND tỉnh thông qua báo cáo đề xuất chủ trương đầu tư dự án kè chống sạt lở sông Tiền."
    assert _rows(text) == [("kè chống sạt lở sông Tiền", "approved", None)]
    text = "Tuyến kè có điểm đầu từ cầu Mỹ Thuận, điểm cuối đến cầu Rạch Miễu, đã hoàn thành."
    assert _rows(text) == []


def test_a_price_in_quotes_and_a_predicate_are_no_names() -> None:
    assert _rows('Hàng loạt dự án "nghìn tỷ" được phê duyệt trong tuần.') == []
    assert _rows("Dự án là công trình nhóm A, do tỉnh quản lý.") == []


def test_a_clause_opening_on_a_numbered_phase_owns_its_cost() -> None:
    text = (
        "Dự án nâng cấp kênh Nguyễn Văn Tiếp: theo kế hoạch, giai đoạn 1 thực hiện đến năm 2026 "
        "với kinh phí 500 tỉ đồng."
    )
    r = route_in_text(text, "500")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == ("projects", "giai đoạn 1", "total_investment")
    r = route_in_text("Trong giai đoạn 2021-2025, tỉnh bố trí 500 tỉ đồng cho giao thông.", "500")
    assert r is None or r.fields.get("project_name") != "giai đoạn 2021-2025"


def test_a_work_named_after_a_few_words_of_description() -> None:
    text = "Thành phố khởi công khu đô thị sinh thái ven sông Hậu Giang."
    assert [name for name, _, _ in _rows(text)] == ["khu đô thị sinh thái ven sông Hậu Giang"]
    text = "Khu công nghiệp phát triển của Tập đoàn X đang thi công."
    assert _rows(text) == []


def test_a_work_referred_to_after_an_ellipsis() -> None:
    text = "Công trình chợ mới Phú Lâm được đầu tư hơn 20 tỷ đồng, gồm nhà lồng… Công trình được khánh thành."
    assert "inaugurated" in [event for _, event, _ in _rows(text)]


def test_du_an_written_twice_is_one_project() -> None:
    text = "UBND tỉnh phê duyệt dự án đầu tư xây dựng dự án mở rộng Bệnh viện Đa khoa Hoài Nhơn."
    assert len(_rows(text)) == 1


def test_a_project_owning_a_figure_says_no_event() -> None:
    text = "Với điều chỉnh này, tổng mức đầu tư của dự án nâng cấp Trạm y tế xã Cát Hải lên 12 tỷ đồng."
    assert _rows(text) == []
    assert route_in_text(text, "12").fields["project_name"] == "nâng cấp Trạm y tế xã Cát Hải"


def test_markets_are_works_but_districts_named_like_works_are_places() -> None:
    text = "Tối 7/1, tỉnh tổ chức lễ khánh thành chợ Bắc Lệnh giai đoạn 1 và khởi công Trung tâm thương mại."
    assert ("chợ Bắc Lệnh giai đoạn 1", "inaugurated") in [(name, event) for name, event, _ in _rows(text)]
    assert _rows("Huyện Chợ Đồn đã hoàn thành kế hoạch năm.") == []
    assert _rows("Đoàn kiểm tra công tác quản lý, khai thác chợ Đức Xuân đang thực hiện.") == []
    text = "Dự án Khu dân cư thương mại và chợ Phùng Chí Kiên đang triển khai."
    assert len(_rows(text)) == 1


def test_a_class_of_work_is_no_name_and_a_bare_market_refers_back() -> None:
    text = "Công trình nâng cấp chợ Đông Hà vừa được bàn giao. Chợ được khởi công năm 2022, với quy mô chợ loại I."
    got = _rows(text)
    assert all("loại I" not in name for name, _, _ in got)
    assert "started" in [event for _, event, _ in got]


def test_a_project_priced_with_voi_is_described_not_news() -> None:
    text = "Các dự án gồm: Dự án kè biển Bảo Ninh (TP Đồng Hới) với tổng mức đầu tư 20 tỷ đồng."
    assert _rows(text) == []
    assert route_in_text(text, "20").fields["measure"] == "total_investment"


def test_a_completion_deadline_is_no_completion_and_late_works_are_under_way() -> None:
    text = (
        "Các công trình như cầu Bến Mới, đường ven sông Cái Lớn đều chậm tiến độ, phải lùi mốc hoàn thành sang năm sau."
    )
    got = [(name, event) for name, event, _ in _rows(text)]
    assert ("cầu Bến Mới", "in_progress") in got
    assert all(event == "in_progress" for _, event in got)
    # "chậm thi công" ends the name and says the work is under way
    assert [(n, e) for n, e, _ in _rows("Đường tránh phía nam vào TP.Bảo Lộc chậm thi công do thiếu vốn.")] == [
        ("Đường tránh phía nam vào TP.Bảo Lộc", "in_progress")
    ]


def test_a_project_named_in_brackets_after_its_count() -> None:
    got = [(n, e) for n, e, _ in _rows("Trong số đó chỉ 1 dự án (cầu Tân Hòa) hoàn thành.")]
    assert got == [("cầu Tân Hòa", "completed")]
    # the short name of a work just named is still no second work
    assert len(_rows("Khánh thành Bệnh viện đa khoa Hòa Bình (Bệnh viện Hòa Bình) hôm qua.")) == 1


def test_investment_approved_and_a_project_named_by_its_investor() -> None:
    text = "Dự án Nhà máy gạch men Phú Lợi đã được UBND tỉnh chấp thuận đầu tư từ tháng 3."
    assert [(n, e) for n, e, _ in _rows(text)] == [("Nhà máy gạch men Phú Lợi", "approved")]
    text = "Kế đến là Dự án của Công ty TNHH Kính Hoàng Long có tổng vốn đầu tư trên 900 tỷ đồng."
    routed = route_in_text(text, "900")
    assert routed.fields["measure"] == "total_investment"
    assert "Kính Hoàng Long" in routed.fields["project_name"]
    assert _rows("Ông A trình bày dự án của tỉnh trên hội nghị.") == []


def test_an_agency_named_after_its_zones_is_no_work() -> None:
    text = "Tại Ban quản lý các khu công nghiệp tỉnh Hưng Yên, lãnh đạo tỉnh đã trao giấy chứng nhận đăng ký đầu tư."
    assert _rows(text) == []


def test_lines_and_embankments_named_by_their_places_are_works() -> None:
    text = "Được biết, tuyến Thái Hòa – Nghĩa Đàn dài 12 km. Tổng mức đầu tư là 900 tỉ đồng."
    assert route_in_text(text, "900").fields["project_name"] == "tuyến Thái Hòa – Nghĩa Đàn"
    got = [(n, e) for n, e, _ in _rows("Nhà thầu đang thi công kè chống sạt lở sông Hậu Giang.")]
    assert got == [("kè chống sạt lở sông Hậu Giang", "in_progress")]


def test_a_work_priced_in_brackets_in_a_list() -> None:
    text = (
        "Tập đoàn đã đầu tư vào y tế như: Bệnh viện đa khoa ABC Vinh (650 tỷ đồng); "
        "Bệnh viện mắt ABC Huế (120 tỷ đồng)."
    )
    for number, name in (("650", "Bệnh viện đa khoa ABC Vinh"), ("120", "Bệnh viện mắt ABC Huế")):
        routed = route_in_text(text, number)
        assert routed.fields["measure"] == "total_investment"
        assert routed.fields["project_name"] == name


def test_groundbreaking_of_a_new_build_names_its_object() -> None:
    got = [(n, e) for n, e, _ in _rows("Sáng nay, tỉnh làm lễ khởi công xây mới bệnh viện nhi tỉnh tại phường An Lạc.")]
    assert [e for _, e in got] == ["started"]


def test_a_headline_ending_on_a_year_is_no_count_of_projects() -> None:
    text = "Cầu Rạch Miễu 3 sẽ thông xe năm 2026 Dự án xây dựng cầu Rạch Miễu 3 đang được thi công."
    names = [n for n, _, _ in _rows(text)]
    assert any(n.startswith("xây dựng cầu Rạch Miễu 3") for n in names)
    assert _rows("Năm 2024 có 15 dự án đang triển khai.") == []


def test_a_class_of_work_is_no_project_name_and_unfinished_works_are_under_way() -> None:
    assert _rows("Dự án được xác định là công trình dân dụng cấp III, nhóm B.") == []
    got = [(n, e) for n, e, _ in _rows("Đến nay, công trình Hồ chứa nước Nậm Pồ vẫn còn dang dở.")]
    assert got == [("Hồ chứa nước Nậm Pồ", "in_progress")]


def test_a_work_being_built_toward_its_opening_is_under_way() -> None:
    text = "Cao tốc Tân Phú - Bảo Lộc đang khẩn trương được thi công để kịp đưa vào sử dụng trước Tết."
    assert [(n, e) for n, e, _ in _rows(text)] == [("Cao tốc Tân Phú - Bảo Lộc", "in_progress")]
    text = "Cao tốc Tân Phú - Bảo Lộc đang được thi công nhằm về đích đúng tiến độ và đi vào hoạt động năm sau."
    assert [e for _, e, _ in _rows(text)] == ["in_progress"]
    assert [e for _, e, _ in _rows("Cầu Rạch Sỏi đã hoàn thành, đưa vào sử dụng.")] == ["completed"]


def test_an_unnamed_part_is_named_by_the_project_it_belongs_to() -> None:
    text = "Dự án tuyến kênh tưới thuộc dự án hồ chứa nước Krông Pách Thượng được thực hiện tại xã Ea Yông."
    names = [n for n, _, _ in _rows(text)]
    assert names == ["tuyến kênh tưới thuộc dự án hồ chứa nước Krông Pách Thượng"]


def test_a_headline_joined_to_a_lead_opening_on_an_agency_mark_ends_there() -> None:
    text = (
        "Bộ trưởng dự lễ khởi công Bệnh viện Nhi Trung ương 3 (TTXVN) - Bệnh viện Nhi Trung ương 3 có tổng "
        "vốn đầu tư gần 900 tỉ đồng."
    )
    got = [(n, e) for n, e, _ in _rows(text)]
    assert got == [("Bệnh viện Nhi Trung ương 3", "started")]
    # an abbreviation before a dash inside a name or after a price is no mark
    text = "Nhà máy điện Hà Tiên 3, vốn 1,2 tỷ USD - do Tập đoàn X làm chủ đầu tư - đã được khởi công."
    assert [e for _, e, _ in _rows(text)] == ["started"]


def test_capital_allotted_in_a_sentence_of_its_own_is_the_projects_plan() -> None:
    text = (
        "Được biết, cầu Bình Lợi 3 dài 1,2 km. Tổng mức đầu tư là 900 tỉ đồng. "
        "Hiện nay, vốn đã bố trí là 450 tỉ đồng, ngân sách Trung ương 400 tỉ đồng."
    )
    for number in ("450", "400"):
        routed = route_in_text(text, number)
        assert routed.fields["measure"] == "plan" and routed.fields["project_name"] == "cầu Bình Lợi 3"


def test_money_before_a_phase_of_the_work_it_pays_for() -> None:
    text = "Tập đoàn rót thêm 450 tỷ đồng để thực hiện giai đoạn 2 cho dự án bệnh viện tại TP. Vinh."
    routed = route_in_text(text, "450")
    assert routed.fields["measure"] == "total_investment" and "bệnh viện tại TP" in routed.fields["project_name"]
    routed = route_in_text("Chi 300 tỷ đầu tư giai đoạn 2 bệnh viện tại Quảng Bình", "300")
    assert routed.fields["measure"] == "total_investment"


def test_chi_phi_thuc_hien_is_the_investment_and_von_bo_tri_the_plan() -> None:
    # "tổng chi phí thực hiện" is what a land-use project costs; "vốn bố trí" is the capital plan
    cost = route_in_text("Dự án Khu dân cư Bắc Sông Côn có tổng chi phí thực hiện khoảng 510 tỷ đồng.", "510")
    assert (cost.table, cost.fields["measure"]) == ("projects", "total_investment")
    plan = route_in_text("Năm nay tỉnh hoàn thành 4 dự án giao thông với vốn bố trí 212,5 tỷ đồng.", "212,5")
    assert (plan.table, plan.fields["measure"]) == ("projects", "plan")


def test_a_project_placed_somewhere_has_no_name_from_its_place() -> None:
    assert not is_named("nằm trên địa bàn hai xã Tân Lập và Hòa Bình", False)
    assert not is_named("đi qua xã Phú Mỹ", False)
    assert is_named("Khu công nghiệp Tân Lập", False)


def test_an_investment_planned_in_a_sentence_of_its_own_is_the_project_before() -> None:
    text = "Thứ hai là dự án khu dân cư Gò Găng quy mô 20 ha. Dự kiến tổng vốn đầu tư 740 tỷ đồng."
    r = route_in_text(text, "740")
    assert (r.table, r.fields["measure"], r.fields["project_name"]) == (
        "projects",
        "total_investment",
        "khu dân cư Gò Găng",
    )


def test_a_dateline_before_du_an_is_no_count_of_projects() -> None:
    got = _rows(" date 2024-05-17 Dự án nâng cấp Trường THPT Hòa Bình được phê duyệt năm 2023.")
    assert [(name, event) for name, event, _ in got] == [("nâng cấp Trường THPT Hòa Bình", "approved")]


def test_tu_do_inside_a_name_is_no_agent() -> None:
    text = "Công trình đường vào khu dân di cư tự do Đạ Nghịt có tổng mức đầu tư 45 tỷ đồng."
    r = route_in_text(text, "45")
    assert (r.table, r.fields["project_name"]) == ("projects", "đường vào khu dân di cư tự do Đạ Nghịt")


def test_a_work_against_landslides_is_no_damage_list() -> None:
    got = _rows("Tỉnh đã phê duyệt dự án Gia cố sạt lở kè Mỹ Thuận, xã Long Phú.")
    assert [event for _, event, _ in got] == ["approved"]
    got = _rows("Tỉnh phê duyệt dự án “Xử lý khẩn cấp sạt lở bờ kênh Xà No đoạn qua xã Tân Hòa”.")
    assert [event for _, event, _ in got] == ["approved"]
    assert _rows("Mưa lớn gây sạt lở công trình thủy lợi Nà Lầu, xã Cốc Pàng.") == []


def test_a_project_management_board_is_no_work() -> None:
    text = (
        "Tỉnh phê duyệt Dự án Kè bờ sông Cổ Chiên đoạn qua xã Tân An, do Ban Quản lý dự án đầu tư "
        "xây dựng công trình nông nghiệp Tỉnh làm chủ đầu tư."
    )
    assert [name for name, _, _ in _rows(text)] == ["Kè bờ sông Cổ Chiên đoạn qua xã Tân An"]


def test_money_before_du_an_pays_for_the_named_project() -> None:
    r = route_in_text("45 tỷ đồng đầu tư dự án chỉnh trang bờ kênh Rạch Sỏi", "45")
    assert (r.table, r.fields["project_name"], r.fields["event"]) == (
        "projects",
        "chỉnh trang bờ kênh Rạch Sỏi",
        "funding",
    )


def test_tong_muc_alone_before_its_amount_is_the_investment() -> None:
    text = (
        "Tỉnh khởi công dự án cầu treo Nà Pục. Dự án được đầu tư bằng vốn vay, "
        "với tổng mức 120 tỷ đồng tương đương 5 triệu USD."
    )
    r = route_in_text(text, "120")
    assert (r.table, r.fields["measure"]) == ("projects", "total_investment")
    r = route_in_text(text, "5")
    assert (r.table, r.fields["measure"]) == ("projects", "total_investment")


def test_a_work_named_by_the_commune_it_protects() -> None:
    got = _rows("Tỉnh vừa phê duyệt dự án kè chắn sóng, chống xói lở bờ biển khu vực xã Tân Thuận.")
    assert [(name, event) for name, event, _ in got] == [
        ("kè chắn sóng, chống xói lở bờ biển khu vực xã Tân Thuận", "approved")
    ]


def test_the_agency_building_a_work_says_no_works_under_way() -> None:
    got = _rows("Nâng cấp Bệnh viện Đa khoa Mường Lát, do Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư.")
    assert got == []


def test_where_the_investor_puts_a_factory_ends_its_name() -> None:
    got = _rows(
        "Tỉnh trao Giấy chứng nhận đăng ký đầu tư Dự án Nhà máy dệt Hòa Bình vào đầu tư tại khu công nghiệp Nam Cấm."
    )
    assert [(name, event) for name, event, _ in got] == [("Nhà máy dệt Hòa Bình", "approved")]


def test_a_count_in_words_names_no_project() -> None:
    assert _rows("Đây là một trong hai dự án FDI mới được cấp phép trong tháng.") == []


def test_a_part_of_a_named_work_is_named_with_it() -> None:
    got = _rows("UBND tỉnh phê duyệt chủ trương đầu tư Dự án cải tạo nhà khám thuộc Bệnh viện Đa khoa Mộc Châu.")
    assert [(name, event) for name, event, _ in got] == [
        ("cải tạo nhà khám thuộc Bệnh viện Đa khoa Mộc Châu", "approved")
    ]


def test_the_investor_of_a_project_is_no_work() -> None:
    assert _rows("Công trình do Bệnh viện Đa khoa Tuần Giáo làm chủ đầu tư, đang thi công phần móng.") == []


def test_a_paragraph_opening_on_the_investment_is_of_the_project_named_before() -> None:
    text = "Tổng mức đầu tư dự kiến hơn 30 tỷ đồng từ ngân sách tỉnh."
    r = route_in_text(text, "30", preceding="Tỉnh khởi công Dự án Trường mầm non Hoa Ban.")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "Trường mầm non Hoa Ban",
        "total_investment",
    )


def test_only_the_paragraph_right_before_lends_its_project() -> None:
    # a work named two paragraphs back (a related article's headline) is not the subject
    text = "Tổng mức đầu tư dự kiến hơn 30 tỷ đồng từ ngân sách tỉnh."
    before = "Tỉnh khởi công Dự án Trường mầm non Hoa Ban.\nHuyện đã giao đủ vốn cho các xã."
    assert _not_a_project(text, "30", preceding=before)


def test_a_paragraph_going_on_with_the_bare_project_word_passes_the_project_on() -> None:
    # the paragraph right before only goes on about the work ("Dự án bố trí ..."): the one before it named it
    text = "Tổng vốn đầu tư dự kiến hơn 900 tỷ đồng."
    before = "Dự án Khu dân cư Bắc Sông Lam rộng 40 ha.\nDự án bố trí 300 lô đất ở và một trường học."
    r = route_in_text(text, "900", preceding=before)
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "Khu dân cư Bắc Sông Lam",
        "total_investment",
    )


def test_paragraphs_speaking_of_the_bare_project_pass_the_project_on() -> None:
    # "Dự án đặt mục tiêu ...", "Quy mô của dự án gồm ...": the passage is still about the work named first
    text = "Tổng vốn đầu tư khoảng 120 tỷ đồng."
    before = (
        "Tỉnh chấp thuận chủ trương đầu tư dự án Khu nghỉ dưỡng Bãi Dài.\n"
        "Dự án đặt mục tiêu đón khách quanh năm.\n"
        "Quy mô của dự án gồm: khách sạn, nhà hàng và bãi tắm."
    )
    fields = _project_fields(text, "120", preceding=before)
    assert (fields["project_name"], fields["measure"]) == ("Khu nghỉ dưỡng Bãi Dài", "total_investment")


def test_items_listed_after_a_colon_pass_the_project_on() -> None:
    # the paragraph ending on "cụ thể:" introduces the items of its work; the price after them is the work's
    text = "Tổng mức đầu tư 14,5 tỷ đồng."
    before = (
        "Huyện phê duyệt chủ trương đầu tư Trường Tiểu học Phú Xuân với quy mô cụ thể:\n"
        "Xây mới 10 phòng học; nhà hiệu bộ; sân chơi và tường rào."
    )
    fields = _project_fields(text, "14,5", preceding=before)
    assert (fields["project_name"], fields["measure"]) == ("Trường Tiểu học Phú Xuân", "total_investment")
    # without the colon the paragraph between is a passage of its own, and names no work
    before = "Huyện phê duyệt chủ trương đầu tư Trường Tiểu học Phú Xuân.\nXã còn thiếu 10 phòng học và sân chơi."
    routed = route_in_text(text, "14,5", preceding=before)
    assert routed is None or routed.fields.get("project_name") != "Trường Tiểu học Phú Xuân"


def test_a_clause_opening_on_the_total_cost_said_with_la_is_the_works_price() -> None:
    # "..., tổng kinh phí là N đồng": the price of the work the sentence speaks of
    text = (
        "Cầu có chiều dài 14 m, chiều ngang 3 m, tổng kinh phí là 75.000.000 đồng, "
        "trong đó một nhà hảo tâm góp 50.000.000 đồng."
    )
    fields = _project_fields(text, "75.000.000", preceding="Xã Phú Lâm khánh thành cầu ấp 2.")
    assert (fields["project_name"], fields["measure"]) == ("cầu ấp 2", "total_investment")
    # after "với" the cost is of what the clause before counts, here disbursed money of a programme
    text = "Có 4 dự án sản xuất đã giải ngân (huyện A 3 dự án, huyện B 01 dự án) với tổng kinh phí là 900 triệu đồng."
    assert _not_a_project(text, "900")


def test_a_disbursement_opening_its_paragraph_is_not_of_a_work_named_before() -> None:
    text = "Về giải ngân, đến hết quý I giải ngân được 85 tỷ đồng, đạt 12% kế hoạch."
    assert _not_a_project(text, "85", preceding="Tỉnh khởi công Dự án Trường mầm non Hoa Ban.")


def test_a_work_noun_written_as_a_title() -> None:
    got = _rows("Huyện tổ chức Lễ khởi công Trường Tiểu học Nà Tấu 2, ở bản Co Mỵ.")
    assert [(name, event) for name, event, _ in got] == [("Trường Tiểu học Nà Tấu 2", "started")]


def test_the_abbreviation_after_du_an_is_no_name() -> None:
    got = _rows("Tỉnh tổ chức lễ khánh thành dự án (DA) đầu tư hạ tầng KCN Tân Hòa.")
    assert [(name, event) for name, event, _ in got] == [("đầu tư hạ tầng KCN Tân Hòa", "inaugurated")]


def test_social_housing_is_a_work_of_its_own() -> None:
    got = _rows("Tỉnh khởi công xây dựng cầu Bến Lức và khu nhà ở xã hội tại phường Tân An.")
    assert [name for name, _, _ in got] == ["cầu Bến Lức", "khu nhà ở xã hội tại phường Tân An"]


def test_parts_of_the_investment_said_before_the_project() -> None:
    text = (
        "Tổng vốn đầu tư của dự án đường ven biển Sông Cầu là 900 tỷ đồng chia làm 2 giai đoạn, giai đoạn "
        "2025-2027 sẽ đầu tư 500 tỷ đồng (trong đó ngân sách trung ương 300 tỷ đồng)."
    )
    for token in ("500", "300"):
        r = route_in_text(text, token)
        assert (r.table, r.fields["measure"]) == ("projects", "total_investment")


def test_a_project_built_at_a_school_owns_its_cost_and_shares() -> None:
    text = (
        "Dự án được xây dựng tại Trường Mầm non Bản Mế. Công trình gồm 4 phòng học, với tổng kinh phí "
        "thực hiện 3 tỉ đồng. Trong đó, nhà tài trợ hỗ trợ 1 tỉ đồng."
    )
    for token in ("3", "1"):
        r = route_in_text(text, token)
        assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
            "projects",
            "Trường Mầm non Bản Mế",
            "total_investment",
        )


def test_a_company_named_after_its_plant_is_no_work() -> None:
    text = "Nhà máy do Công ty Cổ phần đầu tư Điện gió Hòa Đông 2 thuộc Công ty TNHH Phương Nam đang thi công."
    assert _rows(text) == []


def test_chinh_thuc_ends_a_name() -> None:
    got = _rows("Dự án Khu nghỉ dưỡng Sơn Trà chính thức được khởi công.")
    assert [(name, event) for name, event, _ in got] == [("Khu nghỉ dưỡng Sơn Trà", "started")]


def test_a_sentence_opening_with_voi_tong_von_is_of_the_project_before() -> None:
    text = "Dự án Khu nghỉ dưỡng Sơn Trà được khởi công. Với tổng vốn gần 600 tỉ đồng, dự án là điểm nhấn của vùng."
    r = route_in_text(text, "600")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "Khu nghỉ dưỡng Sơn Trà",
        "total_investment",
    )


def test_the_investment_a_sentence_opens_on_is_of_the_work_after_it() -> None:
    text = "Tổng đầu tư hơn 900 tỷ đồng, tuyến đường ven biển Quảng Xương mới đưa vào vận hành nhưng đã xuống cấp."
    r = route_in_text(text, "900")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "tuyến đường ven biển Quảng Xương",
        "total_investment",
    )
    assert [event for _, event, _ in _rows(text)] == ["completed"]


def test_a_superlative_is_no_name_and_a_reservoir_system_is_a_work() -> None:
    assert _rows("Đây là dự án thủy lợi lớn nhất Gia Lai, phục vụ đa mục tiêu.") == []
    r = route_in_text("Hệ thống hồ Ia Mơr có tổng vốn đầu tư khoảng 900 tỉ đồng.", "900")
    assert (r.table, r.fields["project_name"]) == ("projects", "Hệ thống hồ Ia Mơr")


def test_a_caption_repeating_the_work_of_its_passage_is_no_row() -> None:
    text = (
        "Sau 3 năm xây dựng, Nhà máy điện gió Đông Hải 1 đã hoàn thành.\n"
        "Lễ khánh thành Nhà máy điện gió Đông Hải 1 - Ảnh: Minh Tâm"
    )
    assert [(name, event) for name, event, _ in _rows(text)] == [("Nhà máy điện gió Đông Hải 1", "completed")]


def test_a_project_built_over_an_area_is_described_not_news() -> None:
    assert (
        _rows("Dự án đầu tư xây dựng Nhà máy điện gió Đông Hải 1 được xây dựng trên diện tích 400 ha mặt nước.") == []
    )


def test_da_before_a_work_is_its_project_not_works_under_way() -> None:
    assert _rows("DA đầu tư xây dựng cầu Rạch Miễu 2 nằm trên QL60.") == []
    got = _rows("Huyện sẽ khởi công xây dựng tại Trường Mẫu giáo Hòa An.")
    assert [(name, event) for name, event, _ in got] == [("Trường Mẫu giáo Hòa An", "in_progress")]


def test_a_work_coordinated_with_a_verb_object_shares_its_event() -> None:
    got = _rows("Tỉnh khởi công xây dựng cầu Mỹ An và khu nhà ở xã hội tại phường Tân Ngãi.")
    assert [(name, event) for name, event, _ in got] == [
        ("cầu Mỹ An", "started"),
        ("khu nhà ở xã hội tại phường Tân Ngãi", "started"),
    ]


def test_money_to_invest_in_building_a_work_is_its_price() -> None:
    r = route_in_text("Hơn 20 tỷ đồng đầu tư xây dựng khu hành chính Bệnh viện Đa khoa Kon Tum", "20")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "khu hành chính Bệnh viện Đa khoa Kon Tum",
        "total_investment",
    )


def test_a_dotted_day_dates_the_event() -> None:
    got = _rows("Dự án Nhà máy điện gió Đông Hải 1 được khởi công ngày 9.9.2019, có 62 trụ tua bin.")
    assert got == [("Nhà máy điện gió Đông Hải 1", "started", dt.date(2019, 9, 9))]
    got = [(e.name, e.date) for e in find_project_events("Ngày 19.12, tỉnh khánh thành cầu Đình Khao.", year=2025)]
    assert got == [("cầu Đình Khao", dt.date(2025, 12, 19))]


def test_a_span_of_dates_is_no_day_of_the_event() -> None:
    # the years of an anniversary the opening marks ("nhân kỷ niệm ... (2/9/1945 - 2/9/2025)") date no event
    got = _rows("Trường THCS Hòa Bình đã khánh thành, chào mừng kỷ niệm 80 năm Quốc khánh (2/9/1945 - 2/9/2025).")
    assert got == [("Trường THCS Hòa Bình", "inaugurated", None)]
    got = _rows("Trường THCS Hòa Bình đã khánh thành ngày 30/8/2025, chào mừng Quốc khánh (2/9/1945 - 2/9/2025).")
    assert got == [("Trường THCS Hòa Bình", "inaugurated", dt.date(2025, 8, 30))]


def test_a_clock_time_after_a_headline_ends_the_name() -> None:
    got = _events("Tỉnh phê duyệt dự án cải tạo hồ Đạ Nhim 09:15 - 12/03/2024")
    assert [(name, event) for name, event, _ in got] == [("cải tạo hồ Đạ Nhim", "approved")]


def test_a_company_that_manages_works_is_no_work() -> None:
    assert _events("Nhà thầu là Công ty CP Xây dựng và quản lý công trình Gia Lai.") == []
    # "Công ty TNHH MTV Khai thác công trình thủy lợi X" as the source of a report: its rates are no work's
    text = "Theo Công ty TNHH MTV Khai thác công trình thủy lợi Bến Đá, các hồ chứa đạt 45% dung tích thiết kế."
    assert _rows(text) == []
    assert _not_a_project(text, "45")
    # near miss: an event verb after the company makes the work its object
    text = "Công ty TNHH Hòa Lợi khởi công công trình thủy lợi Bến Đá."
    assert [event for _, event, _ in _rows(text)] == ["started"]


def test_a_sentence_after_a_captions_bar_refers_to_the_work() -> None:
    text = "Lễ khởi công đường Trường Sơn Đông - Ảnh: H.N. | Công trình do Sở Xây dựng làm chủ đầu tư."
    assert _events(text)[0][:2] == ("đường Trường Sơn Đông", "started")
    r = route_in_text(text + " Tổng vốn đầu tư 500 tỉ đồng.", "500")
    assert (r.table, r.fields["project_name"]) == ("projects", "đường Trường Sơn Đông")


def test_a_bare_road_needs_an_event_verb_and_a_proper_name() -> None:
    assert _events("Tỉnh khánh thành đường Lê Duẩn mới mở.")[0][:2] == ("đường Lê Duẩn mới mở", "inaugurated")
    assert _rows("Người dân đi đường Lê Duẩn mỗi ngày.") == []


def test_what_follows_a_work_after_it_is_built_is_no_event() -> None:
    assert _rows("Trường THPT Hòa Bình sau khi được xây dựng đưa vào sử dụng sẽ có 40 phòng học.") == []


def test_launching_a_project_starts_it() -> None:
    assert _events("Sáng nay, tỉnh khởi động dự án Khu tái định cư Bình An.")[0][:2] == (
        "Khu tái định cư Bình An",
        "started",
    )


def test_a_name_led_by_the_works_done_names_its_work() -> None:
    assert is_named("xây dựng trường mầm non xã Tân Lập", False)
    assert is_named("nâng cấp, cải tạo chợ trung tâm xã Hòa An", False)
    assert not is_named("xây dựng nông thôn mới xã Tân Lập", False)


def test_a_section_of_the_road_named_before_gives_its_investment() -> None:
    text = (
        "Dự án đường ven biển Hà Tĩnh dài 50 km được khởi công năm 2023. "
        "Trong đó, đoạn qua huyện Kỳ Anh dài 20 km, vốn đầu tư 900 tỷ đồng."
    )
    r = route_in_text(text, "900")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "đường ven biển Hà Tĩnh",
        "total_investment",
    )


def test_the_investor_of_a_park_says_no_works_under_way() -> None:
    assert _rows("Chủ đầu tư xây dựng hạ tầng Khu công nghiệp Phú Bình là Công ty An Phát.") == []


def test_a_group_counted_in_words_owns_its_investment() -> None:
    r = route_in_text("Bốn cầu gồm Cái Lá, Bà Mụ, Rạch Gừa và Cái Sơn, với vốn đầu tư hơn 90 tỷ đồng.", "90")
    assert (r.table, r.fields["measure"]) == ("projects", "total_investment")


def test_an_event_a_time_ahead_is_still_to_come() -> None:
    got = _events("Dự án Kè sông Lô còn khoảng 2 tháng nữa mới hoàn thành.")
    assert [(name, event) for name, event, _ in got] == [("Kè sông Lô", "in_progress")]


def test_a_reference_earlier_in_the_paragraph_owns_the_build_value() -> None:
    text = "Dự án này do công ty Minh Phát trúng thầu, thi công trên 2 ha. Tổng giá trị xây dựng hơn 12 tỷ đồng."
    r = route_in_text(text, "12", preceding="Dự án Khu tái định cư Phú Mỹ đang thi công.")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects",
        "Khu tái định cư Phú Mỹ",
        "total_investment",
    )


def test_an_abbreviations_dot_does_not_end_a_name() -> None:
    assert _events("Dự án Khu đô thị TP. Bà Rịa được khởi công.")[0][:2] == ("Khu đô thị TP. Bà Rịa", "started")


def test_the_parts_a_work_comprises_are_not_its_name() -> None:
    assert _events("Tỉnh khởi công Bệnh viện Nhi Hòa Bình bao gồm 3 khối nhà.")[0][:2] == (
        "Bệnh viện Nhi Hòa Bình",
        "started",
    )


def test_the_cause_of_a_delay_ends_the_name() -> None:
    got = _events("Dự án Khu dân cư Phước Long do vướng mắc mặt bằng nên chưa hoàn thành.")
    assert [(name, event) for name, event, _ in got] == [("Khu dân cư Phước Long", "in_progress")]


def test_a_purpose_or_another_project_is_no_name() -> None:
    assert not is_named("nhằm xây dựng Bệnh viện Đa khoa Hòa Bình", False)
    assert not is_named("khác ở Quảng Nam cũng bị", False)


def test_capital_allotted_to_a_work_is_its_plan() -> None:
    r = route_in_text("Năm nay tuyến đường Phú Lộc 3 được bố trí 12 tỉ đồng.", "12")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == ("projects", "tuyến đường Phú Lộc 3", "plan")


def test_a_misspelt_groundbreaking_still_starts_the_work() -> None:
    assert _events("Lễ khỏi công Dự án Trường Tiểu học Hòa Lạc.")[0][:2] == ("Trường Tiểu học Hòa Lạc", "started")


def test_a_project_followed_by_its_size_is_described_not_news() -> None:
    assert _rows("Dự án Khu đô thị Cát Tường, quy mô 120 ha, gồm 3 phân khu.") == []


def _works_progress(text, token):
    """The name of the work whose progress (plan_pct, under way) the figure ``token`` is."""
    fields = _project_fields(text, token)
    assert (fields["measure"], fields["event"]) == ("plan_pct", "in_progress"), fields
    return fields["project_name"]


def test_a_share_of_the_works_built_is_the_works_progress() -> None:
    # "Cầu X đang triển khai thi công đạt 85%", "Gói thầu X đã hoàn thành 80% khối lượng": the share of a named
    # work's works built, its physical progress: plan_pct under way, as the gold reads it (was an indicator "Khối
    # lượng ...", deliberately; sample 003's footnote 14 and news ex075 read it the project's)
    assert _works_progress("Cầu Tân An đang triển khai thi công đạt 85%.", "85") == "Cầu Tân An"
    text = "Dự án nâng cấp Quốc lộ 12A: gói thầu XL02 đã hoàn thành 80% khối lượng."
    assert _works_progress(text, "80") == "gói thầu XL02"
    # (under way whatever verb the clause said before: the share says the works go on)
    assert _works_progress("Cầu Đồng Quang khởi công từ tháng 4/2022 và hoàn thành 60% khối lượng.", "60") == (
        "Cầu Đồng Quang"
    )
    # near misses: a sector's rate names no work; a share still to come is an aim; a counted group's works together
    # are no one work's
    assert _not_a_project("Tỷ lệ giải ngân vốn đầu tư công toàn tỉnh đạt 45% kế hoạch.", "45")
    assert _not_a_project("Cầu Tân An dự kiến hoàn thành 90% khối lượng trong năm 2027.", "90")
    assert _not_a_project("Huyện khởi công 5 công trình giao thông, đến nay đạt 60% khối lượng.", "60")


def test_the_works_output_and_the_works_built_said_with_duoc_are_the_works_progress() -> None:
    # "Gói thầu X đạt khoảng 70% sản lượng", "đạt 62% giá trị hợp đồng": the works' output as a share of the contracts;
    # "đã thi công được khoảng 50%": the works built, "được" for "đạt" (were funding and an indicator "đã thi công")
    assert _works_progress("Riêng gói thầu XL-05 đạt khoảng 70% sản lượng.", "70") == "gói thầu XL-05"
    assert _works_progress("Cầu Hưng Hòa đạt 62% giá trị hợp đồng.", "62") == "Cầu Hưng Hòa"
    text = "Công trình Trường Mầm non Phước Hưng (điểm chính) đã thi công được khoảng 50%."
    assert _works_progress(text, "50") == "Trường Mầm non Phước Hưng"
    # near misses: the works' share aimed at in the clause ("dự kiến sẽ bàn giao ... 100% các hạng mục") is no
    # progress; how far behind the plan ("chậm khoảng 10% so với kế hoạch", hedged) is no share of it
    text = "Dự án Trạm y tế xã Mỹ Hòa dự kiến sẽ bàn giao đưa vào sử dụng 100% các hạng mục trong quý III/2026."
    assert _not_a_project(text, "100")
    text = "Dự án đường Vành đai 4: sản lượng đạt 68% giá trị hợp đồng, chậm khoảng 10% so với kế hoạch."
    assert _works_progress(text, "68") == "đường Vành đai 4"
    with pytest.raises(ValueError, match="no figure"):  # (the figure reader now reads no figure there at all)
        _not_a_project(text, "10")


def test_the_value_of_a_work_item_is_its_price() -> None:
    r = route_in_text("Hạng mục cầu Bình Lợi thuộc gói thầu số 2 có giá trị gần 120 tỷ đồng.", "120")
    assert (r.table, r.fields["measure"]) == ("projects", "total_investment")


def test_the_sentence_after_a_captions_bar_is_no_second_groundbreaking() -> None:
    got = _rows("Lễ khởi công cầu Hòa Lộc - Ảnh: A.B. | Công trình do Sở Xây dựng làm chủ đầu tư.")
    assert [(name, event) for name, event, _ in got] == [("cầu Hòa Lộc", "started")]


def test_a_work_named_by_the_commune_it_stands_in() -> None:
    got = _events("Khu tái định cư tại xã Phú Hòa đang thi công các hạng mục cuối.")
    assert got[0][:2] == ("Khu tái định cư tại xã Phú Hòa", "in_progress")


def test_the_site_of_a_project_is_no_news_of_it() -> None:
    assert _rows("Địa điểm thực hiện dự án Bệnh viện Nhi Bình An tại phường 3, diện tích 5 ha.") == []


def test_a_work_named_again_in_its_sentence_gives_one_row() -> None:
    got = _rows(
        "Dự án xây khu dân cư tại xã Tân Hòa do UBND huyện làm chủ đầu tư, còn 2 tháng nữa khu dân cư tại xã Tân Hòa "
        "mới hoàn thành."
    )
    assert [(name, event) for name, event, _ in got] == [("xây khu dân cư tại xã Tân Hòa", "in_progress")]


def test_a_provincial_road_is_a_work_but_not_where_works_stand() -> None:
    assert _rows("Đường tỉnh 915 đã đưa vào sử dụng từ năm 2015.")[0][:2] == ("Đường tỉnh 915", "completed")
    got = _rows("Sở Giao thông khởi công bốn cây cầu trên đường tỉnh 915.")
    assert all(name != "đường tỉnh 915" for name, _, _ in got)


def test_a_list_after_la_joined_by_va_gives_each_work_its_event() -> None:
    got = _rows("Huyện vừa khánh thành 2 công trình là Nhà văn hóa xã Pa Tần và cầu treo Nà Hỳ.")
    assert [(name, event) for name, event, _ in got] == [
        ("Nhà văn hóa xã Pa Tần", "inaugurated"),
        ("cầu treo Nà Hỳ", "inaugurated"),
    ]


def test_codes_listed_after_a_code_stay_in_the_name():
    text = "Sáng 5/3, tỉnh khởi công dự án xây dựng các nút giao IC3, IC7 tuyến cao tốc Hà Nội - Hòa Bình."
    assert [n for n, ev, _ in _events(text)] == ["xây dựng các nút giao IC3, IC7 tuyến cao tốc Hà Nội - Hòa Bình"]


def test_comparison_with_approved_plan_is_no_approval_and_delay_is_under_way():
    text = "Tỉnh đồng ý lùi thời hạn hoàn thành 6 tháng so với phê duyệt ban đầu của dự án cầu Khe Lụa."
    assert _events(text) == [("cầu Khe Lụa", "in_progress", None)]


def test_schedule_of_works_is_no_news_of_progress():
    text = "Dự án cầu Bến Mới được phê duyệt. Dự án do Sở Xây dựng làm chủ đầu tư, thời gian thi công 2026 - 2027."
    assert [e.event for e in find_project_events(text) if e.row] == ["approved"]


def test_work_in_a_clause_of_what_was_done_before_has_no_event():
    text = "Sau khi nâng cấp hồ chứa nước Đồng Mỏ, tỉnh tiếp tục đầu tư xây dựng hồ Khe Sâu."
    assert [e.name for e in find_project_events(text) if e.row and "Đồng Mỏ" in e.name] == []


def test_components_listed_in_a_project_are_not_projects():
    text = "Theo quyết định phê duyệt, dự án gồm 2 hạng mục chính là đập Bản Vẽ và kênh tưới Nà Pục."
    assert _events(text) == []


def test_list_head_with_the_count_in_words():
    text = "Hai công trình được khánh thành gồm: cầu Nà Mò; trường mầm non xã Phúc Lộc."
    assert [(n, ev) for n, ev, _ in _rows(text)] == [
        ("cầu Nà Mò", "inaugurated"),
        ("trường mầm non xã Phúc Lộc", "inaugurated"),
    ]


def test_road_named_by_the_road_it_runs_along():
    text = "Sáng 2/4, tỉnh khởi công dự án đường gom song song với Quốc lộ 3."
    assert [n for n, _, _ in _rows(text)] == ["đường gom song song với Quốc lộ 3"]


def test_what_a_bridge_crosses_is_no_work():
    text = "Huyện đã khởi công cầu Nà Hẩu bắc qua kênh Cái Tre nối hai xã."
    assert [n for n, _, _ in _rows(text)] == ["cầu Nà Hẩu"]


def test_a_length_after_a_work_noun_is_no_name():
    text = (
        "Dự án đường ven sông Lam đã khởi công.\nDự án có chiều dài tuyến 45,5 km, điểm cuối tại khu vực cảng "
        "Cửa Lò. Tổng mức đầu tư dự án 900 tỷ đồng."
    )
    assert route_in_text(text, "900").fields["project_name"] == "đường ven sông Lam"


def test_project_referred_to_as_du_an_tren_or_day_la_du_an_owns_its_figures():
    text = (
        "Tỉnh trao giấy chứng nhận đầu tư dự án nhà máy Sao Mai. Đây là dự án có tổng mức đầu tư 30 triệu USD. "
        "Dự án trên có quy mô 12 ha với tổng vốn đầu tư 750 tỷ đồng."
    )
    for figure in ("30", "750"):
        routed = route_in_text(text, figure)
        assert routed.table == "projects" and routed.fields["project_name"] == "nhà máy Sao Mai"
        assert routed.fields["measure"] == "total_investment"
    said = "Dự lễ khởi công, Bộ trưởng nói: Đây là công trình có ý nghĩa lớn."
    assert _rows(said) == []


def test_investment_said_before_the_work_it_opens_the_sentence_on():
    text = "Được đầu tư hơn 600 tỷ đồng, sau 3 năm thi công, cầu Hòa Bình 2 đã sẵn sàng thông xe."
    routed = route_in_text(text, "600")
    assert routed.table == "projects" and routed.fields["project_name"] == "cầu Hòa Bình 2"
    assert routed.fields["measure"] == "total_investment"


def test_a_list_item_evidence_starts_at_its_own_du_an():
    text = "Ba công trình được khởi công gồm: Dự án đường vành đai phía tây thị trấn; dự án cầu Rạch Sỏi."
    first = next(e for e in find_project_events(text) if e.row)
    assert (first.event, text[first.start : first.end]) == ("started", "Dự án đường vành đai phía tây thị trấn")


def test_monuments_hotels_and_sports_complexes_are_works():
    assert _rows("Tỉnh vừa khánh thành tượng đài Mẹ Thứ.") == [("tượng đài Mẹ Thứ", "inaugurated", None)]
    assert _rows("Huyện khởi công khu liên hợp Thể thao Nam Định.") == [
        ("khu liên hợp Thể thao Nam Định", "started", None)
    ]
    assert _rows("Tập đoàn khởi công khách sạn 5 sao ven biển.") == []  # a star rating is a class, no name


def test_list_of_some_of_a_group_counted_before_says_no_event():
    text = (
        "Trong số 9 công trình, dự án có: cầu Tân Hưng tổng vốn 80 tỷ đồng; dự án kè sông Gianh, tổng vốn 60 tỷ đồng."
    )
    assert _rows(text) == []
    assert route_in_text(text, "60").fields["project_name"] == "kè sông Gianh"


def test_a_comment_on_investing_and_a_works_schedule_are_no_progress():
    assert _rows("Việc đầu tư xây dựng trường mầm non Hoa Sen là giải pháp cần thiết.") == []
    text = "Dự án cầu Mới Bình Lục được phê duyệt. Dự án có tiến độ thi công từ 2026 - 2028."
    assert [ev for _, ev, _ in _rows(text)] == ["approved"]


def test_investment_of_a_project_referred_to_said_with_a_verb_and_qualifier():
    text = "Dự án chợ Đông Hà đã khởi công. Tổng vốn đầu tư cho dự án này là hơn 90 tỷ đồng."
    routed = route_in_text(text, "90")
    assert routed.fields["project_name"] == "chợ Đông Hà" and routed.fields["measure"] == "total_investment"


def test_completion_in_a_month_already_past_is_completed():
    text = "Cầu Bản Lác có tổng mức đầu tư 50 tỷ đồng. Công trình hoàn thành vào tháng 6/2025."
    got = [(e.name, e.event, e.date) for e in find_project_events(text, year=2025) if e.row]
    assert got == [("Cầu Bản Lác", "completed", dt.date(2025, 6, 1))]
    assert [e for e in find_project_events(text, year=2024) if e.row] == []


def test_road_named_by_its_two_ends_is_a_work():
    text = "Đường Vĩnh Thuận - Thới Bình cùng nhiều công trình khác chậm tiến độ."
    assert _rows(text) == [("Đường Vĩnh Thuận - Thới Bình", "in_progress", None)]


def test_the_district_after_a_comma_is_left_out_of_the_row_name():
    text = "Sáng 1/1, tỉnh khánh thành công trình cầu Bến Đền, huyện Lục Yên (Yên Bái)."
    assert [n for n, _, _ in _rows(text)] == ["cầu Bến Đền"]
    quoted = "Tỉnh phê duyệt dự án “Nâng cấp đê bao Cái Nước, huyện Cái Nước”."
    assert [n for n, _, _ in _rows(quoted)] == ["Nâng cấp đê bao Cái Nước, huyện Cái Nước"]


def test_examples_listed_after_a_head_share_its_verb_across_semicolons():
    text = (
        "Nhiều công trình giao thông thi công chậm, như: cầu Rạch Đùng; cầu Kênh Xáng (huyện Thới Bình); "
        "đường Cái Nước - Đầm Dơi."
    )
    assert [(n, ev) for n, ev, _ in _rows(text)] == [
        ("cầu Rạch Đùng", "in_progress"),
        ("cầu Kênh Xáng", "in_progress"),
        ("đường Cái Nước - Đầm Dơi", "in_progress"),
    ]


def test_unnamed_works_joined_to_a_named_one_are_one_project():
    text = "Sáng 3/5, tỉnh khởi công dự án nâng cấp đường và cầu Tà Lùng 2."
    assert [n for n, _, _ in _rows(text)] == ["nâng cấp đường và cầu Tà Lùng 2"]


def test_a_project_described_by_its_aim_or_given_to_an_agency_says_no_event():
    assert _rows("Dự án cầu Ông Bộ với mục tiêu kết nối hai xã ven sông.") == []
    assert _rows("Tỉnh giao chủ đầu tư dự án cho Ban Quản lý dự án Giao thông tỉnh.") == []


def test_the_end_a_link_reaches_is_no_work_of_the_news():
    text = "Nối thành phố Vị Thanh với cao tốc Cần Thơ - Cà Mau: tỉnh vừa phê duyệt dự án đường trục Vị Thanh."
    assert [n for n, _, _ in _rows(text)] == ["đường trục Vị Thanh"]


def test_an_industrial_park_built_and_run_is_one_name():
    text = (
        "UBND tỉnh chấp thuận chủ trương đầu tư dự án xây dựng, kinh doanh kết cấu hạ tầng Khu công nghiệp Hoàng Long."
    )
    assert _rows(text) == [("xây dựng, kinh doanh kết cấu hạ tầng Khu công nghiệp Hoàng Long", "approved", None)]


def test_what_a_reservoir_does_to_floods_is_no_damage():
    text = "Hồ chứa nước Suối Đá có tổng mức đầu tư gần 900 tỷ đồng, điều tiết lũ và cắt giảm lũ cho vùng hạ du."
    routed = route_in_text(text, "900")
    assert routed.table == "projects" and routed.fields["project_name"] == "Hồ chứa nước Suối Đá"
    # a work damaged by a flood is still no project
    assert _rows("Cầu Khe Lá bị lũ cuốn trôi một nhịp.") == []


def test_the_work_alone_after_a_connective_owns_the_figure():
    preceding = "Dự án nâng cấp hồ chứa nước Khe Ngang đã được tỉnh phê duyệt."
    text = "Theo đó, công trình có tổng vốn đầu tư hơn 48 tỷ đồng, làm trong hai năm."
    routed = route_in_text(text, "48", preceding=preceding)
    assert routed.table == "projects" and routed.fields["measure"] == "total_investment"
    assert routed.fields["project_name"] == "nâng cấp hồ chứa nước Khe Ngang"
    # it says no event of its own ("Theo đó, Dự án đã hoàn thành các gói thầu chuẩn bị": a part's verb)
    assert _rows("Theo đó, Dự án đã hoàn thành các gói thầu chuẩn bị đầu tư.") == []


def test_a_list_of_examples_names_its_works_and_says_the_verb_of_its_head():
    text = (
        "Huyện đang triển khai các dự án như: Cải tạo quốc lộ 91 đoạn qua xã Mỹ Hòa; đê bao kết hợp đường "
        "giao thông nối liền các xã Tân Phú - An Bình (dự án Ven Sông); cầu Kênh Ngang."
    )
    assert [(n, ev) for n, ev, _ in _rows(text)] == [
        ("Cải tạo quốc lộ 91 đoạn qua xã Mỹ Hòa", "in_progress"),
        ("đê bao kết hợp đường giao thông nối liền các xã Tân Phú - An Bình", "in_progress"),
        ("cầu Kênh Ngang", "in_progress"),
    ]
    priced = (
        "Đáng chú ý có một số công trình quan trọng như: Đường nối trung tâm huyện đi xã Na Hối, tổng mức đầu tư "
        "30 tỷ đồng; Nhà văn hóa thôn Bản Mế, tổng mức đầu tư 6 tỷ đồng."
    )
    assert _rows(priced) == []  # no verb in the head: the examples own their prices, no event
    assert route_in_text(priced, "30").fields["project_name"] == "Đường nối trung tâm huyện đi xã Na Hối"
    assert route_in_text(priced, "6").fields["project_name"] == "Nhà văn hóa thôn Bản Mế"


def test_an_adverb_after_du_an_opens_a_predicate_not_a_name():
    assert _rows("Ông cho biết, dự án không chỉ mở rộng không gian phát triển về phía Nam.") == []


def test_a_comparison_after_du_an_names_no_work():
    # "dự án tương tự X": a project like X, the comparison names no work of its own
    assert _rows("Tiến độ triển khai của dự án tương tự Khu đô thị Bàu Sen.") == []


def test_irrigation_reservoirs_interchanges_and_cultural_houses_are_works():
    assert route_in_text("Hơn 20 tỷ đồng để nâng cấp hồ thủy lợi Khe Sâu", "20").table == "projects"
    assert _rows("Sáng 2/9, huyện khánh thành nhà văn hóa thôn Nà Lếch.")[0][:2] == (
        "nhà văn hóa thôn Nà Lếch",
        "inaugurated",
    )
    assert _rows("Tỉnh khởi công nút giao IC 7 trên cao tốc.")[0][1] == "started"


def test_a_series_of_projects_is_no_name():
    assert _rows("Sáng 2/9, tỉnh khởi công loạt dự án lớn chào mừng Quốc khánh.") == []


def test_a_project_connecting_regions_keeps_its_name():
    text = "Dự án kết nối các tỉnh miền núi phía Bắc với cao tốc Nội Bài - Lào Cai đã được khởi công."
    assert _rows(text)[0][:2] == ("kết nối các tỉnh miền núi phía Bắc với cao tốc Nội Bài - Lào Cai", "started")


def test_five_words_of_description_before_the_proper_name():
    text = "Tuyến đường trục phát triển kinh tế Đông Tây được khởi công đầu năm 2022."
    assert _rows(text)[0][:2] == ("Tuyến đường trục phát triển kinh tế Đông Tây", "started")


def test_compensation_support_and_resettlement_are_one_project():
    text = (
        "Sáng 19/8, tỉnh khởi công Dự án bồi thường, hỗ trợ, tái định cư và di chuyển hạ tầng kỹ thuật đường sắt "
        "Hà Khẩu."
    )
    assert _rows(text)[0][0] == "bồi thường, hỗ trợ, tái định cư và di chuyển hạ tầng kỹ thuật đường sắt Hà Khẩu"


def test_a_road_extended_keeps_kéo_dài_in_its_name():
    assert _rows("Tỉnh đã phê duyệt dự án đường Lê Lợi kéo dài.") == [("đường Lê Lợi kéo dài", "approved", None)]


def test_a_school_of_two_levels_is_named_after_và():
    text = "Sáng 5/9, huyện khởi công xây dựng, bổ sung cơ sở vật chất cho Trường Tiểu học và THCS Tà Lài."
    assert _rows(text)[0][:2] == ("Trường Tiểu học và THCS Tà Lài", "started")


def test_a_remedy_for_a_landslide_is_a_project():
    text = "Dự án di dân khẩn cấp sự cố sạt lở bờ sông khu vực Cồn Ngao đã hoàn thành."
    assert _rows(text) == [("di dân khẩn cấp sự cố sạt lở bờ sông khu vực Cồn Ngao", "completed", None)]


def test_a_completion_planned_a_few_words_ahead_is_under_way():
    text = "Dự án kè sông Tiền khu vực xã Long Mỹ dự kiến cuối năm 2026 hoàn thành."
    assert _rows(text)[0][1] == "in_progress"


def test_a_numbered_package_ahead_of_time_is_under_way():
    text = "Hiện dự án đạt 20%, trong đó gói thầu số 12 vượt tiến độ với 30% khối lượng."
    assert _rows(text) == [("gói thầu số 12", "in_progress", None)]


def test_a_list_after_its_groups_event_takes_that_event() -> None:
    """ "Khánh thành 3 công trình" (a caption between) "Các công trình gồm: A, B, C": the names come a
    paragraph or two after the event said of their group; further on, a list says no event."""
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Sáng 2-9, huyện Tân Lạc tổ chức lễ khánh thành 3 công trình giao thông nông thôn.\n\n"
        "Lãnh đạo huyện cắt băng tại buổi lễ\n\n"
        "Các công trình gồm: Cầu Suối Đá (xã Mỹ Hòa), Cầu Bến Mới (xã Lỗ Sơn), Cầu Ngọc Lâu.\n"
    )
    got = {(e.project_name, e.event) for e in project_events(build_layout(text))}
    assert ("Cầu Suối Đá", "inaugurated") in got
    assert ("Cầu Bến Mới", "inaugurated") in got
    far = text.replace("\n\nCác công trình", "\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n\nCác công trình")
    assert not any(e.event == "inaugurated" and "Suối Đá" in e.project_name for e in project_events(build_layout(far)))


def test_a_list_head_with_its_first_item_and_a_caption_between_items_keep_the_groups_event() -> None:
    """ "Tỉnh khởi công 3 công trình." "Các công trình bao gồm: A ..." then a line a work, a photo's
    caption between two of them: every item started."""
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Sáng 3/4, tỉnh tổ chức lễ khởi công 3 công trình giáo dục.\n\n"
        "Lãnh đạo tỉnh dự lễ khởi công.\n\n"
        # (a head's one item may name another work in passing: it still gives one item)
        "Các công trình bao gồm: Trường THCS Tân Minh cạnh Bệnh viện Đa khoa Tân Minh, quy mô 12 phòng học.\n\n"
        "Trường Tiểu học Đồng Lạc, quy mô 10 phòng học, vốn 20 tỷ đồng.\n\n"
        "Đại biểu thăm mô hình công trình.\n\n"
        "Trường Mầm non Hoa Sen, với diện tích 1 ha, sẽ phục vụ 300 trẻ.\n"
    )
    got = {(e.project_name, e.event) for e in project_events(build_layout(text))}
    started = {name for name, event in got if event == "started"}
    assert {"Trường Tiểu học Đồng Lạc", "Trường Mầm non Hoa Sen"} <= started
    assert any(name.startswith("Trường THCS Tân Minh") for name in started)


def test_inauguration_for_use_is_the_ceremony():
    # "khánh thành đưa vào sử dụng X": the ceremony is the event, putting into use its purpose
    assert _events("Xã tổ chức khánh thành đưa vào sử dụng Trường tiểu học Phú Mỹ.") == [
        ("Trường tiểu học Phú Mỹ", "inaugurated", None)
    ]


def test_project_with_an_adverb_before_its_verb_refers_back():
    # "Dự án chính thức được phê duyệt ...": the project of the paragraph before, and its money
    text = "Dự án chính thức được phê duyệt chủ trương đầu tư vào tháng 3/2024, tổng vốn đầu tư 500 tỷ đồng."
    got = route_in_text(text, "500", preceding="Sáng nay diễn ra lễ khởi công Dự án nhà máy nước sạch Hòa Bình.")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert got.fields["project_name"] == "nhà máy nước sạch Hòa Bình"
    assert got.fields["event"] == "approved"


def test_money_invested_in_the_work_named_before():
    # "Tổng nguồn vốn ... đầu tư công trình gần X": the price of the work the passage is about
    text = "Đây là công trình thủy lợi cấp III. Tổng nguồn vốn ngân sách tỉnh đầu tư công trình gần 120,5 tỷ đồng."
    got = route_in_text(text, "120,5", preceding="Tỉnh chấp thuận chủ trương đầu tư hồ chứa nước Suối Cát.")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert got.fields["project_name"] == "hồ chứa nước Suối Cát"


def test_list_under_two_events_gives_its_items_none():
    # "... được khởi công, khánh thành gồm: A; B": which item had which ceremony is not said
    text = (
        "Bốn công trình được khởi công, khánh thành dịp này gồm: dự án đường tránh Phú Lương; "
        "dự án Trường THPT Đồng Hỷ; dự án chợ Đu; dự án cầu Bến Oánh."
    )
    assert _rows(text) == []
    text = "Ba công trình được khánh thành dịp này gồm: dự án đường tránh Phú Lương; dự án chợ Đu; dự án cầu Bến Oánh."
    assert [e[1] for e in _rows(text)] == ["inaugurated"] * 3


def test_where_a_road_runs_and_what_it_reaches_are_no_projects():
    # "Điểm đầu Dự án xuất phát từ ...": a reference with its route; "(tiếp nối với Dự án X)": what it reaches
    text = (
        "Điểm đầu Dự án xuất phát từ Km0+00 (tiếp nối với Dự án Đầu tư xây dựng đường vành đai Yên Phong); "
        "điểm cuối kết thúc tại Km2+150."
    )
    assert _rows(text) == []


def test_share_after_the_price_of_the_work_is_its_money():
    # "đầu tư công trình gần X tỷ đồng, trong đó Y tỷ đồng bồi thường ...": a share of the work's price
    text = "Tổng nguồn vốn ngân sách tỉnh đầu tư công trình gần 120,5 tỷ đồng, trong đó 20 tỷ đồng bồi thường đất."
    got = route_in_text(text, "20", preceding="Tỉnh chấp thuận chủ trương đầu tư hồ chứa nước Suối Cát.")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"


def test_money_to_renovate_a_work_of_two_verbs_is_its_price():
    # "chi X tỷ đồng để cải tạo, nâng cấp <work>": the money of the work after it
    got = route_in_text("Tỉnh quyết định chi 12 tỷ đồng để sửa chữa, nâng cấp chợ Phát Diệm, huyện Kim Sơn.", "12")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert got.fields["project_name"].startswith("chợ Phát Diệm")


def test_resolution_on_the_investment_policy_is_an_approval():
    # "ban hành nghị quyết số N về chủ trương đầu tư Dự án X": approved; a submission about it is not
    decided = "HĐND tỉnh ban hành nghị quyết số 12/NQ-HĐND về chủ trương đầu tư Dự án xây dựng đường trục Bắc Nam."
    assert [e[1] for e in _rows(decided)] == ["approved"]
    asked = "UBND tỉnh có Tờ trình số 5/TTr-UBND về chủ trương đầu tư Dự án xây dựng đường trục Bắc Nam."
    assert [e[1] for e in _rows(asked)] != ["approved"]


def test_event_of_an_unnamed_part_of_a_named_project():
    # "khởi công xây dựng <part> thuộc Dự án X": the part with its project, started
    text = "Chiều 2/3, tỉnh khởi công xây dựng hạ tầng khu tái định cư thuộc Dự án Khu đô thị mới Tây Bắc."
    assert _rows(text) == [("hạ tầng khu tái định cư thuộc Dự án Khu đô thị mới Tây Bắc", "started", None)]


def test_milestone_or_opening_of_an_unnamed_part_is_its_projects():
    # "hợp long <part> thuộc dự án X" (the works' milestone), "thông xe <part> thuộc dự án X": the part with its
    # project, as with the ceremonies (were no row, or the part alone)
    text = "Sáng 7/6, tỉnh hợp long cầu qua kênh thuộc dự án đường trục Đông Tây Bình Minh."
    assert _rows(text) == [("cầu qua kênh thuộc dự án đường trục Đông Tây Bình Minh", "in_progress", None)]
    text = "Sáng 7/6, tỉnh thông xe đoạn qua xã Tân Lợi thuộc dự án đường trục Đông Tây Bình Minh."
    assert [row[:2] for row in _rows(text)] == [
        ("đoạn qua xã Tân Lợi thuộc dự án đường trục Đông Tây Bình Minh", "completed")
    ]
    # "thông xe kỹ thuật <part> thuộc dự án X": "kỹ thuật" is the verb's, no word of the part (was in the name)
    text = "Sáng 7/6, tỉnh thông xe kỹ thuật đoạn Km5 - Km19 thuộc dự án đường trục Đông Tây Bình Minh."
    assert [row[:2] for row in _rows(text)] == [
        ("đoạn Km5 - Km19 thuộc dự án đường trục Đông Tây Bình Minh", "completed")
    ]


def test_the_project_after_an_unnamed_part_is_what_a_later_du_an_refers_to() -> None:
    # "thông xe đoạn A thuộc dự án X. Dự án có tổng mức đầu tư N": "dự án" is X, not the part (was the part's name)
    text = (
        "Sáng 7/6, tỉnh thông xe đoạn qua xã Tân Lợi thuộc dự án đường trục Đông Tây Bình Minh. "
        "Dự án có tổng mức đầu tư 1.240 tỷ đồng."
    )
    assert _project_fields(text, "1.240")["project_name"] == "đường trục Đông Tây Bình Minh"
    # near miss: the part's own reference ("Đoạn tuyến này") stays the part
    text = (
        "Sáng 7/6, tỉnh thông xe đoạn qua xã Tân Lợi thuộc dự án đường trục Đông Tây Bình Minh. "
        "Đoạn tuyến này có vốn 240 tỷ đồng."
    )
    assert _project_fields(text, "240")["project_name"].startswith("đoạn qua xã Tân Lợi")


def test_event_of_a_counted_share_of_a_named_projects_works_is_the_projects():
    # "đã bàn giao 280 căn hộ thuộc Dự án X", "khánh thành 16 phòng học thuộc dự án Y": the homes or rooms counted reach
    # the event; the project is what the row names, the count is a figure of its own (were no row)
    text = "Ngày 12/10/2026, công ty đã bàn giao 280 căn hộ thuộc Dự án nhà ở xã hội Đồng Tâm giai đoạn 2 cho dân."
    assert _rows(text) == [("nhà ở xã hội Đồng Tâm giai đoạn 2", "completed", dt.date(2026, 10, 12))]
    text = "Sáng 5/9, huyện khánh thành 16 phòng học thuộc dự án Trường THCS Nà Phặc."
    assert _rows(text) == [("Trường THCS Nà Phặc", "inaugurated", None)]
    # near miss: land handed over to a project is no share of its works, no event of it
    assert _rows("Huyện đã bàn giao 42 ha mặt bằng thuộc dự án đường ven hồ Ba Bể.") == []


def test_event_of_a_part_with_its_own_name_is_the_parts_alone():
    # "khởi công cầu A thuộc Dự án B": the bridge has a name of its own; B is only where it belongs
    text = "Sáng 4/5, huyện khởi công cầu Nà Khoang thuộc Dự án đường liên xã Thượng Giáo - Địa Linh."
    assert _rows(text) == [("cầu Nà Khoang", "started", None)]
    # near miss: a package is named only with its project
    text = "Sáng 4/5, huyện khởi công gói thầu XL-02 thuộc Dự án đường liên xã Thượng Giáo - Địa Linh."
    assert _rows(text) == [("gói thầu XL-02 thuộc Dự án đường liên xã Thượng Giáo - Địa Linh", "started", None)]


def test_a_former_name_in_brackets_is_no_second_work():
    # "A (trước đây là B)", "A (còn gọi là B)": B is another name of A, not a work of its own
    text = "Ngày 2/9, xã khánh thành cầu Nà Pục (trước đây là cầu treo Bản Chẵng) với tổng vốn 12 tỷ đồng."
    assert _rows(text) == [("cầu Nà Pục", "inaugurated", None)]
    text = "Tỉnh phê duyệt dự án đường Khuổi Tục (còn gọi là dự án đường liên thôn Pác Nặm)."
    assert _rows(text) == [("đường Khuổi Tục", "approved", None)]
    # near miss: a second work in brackets with no naming words is still its own
    text = "Ngày 2/9, xã khánh thành cầu Nà Pục (cùng với cầu treo Bản Chẵng) với tổng vốn 12 tỷ đồng."
    assert ("cầu treo Bản Chẵng", "inaugurated", None) in _rows(text)


def test_one_of_the_works_counted_before_takes_their_event():
    # "... khánh thành 5 công trình. Trong đó có cầu X.": a work of the group, with the group's event
    assert _rows("Huyện đã khánh thành 5 công trình. Trong đó có cầu Bản Lìm.") == [
        ("cầu Bản Lìm", "inaugurated", None)
    ]
    assert _rows("Tỉnh đẩy nhanh tiến độ để khởi công một số công trình lớn. Trong đó có cầu Bản Lìm.") == [
        ("cầu Bản Lìm", "in_progress", None)
    ]


def test_work_with_this_is_a_reference_to_the_work_named_before():
    # "khởi công tuyến cao tốc này vào dịp ...": the expressway named before, not a new name
    text = (
        "Tỉnh sắp khởi công dự án cao tốc Gia Nghĩa - Chơn Thành. Dự kiến sẽ khởi công tuyến cao tốc này vào dịp 2.9."
    )
    assert {e[0] for e in _rows(text)} == {"cao tốc Gia Nghĩa - Chơn Thành"}


def test_road_named_by_its_section():
    # "công trình đường vành đai thị xã (đoạn từ X đến Y)": named by where it runs
    text = "Thị xã khởi công công trình đường vành đai thị xã (đoạn từ quốc lộ 1 đến cầu Bến Đá, xã An Phú)."
    assert [(e[0].startswith("đường vành đai thị xã"), e[1]) for e in _rows(text)] == [(True, "started")]


def test_work_still_not_completed_is_under_way():
    # "Đến nay, công trình vẫn chưa hoàn thành": the work named before, slow, under way
    text = "Dự án kè suối Nà Cà được phê duyệt năm 2019. Thế nhưng, đến nay, công trình vẫn chưa hoàn thành."
    assert ("kè suối Nà Cà", "in_progress", None) in _rows(text)


def test_where_a_project_stands_and_its_length_are_descriptions():
    # "Dự án X được đầu tư xây dựng trên khu đất ...", "Dự án X, có chiều dài ...": no news of X
    assert _rows("Dự án Trung tâm Y tế Bảo Lâm được đầu tư xây dựng trên khu đất rộng 3 ha.") == []
    assert _rows("Dự án đường ven sông Lô, có chiều dài 12 km, nối hai huyện.") == []


def test_name_leaves_out_commune_and_district_after_commas():
    text = "Tỉnh phê duyệt chủ trương đầu tư công trình thủy lợi Nậm Cắt, xã Tà Lèng, huyện Mường Chà."
    assert [e[0].endswith("Nậm Cắt") for e in _rows(text)] == [True]


def test_homes_for_workers_keep_whom_they_are_for_in_the_name():
    text = "Sáng nay, tỉnh khởi công Dự án Khu nhà ở cho công nhân Khu công nghiệp Đồng Văn."
    assert [e[0] for e in _rows(text)] == ["Khu nhà ở cho công nhân Khu công nghiệp Đồng Văn"]


def test_group_with_its_price_right_after():
    # "6 dự án 12.000 tỷ đồng chờ khởi công": the group's money
    got = route_in_text("Tỉnh có 6 dự án hơn 12.000 tỷ đồng chờ khởi công trong năm.", "12.000")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert got.fields["project_name"] == "6 dự án"


def test_paragraph_opening_on_its_cost_after_a_connective():
    # "Theo đó, với tổng kinh phí N, ...": the work the paragraph before named
    text = (
        "Tỉnh vừa phê duyệt chủ trương đầu tư Cầu treo Bản Phố.\n\n"
        "Theo đó, với tổng kinh phí 8 tỷ đồng, Ban X làm chủ đầu tư."
    )
    got = route_in_text(text, "8")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert "Bản Phố" in got.fields["project_name"]


def test_planned_completion_with_four_words_between():
    # "Dự kiến thời gian triển khai hoàn thành X ...": a plan, the work is under way
    assert [e[1] for e in _rows("Dự kiến thời gian triển khai hoàn thành cầu Nà Mò trong năm 2027.")] == ["in_progress"]


def test_investment_of_a_long_named_group_raised_to_a_new_amount():
    # "tổng mức đầu tư của N dự án <long kind> được (đề xuất) điều chỉnh lên khoảng X": the group's new price
    text = (
        "Tổng mức đầu tư của 9 dự án trường phổ thông dân tộc bán trú liên xã được đề xuất "
        "điều chỉnh lên khoảng 1.250 tỉ đồng."
    )
    got = route_in_text(text, "1.250")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert got.fields["project_name"] == "9 dự án trường phổ thông dân tộc bán trú liên xã"


def test_group_name_leaves_out_its_investor():
    got = route_in_text("Cụ thể, 4 công trình do Sở Xây dựng làm chủ đầu tư có tổng kinh phí 30 tỷ đồng.", "30")
    assert got.fields["project_name"] == "4 công trình"


def test_name_ends_before_a_second_act_of_the_ceremony():
    # "khởi công Dự án X và phát động thi đua ...": the name is X
    text = "Sáng 2/9, tỉnh khởi công Dự án đường ven kênh Xáng Mới và phát động phong trào thi đua."
    assert _rows(text) == [("đường ven kênh Xáng Mới", "started", None)]


def test_the_route_of_a_project_is_a_description():
    # "Dự án X đi qua các xã A, B": where it runs, no news of it
    assert _rows("Dự án Đường ven kênh Xáng Mới đi qua các xã Tân Long, Phú Hữu.") == []


def test_a_sub_project_written_as_a_title_is_a_work():
    # "Tiểu dự án cải thiện hạ tầng đô thị X vẫn thi công dang dở": a work; "các tiểu dự án" are none
    text = "Sau 2 năm, Tiểu dự án cải thiện hạ tầng đô thị Cẩm Xuyên vẫn thi công dang dở."
    assert _rows(text) == [("cải thiện hạ tầng đô thị Cẩm Xuyên", "in_progress", None)]
    assert _rows("Huyện triển khai các tiểu dự án hỗ trợ sản xuất tại xã Cẩm Yên.") == []


def test_shares_of_a_price_just_said_are_the_works_money():
    # "Tổng kinh phí N (nói trên) gồm A vốn tỉnh và B vốn huyện": A and B are the work's money too
    text = (
        "Tỉnh phê duyệt chủ trương đầu tư kênh tưới Nà Lốc.\n\n"
        "Tổng kinh phí 9 tỷ đồng gồm 7,5 tỷ đồng vốn ngân sách tỉnh và 1,5 tỷ đồng vốn ngân sách huyện."
    )
    for figure in ("9", "7,5", "1,5"):
        got = route_in_text(text, figure)
        assert got.table == "projects" and got.fields["measure"] == "total_investment"


def test_other_name_in_brackets_names_no_second_work():
    # "Cầu X (Cầu Kênh Y)": "Kênh Y" is part of the bridge's other name, no canal
    text = "Ngày 9/12, xã tổ chức lễ khánh thành Cầu Nhân Ái 15 (Cầu Kênh Cụt) ấp Hòa Bình."
    assert [e[0] for e in _rows(text)] == ["Cầu Nhân Ái 15"]


def test_a_programme_named_after_works_is_no_work():
    text = "Chương trình Cầu Nông thôn của báo X đã khánh thành 11 công trình cầu tại huyện Vĩnh Hưng."
    assert not [e for e in _rows(text) if "Nông thôn" in e[0]]


def test_work_after_the_damage_that_occasioned_it_is_news():
    # "Sau sự cố ... làm hư hỏng cầu X, tỉnh phê duyệt dự án xây dựng mới cầu X": the rebuild is approved
    text = "Sau sự cố sà lan va chạm làm hư hỏng cầu Rạch Sâu, mới đây tỉnh phê duyệt dự án xây dựng mới cầu Rạch Sâu."
    assert [e[1] for e in _rows(text)] == ["approved"]
    assert _rows("Lũ lớn làm hư hỏng cầu Rạch Sâu và đường tỉnh 902.") == []


def test_a_list_going_on_in_the_next_paragraph_takes_its_head():
    # "... đang triển khai các dự án như: A; B; C." then "D; E; F.": the second paragraph's works are under way too
    from orchestration.extraction.projects import group_event

    first = "Tỉnh đang triển khai thực hiện các dự án như: cầu Bà Lài; đường tỉnh 885; kè sông Hàm Luông."
    second = (
        "Đường ven sông Tiền đoạn qua xã Phú Đức; đường từ bến phà Hàm Luông đến cảng Giao Hòa; tuyến tránh Ba Tri."
    )
    carried = group_event(first)
    assert carried is not None
    rows = [(e.name, e.event) for e in find_project_events(second, None, 2024, carried) if e.row]
    assert ("tuyến tránh Ba Tri", "in_progress") in rows
    assert ("đường từ bến phà Hàm Luông đến cảng Giao Hòa", "in_progress") in rows
    assert not [e for e in find_project_events(second) if e.row]  # with no list before, no event


def test_school_buildings_named_by_their_commune_are_works():
    # "tài trợ 2 tỷ đồng xây khu phòng học tại xã X": the classrooms the money builds
    got = route_in_text("Một tổ chức tài trợ 2 tỷ đồng xây khu phòng học tại xã Nậm Xé.", "2")
    assert got.table == "projects" and got.fields["project_name"] == "khu phòng học tại xã Nậm Xé"
    assert route_in_text("Năm nay toàn huyện xây mới 20 phòng học tại các xã.", "20") is None  # a count


def test_investment_of_the_works_the_sentence_before_referred_to():
    # "... những trường học trên đều ... . Tổng vốn đầu tư lên đến N": the works referred to own it
    text = (
        "Huyện khánh thành 3 công trình trường học.\n\n"
        "Theo lãnh đạo huyện, những trường học trên đều được xây mới. Tổng vốn đầu tư lên đến 120 tỉ đồng."
    )
    got = route_in_text(text, "120")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"


def test_a_described_work_with_its_price_right_after():
    # "hầm xuyên núi 900 tỷ đồng", "bệnh viện tư nhân 300 tỷ đồng": a work described, not named, and its price
    got = route_in_text("Cận cảnh hầm xuyên núi 900 tỷ đồng trên quốc lộ 4 sắp thông xe.", "900")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    assert got.fields["project_name"] == "hầm xuyên núi"
    # not what a work earns, nor a cost per kilometre
    assert _not_a_project("Doanh thu của doanh nghiệp trong các khu công nghiệp ước đạt 900 tỷ đồng.", "900")
    assert _not_a_project("Cận cảnh tuyến đường tránh hơn 80 tỉ đồng/km ở huyện X.", "80")


def test_a_list_whose_items_are_sentences_takes_its_heads_event():
    # "Các dự án hoàn thành như sau: Dự án A ... . Dự án B ... .": each item a sentence of its own
    text = (
        "Các dự án hoàn thành cụ thể như sau: Dự án đường vào cảng cá Tam Thanh, huyện Phú Quý. "
        "Dự án có diện tích 12 ha với tổng mức đầu tư 90 tỷ đồng. "
        "Dự án đầu tư xây dựng trường mầm non Hoa Sen với tổng mức đầu tư 25 tỉ đồng."
    )
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("đường vào cảng cá Tam Thanh, huyện Phú Quý", "completed") in rows or (
        "đường vào cảng cá Tam Thanh",
        "completed",
    ) in rows
    assert any(event == "completed" and "Hoa Sen" in name for name, event in rows)
    # no head before: the items say no event
    alone = "Dự án đầu tư xây dựng trường mầm non Hoa Sen với tổng mức đầu tư 25 tỉ đồng."
    assert all(e.event != "completed" for e in find_project_events(alone))


def test_list_heads_written_with_gom_co_nhu_sau_or_a_count_of_schools():
    # "Các dự án dự kiến khởi công năm 2026 gồm có: A (...); B (...)": a planned start, each item under way
    planned = (
        "Các dự án dự kiến khởi công năm 2026 gồm có: đường ven biển đoạn Bắc Sơn - Nam Hà (500 tỷ đồng); "
        "cầu Đông Giang (300 tỷ đồng)."
    )
    rows = [(e.name, e.event) for e in find_project_events(planned) if e.row]
    assert ("cầu Đông Giang", "in_progress") in rows
    # "khởi công 4 trường (...) gồm: A (xã X); B (xã Y)": every school listed is started
    schools = (
        "Tỉnh khởi công đồng loạt 4 trường (1 trường TH&THCS và 3 trường nội trú) gồm: Trường nội trú TH&THCS "
        "Bản Lầu (xã Bản Lầu); Trường nội trú TH&THCS Nà Phặc (xã Nà Phặc); Trường TH&THCS Lũng Vai (xã Lũng Vai)."
    )
    rows = [(e.name, e.event) for e in find_project_events(schools) if e.row]
    assert sum(1 for _, event in rows if event == "started") >= 3
    # "quyết định chủ trương đầu tư 2 dự án. Cụ thể: A, ...; B, ...": the list in the next sentence
    approved = (
        "HĐND tỉnh quyết định chủ trương đầu tư 2 dự án. Cụ thể: dự án Hồ chứa nước Ea Kar, với tổng mức đầu "
        "tư 200 tỷ đồng; dự án Đường giao thông xã Cư Né, với tổng mức đầu tư 40 tỷ đồng."
    )
    rows = [(e.name, e.event) for e in find_project_events(approved) if e.row]
    assert ("Đường giao thông xã Cư Né", "approved") in rows


def test_a_price_per_unit_is_no_works_money():
    # "giá trung bình từ 6.300 – 6.700 đồng/kg" after a work was named: a price per kilogram, not its investment
    text = (
        "+ Bệnh viện Đa khoa tỉnh X với quy mô 500 giường, tổng kinh phí xây dựng 900 tỷ đồng dự kiến hoàn thành "
        "vào tháng 10/2021 + Nông dân thu hoạch lúa, năng suất 7 tấn/ha, giá trung bình từ 6.300 – 6.700 đồng/kg."
    )
    assert route_in_text(text, "900").table == "projects"
    assert _not_a_project(text, "6.700")


def test_a_head_of_examples_that_says_the_event_gives_it_to_each_item():
    # "Những dự án khởi công tại X gồm: A, B; khánh thành các công trình: C, D và E"
    text = (
        "Những dự án khởi công tại Phú Yên gồm: Khu công nghiệp Hòa Tân, Khu tái định cư Hòa Hiệp; khánh thành "
        "các công trình: Hồ chứa nước Suối Cạn, Trạm biến áp 220 kV Tuy An và Trung tâm Y tế khu vực Sông Hinh."
    )
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("Khu công nghiệp Hòa Tân", "started") in rows
    assert ("Trạm biến áp 220 kV Tuy An", "inaugurated") in rows
    assert ("Trung tâm Y tế khu vực Sông Hinh", "inaugurated") in rows
    # a headline the layout joined to the lead with two spaces is no part of the head
    joined = "Khánh thành nhiều công trình trọng điểm  " + text
    rows = [(e.name, e.event) for e in find_project_events(joined) if e.row]
    assert ("Khu công nghiệp Hòa Tân", "started") in rows


def test_a_work_inside_the_site_of_another_is_a_place():
    # "Dự án Bệnh viện X (tại Khu Bệnh viện cũ Y)": the site, no work of its own
    text = "Lễ khởi công 2 dự án gồm: Dự án Bệnh viện Đa khoa tỉnh (tại Khu Bệnh viện cũ Đông Hà); Dự án cầu Gành."
    names = [e.name for e in find_project_events(text) if e.row]
    assert "cầu Gành" in names
    assert not any(name.startswith("Bệnh viện cũ") for name in names)


def test_a_use_said_after_a_planned_completion_is_still_planned():
    # "Dự án X dự kiến hoàn thành trong tháng 7/2026, đưa vào sử dụng trong năm học 2026-2027": under way (ex033)
    text = "Trường tiểu học Na Hang dự kiến hoàn thành trong tháng 7/2026, đưa vào sử dụng trong năm học 2026-2027."
    assert [e.event for e in find_project_events(text) if e.row] == ["in_progress"]
    done = "Trường tiểu học Na Hang đã hoàn thành, đưa vào sử dụng trong năm học 2025-2026."
    assert [e.event for e in find_project_events(done) if e.row] == ["completed"]


def test_examples_after_nhu_with_no_colon_take_the_heads_event():
    # "điều chỉnh, bổ sung chủ trương đầu tư 4 dự án ... các dự án như A; B; C": each item approved
    text = (
        "HĐND tỉnh cũng quyết nghị điều chỉnh, bổ sung chủ trương đầu tư 4 dự án theo hướng tăng tổng mức đầu tư "
        "các dự án như Công trình thủy lợi Ea Súp; Đường liên xã từ xã Ea Lê đi xã Ea Rốk; Kho lưu trữ chuyên dụng "
        "tỉnh (giai đoạn 2)."
    )
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("Đường liên xã từ xã Ea Lê đi xã Ea Rốk", "approved") in rows
    assert ("Kho lưu trữ chuyên dụng tỉnh (giai đoạn 2)", "approved") in rows


def test_a_resettlement_area_for_a_project_is_the_work():
    # "khởi công khu tái định cư phục vụ dự án đường sắt X": the area is started, named with its project
    text = "Ngày 19/8, tỉnh khởi công khu tái định cư phục vụ dự án đường sắt tốc độ cao Bắc - Nam tại xã Hòa Phong."
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert len(rows) == 1
    assert rows[0][0].startswith("khu tái định cư phục vụ dự án đường sắt") and rows[0][1] == "started"


def test_a_list_of_slow_projects_under_a_head_of_many_is_under_way():
    # "Nhiều dự án ... giải ngân chậm, như: Dự án A ... mới giải ngân X; Dự án B ...": each item under way, its
    # name ending before "giải ngân", a dyke "chống lũ, sạt lở" being a remedy, not damage
    text = (
        "Một số dự án của tỉnh có tỷ lệ chậm giải ngân, như: Dự án Kè chống lũ, sạt lở bờ sông Ia Ly chỉ mới giải "
        "ngân được 3 tỷ đồng; Dự án đường vành đai phía Bắc thị xã Ayun Pa có tổng vốn 120 tỷ đồng nhưng mới giải "
        "ngân được 4 tỷ đồng."
    )
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("Kè chống lũ, sạt lở bờ sông Ia Ly", "in_progress") in rows
    assert ("đường vành đai phía Bắc thị xã Ayun Pa", "in_progress") in rows
    paid = route_in_text(text, "4")
    assert paid.table == "projects" and paid.fields["measure"] == "disbursed"
    assert paid.fields["event"] == "in_progress"


def test_schools_of_a_plan_said_invested_anew_are_under_way():
    # "Trường X, được đầu tư mới với quy mô ..., với tổng vốn dự kiến 360 tỷ đồng. Tương tự, Trường Y có ...
    # vốn đầu tư khoảng 285 tỷ đồng. Trường Z cũng được đầu tư nâng cấp và xây mới ...": each under way
    text = (
        "Nổi bật là Trường nội trú Tiểu học và THCS Pà Cò, được đầu tư mới với quy mô 30 lớp, với tổng vốn dự kiến "
        "210 tỷ đồng. Tương tự, Trường nội trú Tiểu học và THCS Hang Kia có quy mô 24 lớp, vốn đầu tư khoảng 180 tỷ "
        "đồng. Trường nội trú Tiểu học và THCS Tân Sơn cũng được đầu tư nâng cấp và xây mới với quy mô lớn."
    )
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("Trường nội trú Tiểu học và THCS Pà Cò", "in_progress") in rows
    assert ("Trường nội trú Tiểu học và THCS Hang Kia", "in_progress") in rows
    assert ("Trường nội trú Tiểu học và THCS Tân Sơn", "in_progress") in rows
    price = route_in_text(text, "210")
    assert price.fields["measure"] == "total_investment" and price.fields["event"] == "in_progress"
    assert route_in_text(text, "180").fields["event"] == "in_progress"
    # what a work is given is no news of a plan: "được đầu tư xây mới nhà lớp học, sân chơi"
    built = "Trường Phổ thông nội trú Mường Tè được đầu tư xây mới nhà lớp học, sân chơi, tổng mức đầu tư 90 tỷ đồng."
    assert route_in_text(built, "90").fields["event"] == "funding"


def test_a_project_judged_typical_owns_the_price_after_it():
    # "... chấp thuận chủ trương đầu tư dự án X. Đây được xem là dự án tiêu biểu ..., tổng vốn đầu tư Y": X's price
    text = (
        "Ngày 5/8, UBND tỉnh chấp thuận chủ trương đầu tư dự án Trung tâm thể thao Phú Lợi. Đây được xem là dự án "
        "tiêu biểu của tỉnh, có thời gian hoạt động 50 năm, tổng vốn đầu tư lên đến 415 tỷ đồng."
    )
    price = route_in_text(text, "415")
    assert price.table == "projects" and price.fields["measure"] == "total_investment"
    assert price.fields["project_name"] == "Trung tâm thể thao Phú Lợi"


def test_a_complex_described_with_its_price_takes_the_verb_before_it():
    # "Tỉnh chấp thuận đầu tư dự án tổ hợp giáo dục 338 tỷ đồng": a work described, not named, approved
    price = route_in_text("Bình Định chấp thuận đầu tư dự án tổ hợp thể thao 260 tỷ đồng", "260")
    assert price.table == "projects" and price.fields["measure"] == "total_investment"
    assert price.fields["event"] == "approved"
    # a rendering's caption says no news of the work
    caption = "Phối cảnh dự án tổ hợp thể thao tại phường Quy Nhơn. Ảnh: Sở Xây dựng"
    assert [e for e in find_project_events(caption) if e.row] == []


def test_a_price_opening_the_sentence_pays_for_the_group_planned_after_it():
    # "Với tổng mức đầu tư hơn X, tỉnh dự kiến xây mới và nâng cấp 16 trường học": the group's price, a plan
    text = " date 2025-06-02 Với tổng mức đầu tư hơn 1.200 tỷ đồng, huyện dự kiến xây mới và nâng cấp 9 trạm y tế xã."
    price = route_in_text(text, "1.200")
    assert price.table == "projects" and price.fields["project_name"] == "9 trạm y tế xã"
    assert price.fields["event"] == "in_progress" and price.fields["measure"] == "total_investment"


def test_progress_since_the_start_of_the_project_is_of_the_work_named_before():
    # "Lũy kế vốn bố trí từ đầu dự án đến nay ..., giải ngân hơn X, đạt 82%": the work of the passage
    text = (
        "Đường vành đai phía Tây thành phố Vị Thanh có tổng mức đầu tư 900 tỷ đồng, đang được thi công.\n\n"
        "Lũy kế vốn bố trí từ đầu dự án đến nay 700 tỷ đồng, giải ngân hơn 560 tỷ đồng, đạt 80%."
    )
    from orchestration.extraction import extract_document, extraction_to_json_rows

    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "projects"]
    paid = [r for r in rows if r["measure"] == "disbursed"]
    assert [(r["project_name"], r["value"]) for r in paid] == [("Đường vành đai phía Tây thành phố Vị Thanh", 560e9)]


def test_opening_a_work_to_traffic_is_its_completion():
    # "..., thông xe tuyến cao tốc X": the verb takes the work, though another event opens the sentence
    text = "Tỉnh động thổ nhiều dự án nhà ở, thông xe tuyến đường ven biển Phước Hải - Long Hải"
    assert _events(text) == [("tuyến đường ven biển Phước Hải - Long Hải", "completed", None)]
    # a reopening after a landslide said after the road is no news of a work
    reopened = "Tuyến cao tốc Bảo Lộc - Liên Khương bị sạt lở, dự kiến ngày 12/9 thông xe, riêng cầu tạm còn sửa."
    assert [e.event for e in find_project_events(reopened) if e.row] != ["completed"]


def test_a_list_written_one_work_a_line_takes_the_event_of_its_head():
    # "khởi công đồng loạt 3 dự án ...", "Các dự án gồm:", then a line per work: each line's work is started
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Sáng nay, tỉnh khởi công đồng loạt 3 dự án với tổng vốn hơn 5.000 tỷ đồng.\n"
        "Các dự án gồm:\n"
        "Khu công nghiệp Tân Phước quy mô 300ha, vốn 2.000 tỷ đồng;\n"
        "Cảng cá Vĩnh Lợi với 40ha mặt nước, vốn 900 tỷ đồng;\n"
        "Khu đô thị Đông Sơn rộng 120ha, vốn hơn 2.100 tỷ đồng.\n\n"
        "Khu du lịch Hòn Nhạn đang được nhà đầu tư lập quy hoạch.\n"
    )
    got = {(e.project_name, e.event) for e in project_events(build_layout(text))}
    assert {("Khu công nghiệp Tân Phước", "started"), ("Cảng cá Vĩnh Lợi", "started")} <= got
    assert not [name for name, event in got if name.startswith("Khu du lịch") and event == "started"]


def test_industrial_parks_written_by_their_abbreviation_are_works():
    # "Đầu tư hạ tầng CCN X (Công ty Y) 137 tỷ đồng", "KCN X": the abbreviations of cụm/khu công nghiệp
    text = "Hạ tầng kỹ thuật CCN Hòa Phú (Công ty TNHH Minh Tâm) 210 tỷ đồng; mở rộng KCN Nam Sơn 640 tỷ đồng."
    cluster = route_in_text(text, "210")
    assert cluster.table == "projects" and cluster.fields["project_name"] == "CCN Hòa Phú"
    assert cluster.fields["measure"] == "total_investment"
    park = route_in_text(text, "640")
    assert park.table == "projects" and park.fields["project_name"] == "KCN Nam Sơn"


def test_a_series_of_projects_heads_a_list_like_many():
    # "khởi công hàng loạt dự án ... gồm: A. B.": "hàng loạt" is a quantifier as "nhiều", the items take its verb
    text = (
        "Dịp này, huyện đã khởi công hàng loạt dự án lớn, gồm: Dự án đường ven sông Cái dài 5 km, tổng mức "
        "đầu tư 300 tỷ đồng. Dự án Nhà máy nước sạch Phước An do Công ty Cấp nước Tân Hòa làm chủ đầu tư."
    )
    got = _events(text)
    assert ("đường ven sông Cái", "started", None) in got
    assert ("Nhà máy nước sạch Phước An", "started", None) in got


def test_the_total_value_of_a_work_is_its_investment():
    # "Tổng trị giá công trình 1,05 tỷ đồng", "tổng mức kinh phí đầu tư khoảng X": the work's price
    text = (
        "Lễ khởi công Nhà văn hóa thôn Đồng Xe diễn ra sáng nay. "
        "Tổng trị giá công trình 950 triệu đồng, trong đó nhân dân đóng góp 150 triệu đồng."
    )
    price = route_in_text(text, "950")
    assert price.table == "projects" and price.fields["measure"] == "total_investment"
    assert price.fields["project_name"].startswith("Nhà văn hóa thôn Đồng Xe")
    school = route_in_text("Trường nội trú Ba Tơ có tổng mức kinh phí đầu tư khoảng 120 tỷ đồng.", "120")
    assert school.table == "projects" and school.fields["measure"] == "total_investment"


def test_a_work_numbered_after_its_noun_is_named():
    # "dự án sửa chữa đường tỉnh 335": the road's number names it, the works done lead the name
    assert is_named("sửa chữa đường tỉnh 412", False)
    assert is_named("cầu số 7", False)
    assert not is_named("sửa chữa đường giao thông nông thôn", False)
    events = _events("Huyện đang gấp rút thi công dự án nâng cấp đường tỉnh 412.")
    assert [(name, event) for name, event, _ in events] == [("nâng cấp đường tỉnh 412", "in_progress")]


def test_a_provincial_or_national_road_by_its_number_is_a_work():
    # "tỉnh lộ", "quốc lộ", "đường tỉnh lộ" + number; "đầu tư xây dựng công trình sửa chữa X": the generic
    # "công trình" between the works done does not hide the numbered road
    assert is_named("nâng cấp tỉnh lộ 291", False)
    assert is_named("đầu tư xây dựng công trình cải tạo đường tỉnh lộ 291", False)
    assert is_named("mở rộng quốc lộ 37 đoạn qua thị trấn", False)
    events = _events("Tỉnh đang thi công dự án đầu tư xây dựng công trình cải tạo đường tỉnh lộ 291.")
    assert [(name, event) for name, event, _ in events] == [
        ("đầu tư xây dựng công trình cải tạo đường tỉnh lộ 291", "in_progress")
    ]


def test_a_clause_after_a_semicolon_prices_the_project_of_its_sentence():
    # "Dự án X do Sở Y làm chủ đầu tư; Công ty Z thi công với tổng mức đầu tư N": the price is the project's
    owner = "Dự án nâng cấp đường tỉnh 291 do Sở Giao thông vận tải làm chủ đầu tư"
    price = route_in_text(owner + "; Công ty Hòa Bình thi công với tổng mức đầu tư hơn 60 tỷ đồng.", "60")
    assert (price.table, price.fields["measure"], price.fields["project_name"]) == (
        "projects", "total_investment", "nâng cấp đường tỉnh 291")
    # a list item with a price of its own keeps it: the next item's money is not the first one's
    item = route_in_text("Cầu Bến Đình 120 tỷ đồng; Trường Mầm non Hoa Sen được hỗ trợ 3 tỷ đồng.", "3")
    assert item is None or item.fields.get("project_name") != "Cầu Bến Đình"


def test_a_work_a_road_leads_to_is_a_place_not_news():
    # "tuyến đang khai thác, dẫn tới khu du lịch X nên nhà thầu vừa gấp rút thi công": the works are the road's
    text = (
        "Đây là tuyến đang khai thác, người dân vẫn đi qua để dẫn tới khu du lịch Bãi Cháy nên nhà thầu "
        "vừa thi công vừa phân luồng."
    )
    assert [name for name, _, _ in _events(text) if "du lịch" in name] == []


def test_a_junction_between_two_roads_is_named_by_both():
    # "nút giao giữa đường X với quốc lộ Y": the name goes on over "với"; the second road is no work of its own
    text = "Công trình nút giao giữa đường Trần Phú với quốc lộ 10 có tổng mức đầu tư 96 tỷ đồng."
    price = route_in_text(text, "96")
    assert price.fields["project_name"] == "nút giao giữa đường Trần Phú với quốc lộ 10"


def test_roads_a_work_links_to_or_meets_are_places_even_in_a_list():
    # "kết nối với đường A, B và C", "liên thông với cao tốc X", "giao với quốc lộ Y": ends, not works of the news
    text = (
        "Cầu Hòa Mỹ được xây dựng dạng cầu vượt, kết nối với đường Vành đai 2, Vành đai 3 và các tuyến đường "
        "nội thị; điểm đầu tại nút giao liên thông với cao tốc Hà Nội - Hải Phòng, điểm cuối giao với quốc lộ 39. "
        "Dự án khởi công từ tháng 3/2024."
    )
    assert {name for name, _, _ in _events(text)} <= {"Cầu Hòa Mỹ"}


def test_a_sentence_opening_on_the_project_carried_out_refers_to_it():
    # "Dự án thực hiện trong 4 năm với tổng mức đầu tư X": the project named in the paragraph before
    named = 'Tỉnh phê duyệt Dự án "Cải tạo hồ chứa nước Thác Bà".\n\n'
    price = route_in_text("Dự án thực hiện trong 3 năm với tổng mức đầu tư 12,5 triệu USD.", "12,5", preceding=named)
    assert price.table == "projects" and price.fields["project_name"] == "Cải tạo hồ chứa nước Thác Bà"


def test_a_building_for_a_school_is_one_work():
    # "nhà lớp học cho trường Tiểu học X": the school the building is for belongs to its name
    events = _events("Huyện đã khởi công xây dựng nhà lớp học cho trường Mầm non Tân Lập.")
    assert [(name, event) for name, event, _ in events] == [("nhà lớp học cho trường Mầm non Tân Lập", "started")]


def test_started_and_then_finished_in_one_sentence_gives_both_events():
    # "X khởi công từ tháng 4/2022 và đến nay đã hoàn thành": two events; "và hoàn thành 60% khối lượng" is a share
    both = _events("Cầu Đồng Quang khởi công từ tháng 4/2022 và đến nay đã hoàn thành.")
    assert [event for name, event, _ in both if name == "Cầu Đồng Quang"] == ["started", "completed"]
    share = _events("Cầu Đồng Quang khởi công từ tháng 4/2022 và hoàn thành 60% khối lượng.")
    assert "completed" not in [event for _, event, _ in share]


def test_the_paragraphs_after_a_group_listed_in_full_describe_its_works():
    # a title counts the group; the lead lists all of it ("khởi công 02 dự án gồm: A; B."); the paragraph after
    # describes a work already listed: no second "started" of a new name
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.projects import group_size
    from orchestration.extraction.routing import project_events

    assert group_size("Sáng 12/5/2024, tỉnh tổ chức lễ khởi công 02 dự án lớn gồm") == 2
    assert group_size("khánh thành ba công trình") == 3
    text = (
        "Khởi công 02 dự án giao thông\n\n"
        "Sáng 12/5/2024, tỉnh tổ chức lễ khởi công 02 dự án lớn gồm: Dự án đường ven sông Lam; "
        "Dự án cầu Bến Thủy 3.\n"
        "Dự án xây dựng đường ven sông Lam dài 12 km có tổng mức đầu tư 900 tỷ đồng.\n"
    )
    got = [(e.project_name, e.event) for e in project_events(build_layout(text))]
    assert [name for name, event in got if event == "started"] == ["đường ven sông Lam", "cầu Bến Thủy 3"]


def test_a_work_noun_inside_a_company_name_is_no_work():
    text = (
        "Sáng 3/5, Công ty TNHH Phát triển Cảng Bình An tổ chức lễ khởi công dự án đầu tư xây dựng bến số 2 "
        "Cảng Bình An."
    )
    assert [(name, event) for name, event, _ in _events(text)] == [
        ("đầu tư xây dựng bến số 2 Cảng Bình An", "started")
    ]


def test_the_commune_after_tai_is_where_the_work_stands():
    text = "Ngày 12/3, huyện tổ chức lễ khởi công dự án xây dựng chợ nông sản Hòa Lợi tại xã Phú Lợi."
    assert [name for name, _, _ in _events(text)] == ["xây dựng chợ nông sản Hòa Lợi"]


def test_da_opening_a_sentence_refers_to_the_project_named_before():
    text = "Tỉnh đang thi công cầu Phước Long 2 nối hai xã. DA có tổng vốn đầu tư 420 tỉ đồng."
    routed = route_in_text(text, "420")
    assert routed is not None and routed.table == "projects"
    assert routed.fields["project_name"] == "cầu Phước Long 2"
    assert routed.fields["measure"] == "total_investment"


def test_a_kinds_abbreviation_in_brackets_stays_inside_the_name():
    text = "Sáng 2/4, tỉnh khởi công Cụm công nghiệp (CCN) Long Phước quy mô 75 ha."
    assert [(name, event) for name, event, _ in _events(text)] == [
        ("Cụm công nghiệp (CCN) Long Phước", "started")
    ]


def test_the_occasion_a_work_marks_is_not_its_name():
    text = "Sáng 1/9, huyện tiếp tục khởi công dự án chào mừng Đại hội Đảng bộ huyện lần thứ XII."
    assert _events(text) == []


def test_completion_at_the_end_of_a_year_ahead_is_a_schedule():
    text = (
        "Ngày 4/6/2025, tỉnh khởi công Khu công nghiệp Tân Phước 3. Dự án chia 2 giai đoạn, giai đoạn 1 "
        "hoàn thành cuối năm 2026."
    )
    assert ("giai đoạn 1", "completed") not in [(name, event) for name, event, _ in _events(text)]


def test_the_work_alone_after_the_source_of_a_sentence_owns_the_figure():
    preceding = "Dự án nâng cấp đê biển Tây Hải đang được đẩy nhanh tiến độ."
    cases = {
        # the work alone after "Theo <source>," is the one named before
        "Theo Sở Nông nghiệp tỉnh, dự án có tổng mức đầu tư gần 320 tỷ đồng, làm trong ba năm.": (
            "320",
            "nâng cấp đê biển Tây Hải",
        ),
        # a name after the source is read as a name
        "Theo Sở Xây dựng, Dự án cầu Bến Lức có tổng mức đầu tư 90 tỷ đồng.": ("90", "cầu Bến Lức"),
    }
    for text, (figure, owner) in cases.items():
        fields = route_in_text(text, figure, preceding=preceding).fields
        assert (fields["measure"], fields["project_name"]) == ("total_investment", owner)


def test_a_capital_plan_disbursed_from_is_no_plan():
    text = "Dự án đường ven sông Cái Lớn đã giải ngân kế hoạch vốn năm 2023 là 55 tỷ đồng."
    assert route_in_text(text, "55").fields["measure"] == "disbursed"
    # the plan itself, said with no disbursement before it
    assert route_in_text("Dự án đường ven sông Cái Lớn có kế hoạch vốn 80 tỷ đồng.", "80").fields["measure"] == "plan"


def test_a_headline_invests_money_in_the_work_written_right_after_it():
    routed = route_in_text("Huyện đầu tư 42 tỷ đồng kè sông Cái Tàu", "42")
    assert (routed.table, routed.fields["project_name"]) == ("projects", "kè sông Cái Tàu")
    assert routed.fields["measure"] == "total_investment"
    # money invested in no work: not a project's
    assert _not_a_project("Huyện đầu tư 42 tỷ đồng cho giáo dục.", "42")


def test_a_sentence_opening_on_a_source_of_the_money_splits_the_investment_before():
    text = (
        "Tỉnh chuẩn bị khởi công dự án đường vành đai Tây Sơn với tổng vốn đầu tư 4.200 tỷ đồng. "
        "Vốn ngân sách tỉnh 2.100 tỷ đồng và vốn nhà đầu tư 2.100 tỷ đồng."
    )
    for at in (1, 2):
        fields = route_in_text(text, "2.100", occurrence=at).fields
        assert (fields["project_name"], fields["measure"]) == ("đường vành đai Tây Sơn", "total_investment")


def test_a_bracket_after_a_counted_group_lists_its_works_with_the_groups_verb():
    text = (
        "Phía huyện, đã hoàn thành 3/5 cầu (cầu Kênh Xáng, cầu Cái Sơn và cầu Ba Tri), còn lại 2 cầu "
        "đang thi công (cầu Bến Đình và cầu Sông Đốc)."
    )
    events = {name: event for name, event, _ in _rows(text)}
    done, going_on = ["cầu Kênh Xáng", "cầu Cái Sơn", "cầu Ba Tri"], ["cầu Bến Đình", "cầu Sông Đốc"]
    assert events == dict.fromkeys(done, "completed") | dict.fromkeys(going_on, "in_progress")


def test_site_clearance_done_is_no_completed_work():
    text = "Dự án nâng cấp đường tỉnh 912 đã cơ bản hoàn thành giải phóng mặt bằng, còn 3 hộ chưa bàn giao."
    assert [(name, event) for name, event, _ in _rows(text)] == [("nâng cấp đường tỉnh 912", "in_progress")]
    # the work itself done is still completed
    assert _rows("Dự án nâng cấp đường tỉnh 912 đã hoàn thành.")[0][1] == "completed"


def test_a_project_that_has_or_belongs_to_something_is_no_name():
    text = "Dự án có điểm cuối nối với Dự án đường ven sông Trà Khúc đoạn qua xã An Phú."
    assert all(not name.startswith("có ") for name, _, _ in _rows(text))
    assert _rows("Dự án thuộc nhóm B, làm trong 3 năm.") == []


def test_an_approval_said_short_opens_a_headline_or_follows_its_approver():
    got = [(name, event) for name, event, _ in _rows("Duyệt xây dựng cầu vượt sông Đà Rằng mới")]
    assert got == [("cầu vượt sông Đà Rằng mới", "approved")]
    assert _rows("Thủ tướng vừa duyệt dự án cầu Bến Lức 2.")[0][1] == "approved"
    # a schedule approved long ago says no approval as news
    assert _rows("Dự án Hồ chứa nước Suối Lớn có thời gian thực hiện được duyệt từ năm 2018 - 2022.") == []


def test_a_bare_work_after_an_opening_adverbial_is_the_work_named_before():
    before = "Dự án cải tạo kênh tiêu Bắc Sơn có tổng mức đầu tư 900 tỷ đồng."
    text = (
        "Sở Xây dựng là chủ đầu tư. Năm 2024, dự án được cấp hơn 200 tỷ đồng; theo kế hoạch, dự án phải "
        "giải ngân 150 tỷ đồng. Tuy nhiên, đến cuối tháng 9, dự án mới giải ngân được 60 tỷ đồng."
    )
    got = {
        token: route_in_text(text, token, preceding=before) for token in ("200", "150", "60")
    }
    assert all(r is not None and r.table == "projects" for r in got.values())
    assert {token: r.fields["measure"] for token, r in got.items()} == {
        "200": "plan", "150": "plan", "60": "disbursed"
    }
    assert got["60"].fields["project_name"] == "cải tạo kênh tiêu Bắc Sơn"


def test_many_works_after_an_adverbial_stay_a_group():
    text = "Năm 2024, các dự án được cấp 500 tỷ đồng."
    assert _not_a_project(text, "500", preceding="Dự án cải tạo kênh tiêu Bắc Sơn đang thi công.")


def test_a_work_whose_money_goes_slowly_is_under_way():
    text = "Dự án kè sông Bắc Sơn có tổng mức đầu tư 90 tỷ đồng. Dự án giải ngân vốn chậm tiến độ do vướng mặt bằng."
    assert ("kè sông Bắc Sơn", "in_progress", None) in _rows(text)


def test_schools_counted_in_words_head_a_list_that_shares_their_event():
    text = (
        "Hai điểm trường được khởi công gồm: Điểm trường bản Nà Khoang (quy mô 2 phòng học); "
        "Điểm trường bản Co Sầu (quy mô 3 phòng học)."
    )
    got = _rows(text)
    assert ("Điểm trường bản Nà Khoang", "started", None) in got
    assert ("Điểm trường bản Co Sầu", "started", None) in got


def test_rooms_counted_inside_a_work_are_no_work():
    text = "Tỉnh khởi công điểm trường Nậm Ty (gồm 4 phòng học và 1 nhà vệ sinh, kinh phí 500 triệu đồng)."
    assert [name for name, _, _ in _events(text)] == ["điểm trường Nậm Ty"]


def test_the_value_a_donor_gives_for_a_work_is_its_price():
    text = "Đoàn thanh niên khởi công điểm trường Huổi Lếch (quy mô 2 phòng học, tổng giá trị tài trợ 300 triệu đồng)."
    fields = _project_fields(text, "300")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "điểm trường Huổi Lếch")


def test_a_charity_programme_that_gives_is_no_work():
    text = (
        "Dịp này, Dự án “Ánh sáng vùng cao” thuộc chương trình Vì em đã trao tặng 2 phòng máy tính "
        "cho Trường Tiểu học Nà Hỳ."
    )
    assert _rows(text) == []


def test_a_damage_word_inside_a_place_name_is_no_damage():
    text = "Sáng 5/10, tỉnh khởi công Trạm y tế xã Nậm Sập, huyện Phù Yên."
    assert [(name, event) for name, event, _ in _rows(text)] == [("Trạm y tế xã Nậm Sập", "started")]


def test_a_work_that_collapsed_is_still_damage():
    text = "Mưa lớn làm sập cầu treo Bản Mòn, huyện tạm dừng khởi công cầu mới."
    assert _rows(text) == []


def test_a_works_bare_kind_after_an_opening_adverbial_is_the_work_named_before():
    before = "Công trình Trường Tiểu học Nà Nghịu là một trong 5 trường mới của huyện."
    text = "Theo thiết kế, trường được xây dựng trên diện tích 2 ha, quy mô 20 lớp học. Tổng mức đầu tư 90 tỷ đồng."
    fields = _project_fields(text, "90", preceding=before)
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Trường Tiểu học Nà Nghịu")


def test_a_pictures_label_repeating_the_headline_is_no_row():
    text = "Huyện khánh thành cầu treo bản Pù Lầu ảnh 1 Các đại biểu dự lễ cắt băng."
    assert _rows(text) == []


def test_the_amount_a_work_is_approved_at_is_its_total_investment():
    text = "Năm 2018, Dự án hồ chứa nước Nậm Khẩu do UBND huyện làm chủ đầu tư được phê duyệt hơn 120 tỉ đồng."
    fields = _project_fields(text, "120")
    assert (fields["measure"], fields["event"]) == ("total_investment", "approved")


def test_a_longer_opening_clause_still_leads_to_the_work_named_before():
    before = "Dự án hồ chứa nước Nậm Khẩu được phê duyệt năm 2015."
    text = "Sau chín năm thi công kéo dài, đến năm 2022, dự án được điều chỉnh còn 98 tỉ đồng."
    fields = _project_fields(text, "98", preceding=before)
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "hồ chứa nước Nậm Khẩu")


def test_the_price_a_lead_opens_on_is_the_subjects_after_a_long_clause():
    text = (
        "Được đầu tư 120 tỉ đồng, sau gần 8 năm thi công chậm với nhiều lần gia hạn, dự án hồ chứa nước Nậm Khẩu "
        "vẫn chưa hoàn thành."
    )
    fields = _project_fields(text, "120")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "hồ chứa nước Nậm Khẩu")


def test_list_opened_by_do_la_after_the_counted_works():
    # "khởi công 3 công trình thủy lợi. Đó là: A; B; và C": words of the count before the full stop, then
    # another opener of the list; the last item's "và" is no part of its name
    text = (
        "Sáng 2/3, huyện Y khởi công 3 công trình thủy lợi. Đó là: kênh Bàu Sen, tổng mức đầu tư 9 tỷ đồng; "
        "đập Suối Cạn, tổng mức đầu tư 6 tỷ đồng; và đường liên thôn số 7, tổng mức đầu tư 4 tỷ đồng."
    )
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert rows == [("kênh Bàu Sen", "started"), ("đập Suối Cạn", "started"), ("đường liên thôn số 7", "started")]
    assert _project_fields(text, "4")["project_name"] == "đường liên thôn số 7"
    # a full stop after the count with no opener of a list: no items ("Đó là kết quả ..." is no list)
    text = "Năm nay huyện khởi công 3 công trình thủy lợi. Đó là kết quả của cả nhiệm kỳ, Bàu Sen; Suối Cạn."
    assert [e.name for e in find_project_events(text) if e.row] == []
def test_a_bare_project_priced_right_after_its_event_is_that_projects_money() -> None:
    # "Khởi công dự án hơn N tỷ đồng nối ...": a headline's project, named by what follows the amount
    got = route_in_text("Khởi công dự án hơn 800 tỷ đồng nối hai huyện miền núi", "800")
    assert got.table == "projects"
    assert got.fields["measure"] == "total_investment" and got.fields["event"] == "started"
    assert got.fields["project_name"] == "dự án nối hai huyện miền núi"
    # no event said with it: no project's news ("đề xuất dự án 50 tỷ đồng" is a proposal)
    assert route_in_text("Huyện đề xuất dự án 50 tỷ đồng làm đường", "50") is None


def test_a_headlines_described_work_is_the_project_the_text_names_with_those_words() -> None:
    # "Tỉnh đầu tư N tỷ đồng xây dựng tuyến kè ven sông" (no proper name) is the project the body names
    # "dự án ... tuyến kè ven sông ..."; without such a project the amount is no project's
    from orchestration.extraction import extract_document, extraction_to_json_rows

    def money_rows(text: str) -> list[dict]:
        rows = extraction_to_json_rows(extract_document(text.encode("utf-8"), "t.txt"))
        return [r for r in rows if r["table"] == "projects" and r["measure"] == "total_investment"]

    title = "Tỉnh Bắc Hà đầu tư gần 900 tỷ đồng xây dựng tuyến kè ven sông\n\n"
    body = "Sáng 3/4, tỉnh Bắc Hà khởi công dự án thành phần 2 tuyến kè ven sông và cầu Đông Lạc.\n"
    got = money_rows(title + body)
    assert [(r["project_name"], r["value"]) for r in got] == [("tuyến kè ven sông", 900e9)]
    assert money_rows(title + "Sáng 3/4, tỉnh Bắc Hà họp bàn kế hoạch đầu tư công.\n") == []


def test_a_works_price_said_with_tri_gia_and_its_share_are_its_money() -> None:
    # "dự án X trị giá hơn N tỉ đồng, trong đó ngân sách nhà nước khoảng M tỉ đồng": the price and a source's share
    text = (
        "Sáng 5-6, tỉnh khởi công dự án cầu Bến Lăng trị giá hơn 900 tỉ đồng, trong đó ngân sách "
        "nhà nước khoảng 400 tỉ đồng."
    )
    read = [route_in_text(text, token) for token in ("900", "400")]
    assert {(r.table, r.fields["measure"], r.fields["project_name"]) for r in read} == {
        ("projects", "total_investment", "cầu Bến Lăng")
    }


def test_a_numbered_phase_said_as_the_projects_is_a_phase_anywhere_in_its_sentence() -> None:
    # "Dự kiến giai đoạn 2 của dự án sẽ khởi công ...": the phase, its start still to come; a period is none
    assert _events("Theo tỉnh, dự kiến giai đoạn 2 của dự án sẽ khởi công vào quý III.") == [
        ("giai đoạn 2", "in_progress", None)
    ]
    assert _events("Vốn giai đoạn 2021-2025 của dự án đã được bố trí đủ.") == []


def test_a_headline_opening_on_an_amount_repeating_a_projects_words_is_its_price() -> None:
    # "N tỷ đồng nâng tầm cấp nước sạch cho huyện X" (a headline) and "Dự án Cấp nước sạch cho huyện X ..." in the
    # body: the amount is that project's; words no project of the text is named by leave it alone
    from orchestration.extraction import extract_document, extraction_to_json_rows

    def money_rows(text: str) -> list[tuple[str, float]]:
        rows = extraction_to_json_rows(extract_document(text.encode("utf-8"), "t.txt"))
        return [(r["project_name"], r["value"]) for r in rows if r["table"] == "projects" and r["measure"]]

    title = "1.300 tỷ đồng nâng tầm cấp nước sạch cho huyện Mỹ Lạc\n\n"
    body = "Tỉnh Bắc Hà vừa phê duyệt Dự án Cấp nước sạch cho huyện Mỹ Lạc giai đoạn 2025 - 2030.\n"
    assert money_rows(title + body) == [("cấp nước sạch cho huyện Mỹ Lạc", 1300e9)]
    assert money_rows(title + "Tỉnh Bắc Hà vừa họp bàn kế hoạch cấp nước cho huyện Mỹ Lạc.\n") == []
def test_a_list_of_guests_carries_no_event_to_the_work_described_after_it():
    # "Dự lễ khởi công có: A, chức vụ; B, ...; C ...": the people present, not a list of works
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Sáng 12/4, huyện tổ chức lễ khởi công Dự án kè sông Cái Lớn đoạn qua thị trấn.\n\n"
        "Dự lễ khởi công có các đồng chí: Trần Văn Hai, Phó Chủ tịch UBND huyện; Lê Thị Ba, Trưởng phòng Kinh tế; "
        "Đỗ Văn Tư, Bí thư Đảng ủy thị trấn.\n\n"
        "Dự án kè sông Cái Lớn đoạn qua thị trấn gồm các hạng mục: tường kè dài 1,2 km; đường dạo ven sông.\n"
    )
    got = [(e.project_name, e.event) for e in project_events(build_layout(text), 2024)]
    assert got == [("kè sông Cái Lớn đoạn qua thị trấn", "started")]


def test_an_ellipsis_before_a_capital_ends_the_sentence_of_a_work():
    # "... quy mô gần 300 ha… Còn tháng trước, tỉnh đã chấp thuận chủ trương dự án Y": the approval after the
    # ellipsis is Y's, not a second approval of X
    text = (
        "Tháng 5 vừa qua, Thủ tướng có quyết định chủ trương đầu tư dự án Khu công nghiệp Tân Phước 3. Công ty Nam "
        "Hòa được chọn thực hiện dự án này tại xã Phước Hòa với quy mô gần 300 ha… Còn tháng trước, tỉnh đã chấp "
        "thuận chủ trương đầu tư dự án Nhà máy điện khí Phước Hòa."
    )
    approvals = [("Khu công nghiệp Tân Phước 3", "approved", None), ("Nhà máy điện khí Phước Hòa", "approved", None)]
    assert _rows(text) == approvals


def test_the_price_said_before_the_work_it_is_of_says_no_event():
    # "Tổng mức đầu tư dự án X hơn 80 tỷ đồng": the work owns its price; no news of its progress
    text = "Tổng mức đầu tư dự án cầu Phú Lợi 2 hơn 80 tỷ đồng, thời gian thi công năm 2024 - 2025."
    assert _rows(text) == []
    fields = _project_fields(text, "80")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "cầu Phú Lợi 2")


def test_the_stretch_of_road_a_work_covers_is_a_description():
    # "Dự án X, giai đoạn 2, đoạn Km12+300 - Km18+000 (từ ... đến ...)": where it runs, no news of it
    text = "Dự án đường tỉnh 915, giai đoạn 2, đoạn Km12+300 - Km18+000 (từ ngã ba Long Hưng đến cầu Rạch Gòi)."
    assert _rows(text) == []
    started = "Sáng 3/5, huyện khởi công Dự án đường tỉnh 915, giai đoạn 2, đoạn Km12+300 - Km18+000."
    assert _rows(started)[0][:2] == ("đường tỉnh 915", "started")  # with a verb, the news is said
    # a stretch inside a long subject whose verb comes after the semicolon: the work is under way
    subject = (
        "Dự án sửa chữa đường tỉnh 915, đoạn từ Km2+100 - Km6+500, huyện Y do Sở Giao thông vận tải làm chủ "
        "đầu tư; nhà thầu X thi công với tổng mức đầu tư 40 tỷ đồng hiện đang được gấp rút triển khai."
    )
    assert [row[:2] for row in _rows(subject)] == [("sửa chữa đường tỉnh 915", "in_progress")]


def _document_events(text):
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    return [(e.project_name, e.event) for e in project_events(build_layout(text), 2024)]


def test_a_counted_group_approved_gives_its_event_to_the_works_listed_after_it():
    # "phê duyệt 3 dự án ...", then a paragraph "A; B; C.": the works of the approval
    text = (
        "Chiều 5/4, HĐND huyện đã thống nhất phê duyệt 3 dự án giao thông, thủy lợi.\n\n"
        "Dự án đường tránh thị trấn Mỏ Cày; dự án kè sông Ba Lai đoạn qua xã Tân Mỹ; dự án nạo vét kênh Xáng Mới.\n"
    )
    assert ("kè sông Ba Lai đoạn qua xã Tân Mỹ", "approved") in _document_events(text)
    assert ("nạo vét kênh Xáng Mới", "approved") in _document_events(text)


def test_a_list_opening_on_cu_the_la_takes_the_groups_event_for_its_first_work_too():
    # "Cụ thể là A; B; C.": the lead word before the first item is no verb of its own
    text = (
        "Chiều 5/4, HĐND huyện đã thống nhất phê duyệt 3 dự án giao thông, thủy lợi.\n\n"
        "Cụ thể là dự án đường tránh thị trấn Mỏ Cày; dự án kè sông Ba Lai đoạn qua xã Tân Mỹ; dự án nạo vét kênh "
        "Xáng Mới.\n"
    )
    assert _document_events(text)[0] == ("đường tránh thị trấn Mỏ Cày", "approved")


def test_a_funders_share_of_the_cost_a_sentence_opens_on_is_the_works_money():
    # "Kinh phí xây dựng X do A hỗ trợ N, huyện đối ứng M": each funder's share of the works' cost
    text = (
        "Kinh phí xây dựng 3 cây cầu dân sinh do một doanh nghiệp tại Cần Giuộc tài trợ 450 triệu đồng, xã Long "
        "Phú đối ứng 120 triệu đồng."
    )
    shares = [route_in_text(text, token) for token in ("450", "120")]
    assert [(got.table, got.fields["measure"]) for got in shares] == [("projects", "total_investment")] * 2


def test_a_theatre_and_a_classroom_building_are_works():
    # (round 17 project news: "nhà hát" and "nhà học" open the name of a work like "nhà văn hóa")
    text = "Công trình Nhà hát Ca múa nhạc tỉnh có tổng vốn hơn 300 tỷ đồng, với 800 chỗ ngồi."
    fields = _project_fields(text, "300")
    assert fields["measure"] == "total_investment" and fields["project_name"].startswith("Nhà hát")
    got = _rows("Sáng 5/9, xã Tân Lập khởi công nhà học 3 tầng 12 phòng cho học sinh vùng cao.")
    assert any(name.startswith("nhà học 3 tầng") and event == "started" for name, event, _ in got)


_COUNTED_WORKS_NEWS = (
    "Sáng 5/9, UBND xã Tân Lập tổ chức khởi công 3 dự án trên địa bàn.\n\n"
    "Cụ thể, Dự án xây dựng nhà học 2 tầng của Trường Tiểu học Hòa Bình với kinh phí 5 tỷ đồng.\n\n"
    "Quang cảnh lễ khởi công Dự án xây dựng nhà học 2 tầng của Trường Tiểu học Hòa Bình. Ảnh: T.H\n\n"
    "Dự án đường giao thông từ thôn Nà Pài đến trung tâm xã dài 2 km.\n\n"
    "Trong khi đó, Trường Mầm non Sơn Ca được xây mới 4 phòng học.\n"
)


def _news_project_rows(text):
    from orchestration.extraction import extract_document, extraction_to_json_rows

    rows = extraction_to_json_rows(extract_document(text.encode(), "xa.txt"))
    return [(r["project_name"], r["event"]) for r in rows if r["table"] == "projects" and r["measure"] is None]


def test_items_of_a_counted_group_after_a_connective_or_a_photo_caption():
    # "khởi công 3 dự án." then "Cụ thể, A ...", a caption, "B ...", "Trong khi đó, C ...": each item
    # takes the group's event
    got = _news_project_rows(_COUNTED_WORKS_NEWS)
    assert any(name.startswith("xây dựng nhà học 2 tầng") and event == "started" for name, event in got)
    assert ("đường giao thông từ thôn Nà Pài đến trung tâm xã", "started") in got
    assert ("Trường Mầm non Sơn Ca", "started") in got


def test_a_caption_repeating_a_work_is_a_row_and_the_school_owning_a_work_gives_none():
    # the caption repeats the classroom block's groundbreaking (every mention with its event is a row, as
    # in the development gold); "của Trường X" names whose block it is
    got = _news_project_rows(_COUNTED_WORKS_NEWS)
    assert sum(name.startswith("xây dựng nhà học 2 tầng") for name, _ in got) == 2
    assert not any(name.startswith("Trường Tiểu học Hòa Bình") for name, _ in got)


def test_a_building_class_and_works_at_many_places_are_no_names():
    # "quy mô công trình cấp III": the class of a building; "trạm y tế tại các xã": a kind, many places
    assert not is_named("cấp III", False)
    assert not is_named("loại II", False)
    assert _rows("Đồng loạt khởi công xây dựng trạm y tế tại các xã vùng cao của tỉnh.") == []
    assert ("trạm y tế xã Tân Lập", "started", None) in _rows("Khởi công xây dựng trạm y tế xã Tân Lập.")


def test_the_cost_of_the_counted_works_is_their_investment():
    # "Tổng kinh phí của 4 công trình là 9,6 tỷ đồng": the price of the group the news counted
    fields = _project_fields("Tổng kinh phí của 4 công trình là 9,6 tỷ đồng, từ ngân sách xã.", "9,6")
    assert fields["measure"] == "total_investment" and fields["project_name"] == "4 công trình"


def test_works_picked_for_a_ceremony_still_to_come_are_under_way():
    # "2 dự án được lựa chọn khởi công dịp này gồm: ...": chosen for a groundbreaking not yet held
    got = _rows(
        "Tại tỉnh, 2 dự án được lựa chọn khởi công dịp này gồm: Dự án Khu công nghiệp Bắc Sơn, Dự án cầu Tân Mỹ."
    )
    assert ("Khu công nghiệp Bắc Sơn", "in_progress", None) in got
    assert ("cầu Tân Mỹ", "in_progress", None) in got


def test_a_road_where_a_work_stands_or_runs_is_no_work_of_the_news():
    # "đặt tại Km12, Quốc lộ 6": the hospital's site; "dọc theo Quốc lộ 37": where the lamps run
    got = _rows("Tỉnh khánh thành Trung tâm Y tế Hòa An, đặt tại Km12, Quốc lộ 6, khởi công từ tháng 3/2024.")
    assert not any(name.startswith("Quốc lộ 6") for name, _, _ in got)
    got = _rows("Xã khánh thành tuyến đèn chiếu sáng thôn Bản Pò dài 2 km dọc theo Quốc lộ 37 đến chợ xã.")
    assert not any(name.startswith("Quốc lộ 37") for name, _, _ in got)


def test_a_quoted_work_described_after_its_closing_mark_says_no_event():
    # 'Công trình “X” có tổng chiều dài ...': a description of the work, no news of it
    assert _rows("Công trình “Đường hoa thôn Nà Mò” có tổng chiều dài 1,2 km, rộng 3 m.") == []


def test_a_start_then_a_completion_joined_by_a_comma():
    # "Công trình khởi công từ tháng 4/2022, hoàn thành và đưa vào sử dụng tháng 5/2025": two events
    got = _rows("Nhà thi đấu tỉnh Hà Sơn khởi công từ tháng 4/2022, hoàn thành và đưa vào sử dụng tháng 5/2025.")
    events = {event for name, event, _ in got if name.startswith("Nhà thi đấu")}
    assert events == {"started", "completed"}


def test_works_counted_across_the_country_are_no_group_of_the_province():
    # "khánh thành 120 công trình ... trên cả nước": the country's works, not the province's
    text = "Sáng 2/9, lễ khánh thành 120 công trình với tổng mức đầu tư 500.000 tỷ đồng diễn ra trên cả nước."
    assert _not_a_project(text, "500.000")
    assert _project_fields("Tỉnh khánh thành 3 công trình với tổng mức đầu tư 900 tỷ đồng.", "900")["measure"] == (
        "total_investment"
    )


def test_a_work_listed_after_cac_du_an_gom_is_a_project_item():
    # "Các dự án gồm Trạm bơm X, vốn ...; dự án Y, ...": the first item is listed as a project too
    got = _rows("Các dự án gồm Trạm bơm Phú Lộc, vốn đầu tư 20 tỷ đồng; dự án Kênh Đồng Xuân, vốn đầu tư 15 tỷ đồng.")
    assert ("Trạm bơm Phú Lộc", "in_progress", None) in got
def test_a_day_followed_by_toi_is_still_ahead() -> None:
    got = _events("Cầu Phú Mỹ 3 được khởi công ngày 15-9 tới tại xã Tân Hòa.")
    assert [event for _, event, _ in got] == ["in_progress"]
    got = _events("Trường Tiểu học Hòa Bình được khánh thành vào tháng tới.")
    assert [event for _, event, _ in got] == ["in_progress"]
    got = _events("Từ khi khởi công tới nay, Cầu Phú Mỹ 3 đã hoàn thành.")
    assert "in_progress" not in [event for _, event, _ in got]


def test_build_the_work_before_a_name_is_no_part_of_it() -> None:
    got = _events("UBND tỉnh phê duyệt dự án đầu tư xây dựng công trình Đê bao ấp Tân Thạnh, tổng vốn 30 tỷ đồng.")
    assert [(name, event) for name, event, _ in got] == [("Đê bao ấp Tân Thạnh", "approved")]


def test_since_after_du_an_opens_no_name() -> None:
    assert _events("Thời hạn của dự án kể từ ngày cấp Giấy phép đầu tư đến ngày 1/5/2070.") == []


def test_a_price_after_du_an_is_no_name() -> None:
    assert not is_named("250 tỷ đồng ở Cà Mau", False)
    assert not is_named("2 tỉ USD tại Long An", False)


def test_school_levels_listed_with_commas_stay_in_one_name():
    # "trường lớp học mầm non, tiểu học huyện X": the levels one works project covers, not two works
    text = "Dự án kiên cố hóa trường lớp học mầm non, tiểu học huyện Hòa Sơn giai đoạn 2018 - 2020 vừa được phê duyệt."
    got = [("kiên cố hóa trường lớp học mầm non, tiểu học huyện Hòa Sơn giai đoạn 2018 - 2020", "approved", None)]
    assert _events(text) == got
    # a level followed by a capitalised name is a school of its own in a list
    listed = "Khánh thành Trường Mầm non Sao Mai, Trường Tiểu học Lê Lợi."
    names = [name for name, _, _ in _events(listed)]
    assert "Trường Mầm non Sao Mai" in names


def test_a_place_counts_its_share_of_projects_approved_in_general_and_lists_them_after() -> None:
    # "phê duyệt chủ trương đầu tư các dự án ..., tỉnh X có ba dự án", then "Các dự án gồm: A; B; C": the
    # approval said of projects in general gives its event to the place's works listed in the next paragraph
    text = (
        "Theo quyết định phê duyệt chủ trương đầu tư các dự án chống sạt lở bờ sông vùng đồng bằng, tỉnh Y có "
        "ba dự án được hỗ trợ vốn.\n\n"
        "Các dự án gồm: Dự án kè sông Cái Lớn (huyện Gò Quao) có tổng mức đầu tư 40 tỷ đồng; Dự án kè kênh "
        "Xẻo Rô (huyện An Biên) có tổng mức đầu tư 25 tỷ đồng; Dự án kè sông Trẹm có tổng mức đầu tư 20 tỷ đồng.\n"
    )
    events = _document_events(text)
    assert ("kè sông Cái Lớn", "approved") in events
    assert ("kè kênh Xẻo Rô", "approved") in events
    assert ("kè sông Trẹm", "approved") in events


def test_a_berth_is_one_work_noun() -> None:
    got = _events("Công ty đang xây dựng cầu cảng số 3, số 4.")
    assert [(name, event) for name, event, _ in got] == [("cầu cảng số 3", "in_progress")]


def test_soon_to_open_is_still_under_way() -> None:
    got = _events("Hiện đang thi công Cầu Tân Hòa, sớm đưa vào sử dụng trong năm tới.")
    assert [event for _, event, _ in got] == ["in_progress"]
    got = _events("Chợ Phú An, sớm đưa vào sử dụng trong quý III.")
    assert [event for _, event, _ in got] == ["in_progress"]


def test_a_plan_opening_the_sentence_before_the_work_keeps_it_under_way() -> None:
    got = find_project_events("Dự kiến cầu Phú Lâm hoàn thành trong tháng 6.", "cầu Phú Lâm")
    assert [(e.name, e.event) for e in got if e.row] == [("cầu Phú Lâm", "in_progress")]
    # a bare "Dự kiến cầu hoàn thành ..." after the work was named is its schedule, no row of its own (three
    # annotators of four read it so)
    assert [e for e in find_project_events("Cầu dài 300 m. Dự kiến cầu hoàn thành vào quý IV.", "cầu Phú Lâm")
            if e.row] == []


def test_the_roads_a_route_starts_ends_or_links_are_no_works_of_the_news() -> None:
    got = _events("Tuyến đường bắt đầu từ quốc lộ 80 và kết thúc tại đường tỉnh 960, xã Phú Lợi.")
    assert [name for name, _, _ in got] == []
    got = _events("Cầu Phú Lâm giúp tăng kết nối quốc lộ 91 với quốc lộ 1.")
    assert "quốc lộ 91" not in [name for name, _, _ in got]


def test_the_main_span_is_a_part_of_the_work() -> None:
    text = "Riêng cầu chính vượt sông Hậu dài 2 km. Công trình do Sở Xây dựng làm chủ đầu tư."
    got = find_project_events(text, "cầu Phú Lâm")
    assert "cầu chính vượt sông Hậu" not in [e.name for e in got]


def test_a_second_verb_joined_by_va_shares_the_future_of_the_first() -> None:
    text = "Nhà máy thủy điện Nậm Pàn sẽ được phát điện thử vào quý II và hoàn thành vào cuối năm."
    assert [event for _, event, _ in _events(text)] == ["in_progress"]
    text = "Khu công nghiệp Tân Phú sẽ được mở rộng thêm 50 ha và khánh thành trong năm tới."
    assert [event for _, event, _ in _events(text)] == ["in_progress"]


def test_officially_in_service_is_completion() -> None:
    assert [event for _, event, _ in _events("Cảng cá Hòa Lộc chính thức hoạt động")] == ["completed"]
    assert [event for _, event, _ in _events("Nhà máy nước Đông Sơn sẽ chính thức vận hành vào tháng 5.")] == [
        "in_progress"
    ]
    assert [event for _, event, _ in _events("Nhà máy nước Đông Sơn chính thức vận hành thử.")] != ["completed"]


def test_a_photo_credit_colon_opens_no_list_of_works() -> None:
    text = "Tỉnh đã khánh thành nhiều công trình thủy lợi ẢNH: MINH TÂM"
    assert [name for name, _, _ in _events(text)] == []
    text = "Tỉnh đã khánh thành các công trình như: Cầu Phú Hòa; Chợ Tân Lập."
    assert [name for name, _, _ in _events(text)] == ["Cầu Phú Hòa", "Chợ Tân Lập"]


def test_a_capital_kind_before_lowercase_words_is_no_name() -> None:
    assert not is_named("FDI trọng điểm lĩnh vực da giày", False)
    assert not is_named("ODA lớn trong ngành nước", False)
    assert is_named("ODA Sông Cầu", False)


def test_loat_du_an_nhu_heads_a_list_of_examples() -> None:
    text = "Tỉnh khởi công loạt dự án như: Trung tâm Dữ liệu tỉnh với tổng vốn 300 tỉ đồng; Nhà máy nước Phú Yên."
    assert [name for name, _, _ in _events(text)] == ["Trung tâm Dữ liệu tỉnh", "Nhà máy nước Phú Yên"]


def test_an_event_verb_then_se_is_a_condition_not_the_event_done() -> None:
    got = _events("Dự án Khu du lịch Hòn Yến đi vào hoạt động sẽ tạo việc làm cho 500 lao động.")
    assert "completed" not in [event for _, event, _ in got]
    got = _events("Nhà máy nước Tân Lập đã hoàn thành và sẽ bàn giao trong tháng 5.")
    assert [event for _, event, _ in got] == ["completed"]


def test_a_headline_kind_of_project_priced_after_its_event() -> None:
    r = route_in_text("Phê duyệt dự án FDI gần 500 tỉ cho một KCN ở Phú Yên", "500")
    assert r is not None and r.table == "projects" and r.fields["event"] == "approved"
    assert _not_a_project("Tỉnh có dự án gần 500 tỉ đồng", "500")


def test_a_gate_and_a_clinic_written_tyt_are_works():
    assert _rows("Sáng 5/3, huyện khởi công TYT xã Hòa Bình và TYT xã Tân Lộc.") == [
        ("TYT xã Hòa Bình", "started", None), ("TYT xã Tân Lộc", "started", None)]
    assert _rows("Công trình cổng chào xã Tân Hòa vừa hoàn thành đưa vào sử dụng.") == [
        ("cổng chào xã Tân Hòa", "completed", None)]


def test_months_of_works_gone_by_mean_the_work_is_finished():
    assert _rows("Sau khoảng 6 tháng thi công, nhà văn hóa thôn Tân Lập đã được xây dựng khang trang.") == [
        ("nhà văn hóa thôn Tân Lập", "completed", None)]
    assert _rows("Cầu Tân An đang thi công.") == [("Cầu Tân An", "in_progress", None)]


def test_a_price_then_the_generic_cong_trinh_then_the_work_it_pays_for():
    fields = _project_fields("Trên 6 tỷ đồng xây dựng công trình cầu Tân Lập", "6")
    assert fields["project_name"] == "cầu Tân Lập" and fields["measure"] == "total_investment"


def test_a_work_spelled_with_old_tone_marks_is_a_work():
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = ("Khánh thành nhà văn hoá thôn Đồng Tâm\n\nNgày 3/5, thôn Đồng Tâm khánh thành nhà văn hoá thôn "
            "Đồng Tâm, tổng kinh phí trên 450 triệu đồng.\n")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "projects"]
    names = {r["project_name"] for r in rows}
    assert any(n.startswith("nhà văn hoá thôn Đồng Tâm") for n in names)
    assert any(r["value"] == 450e6 for r in rows)


def test_works_run_since_a_month_say_when_the_work_started() -> None:
    # "thi công từ tháng 3/2019": construction began that month
    assert _rows("Cầu Bến Lội được thi công từ tháng 3/2019 với hơn 100 công nhân.") == [
        ("Cầu Bến Lội", "started", dt.date(2019, 3, 1))
    ]


def test_works_still_running_or_a_schedule_from_a_month_are_no_start() -> None:
    # "đang thi công từ ...": still going; "thi công từ tháng 3/2025 đến tháng 12/2026": a schedule
    assert [e for _, e, _ in _rows("Cầu Bến Lội đang thi công từ tháng 3/2024.")] == ["in_progress"]
    assert [e for _, e, _ in _rows("Cầu Bến Lội thi công từ tháng 3/2025 đến tháng 12/2026.")] != ["started"]


def test_chemical_and_petrochemical_complexes_are_works() -> None:
    assert _rows("Sáng 5/3, tỉnh khởi công Tổ hợp Hóa dầu Nam Vân Phong.")[0][:2] == (
        "Tổ hợp Hóa dầu Nam Vân Phong",
        "started",
    )


def test_a_superlative_after_a_work_noun_describes_and_names_no_work() -> None:
    # "tổ hợp hóa dầu lớn nhất miền Trung": what the work will be, the place is no name of it
    assert _rows("Khi xong, nơi đây sẽ trở thành tổ hợp hóa dầu lớn nhất miền Trung.") == []
    assert _rows("Năm 2024, tỉnh khởi công bệnh viện lớn nhất Tây Nguyên.") == []


def test_the_bare_kind_built_at_a_place_goes_on_about_the_work_named_before() -> None:
    # "Nhà máy xây dựng tại xã X ...": where the plant named before is built, its price its own
    before = "Sáng 3/4, tỉnh khởi công Nhà máy giày da Hưng Phát."
    text = "Nhà máy xây dựng tại xã Tân Lập, tổng vốn đầu tư khoảng 40 triệu USD."
    fields = _project_fields(text, "40", preceding=before)
    assert (fields["project_name"], fields["measure"]) == ("Nhà máy giày da Hưng Phát", "total_investment")


def test_the_total_sources_of_a_project_are_its_investment() -> None:
    # "Tổng nguồn vốn của dự án khoảng X": all the money the project is built with
    before = "Tỉnh chấp thuận chủ trương đầu tư dự án Khu nghỉ dưỡng Bãi Dài."
    text = "Tổng nguồn vốn của dự án khoảng 210 tỷ đồng từ vốn tự có của nhà đầu tư."
    fields = _project_fields(text, "210", preceding=before)
    assert (fields["project_name"], fields["measure"]) == ("Khu nghỉ dưỡng Bãi Dài", "total_investment")


def test_a_group_of_mega_projects_names_none() -> None:
    # "loạt siêu dự án": "siêu" (mega) belongs to the group, what follows is no name
    assert _rows("Các tập đoàn khởi công loạt siêu dự án tổng hàng chục nghìn tỷ tại Nghệ An.") == []


def test_a_tourism_complex_is_a_work() -> None:
    # "quần thể du lịch/nghỉ dưỡng X": a resort complex named without "dự án"
    assert route_in_text("Gần 500 tỷ đồng xây dựng quần thể nghỉ dưỡng Núi Hồng", "500").table == "projects"


def test_a_district_in_brackets_after_a_works_name_is_where_it_stands() -> None:
    text = "Thủ tướng phê duyệt các dự án gồm: Dự án kè biển Tân An (huyện Hải Lăng) có tổng mức đầu tư 30 tỷ đồng."
    assert [name for name, _, _ in _events(text)] == ["kè biển Tân An"]
    # a phase or an abbreviation in brackets is the name's own
    assert [name for name, _, _ in _events("Sáng 5/3, tỉnh khởi công cầu Tân An (giai đoạn 2).")] == [
        "cầu Tân An (giai đoạn 2)"]


def test_inauguration_opening_to_traffic_for_use_is_the_ceremony():
    # "khánh thành thông xe đưa vào sử dụng cầu X": one ceremony, opening and use are its purpose
    assert _events("Huyện vừa khánh thành thông xe đưa vào sử dụng cầu Kênh Mới.") == [
        ("cầu Kênh Mới", "inaugurated", None)
    ]


def test_abbreviated_cultural_house_is_a_work():
    # "nhà VH thôn X": the portals' short form of nhà văn hóa names the work as well
    assert _events("Xã Tân Lập đưa vào sử dụng nhà VH thôn Đồng Chằm.") == [
        ("nhà VH thôn Đồng Chằm", "completed", None)
    ]


def test_a_paragraph_of_examples_after_an_uncounted_groups_event_takes_that_event() -> None:
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Trong tháng 9, tỉnh khánh thành hàng loạt trường học đón năm học mới.\n\n"
        "Như Trường mầm non Hoa Sen, xã Tân Lập với tổng mức đầu tư 20 tỉ đồng. Trường tiểu học Kim Đồng, "
        "xã Tân Hòa; Trường THCS Lê Lợi, xã Tân Phú.\n"
    )
    got = {(e.project_name, e.event) for e in project_events(build_layout(text))}
    assert {("Trường mầm non Hoa Sen", "inaugurated"), ("Trường tiểu học Kim Đồng", "inaugurated"),
            ("Trường THCS Lê Lợi", "inaugurated")} <= got
    # without the group's event, the examples say none
    plain = text.replace("khánh thành hàng loạt trường học", "có nhiều trường học")
    assert not any(e.event == "inaugurated" for e in project_events(build_layout(plain)))


def test_a_cultural_house_said_again_after_the_design_owns_the_price() -> None:
    text = ("Theo thiết kế, nhà văn hóa được xây dựng theo tiêu chuẩn nhà cấp 4. "
            "Tổng kinh phí đầu tư 1,8 tỷ đồng, do ngân sách xã và nhân dân đóng góp.")
    fields = _project_fields(text, "1,8", preceding="Sáng 3/5, xã Tân Lập khánh thành nhà văn hóa thôn Đồng Tâm.\n")
    assert fields["project_name"] == "nhà văn hóa thôn Đồng Tâm" and fields["measure"] == "total_investment"


def test_a_ceremony_the_headline_announces_ahead_is_still_to_come_in_the_body() -> None:
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.projects import announced_event
    from orchestration.extraction.routing import project_events

    assert announced_event("2 ngày nữa, Tân Lập khởi công loạt dự án lớn") == "started"
    assert announced_event("Sắp khánh thành cầu Tân An") == "inaugurated"
    assert announced_event("Tân Lập khởi công loạt dự án lớn") is None
    text = (
        "date 2024-05\nSắp khởi công loạt dự án lớn tại Tân Lập\n\n"
        "Tỉnh cho biết sẽ khởi công 3 dự án vào ngày 19/5.\n\n"
        "Trong số các dự án được khởi công, Khu công nghiệp Tân Phú có tổng vốn đầu tư 1.200 tỷ đồng. "
        "Năm ngoái tỉnh đã khởi công cầu Tân An.\n"
    )
    got = {(e.project_name, e.event) for e in project_events(build_layout(text))}
    assert ("Khu công nghiệp Tân Phú", "in_progress") in got
    assert ("cầu Tân An", "started") in got  # (said done in its own sentence)
    from orchestration.extraction import extract_document, extraction_to_json_rows

    money = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
             if r["table"] == "projects" and r["value"] == 1.2e12]
    assert [r["event"] for r in money] == ["in_progress"]  # (its money row says so too)


def _project_rows(text: str) -> list[dict]:
    from orchestration.extraction import extract_document, extraction_to_json_rows

    return [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
            if r["table"] == "projects"]


def test_a_wind_farm_cluster_is_a_work_noun() -> None:
    # "(cụm) trang trại điện gió" heads a work's name the way "nhà máy điện gió" does.
    text = ("Tin tỉnh Tân Lập\n\nSáng 5-3, tỉnh đã khởi công cụm trang trại Điện gió Hòa Sơn "
            "với tổng vốn 500 tỉ đồng.\n")
    rows = _project_rows(text)
    assert ("cụm trang trại Điện gió Hòa Sơn", "started") in {(r["project_name"], r["event"]) for r in rows}
    title = "Rót hơn 600 tỉ đồng xây dựng trang trại điện gió ở Tân Lập\n\nBài viết.\n"
    assert [r["value"] for r in _project_rows(title)] == [6e11]


def test_registered_capital_of_a_named_project_is_its_investment() -> None:
    # A licensed project's "(tổng) vốn đăng ký" is its investment; a count of projects keeps
    # its registered capital in indicators.
    one = "Tin tỉnh Tân Lập\n\nDự án Nhà máy dệt Hòa Phong có tổng vốn đăng ký 25 triệu USD.\n"
    assert [(r["project_name"], r["measure"], r["value"], r["unit"]) for r in _project_rows(one)] == [
        ("Nhà máy dệt Hòa Phong", "total_investment", 25e6, "USD")]
    many = "Tin tỉnh Tân Lập\n\nNăm 2023, tỉnh thu hút 9 dự án với tổng vốn đăng ký 410 tỷ đồng.\n"
    assert _project_rows(many) == []


def test_a_time_span_after_du_an_is_no_name() -> None:
    # "dự án từ quý I/2024 đến quý IV/2027" says when the project runs, not what it is called.
    assert not is_named("từ quý I/2024 đến quý IV/2027", False)
    assert not is_named("trong năm 2026", False)
    assert is_named("Từ Sơn Xanh", False)


def test_a_quarter_numeral_is_no_proper_noun_of_a_name() -> None:
    # "dự án khởi công trong quý I": the Roman numeral of a quarter does not make a name.
    assert not is_named("khởi công trong quý I", False)
    assert is_named("Khu đô thị Quý Lộc", False)


def test_the_total_value_of_a_work_is_its_price():
    text = "Chợ Tân Phú được xây mới trên nền chợ cũ, với tổng giá trị công trình gần 3 tỷ đồng."
    fields = _project_fields(text, "3")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Chợ Tân Phú")


def test_stacked_approximators_before_a_price_said_of_this_project():
    text = (
        "Năm 2019, huyện triển khai dự án trường Tiểu học xã Phú Lâm. "
        "Tổng mức đầu tư cho dự án này khoảng gần 7 tỷ đồng."
    )
    fields = _project_fields(text, "7")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "trường Tiểu học xã Phú Lâm")


def test_works_referred_back_to_own_the_price_of_the_counted_group():
    text = (
        "Xã vừa bàn giao 4 cây cầu bê tông cho người dân.\n"
        "Số cầu trên được làm thay cầu khỉ, với tổng trị giá 1,2 tỷ đồng."
    )
    fields = _project_fields(text, "1,2")
    assert fields["measure"] == "total_investment"
    assert fields["project_name"].startswith("4 cây cầu bê tông")
    # (a place, "trên địa bàn", is no reference back)
    assert _not_a_project("Các công trình trên địa bàn xã có tổng vốn 5 tỷ đồng.", "5")


def test_a_forecast_counting_works_governs_its_event_verb() -> None:
    text = (
        "Năm 2027, dự kiến toàn tỉnh có 12 dự án mới đi vào hoạt động, trong đó có các dự án: "
        "Nhà máy sản xuất giấy Bình Minh (vốn 40 triệu USD), nhà máy chế biến gỗ An Phát (vốn 300 tỷ đồng)."
    )
    got = [(e.name, e.event) for e in find_project_events(text, year=2026)]
    assert got == [("Nhà máy sản xuất giấy Bình Minh", "in_progress"), ("nhà máy chế biến gỗ An Phát", "in_progress")]
    # (a count already reached is news of the event)
    done = "Đến nay toàn tỉnh có 12 dự án đi vào hoạt động, gồm: nhà máy chế biến gỗ An Phát; nhà máy giấy Hòa Bình."
    assert {e.event for e in find_project_events(done, year=2026)} == {"completed"}


def test_a_dashed_day_dates_the_event_in_the_documents_year() -> None:
    got = [(e.name, e.date) for e in find_project_events("Ngày 16-5, tỉnh khởi công cầu Tân Phú.", year=2016)]
    assert got == [("cầu Tân Phú", dt.date(2016, 5, 16))]
    # (a range of days is no single day)
    got = [(e.name, e.date) for e in find_project_events("Từ ngày 16-18/5, tỉnh khởi công cầu Tân Phú.", year=2016)]
    assert got == [("cầu Tân Phú", None)]


def test_an_investment_certificate_granted_approves_the_work() -> None:
    text = "Năm 2009, dự án Khu nghỉ dưỡng Sao Biển được cấp giấy chứng nhận đầu tư với vốn 200 tỷ đồng."
    assert [(e.name, e.event) for e in find_project_events(text)] == [("Khu nghỉ dưỡng Sao Biển", "approved")]
    # (a certificate withdrawn is no approval)
    text = "Tỉnh đã thu hồi giấy chứng nhận đầu tư của dự án Khu nghỉ dưỡng Sao Biển."
    assert "approved" not in {e.event for e in find_project_events(text)}


def test_a_licence_granted_for_a_project_approves_it() -> None:
    text = "Năm 2007, UBND tỉnh cấp phép cho Công ty Hải Âu làm chủ đầu tư dự án Khu nghỉ dưỡng Đồi Cát."
    assert [(e.name, e.event) for e in find_project_events(text)] == [("Khu nghỉ dưỡng Đồi Cát", "approved")]
    text = "Năm 2004, dự án Nhà máy dệt Phú An được cấp giấy phép đầu tư với vốn 12 triệu USD."
    assert [(e.name, e.event) for e in find_project_events(text)] == [("Nhà máy dệt Phú An", "approved")]
    # the capital the licence states is the project's ("với vốn", as "với tổng vốn")
    fields = _project_fields(text, "12")
    assert (fields["measure"], fields["project_name"], fields["event"]) == (
        "total_investment", "Nhà máy dệt Phú An", "approved")
    # (a licence withdrawn is no approval)
    text = "Tỉnh thu hồi giấy phép đầu tư của dự án Nhà máy dệt Phú An."
    assert "approved" not in {e.event for e in find_project_events(text)}


def test_a_stretch_of_road_opening_a_sentence_is_the_road_named_before() -> None:
    text = (
        "Xã Tân Hòa khởi công đường giao thông nông thôn Tân Hòa - Tân Lợi. "
        "Đoạn đường có chiều dài 900 m, với tổng kinh phí trên 2 tỷ đồng."
    )
    fields = _project_fields(text, "2")
    road = "đường giao thông nông thôn Tân Hòa - Tân Lợi"
    assert (fields["measure"], fields["project_name"]) == ("total_investment", road)
    text = "Huyện khánh thành trường Mầm non Hoa Sen. Ngôi trường có tổng mức đầu tư 5 tỷ đồng."
    assert _project_fields(text, "5")["project_name"] == "trường Mầm non Hoa Sen"
    # (with no work named before, the stretch of road names none)
    assert _not_a_project("Đoạn đường dài 900 m, với tổng kinh phí trên 2 tỷ đồng.", "2")


def test_a_size_after_the_name_is_a_description_and_so_von_is_its_price():
    text = (
        "Dự án khu đô thị Hòa Lạc diện tích 120ha, với số vốn dự kiến khoảng 5.200 tỷ đồng; dự án khu đô thị "
        "Phú Mỹ với diện tích 80ha, dự kiến đầu tư số vốn khoảng 3.100 tỷ đồng."
    )
    assert _rows(text) == []  # sizes and prices describe the projects, no news of them
    routed = [route_in_text(text, number).fields for number in ("5.200", "3.100")]
    assert {(f["measure"], f["event"]) for f in routed} == {("total_investment", "funding")}


def test_a_verb_after_the_last_item_of_a_list_is_said_of_every_item():
    text = (
        "Ban đã giải ngân 200 tỷ đồng. Trong đó, có 3 dự án: Tuyến đường ven sông, đoạn An Phú - Bình Lợi; "
        "tuyến đường trục Bắc - Nam, đoạn km 12+100 - km 15+200; nâng cấp tuyến đường Lê Lợi đã được khánh "
        "thành đưa vào khai thác."
    )
    got = _rows(text)
    assert ("Tuyến đường ven sông", "inaugurated", None) in got
    assert ("tuyến đường trục Bắc - Nam", "inaugurated", None) in got
    assert ("nâng cấp tuyến đường Lê Lợi", "inaugurated", None) in got
    # a verb before the last item's name is its own
    text = "Năm nay có 2 công trình: cầu Bến Đá; khởi công đường Suối Tiên vào tháng 5, vốn 50 tỷ đồng."
    assert ("cầu Bến Đá", "started", None) not in _rows(text)


def test_chap_thuan_a_project_approves_it():
    text = (
        "Trong lĩnh vực công nghiệp, tỉnh cũng chấp thuận Dự án nhà máy chế biến gỗ Tân Phú, do Công ty "
        "Cổ phần Lâm sản Tây Nguyên đầu tư, với tổng vốn 450 tỷ đồng."
    )
    assert _rows(text) == [("nhà máy chế biến gỗ Tân Phú", "approved", None)]


def test_trien_khai_tai_after_a_name_says_where_it_is():
    text = (
        "Dự án cầu Tân Lập được triển khai tại xã Tân Lập, tổng vốn 120 tỷ đồng. Dự án đường Bắc Sơn đang được "
        "triển khai tại xã Bắc Sơn, vốn 80 tỷ đồng."
    )
    assert _rows(text) == [("đường Bắc Sơn", "in_progress", None)]


def test_thi_cong_for_a_number_of_months_is_a_schedule_not_progress():
    lead = "Sáng 3/5/2019, tỉnh khởi công cảng cạn Tân Hưng, vốn 300 tỷ đồng. "
    text = lead + "Dự án do Công ty X làm tổng thầu, được thi công trong 18 tháng."
    assert [e for e in _rows(text) if e[1] == "in_progress"] == []
    text = lead + "Dự án do Công ty X làm tổng thầu, đang được thi công."
    assert [e[1] for e in _rows(text)].count("in_progress") == 1


def test_a_paragraph_on_the_bare_plant_keeps_the_passage_on_the_named_work():
    paragraphs = [
        "UBND tỉnh vừa chấp thuận chủ trương đầu tư Dự án Nhà máy điện gió Nam Hải.",
        "Nhà máy có công suất 50MW, gồm 10 tua-bin.",
        "Tổng vốn đầu tư của dự án gần 800 tỷ đồng, do nhà đầu tư tự huy động.",
    ]
    fields = route_in_text("\n".join(paragraphs), "800").fields
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Nhà máy điện gió Nam Hải")


def test_a_work_named_by_the_level_word_alone_is_the_units_own() -> None:
    text = "Trong đó, Bệnh viện đa khoa huyện có tổng mức đầu tư 120 tỷ đồng."
    fields = _project_fields(text, "120")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Bệnh viện đa khoa huyện")
    fields = _project_fields("Trạm y tế xã có tổng kinh phí 4,2 tỷ đồng.", "4,2")
    assert fields["project_name"] == "Trạm y tế xã"
    # (works of many communes are no one work's name)
    assert _not_a_project("Các trạm y tế xã có tổng kinh phí 4,2 tỷ đồng.", "4,2")


def test_a_preschool_centre_is_a_work() -> None:
    fields = _project_fields("Trung tâm mầm non xã Tân Lập có tổng mức đầu tư 7,2 tỷ đồng.", "7,2")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Trung tâm mầm non xã Tân Lập")


def test_works_listed_under_a_plan_said_with_se_are_under_way() -> None:
    text = (
        "Huyện sẽ thực hiện các công trình trọng điểm, như: đường liên xã Tân An – Phú Lợi; "
        "nâng cấp lộ Bàu Sen; trang bị máy tính cho các trường THCS trong huyện."
    )
    got = _rows(text)
    assert ("đường liên xã Tân An – Phú Lợi", "in_progress", None) in got
    assert any(name.endswith("lộ Bàu Sen") and event == "in_progress" for name, event, _ in got)
    # (a task done for many schools names no work)
    assert not any("máy tính" in name for name, _, _ in got)
    # (a plan of work is no work: "sẽ triển khai kế hoạch")
    assert _rows("Xã sẽ triển khai kế hoạch xây dựng đường Tân An – Phú Lợi trong năm tới.") == []
    # (what a project will build are its parts, no works of their own)
    assert _rows("Dự án sẽ xây dựng Trung tâm kho cảng Hải Hà và Nhà máy điện Hải Hà công suất 1.500 MW.") == []


def test_a_park_is_a_work() -> None:
    got = _rows("Sáng 2/9, huyện khánh thành công viên Hồ Sen.")
    assert [(name, event) for name, event, _ in got] == [("công viên Hồ Sen", "inaugurated")]
    text = "Thị xã sẽ xây dựng các công trình như: công viên khu hành chính thị xã; cổng chào phía Bắc."
    assert ("công viên khu hành chính thị xã", "in_progress", None) in _rows(text)



# (text, figure, work the figure is the price of)
_PRICES_OF_WORKS = (
    # a share after a price written out in dong is the work's money, as after "N triệu đồng"
    ("Xã khánh thành cầu Kênh Mới. Cầu có chiều dài 20 m, tổng kinh phí là 150.500.000đ, trong đó "
     "một nhóm từ thiện ở Cần Thơ tài trợ 90.000.000đ, phần còn lại do người dân góp.", "90.000.000", "cầu Kênh Mới"),
    # "tổng nguồn vốn là N" is a price as "tổng kinh phí là N" is: here of the works referred to
    ("Huyện sẽ xây dựng 4 nhà văn hóa thôn. "
     "Các nhà văn hóa này được xây mới hội trường 150 chỗ với tổng nguồn vốn là gần 6 tỷ đồng.", "6",
     "4 nhà văn hóa thôn"),
)


def test_prices_of_village_works() -> None:
    for text, figure, work in _PRICES_OF_WORKS:
        fields = _project_fields(text, figure)
        assert (fields["measure"], fields["project_name"]) == ("total_investment", work), text


def test_a_plan_and_its_deadline_then_the_bare_work_is_the_work_named_before() -> None:
    # the sentence opens on the plan and its deadline, then the work alone and its completion: still to come
    text = (
        "Tỉnh vừa cấp phép dự án Khu nghỉ dưỡng Bãi Dài Xanh. Dự kiến đến năm 2030 dự án hoàn thành "
        "và đi vào hoạt động."
    )
    assert ("Khu nghỉ dưỡng Bãi Dài Xanh", "in_progress", None) in _events(text)
    assert len(_events(text)) == 2
    # (the deadline after a comma, the work's kind alone and "sẽ")
    text = "Nhà máy may Sao Vàng đang lắp máy. Theo kế hoạch đến cuối tháng 3/2026, nhà máy sẽ hoàn thành."
    assert [event for _, event, _ in _events(text)].count("in_progress") == 2


def test_this_is_a_project_of_foreign_capital_with_its_price_refers_back() -> None:
    # "đây là dự án vốn đầu tư nước ngoài (FDI), với ...": the kind of its capital between, the project named before
    text = (
        "Dự án Nhà máy dệt Kim Long đang được thi công. "
        "Được biết, đây là dự án vốn đầu tư nước ngoài (FDI), với tổng mức đầu tư 25 triệu USD."
    )
    fields = _project_fields(text, "25")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Nhà máy dệt Kim Long")
    fields = _project_fields("Khởi công Nhà máy gạch Hòa An. Đây là dự án FDI có tổng vốn 12 triệu USD.", "12")
    assert fields["project_name"] == "Nhà máy gạch Hòa An"


def test_a_described_work_given_its_name_is_named() -> None:
    # "X đầu tiên của tỉnh mang tên Y": a superlative describes the work, "mang tên" gives it its name
    text = "Sáng 2/5/2024, nhà máy thủy điện đầu tiên của huyện mang tên Đắk Rồ 2 đã chính thức khánh thành."
    assert _rows(text) == [("nhà máy thủy điện Đắk Rồ 2", "inaugurated", dt.date(2024, 5, 2))]
    # (a superlative without a name stays a description)
    assert _rows("Huyện khánh thành nhà máy thủy điện lớn nhất tỉnh.") == []


def test_the_project_a_work_serves_has_no_event_of_its_own() -> None:
    # "khởi công khu tái định cư ... phục vụ giải phóng mặt bằng Dự án X": the work is started, not the project served
    text = (
        "Sáng 3/9/2025, tỉnh khởi công Dự án xây dựng khu tái định cư xã Yên Lạc phục vụ giải phóng mặt bằng "
        "Dự án đường vành đai Tây Sơn."
    )
    assert [(event, name) for name, event, _ in _rows(text)] == [
        ("started", "xây dựng khu tái định cư xã Yên Lạc phục vụ giải phóng mặt bằng")
    ]
    assert _rows("Khởi công khu nhà ở công nhân để phục vụ Dự án Nhà máy thép Hòa Mỹ.") == []


def test_a_company_abbreviated_ctcp_names_no_work() -> None:
    # "CTCP Đầu tư Khu công nghiệp X": a joint-stock company, its trade no work of the news
    text = "CTCP Đầu tư Khu công nghiệp Tân Hòa vừa được chấp thuận chủ trương đầu tư dự án nhà kho."
    assert _rows(text) == []
    assert _rows("Tỉnh đã phê duyệt Khu công nghiệp Tân Hòa.") == [("Khu công nghiệp Tân Hòa", "approved", None)]


def test_a_list_item_done_by_verbs_of_its_own_names_its_work() -> None:
    text = (
        "Sáng 3-5, huyện khánh thành các công trình gồm: Trường mầm non Sao Mai, Nhà văn hóa thôn Đông "
        "và nâng cấp, mở rộng Trạm y tế xã Tân Lộc."
    )
    names = [name for name, event, _ in _rows(text) if event == "inaugurated"]
    assert names == ["Trường mầm non Sao Mai", "Nhà văn hóa thôn Đông", "Trạm y tế xã Tân Lộc"]
    # (the verbs of one work before its kind stay one name)
    assert [name for name, _, _ in _rows("Huyện khởi công dự án cải tạo và nâng cấp đường Bắc Sơn.")] == [
        "cải tạo và nâng cấp đường Bắc Sơn"
    ]
    # (a first item's verbs are how the list names its works: they stay in the name)
    text = "Năm nay tỉnh sẽ khởi công 12 công trình: Nâng cấp Bệnh viện Mắt Hòa Bình, Đường ven sông Cầu Đỏ."
    assert "Nâng cấp Bệnh viện Mắt Hòa Bình" in [name for name, _, _ in _rows(text)]


def test_an_amount_in_brackets_after_a_superlative_is_the_works_price() -> None:
    fields = _project_fields("Trong ba chợ, chợ Tân An được đầu tư kinh phí nhiều nhất (4 tỷ đồng).", "4")
    assert (fields["project_name"], fields["measure"]) == ("chợ Tân An", "total_investment")


def test_a_dash_then_what_the_work_is_ends_its_name() -> None:
    got = _rows("Xã khánh thành Chợ Tân Lập - công trình chào mừng ngày Quốc khánh.")
    assert [(name, event) for name, event, _ in got] == [("Chợ Tân Lập", "inaugurated")]


def test_a_state_of_the_work_is_no_part_of_its_name() -> None:
    from orchestration.extraction.projects import read_name

    got = read_name("Trường Tiểu học Bình An ngày càng xuống cấp, chật hẹp.", 0)
    assert got is not None and got[2] == "Trường Tiểu học Bình An"


def test_an_event_verb_whose_object_is_a_named_work_is_that_works_news() -> None:
    text = (
        "Do phòng học của Trường Mầm non Hoa Mai xuống cấp, năm 2023 huyện đã tiến hành khởi công xây dựng "
        "Trường Mầm non Hoa Sen."
    )
    got = _rows(text)
    assert [(name, event) for name, event, _ in got] == [("Trường Mầm non Hoa Sen", "started")]


def test_a_sentence_after_an_ellipsis_opens_on_its_own_investment() -> None:
    text = (
        "Huyện khởi công Trường Tiểu học Bình An. Trường có 10 phòng học, nhà ăn, nhà để xe… "
        "Tổng kinh phí đầu tư hơn 9 tỷ đồng."
    )
    fields = _project_fields(text, "9")
    assert (fields["project_name"], fields["measure"]) == ("Trường Tiểu học Bình An", "total_investment")


def test_an_office_building_is_a_work() -> None:
    got = _rows("Sáng 5/1, huyện khánh thành trụ sở Đảng ủy xã Tân Lập.")
    assert [(name, event) for name, event, _ in got] == [("trụ sở Đảng ủy xã Tân Lập", "inaugurated")]


def test_a_work_asked_for_makes_no_event():
    # a province asking leave to prepare or build a work: nothing under way yet
    assert _rows("UBND huyện kiến nghị Sở Xây dựng cho lập dự án đầu tư xây dựng cầu Ba Lai 2.") == []
    assert _rows("Tỉnh xin Trung ương cho đầu tư xây dựng đường tránh thị trấn Mỏ Cày.") == []
    # the works themselves, once under way, still read as such
    going = _rows("Tỉnh đang thi công đường tránh thị trấn Mỏ Cày.")
    assert [(name, event) for name, event, _ in going] == [("đường tránh thị trấn Mỏ Cày", "in_progress")]


def test_refused_approval_makes_no_event():
    # a refusal says the work is neither approved nor under way
    assert _rows("Tỉnh không chấp thuận chủ trương đầu tư dự án Khu sinh thái Hồ Xanh.") == []
    assert _rows("Huyện từ chối phê duyệt dự án Chợ Bến Đá.") == []
    # the approval itself still reads as one
    approved = _rows("Tỉnh chấp thuận chủ trương đầu tư dự án Khu sinh thái Hồ Xanh.")
    assert [(name, event) for name, event, _ in approved] == [("Khu sinh thái Hồ Xanh", "approved")]


def test_licensed_investment_is_approved():
    # "được cấp phép": the investment licence, said of one work or of a list's head
    rows = _rows("Dự án Nhà máy dệt Hòa Bình được cấp phép với tổng vốn 20 triệu USD.")
    assert [(name, event) for name, event, _ in rows] == [("Nhà máy dệt Hòa Bình", "approved")]
    rows = _rows("Các dự án được cấp phép gồm: Dự án Nhà máy giày Tân Phú; Dự án Kho vận Đồi Cát.")
    assert [event for _, event, _ in rows] == ["approved", "approved"]
    # a mining licence is no investment approval
    rows = _rows("Mỏ đá Núi Sập được cấp phép khai thác đến năm 2030.")
    assert "approved" not in [event for _, event, _ in rows]


def test_the_parts_of_an_airport_are_works():
    # a runway, a taxiway and an apron are built, started and finished as works of their own
    got = _events(
        "Sân bay X đã hoàn thành đường cất hạ cánh số 2 và khởi công sân đỗ tàu bay phía Bắc."
    )
    assert {(name, event) for name, event, _ in got} >= {
        ("đường cất hạ cánh số 2", "completed"), ("sân đỗ tàu bay phía Bắc", "started")
    }


def test_schools_written_with_abbreviated_levels_are_works():
    # "trường TH", "trường TH&THCS", "trường MN", "trường MG": a school's level abbreviated before its name
    got = _events(
        "Huyện vừa khánh thành 3 công trình trường học, gồm trường TH&THCS Hòa Bình, trường MN Sen Hồng và "
        "trường TH Bình Minh."
    )
    assert {name for name, event, _ in got if event == "inaugurated"} == {
        "trường TH&THCS Hòa Bình", "trường MN Sen Hồng", "trường TH Bình Minh"
    }


def test_an_abbreviated_district_after_tai_ends_no_sentence():
    # "tại H. Tây Sơn": the full stop of the abbreviated huyện; the list goes on after it, and the row's
    # name leaves the place out; a person's initial ("anh Trần Văn H.") still ends the sentence
    got = _events(
        "Tỉnh đã khánh thành 2 công trình, gồm trường Tiểu học Vĩnh Hảo tại H. Tây Sơn và trường Mầm non Cát "
        "Lâm tại TT. Phù Cát. Trước đó, anh Trần Văn H. Sau đó khởi công cầu Suối Đá."
    )
    assert ("trường Tiểu học Vĩnh Hảo", "inaugurated", None) in got
    assert ("trường Mầm non Cát Lâm", "inaugurated", None) in got
    assert ("cầu Suối Đá", "started", None) in got


def _document_project_rows(text):
    from orchestration.extraction import extract_document, extraction_to_json_rows

    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    return [r for r in rows if r["table"] == "projects"]


def test_a_headline_pricing_a_bare_project_names_no_work():
    # "Động thổ dự án 1.500 tỉ đồng" ends its line: no work is said, the lead names it
    text = (
        "Động thổ dự án 1.500 tỉ đồng\n\n"
        "Ngày 12-3, tại KCN Bắc Sơn diễn ra lễ động thổ Nhà máy Thép Sao Mai Bắc Sơn. "
        "Nhà máy Thép Sao Mai Bắc Sơn có tổng vốn hơn 1.500 tỉ đồng."
    )
    names = {r["project_name"] for r in _document_project_rows(text)}
    assert "dự án" not in names
    assert "Nhà máy Thép Sao Mai Bắc Sơn" in names


def test_items_of_a_list_share_the_day_said_before_them():
    # "khởi công sáng 14/3 gồm A; B (vị trí B4); C": every item started that day, not only the first
    text = (
        "date 2025-03\nTỉnh Sơn Hà khởi công 3 dự án điện gió\n\n"
        "Các dự án vừa khởi công sáng 14/3 gồm Nhà máy điện gió Hòa Phú 1; Nhà máy điện gió Tân Lộc (vị trí B4); "
        "Nhà máy điện gió Phước Hòa mở rộng. Tổng công suất 3 dự án đạt 90 MW."
    )
    started = {r["project_name"]: r["event_date"] for r in _document_project_rows(text) if r["event"] == "started"}
    assert started == {
        "Nhà máy điện gió Hòa Phú 1": "2025-03-14",
        "Nhà máy điện gió Tân Lộc": "2025-03-14",
        "Nhà máy điện gió Phước Hòa mở rộng": "2025-03-14",
    }


def test_a_headlines_price_in_words_is_no_part_of_a_name():
    assert not is_named("dự án nhiệt điện hơn ba tỷ USD", False)
    assert is_named("dự án Nhiệt điện Sông Mây hơn ba tỷ USD", False)


def test_an_investment_group_class_is_no_name():
    # "công trình năng lượng nhóm B cấp II": the group of investment the work is classed in, no work's name
    assert not is_named("năng lượng nhóm B cấp II", False)
    assert not is_named("giao thông nhóm C", False)
    assert is_named("Nhà máy nước Sông Lam", False)


def test_steps_of_a_works_history_each_keep_their_day():
    got = _rows(
        "Dự án Nhà máy Thủy điện Suối Mây được UBND tỉnh phê duyệt chủ trương đầu tư ngày 5/4/2019, khởi công "
        "ngày 12/1/2021, công suất 20MW."
    )
    assert ("Nhà máy Thủy điện Suối Mây", "approved", dt.date(2019, 4, 5)) in got
    assert ("Nhà máy Thủy điện Suối Mây", "started", dt.date(2021, 1, 12)) in got


def test_a_southern_road_called_lo_lien_to_or_lien_ap_is_a_work():
    # "lộ" is the southern word for a road: "lộ liên tổ", "lộ liên ấp" name rural roads like "đường liên thôn"
    text = "Sáng 3/6, xã Y khởi công lộ liên ấp Hòa Lợi - Hòa Thạnh, tổng kinh phí 900 triệu đồng."
    assert [(name, event) for name, event, _ in _rows(text)] == [("lộ liên ấp Hòa Lợi - Hòa Thạnh", "started")]
    text = "Xã Z khởi công nâng cấp lộ liên tổ số 2 ấp Tân Quy với tổng kinh phí 800 triệu đồng."
    assert [(name, event) for name, event, _ in _rows(text)] == [("lộ liên tổ số 2 ấp Tân Quy", "started")]


def test_a_description_is_named_by_the_company_it_belongs_to() -> None:
    from orchestration.extraction.projects import read_name

    text = "Kiểm tra dự án nâng cấp dây chuyền giai đoạn 3 của Công ty cổ phần Xi măng Hòa Sơn (HSC)."
    got = read_name(text, text.index("nâng"))
    assert got is not None and got[2] == "nâng cấp dây chuyền giai đoạn 3 của Công ty cổ phần Xi măng Hòa Sơn"
    money = text + "\nDự án có tổng vốn đầu tư 1.250 tỷ đồng."
    assert route_in_text(money, "1.250").table == "projects"
    # a work named on its own keeps its name; its owner is no part of it
    named = "Khánh thành Nhà máy gạch Tân Phú của Công ty TNHH Minh Long."
    got = read_name(named, named.index("Nhà máy"))
    assert got is not None and got[2] == "Nhà máy gạch Tân Phú"


def test_bridges_counted_then_listed_after_gom_each_get_the_groups_event() -> None:
    """ "Khánh thành 6 cây cầu." then "Cụ thể, 3 cây cầu gồm: A (xã X), B, C": every bridge of the counted
    head is a work of the group, with the event the group was given before (not only the first)."""
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    text = (
        "Huyện Đông Sơn khánh thành 6 cây cầu nông thôn do doanh nghiệp tài trợ.\n\n"
        "Cụ thể, 3 cây cầu gồm: Cầu Rạch Tre (xã An Phú), Cầu Số 5, Cầu Bến Đình (xã An Lạc) "
        "có kinh phí hơn 3 tỷ đồng.\n"
    )
    got = {(e.project_name, e.event) for e in project_events(build_layout(text))}
    for name in ("Cầu Rạch Tre", "Cầu Số 5", "Cầu Bến Đình"):
        assert (name, "inaugurated") in got


def test_the_sponsored_cost_of_listed_bridges_is_their_investment() -> None:
    text = "Tại xã Phú Lộc, 2 cây cầu gồm: Cầu Ông Bảy, Cầu Kênh Mới có tổng kinh phí tài trợ hơn 1,5 tỷ đồng."
    routed = route_in_text(text, "1,5")
    assert routed is not None and routed.table == "projects"
    assert routed.fields["measure"] == "total_investment"


def test_the_bridges_of_a_road_listed_after_a_colon_are_its_parts():
    # "xây dựng 3 cây cầu lớn: A, B và C" describes what the road holds; only "N cây cầu gồm: ..." lists works
    got = _events("Dự án đường tỉnh 947 có vốn đầu tư 900 tỷ đồng, dài 12 km, xây dựng 3 cây cầu lớn: Tân Hòa, Phú Mỹ "
                  "và Long Điền.")
    assert [name for name, _, _ in got] == ["đường tỉnh 947"]


def test_a_bracket_of_funding_sources_after_a_price_splits_the_works_money() -> None:
    text = ("Cầu Bến Lội (xã Tân Hiệp) được tỉnh phê duyệt với kinh phí 42 tỷ đồng (ngân sách tỉnh 35 tỷ đồng, "
            "vốn huyện Tân Phú 7 tỷ đồng).")
    for token in ("35", "7"):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "projects", token
        assert routed.fields["measure"] == "total_investment"


def test_a_total_investment_with_no_work_in_its_sentence_is_the_work_named_before() -> None:
    named = "Tỉnh vừa chấp thuận chủ trương đầu tư Trường Tiểu học Hòa Bình 2."
    text = "Trường có 12 phòng học, phục vụ 400 học sinh. Tổng mức đầu tư là 14,5 tỷ đồng."
    routed = route_in_text(text, "14,5", preceding=named + "\n")
    assert routed is not None and routed.fields["project_name"] == "Trường Tiểu học Hòa Bình 2"
    assert routed.fields["measure"] == "total_investment"
    text = ("Cầu Suối Đá được khởi công năm 2023. Đến nay cầu đã hoàn thành, gồm mố, trụ và đường dẫn với tổng mức "
            "đầu tư xây dựng 18 tỷ đồng.")
    assert route_in_text(text, "18").fields["project_name"] == "Cầu Suối Đá"
    # a group's price is not the last work's
    text = "Cầu Suối Đá được khởi công năm 2023. Các dự án còn lại có tổng mức đầu tư 90 tỷ đồng."
    routed = route_in_text(text, "90")
    assert routed is None or routed.table != "projects"


def test_a_project_of_the_works_it_counts_is_named_by_them() -> None:
    got = _events("Bộ Nông nghiệp vừa phê duyệt dự án nâng cấp khẩn cấp 3 hồ chứa nước.")
    assert [(name, event) for name, event, _ in got] == [("nâng cấp khẩn cấp 3 hồ chứa nước", "approved")]
    got = _events("Tháng này, huyện khởi công dự án xây dựng 2 trường tiểu học vùng cao.")
    assert [event for _, event, _ in got] == ["started"]
    # rooms counted inside a work are not a project of their own
    assert is_named("3 phòng học", False) is False


def test_a_school_after_its_board_is_the_institution_not_a_work() -> None:
    got = _events("Hôm qua, Ban giám hiệu Trường Tiểu học Sơn Hà và các ngành liên quan tổ chức khánh thành "
                  "nhà lớp học trường Tiểu học Sơn Hà.")
    assert [(name, event) for name, event, _ in got] == [("nhà lớp học trường Tiểu học Sơn Hà", "inaugurated")]


def test_a_proper_name_said_to_be_a_work_owns_the_investment_of_its_sentence() -> None:
    text = ("Tỉnh vừa tổ chức nhiều sự kiện lớn. Trong đó, Đập Sông Lũy là công trình tưới lớn của vùng, "
            "với tổng vốn đầu tư 1.250 tỷ đồng.")
    fields = _project_fields(text, "1.250")
    assert (fields["project_name"], fields["measure"]) == ("Đập Sông Lũy", "total_investment")
    # a province said to be something is no work, and money said of no investment stays out
    assert _not_a_project("Gia Lai là địa phương có tổng vốn đầu tư 500 tỷ đồng.", "500")
    assert _not_a_project("Hồ Núi Cốc là công trình thu hút 200 tỷ đồng doanh thu du lịch.", "200")


def test_a_generating_unit_is_a_work_of_its_own() -> None:
    got = _events("Cuối tuần, ngành điện khánh thành Tổ máy số 2 Nhà máy thủy điện Trị An mở rộng và "
                  "trạm bơm Đồng Xoài.")
    assert ("Tổ máy số 2 Nhà máy thủy điện Trị An mở rộng", "inaugurated") in [(n, e) for n, e, _ in got]
    # units counted in a plant's size are no event
    assert _events("Nhà máy có 3 tổ máy với tổng công suất 120 MW, sản lượng đạt 500 triệu kWh.") == []


def test_a_sentence_opening_inside_the_bare_project_gives_its_costs_and_sources() -> None:
    text = ("Sở Y tế vừa được duyệt Dự án Trung tâm phục hồi chức năng Hòa Mạc với tổng dự toán 18 tỷ đồng. "
            "Trong khuôn khổ dự án, sẽ xây nhà điều trị 12 tỷ đồng; mua thiết bị khoảng 5 tỷ đồng. "
            "Vốn thực hiện dự án được lấy từ ngân sách tỉnh 10 tỷ đồng, còn lại là vốn xã hội hóa.")
    for figure in ("12", "5", "10"):
        fields = _project_fields(text, figure)
        assert fields["measure"] == "total_investment"
        assert "Hòa Mạc" in fields["project_name"]
    # no project named before: the money stays out of the projects table
    assert _not_a_project("Trong khuôn khổ dự án, tỉnh sẽ chi 4 tỷ đồng cho tập huấn.", "4")


def test_accepting_the_investment_policy_is_an_approval() -> None:
    got = _events("Tỉnh chấp nhận chủ trương đầu tư Dự án Nhà máy nước sạch Đăk Mar.")
    assert [(name, event) for name, event, _ in got] == [("Nhà máy nước sạch Đăk Mar", "approved")]
    got = _events("Tỉnh chưa chấp nhận chủ trương đầu tư Dự án Nhà máy nước sạch Đăk Mar.")
    assert "approved" not in [event for _, event, _ in got]


def test_the_value_of_the_work_done_on_counted_works_is_what_they_disbursed():
    text = "Huyện đang thi công 41 công trình giao thông nông thôn, khối lượng thực hiện ước đạt 96 tỷ đồng."
    done = route_in_text(text, "96")
    assert done.table == "projects" and done.fields["measure"] == "disbursed"
    assert done.fields["project_name"] == "41 công trình giao thông nông thôn"


def test_works_detailed_after_an_approval_are_approved_not_under_way():
    from orchestration.extraction import extract_document

    text = ("Sở Xây dựng thông tin\n\nUBND tỉnh vừa phê duyệt đầu tư xây dựng 3 trạm y tế xã với tổng mức đầu tư "
            "12 tỷ đồng.\n\nTheo đó, đầu tư xây dựng công trình Trạm y tế xã Hòa Bình với tổng mức đầu tư 4.100 triệu "
            "đồng; đầu tư xây dựng công trình Trạm y tế xã An Thạnh với tổng mức đầu tư 3.900 triệu đồng.\n")
    rows = list(extract_document(text.encode(), "tram_y_te.txt").tables["projects"].iter_rows(named=True))
    named = [r for r in rows if r["project_name"].startswith("Trạm y tế")]
    assert named and {r["event"] for r in named} == {"approved"}
    # in one paragraph as well
    events = find_project_events("UBND tỉnh phê duyệt dự án X. Theo đó, đầu tư xây dựng công trình Cầu Suối Đá "
                                 "với tổng mức đầu tư 9 tỷ đồng.")
    assert [e.event for e in events if "Cầu Suối Đá" in e.name] == ["approved"]


def test_a_headline_amount_for_unnamed_works_is_their_funding():
    from orchestration.extraction import extract_document

    text = ("Gần 9 tỷ đồng nâng cấp nhà văn hóa\n05/03/2019\n\nHuyện vừa bố trí vốn nâng cấp 6 nhà văn hóa thôn.\n")
    rows = list(extract_document(text.encode(), "nha_van_hoa.txt").tables["projects"].iter_rows(named=True))
    assert [(r["event"], r["measure"], r["value"], r["project_name"]) for r in rows if r["value"] == 9e9] == [
        ("funding", "total_investment", 9e9, "nâng cấp nhà văn hóa")]
    # in a sentence of the body, an unnamed work's money is no project's
    assert _not_a_project("Năm nay huyện chi 9 tỷ đồng nâng cấp nhà văn hóa các thôn.", "9")


def test_a_share_after_trong_do_belongs_to_the_group_the_sentence_before_opened_on() -> None:
    # a capitalised group reference ("Những ... này") owns the total, and "tổng nguồn vốn" is a cost said
    text = (
        "Những cầu dân sinh này được làm bằng bê tông với tổng nguồn vốn khoảng 9 tỷ đồng. Trong đó vốn "
        "của các nhà hảo tâm là 2 tỷ đồng, còn lại do huyện bố trí."
    )
    r = route_in_text(text, "2")
    assert (r.table, r.fields["measure"]) == ("projects", "total_investment")
    assert r.fields["project_name"].lower().startswith("những cầu")


def test_an_event_on_the_same_day_takes_the_day_said_before() -> None:
    # "Cùng ngày" in a later paragraph: the day of the news before it
    text = (
        "Duyệt hai dự án đê bao\n\nSáng 21/9/2023, UBND huyện phê duyệt dự án đê bao Cồn Mỹ với tổng vốn 12 tỷ đồng. "
        "Công trình bảo vệ 300 ha lúa của các xã ven sông, do Ban quản lý dự án huyện làm chủ đầu tư.\n\n"
        "Cùng ngày, UBND huyện cũng phê duyệt dự án đê bao Cồn Lợi với tổng vốn 9 tỷ đồng."
    )
    rows = [r for r in _project_rows(text) if r["measure"] is None]
    assert {(r["project_name"][-7:], r["event_date"]) for r in rows} >= {("Cồn Lợi", "2023-09-21")}


def test_the_cost_of_the_works_prices_the_counted_group_said_before() -> None:
    # "Tổng kinh phí xây dựng các công trình ..." after "làm mới 6 cầu": the bare "các công trình" is that group
    text = (
        "Năm qua, xã đã làm mới 6 cầu bê tông. Tổng kinh phí xây dựng các công trình hơn 2 tỷ đồng, trong đó "
        "người dân góp 800 triệu đồng."
    )
    rows = [r for r in _project_rows(text) if r["measure"] == "total_investment"]
    assert sorted(r["value"] for r in rows) == [800_000_000, 2_000_000_000]
    assert all(r["project_name"] == "6 cầu bê tông" for r in rows)


def test_a_work_in_service_as_the_subject_of_what_follows_is_no_event():
    # "X đưa vào sử dụng sẽ ..." / "X hoàn thành, đưa vào sử dụng sẽ ...": what the work will serve, no event
    for text in ("Chợ phiên Bản Lầu đưa vào sử dụng sẽ giúp bà con có nơi buôn bán ổn định.",
                 "Trạm y tế xã Tân Lập hoàn thành, được đưa vào sử dụng sẽ là nơi khám bệnh cho người dân."):
        assert [e for e in _events(text) if e[1] != "funding"] == [], text
    # the news of the event itself stays
    assert [e[1] for e in _events("Xã vừa đưa vào sử dụng Chợ phiên Bản Lầu.")] == ["completed"]


def test_a_ceremony_verb_with_its_purpose_chained_keeps_a_generic_hall_as_object():
    for text in ("Sáng 3/9, thôn Nà Vài tổ chức khánh thành, đưa vào sử dụng công trình nhà văn hóa thôn.",
                 "Sáng 3/9, thôn Nà Vài tổ chức khánh thành và đưa vào sử dụng nhà văn hóa thôn."):
        assert [e[:2] for e in _events(text)] == [("nhà văn hóa thôn", "inaugurated")], text


def test_a_generic_cong_trinh_before_a_lower_case_work_is_in_its_evidence():
    text = "Sáng 3/9, xã tổ chức khánh thành công trình nhà văn hóa thôn."
    [event] = find_project_events(text)
    assert event.name == "nhà văn hóa thôn" and text[event.start :].startswith("công trình nhà văn hóa")


def test_the_value_of_the_works_of_a_finished_work_is_its_price():
    text = ("Trường Mầm non Hoa Sen được hoàn thành, đưa vào sử dụng với giá trị xây lắp 3,5 tỷ đồng. "
            "Trong đó, xã hỗ trợ 300 triệu đồng.")
    done = route_in_text(text, "3,5")
    assert done.table == "projects" and done.fields["measure"] == "total_investment"
    assert route_in_text(text, "300").table == "projects"
    # works still going: the value of the works done so far
    going = route_in_text("Trường Mầm non Hoa Sen đang thi công, giá trị xây lắp đạt 2 tỷ đồng.", "2")
    assert going.fields.get("measure") == "disbursed"


def test_a_share_of_a_finished_generic_works_price_is_the_works():
    from orchestration.extraction import extract_document

    text = ("Khánh thành nhà văn hóa\n\nSáng 9/6, thôn Khe Mo tổ chức lễ khánh thành nhà văn hóa thôn. Sau 4 tháng, "
            "công trình được hoàn thành đưa vào sử dụng với giá trị xây lắp 1,8 tỷ đồng. Trong đó, "
            "Mặt trận xã hỗ trợ 25 triệu đồng.\n")
    rows = extract_document(text.encode(), "khe_mo.txt").tables["projects"].iter_rows(named=True)
    assert sorted((r["value"], r["measure"]) for r in rows if r["value"]) == [
        (25e6, "total_investment"), (1.8e9, "total_investment")]


def test_a_task_done_well_is_no_completed_work():
    # "hoàn thành tốt/xuất sắc ...": how well a task went; the work named before it completed nothing
    assert _rows("Phường sửa sân chơi ở Trường Mầm non Hoa Sen, hoàn thành tốt công tác vận động quỹ.") == []
    assert _rows("Trường Mầm non Hoa Sen đã hoàn thành xuất sắc năm học.") == []
    assert _rows("Trường Mầm non Hoa Sen đã hoàn thành và đưa vào sử dụng.") == [
        ("Trường Mầm non Hoa Sen", "completed", None)]


def test_a_finished_work_said_without_object_and_a_later_work_under_way():
    # "đã hoàn thiện" with nothing after it: the work is done; a later work's own "đang thi công" is its own
    # verb, even when captions run into one sentence
    text = ("Kè sông Tân Mỹ đã hoàn thiện, che chắn ruộng lúa phía trong Máy đào làm việc trên bãi bồi "
            "Kè sông Long Phú giai đoạn 3 đang thi công")
    got = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("Kè sông Tân Mỹ", "completed") in got and ("Kè sông Long Phú giai đoạn 3", "in_progress") in got
    # paperwork finished is no finished work
    assert "completed" not in [e.event for e in find_project_events("Dự án cầu Hòa Lạc đã hoàn thiện hồ sơ.")]


def test_a_phase_going_on_and_who_builds_it():
    assert [e.event for e in find_project_events(
        "Giai đoạn 3 được tiếp tục triển khai từ tháng 5 đến nay.") if e.row] == ["in_progress"]
    # the contractor and the supervisor, the size of what is built: no works under way
    text = "Dự án Kè sông Mỹ Khánh do Công ty A làm chủ đầu tư, đơn vị thi công là Công ty B."
    assert [e.event for e in find_project_events(text) if e.row and e.said] == []


def test_a_second_work_after_and_the_generic_word_is_its_own():
    # "A, xã B và công trình C": "công trình" then a kind of work opens a second work of the list
    text = "Sáng 3/4/2024, tỉnh khánh thành công trình đập Khe Lau, xã Bình Yên và công trình hồ chứa Nà Pheo."
    got = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("đập Khe Lau", "inaugurated") in got
    assert any(name.endswith("hồ chứa Nà Pheo") and "Khe Lau" not in name for name, _ in got)


def test_works_built_to_the_end_are_completed():
    # "đã thi công hoàn thiện": the works are finished, not under way
    assert _rows("Công trình kênh mương Pác Nặm, xã Yên Hân đã thi công hoàn thiện.") == [
        ("kênh mương Pác Nặm", "completed", None)]


def test_the_value_of_gifts_at_a_ceremony_is_not_the_works_price():
    from orchestration.extraction.pipeline import extract_document

    # (the gifts' sentence before names the work: "quà cho giáo viên điểm trường X")
    text = ("Khánh thành điểm trường Nà Lẹng trị giá 1,5 tỷ đồng\n\n"
            "Nhân dịp này, đoàn công tác trao 40 suất quà cho các hộ nghèo; 6 suất quà cho giáo viên điểm trường "
            "Nà Lẹng. Tổng trị giá các phần quà hơn 20 triệu đồng.\n")
    tables = extract_document(text.encode(), "na_leng.txt").tables
    money = [(r["value"], r["measure"]) for r in tables["projects"].iter_rows(named=True) if r["value"]]
    assert money == [(1.5e9, "total_investment")]
    assert 20e6 in [r["value"] for r in tables["indicators"].iter_rows(named=True)]


def test_a_headline_opening_on_its_place_prices_the_works_it_hardens():
    from orchestration.extraction.pipeline import extract_document

    text = ("Quảng Trị: Gần 80 tỷ đồng kiên cố hóa 12 km kênh mương nội đồng ở hai huyện phía Tây\n\n"
            "Dự án giúp tưới ổn định cho vùng lúa của các xã ven sông.\n")
    rows = list(extract_document(text.encode(), "kenh.txt").tables["projects"].iter_rows(named=True))
    assert [(r["value"], r["measure"]) for r in rows if r["value"]] == [(80e9, "total_investment")]
    assert "kênh mương nội đồng" in rows[0]["project_name"]


def test_licensed_investment_counted_by_its_licences_is_no_work() -> None:
    # projects still licensed, or counted by their investment certificates, are the area's investment stock
    valid = "Hiện có 150 dự án còn hiệu lực, trong đó 40 dự án DDI với tổng vốn đầu tư hơn 9.100 tỷ đồng."
    assert _not_a_project(valid, "9.100")
    licensed = "Toàn tỉnh đã cấp giấy chứng nhận đầu tư cho 320 dự án với tổng vốn gần 51 ngàn tỷ đồng."
    assert _not_a_project(licensed, "51")
    # a counted group of works still owns its price
    works = "Huyện có 4 dự án trường học với tổng vốn đầu tư 60 tỷ đồng."
    assert _project_fields(works, "60")["measure"] == "total_investment"


def test_an_agreed_investment_policy_approves_the_work() -> None:
    text = ("Chủ tịch UBND tỉnh đã thống nhất chủ trương đầu tư xây dựng Nhà thi đấu đa năng huyện Cam Lâm "
            "với tổng mức đầu tư là 45 tỷ đồng.")
    assert _project_fields(text, "45")["event"] == "approved"
    # no agreement yet: no approval
    pending = "Các sở chưa thống nhất chủ trương đầu tư xây dựng Nhà thi đấu đa năng huyện Cam Lâm."
    assert ("Nhà thi đấu đa năng huyện Cam Lâm", "approved", None) not in _rows(pending)


def test_works_of_a_kind_after_cac_cong_trinh_name_no_work() -> None:
    text = ("Sở Kế hoạch và Đầu tư trình phê duyệt chủ trương đầu tư các công trình Trường Trung học và "
            "Quyết định số 15/QĐ-UBND về trường học trên địa bàn.")
    assert not [row for row in _rows(text) if row[0].startswith("Trường")]
    # one school named after its kind is still a work
    named = "UBND tỉnh phê duyệt chủ trương đầu tư công trình Trường Trung học Phan Bội Châu."
    assert any("Phan Bội Châu" in row[0] for row in _rows(named))


def test_a_bare_project_after_the_collectors_date_marker_is_the_headlines_work() -> None:
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = ("Xây dựng nhà máy nước sạch Tây Hòa 35 tỷ đồng\n"
            " date 2024-06-12 Dự án được triển khai tại xã Hòa Mỹ, có tổng vốn đầu tư 35 tỷ đồng.\n"
            "Nhà đầu tư cam kết hoàn thành thủ tục trong năm.")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
            if r["table"] != "documents" and r["value"] == 35e9 and r["char_start"] > text.index("\n")]
    assert [(r["table"], r["measure"]) for r in rows] == [("projects", "total_investment")]


def test_a_complex_of_tourism_is_a_work() -> None:
    text = "Khởi công tổ hợp du lịch nghỉ dưỡng Bãi Dài với tổng vốn 2.000 tỷ đồng."
    assert _project_fields(text, "2.000")["measure"] == "total_investment"


def test_projects_invested_in_the_area_are_attraction_not_works() -> None:
    # "N dự án đầu tư vào huyện/tỉnh với tổng vốn ...": the capital the area attracted, no group of works
    assert route_in_text("Đến nay đã có 12 dự án đầu tư vào tỉnh với tổng vốn đầu tư 3.400 tỷ đồng.", "3.400") is None
    assert route_in_text("Trong năm, 3 dự án rót vốn vào thị xã, tổng vốn 150 tỷ đồng.", "150") is None


def test_bare_school_named_by_its_commune_with_o():
    # "trường ở xã X": a school work named by the commune it stands in ("ở" as "tại"); each of two listed
    # works keeps its own price
    text = (
        "Công trình trường ở xã Ea Tul có tổng mức đầu tư khoảng 210,5 tỷ đồng và trường ở xã Cư Pui, với "
        "tổng mức đầu tư khoảng 198,2 tỷ đồng."
    )
    assert _project_fields(text, "210,5")["project_name"] == "trường ở xã Ea Tul"
    assert _project_fields(text, "198,2")["project_name"] == "trường ở xã Cư Pui"
    # a market or an environment in a commune is no school
    assert _not_a_project("Giá cả thị trường ở xã Ea Tul ổn định, tổng mức bán lẻ đạt 12 tỷ đồng.", "12")
    assert not any("môi trường" in r[0] for r in _rows("Khánh thành công trình bảo vệ môi trường ở xã Ea Tul."))


def test_a_pair_of_works_opened_to_traffic():
    # "Thông xe cầu X và cầu Y": both works of the pair are completed
    got = _rows("Thông xe cầu Rạch Miễu 2 và cầu Hàm Luông mới")
    assert [(name, event) for name, event, _ in got] == [
        ("cầu Rạch Miễu 2", "completed"),
        ("cầu Hàm Luông mới", "completed"),
    ]


def test_the_site_s_conditions_are_no_works_under_way():
    # (the bare project is in_progress by default, but no verb says it)
    text = "Dự án thủy điện Nậm Pịa có điều kiện thi công rất khó khăn."
    assert [e.said for e in find_project_events(text)] == [False]
    assert [e.said for e in find_project_events("Dự án thủy điện Nậm Pịa đang thi công.")] == [True]


def test_after_an_adverbial_the_bare_work_finished_says_its_event():
    text = (
        "Nhà máy điện gió Hòa Đông khởi công tháng 2/2020. Sau gần 2 năm xây dựng, nhà máy đã hoàn thành và "
        "đi vào hoạt động từ tháng 11/2021."
    )
    got = [(e.name, e.event, e.date) for e in find_project_events(text) if e.row]
    assert ("Nhà máy điện gió Hòa Đông", "completed", dt.date(2021, 11, 1)) in got
    # a part finished is no event of the whole work
    text = "Dự án đường ven biển Nam Định khởi công năm 2022. Theo đó, dự án đã hoàn thành 3 gói thầu đầu tiên."
    assert all(e.event != "completed" for e in find_project_events(text) if e.row)


def test_launching_a_plant_is_its_start():
    text = "Khởi động nhà máy điện mặt trời Tân Châu giai đoạn 2, tổng vốn 1.200 tỉ đồng"
    assert [(e.name, e.event) for e in find_project_events(text) if e.row] == [
        ("nhà máy điện mặt trời Tân Châu giai đoạn 2", "started")]
    assert all(e.event != "started" for e in find_project_events("Xã khởi động lại nhà máy nước sạch Tân Châu"))


def test_a_work_said_finished_is_not_under_way_when_described_later():
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    def events(verb: str) -> list[str]:
        text = (
            f"{verb.capitalize()} nhà máy thủy điện Bản Mồng 2\n\n"
            f"Chiều qua, tỉnh đã {verb} nhà máy thủy điện Bản Mồng 2.\n\n"
            "Dự án thủy điện Bản Mồng 2 thuộc quy hoạch thủy điện vừa và nhỏ, được xây dựng trên địa bàn xã Yên Hợp.\n"
        )
        return [e.event for e in project_events(build_layout(text))]

    assert events("khánh thành") == ["inaugurated", "inaugurated"]
    # a work only just started is still under way when described
    assert events("khởi công") == ["started", "started", "in_progress"]


def test_the_named_one_of_a_licensed_group_takes_the_licence():
    text = (
        "Năm qua tỉnh có 12 dự án công nghiệp được cấp phép. Trong đó có 11 dự án vốn trong nước và 1 dự án "
        "vốn FDI là Dự án nhà máy may Hưng Thịnh 100% vốn Đài Loan."
    )
    assert [(e.name, e.event) for e in find_project_events(text) if e.row] == [
        ("nhà máy may Hưng Thịnh", "approved")]


def test_a_ceremony_said_with_lam_le_ends_the_name_before_it() -> None:
    # "làm lễ" (hold the ceremony) opens the predicate as "tổ chức lễ" does: no part of the work's name
    got = _rows("Sáng 3/4/2019, Trường Mầm non Hoa Mai làm lễ động thổ xây dựng nhà đa năng.")
    assert [(name, event) for name, event, _ in got] == [("Trường Mầm non Hoa Mai", "started")]


def test_money_source_programme_is_no_work_and_no_works_under_way():
    # "X được đầu tư xây dựng từ nguồn vốn Dự án Y": where the money came from, a description of X (no works
    # under way) and Y a programme that paid (no work of its own)
    text = (
        "Ngày 5.9, Trạm y tế xã Hòa Bắc đã đưa vào sử dụng. Công trình được đầu tư xây dựng từ nguồn vốn "
        "Dự án giảm nghèo khu vực Tây Nguyên của Ngân hàng Thế giới với tổng kinh phí 6 tỷ đồng."
    )
    got = _rows(text)
    assert ("Trạm y tế xã Hòa Bắc", "completed", None) in got
    assert all(event != "in_progress" for _, event, _ in got)
    assert all("giảm nghèo" not in name for name, _, _ in got)
    assert _rows("Nhà văn hóa thôn Bản Chang được đầu tư xây dựng bằng vốn của tỉnh.") == []


def test_name_stops_before_how_the_work_runs():
    # "Bệnh viện X hoạt động theo quy mô 120 giường": how it runs is a predicate, no part of its name
    got = _rows("Khởi công từ năm 2020, Bệnh viện Đa khoa huyện Mường Tè hoạt động theo quy mô 120 giường.")
    assert ("Bệnh viện Đa khoa huyện Mường Tè", "started", None) in got


def test_when_it_operates_then_will_is_a_condition():
    # "Dự án ..., khi đi vào hoạt động (dự án) sẽ tạo ... việc làm": "khi" before the verb and "sẽ" after it
    text = (
        "Dự án Nhà máy chế biến gỗ Tân Lập vừa được chấp thuận chủ trương đầu tư. Dự án có diện tích 6 ha, "
        "khi đi vào hoạt động nhà máy sẽ tạo việc làm cho 300 lao động."
    )
    got = _rows(text)
    assert ("Nhà máy chế biến gỗ Tân Lập", "approved", None) in got
    assert all(event != "in_progress" for _, event, _ in got)


def test_those_are_names_the_works_counted_before():
    # "X vừa cấp giấy chứng nhận đầu tư cho 3 dự án.\nĐó là dự án Y ...": Y is one of the works counted, the
    # sentence before (here in the paragraph before) says its event
    text = (
        "Sở Kế hoạch và Đầu tư vừa cấp giấy chứng nhận đăng ký đầu tư cho 3 dự án mới.\n"
        "Đó là dự án Nhà máy may mặc Phú Thịnh do Công ty Phú Thịnh làm chủ đầu tư."
    )
    assert ("Nhà máy may mặc Phú Thịnh", "approved", None) in _rows(text)


def test_amount_in_another_currency_restates_the_investment():
    # "với tổng vốn 120 tỷ đồng tương đương 5,2 triệu USD": the USD amount is the same capital
    text = (
        "Dự án Nhà máy bao bì Hưng Phát do Công ty Hưng Phát làm chủ đầu tư với tổng vốn 120 tỷ đồng "
        "tương đương 5,2 triệu USD."
    )
    routed = route_in_text(text, "5,2")
    assert routed is not None and routed.table == "projects"
    assert routed.fields["measure"] == "total_investment"


def test_place_that_will_start_a_named_project_is_no_work():
    # "Khu kinh tế X (huyện Y) sắp khởi công Dự án Z": the zone is where it happens; "sắp" ends a name
    text = (
        "Khu Kinh tế Nghi Sơn (thị xã Nghi Sơn) sắp khởi công Dự án Kho xăng dầu Bắc Nghi Sơn với tổng vốn "
        "900 tỷ đồng."
    )
    got = _rows(text)
    assert [name for name, _, _ in got] == ["Kho xăng dầu Bắc Nghi Sơn"]


def test_event_of_a_part_of_the_project():
    # "khởi công xây dựng <part> của dự án X": the part with its project is the work started (as with "thuộc")
    text = "Sáng nay, tỉnh đã khởi công xây dựng khối nhà kỹ thuật của dự án Bệnh viện Sản Nhi Hòa Bình."
    assert ("khối nhà kỹ thuật của dự án Bệnh viện Sản Nhi Hòa Bình", "started", None) in _rows(text)


def test_park_drawing_capital_is_no_project_price():
    # "KCN X thu hút gần 200 triệu USD vốn FDI": the capital the park drew in, no price of a work
    assert _not_a_project("Khu công nghiệp Đông Mai thu hút gần 200 triệu USD vốn FDI trong năm 2024", "200")


def test_investor_then_price_is_a_description():
    # "Dự án X do Công ty Y làm chủ đầu tư, tổng vốn đầu tư Z": who invests and what it costs, no news of X
    text = (
        "Dự án Nhà máy dệt Hòa Khánh do Công ty TNHH Hòa Khánh (Hàn Quốc) làm chủ đầu tư, tổng vốn đầu tư "
        "45 triệu USD."
    )
    assert _rows(text) == []
    routed = route_in_text(text, "45")
    assert routed is not None and routed.table == "projects"


def test_decision_founding_an_industrial_cluster_approves_it():
    # "UBND tỉnh quyết định thành lập Cụm công nghiệp X": the cluster's project is approved
    text = "UBND tỉnh đã ban hành quyết định thành lập Cụm công nghiệp Tân Lộc (xã Tân Lộc), quy mô 48 ha."
    assert [(name.split(" (")[0], event) for name, event, _ in _rows(text)] == [("Cụm công nghiệp Tân Lộc", "approved")]
    # a decision that founds a board is no approval of a work
    assert _rows("UBND huyện quyết định thành lập Ban chỉ đạo xây dựng nông thôn mới.") == []


def test_a_park_founded_by_the_verb_after_its_name_is_approved():
    # the passive: the cluster named first, then "được (UBND tỉnh) (quyết định) thành lập"
    text = "Tháng 5/2027, Cụm công nghiệp Phước Sơn đã được UBND tỉnh quyết định thành lập với quy mô 70 ha."
    assert [(n, e) for n, e, _ in _rows(text)] == [("Cụm công nghiệp Phước Sơn", "approved")]
    got = _rows("Khu công nghiệp Đông Mai 2 được thành lập theo Quyết định số 88/QĐ-TTg ngày 14/2/2026.")
    assert got == [("Khu công nghiệp Đông Mai 2", "approved", dt.date(2026, 2, 14))]
    # "về việc thành lập CCN X" (the decision's subject) and a headline opening on the founding
    assert [e for _, e, _ in _rows("Quyết định về việc thành lập Cụm công nghiệp Bình Lư, quy mô 40 ha.")] == [
        "approved"
    ]
    assert [e for _, e, _ in _rows("Thành lập Cụm công nghiệp Nà Lừa")] == ["approved"]


def test_a_school_founded_or_a_park_still_asked_for_is_no_approval():
    # near miss: a school's founding is its history, not news of a work
    assert _rows("Trường THCS Phước Sơn được thành lập năm 1996, hiện có 18 lớp.") == []
    # near miss: a founding asked of the province, planned or not yet given
    assert _rows("Huyện đã trình UBND tỉnh thành lập Cụm công nghiệp Minh Hòa.") == []
    assert _rows("Tỉnh dự kiến thành lập Cụm công nghiệp Hưng Long trong năm 2027.") == []
    assert _rows("Cụm công nghiệp Trung Sơn chưa được thành lập.") == []
    # near miss: a body founded for the park is no founding of the park
    assert _rows("Khu công nghiệp Phú Hà được thành lập Ban quản lý vào năm 2026.") == []


def test_unnamed_description_then_total_belongs_to_the_work_named_before():
    # a paragraph naming the work, then a paragraph that goes on describing it unnamed and gives "Tổng mức đầu tư:"
    preceding = "Tỉnh vừa phê duyệt dự án Khu xử lý chất thải rắn Đồng Xoài, quy mô 20 ha."
    text = "Khu xử lý theo công nghệ đốt; công suất: 300 tấn/ngày. Tổng mức đầu tư: 640 tỷ đồng."
    routed = route_in_text(text, "640", preceding=preceding)
    assert routed is not None and routed.table == "projects"
    assert routed.fields["project_name"].startswith("Khu xử lý chất thải rắn Đồng Xoài")


def test_ordinal_project_named_by_what_is_licensed():
    # "Dự án thứ hai được cấp giấy chứng nhận đầu tư <what it makes> tại KCN Y": what is licensed names it
    text = (
        "Dự án thứ hai được cấp giấy chứng nhận đăng ký đầu tư sản xuất ống thép mạ kẽm tại KCN Tân Hương, "
        "tổng vốn 40 triệu USD."
    )
    assert ("sản xuất ống thép mạ kẽm", "approved", None) in _rows(text)
    # an ordinal with no licence after it keeps its reference
    assert ("Dự án thứ 2", "approved", None) in _rows("Dự án thứ 2 đã được phê duyệt chủ trương đầu tư.")


def test_the_estimated_cost_of_the_work_named_before_is_its_investment() -> None:
    # "Tổng dự toán xây dựng công trình là X", "Tổng kinh phí công trình X": the cost of the work the text named
    text = ("Sở Nông nghiệp vừa nghiệm thu đưa vào sử dụng kè bảo vệ bờ sông Cái Cỏ.\n\n"
            "Tuyến kè dài 250m, kết hợp đường đi bộ. Tổng dự toán xây dựng công trình là 31,2 tỷ đồng.\n")
    money = [r for r in _project_rows(text) if r["value"] is not None]
    assert [(r["project_name"], r["value"], r["measure"]) for r in money] == [
        ("kè bảo vệ bờ sông Cái Cỏ", 31.2e9, "total_investment")]
    text = ("Xã vừa khánh thành nhà văn hóa thôn Bình An.\n\n"
            "Nhà văn hóa thôn Bình An có 2 tầng. Tổng kinh phí công trình gần 900 triệu đồng.\n")
    assert [r["value"] for r in _project_rows(text) if r["value"] is not None] == [9e8]


def test_a_licence_said_without_cap_approves_the_project() -> None:
    # "được giấy phép đầu tư": licensed (the verb "cấp" left out), an approval
    got = _rows("Dự án Nhà máy điện mặt trời Tân Sơn được giấy phép đầu tư năm 2019.")
    assert got == [("Nhà máy điện mặt trời Tân Sơn", "approved", None)]


def test_a_work_about_to_be_built_is_not_under_way() -> None:
    # "chuẩn bị (được) đầu tư xây dựng", "sắp đầu tư xây dựng": still to come, no news of works going on
    assert _rows("Bờ kè xã Tân Phú chuẩn bị được đầu tư xây dựng.") == []
    assert [event for _, event, _ in _rows("Bờ kè xã Tân Phú đang được đầu tư xây dựng.")] == ["in_progress"]


def test_the_auxiliary_works_listed_after_a_classroom_are_one_work() -> None:
    # "phòng học, công trình phụ tại điểm trường X": the works of one school, one project named from the first;
    # "công trình phụ" is a kind of work (toilets, kitchen), not the generic "công trình"
    got = _rows("Sáng 5-9, xã Tân Lập khánh thành phòng học, công trình phụ tại điểm trường thôn Bình An.")
    assert [(name, event) for name, event, _ in got] == [
        ("phòng học, công trình phụ tại điểm trường thôn Bình An", "inaugurated")]
    got = _rows("Sáng 5-9, xã Tân Lập khánh thành công trình phụ tại điểm trường thôn Bình An.")
    assert [(name, event) for name, event, _ in got] == [("công trình phụ tại điểm trường thôn Bình An", "inaugurated")]


def test_a_finished_work_handed_over_to_whom_runs_it_is_completed() -> None:
    # "được bàn giao cho xã X (quản lý)": the finished work handed over (not "bàn giao mặt bằng", site clearance)
    got = _rows("Nhà văn hóa thôn Nà Pục được bàn giao cho thôn quản lý, sử dụng.")
    assert [(name, event) for name, event, _ in got] == [("Nhà văn hóa thôn Nà Pục", "completed")]


def test_what_donors_gave_to_build_a_named_work_is_its_cost() -> None:
    # "Trường X, điểm Y được A, B tài trợ N đồng xây mới": the donors' money for the work, a project figure
    text = ("Điểm trường Khuổi Mòn, Mầm non Tân Lập được Công ty Hòa Bình và Quỹ Vì trẻ em tài trợ 650 triệu đồng "
            "xây mới.")
    fields = _project_fields(text, "650")
    assert (fields["project_name"], fields["measure"]) == ("Điểm trường Khuổi Mòn", "total_investment")


def test_leave_to_study_an_investment_approves_the_project() -> None:
    got = _events("Tỉnh cho phép nghiên cứu đầu tư dự án Khu nghỉ dưỡng sinh thái Hồ Gươm Xanh.")
    assert ("Khu nghỉ dưỡng sinh thái Hồ Gươm Xanh", "approved") in [(n, e) for n, e, _ in got]
    got = _events("UBND huyện cho phép Công ty Minh Phát khảo sát, nghiên cứu đầu tư dự án Chợ đầu mối Tân Lập.")
    assert "approved" in [e for _, e, _ in got]
    got = _events("Tỉnh chưa cho phép nghiên cứu đầu tư dự án Khu nghỉ dưỡng sinh thái Hồ Gươm Xanh.")
    assert "approved" not in [e for _, e, _ in got]


def test_a_start_month_spelled_with_its_year_dates_the_event() -> None:
    got = _events("Nhà văn hóa thôn Đồng Mới được khởi công từ tháng 9 năm 2023, quy mô 1 tầng.")
    assert ("Nhà văn hóa thôn Đồng Mới", "started", dt.date(2023, 9, 1)) in got
    # a spelled day keeps its month out of the month-only reading
    got = _events("Nhà văn hóa thôn Đồng Mới được khởi công ngày 12 tháng 9 năm 2023.")
    assert dt.date(2023, 9, 1) not in [d for _, _, d in got]


def test_a_long_opening_adverbial_then_the_bare_work_refers_back() -> None:
    text = "Sau gần 2 năm khởi công xây dựng mới, công trình đã được khánh thành."
    got = [(e.name, e.event) for e in find_project_events(text, "Nhà thi đấu huyện Tam Đường")]
    assert ("Nhà thi đấu huyện Tam Đường", "inaugurated") in got
    # in a paragraph that named the work, the finished work opened for use right after the verb (no "và")
    text = ("Nhà thi đấu huyện Tam Đường có tổng vốn 30 tỷ đồng. Đây là công trình lớn của huyện. Sau 18 tháng "
            "thi công, công trình đã được khánh thành đưa vào sử dụng.")
    rows = [(e.name, e.event) for e in find_project_events(text) if e.row]
    assert ("Nhà thi đấu huyện Tam Đường", "inaugurated") in rows


def test_tren_da_ends_a_name() -> None:
    got = _rows("Dự án Nhà máy thủy điện Sông Lô trên đà vận hành thử.")
    assert [name for name, _, _ in got] == ["Nhà máy thủy điện Sông Lô"]


def test_the_province_after_tai_is_no_part_of_a_proper_name() -> None:
    got = _rows("Động thổ nhà máy điện gió Phú Lạc 3 tại Lâm Đồng, công suất 50 MW.")
    assert [(name, event) for name, event, _ in got] == [("nhà máy điện gió Phú Lạc 3", "started")]
    # a work without a proper name is named by its place
    got = _rows("Khởi công khu nhà ở xã hội tại Bắc Ninh.")
    assert [name for name, _, _ in got] == ["khu nhà ở xã hội tại Bắc Ninh"]


def test_a_work_inside_a_topic_with_viec_is_no_news_of_it() -> None:
    assert _rows("Việc mở rộng dự án cảng cá tại Cà Mau sẽ giúp ngư dân neo đậu an toàn.") == []
    # with an event verb of its own the work is news
    got = _rows("Việc khởi công dự án cảng cá Sông Đốc diễn ra sáng nay.")
    assert [event for _, event, _ in got] == ["started"]


def test_tong_muc_dau_tu_xay_dung_is_money_not_works_under_way() -> None:
    text = "Công trình kè sông Cái có tổng mức đầu tư xây dựng 45 tỷ đồng từ ngân sách tỉnh."
    r = route_in_text(text, "45")
    assert (r.table, r.fields["measure"], r.fields["event"]) == ("projects", "total_investment", "funding")


def test_hoa_luoi_is_connected_to_the_grid() -> None:
    got = _rows("Dự án điện mặt trời Phong Phú hòa lưới từ tháng 3.")
    assert [(name, event) for name, event, _ in got] == [("điện mặt trời Phong Phú", "completed")]
    got = _rows("Dự án điện gió Đông Hải sẽ hòa lưới vào cuối năm.")
    assert [(name, event) for name, event, _ in got] == [("điện gió Đông Hải", "in_progress")]


def test_where_a_project_is_built_is_a_description_not_an_event() -> None:
    assert _rows("Dự án Khu đô thị Nam Sông Hậu được xây dựng tại xã Long Phú, huyện Long Phú.") == []
    got = _rows("Dự án Khu đô thị Nam Sông Hậu đang được xây dựng tại phường 7.")
    assert [(name, event) for name, event, _ in got] == [("Khu đô thị Nam Sông Hậu", "in_progress")]


def test_a_bare_work_put_into_use_is_completed() -> None:
    got = _rows("Thị xã Duyên Hải đưa vào sử dụng bờ kè 45 tỷ đồng")
    assert [(name, event) for name, event, _ in got] == [("bờ kè", "completed")]


def test_an_investment_licence_with_its_grantor_before_the_verb_is_approved() -> None:
    got = _rows("Dự án điện mặt trời Hồng Phong 2 được UBND tỉnh Bình Thuận cấp phép đầu tư năm 2018.")
    assert [event for _, event, _ in got] == ["approved"]


def test_qua_n_thang_thi_cong_is_the_works_time_run() -> None:
    got = _rows("Qua 10 tháng thi công, Nhà văn hóa xã Tân Lập đã được xây dựng khang trang.")
    assert [(name, event) for name, event, _ in got] == [("Nhà văn hóa xã Tân Lập", "completed")]


def test_a_work_opened_to_traffic_right_after_its_name():
    # the work, then its own opening to traffic said as done (vừa/đã/mới, chính thức): completed
    assert ("cầu Phước Long 3", "completed", None) in _rows(
        "Sau hai năm xây dựng, cầu Phước Long 3 đã chính thức thông xe, rút ngắn đường về trung tâm huyện."
    )
    assert ("đường tránh Nam Sơn", "completed", None) in _rows("Cuối tuần qua, đường tránh Nam Sơn vừa được thông xe.")
    # still ahead, or a road opened again after a landslide: no completion
    assert ("đường tránh Nam Sơn", "completed", None) not in _rows(
        "Theo kế hoạch, đường tránh Nam Sơn sẽ thông xe vào cuối năm."
    )
    assert ("đường tỉnh 723", "completed", None) not in _rows(
        "Sau ba ngày khắc phục sạt lở, đường tỉnh 723 đã thông xe trở lại."
    )


def test_a_road_the_work_runs_along_and_the_capital_it_uses_name_no_work():
    # "chạy song song với quốc lộ X": the road alongside is where the work runs, no work of the news
    got = _rows("Tuyến đê biển Gành Hào đã hoàn thành, chạy song song với Quốc lộ 63 về phía Tây.")
    assert all(name != "Quốc lộ 63" and not name.startswith("Quốc lộ 63") for name, _, _ in got)
    # "Công trình sử dụng vốn ngân sách Trung ương": the capital a work uses is no name of it
    assert not is_named("sử dụng vốn ngân sách Trung ương", False)
    assert not is_named("sử dụng nguồn vốn ODA của Nhật Bản", False)


def test_a_work_under_way_after_its_length():
    # "Đường X dài 30 km đang được mở rộng": the length first, then the works (widening is works too)
    assert ("đường vành đai Long Phú", "in_progress", None) in _rows(
        "Hiện nay đường vành đai Long Phú dài khoảng 30 km đang được mở rộng lên bốn làn xe."
    )
    assert ("Cầu Tân Quy", "in_progress", None) in _rows("Cầu Tân Quy dài 420 m đang nâng cấp mặt cầu.")


def test_money_to_restore_a_water_works_in_a_headline():
    # "12 tỷ đồng khôi phục trạm cấp nước X": the price of restoring the work named after it
    fields = _project_fields("Gần 12 tỷ đồng khôi phục trạm cấp nước xã Đông Hòa", "12")
    assert fields["measure"] == "total_investment"
    fields = _project_fields("Hơn 30 tỷ đồng phục hồi hệ thống cấp nước thị trấn Phú Lộc", "30")
    assert fields["measure"] == "total_investment"


def test_works_a_ranking_puts_before_are_no_news():
    # "trở thành tuyến thứ ba (sau quốc lộ X và cao tốc Y)": named only to rank the new road after them
    got = _rows(
        "Sau khi hoàn thành toàn tuyến, đây sẽ là trục dọc thứ ba của vùng (sau Quốc lộ 14, cao tốc Đông - Tây và "
        "đường Trường Sơn) chạy qua tỉnh."
    )
    assert not any(name.startswith(("Quốc lộ 14", "cao tốc Đông")) for name, _, _ in got)


def test_a_stretch_named_by_its_two_ends_after_the_event_verb():
    # "đã hoàn thành đoạn từ A đến B": the stretch of the route is the work the verb speaks of
    assert ("đoạn từ bến phà cũ đến Mũi Nai", "completed", None) in _rows(
        "Tỉnh đã hoàn thành đoạn từ bến phà cũ đến Mũi Nai, các đoạn còn lại đang thi công."
    )
    assert _rows("Đoạn từ chợ đến trường rất hẹp.") == []


def test_a_bank_at_a_line_end_and_an_embankment_named_on_the_next_line_are_two_words() -> None:
    # "... lên trên bờ" ends one caption, "Kè X giai đoạn 2 ..." opens the next: no "bờ kè" across them
    from orchestration.extraction import extract_document

    text = ("Kè biển xã Hải An (Quảng Trị) dài 1.200 m, tổng vốn 80 tỷ đồng.\n"
            "Công trình đang thi công cả dưới bờ biển và lên trên bờ\n"
            "Kè Hải Khê giai đoạn 2 đang triển khai thi công\n")
    names = extract_document(text.encode(), "ke.txt").tables["projects"]["project_name"].to_list()
    assert "Kè Hải Khê giai đoạn 2" in names


def test_a_resort_or_tourism_services_zone_is_a_work_noun() -> None:
    # "khu nghỉ dưỡng X", "khu dịch vụ du lịch X" head a work's name the way "khu du lịch X" does.
    text = ("Tin tỉnh Tân Lập\n\nSáng 7-4, tỉnh khởi công Khu nghỉ dưỡng Đồi Thông Xanh với mức đầu tư "
            "1.200 tỷ đồng và Khu dịch vụ du lịch phức hợp Bãi Dài, tổng mức đầu tư 800 tỷ đồng.\n")
    rows = {(r["project_name"], r["measure"], r["value"]) for r in _project_rows(text)}
    assert ("Khu nghỉ dưỡng Đồi Thông Xanh", "total_investment", 1.2e12) in rows
    assert ("Khu dịch vụ du lịch phức hợp Bãi Dài", "total_investment", 8e11) in rows


def test_a_credit_in_brackets_closes_a_caption() -> None:
    # "(Ảnh: Văn Trường)": the photographer's credit in brackets, like "- Ảnh: X"; the name in it is no work
    text = ("Tin huyện Tân Lập\n\nSáng 5/3, huyện Tân Lập khởi công 4 dự án.\n\nCác đại biểu ấn nút khởi công "
            "4 dự án trọng điểm (Ảnh: Văn Trường)\n\nTrong đó có dự án đường ven sông Cầu Rào, tổng mức đầu tư "
            "120 tỷ đồng.\n")
    names = {r["project_name"] for r in _project_rows(text)}
    assert not [n for n in names if "Văn Trường" in n]


def test_a_bridge_named_by_the_river_it_crosses() -> None:
    # "Dự án cầu bắc qua sông X": no proper name between "cầu" and "bắc qua", the river it crosses names
    # it ("cầu Y bắc qua sông X" still ends at Y)
    text = ("Tin huyện Tân Lập\n\nSáng 5/3, huyện khởi công Dự án Cầu bắc qua sông Mã Lạc, tổng mức đầu tư "
            "320 tỷ đồng.\n")
    rows = {(r["project_name"], r["measure"], r["value"]) for r in _project_rows(text)}
    assert ("Dự án Cầu bắc qua sông Mã Lạc", "total_investment", 3.2e11) in rows or (
        "Cầu bắc qua sông Mã Lạc", "total_investment", 3.2e11) in rows


def test_a_listed_work_with_its_price_after_voi() -> None:
    # "..., Công viên X với 900 tỷ đồng": the list's measure left off, "với" and an amount are the work's price
    text = ("Tin tỉnh Tân Lập\n\nTỉnh sẽ khởi công 20 dự án, gồm Khu du lịch Núi Đá với mức đầu tư 3.000 tỷ đồng, "
            "Công viên nước Lam Hạ với 900 tỷ đồng.\n")
    rows = {(r["project_name"], r["measure"], r["value"]) for r in _project_rows(text)}
    assert ("Công viên nước Lam Hạ", "total_investment", 9e11) in rows


def test_a_works_expected_cost_is_its_investment():
    # "tổng kinh phí dự kiến trên 170 triệu đồng": the planned cost of the work named before is still its price
    text = "Xã khởi công nhà văn hóa thôn Bình Yên. Công trình có tổng kinh phí dự kiến trên 250 triệu đồng."
    r = route_in_text(text, "250")
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects", "nhà văn hóa thôn Bình Yên", "total_investment")


def test_a_resettlement_project_named_after_the_hazard_area_is_a_work():
    # "dự án Bố trí ổn định dân cư vùng thiên tai X": the hazard names where people are moved from, not damage
    preceding = "Theo đó, dự án Bố trí ổn định dân cư vùng sạt lở Khe Nước nhằm ổn định đời sống cho các hộ."
    text = "Dự án làm đường nội bộ và hệ thống điện. Tổng mức đầu tư là 12 tỷ đồng từ ngân sách trung ương."
    r = route_in_text(text, "12", preceding=preceding)
    assert (r.table, r.fields["project_name"], r.fields["measure"]) == (
        "projects", "Bố trí ổn định dân cư vùng sạt lở Khe Nước", "total_investment")


def test_a_work_done_in_a_fronted_after_clause_is_a_condition():
    # "Sau khi hoàn thiện, đi vào hoạt động, chợ X sẽ ...": what the work will do once done, no completion said
    got = find_project_events("Sau khi hoàn thành, đưa vào sử dụng, chợ Bình Yên sẽ phục vụ 200 tiểu thương.", None)
    assert not any(e.event == "completed" for e in got)
    done = find_project_events("Sau khi hoàn thành, cầu Bình Yên đã được bàn giao cho xã quản lý.", None)
    assert [(e.name, e.event) for e in done] == [("cầu Bình Yên", "completed")]


def test_a_work_set_aside_by_ngoai_takes_no_event_of_the_others():
    # "Ngoài trường X, nhiều trường khác cũng được khởi công": the groundbreaking is of the other schools
    text = "Ngoài trường Mầm non Bình Yên, năm nay nhiều trường khác cũng được khởi công xây dựng."
    got = find_project_events(text, None)
    assert not any(e.event == "started" for e in got)
    assert [(e.name, e.event) for e in find_project_events("Ngoài ra, cầu Bình Yên đã được khởi công.", None)] == [
        ("cầu Bình Yên", "started")]


def test_after_it_is_known_the_work_referred_back_to_has_its_own_event():
    # "Được biết, công trình được khởi công ...": hearsay opens the sentence, the verb is the whole work's
    text = "Bệnh viện Đa khoa Tân Hưng có quy mô 300 giường. Được biết, công trình được khởi công vào tháng 3/2021."
    assert ("Bệnh viện Đa khoa Tân Hưng", "started", dt.date(2021, 3, 1)) in _rows(text)


def test_a_work_once_finished_that_will_help_is_no_completion():
    # "Công trình hoàn thành giúp/ngăn chặn ...": what the work will do once finished, no event of completion
    text = ("Dự án kè sông Cái Cỏ đang thi công, tiến độ đạt 40%. "
            "Công trình này hoàn thành giúp bảo vệ hơn 200 hộ dân ven sông.")
    assert [event for _, event, _ in _events(text) if event == "completed"] == []
    done = "Kè sông Cái Cỏ đã hoàn thành, giúp bảo vệ hơn 200 hộ dân ven sông."
    assert "completed" in [event for _, event, _ in _events(done)]


def test_a_work_put_into_service_by_dua_vao_khai_thac_is_the_verbs_object():
    # "đưa vào khai thác X": the work put into service (completed), its figures after a description of it
    # ("dài 8,4 km,", "quy mô 4 tầng,", "diện tích 120 ha,") still the work's; "khai thác" alone before a work
    # (managing or running a market or a route) names no work of the news
    cases = [
        ("Ngày 14/6/2027, tỉnh Phú Yên đã đưa vào khai thác tuyến đường ven biển đoạn Hòa Hiệp - Hòa Tâm dài "
         "8,4 km, tổng vốn đầu tư 640 tỷ đồng.", "640", "tuyến đường ven biển đoạn Hòa Hiệp - Hòa Tâm",
         dt.date(2027, 6, 14)),
        ("Sáng 3/2/2025, Sở Công Thương tỉnh Hà Tĩnh đưa vào khai thác Chợ Đình Xuân Lộc quy mô 2 tầng, tổng "
         "mức đầu tư 38 tỷ đồng.", "38", "Chợ Đình Xuân Lộc", dt.date(2025, 2, 3)),
        ("Ngày 20/11/2026, Ban quản lý dự án tỉnh đã khánh thành và đưa vào khai thác cầu Hàm Luông 2 dài 1,6 km, "
         "với tổng vốn đầu tư 1.200 tỷ đồng.", "1.200", "cầu Hàm Luông 2", dt.date(2026, 11, 20)),
    ]
    for text, token, name, day in cases:
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == (name, "total_investment"), text
        assert any(row[0] == name and row[2] == day for row in _rows(text)), text
    assert _rows("Sáng 3/2/2025, huyện đưa vào khai thác Chợ Đình Xuân Lộc.") == [
        ("Chợ Đình Xuân Lộc", "completed", dt.date(2025, 2, 3))]
    # (near misses: "khai thác" not after "đưa vào" still names no work)
    assert _rows("Ban quản lý chợ đang khai thác chợ Đình Xuân Lộc có hiệu quả.") == []
    assert _rows("Công ty vận tải khai thác tuyến xe buýt Tuy Hòa - Sông Cầu.") == []


def test_a_headline_work_put_into_service_and_its_body_sentence_each_give_a_row_the_body_dated():
    # the headline names the work without a day; the body's sentence opening on its day dates its own row
    text = (
        "Phú Yên: Đưa vào sử dụng tuyến đường ven biển đoạn Hòa Hiệp - Hòa Tâm\n\n"
        "Ngày 14/6/2027, Sở Xây dựng tỉnh Phú Yên đã đưa vào khai thác tuyến đường ven biển đoạn Hòa Hiệp - Hòa "
        "Tâm dài 8,4 km, tổng vốn đầu tư 640 tỷ đồng.\n"
    )
    rows = _document_project_rows(text)
    events = sorted(((r["event"], r["event_date"]) for r in rows if r["measure"] is None), key=str)
    assert events == [("completed", "2027-06-14"), ("completed", None)]
    money = [r for r in rows if r["measure"] == "total_investment"]
    assert [(r["project_name"], r["value"]) for r in money] == [
        ("tuyến đường ven biển đoạn Hòa Hiệp - Hòa Tâm", 640e9)]


def test_a_day_in_brackets_after_hom_nay_dates_the_event():
    # "Sáng nay (15/11), tỉnh khởi công X": the news's own day, in brackets after "today/this morning", in the
    # document's year (as "Sáng 15/11,")
    cases = [
        ("Sáng nay (15/11), UBND tỉnh Kon Tum tổ chức lễ khởi công cầu Đăk Bla 3.", "cầu Đăk Bla 3", "started",
         dt.date(2026, 11, 15)),
        ("Hôm nay ( 4/3 ), huyện Krông Pắc khánh thành Trường Tiểu học Ea Kly.", "Trường Tiểu học Ea Kly",
         "inaugurated", dt.date(2026, 3, 4)),
        ("Chiều nay (30-4), tỉnh đưa vào sử dụng Bệnh viện Đa khoa Cà Mau.", "Bệnh viện Đa khoa Cà Mau", "completed",
         dt.date(2026, 4, 30)),
    ]
    for text, name, event, day in cases:
        assert [(e.name, e.event, e.date) for e in find_project_events(text, None, 2026) if e.row] == [
            (name, event, day)], text
    # (near miss: "hôm nay" without a day in brackets gives no day)
    got = [e.date for e in find_project_events("Sáng nay, UBND tỉnh khởi công cầu Đăk Bla 3.", None, 2026) if e.row]
    assert got == [None]


def test_a_linked_works_name_ends_before_its_price_or_size_after_voi():
    # "cầu X nối A - B với tổng mức đầu tư ...": after "nối", "với" joins a link's second end ("đường nối quốc lộ 4
    # với đường cao tốc Y"), but not the words that describe the work (its price, size or length)
    cases = [
        ("Tỉnh Quảng Trị phê duyệt dự án cầu Cửa Việt nối Quảng Trị - Thừa Thiên Huế với tổng mức đầu tư 1.240 tỷ "
         "đồng.", "1.240", "cầu Cửa Việt"),  # a named bridge ends before the provinces it links
        ("Huyện khởi công dự án đường nối xã Phú Lộc với tổng vốn 85 tỷ đồng.", "85", "đường nối xã Phú Lộc"),
        ("Tỉnh khởi công dự án cầu nối Lai Châu - Điện Biên với vốn đầu tư 640 tỷ đồng.", "640",
         "cầu nối Lai Châu - Điện Biên"),
        ("Tỉnh khởi công dự án đường nối Sóc Trăng - Bạc Liêu với chiều dài 18 km, kinh phí 730 tỷ đồng.", "730",
         "đường nối Sóc Trăng - Bạc Liêu"),
        ("Tỉnh đã khánh thành đường nối thị xã Kỳ Anh với quy mô 4 làn xe.", None, "đường nối thị xã Kỳ Anh"),
    ]
    for text, token, name in cases:
        assert [row[0] for row in _rows(text)] == [name], text
        if token:
            assert _project_fields(text, token)["project_name"] == name, text
    # (the words of a description end a name with no link too: "cầu X vốn đầu tư N", "cầu X chiều dài N")
    assert _project_fields("Tỉnh khởi công dự án cầu Rạch Miễu 3 vốn đầu tư 520 tỷ đồng.", "520")[
        "project_name"] == "cầu Rạch Miễu 3"
    assert [row[0] for row in _rows("Tỉnh khởi công dự án cầu Rạch Miễu 3 tổng chiều dài 2,4 km.")] == [
        "cầu Rạch Miễu 3"]
    # (near misses: the link's second end after "với" is still part of the name)
    assert [row[0] for row in _rows("Tỉnh khánh thành đường nối tỉnh lộ 275 với Quốc lộ 18.")] == [
        "đường nối tỉnh lộ 275 với Quốc lộ 18"]
    text = "Tỉnh khởi công đường nối cảng Nghi Sơn với cao tốc Bắc - Nam với tổng vốn 700 tỷ đồng."
    assert [row[0] for row in _rows(text)] == ["đường nối cảng Nghi Sơn với cao tốc Bắc - Nam"]


def test_one_approval_verb_governs_every_work_listed_between_semicolons():
    # "phê duyệt chủ trương đầu tư dự án A với ...; dự án B với ...; (và) dự án C ...": the verb before the first
    # item is said of every item opening right after a semicolon on its own "dự án" or work noun, its day too
    text = (
        "HĐND tỉnh Thanh Hóa thông qua nghị quyết phê duyệt chủ trương đầu tư dự án đường vành đai 2 Sầm Sơn với "
        "tổng mức đầu tư 2.100 tỷ đồng; dự án cầu Hoằng Phụ nối Thanh Hóa - Ninh Bình với tổng mức đầu tư 870 tỷ "
        "đồng; dự án nâng cấp đường tỉnh 513 với tổng mức đầu tư 350 tỷ đồng. Các dự án dự kiến khởi công năm 2028."
    )
    assert _rows(text) == [
        ("đường vành đai 2 Sầm Sơn", "approved", None),
        ("cầu Hoằng Phụ", "approved", None),
        ("nâng cấp đường tỉnh 513", "approved", None),
    ]
    assert _project_fields(text, "870")["event"] == "approved"
    text = (
        "UBND tỉnh Bình Định chấp thuận chủ trương đầu tư dự án Khu du lịch Hải Giang với vốn 1.900 tỷ đồng; "
        "và dự án Nhà máy may Phù Cát với vốn 250 tỷ đồng."
    )
    assert _rows(text) == [("Khu du lịch Hải Giang", "approved", None), ("Nhà máy may Phù Cát", "approved", None)]
    day = dt.date(2026, 9, 2)
    text = (
        "Ngày 2/9/2026, tỉnh Long An khởi công dự án cầu Long Hựu với tổng mức đầu tư 410 tỷ đồng; dự án kè sông "
        "Vàm Cỏ Đông với tổng mức đầu tư 95 tỷ đồng."
    )
    assert _rows(text) == [("cầu Long Hựu", "started", day), ("kè sông Vàm Cỏ Đông", "started", day)]
    # (an item that says only a plan still takes the list's verb: a plan is no event of its own)
    text = "Tỉnh phê duyệt dự án cầu Đại Ngãi; dự án đường tránh Mỹ Xuyên dự kiến khởi công năm 2027."
    assert _rows(text) == [("cầu Đại Ngãi", "approved", None), ("đường tránh Mỹ Xuyên", "approved", None)]
    # (the other ways of listing works under one verb read as before: "và", a colon, a count, commas)
    assert _rows("HĐND tỉnh phê duyệt chủ trương đầu tư dự án cầu Tân Mỹ và dự án đường tránh Cái Bè.") == [
        ("cầu Tân Mỹ", "approved", None), ("đường tránh Cái Bè", "approved", None)]
    assert [row[1] for row in _rows("Huyện khởi công 3 công trình: cầu Pác Nặm; đường Cốc Đán - Thượng Ân; trường "
                                    "Mầm non Vân Tùng.")] == ["started"] * 3
    assert [row[1] for row in _rows("Tỉnh khánh thành và đưa vào sử dụng cầu Mỹ Lợi, đường tỉnh 827 và trường "
                                    "THPT Tân Trụ.")] == ["inaugurated"] * 3
    # (near misses: an item with a verb of its own keeps it; a verb said after the first item is its own news
    # only; an item that does not open right after the semicolon, or in another sentence, gets no verb)
    assert _rows("Tỉnh phê duyệt chủ trương đầu tư dự án cầu Tân Mỹ; khánh thành dự án đường tránh Cái Bè.") == [
        ("cầu Tân Mỹ", "approved", None), ("đường tránh Cái Bè", "inaugurated", None)]
    assert _rows("Tỉnh khởi công dự án cầu Tân Mỹ; dự án đường tránh Cái Bè đang thi công.") == [
        ("cầu Tân Mỹ", "started", None), ("đường tránh Cái Bè", "in_progress", None)]
    text = "Dự án cầu Tân Mỹ đã hoàn thành với tổng mức đầu tư 300 tỷ đồng; dự án kè Cái Bè với tổng vốn 60 tỷ đồng."
    assert ("kè Cái Bè", "completed", None) not in _rows(text)
    text = "Tỉnh phê duyệt dự án cầu Tân Mỹ. Dự án kè Cái Bè với tổng vốn 60 tỷ đồng; dự án chợ Cái Bè với vốn 9 tỷ."
    assert [row for row in _rows(text) if row[1] == "approved"] == [("cầu Tân Mỹ", "approved", None)]
    text = "Tỉnh phê duyệt dự án cầu Tân Mỹ; tuy vậy dự án kè Cái Bè với tổng vốn 60 tỷ đồng chưa có mặt bằng."
    assert ("kè Cái Bè", "approved", None) not in _rows(text)


def _dated_rows(text, year=2025):
    """Event rows with the days a text of ``year`` gives them."""
    return [(e.name, e.event, e.date) for e in find_project_events(text, None, year) if e.row]


def test_gan_bien_cong_trinh_is_an_inauguration() -> None:
    text = "Sáng 12/9, huyện Hàm Yên gắn biển công trình đường giao thông thôn Bình Thuận, xã Tân Thành."
    assert _dated_rows(text) == [("đường giao thông thôn Bình Thuận", "inaugurated", dt.date(2025, 9, 12))]
    assert _dated_rows("Ngày 3/2/2026, tỉnh tổ chức lễ gắn biển công trình cầu Nậm Cắn chào mừng Đại hội Đảng bộ tỉnh.",
                       2026) == [("cầu Nậm Cắn", "inaugurated", dt.date(2026, 2, 3))]
    assert _dated_rows("Chiều 20/8, lễ gắn biển cầu Pá Hu được tổ chức trọng thể.") == [
        ("cầu Pá Hu", "inaugurated", dt.date(2025, 8, 20))]
    assert _dated_rows("Trường Mầm non Mường Chanh được gắn biển công trình chào mừng 80 năm Quốc khánh.") == [
        ("Trường Mầm non Mường Chanh", "inaugurated", None)]
    # (near misses: a plaque still to come is a work under way; a house-number plate or a sign is no event)
    assert _rows("Huyện sẽ gắn biển công trình cầu Nậm Cắn vào dịp 2/9.") == [("cầu Nậm Cắn", "in_progress", None)]
    assert _rows("Xã đã gắn biển số nhà cho các hộ trên đường Nguyễn Trãi.") == []


def test_a_name_ends_at_the_time_its_event_falls() -> None:
    assert _dated_rows("Tỉnh khánh thành cầu Nà Mò vào ngày 2/9/2025.") == [
        ("cầu Nà Mò", "inaugurated", dt.date(2025, 9, 2))]
    assert _rows("Tỉnh khánh thành cầu Nà Mò nhân dịp kỷ niệm 80 năm Quốc khánh.") == [
        ("cầu Nà Mò", "inaugurated", None)]
    assert _rows("Huyện khởi công Trường THCS Yên Lạc vào dịp đầu năm học mới.") == [
        ("Trường THCS Yên Lạc", "started", None)]
    assert _rows("Huyện khởi công Trường THCS Yên Lạc trong tháng 10.")[0][0] == "Trường THCS Yên Lạc"
    assert _rows("Thông xe cầu Trà Bồng 2 sau 30 tháng thi công") == [("cầu Trà Bồng 2", "completed", None)]
    assert _rows("Khánh thành cầu Sông Hiếu sau hơn 2 năm xây dựng") == [("cầu Sông Hiếu", "inaugurated", None)]
    # (near misses: "vào" before a place or a capital goes on as a road's name)
    assert _rows("Huyện khởi công đường vào trung tâm xã Pa Vệ Sủ.") == [
        ("đường vào trung tâm xã Pa Vệ Sủ", "started", None)]
    assert _rows("Huyện khởi công Đường vào Khu di tích Nà Lừa.") == [("Đường vào Khu di tích Nà Lừa", "started", None)]


def test_a_work_and_its_commune_after_tai_with_the_district_after_a_comma() -> None:
    assert _rows("UBND tỉnh khởi công dự án cầu Cửa Tùng 2 tại xã Vĩnh Giang, huyện Vĩnh Linh.") == [
        ("cầu Cửa Tùng 2", "started", None)]
    text = "Tỉnh khánh thành Trường Tiểu học Sơn Ca tại phường Đông Lương, thành phố Đông Hà, tỉnh Quảng Trị."
    assert _rows(text) == [("Trường Tiểu học Sơn Ca", "inaugurated", None)]
    # (near miss: a work without a proper name of its own is named by its place)
    assert _rows("Tỉnh khởi công Khu tái định cư tại xã Hải Ba, huyện Hải Lăng.") == [
        ("Khu tái định cư tại xã Hải Ba", "started", None)]


def test_a_restated_amount_takes_the_measure_said_before_the_projects_name() -> None:
    text = (
        "Ngày 4/3/2026, UBND tỉnh trao quyết định chủ trương đầu tư dự án Nhà máy điện khí LNG Nghi Sơn. Tổng vốn "
        "đầu tư dự án khoảng 2,3 tỷ USD (tương đương 56.000 tỷ đồng)."
    )
    for token in ("2,3", "56.000"):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == ("Nhà máy điện khí LNG Nghi Sơn", "total_investment")
    started = "Tỉnh khởi công dự án Khu công nghiệp Hòa Phú 2. "
    text = started + "Tổng mức đầu tư của dự án là 4.200 tỷ đồng, tương đương 170 triệu USD."
    assert _project_fields(text, "170")["measure"] == "total_investment"
    text = started + "Tổng vốn đầu tư cho dự án này hơn 900 triệu USD, tương đương 22.500 tỷ đồng."
    assert _project_fields(text, "22.500")["measure"] == "total_investment"
    # (near miss: a disbursement restated keeps its own measure)
    text = started + "Dự án đã giải ngân 40 triệu USD (tương đương 1.010 tỷ đồng)."
    assert _project_fields(text, "1.010")["measure"] == "disbursed"


def test_amounts_listed_respectively_belong_to_the_works_in_order() -> None:
    text = (
        "Cùng dịp, tỉnh đưa vào sử dụng Trường THCS Tịnh Ấn và Trạm Y tế phường Nghĩa Lộ, với tổng kinh phí lần "
        "lượt là 42 tỷ đồng và 9 tỷ đồng."
    )
    assert _project_fields(text, "42")["project_name"] == "Trường THCS Tịnh Ấn"
    assert _project_fields(text, "9")["project_name"] == "Trạm Y tế phường Nghĩa Lộ"
    assert _project_fields(text, "9")["measure"] == "total_investment"
    text = (
        "Huyện khánh thành cầu Bản Chang, cầu Khuổi Ma và Trường Mầm non Hoa Mai với tổng mức đầu tư tương ứng "
        "27 tỷ đồng, 16 tỷ đồng và 11,5 tỷ đồng."
    )
    assert [_project_fields(text, token)["project_name"] for token in ("27", "16", "11,5")] == [
        "cầu Bản Chang", "cầu Khuổi Ma", "Trường Mầm non Hoa Mai"]
    # (near misses: more amounts than works pair nothing, the last work keeps them as before; no "lần lượt",
    # one work's price)
    text = (
        "Huyện khánh thành cầu Bản Chang và cầu Khuổi Ma với tổng mức đầu tư lần lượt 27 tỷ đồng, 16 tỷ đồng và 5 tỷ "
        "đồng."
    )
    assert _project_fields(text, "27")["project_name"] == "cầu Khuổi Ma"
    # (one total after both works of the verb is theirs together: test_a_total_said_after_works_one_verb_takes_...)
    text = "Huyện khánh thành cầu Bản Chang và cầu Khuổi Ma với tổng mức đầu tư 27 tỷ đồng."
    assert _project_fields(text, "27")["project_name"] == "cầu Bản Chang và cầu Khuổi Ma"


def test_the_works_share_said_before_its_rate_is_the_works_progress() -> None:
    # (were no project's: the gold reads a named work's physical progress as its plan_pct, under way)
    assert _works_progress("- Dự án cầu Cửa Sót: đang thi công, khối lượng đạt 65%.", "65") == "cầu Cửa Sót"
    text = "Dự án cầu Cửa Sót đã giải ngân 80 tỷ đồng, khối lượng xây lắp đạt khoảng 45%."
    assert _works_progress(text, "45") == "cầu Cửa Sót"
    assert _works_progress("Dự án Trường THPT Nghi Xuân có khối lượng công việc đã đạt 90%.", "90") == (
        "Trường THPT Nghi Xuân"
    )
    # (near miss: the share of the capital plan is the project's plan_pct)
    text = "Dự án cầu Cửa Sót đã giải ngân 80 tỷ đồng, đạt 62% kế hoạch vốn."
    assert _project_fields(text, "62")["measure"] == "plan_pct"


def test_the_same_occasion_is_the_day_of_the_ceremony_said_before() -> None:
    from orchestration.extraction.projects import same_day_as_before

    said = "Ngày 28/4/2026, tỉnh tổ chức lễ thông xe cầu Trà Khúc 3."
    day = dt.date(2026, 4, 28)
    for opening in ("Cùng dịp, ", "Dịp này, ", "Nhân dịp này, ", "Tại buổi lễ, ", "Cũng tại buổi lễ này, "):
        paragraph = opening + "tỉnh đưa vào sử dụng Trường THCS Tịnh Ấn."
        assert same_day_as_before(paragraph, len(opening), said + "\n", len(said) + 1, 2026) == day, opening
    # (near misses: the same time next year is ahead; a ceremony of another kind named after "tại lễ" is not said)
    for opening in ("Dịp này năm sau, ", "Tại lễ kỷ niệm, "):
        paragraph = opening + "tỉnh đưa vào sử dụng Trường THCS Tịnh Ấn."
        assert same_day_as_before(paragraph, len(opening), said + "\n", len(said) + 1, 2026) is None, opening


def test_today_and_yesterday_with_their_day_without_brackets() -> None:
    day = dt.date(2025, 10, 20)
    for opening in ("Sáng nay 20/10, ", "Chiều nay, 20/10, ", "Sáng nay (ngày 20/10), ", "Hôm nay 20-10, "):
        assert _dated_rows(opening + "tỉnh tổ chức lễ khởi công cầu Mỹ Thuận 3.") == [
            ("cầu Mỹ Thuận 3", "started", day)], opening
    assert _dated_rows("Hôm qua 19/10, tỉnh khánh thành cầu Mỹ Thuận 3.") == [
        ("cầu Mỹ Thuận 3", "inaugurated", dt.date(2025, 10, 19))]
    # (near miss: "today" without a day gives none)
    assert _dated_rows("Sáng nay, tỉnh khởi công cầu Mỹ Thuận 3.") == [("cầu Mỹ Thuận 3", "started", None)]


def test_a_road_extended_noi_dai_keeps_dai_in_its_name() -> None:
    assert _rows("Chính thức thông xe đường tỉnh 865 nối dài") == [("đường tỉnh 865 nối dài", "completed", None)]
    text = "Tỉnh khởi công đường Hùng Vương nối dài với tổng mức đầu tư 145 tỷ đồng."
    assert _project_fields(text, "145")["project_name"] == "đường Hùng Vương nối dài"
    # (near miss: "dài" after the name alone is its length)
    text = "Tỉnh khởi công đường Hùng Vương dài 3 km với tổng mức đầu tư 145 tỷ đồng."
    assert _project_fields(text, "145")["project_name"] == "đường Hùng Vương"


def test_a_total_after_the_list_of_a_counted_group_is_the_groups() -> None:
    text = (
        "Huyện khánh thành 3 cây cầu nông thôn gồm cầu Rạch Gốc, cầu Ông Đồ và cầu Bà Kiều, tổng kinh phí 5,2 tỷ "
        "đồng."
    )
    fields = _project_fields(text, "5,2")
    assert (fields["project_name"], fields["event"], fields["measure"]) == (
        "3 cây cầu nông thôn", "inaugurated", "total_investment")
    text = (
        "Tỉnh sẽ hoàn thành 2 công trình trọng điểm, gồm: đường ven sông Thương, cầu Á Lữ 2, với tổng mức đầu tư "
        "trên 2.400 tỷ đồng."
    )
    assert _project_fields(text, "2.400")["project_name"] == "2 công trình trọng điểm"
    # (near misses: a count other than the works listed, or a price inside the list, stay the works')
    text = "Huyện khánh thành 5 cây cầu gồm cầu Rạch Gốc, cầu Ông Đồ và cầu Bà Kiều với tổng mức đầu tư 5,2 tỷ đồng."
    assert _project_fields(text, "5,2")["project_name"] == "cầu Bà Kiều"
    text = "Huyện khánh thành 2 cây cầu gồm cầu Rạch Gốc (2,1 tỷ đồng) và cầu Ông Đồ (3,1 tỷ đồng)."
    assert _project_fields(text, "2,1")["project_name"] == "cầu Rạch Gốc"


def test_an_amount_over_the_plan_written_after_a_slash_is_no_price_per_unit() -> None:
    text = "Dự án đường tránh phía Đông thành phố Pleiku mới giải ngân 38,2 tỷ đồng/kế hoạch vốn 160 tỷ đồng."
    assert _project_fields(text, "38,2")["measure"] == "disbursed"
    assert _project_fields(text, "160")["measure"] == "plan"
    text = "Dự án cầu Sê San 3 đã giải ngân 76 tỷ đồng/KH 140 tỷ đồng."
    assert (_project_fields(text, "76")["measure"], _project_fields(text, "140")["measure"]) == ("disbursed", "plan")
    text = "Dự án cầu Sê San 3 đã giải ngân 76 tỷ đồng/tổng mức đầu tư 420 tỷ đồng."
    assert _project_fields(text, "420")["measure"] == "total_investment"
    assert _project_fields("Dự án cầu Sê San 3: KH vốn năm 2025 là 210 tỷ đồng.", "210")["measure"] == "plan"
    # (near miss: a price per kilometre is no cost of the work)
    assert _not_a_project("Dự án cầu Sê San 3 có suất đầu tư 80 tỷ đồng/km.", "80")


def test_hom_before_a_day_and_a_builder_asked_to_speed_up() -> None:
    text = "Dự án Trường PTDTNT huyện Tràng Định được khởi công hôm 5/3, với kinh phí 110 tỷ đồng."
    assert _dated_rows(text) == [("Trường PTDTNT huyện Tràng Định", "started", dt.date(2025, 3, 5))]
    text = "UBND tỉnh đề nghị chủ đầu tư dự án cầu Sa Thầy 2 đẩy nhanh tiến độ thi công."
    assert [row[0] for row in _rows(text)] == ["cầu Sa Thầy 2"]


def test_more_kinds_of_works_named_after_an_event_verb() -> None:
    text = "Bến xe khách phía Nam thành phố Cao Bằng được đưa vào khai thác từ ngày 1/4/2026, với tổng vốn 70 tỷ đồng."
    assert _dated_rows(text, 2026) == [
        ("Bến xe khách phía Nam thành phố Cao Bằng", "completed", dt.date(2026, 4, 1))]
    assert _project_fields(text, "70")["measure"] == "total_investment"
    text = "Sáng 2/6, tỉnh khởi công cống ngăn mặn Cái Răng với tổng mức đầu tư 950 tỷ đồng."
    assert _dated_rows(text) == [("cống ngăn mặn Cái Răng", "started", dt.date(2025, 6, 2))]
    assert _rows("Tỉnh khánh thành Bảo tàng tỉnh Kon Tum.") == [("Bảo tàng tỉnh Kon Tum", "inaugurated", None)]
    assert _rows("Huyện khánh thành Ký túc xá Trường PTDTNT Sìn Hồ.") == [
        ("Ký túc xá Trường PTDTNT Sìn Hồ", "inaugurated", None)]
    assert _rows("Tỉnh khởi công đê biển Tây đoạn qua huyện Trần Văn Thời.")[0][1] == "started"
    # (near miss: damaged culverts are no works of news)
    assert _rows("Mưa lũ làm hư hỏng 3 cống thoát nước.") == []


def test_cap_chu_truong_dau_tu_is_an_approval_and_chua_denies_an_event() -> None:
    assert _rows("Nam Định: Dự án Nhà máy điện khí LNG Hải Hậu được cấp chủ trương đầu tư") == [
        ("Nhà máy điện khí LNG Hải Hậu", "approved", None)]
    text = "Ngày 5/6, tỉnh cấp chủ trương đầu tư cho dự án Khu đô thị Vị Khê với vốn 2.100 tỷ đồng."
    assert _dated_rows(text) == [("Khu đô thị Vị Khê", "approved", dt.date(2025, 6, 5))]
    # (near misses: not yet granted, approved or started; the name stops before "chưa")
    for verb in ("chưa được cấp chủ trương đầu tư", "chưa được phê duyệt chủ trương đầu tư", "chưa thể khởi công"):
        assert _rows(f"Dự án Khu đô thị Vị Khê {verb}.") == [], verb
    assert _rows("Dự án Khu đô thị Vị Khê đã được phê duyệt.") == [("Khu đô thị Vị Khê", "approved", None)]


def test_the_coastal_road_written_with_duong_bo_is_a_work() -> None:
    text = ("Sáng 12/10/2027, tỉnh Nam Định khởi công dự án đường bộ ven biển đoạn qua huyện Hải Hậu "
            "(tổng mức đầu tư 1.950 tỷ đồng).")
    assert _rows(text) == [("đường bộ ven biển đoạn qua huyện Hải Hậu", "started", dt.date(2027, 10, 12))]
    routed = route_in_text(text, "1.950")
    assert routed.table == "projects" and routed.fields["measure"] == "total_investment"


def test_an_approval_with_its_paper_heads_the_list_after_it() -> None:
    # "phê duyệt chủ trương đầu tư cho 8 dự án", "trao giấy chứng nhận đăng ký đầu tư cho 3 dự án", "chấp thuận
    # chủ trương đầu tư 4 dự án": the approval of a counted group, the items listed on the lines after are approved
    from orchestration.extraction.projects import group_event

    assert group_event("Năm 2026, tỉnh Phú Yên đã phê duyệt chủ trương đầu tư cho 6 dự án. Các dự án gồm:")
    assert group_event("Sáng 3/4, UBND tỉnh trao giấy chứng nhận đăng ký đầu tư cho 2 dự án FDI.")
    assert group_event("HĐND tỉnh chấp thuận chủ trương đầu tư 4 dự án giao thông.")
    assert group_event("UBND tỉnh trao quyết định chủ trương đầu tư cho ba dự án lớn.")
    # (near misses: a paper given to a firm, not to a counted group; a count with no approval)
    assert group_event("Tỉnh cấp giấy chứng nhận đăng ký đầu tư cho Công ty Minh Phát.") is None
    assert group_event("Tỉnh có 7 dự án đang chờ chủ trương đầu tư.") is None
    for verb, head in (
        ("đã phê duyệt chủ trương đầu tư cho 5 dự án, tổng vốn 2.100 tỷ đồng", "Các dự án gồm:"),
        ("cấp giấy chứng nhận đăng ký đầu tư cho 3 dự án", "Cụ thể như sau:"),
    ):
        text = f"Quý II/2026, tỉnh Ninh Thuận {verb}. {head}\n- Dự án Khu du lịch Cà Ná, vốn đầu tư 900 tỷ đồng;\n"
        rows = _project_rows("Tin tỉnh Ninh Thuận\n\n" + text)
        assert ("Khu du lịch Cà Ná", "approved") in {(r["project_name"], r["event"]) for r in rows}, verb


def test_works_picked_out_of_a_counted_group_take_its_event() -> None:
    # "trao ... cho 3 dự án. Trong đó, dự án A có vốn 120 triệu USD; dự án B ...": the works picked out of the
    # counted group right after "Trong đó," have no verb of their own; the group's event and day are theirs
    text = ("Ngày 14/6/2026, UBND tỉnh Thái Bình trao giấy chứng nhận đăng ký đầu tư cho 2 dự án FDI với tổng vốn "
            "300 triệu USD. Trong đó, dự án nhà máy sợi Tiền Hải có vốn đầu tư 180 triệu USD; dự án nhà máy "
            "điện tử Liên Hà Thái có vốn đầu tư 120 triệu USD.")
    day = dt.date(2026, 6, 14)
    assert _rows(text) == [("nhà máy sợi Tiền Hải", "approved", day), ("nhà máy điện tử Liên Hà Thái", "approved", day)]
    text = ("Sáng 2/9/2025, huyện Hậu Lộc khởi công 3 công trình. Trong số này, cầu Đò Lèn mới có tổng vốn 60 tỷ đồng.")
    assert _rows(text) == [("cầu Đò Lèn mới", "started", dt.date(2025, 9, 2))]
    # (near misses: no counted group before, or the work's own verb)
    got = _rows("Năm 2026, tỉnh giải ngân 800 tỷ đồng. Trong đó, dự án cầu Đò Lèn mới giải ngân 60 tỷ đồng.")
    assert got == []  # (no group's event, and its disbursement alone says none of its own)
    got = _rows("Năm 2026, tỉnh khởi công 12 công trình; khánh thành 7 công trình. Trong đó, cầu Pá Uôn có vốn 90 tỷ.")
    assert got == []  # (two groups: which one the bridge is of is not said)
    got = _rows("Tỉnh khởi công 3 dự án. Trong đó, dự án cầu Đò Lèn mới đã khánh thành ngày 2/9/2025.")
    assert got == [("cầu Đò Lèn mới", "inaugurated", dt.date(2025, 9, 2))]


def test_works_picked_out_in_the_next_paragraph_take_the_counted_groups_event() -> None:
    # "... trao Giấy chứng nhận đăng ký đầu tư cho 3 dự án." then a paragraph opening "Trong đó, dự án A ...": the
    # group counted at the end of the paragraph before, its event and day the picked works'
    before = "Ngày 9/3/2027, BQL các KCN tỉnh Hải Dương trao giấy chứng nhận đăng ký đầu tư cho 2 dự án FDI.\n\n"
    text = ("Trong đó, dự án nhà máy dệt Phúc Điền có vốn đầu tư 95 triệu USD; dự án nhà máy cơ khí Lai Cách có vốn "
            "đầu tư 40 triệu USD.")
    group = group_event(before)
    got = [(e.name, e.event, e.date) for e in find_project_events(text, None, 2027, group, preceding=before) if e.row]
    day = dt.date(2027, 3, 9)
    assert got == [("nhà máy dệt Phúc Điền", "approved", day), ("nhà máy cơ khí Lai Cách", "approved", day)]
    # near miss: the paragraph before counts no group, so the works picked out keep no event
    before = "Năm 2027, tỉnh tập trung cải thiện môi trường đầu tư.\n\n"
    assert [e for e in find_project_events(text, None, 2027, None, preceding=before) if e.row] == []


def test_a_work_named_by_its_numbered_village() -> None:
    # "Nhà văn hóa xóm 5 xã Hoa Thành", "Trạm y tế ấp 3", "Tuyến đường thôn 2": a village or block named by its
    # number names the work built for it, as a proper name does (new-rural works of communes are written so)
    cases = (
        ("Nhà văn hóa xóm 8 xã Diễn Lâm được khánh thành ngày 9/2/2026.", "Nhà văn hóa xóm 8 xã Diễn Lâm",
         "inaugurated", dt.date(2026, 2, 9)),
        ("Nhà văn hóa tổ dân phố 12 đã được khởi công.", "Nhà văn hóa tổ dân phố 12", "started", None),
        ("Trạm y tế ấp 3 được khởi công ngày 5/5/2025.", "Trạm y tế ấp 3", "started", dt.date(2025, 5, 5)),
        ("Trong năm, nhà văn hóa thôn 6 xã Ea Tul đã được khánh thành.", "nhà văn hóa thôn 6 xã Ea Tul",
         "inaugurated", None),
    )
    for text, name, event, day in cases:
        assert _rows(text) == [(name, event, day)], text
    # (near misses: a length of a rural road, works of several villages)
    assert _rows("Tuyến đường nông thôn 3,5 km được khánh thành.") == []
    assert _rows("Nhà văn hóa các thôn 3 và 4 được khánh thành.") == []


def test_a_class_of_works_counted_by_a_property_is_no_work() -> None:
    # "Trạm y tế xã có bác sĩ đạt 100%", "tỷ lệ trạm y tế xã đạt chuẩn quốc gia đạt 95%": the works of a kind that
    # have something, a rate of them, no named work (the figure is an indicator's)
    assert _not_a_project("Trạm y tế xã có bác sĩ đạt 98,5%.", "98,5")
    assert _not_a_project("Năm 2026, tỷ lệ trạm y tế xã đạt chuẩn quốc gia về y tế đạt 92%.", "92")
    assert _not_a_project("Trạm y tế xã có nữ hộ sinh đạt 100%.", "100")
    assert _rows("Trạm y tế xã có bác sĩ đạt 100%.") == []
    # (near misses: the commune's own station, with its price or its event)
    assert _project_fields("Trạm y tế xã có tổng mức đầu tư 4,5 tỷ đồng.", "4,5")["measure"] == "total_investment"
    assert _rows("Trạm y tế xã Nghĩa Hưng đạt chuẩn quốc gia được khánh thành.") == [
        ("Trạm y tế xã Nghĩa Hưng", "inaugurated", None)
    ]


def test_a_price_in_the_opening_clause_is_the_subjects() -> None:
    # "Có tổng mức đầu tư 2.450 tỷ đồng, cầu X được khởi công", "Với số vốn 120 tỷ đồng, Trung tâm y tế Y vừa ...",
    # "Sau hơn 2 năm thi công với tổng vốn 850 tỷ đồng, Bệnh viện Z ...": the clause the sentence opens on prices
    # its subject, the work named right after the comma
    cases = (
        ("Có tổng mức đầu tư 1.760 tỷ đồng, cầu Vàm Cống 2 được khởi công ngày 3/3/2026.", "1.760",
         "cầu Vàm Cống 2"),
        ("Với số vốn 95 tỷ đồng, Trung tâm y tế huyện Tuy An vừa được đưa vào sử dụng.", "95",
         "Trung tâm y tế huyện Tuy An"),
        ("Sau 18 tháng thi công với tổng vốn hơn 430 tỷ đồng, Bệnh viện đa khoa khu vực Ngọc Hồi đã khánh thành.",
         "430", "Bệnh viện đa khoa khu vực Ngọc Hồi"),
        ("Năm 2026 huyện được đầu tư 40 tỷ đồng từ ngân sách tỉnh, cầu Nậm Cúm đã hoàn thành.", "40",
         "cầu Nậm Cúm"),
    )
    for text, token, name in cases:
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == (name, "total_investment"), text
    # (near misses: no work after the comma; a clause before the price's; a disbursement, no price)
    assert _not_a_project("Với tổng vốn 3.100 tỷ đồng, tỉnh ưu tiên cho giao thông và thủy lợi.", "3.100")
    assert _not_a_project("Năm 2026, với tổng vốn 70 tỷ đồng, nhiều xã đã làm đường, cầu Nậm Cúm cũng xong.", "70")
    assert _not_a_project("Huyện giải ngân 60 tỷ đồng, cầu Nậm Cúm vẫn chưa xong.", "60")


def test_a_withdrawn_or_ended_project_says_no_event() -> None:
    # "thu hồi chủ trương đầu tư / giấy chứng nhận đăng ký đầu tư dự án X", "chấm dứt hoạt động dự án Y", "dự án Z bị
    # thu hồi ...": the investment taken back, an event the contract has no kind for (never works under way, nor
    # an approval read from the licence's name)
    for text in (
        "UBND tỉnh Phú Yên đã thu hồi chủ trương đầu tư Dự án Khu du lịch sinh thái Hòa Hiệp.",
        "Tỉnh thu hồi giấy chứng nhận đăng ký đầu tư đối với Dự án Nhà máy gạch Tuy Phước.",
        "Sở Kế hoạch và Đầu tư chấm dứt hoạt động Dự án Nhà máy chế biến gỗ An Nhơn của Công ty TNHH Hòa Phát.",
        "Dự án Khu đô thị Bắc Sông Cầu bị thu hồi giấy chứng nhận đăng ký đầu tư do chậm tiến độ.",
        "Năm 2026, Dự án Cảng cạn Tân Uyên đã bị chấm dứt hoạt động.",
        "HĐND tỉnh hủy bỏ chủ trương đầu tư Dự án Sân golf Sông Hinh.",
    ):
        assert _rows(text) == [], text
    # (near misses: land taken for a project whose works go on; a builder's contract ended; an approval)
    assert _rows("Huyện thu hồi đất để thực hiện Dự án Khu dân cư Bắc Sơn.") == [
        ("Khu dân cư Bắc Sơn", "in_progress", None)
    ]
    assert _rows("Chủ đầu tư chấm dứt hợp đồng với nhà thầu thi công Dự án Kè sông Ba.") == [
        ("Kè sông Ba", "in_progress", None)
    ]
    assert _rows("Tỉnh cấp giấy chứng nhận đăng ký đầu tư Dự án Nhà máy gạch Tuy Phước.") == [
        ("Nhà máy gạch Tuy Phước", "approved", None)
    ]


def test_an_amended_capital_licence_is_an_approval_at_the_new_price() -> None:
    # "Dự án X (được) điều chỉnh tăng vốn từ A lên B", "nâng tổng vốn lên B": the licence amended, approved; both
    # prices the project's total investment (as "tổng mức đầu tư từ A lên B"), the name ending at the verb; the
    # capital added ("thêm 40 triệu USD") is the change, no price of the work
    text = "Dự án Nhà máy điện gió Phương Mai 3 điều chỉnh tăng vốn từ 2.800 tỷ đồng lên 3.500 tỷ đồng."
    assert _rows(text) == [("Nhà máy điện gió Phương Mai 3", "approved", None)]
    for token in ("2.800", "3.500"):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["event"], fields["measure"]) == (
            "Nhà máy điện gió Phương Mai 3", "approved", "total_investment"
        )
    text = "Năm 2026, Dự án Nhà máy Amkor Bắc Ninh được điều chỉnh giảm vốn đầu tư xuống 90 triệu USD."
    assert _project_fields(text, "90")["measure"] == "total_investment"
    assert _rows(text) == [("Nhà máy Amkor Bắc Ninh", "approved", None)]
    text = (
        "Tỉnh điều chỉnh tăng vốn đầu tư cho Dự án Nhà máy Nitori Long An thêm 40 triệu USD, nâng tổng vốn đầu tư "
        "lên 260 triệu USD."
    )
    assert _rows(text) == [("Nhà máy Nitori Long An", "approved", None)]
    assert _project_fields(text, "260")["measure"] == "total_investment"
    assert _not_a_project(text, "40")
    assert _not_a_project("Dự án Nhà máy Kyocera Hưng Yên được điều chỉnh tăng vốn đầu tư thêm 120 triệu USD.", "120")
    # (near misses: an amendment asked for, not granted, no event at all, project_proposals.csv; a count of amended
    # projects)
    assert _rows("Công ty đề nghị điều chỉnh tăng vốn Dự án Nhà máy Kyocera Hưng Yên.") == []
    assert _not_a_project("Trong quý I, tỉnh điều chỉnh tăng vốn cho 3 dự án, tăng thêm 85 triệu USD.", "85")
    # "..., trong đó Dự án X tăng thêm 25 triệu USD": "tăng thêm" ends the name, as "tăng vốn" does (was in it)
    text = "Tỉnh điều chỉnh tăng vốn cho 2 dự án, trong đó Dự án Nhà máy Sông Hồng Textile tăng thêm 25 triệu USD."
    assert _rows(text) == [("Nhà máy Sông Hồng Textile", "approved", None)]
    assert _not_a_project(text, "25")


def test_a_bridge_closed_or_a_building_topped_out_is_under_way() -> None:
    # "hợp long cầu X", "Cầu Y đã hợp long", "lễ cất nóc công trình Z": a milestone of works still going on
    for text, name in (
        ("Ngày 15/4/2026, hợp long cầu Thạch Đồng, huyện Thạch Hà.", "cầu Thạch Đồng"),
        ("Cầu Bình Ca 2 đã hợp long vào ngày 2/9/2025.", "Cầu Bình Ca 2"),
        ("Lãnh đạo tỉnh phát lệnh hợp long cầu Tình Húc bắc qua sông Gâm.", "cầu Tình Húc"),
        ("Trụ sở làm việc Huyện ủy Hương Khê đã cất nóc vào ngày 20/5/2025.", "Trụ sở làm việc Huyện ủy Hương Khê"),
        ("Sáng 5/6/2026, Sở Xây dựng tổ chức lễ cất nóc công trình Trung tâm Hội nghị tỉnh Hậu Giang.",
         "Trung tâm Hội nghị tỉnh Hậu Giang"),
    ):
        assert _rows(text) == [(name, "in_progress", None)], text
    # (near miss: no milestone word, no row for a bridge named as a place)
    assert _rows("Người dân đi qua cầu Tình Húc để lên huyện.") == []


def test_a_topic_line_over_bullet_lines_gives_each_item_its_event() -> None:
    # "Khởi công các công trình:" then one line a work "- Trường A;", "- Đường giao thông bản B;": each item takes
    # the event of the head its paragraph ends on (counted or not)
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    def rows(text):
        return [(e.project_name, e.event) for e in project_events(build_layout(text))]

    items = "\n- Trường Mầm non Chiềng Hoa;\n- Đường giao thông bản Nà Lốc - bản Huổi Ngà;\n- Nhà văn hóa bản Lướt.\n"
    names = ["Trường Mầm non Chiềng Hoa", "Đường giao thông bản Nà Lốc - bản Huổi Ngà", "Nhà văn hóa bản Lướt"]
    assert rows("Khởi công các công trình:" + items) == [(n, "started") for n in names]
    assert rows("Năm 2025, huyện Mường La khởi công 3 công trình:" + items) == [(n, "started") for n in names]
    assert rows("Các công trình đã khánh thành:\n- Cầu Bến Mới;\n- Trường Tiểu học Hòa Bình.\n") == [
        ("Cầu Bến Mới", "inaugurated"), ("Trường Tiểu học Hòa Bình", "inaugurated")
    ]
    # (near miss: a head without an event names works in general; the items say none of their own)
    assert rows("Các công trình trên địa bàn gồm:\n- Cầu Bến Mới;\n- Trường Tiểu học Hòa Bình.\n") == []


def test_a_rural_road_named_by_its_village_is_a_work() -> None:
    # "đường giao thông (nông thôn) bản A - bản B", "- Đường giao thông thôn Nà Lốc;": the road named by the
    # villages it serves, an item of a list without a verb of its own too
    text = (
        "Hoàn thành và đưa vào sử dụng nhà văn hóa bản Nà Hạ, xã Chiềng Lao với kinh phí 1,2 tỷ đồng; đường giao "
        "thông nông thôn bản Co Mạ - bản Pá Uôn, xã Mường Bú, tổng mức đầu tư 6,8 tỷ đồng."
    )
    assert _rows(text) == [
        ("nhà văn hóa bản Nà Hạ", "completed", None),
        ("đường giao thông nông thôn bản Co Mạ - bản Pá Uôn", "completed", None),
    ]
    assert _project_fields(text, "6,8")["project_name"] == "đường giao thông nông thôn bản Co Mạ - bản Pá Uôn"
    assert _rows("Huyện khởi công đường giao thông liên bản Phiêng Ban - Nà Ngần.") == [
        ("đường giao thông liên bản Phiêng Ban - Nà Ngần", "started", None)
    ]
    # (near misses: the roads of a kind, measured or counted; no name)
    assert _rows("Toàn huyện có 120 km đường giao thông nông thôn được cứng hóa.") == []
    assert _rows("Đường giao thông nông thôn đạt chuẩn được khánh thành.") == []


def test_a_power_plant_in_commercial_service_is_completed() -> None:
    # "Nhà máy thủy điện X phát điện thương mại từ tháng 6", "Dự án điện gió Y đã vận hành thương mại": completed,
    # the name ending at the verb
    assert _rows("Nhà máy thủy điện Krông Búk Hạ (12 MW) phát điện thương mại từ tháng 6/2026.") == [
        ("Nhà máy thủy điện Krông Búk Hạ", "completed", dt.date(2026, 6, 1))
    ]
    assert _rows("Năm 2027, Nhà máy điện gió Ea Nam 2 đã vận hành thương mại toàn bộ 30 tua bin.") == [
        ("Nhà máy điện gió Ea Nam 2", "completed", None)
    ]
    text = "Năm 2026, Nhà máy điện gió Hướng Linh 7 phát điện thương mại, tổng vốn đầu tư 1.900 tỷ đồng."
    assert _project_fields(text, "1.900")["project_name"] == "Nhà máy điện gió Hướng Linh 7"
    # (near misses: a plan, a deadline aimed at: still under way)
    planned = _rows("Nhà máy điện gió Ia Pết dự kiến vận hành thương mại trong quý IV/2026.")
    assert all(event != "completed" for _, event, _ in planned)
    assert _rows("Chủ đầu tư đẩy nhanh tiến độ để Nhà máy điện mặt trời Hòa Hội kịp vận hành thương mại.") == [
        ("Nhà máy điện mặt trời Hòa Hội", "in_progress", None)
    ]


def test_a_status_in_an_items_bracket_is_its_own_and_a_head_of_works_is_no_reference() -> None:
    # "Các công trình chuyển tiếp: A (giải ngân ...), B (đã hoàn thành), C (đạt 75% khối lượng). Công trình khởi
    # công mới: D, E": each item's state is in its bracket (B's "đã hoàn thành" is not A's); works carried over are
    # under way; "Công trình khởi công mới:" heads the next list, no reference to C
    text = (
        "Các công trình chuyển tiếp: Trường THCS Nguyễn Trãi (giải ngân 8,2/12 tỷ đồng), Trạm y tế xã Ea Kpam (đã "
        "hoàn thành), đường giao thông liên xã Ea Tar - Cư Dliê (đạt 75% khối lượng). Công trình khởi công mới: "
        "cầu dân sinh buôn Ea Tul, nhà văn hóa buôn Sah A, kinh phí lần lượt 3,5 tỷ đồng và 1,8 tỷ đồng."
    )
    assert _rows(text) == [
        ("Trường THCS Nguyễn Trãi", "in_progress", None),
        ("Trạm y tế xã Ea Kpam", "completed", None),
        ("đường giao thông liên xã Ea Tar - Cư Dliê", "in_progress", None),
        ("cầu dân sinh buôn Ea Tul", "started", None),
        ("nhà văn hóa buôn Sah A", "started", None),
    ]
    assert _project_fields(text, "3,5")["project_name"] == "cầu dân sinh buôn Ea Tul"
    assert _project_fields(text, "1,8")["project_name"] == "nhà văn hóa buôn Sah A"
    # (near misses: places in the brackets, the verb after them said of both; a reference with its price)
    assert _rows("Cầu Bến Mới (huyện Cần Giuộc), cầu Rạch Dơi (huyện Cần Đước) đã được khánh thành.") == [
        ("Cầu Bến Mới", "inaugurated", None), ("cầu Rạch Dơi", "inaugurated", None)
    ]
    text = "Tỉnh khởi công cầu Rạch Dơi. Công trình có tổng mức đầu tư: 95 tỷ đồng."
    assert _project_fields(text, "95")["project_name"] == "cầu Rạch Dơi"


def test_a_project_with_capital_names_its_price() -> None:
    # "Dự án A có vốn đầu tư 150 triệu USD, Dự án B có vốn 45 triệu USD": "có vốn" and the amount, the work's price
    text = (
        "Trong đó, Dự án Nhà máy linh kiện Foxlink có vốn đầu tư 150 triệu USD, Dự án Nhà máy may mặc Hansae có "
        "vốn 45 triệu USD."
    )
    for token, name in (("150", "Nhà máy linh kiện Foxlink"), ("45", "Nhà máy may mặc Hansae")):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == (name, "total_investment")
    assert _project_fields("Dự án Khu nghỉ dưỡng Bãi Dài có vốn gần 3.000 tỷ đồng.", "3.000")["measure"] == (
        "total_investment"
    )
    # (near miss: a company's charter capital, no project)
    assert _not_a_project("Công ty TNHH Minh Phát có vốn 45 tỷ đồng.", "45")


def test_a_bare_work_reaching_a_share_after_an_adverbial_is_the_one_named_before() -> None:
    # "Đến nay, công trình đạt 70% khối lượng, giải ngân 380 tỷ đồng" in the paragraph after the work's news: the
    # work named before, whose disbursement the figure is
    from orchestration.extraction import extract_document

    text = (
        "Hậu Giang: Cất nóc Trung tâm Hội nghị tỉnh\n\nSáng 5/6/2026, tỉnh tổ chức lễ cất nóc công trình Trung tâm "
        "Hội nghị tỉnh Hậu Giang.\n\nĐến nay, công trình đạt khoảng 70% khối lượng, giá trị giải ngân 380 tỷ đồng.\n"
    )
    rows = extract_document(text.encode(), "news.txt").tables["projects"].to_dicts()
    money = [(r["project_name"], r["measure"], r["value"]) for r in rows if r["value"] is not None]
    # (the share of the works built its progress: test_a_share_of_the_works_built_is_the_works_progress)
    assert sorted(money) == [("Trung tâm Hội nghị tỉnh Hậu Giang", "disbursed", 380e9),
                             ("Trung tâm Hội nghị tỉnh Hậu Giang", "plan_pct", 70.0)]
    text = "Tỉnh khởi công Dự án đường ven biển Cát Hải.\n\nĐến nay, dự án đạt 45% kế hoạch vốn năm 2026.\n"
    rows = extract_document(text.encode(), "report.txt").tables["projects"].to_dicts()
    assert [(r["project_name"], r["measure"], r["value"]) for r in rows if r["value"] is not None] == [
        ("đường ven biển Cát Hải", "plan_pct", 45.0)
    ]
    # (near miss: a school reaching a rate is no news of works; its share is an indicator)
    text = "Tỉnh khánh thành Trường THPT Chuyên Lê Khiết.\n\nNăm 2026, trường đạt 98% học sinh tốt nghiệp.\n"
    rows = extract_document(text.encode(), "news.txt").tables["projects"].to_dicts()
    assert all(r["value"] is None for r in rows)


def test_works_listed_after_a_counted_group_take_its_event() -> None:
    # "trao quyết định chủ trương đầu tư cho 4 dự án." then "Dự án A (...); Dự án B (...); Dự án C (...) và Dự án D
    # (...).": each work opens its clause with no verb of its own, an item of the group counted before (as after
    # "Trong đó,"); the last, after "và", closes the list with the same event and day
    text = (
        "Sáng 12/9/2026, UBND tỉnh Nghệ An trao quyết định chủ trương đầu tư cho 4 dự án. Dự án Nhà máy kính VGI "
        "(vốn 4.500 tỷ đồng) tại KKT Đông Nam; Dự án Khu công nghiệp Thọ Lộc (2.100 tỷ đồng); Dự án Nhà máy may "
        "Nam Đàn (350 tỷ đồng) và Dự án Trung tâm thương mại Vinh Center (2.250 tỷ đồng)."
    )
    day = dt.date(2026, 9, 12)
    names = ["Nhà máy kính VGI", "Khu công nghiệp Thọ Lộc", "Nhà máy may Nam Đàn", "Trung tâm thương mại Vinh Center"]
    got = [(e.name, e.event, e.date) for e in find_project_events(text, year=2026) if e.row]
    assert got == [(n, "approved", day) for n in names]
    assert _project_fields(text, "2.250")["event"] == "approved"
    text = "Năm 2026, huyện khánh thành 2 công trình. Cầu Bến Mới (12 tỷ đồng) và cầu Rạch Dơi (9 tỷ đồng)."
    assert _rows(text) == [("Cầu Bến Mới", "inaugurated", None), ("cầu Rạch Dơi", "inaugurated", None)]
    # (near misses: a work with its own verb keeps it; no counted group before, no event)
    text = "Tỉnh khánh thành 2 công trình. Dự án Cầu Bến Mới đang thi công."
    assert _rows(text) == [("Cầu Bến Mới", "in_progress", None)]
    assert _rows("Tỉnh họp bàn về đầu tư. Dự án Nhà máy may Nam Đàn (350 tỷ đồng) và Dự án Vinh Center.") == [
        ("Nhà máy may Nam Đàn", "in_progress", None), ("Vinh Center", "in_progress", None)
    ]


def test_an_abbreviated_licence_or_an_approved_investor_is_an_approval() -> None:
    # "được cấp GCNĐKĐT", "cấp mới GCN ĐKĐT cho dự án X", "được chấp thuận nhà đầu tư": the investment approved
    for text, name in (
        ("Dự án Nhà máy Goertek Nghệ An được cấp GCNĐKĐT với vốn 300 triệu USD.", "Nhà máy Goertek Nghệ An"),
        ("Tỉnh cấp mới GCN ĐKĐT cho Dự án Nhà máy bao bì Tân Á.", "Nhà máy bao bì Tân Á"),
        ("Dự án KCN VSIP Nghệ An II được Thủ tướng chấp thuận nhà đầu tư.", "KCN VSIP Nghệ An II"),
        ("UBND tỉnh chấp thuận nhà đầu tư Dự án Khu đô thị Nam Vinh.", "Khu đô thị Nam Vinh"),
    ):
        assert _rows(text) == [(name, "approved", None)], text
    fields = _project_fields("Dự án Nhà máy Goertek Nghệ An được cấp GCNĐKĐT với vốn 300 triệu USD.", "300")
    assert (fields["event"], fields["measure"]) == ("approved", "total_investment")
    # (near misses: withdrawn, not yet approved)
    assert _rows("Tỉnh thu hồi GCNĐKĐT của Dự án Nhà máy gạch Tuy Phước.") == []
    assert _rows("Dự án Khu đô thị Nam Vinh chưa được chấp thuận nhà đầu tư.") == []


def test_a_day_after_the_name_is_no_part_of_it() -> None:
    # "hoàn thành tổ máy số 1 ngày 28/8", "cầu X ngày 2/9 đã thông xe": the day of the event, a time adverbial
    assert _rows("Huyện đã hoàn thành cầu treo Ia Kênh ngày 28/8.")[-1][0] == "cầu treo Ia Kênh"
    assert _rows("Sáng nay, khánh thành cầu Ia Sol ngày 2/9 trước sự chứng kiến của người dân.") == [
        ("cầu Ia Sol", "inaugurated", None)
    ]
    # (near miss: a day that is a street's or a school's name stays in it)
    assert _rows("Huyện khánh thành Trường THCS 19/5 của xã Ia Sol.")[0][0].startswith("Trường THCS 19/5")


def test_a_period_named_by_its_years_is_no_phase_of_a_project() -> None:
    # "Giai đoạn 2021-2025, tốc độ tăng trưởng ... đạt 7,2%/năm": the plan's period, no project's phase
    for text, token in (
        ("Giai đoạn 2021-2025, tốc độ tăng trưởng kinh tế bình quân đạt 7,2%/năm.", "7,2"),
        ("Giai đoạn 2026 - 2030, huyện phấn đấu thu nhập bình quân đạt 70 triệu đồng/người.", "70"),
        ("Giai đoạn 2020-2025, tổng vốn đầu tư toàn xã hội đạt 12.500 tỷ đồng.", "12.500"),
    ):
        assert _not_a_project(text, token), text
    # (near miss: a numbered phase of a project is still one)
    assert _project_fields("Dự án đường nối Pha Long đã khởi công. Giai đoạn 2 đã giải ngân 85 tỷ đồng.",
                           "85")["project_name"] != ""


def test_a_named_street_after_a_work_and_va_is_a_work_of_its_own() -> None:
    # "khánh thành Bệnh viện A và đường B nối dài", "khởi công cầu A và đường B": each has its own kind (a bare
    # "đường" named by its proper name is one), so two works, each with the event
    for text, first, second, event in (
        ("Tỉnh khánh thành Bệnh viện Đa khoa huyện Hải Lăng và đường Hùng Vương nối dài.",
         "Bệnh viện Đa khoa huyện Hải Lăng", "đường Hùng Vương nối dài", "inaugurated"),
        ("Sáng 2/9, huyện khởi công cầu Sông Lũy và đường Trần Hưng Đạo.",
         "cầu Sông Lũy", "đường Trần Hưng Đạo", "started"),
        ("Thông xe đường Nguyễn Văn Cừ và đường Lê Duẩn kéo dài.",
         "đường Nguyễn Văn Cừ", "đường Lê Duẩn kéo dài", "completed"),
        ("Dự án Trường THCS Tân Lập và đường Phan Bội Châu đang thi công.",
         "Trường THCS Tân Lập", "đường Phan Bội Châu", "in_progress"),
    ):
        got = _rows(text)
        assert (first, event, None) in got, text
        assert (second, event, None) in got, text
        assert not any(" và " in name for name, _, _ in got), text
    # (near misses: works done on a street are one job; two streets at a crossing, no event; a market joined
    # to its area)
    assert _rows("Dự án nâng cấp vỉa hè và đường Trần Phú đang thi công.") == [
        ("nâng cấp vỉa hè và đường Trần Phú", "in_progress", None)
    ]
    assert _rows("Tại ngã tư Lê Lợi và đường Trần Phú thường xuyên ùn tắc.") == []
    assert _rows("Dự án Khu dân cư thương mại và chợ Bình Minh đang thi công.") == [
        ("Khu dân cư thương mại và chợ Bình Minh", "in_progress", None)
    ]


def test_what_a_park_drew_in_and_how_full_it_is_are_no_money_of_the_work() -> None:
    # "KCN X đã thu hút 25 dự án với tổng vốn đăng ký 1,2 tỷ USD, tỷ lệ lấp đầy đạt 68%": the investors' capital and
    # the land let are the park's tenancy (indicators), neither its price nor a share of its plan
    for text, token in (
        ("Đến cuối tháng 10/2026, Khu công nghiệp Nhơn Hòa đã thu hút 25 dự án với tổng vốn đăng ký 1,2 tỷ USD, "
         "tỷ lệ lấp đầy đạt 68%.", "1,2"),
        ("Đến cuối tháng 10/2026, Khu công nghiệp Nhơn Hòa đã thu hút 25 dự án với tổng vốn đăng ký 1,2 tỷ USD, "
         "tỷ lệ lấp đầy đạt 68%.", "68"),
        ("KCN Phú Hà thu hút 38 dự án, tổng vốn đầu tư 850 triệu USD, tỷ lệ lấp đầy 72%.", "850"),
        ("Cụm công nghiệp Tân Dân có tỷ lệ lấp đầy đạt 90%.", "90"),
        ("Cụm công nghiệp Đồng Văn 4 đã cho thuê đạt 75% diện tích.", "75"),
    ):
        assert _not_a_project(text, token), (text, token)
    # (near misses: the park's own works and a plant's licensed capital are still the work's money)
    text = "Dự án hạ tầng Khu công nghiệp Yên Mỹ có tổng mức đầu tư 2.500 tỷ đồng, đã giải ngân 60%."
    assert _project_fields(text, "2.500")["measure"] == "total_investment"
    assert _project_fields(text, "60")["measure"] == "plan_pct"
    assert _project_fields("Dự án Nhà máy Foxconn Bắc Giang có vốn đăng ký 250 triệu USD.", "250")["measure"] == (
        "total_investment"
    )


def test_a_deadline_after_the_name_is_no_part_of_it() -> None:
    # "gia hạn tiến độ dự án X đến hết năm 2028", "kéo dài thời gian thực hiện dự án Y đến tháng 12/2026": the time
    # the work is given, a time adverbial after its name
    for text, name in (
        ("HĐND tỉnh gia hạn tiến độ thực hiện dự án Nhà máy xi măng Thiệu Hóa đến hết năm 2028.",
         "Nhà máy xi măng Thiệu Hóa"),
        ("UBND tỉnh cho phép kéo dài thời gian thực hiện Dự án Khu du lịch Hồ Núi Cốc đến tháng 12/2026.",
         "Khu du lịch Hồ Núi Cốc"),
        ("Gia hạn tiến độ dự án Khu đô thị Nam Hàm Rồng đến ngày 31/12/2027.", "Khu đô thị Nam Hàm Rồng"),
        ("Dự án Cầu Hưng Hà được gia hạn đến 30/6/2026.", "Cầu Hưng Hà"),
        ("Dự án Trường THPT Đào Duy Từ được điều chỉnh thời gian thực hiện đến quý IV/2026.", "Trường THPT Đào Duy Từ"),
    ):
        assert [row[0] for row in _rows(text)] == [name], text
    # (near miss: a road named by its ends goes on through "đến")
    assert _rows("Dự án Đường từ Lạch Bạng đến Khu kinh tế Nghi Sơn đang thi công.") == [
        ("Đường từ Lạch Bạng đến Khu kinh tế Nghi Sơn", "in_progress", None)
    ]


def test_a_bare_road_named_by_what_it_links_keeps_the_link() -> None:
    # "Đường nối từ Quốc lộ 1 đến cảng X", "đường nối các xã A": right after the bare road the link is the name
    for text, row in (
        ("Khởi công dự án Đường nối từ Quốc lộ 1A đến cảng Nghi Sơn.",
         ("Đường nối từ Quốc lộ 1A đến cảng Nghi Sơn", "started", None)),
        ("Dự án đường nối từ cao tốc Bắc - Nam đến Khu kinh tế Vũng Áng đang thi công.",
         ("đường nối từ cao tốc Bắc - Nam đến Khu kinh tế Vũng Áng", "in_progress", None)),
        ("Khởi công đường nối các xã vùng cao huyện Mù Cang Chải.",
         ("đường nối các xã vùng cao huyện Mù Cang Chải", "started", None)),
    ):
        assert _rows(text) == [row], text
    # (near miss: after a named work, the link says where it runs)
    assert _rows("Khánh thành cầu Bình Lợi nối từ quận 1 sang Thủ Đức.") == [("cầu Bình Lợi", "inaugurated", None)]


def test_sources_in_a_bracket_after_the_name_are_the_works_money() -> None:
    # "Dự án cầu X (vốn ngân sách trung ương 420 tỷ đồng, ngân sách tỉnh 180 tỷ đồng) ...": the work's money by source,
    # as "Ngân sách trung ương: 72 tỷ đồng" under its total is (no public investment of the province)
    text = ("Dự án cầu Ngọc Tháp (vốn ngân sách trung ương 420 tỷ đồng, ngân sách tỉnh 180 tỷ đồng) dự kiến thông "
            "xe trong tháng 12/2026.")
    for token in ("420", "180"):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == ("cầu Ngọc Tháp", "total_investment"), token
    for text, token, name in (
        ("Công trình Trường THPT Lâm Thao (vốn NSTW 45 tỷ đồng) đã khởi công.", "45", "Trường THPT Lâm Thao"),
        ("Dự án Bệnh viện Đa khoa huyện Thanh Sơn (ngân sách tỉnh 150 tỷ đồng) đang thi công.", "150",
         "Bệnh viện Đa khoa huyện Thanh Sơn"),
    ):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == (name, "total_investment"), text
    # (near misses: the source said before the work is the budget's; a place in the bracket, the money after it)
    assert _not_a_project("Năm 2026, vốn ngân sách trung ương 420 tỷ đồng đã giải ngân cho dự án cầu Ngọc Tháp.",
                          "420")
    assert _project_fields("Dự án cầu Ngọc Tháp (vốn ngân sách tỉnh) đã giải ngân 30 tỷ đồng.", "30")["measure"] == (
        "disbursed"
    )


def test_works_picked_out_of_a_counted_group_in_the_same_sentence_take_its_verb() -> None:
    # "..., hoàn thành 22 công trình, trong đó có Trường A và Trạm y tế B": the group right before ", trong đó (có)"
    # gives its verb to the works picked out of it (not the sentence's first verb, nor none)
    text = ("Trong quý III/2026, tỉnh đã khởi công mới 15 công trình, hoàn thành 22 công trình, trong đó có Trường "
            "Mầm non Hoa Sen (phường Vân Phú) và Trạm y tế xã Hà Thạch.")
    assert _rows(text) == [("Trường Mầm non Hoa Sen", "completed", None), ("Trạm y tế xã Hà Thạch", "completed", None)]
    text = "Năm 2026, huyện đã hoàn thành 9 công trình, trong đó có Nhà văn hóa thôn Đồng Mới và cầu Khe Lau."
    assert _rows(text) == [("Nhà văn hóa thôn Đồng Mới", "completed", None), ("cầu Khe Lau", "completed", None)]
    text = "Năm 2026, tỉnh khởi công 8 dự án, trong đó có cầu Ngọc Tháp, Trường THPT Hạ Hòa và Bệnh viện Nhi tỉnh."
    assert [event for _, event, _ in _rows(text)] == ["started"] * 3
    # (near misses: a group with no event keeps the work's own verb; a work's own verb after the semicolon)
    assert _rows("Huyện giải ngân 60 tỷ đồng cho 12 công trình, trong đó có cầu Đò Lèn đang thi công.") == [
        ("cầu Đò Lèn", "in_progress", None)
    ]
    assert _rows("Huyện đã khởi công 4 công trình, hoàn thành 3 công trình; trong đó Trường Tiểu học Hòa Bình đã "
                 "khánh thành.") == [("Trường Tiểu học Hòa Bình", "inaugurated", None)]


def test_the_whole_route_of_a_work_opened_names_the_work() -> None:
    # "thông xe toàn tuyến cao tốc X", "Hoàn thành toàn tuyến đường ven biển Y": "toàn tuyến" (the whole route) before
    # the work's kind is no "toàn cầu"; the work after it is the verb's object
    assert _rows("Chiều 30/4/2025, tỉnh tổ chức lễ thông xe toàn tuyến cao tốc Diễn Châu - Bãi Vọt.") == [
        ("cao tốc Diễn Châu - Bãi Vọt", "completed", dt.date(2025, 4, 30))
    ]
    assert _rows("Hoàn thành toàn tuyến đường ven biển Hậu Lộc.") == [("đường ven biển Hậu Lộc", "completed", None)]
    assert _rows("Thông xe toàn tuyến cao tốc Cam Lộ - La Sơn và cầu Rạch Miễu 2.") == [
        ("cao tốc Cam Lộ - La Sơn", "completed", None), ("cầu Rạch Miễu 2", "completed", None)
    ]
    assert _rows("Toàn tuyến cao tốc Bắc - Nam phía Đông đã thông xe.") == [
        ("cao tốc Bắc - Nam phía Đông", "completed", None)
    ]
    # (near misses: the whole route of no work named; "toàn cầu" is no bridge)
    assert _rows("Dự kiến năm 2027 sẽ thông xe toàn tuyến.") == []
    assert _rows("Nhu cầu toàn cầu về điện gió tăng mạnh.") == []


def test_a_route_whose_kind_and_length_open_a_sentence_is_the_route_named_before() -> None:
    # "Tuyến cao tốc dài N km, ... tổng vốn X": the bare kind, then its length, speaks of the route named before
    before = "Sáng 2/9/2026, tỉnh Thanh Hóa thông xe cao tốc Nghi Sơn - Diễn Châu."
    text = "Tuyến cao tốc dài 50,1 km, được đầu tư theo hình thức PPP với tổng vốn 7.293 tỷ đồng."
    fields = _project_fields(text, "7.293", preceding=before)
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "cao tốc Nghi Sơn - Diễn Châu")
    before = "Ngày 10/3/2025, huyện Krông Pắc khánh thành cầu Ea Kuăng."
    text = "Cầu dài khoảng 120 m, có tổng mức đầu tư 45 tỷ đồng."
    fields = _project_fields(text, "45", preceding=before)
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "cầu Ea Kuăng")
    # the length itself stays an indicator: no project measure fits it
    assert _not_a_project(text, "120", preceding=before)
    # near miss: "dài" with no number after it opens no reference ("Cầu dài nhất ..." describes a class)
    text = "Cầu dài nhất tỉnh có tổng mức đầu tư 45 tỷ đồng."
    assert _not_a_project(text, "45")


def test_a_capitalised_dat_inside_a_name_is_a_given_name_not_the_verb() -> None:
    # "Trường THPT Huỳnh Mẫn Đạt": "Đạt" with a capital goes on the name; the verb "đạt" is lower case
    got = _events("Công trình Trường THPT chuyên Huỳnh Mẫn Đạt đã hoàn thành 90% khối lượng.")
    assert [name for name, _, _ in got] == ["Trường THPT chuyên Huỳnh Mẫn Đạt"]
    got = _events("Sáng 4/5/2026, thị xã khởi công cầu Thành Đạt 2 với tổng vốn 60 tỷ đồng.")
    assert [name for name, _, _ in got] == ["cầu Thành Đạt 2"]
    # near miss: the lower-case verb still ends the name
    got = _events("Dự án cầu Phú Lợi đạt 70% khối lượng, dự kiến thông xe tháng 12/2026.")
    assert [name for name, _, _ in got] == ["cầu Phú Lợi"]


def test_a_named_street_extended_or_given_capital_is_a_work() -> None:
    # "đường X kéo dài/nối dài", "Đường X được bố trí N tỷ đồng": a street that is built or given money is a work
    text = "Năm 2027, đường Nguyễn Tất Thành kéo dài được bố trí 210 tỷ đồng."
    fields = _project_fields(text, "210")
    assert (fields["measure"], fields["project_name"]) == ("plan", "đường Nguyễn Tất Thành kéo dài")
    text = "Dự án chuyển tiếp: Đường Lê Lợi được bố trí vốn 95 tỷ đồng; cầu Bình Minh được bố trí 60 tỷ đồng."
    assert _project_fields(text, "95")["project_name"] == "Đường Lê Lợi"
    assert _project_fields(text, "60")["project_name"] == "cầu Bình Minh"
    text = "Đường Trần Phú nối dài có tổng mức đầu tư 330 tỷ đồng, dài 2,4 km."
    assert _project_fields(text, "330")["project_name"] == "Đường Trần Phú nối dài"
    # near misses: a street that is only an address, or a street with no money of its own, is no work
    assert _not_a_project("Tại đường Hùng Vương, doanh thu các cửa hàng đạt 120 tỷ đồng.", "120")
    assert _rows("Người dân đi trên đường Hùng Vương được bố trí lại làn xe.") == []


def test_a_conference_centre_and_the_provinces_own_work_are_works() -> None:
    # "khánh thành cầu A (huyện B) và Trung tâm Hội nghị tỉnh": two works; a building named by "tỉnh" alone
    # is the province's own, as "Trung tâm y tế huyện" is the district's
    text = "Sáng 28/8/2025, UBND tỉnh khánh thành cầu Hiệp\n(huyện Quỳnh Phụ) và Trung tâm Hội nghị tỉnh."
    got = [(n, e) for n, e, _ in _rows(text)]
    assert got == [("cầu Hiệp", "inaugurated"), ("Trung tâm Hội nghị tỉnh", "inaugurated")]
    fields = _project_fields("Trung tâm Hội nghị tỉnh được đầu tư 690 tỷ đồng từ ngân sách tỉnh.", "690")
    assert (fields["measure"], fields["project_name"]) == ("total_investment", "Trung tâm Hội nghị tỉnh")
    fields = _project_fields("Nhà thi đấu tỉnh có tổng mức đầu tư 210 tỷ đồng.", "210")
    assert fields["project_name"] == "Nhà thi đấu tỉnh"
    # near miss: a meeting held at the centre is no news of a work
    assert _rows("Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh Thái Bình với 300 đại biểu.") == []


def test_the_items_of_a_list_headed_by_a_capital_allotment_get_their_plan() -> None:
    # "Các công trình được bố trí vốn năm 2026 gồm: A (40 tỷ đồng), B (75 tỷ đồng)": each item's capital plan
    text = (
        "Các công trình được bố trí vốn năm 2026 gồm: cầu Tình Húc (40 tỷ đồng), "
        "đường tránh thị trấn Na Hang (75 tỷ đồng)."
    )
    assert _project_fields(text, "40")["measure"] == "plan"
    assert _project_fields(text, "75")["measure"] == "plan"
    text = "Năm 2025, huyện phân bổ vốn cho các công trình: Trường Mầm non Hoa Mai: 6,5 tỷ; cầu Khe Lau: 9 tỷ đồng."
    assert _project_fields(text, "9")["measure"] == "plan"
    # bullet lines under a head that ends on a colon
    text = (
        "Tin tỉnh Tuyên Quang\n\nKế hoạch vốn năm 2026 bố trí cho các dự án như sau:\n"
        "- Đường liên xã Hòa Phú - Trung Minh: 55 tỷ đồng;\n- Trường THCS Kim Bình: 18 tỷ đồng.\n"
    )
    got = {r["project_name"]: r["measure"] for r in _project_rows(text) if r["value"] is not None}
    assert got == {"Đường liên xã Hòa Phú - Trung Minh": "plan", "Trường THCS Kim Bình": "plan"}
    # near misses: a head that says nothing of capital, or says the price, keeps the price
    text = "Các công trình trọng điểm gồm: cầu Tình Húc (40 tỷ đồng), đường tránh Na Hang (75 tỷ đồng)."
    assert _project_fields(text, "40")["measure"] == "total_investment"
    text = "Các dự án được bố trí vốn có tổng mức đầu tư như sau: cầu Tình Húc (40 tỷ đồng), cầu Bản Ca (20 tỷ)."
    assert _project_fields(text, "40")["measure"] == "total_investment"


def test_a_list_head_that_funds_its_works_takes_no_event_carried_from_before() -> None:
    # a "khởi công" group before, then "Các công trình được bố trí vốn ... gồm: A, B": the funded works are not started
    text = (
        "Tin tỉnh Tuyên Quang\n\nSáng 3/3/2026, huyện khởi công 4 công trình trường học.\n\n"
        "Các công trình được bố trí vốn năm 2026 gồm: cầu Tình Húc, đường tránh thị trấn Na Hang.\n\n"
        "Huyện Lâm Bình đầu tư 9 công trình: nhà văn hóa thôn Nà Khậu, cầu treo Bản Chợ.\n"
    )
    got = {(r["project_name"], r["event"]) for r in _project_rows(text) if r["measure"] is None}
    assert not {e for n, e in got if n in ("cầu Tình Húc", "cầu treo Bản Chợ", "nhà văn hóa thôn Nà Khậu")} & {
        "started"
    }
    # near miss: a head that says no news of its own still takes the group's event
    text = (
        "Tin tỉnh Tuyên Quang\n\nSáng 3/3/2026, huyện khởi công 2 công trình.\n\n"
        "Các công trình gồm: cầu Tình Húc, đường tránh thị trấn Na Hang.\n"
    )
    got = {(r["project_name"], r["event"]) for r in _project_rows(text) if r["measure"] is None}
    assert ("cầu Tình Húc", "started") in got


def test_commune_roads_in_an_open_list_are_works_and_the_dots_end_the_last_name() -> None:
    # "đầu tư 14 công trình: nhà văn hóa thôn A, đường bê tông thôn B, kênh mương thôn C...": each item a work
    text = (
        "Năm 2025, huyện đầu tư 14 công trình: nhà văn hóa thôn Pạc Ngam, đường bê tông thôn Lùng Cẩu, "
        "kênh mương thôn Na Đẩy..."
    )
    names = ["nhà văn hóa thôn Pạc Ngam", "đường bê tông thôn Lùng Cẩu", "kênh mương thôn Na Đẩy"]
    assert [n for n, _, _ in _rows(text)] == names
    text = "Xã đã hoàn thành 3 công trình: đường nội đồng xứ Đồng Sậy, cầu tràn Khe Mơ…"
    assert [n for n, _, _ in _rows(text)] == ["đường nội đồng xứ Đồng Sậy", "cầu tràn Khe Mơ"]
    # near miss: a length of concrete roads with no name of its own is no work
    assert _rows("Năm 2025, toàn huyện làm mới 25 km đường bê tông nông thôn.") == []


def test_a_work_opened_to_traffic_after_a_decimal_length_or_a_bracketed_place() -> None:
    # "Tuyến đường X dài 3,2 km đã thông xe", "Cầu Y (TP. Z) dài 1,15 km vừa thông xe": the decimal comma and the
    # dot of a place's abbreviation in brackets end neither the clause nor the sentence
    got = _rows("Tuyến đường Nguyễn Văn Linh dài 3,2 km đã thông xe, tổng mức đầu tư 380 tỷ đồng.")
    assert [(n, e) for n, e, _ in got] == [("Tuyến đường Nguyễn Văn Linh", "completed")]
    got = _rows("Cầu Bình Lợi (TP. Thủ Dầu Một) dài 1,15 km vừa được thông xe.")
    assert [(n, e) for n, e, _ in got] == [("Cầu Bình Lợi", "completed")]
    got = _rows("Tuyến đường Hồ Tùng Mậu (TX. Sơn Tây) dài 2,5 km đã chính thức thông xe.")
    assert [(n, e) for n, e, _ in got] == [("Tuyến đường Hồ Tùng Mậu", "completed")]
    # near misses: a clause mark between still cuts the verb off, and a planned opening stays ahead
    assert _rows("Tuyến đường Nguyễn Văn Linh, nơi ngày càng đông xe, đã thông xe.") == []
    got = _rows("Cầu Bình Lợi (TP. Thủ Dầu Một) dài 1,15 km dự kiến thông xe vào tháng 12/2026.")
    assert "completed" not in [e for _, e, _ in got]


def test_a_campus_in_brackets_goes_on_the_works_name() -> None:
    # "Bệnh viện X (cơ sở 2)", "Trường Y (cơ sở 2)": the second campus is a work of its own, as a phase in brackets is
    text = "Dự án Bệnh viện Đa khoa tỉnh Kiên Giang (cơ sở 2) được giao kế hoạch vốn 320 tỷ đồng."
    fields = _project_fields(text, "320")
    assert (fields["project_name"], fields["measure"]) == ("Bệnh viện Đa khoa tỉnh Kiên Giang (cơ sở 2)", "plan")
    got = _rows("Sáng 2/9/2024, tỉnh khánh thành Trường THPT chuyên Lê Quý Đôn (cơ sở mới) tại phường Nhơn Phú.")
    assert [n for n, _, _ in got] == ["Trường THPT chuyên Lê Quý Đôn (cơ sở mới)"]
    # near miss: another bracket (what the work holds) still ends the name
    got = _rows("Sáng 2/9/2024, tỉnh khánh thành Trường THPT Quang Trung (gồm 24 phòng học).")
    assert [n for n, _, _ in got] == ["Trường THPT Quang Trung"]


def test_a_total_said_after_works_one_verb_takes_together_is_theirs_together() -> None:
    # "khánh thành A và B với tổng vốn X": one row for the pair, named as written (as a counted group's total is)
    text = (
        "Cùng ngày, tỉnh khánh thành Bệnh viện Đa khoa huyện Hải Lăng và đường Hùng Vương nối dài "
        "với tổng vốn 420 tỷ đồng."
    )
    fields = _project_fields(text, "420")
    assert (fields["project_name"], fields["event"], fields["measure"]) == (
        "Bệnh viện Đa khoa huyện Hải Lăng và đường Hùng Vương nối dài", "inaugurated", "total_investment"
    )
    text = "Sáng 9/2/2027, huyện khởi công cầu Khe Nước, cầu Bản Mạ và Trường Mầm non Hoa Ban, tổng vốn 96 tỷ đồng."
    assert _project_fields(text, "96")["project_name"] == "cầu Khe Nước, cầu Bản Mạ và Trường Mầm non Hoa Ban"
    # near misses: works of two stages (a finish, a start), or a price said inside the second work's own clause, stay
    # the last work's
    text = "Huyện khánh thành Trường THCS Lục Nam và khởi công cầu Lục Nam mới, tổng vốn 350 tỷ đồng."
    assert _project_fields(text, "350")["project_name"] == "cầu Lục Nam mới"
    text = "Tỉnh khánh thành cầu Khe Nước và cầu Bản Mạ có tổng mức đầu tư 40 tỷ đồng."
    assert _project_fields(text, "40")["project_name"] == "cầu Bản Mạ"


def test_a_bridge_and_its_own_approach_roads_are_one_work() -> None:
    # "cầu A và đường dẫn hai đầu cầu": a lower-case part after "và" is the bridge's own, one name (the street
    # split needs a capitalised street name)
    got = _rows("Ngày 4/5/2027, tỉnh Tây Ninh khởi công Dự án cầu Rạch Cát và đường dẫn hai đầu cầu.")
    assert [(n, e) for n, e, _ in got] == [("cầu Rạch Cát và đường dẫn hai đầu cầu", "started")]
    fields = _project_fields("Tỉnh khởi công dự án cầu Rạch Cát và đường gom dân sinh, tổng vốn 610 tỷ đồng.", "610")
    assert fields["project_name"] == "cầu Rạch Cát và đường gom dân sinh"
    # near misses: a street with its own name, or a second "dự án", is a work of its own
    got = _rows("Ngày 4/5/2027, tỉnh khánh thành cầu Rạch Cát và đường Trần Văn Giàu.")
    assert [n for n, _, _ in got] == ["cầu Rạch Cát", "đường Trần Văn Giàu"]
    got = _rows("Ngày 4/5/2027, huyện khởi công dự án cầu Rạch Cát và dự án Trường Tiểu học Hòa Lợi.")
    assert [n for n, _, _ in got] == ["cầu Rạch Cát", "Trường Tiểu học Hòa Lợi"]


def _document_projects(text):
    from orchestration.extraction import extract_document, extraction_to_json_rows

    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    return [r for r in rows if r["table"] == "projects"]


def test_numbered_items_of_a_new_starts_list_are_planned_and_their_amounts_are_plans() -> None:
    # "Danh mục dự án khởi công mới năm 2027:" then "1. Dự án A: 60 tỷ đồng": each numbered item is an item of the
    # list, as a dashed item is, and its amount is what the year's capital plan gives it; the catalogue of a plan's
    # new starts says no start happened (an annex title read as an event of every row: the round's known miss), so
    # its items are still to come
    text = (
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nKết quả thực hiện kế hoạch đầu tư công năm 2026\n\n"
        "Danh mục dự án khởi công mới năm 2027:\n"
        "1. Dự án đường ĐT.852B đoạn qua xã Tân Dương: 60 tỷ đồng.\n"
        "2. Dự án Trường THCS Lê Văn Tám: 18,5 tỷ đồng.\n"
    )
    rows = _document_projects(text)
    events = {(r["project_name"], r["event"]) for r in rows if r["measure"] is None}
    assert events == {("đường ĐT.852B đoạn qua xã Tân Dương", "in_progress"), ("Trường THCS Lê Văn Tám", "in_progress")}
    assert {(r["project_name"], r["measure"], r["value"]) for r in rows if r["measure"]} == {
        ("đường ĐT.852B đoạn qua xã Tân Dương", "plan", 60e9), ("Trường THCS Lê Văn Tám", "plan", 18.5e9)
    }
    # near misses: a head with a price word keeps the price; a head without a plan year's list keeps it too
    text = text.replace("Danh mục dự án khởi công mới năm 2027:", "Các dự án khởi công mới có tổng mức đầu tư như sau:")
    assert {r["measure"] for r in _document_projects(text) if r["measure"]} == {"total_investment"}
    text = text.replace("Các dự án khởi công mới có tổng mức đầu tư như sau:", "Các dự án đã khởi công gồm:")
    assert {r["measure"] for r in _document_projects(text) if r["measure"]} == {"total_investment"}


def test_a_list_head_whose_amount_groups_thousands_with_a_dot_still_heads_its_list() -> None:
    # "khởi công 9 dự án với tổng vốn 2.450 tỷ đồng, gồm: A; B": the dot inside the amount ends no head
    text = (
        "Ngày 8/2/2027, tỉnh Thái Nguyên khởi công 9 dự án với tổng vốn 2.450 tỷ đồng, gồm: Dự án đường "
        "Bắc Sơn kéo dài; Dự án Trường THPT Đồng Hỷ mới."
    )
    day = dt.date(2027, 2, 8)
    assert _rows(text) == [("đường Bắc Sơn kéo dài", "started", day), ("Trường THPT Đồng Hỷ mới", "started", day)]
    # near miss: a full stop before a space still ends the head (a later colon opens no list of the count)
    text = (
        "Tỉnh khởi công 9 dự án trong năm 2027. Tiến độ các công trình khác: Dự án Trường THPT Đồng Hỷ mới "
        "đang thi công."
    )
    assert _rows(text) == [("Trường THPT Đồng Hỷ mới", "in_progress", None)]


def test_works_picked_out_of_a_group_given_new_certificates_are_approved() -> None:
    # "cấp mới Giấy chứng nhận đăng ký đầu tư cho 40 dự án ... Trong đó, dự án A ...": A is one of them, approved
    text = (
        "Năm 2026, tỉnh Phú Thọ cấp mới Giấy chứng nhận đăng ký đầu tư cho 40 dự án FDI. Trong đó, dự án "
        "Nhà máy dệt may Hanotex Việt Trì có vốn đăng ký 95 triệu USD."
    )
    fields = _project_fields(text, "95")
    assert (fields["project_name"], fields["event"]) == ("Nhà máy dệt may Hanotex Việt Trì", "approved")
    # near miss: "Trong đó" with no counted group before picks out of nothing
    text = (
        "Năm 2026, tỉnh Phú Thọ thu hút vốn FDI tăng mạnh. Trong đó, dự án Nhà máy dệt may Hanotex Việt Trì "
        "có vốn 95 triệu USD."
    )
    assert _project_fields(text, "95")["event"] == "funding"


def test_a_second_ceremony_after_va_ends_the_first_works_name() -> None:
    text = (
        "Sáng 3/2/2027, tỉnh Bình Phước khởi công công trình Nhà thi đấu đa năng phường Tân Phú và lễ khánh "
        "thành cầu Suối Nhung."
    )
    day = dt.date(2027, 2, 3)
    assert _rows(text) == [
        ("Nhà thi đấu đa năng phường Tân Phú", "started", day), ("cầu Suối Nhung", "inaugurated", day)
    ]


def test_works_a_province_means_to_finish_are_under_way() -> None:
    # "tập trung hoàn thành", "quyết tâm khởi công": an aim of the year, the works not done yet
    text = (
        "Năm 2027, tỉnh tập trung hoàn thành các dự án trọng điểm: Dự án đường Âu Cơ kéo dài; Dự án Bảo tàng "
        "Hùng Vương."
    )
    assert [e for _, e, _ in _rows(text)] == ["in_progress", "in_progress"]
    # near miss: what the province has done keeps its event
    text = "Năm 2026, tỉnh đã hoàn thành các dự án trọng điểm: Dự án đường Âu Cơ kéo dài; Dự án Bảo tàng Hùng Vương."
    assert [e for _, e, _ in _rows(text)] == ["completed", "completed"]


def test_a_share_of_the_land_handed_over_is_no_share_of_the_money() -> None:
    text = (
        "Thực hiện Dự án đường ven biển Hậu Lộc, tỉnh đã bàn giao 96,4 ha mặt bằng, đạt 100% diện tích cần "
        "giải phóng mặt bằng."
    )
    assert _not_a_project(text, "100")
    # near miss: a disbursement's rate after the same land stays the project's
    text = "Dự án đường ven biển Hậu Lộc đã bàn giao 96,4 ha mặt bằng, giải ngân đạt 81% kế hoạch vốn."
    assert _project_fields(text, "81")["measure"] == "plan_pct"


def test_a_trunk_road_and_a_culture_centre_are_works_of_a_numbered_list() -> None:
    # "khánh thành 2 công trình, gồm:" then "1. Đường trục X, tổng mức đầu tư ...", "2. Trung tâm Văn hóa Y, ...":
    # each numbered line a work of the list, its price its own
    text = (
        "Sáng 2/9/2026, UBND tỉnh Ninh Bình khánh thành 2 công trình, gồm:\n"
        "1. Đường trục Đông - Tây đoạn qua xã Gia Viễn, tổng mức đầu tư 410 tỷ đồng;\n"
        "2. Trung tâm Văn hóa tỉnh Ninh Bình, tổng mức đầu tư 190 tỷ đồng.\n"
    )
    rows = _document_projects(text)
    assert {(r["project_name"], r["event"]) for r in rows if r["measure"] is None} == {
        ("Đường trục Đông - Tây đoạn qua xã Gia Viễn", "inaugurated"),
        ("Trung tâm Văn hóa tỉnh Ninh Bình", "inaugurated"),
    }
    assert {(r["project_name"], r["value"]) for r in rows if r["measure"] == "total_investment"} == {
        ("Đường trục Đông - Tây đoạn qua xã Gia Viễn", 410e9), ("Trung tâm Văn hóa tỉnh Ninh Bình", 190e9)
    }
    # near miss: the bare kind with no name of its own names nothing
    assert _rows("Tỉnh đầu tư xây dựng đường trục và trung tâm văn hóa cho các xã.") == []


def test_money_said_after_a_counted_groups_list_is_the_groups() -> None:
    text = (
        "Xã làm chủ đầu tư 3 công trình với tổng vốn 6,4 tỷ đồng, gồm: Nhà văn hóa thôn Nà Pồng (1,1 tỷ đồng), "
        "Đường bê tông thôn Khuổi Tát (3,8 tỷ đồng) và Trường mầm non Cốc Đán (1,5 tỷ đồng). Đến nay đã giải ngân "
        "5,1 tỷ đồng, đạt 79,7% kế hoạch."
    )
    assert (_project_fields(text, "5,1")["project_name"], _project_fields(text, "79,7")["measure"]) == (
        "3 công trình", "plan_pct"
    )
    # near miss: after one work named alone, the money is that work's
    text = "Xã khởi công Đường bê tông thôn Khuổi Tát với tổng vốn 3,8 tỷ đồng. Đến nay đã giải ngân 1,2 tỷ đồng."
    assert _project_fields(text, "1,2")["project_name"] == "Đường bê tông thôn Khuổi Tát"


def test_items_on_lines_after_a_dated_head_take_its_day_and_boarding_schools_are_works() -> None:
    text = (
        "Sáng 1/9/2026, tỉnh Lai Châu tổ chức khánh thành 3 công trình chào mừng năm học mới, gồm:\n"
        "-\tTrường PTDTNT THCS huyện Sìn Hồ;\n"
        "-\tTrường PTDTBT Tiểu học Pa Vệ Sủ;\n"
        "-\tCầu Nậm Cuổi, xã Nậm Tăm.\n"
    )
    day = dt.date(2026, 9, 1)
    got = {(r["project_name"], r["event"], r["event_date"]) for r in _document_projects(text)}
    assert got == {
        ("Trường PTDTNT THCS huyện Sìn Hồ", "inaugurated", day.isoformat()),
        ("Trường PTDTBT Tiểu học Pa Vệ Sủ", "inaugurated", day.isoformat()),
        ("Cầu Nậm Cuổi", "inaugurated", day.isoformat()),
    }
    # near miss: a head that says no day leaves its items undated
    got = {r["event_date"] for r in _document_projects(text.replace("Sáng 1/9/2026, tỉnh", "Tỉnh"))}
    assert got == {None}


def test_a_state_corporation_named_by_its_trade_is_no_work() -> None:
    # "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam": a corporation's name, no legal form written
    text = "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam cho biết dự án Cầu Mỹ Lợi mới đang thi công."
    assert [n for n, _, _ in _rows(text)] == ["Cầu Mỹ Lợi mới"]
    # near miss: the corporation's event verb makes the work its object
    text = "Ngày 2/3/2027, Tổng công ty Xây dựng Lũng Lô khởi công đường cao tốc Cao Lãnh - An Hữu."
    assert [n for n, _, _ in _rows(text)] == ["đường cao tốc Cao Lãnh - An Hữu"]


_PROJECT_TAB_TABLE = (
    "UBND TỈNH SƠN LA\nBÁO CÁO\nTiến độ các dự án trọng điểm 6 tháng đầu năm 2026\n\n"
    "STT\tTên dự án\tKế hoạch vốn năm 2026 (tỷ đồng)\tLũy kế giải ngân\tTỷ lệ giải ngân (%)\n"
    "1\tDự án đường kết nối Mộc Châu - Vân Hồ\t640\t215,5 tỷ đồng\t33,7\n"
    "2\tCầu Tạ Khoa mới\t96,4\t40 tỷ đồng\t41,5\n"
    "\tTổng cộng\t736,4\t255,5 tỷ đồng\t34,7\n"
)


def test_rows_of_a_tab_table_of_projects_are_the_projects_figures() -> None:
    # "STT | Tên dự án | Kế hoạch vốn | Lũy kế giải ngân | Tỷ lệ (%)" then a line a project: each cell is the row's
    # project's, its measure the column's head, its unit the head's bracket or the cell's own words
    got = {(r["project_name"], r["measure"], r["value"], r["unit"]) for r in _document_projects(_PROJECT_TAB_TABLE)}
    assert got == {
        ("đường kết nối Mộc Châu - Vân Hồ", "plan", 640e9, "VND"),
        ("đường kết nối Mộc Châu - Vân Hồ", "disbursed", 215.5e9, "VND"),
        ("đường kết nối Mộc Châu - Vân Hồ", "plan_pct", 33.7, "pct"),
        ("Cầu Tạ Khoa mới", "plan", 96.4e9, "VND"),
        ("Cầu Tạ Khoa mới", "disbursed", 40e9, "VND"),
        ("Cầu Tạ Khoa mới", "plan_pct", 41.5, "pct"),
    }


def test_a_unit_line_over_a_project_table_and_a_table_of_sources_are_read_apart() -> None:
    text = (
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nGiải ngân vốn đầu tư công 9 tháng năm 2027\n\n"
        "ĐVT: triệu đồng\n"
        "TT\tDanh mục công trình\tKế hoạch vốn năm 2027\n"
        "1\tKè bảo vệ bờ sông Nậm Rốm\t42.500\n"
    )
    assert [(r["project_name"], r["measure"], r["value"]) for r in _document_projects(text)] == [
        ("Kè bảo vệ bờ sông Nậm Rốm", "plan", 42.5e9)
    ]
    # near miss: rows under a header with no column of project names, or naming no project, are no projects
    groups = text.replace("Kè bảo vệ bờ sông Nậm Rốm", "Vốn ngân sách tỉnh")
    assert _document_projects(groups) == []
    assert _document_projects(groups.replace("Danh mục công trình", "Nguồn vốn")) == []


def test_a_length_with_a_decimal_comma_inside_a_name_does_not_end_it() -> None:
    # "Dự án đường 3,2 km nối A với B": the decimal comma of the road's length is inside its name
    text = "Ngày 8/5/2027, tỉnh Bến Tre khởi công Dự án đường 3,2 km nối Quốc lộ 57 với khu công nghiệp Giao Long."
    assert _rows(text) == [
        ("đường 3,2 km nối Quốc lộ 57 với khu công nghiệp Giao Long", "started", dt.date(2027, 5, 8))
    ]
    # near miss: a comma and a space before the next number still ends a name in a list
    text = "Tỉnh khởi công cầu Rạch Miễu 2, 3 cầu dân sinh và đường tỉnh 885."
    assert "cầu Rạch Miễu 2" in [n for n, _, _ in _rows(text)]


def test_a_share_of_land_handed_over_is_no_plan_share_and_of_works_done_the_progress() -> None:
    # "bàn giao 38,4/40 ha mặt bằng, đạt 96%": the land handed over (an indicator, as the gold reads site clearance);
    # "khối lượng thực hiện đạt 55%": the works done, the work's progress (was no project's)
    text = "Dự án cầu Rạch Sỏi 2: đã bàn giao 38,4/40 ha mặt bằng, đạt 96%."
    assert _not_a_project(text, "96")
    assert _not_a_project("Dự án cầu Rạch Sỏi 2: đã bàn giao 40 ha, đạt 100% diện tích cần giải phóng.", "100")
    text = "Dự án đường liên xã Vĩnh Hòa - Tân Lập đang thi công, khối lượng thực hiện đạt 55%, giải ngân 4,2 tỷ đồng."
    assert _works_progress(text, "55") == "đường liên xã Vĩnh Hòa - Tân Lập"
    assert _project_fields(text, "4,2")["measure"] == "disbursed"
    # near miss: a disbursement's share of the plan stays the project's
    text = "Dự án cầu Rạch Sỏi 2: giải ngân 120 tỷ đồng, đạt 64% kế hoạch vốn."
    assert _project_fields(text, "64")["measure"] == "plan_pct"


def test_money_under_a_heading_that_names_a_project_is_that_projects() -> None:
    # "2. Dự án X" as a heading, then "Tổng mức đầu tư ... Lũy kế giải ngân ... đạt ...": the section is X's report
    text = (
        "UBND TỈNH AN GIANG\nBÁO CÁO\nTiến độ các dự án trọng điểm quý II năm 2027\n\n"
        "2. Dự án đường tránh thành phố Long Xuyên\n"
        "Tổng mức đầu tư 1.420 tỷ đồng. Lũy kế giải ngân đến 30/6/2027 đạt 905 tỷ đồng.\n"
    )
    got = {(r["project_name"], r["measure"], r["value"]) for r in _document_projects(text) if r["measure"]}
    assert got == {
        ("đường tránh thành phố Long Xuyên", "total_investment", 1420e9),
        ("đường tránh thành phố Long Xuyên", "disbursed", 905e9),
    }
    # near miss: a heading that names a class of projects owns nothing
    text = text.replace("2. Dự án đường tránh thành phố Long Xuyên", "2. Các dự án giao thông")
    assert [r for r in _document_projects(text) if r["measure"] == "disbursed"] == []


def test_a_heading_year_and_a_lead_joined_to_a_heading_end_a_name() -> None:
    # "Tình hình dự án BOT cầu X năm 2027" and "Tiến độ dự án Y" then "Đến ngày 30/9/2027, ...", joined to one line
    text = "Tình hình thực hiện dự án BOT cầu Mỹ Thuận 3 năm 2027 Dự án có tổng vốn đầu tư 4.100 tỷ đồng."
    assert next(n for n, _, _ in _rows(text)) == "BOT cầu Mỹ Thuận 3"  # (the contract form kept, as written)
    text = "Tiến độ dự án đường ven sông Trà Khúc Đến ngày 30/9/2027, dự án đã giải ngân 310 tỷ đồng."
    assert next(n for n, _, _ in _rows(text)) == "đường ven sông Trà Khúc"
    # near miss: a year inside a name, before more of it, stays there
    text = "Tỉnh khởi công dự án Trường THPT Chuyên năm 2027 mở rộng."
    assert [n for n, _, _ in _rows(text)] == ["Trường THPT Chuyên năm 2027 mở rộng"]


def test_a_kind_alone_refers_to_the_work_of_that_kind_named_last() -> None:
    # "hợp long cầu X thuộc dự án đường Y. Cầu dài 280 m, tổng vốn ...": the bridge, not the road it belongs to
    text = (
        "Ngày 14/11/2027, tỉnh Vĩnh Long hợp long cầu Mỹ Hòa thuộc dự án đường tỉnh 902 đoạn Vũng Liêm - Trà Ôn. "
        "Cầu dài 280 m, tổng vốn đầu tư khoảng 175 tỷ đồng."
    )
    assert _project_fields(text, "175")["project_name"] == "cầu Mỹ Hòa"
    # near miss: "Dự án" alone is the whole project named last
    text = text.replace("Cầu dài 280 m, tổng", "Dự án có tổng")
    assert _project_fields(text, "175")["project_name"] == "đường tỉnh 902 đoạn Vũng Liêm - Trà Ôn"


def test_a_bid_package_alone_opening_a_sentence_is_the_package_named_before() -> None:
    # "khởi công gói thầu số 03-XL thuộc dự án X. Gói thầu có giá trị 98 tỷ đồng": the package's price
    text = (
        "Sáng 9/4/2027, Sở Xây dựng tỉnh Thái Bình khởi công gói thầu số 03-XL thuộc dự án nâng cấp đường tỉnh 396 "
        "đoạn Đông Hưng - Quỳnh Phụ. Gói thầu có giá trị 98 tỷ đồng."
    )
    fields = _project_fields(text, "98")
    assert fields["project_name"].startswith("gói thầu số 03-XL")
    assert fields["measure"] == "total_investment"
    # near miss: with no package or project named before, the package alone names nothing
    assert _not_a_project("Gói thầu có giá trị 98 tỷ đồng.", "98")


def test_a_plaque_on_a_work_still_being_built_is_no_inauguration() -> None:
    # "Gắn biển công trình cầu X chào mừng Đại hội" then "đã hoàn thành 60% khối lượng, dự kiến thông xe ...": the
    # plaque of a work under way (the first sentence of the text too: it opens at the text's first letter)
    text = (
        "Gắn biển công trình cầu Hàm Luông 2 chào mừng Đại hội\n"
        "Sáng 12/10/2025, tỉnh Vĩnh Long tổ chức lễ gắn biển công trình cầu Hàm Luông 2. Công trình đã hoàn thành "
        "60% khối lượng, dự kiến thông xe vào tháng 6/2026.\n"
    )
    assert {r["event"] for r in _document_projects(text) if r["measure"] is None} == {"in_progress"}
    # near miss: the plaque of a finished work stays its inauguration
    text = (
        "Gắn biển công trình cầu Hàm Luông 2 chào mừng Đại hội\n"
        "Sáng 12/10/2025, tỉnh Vĩnh Long tổ chức lễ gắn biển công trình cầu Hàm Luông 2. Công trình dài 1,2 km, "
        "tổng mức đầu tư 640 tỷ đồng.\n"
    )
    assert {r["event"] for r in _document_projects(text) if r["measure"] is None} == {"inaugurated"}


def test_an_item_whose_description_says_it_opened_to_traffic_is_completed() -> None:
    # "a) Cầu X: tổng mức đầu tư ..., đã thông xe ngày D": the item's work opened, on that day
    text = "a) Cầu Bến Thủy 3: tổng mức đầu tư 910 tỷ đồng, đã thông xe ngày 2/9/2027."
    assert _rows(text) == [("Cầu Bến Thủy 3", "completed", dt.date(2027, 9, 2))]
    # near miss: an opening still ahead is no completion
    text = "a) Cầu Bến Thủy 3: tổng mức đầu tư 910 tỷ đồng, dự kiến thông xe ngày 2/9/2027."
    assert ("Cầu Bến Thủy 3", "completed", dt.date(2027, 9, 2)) not in _rows(text)


def test_the_second_kind_of_a_counted_pair_refers_to_no_project() -> None:
    # "Đây là một trong 120 công trình, dự án được khởi công, khánh thành ...": the group's events, not the work's
    text = (
        "Sáng 2/9/2027, tỉnh Cà Mau khởi công dự án cầu Đầm Cùng 2. Đây là một trong 120 công trình, dự án được "
        "khởi công, khánh thành đồng loạt trên cả nước."
    )
    assert _rows(text) == [("cầu Đầm Cùng 2", "started", dt.date(2027, 9, 2))]
    # near miss: the kind alone after "Đây là" still refers to the work
    text = "Sáng 2/9/2027, tỉnh Cà Mau khởi công dự án cầu Đầm Cùng 2. Đây là dự án có tổng mức đầu tư 900 tỷ đồng."
    assert _project_fields(text, "900")["project_name"] == "cầu Đầm Cùng 2"


def test_shares_of_land_taken_back_and_of_compensation_paid_are_no_plan_shares() -> None:
    # "đã thu hồi đất đạt 91%", "chi trả bồi thường được 300 tỷ đồng, đạt 76%": steps of site clearance
    text = (
        "Dự án đường vành đai Cần Thơ - Hậu Giang: đã thu hồi đất đạt 91%, chi trả tiền bồi thường được 300 tỷ đồng, "
        "đạt 76% tổng kinh phí bồi thường."
    )
    assert _not_a_project(text, "91")
    assert _not_a_project(text, "76")
    # near miss: a disbursement's share two clauses after the compensation is the project's
    text = (
        "Dự án đường vành đai Cần Thơ - Hậu Giang: đã chi trả bồi thường 300 tỷ đồng; giải ngân vốn xây lắp được "
        "450 tỷ đồng, đạt 64% kế hoạch."
    )
    assert _project_fields(text, "64")["measure"] == "plan_pct"


# "đã thu hồi và bàn giao 40 ha, đạt 80%", "đã chi trả 350 hộ với số tiền ..., đạt 95%": the land taken back or handed
# over by its area, the compensation by the households paid; their shares are site clearance's progress
@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Dự án đường ven biển Nam Định có 50 ha cần thu hồi; đã thu hồi và bàn giao 40 ha, đạt 80%.", "80"),
        ("Dự án đường ven biển Nam Định có 368 hộ bị ảnh hưởng, đã chi trả 350 hộ số tiền 96 tỷ đồng, đạt 95%.", "95"),
    ],
)
def test_shares_of_land_counted_by_area_or_of_files_paid_are_no_plan_shares(text: str, token: str) -> None:
    assert _not_a_project(text, token)
    # near miss: a length built is the works' progress, the project's share
    built = "Dự án đường ven biển Nam Định đến nay đã thi công 12 km, đạt 60% khối lượng."
    assert _project_fields(built, "60")["measure"] == "plan_pct"


def test_a_share_of_capacity_in_use_is_no_plan_share_of_the_work() -> None:
    # "công suất sử dụng giường bệnh đạt 112%", "đạt 85% công suất thiết kế": how much of a work in service is used
    for text, token in (
        ("Bệnh viện Đa khoa Bến Đá khám cho 9.000 lượt người, công suất sử dụng giường bệnh đạt 112%.", "112"),
        ("Năm 2026, Nhà máy nước sạch Bến Đá vận hành đạt 85% công suất thiết kế.", "85"),
    ):
        assert _not_a_project(text, token), text
    # near miss: the plant's money paid out is its share of the plan
    paid = "Năm 2026, Dự án Nhà máy nước sạch Bến Đá giải ngân đạt 64% kế hoạch vốn."
    assert _project_fields(paid, "64")["measure"] == "plan_pct"


def test_a_counted_groups_name_ends_before_the_list_of_its_places() -> None:
    # "3 khu tái định cư tại các xã A, B, C": the places of the works counted, a list, no part of the group's name
    # (near miss: the one commune the works stand in still names them)
    said = "Năm 2026, huyện đã hoàn thành xây dựng 3 khu tái định cư tại {} với tổng kinh phí 90 tỷ đồng."
    names = {
        "các xã Hòa Lợi, Bến Đá, Phú Lợi": "3 khu tái định cư",
        "xã Hòa Lợi": "3 khu tái định cư tại xã Hòa Lợi",
    }
    got = {places: _project_fields(said.format(places), "90")["project_name"] for places in names}
    assert got == names


def test_the_anniversary_an_inauguration_marks_is_no_part_of_the_name() -> None:
    text = "Sáng 29/3/2027, thành phố khánh thành cầu Nguyễn Văn Trỗi 2 nhân kỷ niệm 52 năm Ngày giải phóng."
    assert _rows(text) == [("cầu Nguyễn Văn Trỗi 2", "inaugurated", dt.date(2027, 3, 29))]
    # near miss: a name with "Nhân" of its own ends where "nhân dịp" begins
    text = "Sáng 29/3/2027, thành phố khánh thành cầu Nhân Hòa nhân dịp kỷ niệm 52 năm Ngày giải phóng."
    assert _rows(text) == [("cầu Nhân Hòa", "inaugurated", dt.date(2027, 3, 29))]


def test_the_investors_own_and_borrowed_money_is_the_projects() -> None:
    # "vốn góp của nhà đầu tư", "vốn vay ngân hàng" said of a project, or opening the sentence after its cost: parts
    # of its investment, not a bank's deposits nor an indicator of the area
    text = "Dự án Cụm công nghiệp Phú Xuân có vốn góp của nhà đầu tư là 95 tỷ đồng và vốn vay ngân hàng 310 tỷ đồng."
    assert _project_fields(text, "95")["measure"] == "total_investment"
    assert _project_fields(text, "310")["measure"] == "total_investment"
    text = (
        "Tỉnh chấp thuận chủ trương đầu tư dự án Khu nhà ở Bến Gỗ. Tổng vốn đầu tư 2.050 tỷ đồng. "
        "Vốn chủ sở hữu của nhà đầu tư 410 tỷ đồng; vốn huy động 1.640 tỷ đồng."
    )
    assert _project_fields(text, "410")["project_name"] == "Khu nhà ở Bến Gỗ"
    assert _project_fields(text, "1.640")["measure"] == "total_investment"
    # near miss: the deposits the area's credit institutions take in are no project's
    text = (
        "Dự án Khu nhà ở Bến Gỗ có tổng vốn đầu tư 2.050 tỷ đồng. Vốn huy động của các tổ chức tín dụng "
        "trên địa bàn đạt 84.000 tỷ đồng."
    )
    assert _not_a_project(text, "84.000")


def test_a_bid_packages_value_is_its_price() -> None:
    # "Giá trị gói thầu 186 tỷ đồng" after the package was named: the package's price
    text = (
        "Ngày 9/5/2027, Sở Xây dựng khởi công Gói thầu số 07-XL thuộc dự án đường tỉnh 295. "
        "Giá trị gói thầu 214 tỷ đồng, thời gian thi công 450 ngày."
    )
    fields = _project_fields(text, "214")
    assert fields["project_name"].startswith("Gói thầu số 07-XL") and fields["measure"] == "total_investment"
    # near miss: with no package named before, a value is no work's
    assert _not_a_project("Năm 2027, giá trị gói thầu mua sắm qua mạng đạt 214 tỷ đồng.", "214")


def test_the_money_of_a_withdrawn_project_is_still_the_projects() -> None:
    # "chấm dứt hoạt động dự án X với tổng vốn đăng ký ...": no event, but the money is the project's (not the area's
    # registered investment)
    text = "Tỉnh đã chấm dứt hoạt động dự án Khu đô thị sinh thái Hòa Bình với tổng vốn đăng ký 540 tỷ đồng."
    fields = _project_fields(text, "540")
    assert (fields["project_name"], fields["event"], fields["measure"]) == (
        "Khu đô thị sinh thái Hòa Bình", "funding", "total_investment")
    assert _rows(text) == []
    # a work picked from a group the sentence before withdrew is withdrawn too: no works under way
    text = (
        "Tỉnh đã thu hồi chủ trương đầu tư 3 dự án chậm tiến độ. Trong đó có dự án Khu nghỉ dưỡng Suối Mơ với tổng "
        "vốn đăng ký 760 tỷ đồng."
    )
    assert _rows(text) == []
    assert _project_fields(text, "760")["event"] == "funding"
    # near miss: a work picked from a group the sentence before approved keeps that approval
    text = (
        "Tỉnh đã chấp thuận chủ trương đầu tư 3 dự án. Trong đó có dự án Khu nghỉ dưỡng Suối Mơ với tổng "
        "vốn đăng ký 760 tỷ đồng."
    )
    assert [event for _, event, _ in _rows(text)] == ["approved"]


def test_the_councils_abbreviated_city_ends_no_sentence() -> None:
    # "UBND TP. Cần Thơ tổ chức lễ khởi công cầu X": the day said before the council is the ceremony's
    text = "Sáng 14/6/2027, UBND TP. Cần Thơ tổ chức lễ khởi công cầu Trần Hoàng Na 2."
    assert _rows(text) == [("cầu Trần Hoàng Na 2", "started", dt.date(2027, 6, 14))]
    # near miss: a person's initial closes the sentence, and its day is no later work's
    text = "Sáng 14/6/2027, ông Nguyễn Văn H. Chiều cùng ngày, tỉnh khởi công cầu Trần Hoàng Na 2."
    assert _rows(text) == [("cầu Trần Hoàng Na 2", "started", None)]


def test_a_finished_works_settled_value_is_its_price() -> None:
    # "giá trị quyết toán 4,2 tỷ đồng" in a work's item: what the finished work cost
    text = "Công trình Trạm y tế xã Đông Hưng: đã hoàn thành, bàn giao ngày 2/12/2027; giá trị quyết toán 4,2 tỷ đồng."
    assert _project_fields(text, "4,2")["measure"] == "total_investment"
    # near miss: the area's settled value of finished projects is no work's
    assert _not_a_project("Năm 2027, giá trị quyết toán dự án hoàn thành của toàn huyện đạt 120 tỷ đồng.", "120")


def test_the_work_said_above_takes_its_own_event_verb() -> None:
    # "Được biết, công trình nói trên khởi công từ tháng 6/2025": the work named before, started then
    text = (
        "Ngày 5/3/2027, tỉnh khánh thành Nhà máy nước Yên Lập. Được biết, công trình nói trên khởi công từ "
        "tháng 6/2025."
    )
    assert ("Nhà máy nước Yên Lập", "started", dt.date(2025, 6, 1)) in _rows(text)
    # near miss: the works said above, several, are no one work
    text = (
        "Ngày 5/3/2027, tỉnh khánh thành Nhà máy nước Yên Lập và cầu Bến Đền. Các công trình nói trên khởi công từ "
        "tháng 6/2025."
    )
    assert [event for _, event, _ in _rows(text)] == ["inaugurated", "inaugurated"]


def test_works_picked_from_a_group_whose_policy_the_council_decided_are_approved() -> None:
    # "HĐND thông qua Nghị quyết quyết định chủ trương đầu tư 5 dự án ... Trong đó, dự án A có ...": A is approved
    # (as after "trao quyết định chủ trương đầu tư cho 5 dự án"); so after "điều chỉnh chủ trương đầu tư 3 dự án"
    for said in ("thông qua Nghị quyết quyết định chủ trương đầu tư 5 dự án", "điều chỉnh chủ trương đầu tư 3 dự án"):
        text = f"HĐND tỉnh đã {said}. Trong đó, dự án Đường liên xã Tân Hà - Đạ Tẻh có tổng mức đầu tư 390 tỷ đồng."
        assert _rows(text) == [("Đường liên xã Tân Hà - Đạ Tẻh", "approved", None)]
    # near miss: a group the sentence before only reviewed gives its works no event
    text = (
        "UBND tỉnh đã rà soát 5 dự án chậm tiến độ. Trong đó, dự án Đường liên xã Tân Hà - Đạ Tẻh có tổng mức đầu tư "
        "390 tỷ đồng."
    )
    assert [event for _, event, _ in _rows(text)] != ["approved"]


def test_a_lenders_code_in_brackets_names_a_project() -> None:
    # "dự án sửa chữa và nâng cao an toàn đập (WB8)": the World Bank's eighth loan names it, though written lowercase
    text = "Năm 2027, tỉnh tiếp tục triển khai dự án sửa chữa và nâng cao an toàn đập (WB8) với tổng vốn 96 tỷ đồng."
    assert _rows(text) == [("sửa chữa và nâng cao an toàn đập (WB8)", "in_progress", None)]
    assert is_named("sửa chữa và nâng cao an toàn đập (WB8)", quoted=False)
    # near miss: the kind of its capital in brackets names nothing
    text = "Năm 2027, tỉnh tiếp tục triển khai dự án hạ tầng khu kinh tế (ODA) với tổng vốn 96 tỷ đồng."
    assert _rows(text) == []


def test_a_bare_work_under_a_heading_in_capitals_is_not_the_work_of_the_section_before() -> None:
    # "2. ĐƯỜNG X" (a heading no work noun opens) over "Công trình khởi công ngày D": not the bridge of item 1
    text = (
        "BÁO CÁO\nTiến độ các công trình trọng điểm năm 2027\n\n1. CẦU CAO LÃNH 2\n"
        "Tổng mức đầu tư 4.120 tỷ đồng; lũy kế giải ngân 1.960 tỷ đồng.\n"
        "2. ĐƯỜNG KẾT NỐI CÁC TỈNH PHÍA TÂY\n"
        "Công trình khởi công ngày 8/4/2027, tổng mức đầu tư 1.380 tỷ đồng.\n"
    )
    assert all(r["event"] != "started" for r in _document_projects(text))
    # near miss: under the heading in capitals that names the work, the bare work is that one
    text = (
        "BÁO CÁO\nTiến độ các công trình trọng điểm năm 2027\n\n1. CẦU CAO LÃNH 2\n"
        "Tổng mức đầu tư 4.120 tỷ đồng; lũy kế giải ngân 1.960 tỷ đồng.\n"
        "Công trình khởi công ngày 8/4/2027, đã hoàn thành 40% khối lượng.\n"
    )
    assert ("CẦU CAO LÃNH 2", "started") in {(r["project_name"], r["event"]) for r in _document_projects(text)}


def test_a_new_start_is_the_works_own_verb_before_a_later_ceremony() -> None:
    # "khởi công mới Trường X ... và khánh thành cầu Y": X is started ("mới" between the verb and its object)
    text = (
        "Trong tháng, khởi công mới Trường THCS Hòa Bình (cơ sở 2) với tổng mức đầu tư 85 tỷ đồng và khánh thành "
        "cầu Bến Súc."
    )
    assert [(name, event) for name, event, _ in _rows(text)] == [
        ("Trường THCS Hòa Bình (cơ sở 2)", "started"), ("cầu Bến Súc", "inaugurated")]
    # near miss: "mới" after the name is the work's own word, the verb before it still its event
    text = "Trong tháng, khánh thành cầu Bến Súc mới và khởi công Trường THCS Hòa Bình."
    assert [(name, event) for name, event, _ in _rows(text)] == [
        ("cầu Bến Súc mới", "inaugurated"), ("Trường THCS Hòa Bình", "started")]


def test_a_boarding_school_of_the_ethnic_minorities_is_a_work() -> None:
    # "Trường Phổ thông dân tộc bán trú Tiểu học X", "Trường Phổ thông X": the schools' long kinds
    text = "Ngày 3/9/2027, xã Pà Vầy Sủ khánh thành Trường Phổ thông dân tộc bán trú Tiểu học Pà Vầy Sủ."
    assert _rows(text) == [("Trường Phổ thông dân tộc bán trú Tiểu học Pà Vầy Sủ", "inaugurated",
                            dt.date(2027, 9, 3))]
    # near miss: the schools of an area, lower case and unnamed, are no work
    assert _rows("Năm 2027, các trường phổ thông trên địa bàn xã được sửa chữa.") == []


def test_a_gift_said_with_its_donor_as_agent_is_the_works_price() -> None:
    # "Công trình do Tập đoàn X tài trợ 42 tỷ đồng": given to build the work named before, as "được X tài trợ"
    text = (
        "Ngày 3/9/2027, xã Pà Vầy Sủ khánh thành Trường Tiểu học Pà Vầy Sủ. Công trình do Tập đoàn Hòa Phát tài trợ "
        "38 tỷ đồng."
    )
    assert _project_fields(text, "38")["measure"] == "total_investment"
    # near miss: a donor's gift to the area names no work
    assert _not_a_project("Năm 2027, Tập đoàn Hòa Phát tài trợ 38 tỷ đồng cho các xã vùng cao.", "38")


def test_works_listed_in_a_bracket_after_the_groups_amount_are_named() -> None:
    # "cấp GCNĐKĐT cho 2 dự án với tổng vốn 130 triệu USD (Nhà máy A: 90 triệu USD; Nhà máy B: 40 triệu USD)"
    text = (
        "Trong quý II/2027, Ban Quản lý KKT cấp mới GCNĐKĐT cho 2 dự án với tổng vốn 130 triệu USD (Nhà máy dệt "
        "Hòa Khánh 3: 90 triệu USD; Nhà máy gỗ Tam Kỳ: 40 triệu USD)."
    )
    assert [(name, event) for name, event, _ in _rows(text)] == [
        ("Nhà máy dệt Hòa Khánh 3", "approved"), ("Nhà máy gỗ Tam Kỳ", "approved")]
    assert _project_fields(text, "90")["project_name"] == "Nhà máy dệt Hòa Khánh 3"
    # near miss: a work's short name in brackets right after it is no work of its own
    text = "Ngày 2/4/2027, tỉnh khánh thành Bệnh viện Sản Nhi tỉnh Quảng Nam (Bệnh viện Sản Nhi)."
    assert [name for name, _, _ in _rows(text)] == ["Bệnh viện Sản Nhi tỉnh Quảng Nam"]


def test_a_plants_first_power_ends_its_name() -> None:
    # "Nhà máy điện gió X đóng điện, phát điện thương mại": the predicate, no part of the plant's name
    text = "Ngày 15/3/2027, Nhà máy điện gió Hướng Phùng 4 đóng điện, phát điện thương mại toàn bộ 48 MW."
    assert [name for name, _, _ in _rows(text)] == ["Nhà máy điện gió Hướng Phùng 4"]
    # near miss: a power plant's kind holding "điện" goes on ("Nhà máy điện mặt trời X")
    text = "Ngày 15/3/2027, Nhà máy điện mặt trời Hướng Phùng 4 phát điện thương mại toàn bộ 48 MW."
    assert [name for name, _, _ in _rows(text)] == ["Nhà máy điện mặt trời Hướng Phùng 4"]


def test_a_route_broken_over_lines_after_its_dash_keeps_its_other_end() -> None:
    # a page's lines with blank lines between them: "cao tốc Tuyên Quang - \n\nHà Giang" is one route
    text = "Tập trung đẩy nhanh tiến độ dự án tuyến cao tốc Tuyên Quang - \n\nHà Giang. Triển khai các giải pháp."
    assert [name for name, _, _ in _rows(text)] == ["tuyến cao tốc Tuyên Quang - Hà Giang"]
    # near miss: a headline's line still ends the name after a whole route
    text = "Khởi công đường Tân Vũ - Lạch Huyện 2\n\nKiểm tra tiến độ các công trình"
    assert [name for name, _, _ in _rows(text)] == ["đường Tân Vũ - Lạch Huyện 2"]


def test_a_completion_still_to_come_after_a_reference_is_works_under_way() -> None:
    # "Công trình dự kiến hoàn thành trong quý III/2027": the work named before, under way (was no row)
    text = "Năm 2026, tỉnh khởi công cầu Phước Long 3. Công trình dự kiến hoàn thành trong quý III/2027."
    assert _rows(text)[1:] == [("cầu Phước Long 3", "in_progress", None)]
    text = "Năm 2026, tỉnh khởi công cầu Phước Long 3. Tuyến đường này sẽ hoàn thành vào tháng 10/2027."
    assert _rows(text)[1:] == [("cầu Phước Long 3", "in_progress", None)]
    text = "Năm 2026, tỉnh khởi công cầu Phước Long 3. Dự án phấn đấu hoàn thành trước ngày 30/4/2027."
    assert _rows(text)[1:] == [("cầu Phước Long 3", "in_progress", None)]
    # near miss: a step before the works or a share of them is no completion; the reference makes no row
    text = "Năm 2026, tỉnh khởi công cầu Phước Long 3. Công trình dự kiến hoàn thành giải phóng mặt bằng trong tháng 5."
    assert _rows(text)[1:] == []
    text = "Năm 2026, tỉnh khởi công cầu Phước Long 3. Công trình sẽ hoàn thành 80% khối lượng trong năm 2027."
    assert _rows(text)[1:] == []


def test_the_work_said_above_officially_started_refers_back() -> None:
    # "Dự án trên chính thức khởi công ngày ...": the work named before, with its own verb (was no row)
    text = "Năm 2023, tỉnh phê duyệt dự án đường ven biển Đề Gi. Dự án trên chính thức khởi công ngày 8/3/2024."
    assert ("đường ven biển Đề Gi", "started", dt.date(2024, 3, 8)) in _rows(text)
    # near miss: "trên" then a place is where something stands, no reference
    text = "Năm 2023, tỉnh phê duyệt dự án đường ven biển Đề Gi - Mỹ Thành. Dự án trên địa bàn huyện được khởi công."
    assert [event for _, event, _ in _rows(text)] == ["approved"]


def test_an_energised_power_line_is_completed() -> None:
    # "đóng điện đường dây 500 kV X": the line in service (was no work and no row)
    text = "Ngày 12/9/2026, EVNNPT đã đóng điện đường dây 500 kV mạch 3 đoạn Nam Định - Thanh Hóa."
    assert _rows(text) == [("đường dây 500 kV mạch 3 đoạn Nam Định - Thanh Hóa", "completed", dt.date(2026, 9, 12))]
    text = "Trạm biến áp 220 kV Yên Mỹ đóng điện từ tháng 4/2026."
    assert _rows(text) == [("Trạm biến áp 220 kV Yên Mỹ", "completed", dt.date(2026, 4, 1))]
    # near miss: an energising still to come is works under way; a hotline is no work
    text = "Đường dây 220kV Mường Tè - Lai Châu dự kiến đóng điện trong quý II/2027."
    assert _rows(text) == [("Đường dây 220kV Mường Tè - Lai Châu", "in_progress", None)]
    assert _rows("Người dân gọi đường dây nóng 1800 để phản ánh.") == []


def test_the_day_of_a_fronted_earlier_step_is_no_day_of_the_event() -> None:
    # "Sau khi sắp xếp đơn vị hành chính từ ngày 1/7/2025, tỉnh khởi công X": the merger's day, not the start's
    text = "Sau khi sắp xếp đơn vị hành chính từ ngày 1/7/2025, tỉnh khởi công Trường THCS xã Ea Knốp."
    assert _rows(text) == [("Trường THCS xã Ea Knốp", "started", None)]
    text = "Sau ngày 1/7/2025, xã Krông Nô khánh thành Trạm y tế xã Krông Nô."
    assert _rows(text) == [("Trạm y tế xã Krông Nô", "inaugurated", None)]
    # near miss: the event's own day after that clause stays
    text = "Sau khi được phê duyệt ngày 3/4/2025, ngày 10/6/2025 dự án Khu tái định cư Ea Kao được khởi công."
    assert _rows(text) == [("Khu tái định cư Ea Kao", "started", dt.date(2025, 6, 10))]


def test_a_project_of_a_signed_memorandum_is_no_works_under_way() -> None:
    # "ký kết biên bản ghi nhớ ... về dự án X với vốn ...": an intent; its money is its own, no event row
    text = "Tỉnh ký kết biên bản ghi nhớ với Công ty Hưng Thịnh về dự án Khu nghỉ dưỡng Mũi Né với vốn 2 tỷ USD."
    assert _rows(text) == []
    assert _project_fields(text, "2")["measure"] == "total_investment"
    assert _rows("Tỉnh ký thỏa thuận hợp tác đầu tư dự án Khu du lịch Hòn Rơm với Công ty Sun Group.") == []
    # near miss: a policy decision handed over at the same ceremony approves the project
    text = "Tỉnh ký kết biên bản ghi nhớ và trao quyết định chủ trương đầu tư dự án Nhà máy giày Phan Thiết."
    assert _rows(text) == [("Nhà máy giày Phan Thiết", "approved", None)]


def test_a_numbered_berth_or_a_port_berth_is_a_work() -> None:
    # "khánh thành bến số 4 Cảng X": the berth of the port (was the port named from the berth's number, "4 Cảng X")
    text = "Ngày 3/3/2027, công ty khánh thành bến số 2 Cảng Vũng Rô với vốn 900 tỷ đồng."
    assert _rows(text) == [("bến số 2 Cảng Vũng Rô", "inaugurated", dt.date(2027, 3, 3))]
    assert _project_fields(text, "900")["project_name"] == "bến số 2 Cảng Vũng Rô"
    assert _rows("Tỉnh khởi công bến cảng tổng hợp Vũng Rô.") == [("bến cảng tổng hợp Vũng Rô", "started", None)]
    # near miss: a ship calling at a berth is no news of a work
    assert _rows("Tàu cập bến số 2 để dỡ hàng.") == []


def test_a_line_said_again_by_its_kind_and_a_planned_opening_refer_back() -> None:
    # "Đường dây dự kiến đóng điện ...", "Dự án dự kiến thông xe ...": the work named before, under way
    text = "Ngày 2/3/2027, EVN khởi công đường dây 500 kV Nho Quan - Thanh Hóa. Đường dây dự kiến đóng điện năm 2028."
    assert _rows(text)[1:] == [("đường dây 500 kV Nho Quan - Thanh Hóa", "in_progress", None)]
    text = "Năm 2027, tỉnh khởi công cầu Phước Long 3. Dự án dự kiến thông xe vào năm 2029."
    assert _rows(text)[1:] == [("cầu Phước Long 3", "in_progress", None)]
    # near miss: a hotline is no power line said again
    text = "Ngày 2/3/2027, EVN đóng điện đường dây 220 kV Nho Quan - Ninh Bình. Đường dây nóng của EVN được mở."
    assert len(_rows(text)) == 1


def test_a_work_described_in_lower_case_words_then_nay_refers_back() -> None:
    # "Dự án nhà ở xã hội này dự kiến hoàn thành ...": the kind with a few words of description (was no row)
    text = "Năm 2027, tỉnh khởi công Dự án Nhà ở xã hội Phú Lợi. Dự án nhà ở xã hội này dự kiến hoàn thành năm 2029."
    assert _rows(text)[1:] == [("Nhà ở xã hội Phú Lợi", "in_progress", None)]
    text = "Năm 2027, tỉnh khởi công cầu Vàm Cống 3. Công trình trọng điểm này dự kiến hoàn thành năm 2029."
    assert _rows(text)[1:] == [("cầu Vàm Cống 3", "in_progress", None)]
    # near miss: a place or an owner between the kind and "này" is no reference to the work
    text = "Năm 2027, tỉnh khởi công cầu Vàm Cống 3. Dự án ở huyện này được khởi công ngày 3/5/2027."
    assert len(_rows(text)) == 1
    # nor a part's word: "Dự án thành phần này" is the component named before, not the whole project
    text = "Năm 2027, tỉnh khởi công Dự án đường Vành đai 4 đoạn qua tỉnh. Dự án thành phần này dài 18 km."
    assert len(_rows(text)) == 1


def test_a_second_list_of_the_same_ceremony_takes_the_day_its_lead_said() -> None:
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    # "Ngày 2/9, tỉnh khánh thành 2 công trình và khởi công 2 dự án. Các công trình khánh thành gồm: ... Các dự án
    # khởi công gồm: ...": the works started on the lead's day too (had none)
    text = (
        "Ngày 2/9/2027, tỉnh Vĩnh Long khánh thành 2 công trình và khởi công 2 dự án. Các công trình khánh thành gồm:\n"
        "1. Cầu Cổ Chiên 3.\n2. Trường THPT Trà Ôn.\nCác dự án khởi công gồm:\n"
        "1. Bệnh viện Đa khoa Vũng Liêm.\n2. Khu tái định cư phường Thiềng Đức.\n"
    )
    got = [(e.project_name, e.event, e.event_date) for e in project_events(build_layout(text))]
    assert ("Bệnh viện Đa khoa Vũng Liêm", "started", dt.date(2027, 9, 2)) in got
    assert ("Cầu Cổ Chiên 3", "inaugurated", dt.date(2027, 9, 2)) in got
    # near miss: a list after a paragraph that is no list keeps no day of the lead before it
    text = (
        "Ngày 2/9/2027, tỉnh Vĩnh Long khánh thành 2 công trình và khởi công 2 dự án. Các công trình khánh thành gồm:\n"
        "1. Cầu Cổ Chiên 3.\n2. Trường THPT Trà Ôn.\n\nTỉnh cũng tổ chức nhiều hoạt động văn hóa, thể thao.\n\n"
        "Tỉnh đánh giá cao công tác chuẩn bị.\n\nTrong năm, các dự án đã khởi công gồm:\n"
        "1. Bệnh viện Đa khoa Vũng Liêm.\n"
    )
    got = [(e.project_name, e.event, e.event_date) for e in project_events(build_layout(text))]
    assert ("Bệnh viện Đa khoa Vũng Liêm", "started", None) in got


def test_a_work_singled_out_of_a_licensed_group_takes_its_approval() -> None:
    # "cấp Giấy chứng nhận đăng ký đầu tư cho 4 dự án FDI ... Đáng chú ý là dự án X với vốn N": one of the group,
    # approved with it (was in_progress, its money funding)
    text = (
        "Ngày 9/3/2027, Ban Quản lý các KCN tỉnh Nghệ An cấp Giấy chứng nhận đăng ký đầu tư cho 4 dự án FDI với "
        "tổng vốn 310 triệu USD. Đáng chú ý là dự án Nhà máy linh kiện quang học Sunny Nghệ An với vốn 180 triệu USD."
    )
    assert _events(text) == [("Nhà máy linh kiện quang học Sunny Nghệ An", "approved", dt.date(2027, 3, 9))]
    money = route_in_text(text, "180")
    assert money.fields["event"] == "approved" and money.fields["measure"] == "total_investment"
    # near miss: no counted group before, no event to take
    text = "Năm 2027, tỉnh đón nhiều nhà đầu tư. Đáng chú ý là dự án Nhà máy linh kiện quang học Sunny Nghệ An."
    assert _events(text) == [("Nhà máy linh kiện quang học Sunny Nghệ An", "in_progress", None)]


def test_a_list_after_trong_do_co_colon_takes_the_groups_event_and_day() -> None:
    # "khánh thành 9 công trình chào mừng Đại hội. Trong đó có: A (...); B, ...": the first item as the others
    # (was funding with no event and no day)
    text = (
        "Ngày 14/8/2026, tỉnh Kon Tum khánh thành 9 công trình chào mừng Đại hội. Trong đó có: Trường THCS Lý Tự "
        "Trọng (xã Đăk Hà) với tổng vốn 31 tỷ đồng; Nhà thi đấu tỉnh Kon Tum, tổng mức đầu tư 140 tỷ đồng."
    )
    day = dt.date(2026, 8, 14)
    assert _events(text) == [
        ("Trường THCS Lý Tự Trọng", "inaugurated", day), ("Nhà thi đấu tỉnh Kon Tum", "inaugurated", day)
    ]
    assert route_in_text(text, "31").fields["event"] == "inaugurated"
    # near miss: a head of counted kinds lists no works
    text = "Năm 2026, huyện khởi công 11 công trình. Trong đó: 4 công trình giao thông; 7 trường học."
    assert _events(text) == []


def test_items_under_a_head_without_a_verb_take_the_event_of_the_group_counted_before() -> None:
    # "gắn biển 4 công trình chào mừng Đại hội. Các công trình gồm: A (2,1 tỷ đồng); B (...)": in one paragraph, as
    # when the list opens the next one (was funding with no event)
    text = (
        "Ngày 6/6/2026, xã Yên Lạc khánh thành, gắn biển 4 công trình chào mừng Đại hội. Các công trình gồm: Nhà văn "
        "hóa thôn Nội (2,1 tỷ đồng); Trường Mầm non Yên Lạc (9 tỷ đồng)."
    )
    day = dt.date(2026, 6, 6)
    assert _events(text) == [
        ("Nhà văn hóa thôn Nội", "inaugurated", day), ("Trường Mầm non Yên Lạc", "inaugurated", day)
    ]
    assert route_in_text(text, "2,1").fields["event"] == "inaugurated"
    # near miss: a head that gives the works capital says its own news, no event
    text = (
        "Năm 2026, xã Yên Lạc bố trí vốn cho 4 công trình. Các công trình gồm: Nhà văn hóa thôn Nội (2,1 tỷ đồng); "
        "Trường Mầm non Yên Lạc (9 tỷ đồng)."
    )
    assert route_in_text(text, "2,1").fields["event"] == "funding"


def test_the_amount_a_disbursement_is_out_of_named_as_allotted_is_the_plan() -> None:
    # "giải ngân N tỷ đồng trên tổng số M tỷ đồng vốn được giao": M is the capital allotted (was disbursed); so in
    # millions with no currency word, the scale word ending the amount ("540 triệu trên tổng số 900 triệu vốn")
    for text, part, whole in (
        ("Đến hết tháng 9/2026, dự án cầu Mỹ Lợi đã giải ngân 410 tỷ đồng trên tổng số 575 tỷ đồng vốn được giao.",
         "410", "575"),
        ("Nhà văn hóa thôn Đông, xã Vĩnh Hưng đã giải ngân 540 triệu trên tổng số 900 triệu vốn được phân bổ.",
         "540", "900"),
    ):
        assert route_in_text(text, part).fields["measure"] == "disbursed"
        assert route_in_text(text, whole).fields["measure"] == "plan"
    # near miss: an amount after "trên tổng số" with no allotment after it keeps its reading
    text = "Đến hết tháng 9/2026, dự án cầu Mỹ Lợi đã giải ngân 410 tỷ đồng trên tổng số 575 tỷ đồng."
    assert route_in_text(text, "575").fields["measure"] == "disbursed"


def test_a_part_named_again_after_a_part_is_named_with_the_whole() -> None:
    # "Dự án thành phần 2 cao tốc X ... Dự án thành phần 1 dài 57 km, tổng mức đầu tư ...": the whole after the
    # part's number (was "Dự án thành phần 1 thành phần 2 cao tốc X")
    text = (
        "Tỉnh kiểm tra Dự án thành phần 2 cao tốc Hà Tiên - Rạch Giá. Dự án thành phần 1 dài 45 km, tổng mức đầu "
        "tư 7.300 tỷ đồng."
    )
    assert route_in_text(text, "7.300").fields["project_name"] == "Dự án thành phần 1 cao tốc Hà Tiên - Rạch Giá"
    text = text.replace("thành phần 2", "thành phần 1")
    assert route_in_text(text, "7.300").fields["project_name"] == "Dự án thành phần 1 cao tốc Hà Tiên - Rạch Giá"
    # near miss: a whole named before keeps its own name after the part's
    text = "Tỉnh kiểm tra dự án cao tốc Hà Tiên - Rạch Giá. Dự án thành phần 1 dài 45 km, tổng mức đầu tư 7.300 tỷ."
    assert route_in_text(text, "7.300").fields["project_name"] == "Dự án thành phần 1 cao tốc Hà Tiên - Rạch Giá"


def test_the_route_a_named_work_stands_on_is_no_part_of_its_name() -> None:
    # "cầu X trên tuyến Quốc lộ 57", "cầu Y trên sông Z": where the named work is (was kept in the name)
    assert _events("Sáng 9/2/2027, tỉnh khánh thành cầu Hàm Luông 2 trên tuyến Quốc lộ 57.") == [
        ("cầu Hàm Luông 2", "inaugurated", dt.date(2027, 2, 9))
    ]
    assert _events("Sáng 9/2/2027, tỉnh khởi công cầu Phước Khánh trên sông Lòng Tàu.")[0][0] == "cầu Phước Khánh"
    # near miss: a work named only by its route keeps it
    got = _events("Sáng 9/2/2027, tỉnh khởi công dự án sửa chữa cầu yếu trên Quốc lộ 30.")
    assert got == [("sửa chữa cầu yếu trên Quốc lộ 30", "started", dt.date(2027, 2, 9))]


def test_a_resettlement_area_named_with_the_capitalised_project_it_serves() -> None:
    # "Khu tái định cư X phục vụ Dự án cao tốc Y": the project served closes the name (the name had stopped on
    # "phục vụ", a second mention opening at "Dự án")
    text = "Ngày 4/4/2026, huyện khởi công Khu tái định cư xã Tân Hòa phục vụ Dự án cao tốc Mỹ An - Cao Lãnh, 8 ha."
    assert _events(text) == [
        ("Khu tái định cư xã Tân Hòa phục vụ Dự án cao tốc Mỹ An - Cao Lãnh", "started", dt.date(2026, 4, 4))
    ]
    # near miss: a capitalised "Dự án" after a name without "phục vụ" is a second mention
    text = "Ngày 4/4/2026, huyện khởi công Khu tái định cư xã Tân Hòa Dự án cao tốc Mỹ An - Cao Lãnh dài 26 km."
    assert _events(text)[0][0] == "Khu tái định cư xã Tân Hòa"


def test_a_packages_value_after_a_comma_is_its_price() -> None:
    # "Gói thầu dài 18 km, giá trị 960 tỷ đồng": the package named before, its value (was an indicator)
    text = (
        "Ngày 2/3/2027, nhà thầu hoàn thành Gói thầu XL-05 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu. Gói thầu dài "
        "18 km, giá trị 960 tỷ đồng."
    )
    got = route_in_text(text, "960")
    assert got.table == "projects" and got.fields["measure"] == "total_investment"
    # near miss: the value of goods sold is no work's price
    assert route_in_text("Năm 2027, tỉnh xuất khẩu 18.000 tấn cà phê, giá trị 96 triệu USD.", "96") is None


def test_a_day_written_with_dashes_and_its_year_dates_the_event() -> None:
    # "Chiều 21-3-2027, xã khánh thành ...": the papers' dashes (had no day)
    got = _events("Chiều 21-3-2027, UBND xã Tân Thành khánh thành cầu Bến Đình.")
    assert got == [("cầu Bến Đình", "inaugurated", dt.date(2027, 3, 21))]
    # near miss: two separators that differ are no date
    assert _events("Chiều 21-3.2027, UBND xã Tân Thành khánh thành cầu Bến Đình.")[0][2] is None


def test_a_routes_end_with_its_province_in_brackets_goes_on_to_the_other_end() -> None:
    # "cao tốc A (Tỉnh 1) - B (Tỉnh 2)": the route's ends (the name had stopped at the first bracket)
    text = "Ngày 9/6/2026, Quốc hội phê duyệt chủ trương đầu tư Dự án cao tốc Mộc Bài (Tây Ninh) - Bến Lức (Long An)."
    assert _events(text) == [("cao tốc Mộc Bài (Tây Ninh) - Bến Lức", "approved", dt.date(2026, 6, 9))]
    # near miss: a paper's tag in capitals after a work is no end of a route
    text = "Ngày 9/6/2026, tỉnh khánh thành cầu Mỹ Thuận 3 (TTXVN) - Tỉnh cũng khởi công đường D5."
    assert _events(text)[0][0] == "cầu Mỹ Thuận 3"


def test_a_waste_to_power_plants_name_holds_phat_dien() -> None:
    # "Nhà máy xử lý rác thải phát điện X": what the plant makes, part of its name (the name had stopped there)
    text = "Dự án Nhà máy xử lý rác thải phát điện Tây Bắc được khởi công tháng 4/2026, tổng mức đầu tư 4.100 tỷ đồng."
    assert route_in_text(text, "4.100").fields["project_name"] == "Nhà máy xử lý rác thải phát điện Tây Bắc"
    # near miss: a wind farm that "phát điện" is producing, a predicate
    got = _events("Ngày 3/5/2026, Nhà máy điện gió Phong Liệu phát điện thương mại.")
    assert got[0][0] == "Nhà máy điện gió Phong Liệu"


def test_a_district_and_its_province_in_brackets_are_no_part_of_the_name() -> None:
    # "Dự án X (huyện A, Tỉnh)": where the work is (the row's name had kept the bracket)
    got = _events("Sáng 8/8/2026, tỉnh khởi công Dự án kè sông Hiếu (huyện Cam Lộ, Quảng Trị).")
    assert got == [("kè sông Hiếu", "started", dt.date(2026, 8, 8))]
    # near miss: a bracket that is no place stays
    got = _events("Sáng 8/8/2026, tỉnh khởi công Dự án kè sông Hiếu (giai đoạn 2).")
    assert got == [("kè sông Hiếu (giai đoạn 2)", "started", dt.date(2026, 8, 8))]


def test_item_lines_under_a_project_line_give_its_price_and_its_sources() -> None:
    # "Dự án X theo hình thức PPP:" then "- Tổng mức đầu tư: N" and "- Vốn nhà nước tham gia: M": the project's
    # (both were indicators)
    head = "Dự án cao tốc Hòa Liên - Túy Loan theo hình thức PPP:\n"
    total = route_in_text("- Tổng mức đầu tư: 3.780 tỷ đồng.", "3.780", preceding=head)
    assert total.fields == {
        "project_name": "cao tốc Hòa Liên - Túy Loan", "event": "funding", "event_date": None,
        "measure": "total_investment",
    }
    before = head + "- Tổng mức đầu tư: 3.780 tỷ.\n"
    share = route_in_text("- Vốn nhà nước tham gia: 1.600 tỷ đồng.", "1.600", preceding=before)
    assert share.fields["measure"] == "total_investment"
    # near miss: an item of no project's list stays out of the projects
    before = "Năm 2026, thành phố đạt nhiều kết quả:\n- Thu ngân sách 3.780 tỷ.\n"
    assert route_in_text("- Vốn nhà nước tham gia: 1.600 tỷ đồng.", "1.600", preceding=before) is None


def test_projects_counted_as_licensed_anew_are_each_approved() -> None:
    # "cấp phép mới 3 dự án FDI: dự án A (vốn ...) và dự án B (...)": each licensed (were in_progress)
    text = (
        "Trong quý II/2027, tỉnh Quảng Trị cấp phép mới 2 dự án FDI: dự án Nhà máy gỗ Nam Đông Hà (vốn 40 triệu USD) "
        "và dự án Nhà máy sợi Quán Ngang (vốn 65 triệu USD)."
    )
    assert [(name, event) for name, event, _ in _events(text)] == [
        ("Nhà máy gỗ Nam Đông Hà", "approved"), ("Nhà máy sợi Quán Ngang", "approved")
    ]
    assert route_in_text(text, "65").fields["event"] == "approved"
    # near miss: licences taken back give no approval
    text = text.replace("cấp phép mới", "thu hồi cấp phép")
    assert all(event != "approved" for _, event, _ in _events(text))


def test_a_name_in_single_quotes_is_read_without_them() -> None:
    # "dự án ‘Nâng cấp Quốc lộ 40B đoạn Km10 - Km32’": the title between single quotes (the quotes were in the name)
    text = "Sáng 4/6/2026, Bộ Xây dựng khởi công dự án ‘Nâng cấp Quốc lộ 40B đoạn Km10 - Km32’ tại xã Trà My."
    assert _events(text) == [("Nâng cấp Quốc lộ 40B đoạn Km10 - Km32", "started", dt.date(2026, 6, 4))]
    # near miss: an apostrophe inside a name closes nothing
    text = "Sáng 4/6/2026, tỉnh khởi công dự án Hồ chứa nước Ea H’leo 3 với tổng vốn 300 tỷ đồng."
    assert _events(text) == [("Hồ chứa nước Ea H’leo 3", "started", dt.date(2026, 6, 4))]


def test_after_the_merger_ends_a_name() -> None:
    # "Khánh thành Trường Tiểu học xã X sau sáp nhập": when, no part of the name (it was)
    assert _events("Khánh thành Trường Mầm non xã Nậm Cuổi sau sáp nhập")[0][0] == "Trường Mầm non xã Nậm Cuổi"
    # near miss: "sau" opening a name's own words stays ("Khu tái định cư Sau Núi")
    assert _events("Khánh thành Khu tái định cư Sau Núi ngày 2/9/2026")[0][0] == "Khu tái định cư Sau Núi"


def test_a_total_after_the_works_a_count_lists_with_la_is_the_groups() -> None:
    # "khởi công 2 công trình là A và B, tổng vốn N": the counted group's total (was the last work's price)
    text = (
        "Ngày 7/4/2026, xã Bình Ca khởi công 2 công trình là Trường Tiểu học Bình Ca và cầu treo thôn Khuôn Rẽ, "
        "tổng vốn 11,2 tỷ đồng."
    )
    got = route_in_text(text, "11,2").fields
    assert (got["project_name"], got["event"], got["measure"]) == ("2 công trình", "started", "total_investment")
    # near miss: a count that is not the number of works listed keeps the last work's
    text = text.replace("2 công trình", "5 công trình")
    assert route_in_text(text, "11,2").fields["project_name"] == "cầu treo thôn Khuôn Rẽ"


def test_inaugurated_and_handed_over_for_use_is_the_ceremony() -> None:
    # "khánh thành, bàn giao đưa vào sử dụng Trường X": the inauguration (was completed)
    text = "Sáng 2/9/2026, UBND phường khánh thành, bàn giao đưa vào sử dụng Trường Mầm non Sao Mai."
    assert _events(text) == [("Trường Mầm non Sao Mai", "inaugurated", dt.date(2026, 9, 2))]
    # near miss: a hand-over alone is the work completed
    text = "Sáng 2/9/2026, UBND phường bàn giao đưa vào sử dụng Trường Mầm non Sao Mai."
    assert _events(text) == [("Trường Mầm non Sao Mai", "completed", dt.date(2026, 9, 2))]


def test_the_money_a_project_uses_ends_its_name() -> None:
    # "dự án Cấp nước X sử dụng vốn vay ODA": the loan it uses (was in the name)
    text = "Ngày 8/5/2026, tỉnh phê duyệt dự án Thoát nước đô thị Sóc Trăng sử dụng vốn vay ODA của Nhật Bản."
    assert _events(text) == [("Thoát nước đô thị Sóc Trăng", "approved", dt.date(2026, 5, 8))]
    # near miss: "sử dụng" with no money after it stays in the name
    text = "Ngày 8/5/2026, tỉnh phê duyệt dự án Nâng cao hiệu quả sử dụng đất Sóc Trăng."
    assert _events(text)[0][0] == "Nâng cao hiệu quả sử dụng đất Sóc Trăng"


def test_a_history_told_by_month_and_by_opening_to_traffic() -> None:
    # "Cầu có ..., khởi công tháng 3/2024, thông xe ngày 30/4/2026": each step on its day (the start had taken the
    # opening's day, the opening had no row)
    text = (
        "Ngày 2/5/2026, công trình cầu Phú Mỹ 2 được gắn biển chào mừng Đại hội. Cầu có tổng mức đầu tư 930 tỷ "
        "đồng, khởi công tháng 3/2024, thông xe ngày 30/4/2026."
    )
    got = _events(text)[1:]
    assert got == [
        ("cầu Phú Mỹ 2", "started", dt.date(2024, 3, 1)), ("cầu Phú Mỹ 2", "completed", dt.date(2026, 4, 30))
    ]
    # near miss: one step alone is no history
    got = _events("Cầu Phú Mỹ 2 khởi công tháng 3/2024 với tổng mức đầu tư 930 tỷ đồng.")
    assert got == [("Cầu Phú Mỹ 2", "started", dt.date(2024, 3, 1))]


def test_a_price_raised_after_an_adjustment_is_the_projects() -> None:
    # "Sau điều chỉnh, tổng mức đầu tư của dự án tăng lên N": the project named before (was an indicator)
    text = (
        "Dự án đường ven biển Quảng Yên được phê duyệt năm 2021 với tổng mức đầu tư 2.900 tỷ đồng. Sau điều chỉnh, "
        "tổng mức đầu tư của dự án tăng lên 3.650 tỷ đồng."
    )
    got = route_in_text(text, "3.650").fields
    assert (got["project_name"], got["measure"]) == ("đường ven biển Quảng Yên", "total_investment")
    # near miss: the area's investment after "Hiện nay," is no work's
    text = "Năm 2026, tỉnh khởi công cầu Bạch Đằng 3. Hiện nay, tổng vốn đầu tư toàn xã hội đạt 3.650 tỷ đồng."
    assert route_in_text(text, "3.650") is None


def test_a_junctions_work_is_named_by_the_junction() -> None:
    # "hầm chui tại nút giao A - B chính thức thông xe": the underpass named by its junction (was no row)
    text = "Chiều 30/4/2026, hầm chui tại nút giao Trần Phú - Hùng Vương chính thức thông xe."
    assert _events(text) == [("hầm chui tại nút giao Trần Phú - Hùng Vương", "completed", dt.date(2026, 4, 30))]
    # near miss: a junction not named by a proper name names no work
    assert _events("Chiều 30/4/2026, cầu vượt tại nút giao thông trọng điểm đã thông xe.") == []


def test_a_date_fronted_without_its_comma_is_no_count_of_works() -> None:
    # "ngày D/M/YYYY công trình X đã hoàn thành": the year before "công trình" read as a count of works (was no row)
    text = "Sau gần 8 tháng thi công, ngày 15/11/2024 công trình Trường liên cấp tiểu học và THCS Pá Lau đã hoàn thành."
    assert _events(text) == [("Trường liên cấp tiểu học và THCS Pá Lau", "completed", dt.date(2024, 11, 15))]
    # near miss: a real count of works names none
    assert _events("Đến nay, toàn tỉnh có 2024 công trình thủy lợi nhỏ đã hoàn thành.") == []


def test_works_counted_after_hoan_thanh_are_what_was_finished() -> None:
    # "đã hoàn thành 3 cầu dân sinh gồm: cầu A (xã X), cầu B và cầu C": the number after the verb counts the works
    # done (were in_progress)
    text = (
        "Năm 2023, tỉnh Lai Châu đã hoàn thành 3 cầu dân sinh gồm: cầu Nậm Cuổi (xã Ka Lăng), cầu Pa Tần và "
        "cầu Hua Bum."
    )
    assert [e[:2] for e in _events(text)] == [
        ("cầu Nậm Cuổi", "completed"), ("cầu Pa Tần", "completed"), ("cầu Hua Bum", "completed")
    ]
    # near miss: a share of the plan after the verb is no count of works
    assert _events("Cầu Nậm Cuổi đã hoàn thành 70% khối lượng.") == [("Cầu Nậm Cuổi", "in_progress", None)]


def test_a_record_line_under_a_project_gives_its_step_and_day() -> None:
    # "Dự án X:" then "- Khởi công: ngày D/M/YYYY.": the project named before started on that day (was no row)
    got = find_project_events("- Khởi công: ngày 12/6/2024.", last_name="Đường ven biển Cửa Việt - Cửa Tùng")
    assert [(e.name, e.event, e.date) for e in got] == [
        ("Đường ven biển Cửa Việt - Cửa Tùng", "started", dt.date(2024, 6, 12))
    ]
    # near miss: the planned step of the record is no event row
    assert find_project_events("- Dự kiến hoàn thành: năm 2027.", last_name="Đường ven biển Cửa Việt - Cửa Tùng") == ()


def test_a_bulleted_items_money_takes_the_event_of_the_head_line() -> None:
    # "khởi công 2 công trình:" then "- Cầu X (vốn N);": the item's price is of a work started (was funding)
    head = "Sáng 2/4/2026, UBND tỉnh Lâm Đồng khởi công 2 công trình:\n- Hồ chứa nước Ka Pét (vốn 610 tỷ đồng);\n"
    got = route_in_text("- Đường tránh Di Linh (vốn 350 tỷ đồng).", "350", preceding=head).fields
    assert (got["project_name"], got["event"]) == ("Đường tránh Di Linh", "started")
    # near miss: a head that says no event leaves the item's price funding
    head = "UBND tỉnh Lâm Đồng rà soát 2 công trình:\n- Hồ chứa nước Ka Pét (vốn 610 tỷ đồng);\n"
    got = route_in_text("- Đường tránh Di Linh (vốn 350 tỷ đồng).", "350", preceding=head).fields
    assert (got["project_name"], got["event"]) == ("Đường tránh Di Linh", "funding")


def test_the_work_named_before_owns_its_money_by_its_row_name() -> None:
    # "khởi công Trường X tại phường Y. Tổng vốn đầu tư N": the money's work is named as its event row names it,
    # without the place after "tại" (the money row kept "tại phường Y", a second name for one work)
    text = (
        "Ngày 5/9/2024, tỉnh Cà Mau khởi công Trường THCS Tân Thành (cơ sở 2) tại phường Tân Xuyên, quy mô 24 phòng "
        "học. Tổng vốn đầu tư 98 tỷ đồng."
    )
    assert route_in_text(text, "98").fields["project_name"] == "Trường THCS Tân Thành (cơ sở 2)"
    # near miss: a work without a name of its own keeps its place, which names it
    text = "Ngày 5/9/2024, tỉnh khởi công dự án nhà ở xã hội tại phường Tân Xuyên. Tổng vốn đầu tư 98 tỷ đồng."
    assert route_in_text(text, "98").fields["project_name"] == "nhà ở xã hội tại phường Tân Xuyên"


def test_the_industrial_zone_after_tai_is_a_plants_place() -> None:
    # "dự án Nhà máy X tại KCN Y": after a name of its own, the zone says where the plant is (was kept in the name)
    text = "Ngày 3/7/2025, tỉnh Bắc Ninh khởi công dự án Nhà máy linh kiện Goertek tại KCN Quế Võ 2."
    assert _events(text)[0][:2] == ("Nhà máy linh kiện Goertek", "started")
    # near miss: a work without a name of its own is named by the zone it is built in
    text = "Ngày 3/7/2025, tỉnh Bắc Ninh khởi công dự án nhà ở công nhân tại KCN Quế Võ 2."
    assert _events(text)[0][:2] == ("nhà ở công nhân tại KCN Quế Võ 2", "started")


def test_two_packages_joined_before_their_project_are_two_works() -> None:
    # "khởi công Gói thầu số 4 và Gói thầu số 5 thuộc Dự án X": each package its own row (were one name with "và")
    text = (
        "Sáng 8/3/2026, Bộ Xây dựng khởi công Gói thầu số 4 và Gói thầu số 5 thuộc Dự án cao tốc Quảng Ngãi - Kon Tum."
    )
    got = [e for e in _events(text) if e[0].startswith("Gói")]
    day = dt.date(2026, 3, 8)
    assert got == [
        ("Gói thầu số 4 thuộc Dự án cao tốc Quảng Ngãi - Kon Tum", "started", day),
        ("Gói thầu số 5 thuộc Dự án cao tốc Quảng Ngãi - Kon Tum", "started", day),
    ]
    # near miss: one package keeps its one name
    text = "Sáng 8/3/2026, Bộ Xây dựng khởi công Gói thầu số 4 thuộc Dự án cao tốc Quảng Ngãi - Kon Tum."
    assert [e[0] for e in _events(text) if e[0].startswith("Gói")] == [
        "Gói thầu số 4 thuộc Dự án cao tốc Quảng Ngãi - Kon Tum"
    ]


def test_a_count_of_packages_in_words_with_their_total_value_is_the_groups_price() -> None:
    # "Hai gói thầu có tổng giá trị N": the counted packages' price (was an indicator: "có tổng giá trị" was no
    # money word of a work)
    text = (
        "Ngày 6/5/2026, tỉnh Ninh Bình khởi công Dự án đường trục Bắc - Nam đoạn Gia Viễn - Nho Quan. "
        "Ba gói thầu có tổng giá trị 860 tỷ đồng."
    )
    got = route_in_text(text, "860").fields
    assert (got["project_name"], got["measure"]) == ("Ba gói thầu", "total_investment")
    # near miss: contracts signed are no works, their value no price
    text = "Năm 2026, Sở Công Thương tỉnh Ninh Bình ký 14 hợp đồng có tổng giá trị 860 tỷ đồng."
    assert route_in_text(text, "860") is None


def test_a_named_street_between_commas_in_a_list_of_works_is_an_item() -> None:
    # "khánh thành Trường A, đường B và cầu C": the street in the middle of the list is a work (was dropped)
    text = "Sáng 3/2/2027, thị xã Kỳ Anh khánh thành Nhà văn hóa tổ dân phố 4, đường Phan Đình Phùng và cầu Khe Lau."
    day = dt.date(2027, 2, 3)
    assert _events(text) == [
        ("Nhà văn hóa tổ dân phố 4", "inaugurated", day),
        ("đường Phan Đình Phùng", "inaugurated", day),
        ("cầu Khe Lau", "inaugurated", day),
    ]
    text = "Năm 2027, thị xã hoàn thành các công trình: đường Hà Huy Tập, đường Trần Phú và kè sông Trí."
    assert [e[0] for e in _events(text)] == ["đường Hà Huy Tập", "đường Trần Phú", "kè sông Trí"]
    # near miss: a street then a ward after a work is that work's address, no item
    text = "Sáng 3/2/2027, thị xã khánh thành Nhà văn hóa tổ dân phố 4, đường Phan Đình Phùng, phường Hưng Trí."
    assert [e[0] for e in _events(text)] == ["Nhà văn hóa tổ dân phố 4"]
    # near miss: streets of a crossing, after no work named, are where a work stands
    text = "Khu đô thị Bắc Hà nằm tại giao lộ đường Lê Duẩn, đường Trần Phú và cầu Sông Trí."
    assert "đường Trần Phú" not in [e[0] for e in _events(text)]


def test_a_project_taken_back_right_after_thu_hoi_is_withdrawn() -> None:
    # "quyết định thu hồi dự án X": the project withdrawn, no event (was in_progress: the table's "thu hồi dự án"
    # never met the mention, which opens on "dự án")
    text = "Tháng 5/2026, UBND tỉnh Gia Lai quyết định thu hồi dự án Trang trại bò sữa Ia Pết của Công ty TNHH Đông Á."
    assert _rows(text) == []
    # near miss: land taken back for a project leaves the works under way
    text = "Tháng 5/2026, huyện thu hồi đất để thực hiện dự án Trang trại bò sữa Ia Pết."
    assert _events(text) == [("Trang trại bò sữa Ia Pết", "in_progress", None)]


def test_works_built_to_the_end_with_xong_are_completed() -> None:
    # "đã xây dựng xong X", "X đã thi công xong": the work finished, as "hoàn thành" (was in_progress)
    text = "Năm 2026, huyện Đức Thọ đã xây dựng xong Khu tái định cư xã Đức Lạng."
    assert _events(text) == [("Khu tái định cư xã Đức Lạng", "completed", None)]
    assert _events("Cầu Trường Sơn đã thi công xong vào tháng 4.")[0][:2] == ("Cầu Trường Sơn", "completed")
    # near miss: a finish planned ahead is still works under way
    got = _events("Cầu Trường Sơn dự kiến thi công xong vào tháng 12/2027.")
    assert got[0][:2] == ("Cầu Trường Sơn", "in_progress")


def test_a_zone_lettered_after_its_name_is_a_plants_place() -> None:
    # "dự án Nhà máy X tại Khu công nghiệp Y II-C": the zone with its lettered phase says where the plant is (was
    # kept in the name: the zone's name ended on a code the place's words did not read)
    text = (
        "Ngày 9/6/2026, tỉnh Hải Dương trao giấy chứng nhận đăng ký đầu tư cho dự án Nhà máy Minh Trí tại KCN Phúc "
        "Điền II-B."
    )
    assert _events(text)[0][:2] == ("Nhà máy Minh Trí", "approved")
    # near miss: a work without a name of its own is named by its zone, code and all
    text = "Ngày 9/6/2026, tỉnh khởi công dự án nhà ở công nhân tại KCN Phúc Điền II-B."
    assert _events(text)[0][0] == "nhà ở công nhân tại KCN Phúc Điền II-B"


def test_a_datelines_province_in_brackets_ends_a_headlines_name() -> None:
    # "Khánh thành nhà máy X" over "(Quảng Ngãi) - Ngày D, ...": the lead's dateline is no end of a route (the name
    # took "(Quảng Ngãi) -")
    text = "Khánh thành Nhà máy thủy điện Sơn Trà 1B\n(Quảng Ngãi) - Ngày 14/1/2026, tỉnh khánh thành nhà máy."
    assert _events(text)[0][:2] == ("Nhà máy thủy điện Sơn Trà 1B", "inaugurated")
    text = "Khởi công Trường THCS Lê Lợi (Kon Tum) - Sáng nay 6/1, tỉnh khởi công trường."
    assert _events(text)[0][:2] == ("Trường THCS Lê Lợi", "started")
    # near miss: a route's end with its province in brackets goes on to the other end
    text = "Ngày 14/1/2026, Bộ Xây dựng thông xe cao tốc Gia Nghĩa (Lâm Đồng) - Chơn Thành."
    assert _events(text)[0][0] == "cao tốc Gia Nghĩa (Lâm Đồng) - Chơn Thành"


def test_the_lines_of_a_projects_record_go_on_about_the_work_named_above() -> None:
    # "2. Dự án: X" / "- Chủ đầu tư: ..." / "- Tổng mức đầu tư: N": the owner's line between leaves the money the
    # work's (was an indicator), and the record's disbursement line is the work's too (was public investment)
    head = "3. Dự án: Nhà văn hóa trung tâm xã Ea Tul\n- Chủ đầu tư: UBND xã Ea Tul.\n- Địa điểm: thôn 4.\n"
    got = route_in_text("- Tổng mức đầu tư: 7,8 tỷ đồng.", "7,8", preceding=head).fields
    assert (got["project_name"], got["measure"]) == ("Nhà văn hóa trung tâm xã Ea Tul", "total_investment")
    head += "- Tổng mức đầu tư: 7,8 tỷ đồng.\n"
    got = route_in_text("- Giải ngân: 3,1 tỷ đồng.", "3,1", preceding=head).fields
    assert (got["project_name"], got["measure"]) == ("Nhà văn hóa trung tâm xã Ea Tul", "disbursed")
    # near miss: under a heading of the area's public capital, a disbursement line is the budget's
    head = "Dự án Nhà văn hóa trung tâm xã Ea Tul đang thi công.\n3. Vốn đầu tư công\n- Kế hoạch: 95 tỷ đồng.\n"
    got = route_in_text("- Giải ngân: 3,1 tỷ đồng.", "3,1", preceding=head)
    assert got is None or got.table != "projects"


def test_capital_added_then_the_new_total_after_an_adjustment() -> None:
    # "tăng vốn thêm N, lên M": M is the project's new price (was no row); "vốn đầu tư của dự án tăng thêm N": N is
    # the capital added, no price (was the total investment)
    text = "Dự án Nhà máy Pou Chen Long An được điều chỉnh tăng vốn thêm 150 triệu USD, lên 720 triệu USD."
    got = route_in_text(text, "720").fields
    assert (got["project_name"], got["measure"]) == ("Nhà máy Pou Chen Long An", "total_investment")
    assert _not_a_project(text, "150")
    text = (
        "Ngày 4/8/2026, tỉnh trao quyết định điều chỉnh chủ trương đầu tư cho dự án Nhà máy Pou Chen Long An. "
        "Theo đó, vốn đầu tư của dự án tăng thêm 150 triệu USD."
    )
    assert _not_a_project(text, "150")
    # near miss: a price said after the project's capital with no change is its price
    text = text.replace("tăng thêm", "là")
    assert route_in_text(text, "150").fields["measure"] == "total_investment"


def test_a_work_handed_over_right_after_ban_giao_is_completed() -> None:
    # "tổ chức lễ bàn giao công trình Trường X": the finished work handed over (was in_progress)
    text = "Ngày 12/10/2026, Báo Tuổi Trẻ tổ chức lễ bàn giao công trình Điểm trường Mầm non Pả Vi Hạ."
    assert _events(text) == [("Điểm trường Mầm non Pả Vi Hạ", "completed", dt.date(2026, 10, 12))]
    # near miss: the site handed over for a project is a step before its works
    text = "Ngày 12/10/2026, xã bàn giao mặt bằng dự án Điểm trường Mầm non Pả Vi Hạ."
    assert _events(text)[0][1] != "completed"


def test_the_investor_recognised_for_a_project_approves_it() -> None:
    # "công nhận Công ty X là nhà đầu tư thực hiện dự án Y": the investor approved, the project approved (was no
    # event)
    text = (
        "Ngày 2/6/2026, UBND tỉnh Hưng Yên công nhận Công ty CP Ecopark là nhà đầu tư thực hiện dự án Khu đô thị "
        "Phố Nối."
    )
    assert _events(text) == [("Khu đô thị Phố Nối", "approved", dt.date(2026, 6, 2))]
    # near miss: an investor not yet recognised gives no approval
    text = "Đến nay, UBND tỉnh Hưng Yên chưa công nhận nhà đầu tư thực hiện dự án Khu đô thị Phố Nối."
    assert all(e[1] != "approved" for e in _events(text))


def test_works_halted_from_a_month_did_not_start_then() -> None:
    # "dự án X đã phải tạm dừng thi công từ tháng 10/2024": the works halted that month (was started on its first day)
    text = "Dự án Hồ chứa nước Ea Khal đã phải tạm dừng thi công từ tháng 11/2025."
    assert all(e[1] != "started" for e in _events(text))
    # near miss: works carried out from a month began then
    text = "Dự án Hồ chứa nước Ea Khal được thi công từ tháng 11/2025."
    assert _events(text) == [("Hồ chứa nước Ea Khal", "started", dt.date(2025, 11, 1))]


def test_a_named_street_and_the_work_after_the_last_va_are_items_of_a_list_of_examples() -> None:
    # "Trong đó có các công trình tiêu biểu như: A, B, đường C nối dài và Khu D." under a ceremony's count: the
    # street and the last work are items too (both were dropped: the list's last part held them together)
    text = (
        "Tháng 9/2026, tỉnh Cao Bằng đã khánh thành 9 công trình. Trong đó có các công trình tiêu biểu như: Cầu "
        "Bằng Giang 2, Trường THCS Hợp Giang, đường Kim Đồng nối dài và Khu tái định cư Đề Thám."
    )
    names = [e[0] for e in _events(text) if e[1] == "inaugurated"]
    assert names == ["Cầu Bằng Giang 2", "Trường THCS Hợp Giang", "đường Kim Đồng nối dài", "Khu tái định cư Đề Thám"]
    # near miss: "và" inside one work's name splits nothing
    text = (
        "Tháng 9/2026, tỉnh Cao Bằng khánh thành các công trình như: Cầu Bằng Giang 2, Trường Tiểu học và THCS Đề "
        "Thám."
    )
    assert [e[0] for e in _events(text)] == ["Cầu Bằng Giang 2", "Trường Tiểu học và THCS Đề Thám"]


def test_a_project_singled_out_with_dang_chu_y_co_after_both_papers_is_approved() -> None:
    # "trao quyết định chủ trương đầu tư và Giấy chứng nhận đăng ký đầu tư cho 12 dự án. Trong đó, đáng chú ý có dự
    # án X": the group both papers approve, the work singled out of it approved (was in_progress)
    text = (
        "Ngày 9/10/2026, tỉnh Quảng Ninh trao quyết định chủ trương đầu tư và Giấy chứng nhận đăng ký đầu tư cho 12 dự "
        "án. Trong đó, đáng chú ý có dự án Nhà máy sợi Texhong Hải Hà 3 với vốn 250 triệu USD."
    )
    assert _events(text) == [("Nhà máy sợi Texhong Hải Hà 3", "approved", dt.date(2026, 10, 9))]
    # near miss: a group the sentence before started gives its event, not an approval
    text = text.replace("trao quyết định chủ trương đầu tư và Giấy chứng nhận đăng ký đầu tư cho", "khởi công")
    assert _events(text) == [("Nhà máy sợi Texhong Hải Hà 3", "started", dt.date(2026, 10, 9))]


def test_money_whose_own_sentence_refers_to_the_works_together_is_theirs() -> None:
    # "Tổng kinh phí đầu tư các công trình trên là N": the works named before, together (was the last of them)
    text = (
        "Ngày 2/9/2026, xã Nghĩa Lộ khánh thành các công trình: đường Nguyễn Quang Bích, cầu Suối Thia và kè suối "
        "Nậm Đông. Tổng kinh phí đầu tư các công trình trên là 64 tỷ đồng."
    )
    assert route_in_text(text, "64").fields["project_name"] == "các công trình trên"
    # near miss: the bare "công trình" is the last work named
    text = text.replace("các công trình trên", "công trình")
    assert route_in_text(text, "64").fields["project_name"] == "kè suối Nậm Đông"


def test_a_power_line_named_by_its_circuit_is_a_work_as_the_subject() -> None:
    # "Đường dây 500 kV mạch 3 ... đã đóng điện ngày D": the circuit's number names the line (was no row unless
    # the line was the verb's object)
    text = "Đường dây 500 kV mạch 3 đoạn Hà Tĩnh - Nghệ An đã đóng điện ngày 20/7/2026."
    assert _rows(text) == [("Đường dây 500 kV mạch 3 đoạn Hà Tĩnh - Nghệ An", "completed", dt.date(2026, 7, 20))]
    text = "Năm 2026, đường dây 220kV mạch 2 dài 64 km đã hoàn thành."
    assert _rows(text) == [("đường dây 220kV mạch 2", "completed", None)]
    # near miss: the line with no event said of it is no row; a circuit of no line is no work
    assert _rows("Đường dây 500 kV mạch 3 đoạn Hà Tĩnh - Nghệ An có 412 vị trí móng.") == []
    assert _rows("Hệ thống chiếu sáng mạch 2 đã hoàn thành.") == []


def test_a_place_before_the_merger_keeps_its_old_mark_in_the_name() -> None:
    # "đoạn qua tỉnh Hưng Yên (cũ)": the place as it was before the 2025 merger is part of the work's name (was cut
    # before the bracket)
    text = "Ngày 5/9/2025, tỉnh khởi công đường Vành đai 4 đoạn qua tỉnh Hải Dương (cũ) và cầu Thanh Hà."
    assert _rows(text) == [("đường Vành đai 4 đoạn qua tỉnh Hải Dương (cũ)", "started", dt.date(2025, 9, 5)),
                           ("cầu Thanh Hà", "started", dt.date(2025, 9, 5))]
    # near miss: a bracket that says what the place is now is no part of the name
    text = "Ngày 5/9/2025, xã khởi công Trường Mầm non Hòa Lạc (nay thuộc xã Hòa An)."
    assert _rows(text) == [("Trường Mầm non Hòa Lạc", "started", dt.date(2025, 9, 5))]


def test_the_package_left_of_those_told_owns_its_price() -> None:
    # "Dự án chia thành 3 gói thầu ... . Gói thầu còn lại trị giá 75 tỷ đồng": the package left (was an indicator)
    text = (
        "Dự án đường ven sông Trà Khúc chia thành 3 gói thầu. Hai gói thầu đã có nhà thầu. "
        "Gói thầu còn lại trị giá 75 tỷ đồng sẽ đấu thầu trong quý III/2027."
    )
    fields = _project_fields(text, "75")
    assert (fields["project_name"], fields["measure"]) == ("Gói thầu còn lại", "total_investment")
    # near miss: money left with no package told before is no package's
    assert _not_a_project("Năm 2027, số vốn còn lại 75 tỷ đồng chưa phân bổ.", "75")
    assert _not_a_project("Tỉnh đã giải ngân 300 tỷ đồng. Gói thầu còn lại trị giá 75 tỷ đồng.", "75")


def test_a_table_column_of_the_works_built_is_the_rows_progress() -> None:
    # "Khối lượng (%)": the share of the works built, the row's progress under way, as "đạt 60% khối lượng" in a
    # sentence (the gold reads a named work's physical progress as its plan_pct)
    text = (
        "Phụ lục: Tiến độ các công trình trọng điểm tỉnh Sơn La năm 2026\n\n"
        "STT\tTên công trình\tTổng mức đầu tư (tỷ đồng)\tKhối lượng (%)\tTỷ lệ giải ngân (%)\n"
        "1\tCầu Tạ Khoa mới\t410\t62\t48\n"
    )
    rows = [r for r in _document_projects(text) if r["project_name"] == "Cầu Tạ Khoa mới"]
    got = {(r["measure"], r["value"]) for r in rows}
    assert ("plan_pct", 48.0) in got and ("plan_pct", 62.0) in got
    assert {r["event"] for r in rows if r["value"] == 62.0} == {"in_progress"}
    # near miss: the column of the share of the money stays the row's plan_pct
    assert ("total_investment", 410e9) in got


def test_a_headline_price_after_von_is_no_part_of_the_name() -> None:
    # "Khởi công nhà máy X vốn 150 triệu USD": the price the headline gives, after "vốn" (was in the name)
    assert _rows("Bắc Ninh: Động thổ nhà máy sản xuất pin mặt trời vốn 210 triệu USD") == [
        ("nhà máy sản xuất pin mặt trời", "started", None)]
    assert _rows("Khởi công cầu Phước An 2 vốn hơn 90 tỷ đồng") == [("cầu Phước An 2", "started", None)]
    # near miss: the price said with "với tổng vốn" ended the name before and still does
    assert _rows("Khởi công cầu Phước An 2 với tổng vốn 90 tỷ đồng") == [("cầu Phước An 2", "started", None)]


def test_a_headline_amount_in_any_scale_word_of_the_table_ends_the_name() -> None:
    # "nhà máy X 12 vạn viên mỗi năm": "vạn" is a scale word as "nghìn" is (data/words/scale_words.csv); the amount
    # after the name is its size, no part of it (was in the name)
    assert _rows("Khởi công nhà máy gạch không nung Thạch Bàn 12 vạn viên mỗi năm") == [
        ("nhà máy gạch không nung Thạch Bàn", "started", None)]
    # near miss: the same size said in thousands ended the name before and still does
    assert _rows("Khởi công nhà máy gạch không nung Thạch Bàn 120 nghìn viên mỗi năm") == [
        ("nhà máy gạch không nung Thạch Bàn", "started", None)]


def test_inaugurated_and_handed_over_without_use_is_the_ceremony() -> None:
    # "khánh thành, bàn giao cầu X", "khánh thành và bàn giao Trường Y": the hand-over said alone (was completed)
    # (near miss: the hand-over alone stays the work completed)
    day = dt.date(2027, 1, 5)
    for verbs, name, event in (
        ("khánh thành, bàn giao", "cầu treo bản Pa Khà", "inaugurated"),
        ("khánh thành và bàn giao", "Nhà văn hóa thôn Khe Lụa", "inaugurated"),
        ("bàn giao", "cầu treo bản Pa Khà", "completed"),
    ):
        assert _events(f"Ngày 5/1/2027, đồn biên phòng {verbs} {name} cho nhân dân.") == [(name, event, day)]


def test_a_headline_work_handed_over_or_after_its_classifier_is_the_verbs_object() -> None:
    # "Bàn giao cầu dân sinh cho bà con", "Khánh thành cây cầu dân sinh": no proper name, yet the object of the
    # headline's verb (was no row)
    assert _events("Bàn giao cầu dân sinh cho bà con bản Mường") == [("cầu dân sinh", "completed", None)]
    assert _events("Khánh thành cây cầu dân sinh ở xã biên giới") == [
        ("cầu dân sinh ở xã biên giới", "inaugurated", None)
    ]
    assert _events("Thông xe con đường liên xã Pú Nhung") == [("đường liên xã Pú Nhung", "completed", None)]
    # near miss: the site handed over for works to come is no work finished
    assert not any(e.row for e in find_project_events("Huyện bàn giao mặt bằng đường tránh thị trấn cho nhà thầu."))


def test_a_work_named_by_its_numbered_village_is_named() -> None:
    # "Đường giao thông nông thôn ấp 3" (a table's row, its capital only the cell's): the hamlet's number names the
    # work as a proper name does (was no name)
    assert is_named("đường giao thông nông thôn ấp 3", quoted=False)
    assert is_named("nhà văn hóa tổ dân phố 12", quoted=False)
    # near miss: the kind of work for villages at large, or for several of them, names none
    assert not is_named("nhà văn hóa thôn", quoted=False)
    assert not is_named("đường giao thông các thôn 3, 4", quoted=False)


def test_a_project_licensed_is_approved() -> None:
    # "Tỉnh cấp phép dự án X", "cấp phép Dự án Y": the project itself licensed (was under way)
    for text in (
        "Hà Nam cấp phép dự án Nhà máy dệt nhuộm Lý Nhân vốn 80 triệu USD",
        "Tháng 3/2026, tỉnh đã cấp phép Dự án Khu nghỉ dưỡng Tam Chúc.",
    ):
        assert [event for _, event, _ in _rows(text)] == ["approved"], text
    # near miss: a licence asked for, refused, or for mining stays no approval
    for text in (
        "Công ty xin cấp phép dự án Nhà máy gạch Kim Bảng.",
        "Tỉnh không cấp phép dự án Nhà máy gạch Kim Bảng.",
        "Tỉnh cấp phép khai thác cho dự án Nhà máy gạch Kim Bảng.",
    ):
        assert [event for _, event, _ in _rows(text)] == ["in_progress"], text


def test_the_project_of_a_work_described_is_the_verbs_object() -> None:
    # "Khởi công dự án nhà máy sản xuất linh kiện 150 triệu USD", "cấp phép dự án nhà máy ...": a headline's work
    # described, not named, after "dự án" (was no row, its price the area's)
    text = "Vĩnh Phúc khởi công dự án nhà máy sản xuất linh kiện ô tô 95 triệu USD"
    assert _rows(text) == [("nhà máy sản xuất linh kiện ô tô", "started", None)]
    fields = _project_fields(text, "95")
    assert (fields["project_name"], fields["measure"]) == ("nhà máy sản xuất linh kiện ô tô", "total_investment")
    text = "Bắc Giang cấp phép dự án nhà máy sản xuất bo mạch 60 triệu USD"
    assert _rows(text) == [("nhà máy sản xuất bo mạch", "approved", None)]
    # near miss: a project of no work noun is still a kind, no name
    assert _rows("Vĩnh Phúc khởi công dự án sản xuất linh kiện ô tô 95 triệu USD") == []


def test_the_last_item_after_a_work_described_by_its_place_takes_the_lists_verb() -> None:
    # "khởi công Dự án A, ...; Dự án cầu B bắc qua sông X (vốn ...) và Dự án C": what the bridge spans before the
    # bracket is no verb of its own (C was under way)
    text = (
        "Ngày 2/9/2026, tỉnh khởi công Dự án đường tránh Phố Lu, tổng vốn 900 tỷ đồng; Dự án cầu Trịnh Tường bắc qua "
        "sông Hồng (vốn 250 tỷ đồng) và Dự án đường tỉnh 156 đoạn qua xã Bản Vược."
    )
    day = dt.date(2026, 9, 2)
    assert _rows(text)[-1] == ("đường tỉnh 156 đoạn qua xã Bản Vược", "started", day)
    # near miss: a verb of the last item's own is its event
    text = text.replace("Bản Vược.", "Bản Vược đang thi công.")
    assert _rows(text)[-1] == ("đường tỉnh 156 đoạn qua xã Bản Vược", "in_progress", None)


def test_the_time_since_the_start_is_no_start() -> None:
    # "lũy kế giải ngân từ khởi công đến nay": the time since the works began, no news of their start (was started)
    # (near miss: the start said of the work is its event)
    for said, want in (
        (": lũy kế giải ngân từ khởi công đến nay", "in_progress"),
        (" khởi công tháng 3/2026,", "started"),
    ):
        text = f"Công trình Kè bờ sông Mã đoạn qua bản Na Hào{said} 38,6 tỷ đồng."
        assert [event for _, event, _ in _rows(text)] == [want], text


def test_projects_given_new_licences_are_approved() -> None:
    # "cấp mới cho 5 dự án FDI, gồm: A; B", "cấp mới cho 3 dự án. Dự án A có vốn ...": new licences, the paper left
    # out (were under way, or no row)
    # (near miss: building permits given for a project are no approval of it)
    for said, events in (
        ("cấp mới cho 2 dự án FDI, gồm: Dự án Nhà máy bao bì Mỹ Phước; Dự án Nhà máy gỗ Tân Uyên.", ["approved"] * 2),
        ("cấp mới cho 2 dự án. Dự án Nhà máy bao bì Mỹ Phước có vốn 12 triệu USD.", ["approved"]),
        ("cấp mới 3 giấy phép xây dựng cho Dự án Nhà máy bao bì Mỹ Phước.", ["in_progress"]),
    ):
        assert [event for _, event, _ in _rows(f"Quý II/2026, tỉnh {said}")] == events, said


def test_the_described_work_of_a_project_approved_by_its_paper() -> None:
    # "chấp thuận chủ trương đầu tư dự án nhà máy chế biến ...", "trao giấy chứng nhận đăng ký đầu tư cho dự án nhà
    # máy ...": the work described after "dự án" is what the paper approves (was no row, its money no project's)
    for text in (
        "Tỉnh Long An chấp thuận chủ trương đầu tư dự án nhà máy chế biến trái cây với tổng vốn 320 tỷ đồng.",
        "Tỉnh Long An trao giấy chứng nhận đăng ký đầu tư cho dự án nhà máy chế biến trái cây, tổng vốn 320 tỷ đồng.",
    ):
        assert _rows(text) == [("nhà máy chế biến trái cây", "approved", None)], text
        assert _project_fields(text, "320")["measure"] == "total_investment"
    # near miss: a project of no work noun is a kind of business, no work
    assert _rows("Tỉnh Long An chấp thuận chủ trương đầu tư dự án chế biến trái cây với tổng vốn 320 tỷ đồng.") == []


def test_a_described_work_is_named_by_its_investor_in_brackets() -> None:
    # "dự án nhà máy chế biến gỗ (Công ty CP X)": the investor in brackets names the work, as "của Công ty X" does
    # (was no row)
    # (near miss: a work with a name of its own keeps it, the investor in brackets left out)
    for work, name in (
        ("nhà máy chế biến gỗ", "nhà máy chế biến gỗ (Công ty CP Lâm sản Yên Bái)"),
        ("Nhà máy gỗ Văn Yên", "Nhà máy gỗ Văn Yên"),
    ):
        text = f"Dự án {work} (Công ty CP Lâm sản Yên Bái) đang thi công, vốn 60 tỷ đồng."
        assert _rows(text) == [(name, "in_progress", None)]


def test_the_works_picked_out_after_a_comma_share_the_first_ones_event() -> None:
    # "Trong đó, nổi bật là Trường A (tổng mức đầu tư ...), Đường B (giai đoạn 1) và Cầu C": the items after the
    # first, parted by a comma before a capital name, are the same list's (were no rows)
    text = (
        "Năm 2020, tỉnh Lai Châu đã khánh thành 28 công trình. Trong đó, nổi bật là Trường THPT Mường Tè (tổng mức "
        "đầu tư 90 tỷ đồng), Đường nội thị Tân Uyên (giai đoạn 1) và Cầu Nậm Sì Lường 2."
    )
    assert [event for _, event, _ in _rows(text)] == ["inaugurated"] * 3
    # near miss: a lower-case work after the comma opens a clause of its own
    text = text.replace("Đường nội thị Tân Uyên (giai đoạn 1) và Cầu Nậm Sì Lường 2.", "đường nội thị X thì chưa.")
    assert [name for name, _, _ in _rows(text)] == ["Trường THPT Mường Tè"]


def test_a_season_an_area_or_a_shelter_of_a_hazard_is_no_damage() -> None:
    # "trước mùa mưa bão", "bà con vùng lũ", "Khu neo đậu tránh trú bão": the hazard names a season, an area or what
    # the work shelters from, no damage done to it (were no rows)
    for text, name, event in (
        ("Ngày 5/5/2024, tỉnh khởi công Dự án Khu neo đậu tránh trú bão Cửa Hội.", "Khu neo đậu tránh trú bão Cửa Hội",
         "started"),
        ("Trạm bơm Cổ Đam đang thi công, dự kiến xong trước mùa mưa bão năm 2025.", "Trạm bơm Cổ Đam", "in_progress"),
        ("Bàn giao cầu dân sinh cho bà con vùng lũ", "cầu dân sinh", "completed"),
    ):
        assert _rows(text) == [(name, event, None if event != "started" else dt.date(2024, 5, 5))], text
    # near miss: a storm or flood that damaged the work is damage still
    for text in ("Cơn bão số 3 làm hư hỏng cầu Cổ Đam.", "Lũ lớn làm sập cầu treo Cổ Đam."):
        assert _rows(text) == [], text


def test_a_delay_said_after_the_name_ends_it() -> None:
    # "Dự án Khu dân cư X bị chậm tiến độ", "bị vướng mặt bằng": the delay is a predicate, no part of the name (was
    # "... bị" in it)
    for said in ("bị chậm tiến độ so với kế hoạch.", "bị vướng mặt bằng."):
        assert [name for name, _, _ in _rows(f"Dự án Khu dân cư phía Bắc đường Lê Lợi {said}")] == [
            "Khu dân cư phía Bắc đường Lê Lợi"
        ], said
    # near miss: "thiết bị" is a word of the name
    assert _rows("Dự án Mua sắm thiết bị Bệnh viện Đa khoa tỉnh đang triển khai.")[0][0].startswith("Mua sắm thiết bị")


def test_what_a_named_work_serves_ends_its_name() -> None:
    # "Nhà máy điện mặt trời X phục vụ cấp điện cho ...", "cầu Y phục vụ công tác phòng, chống lụt bão": what the
    # work serves is no part of its name (was in it)
    text = "Ngày 9/5/2026, tỉnh khánh thành cầu Bản Phố phục vụ công tác phòng, chống thiên tai."
    assert [name for name, _, _ in _rows(text)] == ["cầu Bản Phố"]
    # near miss: a resettlement area is named by the work it serves
    text = "Ngày 9/5/2026, tỉnh khởi công Khu tái định cư xã Bản Phố phục vụ sân bay Sa Pa."
    assert [name for name, _, _ in _rows(text)] == ["Khu tái định cư xã Bản Phố phục vụ sân bay Sa Pa"]


def test_a_second_header_row_under_a_plan_splits_the_rows_plan() -> None:
    # "Kế hoạch vốn năm 2026" over "Tổng số | Trong đó: NSTW": the second row's heads are read with the one spanning
    # them, both cells are the row's plan (the central part was an indicator's target)
    text = (
        "Phụ lục: Kế hoạch vốn các công trình tỉnh Hà Giang năm 2026\nĐVT: triệu đồng\n"
        "TT\tTên công trình\tKế hoạch vốn năm 2026\t\n"
        "\t\tTổng số\tTrong đó: NSTW\n"
        "1\tCầu treo Lũng Pù\t36.000\t24.000\n"
    )
    got = {(r["measure"], r["value"]) for r in _document_projects(text) if r["project_name"] == "Cầu treo Lũng Pù"}
    assert got == {("plan", 36e9), ("plan", 24e9)}
    # near miss: a row of figures right under a one-row header is a project's row, not the header's
    text = text.replace("\t\tTổng số\tTrong đó: NSTW\n", "").replace("Kế hoạch vốn năm 2026\t\n", "TMĐT\tKH 2026\n")
    got = {(r["measure"], r["value"]) for r in _document_projects(text) if r["project_name"] == "Cầu treo Lũng Pù"}
    assert got == {("total_investment", 36e9), ("plan", 24e9)}


def test_a_group_of_projects_in_capitals_is_no_project() -> None:
    # "DỰ ÁN CHUYỂN TIẾP (02 dự án)", "CÁC CÔNG TRÌNH KHỞI CÔNG MỚI": a table's group row, its cost no project's
    assert not is_named("CHUYỂN TIẾP (02 dự án)", quoted=False)
    assert not is_named("KHỞI CÔNG MỚI NĂM 2027", quoted=False)
    assert not is_named("ĐẦU TƯ CÔNG NĂM 2027", quoted=False)
    text = (
        "Biểu 02. Danh mục dự án tỉnh Phú Yên năm 2027\nĐơn vị tính: tỷ đồng\n"
        "STT\tTên dự án\tTổng mức đầu tư\tKế hoạch năm 2027\n"
        "\tDỰ ÁN CHUYỂN TIẾP (02 dự án)\t610\t150\n"
        "1\tKè biển Gành Đỏ\t410\t100\n"
        "\tCÁC CÔNG TRÌNH KHỞI CÔNG MỚI\t75\t30\n"
        "1\tTrạm y tế xã Hòa Tâm\t75\t30\n"
    )
    names = {r["project_name"] for r in _document_projects(text)}
    assert names == {"Kè biển Gành Đỏ", "Trạm y tế xã Hòa Tâm"}
    # near miss: a work the project builds, "đầu tư công trình X", is still named
    assert is_named("đầu tư công trình cầu Đà Rằng", quoted=False)


def test_an_annex_heading_of_a_plan_years_list_is_no_project_and_heads_its_items() -> None:
    # "Phụ lục II: DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2027" (no colon closing it): no project of its own, and its
    # items' amounts are the year's allotments, as under "Danh mục dự án khởi công mới năm 2027:"
    text = (
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình thực hiện kế hoạch đầu tư công năm 2026\n\n"
        "Phụ lục II: DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2027\n"
        "1. Dự án đường nối Quốc lộ 45 với xã Định Tân: 70 tỷ đồng.\n"
    )
    rows = _document_projects(text)
    assert {r["project_name"] for r in rows} == {"đường nối Quốc lộ 45 với xã Định Tân"}
    assert {(r["measure"], r["value"]) for r in rows if r["measure"]} == {("plan", 70e9)}
    # near miss: a heading of works finished keeps each item's amount its price
    text = text.replace("DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2027", "DANH MỤC CÔNG TRÌNH HOÀN THÀNH NĂM 2026")
    rows = _document_projects(text)
    assert {r["project_name"] for r in rows} == {"đường nối Quốc lộ 45 với xã Định Tân"}
    assert {(r["measure"], r["value"]) for r in rows if r["measure"]} == {("total_investment", 70e9)}


def test_a_milestone_ends_the_name_and_the_time_it_took_is_no_completion() -> None:
    # "Cầu X đã hợp long sau 20 tháng thi công": the span closed after that time, the works go on (was completed);
    # "Trụ sở Y cất nóc vào ngày ...": the verb ends the name (was part of it)
    assert _events("Cầu Bình Thạnh đã hợp long sau 20 tháng thi công.") == [("Cầu Bình Thạnh", "in_progress", None)]
    assert [n for n, _, _ in _events("Trụ sở UBND xã Tam Hiệp cất nóc vào ngày 5/4/2026.")] == [
        "Trụ sở UBND xã Tam Hiệp"
    ]
    # near misses: the time of the works alone still completes it; a bridge named "Hợp Long" keeps its name
    assert _events("Sau 20 tháng thi công, cầu Bình Thạnh đã hoàn thành.")[0][1] == "completed"
    assert _events("Ngày 5/4/2026, tỉnh khánh thành cầu Hợp Long.") == [
        ("cầu Hợp Long", "inaugurated", dt.date(2026, 4, 5))
    ]


def test_also_on_that_occasion_is_the_day_said_before() -> None:
    # "Cũng trong dịp này, ...": the ceremony's day said in the sentence before (was no day)
    text = (
        "UBND TỈNH KON TUM\nSáng 2/9/2026, tỉnh khởi công cầu Đăk Bla 3.\n"
        "Cũng trong dịp này, xã Ngọk Bay khánh thành Trường Tiểu học Ngọk Bay."
    )
    got = {(r["project_name"], r["event_date"]) for r in _document_projects(text)}
    assert ("Trường Tiểu học Ngọk Bay", "2026-09-02") in got
    # near miss: "Cũng trong năm" says no day
    text = text.replace("Cũng trong dịp này", "Cũng trong năm")
    got = {(r["project_name"], r["event_date"]) for r in _document_projects(text)}
    assert ("Trường Tiểu học Ngọk Bay", None) in got


def test_a_total_after_works_each_said_as_a_project_is_theirs_together() -> None:
    # 'khởi công dự án "A", dự án B và dự án C, tổng vốn N': the works one verb takes, each with its "dự án" (and
    # quotes), share the total (was the last work's price); a headline's count joined to the lead heads no list
    text = (
        "Khởi công 2 dự án giao thông  (Báo Kon Tum) - Sáng 9/2/2027, tỉnh khởi công dự án “Đường tránh Đăk Tô” và "
        "dự án cầu Sa Thầy, tổng vốn 530 tỷ đồng."
    )
    assert _project_fields(text, "530")["project_name"] == "Đường tránh Đăk Tô và cầu Sa Thầy"
    # near miss: a price said in the last work's own clause stays its own
    text = "Tỉnh khánh thành dự án cầu Đăk Bla 3 và dự án cầu Sa Thầy có tổng mức đầu tư 40 tỷ đồng."
    assert _project_fields(text, "40")["project_name"] == "cầu Sa Thầy"


def test_a_list_head_of_the_works_progress_takes_no_event_from_the_sentence_before() -> None:
    # "Khởi công mới 45 công trình. Tiến độ các dự án trọng điểm: Dự án X đạt 65% khối lượng": the head says the
    # works' progress, under way (was the counted group's start)
    text = (
        "Trong quý, huyện khởi công mới 12 công trình, hoàn thành đưa vào sử dụng 9 công trình. Tiến độ các dự án "
        "trọng điểm: "
        "Dự án đường Hồ Tùng Mậu nối dài đạt 60% khối lượng."
    )
    assert _events(text) == [("đường Hồ Tùng Mậu nối dài", "in_progress", None)]
    # near miss: a head with no words of its own still takes the counted group's event
    text = "Ngày 3/3/2026, xã khởi công 2 công trình. Các công trình gồm: Trường Mầm non Hoa Sen và cầu Bản Mạ."
    assert [e for _, e, _ in _events(text)] == ["started", "started"]


def test_a_part_of_the_works_finished_is_no_completion() -> None:
    # "Dự án X đã hoàn thành đập chính", "đã hoàn thành phần thô": a part done, the works go on (was completed)
    assert _events("Dự án hồ chứa nước Đạ Sị đã hoàn thành đập chính.") == [("hồ chứa nước Đạ Sị", "in_progress", None)]
    assert _events("Trụ sở Công an xã Đinh Văn đã hoàn thành phần thô.")[0][1] == "in_progress"
    # near miss: the work finished, said alone, is completed
    assert _events("Dự án hồ chứa nước Đạ Sị đã hoàn thành, đưa vào sử dụng.")[0][1] == "completed"


def test_a_bare_road_named_by_its_number_is_a_name() -> None:
    # "dự án cải tạo, nâng cấp đường 359": a road named by its number alone (its disbursement was the budget's)
    assert is_named("cải tạo, nâng cấp đường 359 đoạn qua phường Thủy Nguyên", quoted=False)
    fields = _project_fields("Dự án nâng cấp đường 208 đã giải ngân 45 tỷ đồng.", "45")
    assert (fields["project_name"], fields["measure"]) == ("nâng cấp đường 208", "disbursed")
    # near misses: the road's width or length after "đường" names none
    assert not is_named("đường 2 làn xe", quoted=False)
    assert not is_named("đường 3,5 km", quoted=False)


def test_a_short_plan_before_a_colon_is_the_plan() -> None:
    # "Dự án X: TMĐT 85 tỷ đồng; KH vốn năm 2024: 30 tỷ đồng": the plan written short before a colon (was the price)
    text = "Dự án đường huyện 12: TMĐT 85 tỷ đồng; KH vốn năm 2024: 30 tỷ đồng; giải ngân 12,5 tỷ đồng."
    assert _project_fields(text, "30")["measure"] == "plan"
    # near miss: "đạt 40% KH" is a share of it said after, and the price before stays the price
    assert _project_fields(text, "85")["measure"] == "total_investment"


def test_a_work_under_way_said_again_by_a_reference_is_one_row() -> None:
    # "Dự án X: TMĐT ... Dự án đang thi công ...": the work's record, then "Dự án" says it is under way, one row
    text = "Dự án đường huyện 12: TMĐT 85 tỷ đồng, giải ngân 12,5 tỷ đồng. Dự án đang thi công phần nền đường."
    assert _rows(text) == [("đường huyện 12", "in_progress", None)]
    # near miss: a reference saying another event keeps its own row
    text = "Dự án đường huyện 12: TMĐT 85 tỷ đồng, giải ngân 12,5 tỷ đồng. Dự án đã hoàn thành, đưa vào sử dụng."
    assert [e for _, e, _ in _rows(text)] == ["in_progress", "completed"]


def test_a_counted_groups_name_keeps_the_year_it_ends_on() -> None:
    # "05 dự án khởi công mới năm 2026 với tổng vốn N": the group's name keeps its year (was cut after "năm")
    text = "Huyện đang hoàn thiện thủ tục đầu tư 05 dự án khởi công mới năm 2026 với tổng vốn dự kiến 120 tỷ đồng."
    assert _project_fields(text, "120")["project_name"] == "05 dự án khởi công mới năm 2026"
    # near miss: a group ending on no year keeps its words
    text = "Huyện khởi công 3 dự án giao thông với tổng vốn 120 tỷ đồng."
    assert _project_fields(text, "120")["project_name"] == "3 dự án giao thông"


def test_a_table_column_of_the_value_of_works_done_is_the_projects() -> None:
    # "Giá trị khối lượng thực hiện": the value of the works done, the row's disbursed as "khối lượng thực hiện" in a
    # sentence (was an indicator labelled by the project)
    text = (
        "Biểu 05. Tiến độ các dự án tỉnh Đắk Nông năm 2025\nĐVT: triệu đồng\n"
        "TT\tTên dự án\tTMĐT\tGiá trị khối lượng thực hiện\n"
        "1\tHồ chứa nước Đắk Gang\t420.000\t90.000\n"
    )
    got = {(r["measure"], r["value"]) for r in _document_projects(text)}
    assert got == {("total_investment", 420e9), ("disbursed", 90e9)}
    # near miss: a share of the works built ("Khối lượng thực hiện (%)") is no money of the project, its progress
    text = text.replace("Giá trị khối lượng thực hiện", "Khối lượng thực hiện (%)").replace("90.000", "62")
    assert {(r["measure"], r["value"]) for r in _document_projects(text)} == {
        ("total_investment", 420e9), ("plan_pct", 62.0)}


def test_rows_of_a_table_of_projects_set_apart_by_spaces_are_the_projects_figures() -> None:
    # "STT   Tên dự án   TMĐT   KH vốn 2025 ..." with rows under it: each cell its row's project's, as in a tab
    # table, the unit line above joined to the header or not (were indicators labelled by the project, the TMĐT
    # column unread)
    text = (
        "UBND TỈNH PHÚ THỌ\nPhụ lục\nGIẢI NGÂN CÁC DỰ ÁN TRỌNG ĐIỂM QUÝ I NĂM 2025\n(Đơn vị: tỷ đồng)\n\n"
        "STT   Tên dự án                        TMĐT      KH vốn 2025   Giải ngân   Tỷ lệ (%)\n"
        "1     Cầu Phong Châu mới               620       150           45          30\n"
        "      Tổng cộng                        620       150           45          30\n"
    )
    got = {(r["project_name"], r["measure"], r["value"]) for r in _document_projects(text)}
    assert got == {
        ("Cầu Phong Châu mới", "total_investment", 620e9),
        ("Cầu Phong Châu mới", "plan", 150e9),
        ("Cầu Phong Châu mới", "disbursed", 45e9),
        ("Cầu Phong Châu mới", "plan_pct", 30.0),
    }
    # near miss: a spaced table of indicators keeps its rows indicators
    text = (
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nQuý I năm 2025\n\n"
        "Chỉ tiêu                        Đơn vị     Quý I/2025\n"
        "Sản lượng lương thực            Tấn        120.500\n"
    )
    assert _document_projects(text) == []


def test_a_spaced_project_table_whose_heads_are_stacked_on_two_lines_reads_each_head_whole() -> None:
    # a PDF's header on two lines: "Tổng vốn" over "đầu tư", the names' head centred on the upper or the lower
    # line; each column is read with both parts of its head (the total went to indicators, labelled by the row)
    rows = (
        "1    Trường Tiểu học Hòa Bình         86.000        20.000        9.500       47,5\n"
        "2    Kè sông Cái đoạn qua xã Tân An  140.000        35.000       12.250       35,0\n"
    )
    upper = "                                      Tổng vốn      KH vốn        Vốn đã      Tỷ lệ\n"
    lower = "                                      đầu tư        năm 2026      giải ngân   (%)\n"
    names = "TT   Danh mục công trình"
    for header in (upper + names + lower[len(names):], names + upper[len(names):] + lower):
        title = "UBND TỈNH KHÁNH HÒA\nGiải ngân các công trình quý II năm 2026\nĐơn vị tính: triệu đồng\n"
        text = title + header + rows
        got = {(r["project_name"], r["measure"], r["value"]) for r in _document_projects(text)}
        assert ("Trường Tiểu học Hòa Bình", "total_investment", 86e9) in got
        assert ("Kè sông Cái đoạn qua xã Tân An", "plan", 35e9) in got
        assert ("Kè sông Cái đoạn qua xã Tân An", "disbursed", 12.25e9) in got
        assert len(got) == 8
    # near miss: a line of figures under the header is a row, no part of its heads
    text = (
        "UBND TỈNH KHÁNH HÒA\nĐơn vị tính: triệu đồng\n"
        "TT   Danh mục công trình             Tổng vốn đầu tư    Giải ngân\n"
        "                                     86.000             9.500\n"
    )
    assert {r["measure"] for r in _document_projects(text)} <= {None}


def test_a_work_whose_clause_says_where_it_stands_now_is_no_item_of_the_group_counted_before() -> None:
    # "khánh thành 4 công trình. Dự án A đang hoàn thiện hồ sơ ...": the work's own clause tells where it stands
    # (a step going on, a state reached by now), its news, not the group's event (it was inaugurated on the day)
    lead = "Sáng 9/6/2026, huyện Tuy Phước khánh thành 4 công trình phúc lợi với tổng kinh phí 96 tỷ đồng. "
    for own in ("đang hoàn thiện hồ sơ quyết toán.", "hiện nay đang lựa chọn nhà thầu.",
                "đến nay mới giải ngân 6 tỷ đồng."):
        assert _events(lead + "Dự án Trường Mầm non Phước Lộc " + own) == [
            ("Trường Mầm non Phước Lộc", "in_progress", None)
        ]
        # (the same clause in the paragraph after the group's, its event carried there)
        got = find_project_events("Dự án Trường Mầm non Phước Lộc " + own, None, 2026, "khánh thành 4 công trình")
        assert [(e.name, e.event) for e in got] == [("Trường Mầm non Phước Lộc", "in_progress")]
    # near miss: a clause that only describes the work keeps it one of the group, its event and day
    assert _events(lead + "Dự án Trường Mầm non Phước Lộc có quy mô 8 phòng học.") == [
        ("Trường Mầm non Phước Lộc", "inaugurated", dt.date(2026, 6, 9))
    ]


def test_what_holds_a_work_up_ends_its_name() -> None:
    # "Dự án X vướng ...", "Công trình Y gặp khó khăn ...": the hold-up is a predicate, no part of the name (was taken
    # into it up to the next stop word)
    assert _events("Dự án đường Lê Lợi kéo dài vướng 12 hộ chưa nhận tiền bồi thường.") == [
        ("đường Lê Lợi kéo dài", "in_progress", None)
    ]
    assert _events("Công trình kè sông Hiếu gặp khó khăn về nguồn cát đắp.") == [("kè sông Hiếu", "in_progress", None)]
    # near miss: a capitalised place word is part of the name
    assert _events("Dự án Khu tái định cư Vướng Xuân đang thi công.") == [
        ("Khu tái định cư Vướng Xuân", "in_progress", None)
    ]


def test_only_so_far_before_the_verb_ends_a_works_name() -> None:
    # "Dự án X mới đạt ...", "chỉ mới hoàn thành ...": "mới" (only so far) opens the predicate (was read into the name)
    assert _events("Dự án nâng cấp tỉnh lộ 9 đoạn qua xã Hòa Phú mới đạt 35% khối lượng.")[0][0] == (
        "nâng cấp tỉnh lộ 9 đoạn qua xã Hòa Phú"
    )
    assert _events("Công trình kè bờ sông Trà chỉ mới hoàn thành phần móng.") == [
        ("kè bờ sông Trà", "in_progress", None)
    ]
    # near miss: the adjective of a new town, no verb after it, stays in the name
    assert _events("Dự án Khu đô thị mới Hòa Lợi đang thi công.") == [("Khu đô thị mới Hòa Lợi", "in_progress", None)]


def test_a_share_of_the_works_the_builder_has_built_is_the_progress_of_the_work_named_before() -> None:
    # "Dự án X ... . Hiện nay, nhà thầu đã thi công đạt 62% khối lượng": the sentence names no work, only its builder
    # (or no subject at all); the share is the progress of the work the paragraph named (was an indicator)
    for opening in ("Hiện nay, nhà thầu đã thi công đạt", "Tính đến cuối tháng 8, chủ đầu tư đã hoàn thành",
                    "Hiện nay, đã hoàn thành"):
        text = (
            "UBND TỈNH QUẢNG TRỊ\nBáo cáo tháng 8 năm 2026\n"
            f"Dự án cầu Vĩnh Phước có tổng mức đầu tư 410 tỷ đồng. {opening} 62% khối lượng."
        )
        got = {(r["project_name"], r["event"], r["measure"], r["value"]) for r in _document_projects(text)}
        assert ("cầu Vĩnh Phước", "in_progress", "plan_pct", 62.0) in got
    # near miss: a share of the land handed over is no share of the works built
    text = (
        "UBND TỈNH QUẢNG TRỊ\nBáo cáo tháng 8 năm 2026\n"
        "Dự án cầu Vĩnh Phước có tổng mức đầu tư 410 tỷ đồng. Hiện nay, chủ đầu tư đã nhận bàn giao 62% mặt bằng."
    )
    assert {r["measure"] for r in _document_projects(text)} == {"total_investment"}


def test_works_halted_end_the_name() -> None:
    # "Dự án X phải tạm dừng thi công": the works halted, a predicate, not part of the name (was)
    assert _events("Dự án Khu tái định cư Tây Bắc phải tạm dừng thi công do thiếu đất đắp.") == [
        ("Khu tái định cư Tây Bắc", "in_progress", None)
    ]
    # near miss: "bờ phải" (a river's right bank) is part of a dyke's name
    assert _events("Ngày 4/4/2026, tỉnh khởi công kè bờ phải sông Trà Khúc.") == [
        ("kè bờ phải sông Trà Khúc", "started", dt.date(2026, 4, 4))
    ]


def test_a_hazard_in_a_remedys_name_is_no_damage_of_the_works_beside_it() -> None:
    # "Dự án Bố trí dân cư vùng thiên tai X ...; dự án Y được phê duyệt": the hazard names the remedy, Y was not
    # damaged (Y was dropped)
    text = (
        "Dự án Bố trí dân cư vùng thiên tai bản Huổi Só đang thi công; dự án cầu Tủa Thàng được phê duyệt điều chỉnh."
    )
    assert _events(text) == [
        ("Bố trí dân cư vùng thiên tai bản Huổi Só", "in_progress", None),
        ("cầu Tủa Thàng", "approved", None),
    ]
    # near miss: damage said in its own words still drops the damaged work
    text = "Dự án Bố trí dân cư vùng thiên tai bản Huổi Só đang thi công; mưa lớn làm hư hỏng cầu treo Tủa Thàng."
    assert [n for n, _, _ in _events(text)] == ["Bố trí dân cư vùng thiên tai bản Huổi Só"]


def test_an_aim_that_takes_a_work_governs_it_whatever_verb_follows() -> None:
    # "phấn đấu khởi công A và hoàn thành B": both still to come (A was completed by B's verb, B completed)
    text = "Năm 2026, xã phấn đấu khởi công dự án chợ Mường Luân và hoàn thành dự án Trường Mầm non Pú Nhi."
    assert [e for _, e, _ in _events(text)] == ["in_progress", "in_progress"]
    # near miss: done, each work keeps its own verb, the second verb no second event of the first work
    text = text.replace("Năm 2026, xã phấn đấu", "Năm 2025, xã đã")
    assert [(n, e) for n, e, _ in _events(text)] == [
        ("chợ Mường Luân", "started"), ("Trường Mầm non Pú Nhi", "completed")
    ]
    assert [e for _, e, _ in _events("Dự án chợ Mường Luân khởi công từ tháng 5/2023 và đến nay đã hoàn thành.")] == [
        "started", "completed"
    ]


def test_a_column_of_names_headed_with_its_kinds_in_brackets_or_its_capital_is_a_project_table() -> None:
    # "Tên dự án (công trình)", "Danh mục dự án đầu tư": the head of the projects' names (the rows were indicators)
    for head in ("Tên dự án (công trình)", "Danh mục dự án đầu tư"):
        text = (
            "Biểu 1. Giải ngân các dự án tỉnh Lai Châu năm 2025\nĐVT: triệu đồng\n"
            f"TT\t{head}\tKH vốn 2025\tGiải ngân\n"
            "1\tCầu Pa Tần mới\t100.000\t60.000\n"
        )
        assert {(r["measure"], r["value"]) for r in _document_projects(text)} == {("plan", 100e9), ("disbursed", 60e9)}
    # near miss: a head of any content ("Nội dung") says no rows are projects
    assert _document_projects(text.replace("Danh mục dự án đầu tư", "Nội dung")) == []


def test_a_time_before_the_predicate_ends_the_name() -> None:
    # "Dự án X đến nay đã giải ngân ...", "Dự án Y hiện đang thi công": "đến nay", "hiện" end the name (were in it)
    text = "Dự án hồ chứa nước Krông Pách Thượng đến nay đã giải ngân được 320 tỷ đồng."
    assert _project_fields(text, "320")["project_name"] == "hồ chứa nước Krông Pách Thượng"
    assert _events("Dự án cầu Ea Nuôl hiện đang thi công.") == [("cầu Ea Nuôl", "in_progress", None)]
    # near miss: a road named by its ends goes on past "đến"
    text = "Dự án đường từ cảng Cà Ná đến Khu công nghiệp Phước Nam đang thi công."
    assert _events(text)[0][0] == "đường từ cảng Cà Ná đến Khu công nghiệp Phước Nam"


def test_a_rate_in_brackets_after_the_amount_paid_out_of_the_plan_is_its_share() -> None:
    # "giải ngân 45,6/180 tỷ đồng (25,3%)": the share of the plan (was dropped)
    fields = _project_fields("Dự án cầu Sêrêpốk 2: giải ngân 45,6/180 tỷ đồng (25,3%).", "25,3")
    assert fields["measure"] == "plan_pct"
    # near miss: the share of the land handed over in brackets is none of the money
    assert _not_a_project("Dự án cầu Sêrêpốk 2: bàn giao 38/40 ha mặt bằng (95%).", "95")
    # "giải ngân 212 tỷ đồng (24,9%)": the rate after the amount paid out alone is the share of the plan too (was an
    # indicator's level)
    assert _project_fields("Dự án hồ Ea Súp Thượng: giải ngân 96 tỷ đồng (41,2%).", "41,2")["measure"] == "plan_pct"
    # near miss: a change in brackets after the amount is no share of the plan
    assert _not_a_project("Dự án hồ Ea Súp Thượng: giải ngân 96 tỷ đồng (tăng 12%).", "12")


def test_a_plan_said_without_von_right_before_its_amount_is_the_capital_plan() -> None:
    # "Dự án X: kế hoạch 640 tỷ đồng, giải ngân ...": the plan written without "vốn" (was an indicator's target)
    text = "- Dự án đường tránh Đông Hà: kế hoạch 640 tỷ đồng, giải ngân 150 tỷ đồng."
    fields = _project_fields(text, "640")
    assert (fields["project_name"], fields["measure"]) == ("đường tránh Đông Hà", "plan")
    assert _project_fields("Dự án cầu Long Kiển có kế hoạch năm 2026 là 95 tỷ đồng.", "95")["measure"] == "plan"
    # near miss: a share of the plan said after the amount stays the amount disbursed
    text = "Dự án cầu Long Kiển đã giải ngân 60 tỷ đồng, đạt 63% kế hoạch."
    assert _project_fields(text, "60")["measure"] == "disbursed"


def test_ready_for_or_proposed_is_no_event_yet() -> None:
    # "Sẵn sàng khởi công cao tốc X" (a headline), "đề xuất khởi công cầu Y": not yet (were started)
    assert _events("Bình Phước sẵn sàng khởi công cao tốc Gia Nghĩa - Chơn Thành") == [
        ("cao tốc Gia Nghĩa - Chơn Thành", "in_progress", None)
    ]
    assert _events("Sở Xây dựng đề xuất khởi công cầu Phú Riềng trong năm 2027.")[0][1] == "in_progress"
    # near miss: a proposal said far before the verb leaves the verb its event
    text = "Theo đề xuất của Sở Xây dựng, ngày 2/9/2026 tỉnh đã khởi công cầu Phú Riềng."
    assert _events(text) == [("cầu Phú Riềng", "started", dt.date(2026, 9, 2))]


def test_a_short_plan_with_its_year_and_a_field_after_a_semicolon_are_the_records() -> None:
    # "(TMĐT 85 tỷ đồng, KH 2026: 30 tỷ đồng)", "(TMĐT: 410 tỷ đồng; KHV 2026: 120 tỷ đồng)": the year's plan (was the
    # price, or no project's after the semicolon)
    fields = _project_fields("1. Đường liên xã Tam Đảo - Đạo Trù (TMĐT 85 tỷ đồng, KH 2026: 30 tỷ đồng).", "30")
    assert fields["measure"] == "plan"
    text = "- Dự án cầu Vĩnh Thịnh (TMĐT: 410 tỷ đồng; KHV 2026: 120 tỷ đồng; giải ngân: 80 tỷ đồng)."
    assert (_project_fields(text, "120")["project_name"], _project_fields(text, "120")["measure"]) == (
        "cầu Vĩnh Thịnh", "plan"
    )
    # near miss: an item of a list after a semicolon, with its own work, keeps its own
    text = "Dự án cầu Vĩnh Thịnh: 300 tỷ đồng; Dự án cầu Đầm Vạc: 120 tỷ đồng."
    assert _project_fields(text, "120")["project_name"] == "cầu Đầm Vạc"


def test_the_catalogue_of_a_plans_new_starts_says_no_start() -> None:
    # "Phụ lục III: Danh mục công trình khởi công mới năm 2026:" then its items: works to start, in progress (were
    # started)
    text = (
        "UBND TỈNH HÒA BÌNH\nBÁO CÁO\nKết quả thực hiện kế hoạch đầu tư công năm 2025\n\n"
        "Phụ lục III: Danh mục công trình khởi công mới năm 2026:\n"
        "- Cầu Hòa Bình 3 mới;\n- Trường THPT Lạc Sơn B.\n"
    )
    assert {(r["project_name"], r["event"]) for r in _document_projects(text)} == {
        ("Cầu Hòa Bình 3 mới", "in_progress"), ("Trường THPT Lạc Sơn B", "in_progress")
    }
    # near miss: a list of the works that did start keeps their start
    head = "Phụ lục III: Danh mục công trình khởi công mới năm 2026:"
    text = text.replace(head, "Trong năm 2025, tỉnh đã khởi công:")
    assert {r["event"] for r in _document_projects(text)} == {"started"}


def test_a_work_said_to_have_reached_its_end_is_completed() -> None:
    # "Cầu X đã về đích sớm 2 tháng": the works finished (was in progress)
    assert _events("Cầu Vĩnh Tuy 2 đã về đích sớm 2 tháng so với kế hoạch.") == [("Cầu Vĩnh Tuy 2", "completed", None)]
    # near miss: an end still ahead is no completion
    assert _events("Dự án cầu Vĩnh Tuy 2 dự kiến về đích vào quý IV/2026.")[0][1] == "in_progress"


def test_a_sum_said_after_works_named_together_is_theirs_together() -> None:
    # "3 dự án gồm A, B và C đã giải ngân tổng cộng X": the counted group's sum, not the last work's money
    text = (
        "Năm 2023, 3 dự án gồm đường ven biển Cẩm Xuyên - Kỳ Anh, cầu Cửa Nhượng và kè biển Thạch Bằng "
        "đã giải ngân tổng cộng 1.200 tỷ đồng."
    )
    fields = _project_fields(text, "1.200")
    assert (fields["project_name"], fields["event"], fields["measure"]) == ("3 dự án", "funding", "disbursed")
    # works each said with "dự án" and no verb, then the sum and its share of the plan: one row for them all
    text = (
        "Dự án đường tránh Hồng Lĩnh, dự án cầu Đò Điệm và dự án nâng cấp quốc lộ 15B đã giải ngân tổng cộng "
        "860 tỷ đồng, đạt 72% kế hoạch."
    )
    joined = "đường tránh Hồng Lĩnh, cầu Đò Điệm và nâng cấp quốc lộ 15B"
    fields = _project_fields(text, "860")
    assert (fields["project_name"], fields["event"], fields["measure"]) == (joined, "funding", "disbursed")
    assert _project_fields(text, "72")["project_name"] == joined
    # near miss: the money of the last work's own clause ("và dự án C đã giải ngân 300 tỷ") stays its own
    text = "Dự án cầu Đò Điệm đã khởi công, dự án nâng cấp quốc lộ 15B đã giải ngân 300 tỷ đồng."
    assert _project_fields(text, "300")["project_name"] == "nâng cấp quốc lộ 15B"


def test_a_bracket_with_only_the_price_leaves_the_list_verb_to_its_work() -> None:
    # "A (tổng mức đầu tư X), B (tổng mức đầu tư Y) đã được phê duyệt": the bracket describes A, the verb is A's too
    text = (
        "Dự án đường nối Mường Khương - Bát Xát (tổng mức đầu tư 1.800 tỷ đồng), dự án cầu Bản Phiệt "
        "(tổng mức đầu tư 600 tỷ đồng) đã được phê duyệt chủ trương đầu tư."
    )
    assert [(n, e) for n, e, _ in _events(text)] == [
        ("đường nối Mường Khương - Bát Xát", "approved"),
        ("cầu Bản Phiệt", "approved"),
    ]
    assert _project_fields(text, "1.800")["event"] == "approved"
    # near miss: a bracket with the work's own state keeps its news, and another item's bracket is not its verb
    text = "Các công trình chuyển tiếp: cầu Na Hang (giải ngân 8,2/12 tỷ đồng), cầu Bản Lùng (đã hoàn thành)."
    got = [(n, e) for n, e, _ in _events(text)]
    assert ("cầu Na Hang", "completed") not in got and ("cầu Bản Lùng", "completed") in got
    text = "Các công trình: cầu Na Hang (TMĐT 12 tỷ đồng), cầu Bản Lùng (đã hoàn thành)."
    assert ("cầu Na Hang", "completed") not in [(n, e) for n, e, _ in _events(text)]


def test_from_a_day_after_the_name_is_when_not_part_of_it() -> None:
    # "đưa vào sử dụng cầu X từ ngày D": when the work began to serve, no part of its name
    text = "Huyện Krông Pắc đưa vào sử dụng cầu Ea Yông từ ngày 15/9/2026."
    assert _rows(text) == [("cầu Ea Yông", "completed", dt.date(2026, 9, 15))]
    text = "Nhà máy điện mặt trời Cư Né bắt đầu vận hành thương mại từ tháng 6/2027."
    assert [n for n, _, _ in _rows(text)] == ["Nhà máy điện mặt trời Cư Né"]
    # near miss: a road named by its ends keeps its "từ"
    text = "Khởi công dự án Đường nối từ Quốc lộ 14 đến cảng hàng không Buôn Ma Thuột."
    assert [n for n, _, _ in _rows(text)] == ["Đường nối từ Quốc lộ 14 đến cảng hàng không Buôn Ma Thuột"]


def test_a_total_after_the_clause_of_the_verb_listed_works_share_is_theirs_together() -> None:
    # "Ba dự án: A, B và C đã được ... thông qua chủ trương đầu tư, tổng vốn X": the counted group's total
    text = (
        "Ba dự án: Khu đô thị Cửa Lò Xanh, Khu tái định cư Nghi Hương và Trường THCS Nghi Thu đã được HĐND tỉnh "
        "thông qua chủ trương đầu tư, tổng vốn gần 1.500 tỷ đồng."
    )
    fields = _project_fields(text, "1.500")
    assert (fields["project_name"], fields["event"], fields["measure"]) == ("Ba dự án", "approved", "total_investment")
    # works each said with "dự án", their shared verb's clause, then the total: one row for them all
    text = (
        "Dự án đường Mường Lát - Quan Sơn và dự án cầu Na Mèo đã được phê duyệt chủ trương đầu tư, tổng vốn 900 tỷ "
        "đồng."
    )
    assert _project_fields(text, "900")["project_name"] == "đường Mường Lát - Quan Sơn và cầu Na Mèo"
    # near misses: works of two stages (a finish, a start), or a clause with a comma of its own before the total, stay
    # the last work's
    text = "Tỉnh khánh thành cầu Pá Uôn và khởi công cầu Nậm Pàn mới, tổng vốn 350 tỷ đồng."
    assert _project_fields(text, "350")["project_name"] == "cầu Nậm Pàn mới"
    text = "Cầu Bản Lả và cầu Suối Bàng đã được đưa vào sử dụng, giúp dân đi lại thuận tiện, tổng kinh phí 30 tỷ đồng."
    assert _project_fields(text, "30")["project_name"] == "cầu Suối Bàng"


def test_a_provincial_road_said_as_a_route_is_a_work() -> None:
    # "Tuyến đường tỉnh 902 ...": the route of a numbered provincial road names the work, as "Đường tỉnh 902" does
    text = "Tuyến đường tỉnh 907 đoạn từ xã Trà Côn đến xã Hựu Thành đã chính thức đưa vào khai thác."
    assert _rows(text) == [("Tuyến đường tỉnh 907 đoạn từ xã Trà Côn đến xã Hựu Thành", "completed", None)]
    assert _rows("Tuyến đường tỉnh lộ 12 đã thông xe.") == [("Tuyến đường tỉnh lộ 12", "completed", None)]
    # near miss: the provincial roads in general name no work
    assert _rows("Các tuyến đường tỉnh đã được nâng cấp.") == []


def test_a_capital_change_said_before_the_name_prices_the_work_both_ways() -> None:
    # "điều chỉnh tăng vốn cho dự án X từ A lên B": the name ends before "từ" and its amounts, both its price
    text = "Tỉnh trao quyết định điều chỉnh tăng vốn cho dự án Nhà máy Hana Micron từ 1,2 tỷ USD lên 1,8 tỷ USD."
    for token in ("1,2", "1,8"):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == ("Nhà máy Hana Micron", "total_investment")
    # near miss: money raised for a work with no change of its capital said is no price of it
    text = "Tỉnh nâng mức hỗ trợ cho dự án Nhà máy Hana Micron từ 10 tỷ đồng lên 15 tỷ đồng."
    routed = route_in_text(text, "15")
    assert routed is None or routed.fields.get("measure") != "total_investment"


def test_finished_ahead_of_time_said_without_da_is_completed() -> None:
    # "Dự án X về đích trước 3 tháng": the works finished early, the name ending before the predicate
    text = "Dự án hồ chứa nước Krông Pách Thượng giai đoạn 2 về đích trước 3 tháng, tổng kinh phí 1.100 tỷ đồng."
    assert _rows(text) == [("hồ chứa nước Krông Pách Thượng giai đoạn 2", "completed", None)]
    assert _project_fields(text, "1.100")["event"] == "completed"
    # near miss: an aim to finish early is still to come
    text = "Dự án hồ chứa nước Krông Pách Thượng giai đoạn 2 phấn đấu về đích sớm."
    assert [e for _, e, _ in _rows(text)] != ["completed"]


def test_a_step_before_the_works_denied_is_no_row() -> None:
    # "Dự án X vẫn chưa khởi công", "hiện chưa triển khai thi công": the project is not under way, no event of its own
    assert _rows("Dự án Cầu Cửa Đại 2 vẫn chưa khởi công do vướng mặt bằng.") == []
    assert _rows("Dự án Đường ven biển ĐT639 hiện chưa triển khai thi công.") == []
    # (its money is still its own)
    fields = _project_fields("Dự án Cầu Cửa Đại 2 chưa khởi công, tổng mức đầu tư 1.200 tỷ đồng.", "1.200")
    assert (fields["project_name"], fields["measure"]) == ("Cầu Cửa Đại 2", "total_investment")
    # (near misses: works not yet finished go on; a step still missing while works go on)
    assert _rows("Dự án Kè sông Trà Bồng đến nay chưa hoàn thành.") == [("Kè sông Trà Bồng", "in_progress", None)]
    assert _rows("Dự án Kè sông Trà Bồng chưa được phê duyệt điều chỉnh, đang thi công.") == [
        ("Kè sông Trà Bồng", "in_progress", None)
    ]


def test_a_named_market_after_a_named_work_is_a_second_work() -> None:
    # "Trạm y tế xã A và chợ B": the work before "và" has its name, the market named after it is a work of its own
    assert _rows("Trạm y tế phường Điện Nam và chợ Điện Ngọc đã hoàn thành.") == [
        ("Trạm y tế phường Điện Nam", "completed", None),
        ("chợ Điện Ngọc", "completed", None),
    ]
    assert [name for name, _, _ in _rows("Trường Mầm non Sơn Ca và chợ xã Bình Minh đã khánh thành.")] == [
        "Trường Mầm non Sơn Ca",
        "chợ xã Bình Minh",
    ]
    # (near miss: a kind with no name of its own shares the market's name, one work)
    assert [name for name, _, _ in _rows("Dự án Khu phố chợ và chợ Điện Ngọc đang triển khai.")] == [
        "Khu phố chợ và chợ Điện Ngọc"
    ]


def test_a_total_after_a_list_the_plural_head_opens_is_theirs_together() -> None:
    # "Các dự án A, B và C có tổng vốn X": the plural head makes the list one group, the total its own
    text = "Các dự án Cầu Sông Gianh, Đường ven biển Quảng Trạch và Kè Bảo Ninh có tổng vốn 2.600 tỷ đồng."
    fields = _project_fields(text, "2.600")
    assert (fields["project_name"], fields["measure"]) == (
        "Cầu Sông Gianh, Đường ven biển Quảng Trạch và Kè Bảo Ninh",
        "total_investment",
    )
    two = _project_fields("Những công trình Cầu Nhật Lệ 3 và Cầu Sông Son có tổng mức đầu tư 900 tỷ đồng.", "900")
    assert two["project_name"] == "Cầu Nhật Lệ 3 và Cầu Sông Son"
    # (near misses: works named without the plural head keep the last one's clause; one project after the head)
    assert _project_fields("Cầu Sông Gianh và Cầu Nhật Lệ 3 có tổng vốn 900 tỷ đồng.", "900")["project_name"] == (
        "Cầu Nhật Lệ 3"
    )
    assert _project_fields("Các dự án Khu đô thị Bảo Ninh có tổng vốn 900 tỷ đồng.", "900")["project_name"] == (
        "Khu đô thị Bảo Ninh"
    )


def test_the_value_said_after_a_package_and_its_project_is_the_packages() -> None:
    # "Gói thầu A của/thuộc dự án B có giá trị X": the package is the subject, B only says whose it is
    # (near miss: the project's capital said after it is the project's)
    for text, token, owner in (
        ("Gói thầu XL-03 của dự án Cao tốc Hòa Bình - Mộc Châu có giá trị 1.250 tỷ đồng.", "1.250", "Gói thầu XL-03"),
        ("Gói thầu số 5 thuộc dự án Đường vành đai 3 Hà Nam có giá trị khoảng 480 tỷ đồng.", "480", "Gói thầu số 5"),
        ("Gói thầu XL-03 của dự án Cao tốc Hòa Bình - Mộc Châu có tổng mức đầu tư 90 tỷ đồng.", "90",
         "Cao tốc Hòa Bình - Mộc Châu"),
    ):
        assert _project_fields(text, token)["project_name"] == owner, text


def _measures_read(text):
    return sorted((r["project_name"], r["measure"], r["value"]) for r in _document_projects(text))


_HTML_TWO_ROW_HEAD = (
    "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình giải ngân vốn đầu tư công 9 tháng năm 2026\n\n"
    "Đơn vị tính: triệu đồng\n<table>\n"
    '<tr><th rowspan="2">TT</th><th rowspan="2">Tên dự án</th><th colspan="3">Kế hoạch vốn năm 2026</th>'
    '<th rowspan="2">Giải ngân đến 30/9/2026</th></tr>\n'
    "<tr><th>Tổng số</th><th>NSTW</th><th>NSĐP</th></tr>\n"
    "<tr><td>1</td><td>Đường ven biển Xuân Hội</td><td>96.000</td><td>60.000</td><td>36.000</td>"
    "<td>51.700</td></tr>\n</table>\n"
)
_XUAN_HOI = "Đường ven biển Xuân Hội"
_XUAN_HOI_READ = [(_XUAN_HOI, "disbursed", 51.7e9), (_XUAN_HOI, "plan", 36e9), (_XUAN_HOI, "plan", 60e9),
                  (_XUAN_HOI, "plan", 96e9)]


def test_an_html_project_table_with_a_two_row_header_reads_as_its_tab_form() -> None:
    # a portal's table, "Kế hoạch vốn năm 2026" spanning "Tổng số | NSTW | NSĐP" under it and the names' and the
    # disbursed columns spanning both rows: each cell under the head of its column, as the same table with tabs
    # (the NSTW cell was read as disbursed, the NSĐP and disbursed cells as indicators)
    tab = (
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình giải ngân vốn đầu tư công 9 tháng năm 2026\n\n"
        "Đơn vị tính: triệu đồng\n"
        "TT\tTên dự án\tKế hoạch vốn năm 2026\t\t\tGiải ngân đến 30/9/2026\n"
        "\t\tTổng số\tNSTW\tNSĐP\t\n"
        "1\tĐường ven biển Xuân Hội\t96.000\t60.000\t36.000\t51.700\n"
    )
    assert _measures_read(tab) == _XUAN_HOI_READ
    assert _measures_read(_HTML_TWO_ROW_HEAD) == _XUAN_HOI_READ


def test_an_html_project_tables_spans_in_td_cells_and_quoted_either_way() -> None:
    # the header's cells as "<td>", their spans quoted with ' or not at all: the same grid
    text = (
        _HTML_TWO_ROW_HEAD.replace("<th", "<td").replace("</th>", "</td>")
        .replace('rowspan="2"', "rowspan=2").replace('colspan="3"', "colspan='3'")
    )
    assert _measures_read(text) == _XUAN_HOI_READ


def test_an_html_project_table_with_a_one_row_header_keeps_its_columns() -> None:
    # near miss: "Tên dự án | Chủ đầu tư | Tổng mức đầu tư | Kế hoạch vốn 2026 | Đã giải ngân" on one row, no span:
    # each cell under its head, the investor's column none of the money
    text = (
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTiến độ các dự án trọng điểm năm 2026\n\nĐơn vị: tỷ đồng\n<table border=1>\n"
        "<tr><td>Tên dự án</td><td>Chủ đầu tư</td><td>Tổng mức đầu tư</td><td>Kế hoạch vốn 2026</td>"
        "<td>Đã giải ngân</td></tr>\n"
        "<tr><td>Hồ chứa nước Ia Mơr</td><td>Ban QLDA nông nghiệp</td><td>1.240</td><td>300</td><td>118</td></tr>\n"
        "</table>\n"
    )
    name = "Hồ chứa nước Ia Mơr"
    assert _measures_read(text) == [(name, "disbursed", 118e9), (name, "plan", 300e9),
                                    (name, "total_investment", 1240e9)]


def test_an_html_project_rows_cell_spanning_the_row_below_keeps_that_rows_columns() -> None:
    # one investor's cell spanning two projects' rows ('<td rowspan="2">Ban QLDA</td>'): the second row, one cell
    # short, still has its price and its disbursed amount under their heads (its price was read as an indicator, its
    # disbursed amount as its price)
    text = (
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTiến độ giải ngân các dự án năm 2023\n\nĐơn vị tính: tỷ đồng\n<table>\n"
        "<tr><th>STT</th><th>Tên dự án</th><th>Chủ đầu tư</th><th>Tổng mức đầu tư</th><th>Đã giải ngân</th></tr>\n"
        '<tr><td>1</td><td>Đường Tuần Giáo - Mường Ảng</td><td rowspan="2">Ban QLDA huyện</td><td>640</td>'
        "<td>150</td></tr>\n"
        "<tr><td>2</td><td>Cầu Nậm Rốm</td><td>95</td><td>31</td></tr>\n</table>\n"
    )
    assert [r for r in _measures_read(text) if r[0] == "Cầu Nậm Rốm"] == [
        ("Cầu Nậm Rốm", "disbursed", 31e9),
        ("Cầu Nậm Rốm", "total_investment", 95e9),
    ]


def test_a_part_named_with_its_whole_keeps_its_noun() -> None:
    # "khởi công dự án thành phần 2 đường vành đai X": the part and its whole, named with "dự án" as a part named
    # alone is (was "thành phần 2 đường vành đai X")
    text = "Ngày 4/5/2026, tỉnh khởi công dự án thành phần 2 đường Vành đai 5 đoạn qua tỉnh Hưng Yên."
    assert _rows(text) == [
        ("dự án thành phần 2 đường Vành đai 5 đoạn qua tỉnh Hưng Yên", "started", dt.date(2026, 5, 4))
    ]
    # near miss: a whole project keeps its name without "dự án"
    text = "Ngày 4/5/2026, tỉnh khởi công dự án đường Vành đai 5 đoạn qua tỉnh Hưng Yên."
    assert _rows(text) == [("đường Vành đai 5 đoạn qua tỉnh Hưng Yên", "started", dt.date(2026, 5, 4))]


def test_a_work_built_against_floods_is_no_damage() -> None:
    # "Dự án Cụm dân cư vượt lũ X đã hoàn thành; Dự án Y ...": a flood-proof settlement names the flood it stands
    # above, no damage said of the works of its sentence (both were dropped)
    text = (
        "Dự án Cụm dân cư vượt lũ ấp Phú Lợi đã hoàn thành, bàn giao cho 85 hộ; Dự án nạo vét kênh Cái Sắn "
        "đang thi công."
    )
    assert [(name, event) for name, event, _ in _rows(text)] == [
        ("Cụm dân cư vượt lũ ấp Phú Lợi", "completed"),
        ("nạo vét kênh Cái Sắn", "in_progress"),
    ]
    # near miss: a flood that struck the works is still damage
    text = "Lũ làm hư hỏng Dự án kè sông Cái Sắn đang thi công."
    assert _rows(text) == []


def test_a_completion_after_the_time_the_works_took_is_a_second_event() -> None:
    # "khởi công từ tháng 3/2021, sau 10 tháng thi công đã hoàn thành": started then completed (was started only)
    text = "Công trình Trường Tiểu học Nậm Ban được khởi công từ tháng 3/2021, sau 10 tháng thi công đã hoàn thành."
    assert [event for _, event, _ in _rows(text)] == ["started", "completed"]
    # near miss: a completion still to come after the time is no second event
    text = "Công trình Trường Tiểu học Nậm Ban được khởi công từ tháng 3/2021, sau 10 tháng thi công sẽ hoàn thành."
    assert [event for _, event, _ in _rows(text)] == ["started"]


def test_a_village_known_by_its_number_after_tai_is_no_part_of_the_name() -> None:
    # "Trường Mầm non X tại thôn 3, xã Y": the village after "tại" says where the school is, as a commune does
    # (was "Trường Mầm non Sơn Ca tại thôn 3")
    text = "Năm 2021, huyện khánh thành Trường Mầm non Sơn Ca tại thôn 3, xã Ea Tân."
    assert [name for name, _, _ in _rows(text)] == ["Trường Mầm non Sơn Ca"]
    text = "Năm 2021, huyện khánh thành Trường Mầm non Sơn Ca tại bản Nà Pồng."
    assert [name for name, _, _ in _rows(text)] == ["Trường Mầm non Sơn Ca"]
    # near miss: a work with no proper name keeps the place that names it
    text = "Năm 2021, huyện khánh thành nhà văn hóa tại thôn 3."
    assert [name for name, _, _ in _rows(text)] == ["nhà văn hóa tại thôn 3"]


def test_the_bodies_an_office_houses_are_one_name() -> None:
    # "Trụ sở làm việc Đảng ủy, HĐND, UBND xã X": the commas part the bodies of one office (was "Trụ sở làm việc
    # Đảng ủy")
    text = "Ngày 2/9/2025, xã Nậm Xe khánh thành Trụ sở làm việc Đảng ủy, HĐND, UBND xã Nậm Xe."
    assert [name for name, _, _ in _rows(text)] == ["Trụ sở làm việc Đảng ủy, HĐND, UBND xã Nậm Xe"]
    # near miss: a comma after the name that opens a clause on another body still ends the name
    text = "Ngày 2/9/2025, xã khánh thành Trường Tiểu học Nậm Xe, UBND xã cho biết công trình vốn 5 tỷ đồng."
    assert [name for name, _, _ in _rows(text)] == ["Trường Tiểu học Nậm Xe"]


def test_money_after_a_quoted_name_reads_past_its_closing_quote() -> None:
    # "công trình “Cầu X” do Báo Y tài trợ 1,5 tỷ đồng": the gift that built the work, as without quotes (was an
    # indicator)
    text = "Xã Nậm Búng khánh thành công trình “Cầu treo bản Khe Cọ” do Báo Lao Động tài trợ 2,4 tỷ đồng."
    fields = _project_fields(text, "2,4")
    assert (fields["project_name"], fields["measure"]) == ("Cầu treo bản Khe Cọ", "total_investment")
    # near miss: the quoted name of a programme that gives is no work
    assert _not_a_project("Năm 2026, chương trình “Sóng và máy tính cho em” trao tặng 2,4 tỷ đồng.", "2,4")


def test_what_a_named_work_serves_is_no_part_of_its_name() -> None:
    # "khởi công Khu tái định cư Bản X phục vụ dự án": the work after its own name serves the project named before
    # (was "Khu tái định cư Bản Púng phục vụ dự án")
    text = "Ngày 3/6/2026, tỉnh khởi công Khu tái định cư Bản Púng phục vụ dự án, vốn 45 tỷ đồng."
    assert [name for name, _, _ in _rows(text)] == ["Khu tái định cư Bản Púng"]
    # near misses: a resettlement area is named by the project it serves when that is named
    text = "Ngày 3/6/2026, tỉnh khởi công khu tái định cư phục vụ dự án đường Vành đai 3."
    assert [name for name, _, _ in _rows(text)] == ["khu tái định cư phục vụ dự án đường Vành đai 3"]
    text = "Ngày 3/6/2026, tỉnh khởi công Khu tái định cư Bản Púng phục vụ dự án đường Vành đai 3."
    assert [name for name, _, _ in _rows(text)] == ["Khu tái định cư Bản Púng phục vụ dự án đường Vành đai 3"]


def test_a_share_of_the_works_done_says_they_are_under_way() -> None:
    # "Cầu X đã hoàn thành 90% khối lượng", "đạt 45% giá trị hợp đồng": a share of the works done, the works under
    # way (a work without "dự án" made no row: no verb said an event)
    for said in ("đã hoàn thành 90% khối lượng.", "đạt khoảng 45% giá trị hợp đồng.", "thi công được 70% khối lượng."):
        assert _rows(f"Cầu Thạch Bàn 2 {said}") == [("Cầu Thạch Bàn 2", "in_progress", None)], said
    # near miss: a share of the plan says no event of a work named without "dự án"
    assert _rows("Cầu Thạch Bàn 2 đạt 100% kế hoạch.") == []
    # near miss: a site road is no name's end
    assert _rows("Dự án làm đường thi công vào mỏ đá Tân Lập đang triển khai.")[0][0] == (
        "làm đường thi công vào mỏ đá Tân Lập"
    )
    # near miss: a share still to come is a goal
    assert _rows("Cầu Thạch Bàn 2 dự kiến hoàn thành 90% khối lượng trong năm 2027.") == []


def test_the_whole_a_disbursement_is_out_of_named_as_the_price_is_the_price() -> None:
    # "giải ngân 3.100/3.560 tỷ đồng tổng mức đầu tư": the amount after the slash is the project's price, named so
    # (was its plan); "Dự án X lũy kế giải ngân ...": the running total is no part of the name
    text = "Dự án Hồ chứa nước Ka Pét lũy kế giải ngân đạt 3.100 tỷ đồng/3.560 tỷ đồng tổng mức đầu tư."
    fields = _project_fields(text, "3.560")
    assert (fields["project_name"], fields["measure"]) == ("Hồ chứa nước Ka Pét", "total_investment")
    assert _project_fields(text, "3.100")["measure"] == "disbursed"
    # near miss: the amount after the slash named as the capital plan stays the plan
    text = "Dự án Hồ chứa nước Ka Pét giải ngân 3.100/3.560 tỷ đồng kế hoạch vốn."
    assert _project_fields(text, "3.560")["measure"] == "plan"


def test_a_work_built_after_an_accident_said_after_it_is_news_of_its_own() -> None:
    # "khởi công cầu X mới ... sau sự cố sập cầu do bão": the occasion after the work, not damage said of it (the
    # work was dropped as damaged; the occasion was read into its name)
    text = "Ngày 5/3/2025, tỉnh khởi công cầu Bến Ngự mới sau sự cố sập cầu do lũ quét, tổng mức đầu tư 420 tỷ đồng."
    assert _rows(text) == [("cầu Bến Ngự mới", "started", dt.date(2025, 3, 5))]
    # near miss: a work the accident struck is still damaged
    assert _rows("Cầu Bến Ngự bị sập sau sự cố sạt lở do lũ quét.") == []


def test_a_start_and_a_later_completion_each_keep_their_own_time() -> None:
    # "được khởi công năm 2022 và hoàn thành tháng 9/2024": the month is the completion's, the start has its year
    # only (the start was dated 2024-09-01, the completion undated)
    text = (
        "Công trình Trạm bơm Kênh Gà có tổng mức đầu tư 210 tỷ đồng, được khởi công năm 2022 và hoàn thành "
        "tháng 9/2024."
    )
    assert _rows(text) == [
        ("Trạm bơm Kênh Gà", "started", None),
        ("Trạm bơm Kênh Gà", "completed", dt.date(2024, 9, 1)),
    ]
    # near miss: a start with its own month keeps it
    text = "Công trình Trạm bơm Kênh Gà được khởi công tháng 3/2022 và hoàn thành tháng 9/2024."
    assert [(event, day) for _, event, day in _rows(text)] == [
        ("started", dt.date(2022, 3, 1)),
        ("completed", dt.date(2024, 9, 1)),
    ]


def test_a_second_act_said_with_dong_thoi_shares_the_sentences_day() -> None:
    # "Ngày 14/3/2027, xã khánh thành A; đồng thời khởi công B": B is started on the day the sentence gave (was
    # undated)
    text = "Ngày 14/3/2027, xã Tân Lập khánh thành Trường Mầm non Tân Lập; đồng thời khởi công Nhà văn hóa xóm Bãi."
    assert _rows(text) == [
        ("Trường Mầm non Tân Lập", "inaugurated", dt.date(2027, 3, 14)),
        ("Nhà văn hóa xóm Bãi", "started", dt.date(2027, 3, 14)),
    ]
    # "Đồng thời" opening the next sentence is the same occasion: the day of the sentence before
    text = "Ngày 14/3/2027, xã Tân Lập khánh thành Trường Mầm non Tân Lập. Đồng thời, xã khởi công Nhà văn hóa xóm Bãi."
    assert _rows(text)[1] == ("Nhà văn hóa xóm Bãi", "started", dt.date(2027, 3, 14))


def test_dong_thoi_opening_the_next_sentence_takes_the_day_of_the_act_before() -> None:
    # "Sáng 3/2/2026, ... khánh thành A. Đồng thời khởi công B": the second act of the same occasion, its day
    text = ("Sáng 3/2/2026, huyện Mường Tè khánh thành cầu treo Pa Ủ. Đồng thời khởi công cầu Nậm Nhé 2 với tổng "
            "mức đầu tư 95 tỷ đồng.")
    assert _rows(text) == [
        ("cầu treo Pa Ủ", "inaugurated", dt.date(2026, 2, 3)),
        ("cầu Nậm Nhé 2", "started", dt.date(2026, 2, 3)),
    ]
    # near miss: a sentence between the two acts, the occasion is no longer the one dated
    text = ("Sáng 3/2/2026, huyện Mường Tè khánh thành cầu treo Pa Ủ. Cầu dài 120 m, nối hai bản. Đồng thời khởi "
            "công cầu Nậm Nhé 2.")
    assert ("cầu Nậm Nhé 2", "started", None) in _rows(text)


def test_works_said_done_together_in_the_next_sentence_take_that_event() -> None:
    # "xây dựng mới Trường A và nâng cấp Trạm y tế B. Các công trình đều đã hoàn thành": the plural sentence says the
    # event of the works the sentence before named (they read under way, or had no row)
    text = (
        "Năm 2021, xã Mường Lống đầu tư xây dựng mới Trường Mầm non Mường Lống và nâng cấp Trạm y tế xã Mường Lống. "
        "Các công trình đều đã hoàn thành, bàn giao đưa vào sử dụng."
    )
    assert _rows(text) == [
        ("Trường Mầm non Mường Lống", "completed", None),
        ("Trạm y tế xã Mường Lống", "completed", None),
    ]
    text = "Huyện đã xây mới Cầu Khe Nà và Đường Bản Lìm. Hai công trình đã được khánh thành ngày 19/5/2026."
    assert _rows(text) == [
        ("Cầu Khe Nà", "inaugurated", dt.date(2026, 5, 19)),
        ("Đường Bản Lìm", "inaugurated", dt.date(2026, 5, 19)),
    ]
    # near misses: a plan or a share of the works is no event; a work already started keeps its start
    text = "Huyện đầu tư xây dựng Cầu Khe Nà và Đường Bản Lìm. Các công trình dự kiến hoàn thành trong năm 2027."
    assert {event for _, event, _ in _rows(text)} == {"in_progress"}
    text = "Huyện đầu tư xây dựng Cầu Khe Nà và Đường Bản Lìm. Hai công trình đã hoàn thành 80% khối lượng."
    assert {event for _, event, _ in _rows(text)} == {"in_progress"}
    text = "Huyện khởi công Cầu Khe Nà và Đường Bản Lìm. Các công trình đều đã hoàn thành."
    assert {event for _, event, _ in _rows(text)} == {"started"}


def test_the_cost_of_the_works_said_next_is_the_counted_groups() -> None:
    # "khánh thành 4 công trình ..., gồm: A; B; C và D. Tổng kinh phí các công trình là 385 tỷ đồng": the group's
    # total (was an indicator)
    text = (
        "Năm 2026, tỉnh Lâm Đồng khánh thành 3 công trình chào mừng Đại hội, gồm: Cầu Đại Ninh; Trường THPT Di Linh "
        "và Đường Phan Đình Phùng. Tổng kinh phí các công trình là 412 tỷ đồng."
    )
    fields = _project_fields(text, "412")
    assert (fields["project_name"], fields["measure"]) == ("3 công trình chào mừng Đại hội", "total_investment")
    # near miss: the cost of the works of a programme, with no group counted before, is no project's
    assert _not_a_project("Tổng kinh phí các công trình là 412 tỷ đồng.", "412")


def test_a_licensed_projects_planned_opening_is_no_works_under_way() -> None:
    # "trao giấy chứng nhận đăng ký đầu tư cho dự án X ... Dự án dự kiến đi vào hoạt động năm 2027": the plan of the
    # work just licensed (was a second row, under way)
    text = (
        "Ngày 3/8/2026, tỉnh trao giấy chứng nhận đăng ký đầu tư cho dự án Nhà máy sợi Hải Hà với vốn 90 triệu USD. "
        "Dự án dự kiến đi vào hoạt động năm 2027."
    )
    assert _rows(text) == [("Nhà máy sợi Hải Hà", "approved", dt.date(2026, 8, 3))]
    # near miss: a work started whose works are said under way keeps that row
    text = "Ngày 3/8/2026, tỉnh khởi công dự án Nhà máy sợi Hải Hà. Dự án đang thi công phần móng."
    assert ("Nhà máy sợi Hải Hà", "in_progress", None) in _rows(text)


def test_a_work_said_with_its_disbursement_only_has_no_event_row() -> None:
    # "Riêng dự án X giải ngân 410 tỷ đồng": the money of the work, no event (was an in_progress row); "15 dự án
    # trọng điểm giải ngân ...": the disbursement ends the group's name
    text = "Riêng dự án đường ven biển Quảng Ngãi giải ngân 410 tỷ đồng."
    assert _rows(text) == []
    assert _project_fields(text, "410")["measure"] == "disbursed"
    routed = route_in_text("Đến nay, 12 dự án trọng điểm giải ngân 2.130 tỷ đồng.", "2.130")
    assert routed is None or routed.table != "projects" or "giải ngân" not in routed.fields["project_name"]
    # near miss: works said under way keep their row
    assert _rows("Riêng dự án đường ven biển Quảng Ngãi đang thi công, giải ngân 410 tỷ đồng.") == [
        ("đường ven biển Quảng Ngãi", "in_progress", None)
    ]


def test_a_power_line_called_a_route_is_one_work() -> None:
    # "Tuyến đường dây 500 kV A - B đã được đóng điện": the line written with "tuyến" before it (was no work: "tuyến
    # đường" took the line's words)
    text = "Tuyến đường dây 500 kV Lào Cai - Vĩnh Yên đã được đóng điện ngày 12/9/2026."
    assert _rows(text) == [("Tuyến đường dây 500 kV Lào Cai - Vĩnh Yên", "completed", dt.date(2026, 9, 12))]
    # near miss: a road still reads as a road
    text = "Tuyến đường Lào Cai - Sa Pa đã được khánh thành."
    assert _rows(text) == [("Tuyến đường Lào Cai - Sa Pa", "inaugurated", None)]


def test_works_picked_out_of_a_group_given_plaques_are_inaugurated() -> None:
    # "gắn biển 12 công trình, trong đó có A và B": the plaques' inauguration is A's and B's (was no row)
    text = "Chào mừng Đại hội, tỉnh đã gắn biển 9 công trình, trong đó có Cầu Hòa Thuận và Trường THCS Phan Bội Châu."
    assert _rows(text) == [
        ("Cầu Hòa Thuận", "inaugurated", None),
        ("Trường THCS Phan Bội Châu", "inaugurated", None),
    ]
    # near miss: a group counted with no event picks out no event
    assert _rows("Tỉnh có 9 công trình trọng điểm, trong đó có Cầu Hòa Thuận và Trường THCS Phan Bội Châu.") == []


def test_a_tunnel_bored_through_is_under_way() -> None:
    # "Hầm X đã thông hầm": a milestone of the works, as "hợp long" (was no row)
    assert _rows("Hầm đường bộ Đèo Cả 2 đã thông hầm.") == [("Hầm đường bộ Đèo Cả 2", "in_progress", None)]
    # near miss: a road cleared after a landslide ("thông tuyến") is no works
    assert _rows("Hầm đường bộ Đèo Cả 2 đã thông tuyến trở lại sau sạt lở.") == []


def test_works_named_after_cac_cong_trinh_are_the_works_listed() -> None:
    # "khánh thành các công trình Cầu A và Đường B": proper names after the kind name the works (was no row)
    text = "Tỉnh đã khánh thành các công trình Cầu Sông Lũy và Đường Võ Văn Kiệt."
    assert _rows(text) == [("Cầu Sông Lũy", "inaugurated", None), ("Đường Võ Văn Kiệt", "inaugurated", None)]
    # near miss: school levels after the kind name the kinds of the works, none of them
    assert _rows("Tỉnh phê duyệt chủ trương đầu tư các công trình Trường Tiểu học, Trường Mầm non trên địa bàn.") == []


def test_the_cost_of_the_works_just_named_is_theirs_together() -> None:
    # "khánh thành các công trình Cầu A và Đường B. Tổng vốn đầu tư các công trình là X": the two works' total (was
    # the group a paragraph before counted)
    preceding = "Huyện khởi công 3 công trình trường học với tổng kinh phí 120 tỷ đồng.\n\n"
    text = "Tỉnh đã khánh thành Cầu Sông Lũy và Đường Võ Văn Kiệt. Tổng vốn đầu tư các công trình là 500 tỷ đồng."
    fields = _project_fields(text, "500", preceding=preceding)
    assert (fields["project_name"], fields["event"]) == ("Cầu Sông Lũy và Đường Võ Văn Kiệt", "inaugurated")
    # near miss: with one work named before, the group counted before keeps the total
    text = "Tỉnh đã khánh thành Cầu Sông Lũy. Tổng vốn đầu tư các công trình là 500 tỷ đồng."
    assert _project_fields(text, "500", preceding=preceding)["project_name"] == "3 công trình trường học"


def test_a_group_whose_works_are_picked_out_in_its_paragraph_carries_no_event() -> None:
    from orchestration.extraction.projects import group_event

    # "khởi công 18 công trình ... Nổi bật là: khởi công A; khánh thành B": the works are named right there; a
    # paragraph after opening on a work is no item of the group (it took "started")
    text = "Trong năm, tỉnh đã khởi công 18 công trình, khánh thành 11 công trình. Nổi bật là: khởi công cầu Hàm Yên."
    assert group_event(text) is None
    # near miss: a head that ends its paragraph still carries its event to the lines after
    assert group_event("Trong năm, tỉnh đã khởi công 18 công trình. Cụ thể như sau:") is not None


def test_a_headlines_group_takes_the_day_its_lead_counts_it_on() -> None:
    from orchestration.extraction.projects import group_day

    # "Khánh thành, khởi công 20 công trình ... (Báo X) - Sáng 2/9/2025, ... khởi công 12 công trình": the headline
    # joined to its lead counts the group with no day; the lead's count of the same event gives it (was none)
    text = (
        "Hà Tĩnh: Khởi công 15 công trình chào mừng Đại hội (Báo Hà Tĩnh) - Sáng 3/9/2026, UBND tỉnh tổ chức lễ "
        "khởi công 15 công trình chào mừng Đại hội."
    )
    assert group_day(text, "Khởi công 15 công trình", 2026) == dt.date(2026, 9, 3)
    # near miss: a later count of another event gives no day to the headline's
    text = "Hà Tĩnh: Khởi công 15 công trình (Báo Hà Tĩnh) - Sáng 3/9/2026, tỉnh khánh thành 6 công trình."
    assert group_day(text, "Khởi công 15 công trình", 2026) is None


def test_a_work_being_finished_is_under_way() -> None:
    # "Khu nhà ở xã hội X (680 căn) đang hoàn thiện": the finishing works going on (was no row)
    text = "Khu nhà ở xã hội phường Mỹ Thới (540 căn) đang hoàn thiện, dự kiến bàn giao vào tháng 3/2028."
    assert _rows(text) == [("Khu nhà ở xã hội phường Mỹ Thới", "in_progress", None)]
    # near miss: a plan still being written is no works of the place
    assert _rows("Tỉnh đang hoàn thiện quy hoạch Khu nhà ở xã hội phường Mỹ Thới.") == []


def test_a_givers_share_of_the_price_just_said_is_the_works_money() -> None:
    # "kinh phí 850 triệu đồng do nhân dân đóng góp 300 triệu đồng": the people's share of the hall's price (was an
    # indicator)
    text = "Nhà văn hóa ấp Mỹ Hòa đã được khánh thành, kinh phí 850 triệu đồng do nhân dân đóng góp 300 triệu đồng."
    fields = _project_fields(text, "300")
    assert (fields["project_name"], fields["measure"]) == ("Nhà văn hóa ấp Mỹ Hòa", "total_investment")
    # near miss: a gift with no price said before it is no share of the work's price
    assert _not_a_project("Nhà văn hóa ấp Mỹ Hòa đã được khánh thành, nhân dân đóng góp 300 ngày công.", "300")


def test_a_second_counted_event_of_the_lead_has_the_leads_day() -> None:
    from orchestration.extraction.projects import group_day_of

    # "Sáng 2/9/2026, tỉnh khánh thành 8 công trình và khởi công 12 công trình": the group inaugurated is dated too
    # (the count ran on to "và khởi công" and read as a start: no day)
    text = "Sáng 2/9/2026, tỉnh khánh thành 8 công trình và khởi công 12 công trình chào mừng Đại hội."
    assert group_day_of(text, "inaugurated", 2026) == dt.date(2026, 9, 2)
    assert group_day_of(text, "started", 2026) == dt.date(2026, 9, 2)
    # near miss: an event the lead counts no group of has no day
    assert group_day_of(text, "approved", 2026) is None


def test_a_tunnel_named_after_thong_ham_is_the_verbs_object() -> None:
    # "lễ thông hầm Hầm X", "thông hầm X": "hầm" ends the verb, the tunnel after it is bored through (was "hầm Hầm X"
    # with no row, the verb's noun read as the work's)
    assert _rows("Sáng 3/4, nhà thầu tổ chức lễ thông hầm Hầm Khe Chè trên cao tốc Bắc - Nam.") == [
        ("Hầm Khe Chè", "in_progress", None)
    ]
    assert _rows("Nhà thầu vừa đào thông hầm Tà Puồng.") == [("hầm Tà Puồng", "in_progress", None)]
    # near miss: a tunnel named with no such verb is no news, nor traffic through it ("lưu thông", "giao thông")
    assert _rows("Xe tải đi qua hầm Tà Puồng an toàn.") == []
    assert _rows("Lực lượng chức năng đảm bảo lưu thông hầm Hải Vân an toàn.") == []
    assert _rows("Tai nạn giao thông hầm Thủ Thiêm.") == []


def test_a_numbered_unit_of_a_named_plant_is_named_with_it() -> None:
    # "tổ máy số 1 của Nhà máy thủy điện X hòa lưới": the unit and the plant are one work of the event (was the unit
    # alone, "tổ máy số 1", and the plant a mention with no row)
    text = "Ngày 8/6/2026, tổ máy số 1 của Nhà máy thủy điện Nậm Mu 3 đã hòa lưới điện quốc gia."
    assert _rows(text) == [("tổ máy số 1 của Nhà máy thủy điện Nậm Mu 3", "completed", dt.date(2026, 6, 8))]
    # near miss: a unit of the plant named before keeps its own words ("của nhà máy" names nothing)
    assert _rows("Ngày 8/6/2026, tổ máy số 1 của nhà máy đã hòa lưới điện quốc gia.") == [
        ("tổ máy số 1", "completed", dt.date(2026, 6, 8))
    ]


def test_a_groups_total_in_the_next_sentence_takes_the_groups_event() -> None:
    # "khởi công 6 công trình ... . Tổng vốn đầu tư các công trình là X": the group started, its price with it (was
    # funding; its name was also cut inside a word at 40 letters, "... Đảng bộ tỉ")
    text = (
        "Sáng 10/10/2025, tỉnh khởi công 6 công trình trọng điểm chào mừng Đại hội Đảng bộ tỉnh. Tổng vốn đầu tư các "
        "công trình là 950 tỷ đồng."
    )
    fields = _project_fields(text, "950")
    assert (fields["project_name"], fields["event"]) == (
        "6 công trình trọng điểm chào mừng Đại hội Đảng bộ",
        "started",
    )
    # near miss: a group counted with no event keeps its price as funding
    text = "Tỉnh có 6 công trình trọng điểm. Tổng vốn đầu tư các công trình là 950 tỷ đồng."
    assert _project_fields(text, "950")["event"] == "funding"


def test_an_amended_licence_given_to_a_project_approves_it() -> None:
    # "trao giấy chứng nhận điều chỉnh cho dự án X": the amended licence, approved (was in_progress, a bare mention)
    text = "Ban Quản lý cũng trao giấy chứng nhận điều chỉnh cho dự án Nhà máy Foxconn Quang Châu, tăng vốn thêm."
    assert _rows(text) == [("Nhà máy Foxconn Quang Châu", "approved", None)]
    # near miss: a licence taken back approves nothing
    text = "Ban Quản lý thu hồi giấy chứng nhận điều chỉnh của dự án Nhà máy Foxconn Quang Châu."
    assert [row[1] for row in _rows(text)] != ["approved"]


def test_a_commune_rearranged_before_its_event_is_no_event_ahead() -> None:
    from orchestration.extraction.projects import announced_event

    # "Xã X (sau sắp xếp) đã khởi công Y": "sắp xếp", the merger of communes, is no "sắp" (about to) (was in_progress;
    # a headline "Sau sắp xếp, ..." read as a ceremony ahead)
    text = "Xã Hòa Phú (sau sắp xếp) đã khởi công Trường Mầm non Sơn Ca."
    assert _rows(text) == [("Trường Mầm non Sơn Ca", "started", None)]
    assert announced_event("Sau sắp xếp, xã Hòa Phú khánh thành cầu Ông Bảo") is None
    # near miss: "sắp khởi công" is still ahead
    assert _rows("Xã Hòa Phú sắp khởi công Trường Mầm non Sơn Ca.") == [("Trường Mầm non Sơn Ca", "in_progress", None)]
    assert announced_event("Sắp khánh thành cầu Ông Bảo") == "inaugurated"


def test_a_projects_record_says_its_state_after_the_name() -> None:
    # "Dự án X: tổng mức đầu tư ...; đã hoàn thành, đưa vào sử dụng tháng 9/2026": a clause of the block opening on
    # its predicate is the project's (was in_progress, the verb past the first ";")
    text = "Dự án Trung tâm Y tế Krông Pắc: tổng mức đầu tư 98 tỷ đồng; đã hoàn thành, đưa vào sử dụng tháng 9/2026."
    assert _rows(text) == [("Trung tâm Y tế Krông Pắc", "completed", dt.date(2026, 9, 1))]
    # near miss: a clause whose verb has a work of its own says nothing of the project
    text = "Dự án Trung tâm Y tế Krông Pắc: tổng mức đầu tư 98 tỷ đồng; đã khởi công cầu Ea Knốp."
    assert ("Trung tâm Y tế Krông Pắc", "started", None) not in _rows(text)


def test_the_lines_of_a_projects_record_say_its_events() -> None:
    # "1. Dự án X" then "- Dự án đã được chấp thuận chủ trương đầu tư ngày D", "- Tiến độ: đã khởi công ngày D": the
    # lines under the name (were no rows: a reference after a dash, a status field)
    approved = find_project_events(
        "- Dự án đã được UBND tỉnh chấp thuận chủ trương đầu tư ngày 15/5/2026.", "Khu công nghiệp Tân Lập"
    )
    assert [(e.name, e.event, e.date) for e in approved if e.row] == [
        ("Khu công nghiệp Tân Lập", "approved", dt.date(2026, 5, 15))
    ]
    started = find_project_events("- Tiến độ: đã khởi công ngày 20/3/2026, đạt 25% khối lượng.", "đường tỉnh 769E")
    assert [(e.name, e.event, e.date) for e in started if e.row] == [
        ("đường tỉnh 769E", "started", dt.date(2026, 3, 20))
    ]
    # near miss: a status line of money says no event, and names no project
    assert find_project_events("- Tình hình thực hiện: đã giải ngân 45 tỷ đồng.", "đường tỉnh 769E") == ()


def test_the_items_of_a_counted_groups_list_share_the_day_of_the_first() -> None:
    # "Chấp thuận chủ trương đầu tư 3 dự án" over "Ngày 10/3/2026, tỉnh chấp thuận ... dự án A với tổng vốn ...; dự án
    # B, vốn ...; dự án C, ...": the items after the first take its day (were undated: their event came from the group
    # counted before, not from the list's verb)
    text = (
        "Ngày 10/3/2026, UBND tỉnh chấp thuận chủ trương đầu tư dự án Khu đô thị Đông Xuyên với tổng vốn đầu tư 450 "
        "tỷ đồng; dự án Nhà máy linh kiện Hà Phong, vốn đầu tư 12 triệu USD; dự án Cụm công nghiệp Yên Trung, tổng "
        "vốn 68 tỷ đồng."
    )
    got = find_project_events(text, None, 2026, "chấp thuận chủ trương đầu tư 3 dự án")
    assert [(e.name, e.event, e.date) for e in got if e.row] == [
        ("Khu đô thị Đông Xuyên", "approved", dt.date(2026, 3, 10)),
        ("Nhà máy linh kiện Hà Phong", "approved", dt.date(2026, 3, 10)),
        ("Cụm công nghiệp Yên Trung", "approved", dt.date(2026, 3, 10)),
    ]
    # near miss: an item with an event of its own keeps its own (undated) day
    text = text.replace(
        "dự án Cụm công nghiệp Yên Trung, tổng vốn 68 tỷ đồng", "dự án Cụm công nghiệp Yên Trung đã khởi công"
    )
    got = find_project_events(text, None, 2026, "chấp thuận chủ trương đầu tư 3 dự án")
    assert ("Cụm công nghiệp Yên Trung", "started", None) in [(e.name, e.event, e.date) for e in got if e.row]


def test_a_bridge_opened_on_a_month_said_after_is_completed() -> None:
    # "cầu X cũng được thông xe vào tháng 11/2026": opened to traffic, done (was no row: only "đã/vừa/mới thông xe")
    text = "Trước đó, cầu Phú Hội trên Quốc lộ 20 cũng được thông xe vào tháng 11/2026."
    assert _rows(text) == [("cầu Phú Hội", "completed", dt.date(2026, 11, 1))]
    # near miss: an opening still planned stays ahead
    assert _rows("Cầu Phú Hội dự kiến được thông xe vào tháng 11/2026.") == [("Cầu Phú Hội", "in_progress", None)]


def test_a_time_after_the_name_is_no_part_of_it() -> None:
    # "Thông xe cầu X trước Tết": when the opening came, no part of the bridge's name (was "cầu X trước Tết")
    assert _rows("Lâm Đồng: Thông xe cầu Đại Ninh trước Tết") == [("cầu Đại Ninh", "completed", None)]
    # near miss: a name going on after another word keeps it
    assert _rows("Lâm Đồng: Thông xe cầu Đại Ninh mới") == [("cầu Đại Ninh mới", "completed", None)]


def test_works_picked_out_of_a_ceremonys_group_are_on_its_day() -> None:
    from orchestration.extraction.projects import same_day_as_before

    # "Sáng 19/8/2025, ... khởi công, khánh thành 15 công trình. Trong đó, khởi công 9 công trình, tiêu biểu là cầu
    # X": the works picked out of the group are on the ceremony's day (were undated)
    text = (
        "Sáng 19/8/2025, thành phố khởi công, khánh thành 15 công trình. Trong đó, khởi công 9 công trình, như cầu "
        "Kim Long."
    )
    assert same_day_as_before(text, text.index("cầu Kim"), text, 0, 2025) == dt.date(2025, 8, 19)
    # near miss: a sentence before that counts no works' event lends no day
    text = "Sáng 19/8/2025, thành phố họp bàn về 15 công trình. Trong đó, khởi công 9 công trình, như cầu Kim Long."
    assert same_day_as_before(text, text.index("cầu Kim"), text, 0, 2025) is None


def test_a_table_column_of_registered_capital_is_the_projects_price() -> None:
    # "Vốn đăng ký (triệu USD)": a licensed project's registered capital, its price as "vốn đăng ký" in a sentence (was
    # an indicator labelled by the project)
    text = (
        "Các dự án FDI được cấp phép năm 2026\n"
        "TT\tTên dự án\tNhà đầu tư\tVốn đăng ký (triệu USD)\n"
        "1\tNhà máy lốp xe Hòa Phát\tCông ty TNHH Hòa Phát\t350\n"
    )
    assert {(r["measure"], r["value"]) for r in _document_projects(text)} == {("total_investment", 350e6)}
    # near miss: a column of the land it takes is no money of the project
    text = text.replace("Vốn đăng ký (triệu USD)", "Diện tích (ha)")
    assert _document_projects(text) == []


def test_a_hall_named_with_its_two_uses_is_one_work() -> None:
    # "Trung tâm Văn hóa - Thể thao xã", "Nhà văn hóa - Khu thể thao thôn X": the centre of both uses, one work (was no
    # work: the dash after the first use ended the kind)
    text = "Chiều 14/10/2025, xã tổ chức lễ khởi công xây dựng Trung tâm Văn hóa - Thể thao xã."
    assert _rows(text) == [("Trung tâm Văn hóa - Thể thao xã", "started", dt.date(2025, 10, 14))]
    text = "Huyện khánh thành Nhà văn hóa - Khu thể thao thôn Đồng Tâm."
    assert _rows(text) == [("Nhà văn hóa - Khu thể thao thôn Đồng Tâm", "inaugurated", None)]
    # near miss: a hall named alone reads as before
    assert _rows("Huyện khánh thành Nhà văn hóa thôn Đồng Tâm.") == [("Nhà văn hóa thôn Đồng Tâm", "inaugurated", None)]


def test_an_example_of_the_works_just_counted_takes_their_event() -> None:
    # "... bàn giao đưa vào sử dụng 12 cây cầu. Tiêu biểu là cầu X": an example of the group, its event (was no row)
    text = "Năm 2024, huyện đã bàn giao đưa vào sử dụng 12 cây cầu nông thôn. Tiêu biểu là cầu Kênh Ba dài 36 m."
    assert _rows(text) == [("cầu Kênh Ba", "completed", None)]
    # near miss: an example after a sentence with no event says none
    assert _rows("Huyện có 12 cây cầu nông thôn. Tiêu biểu là cầu Kênh Ba dài 36 m.") == []
    # "... chấp thuận 3 dự án với tổng vốn N và cấp mới 5 dự án FDI với tổng vốn M. Một số dự án lớn như: Dự án A (...);
    # Dự án B (...)": examples of the groups approved and licensed, approved (were under way: two groups with their
    # capital before)
    text = (
        "Trong quý II, tỉnh chấp thuận chủ trương đầu tư 3 dự án với tổng vốn 1.150 tỷ đồng và cấp mới 5 dự án FDI với "
        "tổng vốn 114 triệu USD. Một số dự án lớn như: Dự án Nhà máy bao bì Tân Hòa (40 triệu USD); Dự án Nhà máy dệt "
        "Bến Đá (25 triệu USD)."
    )
    assert [row[:2] for row in _rows(text)] == [
        ("Nhà máy bao bì Tân Hòa", "approved"), ("Nhà máy dệt Bến Đá", "approved")
    ]


def test_the_items_of_a_withdrawn_groups_list_are_withdrawn() -> None:
    # "chấm dứt hoạt động 3 dự án chậm tiến độ với tổng vốn 1.250 tỷ đồng, gồm: A; B": withdrawn, no works under way
    # (were in_progress: the head's verb lay beyond the 60 characters a withdrawal is looked for before a name)
    text = (
        "UBND tỉnh đã chấm dứt hoạt động 2 dự án chậm tiến độ với tổng vốn đăng ký 1.250 tỷ đồng, gồm: Dự án Khu "
        "dịch vụ Bắc Sơn; Dự án Nhà máy gạch Hà Trung."
    )
    assert _rows(text) == []
    # near miss: a list of a group licensed keeps its event
    text = text.replace("chấm dứt hoạt động", "cấp phép cho").replace(" chậm tiến độ", "")
    assert [row[1] for row in _rows(text)] == ["approved", "approved"]


def test_a_plant_making_power_of_household_waste_keeps_its_name() -> None:
    # "Nhà máy xử lý chất thải rắn sinh hoạt phát điện X": the power it makes of the waste is its name (was cut
    # before "phát điện", read as the plant's first power)
    text = "Sáng 6/6/2026, tỉnh động thổ Nhà máy xử lý chất thải rắn sinh hoạt phát điện Phù Cừ."
    assert _rows(text) == [("Nhà máy xử lý chất thải rắn sinh hoạt phát điện Phù Cừ", "started", dt.date(2026, 6, 6))]
    # near miss: a wind farm's first power is its event, no part of its name
    assert _rows("Nhà máy điện gió Phù Cừ phát điện thương mại.") == [("Nhà máy điện gió Phù Cừ", "completed", None)]


def test_the_occasions_day_is_not_a_day_of_the_works_history_told_after_it() -> None:
    from orchestration.extraction.projects import same_day_as_before

    # "Sáng 2/9/2024, tỉnh khánh thành cầu X. Công trình khởi công ngày 20/12/2021 ... Dịp này, tỉnh khởi công Y": the
    # ceremony's day (was the last day said, the bridge's start three years before)
    text = (
        "Sáng 2/9/2024, tỉnh khánh thành cầu Thị Nại 2. Công trình khởi công ngày 20/12/2021, dài 2,5 km. Dịp này, "
        "tỉnh cũng khởi công Bệnh viện Đa khoa tỉnh cơ sở 2."
    )
    assert same_day_as_before(text, text.index("Bệnh viện"), text, 0, 2024) == dt.date(2024, 9, 2)
    # near miss: with one day said before, that day is the occasion's
    text = "Tỉnh khánh thành cầu Thị Nại 2 vào ngày 2/9/2024. Dịp này, tỉnh cũng khởi công Bệnh viện Đa khoa tỉnh."
    assert same_day_as_before(text, text.index("Bệnh viện"), text, 0, 2024) == dt.date(2024, 9, 2)


def test_more_kinds_of_works_name_a_work() -> None:
    # "khánh thành Nghĩa trang liệt sĩ xã X", "Khu xử lý nước thải Y", "Trung tâm thương mại Z": kinds of works of the
    # news (were no rows: no work noun opened them)
    for kind in ("Nghĩa trang liệt sĩ xã Vĩnh Lợi", "Khu xử lý nước thải Phú Bài", "Trung tâm thương mại Vĩnh Lợi",
                 "Phòng khám đa khoa khu vực Phú Bài", "Khu công nghệ cao Phú Bài"):
        assert _rows(f"Ngày 5/3/2026, tỉnh khánh thành {kind}.") == [(kind, "inaugurated", dt.date(2026, 3, 5))]
    # near miss: a shopping centre where people go is a place, no work of the news
    assert _rows("Người dân đi mua sắm tại Trung tâm thương mại Vĩnh Lợi.") == []


def test_numbered_items_of_a_counted_list_take_its_verb() -> None:
    # "chấp thuận chủ trương đầu tư đối với 2 dự án: (1) Dự án A, ...; (2) Dự án B": the items' numbers are no part of
    # them, the head's verb is theirs (were in_progress)
    text = (
        "Ngày 8/4/2026, UBND tỉnh chấp thuận chủ trương đầu tư đối với 2 dự án: (1) Dự án Nhà máy thức ăn De Heus, vốn "
        "45 triệu USD; (2) Dự án Khu dân cư Thạnh Đức, tổng vốn 1.120 tỷ đồng."
    )
    day = dt.date(2026, 4, 8)
    assert _rows(text) == [("Nhà máy thức ăn De Heus", "approved", day), ("Khu dân cư Thạnh Đức", "approved", day)]
    # near miss: the same items under a head with no verb say none of their own
    text = text.replace("Ngày 8/4/2026, UBND tỉnh chấp thuận chủ trương đầu tư đối với", "Tỉnh có")
    assert [row[1] for row in _rows(text)] == ["in_progress", "in_progress"]


def test_the_works_listed_after_plaques_on_a_counted_group_are_inaugurated() -> None:
    # "gắn biển 2 công trình chào mừng Đại hội, gồm: A và B": the plaques' inauguration is A's and B's, on the day
    # (were in_progress: "gắn biển" was read before "công trình" only, not before a count of them)
    text = (
        "Sáng 22/9/2025, tỉnh tổ chức gắn biển 2 công trình chào mừng Đại hội, gồm: Công trình Nhà thi đấu đa năng "
        "tỉnh (vốn 350 tỷ đồng) và Công trình Cầu Phố Mới (vốn 420 tỷ đồng)."
    )
    day = dt.date(2025, 9, 22)
    assert _rows(text) == [("Nhà thi đấu đa năng tỉnh", "inaugurated", day), ("Cầu Phố Mới", "inaugurated", day)]
    # near miss: plaques still to come inaugurate nothing yet
    text = text.replace("tỉnh tổ chức gắn biển", "tỉnh sẽ gắn biển")
    assert [row[1] for row in _rows(text)] == ["in_progress", "in_progress"]


def test_a_second_act_said_with_dong_thoi_is_on_the_sentences_day() -> None:
    # "Ngày 10/1/2027, xã bàn giao 50 căn nhà Đại đoàn kết ...; đồng thời khởi công cầu B": the day the sentence opens
    # on, the first act no project's (was undated)
    text = "Ngày 10/1/2027, xã bàn giao 50 căn nhà Đại đoàn kết; đồng thời khởi công xây dựng cầu Rạch Chanh."
    assert _rows(text) == [("cầu Rạch Chanh", "started", dt.date(2027, 1, 10))]
    # near miss: a second act still to come has no day
    text = "Ngày 10/1/2027, xã bàn giao 50 căn nhà Đại đoàn kết; đồng thời sẽ khởi công xây dựng cầu Rạch Chanh."
    assert _rows(text) == [("cầu Rạch Chanh", "in_progress", None)]


def test_a_phase_numbered_before_a_work_is_no_count_of_works() -> None:
    # "khánh thành giai đoạn 1 Bệnh viện X": the phase's number before the work, no count (was no row, read as "3
    # phòng học")
    text = "Khánh thành giai đoạn 1 Bệnh viện Ung bướu Nghệ An cơ sở 2"
    assert _rows(text) == [("Bệnh viện Ung bướu Nghệ An cơ sở 2", "inaugurated", None)]
    # near miss: a count before a work noun still counts works, no name
    assert _rows("Khánh thành 2 Nhà máy Hòa Phát.") == []


def test_an_amount_after_a_listed_works_comma_is_its_price() -> None:
    # "gồm: Đường A, tổng mức đầu tư 520 tỷ đồng; Cầu B, 180 tỷ đồng": the amount right after the work's comma is its
    # price, as "Cầu B (180 tỷ đồng)" is (was an indicator labelled by the bridge)
    text = (
        "Sáng 26/3/2026, tỉnh khởi công 2 công trình, gồm: Đường Trường Chinh, tổng mức đầu tư 520 tỷ đồng; Cầu Ia "
        "Pết - Ia Sao, 180 tỷ đồng."
    )
    fields = _project_fields(text, "180")
    assert (fields["project_name"], fields["measure"]) == ("Cầu Ia Pết - Ia Sao", "total_investment")
    # near miss: a figure of another subject after the comma is no price of the work
    assert _not_a_project("Sáng 26/3/2026, tỉnh khánh thành Cầu Ia Pết, dân số xã đạt 180 nghìn người.", "180")


def test_a_plant_that_has_generated_power_is_in_service() -> None:
    # "Nhà máy thủy điện X đã phát điện tổ máy số 1": power generated, in service as "hòa lưới" (was no row)
    text = "Ngày 5/3/2026, Nhà máy thủy điện Hòa Bình mở rộng đã phát điện tổ máy số 1."
    assert _rows(text)[0] == ("Nhà máy thủy điện Hòa Bình mở rộng", "completed", dt.date(2026, 3, 5))
    # near miss: an output generated, or a trial run, is no event
    assert _rows("Nhà máy thủy điện Sơn La đã phát điện 10 tỷ kWh.") == []
    assert _rows("Nhà máy điện gió Tân Thuận vừa phát điện thử.") == []


def test_a_record_written_as_sentences_gives_each_labelled_step() -> None:
    # "Công trình: Cầu X. ... Khởi công: tháng 4/2024. Hoàn thành: 20/11/2024.": a record in one paragraph, each
    # labelled step on its own day (was no step: only a full day after "Khởi công:" in a "Dự án X:" block)
    text = (
        "Công trình: Cầu treo Bản Mế. Chủ đầu tư: UBND xã Si Ma Cai. Khởi công: tháng 4/2024. Hoàn thành: 20/11/2024."
    )
    got = [(e.name, e.event, e.date) for e in find_project_events(text, year=2024) if e.row]
    assert ("Cầu treo Bản Mế", "started", dt.date(2024, 4, 1)) in got
    assert ("Cầu treo Bản Mế", "completed", dt.date(2024, 11, 20)) in got
    # near miss: a step still ahead of the report's year, or one planned, is its schedule
    text = "Công trình: Trường mầm non Hoa Ban. Khởi công: ngày 2/3/2024. Hoàn thành: tháng 12/2025."
    assert "completed" not in [e.event for e in find_project_events(text, year=2024)]
    text = "Công trình: Trường mầm non Hoa Ban. Khởi công: ngày 2/3/2024. Dự kiến hoàn thành: tháng 6/2024."
    assert "completed" not in [e.event for e in find_project_events(text, year=2024)]


def test_a_work_that_inaugurates_a_named_project_is_its_actor() -> None:
    # "Bệnh viện X khánh thành (giai đoạn 1) dự án Khu Y": the project the verb takes is the news, the hospital only
    # its actor (was an inaugurated row of the hospital)
    for text in (
        "Ngày 9/6/2026, Bệnh viện Đa khoa tỉnh Hà Nam khánh thành dự án Khu điều trị ung bướu.",
        "Ngày 9/6/2026, Bệnh viện Đa khoa tỉnh Hà Nam khánh thành giai đoạn 1 dự án Khu điều trị ung bướu.",
    ):
        assert "Bệnh viện Đa khoa tỉnh Hà Nam" not in [name for name, _, _ in _rows(text)]
    # near miss: a phase of its own, or the work itself inaugurated, is the work's news
    for text in (
        "Ngày 9/6/2026, Bệnh viện Đa khoa tỉnh Hà Nam khánh thành giai đoạn 1.",
        "Ngày 9/6/2026, Bệnh viện Đa khoa tỉnh Hà Nam được khánh thành.",
    ):
        assert _rows(text) == [("Bệnh viện Đa khoa tỉnh Hà Nam", "inaugurated", dt.date(2026, 6, 9))]


def test_a_numbered_items_amount_takes_the_event_of_its_list_head() -> None:
    # "Điều 1. Quyết định chủ trương đầu tư các dự án sau:" then "1. Dự án A, tổng mức đầu tư ...": the amount of a
    # numbered item is that of a project approved, as a bulleted item's is (was funding)
    head = "Điều 1. Quyết định chủ trương đầu tư các dự án sau:\n"
    text = "1. Dự án đường trục Đông - Tây xã Yên Mô, tổng mức đầu tư 310 tỷ đồng."
    fields = _project_fields(text, "310", preceding=head)
    assert (fields["project_name"], fields["event"]) == ("đường trục Đông - Tây xã Yên Mô", "approved")
    # near miss: an item under a head that says no event keeps its amount's funding
    fields = _project_fields(text, "310", preceding="Điều 1. Danh mục các dự án sau:\n")
    assert fields["event"] == "funding"


def test_a_work_of_a_kind_called_new_names_none() -> None:
    # "Động thổ dự án khu đô thị mới": the kind and "new" only, no work named (was a row of "khu đô thị mới")
    assert _rows("Động thổ dự án khu đô thị mới") == []
    assert _rows("Ngày 4/8/2027, phường Tam Điệp khởi công khu dân cư mới.") == []
    # near miss: a name after the kind, or "mới" after a name, still names the work
    assert _rows("Động thổ dự án khu đô thị mới Yên Bình") == [("khu đô thị mới Yên Bình", "started", None)]
    assert _rows("Khánh thành cầu Chợ Gạo mới") == [("cầu Chợ Gạo mới", "inaugurated", None)]


def test_a_hospital_wing_is_a_work():
    # "khánh thành Khu điều trị …": the wing is the work inaugurated, not the hospital it belongs to
    got = _events("Ngày 4/9/2026, Sở Y tế khánh thành Khu điều trị ung bướu Bệnh viện Đa khoa tỉnh.")
    assert got == [("Khu điều trị ung bướu Bệnh viện Đa khoa tỉnh", "inaugurated", dt.date(2026, 9, 4))]
    got = _events("Khu khám bệnh Trung tâm Y tế Mỹ Tú được đưa vào sử dụng từ tháng 6/2025.")
    assert got and got[0][0] == "Khu khám bệnh Trung tâm Y tế Mỹ Tú" and got[0][1] == "completed"
    # near miss: treating a patient in a ward names no work
    assert _events("Bệnh nhân được chuyển đến khu điều trị tích cực để theo dõi.") == []


def test_a_records_labelled_progress_clause_says_its_step():
    # "Dự án: X; Tổng mức đầu tư: …; Tiến độ: đã hoàn thành …": the state after the label is the record's event
    got = _events("Dự án: Trường THCS Yên Lạc; Tổng mức đầu tư: 42 tỷ đồng; Tiến độ: đã hoàn thành tháng 7/2026.")
    assert got == [("Trường THCS Yên Lạc", "completed", dt.date(2026, 7, 1))]
    got = _events(
        "3. Dự án: Cầu Khe Lương; Tổng mức đầu tư: 60 tỷ đồng; Tình hình thực hiện: đã khởi công ngày 2/4/2026."
    )
    assert got == [("Cầu Khe Lương", "started", dt.date(2026, 4, 2))]
    # near miss: a label whose words say no step leaves the record's work under way
    got = _events("Dự án: Cầu Khe Lương; Tổng mức đầu tư: 60 tỷ đồng; Tiến độ: chậm so với kế hoạch.")
    assert got == [("Cầu Khe Lương", "in_progress", None)]


_WORKS_STATUS_TABLE = (
    "UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nTình hình các công trình trọng điểm năm 2026\n\n"
    "STT\tTên công trình\tTổng mức đầu tư (tỷ đồng)\tTình trạng\n"
    "1\tCầu Bắc Mục mới\t75\tĐang thi công\n"
    "2\tTrường THCS Lăng Can\t22\tĐã hoàn thành\n"
    "3\tĐường Đà Vị - Thượng Lâm\t140\tChưa khởi công\n"
)


def test_a_works_tables_status_column_gives_its_rows_events() -> None:
    # "Tình trạng: Đang thi công / Đã hoàn thành": each row's money takes the event its status cell says, and the row
    # gives an event of its work (the name cell its span)
    from orchestration.extraction.projects import table_row_events

    got = {(r["project_name"], r["event"], r["value"]) for r in _document_projects(_WORKS_STATUS_TABLE)}
    assert ("Cầu Bắc Mục mới", "in_progress", 75e9) in got
    assert ("Trường THCS Lăng Can", "completed", 22e9) in got
    events = table_row_events(_WORKS_STATUS_TABLE)
    assert [(name, event) for _, _, name, event, _ in events] == [
        ("Cầu Bắc Mục mới", "in_progress"),
        ("Trường THCS Lăng Can", "completed"),
    ]
    a, b = events[0][:2]
    assert _WORKS_STATUS_TABLE[a:b] == "Cầu Bắc Mục mới"
    # the extraction files them as the works' event rows, on no day, the name cell their evidence
    said = {(r["project_name"], r["event"], r["evidence"]) for r in _document_projects(_WORKS_STATUS_TABLE)
            if r["measure"] is None}
    assert said == {("Cầu Bắc Mục mới", "in_progress", "Cầu Bắc Mục mới"),
                    ("Trường THCS Lăng Can", "completed", "Trường THCS Lăng Can")}
    # near miss: a work not begun gives no event, its money stays funding; a table with no status column gives none
    assert ("Đường Đà Vị - Thượng Lâm", "funding", 140e9) in got
    assert table_row_events(_PROJECT_TAB_TABLE) == []


def test_a_status_cells_date_is_its_events() -> None:
    # "Khởi công ngày 2/4/2026", "Hoàn thành tháng 11/2026", "Khởi công ngày 20/5" in a status cell: the row's event
    # is on the day (or the month's first day) its cell writes, a day without its year in the document's year
    from orchestration.extraction.projects import table_row_events

    table = (
        "STT\tTên công trình\tTổng mức đầu tư (tỷ đồng)\tTiến độ thực hiện\n"
        "1\tCầu Khe Mo\t38\tKhởi công ngày 2/4/2026\n"
        "2\tTrụ sở UBND xã Phúc Sơn\t14\tHoàn thành tháng 11/2026\n"
        "3\tĐường Na Rì - Kim Hỷ\t96\tKhởi công ngày 20/5\n"
        "4\tTrường mầm non Hoa Sen\t9\tĐang thi công\n"
    )
    got = [(name, event, date) for _, _, name, event, date in table_row_events(table, 2026)]
    assert got == [
        ("Cầu Khe Mo", "started", dt.date(2026, 4, 2)),
        ("Trụ sở UBND xã Phúc Sơn", "completed", dt.date(2026, 11, 1)),
        ("Đường Na Rì - Kim Hỷ", "started", dt.date(2026, 5, 20)),
        # near miss: works under way are on no day
        ("Trường mầm non Hoa Sen", "in_progress", None),
    ]


def test_a_money_rate_after_a_site_clearance_rate_is_the_projects() -> None:
    # "GPMB đạt 95%, đã giải ngân N, đạt X% kế hoạch vốn": the land's share said first leaves the money's rate after
    # it the project's plan_pct (the site clearance anywhere before it had made it nobody's)
    text = "Dự án cầu Rạch Miễu 2 đã giải phóng mặt bằng đạt 95%, đã giải ngân 410 tỷ đồng, đạt 72,4% kế hoạch vốn."
    fields = _project_fields(text, "72,4")
    assert (fields["project_name"], fields["measure"]) == ("cầu Rạch Miễu 2", "plan_pct")
    # near miss: the land's share itself stays no share of the money
    assert _not_a_project(text, "95")


def test_a_site_of_a_ceremony_and_the_same_day_after_the_verb_are_the_ceremonys_day() -> None:
    # "Tại điểm cầu X, khởi công A": one site of a ceremony held at many; "B cũng được khởi công cùng ngày": the same
    # day said after the verb; both on the day said before
    from orchestration.extraction.projects import same_day_as_before

    said = "Sáng 2/9/2026, cả nước đồng loạt khởi công các dự án nhà ở xã hội."
    day = dt.date(2026, 9, 2)
    for paragraph in ("Tại điểm cầu Cần Thơ, khởi công Dự án nhà ở xã hội Cái Sơn.",
                      "Dự án nhà ở xã hội Phú Thứ cũng được khởi công cùng ngày.",
                      "Dự án nhà ở xã hội Phú Thứ cũng được khởi công trong dịp này."):
        at = paragraph.index("Dự án")
        assert same_day_as_before(paragraph, at, said + "\n", len(said) + 1, 2026) == day, paragraph
    # near miss: the same day next year is ahead, no day said
    paragraph = "Dự án nhà ở xã hội Phú Thứ sẽ khởi công vào dịp này năm sau."
    assert same_day_as_before(paragraph, 0, said + "\n", len(said) + 1, 2026) is None


def test_a_place_after_the_name_marked_new_or_old_is_still_a_place() -> None:
    # "cầu X, xã Y (mới)", "Dự án Z tại phường A, tỉnh B (mới)": the unit as the 2025 merger made it says where the
    # work is, as without the bracket (the bracket had kept the place in the name)
    assert _rows("Ngày 9/10/2025, tỉnh khởi công cầu Rạch Chanh, xã Long Hiệp (mới).") == [
        ("cầu Rạch Chanh", "started", dt.date(2025, 10, 9))
    ]
    assert _rows("Ngày 9/10/2025, tập đoàn khởi công Dự án Aqua City tại phường Long Hưng, tỉnh Đồng Nai (mới).") == [
        ("Aqua City", "started", dt.date(2025, 10, 9))
    ]
    # near miss: a place named inside the work's own name keeps its bracket
    assert _rows("Ngày 9/10/2025, tỉnh khởi công Trường THCS xã Long Hiệp (cũ).") == [
        ("Trường THCS xã Long Hiệp (cũ)", "started", dt.date(2025, 10, 9))
    ]


def test_a_stage_of_the_works_or_the_papers_finished_is_no_completion() -> None:
    # "hoàn thành san lấp 80 ha, đang thi công …", "hoàn thành hồ sơ …": a stage of the works or of the papers done,
    # the work still going or to come (was completed)
    for text in (
        "Dự án Khu công nghiệp Nam Đông Hà đã hoàn thành san lấp 60 ha, đang thi công đường nội bộ.",
        "Dự án Cảng cá Cửa Việt đã hoàn thành hồ sơ thiết kế, đang lựa chọn nhà thầu.",
        "Dự án Trường THPT Gio Linh đã hoàn thành đổ bê tông sàn tầng 2.",
        # ("hoàn thành bàn giao 100% mặt bằng", "45 ha mặt bằng", "giải phóng toàn bộ mặt bằng": the site ready, the
        # works still to come)
        "Ngày 5/3/2026, huyện đã hoàn thành bàn giao 100% mặt bằng dự án đường tránh Bến Đá.",
        "Ngày 5/3/2026, huyện đã hoàn thành bàn giao 45 ha mặt bằng dự án đường tránh Bến Đá.",
        "Ngày 5/3/2026, huyện hoàn thành giải phóng toàn bộ mặt bằng dự án đường tránh Bến Đá.",
    ):
        assert [event for _, event, _ in _rows(text)] == ["in_progress"], text
    # near miss: the work itself finished stays completed, handed over too
    assert [event for _, event, _ in _rows("Dự án Cảng cá Cửa Việt đã hoàn thành, đưa vào sử dụng.")] == ["completed"]
    assert [event for _, event, _ in _rows("Huyện đã hoàn thành bàn giao cầu Bến Đá cho xã quản lý.")] == ["completed"]


def test_a_part_of_a_part_numbered_with_a_dot_is_a_component() -> None:
    # "Dự án thành phần 2.3 đã khởi công ngày D": a component numbered within a component (was no mention)
    text = "Dự án cao tốc Cần Thơ - Cà Mau đang thi công. Dự án thành phần 2.1 đã khởi công ngày 1/1/2023."
    assert ("Dự án thành phần 2.1 cao tốc Cần Thơ - Cà Mau", "started", dt.date(2023, 1, 1)) in _rows(text)
    # near miss: an amount after "dự án" is no part's number
    assert _rows("Tỉnh có 3 dự án 1.500 tỷ đồng đang thi công.") == []


def test_the_month_or_quarter_a_heading_reports_on_is_no_part_of_the_name() -> None:
    # "Tình hình thực hiện dự án X tháng 11 năm 2025", "… quý III/2026": the time a title reports on (was in the name)
    for title in ("Tiến độ dự án cầu Cần Thơ 2 tháng 11 năm 2025", "Tiến độ dự án cầu Cần Thơ 2 quý III/2026",
                  "Tiến độ dự án cầu Cần Thơ 2 6 tháng đầu năm 2026"):
        assert [name for name, _, _ in _events(title)] == ["cầu Cần Thơ 2"], title
    # near miss: a work named by a month keeps it
    assert next(name for name, _, _ in _events("Khởi công cầu Tháng Tám năm 2026")).startswith("cầu Tháng Tám")


def test_roads_between_hamlets_are_works() -> None:
    # "đường liên xóm 5 - xóm 6", "đường liên bản Nà Hẩu - Khe Tre": a road between hamlets, as "đường liên thôn"
    assert _rows("Xã đang thi công đường liên xóm 2 - xóm 4.") == [("đường liên xóm 2 - xóm 4", "in_progress", None)]
    assert _rows("Ngày 3/3/2026, xã khánh thành đường liên bản Nà Hẩu - Khe Tre.") == [
        ("đường liên bản Nà Hẩu - Khe Tre", "inaugurated", dt.date(2026, 3, 3))
    ]
    # near miss: the roads between hamlets at large name no work
    assert _rows("Xã đang thi công các tuyến đường liên xóm.") == []


def test_a_component_named_by_its_stretch_keeps_its_noun() -> None:
    # "thông xe dự án thành phần đoạn X - Y": a part named by the stretch it builds keeps "dự án", as a numbered part
    # does (was "thành phần đoạn X - Y")
    got = _rows("Ngày 19/12/2025, Bộ Xây dựng thông xe dự án thành phần đoạn Hàm Nghi - Vũng Áng.")
    assert got == [("dự án thành phần đoạn Hàm Nghi - Vũng Áng", "completed", dt.date(2025, 12, 19))]
    # near miss: a project named by a stretch without "thành phần" keeps its own words
    got = _rows("Ngày 19/12/2025, Bộ Xây dựng thông xe dự án cao tốc đoạn Hàm Nghi - Vũng Áng.")
    assert got == [("cao tốc đoạn Hàm Nghi - Vũng Áng", "completed", dt.date(2025, 12, 19))]


def test_an_opening_ceremony_and_a_first_stone_are_events() -> None:
    # "Chợ X chính thức khai trương": the ceremony opening the work, as khánh thành; "đặt viên đá đầu tiên xây dựng Y":
    # the groundbreaking, as động thổ (both were no event)
    assert _rows("Ngày 8/8/2026, Chợ Phiên Bắc Hà mới chính thức khai trương.") == [
        ("Chợ Phiên Bắc Hà mới", "inaugurated", dt.date(2026, 8, 8))
    ]
    assert _rows("Sáng 3/2/2026, tập đoàn đặt viên đá đầu tiên xây dựng Nhà máy thép Cà Ná.") == [
        ("Nhà máy thép Cà Ná", "started", dt.date(2026, 2, 3))
    ]
    # near miss: a business's new route or service opened at a work is no event of the work
    assert _rows("Hãng khai trương đường bay Cần Thơ - Côn Đảo tại Cảng hàng không Cần Thơ.") == []


def test_a_figure_of_a_status_cell_is_read_with_its_row() -> None:
    # "<td>Cầu X</td><td>45.000</td><td>Đang thi công, đạt 60%</td>": the status cell cut off as a sentence of its own
    # is still a cell of the project table's row, under a head that names no money (was a project "Cầu X 45.000")
    text = (
        "UBND TỈNH HẬU GIANG\nBÁO CÁO\nTình hình thực hiện các công trình năm 2025\n\n<table>\n"
        "<tr><th>STT</th><th>Tên công trình</th><th>Kinh phí (triệu đồng)</th><th>Tình hình thực hiện</th></tr>\n"
        "<tr><td>1</td><td>Cầu Xẻo Chít</td><td>45.000</td><td>Đang thi công, đạt 60%</td></tr>\n</table>\n"
    )
    got = {(r["project_name"], r["event"], r["measure"], r["value"]) for r in _document_projects(text)}
    # near miss: the money cell of the same row stays the row's, with the status cell's event (and the status cell
    # gives the work's event row, as every status column does)
    assert got == {("Cầu Xẻo Chít", "in_progress", "total_investment", 45e9),
                   ("Cầu Xẻo Chít", "in_progress", None, None)}


def test_a_sea_ring_road_is_a_work() -> None:
    # "- Đường bao biển Hạ Long - Cẩm Phả": a ring or sea-front road, as "đường ven biển", an item of the list its head
    # gives an event (was no work: the bare "Đường" and lower case words after it named none)
    text = (
        "UBND TỈNH QUẢNG NINH\nBÁO CÁO\nKết quả năm 2025\n\n"
        "Ngày 30/8/2025, tỉnh khánh thành 2 công trình, gồm:\n- Cầu Bến Rừng;\n- Đường bao biển Cửa Lục - Hà Tu.\n"
    )
    got = {(r["project_name"], r["event"]) for r in _document_projects(text)}
    assert ("Đường bao biển Cửa Lục - Hà Tu", "inaugurated") in got
    # near miss: a road around a place, in lower case, names no work
    assert _rows("Tỉnh đang thi công đường bao quanh hồ.") == []


def test_works_halted_are_no_row() -> None:
    # "Dự án X phải tạm dừng thi công", "bị ngừng thi công", "tạm dừng.": halted, not under way (FACTS.md has no
    # suspended event: no row rather than an in_progress one)
    assert _rows("Dự án Thủy điện Nậm Khao phải tạm dừng thi công do thiếu vốn.") == []
    assert _rows("Công trình Trụ sở xã Sín Thầu bị ngừng thi công từ tháng 4.") == []
    assert _rows("Dự án Khu tái định cư Bản Vặn tạm dừng.") == []
    assert _rows("- Dự án Bệnh viện Đa khoa Mộc Châu: tạm dừng thi công để điều chỉnh thiết kế.") == []
    # (its money is still its own)
    fields = _project_fields("Dự án Thủy điện Nậm Khao tạm dừng thi công, đã giải ngân 45 tỷ đồng.", "45")
    assert fields["project_name"] == "Thủy điện Nậm Khao"
    # (near misses: works that go on after a pause, or a halt of something else than the works)
    assert _rows("Dự án Cầu Pá Khoang đã thi công trở lại sau thời gian tạm dừng.") == [
        ("Cầu Pá Khoang", "in_progress", None)
    ]
    assert _rows("Dự án Cảng hàng không Nà Sản tạm dừng khai thác để nâng cấp đường băng.") == [
        ("Cảng hàng không Nà Sản", "in_progress", None)
    ]
    assert _rows("Dự án Đường Mường Lay đã hoàn thành, sau 2 năm tạm dừng thi công.") == [
        ("Đường Mường Lay", "completed", None)
    ]


def test_one_of_the_works_a_sentence_ended_on_uncounted_has_their_step() -> None:
    # "trao quyết định chủ trương đầu tư cho các dự án. Trong đó, Dự án A ...": A is one of the works the sentence
    # before gave the step to, in the plural and uncounted (was no row, its money funding)
    text = (
        "Sáng 8/5/2027, tỉnh trao quyết định chủ trương đầu tư cho các dự án. Trong đó, Dự án Nhà máy điện gió "
        "Tân Hợp 3 có tổng vốn 900 tỷ đồng."
    )
    assert _rows(text) == [("Nhà máy điện gió Tân Hợp 3", "approved", dt.date(2027, 5, 8))]
    assert _project_fields(text, "900")["event"] == "approved"
    text = "Ngày 2/9/2026, xã khánh thành các công trình chào mừng. Trong đó, cầu Bến Đình có tổng vốn 12 tỷ đồng."
    assert _rows(text) == [("cầu Bến Đình", "inaugurated", dt.date(2026, 9, 2))]
    # (near misses: an effort on the works is no step of theirs; the works of someone named after them are not the
    # group the next sentence picks from)
    assert _rows("Tỉnh đẩy nhanh tiến độ các dự án. Trong đó, Dự án Cầu Bến Đình có tổng vốn 12 tỷ đồng.") == []
    text = "Tỉnh phê duyệt các dự án của doanh nghiệp. Trong đó, Dự án Nhà máy gỗ An Lộc có vốn 50 tỷ đồng."
    assert _rows(text) == []


def test_a_work_handed_over_in_the_active_voice_is_completed() -> None:
    # "Kênh X đã bàn giao cho tổ hợp tác dùng nước", "Nhà văn hóa Y vừa bàn giao cho thôn quản lý": the work's own verb
    # with no "được", to whom keeps it (was no row)
    assert _rows("Kênh mương nội đồng Nà Sang đã bàn giao cho tổ hợp tác dùng nước.") == [
        ("Kênh mương nội đồng Nà Sang", "completed", None)
    ]
    assert _rows("Nhà văn hóa thôn Pác Bó vừa bàn giao cho thôn quản lý.") == [
        ("Nhà văn hóa thôn Pác Bó", "completed", None)
    ]
    # near miss: a site handed over for works still to come
    assert _rows("Dự án Cầu Nà Sang đã bàn giao cho nhà thầu 5 km mặt bằng.") == [("Cầu Nà Sang", "in_progress", None)]


def test_a_roads_code_in_brackets_after_its_name_is_part_of_the_name() -> None:
    # "Dự án đường ven biển (ĐT.639) đoạn A - B", "(QL1A)": the road's code in brackets, then the stretch; the name
    # runs on through both (was cut at the bracket, "đường ven biển" alone)
    assert _rows("Dự án Đường trục ven sông (ĐT.741) đoạn Tân Lập - Phú Hòa đang thi công.") == [
        ("Đường trục ven sông (ĐT.741) đoạn Tân Lập - Phú Hòa", "in_progress", None)
    ]
    assert _project_fields("Dự án Cầu Sông Mây (QL 20): giải ngân 45 tỷ đồng.", "45")["project_name"] == (
        "Cầu Sông Mây (QL 20)"
    )
    # near miss: a bracket of other words (the capital the work uses) still ends the name
    assert _rows("Dự án Đường trục ven sông (vốn ODA) đoạn Tân Lập đang thi công.") == [
        ("Đường trục ven sông", "in_progress", None)
    ]


def test_how_far_a_work_is_done_before_its_verb_is_no_part_of_its_name() -> None:
    # "Cầu X cơ bản hoàn thành" (no "đã" before it): "cơ bản" says how far the works are done, the predicate's
    # (the name ran on through it: "Cầu X cơ bản")
    assert _rows("Nhà văn hóa bản Huổi Mo cơ bản hoàn thành.") == [("Nhà văn hóa bản Huổi Mo", "completed", None)]
    assert _rows("Dự án Hồ chứa nước Ea Tul cơ bản hoàn thành, đưa vào sử dụng.") == [
        ("Hồ chứa nước Ea Tul", "completed", None)
    ]
    # near miss: "cơ bản" that qualifies the works in the name itself, no verb after it
    assert _rows("Dự án Hạ tầng cơ bản khu dân cư Tân Phong đang thi công.") == [
        ("Hạ tầng cơ bản khu dân cư Tân Phong", "in_progress", None)
    ]


def test_a_later_bare_project_refers_to_the_work_whose_name_holds_another() -> None:
    # "Khu tái định cư X phục vụ dự án cao tốc Y đã hoàn thành. Dự án có tổng mức đầu tư ...": the expressway is read
    # inside the resettlement area's name; "Dự án" after it is the area (was the expressway, its price and its start)
    text = (
        "Khu tái định cư thôn Đông phục vụ dự án cao tốc Bình Minh - Hòa Lạc đã hoàn thành. Dự án có tổng mức đầu tư "
        "62 tỷ đồng, khởi công tháng 5/2025."
    )
    area = "Khu tái định cư thôn Đông phục vụ dự án cao tốc Bình Minh - Hòa Lạc"
    assert _project_fields(text, "62")["project_name"] == area
    assert (area, "started", dt.date(2025, 5, 1)) in _rows(text)
    # near miss: two works named one after the other, neither inside the other: "Dự án" is the last one
    text = (
        "Cầu Tân Lạc đã hoàn thành; dự án đường Tân Lạc - Hòa Bình đang thi công. Dự án có tổng mức đầu tư 300 tỷ đồng."
    )
    assert _project_fields(text, "300")["project_name"] == "đường Tân Lạc - Hòa Bình"


def test_an_approval_of_the_bare_work_after_an_adverbial_is_its_event() -> None:
    # "Trước đó, nhà máy đã được UBND tỉnh cấp giấy chứng nhận đăng ký đầu tư ngày D": after the adverbial, the bare
    # work's investment certificate or policy, whoever gave it, is the approval of the work named before (was none)
    text = (
        "Ngày 4/11/2026, tỉnh khánh thành Nhà máy gạch Tuynel Hòa Sơn. Trước đó, nhà máy đã được Ban Quản lý các khu "
        "công nghiệp cấp giấy chứng nhận đăng ký đầu tư ngày 12/4/2024."
    )
    assert ("Nhà máy gạch Tuynel Hòa Sơn", "approved", dt.date(2024, 4, 12)) in _rows(text)
    text = "Tỉnh khởi công Cầu Vĩnh Phú. Năm 2025, dự án được HĐND tỉnh quyết định chủ trương đầu tư."
    assert ("Cầu Vĩnh Phú", "approved", None) in _rows(text)
    # near miss: an approval of a paper of the works (their design), no approval of the investment
    text = "Tỉnh khởi công Cầu Vĩnh Phú. Năm 2025, dự án được phê duyệt điều chỉnh thiết kế bản vẽ thi công."
    assert [event for _, event, _ in _rows(text)] == ["started"]


def test_a_counted_group_after_a_priced_work_owns_the_next_price() -> None:
    # "A (2 tỷ đồng), B (900 triệu đồng) và 4 công trình khác với tổng kinh phí 5 tỷ đồng": B's own price was said, so
    # the price after the group the list goes on with is the group's (was B's, a second price of it)
    text = (
        "Năm 2026, phường đã hoàn thành 6 công trình, gồm: nhà văn hóa tổ Đồng Tiến (2 tỷ đồng), cống thoát nước "
        "phố Chợ Mới (900 triệu đồng) và 4 công trình khác với tổng kinh phí 5,4 tỷ đồng."
    )
    assert _project_fields(text, "5,4")["project_name"] == "4 công trình khác"
    assert _project_fields(text, "900")["project_name"] == "cống thoát nước phố Chợ Mới"
    # near miss: no price of the work's own before the group, the total is read as before
    text = "Năm 2026, phường đã khánh thành cầu Đồng Tiến và 4 công trình khác với tổng kinh phí 5 tỷ đồng."
    assert _project_fields(text, "5")["project_name"] != "4 công trình khác"


def test_a_generating_unit_after_its_plant_is_no_work_of_its_own() -> None:
    # "Nhà máy X đã phát điện tổ máy số 2": the unit is a part of the plant named before it in the sentence, the
    # event the plant's (was a second row for "tổ máy số 2")
    text = "Sáng 14/4/2027, Nhà máy thủy điện Nậm Pồ 4 đã phát điện tổ máy số 2."
    assert _rows(text) == [("Nhà máy thủy điện Nậm Pồ 4", "completed", dt.date(2027, 4, 14))]
    # near miss: a unit said in a sentence of its own (no plant before it) is the work of its event
    text = "Nhà máy thủy điện Nậm Pồ 4 đã phát điện. Ngày 2/5/2027, tổ máy số 2 đã hòa lưới điện quốc gia."
    assert ("tổ máy số 2", "completed", dt.date(2027, 5, 2)) in _rows(text)


def test_units_put_in_are_a_stage_of_the_works() -> None:
    # "Dự án X đã hoàn thành lắp đặt tổ máy số 1 / tấm pin": the equipment installed, the works go on (was completed)
    assert _rows("Dự án Điện mặt trời Sông Lũy đã hoàn thành lắp đặt tấm pin.") == [
        ("Điện mặt trời Sông Lũy", "in_progress", None)
    ]
    # near miss: the work finished, then fitted with signs, is finished
    assert _rows("Cầu Ea Súp đã hoàn thành và lắp đặt biển báo.")[0][1] == "completed"


def test_a_total_after_a_work_with_its_own_price_is_the_next_works() -> None:
    # "A (kinh phí 1,2 tỷ đồng) và B với tổng kinh phí 9 tỷ đồng": A's price was said in its bracket, the total
    # after B is B's alone (was the pair's, "A và B"); near miss: a bracket saying where A is leaves the total the
    # pair's
    works = "Trạm y tế xã Tà Xùa ({}) và Trường Mầm non Háng Đồng với tổng kinh phí 9 tỷ đồng đã đưa vào sử dụng."
    for bracket, owner in (
        ("kinh phí 1,5 tỷ đồng", "Trường Mầm non Háng Đồng"),
        ("huyện Bắc Yên", "Trạm y tế xã Tà Xùa và Trường Mầm non Háng Đồng"),
    ):
        assert _project_fields(works.format(bracket), "9")["project_name"] == owner, bracket


def test_a_work_said_again_by_its_kind_in_lower_case_is_the_one_named_before() -> None:
    # "... khởi công Trường Mầm non X. Công trình trường mầm non đã khánh thành ngày ...": "Công trình" and the
    # work's kind written lower case refer back to the work whose name opens on that kind (was no row)
    text = "Năm 2024, xã khởi công Trường Mầm non Pá Khoang. Công trình trường mầm non đã khánh thành ngày 2/9/2025."
    assert ("Trường Mầm non Pá Khoang", "inaugurated", dt.date(2025, 9, 2)) in _rows(text)
    # near miss: works of another kind are not the one named before
    text = "Năm 2024, xã khởi công Trường Mầm non Pá Khoang. Công trình thủy lợi đã được nạo vét xong."
    assert _rows(text) == [("Trường Mầm non Pá Khoang", "started", None)]


def test_an_approval_asked_for_is_no_approval() -> None:
    # "Dự án X đang hoàn thiện hồ sơ trình phê duyệt", "chờ/xin/đề nghị phê duyệt": the approval is still to be
    # given, the project's paperwork under way (was approved)
    for verb in ("đang lập hồ sơ trình phê duyệt", "đang chờ phê duyệt", "chưa được phê duyệt chủ trương"):
        assert [event for _, event, _ in _rows(f"Dự án Khu nhà ở xã hội Điện Ngọc {verb}.")] != ["approved"], verb
    # near miss: the approval given
    assert _rows("UBND tỉnh đã phê duyệt Dự án Khu nhà ở xã hội Điện Ngọc.")[0][1] == "approved"


def test_a_project_withdrawn_by_a_named_body_or_offered_to_investors_says_no_event() -> None:
    # "Dự án X đã được UBND tỉnh thu hồi chủ trương", "bị Sở ... chấm dứt hoạt động": the body between the passive
    # and the withdrawal (was in_progress, the name running on over "bị Sở ..."); "kêu gọi đầu tư Dự án Y": offered
    # to investors, no works yet (was in_progress)
    for text in (
        "Dự án Sân golf Phúc Tiến (giai đoạn 1) đã được UBND tỉnh thu hồi chủ trương đầu tư.",
        "Dự án Nhà máy gạch Quỳnh Lưu bị Sở Tài chính chấm dứt hoạt động do chậm tiến độ.",
        "Huyện đang kêu gọi đầu tư Dự án Khu thương mại Cửa Hội với quy mô 12 ha.",
    ):
        assert _rows(text) == [], text
    # the money said of the project offered is still its own
    fields = _project_fields("Tỉnh mời gọi nhà đầu tư Dự án Khu đô thị Nam Cấm, tổng vốn 900 tỷ đồng.", "900")
    assert (fields["project_name"], fields["event"]) == ("Khu đô thị Nam Cấm", "funding")
    # near miss: a project taken up after the call has the event said of it
    assert _rows("Dự án Khu thương mại Cửa Hội đã khởi công sau 3 năm kêu gọi đầu tư.")[0][1] == "started"


def test_a_trial_run_is_works_under_way_and_a_route_joined_through_is_done() -> None:
    # "Nhà máy X chạy thử tổ máy số 1", "vận hành thử nghiệm": a trial run before service (was no row, the name run
    # on over the verb); "Tuyến đường X đã thông tuyến kỹ thuật": opened as "thông xe kỹ thuật" (was no row)
    assert _rows("Nhà máy thủy điện Bảo Lâm 3 chạy thử tổ máy số 1.") == [
        ("Nhà máy thủy điện Bảo Lâm 3", "in_progress", None)
    ]
    assert _rows("Nhà máy nước sạch Krông Búk đang vận hành thử nghiệm.")[0][1] == "in_progress"
    assert _rows("Tuyến đường tránh thị xã Buôn Hồ đã thông tuyến kỹ thuật.") == [
        ("Tuyến đường tránh thị xã Buôn Hồ", "completed", None)
    ]
    # near miss: a road joined through again after a landslide says no work finished
    assert _rows("Quốc lộ 27 đoạn qua xã Ea Trul đã thông tuyến.") == []


def test_a_batch_in_brackets_is_part_of_the_name() -> None:
    # "Dự án nâng cấp đường tỉnh X (đợt 1)": the works' batch numbered as a phase (was cut off the name)
    assert _rows("Khởi công Dự án Nâng cấp đường tỉnh 639 (đợt 2).")[0][0] == "Nâng cấp đường tỉnh 639 (đợt 2)"
    # near miss: a bracket on a campaign is no batch of the works
    assert _rows("Khánh thành cầu Krông Nô (đợt thi đua chào mừng Đại hội).")[0][0] == "cầu Krông Nô"


def test_a_change_of_the_approval_ends_the_name_and_approves() -> None:
    # "Dự án X điều chỉnh chủ trương đầu tư, tăng vốn ...": the change said right after the name is its predicate (was
    # in the name, under way)
    text = "Dự án nhà máy may Đức Thọ điều chỉnh chủ trương đầu tư, tăng vốn thêm 150 tỷ đồng."
    assert _rows(text) == [("nhà máy may Đức Thọ", "approved", None)]
    # near miss: a project whose name opens on the change keeps it
    assert _rows("Dự án Điều chỉnh quy hoạch Khu đô thị Nam Hồng đang triển khai.")[0][0].startswith("Điều chỉnh")


def test_a_work_accepted_is_finished() -> None:
    # "phường tổ chức nghiệm thu công trình X": the finished work accepted, right before its name (was under way)
    text = "Trong tháng, xã đã tổ chức nghiệm thu công trình sửa chữa Trụ sở thôn Đồng Lạc."
    assert _rows(text) == [("sửa chữa Trụ sở thôn Đồng Lạc", "completed", None)]
    # near miss: an acceptance still to come is no event
    assert _rows("Ban quản lý sẽ nghiệm thu cầu Khe Lau trong tháng 12.") == []


def test_an_event_said_again_of_the_work_named_before_is_one_row() -> None:
    # "Khánh thành cầu X. Cầu đã được khánh thành và đưa vào sử dụng": the reference repeats the event its work's row
    # has, no second row (was a second one with no day)
    text = "Sáng 19/5/2026, huyện khánh thành cầu Nậm Mu. Cầu đã được khánh thành và đưa vào sử dụng."
    assert _rows(text) == [("cầu Nậm Mu", "inaugurated", dt.date(2026, 5, 19))]
    # near miss: the day said with the event again is a row of its own
    text = "Năm 2024, huyện khởi công cầu Nậm Mu. Cầu đã được khởi công ngày 3/5/2024."
    assert ("cầu Nậm Mu", "started", dt.date(2024, 5, 3)) in _rows(text)


def test_a_start_said_in_the_figures_own_clause_of_a_block_is_its_event():
    # "Dự án X: đã khởi công <day>, tổng mức đầu tư N": the block's clause says the start with the price, so the
    # price row is started (was in_progress, the block's default); near misses: the start in an earlier sentence (or
    # clause) of the block is history, the works now under way
    head = "Dự án đường tỉnh 827 đoạn qua xã Tân Phước: "
    for said, event in (
        ("đã khởi công ngày 3/2/2027, tổng mức đầu tư 640 tỷ đồng.", "started"),
        ("khởi công năm 2024. Tổng mức đầu tư 640 tỷ đồng.", "in_progress"),
        ("đã khởi công năm 2024; đến nay giải ngân 640 tỷ đồng.", "in_progress"),
    ):
        assert _project_fields(head + said, "640")["event"] == event, said


def test_an_approval_asked_of_an_authority_is_no_approval():
    # "Sở X đã trình UBND tỉnh phê duyệt ...", "đề nghị HĐND tỉnh xem xét, quyết định chủ trương ...": a submission to
    # whoever approves, not the approval (was approved)
    for text in (
        "Sở Tài chính đã trình UBND tỉnh phê duyệt chủ trương đầu tư dự án Khu dân cư Đồng Mít.",
        "UBND tỉnh đề nghị HĐND tỉnh xem xét, quyết định chủ trương đầu tư dự án Khu dân cư Đồng Mít.",
        "Ban Quản lý đã trình Thủ tướng Chính phủ chấp thuận chủ trương đầu tư dự án Khu dân cư Đồng Mít.",
    ):
        assert all(event != "approved" for _, event, _ in _events(text)), text
    # near miss: the approval given, whoever proposed it
    given = ("Trên cơ sở đề nghị của Sở Tài chính, UBND tỉnh đã phê duyệt chủ trương đầu tư dự án Khu dân cư "
             "Đồng Mít.")
    assert _events(given)[0][:2] == ("Khu dân cư Đồng Mít", "approved")


def test_works_priced_in_bare_brackets_share_the_lists_verb():
    # "A (45 tỷ đồng), B (6,2 tỷ đồng) và C (30 tỷ đồng) đã hoàn thành": a bracket holding only an amount describes
    # the work; the verb after the list is every item's (the first items were bare, their prices funding)
    text = ("Các công trình Trường Tiểu học Lê Lợi (45 tỷ đồng), Trạm y tế xã Mường Lát (6,2 tỷ đồng) và Nhà văn hóa "
            "xã Tén Tằn (30 tỷ đồng) đã hoàn thành.")
    assert [(name, event) for name, event, _ in _rows(text)] == [
        ("Trường Tiểu học Lê Lợi", "completed"), ("Trạm y tế xã Mường Lát", "completed"),
        ("Nhà văn hóa xã Tén Tằn", "completed")]
    assert _project_fields(text, "45")["event"] == "completed"
    # near miss: a bracket with news of its own keeps it its item's
    own = ("Dự án Trường Tiểu học Lê Lợi (giải ngân 45 tỷ đồng), dự án Trạm y tế xã Mường Lát (6,2 tỷ đồng) đã "
           "khởi công.")
    assert _events(own)[0][1] != "started"


def test_works_accepted_after_their_count_are_completed():
    # "nghiệm thu 02 công trình: A, B", "đã nghiệm thu các công trình: A, B": the acceptance said of the works listed
    # after their count (were in_progress, or no rows)
    for head in ("Xã đã tổ chức nghiệm thu 02 công trình: ", "Đã nghiệm thu các công trình: "):
        text = head + "Trường Mầm non Bản Hon, Trạm y tế xã Pa Tần."
        assert [(name, event) for name, event, _ in _rows(text)] == [
            ("Trường Mầm non Bản Hon", "completed"), ("Trạm y tế xã Pa Tần", "completed")], head
    # near miss: the works' quantities measured ("nghiệm thu khối lượng") are no acceptance of the finished works
    measured = "Xã đã nghiệm thu khối lượng 02 công trình: Trường Mầm non Bản Hon, Trạm y tế xã Pa Tần."
    assert all(event != "completed" for _, event, _ in _events(measured))


def test_list_after_a_second_counted_verb_takes_that_verb():
    # "đã khởi công N công trình, hoàn thành M công trình gồm: A, B": the works listed are the finished ones
    text = (
        "Trong năm, xã đã khởi công 9 công trình, hoàn thành 4 công trình gồm: đường giao thông thôn Bản Phiệt, "
        "nhà văn hóa thôn Nậm Chảy."
    )
    assert [(n, ev) for n, ev, _ in _rows(text)] == [
        ("đường giao thông thôn Bản Phiệt", "completed"),
        ("nhà văn hóa thôn Nậm Chảy", "completed"),
    ]
    # the sentence's opening date still reaches the items
    dated = (
        "Ngày 8/5/2026, huyện khởi công 2 công trình và khánh thành 2 công trình gồm: trường mầm non Sao Mai, "
        "cầu Khe Lụa."
    )
    assert _rows(dated) == [
        ("trường mầm non Sao Mai", "inaugurated", dt.date(2026, 5, 8)),
        ("cầu Khe Lụa", "inaugurated", dt.date(2026, 5, 8)),
    ]


def test_list_after_two_counted_verbs_of_a_plan_stays_a_plan():
    text = (
        "Năm 2027, xã sẽ khởi công 6 công trình và hoàn thành 3 công trình gồm: đường giao thông thôn Bản Phiệt, "
        "nhà văn hóa thôn Nậm Chảy."
    )
    assert {ev for _, ev, _ in _rows(text)} == {"in_progress"}


def test_contract_form_before_a_work_is_part_of_its_name():
    # "Dự án BT đường X", "dự án BOT cầu Y": how the project is called, its name as written
    assert _rows("Dự án BT đường ven sông Cổ Chiên đang chậm tiến độ do vướng mặt bằng.") == [
        ("BT đường ven sông Cổ Chiên", "in_progress", None)
    ]
    text = "Ngày 14/7/2026, tỉnh khởi công dự án BOT cầu Phong Hòa 2."
    assert [n for n, _, _ in _rows(text)] == ["BOT cầu Phong Hòa 2"]
    text = "Tỉnh chấp thuận dự án PPP đường ven biển Ninh Chữ."
    assert [n for n, _, _ in _rows(text)] == ["PPP đường ven biển Ninh Chữ"]


def test_contract_form_in_brackets_after_a_name_stays_out_of_it():
    # near miss: "(BOT)" after the name is a note on how it is paid for
    text = "Ngày 14/7/2026, tỉnh khởi công cầu Phong Hòa 2 (BOT) với tổng vốn 900 tỷ đồng."
    assert [n for n, _, _ in _rows(text)] == ["cầu Phong Hòa 2"]


def test_contract_form_not_before_a_work_stays():
    # a capitalised name after the letters is no work's noun: the name is left as read
    assert [n for n, _, _ in _rows("Dự án BOT Phú Hữu đã hoàn thành đưa vào sử dụng.")] == ["BOT Phú Hữu"]


def test_a_residential_area_alone_is_the_area_named_before() -> None:
    # "... Khu tái định cư X. Khu tái định cư có diện tích ..., tổng vốn đầu tư ...": the area's price
    text = (
        "Sáng 3/6/2026, UBND phường Tân Quy khánh thành Khu tái định cư Rạch Gốc. "
        "Khu tái định cư có diện tích 4,8 ha, tổng vốn đầu tư 52 tỷ đồng."
    )
    assert _project_fields(text, "52")["project_name"] == "Khu tái định cư Rạch Gốc"


def test_a_residential_area_alone_is_no_other_kind_of_work_named_before() -> None:
    # near miss: an area after a road is not the road
    text = "Huyện khởi công đường tránh Phú Mỹ. Khu đô thị có tổng vốn đầu tư 480 tỷ đồng."
    routed = route_in_text(text, "480")
    assert routed is None or routed.table != "projects"


def test_medium_sized_in_a_name_does_not_end_it():
    # "đô thị loại vừa": medium-sized, part of the name (the "vừa" of "vừa được khởi công" ends one)
    text = "Dự án Phát triển các đô thị loại vừa - Tiểu dự án thành phố Sa Đéc đang thi công."
    assert [n for n, _, _ in _rows(text)] == ["Phát triển các đô thị loại vừa - Tiểu dự án thành phố Sa Đéc"]


def test_just_after_a_name_still_ends_it():
    assert _rows("Dự án kè sông Cái Vừng vừa được khởi công.") == [("kè sông Cái Vừng", "started", None)]


def test_price_in_brackets_after_a_works_length_is_its_price():
    # "gồm: đường X dài 1,8 km (2,9 tỷ đồng); cầu Y (...)": the length describes the road, the bracket is its price
    text = (
        "Xã khởi công 2 công trình, gồm: đường liên ấp Mỹ Lợi - Mỹ Đông dài khoảng 2,4 km (3,1 tỷ đồng); "
        "cầu ấp Mỹ Tây (1,2 tỷ đồng)."
    )
    fields = _project_fields(text, "3,1")
    assert (fields["project_name"], fields["measure"]) == ("đường liên ấp Mỹ Lợi - Mỹ Đông", "total_investment")


def test_payment_in_brackets_after_a_works_length_stays_a_payment():
    # near miss: the bracket says what was paid out, not the price
    text = (
        "Xã đang thi công 2 công trình, gồm: đường liên ấp Mỹ Lợi dài 2,4 km (đã giải ngân 1,7 tỷ đồng); "
        "cầu ấp Mỹ Tây (1,2 tỷ đồng)."
    )
    assert _project_fields(text, "1,7")["measure"] == "disbursed"


def test_cost_overrun_after_a_name_ends_it():
    # "Dự án X đội vốn, chậm tiến độ": the overrun is said of the project, no part of its name
    text = "Dự án Khu dân cư Phú Thuận đội vốn, chậm tiến độ 2 năm."
    assert [n for n, _, _ in _rows(text)] == ["Khu dân cư Phú Thuận"]
    # near miss: a name with the letters inside another word goes on
    assert [n for n, _, _ in _rows("Dự án Khu tái định cư Đội Cấn đang thi công.")] == ["Khu tái định cư Đội Cấn"]


def test_the_works_done_so_far_is_no_completion() -> None:
    # "giá trị khối lượng hoàn thành đạt 41%", "tỷ lệ hoàn thành đạt 30%": "hoàn thành" qualifies the works done so far,
    # a share, the work under way (was completed, and so the disbursement beside it)
    text = "Dự án đường Lê Lợi nối dài: tỷ lệ hoàn thành đạt 30%."
    assert _events(text) == [("đường Lê Lợi nối dài", "in_progress", None)]
    text = "Dự án cầu Sông Lũy: giá trị khối lượng hoàn thành ước đạt 41% giá trị hợp đồng; giải ngân 620 tỷ đồng."
    assert _events(text) == [("cầu Sông Lũy", "in_progress", None)]
    assert _project_fields(text, "620")["event"] == "in_progress"
    # near miss: the work itself finished is still completed
    assert _events("Dự án cầu Sông Lũy đã hoàn thành, đưa vào sử dụng.")[0][1] == "completed"


def test_a_hazard_said_as_the_cause_of_a_delay_is_no_damage() -> None:
    # "Cầu X (đạt 60%, chậm tiến độ do mưa lũ)": the flood slowed the works, it damaged none (the whole list was read
    # as damaged works, no row)
    text = (
        "Các công trình chuyển tiếp: Đường Pa Tần - Nậm Vì (đạt 85% khối lượng); Cầu treo bản Nậm Khum (đạt 60%, "
        "chậm tiến độ do mưa lũ)."
    )
    assert [event for _, event, _ in _rows(text)] == ["in_progress", "in_progress"]
    assert _rows("Dự án cầu Nậm Pồ chậm tiến độ do ảnh hưởng của mưa lũ.") == [("cầu Nậm Pồ", "in_progress", None)]
    # near misses: the damage said by its own word, whatever caused it, still makes the works damaged
    assert _rows("Cầu treo bản Nậm Khum bị hư hỏng do mưa lũ, Trường Tiểu học Nậm Vì bị ngập do mưa lớn.") == []
    assert _rows("Do ảnh hưởng của bão số 3, cầu Bản Mạ đã bị cuốn trôi.") == []


def test_the_approval_of_a_finished_work_said_in_passing_is_its_history() -> None:
    # a work the story hands over or inaugurates, then "Công trình ... được phê duyệt chủ trương đầu tư năm 2022":
    # the approval is the work's past, no row of its own; its money is of the story's event (was approved, and an
    # undated approved row)
    text = (
        "Ngày 8/5/2026, UBND xã Nghĩa Hưng bàn giao đưa vào sử dụng Nhà văn hóa thôn Trung. Công trình có tổng "
        "vốn 6,5 tỷ đồng, được phê duyệt chủ trương đầu tư năm 2023."
    )
    assert [e.event for e in find_project_events(text) if e.row] == ["completed"]
    assert route_in_text(text, "6,5").fields["event"] == "completed"
    # near miss: a work under way keeps the approval said after it (only a finished work has it behind it)
    text = (
        "Ngày 8/5/2026, UBND xã Nghĩa Hưng kiểm tra tiến độ thi công Nhà văn hóa thôn Trung. Công trình có tổng "
        "vốn 6,5 tỷ đồng, được phê duyệt chủ trương đầu tư năm 2023."
    )
    assert "approved" in [e.event for e in find_project_events(text) if e.row]


def test_a_figure_after_a_package_whose_name_holds_its_work_is_the_packages() -> None:
    # "Gói thầu số 02 thi công công trình Đê bao X đạt 70% khối lượng": the package is the subject, the work inside
    # its name what it builds (was the work's)
    text = "Cuối tháng 11/2026, Gói thầu số 02 xây lắp công trình Đê bao ấp Mỹ Thuận, xã Long Phú đạt 70% khối lượng"
    assert route_in_text(text, "70").fields["project_name"].startswith("Gói thầu số 02")
    # near miss: a work named after the package's own clause is the subject of its own figure
    text = "Đến cuối tháng 11/2026, Gói thầu số 02 đã hoàn thành; công trình Đê bao ấp Mỹ Thuận đạt 70% khối lượng."
    assert route_in_text(text, "70").fields["project_name"] == "Đê bao ấp Mỹ Thuận"


def test_a_numbered_package_named_on_through_its_works_after_a_colon() -> None:
    # "Gói thầu số 07: Thi công xây dựng tuyến X": the works after the colon are the package's name going on (was
    # "Gói thầu số 07" alone, and the works a second row of their own)
    text = "Sáng 3/6/2027, Phú Yên khởi công Gói thầu số 07: Thi công xây dựng tuyến tránh phía tây thị xã Sông Cầu."
    assert _rows(text) == [
        ("Gói thầu số 07: Thi công xây dựng tuyến tránh phía tây thị xã Sông Cầu", "started", dt.date(2027, 6, 3))
    ]
    text = "Hiện nay, gói thầu XL-03: Xây lắp đường dẫn lên cầu Hòa Lộc đã hoàn thành 60% khối lượng."
    assert route_in_text(text, "60").fields["project_name"] == "gói thầu XL-03: Xây lắp đường dẫn lên cầu Hòa Lộc"
    # near miss: what is said of the package after its colon is no part of its name
    text = "Sáng 3/6/2027, tỉnh Phú Yên khởi công Gói thầu số 07: giá trị 210 tỷ đồng, thi công trong 18 tháng."
    assert [name for name, *_ in _rows(text)] == ["Gói thầu số 07"]


def test_a_named_item_of_a_project_is_what_the_sentence_says_was_done() -> None:
    # "Dự án X, hạng mục cầu Y đã hoàn thành": one row for the item, named as written after "hạng mục" (was the
    # project completed too); "Dự án có tổng mức đầu tư ..." after it is the project's money, not the item's
    text = (
        "Ngày 9/9/2026, dự án mở rộng Quốc lộ 19C, hạng mục cầu Sông Hinh đã hoàn thành và đưa vào sử dụng. "
        "Dự án có tổng mức đầu tư 860 tỷ đồng."
    )
    assert _rows(text) == [("cầu Sông Hinh", "completed", dt.date(2026, 9, 9))]
    assert route_in_text(text, "860").fields["project_name"] == "mở rộng Quốc lộ 19C"
    # the verb before the project is the item's too
    text = "Sáng 2/2/2027, tỉnh khánh thành dự án kè chống sạt lở sông Ba, hạng mục kè Phú Lâm."
    assert _rows(text) == [("kè Phú Lâm", "inaugurated", dt.date(2027, 2, 2))]
    # an item with no name of its own is named with its project, one row
    text = "Ngày 9/9/2026, dự án mở rộng Quốc lộ 19C, hạng mục trạm thu phí đã hoàn thành."
    assert _rows(text) == [("mở rộng Quốc lộ 19C, hạng mục trạm thu phí", "completed", dt.date(2026, 9, 9))]
    # near miss: a project listed beside another work (no "hạng mục") keeps its own event
    text = "Ngày 9/9/2026, dự án mở rộng Quốc lộ 19C, cầu Sông Hinh đã hoàn thành và đưa vào sử dụng."
    assert ("mở rộng Quốc lộ 19C", "completed", dt.date(2026, 9, 9)) in _rows(text)


def _row_names(text):
    return [name for name, *_ in _rows(text)]


def test_the_investor_after_do_and_how_late_the_project_is_end_its_name() -> None:
    # "dự án X do chủ đầu tư chậm triển khai", "do nhà đầu tư đề xuất": the investor, as cause or agent, is no part of
    # the name (was "X do nhà đầu tư đề xuất"); "dự án X chậm 18 tháng so với tiến độ", "chậm so với kế hoạch": how late
    # the project is, a predicate (was "X chậm 18 tháng so")
    for text in (
        "Ngày 4/4/2027, UBND tỉnh phê duyệt chủ trương đầu tư dự án Khu đô thị Tân Lập do nhà đầu tư đề xuất.",
        "Hiện nay, dự án Khu đô thị Tân Lập chậm 18 tháng so với tiến độ được duyệt.",
        "Hiện nay, dự án Khu đô thị Tân Lập chậm so với kế hoạch.",
    ):
        assert _row_names(text) == ["Khu đô thị Tân Lập"], text
    # near misses: "tự do" inside a name is no "do" of an agent; a number after the name that no "chậm" makes a time
    # stays in it
    assert _row_names("Ngày 4/4/2027, UBND tỉnh phê duyệt dự án Khu thương mại tự do Bát Xát.") == [
        "Khu thương mại tự do Bát Xát"
    ]
    assert _row_names("Hiện nay, dự án Khu đô thị Tân Lập 2 đang thi công.") == ["Khu đô thị Tân Lập 2"]


def test_a_named_projects_disbursement_said_before_its_name_and_counted_to_a_date() -> None:
    # "Giải ngân vốn của dự án X đến ngày D đạt A, bằng P% kế hoạch vốn": the project's money paid out and its share of
    # the plan (was the budgets' public investment: the date between the name and the figure hid the measure word
    # before the name, and "tái định cư" in the name of a resettlement area read as a step of site clearance)
    text = (
        "Giải ngân vốn đầu tư công của dự án Khu tái định cư Bắc Sơn đến ngày 30/9/2026 đạt 412 tỷ đồng, bằng 77,5% "
        "kế hoạch vốn được giao."
    )
    fields = _project_fields(text, "412")
    assert (fields["project_name"], fields["measure"]) == ("Khu tái định cư Bắc Sơn", "disbursed")
    assert _project_fields(text, "77,5")["measure"] == "plan_pct"
    # "tính đến" ends the name: the date it is counted to is no part of it
    text = "Tổng mức đầu tư của dự án cầu Mỹ Lợi tính đến hết tháng 9 là 1.360 tỷ đồng."
    assert _project_fields(text, "1.360")["project_name"] == "cầu Mỹ Lợi"
    # near miss: resettling people is still a step of site clearance, its share no share of the plan
    text = "Công tác bồi thường, hỗ trợ, tái định cư dự án cầu Mỹ Lợi đến nay đã chi trả 820 tỷ đồng, đạt 91%."
    assert _not_a_project(text, "91")


def test_a_numbered_item_after_a_full_stop_opens_a_sentence_of_its_own() -> None:
    # "(1) Dự án A: đã thi công ... . (2) Dự án B: đã hoàn thành ...": the items run on in one paragraph; B's completion
    # is no state of A (was A completed on B's day)
    text = (
        "Tiến độ các công trình trọng điểm: (1) Dự án đường ven sông Lam: đã thi công đạt 70% khối lượng. "
        "(2) Dự án cầu Yên Xuân: đã hoàn thành, đưa vào sử dụng ngày 15/5/2026."
    )
    events = {name: event for name, event, _ in _rows(text)}
    assert events == {"đường ven sông Lam": "in_progress", "cầu Yên Xuân": "completed"}
    # near miss: a number in brackets inside a sentence opens nothing ("(2)" after no full stop)
    text = "Ngày 15/5/2026, tỉnh khánh thành cầu Yên Xuân (2) và đường dẫn."
    assert [event for _, event, _ in _rows(text)] == ["inaugurated"]


def test_a_page_line_breaking_after_the_works_kind_alone_goes_on_with_the_name() -> None:
    # a converted page breaks "Bệnh viện \nĐa khoa Tân Lập" after the kind alone: the name is the whole, with its share
    text = ("UBND HUYỆN TÂN LẬP\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\n"
            "Về xây dựng cơ bản: trong tháng các chủ đầu tư đôn đốc nhà thầu đẩy nhanh thi công công trình Bệnh viện \n"
            "Đa khoa Tân Lập, khối lượng đạt khoảng 55%; các công trình khác đang hoàn thiện hồ sơ quyết toán.\n")
    rows = {(r["project_name"], r["event"], r["measure"], r["value"]) for r in _project_rows(text)}
    assert ("Bệnh viện Đa khoa Tân Lập", "in_progress", "plan_pct", 55.0) in rows


def test_a_page_line_breaking_after_a_named_work_still_ends_the_name() -> None:
    # near miss: the work already has its own name at the line's end; the capital line after is a new line
    text = "Tỉnh khởi công Trường Tiểu học Hòa Bình\nKiểm tra tiến độ các công trình trọng điểm\n"
    assert ("Trường Tiểu học Hòa Bình", "started", None) in _rows(text)



@pytest.mark.parametrize(("text", "day"), [
    # the lead's day opens its line under the headline; a day of the work's history told later is no occasion
    ("Tân Lập: Khánh thành cầu Bến Đá\nSáng 9/9/2026, UBND tỉnh Tân Lập khánh thành cầu Bến Đá.\n\n"
     "Công trình được khởi công ngày 12/2/2026, dài 900 m.\n\n"
     "Cùng ngày, tỉnh cũng khởi công dự án đường ven sông Lam Hạ, tổng vốn 300 tỷ đồng.\n", "2026-09-09"),
    # near miss: each lead opens on its own day; "Cùng ngày" follows the last of them
    ("Tin tỉnh Tân Lập\nSáng 9/9/2026, tỉnh khánh thành cầu Bến Đá.\n\n"
     "Chiều 10/9/2026, tỉnh khởi công Trường Tiểu học Hòa Bình.\n\n"
     "Cùng ngày, tỉnh cũng khởi công dự án đường ven sông Lam Hạ.\n", "2026-09-10"),
])
def test_the_same_day_is_the_last_lead_day_not_a_start_told_as_history(text: str, day: str) -> None:
    rows = {(r["project_name"], r["event"], r["event_date"]) for r in _project_rows(text)}
    assert ("đường ven sông Lam Hạ", "started", day) in rows


@pytest.mark.parametrize("text", [
    "Trung tâm Hội nghị tỉnh Tân Lập đã tổ chức 38 sự kiện lớn kể từ khi đi vào hoạt động.",
    "Sau hơn một năm đưa vào khai thác, nhà ga mới của Cảng hàng không Tân Lập đã đón 900 nghìn lượt khách.",
    "Từ khi được đưa vào sử dụng, cầu Bến Đá đã giảm tải cho quốc lộ.",
])
def test_the_time_since_a_work_opened_is_no_news_of_its_step(text: str) -> None:
    # a work in service told by the time since it opened: FACTS has no event for running, and the opening is history
    assert _rows(text) == []


def test_the_time_since_a_start_keeps_the_progress_and_a_later_step_after_the_works_time() -> None:
    # near misses: the progress after "Sau 1 năm khởi công" is still news, and "Sau 30 tháng thi công" times the works
    assert _rows("Sau 1 năm khởi công, dự án cầu Bến Đá đã đạt 60% khối lượng.") == [
        ("cầu Bến Đá", "in_progress", None)]
    assert _rows("Sau 30 tháng thi công, cầu Bến Đá đã khánh thành.") == [("cầu Bến Đá", "inaugurated", None)]


def test_a_size_counted_after_a_named_work_ends_its_name() -> None:
    # "Chợ X 200 ki-ốt", "Trường Y 18 phòng học": the size after the work's own name is no part of it
    assert _rows("Sáng 2/3, huyện khánh thành Chợ Bến Đá 200 ki-ốt.") == [("Chợ Bến Đá", "inaugurated", None)]
    assert _rows("Tỉnh khởi công Trường THCS Hòa Bình 18 phòng học.") == [("Trường THCS Hòa Bình", "started", None)]


def test_a_size_after_the_kind_alone_stays_in_the_name() -> None:
    # near miss: "Bệnh viện 300 giường" has no name but its size; a number of the name ("số 2") is no size
    assert _rows("Tỉnh khởi công Bệnh viện 300 giường.") == [("Bệnh viện 300 giường", "started", None)]
    assert _rows("Tỉnh khởi công Trường Tiểu học số 2 Hòa Bình.") == [
        ("Trường Tiểu học số 2 Hòa Bình", "started", None)]


def test_lettered_items_run_on_after_a_full_stop_each_say_their_own_state() -> None:
    # "a) ... b) ..." in one paragraph: a later item's start is no earlier item's, as with "(2)" items
    text = ("Các công trình trọng điểm: a) Dự án đường ven sông Lam Hạ: đang thi công, đạt 55% khối lượng. "
            "b) Dự án cầu Bến Đá: tổng mức đầu tư 210 tỷ đồng, giải ngân đạt 64% kế hoạch. "
            "c) Trường THCS Hòa Bình: khởi công ngày 12/9/2026.")
    rows = {(name, event) for name, event, _ in _rows(text)}
    assert ("đường ven sông Lam Hạ", "in_progress") in rows
    assert ("cầu Bến Đá", "in_progress") in rows
    assert ("Trường THCS Hòa Bình", "started") in rows
    assert ("cầu Bến Đá", "started") not in rows and ("đường ven sông Lam Hạ", "started") not in rows


def test_a_letter_and_bracket_inside_a_sentence_opens_no_item() -> None:
    # near miss: "a)" after no full stop is a part of its sentence ("theo điểm a) khoản 2"); the start is the work's
    text = "Tỉnh khởi công cầu Bến Đá theo điểm a) khoản 2 Điều 5 Nghị quyết của HĐND tỉnh."
    assert _rows(text) == [("cầu Bến Đá", "started", None)]


def test_a_later_part_of_the_same_day_opening_a_sentence_takes_the_day_said_before() -> None:
    # "Chiều cùng ngày", "Tối cùng ngày", "Cũng trong sáng nay": the day of the lead; a part of a day with its own
    # date keeps that date (near miss)
    text = ("Tin tỉnh Tân Lập\nSáng 3/10/2026, tỉnh khánh thành cầu Bến Đá.\n\n"
            "Chiều cùng ngày, tỉnh khởi công Trường THCS Hòa Bình.\n\n"
            "Cũng trong sáng nay, huyện gắn biển công trình Nhà văn hóa thôn Nà Lừa.\n\n"
            "Chiều 4/10/2026, tỉnh khởi công Chợ Bến Đá.\n")
    rows = {(r["project_name"], r["event_date"]) for r in _project_rows(text)}
    assert {("Trường THCS Hòa Bình", "2026-10-03"), ("Nhà văn hóa thôn Nà Lừa", "2026-10-03"),
            ("Chợ Bến Đá", "2026-10-04")} <= rows


def test_a_service_verb_after_a_named_work_ends_its_name() -> None:
    # "X cung cấp nước cho ...", "Y tạo việc làm cho ...", "Z giải quyết ...": after the work's own name, what it
    # serves is a predicate, no part of the name
    text = ("Sáng 8/7/2026, huyện khánh thành Nhà máy nước sạch Bến Đá cung cấp nước cho 4.000 hộ dân. "
            "Nhà máy May Tân Lập được khánh thành tạo việc làm cho 900 lao động. "
            "Trạm bơm Đồng Cói hoàn thành giải quyết tình trạng ngập úng cho 600 ha.")
    names = {name for name, _, _ in _rows(text)}
    assert {"Nhà máy nước sạch Bến Đá", "Nhà máy May Tân Lập"} <= names
    assert not any("cung cấp" in n or "việc làm" in n or "giải quyết" in n for n in names)


def test_a_service_word_after_the_kind_alone_stays_in_the_name() -> None:
    # near miss: right after the kind, with no name of its own before it, the service word is the kind
    # ("Nhà máy cung cấp nước sạch Bến Đá"); a capitalised word of the name ("Trung tâm Cung cấp ...") goes on too
    text = "Sáng 8/7/2026, huyện khánh thành Nhà máy cung cấp nước sạch Bến Đá."
    assert _rows(text) == [("Nhà máy cung cấp nước sạch Bến Đá", "inaugurated", dt.date(2026, 7, 8))]


def test_a_start_told_before_where_the_works_stand_now_is_their_history() -> None:
    # "khởi công từ năm 2024, đến nay đã giải ngân ...", "khởi công tháng 3/2025, lũy kế giải ngân ...", "khởi công
    # năm 2025, năm 2027 đã giải ngân ...": the sentence tells the works under way; every figure of it is in_progress
    text = ("Dự án đường ven sông Lam Hạ có tổng mức đầu tư 640 tỷ đồng, khởi công từ năm 2024, "
            "đến nay đã giải ngân 415 tỷ đồng, đạt 64,8% kế hoạch vốn.")
    for token in ("640", "415", "64,8"):
        assert _project_fields(text, token)["event"] == "in_progress"
    text = "Dự án cầu Bến Đá có tổng mức đầu tư 210 tỷ đồng, khởi công tháng 3/2025, lũy kế giải ngân đạt 98 tỷ đồng."
    assert _project_fields(text, "98")["event"] == "in_progress"
    text = ("Dự án Trường THCS Hòa Bình tổng mức đầu tư 45 tỷ đồng, được khởi công năm 2025, "
            "năm 2027 đã giải ngân 12 tỷ đồng.")
    assert _project_fields(text, "12")["event"] == "in_progress"


def test_a_start_with_its_money_and_no_later_state_stays_the_start() -> None:
    # near miss: the start and its money alone, or the money after the start with no state now ("khởi công ..., tổng
    # mức đầu tư ..."), are the start's
    text = "Sáng 9/10/2026, tỉnh khởi công dự án cầu Bến Đá, tổng mức đầu tư 395 tỷ đồng."
    assert _project_fields(text, "395")["event"] == "started"
    text = "Dự án đường ven sông Lam Hạ có tổng mức đầu tư 640 tỷ đồng, vừa được khởi công ngày 2/3/2026."
    assert _project_fields(text, "640")["event"] == "started"


def test_a_kind_then_its_proper_name_in_quotes_is_one_name() -> None:
    # 'dự án Khu đô thị "Bến Đá Riverside"': the kind alone before the quotes names nothing; the quoted words are its
    # name, written without the quotes
    text = 'Sáng 5/3/2026, tỉnh khởi công dự án Khu đô thị "Bến Đá Riverside" có vốn đầu tư 2.100 tỷ đồng.'
    assert _rows(text) == [("Khu đô thị Bến Đá Riverside", "started", dt.date(2026, 3, 5))]
    assert _project_fields(text, "2.100")["project_name"] == "Khu đô thị Bến Đá Riverside"


def test_a_quoted_motto_after_a_named_work_is_no_part_of_its_name() -> None:
    # near miss: a work that has its own name before the quotes keeps it ("Cầu Bến Đá “nhịp cầu nối hai bờ”")
    text = "Sáng 5/3/2026, tỉnh khánh thành Cầu Bến Đá “nhịp cầu nối hai bờ vui”."
    assert [name for name, _, _ in _rows(text)] == ["Cầu Bến Đá"]


def test_the_abbreviated_project_board_names_no_work() -> None:
    # "Ban QLDA đầu tư xây dựng công trình giao thông tỉnh X tổ chức ...": the board's name written short is an agency
    # as its full form is; its "công trình" is no work
    text = ("Ngày 23/12/2026, Ban QLDA đầu tư xây dựng công trình giao thông tỉnh Tân Lập tổ chức thông xe "
            "cầu Bến Đá.")
    assert _rows(text) == [("cầu Bến Đá", "completed", dt.date(2026, 12, 23))]


def test_a_work_after_a_board_of_another_name_is_still_read() -> None:
    # near miss: "Ban chỉ đạo ... xây dựng công trình X" is no project board: the work after it is a work
    text = "Ngày 23/12/2026, tỉnh khánh thành công trình Nhà văn hóa thôn Nà Lừa do Ban vận động xây dựng."
    assert [name for name, _, _ in _rows(text)] == ["Nhà văn hóa thôn Nà Lừa"]


def test_a_registered_total_after_a_list_with_bracketed_sizes_is_the_groups() -> None:
    # "cho 2 dự án điện mặt trời: A (50 MWp) và B (80 MWp), với tổng vốn đăng ký N": the last work's size in brackets,
    # then the total registered for them all: the counted group's, not the last work's price
    text = ("Năm 2026, tỉnh cấp giấy chứng nhận đăng ký đầu tư cho 2 dự án điện mặt trời: Nhà máy điện mặt trời "
            "Bến Đá (50 MWp) và Nhà máy điện mặt trời Hòa Sơn (80 MWp), với tổng vốn đăng ký 3.600 tỷ đồng.")
    assert _project_fields(text, "3.600")["project_name"] == "2 dự án điện mặt trời"


def test_a_bracketed_price_of_the_last_work_stays_its_own() -> None:
    # near miss: a bracket holding the last work's own price, with no total word after it, is that work's
    text = ("Năm 2026, tỉnh cấp giấy chứng nhận đăng ký đầu tư cho 2 dự án điện mặt trời: Nhà máy điện mặt trời "
            "Bến Đá (vốn 1.500 tỷ đồng) và Nhà máy điện mặt trời Hòa Sơn (vốn 2.100 tỷ đồng).")
    assert _project_fields(text, "2.100")["project_name"] == "Nhà máy điện mặt trời Hòa Sơn"


def test_a_value_said_with_voi_right_after_a_named_work_is_its_price() -> None:
    # "bàn giao Dự án X với giá trị 156 tỷ đồng": the value the work is handed over with, its cost (as "có giá trị")
    text = "Ngày 23/12/2026, tỉnh bàn giao Dự án nâng cấp đường ĐT.552 (giai đoạn 1) với giá trị 156 tỷ đồng."
    fields = _project_fields(text, "156")
    assert (fields["project_name"], fields["measure"]) == ("nâng cấp đường ĐT.552 (giai đoạn 1)", "total_investment")


def test_a_value_of_something_else_after_voi_is_no_price() -> None:
    # near miss: "với giá trị sản xuất đạt N": the value of what the work makes, a word between, no cost of the work
    text = "Nhà máy May Bến Đá đi vào hoạt động với giá trị sản xuất đạt 300 tỷ đồng."
    routed = route_in_text(text, "300")
    assert routed is None or routed.fields.get("measure") != "total_investment"


def test_the_short_form_of_what_a_work_makes_in_brackets_stays_in_its_name() -> None:
    # "Nhà máy sản xuất tấm pin mặt trời (PV) của Công ty X": the bracket spells short the lowercase words before it,
    # a part of the name (was cut before the bracket)
    text = ("Ngày 22/3/2026, tỉnh trao giấy chứng nhận đăng ký đầu tư dự án Nhà máy sản xuất tấm pin mặt trời (PV) "
            "của Công ty TNHH Bến Đá tại KCN Hòa Sơn.")
    assert [name for name, _, _ in _rows(text)] == ["Nhà máy sản xuất tấm pin mặt trời (PV)"]


def test_the_kind_of_a_works_capital_in_brackets_stays_out_of_its_name() -> None:
    # near miss: "(FDI)", "(ODA)", "(PPP)" say how the work is paid for, no part of the name
    text = ("Ngày 22/3/2026, tỉnh trao giấy chứng nhận đăng ký đầu tư dự án Nhà máy sản xuất tấm pin mặt trời (FDI) "
            "của Công ty TNHH Bến Đá tại KCN Hòa Sơn.")
    assert [name for name, _, _ in _rows(text)] == ["Nhà máy sản xuất tấm pin mặt trời"]


def test_online_after_truc_is_no_route() -> None:
    # "trực tuyến" (online): "tuyến" is the second half of the word, no route opening a work's name
    text = ("Trong tháng, Trung tâm phục vụ hành chính công nhận 4.120 hồ sơ, trong đó hồ sơ trực tuyến 3.300 hồ sơ, "
            "đạt 80,1%.")
    assert _not_a_project(text, "80,1")
    assert _rows(text) == []


def test_a_route_named_after_its_kind_is_still_a_work() -> None:
    # near miss: "tuyến" opening its own phrase still names a route
    text = "Ngày 8/2/2027, huyện khởi công tuyến đường trục chính Bắc - Nam, tổng vốn 640 tỷ đồng."
    assert _project_fields(text, "640")["project_name"] == "tuyến đường trục chính Bắc - Nam"


def test_the_firms_of_an_industrial_park_are_no_work() -> None:
    # "Doanh nghiệp KCN nộp ngân sách N": what the park's firms pay, the park no work of the news
    text = "Doanh nghiệp KCN nộp ngân sách 2.340 tỷ đồng, tăng 9,5% so với cùng kỳ."
    assert _not_a_project(text, "2.340")


def test_a_park_started_by_a_firm_is_still_a_work() -> None:
    # near miss: "doanh nghiệp" with a verb between: the park is the verb's object
    text = "Ngày 4/5/2026, doanh nghiệp đã khởi công KCN Đồng Văn mở rộng, tổng vốn 1.100 tỷ đồng."
    assert _project_fields(text, "1.100")["project_name"] == "KCN Đồng Văn mở rộng"


def test_a_change_of_capital_ends_the_name() -> None:
    # "Dự án Nhà máy X điều chỉnh tăng vốn thêm ..., nâng tổng vốn đầu tư lên N": the change is a predicate, the new
    # total the plant's (the name ran on over "tăng vốn" in a headline)
    text = ("Dự án Nhà máy sản xuất vải kỹ thuật Hòa Phong điều chỉnh tăng vốn thêm 75 triệu USD, nâng tổng vốn đầu tư "
            "lên 410 triệu USD.")
    fields = _project_fields(text, "410")
    assert fields["project_name"] == "Nhà máy sản xuất vải kỹ thuật Hòa Phong"
    assert fields["measure"] == "total_investment"
    assert [name for name, _, _ in _events("Thái Nguyên: Nhà máy sản xuất vải kỹ thuật Hòa Phong tăng vốn")] == [
        "Nhà máy sản xuất vải kỹ thuật Hòa Phong"
    ]


def test_a_capital_increase_is_not_the_works_price() -> None:
    # near miss: the added capital itself is none of a project's measures
    text = ("Dự án Nhà máy sản xuất vải kỹ thuật Hòa Phong điều chỉnh tăng vốn thêm 75 triệu USD, nâng tổng vốn đầu tư "
            "lên 410 triệu USD.")
    assert _not_a_project(text, "75")


def test_a_work_that_ends_waterlogging_is_no_damage() -> None:
    # "Trạm bơm X ... giải quyết tình trạng ngập úng cho N ha": the trouble the work ends, not damage done to it
    text = "Ngày 20/6/2026, Trạm bơm Đông Xá được bàn giao đưa vào sử dụng giải quyết tình trạng ngập úng cho 900 ha."
    assert _rows(text) == [("Trạm bơm Đông Xá", "completed", dt.date(2026, 6, 20))]


def test_a_work_waterlogged_is_still_damage() -> None:
    # near miss: the work itself flooded is damage, no news of the work
    assert _rows("Mưa lớn kéo dài, Trạm bơm Đông Xá bị ngập úng, hư hỏng 2 máy bơm.") == []


def test_a_work_built_for_a_numbered_residential_area_is_named() -> None:
    # "nhà văn hóa khu 5", "nhà văn hóa tổ 12": the numbered area or block it serves names the work
    text = "Công trình nhà văn hóa khu 7 có tổng kinh phí 1,4 tỷ đồng đã khánh thành ngày 15/8/2026."
    assert _rows(text) == [("nhà văn hóa khu 7", "inaugurated", dt.date(2026, 8, 15))]
    assert _project_fields(text, "1,4")["measure"] == "total_investment"


def test_a_floor_count_after_khu_names_no_area() -> None:
    # near miss: "khu 2 tầng" is a two-storey block, no numbered area
    assert not is_named("nhà văn hóa khu 2 tầng", quoted=False)


def test_a_sentence_opening_on_a_parks_kind_alone_is_about_the_park_named_before() -> None:
    # "khánh thành Cụm công nghiệp X. Cụm công nghiệp có diện tích ..., tổng vốn đầu tư N": the park named before
    text = ("Sáng 9/10/2026, huyện tổ chức khánh thành hạ tầng Cụm công nghiệp Đồng Lạc. Cụm công nghiệp có diện tích "
            "60 ha, tổng vốn đầu tư hạ tầng 315 tỷ đồng.")
    fields = _project_fields(text, "315")
    assert (fields["project_name"], fields["measure"]) == ("Cụm công nghiệp Đồng Lạc", "total_investment")


def test_a_parks_kind_alone_with_no_park_named_before_is_no_project() -> None:
    # near miss: parks counted, none named: the kind alone refers to no work
    text = "Toàn tỉnh có 14 cụm công nghiệp đang hoạt động. Cụm công nghiệp có tổng vốn đầu tư 315 tỷ đồng."
    assert _not_a_project(text, "315")


def test_a_works_name_quoted_right_after_the_event_verb() -> None:
    # The verb's object written in quotes: the quoted words are the work's name, and the money after it is its own.
    text = (
        "Sáng 3/11/2027, huyện tổ chức khánh thành “Bệnh viện đa khoa khu vực Tây Sơn” với tổng vốn đầu tư 310 tỷ đồng."
    )
    assert ("Bệnh viện đa khoa khu vực Tây Sơn", "inaugurated", dt.date(2027, 11, 3)) in _rows(text)
    money = _project_fields(text, "310")
    assert (money["project_name"], money["measure"]) == ("Bệnh viện đa khoa khu vực Tây Sơn", "total_investment")
    plain = 'Ngày 9/2/2026, xã khởi công "Trường mầm non Hoa Sen" tại thôn 4.'
    assert ("Trường mầm non Hoa Sen", "started", dt.date(2026, 2, 9)) in _rows(plain)


def test_a_work_inside_a_quoted_title_after_the_verb_is_no_work() -> None:
    # The quote opens on another title (a plan, a scheme); the work noun inside it is not the verb's object.
    text = "UBND tỉnh đã phê duyệt “Đề án phát triển Khu du lịch hồ Núi Một” với kinh phí 12 tỷ đồng."
    assert not any(name.startswith("Khu du lịch") for name, _, _ in _events(text))


def test_a_numbered_point_after_a_point_counting_works_keeps_its_own_event() -> None:
    # "1." counts approved projects; "2." is the report's next point, of the same rank: its project is not one of them.
    text = (
        "BÁO CÁO đầu tư công quý III năm 2026\n\n"
        "1. Chấp thuận chủ trương đầu tư 4 dự án với tổng vốn 260 tỷ đồng.\n"
        "2. Dự án Trường THCS Lê Lợi: tổng mức đầu tư 21 tỷ đồng, đã giải ngân 7 tỷ đồng.\n"
    )
    events = {(r["project_name"], r["event"]) for r in _project_rows(text) if r["measure"] is None}
    assert events == {("Trường THCS Lê Lợi", "in_progress")}


def test_numbered_items_under_a_counting_sentence_keep_its_event() -> None:
    # The count said in a plain sentence (or a numbered point with dashes under it) heads the items that follow.
    head = "BÁO CÁO đầu tư công quý III năm 2026\n\nTrong quý, xã khởi công 2 công trình.\n"
    items = (
        "1. Dự án Trạm y tế xã Phú Lộc: tổng mức đầu tư 6 tỷ đồng.\n2. Dự án Chợ Phú Lộc: tổng mức đầu tư 9 tỷ đồng.\n"
    )
    events = {(r["project_name"], r["event"]) for r in _project_rows(head + items) if r["measure"] is None}
    assert events == {("Trạm y tế xã Phú Lộc", "started"), ("Chợ Phú Lộc", "started")}
    dashed = head.replace("Trong quý", "1. Trong quý") + items.replace("1. ", "- ").replace("2. ", "- ")
    events = {(r["project_name"], r["event"]) for r in _project_rows(dashed) if r["measure"] is None}
    assert events == {("Trạm y tế xã Phú Lộc", "started"), ("Chợ Phú Lộc", "started")}


def test_two_quoted_works_each_take_the_verb_before_its_own_quote() -> None:
    text = "Sáng 4/5/2027, thị xã khánh thành “Cầu Bến Đá 2” và khởi công “Đường Trần Phú nối dài”."
    got = _rows(text)
    assert ("Cầu Bến Đá 2", "inaugurated", dt.date(2027, 5, 4)) in got
    assert ("Đường Trần Phú nối dài", "started", dt.date(2027, 5, 4)) in got


def test_a_numbered_phase_after_a_comma_is_part_of_the_work_named_before_it() -> None:
    # The phase written after the comma that closes a work's name (a bracket between or not) is a part of that work:
    # the figures of the record are the work's, not of a bare "giai đoạn 2".
    text = (
        "- Dự án Cầu Hòa Bình (nối xã Tân Phú - xã Đồng Xoài), giai đoạn 2: kế hoạch vốn 150 tỷ đồng, "
        "giải ngân 60 tỷ đồng."
    )
    assert _project_fields(text, "60")["project_name"] == "Cầu Hòa Bình"
    plain = "- Dự án Trường THPT Lê Quý Đôn, giai đoạn II: giải ngân 25 tỷ đồng."
    assert _project_fields(plain, "25")["project_name"] == "Trường THPT Lê Quý Đôn"


def test_a_phase_opening_a_clause_after_another_clause_is_still_a_phase() -> None:
    # "Theo kế hoạch, giai đoạn 1 ...": the comma closes no work's name; the phase is the clause's subject.
    text = "Dự án Cầu Hòa Bình đã hoàn thành. Theo kế hoạch, giai đoạn 2 có tổng mức đầu tư 90 tỷ đồng."
    assert _project_fields(text, "90")["project_name"].startswith("giai đoạn 2")


def test_money_disbursed_with_the_verb_of_reaching_says_no_event() -> None:
    # "giải ngân đạt N" is the same money as "đã giải ngân N": a figure of the work, no row of its being under way.
    assert _rows("Dự án Trường THPT Phan Bội Châu giải ngân đạt 12 tỷ đồng.") == []
    assert _rows("Dự án Trường THPT Phan Bội Châu đã giải ngân 12 tỷ đồng.") == []


def test_works_going_on_before_the_money_disbursed_keep_their_event() -> None:
    text = "Dự án Trường THPT Phan Bội Châu đang thi công, giải ngân đạt 12 tỷ đồng."
    assert _rows(text) == [("Trường THPT Phan Bội Châu", "in_progress", None)]


_CUT_OFF_HEAD = (
    "BÁO CÁO giải ngân vốn đầu tư công năm 2027\n\n"
    "Tính đến ngày 31/10/2027, toàn tỉnh giải ngân vốn đầu tư công 1.500 tỷ đồng.\n"
)


def test_a_cut_off_opening_a_passage_of_disbursements_dates_each_works_money() -> None:
    # The day the report counts to is said once before the list; every work's money paid out is counted to it.
    text = _CUT_OFF_HEAD + (
        "- Dự án Bệnh viện Đa khoa huyện Đồng Hỷ: kế hoạch vốn 90 tỷ đồng, giải ngân 40 tỷ đồng, đạt 44,4%.\n"
    )
    got = {r["measure"]: r["as_of"] for r in _project_rows(text) if r["measure"]}
    assert got == {"plan": None, "disbursed": "2027-10-31", "plan_pct": "2027-10-31"}


def test_a_total_investment_after_a_cut_off_is_no_amount_counted_to_it() -> None:
    text = _CUT_OFF_HEAD + (
        "- Dự án Bệnh viện Đa khoa huyện Đồng Hỷ: tổng mức đầu tư 250 tỷ đồng.\n"
    )
    got = [(r["measure"], r["as_of"]) for r in _project_rows(text) if r["measure"]]
    assert got == [("total_investment", None)]


@pytest.mark.parametrize(
    ("text", "token", "event"),
    [
        # "..., được khởi công từ tháng 5/2023, tổng vốn 760 tỷ đồng" in a text of 2026: the start is the work's
        # history, its price no figure of that start
        ("Cầu Vàm Cống 2 được khởi công từ tháng 5/2023, tổng vốn đầu tư 760 tỷ đồng.", "760", "funding"),
        ("Bệnh viện Nhi tỉnh khánh thành năm 2024 có tổng mức đầu tư 415 tỷ đồng.", "415", "funding"),
        # near miss: the start told in the text's own year is its news, the price goes with it
        ("Cầu Vàm Cống 2 được khởi công từ tháng 5/2026, tổng vốn đầu tư 760 tỷ đồng.", "760", "started"),
    ],
)
def test_price_beside_an_event_of_an_earlier_year_is_the_projects_own(text, token, event):
    assert route_in_text(text, token, year=2026).fields["event"] == event


def test_each_part_of_a_list_counted_one_by_one_is_a_work():
    # "hoàn thành 03 công trình, gồm: A, B, C": three parts between commas for three works counted, each a work
    # however it is named (an alley, a pavement), ending at its comma
    text = (
        "Năm 2026, phường hoàn thành 03 công trình, gồm: nhà văn hóa khu phố 7, kiệt 112 Hoàng Diệu, "
        "lát đá vỉa hè đường Phan Châu Trinh."
    )
    assert _rows(text) == [
        ("nhà văn hóa khu phố 7", "completed", None),
        ("kiệt 112 Hoàng Diệu", "completed", None),
        ("lát đá vỉa hè đường Phan Châu Trinh", "completed", None),
    ]


def test_a_list_of_more_parts_than_its_count_keeps_only_named_works():
    # near miss: four works counted over three parts, the parts are no one-by-one list
    text = (
        "Năm 2026, phường hoàn thành 04 công trình, gồm: nhà văn hóa khu phố 7, kiệt 112 Hoàng Diệu, "
        "lát đá vỉa hè đường Phan Châu Trinh."
    )
    assert [n for n, _, _ in _rows(text)] == ["nhà văn hóa khu phố 7"]


def test_the_largest_of_the_works_just_counted_takes_their_event():
    # "cấp giấy chứng nhận đầu tư cho 4 dự án ... Trong đó, lớn nhất là dự án X": one of the projects just licensed
    text = (
        "Trong quý, tỉnh đã cấp giấy chứng nhận đăng ký đầu tư cho 4 dự án FDI với tổng vốn 95 triệu USD. "
        "Trong đó, lớn nhất là dự án Nhà máy dệt may Hưng Phát, vốn 40 triệu USD."
    )
    assert _rows(text) == [("Nhà máy dệt may Hưng Phát", "approved", None)]
    text = "Năm 2027, huyện khánh thành 9 công trình. Đáng chú ý là công trình Trường Tiểu học Tân Lập."
    assert _rows(text) == [("Trường Tiểu học Tân Lập", "inaugurated", None)]


def test_the_largest_with_no_works_counted_before_says_no_event():
    # near miss: no group counted before, the largest is told of with no event
    text = "Khu kinh tế có nhiều nhà đầu tư lớn. Lớn nhất là dự án Nhà máy dệt may Hưng Phát."
    assert [ev for _, ev, _ in _rows(text)] == ["in_progress"]


def test_an_amount_after_a_list_counted_one_by_one_is_no_work():
    # near miss: "cấp phép 2 dự án: A, với tổng vốn N": as many parts as works, but the second is the money said after
    text = "Năm 2026, tỉnh cấp phép cho 2 dự án: Nhà máy may Phú Lộc, với tổng vốn đăng ký 700 tỷ đồng."
    assert [n for n, _, _ in _rows(text)] == ["Nhà máy may Phú Lộc"]


def _money_of_projects(text):
    from orchestration.extraction import extract_document, extraction_to_json_rows

    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    return [(r["project_name"], r["measure"], r["value"]) for r in rows if r["table"] == "projects" and r["value"]]


def test_numbered_sections_of_a_report_on_one_work_go_on_about_it():
    # a report titled on one work: "1. Khái quát" / "Dự án có tổng mức đầu tư ..." and "2. Vốn" / "... của dự án là ..."
    # are that work's, the numbered headings between end no reference to it
    text = (
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình thực hiện Dự án hồ chứa nước Ia Rsai, huyện Krông Pa\n\n"
        "1. Khái quát\nDự án có tổng mức đầu tư 2.150 tỷ đồng, do Ban Quản lý dự án tỉnh làm chủ đầu tư.\n\n"
        "2. Vốn năm 2027\nKế hoạch vốn năm 2027 bố trí cho dự án là 300 tỷ đồng, đã giải ngân 215 tỷ đồng.\n"
    )
    name = "hồ chứa nước Ia Rsai, huyện Krông Pa"
    got = _money_of_projects(text)
    assert [(m, v) for n, m, v in got if n.startswith("hồ chứa nước Ia Rsai")] == [
        ("total_investment", 2150e9), ("plan", 300e9), ("disbursed", 215e9)
    ], (got, name)


def test_a_section_named_for_another_work_ends_the_title_works_reference():
    # near miss: "2. Dự án kè sông X" opens that work's section; a bare "dự án" after it is not the title's work, nor
    # is the money of a title naming no work one's
    text = (
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình thực hiện Dự án hồ chứa nước Ia Rsai\n\n"
        "1. Khái quát\nTiến độ chung đạt 70%.\n\n2. Dự án kè sông Ba đoạn qua thị xã Ayun Pa\n\n"
        "3. Vốn năm 2027\nKế hoạch vốn năm 2027 bố trí cho dự án là 300 tỷ đồng.\n"
    )
    assert all(not n.startswith("hồ chứa") for n, _, _ in _money_of_projects(text))
    text = (
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình giải ngân vốn đầu tư công\n\n"
        "1. Vốn\nKế hoạch vốn của dự án là 300 tỷ đồng.\n"
    )
    assert _money_of_projects(text) == []


def test_a_change_asked_for_a_project_is_no_event_of_it():
    # "Dự án X được đề xuất điều chỉnh ...", "Sở kiến nghị gia hạn dự án Y": asked for, nothing done to the work yet
    assert _rows("Dự án BOT cầu Rạch Miễu 2 cũng được đề xuất điều chỉnh phương án tài chính.") == []
    assert _rows("Sở Xây dựng kiến nghị gia hạn dự án đường ĐT.753 đến năm 2028.") == []
    assert _rows("Ban Quản lý đề nghị điều chỉnh dự án Kè sông Đồng Nai đoạn qua phường Tân Mai.") == []


def test_a_change_made_or_works_said_under_way_before_the_request_keep_their_event():
    # near miss: the adjustment decided is approved; works said under way before a request stay under way
    assert [ev for _, ev, _ in _rows("UBND tỉnh điều chỉnh chủ trương đầu tư dự án đường ĐT.753.")] == ["approved"]
    text = "Dự án đường ĐT.753 đang thi công, Sở Xây dựng đề xuất gia hạn đến năm 2028."
    assert [ev for _, ev, _ in _rows(text)] == ["in_progress"]


def test_a_project_board_named_in_capitals_on_a_header_is_no_work():
    # "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG": the agency issuing the report, in capitals too
    assert _rows("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH DÂN DỤNG TỈNH NINH BÌNH\nSố: 88/BC-BQLDA") == []


def test_a_work_in_capitals_with_no_board_before_it_is_still_named():
    # near miss: "KHỞI CÔNG XÂY DỰNG CÔNG TRÌNH CẦU X": a work built, no agency's name
    assert [n for n, _, _ in _rows("KHỞI CÔNG XÂY DỰNG CÔNG TRÌNH CẦU VƯỢT SÔNG ĐÁY")] == ["CẦU VƯỢT SÔNG ĐÁY"]


def test_a_ships_tonnage_in_millions_is_no_works_money() -> None:
    # "với tổng trọng tải 14,3 triệu DWT": a bare "triệu" before a measure of ships counts tons, no project's price
    text = (
        "Quý II có 2.104 lượt tàu biển vào, rời cảng với tổng trọng tải 14,3 triệu DWT; lũy kế 6 tháng đạt 41 triệu GT."
    )
    assert _not_a_project(text, "14,3")
    assert _not_a_project(text, "41")
    # (near miss: a bare "triệu" closing the clause is still the work's money)
    priced = "Dự án Bến cảng tổng hợp Vũng Áng 3 có tổng mức đầu tư 1.850 tỷ, đã khởi công tháng 3/2026."
    assert _project_fields(priced, "1.850")["measure"] == "total_investment"


def test_works_numbered_by_a_list_of_commas_share_the_name_after_them() -> None:
    # "Bến số 3, 4, 5 Cảng X": the numbers listed by commas alone, then the name the berths share (was "Bến số 3")
    text = "Bến số 3, 4, 5 Cảng tổng hợp Chu Lai đang thi công, đạt 58% khối lượng."
    assert _rows(text) == [("Bến số 3, 4, 5 Cảng tổng hợp Chu Lai", "in_progress", None)]
    # (near miss: a number after the comma that counts a size ends the name)
    before_verb = "Bến cảng tổng hợp Chân Mây số 4, 5 đã khởi công ngày 3/9/2026."
    assert _rows(before_verb) == [("Bến cảng tổng hợp Chân Mây số 4, 5", "started", dt.date(2026, 9, 3))]
    sized = "Cầu Bà Rén số 2, 3 nhịp dầm thép, được khởi công ngày 5/5/2027."
    assert _rows(sized) == [("Cầu Bà Rén số 2", "started", dt.date(2027, 5, 5))]


def test_a_bare_du_an_after_a_resettlement_area_is_the_project_named_before_it() -> None:
    # "Dự án X ... Khu tái định cư xã A đã hoàn thành .... Dự án được khởi công ngày ...": the resettlement area is the
    # works of the project named before it; "Dự án" is that project (the start was given to the area)
    text = (
        "Dự án Đường vành đai 4 qua xã Đông Sơn có tổng mức đầu tư 3.100 tỷ đồng. Khu tái định cư xã Đông Sơn "
        "đã bàn giao 120 lô đất cho người dân. Dự án được khởi công ngày 8/5/2024."
    )
    assert ("Đường vành đai 4 qua xã Đông Sơn", "started", dt.date(2024, 5, 8)) in _rows(text)
    assert all(event != "started" for name, event, _ in _rows(text) if name.startswith("Khu tái định cư"))
    # (near misses: the work named before the bare "Dự án" is no resettlement area, or the area is called a project)
    bridge = "Khởi công cầu Phước An ngày 2/6/2026. Dự án có chiều dài 1,2 km."
    assert ("cầu Phước An", "started", dt.date(2026, 6, 2)) in _rows(bridge)
    own = (
        "Dự án Cảng Tiên Sa 2 có tổng mức đầu tư 900 tỷ đồng. Dự án Khu tái định cư Hòa Liên đã giải ngân 80 tỷ "
        "đồng. Dự án được khởi công ngày 1/3/2025."
    )
    assert ("Khu tái định cư Hòa Liên", "started", dt.date(2025, 3, 1)) in _rows(own)
    port = (
        "Cảng Chu Lai đã khởi công ngày 2/2/2025, đón 640 lượt tàu. Khu tái định cư xã Tam Hiệp đã hoàn thành "
        "hạ tầng. Dự án được khởi công ngày 4/4/2025."
    )
    assert ("Khu tái định cư xã Tam Hiệp", "started", dt.date(2025, 4, 4)) in _rows(port)


def test_a_price_changed_from_one_amount_to_another_after_a_reference_is_the_works_price_both_ways() -> None:
    # "tổng mức đầu tư của dự án được điều chỉnh từ A lên B": the project named before, its price before and after
    text = (
        "Tỉnh phê duyệt điều chỉnh dự án hồ chứa nước Suối Mơ. Theo đó, tổng mức đầu tư của dự án được điều chỉnh "
        "tăng từ 310 tỷ đồng lên 402 tỷ đồng."
    )
    for token in ("310", "402"):
        fields = _project_fields(text, token)
        assert (fields["project_name"], fields["measure"]) == ("hồ chứa nước Suối Mơ", "total_investment")
    # near miss: a count of households moved from one figure to another is no price of the work
    text = "Tỉnh phê duyệt dự án hồ chứa nước Suối Mơ. Số hộ của dự án được điều chỉnh từ 120 hộ lên 150 hộ."
    routed = route_in_text(text, "150")
    assert routed is None or routed.fields.get("measure") is None


def test_the_work_after_a_priced_item_and_va_closes_the_list_and_takes_its_event() -> None:
    # "Trong đó, dự án A có vốn X và dự án B có vốn Y": B is the list's last item, the group's event and day are its
    text = (
        "Ngày 9/4/2026, tỉnh trao quyết định chủ trương đầu tư cho 2 dự án. Trong đó, dự án Nhà máy gạch Đồng Tâm có "
        "vốn đầu tư 640 tỷ đồng và dự án Kho lạnh Phú An có vốn 95 tỷ đồng."
    )
    day = dt.date(2026, 4, 9)
    got = _events(text)
    assert ("Nhà máy gạch Đồng Tâm", "approved", day) in got
    assert ("Kho lạnh Phú An", "approved", day) in got
    # near miss: the next work's own verb is its event
    text = (
        "Ngày 9/4/2026, tỉnh trao quyết định chủ trương đầu tư cho 2 dự án. Trong đó, dự án Nhà máy gạch Đồng Tâm có "
        "vốn đầu tư 640 tỷ đồng và dự án Kho lạnh Phú An đang thi công."
    )
    assert ("Kho lạnh Phú An", "in_progress", None) in _events(text)


def test_contractor_selection_finished_is_no_completion_of_the_work() -> None:
    # "hoàn thành lựa chọn nhà thầu gói thầu X": a step before the works, which are still to come
    text = "Ban quản lý đã hoàn thành lựa chọn nhà thầu cho dự án Trường THPT Lương Sơn, dự kiến khởi công tháng 8."
    assert all(event != "completed" for _, event, _ in _events(text))
    text = "Chủ đầu tư đã hoàn thành đấu thầu dự án Trường THPT Lương Sơn."
    assert all(event != "completed" for _, event, _ in _events(text))
    # near miss: the school itself finished is its completion
    text = "Chủ đầu tư đã hoàn thành dự án Trường THPT Lương Sơn."
    assert ("Trường THPT Lương Sơn", "completed", None) in _events(text)


def test_a_range_of_stars_and_a_tier_of_government_are_classes_of_works() -> None:
    # "khách sạn 3-5 sao" names hotels by their class, as "khách sạn 5 sao" does; "tuyến xã" after a facility is
    # the tier it belongs to, no route
    assert _not_a_project("Công suất buồng của các khách sạn 3-5 sao trong tháng ước đạt 58%.", "58")
    assert _not_a_project("Số giường của các bệnh viện tuyến tỉnh đạt 104% kế hoạch.", "104")
    assert _rows("Tập đoàn khởi công khách sạn 4 - 5 sao ven biển.") == []
    assert [name for name, _, _ in _rows("Khởi công tuyến đường huyện ĐH.12 nối hai xã.")] != []



def _project_rows_of(text):
    """The projects rows a short report is read into (through ``extract_document``, as a report would be)."""
    from orchestration.extraction import extract_document

    return list(extract_document(text.encode(), "probe.txt").tables["projects"].iter_rows(named=True))


def test_a_kind_of_power_with_its_capacity_in_a_breakdown_is_no_plant():
    # "tổng công suất X, trong đó điện gió Y MW": the kind's share of the capacity, no plant of the news (and the
    # plants' share of the power next is no plan share of one)
    text = ("UBND TỈNH NINH THUẬN\nBáo cáo ngành điện năm 2026\n\n"
            "Toàn tỉnh có 41 dự án điện mặt trời, điện gió với tổng công suất 2.150 MW, trong đó điện gió 1.320 MW. "
            "Các nhà máy phát lên lưới 3,1 tỷ kWh, chiếm khoảng 47% sản lượng điện sản xuất trên địa bàn.\n")
    assert _project_rows_of(text) == []
    # (near miss: a wind plant started, with its capacity, is a work of the news)
    started = text + "Tháng 5, tỉnh khởi công nhà máy điện gió 48 MW tại xã Phước Hữu, vốn 1.900 tỷ đồng.\n"
    assert [r["event"] for r in _project_rows_of(started)][:1] == ["started"]


def test_money_lent_to_buy_homes_is_no_works_price():
    # "giải ngân cho vay thuê mua nhà ở xã hội X": money lent for homes, not a housing work's investment
    text = "Chi nhánh ngân hàng đã giải ngân cho vay thuê mua nhà ở xã hội 320 tỷ đồng cho 540 hộ."
    assert _project_rows_of(text) == []
    # (near miss: a housing work priced after an event verb stays a project)
    work = "Thành phố khởi công nhà ở xã hội 1.250 tỷ đồng tại phường An Khê."
    assert "total_investment" in [r["measure"] for r in _project_rows_of(work)]


def test_a_bare_count_of_projects_shares_no_money_of_its_plan() -> None:
    # a rate after "N dự án" with no kind, no names and no word of capital is a share of the count done
    assert _not_a_project("Năm 2027, huyện đã khánh thành 8 công trình với 312 căn hộ, đạt 76,5% kế hoạch.", "76,5")
    assert _not_a_project("Năm 2027, huyện đã khánh thành 8 công trình, đạt 76,5% kế hoạch.", "76,5")
    # a group of a kind keeps its rate and its investment
    of_a_kind = "Năm 2027, huyện đã khánh thành 8 công trình giao thông, đạt 76,5% kế hoạch."
    assert _project_fields(of_a_kind, "76,5")["measure"] == "plan_pct"
    kind = "Thị xã đang thi công 7 dự án trường học với tổng vốn đầu tư 840 tỷ đồng."
    assert _project_fields(kind, "840")["measure"] == "total_investment"


def test_a_work_of_a_kind_priced_in_a_headline_is_no_name() -> None:
    # "Khởi công dự án nhà máy điện mặt trời 1.100 tỷ đồng": the project's kind and its price; the body names the plant
    assert _rows("Khởi công dự án nhà máy điện mặt trời 1.100 tỷ đồng ở Ninh Thuận") == []
    assert _rows("Khánh thành dự án bệnh viện gần 700 tỷ đồng tại Cà Mau") == []
    # a work with its own name before its price is still named
    assert _rows("Khánh thành cầu Vĩnh Hòa 85 tỷ đồng") == [("cầu Vĩnh Hòa", "inaugurated", None)]


def test_the_size_counted_after_a_group_is_no_group_of_its_own() -> None:
    # "N công trình ... với M phòng học": the rooms are what the counted works hold; the works own the money
    text = "Thị xã đã khánh thành 6 công trình giáo dục với 96 phòng học, tổng vốn đầu tư 150 tỷ đồng."
    assert _project_fields(text, "150")["project_name"] == "6 công trình giáo dục"


def test_an_item_of_a_capital_allocation_list_is_its_planned_money_only() -> None:
    # "Phân bổ vốn cho các dự án:" over "- Dự án A: 900 tỷ đồng;": the plan gives each work capital; nothing says its
    # works are under way: one row per work, event funding, measure plan, and no event row
    text = (
        "UBND TỈNH ĐẮK NÔNG\nBÁO CÁO\nKế hoạch đầu tư công năm 2027\n\n"
        "Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 bố trí cho các công trình sau:\n"
        "- Dự án hồ chứa nước Đắk Gang: 640 tỷ đồng;\n"
        "- Dự án đường tránh thị xã Gia Nghĩa: 310 tỷ đồng.\n"
    )
    rows = {(r["project_name"], r["event"], r["measure"]) for r in _project_rows(text)}
    assert rows == {
        ("hồ chứa nước Đắk Gang", "funding", "plan"),
        ("đường tránh thị xã Gia Nghĩa", "funding", "plan"),
    }
    # near miss: an item that says its works' state is news of its own
    text = text.replace("640 tỷ đồng;", "640 tỷ đồng, đang thi công đạt 40% khối lượng;")
    rows = {(r["project_name"], r["event"], r["measure"]) for r in _project_rows(text)}
    assert ("hồ chứa nước Đắk Gang", "in_progress", None) in rows


def test_the_capital_of_the_projects_an_area_counts_is_no_money_of_the_area() -> None:
    # "Khu kinh tế X hiện có 185 dự án còn hiệu lực, tổng vốn 8,5 tỷ USD": the investors' projects the zone holds, their
    # capital an indicator, not the zone's own price
    for text, token in (
        ("Khu kinh tế Nhơn Hội hiện có 96 dự án còn hiệu lực với tổng vốn đăng ký 4,1 tỷ USD.", "4,1"),
        ("Đến nay, Khu công nghiệp Phúc Điền có 57 dự án đang hoạt động, tổng vốn đầu tư 12.300 tỷ đồng.", "12.300"),
    ):
        assert _not_a_project(text, token), (text, token)
    # near miss: the parts a project is made of are its own, their cost its price
    text = "Dự án cao tốc Đồng Đăng - Trà Lĩnh có 2 dự án thành phần với tổng mức đầu tư 14.000 tỷ đồng."
    assert _project_fields(text, "14.000")["measure"] == "total_investment"


def test_the_whole_route_of_a_named_road_opened_is_the_road() -> None:
    # "thông xe toàn tuyến đường X đoạn A - B": "toàn tuyến" between the verb and a bare "đường" still makes the road
    # the verb's object (no work was found)
    text = "Chiều 2/9/2026, Bộ Xây dựng thông xe toàn tuyến đường Trường Sơn Đông đoạn Thạnh Mỹ - Tân Hiệp."
    assert _rows(text) == [("đường Trường Sơn Đông đoạn Thạnh Mỹ - Tân Hiệp", "completed", dt.date(2026, 9, 2))]
    # near miss: the whole route of a street that only locates something is no work
    assert _rows("Xe tải bị cấm lưu thông toàn tuyến đường Trường Sơn Đông trong 3 ngày.") == []


def test_the_provinces_a_named_bridge_links_are_not_its_name() -> None:
    # "cầu X 2 nối Tỉnh A và Tỉnh B": after the work's own name the capitals after "nối" are where it runs
    text = "Sáng 3/5/2026, tỉnh Đồng Tháp khánh thành cầu Cao Lãnh 3 nối Đồng Tháp và Vĩnh Long."
    assert _rows(text) == [("cầu Cao Lãnh 3", "inaugurated", dt.date(2026, 5, 3))]
    text = "Tỉnh khởi công cầu Ông Chưởng nối Chợ Mới với Long Xuyên."
    assert _rows(text) == [("cầu Ông Chưởng", "started", None)]
    # near miss: a bare bridge is named by the places it links
    text = "Tỉnh khởi công Cầu nối Phú Quốc với Hòn Thơm."
    assert _rows(text) == [("Cầu nối Phú Quốc với Hòn Thơm", "started", None)]


def test_railways_and_growth_roads_are_kinds_of_work() -> None:
    # "đường sắt (đô thị)", "đường động lực": kinds of road opening on the bare "đường", which names no work alone
    text = "Đường động lực Bắc Giang - Lạng Sơn: đã thông tuyến, đạt 97% khối lượng."
    assert [r[0] for r in _rows(text)] == ["Đường động lực Bắc Giang - Lạng Sơn"]
    text = "Thành phố vừa khởi công đường sắt đô thị Thủ Thiêm - Long Thành."
    assert _rows(text) == [("đường sắt đô thị Thủ Thiêm - Long Thành", "started", None)]
    # near miss: the bare road word with a lower-case word after it is still no work
    assert _rows("Đường đi lại của bà con Tân Phú đã hoàn thành sửa chữa.") == []


def test_a_line_of_a_network_is_named_by_its_number_after_its_description() -> None:
    # "tuyến đường sắt đô thị số 3": the kind described, then "số N", names the line as a proper name would
    text = "Tuyến đường sắt đô thị số 3 đã đạt 70% khối lượng."
    assert _rows(text) == [("Tuyến đường sắt đô thị số 3", "in_progress", None)]
    # near miss: the description alone names nothing
    assert _rows("Tuyến đường sắt đô thị đã đạt 70% khối lượng.") == []


def test_putting_into_service_after_and_ends_the_name_before_it() -> None:
    # "khánh thành X (đoạn A) và đưa vào khai thác ...": the second verb of the ceremony is no part of the name
    text = "Ngày 2/9/2026, tỉnh khánh thành cầu Bạch Đằng 2 (giai đoạn 1) và đưa vào khai thác nhánh rẽ."
    assert _rows(text)[0][0] == "cầu Bạch Đằng 2 (giai đoạn 1)"
    text = "Ngày 2/9/2026, tỉnh khánh thành cầu Bạch Đằng 2 và đưa vào sử dụng đường dẫn."
    assert _rows(text)[0][0] == "cầu Bạch Đằng 2"


def test_the_units_a_named_bridge_links_are_not_its_name() -> None:
    # "cầu X nối phường A với xã B": the places the bridge links, with their units' words, are where it runs
    text = "Tỉnh khởi công cầu Tứ Xuân nối xã Tam Nông với phường Phong Châu."
    assert _rows(text) == [("cầu Tứ Xuân", "started", None)]
    # near miss: a bare bridge is named by the units it links
    text = "Tỉnh khởi công cầu nối xã Tam Nông với phường Phong Châu."
    assert _rows(text) == [("cầu nối xã Tam Nông với phường Phong Châu", "started", None)]


def test_numbered_berths_listed_before_the_port_they_belong_to_are_one_work() -> None:
    # "bến số 5, 6 thuộc Khu bến cảng X": the numbers listed close the name; the port area is where they belong
    text = "Sáng 8/3/2027, cảng khánh thành bến số 5, 6 thuộc Khu bến cảng Cái Mép Hạ."
    assert _rows(text) == [("bến số 5, 6", "inaugurated", dt.date(2027, 3, 8))]
    # near miss: a size after the numbers is no number of a berth
    text = "Sáng 8/3/2027, cảng khánh thành bến số 5, 300 m cầu tàu thuộc Khu bến cảng Cái Mép Hạ."
    assert _rows(text)[0][0] == "bến số 5"


def test_a_lone_noun_of_a_work_names_no_work() -> None:
    # "thông xe đoạn tuyến dài 12 km": "tuyến" alone (the route of some work) is no name (was a row "tuyến")
    assert _rows("Chiều 3/8/2027, huyện tổ chức thông xe đoạn tuyến dài 12 km.") == []
    assert _rows("Chiều 3/8/2027, huyện khánh thành cầu dài 200 m.") == []
    assert _rows("Chiều 3/8/2027, huyện khởi công chợ với tổng vốn 9 tỷ đồng.") == []
    # near miss: a kind of a few words after the verb is a headline's work
    assert [row[:2] for row in _rows("Khởi công Nhà máy thủy điện 900 tỷ đồng")] == [("Nhà máy thủy điện", "started")]


def test_a_stretch_of_a_work_opened_to_traffic_is_the_works_event() -> None:
    # "thông xe đoạn tuyến X từ A đến B": "đoạn" between the verb and the work keeps the work its object
    text = "Ngày 5/2/2027, tỉnh thông xe đoạn tuyến đường ven biển từ Cửa Lò đến Nghi Sơn."
    assert _rows(text) == [("tuyến đường ven biển từ Cửa Lò đến Nghi Sơn", "completed", dt.date(2027, 2, 5))]
    # near miss: a stretch closed is no event of the work
    assert _rows("Ngày 5/2/2027, tỉnh cấm xe đoạn tuyến đường ven biển từ Cửa Lò đến Nghi Sơn.") == []


def test_a_blank_line_ends_a_headline_name_before_the_datelines_paper() -> None:
    # a headline's work over "(Báo X) - Sau ...": the paper's name in brackets is no place the work's name goes on to
    text = "Khánh thành Bệnh viện Sản Nhi Lâm Đồng\n\n(Báo Lâm Đồng) - Sáng nay, tỉnh đưa bệnh viện vào sử dụng."
    assert _rows(text)[0][0] == "Bệnh viện Sản Nhi Lâm Đồng"
    # near miss: on one line a route's end with its province in brackets goes on to the other end
    text = "Khởi công cao tốc Bảo Lộc (Lâm Đồng) - Liên Khương."
    assert _rows(text)[0][0] == "cao tốc Bảo Lộc (Lâm Đồng) - Liên Khương"


def test_the_works_a_new_work_relieves_are_no_works_of_the_news() -> None:
    # "giảm tải cho cầu A và quốc lộ B": the roads a new bridge takes traffic off, no event of theirs
    text = "Cầu Mỹ Thuận 3 đưa vào sử dụng giúp giảm tải cho cầu Mỹ Thuận 1 và quốc lộ 1."
    assert [r[0] for r in _rows(text)] == ["Cầu Mỹ Thuận 3"]
    text = "Tuyến tránh Phan Thiết đi vào hoạt động đã giảm áp lực giao thông cho quốc lộ 1 đoạn qua thành phố."
    assert [r[0] for r in _rows(text)] == ["Tuyến tránh Phan Thiết"]
    # near miss: works listed after "cho" with no relief are still the verb's objects
    text = "Tỉnh bố trí vốn, khởi công cho cầu Mỹ Thuận 3 và quốc lộ 1 đoạn tránh."
    assert len(_rows(text)) == 2


def test_a_paragraph_opening_on_a_works_kind_speaks_of_the_last_work_of_that_kind() -> None:
    # "cầu X, hạng mục của Dự án Y." then a paragraph "Cầu dài ..., tổng vốn ...": the bridge's price, not the project's
    preceding = "Sáng 9/6/2026, tỉnh gắn biển cầu Long Kiểng, một hạng mục của Dự án đường vành đai 2 đoạn Nhà Bè.\n\n"
    text = "Cầu dài 860 m, tổng vốn đầu tư 1.150 tỷ đồng."
    assert _project_fields(text, "1.150", preceding=preceding)["project_name"] == "cầu Long Kiểng"
    # near miss: a paragraph opening on "Dự án" speaks of the project
    text = "Dự án dài 4 km, tổng vốn đầu tư 3.150 tỷ đồng."
    assert _project_fields(text, "3.150", preceding=preceding)["project_name"] == "đường vành đai 2 đoạn Nhà Bè"


def test_a_plant_said_after_its_generating_unit_owns_the_plants_money():
    text = (
        "Sáng 9/6/2027, tổ máy số 3 Nhà máy Thủy điện Nậm Chiến 2 đã phát điện lên lưới. "
        "Nhà máy có công suất 60 MW, tổng vốn đầu tư gần 2.100 tỷ đồng."
    )
    assert _project_fields(text, "2.100")["project_name"] == "Nhà máy Thủy điện Nậm Chiến 2"


def test_money_said_after_works_given_as_examples_of_a_group_is_the_groups():
    text = "Riêng những công trình giao thông như cầu Bạch Đằng 2 và đường trục Đông Tây đã giải ngân 2.400 tỷ đồng."
    assert _not_a_project(text, "2.400")
    # (each work's own price said between the examples: the last one's price is its own)
    text = "Các dự án lớn như cầu Bạch Đằng 2 (1.100 tỷ đồng), đường trục Đông Tây 900 tỷ đồng."
    assert _project_fields(text, "900")["project_name"] == "đường trục Đông Tây"


def test_works_done_so_far_after_a_missed_aim_are_the_works_progress():
    text = (
        "Dự án kè sông Trà Khúc giai đoạn 3 có tổng mức đầu tư 700 tỷ đồng, dự kiến hoàn thành trong quý II/2026 "
        "song hiện mới đạt 62% khối lượng."
    )
    fields = _project_fields(text, "62")
    assert (fields["project_name"], fields["measure"], fields["event"]) == (
        "kè sông Trà Khúc giai đoạn 3", "plan_pct", "in_progress")


def test_the_whole_project_said_after_one_of_its_bridges_owns_the_works_share():
    text = (
        "Ngày 4/10/2026, nhà thầu hợp long cầu Sông Lô thuộc dự án thành phần 2 đường cao tốc Tuyên Quang - Phú Thọ. "
        "Toàn dự án hiện đạt 71% khối lượng."
    )
    fields = _project_fields(text, "71")
    assert (fields["project_name"], fields["measure"], fields["event"]) == (
        "dự án thành phần 2 đường cao tốc Tuyên Quang - Phú Thọ", "plan_pct", "in_progress")
    fields = _project_fields("Đến cuối tháng 9, khối lượng toàn dự án đã đạt 48%.", "48",
                             preceding="Dự án Hồ chứa nước Bản Mồng có tổng mức đầu tư 4.400 tỷ đồng.")
    assert fields["project_name"] == "Hồ chứa nước Bản Mồng"


def test_a_year_fronted_without_its_comma_then_the_bare_project_is_the_project_named_before():
    text = (
        "Dự án Hồ chứa nước Ia Thul đã đạt 38% khối lượng. Năm 2027 dự án được bố trí 900 tỷ đồng, "
        "đến hết tháng 6 mới giải ngân 310 tỷ đồng."
    )
    read = {token: _project_fields(text, token) for token in ("900", "310")}
    assert {token: (f["project_name"], f["measure"]) for token, f in read.items()} == {
        "900": ("Hồ chứa nước Ia Thul", "plan"), "310": ("Hồ chứa nước Ia Thul", "disbursed")}


def test_a_papers_name_in_brackets_after_a_headline_ends_the_work_it_names():
    # (the layout joins a headline to its lead with two spaces; the paper's dateline opens the lead)
    text = "Khánh thành Nhà thi đấu tỉnh Cao Bằng  (Báo Cao Bằng) - Sau 20 tháng xây dựng, nhà thi đấu đã hoàn thành."
    assert [name for name, *_ in _rows(text)] == ["Nhà thi đấu tỉnh Cao Bằng"]


def test_a_project_given_capital_in_the_passive_holds_that_plan():
    before = "Dự án kè chống sạt lở bờ sông Trà Khúc có tổng mức đầu tư 640 tỷ đồng."
    got = route_in_text("Năm 2027 dự án được giao 210 tỷ đồng vốn ngân sách tỉnh.", "210", preceding=before)
    assert got is not None and got.table == "projects"
    assert (got.fields["project_name"], got.fields["measure"]) == ("kè chống sạt lở bờ sông Trà Khúc", "plan")
    named = route_in_text("Dự án cầu Sông Vệ được giao khoảng 75 tỷ đồng trong năm nay.", "75")
    assert named is not None and (named.table, named.fields["measure"]) == ("projects", "plan")


def test_a_source_given_capital_for_a_counted_group_is_no_plan_of_the_group():
    text = "Vốn sự nghiệp Chương trình giảm nghèo bền vững được giao 95 tỷ đồng cho 6 dự án."
    got = route_in_text(text, "95")
    assert got is None or got.table != "projects"


def test_a_cumulative_disbursement_after_one_named_work_is_that_works():
    before = "Dự án hồ chứa nước Suối Mơ có tổng mức đầu tư 780 tỷ đồng."
    text = "Lũy kế giải ngân đến ngày 30/9/2025 đạt 412 tỷ đồng."
    got = route_in_text(text, "412", preceding=before)
    assert got is not None and got.table == "projects"
    assert (got.fields["project_name"], got.fields["measure"]) == ("hồ chứa nước Suối Mơ", "disbursed")
    assert got.fields["as_of"] == dt.date(2025, 9, 30)
    # the province's whole paid out is no work's
    whole = route_in_text("Lũy kế giải ngân vốn đầu tư công của tỉnh đạt 3.900 tỷ đồng.", "3.900", preceding=before)
    assert whole is None or whole.table != "projects"
    two = "Dự án hồ chứa nước Suối Mơ và Dự án kè sông Cầu Chày có tổng vốn 1.100 tỷ đồng."
    shared = route_in_text(text, "412", preceding=two)
    assert shared is None or shared.table != "projects"


def test_a_sentence_opening_on_the_bare_part_project_prices_the_project_named_before():
    before = "Dự án đường vành đai phía Tây tỉnh Gia Lai được chia thành hai dự án thành phần."
    text = "Dự án thành phần có tổng mức đầu tư 1.940 tỷ đồng, trong đó vốn ngân sách trung ương 1.300 tỷ đồng."
    for token in ("1.940", "1.300"):
        got = route_in_text(text, token, preceding=before)
        assert got is not None and got.table == "projects"
        assert got.fields["project_name"] == "đường vành đai phía Tây tỉnh Gia Lai"
        assert got.fields["measure"] == "total_investment"


def test_a_share_of_a_total_investment_with_no_work_in_its_paragraph_is_the_work_named_before():
    # "giải ngân đạt X% tổng mức đầu tư": a share of one work's price, the work the passage named (no province's plan)
    named = "Dự án kè sông Nậm Mu có tổng mức đầu tư 360 tỷ đồng."
    for text in (
        "Đến nay, giá trị giải ngân đạt 61,2% tổng mức đầu tư của dự án.",
        "Đến tháng 9, giải ngân đạt 61,2% tổng mức đầu tư dự án.",
        "Lũy kế giải ngân đạt 61,2% tổng mức đầu tư.",
    ):
        fields = _project_fields(text, "61,2", preceding=named)
        assert (fields["project_name"], fields["measure"]) == ("kè sông Nậm Mu", "plan_pct"), text
    # the paragraphs between that go on about the bare project keep the passage
    between = named + "\nĐến nay, dự án đã hoàn thành 70% khối lượng."
    fields = _project_fields("Lũy kế giải ngân đạt 61,2% tổng mức đầu tư.", "61,2", preceding=between)
    assert fields["project_name"] == "kè sông Nậm Mu"
    # near miss: the share of a plan is the area's public capital, no work's
    assert _not_a_project("Đến nay, giải ngân đạt 61,2% kế hoạch vốn năm 2026.", "61,2", preceding=named)
    # near miss: a group's share is no one work's
    text = "Các dự án trọng điểm đã giải ngân 61,2% tổng mức đầu tư."
    assert _not_a_project(text, "61,2", preceding=named)


def test_a_time_up_to_now_fronted_without_its_comma_then_the_bare_project_is_the_project_named_before():
    # "Đến nay dự án đã giải ngân N": the money of the work the paragraph before named, as with the comma
    named = "Sáng 3/6/2026, huyện khánh thành cầu Khuổi Luông, tổng vốn đầu tư 85 tỷ đồng."
    for opening in ("Đến nay", "Hiện nay", "Đến hết tháng 9/2026"):
        text = f"{opening} dự án đã giải ngân 80 tỷ đồng, đạt 94% kế hoạch vốn."
        for token, measure in (("80", "disbursed"), ("94", "plan_pct")):
            fields = _project_fields(text, token, preceding=named)
            assert (fields["project_name"], fields["measure"]) == ("cầu Khuổi Luông", measure), text
    # near miss: the province as the subject after the time: its public capital, no work's
    assert _not_a_project("Đến nay tỉnh đã giải ngân 80 tỷ đồng vốn đầu tư công.", "80", preceding=named)


def test_rooms_counted_with_their_cost_are_no_project():
    # "nâng cấp N phòng học với kinh phí X": the rooms are the size of the works, no group of works nor one described
    for text in (
        "Năm 2026, huyện sửa chữa 38 phòng học với kinh phí 12,4 tỷ đồng.",
        "Năm 2026, huyện xây mới 38 phòng học, tổng kinh phí 12,4 tỷ đồng.",
    ):
        assert _not_a_project(text, "12,4"), text
    # near miss: works counted by their own noun are a group that owns its price
    fields = _project_fields("Năm 2026, huyện khởi công 4 cầu dân sinh với tổng vốn 12,4 tỷ đồng.", "12,4")
    assert fields["project_name"].startswith("4 cầu dân sinh")


def test_capital_allotted_to_a_project_named_after_the_amount_is_its_plan():
    # "Bố trí N tỷ đồng cho Dự án X": the plan's capital for the work named after it; no works said under way
    text = "Năm 2027, tỉnh bố trí 640 tỷ đồng cho Dự án đường nối Ea Kar - Krông Năng."
    fields = _project_fields(text, "640")
    assert (fields["project_name"], fields["measure"], fields["event"]) == (
        "đường nối Ea Kar - Krông Năng",
        "plan",
        "funding",
    )
    assert _rows(text) == []
    text = "Năm 2027, tỉnh phân bổ 640 tỷ đồng để thực hiện dự án đường nối Ea Kar - Krông Năng."
    assert _project_fields(text, "640")["measure"] == "plan"
    # near miss: a project named after a disbursement with its own verb keeps its event row
    text = "Năm 2027, tỉnh bố trí 640 tỷ đồng cho Dự án đường nối Ea Kar - Krông Năng đang thi công."
    assert _rows(text) == [("đường nối Ea Kar - Krông Năng", "in_progress", None)]


def test_the_works_progress_is_the_work_its_paragraph_named_not_the_one_carried_over():
    # a phase in the paragraph's name makes it look back; the work it names before the sentence is still the nearest
    text = (
        "Dự án đường nối Pắc Nặm - Bành Trạch (giai đoạn 2) dài 14 km, tổng mức đầu tư 820 tỷ đồng. "
        "Đến nay, sản lượng thi công đạt 510 tỷ đồng."
    )
    fields = _project_fields(text, "510", preceding="Đường Pắc Nặm - Bành Trạch về đích sớm")
    assert fields["project_name"] == "đường nối Pắc Nặm - Bành Trạch (giai đoạn 2)"
    # near miss: with no work named in the paragraph, the one carried over owns it
    named = "Dự án đường nối Pắc Nặm - Bành Trạch (giai đoạn 2) dài 14 km."
    fields = _project_fields("Đến nay, sản lượng thi công đạt 510 tỷ đồng.", "510", preceding=named)
    assert fields["project_name"] == "đường nối Pắc Nặm - Bành Trạch (giai đoạn 2)"


def test_a_kind_with_its_classifier_refers_to_the_work_of_that_kind_named_last():
    # "Cây cầu dài ..., tổng kinh phí N": the bridge named before, not the road project it belongs to
    opening = "Sáng 2/8/2026, tỉnh thông xe {} thuộc dự án đường tỉnh 669. {} có tổng kinh phí 84 tỷ đồng."
    for work, kind in (("cầu Đắk Pôi", "Cây cầu dài 160 m,"), ("Trường Tiểu học Ya Hội", "Ngôi trường")):
        assert _project_fields(opening.format(work, kind), "84")["project_name"] == work


def test_the_bare_project_after_cua_in_a_paragraph_of_its_own_is_the_project_named_before():
    # "giá trị giải ngân của dự án đạt N" with no work in its paragraph: the work the paragraph before named
    named = "Sáng 2/8/2026, tỉnh thông xe dự án đường tỉnh 669."
    fields = _project_fields("Đến nay, giá trị giải ngân của dự án đạt 84 tỷ đồng.", "84", preceding=named)
    assert (fields["project_name"], fields["measure"]) == ("đường tỉnh 669", "disbursed")
    # near miss: with no work named before, the disbursement is the province's
    assert _not_a_project("Đến nay, giá trị giải ngân của dự án đạt 84 tỷ đồng.", "84", preceding="Tỉnh có mưa lớn.")


def test_a_headlines_road_then_a_colon_and_its_opening_is_opened() -> None:
    # "Đường X: Thông xe đoạn qua Y" (a headline): the named road is the work and its opening is done (was no row: a
    # street named alone is an address, and the colon hid the verb)
    text = "Đường Bắc Sơn Nam Hà: Thông xe đoạn qua xã Tân Lợi\n\nSáng nay, huyện tổ chức lễ."
    assert _rows(text) == [("Đường Bắc Sơn Nam Hà", "completed", None)]
    # a work of its own kind, the opening still ahead: under way
    text = "Cao tốc Tân Lợi - Hòa Sơn: Sẽ thông xe đoạn qua xã Tân Lợi vào tháng 12\n\nSáng nay, huyện họp."
    assert _rows(text) == [("Cao tốc Tân Lợi - Hòa Sơn", "in_progress", None)]
    # near miss: a road reopened after a landslide is no news of works
    assert _rows("Đường Bắc Sơn Nam Hà: Thông xe trở lại sau sạt lở\n\nSáng nay, huyện họp.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "khánh thành nhà văn hóa mới với tổng vốn N": the work described, then its price's words (were in the name)
        ("Chiều 2/10/2027, xã khánh thành nhà văn hóa mới với tổng vốn 4 tỷ đồng.", "nhà văn hóa mới"),
        # near miss: a description right before the price is still the work's
        ("Chiều 2/10/2027, xã khánh thành nhà văn hóa cộng đồng 4 tỷ đồng.", "nhà văn hóa cộng đồng"),
    ],
)
def test_the_words_that_give_a_described_work_its_price_are_none_of_its_name(text: str, name: str) -> None:
    fields = _project_fields(text, "4")
    assert (fields["project_name"], fields["event"]) == (name, "inaugurated")


def test_a_headlines_work_then_its_tense_and_its_opening_or_completion() -> None:
    # "Đường X: Đã thông xe …" (a headline): the named street is the work and its opening, said done, is done (was
    # no row: only a bare verb after the colon made the street a work)
    text = "Đường Hoàng Văn Thụ: Đã thông xe đoạn qua phường Đông Kinh\n\nSáng nay, huyện họp."
    assert _rows(text) == [("Đường Hoàng Văn Thụ", "completed", None)]
    text = "Đường Hoàng Văn Thụ: Sẽ khởi công vào tháng 10\n\nSáng nay, huyện họp."
    assert _rows(text) == [("Đường Hoàng Văn Thụ", "in_progress", None)]
    # a completion ahead after the headline's colon, or "sắp" (about to): the works are under way (were no rows)
    assert _rows("Quốc lộ 4A: Sẽ hoàn thành trong quý III\n\nSáng nay, huyện họp.") == [
        ("Quốc lộ 4A", "in_progress", None)
    ]
    assert _rows("Cầu Bản Chắt sắp thông xe\n\nSáng nay, huyện họp.") == [("Cầu Bản Chắt", "in_progress", None)]
    # near misses: a work reopened after damage, and a street named alone
    assert _rows("Cầu Bản Chắt sắp thông xe trở lại\n\nSáng nay, huyện họp.") == []
    assert _rows("Đường Hoàng Văn Thụ: Đã thông xe trở lại\n\nSáng nay, huyện họp.") == []
    assert _rows("Đường Hoàng Văn Thụ ngập sâu sau mưa\n\nSáng nay, huyện họp.") == []


def test_works_finished_together_own_their_total_and_its_share_together() -> None:
    # "A và B đã hoàn thành, đưa vào sử dụng với tổng giá trị xây lắp N": the verbs run on over a comma, then the total
    # of both (was the last work's alone)
    text = (
        "Trạm y tế xã Tân Lợi và cầu treo Nà Phai đã hoàn thành, đưa vào sử dụng với tổng giá trị xây lắp 5,2 tỷ đồng. "
        "Trong đó, nhân dân đóng góp 310 triệu đồng."
    )
    both = "Trạm y tế xã Tân Lợi và cầu treo Nà Phai"
    assert _project_fields(text, "5,2")["project_name"] == both
    # the share said next with no subject of its own is theirs together too (was the last work's)
    assert _project_fields(text, "310")["project_name"] == both
    text = (
        "Huyện khởi công cầu Nà Phai và đường Tân Lợi - Bản Mới với tổng vốn 90 tỷ đồng. Trong đó, vốn tỉnh 60 tỷ đồng."
    )
    assert _project_fields(text, "60")["project_name"] == "cầu Nà Phai và đường Tân Lợi - Bản Mới"
    # near miss: the total is a clause of the last work's own, so is its share
    text = (
        "Huyện khởi công cầu Nà Phai và đường Tân Lợi - Bản Mới, đường có tổng vốn 90 tỷ đồng. "
        "Trong đó, vốn tỉnh 60 tỷ đồng."
    )
    assert _project_fields(text, "60")["project_name"] == "đường Tân Lợi - Bản Mới"


def test_a_work_verb_after_a_named_works_comma_opens_the_next_work_of_the_list() -> None:
    # "hoàn thành cầu A, cải tạo quốc lộ N": after a work's own name (or number) and a comma, a work verb opens the
    # next work of the list (was one name over both)
    text = "Năm 2027, huyện hoàn thành cầu Nà Lừa, cải tạo quốc lộ 34 đoạn qua xã Tân Lợi."
    assert [name for name, _, _ in _rows(text)] == ["cầu Nà Lừa", "quốc lộ 34 đoạn qua xã Tân Lợi"]
    text = "Tỉnh khởi công đường tỉnh 212, nâng cấp cầu Bản Mới."
    assert [name for name, _, _ in _rows(text)] == ["đường tỉnh 212", "cầu Bản Mới"]
    # near miss: two verbs of one work's name, a comma between them
    text = "Tỉnh khởi công dự án cải tạo, nâng cấp đường tỉnh 212."
    assert [name for name, _, _ in _rows(text)] == ["cải tạo, nâng cấp đường tỉnh 212"]


def test_a_later_list_item_opening_on_its_own_event_verb_is_named_after_it_with_that_event() -> None:
    # "hoàn thành A, B; khởi công C": the item's verb is no part of C's name and C's event is its own (was
    # "khởi công C", completed)
    text = "Năm 2027, huyện hoàn thành các công trình: cầu Nà Lừa, chợ Tân Lợi; khởi công Trường THCS Bản Mới."
    assert _rows(text) == [
        ("cầu Nà Lừa", "completed", None),
        ("chợ Tân Lợi", "completed", None),
        ("Trường THCS Bản Mới", "started", None),
    ]
    # a head looking ahead keeps the item's own verb ahead too: under way
    text = "Tập trung hoàn thành các công trình: cầu Nà Lừa, chợ Tân Lợi; khởi công Trường THCS Bản Mới."
    assert [event for _, event, _ in _rows(text)] == ["in_progress"] * 3


def test_a_share_of_the_schedule_a_work_reached_is_its_progress_under_way() -> None:
    # "Dự án X đạt 75% tiến độ": the works' progress, as "đạt 75% khối lượng" (was a plan share of no event)
    fields = _project_fields("Dự án đường tỉnh 212 đạt 64% tiến độ.", "64")
    assert (fields["project_name"], fields["measure"], fields["event"]) == ("đường tỉnh 212", "plan_pct", "in_progress")
    # near miss: the schedule of clearing the land is no progress of the works, nor a share of the work's money
    assert _not_a_project("Dự án đường tỉnh 212 đạt 64% tiến độ giải phóng mặt bằng.", "64")
    assert _not_a_project("Dự án đường tỉnh 212 đã hoàn thành 64% khối lượng GPMB.", "64")


def test_a_headlines_street_then_a_colon_and_its_completion_is_a_work() -> None:
    # "Đường X: Hoàn thành …", "Đường X: Dự kiến hoàn thành …" (a headline): the street is the work of the news (was no
    # row: only the other ceremonies' verbs made it one)
    assert _rows("Đường Hoàng Văn Thụ: Hoàn thành sau 14 tháng thi công\n\nSáng nay, huyện họp.") == [
        ("Đường Hoàng Văn Thụ", "completed", None)
    ]
    assert _rows("Đường Hoàng Văn Thụ: Dự kiến hoàn thành trong quý III\n\nSáng nay, huyện họp.") == [
        ("Đường Hoàng Văn Thụ", "in_progress", None)
    ]
    # near miss: a street with no colon before its news stays an address
    assert _rows("Họp dân ở đường Hoàng Văn Thụ hoàn thành sớm\n\nSáng nay, huyện họp.") == []


def test_a_work_said_by_its_kind_and_place_is_the_work_of_that_kind_named_before() -> None:
    # "Khánh thành Nhà máy may A tại KCN B" then "lễ khánh thành nhà máy tại KCN B. Nhà máy có tổng vốn ...": the plant
    # at the place is the one the headline named, not a second work that takes the money
    body = "Chiều 8/3, công ty tổ chức lễ khánh thành nhà máy tại KCN Đông Lâm. Nhà máy có tổng vốn 12 triệu USD."
    names = [e.name for e in find_project_events(body, "Nhà máy sợi Kim Long") if e.row]
    assert names == ["Nhà máy sợi Kim Long"]
    fields = _project_fields(body, "12", preceding="Khánh thành Nhà máy sợi Kim Long tại KCN Đông Lâm\n\n")
    assert fields["project_name"] == "Nhà máy sợi Kim Long"
    # named before it in the same sentence, at the same place
    text = "Tỉnh khánh thành Nhà máy sợi Kim Long tại KCN Đông Lâm, đưa vào sử dụng nhà máy tại KCN Đông Lâm."
    assert {name for name, _, _ in _rows(text)} == {"Nhà máy sợi Kim Long"}
    # near misses: a work of another kind, or of the kind at another place, is a work of its own
    assert [e.name for e in find_project_events(body, "Bệnh viện Kim Long") if e.row] == ["nhà máy tại KCN Đông Lâm"]
    text = "Tỉnh khánh thành Nhà máy sợi Kim Long tại KCN Đông Lâm và khởi công nhà máy tại KCN Tây Lâm."
    assert [name for name, _, _ in _rows(text)] == ["Nhà máy sợi Kim Long", "nhà máy tại KCN Tây Lâm"]


def test_a_work_said_upgraded_in_the_passive_with_da_is_completed() -> None:
    # "Đường tỉnh X đoạn qua xã Y (dài N km) đã được nâng cấp, mở rộng": the upgrade done, the works finished (was
    # no row)
    assert _rows("Đường tỉnh 417 đoạn qua xã Tân Lạc (dài 4,5 km) đã được nâng cấp, mở rộng.") == [
        ("Đường tỉnh 417 đoạn qua xã Tân Lạc", "completed", None)
    ]
    assert _rows("Năm nay, chợ Bến Đá vừa được cải tạo.") == [("chợ Bến Đá", "completed", None)]
    # near misses: a class raised, and works still going or to come, are no completion
    assert _rows("Chợ Bến Đá đã được nâng cấp lên chợ loại II.") == []
    assert [event for _, event, _ in _rows("Chợ Bến Đá sẽ được nâng cấp, mở rộng.")] != ["completed"]


def test_a_zone_after_tai_is_where_the_work_stands_not_another_work_its_verb_takes() -> None:
    # "Nhà máy X đi vào hoạt động tại KCN Y": the industrial park is the plant's place (was read as the verb's
    # object, another work, and the plant had no row)
    for zone in ("KCN Bến Đá", "Khu công nghiệp Bến Đá"):
        text = f"Ngày 6/9/2026, Nhà máy giày Phú Lâm chính thức đi vào hoạt động tại {zone}."
        assert _rows(text) == [("Nhà máy giày Phú Lâm", "completed", dt.date(2026, 9, 6))], zone
    # near miss: a named work after the verb is still its own object, the subject's verb none
    assert [name for name, _, _ in _rows("Ban Quản lý dự án Phú Lâm đã khởi công Cầu Bến Đá.")] == ["Cầu Bến Đá"]


def test_a_zone_after_the_verb_of_a_work_named_before_it_is_no_work_of_its_own() -> None:
    # "Nhà máy X đã khánh thành tại KCN Y": the park is where the plant stands (was a second inaugurated work)
    for said in ("đã khánh thành tại KCN Hòa Sơn", "đi vào hoạt động ở Khu công nghiệp Hòa Sơn"):
        names = [name for name, _, _ in _rows(f"Nhà máy gạch Tân Lạc {said}.")]
        assert names == ["Nhà máy gạch Tân Lạc"], said
    # near miss: a zone whose own works are the news, in a sentence naming no work before it, keeps its row
    text = "Nhà máy gạch Tân Lạc đi vào hoạt động. Tỉnh cũng khánh thành hạ tầng KCN Hòa Sơn."
    assert [name for name, _, _ in _rows(text)] == ["Nhà máy gạch Tân Lạc", "KCN Hòa Sơn"]


def test_works_counted_after_a_word_of_place_are_places_too() -> None:
    # "thu thuế qua các cảng X", "hàng qua những cửa khẩu Y": where money or goods pass, the works counted after the
    # word of place (was a project's plan share)
    text = "Thu thuế nhập khẩu qua các cảng Cái Lân đạt 9.120 tỷ đồng, bằng 61,3% dự toán."
    assert _not_a_project(text, "61,3")
    assert _rows("Kim ngạch qua những cảng Chân Mây tăng 8%.") == []
    # near miss: works counted after an event verb are its objects
    assert _rows("Tỉnh khánh thành các cầu Bến Đá và Hòa Sơn.") == [("cầu Bến Đá và Hòa Sơn", "inaugurated", None)]


def test_the_paper_an_approval_is_in_ends_the_name() -> None:
    # "phê duyệt dự án cầu X tại Quyết định số N": the decision is no place of the work, no part of its name (was in it)
    text = "UBND tỉnh phê duyệt chủ trương đầu tư dự án cầu Nà Hang 3 tại Quyết định số 640/QĐ-UBND ngày 3/6/2026."
    assert _rows(text) == [("cầu Nà Hang 3", "approved", dt.date(2026, 6, 3))]
    text = "Tỉnh đã phê duyệt Dự án Trường THPT Bến Đá tại Văn bản số 12/UBND-KT."
    assert [row[0] for row in _rows(text)] == ["Trường THPT Bến Đá"]
    # near miss: a paper's word inside the name, not after "tại"/"theo", stays in it
    assert [row[0] for row in _rows("Tỉnh phê duyệt dự án Kho lưu trữ Văn bản Hòa Sơn.")] == [
        "Kho lưu trữ Văn bản Hòa Sơn"
    ]


def test_a_total_of_works_counted_after_them_is_theirs_together() -> None:
    text = "Huyện khánh thành cầu Bến Đò và đường Lê Lợi. Tổng vốn đầu tư hai công trình là 95 tỷ đồng."
    r = route_in_text(text, "95")
    assert (r.table, r.fields["project_name"], r.fields["event"], r.fields["measure"]) == (
        "projects",
        "cầu Bến Đò và đường Lê Lợi",
        "funding",
        "total_investment",
    )
    # (the counted works the sentence's subject, their total next: the same reading)
    text = "Xã khởi công cầu Bến Đò và đường Lê Lợi. Hai công trình có tổng mức đầu tư 95 tỷ đồng."
    assert route_in_text(text, "95").fields["project_name"] == "cầu Bến Đò và đường Lê Lợi"
    # ("cả hai công trình", after the total or opening the sentence: both of them)
    for text in (
        "Xã khởi công cầu Bến Đò và đường Lê Lợi. Tổng vốn đầu tư cho cả hai công trình khoảng 95 tỷ đồng.",
        "Xã khởi công cầu Bến Đò và đường Lê Lợi. Cả hai công trình có tổng kinh phí 95 tỷ đồng.",
    ):
        assert route_in_text(text, "95").fields["project_name"] == "cầu Bến Đò và đường Lê Lợi", text
    # (three works named, "hai công trình" counted: not the paragraph's works together)
    text = "Huyện khánh thành cầu Bến Đò, cầu Cây Da và đường Lê Lợi. Tổng vốn của hai công trình là 95 tỷ đồng."
    named = {routed.fields.get("project_name") for routed in [route_in_text(text, "95")] if routed is not None}
    assert "cầu Bến Đò, cầu Cây Da và đường Lê Lợi" not in named


def test_works_of_one_ceremony_each_with_its_verb_share_the_total_after_them() -> None:
    text = "Xã khánh thành cầu Bến Đò và thông xe đường Lê Lợi với tổng vốn 95 tỷ đồng."
    r = route_in_text(text, "95")
    assert (r.fields["project_name"], r.fields["event"]) == ("cầu Bến Đò và đường Lê Lợi", "funding")
    # (one verb for both: the pair's event stays)
    r = route_in_text("Xã khánh thành cầu Bến Đò và đường Lê Lợi với tổng vốn 95 tỷ đồng.", "95")
    assert (r.fields["project_name"], r.fields["event"]) == ("cầu Bến Đò và đường Lê Lợi", "inaugurated")


def test_a_share_of_the_works_in_a_tables_status_cell_is_the_rows_progress() -> None:
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = (
        "DANH MỤC DỰ ÁN\n"
        "TT | Tên dự án | Tổng mức đầu tư (tỷ đồng) | Tình hình thực hiện\n"
        "1 | Cầu Bến Lức 3 | 820 | Đang thi công, đạt 64% khối lượng\n"
        "2 | Đường ven sông Hàm Luông | 315 | Đã hoàn thành\n"
    )
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r.get("value") == 64]
    assert [(r["table"], r["project_name"], r["event"], r["measure"]) for r in rows] == [
        ("projects", "Cầu Bến Lức 3", "in_progress", "plan_pct")
    ]


def test_a_work_named_in_an_amounts_aside_owns_no_figure_after_it() -> None:
    # "có 28 giường/vạn dân (chưa tính giường bệnh viện X); tỷ lệ ... đạt 91,5%": the bracket says what the amount
    # before it leaves out; the work named in it is no owner of the rate after the bracket closes
    text = (
        "Năm 2026, huyện có 28 giường bệnh/vạn dân (chưa tính giường bệnh viện huyện); "
        "tỷ lệ thôn có nhân viên y tế đạt 91,5%."
    )
    assert _not_a_project(text, "91,5")
    text = "Toàn huyện có 46 điểm trường (không kể Trường mầm non Hoa Sen); tỷ lệ phòng học kiên cố đạt 88,2%."
    assert _not_a_project(text, "88,2")
    # near miss: a work named before the amount, its own figure after it, still owns it
    text = "Bệnh viện Đa khoa Hòa Sơn có tổng mức đầu tư 180 tỷ đồng (vốn tỉnh 60 tỷ đồng), đã giải ngân 95 tỷ đồng."
    assert _project_fields(text, "95")["project_name"] == "Bệnh viện Đa khoa Hòa Sơn"


@pytest.mark.parametrize(
    "text",
    [
        "Dự án đường tránh Đông Hà: đã kiểm đếm 640 hộ, phê duyệt phương án bồi thường cho 590 hộ.",
        "Dự án cầu Tân Châu 3 đã phê duyệt phương án bồi thường, hỗ trợ và tái định cư cho 210 hộ.",
        "Huyện đã phê duyệt giá đất cụ thể để bồi thường cho dự án đường tránh Đông Hà.",
        "Dự án cầu Tân Châu 3 đã được phê duyệt kết quả lựa chọn nhà thầu.",
    ],
)
def test_an_approved_step_of_site_clearance_or_of_choosing_the_builder_is_no_approval_of_the_work(text: str) -> None:
    # "phê duyệt phương án bồi thường", "phê duyệt giá đất", "phê duyệt kết quả lựa chọn nhà thầu": a step of the works
    # going on approved, as "hoàn thành bồi thường" is no completion; the work is under way
    assert [event for _, event, _ in _rows(text)] == ["in_progress"]


def test_a_works_own_approval_is_still_its_approval() -> None:
    # near miss: the project itself, or its capital plan, approved
    assert _rows("UBND tỉnh đã phê duyệt dự án đường tránh Đông Hà, tổng mức đầu tư 760 tỷ đồng.")[0][1] == "approved"


def test_a_decision_or_certificate_given_to_a_project_with_its_object_unsaid_is_its_approval() -> None:
    # "Trong số các dự án được trao quyết định, dự án A ...", "trao quyết định cho dự án B", "được trao giấy chứng nhận
    # ngày ...": the investment decision or certificate said short
    text = "Trong số các dự án được trao quyết định, dự án Khu nghỉ dưỡng Suối Mỡ có tổng vốn 1.400 tỷ đồng."
    assert _rows(text) == [("Khu nghỉ dưỡng Suối Mỡ", "approved", None)]
    assert _rows("Tỉnh trao quyết định cho dự án Khu nghỉ dưỡng Suối Mỡ.")[0][1] == "approved"
    text = "Trong số các dự án được trao giấy chứng nhận, dự án Nhà máy dệt Lục Nam có vốn 35 triệu USD."
    assert _rows(text)[0][1] == "approved"
    # near miss: a decision of something else given (a commune's title), or a land title, approves no work
    text = "Tỉnh trao quyết định công nhận xã Lục Sơn đạt chuẩn nông thôn mới; dự án cầu Lục Sơn đang thi công."
    assert _rows(text)[0][1] == "in_progress"
    text = "Huyện trao giấy chứng nhận quyền sử dụng đất cho 80 hộ tái định cư; dự án Khu dân cư Lục Nam đang thi công."
    assert _rows(text)[0][1] == "in_progress"


def test_a_status_cell_of_a_step_still_to_come_reads_as_a_sentence_does() -> None:
    # "Dự kiến hoàn thành quý IV/2026", "Chuẩn bị khởi công" in a status cell: the works under way, as "Cầu X dự kiến
    # hoàn thành quý IV" and "chuẩn bị khởi công cầu X" read in a sentence (the cell gave no event before)
    from orchestration.extraction.projects import table_row_events

    table = (
        "STT\tTên công trình\tTổng mức đầu tư (tỷ đồng)\tTiến độ thực hiện\n"
        "1\tCầu Khe Mo\t38\tDự kiến hoàn thành quý IV/2026\n"
        "2\tTrụ sở UBND xã Phúc Sơn\t14\tChuẩn bị khởi công\n"
        "3\tĐường Na Rì - Kim Hỷ\t96\tChưa khởi công\n"
        "4\tTrường mầm non Hoa Sen\t9\tĐề xuất đầu tư\n"
    )
    got = [(name, event) for _, _, name, event, _ in table_row_events(table, 2026)]
    # near miss: a work not begun, or only proposed, gives no event
    assert got == [("Cầu Khe Mo", "in_progress"), ("Trụ sở UBND xã Phúc Sơn", "in_progress")]


def test_works_of_a_kind_in_a_place_after_a_plural_name_no_work() -> None:
    # "các khu công nghiệp tỉnh X": the parks of the province, no park of its own (a name that ran on with words in
    # lower case too)
    assert _not_a_project("Hạ tầng các khu công nghiệp tỉnh Long An năm nay được đầu tư 6.300 tỷ đồng.", "6.300")
    assert _not_a_project("Những trường học huyện Gia Lâm được đầu tư tổng vốn 900 tỷ đồng.", "900")
    # (without the plural the place names one work: the province's own hospital)
    assert _project_fields("Bệnh viện tỉnh Long An có tổng mức đầu tư 900 tỷ đồng.", "900")["measure"] == (
        "total_investment"
    )


def test_capital_raised_by_a_counted_group_of_licences_is_attraction() -> None:
    # "trong đó 7 dự án tăng vốn 1.200 tỷ đồng": the capital the amended licences add, the zone's attraction
    assert _not_a_project("Điều chỉnh 20 dự án, trong đó 7 dự án tăng vốn 1.200 tỷ đồng.", "1.200")
    # (licences given by a zone's board, "cấp phép 12 dự án", the same)
    assert _not_a_project("Ban Quản lý Khu kinh tế đã cấp phép 12 dự án với tổng vốn 6.300 tỷ đồng.", "6.300")


def test_a_rate_after_a_works_name_is_no_part_of_it() -> None:
    assert _events("Đã khởi công Khu công nghiệp Nam Cầu Kiền 65%.")[0][0] == "Khu công nghiệp Nam Cầu Kiền"


def test_a_list_under_a_rate_head_takes_no_event_of_a_group_before_it() -> None:
    text = (
        "Trong năm, Ban Quản lý cấp mới 20 dự án.\n\n"
        "Tỷ lệ lấp đầy các khu công nghiệp: KCN Đình Vũ 95%, KCN Nomura 80%.\n"
    )
    assert _document_events(text) == []


def test_a_cause_after_a_work_noun_is_no_name_of_it() -> None:
    # "sập cầu do lũ quét số 2": the cause after the noun, no bridge named "do lũ quét số 2"; the work named before owns
    # the money of the sentence after
    text = "Tỉnh thông xe cầu Bản Mạ mới, thay cầu cũ hỏng do lũ quét số 2. Cầu dài 120 m, kinh phí 90 tỷ đồng."
    assert _project_fields(text, "90")["project_name"] == "cầu Bản Mạ mới"


def test_the_time_since_an_incident_after_a_work_is_its_occasion_no_damage_of_it() -> None:
    text = "Sáng 2/9/2026, tỉnh thông xe cầu Bản Mạ mới, sau 14 tháng kể từ sự cố sập cầu."
    assert _rows(text) == [("cầu Bản Mạ mới", "completed", dt.date(2026, 9, 2))]


def test_a_work_referred_to_after_its_source_says_its_event() -> None:
    # "Theo Ban QLDA X, dự án được khởi công ngày …": the clause after the source is the sentence's own, its verb the
    # work's event, as when "Dự án" opens the sentence
    text = "Tỉnh khánh thành cầu Bến Lức 3. Theo chủ đầu tư, dự án được khởi công ngày 9/4/2024."
    assert ("cầu Bến Lức 3", "started", dt.date(2024, 4, 9)) in _rows(text)


def test_a_numbered_project_of_a_national_target_programme_is_no_work() -> None:
    # "Dự án 2" of a national target programme is one of the programme's budget lines, no work of the news: its money
    # is the programme's (a budget row), in its own sentence or under a title naming the programme
    said = (
        "Vốn Chương trình MTQG giảm nghèo bền vững năm 2027 của huyện là 90 tỷ đồng. Riêng Dự án 2 đã giải ngân 12 tỷ "
        "đồng."
    )
    assert _not_a_project(said, "12")
    assert _not_a_project("Tỉnh bố trí 8 tỷ đồng cho Dự án 7 - Chương trình MTQG nông thôn mới.", "8")
    titled = (
        "Báo cáo thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2027\n\n"
        "2. Giải ngân\n- Dự án 3: Hỗ trợ phát triển sản xuất, giải ngân 14,5 tỷ đồng.\n"
    )
    assert _project_rows_of(titled) == []
    # (near miss: with no programme named, a part numbered alone stays a project's)
    assert route_in_text("Riêng Dự án 2 đã giải ngân 12 tỷ đồng.", "12").table == "projects"


def test_works_done_joined_by_va_before_a_capitalised_kind_are_one_name() -> None:
    # "Dự án cải tạo và nâng cấp Đường X": the works done to one work, joined by "và", before its kind written with a
    # capital; no item of a list ends before "và" (the name had been cut there, to the verbs alone, and lost)
    assert _rows("Dự án sửa chữa và mở rộng Đường Nà Pồng đã hoàn thành.") == [
        ("sửa chữa và mở rộng Đường Nà Pồng", "completed", None)
    ]
    # (near miss: after a work with its own name, "và" and works done open the next work of the list)
    listed = "Tỉnh khánh thành Trường Tiểu học Nà Pồng và sửa chữa Trường Mầm non Bản Mạ."
    assert [name for name, _, _ in _rows(listed)] == ["Trường Tiểu học Nà Pồng", "Trường Mầm non Bản Mạ"]


def test_a_relic_restored_is_a_work_and_the_relic_as_a_site_is_none() -> None:
    # "dự án tu bổ, tôn tạo di tích X": the works done to a relic, over the comma, are one name (it was cut to "tu bổ")
    text = "Huyện khởi công dự án tu bổ, tôn tạo di tích đình Bản Mạ, tổng mức đầu tư 14 tỷ đồng."
    assert _project_fields(text, "14")["project_name"] == "tu bổ, tôn tạo di tích đình Bản Mạ"
    # a relic's kind (data/words/sites_as_works.csv) after the works done to it or an event verb: a work, no "dự án"
    assert _rows("Ngày 9/5/2027, tỉnh khởi công trùng tu tháp Nà Pồng.") == [
        ("tháp Nà Pồng", "started", dt.date(2027, 5, 9))
    ]
    # (near miss: the relic as a site, with no work done to it, owns no money: the fees it takes are no work's price)
    assert _not_a_project("Ban quản lý di tích đền Bản Mạ thu phí tham quan 20 tỷ đồng.", "20")


def test_a_hospitals_new_building_is_the_work_its_event_is_said_of() -> None:
    # "Bệnh viện X khánh thành khối nhà điều trị 5 tầng": the building is the verb's object, the work of the news (its
    # money and its day); the hospital, the subject, holds the ceremony and takes no row
    building = "khối nhà điều trị nội trú 5 tầng"
    text = f"Sáng 9/5/2027, Bệnh viện Bản Mạ tổ chức lễ khánh thành {building}, vốn 90 tỷ đồng."
    fields = _project_fields(text, "90")
    assert (fields["project_name"], fields["event"], [row[0] for row in _rows(text)]) == (
        building,
        "inaugurated",
        [building],
    )
    # (a headline's "đưa vào sử dụng khối nhà ...": the building put into use, the same)
    assert [row[0] for row in _rows("Bệnh viện Bản Mạ đưa vào sử dụng khối nhà kỹ thuật 9 tầng")] == [
        "khối nhà kỹ thuật 9 tầng"
    ]


def test_a_research_centre_built_is_a_work_and_the_centre_at_work_is_none() -> None:
    # a research centre (data/words/sites_as_works.csv) after the works done to it is a work of the news
    built = "Tỉnh khởi công xây dựng Trung tâm Nghiên cứu giống cây trồng Bản Mạ, tổng vốn 40 tỷ đồng."
    assert _project_fields(built, "40")["project_name"] == "Trung tâm Nghiên cứu giống cây trồng Bản Mạ"
    # (near miss: the centre given its running money is the institution, no work)
    assert _not_a_project("Trung tâm Nghiên cứu giống cây trồng Bản Mạ được cấp 3 tỷ đồng kinh phí sự nghiệp.", "3")


def test_a_givers_share_after_a_programmes_numbered_source_is_the_works_money() -> None:
    # "kinh phí X từ vốn Chương trình MTQG 1719 và nhân dân đóng góp Y": the programme's number is part of the source's
    # name, no amount between the price and the giver's share (the share had gone to the programme's budget, or none)
    for source in ("Chương trình 1719", "Chương trình MTQG 1719"):
        text = f"Xã khánh thành nhà văn hóa bản Nà Pồng, kinh phí 1,4 tỷ đồng từ vốn {source} và dân đóng góp 90 triệu."
        assert _project_fields(text, "90")["measure"] == "total_investment"


def test_border_works_are_works_and_a_border_post_at_work_is_none() -> None:
    # a border road (data/words/road_kinds.csv) is a work by its kind; a border post or control station
    # (data/words/sites_as_works.csv) is one when built or opened, and owns the money said after it
    road = "Đường tuần tra biên giới Nà Pồng - Bản Mạ dài 12 km được thông xe ngày 2/9/2027."
    assert [row[:2] for row in _rows(road)] == [("Đường tuần tra biên giới Nà Pồng - Bản Mạ", "completed")]
    posts = (
        "Sáng 9/5/2027, tỉnh khởi công trụ sở Đồn Biên phòng Bản Mạ, đồng thời khánh thành Trạm kiểm soát Biên phòng "
        "Nà Pồng, kinh phí 6 tỷ đồng."
    )
    assert _project_fields(posts, "6")["project_name"] == "Trạm kiểm soát Biên phòng Nà Pồng"
    # (near miss: the post at its work, seizing goods, is a unit, no work: the goods' value no price of one)
    assert _not_a_project("Đồn Biên phòng Bản Mạ bắt giữ 3 đối tượng, thu giữ hàng hóa trị giá 2 tỷ đồng.", "2")


def test_a_site_kind_counted_or_inside_a_common_word_is_no_work() -> None:
    # the kinds of sites (data/words/sites_as_works.csv) are works only as the object of works done or of an event: a
    # count of relics restored is no group of works, and "gia đình" (a family) no communal house with its price
    assert _not_a_project("Năm 2027, tỉnh đã tu bổ 9 di tích với kinh phí 31 tỷ đồng.", "31")
    assert _not_a_project("Xã hỗ trợ gia đình có người chết 20 triệu đồng.", "20")


def test_the_works_just_done_after_sau_are_no_part_of_a_name() -> None:
    # "thông xe cầu X sau nâng cấp, mở rộng", "khánh thành đình Y sau tu bổ": "sau" and the works done (a time, like
    # "sau sáp nhập") end the name
    assert _rows("Ngày 2/9/2027, huyện thông xe cầu Bản Mạ sau nâng cấp, mở rộng.") == [
        ("cầu Bản Mạ", "completed", dt.date(2027, 9, 2))
    ]
    # (near miss: "Sau" written with a capital is a word of the name)
    assert [row[0] for row in _rows("Huyện khánh thành Trường Mầm non Sau Lũy.")] == ["Trường Mầm non Sau Lũy"]
