"""The head of a scraped page: title, category (clean/header.py)."""

import pytest

from summitry.clean.header import read_header


def test_first_line_sharing_a_word_with_the_headline_is_its_topic() -> None:
    lines = [
        "G20 (Summit on Financial Markets and the World Economy)",
        "G20 Foreign Ministers’ Meeting (Summary of Day 2)",
        "February 21, 2025",
        "On February 20 and 21, the G20 Foreign Ministers’ Meeting was held in Johannesburg.",
    ]
    header = read_header(lines, None)
    assert header.title == "G20 Foreign Ministers’ Meeting (Summary of Day 2)"
    assert header.category == "G20 (Summit on Financial Markets and the World Economy)"


def test_first_line_unlike_the_headline_is_no_topic() -> None:
    lines = [
        "Regional Cooperation Portal",
        "Ministers Agree on Water Resources Plan",
        "June 8, 2021",
        "Foreign ministers of the Mekong countries met on Tuesday to agree a water plan.",
    ]
    assert read_header(lines, None).category is None


def test_menu_words_before_a_section_name() -> None:
    lines = [
        "About Us Press Releases",
        "",
        "10th East Asia Summit Foreign Ministers' Meeting",
        "",
        "September 09, 2020",
        "",
        "1. The Minister of State attended the 10th East Asia Summit Foreign Ministers' Meeting.",
    ]
    header = read_header(lines, None)
    assert (header.title, header.category) == (
        "10th East Asia Summit Foreign Ministers' Meeting",
        "Press Releases",
    )


def test_home_trail_ends_at_the_section() -> None:
    lines = [
        "Home > China News",
        "The 8th Trilateral Foreign Ministers' Meeting among China, Japan and the ROK Held",
        "",
        "On August 24, 2016 local time, Foreign Minister Wang Yi attended the meeting in Tokyo.",
    ]
    assert read_header(lines, None).category == "China News"


def test_headline_above_a_photo_caption() -> None:
    lines = [
        "date 2021-06-09",
        "Lancang-Mekong Cooperation foreign ministers discuss COVID-19, recovery",
        "",
        "Chinese State Councilor and Foreign Minister Wang Yi presides over the 6th "
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting in Chongqing, southwest China, "
        "June 8, 2021. (Xinhua/Wang Quanchao)",
        "",
        "CHONGQING, June 8 (Xinhua) -- Foreign ministers from the Lancang-Mekong Cooperation "
        "countries met on Tuesday to discuss joint efforts on the COVID-19 pandemic.",
    ]
    header = read_header(lines, None)
    assert header.title == "Lancang-Mekong Cooperation foreign ministers discuss COVID-19, recovery"
    assert header.published == "2021-06-09"


def test_menu_words_before_a_section_name_under_the_site_name() -> None:
    lines = [
        "Ministry of External Affairs",
        "Government of India",
        "",
        "Media Center Press Releases",
        "",
        "Participation of External Affairs Minister in the East Asia Summit",
        "",
        "July 14, 2023",
        "",
        "1. External Affairs Minister Dr. S. Jaishankar participated in the meeting in Jakarta.",
    ]
    header = read_header(lines, None)
    assert header.category == "Press Releases"
    assert header.title == "Participation of External Affairs Minister in the East Asia Summit"


def test_a_headline_ending_in_a_section_name_gives_no_category() -> None:
    lines = ["ASEAN Leaders Joint Press Statement", "", "July 14, 2023", "", "The Leaders met."]
    header = read_header(lines, None)
    assert (header.title, header.category) == ("ASEAN Leaders Joint Press Statement", None)


def test_home_trail_past_its_year_and_month_and_with_slashes() -> None:
    lines = [
        "Home / Media Centre / Statements / 2023 / August",
        "Minister Attends the ASEAN Regional Forum in Jakarta",
        "",
        "The Minister attended the ASEAN Regional Forum in Jakarta on 14 July 2023 and spoke.",
    ]
    assert read_header(lines, None).category == "Statements"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Chinese FM meets ASEAN counterparts in Jakarta - Xinhua",
            "Chinese FM meets ASEAN counterparts in Jakarta",
        ),
        (
            "Japan-Cambodia Foreign Ministers' Meeting | Ministry of Foreign Affairs of Japan",
            "Japan-Cambodia Foreign Ministers' Meeting",
        ),
        (
            "ASEAN-Japan Summit - Joint Statement on Climate",
            "ASEAN-Japan Summit - Joint Statement on Climate",
        ),
    ],
)
def test_a_site_name_after_the_headline_is_dropped(line: str, title: str) -> None:
    lines = [line, "", "July 14, 2023", "", "The ministers met in Jakarta on Friday and agreed."]
    assert read_header(lines, None).title == title


def test_a_speechs_meeting_and_its_date_and_place_lines_stay_in_the_body() -> None:
    lines = [
        "Press Statement",
        "by the Prime Minister of the Kingdom of Thailand",
        "at the Press Conference on Outcome Documents of the 8th ACMECS Summit",
        "on 16 June 2018, Shangri-La Hotel, Bangkok",
        "1. On behalf of the Royal Thai Government, I am honoured to host the 8th ACMECS Summit.",
    ]
    header = read_header(lines, None)
    assert header.event == (
        "at the Press Conference on Outcome Documents of the 8th ACMECS Summit\n"
        "on 16 June 2018, Shangri-La Hotel, Bangkok"
    )
    assert header.body_start == 4


def test_a_dated_line_under_no_meeting_is_no_event() -> None:
    lines = [
        "Press Statement",
        "at the Government House",
        "on 16 June 2018, Bangkok",
        "1. On behalf of the Royal Thai Government, I welcome our guests.",
    ]
    assert read_header(lines, None).event is None


def test_a_speechs_place_and_date_line_under_its_meeting_stays_in_the_body() -> None:
    lines = [
        "Statement by the Minister of Foreign Affairs",
        "at the 31st ASEAN Summit",
        "Manila, 13 November 2017",
        "Thank you, Mr. Chairman. It is an honour to be here today with my colleagues.",
    ]
    header = read_header(lines, None)
    assert header.event == "at the 31st ASEAN Summit\nManila, 13 November 2017"
    assert (header.title, header.published) == (
        "Statement by the Minister of Foreign Affairs",
        "2017-11-13",
    )


def test_a_speechs_date_and_place_line_is_not_its_title() -> None:
    lines = [
        "Remarks by the Prime Minister",
        "at the Opening Ceremony of the 8th ACMECS Summit",
        "16 June 2018, Shangri-La Hotel, Bangkok",
        "1. On behalf of the Royal Thai Government, I am honoured to host the 8th ACMECS Summit.",
    ]
    header = read_header(lines, None)
    assert header.title == "Remarks by the Prime Minister"
    assert header.event == (
        "at the Opening Ceremony of the 8th ACMECS Summit\n16 June 2018, Shangri-La Hotel, Bangkok"
    )


def test_a_place_and_date_line_under_a_headline_naming_a_meeting_stays_in_the_body() -> None:
    lines = [
        "Chairman's Statement of the 31st ASEAN Summit",
        "Manila, Philippines, 13 November 2017",
        "1. The 31st ASEAN Summit was held under the Chairmanship of the Philippines.",
    ]
    header = read_header(lines, None)
    assert (header.title, header.published) == (
        "Chairman's Statement of the 31st ASEAN Summit",
        "2017-11-13",
    )
    assert header.event == "Manila, Philippines, 13 November 2017"


def test_a_weekday_and_date_line_under_a_headline_is_no_place() -> None:
    lines = [
        "Foreign Minister attends APEC Ministers' Meeting",
        "Wednesday, November 14, 2018",
        "The Minister of Foreign Affairs arrived in Papua New Guinea to take part in the meeting.",
    ]
    header = read_header(lines, None)
    assert (header.published, header.event) == ("2018-11-14", None)


HEADLINE = "ASEAN Ministers Agree on Regional Digital Roadmap"
OPENING = (
    "Foreign ministers of the ASEAN member states met in Jakarta on Tuesday to review "
    "progress on regional economic integration."
)


@pytest.mark.parametrize(
    ("head", "title", "published", "category"),
    [
        (  # a blog's trail, stamp and comment link
            [
                "Skip to content",
                "Home » News » Press Releases",
                HEADLINE,
                "Posted on December 5, 2023 by admin",
                "Leave a comment",
            ],
            HEADLINE,
            "2023-12-05",
            "Press Releases",
        ),
        (
            ["Home / News", HEADLINE, "December 5, 2023 Leave a comment", "By Staff Writer"],
            HEADLINE,
            "2023-12-05",
            "News",
        ),
        (  # the trail ends at the headline: its section is the step before
            [f"Home » News » {HEADLINE}", HEADLINE, "Posted on December 5, 2023"],
            HEADLINE,
            "2023-12-05",
            "News",
        ),
        (
            [
                "Skip to main content",
                "You are here: Home / Media / Statements",
                "Press release | 5 December 2023",
                HEADLINE,
            ],
            HEADLINE,
            "2023-12-05",
            "Statements",
        ),
        (
            [HEADLINE, "Date of publication: 5 December 2023", "Print this page"],
            HEADLINE,
            "2023-12-05",
            None,
        ),
        (
            [
                HEADLINE,
                "Published: Tuesday, 5 December 2023 - 10:32",
                "Last updated: 6 December 2023",
            ],
            HEADLINE,
            "2023-12-05",
            None,
        ),
        (
            ["Home | News | Press Releases", HEADLINE, "5 December 2023"],
            HEADLINE,
            "2023-12-05",
            "Press Releases",
        ),
        ([HEADLINE, "5 Dec 2023 Press Releases"], HEADLINE, "2023-12-05", "Press Releases"),
        (
            [HEADLINE, "Posted on 5 December 2023 in Press Releases"],
            HEADLINE,
            "2023-12-05",
            "Press Releases",
        ),
        (
            [HEADLINE, "December 5, 2023", "Press Releases"],
            HEADLINE,
            "2023-12-05",
            "Press Releases",
        ),
        (
            [f"{HEADLINE} | Press Releases", "5 December 2023"],
            HEADLINE,
            "2023-12-05",
            "Press Releases",
        ),
        ([f"News > {HEADLINE}", "5 December 2023"], HEADLINE, "2023-12-05", "News"),
        ([f"{HEADLINE} - 5 December 2023"], HEADLINE, "2023-12-05", None),
        (  # a news agency's stamp, byline and reading time
            [
                HEADLINE,
                "By Staff Reporter",
                "Updated: December 6, 2023 09:15",
                "Published: December 5, 2023 18:20",
                "Reading time: 3 min",
            ],
            HEADLINE,
            "2023-12-05",
            None,
        ),
        (
            [HEADLINE, "By Nguyen Hoa, VNA correspondent", "5 December 2023"],
            HEADLINE,
            "2023-12-05",
            None,
        ),
        (
            [HEADLINE, "(From Chinese Foreign Ministry)", "2023-07-14 21:50"],
            HEADLINE,
            "2023-07-14",
            None,
        ),
        (  # a standfirst under the stamp is not the headline
            [
                HEADLINE,
                "5 December 2023",
                "Foreign ministers welcome progress on the digital economy framework talks",
            ],
            HEADLINE,
            "2023-12-05",
            None,
        ),
        (  # a section's name above the stamp, the headline in title case under it
            [
                "Prime Minister of Japan and His Cabinet",
                "The Prime Minister in Action",
                "October 11, 2024",
                "Attendance at the ASEAN-related Summit Meetings",
            ],
            "Attendance at the ASEAN-related Summit Meetings",
            "2024-10-11",
            None,
        ),
        (
            [
                "We use cookies to improve your experience on our website. By continuing to "
                "browse the site you agree to our use of cookies.",
                "Accept all cookies",
                HEADLINE,
                "5 December 2023",
            ],
            HEADLINE,
            "2023-12-05",
            None,
        ),
        (
            [
                "An official website of the United States government",
                "Here's how you know",
                "Official websites use .gov",
                "A .gov website belongs to an official government organization in the United "
                "States.",
                "Readout",
                HEADLINE,
                "December 5, 2023",
            ],
            HEADLINE,
            "2023-12-05",
            "Readout",
        ),
        ([HEADLINE, "Listen to this article", "5 December 2023"], HEADLINE, "2023-12-05", None),
        (  # a ministry board's labels
            [HEADLINE, "Department : ASEAN Cooperation Division", "Date : 2023-12-05"],
            HEADLINE,
            "2023-12-05",
            None,
        ),
    ],
)
def test_page_heads_of_common_publishing_systems(
    head: list[str], title: str, published: str, category: str | None
) -> None:
    header = read_header([*head, "", OPENING], None)
    assert (header.title, header.published, header.category) == (title, published, category)


@pytest.mark.parametrize(
    ("stamp", "published", "views"),
    [
        ("Date: 05 Dec 2023 | Views: 1234", "2023-12-05", 1234),
        (
            "Source: Ministry of Foreign Affairs | Date: 2023-12-05 | Views: 1,234",
            "2023-12-05",
            1234,
        ),
        ("Posted: 2023-12-05 | Hits: 1234", "2023-12-05", 1234),
        ("2023-12-05 | View 1234", "2023-12-05", 1234),
        ("Date: 5 December 2023 Views: 1234", "2023-12-05", 1234),
        ("Xinhua | Updated: 2023-12-05 10:32:15", None, None),
    ],
)
def test_stamp_lines_with_a_counter_or_an_update(
    stamp: str, published: str | None, views: int | None
) -> None:
    header = read_header([HEADLINE, stamp, "", OPENING], None)
    assert (header.title, header.published, header.views) == (HEADLINE, published, views)


def test_an_update_stamp_in_a_pipe_line_dates_the_page_that_gives_no_other_date() -> None:
    header = read_header([HEADLINE, "Xinhua | Updated: 2023-12-05 10:32:15", "", OPENING], None)
    assert (header.published, header.updated) == (None, "2023-12-05")


def test_a_trail_ending_at_a_section_gives_no_headline() -> None:
    header = read_header(["Home > News > Regional Cooperation and Integration", "", OPENING], None)
    assert (header.title, header.category) == (None, "Regional Cooperation and Integration")


@pytest.mark.parametrize(
    "head",
    [
        ["Print this page"],
        ["Leave a comment"],
        ["Listen", "3 min read"],
        ["Department : ASEAN Division"],
        ["Ministry of Foreign Affairs", "Republic of Indonesia"],
    ],
)
def test_furniture_labels_and_a_state_above_the_body_are_no_headline(head: list[str]) -> None:
    assert read_header([*head, "", OPENING], None).title is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "ASEAN Leaders Meet in Jakarta, 5 December 2023",
            "ASEAN Leaders Meet in Jakarta, 5 December 2023",
        ),
        ("Jakarta, Indonesia, 5 December 2023", None),
        ("Ministry of Foreign Affairs, 5 December 2023", None),
    ],
)
def test_a_headline_with_its_date_but_not_a_place_or_a_site_with_one(
    line: str, title: str | None
) -> None:
    header = read_header([line, "", OPENING], None)
    assert (header.title, header.published) == (title, "2023-12-05")


@pytest.mark.parametrize(
    "label", ["Category: Press Releases", "Filed under: Press Releases", "Categories: News"]
)
@pytest.mark.parametrize("above", [True, False])
def test_a_labelled_section_line_gives_the_category(label: str, above: bool) -> None:
    head = ["ASEAN Foreign Ministers Meet in Jakarta", "Posted on 5 December 2023"]
    lines = [
        *([label, *head] if above else [*head, label]),
        "The foreign ministers of ASEAN met in Jakarta on Tuesday to prepare the summit.",
    ]
    header = read_header(lines, None)
    assert header.title == "ASEAN Foreign Ministers Meet in Jakarta"
    assert header.category == label.partition(": ")[2]


def test_a_labelled_line_of_no_known_section_gives_no_category() -> None:
    lines = [
        "Category: Minister visits",
        "ASEAN Foreign Ministers Meet in Jakarta",
        "Posted on 5 December 2023",
        "The foreign ministers of ASEAN met in Jakarta on Tuesday to prepare the summit.",
    ]
    assert read_header(lines, None).category is None
