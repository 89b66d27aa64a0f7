"""Ingest benchmark: pages/s for read + clean + extract + store of N distinct pages; peak memory.

    python bench/ingest.py [--pages 1000] [--source DIR]

Pages are the example pages (and the dev pages when ../shared is beside the repo), each copy
made distinct by one added line so that content hashing stores every one.

    python bench/ingest.py --whole [--pages 1000] [--workers 1,2] [--runs 3]

`summitry ingest FOLDER --db NEW.db --workers N` as a whole process pinned to N cores, for
each N, into a new SQLite store each run; pages per wall second and per CPU second (the
writer's and its workers'), and each N's wall rate over that of the first.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from summitry.ingest import ingest
from summitry.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def seed_pages(sources: list[Path]) -> list[bytes]:
    return [p.read_bytes() for p in sources if p.is_file() and p.suffix in (".txt", ".html")]


def write_pages(folder: Path, seeds: list[bytes], count: int) -> list[Path]:
    paths = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        path = folder / f"p{i:06d}.txt"
        path.write_bytes(seed + f"\n\nReference {i}.\n".encode())
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--whole", action="store_true", help="whole processes (see above)")
    ap.add_argument("--workers", default="1,2", help="worker counts for --whole (default 1,2)")
    ap.add_argument("--runs", type=int, default=3, help="runs per count for --whole")
    args = ap.parse_args()
    if args.whole:
        whole_processes(args)
        return
    sources = sorted((ROOT / "examples" / "pages").iterdir())
    dev = ROOT.parent / "shared" / "eval" / "dev"
    if dev.is_dir():
        sources += sorted(dev.glob("*.txt"))
    seeds = seed_pages(sources)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(Path(tmp), seeds, args.pages)
        store = open_store(Path(tmp) / "bench.db")
        started = time.perf_counter()
        report = ingest(paths, store)
        elapsed = time.perf_counter() - started
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages            {args.pages} ({len(seeds)} distinct seeds)")
    print(f"result           {report.summary()}")
    print(f"seconds          {elapsed:.2f}")
    print(f"pages/s          {args.pages / elapsed:.1f}")
    print(f"peak RSS (MB)    {peak_mb:.0f}")
    print(f"python           {sys.version.split()[0]}")


def whole_processes(args: argparse.Namespace) -> None:
    """`summitry ingest --workers N` as whole processes, pinned to N cores."""
    import os
    import subprocess

    from processes import median_run, write_distinct_pages

    dev = sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt"))
    seeds = dev or sorted((ROOT / "examples" / "pages").iterdir())
    cores = sorted(os.sched_getaffinity(0))
    head = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h %cs"], capture_output=True, text=True
    ).stdout.strip()
    print(f"summitry         {head}")
    print(f"pages            {args.pages} distinct ({len(seeds)} seeds, a line added to each)")
    print(f"load average     {Path('/proc/loadavg').read_text().split()[:3]} (before)")
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_distinct_pages(Path(tmp) / "pages", seeds, args.pages)
        db = Path(tmp) / "bench.db"

        def fresh() -> None:
            for path in Path(tmp).glob("bench.db*"):
                path.unlink()

        for n in (int(w) for w in args.workers.split(",")):
            command = [sys.executable, "-m", "summitry", "ingest", str(folder), "--db", str(db)]
            command += ["--workers", str(n)]
            wall, cpu, runs = median_run(command, set(cores[:n]), args.runs, args.pages, fresh)
            first = first or wall
            shown = ", ".join(f"{r:.1f}" for r in runs)
            print(
                f"workers {n} on {min(n, len(cores))} core(s): {wall:.1f} pages/s (runs: {shown}; "
                f"per CPU-second: {cpu:.1f}); {wall / first:.2f}x the first"
            )
    print(f"load average     {Path('/proc/loadavg').read_text().split()[:3]} (after)")


if __name__ == "__main__":
    main()
