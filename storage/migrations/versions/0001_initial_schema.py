"""Initial schema: sites, agencies, crawl runs, fetches, documents, reports, cells, history, wide tables and views.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Self-contained on purpose (no imports from storage.models): a migration describes the schema as it was when
written.  The wide tables and views are generated from crawler/parse/template.py by storage.views.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from storage import views

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table('crawl_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('spider', sa.String(length=64), nullable=False),
    sa.Column('arguments', Json, nullable=False),
    sa.Column('started_at', Timestamp, nullable=False),
    sa.Column('finished_at', Timestamp, nullable=True),
    sa.Column('finish_reason', sa.String(length=64), nullable=True),
    sa.Column('stats', Json, nullable=True),
    sa.Column('hostname', sa.String(length=255), nullable=True),
    sa.Column('pid', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawl_runs')),
    sa.UniqueConstraint('key', name=op.f('uq_crawl_runs_key'))
    )
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawl_runs_spider'), ['spider'], unique=False)

    op.create_table('documents',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=128), nullable=False),
    sa.Column('blob', sa.Text(), nullable=False),
    sa.Column('first_seen', Timestamp, nullable=False),
    sa.Column('last_seen', Timestamp, nullable=False),
    sa.Column('parse_status', sa.String(length=16), nullable=False),
    sa.Column('parse_error', sa.Text(), nullable=True),
    sa.Column('parsed_with', sa.String(length=32), nullable=True),
    sa.Column('parsed_at', Timestamp, nullable=True),
    sa.CheckConstraint("parse_status IN ('pending', 'parsed', 'not_report', 'failed')",
        name=op.f('ck_documents_parse_status')),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_parse_status'), ['parse_status'], unique=False)

    op.create_table('sites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('base_url', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('slug', name=op.f('uq_sites_slug'))
    )
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_agencies_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('name', name=op.f('uq_agencies_name'))
    )
    op.create_table('fetches',
    sa.Column('id', BigId, nullable=False),
    sa.Column('observation_key', sa.String(length=128), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('final_url', sa.Text(), nullable=True),
    sa.Column('referrer', sa.Text(), nullable=True),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('headers', Json, nullable=False),
    sa.Column('content_type', sa.String(length=255), nullable=True),
    sa.Column('etag', sa.String(length=512), nullable=True),
    sa.Column('last_modified', sa.String(length=64), nullable=True),
    sa.Column('fetched_at', Timestamp, nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('warc_file', sa.Text(), nullable=True),
    sa.Column('warc_offset', sa.BigInteger(), nullable=True),
    sa.Column('warc_length', sa.BigInteger(), nullable=True),
    sa.Column('warc_record_id', sa.String(length=64), nullable=True),
    sa.Column('warc_type', sa.String(length=16), nullable=True),
    sa.Column('payload_digest', sa.String(length=64), nullable=True),
    sa.CheckConstraint("outcome IN ('new', 'unchanged', 'not_modified', 'challenge', 'error')",
        name=op.f('ck_fetches_outcome')),
    sa.ForeignKeyConstraint(['run_id'], ['crawl_runs.id'], name=op.f('fk_fetches_run_id_crawl_runs')),
    sa.ForeignKeyConstraint(['sha256'], ['documents.sha256'], name=op.f('fk_fetches_sha256_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fetches')),
    sa.UniqueConstraint('observation_key', name=op.f('uq_fetches_observation_key'))
    )
    with op.batch_alter_table('fetches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fetches_fetched_at'), ['fetched_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_fetches_payload_digest'), ['payload_digest'], unique=False)
        batch_op.create_index(batch_op.f('ix_fetches_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fetches_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_fetches_url'), ['url'], unique=False, postgresql_using='hash')

    op.create_table('report_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_sha256', sa.String(length=64), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('parser_version', sa.String(length=32), nullable=False),
    sa.Column('agency', sa.String(length=255), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('template', sa.String(length=8), nullable=True),
    sa.Column('data', Json, nullable=False),
    sa.Column('checks', Json, nullable=False),
    sa.Column('replaced_at', Timestamp, nullable=False),
    sa.Column('replaced_by', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['document_sha256'], ['documents.sha256'],
        name=op.f('fk_report_history_document_sha256_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_history'))
    )
    with op.batch_alter_table('report_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_history_document_sha256'), ['document_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_history_report_id'), ['report_id'], unique=False)

    op.create_table('reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_sha256', sa.String(length=64), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('template', sa.String(length=8), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('parser_version', sa.String(length=32), nullable=False),
    sa.Column('data', Json, nullable=False),
    sa.Column('checks', Json, nullable=False),
    sa.Column('checks_failed', sa.Integer(), nullable=False),
    sa.Column('created_at', Timestamp, nullable=False),
    sa.Column('updated_at', Timestamp, nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_reports_agency_id_agencies')),
    sa.ForeignKeyConstraint(['document_sha256'], ['documents.sha256'],
        name=op.f('fk_reports_document_sha256_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reports')),
    sa.UniqueConstraint('document_sha256', name=op.f('uq_reports_document_sha256'))
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index('ix_reports_agency_id_year', ['agency_id', 'year'], unique=False)
        batch_op.create_index('ix_reports_year', ['year', 'checks_failed', 'agency_id', 'id'], unique=False)

    op.create_table('report_cells',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=16), nullable=False),
    sa.Column('row_key', sa.String(length=48), nullable=False),
    sa.Column('column_key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Double(), nullable=True),
    sa.Column('is_blank', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'],
        name=op.f('fk_report_cells_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', 'table_name', 'row_key', 'column_key', name=op.f('pk_report_cells'),
        postgresql_include=['value']),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('report_cells', schema=None) as batch_op:
        batch_op.create_index('ix_report_cells_cell', ['table_name', 'row_key', 'column_key', 'value', 'report_id'],
                              unique=False)

    op.create_table('report_sources',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('url_key', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'],
        name=op.f('fk_report_sources_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', 'url_key', name=op.f('pk_report_sources'))
    )
    for table in views.WIDE_TABLES:
        op.create_table(views.WIDE_TABLES[table], *views.wide_table_schema(table))
        for name, columns in views.wide_table_indexes(table):
            op.create_index(name, views.WIDE_TABLES[table], columns)
    for statement in views.create_views():
        op.execute(statement)


def downgrade() -> None:
    for statement in views.drop_views():
        op.execute(statement)
    for table in views.WIDE_TABLES:
        op.drop_table(views.WIDE_TABLES[table])
    op.drop_table('report_sources')
    with op.batch_alter_table('report_cells', schema=None) as batch_op:
        batch_op.drop_index('ix_report_cells_cell')

    op.drop_table('report_cells')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index('ix_reports_year')
        batch_op.drop_index('ix_reports_agency_id_year')

    op.drop_table('reports')
    with op.batch_alter_table('report_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_history_report_id'))
        batch_op.drop_index(batch_op.f('ix_report_history_document_sha256'))

    op.drop_table('report_history')
    with op.batch_alter_table('fetches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fetches_url'))
        batch_op.drop_index(batch_op.f('ix_fetches_sha256'))
        batch_op.drop_index(batch_op.f('ix_fetches_run_id'))
        batch_op.drop_index(batch_op.f('ix_fetches_payload_digest'))
        batch_op.drop_index(batch_op.f('ix_fetches_fetched_at'))

    op.drop_table('fetches')
    op.drop_table('agencies')
    op.drop_table('sites')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_parse_status'))

    op.drop_table('documents')
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_runs_spider'))

    op.drop_table('crawl_runs')
