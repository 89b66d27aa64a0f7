"""Who published a scraped page, and in which country.

A page names its publisher in a layout profile, a "Source:", "Issued by" or copyright line, a
dateline tag ("(Xinhua) --", "VNA -"), the tail of a dateline ("June 5, 2021 – Ottawa – Global
Affairs Canada"), a site-name line in its head or foot, an agency's photo credit, a ministry's
own voice ("The Ministry of Foreign Affairs hosted") or a chair's statement. Names are made
canonical (and given a country) through the publishers kb. A page that names no publisher
gets the country it is most about.
"""

from __future__ import annotations

import re

from summitry.kb.publishers import (
    Publisher,
    chair_publisher,
    foreign_ministry,
    publisher_named,
    publisher_tagged,
)
from summitry.publisher_leads import (
    lead_country,
    main_country,
    met_states,
    minister_lead,
    office_lead,
)
from summitry.sources import SourceProfile

__all__ = [
    "country_of",
    "find_publisher",
    "lead_country",
    "looks_like_site_name",
    "main_country",
    "site_name",
]

_SITE_NAME = re.compile(
    r"^(?:the )?(?:(?:ministry|department|office|embassy|permanent mission|mission|delegation"
    r"|consulate(?:[- ]general)?|high commission|government) of\b.*|[\w ,.&–-]{2,60}\bsecretariat"
    r"|(?:[A-Z][\w.]+ ){1,3}(?:SAR )?government|prime minister'?s office(?: of\b.*)?"
    r"|(?:[A-Z][\w.]+ ){1,3}(?:embassy|consulate(?:[- ]general)?|high commission)\b.{0,40}"
    r"|(?:former )?minister (?:for|of) [A-Z][\w,&' ]{2,50})"
    r"(?:\s+(?:news|newsroom|media|press))?$",
    re.IGNORECASE,
)
# 'Embassy of the People's Republic of China in Barbados': the sending state comes first
_ENVOY = re.compile(
    r"^(?:the )?(?:[A-Z][\w.]+ ){0,3}(?:embassy|consulate|high commission|permanent mission"
    r"|mission|delegation)\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"^[(\[]?(?:(?:sources?|credits?)\s*[:：\-–—]|(?:courtesy(?: of)?|issued by|published by"
    r"|released by|press release by|posted (?:on:?\s*.{4,30}? )?by|(?:this (?:article|story|release"
    r"|item) )?(?:was )?(?:originally |first )?(?:published|appeared|posted|republished|reprinted)"
    r"(?: with permission)? (?:by|in|on|from))\s*[:：\-–—]?)"
    r"\s*(?:the\s+)?(.{2,80}?)(?:,? on \w.{0,30})?[.)\]]?$",
    re.IGNORECASE,
)
# '© 2024 The Nation. All rights reserved.', 'Copyright © Ministry of Foreign Affairs of Japan'
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*(?:©|\(c\))?|©|\(c\)(?=\s*\d{4}))\s*(?:copyright\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?:by\s+)?(?:the\s+)?(.{2,80}?)[.,]?(?:\s+all rights reserved.*)?$",
    re.IGNORECASE,
)
_DOMAIN = re.compile(
    r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+"
    r"(?:com|org|net|gov|go|gob|int|mil|edu|ac|co|info|news)(?:\.[a-z]{2})?)\b",
    re.I,
)
_RELEASE_BY = re.compile(
    r"^(?:press|media|news) (?:release|statement)s?\s*[-–—:|]\s*(?:the\s+)?(.{2,80})$", re.I
)
_BY_THE = re.compile(
    r"\bby the ((?:[A-Z][\w&'’.-]*|of|and|for|the)(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the))*)"
)
_TAG_PAREN = re.compile(r"\(([^()]{2,30})\)\s*(?:--|[-–—:])")
_TAG_OPEN = re.compile(r"^\(([^()]{2,40})\)")
_TAG_CLOSE = re.compile(r"\(([A-Z][\w ]{1,20})\)\s*$")
_TAG_LEAD = re.compile(r"^([A-Z][\w&]*(?:/[A-Z][\w&]*)*)\s*[-–—:]\s")
_CREDIT = re.compile(
    r"\b(?:photo|photos|image|file photo|source)\s*:\s*([^()\n;,]{2,40}?)\s*(?:\)|$)", re.I
)
_SEGMENTS = re.compile(r"\s+[-–—|]\s+")
_ORG_WORD = re.compile(
    r"\b(?:ministry|department|office|government|secretariat|agency|mission|embassy|bureau"
    r"|news|times|post|herald|tribune|bulletin|daily|press|media|radio|television|council)\b",
    re.IGNORECASE,
)


def find_publisher(
    head: list[str], body: list[str], tail: list[str], profile: SourceProfile | None
) -> tuple[str | None, str | None]:
    """(publisher, alpha-3 or None) for a scraped page; (None, the country the page is most
    about) when it names no publisher."""
    if profile and profile.publisher:
        return profile.publisher, profile.publisher_country
    found = (
        _attributed([*head, *body, *tail])
        or _by_the(head)
        or _dateline_tag(body)
        or _opening_tag(head[-3:])
        or _end_tag(body)
        or _dateline_trailer([*head, *body[:8]])
        or _site_line(head, tail, profile)
        or _credited([*head, *body[:12]])
        or _own_voice(body)
        or office_lead(body)
        or minister_lead(head, body)
        or _chair_voice([*head, *body])
    )
    if found is None:
        if profile and profile.publisher_country:
            return None, profile.publisher_country
        return None, lead_country(head, body) or main_country(
            "\n".join([*head, *body]), besides=met_states(head, body)
        )
    if isinstance(found, Publisher):
        return found.name, found.country
    return found, (
        country_of(found)
        or _place_line_country([*head, *tail])
        or (profile.publisher_country if profile else None)
        or main_country("\n".join([*head, *body]), by_demonym=True)
    )


def _attributed(lines: list[str]) -> Publisher | str | None:
    """'Source: Lao News Agency', 'Issued by the APEC Ministerial Meeting',
    'Press Release – New Zealand Government', 'Comment by the Information and Press Department'."""
    for line in lines:
        if not line or len(line.split()) > 40:
            continue
        m = _ATTRIBUTION.match(line) or _RELEASE_BY.match(line) or _COPYRIGHT.match(line)
        if m and (found := _resolve(m.group(1))):
            return found
        if (m := _BY_AGENCY.match(line)) and (found := _known(m.group(1))):
            return found
    return None


# 'By Bernama - July 14, 2023 @ 8:32pm', 'By Reuters': a byline naming an agency, not a person
_BY_AGENCY = re.compile(r"^by\s+(?:the\s+)?([^-–—|,]{2,40}?)\s*(?:[-–—|,].*)?$", re.I)


def _by_the(head: list[str]) -> Publisher | None:
    """'Comment by the Information and Press Department on ...': a known publisher speaks."""
    for line in head:
        for m in _BY_THE.finditer(line):
            if found := publisher_named(m.group(1)):
                return found
    return None


def _resolve(name: str) -> Publisher | str | None:
    """A kb publisher for a name or tag, else the name itself if it reads like an organisation."""
    name = name.split("|")[0].strip(" .:-–—")
    found = publisher_named(name) or publisher_tagged(name)
    if found is None and "/" in name:
        found = next(filter(None, (publisher_tagged(p) for p in name.split("/"))), None)
    if found is not None:
        return found
    if _ORG_WORD.search(name) and len(name.split()) <= 10 and not re.search(r"\d", name):
        return name
    return None


def _dateline_tag(body: list[str]) -> Publisher | None:
    """'CHONGQING, June 8 (Xinhua) --', '(VOVworld) -', 'WVR/VNA - On August 16 ...'."""
    for first in [line[:200] for line in body if line][:3]:
        candidates = [m.group(1) for m in _TAG_PAREN.finditer(first)]
        if m := _TAG_LEAD.match(first):
            candidates.extend(m.group(1).split("/"))
        for tag in candidates:
            if found := publisher_tagged(tag) or publisher_named(tag):
                return found
    return None


def _opening_tag(lines: list[str]) -> Publisher | None:
    """ "(People's Daily Online) 14:33, July 14, 2023": the site's name opening its date line."""
    for line in lines:
        if (m := _TAG_OPEN.match(line)) and (found := _known(m.group(1))):
            return found
    return None


def _known(name: str) -> Publisher | None:
    """The kb publisher a tag or a name stands for."""
    return publisher_tagged(name) or publisher_named(name)


def _end_tag(body: list[str]) -> Publisher | None:
    """'... in the region. (PNA)': an agency's tag closing the article."""
    for line in [line for line in body if line][-4:]:
        if (m := _TAG_CLOSE.search(line)) and (found := publisher_tagged(m.group(1))):
            return found
    return None


def _dateline_trailer(lines: list[str]) -> Publisher | str | None:
    """'August 7, 2017 - Manila, Philippines - Global Affairs Canada': the name after a dateline."""
    for line in lines:
        parts = _SEGMENTS.split(line)
        if len(parts) >= 2 and len(line) <= 150 and re.search(r"\d{4}", line):
            last = parts[-1].strip()
            if found := publisher_named(last):
                return found
    return None


def _site_line(
    head: list[str], tail: list[str], profile: SourceProfile | None
) -> Publisher | str | None:
    """A line of the page's head or foot that is a publisher's name and nothing else."""
    lines = [*head, *reversed(tail)]
    for line in lines:
        if line and len(line) <= 100 and (found := publisher_named(line)):
            return found
    for line in lines:  # 'Xinhua | Updated: 2023-06-08', 'www.mofa.go.jp'
        if len(line) > 160:
            continue
        parts = [*_SEGMENTS.split(line), *(m.group(1) for m in _DOMAIN.finditer(line))]
        if len(parts) > 1 and (found := next(filter(None, map(publisher_named, parts)), None)):
            return found
    for i, line in enumerate(lines):
        line = _UNIT.sub("", line)  # 'Press Division, Ministry of Foreign Affairs'
        if looks_like_site_name(line, profile):
            name = site_name(line)
            under = next((nxt for nxt in lines[i + 1 : i + 3] if nxt), None)
            return _of_the_state(name, under) or publisher_named(name) or name
    return None


def _of_the_state(name: str, under: str | None) -> Publisher | None:
    """'Ministry of Foreign Affairs' over 'Republic of Indonesia' (or 'MINISTRY OF FOREIGN
    AFFAIRS' over 'REPUBLIC OF SINGAPORE'): a site name whose state is the line under it."""
    from summitry.clean.typography import unshout  # clean imports this module
    from summitry.kb import load_kb

    if under is None or len(under) > 40 or publisher_named(name):
        return None
    name, state = unshout(name), unshout(under)
    found = load_kb().whole(state, kinds={"country"})
    if found is None:
        return None
    ministry = foreign_ministry(found.key) if _FOREIGN_AFFAIRS.fullmatch(name) else None
    return (
        ministry or publisher_named(f"{name}, {state}") or Publisher(f"{name}, {state}", found.key)
    )


_FOREIGN_AFFAIRS = re.compile(r"(?:the )?(?:ministry|department) of foreign affairs", re.I)


_UNIT = re.compile(
    r"^(?:the )?[A-Z][\w&' ]{1,50} (?:Division|Department|Office|Unit|Section|Bureau|Service)"
    r"\s*[,|/–-]\s*(?=(?:the )?(?:Ministry|Department|Office|Government)\b)"
)


def _credited(lines: list[str]) -> Publisher | None:
    """'(Photo: VNA)': a news agency credited for the page's pictures published it."""
    for line in lines:
        for m in _CREDIT.finditer(line):
            if found := publisher_tagged(m.group(1)):
                return found
    return None


_OWN_VOICE = re.compile(
    r"\b[Tt]he (Ministry of Foreign Affairs|Department of Foreign Affairs|Foreign Ministry"
    r"|Ministry of External Affairs)\b(?!\s+(?:of|and|for)\b)"
)


def _own_voice(body: list[str]) -> Publisher | str | None:
    """'The Ministry of Foreign Affairs hosted ...': a ministry that names itself without its
    country; the country is the one its first full name in the text gives, if any."""
    text = "\n".join(body)
    m = _OWN_VOICE.search(text)
    if m is None:
        return None
    full = _NAMED_MINISTRY.search(text)
    country = country_of(full.group(0)) if full else None
    if country is None:
        return "Ministry of Foreign Affairs" if m.group(1) == "Foreign Ministry" else m.group(1)
    return foreign_ministry(country) or Publisher(full.group(0), country)  # type: ignore[union-attr]


_NAMED_MINISTRY = re.compile(
    r"\b(?:Ministry|Department) of (?:Foreign|External) Affairs(?: and [A-Z]\w+)*"
    r"(?: of| ?,) (?:the )?[A-Z][\w'’-]*(?: (?:of the |of )?[A-Z][\w'’-]*){0,5}"
)


_CHAIR_VOICE = re.compile(
    r"^(?:\d+\.\s*)?(?:the )?(?:chair(?:man)?['’]?s['’]? (?:press )?statement\b|I chaired the\b)",
    re.I,
)


def _chair_voice(lines: list[str]) -> Publisher | None:
    """'Chairman's Statement of the 12th ASEAN Plus Three Summit', '1. I chaired the ASEAN
    Foreign Ministers' Retreat': the forum's secretariat publishes its chair's words."""
    first = [line for line in lines if line][:4]
    for line in first:
        if _CHAIR_VOICE.match(line):
            return chair_publisher(line)
    return None


def looks_like_site_name(line: str, profile: SourceProfile | None) -> bool:
    """'Ministry of Foreign Affairs, Kingdom of Thailand', 'ASEAN Secretariat'."""
    if profile and profile.publisher and line.casefold() == profile.publisher.casefold():
        return True
    if len(line.split()) > 10 or re.search(r"\b(?:attends?|holds?|meets?|visits?)\b", line, re.I):
        return False
    return bool(_SITE_NAME.match(line))


def site_name(line: str) -> str:
    """'ASEAN Secretariat News' -> 'ASEAN Secretariat'; 'Former Minister for Trade' (a past
    minister's archived site) -> 'Minister for Trade'."""
    line = re.sub(r"^former\s+", "", line, flags=re.IGNORECASE)
    return re.sub(r"\s+(?:news|newsroom|media|press)$", "", line, flags=re.IGNORECASE)


def _place_line_country(lines: list[str]) -> str | None:
    """'MINISTRY OF FOREIGN AFFAIRS / PUTRAJAYA': a line that is only a place names the country."""
    from summitry.kb import load_kb

    kb = load_kb()
    for line in lines:
        if 2 < len(line) <= 30 and not re.search(r"\d", line):
            found = kb.find(line.title() if line.isupper() else line, kinds={"city", "country"})
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(line):
                return found[0].key
    return None


def country_of(name: str) -> str | None:
    """The country a publisher's name names ('Ministry of Foreign Affairs of Japan' -> JPN)."""
    from summitry.kb import load_kb

    if (known := publisher_named(name)) is not None:
        return known.country
    matches = load_kb().find(name, kinds={"country", "demonym"})
    if not matches:
        return None
    return matches[0].key if _ENVOY.match(name) else matches[-1].key
