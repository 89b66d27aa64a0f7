"""A person's role at the page's meeting, read from their own sentences: who chaired, who
took part, who is only referred to. The cue phrases live in kb/roles.yaml."""

from __future__ import annotations

import bisect
import re
from functools import cache

from summitry.extract.context import Context, Sentence
from summitry.extract.patterns import Needs
from summitry.kb.people_words import role_cues

__all__ = ["DEFAULT_ROLE", "person_role"]

# The role of someone the page names with no cue to what they did: a press release about a
# meeting mostly names the people who took part in it.
DEFAULT_ROLE = "attendee"


def _alternation(fragments: tuple[str, ...]) -> str:
    return "|".join(fragments) or "(?!)"


def first_letters(fragments: tuple[str, ...]) -> str | None:
    """The letters the regex fragments begin with, when each opens with a plain ASCII letter
    (not made optional, no '|' outside brackets): a match of their alternation begins with
    one of them, in any case the flags allow ('[k]' and 'k' match the same characters under
    re.IGNORECASE). None when some fragment opens otherwise."""
    letters = set()
    for fragment in fragments:
        first = fragment[:1]
        if not (first.isascii() and first.isalpha()) or fragment[1:2] in ("?", "*", "{"):
            return None
        if _has_top_level_bar(fragment):
            return None
        letters.add(first)
    return "".join(sorted(letters)) or None


def _has_top_level_bar(fragment: str) -> bool:
    """Whether a regex fragment has a '|' outside brackets and character classes."""
    depth, i = 0, 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2  # the escaped character
            continue
        if char == "[":  # a class: its ']' closes it, unless first (after any '^')
            i += 1
            i += fragment[i : i + 1] == "^"
            i += fragment[i : i + 1] == "]"
            while i < len(fragment) and fragment[i] != "]":
                i += 2 if fragment[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The cue phrases of kb/roles.yaml compiled once."""
    cues = role_cues()

    def words(fragments: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
        firsts = first_letters(fragments)
        ahead = f"(?=[{firsts}])" if firsts else ""  # a cheap test before the alternation
        return re.compile(rf"{ahead}\b(?:{_alternation(fragments)})\b", flags)

    return {
        "chair_by": words(cues.chair_by),
        "capacity": re.compile(
            r"\bin (?:his|her|their) capacity as (?:the )?(?P<co>co-?)?chair", re.IGNORECASE
        ),
        # 'Prime Minister X, as the ASEAN Chair, ...': the chair named in apposition
        "as_chair": re.compile(
            r",?\s+as\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?P<co>[Cc]o-?)?[Cc]hair"
            r"(?:man|person|woman)?\b"
        ),
        # 'A and B of Thailand, the ASEAN Chair for 2019, co-chaired the Summit'
        "chair_verb": re.compile(
            rf"^(?:[^.;]{{0,160}}?\s)?(?P<verb>{_alternation(cues.chair_verbs)})\b(?!\s+by)",
            re.IGNORECASE,
        ),
        "jointly": words(cues.jointly),
        "chair_in_quote": re.compile(
            rf"^[\"“](?=[^\"”]*\b(?:{_alternation(cues.chair_in_quote)})\b)[^\"”]*[\"”]\s*,?\s*"
            r"(?:he|she) (?:said|says|added|noted)\b",
            re.IGNORECASE,
        ),
        "attend": words(cues.attend_after),
        "attended_by": re.compile(rf"\b(?:{_alternation(cues.attend_before)})\b[^;]*$"),
        "attend_any": words(cues.attend_in_sentence),
        "mention_before": words(cues.mention_before),
        "mention_after": words(cues.mention_after),
        "possessed": re.compile(
            rf"^['’]s?\s+(?:{_alternation(cues.mention_possessed)})\b", re.IGNORECASE
        ),
        "meeting": words(cues.meeting_words),
    }


@cache
def _needs() -> dict[str, Needs]:
    """The words each cue pattern's matches hold, to skip a stretch that has none of them."""
    return {name: Needs(pattern) for name, pattern in _patterns().items()}


def _may(name: str, text: str, start: int, end: int) -> bool:
    """False when _patterns()[name] cannot match within text[start:end]."""
    return not _needs()[name].absent(text, start, end)


def person_role(ctx: Context, person) -> str:
    """chair / co_chair when a chair cue governs a span; attendee on an attend cue, mentioned
    on a cue of mere reference; else the default for someone the page names. Someone only
    the headline names chairs when the body, in the first person, says so ('I am honoured
    to host the 8th ACMECS Summit')."""
    if not person.spans and _FIRST_PERSON_CHAIR.search(ctx.text):
        return "chair"
    spans = sorted(person.spans)
    sentences = [_sentence(ctx, start, end) for start, end in spans]
    for (start, end), sentence in zip(spans, sentences, strict=True):
        role = sentence and _chair_role(ctx, person, sentence, start, end)
        if role:
            return role
    if any(_chaired_in_own_words(ctx, person, sentence) for sentence in sentences if sentence):
        return "chair"
    cues = [
        _span_cue(ctx, person, sentence, start, end)
        for (start, end), sentence in zip(spans, sentences, strict=True)
        if sentence is not None
    ]
    if "attendee" in cues:
        return "attendee"
    if "mentioned" in cues or person.title_head in role_cues().mention_titles:
        return "mentioned"
    return DEFAULT_ROLE if _patterns()["meeting"].search(ctx.text) else "mentioned"


_FIRST_PERSON_CHAIR = re.compile(
    r"\bI\s+(?:(?:am|was)\s+(?:honou?red|pleased|delighted|privileged)\s+to\s+)?"
    r"(?:host|chair|hosted|chaired)\s+the\b"
)


def _chaired_in_own_words(ctx: Context, person, sentence: Sentence) -> bool:
    """'Prime Minister X expressed her satisfaction ... "It is a great honour to have chaired
    this summit," she said.': the quote right after the person's sentence, in their words."""
    i = bisect.bisect_right(ctx.sentences, sentence.end, key=lambda s: s.start)
    if i >= len(ctx.sentences):
        return False
    after = ctx.sentences[i]
    others = _others_named(ctx, person, sentence.end, after.end)
    return not others and bool(_patterns()["chair_in_quote"].match(after.text))


def _sentence(ctx: Context, start: int, end: int) -> Sentence | None:
    """The sentence of a name; the one before or after it too when a split fell on an
    abbreviation ('chaired by President Hon. | Joe Biden', 'Ma. | Hellen Barber-De La Vega')."""
    i = bisect.bisect_right(ctx.sentences, start, key=lambda s: s.start) - 1
    if i < 0 or start >= ctx.sentences[i].end:
        return None
    first = last = i
    if end > ctx.sentences[i].end and i + 1 < len(ctx.sentences):
        last = i + 1
    elif (
        i > 0
        and not ctx.text[ctx.sentences[i].start : start].strip()
        and _ABBREVIATION_END.search(ctx.sentences[i - 1].text)
    ):
        first = i - 1
    if first == last:
        return ctx.sentences[i]
    a, b = ctx.sentences[first].start, ctx.sentences[last].end
    return Sentence(a, b, ctx.text[a:b])


_ABBREVIATION_END = re.compile(r"\b[A-Z][a-z]{0,3}\.$")


def _span_cue(ctx: Context, person, sentence: Sentence, start: int, end: int) -> str | None:
    """attendee / mentioned from the cues around one mention, else None."""
    pats, text = _patterns(), ctx.text
    before, after = text[sentence.start : start], text[end : sentence.end]
    # each search runs only where the stretch it reads holds one of its words (_may)
    cue = (
        pats["mention_before"].search(before)
        if _may("mention_before", text, sentence.start, start)
        else None
    )
    if (
        (cue and "," not in before[cue.end() :])
        or (_may("mention_after", text, end, end + 80) and pats["mention_after"].search(after[:80]))
        or _in_the_past(ctx, after[:100])
        or pats["possessed"].match(after)
    ):
        return "mentioned"
    attend = pats["attend"].search(after[:300]) if _may("attend", text, end, end + 300) else None
    if attend and (attend.start() <= 120 or _one_clause(ctx, end, end + attend.start())):
        return "attendee"
    if (
        _may("attended_by", text, sentence.start, start) and pats["attended_by"].search(before)
    ) or (
        _may("attend_any", text, sentence.start, sentence.end)
        and pats["attend_any"].search(sentence.text)
    ):
        return "attendee"
    if _reported(ctx, person, sentence.start, start):
        return "mentioned"
    return None


_YEAR = re.compile(r"\bin (?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b")


def _in_the_past(ctx: Context, after: str) -> bool:
    """'presented by President Moon at the Commemorative Summit in 2019': a deed of an
    earlier year than the page's."""
    year = _YEAR.search(after.split(",")[0])
    anchor = ctx.anchor
    return bool(year and anchor and int(year.group(1)) < anchor.year)


def _reported(ctx: Context, person, sentence_start: int, start: int) -> bool:
    """'Minister Kang stressed that ... Minister Yoo is the right person', 'He conveyed the
    condolences ... to Prime Minister Luxon': named in what another person said or did."""
    first_act = _first_act(ctx, sentence_start, start)
    if first_act is None:
        return False
    if _PRONOUN_SUBJECT.search(ctx.text[sentence_start:first_act]):
        return True
    return _others_named(ctx, person, sentence_start, first_act)


_PAGE = Sentence(-1, -1, "")  # the key of what is kept for the whole page


def _first_act(ctx: Context, start: int, end: int) -> int | None:
    """Where the first act word within text[start:end] begins (page offset), found among the
    page's acts by bisection rather than by reading every match of a long sentence."""
    acts = ctx.per_sentence("acts", _PAGE, lambda _: [mt for mt in ctx.matches if mt.kind == "act"])
    i = bisect.bisect_left(acts, start, key=lambda mt: mt.start)
    while i < len(acts) and acts[i].start < end:
        if acts[i].end <= end:
            return acts[i].start  # type: ignore[no-any-return]
        i += 1
    return None


def _others_named(ctx: Context, person, start: int, end: int) -> bool:
    """Whether a span of someone else of ctx.people begins within [start, end): bisected
    among the spans of all of them, kept for the page."""
    people, count, starts, owners = ctx.per_sentence("people", _PAGE, lambda _: _spans_of(ctx))
    if people is not ctx.people or count != len(people):
        _, _, starts, owners = _spans_of(ctx)
    i = bisect.bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        if owners[i] is not person:
            return True
        i += 1
    return False


def _spans_of(ctx: Context) -> tuple[list, int, list[int], list]:
    """ctx.people and how many it holds, and where each span of theirs begins, in order,
    with whose span it is."""
    spans = sorted((s, i) for i, p in enumerate(ctx.people) for s, _ in p.spans)
    return ctx.people, len(ctx.people), [s for s, _ in spans], [ctx.people[i] for _, i in spans]


def _one_clause(ctx: Context, start: int, end: int) -> bool:
    """No verb of saying and no new clause between a name and the verb it governs ('A, the
    Minister of X, B and C, ... attended')."""
    if _CLAUSE.search(ctx.text, start, end):
        return False
    return not any(mt.kind == "act" for mt in ctx.matches_in(start, end))


_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=,\s))(?:He|She|They|We|I)\b")
_CLAUSE = re.compile(r"\b(?:which|who|that|said|says|while|when|where|after|before)\b|;")


def _chair_role(ctx: Context, person, sentence: Sentence, start: int, end: int) -> str | None:
    """chair / co_chair when a chair cue in the sentence governs this span, else None."""
    pats, text = _patterns(), ctx.text
    stop = min(sentence.end, end + 240)
    capacity = (
        pats["capacity"].search(text, end, stop) if _may("capacity", text, end, stop) else None
    )
    if capacity and not _CLAUSE_BREAK.search(text, end, capacity.start()):
        return "co_chair" if capacity.group("co") is not None else "chair"
    stop = min(sentence.end, end + 160)
    as_chair = (
        pats["as_chair"].search(text, end, stop) if _may("as_chair", text, end, stop) else None
    )
    if as_chair and _APPOSITION.fullmatch(text, end, as_chair.start()):
        return "co_chair" if as_chair.group("co") is not None else "chair"
    if not _CO_CHAIRED_NEEDS.absent(text, sentence.start, start) and _CO_CHAIRED_WITH.search(
        text, sentence.start, start
    ):
        return "co_chair"
    who = _WHO_CHAIRED.match(text, end)  # 'Mr X, who chaired today's meeting, told ...'
    if who:
        return "co_chair" if who.group("co") else "chair"
    if not _may("chair_verb", text, end, sentence.end):
        return _chaired_by(ctx, person, sentence, start)
    chaired = pats["chair_verb"].match(text[end : sentence.end])
    if chaired and _held_with(chaired.group("verb"), text[end + chaired.end() : sentence.end]):
        return None  # 'held the 16th Strategic Dialogue with Dr. X': talks of two, no chair
    if chaired and not _NOT_SUBJECT.search(chaired.group(0)):
        joint = pats["jointly"].search(ctx.text, sentence.start, end + chaired.end())
        co = chaired.group("verb").lower().startswith("co-") or joint
        return "co_chair" if co else "chair"
    return _chaired_by(ctx, person, sentence, start)


def _held_with(verb: str, after: str) -> bool:
    """'held the ...' whose object is held with someone named: talks between two sides."""
    return verb.lower().startswith("held") and _WITH_SOMEONE.match(after) is not None


_WITH_SOMEONE = re.compile(r"[^.;]{0,160}?\bwith\s+(?:[A-Z][\w.’'-]*\s+){1,6}")


# only the person's own apposition between the name and 'as the Chair': capitalised words
_APPOSITION = re.compile(r"(?:[\s,()]++|(?:the|of|for|and)\b|[A-Z][\w’'.-]*+)*+")
_WHO_CHAIRED = re.compile(r",\s+who\s+(?:also\s+|had\s+)?(?P<co>co-)?chaired\b")
_NOT_SUBJECT = re.compile(r"\b(?:was|were|is|are|been|which|who|that|attended|by)\b")


def _chaired_by(ctx: Context, person, sentence: Sentence, start: int) -> str | None:
    """'chaired by A and B': each chairs; 'co-chaired by A and B', 'under the
    co-chairmanship of A and B': each co-chairs."""
    pats = _patterns()
    if not _may("chair_by", ctx.text, sentence.start, start):
        return None
    cues = list(pats["chair_by"].finditer(ctx.text, sentence.start, start))
    if not cues:
        return None
    cue = cues[-1].end()
    governed = ctx.text[cue:start]
    if _CHAIR_BREAK.search(governed) or pats["mention_before"].search(governed):
        return None
    said = cues[-1].group(0).lower()
    return "co_chair" if "co-" in said or "joint " in said else "chair"


_CHAIR_BREAK = re.compile(
    r",\s+(?:and\s+)?(?:was|were|which|who|while)\b|\battended\b|\bjoined\b|together with|"
    r"[;:]|\bwith the participation\b"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and\s+)?(?:was|were|which|who|while)\b")
# 'A co-chaired the meeting with B': B co-chairs too
_CO_CHAIRED_WITH = re.compile(r"\bco-chair(?:ed|s)?\b[^.;]{0,120}\bwith\s+[^.;]*$", re.IGNORECASE)
_CO_CHAIRED_NEEDS = Needs(_CO_CHAIRED_WITH)
