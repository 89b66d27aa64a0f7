"""Whole pages in the layouts of other publishers, end to end from the file.

The pages in tests/pages/ were written for these tests in the shapes such sites use (a
ministry readout in HTML, a secretariat chairman's statement, a news-agency dateline, a
sign-off block). Each expectation is what an analyst would record for the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.clean import clean, clean_text_page
from summitry.extract.pipeline import extract_record
from summitry.read import read_page

PAGES = Path(__file__).resolve().parent.parent / "pages"

# page -> (title, published, main meetings as (name, ordinal, start, end, city))
DOCUMENTS = {
    "apec_news.txt": (
        "APEC Trade Ministers Commit to Inclusive Growth",
        "2024-05-17",
        [
            (
                "APEC Ministers Responsible for Trade Meeting",
                None,
                "2024-05-17",
                "2024-05-18",
                "Arequipa",
            )
        ],
    ),
    "asean_sec.txt": (
        "Chairman's Statement of the 44th and 45th ASEAN Summits",
        "2024-10-09",
        [
            ("ASEAN Summit", 44, "2024-10-08", "2024-10-09", "Vientiane"),
            ("ASEAN Summit", 45, "2024-10-08", "2024-10-09", "Vientiane"),
        ],
    ),
    "dfa.txt": (
        "Secretary Manalo Attends 57th ASEAN Foreign Ministers’ Meeting in Vientiane",
        "2024-07-26",
        [
            ("ASEAN Foreign Ministers' Meeting", 57, "2024-07-24", "2024-07-27", "Vientiane"),
            ("bilateral meeting", None, None, None, "Vientiane"),  # met his counterparts
        ],
    ),
    "sg.txt": (
        "Minister for Foreign Affairs Dr Vivian Balakrishnan's Attendance at the 31st ASEAN "
        "Regional Forum, 27 July 2024",
        "2024-07-27",
        [
            ("ASEAN Regional Forum", 31, "2024-07-27", "2024-07-27", "Vientiane"),
            ("bilateral meeting", None, None, None, "Vientiane"),  # met Blinken and Wang Yi
        ],
    ),
    "state.html": (
        "Secretary Blinken's Meeting with Philippine Secretary of Foreign Affairs Manalo",
        "2024-07-27",
        [("meeting", None, "2024-07-27", "2024-07-27", "Vientiane")],  # on the margins of
    ),
    "vn.txt": (
        "Deputy Prime Minister, Foreign Minister Bui Thanh Son attends 57th AMM in Laos",
        "2024-07-25",
        [("ASEAN Foreign Ministers' Meeting", 57, "2024-07-24", "2024-07-27", "Vientiane")],
    ),
}

# page -> people as (name, country, role)
PEOPLE = {
    "apec_news.txt": [("Elizabeth Galdo", "PER", "chair"), ("Todd McClay", "NZL", "attendee")],
    "asean_sec.txt": [
        ("Sonexay Siphandone", "LAO", "chair"),
        ("Anwar Ibrahim", "MYS", "attendee"),
        ("Kao Kim Hourn", "ASEAN", "attendee"),
    ],
    "asean.html": [
        ("Eksiri Pintaruchi", "THA", "co_chair"),
        ("Chung Byung-won", "KOR", "co_chair"),
        ("Kao Kim Hourn", "ASEAN", "attendee"),
    ],
    "mofaj.txt": [("KAMIKAWA Yoko", "JPN", "co_chair"), ("Enrique A. Manalo", "PHL", "co_chair")],
    "g20.txt": [("Fernando Haddad", "BRA", "chair"), ("Kristalina Georgieva", "IMF", "attendee")],
    "state.html": [
        ("Matthew Miller", "USA", "mentioned"),
        ("Antony J. Blinken", "USA", "attendee"),
        ("Enrique Manalo", "PHL", "attendee"),
    ],
}


def record_of(name: str):
    path = PAGES / name
    return extract_record(str(path), clean(read_page(path)))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_and_main_meetings(name: str) -> None:
    title, published, mains = DOCUMENTS[name]
    record = record_of(name)
    assert (record.document.title, record.document.published) == (title, published)
    found = [
        (m.name, m.ordinal, m.start, m.end, m.city) for m in record.meetings if m.role == "main"
    ]
    assert found == mains


@pytest.mark.parametrize("name", sorted(PEOPLE))
def test_people_with_country_and_role(name: str) -> None:
    assert [(p.name, p.country, p.role) for p in record_of(name).people] == PEOPLE[name]


def test_sign_off_block_names_the_publisher_and_date() -> None:
    doc = record_of("kln.txt").document
    assert (doc.published, doc.publisher_country) == ("2024-08-30", "MYS")
    assert [p.name for p in record_of("kln.txt").people] == [
        "Mohamad bin Haji Hasan",
        "Cho Tae-yul",
    ]


# --- who published the page: the publishers kb and the lines that name it ---


def _publisher(page: str) -> tuple[str | None, str | None]:
    doc = clean_text_page(page)
    return doc.publisher, doc.publisher_country


_BODY = (
    "The 45th ASEAN Foreign Ministers' Meeting got underway in Phnom Penh, initiating a week "
    "of regional meetings chaired by Cambodia.\n"
)


def test_dateline_tag_in_brackets_names_the_agency() -> None:
    page = "ASEAN ministers meet\n\nCHONGQING, June 8 (Xinhua) -- " + _BODY
    assert _publisher(page) == ("Xinhua News Agency", "CHN")
    assert _publisher("ASEAN ministers meet\n\n(VOVworld) - " + _BODY) == (
        "Voice of Vietnam",
        "VNM",
    )


def test_leading_agency_tags_split_on_a_slash() -> None:
    page = "Vietnam makes proposals at MLC meeting\n\nWVR/VNA - On August 16, " + _BODY
    assert _publisher(page) == ("The World & Vietnam Report", "VNM")


def test_source_line_at_the_foot_names_the_agency() -> None:
    page = "DPM attends AMM\n\n" + _BODY + "\nSource: Lao News Agency\n\nRECENT NEWS\n"
    assert _publisher(page) == ("Lao News Agency", "LAO")
    page = "Cambodia to steer ASEAN\n\n" + _BODY + "\nSource: Agency Kampuchea Press\n"
    assert _publisher(page) == ("Agence Kampuchea Presse", "KHM")


def test_issued_by_and_press_release_lines() -> None:
    page = "Ministers meet\n\nIssued by the APEC Ministerial Meeting\n\n" + _BODY
    assert _publisher(page) == ("APEC Secretariat", None)
    page = "NZ and Southeast Asia\n\nPress Release – New Zealand Government\n" + _BODY
    assert _publisher(page) == ("New Zealand Government", "NZL")


def test_site_line_in_the_head_is_made_canonical() -> None:
    page = "Skip Links\nU.S. Department of State\nMedia Note\n\nUS Contributes to APEC\n\n" + _BODY
    assert _publisher(page) == ("U.S. Department of State", "USA")
    page = "Mission of the European Union to ASEAN\n\nChairman's Statement of the PMC\n\n" + _BODY
    assert _publisher(page) == ("European External Action Service", None)


def test_agency_photo_credit_when_nothing_else_names_the_publisher() -> None:
    page = " date 2019-08-02 The minister at the forum in Bangkok (Photo: VNA)\n\n" + _BODY
    assert _publisher(page) == ("Vietnam News Agency", "VNM")
    page = "FA Ministers meet\n\nPhoto: Ministry of Foreign Affairs of Peru\n\n" + _BODY
    assert _publisher(page)[0] is None  # a ministry's photo is not its page


def test_a_known_office_speaking_in_the_headline() -> None:
    page = "23 July 201610:00\n\nComment by the Information and Press Department on the ARF\n\n"
    assert _publisher(page + _BODY) == (
        "Ministry of Foreign Affairs of the Russian Federation",
        "RUS",
    )


def test_a_page_that_names_no_publisher_has_the_country_it_is_most_about() -> None:
    assert _publisher("Leaders meet in Lima\n\n" + _BODY) == (None, "KHM")
    page = (
        "Prime Minister attends summit\n\nPrime Minister Jacinda Ardern today attended the "
        "ASEAN-New Zealand Summit. New Zealand and ASEAN share a strong legacy, said the New "
        "Zealand leader, who will also speak with Japan's leader.\n"
    )
    assert _publisher(page) == (None, "NZL")


def test_ministry_board_layout_without_its_menus() -> None:
    page = (
        "1. The Ministry of Foreign Affairs hosted the 5th Korea-Africa Forum jointly with the "
        "African Union on March 3.\n"
        "° Delegations from 10 countries representing Africa attended the forum.\n"
        "2. Foreign Minister Chung said that the Korean government would donate vaccines.\n"
    )
    assert _publisher(page) == ("Ministry of Foreign Affairs, Republic of Korea", "KOR")


def test_ministry_in_its_own_voice_takes_the_country_its_full_name_gives() -> None:
    page = (
        "(1-7-2020, Nay Pyi Taw)\n\n"
        "U Soe Han, Permanent Secretary of the Ministry of Foreign Affairs of the Republic of the "
        "Union of Myanmar participated in the video conference of the ASEAN-China Senior "
        "Officials' Consultation from Nay Pyi Taw.\n\n"
        "Present at the Meeting were senior officials from the Ministry of Foreign Affairs.\n"
    )
    assert _publisher(page) == ("Ministry of Foreign Affairs, Myanmar", "MMR")


def test_ministry_in_its_own_voice_without_a_country_is_named_as_it_says() -> None:
    page = (
        "Secretary Leads Delegation to 52nd AMM\n\n"
        "The Secretary led officials from the Department of Foreign Affairs (DFA) to the annual "
        "ASEAN Ministerial Meetings in Bangkok, Thailand from 27 July to 2 August 2019.\n"
    )
    assert _publisher(page) == ("Department of Foreign Affairs", None)


def test_copyright_reprint_and_web_address_lines() -> None:
    body = "Leaders meet in Lima\n\n" + _BODY
    assert _publisher(body + "\n© 2024 The Nation. All rights reserved.\n") == (
        "The Nation Thailand",
        "THA",
    )
    assert _publisher(body + "\nThis article was first published in The Jakarta Post.\n") == (
        "The Jakarta Post",
        "IDN",
    )
    assert _publisher("www.mofa.go.jp | Home\n\n" + body) == (
        "Ministry of Foreign Affairs of Japan",
        "JPN",
    )
    assert _publisher(body + "\n(c) to promote trade in the region.\n")[0] is None


def test_dateline_tag_after_a_photo_caption() -> None:
    page = (
        "Ministers meet in Tokyo\n\nForeign ministers pose for a photo.\n"
        "TOKYO, March 3 (Kyodo) -- " + _BODY
    )
    assert _publisher(page) == ("Kyodo News", "JPN")


def test_publishers_kb_is_consistent() -> None:
    """Every publisher's country is a kb country and no name or alias means two publishers."""
    from summitry.kb import load_kb
    from summitry.kb.data import read_yaml
    from summitry.kb.publishers import name_key

    countries = load_kb().countries
    seen: dict[str, str] = {}
    for raw in read_yaml("publishers")["publishers"]:
        assert raw.get("country") is None or raw["country"] in countries, raw["name"]
        for alias in {name_key(a) for a in (raw["name"], *(raw.get("aliases") or ()))}:
            assert seen.setdefault(alias, raw["name"]) == raw["name"], alias


def test_envoy_sites_belong_to_the_sending_state() -> None:
    page = "Embassy of the People's Republic of China in Barbados\n\nChina and CARICOM meet\n\n"
    assert _publisher(page + _BODY) == (
        "Embassy of the People's Republic of China in Barbados",
        "CHN",
    )
    page = "Consulate General of India, Ho Chi Minh City\n\nIndia at the Mekong meeting\n\n"
    assert _publisher(page + _BODY) == ("Consulate General of India, Ho Chi Minh City", "IND")


def test_head_of_government_site_names() -> None:
    page = "Prime Minister's Office of Japan\n\nThe Prime Minister attends the summit\n\n"
    assert _publisher(page + _BODY) == ("Prime Minister's Office of Japan", "JPN")
    page = "Hong Kong SAR Government\n\nSecretary attends APEC trade meeting\n\n"
    assert _publisher(page + _BODY) == ("Hong Kong SAR Government", "HKG")


def test_chairs_statement_is_published_by_the_forums_secretariat() -> None:
    page = (
        "12th APT Summit, 2009\n\nChairman's Statement of the 12th ASEAN Plus Three Summit, "
        "24 October 2009, Cha-am Hua Hin, Thailand\n\n" + _BODY
    )
    assert _publisher(page) == ("ASEAN Secretariat", None)
    page = (
        "1. I chaired the ASEAN Foreign Ministers' Retreat on 17-18 January 2019 in Chiang Mai.\n"
    )
    assert _publisher(page) == ("ASEAN Secretariat", None)
    page = "Chair's Statement of the APEC Ministers Responsible for Trade Meeting\n\n" + _BODY
    assert _publisher(page) == ("APEC Secretariat", None)


def test_agency_source_pipe_line_gives_publisher_and_date() -> None:
    doc = clean_text_page(
        "Wang Yi attends Lancang-Mekong meeting\n"
        "Source: Xinhua | 2023-07-14 21:50:43 | Editor: huaxia\n\n" + _BODY
    )
    assert (doc.publisher, doc.publisher_country, doc.published) == (
        "Xinhua News Agency",
        "CHN",
        "2023-07-14",
    )


def test_site_name_opening_the_date_line() -> None:
    doc = clean_text_page(
        "China, ASEAN hold talks\n\n(People's Daily Online) 14:33, July 14, 2023\n\n" + _BODY
    )
    assert (doc.publisher, doc.published) == ("People's Daily", "2023-07-14")


def test_agency_tag_closing_the_article() -> None:
    page = "PH, Japan sign pact\n\nMANILA – " + _BODY + "The pact takes effect in 2025. (PNA)\n"
    assert _publisher(page) == ("Philippine News Agency", "PHL")


def test_a_place_inside_a_named_plan_does_not_count_for_the_country() -> None:
    from summitry.publisher import main_country

    text = (
        "Singapore backs the Putrajaya Vision 2040, the Putrajaya Vision 2040 targets and the "
        "Putrajaya Vision 2040 review."
    )
    assert main_country(text) == "SGP"


def test_byline_naming_an_agency() -> None:
    doc = clean_text_page(
        "Anwar: Asean must stay united\nBy Bernama - July 14, 2023 @ 8:32pm\n\n" + _BODY
    )
    assert (doc.title, doc.published, doc.publisher) == (
        "Anwar: Asean must stay united",
        "2023-07-14",
        "Bernama",
    )
    page = "Leaders meet in Lima\nBy Lee Haye-ah\n\n" + _BODY
    assert _publisher(page)[0] is None  # a reporter is no publisher


def test_sources_said_is_no_source_line() -> None:
    page = "Leaders meet in Lima\n\nSources said the ministers will meet the press today.\n"
    assert _publisher(page + _BODY)[0] is None


def test_foreign_ministry_in_its_own_voice_is_named_in_full() -> None:
    page = "Spokesperson briefs the press\n\nThe Foreign Ministry said the talks went well.\n"
    assert _publisher(page)[0] == "Ministry of Foreign Affairs"


def test_sign_off_with_the_issuing_unit() -> None:
    page = (
        "Leaders meet in Lima\n\n"
        + _BODY
        + "\nPress Division, Ministry of Foreign Affairs of Japan\n"
    )
    assert _publisher(page) == ("Ministry of Foreign Affairs of Japan", "JPN")
    page = (
        "Leaders meet in Lima\n\n"
        + _BODY
        + "\nInformation Department, Ministry of Foreign Affairs\nBangkok\n"
    )
    assert _publisher(page) == ("Ministry of Foreign Affairs", "THA")


def test_embassy_named_by_its_people() -> None:
    page = "Royal Thai Embassy, Washington D.C.\n\nThai delegation at the APEC meeting\n\n"
    assert _publisher(page + _BODY) == ("Royal Thai Embassy, Washington D.C.", "THA")


def test_cities_of_a_meeting_abroad_do_not_outweigh_the_home_country() -> None:
    from summitry.publisher import main_country

    text = (
        "Thailand is ready to bridge the G20 and the G77, the Prime Minister said in Hangzhou. "
        "He spoke at the G20 summit in Hangzhou, China, before leaving Hangzhou for Laos; "
        "Thailand backs the Hangzhou consensus."
    )
    assert main_country(text) == "THA"
    assert main_country("Ministers met in Hangzhou and later in Hangzhou again.") == "CHN"


def test_a_country_inside_a_meeting_s_name_does_not_count_for_the_country() -> None:
    from summitry.publisher import main_country

    text = (
        "The Sultan of Brunei Darussalam joined the 8th ASEAN-United States Summit. At the "
        "ASEAN-United States Summit and the ASEAN-U.S. Summit, ASEAN thanked the United States."
    )
    assert main_country(text) == "BRN"


def test_a_ministry_speaking_of_itself_without_its_country_takes_the_page_s_country() -> None:
    page = (
        "Secretary Leads Delegation to the 52nd AMM\n\n"
        "The Foreign Affairs Secretary led officials from the Department of Foreign Affairs (DFA) "
        "to the ASEAN Ministerial Meetings in Bangkok, Thailand. The Philippine delegation "
        "attended 30 engagements, upholding the Filipino people's interests under Thailand's "
        "chairmanship, and Thailand thanked the Philippines."
    )
    doc = clean_text_page(page)
    assert (doc.publisher, doc.publisher_country) == ("Department of Foreign Affairs", "PHL")


def test_a_minister_s_office_heading_the_page_published_it() -> None:
    page = (
        "Former Minister for Trade\nAustralian Commonwealth Coat of Arms\n21 November 2008\n\n"
        "APEC Ministers Build on Momentum\n\n"
        "The Minister for Trade has welcomed the success of the APEC Ministerial Meeting in "
        "Lima, Peru, and the talks in Geneva."
    )
    doc = clean_text_page(page)
    assert (doc.publisher, doc.publisher_country) == ("Minister for Trade", "AUS")


def test_the_state_of_the_official_the_lead_names_is_the_page_s() -> None:
    page = (
        "14 November 2020\nHIS MAJESTY THE SULTAN OF BRUNEI DARUSSALAM JOINS THE SUMMITS\n\n"
        "His Majesty the Sultan and Yang Di-Pertuan of Brunei Darussalam this morning joined "
        "the 8th ASEAN-United States Summit. The United States' engagement with ASEAN remains "
        "crucial, and the United States will host the next meeting with the United States "
        "Trade Representative.\n"
    )
    assert _publisher(page) == (None, "BRN")


def test_a_place_in_the_lead_or_its_dateline_is_not_the_page_s_state() -> None:
    page = (
        "Trade Representative concludes visit\n\nSingapore - United States Trade "
        "Representative Ron Kirk concluded his visit today to the APEC meeting in Singapore. "
        "Singapore hosted ministers in Singapore.\n"
    )
    # the lead's office publishes: its name, and the state it serves
    assert _publisher(page) == ("Office of the United States Trade Representative", "USA")
    page = (
        "Director General briefs press\n\nJakarta, 3 September 2023 – Director General at the "
        "Indonesian Ministry of Foreign Affairs said leaders agreed on food security. China and "
        "ASEAN also met, China said.\n"
    )
    assert _publisher(page) == (None, "IDN")
    page = "China commits funds\n\nChina will donate US$2 million to the APEC Support Fund.\n"
    assert _publisher(page) == (None, "CHN")


def test_a_lead_about_the_foreign_minister_names_his_ministry() -> None:
    page = (
        "FM attends meetings\n\nOn 21 July 2010, in Hanoi, Viet Nam, Foreign Minister Kasit "
        "Piromya attended the ASEAN Plus Three Foreign Ministers' Meeting. He set out Thailand's "
        "views on regional architecture, and Thailand's plans as the next chair.\n"
    )
    assert _publisher(page) == ("Ministry of Foreign Affairs of the Kingdom of Thailand", "THA")
    page = (
        "SFA at the ARF\n\nPASAY CITY 21 September 2020 – Foreign Affairs Secretary Teodoro L. "
        "Locsin Jr. joined the ASEAN Regional Forum. The Philippines chairs the talks.\n"
    )
    assert _publisher(page) == ("Department of Foreign Affairs, Republic of the Philippines", "PHL")


def test_a_foreign_minister_qualified_by_a_state_is_a_paper_s_subject() -> None:
    page = (
        "Ministers meet\n\nPeruvian Foreign Affairs Minister Javier Gonzalez-Olaechea met his "
        "Chilean counterpart in San Francisco. Peru and Chile agreed.\n"
    )
    assert _publisher(page)[0] is None
