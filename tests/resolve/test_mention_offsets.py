"""Countries, organisations and initiatives get evidence: where the body first names each,
found at ingest and kept in the store's mention rows."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from summitry.resolve.mention_offsets import mention_offsets
from summitry.store import open_store
from summitry.store.schema import documents, entity_refs, mentions, texts
from tests.conftest import EXAMPLES, invoke
from tests.store.helpers import make_record

BODY = (
    "The Korean Foreign Minister met the ASEAN Secretary-General in Jakarta. Korea pledged "
    "support for the ASEAN Outlook on the Indo-Pacific and the Quorvan Maritime Forum (QMF)."
)


def _said(body: str, at: tuple[int, int]) -> str:
    return body[at[0] : at[1]]


def test_first_naming_of_each_kind() -> None:
    record = make_record(
        body=BODY,
        countries=["KOR", "IDN"],
        organizations=["ASEAN", "QMF"],
        initiatives=["ASEAN Outlook on the Indo-Pacific", "Bangkok Goals"],
    )
    found = mention_offsets(record)
    assert _said(BODY, found[("country", 0)]) == "Korean"  # a demonym names the country first
    assert _said(BODY, found[("organization", 0)]) == "ASEAN"
    assert found[("organization", 0)][0] == BODY.index("ASEAN Secretary")
    assert _said(BODY, found[("organization", 1)]) == "QMF"  # no kb entry: its own words
    assert _said(BODY, found[("initiative", 0)]) == "ASEAN Outlook on the Indo-Pacific"
    assert ("country", 1) not in found  # Jakarta is a city: Indonesia is not named as such
    assert ("initiative", 1) not in found  # not in this body at all


def test_a_value_in_another_case_is_found_as_words() -> None:
    body = "Delegates of the QUORVAN MARITIME FORUM met; the quorvan maritime forum agreed."
    record = make_record(body=body, organizations=["Quorvan Maritime Forum"])
    at = mention_offsets(record)[("organization", 0)]
    assert at == (17, 39)  # the first spelling, in capitals
    assert _said(body, at) == "QUORVAN MARITIME FORUM"


def test_a_value_inside_longer_words_is_passed_over() -> None:
    body = "The Quorvanian envoys of QUORVAN2 and Quorvan met in quorvan."
    record = make_record(body=body, organizations=["Quorvan", "quorvan"])
    found = mention_offsets(record)
    assert found[("organization", 0)] == (38, 45)  # 'Quorvan', not 'Quorvanian'
    assert found[("organization", 1)] == (53, 60)  # its own case first: 'quorvan'


def test_case_folding_beyond_ascii_still_matches() -> None:
    # re.IGNORECASE matches the Kelvin sign to 'k' and the long s to 's': lower() does not
    kelvin, long_s = "\u212a", "\u017f"
    body = f"The {kelvin}orvan Fund and the Baltic {long_s}tar Plan were launched."
    record = make_record(body=body, initiatives=["Korvan Fund", "Baltic Star Plan"])
    found = mention_offsets(record)
    assert _said(body, found[("initiative", 0)]) == f"{kelvin}orvan Fund"
    assert _said(body, found[("initiative", 1)]) == f"Baltic {long_s}tar Plan"


def test_nothing_to_find_on_an_empty_page() -> None:
    assert mention_offsets(make_record(body="", countries=["KOR"])) == {}


def test_stored_mention_rows_point_at_their_words(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert invoke("ingest", str(EXAMPLES), "--db", db, "--workers", "1").returncode == 0
    with open_store(db) as store, store.engine.connect() as conn:
        m, d, t = mentions.c, documents.c, texts.c
        stmt = (
            select(m.kind, m.value, m.evidence_start, m.evidence_end, t.body, d.title)
            .join(documents, d.id == m.document_id)
            .join(texts, t.seq == d.seq)
        )
        rows = conn.execute(stmt).all()
        refs = conn.execute(
            select(entity_refs.c.evidence_start).where(entity_refs.c.source.like("mentions.%"))
        ).all()
    assert rows and all(r.evidence_start is not None for r in rows)  # 0 of them lack one
    assert all(r.evidence_start is not None for r in refs)
    said = {
        (r.title[:24], r.kind, r.value): r.body[r.evidence_start : r.evidence_end] for r in rows
    }
    assert said[("G20 Bali Summit Conclude", "organization", "G20")] == "Group of Twenty"
    assert said[("G20 Bali Summit Conclude", "country", "IND")] == "India"
    assert said[("G20 Bali Summit Conclude", "initiative", "Pandemic Fund")] == "Pandemic Fund"
    page = ("ASEAN Leaders Adopt ASEA", "initiative", "ASEAN Concord IV")
    assert said[page] == "ASEAN Concord IV"


def test_the_mentions_export_carries_the_offsets(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert (
        invoke("ingest", str(EXAMPLES / "secretariat_asean_summit_2023.txt"), "--db", db).returncode
        == 0
    )
    out = invoke("export", "mentions", "--format", "ndjson", "--db", db)
    rows = {(r["kind"], r["value"]): r for r in map(json.loads, out.stdout.splitlines())}
    concord = rows[("initiative", "ASEAN Concord IV")]
    assert (concord["evidence_start"], concord["evidence_end"]) == (414, 430)  # 16 characters
    assert all(r["evidence_start"] is not None for r in rows.values())
