"""FollowTheMoney entities as NDJSON (the way into Aleph and OpenSanctions tooling):
documents as Document, meetings as Event organised by their forum's Organization, people as
Person with a Documentation linking each to the page that names them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from summitry.export.rows import ExportError
from summitry.kb.load import load_kb

__all__ = ["FTM_KINDS", "ftm_id", "ftm_lines"]

FTM_KINDS = ("documents", "meetings", "people")
INSTALL = "pip install 'summitry[export]'"


def ftm_id(*parts: Any) -> str:
    """A stable entity id from summitry's own ids: 'person:lee' -> 'summitry-person-lee'."""
    text = "-".join(str(p) for p in parts if p is not None)
    return "summitry-" + text.replace(":", "-")


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError:
        raise ExportError(f"--format ftm needs the followthemoney package: {INSTALL}") from None
    return model


def _entity(model: Any, schema: str, entity_id: str, **props: Any) -> dict[str, Any]:
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for name, value in props.items():
        if value not in (None, ""):
            proxy.add(name, str(value))
    return proxy.to_dict()


def _documents(model: Any, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for r in rows:
        yield _entity(
            model, "Document", ftm_id("document", r["id"]), title=r["title"],
            publishedAt=r["published"], publisher=r["publisher"], language=r["language"],
        )  # fmt: skip


def _meetings(model: Any, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each meeting as an Event, after the entities it names once each: its forum's
    Organization (organizer), the Person of each participant and the PublicBody of each
    participating country (involved)."""
    given: set[str] = set()
    for r in rows:
        organizer = ftm_id("org", (r["forum"] or "").lower()) if r["forum"] else None
        if organizer and organizer not in given:
            given.add(organizer)
            yield _entity(model, "Organization", organizer, name=r["forum"])
        involved = []
        for entity_id, schema, props in _involved(r):
            involved.append(entity_id)
            if entity_id not in given:
                given.add(entity_id)
                yield _entity(model, schema, entity_id, **props)
        event = _entity(
            model, "Event", ftm_id(r["id"]), name=r["label"], startDate=r["start"],
            endDate=r["end"], location=r["city"], country=r["country"], organizer=organizer,
            summary=r["theme"],
        )  # fmt: skip
        event["properties"]["involved"] = involved
        yield event if involved else _without(event, "involved")


def _involved(row: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(entity id, schema, properties) of each participant, people then countries."""
    ids, names = row.get("participant_ids") or [], row.get("participants") or []
    for pid, name in zip(ids, names, strict=False):
        yield ftm_id(pid), "Person", {"name": name}
    kb = load_kb()
    for code in row.get("participant_countries") or []:
        country = kb.countries.get(code)
        name = f"Government of {country.name if country else code}"
        yield ftm_id("country", code.lower()), "PublicBody", {"name": name, "jurisdiction": code}


def _without(entity: dict[str, Any], prop: str) -> dict[str, Any]:
    entity["properties"].pop(prop, None)
    return entity


def _people(model: Any, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    given: set[str] = set()
    for r in rows:
        person = ftm_id(r["person_id"] or f"person:{r['document_id'][:12]}-{r['idx']}")
        if person not in given:
            given.add(person)
            yield _entity(
                model, "Person", person, name=r["name"], position=r["title"],
                nationality=r["country"],
            )  # fmt: skip
        yield _entity(
            model, "Documentation", ftm_id("documentation", r["document_id"][:16], r["idx"]),
            document=ftm_id("document", r["document_id"]), entity=person, role=r["role"],
        )  # fmt: skip


def ftm_lines(kind: str, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One FollowTheMoney entity per line."""
    if kind not in FTM_KINDS:
        raise ExportError(f"--format ftm exports {', '.join(FTM_KINDS)}, not {kind}")
    model = _model()
    convert = {"documents": _documents, "meetings": _meetings, "people": _people}[kind]
    for entity in convert(model, rows):
        yield json.dumps(entity, ensure_ascii=False) + "\n"
