// Vietnamese labels of the warehouse's codes (one table per concept).

export const BUDGET_ITEMS = {
  revenue_total: "Tổng thu ngân sách", revenue_domestic: "Thu nội địa", revenue_import_export: "Thu xuất nhập khẩu",
  revenue_land_use: "Thu tiền sử dụng đất", revenue_other: "Thu khác", expenditure_total: "Tổng chi ngân sách",
  expenditure_investment: "Chi đầu tư phát triển", expenditure_recurrent: "Chi thường xuyên",
  public_investment: "Giải ngân vốn đầu tư công", target_programme: "Chương trình mục tiêu quốc gia", other: "Khác"
};

export const PROJECT_EVENTS = {
  started: "Khởi công", inaugurated: "Khánh thành", completed: "Hoàn thành", approved: "Phê duyệt",
  in_progress: "Đang thực hiện", funding: "Bố trí vốn"
};

export const HAZARDS = {
  flood: "lũ", flash_flood: "lũ quét", landslide: "sạt lở", heavy_rain: "mưa lớn", storm: "bão", whirlwind: "lốc",
  hail: "mưa đá", cold: "rét", drought: "hạn hán", wildfire: "cháy rừng", lightning: "sét"
};

export const GRANULARITIES = {
  year: "Năm", half: "6 tháng", quarter: "Quý", month: "Tháng", months: "Lũy kế tháng", years: "Nhiều năm", custom: "Khác"
};

export const PLACEMENTS = {
  placed: "Đã xếp", no_period: "Không rõ kỳ", no_province: "Không rõ tỉnh", unplaced: "Không rõ tỉnh và kỳ"
};

// Locality keys are ASCII-folded names ("thanh_pho_bac_kan"); the warehouse keeps no display name,
// so the unit word is restored and the rest title-cased ("TP. Bac Kan").
const LOCALITY_UNITS = [["thanh_pho_", "TP. "], ["thi_xa_", "Thị xã "], ["huyen_", "Huyện "], ["quan_", "Quận "],
  ["phuong_", "Phường "], ["thi_tran_", "Thị trấn "], ["xa_", "Xã "]];

export function localityLabel(key) {
  if (!key) return "Toàn tỉnh";
  const [prefix, word] = LOCALITY_UNITS.find(([p]) => key.startsWith(p)) ?? ["", ""];
  const rest = key.slice(prefix.length).split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return `${word}${rest}`;
}
