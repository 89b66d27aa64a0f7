"""People across pages: a full name in any spelling, or a family name with a title.

'Minister Kang' is the one stored person whose family name is Kang and whose title and
country fit; with two such people it stays unresolved rather than guessed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Connection, and_, select

from summitry.kb.load import load_kb
from summitry.resolve.corrections import Corrections, aliases_of, canonical
from summitry.resolve.keys import name_tokens, person_id
from summitry.store.schema import entity_refs

__all__ = [
    "OwnNames",
    "PersonRef",
    "parse_person_ref",
    "resolve_person",
    "person_rows",
    "resolve_each",
    "resolves_only_to",
    "short_candidates",
]


@dataclass(frozen=True, slots=True)
class PersonRef:
    """What a person query says: a full-name id, or a family name with title/country evidence."""

    text: str
    id: str | None = None  # person:<key> for a full name or an id
    surname: str | None = None  # for a family name alone
    title: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Resolution:
    """The id a reference resolves to, or the candidates that made it ambiguous."""

    id: str | None
    candidates: list[str] = field(default_factory=list)
    why: str = ""


@functools.cache
def _title_prefix() -> re.Pattern[str]:
    kb = load_kb()
    titles = sorted({*kb.title_heads, *kb.title_short_forms}, key=len, reverse=True)
    return re.compile(r"^(?P<title>" + "|".join(re.escape(t) for t in titles) + r")\s+", re.I)


def parse_person_ref(text: str) -> PersonRef:
    """'Korean Foreign Minister Kang' -> surname kang, title Foreign Minister, country KOR."""
    text = " ".join(text.split())
    if text.startswith("person:"):
        return PersonRef(text, id=text)
    kb = load_kb()
    country = None
    words = text.split(" ", 1)
    if len(words) == 2 and (code := kb.country_code(words[0])) and _title_prefix().match(words[1]):
        country, text = code, words[1]
    title = None
    if found := _title_prefix().match(text):
        title, text = found["title"], text[found.end() :]
    tokens = name_tokens(text)
    if len(tokens) == 1:
        return PersonRef(text, surname=tokens[0], title=title, country=country)
    return PersonRef(text, id=person_id(text), title=title, country=country)


def _title_fits(wanted: str | None, held: set[str]) -> bool:
    """'Foreign Minister' fits 'Minister of Foreign Affairs': every word of the short title."""
    if not wanted:
        return True
    full = load_kb().title_short_forms.get(wanted, wanted)
    need = _title_words(full) - {"of", "for", "the"}
    return any(need <= _title_words(t) for t in held)


@functools.lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", title.lower()))


def short_candidates(conn: Connection, surname: str) -> dict[str, tuple[set[str], set[str]]]:
    """Full-name people with this family name (first or last word): id -> (titles, countries).

    Read from the two word indexes, which hold every column asked for: one query each, since
    an OR of the two would fetch each row from the table."""
    c = entity_refs.c
    found: dict[str, tuple[set[str], set[str]]] = {}
    for word in (c.first_word, c.last_word):
        stmt = select(c.entity_id, c.title, c.country).where(word == surname, c.kind == "person")
        for eid, title, country in conn.execute(stmt.distinct()):
            if eid.count("-") < 1:
                continue  # a one-word name is no full name
            titles, countries = found.setdefault(eid, (set(), set()))
            titles.update([title] if title else [])
            countries.update([country] if country else [])
    return found


def resolve_short(
    candidates: dict[str, tuple[set[str], set[str]]],
    ref: PersonRef,
    corrections: Corrections | None = None,
) -> Resolution:
    """The one candidate whose titles and country fit the reference, else None and why."""
    fits = sorted(
        {
            canonical(eid, corrections)
            for eid, (titles, countries) in candidates.items()
            if _title_fits(ref.title, titles) and (not ref.country or ref.country in countries)
        }
    )
    if len(fits) == 1:
        return Resolution(fits[0], fits, _only_one(ref))
    if not fits:
        return Resolution(None, [], f"no stored person named {ref.surname} fits")
    return Resolution(None, fits, f"{len(fits)} stored people named {ref.surname} fit")


def resolves_only_to(
    conn: Connection,
    pid: str,
    ref: PersonRef,
    corrections: Corrections | None = None,
    own_rows: OwnNames | None = None,
) -> str | None:
    """Why a family-name reference means pid, as resolve_short would say, else None.

    Same answer as resolve_short over short_candidates, but the other candidates' rows are
    read only until one fits: a common family name on a huge store costs a few rows, not all.
    `own_rows`: person_rows of pid and its aliases, where the caller resolves many."""
    return resolve_each(conn, pid, [ref], corrections, own_rows)[0]


def resolve_each(
    conn: Connection,
    pid: str,
    refs: list[PersonRef],
    corrections: Corrections | None = None,
    own_rows: OwnNames | None = None,
) -> list[str | None]:
    """resolves_only_to of each reference, all of one family name: the other people's rows
    are read once for them all, until each is decided."""
    own = aliases_of(canonical(pid, corrections), corrections)
    surnames = sorted({ref.surname or "" for ref in refs})
    rows = own_rows if own_rows is not None else person_rows(conn, own, surnames)
    mine = {i: ref for i, ref in enumerate(refs) if _fits(ref, rows)}
    taken: set[int] = set()
    for surname in surnames:
        same = {i: ref for i, ref in mine.items() if (ref.surname or "") == surname}
        taken |= _others_fit(conn, surname, same, entity_refs.c.entity_id.not_in(own))
    return [_only_one(ref) if i in mine and i not in taken else None for i, ref in enumerate(refs)]


def _only_one(ref: PersonRef) -> str:
    """Why a family-name reference resolves: the one stored person it fits, and by what."""
    evidence = ", ".join(x for x in (ref.title, ref.country) if x) or "family name only"
    return f"only stored person named {ref.surname} ({evidence})"


# A person's family names, each with the titles and countries its refs give: (word, id) ->
# (titles, countries), for the full names (with '-') of the person and its aliases.
OwnNames = dict[tuple[str, str], tuple[set[str], set[str]]]


def person_rows(conn: Connection, ids: list[str], words: list[str]) -> OwnNames:
    """The OwnNames of these ids under these family names, from each word index alone: the
    titles and the countries read apart (DISTINCT), a few hundred rows, not each pair."""
    c = entity_refs.c
    found: OwnNames = {}
    for column in (c.first_word, c.last_word):
        for i, held in enumerate((c.title, c.country)):
            stmt = select(column, c.entity_id, held).distinct()
            stmt = stmt.where(column.in_(words), c.kind == "person", c.entity_id.in_(ids))
            for word, eid, value in conn.execute(stmt):
                if "-" not in eid:
                    continue  # a one-word name is no full name
                sets = found.setdefault((word, eid), (set(), set()))
                sets[i].update([value] if value else [])
    return found


def _fits(ref: PersonRef, own: OwnNames) -> bool:
    """_someone_fits over the OwnNames read already."""
    return any(
        word == ref.surname
        and _title_fits(ref.title, titles)
        and (not ref.country or ref.country in countries)
        for (word, _eid), (titles, countries) in own.items()
    )


def _others_fit(
    conn: Connection, surname: str, refs: dict[int, PersonRef], which: ColumnElement[bool]
) -> set[int]:
    """Which references (by key) a full-name person among `which` with the family name fits:
    a title of theirs fits, and a row of theirs gives the reference's country. Each person's
    titles are read once (DISTINCT, from each word index alone, in its order), and reading
    stops once every reference is fitted."""
    c = entity_refs.c
    pending, taken = dict(refs), set[int]()
    countries: dict[str, set[str]] = {}
    for word in (c.first_word, c.last_word) if pending else ():
        named = and_(
            word == surname,
            c.kind == "person",
            c.entity_id.contains("-"),  # a one-word name is no full name
            which,
        )
        for eid, title in conn.execute(select(c.entity_id, c.title).where(named).distinct()):
            if not pending:
                return taken
            for key, ref in list(pending.items()):
                if not _title_fits(ref.title, {title} if title else set()):
                    continue
                if ref.country and ref.country not in _countries(conn, surname, eid, countries):
                    continue
                taken.add(key)
                del pending[key]
    return taken


def _countries(conn: Connection, surname: str, eid: str, known: dict[str, set[str]]) -> set[str]:
    """The countries the rows of eid with the family name give (from each word index alone),
    read once into `known`."""
    if eid not in known:
        c = entity_refs.c
        known[eid] = set()
        for word in (c.first_word, c.last_word):
            stmt = select(c.country).where(word == surname, c.kind == "person", c.entity_id == eid)
            known[eid].update(country for (country,) in conn.execute(stmt.distinct()) if country)
    return known[eid]


def resolve_person(
    conn: Connection, text: str, corrections: Corrections | None = None
) -> Resolution:
    """A person query -> canonical id: a full name in any spelling, an id, or 'Minister Kang'."""
    ref = parse_person_ref(text)
    if ref.id is not None:
        return Resolution(canonical(ref.id, corrections), [ref.id], "full name")
    if ref.surname is None:
        return Resolution(None, [], "no name given")
    return resolve_short(short_candidates(conn, ref.surname), ref, corrections)
