"""Conditional GET's validators in memory (crawler/validators.py): one query per host, the archive's answers.

On SQLite and PostgreSQL: for every URL, what the validators say equals what `Archive.last_fetch` says — before
and after the crawl records new fetches — and a host costs one query however many of its URLs are asked about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from crawler.validators import Validators
from storage.archive import Archive
from storage.config import StorageConfig
from storage.observation import Observation

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def archive(tmp_path: Path, database_url: str) -> Iterator[Archive]:
    with Archive(StorageConfig(data_dir=tmp_path / "data", database_url=database_url), fsync=False,
                 warc=False) as opened:
        yield opened


def page(url: str, minutes: int, body: bytes | None = b"<html>report</html>", status: int | None = 200,
         **headers: str) -> Observation:
    pairs = [("Content-Type", "text/html"), *((name.replace("_", "-"), value) for name, value in headers.items())]
    return Observation(url=url, status=status, body=body, fetched_at=T0 + dt.timedelta(minutes=minutes),
                       headers=pairs)


def test_validators_answer_as_the_archive_with_one_query_per_host(archive: Archive) -> None:
    urls = ["https://www.a.gov.cn/nb/", "http://www.a.gov.cn/nb/p.html", "https://www.a.gov.cn:8443/x?y=1",
            "https://www.a.gov.cn/gone.html", "https://www.ab.gov.cn/nb/", "https://www_a.gov.cn/nb/"]
    archive.record_fetch(page(urls[0], 0, b"old", ETag='"1"'))
    archive.record_fetch(page(urls[0], 5, b"new", ETag='"2"', Last_Modified="Mon, 05 Jan 2026 08:00:00 GMT"))
    archive.record_fetch(page(urls[0], 9, None, status=None))  # a later failure: not a validator
    archive.record_fetch(page(urls[1], 1, Last_Modified="Sun, 04 Jan 2026 08:00:00 GMT"))
    archive.record_fetch(page(urls[2], 2, b"api", ETag='"x"'))
    archive.record_fetch(page(urls[3], 3, b"", status=404))
    archive.record_fetch(page(urls[4], 4, b"other host", ETag='"o"'))
    archive.record_fetch(page(urls[5], 4, b"look-alike host", ETag='"l"'))
    validators = Validators(archive)
    queries = _count_queries(archive)
    for url in [*urls, "https://www.a.gov.cn/never.html"]:
        assert validators.last_fetch(url) == archive.last_fetch(url), url
    assert validators.last_fetch(urls[0]).etag == '"2"'  # type: ignore[union-attr]
    asked = len(queries)
    for url in urls:
        validators.last_fetch(url)
    assert len(queries) == asked  # (and the comparisons above asked the archive per URL, not the validators)
    assert sum("row_number" in statement.lower() for statement in queries) == 3  # www.a, www.ab, www_a


def test_what_the_crawl_records_is_learnt(archive: Archive) -> None:
    url = "https://www.a.gov.cn/nb/"
    archive.record_fetch(page(url, 0, b"v1", ETag='"1"'))
    validators = Validators(archive)
    assert validators.last_fetch(url).etag == '"1"'  # type: ignore[union-attr]
    for obs in (page(url, 10, None, status=304),  # a 304 without validators keeps the earlier ones
                page(url, 20, b"v2", ETag='"2"', Last_Modified="Tue, 06 Jan 2026 08:00:00 GMT"),
                page(url, 30, b"busy", status=503),  # a failure is learnt as nothing
                page("https://www.a.gov.cn/new.html", 40, b"v3")):
        validators.learn(obs, archive.record_fetch(obs))
        for known in (url, "https://www.a.gov.cn/new.html"):
            assert validators.last_fetch(known) == archive.last_fetch(known), (obs.status, known)


def _count_queries(archive: Archive) -> list[str]:
    statements: list[str] = []
    engine: sa.Engine = archive.db.engine

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    return statements
