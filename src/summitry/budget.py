"""A time budget per page: a page that takes longer is skipped with one line, the batch goes on.

`time_limit(seconds)` interrupts the block with PageTimeout through SIGALRM, so it works in
the main thread of a process: the CLI, each ingest worker, and the API's extraction process.
PageTimeout is a BaseException, so the pipeline's per-component `except Exception` does not
swallow it: the whole page stops, not just the component that was running.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summitry.record import Record

__all__ = [
    "DEFAULT_PAGE_TIMEOUT",
    "Extracted",
    "PageTimeout",
    "can_limit_here",
    "time_limit",
    "timeout_message",
]

DEFAULT_PAGE_TIMEOUT = 30.0  # seconds one page may take to clean and extract
Extracted = tuple["Record | None", str | None, bool]  # record, error, whether over budget


class PageTimeout(BaseException):
    """Raised inside a page's extraction when its budget is spent."""


def can_limit_here() -> bool:
    """Whether time_limit can interrupt code running in this thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in the block once it has run `seconds`; None or <= 0, or a thread
    where signals cannot reach, runs it without a limit."""
    if not seconds or seconds <= 0 or not can_limit_here():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise PageTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_message(source: str, seconds: float) -> str:
    """The one line that names a page past its budget."""
    return f"{source}: took more than the {seconds:g}-second page budget (skipped; nothing stored)"
