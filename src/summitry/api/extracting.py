"""Uploads are cleaned and extracted in a process of their own, within the page budget.

The server's event loop and its threads only wait for the result: a slow page cannot hold
them. The budget is kept inside that process (summitry.budget.time_limit, in its main
thread); should the process not answer a few seconds after the budget, it is killed and the
next upload starts a new one.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from summitry.budget import Extracted, PageTimeout, time_limit, timeout_message
from summitry.read import RawPage

__all__ = ["Extracted", "UploadExtractor", "extract_within"]

GRACE_SECONDS = 5.0  # past the budget, how long to wait before killing the process


def extract_within(raw: RawPage, seconds: float | None) -> Extracted:
    """(record, None, False); (None, why, False) for a page that cannot be cleaned; or
    (None, why, True) for one that took more than `seconds`."""
    from summitry.ingest import safe_record_of

    try:
        with time_limit(seconds):
            record, error = safe_record_of(raw, None)
    except PageTimeout:
        return None, timeout_message(raw.source, seconds or 0), True
    return record, error, False


class UploadExtractor:
    """One extraction process for an app's uploads, started at the first upload."""

    def __init__(self, page_timeout: float | None):
        self.page_timeout = page_timeout or None
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def __call__(self, raw: RawPage) -> Extracted:
        """The page's record, extracted in the process, within the budget."""
        future = self._current().submit(extract_within, raw, self.page_timeout)
        wait = self.page_timeout + GRACE_SECONDS if self.page_timeout else None
        try:
            return future.result(timeout=wait)
        except FutureTimeout:
            self._kill()
            return None, timeout_message(raw.source, self.page_timeout or 0), True
        except BrokenProcessPool:
            self._kill()
            return None, f"{raw.source}: its extraction process died (skipped)", False

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                methods = multiprocessing.get_all_start_methods()
                context = multiprocessing.get_context("fork" if "fork" in methods else None)
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
            return self._pool

    def _kill(self, wait: bool = False) -> None:
        """Stop the process (stuck past its budget, or dead); the next upload starts one.
        With `wait`, return once it is gone."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())
        for process in processes:
            process.kill()
        pool.shutdown(wait=wait, cancel_futures=True)
        for process in processes if wait else ():
            process.join(timeout=GRACE_SECONDS)

    def close(self) -> None:
        """The server is shutting down: end the process and wait for it."""
        self._kill(wait=True)
