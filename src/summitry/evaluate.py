"""Measure the extractor on pages of one's own: extract each gold page, score, report.

A gold folder holds NAME.txt or NAME.html beside NAME.gold.json (the record a person wrote
by hand, as in shared/spec/record.md). `evaluate` extracts every such page and scores it
with `summitry.score`, the evaluation's own matching.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summitry.errors import SummitryError
from summitry.score import PageScore, Tally, f1, score_page

__all__ = ["Evaluation", "evaluate", "gold_pages"]

PAGE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class Evaluation:
    """The scores of one gold folder: the whole tally and each page's."""

    folder: Path
    total: Tally = field(default_factory=Tally)
    pages: dict[str, PageScore] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def micro(self) -> tuple[float, float, float]:
        return f1(*self.total.total())

    def page_f1(self) -> dict[str, float]:
        return {stem: f1(*s.tally.total())[2] for stem, s in self.pages.items()}

    def to_dict(self, diff: bool = False) -> dict[str, Any]:
        """The shape shared/eval/score.py --json prints, with each page's diff on request."""
        p, r, f = self.micro()
        fields = {k: dict(zip(("tp", "fp", "fn"), v, strict=True))
                  for k, v in sorted(self.total.counts.items())}  # fmt: skip
        data: dict[str, Any] = {
            "micro": {"p": p, "r": r, "f1": f},
            "fields": fields,
            "documents": self.page_f1(),
        }
        if diff:
            data["diff"] = {
                stem: {"missed": s.missed, "invented": s.invented, "wrong": s.wrong}
                for stem, s in self.pages.items()
            }
        if self.problems:
            data["problems"] = self.problems
        return data


def gold_pages(folder: Path) -> Iterator[tuple[str, Path, Path | None]]:
    """(name, gold file, page file or None) for each NAME.gold.json in the folder, by name."""
    if not folder.is_dir():
        raise SummitryError(f"{folder}: not a folder; give one holding NAME.gold.json files")
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise SummitryError(f"{folder}: no NAME.gold.json files here; nothing to score against")
    for gold in golds:
        stem = gold.name[: -len(".gold.json")]
        page = next((folder / (stem + s) for s in PAGE_SUFFIXES if (folder / (stem + s)).is_file()),
                    None)  # fmt: skip
        yield stem, gold, page


def evaluate(folder: str | Path) -> Evaluation:
    """Extract every gold page of `folder` and score the records against their gold."""
    from summitry.ingest import safe_record_of
    from summitry.read import read_page

    result = Evaluation(Path(folder))
    for stem, gold_path, page in gold_pages(result.folder):
        gold = _load_gold(gold_path)
        pred: dict[str, Any] = {}
        if page is None:
            result.problems.append(f"{gold_path}: no {stem}.txt or {stem}.html beside it")
        else:
            try:
                record, error = safe_record_of(read_page(page))
            except SummitryError as exc:
                record, error = None, str(exc)
            if record is None:
                result.problems.append(f"{page}: {error}")
            else:
                pred = record.to_dict()
        score = score_page(gold, pred)
        result.pages[stem] = score
        result.total.merge(score.tally)
    return result


def _load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SummitryError(
            f"{path}: not a readable gold record ({exc}); fix or remove it"
        ) from exc
    if not isinstance(data, dict):
        raise SummitryError(f"{path}: a gold record is a JSON object; fix or remove it")
    return data


def table_lines(result: Evaluation, detail: bool = False) -> list[str]:
    """The table shared/eval/score.py prints: groups, or every field with --detail."""
    rows = sorted(result.total.counts.items()) if detail else sorted(result.total.groups().items())
    lines = [f"{'field':28} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, (tp, fp, fn) in rows:
        p, r, f = f1(tp, fp, fn)
        lines.append(f"{name:28} {tp:5} {fp:5} {fn:5} {p:6.3f} {r:6.3f} {f:6.3f}")
    if detail:
        for stem, score in sorted(result.page_f1().items(), key=lambda kv: kv[1]):
            lines.append(f"  {stem:40} F1 {score:.3f}")
    p, r, f = result.micro()
    lines.append(f"documents {len(result.pages)}  micro P {p:.3f} R {r:.3f}")
    lines.append(f"micro-F1 {f:.3f}")
    return lines


def diff_lines(result: Evaluation) -> list[str]:
    """Per page, worst first: what was missed, what was invented, what was wrong."""
    lines = []
    for stem, score in sorted(result.pages.items(), key=lambda kv: f1(*kv[1].tally.total())[2]):
        if not (score.missed or score.invented or score.wrong):
            continue
        lines.append(f"== {stem}  F1 {f1(*score.tally.total())[2]:.3f}")
        lines += [f"  missed    {m}" for m in score.missed]
        lines += [f"  invented  {m}" for m in score.invented]
        lines += [f"  wrong     {m}" for m in score.wrong]
    return lines


def markdown_lines(result: Evaluation) -> list[str]:
    """A Markdown section: the micro figures, field groups, then every field."""
    p, r, f = result.micro()
    lines = [
        f"### {result.folder.name} ({len(result.pages)} pages)",
        "",
        f"micro-F1 **{f:.3f}** (P {p:.3f}, R {r:.3f})",
        "",
        "| field | tp | fp | fn | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    groups = result.total.groups()
    for group in sorted(groups):
        lines.append(_markdown_row(f"**{group}**", groups[group]))
        fields = sorted(k for k in result.total.counts if k.split(".")[0] == group)
        for name in fields if len(fields) > 1 else []:
            label = f"{name} (items found)" if name == group else name
            tp, fp, fn = result.total.counts[name]
            lines.append(_markdown_row(label, (tp, fp, fn)))
    return lines


def _markdown_row(name: str, counts: tuple[int, int, int]) -> str:
    p, r, f = f1(*counts)
    tp, fp, fn = counts
    return f"| {name} | {tp} | {fp} | {fn} | {p:.3f} | {r:.3f} | {f:.3f} |"
