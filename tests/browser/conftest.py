"""Serve the built real site on 127.0.0.1 under its sub-path and drive it with Debian's Chromium.

Playwright cannot download its own browser here, so it launches /usr/bin/chromium.
Without Chromium the browser tests are skipped with a hint, except under CI=true,
where a missing browser fails the run.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SUBPATH = "/knowledge-base/"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__tests__/axe.min.js"  # served next to the site by `base_url`
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        message = ("Chromium not found: install Debian's package with `sudo apt-get install chromium` "
                   "(.ci/run does this) to run the browser tests.")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="session")
def base_url(real_site, tmp_path_factory) -> Iterator[str]:
    """The built site served at http://127.0.0.1:<port>/knowledge-base/."""
    root = tmp_path_factory.mktemp("serve")
    (root / SUBPATH.strip("/")).symlink_to(real_site.site, target_is_directory=True)
    # Test tools the browser loads from the same origin, so the pages' Content-Security-Policy
    # ('self') admits them as it would any of the site's own scripts: no CSP bypass in the tests.
    (root / "__tests__").mkdir()
    if AXE.exists():
        (root / "__tests__" / "axe.min.js").symlink_to(AXE)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Recorder:
    """Every request a page makes, and every response status from the site itself."""

    def __init__(self, base_url: str) -> None:
        self.host = urlparse(base_url).netloc
        self.foreign: list[str] = []
        self.failed: list[str] = []
        self.urls: list[str] = []
        self.count = 0

    def request(self, request) -> None:
        self.count += 1
        self.urls.append(request.url)
        parsed = urlparse(request.url)
        if parsed.scheme in ("http", "https") and parsed.netloc != self.host:
            self.foreign.append(request.url)

    def response(self, response) -> None:
        if urlparse(response.url).netloc == self.host and response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    recorder = Recorder(base_url)
    page.on("request", recorder.request)
    page.on("response", recorder.response)
    page.recorder = recorder
    # Never leave the machine: the exit destination answers with a blank local page.
    page.route("https://www.wikipedia.org/**", lambda route: route.fulfill(status=200, body="<title>W</title>"))
    yield page
    context.close()
