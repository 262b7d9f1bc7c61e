"""End to end: `scrapy crawl <site>` for every site the replica reproduces, as `make demo` runs them.

One module-scoped crawl (real Scrapy processes, real SQLite archive, the real Chromium for chuanhui's JavaScript
listings and yindu's cookie challenge), then a recrawl of the unchanged replica, then a recrawl after a report was
revised in place.  Every assertion compares with the replica's ground truth (its manifest), never with a fixed
number.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from crawler.links import is_document
from replica import Replica
from replica.demo import crawl_replica, replica_sites, replicated_sites, score
from storage.archive import Archive

pytestmark = [pytest.mark.slow, pytest.mark.browser]
SITES = replicated_sites()  # the spider loader's sites → the replica's sites they crawl
REPLICA_SITES = replica_sites(SITES)


@dataclass
class Crawl:
    replica: Replica
    data_dir: Path
    first: list[dict]  # replica request log of the first crawl
    second: list[dict]  # ... of the recrawl of the unchanged replica
    revised_url: str
    third: list[dict]  # ... of the recrawl after the revision


def _crawl_all(replica: Replica, data_dir: Path, spiders: tuple[str, ...] = tuple(SITES)) -> list[dict]:
    start = len(replica.requests())
    for spider in spiders:
        done = crawl_replica(spider, replica.url, data_dir=str(data_dir))
        assert done.returncode == 0, f"{spider} crawl failed:\n{done.stderr[-3000:]}"
    return replica.requests(since=start)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory, chromium_path: str) -> Iterator[Crawl]:
    data_dir = tmp_path_factory.mktemp("archive")
    with Replica(sites=REPLICA_SITES) as replica:
        first = _crawl_all(replica, data_dir)
        second = _crawl_all(replica, data_dir)
        report = next(r for r in replica.manifest()["reports"] if r.get("revisable"))
        revised_url = next((u for u in report["attachment_urls"]), report["detail_url"])
        replica.revise(revised_url)
        third = _crawl_all(replica, data_dir, tuple(s for s, names in SITES.items() if report["site"] in names))
        yield Crawl(replica, data_dir, first, second, revised_url, third)


def _archive(crawl: Crawl) -> Archive:
    return Archive.open(data_dir=crawl.data_dir, database_url=f"sqlite:///{crawl.data_dir / 'archive.sqlite'}")


def test_every_report_found_and_nothing_else(crawl: Crawl) -> None:
    with _archive(crawl) as archive:
        archived = {url for report in archive.report_list() for url in report["urls"]}
    result = score(crawl.replica.manifest(), archived, set(REPLICA_SITES))
    assert result.found == result.published and not result.wrong, str(result)
    assert not crawl.replica.misses(), "the crawl asked for pages the site does not have"


def test_archived_numbers_are_the_published_ones(crawl: Crawl) -> None:
    """Every document the replica says carries the tables parses to the published cells (OCR'd scans ≥ 98 %)."""
    manifest = crawl.replica.manifest()
    with _archive(crawl) as archive:
        by_url = {url: report for report in archive.report_list() for url in report["urls"]}
        cells = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT report_id, table_name, row_key, column_key, value FROM report_cells")).all())
    got: dict[int, dict[tuple[str, str, str], float | None]] = {}
    for report_id, table, row, column, value in cells:
        got.setdefault(report_id, {})[(table, row, column)] = value
    checked = 0
    for report in manifest["reports"]:
        if not report.get("tables") or crawl.revised_url in {d["url"] for d in report["documents"]}:
            continue  # (the revised report has two versions: its own test below)
        expected = {(t, r, c): v for t, rows in report["tables"].items() for r, cols in rows.items()
                    for c, v in cols.items()}
        for document in report["documents"]:
            if not document.get("carries_tables"):
                continue
            archived = got.get(by_url[document["url"]]["id"], {})
            right = sum(1 for k, v in expected.items() if archived.get(k, "absent") == v)
            floor = 0.98 if document.get("ocr") else 1.0
            assert right / len(expected) >= floor, (document["url"], right, len(expected))
            checked += 1
    assert checked >= len(manifest["reports"]) // 2


def test_challenge_solved_in_the_browser_and_never_archived(crawl: Crawl) -> None:
    with _archive(crawl) as archive:
        rows = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT f.outcome, f.sha256, f.status FROM fetches f WHERE f.status IN (412, 521)")).all())
        runs = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT stats FROM crawl_runs WHERE spider = 'yindu' ORDER BY id LIMIT 1")).scalar_one())
    assert rows and all(outcome == "challenge" and sha is None for outcome, sha, _ in rows)
    stats = runs if isinstance(runs, dict) else json.loads(runs)
    assert stats.get("nianbao/challenge/browser", 0) >= 1
    assert stats.get("nianbao/challenge/unresolved", 0) == 0


def test_javascript_listings_read_through_chromium(crawl: Crawl) -> None:
    with _archive(crawl) as archive:
        stats = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT stats FROM crawl_runs WHERE spider = 'chuanhui' ORDER BY id LIMIT 1")).scalar_one())
        found = [r for r in archive.report_list() if any("chuanhui" in u for u in r["urls"])]
    stats = stats if isinstance(stats, dict) else json.loads(stats)
    assert stats.get("playwright/page_count", 0) >= 1
    assert found


def _bodies(log: list[dict]) -> int:
    return sum(1 for entry in log if entry.get("body") and entry.get("status") == 200)


def test_recrawl_of_unchanged_sites_downloads_no_document_again(crawl: Crawl) -> None:
    assert _bodies(crawl.second) <= 0.15 * _bodies(crawl.first), (_bodies(crawl.second), _bodies(crawl.first))
    again = [e["url"] for e in crawl.second if is_document(e["url"]) and e.get("body") and e["status"] == 200]
    assert not again, f"attachments downloaded again: {again}"
    with _archive(crawl) as archive:
        documents = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT count(*) FROM documents d JOIN fetches f ON f.sha256 = d.sha256 "
            "JOIN crawl_runs r ON r.id = f.run_id WHERE f.outcome = 'new' AND r.id IN "
            "(SELECT id FROM crawl_runs ORDER BY id LIMIT 5 OFFSET 5)")).scalar_one())
    assert documents == 0, "the recrawl of an unchanged site created documents"


def test_revised_report_archived_next_to_the_old_version(crawl: Crawl) -> None:
    with _archive(crawl) as archive:
        versions = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT DISTINCT sha256 FROM fetches WHERE url = :url AND sha256 IS NOT NULL"),
            {"url": crawl.revised_url}).scalars().all())
        reports = [r for r in archive.report_list() if crawl.revised_url in r["urls"]]
    assert len(versions) == 2, versions
    assert {r["sha256"] for r in reports} == set(versions)


def test_warc_files_pass_warcio_check(crawl: Crawl) -> None:
    files = sorted((crawl.data_dir / "warcs").rglob("*.warc.gz"))
    assert files
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", *map(str, files)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
