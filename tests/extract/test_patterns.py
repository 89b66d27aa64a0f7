"""Fast-scanning patterns: each finds exactly what its plain r'\b' form finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitry.extract import (
    complements,
    initiative_shapes,
    meeting_forms,
    meeting_head_names,
    meetings,
    outcomes,
    quotes,
    sentences,
    speaker_groups,
    speakers,
    statement_will,
    subjects,
)
from summitry.extract.patterns import (
    ByWord,
    WordStarts,
    WordsThen,
    by_word,
    word_start,
    word_starts_with,
    words_then,
)
from summitry.kb.vocab import initiative_words

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "examples" / "pages").glob("*"))
ACTIONS = "adopted|endorsed|noted|approved|launched|signed|agreed|issued"
HEADS = sorted(initiative_words().heads, key=len, reverse=True)
KEYWORDS = "|".join(re.escape(h) for h in HEADS)
LOWER_HEADS = "|".join(initiative_words().lower_heads)
CAP = initiative_shapes._CAP
HEAD, _, LOWER_NAME, _ = initiative_shapes._patterns()

# The patterns as first written, with a plain r"\b" or look-behind in front.
PLAIN = {
    "head": (
        meeting_head_names._HEAD,
        r"\b(?P<head>Meeting|Summit|Conference|Retreat|Dialogue|Consultations?)s?\b"
        r"(?!\s+(?:Relations|Partners?|Partnership|Process|Mechanism|Room|Hall|Centre|Center))",
    ),
    "theme": (
        meetings.THEME,
        r"\b(?:under|with|on)\s+the\s+(?:overarching\s+)?(?:theme|slogan|motto)\s*(?:of\s+)?,?\s*"
        r"[“\"‘'](?P<theme>[^”\"’]{3,120}?)[,.]?[”\"’']",
    ),
    "back reference": (
        meetings._BACK_REFERENCE,
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:year['’]s\s+|annual\s+)?(?P<noun>Meeting|Summit|Conference|"
        r"Dialogue|Retreat|meeting|summit|[A-Z]{2,6})\b",
    ),
    "active": (
        outcomes._ACTIVE,
        rf"\b(?P<verb>{ACTIONS})\s+(?:on\s+)?(?=(?:the|its|a|an)\s)",
    ),
    "passive": (
        outcomes._PASSIVE,
        rf"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?P<verb>{ACTIONS})\b",
    ),
    "reduced": (
        outcomes._REDUCED,
        rf"(?<=\S)[”\",]?\s(?P<verb>{ACTIONS})\s+(?:(?:at|during|by)\s+the\b|in\s+(?:19|20)\d\d\b)",
    ),
    "keyword": (HEAD, rf"(?<=\s)(?:{KEYWORDS})(?![\w-])"),
    "lower keyword": (
        LOWER_NAME,
        rf"(?<![\w-])(?P<name>{CAP}(?:\s+(?:and\s+)?{CAP}){{1,6}})\s+(?:{LOWER_HEADS})\b",
    ),
    "will": (
        statement_will._WILL,
        r"\b(?:will|would|shall|pledged to|is committed to|are committed to|"
        r"is willing to|are willing to|vowed to|promised to)\s+(?!be\b)\w+",
    ),
    "quote opens": (quotes._OPEN, r"(?<![^\s(:—–-])[“\"‘'](?=[\w…])"),
    "single quote closes": (quotes._SINGLE_CLOSE, r"(?<=[.,!?…])[’'](?![\w])"),
    "lost opening": (quotes._LOST_OPEN, r"(?<=\w,)”"),
    "agent title": (
        subjects._AGENT_TITLE,
        r"\b(?:by|with|from)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}$",
    ),
    "low head": (
        meeting_head_names._LOW_HEAD,
        r"(?<=[A-Z]\) )(?P<low>meeting|summit|conference)s?\b",
    ),
    "head first": (
        meeting_forms._HEAD_FIRST,
        r"\b(?:Meeting|Conference) of (?:the )?[A-Z]",
    ),
    "pronoun": (speakers._PRONOUN, r"\b(?:[Hh]e|[Ss]he|[Tt]hey|It|[Ww]e|I)\b(?!\.)"),
    "title": (
        speakers._TITLE_REF,
        r"\b[Tt]he\s+(?P<t>(?:(?:Deputy|Vice|First Vice|Second Vice|Prime|Foreign|Trade|"
        r"Finance|[Ff]oreign|[Tt]rade)\s+)?(?:Minister|Secretary-General|Secretary|President|"
        r"Ambassador|Director-General|Chair|minister|secretary|president))\b",
    ),
}
WORDS = (
    "the The this That year’s Meeting Meetings Summit Dialogue Conference Process SOM AMM "
    "under with on theme “Digital Future” adopted endorsed was has been fully at by during "
    "Fund Sub-Fund Plan of Action Road Map Action Agenda Green Jobs program project system "
    "He she They It We we I I. Foreign minister foreign Minister Chair member states Leaders heads "
    "Delegation ASEAN-ROK "
    "Xthe wasted , . \" ” ' ( ) will be would shall pledged to is committed are willing vowed "
    "“Hello ‘Hi it’s done.’ word,” 1st 52nd Second First-ever inaugural 3rdAMM AMM, AEMM( "
    "(MRT) (MRT meeting summits from Xby Conference"
).split()


def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_word_start_matches_only_at_a_word_start() -> None:
    pattern = re.compile(rf"(?:{word_start('Meeting', 'on')})\b")
    assert [m.group() for m in pattern.finditer("on the Meeting, SOMeeting Meeting_ on")] == [
        "on",
        "Meeting",
        "on",
    ]
    after_space = re.compile(word_start("Fund", after=r"\s"))
    assert [m.start() for m in after_space.finditer("Fund (Fund) the Fund")] == [16]
    with pytest.raises(ValueError, match="must begin with a letter"):
        word_start("[Mm]eeting")


NAME_WORDS = ["Kang", "Kangs", "Son", "Wang", "Lê", "Seong-ho", "ho", "O'Neill", "Neill", "Ang"]
NAME_TEXT = NAME_WORDS + ["and", "said", "proposed", "’s", "'s", "KANG", "son", "the", "Minister"]
THENS = [r"(?=\s+(?:and\s+[A-Z][\w’'-]*\s+)?[a-z]|['’]s\s+[a-z])", r"(?![\w’'-])(?!\s+[A-Z])"]


def test_words_then_splits_off_the_assertion_only_where_that_is_exact() -> None:
    verb = THENS[0]
    split = words_then(["Kang", "Wang"], verb)
    assert isinstance(split, WordsThen)
    text = "Kang said, KANG Wang and Son agreed, Wang Yi"
    assert [m.group() for m in split.finditer(text)] == ["Kang", "Wang"]
    blind = words_then(["Kang", "Wang"], verb, re.IGNORECASE)
    assert isinstance(blind, WordsThen) and blind.match("KANG said") is not None
    assert split.match("x Kang said", 2) is not None and split.match("xKang said", 1) is None
    assert not isinstance(words_then(["Kangs", "Kang"], verb), WordsThen)  # a prefix
    assert not isinstance(words_then(["Lê", "Kang"], verb, re.IGNORECASE), WordsThen)


@pytest.mark.parametrize("then", THENS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@given(
    words=st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=5, unique=True),
    text=st.lists(st.sampled_from(NAME_TEXT), max_size=14),
    seps=st.sampled_from([" ", "  ", "-", "\n", ""]),
)
def test_words_then_matches_as_the_whole_pattern(
    then: str, flags: int, words: list[str], text: list[str], seps: str
) -> None:
    words = sorted(words, key=len, reverse=True)
    page = seps.join(text)
    whole = re.compile(f"(?:{word_start(*(re.escape(w) for w in words))}){then}", flags)
    split = words_then(words, then, flags)
    assert [m.span() for m in split.finditer(page)] == [m.span() for m in whole.finditer(page)]
    for at in range(len(page)):
        got, want = split.match(page, at), whole.match(page, at)
        assert (got and got.span()) == (want and want.span())


def test_word_starts_finds_whole_words_only() -> None:
    starts = WordStarts(["member states", "states", "side", "two sides"])
    text = "the member states, both sides and the two sides; statesman inside side_ side"
    # 'member states' and 'states' inside it, 'two sides', the last 'side'; not 'side' in
    # 'sides', 'states' in 'statesman', 'side' in 'inside' or 'side_'
    assert starts(text) == [4, 11, 38, 72]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_same_matches_on_the_example_pages(name: str) -> None:
    fast, plain = PLAIN[name][0], re.compile(PLAIN[name][1])
    assert PAGES
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert found(fast, text) == found(plain, text), page.name


@pytest.mark.parametrize("name", sorted(PLAIN))
@given(words=st.lists(st.sampled_from(WORDS), max_size=16), sep=st.sampled_from([" ", "\n", ""]))
def test_same_matches_on_any_words(name: str, words: list[str], sep: str) -> None:
    text = sep.join(words)
    fast, plain = PLAIN[name][0], re.compile(PLAIN[name][1])
    assert found(fast, text) == found(plain, text)


@given(words=st.lists(st.sampled_from(WORDS + ["member", "states", "leaders"]), max_size=16))
def test_group_noun_starts_are_where_the_noun_pattern_matches(words: list[str]) -> None:
    text = " ".join(words).replace("( ", "(")
    nouns = re.compile(rf"\b(?:{'|'.join(speaker_groups.GROUP_NOUNS)})\b")
    expected = [i for i in range(len(text)) if nouns.match(text, i)]
    assert speaker_groups.GROUP_NOUN_STARTS(text) == expected


ENDINGS = [
    "and",
    "as well as",
    "also",
    "further",
    "then",
    "while",
    ",",
    " ",
    "  ",
    "\n",
    "x",
    "Ann",
]


@given(words=st.lists(st.sampled_from(ENDINGS + WORDS), max_size=12), lo=st.integers(0, 6))
def test_clause_end_patterns_find_what_their_plain_forms_find(words: list[str], lo: int) -> None:
    text = " ".join(words) + " " * (len(words) % 3)
    lo = min(lo, len(text))
    trailing = r",?\s+(?:and|as well as)\s+(?:also\s+|further\s+)?$"
    plain = re.search(trailing, text[lo:])
    fast = statement_will._TRAILING_AND.search(text, lo, len(text))
    assert (fast.span() if fast else None) == (
        (plain.start() + lo, plain.end() + lo) if plain else None
    )
    coordinated = (
        r"(?:,\s*|\s+)(?:and|as well as|while|but|before|then)\s+(?:also\s+|further\s+|then\s+|"
        r"later\s+|highly\s+|again\s+)?$"
    )
    plain = re.search(coordinated, text)
    fast = complements.COORDINATED.search(text)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)
    assert complements.coordinated_before(text, lo, len(text)) == bool(
        re.search(coordinated, text[lo:])
    )


def _breaks(text: str) -> list[tuple[int, int]]:
    out = []
    for m in sentences._END.finditer(text):
        out.append(m.span("close") if m.group("close") is not None else m.span())
    return out


@given(
    parts=st.lists(
        st.sampled_from(
            [
                "End.",
                "U.S.",
                "Mr.",
                "yes?",
                "no!",
                "”",
                ")",
                " ",
                "\n",
                "\n\n",
                "• ",
                "A",
                "b",
                "9",
                "Émile",
                "...",
            ]
        ),
        max_size=16,
    )
)
def test_sentence_breaks_are_those_of_the_plain_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    plain = (
        r"(?<=[.!?])[\"”’)]?(?=\s+[\"“‘(°o•*\-]?\s*[A-Z0-9\u00c0-\u024f])|\n\s*\n|\n(?=[°•*o\-] )"
        r"|(?<=[a-z]{2})\.(?=[A-Z][a-z]+[\s’'])"  # 'the event.In his speech': a lost space
    )
    assert _breaks(text) == [m.span() for m in re.finditer(plain, text)]


@given(words=st.lists(st.sampled_from(WORDS + ["programme", "initiative", "and"]), max_size=20))
def test_lower_keyword_names_are_the_full_pattern_matches(words: list[str]) -> None:
    text = " ".join(words)
    expected = found(LOWER_NAME, text)
    assert [(m.span(), m.groupdict()) for m in initiative_shapes.lower_head_names(text)] == expected


VERB_WORDS = WORDS + ["adopted", "noted", "signed", "agreed", "the", "its", "had", "been", "in"]
VERB_WORDS += ["2014", "Plan,"]


@given(words=st.lists(st.sampled_from(VERB_WORDS), max_size=20), sep=st.sampled_from([" ", "  "]))
def test_outcome_verb_matches_are_those_of_the_three_patterns(words: list[str], sep: str) -> None:
    text = sep.join(words)
    active, passive, reduced = outcomes._verb_matches(text)
    for fast, pattern in (
        (active, outcomes._ACTIVE),
        (passive, outcomes._PASSIVE),
        (reduced, outcomes._REDUCED),
    ):
        assert [(m.span(), m.groupdict()) for m in fast] == found(pattern, text)


def test_word_starts_with_finds_the_characters_that_open_a_word() -> None:
    text = "Kang met kang, xKang and Kim_Kang; İstanbul"
    assert word_starts_with(text, "Kİ") == [0, 25, 35]
    assert word_starts_with(text, "k") == [9]
    assert word_starts_with("", "K") == []


@given(text=st.lists(st.sampled_from(["K", "k", "a", "_", " ", "-", "é", "İ", "1"]), max_size=12))
def test_word_starts_with_is_the_look_behind_scan(text: list[str]) -> None:
    page = "".join(text)
    plain = re.compile(r"(?<!\w)[Kİ]")
    assert word_starts_with(page, "Kİ") == [m.start() for m in plain.finditer(page)]


BY_WORD_TEXT = ["The", "the", "this", "That", "Xthe", "Minister", "Meeting", " ", "\n", ","]


@given(words=st.lists(st.sampled_from(BY_WORD_TEXT), max_size=14))
def test_by_word_finds_what_the_whole_pattern_finds(words: list[str]) -> None:
    text = "".join(words)
    for split in (
        by_word(("The", "the"), r"\s+(?P<t>Minister|Meeting)\b"),
        by_word(("Th", "th"), r"(?:e|is|at)\s+\w+"),  # matches that may overlap
    ):
        assert found(split, text) == found(split.whole, text)


def test_by_word_runs_the_whole_pattern_where_two_words_overlap() -> None:
    split = by_word(("The", "the"), r"\s+\w+")
    assert isinstance(split, ByWord)
    assert [m.group() for m in split.finditer("The the Meeting")] == ["The the"]
    assert [m.group() for m in split.finditer("the Minister, The Meeting")] == [
        "the Minister",
        "The Meeting",
    ]
    with pytest.raises(ValueError, match="ASCII letters"):
        by_word(("the",), r"\s+", re.IGNORECASE)
