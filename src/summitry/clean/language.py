"""The language of a page's body: English prose is known by its function words alone; any
other body, or one that is not plainly English all through, goes to py3langid's model.

The cheap test only ever answers "en" where the model answers "en" (kb/language.yaml holds
the words; tests/clean/test_language.py checks both on English and other pages), so the
record is the same either way; a run over English pages never loads the model.
"""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path
from typing import Any

from summitry.kb.data import read_yaml
from summitry.user_cache import cached, digest, file_stamp

__all__ = ["detect_language", "plainly_english"]

SAMPLE = 3000  # characters of the body the model reads
MIN_WORDS = 100  # fewer words than this: a passage in another language may sway the model
MIN_SHARE = 0.25  # function words among all words
MAX_RUN = 14  # most words in a row that are not function words (a passage in another language)
LIST_RUN = 30  # ... unless they are a list of names: at most this many,
LIST_LOWER = 6  # with no more than this many lower-case words among them in a row
MAX_OTHER_LETTERS = 0.01  # letters outside a-z among all letters

_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"[^\W\d_]+")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")
# what _WORD finds in ASCII text, found several times faster (no Unicode class to look up)
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# punctuation and spaces outside ASCII that prose is full of: none of them is a word
# character, so a space in their place changes no word of the text
_ODD_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u2022\u00b7\u200b"


def ascii_punctuation(text: str) -> str:
    """text with every character outside ASCII that is no word character (the punctuation
    of _ODD_PUNCTUATION first, then any other: '°', '※') as a space: the same words, and
    ASCII text when it holds no letter or digit outside ASCII."""
    if text.isascii():
        return text
    for char in _ODD_PUNCTUATION:
        if char in text:
            text = text.replace(char, " ")
    if not text.isascii():
        for char in set(_NOT_ASCII.findall(text)):
            if not char.isalnum():  # what r"\w" matches outside ASCII
                text = text.replace(char, " ")
    return text


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the body, or None for an empty one."""
    sample = text[:SAMPLE]
    if len(list(itertools.islice(_WORD_CHAR.finditer(sample), 3))) < 3:
        return None  # fewer than three word characters (the third ends the count)
    if plainly_english(sample):
        return "en"
    return _identifier().classify(sample)[0]


def plainly_english(sample: str) -> bool:
    """Enough words, in Latin letters, a quarter of them English function words, and never
    more than MAX_RUN words in a row without one (LIST_RUN in a list of names)."""
    plain = ascii_punctuation(sample)
    words = _ASCII_WORD.findall(plain) if plain.isascii() else _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return False
    if not plain.isascii():
        others = len(_OTHER_LETTER.findall(sample))
        if others > MAX_OTHER_LETTERS * sum(map(len, words)):
            return False
    kinds = "".join(map(_KINDS.__getitem__, words))
    runs = kinds.split("f")  # the words in a row between two function words
    longest = max(map(len, runs))
    if longest > LIST_RUN or (longest > MAX_RUN and max(map(_lower_count, runs)) > LIST_LOWER):
        return False
    return len(runs) - 1 >= MIN_SHARE * len(words)


def _lower_count(run: str) -> int:
    return run.count("l")


class _WordKinds(dict[str, str]):
    """Each word as one letter, worked out once per word: "f" an English function word, "l"
    another word that opens in lower case, "u" the rest."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _KINDS_KEPT:
            self.clear()
        kind = "f" if word.lower() in _function_words() else "l" if word[0].islower() else "u"
        self[word] = kind
        return kind


_KINDS_KEPT = 100_000  # words remembered, at most
_KINDS = _WordKinds()


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_yaml("language")["english_function_words"])


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier, kept in the user's cache once its model is decompressed (a
    few hundredths of a second to read back against half a second to decompress)."""
    import py3langid
    from py3langid import langid

    model = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    stamps = [file_stamp(model), file_stamp(Path(langid.__file__ or ""))]
    if not all(stamps):  # not plain files on disk: nothing to tell a stale entry by
        return langid._get_identifier()  # noqa: SLF001
    key = digest([getattr(py3langid, "__version__", ""), *stamps])
    identifier = cached("py3langid", key, langid._get_identifier)  # noqa: SLF001
    langid.IDENTIFIER = identifier  # py3langid.classify elsewhere uses the same one
    return identifier
