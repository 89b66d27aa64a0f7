"""Read the knowledge-base YAML files of the package into typed records."""

from __future__ import annotations

import functools
import importlib.util
import pickle
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from summitry.kb.model import ACT_CLASSES, LEVELS, Country, Forum, Organization, Series
from summitry.user_cache import cached, digest, file_stamp

ACT_FORMS = ("base", "present", "past", "ing")


def read_yaml(name: str) -> dict[str, Any]:
    """Load one data file shipped in this package (summitry/kb/NAME.yaml); each call gets
    its own copy, the file parsed once per process (and kept in the user's cache)."""
    return pickle.loads(_parsed(name))  # noqa: S301 - made by _parsed from the package's file


@functools.cache
def _parsed(name: str) -> bytes:
    """The pickled content of NAME.yaml, parsed by an earlier process if one did."""
    text = resources.files("summitry.kb").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return pickle.dumps(parse_yaml(name, text), protocol=pickle.HIGHEST_PROTOCOL)


def parse_yaml(name: str, text: str) -> Any:
    """The YAML text parsed (an empty one as {}), read back from the user's cache entry
    NAME when an earlier process parsed the same text: PyYAML is imported only to parse."""
    key = digest([name, text, _yaml_build()])
    return cached(f"yaml-{name}", key, lambda: _load_yaml(text))


def _load_yaml(text: str) -> Any:
    import yaml

    try:  # the C loader is several times faster; PyYAML ships it where libyaml exists
        from yaml import CSafeLoader as Loader
    except ImportError:  # pragma: no cover
        from yaml import SafeLoader as Loader  # type: ignore[assignment]
    return yaml.load(text, Loader=Loader) or {}  # noqa: S506 - a safe loader


@functools.cache
def _yaml_build() -> str:
    """Which PyYAML would parse, told without importing it: the files of its package (its
    version's code, and its C loader where it ships one), by name, size and time."""
    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:
        return ""
    files = sorted(p for p in Path(spec.origin).parent.iterdir() if p.is_file())
    return " ".join(map(file_stamp, files))


def _check(raw: dict[str, Any], allowed: frozenset[str], where: str) -> dict[str, Any]:
    """Fail loudly on a key no loader reads (a comma left unquoted in a flow mapping)."""
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"{where}: unexpected keys {sorted(map(str, unknown))} in {raw}")
    return raw


MEMBERSHIP_KEYS = frozenset({"apec", "asean", "apec_since", "asean_since"})
COUNTRY_KEYS = (
    frozenset({"code", "name", "aliases", "demonyms", "capital", "cities"}) | MEMBERSHIP_KEYS
)
ORGANIZATION_KEYS = frozenset({"key", "name", "aliases", "forum"})
FORUM_KEYS = frozenset(
    {"name", "aliases", "parent", "partners", "combine", "meets_as", "reordered"}
)
SERIES_KEYS = frozenset({"name", "forum", "forums", "level", "acronyms", "aliases", "cadence"})
NAMED_KEYS = frozenset({"name", "aliases", "country"})


def _strings(values: Any) -> tuple[str, ...]:
    """A YAML list (or missing value) as a tuple of strings."""
    return tuple(str(v) for v in values or ())


def parse_countries(doc: dict[str, Any]) -> tuple[dict[str, Country], frozenset[str]]:
    """countries.yaml -> countries by alpha-3, and city names kept out of matching."""
    countries = {}
    for raw in doc["countries"]:
        _check(raw, COUNTRY_KEYS, "countries.yaml")
        capital = raw.get("capital")
        countries[raw["code"]] = Country(
            code=raw["code"],
            name=str(raw["name"]),
            aliases=_strings(raw.get("aliases")),
            demonyms=_strings(raw.get("demonyms")),
            capital=str(capital) if capital else None,
            cities=_strings(raw.get("cities")),
            apec=bool(raw.get("apec", False)),
            asean=bool(raw.get("asean", False)),
            apec_since=raw.get("apec_since"),
            asean_since=raw.get("asean_since"),
        )
    return countries, frozenset(_strings(doc.get("ambiguous_city_names")))


def parse_organizations(doc: dict[str, Any]) -> dict[str, Organization]:
    """organizations.yaml -> organisations by key (acronym where one is in use)."""
    return {
        str(raw["key"]): Organization(
            key=str(raw["key"]),
            name=str(raw["name"]),
            aliases=_strings(raw.get("aliases")),
            forum=bool(raw.get("forum", False)),
        )
        for raw in (
            _check(r, ORGANIZATION_KEYS, "organizations.yaml") for r in doc["organizations"]
        )
    }


def parse_forums(doc: dict[str, Any]) -> dict[str, Forum]:
    """forums.yaml `forums` -> forums by canonical name."""
    return {
        str(raw["name"]): Forum(
            name=str(raw["name"]),
            aliases=_strings(raw.get("aliases")),
            parent=raw.get("parent"),
            partners=_strings(raw.get("partners")),
            combine=bool(raw.get("combine", True)),
            meets_as=raw.get("meets_as"),
            reordered=_strings(raw.get("reordered")),
        )
        for raw in (_check(r, FORUM_KEYS, "forums.yaml") for r in doc["forums"])
    }


def parse_series(doc: dict[str, Any]) -> list[Series]:
    """forums.yaml `series` -> one Series per forum (templates with {forum} expanded)."""
    result = []
    for raw in doc["series"]:
        _check(raw, SERIES_KEYS, "forums.yaml series")
        if raw["level"] not in LEVELS:
            raise ValueError(f"series {raw['name']!r}: unknown level {raw['level']!r}")
        forums = raw["forums"] if "forums" in raw else [raw["forum"]]
        for forum in forums:
            result.append(
                Series(
                    name=str(raw["name"]).replace("{forum}", forum),
                    forum=str(forum),
                    level=raw["level"],
                    acronyms=_strings(raw.get("acronyms")),
                    aliases=_strings(raw.get("aliases")),
                    cadence=raw.get("cadence"),
                )
            )
    return result


@dataclass
class ActTable:
    """acts.yaml compiled: phrase -> class, verb forms, and verb + {mod} + object patterns."""

    acts: dict[str, str] = field(default_factory=dict)  # lowercase phrase -> act class
    forms: dict[str, str] = field(default_factory=dict)  # lowercase phrase -> verb form
    literal: set[str] = field(default_factory=set)  # phrases matched as they stand
    objects: dict[str, dict[str, str]] = field(default_factory=dict)  # verb -> object -> class
    modifiers: tuple[str, ...] = ()
    non_acts: frozenset[str] = frozenset()
    list_openers: frozenset[str] = frozenset()  # 'Firstly', 'Finally': points of a list
    # the present form of a one-word verb listed as a homograph ('supports') -> act class
    homograph_presents: dict[str, str] = field(default_factory=dict)


def _inflect(phrase: str, inflections: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Base phrase -> (surface, form) for base, present, past and -ing forms."""
    words = phrase.split()
    index = next((i for i, w in enumerate(words) if w in inflections), None)
    if index is None:
        raise ValueError(f"acts.yaml: no inflection for any word of {phrase!r}")
    forms = [words[index], *inflections[words[index]]]
    return [
        (" ".join([*words[:index], verb, *words[index + 1 :]]), form)
        for verb, form in zip(forms, ACT_FORMS, strict=True)
    ]


def _add_act(table: ActTable, surface: str, act: str, form: str) -> None:
    """One inflected phrase; 'expressed {mod}hope' also registers verb + object."""
    if "{mod}" in surface:
        verb, obj = (part.strip() for part in surface.split("{mod}", 1))
        table.objects.setdefault(verb, {}).setdefault(obj, act)
        table.forms.setdefault(verb, form)
        surface = f"{verb} {obj}"
    else:
        table.literal.add(surface)
    table.acts.setdefault(surface, act)
    if form == "past":  # 'put forward' is base and past alike: past fits any subject
        table.forms[surface] = form
    table.forms.setdefault(surface, form)


def parse_acts(doc: dict[str, Any]) -> ActTable:
    """acts.yaml -> ActTable (generated forms listed as homographs are left out, their
    one-word present forms kept apart)."""
    table = ActTable(modifiers=_strings(doc.get("modifiers")))
    homographs = frozenset(_strings(doc.get("homographs")))
    for act, phrases in doc["acts"].items():
        if act not in ACT_CLASSES:
            raise ValueError(f"acts.yaml: unknown act class {act!r}")
        for phrase in phrases:
            for surface, form in _inflect(str(phrase).lower(), doc["inflections"]):
                if surface not in homographs:
                    _add_act(table, surface, act, form)
                elif form == "present" and " " not in surface:
                    table.homograph_presents.setdefault(surface, act)
    for act, phrases in doc.get("fixed", {}).items():
        for phrase in phrases:
            _add_act(table, str(phrase).lower(), act, "fixed")
    table.non_acts = frozenset(str(p).lower() for p in doc.get("not_acts", ()))
    table.list_openers = frozenset(str(p).lower() for p in doc.get("list_openers", ()))
    return table


def parse_currencies(doc: dict[str, Any]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """currencies.yaml -> (surface -> ISO 4217, ambiguous word -> candidate codes)."""
    table = {str(s): code for code, surfaces in doc["currencies"].items() for s in surfaces}
    ambiguous = {str(w): _strings(codes) for w, codes in doc.get("ambiguous", {}).items()}
    return table, ambiguous


def parse_rotations(doc: dict[str, Any]) -> dict[str, dict[int, str]]:
    """rotations.yaml -> rotation name -> year -> alpha-3."""
    return {name: {int(y): str(c) for y, c in years.items()} for name, years in doc.items()}


def parse_named(doc: dict[str, Any], section: str) -> dict[str, tuple[str, ...]]:
    """A list of {name, aliases} entries -> canonical name -> aliases."""
    return {
        str(raw["name"]): _strings(raw.get("aliases"))
        for raw in (_check(r, NAMED_KEYS, section) for r in doc[section])
    }
