"""The optional spaCy backend: loads a model by path, adds only what the core missed, and
leaves the core alone when spaCy or the model is missing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from summitry.extract import ner_spacy
from summitry.extract.context import Context
from summitry.extract.pipeline import extract_record
from summitry.record import Document

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None,
    reason="spaCy is not installed (pip install -e '.[dev]')",
)

TEXT = (
    "Foreign Minister Cho Tae-yul met Jane Roe of the Lotus Growers Union and the World Trade "
    "Organization in Lima, Peru. Roe and Jane Roe’s team agreed. AMM Held talks on COVID-19 "
    "with the Ministry of Trade, the MINISTRY OF TRADE and the Related Summits."
)
PATTERNS = [
    {"label": "PERSON", "pattern": "Jane Roe"},
    {"label": "PERSON", "pattern": "Cho Tae-yul"},  # found by the core already
    {"label": "PERSON", "pattern": "Roe"},  # one word: a short mention
    {"label": "ORG", "pattern": "the Lotus Growers Union"},
    {"label": "ORG", "pattern": "the World Trade Organization"},  # the core has it as WTO
    {"label": "GPE", "pattern": "Peru"},
    {"label": "GPE", "pattern": "Viet Nam"},
    # what a small model gets wrong, which the backend drops: not names of people or bodies
    {"label": "PERSON", "pattern": "AMM Held"},
    {"label": "ORG", "pattern": "COVID-19"},
    {"label": "ORG", "pattern": "the Ministry of Trade"},
    {"label": "ORG", "pattern": "the MINISTRY OF TRADE"},
    {"label": "ORG", "pattern": "the Related Summits"},
]


@pytest.fixture(scope="module")
def spacy():
    """spaCy, imported by the tests that build a pipeline."""
    import spacy

    return spacy


@pytest.fixture(scope="module")
def model_dir(spacy, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank English pipeline whose entity ruler stands in for a trained NER model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(PATTERNS)
    path = tmp_path_factory.mktemp("ner") / "model"
    nlp.to_disk(path)
    return path


@pytest.fixture
def backend(model_dir: Path):
    assert ner_spacy.enable(str(model_dir)) is None
    yield
    ner_spacy.disable()


def test_adds_the_people_and_organisations_the_core_missed(backend: None) -> None:
    record = extract_record("page.txt", Document(title="Talks", text=TEXT))
    people = {p.name: p for p in record.people}
    assert set(people) == {"Cho Tae-yul", "Jane Roe"}
    assert people["Jane Roe"].evidence == (33, 41)  # 'Foreign Minister ' + 'Cho Tae-yul met '
    assert people["Jane Roe"].role == "mentioned" and people["Jane Roe"].title is None
    assert people["Cho Tae-yul"].title == "Foreign Minister"  # the core's person, unchanged
    assert record.organizations == ["WTO", "Lotus Growers Union"]
    assert record.countries == ["PER"]
    assert not record.errors


def test_off_by_default_the_core_alone() -> None:
    record = extract_record("page.txt", Document(title="Talks", text=TEXT))
    assert [p.name for p in record.people] == ["Cho Tae-yul"]
    assert record.organizations == ["WTO"]


def test_a_country_the_core_did_not_see_is_added_once(backend: None) -> None:
    ctx = Context(path="p", document=Document(text="Viet Nam and Viet Nam again."))
    ner_spacy.statistical_entities(ctx)  # alone: no knowledge-base scan ran before it
    assert ctx.record.countries == ["VNM"]


def test_empty_text_adds_nothing(backend: None) -> None:
    record = extract_record("page.txt", Document(text=""))
    assert record.people == [] and record.organizations == [] and not record.errors


def test_a_missing_model_is_one_line_and_the_core_runs(tmp_path: Path) -> None:
    problem = ner_spacy.enable(str(tmp_path / "no-such-model"))
    assert problem is not None and "\n" not in problem
    assert "cannot load this spaCy model" in problem and "rule-based core alone" in problem
    record = extract_record("page.txt", Document(title="Talks", text=TEXT))
    assert [p.name for p in record.people] == ["Cho Tae-yul"]


def test_a_model_without_ner_is_refused(spacy, tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path / "blank")
    problem = ner_spacy.enable(str(tmp_path / "blank"))
    assert problem is not None and "no 'ner' pipe" in problem


def test_without_spacy_installed_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now raises ImportError
    problem = ner_spacy.enable("en_core_web_sm")
    assert problem is not None and "\n" not in problem
    assert "spaCy is not installed" in problem and "summitry[spacy]" in problem
    record = extract_record("page.txt", Document(title="Talks", text=TEXT))
    assert [p.name for p in record.people] == ["Cho Tae-yul"]
