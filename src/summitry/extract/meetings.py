"""Meetings: names found by their shape (ordinal, forum, series, head noun, acronym), then
dates, place, format and theme from the sentence that names them.

"the 35th APEC Ministerial Meeting (AMM) in Lima, Peru, on November 14" -> one Meeting.
Later references ("the Meeting", "the meeting", "the AMM") point back to the meeting they name.
Which meetings are reported is decided in meeting_roles, their dates in meeting_dates; the
main meeting's place may come from the lead, the dateline or the title, and meetings listed
with it share it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from summitry.extract.context import Context
from summitry.extract.lookups import KeyIndex
from summitry.extract.meeting_dates import (
    assign_dates,
    dated_today,
    dated_tonight,
    set_dates,
)
from summitry.extract.meeting_details import (
    city_summits,
    fill_details,
    fill_from_title,
    lead_by_video,
    placed_by_travel,
    same_state_nearby,
    talks_during_visit,
)
from summitry.extract.meeting_forums import in_written_order
from summitry.extract.meeting_header import (
    header_dates,
    header_place,
    header_theme,
    name_line_place,
)
from summitry.extract.meeting_hosts import host_countries
from summitry.extract.meeting_names import MeetingName, meeting_names
from summitry.extract.meeting_parts import (
    ORD_ANY_CASE,
    ORD_WORDS,
    MeetingMention,
    core_key,
    ordinal_value,
)
from summitry.extract.meeting_roles import (
    also_reported,
    listed_with,
    main_meeting,
)
from summitry.extract.meeting_talks import by_call, on_sidelines, talks_at_host
from summitry.extract.meeting_themes import (
    THEME,
    assign_themes,
    may_quote_theme,
    theme_matches,
)
from summitry.extract.page_dates import date_mentions
from summitry.extract.patterns import by_word, needs
from summitry.extract.places import (
    dateline_city,
    lead_place,
    listed_under,
    place_before_name,
    same_week,
)
from summitry.kb import load_kb
from summitry.kb.cues import meeting_heads

# THEME, may_quote_theme and theme_matches are re-exported: other modules import them from here.
__all__ = [
    "THEME",
    "MeetingMention",
    "date_mentions",
    "may_quote_theme",
    "meetings_in_text",
    "theme_matches",
]

# The heads that name a meeting in lower case too: 'meeting', 'summit'.
_LOWER_HEADS = "|".join(meeting_heads().lower)
# 'The', 'the', 'This', 'this', 'That', 'that' as one branch: most t's fail at the 'h'.
_BACK_REFERENCE = by_word(
    ("Th", "th"),
    r"(?:e|is|at)\s+(?:year['’]s\s+|annual\s+)?"
    rf"(?P<noun>{meeting_heads().alternation}|{_LOWER_HEADS}|[A-Z]{{2,6}})\b",
)


def meetings_in_text(ctx: Context) -> None:
    """Fill ctx.meetings: each meeting once, with its role, dates, place, format and theme."""
    kb = load_kb()
    mentions: list[MeetingMention] = []
    index = KeyIndex()
    for found in meeting_names(ctx.text, kb, ctx.matches):
        _merge(mentions, found, (found.start, found.end), index)
    title_spans = []
    for found in meeting_names(ctx.title or "", kb):
        merged = _merge(mentions, found, None, index)
        merged.in_title = True
        title_spans.append((found.start, found.end, merged))
    _back_references(ctx, mentions)
    main = main_meeting(ctx, mentions, title_spans)
    group = []
    if main is not None:
        group = listed_with(main, mentions, ctx.text, ctx.title or "", title_spans)
        also_reported(ctx, mentions)
        _earlier_instances(ctx, mentions, main)
        _fold_talks_into_title(mentions, main)
    city_summits(ctx, mentions)
    datelines = assign_dates(ctx, mentions, main)
    name_spans = [span for m in mentions for span in m.spans]
    name_starts = [s for s, _ in name_spans]
    if main is not None and not datelines:
        datelines = header_dates(ctx, name_starts, main.in_title)
    for mention in mentions:
        fill_details(ctx, mention, kb, name_spans)
    placed_by_travel(ctx, mentions, kb)
    by_call(ctx.text, mentions)
    assign_themes(ctx, mentions, main, kb)
    host_countries(ctx, mentions)
    if main is not None:
        _complete_main(ctx, main, group, mentions, datelines, kb)
        same_state_nearby(ctx, main, mentions)
    talks_at_host(ctx.text, mentions)
    talks_during_visit(ctx, mentions, kb)
    dated_tonight(ctx, mentions)
    in_written_order(ctx.text, mentions, kb)
    ctx.meetings = mentions


_SHARED_DETAILS = ("city", "country", "venue", "format", "theme")


def _complete_main(
    ctx: Context,
    main: MeetingMention,
    group: list[MeetingMention],
    mentions: list[MeetingMention],
    datelines: list,
    kb,
) -> None:
    """The main meeting's place, format and date from the lead, dateline and title; shared
    with the meetings listed with it, and its place with the others it reports."""
    place_before_name(ctx, main, kb)
    dateline_city(ctx, main, kb)
    if main.city is None and main.venue is None and main.format != "virtual":
        starts = [s for m in mentions for s, _ in m.spans]
        place = header_place(ctx, starts, main.in_title, kb) or name_line_place(ctx, main.spans, kb)
        if place is not None:
            main.city, main.country = place.city, main.country or place.country
            main.venue, main.format = place.venue, main.format or "in_person"
            if not datelines and main.start is None and not any(m.start for m in group):
                main.start = main.end = ctx.document.published  # the header's date is the page's
    if main.theme is None:
        main.theme = header_theme(ctx, [s for m in mentions for s, _ in m.spans], main.in_title)
    lead_by_video(ctx, main)
    fill_from_title(ctx, main, kb)
    if not (main.city or main.venue or main.format == "virtual"):
        place = lead_place(ctx, [s for m in mentions for s, _ in m.spans], kb, main.country)
        main.city, main.venue = place.city, place.venue
        main.country = place.country or main.country
        main.format = main.format or ("in_person" if place.city or place.venue else None)
    _dated_by_lead(ctx, main, mentions)
    dated_today(ctx, main)
    dated = next((m for m in group if m.start), None)
    if dated is None and datelines:
        set_dates(ctx, main, datelines)
        dated = main
    mains = [m for m in mentions if m.role == "main"]  # reported together with it
    placed = next((m for m in [*group, *mains] if m.city or m.venue), main)
    for other in group:
        _share_details(dated or main, other)
        _share_details(placed, other)
        _share_details(main, other)
    _share_across(group, ("format", "theme"))
    for other in mentions:
        unplaced = other.city is None and other.venue is None
        if unplaced and (other.role == "main" or _framing(ctx.text, other)):
            _share_place(placed, other)
        elif unplaced and (family := listed_under(ctx.text, other, mentions)):
            _share_place(family, other)
        elif unplaced and same_week(ctx, other.spans):
            _share_place(replace(placed, venue=None), other)  # the city, not the hall


_LEAD_DATE = re.compile(r"(?:\d{1,2}\.\s+)?On\s+(?:the\s+\w+\s+of\s+)?$")


def _dated_by_lead(ctx: Context, main: MeetingMention, mentions: list[MeetingMention]) -> None:
    """ "Japan-India Summit Meeting" over 'On September 9, 2023, the two leaders ...': talks
    the body does not name again took place on the day that opens the lead, unless that
    day went to another meeting."""
    if main.start is not None or main.name.forum != "bilateral" or not ctx.sentences:
        return
    lead = ctx.sentences[0]
    date = next((d for d in ctx.dates if lead.start <= d.start < lead.end), None)
    if date is None or date.precision != "day" or date.first is None:
        return
    taken = any(m.start == date.first.isoformat() for m in mentions)
    if not taken and _LEAD_DATE.fullmatch(ctx.text, lead.start, date.start):
        set_dates(ctx, main, [date])


def _framing(text: str, mention: MeetingMention) -> bool:
    """'within the framework of the 40th and 41st ASEAN Summits': the reported meeting took
    place inside this one."""
    return any(on_sidelines(text, s, words=3, reach=60) for s, _ in mention.spans)


def _share_place(source: MeetingMention, other: MeetingMention) -> None:
    """Meetings a page reports met where its main meeting met, unless it says otherwise
    (or places them in another state)."""
    other.format = other.format or source.format
    if other.country and source.country and other.country != source.country:
        return
    other.city, other.venue = source.city, source.venue
    other.country = other.country or source.country


_NTH_MEETING = by_word(
    ("The", "the"),
    rf"\s+{ORD_ANY_CASE}\s+(?P<head>{_LOWER_HEADS})\b(?!\s+(?:of|on|with|between)\b)",
)


def _earlier_instances(ctx: Context, mentions: list[MeetingMention], main: MeetingMention) -> None:
    """'The first meeting was held in May 2011', 'holding the 4th Forum in Africa', 'the
    inaugural Foreign Ministers' meeting in 2005': another meeting of the main one's series."""
    found = (
        []
        if needs(_NTH_MEETING.whole).absent(ctx.text, 0, len(ctx.text))
        else [
            m
            for m in _NTH_MEETING.finditer(ctx.text)
            if m.group("head") == main.name.head.casefold()
        ]
    )
    found += _named_instances(ctx.text, main.name)
    for m in found:
        ordinal = ordinal_value(m.group("ord"))
        if ordinal in (None, main.name.ordinal):
            continue
        if any(x.name.core == main.name.core and x.name.ordinal == ordinal for x in mentions):
            continue
        name = replace(main.name, start=m.start(), end=m.end(), ordinal=ordinal, acronym=None)
        mentions.append(MeetingMention(name, [(m.start(), m.end())]))


_ORDINAL_WORD_RE = "|".join(sorted({*ORD_WORDS, *(w.lower() for w in ORD_WORDS)}))
# a spelled ordinal in lower case before a capitalised name says 'for the first time' as often
_FIRST_AS_ADJECTIVE = frozenset(w.lower() for w in ORD_WORDS) - {"inaugural", "first-ever"}


def _named_instances(text: str, name: MeetingName) -> list[re.Match[str]]:
    """'the 4th Forum', "the inaugural Foreign Ministers' meeting": an ordinal before the
    series' head, written as a name or with words of the series between them."""
    head = name.head
    if not head[:1].isupper() or head.casefold() not in text.casefold():
        return []
    words = {w.strip("'’").casefold() for w in name.core.split()[:-1]}
    pattern = re.compile(
        rf"\b[Tt]he\s+(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD_RE})\s+"
        rf"(?P<words>(?:[A-Z][\w-]*['’]?\s+){{0,4}}?)(?P<head>{re.escape(head)}|{re.escape(head.lower())})\b"
        r"(?!\s+(?:of|on|with|between)\b)"
    )
    out = []
    for m in pattern.finditer(text):
        given = {w.strip("'’").casefold() for w in m.group("words").split()}
        if m.group("ord") in _FIRST_AS_ADJECTIVE and m.group("head") == head:
            continue  # 'the first APEC Leaders' Meeting hosted by Korea in 20 years'
        if given <= words and (given or m.group("head") == head):
            out.append(m)
    return out


def _fold_talks_into_title(mentions: list[MeetingMention], main: MeetingMention) -> None:
    """'Japan-China Summit Meeting' over 'Prime Minister Kishida held a meeting with President
    Xi', "Japan-Korea Foreign Ministers' Meeting" over "held a Japan-ROK Foreign Ministers'
    Meeting with", "Secretary Blinken's Meeting with ..." over 'met today with': the one talk
    the body tells of is the one the title names."""
    if not (main.in_title and main.name.forum == "bilateral"):
        return
    if main.name.name.islower() and main.spans:
        return  # 'Minister holds bilateral talks' over talks the body names as well
    talks = [
        m
        for m in mentions
        if m is not main
        and m.name.forum == "bilateral"
        and (m.name.name.islower() or m.name.head == main.name.head)
    ]
    if len(talks) == 1 and talks[0].role == "main":
        main.spans.extend(talks[0].spans)
        mentions.remove(talks[0])


def _share_across(group: list[MeetingMention], names: tuple[str, ...]) -> None:
    """'A; B; and C, held virtually': what one meeting of a list has, all of them have."""
    for name in names:
        value = next((getattr(m, name) for m in group if getattr(m, name)), None)
        for other in group:
            if getattr(other, name) is None:
                setattr(other, name, value)


def _share_details(source: MeetingMention, other: MeetingMention) -> None:
    if other.start is None:
        other.start, other.end = source.start, source.end
    for name in _SHARED_DETAILS:
        if getattr(other, name) is None:
            setattr(other, name, getattr(source, name))


def _merge(
    mentions: list[MeetingMention],
    found: MeetingName,
    span: tuple[int, int] | None,
    index: KeyIndex,
) -> MeetingMention:
    """The first mention that is found's meeting (taking its fuller name), else a new one;
    only mentions that share a key with found can be (see _merge_keys)."""
    bare = found.core == found.head == "Meeting"
    for i in index.candidates(_merge_keys(found, bare)):
        mention = mentions[i]
        if mention.name.same_meeting(found) or _bare_forum_meeting(found, mention):
            if not _bare_forum_meeting(found, mention):
                mention.name = mention.name.richer(found)
                index.add(i, _merge_keys(mention.name, True))
            if span:
                mention.spans.append(span)
            return mention
    mention = MeetingMention(found, [span] if span else [])
    mentions.append(mention)
    index.add(len(mentions) - 1, _merge_keys(found, True))
    return mention


def _merge_keys(name: MeetingName, forum: bool) -> list[tuple[str, str | None]]:
    """same_meeting needs one of these in common (acronym, series or core); a bare forum
    meeting, the forum."""
    keys = [("core", core_key(name.core))]
    keys += [("acronym", name.acronym)] if name.acronym else []
    keys += [("series", name.series)] if name.series else []
    return keys + ([("forum", name.forum)] if forum else [])


def _bare_forum_meeting(found: MeetingName, mention: MeetingMention) -> bool:
    """'the ASEAN-ROK Meeting' names no series: it is the forum's meeting already named (an
    'Informal ASEAN-EU Meeting' is one of its own)."""
    return (
        found.core == found.head == "Meeting"
        and found.forum == mention.name.forum
        and found.name == f"{found.forum} Meeting"
    )


def _back_references(ctx: Context, mentions: list[MeetingMention]) -> None:
    """'the Meeting', 'the AMM' -> the meeting last named with that head noun or acronym.

    Spans are kept sorted as (start, -index of the mention): walked backwards from a
    reference, the nearest name comes first, and the earlier-found mention of a tie.
    """
    named: dict[tuple[str, str], list[tuple[int, int]]] = {}  # by acronym and by head
    for i, mention in enumerate(mentions):
        for key in _reference_keys(mention.name):
            named.setdefault(key, []).extend((s[0], -i) for s in mention.spans)
    for spans in named.values():
        spans.sort()
    for m in _BACK_REFERENCE.finditer(ctx.text):
        noun = m.group("noun")
        bound = (m.start(), -len(mentions))
        nearest = [
            spans[k - 1]
            for spans in (named.get(("acronym", noun)), named.get(("head", noun.casefold())))
            if spans and (k := bisect.bisect_left(spans, bound))
        ]
        if nearest:
            neg_index = max(nearest)[1]
            mention = mentions[-neg_index]
            mention.spans.append((m.start("noun"), m.end("noun")))
            for key in _reference_keys(mention.name):
                bisect.insort(named[key], (m.start("noun"), neg_index))


def _reference_keys(name: MeetingName) -> list[tuple[str, str]]:
    """What a back reference's noun must be to refer to this name: its acronym or head."""
    return [("head", name.head.casefold())] + ([("acronym", name.acronym)] if name.acronym else [])
