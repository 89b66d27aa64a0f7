"""Examples of the API's response bodies, for its schema (/openapi.json) and /docs; values
as the examples/pages store gives them, shortened."""

from __future__ import annotations

from typing import Any

__all__ = ["EXAMPLES"]

EXAMPLES: dict[str, dict[str, Any]] = {
    "ErrorBody": {
        "error": {"status": 400, "message": "unknown parameter 'forun'; /api/meetings takes: ..."}
    },
    "DocumentPage": {
        "items": [
            {
                "id": "1720bc968b75b7f0455c19afc7b32ea7c6d3669ed9a2837dc73f828f68a60f7a",
                "source": "examples/pages/kor_board_apec_aelm_2025.txt",
                "title": "APEC Economic Leaders’ Meeting Concludes",
                "published": "2025-11-01",
                "publisher": "Ministry of Foreign Affairs, Republic of Korea",
                "publisher_country": "KOR",
                "category": None,
                "views": None,
                "language": "en",
                "ingested_at": "2026-12-05T07:00:00Z",
            }
        ],
        "total": 12,
        "limit": 1,
        "offset": 0,
        "next": "http://127.0.0.1:8000/api/documents?limit=1&offset=1",
        "prev": None,
    },
    "DocumentDetail": {
        "id": "f70062a937ad4053f1ab696809a7d65b900a223a15f3f5109dd0efe1843b4281",
        "source": "examples/pages/kor_board_asean_rok_fmm_2024.txt",
        "title": "Foreign Minister Cho Tae-yul Attends ASEAN-related Foreign Ministers' Meetings",
        "published": "2024-07-27",
        "publisher": "Ministry of Foreign Affairs, Republic of Korea",
        "publisher_country": "KOR",
        "category": None,
        "views": None,
        "language": "en",
        "ingested_at": "2026-12-05T07:00:00Z",
        "body": "Foreign Minister Cho Tae-yul attended ...",
        "url": None,
        "urls": [],
        "record": {"document": {"title": "..."}, "meetings": []},
    },
    "SearchPage": {
        "query": "FTAAP OR Putrajaya",
        "items": [
            {
                "id": "d6c982ea0d233987145251fa557fead7617ab417300f99aa5822a386076d728b",
                "title": "APEC Leaders Issue Golden Gate Declaration",
                "published": "2023-11-17",
                "publisher": "APEC Secretariat",
                "snippet": "…the «Putrajaya» Vision 2040…",
                "score": 1.2,
            }
        ],
        "total": 4,
        "total_exact": True,
        "served": 4,
        "facets": {"country": [{"value": "USA", "label": "United States", "count": 2}]},
        "limit": 1,
        "offset": 0,
        "next": "http://127.0.0.1:8000/api/search?q=FTAAP+OR+Putrajaya&limit=1&offset=1",
        "prev": None,
    },
    "MeetingPage": {
        "items": [
            {
                "id": "meeting:asean-summit-43",
                "name": "ASEAN Summit",
                "label": "43rd ASEAN Summit",
                "forum": "ASEAN",
                "level": "leaders",
                "ordinal": 43,
                "start": "2023-09-05",
                "end": "2023-09-07",
                "city": "Jakarta",
                "country": "IDN",
                "sources": 3,
            }
        ],
        "total": 3,
        "limit": 1,
        "offset": 0,
        "next": "http://127.0.0.1:8000/api/meetings?forum=ASEAN&limit=1&offset=1",
        "prev": None,
    },
    "MeetingOut": {
        "id": "meeting:asean-summit-43",
        "name": "ASEAN Summit",
        "forum": "ASEAN",
        "ordinal": 43,
        "start": "2023-09-05",
        "people": [{"name": "Joko Widodo", "role": "chair"}],
        "statements": {"ASEAN": [{"act": "commit", "text": "..."}]},
        "outcomes": [{"document": "ASEAN Concord IV", "action": "adopted"}],
        "sources": [{"id": "c4c9f1eb05dd", "role": "main"}],
        "reports": 1,
        "reports_read": 1,
    },
    "SeriesOut": {
        "series": "APEC Economic Leaders' Meeting",
        "forum": "APEC",
        "meetings": [{"id": "meeting:apec-economic-leaders-meeting-29", "ordinal": 29}],
        "gaps": [31],
        "unplaced_mentions": 0,
    },
    "PersonOut": {
        "name": "Cho Tae-yul",
        "countries": ["KOR"],
        "titles": [{"title": "Minister of Foreign Affairs", "country": "KOR", "count": 1}],
        "meetings": [],
        "meetings_total": 1,
        "statements": [],
        "statements_total": 3,
        "statements_by_act": {"commit": 1},
        "short_mentions_total": 0,
    },
    "CountryOut": {"code": "KOR", "name": "Korea", "documents_total": 5},
    "InitiativeOut": {
        "name": "Free Trade Area of the Asia-Pacific",
        "documents_total": 4,
        "mentions": 8,
    },
    "TimelinePage": {
        "term": "FTAAP",
        "items": [
            {
                "kind": "statement",
                "speaker": "APEC",
                "act": "commit",
                "text": "...",
                "date": "2023-11-17",
                "document": "d6c982ea0d23...",
            }
        ],
        "total": 2,
        "months": {"2023-11": 1, "2025-10": 1},
        "limit": 1,
        "offset": 0,
        "next": "http://127.0.0.1:8000/api/timeline?term=FTAAP&from=2023&limit=1&offset=1",
        "prev": None,
    },
    "CommitmentPage": {
        "items": [
            {
                "actor": "Cho Tae-yul",
                "actor_country": "KOR",
                "what": "...",
                "when": "2024-07-27",
                "status": "open",
                "document": "f70062a937ad...",
            }
        ],
        "total": 1,
        "total_exact": True,
        "limit": 50,
        "offset": 0,
        "next": None,
        "prev": None,
    },
    "UploadOut": {"items": [{"name": "page.txt", "id": "ab12...", "status": "new", "error": None}]},
    "CorrectionOut": {
        "id": 1,
        "target": "f70062a937ad",
        "action": "set",
        "field": "meetings.0.city",
        "value": "Vientiane",
        "note": None,
        "created_at": "2026-12-05T07:00:00Z",
    },
}
