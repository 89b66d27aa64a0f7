"""Analyst queries over the store: meetings across pages, series, timelines, people, commitments.

Each takes a Store and reads its tables with SQLAlchemy Core, so SQLite and PostgreSQL serve.
"""

from summitry.query.meetings import QueryError, find_meetings, meeting, parse_meeting_query, series
from summitry.query.people import person
from summitry.query.timeline import STATUSES, commitments, timeline

__all__ = [
    "STATUSES",
    "QueryError",
    "commitments",
    "find_meetings",
    "meeting",
    "parse_meeting_query",
    "person",
    "series",
    "timeline",
]
