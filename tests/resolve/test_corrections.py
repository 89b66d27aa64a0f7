"""Corrections applied over resolution: merges followed, splits kept out, fields set."""

from __future__ import annotations

from summitry.resolve.corrections import Corrections, aliases_of, apply_fields, canonical, keeps


def test_merges_splits_and_fields() -> None:
    fixes = Corrections(
        merges={"person:a": "person:b", "person:b": "person:c", "person:x": "person:x"},
        splits={("person:c", "doc1")},
        fields={"person:c": {"name": "C", "title": None}},
    )
    assert canonical("person:a", fixes) == "person:c" and canonical("person:x", fixes) == "person:x"
    assert aliases_of("person:c", fixes) == ["person:c", "person:a", "person:b"]
    assert not keeps("person:a", "doc1", fixes) and keeps("person:a", "doc2", fixes)
    view = apply_fields("person:c", {"name": "c", "title": "Minister"}, fixes)
    assert view == {"name": "C", "title": None, "corrected": ["name", "title"]}
    assert canonical("person:a", None) == "person:a"
