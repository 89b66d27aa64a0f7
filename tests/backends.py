"""Fixtures that run a test against SQLite and a real PostgreSQL server.

PostgreSQL comes from $SUMMITRY_TEST_PG (`.ci/postgres` starts one); each test gets its own
schema. Without the variable the PostgreSQL half skips, unless SUMMITRY_REQUIRE_PG=1 (as in
CI), where a missing server fails the run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from summitry.store import Store, open_store
from summitry.store.connect import PG_DRIVER

BACKENDS = ["sqlite", "postgresql"]
PG_ENV, REQUIRE_ENV = "SUMMITRY_TEST_PG", "SUMMITRY_REQUIRE_PG"


def pg_base_url() -> str:
    """The test server's URL, or skip (fail when SUMMITRY_REQUIRE_PG=1)."""
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    why = f"{PG_ENV} is not set: no PostgreSQL server to test against (see .ci/postgres)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{why}, and {REQUIRE_ENV}=1 requires one")
    pytest.skip(why)


@contextmanager
def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    base = make_url(pg_base_url()).set(drivername=PG_DRIVER)
    schema = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@contextmanager
def target_for(backend: str, folder: Path) -> Iterator[str]:
    """A fresh store target of the backend: a SQLite file path or a PostgreSQL URL."""
    if backend == "sqlite":
        yield str(folder / "s.db")
    else:
        with pg_schema_url() as url:
            yield url


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with target_for(request.param, tmp_path) as target:
        yield target


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as s:
        yield s


@pytest.fixture(scope="module", params=BACKENDS)
def module_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with target_for(request.param, tmp_path_factory.mktemp(request.param)) as target:
        yield target
