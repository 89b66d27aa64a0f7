"""API and web UI under load: req/s and latency percentiles for the search and meeting pages.

    python bench/api.py [--pages 1000] [--clients 50] [--seconds 30]

Builds a store of N distinct pages (as bench/ingest.py does), starts `summitry serve`'s app
with uvicorn on a free loopback port in a child process, and runs each scenario for the
given seconds with that many concurrent httpx clients. No request sends If-None-Match, except
in the `meeting-304` scenario, which measures revalidation of a cached meeting page.
`--view-cache 0` turns the server's in-memory view cache off, so every request is computed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx

from summitry.app.cache import DEFAULT_SIZE
from summitry.ingest import ingest
from summitry.store import open_store

sys.path.insert(0, str(Path(__file__).parent))
from ingest import ROOT, seed_pages, write_pages  # noqa: E402  (bench/ingest.py)

TERMS = ["FTAAP", "APEC", "Korea", "digital", "ASEAN", "climate", "trade", "Lima", "summit"]
SERVER = (
    "import sys, uvicorn; from summitry.api import create_app; from summitry.app import cache; "
    "from summitry.store import open_store; cache.set_size(int(sys.argv[3])); "
    "uvicorn.run(create_app(open_store(sys.argv[1]), token=None), host='127.0.0.1', "
    "port=int(sys.argv[2]), log_level='warning', access_log=False)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_store(folder: Path, pages: int) -> Path:
    sources = sorted((ROOT / "examples" / "pages").iterdir())
    dev = ROOT.parent / "shared" / "eval" / "dev"
    sources += sorted(dev.glob("*.txt")) if dev.is_dir() else []
    db = folder / "bench.db"
    with open_store(db) as store:
        report = ingest(write_pages(folder, seed_pages(sources), pages), store)
    print(f"store            {pages} pages: {report.summary()}")
    return db


def wait_until_up(base: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited before answering")
        try:
            if httpx.get(base + "/api/documents?limit=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer within 60 s")


async def load(
    base: str, make_request: Callable[[int], tuple[str, dict]], clients: int, seconds: float
) -> tuple[list[float], Counter[str], int]:
    """Latencies (s) of successful requests, errors by kind and the 304 count."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    not_modified = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker(n: int) -> None:
            nonlocal not_modified
            i = n
            while time.perf_counter() < stop:
                path, headers = make_request(i)
                i += clients
                started = time.perf_counter()
                try:
                    response = await client.get(path, headers=headers)
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] += 1
                    continue
                if response.status_code in (200, 304):
                    latencies.append(time.perf_counter() - started)
                    not_modified += response.status_code == 304
                else:
                    errors[f"HTTP {response.status_code}"] += 1

        await asyncio.gather(*(worker(n) for n in range(clients)))
    return latencies, errors, not_modified


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def scenarios(base: str) -> dict[str, Callable[[int], tuple[str, dict]]]:
    ids = [m["id"] for m in httpx.get(base + "/api/meetings?limit=100").json()["items"]]
    tags = {i: httpx.get(f"{base}/meetings/{i}").headers["etag"] for i in ids}
    return {
        "search page": lambda i: (f"/search?q={TERMS[i % len(TERMS)]}", {}),
        "meeting page": lambda i: (f"/meetings/{ids[i % len(ids)]}", {}),
        "api search": lambda i: (f"/api/search?q={TERMS[i % len(TERMS)]}", {}),
        "api meeting": lambda i: (f"/api/meetings/{ids[i % len(ids)]}", {}),
        "meeting-304": lambda i: (
            f"/meetings/{ids[i % len(ids)]}",
            {"If-None-Match": tags[ids[i % len(ids)]]},
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--only", nargs="*", help="scenario names to run (default: all)")
    ap.add_argument(
        "--view-cache", type=int, default=DEFAULT_SIZE, help="views kept in memory (0: none)"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = build_store(Path(tmp), args.pages)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "SUMMITRY_TOKEN": ""}
        server = [sys.executable, "-c", SERVER, str(db), str(port), str(args.view_cache)]
        proc = subprocess.Popen(server, env=env)
        try:
            wait_until_up(base, proc)
            print(f"clients          {args.clients} concurrent, {args.seconds:.0f} s each")
            print(f"view cache       {args.view_cache} views")
            print(f"cpus             {os.cpu_count()} (server and load generator share them)")
            print(f"python           {sys.version.split()[0]}")
            print(
                f"{'scenario':<16} {'requests':>8} {'errors':>6} {'req/s':>7} "
                f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
            )
            for name, make in scenarios(base).items():
                if args.only and name not in args.only:
                    continue
                took, errors, _ = asyncio.run(load(base, make, args.clients, args.seconds))
                rate = len(took) / args.seconds
                p50, p95, p99 = (percentile(took, s) * 1000 for s in (0.5, 0.95, 0.99))
                print(
                    f"{name:<16} {len(took):>8} {sum(errors.values()):>6} {rate:>7.1f} "
                    f"{p50:>7.1f} {p95:>7.1f} {p99:>7.1f}"
                )
                if errors:
                    print(f"  errors: {dict(errors)}")
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
