"""Canonical entities across pages: stable ids, the same meeting from several pages, short
names resolved to full ones, inferred years, and corrections applied over all of it.

Keys are computed at ingest (refs.py, stored by summitry.store) and resolved further at
query time (meetings.py, infer.py; summitry.query.person_ref looks people up in the store).
Nothing here reads the store: summitry.store imports this package, not the reverse.
"""

from summitry.resolve.corrections import Corrections, apply_fields, canonical, keeps
from summitry.resolve.keys import (
    country_id,
    initiative_id,
    meeting_key,
    org_id,
    person_id,
    series_id,
)

# The version of the keys and refs computed at ingest: raise it whenever they change, so
# stores built with the earlier rules find their derived tables stale (`summitry reindex`).
RESOLVE_VERSION = 1

__all__ = [
    "RESOLVE_VERSION",
    "Corrections",
    "apply_fields",
    "canonical",
    "country_id",
    "initiative_id",
    "keeps",
    "meeting_key",
    "org_id",
    "person_id",
    "series_id",
]
