"""Reading a test crawl's archive (its own data directory, SQLite): the URLs archived as reports, the run's stats."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from storage.archive import Archive


def open_archive(data_dir: Path) -> Archive:
    return Archive.open(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}")


def archived_urls(data_dir: Path) -> set[str]:
    with open_archive(data_dir) as archive:
        return {url for report in archive.report_list() for url in report["urls"]}


def crawl_stats(data_dir: Path) -> dict:
    """The stats of the directory's latest crawl run."""
    with open_archive(data_dir) as archive:
        stats = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")).scalar_one())
    return stats if isinstance(stats, dict) else json.loads(stats)
