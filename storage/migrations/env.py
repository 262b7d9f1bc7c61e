"""Alembic environment for the archive.

Normally run by `storage.db.upgrade()`, which passes an open connection in `config.attributes["connection"]`.
Developers may also run the alembic CLI: `alembic -c storage/alembic.ini revision -m "…"` (the database then
comes from NIANBAO_DATA / DATABASE_URL, as for the crawler).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.config import StorageConfig
from storage.db import make_engine, pg_migration_lock
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        # Two crawlers starting at once on a fresh PostgreSQL database: the second waits here, then finds the
        # schema at head.  (On SQLite the caller's BEGIN IMMEDIATE does the same.)
        pg_migration_lock(connection)
        context.run_migrations()


def main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(StorageConfig.from_env().database_url)
    with engine.connect() as conn:
        run_migrations(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run them against a database")
main()
