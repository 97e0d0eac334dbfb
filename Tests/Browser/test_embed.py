"""embed.js on a page of another origin, during an incident, during maintenance and when all is well; the
embed/ page for an <iframe>."""

import shutil
import subprocess
import time
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from conftest import BINARY, ROOT, SAMPLE_NOW, _serve
from test_pages import assert_axe_finds_nothing_serious

HOST_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Product</title></head>
<body><main><h1>Our product</h1><p>Its own page, on another origin.</p>
<iframe src="{status}/embed/" title="Service status" width="400" height="120"></iframe></main>
<script src="{status}/embed.js" async></script></body></html>
"""


def build(tmp_path_factory, name, now, without=()):
    root = tmp_path_factory.mktemp(name)
    shutil.copy(ROOT / "statusmark.yml", root / "statusmark.yml")
    shutil.copytree(ROOT / "incidents", root / "incidents")
    for file in without:
        (root / "incidents" / file).unlink()
    output = root / "public"
    subprocess.run([str(BINARY), "build", "--site", str(root), "--now", now, "--output", str(output)], check=True)
    return output


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """Each state's status site and a host page on another origin that embeds it, by state."""
    ongoing = "2025-09-19-sms-delivery-delays.md"
    states = {
        "incident": build(tmp_path_factory, "incident", SAMPLE_NOW),
        "maintenance": build(tmp_path_factory, "maintenance", "2025-09-23T03:00:00Z", [ongoing]),
        "calm": build(tmp_path_factory, "calm", SAMPLE_NOW, [ongoing]),
    }
    servers, urls = [], {}
    for state, output in states.items():
        status = _serve(output)
        status_url = f"http://127.0.0.1:{status.server_address[1]}"
        page = tmp_path_factory.mktemp(f"host-{state}")
        (page / "index.html").write_text(HOST_PAGE.format(status=status_url), encoding="utf-8")
        host = _serve(page)
        servers += [status, host]
        urls[state] = (f"http://127.0.0.1:{host.server_address[1]}/", status_url)
    yield urls
    for server in servers:
        server.shutdown()


def notice(browser, status_url):
    """The embed's live region once its request for the summary has been answered."""
    api = status_url + "/api/v2/summary.json"
    for _ in range(50):
        if browser.execute_script("return performance.getEntriesByName(arguments[0]).length", api):
            break
        time.sleep(0.1)
    time.sleep(0.2)
    host = browser.execute_script("return [...document.body.children].find(e => e.shadowRoot)")
    return host.shadow_root.find_element(By.CSS_SELECTOR, "[role=status]")


def test_the_api_may_be_read_from_any_origin(sites):
    _, status_url = sites["incident"]
    with urllib.request.urlopen(status_url + "/api/v2/summary.json") as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"
    with urllib.request.urlopen(status_url + "/") as response:
        assert response.headers["Access-Control-Allow-Origin"] is None


def test_during_an_incident_the_notice_says_what_is_affected_and_links_the_incident(browser, sites):
    host_url, status_url = sites["incident"]
    browser.get(host_url)
    browser.execute_script("sessionStorage.clear()")
    browser.get(host_url)
    region = notice(browser, status_url)
    assert region.text.splitlines()[0] == (
        "Minor incident: Delayed SMS delivery to some European carriers. Affects SMS. Details")
    link = region.find_element(By.TAG_NAME, "a")
    assert link.get_attribute("href") == "https://status.example.com/incidents/2025-09-19-sms-delivery-delays/"
    assert region.find_element(By.TAG_NAME, "button").get_attribute("aria-label") == "Dismiss"
    assert_axe_finds_nothing_serious(browser, host_url, "light", check_page=lambda: notice(browser, status_url))


def test_a_dismissed_notice_stays_away_until_the_incident_has_a_new_update(browser, sites):
    host_url, status_url = sites["incident"]
    browser.get(host_url)
    browser.execute_script("sessionStorage.clear()")
    browser.get(host_url)
    region = notice(browser, status_url)
    region.find_element(By.TAG_NAME, "button").click()
    assert region.text == ""
    browser.get(host_url)
    assert notice(browser, status_url).text == ""
    # What was dismissed is the update read then; a later update shows the notice again.
    browser.execute_script(
        "for (const k of Object.keys(sessionStorage)) sessionStorage.setItem(k, '2025-09-19T10:00:00.000Z')")
    browser.get(host_url)
    assert notice(browser, status_url).text.startswith("Minor incident: Delayed SMS delivery")


def test_during_maintenance_the_notice_names_it(browser, sites):
    host_url, status_url = sites["maintenance"]
    browser.get(host_url)
    region = notice(browser, status_url)
    assert region.text.splitlines()[0] == (
        "Maintenance in progress: Scheduled upgrade of the primary billing database. "
        "Affects Dashboard, Billing & Credits. Details")


def test_when_all_is_well_the_embed_shows_nothing(browser, sites):
    host_url, status_url = sites["calm"]
    browser.get(host_url)
    region = notice(browser, status_url)
    assert region.text == ""
    assert region.find_elements(By.CSS_SELECTOR, "*") == []


def test_the_embed_page_in_an_iframe_shows_the_status_and_opens_links_in_the_top_window(browser, sites):
    host_url, status_url = sites["incident"]
    browser.get(host_url)
    frame = browser.find_element(By.TAG_NAME, "iframe")
    browser.switch_to.frame(frame)
    try:
        assert browser.find_element(By.CSS_SELECTOR, "h1.embed-status a").text == "Degraded performance"
        item = browser.find_element(By.CSS_SELECTOR, ".embed-list a")
        assert item.text == "Delayed SMS delivery to some European carriers"
        assert browser.execute_script("return document.querySelector('base').target") == "_top"
    finally:
        browser.switch_to.default_content()
    for scheme in ("light", "dark"):
        assert_axe_finds_nothing_serious(browser, status_url + "/embed/", scheme)


def test_embed_js_is_under_3_kb(site_dir):
    assert (site_dir / "embed.js").stat().st_size < 3 * 1024
