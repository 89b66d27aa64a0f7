"""Speaker references the people scan leaves: name words after an honorific or abbreviation,
titles after 'the', and spans inside other spans."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from summitry.extract.pipeline import extract_record
from summitry.extract.speaker_refs import spelled_apart, within
from summitry.record import Document


def acts(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text, published="2022-11-12", publisher_country="VNM")
    return [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]


def test_within_sorted_spans() -> None:
    spans = [(0, 10), (20, 40)]
    assert within(spans, 22, 30)
    assert within(spans, 0, 10)
    assert not within(spans, 8, 12)
    assert not within(spans, 12, 15)


def test_a_name_word_after_an_abbreviation() -> None:
    text = (
        "Prime Minister Pham Minh Chinh attended the 17th East Asia Summit in Phnom Penh on "
        "November 13. Speaking at the event, PM Chinh stressed the need to prioritise recovery."
    )
    assert acts(text) == [("Pham Minh Chinh", "state")]


def test_a_title_after_the_names_the_person_with_that_title() -> None:
    text = (
        "Prime Minister Pham Minh Chinh attended the 17th East Asia Summit in Phnom Penh on "
        "November 13. The Prime Minister called for open markets."
    )
    assert acts(text) == [("Pham Minh Chinh", "request")]


def test_an_honorific_alone_is_the_person_last_named() -> None:
    text = (
        "Sultan Haji Hassanal Bolkiah attended the 8th ASEAN-United States Summit on 26 October. "
        "His Majesty highlighted ASEAN's appreciation of the United States' support."
    )
    assert acts(text) == [("Hassanal Bolkiah", "state")]


def test_a_title_opening_its_sentence_before_a_verb() -> None:
    text = (
        "Prime Minister Narendra Modi attended the 19th East Asia Summit in Vientiane on "
        "October 11. Prime Minister underlined India's commitment to a free Indo-Pacific."
    )
    assert acts(text) == [("Narendra Modi", "state")]


def test_an_adverb_between_subject_and_present_verb() -> None:
    text = (
        "The 19th East Asia Summit was held in Vientiane on October 11. China firmly opposes "
        "protectionism in all its forms."
    )
    assert acts(text) == [("CHN", "criticize")]


def test_a_short_title_alone_stands_for_its_holder() -> None:
    text = (
        "Prime Minister Narendra Modi attended the 18th East Asia Summit in Jakarta on 7 "
        "September 2023. PM highlighted India's contribution to the region. PM also conveyed "
        "India's support for ASEAN centrality."
    )
    assert acts(text) == [("Narendra Modi", "state"), ("Narendra Modi", "support")]


def test_a_title_after_an_opening_phrase() -> None:
    text = (
        "Prime Minister Narendra Modi attended the 18th East Asia Summit in Jakarta on 7 "
        "September 2023. In his address, Prime Minister underlined the importance of ASEAN "
        "centrality."
    )
    assert acts(text) == [("Narendra Modi", "state")]


def test_a_government_body_acts_for_the_state_it_names_or_the_publishers() -> None:
    text = (
        "Deputy Foreign Minister Do Hung Viet attended the ASEAN Senior Officials' Meeting in "
        "Vientiane on 5 June 2024. The Ministry of Foreign Affairs of Thailand stressed the "
        "importance of the meeting. The Foreign Ministry expressed support for the initiative."
    )
    assert acts(text) == [("THA", "state"), ("VNM", "support")]


def test_a_states_top_diplomat_is_its_foreign_minister_on_the_page() -> None:
    text = (
        "Foreign Affairs Secretary Teodoro Locsin Jr. of the Philippines and Foreign Minister "
        "Retno Marsudi of Indonesia attended the 52nd ASEAN Foreign Ministers' Meeting in "
        "Bangkok. Indonesia's top diplomat stressed the need for maritime cooperation. "
        "The country’s top diplomat also underscored the importance of counter-terrorism "
        "cooperation."
    )
    assert acts(text) == [("Retno Marsudi", "state"), ("Retno Marsudi", "state")]


def test_a_states_top_diplomat_with_a_typographic_apostrophe() -> None:
    text = (
        "Foreign Minister Retno Marsudi of Indonesia attended the 52nd ASEAN Foreign Ministers' "
        "Meeting in Bangkok. Indonesia’s top diplomat stressed the need for maritime cooperation."
    )
    assert acts(text) == [("Retno Marsudi", "state")]


def test_a_states_word_and_an_office_stand_for_its_person_on_the_page() -> None:
    text = (
        "Prime Minister Pham Minh Chinh held talks with Japanese Prime Minister Kishida Fumio "
        "in Tokyo on 16 December 2023. The Japanese leader noted that Japan would support "
        "Viet Nam's industrialisation. The Japanese premier pledged to provide new ODA loans. "
        "The Chinese leader said last week that China would join the project."
    )
    assert acts(text) == [
        ("Kishida Fumio", "state"),
        ("Kishida Fumio", "commit"),
        ("CHN", "state"),  # no Chinese person on the page: the state itself
    ]


_WORDS = ["Hun", "Sen", "Hunsen", "HunSen", "Xi", "Jin", "Ping", "Jinping", "Lee", "Loong", "said"]
_GAPS = [" ", "-", "  ", ", ", " the "]


def _spelled_apart_plainly(ctx: SimpleNamespace) -> list[tuple[int, int, str]]:
    """spelled_apart as first written: every run of one to three name words tried."""
    squashed = {}
    for person in ctx.people:
        squashed.setdefault(re.sub(r"[\s-]+", "", person.name).casefold(), person.name)
    taken = sorted(span for person in ctx.people for span in person.spans)
    words = list(re.finditer(r"\b[A-Z][a-z]+\b", ctx.text))
    out = []
    for i, first in enumerate(words):
        for k, last in enumerate(words[i : i + 3]):
            if k and ctx.text[words[i + k - 1].end() : last.start()] not in (" ", "-"):
                break
            written = ctx.text[first.start() : last.end()]
            name = squashed.get(re.sub(r"[\s-]+", "", written).casefold())
            if name and name != written and not within(taken, first.start(), last.end()):
                out.append((first.start(), last.end(), name))
    return out


@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=12),
    st.lists(st.sampled_from(["Hunsen", "Hun Sen", "Xi Jinping", "Lee Hsien Loong"]), min_size=1),
)
def test_spelled_apart_finds_what_every_run_of_words_would(
    pieces: list[tuple[str, str]], names: list[str]
) -> None:
    text = "".join(word + gap for word, gap in pieces)
    people = [SimpleNamespace(name=name, spans=[]) for name in names]
    ctx = SimpleNamespace(text=text, people=people)
    found = [(c.start, c.end, c.speakers[0]) for c in spelled_apart(ctx)]  # type: ignore[arg-type]
    assert found == _spelled_apart_plainly(ctx)


def test_a_short_form_given_in_brackets_after_a_title_is_the_person() -> None:
    text = (
        "Minister of State for External Affairs (MOS) of India Shri V. Muraleedharan attended "
        "the 10th East Asia Summit Foreign Ministers' Meeting. The Meeting was chaired by "
        "Foreign Minister of Viet Nam Pham Binh Minh.\n"
        "MOS in his remarks appreciated Viet Nam's efforts as ASEAN Chair. He underlined the "
        "key role of the EAS."
    )
    assert acts(text) == [("V. Muraleedharan", "support"), ("V. Muraleedharan", "state")]


def test_a_family_name_after_a_sentence_ending_in_a_place_is_the_person() -> None:
    text = (
        "Chinese Premier Li Qiang attended the 27th ASEAN-China Summit in Vientiane. Li on "
        "Thursday called on ASEAN countries to deepen cooperation. Xi made a four-point "
        "proposal on global governance."
    )
    # 'Vientiane.' ends a sentence: 'Li' is not the last word of a longer name; 'Xi' is no
    # one of the page
    assert acts(text) == [("Li Qiang", "request")]


def test_a_states_office_in_the_possessive_is_its_holder() -> None:
    text = (
        "Deputy Prime Minister and Foreign Minister Bui Thanh Son attended the 57th ASEAN "
        "Foreign Ministers' Meeting in Vientiane. Viet Nam's Foreign Minister also welcomed "
        "the adoption of the joint communique."
    )
    assert acts(text) == [("Bui Thanh Son", "support")]


def test_a_one_word_name_named_again_is_the_person() -> None:
    text = (
        "Indonesian Foreign Minister Sugiono attended the ASEAN Foreign Ministers' Meeting in "
        'Kuala Lumpur. "ASEAN must remain the driver of regional architecture," Sugiono said. '
        "Sugiono also highlighted the role of the EAS."
    )
    assert acts(text) == [("Sugiono", "state"), ("Sugiono", "state")]


def test_a_whole_name_repeated_without_a_title_starts_the_statement() -> None:
    text = (
        "Premier Li Qiang met with Prime Minister Anthony Albanese in Beijing.\n\n"
        "Li Qiang said that China stands ready to work with Australia."
    )
    doc = Document(text=text, publisher_country="CHN")
    found = [s for s in extract_record("page.txt", doc).statements if s.speaker == "Li Qiang"]
    start = text.index("Li Qiang said")
    assert [(s.act, s.text, s.evidence) for s in found] == [
        ("state", text[start:], (start, len(text)))
    ]


def test_the_office_or_spokesperson_of_a_person_speaks_for_the_person_s_state() -> None:
    lead = (
        "Prime Minister KISHIDA Fumio held a summit meeting with President YOON Suk Yeol of "
        "the Republic of Korea in Tokyo on March 16.\n\n"
    )
    for said in (
        "Yoon's office said the two leaders had a candid exchange of views.",
        "A spokesperson for Yoon said the talks were productive.",
        "The office of President Yoon said the talks were productive.",
    ):
        doc = Document(text=lead + said, publisher_country="JPN")
        assert [(s.speaker, s.act) for s in extract_record("p.txt", doc).statements] == [
            ("KOR", "state")
        ]
