"""Query benchmark: p50/p95 of meeting, timeline, person, series and listing queries over N
synthetic documents in a SQLite store (synthetic for load only, never for accuracy).

    python bench/queries.py [--docs 100000] [--runs 200] [--db PATH]

Every page reports one meeting (three pages per meeting, 500 series), names three people
from a pool of 50,000, three countries, two initiatives (one of 20,000; the FTAAP on one page
in a hundred) and makes three statements. Rows go through the same row builders as ingest
(summitry.store.rows), so the resolved keys are the ones ingest writes. --db keeps the store
to measure again without rebuilding.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from synthetic import insert_records

from summitry import query
from summitry.record import Document, Meeting, Person, Record, Statement
from summitry.store import Store, open_store

SERIES, PEOPLE, INITIATIVES, BATCH = 500, 50_000, 20_000, 5_000
CODES = ["KOR", "JPN", "CHN", "USA", "THA", "VNM", "IDN", "PHL", "MYS", "SGP", "AUS", "PER"]
ACTS = ["state", "propose", "support", "commit", "agree", "urge"]


def synthetic_record(i: int) -> Record:
    meeting_no, series = i // 3, (i // 3) % SERIES
    ordinal = meeting_no // SERIES + 1
    start = f"{1000 + ordinal}-{series % 12 + 1:02d}-{series % 28 + 1:02d}"  # one a year
    names = [f"Person{(i * 7 + k) % PEOPLE} Family{(i * 7 + k) % PEOPLE % 5000}" for k in range(3)]
    fund = f"Synthetic Initiative {i % INITIATIVES} Fund"
    initiatives = [fund] + (["Free Trade Area of the Asia-Pacific"] if i % 100 == 0 else [])
    topic = "the Free Trade Area of the Asia-Pacific" if i % 100 == 0 else f"the {fund}"
    body = (
        f"{names[0]} attended the {ordinal}th Synthetic Forum {series} Ministerial Meeting. "
        f"{names[0]} stressed {topic}. {names[1]} welcomed cooperation. "
        f"{names[2]} proposed closer ties on {fund}."
    )
    return Record(
        path=f"p{i}.txt",
        document=Document(title=f"Page {i}", published=start, publisher="MOFA", text=body),
        meetings=[
            Meeting(
                f"Synthetic Forum {series} Ministerial Meeting",
                forum=f"Synthetic Forum {series}",
                level="ministerial",
                ordinal=ordinal,
                start=start,
                role="main",
            )
        ],  # fmt: skip
        people=[
            Person(n, "Minister of Foreign Affairs", CODES[(i + k) % 12], "attendee")
            for k, n in enumerate(names)
        ],  # fmt: skip
        countries=[CODES[(i + k) % 12] for k in range(3)],
        organizations=["APEC"],
        initiatives=initiatives,
        statements=[
            Statement(names[0], ACTS[i % 6], f"{names[0]} stressed {topic}"),
            Statement(names[1], "support", f"{names[1]} welcomed cooperation"),
            Statement(names[2], "propose", f"{names[2]} proposed closer ties on {fund}"),
        ],
    )


def load(store: Store, docs: int) -> float:
    """Insert docs synthetic pages in batches; returns seconds."""
    started = time.perf_counter()
    for first in range(0, docs, BATCH):
        numbers = range(first, min(docs, first + BATCH))
        with store.engine.begin() as conn:
            insert_records(conn, [(i, synthetic_record(i)) for i in numbers])
        print(f"  loaded {min(docs, first + BATCH)}", file=sys.stderr, end="\r")
    return time.perf_counter() - started


def timed(run: Callable[[int], Any], runs: int) -> tuple[float, float]:
    """p50 and p95 in milliseconds of run(k) for k in range(runs)."""
    times = []
    for k in range(runs):
        started = time.perf_counter()
        run(k)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    db = args.db or Path(f"/tmp/summitry-bench-queries-{args.docs}.db")
    store = open_store(db)
    if store.count() < args.docs:
        print(f"load seconds     {load(store, args.docs):.1f}")
    n, meetings = args.docs, max(1, args.docs // 3)
    rnd = random.Random(4)
    picks = [rnd.randrange(n) for _ in range(args.runs)]

    def meeting_id(k: int) -> str:
        m = picks[k] // 3
        return f"meeting:synthetic-forum-{m % SERIES}-ministerial-meeting-{m // SERIES + 1}"

    def meeting_name(k: int) -> str:
        m = picks[k] // 3
        return f"Synthetic Forum {m % SERIES} Ministerial Meeting {m // SERIES + 1}"

    cases: dict[str, Callable[[int], Any]] = {
        "meeting by id": lambda k: query.meeting(store, meeting_id(k)),
        "meeting by name+ordinal": lambda k: query.meeting(store, meeting_name(k)),
        "timeline FTAAP (limit 50)": lambda k: query.timeline(
            store, "FTAAP", limit=50, offset=k % 5 * 50
        ),
        "timeline initiative (all)": lambda k: query.timeline(
            store, f"Synthetic Initiative {picks[k] % INITIATIVES} Fund"
        ),
        "person by name": lambda k: query.person(
            store, f"Person{picks[k] * 7 % PEOPLE} Family{picks[k] * 7 % PEOPLE % 5000}"
        ),
        "meetings listing (20)": lambda k: query.meetings(store, limit=20, offset=k % 10 * 20),
    }
    print(f"documents        {store.count()} ({meetings} meetings, {SERIES} series)")
    print(f"{'query':28} {'p50 ms':>8} {'p95 ms':>8}")
    for name, run in cases.items():
        assert run(0), name  # warm up, and the query finds something
        p50, p95 = timed(run, args.runs)
        print(f"{name:28} {p50:8.1f} {p95:8.1f}")
    print(f"database MB      {db.stat().st_size / 1e6:.0f}")
    print(f"python           {sys.version.split()[0]}")
    store.close()


if __name__ == "__main__":
    main()
