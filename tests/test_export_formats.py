"""`summitry export --format ftm|ics`: FollowTheMoney entities loaded back with the
followthemoney library, and an iCalendar read back with the icalendar package."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import invoke

AELM = "APEC Economic Leaders' Meeting"


def _ftm(demo: str, kind: str) -> dict:
    model = pytest.importorskip("followthemoney").model
    result = invoke("export", kind, "--format", "ftm", "--db", demo)
    assert result.returncode == 0, result.stderr
    proxies = [model.get_proxy(json.loads(line)) for line in result.stdout.splitlines()]
    return {p.id: p for p in proxies}


def test_ftm_meetings_are_events_organised_by_their_forum(demo: str) -> None:
    entities = _ftm(demo, "meetings")
    event = entities["summitry-meeting-apec-economic-leaders-meeting-29"]
    assert event.schema.name == "Event"
    assert event.get("name") == ["29th APEC Economic Leaders' Meeting"]
    assert (event.get("startDate"), event.get("country")) == (["2022-11-18"], ["th"])
    organizer = entities[event.get("organizer")[0]]
    assert organizer.schema.name == "Organization" and organizer.get("name") == ["APEC"]


def test_ftm_people_are_documented_by_their_pages(demo: str) -> None:
    entities = _ftm(demo, "people")
    lee = entities["summitry-person-jaemyung-lee"]
    assert (lee.get("name"), lee.get("nationality")) == (["Lee Jae-myung"], ["kr"])
    links = [e for e in entities.values() if e.schema.name == "Documentation"]
    assert {link.get("entity")[0] for link in links} <= set(entities)
    chair = [link for link in links if link.get("entity") == [lee.id]]
    assert chair and chair[0].get("role") == ["chair"]
    documents = _ftm(demo, "documents")
    assert {link.get("document")[0] for link in links} <= set(documents)
    assert {d.schema.name for d in documents.values()} == {"Document"}


def test_ftm_refuses_other_kinds(demo: str) -> None:
    result = invoke("export", "mentions", "--format", "ftm", "--db", demo)
    assert result.returncode == 1 and b"ftm exports documents, meetings, people" in result.stderr


def test_ics_of_a_series(demo: str) -> None:
    icalendar = pytest.importorskip("icalendar")
    result = invoke("export", "meetings", "--format", "ics", "--series", AELM, "--db", demo)
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(result.stdout)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert "29th APEC Economic Leaders' Meeting" in events
    bangkok = events["29th APEC Economic Leaders' Meeting"]
    assert bangkok.decoded("dtstart") == date(2022, 11, 18)
    assert bangkok.decoded("dtend") == date(2022, 11, 20)  # 18-19 November, end exclusive
    assert "Bangkok" in str(bangkok["location"])
    assert all("Economic Leaders" in name for name in events)


def test_ics_of_a_forum_and_only_for_meetings(demo: str) -> None:
    icalendar = pytest.importorskip("icalendar")
    result = invoke("export", "meetings", "-f", "ics", "--forum", "ASEAN", "--db", demo)
    calendar = icalendar.Calendar.from_ical(result.stdout)
    assert calendar.walk("VEVENT")
    assert all("forum: ASEAN" in str(e["description"]) for e in calendar.walk("VEVENT"))
    result = invoke("export", "people", "--format", "ics", "--db", demo)
    assert result.returncode == 1 and b"ics exports meetings" in result.stderr


def test_ftm_events_name_who_took_part(demo: str) -> None:
    entities = _ftm(demo, "meetings")
    event = entities["summitry-meeting-apec-economic-leaders-meeting-29"]
    involved = [entities[i] for i in event.get("involved")]  # each one is in the export too
    people = {e.get("name")[0] for e in involved if e.schema.name == "Person"}
    assert people == {  # Prayut chaired; the guests of the host and two leaders are named
        "Prayut Chan-o-cha",
        "Xi Jinping",
        "Kamala Harris",
        "Emmanuel Macron",
        "Mohammed bin Salman",
    }
    governments = [e for e in involved if e.schema.name == "PublicBody"]
    assert [g.get("jurisdiction")[0] for g in governments] == ["th", "cn", "us", "fr", "sa"]
    assert governments[0].get("name") == ["Government of Thailand"]
    assert entities["summitry-person-chanocha-prayut"].schema.name == "Person"
