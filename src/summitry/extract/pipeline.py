"""The extraction pipeline: components run in order over one cleaned page.

A component is a plain function `(ctx: Context) -> None` that reads what earlier ones
found and adds its own findings. They are registered in COMPONENTS, in order. If one
fails on a page, its error is noted in the record and the rest still runs.
"""

from __future__ import annotations

from collections.abc import Callable

from summitry.extract.context import Context
from summitry.record import Document, Record

__all__ = ["COMPONENTS", "Component", "extract_record"]

Component = Callable[[Context], None]


def _components() -> list[tuple[str, Component]]:
    from summitry.extract import (
        amounts,
        assemble,
        entities,
        initiatives,
        meetings,
        ner_spacy,
        outcomes,
        people,
        sentences,
        statements,
    )

    return [
        ("sentences", sentences.split_sentences),
        ("entities", entities.gazetteer_entities),
        ("dates", meetings.date_mentions),
        ("people", people.people_in_text),
        ("meetings", meetings.meetings_in_text),
        ("initiatives", initiatives.initiatives_in_text),
        ("outcomes", outcomes.outcomes_in_text),
        ("amounts", amounts.amounts_in_text),
        ("statements", statements.statements_in_text),
        ("ner", ner_spacy.statistical_entities),  # a no-op unless a spaCy model is enabled
        ("assemble", assemble.assemble_record),
    ]


COMPONENTS: list[tuple[str, Component]] = []


def extract_record(path: str, document: Document) -> Record:
    """Run every component over one document and return its record."""
    if not COMPONENTS:
        COMPONENTS.extend(_components())
    ctx = Context(path=path, document=document)
    for name, component in COMPONENTS:
        try:
            component(ctx)
        except Exception as exc:  # noqa: BLE001 - one component's bug must not lose the page
            ctx.record.errors.append(f"{name}: {type(exc).__name__}: {exc}")
    return ctx.record
