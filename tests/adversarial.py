"""Pages built to make extraction slow: each generator gives a page of about `size` bytes.

Used by bench/scaling.py (time against size) and by the fuzz test of the whole pipeline.
Each is deterministic for a given (size, seed). The text ones give plain text; `deep_html`
and `wide_html` give HTML, to go through read and clean as well.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["GENERATORS", "HTML_GENERATORS", "page"]

TITLES = (
    "Minister of Foreign Affairs",
    "Deputy Minister",
    "President",
    "Prime Minister",
    "Secretary-General",
    "Ambassador",
)
MEETINGS = (
    "APEC Ministerial Meeting",
    "ASEAN Regional Forum",
    "East Asia Summit",
    "ASEAN-ROK Foreign Ministers' Meeting",
    "Senior Officials' Meeting",
    "Mekong-Korea Foreign Ministers' Meeting",
)
PLACES = ("Seoul", "Lima", "Vientiane", "Bangkok", "Jakarta", "Geneva")
MONTHS = ("January", "March", "May", "July", "September", "November")
SYLLABLES = ("Kim", "Lee", "Park", "Cho", "Tae", "Min", "Yul", "Ho", "Nguyen", "Van", "Ana")
CAPITALISED = (
    *SYLLABLES,
    "Minister",
    "Foreign",
    "Affairs",
    "Meeting",
    "Summit",
    "Forum",
    "Ministerial",
    "Korea",
    "ASEAN",
    "APEC",
    "The",
    "Of",
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}-{rng.choice(SYLLABLES).lower()}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}"


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(TITLES)} {_name(rng)} attended the {_ordinal(rng.randint(1, 60))} "
        f"{rng.choice(MEETINGS)} held in {rng.choice(PLACES)} on {_date(rng)}. "
        f"{rng.choice(TITLES)} {_name(rng)} stressed the Free Trade Area of the Asia-Pacific. "
    )


def _repeat(size: int, piece: Callable[[], str], join: str = "") -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        part = piece()
        parts.append(part)
        total += len(part) + len(join)
    return join.join(parts)[:size]


def capitalised(size: int, seed: int = 0) -> str:
    """Capitalised words (names, titles, forums) with no sentence end: one long run of
    would-be names and meetings."""
    rng = random.Random(seed)
    return _repeat(size, lambda: rng.choice(CAPITALISED), " ")


def sentences(size: int, seed: int = 0) -> str:
    """Many short sentences, each with a title, a name, a meeting, a place and a date."""
    rng = random.Random(seed)
    return _repeat(size, lambda: _sentence(rng))


def ordinals(size: int, seed: int = 0) -> str:
    """Meeting names with ordinals and dates, one after another in a few long sentences."""
    rng = random.Random(seed)

    def piece() -> str:
        end = "." if rng.random() < 0.02 else ","
        return f"the {_ordinal(rng.randint(1, 99))} {rng.choice(MEETINGS)} on {_date(rng)}{end} "

    return _repeat(size, piece)


def lists(size: int, seed: int = 0) -> str:
    """A list of lines: bullets of people with titles, and numbered meetings."""
    rng = random.Random(seed)

    def piece() -> str:
        if rng.random() < 0.5:
            return f"- {rng.choice(TITLES)} {_name(rng)} ({rng.choice(PLACES)})\n"
        return f"{rng.randint(1, 99)}. {rng.choice(MEETINGS)}, {_date(rng)}\n"

    return _repeat(size, piece)


def long_line(size: int, seed: int = 0) -> str:
    """Sentences with their full stops and line breaks taken out: one line, one sentence."""
    rng = random.Random(seed)
    return _repeat(size, lambda: _sentence(rng).replace(". ", ", "))


def talks(size: int, seed: int = 0) -> str:
    """One sentence of talks with office-holders, as long as the size allows: every 'met
    with' and 'telephone talk with' names the same meeting of talks again."""
    rng = random.Random(seed)

    def piece() -> str:
        verb = "met with" if rng.random() < 0.5 else "held a telephone talk with"
        return f"{verb} {rng.choice(TITLES)} {_name(rng)} of {rng.choice(PLACES)} and "

    return f"{rng.choice(PLACES)}, {_date(rng)}\n\nThe Minister " + _repeat(size, piece) + "today."


def deep_html(size: int, seed: int = 0) -> str:
    """Nested divs, each with a few words, as deep as the size allows."""
    rng = random.Random(seed)
    depth = max(1, size // 40)
    opened = "".join(f"<div>{rng.choice(SYLLABLES)} " for _ in range(depth))
    return f"<html><body>{opened}{'</div>' * depth}</body></html>"[: max(size, 40)]


def wide_html(size: int, seed: int = 0) -> str:
    """One body of many sibling paragraphs and table cells, each a sentence."""
    rng = random.Random(seed)

    def piece() -> str:
        if rng.random() < 0.5:
            return f"<p>{_sentence(rng)}</p>"
        return f"<table><tr><td>{_name(rng)}</td><td>{rng.choice(PLACES)}</td></tr></table>"

    head = "<html><head><title>Press release</title></head><body>"
    return head + _repeat(max(0, size - len(head) - 14), piece) + "</body></html>"


GENERATORS: dict[str, Callable[[int, int], str]] = {
    "capitalised": capitalised,
    "sentences": sentences,
    "ordinals": ordinals,
    "lists": lists,
    "long_line": long_line,
    "talks": talks,
    "deep_html": deep_html,
    "wide_html": wide_html,
}
HTML_GENERATORS = frozenset({"deep_html", "wide_html"})


def page(kind: str, size: int, seed: int = 0) -> bytes:
    """The page of that kind and size, as the bytes of a file."""
    return GENERATORS[kind](size, seed).encode("utf-8")
