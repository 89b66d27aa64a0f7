"""Record -> table rows: the documents row and one row per list item of every child table."""

from __future__ import annotations

import functools
import json
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, select

from summitry.extract.context import Sentence
from summitry.extract.sentences import sentences_of
from summitry.kb.completions import completion_pattern
from summitry.record import Document, Evidence, Meeting, Person, Record, Statement
from summitry.resolve.mention_offsets import mention_offsets
from summitry.resolve.refs import (
    entity_rows,
    meeting_rows,
    page_date,
    person_meeting_rows,
    statement_actors,
)
from summitry.store.documents import DocumentSummary, StoredDocument, StoredUrl
from summitry.store.facets import facet_tags, facet_values
from summitry.store.ids import HEX_PREFIX, resolve_prefix
from summitry.store.schema import (
    completions,
    documents,
    entity_refs,
    meetings,
    mentions,
    metadata,
    people,
    person_meetings,
    records,
    statements,
    texts,
)
from summitry.store.urls import stored_urls

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "PageRows",
    "child_rows",
    "completion_rows",
    "document_row",
    "document_summaries",
    "meeting_table_rows",
    "page_meeting",
    "PAGE_EXTRA",
    "page_rows",
    "page_table_rows",
    "read_document",
    "record_json",
    "sentence_span",
    "stored_document",
    "stored_record",
    "series_name_rows",
    "tables_of",
]

# A page's documents row and its child rows by table name (Tables stay in their process).
PageRows = tuple[dict[str, Any], list[tuple[str, list[dict[str, Any]]]]]

# a stop and the quote or bracket after it, which closes a sentence
_CLOSED = {f"{stop}{close}" for stop in ".!?" for close in '"”’)'}

MENTION_KINDS = (
    ("country", "countries"),
    ("organization", "organizations"),
    ("initiative", "initiatives"),
)


def document_row(doc_id: str, source: str, record: Record) -> dict[str, Any]:
    """A page's rows in one dict: the documents columns (metadata, ingest time in UTC), and
    PAGE_EXTRA, its text, facet tokens and record JSON (page_table_rows splits them)."""
    doc = record.document
    return {
        "id": doc_id,
        "source": source,
        "title": doc.title,
        "published": doc.published,
        "publisher": doc.publisher,
        "publisher_country": doc.publisher_country,
        "category": doc.category,
        "views": doc.views,
        "language": doc.language,
        "body": doc.text or "",
        "record": record_json(record),
        "ingested_at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "tags": facet_tags(facet_values(record)),
    } | page_meeting(doc_id, record)


PAGE_EXTRA = ("body", "tags", "record")


def page_table_rows(row: dict[str, Any], seq: int) -> list[tuple[Table, dict[str, Any]]]:
    """document_row's dict as the rows of texts and records, for the page stored at `seq`."""
    return [
        (texts, {"seq": seq, "title": row["title"], "body": row["body"], "tags": row["tags"]}),
        (records, {"document_id": row["id"], "record": row["record"]}),
    ]


def record_json(record: Record) -> str:
    """The record as compact JSON without its body (the texts table holds it)."""
    data = record.to_dict()
    data.get("document", {}).pop("text", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def stored_record(raw: str, body: str | None) -> dict[str, Any]:
    """A record's dict from its stored JSON and its page's body."""
    data = json.loads(raw)
    doc = data.get("document") or {}
    data["document"] = {
        f.name: body if f.name == "text" else doc.get(f.name) for f in fields(Document)
    }
    return data


def stored_document(row: dict[str, Any], urls: list[StoredUrl]) -> StoredDocument:
    """A documents row read with its body and record JSON, as Store.get gives it: the
    record as a dict with the body as its text, the page's `urls`, and its `url` (the
    record's, else the first address it was fetched from)."""
    record = stored_record(row.pop("record"), row["body"])
    first = urls[0].url if urls else None
    url = (record.get("document") or {}).get("url") or first
    return StoredDocument(**row, record=record, urls=urls, url=url)


# A page's own fields: its seq, date and main meeting are the store's, for its queries.
_HEAD_COLUMNS = [c for c in documents.c if c.name not in ("seq", "date", "main_meeting")]
_GET = (
    select(*_HEAD_COLUMNS, texts.c.body, records.c.record)
    .join_from(documents, texts, texts.c.seq == documents.c.seq)
    .join(records, records.c.document_id == documents.c.id)
)


def read_document(conn: Connection, ref: str, label: str) -> StoredDocument | None:
    """The page of id `ref`, else of the unique hex prefix `ref` (StoreError, naming the
    store `label`, when it fits several); None when none is stored."""
    row = conn.execute(_GET.where(documents.c.id == ref)).first()
    if row is None and HEX_PREFIX.fullmatch(ref):
        full = resolve_prefix(conn, ref.lower(), label)
        if full is not None:
            row = conn.execute(_GET.where(documents.c.id == full)).first()
    if row is None:
        return None
    return stored_document(dict(row._mapping), stored_urls(conn, row.id))


def document_summaries(conn: Connection, limit: int, offset: int) -> list[DocumentSummary]:
    """A page of documents rows: newest published first, undated last."""
    stmt = (
        select(*_HEAD_COLUMNS)
        .order_by(
            documents.c.published.desc().nulls_last(),
            documents.c.ingested_at.desc(),
            documents.c.seq.desc(),
        )
        .limit(limit)
        .offset(offset)
    )
    return [DocumentSummary(**r._mapping) for r in conn.execute(stmt)]


def _evidence(evidence: Evidence | None) -> dict[str, int | None]:
    start, end = evidence if evidence else (None, None)
    return {"evidence_start": start, "evidence_end": end}


def _item_rows(doc_id: str, items: Sequence[Meeting | Person | Statement]) -> list[dict[str, Any]]:
    """One row per dataclass item: its fields as columns, evidence split in two."""
    rows = []
    for idx, item in enumerate(items):
        kind: type[DataclassInstance] = type(item)  # mypy deems type[Person] unhashable
        row = {name: getattr(item, name) for name in _columns_of(kind)}
        row.update(document_id=doc_id, idx=idx, **_evidence(item.evidence))
        rows.append(row)
    return rows


@functools.cache
def _columns_of(kind: type[DataclassInstance]) -> tuple[str, ...]:
    """The names of a dataclass's fields but evidence, in order (listed once a class)."""
    return tuple(f.name for f in fields(kind) if f.name != "evidence")


def sentence_span(
    body: str, sentences: Sequence[Sentence], start: int, end: int
) -> Evidence | None:
    """(start, end) of the whole sentence of body (`sentences`: sentences_of(body)) that
    body[start:end] lies in, or of the sentences it spans; None where it lies in none."""
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    return _span(body, sentences, starts, ends, start, end)


def _span(
    body: str,
    sentences: Sequence[Sentence],
    starts: list[int],
    ends: list[int],
    start: int,
    end: int,
) -> Evidence | None:
    """sentence_span with the sentences' starts and ends listed. The splitter leaves a
    closing quote or bracket ('... them."') and the stop of a break whose space was lost
    ('the event.In his') between sentences: they are kept in the sentence they end."""
    first, last = bisect_right(ends, start), bisect_left(starts, end) - 1
    if first > last:
        return None
    right = sentences[last].end
    right += body[right : right + 1] == "."
    right += body[right - 1 : right + 1] in _CLOSED
    return sentences[first].start, right


def _with_sentences(
    body: str, rows: list[dict[str, Any]], sentences: Sequence[Sentence]
) -> list[dict[str, Any]]:
    """The rows, each with the span of the sentence its evidence lies in (None without)."""
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    for row in rows:
        start, end = row["evidence_start"], row["evidence_end"]
        found = None
        if start is not None and end is not None:
            found = _span(body, sentences, starts, ends, start, end)
        row["sentence_start"], row["sentence_end"] = found or (None, None)
    return rows


def _mention_rows(
    doc_id: str, record: Record, offsets: dict[tuple[str, int], Evidence]
) -> list[dict[str, Any]]:
    """One row per country, organisation and initiative, with its first place in the body."""
    rows = []
    for kind, attr in MENTION_KINDS:
        for idx, value in enumerate(getattr(record, attr)):
            row = {"document_id": doc_id, "kind": kind, "idx": idx, "value": value}
            rows.append(row | _evidence(offsets.get((kind, idx))))
    return rows


def _with_offsets(
    rows: list[dict[str, Any]], offsets: dict[tuple[str, int], Evidence]
) -> list[dict[str, Any]]:
    """entity_refs rows, a mention's with the offsets its mentions row has."""
    for row in rows:
        if row["source"].startswith("mentions."):
            at = offsets.get((row["source"].removeprefix("mentions."), row["idx"]))
            if at is not None:
                row.update(_evidence(at))
    return rows


def child_rows(doc_id: str, record: Record) -> list[tuple[Table, list[dict[str, Any]]]]:
    """Every child table with its rows (possibly none), in insert order. Statements and
    mentions carry the span of their whole sentence, split as the extractor splits them."""
    offsets = mention_offsets(record)
    refs = _with_offsets(entity_rows(doc_id, record), offsets)
    body = record.document.text or ""
    sentences = sentences_of(body)
    held = meeting_table_rows(doc_id, record)
    return [
        (meetings, held),
        (people, _item_rows(doc_id, record.people)),
        (mentions, _with_sentences(body, _mention_rows(doc_id, record, offsets), sentences)),
        (statements, _with_sentences(body, statement_table_rows(doc_id, record), sentences)),
        (entity_refs, refs),
        (completions, completion_rows(doc_id, record, refs)),
        (person_meetings, person_meeting_rows(refs, held)),
    ]


def completion_rows(
    doc_id: str, record: Record, refs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each sentence of the body with a completion verb (kb completions.yaml), split as the
    extractor splits them, once for each initiative of the page's entity_refs `refs`; none
    for a page that names no initiative or has no date (no commitment could find it)."""
    initiatives = sorted({r["entity_id"] for r in refs if r["entity_id"].startswith("initiative:")})
    body, day = record.document.text or "", page_date(record)
    verb = completion_pattern()
    if not initiatives or not day or not verb.search(body):
        return []
    page: dict[str, Any] = {"document_id": doc_id, "date": day}
    page["publisher_country"] = record.document.publisher_country
    found = [s for s in sentences_of(body) if verb.search(s.text)]
    return [
        page
        | {"idx": idx, "entity_id": entity, "text": s.text}
        | {"evidence_start": s.start, "evidence_end": s.end}
        for idx, s in enumerate(found)
        for entity in initiatives
    ]


def meeting_table_rows(doc_id: str, record: Record) -> list[dict[str, Any]]:
    """Each meeting of the record with its key, series and year (resolve.refs)."""
    refs = meeting_rows(doc_id, record)
    keyed = ("meeting_key", "series", "year")
    return [
        item | {name: ref[name] for name in keyed}
        for item, ref in zip(_item_rows(doc_id, record.meetings), refs, strict=True)
    ]


def statement_table_rows(doc_id: str, record: Record) -> list[dict[str, Any]]:
    """Each statement of the record with its page's date and actor code (resolve.refs)."""
    items = _item_rows(doc_id, record.statements)
    return [i | a for i, a in zip(items, statement_actors(record), strict=True)]


def page_meeting(doc_id: str, record: Record) -> dict[str, Any]:
    """The page's date and the key of its first main meeting: the columns of its documents
    row that resolve.refs computes."""
    main = next((i for i, m in enumerate(record.meetings) if m.role == "main"), None)
    key = meeting_rows(doc_id, record)[main]["meeting_key"] if main is not None else None
    return {"date": page_date(record), "main_meeting": key}


def series_name_rows(children: list[tuple[Table, list[dict[str, Any]]]]) -> list[dict[str, str]]:
    """(series, name) of each meeting in child_rows' output, once each."""
    rows = dict(children)
    pairs = {(r["series"], r["name"]) for r in rows.get(meetings, [])}
    return [{"series": series, "name": name} for series, name in sorted(pairs)]


def page_rows(doc_id: str, source: str, record: Record) -> PageRows:
    """The documents row and child rows of a page, made where it is extracted (a worker
    process) so that the one process that writes only inserts them."""
    children = [(table.name, rows) for table, rows in child_rows(doc_id, record)]
    return document_row(doc_id, source, record), children


def tables_of(
    children: list[tuple[str, list[dict[str, Any]]]],
) -> list[tuple[Table, list[dict[str, Any]]]]:
    """page_rows' child rows with their Tables again."""
    return [(metadata.tables[name], rows) for name, rows in children]
