"""Schemathesis against /openapi.json of a running server: no 5xx, responses match the schema."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings

from tests.conftest import DEV
from tests.serving import running, seeded_store

if TYPE_CHECKING:
    import schemathesis

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is missing")


def _checks() -> list[Callable]:
    """The checks every response passes (schemathesis is imported by the tests that run)."""
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    return [
        not_a_server_error,
        response_schema_conformance,
        status_code_conformance,
        content_type_conformance,
    ]


@pytest.fixture(scope="module")
def served_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    """The schema as the running server publishes it (calls go to that server)."""
    import schemathesis

    with seeded_store(tmp_path_factory.mktemp("schema")) as store, running(store) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


# Every GET path of the API; the first test fails when the schema gains one not listed here.
GET_PATHS = [
    "/api/documents",
    "/api/documents/{doc_id}",
    "/api/search",
    "/api/meetings",
    "/api/meetings/{meeting_id}",
    "/api/series/{name}",
    "/api/people/{name}",
    "/api/countries/{code}",
    "/api/initiatives/{name}",
    "/api/timeline",
    "/api/commitments",
    "/api/corrections",
    "/api/export/{kind}",
]


def _get_operations(schema: schemathesis.BaseSchema) -> dict[str, schemathesis.APIOperation]:
    found = (result.ok() for result in schema.get_all_operations())
    return {op.path: op for op in found if op.method.upper() == "GET"}


def test_every_get_path_is_fuzzed(served_schema: schemathesis.BaseSchema) -> None:
    assert sorted(_get_operations(served_schema)) == sorted(GET_PATHS)


@pytest.mark.parametrize("path", GET_PATHS)
def test_get_endpoint_keeps_its_schema(served_schema: schemathesis.BaseSchema, path: str) -> None:
    operation = _get_operations(served_schema)[path]
    checks = _checks()

    @given(case=operation.as_strategy())
    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=checks, timeout=60)

    check()
