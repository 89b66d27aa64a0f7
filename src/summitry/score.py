"""Score extraction records against hand-made gold records, slot by slot.

The matching is the evaluation's own (shared/eval/score.py): meetings pair by name, or by
forum and acronym, or by forum, level and start date; people by name; statements, outcomes
and amounts as pairs of two fields; countries, organisations and initiatives as sets. A gold
scalar may be a list of acceptable values. Every slot either side fills counts: a right value
is a true positive, a missing one a false negative, a wrong or invented one a false positive.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DOC_SLOTS",
    "MEETING_SLOTS",
    "PERSON_SLOTS",
    "PageScore",
    "Tally",
    "f1",
    "norm",
    "same",
    "score_page",
]

DOC_SLOTS = (
    "title",
    "published",
    "publisher",
    "publisher_country",
    "category",
    "views",
    "language",
)
MEETING_SLOTS = (
    "acronym", "forum", "level", "ordinal", "start", "end",
    "city", "country", "venue", "format", "theme", "role",
)  # fmt: skip
PERSON_SLOTS = ("title", "country", "role")
SET_FIELDS = ("countries", "organizations", "initiatives")
PAIR_FIELDS = (("outcomes", "document", "action"), ("amounts", "value", "currency"),
               ("statements", "speaker", "act"))  # fmt: skip

Item = dict[str, Any]
_QUOTES = re.compile(r"[\u2018\u2019\u02bc`\u00b4']")
_NON_WORD = re.compile(r"[^\w]+")


def norm(value: Any) -> str | None:
    """The comparable form of a value: casefolded words, no quotes, no leading 'the'."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = _NON_WORD.sub(" ", _QUOTES.sub("", text)).strip()
    text = re.sub(r"^the ", "", text)
    return text or None


def alternatives(gold: Any) -> list[str]:
    """Every acceptable normalised value of a gold slot (a list means any of them)."""
    if gold is None:
        return []
    items = gold if isinstance(gold, list) else [gold]
    return [n for n in (norm(i) for i in items) if n is not None]


def same(gold: Any, pred: Any) -> bool:
    p = norm(pred)
    return p is not None and p in alternatives(gold)


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side counts as perfect, as the evaluation does."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    """True positives, false positives and false negatives per field."""

    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, name: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        row = self.counts[name]
        row[0] += tp
        row[1] += fp
        row[2] += fn

    def merge(self, other: Tally) -> None:
        for name, (tp, fp, fn) in other.counts.items():
            self.add(name, tp, fp, fn)

    def total(self) -> tuple[int, int, int]:
        rows = self.counts.values()
        return sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows)

    def groups(self) -> dict[str, tuple[int, int, int]]:
        """Counts summed by field group: 'meetings.city' counts under 'meetings'."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for name, row in self.counts.items():
            group = out[name.split(".")[0]]
            for i in range(3):
                group[i] += row[i]
        return {k: (v[0], v[1], v[2]) for k, v in out.items()}


@dataclass
class PageScore:
    """One page's tally, and what went wrong on it, in words, for `--diff`."""

    tally: Tally = field(default_factory=Tally)
    missed: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def slot(self, name: str, gold: Any, pred: Any, where: str = "") -> None:
        """Score one slot; a wrong or one-sided value is also noted for the diff."""
        has_gold, has_pred = bool(alternatives(gold)), norm(pred) is not None
        if has_gold and has_pred and same(gold, pred):
            self.tally.add(name, tp=1)
            return
        self.tally.add(name, fp=int(has_pred), fn=int(has_gold))
        if has_gold or has_pred:
            self.wrong.append(f"{name}{where}: gold {_show(gold)}, got {_show(pred)}")


def _show(value: Any) -> str:
    return "null" if value is None else repr(value)


def greedy_pairs(
    golds: Sequence[Item], preds: Sequence[Item], key: Callable[[Item, Item], bool],
    weight: Callable[[Item, Item], int],
) -> tuple[list[tuple[int, int]], list[int], list[int]]:  # fmt: skip
    """One-to-one pairs among key-compatible items, best weight first; then the unpaired."""
    pairs = sorted(
        ((weight(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
         if key(g, p)),
        key=lambda t: (-t[0], t[1], t[2]),
    )  # fmt: skip
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    lost = [i for i in range(len(golds)) if i not in used_g]
    extra = [i for i in range(len(preds)) if i not in used_p]
    return out, lost, extra


def largest_pairing(
    golds: Sequence[Any], preds: Sequence[Any], ok: Callable[[Any, Any], bool]
) -> dict[int, int]:
    """A maximum one-to-one pairing (augmenting paths), as {pred index: gold index}."""
    owner: dict[int, int] = {}

    def place(gi: int, seen: set[int]) -> bool:
        for pi, p in enumerate(preds):
            if pi not in seen and ok(golds[gi], p):
                seen.add(pi)
                if pi not in owner or place(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    for gi in range(len(golds)):
        place(gi, set())
    return owner


def meeting_key(g: Item, p: Item) -> bool:
    """Same name; or same acronym and forum; or same forum, level and start date."""
    if same(g.get("name"), p.get("name")):
        return True
    if same(g.get("forum"), p.get("forum")):
        if same(g.get("acronym"), p.get("acronym")):
            return True
        return same(g.get("level"), p.get("level")) and same(g.get("start"), p.get("start"))
    return False


def _person_key(g: Item, p: Item) -> bool:
    return same(g.get("name"), p.get("name"))


def _items(score: PageScore, name: str, slots: Sequence[str], golds: list[Item],
           preds: list[Item], key: Callable[[Item, Item], bool]) -> None:  # fmt: skip
    """Pair meetings or people, then score each pair's slots; unpaired ones count whole."""

    def weight(g: Item, p: Item) -> int:
        agree = sum(1 for s in slots if alternatives(g.get(s)) and same(g.get(s), p.get(s)))
        return 100 * same(g.get("name"), p.get("name")) + agree

    pairs, lost, extra = greedy_pairs(golds, preds, key, weight)
    for gi, pi in pairs:
        score.tally.add(name, tp=1)
        where = f" [{preds[pi].get('name')}]"
        for s in slots:
            score.slot(f"{name}.{s}", golds[gi].get(s), preds[pi].get(s), where)
    for gi in lost:
        score.tally.add(name, fn=1)
        for s in slots:
            score.tally.add(f"{name}.{s}", fn=int(bool(alternatives(golds[gi].get(s)))))
        score.missed.append(f"{name}: {_brief(golds[gi], slots)}")
    for pi in extra:
        score.tally.add(name, fp=1)
        for s in slots:
            score.tally.add(f"{name}.{s}", fp=int(norm(preds[pi].get(s)) is not None))
        score.invented.append(f"{name}: {_brief(preds[pi], slots)}")


def _brief(item: Item, slots: Sequence[str]) -> str:
    filled = ", ".join(f"{s}={item[s]!r}" for s in slots if item.get(s) not in (None, ""))
    return f"{item.get('name')!r} ({filled})" if filled else repr(item.get("name"))


def _set(score: PageScore, name: str, golds: list[Any], preds: list[Any]) -> None:
    unique, seen = [], set()
    for p in preds:
        n = norm(p)
        if n and n not in seen:
            seen.add(n)
            unique.append(p)
    _pairing(score, name, golds, unique, same, repr)


def _pairs(score: PageScore, name: str, golds: list[Item], preds: list[Item],
           a: str, b: str) -> None:  # fmt: skip
    def ok(g: Item, p: Item) -> bool:
        return same(g.get(a), p.get(a)) and same(g.get(b), p.get(b))

    def show(item: Item) -> str:
        text = f" {item['text'][:90]!r}" if item.get("text") else ""
        return f"({item.get(a)!r}, {item.get(b)!r}){text}"

    _pairing(score, name, golds, preds, ok, show)


def _pairing(score: PageScore, name: str, golds: list[Any], preds: list[Any],
             ok: Callable[[Any, Any], bool], show: Callable[[Any], str]) -> None:  # fmt: skip
    owner = largest_pairing(golds, preds, ok)
    paired_golds = set(owner.values())
    score.tally.add(name, tp=len(owner), fn=len(golds) - len(owner), fp=len(preds) - len(owner))
    score.missed += [f"{name}: {show(g)}" for i, g in enumerate(golds) if i not in paired_golds]
    score.invented += [f"{name}: {show(p)}" for i, p in enumerate(preds) if i not in owner]


def score_page(gold: Item, pred: Item) -> PageScore:
    """Score one predicted record against its gold record."""
    score = PageScore()
    gdoc, pdoc = gold.get("document", {}) or {}, pred.get("document", {}) or {}
    for s in DOC_SLOTS:
        score.slot(f"document.{s}", gdoc.get(s), pdoc.get(s))
    _items(score, "meetings", MEETING_SLOTS, gold.get("meetings") or [],
           pred.get("meetings") or [], meeting_key)  # fmt: skip
    _items(score, "people", PERSON_SLOTS, gold.get("people") or [],
           pred.get("people") or [], _person_key)  # fmt: skip
    for name in SET_FIELDS:
        _set(score, name, gold.get(name) or [], pred.get(name) or [])
    for name, a, b in PAIR_FIELDS:
        _pairs(score, name, gold.get(name) or [], pred.get(name) or [], a, b)
    return score
