"""The versions derived tables are stamped with: the kb's data and the resolve rules."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from summitry.resolve import RESOLVE_VERSION

__all__ = ["kb_version", "resolve_version"]

# Read only to tell English bodies without the language model, which never changes a record.
_NOT_DERIVED = frozenset({"language.yaml"})


@cache
def kb_version() -> str:
    """The first 12 hex digits of the sha256 of the kb's YAML files, in name order: any
    edit of the vocabulary gives another version."""
    digest = hashlib.sha256()
    files = sorted(
        (
            f
            for f in resources.files("summitry.kb").iterdir()
            if f.name.endswith(".yaml") and f.name not in _NOT_DERIVED
        ),
        key=lambda f: f.name,
    )
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def resolve_version() -> str:
    """summitry.resolve.RESOLVE_VERSION, as text."""
    return str(RESOLVE_VERSION)
