"""The score of the read pages under typographic rewrites that keep their meaning.

    python bench/typography.py [--gold DIR ...] [--only PART ...] [--detail]

Each rewrite of tests/typography.py (quotes, dashes, spaces, line ends, invisible characters,
wrapping, headline case, compatibility forms, date shapes) is applied, one at a time, to the
text of every page of the gold folders (by default ../shared/eval/dev and
../shared/eval/train, whose pages ng_06 to ng_10 are kept apart and never read), which then
goes through read, clean and extract in this process (`summitry.ingest.record_of`) and is
scored against the same gold (`summitry.score`, the evaluation's matching). It prints, per
rewrite, the micro-F1 of all pages together, its difference from the unrewritten pages'
figure, and how many pages' records changed (the body text and evidence aside) or scored
lower; --detail adds those pages and their lost slots.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.typography import REWRITES, gold_headline, rewrite, without_body  # noqa: E402

from summitry.ingest import record_of  # noqa: E402
from summitry.read import page_from_bytes  # noqa: E402
from summitry.score import PageScore, Tally, f1, score_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT.parent / "shared/eval/dev", ROOT.parent / "shared/eval/train")
# the training pages kept apart for a final check of generality: never read here
KEPT_APART = re.compile(r"ng_(?:0[6-9]|10)")

Page = tuple[str, str, dict[str, Any]]  # name, text, gold


def gold_pages(folders: list[Path]) -> list[Page]:
    pages = []
    for folder in folders:
        for gold in sorted(folder.glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            if KEPT_APART.fullmatch(stem):
                continue
            text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
            pages.append((stem, text, json.loads(gold.read_text(encoding="utf-8"))))
    return pages


def outcome(name: str, text: str, gold: dict[str, Any]) -> tuple[dict[str, Any], PageScore]:
    """The record (body and evidence left out) and the score of one page's text."""
    record = record_of(page_from_bytes(f"{name}.txt", text.encode("utf-8"))).to_dict()
    score = score_page(gold, record)
    return without_body(record), score


def run(pages: list[Page], names: list[str], detail: bool) -> None:
    base: dict[str, tuple[dict[str, Any], PageScore]] = {
        stem: outcome(stem, text, gold) for stem, text, gold in pages
    }
    total = Tally()
    for _, score in base.values():
        total.merge(score.tally)
    base_f1 = f1(*total.total())[2]
    print(f"{len(pages)} pages, unrewritten micro-F1 {base_f1:.4f}\n")
    print(f"| {'rewrite':36} | micro-F1 | change  | records changed | pages lower |")
    print(f"|{'-' * 38}|---------:|--------:|----------------:|------------:|")
    for name in names:
        total, changed, lower = Tally(), [], []
        for stem, text, gold in pages:
            record, score = outcome(stem, rewrite(name, text, gold_headline(gold)), gold)
            total.merge(score.tally)
            if record != base[stem][0]:
                changed.append(stem)
            before = f1(*base[stem][1].tally.total())[2]
            if f1(*score.tally.total())[2] < before - 1e-9:
                lower.append((stem, score))
        score_f1 = f1(*total.total())[2]
        print(
            f"| {name:36} | {score_f1:8.4f} | {score_f1 - base_f1:+7.4f} "
            f"| {len(changed):15} | {len(lower):11} |",
            flush=True,
        )
        if detail:
            for stem, score in lower:
                lost = [*score.missed, *score.wrong]
                print(f"    {stem}: {'; '.join(lost)[:400]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, action="append", help="a gold folder (repeatable)")
    ap.add_argument("--only", action="append", help="the rewrites whose name holds this")
    ap.add_argument("--detail", action="store_true", help="the pages that scored lower")
    args = ap.parse_args()
    names = [n for n in REWRITES if not args.only or any(part in n for part in args.only)]
    if not names:
        sys.exit(f"no rewrite's name holds {args.only}; known: {', '.join(REWRITES)}")
    run(gold_pages(args.gold or list(FOLDERS)), names, args.detail)


if __name__ == "__main__":
    main()
