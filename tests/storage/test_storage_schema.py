"""Schema: Alembic migrations from the first table, on SQLite and PostgreSQL, equal to the models."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from crawler.parse import template
from storage import views
from storage.config import StorageConfig
from storage.db import Database, alembic_config, current_revision, head_revision
from storage.models import Base
from storage.text_search import outside_models
from tests.storage.storage_helpers import VERSIONS, load_revision

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    db = Database(database_url)
    with db.engine.connect() as conn:
        # (head_revision reads the files itself, so opening a current archive never imports alembic)
        assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert current_revision(conn) == head_revision() == MigrationContext.configure(conn).get_current_revision()
        context = MigrationContext.configure(conn, opts={"include_object": outside_models})  # the text index
        assert compare_metadata(context, Base.metadata) == []
        tables = set(sa.inspect(conn).get_table_names())
        assert {"sites", "agencies", "crawl_runs", "fetches", "documents", "reports", "report_sources",
                "report_cells", "report_history"} <= tables
        assert set(views.WIDE_VIEWS.values()) <= set(sa.inspect(conn).get_view_names())
    db.dispose()


def test_wide_view_columns_come_from_the_template(database_url: str) -> None:
    db = Database(database_url)
    with db.engine.connect() as conn:
        columns = list(conn.execute(sa.text("SELECT * FROM applications_wide")).keys())
        review = list(conn.execute(sa.text("SELECT * FROM review_wide")).keys())
        active = list(conn.execute(sa.text("SELECT * FROM active_wide")).keys())
    db.dispose()
    assert columns[:6] == ["report_id", "agency", "year", "template", "sha256", "checks_failed"]
    assert {"new_total", "new_natural_person", "carried_forward_total", "other_other_total", "other_total"} \
        <= set(columns)  # 2021-only (other_other) and 2019-only (other) rows side by side
    assert len(review) == 6 + 3 * 5
    assert {"rules_issued", "rules_new_made", "procurement_amount", "fees_amount"} <= set(active)


def test_sqlite_default_is_a_wal_file_in_the_data_directory(tmp_path: Path) -> None:
    config = StorageConfig.from_env(environ={"NIANBAO_DATA": str(tmp_path / "d")})
    assert config.database_url == f"sqlite:///{tmp_path / 'd' / 'archive.sqlite'}"
    db = Database(config.database_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert (tmp_path / "d" / "archive.sqlite").is_file()


def test_config_environment(tmp_path: Path) -> None:
    env = {"NIANBAO_DATA": str(tmp_path), "DATABASE_URL": "postgresql+psycopg://u@h/db"}
    config = StorageConfig.from_env(environ=env)
    assert config.database_url == "postgresql+psycopg://u@h/db"  # DATABASE_URL overrides the database alone
    assert (config.blobs_dir, config.warcs_dir) == (tmp_path / "blobs", tmp_path / "warcs")
    assert StorageConfig.from_env(environ={}).data_dir == Path("data").absolute()


def test_two_processes_creating_the_schema_at_once(database_url: str) -> None:
    """Two crawlers started together on an empty database: one migrates, the other waits; neither fails."""
    code = "import sys; from storage.db import Database; Database(sys.argv[1]); print('ok')"
    procs = [subprocess.Popen([sys.executable, "-c", code, database_url], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    db = Database(database_url)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar() == 1
    db.dispose()


def test_migrations_import_no_live_code() -> None:
    """What a revision does never changes with today's code: it carries its own frozen schema and SQL."""
    allowed = {"__future__", "collections", "typing", "alembic", "sqlalchemy"}
    for path in sorted(VERSIONS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                assert {name.split(".")[0] for name in names} <= allowed, f"{path.name} imports {names}"


def test_storage_lists_the_cells_of_the_parsers_templates() -> None:
    """storage/views.py lists the cells as part of the schema (storage does not read the template); a template that
    gains a cell needs it added there and a migration that adds its column (storage/views.py says how)."""
    assert views.TABLES == template.TABLES
    for table in template.TABLES:
        cells: dict[tuple[str, str], None] = {}
        for name in sorted(template.TEMPLATES, reverse=True):
            for row in template.rows(name, table):
                for column in row.columns:
                    cells.setdefault((row.key, column), None)
        assert views.wide_columns(table) == list(cells), f"the template's {table} table changed"


def test_the_first_revision_made_the_wide_views_storage_describes() -> None:
    """0001's frozen wide tables and views are today's: when storage/views.py changes, a new revision must follow."""
    revision = load_revision("0001_initial_schema.py")
    assert {t: list(cells) for t, cells in revision._WIDE_CELLS.items()} == {
        t: [views.view_column(r, c) for r, c in views.wide_columns(t)] for t in views.TABLES}
    assert list(revision._CREATE_WIDE_VIEWS) == list(views.create_views())
