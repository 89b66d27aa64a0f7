"""Store benchmark: bulk-load N synthetic documents, then time search and the analyst queries.

    python bench/store.py [--docs 100000] [--db PATH] [--queries 300] [--budget 120]

Documents are synthetic, for load only, in the record's real shapes: meetings of the
knowledge base's series, people with titles, country/organisation/initiative mentions,
statements, bodies of Zipf-distributed words from the dev pages. Every page that reports
a meeting (a series and ordinal) gives it the same date and city, as real pages mostly do.
They are inserted in batches straight into the tables (no extractor). An existing --db is
reused as loaded. A quarter of the pages naming an initiative report one done; filler
sentences start with a capital, as real ones do.
Reports p50/p95 of Store.search with and without facets and with a filter, of
summitry.query.timeline(store, term) (a page, every item, and the per-month counts charts
use) and of summitry.query.meeting(store, query) (a series name with or without ordinal,
and a fragment of one), and of the person, country and series views.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from itertools import accumulate
from pathlib import Path

from sqlalchemy import func, select
from synthetic import insert_records

from summitry import query
from summitry.kb.load import load_kb
from summitry.record import ACTS, Document, Meeting, Person, Record, Statement
from summitry.store import Store, open_store
from summitry.store.schema import documents

ROOT = Path(__file__).resolve().parents[1]
BATCH = 2000
FAMILY = "Kim Lee Park Choi Chung Kang Cho Yoon Jang Lim Tanaka Suzuki Nguyen Tran Wang Li Zhang"
GIVEN = "Min-jun Seo-yeon Tae-yul Kyung-wha Hiroshi Yuki Van-anh Wei Jun Maria John Sarah Ahmad"
TITLES = (
    "Minister of Foreign Affairs",
    "Deputy Minister for Economic Affairs",
    "Director-General for Trade",
    "Ambassador",
    "Prime Minister",
    "President",
)
INITIATIVE_KINDS = ("Vision", "Roadmap", "Plan of Action", "Framework", "Fund", "Initiative")
REPORTS = ("was launched", "was implemented", "has been achieved", "entered into force")
THEMES = "Digital Green Inclusive Resilient Maritime Health Energy Connectivity Youth Smart"


def vocabulary(rng: random.Random) -> list[str]:
    """Words of the dev and example pages, most frequent first, else a built-in list."""
    pages = list((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt"))
    pages += list((ROOT / "examples" / "pages").glob("*.txt"))
    counts: dict[str, int] = {}
    for page in pages:
        for word in re.findall(r"[A-Za-z][a-z]{2,}", page.read_text("utf-8", "replace")):
            counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda w: -counts[w]) or "trade economy cooperation".split()
    return words


class Corpus:
    """Pools drawn from the knowledge base, and documents built from them."""

    def __init__(self, seed: int) -> None:
        kb = load_kb()
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.cum = list(accumulate(1 / (rank + 1) for rank in range(len(self.words))))
        self.series = [s for s in kb.series if s.level != "other"]
        self.countries = list(kb.countries)
        self.names = {code: c.name for code, c in kb.countries.items()}
        self.cities = list(kb.cities.items())
        self.orgs = list(kb.organizations)
        themes = THEMES.split()
        made = [f"{t} {k} {2000 + i % 30}" for i, (t, k) in enumerate(_pairs(themes))]
        self.initiatives = list(kb.initiatives) + made * 1
        self.people = [f"{f} {g}" for f in FAMILY.split() for g in GIVEN.split()] + [
            f"{f} {g}-{n}" for f in FAMILY.split() for g in GIVEN.split() for n in range(8)
        ]

    def held(self, series: str, ordinal: int) -> tuple[str, tuple[str, str]]:
        """When and where the ordinal-th meeting of a series was held: one date and city for
        every page that reports it, a year apart in order, as annual meetings are."""
        year = 1985 + random.Random(series).randint(0, 15) + ordinal
        fixed = random.Random(f"{series}/{ordinal}")
        day = f"{year}-{fixed.randint(1, 12):02d}-{fixed.randint(1, 28):02d}"
        return day, fixed.choice(self.cities)

    def filler(self, n: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum, k=n))

    def sentence(self, n: int) -> str:
        """n filler words as a sentence: capitalised, so that sentences split as on real pages."""
        words = self.filler(n)
        return words[:1].upper() + words[1:] + "."

    def report(self, initiatives: list[str], countries: list[str]) -> str:
        """A sentence reporting one of the page's initiatives done, on a quarter of the pages
        that name one: what the commitments view looks for on later pages."""
        if not initiatives or self.rng.random() >= 0.25:
            return ""
        verb = self.rng.choice(REPORTS)
        return f"The {initiatives[0]} {verb} by {self.names[countries[0]]}."

    def record(self, n: int) -> Record:
        rng = self.rng
        series = rng.choice(self.series)
        ordinal = rng.randint(1, 40)
        start, (city, host) = self.held(series.name, ordinal)
        main = Meeting(
            series.name,
            None,
            series.forum,
            series.level,
            ordinal,
            start,
            start,
            city,
            host,
            None,
            rng.choice(("in_person", "virtual", "hybrid")),
            None,
            "main",
        )
        other = rng.choice(self.series)
        mentioned = Meeting(other.name, forum=other.forum, level=other.level, role="mentioned")
        people = [
            Person(
                rng.choice(self.people),
                rng.choice(TITLES),
                rng.choice(self.countries),
                rng.choice(("attendee", "chair", "mentioned")),
            )
            for _ in range(rng.randint(1, 4))
        ]
        countries = rng.sample(self.countries, rng.randint(1, 6))
        initiatives = rng.sample(self.initiatives, rng.randint(0, 3))
        statements = [
            Statement(
                p.name,
                rng.choice(ACTS),
                f"{p.name} stressed {rng.choice(initiatives or ['trade'])} " + self.filler(12),
            )
            for p in people[:3]
        ]
        body = " ".join(
            [
                f"{people[0].title} {people[0].name} attended the {ordinal}th "
                f"{series.name} in {city}.",
                *(s.text + "." for s in statements),
                "They discussed the " + ", ".join(initiatives) + "." if initiatives else "",
                self.report(initiatives, countries),
                *(self.sentence(rng.randint(15, 30)) for _ in range(rng.randint(4, 9))),
                " ".join(self.names[c] for c in countries) + ".",
            ]
        )
        doc = Document(
            f"{ordinal}th {series.name} held in {city}",
            start,
            "Ministry of Foreign Affairs",
            rng.choice(("KOR", "THA", None)),
            "Press Releases",
            rng.randint(0, 5000),
            "en",
            body,
        )
        return Record(
            f"synthetic/{n}.txt",
            doc,
            [main, mentioned],
            people,
            countries,
            rng.sample(self.orgs, 2),
            initiatives,
            [],
            [],
            statements,
        )


def _pairs(items: list[str]) -> Iterator[tuple[str, str]]:
    for a in items:
        for b in INITIATIVE_KINDS:
            yield a, b


def load(store: Store, corpus: Corpus, total: int) -> float:
    """Insert `total` documents in batches of BATCH, one transaction each; seconds taken."""
    started = time.perf_counter()
    with store.engine.connect() as conn:
        done = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        conn.commit()
        for first in range(done, total, BATCH):
            with conn.begin():
                numbers = range(first, min(total, first + BATCH))
                insert_records(conn, [(n, corpus.record(n)) for n in numbers])
            print(f"\rloaded {min(total, first + BATCH)}/{total}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return time.perf_counter() - started


def percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"p50 {statistics.median(ms):7.1f}  p95 {p95:7.1f}  max {ms[-1]:7.1f}"


ONLY: list[str] = []  # --only: the kinds timed (labels containing one of these), else all


def timed(label: str, calls: list[Callable[[], object]], budget: float) -> None:
    """Run the calls (one warm-up first), stopping once `budget` seconds are spent.

    Prints wall-clock and CPU milliseconds: on a shared machine CPU time is the steadier one.
    """
    if ONLY and not any(word in label for word in ONLY):
        return
    calls[0]()
    walls, cpus, started = [], [], time.perf_counter()
    for call in calls:
        t0, c0 = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        if time.perf_counter() - started > budget:
            break
    print(
        f"{label:<30} n={len(walls):<4} wall ms {percentiles(walls)} | cpu ms {percentiles(cpus)}"
    )


def search_queries(corpus: Corpus, n: int) -> list[str]:
    rng = corpus.rng
    words = corpus.words
    pool = [
        lambda: rng.choice(words[:50]),  # very common words
        lambda: rng.choice(words[50:500]),
        lambda: rng.choice(words[500:]),  # rare words
        lambda: rng.choice(corpus.initiatives),
        lambda: f"{rng.choice(words[:200])} {rng.choice(words[200:])}",
        lambda: rng.choice(words[100:1000])[: rng.randint(3, 6)] + "*",
        lambda: rng.choice(list(corpus.names.values())),
        lambda: "FTAAP",
    ]
    return [rng.choice(pool)() for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="store path or URL (reused if it holds documents)")
    ap.add_argument("--queries", type=int, default=300, help="queries per kind")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds at most per kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="", help="time only these kinds, e.g. 'person,country'")
    args = ap.parse_args()
    ONLY.extend(word for word in args.only.split(",") if word)
    target = args.db or f"/tmp/summitry-bench-{args.docs}.db"
    corpus = Corpus(args.seed)
    store = open_store(target)
    loaded = store.count()
    if loaded < args.docs:
        seconds = load(store, corpus, args.docs)
        print(
            f"load            {args.docs - loaded} docs in {seconds:.1f} s "
            f"({(args.docs - loaded) / seconds:.0f} docs/s)"
        )
    print(f"store           {store.url} ({store.count()} documents, search {store.search_mode})")
    rng = corpus.rng
    texts = search_queries(corpus, args.queries)
    forums = sorted({s.forum for s in corpus.series})
    terms = [
        rng.choice(
            [
                rng.choice(corpus.initiatives),
                rng.choice(corpus.people),
                rng.choice(list(corpus.names.values())),
            ]
        )
        for _ in range(args.queries)
    ]
    meetings = [
        f"{s.name} {rng.randint(1, 40)}" if rng.random() < 0.7 else s.name
        for s in (rng.choice(corpus.series) for _ in range(args.queries))
    ]
    b = args.budget
    timed("search, no facets", [lambda q=q: store.search(q, facets=False) for q in texts], b)
    timed("search + facets", [lambda q=q: store.search(q) for q in texts], b)
    timed(
        "search + facets, forum filter",
        [lambda q=q: store.search(q, forum=rng.choice(forums)) for q in texts],
        b,
    )
    timed(
        "query.timeline, first 50",
        [lambda t=t: query.timeline(store, t, limit=50) for t in terms],
        b,
    )
    timed("query.timeline, every item", [lambda t=t: query.timeline(store, t) for t in terms], b)
    timed("query.timeline_counts", [lambda t=t: query.timeline_counts(store, t) for t in terms], b)
    timed("query.meeting(store, query)", [lambda m=m: _meeting(store, m) for m in meetings], b)
    fragments = [" ".join(m.split()[1:3]) for m in meetings]  # 'Foreign Ministers' of a name
    timed("query.meeting, name fragment", [lambda m=m: _meeting(store, m) for m in fragments], b)
    whole_views(store, corpus, args.queries, b)
    store.close()


def whole_views(store: Store, corpus: Corpus, n: int, budget: float) -> None:
    """The views of one person, country or series, and a page of commitments, as their pages
    show them (default limits): each gathers what thousands of pages say, so they are timed
    apart from the 50 ms kinds."""
    rng = corpus.rng
    names = [rng.choice(corpus.people) for _ in range(n)]
    codes = [rng.choice(corpus.countries) for _ in range(n)]
    series = [rng.choice(corpus.series).name for _ in range(n)]
    timed("query.person", [lambda p=p: query.person(store, p) for p in names], budget)
    timed("query.country", [lambda c=c: query.country(store, c) for c in codes], budget)
    timed("query.series", [lambda s=s: query.series(store, s) for s in series], budget)
    pages = [rng.randrange(0, 5000) for _ in range(n)]
    timed(
        "commitments, a page of 50",
        [lambda o=o: query.commitment_page(store, offset=o) for o in pages],
        budget,
    )
    timed(
        "commitments of a country",
        [lambda c=c: query.commitment_page(store, actor=c) for c in codes],
        budget,
    )


def _meeting(store: Store, text: str) -> object:
    try:
        return query.meeting(store, text)
    except query.QueryError:
        return None


if __name__ == "__main__":
    main()
