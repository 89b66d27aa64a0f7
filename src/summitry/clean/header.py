"""Read the head of a scraped page: its title, date, section, view counter and where the
body starts. A headline is the last title-like line above the metadata, or the one under a
date stamp when the body follows it."""

from __future__ import annotations

import re
from functools import cache

from summitry.clean.dates import DATE_VALUE, WEEKDAY, bare_date, normalise_date
from summitry.clean.lines import (
    DATE_LABEL,
    DATE_LINE,
    NUMBER,
    PLACE_DATE_LINE,
    UPDATED_LINE,
    VIEWS_LABEL,
    dated_label,
    has_title_key,
    is_body_line,
    is_byline,
    is_furniture,
    is_label,
    is_metadata,
    may_be_title,
    title_key,
    views_in_line,
    word_count,
)
from summitry.clean.sections import (
    section_in_title,
    topic_line,
    trail_section,
    trail_steps,
)
from summitry.clean.stamps import EVENT, Header, date_in, note_event, read_stamp_line
from summitry.clean.typography import WORD
from summitry.kb import load_kb
from summitry.kb.cues import meeting_heads
from summitry.kb.publishers import publisher_named, publisher_tagged
from summitry.publisher import looks_like_site_name
from summitry.sources import SourceProfile, lexicon

HEAD_LINES = 60
_SECTION = re.compile(r"^(?:\d+\.\s*)?(.+?)$")


def read_header(lines: list[str], profile: SourceProfile | None) -> Header:
    """Title, date, section and counter from the lines above the body, and where it starts."""
    header = Header()
    last_meta = -1
    for i, line in enumerate(lines[:HEAD_LINES]):
        if not line:
            continue
        if _read_metadata_line(lines, i, header):
            last_meta = i
            if header.title is None and header.candidates:
                header.title = header.candidates[-1]
            continue
        if last_meta >= 0 and (known := _known_category(line)):
            header.category = header.category or known  # 'December 5, 2023' / 'Press Releases'
            last_meta = i
            continue
        if last_meta >= 0 and _headline_after_meta(lines, i, profile, header):
            last_meta = i
            continue
        if is_body_line(line) and is_furniture(line, profile):
            continue  # 'This website uses cookies to ...': a banner's sentences
        if is_body_line(line) or last_meta >= 0:
            header.body_start = i
            break
        _read_header_line(line, profile, header)
    else:
        header.body_start = last_meta + 1 if last_meta >= 0 else 0
    if header.title is None and header.candidates:
        header.title = header.candidates[-1]
    if last_meta >= 0 and header.body_start <= last_meta:
        header.body_start = last_meta + 1
    speech = _speech_event(lines[: header.body_start])
    if speech and header.title == speech[1]:  # '16 June 2018, Shangri-La Hotel, Bangkok'
        header.title = next((c for c in reversed(header.candidates) if c != speech[1]), None)
    header.title, section = section_in_title(_bare_title(header.title))
    _read_trail(header)
    header.category = (
        header.category
        or section
        or topic_line(lines[:HEAD_LINES], header.title, header.candidates)
    )
    header.event = header.event or ("\n".join(speech) if speech else _placed_title(lines, header))
    return header


def _placed_title(lines: list[str], header: Header) -> str | None:
    """'Manila, Philippines, 13 November 2017' right under a headline naming a meeting: where
    and when that meeting met, which the body keeps."""
    if header.title is None or not EVENT.search(header.title):
        return None
    for i, line in enumerate(lines[: header.body_start]):
        if _bare_title(line) == header.title:
            nxt = _next_nonempty(lines, i)
            return nxt if nxt and PLACE_DATE_LINE.match(nxt) and _names_a_city(nxt) else None
    return None


def _names_a_city(line: str) -> bool:
    """'Manila, Philippines, 13 November 2017', not 'Wednesday, November 14, 2018'."""
    return any(mt.kind == "city" for mt in load_kb().find(line, {"city"}))


# 'at the Press Conference on ... of the 8th ACMECS Summit' then 'on 16 June 2018, Bangkok'
_AT_EVENT = re.compile(rf"^at\s+the\s.*\b(?:{meeting_heads().alternation})\b", re.IGNORECASE)
_ON_DATE = re.compile(rf"^(?:on\s+)?{WEEKDAY}{DATE_VALUE}(?:,\s|$)")


def _speech_event(head: list[str]) -> tuple[str, str] | None:
    """The lines under a speech's title that say at which meeting and on what day and where
    it was given ('at the 8th ACMECS Summit', 'on 16 June 2018, Shangri-La Hotel, Bangkok',
    'Manila, 13 November 2017'): the body keeps them."""
    lines = [line for line in head if line]
    for at, on in zip(lines, lines[1:], strict=False):
        if _AT_EVENT.match(at) and (_ON_DATE.match(on) or PLACE_DATE_LINE.match(on)):
            return at, on
    return None


def _read_trail(header: Header) -> None:
    """The section a breadcrumb trail names, past the headline at its end; the headline itself
    where the trail is the only line that gives it ('News > Leaders Adopt ...')."""
    if not header.trail:
        return
    if header.title is None and (last := header.trail[-1]) and may_be_title(last):
        header.title = last if word_count(last) >= 6 else None  # a headline, not a section
    if header.category == trail_section(header.trail, None):
        header.category = trail_section(header.trail, header.title)


def _bare_title(title: str | None) -> str | None:
    """'- Third APEC SOM Held in Incheon -', '• Leaders Meet', 'Leaders Meet - Xinhua': the
    headline without its marks or the site's name after it."""
    if title is None:
        return None
    if m := _DASHED.fullmatch(title):
        return m.group(1)
    parts = _TITLE_SITE.split(title)
    if len(parts) > 1 and _names_the_site(parts[-1]):
        title = title[: title.rindex(parts[-1])].rstrip(" |-–—")
    return _BULLET.sub("", title)


def _names_the_site(part: str) -> bool:
    """'Xinhua', 'Ministry of Foreign Affairs of Japan': a publisher's name or tag."""
    return bool(publisher_named(part) or publisher_tagged(part) or looks_like_site_name(part, None))


_DASHED = re.compile(r"[-–—]+\s*(.+?)\s*[-–—]+")
_TITLE_SITE = re.compile(r"\s+[|–—-]\s+")
_BULLET = re.compile(r"^[•·▪■►*]\s*")


def _headline_after_meta(
    lines: list[str], i: int, profile: SourceProfile | None, header: Header
) -> bool:
    """'21 November 2008' then 'APEC Ministers Build on ...' then the body: a headline under
    the date stamp wins over a shorter line above it (a site label, a place)."""
    line, nxt = lines[i], _next_content(lines, i, profile)
    if nxt and _headline_like(nxt, profile) and (_is_place(line) or _is_section_label(line)):
        header.category = header.category or (None if _is_place(line) else line)
        return True
    if header.title is not None and (
        len(header.title.split()) >= len(line.split())
        or (word_count(header.title) >= 5 and _sentence(line) and not _names_the_site(header.title))
    ):
        return False  # a headline above the stamp and a standfirst under it
    if not _headline_like(line, profile) or nxt is None:
        return False
    if not (is_body_line(nxt) or is_metadata(nxt) or bare_date(nxt) or is_byline(nxt)):
        return False
    header.title = line
    return True


def _sentence(line: str) -> bool:
    """'Ministers welcome progress on the digital economy talks': three lower-case words other
    than the small ones a headline in title case keeps in lower case."""
    small, lower = _title_small(), 0
    words = WORD.finditer(line)
    next(words, None)  # the first word is capitalised in any case
    for m in words:  # the third lower-case word settles it: no need to read on
        word = m.group()
        if word[0].islower() and word.casefold() not in small:
            lower += 1
            if lower == 3:
                return True
    return False


@cache
def _title_small() -> frozenset[str]:
    return lexicon().small_words | lexicon().long_small_words


def _is_section_label(line: str) -> bool:
    """'Parliament' between a date stamp and the headline: the site's section (not a place)."""
    return bool(_SECTION_NAME.fullmatch(line))


_SECTION_NAME = re.compile(r"[A-Z][a-z]+(?: (?:&|and|of|[A-Z][a-z]+)){0,2}")


def _is_place(line: str) -> bool:
    """'Jakarta', 'Washington, DC': a place on a line of its own, part of the dateline."""
    first = line.split(",")[0].strip()
    return (
        len(line) <= 40 and load_kb().whole(first, kinds={"country", "city", "place"}) is not None
    )


def _next_content(lines: list[str], i: int, profile: SourceProfile | None) -> str | None:
    """The next line that is not blank, furniture or a repeat of line i."""
    key = title_key(lines[i])
    for line in lines[i + 1 : i + 12]:
        if line and not has_title_key(line, key) and not is_furniture(line, profile):
            return line
    return None


_CLAUSE_VERB = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would)\b")
_PHOTO = re.compile(r"\((?:photo|image|file photo)\b", re.I)


def _headline_like(line: str, profile: SourceProfile | None) -> bool:
    """Three to 45 words, no sentence, label, furniture, site name or photo caption."""
    words = word_count(line)
    return (
        3 <= words <= 45
        and not (words > 20 and _CLAUSE_VERB.search(line))
        and not _PHOTO.search(line)
        and not is_body_line(line)
        and not line.endswith((".", ":", ";", ","))
        and not (is_furniture(line, profile) or looks_like_site_name(line, profile))
        and not is_label(line)
    )


def _read_metadata_line(lines: list[str], i: int, header: Header) -> bool:
    """Read line i into header if it is a date, counter, label or stamp line; else False."""
    line = lines[i]
    nxt = _next_nonempty(lines, i)
    if m := DATE_LINE.match(line):
        header.published = header.published or normalise_date(m.group(1))
        if section := _IN_SECTION.search(line):  # 'Posted on 5 December 2023 in Press Releases'
            header.category = header.category or lexicon().categories.get(section[1].casefold())
    elif DATE_LABEL.match(line) and nxt and normalise_date(nxt):
        header.published = header.published or normalise_date(nxt)
    elif (views := views_in_line(line)) is not None:
        header.views = views
    elif VIEWS_LABEL.match(line) and nxt and NUMBER.match(nxt):
        header.views = int(nxt.replace(",", ""))
    elif UPDATED_LINE.match(line):
        header.updated = header.updated or date_in(line)
    elif m := PLACE_DATE_LINE.match(line):
        header.published = header.published or normalise_date(m.group(1))
        if dated := dated_label(line):  # 'Press Releases, 5 December 2023'
            header.category = header.category or dated[1]
        elif _dated_headline(line, m.start(1), header):
            header.candidates.append(line)
        note_event(line, header)
    elif (bare := bare_date(line)) or NUMBER.match(line):
        # the value line after a "Date" or "hit" label, or the page's date on its own line
        header.published = header.published or bare or None
    elif not read_stamp_line(line, header):
        return False
    return True


_IN_SECTION = re.compile(r"\s+in\s+(.{2,40})$")


def _dated_headline(line: str, date_at: int, header: Header) -> bool:
    """'ASEAN Leaders Meet in Jakarta, 5 December 2023', the first title-like line of the page:
    a headline with its date, not a place and a date nor a meeting's stamp."""
    words = line[:date_at].rstrip(" ,|")
    return (
        not header.candidates
        and word_count(words) >= 4
        and may_be_title(words)
        and not (_is_place(words) or _names_the_site(words))
        and not EVENT.search(line)
    )


def _next_nonempty(lines: list[str], i: int) -> str | None:
    for line in lines[i + 1 : i + 4]:
        if line:
            return line
    return None


def _read_header_line(line: str, profile: SourceProfile | None, header: Header) -> None:
    """A section name gives the category; any other title-like line is a title candidate."""
    section = _SECTION.match(line).group(1).strip()  # type: ignore[union-attr]
    section = _DETAILS_LINK.sub("", section).split(" > ")[-1].strip()
    if known := _known_category(section):
        header.category = header.category or known
        return
    if steps := trail_steps(line):
        header.trail = header.trail or steps
        header.category = header.category or trail_section(steps, None)
        return
    if m := _SECTION_COLON.match(line):  # 'Top Stories : Press Statement by ...'
        header.category = header.category or lexicon().categories.get(m.group(1).casefold())
    if is_furniture(line, profile) or looks_like_site_name(line, profile) or is_label(line):
        return
    if publisher_named(line) or _is_place(line):  # the site's name, or its state's
        return
    if may_be_title(line):
        header.candidates.append(line)


def _known_category(line: str) -> str | None:
    """The known section a line names, bare or after a label ('Category: Press Releases',
    'Filed under: News'), which would otherwise be dropped as the site's furniture."""
    return lexicon().categories.get(_SECTION_LABEL.sub("", line).casefold())


_SECTION_LABEL = re.compile(r"^(?:categor(?:y|ies)|filed under)\s*:?\s*", re.I)
_DETAILS_LINK = re.compile(r"\s*상세보기$")
_SECTION_COLON = re.compile(r"^(.{3,40}?)\s+:\s+\S")
