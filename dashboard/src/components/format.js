// Vietnamese number formats: thousands ".", decimals "," (4.705 tỷ đồng; 12,1 %).
// Money is stored in base units (VND, USD) and shown in the scale words the reports use.

const formatters = new Map();
function numberFormat(digits, signed = false) {
  const key = `${digits}:${signed}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.NumberFormat("vi-VN", {
      maximumFractionDigits: digits,
      signDisplay: signed ? "exceptZero" : "auto"
    }));
  }
  return formatters.get(key);
}

/** A plain number: 1.234.567 or 12,1 (at most `digits` decimals). */
export function formatNumber(x, digits = 1) {
  return x == null || Number.isNaN(x) ? "–" : numberFormat(digits).format(x);
}

/** Fewer decimals as the scaled number grows: 4.705 / 125,5 / 3,25. */
function scaled(x, signed = false) {
  const a = Math.abs(x);
  return numberFormat(a >= 1000 ? 0 : a >= 10 ? 1 : 2, signed).format(x);
}

/** VND base units → "4.705 tỷ đồng", "350 triệu đồng". */
export function formatVnd(vnd) {
  if (vnd == null) return "–";
  const a = Math.abs(vnd);
  if (a >= 1e9) return `${scaled(vnd / 1e9)} tỷ đồng`;
  if (a >= 1e6) return `${scaled(vnd / 1e6)} triệu đồng`;
  return `${formatNumber(vnd, 0)} đồng`;
}

/** USD → "125,3 triệu USD", "1,25 tỷ USD". */
export function formatUsd(usd) {
  if (usd == null) return "–";
  const a = Math.abs(usd);
  if (a >= 1e9) return `${scaled(usd / 1e9)} tỷ USD`;
  if (a >= 1e6) return `${scaled(usd / 1e6)} triệu USD`;
  return `${formatNumber(usd, 0)} USD`;
}

/** A percentage: "12,1 %"; signed for changes: "+12,1 %". */
export function formatPct(x, {signed = false} = {}) {
  return x == null ? "–" : `${numberFormat(1, signed).format(x)} %`;
}

export const UNIT_WORDS = {
  ha: "ha", tonne: "tấn", m3: "m³", km: "km", person: "người", household: "hộ", head: "con",
  enterprise: "doanh nghiệp", cooperative: "hợp tác xã", product: "sản phẩm", visit: "lượt",
  house: "căn nhà", case: "vụ", point: "điểm", quintal_per_ha: "tạ/ha", times: "lần", count: ""
};

export const METRIC_LABELS = {
  level: "Giá trị", yoy_pct: "So với cùng kỳ", plan_pct: "So với kế hoạch", target: "Kế hoạch / mục tiêu",
  share_pct: "Tỷ trọng", change_pct: "Thay đổi", yoy_abs: "Tăng/giảm so với cùng kỳ"
};

/** A fact's value in its unit; growth metrics are signed percentages. */
export function formatValue(value, unit, metric = "level") {
  if (value == null) return "–";
  if (metric === "yoy_pct" || metric === "change_pct") return formatPct(value, {signed: true});
  if (unit === "pct" || metric === "plan_pct" || metric === "share_pct") return formatPct(value);
  if (unit === "VND") return formatVnd(value);
  if (unit === "USD") return formatUsd(value);
  const word = UNIT_WORDS[unit] ?? unit ?? "";
  return `${formatNumber(value, 2)}${word ? ` ${word}` : ""}`;
}

/** Axis ticks: short scaled numbers in the Vietnamese style (4.705, 12,1). */
export function tickFormat(unit) {
  if (unit === "VND") return (x) => formatNumber(x / 1e9, 1);
  if (unit === "USD") return (x) => formatNumber(x / 1e6, 1);
  return (x) => formatNumber(x, 1);
}

/** The axis label of a unit after `tickFormat`'s scaling. */
export function axisLabel(unit, metric = "level") {
  if (metric !== "level" && metric !== "target" && metric !== "yoy_abs") return "%";
  return {VND: "tỷ đồng", USD: "triệu USD", pct: "%"}[unit] ?? UNIT_WORDS[unit] ?? unit ?? "";
}

/** 2024-05-31 → 31/05/2024. */
export function formatDate(iso) {
  if (!iso) return "–";
  const [y, m, d] = String(iso).slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** 2026-11-29T17:18:16+00:00 → 29/11/2026 17:18 (UTC, as stored). */
export function formatDateTime(iso) {
  if (!iso) return "–";
  const s = String(iso);
  return `${formatDate(s)} ${s.slice(11, 16)}${/(\+00:00|Z)$/.test(s) ? " UTC" : ""}`;
}
