"""Fixtures of the distributed-mode tests: a Redis database of their own, an archive on the test PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from storage.archive import Archive
from storage.config import StorageConfig

# Redis has 16 numbered databases; these tests take 1–15 in turn (0 is the other suites'), emptied before use.
_databases = itertools.count()


def fresh_redis_url(server_url: str) -> str:
    url = f"{server_url.rsplit('/', 1)[0]}/{next(_databases) % 15 + 1}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    return url


@pytest.fixture
def redis_db(redis_url: str) -> str:
    """URL of an empty Redis database for one test."""
    return fresh_redis_url(redis_url)


@pytest.fixture
def server(redis_db: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_db)
    yield client
    client.close()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    data = tmp_path / "data"
    with Archive(StorageConfig(data, f"sqlite:///{data / 'archive.sqlite'}"), warc=False, fsync=False) as archive:
        yield archive
