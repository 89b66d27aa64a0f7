"""People of a page: title + name, appositions, shared countries, short mentions, roles.

Every fixture is a sentence or two in the style of a ministry press release; the expected
people are what an analyst would write in the record for it (shared/spec/record.md).
More cases: test_people_roles, test_people_country, test_people_names.
"""

from __future__ import annotations

import pytest

from summitry.extract.pipeline import extract_record
from summitry.record import Document
from tests.extract.people_cases import extract, names, people


def test_title_before_name_of_the_publishers_minister() -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul attended the 31st ASEAN Regional Forum (ARF) "
        "in Vientiane, Lao PDR, on July 27."
    )
    assert people(text) == [("Cho Tae-yul", "Minister of Foreign Affairs", "KOR", "attendee")]


def test_a_papers_abbreviated_title_before_a_name_is_spelled_out() -> None:
    text = (
        "“We must act now,” said Malaysian PM Anwar Ibrahim at the 46th Asean Summit in Kuala "
        "Lumpur. The talks ended at 5 PM Monday."
    )
    assert people(text, None) == [("Anwar Ibrahim", "Prime Minister", "MYS", "attendee")]


def test_an_office_after_a_party_membership_in_apposition() -> None:
    text = (
        "Wang Yi, member of the Political Bureau of the CPC Central Committee and Foreign "
        "Minister, attended the China-ASEAN Foreign Ministers' Meeting in Vientiane."
    )
    assert people(text, "CHN") == [("Wang Yi", "Foreign Minister", "CHN", "attendee")]


def test_a_state_before_the_second_title_of_a_pair_is_that_persons_alone() -> None:
    text = (
        "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Yoko Kamikawa welcomed the "
        "progress in bilateral relations."
    )
    assert [(p[0], p[2]) for p in people(text)] == [
        ("Cho Tae-yul", "KOR"),
        ("Yoko Kamikawa", "JPN"),
    ]


def test_the_speaker_only_the_headline_names_is_a_person_and_the_i_of_the_body() -> None:
    doc = Document(
        title=(
            "Press Statement by His Excellency General Prayut Chan-o-cha (Ret.) Prime Minister "
            "of the Kingdom of Thailand at the Press Conference on Outcome Documents of the 8th "
            "ACMECS Summit"
        ),
        text="This morning, the 8th ACMECS Summit commenced with the Opening Ceremony in which I "
        "delivered an Opening Remarks.",
        published="2018-06-16",
        publisher_country=None,
    )
    record = extract_record("page.txt", doc)
    assert [(p.name, p.title, p.country, p.role, p.evidence) for p in record.people] == [
        ("Prayut Chan-o-cha", "Prime Minister", "THA", "attendee", None)
    ]
    assert [(s.speaker, s.act) for s in record.statements] == [("Prayut Chan-o-cha", "state")]


def test_a_headline_name_the_body_names_too_is_one_person() -> None:
    doc = Document(
        title="Foreign Minister Cho Tae-yul Meets Japanese Foreign Minister",
        text="Minister Cho Tae-yul met with Japanese Foreign Minister Takeshi Iwaya on March 22.",
        published="2025-03-23",
        publisher_country="KOR",
    )
    names = [p.name for p in extract_record("page.txt", doc).people]
    assert names == ["Cho Tae-yul", "Takeshi Iwaya"]


def test_comma_form_is_recorded_without_the_comma() -> None:
    text = (
        "Minister of Foreign Affairs Kang, Kyung-wha attended the ASEAN-ROK Foreign Ministers' "
        "Meeting via videoconference on September 9."
    )
    assert people(text) == [("Kang Kyung-wha", "Minister of Foreign Affairs", "KOR", "attendee")]


def test_two_ministers_of_the_publisher_both_attend() -> None:
    text = (
        "Minister for Trade Cheong Inkyo and Minister of Foreign Affairs Cho Tae-yul attended "
        "the APEC Ministerial Meeting in Lima, Peru, on November 14."
    )
    assert people(text) == [
        ("Cheong Inkyo", "Minister for Trade", "KOR", "attendee"),
        ("Cho Tae-yul", "Minister of Foreign Affairs", "KOR", "attendee"),
    ]


def test_honorific_is_skipped_and_organisation_served_is_the_country() -> None:
    text = "Secretary-General of ASEAN Dr. Kao Kim Hourn also attended the 44th ASEAN Summit."
    assert people(text) == [("Kao Kim Hourn", "Secretary-General of ASEAN", "ASEAN", "attendee")]


def test_demonym_before_the_title_gives_the_country() -> None:
    text = "Japanese Foreign Minister Kamikawa Yoko visited Bangkok on 12 January 2024."
    assert [row[:3] for row in people(text, "THA")] == [
        ("Kamikawa Yoko", "Foreign Minister", "JPN")
    ]


def test_possessive_is_not_part_of_the_name() -> None:
    text = "The Minister conveyed President Yoon Suk Yeol's greetings to the ASEAN leaders."
    assert people(text) == [("Yoon Suk Yeol", "President", "KOR", "mentioned")]


def test_organisation_before_the_title_gives_the_organisation() -> None:
    text = "ASEAN Secretary-General Kao Kim Hourn also attended the 44th ASEAN Summit."
    ((name, title, country, role),) = people(text)
    assert (name, country, role) == ("Kao Kim Hourn", "ASEAN", "attendee")
    assert title in ("Secretary-General", "ASEAN Secretary-General")  # either is "as stated"


def test_title_with_an_organisation_complement() -> None:
    text = "Secretary-General of the United Nations António Guterres also attended the Summit."
    assert [row[0] for row in people(text)] == ["António Guterres"]


def test_two_titled_names_share_the_trailing_country() -> None:
    text = (
        "The Meeting was co-chaired by Minister of Foreign Affairs Maris Sangiampongsa and "
        "Minister of Commerce Pichai Naripthaphan of Thailand."
    )
    assert people(text) == [
        ("Maris Sangiampongsa", "Minister of Foreign Affairs", "THA", "co_chair"),
        ("Pichai Naripthaphan", "Minister of Commerce", "THA", "co_chair"),
    ]


def test_apposition_with_a_possessive_country() -> None:
    text = "Penny Wong, Australia's Minister for Foreign Affairs, announced new support for ASEAN."
    assert people(text) == [("Penny Wong", "Minister for Foreign Affairs", "AUS", "mentioned")]


def test_apposition_with_of_country() -> None:
    text = (
        "Foreign Minister Cho Tae-yul held talks with Winston Peters, Minister of Foreign "
        "Affairs of New Zealand, on the margins of the Meeting."
    )
    found = people(text)
    assert [row[:3] for row in found] == [
        ("Cho Tae-yul", "Foreign Minister", "KOR"),
        ("Winston Peters", "Minister of Foreign Affairs", "NZL"),
    ]


def test_places_before_a_title_are_not_people() -> None:
    text = "On the Korean Peninsula, Minister Cho Tae-yul stressed the need for dialogue."
    assert names(text) == ["Cho Tae-yul"]


def test_short_mentions_do_not_make_new_people() -> None:
    text = (
        "Vice Minister of Foreign Affairs Kim Hong-kyun met Deputy Prime Minister Sok Chenda "
        "Sophea of Cambodia. Vice Minister Kim stressed that Korea values Cambodia's role."
    )
    assert [row[:3] for row in people(text)] == [
        ("Kim Hong-kyun", "Vice Minister of Foreign Affairs", "KOR"),
        ("Sok Chenda Sophea", "Deputy Prime Minister", "KHM"),
    ]


def test_role_comes_from_a_later_short_mention() -> None:
    text = (
        "Foreign Minister Park Jin arrived in Phnom Penh on August 3. The next day, Minister "
        "Park attended the 25th ASEAN Plus Three Foreign Ministers' Meeting."
    )
    assert people(text) == [("Park Jin", "Foreign Minister", "KOR", "attendee")]


def test_chair_by_active_verb() -> None:
    text = (
        "Minister of Foreign Affairs Saleumxay Kommasith of Lao PDR chaired the 57th ASEAN "
        "Foreign Ministers' Meeting in Vientiane on 25 July 2024."
    )
    assert people(text) == [("Saleumxay Kommasith", "Minister of Foreign Affairs", "LAO", "chair")]


def test_chair_by_passive_cue() -> None:
    text = (
        "The 27th ASEAN Plus Three Summit was chaired by Prime Minister Sonexay Siphandone of "
        "Lao PDR and was attended by President Yoon Suk Yeol."
    )
    assert people(text) == [
        ("Sonexay Siphandone", "Prime Minister", "LAO", "chair"),
        ("Yoon Suk Yeol", "President", "KOR", "attendee"),
    ]


def test_chair_in_his_capacity() -> None:
    text = (
        "Prime Minister Anwar Ibrahim of Malaysia, in his capacity as Chair of ASEAN, opened "
        "the 47th ASEAN Summit in Kuala Lumpur."
    )
    assert people(text)[0] == ("Anwar Ibrahim", "Prime Minister", "MYS", "chair")


def test_a_person_only_referred_to_is_mentioned() -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul attended the East Asia Summit Foreign "
        "Ministers' Meeting in Vientiane. He conveyed the condolences of the Korean people to "
        "Prime Minister Christopher Luxon of New Zealand."
    )
    assert people(text) == [
        ("Cho Tae-yul", "Minister of Foreign Affairs", "KOR", "attendee"),
        ("Christopher Luxon", "Prime Minister", "NZL", "mentioned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The Ministers adopted the Joint Statement.",
        "Hong Kong, China and Chinese Taipei joined the Meeting.",
        "The Minister of Foreign Affairs of Japan attended the Meeting.",
    ],
)
def test_no_named_person(text: str) -> None:
    assert extract(text).people == []


def test_evidence_covers_the_first_full_name() -> None:
    text = "Deputy Minister for Economic Affairs Lee Ji-ha proposed a new initiative."
    (person,) = extract(text).people
    assert person.title == "Deputy Minister for Economic Affairs"
    assert person.evidence is not None
    assert text[person.evidence[0] : person.evidence[1]] == "Lee Ji-ha"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Meeting was chaired by Peru's Minister of Foreign Trade and Tourism, "
            "Elizabeth Galdo.",
            ("Elizabeth Galdo", "Minister of Foreign Trade and Tourism", "PER", "chair"),
        ),
        (
            "The Secretary-General of ASEAN, Dr. Kao Kim Hourn, also attended the Summit.",
            ("Kao Kim Hourn", "Secretary-General of ASEAN", "ASEAN", "attendee"),
        ),
        (
            "The Summit was held under the chairmanship of H.E. Sonexay Siphandone, "
            "Prime Minister of the Lao People's Democratic Republic.",
            ("Sonexay Siphandone", "Prime Minister", "LAO", "chair"),
        ),
        (
            "The meeting was attended by H.E. Mr. Enrique A. Manalo, Secretary of Foreign "
            "Affairs of the Republic of the Philippines.",
            ("Enrique A. Manalo", "Secretary of Foreign Affairs", "PHL", "attendee"),
        ),
        (
            "Mr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, attended the Meeting.",
            ("KAMIKAWA Yoko", "Minister for Foreign Affairs", "JPN", "attendee"),
        ),
    ],
)
def test_title_and_name_in_apposition_either_way(text: str, expected: tuple) -> None:
    assert people(text) == [expected]


def test_a_country_after_the_comma_is_no_name() -> None:
    text = "The Minister of Foreign Affairs, Japan and Korea held talks on 3 May 2024."
    assert people(text) == []


def test_title_of_a_country_then_the_name() -> None:
    text = "Prime Minister of Australia, Anthony Albanese, announced new financing."
    assert people(text) == [("Anthony Albanese", "Prime Minister", "AUS", "mentioned")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prime Minister Shri Narendra Modi attended the Summit.", "Narendra Modi"),
        (
            "The Minister of Foreign Affairs of Malaysia, YB Dato' Seri Utama Haji Mohamad bin "
            "Haji Hasan, will visit Seoul.",
            "Mohamad bin Haji Hasan",
        ),
    ],
)
def test_forms_of_address_are_no_part_of_the_name(text: str, name: str) -> None:
    assert [row[0] for row in people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director-General for ASEAN and Southeast Asian Affairs Kim Ki-joo attended.",
            ("Kim Ki-joo", "Director-General for ASEAN and Southeast Asian Affairs"),
        ),
        (
            "The meeting was attended by Japan's Parliamentary Vice-Minister for Foreign "
            "Affairs Hiroshi Suzuki.",
            ("Hiroshi Suzuki", "Parliamentary Vice-Minister for Foreign Affairs"),
        ),
        (
            "Deputy Secretary-General of ASEAN for ASEAN Economic Community Satvinder Singh "
            "delivered remarks.",
            ("Satvinder Singh", "Deputy Secretary-General of ASEAN for ASEAN Economic Community"),
        ),
    ],
)
def test_longer_titles_of_office(text: str, expected: tuple[str, str]) -> None:
    assert [row[:2] for row in people(text)] == [expected]


def test_the_one_a_meeting_is_co_chaired_with_co_chairs() -> None:
    text = (
        "Thai Prime Minister Srettha Thavisin co-chaired the meeting with Lao Prime Minister "
        "Sonexay Siphandone."
    )
    assert [(row[0], row[3]) for row in people(text)] == [
        ("Srettha Thavisin", "co_chair"),
        ("Sonexay Siphandone", "co_chair"),
    ]


def test_a_long_office_of_a_ministry_of_a_country_before_the_name() -> None:
    text = (
        "The Dialogue was co-chaired by Deputy Minister for Political Affairs of the Ministry "
        "of Foreign Affairs of the Republic of Korea, Chung Byung-won."
    )
    office = (
        "Deputy Minister for Political Affairs of the Ministry of Foreign Affairs of the "
        "Republic of Korea"
    )  # the office as stated, the ministry and its country included
    assert people(text) == [("Chung Byung-won", office, "KOR", "co_chair")]


@pytest.mark.parametrize(
    "title",
    [
        "Chief Cabinet Secretary",
        "Senior Vice-Minister for Foreign Affairs",
        "Special Presidential Envoy",
    ],
)
def test_titles_of_office_whole(title: str) -> None:
    text = f"{title} Tanaka Hiroshi attended the ASEAN Regional Forum in Vientiane on July 27."
    assert people(text, "JPN") == [("Tanaka Hiroshi", title, "JPN", "attendee")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("General Secretary To Lam attended the ASEAN Summit in Vientiane.", "To Lam"),
        (
            "The North Korean delegation was headed by An Kwang Il, Ambassador to Indonesia and "
            "ASEAN.",
            "An Kwang Il",
        ),
    ],
)
def test_a_family_name_written_as_a_function_word_opens_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_whom_a_delegation_headed_by_a_person_serves_is_that_persons_country() -> None:
    text = "The Vietnamese delegation was led by Deputy Minister Do Hung Viet."
    assert [(p[0], p[2]) for p in people(text)] == [("Do Hung Viet", "VNM")]


def test_the_headlines_speaker_who_hosts_in_the_first_person_chairs() -> None:
    doc = Document(
        title="Press Statement by General Prayut Chan-o-cha, Prime Minister of Thailand",
        text="On behalf of the Royal Thai Government, I am honoured to host the 8th ACMECS "
        "Summit and related events.",
        published="2018-06-16",
        publisher_country=None,
    )
    record = extract_record("page.txt", doc)
    assert [(p.name, p.role) for p in record.people] == [("Prayut Chan-o-cha", "chair")]


def test_with_no_home_government_the_second_of_a_pair_serves_the_firsts_state() -> None:
    text = (
        "The 2021 APEC Ministerial Meeting is co-chaired by New Zealand Minister of Foreign "
        "Affairs Nanaia Mahuta and Minister for Trade and Export Growth Damien O’Connor."
    )
    assert [(p[0], p[2]) for p in people(text, None)] == [
        ("Nanaia Mahuta", "NZL"),
        ("Damien O’Connor", "NZL"),
    ]


def test_the_acronym_of_a_title_between_it_and_the_name() -> None:
    text = (
        "Minister of State for External Affairs (MOS) of India Shri V. Muraleedharan attended "
        "the 10th East Asia Summit Foreign Ministers' Meeting on 9 September 2020."
    )
    assert people(text, "IND") == [
        ("V. Muraleedharan", "Minister of State for External Affairs", "IND", "attendee")
    ]
