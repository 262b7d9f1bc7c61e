"""Memory bounds on each SQLite connection of the web view (time and rows are Datasette settings: server.py)."""

from __future__ import annotations

import sqlite3

MAX_VALUE_BYTES = 64 * 1024 * 1024  # the largest string or blob a query may make (stored texts are far smaller)
HEAP_LIMIT_BYTES = 512 * 1024 * 1024  # all of SQLite's memory in the server process


def bound(conn: sqlite3.Connection) -> None:
    """`select randomblob(300000000)` fails with "string or blob too big" instead of allocating it."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT_BYTES}")
