"""Assemble the record's lists from what the components found: meetings, people, initiatives."""

from __future__ import annotations

from summitry.extract.context import Context
from summitry.record import Meeting, Person

__all__ = ["assemble_record"]


def assemble_record(ctx: Context) -> None:
    """Turn the page's mentions into the record of the spec, with evidence offsets."""
    record = ctx.record
    for m in ctx.meetings:
        evidence = min(m.spans) if m.spans else None
        record.meetings.append(
            Meeting(
                name=m.name.name,
                acronym=m.name.acronym,
                forum=m.name.forum,
                level=m.name.level,
                ordinal=m.name.ordinal,
                start=m.start,
                end=m.end,
                city=m.city,
                country=m.country,
                venue=m.venue,
                format=m.format,
                theme=m.theme,
                role=m.role,
                evidence=evidence,
            )
        )
    for p in ctx.people:
        evidence = min(p.spans) if p.spans else None  # named in the headline alone
        record.people.append(Person(p.name, p.title, p.country, p.role, evidence))
    record.initiatives = [i.name for i in ctx.initiatives]
