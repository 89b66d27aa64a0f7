"""Later mentions of a page's people by one word, joined to the full name that holds it."""

from __future__ import annotations

from summitry.extract.names import NameSpan
from summitry.extract.people import PersonMention
from summitry.extract.people_mentions import Short, bare_mentions, resolve_shorts
from summitry.kb import load_kb

TEXT = "Antony Blinken arrived. Secretary Blinken said so, and Minister Kang said more."


def _short(title: str, word: str) -> Short:
    start = TEXT.index(f"{title} {word}") + len(title) + 1
    return Short(NameSpan(start, start + len(word), word), title, title, None, False)


def test_a_word_after_a_title_joins_the_full_name_or_is_returned_to_name_its_own() -> None:
    blinken = PersonMention("Antony Blinken", None, "USA", [(0, 14)])
    people = {"antony blinken": blinken}
    alone = resolve_shorts(
        TEXT, [_short("Secretary", "Blinken"), _short("Minister", "Kang")], people, load_kb()
    )
    assert [s.name.name for s in alone] == ["Kang"]
    assert blinken.spans == [(0, 14), (34, 41)]
    assert blinken.title == "Secretary"  # named first with none, he holds the short's


def test_a_name_word_alone_as_a_subject_names_the_one_person_who_holds_it() -> None:
    text = "Antony Blinken arrived. Blinken proposed talks."
    blinken = PersonMention("Antony Blinken", None, "USA", [(0, 14)])
    bare_mentions(text, {"antony blinken": blinken}, load_kb())
    assert blinken.spans == [(0, 14), (24, 31)]
