"""When a meeting met: the date each meeting's clause gives, 'today', and the dateline's
date when nothing else dates the main meeting."""

from __future__ import annotations

import bisect
import datetime
import re

from summitry.extract.context import Context, Sentence
from summitry.extract.lookups import first_match
from summitry.extract.meeting_parts import MeetingMention
from summitry.extract.meeting_roles import MAIN_CUES
from summitry.extract.meeting_talks import host_of_main
from summitry.extract.page_dates import LATER_WORD
from summitry.extract.patterns import word_start
from summitry.kb.cues import meeting_cues, meeting_heads
from summitry.kb.vocab import amount_words

__all__ = [
    "assign_dates",
    "clause_end",
    "dated_today",
    "dated_tonight",
    "set_dates",
]


_TODAY = re.compile(
    r"\b(?:(yesterday)|today|this (?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE
)


def _day_said(m: re.Match[str], published: str) -> str:
    """The page's date, or the day before it for 'yesterday' (a date that is no ISO date
    stays as it is)."""
    day = _iso_day(published)
    if m.group(1) is None or day is None:
        return published
    return (day - datetime.timedelta(days=1)).isoformat()


def _iso_day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _concludes(sentence: Sentence) -> bool:
    return _CONCLUDED.search(sentence.text) is not None


def _todays(sentence: Sentence) -> list[re.Match[str]]:
    """'today', 'yesterday', 'this morning' in the sentence (offsets within its text)."""
    return list(_TODAY.finditer(sentence.text))


def dated_today(ctx: Context, main: MeetingMention) -> None:
    """'Secretary Blinken met today with ...': the meeting is on the page's date (the day
    before for 'yesterday'), unless today concluded a stay; 'launched their first meeting on
    Friday' in the lead: the unnamed meeting is the main one."""
    if main.start is None:
        _dated_in_lead(ctx, main)
    published = ctx.document.published
    if main.start is not None or not published:
        return
    for start, end in main.spans:  # "announced at the ... meeting in Singapore today"
        sentence = ctx.sentence_at(start)
        if sentence is None or ctx.per_sentence("concluded", sentence, _concludes):
            continue
        todays = ctx.per_sentence("todays", sentence, _todays)
        day = next((d for d in todays if d.start() + sentence.start >= end), None)
        if (
            day
            and clause_end(ctx.text, end, sentence.start + day.end()) == sentence.start + day.end()
        ):
            main.start = main.end = _day_said(day, published)
            return
    for sentence in ctx.sentences[:2]:
        day = _TODAY.search(sentence.text)
        if day and MAIN_CUES.search(sentence.text) and not _CONCLUDED.search(sentence.text):
            main.start = main.end = _day_said(day, published)
            return
        if _UNDER_WAY.search(sentence.text) and not LATER_WORD.search(
            _NEXT_DAYS.sub("", sentence.text)  # 'over the next two days' is no later meeting
        ):
            main.start = main.end = published
            _next_days(sentence.text, main)
            return


# 'Ministers are meeting virtually over the next two days': the meeting runs as the page speaks
_UNDER_WAY = re.compile(rf"\b(?:{meeting_cues().under_way})\b", re.IGNORECASE)
_NEXT_DAYS = re.compile(r"\b(?:over|within|for|in)\s+the\s+next\s+(\w+)\s+days\b", re.IGNORECASE)


def _next_days(text: str, main: MeetingMention) -> None:
    """'over the next two days': the meeting ends that many days from its start."""
    m = _NEXT_DAYS.search(text)
    start = _iso_day(main.start) if m and main.start else None
    if m is None or start is None:
        return
    days = int(m[1]) if m[1].isdigit() else amount_words().number_words.get(m[1].lower(), 0)
    if 1 < days < 15:
        main.end = (start + datetime.timedelta(days=int(days) - 1)).isoformat()


# 'today concluded her participation in the ... Conference': today ended a stay that may have
# begun days before, so it dates no meeting
_CONCLUDED = re.compile(rf"\b(?:{meeting_cues().concluded})\b", re.IGNORECASE)


# 'launched their first meeting on Friday', 'the talks, on 3 May': a meeting left unnamed
_UNNAMED_MEETING = re.compile(
    r"\b(?:their|its|the|a)\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:{'|'.join((*meeting_heads().lower, *meeting_heads().unnamed))})\s*(?:,\s*)?on\s+$"
)


def _dated_in_lead(ctx: Context, main: MeetingMention) -> None:
    """A day the lead's first sentences give a meeting they leave unnamed is the day of the
    main meeting (the page's next sentence names it)."""
    lead = ctx.sentences[:2]
    for date in ctx.dates:
        if not lead or date.start >= lead[-1].end:
            return
        sentence = ctx.sentence_at(date.start)
        if date.precision != "day" or date.first is None or sentence is None:
            continue
        if _UNNAMED_MEETING.search(ctx.text, max(sentence.start, date.start - 60), date.start):
            set_dates(ctx, main, [date])
            return


_OPENS_TODAY = re.compile(
    r"(?:Later|Earlier)?\s*(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE
)


def dated_tonight(ctx: Context, mentions: list[MeetingMention]) -> None:
    """'Later tonight the Prime Minister will attend the East Asia Summit': a sentence opening
    with today dates each meeting it names to the page's date."""
    published = ctx.document.published
    for mention in mentions if published else ():
        for start, _ in mention.spans if mention.start is None else ():
            sentence = ctx.sentence_at(start)
            if sentence and _OPENS_TODAY.match(ctx.text, sentence.start):
                mention.start = mention.end = published
                break


def clause_end(text: str, start: int, limit: int) -> int:
    """Where the words about this meeting stop: before another meeting or a new clause, such
    as one about an earlier meeting (', with whom he last held a Summit Meeting in Bangkok')."""
    found = first_match(_CLAUSE_END, text, start, limit)  # as searching text[start:limit]
    return limit if found is None else found


_CLAUSE_END = re.compile(
    r"[;]|,\s+(?:and|while|where|starting|beginning|ending)\s"
    r"|,\s+which\s(?!(?:was|were|is|will be)\s+(?:held|convened|hosted|conducted)\b)"
    r"|,\s+(?:with\s+)?(?:whom|where|when)\s+(?:\w+\s+){0,2}(?:last|previously|first)\s"
    r"|\s+(?:ahead of|following|after|before|in the wake of)\s"
)


def assign_dates(ctx: Context, mentions: list[MeetingMention], main: MeetingMention | None) -> list:
    """Each day-precise date goes to one meeting of its sentence: the one whose clause holds
    it, else the main meeting if the sentence names it, else the nearest named before it.
    Returns the dates of datelines, which date a meeting only when nothing else does."""
    spans = sorted(((s, e, m) for m in mentions for s, e in m.spans), key=lambda t: t[:2])
    starts = [s for s, _, _ in spans]
    names_main: dict[int, bool] = {}  # by sentence start: whether it names the main meeting
    chosen: dict[int, list] = {}
    fallback: dict[int, list] = {}  # dateline dates: the day of the release, not of the meeting
    for date in ctx.dates:
        sentence = ctx.sentence_at(date.start)
        if date.precision != "day" or date.first is None or sentence is None:
            continue
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end, lo)
        nearest = range(bisect.bisect_right(starts, date.start, lo, hi) - 1, lo - 1, -1)
        at = next(  # spans starting after the date end after it too
            (
                i
                for i in nearest
                if spans[i][1] <= date.start < clause_end(ctx.text, spans[i][1], sentence.end)
            ),
            None,
        )
        if at is not None and _ends_a_list(ctx.text, spans, at, date.start):
            continue  # 'the A, the B and the C, which will be hosted on 2-8 August': all of them
        owner = None if at is None else spans[at][2]
        if at is not None and host_of_main(ctx.text, spans, lo, at, main):
            owner = main  # 'met Biden on the sidelines of the G7 Summit on 20 May'
        if owner is None and main is not None:
            if sentence.start not in names_main:
                names_main[sentence.start] = any(m is main for _, _, m in spans[lo:hi])
            owner = main if names_main[sentence.start] else None
        owner = owner or next((spans[i][2] for i in nearest if spans[i][1] <= date.start), None)
        if owner is None and lo == hi:
            owner = _referred(ctx, sentence, spans, lo)
        if owner is not None and _is_dateline(ctx.text, sentence.start, date):
            fallback.setdefault(id(owner), []).append(date)
        elif owner is not None:
            chosen.setdefault(id(owner), []).append(date)
    for mention in mentions:
        dates = chosen.get(id(mention))
        if dates and mention.start is None:
            set_dates(ctx, mention, dates)
    return [d for dates in fallback.values() for d in dates]


_LIST_GAP = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:\d+\w*\s+)?"
)
_WHICH = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*,\s*which\b")


def _ends_a_list(text: str, spans: list, at: int, date_start: int) -> bool:
    """Whether the date's meeting is the last of three or more listed ('the A, the B and the
    C') and a ', which ...' clause after the list gives the date: the days of them all."""
    if not _WHICH.match(text, spans[at][1], date_start):
        return False
    listed = [spans[at]]
    for span in reversed(spans[:at]):
        if span[:2] == listed[-1][:2]:
            continue  # the same name found twice
        gap = _LIST_GAP.match(text, span[1], listed[-1][0])
        if gap is None or gap.end() != listed[-1][0] or span[2] is listed[-1][2]:
            break
        listed.append(span)
        if len(listed) == 3:
            return True
    return False


_REFERS = re.compile(
    rf"(?:It\s+(?:{meeting_cues().held_after})"
    rf"|(?:The|This)\s+(?:[\w-]+\s+){{0,2}}?(?:{meeting_cues().meeting_words}))\b"
    r"(?!\s+(?:of|with|between)\b)"
)


def _referred(ctx: Context, sentence, spans: list, lo: int) -> MeetingMention | None:
    """'It took place on 5 May', 'The two-day meeting, held on 5-6 May': a sentence that names
    no meeting but opens on one speaks of the meeting the sentence before it named last."""
    if not lo or not _REFERS.match(ctx.text, sentence.start):
        return None
    before = ctx.sentence_at(spans[lo - 1][0])
    return spans[lo - 1][2] if before and 0 <= sentence.start - before.end <= 3 else None


_DATELINE_HEAD = re.compile(r"(?:[A-Z][\w .'’-]{1,40},\s*(?:[A-Z][\w .'’-]{1,30},\s*)?)?")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{0,20}\))?\s*[-–—:]")


def _is_dateline(text: str, sentence_start: int, date) -> bool:
    """'VIENTIANE, 9 October 2024 – The Summit ...': the date opens the release."""
    return bool(
        _DATELINE_HEAD.fullmatch(text, sentence_start, date.start)
        and _DATELINE_TAIL.match(text, date.end)
    )


def set_dates(ctx: Context, mention: MeetingMention, dates: list) -> None:
    """The first date; a second one joined by 'to', 'until', 'ending' or 'concluded on'
    closes a range. A meeting that 'kicked off' on a day has no known end."""
    first = dates[0]
    mention.start, mention.end = first.first.isoformat(), (first.last or first.first).isoformat()
    sentence = ctx.sentence_at(first.start)
    for later in dates[1:]:
        if (
            sentence is not None
            and sentence == ctx.sentence_at(later.start)
            and _range_word(ctx.text, first.end, later.start, sentence.end)
        ):
            mention.end = (later.last or later.first).isoformat()
            return
    if first.last in (None, first.first) and any(_kicked_off(ctx, d, first) for d in dates):
        mention.end = None  # 'kicked off in Bangkok on August 2': the day it began


def _kicked_off(ctx: Context, date, first) -> bool:
    """Whether the sentence of this mention of the meeting's one day says it kicked off."""
    sentence = ctx.sentence_at(date.start)
    return (
        date.first == first.first
        and sentence is not None
        and ctx.per_sentence("kicked_off", sentence, _says_kicked_off)
    )


def _says_kicked_off(sentence: Sentence) -> bool:
    return _KICKED_OFF.search(sentence.text) is not None


_KICKED_OFF = re.compile(rf"\b(?:{meeting_cues().began_on})\b", re.IGNORECASE)


_RANGE_WORDS = r"(?:to|until|till|through|ending|(?:end(?:ed|s)?|conclude[ds]|closed) on)\b"
# r"\b" + _RANGE_WORDS, each word opening with its letter so that `re` skips ahead to them
_RANGE_BRANCHES = ("to", "until", "till", "through", "ending", "end(?:ed|s)? on")
_RANGE_WORD = re.compile(f"(?:{word_start(*_RANGE_BRANCHES, 'conclude[ds] on', 'closed on')})\\b")
_RANGE_WORD_AT = re.compile(_RANGE_WORDS)
_RANGE_WORD_READS = 16  # a match reads no further than this past its start


def _range_word(text: str, start: int, stop: int, sentence_end: int) -> bool:
    """Whether _RANGE_WORD.search(text[start:stop]) finds one, without a copy and a search
    per pair of dates: a match at start is tried alone (no word before it in the span); one
    well before stop is the sentence's first after start; one near stop is searched there."""
    if start >= stop:
        return False
    if _RANGE_WORD_AT.match(text, start, stop):
        return True
    first = first_match(_RANGE_WORD, text, start + 1, sentence_end)
    if first is not None and first + _RANGE_WORD_READS < stop:
        return True
    tail = max(start + 1, stop - _RANGE_WORD_READS)
    return _RANGE_WORD.search(text, tail, stop) is not None
