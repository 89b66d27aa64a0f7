"""Where and how a meeting met: its sentence's place and format, the lead, the headline."""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Meeting


def main_meeting(text: str, title: str | None = None) -> Meeting:
    doc = Document(text=text, title=title, published="2021-06-05", publisher_country="KOR")
    return next(m for m in extract_record("page.txt", doc).meetings if m.role == "main")


def test_the_place_after_a_name_in_its_sentence() -> None:
    meeting = main_meeting(
        "The 28th APEC Ministerial Meeting was held in Lima, Peru on 17 November."
    )
    assert (meeting.city, meeting.country, meeting.format) == ("Lima", "PER", "in_person")


def test_a_lead_that_says_the_ministers_met_virtually() -> None:
    meeting = main_meeting(
        "Trade ministers of the 21 APEC economies met virtually on Friday. "
        "The APEC Ministers Responsible for Trade Meeting adopted a joint statement."
    )
    assert meeting.format == "virtual"


def test_the_headline_gives_the_date_the_body_leaves_out() -> None:
    meeting = main_meeting(
        "Foreign Minister Chung Eui-yong attended the ASEAN-ROK Foreign Ministers' Meeting.",
        title="Foreign Minister attends ASEAN-ROK Foreign Ministers' Meeting on 3 June 2021",
    )
    assert (meeting.start, meeting.end) == ("2021-06-03", "2021-06-03")
