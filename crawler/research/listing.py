"""What the archive holds, one JSON-ready dict per report (`python -m crawler reports`), streamed.

The keys of `storage.archive.Archive.report_list()` (docs/archive.md), plus the provenance of `report_overview`:
region, source_url, fetched_at, fetch_id.  Reports are read in chunks and each chunk's URLs in one query, so a
listing of 100 000 reports never holds them all in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from crawler.research.datasets import Filters, dataset
from crawler.research.export import plain, streaming_connection
from storage.models import ReportSource

CHUNK = 1_000


def iter_reports(db: Any, filters: Filters | None = None, chunk: int = CHUNK) -> Iterator[dict[str, Any]]:
    sources = ReportSource.__table__
    urls_of = (sa.select(sources.c.report_id, sources.c.url)
               .where(sources.c.report_id.in_(sa.bindparam("ids", expanding=True)))
               .order_by(sources.c.report_id, sources.c.url))
    with streaming_connection(db) as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(
            dataset("reports", filters or Filters()).statement)
        for part in result.mappings().partitions():
            ids = [row["report_id"] for row in part]
            # A second cursor on the same connection: fine for SQLite; PostgreSQL's server-side cursor keeps going.
            urls: dict[int, list[str]] = {}
            for report_id, url in conn.execute(urls_of, {"ids": ids}):
                urls.setdefault(report_id, []).append(url)
            for row in part:
                yield _listed(row, urls.get(row["report_id"], []))


def _listed(row: Any, urls: list[str]) -> dict[str, Any]:
    return {
        "id": row["report_id"], "agency": row["agency"], "year": row["year"], "template": row["template"],
        "title": row["title"], "published": plain(row["published"]), "urls": urls, "sha256": row["sha256"],
        "media_type": row["media_type"], "size": row["size"],
        "checks_failed": row["failed_rules"].split(", ") if row["failed_rules"] else [],
        "parser_version": row["parser_version"], "site": row["site"], "region": row["region"],
        "first_seen": plain(row["first_seen"]), "last_seen": plain(row["last_seen"]),
        "source_url": row["source_url"], "fetched_at": plain(row["fetched_at"]), "fetch_id": row["fetch_id"],
    }
