"""Report text: the text extracted from each report's documents, indexed for full-text search in Chinese.

Revision ID: 0009_report_text
Revises: 0008_fetch_text_sanitised
Create Date: 2026-12-05

- `document_texts` (one row per document parsed as a report: its extracted text), written by the parse step of a
  crawl, `ingest` and `reparse`; documents parsed before this revision get theirs from the next
  `python -m crawler reparse` (it visits report documents without a text);
- the index of character bigrams (storage/text_search.py explains the tokens): on SQLite a contentless FTS5 table
  `document_text_index` (rowid = document_texts.id), on PostgreSQL a tsvector column `document_texts.tokens`
  with a GIN index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_report_text"
down_revision: str | None = "0008_fetch_text_sanitised"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_sha256"], ["documents.sha256"],
                                name="fk_document_texts_document_sha256_documents"),
        sa.PrimaryKeyConstraint("id", name="pk_document_texts"),
        sa.UniqueConstraint("document_sha256", name="uq_document_texts_document_sha256"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE document_texts ADD COLUMN tokens tsvector")
        op.execute("CREATE INDEX ix_document_texts_tokens ON document_texts USING gin (tokens)")
    else:
        op.execute("CREATE VIRTUAL TABLE document_text_index USING fts5(body, content='', tokenize='unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS document_text_index")
    op.drop_table("document_texts")
