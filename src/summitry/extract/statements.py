"""Statements: who stressed, proposed, urged, agreed or committed to what, one per act.

Each act verb of the knowledge base in a main clause gives one statement; its speaker is the
clause's subject. Verbs inside a 'that' complement belong to the reported content, unless
they are coordinated with the main verb ('..., and stressed'). 'X was endorsed by A, B and C'
gives one statement per agent.
"""

from __future__ import annotations

import re

from summitry.extract.context import Context, Sentence
from summitry.extract.speakers import SpeakerFinder
from summitry.kb import load_kb
from summitry.record import Statement

__all__ = ["statements_in_text"]

_COMPLEMENT = re.compile(r"^\s*(?:,\s*)?(?:that|how|whether)\b")
_COORDINATED = re.compile(
    r"(?:,\s*|\s+)(?:and|as well as|while|but|by|before|then)\s+(?:also\s+|further\s+|then\s+|"
    r"later\s+|highly\s+|again\s+)?$|^\s*(?:also|further|highly)?\s*$|,\s*$"
)
_PASSIVE = re.compile(r"\b(?:was|were|has been|have been|had been|being|be)\s+(?:\w+ly\s+)?$")
_BY_AGENT = re.compile(r"^\s+by\s+")
_INFINITIVE = re.compile(r"\b(?:went on|continued|moved on|proceeded)\s+to\s+$")
_EXPRESSED = re.compile(
    r"^\s+(?:(?:their|his|her|its|keen|strong|deep|sincere|high|full|great|firm)\s+)*"
    r"(?P<what>support|appreciation|gratitude|thanks|pleasure|welcome|hope|confidence|"
    r"concern|regret|condolences|interest|views?|commitment|willingness|satisfaction)"
)
_EXPRESSED_ACT = {"support": "support", "appreciation": "support", "gratitude": "support",
                  "thanks": "support", "pleasure": "support", "welcome": "support",
                  "satisfaction": "support", "condolences": "support", "concern": "criticize",
                  "regret": "criticize", "commitment": "commit", "willingness": "commit"}
_WILL = re.compile(r"\b(?:will|would|shall|pledged to|is committed to|are committed to|"
                   r"is willing to|are willing to|vowed to|promised to)\s+(?!be\b)\w+")


def statements_in_text(ctx: Context) -> None:
    """Fill record.statements from every sentence of the body."""
    kb = load_kb()
    main_forum = next((m.name.forum for m in ctx.meetings if m.role == "main"), None)
    finder = SpeakerFinder(ctx, kb, main_forum)
    acts = [mt for mt in ctx.matches if mt.kind == "act"]
    for sentence in ctx.sentences:
        in_sentence = [a for a in acts if sentence.start <= a.start < sentence.end]
        ctx.record.statements.extend(_sentence_statements(ctx, sentence, in_sentence, finder))


def _sentence_statements(ctx: Context, sentence: Sentence, acts: list, finder: SpeakerFinder
                         ) -> list[Statement]:
    text, out = ctx.text, []
    in_complement = False
    speakers: tuple[str, ...] = ()
    previous_end = sentence.start
    for act in acts:
        before = text[previous_end : act.start]
        after = text[act.end : sentence.end]
        kind = _act_class(act, after)
        if kind is None:
            continue
        if _PASSIVE.search(text[max(sentence.start, act.start - 20) : act.start]) or (
            _BY_AGENT.match(after) and act.surface.endswith("ed")
        ):
            out += _passive(ctx, sentence, act, kind, finder, in_complement)
            continue
        coordinated = bool(speakers) and bool(_COORDINATED.search(before))
        if act.surface.endswith("ing") and not coordinated:
            continue
        if text[max(sentence.start, act.start - 3) : act.start] == "to " and not _INFINITIVE.search(
            text[max(sentence.start, act.start - 20) : act.start]
        ):
            continue
        if in_complement and not coordinated:
            continue
        start = act.start
        if not coordinated:
            found = finder.subject_before(previous_end if speakers else sentence.start, act.start)
            if found is None:
                continue
            speakers, start = found
            finder.remember(speakers)
        end = _clause_end(text, act.end, sentence.end, acts)
        out += [Statement(s, kind, text[start:end].strip(" ,;"), (start, end)) for s in speakers]
        in_complement = in_complement or bool(_COMPLEMENT.match(after))
        previous_end = act.end
    out += _will_statements(ctx, sentence, acts, finder)
    return out


def _act_class(act, after: str) -> str | None:
    """The act class; 'expressed X' takes its class from X."""
    if act.surface.lower() in ("expressed", "expressing", "express", "expresses"):
        m = _EXPRESSED.match(after)
        if m is None:
            return None
        return _EXPRESSED_ACT.get(m.group("what"), "state")
    return act.key


def _passive(ctx: Context, sentence: Sentence, act, kind: str, finder: SpeakerFinder,
             in_complement: bool) -> list[Statement]:
    """'was adopted at the Meeting' -> the meeting's forum; 'endorsed by A, B' -> A and B."""
    text = ctx.text
    agent = _BY_AGENT.match(text[act.end : sentence.end])
    end = _clause_end(text, act.end, sentence.end, [])
    evidence = (sentence.start, end)
    if agent:
        lo = act.end + agent.end()
        hi = _clause_end(text, lo, sentence.end, [])
        agents = [c for c in finder.candidates if lo <= c.start < hi and c.kind in
                  ("person", "country", "title")]
        speakers = [s for c in agents for s in finder.resolve(c)]
        return [Statement(s, kind, text[evidence[0] : end].strip(), evidence) for s in speakers]
    if in_complement or not finder.forum or finder.forum == "bilateral":
        return []
    return [Statement(finder.forum, kind, text[evidence[0] : end].strip(), evidence)]


def _will_statements(ctx: Context, sentence: Sentence, acts: list, finder: SpeakerFinder
                     ) -> list[Statement]:
    """'The ROK government will continue efforts ...': a commitment, when it is the main verb."""
    first_act = acts[0].start if acts else sentence.end
    m = _WILL.search(ctx.text, sentence.start, first_act)
    if not m:
        return []
    found = finder.subject_before(sentence.start, m.start())
    if found is None or ctx.text[found[1] : m.start()].count(",") > 1:
        return []
    speakers, start = found
    if any(c.kind == "pronoun" for c in finder.candidates if c.start == start):
        return []
    end = _clause_end(ctx.text, m.end(), sentence.end, acts)
    return [Statement(s, "commit", ctx.text[start:end].strip(" ,;"), (start, end))
            for s in speakers]


def _clause_end(text: str, start: int, limit: int, acts: list) -> int:
    """The clause runs to the next act verb of the sentence or to the sentence's end."""
    later = [a.start for a in acts if start <= a.start < limit]
    end = later[0] if later else limit
    cut = re.search(r",?\s+(?:and|as well as)\s+(?:also\s+|further\s+)?$", text[start:end])
    return start + cut.start() if cut else end
