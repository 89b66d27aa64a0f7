"""Extraction of many pages in a pool of processes, results in input order.

The calling process reads the inputs and writes the store (one writer); the pool only cleans
and extracts. At most a few pages per worker are in flight, so memory stays flat on a corpus
of any size. A worker that dies (killed, out of memory) breaks the pool: a new one is
started and the pages that were in flight run one at a time, so the page that kills its
worker again is the one reported, and the run goes on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from summitry.read import RawPage

__all__ = ["IN_FLIGHT", "TASK_PAGES", "WARM_UP", "Step", "default_workers", "extracted"]

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
# pages/s with 64 pages a batch; the pages not yet extracted when a batch starts must cover
# its writing, so about 1.5 batches for two workers), and at most IN_FLIGHT_CHARS of page
# text held in all, so memory stays flat.
IN_FLIGHT = 96
IN_FLIGHT_CHARS = 32 * 1024 * 1024
# Pages a task carries to a worker: each task costs the writing process about 0.1 CPU ms
# (the executor's bookkeeping and its threads), whatever its size.
TASK_PAGES = 4
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


def extracted(
    steps: Iterable[Step],
    extract: Extract,
    workers: int = 1,
    idle: Callable[[int], None] | None = None,
) -> Iterator[Result]:
    """(step, record, error) for each step, in order; extraction runs in `workers` processes
    (in this one when workers is 1). A step not to extract passes with its own error.
    `idle(pages)` is called when every step is read and the next result is not ready yet,
    with the pages still to come (the writer can store what it holds meanwhile)."""
    if workers <= 1:
        for step in steps:
            if step.extract and step.raw is not None:
                yield (step, *extract(step.raw))
            else:
                yield step, None, step.error
        return
    _warm(extract)
    yield from _pooled(iter(steps), extract, workers, idle)


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


def _pooled(
    steps: Iterator[Step], extract: Extract, workers: int, idle: Callable[[int], None] | None
) -> Iterator[Result]:
    pending: deque[tuple[Step, Future | None, int]] = deque()  # (step, its task, its place)
    pool = _pool(workers)
    ahead = _Ahead(steps, workers * IN_FLIGHT)
    try:
        while True:
            while ahead.room(pending) and (group := ahead.group(pending)):
                raws = [s.raw for s in group if s.raw is not None and s.extract]
                future, places = _submit(pool, extract, raws), itertools.count()
                pending.extend(
                    (s, future, next(places)) if _extracts(s) else (s, None, 0) for s in group
                )
            if not pending:
                return
            step, future, place = pending.popleft()
            ahead.held -= _chars(step)
            if future is None:
                yield step, None, step.error
                continue
            if idle is not None and ahead.done and not future.done():
                idle(len(pending) + 1)  # the last pages are being extracted
            try:
                yield (step, *future.result()[place])
            except BrokenProcessPool:
                pool = _restart(pool, workers)
                again = [step, *(s for s, _, _ in pending)]
                pending.clear()
                ahead.held = 0
                for result, current in _one_at_a_time(again, extract, pool, workers):
                    pool = current
                    yield result
    finally:
        pool.shutdown(cancel_futures=True)


class _Ahead:
    """The steps read ahead of the writer: at most `limit` pages and IN_FLIGHT_CHARS of
    page text in flight, handed to the pool TASK_PAGES pages a task."""

    def __init__(self, steps: Iterator[Step], limit: int) -> None:
        self.steps, self.limit = steps, limit
        self.held = 0  # characters of page text in flight
        self.done = False  # every step read

    def room(self, pending: deque) -> bool:
        """Whether a whole task fits (or the pool would otherwise run dry)."""
        if self.done or (self.held >= IN_FLIGHT_CHARS and pending):
            return False
        return len(pending) <= self.limit - TASK_PAGES or not pending

    def group(self, pending: deque) -> list[Step]:
        """The next steps, up to TASK_PAGES to extract (and those to pass between them)."""
        group: list[Step] = []
        extracts = 0
        while extracts < TASK_PAGES and (self.held < IN_FLIGHT_CHARS or not (pending or group)):
            step = next(self.steps, None)
            if step is None:
                self.done = True
                break
            self.held += _chars(step)
            group.append(step)
            extracts += _extracts(step)
        return group


def _extracts(step: Step) -> bool:
    return step.extract and step.raw is not None


def _chars(step: Step) -> int:
    return len(step.raw.text) if step.raw is not None else 0


def _each(extract: Extract, raws: list[RawPage]) -> list[tuple[Any, str | None]]:
    """A task in a worker: extract(raw) for each of its pages."""
    return [extract(raw) for raw in raws]


def _submit(pool: ProcessPoolExecutor, extract: Extract, raws: list[RawPage]) -> Future | None:
    """The pages' extraction as one task in the pool (None: no page); a pool broken
    already gives a failed future."""
    if not raws:
        return None
    try:
        return pool.submit(_each, extract, raws)
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
