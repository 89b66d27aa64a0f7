"""Canonical keys of one page's items, computed at ingest and stored in indexed tables.

meeting_rows: each meetings row's series and meeting key (plus ordinal and dates to merge by).
entity_rows: each person, speaker, mention and statement topic's entity id; short mentions
('Foreign Minister Kang') found in the body with the title and country that go with them.
statement_actors: each statement's date and actor code, to list commitments in order by index.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

from summitry.kb.load import KnowledgeBase, load_kb
from summitry.record import Record
from summitry.resolve.keys import (
    acronym_of,
    canonical_initiative,
    country_id,
    initiative_id,
    meeting_key,
    name_tokens,
    norm,
    org_id,
    person_id,
    series_slug,
)

__all__ = [
    "statement_actors",
    "entity_rows",
    "meeting_rows",
    "page_date",
    "person_meeting_rows",
    "short_person_id",
    "speaker_id",
]

_YEAR = re.compile(r"^(\d{4})-")


def meeting_rows(doc_id: str, record: Record) -> list[dict[str, Any]]:
    """The key, series, dates and role of each meeting of the record (same idx)."""
    kb = load_kb()
    rows = []
    for idx, m in enumerate(record.meetings):
        series = series_slug(m.name or "", m.forum, kb) or "unnamed"
        year = _YEAR.match(m.start or "")
        rows.append(
            {
                "document_id": doc_id,
                "idx": idx,
                "series": series,
                "meeting_key": meeting_key(series, m.ordinal, m.start, f"{doc_id[:12]}-{idx}"),
                "ordinal": m.ordinal,
                "start": m.start,
                "end": m.end or m.start,
                "year": int(year.group(1)) if year else None,
                "role": m.role,
            }
        )
    return rows


def speaker_id(speaker: str, kb: KnowledgeBase | None = None) -> str | None:
    """A statement's speaker as an entity: a country code, an organisation, else a person."""
    kb = kb or load_kb()
    if speaker.upper() == speaker and speaker in kb.countries:
        return country_id(speaker)
    if speaker in kb.organizations or speaker in kb.forums:
        return org_id(speaker)
    return person_id(speaker)


def short_person_id(surname: str) -> str:
    """Entity id of a family name standing alone ('Minister Kang'): 'person:~kang'."""
    return "person:~" + "".join(name_tokens(surname))


def _row(doc_id: str, source: str, idx: int, kind: str, entity: str, **extra: Any) -> dict:
    row = {
        "document_id": doc_id,
        "source": source,
        "idx": idx,
        "kind": kind,
        "entity_id": entity,
        "first_word": None,
        "last_word": None,
        "acronym": None,
        "title": None,
        "country": None,
        "name": None,
        "role": None,
        "act": None,
        "evidence_start": None,
        "evidence_end": None,
    }
    row.update(extra)
    return row


def page_date(record: Record) -> str | None:
    """The date a page's items are dated by: its first main meeting's start, else published."""
    main = next((m for m in record.meetings if m.role == "main"), None)
    if main is not None and main.start:
        return main.start
    return record.document.published


def statement_actors(record: Record) -> list[dict[str, Any]]:
    """For each statement (same idx): the page's date, and the code of the country its
    speaker serves (from the page's people), else the speaker's own code."""
    kb = load_kb()
    serves = {norm(p.name): p.country for p in record.people if p.country}
    day = page_date(record)
    rows = []
    for s in record.statements:
        speaker = s.speaker or ""
        code = speaker if speaker in kb.countries or speaker in kb.organizations else None
        rows.append({"date": day, "actor_country": serves.get(norm(speaker), code)})
    return rows


def entity_rows(doc_id: str, record: Record) -> list[dict[str, Any]]:
    """Every entity_refs row of a page, unique on (source, idx, entity_id)."""
    kb = load_kb()
    rows = list(_people_rows(doc_id, record))
    rows += _mention_rows(doc_id, record)
    rows += _statement_rows(doc_id, record, kb)
    rows += _short_mention_rows(doc_id, record, kb)
    day = page_date(record)
    unique = {(r["source"], r["idx"], r["entity_id"]): r for r in rows}
    for row in unique.values():
        row["date"] = day
    return list(unique.values())


def person_meeting_rows(
    refs: list[dict[str, Any]], meetings: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each main meeting of a page (its meetings rows) once for each person the page names
    (its entity_rows)."""
    main = [m for m in meetings if m["role"] == "main"]
    named = sorted({r["entity_id"] for r in refs if r["source"] == "people"})
    keep = ("document_id", "idx", "meeting_key", "start")
    return [{"entity_id": pid} | {k: m[k] for k in keep} for pid in named for m in main]


def _people_rows(doc_id: str, record: Record) -> Iterator[dict[str, Any]]:
    for idx, p in enumerate(record.people):
        pid, tokens = person_id(p.name or ""), name_tokens(p.name or "")
        if pid is None:
            continue
        first, last = tokens[0], tokens[-1]
        yield _row(doc_id, "people", idx, "person", pid, first_word=first, last_word=last,
                   title=p.title, country=p.country, name=p.name, role=p.role)  # fmt: skip


def _mention_rows(doc_id: str, record: Record) -> list[dict[str, Any]]:
    rows = []
    for idx, code in enumerate(record.countries):
        if not code:
            continue
        rows.append(_row(doc_id, "mentions.country", idx, "country", country_id(code)))
    for idx, key in enumerate(record.organizations):
        if not key:
            continue
        rows.append(_row(doc_id, "mentions.organization", idx, "org", org_id(key)))
    for idx, name in enumerate(record.initiatives):
        if not name:
            continue
        acronym = name.upper() if " " not in name.strip() else acronym_of(name)
        rows.append(
            _row(
                doc_id,
                "mentions.initiative",
                idx,
                "initiative",
                initiative_id(name),
                acronym=acronym,
            )
        )
    return rows


def _statement_rows(doc_id: str, record: Record, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """The speaker of each statement, and each of the page's entities its text names."""
    surfaces = page_surfaces(record, kb)
    lows = [(s.text or "").lower() for s in record.statements]
    named: dict[int, list[str]] = {}  # statement -> the entities whose forms occur in it
    for entity, among in _statements_naming(lows, surfaces).items():
        for idx in among:
            named.setdefault(idx, []).append(entity)
    speakers = {s: speaker_id(s, kb) for s in {s.speaker for s in record.statements} if s}
    rows = []
    for idx, s in enumerate(record.statements):
        who = speakers[s.speaker] if s.speaker else None
        said = {"name": s.speaker, "act": s.act}
        if who is not None:
            rows.append(_row(doc_id, "statements", idx, "speaker", who, **said))
        low = lows[idx]
        for entity in named.get(idx, ()):
            if entity != who and any(has_word(low, f) for f in surfaces[entity]):
                rows.append(_row(doc_id, "statements", idx, "topic", entity, **said))
    return rows


def _statements_naming(
    lows: list[str], surfaces: dict[str, tuple[str, ...]]
) -> dict[str, set[int]]:
    """Entity -> the statements (by idx) in which one of its forms occurs at all, found by
    searching all the statements' text at once; whether as whole words is has_word's to say."""
    every = "\0".join(lows)
    starts = list(itertools.accumulate((len(low) + 1 for low in lows[:-1]), initial=0))
    found: dict[str, set[int]] = {}
    for entity, forms in surfaces.items():
        among: set[int] = set()
        for form in filter(None, forms):
            at = every.find(form)
            while at >= 0:
                among.add(bisect.bisect_right(starts, at) - 1)
                at = every.find(form, at + 1)
        if among:
            found[entity] = among
    return found


def page_surfaces(record: Record, kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Entity id -> the lower-case forms a sentence of this page may name it by."""
    found: dict[str, set[str]] = {}
    for code in filter(None, record.countries):
        country = kb.countries.get(code)
        names = (country.name, *country.aliases) if country else (code,)
        found.setdefault(country_id(code), set()).update(n.lower() for n in names if len(n) > 2)
    for key in filter(None, record.organizations):
        org = kb.organizations.get(key)
        names = (key, org.name, *org.aliases) if org else (key,)
        found.setdefault(org_id(key), set()).update(n.lower() for n in names)
    for name in filter(None, record.initiatives):
        canonical = canonical_initiative(name)
        forms = {name, canonical, *kb.initiatives.get(canonical, ())}
        found.setdefault(initiative_id(name), set()).update(n.lower() for n in forms)
    return {k: tuple(sorted(v)) for k, v in found.items() if v}


def has_word(low_text: str, needle: str) -> bool:
    """Whether a lower-case needle occurs in lower-case text as whole words."""
    if not needle:
        return False
    at = low_text.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = low_text[at - 1] if at else " "
        after = low_text[end] if end < len(low_text) else " "
        if not before.isalnum() and before != "_" and not after.isalnum() and after != "_":
            return True
        at = low_text.find(needle, at + 1)
    return False


@functools.cache
def _short_mention_pattern() -> re.Pattern[str]:
    """'<title> <Family>' not followed by another capitalised word: 'Foreign Minister Kang'.
    The lookahead for a title's first letter lets the scan skip every other place before
    trying every title there (a quarter of the time, the same matches)."""
    kb = load_kb()
    titles = sorted({*kb.title_heads, *kb.title_short_forms}, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in titles)
    first = f"(?=[{''.join(sorted({re.escape(t[0]) for t in titles}))}])" if all(titles) else ""
    return re.compile(
        rf"{first}\b(?P<title>{alternatives})\s+(?P<name>[A-Z][a-z]+(?:-[a-z]+)?)\b"
        r"(?![ \t]+[A-Z]|-[A-Z])"
    )


def _short_mention_rows(doc_id: str, record: Record, kb: KnowledgeBase) -> list[dict]:
    """Family names after a title, alone: resolved to a full name at query time."""
    text = record.document.text or ""
    rows = []
    for found in _short_mention_pattern().finditer(text):
        name = found["name"]
        if _named_by_kb(name) or name.lower() in ("of", "for", "and", "the"):
            continue
        surname = "".join(name_tokens(name))
        country = _country_before(text, found.start(), kb) or record.document.publisher_country
        rows.append(
            _row(doc_id, "body", found.start("name"), "person_short", short_person_id(name),
                 first_word=surname, last_word=surname, title=found["title"], country=country,
                 evidence_start=found.start(), evidence_end=found.end())
        )  # fmt: skip
    return rows


@functools.lru_cache(maxsize=4096)
def _named_by_kb(word: str) -> bool:
    """Whether the knowledge base names anything in the word (pages repeat the same few)."""
    return bool(load_kb().find(word))


def _country_before(text: str, at: int, kb: KnowledgeBase) -> str | None:
    """'Korean Foreign Minister Kang' -> KOR: a country or demonym just before the title."""
    words = text[max(0, at - 40) : at].split()
    if not words:
        return None
    return kb.country_code(words[-1].rstrip("'s").rstrip("\u2019s"))
