"""Extraction of many pages in a pool of processes, results in input order.

The calling process reads the inputs and writes the store (one writer); the pool only cleans
and extracts. At most a few pages per worker are in flight, so memory stays flat on a corpus
of any size. A worker that dies (killed, out of memory) breaks the pool: a new one is
started and the pages that were in flight run one at a time, so the page that kills its
worker again is the one reported, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from summitry.read import RawPage

__all__ = ["IN_FLIGHT", "WARM_UP", "Step", "default_workers", "extracted"]

# A short English release: what every page needs is loaded by it, and the statistical
# language model, which English prose does not need, is not.
WARM_UP = (
    "Minister Kim attended the 1st APEC Ministerial Meeting in Lima on 14 November 2024. "
    "The ministers of the member economies met at the convention centre and adopted a joint "
    "statement on trade and investment. The minister said that the economies of the region "
    "will work together for a more open, fair and resilient future, and that the next meeting "
    "of the ministers will be held in Korea during the year.\n\n"
    "On the sidelines of the meeting, the minister held talks with his counterparts from "
    "Peru, Chile and Japan. They reviewed the progress of their cooperation since the last "
    "meeting and agreed to work together on the digital economy and food security."
)
# Pages in flight per worker: enough to keep each busy while the writer stores a batch
# (bench/ingest.py --whole, 2 workers on a quiet machine: 4 -> 32 is 97-103 -> 113-119
# pages/s), and at most IN_FLIGHT_CHARS of page text held in all, so memory stays flat.
IN_FLIGHT = 32
IN_FLIGHT_CHARS = 32 * 1024 * 1024
Extract = Callable[[RawPage], tuple[Any, str | None]]  # (a record, or what holds one; error)
Result = tuple["Step", Any, str | None]


@dataclass(frozen=True, slots=True)
class Step:
    """One page on its way to the store: read (or its error), and whether to extract it."""

    source: str
    raw: RawPage | None
    error: str | None
    extract: bool


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extracted(steps: Iterable[Step], extract: Extract, workers: int = 1) -> Iterator[Result]:
    """(step, record, error) for each step, in order; extraction runs in `workers` processes
    (in this one when workers is 1). A step not to extract passes with its own error."""
    if workers <= 1:
        for step in steps:
            if step.extract and step.raw is not None:
                yield (step, *extract(step.raw))
            else:
                yield step, None, step.error
        return
    _warm(extract)
    yield from _pooled(iter(steps), extract, workers)


def _warm(extract: Extract) -> None:
    """Load the models and the knowledge base here once, so that forked workers share them."""
    extract(RawPage("warm-up", "", WARM_UP, False, "utf-8"))


def _pool(workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_end_with_parent
    )


def _end_with_parent() -> None:
    """On Linux a worker is sent SIGTERM when the process that writes dies (killed mid-run),
    so no worker outlives the run."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _pooled(steps: Iterator[Step], extract: Extract, workers: int) -> Iterator[Result]:
    pending: deque[tuple[Step, Future | None]] = deque()
    held = 0  # characters of page text in flight
    pool = _pool(workers)
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT and (held < IN_FLIGHT_CHARS or not pending):
                step = next(steps, None)
                if step is None:
                    break
                held += _chars(step)
                pending.append((step, _submit(pool, extract, step)))
            if not pending:
                return
            step, future = pending.popleft()
            held -= _chars(step)
            if future is None:
                yield step, None, step.error
                continue
            try:
                yield (step, *future.result())
            except BrokenProcessPool:
                pool = _restart(pool, workers)
                again = [step, *(s for s, _ in pending)]
                pending.clear()
                held = 0
                for result, current in _one_at_a_time(again, extract, pool, workers):
                    pool = current
                    yield result
    finally:
        pool.shutdown(cancel_futures=True)


def _chars(step: Step) -> int:
    return len(step.raw.text) if step.raw is not None else 0


def _submit(pool: ProcessPoolExecutor, extract: Extract, step: Step) -> Future | None:
    """The step's extraction in the pool; a pool broken already gives a failed future."""
    if not step.extract or step.raw is None:
        return None
    try:
        return pool.submit(extract, step.raw)
    except BrokenProcessPool as exc:
        failed: Future = Future()
        failed.set_exception(exc)
        return failed


def _restart(pool: ProcessPoolExecutor, workers: int) -> ProcessPoolExecutor:
    pool.shutdown(cancel_futures=True)
    return _pool(workers)


def _one_at_a_time(
    steps: list[Step], extract: Extract, pool: ProcessPoolExecutor, workers: int
) -> Iterator[tuple[Result, ProcessPoolExecutor]]:
    """The steps in flight when the pool broke, run alone, so the one that breaks it again
    is the one that fails; each result comes with the pool to go on with."""
    for step in steps:
        if not step.extract or step.raw is None:
            yield (step, None, step.error), pool
            continue
        try:
            result: Result = (step, *pool.submit(extract, step.raw).result())
        except BrokenProcessPool:
            pool = _restart(pool, workers)
            result = (step, None, f"{step.source}: its extraction process died (skipped)")
        yield result, pool
