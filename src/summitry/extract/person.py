"""A person of the page as the people readers find them: name, title, whom they serve and
every span that names them."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["PersonMention"]


@dataclass(slots=True)
class PersonMention:
    """One person of the page with every span that names them (full or short)."""

    name: str
    title: str | None
    country: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    title_head: str | None = None
    explicit_country: bool = False
    role: str = "mentioned"

    @property
    def tokens(self) -> list[str]:
        return self.name.replace(",", " ").split()
