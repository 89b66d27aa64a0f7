"""The state that hosts a meeting, said apart from its name: 'Thailand is hosting APEC 2022',
'Thailand, as APEC host' (the forum's meetings the page reports), or a sentence opening
'Hosted by New Zealand' after the one naming the meeting."""

from __future__ import annotations

import re

from summitry.extract.context import Context
from summitry.extract.meeting_parts import MeetingMention
from summitry.kb.cues import meeting_cues

__all__ = ["host_countries"]

_HOSTING = re.compile(rf"\s+(?:{meeting_cues().hosting})\s+(?:the\s+)?", re.IGNORECASE)
_AS = re.compile(r",?\s+as\s+(?:the\s+)?")
_HOST = re.compile(r"\s+host\b")
_HOSTED_BY = re.compile(r"Hosted\s+by\s+(?:the\s+)?$")


def host_countries(ctx: Context, mentions: list[MeetingMention]) -> None:
    """Fill the country of the reported meetings from their forum's host, of a meeting
    from a 'Hosted by' sentence right after the one naming it, and of one the sentence's
    subject 'hosted'."""
    for mention in mentions:
        if mention.country is None:
            mention.country = _subject_hosted(ctx, mention) or _chaired_by(ctx, mention)
    forums = [mt for mt in ctx.matches if mt.kind in ("forum", "organization")]
    forum_at = {mt.start: mt.key for mt in forums}
    for mt in ctx.matches:
        if mt.kind != "country":
            continue
        hosting = _HOSTING.match(ctx.text, mt.end)
        forum = forum_at.get(hosting.end()) if hosting else _as_host(ctx.text, mt.end, forums)
        for m in mentions if forum else ():
            if m.role == "main" and m.country is None and m.name.forum == forum:
                m.country = mt.key
        sentence = ctx.sentence_at(mt.start)
        if sentence is None or not _HOSTED_BY.fullmatch(ctx.text, sentence.start, mt.start):
            continue
        earlier = [x for x in ctx.sentences if x.end <= sentence.start]
        if not earlier:
            continue
        prev = earlier[-1]
        before = [m for m in mentions if any(prev.start <= s < prev.end for s, _ in m.spans)]
        if len(before) == 1 and before[0].country is None:
            before[0].country = mt.key


def _as_host(text: str, end: int, forums: list) -> str | None:
    """'Thailand, as APEC host, ...': the forum the state hosts."""
    m = _AS.match(text, end)
    if m is None:
        return None
    forum = next((f for f in forums if f.start == m.end()), None)
    return forum.key if forum and _HOST.match(text, forum.end) else None


_HOSTED_THE = re.compile(r"\bhost(?:ed|s)?\s+(?:the\s+)?(?:\d+\w*\s+|[A-Z]\w+\s+|\w+-ever\s+)?$")
_OWN_GOVERNMENT = re.compile(
    rf"^\W*(?:\d+\.\s*)?(?:The\s+)?(?:{meeting_cues().own_side})\b", re.IGNORECASE
)


_CHAIRED_BY = re.compile(r"\s(?:(?:is|was|were|are)\s+)?(?:co-)?chaired\s+by\s+(?:the\s+)?")


def _chaired_by(ctx: Context, mention: MeetingMention) -> str | None:
    """'The 2021 APEC Ministerial Meeting is co-chaired by New Zealand Minister of Foreign
    Affairs ... and Minister for Trade ...': the one state whose people chair it, its host."""
    for _, end in mention.spans:
        sentence = ctx.sentence_at(end - 1)
        chaired = _CHAIRED_BY.match(ctx.text, end, sentence.end) if sentence else None
        if chaired is None or sentence is None:
            continue
        near = ctx.matches_in(chaired.end(), sentence.end)
        states = {mt.key for mt in near if mt.kind in ("country", "demonym")}
        return states.pop() if len(states) == 1 else None
    return None


def _subject_hosted(ctx: Context, mention: MeetingMention) -> str | None:
    """'The government of the Republic of Korea ... hosted the 3rd Korea-Africa Forum': the
    one state the words before 'hosted' name; the publisher's when its own ministry or
    government hosted ('The Ministry of Foreign Affairs hosted the 5th ...')."""
    for start, _ in mention.spans:
        sentence = ctx.sentence_at(start)
        hosted = _HOSTED_THE.search(ctx.text, max(0, start - 30), start) if sentence else None
        if hosted is None or sentence is None or hosted.start() < sentence.start:
            continue
        states = {
            mt.key for mt in ctx.matches_in(sentence.start, hosted.start()) if mt.kind == "country"
        }
        if len(states) == 1:
            return states.pop()
        if not states and _OWN_GOVERNMENT.match(ctx.text[sentence.start : hosted.start()]):
            return ctx.document.publisher_country
    return None
