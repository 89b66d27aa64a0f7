"""Statements: who stressed, proposed, urged, agreed or committed to what, one per act.

Each expected (speaker, act) pair is what an analyst would write for the passage; the text of
each statement must be a clause of the passage that holds its verb.
"""

from __future__ import annotations

import pytest

from summitry.extract.pipeline import extract_record
from summitry.extract.sentences import sentences_of
from summitry.record import Document, Statement

OPENING = (
    "Minister of Foreign Affairs Cho Tae-yul attended the 57th ASEAN Foreign Ministers' Meeting "
    "in Vientiane on July 26. "
)


def extract(text: str, publisher_country: str = "KOR") -> list[Statement]:
    doc = Document(text=text, published="2024-07-27", publisher_country=publisher_country)
    return extract_record("page.txt", doc).statements


def acts(text: str, publisher_country: str = "KOR") -> list[tuple[str, str]]:
    """(speaker, act) of every statement, in order."""
    return [(s.speaker, s.act) for s in extract(text, publisher_country)]


def assert_texts_hold(text: str, verbs: list[str]) -> None:
    """Statement i's text is a clause of the passage and holds verbs[i]."""
    found = extract(text)
    assert len(found) == len(verbs)
    for statement, verb in zip(found, verbs, strict=True):
        assert statement.text in text
        assert verb in statement.text


# -- speakers: name, title, pronoun -------------------------------------------------------


def test_pronoun_and_title_resolve_to_the_named_minister() -> None:
    text = OPENING + (
        "Minister Cho stressed the importance of a rules-based order at sea. He also called for "
        "closer maritime cooperation. The Foreign Minister urged North Korea to return to "
        "dialogue."
    )
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "request"),
        ("Cho Tae-yul", "urge"),
    ]
    assert_texts_hold(text, ["stressed", "called for", "urged"])


def test_pronoun_after_a_sentence_without_an_act() -> None:
    text = OPENING + "He stressed the importance of a rules-based order at sea."
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_short_name_mention_resolves_to_the_full_name() -> None:
    text = OPENING + "Minister Cho proposed a new youth exchange programme with ASEAN."
    assert acts(text) == [("Cho Tae-yul", "propose")]


def test_a_name_written_apart_resolves_to_the_person_written_as_one_word() -> None:
    text = (
        "Speaking at the opening session on Monday, Cambodia’s Prime Minister Hunsen said ASEAN "
        "has become an influential player in Asia. Hun Sen said that maintaining regional peace "
        "is indispensable for development."
    )
    assert acts(text, "KHM") == [("Hunsen", "state"), ("Hunsen", "state")]


def test_people_listed_with_their_titles_as_one_subject_each_act() -> None:
    text = (
        "President Yoon Suk Yeol, Chinese Premier Li Qiang and Japanese Prime Minister Fumio "
        "Kishida agreed to resume their trilateral summit on a regular basis."
    )
    assert acts(text) == [
        ("Yoon Suk Yeol", "agree"),
        ("Li Qiang", "agree"),
        ("Fumio Kishida", "agree"),
    ]


def test_a_comma_alone_does_not_join_a_name_to_the_subject() -> None:
    text = (
        "On the instructions of President Yoon Suk Yeol, Foreign Minister Cho Tae-yul stressed "
        "the importance of the partnership."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_a_longer_or_lower_case_title_resolves_to_the_person() -> None:
    text = (
        "Deputy Prime Minister and Minister of Economy and Finance Hong Nam-ki attended the OECD "
        "Ministerial Council Meeting on October 29. The Deputy Prime Minister brought renewed "
        "attention to the vulnerable. Later the minister reaffirmed Korea's support for the WTO."
    )
    assert acts(text) == [("Hong Nam-ki", "state"), ("Hong Nam-ki", "support")]


def test_a_relative_clause_after_the_subject_is_skipped() -> None:
    text = OPENING + (
        "Minister Cho, who chaired the ASEAN Regional Forum session, told reporters that the "
        "talks were productive."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_a_sentence_after_a_lost_space() -> None:
    text = OPENING + "He hoped the talks would go well.He urged the participants to act."
    assert acts(text) == [("Cho Tae-yul", "state"), ("Cho Tae-yul", "urge")]


def test_a_sentence_after_a_lost_space_before_a_possessive() -> None:
    text = "in line with the work plans.Thailand’s priorities include security."
    assert [s.text for s in sentences_of(text)] == [
        "in line with the work plans",
        "Thailand’s priorities include security.",
    ]


def test_apposition_speaker() -> None:
    text = "Penny Wong, Australia's Minister for Foreign Affairs, welcomed the new partnership."
    assert acts(text, "AUS") == [("Penny Wong", "support")]


# -- one statement per act ----------------------------------------------------------------


def test_coordinated_verbs_are_two_statements() -> None:
    text = OPENING + (
        "Minister Cho stressed the need for resilient supply chains and called for support for "
        "the Korea-ASEAN Solidarity Initiative."
    )
    assert acts(text) == [("Cho Tae-yul", "state"), ("Cho Tae-yul", "request")]
    assert_texts_hold(text, ["stressed", "called for"])


def test_verbs_inside_a_that_clause_are_not_counted() -> None:
    text = OPENING + "Minister Cho noted that ASEAN had agreed to strengthen its centrality."
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_verb_coordinated_with_the_main_verb_after_a_that_clause_counts() -> None:
    text = OPENING + (
        "Minister Cho noted that trade with ASEAN had grown, and stressed the need to diversify "
        "supply chains."
    )
    assert acts(text) == [("Cho Tae-yul", "state"), ("Cho Tae-yul", "state")]
    assert_texts_hold(text, ["noted", "stressed"])


def test_that_clause_with_a_modal_is_one_statement() -> None:
    text = OPENING + "Minister Cho emphasized that the region should urge restraint on all sides."
    assert acts(text) == [("Cho Tae-yul", "state")]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Minister Cho expressed deep concern over the recent missile launches by North Korea.",
            "criticize",
        ),
        ("Minister Cho condemned the attack on civilians.", "criticize"),
        ("Minister Cho thanked Lao PDR for its chairmanship.", "support"),
        ("Minister Cho expressed appreciation for the work of the ASEAN Secretariat.", "support"),
        ("Minister Cho requested ASEAN's support for Korea's bid.", "request"),
        ("Minister Cho pledged to double Korea's contribution to the Fund.", "commit"),
        ("Minister Cho suggested a joint study on digital trade.", "propose"),
        ("Minister Cho reaffirmed Korea's support for ASEAN centrality.", "support"),
        ("Minister Cho addressed the importance of the multilateral trade system.", "state"),
        ("Minister Cho offered a vision of an inclusive recovery.", "propose"),
        ("Minister Cho announced Korea's priorities for its year as chair.", "propose"),
        ("Minister Cho announced $2 million for the Fund.", "commit"),
        ("Minister Cho sought to deepen Korea's ties with ASEAN.", "commit"),
        ("Minister Cho was pleased that trade with ASEAN had grown.", "support"),
        ("Minister Cho particularly prioritised issues of maritime security.", "state"),
    ],
)
def test_act_classes(sentence: str, act: str) -> None:
    assert acts(OPENING + sentence) == [("Cho Tae-yul", act)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministers discussed regional and international issues.",
        "They exchanged views on the situation in Myanmar.",
        "The Meeting was held at the National Convention Centre.",
        "The summit drew 20 leaders, including 7 invited countries, and the UN Secretary-General.",
        "The ministers are expected to discuss six priority areas.",
        "Chile is paying attention to diversity while focusing on shared principles.",
        "Four countries invited to the Forum sent observers.",
        "The Prime Minister addressed various issues of the region.",
        "They shared views on regional situations.",
        "Since then, donations of US$2 million have been pledged to the Fund.",
    ],
)
def test_discussion_and_exchange_of_views_are_not_statements(sentence: str) -> None:
    assert acts(OPENING + sentence) == []


# -- groups and governments ----------------------------------------------------------------


def test_the_two_sides_agreed_is_one_statement_per_side() -> None:
    text = (
        "Korea and Thailand held bilateral consultations in Bangkok on March 5. The two sides "
        "agreed to expand cooperation in the digital economy."
    )
    assert sorted(acts(text)) == [("KOR", "agree"), ("THA", "agree")]


def test_endorsed_by_three_countries_is_three_statements() -> None:
    text = OPENING + "The proposal was endorsed by Japan, Australia and New Zealand."
    assert acts(text) == [("JPN", "support"), ("AUS", "support"), ("NZL", "support")]


def test_member_economies_act_as_the_forum() -> None:
    text = (
        "The 35th APEC Ministerial Meeting was held in Lima on November 14. The member economies "
        "agreed to advance the FTAAP agenda."
    )
    assert acts(text) == [("APEC", "agree")]


def test_the_asean_side_acts_as_asean() -> None:
    text = (
        "The 25th ASEAN-ROK Foreign Ministers' Meeting was held in Jakarta on July 12. The ASEAN "
        "side stressed the value of Korea's partnership."
    )
    assert acts(text) == [("ASEAN", "state")]


def test_present_tense_right_after_its_subject() -> None:
    text = (
        "Foreign Minister Winston Peters attended the East Asia Summit Foreign Ministers' Meeting "
        "in Kuala Lumpur on July 11. New Zealand's ties with ASEAN matter more than ever, "
        "Foreign Minister Winston Peters says. The report supports the plan."
    )
    assert acts(text, "NZL") == [("Winston Peters", "state")]


def test_a_base_form_after_a_singular_name_is_a_noun() -> None:
    text = OPENING + (
        "He pledged continued U.S. support for the Mekong subregion and reaffirmed U.S. "
        "commitment to the denuclearization of the Korean Peninsula."
    )
    assert acts(text) == [("Cho Tae-yul", "commit"), ("Cho Tae-yul", "state")]


def test_speech_reported_before_a_closing_attribution_is_one_statement() -> None:
    text = OPENING + (
        "Korea is ready to serve as a bridge between ASEAN and its partners, Minister Cho said."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_an_opening_participle_is_an_act_of_the_main_subject() -> None:
    text = OPENING + (
        "Expressing deep concern about the coup in Myanmar, Minister Cho urged ASEAN to act."
    )
    assert acts(text) == [("Cho Tae-yul", "criticize"), ("Cho Tae-yul", "urge")]


def test_a_meeting_acts_as_its_forum() -> None:
    text = (
        "The 35th APEC Ministerial Meeting was held in Lima on November 14. The 35th APEC "
        "Ministerial Meeting endorsed the Lima Declaration."
    )
    assert acts(text, "PER") == [("APEC", "support")]


def test_present_tense_verbs_coordinated_in_a_declaration() -> None:
    text = (
        "The G20 Leaders' Summit was held in New Delhi on 9-10 September 2023. We welcome the "
        "African Union as a permanent member and call on all countries to work with it."
    )
    assert acts(text, "IND") == [("G20", "support"), ("G20", "request")]


def test_we_note_in_a_declaration() -> None:
    text = (
        "The G20 Leaders' Summit was held in New Delhi on 9-10 September 2023. We note with "
        "concern the impact of the war. We note that the global economy faces headwinds."
    )
    assert acts(text, "IND") == [("G20", "criticize"), ("G20", "state")]


def test_i_is_the_person_the_statement_is_by() -> None:
    text = (
        "Press Statement by Prime Minister Prayut Chan-o-cha on the 8th ACMECS Summit. This "
        "morning I welcomed the leaders of the Mekong countries to Bangkok."
    )
    assert acts(text, "THA") == [("Prayut Chan-o-cha", "support")]


def test_we_in_a_chairmans_statement_is_the_forum() -> None:
    text = (
        "The 12th ASEAN Plus Three Summit was held in Hua Hin on 24 October 2009. "
        "We reaffirmed our support for the denuclearization of the Korean Peninsula. We welcomed "
        "the outcome of the G20 Summit in Pittsburgh."
    )
    assert acts(text, "THA") == [("ASEAN Plus Three", "support"), ("ASEAN Plus Three", "support")]


def test_a_group_acts_for_the_body_it_comes_from() -> None:
    text = OPENING + (
        "The Foreign Ministers of the ASEAN countries spoke highly of Korea's efforts. The "
        "ministers from Ethiopia and other countries expressed support for Korea's bid."
    )
    assert acts(text) == [("ASEAN", "support"), ("ETH", "support")]


def test_a_group_including_a_country_acts_as_the_group() -> None:
    text = (
        "The 23rd ASEAN Plus Three Summit was held online on November 14. The ASEAN Plus Three "
        "member states, including the ROK, drew a common understanding on supply chains."
    )
    assert acts(text) == [("ASEAN Plus Three", "agree")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers were briefed on the progress of the Community Vision.",
        "Chile will host APEC in 2019.",
        "The Prime Minister will also be holding meetings with business leaders.",
    ],
)
def test_being_briefed_and_hosting_later_are_not_acts(sentence: str) -> None:
    text = "The 35th APEC Ministerial Meeting was held in Lima on November 14. " + sentence
    assert acts(text, "PER") == []


def test_a_countrys_delegation_acts_as_the_country() -> None:
    text = OPENING + "The Russian delegation welcomes ASEAN's central role in the region."
    assert acts(text) == [("RUS", "support")]


def test_a_forum_named_as_subject_acts() -> None:
    text = OPENING + (
        "ASEAN welcomed the Joint Statement on Human Capital Development. ASEAN is willing to "
        "act as a trusted intermediary."
    )
    assert acts(text) == [("ASEAN", "support"), ("ASEAN", "commit")]


def test_the_government_commits_with_will() -> None:
    text = OPENING + "The ROK government will continue to support ASEAN centrality."
    assert acts(text) == [("KOR", "commit")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Stressed, urged, agreed.",
        "The weather in Vientiane was hot and humid all week.",
    ],
)
def test_no_speaker_no_statement(text: str) -> None:
    assert extract(text) == []


def test_evidence_lies_inside_the_text() -> None:
    text = (
        OPENING + "Minister Cho stressed that the Korean Peninsula must be free of nuclear weapons."
    )
    (statement,) = extract(text)
    assert statement.evidence is not None
    start, end = statement.evidence
    assert 0 <= start <= end <= len(text)
    assert statement.text in text[start:end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Bui Thanh Son led the delegation. Addressing the session, Son "
            "proposed that ASEAN strengthen economic linkages.",
            [("Bui Thanh Son", "propose")],
        ),
        (
            "Minister Kang Kyung-wha met Foreign Minister Wang Yi. Wang and Kang agreed to "
            "meet again.",
            [("Wang Yi", "agree"), ("Kang Kyung-wha", "agree")],
        ),
    ],
)
def test_a_name_word_alone_names_the_person_of_the_page(text: str, expected: list) -> None:
    assert acts(text, "VNM") == expected


def test_the_speaker_after_a_quote_and_the_verb() -> None:
    text = (
        "Peru's Minister of Foreign Trade, Elizabeth Galdo, chaired the meeting. "
        '"Trade must work for everyone," said Minister Galdo.'
    )
    assert acts(text, "PER") == [("Elizabeth Galdo", "state")]


def test_both_officials_on_a_third_party_page_are_the_two_governments() -> None:
    text = (
        "The Foreign Ministers of Peru and Chile met in San Francisco. At their first meeting, "
        "both officials highlighted the excellent state of relations between Peru and Chile."
    )
    assert sorted(acts(text, None)) == [("CHL", "state"), ("PER", "state")]


def test_a_reported_clause_runs_over_the_acts_inside_it() -> None:
    text = (
        "Foreign Minister Cho Tae-yul met the Ministers. He added that the Korean government "
        "is committed to sharing the best practices."
    )
    (statement,) = extract(text)
    assert statement.text == (
        "He added that the Korean government is committed to sharing the best practices."
    )


@pytest.mark.parametrize(
    ("clause", "act"),
    [
        ("slammed the missile launch", "criticize"),
        ("objected to the proposal", "criticize"),
        ("maintained that dialogue is key", "state"),
        ("spelled out the plan", "state"),
        ("laid out three proposals", "state"),
        ("floated the idea of a fund", "propose"),
    ],
)
def test_more_verbs_of_diplomacy(clause: str, act: str) -> None:
    assert acts(OPENING + f"Minister Cho {clause}.") == [("Cho Tae-yul", act)]


def test_expressing_ones_welcome_is_support() -> None:
    text = (
        "Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with Mr. Pham Minh Chinh, "
        "Prime Minister of Viet Nam. Prime Minister Kishida expressed his welcome to Prime "
        "Minister Chinh."
    )
    assert acts(text, "JPN") == [("KISHIDA Fumio", "support")]


def test_remarks_said_back_are_no_new_statement() -> None:
    text = (
        "Xi Jinping said that the talks were useful. Xi made the remarks while meeting Narendra "
        "Modi in Johannesburg."
    )
    assert acts(text, "CHN") == [("Xi Jinping", "state")]


def test_calling_on_an_official_is_a_visit_not_a_request() -> None:
    lead = "External Affairs Minister Dr. S. Jaishankar visited Singapore. "
    assert acts(lead + "EAM also called on Senior Minister Lee Hsien Loong.", "IND") == []
    assert acts(lead + "EAM called on Myanmar to end the violence.", "IND") == [
        ("S. Jaishankar", "request")
    ]


def test_a_bare_clause_after_said_is_its_content() -> None:
    text = (
        "Chinese Premier Li Qiang met with Vietnamese Prime Minister Pham Minh Chinh in Tianjin. "
        "Pham Minh Chinh said Vietnam attaches great importance to its ties with China."
    )
    assert acts(text, "CHN") == [("Pham Minh Chinh", "state")]


def test_remarks_said_back_after_an_apostrophe_report_no_act() -> None:
    text = (
        "China's top diplomat Wang Yi urged Japan on Friday to act responsibly.\n\n"
        "Wang, who also heads the Communist Party{}s foreign affairs commission, made the "
        "remarks during a meeting with Japanese Foreign Minister Yoshimasa Hayashi in Jakarta."
    )
    for apostrophe in ("’", "'"):
        assert acts(text.format(apostrophe), "CHN") == [("Wang Yi", "urge")]
