"""Errors raised on purpose; the CLI and the API each turn them into one line for people."""

from __future__ import annotations

from pathlib import Path


class SummitryError(Exception):
    """Base of every error summitry raises on purpose."""


class UnreadablePage(SummitryError):
    """An input that cannot become a page: empty, binary, oversized, missing."""

    def __init__(self, path: Path | str, why: str):
        self.path = str(path)
        self.why = why
        super().__init__(f"{path}: {why} (skipped; nothing stored)")


class StoreError(SummitryError):
    """The store cannot be opened or written."""


class PageOverBudget(SummitryError):
    """A page that took longer than its time budget to clean and extract (nothing stored)."""
