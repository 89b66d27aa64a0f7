"""Points of a list: a point that says what will be done commits whoever the list speaks for."""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document

CONSENSUS = (
    "The 35th APEC Ministerial Meeting was held in Lima on November 14. The Ministers reached "
    "eight points of consensus. Firstly, APEC member economies acknowledge the role of "
    "tourism. Fourthly, co-operation among the members will be enhanced. Seventhly, it is "
    "agreed that the Strategic Plan will be updated. Finally, APEC member economies will press "
    "ahead with the Travel Facilitation Initiative."
)


def acts(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text, published="2024-11-15", publisher_country="PER")
    return [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]


def test_points_of_a_consensus() -> None:
    assert acts(CONSENSUS) == [
        ("APEC", "state"),
        ("APEC", "commit"),
        ("APEC", "agree"),
        ("APEC", "commit"),
    ]


def test_a_passive_outside_a_list_is_no_commitment() -> None:
    text = (
        "The 35th APEC Ministerial Meeting was held in Lima on November 14. In 2025, "
        "co-operation among the members will be enhanced."
    )
    assert acts(text) == []
