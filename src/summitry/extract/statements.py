"""Statements: who stressed, proposed, urged, agreed or committed to what, one per act.

Each act verb of the knowledge base in a main clause gives one statement; its speaker is the
clause's subject. Verbs inside a 'that' complement belong to the reported content, unless
they are coordinated with the main verb ('..., and stressed'). 'X was endorsed by A, B and C'
gives one statement per agent. Quoted speech is the quoted person's (quotes.py); the points
of a list speak for whoever the list does (list_points.py); reported content: complements.py.
"""

from __future__ import annotations

import bisect
import re

from summitry.extract.complements import SPEECH_VERBS, coordinated_before, says_nothing
from summitry.extract.complements import bounding_acts as _bounding_acts
from summitry.extract.complements import opens_complement as _opens_complement
from summitry.extract.context import Context, Sentence
from summitry.extract.homograph_acts import homograph_acts
from summitry.extract.list_points import ListPoints
from summitry.extract.people_country import is_courtesy_call
from summitry.extract.quotes import QuoteIndex
from summitry.extract.remarks_lead import Remarks
from summitry.extract.speakers import SpeakerFinder
from summitry.extract.statement_checks import in_caption, meeting_antecedent, not_praised
from summitry.extract.statement_leads import according_to, continued_view, list_lead
from summitry.extract.statement_will import clause_end, joined_commitment, will_statements
from summitry.kb import load_kb
from summitry.kb.data import read_yaml
from summitry.kb.vocab import statement_words
from summitry.record import Statement

__all__ = ["statements_in_text"]

# Patterns searched for at the end of a stretch of text open with the class of their first
# character, so the engine skips to it instead of trying every position.
_CARRIED = ("past", "ing", "fixed")  # forms that coordinate with the main verb
_BY_MEANS = re.compile(r"\bby\s+(?:also\s+)?$")
_ING_LINK = re.compile(r"(?:[,;]|\bby|\bwhile)\s+(?:also\s+)?$")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been|being|be)\s+"
    r"(?:(?:\w+ly|first|also|further|later|again|then)\s+)?$"  # 'was first proposed by'
)
# 'by A'; 'on several occasions by A', 'at the Summit by A' (no participle between: 'at the
# meeting hosted by A' names the host, not the agent)
_BY_AGENT = re.compile(r"^\s+(?:(?:on|at|in|during)\s+(?:(?!\w+ed\b)[\w’'-]+\s+){1,4})?by\s+")
_INFINITIVE = re.compile(r"\b(?:went on|continued|moved on|proceeded)\s+to\s+$")
_EXPRESSED_ACT = statement_words().expressed
_EXPRESSED = re.compile(
    rf"^\s+(?:(?:{'|'.join(map(re.escape, statement_words().expressed_modifiers))})\s+)*"
    rf"(?P<what>{'|'.join(map(re.escape, sorted(_EXPRESSED_ACT, key=len, reverse=True)))})"
)


def statements_in_text(ctx: Context) -> None:
    """Fill record.statements from every sentence of the body."""
    kb = load_kb()
    main_forum = next((m.name.forum for m in ctx.meetings if m.role == "main"), None)
    finder = SpeakerFinder(ctx, kb, main_forum)
    acts = [mt for mt in ctx.matches if mt.kind == "act"]  # sorted by start, as ctx.matches
    if extra := homograph_acts(ctx.text, finder.ends):
        acts = sorted(acts + extra, key=lambda a: a.start)
    quotes = QuoteIndex(ctx, finder, acts)
    finder.quoted = quotes.inside  # a clause after a quotation takes no subject from inside it
    acts = [a for a in acts if a.start not in quotes.used and not quotes.inside(a.start)]
    starts = [a.start for a in acts]
    found = list(quotes.statements)
    points = ListPoints(kb.act_table.list_openers, main_forum)
    remarks = Remarks(ctx, finder)
    previous: list[Statement] = []  # the statements of the sentence before
    for sentence in ctx.sentences:
        if in_caption(ctx.text, sentence):
            continue
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end, first)
        in_sentence = acts[first : min(last, first + _MAX_ACTS_PER_SENTENCE)]  # run-on: no prose
        finder.lead = list_lead(ctx.text, sentence, finder)
        out = _sentence_statements(ctx, sentence, in_sentence, finder, quotes)
        out = _reported(ctx.text, sentence, in_sentence, finder, out)
        out = out or according_to(ctx.text, sentence, finder)
        if not out and all(_form(a) == "base" for a in in_sentence):  # 'support for'
            out = continued_view(ctx.text, sentence, previous)
        previous = points.follow(sentence, remarks.follow(sentence, out))
        found += previous
    found += remarks.close()
    ctx.record.statements.extend(sorted(found, key=lambda s: s.evidence[0] if s.evidence else 0))


def _reported(
    text: str, sentence: Sentence, acts: list, finder: SpeakerFinder, out: list[Statement]
) -> list[Statement]:
    """'Thailand is ready to serve as a bridge ..., Prime Minister Prayut says.': speech
    reported before a closing attribution is one statement, the speaker's."""
    if not acts or len(out) < 2 or acts[-1].key != "state":
        return out
    verb = acts[-1]
    subject = finder.right_before(verb.start)
    if subject is None or not _CLOSING.fullmatch(text, verb.end, sentence.end):
        return out
    comma = _ATTRIBUTION_LEAD.search(text, max(sentence.start, subject.start - 60), subject.start)
    if comma is None:
        return out
    return [st for st in out if st.evidence is None or st.evidence[0] >= comma.start()]


_CLOSING = re.compile(r"[^,;]{0,40}")  # 'says.', 'said on Monday.'
_ATTRIBUTION_LEAD = re.compile(r",\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,5}\Z")


def _sentence_statements(
    ctx: Context, sentence: Sentence, acts: list, finder: SpeakerFinder, quotes: QuoteIndex
) -> list[Statement]:
    text, out = ctx.text, []
    acts = _without_reduced_relatives(text, sentence, acts, finder)
    in_complement = False
    finite: int | None = None  # the end of the last present-tense act ('We welcome ... and')
    speakers: tuple[str, ...] = ()
    previous_end = sentence.start
    for act in acts:
        after = text[act.end : sentence.end]
        kind = _act_class(act, after)
        follows = finite is not None and coordinated_before(text, finite, act.start)
        if kind is None or _not_a_reported_act(ctx, sentence, act, after, finder, follows):
            continue
        form = _form(act)
        finite = act.end if form in ("base", "present") else finite
        if _PASSIVE.search(text[max(sentence.start, act.start - 20) : act.start]) or (
            _BY_AGENT.match(after) and act.surface.endswith("ed")
        ):
            out += _passive(ctx, sentence, act, kind, finder, in_complement)
            continue
        gap = text[previous_end : act.start]
        if form == "ing":
            coordinated = _ING_LINK.search(gap) is not None
        else:
            coordinated = coordinated_before(gap, 0, len(gap))
        if form == "ing" and not coordinated:
            out += _opening_participle(ctx, sentence, act, kind, acts, finder)
            continue
        means = form == "ing" and _BY_MEANS.search(gap) is not None
        if in_complement and (means or not (coordinated and form in _CARRIED)):
            continue  # '... said Korea would strengthen ... by supporting the AU': reported
        start = act.start
        lo = previous_end if speakers else sentence.start
        adding = _adding(act, form)
        found = (
            _inverted_speaker(finder, text, sentence, act)
            or meeting_antecedent(finder, text, lo, act)
            or (
                None
                if (coordinated and speakers and not adding)
                else _subject(finder, sentence, lo, act, coordinated)
            )
        )
        if found is not None:
            speakers, start = found if not adding else (found[0], act.start)
            finder.remember(speakers)
        elif finder.lead and not speakers and not text[sentence.start : act.start].strip():
            speakers = finder.lead  # '- welcomed the progress ...' after 'The Ministers:'
        elif not speakers:
            continue
        end = clause_end(text, act.end, sentence.end, _bounding_acts(text, acts, act, after))
        out += [
            Statement(s, kind, text[start:end].strip(" ,;"), (start, end))
            for s in not_praised(ctx, act, kind, speakers)
        ]
        opens = _opens_complement(act, after)
        if not in_complement and opens and set(speakers) <= finder.names:
            out += joined_commitment(text, finder, speakers, act.end, sentence.end)
        in_complement = in_complement or opens
        previous_end = act.end
    out += will_statements(ctx, sentence, acts, finder, quotes)
    return out


def _without_reduced_relatives(
    text: str, sentence: Sentence, acts: list, finder: SpeakerFinder
) -> list:
    """The acts less past participles that qualify a noun: the one before them ('welcomed
    the measures presented at the meeting', 'as set out in the report': no subject in
    between, no 'and', a preposition after) or after a determiner ('the said plan')."""
    out, previous = [], sentence.start
    for act in acts:
        gap_start, previous = previous, act.end
        if _DETERMINER_BEFORE.search(text, max(gap_start, act.start - 6), act.start) and (
            _form(act) == "past"
        ):
            continue
        if (
            _PREPOSITION_AFTER.match(text, act.end)
            and _NOUN_OR_AS_BEFORE.search(text, max(gap_start, act.start - 4), act.start)
            and _form(act) == "past"
            and not coordinated_before(text, gap_start, act.start)
            and not _PASSIVE.search(text[max(gap_start, act.start - 20) : act.start])
            and not finder.between(gap_start, act.start)
        ):
            continue
        out.append(act)
    return out


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|such)\s+\Z", re.IGNORECASE)
_NOUN_OR_AS_BEFORE = re.compile(r"[a-z]\s+\Z")
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|during|under|on|within|through|since|to)\b")


def _opening_participle(
    ctx: Context, sentence: Sentence, act, kind: str, acts: list, finder: SpeakerFinder
) -> list[Statement]:
    """'Expressing deep concerns about the coup, Secretary Blinken urged ...': a participle
    that opens the sentence is an act of the main clause's subject."""
    text = ctx.text
    if kind == "agree" or text[sentence.start : act.start].strip():
        return []  # 'Sharing the views on ...': a setting
    if kind == "state" and act.surface.split()[0].lower() not in _OPENING_STANCES:
        return []  # 'Mentioning the challenges, he said ...': a setting too
    main = next((a for a in acts if a.start > act.end), None)
    comma = text.find(",", act.end, main.start if main else sentence.end)
    if main is None or comma < 0:
        return []
    found = finder.subject_before(comma, main.start, first=True)
    if found is None:
        return []
    return [Statement(s, kind, text[act.start : comma], (act.start, comma)) for s in found[0]]


_OPENING_STANCES = frozenset(str(w) for w in read_yaml("acts").get("opening_stances") or ())
_QUOTE_BEFORE = re.compile(r"(?:[”\"’],?|,[”\"’])\s*$")
_TITLE_WORDS = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$")


def _inverted_speaker(
    finder: SpeakerFinder, text: str, sentence: Sentence, act
) -> tuple[tuple[str, ...], int] | None:
    """'"Trade must work for everyone," said Minister Galdo': the speaker follows the verb."""
    if not _QUOTE_BEFORE.search(text, max(sentence.start, act.start - 4), act.start):
        return None
    for cand in finder.between(act.end, min(sentence.end, act.end + 60)):
        if cand.kind in ("person", "title") and _TITLE_WORDS.fullmatch(text, act.end, cand.start):
            speakers = finder.resolve(cand)
            return (speakers, sentence.start) if speakers else None
    return None


def _form(act) -> str:
    """The verb form of an act phrase, from its first word where the phrase has an object
    ('reaffirm their willingness')."""
    forms, surface = load_kb().act_forms, act.surface.lower()
    return forms.get(surface) or forms.get(surface.split()[0], "past")


def _not_a_reported_act(
    ctx: Context, sentence: Sentence, act, after: str, finder: SpeakerFinder, follows: bool
) -> bool:
    """Base and present forms outside 'went on to ...', right after their subject ('Mr
    Peters says', 'member economies acknowledge') or coordinated with one ('We welcome ...
    and call on ...'), and participles of reduced relatives (', announced in 2022,') report
    no act."""
    before = ctx.text[max(sentence.start, act.start - 25) : act.start]
    form = _form(act)
    surface = act.surface.lower()
    if surface.split()[0] in ("will", "would", "shall"):
        return True  # a commitment only where 'will' is the main verb: will_statements
    if surface == "shared" and _SHARED_ADJECTIVE.match(after):
        return True  # "shared prosperity": an adjective
    if says_nothing(act, after) and not _QUOTE_MARK.search(ctx.text, sentence.start, act.start):
        return True  # 'said in his remarks at the ceremony.': the content is elsewhere
    if _with_next_words(act.surface, after) & load_kb().non_acts:
        return True  # 'shared views on ...': an exchange, not a statement
    called = _CALL_ON.fullmatch(surface) and _CALLED_NAME.match(ctx.text, act.end)
    if called and is_courtesy_call(ctx.text, called.end(), sentence.end):
        return True  # 'called on Senior Minister X': a visit, not a request
    if form == "past" and _NOUN_AFTER.match(after) and _ADJECTIVE_BEFORE.search(before):
        return True  # 'the proposed amendments', '7 invited countries': an adjective
    if form == "past" and _INFINITIVE_BEFORE.search(before):
        return True  # 'agreed to put forward', 'will put forward': a base form, not a past
    if act.key == "request" and form == "past" and " " not in surface and _TO_THE.match(after):
        return True  # 'countries invited to the Forum': a request made of them, not by them
    if form in ("base", "present"):
        if follows:
            return False
        subject = finder.right_before(act.start)
        if subject is not None and act.surface[0].islower():
            # 'Mr Peters says', 'member economies acknowledge'; not 'U.S. support for ...'
            plural = subject.kind == "group" or ctx.text[subject.start : subject.end].lower() in (
                "we",
                "they",
            )
            return plural != (form == "base")
        return not _INFINITIVE.search(before)
    return bool(
        before.rstrip().endswith(",")
        and form == "past"
        and " " not in act.surface
        and _WHEN_AFTER.match(after)
    )


_CALL_ON = re.compile(r"(?:call|calls|called|calling)\s+on")
_CALLED_NAME = re.compile(r"\s+(?:H\.E\.\s+|the\s+)?(?=[A-Z])")  # a person or an office
# '“...,” X said during the meeting' attributes a quotation; a single mark closes one only
# after a stop ('...,’ X said'), else it is an apostrophe ('the Party’s')
_QUOTE_MARK = re.compile(r"[”\"]|[’'](?<=[.,!?…][’'])")
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|\d+|on|of|for|with|in|by)\s+\Z", re.IGNORECASE
)
_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*(?:s|ion|ment|ies)\b")
_INFINITIVE_BEFORE = re.compile(r"\b(?:to|will|would|shall|can|could|may|might|must|should)\s+\Z")
_TO_THE = re.compile(r"\s+(?:to|on|of)\s+(?:the|a|an|this|its)\b")


def _with_next_words(surface: str, after: str) -> set[str]:
    """The act phrase with the one or two words after it, lower case."""
    words = after.split(maxsplit=2)[:2]
    return {" ".join([surface.lower(), *words[:n]]).lower().strip(" ,.") for n in (1, 2)}


_SHARED_ADJECTIVE = re.compile(rf"\s+(?:{statement_words().shared_nouns})\b")
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:(?:in|during|since|on)\s+)?(?:\d{4}|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|(?:last|earlier)\b)"
)


def _adding(act, form: str) -> bool:
    """', adding that ...', ', saying ...': said by the sentence's subject, whoever acts in
    what was said before it."""
    return form == "ing" and act.surface.lower() in _SPEECH_ING


_SPEECH_ING = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))


def _subject(
    finder: SpeakerFinder, sentence: Sentence, lo: int, act, coordinated: bool
) -> tuple[tuple[str, ...], int] | None:
    """The clause's subject; for '..., and agreed' with no act before, the sentence's subject."""
    hi = act.start
    if coordinated:
        first = finder.subject_before(sentence.start, hi, first=True)
        if first is not None:
            return first
    return finder.subject_before(lo, hi)


def _act_class(act, after: str) -> str | None:
    """The act class; 'expressed X' takes its class from X."""
    if act.surface.lower() in ("expressed", "expressing", "express", "expresses"):
        m = _EXPRESSED.match(after)
        if m is None:
            return None
        return _EXPRESSED_ACT.get(m.group("what"), "state")
    return act.key


def _passive(
    ctx: Context, sentence: Sentence, act, kind: str, finder: SpeakerFinder, in_complement: bool
) -> list[Statement]:
    """'was adopted at the Meeting' -> the meeting's forum; 'endorsed by A, B' -> A and B."""
    text = ctx.text
    agent = _BY_AGENT.match(text[act.end : sentence.end])
    end = clause_end(text, act.end, sentence.end, [])
    evidence = (sentence.start, end)
    if agent:
        lo = act.end + agent.end()
        hi = clause_end(text, lo, sentence.end, [])
        agents = _agent_list(
            text,
            [c for c in finder.between(lo, hi) if c.kind in ("person", "country", "title")],
            lo,
        )
        speakers = [s for c in agents for s in finder.resolve(c)]
        return [Statement(s, kind, text[evidence[0] : end].strip(), evidence) for s in speakers]
    if in_complement or finder.forum in (None, "bilateral", "trilateral") or kind in _DONE_TO:
        return []  # 'were briefed', 'was invited': the forum did not act
    return [Statement(finder.forum, kind, text[evidence[0] : end].strip(), evidence)]


_DONE_TO = ("state", "request", "commit", "propose")  # by someone the passive leaves unnamed


def _agent_list(text: str, candidates: list, lo: int) -> list:
    """'by A, B, C and D': the agents listed right after 'by', not later names."""
    out, cursor = [], lo
    for cand in candidates:
        if not _LIST_GAP.fullmatch(text[cursor : cand.start]):
            break
        out.append(cand)
        cursor = cand.end
    return out


# between agents: a comma or 'and', then the words of a title ('South Korean President')
_LIST_GAP = re.compile(r"\s*(?:,|and|, and|as well as|or)?\s*(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}")
_MAX_ACTS_PER_SENTENCE = 40
