"""A family name with a title and country resolves to the one stored person it fits, whether
the person's own titles and countries are read once for many references or per reference
(SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from summitry.query.person_ref import PersonRef, person_rows, resolve_each, resolves_only_to
from summitry.record import Person
from summitry.store import Store, open_store
from tests.backends import module_target  # noqa: F401
from tests.store.helpers import make_record, page_id

PEOPLE = [  # (name, title, country) on pages of their own
    ("Kang Kyung-wha", "Minister of Foreign Affairs", "KOR"),
    ("Kang Kyung-wha", "Ambassador", "KOR"),
    ("Kang Min-jun", "Minister of Trade", "KOR"),
    ("Kang Min-jun", "Minister of Foreign Affairs", "JPN"),
    ("Lee Kang-min", "Director-General for Trade", "THA"),
]


@pytest.fixture(scope="module")
def kangs(module_target: str) -> Iterator[Store]:  # noqa: F811
    """The pages of PEOPLE, stored once a backend: the tests only read them."""
    with open_store(module_target) as store:
        for n, (name, title, code) in enumerate(PEOPLE):
            people = [Person(name, title, code, "attendee")]
            record = make_record(f"Page {n}", f"{title} {name} attended.", people=people)
            store.add(page_id(f"k{n}"), f"k{n}.txt", record)
        yield store


KYUNG_WHA, MIN_JUN = "person:kang-kyungwha", "person:kang-minjun"


@pytest.mark.parametrize(
    ("title", "country", "pid", "resolved"),
    [
        # Kang Min-jun was Korean on another page: title and country need not share a row
        ("Foreign Minister", "KOR", KYUNG_WHA, None),
        (
            "Foreign Minister",
            "JPN",
            MIN_JUN,
            "only stored person named kang (Foreign Minister, JPN)",
        ),
        ("Foreign Minister", None, KYUNG_WHA, None),
        ("Ambassador", None, KYUNG_WHA, "only stored person named kang (Ambassador)"),
        ("Ambassador", "KOR", MIN_JUN, None),  # fits Kang Kyung-wha, not him
        ("Minister of Trade", "THA", MIN_JUN, None),  # never Thai; Lee Kang-min is no Kang
        (None, None, KYUNG_WHA, None),
    ],
)
def test_own_rows_read_once_resolve_as_per_reference(
    kangs: Store, title: str | None, country: str | None, pid: str, resolved: str | None
) -> None:
    ref = PersonRef(title or "", surname="kang", title=title, country=country)
    with kangs.engine.connect() as conn:
        own = person_rows(conn, [pid], ["kang"])
        assert resolves_only_to(conn, pid, ref, None, own) == resolved
        assert resolves_only_to(conn, pid, ref) == resolved


@pytest.mark.parametrize(
    ("pid", "asked", "resolved"),
    [
        (
            KYUNG_WHA,
            [
                ("Foreign Minister", "KOR"),
                ("Ambassador", None),
                (None, None),
                ("Ambassador", "KOR"),
            ],
            [
                None,
                "only stored person named kang (Ambassador)",
                None,
                "only stored person named kang (Ambassador, KOR)",
            ],
        ),
        (
            MIN_JUN,
            [("Ambassador", "KOR"), ("Foreign Minister", "JPN"), ("Minister of Trade", None)],
            [
                None,
                "only stored person named kang (Foreign Minister, JPN)",
                "only stored person named kang (Minister of Trade)",
            ],
        ),
    ],
)
def test_references_resolved_together_as_each_alone(
    kangs: Store, pid: str, asked: list[tuple[str | None, str | None]], resolved: list[str | None]
) -> None:
    refs = [PersonRef(t or "", surname="kang", title=t, country=k) for t, k in asked]
    with kangs.engine.connect() as conn:
        assert resolve_each(conn, pid, refs) == resolved
        assert [resolves_only_to(conn, pid, ref) for ref in refs] == resolved
        assert resolve_each(conn, pid, []) == []
