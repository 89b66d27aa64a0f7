"""Classify the lines of a scraped page: furniture, metadata, labels, bylines, prose."""

from __future__ import annotations

import re
from functools import cache

from summitry.clean.dates import (
    DATE_VALUE,
    WEEKDAY,
    WEEKDAY_ABBREVIATION,
    WEEKDAY_NAME,
    bare_date,
    normalise_date,
)
from summitry.clean.typography import dashes_spaced, normalise_typography
from summitry.sources import SourceProfile, lexicon

DATE_LINE = re.compile(
    r"^[•·*\-\s]*(?:date(?: (?:of )?(?:publication|published|posted|issued))?|posted(?: on)?"
    r"|(?:first )?published(?: on| date)?|publication date|(?:release|issue) date|issued(?: on)?"
    r"|created(?: on)?|written on|(?:release |publish(?:ed)? )?time"
    r"|(?:posted|submitted|written|published) by .{2,40}? on"
    r"|등록일|작성일|วันที่นำเข้าข้อมูล)\s*[:：]?\s*"
    + rf"(?:{WEEKDAY_ABBREVIATION}[a-z]*\.?,?\s+)?"  # 'Tue, 12/05/2023', 'Tuesday, 5 ...'
    + DATE_VALUE
    + r"(?:(?:,|\s*[-–|@])?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    + r"(?:\s+(?:by|in)\s+.{2,60})?\s*$",
    re.IGNORECASE,
)
DATE_LABEL = re.compile(r"^[•·*\-\s]*(?:date|등록일|작성일)\s*[:：]?\s*$", re.IGNORECASE)
UPDATED_LINE = re.compile(
    r"^(?:วันที่ปรับปรุงข้อมูล|updated|last updated|(?:last )?modified|last reviewed|수정일)\b.*$",
    re.I,
)
VIEWS_LINE = re.compile(
    r"^[•·*|\-\s]*(?:(?:hits?|views?|조회수?|read|viewed)\s*[:：]?\s*([\d,]+)(?:\s+times)?"
    r"|([\d,]+)\s*(?:views?|hits?|reads?|times viewed))\s*$",
    re.IGNORECASE,
)
VIEWS_LABEL = re.compile(r"^[•·*\-\s]*(?:hits?|views?|조회수?)\s*[:：]?\s*$", re.IGNORECASE)
NUMBER = re.compile(r"^[\d,]+$")
# 'Arequipa, Peru, 17 May 2024' or 'VNA - Hanoi, July 25, 2024': a dateline on a line of its own
PLACE_DATE_LINE = re.compile(
    r"^(?:[A-Z][\w.&]{1,15}\s*[-–—]\s*)?[A-ZÀ-Ý][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,5}"
    r"(?:,\s*[A-ZÀ-Ý][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){0,5})?(?:,|\s*\|)?\s+"
    + WEEKDAY
    + DATE_VALUE
    + r"$"
)
MENU = re.compile(r"^(?:[^|]{1,40}\|){2,}[^|]{0,40}$|^(?:[^>]{1,40}\s>\s)+[^>]{1,40}$")


_BLANKS = re.compile(r"[ \t]+")
_SECTION_DATE = re.compile(r"\s+\d{1,2}\s+\w{3,9}\.?\s+\d{4}$")
_LABEL = re.compile(
    r"(?:media|press|news) (?:release|statement)s?(?:\s*[-–—:|]\s*.{2,60})?"
    r"|(?:media|press|news) (?:release|statement)s?\s*(?:no\.?|number|#)\s*[\w/.-]+"
    r"|for immediate release|embargoed?\b.{0,60}|issued by .{3,80}",
    re.I,
)


def normalise_line(line: str) -> str:
    """The line in one typography (clean.typography), its blank runs one space, stripped."""
    if not line.isascii():
        line = normalise_typography(line)
    elif "-" in line:
        line = dashes_spaced(line)
    return _BLANKS.sub(" ", line).strip() if "  " in line or "\t" in line else line.strip()


def is_furniture(line: str, profile: SourceProfile | None) -> bool:
    """Site chrome: lexicon or profile furniture, or a menu of links."""
    if lexicon().furniture.fullmatch(line):
        return True
    if ("|" in line or ">" in line) and MENU.match(line):  # a menu holds its separators
        return True
    return bool(profile and profile.furniture.fullmatch(line))


def is_label(line: str) -> bool:
    """A date, a section name, 'Press Release No. 12', 'For Immediate Release', 'Issued by'."""
    # 'Press Statements 14 Jul 2023': a section name with the page's date
    bare = _SECTION_DATE.sub("", line)
    return bool(
        bare_date(line) or bare.casefold() in lexicon().categories or _LABEL.fullmatch(line)
    )


def is_metadata(line: str) -> bool:
    """A date, update, view-counter line or its label."""
    return _METADATA.match(line) is not None


# DATE_LINE, UPDATED_LINE, VIEWS_LINE, DATE_LABEL or VIEWS_LABEL (all case-blind), tried in
# one call: a line matches it where it matches one of them
_METADATA = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (DATE_LINE, UPDATED_LINE, VIEWS_LINE, DATE_LABEL, VIEWS_LABEL)
    ),
    re.IGNORECASE,
)


# scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese)
# or in syllable blocks that carry a word and its particles (Korean)
_DENSE_SCRIPT = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def word_count(line: str) -> int:
    """Words as an English reader counts them: in Thai, Korean, Chinese or Japanese text every
    two characters count as one, as such lines have few spaces or none."""
    words = len(line.split())
    if line.isascii() or not _DENSE_SCRIPT.search(line):
        return words
    return max(words, len(_DENSE_SCRIPT.findall(line)) // 2)


# Thai, Lao, Myanmar and Khmer have no full stop: a space between two of their letters
# ends a sentence or a clause
_UNSTOPPED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CLAUSE_SPACE = re.compile(f"[{_UNSTOPPED}] [{_UNSTOPPED}]")


def is_body_line(line: str) -> bool:
    """A line that reads like prose rather than a menu or a headline; a photo's caption
    ('... June 8, 2021. (Xinhua/Wang Quanchao)') ends with its credit."""
    words = word_count(line)
    kept = line.rstrip()
    if kept.endswith(")"):  # the only place a credit can stand
        kept = _CREDIT_TAIL.sub("", kept)
    ends = kept.endswith((".", "。", '."', ".”", "!", "?"))
    if words >= 25 and (ends or words >= 60 or has_sentence_break(line)):
        return True
    if words >= 40 and not line.isascii() and _CLAUSE_SPACE.search(line):
        return True
    return words >= 12 and ends


_CREDIT_TAIL = re.compile(r"(?<=[.!?])\s*\([^()]{2,60}\)$")


def has_sentence_break(line: str) -> bool:
    """'... the pandemic. This presents': a full stop inside the line, not after 'Dr' or 'Gen'."""
    for m in _SENTENCE_BREAK.finditer(line):
        word = m.group(1)
        if word.isdigit() or word.endswith(")"):
            return True
        if len(word) >= 4 and word[-1].islower() and f"{word}." not in _honorifics():
            return True
    return False


_SENTENCE_BREAK = re.compile(r"([\w)’']+)[.!?]\s+[A-Z“\"]")


@cache
def _honorifics() -> frozenset[str]:
    from summitry.kb import load_kb

    return frozenset(load_kb().honorifics)


def is_byline(line: str) -> bool:
    """'By Lee Haye-ah', 'Source: Yonhap', 'Photo: VNA': credits, never a headline."""
    return bool(_BYLINE.match(line) or _CREDIT_LINE.match(line))


_BYLINE = re.compile(
    r"^(?i:(?:(?:written|reported|posted|story|text|words|photos?) )?by:?)\s+[A-Z][\w.'’-]*"
    r"(?:(?:\s+|,\s*|\s+(?:and|&)\s+)[A-Z][\w.'’-]*){0,5}"
    r"(?i:,\s*[\w .'’-]{0,30}\b(?:correspondent|reporter|writer|editor|journalist)s?)?$"
)
_CREDIT_LINE = re.compile(
    r"^[(\[]?(?:sources?|photos?|credits?|images?|author|reporter|writer|editor|text|department"
    r"|division|bureau|unit|office|contacts?|tel(?:ephone)?|phone|fax|e-?mail|website)\s*:.{1,80}$",
    re.I,
)


def title_key(text: str) -> str:
    """A headline as compared with its repeats: case and punctuation ignored."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


_NON_WORD = re.compile(r"\W+")


def has_title_key(line: str, key: str) -> bool:
    """title_key(line) == key, the line's key built only where it may be: for a line as long
    case-folded as the key, holding the key's first and last words (each word of the key
    is in the case-folded line, as its key is made from it)."""
    folded = line.casefold()
    if len(folded) < len(key) or key.partition(" ")[0] not in folded:
        return False
    return key.rpartition(" ")[2] in folded and title_key(line) == key


def views_in_line(line: str) -> int | None:
    """The counter of a "hit 12034" / "| 30,405 view" line, else None."""
    m = VIEWS_LINE.match(line)
    return int((m.group(1) or m.group(2)).replace(",", "")) if m else None


def date_line_value(line: str) -> str | None:
    """The date of a 'Date: ...' / 'Posted on ...' line, else None."""
    m = DATE_LINE.match(line)
    return normalise_date(m.group(1)) if m else None


def dated_label(line: str) -> tuple[str, str | None] | None:
    """'5 Dec 2023 Press Releases', 'Press Releases, 5 December 2023', 'December 5, 2023 Leave
    a comment', 'December 5, 2023 by admin': (the date, the section or None) for a short line
    that is a date beside a section name, furniture or a byline."""
    words = line.split()
    if not 3 <= len(words) <= 12:
        return None
    # a date has digits: a side with none is no date (most lines have none)
    numbered = [i for i, word in enumerate(words) if _DIGIT.search(word)]
    if not numbered:
        return None
    for i in range(1, len(words)):
        left = " ".join(words[:i]).rstrip(" ,/|·•-–—")
        right = " ".join(words[i:]).lstrip(" ,/|·•-–—")
        if not (left and right):
            continue
        if (
            i > numbered[0]
            and (date := bare_date(left))
            and (beside := _beside_a_date(right)) is not None
        ):
            return date, beside or None
        if (
            i <= numbered[-1]
            and (date := bare_date(right))
            and (beside := _beside_a_date(left)) is not None
        ):
            return date, beside or None
    return None


_DIGIT = re.compile(r"\d")


def _beside_a_date(part: str) -> str | None:
    """The section a part names, '' for furniture or a byline, None for anything else."""
    if known := lexicon().categories.get(part.casefold()):
        return known
    if lexicon().furniture.fullmatch(part) or _BY_ANYONE.fullmatch(part) or _CLOCK.fullmatch(part):
        return ""
    return None


_BY_ANYONE = re.compile(r"by\s+\S.{0,40}", re.IGNORECASE)
# '10:32 AM', '14:00 (GMT+7)': the time of day a date stamp gives
_CLOCK = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC)[+-]?\d{0,2}(?::?\d{2})?\)?"
    r"|\s+[A-Z]{2,4})?",
    re.IGNORECASE,
)


def may_be_title(line: str) -> bool:
    """Not a label ('... Ned Price:'), a wrapped line, a cut paragraph or a menu of links."""
    return (
        word_count(line) >= 3
        and not line.endswith(":")
        and not line[0].islower()
        and not line.startswith(("•", "·", "▪", "■", "►", "*"))
        and not (line.startswith("(") and line.endswith(")"))  # '(From Xinhua)', a credit
        and not has_sentence_break(line)
        and not _WEEKDAY_STAMP.match(line)
        and line.count(",") < 5
    )


# 'Jakarta, Tuesday (5/12)': a place, a weekday and the day and month, a dateline's stamp
_WEEKDAY_STAMP = re.compile(
    rf"^[A-Z][\w .'’-]{{1,30}},\s*{WEEKDAY_NAME}\s*"
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
)
