"""Each level of service reads without its hue: the bars, the legend's keys and the badges' icons differ in
greyscale and for protanopia and deuteranopia as Chromium simulates them, in light and dark mode, on a phone."""

import io
import itertools

import pytest
from PIL import Image, ImageChops, ImageStat
from selenium.webdriver.common.by import By

# A day's bar class and a badge's status key for each level, in the legend's order.
LEVELS = [("o", "operational"), ("m", "maintenance"), ("d", "degraded"), ("p", "partial"), ("x", "major")]
DEFICIENCIES = ["achromatopsia", "protanopia", "deuteranopia"]
# The least mean difference, pixel by pixel in grey levels of 0 to 255, between two levels' pictures. Levels that
# differ only by hue give under 8 in greyscale; a pattern or shape gives well over 20.
LEAST_DIFFERENCE = 15

# The last five day cells of the first bar take one level each, so the bar's own cells, at their own size, show
# every level whatever the sample's days; badges of every level join the first group heading.
SHOW_EVERY_LEVEL = """
const cells = [...document.querySelector('.bar').children].slice(-5);
arguments[0].forEach((level, i) => { cells[i].className = level; });
const heading = document.querySelector('.group h3');
for (const key of arguments[1]) {
  heading.insertAdjacentHTML('beforeend',
    `<span class="badge s-${key}" data-test-badge="${key}"><svg class="icon" aria-hidden="true">` +
    `<use href="#i-${key}"></use></svg></span>`);
}
"""


def picture(element):
    return Image.open(io.BytesIO(element.screenshot_as_png)).convert("L")


def alike(pictures):
    """The pairs of levels whose pictures differ by less than LEAST_DIFFERENCE, with their difference."""
    pairs = []
    for (a, first), (b, second) in itertools.combinations(pictures.items(), 2):
        assert first.size == second.size, (a, b)
        difference = ImageStat.Stat(ImageChops.difference(first, second)).mean[0]
        if difference < LEAST_DIFFERENCE:
            pairs.append((a, b, round(difference, 1)))
    return pairs


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_levels_differ_without_their_hue(browser, base_url, width, scheme, deficiency):
    browser.set_window_size(width, 800)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    browser.execute_cdp_cmd("Emulation.setEmulatedVisionDeficiency", {"type": deficiency})
    try:
        browser.get(base_url + "/")
        browser.execute_script(SHOW_EVERY_LEVEL, [cell for cell, _ in LEVELS], [key for _, key in LEVELS])
        keys = {cell: picture(browser.find_element(By.CSS_SELECTOR, f".legend .key.{cell}")) for cell, _ in LEVELS}
        cells = browser.find_element(By.CSS_SELECTOR, ".bar").find_elements(By.TAG_NAME, "i")[-5:]
        assert all(cell.is_displayed() for cell in cells)
        days = {cell.get_attribute("class"): picture(cell) for cell in cells}
        icons = {key: picture(browser.find_element(By.CSS_SELECTOR, f"[data-test-badge={key}] .icon"))
                 for _, key in LEVELS}
        assert alike(keys) == []
        assert alike(days) == []
        assert alike(icons) == []
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedVisionDeficiency", {"type": "none"})
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        browser.set_window_size(1280, 1000)


def test_the_simulation_reaches_the_screenshots(browser, base_url):
    """Without this, a filter the screenshots ignore would let every comparison above pass on colour alone."""
    browser.get(base_url + "/")
    key = browser.find_element(By.CSS_SELECTOR, ".legend .key.o")
    try:
        browser.execute_cdp_cmd("Emulation.setEmulatedVisionDeficiency", {"type": "achromatopsia"})
        red, green, blue = Image.open(io.BytesIO(key.screenshot_as_png)).convert("RGB").getpixel((5, 5))
        assert red == green == blue
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedVisionDeficiency", {"type": "none"})
    red, green, blue = Image.open(io.BytesIO(key.screenshot_as_png)).convert("RGB").getpixel((5, 5))
    assert green > red + 50
