"""The parse queue: stored documents waiting for the parser, drained by parse processes.

Revision ID: 0004_parse_queue
Revises: 0003_reports
Create Date: 2026-11-24

A crawl archives first and queues the documents its items name; a pool of parse processes (one per core, or
`python -m crawler parse-worker` on other machines) claims them one at a time.  docs/archive.md, docs/crawler.md.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_parse_queue"
down_revision: str | None = "0003_reports"  # issue 14's logical reports
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "parse_queue",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("enqueued_at", Timestamp, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(length=128), nullable=True),
        sa.Column("claimed_at", Timestamp, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"], name=op.f("fk_parse_queue_run_id_crawl_runs")),
        sa.ForeignKeyConstraint(["sha256"], ["documents.sha256"], name=op.f("fk_parse_queue_sha256_documents")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_parse_queue")),
    )
    with op.batch_alter_table("parse_queue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parse_queue_enqueued_at"), ["enqueued_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_parse_queue_run_id"), ["run_id"], unique=False)


def downgrade() -> None:
    op.drop_table("parse_queue")
