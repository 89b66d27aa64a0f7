"""Who a sentence's statements are by when the sentence names no subject: the person an
attribution opening it names ('According to Minister X, ...'), or the subject of the line
that leads a list ('The Ministers:' then '- welcomed ...')."""

from __future__ import annotations

import re

from summitry.extract.complements import SPEECH_VERBS
from summitry.extract.context import Sentence
from summitry.extract.speakers import SpeakerFinder
from summitry.kb.data import read_yaml
from summitry.record import Statement

__all__ = ["according_to", "continued_view", "list_lead"]


def list_lead(text: str, sentence: Sentence, finder: SpeakerFinder) -> tuple[str, ...]:
    """Who the items of a list speak for: the subject of a line ending in a colon ('The
    Ministers:'), kept while each next sentence opens a line of its own."""
    if sentence.text.rstrip().endswith(":"):
        found = finder.subject_before(sentence.start, sentence.end, first=True)
        return found[0] if found else ()
    if finder.lead and "\n" in text[max(0, sentence.start - 6) : sentence.start]:
        return finder.lead
    return ()


def according_to(text: str, sentence: Sentence, finder: SpeakerFinder) -> list[Statement]:
    """'According to Minister X, the talks were productive.': a sentence with no act of its
    own that an attribution opens is what the person said."""
    m = _ATTRIBUTION.match(text, sentence.start)
    comma = text.find(",", m.end(), sentence.end) if m else -1
    if m is None or comma < 0:
        return []
    for cand in finder.between(m.end(), comma):
        if cand.kind in ("person", "title") and (speakers := finder.resolve(cand)):
            evidence = (sentence.start, sentence.end)
            return [Statement(s, "state", sentence.text.strip(), evidence) for s in speakers]
    return []


_ATTRIBUTION = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, read_yaml('acts').get('attributions', ())))})\s+"
)


def continued_view(text: str, sentence: Sentence, before: list[Statement]) -> list[Statement]:
    """'He stressed ... . The EAS should also address ...': a sentence with no act of its own
    that goes on, in the same paragraph, from one where a single person spoke, and carries a
    view ('should', 'could'), is that person's too; after 'He said that ...' it goes on with
    what he said, one statement already."""
    speakers = {st.speaker for st in before}
    if (
        len(speakers) != 1
        or not before[-1].evidence
        or "\n" in text[before[-1].evidence[1] : sentence.start]
        or _SAID.search(before[-1].text)
    ):
        return []
    (speaker,) = speakers
    if speaker.isupper() or (m := _VIEW.search(sentence.text)) is None:
        return []  # a state's or a forum's code: its statements need a subject
    act = _VIEWS[m.group(1).lower()]
    return [Statement(speaker, act, sentence.text.strip(), (sentence.start, sentence.end))]


_VIEWS = {
    str(k).lower(): str(v) for k, v in (read_yaml("acts").get("continued_view") or {}).items()
}
_SAID = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(SPEECH_VERBS)))})\b")
_VIEW = re.compile(rf"\b({'|'.join(map(re.escape, _VIEWS))})\b", re.IGNORECASE)
