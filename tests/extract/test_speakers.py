"""Speaker candidates: the group-noun scan finds what the full pattern finds, faster; a title
that names its state refers to the one person of it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summitry.extract.pipeline import extract_record
from summitry.extract.speaker_groups import GROUP, group_matches
from summitry.extract.speakers import _PRONOUN, _TITLE_REF
from summitry.record import Document

WORDS = (
    "the The all Other ASEAN APEC-Leaders ROK+ Plus Three Meeting Summit member economies "
    "states side two sides both leaders He She It They they he it Minister Foreign Ministers "
    "Chair heads of Heads Delegation counterparts participants Senior Officials theMeeting , ."
).split()


def spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_group_nouns_with_their_forum() -> None:
    text = "The ASEAN member states and the ASEAN Plus Three Leaders met; the two sides agreed."
    found = [(m.group(0), m.group("forum"), m.group("noun")) for m in group_matches(text)]
    assert found == [
        ("The ASEAN member states", "ASEAN", "member states"),
        ("the ASEAN Plus Three Leaders", "ASEAN Plus Three", "Leaders"),
        ("the two sides", None, "two sides"),
    ]


def test_a_group_noun_opening_with_both_may_open_a_sentence() -> None:
    text = "Both prime ministers agreed that the ASEAN Plus Three countries would meet."
    found = [(m.group(0), m.group("forum"), m.group("noun")) for m in group_matches(text)]
    assert found == [
        ("Both prime ministers", None, "Both prime ministers"),
        ("the ASEAN Plus Three countries", "ASEAN Plus Three", "countries"),
    ]


def test_a_forum_word_may_run_into_a_noun() -> None:
    text = "at the APEC-Leaders Meeting"
    [m] = group_matches(text)
    assert (m.group(0), m.group("forum"), m.group("noun")) == (
        "the APEC-Leaders Meeting",
        "APEC-Leaders",
        "Meeting",
    )


def test_pronouns_and_titles_start_at_a_word() -> None:
    text = "They said the Foreign Minister and Othe Chair met; he left. It was theirs."
    assert [m.group(0) for m in _PRONOUN.finditer(text)] == ["They", "he", "It"]
    assert [m.group("t") for m in _TITLE_REF.finditer(text)] == ["Foreign Minister"]


@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", "-"]))
def test_group_scan_matches_the_full_pattern(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert spans(group_matches(text)) == spans(GROUP.finditer(text))


def test_we_in_apposition_names_the_group_for_the_page() -> None:
    from tests.extract.test_statements import acts

    text = (
        "We, the Leaders of the G20, met in New Delhi on 9-10 September 2023. We reaffirm our "
        "commitment to the Sustainable Development Goals. We call on all states to uphold "
        "international law. We note with deep concern the suffering caused by wars."
    )
    assert acts(text, "IND") == [("G20", "commit"), ("G20", "request"), ("G20", "criticize")]


def test_heads_of_state_of_a_forum_act_for_it() -> None:
    from tests.extract.test_statements import acts

    text = (
        "The Heads of State and Government of ASEAN welcomed the progress. The ASEAN Heads of "
        "State/Government reaffirmed their commitment to the ASEAN Charter."
    )
    assert acts(text, None) == [("ASEAN", "support"), ("ASEAN", "commit")]


def test_a_trilateral_meeting_s_group_is_its_three_states() -> None:
    from tests.extract.test_statements import acts

    text = (
        "Prime Minister Kishida Fumio of Japan, President Ferdinand Marcos Jr. of the Philippines "
        "and President Joseph R. Biden of the United States held the first "
        "Japan-Philippines-U.S. Trilateral Summit in Washington, D.C. on April 11. The three "
        "leaders reaffirmed their commitment to a free and open Indo-Pacific. They also shared "
        "serious concerns about the South China Sea."
    )
    assert acts(text, "JPN") == [
        ("JPN", "commit"),
        ("PHL", "commit"),
        ("USA", "commit"),
        ("JPN", "criticize"),
        ("PHL", "criticize"),
        ("USA", "criticize"),
    ]


def test_a_name_found_as_two_words_stays_one_subject_of_a_pair() -> None:
    from summitry.extract.speaker_refs import Candidate
    from summitry.extract.subjects import compound

    text = "Wong and Cho Tae-yul agreed"
    inside = [
        Candidate(0, 4, ("Penny Wong",), "person"),
        Candidate(9, 12, ("Cho Tae-yul",), "person"),
        Candidate(13, 20, ("Cho Tae-yul",), "person"),
    ]
    assert [c.speakers for c in compound(text, inside)] == [("Penny Wong",), ("Cho Tae-yul",)]


def test_capitalised_group_nouns_act_for_the_forum() -> None:
    from tests.extract.test_statements import acts

    text = (
        "Chairman's Statement of the 31st ASEAN Regional Forum\n"
        "1. The 31st ASEAN Regional Forum (ARF) was held in Vientiane, Lao PDR on 27 July 2024.\n"
        "2. Participants underscored the importance of non-proliferation. The ASEAN Member "
        "States welcomed the progress. Delegations expressed concern over the situation."
    )
    assert acts(text, None) == [("ARF", "state"), ("ASEAN", "support"), ("ARF", "criticize")]


def test_three_sides_and_co_chairs_act_for_the_forum() -> None:
    from tests.extract.test_statements import acts

    text = (
        "Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of Korea and Premier Li "
        "Qiang of China held the 9th Trilateral Summit in Seoul on 27 May 2024. The three sides "
        "agreed to resume the trilateral cooperation. The Co-Chairs welcomed the progress."
    )
    assert acts(text, "KOR") == [("China-Japan-ROK", "agree"), ("China-Japan-ROK", "support")]


def test_a_title_that_names_its_state_refers_to_the_one_person_of_it() -> None:
    text = (
        "Vladimir Putin held talks with President of the People's Republic of China Xi Jinping. "
        "The President of Russia pointed out that relations are developing well."
    )
    doc = Document(text=text, published="2024-06-14", publisher_country="RUS")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert found == [("Vladimir Putin", "state")]


def test_a_title_of_another_office_is_not_the_states_one_person_but_the_state() -> None:
    text = (
        "President of Russia Vladimir Putin arrived in Beijing on a state visit. "
        "The Foreign Minister of Russia said that the talks would cover trade."
    )
    doc = Document(text=text, published="2024-05-16", publisher_country="RUS")
    record = extract_record("page.txt", doc)
    assert [(p.name, p.title) for p in record.people] == [("Vladimir Putin", "President")]
    assert [(s.speaker, s.act) for s in record.statements] == [("RUS", "state")]


def test_a_state_acts_through_its_government_side_or_delegation() -> None:
    from summitry.extract.speakers import _GOVERNMENT
    from tests.extract.test_statements import acts

    text = (
        "Foreign Minister Kamikawa met her Korean counterpart in Tokyo. The Korean side welcomed "
        "the progress. Korean nationals welcomed the progress."
    )
    assert acts(text, "JPN") == [("KOR", "support")]
    found = [_GOVERNMENT.match(s) for s in ("’s Government", " delegation", " officials", " sides")]
    assert [m.group(0) if m else None for m in found] == [
        "’s Government",
        " delegation",
        " officials",
        None,
    ]
