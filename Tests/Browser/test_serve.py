"""`statusmark serve` as a writer uses it: a page open in headless Chromium changes by itself after an edit,
shows the overlay after a broken edit and loses it after the fix, and Ctrl-C stops the server cleanly."""

import pathlib
import re
import shutil
import signal
import socket
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BINARY, ROOT, SAMPLE_NOW

INCIDENT = "2025-09-19-sms-delivery-delays"


@pytest.fixture()
def preview(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(ROOT / "statusmark.yml", site / "statusmark.yml")
    shutil.copytree(ROOT / "incidents", site / "incidents")
    process = subprocess.Popen(
        [str(BINARY), "serve", "--site", str(site), "--port", "0", "--now", SAMPLE_NOW],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines = []
    url = None
    for line in process.stdout:
        lines.append(line)
        found = re.match(r"serve: (http://127\.0\.0\.1:\d+/) ", line)
        if found:
            url = found.group(1)
            break
    assert url, "".join(lines)
    yield site, url, process
    if process.poll() is None:
        process.kill()
        process.wait()


def _incident_file(site):
    return site / "incidents" / f"{INCIDENT}.md"


def test_an_open_page_changes_by_itself_after_an_edit(preview, browser):
    site, url, _ = preview
    browser.get(f"{url}incidents/{INCIDENT}/")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    browser.execute_script("window.statusmarkMarker = 1")
    path = _incident_file(site)
    text = path.read_text()
    title = re.search(r"^title: (.+)$", text, re.M).group(1)
    assert heading == title.strip('"')
    path.write_text(text.replace(f"title: {title}", "title: SMS delivery delayed in every region", 1))
    WebDriverWait(browser, 15).until(
        lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "SMS delivery delayed in every region")
    # The page reloaded by itself: the marker set before the edit is gone.
    assert browser.execute_script("return window.statusmarkMarker") is None


def test_a_broken_edit_shows_the_overlay_and_the_fix_removes_it(preview, browser):
    site, url, _ = preview
    browser.get(url)
    assert not browser.find_elements(By.ID, "statusmark-overlay")
    path = _incident_file(site)
    good = path.read_text()
    path.write_text(good.replace("---\n", "---\nseverity: catastrophic\n", 1))
    overlay = WebDriverWait(browser, 15).until(lambda driver: driver.find_elements(By.ID, "statusmark-overlay"))
    assert f"incidents/{INCIDENT}.md:2:" in overlay[0].text
    assert "catastrophic" in overlay[0].text
    browser.save_screenshot(str(ROOT / ".build" / "screenshots" / "serve-overlay.png"))
    path.write_text(good)
    WebDriverWait(browser, 15).until(lambda driver: not driver.find_elements(By.ID, "statusmark-overlay"))


def test_ctrl_c_stops_the_server_and_leaves_nothing_behind(preview):
    site, url, process = preview
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    # An open page's event stream must not hold the server up.
    port = int(url.rsplit(":", 1)[1].strip("/"))
    events = socket.create_connection(("127.0.0.1", port), timeout=10)
    events.sendall(b"GET /_statusmark/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    received = b""
    while b": connected" not in received:
        received += events.recv(4096)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    events.close()
