"""Points of a list: 'Firstly, APEC member economies acknowledge ... Fourthly, co-operation
will be strengthened.' A point that only says what will be done is a commitment of whoever
the list speaks for."""

from __future__ import annotations

import re

from summitry.extract.context import Sentence
from summitry.kb.vocab import statement_words
from summitry.record import Statement

__all__ = ["ListPoints"]

_OPENER = re.compile(r"([A-Za-z]+),\s")
_TO_BE_DONE = re.compile(
    r"\b(?:(?P<will>will|shall)\s+be|(?:it\s+)?(?:is|are))\s+(?:\w+ly\s+)?(?P<done>\w+ed)\b"
)
_AGREED = statement_words().agreed


class ListPoints:
    """Follows the points of a list through the page's sentences, in order."""

    def __init__(self, openers: frozenset[str], forum: str | None):
        self.openers = openers
        self.forum = forum if forum != "bilateral" else None
        self.speakers: tuple[str, ...] = ()

    def follow(self, sentence: Sentence, found: list[Statement]) -> list[Statement]:
        """The statements of a sentence: `found`, or for a point with none, what it says
        will be done."""
        opener = _OPENER.match(sentence.text)
        if opener is None or opener.group(1).lower() not in self.openers:
            self.speakers = ()
            return found
        if found:
            self.speakers = tuple(dict.fromkeys(s.speaker for s in found))
            return found
        done = _TO_BE_DONE.search(sentence.text, opener.end())
        speakers = self.speakers or ((self.forum,) if self.forum else ())
        if done is None or (done.group("will") is None and done.group("done") not in _AGREED):
            return found
        act = "agree" if done.group("done") in _AGREED else "commit"
        evidence = (sentence.start, sentence.end)
        return [Statement(s, act, sentence.text, evidence) for s in speakers]
