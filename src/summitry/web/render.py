"""Templates of the UI: the Jinja2 environment with its filters, and rendering a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import Request, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from summitry.kb.load import load_kb

__all__ = ["STATIC", "TEMPLATES", "render", "render_error", "templates"]

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def _path_part(value: object) -> str:
    """A value as one URL path segment ('/' and every reserved character escaped)."""
    return quote(str(value), safe="")


def _snippet(value: object) -> Markup:
    """A search snippet escaped, then its « » marks turned into <mark> elements."""
    text = str(escape(str(value or "")))
    return Markup(text.replace("«", "<mark>").replace("»", "</mark>"))


def _state_name(value: object) -> object:
    """A speaker or actor that is a state's code ('KOR') by the state's name ('Korea');
    people, forums and other names as they are."""
    if isinstance(value, str) and len(value) == 3 and value.isupper():
        known = load_kb().countries.get(value)
        return known.name if known is not None else value
    return value


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.ChainableUndefined,
    )
    env.filters["part"] = _path_part
    env.filters["snippet"] = _snippet
    env.filters["state_name"] = _state_name
    env.filters["short"] = lambda value: str(value or "")[:12]
    env.filters["thousands"] = lambda value: f"{value:,}" if isinstance(value, int) else value
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    """The template `name` (in templates/) rendered with `context`."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status: int, message: str) -> Response:
    """The UI's error page (the API's JSON errors carry the same status and message)."""
    context = {"status": status, "message": message, "title": f"Error {status}"}
    return render(request, "error.html", context, status_code=status)
