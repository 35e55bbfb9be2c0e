"""Project rules (orchestration/extraction/projects.py), one test per rule, real report phrasings."""

import datetime as dt

from orchestration.extraction.projects import find_project_events, is_named
from orchestration.extraction.routing import route_in_text


def _events(text):
    return [(e.name, e.event, e.date) for e in find_project_events(text)]


def test_list_sharing_one_event_with_date():
    text = ("ngày 19/4/2025, tỉnh Bắc Kạn đã tổ chức lễ khánh thành 3 dự án giao thông trọng điểm gồm: Tuyến "
            "đường thành phố Bắc Kạn - hồ Ba Bể; tuyến đường Quảng Khê - Khang Ninh; dự án hạ tầng giao thông "
            "khu vực xung quanh hồ Ba Bể. Ngày 15/3/2025, dự án đầu tư tuyến đường cao tốc Chợ Mới - Bắc Kạn "
            "đã được khởi công xây dựng.")
    got = _events(text)
    day = dt.date(2025, 4, 19)
    assert ("Tuyến đường thành phố Bắc Kạn - hồ Ba Bể", "inaugurated", day) in got
    assert ("tuyến đường Quảng Khê - Khang Ninh", "inaugurated", day) in got
    assert ("hạ tầng giao thông khu vực xung quanh hồ Ba Bể", "inaugurated", day) in got
    assert ("đầu tư tuyến đường cao tốc Chợ Mới - Bắc Kạn", "started", dt.date(2025, 3, 15)) in got


def test_quoted_name_in_progress():
    text = ("Tỉnh tiếp tục triển khai các dự án đầu tư xây dựng hạ tầng các cụm công nghiệp; dự án “Xây dựng hạ "
            "tầng kỹ thuật cơ bản các cụm công nghiệp trên địa bàn tỉnh Bắc Kạn” đang triển khai thi công.")
    assert _events(text) == [("Xây dựng hạ tầng kỹ thuật cơ bản các cụm công nghiệp trên địa bàn tỉnh Bắc Kạn",
                              "in_progress", None)]


def test_generic_mentions_are_not_projects():
    assert not is_named("hỗ trợ phát triển sản xuất cộng đồng", quoted=False)
    assert not is_named("đầu tư ngoài ngân sách trên địa bàn tỉnh Bắc Kạn", quoted=False)
    assert _events("UBND các huyện tiến hành thẩm định, phê duyệt 123/225 dự án, các dự án còn lại đang "
                   "tiến hành viết dự án.") == []


def test_approved_and_expected_completion():
    approved = _events("Phê duyệt điều chỉnh cục bộ Quy hoạch chi tiết xây dựng tỷ lệ 1/500, dự án hạ tầng kỹ thuật "
                       "Cụm công nghiệp Huyền Tung, thành phố Bắc Kạn.")
    assert approved[0][1] == "approved"
    planned = _events('Dự án "Đầu tư mua sắm bổ sung trang thiết bị cho 08 Trung tâm Y tế tuyến huyện" dự kiến '
                      'hoàn thành trong quý II năm 2024.')
    assert planned[0][1] == "in_progress"


def test_names_listed_after_a_colon():
    text = ("Tiếp tục giải quyết những vướng mắc của 05 công trình, dự án: Đường vào Hồ Nặm Cắt, tỉnh Bắc Kạn "
            "(còn vướng mắc 16 hộ); dự án Cụm công nghiệp Huyện Tụng, thành phố Bắc Kạn (còn 05 hộ).")
    names = [n for n, _, _ in _events(text)]
    assert "Đường vào Hồ Nặm Cắt, tỉnh Bắc Kạn" in names
    assert "Cụm công nghiệp Huyện Tụng, thành phố Bắc Kạn" in names


def test_project_block_figures_and_start_date():
    text = ("Dự án: Xây dựng sân vận động tỉnh và các hạng mục phụ trợ: Tổng mức đầu tư: 252 tỷ đồng. Nguồn vốn "
            "đầu tư (Ngân sách trung ương: 120 tỷ đồng; ngân sách tỉnh: 60 tỷ đồng). Khởi công: Ngày 15/01/2024.")
    total = route_in_text(text, "252")
    assert total.table == "projects" and total.fields["measure"] == "total_investment"
    assert total.fields["project_name"] == "Xây dựng sân vận động tỉnh và các hạng mục phụ trợ"
    assert route_in_text(text, "120").fields["measure"] == "total_investment"
    assert ("Xây dựng sân vận động tỉnh và các hạng mục phụ trợ", "started", dt.date(2024, 1, 15)) in _events(text)


def test_disbursed_plan_and_plan_pct_of_a_project():
    text = ('dự án "Xây dựng hạ tầng kỹ thuật cơ bản các cụm công nghiệp trên địa bàn tỉnh Bắc Kạn" đang triển '
            "khai thi công; đến thời điểm báo cáo, đã giải ngân 22.301 triệu đồng/52.946 triệu đồng (đạt 42% kế "
            "hoạch vốn được giao năm 2024).")
    assert route_in_text(text, "22.301").fields["measure"] == "disbursed"
    assert route_in_text(text, "52.946").fields["measure"] == "plan"
    assert route_in_text(text, "42").fields["measure"] == "plan_pct"


def test_counts_of_projects_stay_indicators():
    text = ("Giải ngân đầu tư công: Tổng số dự án được giao kế hoạch năm 2024 là 42 công trình, dự án với tổng "
            "số vốn giao là 271,926 tỷ đồng.")
    assert route_in_text(text, "42") is None
    assert route_in_text(text, "271,926").table == "budgets"
