"""The dashboard's Python glue, without building the site: number formats (the site's own JS, run
by Node), the static server, the atomic site swap, pinning the snapshot, the font, the CLI and the
Dagster asset. The site itself is built and opened in Chromium by test_dashboard_browser.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from orchestration import dashboard
from orchestration.dashboard import DASHBOARD_DIR, DashboardError, font_css, make_server
from orchestration.publish import MANIFEST_NAME, SNAPSHOT_NAME

FORMAT_JS = DASHBOARD_DIR / "src" / "components" / "format.js"


def run_format_js(expressions: list[str]) -> list[str]:
    """Evaluate ``f.<expression>`` with the site's format module in Node (ICU vi-VN, as in a browser)."""
    script = (
        f"const f = await import({json.dumps(FORMAT_JS.as_uri())});\n"
        f"console.log(JSON.stringify([{', '.join(f'f.{e}' for e in expressions)}]));"
    )
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(out.stdout)


def test_vietnamese_number_formats() -> None:
    cases = {
        "formatVnd(4705000000000)": "4.705 tỷ đồng",
        "formatVnd(125500000000)": "125,5 tỷ đồng",
        "formatVnd(3250000000)": "3,25 tỷ đồng",
        "formatVnd(350000000)": "350 triệu đồng",
        "formatVnd(12000)": "12.000 đồng",
        "formatUsd(1250000000)": "1,25 tỷ USD",
        "formatUsd(87300000)": "87,3 triệu USD",
        "formatPct(12.1)": "12,1 %",
        "formatPct(12.1, {signed: true})": "+12,1 %",
        "formatPct(-3.45, {signed: true})": "-3,5 %",
        "formatValue(12.1, 'pct', 'yoy_pct')": "+12,1 %",
        "formatValue(56.08, 'pct', 'plan_pct')": "56,1 %",
        "formatValue(4705000000000, 'VND', 'level')": "4.705 tỷ đồng",
        "formatValue(723673, 'visit', 'level')": "723.673 lượt",
        "formatValue(376.4, 'ha', 'level')": "376,4 ha",
        "formatDate('2025-05-31')": "31/05/2025",
        "formatDateTime('2026-11-29T17:18:16+00:00')": "29/11/2026 17:18 UTC",
    }
    assert dict(zip(cases, run_format_js(list(cases)), strict=True)) == cases


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "index.html").write_text("<h1>index</h1>", encoding="utf-8")
    (tmp_path / "province").mkdir()
    (tmp_path / "province" / "bac_kan.html").write_text("<h1>Bắc Kạn</h1>", encoding="utf-8")
    (tmp_path / "404.html").write_text("<h1>không có</h1>", encoding="utf-8")
    server = make_server(tmp_path, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_server_serves_clean_urls_and_the_site_404_page(site: str) -> None:
    assert get(f"{site}/") == (200, "<h1>index</h1>")
    assert get(f"{site}/province/bac_kan") == (200, "<h1>Bắc Kạn</h1>")  # Framework's links have no .html
    assert get(f"{site}/province/bac_kan.html") == (200, "<h1>Bắc Kạn</h1>")
    assert get(f"{site}/province/ha_noi") == (404, "<h1>không có</h1>")
    assert get(f"{site}/../etc/passwd")[0] == 404


def test_server_listens_on_loopback_only(tmp_path: Path) -> None:
    server = make_server(tmp_path, 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def make_build(publish: Path, name: str) -> Path:
    build = publish / dashboard.BUILDS_DIR / name
    build.mkdir(parents=True)
    (build / "index.html").write_text(name, encoding="utf-8")
    return build


def test_activate_swaps_the_site_link_and_keeps_the_previous_build(tmp_path: Path) -> None:
    builds = [make_build(tmp_path, f"b{i}") for i in range(3)]
    for i, build in enumerate(builds):
        os.utime(build, (1000 + i, 1000 + i))  # build order, whatever the file system's clock says
        dashboard._activate(tmp_path, build)
        assert (tmp_path / "dashboard" / "index.html").read_text(encoding="utf-8") == build.name
    assert (tmp_path / "dashboard").is_symlink()
    assert sorted(p.name for p in (tmp_path / dashboard.BUILDS_DIR).iterdir()) == ["b1", "b2"]


def test_activate_replaces_a_plain_site_folder(tmp_path: Path) -> None:
    (tmp_path / "dashboard").mkdir()
    (tmp_path / "dashboard" / "index.html").write_text("copied by hand", encoding="utf-8")
    dashboard._activate(tmp_path, make_build(tmp_path, "b0"))
    assert (tmp_path / "dashboard" / "index.html").read_text(encoding="utf-8") == "b0"


def publish_fake_snapshot(publish: Path, snapshot_id: str) -> None:
    publish.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(publish / SNAPSHOT_NAME))
    con.execute("CREATE OR REPLACE TABLE t AS SELECT ? AS snapshot_id", [snapshot_id])
    con.close()
    (publish / MANIFEST_NAME).write_text(json.dumps({"snapshot_id": snapshot_id}), encoding="utf-8")


def test_pin_snapshot_holds_the_build_it_pinned_after_a_new_publish(tmp_path: Path) -> None:
    publish, work = tmp_path / "published", tmp_path / "work"
    work.mkdir()
    publish_fake_snapshot(publish, "first")
    assert dashboard._pin_snapshot(publish, work)["snapshot_id"] == "first"
    # the publisher replaces the file (new inode): the pinned link still reads the first build
    replacement = publish / "new.duckdb"
    con = duckdb.connect(str(replacement))
    con.execute("CREATE TABLE t AS SELECT 'second' AS snapshot_id")
    con.close()
    os.replace(replacement, publish / SNAPSHOT_NAME)
    pinned = duckdb.connect(str(work / "snapshot.duckdb"), read_only=True)
    assert pinned.execute("SELECT snapshot_id FROM t").fetchone() == ("first",)
    pinned.close()
    assert json.loads((work / MANIFEST_NAME).read_text(encoding="utf-8"))["snapshot_id"] == "first"


def test_pin_snapshot_without_a_snapshot(tmp_path: Path) -> None:
    with pytest.raises(DashboardError, match="no published snapshot"):
        dashboard._pin_snapshot(tmp_path, tmp_path)


def test_site_is_current_follows_the_manifest(tmp_path: Path) -> None:
    publish_fake_snapshot(tmp_path, "first")
    assert not dashboard.site_is_current(tmp_path)  # no site yet
    build = make_build(tmp_path, "b0")
    (build / dashboard.BUILD_INFO).write_text(json.dumps({"snapshot_id": "first"}), encoding="utf-8")
    dashboard._activate(tmp_path, build)
    assert dashboard.site_is_current(tmp_path)
    publish_fake_snapshot(tmp_path, "second")
    assert not dashboard.site_is_current(tmp_path)


def test_font_is_inlined_with_vietnamese_glyph_ranges() -> None:
    css = font_css()
    assert css.count("@font-face") == len(dashboard.FONT_SUBSETS) * len(dashboard.FONT_WEIGHTS)
    assert "url(./" not in css and "http" not in css  # nothing to fetch
    assert css.count("src: url(data:font/woff2;base64,") == css.count("@font-face")
    assert "U+1EA0-1EF9" in css  # the Vietnamese letters with diacritics (ạ … ỹ)


def test_cli_parses_dashboard_commands() -> None:
    from orchestration.cli import build_parser

    args = build_parser().parse_args(["dashboard", "serve", "--port", "9001", "--publish-dir", "x"])
    assert (args.command, args.dashboard_command, args.port, args.publish_dir) == ("dashboard", "serve", 9001, "x")
    assert build_parser().parse_args(["dashboard", "build"]).dashboard_command == "build"


def test_cli_build_without_a_snapshot_fails_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from orchestration.cli import main

    assert main(["dashboard", "build", "--publish-dir", str(tmp_path)]) == 1
    assert "no published snapshot" in capsys.readouterr().err


def test_dashboard_asset_follows_the_snapshot_outside_the_warehouse_pool(project_env) -> None:
    import dagster as dg

    from orchestration.definitions import build_defs
    from orchestration.settings import WAREHOUSE_POOL

    defs = build_defs(project_env.raw, project_env.warehouse)
    graph = defs.resolve_asset_graph()
    key = dg.AssetKey("dashboard")
    assert graph.get(key).parent_keys == {dg.AssetKey("published_snapshot")}
    node = graph.assets_def_for_key(key).node_def
    assert node.pool == "dashboard_build" != WAREHOUSE_POOL
    assert graph.get(key).automation_condition is not None
    # `baocao run` (refresh_warehouse_job) publishes but does not need Node
    refresh = defs.resolve_job_def("refresh_warehouse_job")
    assert key not in refresh.asset_layer.selected_asset_keys
    assert dg.AssetKey("published_snapshot") in refresh.asset_layer.selected_asset_keys


def test_quality_page_evidence_check_matches_the_pipelines(tmp_path: Path) -> None:
    """The quality page's SQL evidence check finds exactly what ``warehouse.evidence_mismatches`` finds."""
    import sys

    from orchestration import warehouse

    sys.path.insert(0, str(DASHBOARD_DIR / "src" / "data"))
    try:
        from _checks import evidence_mismatches_sql
    finally:
        sys.path.pop(0)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    text = "Tổng mức bán lẻ ước đạt 4.705 tỷ đồng, tăng 12,1%. Thu ngân sách đạt 386 tỷ đồng."
    con.execute("CREATE TABLE document_texts (doc_id VARCHAR, text VARCHAR)")
    con.execute("INSERT INTO document_texts VALUES ('d1', ?)", [text])
    con.execute(
        "CREATE TABLE indicators (fact_id VARCHAR, doc_id VARCHAR, source_file VARCHAR, "
        "char_start BIGINT, char_end BIGINT, evidence VARCHAR)"
    )
    good = text.index("Tổng"), text.index(" Thu")
    rows = [
        ("ok", "d1", "a.txt", *good, text[good[0] : good[1]]),  # diacritics: code-point offsets
        ("shifted", "d1", "a.txt", good[0] + 1, good[1], text[good[0] : good[1]]),
        ("outside", "d1", "a.txt", 10, len(text) + 5, "x"),
        ("no text", "d2", "b.txt", 0, 5, "Tổng "),
    ]
    con.executemany("INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?)", rows)
    ours = evidence_mismatches_sql(con, "indicators")
    theirs = warehouse.evidence_mismatches(con, "indicators")
    assert sorted(ours["fact_id"].to_list()) == sorted(theirs["fact_id"].to_list()) == ["no text", "outside", "shifted"]


def test_the_build_runs_below_the_warehouse_runs_priority() -> None:
    """The build's command prefix starts its processes (Node, the loaders they start) niced."""
    prefix = dashboard._lower_priority()
    assert prefix, "coreutils' nice is on every machine this runs on"
    out = subprocess.run([*prefix, sys.executable, "-c", "import os; print(os.nice(0))"],
                         capture_output=True, text=True, check=True).stdout
    assert int(out) == min(19, os.nice(0) + dashboard.BUILD_NICENESS)
