"""Subjects of indicator figures and their catalog keys."""

import csv
from importlib import resources

import pytest

from orchestration.extraction.indicators import (
    CATALOG,
    a_part_of_the_area,
    a_share_of_works_done,
    actor_end,
    alias_pattern,
    catalog_key,
    fits,
    names_nothing,
    names_only_a_period,
    only_a_link_or_a_time,
    opening_subject,
    own_subject,
    ranked_subject,
    read_catalog,
    respective_key,
    respective_place,
    subject_label,
    the_area_a_text_is_about,
    without_the_part_opener,
)


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric", "key"),
    [
        ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt ", " tỷ đồng", "VND", "level", "retail_sales"),
        ("Tổng sản phẩm trên địa bàn tỉnh (GRDP theo giá so sánh) đạt ", " tỷ đồng", "VND", "level", "grdp"),
        ("Nửa đầu năm, tốc độ tăng tổng sản phẩm của tỉnh ước đạt ", "%", "pct", "yoy_pct", "grdp"),
        ("xuất khẩu tăng 5%, lượng khách du lịch tăng mạnh với doanh thu đạt ", " tỷ đồng", "VND", "level",
         "tourism_revenue"),
        ("Sáu tháng, sản lượng nuôi trồng và khai thác của tỉnh đạt ", " tấn", "tonne", "level",
         "aquaculture_output"),
        ("sản lượng thủy sản đạt 9 tấn (trong đó tôm đạt ", " tấn", "tonne", "level", None),
        # a district's figures: "thủy, hải sản" is the fishery output; "ngành" may name the industry
        ("Sản lượng thủy, hải sản cả năm ước ", " tấn", "tonne", "level", "aquaculture_output"),
        ("giá trị sản xuất ngành công nghiệp - tiểu thủ công nghiệp ước ", " tỷ đồng", "VND", "level",
         "industrial_output"),
        ("- Công nghiệp - xây dựng đạt ", " tỷ đồng", "VND", "level", "grdp_industry_construction"),
        ("Khu vực Công nghiệp - xây dựng 16,35% (trong đó: công nghiệp ", "%", "pct", "share_pct",
         "grdp_industry"),
        ("(trong đó: công nghiệp 10,12%; xây dựng ", "%", "pct", "share_pct", "grdp_construction"),
        # a verb of building with its works counted is no sector: the money spent on them is no GRDP
        ("- Xây dựng 6 cây cầu treo dân sinh, tổng kinh phí ", " tỷ đồng", "VND", "level", None),
        ("Đàn vật nuôi hiện có: Đàn trâu, bò, ngựa ", " con", "head", "level", "livestock_herd"),
        ("xảy ra 42 vụ tai nạn giao thông làm ", " người chết", "person", "level", "traffic_deaths"),
        ("xảy ra 42 vụ tai nạn giao thông làm 09 người chết, ", " người bị thương", "person", "level",
         "traffic_injuries"),
        ("Trong 6 tháng đầu năm, xảy ra ", " vụ tai nạn giao thông", "case", "level", "traffic_accidents"),
        # "TNGT", the abbreviation of tai nạn giao thông, after the casualties it caused
        ("Năm qua có ", " người chết vì TNGT trên các tuyến quốc lộ", "person", "level", "traffic_deaths"),
        ("Số người bị thương do TNGT giảm còn ", " người", "person", "level", "traffic_injuries"),
        ("Diện tích nuôi trồng thủy sản thực hiện khoảng ", "ha", "ha", "level", "aquaculture_area"),
        ("Tỷ lệ hộ nghèo năm 2024 còn ", "%", "pct", "level", "poverty_rate"),
        ("rà soát hộ nghèo năm 2024 cho 241 hộ nghèo, chiếm ", "%", "pct", "level", "poverty_rate"),
        ("Trong 6 tháng đầu năm có ", " HTX thành lập mới", "cooperative", "level", "new_cooperatives"),
        ("Đến nay, trên địa bàn tỉnh có: ", " HTX", "cooperative", "level", "cooperatives_total"),
        ("đặt mục tiêu tăng trưởng kinh tế trên địa bàn tỉnh năm 2025 đạt trên ", "%", "pct", "target", "grdp"),
        ("Năm qua, tốc độ phát triển kinh tế của huyện đạt ", "%", "pct", "yoy_pct", "grdp"),
        # news phrasings of the same entries
        ("Quy mô nền kinh tế năm 2024 ước đạt ", " nghìn tỷ đồng", "VND", "level", "grdp"),
        ("thấp hơn mục tiêu tăng trưởng ", "% của cả năm", "pct", "target", "grdp"),
        ("Trong đó, khu vực nông-lâm nghiệp và thuỷ sản tăng ", "%", "pct", "yoy_pct", "grdp_agriculture"),
        ("Khu vực nông, lâm nghiệp thủy sản đạt ", " tỷ đồng", "VND", "level", "grdp_agriculture"),
        ("khu vực công nghiệp và xây dựng tăng ", "%", "pct", "yoy_pct", "grdp_industry_construction"),
        ("khu vực công nghiệp, xây dựng tăng ", "%", "pct", "yoy_pct", "grdp_industry_construction"),
        ("Giá trị tăng thêm toàn ngành công nghiệp giảm ", "%", "pct", "yoy_pct", "grdp_industry"),
        ("thuế và trợ cấp sản phẩm ước đạt ", " tỷ đồng", "VND", "level", "grdp_product_taxes"),
        ("Ngành du lịch ước đón ", " triệu khách", "visit", "level", "tourist_arrivals"),
        ("Tổng vốn đăng ký mới đạt hơn ", " tỷ đồng", "VND", "level", "new_enterprises_capital"),
        ("chỉ số công nghiệp tăng ", "%", "pct", "yoy_pct", "industrial_production_index"),
        ("Chỉ số phát triển ngành công nghiệp tăng ", "%", "pct", "yoy_pct", "industrial_production_index"),
        ("doanh thu từ hoạt động du lịch ước đạt ", " tỷ đồng", "VND", "level", "tourism_revenue"),
        ("giá trị hàng hóa xuất khẩu đạt ", " triệu USD", "USD", "level", "export_turnover"),
        # phrasings of statistics releases
        ("Khu vực nông nghiệp, lâm nghiệp và thủy sản tăng ", "%", "pct", "yoy_pct", "grdp_agriculture"),
        ("; khu vực công nghiệp- xây dựng tăng ", "%", "pct", "yoy_pct", "grdp_industry_construction"),
        ("nông nghiệp tăng 2,1%, ngành công nghiệp tăng ", "%", "pct", "yoy_pct", "grdp_industry"),
        ("Khu vực thương mại - dịch vụ giảm ", "%", "pct", "yoy_pct", "grdp_services"),
        ("Tổng vốn đầu tư xã hội thực hiện đạt ", " tỷ đồng", "VND", "level", "social_investment"),
        ("kinh ngạch xuất khẩu đạt ", " triệu USD", "USD", "level", "export_turnover"),
        ("Tổng lượng khách lưu trú ước đạt ", " nghìn lượt", "visit", "level", "tourist_arrivals"),
        ("Thành phố đón ", " nghìn lượt khách quốc tế", "visit", "level", "tourist_arrivals_international"),
        ("Quý I, tỉnh thành lập mới gần ", " doanh nghiệp", "enterprise", "level", "new_enterprises"),
        ("Từ đầu năm đã thành lập mới ", " DN", "enterprise", "level", "new_enterprises"),
        ("Giao thương khởi sắc với tổng mức bán lẻ hàng hóa tăng ", "%", "pct", "yoy_pct", "retail_sales"),
        # more release phrasings
        ("Tháng 4, doanh nghiệp trong tỉnh ước xuất khẩu hơn ", " triệu USD", "USD", "level", "export_turnover"),
        ("trong đó xuất khẩu hàng hóa đạt ", " tỷ USD", "USD", "level", "export_turnover"),
        ("Nhập khẩu ước ", " triệu USD", "USD", "level", "import_turnover"),
        ("Vốn đầu tư phát triển trên địa bàn tỉnh ước đạt ", " tỷ đồng", "VND", "level", "social_investment"),
        ("Có 95 doanh nghiệp đăng ký mới, tổng vốn đăng ký đạt ", " tỷ đồng", "VND", "level",
         "new_enterprises_capital"),
        # index herd and licence phrasings
        ("Chỉ số sản xuất ngành công nghiệp tháng 3 tăng ", "%", "pct", "yoy_pct", "industrial_production_index"),
        ("Chỉ số phát triển sản xuất (PTSX) công nghiệp tăng ", "%", "pct", "yoy_pct",
         "industrial_production_index"),
        ("Quý I, tổng mức lưu chuyển hàng hoá bán lẻ của huyện đạt ", " tỷ đồng", "VND", "level", "retail_sales"),
        # the older names of retail sales and of the area's total investment
        ("Tổng mức lưu chuyển hàng hóa và dịch vụ quý II đạt ", " tỷ đồng", "VND", "level", "retail_sales"),
        ("Năm qua, tổng mức lưu chuyển hàng hoá và kinh doanh thương mại của thị xã đạt ", " tỷ đồng", "VND", "level",
         "retail_sales"),
        ("Sáu tháng, tổng mức đầu tư toàn xã hội trên địa bàn ước ", " tỷ đồng", "VND", "level", "social_investment"),
        ("Cơ cấu kinh tế: nông - lâm - thủy sản chiếm ", "%", "pct", "share_pct", "grdp_agriculture"),
        ("Cơ cấu kinh tế có công nghiệp - xây dựng 40%. Trong đó công nghiệp gần ", "%", "pct", "share_pct",
         "grdp_industry"),
        ("Nông nghiệp tăng 3%. Dịch vụ ước tốc độ tăng ", "% so với năm trước", "pct", "yoy_pct", "grdp_services"),
        ("Cả năm, doanh thu từ tham quan, lưu trú ước đạt ", " tỷ đồng", "VND", "level", "tourism_revenue"),
        ("Toàn tỉnh có ", " con bò, 900 con dê", "head", "level", "livestock_herd"),
        ("Đến nay đã cấp mới cho ", " dự án FDI", "count", "level", "investment_projects_approved"),
        ("cấp mới 12 dự án với số vốn cấp mới đạt ", " triệu USD", "USD", "level", "investment_projects_capital"),
        # a harvest verb before the area's name: the area harvested, also for the share of plan after it
        ("Các xã đã thu hoạch xong lúa vụ mùa năm nay với diện tích ", " ha", "ha", "level", None),
        ("Các xã đã thu hoạch xong lúa vụ mùa năm nay với diện tích 9.000 ha, đạt ", "% kế hoạch", "pct",
         "plan_pct", None),
        ("Vụ mùa, các xã đã gieo cấy lúa với diện tích ", " ha", "ha", "level", "cultivated_area"),
        # the construction branch after a comma, once industry got its figure ("công nghiệp, xây dựng" is the sector)
        ("Khu vực công nghiệp và xây dựng tăng 6%, trong đó công nghiệp tăng 5,2%, xây dựng tăng ", "%", "pct",
         "yoy_pct", "grdp_construction"),
        ("Khu vực công nghiệp, xây dựng tăng ", "%", "pct", "yoy_pct", "grdp_industry_construction"),
        # each of the two branches may be called a "khu vực" of its own in a breakdown of the growth
        ("GRDP tăng 7%; khu vực công nghiệp tăng ", "%", "pct", "yoy_pct", "grdp_industry"),
        ("GRDP tăng 7%; khu vực công nghiệp tăng 6%; khu vực xây dựng tăng ", "%", "pct", "yoy_pct",
         "grdp_construction"),
        # the noun a level counted, after its magnitude word, is not the growth's subject
        ("Trong đó, khách nội địa ước đạt 1,2 triệu lượt khách, gấp ", " lần cùng kỳ", "pct", "yoy_pct",
         "tourist_arrivals_domestic"),
        # after a bare "với", the name reaches its amount across a span of months
        ("Du lịch khởi sắc với lượng khách do các khách sạn phục vụ 6 tháng qua đạt ", " nghìn lượt", "visit",
         "level", "tourist_arrivals"),
        # an item of a list opened by "gồm" is a part of the whole named before it
        ("Kim ngạch xuất khẩu nhiều mặt hàng tăng khá, gồm cà phê nhân ước đạt ", " triệu USD", "USD", "level", None),
        ("Tổng kim ngạch xuất nhập khẩu đạt 900 triệu USD, gồm xuất khẩu đạt ", " triệu USD", "USD", "level",
         "export_turnover"),
        # a bracket after a whole that opens with a noun of its own lists the whole's parts; one opening with a
        # plan or a comparison goes on with the whole
        ("Sản lượng thủy sản quý I đạt 21.000 tấn, tăng 3% (cá biển ", " tấn", "tonne", "level", None),
        ("Sản lượng thủy sản quý I đạt 21.000 tấn (kế hoạch ", " tấn", "tonne", "target", "aquaculture_output"),
        # an average per counted unit is not the entry's total
        ("Quý II có 120 doanh nghiệp mới; vốn đăng ký bình quân mỗi doanh nghiệp mới đạt ", " tỷ đồng", "VND", "level",
         None),
        # so is a figure per head: grain per person is no grain output
        ("Năm nay sản lượng thóc đạt 9.000 tấn, lương thực bình quân đầu người đạt ", " kg", "tonne", "level", None),
        # an item of a list of some branches or goods is one branch, not the whole named in the list's head
        ("Quý III, một số ngành có chỉ số sản xuất công nghiệp tăng cao là chế biến gỗ tăng ", "%", "pct",
         "yoy_pct", None),
        ("Các mặt hàng có kim ngạch xuất khẩu tăng như hạt điều đạt ", " triệu USD", "USD", "level", None),
        ("Quý này nhiều mặt hàng có giá trị xuất khẩu tăng mạnh, như: linh kiện điện tử đạt ", " tỷ USD", "USD",
         "level", None),
        # an ownership sector with its share of the whole in brackets: the whole is not the sector's entry
        ("Doanh nghiệp nhà nước (chiếm 15% kim ngạch xuất khẩu của tỉnh) đạt ", " triệu USD", "USD", "level", None),
        ("Kim ngạch xuất khẩu (chưa kể dầu thô) đạt ", " triệu USD", "USD", "level", "export_turnover"),
        # the bare sectors of a growth list: "nông lâm nghiệp" without the fisheries, "dịch vụ" after a comma
        ("Kinh tế quý I tăng 6,5%, trong các ngành: nông lâm nghiệp tăng ", "%", "pct", "yoy_pct", "grdp_agriculture"),
        ("GRDP tăng 6,5%: nông, lâm nghiệp tăng 3%, công nghiệp – xây dựng tăng 9%, dịch vụ tăng ", "%", "pct",
         "yoy_pct", "grdp_services"),
        # the product taxes written with a comma, and the trade and service branches of a growth breakdown
        ("Khu vực dịch vụ tăng 6%, trong đó: các ngành thương mại, dịch vụ tăng 6,2% và thuế, trợ cấp sản phẩm tăng ",
         "%", "pct", "yoy_pct", "grdp_product_taxes"),
        ("Kinh tế tăng 7%; trong đó: các ngành thương mại, dịch vụ tăng ", "%", "pct", "yoy_pct", "grdp_services"),
        ("Khu vực dịch vụ và thuế, trợ cấp sản phẩm tăng ", "%", "pct", "yoy_pct", None),
        ("Giá trị sản xuất các ngành thương mại, dịch vụ tăng ", "%", "pct", "yoy_pct", None),
        # the growth of one branch of farming (livestock, crops) is neither the economy's nor a GRDP sector's
        ("Quý II, sản phẩm tiêu thụ thuận lợi, tốc độ tăng trưởng chăn nuôi ước đạt ", "%", "pct", "yoy_pct", None),
        ("Năm nay tốc độ tăng trưởng trồng trọt chỉ đạt ", "%", "pct", "yoy_pct", None),
        # "toàn ngành" between the production value and its industry
        ("Cả năm, giá trị sản xuất toàn ngành công nghiệp ước đạt ", " tỷ đồng", "VND", "level", "industrial_output"),
        # a good per head with the good between the average and the head: no output of the whole
        ("Sản lượng lương thực có hạt đạt 5.100 tấn, bình quân lương thực đầu người đạt ", " kg", "tonne", "level",
         None),
        # visitors who came to see a site, then the money they brought, after a comma
        ("Khu di tích đón khách đến tham quan khoảng 9.000 lượt, doanh thu ", " triệu đồng", "VND", "level",
         "tourism_revenue"),
        # industry "thực hiện" with a qualifier between the verb and the amount
        ("Năm nay ngành sản xuất công nghiệp của huyện thực hiện khoảng ", " tỷ đồng", "VND", "level",
         "industrial_output"),
        # forestry's new planting, the hectares said without "rừng" after them
        ("Trong quý, lĩnh vực lâm nghiệp trồng mới được ", " ha", "ha", "level", "forest_planting"),
        # animals culled for a disease are no herd
        ("Dịch bệnh bùng phát, huyện buộc phải tiêu hủy ", " con lợn", "head", "level", None),
        ("Huyện hiện nuôi ", " con lợn", "head", "level", "livestock_herd"),
        # the whole unit "có" N firms: its stock of enterprises, not firms newly set up
        ("Đến nay toàn xã có ", " doanh nghiệp và 400 hộ kinh doanh", "enterprise", "level", "enterprises_active"),
        ("Trong năm, toàn huyện có ", " doanh nghiệp thành lập mới", "enterprise", "level", "new_enterprises"),
        # the industry and handicrafts named without "giá trị sản xuất", and that value joined with trade
        ("Quý này, công nghiệp – tiểu thủ công nghiệp ước ", " tỷ đồng", "VND", "level", "industrial_output"),
        ("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp - thương mại - dịch vụ cả xã đạt ", " tỷ đồng", "VND",
         "level", None),
        # income earned from the industry and handicrafts of a ward is no value of their output
        ("Thu nhập từ sản xuất công nghiệp - tiểu thủ công nghiệp của phường năm nay đạt ", " tỷ đồng", "VND",
         "level", None),
        # rice sown straight in the field ("gieo sạ") is sown area
        ("Vụ hè thu, nông dân trong xã đã gieo sạ được ", " ha", "ha", "level", "cultivated_area"),
        # a commune's trade and services takings, joined by a comma
        ("Tổng doanh thu thương mại, dịch vụ của phường đạt ", " tỷ đồng", "VND", "level", "retail_sales"),
        # workers sent abroad "for a fixed term", and the abbreviation XKLĐ
        ("Quý III, huyện đã đưa ", " người đi làm việc có thời hạn ở nước ngoài", "person", "level",
         "overseas_workers"),
        ("Năm nay, số người đi XKLĐ của thị xã là ", " người", "person", "level", "overseas_workers"),
        # "LĐ", the short form of "lao động", after "xuất khẩu" (an item after "gồm")
        ("Sáu tháng, tỉnh tạo việc làm cho hơn 8.200 LĐ (61,2%), gồm xuất khẩu LĐ ", " người (40,1%).", "person",
         "level", "overseas_workers"),
        ("Chỉ tiêu năm là 18.000 người, gồm xuất khẩu LĐ ", " người.", "person", "level", "overseas_workers"),
        # products rated "up to the OCOP standard" are OCOP products; one star class of them is not the entry
        ("Đợt này, hội đồng huyện đã xếp hạng ", " sản phẩm đạt chuẩn OCOP, nâng tổng số", "product", "level",
         "ocop_products"),
        ("Lũy kế, cả huyện có ", " sản phẩm được công nhận đạt tiêu chuẩn OCOP từ 3 sao trở lên", "product",
         "level", "ocop_products"),
        ("sản phẩm OCOP của huyện tăng, gồm ", " sản phẩm đạt hạng 4 sao", "product", "level", None),
        ("Tổng số sản phẩm OCOP là 40, trong đó có ", " sản phẩm 5 sao", "product", "level", None),
        # provinces publish the PAR INDEX either in points ("đạt 88,4 điểm") or in percent of the maximum ("đạt
        # 89,12%"): both are the index (its percent change stays a change)
        ("Chỉ số cải cách hành chính (PAR INDEX) năm 2025 của tỉnh đạt ", "%, xếp thứ 9/63", "pct", "level",
         "par_index"),
        ("Năm 2024, chỉ số CCHC của huyện Krông Pắc đạt ", "%", "pct", "level", "par_index"),
        ("PAR INDEX 2026 của thành phố Cao Bằng là ", "%, tăng 2 bậc", "pct", "level", "par_index"),
        ("Chỉ số PAR INDEX đạt ", " điểm", "point", "level", "par_index"),
        ("Chỉ số cải cách hành chính tăng ", "% so với năm 2024", "pct", "yoy_pct", "par_index"),
        # near-misses: the share of the offices that did their reform work, another rate of the administration
        ("Tỷ lệ cơ quan hoàn thành kế hoạch cải cách hành chính đạt ", "%", "pct", "level", None),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt ", "%", "pct", "level", None),
        # the forest cover written with "của" between cover and forest, or as "bao phủ" (the word of insurance
        # coverage, which names the forest only with "rừng" after it)
        ("Năm 2026, tỷ lệ che phủ của rừng đạt ", "%", "pct", "level", "forest_cover"),
        ("Tỷ lệ bao phủ rừng của tỉnh Hà Giang duy trì ở mức ", "%", "pct", "level", "forest_cover"),
        ("độ che phủ của rừng toàn huyện Con Cuông là ", "%", "pct", "level", "forest_cover"),
        ("phấn đấu đến năm 2027 tỷ lệ bao phủ của rừng đạt ", "%", "pct", "target", "forest_cover"),
        # near-misses: the coverage of insurance or of the mobile network is no forest
        ("Tỷ lệ bao phủ bảo hiểm y tế đạt ", "% dân số", "pct", "level", "health_insurance_coverage"),
        ("tỷ lệ bao phủ sóng di động đạt ", "%", "pct", "level", None),
        # a merged province's first reports give the provinces it was made of beside its own figures: a province
        # written as former ("(cũ)", "cũ", "trước sáp nhập"), even under today's name, is that part's figure and
        # takes no key
        ("Trong đó, GRDP của tỉnh Quảng Ngãi (cũ) tăng ", "%", "pct", "yoy_pct", None),
        ("Tăng trưởng kinh tế 9 tháng toàn tỉnh đạt 7,2%; địa bàn tỉnh Đồng Tháp cũ tăng ", "%", "pct", "yoy_pct",
         None),
        ("Tỷ lệ hộ nghèo toàn tỉnh còn 4,12%; riêng địa bàn Lâm Đồng cũ còn ", "%", "pct", "level", None),
        ("Tổng mức bán lẻ hàng hóa của khu vực An Giang trước sáp nhập đạt ", " tỷ đồng", "VND", "level", None),
        ("Khách du lịch đến Ninh Bình (cũ) ước đạt ", " triệu lượt", "visit", "level", None),
        # near-misses: the province written as new, the whole, former provinces named in a sentence before or
        # after the number
        ("Tốc độ tăng trưởng GRDP của tỉnh Gia Lai (mới) ước đạt ", "%", "pct", "yoy_pct", "grdp"),
        ("Sau hợp nhất, tốc độ tăng trưởng GRDP toàn tỉnh ước đạt ", "%", "pct", "yoy_pct", "grdp"),
        ("Tỉnh Gia Lai cũ và Bình Định cũ nay là một tỉnh. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt ",
         " tỷ đồng", "VND", "level", "retail_sales"),
        ("Tổng vốn đầu tư toàn xã hội đạt ", " tỷ đồng, cao hơn cả tỉnh cũ", "VND", "level", "social_investment"),
        # a district or commune written as former, in the figure's clause or as the place its sentence opens with, is a
        # part of the area (districts were merged away in 2025); near-misses: the whole area after a ";" or named in
        # the clause, a district not written as former (its report may be the district's own), communes merged
        # named without one of them
        ("Trên địa bàn huyện Bảo Lạc cũ, tỷ lệ hộ nghèo còn ", "%", "pct", "level", None),
        ("Trên địa bàn huyện Bảo Lạc cũ, tỷ lệ hộ nghèo còn 20,1%, giảm ", "%", "pct", "yoy_abs", None),
        ("Thuộc khu vực thị xã Sa Pa (cũ), lượng khách du lịch đạt ", " lượt", "visit", "level", None),
        ("Tại xã Phong Thổ trước sáp nhập, giải quyết việc làm cho ", " lao động", "person", "level", None),
        ("Tại tỉnh Kon Tum cũ, giải quyết việc làm cho ", " lao động", "person", "level", None),
        ("Trên địa bàn huyện Bảo Lạc cũ, tỷ lệ hộ nghèo còn 20,1%; tỷ lệ hộ nghèo toàn tỉnh còn ", "%", "pct", "level",
         "poverty_rate"),
        ("Trên địa bàn huyện Bảo Lạc cũ, tỷ lệ hộ nghèo còn 20,1%, toàn tỉnh còn ", "%", "pct", "level",
         "poverty_rate"),
        ("Trên địa bàn huyện Bảo Lạc, tỷ lệ hộ nghèo còn ", "%", "pct", "level", "poverty_rate"),
        ("Sau khi sắp xếp các xã cũ, tỷ lệ hộ nghèo còn ", "%", "pct", "level", "poverty_rate"),
        # some communes, wards or districts by their names open the sentence: their figures, parts of the area;
        # near-misses: the total the clause raises the area's count to, the area's own rate after a ";"
        ("Các xã Nà Hang, Thượng Lâm và Yên Hoa có tỷ lệ hộ nghèo cao, lần lượt 21,5%, ", "%", "pct", "level", None),
        ("Hai phường Hòa Bình và Kỳ Sơn đón ", " lượt khách du lịch", "visit", "level", None),
        ("Riêng các xã, thị trấn Mộc Châu, Chiềng Sơn có tỷ lệ che phủ rừng trên ", "%", "pct", "level", None),
        ("Các xã Nà Hang, Yên Hoa đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn nông thôn mới lên ",
         " xã", "count", "level", "new_rural_communes"),
        ("Các xã Nà Hang, Yên Hoa có tỷ lệ hộ nghèo cao; tỷ lệ hộ nghèo chung còn ", "%", "pct", "level",
         "poverty_rate"),
        # a village by its name opens the sentence (a unit below any area a report is about); near-misses: villages
        # unnamed, a "bản" that opens a word ("Bản đồ")
        ("Thôn Khuổi Bốc 2 có tỷ lệ hộ nghèo ", "%", "pct", "level", None),
        ("Tại tổ dân phố Hòa Lạc, tỷ lệ tham gia bảo hiểm y tế đạt ", "%", "pct", "level", None),
        ("Bản Sin Suối Hồ đón ", " lượt khách du lịch", "visit", "level", None),
        ("Thôn, bản có tỷ lệ hộ nghèo ", "%", "pct", "level", "poverty_rate"),
        ("Bản đồ hiện trạng rừng cho thấy tỷ lệ che phủ rừng đạt ", "%", "pct", "level", "forest_cover"),
        # an industrial park or zone by its name opens the sentence: its figures, a part of the area; near-miss: the
        # parks unnamed, a kind of place the whole area's figure is said over
        ("Khu công nghiệp Đình Trám trong năm thu hút mới ", " dự án", "count", "level", None),
        ("KCN Phố Nối A có ", " doanh nghiệp đang hoạt động", "enterprise", "level", None),
        ("Khu công nghiệp, khu kinh tế và toàn tỉnh năm 2026 thu hút mới ", " dự án", "count", "level",
         "investment_projects_approved"),
        # projects in force or at work are a stock of every year's approvals; near-miss: the period's approvals
        ("Hiện đặc khu Cô Tô có ", " dự án đầu tư ngoài ngân sách còn hiệu lực", "count", "level", None),
        ("Khu công nghiệp Sông Công có ", " dự án FDI đang hoạt động", "count", "level", None),
        ("Năm 2026, tỉnh chấp thuận chủ trương đầu tư ", " dự án ngoài ngân sách", "count", "level",
         "investment_projects_approved"),
        # the change of a group's poverty rate after its level's comma is the group's as its level is; near-misses:
        # the rate of all the households named again after the group's
        ("Tỷ lệ hộ nghèo người dân tộc thiểu số còn 13,2%, giảm ", " điểm phần trăm", "pct", "yoy_abs", None),
        ("Tỷ lệ hộ nghèo ở các xã đặc biệt khó khăn là 17%, giảm ", "%", "pct", "yoy_abs", None),
        ("Tỷ lệ hộ nghèo người dân tộc thiểu số còn 13,2%, tỷ lệ hộ nghèo chung giảm ", "%", "pct", "yoy_abs",
         "poverty_rate"),
        # a district or special zone set apart after the whole's ";" speaks of that place in its clause, the parts it
        # breaks down too; near-miss: a part of the whole's own guests set apart
        ("Khách du lịch đạt 3,4 triệu lượt; riêng đặc khu Cô Tô đón 95.000 lượt, trong đó khách quốc tế ", " lượt",
         "visit", "level", None),
        ("Khách du lịch đạt 3,4 triệu lượt; riêng huyện Mộc Châu đón ", " lượt khách", "visit", "level", None),
        ("Khách du lịch đạt 3,4 triệu lượt; riêng phường Sầm Sơn đón 1,1 triệu lượt, trong đó khách quốc tế ", " lượt",
         "visit", "level", None),
        ("Trong đó, xã đã giải quyết việc làm cho ", " lao động", "person", "level", "jobs_created"),
        ("Khách du lịch đạt 3,4 triệu lượt; riêng khách quốc tế đạt ", " lượt", "visit", "level",
         "tourist_arrivals_international"),
        # workers helped to a job are the jobs created; near-misses: the employed of the economy, jobs abroad
        ("Trong 5 năm, ngành lao động đã hỗ trợ ", " lao động có việc làm", "person", "level", "jobs_created"),
        ("Năm 2026 đã giúp hơn ", " người tìm được việc làm", "person", "level", "jobs_created"),
        ("Số lao động có việc làm trong nền kinh tế đạt ", " người", "person", "level", None),
        ("Năm nay hỗ trợ ", " lao động có việc làm ngoài nước", "person", "level", None),
        # a clause after ";" that names only a term and the average of a change over it goes on with the entry
        # before; near-miss: a clause that names its own subject beside the term
        ("Kim ngạch xuất khẩu năm 2026 đạt 2,1 tỷ USD; giai đoạn 2022-2026 tăng bình quân ", "%/năm", "pct",
         "yoy_pct", "export_turnover"),
        ("Kim ngạch xuất khẩu năm 2026 đạt 2,1 tỷ USD; bình quân giai đoạn 2022 - 2026 tăng ", "%/năm", "pct",
         "yoy_pct", "export_turnover"),
        ("Kim ngạch xuất khẩu năm 2026 đạt 2,1 tỷ USD; giai đoạn 2022-2026 sản lượng điện tăng bình quân ", "%/năm",
         "pct", "yoy_pct", None),
        # a sector written with "ngành" opening its clause of a growth list; near-misses: the sector's production
        # value or revenue, not its GRDP
        ("Kinh tế tăng 7,6%; trong đó ngành công nghiệp tăng 9%; ngành dịch vụ tăng ", "%", "pct", "yoy_pct",
         "grdp_services"),
        ("GRDP tăng 6,9%, công nghiệp tăng 8%; ngành nông nghiệp tăng ", "%", "pct", "yoy_pct", "grdp_agriculture"),
        ("Giá trị sản xuất ngành nông nghiệp tăng ", "%", "pct", "yoy_pct", None),
        ("Tổng giá trị sản xuất tăng 6,8%; ngành nông nghiệp tăng ", "%", "pct", "yoy_pct", None),
        ("Ngành dịch vụ tăng ", "%", "pct", "yoy_pct", None),
        ("Quý này, ngành xây dựng tăng 9,5%, ngành dịch vụ tăng ", "%", "pct", "yoy_pct", "grdp_services"),
        ("Giá trị sản xuất ngành xây dựng tăng 9,5%, ngành dịch vụ tăng ", "%", "pct", "yoy_pct", None),
        ("Thương mại phát triển, doanh thu ngành dịch vụ tăng ", "%", "pct", "yoy_pct", None),
        # a topic, a colon and its bare measure; near-misses: another business's takings, imports beside exports
        ("Du lịch: doanh thu ước đạt ", " tỷ đồng", "VND", "level", "tourism_revenue"),
        ("Xuất khẩu: kim ngạch đạt ", " triệu USD", "USD", "level", "export_turnover"),
        ("Nhập khẩu: tổng kim ngạch đạt ", " triệu USD", "USD", "level", "import_turnover"),
        ("Du lịch: doanh thu lưu trú đạt ", " tỷ đồng", "VND", "level", None),
        ("- Du lịch: lượt khách đạt 2,1 triệu lượt; doanh thu đạt ", " tỷ đồng", "VND", "level", "tourism_revenue"),
        ("- Du lịch: lượt khách đạt 2,1 triệu lượt. Vận tải: doanh thu đạt ", " tỷ đồng", "VND", "level", None),
        ("Về xuất khẩu, tổng kim ngạch ước đạt ", " triệu USD", "USD", "level", "export_turnover"),
        ("- Xuất khẩu: ước đạt ", " triệu USD", "USD", "level", "export_turnover"),
        ("- Nhập khẩu: giá trị đạt ", " triệu USD", "USD", "level", "import_turnover"),
        ("- Xuất khẩu: gạo ước đạt ", " triệu USD", "USD", "level", None),
        ("Về xuất nhập khẩu: tổng kim ngạch ước đạt ", " triệu USD", "USD", "level", "trade_turnover"),
        ("GRDP tăng 7%, trong đó ngành công nghiệp tăng 9%, ngành thương mại - dịch vụ tăng ", "%", "pct", "yoy_pct",
         "grdp_services"),
        # the second count of one act on projects of another origin; near-misses: another act, the same origin
        ("Cấp mới 27 dự án trong nước với vốn 900 tỷ đồng và ", " dự án có vốn đầu tư nước ngoài", "count", "level",
         "investment_projects_approved"),
        ("Cấp mới 27 dự án, điều chỉnh vốn 8 dự án và ", " dự án FDI", "count", "level", None),
        ("Thu hút được 12 dự án và ", " dự án khác", "count", "level", None),
        # a long name shortened to its initials: TMBL (tổng mức bán lẻ), KNXK / KNNK / KN XNK (kim ngạch xuất / nhập /
        # xuất nhập khẩu), LĐ (lao động), DVC (dịch vụ công); near-misses: one good's exports, the trained workers with
        # a degree, public services counted (no rate)
        ("Năm 2027, TMBL hàng hóa và DTDV tiêu dùng xã hội ước đạt ", " tỷ đồng", "VND", "level", "retail_sales"),
        ("Lũy kế 8 tháng, KNXK của tỉnh đạt ", " triệu USD", "USD", "level", "export_turnover"),
        ("KNNK hàng hóa quý III đạt ", " triệu USD", "USD", "level", "import_turnover"),
        ("KN XNK của tỉnh 9 tháng đạt ", " triệu USD", "USD", "level", "trade_turnover"),
        ("Tỷ lệ LĐ qua đào tạo của huyện đạt ", "%", "pct", "level", "trained_labour_rate"),
        ("Tỷ lệ DVC trực tuyến một phần và toàn trình đạt ", "%", "pct", "level", "online_public_services_rate"),
        ("KNXK cà phê niên vụ này đạt ", " triệu USD", "USD", "level", None),
        ("Tỷ lệ LĐ qua đào tạo có bằng cấp, chứng chỉ đạt ", "%", "pct", "level", None),
        ("Số DVC được cung cấp trên cổng là ", " dịch vụ", "count", "level", None),
        # the OCOP entry's class before the number ("3 sao trở lên" is the entry itself); near-misses: a higher class
        # only, hotels of that class
        ("Tổng số sản phẩm OCOP 3 sao trở lên của huyện là ", " sản phẩm", "product", "level", "ocop_products"),
        ("Lũy kế có sản phẩm OCOP đạt 3 sao trở lên là ", " sản phẩm", "product", "level", "ocop_products"),
        ("Số sản phẩm OCOP 4 sao trở lên là ", " sản phẩm", "product", "level", None),
        ("Số khách sạn 3 sao trở lên là ", " cơ sở", "count", "level", None),
        # tourism's takings from "(các) hoạt động du lịch", and the industry index with "CN" for "công nghiệp";
        # near-misses: the travel agencies' part, a branch's index
        ("Tổng doanh thu từ các hoạt động du lịch cả năm đạt ", " tỷ đồng", "VND", "level", "tourism_revenue"),
        ("Tổng thu từ hoạt động du lịch 9 tháng ước đạt ", " tỷ đồng", "VND", "level", "tourism_revenue"),
        ("Doanh thu từ các hoạt động du lịch lữ hành đạt ", " tỷ đồng", "VND", "level", None),
        ("Chỉ số sản xuất CN quý II tăng ", "%", "pct", "yoy_pct", "industrial_production_index"),
        ("Chỉ số sản xuất CN chế biến, chế tạo tăng ", "%", "pct", "yoy_pct", None),
        # houses counted by the programme they are built under, named after them; near-miss: another housing programme
        ("Lũy kế đã khởi công ", " căn nhà theo Chương trình xóa nhà tạm, nhà dột nát", "house", "level",
         "temporary_houses_removed"),
        ("Hoàn thành ", " căn nhà theo chương trình hỗ trợ nhà ở cho người có công", "house", "level", None),
        # files of administrative procedures ("hồ sơ thủ tục hành chính", "hồ sơ TTHC") handled online; near-miss: the
        # same files settled on time
        ("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến quý I đạt ", "%", "pct", "level",
         "online_public_services_rate"),
        ("Tỷ lệ hồ sơ TTHC trực tuyến đạt ", "%", "pct", "level", "online_public_services_rate"),
        ("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt ", "%", "pct", "level", None),
    ],
)
def test_catalog_key(context: str, after: str, unit: str, metric: str, key: str | None) -> None:
    assert catalog_key("", unit, metric, context, after) == key


@pytest.mark.parametrize(
    ("context", "key"),
    [
        # projects newly licensed, their count after a copula ("là", "đạt"), are the projects approved
        ("Số dự án vốn đầu tư nước ngoài được cấp mới là ", "investment_projects_approved"),
        ("Trong quý, số dự án trong nước được cấp mới đạt ", "investment_projects_approved"),
        # near misses: projects adjusted, or a licence for building, are no new approvals
        ("Số dự án được điều chỉnh là ", None),
        ("Số công trình được cấp mới giấy phép xây dựng là ", None),
    ],
)
def test_projects_licensed_anew_counted_after_a_copula_are_approvals(context: str, key: str | None) -> None:
    assert catalog_key("", "count", "level", context, " dự án") == key


@pytest.mark.parametrize(
    ("context", "key"),
    [
        # the wild catch written after "thủy sản" is a part of the fishery, no farmed output (as "sản lượng khai thác
        # thủy sản" is not); the farmed output and the catch and farming together are the entry
        ("Sản lượng thủy sản khai thác 6 tháng đạt ", None),
        ("Sản lượng thủy sản đánh bắt đạt ", None),
        ("Sản lượng thủy sản nuôi trồng đạt ", "aquaculture_output"),
        ("Sản lượng thủy sản khai thác và nuôi trồng đạt ", "aquaculture_output"),
        ("Sản lượng thủy sản đạt ", "aquaculture_output"),
    ],
)
def test_the_catch_written_after_the_fishery_is_no_farmed_output(context: str, key: str | None) -> None:
    assert catalog_key("", "tonne", "level", context, " tấn") == key


@pytest.mark.parametrize(
    ("context", "key"),
    [
        # a change after the level of a standing perennial crop is that crop's change, unkeyed as its level is
        ("Diện tích cây ăn trái 88.900 ha, tăng ", None),
        ("Diện tích cà phê hiện có 21.300 ha, giảm ", None),
        # near misses: the change of an area sown keeps its key; a crop named after the change is not the subject's
        ("Diện tích gieo trồng cây hàng năm 42.600 ha, tăng ", "cultivated_area"),
        ("Diện tích gieo trồng lúa đạt 42.600 ha, tăng ", "cultivated_area"),
    ],
)
def test_a_change_after_a_standing_crops_level_is_keyed_as_the_level(context: str, key: str | None) -> None:
    assert catalog_key("", "ha", "yoy_abs", context, " ha so với năm trước") == key


@pytest.mark.parametrize("context", ["Xuất, nhập khẩu: kim ngạch đạt ", "Xuất - nhập khẩu: kim ngạch đạt "])
def test_a_pair_of_trades_before_a_colon_is_neither_one(context: str) -> None:
    # (the topic's second word is no import topic of its own; the pair's whole trade is another matter)
    assert catalog_key("", "USD", "level", context, " triệu USD") not in ("import_turnover", "export_turnover")


def test_the_national_standard_of_new_rural_areas_is_no_school_standard() -> None:
    # "đạt chuẩn quốc gia về nông thôn mới" names the rural standard: communes, never schools
    after = " xã được công nhận đạt chuẩn quốc gia về nông thôn mới"
    assert catalog_key("", "count", "level", "Cả tỉnh hiện có ", after) == "new_rural_communes"
    assert catalog_key("", "count", "level", "Thêm ", " huyện đạt chuẩn quốc gia về nông thôn mới") is None
    assert catalog_key("", "count", "level", "Có ", " trường đạt chuẩn quốc gia") == "national_standard_schools"


def test_a_list_read_on_two_bases_restates_no_earlier_figure() -> None:
    from orchestration.extraction import extract_document

    text = ("Tổng mức bán lẻ hàng hóa tăng 9% so với cùng kỳ; chỉ số sản xuất công nghiệp tăng 7% so với cùng kỳ. "
            "Lượng hàng qua cảng tháng 6 so với tháng trước và cùng kỳ tăng lần lượt 2,1% và 8,4%.\n")
    rows = list(extract_document(text.encode(), "cang.txt").tables["indicators"].iter_rows(named=True))
    by_value = {r["value"]: r for r in rows}
    assert (by_value[2.1]["metric"], by_value[8.4]["metric"]) == ("change_pct", "yoy_pct")
    assert by_value[8.4]["indicator_key"] is None and by_value[2.1]["indicator_key"] is None


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
    # a multiple opens its clause with a verb too: the amount's subject before it carries over
    assert own_subject(" tăng gấp ") == ""
    assert subject_label(" tăng gấp ", "khách lưu trú ước đạt 40 nghìn lượt, tăng gấp ") == "khách lưu trú"


def test_words_of_a_range_and_of_work_done_in_a_label() -> None:
    # how a price moves in a range and the low end's "từ" are no part of the subject
    assert own_subject("Giá cà phê nhân xô dao động từ ") == "Giá cà phê nhân xô"
    assert own_subject("Năng suất lúa Hè Thu ước đạt từ ") == "Năng suất lúa Hè Thu"
    # near-miss: "kể từ" opens a day, and "Hè Thu" keeps its "Thu" (no collecting)
    assert own_subject("Số hộ kể từ ") == "Số hộ kể từ"
    # the value or amount done names its subject with "thực hiện"
    assert own_subject("Giá trị thực hiện ước đạt ") == "Giá trị thực hiện"
    assert own_subject("Khối lượng thực hiện đạt ") == "Khối lượng thực hiện"
    # near-miss: a verb of doing after another subject is still taken off
    assert own_subject("Vốn đầu tư công ước thực hiện ") == "Vốn đầu tư công"


def test_a_change_after_its_level_takes_the_subject_without_the_years_word() -> None:
    # "Chỉ số PAPI năm 2023 đạt 42,1 điểm, giảm 0,5 điểm": the subject of the change is the index, not "... năm"
    assert subject_label(" giảm ", "Chỉ số PAPI năm 2023 đạt 42,1 điểm, giảm ") == "Chỉ số PAPI"
    assert subject_label(" tăng ", "Doanh thu tháng 9 đạt 640 tỷ đồng, tăng ") == "Doanh thu"
    # near-miss: a number that is no year's keeps its words before it
    assert subject_label(" tăng ", "Kế hoạch 5 năm đạt 12 tỷ đồng, tăng ") == "Kế hoạch"


def test_near_poor_is_not_the_poverty_rate() -> None:
    assert catalog_key("", "pct", "level", "241 hộ nghèo, chiếm 1,96%; 121 hộ cận nghèo chiếm ", "%") is None


# --- the catalog CSV is the one source of aliases and units ---------------------------------------

def _catalog_rows() -> list[dict[str, str]]:
    path = resources.files("orchestration.extraction").joinpath("data/indicator_catalog.csv")
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_catalog_keeps_the_seed_columns_first_and_adds_aliases_and_units() -> None:
    rows = _catalog_rows()
    assert list(rows[0])[:4] == ["indicator_key", "label_vi", "level_unit", "description_en"]
    assert list(rows[0])[4:] == ["aliases", "units"]
    assert [e.key for e in CATALOG] == [r["indicator_key"] for r in rows]
    for row in rows:
        assert row["level_unit"] in row["units"].split("|"), row["indicator_key"]


def test_a_plain_space_in_an_alias_stands_for_any_whitespace() -> None:
    pattern = alias_pattern("tổng mức bán lẻ|bán lẻ hàng hóa")
    assert pattern.search("tổng  mức\nbán lẻ")
    assert pattern.search("doanh thu bán lẻ hàng hóa")
    assert not pattern.search("tổng mức bán buôn")


def test_an_entry_without_aliases_or_units_is_refused() -> None:
    row = {"indicator_key": "x", "label_vi": "x", "level_unit": "VND", "description_en": "", "aliases": "",
           "units": "VND"}
    with pytest.raises(ValueError, match="x lacks"):
        read_catalog([row])


def test_an_alias_that_does_not_compile_names_its_entry() -> None:
    row = {"indicator_key": "y", "label_vi": "y", "level_unit": "VND", "description_en": "",
           "aliases": "(?<!trong đó )bán lẻ", "units": "VND"}  # a space in a lookbehind is not fixed width
    with pytest.raises(ValueError, match="aliases of y"):
        read_catalog([row])


def test_units_of_an_entry_come_from_the_csv() -> None:
    by_key = {e.key: e for e in CATALOG}
    assert fits(by_key["retail_sales"], "VND", "level")
    assert fits(by_key["export_turnover"], "VND", "level")  # money in either currency
    assert not fits(by_key["retail_sales"], "ha", "level")
    assert fits(by_key["retail_sales"], "pct", "yoy_pct")  # a growth rate fits any entry
    assert fits(by_key["bad_debt"], "pct", "level")  # bad debt is also stated as a share of credit
    assert not fits(by_key["cooperatives_total"], "count", "level")  # "thành viên" are not cooperatives
    assert fits(by_key["tourist_arrivals"], "person", "level")


def test_equally_near_aliases_the_longer_phrasing_wins() -> None:
    assert catalog_key("Khu vực công nghiệp - xây dựng", "pct", "yoy_pct",
                       "Khu vực công nghiệp - xây dựng tăng ") == "grdp_industry_construction"


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric"),
    [
        ("khu vực dịch vụ và thuế sản phẩm chiếm ", "%", "pct", "share_pct"),  # two entries at once
        # the growth of the production value, not of GRDP
        ("Tốc độ tăng trưởng giá trị sản xuất toàn huyện ước đạt ", "%", "pct", "yoy_pct"),
        ("kim ngạch xuất khẩu gạo của tỉnh đạt ", " triệu USD", "USD", "level"),  # one product only
        # "this good": the one product the sentence before named, not the province's exports
        ("Sang quý II, kim ngạch xuất khẩu của mặt hàng này tăng trở lại, đạt ", " triệu USD", "USD", "level"),
        ("Diện tích lúa toàn tỉnh đã thu hoạch được ", " ha", "ha", "level"),  # harvested, not sown
        ("Gieo trồng, chăm sóc và thu hoạch lúa xuân. Diện tích lúa toàn tỉnh đã thu hoạch ", " ha", "ha", "level"),
        ("Nghị quyết về mục tiêu tăng trưởng cả nước năm 2025 đạt ", "%", "pct", "target"),
        ("Trong đó, doanh thu bán lẻ hàng hóa ước đạt ", " tỷ đồng", "VND", "level"),  # the goods part
    ],
)
def test_phrases_near_an_entry_that_are_not_it(context: str, after: str, unit: str, metric: str) -> None:
    assert catalog_key("", unit, metric, context, after) is None


def test_a_clause_of_period_words_keeps_the_subject_before_it() -> None:
    context = "Tổng mức bán lẻ 9 tháng đạt 9.000 tỷ đồng, tăng 10% so với cùng kỳ; riêng tháng 9 đạt "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "retail_sales"
    context = "Tổng mức bán lẻ 9 tháng đạt 9.000 tỷ đồng; số hộ kinh doanh cá thể là "
    assert catalog_key("", "household", "level", context, " hộ") is None


def test_a_season_keeps_the_subject_but_a_noun_with_vu_has_its_own() -> None:
    context = "Sản lượng lương thực đạt 300.000 tấn; vụ xuân đạt "
    assert catalog_key("", "tonne", "level", context, " tấn") == "food_crop_output"
    context = "Trong đó: công nghiệp - xây dựng 9.800 tỷ đồng; dịch vụ "
    assert catalog_key("dịch vụ", "VND", "level", context, " tỷ đồng") is None


def test_income_per_capita_is_not_grdp_per_capita() -> None:
    assert catalog_key("", "VND", "level", "GRDP bình quân đầu người ước đạt ", " triệu đồng") == "grdp_per_capita"
    assert catalog_key("", "VND", "level", "Thu nhập bình quân đầu người ước đạt ", " triệu đồng") is None


def test_budget_revenue_or_spending_per_head_is_not_grdp_per_capita() -> None:
    assert catalog_key("", "VND", "level", "Thu ngân sách bình quân đầu người đạt ", " triệu đồng") is None
    assert catalog_key("", "VND", "level", "Mức chi tiêu bình quân đầu người khoảng ", " triệu đồng") is None
    # near-miss: the head's average named alone, in a report's economy, is still the GRDP's
    assert catalog_key("", "USD", "level", "Bình quân đầu người đạt ", " USD") == "grdp_per_capita"


def test_a_contribution_to_growth_has_no_key() -> None:
    context = "Khu vực dịch vụ tăng 7,2%, đóng góp "
    assert catalog_key("", "pct", "level", context, " điểm phần trăm vào mức tăng trưởng chung") is None


def test_an_absolute_change_on_another_base_is_not_the_level() -> None:
    context = "Tổng dư nợ đến 30/6 đạt 20.000 tỷ đồng; so với 31/12 năm trước tăng "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") is None
    assert catalog_key("", "pct", "change_pct", context + "1.000 tỷ đồng (+", "%)") == "bank_credit"


def test_the_whole_of_a_share_is_not_its_subject() -> None:
    context = "Nợ xấu khoảng 300 tỷ đồng, chiếm "
    assert catalog_key("", "pct", "share_pct", context, "% trên tổng dư nợ") == "bad_debt"


def test_a_target_named_right_before_it_after_so_voi() -> None:
    assert catalog_key("", "pct", "target", "thấp hơn so với mục tiêu tăng trưởng ", "% của cả năm") == "grdp"


def test_the_words_after_the_last_number_of_a_segment_name_the_figure() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH CAO BẰNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
            "Tốc độ tăng trưởng kinh tế ước đạt 6,1% - cập nhật 16.6 Khu vực dịch vụ tăng 7,5%.\n")
    rows = extract_document(text.encode(), "cao_bang.txt").tables["indicators"].iter_rows(named=True)
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[6.1] == "grdp" and keys[7.5] == "grdp_services"


def test_a_district_named_bare_in_a_provincial_list_keeps_no_catalog_key() -> None:
    from orchestration.extraction import extract_document

    report = ("Tình hình kinh tế - xã hội tháng 9 năm 2017 tỉnh Quảng Bình\n\nDiện tích gieo cấy vụ mùa "
              "toàn tỉnh đạt 20.500 ha. Diện tích gieo cấy của các huyện: Bố Trạch đạt 3.100 ha; "
              "Lệ Thủy đạt 6.200 ha.\n")
    table = extract_document(report.encode(), "quang_binh.txt").tables["indicators"]
    keys = dict(zip(table["value"], table["indicator_key"], strict=True))
    assert keys == {20500: "cultivated_area", 3100: None, 6200: None}
    # words that only fold like a district's name ("tương đương", huyện Tương Dương) are no district
    growth = ("Tình hình kinh tế - xã hội 6 tháng năm 2024 tỉnh Nghệ An\n\nTổng sản phẩm (GRDP) ước đạt 25.000 "
              "tỷ đồng (tương đương 41,2% kế hoạch, tăng 6,1% so với cùng kỳ).\n")
    table = extract_document(growth.encode(), "nghe_an.txt").tables["indicators"]
    assert set(table["indicator_key"]) == {"grdp"}


@pytest.mark.parametrize("context", ["Diện tích lúa bị rầy nâu gây hại ", "diện tích vụ đông xuân bị ngập úng "])
def test_an_area_that_suffered_is_no_area_sown(context: str) -> None:
    assert catalog_key("", "ha", "level", context, " ha") is None
    assert catalog_key("", "ha", "level", "Diện tích vụ hè thu thực hiện ", " ha") == "cultivated_area"


def test_a_name_in_the_figures_own_segment_outranks_the_counted_noun() -> None:
    assert catalog_key("", "visit", "level", "trong đó khách quốc tế đạt hơn ", " nghìn lượt khách") == (
        "tourist_arrivals_international")
    assert catalog_key("", "visit", "level", "trong đó, khách nội địa: 700 lượt khách; khách quốc tế: ",
                       " lượt khách") == "tourist_arrivals_international"


def test_the_percent_of_an_absolute_change_is_the_entrys() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH LẠNG SƠN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2022\n\n1. Ngân hàng\n"
            "Tổng dư nợ đến 30/9/2022 đạt 20.000 tỷ đồng; so với 31/12/2021 tăng 1.000 tỷ đồng (+5,2%).\n")
    rows = extract_document(text.encode(), "lang_son.txt").tables["indicators"].iter_rows(named=True)
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys == {20000e9: "bank_credit", 1000e9: None, 5.2: "bank_credit"}


# --- phrasings of statistics releases and news of other provinces (held-out texts) ----------

def test_the_words_after_ve_name_what_changed() -> None:
    context = "Có 300 doanh nghiệp thành lập mới, vốn đăng ký 2.000 tỷ đồng (tăng "
    assert catalog_key("", "pct", "yoy_pct", context, "% về số doanh nghiệp, giảm 4% về vốn)") == "new_enterprises"


def test_an_entry_without_its_oil_is_not_the_entry() -> None:
    assert catalog_key("", "pct", "yoy_pct", "Tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí tăng ", "%") is None
    assert catalog_key("", "USD", "level", "Kim ngạch xuất khẩu (trừ dầu thô) đạt ", " tỷ USD") is None
    # the place's word between the name and its bracket
    subject = "Tổng sản phẩm trên địa bàn tỉnh (GRDP) không kể dầu khí tăng "
    assert catalog_key("", "pct", "yoy_pct", subject, "%") is None
    assert catalog_key("", "pct", "yoy_pct", "Tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng ", "%") == "grdp"


def test_names_what_changed() -> None:
    from orchestration.extraction.indicators import names_what_changed
    assert names_what_changed("% so với cùng kỳ về số lượng doanh nghiệp, giảm 3% về vốn")
    assert not names_what_changed("% so với cùng kỳ, về cơ bản ổn định")


def test_the_capital_named_after_ve_is_the_counted_entitys() -> None:
    context = "Có 90 doanh nghiệp thành lập mới, tăng 5% về số doanh nghiệp và tăng "
    assert catalog_key("", "pct", "yoy_pct", context, "% về vốn đăng ký") == "new_enterprises_capital"


def test_an_absolute_change_is_not_the_entrys_level() -> None:
    context = "Kim ngạch xuất khẩu tháng 5 đạt 900 triệu USD, tăng gần "
    assert catalog_key("", "USD", "level", context, " triệu USD so với tháng trước") is None


def test_a_part_after_trong_do_is_not_the_whole() -> None:
    context = "Chỉ số sản xuất công nghiệp tăng 9%, trong đó ngành khai khoáng tăng "
    assert catalog_key("", "pct", "yoy_pct", context, "%") is None
    context = "Tổng lượt khách đạt 2 triệu lượt, trong đó khách quốc tế đạt "
    assert catalog_key("", "visit", "level", context, " nghìn lượt") == "tourist_arrivals_international"


def test_growth_targets_of_trade_and_the_farm_sector_in_short() -> None:
    assert catalog_key("", "pct", "target", "Năm nay, kim ngạch xuất khẩu phấn đấu tăng ", "%") == "export_turnover"
    assert catalog_key("", "pct", "share_pct", "Tỷ trọng nông, lâm, thủy sản giảm còn ", "%") == "grdp_agriculture"


def test_travel_agency_revenue_is_not_tourism_revenue() -> None:
    assert catalog_key("", "VND", "level", "Doanh thu du lịch lữ hành ước đạt ", " tỉ đồng") is None
    assert catalog_key("", "VND", "level", "Doanh thu du lịch ước đạt ", " tỉ đồng") == "tourism_revenue"


@pytest.mark.parametrize(
    "segment", ["Lũy kế 5 tháng năm 2019 đạt khoảng ", "Tính chung 9 tháng đầu năm của tỉnh này ước đạt ",
                # a term and the average a change is taken over it
                "giai đoạn 2022 - 2026 tăng bình quân ", "bình quân giai đoạn 2022-2026 giảm ",
                "Giai đoạn 2022 - 2026 tăng bình quân mỗi năm "]
)
def test_a_segment_naming_only_its_period_has_no_subject_of_its_own(segment: str) -> None:
    assert own_subject(segment) == ""
    assert own_subject("Lũy kế 9 tháng, sản lượng lúa đạt ") != ""
    assert own_subject("giai đoạn 2022 - 2026 sản lượng lúa tăng bình quân ") != ""


@pytest.mark.parametrize(("context", "unit", "key"), [
    ("Vốn đầu tư thực hiện toàn xã hội quý II ước đạt ", "VND", "social_investment"),
    ("với 300 doanh nghiệp mới, nâng tổng số doanh nghiệp đăng ký hoạt động lên ", "enterprise", "enterprises_active"),
])
def test_investment_made_and_registered_enterprises_phrasings(context: str, unit: str, key: str) -> None:
    assert catalog_key(context, unit, "level", context) == key


def test_how_final_a_figure_is_or_its_excess_over_a_plan_names_no_subject() -> None:
    assert own_subject("quý III/2026 sơ bộ tăng ") == ""
    assert names_only_a_period("Năm 2025 chính thức tăng ")
    assert own_subject("Doanh thu du lịch sơ bộ đạt ") == "Doanh thu du lịch"
    assert own_subject("sản lượng điện thương phẩm vượt ") == "sản lượng điện thương phẩm"
    # near-miss: a subject that only holds the words elsewhere keeps them
    assert own_subject("Số lao động chính thức có việc làm đạt ") == "Số lao động chính thức có việc làm"
    # "không chính thức" (informal) is an adjective of the noun before it, the subject's last words
    assert own_subject("Điểm số về chi phí không chính thức đạt ") == "Điểm số về chi phí không chính thức"


def test_a_period_only_sentence_goes_on_with_the_subject_the_sentence_before_opened_with() -> None:
    assert names_only_a_period("Lũy kế 7 tháng đầu năm ước đạt hơn ")
    assert not names_only_a_period("Lũy kế 7 tháng, kim ngạch nhập khẩu đạt ")
    # a sentence opening with a count of months only ("Trong 9 tháng năm nay đạt ...") goes on too
    assert names_only_a_period("Trong 9 tháng đầu năm 2021 đạt hơn ")
    assert not names_only_a_period("9 tháng, sản lượng lúa đạt ")
    before = "Trong tháng 7, kim ngạch nhập khẩu của tỉnh ước đạt 120 triệu USD, tăng 5%.\n\n"
    assert opening_subject(before) == "Trong tháng 7, kim ngạch nhập khẩu của tỉnh"


@pytest.mark.parametrize(("context", "after", "unit", "key"), [
    ("Trong năm, huyện có thêm ", " xã và 45 thôn được công nhận đạt chuẩn NTM.", "count", "new_rural_communes"),
    ("Trong năm, huyện có thêm 7 xã và ", " thôn được công nhận đạt chuẩn NTM.", "count", None),
    ("Đến nay, ", "/28 xã đã đạt chuẩn nông thôn mới.", "count", "new_rural_communes"),
    ("Giá trị sản xuất CN-TTCN ước đạt ", " tỷ đồng.", "VND", "industrial_output"),
    ("Năm nay, giá trị sản xuất ngành CN - TTCN đạt ", " tỷ đồng.", "VND", "industrial_output"),
    ("Giá trị ngành dịch vụ đạt ", " tỷ đồng.", "VND", None),
    ("Toàn huyện có ", " xã đã được công nhận đạt chuẩn NTM.", "count", "new_rural_communes"),
    ("Quý I, UBND tỉnh phê duyệt chủ trương đầu tư cho ", " dự án.", "count", "investment_projects_approved"),
    # the papers handed over at a meeting: the projects approved
    ("Tại hội nghị, tỉnh trao quyết định chủ trương đầu tư cho ", " dự án.", "count", "investment_projects_approved"),
    ("Tỉnh trao giấy chứng nhận đăng ký đầu tư cho ", " dự án.", "count", "investment_projects_approved"),
    # near-miss: prizes handed over are no projects approved
    ("Tỉnh trao giấy khen cho ", " dự án khởi nghiệp.", "count", None),
    # near-miss: the capacity of a plant approved counts megawatts, no projects (the unit as written, in capitals)
    ("Tỉnh cấp chủ trương đầu tư cho nhà máy thủy điện Sông Lô 4 với công suất ", " MW.", "count", None),
])
def test_communes_recognised_and_projects_approved(context: str, after: str, unit: str, key: str | None) -> None:
    assert catalog_key(context, unit, "level", context, after) == key


def test_the_part_of_one_ownership_sector_is_not_the_entry() -> None:
    context = "Tháng 3, giá trị sản xuất công nghiệp khu vực kinh tế ngoài nhà nước ước đạt "
    assert catalog_key(context, "VND", "level", context) is None
    whole = "Tháng 3, giá trị sản xuất công nghiệp toàn tỉnh ước đạt "
    assert catalog_key(whole, "VND", "level", whole) == "industrial_output"


def _keys_by_value(text: str, name: str) -> dict[float, str | None]:
    from orchestration.extraction import extract_document

    rows = extract_document(text.encode(), name).tables["indicators"].iter_rows(named=True)
    return {r["value"]: r["indicator_key"] for r in rows}


def test_a_period_only_sentence_and_a_name_in_brackets_keep_their_subject() -> None:
    text = ("UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2023\n\n"
            "Tháng 5, kim ngạch nhập khẩu của tỉnh ước đạt 120 triệu USD, tăng 5% so với cùng kỳ.\n\n"
            "Lũy kế 5 tháng năm 2023 đạt khoảng 610 triệu USD.\n\n"
            "Chăn nuôi ổn định, tổng đàn bò ước đạt 41.000 con; "
            "chỉ số sản xuất công nghiệp (IIP) tăng 8,2% so với cùng kỳ.\n")
    keys = _keys_by_value(text, "yen_bai.txt")
    assert keys[610e6] == "import_turnover" and keys[8.2] == "industrial_production_index"


def test_a_measured_subject_of_its_own_is_not_the_entry_of_an_earlier_segment() -> None:
    context = "Chăn nuôi phát triển; sản lượng thịt hơi tăng 5,1%, sản lượng mật ong tăng "
    assert catalog_key("sản lượng mật ong", "pct", "yoy_pct", context) is None
    context = "Thủy sản: sản lượng nuôi trồng đạt "
    assert catalog_key("sản lượng nuôi trồng", "tonne", "level", context) == "aquaculture_output"


def test_a_number_said_in_two_scales_counts_the_noun_after_both() -> None:
    # "3 triệu 250 nghìn con": the scales and the unit belong to the number, not to a subject of its own
    assert catalog_key("Đàn vịt", "head", "level", "Chăn nuôi ổn định. Đàn vịt ",
                       " triệu 250 nghìn con, giảm 0,4% so với cùng kỳ") == "livestock_herd"


def test_the_meat_of_one_kind_of_animal_is_the_live_weight_meat_output() -> None:
    context = "Sản lượng thịt heo hơi xuất chuồng quý II ước đạt "
    assert catalog_key("Sản lượng thịt heo hơi xuất chuồng", "tonne", "level", context) == "meat_output"
    context = "; sản lượng thịt trâu hơi đạt "
    assert catalog_key("sản lượng thịt trâu hơi", "tonne", "level", context) == "meat_output"


def test_a_census_day_dates_its_own_clause_only() -> None:
    from orchestration.extraction import extract_document

    text = ("Tình hình chăn nuôi 6 tháng đầu năm 2021 tỉnh Hà Nam\n\n"
            "Đàn bò tại thời điểm 1/4/2021 là 21 nghìn con, giảm 1,5%; "
            "sản lượng thịt hơi ước 40 nghìn tấn, tăng 2%.\n")
    rows = extract_document(text.encode(), "ha_nam.txt").tables["indicators"].iter_rows(named=True)
    as_of = {r["value"]: r["as_of"] for r in rows}
    assert str(as_of[21000]) == "2021-04-01" and as_of[40000] is None


def test_communes_of_a_higher_standard_in_a_list_are_not_the_entry() -> None:
    context = "Trong năm, 06 xã được công nhận đạt chuẩn NTM, "
    assert catalog_key("", "count", "level", context, " xã đạt chuẩn NTM nâng cao.") is None
    assert catalog_key("toàn tỉnh", "enterprise", "level", "Trong quý, toàn tỉnh có ",
                       " doanh nghiệp được thành lập mới, tăng 12%") == "new_enterprises"


def test_enterprises_that_gave_notice_of_a_pause_are_not_the_active_stock() -> None:
    # "toàn tỉnh có N doanh nghiệp thông báo tạm ngừng ...": the notice names the pause, not the stock
    assert catalog_key("", "enterprise", "level", "Quý này, toàn tỉnh có ",
                       " doanh nghiệp thông báo tạm ngừng kinh doanh và 9 doanh nghiệp giải thể") == (
        "enterprises_suspended")


def test_the_capital_of_projects_given_an_investment_decision() -> None:
    context = "UBND tỉnh đã phê duyệt chủ trương đầu tư cho 4 dự án với tổng số vốn đầu tư "
    assert catalog_key("", "VND", "level", context) == "investment_projects_capital"


def test_a_revenue_part_after_the_total_and_a_total_named_with_a_comma() -> None:
    part = "Tổng mức bán lẻ ước đạt 9.000 tỷ đồng, doanh thu hoạt động dịch vụ ăn uống đạt "
    assert catalog_key("doanh thu hoạt động dịch vụ ăn uống", "VND", "level", part) is None
    one_name = "Tháng 4, tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng của tỉnh ước đạt "
    assert catalog_key("doanh thu dịch vụ tiêu dùng của tỉnh", "VND", "level", one_name) == "retail_sales"


def test_sector_names_written_with_hyphens() -> None:
    for context in ("khu vực nông - lâm - ngư nghiệp tăng ", "ngành nông-lâm nghiệp-thủy sản chiếm tỷ trọng "):
        assert catalog_key(context, "pct", "yoy_pct", context) == "grdp_agriculture"


def test_a_figure_alone_in_brackets_belongs_to_the_words_before_the_bracket() -> None:
    text = ("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\n\n"
            "Về cơ cấu kinh tế, khu vực công nghiệp - xây dựng chiếm tỷ trọng cao nhất (40,5%), "
            "kế đến là khu vực dịch vụ (35,2%).\n")
    keys = _keys_by_value(text, "lai_chau.txt")
    assert keys[40.5] == "grdp_industry_construction" and keys[35.2] == "grdp_services"


def test_a_name_after_a_bare_with_is_the_subject_of_the_amount_it_reaches() -> None:
    # "với" (with) is not "so với": the food crop output is this figure's subject, not a whole
    context = ("Trong lĩnh vực nông, lâm, thủy sản, ngành nông nghiệp phát triển ổn định "
               "với tổng sản lượng lương thực đạt ")
    assert catalog_key("", "tonne", "level", context, " nghìn tấn") == "food_crop_output"


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric", "key"),
    [
        ("Tổng sản phẩm (giá so sánh 2010) trên địa bàn tỉnh quý I đạt ", " tỷ đồng", "VND", "level", "grdp"),
        ("Khu vực công nghiệp và xây dựng tăng 9%, trong đó công nghiệp tăng ", "%", "pct", "yoy_pct",
         "grdp_industry"),
        # the industry's rate in brackets after the sector's growth, said with "là"
        ("Giá trị tăng thêm khu vực II tăng 8,1% (trong đó công nghiệp là ", "%)", "pct", "yoy_pct",
         "grdp_industry"),
        ("Cả năm toàn tỉnh trồng mới được ", " ha rừng sản xuất", "ha", "level", "forest_planting"),
        ("Trong quý, tỉnh đón 200 nghìn lượt khách du lịch, tăng 5%, doanh thu ước đạt ", " tỷ đồng", "VND", "level",
         "tourism_revenue"),
        ("Quý I đã đăng ký thành lập mới cho 85 doanh nghiệp, tăng 6% với số vốn đăng ký ", " tỷ đồng", "VND",
         "level", "new_enterprises_capital"),
    ],
)
def test_new_phrasings_of_catalog_entries(context: str, after: str, unit: str, metric: str, key: str) -> None:
    assert catalog_key("", unit, metric, context, after) == key


def test_tour_guests_are_a_part_of_the_arrivals() -> None:
    context = "Trong đó, khách lưu trú 50 nghìn lượt và khách du lịch theo tour "
    assert catalog_key("", "visit", "level", context, " lượt") is None


def test_another_province_in_a_list_is_not_the_report_entry() -> None:
    context = "Nhiều tỉnh có chỉ số IIP tăng khá như Lào Cai (15%), Sơn La ("
    assert catalog_key("Sơn La", "pct", "yoy_pct", context) is None
    first = "Nhiều tỉnh có chỉ số IIP tăng khá như Lào Cai ("
    assert catalog_key("tăng khá như Lào Cai", "pct", "yoy_pct", first) is None
    # the report's own province written with "tỉnh" keeps its entry
    assert catalog_key("tỉnh Sơn La", "point", "level", "Chỉ số PAPI năm 2024 của tỉnh Sơn La đạt ") == "papi_score"


def test_fishery_first_sector_name_and_stocked_aquaculture_area() -> None:
    context = "Theo giá hiện hành, khu vực ngư, nông, lâm nghiệp ước đạt "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "grdp_agriculture"
    context = "Từ đầu năm, nông dân đã thả nuôi được "
    assert catalog_key("", "ha", "level", context, " ha thủy sản các loại") == "aquaculture_area"


def test_stocking_and_shrimp_areas_are_aquaculture_area() -> None:
    context = "Vụ này bà con đã hoàn thành diện tích thả giống "
    assert catalog_key("", "ha", "level", context, " ha") == "aquaculture_area"
    context = "Sáu tháng, toàn huyện có diện tích thả nuôi đạt "
    assert catalog_key("", "ha", "level", context, " ha, tăng nhẹ") == "aquaculture_area"
    context = "Diện tích nuôi trồng thủy sản 900 ha, trong đó diện tích tôm thẻ chân trắng khoảng "
    assert catalog_key("", "ha", "level", context, " ha") == "aquaculture_area"


def test_planting_a_forest_said_with_its_area_first_or_its_kind_of_tree() -> None:
    context = "Quý I, các huyện đã trồng hơn "
    assert catalog_key("", "ha", "level", context, "ha rừng sản xuất") == "forest_planting"
    context = "Trong đó, diện tích trồng cây gỗ lớn ước "
    assert catalog_key("", "ha", "level", context, " ha") == "forest_planting"


def test_trained_labour_holding_a_certificate_is_not_the_trained_labour_rate() -> None:
    context = "Năm nay tỷ lệ lao động qua đào tạo có chứng chỉ là "
    assert catalog_key("", "pct", "level", context, "%") is None
    assert catalog_key("", "pct", "level", "Tỷ lệ lao động qua đào tạo năm nay là ", "%") == "trained_labour_rate"


def test_an_alias_ending_in_its_verb_names_only_the_number_after_that_verb() -> None:
    context = "Toàn xã còn 60 hộ nghèo, chiếm tỷ lệ 3,1% và 45 hộ cận nghèo, chiếm tỷ lệ "
    assert catalog_key("chiếm tỷ lệ", "pct", "level", context) is None
    context = "Toàn xã còn 60 hộ nghèo (giảm 12 hộ), chiếm tỷ lệ "
    assert catalog_key("chiếm tỷ lệ", "pct", "level", context) == "poverty_rate"


def test_capital_of_new_enterprises_after_a_semicolon() -> None:
    context = "Chín tháng, tỉnh đã thành lập mới 1.200 doanh nghiệp, tăng 8%; với tổng vốn đăng ký hơn "
    assert catalog_key("với tổng vốn đăng ký hơn", "VND", "level", context, " tỷ đồng") == "new_enterprises_capital"


def test_income_per_head_after_the_growth_rate_is_not_grdp() -> None:
    context = "Tốc độ tăng trưởng kinh tế đạt 8,1%, thu nhập bình quân đầu người tăng lên "
    assert catalog_key("thu nhập bình quân đầu người tăng lên", "VND", "level", context, " triệu đồng") is None


def test_domestic_jobs_are_a_part_of_the_jobs_created() -> None:
    context = "Tạo việc làm cho 9.000 người. Trong đó: giải quyết việc làm trong nước đạt "
    assert catalog_key("giải quyết việc làm trong nước", "person", "level", context, " người") is None


# --- round 6: lists read "respectively", investment carried out ----------------------------------

def test_sectors_named_by_number_take_their_place_in_a_list_read_respectively() -> None:
    text = ("UBND TỈNH TRÀ VINH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n"
            "Cơ cấu kinh tế các khu vực I - II - III lần lượt là 30,1% - 25,2% - 40,3%, đúng định hướng.\n")
    assert _keys_by_value(text, "tra_vinh.txt") == {
        30.1: "grdp_agriculture", 25.2: "grdp_industry_construction", 40.3: "grdp_services"}


def test_last_years_structure_restates_this_years_sectors_in_order() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH BẠC LIÊU\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2023\n\n"
            "Về cơ cấu: khu vực nông, lâm nghiệp và thủy sản chiếm 35,5%; khu vực công nghiệp và xây dựng chiếm 20,5%; "
            "khu vực dịch vụ chiếm 44,0% (cơ cấu tương ứng cùng kỳ năm 2022 là: 37,1%; 19,9%; 43,0%).\n")
    rows = list(extract_document(text.encode(), "bac_lieu.txt").tables["indicators"].iter_rows(named=True))
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[37.1] == keys[35.5] == "grdp_agriculture"
    assert keys[19.9] == "grdp_industry_construction" and keys[43.0] == "grdp_services"
    years = {r["value"]: r["period_start"].year for r in rows}
    assert years[37.1] == years[19.9] == years[43.0] == 2022 and years[44.0] == 2023


def test_one_restated_amount_is_not_a_list() -> None:
    from orchestration.extraction.indicators import respective_place

    text = "Số hộ nghèo giảm 420 hộ, tương ứng giảm 1,2%"
    assert respective_place(text, text.index("1,2")) is None
    text = "khu vực I - II - III tương ứng là 40% - 16% - 39%"
    place = respective_place(text, text.index("16%"))
    assert (place.position, place.size) == (1, 3)


def test_total_investment_carried_out_is_social_investment() -> None:
    context = "Tổng vốn đầu tư ước thực hiện được trên "
    assert catalog_key("Tổng vốn đầu tư", "VND", "level", context, " tỷ đồng") == "social_investment"
    context = "Tổng vốn đầu tư thực hiện dự án đạt "
    assert catalog_key("Tổng vốn đầu tư thực hiện dự án", "VND", "level", context, " tỷ đồng") is None


def test_trade_through_the_border_gates_is_not_the_provinces_trade() -> None:
    context = "Tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt "
    assert catalog_key("Tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh", "USD", "level", context,
                       " triệu USD") is None
    context = "Tổng kim ngạch xuất nhập khẩu của tỉnh đạt "
    assert catalog_key("Tổng kim ngạch xuất nhập khẩu của tỉnh", "USD", "level", context, " triệu USD") == (
        "trade_turnover")


def test_a_planned_growth_rate_of_a_sector_is_its_target_but_a_contribution_is_not() -> None:
    context = "+ Dịch vụ tăng 8,1% (kế hoạch tăng "
    assert catalog_key("kế hoạch tăng", "pct", "target", context, "%)") == "grdp_services"
    context = "Khu vực dịch vụ tăng 8,1%, đóng góp cho tăng trưởng chung "
    assert catalog_key("đóng góp cho tăng trưởng chung", "pct", "level", context, " điểm phần trăm") is None


def test_industry_alone_and_projects_attracted() -> None:
    context = "Công nghiệp - Xây dựng tăng 10,2%; riêng công nghiệp tăng "
    assert catalog_key("riêng công nghiệp", "pct", "yoy_pct", context, "%") == "grdp_industry"
    context = "Năm 2023, toàn tỉnh thu hút mới "
    assert catalog_key("", "count", "level", context, " dự án với vốn đăng ký") == "investment_projects_approved"


def test_goods_in_a_trade_turnover_do_not_make_it_imports() -> None:
    context = "Tổng kim ngạch xuất nhập khẩu hàng hóa ước đạt "
    assert catalog_key("Tổng kim ngạch xuất nhập khẩu hàng hóa", "USD", "level", context, " triệu USD") == (
        "trade_turnover")
    assert catalog_key("nhập khẩu hàng hóa", "USD", "level", "Giá trị nhập khẩu hàng hóa đạt ", " triệu USD") == (
        "import_turnover")


def test_guests_staying_overnight_are_a_part_of_the_arrivals_given_before() -> None:
    text = ("UBND TỈNH LÂM ĐỒNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n"
            "Năm 2023, tổng lượt khách đến tỉnh đạt 8,1 triệu lượt, tăng 9%. Khách qua lưu trú đạt "
            "5,2 triệu lượt, tăng 12%.\n\n"
            "Riêng tháng 12, toàn tỉnh đón khoảng 640.000 lượt khách lưu trú, tăng 7%.\n")
    keys = _keys_by_value(text, "lam_dong.txt")
    assert keys[8.1e6] == "tourist_arrivals" and keys[5.2e6] is None and keys[12] is None
    assert keys[640000] == "tourist_arrivals"  # alone in its paragraph: the arrivals counted
    # "khách nghỉ tại các cơ sở lưu trú": the same guests, said with the lodgings they rest at
    resting = ("Tháng 5, lượt khách đến các khu du lịch đạt 90.000 lượt. Lượng khách nghỉ tại các cơ sở lưu trú "
               "đạt 31.000 lượt.\n")
    assert _keys_by_value(text.split("Năm 2023")[0] + resting, "lam_dong.txt")[31000] is None


def test_guests_counted_in_bare_visits_are_the_arrivals_when_nothing_else_is_named() -> None:
    for context in ("Khách lưu trú ước đạt ", "Số khách tham quan trong quý đạt ", "Năm 2026, khách nghỉ dưỡng đạt ",
                    "Số lượt khách trong nước và quốc tế đạt "):
        assert catalog_key(context.strip(), "visit", "level", context, " nghìn lượt, tăng 6%") == "tourist_arrivals"
    # near-misses: passengers and customers are no guests; a clause of its own with no guests named in it; a
    # counted noun written after "lượt" is the one counted
    assert catalog_key("Vận chuyển hành khách", "visit", "level", "Vận chuyển hành khách ", " triệu lượt") is None
    assert catalog_key("Khách hàng giao dịch", "visit", "level", "Khách hàng giao dịch ", " lượt") is None
    assert catalog_key("lưu trú", "visit", "level", "Đón 9.000 lượt khách, trong đó lưu trú ", " lượt") is None
    assert catalog_key("Khách lưu trú", "visit", "level", "Khách lưu trú ", " lượt người") is None
    # guests of one origin are not read as all the guests (their own entry, if any, names them)
    from orchestration.extraction.indicators import _guests_counted_in_bare_visits
    assert not _guests_counted_in_bare_visits("", "Khách nước ngoài nghỉ dưỡng ", " lượt")


def test_the_items_of_a_bulleted_list_break_down_the_arrivals_its_colon_opened() -> None:
    text = ("UBND TỈNH NINH THUẬN\nBÁO CÁO\nHoạt động du lịch quý III năm 2021\n\n"
            "Quý III, các điểm đến của tỉnh phục vụ gần 1,9 triệu lượt khách, trong đó:\n"
            "- Tổng lượng khách lưu trú khoảng 640 nghìn lượt đạt 71,5% kế hoạch, giảm 3,2% so với cùng kỳ.\n"
            "- Khách quốc tế đạt 12 nghìn lượt.\n")
    keys = _keys_by_value(text, "ninh_thuan.txt")
    assert keys[1.9e6] == "tourist_arrivals" and keys[12000] == "tourist_arrivals_international"
    # the staying guests, their share of the plan and their change are the part's, not the arrivals'
    assert keys[640000] is None and keys[71.5] is None and keys[-3.2] is None


def test_guests_served_overnight_day_visitors_and_cruise_passengers_are_parts_of_the_arrivals() -> None:
    text = ("UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2022\n\n"
            "Quý I, tổng lượt khách đến tỉnh đạt 820 nghìn lượt, tăng 6%; khách đến bằng tàu biển 21 nghìn lượt. "
            "Tổng lượt khách các cơ sở lưu trú phục vụ đạt 410 nghìn lượt, tăng 4%; trong đó khách ngủ qua đêm "
            "300 nghìn lượt, khách tham quan trong ngày 110 nghìn lượt.\n")
    keys = _keys_by_value(text, "khanh_hoa.txt")
    assert keys[820000] == "tourist_arrivals"
    assert keys[21000] is None and keys[410000] is None and keys[4] is None
    assert keys[300000] is None and keys[110000] is None


def test_a_name_closed_by_a_comma_is_the_subject_of_the_change_after_it() -> None:
    text = ("date 2024-07\nKinh tế 6 tháng\n\nSáu tháng đầu năm, kinh tế của tỉnh Yên Bái tăng 6,1%. Trong đó khu vực "
            "dịch vụ tăng 7,2%, đóng góp 3,1 điểm phần trăm; khu vực công nghiệp và xây dựng, tăng 5,4%.\n")
    keys = _keys_by_value(text, "yen_bai.txt")
    assert keys[5.4] == "grdp_industry_construction" and keys[7.2] == "grdp_services"


def test_the_growth_a_sector_contributed_to_does_not_name_the_next_figure() -> None:
    context = ("Khu vực dịch vụ đạt 900 tỷ đồng, tăng 6,1%, đóng góp 2,0 điểm phần trăm vào tăng trưởng GRDP "
               "của tỉnh, cao hơn cùng kỳ (năm 2022 tăng ")
    assert catalog_key("năm 2022 tăng", "pct", "yoy_pct", context, "%)") == "grdp_services"


def test_area_totals_named_by_a_period_or_a_tourism_sentence() -> None:
    text = ("UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2024\n\n"
            "Ngành du lịch phục hồi mạnh, tỉnh đón được hơn 210.000 lượt người đến An Giang với tổng doanh thu "
            "khoảng 96 tỷ đồng.\n\n"
            "Tổng vốn đầu tư trong 6 tháng đầu năm trên địa bàn tỉnh đạt 4.120 tỷ đồng.\n\n"
            "Trong kỳ, tỉnh thu hút được 11 dự án đầu tư, điều chỉnh tăng vốn 4 dự án.\n\n"
            "Trong đó ngành công nghiệp tăng 9,1%, ngành xây dựng tăng 6,3%.\n\n"
            "Tỉnh phấn đấu năm 2024 tăng trưởng trên 8,2%.\n")
    keys = _keys_by_value(text, "ag.txt")
    assert keys[210000] == "tourist_arrivals"
    assert keys[96e9] == "tourism_revenue"
    assert keys[4120e9] == "social_investment"
    assert keys[11] == "investment_projects_approved"
    assert keys.get(4) is None  # the adjusted projects are not the approved ones
    assert keys[6.3] == "grdp_construction"
    assert keys[8.2] == "grdp"


def test_a_project_capital_and_worshippers_keep_no_area_key() -> None:
    # a project's own total and visitors to a temple are not the province's investment or tourists
    context = "Dự án có tổng vốn đầu tư 9 tháng đầu năm của các dự án FDI đạt "
    assert catalog_key(context, "VND", "level", context) != "social_investment"
    temple = "Đền mới tu bổ, những ngày đầu năm đã thu hút khoảng "
    assert catalog_key(temple, "visit", "level", temple, " lượt người đến lễ bái") is None


def test_parts_of_customs_declared_trade_are_not_the_provinces() -> None:
    context = ("Kim ngạch xuất nhập khẩu mở tờ khai tại Chi cục Hải quan cửa khẩu đạt 640 triệu USD, xuất khẩu "
               "410 triệu USD (chủ yếu là nông sản, thủy sản, gỗ dán, đồ gỗ, máy móc và các loại hàng khác), "
               "nhập khẩu đạt ")
    assert catalog_key("", "USD", "level", context) is None
    own = "Kim ngạch xuất nhập khẩu của tỉnh đạt 640 triệu USD, nhập khẩu đạt "
    assert catalog_key("", "USD", "level", own) == "import_turnover"


def test_the_stock_of_all_projects_so_far_is_not_the_periods_capital() -> None:
    stock = "Lũy kế đến nay, tỉnh có 57 dự án đầu tư nước ngoài với tổng vốn đăng ký "
    assert catalog_key("", "USD", "level", stock) != "investment_projects_capital"
    period = "Trong năm, tỉnh cấp mới 12 dự án với tổng vốn đăng ký "
    assert catalog_key("", "USD", "level", period) == "investment_projects_capital"
    # a running total over the months said is the period's own approvals
    months = "Lũy kế 9 tháng năm 2024, tỉnh có 14 dự án được chấp thuận chủ trương đầu tư với tổng vốn "
    assert catalog_key("", "VND", "level", months) == "investment_projects_capital"


def test_licences_given_so_far_count_the_stock_of_projects() -> None:
    stock = "Lũy kế đến nay, Ban đã cấp Giấy CNĐT cho 180 dự án; trong đó có 90 dự án với số vốn đầu tư đăng ký là "
    assert catalog_key("", "VND", "level", stock) != "investment_projects_capital"
    year = "Từ đầu năm đến nay, tỉnh đã cấp giấy chứng nhận cho 12 dự án với tổng vốn đăng ký "
    assert catalog_key("", "VND", "level", year) == "investment_projects_capital"


def test_a_decision_on_the_investment_policy_approves_projects() -> None:
    count = "Trong quý III, tỉnh có "
    assert catalog_key("", "count", "level", count, "5 dự án được quyết định chủ trương đầu tư") == (
        "investment_projects_approved")
    capital = "Quý II có 4 dự án được quyết định chấp thuận chủ trương đầu tư với tổng quy mô vốn đầu tư là "
    assert catalog_key("", "VND", "level", capital) == "investment_projects_capital"
    added = "Có 9 dự án được điều chỉnh chủ trương đầu tư với tổng vốn tăng thêm "
    assert catalog_key("", "VND", "level", added) != "investment_projects_capital"


def test_goods_retail_beside_its_services_is_a_part() -> None:
    before = "So với cùng kỳ, bán lẻ hàng hóa tăng "
    services = " , doanh thu lưu trú, ăn uống tăng 9% và dịch vụ khác tăng 7%."
    assert catalog_key("", "pct", "yoy_pct", before, "10%" + services) is None
    whole = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng "
    assert catalog_key("", "pct", "yoy_pct", whole, "10%" + services) == "retail_sales"
    assert catalog_key("", "pct", "yoy_pct", before, "10% so với cùng kỳ.") == "retail_sales"


def test_numbered_sectors_are_catalog_keys_and_read_in_order() -> None:
    from orchestration.extraction.indicators import respective_key, respective_place
    from orchestration.extraction.vocabulary import read_table

    sectors = read_table("words/numbered_sectors.csv")
    catalog = {row["indicator_key"] for row in read_table("indicator_catalog.csv")}
    assert {row["indicator_key"] for row in sectors} <= catalog
    text = "Cơ cấu khu vực III - I tương ứng là 52% - 18%"
    keys = [respective_key(text, respective_place(text, text.index(n)), []) for n in ("52%", "18%")]
    assert keys == ["grdp_services", "grdp_agriculture"]


def test_round_8_news_phrasings_of_tourism_revenue_and_capital() -> None:
    tourism = "Cả tỉnh đón 2,1 triệu lượt khách, tăng 9%, mang lại doanh thu "
    assert catalog_key("", "VND", "level", tourism) == "tourism_revenue"
    assert catalog_key("", "VND", "level", "Doanh thu xã hội từ du lịch ước khoảng ") == "tourism_revenue"
    new_firms = "Có 310 doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký "
    assert catalog_key("", "VND", "level", new_firms) == "new_enterprises_capital"
    assert catalog_key("", "pct", "yoy_pct", "Số doanh nghiệp cấp mới giảm ") == "new_enterprises"
    projects = "Tỉnh chấp thuận chủ trương đầu tư 30 dự án với tổng vốn đầu tư đăng ký "
    assert catalog_key("", "VND", "level", projects) == "investment_projects_capital"
    assert catalog_key("", "USD", "level", "Có 40 dự án đầu tư mới với tổng vốn ") == "investment_projects_capital"
    active = "Toàn tỉnh có "
    assert catalog_key("", "enterprise", "level", active, " doanh nghiệp hoạt động trong nền kinh tế") == (
        "enterprises_active")


def test_round_8_fishery_total_adjusted_projects_and_production_value_parts() -> None:
    total = "Tổng sản lượng khai thác và nuôi trồng thủy sản đạt "
    assert catalog_key("", "tonne", "level", total) == "aquaculture_output"
    adjusted = "Cấp giấy chứng nhận đăng ký đầu tư cho 50 dự án mới, "
    assert catalog_key("", "count", "level", adjusted, " dự án được điều chỉnh tăng vốn") is None
    assert catalog_key("", "count", "level", "Trong năm thu hút mới ", " dự án") == "investment_projects_approved"
    part = "Tổng giá trị sản xuất đạt 900 tỷ đồng, trong đó nông, lâm nghiệp và thủy sản đạt "
    assert catalog_key("", "VND", "level", part) is None
    grdp = "GRDP đạt 9.000 tỷ đồng, trong đó nông, lâm nghiệp và thủy sản đạt "
    assert catalog_key("", "VND", "level", grdp) == "grdp_agriculture"


def test_round_8_whole_after_a_share_harvest_growth_and_industry_phrasings() -> None:
    share = "Cà phê và hồ tiêu chiếm "
    assert catalog_key("", "pct", "share_pct", share, "% tổng kim ngạch xuất khẩu của tỉnh") is None
    harvest = "Diện tích gieo cấy lúa hè thu đạt 30.000 ha, thu hoạch "
    assert catalog_key("", "ha", "level", harvest) is None
    assert catalog_key("", "ha", "level", "Diện tích gieo cấy lúa hè thu đạt ") == "cultivated_area"
    assert catalog_key("", "pct", "yoy_pct", "6 tháng, kinh tế Lào Cai tăng trưởng ") == "grdp"
    assert catalog_key("", "pct", "yoy_pct", "Kinh tế tư nhân tăng trưởng ") is None
    industry = "Sản xuất công nghiệp dù gặp khó khăn thực hiện "
    assert catalog_key("", "VND", "level", industry, " tỷ đồng") == "industrial_output"


def test_round_8_a_growing_province_grain_sector_shares_and_named_capital() -> None:
    assert catalog_key("", "pct", "yoy_pct", "Nhờ công nghiệp, Thái Bình tăng trưởng ") == "grdp"
    assert catalog_key("", "pct", "yoy_pct", "Doanh nghiệp tăng trưởng ") is None
    assert catalog_key("", "tonne", "level", "Sản lượng hạt lương thực ước đạt ") == "food_crop_output"
    after_grain = "Sản lượng hạt lương thực đạt 200 nghìn tấn, tăng 1%. Sản lượng rau các loại đạt "
    assert catalog_key("", "tonne", "level", after_grain) is None
    assert catalog_key("", "pct", "share_pct", "Trong cơ cấu, tính riêng công nghiệp là ") == "grdp_industry"
    assert catalog_key("", "pct", "share_pct", "Công nghiệp chiếm 40%, tiếp theo là ngành dịch vụ ") == (
        "grdp_services")
    fdi = "Kim ngạch xuất nhập khẩu đạt 2 tỷ USD; thu hút "
    assert catalog_key("", "USD", "level", fdi, " triệu USD vốn đầu tư FDI") is None


def test_round_8_branches_abbreviated_sectors_and_bare_service_shares() -> None:
    branch = "Khu vực công nghiệp - xây dựng tăng 12%. Ngành khai khoáng giữ vai trò quan trọng, tăng "
    assert catalog_key("", "pct", "yoy_pct", branch) is None
    assert catalog_key("", "pct", "yoy_pct", "Trong đó, CN-XD giảm ") == "grdp_industry_construction"
    assert catalog_key("", "pct", "share_pct", "Cơ cấu: nông nghiệp 20%; dịch vụ ", "%.") == "grdp_services"


def test_sectors_numbered_in_arabic_take_their_keys() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH TÂY NINH\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2024\n\n"
            "GRDP quý II ước tăng 6,2%. Trong đó khu vực 1 tăng 3,1%; khu vực 2 tăng 8,4% và khu vực 3 tăng 5,9%.\n")
    rows = extract_document(text.encode(), "tay_ninh.txt").tables["indicators"].iter_rows(named=True)
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys == {6.2: "grdp", 3.1: "grdp_agriculture", 8.4: "grdp_industry_construction", 5.9: "grdp_services"}


def test_grdp_misspelt_is_still_the_grdp() -> None:
    assert catalog_key("Tăng trưởng GDRP", "pct", "yoy_pct") == "grdp"


def test_investment_certificates_and_their_capital_are_approved_projects() -> None:
    certified = "Về đầu tư trong nước, tỉnh cấp giấy chứng nhận đầu tư cho "
    assert catalog_key("", "count", "level", certified, " dự án") == "investment_projects_approved"
    assert catalog_key("", "count", "level", "Năm 2024, tỉnh tiếp nhận ", " dự án FDI") == (
        "investment_projects_approved")
    capital = "Tỉnh cấp giấy chứng nhận đầu tư cho 12 dự án, tăng 3 dự án; tổng vốn đăng ký mới "
    assert catalog_key("", "VND", "level", capital, " tỷ đồng") == "investment_projects_capital"
    assert catalog_key("", "USD", "level", "Tỉnh tiếp nhận 45 dự án FDI với tổng vốn ", " triệu USD") == (
        "investment_projects_capital")


def test_the_capital_and_count_of_new_enterprises_named_after_the_percent() -> None:
    opened = "Quý I thành lập mới 320 doanh nghiệp, tổng vốn "
    assert catalog_key("", "VND", "level", opened, " tỷ đồng") == "new_enterprises_capital"
    grew = "Quý I thành lập mới 320 doanh nghiệp, tổng vốn 900 tỷ đồng, so với cùng kỳ tăng "
    assert catalog_key("", "pct", "yoy_pct", grew, "% số doanh nghiệp và tăng 20% số vốn") == "new_enterprises"


def test_the_parts_of_a_production_value_broken_down_in_the_next_sentence_are_no_grdp_sectors() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND HUYỆN NAM TRÀ MY\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
            "Tổng giá trị sản xuất ước đạt 1.200 tỷ đồng, tăng 9% so với năm 2023. Trong đó, nông - lâm "
            "nghiệp, thủy sản ước đạt 400 tỷ đồng, tăng 5%; công nghiệp - xây dựng ước đạt 300 tỷ đồng.\n")
    rows = extract_document(text.encode(), "nam_tra_my.txt").tables["indicators"].iter_rows(named=True)
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[400e9] is None and keys[5.0] is None and keys[300e9] is None


def test_a_rate_of_what_is_done_for_the_herd_is_no_herd() -> None:
    vaccinated = "Tỷ lệ tiêm phòng vắc xin cho đàn gia súc đạt "
    assert catalog_key("", "pct", "plan_pct", vaccinated, "% kế hoạch") is None
    assert catalog_key("", "head", "level", "Tổng đàn gia súc đạt ", " con") == "livestock_herd"


def test_round_11_new_firms_active_firms_approved_capital_and_tourism_revenue() -> None:
    registered = "Từ đầu năm, số doanh nghiệp đăng ký kinh doanh mới là "
    assert catalog_key("", "enterprise", "level", registered, " doanh nghiệp") == "new_enterprises"
    new_firms = "Cả tỉnh có 420 doanh nghiệp thành lập mới, với tổng số vốn "
    assert catalog_key("", "VND", "level", new_firms) == "new_enterprises_capital"
    assert catalog_key("", "enterprise", "level", "Hiện toàn tỉnh có ", " doanh nghiệp còn hoạt động") == (
        "enterprises_active")
    fdi = "Tỉnh cấp mới 2 dự án FDI với số vốn "
    assert catalog_key("", "USD", "level", fdi) == "investment_projects_capital"
    adjusted = "điều chỉnh tăng vốn cho 12 dự án với số vốn đầu tư tăng thêm "
    assert catalog_key("", "USD", "level", adjusted) is None  # the capital added, not approved
    revenue = "Du lịch đón 800.000 lượt du khách đạt doanh thu "
    assert catalog_key("", "VND", "level", revenue) == "tourism_revenue"


def test_round_11_industry_construction_and_services_together_are_no_single_sector() -> None:
    together = "Cơ cấu kinh tế: nông nghiệp 20%; công nghiệp, xây dựng và dịch vụ chiếm "
    assert catalog_key("", "pct", "share_pct", together) is None
    assert catalog_key("", "pct", "share_pct", "Khu vực công nghiệp, xây dựng chiếm ") == (
        "grdp_industry_construction")


def test_round_11_a_markets_exports_the_trade_balance_and_the_projects_so_far_have_no_key() -> None:
    market = "Trong đó thị trường Nhật Bản chiếm tỷ trọng lớn với kim ngạch xuất khẩu đạt "
    assert catalog_key("", "USD", "level", market) is None
    second = "Kim ngạch xuất khẩu đạt 5 tỷ USD, trong đó sang Hoa Kỳ đạt "
    assert catalog_key("", "USD", "level", second) is None
    assert catalog_key("", "USD", "level", "Kim ngạch xuất khẩu đạt 3 tỷ USD, xuất siêu ") is None
    assert catalog_key("", "USD", "level", "Kim ngạch xuất khẩu hàng hóa ước đạt ") == "export_turnover"
    assert catalog_key("", "pct", "change_pct", "tổng giá trị hàng xuất khẩu gấp ") == "export_turnover"
    so_far = "Đến nay, toàn tỉnh có "
    assert catalog_key("", "count", "level", so_far, " dự án được cấp chủ trương đầu tư") is None
    granted = "Từ đầu năm đến nay, tỉnh đã cấp "
    assert catalog_key("", "count", "level", granted, " chủ trương đầu tư dự án") == "investment_projects_approved"
    registered = "Tổng số vốn đăng ký đầu tư từ đầu năm đạt "
    assert catalog_key("", "VND", "level", registered) == "investment_projects_capital"
    cumulative = "Lũy kế 10 tháng, tỉnh có "
    assert catalog_key("", "count", "level", cumulative, " dự án được chấp thuận chủ trương đầu tư") == (
        "investment_projects_approved")


def test_round_11_batch_3_phrasings() -> None:
    assert catalog_key("", "VND", "level", "Tổng đầu tư xã hội ") == "social_investment"
    assert catalog_key("", "VND", "level", "IIP tăng 15%; Du lịch đạt ") == "tourism_revenue"
    assert catalog_key("", "visit", "level", "IIP tăng 15%; Du lịch đạt ", " lượt khách") != "tourism_revenue"
    assert catalog_key("", "count", "level", "đầu tư FDI là 400 triệu USD, ", " dự án mới") == (
        "investment_projects_approved")
    assert catalog_key("", "count", "level", "Có ", " dự án mới đầu tư vào các khu công nghiệp") is None
    assert catalog_key("", "USD", "level", "Trong đó, cấp mới 70 dự án, tổng vốn ") == "investment_projects_capital"
    firms = "Có 11 dự án mới; thành lập 459 doanh nghiệp mới (+37,8%), vốn đăng ký gấp "
    assert catalog_key("", "pct", "yoy_pct", firms, " lần cùng kỳ") == "new_enterprises_capital"
    together = "khu vực công nghiệp, xây dựng, dịch vụ chiếm trên "
    assert catalog_key("", "pct", "share_pct", together) is None


def test_a_quarter_alone_goes_on_with_the_subject_before() -> None:
    assert names_only_a_period("quý II/2024 tăng ")


def test_round_11_poverty_near_poor_temporary_houses_and_capture_output() -> None:
    assert catalog_key("", "pct", "level", "Tổng số hộ nghèo ở tỉnh còn 7.000 hộ, tỷ lệ ") == "poverty_rate"
    assert catalog_key("", "pct", "level", "Tỷ lệ hộ nghèo còn 3%, hộ cận nghèo là ") is None
    assert catalog_key("", "house", "level", "Huyện còn ", " nhà tạm cần được hỗ trợ") is None
    assert catalog_key("", "house", "level", "Đã xóa ", " nhà tạm cho hộ nghèo") == "temporary_houses_removed"
    assert catalog_key("", "tonne", "level", "Sản lượng khai thác thủy sản ước đạt ") is None
    assert catalog_key("", "tonne", "level", "Tổng sản lượng thủy sản ước đạt ") == "aquaculture_output"


def test_a_period_alone_after_a_breakdown_goes_on_with_the_whole() -> None:
    before = "Sản lượng thủy sản tháng 7 đạt 50.000 tấn, tăng 5%. Trong đó, tôm 20.000 tấn, tăng 11%. "
    assert opening_subject(before) == "Sản lượng thủy sản tháng 7"


def test_round_11_arrivals_counted_after_the_verb_and_a_share_of_the_grdp() -> None:
    assert catalog_key("", "visit", "level", "Cả năm toàn tỉnh đón trên ", " triệu lượt đến tham quan") == (
        "tourist_arrivals")
    assert catalog_key("", "visit", "level", "Tỉnh đón ", " lượt khách quốc tế") == "tourist_arrivals_international"
    plan = "Tổng vốn đầu tư toàn xã hội bằng 28,5% GRDP (kế hoạch từ "
    assert catalog_key("", "pct", "target", plan) == "social_investment"


def test_round_12_subjects_named_before_a_count_a_district_and_a_share_of_the_grdp() -> None:
    # a province opening the sentence after its period is the report's, not an item of a list
    opening = "Trong 6 tháng đầu năm 2023, Lạng Sơn có "
    assert catalog_key("Lạng Sơn", "enterprise", "level", opening, " doanh nghiệp đăng ký mới") == "new_enterprises"
    assert catalog_key("Lạng Sơn", "pct", "yoy_pct", "tăng cao như Cao Bằng (9%), Lạng Sơn ") is None
    # the noun the level counted does not outrank the subject named before it
    guests = "trong đó khách quốc tế đạt 12.000 lượt khách tăng "
    assert catalog_key("", "pct", "yoy_pct", guests) == "tourist_arrivals_international"
    # running totals of trade, trade "về" after a plan share, an OCOP programme's products
    assert catalog_key("", "USD", "level", "Xuất khẩu lũy kế đến tháng 6 ước đạt ") == "export_turnover"
    assert catalog_key("", "pct", "plan_pct", "Tỉnh đã hoàn thành ", "% về nhập khẩu") == "import_turnover"
    assert catalog_key("", "pct", "plan_pct", "Tỉnh đã hoàn thành ", "% về xuất khẩu lao động") == "overseas_workers"
    assert catalog_key("", "product", "level", "Chương trình OCOP của tỉnh có ", " sản phẩm") == "ocop_products"
    fdi = "Tỉnh thu hút 12 dự án có vốn đầu tư nước ngoài (FDI) với tổng số vốn "
    assert catalog_key("", "USD", "level", fdi) == "investment_projects_capital"
    # a district's figure, and a part's share of the GRDP
    assert catalog_key("", "visit", "level", "Riêng tại đặc khu Côn Đảo, ước đón ", " lượt khách") is None
    assert catalog_key("", "visit", "level", "Toàn tỉnh ước đón ", " lượt khách") == "tourist_arrivals"
    assert catalog_key("", "pct", "share_pct", "dịch vụ giữ vai trò chủ đạo trong cơ cấu GRDP (chiếm ") is None


def test_round_12_perennial_crops_parts_of_the_exports_approved_projects_and_named_districts() -> None:
    assert catalog_key("", "ha", "level", "Diện tích cây cà phê toàn tỉnh khoảng ") is None
    assert catalog_key("", "ha", "level", "Diện tích trồng điều của các hộ khoảng ") is None
    assert catalog_key("", "ha", "level", "Diện tích cây dừa toàn tỉnh khoảng ") is None
    assert catalog_key("", "ha", "level", "Diện tích ca cao và măng cụt khoảng ") is None
    assert catalog_key("", "ha", "level", "Diện tích gieo trồng lúa vụ mùa đạt ") == "cultivated_area"
    assert catalog_key("", "ha", "level", "các chủ rừng đã bảo vệ tốt ", " ha diện tích rừng trồng") is None
    assert catalog_key("", "USD", "level", "Kim ngạch xuất khẩu sản phẩm cao su đạt ") != "export_turnover"
    assert catalog_key("", "USD", "level", "kim ngạch xuất khẩu của doanh nghiệp trong nước đạt ") is None
    assert catalog_key("", "USD", "level", "kim ngạch xuất khẩu của tỉnh đạt ") == "export_turnover"
    assert catalog_key("", "count", "level", "Năm nay có ", " dự án được phê duyệt với tổng vốn 900 tỷ đồng") == (
        "investment_projects_approved")
    assert catalog_key("", "visit", "level", "Trong đó, huyện Châu Thành đón ", " lượt khách") is None
    assert catalog_key("", "count", "level", "Trong đó, thành phố đã cấp mới cho ", " dự án") == (
        "investment_projects_approved")


def test_round_12_a_production_value_without_the_refinery_is_a_part() -> None:
    assert catalog_key("", "pct", "plan_pct", "giá trị sản xuất công nghiệp ngoài sản phẩm lọc hóa dầu vượt ") is None
    assert catalog_key("", "pct", "plan_pct", "giá trị sản xuất công nghiệp vượt ") == "industrial_output"


def test_round_12_a_daily_average_and_a_subject_after_and() -> None:
    assert catalog_key("", "pct", "yoy_pct", "Số khách du lịch bình quân mỗi ngày tăng ") is None
    assert catalog_key("", "pct", "yoy_pct", "Số khách du lịch tăng ") == "tourist_arrivals"
    stayed = "Khách quốc tế đạt 900 lượt, tăng 2%, và khách lưu trú đạt "
    assert catalog_key("", "visit", "level", stayed, " lượt") is None
    assert catalog_key("", "visit", "level", "Khách quốc tế đạt 900 lượt, tăng 2%, và đạt ", " lượt") == (
        "tourist_arrivals_international")
    running = "Giá trị sản xuất công nghiệp trong tháng đạt 900 tỷ đồng, và lũy kế đạt "
    assert catalog_key("", "VND", "level", running) == "industrial_output"


def test_an_item_of_a_list_of_changes_with_its_own_subject_leaves_the_entry_before_it() -> None:
    # "A tăng x%, B tăng y%": B names its own subject, the entry of A is not its key
    listed = "Trong quý, tổng mức bán lẻ hàng hóa tăng 9,1%, doanh thu vận tải hành khách tăng "
    assert catalog_key("", "pct", "yoy_pct", listed) is None
    assert catalog_key("", "pct", "yoy_pct", "Kim ngạch xuất khẩu tăng 4%, kim ngạch nhập khẩu tăng ") == (
        "import_turnover")
    # a period or a part of the same entry after the comma still carries it over
    assert catalog_key("", "pct", "yoy_pct", "Tổng mức bán lẻ hàng hóa tăng 9,1%, riêng tháng 6 tăng ") == (
        "retail_sales")
    assert catalog_key("", "pct", "yoy_pct", "Tổng mức bán lẻ hàng hóa tăng 9,1%, so với cùng kỳ tăng ") == (
        "retail_sales")


def test_round_13_older_spelling_new_and_adjusted_capital_and_the_country() -> None:
    # "thuỷ" written the older way still names the catalog's entry ("quý" is no older spelling)
    assert catalog_key("", "ha", "level", "Diện tích nuôi trồng thuỷ sản của huyện đạt ") == "aquaculture_area"
    assert catalog_key("", "tonne", "level", "Luỹ kế, sản lượng thuỷ sản đạt ") == "aquaculture_output"
    # projects counted before "cấp mới", and the capital of new and adjusted projects together
    assert catalog_key("Tính đến cuối quý", "count", "level", "Tính đến cuối quý, ", " dự án cấp mới (tăng 5%)") == (
        "investment_projects_approved")
    assert catalog_key("", "VND", "level", "Tổng vốn cấp mới và điều chỉnh đạt ", " tỷ đồng") is None
    assert catalog_key("", "VND", "level", "Tổng vốn cấp mới và tăng thêm là ", " tỷ đồng") is None
    assert catalog_key("", "VND", "level", "Trong đó vốn cấp mới đạt ", " tỷ đồng") == "investment_projects_capital"
    # the country's average beside the province's growth
    national = "GRDP tăng 7%, thấp hơn tốc độ tăng trưởng bình quân của cả nước (đạt "
    assert catalog_key("", "pct", "yoy_pct", national, "%)") is None
    assert catalog_key("", "pct", "yoy_pct", "Tốc độ tăng trưởng GRDP của tỉnh đạt ", "%") == "grdp"
    # a bracket that closes the count: the words after it are another matter
    approved = "Các chỉ tiêu tăng: số dự án được cấp chủ trương đầu tư (tăng "
    assert catalog_key("", "count", "yoy_abs", approved, " dự án) và các chỉ tiêu khác") == (
        "investment_projects_approved")
    assert own_subject("sản lượng chè búp tươi (tăng ") == "sản lượng chè búp tươi"


def test_round_13_a_change_alone_in_brackets_belongs_to_the_name_before_it() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 7 năm 2024\n\n"
            "Các chỉ tiêu đều tăng so với cùng kỳ: tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (tăng 9,4%); "
            "tổng kim ngạch xuất nhập khẩu (tăng 1,5 lần), doanh thu bưu chính (tăng 6,1%). "
            "Vốn cấp mới đạt 1.200 tỷ đồng, tăng thêm 2,5 lần so với cùng kỳ.\n")
    rows = extract_document(text.encode(), "son_la.txt").tables["indicators"].iter_rows(named=True)
    found = {(r["metric"], r["value"]): r["indicator_key"] for r in rows}
    assert found[("yoy_pct", 9.4)] == "retail_sales"
    assert found[("yoy_pct", 50.0)] == "trade_turnover"
    assert found[("yoy_pct", 6.1)] is None
    assert found[("yoy_pct", 150.0)] == "investment_projects_capital"


def test_a_title_does_not_lend_its_subject_to_the_first_sentence() -> None:
    from orchestration.extraction import extract_document

    for dated in ("", "date 2019-08\n"):  # (a title right under the file's date marker stands alone too)
        text = (f"{dated}Khách lưu trú tại Bình Thuận đạt 60% kế hoạch\n\n"
                "Khách du lịch đến Bình Thuận trong tháng 7/2019, đạt khoảng 600 ngàn lượt, "
                "tăng 5,5% so với cùng kỳ.\n")
        rows = extract_document(text.encode(), "binh_thuan.txt").tables["indicators"].iter_rows(named=True)
        by_value = {r["value"]: r for r in rows}
        assert by_value[600000]["indicator_label"].startswith("Khách du lịch")
        assert by_value[5.5]["indicator_key"] == "tourist_arrivals"


def test_the_words_after_a_change_stop_where_the_next_change_begins() -> None:
    text = ("date 2023-03\nDoanh nghiệp tỉnh Tây Ninh\n\nTrong tháng 3 năm 2023, tỉnh Tây Ninh thành lập mới 120 "
            "doanh nghiệp, với vốn đăng ký 900 tỷ đồng; so với cùng kỳ tăng 12% về doanh nghiệp mới thành lập "
            "và giảm 3% về vốn đăng ký.\n")
    keys = _keys_by_value(text, "tay_ninh.txt")
    assert keys[12] == "new_enterprises" and keys[-3] == "new_enterprises_capital"


def test_enterprises_founded_in_addition_are_new_enterprises() -> None:
    text = ("date 2024-05\nDoanh nghiệp ở Tây Ninh tăng mạnh\n\nThành lập thêm 150 doanh nghiệp\n\n"
            "Trong tháng 5, tỉnh Tây Ninh có thêm nhiều doanh nghiệp hoạt động.\n")
    assert _keys_by_value(text, "tay_ninh.txt")[150] == "new_enterprises"


def test_the_production_value_of_the_industry_branch_is_the_industrial_output() -> None:
    text = ("date 2021-06\nHuyện Di Linh 6 tháng đầu năm\n\nTheo UBND huyện Di Linh, 6 tháng đầu năm 2021: Giá trị "
            "sản xuất nông nghiệp ước đạt 1.500 tỷ đồng, tăng 3% so cùng kỳ; giá trị sản xuất ngành công nghiệp - "
            "tiểu thủ công nghiệp ước đạt 900 tỷ đồng, tăng 2% so cùng kỳ.\n")
    keys = _keys_by_value(text, "di_linh.txt")
    assert keys[900e9] == "industrial_output" and keys[2] == "industrial_output" and keys[1500e9] is None


def test_the_growth_a_sector_contributes_to_is_not_the_sectors_entry() -> None:
    text = ("date 2023-01\nTăng trưởng của tỉnh Sóc Trăng năm 2022\n\nCụ thể, trong năm qua, công nghiệp và xây "
            "dựng tiếp tục là khu vực đóng góp lớn nhất cho tăng trưởng kinh tế GRDP năm 2022 của tỉnh Sóc Trăng "
            "với mức tăng trưởng 9,15%.\n")
    assert _keys_by_value(text, "soc_trang.txt")[9.15] == "grdp_industry_construction"


def test_the_goods_retail_after_the_total_retail_sales_is_its_part() -> None:
    text = ("date 2024-03\nBán lẻ tháng 2 tăng\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 2 của tỉnh Trà "
            "Vinh ước đạt 5.000 tỷ đồng, tăng 9% so với cùng kỳ.\n\nCụ thể, doanh thu bán lẻ hàng hóa ước đạt "
            "3.800 tỷ đồng, tăng 7,5% so với cùng kỳ.\n")
    keys = _keys_by_value(text, "tra_vinh.txt")
    assert keys[5000e9] == "retail_sales" and keys[3800e9] is None and keys[7.5] is None
    alone = "date 2024-03\nBán lẻ\n\nTháng 2, doanh thu bán lẻ hàng hóa của tỉnh Trà Vinh ước đạt 3.800 tỷ đồng.\n"
    assert _keys_by_value(alone, "tra_vinh.txt")[3800e9] == "retail_sales"


def test_a_province_ranked_before_the_reports_is_the_subject_of_its_figure() -> None:
    text = ("date 2023-01\nTăng trưởng năm 2022\n\nTheo Tổng cục Thống kê, tăng trưởng GRDP năm 2022 của tỉnh Khánh "
            "Hòa đạt 9,5%, xếp thứ 3 cả nước, sau tỉnh Bình Định (10,2%).\n")
    keys = _keys_by_value(text, "khanh_hoa.txt")
    assert keys[9.5] == "grdp" and keys[10.2] is None


def test_the_items_of_a_structure_named_the_sentence_before_are_shares_and_their_changes_points():
    # "Cơ cấu ... chuyển dịch ..." then one sentence of items, each "chiếm X%, tăng/giảm Y%": the shares of the
    # sectors, and each share's change in points (yoy_abs), keyed to its sector
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = ("date 2019-06\nKinh tế tỉnh Hà Nam 6 tháng\n\nCơ cấu kinh tế tiếp tục chuyển dịch đúng hướng. "
            "Khu vực nông, lâm nghiệp và thủy sản chiếm 12,5%, giảm 0,8%; khu vực công nghiệp, xây dựng chiếm "
            "48,2%, tăng 1,1%; khu vực dịch vụ chiếm 34,3%, tăng 0,2% so với cùng kỳ.")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "indicators"]
    got = [(r["value"], r["metric"], r["indicator_key"]) for r in rows]
    assert (12.5, "share_pct", "grdp_agriculture") in got and (48.2, "share_pct", "grdp_industry_construction") in got
    assert (-0.8, "yoy_abs", "grdp_agriculture") in got and (0.2, "yoy_abs", "grdp_services") in got
    # a share of one product's exports is no structure: its change stays the growth of the amount
    alone = ("date 2019-06\nXuất khẩu tỉnh Hà Nam\n\n"
             "Xuất khẩu hàng may mặc đạt 50 triệu USD, chiếm 30%, tăng 12% so với cùng kỳ.")
    changes = [r["metric"] for r in extraction_to_json_rows(extract_document(alone.encode(), "a.txt"))
               if r["table"] == "indicators" and r["value"] == 12.0]
    assert changes == ["yoy_pct"]


def test_services_after_the_goods_of_the_retail_sales_are_no_grdp_sector() -> None:
    context = "Doanh thu bán lẻ hàng hóa tăng 12%, dịch vụ tăng "
    assert catalog_key("", "pct", "yoy_pct", context, "%") != "grdp_services"


def test_bad_debt_in_percent_is_its_share_of_the_credit() -> None:
    from orchestration.extraction import extract_document

    text = "Tình hình tín dụng quý I/2024\n\nDư nợ cho vay đạt 52.000 tỷ đồng; tỷ lệ nợ xấu ở mức 1,4%.\n"
    rows = extract_document(text.encode(), "tin_dung.txt").tables["indicators"].iter_rows(named=True)
    bad_debt = next(r for r in rows if r["value"] == 1.4)
    assert (bad_debt["indicator_key"], bad_debt["metric"]) == ("bad_debt", "share_pct")


def test_the_whole_of_a_ratio_read_against_no_plan_is_not_the_entry() -> None:
    # "7/11 xã": the 11 counts every commune of the district, not the communes meeting the standard;
    # a b read against a plan ("kế hoạch") stays the entry's target
    text = ("UBND HUYỆN MINH LONG\nBÁO CÁO\nKết quả năm 2024\n\n"
            "Năm 2024, toàn huyện có 7/11 xã đạt chuẩn nông thôn mới.\n\n"
            "Diện tích gieo trồng cả năm đạt 5.200/6.000 ha kế hoạch.\n")
    keys = _keys_by_value(text, "huyen_minh_long.txt")
    assert keys[7] == "new_rural_communes" and keys[11] is None
    assert keys[5200] == keys[6000] == "cultivated_area"


def test_poor_households_counted_then_their_share_is_the_poverty_rate() -> None:
    # "số hộ nghèo ... 410 hộ, chiếm 8,3%": the count's unit word stands between the name and "chiếm";
    # the near-poor named after it keep their own rate
    text = ("UBND XÃ AN THẠNH\nBÁO CÁO\nKết quả năm 2024\n\n"
            "Năm 2024, số hộ nghèo toàn xã giảm từ 410 hộ, chiếm 8,3% xuống còn 295 hộ, chiếm 5,9%; "
            "hộ cận nghèo còn 180 hộ, chiếm 3,6%.\n")
    keys = _keys_by_value(text, "xa_an_thanh.txt")
    assert keys[8.3] == keys[5.9] == "poverty_rate"
    assert keys[3.6] is None


def test_communes_meeting_the_standard_of_a_new_rural_commune() -> None:
    # "đạt chuẩn xã nông thôn mới" repeats "xã" before the standard's name
    text = ("UBND HUYỆN MINH LONG\nBÁO CÁO\nKết quả năm 2024\n\n"
            "Đến nay, huyện có 8/10 xã đạt chuẩn xã NTM; 2 xã đạt chuẩn xã nông thôn mới nâng cao.\n")
    keys = _keys_by_value(text, "huyen_minh_long.txt")
    assert keys[8] == "new_rural_communes" and keys[2] is None


def test_projects_given_an_investment_decision_counted_after_cho() -> None:
    # "cấp chủ trương cho 5 dự án": the count follows the decision ("chủ trương") and "cho"
    text = ("UBND TỈNH BẠC LIÊU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
            "Năm 2024, tỉnh tiếp 20 lượt nhà đầu tư và chấp thuận chủ trương đầu tư cho 5 dự án.\n")
    keys = _keys_by_value(text, "bac_lieu.txt")
    assert keys[5] == "investment_projects_approved" and keys[20] is None


def test_works_that_will_be_started_in_the_year_are_a_target() -> None:
    from orchestration.extraction import extract_document, extraction_to_json_rows

    raw = "Tin huyện\n\nNăm 2025 huyện sẽ khởi công 12 công trình trường học.\n".encode()
    rows = [r for r in extraction_to_json_rows(extract_document(raw, "x.txt")) if r.get("value") == 12]
    assert [(r["table"], r["metric"]) for r in rows] == [("indicators", "target")]


def test_a_fall_in_households_after_the_near_poor_named_as_subject_is_a_change() -> None:
    from orchestration.extraction.figures import find_figures

    text = "Số hộ cận nghèo của tỉnh là 6.300 hộ, chiếm tỷ lệ 7,4%; giảm 512 hộ (0,6%)."
    (fall,) = [f for f in find_figures(text) if f.token == "512"]
    assert (fall.metric, fall.value) == ("yoy_abs", -512)


def test_a_districts_figure_in_a_provinces_text_is_no_catalog_entry():
    # "Tỷ lệ hộ nghèo của huyện X là 25%" in a province's news: the district's rate, a part of the area
    # the catalog entry would be of; the province's own rate keeps its key
    text = (
        "date 2021-01\nCao Bằng giảm nghèo\n\nNăm 2020, tỷ lệ hộ nghèo toàn tỉnh Cao Bằng còn 12,4%. "
        "Tỷ lệ hộ nghèo của huyện Bảo Lâm là 31,6%, huyện Hà Quảng có tỷ lệ hộ nghèo 28,2%."
    )
    keys = _keys_by_value(text, "cao_bang.txt")
    assert keys[12.4] == "poverty_rate"
    assert keys[31.6] is None and keys[28.2] is None
    # in the district's own news the district's rate is its entry
    own = "date 2021-01\nHuyện Bảo Lâm giảm nghèo\n\nNăm 2020, tỷ lệ hộ nghèo của huyện Bảo Lâm còn 31,6%."
    assert _keys_by_value(own, "bao_lam.txt")[31.6] == "poverty_rate"


def test_the_country_set_against_the_province_is_no_catalog_entry():
    # "..., trong khi cả nước tăng 8,7%", "; cả nước tăng 11%": the country's figure; a rank of the province
    # among all ("xếp thứ 5 cả nước") leaves the province's own figure keyed
    text = (
        "date 2022-07\nKinh tế Phú Yên\n\nChỉ số sản xuất công nghiệp của tỉnh Phú Yên tăng 12,3%, trong khi cả nước "
        "tăng 8,7%. Tổng mức bán lẻ tăng 15,2%, xếp thứ 5 cả nước; cả nước tăng 11,4%."
    )
    keys = _keys_by_value(text, "phu_yen.txt")
    assert keys[12.3] == "industrial_production_index" and keys[15.2] == "retail_sales"
    assert keys[8.7] is None and keys[11.4] is None


def test_what_tourism_brings_in_is_its_revenue_not_the_budgets():
    # "Du lịch ... mang về doanh thu N", "Ngành du lịch đem lại tổng thu N": tourism's revenue (its catalog
    # entry), never budget revenue for the word "thu"
    from orchestration.extraction import extract_document

    text = (
        "date 2023-09\nDu lịch phục hồi\n\nDu lịch Ninh Thuận 8 tháng mang về doanh thu 2.345 tỷ đồng. "
        "Ngành du lịch đem lại tổng thu 3.456 tỷ đồng."
    )
    tables = extract_document(text.encode(), "ninh_thuan.txt").tables
    keys = {r["value"]: r["indicator_key"] for r in tables["indicators"].iter_rows(named=True)}
    assert keys[2345e9] == "tourism_revenue" and keys[3456e9] == "tourism_revenue"
    assert tables["budgets"].height == 0


def test_kim_ngach_with_the_goods_word_between_names_the_trade() -> None:
    assert catalog_key("Kim ngạch hàng hóa xuất khẩu quý II ước đạt ", "USD", "level") == "export_turnover"
    assert catalog_key("kim ngạch hàng hoá nhập khẩu đạt ", "USD", "level") == "import_turnover"
    assert catalog_key("Xuất khẩu khởi sắc với kim ngạch 6 tháng đạt ", "USD", "level") == "export_turnover"
    assert catalog_key("Hoạt động xuất khẩu ổn định với kim ngạch ước đạt ", "USD", "level") == "export_turnover"
    # (a group of goods exported "với kim ngạch" is a part of the exports, no entry of its own)
    assert catalog_key("nhóm hàng nông sản là nhóm hàng xuất khẩu chính với kim ngạch đạt ", "USD", "level") is None


def test_giá_trị_after_a_period_names_no_subject_of_its_own() -> None:
    assert names_only_a_period("luỹ kế 6 tháng giá trị ước đạt ")
    assert not names_only_a_period("luỹ kế 6 tháng giá trị sản xuất ước đạt ")
    # the clause before only changed ("giảm 2% ..."): the subject is the one before that
    assert subject_label(" luỹ kế 5 tháng giá trị ước đạt ", "Giá trị xuất khẩu tháng 5 đạt 12 triệu USD, giảm 2% "
                         "so với tháng trước; luỹ kế 5 tháng giá trị ước đạt ") == "Giá trị xuất khẩu"


def test_a_period_clause_keeps_the_entry_opened_far_before_it() -> None:
    from orchestration.extraction import extract_document

    text = ("Tình hình thương mại tháng 5 năm 2019\n\n"
            "- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh tháng 5/2019 ước đạt 1.234,5 tỷ "
            "đồng, tăng 0,8% so với tháng trước và tăng 11% so cùng kỳ; luỹ kế 5 tháng đầu năm 2019 giá trị "
            "ước đạt 6.020,1 tỷ đồng, tăng 10,5% so cùng kỳ.\n")
    rows = extract_document(text.encode(), "tinh.txt").tables["indicators"].iter_rows(named=True)
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[6020.1e9] == "retail_sales" and keys[10.5] == "retail_sales"


def test_sectors_listed_after_the_first_share_keep_their_own_entries() -> None:
    context = "Cơ cấu kinh tế có tỷ trọng công nghiệp - xây dựng đạt 40,2%, dịch vụ "
    assert catalog_key("dịch vụ", "pct", "share_pct", context, "%, nông nghiệp") == "grdp_services"
    context = "Cơ cấu kinh tế có tỷ trọng công nghiệp - xây dựng đạt 40,2%, dịch vụ 45,1%, nông nghiệp còn "
    assert catalog_key("nông nghiệp", "pct", "share_pct", context, "%.") == "grdp_agriculture"


def test_investment_attraction_with_a_count_of_projects() -> None:
    assert catalog_key("", "count", "level", "Thu hút đầu tư khởi sắc với ", " dự án, vốn đăng ký") == (
        "investment_projects_approved")


def test_a_plan_written_after_a_slash_is_the_plan_of_the_figure_before() -> None:
    # "A/KH B-C": the plan's two ends name no entry of their own; they take the figure's
    keys = _keys_by_value("Kết quả sản xuất năm 2023\n\nTổng đàn gia súc đạt 9.800 con/KH 9.500-9.900 con, đàn "
                          "trâu, bò 7.600 con/KH 7.000 - 7.200 con; sản lượng lương thực có hạt ước đạt "
                          "21.400 tấn/KH 22.000-22.500 tấn.\n", "xa.txt")
    assert keys[9500] == keys[9900] == keys[9800]
    assert keys[7000] == keys[7200] == keys[7600]
    assert keys[22000] == keys[22500] == keys[21400] == "food_crop_output"


def test_a_headline_that_gives_the_arrivals_is_no_whole_the_lead_repeats_as_a_part() -> None:
    # the headline "Đón 1,4 triệu lượt khách" joined to its lead says the number the lead gives for the guests
    # the lodgings served: that figure (and its growth) is the arrivals, no part of them
    text = ("Huyện Y: Đón 1,4 triệu lượt khách trong quý I/2024\n\n(Báo Y) - Trong quý I/2024, tổng lượt khách cơ sở "
            "lưu trú phục vụ ước đạt 1,4 triệu lượt, tăng 12,5% so với cùng kỳ. Trong đó, khách quốc tế 0,3 "
            "triệu lượt.\n")
    rows = _keyed_rows(text, "y.txt")
    assert ("tourist_arrivals", "yoy_pct", 12.5) in rows


def test_a_goal_read_against_then_a_change_of_its_own_is_no_goal_of_that_change() -> None:
    from orchestration.extraction import extract_document

    text = ("Kết quả năm 2021\n\nGiá trị sản xuất năm 2021 đạt 980 tỷ đồng, tăng 2,5% so với mục tiêu đề ra và tăng "
            "14,2% so với năm 2020.\n")
    rows = extract_document(text.encode(), "x.txt").tables["indicators"].iter_rows(named=True)
    metrics = {r["value"]: r["metric"] for r in rows}
    assert metrics[102.5] == "plan_pct" and metrics[14.2] == "yoy_pct"


def _keyed_rows(text: str, name: str) -> set[tuple[str | None, str, float]]:
    from orchestration.extraction import extract_document

    rows = extract_document(text.encode(), name).tables["indicators"].iter_rows(named=True)
    return {(r["indicator_key"], r["metric"], r["value"]) for r in rows}


def test_the_parts_of_an_aim_given_in_the_sentence_after_it_are_aimed_at_too() -> None:
    from orchestration.extraction import extract_document

    text = ("Kế hoạch năm 2020\n\nNăm 2020, huyện tiếp tục thu hút đầu tư… Phấn đấu đến cuối năm đưa tổng giá trị "
            "sản xuất đạt khoảng 4.120,5 tỷ đồng. Trong đó, nông nghiệp chiếm 41,3%; công nghiệp và xây dựng "
            "chiếm 30,2%.\n")
    rows = extract_document(text.encode(), "x.txt").tables["indicators"].iter_rows(named=True)
    metrics = {r["value"]: r["metric"] for r in rows}
    assert metrics[41.3] == metrics[30.2] == "target"


def test_the_crops_a_sown_area_is_broken_down_by_are_sown_areas() -> None:
    text = ("UBND TỈNH HÀ NAM\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 12 năm 2018\n\n"
            "Vụ Đông năm nay toàn tỉnh gieo trồng được 9.200 ha, bằng 96,5% cùng kỳ. Trong đó, ngô 3.100 ha, "
            "bằng 90,2% cùng kỳ; khoai lang 640 ha; rau các loại 2.300 ha.\n\n"
            "Diện tích cà phê hiện có 1.500 ha. Trong đó, cà phê 300 ha cho thu hoạch.\n")
    keys = _keys_by_value(text, "hn.txt")
    assert keys[9200] == keys[3100] == keys[640] == keys[2300] == "cultivated_area"
    assert keys[-9.8] == "cultivated_area"  # the crop's growth follows its level
    assert keys[300] is None  # no area sown was given in that paragraph


def test_the_crops_of_a_breakdown_go_on_in_the_sentences_after_it() -> None:
    # "Trong đó lúa ... . Đậu ... . Ngô ...": the crops after the first take no "trong đó" of their own, and
    # the plan of a crop's "a/b" is that crop's area too
    text = ("Sản xuất vụ thu\n\n- Diện tích gieo trồng vụ thu 150 ha. Trong đó khoai 62/60 ha. Lạc 14/15 ha. "
            "Rau 33 ha.\n")
    keys = _keys_by_value(text, "vt.txt")
    assert keys[62] == keys[60] == keys[14] == keys[15] == keys[33] == "cultivated_area"


def test_orchards_herds_counted_and_rice_equivalent_output() -> None:
    text = ("Sản xuất nông nghiệp\n\nDiện tích gieo trồng đạt 120 ha. Diện tích cây ăn quả 500 ha, trong đó "
            "nhãn 300 ha.\n\n"
            "Chăn nuôi ổn định, tổng số gia súc, gia cầm khoảng 40.000 con.\n\n"
            "Sản lượng lương thực quy thóc đạt 2.500 tấn.\n")
    keys = _keys_by_value(text, "nn.txt")
    assert keys[120] == "cultivated_area"
    assert keys[300] is None  # an orchard of longans stands, it is not sown
    assert keys[40000] == "livestock_herd"
    assert keys[2500] == "food_crop_output"


def test_crop_groups_in_a_breakdown_inside_the_sentence_are_sown_areas() -> None:
    # "..., trong đó cây lương thực ... ha; cây thực phẩm ... ha": the breakdown opens after a comma
    text = ("Sản xuất vụ mùa\n\nĐến nay, toàn tỉnh gieo trồng được 30.000ha, bằng 95% kế hoạch năm, trong đó "
            "cây lương thực 20.000ha; cây chất bột có củ 3.000ha; cây thực phẩm 2.500ha.\n")
    keys = _keys_by_value(text, "vm.txt")
    assert keys[20000] == keys[3000] == keys[2500] == "cultivated_area"


def test_a_crops_change_after_the_change_of_the_area_sown_is_its_area() -> None:
    text = ("Sản xuất vụ mùa\n\nToàn tỉnh gieo trồng được 30.000ha. So với cùng kỳ, tổng diện tích gieo trồng "
            "tăng 4,2%. Trong đó, cây lương thực tăng 6,5%; cây thực phẩm giảm 1,8%.\n\n"
            "Sản lượng lương thực đạt 90.000 tấn, tăng 3%. Trong đó, sản lượng lúa tăng 2,5%.\n")
    keys = _keys_by_value(text, "vm.txt")
    assert keys[6.5] == keys[-1.8] == "cultivated_area"
    assert keys[2.5] != "cultivated_area"  # an output's breakdown stays output


def test_a_counted_noun_phrase_that_is_an_entry_keys_its_count() -> None:
    # the words after "27" name its own entry, not the suspended firms counted before it
    text = ("Tin doanh nghiệp\n\nQuý này, toàn tỉnh có 96 doanh nghiệp tạm ngừng hoạt động và "
            "27 doanh nghiệp giải thể.\n")
    keys = _keys_by_value(text, "dn.txt")
    assert (keys[96], keys[27]) == ("enterprises_suspended", "enterprises_dissolved")


def test_firms_registered_and_operating_are_the_active_firms() -> None:
    text = "Tin doanh nghiệp\n\nĐến nay, toàn tỉnh có 3.870 doanh nghiệp được đăng ký thành lập và hoạt động.\n"
    assert _keys_by_value(text, "dn.txt")[3870] == "enterprises_active"


def test_industry_alone_after_an_estimate_word() -> None:
    text = ("UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2025\n\n"
            "GRDP quý I ước tăng 8,1%; trong đó khu vực công nghiệp - xây dựng ước tăng 11,2%, riêng công nghiệp "
            "ước tăng 12,4%.\n")
    keys = _keys_by_value(text, "pt.txt")
    assert keys[11.2] == "grdp_industry_construction"
    assert keys[12.4] == "grdp_industry"


def test_sectors_named_by_their_words_in_a_list_read_respectively() -> None:
    from orchestration.extraction.indicators import respective_key, respective_place

    text = ("Cơ cấu các ngành nông lâm thủy sản - công nghiệp xây dựng - thương mại dịch vụ tương ứng là: "
            "40,2% - 25,1% - 34,7%.")
    keys = [respective_key(text, respective_place(text, text.index(n)), []) for n in ("40,2", "25,1", "34,7")]
    assert keys == ["grdp_agriculture", "grdp_industry_construction", "grdp_services"]
    production = "Giá trị sản xuất nông nghiệp - công nghiệp - dịch vụ tương ứng là 500 - 800 - 900 tỷ đồng."
    assert respective_key(production, respective_place(production, production.index("800")), []) is None


def test_an_entry_followed_by_other_is_the_remainder_not_the_whole() -> None:
    # "sản lượng lương thực khác": the other food crops, what is left of the whole after its parts
    assert catalog_key("", "tonne", "level", "Sản lượng lương thực khác đạt ") is None
    assert catalog_key("", "tonne", "level", "Sản lượng lương thực toàn huyện đạt ") == "food_crop_output"


def test_a_percent_opening_its_segment_with_its_own_noun_phrase_keeps_no_earlier_key() -> None:
    context = "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%, "
    assert catalog_key("", "pct", "level", context, "% thôn đạt chuẩn văn hóa") is None
    assert catalog_key("", "pct", "level", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt ", "%") == \
        "health_insurance_coverage"


def test_dự_ước_before_a_trade_figure_is_a_verb_not_part_of_the_subject() -> None:
    # "dự ước đạt" is the estimate verb, as "ước đạt" is: the subject before it is the entry itself
    text = ("Tình hình kinh tế năm 2022\n\nNăm 2022, xuất khẩu dự ước đạt 2,4 tỷ USD, tăng 6% so với năm trước; "
            "nhập khẩu dự ước đạt khoảng 1,1 tỷ USD, giảm 3% so với năm trước.\n")
    keyed = _keyed_rows(text, "x.txt")
    assert ("export_turnover", "level", 2.4e9) in keyed and ("import_turnover", "level", 1.1e9) in keyed
    assert ("import_turnover", "yoy_pct", -3.0) in keyed


def test_grdp_in_dong_per_person_is_the_grdp_per_capita() -> None:
    # "GRDP đạt 80 triệu đồng/người": the money per person says it is the average, not the total
    text = ("Kết quả năm 2022\n\nNăm 2022, GRDP tăng 6% so với năm 2021; GRDP đạt 80,5 triệu đồng/người "
            "(tăng 8% so với năm trước).\n")
    keyed = _keyed_rows(text, "x.txt")
    assert ("grdp", "yoy_pct", 6.0) in keyed and ("grdp_per_capita", "level", 80.5e6) in keyed
    assert ("grdp_per_capita", "yoy_pct", 8.0) in keyed


def test_luân_chuyển_hàng_hóa_và_doanh_thu_dịch_vụ_is_the_retail_total() -> None:
    # "tổng mức luân chuyển hàng hóa và doanh thu dịch vụ": a district's name for the retail total
    text = ("Kinh tế huyện năm 2021\n\nNăm 2021, giá trị sản xuất công nghiệp đạt 900 tỷ đồng; tổng mức luân chuyển "
            "hàng hóa và doanh thu dịch vụ ước đạt 1.250 tỷ đồng, tăng 7% so với năm trước.\n")
    keyed = _keyed_rows(text, "x.txt")
    assert ("retail_sales", "level", 1.25e12) in keyed and ("retail_sales", "yoy_pct", 7.0) in keyed


def test_tổng_vốn_đầu_tư_trên_địa_bàn_is_the_social_investment() -> None:
    text = ("Tình hình năm 2022\n\nNăm 2022, tỷ lệ hộ nghèo còn 1,2%; tổng vốn đầu tư trên địa bàn đạt 12.400 tỉ đồng, "
            "tăng 9% so với năm 2021.\n")
    keyed = _keyed_rows(text, "x.txt")
    assert ("social_investment", "level", 12.4e12) in keyed and ("social_investment", "yoy_pct", 9.0) in keyed


def test_thủy_sản_opening_a_clause_with_its_tonnes_is_the_fishery_output() -> None:
    text = ("Nông nghiệp 6 tháng năm 2022\n\nSản lượng lương thực đạt 120.000 tấn. Thủy sản ước đạt 31.500 tấn, "
            "tăng 2,1% so với cùng kỳ; trong đó nuôi trồng 8.000 tấn.\n")
    keyed = _keyed_rows(text, "x.txt")
    assert ("aquaculture_output", "level", 31500.0) in keyed and ("aquaculture_output", "yoy_pct", 2.1) in keyed


def test_ngành_thương_mại_dịch_vụ_with_its_own_verb_is_the_services_sector() -> None:
    # "..., giá trị ngành thương mại dịch vụ, vận tải đạt 900 tỷ đồng": the services sector, not the
    # industry named earlier in the sentence
    text = ("Kinh tế huyện năm 2021\n\nNăm 2021, giá trị ngành công nghiệp, xây dựng đạt 1.500 tỷ đồng, chiếm 45% tổng "
            "giá trị sản phẩm, giá trị ngành thương mại dịch vụ, vận tải đạt 900 tỷ đồng, chiếm 27% tổng giá trị "
            "sản phẩm.\n")
    keyed = _keyed_rows(text, "x.txt")
    assert ("grdp_services", "level", 900e9) in keyed and ("grdp_services", "share_pct", 27.0) in keyed


def test_a_second_change_after_the_first_ones_base_keeps_the_subject() -> None:
    from orchestration.extraction import extract_document

    text = ("Báo cáo tháng 5 năm 2024\n\nDoanh thu dịch vụ lưu trú tháng 5 đạt 310 tỷ đồng, giảm 2,1% so với "
            "tháng trước và tăng 9,8% so với cùng kỳ năm trước.\n")
    rows = extract_document(text.encode(), "t.txt").tables["indicators"].to_dicts()
    second = next(row for row in rows if row["value"] == 9.8)
    assert second["indicator_label"].startswith("Doanh thu dịch vụ lưu trú")
    assert second["metric"] == "yoy_pct"


def test_a_group_within_the_structure_of_a_whole_is_not_the_whole() -> None:
    # the whole named after "cơ cấu" frames its parts: a group of goods is not the retail total
    text = ("Thương mại quý III\n\nTrong cơ cấu tổng mức bán lẻ hàng hóa quý III, nhóm lương thực, thực phẩm "
            "ước đạt 1.240 tỷ đồng, tăng 6,3% so với cùng kỳ. Tổng mức bán lẻ hàng hóa quý III ước đạt "
            "4.810 tỷ đồng.\n")
    keys = _keys_by_value(text, "co_cau.txt")
    assert keys[1_240_000_000_000] is None and keys[6.3] is None
    assert keys[4_810_000_000_000] == "retail_sales"


def test_communes_meeting_all_nineteen_criteria_are_new_rural_communes() -> None:
    # "đạt 19/19 tiêu chí" is the new-rural standard said by its criteria; the advanced standard is not
    text = ("Nông thôn mới\n\nLũy kế đến nay, thị xã có 7 xã đạt 19/19 tiêu chí xây dựng nông thôn mới; "
            "3 xã đạt 19/19 tiêu chí nông thôn mới kiểu mẫu.\n")
    keys = _keys_by_value(text, "tieu_chi.txt")
    assert keys[7] == "new_rural_communes" and keys[3] is None


def test_a_growth_restated_without_the_price_effect_keeps_its_subject() -> None:
    # the bracket says the same change at constant prices: not a part with a name of its own
    text = ("Bán lẻ 9 tháng\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ 9 tháng ước đạt 31.200 tỷ đồng, "
            "tăng 10,8% so với cùng kỳ (nếu loại trừ yếu tố giá thì tăng 7,2%).\n")
    keys = _keys_by_value(text, "loai_tru.txt")
    assert keys[10.8] == "retail_sales" and keys[7.2] == "retail_sales"


def test_visitors_served_by_travel_agencies_are_not_the_arrivals() -> None:
    # the agencies' customers (outbound tours among them) and the parts of that count carry no arrivals key;
    # the guests the province's hotels counted stay the arrivals
    text = ("Du lịch 6 tháng\n\nSáu tháng đầu năm, lượt khách lưu trú ước đạt 1,4 triệu lượt, tăng 9%.\n\n"
            "Số khách do các doanh nghiệp lữ hành phục vụ đạt 310 nghìn lượt, tăng 12%. Trong đó khách quốc tế "
            "đạt 45 nghìn lượt; khách nội địa 265 nghìn lượt.\n")
    keys = _keys_by_value(text, "lu_hanh.txt")
    assert keys[1_400_000] == "tourist_arrivals"
    assert keys[310_000] is None and keys[12] is None
    assert keys[45_000] is None and keys[265_000] is None


def test_a_yearly_average_is_the_entrys_own_figure() -> None:
    # "mỗi năm" is a time, not a counted unit the figure is averaged over
    assert catalog_key("bình quân mỗi năm giải quyết việc làm mới cho", "person", "target", after=" lao động") \
        == "jobs_created"
    # an average per enterprise stays no entry of the whole
    assert catalog_key("số vốn trung bình một doanh nghiệp đăng ký", "VND", "level") is None


def test_a_communes_news_names_its_own_commune_in_its_subjects() -> None:
    document = {"admin_level": "commune", "title": "Xã Thanh Sơn tổng kết nhiệm kỳ"}
    own = the_area_a_text_is_about(document, "Đảng bộ xã Thanh Sơn tổ chức đại hội.")
    assert not a_part_of_the_area("poverty_rate", "tỷ lệ hộ nghèo của xã Thanh Sơn", None, own)
    # another commune named in it is still a part of the area
    assert a_part_of_the_area("poverty_rate", "tỷ lệ hộ nghèo của xã Bình Yên", None, own)
    # a province's or district's text has no commune of its own
    assert the_area_a_text_is_about({"admin_level": "district", "title": "Xã Thanh Sơn"}, "").communes == frozenset()


def test_an_index_without_its_oil_named_by_its_bare_abbreviation_is_not_the_entry() -> None:
    without_oil = "Trong quý, chỉ số sản xuất công nghiệp IIP trừ dầu thô tăng "
    assert catalog_key("", "pct", "yoy_pct", without_oil, "% so với cùng kỳ") is None
    assert catalog_key("", "pct", "yoy_pct", "Trong quý, chỉ số sản xuất công nghiệp IIP tăng ", "%") == (
        "industrial_production_index")


def test_the_parts_of_a_production_value_broken_down_inside_its_sentence_are_no_grdp_sectors() -> None:
    from orchestration.extraction import extract_document

    text = ("Xã Tân Lập tổng kết năm 2024\n\n"
            "Năm 2024, tổng giá trị sản xuất của xã ước đạt 210 tỷ đồng, bằng 52% kế hoạch; trong đó, nông nghiệp "
            "ước đạt 60 tỷ đồng; Công nghiệp - Xây dựng ước đạt 90 tỷ đồng; Thương mại - Dịch vụ ước đạt hơn 60 "
            "tỷ đồng.\n")
    rows = extract_document(text.encode(), "tan_lap.txt").tables["indicators"].iter_rows(named=True)
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[90e9] is None and keys[60e9] is None


def test_the_amount_a_plan_was_exceeded_by_is_not_the_entrys_level() -> None:
    excess = "Sản lượng lương thực cả năm đạt 52.300 tấn, vượt "
    assert catalog_key("", "tonne", "level", excess, " tấn so với kế hoạch") is None
    assert catalog_key("", "tonne", "level", "Sản lượng lương thực cả năm đạt ", " tấn, vượt kế hoạch") == (
        "food_crop_output")


def test_products_put_forward_for_a_rating_are_no_ocop_products_yet() -> None:
    proposed = "Năm nay huyện đã đề xuất công nhận "
    assert catalog_key("", "product", "level", proposed, " sản phẩm OCOP mới") is None
    assert catalog_key("", "product", "level", "Năm nay huyện có thêm ", " sản phẩm OCOP") == "ocop_products"


def test_examinations_and_treatment_joined_by_a_hyphen_are_medical_visits() -> None:
    assert catalog_key("", "visit", "level", "Các trạm y tế đã khám–chữa bệnh cho ", " lượt người") == "medical_visits"


def test_the_total_number_of_loans_outstanding_is_credit() -> None:
    # "tổng số dư nợ": the outstanding loans with "số" in the noun
    assert catalog_key("", "VND", "level", "các tổ chức tín dụng nâng tổng số dư nợ lên ", " tỷ đồng") == "bank_credit"


def test_a_banks_flow_after_a_comma_is_not_the_credit_before_it() -> None:
    # loans repaid and deposits taken in the period are flows of their own, even after a year and a comma
    context = "dư nợ tín dụng đạt 500 tỷ đồng, tăng 4% so với cuối năm 2019, thu nợ "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") is None
    assert catalog_key("", "VND", "level", context + "80 tỷ đồng và doanh số cho vay ", " tỷ đồng") is None
    assert catalog_key("", "VND", "level", "dư nợ tín dụng đạt ", " tỷ đồng") == "bank_credit"


def test_services_reaching_an_amount_in_the_economic_structure() -> None:
    # "ngành dịch vụ đạt ... (x%)": the services part of the economy, with "đạt" before its amount
    context = "Cơ cấu kinh tế: nông nghiệp đạt 120 tỷ đồng (10%); ngành dịch vụ đạt "
    assert catalog_key("", "VND", "level", context, " tỷ đồng (30%)") == "grdp_services"


def test_firms_that_came_into_operation_are_not_new_registrations() -> None:
    # new firms that started operating (a plant opened) are not the firms established in the period
    assert catalog_key("", "enterprise", "level", "Trong năm có ", " doanh nghiệp mới đi vào hoạt động") is None
    assert catalog_key("", "enterprise", "level", "Trong năm có ", " doanh nghiệp mới thành lập") == "new_enterprises"


def test_new_firms_summed_with_those_that_came_back_are_not_the_new_firms() -> None:
    summed = "Trong quý, tổng số doanh nghiệp đăng ký thành lập mới và quay lại hoạt động đạt "
    assert catalog_key("", "enterprise", "level", summed, " doanh nghiệp") is None
    assert catalog_key("", "VND", "level", "Vốn đăng ký của doanh nghiệp thành lập mới và trở lại kinh doanh là ",
                       " tỷ đồng") is None
    # near-miss: the returning firms counted in a figure of their own leave the new firms' count theirs
    assert catalog_key("", "enterprise", "level", "Trong quý có ",
                       " doanh nghiệp thành lập mới và 95 doanh nghiệp quay lại hoạt động") == "new_enterprises"


def test_a_bracket_saying_where_a_rate_moved_from_goes_on_with_its_subject() -> None:
    moved = "Tỷ lệ hộ nghèo toàn tỉnh giảm 2,9% (từ 11,4% xuống còn "
    assert catalog_key("Tỷ lệ hộ nghèo toàn tỉnh", "pct", "level", moved, "%)") == "poverty_rate"
    # near-miss: a bracket that opens with a noun of its own lists the whole's parts
    parts = "Tỷ lệ hộ nghèo toàn tỉnh còn 8,5% (vùng đồng bào dân tộc thiểu số "
    assert catalog_key("Tỷ lệ hộ nghèo toàn tỉnh", "pct", "level", parts, "%)") is None


def test_workers_who_came_home_from_abroad_are_not_the_workers_sent() -> None:
    home = "Trong năm có ", " lao động làm việc ở nước ngoài hết hạn về nước"
    assert catalog_key("", "person", "level", *home) is None
    assert catalog_key("", "person", "level", "Số người làm việc tại nước ngoài đã trở về quê là ", " người") is None
    # near-miss: the workers sent abroad, with the country they went to
    assert catalog_key("", "person", "level", "Trong năm có ", " lao động đi làm việc ở nước ngoài, chủ yếu về "
                       "thị trường Nhật Bản") == "overseas_workers"


def test_sector_shares_of_the_production_value_named_after_them_are_not_the_grdp_structure() -> None:
    text = ("Cơ cấu: nông nghiệp chiếm 30,5%; công nghiệp - xây dựng chiếm 28,2%; dịch vụ chiếm 41,3% "
            "trong tổng giá trị sản xuất của huyện.")
    after = text[text.index("30,5") + 4:]
    assert catalog_key("nông nghiệp", "pct", "share_pct", text[: text.index("30,5")], after) is None
    grdp = "Trong cơ cấu GRDP, khu vực nông, lâm nghiệp và thủy sản chiếm 30,5%."
    assert catalog_key("khu vực nông, lâm nghiệp và thủy sản", "pct", "share_pct", grdp[: grdp.index("30,5")],
                       grdp[grdp.index("30,5") + 4:]) == "grdp_agriculture"


def test_capital_raised_for_development_is_social_investment_not_deposits() -> None:
    context = "Cả năm, huy động vốn đầu tư phát triển trên địa bàn đạt "
    assert catalog_key("huy động vốn đầu tư phát triển", "VND", "level", context, " tỷ đồng") == "social_investment"
    context = "Các ngân hàng huy động vốn đạt "
    assert catalog_key("huy động vốn", "VND", "level", context, " tỷ đồng") == "bank_deposits"


def test_a_trade_and_services_turnover_is_not_grdp_of_services() -> None:
    context = "Doanh thu thương mại - dịch vụ ước đạt "
    assert catalog_key("Doanh thu thương mại - dịch vụ", "VND", "level", context, " tỷ đồng") != "grdp_services"
    context = "Nông nghiệp tăng 2,1%; công nghiệp tăng 9%; - dịch vụ tăng "
    assert catalog_key("dịch vụ", "pct", "yoy_pct", context, "%") == "grdp_services"


def test_an_item_after_a_semicolon_named_with_la_keeps_its_own_subject() -> None:
    # "; ngô là N tấn": the item names itself (the whole's entry before it is not its key)
    text = ("Sản lượng năm 2022\nCả năm, tổng sản lượng lương thực có hạt toàn tỉnh là 410.000 tấn, tăng 1,2%; "
            "trong đó thóc là 380.000 tấn, tăng 1%; ngô là 29.000 tấn, giảm 3,5% (1.050 tấn); "
            "kê là 15 tấn, giảm 4 tấn.\n")
    keys = _keys_by_value(text, "luong_thuc.txt")
    assert keys[410000] == "food_crop_output"
    assert keys[29000] is None and keys[-1050] is None and keys[15] is None and keys[-4] is None


def test_a_share_of_the_units_named_after_it_takes_no_entry_of_the_clause_before() -> None:
    # "..., có X% số hộ dùng ...": the units after the number are its subject, not the insured people before
    text = ("Xã năm 2023\nNăm 2023, tỷ lệ người dân tham gia bảo hiểm y tế đạt 92%, có 88,4% số hộ dùng nước "
            "sạch theo quy chuẩn.\n")
    keys = _keys_by_value(text, "xa.txt")
    assert keys[92] == "health_insurance_coverage" and keys[88.4] is None


def test_the_regional_product_at_current_or_constant_prices_is_the_grdp() -> None:
    text = ("Tỉnh năm 2023\nNăm 2023, tổng sản phẩm theo giá hiện hành ước đạt 41.250 tỷ đồng; tổng sản phẩm theo "
            "giá so sánh đạt 23.900 tỷ đồng.\n")
    keys = _keys_by_value(text, "tinh.txt")
    assert keys[41250e9] == "grdp" and keys[23900e9] == "grdp"


def test_the_poverty_rate_said_as_what_is_left_or_after_a_long_bracket() -> None:
    # "hộ nghèo còn X%", a bracket of a few words between the poor and "chiếm", and the bare "tỷ lệ giảm"
    # after the households that left poverty all name the poverty rate; the near-poor keep their own
    text = ("UBND XÃ HÒA BÌNH\nBÁO CÁO\nKết quả năm 2023\n\n"
            "Hộ nghèo còn 1,4%. Xã còn 12 hộ nghèo (không tính các hộ thuộc diện bảo trợ xã hội), chiếm 0,9%. "
            "Có 41 hộ thoát nghèo, tỷ lệ giảm 1,1%; thoát cận nghèo là 30 hộ, tỷ lệ giảm 0,6%.\n")
    keys = _keys_by_value(text, "xa_hoa_binh.txt")
    assert keys[1.4] == keys[0.9] == keys[-1.1] == "poverty_rate"
    assert keys[-0.6] is None


def test_r35_a_signed_change_alone_in_brackets_belongs_to_the_sector_named_before_it() -> None:
    text = ("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
            "Tăng trưởng kinh tế cả năm đạt 6,1%; trong đó khu vực NLTS tăng chậm (+2,7%), "
            "khu vực CN-XD tăng khá (+9,4%), khu vực dịch vụ giữ mức tăng (+5,2%).\n")
    keys = _keys_by_value(text, "lai_chau.txt")
    assert keys[2.7] == "grdp_agriculture" and keys[9.4] == "grdp_industry_construction"
    assert keys[5.2] == "grdp_services"


def test_r35_a_bare_growth_rate_after_a_sector_named_in_its_sentence_is_no_grdp() -> None:
    text = ("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2024\n\n"
            "Ngành du lịch phục hồi nhanh, tốc độ tăng trưởng dự ước đạt 14,6%.\n"
            "Chín tháng qua, toàn tỉnh đạt tốc độ tăng trưởng 7,3%.\n")
    keys = _keys_by_value(text, "lai_chau.txt")
    assert keys[14.6] is None
    assert keys[7.3] == "grdp"


def test_r36_percents_of_a_list_of_units_after_a_rate_name_their_own_units() -> None:
    text = ("UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả năm 2024\n\n"
            "Năm 2025, xã phấn đấu tỷ lệ hộ nghèo dưới 2,5%, 85% thôn, 70% cơ quan đạt chuẩn văn hóa.\n")
    keys = _keys_by_value(text, "an_phu.txt")
    assert keys[2.5] == "poverty_rate"
    assert keys[85] is None and keys[70] is None


def test_r36_a_growth_rate_that_names_the_economy_is_the_grdp_after_a_sector() -> None:
    text = ("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
            "Năm 2025, tỉnh phấn đấu giá trị sản xuất công nghiệp 3.100 tỷ đồng, tốc độ tăng trưởng kinh tế 8,6%.\n")
    keys = _keys_by_value(text, "lai_chau.txt")
    assert keys[8.6] == "grdp"


def test_a_bare_production_index_after_industry_is_the_iip() -> None:
    text = ("Năm 2024, tỉnh X: thu hút 6 dự án mới; ngành công nghiệp tiếp tục khởi sắc, chỉ số sản xuất "
            "tăng 9,4% so với năm trước.")
    assert _keys_by_value(text, "x.txt")[9.4] == "industrial_production_index"


def test_communes_reaching_the_standard_after_the_new_rural_programme() -> None:
    text = ("Năm 2024, về xây dựng nông thôn mới, toàn tỉnh có 41 xã đạt chuẩn, 6 xã đạt kiểu mẫu và "
            "12 xã đạt nâng cao.")
    keys = _keys_by_value(text, "x.txt")
    assert keys[41] == "new_rural_communes"
    assert keys[6] is None and keys[12] is None  # the higher classes are not the entry


def test_the_production_value_after_the_growth_is_not_the_grdp() -> None:
    text = ("Bức tranh kinh tế huyện Ea Kar\n\nNăm 2019, huyện Ea Kar duy trì tốc độ tăng trưởng khá, đạt 8,1%, "
            "với tổng giá trị sản xuất theo giá hiện hành đạt 9.410 tỷ đồng.")
    keys = _keys_by_value(text, "y.txt")
    assert keys[8.1] == "grdp"
    assert keys[9410e9] is None


def test_the_production_value_of_industry_named_before_it() -> None:
    text = ("Tháng 3/2024, sản xuất công nghiệp của tỉnh Z tiếp tục phục hồi với giá trị sản xuất ước đạt "
            "4.210 tỷ đồng, tăng 6,2% so với cùng kỳ.")
    keys = _keys_by_value(text, "z.txt")
    assert keys[4210e9] == "industrial_output"
    assert keys[6.2] == "industrial_output"


def test_a_share_opening_its_sentence_takes_no_entry_of_the_sentence_before() -> None:
    from orchestration.extraction import extract_document
    text = ("Sơ kết 6 tháng đầu năm 2022 của xã. Tổng đàn trâu, bò của xã phát triển ổn định. "
            "95% xóm, tổ dân phố có nhà văn hóa đạt chuẩn.")
    rows = [r for r in extract_document(text.encode(), "xom.txt").tables["indicators"].iter_rows(named=True)
            if r["value"] == 95]
    assert rows and rows[0]["metric"] == "share_pct" and rows[0]["indicator_key"] is None


def test_the_sectors_of_the_investment_are_no_sectors_of_the_grdp() -> None:
    context = "Chia theo ngành, vốn đầu tư vào khu vực dịch vụ chiếm "
    assert catalog_key("", "pct", "share_pct", context, "%") is None
    assert catalog_key("", "pct", "share_pct", "Trong cơ cấu kinh tế, khu vực dịch vụ chiếm ", "%") == "grdp_services"


def test_projects_invested_in_the_district_are_the_projects_it_attracted() -> None:
    after = " dự án rót vốn vào địa bàn, với tổng vốn 900 tỷ đồng"
    assert catalog_key("", "count", "level", "Sáu tháng qua có ", after) == "investment_projects_approved"
    context = "Sáu tháng qua có 4 dự án đầu tư vào thị xã với tổng số vốn "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "investment_projects_capital"


def _keys_by_number(text: str) -> dict[float, str | None]:
    from orchestration.extraction import extract_document, extraction_to_json_rows

    rows = extraction_to_json_rows(extract_document(("Tin kinh tế tỉnh Hà Nam\n\n" + text + "\n").encode(), "k.txt"))
    return {r["value"]: r["indicator_key"] for r in rows if r["table"] == "indicators"}


def test_projects_attracted_with_duoc_and_a_change_said_about_the_number_of_projects() -> None:
    # "thu hút đầu tư ... được N dự án": projects licensed; "tăng N lần về số dự án": their count's change
    keys = _keys_by_number(
        "Quý I, thu hút đầu tư ngoài ngân sách được 23 dự án với tổng vốn đăng ký 1.250 tỷ đồng, so với cùng kỳ "
        "tăng 1,8 lần về số dự án, tăng 3,1 lần về số vốn đăng ký."
    )
    assert keys[23] == "investment_projects_approved"
    assert keys[1250e9] == "investment_projects_capital"
    assert keys[80] == "investment_projects_approved"
    assert keys[210] == "investment_projects_capital"


def test_capital_of_new_firms_after_a_sentence_on_projects_is_the_firms() -> None:
    # the projects of the sentence before do not reach across its full stop, nor over "DN"; the capital added
    # to adjusted projects is no capital of new ones
    keys = _keys_by_number(
        "Thu hút đầu tư trực tiếp nước ngoài được 5 dự án, tổng vốn đầu tư 12 triệu USD, so với cùng kỳ vốn đầu "
        "tư tăng 9%. Sáu tháng thành lập mới 210 DN, đạt 50% kế hoạch năm, tổng số vốn đăng ký 1.900 tỷ đồng, "
        "tăng 8% về số DN, tăng 11% về số vốn đăng ký. Ngoài ra có 3 dự án điều chỉnh tăng vốn với tổng vốn đăng "
        "ký 250 tỷ đồng. Lũy kế, số dự án FDI còn hiệu lực là 96, với tổng số vốn đăng ký 2,4 tỷ USD."
    )
    assert keys[11] == "new_enterprises_capital"
    assert keys[250e9] is None
    assert keys[2.4e9] is None  # the stock of projects still valid, not the capital of new ones


def test_oil_seed_and_fibre_crop_groups_are_parts_of_the_area_sown() -> None:
    # the statistics office's groups of annual crops ("cây có hạt chứa dầu", "cây lấy sợi") in a breakdown of
    # the area sown are crops like "cây lương thực"
    keys = _keys_by_value(
        "Sản xuất vụ xuân\n\nVụ xuân năm nay cả tỉnh gieo trồng được 41.000 ha, trong đó, cây lương thực có hạt "
        "35.000 ha; cây có hạt chứa dầu 520 ha; cây lấy sợi 45 ha.\n", "vx.txt")
    assert keys[41000] == keys[35000] == keys[520] == keys[45] == "cultivated_area"


def test_an_absolute_change_in_brackets_after_a_percent_change_is_the_same_entrys() -> None:
    # "chiếm 80% tăng 2,5% (+900 ha)": the bracket restates the change of the crop just named, not "chiếm"
    rows = _keyed_rows(
        "Sản xuất vụ đông\n\nDiện tích gieo trồng vụ đông toàn huyện đạt 8.100 ha, tăng 3,0% (+236 ha) so với "
        "năm trước, trong đó cây ngô đạt 4.000 ha, chiếm 49,4% tăng 2,5% (+98 ha) so năm trước; cây lấy sợi "
        "đạt 30 ha, chiếm 0,4% giảm 25,0% (-10 ha).\n", "vd.txt")
    assert ("cultivated_area", "yoy_abs", 236) in rows
    assert ("cultivated_area", "yoy_abs", 98) in rows
    assert ("cultivated_area", "yoy_abs", -10) in rows


def test_r41_what_a_subject_includes_does_not_make_its_figure_a_part() -> None:
    # r41imp: "bao gồm ..." right after the subject says what it covers; after a comma it lists parts
    from orchestration.extraction import extract_document

    text = ("Thành phố B tháng 10/2024\n"
            "Tổng doanh thu du lịch bao gồm lữ hành, lưu trú đạt 820 tỷ đồng, bằng 91% kế hoạch.\n")
    rows = list(extract_document(text.encode(), "b.txt").tables["indicators"].iter_rows(named=True))
    assert {r["value"]: r["indicator_key"] for r in rows} == {820e9: "tourism_revenue", 91: "tourism_revenue"}


def test_r43_tonnes_of_food_counted_after_the_amount_are_the_food_crop_output() -> None:
    # r43imp: the food output named only by the counted noun after its tonnes
    keys = _keys_by_value("Năm 2025, xã gieo trồng 1.950 ha, thu 7.420 tấn lương thực, đạt kế hoạch.", "xa.txt")
    assert keys[7420] == "food_crop_output"
    # tonnes of food handed out are relief, not the harvest
    given = _keys_by_value("Huyện Sìn Hồ năm 2024 hỗ trợ 30 tấn lương thực cho hộ nghèo.", "xa.txt")
    assert given[30] is None


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric"),
    [
        ("Năm nay, giá trị xuất khẩu nông, lâm, thủy sản của huyện đạt ", " triệu USD", "USD", "level"),
        ("Kim ngạch nhập khẩu hàng nông, lâm, thủy sản quý II tăng ", "%", "pct", "yoy_pct"),
    ],
)
def test_goods_traded_named_by_their_sector_are_not_the_sectors_grdp(context, after, unit, metric) -> None:
    assert catalog_key("", unit, metric, context, after) != "grdp_agriculture"


def test_money_reached_by_industrial_production_is_its_output_value() -> None:
    # "hoạt động sản xuất công nghiệp ... đạt <money>": the production value, not the index
    context = "Quý II, kết quả hoạt động sản xuất công nghiệp trên địa bàn huyện ước đạt "
    assert catalog_key("", "VND", "level", context, " tỷ đồng, tăng 9% so với cùng kỳ") == "industrial_output"
    assert catalog_key("", "pct", "yoy_pct", "Chỉ số sản xuất công nghiệp quý II đạt ", "%") != "industrial_output"


def test_share_of_the_population_after_a_count_of_the_insured_is_the_coverage_rate() -> None:
    # the people counted take no rate's entry; "đạt X% dân số" right after them is the coverage itself
    keys = _keys_by_number("Đến cuối quý III, bảo hiểm y tế có 512.300 người tham gia, tăng 4.100 người so với "
                           "cùng kỳ, đạt 91,6% dân số.")
    assert keys[91.6] == "health_insurance_coverage"
    assert keys[512300] is None


@pytest.mark.parametrize("context", [
    "Toàn huyện có 9.870 người tham gia; số học sinh tham gia bảo hiểm y tế đạt ",
    "Riêng hộ cận nghèo, tỷ lệ tham gia BHYT là ",
])
def test_insurance_rate_of_one_group_is_not_the_population_coverage(context) -> None:
    assert catalog_key("", "pct", "level", context, "%") is None
    whole = "Tỷ lệ dân số tham gia bảo hiểm y tế đạt "
    assert catalog_key("", "pct", "level", whole, "%") == "health_insurance_coverage"


def test_the_whole_of_a_share_is_not_the_subject_of_the_figures_after_it() -> None:
    # "chiếm 58% tổng giá trị sản xuất công nghiệp, với giá trị ...": the branch's own value, not the industry's
    context = ("Ngành dệt may chiếm hơn 58% tổng giá trị sản xuất công nghiệp của huyện, "
               "với giá trị ước đạt khoảng ")
    assert catalog_key("", "VND", "level", context, " tỷ đồng") is None


def test_the_production_value_of_one_industrial_branch_is_not_the_industrys() -> None:
    branch = "Năm tới, giá trị sản xuất ngành công nghiệp khai khoáng dự kiến đạt "
    assert catalog_key("", "VND", "target", branch, " tỷ đồng") is None
    local = "khu vực trung ương đạt 90 tỷ đồng, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp địa phương đạt "
    assert catalog_key("", "VND", "level", local, " tỷ đồng") is None
    assert catalog_key("", "VND", "level", "Giá trị sản xuất ngành công nghiệp quý I đạt ", " tỷ đồng") == (
        "industrial_output")


def test_head_counted_in_thousands_or_millions_before_the_animal() -> None:
    # "3,2 triệu con gia cầm": a scale word between the number and "con"
    assert catalog_key("", "head", "level", "Hiện đàn vật nuôi ổn định, xã có ", " triệu con gia cầm.") == (
        "livestock_herd")
    assert catalog_key("", "head", "level", "Huyện đã tiêu hủy ", " nghìn con lợn bị bệnh.") is None


def test_a_change_after_a_bracketed_share_of_an_amount_is_the_amounts_growth() -> None:
    # "Xét theo ngành, A chiếm tỷ trọng cao nhất, đạt X tỷ đồng (chiếm Y%, tăng Z% so với cùng kỳ)": the share
    # restates the part's amount; the change after it is the amount's growth, not the share's points
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = ("date 2024-07\nThương mại tỉnh Hà Nam 6 tháng\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng "
            "ước đạt 30.000 tỷ đồng. Xét theo ngành, doanh thu bán lẻ hàng hóa chiếm tỷ trọng lớn nhất, đạt 21.000 "
            "tỷ đồng (chiếm 70%, tăng 9,5% so với cùng kỳ); doanh thu lưu trú, ăn uống đạt 5.100 tỷ đồng (chiếm "
            "gần 17%, tăng 14,3% so với cùng kỳ).")
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "indicators"]
    got = {r["value"]: r["metric"] for r in rows}
    assert got[9.5] == "yoy_pct" and got[14.3] == "yoy_pct"
    assert got[70.0] == "share_pct"


def test_jobs_counted_in_abbreviated_workers_are_the_jobs_created() -> None:
    # "giải quyết việc làm mới cho 9.800 LĐ": "LĐ" (lao động) counts the persons given jobs, no noun of its own
    assert catalog_key("", "person", "level", "Từ đầu năm, huyện đã giải quyết việc làm mới cho ",
                       " LĐ (61,2%), gồm") == "jobs_created"


def test_head_counted_as_con_vat_nuoi_is_the_livestock_herd() -> None:
    # "hơn 2 triệu con vật nuôi các loại": "vật nuôi" is the counted animals themselves, the herd
    assert catalog_key("", "head", "level", "Đến cuối quý, tổng đàn vật nuôi của huyện là khoảng ",
                       " nghìn con vật nuôi các loại, trong đó") == "livestock_herd"


def test_industry_named_as_the_subject_then_its_production_index_after_khi() -> None:
    # "Ngành công nghiệp ... khi chỉ số sản xuất tăng N%": the index is industry's, a clause later
    text = ("Tin kinh tế\nNăm 2025, ngành công nghiệp vẫn giữ vai trò động lực của nền kinh tế tỉnh Hà Tĩnh "
            "khi chỉ số sản xuất tăng 17,4% so với cùng kỳ.")
    assert _keys_by_value(text, "iip_after_khi.txt")[17.4] == "industrial_production_index"


def test_industry_and_handicraft_written_without_spaces_round_the_dash() -> None:
    # "Công nghiệp-tiểu thủ công nghiệp ước đạt N tỷ đồng": industry's output, dash with or without spaces
    text = ("Tin xã\nNăm 2025, kinh tế xã Ia Pnôn ổn định. Công nghiệp-tiểu thủ công nghiệp ước đạt 212 tỷ đồng, "
            "tăng 9,1% so với cùng kỳ.")
    keys = _keys_by_value(text, "cn_ttcn.txt")
    assert keys[212e9] == "industrial_output" and keys[9.1] == "industrial_output"
    # run on into trade and services it is no longer industry's alone
    mixed = text.replace("tiểu thủ công nghiệp ước", "tiểu thủ công nghiệp-thương mại-dịch vụ ước")
    assert _keys_by_value(mixed, "cn_ttcn_tm.txt")[212e9] != "industrial_output"


def test_an_earlier_years_growth_in_brackets_after_a_contribution_is_the_sectors() -> None:
    from orchestration.extraction import extract_document

    text = ("Tình hình kinh tế - xã hội 6 tháng năm 2024\n"
            "Khu vực dịch vụ 6 tháng ước tăng 5,1% so với cùng kỳ, đóng góp 2,3 điểm % vào mức tăng GRDP "
            "(6 tháng năm 2023 tăng 4,8%).\n")
    rows = {r["value"]: r for r in extract_document(text.encode(), "x.txt").tables["indicators"].iter_rows(named=True)}
    assert rows[5.1]["indicator_key"] == "grdp_services"
    assert rows[2.3]["indicator_key"] is None  # the contribution has no entry
    assert rows[4.8]["indicator_key"] == "grdp_services"


def test_trade_and_services_revenue_written_without_spaces_round_the_dash() -> None:
    # "Doanh thu thương mại-dịch vụ ước đạt N tỷ đồng": the retail sales, dash with or without spaces
    text = ("Tin huyện\nNăm 2025, kinh tế huyện ổn định. Doanh thu thương mại-dịch vụ ước đạt 830 tỷ đồng, "
            "tăng 11,2% so với cùng kỳ.")
    assert _keys_by_value(text, "tm_dv.txt")[830e9] == "retail_sales"
    spaced = text.replace("thương mại-dịch vụ", "thương mại - dịch vụ")
    assert _keys_by_value(spaced, "tm_dv_spaced.txt")[830e9] == "retail_sales"


def test_r46_a_product_named_with_its_exports_is_a_part_not_the_exports() -> None:
    whole = "Kim ngạch xuất khẩu ước đạt 1.020 triệu USD, tăng 9%. Trong đó, "
    assert catalog_key("", "USD", "level", whole + "cà phê xuất khẩu ước đạt ") is None
    assert catalog_key("", "USD", "level", whole + "gỗ xuất khẩu đạt ") is None
    assert catalog_key("", "USD", "level", "Xuất khẩu ước đạt ") == "export_turnover"


def test_r46_charter_capital_registered_by_new_enterprises_is_their_capital() -> None:
    text = "Quý I, toàn tỉnh có 412 doanh nghiệp thành lập mới, tăng 5%, với số vốn điều lệ đăng ký "
    assert catalog_key("", "VND", "level", text) == "new_enterprises_capital"
    average = ("Quý I có 412 doanh nghiệp thành lập mới với số vốn điều lệ đăng ký 900 tỷ đồng; "
               "vốn điều lệ đăng ký bình quân đạt ")
    assert catalog_key("", "VND", "level", average) is None


def test_r46_capital_of_foreign_projects_licensed_with_a_change_in_brackets_between() -> None:
    text = "Tỉnh cấp mới 42 dự án đầu tư nước ngoài, (tăng 5% so với cùng kỳ năm 2023) với tổng vốn hơn "
    assert catalog_key("", "USD", "level", text) == "investment_projects_capital"


def test_r46_the_national_standard_on_health_or_culture_is_no_school_standard() -> None:
    # "tỷ lệ xã đạt chuẩn quốc gia về y tế": the communes' health standard, not schools
    assert catalog_key("", "pct", "level", "Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế ") is None
    assert catalog_key("", "count", "level", "Có ", " xã đạt chuẩn quốc gia về y tế") is None
    schools = catalog_key("", "count", "level", "Có ", " trường đạt chuẩn quốc gia mức độ 1")
    assert schools == "national_standard_schools"


@pytest.mark.parametrize("verb", ["ước tăng trưởng ", "dự kiến tăng trưởng ", "ước tính tăng trưởng "])
def test_a_province_said_to_grow_by_an_estimate_names_its_grdp_growth(verb: str) -> None:
    # "Hà Tĩnh ước tăng trưởng 7,2% năm 2025": the estimate word before the verb, still the province's growth
    assert catalog_key("", "pct", "yoy_pct", f"Hà Tĩnh {verb}", "% năm 2025") == "grdp"


def test_an_area_of_new_forest_planted_with_the_verb_first_is_forest_planting() -> None:
    # "trồng mới rừng tập trung" (the verb "trồng mới" before "rừng") is new forest, not an area sown
    context = "Cả năm, diện tích trồng mới rừng tập trung đạt "
    assert catalog_key("", "ha", "level", context, " nghìn ha, vượt kế hoạch") == "forest_planting"
    assert catalog_key("", "pct", "plan_pct", context + "12 nghìn ha, vượt ", "% kế hoạch") == "forest_planting"


@pytest.mark.parametrize("link", ["trong khi ", "còn ", "đồng thời "])
def test_a_measured_subject_after_a_linking_word_is_its_own(link: str) -> None:
    # "..., trong khi doanh thu ngành vận tải đạt 9 nghìn tỷ đồng": the transport revenue, not the tourism
    # revenue named in the segment before with a figure of its own
    context = f"Doanh thu du lịch vượt 5,1 nghìn tỷ đồng, {link}doanh thu ngành vận tải đạt "
    assert catalog_key("", "VND", "level", context, " nghìn tỷ đồng.") is None


def test_a_count_after_with_names_its_own_noun() -> None:
    # "..., với 32 dự án mới": "với" stands before the number, not before a whole named after it
    context = "Năm nay, công tác thu hút đầu tư khởi sắc, với "
    assert catalog_key("", "count", "level", context, " dự án mới, tổng vốn 900 tỷ đồng") == (
        "investment_projects_approved")


def test_projects_outside_the_budget_that_were_licensed_are_approved_projects() -> None:
    # "thu hút 25 dự án ngoài ngân sách được cấp phép": investment projects licensed (a building permit is not)
    context = "Công tác thu hút đầu tư có chuyển biến, với "
    assert catalog_key("", "count", "level", context, " dự án ngoài ngân sách được cấp phép, tổng vốn") == (
        "investment_projects_approved")
    assert catalog_key("", "count", "level", "Trong quý có ", " dự án được cấp phép xây dựng.") is None


def _changes(text: str, name: str) -> dict[float, tuple[str | None, str | None]]:
    """(key, label) of each yoy_abs row of ``text``'s indicators, by value."""
    from orchestration.extraction import extract_document

    rows = extract_document(text.encode(), name).tables["indicators"].iter_rows(named=True)
    return {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows if r["metric"] == "yoy_abs"}


_MONTHLY = "UBND TỈNH {province}\nBÁO CÁO tình hình kinh tế - xã hội tháng {month} năm 2025\n\n{body}\n"


@pytest.mark.parametrize(("province", "body"), [
    # the changes after a semicolon, the base first
    ("LAI CHÂU", "Tai nạn giao thông xảy ra 17 vụ, làm chết 11 người, bị thương 8 người; so với cùng kỳ "
                 "giảm 6 vụ, giảm 7 người chết, tăng 4 người bị thương."),
    # the base after the changes, the counted noun before the level's number
    ("YÊN BÁI", "Trên địa bàn xảy ra 23 vụ tai nạn giao thông, làm 13 người chết, 19 người bị thương, "
                "giảm 6 vụ, giảm 7 người chết, tăng 4 người bị thương so với cùng kỳ năm trước."),
    # the changes in a sentence of their own, after the one that gave the levels
    ("SƠN LA", "Tai nạn giao thông đường bộ xảy ra 30 vụ, làm chết 14 người, làm bị thương 25 người. "
               "So với cùng kỳ năm trước, giảm 6 vụ, giảm 7 người chết và tăng 4 người bị thương."),
    # another verb of death ("tử vong"), the abbreviation of the subject
    ("TUYÊN QUANG", "Toàn tỉnh xảy ra 9 vụ TNGT, làm 4 người tử vong, 6 người bị thương; so với cùng kỳ giảm 6 vụ, "
                    "giảm 7 người tử vong, tăng 4 người bị thương."),
])
def test_a_change_whose_noun_follows_its_number_is_the_level_that_noun_counted(province: str, body: str) -> None:
    # "giảm 7 người chết": the noun after the number says which of the levels given before changed
    changes = _changes(_MONTHLY.format(province=province, month=10, body=body), "p.txt")
    assert changes[-6][0] == "traffic_accidents"
    assert changes[-7][0] == "traffic_deaths" and ("chết" in changes[-7][1] or "tử vong" in changes[-7][1])
    assert changes[4][0] == "traffic_injuries" and "bị thương" in changes[4][1]


def test_a_change_whose_noun_no_level_counted_keeps_its_own_reading() -> None:
    # near misses: "giảm 3 người nghiện" names no level of the sentence before (the deaths and injuries of
    # traffic), and a change of two sentences back is no restatement of the levels
    body = ("Tai nạn giao thông xảy ra 17 vụ, làm chết 11 người, bị thương 8 người; so với cùng kỳ giảm 3 người "
            "nghiện. Công tác cai nghiện được chú trọng. Số đối tượng tái nghiện giảm 5 người chết.")
    changes = _changes(_MONTHLY.format(province="ĐIỆN BIÊN", month=5, body=body), "p.txt")
    assert changes[-3][0] is None and changes[-5][0] is None


def test_a_change_restates_the_nearest_level_its_noun_counted() -> None:
    # "Cháy nổ ... bị thương 2 người. So với cùng kỳ, tăng 1 người bị thương": the fire's injured (no catalog
    # entry), named in the sentence right before, not the traffic's of the sentence before that
    body = ("Tai nạn giao thông xảy ra 12 vụ, làm chết 5 người, bị thương 9 người. Cháy nổ xảy ra 3 vụ, bị thương "
            "2 người. So với cùng kỳ, tăng 1 người bị thương. Tội phạm về trật tự xã hội xảy ra 25 vụ, bắt 40 "
            "người; so với cùng kỳ giảm 4 vụ.")
    changes = _changes(_MONTHLY.format(province="HÒA BÌNH", month=7, body=body), "p.txt")
    assert changes[1][0] is None
    assert changes[-4][0] == "crimes_social_order"


@pytest.mark.parametrize(("after_unit", "words"), [
    (" chết, tăng 2 người bị thương.", ("chết",)),
    (" bị thương so với cùng kỳ.", ("bị", "thương")),
    (" tử vong và tăng 1 người bị thương", ("tử", "vong")),
    (", giảm 3 người chết", ()),  # "giảm 5 vụ, ...": the unit alone
    (" so với cùng kỳ năm trước.", ()),  # the base, no noun
])
def test_the_words_a_change_in_a_count_names(after_unit: str, words: tuple[str, ...]) -> None:
    from orchestration.extraction.indicators import words_a_change_names

    assert words_a_change_names(after_unit) == words


def test_the_words_of_a_count_end_at_the_counts_beside_it() -> None:
    from orchestration.extraction.indicators import counts_the_words

    assert counts_the_words("xảy ra 8 vụ, làm chết ", " người", ("chết",))
    assert counts_the_words("xảy ra 8 vụ tai nạn làm ", " chết, 5 người bị thương", ("chết",))
    # the deaths counted before the injured's number are the deaths', not the injured's
    assert not counts_the_words("làm 2 người chết, ", " bị thương", ("chết",))


def test_the_economy_growing_over_the_months_named_between() -> None:
    # a headline: the months so far between the economy and its growth
    assert catalog_key("", "pct", "yoy_pct", "Sóc Trăng: Kinh tế 9 tháng tăng trưởng ") == "grdp"
    assert catalog_key("", "pct", "yoy_pct", "kinh tế tỉnh 6 tháng đầu năm tăng trưởng ") == "grdp"
    # a count of something else is no period: the economy's growth is not what follows it
    assert catalog_key("", "pct", "yoy_pct", "Kinh tế tư nhân 9 tháng tăng trưởng ") is None
    assert catalog_key("", "pct", "yoy_pct", "kinh tế 3 doanh nghiệp tăng trưởng ") is None


@pytest.mark.parametrize(("opening", "first", "second"), [
    ("Tính từ đầu năm, trên địa bàn tỉnh xảy ra 61 vụ tai nạn giao thông, làm ", "người chết", "người bị thương"),
    ("Quý III xảy ra 9 vụ TNGT làm ", "người tử vong", "người bị thương"),
    ("Trong tháng, toàn tỉnh xảy ra 14 vụ tai nạn giao thông đường bộ, làm ", "người bị thương", "người chết"),
])
def test_two_counts_of_a_traffic_accident_joined_by_and_each_name_their_own_noun(
        opening: str, first: str, second: str) -> None:
    # "làm 38 người chết và 45 người bị thương": the noun right after each number is the one it counts; a
    # name that runs over the number into the other count's noun ("tai nạn ... 0 người chết và 45 người bị
    # thương") names that later count, and "tai nạn ... 38 người chết" before the 45 names the 38
    key = {"người chết": "traffic_deaths", "người tử vong": "traffic_deaths", "người bị thương": "traffic_injuries"}
    assert catalog_key("", "person", "level", opening, f" {first} và 45 {second}.") == key[first]
    assert catalog_key("", "person", "level", f"{opening}38 {first} và ", f" {second}.") == key[second]


def test_a_traffic_count_whose_noun_is_no_casualty_keeps_no_key() -> None:
    # near miss: "và 12 phương tiện bị hư hỏng": the vehicles damaged are neither deaths nor injuries
    context = "Trong tháng xảy ra 5 vụ tai nạn giao thông, làm 3 người chết và "
    assert catalog_key("", "count", "level", context, " phương tiện bị hư hỏng.") is None
    # the comma-separated list keeps its reading
    context = "xảy ra 42 vụ tai nạn giao thông làm 09 người chết, "
    assert catalog_key("", "person", "level", context, " người bị thương") == "traffic_injuries"


@pytest.mark.parametrize("counted", [
    " doanh nghiệp hoàn tất thủ tục giải thể, tăng 10,5% so với cùng kỳ.",
    " doanh nghiệp đã hoàn tất thủ tục giải thể;",
    " DN hoàn thành thủ tục giải thể.",
    " doanh nghiệp đã làm xong các thủ tục giải thể.",
])
def test_enterprises_that_completed_the_dissolution_procedure_are_dissolved(counted: str) -> None:
    # "63 doanh nghiệp hoàn tất thủ tục giải thể": the statistics offices' words for the enterprises dissolved
    assert catalog_key("", "enterprise", "level", "Lũy kế 5 tháng, có ", counted) == "enterprises_dissolved"


def test_enterprises_waiting_to_be_dissolved_are_not_dissolved() -> None:
    # near miss: those that stopped and wait for the procedure are no dissolved enterprises yet
    key = catalog_key("", "enterprise", "level", "Trong tháng có ", " doanh nghiệp chờ làm thủ tục giải thể.")
    assert key != "enterprises_dissolved"
    key = catalog_key("", "enterprise", "level", "Trong tháng có ",
                      " doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể.")
    assert key == "enterprises_suspended"


@pytest.mark.parametrize(("context", "after"), [
    ("Năm học này có thêm ", " trường tiểu học được công nhận đạt chuẩn quốc gia."),
    ("Toàn xã có ", "/4 trường học trên địa bàn đạt chuẩn quốc gia."),
    ("Huyện Krông Pắc có ", " trường mầm non đạt chuẩn quốc gia mức độ 1."),
    ("đến nay có ", " trường trung học cơ sở của huyện đã đạt chuẩn quốc gia"),
])
def test_schools_named_with_their_level_or_place_before_the_standard(context: str, after: str) -> None:
    # the school level ("tiểu học", "mầm non") or the place ("trên địa bàn") between the schools and the
    # standard they reached: still the schools meeting the national standard
    assert catalog_key("", "count", "level", context, after) == "national_standard_schools"


def test_schools_not_yet_meeting_the_standard_are_no_schools_meeting_it() -> None:
    # near misses: "chưa đạt chuẩn" (not yet) or "không đạt" negates the standard; a commune's health
    # standard after a comma is no school's
    for after in (" trường chưa đạt chuẩn quốc gia.", " trường mầm non không đạt chuẩn quốc gia",
                  " điểm trường lẻ chưa đạt chuẩn quốc gia."):
        assert catalog_key("", "count", "level", "Toàn huyện còn ", after) is None
    assert catalog_key("", "count", "level", "Có ", " xã có trường học, đạt chuẩn quốc gia về y tế.") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Đạt chuẩn quốc gia 3 trường. Toàn xã có 1.850 hộ, trong đó ", "% hộ sử dụng nước hợp vệ sinh."),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93%, trong đó ", "% học sinh tham gia bảo hiểm."),
    ("Tỷ lệ hộ nghèo còn 3%. Huyện có 12.400 hộ, trong đó: ", "% hộ dùng điện lưới."),
])
def test_a_percent_after_in_which_that_names_its_own_units_is_theirs(context: str, after: str) -> None:
    # "..., trong đó 98,5% hộ sử dụng nước": the percent opens the part and its units follow it with a verb
    # of their own; the entry named before (schools, coverage, poverty) is another figure's
    assert catalog_key("", "pct", "level", context, after) is None


def test_a_percent_after_in_which_that_goes_on_with_the_whole_keeps_its_key() -> None:
    # near miss: a part whose percent names no units of its own keeps the whole's entry
    context = "Tỷ lệ hộ nghèo toàn huyện còn 4,2%, trong đó "
    assert catalog_key("", "pct", "level", context, "% ở các xã vùng cao.") == "poverty_rate"


@pytest.mark.parametrize(("context", "after", "unit", "key"), [
    ("Tổng trị giá hàng hóa xuất khẩu tháng 7 ước đạt ", " triệu USD", "USD", "export_turnover"),
    ("Tính chung 9 tháng, trị giá xuất khẩu hàng hóa của tỉnh đạt ", " triệu USD", "USD", "export_turnover"),
    ("Trị giá hàng hoá nhập khẩu quý II ước đạt ", " triệu USD", "USD", "import_turnover"),
    ("trị giá nhập khẩu, tăng 9% so với cùng kỳ, đạt ", " triệu USD", "USD", "import_turnover"),
    ("Tổng trị giá xuất, nhập khẩu hàng hóa 6 tháng đạt ", " tỷ USD", "USD", "trade_turnover"),
    ("Tổng trị giá xuất nhập khẩu năm 2026 đạt ", " triệu USD", "USD", "trade_turnover"),
])
def test_the_value_of_goods_traded_written_tri_gia(context: str, after: str, unit: str, key: str) -> None:
    # "trị giá" (the statistics offices' word for the value of the goods traded) names the trade as "kim ngạch" does
    assert catalog_key("", unit, "level", context, after) == key


@pytest.mark.parametrize("context", [
    "Trị giá xuất khẩu gạo 7 tháng đạt ",
    "trị giá nhập khẩu máy móc, thiết bị ước đạt ",
    "Trong đó, trị giá xuất khẩu thủy sản đạt ",
])
def test_the_value_of_one_good_traded_is_no_whole_of_the_trade(context: str) -> None:
    # near misses: a good named right after the trade ("gạo", "máy móc") makes the figure that good's part
    assert catalog_key("", "USD", "level", context, " triệu USD") not in (
        "export_turnover", "import_turnover", "trade_turnover")


@pytest.mark.parametrize("context", [
    "Tổng mức hàng hóa bán lẻ và doanh thu dịch vụ tiêu dùng 7 tháng đạt ",
    "Tính chung quý III, tổng mức hàng hoá bán lẻ và doanh thu dịch vụ ước đạt ",
])
def test_retail_sales_with_the_goods_named_before_retail(context: str) -> None:
    # "tổng mức hàng hóa bán lẻ": the goods before the retail, the same whole as "tổng mức bán lẻ hàng hóa"
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "retail_sales"
    # near miss: the goods' retail price level is no sales total
    assert catalog_key("", "VND", "level", "giá hàng hóa bán lẻ bình quân ", " đồng/kg") != "retail_sales"


@pytest.mark.parametrize("context", [
    "tổng vốn đăng ký đạt 11.260 tỷ đồng; bình quân vốn đăng ký một doanh nghiệp đạt ",
    "tổng vốn 9.400 tỷ đồng. Bình quân số vốn đăng ký mỗi doanh nghiệp mới ước đạt ",
    "với tổng vốn đăng ký 5.100 tỷ đồng, trung bình vốn điều lệ đăng ký trên một doanh nghiệp là ",
])
def test_an_average_named_before_the_measure_and_its_unit_is_no_total(context: str) -> None:
    # "bình quân vốn đăng ký một doanh nghiệp": the average word before the measure, the unit it is taken
    # over after it; a per-unit average, not the capital of all new enterprises
    context = "Số doanh nghiệp thành lập mới là 1.108 doanh nghiệp, tăng 4,5% so với cùng kỳ; " + context
    assert catalog_key("", "VND", "level", context, " tỷ đồng") is None


def test_a_total_beside_an_average_keeps_its_key() -> None:
    # near misses: the total itself, and a yearly average (the entry's own yearly figure) keep theirs
    context = "Số doanh nghiệp thành lập mới là 1.108 doanh nghiệp; tổng vốn đăng ký đạt "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "new_enterprises_capital"
    context = "Bình quân mỗi năm, vốn đăng ký của doanh nghiệp thành lập mới đạt "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "new_enterprises_capital"


@pytest.mark.parametrize(("context", "after", "key"), [
    ("Tổng lượt khách 9 tháng đạt 15 triệu lượt, trong đó khách du lịch quốc tế đạt ", " triệu lượt",
     "tourist_arrivals_international"),
    ("khách du lịch quốc tế đạt 2,6 triệu lượt; khách du lịch nội địa đạt ", " triệu lượt",
     "tourist_arrivals_domestic"),
    ("Tỉnh đón ", " lượt khách du lịch nước ngoài, tăng 12%", "tourist_arrivals_international"),
    ("Lượng khách du lịch trong nước 6 tháng ước đạt ", " nghìn lượt", "tourist_arrivals_domestic"),
])
def test_tourists_named_with_their_origin_after_du_lich(context: str, after: str, key: str) -> None:
    # "khách du lịch quốc tế", "khách du lịch nội địa": the origin after "khách du lịch" names that part
    assert catalog_key("", "visit", "level", context, after) == key


@pytest.mark.parametrize("context", [
    "Tổng lượt khách du lịch quốc tế và nội địa 9 tháng đạt ",
    "Lượng khách du lịch trong nước và quốc tế ước đạt ",
    "Tổng số khách du lịch đến tỉnh đạt ",
])
def test_tourists_of_both_origins_or_none_named_are_all_the_arrivals(context: str) -> None:
    # near misses: both origins named together, or none, are the whole arrivals
    assert catalog_key("", "visit", "level", context, " triệu lượt") == "tourist_arrivals"


@pytest.mark.parametrize(("context", "after"), [
    ("Trong tháng, lực lượng công an phát hiện ", " vụ phạm tội về trật tự xã hội, giảm 6 vụ"),
    ("Tính chung 10 tháng, phát hiện ", " vụ phạm tội trật tự xã hội."),
    ("Quý III xảy ra ", " vụ phạm tội về TTXH, bắt 60 đối tượng"),
    ("Số vụ tội phạm về TTXH xảy ra là ", " vụ."),
])
def test_offences_against_social_order_written_pham_toi_or_abbreviated(context: str, after: str) -> None:
    # "vụ phạm tội về trật tự xã hội" (the offence) and "TTXH" (the abbreviation) name the crimes against social order
    assert catalog_key("", "case", "level", context, after) == "crimes_social_order"


def test_violations_of_social_order_are_no_crimes() -> None:
    # near miss: administrative violations ("vi phạm về trật tự xã hội") are no crimes
    assert catalog_key("", "case", "level", "Số vụ vi phạm về trật tự xã hội được xử lý là ", " vụ.") is None
    assert catalog_key("", "case", "level", "Đã xử lý ", " vụ vi phạm trật tự xã hội.") is None


@pytest.mark.parametrize(("context", "key"), [
    ("Long An: Xuất khẩu 9 tháng đạt ", "export_turnover"),
    ("Nhập khẩu quý I/2026 ước đạt ", "import_turnover"),
    ("; xuất khẩu tháng 10 ước đạt ", "export_turnover"),
    ("Xuất khẩu lũy kế 6 tháng đầu năm đạt ", "export_turnover"),
    ("nhập khẩu năm 2025 đạt khoảng ", "import_turnover"),
])
def test_the_trade_with_its_period_before_the_verb(context: str, key: str) -> None:
    # "Xuất khẩu 9 tháng đạt 6,25 tỷ USD" (a headline's word order): the months, month or quarter the trade
    # covers stand between it and its verb
    assert catalog_key("", "USD", "level", context, " tỷ USD") == key


def test_a_goods_trade_with_its_period_is_no_whole() -> None:
    # near misses: the export or import of a named good ("gạo", "máy móc") with its period is that good's part
    assert catalog_key("", "USD", "level", "xuất khẩu gạo 9 tháng đạt ", " triệu USD") is None
    assert catalog_key("", "USD", "level", "Riêng nhập khẩu máy móc quý II đạt ", " triệu USD") is None


@pytest.mark.parametrize("context", [
    "Tỷ lệ nghèo đa chiều toàn huyện còn ",
    "Năm 2026, tỉ lệ nghèo đa chiều của tỉnh giảm xuống ",
    "tỷ lệ nghèo đa chiều giảm còn ",
])
def test_the_multidimensional_poverty_rate_without_households(context: str) -> None:
    # "tỷ lệ nghèo đa chiều" (the rate by the multidimensional standard, households not named) is the poverty rate
    assert catalog_key("", "pct", "level", context, "%") == "poverty_rate"


def test_the_near_poor_or_the_countrys_rate_is_no_poverty_rate() -> None:
    # near misses: the near-poor's rate, and the country's rate set beside the province's
    assert catalog_key("", "pct", "level", "Tỷ lệ cận nghèo đa chiều còn ", "%") is None
    assert catalog_key("", "pct", "level", "thấp hơn tỷ lệ nghèo đa chiều bình quân của cả nước (", "%)") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Trong 9 tháng, đã cấp giấy chứng nhận đăng ký doanh nghiệp cho ", " doanh nghiệp, tăng 5%"),
    ("Sở đã cấp mới giấy chứng nhận đăng ký kinh doanh cho hơn ", " doanh nghiệp."),
    ("Trong quý, có ", " doanh nghiệp được cấp giấy chứng nhận đăng ký doanh nghiệp."),
    ("Tháng 9 đăng ký mới ", " doanh nghiệp với tổng vốn 120 tỷ đồng"),
])
def test_enterprises_given_a_registration_certificate_are_new_enterprises(context: str, after: str) -> None:
    # "cấp giấy chứng nhận đăng ký doanh nghiệp cho 412 doanh nghiệp": the licence of a new enterprise
    assert catalog_key("", "enterprise", "level", context, after) == "new_enterprises"


def test_a_changed_registration_is_no_new_enterprise() -> None:
    # near misses: a change of registration, and the enterprises that left the market
    context = "Trong quý, đã cấp giấy chứng nhận đăng ký thay đổi nội dung cho "
    assert catalog_key("", "enterprise", "level", context, " doanh nghiệp.") is None
    context = "Số doanh nghiệp rút lui khỏi thị trường là "
    assert catalog_key("", "enterprise", "level", context, " doanh nghiệp") is None


def test_an_items_list_mark_is_no_part_of_its_subject() -> None:
    from orchestration.extraction.indicators import own_subject

    assert own_subject("a) Tốc độ tăng trưởng kinh tế đạt ") == "Tốc độ tăng trưởng kinh tế"
    assert own_subject("2.1. Tỷ lệ che phủ rừng đạt ") == "Tỷ lệ che phủ rừng"
    assert own_subject("IV. Thu nhập bình quân đạt ") == "Thu nhập bình quân"
    # near-misses: a name that opens with a letter or a number of its own keeps it
    assert own_subject("Quốc lộ 6 đạt ") == "Quốc lộ 6"
    assert own_subject("3 xã đạt chuẩn, ").startswith("3 xã")


@pytest.mark.parametrize(("context", "after"), [
    ("Huyện có 21 xã đạt chuẩn nông thôn mới, 6 xã đạt chuẩn nâng cao và ", " thôn, xóm đạt chuẩn khu dân cư kiểu mẫu"),
    ("Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới; ", " bản đạt chuẩn nông thôn mới"),
    ("Thị xã có 8 xã đạt chuẩn nông thôn mới và ", " ấp đạt chuẩn nông thôn mới kiểu mẫu."),
    ("Có 140 trường đạt chuẩn quốc gia, ", " điểm trường đạt chuẩn quốc gia"),
])
def test_a_count_of_other_units_is_not_the_communes_or_schools_entry(context: str, after: str) -> None:
    # the villages (or a school's sites) counted after the communes (or schools) entry was named are not that
    # entry's figure: a count entry counts its own noun (data/words/counted_nouns.csv)
    assert catalog_key("", "count", "level", context, after) is None


@pytest.mark.parametrize(("context", "after", "key"), [
    ("Đến nay, huyện Mường Tè có ", " xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nâng cao", "new_rural_communes"),
    ("Toàn tỉnh có ", "/17 xã đạt chuẩn nông thôn mới", "new_rural_communes"),
    ("Năm học 2025-2026 toàn tỉnh có ", " trường học đạt chuẩn quốc gia", "national_standard_schools"),
    ("Số trường đạt chuẩn quốc gia là ", "", "national_standard_schools"),
])
def test_a_count_of_the_entrys_own_noun_keeps_its_key(context: str, after: str, key: str) -> None:
    # near misses: communes and schools counted as such keep their entries (a table's cell without a noun too)
    assert catalog_key("", "count", "level", context, after) == key


@pytest.mark.parametrize(("context", "after"), [
    ("Xã hiện có tổng đàn trâu 320 con, đàn bò 1.150 con, đàn lợn 8.400 con và trên ", " con gia cầm."),
    ("Đàn bò 2.100 con; đàn dê 900 con và khoảng ", " con gà, vịt"),
    ("Tổng đàn lợn đạt 56.000 con, ", " con trâu"),
])
def test_a_herd_counted_after_the_number_beside_other_herds(context: str, after: str) -> None:
    # "và trên 120.000 con gia cầm": the animals named after the number are a herd of their own, though
    # another herd stands in the segment before it
    assert catalog_key("", "head", "level", context, after) == "livestock_herd"


def test_animals_counted_after_the_number_that_are_no_herd() -> None:
    # near misses: animals culled or vaccinated are no herd
    assert catalog_key("", "head", "level", "Đàn lợn 8.400 con; đã tiêu hủy ", " con lợn bệnh") is None
    assert catalog_key("", "count", "level", "Đàn bò 2.100 con, tiêm phòng ", " liều vắc xin") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Năm 2024, toàn tỉnh khai thác ", " m3 gỗ rừng trồng"),
    ("9 tháng, các chủ rừng khai thác được ", " m3 gỗ, tăng 6%"),
    ("Huyện Quỳ Châu khai thác ", " m³ gỗ keo"),
])
def test_timber_harvested_in_m3_written_with_a_digit(context: str, after: str) -> None:
    # "khai thác 420.000 m3 gỗ": the cubic metres written "m3" (the digit is the unit's, not a later number)
    assert catalog_key("", "m3", "level", context, after) == "timber_harvest"


def test_a_later_number_after_a_name_over_the_figure_still_breaks_it() -> None:
    # near miss: a name that runs over the figure on to a later number's noun is that number's
    assert catalog_key("", "person", "level", "xảy ra 7 vụ tai nạn giao thông, làm ", " người chết và 3 người bị thương"
                       ) == "traffic_deaths"
    assert catalog_key("", "m3", "level", "Trồng cây phân tán ", " m3, khai thác 5 m3 gỗ") is None


@pytest.mark.parametrize("context", [
    "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt ",
    "tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến đạt ",
    "Tỷ lệ hồ sơ nộp trực tuyến trên Cổng dịch vụ công của tỉnh đạt ",
    "tỷ lệ hồ sơ xử lý trực tuyến là ",
])
def test_the_share_of_files_handled_online(context: str) -> None:
    # the files received, processed or filed online: the share the online public services entry measures
    assert catalog_key("", "pct", "level", context, "%") == "online_public_services_rate"


def test_files_paid_or_done_on_time_are_not_online_files() -> None:
    # near misses: files settled on time, and online payments, are other rates
    assert catalog_key("", "pct", "level", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt ", "%") is None
    assert catalog_key("", "pct", "level", "Tỷ lệ hồ sơ thanh toán trực tuyến đạt ", "%") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Lũy kế toàn tỉnh có ", " sản phẩm đạt 3 sao trở lên"),
    ("Đến nay huyện Tiên Du có ", " sản phẩm được công nhận đạt từ 3 sao trở lên."),
    ("Năm 2026, tỉnh có thêm ", " sản phẩm được xếp hạng đạt 3 sao trở lên"),
])
def test_products_rated_three_stars_or_more_without_the_programmes_name(context: str, after: str) -> None:
    # "sản phẩm đạt 3 sao trở lên": only the OCOP programme rates products by stars
    assert catalog_key("", "product", "level", context, after) == "ocop_products"


def test_products_of_one_star_class_stay_a_part() -> None:
    # near misses: one class of stars, and a hotel's stars
    assert catalog_key("", "product", "level", "Toàn tỉnh có ", " sản phẩm đạt 4 sao") is None
    assert catalog_key("", "count", "level", "Có ", " khách sạn đạt 3 sao trở lên") is None


@pytest.mark.parametrize(("context", "unit"), [
    ("Ngân hàng Chính sách xã hội huyện có tổng dư nợ ", "VND"),
    ("Tổng dư nợ của Ngân hàng Chính sách xã hội tỉnh Yên Bái đạt ", "VND"),
    ("Chi nhánh NHCSXH tỉnh: tổng dư nợ đạt ", "VND"),
    ("Tổng dư nợ tín dụng chính sách đạt ", "VND"),
    ("Agribank chi nhánh Cà Mau có tổng nguồn vốn huy động ", "VND"),
    ("Quỹ tín dụng nhân dân xã Đông Hưng có tổng dư nợ ", "VND"),
])
def test_one_banks_loans_or_deposits_are_not_the_areas_totals(context: str, unit: str) -> None:
    # the policy bank's (or one bank's, or one credit fund's) business named in the figure's sentence, not the
    # totals of every credit institution of the area
    assert catalog_key("", unit, "level", context, " tỷ đồng") is None


@pytest.mark.parametrize(("context", "key"), [
    ("Tổng dư nợ cho vay trên địa bàn huyện đạt ", "bank_credit"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh cho biết, tổng dư nợ của các tổ chức tín dụng đạt ", "bank_credit"),
    ("Đến 30/9, tổng nguồn vốn huy động trên địa bàn đạt ", "bank_deposits"),
    ("Hoạt động của Ngân hàng Chính sách xã hội ổn định. Tổng dư nợ tín dụng trên địa bàn đạt ", "bank_credit"),
])
def test_the_areas_credit_reported_by_the_state_bank_keeps_its_key(context: str, key: str) -> None:
    # near misses: the State Bank's branch reports the area's totals; a bank named in the sentence before is not
    # this figure's
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == key


@pytest.mark.parametrize(("context", "after"), [
    ("Vụ Hè Thu 2026, huyện Châu Thành xuống giống được ", " ha"),
    ("Toàn tỉnh đã xuống giống ", " ha lúa Thu Đông, đạt 95% kế hoạch"),
    ("Diện tích xuống giống lúa vụ Đông Xuân đạt ", " ha"),
])
def test_the_area_sown_read_as_xuong_giong(context: str, after: str) -> None:
    # "xuống giống" (the South's word for sowing a season's rice) is the area sown
    assert catalog_key("", "ha", "level", context, after) == "cultivated_area"


def test_shrimp_stocked_or_a_harvest_is_no_area_sown() -> None:
    # near misses: the ponds stocked with shrimp or fish, and the area harvested after sowing
    assert catalog_key("", "ha", "level", "Diện tích xuống giống tôm đạt ", " ha") is None
    assert catalog_key("", "ha", "level", "Vụ Hè Thu đã xuống giống xong và thu hoạch ", " ha") is None


@pytest.mark.parametrize("context", [
    "- Thủy sản: diện tích thả nuôi 1.245 ha; sản lượng thu hoạch ",
    "b) Thủy sản: diện tích nuôi 620 ha; tổng sản lượng ước đạt ",
    "Chăn nuôi ổn định. - Thủy sản . Diện tích nuôi 830 ha; sản lượng ",
])
def test_a_bare_output_under_the_fishery_topic_label(context: str) -> None:
    # "- Thủy sản: ...; sản lượng thu hoạch 48.600 tấn": the line's topic label names what a bare output is of (also
    # as the pipeline hands a heading over: "Thủy sản . ...")
    assert catalog_key("", "tonne", "level", context, " tấn") == "aquaculture_output"


def test_a_named_catch_or_another_topic_keeps_its_own_subject() -> None:
    # near misses: one fish's output under the label, another topic's label, a sentence that only ends in the word
    assert catalog_key("", "tonne", "level", "- Thủy sản: diện tích 900 ha; sản lượng cá tra ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Chăn nuôi: đàn bò 200 con; sản lượng thịt ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Nông nghiệp phát triển nhờ thủy sản. Sản lượng lúa ", " tấn") is None


@pytest.mark.parametrize(("context", "after", "unit"), [
    ("Công ty CP Chăn nuôi C.P. Việt Nam tại tỉnh hiện có tổng đàn lợn ", " con", "head"),
    ("Trang trại của Công ty TNHH Hòa Phát có đàn bò ", " con", "head"),
    ("HTX Tân Lợi có diện tích gieo trồng ", " ha", "ha"),
    ("Năm 2026, Công ty TNHH MTV Lâm nghiệp Yên Sơn trồng được ", " ha rừng", "ha"),
    ("Ban Quản lý rừng phòng hộ Sông Đà trồng mới ", " ha rừng", "ha"),
    ("Hội chợ OCOP tỉnh Quảng Ninh năm 2026 trưng bày ", " sản phẩm OCOP", "product"),
    ("Tại hội chợ có hơn ", " sản phẩm OCOP của 12 tỉnh", "product"),
])
def test_an_enterprises_or_a_fairs_own_figure_is_no_entry_of_the_area(context: str, after: str, unit: str) -> None:
    # the herd, fields or planting of one named company, cooperative or forest board, or what a fair shows, is
    # that one's own, not the catalog entry of the report's area
    assert catalog_key("", unit, "level", context, after) is None


@pytest.mark.parametrize(("context", "after", "unit", "key"), [
    ("Toàn tỉnh có 320 hợp tác xã, tổng đàn lợn đạt ", " con", "head", "livestock_herd"),
    ("Theo Công ty Thủy lợi Bắc Đuống, diện tích gieo cấy vụ Xuân đạt ", " ha", "ha", "cultivated_area"),
    ("Công ty Điện lực cho biết, toàn tỉnh trồng mới ", " ha rừng", "ha", "forest_planting"),
    ("Trong 6 tháng có ", " HTX thành lập mới", "cooperative", "new_cooperatives"),
    ("Các công ty lâm nghiệp và hộ dân trồng được ", " ha rừng", "ha", "forest_planting"),
])
def test_an_enterprise_unnamed_or_quoted_keeps_the_areas_entry(context: str, after: str, unit: str, key: str) -> None:
    # near misses: enterprises counted or not named, a company a figure is quoted from, a company that speaks of the
    # whole province
    assert catalog_key("", unit, "level", context, after) == key


@pytest.mark.parametrize(("context", "after", "unit"), [
    ("Cả nước hiện có ", " sản phẩm OCOP", "product"),
    ("Đến nay, cả nước có ", " xã đạt chuẩn nông thôn mới", "count"),
    ("Trong khi tỉnh có 120 sản phẩm, cả nước có ", " sản phẩm OCOP", "product"),
])
def test_the_countrys_stock_is_no_entry_of_the_province(context: str, after: str, unit: str) -> None:
    # "Cả nước hiện có 16.000 sản phẩm OCOP": the country as the subject that has the stock
    assert catalog_key("", unit, "level", context, after) is None


def test_a_province_ranked_in_the_country_keeps_its_stock() -> None:
    # near misses: the province's own stock beside the country's rank or share
    assert catalog_key("", "product", "level", "Tỉnh dẫn đầu cả nước, hiện có ", " sản phẩm OCOP") == "ocop_products"
    assert catalog_key("", "count", "level", "Toàn tỉnh có ", " xã đạt chuẩn nông thôn mới, cao nhất cả nước"
                       ) == "new_rural_communes"


@pytest.mark.parametrize("context", [
    "Diện tích lúa ứng dụng cơ giới hóa đồng bộ đạt ",
    "Diện tích lúa được cấp mã số vùng trồng ",
    "diện tích chè đạt chứng nhận VietGAP là ",
    "Diện tích lúa chuyển đổi sang cây trồng khác ",
    "Diện tích lúa liên kết tiêu thụ với doanh nghiệp đạt ",
])
def test_a_crops_area_under_a_practice_is_no_area_sown(context: str) -> None:
    # the part of a crop's area that applies a practice, holds a code or a certificate, was converted or is under
    # contract, named before its number, is not the area sown
    assert catalog_key("", "ha", "level", context, " ha") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Diện tích lúa vụ Đông Xuân đạt ", " ha, trong đó ứng dụng cơ giới hóa 3.000 ha"),
    ("Diện tích lúa đạt ", " ha áp dụng quy trình SRI"),
    ("Diện tích ngô ", " ha"),
])
def test_the_area_sown_with_a_practice_said_after_its_number(context: str, after: str) -> None:
    # near misses: a practice named after the number (or in the next clause) speaks of a part the figure is not
    assert catalog_key("", "ha", "level", context, after) == "cultivated_area"


def test_one_crops_output_in_paddy_equivalent_is_no_food_output() -> None:
    # "sản lượng ngô quy thóc": maize alone, though converted to paddy; the cereals' output in paddy keeps its key
    assert catalog_key("", "tonne", "level", "Sản lượng ngô quy thóc đạt ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Sản lượng sắn quy thóc ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Tổng sản lượng lương thực quy thóc đạt ", " tấn") == "food_crop_output"
    assert catalog_key("", "tonne", "level", "Sản lượng quy thóc cả năm đạt ", " tấn") == "food_crop_output"


@pytest.mark.parametrize(("context", "after"), [
    ("Tội phạm về trật tự xã hội xảy ra 45 vụ, điều tra làm rõ ", " vụ"),
    ("tội phạm về TTXH xảy ra 31 vụ (giảm 4 vụ); đã điều tra, khám phá ", " vụ, đạt 90%"),
    ("Về tội phạm trật tự xã hội, lực lượng công an đã triệt phá ", " vụ"),
    ("Tội phạm về trật tự xã hội xảy ra 12 vụ; khởi tố ", " vụ, 20 bị can"),
])
def test_the_cases_the_police_solved_are_not_the_crimes_that_occurred(context: str, after: str) -> None:
    # a count right after what was done with the cases (solved, broken up, prosecuted) is the police's result
    assert catalog_key("", "case", "level", context, after) is None


def test_the_crimes_that_occurred_keep_their_entry() -> None:
    # near misses: the cases that occurred, also after a clause of results
    assert catalog_key("", "case", "level", "Tội phạm về trật tự xã hội xảy ra ", " vụ") == "crimes_social_order"
    context = "Điều tra làm rõ 40 vụ; tội phạm về trật tự xã hội xảy ra "
    assert catalog_key("", "case", "level", context, " vụ") == "crimes_social_order"


@pytest.mark.parametrize(("context", "unit"), [
    ("Vốn FDI đăng ký mới đạt ", "USD"),
    ("6 tháng, vốn đầu tư trực tiếp nước ngoài cấp mới đạt ", "USD"),
    ("Tổng vốn đầu tư đăng ký của các dự án được cấp mới đạt ", "VND"),
])
def test_the_capital_of_new_projects_named_by_the_capital(context: str, unit: str) -> None:
    # "vốn FDI đăng ký mới", "vốn đầu tư đăng ký của các dự án": the registered capital of the projects approved
    assert catalog_key("", unit, "level", context, " triệu USD" if unit == "USD" else " tỷ đồng") == (
        "investment_projects_capital")


def test_capital_added_or_disbursed_is_no_new_projects_capital() -> None:
    # near misses: capital added to projects, and FDI disbursed
    assert catalog_key("", "USD", "level", "Vốn FDI điều chỉnh tăng thêm đạt ", " triệu USD") is None
    assert catalog_key("", "USD", "level", "Vốn FDI giải ngân đạt ", " triệu USD") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Huyện có thêm 4 xã về đích nông thôn mới, nâng tổng số lên ", " xã"),
    ("Năm 2026, toàn tỉnh có ", " xã đã về đích nông thôn mới"),
    ("Toàn huyện có ", " xã hoàn thành 19/19 tiêu chí"),
])
def test_communes_that_reached_the_new_rural_finish_line(context: str, after: str) -> None:
    # "về đích nông thôn mới" (reached the finish line), "hoàn thành 19/19 tiêu chí": the standard met
    assert catalog_key("", "count", "level", context, after) == "new_rural_communes"


def test_communes_at_a_higher_finish_line_or_still_short() -> None:
    # near misses: the advanced standard's finish line, and communes short of the criteria
    assert catalog_key("", "count", "level", "Có ", " xã về đích nông thôn mới nâng cao") is None
    assert catalog_key("", "count", "level", "Có ", " xã hoàn thành 15/19 tiêu chí") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Trong năm có thêm ", " sản phẩm được công nhận OCOP, nâng tổng số lên 150 sản phẩm"),
    ("Năm 2026 có thêm 20 sản phẩm được công nhận OCOP, nâng tổng số lên ", " sản phẩm"),
    ("Huyện Tân Uyên có ", " sản phẩm được chứng nhận OCOP"),
    ("Đến nay, toàn tỉnh có ", " sản phẩm được xếp hạng OCOP từ 3 sao trở lên"),
])
def test_products_recognised_as_ocop(context: str, after: str) -> None:
    # "sản phẩm được công nhận OCOP": the programme's name after the recognition
    assert catalog_key("", "product", "level", context, after) == "ocop_products"


def test_products_recognised_in_one_star_class_stay_a_part() -> None:
    # near miss: one class of stars
    assert catalog_key("", "product", "level", "Có ", " sản phẩm được công nhận OCOP 4 sao") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Dịch tả lợn châu Phi làm chết ", " con lợn"),
    ("Các địa phương đã tiêu hủy ", " con lợn mắc bệnh"),
    ("Đã hủy ", " con gia cầm"),
    ("Ngành thú y đã tiêm ", " con trâu, bò"),
])
def test_animals_that_died_were_culled_or_vaccinated_are_no_herd(context: str, after: str) -> None:
    assert catalog_key("", "head", "level", context, after) is None


def test_animals_counted_in_a_stock_stay_the_herd() -> None:
    # near misses: the animals a place has
    assert catalog_key("", "head", "level", "Toàn tỉnh có ", " con lợn và 2,3 triệu con gia cầm") == "livestock_herd"
    assert catalog_key("", "head", "level", "Xã hiện nuôi ", " con bò") == "livestock_herd"


@pytest.mark.parametrize(("context", "after", "unit"), [
    ("Năm 2026, toàn tỉnh giải quyết việc làm mới cho ", " lượt lao động", "visit"),
    ("Tạo việc làm cho ", " lượt lao động, đạt 105% kế hoạch", "visit"),
    ("Giải quyết việc làm cho ", " người lao động", "person"),
])
def test_jobs_counted_in_turns_of_workers(context: str, after: str, unit: str) -> None:
    # "giải quyết việc làm cho 16.200 lượt lao động": the workers given jobs, counted in turns
    assert catalog_key("", unit, "level", context, after) == "jobs_created"


def test_advice_in_turns_is_no_job() -> None:
    # near misses: job advice and job introductions counted in turns
    assert catalog_key("", "visit", "level", "Tư vấn việc làm cho ", " lượt người") is None
    assert catalog_key("", "visit", "level", "Tư vấn, giới thiệu việc làm cho ", " lượt lao động") is None


def test_the_certified_share_of_trained_labour_in_brackets_is_another_rate() -> None:
    # "Tỷ lệ lao động qua đào tạo (có bằng cấp, chứng chỉ)": the narrower rate, however it is bracketed
    assert catalog_key("", "pct", "level", "Tỷ lệ lao động qua đào tạo (có bằng cấp, chứng chỉ) đạt ", "%") is None
    assert catalog_key("", "pct", "level", "Tỷ lệ lao động qua đào tạo có chứng chỉ đạt ", "%") is None
    # near miss: the trained labour's rate with its year in brackets
    assert catalog_key("", "pct", "level", "Tỷ lệ lao động qua đào tạo (năm 2026) đạt ", "%") == "trained_labour_rate"


# --- short reports of districts and communes, summaries of provinces (round 3) ----------------------------------

@pytest.mark.parametrize(("context", "after"), [
    ("Y tế: Khám bệnh cho ", " lượt người"),
    ("Trạm y tế xã đã khám bệnh cho ", " lượt bệnh nhân"),
    ("Khám và điều trị cho ", " lượt người, tăng 4%"),
    ("Các cơ sở y tế khám, điều trị ", " lượt"),
])
def test_examinations_written_without_treatment_are_the_medical_visits(context: str, after: str) -> None:
    # "khám bệnh cho 5.420 lượt người", "khám và điều trị": the visits, however the examination is written
    assert catalog_key("", "visit", "level", context, after) == "medical_visits"


def test_free_examinations_and_health_checks_are_no_medical_visits() -> None:
    # near misses: a free examination (a charity's) and health checks
    assert catalog_key("", "person", "level", "Đoàn thiện nguyện khám bệnh miễn phí cho ", " người") is None
    assert catalog_key("", "person", "level", "Tổ chức khám sức khỏe cho ", " người cao tuổi") is None


@pytest.mark.parametrize("context", [
    "Tỷ lệ lao động đã qua đào tạo đạt ",
    "Năm 2026, tỷ lệ lao động đã qua đào tạo của huyện ước đạt ",
])
def test_labour_already_trained_is_the_trained_labour_rate(context: str) -> None:
    assert catalog_key("", "pct", "level", context, "%") == "trained_labour_rate"


def test_labour_already_trained_with_certificates_is_another_rate() -> None:
    # near miss: the narrower rate, with a degree or certificate
    assert catalog_key("", "pct", "level", "Tỷ lệ lao động đã qua đào tạo có bằng cấp, chứng chỉ đạt ", "%") is None


@pytest.mark.parametrize(("context", "after"), [
    ("GRDP/người đạt ", " triệu đồng"),
    ("GRDP bình quân/người ước đạt ", " triệu đồng"),
    ("Năm 2025, GRDP bình quân đạt ", " triệu đồng/người"),
    ("GRDP bình quân mỗi người ", " USD"),
])
def test_grdp_per_person_written_short_is_the_grdp_per_capita(context: str, after: str) -> None:
    assert catalog_key("", "VND", "level", context, after) == "grdp_per_capita"


def test_the_grdp_itself_and_income_per_head_are_not_the_grdp_per_capita() -> None:
    # near misses: the GRDP's own level, and income (not product) per head
    assert catalog_key("", "VND", "level", "Quy mô GRDP ước đạt ", " tỷ đồng") == "grdp"
    assert catalog_key("", "VND", "level", "Thu nhập bình quân đầu người đạt ", " triệu đồng/người") is None


@pytest.mark.parametrize("context", [
    "Toàn huyện có ",
    "Trên địa bàn huyện hiện có ",
    "Toàn thị xã hiện có ",
    "Đến nay, toàn xã có ",
])
def test_the_cooperatives_a_district_or_commune_has_are_their_total(context: str) -> None:
    # "Toàn huyện có 58 hợp tác xã": the stock of the report's own place, whichever level it is
    assert catalog_key("", "cooperative", "level", context, " hợp tác xã đang hoạt động") == "cooperatives_total"
    assert catalog_key("", "cooperative", "level", context, " HTX.") == "cooperatives_total"


@pytest.mark.parametrize("context", ["Tỉnh có ", "Đến nay, huyện hiện có ", "Xã có "])
def test_the_cooperatives_and_firms_the_place_has_said_as_its_subject_are_their_total(context: str) -> None:
    # "Tỉnh có 120 hợp tác xã": the place opening its clause, without "toàn", is the report's own as "toàn tỉnh" is
    assert catalog_key("", "cooperative", "level", context, " hợp tác xã.") == "cooperatives_total"
    assert catalog_key("", "enterprise", "level", context, " doanh nghiệp.") == "enterprises_active"
    # near miss: some of the places, or a cooperative of the place, have none of the area's total
    assert catalog_key("", "cooperative", "level", "Các xã có ", " hợp tác xã.") is None
    assert catalog_key("", "count", "level", "Hợp tác xã Tân Phú của tỉnh có ", " thành viên.") is None


def test_the_capital_of_new_firms_written_short_is_their_registered_capital() -> None:
    # "DN" for doanh nghiệp, as statistics releases write it
    context = "Trong quý, có 412 DN thành lập mới với tổng vốn đăng ký "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "new_enterprises_capital"


def test_cooperatives_in_operation_counted_are_their_total() -> None:
    context = "Số hợp tác xã đang hoạt động là "
    assert catalog_key("", "cooperative", "level", context, " hợp tác xã") == "cooperatives_total"


def test_one_kind_of_cooperatives_or_those_working_well_are_no_total() -> None:
    # near misses: the agricultural cooperatives alone, those working well, those newly set up
    assert catalog_key("", "cooperative", "level", "Toàn huyện có ", " HTX nông nghiệp") is None
    assert catalog_key("", "cooperative", "level", "Số hợp tác xã đang hoạt động hiệu quả là ", " HTX") is None
    assert catalog_key("", "cooperative", "level", "Toàn huyện có ", " hợp tác xã thành lập mới") == "new_cooperatives"


@pytest.mark.parametrize("context", [
    "Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng nông nghiệp giảm còn 24,5%; tỷ trọng dịch vụ chiếm ",
    "Tỷ trọng khu vực dịch vụ trong GRDP đạt ",
    "Năm 2026, tỷ trọng ngành dịch vụ tăng lên ",
])
def test_the_weight_of_services_is_the_services_share(context: str) -> None:
    assert catalog_key("", "pct", "share_pct", context, "%") == "grdp_services"


def test_the_weight_of_one_service_in_the_retail_sales_is_no_sector() -> None:
    # near misses: accommodation and catering, or other services, in the retail sales
    assert catalog_key("", "pct", "share_pct", "Tỷ trọng dịch vụ lưu trú, ăn uống chiếm ", "%") is None
    assert catalog_key("", "pct", "share_pct", "tỷ trọng dịch vụ khác chiếm ", "%") is None
    assert catalog_key("", "pct", "yoy_pct", "Tỷ trọng dịch vụ vận tải trong tổng doanh thu tăng ", "%") is None


@pytest.mark.parametrize("context", [
    "Trong kỳ có 6 dự án được chấp thuận chủ trương đầu tư, tổng vốn ",
    "Chấp thuận chủ trương đầu tư 11 dự án, tổng vốn đầu tư ",
    "Năm 2026, UBND tỉnh đã chấp thuận chủ trương đầu tư cho 4 dự án, tổng số vốn ",
])
def test_the_capital_of_approved_projects_said_without_with(context: str) -> None:
    # "..., tổng vốn 1.450 tỷ đồng": the approved projects' capital, with or without "với"
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == "investment_projects_capital"


def test_capital_added_to_approved_projects_is_no_registered_capital() -> None:
    # near miss: the capital the projects added
    context = "Chấp thuận chủ trương đầu tư 6 dự án, tổng vốn đầu tư tăng thêm "
    assert catalog_key("", "VND", "level", context, " tỷ đồng") is None


@pytest.mark.parametrize("context", [
    "Thành lập mới 45 doanh nghiệp, ",
    "Trong 6 tháng, thành lập mới 120 doanh nghiệp và ",
    "Thành lập mới hơn 30 DN, ",
])
def test_cooperatives_listed_after_the_new_enterprises_are_new_too(context: str) -> None:
    # "Thành lập mới 45 doanh nghiệp, 4 hợp tác xã": the verb counts both
    assert catalog_key("", "cooperative", "level", context, " hợp tác xã") == "new_cooperatives"


def test_cooperatives_dissolved_after_new_enterprises_are_not_new() -> None:
    # near misses: another verb for the cooperatives; the enterprises themselves
    assert catalog_key("", "cooperative", "level", "Thành lập mới 45 doanh nghiệp, giải thể ", " hợp tác xã") is None
    assert catalog_key("", "enterprise", "level", "Thành lập mới ", " doanh nghiệp, 4 hợp tác xã") == "new_enterprises"


def _structure_keys(line: str) -> list[str | None]:
    """The keys of the shares of a province's report made of one line (after its title)."""
    from tests.conftest import indicator_rows

    text = f"BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2026 TỈNH NINH THUẬN\n\n{line}\n"
    return [r["indicator_key"] for r in indicator_rows(text) if r["metric"] == "share_pct"]


_SECTORS = ["grdp_agriculture", "grdp_industry_construction", "grdp_services"]


@pytest.mark.parametrize("line", [
    "Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ là 26,3% - 31,2% - 38,9%.",
    "Cơ cấu kinh tế năm 2025 (nông, lâm, thủy sản - công nghiệp, xây dựng - dịch vụ): 24,1% - 33,6% - 42,3%.",
    "Cơ cấu các ngành nông lâm thủy sản - công nghiệp xây dựng - thương mại dịch vụ đạt 19% - 40% - 41%.",
])
def test_shares_listed_after_the_sectors_of_a_structure_are_read_respectively(line: str) -> None:
    # the k-th share is the k-th sector named, though no "tương ứng" says so
    assert _structure_keys(line) == _SECTORS


def test_a_structure_whose_parts_are_named_with_their_shares_keeps_them() -> None:
    # near misses: each share after its own sector; a colon after the structure that opens no list
    line = "Cơ cấu kinh tế: nông lâm thủy sản 23%; công nghiệp - xây dựng 34%; dịch vụ 43%."
    assert _structure_keys(line) == _SECTORS
    line = "Cơ cấu kinh tế chuyển dịch: tỷ trọng nông nghiệp còn 24%, tỷ trọng dịch vụ chiếm 41%."
    assert _structure_keys(line)[-1] == "grdp_services"


def test_a_list_after_a_structure_of_no_sectors_takes_no_earlier_keys() -> None:
    # near miss: the structure of the labour force, whose parts are no sectors, restates no earlier figures
    text = ("Tổng sản phẩm tăng 7%, dịch vụ tăng 8%. Cơ cấu lao động thành thị - nông thôn là 30% - 70%.")
    place = respective_place(text, text.index("30%"))
    assert place is not None and place.named_only
    assert respective_key(text, place, [(text.index("7%"), "grdp"), (text.index("8%"), "grdp_services")]) is None


@pytest.mark.parametrize(("segment", "sentence", "label"), [
    ("chỉ còn ", "Thị xã Hồng Lĩnh có tỷ lệ hộ nghèo thấp nhất, chỉ còn ", "Thị xã Hồng Lĩnh"),
    ("chỉ đạt ", "Huyện Mường Tè có tỷ lệ che phủ rừng cao, chỉ đạt ", "Huyện Mường Tè"),
    ("Khách quốc tế chỉ đạt ", "Khách quốc tế chỉ đạt ", "Khách quốc tế"),
    ("chỉ còn ", "Tỷ lệ hộ nghèo giảm mạnh, chỉ còn ", "Tỷ lệ hộ nghèo"),
])
def test_only_before_the_verb_is_no_subject(segment: str, sentence: str, label: str) -> None:
    # "..., chỉ còn 1,2%": the clause opens with "only" and its verb; the subject is the clause's before it
    assert subject_label(segment, sentence) == label


def test_a_district_that_has_the_lowest_rate_is_that_districts_figure() -> None:
    label = subject_label("chỉ còn ", "Thị xã Hồng Lĩnh có tỷ lệ hộ nghèo thấp nhất, chỉ còn ")
    assert a_part_of_the_area("poverty_rate", label, None)
    # near misses: the report's own district; an address is a noun
    assert not a_part_of_the_area("poverty_rate", label, "thi_xa_hong_linh")
    assert own_subject("Số địa chỉ ") == "Số địa chỉ"


def test_poor_households_falling_down_to_a_rate() -> None:
    # "Hộ nghèo giảm xuống còn 5,2%": the poverty rate; near miss: the near-poor
    assert catalog_key("", "pct", "level", "Hộ nghèo giảm xuống còn ", "%") == "poverty_rate"
    assert catalog_key("", "pct", "level", "Hộ cận nghèo giảm xuống còn ", "%") is None


@pytest.mark.parametrize("after", [
    " lao động đi làm việc tại nước ngoài",
    " người đi lao động ở nước ngoài",
    " người đi lao động có thời hạn ở nước ngoài",
    " lao động đi lao động nước ngoài theo hợp đồng",
])
def test_workers_going_abroad_however_the_place_is_said(after: str) -> None:
    assert catalog_key("", "person", "level", "Trong năm có ", after) == "overseas_workers"


def test_workers_in_the_country_are_not_abroad() -> None:
    # near miss: jobs at home
    assert catalog_key("", "person", "level", "Có ", " lao động đi làm việc tại các khu công nghiệp trong nước") is None


@pytest.mark.parametrize("after", [
    " xã hoàn thành xây dựng nông thôn mới",
    " xã về đích NTM",
    " xã đã hoàn thành các tiêu chí NTM",
])
def test_communes_finishing_the_new_rural_programme(after: str) -> None:
    assert catalog_key("", "count", "level", "Toàn huyện có ", after) == "new_rural_communes"


def test_communes_finishing_a_higher_class_are_no_new_rural_communes() -> None:
    # near misses: the advanced and model classes
    assert catalog_key("", "count", "level", "Có ", " xã hoàn thành xây dựng nông thôn mới nâng cao") is None
    assert catalog_key("", "count", "level", "Có ", " xã về đích NTM kiểu mẫu") is None


@pytest.mark.parametrize(("context", "after", "unit", "key"), [
    ("Thu hút đầu tư: ", " dự án, tổng vốn 3.200 tỷ đồng", "count", "investment_projects_approved"),
    ("Thu hút đầu tư: 15 dự án, tổng vốn ", " tỷ đồng", "VND", "investment_projects_capital"),
    ("Thu hút đầu tư trực tiếp nước ngoài (FDI) ", " dự án", "count", "investment_projects_approved"),
    ("Năm 2026 thu hút đầu tư 9 dự án, với tổng vốn ", " triệu USD", "USD", "investment_projects_capital"),
])
def test_projects_attracted_after_a_colon_or_a_bracket(context: str, after: str, unit: str, key: str) -> None:
    # "Thu hút đầu tư: 15 dự án, tổng vốn ...": the projects and their capital, with no "với"/"được" before them
    assert catalog_key("", unit, "level", context, after) == key


def test_capital_added_or_investment_attracted_without_projects_are_not_approved_capital() -> None:
    # near misses: the capital projects added; an amount attracted with no projects named
    assert catalog_key("", "VND", "level", "Thu hút đầu tư: 15 dự án, tổng vốn tăng thêm ", " tỷ đồng") is None
    assert catalog_key("", "VND", "level", "Thu hút đầu tư đạt ", " tỷ đồng") is None


def test_another_province_set_beside_the_reports_is_no_catalog_entry() -> None:
    # "..., trong khi tỉnh Nghệ An đạt 70,1%": another province's figure, set beside the report's own, is
    # not the report's entry, however it is named (with "tỉnh", bare, after "của"); the report's own
    # province named in the subject keeps its key
    text = ("Tỉnh Hà Tĩnh: lao động 10 tháng năm 2026\n\nHà Tĩnh, ngày 28/10/2026 - Tỷ lệ lao động qua đào tạo "
            "của tỉnh Hà Tĩnh ước đạt 71,5%, trong khi tỉnh Nghệ An đạt 70,1%. Sản lượng thủy sản đạt 45.300 tấn, "
            "trong khi Quảng Bình đạt 61.200 tấn.")
    keys = _keys_by_value(text, "ha_tinh.txt")
    assert keys[71.5] == "trained_labour_rate" and keys[45300] == "aquaculture_output"
    assert keys[70.1] is None
    # (... unless it is placed in that province, its subject after "trong khi": its own figure of the same entry)
    from orchestration.extraction import extract_document

    rows = extract_document(text.encode(), "ha_tinh.txt").tables["indicators"].iter_rows(named=True)
    placed = {r["value"]: (r["province"], r["indicator_key"]) for r in rows}
    assert placed[70.1][0] == "nghe_an" and placed[61200] == ("quang_binh", "aquaculture_output")
    # the province it merged into in 2025 is another province of a report keyed by its own name
    text = ("Quảng Bình: du lịch 9 tháng năm 2025\n\nQuảng Bình, ngày 30/9/2025 - Công suất sử dụng phòng bình quân "
            "của tỉnh Quảng Bình đạt 62%, trong khi của tỉnh Quảng Trị chỉ đạt 48%.")
    keys = _keys_by_value(text, "quang_binh.txt")
    assert keys[62] == "room_occupancy" and keys[48] is None
    # near miss: a renamed unit ("Huế", Thừa Thiên Huế in any text) is the report's own province
    text = ("date 2026-06\nDu lịch Huế 6 tháng năm 2026\n\nHuế, ngày 30/6/2026 - Sáu tháng, thành phố Huế "
            "đón 2,1 triệu lượt khách. Doanh thu du lịch của thành phố Huế đạt 4.500 tỷ đồng.")
    keys = _keys_by_value(text, "hue.txt")
    assert keys[2.1e6] == "tourist_arrivals" and keys[4500e9] == "tourism_revenue"


def test_a_province_other_than_the_texts_own_is_another_area() -> None:
    own = the_area_a_text_is_about({"admin_level": "province", "province": "gia_lai"}, "")
    assert a_part_of_the_area("tourist_arrivals", "trong khi tỉnh Kon Tum đón", None, own)
    assert not a_part_of_the_area("tourist_arrivals", "tỉnh Gia Lai đón", None, own)
    # without the text's province nothing is known of another's
    assert not a_part_of_the_area("tourist_arrivals", "trong khi tỉnh Kon Tum đón", None)


@pytest.mark.parametrize(
    ("context", "after", "unit"),
    [
        ("Cả nước đón ", " triệu lượt khách quốc tế trong 9 tháng.", "visit"),
        ("Cả nước xảy ra ", " vụ tai nạn giao thông.", "case"),
        ("Trong 6 tháng, toàn quốc có ", " doanh nghiệp thành lập mới.", "enterprise"),
        ("Tính đến nay, cả nước thu hút ", " dự án FDI mới.", "count"),
    ],
)
def test_a_clause_the_country_opens_is_the_countrys_figure(context: str, after: str, unit: str) -> None:
    # "Cả nước đón ...": the country is the clause's subject, whatever its verb
    assert catalog_key("", unit, "level", context, after) is None


def test_the_country_named_inside_the_clause_leaves_the_reports_entry() -> None:
    # near misses: the country as a rank, as a market or side by side with the province keeps the entry
    assert catalog_key("", "visit", "level", "Tỉnh đón ", " lượt khách quốc tế, đứng thứ 5 cả nước.") == (
        "tourist_arrivals_international")
    assert catalog_key("", "case", "level", "Trên địa bàn tỉnh xảy ra ", " vụ tai nạn giao thông.") == (
        "traffic_accidents")
    assert catalog_key("", "visit", "level", "Cả nước và tỉnh cùng đón khách; tỉnh đón ",
                       " lượt khách quốc tế.") == "tourist_arrivals_international"


@pytest.mark.parametrize(
    "context",
    [
        "Tỉnh đã thu hút 5 dự án trong nước với tổng vốn ",
        "Năm 2026 thu hút 62 dự án FDI mới với tổng vốn ",
        "cấp mới 9 dự án ngoài ngân sách, tổng vốn ",
        "thu hút 7 dự án đầu tư trực tiếp nước ngoài, với tổng số vốn ",
        "Quý III, thu hút 3 dự án đầu tư trong nước (DDI) với tổng vốn ",
    ],
)
def test_projects_with_their_origin_named_before_their_capital(context: str) -> None:
    # "thu hút 5 dự án trong nước với tổng vốn N": the origin ("trong nước", "FDI mới", "ngoài ngân sách")
    # between the projects and their capital still makes the capital that of the projects approved
    assert catalog_key("", "VND", "level", context, " tỷ đồng.") == "investment_projects_capital"


def test_the_capital_of_projects_so_far_or_added_stays_no_approval() -> None:
    # near misses: the projects counted so far, and capital added to projects, are not the approved ones'
    assert catalog_key("", "VND", "level", "Đến nay có 62 dự án trong nước với tổng vốn ", " tỷ đồng.") is None
    assert catalog_key("", "VND", "level", "có 12 dự án trong nước với vốn tăng thêm ", " tỷ đồng.") is None


def test_cooperatives_counted_in_their_abbreviation() -> None:
    # "Số HTX đang hoạt động là 58 HTX": the abbreviation after the number is the unit the count is in,
    # not a subject of its own
    assert catalog_key("Số HTX đang hoạt động", "cooperative", "level", "Số HTX đang hoạt động là ",
                       " HTX.") == "cooperatives_total"
    assert catalog_key("", "cooperative", "level", "Toàn tỉnh có ", " HTX đang hoạt động.") == (
        "cooperatives_total")
    assert catalog_key("", "cooperative", "level", "Năm 2024, thành lập mới ", " HTX, củng cố 18 HTX.") == (
        "new_cooperatives")


@pytest.mark.parametrize(
    ("context", "after"),
    [
        ("Trong năm, thành lập mới 24 HTX, củng cố ", " HTX."),
        ("Năm 2025 thành lập mới 31 hợp tác xã, giải thể ", " hợp tác xã."),
        ("thành lập mới 12 HTX, hỗ trợ ", " HTX."),
    ],
)
def test_a_count_after_the_new_cooperatives_with_its_own_verb_is_not_them(context: str, after: str) -> None:
    # the alias "thành lập mới 24 HTX" counted the 24: the next count of the same noun, with a verb of
    # its own, is another act
    assert catalog_key(context.rsplit(", ", 1)[1].strip(), "cooperative", "level", context, after) is None


def test_capital_named_before_another_amount_is_that_amounts() -> None:
    # "52 dự án cấp mới với tổng vốn 620 triệu USD và 38 dự án điều chỉnh tăng vốn 740 triệu USD": the
    # capital named right before the 620 is the 620's; the 740 added to adjusted projects is no approval
    context = ("Quý II, tỉnh thu hút 1,36 tỷ USD vốn FDI, gồm 52 dự án cấp mới với tổng vốn 620 triệu USD và "
               "38 dự án điều chỉnh tăng vốn ")
    assert catalog_key("dự án điều chỉnh tăng vốn", "USD", "level", context, " triệu USD.") is None
    assert catalog_key("", "VND", "level", "Thu hút 14 dự án mới với tổng vốn 2.050 tỷ đồng, 6 dự án tăng vốn ",
                       " tỷ đồng.") is None
    # near misses: the amount right after the capital keeps it, with or without its verb
    assert catalog_key("", "USD", "level", "gồm 52 dự án cấp mới với tổng vốn ",
                       " triệu USD và 38 dự án điều chỉnh tăng vốn 740 triệu USD.") == "investment_projects_capital"
    assert catalog_key("", "VND", "level", "Thu hút 14 dự án mới với tổng vốn đạt ", " tỷ đồng.") == (
        "investment_projects_capital")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Sân bay Cam Ranh đón 2,5 triệu lượt hành khách.", 2.5e6),
        ("Khu du lịch Tràng An đón 1,4 triệu lượt khách.", 1.4e6),
        ("Vườn quốc gia Cúc Phương đón 85.000 lượt khách.", 85000),
        ("Cảng hàng không Phú Quốc đón 1,9 triệu lượt khách.", 1.9e6),
    ],
)
def test_one_named_site_welcomes_its_own_visitors(line: str, value: float) -> None:
    # one airport, tourist site or park named before its figure counts its own visitors, not the area's arrivals
    text = f"Ninh Bình: du lịch 6 tháng năm 2026\n\nNinh Bình, 30/6/2026 - Toàn tỉnh đón 5,2 triệu lượt khách. {line}"
    keys = _keys_by_value(text, "ninh_binh.txt")
    assert keys[5.2e6] == "tourist_arrivals" and keys[value] is None


def test_the_sites_of_the_whole_area_stay_its_arrivals() -> None:
    # near misses: the sites of the whole province, unnamed, are the area's arrivals
    text = ("Ninh Bình: du lịch 6 tháng năm 2026\n\nNinh Bình, 30/6/2026 - Các khu du lịch trên địa bàn tỉnh "
            "đón 3,1 triệu lượt khách.")
    assert _keys_by_value(text, "ninh_binh.txt")[3.1e6] == "tourist_arrivals"


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        ("Kim ngạch xuất khẩu 8 tháng ước đạt ", "Kim ngạch xuất khẩu"),
        ("Chỉ số giá tiêu dùng (CPI) tháng 10/2026 tăng ", "Chỉ số giá tiêu dùng (CPI)"),
        ("Tổng mức bán lẻ hàng hóa quý III/2024 ước đạt ", "Tổng mức bán lẻ hàng hóa"),
        ("Doanh thu du lịch 6 tháng đầu năm 2027 đạt ", "Doanh thu du lịch"),
        ("Chỉ số sản xuất công nghiệp cộng dồn đến tháng 8 tăng ", "Chỉ số sản xuất công nghiệp"),
        ("tháng giải quyết việc làm cho ", "giải quyết việc làm"),
        # a level a plan holds ("ổn định ở mức", "duy trì ở mức") is no part of the subject; a count maintained is
        ("Tỷ lệ che phủ rừng ổn định ở mức ", "Tỷ lệ che phủ rừng"),
        ("tỷ lệ thất nghiệp thành thị duy trì ở mức dưới ", "tỷ lệ thất nghiệp thành thị"),
        ("Toàn xã duy trì ", "Toàn xã duy trì"),
    ],
)
def test_a_label_is_the_subject_without_its_period(segment: str, label: str) -> None:
    # the period a subject is written with ("... 8 tháng", "... tháng 10/2026") is no part of its label, nor
    # the "tháng" a period's number was cut off from ("10 tháng giải quyết việc làm")
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        ("Năm học 2026-2027 toàn tỉnh có ", "Năm học 2026-2027"),
        ("dự ước 6 tháng đầu năm 2026 tăng ", "dự ước 6 tháng đầu năm 2026"),
        ("Vụ mùa năm 2025 ", "Vụ mùa năm 2025"),
        ("tháng đầu năm ", "tháng đầu năm"),
    ],
)
def test_a_label_that_is_only_a_period_or_a_verb_without_it_stays(segment: str, label: str) -> None:
    # near misses: when the period leaves no subject (only a verb or an average) the words stay as they were
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    ("context", "after"),
    [
        ("- Vận tải hành khách 9 tháng ước đạt ", " triệu lượt khách, tăng 9,2% so với cùng kỳ"),
        ("Vận chuyển hành khách quý II đạt ", " nghìn lượt khách"),
        ("Số lượt hành khách vận chuyển tháng 4 ước đạt ", " triệu lượt khách"),
        ("Hoạt động vận tải quý III: vận tải hành khách đạt 14,2 triệu lượt khách, tăng ", "% so với cùng kỳ"),
        ("Cảng hàng không Phú Bài phục vụ ", " nghìn lượt hành khách"),
        ("Số lượt khách vận chuyển 9 tháng ước đạt ", " triệu lượt khách"),
        ("Vận tải khách đường bộ quý I đạt ", " nghìn lượt khách"),
        ("Vận chuyển khách 6 tháng đạt ", " triệu lượt khách"),
        ("Tuyến xe buýt số 5 đã vận chuyển ", " lượt khách"),
    ],
)
def test_passengers_carried_are_not_tourist_arrivals(context: str, after: str) -> None:
    # the passengers transport carried (a statistics release's transport section) are counted in "lượt khách"
    # like visitors, but they are no tourist arrivals
    unit, metric = ("pct", "yoy_pct") if after.startswith("%") else ("visit", "level")
    assert catalog_key("", unit, metric, context, after) is None


@pytest.mark.parametrize(
    ("context", "after", "key"),
    [
        ("Khách du lịch đến tỉnh 9 tháng ước đạt ", " triệu lượt, tăng 14%", "tourist_arrivals"),
        ("Vận tải hành khách đạt 5 triệu lượt khách; khách du lịch đạt ", " nghìn lượt", "tourist_arrivals"),
        ("Vận chuyển khách 6 tháng đạt 5 triệu lượt, trong khi khách du lịch đến tỉnh đạt ", " nghìn lượt",
         "tourist_arrivals"),
        ("Đón và phục vụ ", " lượt khách tham quan", "tourist_arrivals"),
        ("Khách du lịch đến bằng đường hàng không, trong đó khách quốc tế đạt ", " lượt",
         "tourist_arrivals_international"),
    ],
)
def test_visitors_beside_passengers_stay_the_arrivals(context: str, after: str, key: str) -> None:
    # near misses: the visitors of a clause of their own, after the passengers, or with no passenger word
    assert catalog_key("", "visit", "level", context, after) == key


def test_a_part_of_the_passengers_and_passengers_carried_over_are_not_tourist_arrivals() -> None:
    # a part of the passengers a port handled ("trong đó"), and a subject of passengers carried from the piece before
    port = "Lượng hành khách thông qua sân bay đạt 92.000 lượt, trong đó khách quốc tế chiếm "
    assert catalog_key("khách quốc tế", "pct", "share_pct", port, "%") is None
    carried = "Vận chuyển hành khách tháng 9 .  . 9 tháng đạt "
    assert catalog_key("Vận chuyển hành khách", "visit", "level", carried, " triệu lượt khách") is None
    # near miss: the subject carried over names visitors
    visitors = "Khách du lịch tháng 9 .  . 9 tháng đạt "
    assert catalog_key("Khách du lịch", "visit", "level", visitors, " triệu lượt khách") == "tourist_arrivals"


@pytest.mark.parametrize(
    "context",
    [
        "Chỉ số sản xuất công nghiệp ngành chế biến, chế tạo tháng 4 tăng ",
        "Tính chung 4 tháng, chỉ số sản xuất ngành công nghiệp chế biến, chế tạo tăng ",
        "Trong quý, IIP ngành sản xuất và phân phối điện tăng ",
        "chỉ số sản xuất công nghiệp của ngành khai khoáng giảm ",
        "Chỉ số sản xuất công nghiệp ngành cung cấp nước, hoạt động quản lý và xử lý rác thải tăng ",
    ],
)
def test_the_index_of_a_branch_is_not_the_industrial_production_index(context: str) -> None:
    # the index named with one branch right after it ("chỉ số sản xuất công nghiệp ngành chế biến, chế tạo")
    # is that branch's, not the whole industry's
    assert catalog_key("", "pct", "yoy_pct", context, "% so với cùng kỳ") is None


@pytest.mark.parametrize(
    ("context", "unit", "metric"),
    [
        ("GRDP tăng 8%; giá trị tăng thêm ngành công nghiệp chế biến, chế tạo tăng ", "pct", "yoy_pct"),
        ("Giá trị tăng thêm của ngành công nghiệp khai khoáng giảm ", "pct", "yoy_pct"),
        ("Giá trị sản xuất công nghiệp ngành chế biến, chế tạo đạt ", "VND", "level"),
        ("Giá trị sản xuất công nghiệp của ngành sản xuất, phân phối điện ước đạt ", "VND", "level"),
    ],
)
def test_the_value_of_a_branch_is_not_the_whole_industrys(context: str, unit: str, metric: str) -> None:
    # the industry's value added or production value named with one branch right after it is that branch's
    after = "%" if unit == "pct" else " tỷ đồng"
    assert catalog_key("", unit, metric, context, after) is None


@pytest.mark.parametrize(
    ("context", "unit", "metric", "key"),
    [
        ("Giá trị tăng thêm ngành công nghiệp tăng ", "pct", "yoy_pct", "grdp_industry"),
        ("Giá trị sản xuất công nghiệp ước đạt ", "VND", "level", "industrial_output"),
        ("Giá trị sản xuất công nghiệp 8 tháng ước đạt ", "VND", "level", "industrial_output"),
    ],
)
def test_the_value_of_the_whole_industry_stays_its_entry(context: str, unit: str, metric: str, key: str) -> None:
    # near misses: the whole industry's value added and production value, with no branch after them
    assert catalog_key("", unit, metric, context, "%" if unit == "pct" else " tỷ đồng") == key


@pytest.mark.parametrize(
    "context",
    [
        "Chỉ số sản xuất toàn ngành công nghiệp quý I/2026 ước tăng ",
        "Chỉ số sản xuất công nghiệp (IIP) tháng 5 tăng ",
        "IIP tháng 11 của tỉnh Tuyên Quang tăng ",
        "Chỉ số sản xuất công nghiệp tăng 9% so với tháng trước và tăng ",
    ],
)
def test_the_index_of_the_whole_industry_stays_the_entry(context: str) -> None:
    # near misses: the whole industry's index, with its period or the place after it
    assert catalog_key("", "pct", "yoy_pct", context, "% so với cùng kỳ") == "industrial_production_index"


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric"),
    [
        ("Cả nước 9 tháng có ", " doanh nghiệp thành lập mới; tỉnh có 985 doanh nghiệp", "enterprise", "level"),
        ("Toàn quốc quý I/2026 có ", " doanh nghiệp thành lập mới", "enterprise", "level"),
        ("Cả nước trong 9 tháng xảy ra 14.500 vụ tai nạn giao thông, làm chết ", " người", "person", "level"),
        ("Cả nước 6 tháng xảy ra 9.800 vụ tai nạn giao thông, làm chết 4.900 người, bị thương ", " người",
         "person", "level"),
        ("Trên cả nước, khách quốc tế 6 tháng đạt 10,7 triệu lượt, tăng ", "%", "pct", "yoy_pct"),
    ],
)
def test_the_countrys_figures_with_a_period_or_over_a_comma_take_no_key(
        context: str, after: str, unit: str, metric: str) -> None:
    # the country opening a sentence names the subject of its figures, with a period after it ("Cả nước 9
    # tháng có ...") and in the segments after a comma that go on with it ("..., làm chết 7.850 người")
    assert catalog_key("", unit, metric, context, after) is None


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric", "key"),
    [
        ("Cả nước 9 tháng có 228.700 doanh nghiệp thành lập mới, trong khi toàn tỉnh có ",
         " doanh nghiệp thành lập mới", "enterprise", "level", "new_enterprises"),
        ("Tai nạn giao thông trên địa bàn tỉnh xảy ra 52 vụ, làm chết ", " người", "person", "level",
         "traffic_deaths"),
        ("So với cả nước, tỉnh có 9 tháng xảy ra 52 vụ tai nạn giao thông, làm chết ", " người", "person",
         "level", "traffic_deaths"),
    ],
)
def test_the_areas_figures_beside_the_country_keep_their_key(
        context: str, after: str, unit: str, metric: str, key: str) -> None:
    # near misses: the province's own figure after the country's, or a country named only as the base
    assert catalog_key("", unit, metric, context, after) == key


@pytest.mark.parametrize(
    ("context", "after"),
    [
        ("Trong khi đó, IIP cả nước tăng ", "% so với cùng kỳ"),
        ("GRDP cả nước quý III/2026 tăng ", "%"),
        ("Chỉ số sản xuất công nghiệp toàn quốc 6 tháng tăng ", "%"),
        ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước tăng ", "%"),
        ("Kim ngạch xuất khẩu chung cả nước tăng ", "%"),
    ],
)
def test_an_entry_named_with_the_country_after_it_is_the_countrys(context: str, after: str) -> None:
    # the country's figure quoted for comparison, the country written right after the entry's name
    assert catalog_key("", "pct", "yoy_pct", context, after) is None


@pytest.mark.parametrize(
    ("context", "key"),
    [
        ("GRDP của tỉnh tăng 8,2%, đứng thứ 5 cả nước; IIP tăng ", "industrial_production_index"),
        ("Tốc độ tăng trưởng GRDP đứng thứ 3 cả nước, đạt ", "grdp"),
        ("Kim ngạch xuất khẩu của tỉnh, cao nhất cả nước, tăng ", "export_turnover"),
    ],
)
def test_an_entry_ranked_in_the_country_stays_the_reports(context: str, key: str) -> None:
    # near misses: the country named after a rank, not right after the entry's name
    assert catalog_key("", "pct", "yoy_pct", context, "%") == key


@pytest.mark.parametrize(
    ("subject", "context", "after", "unit", "key"),
    [
        ("tỉnh Cà Mau", "Cả nước 9 tháng có 9 doanh nghiệp thành lập mới; tỉnh Cà Mau có ",
         " doanh nghiệp thành lập mới, tăng 6,2%", "enterprise", "new_enterprises"),
        ("thành phố Cần Thơ", "Cả nước có 9 doanh nghiệp thành lập mới, thành phố Cần Thơ có ",
         " doanh nghiệp thành lập mới", "enterprise", "new_enterprises"),
        ("tỉnh Gia Lai", "Toàn quốc 6 tháng xảy ra 9 vụ tai nạn giao thông; còn tỉnh Gia Lai xảy ra ",
         " vụ tai nạn giao thông", "case", "traffic_accidents"),
    ],
)
def test_the_province_set_against_the_country_is_the_reports_own(
        subject: str, context: str, after: str, unit: str, key: str) -> None:
    # "Cả nước ...; tỉnh X có ...": the one province a report sets against the whole country is its own
    assert catalog_key(subject, unit, "level", context, after) == key


@pytest.mark.parametrize(
    ("subject", "context"),
    [
        # a second province after the first is an item of a list of others
        ("tỉnh Bạc Liêu", "Cả nước có 9 doanh nghiệp thành lập mới; tỉnh Cà Mau có 9 doanh nghiệp; tỉnh Bạc Liêu có "),
        # a bare name (no "tỉnh") after the country's clause stays a list item
        ("Bạc Liêu", "Cả nước có 9 doanh nghiệp thành lập mới; Bạc Liêu có "),
        # no clause of the country before it
        ("tỉnh Bạc Liêu", "Doanh nghiệp thành lập mới tăng cao; tỉnh Bạc Liêu có "),
    ],
)
def test_other_listed_provinces_after_the_country_stay_unkeyed(subject: str, context: str) -> None:
    assert catalog_key(subject, "enterprise", "level", context, " doanh nghiệp thành lập mới") is None


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        ("Giá trị sản xuất nông nghiệp cao hơn ", "Giá trị sản xuất nông nghiệp"),
        ("Tổng vốn đầu tư toàn xã hội thấp hơn cùng kỳ ", "Tổng vốn đầu tư toàn xã hội"),
        ("- Sản lượng lúa cao hơn so với cùng kỳ năm trước ", "- Sản lượng lúa"),
        ("Trên địa bàn tỉnh xảy ra ", "Trên địa bàn tỉnh"),
        ("Tai nạn giao thông quý II/2026 xảy ra ", "Tai nạn giao thông"),
        ("Lượng hàng hóa thông quan nhiều hơn cùng kỳ ", "Lượng hàng hóa thông quan"),
        ("Số vụ vi phạm ít hơn cùng kỳ năm trước ", "Số vụ vi phạm"),
        ("Diện tích gieo trồng lớn hơn so với cùng kỳ ", "Diện tích gieo trồng"),
        ("Số hộ tái nghèo nhỏ hơn ", "Số hộ tái nghèo"),
        ("Quy mô nền kinh tế lớn hơn năm trước ", "Quy mô nền kinh tế"),
        ("Chỉ số giá tiêu dùng cao hơn so với tháng trước ", "Chỉ số giá tiêu dùng"),
        # a bound set by a negated comparison: its "không" goes with it
        ("Tỷ lệ thất nghiệp không cao hơn ", "Tỷ lệ thất nghiệp"),
        ("Độ che phủ của cây xanh không thấp hơn ", "Độ che phủ của cây xanh"),
        ("Tốc độ tăng giá không vượt ", "Tốc độ tăng giá"),
        # near miss: a subject that ends in "không" before no comparison keeps it
        ("Số xã không ", "Số xã không"),
    ],
)
def test_a_label_leaves_out_a_comparison_and_the_verb_of_happening(segment: str, label: str) -> None:
    # "cao hơn (cùng kỳ)", "thấp hơn (cùng kỳ)", "xảy ra" are verbs before the number, no part of the subject
    assert own_subject(segment).strip("- ") == label.strip("- ")


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        # a title quoted at the end of the subject keeps the quote that closes it
        ('Số khu dân cư đạt danh hiệu "Khu dân cư kiểu mẫu" là ', 'Số khu dân cư đạt danh hiệu "Khu dân cư kiểu mẫu"'),
        ("Số hộ được công nhận “Gia đình học tập” đạt ", "Số hộ được công nhận “Gia đình học tập”"),
        # near misses: a quote that closes nothing opened in the subject goes, as does a title quoted whole
        ('Số hộ kinh doanh" đạt ', "Số hộ kinh doanh"),
        ('"Số hộ kinh doanh" đạt ', "Số hộ kinh doanh"),
    ],
)
def test_a_quoted_title_ending_the_subject_keeps_its_closing_quote(segment: str, label: str) -> None:
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        # a rank that falls or rises is said with verbs of their own: the subject ends before them
        ("Chỉ số năng lực cạnh tranh năm 2026 tụt 4 bậc so với năm 2025", "Chỉ số năng lực cạnh tranh năm 2026"),
        ("Chỉ số cải cách hành chính vươn lên 9 bậc", "Chỉ số cải cách hành chính"),
        # near miss: "tụt hậu" (lagging) is a noun inside the subject
        ("Nguy cơ tụt hậu của vùng núi là lớn", "Nguy cơ tụt hậu của vùng núi"),
    ],
)
def test_a_ranks_fall_or_rise_ends_the_opening_subject(before: str, subject: str) -> None:
    assert opening_subject(before) == subject


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        ("Chỉ số SIPAS tụt ", "Chỉ số SIPAS"),
        ("Chỉ số PAR INDEX vươn lên ", "Chỉ số PAR INDEX"),
        ("Chỉ số chuyển đổi số tụt xuống ", "Chỉ số chuyển đổi số"),
        ("Số thôn có nguy cơ tụt hậu ", "Số thôn có nguy cơ tụt hậu"),  # (near miss: lagging, a noun)
    ],
)
def test_a_ranks_fall_or_rise_is_no_part_of_the_label(segment: str, label: str) -> None:
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        # the verb of the change before "hơn", the excess and a bare "hơn" with their base, the base named by its year
        ("Doanh thu du lịch giảm hơn cùng kỳ ", "Doanh thu du lịch"),
        ("Vốn huy động vượt cùng kỳ ", "Vốn huy động"),
        ("Số hợp tác xã thành lập hơn cùng kỳ ", "Số hợp tác xã thành lập"),
        ("Số vụ cháy rừng thấp hơn cùng kỳ năm 2024 là ", "Số vụ cháy rừng"),
        ("Lượng khách quốc tế nhiều hơn năm 2026 khoảng ", "Lượng khách quốc tế"),
        ("Sản lượng điện tăng hơn tháng trước ", "Sản lượng điện"),
        ("Dư nợ tín dụng cao hơn cùng kỳ năm ngoái ", "Dư nợ tín dụng"),
        # near misses: a year after "năm" with no comparison before it stays (its period, read elsewhere); "vượt" as
        # a part of a name stays
        ("Số hộ thoát nghèo năm 2026 ", "Số hộ thoát nghèo năm 2026"),
        ("Số công trình vượt lũ ", "Số công trình vượt lũ"),
    ],
)
def test_a_comparison_with_its_verb_or_a_years_base_is_no_part_of_the_label(segment: str, label: str) -> None:
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        ("Hàng hóa chất lượng cao ", "Hàng hóa chất lượng cao"),
        ("Số doanh nghiệp quy mô lớn ", "Số doanh nghiệp quy mô lớn"),
        ("Số hộ có thu nhập cao ", "Số hộ có thu nhập cao"),
    ],
)
def test_a_high_that_compares_nothing_stays_in_the_label(segment: str, label: str) -> None:
    # near misses: "cao", "lớn" without "hơn" describe the subject
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    ("segment", "sentence", "label"),
    [
        (" tháng 6/2026 tăng ", "Chỉ số giá tiêu dùng (CPI) tháng 6/2026 tăng ", "Chỉ số giá tiêu dùng"),
        (" quý II năm 2025 giảm ", "Chỉ số giá vàng (bình quân) quý II năm 2025 giảm ", "Chỉ số giá vàng"),
        (" năm trước tăng ", "Chỉ số giá tiêu dùng tháng 9/2025 tăng 0,41% so với tháng trước; so với tháng 12 "
         "năm trước tăng ", "Chỉ số giá tiêu dùng"),
        ("so với cùng kỳ năm 2025 giảm ", "Chỉ số giá vàng quý I/2027 tăng 3,1%, so với cùng kỳ năm 2025 giảm ",
         "Chỉ số giá vàng"),
    ],
)
def test_a_month_or_a_base_alone_is_no_label(segment: str, sentence: str, label: str) -> None:
    # a segment that is only the figure's month or the base of its change takes the subject named before,
    # without that subject's own period
    assert own_subject(segment) == ""
    assert subject_label(segment, sentence).replace(" (CPI)", "") == label


def test_a_base_after_a_months_number_is_only_the_base() -> None:
    from orchestration.extraction.indicators import only_the_base_of_a_change

    assert only_the_base_of_a_change("năm trước")
    assert only_the_base_of_a_change("cùng kỳ năm 2025")
    assert not only_the_base_of_a_change("vốn năm trước")  # near miss: a subject of its own


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Tỷ lệ thất nghiệp còn 2,05%, giảm ", "Tỷ lệ thất nghiệp"),
        ("Tỷ lệ hộ nghèo đa chiều còn 3,1%, giảm ", "Tỷ lệ hộ nghèo đa chiều"),
        ("Số hộ nghèo còn lại 1.240 hộ, giảm ", "Số hộ nghèo còn lại"),  # near miss: "còn lại" names the subject
    ],
)
def test_a_clause_said_with_con_gives_its_subject_to_the_change_after_it(sentence: str, label: str) -> None:
    # "còn" (down to) is the verb of the clause before, no part of the subject its change carries over
    assert subject_label("giảm ", sentence) == label


def test_a_noun_ending_in_chi_is_no_adverb_before_the_verb() -> None:
    # "chứng chỉ", "địa chỉ" are nouns of the subject; "chỉ còn" is "only" before the verb
    assert own_subject("Số người lao động được cấp chứng chỉ ") == "Số người lao động được cấp chứng chỉ"
    assert own_subject("Tỷ lệ hộ cận nghèo chỉ còn ") == "Tỷ lệ hộ cận nghèo"


def test_enterprises_given_new_registrations_and_their_capital() -> None:
    context = "Thu hút đầu tư trong nước năm 2027 đạt 41.000 tỷ đồng, trong đó cấp mới cho "
    assert catalog_key("trong đó cấp mới", "enterprise", "level", context, " doanh nghiệp với vốn") == "new_enterprises"
    capital = context + "870 doanh nghiệp với vốn đăng ký "
    assert catalog_key("doanh nghiệp với vốn đăng ký", "VND", "level", capital, " tỷ đồng") == "new_enterprises_capital"
    # projects given new licences are no enterprises
    projects = "Thu hút đầu tư nước ngoài, cấp mới cho "
    assert catalog_key("cấp mới", "count", "level", projects, " dự án") != "new_enterprises"


def test_an_average_over_a_period_after_a_bracketed_name_names_no_subject() -> None:
    assert own_subject(" bình quân 9 tháng ") == ""
    assert names_only_a_period("bình quân năm 2027 tăng ")
    # an average of its own is a subject
    assert own_subject("Thu nhập bình quân đầu người ") == "Thu nhập bình quân đầu người"
    assert own_subject("bình quân mỗi ngày đón ") != ""


def test_investors_equity_raised_is_no_bank_deposit() -> None:
    for label in ("Các hợp tác xã đã huy động vốn góp", "doanh nghiệp huy động vốn chủ sở hữu",
                  "Số vốn huy động từ góp vốn của thành viên", "huy động vốn điều lệ"):
        assert catalog_key(label, "VND", "level") is None, label
    # near-misses: the banks' funds, however written, stay deposits
    for label in ("Nguồn vốn huy động của các tổ chức tín dụng", "Vốn huy động tại chỗ", "Huy động vốn của ngân hàng"):
        assert catalog_key(label, "VND", "level") == "bank_deposits", label


def test_new_enterprises_counted_after_a_field_named_before_a_colon() -> None:
    assert catalog_key("", "enterprise", "level", "Thành lập mới: ", " doanh nghiệp, vốn đăng ký") == "new_enterprises"
    assert catalog_key("", "VND", "level", "Thành lập mới: 204 doanh nghiệp, vốn đăng ký ",
                       " tỷ đồng") == "new_enterprises_capital"
    # near-miss: cooperatives founded under the same field are no enterprises
    assert catalog_key("", "cooperative", "level", "Thành lập mới: ", " hợp tác xã") != "new_enterprises"


def test_revenue_before_its_verb_keeps_its_noun() -> None:
    assert own_subject("doanh thu ước đạt ") == "doanh thu"
    assert own_subject("Doanh thu đạt ") == "Doanh thu"
    # near-miss: "thu" after another word is still the verb of collecting
    assert own_subject("Ngân hàng chính sách thu ") == "Ngân hàng chính sách"


def test_an_accident_of_another_kind_after_a_traffic_line_takes_no_traffic_key() -> None:
    keys = _keys_by_value("UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2027\n\n"
                          "Tai nạn giao thông: xảy ra 27 vụ, làm chết 19 người, bị thương 14 người. "
                          "Tai nạn lao động xảy ra 3 vụ, làm chết 2 người. Xảy ra 4 vụ đuối nước làm chết 5 người.\n"
                          "Trong quý, xảy ra 11 vụ tai nạn giao thông đường thủy và đường bộ, làm chết 8 người.\n",
                          "son_la.txt")
    assert keys[3] is None and keys[2] is None and keys[5] is None
    assert (keys[27], keys[19], keys[14]) == ("traffic_accidents", "traffic_deaths", "traffic_injuries")
    assert (keys[11], keys[8]) == ("traffic_accidents", "traffic_deaths")  # (traffic named last: as it was)


def test_the_poverty_rate_of_a_group_is_not_the_places() -> None:
    keys = _keys_by_value("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
                          "Tỷ lệ hộ nghèo giảm còn 11,3%; tỷ lệ hộ nghèo dân tộc thiểu số còn 15,2%. Tỷ lệ hộ nghèo ở "
                          "các xã đặc biệt khó khăn còn 28,4%.\n", "lai_chau.txt")
    assert keys[11.3] == "poverty_rate"  # (the place's own rate, as it was)
    assert keys[15.2] is None and keys[28.4] is None


@pytest.mark.parametrize(("label", "name"), [
    # the words that open a part of the whole before are no part of the part's name
    ("trong đó khách lưu trú", "khách lưu trú"),
    ("Trong đó, có hộ cận nghèo", "hộ cận nghèo"),
    ("trong đó: xuất khẩu gạo", "xuất khẩu gạo"),
    # near-misses: nothing but a number or a verb after it, or no opener at all, keep the label as it is
    ("trong đó có 12 phường", "trong đó có 12 phường"),
    ("trong đó có", "trong đó có"),
    ("trong đó", "trong đó"),
    ("tổng số trong đó", "tổng số trong đó"),
    ("Tổng lượt khách", "Tổng lượt khách"),
])
def test_a_parts_label_leaves_out_the_words_opening_it(label: str, name: str) -> None:
    assert without_the_part_opener(label) == name


@pytest.mark.parametrize(("context", "after", "unit", "key"), [
    # a rate per day or month is not the period's total
    ("Bình quân 9 tháng, mỗi ngày có ", " doanh nghiệp thành lập mới", "enterprise", None),
    ("Mỗi tháng có ", " doanh nghiệp thành lập mới", "enterprise", None),
    # near-misses: the period's own count, and a yearly average (the entry's own yearly figure)
    ("Trong 9 tháng có ", " doanh nghiệp thành lập mới", "enterprise", "new_enterprises"),
    ("Trong 6 tháng, số doanh nghiệp thành lập mới mỗi năm tăng, đạt ", " doanh nghiệp", "enterprise",
     "new_enterprises"),
])
def test_a_count_per_day_or_month_takes_no_entry(context: str, after: str, unit: str, key: str | None) -> None:
    assert catalog_key(context, unit, "level", context, after) == key


def test_a_price_index_after_the_industrial_index_is_no_industrial_index() -> None:
    text = ("date 2027-04\nKinh tế Thái Nguyên tháng 4\n\n"
            "Chỉ số sản xuất công nghiệp tháng 4 tăng 6,9% so với cùng kỳ. "
            "Chỉ số giá vàng tháng 4 so với tháng trước bằng 103,8%.\n"
            "Chỉ số sản xuất toàn ngành công nghiệp tháng 4 tăng 2,4% so với tháng trước.\n")
    keys = _keys_by_value(text, "thai_nguyen.txt")
    assert keys[3.8] is None
    # near-miss: the industrial index said again in a sentence of its own keeps its key
    assert keys[6.9] == keys[2.4] == "industrial_production_index"


@pytest.mark.parametrize(("context", "key"), [
    ("Công suất buồng phòng bình quân đạt ", "room_occupancy"),
    ("Công suất sử dụng buồng ước đạt ", "room_occupancy"),
    # near-miss: a plant's capacity is no room occupancy
    ("Công suất nhà máy đạt ", None),
])
def test_room_occupancy_as_hotels_write_it(context: str, key: str | None) -> None:
    assert catalog_key("", "pct", "level", context, "%") == key


@pytest.mark.parametrize(("sentence_before", "label"), [
    # a list item's heading before its colon: the noun of growth is part of the entry, no verb
    ("- Tốc độ tăng trưởng kinh tế: ", "Tốc độ tăng trưởng kinh tế"),
    ("Tốc độ tăng trưởng GRDP: ", "Tốc độ tăng trưởng GRDP"),
    # near-miss: a verb of change still ends the subject
    ("Tổng đàn lợn tăng nhẹ: ", "Tổng đàn lợn"),
])
def test_a_subject_before_a_colon_keeps_the_noun_of_growth(sentence_before: str, label: str) -> None:
    assert subject_label(" ", sentence_before) == label


def test_a_listed_name_with_a_comma_inside_keeps_its_whole_name() -> None:
    from tests.conftest import indicator_rows

    rows = indicator_rows(
        "UBND HUYỆN ĐẠ HUOAI\nBÁO CÁO\nKết quả sản xuất 6 tháng đầu năm 2027\n\n"
        "Tổng đàn gia súc, gia cầm có 88.300 con, giảm 1,4%. Đàn trâu, bò có 7.150 con. Trạm y tế đã khám, "
        "chữa bệnh cho 6.420 lượt người. Số hộ nghèo, cận nghèo được vay vốn là 310 hộ. Có 41 thôn, bản đạt "
        "chuẩn văn hóa.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[88_300] == read[-1.4] == "Tổng đàn gia súc, gia cầm"
    assert read[7_150] == "Đàn trâu, bò"
    assert "khám, chữa bệnh" in read[6_420]
    assert read[310].startswith("Số hộ nghèo, cận nghèo")
    # near-miss: a comma that parts two clauses of their own keeps them apart
    rows = indicator_rows(
        "UBND HUYỆN ĐẠ HUOAI\nBÁO CÁO\nKết quả sản xuất 6 tháng đầu năm 2027\n\n"
        "Đàn bò có 7.150 con, đàn gia cầm 61.000 con.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[61_000] == "đàn gia cầm"


@pytest.mark.parametrize(("label", "name"), [
    # the time a subject is said for, at the label's end, is the row's period, no part of its name
    ("Sản lượng lúa niên vụ 2026-2027", "Sản lượng lúa"),
    ("Số trẻ mầm non ra lớp năm học 2025-2026", "Số trẻ mầm non ra lớp"),
    ("Số giáo viên năm học", "Số giáo viên"),
    ("Tỷ lệ hộ cận nghèo cuối năm 2026", "Tỷ lệ hộ cận nghèo"),
    ("Thu nhập bình quân đầu người trong năm", "Thu nhập bình quân đầu người"),
    ("Đàn lợn thời điểm 01/4/2027", "Đàn lợn"),
    # and so is the time a stock is counted up to
    ("Tỷ lệ hộ nghèo đến cuối năm 2027", "Tỷ lệ hộ nghèo"),
    ("Số xã đạt chuẩn nông thôn mới tính đến hết năm nay", "Số xã đạt chuẩn nông thôn mới"),
    # a part set apart with "riêng" is named without it
    ("riêng đàn dê", "đàn dê"),
    # near-misses: a time alone, a span of years that is a plan's, and a part that is only a month, stay as written
    ("năm 2026", "năm 2026"),
    ("Kế hoạch 5 năm", "Kế hoạch 5 năm"),
    ("đến cuối năm 2030", "đến cuối năm 2030"),
    ("Riêng tháng 12", "Riêng tháng 12"),
    ("Diện tích lúa vụ mùa", "Diện tích lúa vụ mùa"),
])
def test_a_label_leaves_out_the_time_it_is_said_for(label: str, name: str) -> None:
    assert without_the_part_opener(label) == name


@pytest.mark.parametrize(("context", "key"), [
    # the area a crop stands or yields on is no area sown or planted in the period
    ("Diện tích chè hiện có ", None),
    ("Diện tích chè kinh doanh ", None),
    ("Tổng diện tích chè cho sản phẩm ", None),
    # a perennial crop newly planted is an area planted
    ("Diện tích trồng mới cây ăn quả ", "cultivated_area"),
    # near-misses: a crop's area sown, a perennial's standing area, a forest planted keep what they were
    ("Diện tích chè trồng mới ", "cultivated_area"),
    ("Diện tích cây ăn quả ", None),
    ("Diện tích trồng mới rừng tập trung ", "forest_planting"),
    ("Diện tích gieo trồng cây hằng năm ", "cultivated_area"),
])
def test_an_area_that_stands_is_no_area_planted(context: str, key: str | None) -> None:
    assert catalog_key("", "ha", "level", context, " ha") == key


def test_the_plantings_in_yield_of_a_breakdown_are_no_part_of_the_area_sown() -> None:
    from tests.conftest import indicator_rows

    rows = indicator_rows(
        "UBND HUYỆN TÂN UYÊN\nBÁO CÁO\nKết quả sản xuất nông nghiệp năm 2026\n\n"
        "Tổng diện tích gieo trồng đạt 9.400 ha. Trong đó, chè kinh doanh 3.050 ha; ngô 1.200 ha.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[3_050] is None
    assert keys[1_200] == keys[9_400] == "cultivated_area"  # (near-miss: an annual crop's part)


@pytest.mark.parametrize(("context", "key"), [
    # one product's exports, named after the exports, are a part of the trade
    ("Giá trị xuất khẩu hạt điều đạt ", None),
    ("Kim ngạch xuất khẩu hàng thủy sản ước đạt ", None),
    ("Kim ngạch nhập khẩu xăng dầu đạt ", None),
    # near-misses: goods in general, and the whole written with "hàng hóa" first
    ("Kim ngạch xuất khẩu hàng hóa đạt ", "export_turnover"),
    ("Giá trị hàng hóa xuất khẩu ước đạt ", "export_turnover"),
    ("Giá trị xuất khẩu đạt ", "export_turnover"),
])
def test_one_products_exports_are_no_export_turnover(context: str, key: str | None) -> None:
    assert catalog_key("", "USD", "level", context, " triệu USD") == key


@pytest.mark.parametrize(("label", "name"), [
    # the words that list a whole's parts are no part of a part's name
    ("bao gồm vốn ngân sách nhà nước", "vốn ngân sách nhà nước"),
    ("gồm: khách nội địa", "khách nội địa"),
    # near-misses: a number after it, or a name that opens with another word
    ("gồm có 12 xã", "gồm có 12 xã"),
    ("Tổng doanh thu bao gồm lưu trú", "Tổng doanh thu bao gồm lưu trú"),
])
def test_a_listed_parts_label_leaves_out_the_words_listing_it(label: str, name: str) -> None:
    assert without_the_part_opener(label) == name


@pytest.mark.parametrize(("context", "key"), [
    # exports or imports named bare, right before their amount, open their clause: the entries themselves
    ("Xuất khẩu ước đạt 610 triệu USD, tăng 9%; nhập khẩu ", "import_turnover"),
    ("Nhập khẩu đạt 320 triệu USD. Xuất khẩu ", "export_turnover"),
    ("Tổng kim ngạch xuất nhập khẩu đạt 1,2 tỷ USD, trong đó xuất khẩu ", "export_turnover"),
    # near-misses: a tax on the trade, and goods bought from abroad, are no turnover
    ("Thu từ thuế nhập khẩu ", None),
    ("Giá trị máy móc nhập khẩu ", None),
])
def test_exports_or_imports_named_bare_before_their_amount(context: str, key: str | None) -> None:
    assert catalog_key("", "USD", "level", context, " triệu USD") == key


@pytest.mark.parametrize(("context", "key"), [
    # the jobs added in the period are the jobs created, no change of another level
    ("Năm 2026, giải quyết việc làm tăng thêm ", "jobs_created"),
    ("tạo việc làm mới tăng thêm cho ", "jobs_created"),
    # near-miss: a change of the jobs created on the year before stays off the level
    ("Giải quyết việc làm cho 1.500 lao động, so với cùng kỳ tăng ", None),
])
def test_jobs_added_are_the_jobs_created(context: str, key: str | None) -> None:
    assert catalog_key("", "person", "level", context, " lao động") == key


def test_a_bare_rate_word_after_a_part_of_a_whole_names_no_subject() -> None:
    # "... 41/56 thôn đạt chuẩn văn hóa, tỷ lệ 73,2%": the rate of the count before it, named there
    assert names_nothing(" tỷ lệ ")
    assert names_nothing(" với tỷ lệ ")
    # (the rate word opening a subject stays its subject, and one a word leads to stays with it)
    assert not names_nothing("Tỷ lệ thôn đạt chuẩn văn hóa ")
    assert not names_nothing("giảm biên chế theo tỷ lệ ")
    assert subject_label("Tỷ lệ đô thị hóa đạt ", "Tỷ lệ đô thị hóa đạt ") == "Tỷ lệ đô thị hóa"


def test_the_direction_a_rate_moved_is_no_part_of_its_subject() -> None:
    assert subject_label("Hộ cận nghèo giảm xuống còn ", "Hộ cận nghèo giảm xuống còn ") == "Hộ cận nghèo"
    assert subject_label("Số xã đạt chuẩn tăng lên ", "Số xã đạt chuẩn tăng lên ") == "Số xã đạt chuẩn"


@pytest.mark.parametrize(("context", "key"), [
    # the revenue of the tourism services is the tourism revenue
    ("Doanh thu dịch vụ du lịch 6 tháng ước đạt ", "tourism_revenue"),
    ("Doanh thu từ các dịch vụ du lịch đạt ", "tourism_revenue"),
    # near-misses: travel agencies' revenue, and lodging's, are parts
    ("Doanh thu dịch vụ du lịch lữ hành đạt ", None),
    ("Doanh thu dịch vụ lưu trú đạt ", None),
])
def test_the_revenue_of_tourism_services_is_the_tourism_revenue(context: str, key: str | None) -> None:
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == key


@pytest.mark.parametrize(("context", "unit", "metric", "key"), [
    # a district's economic structure and value added, as its reports write them
    ("Cơ cấu kinh tế: nông nghiệp ", "pct", "share_pct", "grdp_agriculture"),
    ("Cơ cấu kinh tế: nông nghiệp 40,1%; công nghiệp - xây dựng 22,5%; thương mại - dịch vụ ", "pct", "share_pct",
     "grdp_services"),
    ("Tỷ trọng nông nghiệp trong cơ cấu kinh tế giảm còn ", "pct", "share_pct", "grdp_agriculture"),
    ("Tổng giá trị tăng thêm (VA) trên địa bàn huyện tăng ", "pct", "yoy_pct", "grdp"),
    ("Tổng giá trị tăng thêm ước đạt ", "VND", "level", "grdp"),
    # near-misses: a sector's value added, the production value's parts, and trade's revenue keep off them
    ("Tổng giá trị tăng thêm của ngành công nghiệp đạt ", "VND", "level", "grdp_industry"),
    ("Giá trị sản xuất tăng 7%; nông nghiệp 3%; thương mại - dịch vụ ", "pct", "yoy_pct", None),
    ("Cơ cấu lao động: lao động thương mại - dịch vụ ", "pct", "share_pct", None),
])
def test_a_districts_structure_and_value_added(context: str, unit: str, metric: str, key: str | None) -> None:
    assert catalog_key("", unit, metric, context, "%" if unit == "pct" else " tỷ đồng") == key


@pytest.mark.parametrize(("context", "key"), [
    # a star class named right before its count: a part of the OCOP products
    ("Toàn xã có 14 sản phẩm OCOP (4 sao: ", None),
    ("Có 26 sản phẩm OCOP, trong đó hạng 3 sao có ", None),
    # near-misses: the whole raised to a total after a class, and the whole itself
    ("Công nhận thêm 2 sản phẩm OCOP 3 sao, nâng tổng số sản phẩm OCOP lên ", "ocop_products"),
    ("Toàn xã có 14 sản phẩm OCOP (4 sao: 2 sản phẩm), tổng số sản phẩm OCOP là ", "ocop_products"),
])
def test_a_star_class_named_before_its_count_is_a_part(context: str, key: str | None) -> None:
    assert catalog_key("", "product", "level", context, " sản phẩm") == key


@pytest.mark.parametrize(("context", "key"), [
    # the inpatients, named in a segment of their own after the visits, are a part of the visits
    ("Trung tâm y tế khám bệnh cho 31.400 lượt người, điều trị nội trú cho ", None),
    ("Tổng số lượt khám bệnh 12.000 lượt, bệnh nhân ngoại trú ", None),
    # near-misses: the visits, in and out of hospital together, and the visits alone
    ("Số lượt khám, chữa bệnh nội trú và ngoại trú đạt ", "medical_visits"),
    ("Trạm y tế khám, chữa bệnh cho ", "medical_visits"),
])
def test_the_inpatients_after_the_visits_are_a_part(context: str, key: str | None) -> None:
    assert catalog_key("", "visit", "level", context, " lượt") == key


def test_an_aside_the_clause_went_on_after_names_no_subject() -> None:
    before = "Giá trị sản xuất nông nghiệp (giá so sánh 2010) quý I ước đạt 410 tỷ đồng; lũy kế 3 tháng đạt "
    assert subject_label("lũy kế 3 tháng đạt ", before) == "Giá trị sản xuất nông nghiệp"
    # near-miss: without an aside the clause before names its subject as it did
    before = "Giá trị sản xuất nông nghiệp quý I ước đạt 410 tỷ đồng; lũy kế 3 tháng đạt "
    assert subject_label("lũy kế 3 tháng đạt ", before) == "Giá trị sản xuất nông nghiệp"
    # near-miss: a bracketed abbreviation is no price basis the clause is passed over for (as it was read)
    before = "tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 7,1%, cao hơn "
    assert subject_label("cao hơn ", before) == "GRDP) bình quân"


@pytest.mark.parametrize(("context", "key"), [
    # the capital of the enterprises a licence was issued to, named after their count
    ("Cấp mới giấy chứng nhận đăng ký doanh nghiệp cho 96 doanh nghiệp, tổng vốn đăng ký ", "new_enterprises_capital"),
    ("Cấp giấy chứng nhận đăng ký doanh nghiệp cho 40 doanh nghiệp với số vốn ", "new_enterprises_capital"),
    # near-miss: a licence to households for business is no enterprise's
    ("Cấp giấy chứng nhận đăng ký hộ kinh doanh cho 120 hộ, tổng vốn ", None),
])
def test_the_capital_of_enterprises_licensed(context: str, key: str | None) -> None:
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == key


def test_a_verb_said_between_respectively_and_its_list_keeps_the_list() -> None:
    text = "Hai quý, huyện tương ứng cấp mới 14 và 9 giấy phép xây dựng."
    place = respective_place(text, text.index("9 giấy"))
    assert place is not None and (place.position, place.size) == (1, 2)
    # (a clause closed by a comma between the marker and the numbers is no bridge: the numbers are of another list)
    other = "Các xã lần lượt được công nhận, 14 và 9 hộ thoát nghèo."
    assert respective_place(other, other.index("9 hộ")) is None


@pytest.mark.parametrize(("text", "other", "number"), [
    ("Quý I và quý II, số hợp tác xã thành lập mới lần lượt đạt 31 hợp tác xã và 26 hợp tác xã.",
     "Số hợp tác xã lần lượt đạt 31 và tăng 26 hợp tác xã.", "26 hợp"),
    # after a scale word too ("triệu lượt")
    ("Hai nhóm khách lần lượt đạt 2,7 triệu lượt và 0,9 triệu lượt khách, tăng 11% và 6%.",
     "Hai nhóm khách lần lượt đạt 2,7 triệu và tăng 0,9 triệu lượt.", "0,9"),
])
def test_items_of_a_respective_list_may_carry_the_noun_they_count(text: str, other: str, number: str) -> None:
    place = respective_place(text, text.index(number))
    assert place is not None and (place.position, place.size) == (1, 2)
    # (a word that goes on the clause is no counted noun: the list ends at the first number)
    assert respective_place(other, other.index(number)) is None


def test_a_subject_glued_to_a_title_in_capitals_leaves_the_title_out() -> None:
    glued = "BÁO CÁO NHANH KINH TẾ QUÝ III NĂM 2025 HUYỆN ĐÔNG ANH Doanh thu dịch vụ ăn uống quý III "
    assert own_subject(glued) == "Doanh thu dịch vụ ăn uống"
    # near-miss: a name in letters of capitals before a proper name keeps them
    assert own_subject("KCN VSIP Bắc Ninh có ").startswith("KCN VSIP")


def test_the_aim_a_plans_subject_is_said_with_is_no_part_of_it() -> None:
    assert own_subject("Phấn đấu tổng vốn đầu tư toàn xã hội năm 2027 đạt ") == "tổng vốn đầu tư toàn xã hội năm 2027"
    # near-miss: the aim inside a subject stays in it
    assert own_subject("Số hộ phấn đấu thoát nghèo ") == "Số hộ phấn đấu thoát nghèo"


def test_a_sentence_opening_with_an_average_over_a_day_or_month_gives_no_periods_total() -> None:
    after = "lượt khách."
    assert catalog_key("", "visit", "level", "Trung bình một tháng, các khu du lịch đón ", after) is None
    # near-miss: the same count with no average is the arrivals; a yearly average is the entry's own yearly figure
    assert catalog_key("", "visit", "level", "Các khu du lịch đón ", after) == "tourist_arrivals"
    assert catalog_key("", "visit", "level", "Bình quân hằng năm, các khu du lịch đón ", after) == "tourist_arrivals"


def test_the_base_of_a_change_said_before_its_verb_names_no_subject() -> None:
    assert own_subject("so với cùng kỳ tăng ") == ""
    # near-miss: a subject said with its base keeps its words
    assert own_subject("Doanh thu lữ hành so với cùng kỳ tăng ").startswith("Doanh thu lữ hành")


def test_a_percentage_between_a_works_step_and_its_whole_is_the_share_done() -> None:
    done = a_share_of_works_done("Cầu Phú Mỹ 2 đã hoàn thành ", " khối lượng xây lắp.")
    assert done == ("khối lượng xây lắp hoàn thành", len("Cầu Phú Mỹ 2 đã "))
    assert a_share_of_works_done("tuyến tránh đã giải phóng mặt bằng được ", " diện tích")[0] == "giải phóng mặt bằng"
    assert a_share_of_works_done("nhà thầu thi công đạt khoảng ", " giá trị hợp đồng")[0] == "giá trị hợp đồng thi công"
    assert a_share_of_works_done("Gói thầu XL-02 mới đạt ", " khối lượng")[0] == "khối lượng"
    # near-misses: a share of communes, of freight, of a crop's area, or a rate named before its step
    assert a_share_of_works_done("Đã hoàn thành ", " số xã đạt chuẩn") is None
    assert a_share_of_works_done("Đường sông đạt ", " khối lượng hàng hóa vận chuyển") is None
    assert a_share_of_works_done("Lúa Hè Thu đạt ", " diện tích gieo cấy") is None
    assert a_share_of_works_done("Tỷ lệ hồ sơ hoàn thành đúng hạn ", ".") is None


@pytest.mark.parametrize(
    ("segment", "sentence", "label"),
    [
        (" tháng 5 âm ", "Chỉ số giá tiêu dùng (CPI) tháng 5 âm ", "Chỉ số giá tiêu dùng"),
        ("Chỉ số giá vàng quý II âm ", "Chỉ số giá vàng quý II âm ", "Chỉ số giá vàng"),
    ],
)
def test_a_sign_said_in_a_word_is_no_part_of_the_label(segment: str, sentence: str, label: str) -> None:
    # "âm 0,2%": the minus written as a word before the number, as "tăng", "giảm" are, names no subject
    assert subject_label(segment, sentence).replace(" (CPI)", "") == label


def test_a_subject_ending_in_the_word_stays_whole() -> None:
    # near miss: "âm" inside a subject's words ("âm nhạc") is no sign before a number
    assert own_subject("Số buổi biểu diễn âm nhạc đạt ") == "Số buổi biểu diễn âm nhạc"


def test_the_loans_outstanding_said_with_their_verb_are_the_areas_credit() -> None:
    # "dư nợ cho vay đạt 89.000 tỷ đồng" beside the credit institutions' deposits: the area's outstanding credit
    text = ("UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2020\n\n"
            "Vốn huy động của các tổ chức tín dụng đạt 61.200 tỷ đồng; dư nợ cho vay đạt 88.700 tỷ đồng.\n"
            "Dư nợ cho vay trên địa bàn tăng 8,4% so với đầu năm.\n")
    keys = _keys_by_value(text, "binh_phuoc.txt")
    assert keys[88_700e9] == "bank_credit" and keys[8.4] == "bank_credit"


def test_the_loans_of_one_programme_or_the_policy_bank_are_no_credit_of_the_area() -> None:
    # near misses: the policy bank's loans, a programme's loans
    text = ("UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2020\n\n"
            "Ngân hàng Chính sách xã hội tỉnh: dư nợ cho vay đạt 4.450 tỷ đồng.\n"
            "Dư nợ cho vay hộ nghèo đạt 1.150 tỷ đồng.\n")
    keys = _keys_by_value(text, "binh_phuoc.txt")
    assert keys[4_450e9] is None and keys[1_150e9] is None


def test_the_province_that_has_its_count_is_no_item_of_a_list() -> None:
    # "Nghệ An có 2.300 doanh nghiệp thành lập mới" in Nghệ An's report: the bare name with its "có" has the count
    text = ("UBND TỈNH NGHỆ AN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n"
            "Nghệ An có 2.310 doanh nghiệp thành lập mới.\nTrong năm, Hà Tĩnh có 815 doanh nghiệp thành lập mới.\n"
            "Một số tỉnh có tỷ lệ cao như Hà Tĩnh 8,3%, Thanh Hóa 7,7%.\n")
    keys = _keys_by_value(text, "nghe_an.txt")
    assert keys[2310] == "new_enterprises"
    # near misses: another province that has its count, the items of a list of provinces
    assert keys[815] is None and keys[8.3] is None and keys[7.7] is None


def test_now_said_before_the_verb_is_no_part_of_the_subject() -> None:
    assert subject_label("Tỷ lệ hộ nghèo toàn huyện hiện còn ", "") == "Tỷ lệ hộ nghèo toàn huyện"
    assert subject_label("Số hợp tác xã hiện tại là ", "") == "Số hợp tác xã"
    # near-misses: "detected" and "carried out" end in the same syllable and stay
    assert subject_label("Số đối tượng phát hiện là ", "") == "Số đối tượng phát hiện"
    assert subject_label("Số vụ việc xuất hiện là ", "") == "Số vụ việc xuất hiện"


def test_a_bare_share_of_the_units_that_reach_a_standard_is_the_entrys_rate() -> None:
    schools = "Hiện nay, "
    assert catalog_key(schools, "pct", "share_pct", schools, "% trường học trên địa bàn đạt chuẩn quốc gia.") == (
        "national_standard_schools")
    communes = "Đến nay, có "
    assert catalog_key(communes, "pct", "share_pct", communes, "% số xã đạt chuẩn nông thôn mới.") == (
        "new_rural_communes")
    # near-miss: a part's share of the whole that reached it ("chiếm"), and a share of a whole with no verb
    part = "Huyện Yên Lập có 10 xã, chiếm "
    assert catalog_key(part, "pct", "share_pct", part, "% số xã đạt chuẩn nông thôn mới của tỉnh.") is None
    goods = "Gạo chiếm "
    assert catalog_key(goods, "pct", "share_pct", goods, "% tổng kim ngạch xuất khẩu.") is None


def test_a_bare_export_or_import_opening_its_clause_with_a_change_is_the_turnover() -> None:
    both = "Xuất khẩu tăng 15,2%, nhập khẩu giảm "
    assert catalog_key("Xuất khẩu tăng ", "pct", "yoy_pct", "Xuất khẩu tăng ", "%.") == "export_turnover"
    assert catalog_key(both, "pct", "yoy_pct", both, "% so với cùng kỳ.") == "import_turnover"
    # near-miss: a good's exports, export prices; workers sent abroad are their own entry
    for context in ("Xuất khẩu gạo tăng ", "Giá xuất khẩu tăng "):
        assert catalog_key(context, "pct", "yoy_pct", context, "%.") is None
    workers = "Lao động xuất khẩu tăng "
    assert catalog_key(workers, "pct", "yoy_pct", workers, "%.") == "overseas_workers"


def test_a_health_stations_national_standard_is_no_schools() -> None:
    stations = "Tỷ lệ xã có trạm y tế đạt chuẩn quốc gia đạt "
    assert catalog_key(stations, "pct", "level", stations, "%.") is None
    # near-miss: the schools' rate, and schools named beside the stations
    schools = "Tỷ lệ trường học đạt chuẩn quốc gia đạt "
    assert catalog_key(schools, "pct", "level", schools, "%.") == "national_standard_schools"
    both = "Xã có trạm y tế và 3 trường đạt chuẩn quốc gia, đạt "
    assert catalog_key(both, "pct", "level", both, "%.") == "national_standard_schools"


def test_room_occupancy_said_as_rooms_filled() -> None:
    filled = "Công suất lấp đầy phòng bình quân đạt "
    assert catalog_key(filled, "pct", "level", filled, "%.") == "room_occupancy"
    # near-miss: a plant's capacity in use is no hotel's
    plant = "Công suất sử dụng của nhà máy đạt "
    assert catalog_key(plant, "pct", "level", plant, "%.") is None
    # said as a rate of the rooms filled or let (tỷ lệ lấp đầy phòng); an industrial park's rate filled is none
    for rate in ("Tỷ lệ lấp đầy phòng của các cơ sở lưu trú đạt ", "Tỷ lệ thuê phòng bình quân ước "):
        assert catalog_key(rate, "pct", "level", rate, "%.") == "room_occupancy", rate
    park = "Tỷ lệ lấp đầy các khu công nghiệp đạt "
    assert catalog_key(park, "pct", "level", park, "%.") is None


def test_the_noun_after_a_scaled_count_names_it_over_the_earlier_counts_noun() -> None:
    context = "Thu hút 1,8 triệu lượt khách, gồm 120.000 lượt khách quốc tế và "
    assert catalog_key("", "visit", "level", context, " triệu lượt khách nội địa.") == "tourist_arrivals_domestic"
    # near-miss: the earlier count itself keeps its noun, and a growth after a count keeps the subject before it
    assert catalog_key("", "visit", "level", "Thu hút 1,8 triệu lượt khách, gồm ", " lượt khách quốc tế và") == (
        "tourist_arrivals_international")
    grown = "Khách quốc tế ước đạt 15.000 lượt khách, tăng "
    assert catalog_key(grown, "pct", "yoy_pct", grown, "%") == "tourist_arrivals_international"


def test_projects_named_by_their_capitals_origin_are_still_the_projects_approved() -> None:
    licensed = "Tỉnh cấp giấy chứng nhận đăng ký đầu tư cho "
    assert catalog_key(licensed, "count", "level", licensed, " dự án FDI.") == "investment_projects_approved"
    assert catalog_key(licensed, "count", "level", licensed, " dự án ngoài ngân sách.") == (
        "investment_projects_approved")
    # near-miss: projects of a sector name a subject of their own
    assert catalog_key(licensed, "count", "level", licensed, " dự án giao thông.") is None


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        # the province or the report's own area after the period: the subject alone
        ("Sản lượng chè búp tươi tháng 5/2027 của tỉnh Thái Nguyên ", "Sản lượng chè búp tươi"),
        ("Doanh thu bán lẻ quý I/2024 của toàn tỉnh ", "Doanh thu bán lẻ"),
        ("Số lao động có việc làm mới 11 tháng năm 2025 trên địa bàn tỉnh ", "Số lao động có việc làm mới"),
        ("Số du khách 8 tháng đến Khánh Hòa ", "Số du khách"),
        # a lower unit's figure keeps its unit, without the period said before it
        ("Diện tích lúa quý III/2023 của huyện Văn Chấn ", "Diện tích lúa của huyện Văn Chấn"),
        ("Tỷ lệ trẻ em suy dinh dưỡng năm 2027 của phường Tân An ", "Tỷ lệ trẻ em suy dinh dưỡng của phường Tân An"),
        ("Giá trị xuất khẩu 6 tháng của thành phố Bảo Lộc ", "Giá trị xuất khẩu của thành phố Bảo Lộc"),
        # the period alone before the province: no subject of its own (the name in brackets before it has one)
        ("tháng 4/2026 của tỉnh Quảng Trị ", ""),
    ],
)
def test_a_period_between_the_subject_and_whose_it_is_is_cut_out(segment: str, label: str) -> None:
    assert own_subject(segment) == label


@pytest.mark.parametrize(
    "segment",
    [
        "Tổng số cơ sở lưu trú trên địa bàn tỉnh ",  # no period between: the subject as written
        "Doanh thu 10 tháng của Tổng Công ty Lâm nghiệp ",  # a body, no place
        "Giá trị hàng hóa 6 tháng của Sở Công Thương ",  # capitalised, but no province
    ],
)
def test_an_owner_that_is_no_place_or_has_no_period_before_it_stays(segment: str) -> None:
    assert own_subject(segment) == segment.strip()


@pytest.mark.parametrize("context", [
    "Tổng kim ngạch xuất, nhập khẩu 9 tháng năm 2024 ước đạt ",
    "Trong quý II, kim ngạch xuất, nhập khẩu 3 tháng đạt ",
])
def test_export_comma_import_with_its_period_is_the_whole_trade(context: str) -> None:
    # "xuất, nhập khẩu" is one pair, the whole trade: its second word after the comma opens no import of its own
    assert catalog_key("", "USD", "level", context, " triệu USD") == "trade_turnover"


def test_an_import_after_the_exports_clause_stays_the_import() -> None:
    # near miss: a comma after the export's own amount, then the import with its months
    context = "Xuất khẩu ước đạt 415 triệu USD, nhập khẩu 9 tháng đạt "
    assert catalog_key("", "USD", "level", context, " triệu USD") == "import_turnover"


@pytest.mark.parametrize(("subject", "sentence"), [
    ("Giá trị sản xuất ngành công nghiệp chế biến, chế tạo",
     "Giá trị sản xuất ngành công nghiệp chế biến, chế tạo tăng "),
    ("Chỉ số sản xuất ngành khai khoáng", "Chỉ số sản xuất ngành khai khoáng giảm "),
])
def test_a_branchs_measure_opening_the_sentence_after_the_whole_is_no_whole(subject: str, sentence: str) -> None:
    # the whole industry's index in the sentence before; the next sentence measures one branch of it
    context = "Chỉ số sản xuất công nghiệp (IIP) tháng 7 tăng 11,3% so với cùng kỳ. " + sentence
    assert catalog_key(subject, "pct", "yoy_pct", context, "%.") is None


def test_a_sentence_of_its_period_alone_after_the_whole_keeps_it() -> None:
    # near miss: no branch named, the whole's index goes on
    context = "Chỉ số sản xuất công nghiệp (IIP) tháng 7 tăng 11,3% so với cùng kỳ. Lũy kế 7 tháng tăng "
    assert catalog_key("", "pct", "yoy_pct", context, "%.") == "industrial_production_index"


@pytest.mark.parametrize(("context", "after"), [
    ("Số doanh nghiệp chờ giải thể trong quý là ", " doanh nghiệp"),
    ("Hiện có ", " doanh nghiệp đang làm thủ tục giải thể"),
])
def test_enterprises_awaiting_their_dissolution_are_not_dissolved(context: str, after: str) -> None:
    assert catalog_key("", "enterprise", "level", context, after) is None


@pytest.mark.parametrize(("context", "after"), [
    ("Trong quý, có ", " doanh nghiệp đã giải thể"),
    ("Số doanh nghiệp hoàn tất thủ tục giải thể là ", " doanh nghiệp"),
])
def test_enterprises_dissolved_stay_dissolved(context: str, after: str) -> None:
    # near miss: the dissolution done
    assert catalog_key("", "enterprise", "level", context, after) == "enterprises_dissolved"


@pytest.mark.parametrize(("segment", "label"), [
    ("Doanh thu dịch vụ lưu trú, ăn uống tháng Mười ước ", "Doanh thu dịch vụ lưu trú, ăn uống"),
    ("Sản lượng điện thương phẩm tháng Mười một ", "Sản lượng điện thương phẩm"),
    ("Lượng khách quốc tế tháng Giêng năm 2027 ", "Lượng khách quốc tế"),
    ("tháng Chạp ước tính ", ""),  # the month alone, after a bracketed name: the name before it is the subject
])
def test_a_month_named_in_words_is_cut_from_the_subject(segment: str, label: str) -> None:
    # statistics offices write the month in words ("tháng Mười"): the row's period, no part of its subject
    assert own_subject(segment) == label


def test_a_month_named_in_words_opening_the_clause_names_no_subject() -> None:
    assert subject_label(" xảy ra ", "An ninh trật tự: Tháng Mười, xảy ra ") == "An ninh trật tự"


def test_a_months_word_in_lower_case_is_no_month() -> None:
    # near miss: "tháng năm nay" (this year's months) names no month, and the subject keeps its words
    assert own_subject("Số khách lưu trú tháng năm nay ") == "Số khách lưu trú tháng năm nay"


@pytest.mark.parametrize("context", [
    "Diện tích nuôi trồng thủy sản 48,5/50 ha, đạt 97% KH; năng suất ước đạt 22 tạ/ha; sản lượng ước đạt ",
    "Tổng diện tích nuôi trồng thủy sản ước đạt 1.320 ha, tổng sản lượng ",
])
def test_a_bare_output_after_the_area_of_the_sentence_is_that_output(context: str) -> None:
    # the sentence gave the area of fish farming; its output, named by "sản lượng" alone, is the fish farming's
    assert catalog_key("sản lượng", "tonne", "level", context, " tấn.") == "aquaculture_output"


@pytest.mark.parametrize("context", [
    "Diện tích lúa 5.200 ha, năng suất 58 tạ/ha, sản lượng ",  # rice: no catalog entry of its own
    "Diện tích nuôi trồng thủy sản 500 ha; sản lượng cá giống ",  # the output names its own subject
])
def test_an_output_of_another_subject_takes_no_fish_farming(context: str) -> None:
    assert catalog_key("sản lượng", "tonne", "level", context, " tấn.") is None


@pytest.mark.parametrize("segment", [
    "Từ đầu năm đến nay ước đạt ",
    "Tính từ đầu năm 2027 đến nay đạt ",
    "Từ tháng 1 đến hết tháng 8 đạt ",
])
def test_the_months_from_the_years_start_name_only_a_period(segment: str) -> None:
    # "từ đầu năm (đến nay)" with or without "tính", or "từ tháng 1 đến …": the year so far, the entry of the
    # sentence before goes on; the clause, verbs and all, is no label of its own
    assert names_only_a_period(segment)
    assert subject_label(segment, segment) == ""


def test_a_subject_after_the_months_from_the_years_start_is_named() -> None:
    # near miss: the clause names its own subject after the period
    assert not names_only_a_period("Từ đầu năm đến nay, số doanh nghiệp giải thể là ")
    assert subject_label(" tăng ", "Từ đầu năm, thu hút vốn FDI đạt 12 triệu USD, tăng ") == \
        "Từ đầu năm, thu hút vốn FDI"[len("Từ đầu năm, "):]


@pytest.mark.parametrize(("segment", "label"), [
    ("Số hợp tác xã thành lập mới không dưới ", "Số hợp tác xã thành lập mới"),
    ("Số hộ chưa có điện lưới chưa đầy ", "Số hộ chưa có điện lưới"),
    ("Số lao động được giải quyết việc làm ngót ", "Số lao động được giải quyết việc làm"),
    ("Số thôn có nhà văn hóa ít nhất ", "Số thôn có nhà văn hóa"),
    ("Tỷ lệ thất nghiệp khu vực thành thị không quá ", "Tỷ lệ thất nghiệp khu vực thành thị"),
])
def test_a_bound_before_the_number_is_no_part_of_the_subject(segment: str, label: str) -> None:
    # "không dưới", "chưa đầy", "ngót", "ít nhất", "không quá" bound the figure (its qualifier), as "trên" and "gần" do
    assert own_subject(segment) == label


def test_a_subject_ending_on_a_word_of_a_bound_keeps_it() -> None:
    # near miss: "không" alone, or "chưa" before another word, is part of what is counted
    assert own_subject("Số hộ chưa có nhà tiêu hợp vệ sinh là ") == "Số hộ chưa có nhà tiêu hợp vệ sinh"
    assert own_subject("Số hộ không có đất sản xuất là ") == "Số hộ không có đất sản xuất"


@pytest.mark.parametrize(("segment", "label"), [
    ("Khánh thành và đưa vào sử dụng Trung tâm Y tế huyện quy mô ", "Trung tâm Y tế huyện quy mô"),
    ("Khởi công cầu vượt sông Lam dài ", "cầu vượt sông Lam dài"),
    ("Đưa vào vận hành Nhà máy thủy điện Nậm Pàn công suất ", "Nhà máy thủy điện Nậm Pàn công suất"),
])
def test_the_event_of_a_work_is_no_part_of_its_measure(segment: str, label: str) -> None:
    # news of a work (inaugurated, started, in service) opening the clause: the figure measures the work named after it
    assert own_subject(segment) == label


@pytest.mark.parametrize(("segment", "label"), [
    ("Hoàn thành tiêm chủng cho ", "Hoàn thành tiêm chủng"),  # a task done, no work named after the verb
    ("Khởi công ", "Khởi công"),  # the verb alone: what was started is counted after the number
])
def test_a_verb_of_a_task_stays_in_the_subject(segment: str, label: str) -> None:
    assert own_subject(segment) == label


@pytest.mark.parametrize("sentence", [
    "Trong kỳ không để xảy ra cháy rừng; xảy ra ",
    "Trên địa bàn tỉnh không phát sinh ổ dịch mới, ghi nhận ",
])
def test_a_clause_saying_nothing_happened_names_no_subject(sentence: str) -> None:
    # what did not happen is no subject of the count after it (named by its noun after the number)
    assert subject_label(" ", sentence) == ""


def test_a_clause_before_that_counts_something_names_its_subject() -> None:
    # near miss: a subject that merely holds a "không" is carried over as before
    assert subject_label(" tăng ", "Số xã không có điểm nghẽn giao thông đạt 40 xã, tăng ") != ""
    assert subject_label(" xảy ra ", "Tai nạn lao động: xảy ra ") == "Tai nạn lao động"


@pytest.mark.parametrize("sentence, label", [
    ("c) Lượt khách lưu trú: ", "Lượt khách lưu trú"),
    ("2. Số dự án được cấp phép: ", "Số dự án được cấp phép"),
    ("3.1. Diện tích gieo trồng: ", "Diện tích gieo trồng"),
])
def test_an_items_mark_is_no_part_of_the_subject_carried_over(sentence: str, label: str) -> None:
    # a letter or number marking a list's item, before a subject the figure after the colon takes, names nothing
    assert subject_label(" ", sentence) == label


def test_a_subject_opening_with_a_marks_look_alike_keeps_it() -> None:
    # near miss: a letter word or a number that is no item's mark stays ("a" is no mark without its bracket or dot)
    assert subject_label(" ", "Vitamin A cho trẻ: ") == "Vitamin A cho trẻ"
    assert subject_label(" ", "Khu B) mở rộng: ") == "Khu B) mở rộng"


@pytest.mark.parametrize("sentence, subject", [
    ("Tốc độ tăng trưởng GRDP 9 tháng đầu năm 2027 xếp thứ ", "Tốc độ tăng trưởng GRDP"),
    ("Thu nội địa 6 tháng của tỉnh đứng thứ ", "Thu nội địa"),
    ("Kim ngạch xuất khẩu quý II/2026 đứng thứ ", "Kim ngạch xuất khẩu"),
])
def test_a_rank_over_months_counted_ranks_the_subject_before_them(sentence: str, subject: str) -> None:
    # the months (or quarter) a ranked figure covers are its period, no part of what is ranked
    assert ranked_subject(sentence) == subject


def test_a_rank_of_a_provincial_index_keeps_its_level_of_government() -> None:
    # "cấp tỉnh", "cấp huyện" name which index it is (the province's competitiveness index), no place to strip
    assert ranked_subject("Chỉ số hiệu quả quản trị cấp tỉnh năm 2026 đạt 45 điểm, xếp thứ ") == (
        "Chỉ số hiệu quả quản trị cấp tỉnh")


def test_a_rank_of_a_subject_said_of_the_province_leaves_the_province_out() -> None:
    # near miss: a province after the subject (no "cấp" before it) is the place, not part of what is ranked
    assert ranked_subject("Chỉ số hiệu quả quản trị của tỉnh Yên Bái đạt 45 điểm, xếp thứ ") == (
        "Chỉ số hiệu quả quản trị")


def test_a_count_of_places_ranked_names_no_subject() -> None:
    # near miss: a number of communes before the rank's verb is no period; nothing is named
    assert ranked_subject("Năm 2026, 6 xã xếp thứ ") is None


def test_a_rank_in_a_clause_after_a_semicolon_ranks_that_clauses_subject() -> None:
    # two indices in one sentence, split by a semicolon: the rank after the second one ranks the second
    assert ranked_subject("Chỉ số hài lòng (SIPAS) đạt 81,7%; chỉ số DTI đạt 0,62 điểm, đứng thứ ") == "chỉ số DTI"


def test_a_rank_whose_clause_names_only_the_province_ranks_the_sentences_subject() -> None:
    # near miss: the clause after the semicolon names only the province; the thing ranked is the sentence's subject
    assert ranked_subject("Chỉ số PAPI năm 2026 đạt 44,1 điểm; tỉnh xếp thứ ") == "Chỉ số PAPI"


@pytest.mark.parametrize("sentence, label", [
    ("Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế: ", "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"),
    ("Số sản phẩm OCOP 4 sao: ", "Số sản phẩm OCOP 4 sao"),
])
def test_an_age_or_a_star_class_in_a_subject_carried_over_is_a_word_of_it(sentence: str, label: str) -> None:
    # the number of an age or a star class names who or what is counted: the subject does not end at it
    assert subject_label(" ", sentence) == label


def test_a_figure_before_the_clause_still_ends_the_subject_carried_over() -> None:
    # near miss: a count of people (no age after it) is a figure the subject ends before
    assert subject_label(" ", "Lượt khách tham quan 12.500 lượt, ") == "Lượt khách tham quan"



@pytest.mark.parametrize(("context", "after"), [
    ("Tỉnh khai thác ", " triệu m3 gỗ rừng trồng"),
    ("Các công ty lâm nghiệp khai thác được ", " nghìn m3 gỗ keo"),
])
def test_timber_harvested_with_a_scale_word_before_its_m3(context: str, after: str) -> None:
    # "khai thác 1,2 triệu m3 gỗ": the magnitude word stands between the number and its cubic metres
    assert catalog_key("", "m3", "level", context, after) == "timber_harvest"


def test_a_scaled_volume_of_another_good_is_no_timber() -> None:
    # near miss: quarried stone in millions of m3 is no timber
    assert catalog_key("", "m3", "level", "Các mỏ khai thác ", " triệu m3 đá xây dựng") is None


@pytest.mark.parametrize("context", [
    "Diện tích sạ lúa vụ Hè Thu đạt ",
    "Toàn huyện có diện tích cấy lúa vụ mùa ",
])
def test_the_area_broadcast_or_transplanted_is_sown(context: str) -> None:
    # "diện tích sạ / cấy lúa": rice broadcast or transplanted, the area sown, without the word "gieo"
    assert catalog_key("", "ha", "level", context, " ha") == "cultivated_area"


def test_an_area_harvested_after_the_rice_broadcast_is_not_sown() -> None:
    # near miss: the area of broadcast rice already harvested is no area sown
    assert catalog_key("", "ha", "level", "Diện tích sạ lúa đã thu hoạch ", " ha") is None


@pytest.mark.parametrize(("context", "after"), [
    ("Sản lượng thủy sản 9 tháng ước đạt 61.300 tấn, tăng 2,4%, trong đó sản lượng nuôi trồng ", " tấn"),
    ("Tổng sản lượng thủy sản ước đạt 8.200 tấn; sản lượng nuôi trồng ước đạt ", " tấn, tăng 5%"),
    ("Sản lượng thuỷ sản đạt 2.900 tấn, gồm sản lượng nuôi trồng ", " tấn"),
])
def test_farming_named_bare_after_the_fishery_is_its_farmed_output(context: str, after: str) -> None:
    # "sản lượng nuôi trồng" after the fishery in its sentence: "sản lượng nuôi trồng thủy sản", the entry's
    assert catalog_key("", "tonne", "level", context, after) == "aquaculture_output"


def test_the_catch_or_a_farmed_species_after_the_fishery_is_not_its_output() -> None:
    # near misses: the catch alone stays off the entry (as "sản lượng khai thác thủy sản" does), so does one species
    # farmed, and a bare farmed output in a sentence about no fishery
    assert catalog_key("", "tonne", "level", "Sản lượng thủy sản 5.100 tấn, gồm sản lượng khai thác ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Sản lượng thủy sản 5.100 tấn; sản lượng nuôi trồng tôm ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Sản lượng thủy sản 5.100 tấn. Sản lượng nuôi trồng ", " tấn") is None


@pytest.mark.parametrize(("context", "after", "unit", "metric"), [
    ("Nuôi trồng thủy sản tháng 5 ước đạt ", " tấn", "tonne", "level"),
    ("Sản lượng cá giống 40 tấn; nuôi trồng thuỷ sản ", " tấn, tăng 3%", "tonne", "level"),
    ("Trong kỳ, nuôi trồng thủy sản đạt 2.750 tấn, giảm ", "%", "pct", "yoy_pct"),
])
def test_fish_farming_opening_its_clause_before_its_tonnes(context: str, after: str, unit: str, metric: str) -> None:
    # "Nuôi trồng thủy sản ước đạt 11.200 tấn": the farming named before its figure stands for its output
    assert catalog_key("", unit, metric, context, after) == "aquaculture_output"


def test_fish_farming_named_inside_another_subject_or_before_its_hectares_is_no_output() -> None:
    # near misses: the production value of fish farming, and fish farming counted in hectares (its area's change)
    assert catalog_key("", "pct", "yoy_pct", "Giá trị sản xuất nuôi trồng thủy sản tăng ", "%") is None
    assert catalog_key("", "pct", "yoy_pct", "Toàn xã, nuôi trồng thủy sản 310 ha, tăng ", "%") == "aquaculture_area"
    # and the catch opening its clause stays off the entry, as "sản lượng khai thác thủy sản" does
    assert catalog_key("", "tonne", "level", "Khai thác thủy sản ước đạt ", " tấn") is None


@pytest.mark.parametrize("context", [
    "Sản lượng thịt xuất chuồng 6 tháng ước đạt ",
    "Sản lượng thịt các loại đạt ",
    "Sản lượng vịt xuất chuồng ",
])
def test_meat_sold_off_the_farm_in_tonnes_is_the_meat_output(context: str) -> None:
    # "sản lượng thịt xuất chuồng / thịt các loại / gà xuất chuồng": the live-weight output without the word "hơi"
    assert catalog_key("", "tonne", "level", context, " tấn") == "meat_output"


def test_output_of_all_kinds_of_something_else_is_no_meat() -> None:
    # near misses: eggs and crops "of all kinds" are no meat
    assert catalog_key("", "tonne", "level", "Sản lượng trứng các loại ", " tấn") is None
    assert catalog_key("", "tonne", "level", "Sản lượng các loại cây trồng chính ", " tấn") is None


@pytest.mark.parametrize("context", [
    "Diện tích lúa nhiễm sâu cuốn lá ",
    "Vụ hè thu, diện tích nhiễm rầy nâu ",
])
def test_an_area_infested_is_not_sown(context: str) -> None:
    # "diện tích lúa nhiễm rầy": the area a pest took, not the area sown
    assert catalog_key("", "ha", "level", context, " ha") is None


def test_an_area_sown_named_before_a_pest_in_another_clause_is_still_sown() -> None:
    # near miss: the pest in the next clause leaves the area sown its entry
    assert catalog_key("", "ha", "level", "Diện tích lúa vụ mùa đạt ", " ha, diện tích nhiễm bệnh 40 ha") == (
        "cultivated_area")


def test_credit_to_one_group_of_borrowers_is_not_the_total_credit() -> None:
    # "dư nợ tín dụng đối với doanh nghiệp": the credit of one group, as "tổng dư nợ đối với" already is
    assert catalog_key("", "VND", "level", "Dư nợ tín dụng đối với hợp tác xã đạt ", " tỷ đồng") is None
    # near miss: the credit of the whole area keeps its entry
    assert catalog_key("", "VND", "level", "Dư nợ tín dụng trên địa bàn tỉnh đạt ", " tỷ đồng") == "bank_credit"


@pytest.mark.parametrize("context", [
    "Tổng đàn gia súc, gia cầm được tiêm phòng đợt 1 là ",
    "Đàn lợn mắc bệnh dịch tả phải tiêu hủy ",
    "Tổng đàn gà bị chết do rét ",
])
def test_animals_vaccinated_sick_or_dead_named_by_their_herd_are_no_herd(context: str) -> None:
    # "Tổng đàn ... được tiêm phòng / mắc bệnh / chết": the animals an act or a loss counts, not the herd
    assert catalog_key("", "head", "level", context, " con") is None


def test_a_herd_before_its_number_keeps_its_entry_when_a_harm_follows_it() -> None:
    # near miss: the vaccination after the herd's number is another figure's
    assert catalog_key("", "head", "level", "Tổng đàn trâu, bò ", " con; tiêm phòng 9.000 con") == "livestock_herd"


def test_credit_entrusted_through_unions_is_not_the_total_credit() -> None:
    # "Tổng dư nợ ủy thác qua các hội, đoàn thể": the policy bank's lending through unions
    assert catalog_key("", "VND", "level", "Tổng dư nợ ủy thác qua các tổ chức hội đạt ", " tỷ đồng") is None
    # near miss: the total credit with no such word keeps its entry
    assert catalog_key("", "VND", "level", "Tổng dư nợ trên địa bàn đạt ", " tỷ đồng") == "bank_credit"


def test_people_who_found_a_new_job_are_not_the_jobs_created() -> None:
    # "tìm được việc làm mới": people placed by counselling found a job, no job the area created
    assert catalog_key("", "person", "level", "Số người được tư vấn tìm được việc làm mới ", " người") is None
    # near miss: the jobs created anew keep their entry
    assert catalog_key("", "person", "level", "Số lao động được tạo việc làm mới đạt ", " người") == "jobs_created"


def test_money_of_share_purchases_after_the_new_projects_registered_capital_is_not_theirs() -> None:
    # "... 40 dự án mới với tổng vốn đăng ký 900 triệu USD, và 75 lượt góp vốn, mua cổ phần với giá trị 130 triệu USD":
    # the registered capital was the 900's; the later amount is the share purchases', no approved projects' capital
    context = ("Từ đầu năm, có 40 dự án mới với tổng vốn đăng ký 900 triệu USD, và 75 lượt nhà đầu tư góp vốn, "
               "mua cổ phần với giá trị ")
    assert catalog_key("", "USD", "level", context, " triệu USD") is None
    # near misses: the registered capital right after the projects keeps its entry, and so does one after a time
    assert catalog_key("", "USD", "level", "Từ đầu năm, có 40 dự án mới với tổng vốn đăng ký ",
                       " triệu USD") == "investment_projects_capital"
    assert catalog_key("", "VND", "level", "Thu hút 14 dự án, tổng vốn đăng ký 9 tháng đạt ",
                       " tỷ đồng") == "investment_projects_capital"


@pytest.mark.parametrize(("context", "after"), [
    ("Trong năm có ", " lao động xuất cảnh đi làm việc theo hợp đồng"),
    ("Số lao động xuất khẩu ước đạt ", " người"),
    ("Toàn huyện có ", " lao động đi xuất khẩu"),
])
def test_workers_who_left_or_were_exported_are_the_workers_sent_abroad(context: str, after: str) -> None:
    # "lao động xuất cảnh", "lao động (đi) xuất khẩu": the workers sent abroad, said from the worker's side
    assert catalog_key("", "person", "level", context, after) == "overseas_workers"


def test_people_who_left_the_country_unlawfully_are_no_workers_sent_abroad() -> None:
    # near misses: an unlawful exit, and people who left with no word of work
    assert catalog_key("", "person", "level", "Phát hiện ", " lao động xuất cảnh trái phép") is None
    assert catalog_key("", "person", "level", "Tiếp nhận ", " người xuất cảnh") is None


@pytest.mark.parametrize(("context", "unit", "metric", "after"), [
    ("Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 90,1%, thấp hơn chỉ tiêu ", "pct", "level", "%."),
    ("Độ che phủ rừng đạt 58%, cao hơn kế hoạch năm ", "pct", "target", "%."),
    ("Toàn tỉnh có 41 xã đạt chuẩn nông thôn mới, nhiều hơn mục tiêu ", "count", "target", " xã."),
    ("Tỷ lệ lao động qua đào tạo đạt 70%, cao hơn ", "pct", "level", "% so với kế hoạch."),
])
def test_how_far_a_result_stands_from_its_plan_is_no_figure_of_the_entry(
        context: str, unit: str, metric: str, after: str) -> None:
    # "cao/thấp/nhiều/ít hơn kế hoạch (chỉ tiêu, mục tiêu) X": the gap between the result and the plan, not a level,
    # a target or a share of the plan of the entry named before
    assert catalog_key("", unit, metric, context, after) is None


def test_a_result_above_last_year_or_a_plain_target_keeps_its_entry() -> None:
    # near misses: a target with no comparison, and a level named after a plan word with no "hơn"
    assert catalog_key("", "pct", "target", "Phấn đấu tỷ lệ che phủ rừng đạt ", "%.") == "forest_cover"
    assert catalog_key("", "pct", "level", "Theo kế hoạch, tỷ lệ che phủ rừng đạt ", "%.") == "forest_cover"


@pytest.mark.parametrize(("segment", "subject"), [
    ("Dự kiến giá trị sản xuất công nghiệp đạt ", "giá trị sản xuất công nghiệp"),
    ("dự kiến tổng mức bán lẻ hàng hóa ước đạt ", "tổng mức bán lẻ hàng hóa"),
])
def test_what_is_expected_is_said_of_the_subject_after_it(segment: str, subject: str) -> None:
    # "Dự kiến X đạt ...": the expectation opens the clause; X names the figure, as after "Phấn đấu"
    assert own_subject(segment) == subject


def test_an_expectation_alone_or_one_word_long_stays_the_label() -> None:
    # near misses: nothing after it, and a plan's noun kept whole where it is the subject
    assert own_subject("Dự kiến ") == "Dự kiến"
    assert own_subject("Kế hoạch vốn dự kiến ") == "Kế hoạch vốn dự kiến"


@pytest.mark.parametrize("context", [
    "Lễ hội Đền Mẫu năm 2026 thu hút khoảng ",
    "Trong tháng, Festival Trà quốc tế đã đón hơn ",
    "Ngày hội văn hóa các dân tộc của tỉnh thu hút ",
    "Trong tháng, Bảo tàng tỉnh đã đón ",
])
def test_visitors_one_event_drew_are_not_the_arrivals(context: str) -> None:
    # the visitors one festival, fair or event drew are the event's, not the tourist arrivals of the place
    assert catalog_key("", "visit", "level", context, " lượt khách tham quan") is None


@pytest.mark.parametrize("context", [
    "Nhân dịp lễ hội đầu xuân, toàn tỉnh đón ",
    "Tổng lượt khách du lịch đến tỉnh trong dịp Festival ước đạt ",
    "Dịp nghỉ lễ, các khu, điểm du lịch, khu di tích trên địa bàn tỉnh đón ",
])
def test_the_arrivals_during_an_event_keep_their_key(context: str) -> None:
    # near misses: the place's own arrivals during a festival (the clause's subject is the place or the arrivals)
    assert catalog_key("", "visit", "level", context, " lượt khách du lịch") == "tourist_arrivals"


def test_visits_for_examination_and_emergency_care_are_medical_visits() -> None:
    # "khám, cấp cứu cho ... lượt người": examinations and emergency care, the medical visits
    context = "Trong dịp nghỉ lễ, các cơ sở y tế đã khám, cấp cứu cho "
    assert catalog_key("", "visit", "level", context, " lượt người") == "medical_visits"
    # near miss: emergency care alone of the accident's injured is no count of visits
    assert catalog_key("", "person", "level", "Các bệnh viện đã cấp cứu ", " người bị thương") != "medical_visits"


def test_the_agriculture_sector_written_with_commas() -> None:
    # "nông, lâm, ngư nghiệp" (commas instead of dashes) is the one sector of agriculture, forestry and fishery
    context = "Cơ cấu kinh tế năm 2026: nông, lâm, ngư nghiệp "
    assert catalog_key("ngư nghiệp", "pct", "share_pct", context, "%") == "grdp_agriculture"
    # near miss: fishery alone stays no sector of the economy
    assert catalog_key("ngư nghiệp", "pct", "share_pct", "Cơ cấu giá trị sản xuất: ngư nghiệp ", "%") is None


def test_a_running_total_raised_names_the_subject_before_it() -> None:
    # ", nâng tổng số lên 86 trường": the clause raises the total of the subject before it and names none of its own
    assert own_subject(" nâng tổng số lên ") == ""
    assert own_subject(" nâng lên ") == ""
    # near miss: the words between "nâng" and "lên" name the total's own subject
    assert own_subject(" nâng tổng số hợp tác xã lên ") == "nâng tổng số hợp tác xã lên"


def test_workers_with_jobs_added_are_the_jobs_created() -> None:
    # "Số lao động có việc làm tăng thêm": the statistics' name of the jobs the year added
    context = "Năm 2026, số lao động có việc làm tăng thêm "
    assert catalog_key("số lao động có việc làm tăng thêm", "person", "level", context, " người") == "jobs_created"
    # near miss: the workers employed (a stock), and its change, are no jobs created
    context = "Lao động có việc làm trong nền kinh tế ước đạt 612 nghìn người, tăng thêm "
    assert catalog_key("", "person", "yoy_abs", context, " nghìn người") is None


@pytest.mark.parametrize("broken", ["bị\nthương", "bị \nthương"])
def test_a_subject_broken_across_lines_is_the_one_the_sentence_names(broken: str) -> None:
    # the subject comes single-spaced; the sentence keeps its line break inside the same words
    context = f"Trong quý xảy ra 4 vụ tai nạn giao thông, làm chết 2 người, {broken} "
    assert catalog_key("bị thương", "person", "level", context, " người.") == "traffic_injuries"
    # near miss: the deaths before, their words on one line, keep their key
    context = "Trong quý xảy ra 4 vụ tai nạn giao thông, làm\nchết "
    assert catalog_key("làm chết", "person", "level", context, " người, bị thương 3 người.") == "traffic_deaths"


@pytest.mark.parametrize(("clause", "only"), [
    ("Ngoài ra", True), ("Bên cạnh đó, ", True), ("Ngay sau kỳ nghỉ Tết", True), ("Trong dịp lễ Quốc khánh", True),
    ("Từ ngày 3/9 đến 10/9", True),
    # near misses: a clause that names what is measured, or a period the labels read elsewhere
    ("Sau thu hoạch lúa, sản lượng", False), ("Doanh thu lữ hành", False), ("Trong đó", False),
    ("Ngoài khu công nghiệp", False),  # (outside a place: no link)
])
def test_a_clause_that_only_links_or_says_when(clause: str, only: bool) -> None:
    assert only_a_link_or_a_time(clause) is only


@pytest.mark.parametrize(("text", "actor"), [
    ("Sở đã tổ chức ", "Sở đã "), ("Các trạm y tế xã đã khám ", "Các trạm y tế xã đã "),
    ("lực lượng chức năng đã phát hiện ", "lực lượng chức năng đã "),
    # near misses: a subject with "đã" inside names what is counted; a body with no "đã" did nothing said
    ("Số hộ đã thoát nghèo ", ""), ("Sở Y tế tổ chức ", ""),
])
def test_the_body_that_did_what_a_count_counts(text: str, actor: str) -> None:
    assert text[:actor_end(text)] == actor


@pytest.mark.parametrize(("segment", "sentence", "label"), [
    # the value goods are said at ("trị giá") and the bringing down of a rate ("kéo giảm") are verbs of the figure:
    # the label is the noun before them
    ("Hàng thủy sản trị giá ", "Hàng thủy sản trị giá ", "Hàng thủy sản"),
    (" tháng trị giá ", "Nhập khẩu 9 tháng trị giá ", "Nhập khẩu"),
    ("Tỷ suất sinh thô kéo giảm ", "Tỷ suất sinh thô kéo giảm ", "Tỷ suất sinh thô"),
    # a clause before that opens with a verb and a bound names nothing the next count of its list could carry
    ("khoảng ", "Có trên 800 hợp tác xã hoạt động hiệu quả, khoảng ", ""),
    # near misses: a total's value is its name; the clause before that names its subject still gives it
    ("Tổng trị giá hàng hóa xuất khẩu ", "Tổng trị giá hàng hóa xuất khẩu ", "Tổng trị giá hàng hóa xuất khẩu"),
    ("khoảng ", "Số hợp tác xã hoạt động hiệu quả đạt 800 hợp tác xã, khoảng ", "Số hợp tác xã hoạt động hiệu quả"),
    ("trên ", "Toàn tỉnh có hơn 2.100 hợp tác xã, trong đó trên ", "Toàn tỉnh"),
])
def test_a_verb_of_value_or_of_bringing_down_names_no_subject(segment: str, sentence: str, label: str) -> None:
    assert subject_label(segment, sentence) == label


def test_a_group_named_with_a_comma_inside_is_one_label() -> None:
    from tests.conftest import indicator_rows

    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Nhập khẩu 9 tháng đạt 640 triệu USD; trong đó máy móc, thiết bị, dụng cụ, phụ tùng khác đạt 96 triệu USD.\n"
        "Dư nợ ngắn hạn đạt 31.500 tỷ đồng; dư nợ trung, dài hạn đạt 27.800 tỷ đồng.\n"
        # near miss: a list of two goods, each with its own figure, stays two names
        "Xuất khẩu gạo đạt 41 triệu USD, thiết bị điện đạt 12 triệu USD.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[96_000_000] == "máy móc, thiết bị, dụng cụ, phụ tùng khác"
    assert read[27_800_000_000_000] == "dư nợ trung, dài hạn"
    assert read[12_000_000] == "thiết bị điện"


def test_a_names_last_word_that_a_verb_is_written_with_stays_in_the_subject() -> None:
    assert own_subject("Tỉnh Cao Bằng đạt ") == "Tỉnh Cao Bằng"
    assert own_subject("Huyện Thạch Bằng có ") == "Huyện Thạch Bằng"
    # near miss: the comparing verb after a subject of lower-case words is taken off
    assert own_subject("Kim ngạch xuất khẩu bằng ") == "Kim ngạch xuất khẩu"


@pytest.mark.parametrize(("context", "after", "key"), [
    # animals counted by what was done to them (vaccinated, fell ill, slaughtered, moved) are no herd
    ("Tiêm phòng vắc xin lở mồm long móng cho ", " con trâu, bò", None),
    ("Bệnh viêm da nổi cục làm ", " con bò mắc bệnh", None),
    ("Bệnh viêm da nổi cục làm 1.250 con bò mắc bệnh, chết ", " con", None),
    ("Kiểm soát giết mổ ", " con lợn tại các lò mổ", None),
    ("Trong quý, toàn huyện có ", " con lợn bị nhiễm bệnh", None),
    # near misses: the herd a place has or rears, or a count in a clause about herds, is the herd
    ("Hiện nay huyện có ", " con trâu, bò", "livestock_herd"),
    ("Toàn xã có 8.200 con lợn, 1.500 con bò và khoảng ", " con gia cầm", "livestock_herd"),
    ("Chăn nuôi phát triển ổn định, đàn lợn tăng lên ", " con lợn", "livestock_herd"),
    ("Tổng đàn lợn cuối kỳ ước đạt ", " con", "livestock_herd"),
])
def test_a_count_of_animals_is_the_herd_only_where_the_clause_speaks_of_herds(context: str, after: str,
                                                                              key: str | None) -> None:
    assert catalog_key("", "head", "level", context, after) == key


@pytest.mark.parametrize(("context", "after", "key"), [
    # OCOP products named by what else was done with them are a part of the rated ones
    ("Đến nay đã có ", " sản phẩm OCOP được đưa lên các sàn thương mại điện tử", None),
    ("Có ", " sản phẩm OCOP đã được cấp mã QR truy xuất nguồn gốc", None),
    ("Trên địa bàn còn ", " sản phẩm OCOP hết hạn chứng nhận", None),
    ("Năm nay có ", " sản phẩm OCOP của huyện tham gia hội chợ", None),
    # near misses: the products rated (by whoever rated them) stay the entry
    ("Lũy kế toàn tỉnh có ", " sản phẩm OCOP được công nhận từ 3 sao trở lên", "ocop_products"),
    ("Toàn huyện có ", " sản phẩm OCOP được UBND tỉnh xếp hạng từ 3 sao trở lên", "ocop_products"),
    ("Toàn huyện hiện có ", " sản phẩm OCOP", "ocop_products"),
])
def test_ocop_products_named_by_another_act_are_a_part_not_the_entry(context: str, after: str,
                                                                     key: str | None) -> None:
    assert catalog_key("", "product", "level", context, after) == key


@pytest.mark.parametrize(("context", "key"), [
    # an entry's figure of some places within the area is theirs, not the area's
    ("Tỷ lệ hồ sơ nộp trực tuyến ở 5 xã miền núi còn thấp, dưới ", None),
    ("Tỷ lệ hộ nghèo tại các xã đặc biệt khó khăn vẫn ở mức ", None),
    ("Tỷ lệ hồ sơ trực tuyến tại một số phường chỉ đạt ", None),
    # near misses: the area's own place, or an office that is no place unit, keeps the entry
    ("Tỷ lệ hồ sơ trực tuyến tại bộ phận một cửa của huyện đạt ", "online_public_services_rate"),
    ("Tỷ lệ hộ nghèo ở địa bàn tỉnh giảm còn ", "poverty_rate"),
])
def test_a_rate_of_some_places_within_the_area_is_not_the_areas_entry(context: str, key: str | None) -> None:
    assert catalog_key("", "pct", "level", context, "") == key


@pytest.mark.parametrize(("context", "after", "unit", "key"), [
    # the percent written before its noun: "còn 12,8% hộ nghèo" is the poverty rate
    ("Đến cuối năm, toàn tỉnh giảm còn ", " hộ nghèo và 7,2% hộ cận nghèo", "pct", "poverty_rate"),
    ("Năm 2027 phấn đấu giảm xuống ", " hộ nghèo", "pct", "poverty_rate"),
    # near misses: the near-poor after it, a count of poor households
    ("Đến cuối năm, toàn tỉnh giảm còn 12,8% hộ nghèo và ", " hộ cận nghèo", "pct", None),
    ("Toàn huyện còn ", " hộ nghèo", "household", None),
])
def test_a_percent_before_the_poor_households_is_the_poverty_rate(context: str, after: str, unit: str,
                                                                   key: str | None) -> None:
    assert catalog_key("", unit, "level", context, after) == key


@pytest.mark.parametrize(("context", "unit", "key"), [
    # one way's accidents alone (the waterway's, the railway's) are a part of the traffic accidents
    ("Riêng tai nạn giao thông đường thủy nội địa xảy ra ", "case", None),
    ("Tai nạn đường sắt xảy ra 4 vụ, làm chết ", "person", None),
    # near misses: the roads' accidents, and all the ways listed together, are the entry
    ("Tai nạn giao thông đường bộ xảy ra ", "case", "traffic_accidents"),
    ("Tai nạn giao thông trên các tuyến đường bộ, đường sắt, đường thủy xảy ra ", "case", "traffic_accidents"),
])
def test_the_accidents_of_one_way_other_than_the_roads_are_a_part(context: str, unit: str, key: str | None) -> None:
    after = " vụ" if unit == "case" else " người"
    assert catalog_key("", unit, "level", context, after) == key


def test_the_ethnic_minorities_insured_are_a_groups_rate_not_the_coverage() -> None:
    assert catalog_key("", "pct", "level", "Tỷ lệ đồng bào dân tộc thiểu số có thẻ BHYT đạt ", "") is None
    # near miss: the population's coverage
    assert catalog_key("", "pct", "level", "Tỷ lệ bao phủ BHYT toàn tỉnh đạt ", "") == "health_insurance_coverage"



@pytest.mark.parametrize(("unit", "context", "after", "key"), [
    # a group of people right after the figure: that group's share or visits, a part
    ("pct", "Năm 2026, huyện đã hỗ trợ ", " người nghèo được cấp thẻ BHYT miễn phí", None),
    ("visit", "Hội Chữ thập đỏ hỗ trợ khám chữa bệnh cho ", " lượt người cao tuổi", None),
    # firms of one kind, or counted with other units, are a part of the firms in operation
    ("enterprise", "Đến nay, toàn thành phố có ", " doanh nghiệp khoa học và công nghệ được cấp chứng nhận", None),
    ("enterprise", "Toàn tỉnh có ", " doanh nghiệp có vốn đầu tư nước ngoài", None),
    ("enterprise", "Hiện toàn tỉnh có ", " doanh nghiệp và hợp tác xã tham gia chuỗi liên kết", None),
    # registered capital counted with the capital added to running firms is not the new firms' capital
    ("VND", "Cộng dồn, tổng vốn đăng ký mới cùng vốn tăng thêm của doanh nghiệp đạt ", " đồng", None),
    # visitors who came by cruise ship or to one port are a part of the arrivals
    ("visit", "Trong tháng, cảng Tiên Sa đón 9 chuyến tàu biển với khoảng ", " lượt khách", None),
    ("visit", "Du thuyền quốc tế đưa ", " lượt khách đến vịnh", None),
    # near misses: the population's rate, all the visits, the firms the place has (with a change or capital after
    # them), the new firms' capital alone, the area's arrivals with the ships' part in a clause after
    ("pct", "Tỷ lệ dân số có thẻ bảo hiểm y tế ước đạt ", " dân số", "health_insurance_coverage"),
    ("visit", "Các bệnh viện trên địa bàn đã khám, chữa bệnh cho ", " lượt người", "medical_visits"),
    ("enterprise", "Đến cuối tháng 6, toàn tỉnh có ", " doanh nghiệp, tăng 4,1% so với cuối năm 2025",
     "enterprises_active"),
    ("enterprise", "Toàn thành phố có ", " doanh nghiệp với tổng vốn đăng ký 98.000 tỷ đồng", "enterprises_active"),
    ("VND", "Trong quý, tổng vốn đăng ký mới đạt ", " đồng", "new_enterprises_capital"),
    ("visit", "Toàn tỉnh đón ", " lượt khách du lịch, trong đó khách tàu biển 9.800 lượt", "tourist_arrivals"),
])
def test_a_part_named_by_its_group_kind_or_way_of_coming_is_no_entry(unit: str, context: str, after: str,
                                                                      key: str | None) -> None:
    assert catalog_key("", unit, "level", context, after) == key


@pytest.mark.parametrize(("context", "key"), [
    # the shares of the workers (the employed, the labour force) by sector are not the GRDP's structure
    ("Số người có việc làm năm 2027 ước 820 nghìn người, trong đó khu vực dịch vụ chiếm ", None),
    ("Cơ cấu lao động chuyển dịch tích cực: lao động nông, lâm nghiệp và thủy sản chiếm ", None),
    # near misses: the economy's structure, named with or without its workers after it
    ("Cơ cấu kinh tế: khu vực dịch vụ chiếm ", "grdp_services"),
    ("Trong GRDP, khu vực công nghiệp - xây dựng chiếm ", "grdp_industry_construction"),
])
def test_a_sectors_share_of_the_workers_is_no_grdp_share(context: str, key: str | None) -> None:
    assert catalog_key("", "pct", "share_pct", context, "%") == key


@pytest.mark.parametrize(("context", "key"), [
    # money raised for a programme or works is no deposit in the banks
    ("Tổng nguồn vốn huy động thực hiện Đề án giảm nghèo năm 2027 khoảng ", None),
    ("Huy động vốn để xây dựng đường giao thông nông thôn được ", None),
    # near miss: the banks' mobilised funds
    ("Tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn đạt ", "bank_deposits"),
])
def test_funds_raised_for_a_programme_are_no_bank_deposits(context: str, key: str | None) -> None:
    assert catalog_key("", "VND", "level", context, " tỷ đồng") == key


@pytest.mark.parametrize(("context", "unit", "key"), [
    # fish farming's figure in hectares is its area, the word "diện tích" left unsaid
    ("Nuôi trồng thủy sản ước đạt ", "ha", "aquaculture_area"),
    ("Nuôi trồng thuỷ sản ", "ha", "aquaculture_area"),
    # near miss: the fish farmed (its output), not an area
    ("Sản lượng nuôi trồng thủy sản ", "tonne", "aquaculture_output"),
])
def test_fish_farming_in_hectares_is_its_area(context: str, unit: str, key: str | None) -> None:
    assert catalog_key("", unit, "level", context, " ha" if unit == "ha" else " tấn") == key


@pytest.mark.parametrize(("segment", "only"), [
    # a running total said from the year's start names its period only: the subject carries over
    ("lũy kế từ đầu năm ", True),
    ("Cộng dồn từ đầu năm đến nay đạt ", True),
    ("luỹ kế từ tháng 1 ước ", True),
    # near miss: a subject after the period
    ("lũy kế từ đầu năm, diện tích rừng trồng mới ", False),
])
def test_a_running_total_from_the_years_start_names_only_its_period(segment: str, only: bool) -> None:
    assert names_only_a_period(segment) is only


@pytest.mark.parametrize(("context", "after", "key"), [
    # one kind of meat in tonnes, "hơi" left unsaid, is that kind's part of the live-weight meat output
    ("Sản lượng thịt hơi 9 tháng ước đạt 9.100 tấn, gồm thịt heo 6.000 tấn, thịt gà ", " tấn", "meat_output"),
    ("Thịt trâu, bò xuất chuồng ước ", " tấn", "meat_output"),
    # near miss: meat seized, its tonnes before it, is no output
    ("Lực lượng quản lý thị trường thu giữ ", " tấn thịt lợn không rõ nguồn gốc", None),
])
def test_one_kind_of_meat_in_tonnes_is_meat_output(context: str, after: str, key: str | None) -> None:
    assert catalog_key("", "tonne", "level", context, after) == key


@pytest.mark.parametrize(("context", "key"), [
    # the schools that meet the standard, "quốc gia" left unsaid after the count of new ones: the entry's stock
    ("có thêm 21 trường được công nhận đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên ",
     "national_standard_schools"),
    ("Toàn huyện hiện có 64 trường học; số trường đạt chuẩn là ", "national_standard_schools"),
    # near misses: schools short of the standard, or meeting another one
    ("Số trường chưa đạt chuẩn còn ", None),
    ("Số trường mầm non đạt chuẩn mức độ 1 là ", None),
])
def test_schools_meeting_the_standard_unnamed_are_the_national_standard(context: str, key: str | None) -> None:
    assert catalog_key("", "count", "level", context, " trường") == key


@pytest.mark.parametrize(("context", "key"), [
    # the visitors one named site or town draws, or one festival day has, are a part of the arrivals
    ("Khu du lịch Tràng An đón ", None),
    ("Năm nay lượng khách tăng mạnh; riêng Sa Pa thu hút khoảng ", None),
    ("Riêng đêm khai mạc lễ hội hoa có ", None),
    # near misses: the province itself, the branch that speaks for it, a town named with its kind
    ("Trong 6 tháng, Ninh Bình đón ", "tourist_arrivals"),
    ("Ngành Du lịch đã đón ", "tourist_arrivals"),
    ("Ngày 12/5, toàn tỉnh đón ", "tourist_arrivals"),
    # the visitors of one kind of site (relics, a museum, an airport) are a part of the arrivals, no entry
    ("Trong 9 tháng, lượt khách tham quan các khu di tích lịch sử đạt ", None),
    ("Lượng khách qua cảng hàng không quốc tế ước đạt ", None),
    ("Số khách đến các chợ đêm trong dịp lễ là ", None),
    # near misses: the tourist sites of the whole area, and the guests of the area
    ("Các khu, điểm du lịch trên địa bàn đón ", "tourist_arrivals"),
    ("Trong 9 tháng, lượng khách du lịch đến tỉnh đạt ", "tourist_arrivals"),
])
def test_one_sites_or_one_days_visitors_are_no_arrivals_of_the_area(context: str, key: str | None) -> None:
    assert catalog_key("", "visit", "level", context, " lượt khách du lịch") == key


@pytest.mark.parametrize(("context", "after", "key"), [
    # the cooperatives an area has, listed after its firms, are its stock of cooperatives
    ("Đến nay trên địa bàn có 2.180 doanh nghiệp đang hoạt động và ", " hợp tác xã.", "cooperatives_total"),
    ("Hiện toàn huyện có 96 doanh nghiệp, ", " HTX, 1.800 hộ kinh doanh", "cooperatives_total"),
    # near miss: new ones, listed after the new firms
    ("Toàn tỉnh có 310 doanh nghiệp thành lập mới và ", " hợp tác xã.", None),
])
def test_cooperatives_listed_after_the_firms_an_area_has_are_its_stock(context: str, after: str,
                                                                      key: str | None) -> None:
    assert catalog_key("", "cooperative", "level", context, after) == key


def test_a_subject_of_words_alone_counts_the_noun_after_the_number() -> None:
    # the label carried as its words alone ("Thành lập mới", no space after): the number stands a space after them, so
    # an alias that counts the noun after it ("thành lập mới 70 doanh nghiệp") still reads there
    assert catalog_key("Thành lập mới", "enterprise", "level", "Thành lập mới", " doanh nghiệp") == "new_enterprises"


@pytest.mark.parametrize(
    ("context", "after", "unit", "key"),
    [
        # the registered capital of the new projects named without "dự án" after it, and the projects counted after it
        ("Quý III, vốn đăng ký cấp mới ước đạt ", " triệu USD", "USD", "investment_projects_capital"),
        ("Quý III, vốn đăng ký cấp mới ước đạt 640 triệu USD với ", " dự án", "count",
         "investment_projects_approved"),
        ("Về đầu tư trong nước, tỉnh đã chấp thuận chủ trương ", " dự án", "count", "investment_projects_approved"),
        # the revenue or the value of the OCOP products is no count of them
        ("Doanh thu các sản phẩm OCOP của huyện tăng ", "%", "pct", None),
        ("Giá trị sản phẩm OCOP tiêu thụ tăng ", "%", "pct", None),
    ],
)
def test_new_investment_and_ocop_sales_keys(context: str, after: str, unit: str, key: str | None) -> None:
    metric = "yoy_pct" if unit == "pct" else "level"
    assert catalog_key("", unit, metric, context, after) == key


def test_counted_things_that_did_something_else_have_a_subject_of_their_own() -> None:
    # the projects approved, then, after ";", the ones that broke ground: no approvals
    sentence = "Thành phố có 14 dự án được chấp thuận chủ trương đầu tư với 6.300 căn hộ; "
    assert catalog_key("", "count", "level", sentence, " dự án đã khởi công") is None
    assert catalog_key("", "count", "level", sentence, " dự án đã được chấp thuận chủ trương đầu tư") == (
        "investment_projects_approved")


@pytest.mark.parametrize(
    "context",
    [
        "Điện thương phẩm quý II đạt 910 triệu kWh; trong đó công nghiệp - xây dựng chiếm ",
        "Điện cấp cho khu vực nông, lâm nghiệp và thủy sản chiếm ",
        "Dư nợ cho vay khu vực dịch vụ chiếm ",
    ],
)
def test_a_sectors_share_of_the_power_or_the_loans_is_no_grdp_share(context: str) -> None:
    assert catalog_key("", "pct", "share_pct", context, "%") is None


def test_a_sectors_share_of_the_economy_keeps_its_key() -> None:
    assert catalog_key("", "pct", "share_pct", "Trong cơ cấu kinh tế, khu vực công nghiệp - xây dựng chiếm ",
                       "%") == "grdp_industry_construction"


@pytest.mark.parametrize(
    ("context", "after", "unit", "metric"),
    [
        # the firms of the industrial parks or zones: a part of the province's exports or output
        ("Giá trị xuất khẩu của các doanh nghiệp tại khu kinh tế cửa khẩu đạt ", " triệu USD", "USD", "level"),
        ("Kim ngạch xuất khẩu của doanh nghiệp trong các khu công nghiệp tăng ", "%", "pct", "yoy_pct"),
        # one site complex set apart ("Riêng …"): a part of the arrivals
        ("Tổng lượt khách đạt 9 triệu lượt. Riêng quần thể danh thắng Tràng An đón ", " triệu lượt khách", "visit",
         "level"),
    ],
)
def test_a_part_of_the_provinces_flow_is_no_catalog_entry(context: str, after: str, unit: str, metric: str) -> None:
    assert catalog_key("", unit, metric, context, after) is None


def test_a_bank_named_in_the_sentence_before_owns_the_bare_credit_after_it() -> None:
    # the bank the sentence (or the line) before named goes on as the subject of a bare "tổng dư nợ"; the area's
    # lenders named in the figure's own sentence, or the State Bank's branch before, keep the area's key
    keys = _keys_by_number(
        "Vietinbank chi nhánh tỉnh mở thêm hai phòng giao dịch. Tổng dư nợ đạt 7.450 tỷ đồng.\n"
        "Quỹ tín dụng nhân dân Hòa Bình hoạt động ổn định.\n"
        "Tổng nguồn vốn huy động đạt 312 tỷ đồng.\n"
        "Ngân hàng Nhà nước chi nhánh tỉnh đã kiểm tra 6 đơn vị. Tổng dư nợ đạt 88.600 tỷ đồng.\n"
        "Agribank giảm lãi suất cho vay. Tổng dư nợ của các tổ chức tín dụng đạt 88.900 tỷ đồng.\n"
        "+ Dư nợ của Agribank đạt 9.100 tỷ đồng.\n"
        "- Tổng dư nợ đạt 90.200 tỷ đồng.")
    assert keys[7450e9] is None and keys[312e9] is None
    assert keys[88600e9] == "bank_credit" and keys[88900e9] == "bank_credit" and keys[90200e9] == "bank_credit"


def test_a_place_opening_the_sentence_owns_the_entries_of_its_later_clauses() -> None:
    # a district or city named first, whatever its verb, is the subject of the rates its sentence goes on with; the
    # whole area named after it, or a sentence opened by no place, keeps the report's entry
    keys = _keys_by_number(
        "Trong tháng, toàn tỉnh có 125 doanh nghiệp thành lập mới.\n"
        "Thị xã Duy Tiên đã tổ chức 14 phiên giao dịch việc làm, tỷ lệ lao động qua đào tạo đạt 81,5%.\n"
        "Huyện Kim Bảng xây mới 9 phòng học, tỷ lệ che phủ rừng đạt 31,2%.\n"
        "Huyện Lý Nhân cấp 340 thẻ, toàn tỉnh có tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,8%.\n"
        "Các huyện đã tổ chức 30 phiên giao dịch, tỷ lệ lao động qua đào tạo đạt 76,4%.")
    assert keys[81.5] is None and keys[31.2] is None
    assert keys[94.8] == "health_insurance_coverage" and keys[76.4] == "trained_labour_rate"


def _keys_under_the_title(title: str, body: str) -> dict[float, str | None]:
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = f"UBND TỈNH CAO BẰNG\nBÁO CÁO\n{title}\n\n{body}\n"
    rows = extraction_to_json_rows(extract_document(text.encode(), "cao_bang.txt"))
    return {r["value"]: r["indicator_key"] for r in rows if r["table"] == "indicators"}


def test_the_subject_of_the_title_goes_on_in_a_figure_naming_none() -> None:
    # a report titled after a programme: its houses handed over, named by the verb alone, are the programme's; under a
    # title that names no entry, the same sentence stays unkeyed
    body = "Tính đến cuối tháng 8, toàn tỉnh đã bàn giao 1.140 căn cho các hộ gia đình."
    keyed = _keys_under_the_title("Kết quả hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo năm 2026", body)
    assert keyed[1140] == "temporary_houses_removed"
    assert _keys_under_the_title("Tình hình kinh tế - xã hội tháng 8 năm 2026", body)[1140] is None


def test_the_share_of_the_poor_households_counted_before_it_is_the_poverty_rate() -> None:
    # "N hộ nghèo, chiếm X% tổng số hộ": the share of the poor households is the poverty rate; the near-poor's share,
    # said the same way, is none
    keys = _keys_by_number(
        "Sau rà soát, tỉnh còn 7.215 hộ nghèo, chiếm 3,47% tổng số hộ dân; "
        "có 6.030 hộ cận nghèo, chiếm 2,9% tổng số hộ.")
    assert keys[3.47] == "poverty_rate" and keys[2.9] is None


@pytest.mark.parametrize(
    ("context", "after", "key"),
    [
        # the people a border gate let through are no tourists of the province
        ("Tháng 9, lượng khách xuất, nhập cảnh qua cửa khẩu quốc tế Hữu Nghị đạt ", " lượt, tăng 7%", None),
        ("Lượng khách qua cửa khẩu quốc tế Cầu Treo đạt ", " lượt, tăng 4%", None),
        # near-miss: tourists counted at the gate stay the arrivals
        ("Khách xuất nhập cảnh qua cửa khẩu tăng mạnh; khách du lịch quốc tế đến tỉnh đạt ", " lượt",
         "tourist_arrivals_international"),
    ],
)
def test_border_crossings_are_no_tourist_arrivals(context: str, after: str, key: str | None) -> None:
    assert catalog_key("", "visit", "level", context, after) == key


@pytest.mark.parametrize(
    ("context", "after", "key"),
    [
        # one area of the province, named "khu vực" and a proper name after "Riêng": that area's visitors
        ("Riêng khu vực Sa Pa đón ", " nghìn lượt khách du lịch", None),
        ("Riêng khu vực Mũi Né, khách quốc tế đạt ", " nghìn lượt", None),
        # near-misses: the province's month set apart, and a sector's Roman number, keep the entry
        ("Cả tỉnh đón 3,2 triệu lượt khách. Riêng tháng 6 đón ", " nghìn lượt khách du lịch", "tourist_arrivals"),
    ],
)
def test_one_named_area_set_apart_is_no_entry_of_the_province(context: str, after: str, key: str | None) -> None:
    assert catalog_key("", "visit", "level", context, after) == key


def test_a_sector_set_apart_by_its_roman_number_keeps_its_entry() -> None:
    assert catalog_key("", "pct", "yoy_pct", "GRDP tăng 7,1%. Riêng khu vực I tăng ", "%") == "grdp_agriculture"


@pytest.mark.parametrize(
    ("context", "key"),
    [
        # the growth of the region the province is one of is the region's, no entry of the province
        ("Năm 2025, tốc độ tăng trưởng GRDP toàn vùng Tây Nguyên ước đạt ", None),
        ("Chỉ số sản xuất công nghiệp vùng Đồng bằng sông Cửu Long 9 tháng tăng ", None),
        # near-miss: the province's own growth, ranked in its region, keeps the entry
        ("Tăng trưởng GRDP của tỉnh cao nhất vùng Tây Nguyên, đạt ", "grdp"),
    ],
)
def test_a_regions_figure_is_no_entry_of_the_province(context: str, key: str | None) -> None:
    assert catalog_key("", "pct", "yoy_pct", context, "%") == key


def test_the_parts_of_the_trade_through_the_border_gates_are_no_entries() -> None:
    # the exports and imports of a breakdown of the gates' trade are the gates', as that whole is; the same breakdown
    # of the province's own trade keeps its entries
    keys = _keys_by_number(
        "Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 3,1 tỷ USD. "
        "Trong đó, xuất khẩu đạt 1,4 tỷ USD; nhập khẩu đạt 1,7 tỷ USD.\n"
        "Tổng kim ngạch xuất nhập khẩu của các doanh nghiệp trong tỉnh đạt 820 triệu USD. "
        "Trong đó, xuất khẩu đạt 610 triệu USD.")
    assert keys[1.4e9] is None and keys[1.7e9] is None and keys[3.1e9] is None
    assert keys[610e6] == "export_turnover"


def test_a_figure_no_words_name_is_keyed_by_its_context() -> None:
    # a sentence of a quarter alone after a run of clauses leaves its figure no subject (None): the entry comes from
    # the context the sentence goes on with, and no subject is no error (a whole report was lost to one)
    context = "Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,1% so với năm trước . Quý II ước tăng "
    assert catalog_key(None, "pct", "yoy_pct", context, "") == "grdp"
    assert catalog_key(None, "pct", "yoy_pct", "", "") is None


def test_credit_outstanding_said_bare_right_before_its_amount() -> None:
    # "dư nợ cho vay" with its amount right after it (or only the estimate's word between) is the credit outstanding;
    # the loans of one group ("dư nợ cho vay hộ nghèo") stay a part, no entry
    assert catalog_key("dư nợ cho vay", "VND", "level", "Huy động vốn tăng 4%; dư nợ cho vay ước ", " tỷ đồng") \
        == "bank_credit"
    assert catalog_key("Dư nợ cho vay", "VND", "level", "Dư nợ cho vay ", " tỷ đồng.") == "bank_credit"
    assert catalog_key("dư nợ cho vay hộ nghèo", "VND", "level", "dư nợ cho vay hộ nghèo ", " tỷ đồng") is None


def test_a_price_or_a_trade_balance_named_after_the_exports_topic_is_no_turnover() -> None:
    from orchestration.extraction import extract_document

    text = (
        "UBND TỈNH BẾN TRE\nBáo cáo tình hình kinh tế - xã hội 6 tháng năm 2026\n\nXuất khẩu ước đạt 1,6 tỷ USD; nhập "
        "khẩu đạt 0,9 tỷ USD.\n\nVề xuất khẩu: giá bưởi da xanh đạt 42.000 đồng/kg.\n\nVề xuất khẩu: thặng dư thương "
        "mại đạt 0,7 tỷ USD.\n\nVề xuất khẩu: giá trị xuất khẩu đạt 1,7 tỷ USD.\n"
    )
    rows = list(extract_document(text.encode(), "k.txt").tables["indicators"].iter_rows(named=True))
    keys = {row["value"]: row["indicator_key"] for row in rows}
    assert keys[42000.0] is None and keys[0.7e9] is None
    # (near miss: the value of the exports is their turnover)
    assert keys[1.7e9] == "export_turnover"


def test_dt_before_tourism_is_its_revenue_not_an_estimate() -> None:
    # "DT" is doanh thu before the trade it is earned in ("DT du lịch", "DT từ khách DL"); dự toán names no trade
    assert catalog_key("DT du lịch", "VND", "level", "DT du lịch quý III đạt ") == "tourism_revenue"
    assert catalog_key("DT từ khách DL", "VND", "level", "DT từ khách DL đạt ") == "tourism_revenue"
    # near miss: a travel agency's turnover is no tourism revenue of the province
    assert catalog_key("DT lữ hành", "VND", "level", "DT lữ hành đạt ") is None


def test_a_month_or_quarter_said_as_a_word_names_only_its_period() -> None:
    # "Tháng Mười", "quý Ba": the month or quarter written as a word is a period alone, as "tháng 10", "quý III" are;
    # the figure goes on with the entry named before
    assert names_only_a_period("Tháng Mười ước đạt ")
    assert names_only_a_period("Riêng tháng Giêng đạt ")
    assert names_only_a_period("Tháng mười hai tăng ")
    assert names_only_a_period("Quý Ba đạt ")
    assert own_subject("Quý Hai năm 2026 đạt ") == ""
    # near miss: a subject written after the month word is the figure's own
    assert not names_only_a_period("Tháng Mười, lượng khách du lịch đạt ")
    assert own_subject("Tháng Tám, sản lượng điện đạt ") != ""


def test_classrooms_and_other_rooms_are_no_room_occupancy() -> None:
    # "tỷ lệ phòng học kiên cố": a share of classrooms, no hotel's rooms let
    assert catalog_key("", "pct", "level", "Đến cuối năm, tỷ lệ phòng học kiên cố toàn huyện đạt ", "%.") is None
    assert catalog_key("", "pct", "level", "Tỷ lệ phòng khám đạt chuẩn là ", "%.") is None
    # near miss: the rooms of the lodgings, let
    assert catalog_key("", "pct", "level", "Tỷ lệ phòng lấp đầy dịp lễ đạt ", "%.") == "room_occupancy"


def test_people_examined_counted_in_visits_after_kham_cho_are_medical_visits() -> None:
    # "đã khám cho N lượt người": the visits to the clinics said by the verb and whom it was done for
    context = "Sáu tháng qua, các bệnh viện trong tỉnh đã khám cho "
    assert catalog_key("", "visit", "level", context, " lượt người bệnh.") == "medical_visits"
    # near miss: people examined counted as persons of one group are no count of visits
    assert catalog_key("", "person", "level", "Đoàn y tế đã khám cho ", " học sinh.") is None


def test_the_growth_rate_of_a_branch_named_after_it_is_no_grdp() -> None:
    # "tốc độ tăng trưởng (kép) của ngành X": the branch's growth, said with the economy's words
    context = "Bình quân 5 năm, tốc độ tăng trưởng kép (CAGR) của ngành dịch vụ cảng biển đạt "
    assert catalog_key("", "pct", "yoy_pct", context, "%/năm.") is None
    assert catalog_key("", "pct", "yoy_pct", "Tốc độ tăng trưởng của lĩnh vực vận tải đạt ", "%.") is None
    # near miss: the province's growth
    assert catalog_key("", "pct", "yoy_pct", "Năm 2026, tốc độ tăng trưởng của tỉnh ước đạt ", "%.") == "grdp"


def test_the_tax_on_value_added_keeps_the_last_word_of_its_name() -> None:
    # "giá trị gia tăng" names the tax: its last word is no verb of the figure
    assert own_subject("Số thu thuế giá trị gia tăng ước đạt ") == "Số thu thuế giá trị gia tăng"
    # near miss: the verb of a change after the tax's name goes
    assert own_subject("Thuế giá trị gia tăng tăng ") == "Thuế giá trị gia tăng"


def test_a_noun_opening_the_sentence_with_an_acronym_after_it_is_no_place_drawing_capital_in() -> None:
    # "Vốn ODA thu hút": the capital (named by its acronym) that was drawn in, its first word capital only as the
    # sentence's first; no place before "thu hút" to take off the label
    assert actor_end("Vốn ODA thu hút được ") == 0
    # near miss: a place named in capitals draws the capital in
    assert actor_end("Hải Dương thu hút ") == len("Hải Dương ")


def test_a_banks_customers_are_no_tourists_and_its_bare_outstanding_loans_are_the_credit() -> None:
    # "lượt khách hàng": a bank's customers served, no visitors
    keys = _keys_by_number("Năm 2026, chi nhánh ngân hàng đã cho vay 95 tỷ đồng đến 2.140 lượt khách hàng.")
    assert keys[2140] is None
    # a bare "dư nợ" of the area beside its deposits is the outstanding credit
    keys = _keys_by_number("Năm 2026, vốn huy động đạt 18.200 tỷ đồng, dư nợ đạt 21.500 tỷ đồng, tăng 6,4%.")
    assert keys[21500e9] == keys[6.4] == "bank_credit"
    # near misses: the visitors of the area, and one bank's outstanding loans
    assert _keys_by_number("Năm 2026, toàn tỉnh đón 2.140 lượt khách.")[2140] == "tourist_arrivals"
    keys = _keys_by_number("Năm 2026, Ngân hàng Chính sách xã hội huyện có dư nợ đạt 640 tỷ đồng.")
    assert keys[640e9] is None


def test_the_insurance_funds_money_and_a_second_rate_with_its_own_subject_are_no_coverage() -> None:
    keys = _keys_by_number(
        "Đến 30/6/2026, số tiền chậm đóng BHXH, BHYT trên địa bàn là 210 tỷ đồng, chiếm 4,8% số phải thu.")
    assert keys[4.8] is None
    keys = _keys_by_number("Năm 2026, bệnh viện thu từ quỹ BHYT 320 tỷ đồng (chiếm 71,5%).")
    assert keys[71.5] is None
    keys = _keys_by_number(
        "Năm 2027, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 95,5% và 41% lực lượng lao động tham gia BHXH.")
    assert keys[95.5] == "health_insurance_coverage" and keys[41] is None
    # near miss: the coverage said alone
    assert _keys_by_number("Năm 2026, tỷ lệ bao phủ BHYT đạt 94,2% dân số.")[94.2] == "health_insurance_coverage"


def test_a_share_of_the_credit_after_bad_debt_written_with_a_slash_is_the_bad_debts() -> None:
    keys = _keys_by_number("Đến 30/9/2026, nợ xấu 980 tỷ đồng, chiếm tỷ trọng 1,32%/tổng dư nợ.")
    assert keys[1.32] == "bad_debt"


def test_firms_a_meeting_met_and_workers_of_one_country_are_parts_no_entry() -> None:
    keys = _keys_by_number("Ngày 12/5/2026, Sở Công Thương tổ chức đối thoại với 85 doanh nghiệp trên địa bàn.")
    assert keys[85] is None
    keys = _keys_by_number("Năm 2026, có 1.900 lao động đi làm việc ở nước ngoài, chủ yếu sang Đài Loan (820 người), "
                           "Nhật Bản (610 người).")
    assert keys[1900] == "overseas_workers" and keys[820] is None and keys[610] is None
    # near miss: the firms the area has
    keys = _keys_by_number("Năm 2026, toàn tỉnh hiện có 4.300 doanh nghiệp đang hoạt động.")
    assert keys[4300] == "enterprises_active"


def test_the_visitors_one_named_site_or_festival_drew_are_a_part_of_the_arrivals() -> None:
    keys = _keys_by_number("Quý II/2026, toàn tỉnh đón 2,1 triệu lượt khách. Riêng khu du lịch quốc gia Tà Xùa đón "
                           "640.000 lượt, chiếm 30,5% tổng lượt khách toàn tỉnh.")
    assert keys[2.1e6] == "tourist_arrivals" and keys[640000] is None and keys[30.5] is None
    # a bracket placing the festival is of its name
    keys = _keys_by_number("Năm 2026, Lễ hội Đền Mẫu (phường Bắc Sơn) thu hút khoảng 410.000 lượt khách.")
    assert keys[410000] is None
    # near miss: the tourist areas of the whole province
    keys = _keys_by_number("Năm 2026, các khu du lịch trên địa bàn tỉnh đón 3,4 triệu lượt khách.")
    assert keys[3.4e6] == "tourist_arrivals"


def test_aid_projects_received_are_no_investment_approvals() -> None:
    keys = _keys_by_number("Năm 2026, Sở Ngoại vụ tiếp nhận 14 dự án viện trợ phi chính phủ nước ngoài.")
    assert keys[14] is None
    # near miss: investment projects received
    assert _keys_by_number("Năm 2026, tỉnh tiếp nhận 14 dự án đầu tư mới.")[14] == "investment_projects_approved"


def test_the_members_of_delegations_received_are_no_visitors() -> None:
    keys = _keys_by_number("Năm 2026, lãnh đạo tỉnh đã tiếp 92 đoàn khách quốc tế với hơn 760 lượt khách.")
    assert keys[760] is None
    # near miss: the visitors of the place
    keys = _keys_by_number("Năm 2026, toàn tỉnh đón hơn 760 lượt khách quốc tế.")
    assert keys[760] == "tourist_arrivals_international"


def test_a_figure_in_brackets_after_a_name_is_that_ones_part_not_the_entry_before() -> None:
    keys = _keys_by_number("Năm 2026, Hoa Kỳ chiếm 38,5% tổng kim ngạch xuất khẩu của tỉnh, tiếp theo là Hàn Quốc "
                           "(11,4%) và EU (7,9%).")
    assert keys[11.4] is None and keys[7.9] is None
    # near miss: the entry's own target in brackets after a word that names nothing
    keys = _keys_by_number("Năm 2026, tỷ lệ che phủ rừng đạt 73,6%, vượt chỉ tiêu (73%).")
    assert keys[73] == "forest_cover"


def test_the_takings_of_the_place_from_tourism_named_between_are_the_tourism_revenue() -> None:
    keys = _keys_by_number("Năm 2026, tổng doanh thu của toàn tỉnh từ hoạt động du lịch đạt 7.420 tỷ đồng.")
    assert keys[7420e9] == "tourism_revenue"
    # near miss: a travel agency's takings are no tourism revenue of the place
    keys = _keys_by_number("Năm 2026, doanh thu của các doanh nghiệp từ du lịch lữ hành đạt 310 tỷ đồng.")
    assert keys[310e9] is None


def test_a_named_sites_visitors_are_its_own_when_a_month_is_said_before_it() -> None:
    keys = _keys_by_number("Tháng 7/2026, toàn tỉnh đón 510.000 lượt khách. Tháng 7 riêng Cố đô Hoa Lư đã đón 96.000 "
                           "lượt khách.")
    assert keys[510000] == "tourist_arrivals" and keys[96000] is None
    # near miss: a month said before the whole province keeps its arrivals
    assert _keys_by_number("Quý III, toàn tỉnh đón 1,4 triệu lượt khách.")[1.4e6] == "tourist_arrivals"


def test_the_figures_of_one_partner_said_to_lead_are_its_part() -> None:
    keys = _keys_by_number("Năm 2026, tỉnh thu hút 45 dự án FDI, vốn đăng ký 700 triệu USD. Nhật Bản dẫn đầu với 19 "
                           "dự án, vốn đăng ký 260 triệu USD.")
    assert keys[700e6] == "investment_projects_capital" and keys[260e6] is None
    # near miss: the report's own province said to lead keeps its own figure
    keys = _keys_by_number("Năm 2026, Hà Nam dẫn đầu với 45 dự án, vốn đăng ký 700 triệu USD.")
    assert keys[700e6] == "investment_projects_capital"


def test_the_share_of_a_part_named_after_its_percent_keeps_no_entry_of_the_whole() -> None:
    keys = _keys_by_number("Năm 2026, huyện giải quyết việc làm cho 5.200 người, trong đó 37% lao động nông thôn.")
    assert keys[5200] == "jobs_created" and keys[37] is None
    # near miss: a part that is an entry of its own keeps it
    keys = _keys_by_number("Năm 2026, tổng dư nợ tín dụng đạt 50.000 tỷ đồng, trong đó 1,2% nợ xấu.")
    assert keys[1.2] == "bad_debt"


def test_an_events_visitors_stay_its_own_when_its_clause_ends_before_the_verb() -> None:
    keys = _keys_by_number("Ngày hội văn hóa các dân tộc năm 2026 diễn ra từ 2/9 đến 4/9; thu hút 35.000 lượt khách.")
    assert keys[35000] is None
    # near miss: a clause with a subject of its own after it is the area's
    keys = _keys_by_number("Ngày hội văn hóa các dân tộc năm 2026 đã bế mạc; toàn tỉnh đón 35.000 lượt khách du lịch.")
    assert keys[35000] == "tourist_arrivals"


def test_traffic_counts_and_their_changes_take_the_entry_their_own_noun_names() -> None:
    keys = _keys_by_number("Tháng 5/2026, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông, làm chết 7 người, bị "
                           "thương 4 người; số vụ giảm 25%, số người bị thương tăng 33%.")
    assert (keys[9], keys[7], keys[4]) == ("traffic_accidents", "traffic_deaths", "traffic_injuries")
    assert (keys[-25], keys[33]) == ("traffic_accidents", "traffic_injuries")
    keys = _keys_by_number("Năm 2026, tai nạn giao thông làm 6 người tử vong và 11 người bị thương.")
    assert (keys[6], keys[11]) == ("traffic_deaths", "traffic_injuries")
    # near miss: another accident named last keeps its counts out of the traffic entries
    keys = _keys_by_number("Năm 2026, tai nạn giao thông giảm; tai nạn lao động xảy ra 3 vụ, làm 2 người bị thương.")
    assert keys[2] is None


def test_a_change_named_by_its_noun_restates_the_count_whose_own_words_hold_it_not_the_one_joined_after_it() -> None:
    keys = _keys_by_number("Quý II/2026, toàn tỉnh xảy ra 21 vụ tai nạn giao thông, làm 8 người chết và 15 người bị "
                           "thương; so với cùng kỳ giảm 3 người chết.")
    assert keys[-3] == "traffic_deaths"
    # near miss: the change named by the second count's noun restates that one
    keys = _keys_by_number("Quý II/2026, toàn tỉnh xảy ra 21 vụ tai nạn giao thông, làm 8 người chết và 15 người bị "
                           "thương; so với cùng kỳ tăng 4 người bị thương.")
    assert keys[4] == "traffic_injuries"


def test_traffic_parts_in_brackets_and_changes_read_as_levels_take_no_traffic_entry_by_their_noun() -> None:
    keys = _keys_by_number("Năm 2026, toàn tỉnh xảy ra 40 vụ tai nạn giao thông (đường bộ 38 vụ, đường sắt 2 vụ).")
    assert keys[40] == "traffic_accidents" and keys[38] is None
    # near miss: the whole's count after its bracket of parts keeps its entry
    keys = _keys_by_number("Năm 2026, tai nạn giao thông (cả đường bộ và đường sắt) xảy ra 40 vụ, làm chết 12 người.")
    assert (keys[40], keys[12]) == ("traffic_accidents", "traffic_deaths")


def test_the_schools_counted_by_who_runs_them_after_a_ratio_are_those_the_subject_named() -> None:
    keys = _keys_by_number("Năm học 2026-2027, số trường đạt chuẩn quốc gia là 52/60 trường công lập, đạt 86,7%.")
    assert keys[52] == "national_standard_schools"
    # near miss: a state of their own after the counted schools is their own subject
    keys = _keys_by_number("Năm học 2026-2027, số trường đạt chuẩn quốc gia là 52 trường, có 12 trường xuống cấp.")
    assert keys[12] is None


def test_the_area_irrigation_waters_is_no_area_sown() -> None:
    keys = _keys_by_number("Năm 2026, diện tích lúa được tưới chủ động đạt 8.300 ha, tăng 210 ha so với năm 2025.")
    assert keys[8300] is None
    # near miss: the rice sown keeps its entry
    assert _keys_by_number("Năm 2026, diện tích gieo cấy lúa đạt 8.300 ha.")[8300] == "cultivated_area"


def test_the_traffic_entry_a_noun_names_is_held_to_the_tests_of_a_named_entry() -> None:
    # the country's counts keep no entry, whichever noun names them
    keys = _keys_by_number("Năm 2026, cả nước xảy ra 18.000 vụ tai nạn giao thông, làm 9.500 người chết và 6.000 "
                           "người bị thương.")
    assert (keys[18000], keys[9500], keys[6000]) == (None, None, None)
    # near miss: the province's own take their entries
    keys = _keys_by_number("Năm 2026, toàn tỉnh xảy ra 180 vụ tai nạn giao thông, làm 95 người chết và 60 người bị "
                           "thương.")
    assert (keys[180], keys[95], keys[60]) == ("traffic_accidents", "traffic_deaths", "traffic_injuries")


def test_patients_satisfaction_is_no_satisfaction_with_public_administration() -> None:
    keys = _keys_by_number("Năm 2026, tỷ lệ người bệnh hài lòng với dịch vụ y tế đạt 94,1%.")
    assert keys[94.1] is None
    # near miss: the people's satisfaction with the administration's service is the index
    keys = _keys_by_number("Năm 2026, chỉ số hài lòng của người dân về sự phục vụ hành chính đạt 86,5%.")
    assert keys[86.5] == "sipas"
