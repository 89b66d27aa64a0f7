"""Remarks announced before they are given: 'Foreign Minister Iwaya made the following
remarks.' What follows, in the rest of that paragraph or in the items listed right after it,
is the speaker's: where his country acts there ('Japan supports ...') he speaks, and remarks
with no act of their own are one statement of his."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitry.extract.context import Context, Sentence
from summitry.extract.speakers import SpeakerFinder
from summitry.extract.statement_will import ITEM_MARK
from summitry.kb.vocab import statement_words
from summitry.record import Statement

__all__ = ["Remarks"]

# a verb of speaking, then what announces the words to come ('made the following remarks',
# 'stated as follows'; the words in acts.yaml); every match holds 'follow'
_ANNOUNCED = re.compile(
    rf"\b(?:{statement_words().remarks_verbs})\s+(?:\w+\s+){{0,2}}"
    rf"(?:the\s+following\s+(?:{statement_words().remarks_nouns})\b"
    r"|the\s+following\s*:|as\s+follows\b)"
)
# '(i) ...', '- (ii) ...', 'a) ...': an item of a list on a line of its own
_ITEM = re.compile(rf"[ \t]*(?:[-•*–][ \t]*)?{ITEM_MARK}[ \t]")
_BULLET = re.compile(r"[ \t]*[-•*–・][ \t]")  # under a line that has none, an item too


@dataclass(slots=True)
class _Lead:
    speaker: str
    country: str | None
    start: int
    end: int  # where the remarks stop
    said: bool = False  # whether a statement of the speaker's came from them


class Remarks:
    """Follows announced remarks through the page's sentences, in order."""

    def __init__(self, ctx: Context, finder: SpeakerFinder):
        self.text = ctx.text
        self.finder = finder
        self.countries = {p.name: p.country for p in ctx.people}
        self.lead: _Lead | None = None

    def follow(self, sentence: Sentence, found: list[Statement]) -> list[Statement]:
        """The statements of a sentence: none for one that announces remarks, those of the
        remarks made the speaker's, and, where remarks end, theirs if they held no act."""
        if self.lead is None and "follow" not in sentence.text:
            return found  # most sentences: no remarks announced or going on
        out = self.close(sentence.start)
        m = _ANNOUNCED.search(sentence.text) if "follow" in sentence.text else None
        if m is not None and (speaker := self._speaker(sentence.start, sentence.start + m.start())):
            end = _scope_end(self.text, sentence.end)
            if end > sentence.end:
                self.lead = _Lead(speaker, self.countries.get(speaker), sentence.start, end)
                return out
        lead = self.lead
        if lead is None:
            return out + found
        own = [
            Statement(lead.speaker, st.act, st.text, st.evidence)
            if st.speaker == lead.country
            else st
            for st in found
        ]
        lead.said = lead.said or any(st.speaker == lead.speaker for st in own)
        return out + own

    def close(self, at: int | None = None) -> list[Statement]:
        """Ends the remarks that stop before `at` (all, with None): a statement of the
        speaker's for remarks that held no act."""
        lead = self.lead
        if lead is None or (at is not None and at < lead.end):
            return []
        self.lead = None
        if lead.said:
            return []
        evidence = (lead.start, lead.end)
        return [
            Statement(lead.speaker, "state", self.text[lead.start : lead.end].strip(), evidence)
        ]

    def _speaker(self, lo: int, hi: int) -> str | None:
        """The one person who announces the remarks, else None."""
        found = self.finder.subject_before(lo, hi, first=True)
        if found is None or len(found[0]) != 1 or found[0][0] not in self.finder.names:
            return None
        return found[0][0]


def _scope_end(text: str, end: int) -> int:
    """Where remarks announced by a sentence ending at `end` stop: the end of its paragraph;
    where it closes its paragraph, the end of the items listed after it, else of the next
    paragraph."""
    line_end = _line_end(text, end)
    if text[end:line_end].strip():
        return line_end
    bulleted = _BULLET.match(text, text.rfind("\n", 0, end) + 1) is not None
    stop = line_end
    pos = line_end
    while pos < len(text):
        nxt = _line_end(text, pos + 1)
        line = text[pos + 1 : nxt]
        if line.strip():
            if not _ITEM.match(line) and (bulleted or not _BULLET.match(line)):
                return nxt if stop == line_end else stop
            stop = nxt
        pos = nxt
    return stop


def _line_end(text: str, pos: int) -> int:
    at = text.find("\n", pos)
    return len(text) if at < 0 else at
