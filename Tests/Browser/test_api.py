"""api/v2/*.json against the JSON Schemas in docs/schemas/api-v2, and against the sample site's incidents."""

import copy
import json
import pathlib

import jsonschema
import pytest
from referencing import Registry, Resource
from sample_model import incidents

SCHEMAS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "schemas" / "api-v2"
FILES = {
    "summary": "summary", "status": "status", "components": "components", "incidents": "incidents",
    "incidents/unresolved": "incidents-unresolved", "scheduled-maintenances": "scheduled-maintenances",
    "scheduled-maintenances/upcoming": "scheduled-maintenances-upcoming",
    "scheduled-maintenances/active": "scheduled-maintenances-active",
    "statusmark/reliability": "reliability",
}


def validator(schema_name):
    schemas = [json.loads(path.read_text()) for path in SCHEMAS.glob("*.schema.json")]
    registry = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas)
    schema = json.loads((SCHEMAS / f"{schema_name}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=registry)


def load(site_dir, name):
    return json.loads((site_dir / "api" / "v2" / f"{name}.json").read_text())


@pytest.mark.parametrize("name", FILES)
def test_every_api_file_matches_its_schema(site_dir, name):
    errors = [error.message for error in validator(FILES[name]).iter_errors(load(site_dir, name))]
    assert errors == []


def test_the_schemas_reject_what_statuspage_clients_would_choke_on(site_dir):
    summary = load(site_dir, "summary")
    check = validator("summary")
    for break_it in (
        lambda s: s["status"].update(indicator="broken"),
        lambda s: s["components"][0].pop("group_id"),
        lambda s: s["incidents"][0].update(created_at="2025-09-19 11:52"),
        lambda s: s["incidents"][0]["incident_updates"][0].update(status="update"),
    ):
        broken = copy.deepcopy(summary)
        break_it(broken)
        assert not check.is_valid(broken)


def test_incidents_carry_the_sample_sites_incidents_statuses_and_times(site_dir):
    listed = load(site_dir, "incidents")["incidents"]
    expected = [i for i in incidents() if i["kind"] == "incident"]
    assert sorted(i["id"] for i in listed) == [i["slug"] for i in expected]
    by_id = {i["id"]: i for i in listed}
    for incident in expected:
        api = by_id[incident["slug"]]
        assert api["name"] == incident["title"]
        assert len(api["incident_updates"]) == incident["updates"]
        times = [update["created_at"] for update in api["incident_updates"]]
        assert times == sorted(times, reverse=True), "updates are newest first"
    sms = by_id["2025-09-19-sms-delivery-delays"]
    assert (sms["status"], sms["impact"], sms["resolved_at"]) == ("monitoring", "minor", None)
    assert (sms["created_at"], sms["monitoring_at"]) == ("2025-09-19T11:52:00.000Z", "2025-09-19T13:46:00.000Z")
    assert [c["id"] for c in sms["components"]] == ["sms"]
    credits = by_id["2025-09-18-insufficient-credits-errors"]
    assert (credits["status"], credits["resolved_at"]) == ("postmortem", "2025-09-18T09:55:00.000Z")
    assert credits["postmortem_body"].startswith("### Summary")


def test_status_components_and_maintenance_match_the_sample_site(site_dir):
    assert load(site_dir, "status")["status"] == {"indicator": "minor", "description": "Minor Service Outage"}
    components = load(site_dir, "components")["components"]
    assert [c["name"] for c in components if c["group"]] == ["Platform", "Communications", "Commerce"]
    assert len([c for c in components if not c["group"]]) == 10
    assert {c["id"]: c["status"] for c in components if c["status"] != "operational"} == {
        "group-communications": "degraded_performance", "sms": "degraded_performance"}
    assert [u["id"] for u in load(site_dir, "scheduled-maintenances/upcoming")["scheduled_maintenances"]] == [
        "2025-09-23-database-upgrade"]
    assert load(site_dir, "scheduled-maintenances/active")["scheduled_maintenances"] == []
    assert [i["id"] for i in load(site_dir, "incidents/unresolved")["incidents"]] == ["2025-09-19-sms-delivery-delays"]
