"""Knowledge base: data files, matching rules and lookups, on values checked by hand."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from summitry.kb import KnowledgeBase, Match, load_kb
from summitry.kb.model import ACT_CLASSES, LEVELS
from summitry.kb.people_words import one_government_titles

YAML_FILES = tuple(
    sorted(
        f.name.removesuffix(".yaml")
        for f in resources.files("summitry.kb").iterdir()
        if f.name.endswith(".yaml")
    )
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def found(kb: KnowledgeBase, text: str, kinds: set[str] | None = None) -> list[tuple[str, str]]:
    """(kind, key) of each match, in order."""
    return [(m.kind, m.key) for m in kb.find(text, kinds)]


# --- countries and economies -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Republic of Korea", "KOR"),
        ("ROK", "KOR"),
        ("South Korea", "KOR"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Lao PDR", "LAO"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Türkiye", "TUR"),
        ("Brunei Darussalam", "BRN"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("North Korea", "PRK"),
        ("Russian Federation", "RUS"),
        ("United States of America", "USA"),
        ("People's Republic of China", "CHN"),
        ("Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Kingdom of Thailand", "THA"),
        ("Timor-Leste", "TLS"),
        ("New Caledonia", "NCL"),  # a Pacific Islands Forum member
        ("French Polynesia", "PYF"),
    ],
)
def test_country_names_resolve_in_text(kb: KnowledgeBase, text: str, code: str) -> None:
    assert found(kb, f"Talks with {text} went well.", {"country"}) == [("country", code)]


def test_korean_is_a_demonym_of_korea(kb: KnowledgeBase) -> None:
    assert found(kb, "Korean nationals") == [("demonym", "KOR")]
    assert kb.country_code("Korean") == "KOR"


def test_hong_kong_china_is_one_economy(kb: KnowledgeBase) -> None:
    assert found(kb, "Chile; China; Hong Kong, China; Indonesia", {"country"}) == [
        ("country", "CHL"),
        ("country", "CHN"),
        ("country", "HKG"),
        ("country", "IDN"),
    ]


def test_chinese_taipei_is_not_china(kb: KnowledgeBase) -> None:
    assert found(kb, "Singapore; Chinese Taipei; Thailand", {"country", "demonym"}) == [
        ("country", "SGP"),
        ("country", "TWN"),
        ("country", "THA"),
    ]


def test_dprk_and_russia(kb: KnowledgeBase) -> None:
    text = "he urged the DPRK and Russia to immediately end their unlawful cooperation"
    assert found(kb, text, {"country"}) == [("country", "PRK"), ("country", "RUS")]


def test_matches_respect_word_boundaries(kb: KnowledgeBase) -> None:
    assert found(kb, "USE CAUSE BUSINESS", {"country", "organization"}) == []
    assert found(kb, "the US and U.S. side", {"country"}) == [
        ("country", "USA"),
        ("country", "USA"),
    ]
    assert found(kb, "Koreas", {"country", "demonym"}) == []


def test_short_acronyms_are_case_sensitive(kb: KnowledgeBase) -> None:
    assert found(kb, "let us go to the un-happy rok", {"country", "organization"}) == []
    assert kb.country_code("us") is None
    assert kb.country_code("US") == "USA"


def test_city_and_country(kb: KnowledgeBase) -> None:
    assert found(kb, "held in Lima, Peru, on November 14") == [("city", "PER"), ("country", "PER")]
    matches = kb.find("held in Lima, Peru")
    assert [(m.start, m.end, m.surface) for m in matches] == [(8, 12, "Lima"), (14, 18, "Peru")]


def test_summit_towns_are_cities(kb: KnowledgeBase) -> None:
    text = "G7 ministers met in Capri, the Quad in Wilmington and BRICS in Nizhny Novgorod."
    assert found(kb, text, {"city"}) == [("city", "ITA"), ("city", "USA"), ("city", "RUS")]


def test_places_hide_country_words(kb: KnowledgeBase) -> None:
    assert found(kb, "the South China Sea and the Indian Ocean", {"country", "demonym"}) == []


def test_country_code_lookup(kb: KnowledgeBase) -> None:
    assert kb.country_code("the Philippines") == "PHL"
    assert kb.country_code("viet nam") == "VNM"
    assert kb.country_code("Nay Pyi Taw") == "MMR"
    assert kb.country_code("Busan") == "KOR"
    assert kb.country_code("Hong Kong, China") == "HKG"
    assert kb.country_code("Atlantis") is None


def test_every_state_is_there_with_membership_flags(kb: KnowledgeBase) -> None:
    assert len(kb.countries) >= 195
    apec = {c.code for c in kb.countries.values() if c.apec}
    asean = {c.code for c in kb.countries.values() if c.asean}
    assert len(apec) == 21 and {"HKG", "TWN", "PNG", "PER"} <= apec
    assert asean == {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"}
    assert kb.countries["TLS"].asean_since == 2025


# --- curly apostrophes, offsets ---------------------------------------------------


def test_curly_apostrophes_match_and_keep_offsets(kb: KnowledgeBase) -> None:
    text = "the 1st APEC Senior Officials\u2019 Meeting (SOM)"
    [match] = kb.find(text)
    assert match == Match(8, 38, "series", "APEC Senior Officials' Meeting", text[8:38])
    assert match.surface.endswith("\u2019 Meeting")


def test_whole_names_the_entry_of_the_whole_text(kb: KnowledgeBase) -> None:
    assert kb.whole("Peru") == Match(0, 4, "country", "PER", "Peru")
    assert kb.whole("APEC") == Match(0, 4, "organization", "APEC", "APEC")
    assert kb.whole("APEC", {"forum"}) == Match(0, 4, "forum", "APEC", "APEC")
    text = "APEC Senior Officials\u2019 Meeting"
    assert kb.whole(text) == Match(0, 30, "series", "APEC Senior Officials' Meeting", text)
    for part in ("Lima, Peru", "Peru ", "APE", "", "expressed concern"):
        assert kb.whole(part) is None, part  # a longer text, a piece of a name, an act


# --- organisations, forums, series ------------------------------------------------


def test_long_form_and_acronym_of_an_organization(kb: KnowledgeBase) -> None:
    text = "World Trade Organization (WTO) Director-General"
    assert found(kb, text, {"organization"}) == [("organization", "WTO"), ("organization", "WTO")]


def test_longest_match_wins(kb: KnowledgeBase) -> None:
    text = "opinions from the APEC Business Advisory Council (ABAC)"
    assert found(kb, text) == [("organization", "ABAC"), ("organization", "ABAC")]


def test_organization_lookups(kb: KnowledgeBase) -> None:
    assert kb.organization_key("International Labor Organization") == "ILO"
    assert kb.organization_key("United Nations Security Council") == "UN Security Council"
    assert kb.organization_key("ASEAN Regional Forum") == "ARF"
    assert kb.organization_key("who") is None


def test_forum_aliases(kb: KnowledgeBase) -> None:
    assert kb.forum_key("ASEAN-Korea") == "ASEAN-ROK"
    assert kb.forum_key("ASEAN+3") == "ASEAN Plus Three"
    assert kb.forum_key("Mekong-Korea") == "Mekong-ROK"
    assert found(kb, "ASEAN-ROK cooperation", {"forum"}) == [("forum", "ASEAN-ROK")]


def test_series_in_text(kb: KnowledgeBase) -> None:
    text = (
        "the ASEAN-Republic of Korea Foreign Ministers\u2019 Meeting, in the wake of the "
        "ASEAN Plus Three Foreign Ministers\u2019 Meeting"
    )
    assert found(kb, text, {"series"}) == [
        ("series", "ASEAN-ROK Foreign Ministers' Meeting"),
        ("series", "ASEAN Plus Three Foreign Ministers' Meeting"),
    ]


def test_generic_series_words_only_on_request(kb: KnowledgeBase) -> None:
    text = "the Concluding Senior Officials' Meeting (CSOM)"
    assert found(kb, text) == []
    assert found(kb, text, {"series_alias"}) == [
        ("series_alias", "Concluding Senior Officials' Meeting"),
        ("series_alias", "CSOM"),
    ]


def test_dialogue_relations_are_not_a_meeting(kb: KnowledgeBase) -> None:
    assert found(kb, "country coordinator for ASEAN-ROK Dialogue Relations", {"series"}) == []


@pytest.mark.parametrize(
    ("name", "forum", "expected", "level"),
    [
        ("SOM", "APEC", "APEC Senior Officials' Meeting", "senior_officials"),
        ("SOM", "ASEAN", "ASEAN Senior Officials' Meeting", "senior_officials"),
        ("AMM", "APEC", "APEC Ministerial Meeting", "ministerial"),
        ("35th APEC Ministerial Meeting", None, "APEC Ministerial Meeting", "ministerial"),
        (
            "Concluding Senior Officials\u2019 Meeting",
            None,
            "APEC Concluding Senior Officials' Meeting",
            "senior_officials",
        ),
        (
            "Foreign Ministers' Meeting",
            "ASEAN-Korea",
            "ASEAN-ROK Foreign Ministers' Meeting",
            "ministerial",
        ),
        ("Commemorative Summit", "ASEAN-ROK", "ASEAN-ROK Commemorative Summit", "leaders"),
        ("Economic Leaders' Meeting", None, "APEC Economic Leaders' Meeting", "leaders"),
        ("Summit", "ASEAN Plus Three", "ASEAN Plus Three Summit", "leaders"),
    ],
)
def test_series_for(
    kb: KnowledgeBase, name: str, forum: str | None, expected: str, level: str
) -> None:
    series = kb.series_for(name, forum)
    assert series is not None and (series.name, series.level) == (expected, level)


def test_ambiguous_series_needs_a_forum(kb: KnowledgeBase) -> None:
    assert kb.series_for("AMM") is None
    assert {s.forum for s in kb.series_by_alias("SOM")} == {"APEC", "ASEAN"}


def test_series_data_is_consistent(kb: KnowledgeBase) -> None:
    seen: dict[tuple[str, str], str] = {}
    for s in kb.series:
        assert s.forum in kb.forums, s.name
        assert s.level in LEVELS, s.name
        for alias in s.aliases:
            assert seen.setdefault((s.forum, alias), s.name) == s.name, (
                f"{alias} twice in {s.forum}"
            )


# --- titles, acts, amounts ----------------------------------------------------------


def test_titles_and_honorifics(kb: KnowledgeBase) -> None:
    text = "H.E. Mr. Deputy Minister for Economic Affairs and the Minister of Foreign Affairs"
    assert found(kb, text) == [
        ("honorific", "H.E."),
        ("honorific", "Mr."),
        ("title", "Deputy Minister"),
        ("title", "Minister of Foreign Affairs"),
    ]
    assert kb.title_short_forms["Foreign Minister"] == "Minister of Foreign Affairs"


@pytest.mark.parametrize(
    ("phrase", "act"),
    [
        ("stressed", "state"),
        ("took note", "state"),
        ("pointed out", "state"),
        ("suggested", "propose"),
        ("called for", "request"),
        ("urged", "urge"),
        ("shared the view", "agree"),
        ("adopted", "agree"),
        ("commended", "support"),
        ("extended gratitude", "support"),
        ("noted with appreciation", "support"),
        ("pledged", "commit"),
        ("condemned", "criticize"),
        ("expressed concern", "criticize"),
    ],
)
def test_act_lookup(kb: KnowledgeBase, phrase: str, act: str) -> None:
    assert kb.acts[phrase] == act
    assert found(kb, f"The Minister {phrase} that", {"act"}) == [("act", act)]


def test_acts_read_modifiers_between_verb_and_object(kb: KnowledgeBase) -> None:
    text = "They expressed their deep concern and extended its sincere appreciation."
    assert [(m.key, m.surface) for m in kb.find(text, {"act"})] == [
        ("criticize", "expressed their deep concern"),
        ("support", "extended its sincere appreciation"),
    ]


def test_non_acts_are_not_acts(kb: KnowledgeBase) -> None:
    assert {"discussed", "exchanged views", "reviewed"} <= kb.non_acts
    assert found(kb, "they discussed and reviewed it", {"act"}) == []
    assert found(kb, "ASEAN member states", {"act"}) == []


def test_currencies(kb: KnowledgeBase) -> None:
    text = "an annual 14 million U.S. dollars, US$3 million and RM10 billion"
    assert found(kb, text, {"currency"}) == [
        ("currency", "USD"),
        ("currency", "USD"),
        ("currency", "MYR"),
    ]


# --- rotations, loading -------------------------------------------------------------


def test_rotations(kb: KnowledgeBase) -> None:
    assert kb.rotations["apec_host"][2024] == "PER"
    assert kb.rotations["apec_host"][2025] == "KOR"
    assert kb.rotations["asean_chair"][2020] == "VNM"
    assert kb.rotations["asean_chair"][2025] == "MYS"
    assert kb.rotations["g20_presidency"][2010] == "KOR"


def test_load_kb_is_cached() -> None:
    assert load_kb() is load_kb()


# --- the data files hold domain knowledge only -------------------------------------


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _scalars_in_lists(value: object) -> list[object]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _scalars_in_lists(v)]
    if isinstance(value, list):
        return [s for v in value for s in (_scalars_in_lists(v) if isinstance(v, dict) else [v])]
    return []


@pytest.mark.parametrize("name", YAML_FILES)
def test_yaml_lists_hold_only_strings(name: str) -> None:
    """YAML reads an unquoted 'on' or 'no' as a boolean: every list item must stay a string."""
    text = resources.files("summitry.kb").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    assert [v for v in _scalars_in_lists(yaml.safe_load(text)) if not isinstance(v, str)] == []


@pytest.mark.parametrize("name", YAML_FILES)
def test_yaml_files_hold_no_person_names(name: str) -> None:
    text = resources.files("summitry.kb").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    values = _strings(yaml.safe_load(text))
    assert values
    people = (
        "Cho Tae-yul",
        "Kang Kyung-wha",
        "Lee Seong-ho",
        "Kim Gunn",
        "Moon Jae-in",
        "Yoo Myung",
    )
    assert not [v for v in values if any(p.lower() in v.lower() for p in people)]


OFFICE = re.compile(
    "president|minister|premier|chancellor|king|queen|emperor|empress|sultan|prince|emir|amir|"
    "agong|head|chief|general|counsel|council|secretary|director|commissioner|representative|"
    "governor|mayor|speaker|senator|parliament|advis|staff|ambassador|affaires|consul|envoy|"
    "negotiator|sherpa|official|leader|delegation|spokes|chair|mission"
)


def test_titles_are_offices(kb: KnowledgeBase) -> None:
    for title in (*kb.title_heads, *kb.title_full_forms, *kb.title_short_forms):
        assert OFFICE.search(title.lower()), title


def test_one_government_titles_are_known_titles_of_known_states(kb: KnowledgeBase) -> None:
    known = {*kb.title_heads, *kb.title_full_forms, *kb.title_short_forms.values()}
    for title, code in one_government_titles().items():
        assert title in known and kb.country_code(code) == code, title


def test_title_abbreviations_stand_for_offices(kb: KnowledgeBase) -> None:
    assert kb.title_abbreviations["PM"] == "Prime Minister"
    for short, title in kb.title_abbreviations.items():
        # acronyms, capitals at both ends: 'PM', 'EAM', 'MoS' (India's Minister of State)
        acronym = short[0].isupper() and short[-1].isupper() and short.isalpha()
        assert acronym and OFFICE.search(title.lower()), short


def test_honorifics_are_short_forms_of_address(kb: KnowledgeBase) -> None:
    for honorific in kb.honorifics:
        assert len(honorific.split()) <= 4 and len(honorific) <= 24, honorific


def test_act_classes_are_those_of_the_spec(kb: KnowledgeBase) -> None:
    assert set(kb.acts.values()) == set(ACT_CLASSES)


# --- initiatives and outcomes ------------------------------------------------


def test_initiative_names_match_with_spaced_hyphens(kb: KnowledgeBase) -> None:
    text = "They endorsed the ASEAN Outlook on the Indo - Pacific."
    assert found(kb, text, {"initiative"}) == [("initiative", "ASEAN Outlook on the Indo-Pacific")]


def test_shape_and_outcome_vocabularies() -> None:
    from summitry.kb.vocab import initiative_words, outcome_words

    words = initiative_words()
    assert {"Plan of Action", "Roadmap", "Vision"} <= set(words.heads)
    assert {"Joint", "Communiqué"} <= words.generic_words
    assert "Adopt" in words.verbs
    assert outcome_words().nouns["passage"] == "adopted"
    assert outcome_words().verbs["issued"] == "adopted"
    assert set(outcome_words().actions) == {
        "adopted",
        "endorsed",
        "noted",
        "approved",
        "launched",
        "signed",
        "agreed",
    }
