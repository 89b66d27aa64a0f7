"""What the extraction components share while they work on one page."""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from summitry.clean.typography import headline_as_read
from summitry.kb.model import Match
from summitry.record import Document, Record

__all__ = ["Context", "Mention", "Sentence"]

T = TypeVar("T")


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """A sentence of the body by its offsets; `text` is document.text[start:end]. Never
    changed once made (not frozen: faster to build); hashed by value."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A named thing found in the text, with every place it was seen."""

    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """The page under extraction and what the components found so far."""

    path: str
    document: Document
    record: Record = field(init=False)
    sentences: tuple[Sentence, ...] = ()
    matches: list[Any] = field(default_factory=list)  # kb.Match, sorted by start
    dates: list[Any] = field(default_factory=list)  # dates.DateMention
    people: list[Any] = field(default_factory=list)  # people.PersonMention
    initiatives: list[Mention] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)  # meetings.MeetingMention
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _indexed: tuple[Sentence, ...] | None = field(default=None, repr=False)
    _memo: dict[tuple[str, int], Any] = field(default_factory=dict, repr=False)
    _match_starts: list[int] = field(default_factory=list, repr=False)  # of _matches_indexed
    _matches_indexed: list[Any] | None = field(default=None, repr=False)
    _ordered: bool = field(default=True, repr=False)
    # document.text, read once: components read it thousands of times a page and change it never
    text: str = field(init=False, repr=False, compare=False)
    # the headline as components read it: an ALL-CAPS one in the body's case
    title: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.record = Record(path=self.path, document=self.document)
        self.text = self.document.text
        self.title = headline_as_read(self.document.title, self.text)

    @property
    def anchor(self) -> datetime.date | None:
        """The page's own date: the year source for dates the text gives without one."""
        if not self.document.published:
            return None
        try:
            return datetime.date.fromisoformat(self.document.published)
        except ValueError:
            return None

    def matches_in(self, start: int, end: int) -> list[Match]:
        """The page's matches that lie within [start, end), with offsets from start: what
        kb.find(text[start:end]) gives, read from the page's one scan."""
        return list(self.iter_matches_in(start, end))

    def iter_matches_in(self, start: int, end: int) -> Iterator[Match]:
        """matches_in, one at a time: a caller that stops early reads no further."""
        matches = self.matches
        if self._matches_indexed is not matches or len(self._match_starts) != len(matches):
            self._matches_indexed, self._match_starts = matches, [mt.start for mt in matches]
        first = bisect.bisect_left(self._match_starts, start)
        for i in range(first, len(matches)):  # no copy of the rest of the list
            mt = matches[i]
            if mt.start >= end:
                break
            if mt.end <= end:
                yield Match(mt.start - start, mt.end - start, mt.kind, mt.key, mt.surface)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds offset (the first one, should two overlap), found by
        bisection over the sentence starts."""
        if self._indexed is not self.sentences:  # a tuple: set anew, never changed in place
            self._index_sentences()
        if not self._ordered:
            return next((s for s in self.sentences if s.start <= offset < s.end), None)
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def _index_sentences(self) -> None:
        self._indexed = self.sentences
        self._sentence_starts = [s.start for s in self.sentences]
        self._ordered = all(
            a.end <= b.start for a, b in zip(self.sentences, self.sentences[1:], strict=False)
        )

    def per_sentence(self, name: str, sentence: Sentence, compute: Callable[[Sentence], T]) -> T:
        """compute(sentence), worked out once per sentence and name: what many mentions of one
        long sentence look up is not searched for again."""
        key = (name, sentence.start)
        if key not in self._memo:
            self._memo[key] = compute(sentence)
        return self._memo[key]
