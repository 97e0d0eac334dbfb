"""Shared fixtures of the browser suite: the sample site built once, a loopback HTTP server, headless Chromium."""

import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = ROOT / ".build" / "browser-site"
SCREENSHOTS = ROOT / ".build" / "screenshots"
SAMPLE_NOW = os.environ.get("SAMPLE_NOW", "2025-09-19T14:00:00Z")
BINARY = pathlib.Path(os.environ.get("STATUSMARK", ROOT / ".build" / "debug" / "statusmark"))


@pytest.fixture(scope="session")
def site_dir():
    """The sample site, built by the real binary into .build/browser-site/."""
    if SITE.exists():
        shutil.rmtree(SITE)
    subprocess.run(
        [str(BINARY), "build", "--site", str(ROOT), "--now", SAMPLE_NOW, "--output", str(SITE)],
        check=True,
    )
    return SITE


NOTICE = """---
title: Support line on holiday hours
kind: notice
pinned: true
---
## Update — 2025-09-18 09:00 UTC
Phone support answers from 09:00 to 17:00 UTC until further notice. Chat and email are unchanged.
"""


@pytest.fixture(scope="session")
def notice_site_url(tmp_path_factory):
    """The sample site with a pinned notice, built and served: the pages a notice adds to."""
    root = tmp_path_factory.mktemp("notice-site")
    shutil.copy(ROOT / "statusmark.yml", root / "statusmark.yml")
    shutil.copytree(ROOT / "incidents", root / "incidents")
    shutil.copytree(ROOT / "site-template", root / "site-template")
    (root / "incidents" / "2025-09-18-support-holiday-hours.md").write_text(NOTICE, encoding="utf-8")
    output = root / "public"
    subprocess.run([str(BINARY), "build", "--site", str(root), "--now", SAMPLE_NOW, "--output", str(output)],
                   check=True)
    server = _serve(output)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _serve(directory):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Serve the site's own 404 page, as static hosts do.
        page = pathlib.Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@pytest.fixture(scope="session")
def base_url(site_dir):
    """A static file server on a free loopback port, serving the built site."""
    server = _serve(site_dir)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _chrome(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,1000", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


@pytest.fixture(scope="session")
def browser():
    driver = _chrome()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_without_javascript():
    driver = _chrome(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
