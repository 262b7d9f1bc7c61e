"""Full-text search over the reports' extracted text, for Chinese, on SQLite and PostgreSQL.

Chinese has no spaces between words, and a researcher searches for two-character words (复议, 收费) as often as for
longer phrases (行政复议, 不予公开).  So the text is indexed as *character bigrams*: every run of CJK characters
becomes its overlapping pairs (行政复议 → 行政 政复 复议) plus its last character alone, and every run of Latin
letters or digits is a token of its own.  A query is turned into the same tokens; the database's index finds the
documents holding all of them, and an exact substring test on the stored text keeps only those that contain the
query as written (tokens may occur apart).  One character matches as a prefix (税 → every bigram starting 税, and
a run's last character alone), so it is found wherever it occurs.

- SQLite: a contentless FTS5 table `document_text_index` (its rowid is `document_texts.id`) whose one column holds
  the tokens separated by spaces (the `unicode61` tokenizer then splits exactly there).  Contentless, so the text
  is stored once; replacing a text deletes its old tokens by the FTS5 `delete` command, recomputed from the old
  text.
- PostgreSQL: `document_texts.tokens`, a tsvector built with `array_to_tsvector` (lexemes taken as given, no
  parser or dictionary in between) under a GIN index; queried with a tsquery cast from text (`'行政' & '复议'`).

Both are created by migration 0009_report_text.  The text is kept as extracted except that whitespace between two
Chinese characters is removed (`searchable`): a PDF wraps its lines inside sentences (行政\n复议), and a reader
reads through the break; so does the search.  Otherwise it matches the text exactly: Latin letters are
case-sensitive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage.models import DocumentText

TEXTS = DocumentText.__table__
FTS_TABLE = "document_text_index"  # SQLite only
TOKENS_COLUMN = "tokens"  # PostgreSQL only
# A report is ~50 000 characters; a runaway text (a hostile 50 MB page) is kept and indexed up to here, so that a
# stored text stays far below the web view's limit on a value (crawler/research/web/limits.py).
MAX_TEXT_CHARS = 2_000_000
MAX_QUERY = 100  # characters of a query that count (a longer one is no researcher's search)
SNIPPET_CONTEXT = 40  # characters shown either side of the first match

# CJK Unified Ideographs (with extension A and the compatibility block) | Latin letters and digits (any script's)
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WRAPPED = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_RUNS = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")


def searchable(text: str) -> str:
    """The text as a reader reads it: whitespace between two Chinese characters (a PDF's line wrap inside a
    sentence: `行政\n复议`) removed, every other character kept.  What is stored, indexed and searched."""
    return _WRAPPED.sub("", text)


def outside_models(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """An Alembic `include_object` that leaves out the index, which the models cannot declare (an FTS5 virtual
    table and its shadow tables; a tsvector column and its GIN index): False for those, True for the rest."""
    if type_ == "table" and name is not None and (name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")):
        return False
    table = getattr(getattr(obj, "table", None), "name", None)
    return not (table == TEXTS.name and ((type_ == "column" and name == TOKENS_COLUMN)
                                         or (type_ == "index" and name == f"ix_{TEXTS.name}_{TOKENS_COLUMN}")))


def tokens(text: str) -> list[str]:
    """The index tokens of a text, in order: CJK bigrams (and each run's last character), other words whole."""
    out: list[str] = []
    for match in _RUNS.finditer(text[:MAX_TEXT_CHARS]):
        cjk, word = match.groups()
        if word:
            out.append(word)
            continue
        out.extend(cjk[i:i + 2] for i in range(len(cjk) - 1))
        out.append(cjk[-1])
    return out


@dataclass(frozen=True)
class Query:
    """A search as the database runs it: the exact text, and what the index must hold for it (tokens, and
    whether the single token is a prefix: a one-character query)."""

    text: str
    terms: tuple[str, ...]
    prefix: bool

    @classmethod
    def parse(cls, query: str) -> Query | None:
        """None when the query holds nothing to search for (punctuation, spaces)."""
        text = searchable(query.strip()[:MAX_QUERY])
        found = tokens(text)
        if not found:
            return None
        if len(found) == 1 and len(found[0]) == 1:
            return cls(text, (found[0],), prefix=True)
        # the last character alone adds nothing to the pairs that contain it
        terms = [t for t in found if len(t) > 1 or not _is_cjk(t)] or found
        return cls(text, tuple(dict.fromkeys(terms)), prefix=False)

    def match(self, dialect: str) -> str:
        """The index expression: an FTS5 query (SQLite) or a tsquery (PostgreSQL).  Tokens are CJK, letters or
        digits only, so quoting them needs no escaping."""
        if dialect == "postgresql":
            return " & ".join(f"'{t}'" + (":*" if self.prefix else "") for t in self.terms)
        return " AND ".join(f'"{t}"' + ("*" if self.prefix else "") for t in self.terms)


def _is_cjk(token: str) -> bool:
    match = _RUNS.fullmatch(token)
    return bool(match and match.group(1))


def search_sql(dialect: str) -> str:
    """Reports whose documents contain `:q`: one row per document (a report may have several), newest year first.

    Parameters: `:match` (Query.match), `:q` (the text), `:context` (snippet characters either side), `:limit`.
    Plain SQL so that both SQLAlchemy and Datasette's own SQLite connection can run it."""
    if dialect == "postgresql":
        hit, position, start = f"t.{TOKENS_COLUMN} @@ CAST(:match AS tsquery)", "strpos(t.text, :q)", "greatest"
    elif dialect == "sqlite":
        hit, position, start = f"t.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match)", \
            "instr(t.text, :q)", "max"
    else:
        raise ValueError(f"unsupported dialect {dialect!r}")
    return f"""SELECT rs.report_id AS report_id, a.name AS agency, r.year AS year, rs.document_sha256 AS sha256,
  rs.url AS url, rs.document_sha256 = r.document_sha256 AS canonical, {position} AS position,
  substr(t.text, {start}(1, {position} - :context), length(:q) + 2 * :context) AS snippet
FROM document_texts t
JOIN report_sources rs ON rs.document_sha256 = t.document_sha256
JOIN reports r ON r.id = rs.report_id
JOIN agencies a ON a.id = r.agency_id
WHERE {hit} AND {position} > 0
ORDER BY r.year DESC, a.name, rs.report_id, canonical DESC, rs.document_sha256
LIMIT :limit"""


def search_parameters(query: Query, dialect: str, *, limit: int = 100) -> dict[str, Any]:
    return {"match": query.match(dialect), "q": query.text, "context": SNIPPET_CONTEXT, "limit": limit}


def search(conn: Connection, text: str, *, limit: int = 100) -> list[sa.Row[Any]]:
    """Run a search on a SQLAlchemy connection (either dialect); no rows for an empty query."""
    query = Query.parse(text)
    if query is None:
        return []
    dialect = conn.dialect.name
    return list(conn.execute(sa.text(search_sql(dialect)), search_parameters(query, dialect, limit=limit)))


def store_text(conn: Connection, sha256: str, text: str) -> None:
    """Keep a document's extracted text and index it (replacing what it had): inside the caller's transaction."""
    text = searchable(text[:MAX_TEXT_CHARS])
    old = conn.execute(sa.select(TEXTS.c.id, TEXTS.c.text).where(TEXTS.c.document_sha256 == sha256)).first()
    if old is not None and old.text == text:
        return
    dialect = conn.dialect.name
    if old is None:
        row_id = conn.execute(sa.insert(TEXTS).values(document_sha256=sha256, text=text)
                              .returning(TEXTS.c.id)).scalar_one()
    else:
        row_id = old.id
        conn.execute(sa.update(TEXTS).where(TEXTS.c.id == row_id).values(text=text))
    found = tokens(text)
    if dialect == "postgresql":
        conn.execute(sa.text(f"UPDATE document_texts SET {TOKENS_COLUMN} = "
                             "array_to_tsvector(CAST(:lexemes AS text[])) WHERE id = :id"),
                     {"lexemes": sorted(set(found)), "id": row_id})
        return
    if old is not None:  # a contentless FTS5 row is deleted by giving back the values it indexed
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, body) VALUES ('delete', :id, :body)"),
                     {"id": row_id, "body": " ".join(tokens(old.text))})
    conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES (:id, :body)"),
                 {"id": row_id, "body": " ".join(found)})
