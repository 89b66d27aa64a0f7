"""Regex pieces that the engine can scan fast.

A pattern that opens with an assertion (r"\b", a look-behind) is tried at every position of
the page; one that opens with plain letters lets the engine skip to where those letters are,
several times faster on a page. word_start() writes r"\b(?:Meeting|Summit)" that way.
"""

from __future__ import annotations

__all__ = ["word_start"]


def word_start(*words: str, after: str = "") -> str:
    r"""An alternation of words that match only at the start of a word, as r"\b(?:A|B)" would
    ('M(?<!\wM)eeting|S(?<!\wS)ummit'); with after=r"\s", only right after that class instead.

    Each word is a regex without a top-level '|' whose first character is a plain letter.
    """
    branches = []
    for word in words:
        first, rest = word[0], word[1:]
        if not first.isalpha():
            raise ValueError(f"word_start: {word!r} must begin with a letter")
        behind = f"(?<={after}{first})" if after else f"(?<!\\w{first})"
        branches.append(f"{first}{behind}{rest}")
    return "|".join(branches)
