"""Initiative pages: names, meetings and dated mentions across pages (countries: query.country)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from summitry.kb.load import load_kb
from summitry.query.common import DocInfo, doc_infos, with_stored_corrections
from summitry.query.country import country, country_code_of
from summitry.query.entity_results import InitiativeInfo, PageMeeting
from summitry.query.meeting_find import QueryError
from summitry.query.naming import (
    WINDOW,
    initiative_names,
    meetings_of_pages,
    naming,
    newest_pages,
    pages_naming,
)
from summitry.query.results import with_fields
from summitry.query.timeline import timeline
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields
from summitry.resolve.keys import acronym_of, initiative_id

__all__ = ["INITIATIVE_MEETINGS", "country", "country_code_of", "initiative"]

INITIATIVE_MEETINGS = 50  # meetings listed when no limit is given; `meetings_total` counts all


@with_stored_corrections
def initiative(
    store: Any, name: str, corrections: Corrections | None = None, limit: int | None = None
) -> InitiativeInfo | None:
    """One initiative across its pages (InitiativeInfo); None when no page names it.

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
        listed, firsts, meetings_total = meetings_of_pages(conn, newest_pages(conn, named), shown)
        infos = doc_infos(conn, set(firsts.values()))
    items = timeline(store, iid, corrections=corrections, limit=limit)
    title = names.get(iid) or next(iter(names.values()))
    kb = load_kb()
    acronyms = [a for a in kb.initiatives.get(title, ()) if a.isupper() and " " not in a]
    view = InitiativeInfo(
        id=iid,
        name=title,
        acronym=acronyms[0] if acronyms else acronym_of(title),
        names=sorted(set(names.values())),
        documents=documents,
        meetings=[_labelled(m, infos.get(firsts[m.id])) for m in listed],
        meetings_total=meetings_total,
        window=min(documents, WINDOW),
        statements=[i for i in items if i.kind == "statement"],
        timeline=items,
    )
    return with_fields(view, apply_fields(iid, {}, corrections))


def _labelled(meeting: PageMeeting, first: DocInfo | None) -> PageMeeting:
    """The meeting with the label its first page gives it."""
    return replace(meeting, meeting=first.meeting if first else None)
