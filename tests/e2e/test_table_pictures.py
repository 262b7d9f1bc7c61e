"""End to end: a report page whose three tables are pictures, crawled from the offline replica.

`scrapy crawl haizhu -a agency=水务局` against the replica (a real Scrapy process, real SQLite archive): the spider
fetches the page's pictures (archived with the role `picture`, never parsed alone) and the page is parsed with their
text read by OCR, where each picture stood.  The cells are compared with the replica's ground truth.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from replica import Replica
from replica.demo import crawl_replica
from storage.archive import Archive

pytestmark = pytest.mark.slow


def test_tables_published_as_pictures_are_fetched_and_read_with_their_page(tmp_path) -> None:
    with Replica() as replica:
        report = next(r for r in replica.manifest()["reports"] if r["agency"].endswith("水务局"))
        done = crawl_replica("haizhu", replica.url, data_dir=str(tmp_path), arguments={"agency": "水务局"})
        assert done.returncode == 0, done.stderr[-3000:]
        requested = [e["url"] for e in replica.requests() if e.get("status") == 200]
    pictures = [u for u in requested if "/9811705/table_" in u]
    assert len(pictures) == (3 if report["tables"].get("review") else 2)
    expected = {(t, r, c): v for t, rows in report["tables"].items() for r, cols in rows.items()
                for c, v in cols.items()}
    with Archive.open(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'archive.sqlite'}") as archive:
        page = next(r for r in archive.report_list() if report["detail_url"] in r["urls"])
        cells = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT table_name, row_key, column_key, value FROM report_cells WHERE report_id = :id"),
            {"id": page["id"]}).all())
        statuses = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT d.parse_status, f.role FROM documents d JOIN fetches f ON f.sha256 = d.sha256 "
            "WHERE f.url LIKE '%/9811705/table_%'")).all())
        reports = archive.report_list()
    got = {(t, r, c): v for t, r, c, v in cells}
    right = sum(1 for key, value in expected.items() if got.get(key, "absent") == value)
    assert right / len(expected) >= 0.98, (right, len(expected))  # OCR: the floor the scanned documents have
    assert statuses and all(status == "skipped" and role == "picture" for status, role in statuses)
    assert len(reports) == 1  # the pictures are no reports of their own
