"""What the extraction components share while they work on one page."""

from __future__ import annotations

import bisect
import datetime
from dataclasses import dataclass, field
from typing import Any

from summitry.kb.model import Match
from summitry.record import Document, Record

__all__ = ["Context", "Mention", "Sentence"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body by its offsets; `text` is document.text[start:end]."""

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
    sentences: list[Sentence] = field(default_factory=list)
    matches: list[Any] = field(default_factory=list)  # kb.Match, sorted by start
    dates: list[Any] = field(default_factory=list)  # dates.DateMention
    people: list[Any] = field(default_factory=list)  # people.PersonMention
    initiatives: list[Mention] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)  # meetings.MeetingMention

    def __post_init__(self) -> None:
        self.record = Record(path=self.path, document=self.document)

    @property
    def text(self) -> str:
        return self.document.text

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
        first = bisect.bisect_left(self.matches, start, key=lambda mt: mt.start)
        out = []
        for mt in self.matches[first:]:
            if mt.start >= end:
                break
            if mt.end <= end:
                out.append(Match(mt.start - start, mt.end - start, mt.kind, mt.key, mt.surface))
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
