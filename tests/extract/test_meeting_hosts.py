"""The state that hosts a meeting, said apart from its name."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def test_a_state_that_will_host_a_later_meeting_gives_its_country() -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul attended the 35th APEC Ministerial Meeting in "
        "Lima, Peru, on November 14. The Foreign Minister also said that Korea will host the "
        "first-ever APEC Digital Ministers' Meeting next year."
    )
    found = {m.name: m.country for m in meetings(text, published="2024-11-15")}
    assert found == {"APEC Ministerial Meeting": "PER", "APEC Digital Ministers' Meeting": "KOR"}


def test_the_state_that_hosts_the_next_summit_of_a_series() -> None:
    text = (
        "The 18th East Asia Summit was held in Jakarta on 7 September 2023. Lao PDR will chair "
        "ASEAN and host the 19th East Asia Summit in 2024."
    )
    found = [(m.ordinal, m.city, m.country) for m in meetings(text, published="2023-09-07")]
    assert found == [(18, "Jakarta", "IDN"), (19, None, "LAO")]


def test_talks_on_the_sidelines_take_the_state_that_hosted_the_forum() -> None:
    text = (
        "1. The Ministry of Foreign Affairs hosted the 5th Korea-Africa Forum on March 3.\n"
        "2. On the sidelines of the Forum, Foreign Minister Kim met bilaterally with the "
        "Foreign Ministers of 10 African countries."
    )
    found = [(m.name, m.country) for m in meetings(text, published="2022-03-04")]
    assert found == [("Korea-Africa Forum", "KOR"), ("bilateral meetings", "KOR")]


def test_the_one_state_whose_ministers_chair_a_meeting_hosts_it() -> None:
    text = (
        "The 2021 APEC Ministerial Meeting is co-chaired by New Zealand Minister of Foreign "
        "Affairs Nanaia Mahuta and Minister for Trade and Export Growth Damien O’Connor."
    )
    (meeting,) = meetings(text, published="2021-11-08", country=None)
    assert (meeting.name, meeting.country) == ("APEC Ministerial Meeting", "NZL")
