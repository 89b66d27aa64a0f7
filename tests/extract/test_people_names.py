"""Names and titles of people: forms of address, one-word names, plural titles, credits."""

from __future__ import annotations

import pytest

from summitry.extract.context import Context
from summitry.extract.entities import gazetteer_entities
from summitry.extract.people import people_in_text
from summitry.extract.sentences import split_sentences
from summitry.record import Document
from tests.extract.people_cases import extract, names, people


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


def test_a_statement_by_an_addressed_official_is_no_byline() -> None:
    text = (
        "Press Statement\nby His Excellency General Prayut Chan-o-cha (Ret.) Prime Minister of "
        "the Kingdom of Thailand\nat the Press Conference of the ACMECS Summit\n"
        "I am honoured to host the Summit."
    )
    assert people(text, None) == [("Prayut Chan-o-cha", "Prime Minister", "THA", "attendee")]


def test_an_addressed_name_holds_the_title_after_it_without_a_comma() -> None:
    text = "The Meeting was attended by H.E. Mr. Kao Kim Hourn Secretary-General of ASEAN."
    assert people(text, None) == [
        ("Kao Kim Hourn", "Secretary-General of ASEAN", "ASEAN", "attendee")
    ]


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


def test_a_form_of_address_ends_a_body_the_kb_does_not_know() -> None:
    text = (
        "The Chairman of the China National Tourism Administration (CNTA) Mr Shao Qiwei, who "
        "chaired today's meeting, told reporters that the meeting was a success."
    )
    assert people(text, None) == [("Shao Qiwei", "Chairman", "CHN", "chair")]


def test_longer_malaysian_honorifics_are_no_part_of_the_name() -> None:
    text = (
        "Malaysian Foreign Minister Datuk Seri Utama Haji Mohamad Haji Hasan and Sarawak's "
        "Premier Datuk Patinggi Abang Johari Openg attended the meeting in Kuching."
    )
    assert names(text) == ["Mohamad Haji Hasan", "Abang Johari Openg"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Foreign Minister Dr. A K Abdul Momen received his counterpart in Dhaka.",
            "A K Abdul Momen",
        ),
        (
            "Dr. A K Abdul Momen, Foreign Minister of Bangladesh, received the delegation.",
            "A K Abdul Momen",
        ),
        (
            "A Korean delegation led by Minister Park Jin attended the meeting.",
            "Park Jin",
        ),
    ],
)
def test_initials_without_dots_open_a_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Samdech Moha Bovor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, "
            "attended the summit.",
            "Hun Manet",
        ),
        (
            "Prime Minister Samdech Moha Bovor Thipadei Hun Manet attended the summit.",
            "Hun Manet",
        ),
        (
            "Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen attended the summit.",
            "Hun Sen",
        ),
        ("Samdech Thipadei Hun Manet, Prime Minister of Cambodia, attended.", "Hun Manet"),
    ],
)
def test_a_chain_of_cambodian_honorifics_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sheikh Hasina, Prime Minister of Bangladesh, attended the summit.", "Sheikh Hasina"),
        ("Prime Minister Sheikh Hasina attended the summit.", "Sheikh Hasina"),
        (
            "President Sheikh Mohamed bin Zayed Al Nahyan attended the summit.",
            "Mohamed bin Zayed Al Nahyan",
        ),
    ],
)
def test_a_form_of_address_before_one_word_is_the_name_s_first(text: str, name: str) -> None:
    assert names(text) == [name]


def test_letters_after_a_name_are_no_part_of_it() -> None:
    text = (
        "The Hon Richard Marles MP, Deputy Prime Minister and Minister for Defence, attended "
        "the meeting."
    )
    assert names(text) == ["Richard Marles"]


@pytest.mark.parametrize(
    "text",
    [
        "Vice President Madam Vo Thi Anh Xuan attended the summit.",
        "Madam Vo Thi Anh Xuan, Vice President of Viet Nam, attended the summit.",
    ],
)
def test_madam_is_a_form_of_address(text: str) -> None:
    assert names(text) == ["Vo Thi Anh Xuan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Yang Berhormat Dato Erywan Pehin Yusof, Minister of Foreign Affairs II of Brunei "
            "Darussalam, attended the meeting.",
            "Erywan Pehin Yusof",
        ),
        (
            "Yang Amat Berhormat Dato' Seri Anwar Ibrahim, Prime Minister of Malaysia, attended "
            "the meeting.",
            "Anwar Ibrahim",
        ),
        ("H.E. Sheikh Hasina, Prime Minister of Bangladesh, attended the summit.", "Sheikh Hasina"),
    ],
)
def test_a_long_chain_of_forms_before_an_apposed_name(text: str, name: str) -> None:
    assert names(text) == [name]
