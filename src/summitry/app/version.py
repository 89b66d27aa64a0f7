"""The store's content version per scope of view, as views and ETags see it.

A view declares the scope of what it reads: "documents" (lists, searches, timelines, people,
countries: anything a new page may change) or a narrower one such as "series:NAME" (a
meeting's view reads only pages that report meetings of its series). The store's mark
(document count, last seq, correction count, last correction id) is read at most every
VERSION_TTL seconds, and at once after a write through this process. When only new pages
came in since the last mark, the pages with a seq above it name the scopes they change and
only those move on; any other change (a page replaced or removed, a correction) starts a new
epoch, which changes every scope. A version is content-derived (the epoch's mark and the seq
of the last page that changed the scope), so two processes never give one version to two
contents.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DOCUMENTS",
    "VERSION_TTL",
    "Mark",
    "Reads",
    "State",
    "collecting",
    "current",
    "forget",
    "fresh",
    "record",
]

VERSION_TTL = 0.5
DOCUMENTS = "documents"  # the widest scope: any page added changes it

Mark = tuple[int, int, int, int, str]  # documents, last seq, corrections, last correction id,
# the time the derived tables were last rebuilt
ReadMark = Callable[[Any], Mark]
# (after seq, up to seq) -> how many pages have a seq in that range, and the scopes they touch
ReadChanges = Callable[[Any, int, int], tuple[int, set[str]]]


@dataclass(frozen=True, slots=True)
class State:
    """One reading of the store's mark and what each scope's version is at it."""

    read_at: float
    generation: int
    mark: Mark
    epoch: str
    scopes: dict[str, int] = field(default_factory=dict)

    def version(self, scope: str) -> str:
        return f"{self.epoch}.{self.scopes.get(scope, 0)}"


@dataclass(slots=True)
class Reads:
    """The scopes one request read, with the version each was read at."""

    versions: dict[str, str] = field(default_factory=dict)
    mixed: bool = False  # one scope read at two versions: a write landed mid-request


_states: dict[str, State] = {}
_generation: dict[str, int] = {}
_lock = threading.Lock()
_reads: contextvars.ContextVar[Reads | None] = contextvars.ContextVar("reads", default=None)


def fresh(store: Any) -> State | None:
    """The state read less than VERSION_TTL seconds ago and not forgotten since, or None."""
    with _lock:
        state = _states.get(store.url)
        generation = _generation.get(store.url, 0)
    if state and state.generation == generation and time.monotonic() - state.read_at < VERSION_TTL:
        return state
    return None


def current(store: Any, read_mark: ReadMark, read_changes: ReadChanges) -> State:
    """fresh(store), or the store's mark read now and compared with the last one."""
    found = fresh(store)
    if found is not None:
        return found
    with _lock:
        last = _states.get(store.url)
        generation = _generation.get(store.url, 0)
    started = time.monotonic()
    mark = read_mark(store)
    state = _next_state(store, last, mark, read_changes, started, generation)
    with _lock:
        if _generation.get(store.url, 0) == generation:  # no write landed while reading
            _states[store.url] = state
    return state


def _next_state(
    store: Any,
    last: State | None,
    mark: Mark,
    read_changes: ReadChanges,
    started: float,
    generation: int,
) -> State:
    """The state after `last`: the same versions, some scopes moved on, or a new epoch."""
    if last is not None and mark == last.mark:
        return State(started, generation, mark, last.epoch, last.scopes)
    if last is not None and mark[2:] == last.mark[2:] and mark[1] > last.mark[1]:
        added, touched = read_changes(store, last.mark[1], mark[1])
        if added == mark[0] - last.mark[0]:  # only new pages: none replaced or removed
            scopes = dict(last.scopes)
            for scope in {DOCUMENTS, *touched}:
                scopes[scope] = mark[1]
            return State(started, generation, mark, last.epoch, scopes)
    epoch = hashlib.sha1(f"{store.url}|{mark}".encode()).hexdigest()[:16]
    return State(started, generation, mark, epoch)


def forget(store: Any) -> None:
    """A write went through: the next request reads the mark again."""
    with _lock:
        _generation[store.url] = _generation.get(store.url, 0) + 1


@contextlib.contextmanager
def collecting() -> Iterator[Reads]:
    """Record, for the code run inside (threads it hands work to included), the scopes read."""
    reads = Reads()
    token = _reads.set(reads)
    try:
        yield reads
    finally:
        _reads.reset(token)


def record(scope: str, version: str) -> None:
    """A scope was read at version (kept by the innermost collecting(), if any)."""
    reads = _reads.get()
    if reads is None:
        return
    seen = reads.versions.setdefault(scope, version)
    if seen != version:
        reads.mixed = True
