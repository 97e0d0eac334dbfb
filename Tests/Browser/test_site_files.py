"""sitemap.xml, robots.txt, _headers and the badges: well-formed, absolute where they must be, complete."""

import xml.etree.ElementTree as ElementTree

BASE = "https://status.example.com/"


def test_the_sitemap_lists_every_page_but_the_404_and_the_embed_by_absolute_url(site_dir):
    root = ElementTree.parse(site_dir / "sitemap.xml").getroot()
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    pages = sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("index.html")
                   if path.parent.name != "embed")
    assert sorted(url.removeprefix(BASE) + "index.html" for url in urls) == pages
    assert len(urls) == 19
    assert (site_dir / "robots.txt").read_text().endswith(f"Sitemap: {BASE}sitemap.xml\n")


def test_headers_cache_assets_for_a_year_and_everything_else_for_a_minute(site_dir):
    rules = {}
    for block in (site_dir / "_headers").read_text().split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        rules.setdefault(lines[0], []).extend(line.strip() for line in lines[1:])
    assets = sorted(path.relative_to(site_dir).as_posix() for path in (site_dir / "assets").iterdir())
    for asset in assets:
        assert rules["/" + asset] == ["Cache-Control: public, max-age=31536000, immutable"]
    short = "Cache-Control: public, max-age=60, stale-while-revalidate=60, stale-if-error=86400"
    for path in ("/", "/index.html", "/api/*", "/incidents/*", "/history.atom", "/feed.json", "/maintenance.ics"):
        assert short in rules[path], path


def test_every_badge_is_well_formed_svg_with_a_title(site_dir):
    badges = [site_dir / "badge.svg", *sorted((site_dir / "badges").glob("*.svg"))]
    assert len(badges) == 11
    for badge in badges:
        root = ElementTree.parse(badge).getroot()
        title = root.find("{http://www.w3.org/2000/svg}title")
        assert title is not None and title.text == root.get("aria-label"), badge.name
    assert ElementTree.parse(site_dir / "badges" / "sms.svg").getroot().get("aria-label") == "SMS: degraded performance"
