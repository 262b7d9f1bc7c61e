"""The archive's tables (SQLAlchemy 2.x).  docs/archive.md explains each column for researchers.

Identity rules, enforced by constraints so that two crawlers writing at once cannot break them:
- a document is its bytes: `documents.sha256` (of the decoded body) is the primary key;
- a fetch is one HTTP observation: `fetches.observation_key` (the WARC record id when there is one) is unique, so
  re-ingesting the same WARC adds nothing;
- a report is a logical thing, one agency's annual report for one year: (agency, year) is unique in `reports`;
- a source is a document that carries a report (its web page, its PDF/DOC attachment, a re-posting, a revised
  file): `report_sources.document_sha256` is the primary key, so a document carries at most one report and the
  same bytes under another URL never make a second source.
Versions, the canonical source of each and the findings are derived from a report's sources (storage/assembly.py)
whenever they change; docs/archive.md ("Reports, versions, sources and roles") explains the model.

Schema changes go through a new migration in storage/migrations/versions, never through `create_all`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage import views
from storage.views import CellValue

OUTCOMES = ("new", "unchanged", "not_modified", "challenge", "error")
# skipped: no fetch of the document asked for a report (a listing, an API answer, robots.txt, a page asset)
PARSE_STATUSES = ("pending", "parsed", "not_report", "failed", "skipped")
# How a report's agency is known: named by the report itself, stated by the site (a 发布机构 field), or — nothing
# better being known — the government whose site published it (a guess, marked as such).
AGENCY_BASES = ("report", "site", "site_government")

# BIGINT primary keys on PostgreSQL, INTEGER on SQLite (where only INTEGER PRIMARY KEY is the rowid alias).
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on both dialects (SQLite would otherwise hand back naive values)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the archive stores UTC-aware times only")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime(), dict[str, Any]: Json, list[Any]: Json}
    # Every model maps one table (SQLAlchemy types `__table__` as any FromClause): Core statements use it.
    __table__: ClassVar[sa.Table]


class Site(Base):
    """A crawled website (one spider each)."""

    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(64), unique=True)  # the spider name, e.g. "haizhu"
    name: Mapped[str | None] = mapped_column(sa.String(255))
    base_url: Mapped[str | None] = mapped_column(sa.Text)


class Agency(Base):
    """A body that publishes reports; one site hosts many."""

    __tablename__ = "agencies"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(255), unique=True)
    site_id: Mapped[int | None] = mapped_column(sa.ForeignKey("sites.id"))
    code: Mapped[str | None] = mapped_column(sa.String(32))  # short code used in file names (zfb, xfj, …)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(64), unique=True)  # run_id passed to the spider; names WARC files
    spider: Mapped[str] = mapped_column(sa.String(64), index=True)
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    finish_reason: Mapped[str | None] = mapped_column(sa.String(64))
    stats: Mapped[dict[str, Any] | None]
    hostname: Mapped[str | None] = mapped_column(sa.String(255))
    pid: Mapped[int | None]


class Document(Base):
    """One distinct body, stored once in the blob store whatever URL, crawl or year it came from."""

    __tablename__ = "documents"
    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)  # of the body after content decoding
    size: Mapped[int] = mapped_column(sa.BigInteger)
    media_type: Mapped[str] = mapped_column(sa.String(128))  # sniffed from the bytes, not from headers
    blob: Mapped[str] = mapped_column(sa.Text)  # blob store location (a path relative to the store, or a URI)
    first_seen: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]
    parse_status: Mapped[str] = mapped_column(sa.String(16), default="pending", index=True)
    parse_error: Mapped[str | None] = mapped_column(sa.Text)
    parsed_with: Mapped[str | None] = mapped_column(sa.String(32))  # parser version of the last attempt
    parsed_at: Mapped[dt.datetime | None]
    __table_args__ = (sa.CheckConstraint(sa.column("parse_status").in_(PARSE_STATUSES), name="parse_status"),)


class ParseRequest(Base):
    """A stored document waiting for the parser: the parse queue, drained by parse processes
    (crawler/archiving/pool.py).  The row goes when the document's parse is recorded (report_store.mark_parsed)."""

    __tablename__ = "parse_queue"
    sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"), primary_key=True)
    run_id: Mapped[int | None] = mapped_column(sa.ForeignKey("crawl_runs.id"), index=True)  # the last crawl asking
    enqueued_at: Mapped[dt.datetime] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(default=0)  # claims by parse processes that died holding it
    claimed_by: Mapped[str | None] = mapped_column(sa.String(128))  # "<host>:<pid>" of the process parsing it
    claimed_at: Mapped[dt.datetime | None]  # refreshed while the parse goes on: an old one is a dead claim
    last_error: Mapped[str | None] = mapped_column(sa.Text)  # why the last claim ended without a parse


class Fetch(Base):
    """One HTTP observation (or one local file ingested): never updated, never deleted."""

    __tablename__ = "fetches"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    observation_key: Mapped[str] = mapped_column(sa.String(128), unique=True)
    run_id: Mapped[int | None] = mapped_column(sa.ForeignKey("crawl_runs.id"), index=True)
    url: Mapped[str] = mapped_column(sa.Text)
    final_url: Mapped[str | None] = mapped_column(sa.Text)
    referrer: Mapped[str | None] = mapped_column(sa.Text)
    method: Mapped[str] = mapped_column(sa.String(16), default="GET")
    status: Mapped[int | None]
    headers: Mapped[list[Any]] = mapped_column(default=list)  # response headers as [[name, value], …], in order
    content_type: Mapped[str | None] = mapped_column(sa.String(255))  # as the server claimed it
    etag: Mapped[str | None] = mapped_column(sa.String(512))
    last_modified: Mapped[str | None] = mapped_column(sa.String(64))
    fetched_at: Mapped[dt.datetime] = mapped_column(index=True)
    outcome: Mapped[str] = mapped_column(sa.String(16))
    error: Mapped[str | None] = mapped_column(sa.Text)
    # The body's document; for a 304 the document the earlier fetch stored (what "not modified" refers to).
    sha256: Mapped[str | None] = mapped_column(sa.ForeignKey("documents.sha256"), index=True)
    warc_file: Mapped[str | None] = mapped_column(sa.Text)  # relative to the data directory's warcs/
    warc_offset: Mapped[int | None] = mapped_column(sa.BigInteger)
    warc_length: Mapped[int | None] = mapped_column(sa.BigInteger)
    warc_record_id: Mapped[str | None] = mapped_column(sa.String(64))
    warc_type: Mapped[str | None] = mapped_column(sa.String(16))  # response | revisit | resource
    payload_digest: Mapped[str | None] = mapped_column(sa.String(64), index=True)  # WARC-Payload-Digest (sha1)
    # Why the crawler asked (storage.roles: listing, report, attachment, api, robots, asset, challenge); NULL when
    # nobody said (a WARC from another crawler, a local file, a fetch recorded before roles existed).
    role: Mapped[str | None] = mapped_column(sa.String(16))
    # What the crawler knew of the URL when it asked: site, the listing's title, year and agency, the page that
    # links an attachment, the publication date (storage.roles.CONTEXT_KEYS).
    context: Mapped[dict[str, Any] | None]
    __table_args__ = (
        sa.CheckConstraint(sa.column("outcome").in_(OUTCOMES), name="outcome"),
        # Equality lookups only (conditional GET); a hash index has no btree row-size limit for very long URLs.
        sa.Index("ix_fetches_url", "url", postgresql_using="hash"),
    )


class Report(Base):
    """A logical report: one agency's annual report for one year, however many documents carry it.

    Its attributes and cells are those of the canonical source of its latest version (storage/assembly.py)."""

    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("sites.id"))  # where it was first found
    agency_id: Mapped[int] = mapped_column(sa.ForeignKey("agencies.id"))
    agency_basis: Mapped[str] = mapped_column(sa.String(16), default="report")  # AGENCY_BASES
    year: Mapped[int | None]
    version: Mapped[int] = mapped_column(default=1)  # the latest version's number (how many there are)
    document_sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"))  # the canonical source
    template: Mapped[str | None] = mapped_column(sa.String(8))
    title: Mapped[str | None] = mapped_column(sa.Text)
    published: Mapped[dt.date | None]
    parser_version: Mapped[str] = mapped_column(sa.String(32))
    checks: Mapped[list[Any]] = mapped_column(default=list)
    checks_failed: Mapped[int] = mapped_column(default=0)  # how many consistency rules the report breaks
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    __table_args__ = (
        # NULLs are distinct on both dialects: a report whose year nobody could read stands alone.
        sa.UniqueConstraint("agency_id", "year"),
        # covers "all reports of a year" with what the wide views and yearly summaries need
        sa.Index("ix_reports_year", "year", "checks_failed", "agency_id", "id"),
        sa.CheckConstraint(sa.column("agency_basis").in_(AGENCY_BASES), name="agency_basis"),
    )


class ReportSource(Base):
    """A document that carries a report, with its own parse: the article page, its attachment, a re-posting, a
    mirror, a revised file.  Which version of the report it belongs to is derived (storage/assembly.py)."""

    __tablename__ = "report_sources"
    document_sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"), primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("reports.id"))
    version: Mapped[int] = mapped_column(default=1)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("sites.id"))  # the site it came from
    role: Mapped[str | None] = mapped_column(sa.String(16))  # the fetch's role: report (page) | attachment | NULL
    url: Mapped[str | None] = mapped_column(sa.Text)  # the first URL that served it (or the one it was given)
    # The source's own reading: what it says the report is, and how complete its tables are.
    agency: Mapped[str] = mapped_column(sa.String(255))
    agency_basis: Mapped[str] = mapped_column(sa.String(16))
    year: Mapped[int | None]
    template: Mapped[str | None] = mapped_column(sa.String(8))
    title: Mapped[str | None] = mapped_column(sa.Text)
    published: Mapped[dt.date | None]
    cells: Mapped[int] = mapped_column(default=0)  # cells read with a number in them
    blank_cells: Mapped[int] = mapped_column(default=0)  # cells read and left blank by the report
    parser_version: Mapped[str] = mapped_column(sa.String(32))
    data: Mapped[dict[str, Any]]  # the canonical JSON (spec/report-format.md) exactly as the parser returned it
    checks: Mapped[list[Any]] = mapped_column(default=list)
    checks_failed: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    __table_args__ = (sa.Index("ix_report_sources_report_id", "report_id", "version"),)


class ReportVersion(Base):
    """One version of a report: a revision in place or a corrected re-posting starts the next one; none is
    ever dropped.  The report's own row and cells are its latest version's."""

    __tablename__ = "report_versions"
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True)
    document_sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"))  # its canonical source
    template: Mapped[str | None] = mapped_column(sa.String(8))
    title: Mapped[str | None] = mapped_column(sa.Text)
    published: Mapped[dt.date | None]
    checks_failed: Mapped[int] = mapped_column(default=0)
    sources: Mapped[int] = mapped_column(default=1)  # documents carrying this version
    first_seen: Mapped[dt.datetime]  # when the archive first held a document of this version
    superseded_at: Mapped[dt.datetime | None]  # when the next version was first seen; NULL for the latest


class ReportCell(Base):
    """The tidy long form of a report's three tables (its latest version): one row per cell."""

    __tablename__ = "report_cells"
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"))
    table_name: Mapped[str] = mapped_column(sa.String(16))  # active | applications | review
    row_key: Mapped[str] = mapped_column(sa.String(48))
    column_key: Mapped[str] = mapped_column(sa.String(32))
    value: Mapped[int | float | None] = mapped_column(CellValue)  # counts whole, money (万元) with decimals
    is_blank: Mapped[bool] = mapped_column(default=False)  # the report left the cell empty (value is NULL)
    # Research queries read one cell of many reports.  The key lookup should then answer from the index alone:
    # SQLite stores the table in its primary key (WITHOUT ROWID), PostgreSQL carries the value in the key index.
    __table_args__ = (
        sa.PrimaryKeyConstraint("report_id", "table_name", "row_key", "column_key", postgresql_include=["value"]),
        sa.Index("ix_report_cells_cell", "table_name", "row_key", "column_key", "value", "report_id"),
        {"sqlite_with_rowid": False},
    )


class VersionCell(Base):
    """The cells of a report's superseded versions (its latest version's are in report_cells)."""

    __tablename__ = "version_cells"
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"))
    version: Mapped[int]
    table_name: Mapped[str] = mapped_column(sa.String(16))
    row_key: Mapped[str] = mapped_column(sa.String(48))
    column_key: Mapped[str] = mapped_column(sa.String(32))
    value: Mapped[int | float | None] = mapped_column(CellValue)
    is_blank: Mapped[bool] = mapped_column(default=False)
    __table_args__ = (
        sa.PrimaryKeyConstraint("report_id", "version", "table_name", "row_key", "column_key"),
        {"sqlite_with_rowid": False},
    )


class ReportFinding(Base):
    """A cell on which a source disagrees with its version's canonical source: shown, never silently dropped."""

    __tablename__ = "report_findings"
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"))
    version: Mapped[int]
    table_name: Mapped[str] = mapped_column(sa.String(16))
    row_key: Mapped[str] = mapped_column(sa.String(48))
    column_key: Mapped[str] = mapped_column(sa.String(32))
    document_sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"))  # the source that disagrees
    value: Mapped[int | float | None] = mapped_column(CellValue)  # what it says (NULL: it left the cell blank)
    canonical_sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"))
    canonical_value: Mapped[int | float | None] = mapped_column(CellValue)  # what the canonical source says
    __table_args__ = (
        sa.PrimaryKeyConstraint("report_id", "version", "table_name", "row_key", "column_key", "document_sha256"),
    )


class ReportHistory(Base):
    """A parse of a source that a later parser replaced (or withdrew), kept so no result is ever silently lost."""

    __tablename__ = "report_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_sha256: Mapped[str] = mapped_column(sa.ForeignKey("documents.sha256"), index=True)
    report_id: Mapped[int | None] = mapped_column(index=True)  # no FK: a withdrawn report's row is gone
    parser_version: Mapped[str] = mapped_column(sa.String(32))
    agency: Mapped[str | None] = mapped_column(sa.String(255))
    year: Mapped[int | None]
    template: Mapped[str | None] = mapped_column(sa.String(8))
    data: Mapped[dict[str, Any]]
    checks: Mapped[list[Any]] = mapped_column(default=list)
    replaced_at: Mapped[dt.datetime]
    replaced_by: Mapped[str | None] = mapped_column(sa.String(32))  # the parser version that replaced it
    reason: Mapped[str] = mapped_column(sa.String(16), default="reparsed")  # reparsed | withdrawn


# The wide form of the cells, one table per report table (storage/views.py explains why it is stored).
WIDE_TABLES = {
    table: sa.Table(views.WIDE_TABLES[table], Base.metadata, *views.wide_table_schema(table),
                    *(sa.Index(name, *columns) for name, columns in views.wide_table_indexes(table)))
    for table in views.WIDE_TABLES
}


# -- the season over the site registry (crawler/schedule/season, docs/registry.md) ---------------------------------
SEASON_ROUNDS = ("departments", "governments")  # whose deadline a visit follows: 31 January, 31 March
VISIT_STATUSES = ("pending", "done", "unreachable")


class Place(Base):
    """A government of the site registry (`sites/registry.csv`) that a season plans: its code is its site's slug."""

    __tablename__ = "places"
    code: Mapped[str] = mapped_column(sa.String(6), primary_key=True)  # GB/T 2260 style administrative code
    name: Mapped[str] = mapped_column(sa.String(255))  # 滦州市
    level: Mapped[str] = mapped_column(sa.String(16))  # province | prefecture | county
    province_code: Mapped[str] = mapped_column(sa.String(6), index=True)
    province: Mapped[str] = mapped_column(sa.String(255))  # 河北省
    government: Mapped[str] = mapped_column(sa.String(255))  # 滦州市人民政府: the agency of its own reports
    portal_url: Mapped[str | None] = mapped_column(sa.Text)


class SeasonVisit(Base):
    """One planned crawl of a place in a season's round, and how it went (the season resumes from these rows)."""

    __tablename__ = "season_visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    season: Mapped[int]  # the year the season runs in (it looks for the reports of the year before)
    code: Mapped[str] = mapped_column(sa.ForeignKey("places.code"))
    round: Mapped[str] = mapped_column(sa.String(16))  # SEASON_ROUNDS
    due: Mapped[dt.date]  # the day the plan gives it (Asia/Shanghai)
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")  # VISIT_STATUSES
    attempts: Mapped[int] = mapped_column(default=0)
    run_key: Mapped[str | None] = mapped_column(sa.String(64))  # the crawl run of the last attempt
    last_error: Mapped[str | None] = mapped_column(sa.Text)  # why the site answered nothing, when it did not
    last_attempt_at: Mapped[dt.datetime | None]  # an unreachable site is tried again a while after this
    reports: Mapped[int | None]  # report documents (pages, files) the last attempt archived, parsed or queued
    __table_args__ = (
        sa.UniqueConstraint("season", "code", "round"),
        sa.Index("ix_season_visits_season_status_due", "season", "status", "due"),
        sa.CheckConstraint(sa.column("round").in_(SEASON_ROUNDS), name="round"),
        sa.CheckConstraint(sa.column("status").in_(VISIT_STATUSES), name="status"),
    )
