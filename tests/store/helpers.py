"""Small hand-made records for the store tests."""

from __future__ import annotations

import hashlib
from typing import Any

from summitry.record import Amount, Document, Meeting, Outcome, Person, Record, Statement

SOM_TITLE = "1st APEC Senior Officials' Meeting Takes Place"
SOM_BODY = (
    "Deputy Minister for Economic Affairs Yoon Seong-mee attended the 1st APEC Senior "
    "Officials' Meeting held virtually from March 10 to 12. Senior officials discussed the "
    "Free Trade Area of the Asia-Pacific (FTAAP) and the Putrajaya Vision 2040."
)


def page_id(name: str) -> str:
    """A realistic id: the sha256 hex of some bytes."""
    return hashlib.sha256(name.encode()).hexdigest()


def make_record(
    title: str | None = "A page",
    body: str = "Some text.",
    published: str | None = None,
    **lists: Any,
) -> Record:
    """A Record with just a document, plus any list fields given by keyword."""
    doc = Document(title=title, published=published, publisher="MOFA", language="en", text=body)
    return Record(path="page.txt", document=doc, **lists)


def som_record() -> Record:
    """The 1st APEC SOM page, with an item in every list."""
    return make_record(
        SOM_TITLE,
        SOM_BODY,
        published="2021-03-12",
        meetings=[
            Meeting(
                name="APEC Senior Officials' Meeting",
                acronym="SOM",
                forum="APEC",
                level="senior_officials",
                ordinal=1,
                start="2021-03-10",
                end="2021-03-12",
                format="virtual",
                role="main",
                evidence=(71, 110),
            )
        ],
        people=[
            Person(
                "Yoon Seong-mee",
                "Deputy Minister for Economic Affairs",
                "KOR",
                "attendee",
                evidence=(36, 50),
            )
        ],
        countries=["KOR", "NZL"],
        organizations=["APEC"],
        initiatives=["Free Trade Area of the Asia-Pacific", "Putrajaya Vision 2040"],
        outcomes=[Outcome("Putrajaya Vision 2040", "noted")],
        amounts=[Amount(14000000, "USD", "APEC Support Fund")],
        statements=[
            Statement("APEC", "state", "Senior officials discussed the FTAAP", (150, 186)),
            Statement("KOR", "support", "Korea welcomed the Putrajaya Vision 2040"),
        ],
    )
