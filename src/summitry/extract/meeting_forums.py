"""Which forum holds a meeting named: from the name's own words, a list of forums before it,
the words after it ('... of the ten member states of ASEAN'), or the page's forums."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from summitry.extract.meeting_parts import MeetingMention
from summitry.kb import KnowledgeBase

__all__ = [
    "after_forum_list",
    "dashed_forums",
    "forum_after",
    "forum_around",
    "forum_name",
    "forum_of_series",
    "forums_named_on",
    "in_written_order",
    "split_forum",
    "three_party_forums",
    "two_countries",
]


def after_forum_list(
    words: list[str], offset: int, body: str, kb: KnowledgeBase
) -> tuple[list[str], int]:
    """'ASEAN-US and ASEAN Plus Three Foreign Ministers'': the name starts at the last forum
    of the list (the others are the family's other members)."""
    if "and" not in words:
        return words, offset
    i = len(words) - 1 - words[::-1].index("and")
    left = kb.whole(" ".join(words[:i]), {"forum", "organization"})
    right = split_forum(words[i + 1 :], kb)
    if left is None or forum_name(left.key, kb) not in kb.forums or right[0] is None:
        return words, offset
    if right[1] == words[i + 1 :]:
        return words, offset
    return words[i + 1 :], body.index(" and ", offset) + len(" and ")


def two_countries(words: list[str], kb: KnowledgeBase) -> bool:
    found = {m.key for m in kb.find(" ".join(words), {"country", "demonym"})}
    return len(found) == 2


def forum_of_series(core: str, kb: KnowledgeBase, page_forums: Counter[str]) -> str | None:
    """'Commemorative Summit' on a page about ASEAN-ROK -> ASEAN-ROK; else the page's forum,
    or the framework it joins to another grouping ('EU' -> 'ASEAN-EU') where the page names
    that framework too."""
    candidates = [s.forum for s in kb.series_by_alias(core) if s.forum in page_forums]
    if candidates:
        return max(candidates, key=lambda f: page_forums[f])
    if not page_forums:
        return None
    top = page_forums.most_common(1)[0][0]
    joint = [
        f
        for f, forum in ((f, kb.forums.get(f)) for f in page_forums)
        if forum and forum.parent not in (None, top) and top in f.split("-")
    ]
    return max(joint, key=lambda f: page_forums[f]) if joint else top


def split_forum(words: list[str], kb: KnowledgeBase) -> tuple[str | None, list[str]]:
    """('APEC', ['Senior', "Officials'"]) from 'Asia-Pacific Economic Cooperation Senior ...'."""
    phrase = " ".join(words)
    forums = [
        mt
        for mt in kb.find(phrase, {"forum", "organization"})
        if mt.key in kb.forums or kb.forum_key(mt.key)
    ]
    if not forums:
        return None, words
    first = forums[0]
    rest_start = first.end
    for mt in forums[1:]:  # "Asia-Pacific Economic Cooperation (APEC)" twice over
        if phrase[rest_start : mt.start].strip() == "" and mt.key == first.key:
            rest_start = mt.end
    rest = re.sub(r"^['’]s\b", "", phrase[rest_start:])  # "... Cooperation Forum's Ministers"
    return forum_name(first.key, kb), rest.split()


def forum_name(key: str, kb: KnowledgeBase) -> str:
    return key if key in kb.forums else kb.forum_key(key) or key


_FORUM_AFTER = re.compile(r"\s+(?:of|among|between)\s+[^.,;]{0,50}")


def forum_after(text: str, end: int, kb: KnowledgeBase) -> str | None:
    """'Senior Officials' Meeting (SOM) of the ten member states of ASEAN' -> ASEAN."""
    m = _FORUM_AFTER.match(text, end)
    if not m:
        return None
    forums = [
        mt
        for mt in kb.find(m.group(0))
        if mt.kind in ("forum", "organization") and mt.key in kb.forums
    ]
    return forums[-1].key if forums else None


def three_party_forums(matches: list, kb: KnowledgeBase) -> list[str]:
    """Three-party frameworks (China-Japan-ROK) whose three states the page names."""
    named = {mt.key for mt in matches if mt.kind in ("country", "demonym")}
    return [
        f.name
        for f in kb.forums.values()
        if len(f.partners) == 3 and f.parent is None and set(f.partners) <= named
    ]


def forums_named_on(matches: list, kb: KnowledgeBase) -> Counter[str]:
    """How often each forum is named on the page (in names of meetings and initiatives too)."""
    counts: Counter[str] = Counter()
    for mt in matches:
        if mt.kind not in ("forum", "organization", "series"):
            continue
        series = kb.series_for(mt.key) if mt.kind == "series" else None
        key = mt.key if mt.kind != "series" else series.forum if series else None
        forum = key if key in kb.forums else kb.forum_key(key) if key else None
        if forum and forum != "bilateral":
            counts[forum] += 1
    return counts


_BILATERAL_BEFORE = re.compile(r"\bbilateral\s+$")
_SIDE = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
_TWO_SIDES_AFTER = re.compile(rf"\s+between\s+{_SIDE}\s+and\s+{_SIDE}")


_PARTIES_COUNTED = re.compile(
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[2-9])[- ](?:Party|Parties|Way|Nation)\b"
)


def forum_around(
    text: str,
    span: tuple[int, int],
    plain: list[str],
    core: str,
    kb: KnowledgeBase,
    page_forums: Counter[str],
    threes: list[str],
) -> str | None:
    """The forum of a name that names none: talks between two states, a three-party
    framework, the forum named after it, else the page's. `span`: the name's (start, end)."""
    start, end = span
    if _BILATERAL_BEFORE.search(text[max(0, start - 12) : start]):
        return "bilateral"
    between = _TWO_SIDES_AFTER.match(text, end)
    if between and two_countries(between.group(0).split(), kb):
        return "bilateral"  # "the 13th Annual Consultation between Malaysia and Indonesia"
    if two_countries(plain, kb):
        return "bilateral"  # "Japan-China Summit", "Korea-US Foreign Ministers' Meeting"
    if "Trilateral" in core.split():
        return threes[0] if threes else "trilateral"  # not the page's other forum
    if _PARTIES_COUNTED.match(core):
        return core  # "the Six-Party Talks": its parties are its own forum, not the page's
    return forum_after(text, end, kb) or forum_of_series(core, kb, page_forums)


def in_written_order(text: str, mentions: Iterable[MeetingMention], kb: KnowledgeBase) -> None:
    """'Mekong-Lancang Cooperation Foreign Ministers' Meeting': a framework whose members
    name it each in their own order is named in its meetings' names as the page first
    writes it in full, else as the letters of its acronym there run ('MLC')."""
    for mention in mentions:
        forum = kb.forums.get(mention.name.forum or "")
        if forum is None or not forum.reordered or not mention.name.name.startswith(forum.name):
            continue
        forms = (forum.name, *forum.reordered)
        found = [(m.start(), form) for form in forms if (m := _written(form).search(text))]
        found = found or [
            (m.start(), form) for form in forms if (m := _initials(form).search(text))
        ]
        first = min(found)[1] if found else forum.name
        mention.name = replace(mention.name, name=first + mention.name.name[len(forum.name) :])


def _written(form: str) -> re.Pattern[str]:
    """'Mekong-Lancang Cooperation' as pages write it, 'Mekong – Lancang Cooperation' too."""
    parts = [re.escape(p) for p in form.split("-")]
    return re.compile(r"\s*[-–—]\s*".join(parts), re.IGNORECASE)


def _initials(form: str) -> re.Pattern[str]:
    """'MLC' for 'Mekong-Lancang Cooperation', as a word of its own."""
    letters = "".join(word[0] for word in re.split(r"[-\s]+", form) if word[:1].isupper())
    return re.compile(rf"\b{letters}\b")


_SINGLE_SPACED_DASH = re.compile(r"\s[-–—]\s")


def dashed_forums(text: str, matches: list) -> list[tuple[int, int]]:
    """The spans of forums named with a spaced dash ('Mekong – Lancang Cooperation'), which
    a name's words walked back from its head stop in."""
    return [
        (mt.start, mt.end)
        for mt in matches
        if mt.kind == "forum" and _SINGLE_SPACED_DASH.search(text, mt.start, mt.end)
    ]
