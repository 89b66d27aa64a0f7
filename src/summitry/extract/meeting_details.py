"""Where and how a meeting met: the place, format and host state its sentences give, else
the lead's way of meeting and the headline's date, venue and city."""

from __future__ import annotations

import re
from datetime import date

from summitry.extract.context import Context
from summitry.extract.dates import find_dates
from summitry.extract.formats import format_between
from summitry.extract.meeting_dates import clause_end, set_dates
from summitry.extract.meeting_parts import MeetingMention
from summitry.extract.meeting_talks import journey_for
from summitry.extract.places import city_state, may_place, place_near
from summitry.kb.cues import meeting_cues

__all__ = [
    "city_summits",
    "fill_details",
    "fill_from_title",
    "lead_by_video",
    "placed_by_travel",
    "same_state_nearby",
    "talks_during_visit",
]


def fill_details(
    ctx: Context, mention: MeetingMention, kb, name_spans: list[tuple[int, int]]
) -> None:
    """The place, format and host state of a meeting from the clauses after its names, up to
    the next meeting's name not listed with it ('informed the meeting that it will host the
    16th EEPM in Korea')."""
    for start, end in sorted(mention.spans):
        sentence = ctx.sentence_at(start)
        if sentence is None:
            continue
        stop = clause_end(ctx.text, end, _next_name(ctx.text, name_spans, end, sentence.end))
        if mention.city is None and mention.venue is None and may_place(ctx, end, stop):
            place = place_near(ctx.text, end, stop, kb, ctx.iter_matches_in(end, stop))
            mention.city, mention.venue = place.city, place.venue
            mention.country = place.country or mention.country
        mention.format = mention.format or format_between(ctx.text, start, stop)
        if mention.format is None and _BY_VIDEO_BEFORE.search(ctx.text, max(0, start - 50), start):
            mention.format = "virtual"  # "the video conference of the 26th ...", "by video in the"
        mention.country = mention.country or ctx.per_sentence(
            "host", sentence, lambda s: _host_state(ctx, s.start, s.end)
        )
    if mention.city is None and mention.venue is None:
        _city_in_name(ctx, mention)
    if mention.format is None and (mention.city or mention.venue):
        mention.format = "in_person"


def _next_name(text: str, name_spans: list[tuple[int, int]], end: int, limit: int) -> int:
    """Where the next meeting's name begins after `end`, else `limit`; names listed with
    this one ('the AMM and the AELM in Bangkok') share its place, so the window runs on."""
    for start, stop in sorted(name_spans):
        if start < end or stop <= end:
            continue
        if start >= limit:
            break
        if not _LISTED.fullmatch(text, end, start):
            return start
        end = stop
    return limit


_LISTED = re.compile(r"(?:\s*\([^()]*\))?\s*(?:,\s*|\s+(?:and|or|&)\s+|,\s+and\s+)(?:the\s+)?")


_BY_VIDEO_BEFORE = re.compile(
    rf"\b(?:{meeting_cues().virtual})\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:\d+\w*\s+)?$", re.IGNORECASE
)
_HOSTED_BY = re.compile(r"\b[Hh]osted\s+by\s+(?:the\s+)?$")


def _host_state(ctx: Context, start: int, end: int) -> str | None:
    """'Hosted by New Zealand, the meeting was held virtually': the host state, where the
    sentence names one."""
    for mt in ctx.matches_in(start, end):
        if mt.kind == "country" and _HOSTED_BY.search(
            ctx.text, max(start, start + mt.start - 20), start + mt.start
        ):
            return mt.key
    return None


def _city_in_name(ctx: Context, mention: MeetingMention) -> None:
    """'the G20 Osaka Summit', 'the Sochi summit': the host city is part of the name."""
    for start, end in mention.spans:
        for mt in ctx.matches_in(start, end):
            if mt.kind == "city":
                mention.city, mention.country = mt.surface, mt.key
                return


_MET_BY_VIDEO = re.compile(
    rf"\b(?:meet\w*|met|held|convened|gathered|took place)\s+(?:\w+\s+)?"
    rf"(?:{meeting_cues().virtual})\b",
    re.IGNORECASE,
)


def lead_by_video(ctx: Context, main: MeetingMention) -> None:
    """'Ministers from the 21 APEC member economies are meeting virtually ...': the lead says
    how the main meeting met, though it does not name it."""
    if main.format is None and any(_MET_BY_VIDEO.search(s.text) for s in ctx.sentences[:2]):
        main.format = "virtual"


def fill_from_title(ctx: Context, main: MeetingMention, kb) -> None:
    """The headline often holds what the body leaves out: the date, venue and city."""
    title = ctx.title or ""
    if main.start is None:
        for d in find_dates(title, ctx.anchor):
            if d.precision == "day" and d.first:
                main.start, main.end = d.first.isoformat(), (d.last or d.first).isoformat()
                break
    if main.city is None and main.venue is None:
        place = place_near(title, 0, len(title), kb)
        main.city, main.venue = place.city, place.venue
        main.country = place.country or main.country
    if main.venue is None and main.city is not None:
        main.venue = place_near(title, 0, len(title), kb).venue
    if main.format is None and (main.city or main.venue):
        main.format = "in_person"


def placed_by_travel(ctx: Context, mentions: list[MeetingMention], kb) -> None:
    """The meeting a journey was made for met where the journey went ('visiting San Francisco
    to attend the APEC Economic Leaders' Meeting'): the last city named on the way there, or
    a state that is its own capital ('visiting Singapore to attend')."""
    for mention in mentions:
        if mention.city or mention.venue or mention.format == "virtual":
            continue
        for start, _ in mention.spans:
            sentence = ctx.sentence_at(start)
            m = sentence and journey_for(ctx.text, sentence.start, start)
            if not m:
                continue
            cities = _cities_in(ctx, m.start("place"), m.end("place"), kb)
            if cities:
                _place_at(mention, cities[-1])
                break


def _cities_in(ctx: Context, lo: int, hi: int, kb) -> list:
    """The cities named between lo and hi, and the states named as their own capital
    (Singapore, Macao), in order."""
    return [
        mt
        for mt in ctx.matches_in(lo, hi)
        if mt.kind == "city" or (mt.kind == "country" and city_state(kb, mt))
    ]


def _place_at(mention: MeetingMention, mt) -> None:
    mention.city, mention.country = mt.surface, mt.key
    mention.format = mention.format or "in_person"


_DURING_VISIT = re.compile(r"(?:\d+\.\s+)?During\s+(?:the|this|that|his|her|their)\s+visit\b")
_TRAVELLED = re.compile(rf"\b(?:{meeting_cues().travelled})\s+")


def talks_during_visit(ctx: Context, mentions: list[MeetingMention], kb) -> None:
    """'The Minister visited Singapore on March 23-24, 2024. During the visit, EAM ... held
    talks with ...': talks held during the visit the sentence before tells of met where the
    visit went, on its days, unless their own sentences say otherwise."""
    for talk in mentions:
        if talk.name.forum != "bilateral" or not talk.spans:
            continue
        sentence = ctx.sentence_at(talk.spans[0][0])
        if sentence is None or not _DURING_VISIT.match(sentence.text):
            continue
        visit = next((s for s in reversed(ctx.sentences) if s.end <= sentence.start), None)
        went = _TRAVELLED.search(visit.text) if visit is not None else None
        if visit is None or went is None:
            continue
        if talk.city is None and talk.venue is None and talk.format != "virtual":
            cities = _cities_in(ctx, visit.start + went.end(), visit.end, kb)
            if cities:
                _place_at(talk, cities[0])
        if talk.start is None:
            days = [d for d in ctx.dates if visit.start <= d.start < visit.end]
            if days and days[0].first is not None:
                set_dates(ctx, talk, days)


_WEEK = 7


def same_state_nearby(ctx: Context, main: MeetingMention, mentions: list[MeetingMention]) -> None:
    """'... ahead of the APEC Summit on Friday and Saturday', 'the annual summit of APEC
    leaders will take place on Saturday': a meeting of the main one's forum dated in the
    week after it (or after the page's day) met in its state when the page names no other;
    an undated one, or one after a meeting held online, is not placed."""
    forum = main.name.forum
    if main.country is None or main.format == "virtual" or forum in (None, "bilateral"):
        return
    since = main.start or (ctx.anchor.isoformat() if ctx.anchor else None)
    for other in mentions:
        if other is main or other.country or other.name.forum != forum or other.format:
            continue
        if _within_week(since, other.start):
            other.country = main.country


def _within_week(since: str | None, start: str | None) -> bool:
    """Whether start falls on since's day or in the days of the week after it."""
    if since is None or start is None:
        return False
    days = (date.fromisoformat(start[:10]) - date.fromisoformat(since[:10])).days
    return 0 <= days < _WEEK


_CITY_SUMMIT = re.compile(r"\s+[Ss]ummit\b")
_THE = re.compile(r"\b[Tt]he\s+$")


def city_summits(ctx: Context, mentions: list[MeetingMention]) -> None:
    """'the decisions of the Sochi summit': a city before 'summit' names the one summit the
    page reports (its city then read off the name), when the page reports just one."""
    summits = [
        m for m in mentions if m.name.head.casefold() == "summit" and m.name.forum != "bilateral"
    ]
    if len(summits) != 1:
        return
    taken = [span for m in mentions for span in m.spans]
    for mt in ctx.matches:
        after = _CITY_SUMMIT.match(ctx.text, mt.end) if mt.kind == "city" else None
        if after is None or not _THE.search(ctx.text, max(0, mt.start - 5), mt.start):
            continue
        if not any(s < after.end() and mt.start < e for s, e in taken):
            summits[0].spans.append((mt.start, after.end()))
