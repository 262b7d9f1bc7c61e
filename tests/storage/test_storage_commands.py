"""`ingest`, `reparse` and `reports` as a user runs them, with the real parser (no parse results faked)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.archiving.parsing import parse_stored
from crawler.parse import PARSER_VERSION
from crawler.parse.meta import full_agency
from storage import integrity
from storage.archive import Archive
from storage.config import StorageConfig
from storage.observation import Observation
from tests.storage.storage_helpers import GOLDEN, cli, warc_files, warcio_check

REPORTS = {  # golden text reports and the agency/year the parser must find in them
    "haizhu_zfb_2021.txt": ("广州市海珠区人民政府办公室", 2021),
    "panyu_xfj_2021.txt": ("番禺区信访局", 2021),
    "yaodu_xfj_2020.txt": ("尧都区信访局", 2020),
}


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "on-disk"
    folder.mkdir()
    for name in REPORTS:
        shutil.copy(GOLDEN / name, folder / name)
    (folder / "notes.txt").write_text("会议纪要：本周工作安排。", encoding="utf-8")  # not a report
    return folder


def sql(config: StorageConfig, query: str) -> list[sa.Row]:
    with Archive(config, warc=False) as archive:
        return archive.db.read(lambda conn: conn.execute(sa.text(query)).all())


def reports_json(crawler_cli: Callable[..., Any]) -> list[dict]:
    result = crawler_cli("reports", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_ingest_local_files_then_reports_json(reports_dir: Path, config: StorageConfig,
                                               crawler_cli: Callable[..., Any]) -> None:
    result = crawler_cli("ingest", str(reports_dir))
    assert result.returncode == 0, result.stderr
    assert "4 new document(s)" in result.stdout and "3 report(s) created" in result.stdout

    listed = reports_json(crawler_cli)
    # The archive names an agency with its prefecture (one name per agency across years), see parse.meta.full_agency.
    assert {(r["agency"], r["year"]) for r in listed} == {(full_agency(a), y) for a, y in REPORTS.values()}
    for report in listed:
        assert {"agency", "year", "template", "urls", "sha256", "checks_failed", "title", "media_type",
                "parser_version", "published"} <= report.keys()
        name = Path(report["urls"][0]).name
        assert report["urls"] == [(reports_dir / name).resolve().as_uri()]
        assert report["sha256"] == hashlib.sha256((reports_dir / name).read_bytes()).hexdigest()
        assert report["template"] == ("2019" if report["year"] == 2020 else "2021")
        assert report["media_type"] == "text/plain" and report["parser_version"] == PARSER_VERSION
        assert isinstance(report["checks_failed"], list)
    statuses = dict(sql(config, "SELECT parse_status, count(*) FROM documents GROUP BY parse_status"))
    assert statuses == {"parsed": 3, "not_report": 1}  # the non-report is archived and flagged, not dropped

    again = crawler_cli("ingest", str(reports_dir))  # idempotent: nothing new
    assert again.returncode == 0 and "0 new observation(s), 0 new document(s)" in again.stdout
    assert len(reports_json(crawler_cli)) == 3


def _foreign_warc(path: Path, body: bytes, when: dt.datetime) -> None:
    """A WARC as another tool writes it: request before response, then a revisit of the same payload."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        url = "https://www.panyu.gov.cn/zwgk/2021/report.txt"
        date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        request = writer.create_warc_record(url, "request", http_headers=StatusAndHeaders(
            "GET /zwgk/2021/report.txt HTTP/1.1", [("Host", "www.panyu.gov.cn")], is_http_request=True),
            warc_headers_dict={"WARC-Date": date})
        response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                             http_headers=StatusAndHeaders("200 OK", [
                                                 ("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1"),
                                             warc_headers_dict={"WARC-Date": date})
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(request)
        writer.write_record(response)
        revisit = writer.create_revisit_record(
            "https://www.panyu.gov.cn/mirror/report.txt", response.rec_headers.get_header("WARC-Payload-Digest"),
            url, date, http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date})
        writer.write_record(revisit)


def test_ingest_a_warc_from_elsewhere(tmp_path: Path, config: StorageConfig,
                                      crawler_cli: Callable[..., Any]) -> None:
    body = (GOLDEN / "panyu_xfj_2021.txt").read_bytes()
    when = dt.datetime(2022, 1, 29, 3, 4, 5, tzinfo=dt.UTC)
    source = tmp_path / "their.warc.gz"
    _foreign_warc(source, body, when)

    result = crawler_cli("ingest", str(source))
    assert result.returncode == 0, result.stderr
    assert "2 WARC record(s) from 1 WARC file(s)" in result.stdout and "1 report(s) created" in result.stdout

    fetches = sql(config, "SELECT url, outcome, fetched_at, status, method FROM fetches ORDER BY id")
    assert [(f.url, f.outcome, f.status) for f in fetches] == [
        ("https://www.panyu.gov.cn/zwgk/2021/report.txt", "new", 200),
        ("https://www.panyu.gov.cn/mirror/report.txt", "unchanged", 200)]
    fetched_at = fetches[0].fetched_at
    fetched_at = dt.datetime.fromisoformat(fetched_at) if isinstance(fetched_at, str) else fetched_at
    assert fetched_at.replace(tzinfo=dt.UTC) == when  # the WARC's own date, not the ingest time
    [report] = reports_json(crawler_cli)
    assert report["agency"] == "广州市番禺区信访局" and len(report["urls"]) == 2

    # copied into the archive's own WARCs with the original record ids: ingesting again adds nothing
    with open(source, "rb") as fh:
        original_ids = {r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(fh)}
    copied_ids = set()
    for path in warc_files(config.data_dir):
        with open(path, "rb") as fh:
            copied_ids |= {r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(fh)
                           if r.rec_type in ("response", "revisit")}
    assert len(copied_ids) == 2 and copied_ids <= original_ids
    assert warcio_check(*warc_files(config.data_dir)).returncode == 0
    again = crawler_cli("ingest", str(source))
    assert "0 new observation(s)" in again.stdout
    assert len(sql(config, "SELECT id FROM fetches")) == 2


def test_database_rebuilt_from_the_archives_own_warcs(tmp_path: Path, data_dir: Path, database_url: str,
                                                       crawler_cli: Callable[..., Any]) -> None:
    """Raw first, parse second: a lost database comes back from the WARC files alone."""
    crawled = StorageConfig(data_dir, f"sqlite:///{tmp_path / 'lost.sqlite'}")
    with Archive(crawled, fsync=False) as archive:
        run = archive.start_run("haizhu")
        for name, url in (("haizhu_zfb_2021.txt", "https://www.haizhu.gov.cn/a.txt"),
                          ("haizhu_zfb_2021.txt", "https://www.haizhu.gov.cn/b.txt"),
                          ("yaodu_xfj_2020.txt", "https://www.yaodu.gov.cn/c.txt")):
            result = archive.record_fetch(Observation(url, 200, [("Content-Type", "text/plain")],
                                                      (GOLDEN / name).read_bytes()), run)
            if result.new_document:
                parse_stored(archive, result.sha256)
        archive.finish_run(run, "finished")
        before = sorted((r["agency"], r["year"], r["sha256"], tuple(r["urls"])) for r in archive.report_list())
    warcs_before = {p: p.stat().st_size for p in warc_files(data_dir)}

    rebuilt = StorageConfig(data_dir, database_url)  # a fresh, empty database over the same data directory
    result = crawler_cli("ingest", str(data_dir / "warcs"))
    assert result.returncode == 0, result.stderr

    with Archive(rebuilt, warc=False) as archive:
        after = sorted((r["agency"], r["year"], r["sha256"], tuple(r["urls"])) for r in archive.report_list())
        assert after == before
        assert integrity.problems(archive) == []  # fetch rows point into the existing WARC files
    assert {p: p.stat().st_size for p in warc_files(data_dir)} == warcs_before  # referenced in place


def test_reparse_updates_in_place_and_keeps_history(reports_dir: Path, config: StorageConfig,
                                                    crawler_cli: Callable[..., Any]) -> None:
    assert crawler_cli("ingest", str(reports_dir)).returncode == 0
    assert "reparsed 0 document(s)" in crawler_cli("reparse").stdout  # everything is current already
    target = (reports_dir / "haizhu_zfb_2021.txt").read_bytes()
    sha = hashlib.sha256(target).hexdigest()
    good = {(r.table_name, r.row_key, r.column_key): r.value for r in sql(
        config, f"SELECT table_name, row_key, column_key, value FROM report_cells c JOIN reports r "
                f"ON r.id = c.report_id WHERE r.document_sha256 = '{sha}'")}

    # An archive parsed by an older, buggy parser version: its report says something else.
    with Archive(config, warc=False) as archive:
        [source] = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT data FROM report_sources WHERE document_sha256 = :s"), {"s": sha}).scalars().all())
        buggy = json.loads(source) if isinstance(source, str) else source
        buggy["tables"]["applications"]["new"]["total"] = -1
        buggy["parser_version"] = "0.0.1"
        assert archive.save_report(buggy, sha, replace=True).changed
        archive.mark_parse(sha, "parsed", None, "0.0.1")

    result = crawler_cli("reparse", "--since", "0.0.1")
    assert result.returncode == 0, result.stderr
    assert "reparsed 1 document(s)" in result.stdout and "0 report(s) created, 1 changed" in result.stdout

    rows = sql(config, f"SELECT id, year, parser_version FROM reports WHERE document_sha256 = '{sha}'")
    assert [(r.year, r.parser_version) for r in rows] == [(2021, PARSER_VERSION)]
    cells = {(r.table_name, r.row_key, r.column_key): r.value for r in sql(
        config, f"SELECT table_name, row_key, column_key, value FROM report_cells WHERE report_id = {rows[0].id}")}
    assert cells == good
    history = sql(config, "SELECT report_id, parser_version, year, replaced_by, reason FROM report_history "
                          "ORDER BY id")
    assert [tuple(h) for h in history][-1] == (rows[0].id, "0.0.1", 2021, PARSER_VERSION, "reparsed")
    assert len(reports_json(crawler_cli)) == 3  # the same three reports
    again = crawler_cli("reparse", "--all")  # an unchanged parser changes nothing
    assert "0 report(s) created, 0 changed" in again.stdout and "0 withdrawn" in again.stdout


def test_reparse_withdraws_a_false_positive(reports_dir: Path, config: StorageConfig,
                                            crawler_cli: Callable[..., Any]) -> None:
    assert crawler_cli("ingest", str(reports_dir)).returncode == 0
    notes = hashlib.sha256((reports_dir / "notes.txt").read_bytes()).hexdigest()
    with Archive(config, warc=False) as archive:  # an old parser had taken the meeting notes for a report
        archive.save_report({"agency": "某局", "year": 2021, "template": "2021", "tables": {}, "checks": [],
                             "parser_version": "0.0.1"}, notes)
        archive.mark_parse(notes, "parsed", None, "0.0.1")

    result = crawler_cli("reparse", "--since", "0.0.1")
    assert "1 withdrawn" in result.stdout and "1 not a report" in result.stdout
    assert len(reports_json(crawler_cli)) == 3
    history = sql(config, "SELECT agency, parser_version, reason FROM report_history")
    assert [tuple(h) for h in history] == [("某局", "0.0.1", "withdrawn")]


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, env: dict[str, str],
                                         crawler_cli: Callable[..., Any]) -> None:
    result = cli("ingest", str(tmp_path / "no-such-report.pdf"), env=env)  # a real process: real exit status
    assert result.returncode == 2
    assert result.stderr == f"error: {tmp_path / 'no-such-report.pdf'}: no such file or directory\n"
    assert reports_json(crawler_cli) == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_reparse_since_must_be_a_version(crawler_cli: Callable[..., Any]) -> None:
    refused = crawler_cli("reparse", "--since", "garbage")
    assert refused.returncode == 2
    assert refused.stderr == (f"error: --since 'garbage' is not a parser version (the current one is "
                              f"{PARSER_VERSION})\n")
    assert crawler_cli("reparse", "--since", "0.9.1").returncode == 0
