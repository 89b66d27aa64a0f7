"""Assemble the record's lists from what the components found: meetings, people, initiatives."""

from __future__ import annotations

from summitry.extract.context import Context
from summitry.record import Meeting, Person

__all__ = ["assemble_record"]


def assemble_record(ctx: Context) -> None:
    """Turn the page's mentions into the record of the spec, with evidence offsets."""
    record = ctx.record
    speakers = {s.speaker for s in record.statements}
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
    has_main = any(m.role == "main" for m in ctx.meetings)
    for p in ctx.people:
        role = p.role
        if role == "mentioned" and has_main and p.name in speakers and _acts_in_person(ctx, p):
            role = "attendee"
        record.people.append(Person(p.name, p.title, p.country, role, min(p.spans)))
    record.initiatives = [i.name for i in ctx.initiatives]


def _acts_in_person(ctx: Context, person) -> bool:
    """A speaker who acted in the active voice took part; one only 'presented by' did not."""
    return any(
        s.speaker == person.name
        and s.evidence
        and not ctx.text[s.evidence[0] : s.evidence[1]].lstrip().startswith(("“", '"'))
        and " by " + person.name not in ctx.text[s.evidence[0] : s.evidence[1]]
        for s in ctx.record.statements
    )
