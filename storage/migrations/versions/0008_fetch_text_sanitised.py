"""`fetches.text_sanitised`: the row's text is not byte-exact (issue 15, finding 3).

Revision ID: 0008_fetch_text_sanitised
Revises: 0007_season
Create Date: 2026-12-05

A server may send any byte in a header, NUL included.  PostgreSQL refuses NUL in text and in JSONB (the fetch row
was lost: "unsupported Unicode escape sequence", "cannot contain NUL") where SQLite kept it, so the same exchange
left different observations.  From here both dialects store the same row: NUL (and any lone surrogate) in a text
column or in the headers/context JSON becomes U+FFFD and the row is flagged; the WARC record keeps the bytes.
Earlier rows are unflagged (false): on SQLite they kept their bytes, on PostgreSQL they were never written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_fetch_text_sanitised"
down_revision: str | None = "0007_season"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ALTER TABLE … ADD COLUMN on both dialects: no batch copy of the table, so the views on it stay.
    op.add_column("fetches", sa.Column("text_sanitised", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("fetches") as batch:
        batch.drop_column("text_sanitised")
