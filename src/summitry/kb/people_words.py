"""Vocabulary of the people extractor, read from kb data: portfolio words, words of names
and role cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

from summitry.kb.data import read_yaml

__all__ = [
    "NameWords",
    "RefTitleWords",
    "RoleCues",
    "apposed_office_words",
    "body_office_words",
    "name_words",
    "office_words",
    "portfolio_words",
    "one_government_titles",
    "ref_title_words",
    "relation_words",
    "role_cues",
    "state_office_words",
]


def _title_words(key: str) -> tuple[str, ...]:
    """The words of one list of kb/titles.yaml, as strings ('offices', 'relations')."""
    return tuple(str(w) for w in read_yaml("titles").get(key) or ())


@cache
def portfolio_words() -> frozenset[str]:
    """Words of a portfolio after 'for' / 'of' in a title (titles.yaml `portfolio_words`)."""
    return frozenset(_title_words("portfolio_words"))


@cache
def office_words() -> tuple[str, ...]:
    """Offices a minister may sit in (titles.yaml `offices`): 'Prime Minister's Department'."""
    return _title_words("offices")


@cache
def state_office_words() -> tuple[str, ...]:
    """Offices written in lower case after a state's word ('Chinese leader', 'Japanese
    premier'; titles.yaml `state_office_words`)."""
    return _title_words("state_office_words")


@cache
def apposed_office_words() -> tuple[str, ...]:
    """Offices in lower case set off by commas after a name ('X, member of ..., said';
    titles.yaml `apposed_offices`)."""
    return _title_words("apposed_offices")


@cache
def body_office_words() -> tuple[str, ...]:
    """Offices that head an international body's secretariat, whose holder serves no one
    government (titles.yaml `body_offices`): 'Secretary-General'."""
    return _title_words("body_offices")


@cache
def one_government_titles() -> dict[str, str]:
    """Titles only one government gives, to its alpha-3 code (titles.yaml `one_government`)."""
    return {str(k): str(v) for k, v in (read_yaml("titles").get("one_government") or {}).items()}


@cache
def relation_words() -> tuple[str, ...]:
    """Words that stand before a name like a title (titles.yaml `relations`)."""
    return _title_words("relations")


@dataclass(frozen=True, slots=True)
class RoleCues:
    """Phrases that tell what a person did at a meeting (roles.yaml), each a regex fragment."""

    chair_by: tuple[str, ...]
    chair_verbs: tuple[str, ...]
    chair_in_quote: tuple[str, ...]
    jointly: tuple[str, ...]
    attend_after: tuple[str, ...]
    attend_before: tuple[str, ...]
    attend_in_sentence: tuple[str, ...]
    mention_before: tuple[str, ...]
    mention_after: tuple[str, ...]
    mention_possessed: tuple[str, ...]
    meeting_words: tuple[str, ...]
    mention_titles: tuple[str, ...]


@cache
def role_cues() -> RoleCues:
    """The role cue phrases of kb/roles.yaml."""
    raw = read_yaml("roles")
    return RoleCues(
        **{f.name: tuple(str(v) for v in raw.get(f.name, ())) for f in fields(RoleCues)}
    )


@dataclass(frozen=True, slots=True)
class NameWords:
    """names.yaml: particles inside names, words no name holds (case-folded), what opens a
    byline or photo credit, what opens a caption's credit, ranks that stand before a name
    like a form of address (titles.yaml `ranks`), family names that are function words, and the
    verbs after which a name with no title is a person's, unless it holds a word of a body."""

    particles: frozenset[str]
    not_names: frozenset[str]
    ranks: tuple[str, ...]
    credits: tuple[str, ...]
    captions: tuple[str, ...] = ()
    family_words: frozenset[str] = frozenset()
    untitled_verbs: tuple[str, ...] = ()
    body_words: frozenset[str] = frozenset()
    name_forms: frozenset[str] = frozenset()
    post_nominals: tuple[str, ...] = ()


@cache
def name_words() -> NameWords:
    """The name vocabulary of kb/names.yaml and the ranks of kb/titles.yaml."""
    raw = read_yaml("names")
    return NameWords(
        particles=frozenset(map(str, raw.get("particles") or ())),
        not_names=frozenset(str(w).casefold() for w in raw.get("not_names") or ()),
        ranks=_title_words("ranks"),
        credits=tuple(map(str, raw.get("credits") or ())),
        captions=tuple(map(str, raw.get("captions") or ())),
        family_words=frozenset(map(str, raw.get("family_words") or ())),
        untitled_verbs=tuple(map(str, raw.get("untitled_verbs") or ())),
        body_words=frozenset(str(w).casefold() for w in raw.get("body_words") or ()),
        name_forms=frozenset(map(str, raw.get("name_forms") or ())),
        post_nominals=tuple(map(str, raw.get("post_nominals") or ())),
    )


@dataclass(frozen=True, slots=True)
class RefTitleWords:
    """titles.yaml: the titles of 'the <title>' that refer back to a person, each list a
    regex-escaped alternation in the file's order, and the bodies of a government."""

    words: tuple[str, ...]  # 'Deputy', 'First Vice'
    heads: tuple[str, ...]  # 'Minister', 'Secretary-General'
    government_bodies: tuple[str, ...]  # 'Ministry', 'Embassy'


@cache
def ref_title_words() -> RefTitleWords:
    """The back-reference titles and government bodies of kb/titles.yaml."""
    raw = read_yaml("titles")
    return RefTitleWords(
        **{
            key: tuple(re.escape(str(w)) for w in raw.get(name) or ())
            for key, name in (
                ("words", "ref_title_words"),
                ("heads", "ref_title_heads"),
                ("government_bodies", "government_bodies"),
            )
        }
    )
