"""Cluster benchmark: `ingest --dask` pages/s with 1 and 2 workers, and one writer's rate.

    python bench/cluster.py --db postgresql://user@host/db [--pages 1000] [--workers 1,2]

Each run ingests --pages distinct pages (the dev pages in turn, one line added to each) into a
fresh PostgreSQL schema, on a LocalCluster of N single-threaded worker processes on loopback;
the efficiency is the rate with N workers over N times the rate with one. Each worker writes
its own pages; the writer's rate is what one writer stores when extraction costs it nothing:
the same pages' records and rows made up front, then written with Store.add_many in batches
of 64, in pages/s and in rows per second (documents and child rows together). With W workers
the server takes W such writers at once: its ceiling is where their sum stops growing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, make_url

from summitry.ingest import prepared_record_of, raw_pages
from summitry.ingest_dask import ingest_on_cluster
from summitry.store import open_store
from summitry.store.connect import PG_DRIVER

sys.path.insert(0, str(Path(__file__).parent))
from processes import write_distinct_pages  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def fresh_schema(base: str) -> tuple[str, str]:
    """A new schema on the server: (its URL, its name)."""
    url = make_url(base).set(drivername=PG_DRIVER)
    name = "bench_" + uuid.uuid4().hex[:12]
    with create_engine(url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    return url.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
        hide_password=False
    ), name


def drop_schema(base: str, name: str) -> None:
    url = make_url(base).set(drivername=PG_DRIVER)
    with create_engine(url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")


def cluster_rate(base: str, folder: Path, pages: int, workers: int) -> float:
    from distributed import LocalCluster

    url, name = fresh_schema(base)
    try:
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
            ) as cluster,
            open_store(url) as store,
        ):
            started = time.perf_counter()
            report = ingest_on_cluster([folder], store, cluster.scheduler_address)
            elapsed = time.perf_counter() - started
        assert report.new == pages, report.summary()
        return pages / elapsed
    finally:
        drop_schema(base, name)


def writer_rate(base: str, folder: Path) -> tuple[float, float]:
    """(pages/s, rows/s) of Store.add_many over records and rows made up front."""
    prepared = []
    for _, raw, _ in raw_pages([folder]):
        (record, rows), _ = prepared_record_of(raw)  # type: ignore[misc]
        prepared.append((raw.sha256, raw.source, record, None, rows))
    count = sum(1 + sum(len(r) for _, r in rows[1]) for *_, rows in prepared)
    url, name = fresh_schema(base)
    try:
        with open_store(url) as store:
            started = time.perf_counter()
            for i in range(0, len(prepared), 64):
                store.add_many(prepared[i : i + 64])
            elapsed = time.perf_counter() - started
        return len(prepared) / elapsed, count / elapsed
    finally:
        drop_schema(base, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True, help="postgresql://... (schemas made and dropped)")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    print(f"pages            {args.pages} distinct; load {Path('/proc/loadavg').read_text()[:14]}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_distinct_pages(Path(tmp) / "pages", sorted(DEV.glob("*.txt")), args.pages)
        rates = {n: cluster_rate(args.db, folder, args.pages, n) for n in counts}
        ceiling, rows = writer_rate(args.db, folder)
    one = rates[counts[0]] / counts[0]
    for n, rate in rates.items():
        print(f"{n} worker(s)      {rate:.1f} pages/s, efficiency {rate / (n * one):.2f}")
    print(f"one writer       {ceiling:.1f} pages/s, {rows:.0f} rows/s (Store.add_many, 64 a batch)")
    print(
        f"100 workers      {100 * one:.0f} pages/s, {100 * one * rows / ceiling:.0f} rows/s asked "
        f"of the server at once; each worker writes {one / ceiling:.0%} of its time"
    )


if __name__ == "__main__":
    main()
