"""Initiatives by their shape: capitalised phrases ending in Initiative, Fund, Vision, Plan of
Action, Roadmap, Policy, Partnership, Goals, Framework, Declaration, Taskforce ...; acronym and
long-form pairs "(FTAAP)"; and quoted Title-Case names ("Digital Platform Government").
"""

from __future__ import annotations

import re

from summitry.extract.context import Context, Mention
from summitry.extract.meetings import THEME
from summitry.extract.patterns import word_start
from summitry.kb import KnowledgeBase, load_kb

__all__ = ["initiative_spans", "initiatives_in_text"]

# fmt: off
_KEYWORDS = (
    "Initiatives?", "Sub-Fund", "Fund", "Facility", "Vision", "Plan of Action", "Master Plan",
    "Action Plan", "Plan", "Roadmap", "Road Map", "Blueprint", "Policy", "Policies", "Agreement",
    "Partnership", "Goals", "Framework", "Declaration", "Statement", "Communiqu[eé]", "Charter",
    "Concord", "Treaty", "Accord", "Taskforce", "Task Force", "Network", "Strategy", "Programme",
    "Program", "Project", "Model", "Report", "Deal", "Agenda", "Mechanism", "Compact",
    "Principles", "Outlook", "Consensus", "Pathway", "Pathways", "Guidelines", "Work Plan",
    "Work Programme", "Action Agenda", "Multilateralisation", "Multilateralization",
)
# fmt: on
_SPACE = r"\s"
# A capitalised word; its hyphens belong to it ("ASEAN-ROK"), so words are split by spaces only.
_CAP = r"(?:[A-Z][\w’'&+]*(?:-[\w’'&+]+)*)"
_NUM = r"(?:(?:19|20)\d\d|COVID-19)"
_LINK = r"(?:of|for|on|and|the|to|in|de|a|an|from|towards|Towards|&)"
_KEYWORD = re.compile(rf"(?:{word_start(*_KEYWORDS, after=_SPACE)})(?![\w-])")
_NAME_WORD = re.compile(rf"(?:{_CAP}|{_NUM}|{_LINK})")
_LINK_WORD = re.compile(_LINK)
_LINK_THEN_SPACE = re.compile(rf"{_LINK}\s")
_WORD = re.compile(r"\S+")
# After the keyword: a year or span of years, then 'for/on/of/towards' + capitalised words.
# Every repetition is bounded, so no input makes this slow.
_AFTER_KEYWORD = re.compile(
    r"(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?"
    rf"(?:\s+(?:for|on|of|towards|Towards|to)\s+(?:the\s+)?(?:{_CAP}|{_NUM})"
    rf"(?:,?\s+(?:{_LINK}\s+){{0,3}}(?:{_CAP}|{_NUM})){{0,10}}"
    r"|\s+for the years? \d{4}\s*[-–]\s*\d{4})?"
)
_MAX_WORDS_LEFT = 12
_LOWER_KEYWORD = re.compile(  # the first capital opens the pattern: the engine skips to it
    rf"(?P<name>[A-Z](?<![\w-][A-Z])[\w’'&+]*(?:-[\w’'&+]+)*(?:\s+(?:and\s+)?{_CAP}){{1,6}})"
    r"\s+(?:program|programme|"
    r"project|initiative|system)\b"
)
_LOWER_KEYWORD_WORD = re.compile(
    rf"(?:{word_start('program', 'programme', 'project', 'initiative', 'system', after=_SPACE)})\b"
)
_LOWER_KEYWORD_REACH = 400
_PAIR = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{0,12}[A-Z](?:\s?\d{4})?)\)")
_QUOTED = re.compile(r"[“\"](?P<name>(?:the\s+)?[A-Z][^”\"]{3,90}?)[,.]?[”\"]")
_LEAD = re.compile(
    r"^(?:(?:The|the|This|These|Its|Their|A|An|In|At|On|Under|Through|With|For|During|To|By|"
    r"From|Regarding|Concerning|As|And|Of)\s+|[A-Z][\w-]*ing\s+|[A-Z][\w.-]*(?:’s|'s)\s+"
    r"|[A-Z][\w-]*-led\s+|(?:final\s+)?draft\s+)+"
)
_DOC_WORDS = re.compile(
    r"\b(?:Fund|Sub-Fund|Initiative|Vision|Plan|Roadmap|Road Map|Policy|Agreement|Partnership|"
    r"Goals|Framework|Declaration|Statement|Taskforce|Task Force|Network|Strategy|Programme|"
    r"Program|Model|Report|Deal|Agenda|Area|Platform|Government|Charter|Treaty|Facility)\b"
)


def initiatives_in_text(ctx: Context) -> None:
    """Fill ctx.initiatives: every named initiative once, with all its spans."""
    themes = frozenset(_clean(m.group("theme")) for m in THEME.finditer(ctx.text))
    ctx.initiatives = initiative_spans(ctx.text, load_kb(), themes, ctx.matches)


def initiative_spans(
    text: str, kb: KnowledgeBase, themes: frozenset[str] = frozenset(), matches: list | None = None
) -> list[Mention]:
    found: list[Mention] = []
    pairs = _pairs(text, kb)
    matches = kb.find(text) if matches is None else matches
    known = _known(matches)
    for name, start, end in [*pairs, *known, *_shaped(text, kb), *_quoted(text, kb, themes)]:
        _add(found, name, start, end, pairs)
    return _drop_prefixes(found)


def _known(matches: list) -> list[tuple[str, int, int]]:
    """Initiatives the kb knows, each under its fullest spelling on the page: 'AOIP' and
    'ASEAN Outlook on the Indo-Pacific' are one initiative."""
    spelled: dict[str, str] = {}
    for m in matches:
        if m.kind == "initiative" and len(m.surface) > len(spelled.get(m.key, "")):
            spelled[m.key] = m.surface
    return [(spelled[m.key], m.start, m.end) for m in matches if m.kind == "initiative"]


def _clean(name: str) -> str:
    name = _LEAD.sub("", name.strip(' ,.;:“”"‘’'))
    return re.sub(r"\s+", " ", name)


def _is_other_thing(name: str, kb: KnowledgeBase) -> bool:
    """An organisation, forum, country or meeting is not an initiative."""
    if re.search(r"\b(?:Meeting|Summit|Conference|Ministers?|Leaders)['’]?s?$", name):
        return True
    whole = kb.whole(name)
    if whole is not None and whole.kind != "initiative":
        return True
    return len(name.split()) < 2 and not re.search(r"\d", name)


def _shaped(text: str, kb: KnowledgeBase) -> list[tuple[str, int, int]]:
    """Capitalised names ending in a keyword, found from each keyword leftwards (linear time)."""
    found = [(m.start(), _name_end(text, m.end())) for m in _KEYWORD.finditer(text)]
    found = [(_name_start(text, k), end) for k, end in found]
    found += [(m.start("name"), m.end()) for m in _lower_keyword_names(text)]
    found = [
        (s, e)
        for s, e in found
        if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found)
    ]
    out = []
    for start, end in found:
        raw = text[start:end]
        name = _clean(raw)
        if len(name.split()) >= 2 and not _is_other_thing(name, kb):
            first = start + raw.find(name.split()[0])
            out.append((name, first, first + len(name)))
    return out


def _lower_keyword_names(text: str) -> list[re.Match[str]]:
    """The matches of _LOWER_KEYWORD.finditer(text), found from the keywords: the pattern
    runs only in the stretch before each 'program', 'project' ... (a name of at most seven
    words fits in _LOWER_KEYWORD_REACH characters)."""
    out: list[re.Match[str]] = []
    pos = 0
    for keyword in _LOWER_KEYWORD_WORD.finditer(text):
        if keyword.start() < pos:
            continue
        lo = max(pos, keyword.start() - _LOWER_KEYWORD_REACH)
        m = _LOWER_KEYWORD.search(text, lo, keyword.end())
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _name_start(text: str, keyword: int) -> int:
    """Where the run of capitalised words (and links between them) before a keyword begins."""
    start = keyword
    words = list(_WORD.finditer(text, max(0, keyword - 200), keyword))
    linked = False
    for m in reversed(words[-_MAX_WORDS_LEFT:]):
        word, end = m.group(), m.end()
        token = word.lstrip('“"‘(')
        if not _NAME_WORD.fullmatch(token) or text[end:start].strip():
            break
        is_link = bool(_LINK_WORD.fullmatch(token))
        if is_link and linked:
            break  # 'Plan and the Food Security Roadmap': two names, not one
        linked = is_link
        start = end - len(token)
        if token != word:
            break  # an opening quote or bracket starts the name
    while start < keyword and _LINK_THEN_SPACE.match(text, start, keyword):
        start = text.index(" ", start) + 1  # a name does not begin with 'of' or 'and'
    return start


def _name_end(text: str, keyword_end: int) -> int:
    m = _AFTER_KEYWORD.match(text, keyword_end)
    return m.end() if m else keyword_end


def _pairs(text: str, kb: KnowledgeBase) -> list[tuple[str, int, int]]:
    """'Free Trade Area of the Asia-Pacific (FTAAP)' -> the long form, when not an org."""
    out = []
    for m in _PAIR.finditer(text):
        acronym = m.group("acr")
        open_paren = m.start()
        if open_paren < 0 or text[open_paren] != "(":
            continue
        lo = max(0, open_paren - 150)
        long_form = _long_form(text[lo:open_paren], acronym)
        if long_form and _DOC_WORDS.search(long_form) and not _is_other_thing(long_form, kb):
            found = text.rfind(long_form, lo, open_paren)
            start = found if found >= 0 else open_paren - len(long_form)
            out.append((long_form, start, start + len(long_form)))
            out.append((acronym, m.start("acr"), m.end("acr")))
    return out


def _long_form(before: str, acronym: str) -> str | None:
    """The fewest words before '(' whose capitals' initials spell the acronym."""
    words = before.rstrip().split()
    letters = [c for c in acronym if c.isupper()]
    fallback = None
    for size in range(1, min(len(words), 14) + 1):
        candidate = words[-size:]
        if not candidate[0][:1].isupper() or any(c in w for w in candidate for c in "()"):
            continue
        initials = [c for w in candidate if w[:1].isupper() for c in _initials(w)]
        if initials == letters:
            return _clean(" ".join(candidate))
        if fallback is None and _subsequence(letters, initials):
            fallback = _clean(" ".join(candidate))
    return fallback


def _initials(word: str) -> list[str]:
    return [part[0] for part in re.split(r"[-\s]", word) if part[:1].isupper()]


def _subsequence(letters: list[str], initials: list[str]) -> bool:
    if not letters or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(c in it for c in letters) and len(initials) <= len(letters) + 3


def _quoted(text: str, kb: KnowledgeBase, themes: frozenset[str]) -> list[tuple[str, int, int]]:
    out = []
    for m in _QUOTED.finditer(text):
        name = _clean(m.group("name"))
        words = name.split()
        title_case = sum(w[:1].isupper() for w in words) >= max(2, len(words) - 2)
        if (
            len(words) >= 2
            and title_case
            and name not in themes
            and "," not in name
            and not _is_other_thing(name, kb)
        ):
            start = m.start("name") + m.group("name").find(words[0])
            out.append((name, start, start + len(name)))
    return out


def _add(
    found: list[Mention], name: str, start: int, end: int, pairs: list[tuple[str, int, int]]
) -> None:
    canonical = _canonical(name, pairs)
    for mention in found:
        if mention.name.casefold() == canonical.casefold():
            if (start, end) not in mention.spans:
                mention.spans.append((start, end))
            return
    found.append(Mention(canonical, [(start, end)]))


def _inside(spans: list[tuple[int, int]], outer: list[tuple[int, int]]) -> bool:
    """Whether the first span lies within one of the outer spans."""
    start, end = min(spans)
    return any(s <= start and end <= e for s, e in outer)


def _canonical(name: str, pairs: list[tuple[str, int, int]]) -> str:
    """An acronym stands for its long form where the page defines it."""
    for i in range(1, len(pairs), 2):
        if pairs[i][0] == name:
            return pairs[i - 1][0]
    return name


def _drop_prefixes(found: list[Mention]) -> list[Mention]:
    """'Bangkok Goals' is 'Bangkok Goals on BCG Economy' named short, and 'Digital Economy
    Framework Agreement' is 'ASEAN Digital Economy Framework Agreement': keep the long one."""
    keep = []
    for mention in found:
        longer = [
            o
            for o in found
            if o is not mention
            and len(o.name) > len(mention.name)
            and (
                o.name.casefold().startswith(mention.name.casefold() + " ")
                or _inside(mention.spans, o.spans)
            )
        ]
        if longer:
            longer[0].spans.extend(mention.spans)
        else:
            keep.append(mention)
    return sorted(keep, key=lambda m: min(m.spans))
