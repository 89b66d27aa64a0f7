"""Initiatives: the standing ones the kb knows ('AOIP'), and names of the right shape
(initiative_shapes.py) that are not something else: a meeting, a body, a title, a theme, or a
kind of document with no name of its own ("the Joint Statement", "a Press Statement").
"""

from __future__ import annotations

import functools
import re

from summitry.extract import initiative_shapes as shapes
from summitry.extract.context import Context, Mention
from summitry.extract.meetings import theme_matches
from summitry.extract.patterns import char_starts, matches_from
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.model import Match
from summitry.kb.vocab import initiative_words

_POSSESSIVE_END = re.compile(r"['’]s?$")
_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[.;]\s")
_NON_WORD = re.compile(r"[^\w]+")

__all__ = ["initiative_spans", "initiatives_in_text"]

# kb matches that a name may hold whole ('ASEAN Community Vision') but not cut into or lie in.
_BLOCKING_KINDS = frozenset({"organization", "series", "forum", "title", "place"})
_HELD_KINDS = frozenset({"organization", "series", "forum", "place"})
_QUOTE = re.compile(r"[“\"](?P<inner>[^”\"\n]{3,200})[”\"]")
_QUOTE_MARKS = '“"'  # where a _QUOTE match may begin
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:\s(?:\d{4}|Plus))?")  # 'MPAC 2025', 'NSP Plus'
_BRACKETED = re.compile(r"\([A-Z][A-Za-z]*[A-Z]\)")
# "Session 1 (Vision for the PALM Partnership towards 2050, ...)": a session's title
_SESSION_TITLE = re.compile(r"\bSession\s+(?:\d{1,2}|[IVX]{1,4})\s*\((?P<inner>[^()\n]{3,200})\)")
_CUE_REACH = 60  # characters before a quotation searched for 'theme', 'session' ...


def initiatives_in_text(ctx: Context) -> None:
    """Fill ctx.initiatives: every named initiative once, with all its spans."""
    people = [span for person in ctx.people for span in getattr(person, "spans", ())]
    ctx.initiatives = initiative_spans(ctx.text, load_kb(), ctx.matches, people)


def initiative_spans(
    text: str,
    kb: KnowledgeBase,
    matches: list[Match] | None = None,
    people: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Every initiative of a text with its spans, the fullest name first seen kept."""
    matches = kb.find(text) if matches is None else matches
    themes = frozenset(shapes.clean(m.group("theme")) for m in theme_matches(text))
    blocked = _blocked_spans(text, matches, people or [])
    found: list[Mention] = []
    candidates = [
        *shapes.shaped(text),
        *shapes.quoted(text, themes),
        *shapes.quoted_with_head(text),
    ]
    candidates = [_trimmed(c, blocked) for c in candidates]
    candidates = [c for c in candidates if _is_initiative(c, kb, blocked)]
    pairs = _pairs(text, kb, blocked)
    defined = {pairs[i][0]: pairs[i - 1][0] for i in range(1, len(pairs), 2)}
    offices = _portfolios(text, matches)
    known = [k for k in _known(matches, defined) if not any(a <= k[1] < b for a, b in offices)]
    for name, start, end in [*pairs, *known, *candidates]:
        _add(found, name, start, end, pairs)
    return _drop_prefixes(found)


def _pairs(
    text: str, kb: KnowledgeBase, blocked: list[tuple[int, int, bool]]
) -> list[tuple[str, int, int]]:
    """Long form then acronym, for each pair whose long form is an initiative."""
    found = shapes.pairs(text)
    out = []
    for i in range(0, len(found) - 1, 2):
        name, start, end = found[i]
        if not (_is_other_thing(name, kb) or _crosses(start, end, blocked)):
            out += found[i : i + 2]
    return out


def _known(matches: list[Match], defined: dict[str, str]) -> list[tuple[str, int, int]]:
    """Initiatives the kb knows, each under its fullest spelling on the page: 'AOIP' and
    'ASEAN Outlook on the Indo-Pacific' are one initiative; named only by an acronym, under
    the kb's name where the page spells it out no fuller ('MPAC' -> 'Master Plan on ASEAN
    Connectivity 2025')."""
    spelled: dict[str, str] = {}
    for m in matches:
        if m.kind == "initiative" and len(m.surface) > len(spelled.get(m.key, "")):
            spelled[m.key] = m.surface
    for key, surface in spelled.items():
        spelled_out = defined.get(surface)
        if _ACRONYM.fullmatch(surface) and (
            spelled_out is None or key.casefold().startswith(f"{spelled_out.casefold()} ")
        ):
            spelled[key] = key
    return [(spelled[m.key], m.start, m.end) for m in matches if m.kind == "initiative"]


_FOR = re.compile(r"\s+for\s+(?:the\s+)?")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,8}\)")


def _portfolios(text: str, matches: list[Match]) -> list[tuple[int, int]]:
    """'Deputy Secretary-General for ASEAN Political-Security Community (APSC)': a known
    initiative that names an office's remit, its acronym with it."""
    after_titles = {
        f.end() for mt in matches if mt.kind == "title" and (f := _FOR.match(text, mt.end))
    }
    out = []
    for mt in matches:
        if mt.kind == "initiative" and mt.start in after_titles:
            acronym = _ACRONYM_AFTER.match(text, mt.end)
            out.append((mt.start, acronym.end() if acronym else mt.end))
    return out


def _trimmed(
    candidate: tuple[str, int, int], blocked: list[tuple[int, int, bool]]
) -> tuple[str, int, int]:
    """A name run on over a list into a body or meeting, cut at the list's last comma before
    it: 'Declaration on the Conduct of Parties in the East Sea, ASEAN Regional Forum'."""
    name, start, end = candidate
    while ", " in name and (
        _crosses(start, end, blocked) or any(s > start and e == end for s, e, _ in blocked)
    ):
        name = name[: name.rindex(", ")]
        end = start + len(name)
    return (name, start, end) if name else candidate


def _is_initiative(
    candidate: tuple[str, int, int], kb: KnowledgeBase, blocked: list[tuple[int, int, bool]]
) -> bool:
    """A candidate that is no meeting, body, kind of document, title, person or theme."""
    name, start, end = candidate
    return not (_is_other_thing(name, kb) or _is_generic(name) or _crosses(start, end, blocked))


@functools.cache
def _not_head_endings() -> tuple[tuple[str, ...], frozenset[str]]:
    """The words that end a meeting's or a person's name (initiatives.yaml not_heads), as
    endings after a space and as a set."""
    words = initiative_words().not_heads
    return tuple(f" {w}" for w in words), frozenset(words)


def _is_other_thing(name: str, kb: KnowledgeBase) -> bool:
    """An organisation, forum, country or meeting is not an initiative; a name whose last
    word is a meeting's is one unless a head comes before it ('Hanoi Declaration on the 15th
    Anniversary of the East Asia Summit')."""
    words = name.split()
    last = _POSSESSIVE_END.sub("", words[-1]) if words else ""
    ends, not_heads = _not_head_endings()
    if (name.endswith(ends) or last in not_heads) and not shapes.has_head(" ".join(words[:-1])):
        return True
    whole = kb.whole(name)
    if whole is not None and whole.kind != "initiative":
        return True
    return len(name.split()) < 2 and not _DIGIT.search(name)


def _is_generic(name: str) -> bool:
    """'Joint Communiqué', 'Summit Press Statement', 'Work Plan', 'Plan of Action': a kind of
    document, no name (a year makes one: 'Action Plan 2013-2015')."""
    words = initiative_words()
    if _DIGIT.search(name):
        return False
    return all(w in words.generic_words for w in name.split()) or name in words.heads


def _blocked_spans(
    text: str, matches: list[Match], people: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """(start, end, may_hold): spans a name may not cut into, nor lie in; a name may hold
    a body, a meeting or a place whole (may_hold: 'Hanoi Declaration on the 15th Anniversary
    of the East Asia Summit'), but not a person, a title, a theme or a session's title."""
    out = [(m.start, m.end, m.kind in _HELD_KINDS) for m in matches if m.kind in _BLOCKING_KINDS]
    out += [(s, e, False) for s, e in people]
    cues = _quote_cues()
    for m in matches_from(_QUOTE, text, char_starts(text, _QUOTE_MARKS)):
        before = text[max(0, m.start() - _CUE_REACH) : m.start()]
        before = _CLAUSE_END.split(before)[-1]
        if cues.search(before):
            out.append((m.start("inner"), m.end("inner"), False))
    if "Session" in text:
        out += [(m.start("inner"), m.end("inner"), False) for m in _SESSION_TITLE.finditer(text)]
    return out


@functools.cache
def _quote_cues() -> re.Pattern[str]:
    """Any cue word before a quotation that makes it no name ('theme', 'session')."""
    cues = "|".join(re.escape(cue) for cue in initiative_words().quote_cues)
    return re.compile(rf"\b(?:{cues})\b" if cues else "(?!)")


def _crosses(start: int, end: int, blocked: list[tuple[int, int, bool]]) -> bool:
    """Whether [start, end) lies in a blocked span, cuts into one, or holds one it may not."""
    for s, e, may_hold in blocked:
        if e <= start or end <= s:
            continue
        if may_hold and start <= s and e <= end and (s, e) != (start, end):
            continue
        return True
    return False


def _add(
    found: list[Mention], name: str, start: int, end: int, pairs: list[tuple[str, int, int]]
) -> None:
    """Add a span to the initiative of that name (an acronym under its long form), or a new one;
    'Work Plan (2018-2022)' and 'Work Plan 2018-2022' are one name."""
    canonical = _canonical(name, pairs)
    key = _key(canonical)
    for mention in found:
        if _key(mention.name) == key:
            if (start, end) not in mention.spans:
                mention.spans.append((start, end))
            return
    found.append(Mention(canonical, [(start, end)]))


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """What makes two names one initiative: the kb entry both name ('Doha Round', 'Doha
    Agenda'), else the same words but for acronyms in brackets, punctuation, case and
    articles ('ASEAN Outlook on Indo-Pacific')."""
    known = load_kb().whole(name, {"initiative"})
    name = known.key if known is not None else name
    words = _NON_WORD.sub(" ", _BRACKETED.sub(" ", name)).casefold().split()
    return " ".join(w for w in words if w not in ("the", "a", "an"))


def _inside(spans: list[tuple[int, int]], outer: list[tuple[int, int]]) -> bool:
    """Whether the first span lies within one of the outer spans."""
    start, end = min(spans)
    return any(s <= start and end <= e for s, e in outer)


def _canonical(name: str, pairs: list[tuple[str, int, int]]) -> str:
    """An acronym stands for its long form where the page defines it, and so does the
    acronym with the long form's head ('SUDF Framework')."""
    for i in range(1, len(pairs), 2):
        long_form = pairs[i - 1][0]
        if pairs[i][0] == name or name == f"{pairs[i][0]} {long_form.split()[-1]}":
            return long_form
    return name


def _drop_prefixes(found: list[Mention]) -> list[Mention]:
    """'Bangkok Goals' is 'Bangkok Goals on BCG Economy' named short, and 'Digital Economy
    Framework Agreement' is 'ASEAN Digital Economy Framework Agreement': keep the long one."""
    keep = []
    folded = [(o, len(o.name), o.name.casefold()) for o in found]
    for mention in found:
        size, prefix = len(mention.name), mention.name.casefold() + " "
        longer = next(
            (
                o
                for o, o_size, o_folded in folded
                if o is not mention
                and o_size > size
                and (o_folded.startswith(prefix) or _inside(mention.spans, o.spans))
            ),
            None,
        )
        if longer is not None:
            longer.spans.extend(mention.spans)
        else:
            keep.append(mention)
    return sorted(keep, key=lambda m: min(m.spans))
