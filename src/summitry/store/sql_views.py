"""SQL views for people who open the store directly (Datasette, pandas, R): one row per
meeting, per statement and per commitment, with the entity corrections of the
`corrections` table applied in SQL (merges one step deep, splits, set and clear of fields).

They are created with the schema when missing; `docs/sql-views.md` describes their columns.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

__all__ = ["VIEWS", "ensure_views", "view_sql"]

VIEWS = ("meetings_view", "statements_view", "commitments_view")
MEETING_FIELDS = (
    "name", "acronym", "forum", "level", "ordinal", "start", "end",
    "city", "country", "venue", "format", "theme",
)  # fmt: skip


def _json(column: str, dialect: str) -> str:
    """The value of a JSON text column (corrections.value) as plain SQL text."""
    if dialect == "postgresql":
        return f"({column}::json #>> '{{}}')"
    return f"json_extract({column}, '$')"


def _common(dialect: str) -> str:
    """Merges (folded id -> kept id), splits and field corrections, as CTEs."""
    value = _json("value", dialect)
    return f"""
WITH merges AS (
  SELECT {value} AS folded, MIN(target) AS kept FROM corrections
  WHERE action = 'merge' GROUP BY {value}
), splits AS (
  SELECT target AS entity_id, {value} AS document_id FROM corrections WHERE action = 'split'
), fields AS (
  SELECT target, field, {value} AS value, id FROM corrections WHERE action IN ('set', 'clear')
)"""


def _field(name: str, dialect: str) -> str:
    """A meeting's field: the latest correction of it, else the reported rows' least value,
    else any row's."""
    col = f'"{name}"'
    cast = "INTEGER" if name == "ordinal" else "TEXT"
    corrected = (
        f"(SELECT CAST(f.value AS {cast}) FROM fields f WHERE f.target = r.id "
        f"AND f.field = '{name}' ORDER BY f.id DESC LIMIT 1)"
    )
    has = f"EXISTS (SELECT 1 FROM fields f WHERE f.target = r.id AND f.field = '{name}')"
    pooled = f"COALESCE(MIN(CASE WHEN r.role = 'main' THEN r.{col} END), MIN(r.{col}))"
    return f"CASE WHEN {has} THEN {corrected} ELSE {pooled} END AS {col}"


def _meetings(dialect: str) -> str:
    fields = ",\n  ".join(_field(n, dialect) for n in MEETING_FIELDS)
    return f"""{_common(dialect)}, r AS (
  SELECT COALESCE(m.kept, k.meeting_key) AS id, k.*, d.published FROM meetings k
  JOIN documents d ON d.id = k.document_id
  LEFT JOIN merges m ON m.folded = k.meeting_key
  WHERE NOT EXISTS (SELECT 1 FROM splits s WHERE s.document_id = k.document_id
                    AND s.entity_id IN (k.meeting_key, COALESCE(m.kept, k.meeting_key)))
)
SELECT r.id AS id, 'series:' || MIN(r.series) AS series,
  {fields},
  CASE WHEN MAX(CASE WHEN r.role = 'main' THEN 1 ELSE 0 END) = 1
       THEN 'main' ELSE 'mentioned' END AS role,
  COUNT(DISTINCT r.document_id) AS sources,
  MIN(r.published) AS first_published,
  CASE WHEN EXISTS (SELECT 1 FROM fields f WHERE f.target = r.id) THEN 1 ELSE 0 END
    AS corrected
FROM r GROUP BY r.id"""


def _speaker_join(dialect: str, table: str) -> str:
    return f"""LEFT JOIN (
  SELECT document_id, idx, MIN(entity_id) AS entity_id, MIN(country) AS country,
    MIN(date) AS date
  FROM entity_refs WHERE source = 'statements' AND kind = 'speaker' GROUP BY document_id, idx
) e ON e.document_id = {table}.document_id AND e.idx = {table}.idx
LEFT JOIN merges m ON m.folded = e.entity_id
LEFT JOIN documents d ON d.id = {table}.document_id"""


_SPEAKER_ID = """CASE WHEN EXISTS (SELECT 1 FROM splits x WHERE x.document_id = s.document_id
    AND x.entity_id IN (e.entity_id, COALESCE(m.kept, e.entity_id)))
  THEN NULL ELSE COALESCE(m.kept, e.entity_id) END"""


def _statements(dialect: str) -> str:
    return f"""{_common(dialect)}
SELECT s.document_id, s.idx, d.published, e.date,
  s.speaker, {_SPEAKER_ID} AS speaker_id,
  CASE WHEN e.entity_id IS NULL THEN NULL
       ELSE substr(e.entity_id, 1, strpos_colon) END AS speaker_kind,
  e.country AS speaker_country, s.act, s.text, s.evidence_start, s.evidence_end
FROM statements s
{_speaker_join(dialect, "s")}""".replace("strpos_colon", _colon(dialect))


def _colon(dialect: str) -> str:
    """The position before the ':' of an id (person:..., org:..., country:...)."""
    find = "strpos" if dialect == "postgresql" else "instr"
    return f"{find}(e.entity_id, ':') - 1"


def _commitments(dialect: str) -> str:
    return f"""{_common(dialect)}
SELECT s.document_id, s.idx, s.date, d.published, s.speaker,
  {_SPEAKER_ID} AS speaker_id, s.actor_country, s.text,
  (SELECT mm.name FROM meetings mm WHERE mm.meeting_key = d.main_meeting
   AND mm.document_id = d.id AND mm.role = 'main' ORDER BY mm.idx LIMIT 1) AS meeting,
  d.main_meeting AS meeting_id, d.title,
  s.evidence_start, s.evidence_end
FROM statements s
{_speaker_join(dialect, "s")}
WHERE s.act = 'commit'"""


_BUILDERS = {"meetings_view": _meetings, "statements_view": _statements}
_BUILDERS["commitments_view"] = _commitments


def view_sql(name: str, dialect: str) -> str:
    """The SELECT a view is made of, in this dialect."""
    return _BUILDERS[name](dialect)


NEEDED = ("corrections", "meetings", "entity_refs", "statements")


def ensure_views(conn: Connection) -> list[str]:
    """Create the views a store lacks (none before the tables they read exist); returns
    their names."""
    found = inspect(conn)
    if not all(found.has_table(t) for t in NEEDED):
        return []
    have = set(found.get_view_names())
    made = [name for name in VIEWS if name not in have]
    for name in made:
        conn.execute(text(f"CREATE VIEW {name} AS {view_sql(name, conn.dialect.name)}"))
    return made
