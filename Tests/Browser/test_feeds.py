"""The feeds as a feed reader sees them: Atom and RSS read by feedparser with no bozo errors, the JSON Feed
against a schema of JSON Feed 1.1 (feedparser 6.0, the latest release, does not read JSON Feed), and the sample
site's incidents in each."""

import datetime
import json
import pathlib

import feedparser
import jsonschema
from sample_model import incidents

BASE = "https://status.example.com/"
SMS = BASE + "incidents/2025-09-19-sms-delivery-delays/"
JSON_FEED_SCHEMA = pathlib.Path(__file__).parent / "schemas" / "jsonfeed-1.1.schema.json"


def parse(path):
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{path.name}: {feed.get('bozo_exception')}"
    return feed


def entries(site_dir, name):
    """Each entry as (link, title, updated as UTC datetime, content HTML, tags), in feed order."""
    if name == "feed.json":
        feed = json.loads((site_dir / name).read_text())
        jsonschema.validate(feed, json.loads(JSON_FEED_SCHEMA.read_text()))
        return [(item["url"], item["title"], datetime.datetime.fromisoformat(item["date_modified"]),
                 item["content_html"], item["tags"]) for item in feed["items"]]
    feed = parse(site_dir / name)
    assert feed.version == {"history.atom": "atom10", "history.rss": "rss20"}[name]
    assert feed.feed.title == "Northwind Status"
    result = []
    for entry in feed.entries:
        updated = entry.get("updated_parsed") or entry.get("published_parsed")
        content = entry.content[0].value if "content" in entry else entry.summary
        result.append((entry.link, entry.title, datetime.datetime(*updated[:6], tzinfo=datetime.timezone.utc),
                       content, [tag.get("label") or tag.term for tag in entry.get("tags", [])]))
    return result


def test_every_feed_lists_every_sample_incident_once_newest_update_first(site_dir):
    expected = {BASE + f"incidents/{i['slug']}/": i["title"] for i in incidents()}
    for name in ("history.atom", "history.rss", "feed.json"):
        listed = entries(site_dir, name)
        assert {link: title for link, title, *_ in listed} == expected, name
        assert len(listed) == len(expected), name
        updated = [entry[2] for entry in listed]
        assert updated == sorted(updated, reverse=True), name


def test_the_newest_entry_is_the_ongoing_sms_incident_with_its_latest_update(site_dir):
    for name in ("history.atom", "history.rss", "feed.json"):
        link, _, updated, content, tags = entries(site_dir, name)[0]
        assert link == SMS, name
        assert updated == datetime.datetime(2025, 9, 19, 13, 46, tzinfo=datetime.timezone.utc), name
        assert "<strong>Monitoring</strong>" in content, name
        assert "Severity: Minor. Affected: SMS (degraded performance)." in content, name
        assert f'<a href="{SMS}">' in content, name
        assert tags == ["SMS"], name


def test_each_component_feed_holds_only_its_incidents(site_dir):
    sms = parse(site_dir / "components" / "sms" / "history.atom")
    assert sms.feed.title == "Northwind Status: SMS"
    assert sms.entries and all(any(tag.term == "sms" for tag in entry.tags) for entry in sms.entries)
    assert SMS in [entry.link for entry in sms.entries]
    assert parse(site_dir / "components" / "website" / "history.atom").entries == []
