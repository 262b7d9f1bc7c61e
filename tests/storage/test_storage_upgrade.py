"""An archive written by the code of revision 0002 (one report per document) upgrades to logical reports.

The fixture (tests/storage/fixtures/archive_0002/: an SQLite file and a PostgreSQL dump, both made by main's code
at a fixed commit, see its build.py) holds a page and its PDF, an article with its re-posting and its DOCX (which
reads one figure differently), a pre-2019 report that names no agency, a local file that names none either, and
a listing page never parsed.
"""

from __future__ import annotations

import glob
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storage.db import Database, current_revision, head_revision
from storage.models import Base, ReportCell
from storage.text_search import outside_models
from tests.storage.storage_helpers import GOLDEN

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "archive_0002"
HAIZHU, PANYU, YAODU = "广州市海珠区人民政府办公室", "广州市番禺区信访局", "临汾市尧都区人民政府"


@pytest.fixture(params=["sqlite", "postgresql"])
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    if request.param == "sqlite":
        shutil.copy(FIXTURE / "archive.sqlite", tmp_path / "archive.sqlite")
        url = f"sqlite:///{tmp_path / 'archive.sqlite'}"
    else:
        url = request.getfixturevalue("pg_url")
        psql = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql")) or [shutil.which("psql") or "psql"]
        restored = subprocess.run([psql[-1], "-q", "-v", "ON_ERROR_STOP=1", "-f", str(FIXTURE / "archive.pg.sql"),
                                   url.replace("postgresql+psycopg://", "postgresql://")],
                                  capture_output=True, text=True)
        assert restored.returncode == 0, restored.stderr
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        assert current_revision(conn) == "0002_research"  # what main wrote
    engine.dispose()
    db = Database(url)  # opening it upgrades it
    request.addfinalizer(db.dispose)
    return db


def rows(db: Database, sql: str) -> list[Any]:
    return db.read(lambda conn: conn.execute(sa.text(sql)).all())


def test_duplicate_rows_merge_into_logical_reports(upgraded: Database) -> None:
    with upgraded.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        context = MigrationContext.configure(conn, opts={"include_object": outside_models})  # the text index
        assert compare_metadata(context, Base.metadata) == []
    reports = {r.agency: r for r in rows(upgraded, "SELECT r.*, a.name AS agency, s.slug AS site FROM reports r "
                                                   "JOIN agencies a ON a.id = r.agency_id JOIN sites s "
                                                   "ON s.id = r.site_id")}
    assert {(a, r.year, r.site, r.agency_basis, r.version) for a, r in reports.items()} == {
        (HAIZHU, 2021, "haizhu", "report", 1), (PANYU, 2021, "panyu", "report", 1),
        (YAODU, 2017, "yaodu", "site_government", 1)}  # the pre-2019 page named no agency: its site's government
    sources = rows(upgraded, "SELECT s.report_id, s.role, d.media_type FROM report_sources s "
                             "JOIN documents d ON d.sha256 = s.document_sha256")
    carried = {a: sorted((s.media_type, s.role or "-") for s in sources if s.report_id == r.id)
               for a, r in reports.items()}
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert carried == {  # roles the old rows prove: the page an attachment was found on, and the attachment
        HAIZHU: [("application/pdf", "attachment"), ("text/html", "report")],
        PANYU: [(docx, "attachment"), ("text/html", "-"), ("text/html", "report")],  # (the re-posting: unknown)
        YAODU: [("text/html", "-")]}
    media = {r.agency: r.media_type for r in rows(upgraded, "SELECT a.name AS agency, d.media_type FROM reports r "
                                                            "JOIN agencies a ON a.id = r.agency_id JOIN documents d "
                                                            "ON d.sha256 = r.document_sha256")}
    assert media[HAIZHU] == "application/pdf" and media[PANYU] == docx  # ties go to the official file


def test_what_the_documents_disagree_on_is_kept_and_the_cells_are_whole(upgraded: Database) -> None:
    golden = json.loads((GOLDEN / "panyu_xfj_2021.json").read_text(encoding="utf-8"))
    golden_total = golden["tables"]["applications"]["new"]["total"]
    findings = rows(upgraded, "SELECT f.table_name, f.row_key, f.column_key, f.value, f.canonical_value "
                              "FROM report_findings f")
    # both pages read the golden figure; the DOCX, canonical (a file, as complete), ten more
    assert sorted(tuple(f) for f in findings) == [("applications", "new", "total", golden_total,
                                                   golden_total + 10)] * 2
    cells = ReportCell.__table__
    values = upgraded.read(lambda conn: conn.execute(sa.select(cells.c.value).where(cells.c.value.is_not(None)))
                           .scalars().all())
    assert values and all(isinstance(v, int) for v in values)  # counts read back whole, never 29.0
    assert rows(upgraded, "SELECT count(*) FROM report_cells c JOIN reports r ON r.id = c.report_id "
                          "WHERE r.version <> 1")[0][0] == 0
    overview = rows(upgraded, "SELECT agency, source_count, findings, sources FROM report_overview ORDER BY agency")
    assert [(o.agency, o.source_count, o.findings) for o in overview] == [(YAODU, 1, 0), (HAIZHU, 2, 0),
                                                                          (PANYU, 3, 2)]
    assert all(len(o.sources.split()) == o.source_count for o in overview)
    assert rows(upgraded, "SELECT count(*) FROM applications_wide")[0][0] == 3


def test_what_cannot_be_filed_goes_back_to_pending_with_its_parse_kept(upgraded: Database) -> None:
    statuses = sorted(tuple(r) for r in rows(upgraded, "SELECT parse_status, count(*) FROM documents GROUP BY 1"))
    assert statuses == [("parsed", 6), ("pending", 2)]  # the listing, and the local file nobody can place
    history = rows(upgraded, "SELECT year, agency, replaced_by, reason FROM report_history")
    assert [tuple(h) for h in history] == [(2019, None, "migration 0003", "withdrawn")]
