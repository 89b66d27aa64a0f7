"""People only the headline names: the speaker of a statement or speech ('Press Statement by
His Excellency General Prayut Chan-o-cha (Ret.) Prime Minister of the Kingdom of Thailand at
...'), whose body speaks in the first person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from summitry.extract.context import Context
from summitry.extract.entities import gazetteer_entities
from summitry.extract.sentences import split_sentences

__all__ = ["headline_only_people"]


def headline_only_people(
    ctx: Context, named: list[Any], scan: Callable[[Context], None]
) -> list[Any]:
    """The people scan (people_in_text) of the title: those it names with a full name that
    shares no word with a name of the body's people, without spans (the body names them not)."""
    title = ctx.title
    if not title or ctx.document.text == title:
        return []
    head = Context(path=ctx.path, document=replace(ctx.document, title=None, text=title))
    split_sentences(head)
    gazetteer_entities(head)
    scan(head)
    words = {w.casefold() for p in named for w in p.tokens}
    return [
        replace(p, spans=[])
        for p in head.people
        if len(p.tokens) >= 2 and not any(w.casefold() in words for w in p.tokens)
    ]
