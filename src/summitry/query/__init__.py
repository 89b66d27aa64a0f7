"""Analyst queries over the store: meetings across pages, series, timelines, people, countries,
initiatives, commitments.

Each takes a Store (and optional Corrections) and reads its tables with SQLAlchemy Core, so
SQLite and PostgreSQL serve.
"""

from summitry.query.commitments import (
    STATUSES,
    CommitmentPage,
    commitment_page,
    commitments,
    iter_commitments,
)
from summitry.query.country import COUNTRY_LIMIT, country
from summitry.query.entities import initiative
from summitry.query.meeting_find import (
    QueryError,
    find_meetings,
    iter_meetings,
    meeting,
    meetings_list,
    parse_meeting_query,
    series,
)
from summitry.query.people import PERSON_LIMIT, person
from summitry.query.timeline import timeline, timeline_counts
from summitry.resolve.corrections import Corrections

meetings = meetings_list

__all__ = [
    "PERSON_LIMIT",
    "COUNTRY_LIMIT",
    "STATUSES",
    "Corrections",
    "QueryError",
    "CommitmentPage",
    "commitment_page",
    "commitments",
    "country",
    "find_meetings",
    "initiative",
    "iter_commitments",
    "iter_meetings",
    "meeting",
    "meetings",
    "meetings_list",
    "parse_meeting_query",
    "person",
    "series",
    "timeline",
    "timeline_counts",
]
