"""maintenance.ics, read by the icalendar package: every planned maintenance with its window in UTC."""

import datetime

import icalendar
from sample_model import incidents


def test_every_maintenance_is_an_event_with_a_stable_uid_and_utc_times(site_dir):
    raw = (site_dir / "maintenance.ics").read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    maintenance = [i for i in incidents() if i["kind"] == "maintenance"]
    assert [str(event["UID"]) for event in events] == [f"{m['slug']}@status.example.com" for m in maintenance]
    event = events[0]
    utc = datetime.timezone.utc
    assert event.decoded("DTSTART") == datetime.datetime(2025, 9, 23, 2, 0, tzinfo=utc)
    assert event.decoded("DTEND") == datetime.datetime(2025, 9, 23, 4, 0, tzinfo=utc)
    assert str(event["SUMMARY"]) == maintenance[0]["title"]
    assert str(event["URL"]) == "https://status.example.com/incidents/2025-09-23-database-upgrade/"
    description = str(event["DESCRIPTION"])
    assert description.startswith("Affected: Dashboard (under maintenance), Billing & Credits (under maintenance).")
    # A comma-separated list of TEXT values; icalendar reads RESOURCES back as one text.
    assert str(event["RESOURCES"]) == "Dashboard,Billing & Credits"
