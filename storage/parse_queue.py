"""The parse queue: stored documents waiting for the parser, taken one at a time by parse processes.

A durable queue in the archive itself (the `parse_queue` table), so a crash of anything loses nothing queued:

- `enqueue`: a crawl asks for the parse of a document its item names — only a document still `pending` (one the
  parser has not read); the latest crawl to ask owns the entry (`run_id`), which is what it waits for;
- `claim`: a parse process takes the oldest entry nobody holds, or one whose holder stopped refreshing its claim
  (`lease`: the holder died, on whatever machine); every claim counts an attempt;
- `refresh`: the holder of a long parse (OCR) says it is alive;
- `release`: claims given back — by their holder when stopped or when the archive failed it (`died=False`: the
  attempt does not count), or by the pool whose process died holding them (`died=True`: it counts, with why);
- the entry goes when the document's parse is recorded, in the same transaction (report_store.mark_parsed);
- an entry whose claims died `max_attempts` times is given up at the next claim: the document is marked `failed`
  with a one-line reason, never tried again by the queue (`reparse` still can).

Functions here run inside a write transaction that the caller (storage.archive) opened and retries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage import report_store
from storage.db import insert_or_update
from storage.models import Document, ParseRequest

queue = ParseRequest.__table__
documents = Document.__table__


@dataclass(frozen=True)
class Claim:
    sha256: str
    attempt: int  # 1 for the first claim


def enqueue(conn: Connection, sha256: str, run_id: int | None, now: dt.datetime) -> bool:
    """Queue a pending document for parsing; False when the parser has already read it (nothing to queue).  What
    the crawl knew of it travels with its fetches (their role and context), not with the queue."""
    status = conn.execute(sa.select(documents.c.parse_status).where(documents.c.sha256 == sha256)).scalar()
    if status != "pending":
        return False
    conn.execute(insert_or_update(queue, ["sha256"], conn.dialect.name, {"run_id": run_id}).values(
        sha256=sha256, run_id=run_id, enqueued_at=now, attempts=0))
    return True


def claim(conn: Connection, owner: str, now: dt.datetime, *, lease: dt.timedelta, max_attempts: int,
          parser_version: str) -> Claim | None:
    """The oldest entry free to take, now held by `owner`; None when the queue has nothing to give."""
    free = sa.or_(queue.c.claimed_by.is_(None), queue.c.claimed_at < now - lease)
    query = (sa.select(queue.c.sha256, queue.c.attempts, queue.c.last_error).where(free)
             .order_by(queue.c.enqueued_at, queue.c.sha256).limit(1))
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)  # parse processes of many machines never wait on each other
    while (row := conn.execute(query).first()) is not None:
        if row.attempts >= max_attempts:
            reason = f"parse process died {row.attempts} times on this document (last: {row.last_error or 'unknown'})"
            report_store.mark_parsed(conn, row.sha256, "failed", reason, parser_version, now)  # (and dequeues it)
            continue
        conn.execute(queue.update().where(queue.c.sha256 == row.sha256).values(
            claimed_by=owner[:128], claimed_at=now, attempts=queue.c.attempts + 1))
        return Claim(row.sha256, row.attempts + 1)
    return None


def refresh(conn: Connection, owner: str, sha256: str, now: dt.datetime) -> None:
    conn.execute(queue.update().where(queue.c.sha256 == sha256, queue.c.claimed_by == owner[:128])
                 .values(claimed_at=now))


def release(conn: Connection, owners: Iterable[str], *, died: bool, error: str | None = None) -> int:
    """Give back every entry `owners` hold; returns how many."""
    held = queue.c.claimed_by.in_([owner[:128] for owner in owners])
    values: dict[str, Any] = {"claimed_by": None, "claimed_at": None}
    if died:
        values["last_error"] = error
    else:
        values["attempts"] = sa.case((queue.c.attempts > 0, queue.c.attempts - 1), else_=0)
    return conn.execute(queue.update().where(held).values(**values)).rowcount


def holders(conn: Connection, host: str) -> list[str]:
    """The owners of claims taken on `host` (a pool checks which of them are still alive)."""
    like = host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
    return list(conn.execute(sa.select(queue.c.claimed_by).distinct()
                             .where(queue.c.claimed_by.like(like, escape="\\"))).scalars())


def waiting(conn: Connection, run_id: int) -> int:
    """Entries a crawl asked for that are not parsed yet."""
    return conn.execute(sa.select(sa.func.count()).select_from(queue).where(queue.c.run_id == run_id)).scalar_one()
