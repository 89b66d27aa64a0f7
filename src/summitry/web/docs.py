"""/docs: the API's endpoints, parameters and responses read from its OpenAPI schema.

Rendered on the server so that it works offline (no Swagger UI from a CDN).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["operations"]

_METHODS = ("get", "post", "put", "patch", "delete")
_LIMITS = (
    ("minimum", ">= {}"),
    ("maximum", "<= {}"),
    ("minLength", "length >= {}"),
    ("maxLength", "length <= {}"),
    ("pattern", "matches {}"),
)


def _kind(schema: dict[str, Any]) -> str:
    """'integer, >= 1, <= 100, default 20' from a parameter's JSON schema."""
    options = schema.get("anyOf") or [schema]
    types = [o.get("type", "any") for o in options if o.get("type") != "null"] or ["any"]
    facts = [fmt.format(o[key]) for o in options for key, fmt in _LIMITS if key in o]
    if "default" in schema:
        facts.append(f"default {schema['default']}")
    return ", ".join([" or ".join(types), *facts])


def _example_of(param: dict[str, Any]) -> str:
    """The parameter's first example, as text ('' when it has none)."""
    schema = param.get("schema") or {}
    examples = param.get("examples") or schema.get("examples") or []
    if isinstance(examples, dict):  # OpenAPI's named examples
        examples = [e.get("value") for e in examples.values()]
    return "" if not examples or examples[0] is None else str(examples[0])


def _body(spec: dict[str, Any], operation: dict[str, Any]) -> str | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    if not content:
        return None
    media = next(iter(content))
    ref = (content[media].get("schema") or {}).get("$ref", "")
    name = ref.rsplit("/", 1)[-1]
    fields = spec.get("components", {}).get("schemas", {}).get(name, {}).get("properties", {})
    return f"{media}" + (f" with fields {', '.join(fields)}" if fields else "")


def _operation(spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> dict:
    params = op.get("parameters", ())
    return {
        "anchor": re.sub(r"[^a-z0-9]+", "-", f"{method}{path}".lower()).strip("-"),
        "method": method.upper(),
        "path": path,
        "summary": op.get("summary", ""),
        "description": (op.get("description") or "").strip(),
        "parameters": [
            {**p, "kind": _kind(p.get("schema") or {}), "example": _example_of(p)} for p in params
        ],
        "try": method == "get" and "{kind}.{fmt}" not in path,
        "body": _body(spec, op),
        "responses": [(s, r.get("description", "")) for s, r in op["responses"].items()],
    }


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per path and method, in schema order."""
    return [
        _operation(spec, path, method, item[method])
        for path, item in spec.get("paths", {}).items()
        for method in _METHODS
        if method in item
    ]
