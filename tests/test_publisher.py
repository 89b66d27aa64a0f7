"""Who published a scraped page (publisher.py)."""

import pytest

from summitry.publisher import find_publisher

BODY = ["The foreign ministers met in Jakarta on Tuesday and agreed on a digital roadmap."]


@pytest.mark.parametrize(
    ("head", "publisher", "country"),
    [
        (
            ["Ministry of Foreign Affairs", "Republic of Indonesia", "News"],
            "Ministry of Foreign Affairs of the Republic of Indonesia",
            "IDN",
        ),
        (
            ["MINISTRY OF FOREIGN AFFAIRS", "REPUBLIC OF SINGAPORE"],
            "Ministry of Foreign Affairs of the Republic of Singapore",
            "SGP",
        ),
        (
            ["Ministry of External Affairs", "Government of India"],
            "Ministry of External Affairs",
            "IND",
        ),
    ],
)
def test_a_site_name_over_its_state(head: list[str], publisher: str, country: str) -> None:
    assert find_publisher(head, BODY, [], None) == (publisher, country)
