"""Time against page size for pages built to be slow: is every stage linear?

    python bench/scaling.py [--sizes 16,32,64,128] [--big 1024] [--limit 60] [--only KIND,...]

For each generator of tests/adversarial.py (capitalised words, sentences, ordinals and
meetings, lists, one long line, deep and wide HTML), one page of each size (KB) goes through
read, clean and extract in this process (`summitry.ingest.record_of`), after one untimed
warm-up page. It prints the CPU seconds of each size, the exponent b fitted to
time = a * size^b over the sizes (least squares in log-log; 1 is linear), the time of a
--big KB page, and the stage that took most of that page's time. A page is stopped after
--limit seconds (shown as ">LIMIT"). Goal: b <= 1.2 and a 1 MB page under 5 s, each kind.

CPU time of this process is used, not wall time, so another job on the same core disturbs
the figures less; compare sizes within one run.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.adversarial import GENERATORS, page  # noqa: E402

from summitry.budget import PageTimeout, time_limit  # noqa: E402
from summitry.extract import pipeline  # noqa: E402
from summitry.ingest import record_of  # noqa: E402
from summitry.read import page_from_bytes  # noqa: E402

STAGE_TIME: dict[str, float] = defaultdict(float)


def _timed_components() -> None:
    """Wrap each component so that its CPU time is added to STAGE_TIME."""
    pipeline.extract_record("warm-up", _document())  # fills pipeline.COMPONENTS

    def wrap(name: str, component: pipeline.Component) -> pipeline.Component:
        def timed(ctx) -> None:  # type: ignore[no-untyped-def]
            started = time.process_time()
            try:
                component(ctx)
            finally:
                STAGE_TIME[name] += time.process_time() - started

        return timed

    pipeline.COMPONENTS[:] = [(n, wrap(n, c)) for n, c in pipeline.COMPONENTS]


def _document():  # type: ignore[no-untyped-def]
    from summitry.record import Document

    return Document(title=None, text="Minister Kim attended the 1st APEC Ministerial Meeting.")


def seconds(kind: str, kb: int, limit: float) -> float | None:
    """CPU seconds to read, clean and extract a page of that kind and size; None past limit."""
    raw = page_from_bytes(f"{kind}-{kb}k", page(kind, kb * 1024))
    STAGE_TIME.clear()
    started = time.process_time()
    try:
        with time_limit(limit):
            record = record_of(raw)
    except PageTimeout:
        return None
    took = time.process_time() - started
    STAGE_TIME["read+clean"] = took - sum(STAGE_TIME.values())
    if record.errors:
        print(f"  {kind} {kb} KB: {record.errors}", file=sys.stderr)
    return took


def exponent(points: list[tuple[int, float]]) -> float | None:
    """The least-squares slope of log(time) against log(size)."""
    if len(points) < 2:
        return None
    xs = [math.log(kb) for kb, _ in points]
    ys = [math.log(max(t, 1e-4)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="16,32,64,128", help="page sizes in KB")
    parser.add_argument("--big", type=int, default=1024, help="size of the big page, KB")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a page stops")
    parser.add_argument("--only", default="", help="comma-separated generator names")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = [k for k in GENERATORS if not args.only or k in args.only.split(",")]
    _timed_components()
    for kind in ("sentences", "wide_html"):  # warm-up: the knowledge base and cleaner load
        seconds(kind, 4, args.limit)
    print(
        f"{'generator':<12} " + " ".join(f"{s:>7}K" for s in sizes) + "  exponent  "
        f"{args.big // 1024 if args.big >= 1024 else args.big}{'MB' if args.big >= 1024 else 'KB'}"
        "    slowest stage at that size"
    )
    for kind in kinds:
        points: list[tuple[int, float]] = []
        cells = []
        for kb in sizes:
            took = seconds(kind, kb, args.limit)
            cells.append(f"{took:8.3f}" if took is not None else f"{'>' + str(int(args.limit)):>8}")
            if took is None:
                break
            points.append((kb, took))
        cells += [f"{'-':>8}"] * (len(sizes) - len(cells))
        b = exponent(points)
        big = seconds(kind, args.big, args.limit)
        slowest = max(STAGE_TIME.items(), key=lambda kv: kv[1]) if big is not None else None
        print(
            f"{kind:<12} "
            + " ".join(cells)
            + f"  {b if b is not None else float('nan'):8.2f}"
            + (f"  {big:7.2f}s" if big is not None else f"  >{args.limit:g}s  ")
            + (f"  {slowest[0]} {slowest[1]:.2f}s" if slowest else ""),
            flush=True,
        )


if __name__ == "__main__":
    main()
