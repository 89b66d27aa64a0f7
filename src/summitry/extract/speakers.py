"""Who acts in a clause: a named person, a title ('the Foreign Minister'), a pronoun, a
country ('the ROK government'), or a group ('the member economies', 'the ASEAN side').

A speaker is a person's name, a country's alpha-3 code or a forum or organisation acronym.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from summitry.extract.context import Context
from summitry.extract.patterns import POSSESSIVE, WordStarts, by_word, matches_from, word_start
from summitry.extract.people_untitled import office_holder
from summitry.extract.speaker_groups import group_matches
from summitry.extract.speaker_refs import (
    Candidate,
    abbreviated_titles,
    defined_abbreviations,
    government_bodies,
    honorifics_alone,
    introduced_by,
    kb_titles,
    offices_of_people,
    short_names,
    spelled_apart,
    state_holders,
    top_diplomats,
    we_apposed,
    within,
)
from summitry.extract.subjects import compound, first_group_end, object_position
from summitry.kb import KnowledgeBase
from summitry.kb.cues import alternation, meeting_heads
from summitry.kb.data import read_yaml
from summitry.kb.people_words import ref_title_words

__all__ = ["Candidate", "SpeakerFinder"]

_PRONOUNS = ("He", "he", "She", "she", "They", "they", "It", "We", "we", "I")
_PRONOUN = re.compile(rf"(?:{word_start(*_PRONOUNS)})\b(?!\.)")
_PRONOUN_STARTS = WordStarts(_PRONOUNS)  # every _PRONOUN match begins at one
_TITLE_REF = by_word(
    ("The", "the"),
    rf"\s+(?P<t>(?:(?:{'|'.join(ref_title_words().words)})\s+)?"
    rf"(?:{'|'.join(ref_title_words().heads)}))\b",
)
# A group noun that is a meeting ('the Meeting agreed'): the meeting acts for its forum.
_MEETING_NOUNS = frozenset(meeting_heads().lower)
_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_LISTED = re.compile(r",?\s+and\s+(?:the\s+)?|,\s*(?:the\s+)?")
_AND_OTHERS = re.compile(r"(?:,?\s+and\s+(?:other|several|some|many)\s+[\w-]+)?")
_MEMBER_OF_KINDS = ("forum", "organization", "country")
# Who acts for a state after its name ('the ROK government', 'the Korean side'): acts.yaml.
_GOVERNMENT = re.compile(
    rf"(?:\s*(?:’s|'s))?\s+(?:{alternation(read_yaml('acts')['government_nouns'])})\b"
)


class SpeakerFinder:
    """Subject candidates of one page, and the state that resolves pronouns."""

    def __init__(self, ctx: Context, kb: KnowledgeBase, forum: str | None):
        self.ctx = ctx
        self.kb = kb
        self.forum = forum
        self.last_person: str | None = None
        self.last_group: tuple[str, ...] | None = None
        self.names = {p.name for p in ctx.people}  # the people's names, each a person
        self.country = ctx.document.publisher_country
        self.quoted: Callable[[int], bool] = lambda offset: False  # inside quoted speech
        self.lead: tuple[str, ...] = ()  # who the items of a list after 'The Ministers:' are by
        self.candidates = sorted(self._all(), key=lambda c: (c.start, -c.end))
        self.starts = [c.start for c in self.candidates]
        self.ends = {c.end: c for c in self.candidates}
        self.we = we_apposed(self.ctx.text, self.candidates, self.starts, self.resolve)

    def _all(self) -> list[Candidate]:
        ctx, out = self.ctx, []
        for person in ctx.people:
            out += [Candidate(s, e, (person.name,), "person") for s, e in person.spans]
        out += short_names(ctx) + spelled_apart(ctx) + top_diplomats(ctx)
        out += state_holders(ctx)
        pronouns = matches_from(_PRONOUN, ctx.text, _PRONOUN_STARTS(ctx.text))
        out += [Candidate(m.start(), m.end(), (), "pronoun") for m in pronouns]
        titles = [self._title_ref(m) for m in _TITLE_REF.finditer(ctx.text)]
        out += titles + kb_titles(ctx, {c.start for c in titles}) + honorifics_alone(ctx)
        out += abbreviated_titles(ctx) + defined_abbreviations(ctx)
        out += government_bodies(ctx, self.country)
        meetings = self._meetings()
        out += meetings
        spans = sorted((c.start, c.end) for c in meetings)
        bodies = {mt.start: mt for mt in ctx.matches if mt.kind in _MEMBER_OF_KINDS}
        covered = 0  # the end of the last group, which may run over 'and other countries'
        meeting_ends = {c.end: c for c in meetings}
        for m in group_matches(ctx.text):
            if m.start() < covered or within(spans, m.start(), m.end()):
                continue
            cand = self._members_of(m, bodies)
            if cand is None:
                group = self._group(m)
                if group and not m.group("forum"):
                    group = introduced_by(ctx.text, m.start(), meeting_ends) or group
                if not group:
                    continue
                cand = Candidate(m.start(), m.end(), group, "group")
            out.append(cand)
            covered = cand.end
        for mt in ctx.matches:
            if mt.kind in ("forum", "organization") and _ACTS_NEXT.match(ctx.text, mt.end):
                out.append(Candidate(mt.start, mt.end, (mt.key,), "body"))  # 'ASEAN welcomed'
            if mt.kind in ("country", "demonym") and self._governmental(mt):
                noun = _GOVERNMENT.match(ctx.text, mt.end)  # 'the Russian delegation'
                end = noun.end() if noun else mt.end
                out.append(Candidate(mt.start, end, (mt.key,), "country"))
        # 'Yoon's office said': the office speaks for the state, in place of what its span holds
        offices = offices_of_people(ctx, out)
        return [c for c in out if not any(_holds(o, c) for o in offices)] + offices

    def _title_ref(self, m: re.Match[str]) -> Candidate:
        """'the Foreign Minister'; 'The President of Russia': with the state it names."""
        of = _OF.match(self.ctx.text, m.end())
        found = self.ctx.matches_in(of.end(), of.end() + 40) if of else []
        state = next((mt for mt in found if mt.start == 0 and mt.kind == "country"), None)
        if of is None or state is None:
            return Candidate(m.start(), m.end(), (m.group("t"),), "title")
        return Candidate(m.start(), of.end() + state.end, (m.group("t"), state.key), "title")

    def _members_of(self, m: re.Match[str], bodies: dict) -> Candidate | None:
        """'The Foreign Ministers of the ASEAN countries', 'the ministers from Ethiopia': the
        group acts for the body or country it comes from."""
        of = _OF.match(self.ctx.text, m.end())
        body = bodies.get(of.end()) if of else None
        if body is None:
            return None
        listed = [body]  # 'the foreign ministers of Japan, South Korea and China'
        while (joined := _LISTED.match(self.ctx.text, listed[-1].end)) and joined.end() in bodies:
            listed.append(bodies[joined.end()])
            if "and" in joined.group(0):
                body = listed[-1]  # a list is whole at its 'and'
                break
        keys = tuple(dict.fromkeys(b.key for b in listed[: listed.index(body) + 1]))
        others = _AND_OTHERS.match(self.ctx.text, body.end)  # '... and other countries'
        return Candidate(m.start(), others.end() if others else body.end, keys, "group")

    def _meetings(self) -> list[Candidate]:
        """'The 16th BIMSTEC Ministerial Meeting endorsed ...': a meeting acts as its forum."""
        out = []
        for meeting in self.ctx.meetings:
            forum = meeting.name.forum
            if forum and forum != "bilateral":
                acting = self._parties() if forum == _THREE_WAY else (forum,)
                out += [Candidate(s, e, acting, "meeting") for s, e in meeting.spans]
        return out

    def _governmental(self, mt) -> bool:
        """'Korea', 'the ROK government', 'the Korean side'; not 'Korean nationals'."""
        return mt.kind == "country" or bool(_GOVERNMENT.match(self.ctx.text, mt.end))

    def _group(self, m: re.Match[str]) -> tuple[str, ...] | None:
        noun, forum = m.group("noun").lower(), m.group("forum")
        if forum:
            mt = self.kb.whole(forum)
            kind = mt.kind if mt is not None else None
            if mt is not None and kind in ("forum", "organization"):
                return (mt.key,)
            if noun in _MEETING_NOUNS or kind in ("country", "demonym"):
                return None  # 'the Japanese side' is Japan's, which the country scan gives
        if noun.startswith(("two ", "both ")) or noun == "counterparts":
            return self.sides()
        if noun in _MEETING_NOUNS and m.group(0)[:3].lower() != "the":
            return None
        if self.forum == "bilateral" or (self.forum is None and self._two_states()):
            return self.sides()  # 'the leaders' of a page about two states' talks or calls
        return self._forum_speakers() or None

    def _forum_speakers(self) -> tuple[str, ...]:
        """Who the page's forum stands for: its name, the three states of a trilateral
        meeting the knowledge base does not name, or the two sides of talks ('trilateral' and
        'bilateral' are no speakers)."""
        if self.forum == _THREE_WAY:
            return self._parties()
        if self.forum == "bilateral":
            return self.sides()
        return (self.forum,) if self.forum else ()

    def _parties(self) -> tuple[str, ...]:
        """The three states of a trilateral meeting: its people's, else the most named."""
        people = self._people_countries()
        return people[:3] if len(people) >= 3 else self._counterparts(3, ("country",))

    def sides(self) -> tuple[str, ...]:
        """The two sides of talks: the page's own country and its counterpart."""
        other = None
        forum = self.kb.forums.get(self.forum) if self.forum else None
        if forum is not None and forum.partners and forum.parent:
            pair = (forum.parent, *forum.partners)  # 'ASEAN-ROK': ASEAN and KOR
            return (self.country, *(p for p in pair if p != self.country)) if self.country else pair
        if self.forum and "-" in self.forum:  # a dialogue between a forum and a country
            other = self.forum.replace("-ROK", "").replace("ROK-", "")
        if other:
            return tuple(s for s in (self.country, other) if s)
        people = self._people_countries()
        if self.country:
            others = [c for c in people if c != self.country] or list(self._counterparts(1))
            return (self.country, *others[:1])
        return people[:2] if len(people) >= 2 else self._counterparts(2, ("country",))

    def _two_states(self) -> bool:
        """Whether the page's people serve exactly two states."""
        return len(self._people_countries()) == 2

    def _people_countries(self) -> tuple[str, ...]:
        """The governments of the page's people, in the order they are first named."""
        return tuple(
            dict.fromkeys(
                p.country for p in self.ctx.people if p.country and p.country in self.kb.countries
            )
        )

    def _counterparts(
        self, n: int, kinds: tuple[str, ...] = ("country", "organization")
    ) -> tuple[str, ...]:
        """The n countries (or bodies) the page names most, other than its own."""
        counts: dict[str, int] = {}
        for mt in self.ctx.matches:
            if mt.kind in kinds and mt.key != self.country:
                counts[mt.key] = counts.get(mt.key, 0) + 1
        return tuple(sorted(counts, key=lambda k: -counts[k])[:n]) if len(counts) >= n else ()

    def right_before(self, offset: int) -> Candidate | None:
        """The candidate that ends just before offset ('Mr Peters says'), adverbs aside."""
        m = _ADVERBS_BEFORE.search(self.ctx.text, max(0, offset - 30), offset)
        return self.ends.get(m.start()) if m else None

    def between(self, lo: int, hi: int) -> list[Candidate]:
        """Candidates that start and end within [lo, hi), found by bisection."""
        first = bisect.bisect_left(self.starts, lo)
        out = []
        for cand in self.candidates[first:]:
            if cand.start >= hi:
                break
            if cand.end <= hi:
                out.append(cand)
        return out

    def subject_before(
        self, lo: int, hi: int, first: bool = False
    ) -> tuple[tuple[str, ...], int] | None:
        """The speakers of the subject nearest before hi (or the first one after lo), and
        where it starts."""
        relative = _RELATIVE_BEFORE.search(self.ctx.text, max(lo, hi - 160), hi)
        hi = relative.start() if relative else hi  # 'Mr Shao, who chaired the meeting, told'
        inside = [
            c
            for c in self.between(lo, hi)
            if not _possessive(self.ctx.text, c) and not self.quoted(c.start)
        ]
        inside = [c for c in inside if not object_position(self.ctx.text, c.start, lo)]
        inside = [c for c in inside if not _within_group(c, inside)]
        if not inside:
            return None
        if first:
            inside = inside[: first_group_end(self.ctx.text, inside)]
        group = compound(self.ctx.text, inside)
        speakers = tuple(dict.fromkeys(s for c in group for s in self.resolve(c)))
        return (speakers, group[0].start) if speakers else None

    def resolve(self, cand: Candidate) -> tuple[str, ...]:
        if cand.kind == "person":
            return cand.speakers
        if cand.kind == "title" and len(cand.speakers) == 2:  # 'the President of Russia'
            holder = office_holder(self.ctx.people, *cand.speakers)
            return (holder.name if holder else cand.speakers[1],)
        if cand.kind == "title":
            person = self._person_with(cand.speakers[0])
            return (person,) if person else ()
        if cand.kind in ("pronoun", "honorific"):
            word = self.ctx.text[cand.start : cand.end].lower()
            if word in ("he", "she") or cand.kind == "honorific":  # 'His Majesty highlighted'
                person = self.last_person or self._person_named_before(cand.start)
                return (person,) if person else ()
            if word == "i":  # a statement in the first person: the person it is by
                return (self.ctx.people[0].name,) if self.ctx.people else ()
            if word == "we":  # a chair's or a joint statement speaks for the forum
                if self.we:
                    return self.we
                own = (
                    self.forum
                    if self.forum not in (None, "bilateral", _THREE_WAY)
                    else self.country
                )
                return (own,) if own else ()
            if word == "it" and not self._after_a_speaker(cand.start):
                return ()  # 'The MLC consists of ... It aims to ...': the thing named before
            return self.last_group or self._forum_speakers() or self._group_before(cand.start)
        return cand.speakers

    def _after_a_speaker(self, offset: int) -> bool:
        """Whether the sentence before the one at offset opens with a speaker, whom 'It' may
        stand for."""
        text = self.ctx.text
        here = self.ctx.sentence_at(offset)
        before = here and self.ctx.sentence_at(len(text[: here.start].rstrip()) - 1)
        if not before:
            return False
        first = self.between(before.start, before.end)[:1]
        return bool(first) and bool(_OPENING.fullmatch(text, before.start, first[0].start))

    def _group_before(self, offset: int) -> tuple[str, ...]:
        """With no earlier speaker, 'they' is the group named last, in the sentence before
        ('The two leaders exchanged views ... They agreed')."""
        groups = [c for c in self.between(max(0, offset - 300), offset) if c.kind == "group"]
        return groups[-1].speakers if groups else ()

    def _person_named_before(self, offset: int) -> str | None:
        """With no earlier speaker, 'he' or 'she' is the person named last before it."""
        named = [(s, p.name) for p in self.ctx.people for s, _ in p.spans if s < offset]
        return max(named)[1] if named else None

    def _person_with(self, title: str) -> str | None:
        """The person a title refers back to: of those whose title has its head word, the last
        speaker, else the first named."""
        head = title.split()[-1].lower()
        people = [p for p in self.ctx.people if p.title and head in p.title.lower()]
        if self.last_person and any(p.name == self.last_person for p in people):
            return self.last_person
        return people[0].name if people else None

    def remember(self, speakers: tuple[str, ...]) -> None:
        names = self.names
        persons = [s for s in speakers if s in names]
        if persons:
            self.last_person = persons[-1]
        if len(persons) < len(speakers):
            self.last_group = tuple(s for s in speakers if s not in names)


_OPENING = re.compile(r"\W*(?:[^,.;]{0,60},\s*)?(?:[Tt]he\s+)?")  # 'In response, the'
_THREE_WAY = "trilateral"  # the forum of a three-party meeting the kb does not name
_ACTS_NEXT = re.compile(
    r"\s+(?:also\s+|has\s+|have\s+|had\s+)?(?:is\s+|are\s+)?[a-z]+(?:ed|es|ing)\b"
)
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,\s*(?:\w+ly\s+)?\Z")
_ADVERBS_BEFORE = re.compile(r"(?:\s+(?:also|further|now|again|still|[a-z]+ly))*\s+\Z")


def _within_group(cand: Candidate, others: list[Candidate]) -> bool:
    """'South Korea' inside 'the foreign ministers of Japan, South Korea and China': a
    candidate that a group's longer span holds is part of that group."""
    return cand.kind == "country" and any(
        o.kind == "group" and len(o.speakers) > 1 and o.start < cand.start and cand.end <= o.end
        for o in others
    )


def _holds(outer: Candidate, cand: Candidate) -> bool:
    """Whether cand lies within outer's span."""
    return outer.start <= cand.start and cand.end <= outer.end


def _possessive(text: str, cand: Candidate) -> bool:
    """'Australia's Minister', 'the summit's agenda': a country or a meeting in the
    possessive modifies, it does not act."""
    return cand.kind in ("country", "meeting") and text.startswith(POSSESSIVE, cand.end)
