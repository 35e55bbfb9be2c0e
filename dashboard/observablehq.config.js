// Observable Framework configuration of the baocao dashboard.
//
// `baocao dashboard build` (orchestration/dashboard.py) copies this project into a work folder
// and sets the environment below; the routes (one page per province and per indicator) come
// from the pinned snapshot, so they are known before the build starts.
import {readFileSync} from "node:fs";

const routes = JSON.parse(readFileSync(process.env.BAOCAO_DASHBOARD_ROUTES ?? "routes.json", "utf-8"));

export default {
  title: "Báo cáo kinh tế - xã hội các tỉnh",
  root: "src",
  output: process.env.BAOCAO_DASHBOARD_OUT ?? "dist",
  // No Google Fonts (the default) and no CDN: the site must work without a network.
  globalStylesheets: [],
  style: "style.css",
  // Loaders run with the project's Python (duckdb), never a system python3.
  interpreters: {".py": [process.env.BAOCAO_PYTHON ?? "python3"]},
  dynamicPaths: [
    ...routes.provinces.map((p) => `/province/${p.key}`),
    ...routes.indicators.map((i) => `/indicator/${i.key}`)
  ],
  pages: [
    {name: "Chất lượng dữ liệu", path: "/quality"},
    {name: "Tỉnh, thành phố", collapsible: true, open: routes.provinces.length <= 12,
     pages: routes.provinces.map((p) => ({name: p.name, path: `/province/${p.key}`}))},
    {name: "Chỉ tiêu", collapsible: true, open: false,
     pages: routes.indicators.map((i) => ({name: i.name, path: `/indicator/${i.key}`}))}
  ],
  home: "Tổng quan",
  // data: favicon, so the browser does not even ask the server for /favicon.ico.
  head: '<meta name="robots" content="noindex"><link rel="icon" href="data:,">',
  footer: `Ảnh chụp dữ liệu ${routes.snapshot_id ?? ""} · công bố ${routes.published_at ?? ""}`,
  search: false,
  pager: false,
  toc: false
};
