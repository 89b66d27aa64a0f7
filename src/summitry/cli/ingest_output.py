"""What `summitry ingest` tells as it goes: a progress line on a terminal, JSON events."""

from __future__ import annotations

import json
import sys
from typing import Any

from summitry.cli.output import err

__all__ = ["events_of_units", "IngestProgress", "print_event"]


class IngestProgress:
    """A Rich progress line on a terminal (stderr), counting pages as they are stored (total
    None: pages counted as read); else nothing."""

    def __init__(self, total: int | None, console: Any = None):
        self.total = total
        self.console = console or err
        self.bar: Any = None
        self.counts: dict[str, int] = {}

    def __enter__(self):
        if not self.console.is_terminal:
            return None
        from rich.progress import Progress

        self.bar = Progress(console=self.console, transient=True)
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total)

        def advance(source: str, status: str) -> None:
            self.counts[status] = self.counts.get(status, 0) + 1
            told = ", ".join(f"{n} {name}" for name, n in self.counts.items())
            self.bar.advance(task)
            self.bar.update(task, description=told)

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()


def print_event(event: dict[str, Any]) -> None:
    """One JSON line on stdout, flushed at once: a killed run has told what it stored."""
    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def events_of_units(advance: Any, events: Any) -> Any:
    """on_page for a cluster run, whose units report (source, status) once they committed."""
    from summitry.ingest import EVENT_OF

    if events is None:
        return advance

    def on_page(source: str, status: str) -> None:
        if advance:
            advance(source, status)
        events({"event": EVENT_OF.get(status, status), "source": source, "id": None})

    return on_page
