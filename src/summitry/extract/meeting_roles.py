"""Which meetings a page reports (role "main") and which it only mentions.

The title's meeting, else the first one named with a cue verb, else the first one named is
the page's main meeting; meetings listed with it ("attended the 18th APT FMM, the 7th EAS FMM
and the 24th ARF") share its role, dates and place; others named as attended are main too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from summitry.extract.context import Context, Sentence
from summitry.extract.meeting_parts import MeetingMention
from summitry.extract.meeting_talks import journey_for, on_sidelines
from summitry.kb.cues import meeting_cues

__all__ = ["MAIN_CUES", "also_reported", "listed_with", "main_meeting"]

_CUES = meeting_cues()
MAIN_CUES = re.compile(
    rf"(?<!will be )(?<!to be )(?<!will )\b(?:{_CUES.main_verbs})\b", re.IGNORECASE
)
_LATER = re.compile(rf"\b(?:{_CUES.later})\b(?!-)", re.IGNORECASE)  # not "next-generation"
_REPORTED_BEFORE = re.compile(  # not 'the just-concluded 34th Summit': an earlier one
    rf"(?<!will )(?<!to )(?<!-)\b(?:{_CUES.reported_before}"
    rf"|(?:{_CUES.took_part})[^.;]{{0,40}}?\b(?:in|at))\s+"
    r"(?:the|a|an|this year['’]s|its)?\s*(?:\S+\s+){0,2}$"
)
_ADJECTIVAL = re.compile(r"\b(?:the|a|an|its|this)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
_REPORTED_AFTER = re.compile(rf"[^.;]{{0,60}}?\b(?:{_CUES.held_after})\b")
# What stands between two meetings of one list: "A, B and C", "A; B; and C", "A as well as B".
_LIST_GAP = re.compile(
    r"\s*(?:,|;|,?\s+and|,?\s+as well as|\s*&)\s+(?:(?:and|as well as)\s+)?(?:the\s+)?"
)


def main_meeting(
    ctx: Context,
    mentions: list[MeetingMention],
    title_spans: Sequence[tuple[int, int, MeetingMention]] = (),
) -> MeetingMention | None:
    """The meeting the page reports: named in the title (not 'on the sidelines of' it), else
    first named with a cue verb, else the first one the body names."""
    if not mentions:
        return None
    title = ctx.title or ""
    framed = [m for s, _, m in title_spans if on_sidelines(title, s)]
    titled = [m for m in mentions if m.in_title and not any(m is f for f in framed)]
    titled = [m for m in titled if m.spans] or titled
    if titled:
        return titled[0]
    in_body = sorted(
        (m for m in mentions if m.spans and not _past_talks(ctx, m)), key=lambda m: min(m.spans)
    )
    hosts = []  # named only as where others met
    for mention in in_body:
        hosting = _hosting_sentences(ctx, mention, mentions)
        for start, _ in sorted(mention.spans):
            sentence = ctx.sentence_at(start)
            if sentence is None or sentence.start in hosting:
                continue  # 'On the sidelines of the BRICS Summit, Xi met Modi': the talks are
            if ctx.per_sentence("main cue", sentence, _has_main_cue):
                return mention
        if len(hosting) == len(mention.spans):
            hosts.append(mention)
    first = next((m for m in in_body if m not in hosts), None) or (in_body[0] if in_body else None)
    return first if first and not _announced(ctx, first) else None


def _hosting_sentences(
    ctx: Context, mention: MeetingMention, mentions: list[MeetingMention]
) -> set[int]:
    """The starts of the sentences that name the meeting as one others met on the sidelines
    of (by any of its names there: 'the ... Meeting (PALM10)'), or as what a journey was made
    for in a sentence that tells of talks ('who is visiting San Francisco to attend the APEC
    Economic Leaders' Meeting, held a Japan-China Summit Meeting with')."""
    out = set()
    for start, _ in mention.spans:
        sentence = ctx.sentence_at(start)
        if sentence is None:
            continue
        if on_sidelines(ctx.text, start) or (
            journey_for(ctx.text, sentence.start, start)
            and any(_talks_in(ctx, other, sentence) for other in mentions if other is not mention)
        ):
            out.add(sentence.start)
    return out


def _talks_in(ctx: Context, mention: MeetingMention, sentence: Sentence) -> bool:
    """Whether the sentence names talks between two governments, not of an earlier year
    ('recalled the Japan-China Summit Meeting of 2022')."""
    if mention.name.forum != "bilateral":
        return False
    named = any(
        sentence.start <= s < sentence.end and not _years_before(ctx, _OF_YEAR.match(ctx.text, e))
        for s, e in mention.spans
    )
    return named and not _past_talks(ctx, mention)


_OF_YEAR = re.compile(r"\s+(?:[\w’']+\s+){0,3}?(?:of|in)\s+(?P<year>(?:19|20)\d\d)\b")


_MET_IN_YEAR = re.compile(r"\s*(?:[\w.,]+\s+){0,5}?in\s+(?P<year>(?:19|20)\d\d)\b")


def _past_talks(ctx: Context, mention: MeetingMention) -> bool:
    """'Xi, who first met Prime Minister Modi in 2014, attended ...': talks each of whose
    namings dates them to a year before the page's are history, not reported."""
    talks = mention.name.forum in ("bilateral", "trilateral") and mention.name.name.islower()
    dated = (_MET_IN_YEAR.match(ctx.text, end) for _, end in mention.spans)
    return talks and all(_years_before(ctx, year) for year in dated)


def _years_before(ctx: Context, held_in: re.Match[str] | None) -> bool:
    """Whether the year a meeting was held in is before the page's own."""
    anchor = ctx.anchor
    return bool(held_in and anchor and int(held_in.group("year")) < anchor.year)


_HELD_IN = re.compile(r"\s+(?:[\w,]+\s+){0,4}?in\s+(?P<year>(?:19|20)\d\d)\b")


def _has_main_cue(sentence: Sentence) -> bool:
    return MAIN_CUES.search(sentence.text) is not None


def _announced(ctx: Context, mention: MeetingMention) -> bool:
    """'will attend the next ...', '... will be held': the first naming speaks of a meeting to
    come (words after the name and its place do not count: 'that it will contribute')."""
    start, end = min(mention.spans)
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return True
    return bool(_LATER.search(ctx.text, sentence.start, min(sentence.end, end + 15)))


def listed_with(
    main: MeetingMention,
    mentions: list[MeetingMention],
    text: str,
    title: str,
    title_spans: list[tuple[int, int, MeetingMention]],
) -> list[MeetingMention]:
    """The main meeting and those named in one list with it, in the body or the title; and
    'the 44th and 45th ASEAN Summits', two meetings of one name. All of them are main."""
    ends = {end for _, end in main.spans}
    group = [m for m in mentions if m is main or any(end in ends for _, end in m.spans)]
    body = sorted((s, e, i) for i, m in enumerate(mentions) for s, e in m.spans)
    heads = sorted((s, e, mentions.index(m)) for s, e, m in title_spans)
    _grow_by_lists(group, mentions, body, text)
    _grow_by_lists(group, mentions, heads, title)
    for other in group:
        other.role = "main"
    return group


# Talks named by their verb ('A, who attended the B, met with C') are no item of a list.
_MET_VERB = re.compile(r"[Mm]e(?:t|ets)\b")


def _grow_by_lists(
    group: list[MeetingMention], mentions: list[MeetingMention], spans: list, text: str
) -> None:
    """Adds to group each meeting joined by a list gap to one already in it (either side)."""
    joined = [
        (mentions[i1], mentions[i2])
        for (_, e1, i1), (s2, _, i2) in itertools.pairwise(spans)
        if s2 >= e1 and _LIST_GAP.fullmatch(text, e1, s2) and not _MET_VERB.match(text, s2)
    ]
    inside = {id(m) for m in group}
    changed = True
    while changed:
        changed = False
        for a, b in joined:
            if (id(a) in inside) == (id(b) in inside):
                continue
            added = b if id(a) in inside else a
            group.append(added)
            inside.add(id(added))
            changed = True


def also_reported(ctx: Context, mentions: list[MeetingMention]) -> None:
    """Other meetings named as attended, chaired or held are reported too; so are
    bilateral talks, unless announced for later."""
    for mention in mentions:
        if mention.role == "main":
            continue
        talks = mention.name.forum in ("bilateral", "trilateral") and mention.name.name.islower()
        if talks and mention.spans and not _announced(ctx, mention):
            mention.role = "mentioned" if _past_talks(ctx, mention) else "main"
            continue
        for start, end in mention.spans:
            before = _REPORTED_BEFORE.search(ctx.text, max(0, start - 60), start)
            if before and (
                _ADJECTIVAL.search(ctx.text, max(0, before.start() - 30), before.start())
                or _years_before(ctx, _HELD_IN.match(ctx.text, end))
            ):
                before = None  # 'the recently concluded 24th Summit', 'hosted ... in 2005
            after = _REPORTED_AFTER.match(ctx.text, end)
            if after and _years_before(ctx, _HELD_IN.match(ctx.text, after.end())):
                after = None  # 'the first Summit was held in 1997': history
            if before or after:
                mention.role = "main"
                break
    reported = [m for m in mentions if m.role == "main"]
    body = sorted((s, e, i) for i, m in enumerate(mentions) for s, e in m.spans)
    _grow_by_lists(reported, mentions, body, ctx.text)
    for mention in reported:
        mention.role = "main"
