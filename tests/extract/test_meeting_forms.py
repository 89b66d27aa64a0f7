"""Meeting name forms (extract/meeting_forms.py): a forum that meets under its own name is a
meeting where a list of meetings includes it, not where its work or members are meant."""

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
