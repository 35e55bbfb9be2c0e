"""Build and serve the static dashboard (``dashboard/``, Observable Framework) of the published snapshot.

``build_dashboard`` turns the *published* snapshot (never the warehouse) into a static site in
``<publish dir>/dashboard/``:

1. a work folder ``<publish dir>/.dashboard-work-<id>/`` gets a copy of ``dashboard/src`` and its
   config, a link to ``dashboard/node_modules`` (installed by ``scripts/setup.sh`` with ``npm ci``)
   and a **hard link of the current snapshot**: every data loader of the build reads that one
   inode, so a snapshot published during the build cannot mix two builds into one site;
2. the provinces and indicators that get a page (``routes.json``) and the inlined web font
   (``fonts.css``, from the pinned ``@fontsource`` package) are written there;
3. ``observable build`` runs the Python data loaders (this interpreter, duckdb) and writes the
   site into ``<publish dir>/.dashboard-builds/<id>/``;
4. ``<publish dir>/dashboard`` is a symlink swapped atomically (``os.replace``) to the new build,
   so a server or browser never sees half a site; older builds are removed (the previous one is
   kept for pages still loading from it).

Nothing is fetched from the network, at build or at view time: scripts, styles and the font are
served by the site itself.

``serve_dashboard`` serves that folder on 127.0.0.1 (clean URLs: ``/province/bac_kan`` is
``province/bac_kan.html``), building it first when it is missing or older than the snapshot.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import hashlib
import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from orchestration import settings
from orchestration.publish import MANIFEST_NAME, SNAPSHOT_NAME

DASHBOARD_DIR: Path = settings.PROJECT_ROOT / "dashboard"
NODE_MODULES: Path = DASHBOARD_DIR / "node_modules"
FRAMEWORK_CLI: Path = NODE_MODULES / "@observablehq" / "framework" / "dist" / "bin" / "observable.js"
SITE_NAME = "dashboard"  # <publish dir>/dashboard (a symlink to the active build)
BUILDS_DIR = ".dashboard-builds"
BUILD_INFO = "_baocao.json"  # in the site: which snapshot it shows
_WORK_PREFIX = ".dashboard-work-"
# The build (Node and the Python data loaders it starts) runs at a lower CPU priority: at 10,000
# reports it takes one to two minutes of CPU, and a report's own run (load, checks, dbt, publish)
# arriving meanwhile must not share the two cores with it as an equal (see README "Event path").
BUILD_NICENESS = 10
# Web font inlined into the site's stylesheet: Be Vietnam Pro (drawn for Vietnamese diacritics).
FONT_PACKAGE = NODE_MODULES / "@fontsource" / "be-vietnam-pro"
FONT_SUBSETS = ("latin", "vietnamese")
FONT_WEIGHTS = (400, 700)
DEFAULT_PORT = 8765
HOST = "127.0.0.1"

__all__ = ["BuildResult", "DashboardError", "build_dashboard", "dashboard_routes", "serve_dashboard", "site_dir"]


class DashboardError(RuntimeError):
    """The dashboard cannot be built (no snapshot, node packages missing, the build failed)."""


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path  # <publish dir>/dashboard
    build_dir: Path  # the folder it points to
    snapshot_id: str | None
    provinces: int
    indicators: int
    pages: int
    seconds: float


def site_dir(publish_dir: Path) -> Path:
    return Path(publish_dir) / SITE_NAME


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# --- what gets a page -----------------------------------------------------------------------------


def dashboard_routes(snapshot: Path) -> dict[str, list[dict[str, str]]]:
    """Provinces (with a canonical report or a figure) and catalog indicators (with a figure) of a snapshot."""
    import duckdb  # imported here: `baocao` must not pay for it unless a dashboard is built

    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        provinces = con.execute(
            """
            SELECT p.province_key, p.name_vi FROM marts.dim_province p
            WHERE p.province_key IN (SELECT province FROM marts.dim_document WHERE is_canonical
                                     UNION SELECT province FROM marts.mart_indicators)
            ORDER BY p.province_key
            """
        ).fetchall()
        indicators = con.execute(
            """
            SELECT i.indicator_key, i.label_vi FROM marts.dim_indicator i
            WHERE i.indicator_key IN (SELECT indicator_key FROM marts.mart_indicators
                                      WHERE locality IS NULL AND is_primary)
            ORDER BY i.label_vi, i.indicator_key
            """
        ).fetchall()
    finally:
        con.close()
    return {
        "provinces": [{"key": k, "name": n} for k, n in sorted(provinces, key=lambda p: vietnamese_sort_key(p[1]))],
        "indicators": [{"key": k, "name": n} for k, n in indicators],
    }


def vietnamese_sort_key(name: str) -> tuple[str, str]:
    """Alphabetical order as a Vietnamese reader expects: base letters first (Bắc Giang < Bình Định), đ after d."""
    base = "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))
    return base.replace("đ", "d~"), name


# --- build ----------------------------------------------------------------------------------------


def _read_manifest(publish_dir: Path) -> dict:
    path = publish_dir / MANIFEST_NAME
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _pin_snapshot(publish_dir: Path, work: Path) -> dict:
    """Hard-link the current snapshot into ``work`` and return the manifest that describes it.

    The publisher replaces the snapshot first and the manifest last; a manifest read before and
    after the link that did not change says the linked file is the one it describes.
    """
    source = publish_dir / SNAPSHOT_NAME
    if not source.is_file():
        raise DashboardError(f"no published snapshot at {source}: run `baocao run` first")
    pinned = work / "snapshot.duckdb"
    for _ in range(20):
        before = _read_manifest(publish_dir)
        with contextlib.suppress(FileNotFoundError):
            pinned.unlink()
        try:
            os.link(source, pinned)
        except OSError:  # another file system or no hard links: a copy is just as consistent
            shutil.copy2(source, pinned)
        after = _read_manifest(publish_dir)
        if before.get("snapshot_id") == after.get("snapshot_id"):
            (work / MANIFEST_NAME).write_text(json.dumps(after, ensure_ascii=False), encoding="utf-8")
            return after
        time.sleep(0.5)  # a publish is swapping files right now
    raise DashboardError(f"the snapshot in {publish_dir} kept changing while it was being pinned")


_FONT_SRC = re.compile(r"src: url\(\./files/(?P<file>[\w-]+\.woff2)\)[^;]*;")


def font_css(package: Path = FONT_PACKAGE) -> str:
    """@font-face rules with the woff2 files inlined as data: URLs (the site fetches no font).

    Taken from the package's per-weight stylesheets, which give each subset its unicode-range.
    """

    def inline(match: re.Match[str]) -> str:
        data = base64.b64encode((package / "files" / match["file"]).read_bytes()).decode("ascii")
        return f"src: url(data:font/woff2;base64,{data}) format('woff2');"

    rules = []
    for weight in FONT_WEIGHTS:
        for block in (package / f"{weight}.css").read_text(encoding="utf-8").split("/* ")[1:]:
            subset = block.split("*/", 1)[0].strip()
            if any(subset == f"be-vietnam-pro-{s}-{weight}-normal" for s in FONT_SUBSETS):
                rules.append(_FONT_SRC.sub(inline, "/* " + block))
    if not rules:
        raise DashboardError(f"no font faces found in {package}")
    return "".join(rules)


def _prepare_work(work: Path, publish_dir: Path) -> tuple[dict, dict]:
    shutil.copytree(
        DASHBOARD_DIR / "src", work / "src", ignore=shutil.ignore_patterns(".observablehq", "__pycache__", "fonts.css")
    )
    shutil.copy2(DASHBOARD_DIR / "observablehq.config.js", work / "observablehq.config.js")
    shutil.copy2(DASHBOARD_DIR / "package.json", work / "package.json")
    # Bare imports (@observablehq/plot, htl) resolve from here: nothing comes from a CDN.
    (work / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    manifest = _pin_snapshot(publish_dir, work)
    routes = dashboard_routes(work / "snapshot.duckdb")
    routes_doc = {**routes, "snapshot_id": manifest.get("snapshot_id"), "published_at": manifest.get("published_at")}
    (work / "routes.json").write_text(json.dumps(routes_doc, ensure_ascii=False), encoding="utf-8")
    (work / "src" / "fonts.css").write_text(font_css(), encoding="utf-8")
    _restore_node_cache(publish_dir, work)
    return manifest, routes


def _node_cache(publish_dir: Path) -> Path:
    """Framework's bundles of the node packages (``_node``), kept between builds.

    Bundling Plot, d3 and Inputs is a large share of a build and depends only on the installed
    packages, so the cache is keyed by ``package-lock.json``.
    """
    lock = hashlib.sha256((DASHBOARD_DIR / "package-lock.json").read_bytes()).hexdigest()[:16]
    return publish_dir / ".dashboard-cache" / lock / "_node"


def _restore_node_cache(publish_dir: Path, work: Path) -> None:
    cache = _node_cache(publish_dir)
    if cache.is_dir():
        shutil.copytree(cache, work / "src" / ".observablehq" / "cache" / "_node")


def _save_node_cache(publish_dir: Path, work: Path) -> None:
    cache = _node_cache(publish_dir)
    built = work / "src" / ".observablehq" / "cache" / "_node"
    if cache.is_dir() or not built.is_dir():
        return
    tmp = cache.with_name(f".{cache.name}-{work.name}")
    shutil.copytree(built, tmp)
    try:
        os.rename(tmp, cache)  # another build may have saved it first: keep theirs
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)


def _check_installed() -> None:
    if not FRAMEWORK_CLI.is_file() or not FONT_PACKAGE.is_dir():
        raise DashboardError(
            f"the dashboard's node packages are not installed in {NODE_MODULES}: "
            "run `bash scripts/setup.sh` (or `npm ci --prefix dashboard`)"
        )
    if shutil.which("node") is None:
        raise DashboardError("node (>= 20) is not on PATH: the dashboard is built with Observable Framework")


def _activate(publish_dir: Path, build: Path) -> None:
    """Point ``<publish dir>/dashboard`` at ``build`` in one rename; drop all but the last two builds."""
    link = site_dir(publish_dir)
    if link.exists() and not link.is_symlink():  # a plain folder (copied by hand): replace it
        shutil.rmtree(link)
    tmp_link = publish_dir / f".{SITE_NAME}.link-{build.name}"
    tmp_link.symlink_to(Path(BUILDS_DIR) / build.name, target_is_directory=True)
    os.replace(tmp_link, link)
    builds = sorted((p for p in build.parent.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in builds[:-2]:
        if old != build:
            shutil.rmtree(old, ignore_errors=True)


def _lower_priority() -> list[str]:
    """The command prefix that starts the build at ``BUILD_NICENESS`` (coreutils' ``nice``: a
    ``preexec_fn`` is unsafe in a process with threads, as a Dagster run's is); none without it."""
    nice = shutil.which("nice")
    return [nice, "-n", str(BUILD_NICENESS)] if nice else []


def build_dashboard(
    publish_dir: Path | None = None,
    *,
    python: str = sys.executable,
    log: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the site from the current snapshot of ``publish_dir`` into ``<publish dir>/dashboard/``.

    ``python`` runs the data loaders (it needs duckdb and this package). Raises ``DashboardError``
    with the build's output when anything fails; the previous site stays in place then.
    """
    _check_installed()
    publish_dir = Path(publish_dir or settings.publish_dir()).resolve()
    started = time.monotonic()
    token = uuid.uuid4().hex[:12]
    work = publish_dir / f"{_WORK_PREFIX}{token}"
    build = publish_dir / BUILDS_DIR / token
    work.mkdir(parents=True)
    build.parent.mkdir(exist_ok=True)
    try:
        manifest, routes = _prepare_work(work, publish_dir)
        env = {
            **os.environ,
            "BAOCAO_DASHBOARD_SNAPSHOT": str(work / "snapshot.duckdb"),
            "BAOCAO_DASHBOARD_MANIFEST": str(work / MANIFEST_NAME),
            "BAOCAO_DASHBOARD_ROUTES": str(work / "routes.json"),
            "BAOCAO_DASHBOARD_OUT": str(build),
            "BAOCAO_PYTHON": python,
            "OBSERVABLE_TELEMETRY_DISABLE": "true",
            "NO_COLOR": "1",
        }
        proc = subprocess.run(
            [*_lower_priority(), "node", str(FRAMEWORK_CLI), "build"],
            cwd=work, env=env, capture_output=True, text=True, check=False,
        )
        if log:
            log(proc.stdout + proc.stderr)
        if proc.returncode != 0 or not (build / "index.html").is_file():
            shutil.rmtree(build, ignore_errors=True)
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
            raise DashboardError(f"observable build failed (exit {proc.returncode}):\n{tail}")
        _save_node_cache(publish_dir, work)
        info = {"snapshot_id": manifest.get("snapshot_id"), "published_at": manifest.get("published_at")}
        (build / BUILD_INFO).write_text(json.dumps(info), encoding="utf-8")
        _activate(publish_dir, build)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BuildResult(
        site_dir=site_dir(publish_dir),
        build_dir=build,
        snapshot_id=manifest.get("snapshot_id"),
        provinces=len(routes["provinces"]),
        indicators=len(routes["indicators"]),
        pages=sum(1 for _ in build.rglob("*.html")),
        seconds=round(time.monotonic() - started, 1),
    )


def site_is_current(publish_dir: Path) -> bool:
    """Whether the site exists and shows the snapshot the manifest describes now."""
    info_path = site_dir(publish_dir) / BUILD_INFO
    if not info_path.is_file():
        return False
    info = json.loads(info_path.read_text(encoding="utf-8"))
    return info.get("snapshot_id") == _read_manifest(Path(publish_dir)).get("snapshot_id")


# --- serve ----------------------------------------------------------------------------------------


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files of the site, with Framework's clean URLs (``/quality`` → ``quality.html``)."""

    def translate_path(self, path: str) -> str:
        local = super().translate_path(path)
        if not os.path.exists(local) and os.path.isfile(local + ".html"):
            return local + ".html"
        return local

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: one line per asset request drowns the console


def make_server(directory: Path, port: int = DEFAULT_PORT, host: str = HOST) -> http.server.ThreadingHTTPServer:
    """An HTTP server for ``directory`` on ``host:port`` (port 0 = any free port)."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    return http.server.ThreadingHTTPServer((host, port), handler)


def _stop_serving(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def serve_dashboard(publish_dir: Path | None = None, port: int = DEFAULT_PORT, *, rebuild: bool = False) -> None:
    """Serve the site on 127.0.0.1 until interrupted; build it first if missing or stale."""
    publish_dir = Path(publish_dir or settings.publish_dir()).resolve()
    if rebuild or not site_is_current(publish_dir):
        print(f"baocao dashboard: building the site from {publish_dir / SNAPSHOT_NAME}", flush=True)
        result = build_dashboard(publish_dir)
        print(f"baocao dashboard: built {result.pages} pages in {result.seconds} s", flush=True)
    server = make_server(site_dir(publish_dir), port)
    print(f"baocao dashboard: serving {site_dir(publish_dir)} on http://{HOST}:{server.server_port}/", flush=True)
    # A stop (SIGTERM: a service manager, `kill`) ends the server like Ctrl-C. Set explicitly: a
    # process may inherit SIGTERM ignored (Dagster maps SIGTERM onto SIGINT's handler, and a parent
    # that ignores SIGINT then passes "ignore" on), and would never stop.
    signal.signal(signal.SIGTERM, _stop_serving)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# --- command line (`baocao dashboard …`) ----------------------------------------------------------


def add_subcommand(sub: argparse._SubParsersAction) -> None:
    """Register ``baocao dashboard build|serve`` on the ``baocao`` parser."""
    parser = sub.add_parser("dashboard", help="build or serve the static dashboard of the published snapshot")
    actions = parser.add_subparsers(dest="dashboard_command", required=True)
    publish_help = (
        f"published snapshot folder (default: ${settings.ENV_PUBLISH_DIR} or published/ beside the warehouse)"
    )
    build = actions.add_parser("build", help="build the site into <publish dir>/dashboard/")
    build.add_argument("--publish-dir", help=publish_help)
    serve = actions.add_parser("serve", help="serve the site on 127.0.0.1 (built first when missing or stale)")
    serve.add_argument("--publish-dir", help=publish_help)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--rebuild", action="store_true", help="build even if the site shows the current snapshot")


def cmd_dashboard(args: argparse.Namespace) -> int:
    publish_dir = Path(args.publish_dir).resolve() if args.publish_dir else settings.publish_dir()
    try:
        if args.dashboard_command == "build":
            result = build_dashboard(publish_dir)
            print(
                f"dashboard: {result.pages} pages ({result.provinces} provinces, {result.indicators} indicators) "
                f"of snapshot {result.snapshot_id} in {result.site_dir} ({result.seconds} s)"
            )
        else:
            serve_dashboard(publish_dir, args.port, rebuild=args.rebuild)
    except DashboardError as exc:
        print(f"baocao dashboard: {exc}", file=sys.stderr)
        return 1
    return 0
