"""The served API under concurrent readers, then with writers too: req/s and p50/p95/p99.

    python bench/load.py [--pages 300] [--readers 100] [--writers 5] [--seconds 20]

Builds a store of N distinct pages (as bench/ingest.py does), serves it with uvicorn on a free
127.0.0.1 port in a child process (the load generator shares the machine's cores with it),
and runs two phases of the given seconds: readers only, then readers and writers. Readers
cycle through the JSON API and the web pages (search, meetings, documents, timeline, country)
over keep-alive connections with a minimal HTTP/1.1 client (httpx costs the generator several
times the server's CPU per request); each writer uploads one new small page per request with
httpx. Loopback only; every phase stops at --seconds or --max-requests, whichever comes
first. The server's CPU seconds per request are printed beside the rates.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from api import TERMS, build_store, free_port, percentile, wait_until_up  # noqa: E402

TOKEN = "bench-load-token"
SERVER = (
    "import sys, uvicorn; from summitry.api import create_app; "
    "from summitry.store import open_store; "
    "uvicorn.run(create_app(open_store(sys.argv[1])), host='127.0.0.1', port=int(sys.argv[2]), "
    "log_level='warning', access_log=False, server_header=False)"
)
PAGE = (
    "Minister of Foreign Affairs Cho Tae-yul attended the {n}th APEC Ministerial Meeting held "
    "in Lima on 14 November 2024. He stressed the Free Trade Area of the Asia-Pacific (FTAAP) "
    "and proposed a digital trade initiative (reference {n}).\n"
)


class Connection:
    """One keep-alive HTTP/1.1 connection that GETs a path and reads the whole answer."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str) -> int:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
        status = int(head.split(" ", 2)[1])
        if "transfer-encoding: chunked" in head:
            while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
                await reader.readexactly(size + 2)
            await reader.readuntil(b"\r\n")
        else:
            length = head.partition("content-length:")[2].partition("\r\n")[0].strip()
            await reader.readexactly(int(length or 0))
        return status


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


def read_paths(base: str) -> list[str]:
    """A fixed cycle of read requests over what the store holds."""
    meetings = [m["id"] for m in httpx.get(base + "/api/meetings?limit=20").json()["items"]]
    docs = [d["id"] for d in httpx.get(base + "/api/documents?limit=20").json()["items"]]
    paths = []
    for i in range(20):
        term = TERMS[i % len(TERMS)]
        paths += [
            f"/api/search?q={term}",
            f"/api/meetings/{meetings[i % len(meetings)]}",
            f"/api/documents/{docs[i % len(docs)]}",
            f"/api/timeline?term={term}&limit=20",
            f"/search?q={term}",
            f"/meetings/{meetings[i % len(meetings)]}",
        ]
    paths += ["/api/meetings", "/api/documents", "/api/countries/KOR", "/"]
    return paths


async def run_phase(
    base: str, readers: int, writers: int, seconds: float, max_requests: int
) -> tuple[Tally, Tally, float]:
    """Reads and writes done until the time or the request count runs out, and the time."""
    paths = read_paths(base)
    reads, writes = Tally(), Tally()
    stop = time.perf_counter() + seconds
    done = 0
    limits = httpx.Limits(max_connections=readers + writers)
    auth = {"Authorization": f"Bearer {TOKEN}"}

    async def timed(tally: Tally, call: Awaitable[httpx.Response | int]) -> None:
        nonlocal done
        done += 1
        started = time.perf_counter()
        try:
            response = await call
        except (httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            tally.errors[type(exc).__name__] += 1
            return
        status = response if isinstance(response, int) else response.status_code
        if status < 400:
            tally.latencies.append(time.perf_counter() - started)
        else:
            tally.errors[f"HTTP {status}"] += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def reader(n: int) -> None:
            i = n
            connection = Connection("127.0.0.1", int(base.rsplit(":", 1)[1]))
            while time.perf_counter() < stop and done < max_requests:
                path = paths[i % len(paths)]
                i += readers
                await timed(reads, connection.get(path))
            if connection.streams:
                connection.streams[1].close()

        async def writer(n: int) -> None:
            i = 0
            while time.perf_counter() < stop and done < max_requests:
                page = PAGE.format(n=1000 + n * 100_000 + i).encode()
                files = {"files": (f"w{n}-{i}.txt", page, "text/plain")}
                i += 1
                await timed(writes, client.post("/api/documents", files=files, headers=auth))

        started = time.perf_counter()
        tasks = [reader(n) for n in range(readers)] + [writer(n) for n in range(writers)]
        await asyncio.gather(*tasks)
    return reads, writes, time.perf_counter() - started


def warm_up(base: str) -> None:
    """One upload before the clock starts: the first one loads models once per process."""
    files = {"files": ("warm-up.txt", PAGE.format(n=999).encode(), "text/plain")}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    httpx.post(base + "/api/documents", files=files, headers=auth, timeout=120).raise_for_status()


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds the process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def row(name: str, tally: Tally, took: float) -> str:
    p50, p95, p99 = (percentile(tally.latencies, s) * 1000 for s in (0.5, 0.95, 0.99))
    rate = len(tally.latencies) / took
    errors = sum(tally.errors.values())
    line = f"{name:<22} {len(tally.latencies):>8} {errors:>6} {rate:>7.1f} {p50:>7.0f} {p95:>7.0f}"
    return line + f" {p99:>7.0f}" + (f"  {dict(tally.errors)}" if errors else "")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop the server and every process of its group (an orphaned worker would keep the
    output pipe open)."""
    proc.terminate()
    try:
        proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--readers", type=int, default=100, choices=range(1, 201), metavar="1-200")
    ap.add_argument("--writers", type=int, default=5, choices=range(0, 21), metavar="0-20")
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--max-requests", type=int, default=100_000)
    args = ap.parse_args()
    seconds = min(args.seconds, 120.0)
    with tempfile.TemporaryDirectory() as tmp:
        db = build_store(Path(tmp), args.pages)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "SUMMITRY_TOKEN": TOKEN}
        command = [sys.executable, "-c", SERVER, str(db), str(port)]
        # its own process group: the upload extractor's worker processes end with it
        proc = subprocess.Popen(command, env=env, start_new_session=True)
        try:
            wait_until_up(base, proc)
            warm_up(base)
            load = Path("/proc/loadavg").read_text().split()[:3]
            print(f"readers          {args.readers} concurrent; writers {args.writers}")
            print(f"seconds          {seconds:.0f} a phase; load average before {load}")
            print(f"cpus             {os.cpu_count()} (server and load generator share them)")
            print(
                f"{'phase':<22} {'requests':>8} {'errors':>6} {'req/s':>7} "
                f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  server CPU ms/request"
            )
            phases = [("reads only", 0), (f"reads, {args.writers} writers", args.writers)]
            for name, writers in phases:
                if name != "reads only" and not writers:
                    continue
                cpu_before = cpu_seconds(proc.pid)
                reads, writes, took = asyncio.run(
                    run_phase(base, args.readers, writers, seconds, args.max_requests)
                )
                answered = len(reads.latencies) + len(writes.latencies)
                cpu = (cpu_seconds(proc.pid) - cpu_before) / max(answered, 1) * 1000
                print(row(name, reads, took) + f"  {cpu:.2f}")
                if writers:
                    print(row("  writes", writes, took))
        finally:
            stop_server(proc)


if __name__ == "__main__":
    main()
