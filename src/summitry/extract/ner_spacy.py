"""Optional statistical NER: a spaCy model adds the people, organisations and countries that
the rule-based core missed. Off unless a model is named (`--ner MODEL`, or the environment
variable SUMMITRY_NER_MODEL, read by the command line); without it the core runs unchanged.

What it adds never repeats what the core found: an entity that overlaps a span the core
already holds (a knowledge-base match, a person, a meeting, an initiative) is dropped.
- PERSON -> a person (role "mentioned") with every span that names them: two words or more,
  none of them an acronym ('AMM Held' is no one);
- ORG -> an organisation, by its knowledge-base key where it has one, else as written: two
  words or more, or an acronym, with no digits ('COVID-19'), and no arm of a government
  ('Ministry of Foreign Affairs': the spec counts governments as countries);
- GPE -> a country, where the knowledge base knows it as a state or economy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summitry.extract.context import Context
from summitry.extract.people import PersonMention
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.cues import meeting_heads
from summitry.kb.people_words import ref_title_words

__all__ = ["ENV_VAR", "disable", "enable", "load_model", "statistical_entities"]

ENV_VAR = "SUMMITRY_NER_MODEL"
# Pipes that find entities; the rest (tagger, parser, lemmatizer...) are switched off.
_ENTITY_PIPES = ("tok2vec", "transformer", "ner", "entity_ruler")
_LEAD = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ACRONYM = re.compile(r"[A-Z][A-Z&.-]*[A-Z]")
_GOVERNMENT_BODY = re.compile(
    rf"^(?:{'|'.join(ref_title_words().government_bodies)})\b", re.IGNORECASE
)
# Not a name: a meeting ('Related Summits'), a heading in capitals, a list or a bracket.
_NOT_A_NAME = re.compile(
    rf"(?:{meeting_heads().alternation})s?$|^[^a-z]*[A-Z]{{2}}[^a-z]* [^a-z]+$"
    r"|[(),;:\"“”\[\]]"
)


@dataclass(slots=True)
class _Backend:
    nlp: Any = None  # a spaCy Language, once a model is loaded


_BACKEND = _Backend()


def load_model(model: str) -> tuple[Any, str | None]:
    """(nlp, None) with only the entity pipes on; or (None, the one-line reason it cannot be
    used). model is an installed package name or a folder written by nlp.to_disk()."""
    try:
        import spacy
    except ImportError:
        return None, (
            f"--ner {model}: spaCy is not installed (pip install 'summitry[spacy]'); "
            "extracting with the rule-based core alone"
        )
    try:
        nlp = spacy.load(model)
    except (OSError, ValueError, ImportError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return None, (
            f"--ner {model}: cannot load this spaCy model ({reason[:160]}); "
            "extracting with the rule-based core alone"
        )
    if not any(p in ("ner", "entity_ruler") for p in nlp.pipe_names):
        return None, f"--ner {model}: the model has no 'ner' pipe; extracting without it"
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in _ENTITY_PIPES])
    return nlp, None


def enable(model: str) -> str | None:
    """Use the model for every page extracted from now on in this process. Returns None, or
    the one-line reason it cannot be used, in which case the core runs alone."""
    nlp, problem = load_model(model)
    _BACKEND.nlp = nlp
    return problem


def disable() -> None:
    """Back to the rule-based core alone."""
    _BACKEND.nlp = None


def statistical_entities(ctx: Context) -> None:
    """Pipeline component: add the model's entities that the core missed (no-op when off)."""
    if _BACKEND.nlp is None or not ctx.text.strip():
        return
    kb = load_kb()
    taken = _taken_spans(ctx)
    for ent in _BACKEND.nlp(ctx.text).ents:
        start, end, text = _trimmed(ent.start_char, ent.end_char, ent.text)
        if not text or _NOT_A_NAME.search(text) or any(s < end and start < e for s, e in taken):
            continue
        if ent.label_ == "PERSON":
            _add_person(ctx, text, start, end)
        elif ent.label_ == "ORG":
            _add_organization(ctx, kb, text)
        elif ent.label_ == "GPE":
            code = kb.country_code(text)
            if code and code not in ctx.record.countries:
                ctx.record.countries.append(code)


def _taken_spans(ctx: Context) -> list[tuple[int, int]]:
    """Every span the core already holds."""
    spans = [(mt.start, mt.end) for mt in ctx.matches]
    spans += [s for p in ctx.people for s in p.spans]
    spans += [s for m in ctx.meetings for s in m.spans]
    spans += [s for i in ctx.initiatives for s in i.spans]
    return spans


def _trimmed(start: int, end: int, text: str) -> tuple[int, int, str]:
    """'the Mekong River Commission' -> 'Mekong River Commission'; 'Jane Roe’s' -> 'Jane Roe'."""
    lead = _LEAD.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end() :]
    tail = _POSSESSIVE.search(text)
    if tail:
        end, text = end - len(tail.group()), text[: tail.start()]
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return start, start + len(stripped), stripped


def _add_person(ctx: Context, name: str, start: int, end: int) -> None:
    """A full name of two words or more; a single word is a short mention of someone known."""
    words = name.split()
    if len(words) < 2 or not name[:1].isupper() or any(c.isdigit() for c in name):
        return
    if any(_ACRONYM.fullmatch(w) for w in words):
        return
    for person in ctx.people:
        if person.name.casefold() == name.casefold():
            if (start, end) not in person.spans:
                person.spans.append((start, end))
            return
        if name.casefold() in person.name.casefold() or person.name.casefold() in name.casefold():
            return  # a shorter or longer form of someone the core found
    ctx.people.append(PersonMention(name, None, None, [(start, end)]))


def _add_organization(ctx: Context, kb: KnowledgeBase, name: str) -> None:
    """By its knowledge-base key where it has one; a country or forum is no organisation."""
    if not name[:1].isupper() or any(c.isdigit() for c in name):
        return
    key = kb.organization_key(name)
    if key is None and (len(name.split()) < 2 and not _ACRONYM.fullmatch(name)):
        return
    if key is None and _GOVERNMENT_BODY.match(name):
        return
    if key is None and (kb.country_code(name) or kb.forum_key(name) or kb.whole(name)):
        return
    key = key or name
    if key not in ctx.record.organizations:
        ctx.record.organizations.append(key)
