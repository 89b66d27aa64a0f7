"""Which speaker candidates make up a clause's subject: one in object position is none
('attended by Minister X'), and a subject may join several ('X and his ASEAN counterparts',
'A, Chinese Premier B and Japanese Prime Minister C')."""

from __future__ import annotations

import re

from summitry.extract.patterns import word_start
from summitry.extract.speaker_refs import Candidate

__all__ = ["compound", "first_group_end", "object_position"]


def first_group_end(text: str, inside: list[Candidate]) -> int:
    """How many candidates make up the first subject: 'X and his ASEAN counterparts'."""
    count = 1
    while count < len(inside) and _COMPOUND_GAP.fullmatch(
        text[inside[count - 1].end : inside[count].start]
    ):
        count += 1
    return count


# between two people of one subject: 'and' or a list's comma, then the next one's title
# ('and his Chinese counterpart')
_PEOPLE_GAP = re.compile(
    r"(?:\s*,\s*(?:(?P<also>and)\s+)?|\s+(?P<and>and|as well as)\s+)(?:(?:his|her)\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,6}(?:counterpart\s+)?"
)
_COMPOUND_GAP = re.compile(
    r"\s*(?:,\s*together with|and|as well as)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:\w+\s+of\s+(?:each|the|all)\s+)?|\s*(?:’s|'s)?\s*"
)


def object_position(text: str, start: int, lo: int) -> bool:
    """A candidate right after a preposition is an object, not a subject."""
    before = text[max(lo, start - 25) : start]
    return bool(
        _AFTER_PREPOSITION.search(before) or _AGENT_TITLE.search(text, max(lo, start - 70), start)
    )


_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|for|with|of|by|from|between|among|on|at|in|into|"
    r"about|than|urged|asked|called on|including|attend|attended|attending|joined|"
    r"met|led|hosted|visited)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


# 'presided over by ROK Foreign Minister Kim': a title between 'by / with' and the name
_AGENT_TITLE = re.compile(
    rf"(?:{word_start('by', 'with', 'from')})\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){{1,5}}$"
)


def compound(text: str, inside: list[Candidate]) -> list[Candidate]:
    """The nearest subject, plus 'X and his ASEAN counterparts' / 'X, together with Y'."""
    group = [inside[-1]]
    anchor = group[0].start
    joined = False  # by 'and': a comma may then join the names listed before
    for cand in reversed(inside[:-1]):
        gap = text[cand.end : anchor]
        modifier = cand.kind == "country" and group[0].kind == "person"
        if modifier and anchor == group[0].start and _TITLE_GAP.fullmatch(gap):
            anchor = cand.start  # 'A and U.S. Secretary of State B': whom B's title serves
            continue
        people = cand.kind == group[0].kind == "person"
        listed = people and _PEOPLE_GAP.fullmatch(gap)
        if listed and (listed.group("and") or listed.group("also") or joined):
            joined = True  # 'A, Chinese Premier B and Japanese Prime Minister C agreed'
            group.insert(0, cand)
            anchor = cand.start
            continue
        if not _COMPOUND_GAP.fullmatch(gap):
            break
        if gap.strip(" ’'s"):
            group.insert(0, cand)
        anchor = cand.start  # 'Cho Tae-yul' found as two words: one name
    return group


# capitalised words of a title between the country it serves and the person's name
_TITLE_GAP = re.compile(r"\s+(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+)*")
