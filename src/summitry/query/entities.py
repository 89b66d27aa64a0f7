"""Initiative pages: names, meetings and dated mentions across pages (countries: query.country)."""

from __future__ import annotations

from typing import Any

from summitry.kb.load import load_kb
from summitry.query.common import doc_infos, with_stored_corrections
from summitry.query.country import country, country_code_of
from summitry.query.meeting_find import QueryError
from summitry.query.naming import (
    WINDOW,
    initiative_names,
    meetings_of_pages,
    naming,
    newest_pages,
    pages_naming,
)
from summitry.query.timeline import timeline
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields
from summitry.resolve.keys import acronym_of, initiative_id

__all__ = ["INITIATIVE_MEETINGS", "country", "country_code_of", "initiative"]

INITIATIVE_MEETINGS = 50  # meetings listed when no limit is given; `meetings_total` counts all


@with_stored_corrections
def initiative(
    store: Any, name: str, corrections: Corrections | None = None, limit: int | None = None
) -> dict | None:
    """{id, name, acronym, names, documents, meetings, meetings_total, window, statements,
    timeline} of one initiative; None when no page names it.

    `limit` keeps the first items of its timeline (and the statements among them) and the
    newest meetings (INITIATIVE_MEETINGS without it). Meetings come from the newest `window`
    pages naming it (at most WINDOW); `documents` counts every page.
    """
    text = name.strip()
    if not text:
        raise QueryError("give an initiative's name, acronym or id, e.g. FTAAP")
    iid = text if text.startswith("initiative:") else initiative_id(text)
    ids = aliases_of(iid, corrections)
    named = naming(ids, corrections)
    with store.engine.connect() as conn:
        documents = pages_naming(conn, named)
        if not documents:
            return None
        names = initiative_names(conn, ids) or {iid: text.removeprefix("initiative:")}
        shown = limit or INITIATIVE_MEETINGS
        listed, meetings_total = meetings_of_pages(conn, newest_pages(named), shown)
        infos = doc_infos(conn, {m["_first"] for m in listed})
    items = timeline(store, iid, corrections=corrections, limit=limit)
    title = names.get(iid) or next(iter(names.values()))
    kb = load_kb()
    acronyms = [a for a in kb.initiatives.get(title, ()) if a.isupper() and " " not in a]
    view = {
        "id": iid,
        "name": title,
        "acronym": acronyms[0] if acronyms else acronym_of(title),
        "names": sorted(set(names.values())),
        "documents": documents,
        "meetings": [_labelled(m, infos) for m in listed],
        "meetings_total": meetings_total,
        "window": min(documents, WINDOW),
        "statements": [i for i in items if i["kind"] == "statement"],
        "timeline": items,
    }
    return apply_fields(iid, view, corrections)


def _labelled(meeting: dict[str, Any], infos: dict[str, Any]) -> dict[str, Any]:
    """The meeting with the label its first page gives it."""
    first = meeting.pop("_first")
    info = infos.get(first)
    return {**meeting, "meeting": info.meeting if info else None}
