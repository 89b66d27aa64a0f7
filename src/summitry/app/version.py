"""The store's content version as views and ETags see it, read from the store at most every
VERSION_TTL seconds; a write through this process makes the next read look again at once.

Every request used to read the fingerprint (two queries and a hop to a worker thread) before
anything else. Writes made by this server are seen by the very next request; writes made by
another process on the same store (`summitry ingest` into a served file) are seen within
VERSION_TTL seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

__all__ = ["VERSION_TTL", "forget", "known", "version_of"]

VERSION_TTL = 0.5

_known: dict[str, tuple[float, int, str]] = {}  # store url -> (read at, generation, version)
_generation: dict[str, int] = {}
_lock = threading.Lock()


def known(store: Any) -> str | None:
    """The version read less than VERSION_TTL seconds ago and not forgotten since, or None."""
    with _lock:
        seen = _known.get(store.url)
    if seen and time.monotonic() - seen[0] < VERSION_TTL:
        return seen[2]
    return None


def version_of(store: Any, read: Callable[[Any], str]) -> str:
    """known(store), or read(store) now (and kept for the next VERSION_TTL seconds)."""
    found = known(store)
    if found is not None:
        return found
    with _lock:
        generation = _generation.get(store.url, 0)
    started = time.monotonic()
    value = read(store)
    with _lock:
        if _generation.get(store.url, 0) == generation:  # no write landed while reading
            _known[store.url] = (started, generation, value)
    return value


def forget(store: Any) -> None:
    """A write went through: the next request reads the version again."""
    with _lock:
        _generation[store.url] = _generation.get(store.url, 0) + 1
        _known.pop(store.url, None)
