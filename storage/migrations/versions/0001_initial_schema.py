"""Initial schema: sites, agencies, crawl runs, fetches, documents, reports, cells, history, wide tables and views.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Self-contained on purpose (no imports of live code: not storage.models, not storage.views): a migration describes
the schema as it was when written, so editing today's code never changes what it does.  The wide tables' cells and
the wide views' SQL are frozen here as storage/views.py generated them for this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

# The wide form of the report cells (storage/views.py): one nullable DOUBLE column per cell of both templates.
_WIDE_CELLS = {
    "active": (
        "rules_issued", "rules_repealed", "rules_in_force", "normative_documents_issued",
        "normative_documents_repealed", "normative_documents_in_force", "licensing_decisions",
        "punishment_decisions", "coercion_decisions", "fees_amount", "rules_new_made", "rules_new_published",
        "rules_total_published", "normative_documents_new_made", "normative_documents_new_published",
        "normative_documents_total_published", "licensing_prev_items", "licensing_change",
        "other_services_prev_items", "other_services_change", "other_services_decisions",
        "punishment_prev_items", "punishment_change", "coercion_prev_items", "coercion_change",
        "fees_prev_items", "fees_change", "procurement_projects", "procurement_amount",
    ),
    "applications": (
        "new_natural_person", "new_commercial", "new_research", "new_social_welfare", "new_legal_services",
        "new_other_org", "new_total", "carried_over_natural_person", "carried_over_commercial",
        "carried_over_research", "carried_over_social_welfare", "carried_over_legal_services",
        "carried_over_other_org", "carried_over_total", "granted_natural_person", "granted_commercial",
        "granted_research", "granted_social_welfare", "granted_legal_services", "granted_other_org",
        "granted_total", "partial_natural_person", "partial_commercial", "partial_research",
        "partial_social_welfare", "partial_legal_services", "partial_other_org", "partial_total",
        "denied_state_secret_natural_person", "denied_state_secret_commercial", "denied_state_secret_research",
        "denied_state_secret_social_welfare", "denied_state_secret_legal_services",
        "denied_state_secret_other_org", "denied_state_secret_total", "denied_prohibited_natural_person",
        "denied_prohibited_commercial", "denied_prohibited_research", "denied_prohibited_social_welfare",
        "denied_prohibited_legal_services", "denied_prohibited_other_org", "denied_prohibited_total",
        "denied_security_natural_person", "denied_security_commercial", "denied_security_research",
        "denied_security_social_welfare", "denied_security_legal_services", "denied_security_other_org",
        "denied_security_total", "denied_third_party_natural_person", "denied_third_party_commercial",
        "denied_third_party_research", "denied_third_party_social_welfare",
        "denied_third_party_legal_services", "denied_third_party_other_org", "denied_third_party_total",
        "denied_internal_natural_person", "denied_internal_commercial", "denied_internal_research",
        "denied_internal_social_welfare", "denied_internal_legal_services", "denied_internal_other_org",
        "denied_internal_total", "denied_process_natural_person", "denied_process_commercial",
        "denied_process_research", "denied_process_social_welfare", "denied_process_legal_services",
        "denied_process_other_org", "denied_process_total", "denied_enforcement_file_natural_person",
        "denied_enforcement_file_commercial", "denied_enforcement_file_research",
        "denied_enforcement_file_social_welfare", "denied_enforcement_file_legal_services",
        "denied_enforcement_file_other_org", "denied_enforcement_file_total", "denied_inquiry_natural_person",
        "denied_inquiry_commercial", "denied_inquiry_research", "denied_inquiry_social_welfare",
        "denied_inquiry_legal_services", "denied_inquiry_other_org", "denied_inquiry_total",
        "unavailable_not_held_natural_person", "unavailable_not_held_commercial",
        "unavailable_not_held_research", "unavailable_not_held_social_welfare",
        "unavailable_not_held_legal_services", "unavailable_not_held_other_org", "unavailable_not_held_total",
        "unavailable_needs_creation_natural_person", "unavailable_needs_creation_commercial",
        "unavailable_needs_creation_research", "unavailable_needs_creation_social_welfare",
        "unavailable_needs_creation_legal_services", "unavailable_needs_creation_other_org",
        "unavailable_needs_creation_total", "unavailable_unclear_natural_person",
        "unavailable_unclear_commercial", "unavailable_unclear_research", "unavailable_unclear_social_welfare",
        "unavailable_unclear_legal_services", "unavailable_unclear_other_org", "unavailable_unclear_total",
        "rejected_petition_natural_person", "rejected_petition_commercial", "rejected_petition_research",
        "rejected_petition_social_welfare", "rejected_petition_legal_services", "rejected_petition_other_org",
        "rejected_petition_total", "rejected_duplicate_natural_person", "rejected_duplicate_commercial",
        "rejected_duplicate_research", "rejected_duplicate_social_welfare",
        "rejected_duplicate_legal_services", "rejected_duplicate_other_org", "rejected_duplicate_total",
        "rejected_publication_natural_person", "rejected_publication_commercial",
        "rejected_publication_research", "rejected_publication_social_welfare",
        "rejected_publication_legal_services", "rejected_publication_other_org", "rejected_publication_total",
        "rejected_excessive_natural_person", "rejected_excessive_commercial", "rejected_excessive_research",
        "rejected_excessive_social_welfare", "rejected_excessive_legal_services",
        "rejected_excessive_other_org", "rejected_excessive_total", "rejected_confirmation_natural_person",
        "rejected_confirmation_commercial", "rejected_confirmation_research",
        "rejected_confirmation_social_welfare", "rejected_confirmation_legal_services",
        "rejected_confirmation_other_org", "rejected_confirmation_total", "other_no_correction_natural_person",
        "other_no_correction_commercial", "other_no_correction_research", "other_no_correction_social_welfare",
        "other_no_correction_legal_services", "other_no_correction_other_org", "other_no_correction_total",
        "other_no_fee_natural_person", "other_no_fee_commercial", "other_no_fee_research",
        "other_no_fee_social_welfare", "other_no_fee_legal_services", "other_no_fee_other_org",
        "other_no_fee_total", "other_other_natural_person", "other_other_commercial", "other_other_research",
        "other_other_social_welfare", "other_other_legal_services", "other_other_other_org",
        "other_other_total", "handled_total_natural_person", "handled_total_commercial",
        "handled_total_research", "handled_total_social_welfare", "handled_total_legal_services",
        "handled_total_other_org", "handled_total_total", "carried_forward_natural_person",
        "carried_forward_commercial", "carried_forward_research", "carried_forward_social_welfare",
        "carried_forward_legal_services", "carried_forward_other_org", "carried_forward_total",
        "other_natural_person", "other_commercial", "other_research", "other_social_welfare",
        "other_legal_services", "other_other_org", "other_total",
    ),
    "review": (
        "review_upheld", "review_corrected", "review_other", "review_pending", "review_total",
        "litigation_direct_upheld", "litigation_direct_corrected", "litigation_direct_other",
        "litigation_direct_pending", "litigation_direct_total", "litigation_after_review_upheld",
        "litigation_after_review_corrected", "litigation_after_review_other",
        "litigation_after_review_pending", "litigation_after_review_total",
    ),
}
_WIDE_VIEWS = ("active_wide", "applications_wide", "review_wide")
_CREATE_WIDE_VIEWS = (
    (
        "CREATE VIEW active_wide AS\n"
        "SELECT w.report_id AS report_id, a.name AS agency, w.year AS year, r.template AS template,\n"
        "  r.document_sha256 AS sha256, r.checks_failed AS checks_failed,\n"
        "  w.rules_issued, w.rules_repealed, w.rules_in_force, w.normative_documents_issued, "
        "w.normative_documents_repealed, w.normative_documents_in_force, w.licensing_decisions, "
        "w.punishment_decisions, w.coercion_decisions, w.fees_amount, w.rules_new_made, w.rules_new_published, "
        "w.rules_total_published, w.normative_documents_new_made, w.normative_documents_new_published, "
        "w.normative_documents_total_published, w.licensing_prev_items, w.licensing_change, "
        "w.other_services_prev_items, w.other_services_change, w.other_services_decisions, "
        "w.punishment_prev_items, w.punishment_change, w.coercion_prev_items, w.coercion_change, "
        "w.fees_prev_items, w.fees_change, w.procurement_projects, w.procurement_amount\n"
        "FROM wide_active w LEFT JOIN reports r ON r.id = w.report_id\n"
        "LEFT JOIN agencies a ON a.id = w.agency_id"
    ),
    (
        "CREATE VIEW applications_wide AS\n"
        "SELECT w.report_id AS report_id, a.name AS agency, w.year AS year, r.template AS template,\n"
        "  r.document_sha256 AS sha256, r.checks_failed AS checks_failed,\n"
        "  w.new_natural_person, w.new_commercial, w.new_research, w.new_social_welfare, w.new_legal_services, "
        "w.new_other_org, w.new_total, w.carried_over_natural_person, w.carried_over_commercial, "
        "w.carried_over_research, w.carried_over_social_welfare, w.carried_over_legal_services, "
        "w.carried_over_other_org, w.carried_over_total, w.granted_natural_person, w.granted_commercial, "
        "w.granted_research, w.granted_social_welfare, w.granted_legal_services, w.granted_other_org, "
        "w.granted_total, w.partial_natural_person, w.partial_commercial, w.partial_research, "
        "w.partial_social_welfare, w.partial_legal_services, w.partial_other_org, w.partial_total, "
        "w.denied_state_secret_natural_person, w.denied_state_secret_commercial, "
        "w.denied_state_secret_research, w.denied_state_secret_social_welfare, "
        "w.denied_state_secret_legal_services, w.denied_state_secret_other_org, w.denied_state_secret_total, "
        "w.denied_prohibited_natural_person, w.denied_prohibited_commercial, w.denied_prohibited_research, "
        "w.denied_prohibited_social_welfare, w.denied_prohibited_legal_services, "
        "w.denied_prohibited_other_org, w.denied_prohibited_total, w.denied_security_natural_person, "
        "w.denied_security_commercial, w.denied_security_research, w.denied_security_social_welfare, "
        "w.denied_security_legal_services, w.denied_security_other_org, w.denied_security_total, "
        "w.denied_third_party_natural_person, w.denied_third_party_commercial, w.denied_third_party_research, "
        "w.denied_third_party_social_welfare, w.denied_third_party_legal_services, "
        "w.denied_third_party_other_org, w.denied_third_party_total, w.denied_internal_natural_person, "
        "w.denied_internal_commercial, w.denied_internal_research, w.denied_internal_social_welfare, "
        "w.denied_internal_legal_services, w.denied_internal_other_org, w.denied_internal_total, "
        "w.denied_process_natural_person, w.denied_process_commercial, w.denied_process_research, "
        "w.denied_process_social_welfare, w.denied_process_legal_services, w.denied_process_other_org, "
        "w.denied_process_total, w.denied_enforcement_file_natural_person, "
        "w.denied_enforcement_file_commercial, w.denied_enforcement_file_research, "
        "w.denied_enforcement_file_social_welfare, w.denied_enforcement_file_legal_services, "
        "w.denied_enforcement_file_other_org, w.denied_enforcement_file_total, "
        "w.denied_inquiry_natural_person, w.denied_inquiry_commercial, w.denied_inquiry_research, "
        "w.denied_inquiry_social_welfare, w.denied_inquiry_legal_services, w.denied_inquiry_other_org, "
        "w.denied_inquiry_total, w.unavailable_not_held_natural_person, w.unavailable_not_held_commercial, "
        "w.unavailable_not_held_research, w.unavailable_not_held_social_welfare, "
        "w.unavailable_not_held_legal_services, w.unavailable_not_held_other_org, "
        "w.unavailable_not_held_total, w.unavailable_needs_creation_natural_person, "
        "w.unavailable_needs_creation_commercial, w.unavailable_needs_creation_research, "
        "w.unavailable_needs_creation_social_welfare, w.unavailable_needs_creation_legal_services, "
        "w.unavailable_needs_creation_other_org, w.unavailable_needs_creation_total, "
        "w.unavailable_unclear_natural_person, w.unavailable_unclear_commercial, "
        "w.unavailable_unclear_research, w.unavailable_unclear_social_welfare, "
        "w.unavailable_unclear_legal_services, w.unavailable_unclear_other_org, w.unavailable_unclear_total, "
        "w.rejected_petition_natural_person, w.rejected_petition_commercial, w.rejected_petition_research, "
        "w.rejected_petition_social_welfare, w.rejected_petition_legal_services, "
        "w.rejected_petition_other_org, w.rejected_petition_total, w.rejected_duplicate_natural_person, "
        "w.rejected_duplicate_commercial, w.rejected_duplicate_research, w.rejected_duplicate_social_welfare, "
        "w.rejected_duplicate_legal_services, w.rejected_duplicate_other_org, w.rejected_duplicate_total, "
        "w.rejected_publication_natural_person, w.rejected_publication_commercial, "
        "w.rejected_publication_research, w.rejected_publication_social_welfare, "
        "w.rejected_publication_legal_services, w.rejected_publication_other_org, "
        "w.rejected_publication_total, w.rejected_excessive_natural_person, w.rejected_excessive_commercial, "
        "w.rejected_excessive_research, w.rejected_excessive_social_welfare, "
        "w.rejected_excessive_legal_services, w.rejected_excessive_other_org, w.rejected_excessive_total, "
        "w.rejected_confirmation_natural_person, w.rejected_confirmation_commercial, "
        "w.rejected_confirmation_research, w.rejected_confirmation_social_welfare, "
        "w.rejected_confirmation_legal_services, w.rejected_confirmation_other_org, "
        "w.rejected_confirmation_total, w.other_no_correction_natural_person, "
        "w.other_no_correction_commercial, w.other_no_correction_research, "
        "w.other_no_correction_social_welfare, w.other_no_correction_legal_services, "
        "w.other_no_correction_other_org, w.other_no_correction_total, w.other_no_fee_natural_person, "
        "w.other_no_fee_commercial, w.other_no_fee_research, w.other_no_fee_social_welfare, "
        "w.other_no_fee_legal_services, w.other_no_fee_other_org, w.other_no_fee_total, "
        "w.other_other_natural_person, w.other_other_commercial, w.other_other_research, "
        "w.other_other_social_welfare, w.other_other_legal_services, w.other_other_other_org, "
        "w.other_other_total, w.handled_total_natural_person, w.handled_total_commercial, "
        "w.handled_total_research, w.handled_total_social_welfare, w.handled_total_legal_services, "
        "w.handled_total_other_org, w.handled_total_total, w.carried_forward_natural_person, "
        "w.carried_forward_commercial, w.carried_forward_research, w.carried_forward_social_welfare, "
        "w.carried_forward_legal_services, w.carried_forward_other_org, w.carried_forward_total, "
        "w.other_natural_person, w.other_commercial, w.other_research, w.other_social_welfare, "
        "w.other_legal_services, w.other_other_org, w.other_total\n"
        "FROM wide_applications w LEFT JOIN reports r ON r.id = w.report_id\n"
        "LEFT JOIN agencies a ON a.id = w.agency_id"
    ),
    (
        "CREATE VIEW review_wide AS\n"
        "SELECT w.report_id AS report_id, a.name AS agency, w.year AS year, r.template AS template,\n"
        "  r.document_sha256 AS sha256, r.checks_failed AS checks_failed,\n"
        "  w.review_upheld, w.review_corrected, w.review_other, w.review_pending, w.review_total, "
        "w.litigation_direct_upheld, w.litigation_direct_corrected, w.litigation_direct_other, "
        "w.litigation_direct_pending, w.litigation_direct_total, w.litigation_after_review_upheld, "
        "w.litigation_after_review_corrected, w.litigation_after_review_other, "
        "w.litigation_after_review_pending, w.litigation_after_review_total\n"
        "FROM wide_review w LEFT JOIN reports r ON r.id = w.report_id\n"
        "LEFT JOIN agencies a ON a.id = w.agency_id"
    ),
)


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
    for table, cells in _WIDE_CELLS.items():
        name = f"wide_{table}"
        op.create_table(
            name,
            sa.Column("report_id", sa.Integer(), nullable=False),
            sa.Column("year", sa.Integer(), nullable=True),
            sa.Column("agency_id", sa.Integer(), nullable=True),
            *(sa.Column(cell, sa.Double(), nullable=True) for cell in cells),
            sa.PrimaryKeyConstraint("report_id", name=f"pk_{name}"),
            sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=f"fk_{name}_report_id_reports",
                                    ondelete="CASCADE"),
        )
        op.create_index(f"ix_{name}_year", name, ["year", "agency_id"])
        op.create_index(f"ix_{name}_agency", name, ["agency_id", "year"])
    for statement in _CREATE_WIDE_VIEWS:
        op.execute(statement)


def downgrade() -> None:
    for view in _WIDE_VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")
    for table in _WIDE_CELLS:
        op.drop_table(f"wide_{table}")
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
