"""The web UI: server-rendered pages (Jinja2, autoescaped) and vendored static files.

Nothing is fetched from another host: CSS and the one small script ship in the package.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from summitry.web.render import STATIC, TEMPLATES, render, render_error, templates

__all__ = ["STATIC", "TEMPLATES", "install", "render", "render_error", "templates"]


def install(app: FastAPI) -> None:
    """Add the pages and /static to the app."""
    from summitry.web.pages import router

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
