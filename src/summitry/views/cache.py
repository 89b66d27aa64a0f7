"""Views kept in memory until the store's content changes: a bounded LRU keyed by fingerprint.

Reads far outnumber writes on a served store, and a meeting or country view costs tens of
milliseconds to build; every write changes the fingerprint, so no view outlives the content
it was built from. Cached views are shared between requests: callers must not modify them.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["DEFAULT_SIZE", "cached", "clear", "set_size"]

DEFAULT_SIZE = 256
F = TypeVar("F", bound=Callable[..., Any])

_views: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_lock = threading.Lock()
_size = DEFAULT_SIZE


def set_size(size: int) -> None:
    """How many views to keep (0 turns the cache off); clears what is kept."""
    global _size
    with _lock:
        _size = max(0, size)
        _views.clear()


def clear() -> None:
    with _lock:
        _views.clear()


def cached(version: Callable[[Any], str]) -> Callable[[F], F]:
    """Memoise fn(store, *args) under (store url, version(store), fn, args)."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(store: Any, *args: Any, **kwargs: Any) -> Any:
            if _size == 0:
                return fn(store, *args, **kwargs)
            key = (store.url, version(store), fn.__name__, args, tuple(sorted(kwargs.items())))
            with _lock:
                if key in _views:
                    _views.move_to_end(key)
                    return _views[key]
            value = fn(store, *args, **kwargs)
            with _lock:
                _views[key] = value
                while len(_views) > _size:
                    _views.popitem(last=False)
            return value

        return wrapper  # type: ignore[return-value]

    return decorate
