"""What every analyst query shares: meeting keys and ids, document dates, name matching."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, and_, func, not_, or_, select, true

from summitry.resolve.corrections import Corrections, split_pages
from summitry.resolve.infer import ordinal_text
from summitry.resolve.keys import norm
from summitry.store.schema import documents, meetings

T = TypeVar("T")

__all__ = [
    "DocInfo",
    "chunks",
    "doc_infos",
    "may_hold",
    "meeting_label",
    "name_words",
    "norm",
    "unsplit",
    "words_match",
]

CHUNK = 500


@dataclass(frozen=True, slots=True)
class DocInfo:
    """A document's title, its date (main meeting start, else published) and its main meeting."""

    id: str
    title: str | None
    published: str | None
    date: str | None
    date_source: str | None  # "meeting" or "published"
    meeting: str | None  # label of the first main meeting, e.g. "35th APEC Ministerial Meeting"
    meeting_id: str | None


def name_words(fragment: str) -> list[str]:
    """The words of a name fragment as matched against stored names ("Ministers'" -> ministers);
    a 'word' with no letter or digit (%, a control character) is no word."""
    return [w for w in norm(fragment).split() if any(c.isalnum() for c in w)]


def words_match(column: Any, words: Sequence[str]) -> ColumnElement[bool]:
    """SQL: every word occurs in lower(column); LIKE wildcards in the words are escaped."""
    lowered = func.lower(column)
    return and_(*[lowered.contains(w, autoescape=True) for w in words])


def any_contains(column: Any, needles: Iterable[str]) -> ColumnElement[bool]:
    """SQL: lower(column) contains at least one of the (lower-case) needles."""
    lowered = func.lower(column)
    return or_(*[lowered.contains(n, autoescape=True) for n in needles])


def may_hold(columns: Sequence[Any], needle: str) -> ColumnElement[bool] | None:
    """SQL prefilter: one of the columns, lower-cased without apostrophes, holds the longest
    ASCII word of the (normed) needle; None when it has none. Never drops a row that `norm`
    or `has_word` would keep; it only spares reading the rest."""
    words = [w for w in re.findall(r"[a-z0-9]+", needle) if w.isascii()]
    if not words:
        return None
    word = max(words, key=len)
    plain = [func.replace(func.replace(func.lower(c), "'", ""), "\u2019", "") for c in columns]
    return or_(*[p.contains(word, autoescape=True) for p in plain])


def meeting_label(name: str, ordinal: int | None) -> str:
    """'35th APEC Ministerial Meeting', or the bare name when unnumbered."""
    return f"{ordinal_text(ordinal)} {name}" if ordinal is not None else name


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Slices of at most `size`, to keep IN lists within every database's limits."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def doc_infos(conn: Connection, doc_ids: Iterable[str]) -> dict[str, DocInfo]:
    """DocInfo for each id: dated by its first main meeting's start, else by published.

    A page's row holds its date and main meeting's key; the meeting's name and ordinal, which
    label it, are read from that meeting's rows of the page, joined by the primary key's first
    two columns (meeting key, page): one seek a page, in the same query."""
    ids = sorted(set(doc_ids))
    d, m = documents.c, meetings.c
    heads: dict[str, Any] = {}
    main: dict[str, Any] = {}
    on = and_(m.meeting_key == d.main_meeting, m.document_id == d.id)
    cols = (d.id, d.title, d.published, d.date, m.idx, m.name, m.ordinal, m.start, m.meeting_key)
    for part in chunks(ids):
        stmt = select(*cols, m.role).select_from(documents.outerjoin(meetings, on))
        for row in conn.execute(stmt.where(d.id.in_(part))):
            heads[row.id] = row
            if row.role != "main":
                continue
            if row.id not in main or row.idx < main[row.id].idx:
                main[row.id] = row  # the first main row of the key
    return {i: _doc_info(heads[i], main.get(i)) for i in ids if i in heads}


def _doc_info(head: Any, main: Any | None) -> DocInfo:
    label = meeting_label(main.name, main.ordinal) if main is not None else None
    mid = main.meeting_key if main is not None else None
    if main is not None and main.start:
        source: str | None = "meeting"
    else:
        source = "published" if head.published else None
    return DocInfo(head.id, head.title, head.published, head.date, source, label, mid)


def by_date(item: dict[str, Any]) -> tuple[bool, str]:
    """Sort key: dated items in date order, undated ones last."""
    return (item.get("date") is None, item.get("date") or "")


_WORD_START = re.compile(r"\w")


def has_word(text: str | None, needle: str) -> bool:
    """Whether needle occurs in text (case-insensitive) not glued to a preceding letter."""
    low, n = (text or "").lower(), needle.lower()
    start = low.find(n)
    while start >= 0:
        if start == 0 or not _WORD_START.match(low[start - 1]) or not _WORD_START.match(n[0]):
            return True
        start = low.find(n, start + 1)
    return False


def with_stored_corrections(query: Callable[..., T]) -> Callable[..., T]:
    """A query over a store applies the corrections the store holds, unless given others."""

    @functools.wraps(query)
    def run(store: Any, *args: Any, corrections: Any = None, **kwargs: Any) -> T:
        if corrections is None and hasattr(store, "entity_corrections"):
            corrections = store.entity_corrections()
        return query(store, *args, corrections=corrections, **kwargs)

    return run


def ref_of(table: Any, source: str) -> ColumnElement[bool]:
    """The join of an item table's row with its entity_refs row (refs written from `source`)."""
    from summitry.store.schema import entity_refs

    return and_(
        entity_refs.c.document_id == table.c.document_id,
        entity_refs.c.idx == table.c.idx,
        entity_refs.c.source == source,
    )


def unsplit(
    id_column: Any, doc_column: Any, ids: Iterable[str], corrections: Corrections | None
) -> ColumnElement[bool]:
    """SQL: the rows of the given ids on pages no split took out of that id."""
    gone = split_pages(ids, corrections)
    return and_(true(), *(not_(and_(id_column == i, doc_column.in_(d))) for i, d in gone.items()))
