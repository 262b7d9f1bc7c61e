"""What the archive holds, one JSON-ready dict per report (`python -m crawler reports`), streamed.

The keys of `storage.archive.Archive.report_list()` (docs/archive.md), plus the provenance of `report_overview`:
region, source_url, fetched_at, fetch_id, findings.  Reports are read in chunks and each chunk's sources in one
query, so a listing of 100 000 reports never holds them all in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from crawler.research.datasets import Filters, dataset
from crawler.research.export import plain, streaming_connection
from storage.report_store import source_urls

CHUNK = 1_000


def iter_reports(db: Any, filters: Filters | None = None, chunk: int = CHUNK) -> Iterator[dict[str, Any]]:
    with streaming_connection(db) as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(
            dataset("reports", filters or Filters()).statement)
        for part in result.mappings().partitions():
            # A second cursor on the same connection: fine for SQLite; PostgreSQL's server-side cursor keeps going.
            carried = source_urls(conn, [row["report_id"] for row in part])
            for row in part:
                yield _listed(row, carried.get(row["report_id"], {}))


def _listed(row: Any, carried: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["report_id"], "agency": row["agency"], "agency_basis": row["agency_basis"], "year": row["year"],
        "version": row["version"], "template": row["template"], "title": row["title"],
        "published": plain(row["published"]), "urls": carried.get("urls", []),
        "sources": carried.get("sources", []), "findings": row["findings"], "sha256": row["sha256"],
        "media_type": row["media_type"], "size": row["size"],
        "checks_failed": row["failed_rules"].split(", ") if row["failed_rules"] else [],
        "parser_version": row["parser_version"], "site": row["site"], "region": row["region"],
        "first_seen": plain(row["first_seen"]), "last_seen": plain(row["last_seen"]),
        "source_url": row["source_url"], "fetched_at": plain(row["fetched_at"]), "fetch_id": row["fetch_id"],
    }
