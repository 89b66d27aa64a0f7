"""Meetings named in the plural for forums the sentence lists: 'The SOMs of the APT, the EAS
and the ARF will be followed by Foreign Ministers' Meetings and Summits' is one foreign
ministers' meeting and one summit of each of those forums that holds one."""

from __future__ import annotations

import re

from summitry.extract.meeting_parts import MeetingName
from summitry.kb import KnowledgeBase

__all__ = ["plurals_of_listed_forums"]

# 'Foreign Ministers' Meetings and Summits': series words, then a plural head, twice at most
_PLURAL = re.compile(
    r"(?<![\w’'-])(?P<words>(?:[A-Z][\w’'-]*\s+){0,3}?)(?P<head>Meetings|Summits)\b"
)
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_SENTENCE_END = re.compile(r"[.;](?:\s|$)")


def plurals_of_listed_forums(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """One meeting per forum listed in the sentence and per plural name with no forum of its
    own after the list, where the kb holds that forum's series of that name."""
    forums = [mt for mt in matches if mt.kind in ("forum", "organization") and mt.key in kb.forums]
    out: list[MeetingName] = []
    for group in _lists(text, forums):
        stop = _SENTENCE_END.search(text, group[-1].end)
        end = stop.start() if stop else len(text)
        for m in _PLURAL.finditer(text, group[-1].end, end):
            words = m.group("words").replace("’", "'").split()
            if not words and m.group("head") == "Meetings":
                continue  # 'held Meetings': no series named
            if any(kb.forum_key(w) or w in kb.forums for w in words):
                continue  # 'EAS Meetings' names its own forum
            core = " ".join([*words, m.group("head")[:-1]])
            for mt in group:
                series = kb.series_for(core, mt.key)
                if series is not None and series.forum == mt.key:
                    short = series.name.removeprefix(f"{series.forum} ")
                    out.append(
                        MeetingName(
                            m.start(), m.end(), series.name, short, short.split()[-1],
                            series.forum, series.level, series=series.name,
                        )
                    )  # fmt: skip
    return out


def _lists(text: str, forums: list) -> list[list]:
    """Runs of two or more different forums joined by commas and 'and' ('the APT, the EAS
    and the ARF')."""
    runs: list[list] = []
    run: list = []
    for mt in forums:
        if run and _LIST_GAP.fullmatch(text, run[-1].end, mt.start) and mt.key != run[-1].key:
            run.append(mt)
            continue
        if len({m.key for m in run}) > 1:
            runs.append(run)
        run = [mt]
    if len({m.key for m in run}) > 1:
        runs.append(run)
    return runs
