"""Meeting name forms (extract/meeting_forms.py): a forum that meets under its own name is a
meeting where a list of meetings includes it, not where its work or members are meant;
a council of leaders or ministers is one where numbered or attended."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def test_a_forum_a_list_of_meetings_includes_is_a_meeting() -> None:
    text = (
        "A message on peace would be sent during the ASEAN-related Foreign Ministers' Meetings, "
        "including the ARF, in Singapore."
    )
    names = [(m.name, m.forum, m.level) for m in meetings(text, published="2018-07-20")]
    assert ("ASEAN Regional Forum", "ARF", "ministerial") in names


def test_a_forum_s_processes_are_no_meeting() -> None:
    text = (
        "The Permanent Secretary noted China's contribution to the ARF processes and to the "
        "EAS members."
    )
    assert meetings(text, published="2019-06-20") == []
    text = "The Foreign Minister attended the ARF in Bangkok."
    assert [m.name for m in meetings(text, published="2019-08-02")] == ["ASEAN Regional Forum"]


def test_a_council_of_ministers_numbered_or_attended_is_its_meeting() -> None:
    numbered = "The 31st OSCE Ministerial Council opened in Valletta on 5 December 2024."
    attended = "The Prime Minister attended the European Council in Brussels on 17 April 2024."
    assert [(m.name, m.forum, m.ordinal) for m in meetings(numbered)] == [
        ("OSCE Ministerial Council", "OSCE", 31)
    ]
    assert [(m.name, m.level) for m in meetings(attended)] == [("European Council", "leaders")]


def test_a_council_named_for_its_office_or_in_a_longer_name_is_no_meeting_of_its_own() -> None:
    office = "He met the President of the European Council in Brussels on 17 April 2024."
    longer = "The 33rd ASEAN Coordinating Council (ACC) Meeting was held in Jakarta."
    assert [m.name for m in meetings(office)] == ["bilateral meeting"]  # he met its President
    assert [(m.name, m.acronym, m.ordinal) for m in meetings(longer)] == [
        ("ASEAN Coordinating Council Meeting", "ACC", 33)
    ]
