"""The dashboard in a real browser: build it from the sample warehouse, serve it with `baocao
dashboard serve`, open it in headless Chromium (Debian's, driven by Playwright) and read what a
person would see. Nothing may be requested from anywhere but 127.0.0.1.

The warehouse and the site are built once per test session (shared by the xdist workers under a
file lock); screenshots are kept in ``test-artifacts/`` (or ``$BAOCAO_TEST_ARTIFACTS``).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_project_env

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("BAOCAO_CHROMIUM", "/usr/bin/chromium")
# Headless Chromium as root in a container, and no background traffic of its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("BAOCAO_TEST_ARTIFACTS", ROOT / "test-artifacts"))


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Publish dir of the sample warehouse with the dashboard built in it (once per session)."""
    from orchestration.dashboard import build_dashboard, site_is_current

    # One build per test run: the xdist workers of a run share it (same run uid), later runs never do.
    run_uid = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    base = tmp_path_factory.getbasetemp()
    shared = base.parent / f"baocao-dashboard-{run_uid}" if run_uid else base / "baocao-dashboard"
    with shared.with_name(shared.name + ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        publish = shared / "published"
        if not site_is_current(publish):
            shutil.rmtree(shared, ignore_errors=True)
            env = make_project_env(shared)
            run = subprocess.run(
                [sys.executable, "-m", "orchestration.cli", "run"],
                env={**os.environ, **env.env()},
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=900,
                check=False,
            )
            assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
            build_dashboard(publish)
    return publish


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(published_site: Path) -> Iterator[str]:
    """`baocao dashboard serve` on a free port (the site is current: it does not rebuild)."""
    port = free_port()
    command = ["dashboard", "serve", "--port", str(port), "--publish-dir", str(published_site)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "orchestration.cli", *command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"baocao dashboard serve exited: {proc.stdout.read() if proc.stdout else ''}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail("baocao dashboard serve did not stop on SIGTERM")


@dataclass
class Browsing:
    """Everything the page asked for and every script error, across the pages opened."""

    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser_page(served: str) -> Iterator[tuple[object, Browsing]]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}: scripts/setup.sh installs Debian's `chromium` (as root)")
    from playwright.sync_api import sync_playwright

    seen = Browsing()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")

        def guard(route) -> None:  # anything not served by our server is recorded and refused
            url = route.request.url
            if url.startswith(served + "/") or url.startswith(("data:", "blob:")):
                route.continue_()
            else:
                seen.blocked.append(url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.on("request", lambda r: seen.requests.append(r.url))
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        try:
            yield page, seen
        finally:
            browser.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def test_overview_and_bac_kan_page_show_figures_with_their_evidence(browser_page, served: str) -> None:
    page, seen = browser_page
    open_page(page, served + "/")
    assert page.locator("h1").first.inner_text() == "Tổng quan"
    page.wait_for_selector("svg")  # the coverage chart rendered
    assert page.locator("table.facts tbody tr").count() == 3  # the 3 sample reports, latest first
    screenshot(page, "dashboard-index.png")

    page.locator("main a", has_text="Bắc Kạn").first.click()  # navigate as a reader would
    page.wait_for_url("**/province/bac_kan")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.inner_text() == "Bắc Kạn"

    def headline_row(title: str, period: str):
        card = page.locator(".card", has=page.locator("h2", has_text=title))
        return card.locator("tr", has_text=period)

    retail = headline_row("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "6 tháng đầu năm 2024")
    assert retail.locator("summary").inner_text() == "4.705 tỷ đồng"
    growth = headline_row("Tổng mức bán lẻ: tăng so với cùng kỳ", "6 tháng đầu năm 2024")
    assert growth.locator("summary").inner_text() == "+12,1 %"
    assert page.locator(".card svg").count() >= 4  # headline charts drawn

    flood = page.locator("table.disasters tr", has_text="Tháng 5/2025")
    assert flood.count() == 1
    assert flood.locator("td").nth(3).inner_text() == "4"  # deaths

    # before any popover opens over it
    page.get_by_role("button", name="Hiện bảng tất cả số liệu").click()  # the catalog table loads on demand
    all_facts = page.locator("table.all-facts tbody tr")
    all_facts.first.wait_for()
    assert all_facts.count() > 50

    # click the figure: its sentence and source file appear
    evidence = retail.locator(".evidence")
    assert not evidence.is_visible()
    retail.locator("summary").click()
    assert evidence.is_visible()
    assert "4.705 tỷ đồng" in evidence.inner_text()
    assert ".txt" in evidence.locator(".source").inner_text()
    flood.locator("td").nth(3).locator("summary").click()
    assert "4" in flood.locator(".evidence").first.inner_text()
    screenshot(page, "dashboard-bac_kan.png")

    assert seen.blocked == []
    assert all(u.startswith((served + "/", "data:", "blob:")) for u in seen.requests), seen.requests
    assert seen.errors == []


def test_quality_and_indicator_pages_render(browser_page, served: str) -> None:
    page, seen = browser_page
    open_page(page, served + "/quality")
    assert page.locator("h1").first.inner_text() == "Chất lượng dữ liệu"
    assert page.locator("text=evidence_matches_text").count() == 4  # one per fact table
    open_page(page, served + "/indicator/retail_sales")
    row = page.locator("table.facts tr", has_text="Bắc Kạn")
    assert row.locator("summary").inner_text() == "4.705 tỷ đồng"
    page.wait_for_selector("main svg")
    screenshot(page, "dashboard-indicator.png")
    assert seen.blocked == []
    assert seen.errors == []
