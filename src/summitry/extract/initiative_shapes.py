"""Where initiative names stand in a text, by shape: capitalised words ending in a head noun
("Putrajaya Vision 2040", "Plan of Action for 2014-2017"), a long form before its acronym
"(FTAAP)", and quoted Title-Case names ("Digital Platform Government").

Each finder gives (name, start, end) candidates; initiatives.py decides which are initiatives.
The head nouns and other words come from kb/initiatives.yaml.
"""

from __future__ import annotations

import functools
import re

from summitry.extract.patterns import WordStarts, char_starts, matches_from, word_start
from summitry.kb.vocab import InitiativeWords, initiative_words

_SPACES = re.compile(r"\s+")

__all__ = [
    "clean",
    "has_head",
    "long_form",
    "lower_head_names",
    "pairs",
    "quoted",
    "quoted_with_head",
    "shaped",
]

Candidate = tuple[str, int, int]

_SPACE = r"\s"
# A capitalised word; its hyphens belong to it ("ASEAN-ROK"), so words are split by spaces only.
_CAP = r"(?:[A-Z][\w’'&+]*(?:-[\w’'&+]+)*)"
_NUM = r"(?:(?:19|20)\d\d|COVID-19|\d+-[A-Za-z]+|\d+(?:st|nd|rd|th))"  # 2040, 5-Year, 52nd
_LINK = r"(?:of|for|on|and|the|to|in|de|a|an|from|towards|Towards|&)"
_NAME_WORD = re.compile(rf"(?:{_CAP}|{_NUM}|{_LINK})")
_LINK_WORD = re.compile(_LINK)
_LINK_THEN_SPACE = re.compile(rf"{_LINK}\s")
_WORD = re.compile(r"\S+")
_YEARS = r"(?:19|20)\d\d(?:\s*[-–−]\s*(?:19|20)?\d\d)?"
# After the head: a year or span of years, bare or in brackets; then 'for/on/of/towards' and
# capitalised words, joined by at most three link words, but never by 'and the' or ', the'
# (which start a second name: 'Vision Statement on X and the ASEAN Outlook'), nor running on
# into an owner's name ('... East Asia Summit and China's contribution'). Every
# repetition is bounded, so no input makes this slow.
_AFTER_HEAD = re.compile(
    r"(?:\s+[IVX]{1,4}(?![\w-]))?"  # 'ASEAN Concord IV'
    rf"(?:\s*\(\s*{_YEARS}\s*\)|\s+{_YEARS})?"
    rf"(?:\s+for\s+(?:the\s+years?\s+)?(?:19|20)\d\d\s*[-–−]\s*(?:19|20)?\d\d"
    rf"|\s+(?:for|on|of|towards|Towards|to)\s+(?:the\s+)?(?:{_CAP}|{_NUM})"
    rf"(?:(?:\s+(?:and|&)\s+|,\s+|\s+(?:(?!and\s+the\s)(?!&\s){_LINK}\s+){{1,3}}|\s+)"
    rf"(?:{_CAP}(?![\w’'&+-])(?<![’']s)|{_NUM})){{0,10}})?"
    rf"(?:\s*\([A-Z][A-Za-z]*[A-Z]\)\s+(?:Plus|{_YEARS})(?![\w-]))?"  # '(MPAC) 2025', '(NSP) Plus'
)
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]*[A-Z]\)")
_SUM_AHEAD = re.compile(r"(?<=[A-Z]{3})\s+(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\w-])")
_CUT_SHORT = re.compile(r"\s+(?:between|among|amongst)\s")
_PURPOSE = re.compile(r"(?:\s+(?:19|20)\d\d\S*)?\s+to\s")
_MAX_WORDS_LEFT = 12
_LOWER_HEAD_REACH = 400  # a name of at most seven words fits in this many characters
_PAIR = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{0,12}[A-Z](?:\s?\d{4})?)\)")
_QUOTED = re.compile(r"[“\"](?P<name>(?:the\s+)?[A-Z][^”\"]{3,90}?)[,.]?[”\"]")
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)\s+)+")
# A policy named with a version: "Thailand 4.0", "Society 5.0".
_VERSIONED = re.compile(r"[A-Z](?<![\w-][A-Z])[\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+\d\.0(?![.\d])")
_LIST_GAP = re.compile(r"[,;]?\s*(?:,|and|or)?\s*")
_LEAD = re.compile(
    r"^(?:(?:The|the|This|These|Its|Their|A|An|In|At|On|Under|Through|With|For|During|To|By|"
    r"From|Regarding|Concerning|As|And|Of)\s+|[A-Z][\w-]*ing\s+|[A-Z][\w.-]*(?:’s|'s)\s+"
    r"|[A-Z][\w-]*-led\s+|(?:final\s+)?draft\s+)+"
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Head, lower-case head, lower-case name and acronym long-form patterns from the kb."""
    words = initiative_words()
    heads = sorted((re.escape(h) for h in words.heads), key=len, reverse=True)
    head = re.compile(rf"(?:{word_start(*heads, after=_SPACE)})(?![\w-])")
    lower = "|".join(re.escape(h) for h in words.lower_heads)
    lower_head = re.compile(rf"(?:{word_start(*words.lower_heads, after=_SPACE)})\b")
    lower_name = re.compile(  # the first capital opens the pattern: the engine skips to it
        rf"(?P<name>[A-Z](?<![\w-][A-Z])[\w’'&+]*(?:-[\w’'&+]+)*(?:\s+(?:and\s+)?{_CAP}){{1,6}})"
        rf"\s+(?:{lower})\b"
    )
    pair_heads = "|".join(re.escape(h) for h in words.pair_heads)
    return head, lower_head, lower_name, re.compile(rf"\b(?:{pair_heads})\b")


def clean(name: str) -> str:
    """A name without quotes, leading articles, prepositions, ordinals or '-ing' words,
    single-spaced: '16th Bay of Bengal Initiative ...' is the body's name."""
    name = _LEAD.sub("", name.strip(' ,.;:“”"‘’'))
    name = _ORDINAL.sub("", name)
    return _SPACES.sub(" ", name)


def has_head(name: str) -> bool:
    """Whether a head word ends some word group of the name ('Declaration on the ...')."""
    return bool(_patterns()[0].search(f" {name}"))


def shaped(text: str) -> list[Candidate]:
    """Capitalised names ending in a head, found from each head leftwards (linear time), and
    capitalised names with a version ('Thailand 4.0')."""
    words = initiative_words()
    head = _patterns()[0]
    heads = matches_from(head, text, _head_starts()[0](text))
    found = [(m.start(), _name_end(text, m.end())) for m in heads]
    found = [(_name_start(text, k, words), end) for k, end in found]
    found += [(m.start("name"), m.end()) for m in lower_head_names(text)]
    if ".0" in text:  # every _VERSIONED match holds one
        found += [(m.start(), m.end()) for m in _VERSIONED.finditer(text)]
    found = _outermost(found)
    out = []
    for start, end in found:
        raw = text[start:end]
        name = clean(raw)
        if len(name.split()) >= 2:
            first = start + raw.find(name.split()[0])
            out.append((name, first, first + len(name)))
    return out


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans inside no other, and of two that overlap the first: in 'Phnom Penh Declaration on
    the East Asia Summit Development Initiative (2018-2022)' the Declaration is the name."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


@functools.cache
def _head_starts() -> tuple[WordStarts, WordStarts]:
    """Where a head word and a lower-case head word begin as words of their own: every match
    of the head and lower-case head patterns begins at one."""
    words = initiative_words()
    return WordStarts(words.heads), WordStarts(words.lower_heads)


def lower_head_names(text: str) -> list[re.Match[str]]:
    """Capitalised names before 'program', 'project' ...: the pattern runs only in the
    stretch before each such word."""
    _, lower_head, lower_name, _ = _patterns()
    out: list[re.Match[str]] = []
    pos = 0
    for keyword in matches_from(lower_head, text, _head_starts()[1](text)):
        if keyword.start() < pos:
            continue
        lo = max(pos, keyword.start() - _LOWER_HEAD_REACH)
        m = lower_name.search(text, lo, keyword.end())
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _name_start(text: str, keyword: int, words: InitiativeWords) -> int:
    """Where the run of capitalised words (and links between them) before a head begins;
    a headline's verb ends it ('Ministers Adopt Joint Communiqué'), and so does the same head
    before 'and' ('Free Trade Agreement and Investment Agreement')."""
    start = keyword
    found = _last_words(text, max(0, keyword - 200), keyword, _MAX_WORDS_LEFT)
    head = _WORD.match(text, keyword)
    linked = ""
    for m in reversed(found[-_MAX_WORDS_LEFT:]):
        word, end = m.group(), m.end()
        if _BRACKETED_ACRONYM.fullmatch(word) and not text[end:start].strip():
            after = _WORD.match(text, start)
            if linked or start == keyword or (after and after.group() in words.generic_words):
                break  # 'Roadmap (AIDER) and APEC ...', '(ACMECS) Summit Press Statement'
            start = m.start()  # 'Bio-Circular-Green (BCG) Economy Model'
            continue
        token = word.lstrip('“"‘(')
        if not _NAME_WORD.fullmatch(token) or text[end:start].strip() or token in words.verbs:
            break
        is_link = bool(_LINK_WORD.fullmatch(token))
        if is_link and linked:
            break  # 'Plan and the Food Security Roadmap': two names, not one
        if linked == "and" and head and token == head.group():
            break  # 'Free Trade Agreement and Investment Agreement': two names
        linked = token if is_link else ""
        start = end - len(token)
        if token != word:
            break  # an opening quote or bracket starts the name
    while start < keyword and _LINK_THEN_SPACE.match(text, start, keyword):
        start = text.index(" ", start) + 1  # a name does not begin with 'of' or 'and'
    return start


def _last_words(text: str, lo: int, hi: int, count: int) -> list[re.Match[str]]:
    """The last count matches of _WORD.finditer(text, lo, hi), scanned from just before
    them: the words are runs of non-space, so those found right after a space are whole."""
    words = text[lo:hi].rsplit(None, count)
    if len(words) > count:
        lo += len(words[0])  # the end of the words before the last count
    return list(_WORD.finditer(text, lo, hi))[-count:]


def _name_end(text: str, keyword_end: int) -> int:
    """The end of the name whose head ends at keyword_end; a headline's verb ends it. Where
    a purpose after the head stops short of the name's end ('Plan of Action to Promote
    Cooperation between ASEAN and ...'), the name is taken to end at its head. A comma
    joins words of the name only in a list closed by 'and'."""
    m = _AFTER_HEAD.match(text, keyword_end)
    if not m or m.end() == keyword_end:
        return keyword_end
    if _CUT_SHORT.match(text, m.end()) and _PURPOSE.match(text, keyword_end):
        return keyword_end
    end = keyword_end
    verbs = initiative_words().verbs
    for word in _WORD.finditer(text, keyword_end, m.end()):
        if word.group() in verbs or _SUM_AHEAD.match(text, word.end()):
            break  # a verb, or a currency before a sum: 'Fund to USD 14 million'
        end = word.end()
    comma = text.find(",", keyword_end, end)
    if comma >= 0 and not _LIST_AND.search(text, comma, end):
        end = comma  # 'Sendai Framework for DRR, Japan will': no list, the name ends before it
    return _without_trailing_link(text, keyword_end, end)


_LIST_AND = re.compile(r"\s(?:and|&)\s")


def _without_trailing_link(text: str, start: int, end: int) -> int:
    """'on the Situation in North Korea and' -> without the last link word(s); and without a
    lone meeting word after them ('Roadmap for Ocean Cooperation to the Meeting')."""
    words = list(_WORD.finditer(text, start, end))
    while words and _LINK_WORD.fullmatch(words[-1].group()):
        words.pop()
    lone = len(words) >= 2 and _LINK_WORD.fullmatch(words[-2].group())
    if lone and words[-1].group() in initiative_words().not_heads:
        return _without_trailing_link(text, start, words[-2].end())
    return words[-1].end() if words else start


def pairs(text: str) -> list[Candidate]:
    """'Free Trade Area of the Asia-Pacific (FTAAP)' -> the long form, then the acronym;
    only where the long form holds a word of an initiative's."""
    pair_head = _patterns()[3]
    out = []
    for m in _PAIR.finditer(text):
        acronym = m.group("acr")
        open_paren = m.start()
        lo = max(0, open_paren - 150)
        name = long_form(text[lo:open_paren], acronym)
        if name and pair_head.search(name):
            found = text.rfind(name, lo, open_paren)
            start = found if found >= 0 else open_paren - len(name)
            out.append((name, start, start + len(name)))
            out.append((acronym, m.start("acr"), m.end("acr")))
    return out


def long_form(before: str, acronym: str) -> str | None:
    """The fewest words before '(' whose capitals' initials spell the acronym."""
    words = before.rstrip().split()
    letters = [c for c in acronym if c.isupper()]
    fallback = None
    initials: list[str] = []  # those of the capitalised words of words[-size:], in order
    for size in range(1, min(len(words), 14) + 1):
        candidate = words[-size:]
        first = candidate[0]
        if "(" in first or ")" in first:
            break  # every longer candidate holds this word too
        if not first[:1].isupper():
            continue
        initials[:0] = _initials(first)
        if initials == letters:
            return clean(" ".join(candidate))
        if fallback is None and _subsequence(letters, initials):
            fallback = clean(" ".join(candidate))
    return fallback


_PART_BREAK = re.compile(r"[-\s]")


def _initials(word: str) -> list[str]:
    return [part[0] for part in _PART_BREAK.split(word) if part[:1].isupper()]


def _subsequence(letters: list[str], initials: list[str]) -> bool:
    if not letters or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(c in it for c in letters) and len(initials) <= len(letters) + 3


def quoted(text: str, themes: frozenset[str]) -> list[Candidate]:
    """Quoted Title-Case names of two words or more: not themes, slogans ('X: Y'), nor areas
    quoted in a list ('in "Development," "Trade and Investment," and "Peace and Security"')
    unless a head word makes them names."""
    found = matches_from(_QUOTED, text, char_starts(text, '“"'))  # _QUOTED.finditer(text)
    out = []
    for i, m in enumerate(found):
        name = clean(m.group("name"))
        words = name.split()
        title_case = sum(w[:1].isupper() for w in words) >= max(2, len(words) - 2)
        listed = _in_quoted_list(text, found, i) and not has_head(name)
        if (
            len(words) >= 2
            and title_case
            and name not in themes
            and "," not in name
            and ":" not in name
            and not listed
        ):
            start = m.start("name") + m.group("name").find(words[0])
            out.append((name, start, start + len(name)))
    return out


def quoted_with_head(text: str) -> list[Candidate]:
    """A quoted phrase in lower case and the head after it: the '"sustaining peace"
    initiative' (a quoted Title-Case name is a name alone: 'the "Global Pivotal State" vision')."""
    out = []
    for m in _quoted_head().finditer(text):
        if not m.group("name")[:1].islower():
            continue
        name = f"{m.group('name').strip()} {m.group('head')}"
        out.append((name, m.start("name"), m.end()))
    return out


@functools.cache
def _quoted_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in initiative_words().quoted_heads)
    return re.compile(rf"[“\"](?P<name>[^”\"\n]{{3,60}})[”\"]\s+(?P<head>{heads})\b")


def _in_quoted_list(text: str, found: list[re.Match[str]], i: int) -> bool:
    """Whether quotation i has another next to it, a comma or an 'and' apart."""
    before = found[i - 1].end() if i > 0 else None
    after = found[i + 1].start() if i + 1 < len(found) else None
    return (before is not None and bool(_LIST_GAP.fullmatch(text, before, found[i].start()))) or (
        after is not None and bool(_LIST_GAP.fullmatch(text, found[i].end(), after))
    )
