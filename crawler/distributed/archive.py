"""One archive per worker process, shared by all the crawls it runs (NIANBAO_ARCHIVE_FACTORY of a worker).

Each crawl opening its own Archive would give each its own database pool: a worker running 24 crawls would hold
dozens of PostgreSQL connections, and four such workers exhaust the server's `max_connections` (the recorder
then fails to record and the fetch is lost).  Shared, a worker uses at most one pool (SQLAlchemy's 5 + 10
connections); the Archive is thread-safe and keeps one WARC writer per run.

Each crawl gets a view whose `close()` (crawler.context.close_context) leaves the shared archive open; the
extension closes the crawl's own WARC file when the worker leaves it, and the worker closes the archive on exit.
"""

from __future__ import annotations

import threading
from typing import Any

from scrapy.crawler import Crawler

from crawler import SOFTWARE
from storage.archive import Archive

_shared: Archive | None = None
_lock = threading.Lock()


class CrawlArchive:
    """The worker's archive as one crawl uses it: everything but `close` goes to the shared Archive."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def __getattr__(self, name: str) -> Any:
        return getattr(self._archive, name)

    def close(self) -> None:
        """The archive outlives the crawl (other crawls of this worker use it)."""


def crawl_archive(crawler: Crawler) -> CrawlArchive:
    global _shared
    with _lock:
        if _shared is None:
            _shared = Archive.open(software=SOFTWARE)
        return CrawlArchive(_shared)


def close_shared_archive() -> None:
    global _shared
    with _lock:
        if _shared is not None:
            _shared.close()
            _shared = None
