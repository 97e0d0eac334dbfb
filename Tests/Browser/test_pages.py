"""Every page type of the sample site in headless Chromium: content, console, accessibility, layout, requests."""

import time

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By

# Each page type, with the heading it must show.
PAGES = [
    ("/", "Degraded performance"),
    ("/history/", "History"),
    ("/incidents/2025-09-19-sms-delivery-delays/", "Delayed SMS delivery to some European carriers"),
    ("/incidents/2025-09-18-insufficient-credits-errors/", "API: valid requests rejected for insufficient credits"),
    ("/incidents/2025-09-23-database-upgrade/", "Scheduled upgrade of the primary billing database"),
    ("/components/sms/", "SMS"),
    ("/no-such-page/", "Page not found"),
]


def assert_axe_finds_nothing_serious(browser, url, scheme, check_page=None):
    """axe's serious and critical findings on a page in a colour scheme (its colour contrast included)."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        load(browser, url)
        if check_page:
            check_page()
        axe = Axe(browser)
        axe.inject()
        results = axe.run()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    serious = [violation for violation in results["violations"] if violation["impact"] in ("serious", "critical")]
    assert serious == [], axe.report(serious)


def load(browser, url):
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(url)
    return browser.find_element(By.TAG_NAME, "h1").text


@pytest.mark.parametrize("path,heading", PAGES)
def test_page_loads_without_console_errors(browser, base_url, path, heading):
    assert load(browser, base_url + path) == heading
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
              and "404 (Not Found)" not in entry["message"]]  # the 404 page is served with status 404 on purpose
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path,heading", PAGES)
def test_page_has_no_serious_accessibility_violations(browser, base_url, path, heading, scheme):
    """axe's rules, its colour contrast included, in both colour schemes."""
    assert_axe_finds_nothing_serious(browser, base_url + path, scheme)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/", "/history/", "/incidents/2025-09-18-support-holiday-hours/"])
def test_a_notice_passes_axe_in_both_schemes(browser, notice_site_url, path, scheme):
    def shows_the_notice():
        assert "Support line on holiday hours" in browser.find_element(By.TAG_NAME, "main").text
        assert browser.find_elements(By.CSS_SELECTOR, ".badge.s-notice")

    assert_axe_finds_nothing_serious(browser, notice_site_url + path, scheme, shows_the_notice)


@pytest.mark.parametrize("path,heading", PAGES)
def test_page_makes_no_third_party_requests(browser, base_url, path, heading):
    load(browser, base_url + path)
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources, "the stylesheet and script should load"
    assert [name for name in resources if not name.startswith(base_url)] == []


@pytest.mark.parametrize("path,heading", PAGES)
def test_page_fits_a_320_pixel_screen(browser, base_url, path, heading):
    browser.set_window_size(320, 800)
    try:
        load(browser, base_url + path)
        width = browser.execute_script("return document.documentElement.scrollWidth")
        viewport = browser.execute_script("return document.documentElement.clientWidth")
        assert width <= viewport
    finally:
        browser.set_window_size(1280, 1000)


@pytest.mark.parametrize("width", [320, 375])
def test_tables_and_legend_fit_a_phone_without_cutting_words(browser, base_url, width):
    browser.set_window_size(width, 800)
    try:
        load(browser, base_url + "/components/sms/")
        for region in browser.find_elements(By.CSS_SELECTOR, ".scroll"):
            assert browser.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", region)
        load(browser, base_url + "/")
        # Each swatch sits on the same line as its label.
        for item in browser.find_elements(By.CSS_SELECTOR, ".legend-item"):
            key = item.find_element(By.CSS_SELECTOR, ".key")
            assert abs(key.location["y"] + key.size["height"] / 2 - (item.location["y"] + item.size["height"] / 2)) < 4
            assert item.size["height"] < 30, item.text
    finally:
        browser.set_window_size(1280, 1000)


# The words of the page's main text that a line break cuts in two: a word's letters and digits give one line
# top each, unless the line ends inside the word.
CUT_WORDS = """
const cut = [];
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  for (const match of node.data.matchAll(/[\\p{L}\\p{N}]+/gu)) {
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    if (new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size > 1) cut.push(match[0]);
  }
}
return cut;
"""


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("path,heading", PAGES)
def test_no_word_is_cut_on_a_phone(browser, base_url, path, heading, width):
    browser.set_window_size(width, 800)
    try:
        load(browser, base_url + path)
        assert browser.execute_script(CUT_WORDS) == []
    finally:
        browser.set_window_size(1280, 1000)


def test_home_page_shows_what_is_happening(browser, base_url):
    load(browser, base_url + "/")
    sections = [element.text for element in browser.find_elements(By.CSS_SELECTOR, "main h2")]
    assert sections == ["Active incidents", "Upcoming maintenance", "Components", "Past 14 days"]
    names = [element.text for element in browser.find_elements(By.CSS_SELECTOR, ".component-name")]
    assert names == ["Public API", "Payments API", "Billing & Credits", "Dashboard", "Calling", "SMS",
                     "Transcriptions", "Checkout", "Buy Airtime", "Website"]
    bars = browser.find_elements(By.CSS_SELECTOR, ".bar")
    assert len(bars) == 10
    assert all(len(bar.find_elements(By.TAG_NAME, "i")) == 90 for bar in bars)
    sms = browser.find_elements(By.CSS_SELECTOR, ".component")[5]
    assert "Degraded performance" in sms.text


def test_every_page_works_without_javascript(browser_without_javascript, base_url):
    browser = browser_without_javascript
    for path, heading in PAGES:
        browser.get(base_url + path)
        assert browser.find_element(By.TAG_NAME, "h1").text == heading
    browser.get(base_url + "/")
    # Times stay as written, in the site's zone.
    first = browser.find_element(By.CSS_SELECTOR, ".banner time")
    assert first.text == "19 Sep 2025, 14:00 UTC"
    assert browser.find_element(By.CSS_SELECTOR, "[data-since]").text == "2 h 20 min"


def test_every_page_has_the_subscribe_block_and_it_opens_without_javascript(browser_without_javascript, base_url):
    browser = browser_without_javascript
    for path, _ in PAGES:
        browser.get(base_url + path)
        block = browser.find_element(By.CSS_SELECTOR, "footer .subscribe")
        assert block.find_element(By.TAG_NAME, "h2").text == "Get updates"
        links = [(link.text, link.get_attribute("href").replace(base_url, ""))
                 for link in block.find_elements(By.CSS_SELECTOR, ":scope > ul a")]
        assert links == [
            ("Mailing list", "https://lists.example.com/northwind-status"),
            ("Slack channel", "https://northwind-community.slack.com/archives/C0STATUS"),
            ("Atom", "/history.atom"), ("RSS", "/history.rss"), ("JSON Feed", "/feed.json"),
            ("Maintenance calendar", "/maintenance.ics"), ("API", "/api/v2/summary.json"),
        ]
    details = browser.find_element(By.CSS_SELECTOR, "footer .subscribe details")
    assert details.get_attribute("open") is None
    details.find_element(By.TAG_NAME, "summary").click()
    feeds = details.find_elements(By.TAG_NAME, "a")
    assert [feed.text for feed in feeds][:2] == ["Public API", "Payments API"]
    assert len(feeds) == 10 and all(feed.is_displayed() for feed in feeds)
    assert feeds[5].get_attribute("href") == base_url + "/components/sms/history.atom"


def test_script_shows_times_in_the_readers_zone(browser, base_url):
    load(browser, base_url + "/")
    time = browser.find_element(By.CSS_SELECTOR, ".banner time")
    assert time.get_attribute("title") == "19 Sep 2025, 14:00 UTC"
    expected = browser.execute_script(
        "return new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'short', day: 'numeric',"
        " hour: 'numeric', minute: '2-digit', timeZoneName: 'short'}).format(new Date('2025-09-19T14:00:00Z'))")
    assert time.text == expected
    # A 12-hour clock reads 2:00 PM, not 02:00 PM.
    assert "02:00 PM" not in browser.find_element(By.TAG_NAME, "body").text
    assert browser.find_element(By.CSS_SELECTOR, "[data-zone-note]").text == "Times are shown in your time zone."
    # A window on one day gives its date once: the end shows its clock only.
    window = browser.find_element(By.CSS_SELECTOR, "time[data-time-only]")
    clock = browser.execute_script(
        "return new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit', timeZoneName: 'short'})"
        ".format(new Date(arguments[0]))", window.get_attribute("datetime"))
    assert window.text == clock


FIXED_CLOCK = """
(function () {
  window.__statusmarkNow = Date.parse("2025-09-19T16:20:00Z");
  Date.now = function () { return window.__statusmarkNow; };
})();
"""


def test_update_and_status_times_say_how_long_ago_in_the_pages_language(browser, base_url):
    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_CLOCK})
    try:
        load(browser, base_url + "/")

        def phrase(value, unit):
            return browser.execute_script(
                "return '(' + new Intl.RelativeTimeFormat(document.documentElement.lang, {numeric: 'auto'})"
                ".format(arguments[0], arguments[1]) + ')'", value, unit)

        def ago(selector):
            return browser.find_element(By.CSS_SELECTOR, selector + " + .ago").text

        # Built at 14:00, read at 16:20.
        assert ago("footer time[data-relative]") == phrase(-2, "hour")
        assert ago(".banner time[data-relative]") == phrase(-2, "hour")
        # The ongoing SMS incident's latest update and start, and the maintenance four days ahead.
        updates = browser.find_elements(By.CSS_SELECTOR, ".update-head time[data-relative] + .ago")
        assert updates and all(text.text.startswith("(") for text in updates)
        scheduled = [element.text for element in browser.find_elements(By.CSS_SELECTOR, "time[data-relative] + .ago")]
        assert phrase(3, "day") in scheduled
        # The clock moves on while the page is hidden; showing it again brings the phrases up to date.
        browser.execute_script("window.__statusmarkNow += 26 * 3600 * 1000;"
                               "document.dispatchEvent(new Event('visibilitychange'));")
        assert ago("footer time[data-relative]") == phrase(-1, "day")
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def test_without_javascript_no_relative_time_is_written(browser_without_javascript, base_url):
    browser_without_javascript.get(base_url + "/")
    assert browser_without_javascript.find_elements(By.CSS_SELECTOR, ".ago") == []
    assert "ago)" not in browser_without_javascript.find_element(By.TAG_NAME, "body").text


def search(browser, words):
    box = browser.find_element(By.ID, "search-words")
    box.clear()
    box.send_keys(words)
    count = browser.find_element(By.CSS_SELECTOR, "[data-search-count]")
    for _ in range(50):
        if count.text and not count.text.startswith("Loading"):
            break
        time.sleep(0.1)
    titles = [link.text for link in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] a")]
    return count.text, titles


def test_the_history_search_finds_incidents_by_their_words_and_by_component(browser, base_url):
    load(browser, base_url + "/history/")
    assert not browser.find_element(By.CSS_SELECTOR, "[data-search-fallback]").is_displayed()
    # A word of an update, not of the title, given as the start of a word and in capitals.
    count, titles = search(browser, "CARRIER")
    assert (count, titles) == ("1 incident matches.", ["Delayed SMS delivery to some European carriers"])
    assert not browser.find_element(By.CSS_SELECTOR, "[data-search-hide]").is_displayed()
    # A component's name: no incident file says "public", but one affected the Public API.
    assert search(browser, "public") == ("1 incident matches.", ["API: valid requests rejected for insufficient credits"])
    # Several, newest first, each with its day and components.
    count, titles = search(browser, "credits")
    assert (count, titles) == ("3 incidents match.", [
        "Scheduled upgrade of the primary billing database", "API: valid requests rejected for insufficient credits",
        "Calls, SMS and transcriptions charged several times over"])
    about = browser.find_element(By.CSS_SELECTOR, "[data-search-results] .muted").text
    assert about == "23 Sep 2025 · Dashboard · Billing & Credits"
    # Every word must match.
    assert search(browser, "dashboard carriers") == ("No incident matches.", [])
    # An empty box brings the list back.
    assert search(browser, " ")[1] == []
    browser.find_element(By.ID, "search-words").clear()
    browser.find_element(By.ID, "search-words").send_keys("x")
    browser.find_element(By.ID, "search-words").send_keys("\b")
    assert browser.find_element(By.CSS_SELECTOR, "[data-search-hide]").is_displayed()
    link = browser.find_element(By.CSS_SELECTOR, "[data-search-hide] .row-title")
    assert link.is_displayed()


def test_without_javascript_the_search_box_is_a_link_to_the_history(browser_without_javascript, base_url):
    browser = browser_without_javascript
    browser.get(base_url + "/history/")
    assert not browser.find_element(By.CSS_SELECTOR, ".search form").is_displayed()
    fallback = browser.find_element(By.CSS_SELECTOR, "[data-search-fallback] a")
    assert fallback.is_displayed() and fallback.get_attribute("href") == base_url + "/history/"


def test_screenshots(browser, base_url, screenshots):
    browser.set_window_size(1280, 2200)
    try:
        load(browser, base_url + "/")
        browser.save_screenshot(str(screenshots / "home-light.png"))
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(13, 17, 23)"
        browser.save_screenshot(str(screenshots / "home-dark.png"))
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        load(browser, base_url + "/incidents/2025-09-18-insufficient-credits-errors/")
        browser.save_screenshot(str(screenshots / "incident.png"))
    finally:
        browser.set_window_size(1280, 1000)
    for name in ("home-light.png", "home-dark.png", "incident.png"):
        assert (screenshots / name).stat().st_size > 10_000
