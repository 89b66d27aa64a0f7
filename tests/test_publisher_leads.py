"""Publishers a lead about an official implies (publisher_leads.py), through find_publisher;
the states of those the lead says were met."""

from summitry.publisher import find_publisher
from summitry.publisher_leads import met_states


def test_unqualified_minister_lead_skips_the_states_of_the_others_named() -> None:
    body = [
        "On August 24, 2016 local time, Foreign Minister Wang Yi, together with Foreign "
        "Minister Fumio Kishida of Japan and Foreign Minister Yun Byung-se of the Republic of "
        "Korea (ROK), attended the 8th Trilateral Foreign Ministers' Meeting among China, "
        "Japan and the ROK in Tokyo, Japan.",
        "Wang Yi said that Japan and China should work together. Japan and the ROK agreed.",
        "Wang Yi said that China will host the G20 Summit in Hangzhou.",
    ]
    head = ["The 8th Trilateral Foreign Ministers' Meeting among China, Japan and the ROK"]
    assert find_publisher(head, body, [], None) == (
        "Ministry of Foreign Affairs of the People's Republic of China",
        "CHN",
    )


def test_minister_of_the_state_the_page_is_about_speaks_for_its_ministry() -> None:
    body = [
        "On February 20 and 21, the G20 Foreign Ministers' Meeting was held in Johannesburg, "
        "South Africa. Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, attended the "
        "meeting.",
        "Foreign Minister Iwaya said that Japan supports the priorities. Japan will share its "
        "knowledge.",
    ]
    assert find_publisher(["G20 Foreign Ministers' Meeting"], body, [], None) == (
        "Ministry of Foreign Affairs of Japan",
        "JPN",
    )


def test_minister_of_state_with_an_acronym_before_the_state() -> None:
    body = [
        "1. Minister of State for External Affairs (MOS) of India Shri V. Muraleedharan "
        "attended the 10th East Asia Summit Foreign Ministers' Meeting on 9 September 2020.",
        "2. MOS reiterated India's support to the EAS.",
    ]
    assert find_publisher([], body, [], None) == ("Ministry of External Affairs", "IND")


def test_minister_of_another_state_than_the_page_is_about_names_no_publisher() -> None:
    body = [
        "Mr. Wang Yi, Minister of Foreign Affairs of China, met Thai leaders in Bangkok.",
        "Thailand and Thailand's partners welcomed the visit. Thailand hosted the talks.",
    ]
    assert find_publisher([], body, [], None)[0] is None


def test_lead_about_an_office_that_publishes() -> None:
    body = [
        "Singapore - United States Trade Representative Ron Kirk concluded his visit today to "
        "the 2009 Asia Pacific Economic Cooperation Forum's (APEC) Ministers Responsible for "
        "Trade meeting in Singapore."
    ]
    assert find_publisher([], body, [], None) == (
        "Office of the United States Trade Representative",
        "USA",
    )


def test_minister_in_the_opening_lines_under_a_translation_note() -> None:
    body = [
        "[Provisional Translation]",
        "",
        "1. Overview",
        "On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, attended the "
        "Japan-ASEAN Foreign Ministers' Meeting in Jakarta. Japan will keep supporting ASEAN.",
    ]
    assert find_publisher([], body, [], None) == ("Ministry of Foreign Affairs of Japan", "JPN")


def test_lead_about_an_office_that_names_no_state_names_no_publisher() -> None:
    body = ["Spokesperson Wang Wenbin said China welcomes the outcome of the ASEAN meetings."]
    assert find_publisher([], body, [], None)[0] is None


def test_a_lead_is_not_cut_at_a_month_abbreviation() -> None:
    head = ["The 8th Trilateral Foreign Ministers' Meeting among China, Japan and the ROK"]
    body = [
        "On Aug. 24, 2016 local time, Foreign Minister Wang Yi, together with Foreign "
        "Minister Fumio Kishida of Japan and Foreign Minister Yun Byung-se of the Republic of "
        "Korea (ROK), attended the 8th Trilateral Foreign Ministers' Meeting among China, "
        "Japan and the ROK in Tokyo, Japan.",
        "Wang Yi said that Japan and China should work together. Japan and the ROK agreed.",
        "Wang Yi said that China will host the G20 Summit in Hangzhou.",
    ]
    assert find_publisher(head, body, [], None) == (
        "Ministry of Foreign Affairs of the People's Republic of China",
        "CHN",
    )


def test_the_state_of_the_one_met_is_not_the_pages() -> None:
    head = ["President Xi Jinping Meets with Indian Prime Minister Narendra Modi"]
    body = [
        "On the afternoon of August 23, 2023 local time, President Xi Jinping met with Indian "
        "Prime Minister Narendra Modi on the sidelines of the 15th BRICS Summit in Johannesburg."
    ]
    assert find_publisher(head, body, [], None) == (None, None)


def test_a_lead_about_talks_with_a_state_named_after_the_title() -> None:
    head = ["Meeting with President of China Xi Jinping"]
    body = [
        "Vladimir Putin held talks with President of the People's Republic of China Xi Jinping "
        "on the sidelines of the SCO summit in Samarkand.",
        "Vladimir Putin noted that Russia highly values the partnership.",
    ]
    assert find_publisher(head, body, [], None) == (None, "RUS")


def test_a_minister_whose_office_one_government_gives_speaks_for_its_ministry() -> None:
    head = ["External Affairs Minister's meeting with Foreign Minister of China"]
    body = [
        "External Affairs Minister Dr. S. Jaishankar met with Mr. Wang Yi, Foreign Minister of "
        "the People's Republic of China, on the margins of the SCO meeting in Goa on 4 May 2023."
    ]
    assert find_publisher(head, body, [], None) == ("Ministry of External Affairs", "IND")
    lead = [
        "On August 4, 2018, State Councilor and Minister of Foreign Affairs Wang Yi attended the "
        "8th East Asia Summit Foreign Ministers' Meeting in Singapore."
    ]
    assert find_publisher([], lead, [], None) == (
        "Ministry of Foreign Affairs of the People's Republic of China",
        "CHN",
    )


def test_a_place_where_the_ministers_met_is_no_state_met() -> None:
    head = ["ASEAN Foreign Ministers Meet in Jakarta"]
    body = ["The ASEAN foreign ministers met in Jakarta, Indonesia on 5 December 2023."]
    assert met_states(head, body) == frozenset()


def test_the_state_of_one_met_with_is_read() -> None:
    head = ["Foreign Minister Meets Indian Counterpart"]
    body = ["The foreign minister met with Indian Foreign Minister Jaishankar in Jakarta today."]
    assert met_states(head, body) == frozenset({"IND"})
