"""People of a page: title + name, appositions, shared countries, short mentions, roles.

Every fixture is a sentence or two in the style of a ministry press release; the expected
people are what an analyst would write in the record for it (shared/spec/record.md).
"""

from __future__ import annotations

import pytest

from summitry.extract.context import Context
from summitry.extract.entities import gazetteer_entities
from summitry.extract.people import people_in_text
from summitry.extract.pipeline import extract_record
from summitry.extract.sentences import split_sentences
from summitry.record import Document, Record

PersonRow = tuple[str, str | None, str | None, str]


def extract(text: str, publisher_country: str | None = "KOR") -> Record:
    doc = Document(text=text, published="2024-11-15", publisher_country=publisher_country)
    return extract_record("page.txt", doc)


def people(text: str, publisher_country: str | None = "KOR") -> list[PersonRow]:
    """(name, title, country, role) of every person, in order of first mention."""
    return [(p.name, p.title, p.country, p.role) for p in extract(text, publisher_country).people]


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


# -- title + name ------------------------------------------------------------------------


def test_title_before_name_of_the_publishers_minister() -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul attended the 31st ASEAN Regional Forum (ARF) "
        "in Vientiane, Lao PDR, on July 27."
    )
    assert people(text) == [("Cho Tae-yul", "Minister of Foreign Affairs", "KOR", "attendee")]


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


# -- shared countries and appositions ----------------------------------------------------


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


# -- later mentions ----------------------------------------------------------------------


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


# -- roles -------------------------------------------------------------------------------


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


# -- roles from the person's own sentence ------------------------------------------------


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract(text).people}


def test_a_list_of_delegates_before_one_verb_all_attend() -> None:
    text = (
        "Delegations from Africa, including Aissata Tall Sall, the Foreign Minister of Senegal, "
        "and Nancy Tembo, the Foreign Minister of Malawi, attended the forum."
    )
    assert people(text) == [
        ("Aissata Tall Sall", "Foreign Minister", "SEN", "attendee"),
        ("Nancy Tembo", "Foreign Minister", "MWI", "attendee"),
    ]


def test_capacity_as_co_chair_at_the_end_of_a_long_sentence() -> None:
    text = (
        "Minister of Foreign Affairs Kang Kyung-wha attended the 22nd ASEAN-ROK Ministerial "
        "Meeting held in Bangkok, the Kingdom of Thailand, on August 1 in her capacity as "
        "co-chair."
    )
    assert roles(text) == {"Kang Kyung-wha": "co_chair"}


def test_presiding_together_makes_co_chairs() -> None:
    text = (
        "Foreign Minister Yun Byung-se, together with Foreign Minister Prak Sokhonn of "
        "Cambodia, presided over the Mekong-ROK Foreign Ministers' Meeting."
    )
    assert roles(text) == {"Yun Byung-se": "co_chair", "Prak Sokhonn": "co_chair"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU was represented by Minister Miroslav Lajčák on behalf of the EU High "
            "Representative Federica Mogherini at the ASEAN-EU Ministerial Meeting.",
            {"Miroslav Lajčák": "attendee", "Federica Mogherini": "mentioned"},
        ),
        (
            "Minister Kang Kyung-wha thanked ASEAN for supporting the three principles presented "
            "by President Moon Jae-in at the Commemorative Summit in 2019.",
            {"Kang Kyung-wha": "attendee", "Moon Jae-in": "mentioned"},
        ),
        ("Spokesperson Ned Price said the Summit was a success.", {"Ned Price": "mentioned"}),
        (
            "Meanwhile, President Xi Jinping will not attend the 43rd ASEAN Summit.",
            {"Xi Jinping": "mentioned"},
        ),
        (
            "The leaders paid tribute to the late Prime Minister Shinzo Abe at the Summit.",
            {"Shinzo Abe": "mentioned"},
        ),
    ],
)
def test_people_only_referred_to(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Anthony Albanese welcomed the outcomes of the East Asia Summit.",
            {"Anthony Albanese": "attendee"},
        ),
        (
            "The Meeting was held with the attendance of H.E. Airlangga Hartarto, Coordinating "
            "Minister for Economic Affairs of Indonesia.",
            {"Airlangga Hartarto": "attendee"},
        ),
        (
            "The 2023 APEC Leaders' summit is being chaired by President Hon. Joe Biden, and "
            "addresses trade.",
            {"Joe Biden": "chair"},
        ),
    ],
)
def test_people_who_took_part(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


# -- whom a person serves ----------------------------------------------------------------


def test_a_bracketed_country_before_the_title() -> None:
    text = (
        "Heads of delegations: (Indonesia) Foreign Minister Retno Marsudi and (Mexico) Foreign "
        "Secretary Luis Videgaray attended the Meeting."
    )
    assert people(text) == [
        ("Retno Marsudi", "Foreign Minister", "IDN", "attendee"),
        ("Luis Videgaray", "Foreign Secretary", "MEX", "attendee"),
    ]


SOM_LEADER = "SOM Leader of the Ministry of Foreign Affairs of the Republic of the Philippines"


def test_the_country_after_a_ministry_in_an_apposition() -> None:
    text = (
        "The Consultation was co-chaired by Ms. Junever M. Mahilum-West, SOM Leader of the "
        "Ministry of Foreign Affairs of the Republic of the Philippines, and Mr. Chen Xiaodong, "
        "Assistant Minister of Foreign Affairs of China."
    )
    assert people(text) == [
        ("Junever M. Mahilum-West", SOM_LEADER, "PHL", "co_chair"),
        ("Chen Xiaodong", "Assistant Minister of Foreign Affairs", "CHN", "co_chair"),
    ]


def test_the_country_right_after_the_title() -> None:
    text = (
        "The Meeting was attended by H.E. Airlangga Hartarto, Coordinating Minister for "
        "Economic Affairs, Republic of Indonesia."
    )
    assert people(text, None) == [
        ("Airlangga Hartarto", "Coordinating Minister for Economic Affairs", "IDN", "attendee")
    ]


def test_two_offices_joined_by_and_are_one_title() -> None:
    text = (
        "Vietnamese Deputy Prime Minister and Foreign Minister Pham Binh Minh attended the 26th "
        "ASEAN Regional Forum in Bangkok."
    )
    assert people(text) == [
        ("Pham Binh Minh", "Deputy Prime Minister and Foreign Minister", "VNM", "attendee")
    ]


def test_the_country_of_the_delegation_a_person_leads() -> None:
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs Saleumxay Kommasith led a "
        "delegation of Lao officials to the ASEAN Ministers' Meeting."
    )
    assert people(text, None)[0][2] == "LAO"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Foreign Minister Kasit Piromya attended the ASEAN Plus Three Foreign Ministers "
            "Meeting in Hanoi. Thailand's proposal on education was welcomed.",
            "THA",
        ),
        (  # one word of Viet Nam, as the place of the meeting, says nothing of the minister
            "Foreign Minister Kasit Piromya attended the ASEAN Plus Three Foreign Ministers "
            "Meeting in Hanoi, Viet Nam.",
            None,
        ),
    ],
)
def test_without_a_publisher_the_country_the_page_names_most(text: str, country) -> None:
    assert people(text, None)[0][2] == country


# -- forms of address, ranks and names named twice ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Honourable Chrystia Freeland, Minister of Foreign Affairs, today concluded her "
            "participation in the ASEAN Regional Forum.",
            "Chrystia Freeland",
        ),
        (
            "Earlier at the Summit, His Excellency Nguyễn Xuân Phúc, the Prime Minister of the "
            "Socialist Republic of Viet Nam, welcomed the leaders.",
            "Nguyễn Xuân Phúc",
        ),
        (
            "The Minister of Foreign Affairs, Dato’ Sri Anifah Aman attended the 18th ASEAN Plus "
            "Three Foreign Ministers’ Meeting.",
            "Anifah Aman",
        ),
    ],
)
def test_forms_of_address_before_an_apposition_or_after_a_comma(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_family_name_named_again_is_the_same_person() -> None:
    text = (
        "Assistant Secretary Ma. Hellen Barber-De La Vega, the Acting Philippine SOM Leader for "
        "ASEAN, chaired the ASEAN SOM in Manila. Assistant Secretary Barber-De La Vega also "
        "briefed the Meeting."
    )
    assert people(text) == [
        ("Ma. Hellen Barber-De La Vega", "Assistant Secretary", "PHL", "chair"),
    ]


def test_a_venue_named_for_a_person_is_no_person() -> None:
    text = "The session was held at the Queen Sirikit National Convention Centre on Friday."
    assert names(text) == []


def test_the_body_a_title_names_is_not_its_portfolio() -> None:
    text = (
        "Delegations from Africa, including Monique Nsanzabaganwa, the Deputy Chairperson of the "
        "African Union Commission (AUC), attended the forum."
    )
    assert people(text) == [
        ("Monique Nsanzabaganwa", "Deputy Chairperson", "African Union Commission", "attendee")
    ]


# -- one-word names, nicknames, longer titles ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking at the opening session, Cambodia's Prime Minister Hunsen said ASEAN has "
            "become an influential player.",
            ("Hunsen", "Prime Minister", "KHM", "attendee"),
        ),
        (
            "The Prime Minister also had a meeting with Queen Maxima of the Netherlands.",
            ("Maxima", "Queen", "NLD", "attendee"),
        ),
    ],
)
def test_one_word_after_a_title_names_a_person_no_full_name_holds(text: str, expected) -> None:
    assert people(text, None) == [expected]


def test_a_nickname_in_quotes_is_left_out_of_the_name() -> None:
    text = "The message was emphasized by President Joko “Jokowi” Widodo at the Summit."
    assert names(text) == ["Joko Widodo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Minister for Political Affairs of the Ministry of Foreign Affairs Choi "
            "Yongsam attended the ARF Senior Officials' Meeting.",
            (
                "Choi Yongsam",
                "Deputy Minister for Political Affairs of the Ministry of Foreign Affairs",
                "KOR",
            ),
        ),
        (
            "Director General of ASEAN Cooperation at the Indonesian Ministry of Foreign "
            "Affairs, Sidharto Reza Suryodipuro stated that the Meeting discussed institutions.",
            (
                "Sidharto Reza Suryodipuro",
                "Director General of ASEAN Cooperation at the Indonesian Ministry of Foreign "
                "Affairs",
                "IDN",
            ),
        ),
        (
            "Minister of Small Business, Export Promotion and International Trade Mary Ng "
            "attended the Meeting.",
            (
                "Mary Ng",
                "Minister of Small Business, Export Promotion and International Trade",
                "KOR",
            ),
        ),
    ],
)
def test_titles_with_a_ministry_or_a_long_portfolio(text: str, expected: tuple) -> None:
    assert people(text)[0][:3] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the APEC Meeting, China's Senior Official to the APEC Process, Wang Xiaolong, "
            "said China is an active participant.",
            ("Wang Xiaolong", "Senior Official to the APEC Process", "CHN", "attendee"),
        ),
        (
            "The Director-General of the World Trade Organization (WTO), Ngozi Okonjo-Iweala, "
            "will share her views at the Meeting.",
            ("Ngozi Okonjo-Iweala", "Director-General", "WTO", "attendee"),
        ),
        (
            "Regarding the absence of the President of the United States (US) Joe Biden, "
            "Indonesia did not question it at the Summit.",
            ("Joe Biden", "President", "USA", "mentioned"),
        ),
        (
            "The Meeting was attended by Deputy Minister of Finance and Economy (Economy) Dato "
            "Seri Paduka Haji Khairuddin bin Haji Abdul Hamid.",
            (
                "Khairuddin bin Haji Abdul Hamid",
                "Deputy Minister of Finance and Economy (Economy)",
                "KOR",
                "attendee",
            ),
        ),
    ],
)
def test_offices_with_a_body_an_acronym_or_a_bracketed_portfolio(text: str, expected) -> None:
    assert people(text) == [expected]


def test_each_name_of_a_list_of_appositions_keeps_its_own_title() -> None:
    text = (
        "Delegations including Monique Nsanzabaganwa, the Deputy Chairperson of the African "
        "Union Commission (AUC), Aissata Tall Sall, the Foreign Minister of Senegal, attended "
        "the forum."
    )
    assert people(text) == [
        ("Monique Nsanzabaganwa", "Deputy Chairperson", "African Union Commission", "attendee"),
        ("Aissata Tall Sall", "Foreign Minister", "SEN", "attendee"),
    ]


# -- several people under one plural title ------------------------------------------------


def test_a_list_after_a_plural_title_gives_each_their_own_country() -> None:
    text = (
        "Foreign Ministers Wang Yi of China, Retno Marsudi of Indonesia and Penny Wong of "
        "Australia attended the East Asia Summit Foreign Ministers' Meeting."
    )
    assert people(text) == [
        ("Wang Yi", "Foreign Minister", "CHN", "attendee"),
        ("Retno Marsudi", "Foreign Minister", "IDN", "attendee"),
        ("Penny Wong", "Foreign Minister", "AUS", "attendee"),
    ]


def test_a_plural_title_with_a_portfolio_shared_by_co_chairs() -> None:
    text = (
        "Deputy Ministers for Economic Affairs Lee Seong-ho of Korea and Mori Takeo of Japan "
        "co-chaired the Meeting."
    )
    assert people(text) == [
        ("Lee Seong-ho", "Deputy Minister for Economic Affairs", "KOR", "co_chair"),
        ("Mori Takeo", "Deputy Minister for Economic Affairs", "JPN", "co_chair"),
    ]


def test_a_plural_title_before_no_names_gives_no_people() -> None:
    assert names("The Meeting was attended by Foreign Ministers of ASEAN Member States.") == []


def test_a_counterpart_is_named_with_the_demonym_before_it() -> None:
    text = (
        "On the sidelines of the ASEAN Regional Forum, Minister Park Jin held talks with his "
        "Chinese counterpart Wang Yi."
    )
    assert people(text) == [
        ("Park Jin", "Minister", "KOR", "attendee"),
        ("Wang Yi", "Counterpart", "CHN", "attendee"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Plenary was chaired by Mr. Thani Thongphakdi, Permanent Secretary for Foreign "
            "Affairs and APEC 2022 SOM Chair, at the Meeting.",
            ("Thani Thongphakdi", "Permanent Secretary for Foreign Affairs", "KOR", "chair"),
        ),
        (
            "Also present during the meeting were H.E. Mr. Ahmed M. Saeed, Vice-President for "
            "East Asia, Southeast Asia and the Pacific, Asian Development Bank, and others.",
            (
                "Ahmed M. Saeed",
                "Vice-President for East Asia, Southeast Asia and the Pacific",
                "ADB",
                "attendee",
            ),
        ),
    ],
)
def test_where_a_title_in_apposition_ends(text: str, expected: tuple) -> None:
    assert people(text) == [expected]


def test_a_nickname_later_alone_is_the_same_person() -> None:
    text = (
        "The message was emphasized by President Joko “Jokowi” Widodo at the Summit. President "
        "Jokowi has repeatedly urged ASEAN to be responsive."
    )
    assert names(text) == ["Joko Widodo"]


def test_the_end_of_a_longer_name_after_a_quote_is_no_person() -> None:
    text = (
        "His Majesty Sultan Haji Omar ‘Ali Saifuddien Sa’adul Khairi Waddien, Sultan of Brunei "
        "Darussalam, joined the Summit."
    )
    assert names(text) == []


# -- bylines and photo credits ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Foreign Affairs Cho Tae-yul attended the ARF in Vientiane. (Photo: Deputy "
        "Director Kim Min-ji)",
        "By Deputy Director Kim Min-ji\nMinister of Foreign Affairs Cho Tae-yul attended the ARF "
        "in Vientiane.",
    ],
)
def test_a_byline_or_photo_credit_names_no_person_of_the_record(text: str) -> None:
    assert names(text) == ["Cho Tae-yul"]


def test_by_opening_a_sentence_is_no_byline() -> None:
    text = "By invitation of Prime Minister Anwar Ibrahim, the leaders attended the ASEAN Summit."
    assert names(text) == ["Anwar Ibrahim"]


def test_external_affairs_minister_is_one_title() -> None:
    text = (
        "India's External Affairs Minister Dr. S. Jaishankar co-chaired the ASEAN-India Foreign "
        "Ministers' Meeting."
    )
    assert people(text, None) == [("S. Jaishankar", "External Affairs Minister", "IND", "co_chair")]


def test_a_rank_before_a_family_name_alone_names_the_person() -> None:
    text = (
        "Prime Minister Prayut Chan-o-cha attended the G20 Summit in Hangzhou. Gen Prayut "
        "thanked the Chinese government for inviting Thailand."
    )
    record = extract(text, "THA")
    assert [(p.name, p.role) for p in record.people] == [("Prayut Chan-o-cha", "attendee")]
    assert ("Prayut Chan-o-cha", "support") in {(s.speaker, s.act) for s in record.statements}


def test_the_country_of_a_counterpart_does_not_count_towards_the_home_country() -> None:
    text = (
        "Foreign Minister Wang Yi met with Indonesian Foreign Minister Retno Marsudi in Beijing. "
        "Indonesia and China agreed to deepen cooperation, and China will host the next round."
    )
    assert people(text, None) == [
        ("Wang Yi", "Foreign Minister", "CHN", "attendee"),
        ("Retno Marsudi", "Foreign Minister", "IDN", "attendee"),
    ]


def test_a_family_name_alone_in_the_possessive_is_a_mention() -> None:
    text = (
        "Foreign Minister Retno Marsudi chaired the ASEAN Foreign Ministers' Meeting. "
        "Marsudi's proposal on Myanmar was welcomed."
    )
    ctx = Context(path="page.txt", document=Document(text=text, publisher_country="IDN"))
    split_sentences(ctx)
    gazetteer_entities(ctx)
    people_in_text(ctx)
    (person,) = ctx.people
    assert [text[s:e] for s, e in sorted(person.spans)] == ["Retno Marsudi", "Marsudi"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Cambodian Prime Minister Hun Sen, as the ASEAN Chair, delivered the opening remarks "
            "at the Summit.",
            "chair",
        ),
        (  # the apposition is Thailand's, not the minister's
            "Minister Park Jin thanked Thailand, as the ASEAN Chair, for hosting the Meeting.",
            "attendee",
        ),
    ],
)
def test_as_the_chair_in_the_persons_own_apposition(text: str, role: str) -> None:
    assert [p.role for p in extract(text).people] == [role]


def test_a_capitalised_word_of_a_title_is_no_one_word_name() -> None:
    assert names("The Minister Responsible for Trade of Peru attended the Meeting.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "H.E. Dato’ Sri Mustapa bin Mohamed, Minister in Prime Minister’s Department "
            "(Economy) Malaysia chaired the 27th IMT-GT Ministerial Meeting.",
            (
                "Mustapa bin Mohamed",
                "Minister in Prime Minister’s Department (Economy)",
                "MYS",
                "chair",
            ),
        ),
        (
            "Minister in the Prime Minister's Department Datuk Seri Azalina Othman Said "
            "attended the ASEAN Law Ministers Meeting.",
            (
                "Azalina Othman Said",
                "Minister in the Prime Minister's Department",
                "MYS",
                "attendee",
            ),
        ),
    ],
)
def test_a_minister_in_the_prime_ministers_department(text: str, expected: tuple) -> None:
    assert people(text, "MYS") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator the Hon Penny Wong, Minister for Foreign Affairs, attended the East Asia "
            "Summit Foreign Ministers' Meeting.",
            ("Penny Wong", "Minister for Foreign Affairs"),
        ),
        (
            "Minister for Foreign Affairs Senator the Hon Penny Wong attended the East Asia "
            "Summit Foreign Ministers' Meeting.",
            ("Penny Wong", "Minister for Foreign Affairs"),
        ),
        (
            "Foreign Secretary the Rt Hon David Lammy MP attended the G20 Foreign Ministers' "
            "Meeting.",
            ("David Lammy", "Foreign Secretary"),
        ),
    ],
)
def test_parliamentary_forms_of_address(text: str, expected: tuple[str, str]) -> None:
    assert [(p[0], p[1]) for p in people(text, "AUS")] == [expected]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "First Vice Minister of Foreign Affairs Kim Kyou-hyun, together with the delegations "
            "from five Central Asian countries, held the Seventh Korea-Central Asia Cooperation "
            "Forum in Bishkek.",
            "co_chair",
        ),
        (
            "Foreign Minister Kang Kyung-wha held the 3rd Korea-Pacific Islands Foreign "
            "Ministers' Meeting with her counterparts.",
            "chair",
        ),
        (
            "Foreign Minister Kang Kyung-wha held talks with her counterparts at the Meeting.",
            "attendee",
        ),
    ],
)
def test_holding_a_named_meeting_is_chairing_it(text: str, role: str) -> None:
    assert [p.role for p in extract(text).people] == [role]


@pytest.mark.parametrize(
    ("quote", "role"),
    [
        ('"It is a great honour to have chaired this summit," she said.', "chair"),
        ('"As the Chair, I thank all leaders for their support," she said.', "chair"),
        ('"It is a great honour to attend this summit," she said.', "attendee"),
    ],
)
def test_the_chair_in_their_own_words(quote: str, role: str) -> None:
    text = (
        "Prime Minister Paetongtarn Shinawatra expressed her satisfaction with the Summit's "
        "outcome. " + quote
    )
    assert [p.role for p in extract(text).people] == [role]
