"""Ingest benchmark: pages/s for read + clean + extract + store of N distinct pages; peak memory.

    python bench/ingest.py [--pages 1000] [--source DIR]

Pages are the example pages (and the dev pages when ../shared is beside the repo), each copy
made distinct by one added line so that content hashing stores every one.
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
    args = ap.parse_args()
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


if __name__ == "__main__":
    main()
