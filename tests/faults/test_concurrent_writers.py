"""Load: two crawler processes and the scheduler writing one PostgreSQL archive at the same time (issue 8).

Crawler A crawls haizhu, crawler B crawls yaodu, and `scheduler.py --once haizhu yaodu` crawls both again — all
three at once, into one PostgreSQL database and one data directory, from one replica.  Afterwards the archive passes
its integrity check, every published report is archived once (one document per distinct body, one report per
document), and WARC files pass `warcio check`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from replica import Replica
from replica.demo import score
from storage import integrity
from storage.archive import Archive
from tests.paths import ROOT
from tests.storage.storage_helpers import warc_files, warcio_check

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
SITES = ("haizhu", "yaodu")


def test_two_crawlers_and_the_scheduler_share_one_postgresql_archive(tmp_path: Path, pg_url: str) -> None:
    with Replica(modes=[]) as replica:
        env = {**os.environ, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
               "NIANBAO_DATA": str(tmp_path), "DATABASE_URL": pg_url, "NIANBAO_LOG_LEVEL": "WARNING"}
        commands = [[sys.executable, "-m", "scrapy", "crawl", site] for site in SITES]
        commands.append([sys.executable, "scheduler.py", "--once", *SITES])
        processes = [subprocess.Popen(c, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      text=True) for c in commands]
        outputs = [p.communicate(timeout=600)[0] for p in processes]
        for process, output in zip(processes, outputs, strict=True):
            assert process.returncode == 0, output[-3000:]
        manifest = replica.manifest()
    with Archive.open(data_dir=tmp_path, database_url=pg_url) as archive:
        assert integrity.problems(archive) == []
        archived = {u for r in archive.report_list() for u in r["urls"]}
        result = score(manifest, archived, set(SITES))
        assert result.found == result.published and not result.wrong, str(result)
        counts = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT (SELECT count(*) FROM reports), (SELECT count(DISTINCT document_sha256) FROM reports), "
            "(SELECT count(*) FROM crawl_runs WHERE finish_reason = 'finished')")).one())
    assert counts[0] == counts[1], "a document got two reports"
    assert counts[2] == 4, "two crawls and two scheduled crawls should have finished"
    files = warc_files(tmp_path)
    assert files and warcio_check(*files).returncode == 0
