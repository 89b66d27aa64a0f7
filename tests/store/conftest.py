"""Every store test runs against SQLite and PostgreSQL (fixtures in tests/backends.py)."""

from tests.backends import module_target, store, store_target  # noqa: F401
