"""Shared fixtures of the browser suite: the sample site built once, a loopback HTTP server, headless Chromium."""

import functools
import http.server
import os
import pathlib
import re
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


def _header_rules(directory):
    """The site's _headers file as (pattern, [(name, value)]) rules, read as Netlify and Cloudflare Pages do:
    `*` matches the rest of a path, `:name` one segment, and every rule that matches a path adds its headers."""
    path = pathlib.Path(directory) / "_headers"
    rules = []
    for line in (path.read_text().splitlines() if path.exists() else []):
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            pattern = re.escape(line.strip()).replace(r"\*", ".*")
            rules.append((re.compile("^" + re.sub(r":[a-z]+", "[^/]+", pattern) + "$"), []))
        elif rules:
            name, value = line.strip().split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a static host does: its 404 page on a miss, and the headers its _headers names."""

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        if not hasattr(self.server, "header_rules"):
            self.server.header_rules = _header_rules(self.directory)
        path = self.path.split("?", 1)[0]
        for pattern, headers in self.server.header_rules:
            if pattern.match(path):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

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
