"""Views kept in memory until what they read changes: a bounded LRU keyed by scope version.

Reads far outnumber writes on a served store, and a meeting or country view costs tens of
milliseconds to build. Each view names the scope it reads (see summitry.app.version); a
write moves on the versions of the scopes it changes, so no view outlives the content it was
built from, and views of other scopes stay. Cached views are shared between requests:
callers must not modify them.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["DEFAULT_SIZE", "cached", "clear", "recall", "remember", "set_size", "size"]

DEFAULT_SIZE = 256
F = TypeVar("F", bound=Callable[..., Any])

_views: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_lock = threading.Lock()
_size = DEFAULT_SIZE
_MISSING = object()
_building: dict[tuple[Any, ...], threading.Lock] = {}


def set_size(size: int) -> None:
    """How many views to keep (0 turns the cache off); clears what is kept."""
    global _size
    with _lock:
        _size = max(0, size)
        _views.clear()


def clear() -> None:
    with _lock:
        _views.clear()


def size() -> int:
    """How many entries are kept (0: the cache is off)."""
    return _size


def recall(key: tuple[Any, ...], default: Any = None) -> Any:
    """The entry kept under key, or default."""
    with _lock:
        if key in _views:
            _views.move_to_end(key)
            return _views[key]
    return default


def remember(key: tuple[Any, ...], value: Any) -> None:
    """Keep value under key, dropping the least recently used entries past the size."""
    with _lock:
        if _size == 0:
            return
        _views[key] = value
        while len(_views) > _size:
            _views.popitem(last=False)


def _build_once(key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
    """Build the entry for key; concurrent misses on one key wait for one build.

    After a write, every reader of a popular page misses at once: one of them builds the
    view, the others take it, instead of each building its own copy at the same time.
    """
    with _lock:
        lock = _building.setdefault(key, threading.Lock())
    try:
        with lock:
            found = recall(key, _MISSING)
            if found is not _MISSING:
                return found
            value = build()
            remember(key, value)
            return value
    finally:
        with _lock:
            _building.pop(key, None)


Scope = str | Callable[..., str]


def cached(version: Callable[[Any, str], str], scope: Scope = "documents") -> Callable[[F], F]:
    """Memoise fn(store, *args) under (store url, scope, version(store, scope), fn, args);
    `scope` is a name or scope(store, *args) giving one."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(store: Any, *args: Any, **kwargs: Any) -> Any:
            name = scope(store, *args, **kwargs) if callable(scope) else scope
            seen = version(store, name)
            if _size == 0:
                return fn(store, *args, **kwargs)
            key = (store.url, name, seen, fn.__name__, args, tuple(sorted(kwargs.items())))
            found = recall(key, _MISSING)
            if found is not _MISSING:
                return found
            return _build_once(key, lambda: fn(store, *args, **kwargs))

        return wrapper  # type: ignore[return-value]

    return decorate
