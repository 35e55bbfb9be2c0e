// Charts whose points carry their evidence: hover shows the figure, a click keeps it and shows
// the sentence and source file under the chart.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {selectedEvidence} from "./evidence.js";
import {axisLabel, formatValue, tickFormat} from "./format.js";
import {GRANULARITIES} from "./labels.js";

/** A series over periods: one line per period granularity (a half-year is not a quarter). */
export function periodChart(points, {unit, metric = "level", width, valueOf = (d) => d.value, format, height = 220}) {
  const fmt = format ?? ((v) => formatValue(v, unit, metric));
  const data = points.map((d) => ({...d, date: new Date(d.period_end), y: valueOf(d),
    series: GRANULARITIES[d.granularity] ?? d.granularity}));
  const plot = Plot.plot({
    width, height, marginLeft: 56,
    x: {type: "utc", label: null, tickFormat: (d) => `${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`, ticks: 5},
    y: {label: axisLabel(unit, metric), tickFormat: tickFormat(metric === "level" || metric === "target" ? unit : "pct"), grid: true, nice: true, zero: metric === "level" || metric === "target"},
    color: {legend: new Set(data.map((d) => d.series)).size > 1, label: "Loại kỳ"},
    marks: [
      metric === "level" ? null : Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.3}),
      Plot.line(data, {x: "date", y: "y", stroke: "series", z: "series", strokeOpacity: 0.6}),
      Plot.dot(data, {x: "date", y: "y", fill: "series", r: 5}),
      Plot.tip(data, Plot.pointer({x: "date", y: "y", title: (d) => `${d.period_label}: ${fmt(d.y)}\nBấm để xem câu trích dẫn`}))
    ]
  });
  return withEvidence(plot);
}

/** Horizontal bars per province for one indicator and period. */
export function provinceBars(rows, {unit, metric, width}) {
  const fmt = (v) => formatValue(v, unit, metric);
  const plot = Plot.plot({
    width, height: 28 * rows.length + 40, marginLeft: 140, marginRight: 90,
    x: {label: axisLabel(unit, metric), tickFormat: tickFormat(metric === "level" || metric === "target" ? unit : "pct"), grid: true},
    y: {label: null, domain: rows.map((d) => d.province_name)},
    marks: [
      Plot.barX(rows, {x: "value", y: "province_name", fill: "var(--theme-foreground-focus)", fillOpacity: 0.8}),
      Plot.text(rows, {x: "value", y: "province_name", text: (d) => fmt(d.value), textAnchor: "start", dx: 4}),
      Plot.ruleX([0]),
      Plot.tip(rows, Plot.pointerY({x: "value", y: "province_name", title: (d) => `${d.province_name}: ${fmt(d.value)}\nBấm để xem câu trích dẫn`}))
    ]
  });
  return withEvidence(plot);
}

/** The chart plus a box that shows the evidence of the point last pointed at or clicked. */
function withEvidence(plot) {
  const box = html`<div>${selectedEvidence(null)}</div>`;
  plot.addEventListener("input", () => {
    const d = plot.value;
    if (d) box.replaceChildren(...(d.facts ? d.facts.map((f) => selectedEvidence(f)) : [selectedEvidence(d)]));
  });
  return html`<div>${plot}${box}</div>`;
}
