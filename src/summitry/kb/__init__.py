"""Knowledge base: domain data (countries, organisations, forums, titles, acts) and its matcher."""

from summitry.kb.load import KnowledgeBase, Match, load_kb
from summitry.kb.model import Country, Forum, Organization, Series

__all__ = ["Country", "Forum", "KnowledgeBase", "Match", "Organization", "Series", "load_kb"]
