"""The archive API on SQLite and PostgreSQL: dedupe, observations, WARC, reports, cells and views."""

from __future__ import annotations

import gzip
import hashlib
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from warcio.archiveiterator import ArchiveIterator

from crawler.archiving.parsing import parse_stored
from storage import integrity
from storage.archive import Archive
from storage.blobs import FileBlobStore
from storage.errors import StorageError
from storage.models import Fetch
from storage.observation import Observation
from storage.warc import PROFILE_IDENTICAL, PROFILE_NOT_MODIFIED
from tests.storage.storage_helpers import GOLDEN, as_dict, at, golden_parse, warc_files, warcio_check

REPORT = (GOLDEN / "shkw_2024.txt").read_bytes()  # a real report's text: the real parser reads it


def count(archive: Archive, sql: str) -> int:
    return archive.db.read(lambda conn: conn.execute(sa.text(sql)).scalar_one())


def warc_records(archive: Archive) -> list[tuple[str, str, dict[str, str | None]]]:
    found = []
    for path in warc_files(archive.config.data_dir):
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                h = record.rec_headers
                found.append((record.rec_type, h.get_header("WARC-Target-URI"), {
                    "profile": h.get_header("WARC-Profile"), "digest": h.get_header("WARC-Payload-Digest"),
                    "refers_to": h.get_header("WARC-Refers-To"), "id": h.get_header("WARC-Record-ID"),
                    "payload_len": str(len(record.content_stream().read()))}))
    return found


def check_warcs(archive: Archive) -> subprocess.CompletedProcess[str]:
    return warcio_check(*warc_files(archive.config.data_dir))


def pdf_fetch(url: str, body: bytes = REPORT, day: int = 10, **kwargs: object) -> Observation:
    headers = kwargs.pop("headers", [("Content-Type", "text/plain; charset=utf-8"), ("ETag", '"v1"'),
                                      ("Last-Modified", "Mon, 06 Jan 2025 08:00:00 GMT")])
    return Observation(url, 200, headers, body, fetched_at=at(day), **kwargs)  # type: ignore[arg-type]


def test_same_report_under_three_urls_over_two_runs_is_stored_once(archive: Archive) -> None:
    urls = ["https://www.haizhu.gov.cn/zwgk/a.txt", "https://www.haizhu.gov.cn/gkmlpt/b.txt",
            "https://www.haizhu.gov.cn/mpost/c.txt"]
    first = archive.start_run("haizhu", {"years": "2024"})
    a = archive.record_fetch(pdf_fetch(urls[0], day=10), first)
    parsed = parse_stored(archive, a.sha256)
    b = archive.record_fetch(pdf_fetch(urls[1], day=10), first)
    archive.finish_run(first, "finished", {"item_scraped_count": 2})
    second = archive.start_run("haizhu", {"years": "2024"})
    c = archive.record_fetch(pdf_fetch(urls[2], day=20), second)
    again = archive.record_fetch(pdf_fetch(urls[0], day=20), second)  # a server ignoring conditional GET
    archive.finish_run(second, "finished", {})

    assert (a.outcome, b.outcome, c.outcome, again.outcome) == ("new", "unchanged", "unchanged", "unchanged")
    assert a.new_document and not (b.new_document or c.new_document or again.new_document)
    assert parsed.status == "parsed" and parsed.created
    assert list(archive.blobs.keys()) == [hashlib.sha256(REPORT).hexdigest()]
    assert count(archive, "SELECT count(*) FROM documents") == 1
    assert count(archive, "SELECT count(*) FROM reports") == 1
    assert count(archive, "SELECT count(*) FROM fetches") == 4
    assert count(archive, "SELECT count(DISTINCT url) FROM fetches") == 3
    [report] = archive.report_list()
    assert report["urls"] == sorted(urls) and report["sha256"] == a.sha256
    document = archive.document(a.sha256)
    assert document is not None and (document["first_seen"], document["last_seen"]) == (at(10), at(20))

    records = warc_records(archive)
    responses = [r for r in records if r[0] == "response"]
    revisits = [r for r in records if r[0] == "revisit"]
    assert [(r[1], r[2]["payload_len"]) for r in responses] == [(urls[0], str(len(REPORT)))]
    assert sorted(r[1] for r in revisits) == sorted([urls[1], urls[2], urls[0]])
    assert {r[2]["profile"] for r in revisits} == {PROFILE_IDENTICAL}
    assert {r[2]["refers_to"] for r in revisits} == {responses[0][2]["id"]}
    assert {r[2]["digest"] for r in revisits} == {responses[0][2]["digest"]}
    assert sum(1 for r in records if r[0] == "warcinfo") == 2  # one WARC file per run
    assert check_warcs(archive).returncode == 0
    assert integrity.problems(archive) == []


def test_conditional_get_and_not_modified(archive: Archive) -> None:
    url = "https://www.panyu.gov.cn/report.txt"
    assert archive.last_fetch(url) is None
    first = archive.record_fetch(pdf_fetch(url, day=10))
    previous = archive.last_fetch(url)
    assert previous is not None
    assert (previous.etag, previous.last_modified, previous.sha256) == ('"v1"', "Mon, 06 Jan 2025 08:00:00 GMT",
                                                                        first.sha256)

    result = archive.record_fetch(Observation(url, 304, [("ETag", '"v1"')], fetched_at=at(20)))

    assert result.outcome == "not_modified" and result.sha256 == first.sha256 and not result.new_document
    document = archive.document(first.sha256)
    assert document is not None and document["last_seen"] == at(20)  # the server confirmed the bytes
    latest = archive.last_fetch(url)
    assert latest is not None and latest.fetched_at == at(20) and latest.etag == '"v1"'
    assert latest.last_modified == "Mon, 06 Jan 2025 08:00:00 GMT"  # carried forward from the 200
    revisit = [r for r in warc_records(archive) if r[0] == "revisit"]
    assert [(r[2]["profile"], r[2]["payload_len"]) for r in revisit] == [(PROFILE_NOT_MODIFIED, "0")]
    assert check_warcs(archive).returncode == 0


def test_a_revised_report_at_the_same_url_is_a_second_document(archive: Archive) -> None:
    url = "https://www.yaodu.gov.cn/nb/2024.txt"
    old = archive.record_fetch(pdf_fetch(url, day=10))
    new = archive.record_fetch(pdf_fetch(url, REPORT + "（修订）".encode(), day=20))
    assert (old.outcome, new.outcome) == ("new", "new") and old.sha256 != new.sha256
    assert count(archive, "SELECT count(*) FROM documents") == 2  # the replaced-in-place version is not lost
    assert {r[0] for r in warc_records(archive)} == {"warcinfo", "response", "request"}


def test_challenge_and_errors_are_observations_never_documents(archive: Archive) -> None:
    challenge = archive.record_fetch(Observation(
        "https://www.chuanhui.gov.cn/list.html", 412, [("Content-Type", "text/html")],
        b"<html><script>var $_ts={};</script></html>", challenge=True, fetched_at=at(1)))
    not_found = archive.record_fetch(Observation("https://www.chuanhui.gov.cn/gone.pdf", 404, [],
                                                 b"<html>404</html>", fetched_at=at(1)))
    timeout = archive.record_fetch(Observation("https://www.chuanhui.gov.cn/slow.pdf", None,
                                               error="TimeoutError: took longer than 180 s", fetched_at=at(1)))

    assert (challenge.outcome, not_found.outcome, timeout.outcome) == ("challenge", "error", "error")
    assert challenge.sha256 is None and not_found.sha256 is None and timeout.warc is None
    assert count(archive, "SELECT count(*) FROM documents") == 0 and list(archive.blobs.keys()) == []
    errors = archive.db.read(lambda c: c.execute(sa.text("SELECT url, error FROM fetches ORDER BY id")).all())
    assert [e for _, e in errors] == [None, "HTTP 404", "TimeoutError: took longer than 180 s"]
    # what the server sent is still in the WARC (as received), just not in the document store
    assert sorted(r[1] for r in warc_records(archive) if r[0] == "response") == [
        "https://www.chuanhui.gov.cn/gone.pdf", "https://www.chuanhui.gov.cn/list.html"]


def test_content_encoded_response(archive: Archive) -> None:
    page = "<html><body>2024年政府信息公开工作年度报告</body></html>".encode()
    wire = gzip.compress(page)
    headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Content-Length", str(len(wire)))]

    as_received = archive.record_fetch(Observation("https://a.gov.cn/1", 200, headers, page, wire_body=wire))
    decoded_only = archive.record_fetch(Observation("https://a.gov.cn/2", 200, headers, page))

    # the document is the decoded body either way: one document
    assert as_received.sha256 == decoded_only.sha256 == hashlib.sha256(page).hexdigest()
    assert archive.blobs.get(as_received.sha256) == page
    with open(archive.config.warcs_dir / decoded_only.warc.file, "rb") as fh:
        records = [(r.rec_headers.get_header("WARC-Target-URI"), r.http_headers.headers if r.http_headers else None)
                   for r in ArchiveIterator(fh) if r.rec_type == "response"]
    by_url = dict(records)
    assert ("Content-Encoding", "gzip") in by_url["https://a.gov.cn/1"]
    # only decoded bytes were given: the headers that described the wire form are kept under X-Archive-Orig-
    assert ("X-Archive-Orig-Content-Encoding", "gzip") in by_url["https://a.gov.cn/2"]
    assert check_warcs(archive).returncode == 0


def test_any_header_bytes_give_the_same_row_on_both_dialects(archive: Archive) -> None:
    """Issue 15, finding 3: a NUL in a header (Content-Type included) lost the fetch row on PostgreSQL."""
    page = "<html><body>2024年政府信息公开工作年度报告</body></html>".encode()
    headers = [("Content-Type", "text/html\x00; charset=utf-8"), ("ETag", '"a\x00b"'), ("X-Powered-By", "PHP\x00"),
               ("Content-Disposition", "attachment; filename=\"\xb1\xa8\xb8\xe6.pdf\"")]  # raw GBK bytes
    result = archive.record_fetch(Observation("https://a.gov.cn/nul", 200, headers, page,
                                              error=None, referrer="https://a.gov.cn/\x00"))
    assert result.outcome == "new" and result.fetch_id is not None
    row = archive.db.read(lambda c: c.execute(sa.select(Fetch.__table__).where(Fetch.id == result.fetch_id)).one())
    assert row.text_sanitised
    assert row.content_type == "text/html\ufffd; charset=utf-8" and row.etag == '"a\ufffdb"'
    assert row.referrer == "https://a.gov.cn/\ufffd"
    assert ["X-Powered-By", "PHP\ufffd"] in row.headers and [
        "Content-Disposition", "attachment; filename=\"\xb1\xa8\xb8\xe6.pdf\""] in row.headers  # latin-1: exact
    with open(archive.config.warcs_dir / result.warc.file, "rb") as fh:  # the WARC keeps the bytes as received
        fh.seek(result.warc.offset)
        raw = gzip.decompress(fh.read(result.warc.length))
    assert b"Content-Type: text/html\x00; charset=utf-8\r\n" in raw and b"X-Powered-By: PHP\x00\r\n" in raw
    clean = archive.record_fetch(Observation("https://a.gov.cn/clean", 200, [("Content-Type", "text/html")], page))
    assert not archive.db.read(lambda c: c.execute(
        sa.select(Fetch.text_sanitised).where(Fetch.id == clean.fetch_id)).scalar_one())


def test_recording_the_same_observation_twice_adds_nothing(archive: Archive) -> None:
    obs = pdf_fetch("https://a.gov.cn/x.txt", observation_key="urn:uuid:00000000-0000-0000-0000-000000000001")
    first = archive.record_fetch(obs)
    second = archive.record_fetch(obs)
    assert first.fetch_id is not None and second.fetch_id is None
    assert count(archive, "SELECT count(*) FROM fetches") == 1


def test_runs_and_sites(archive: Archive) -> None:
    run = archive.start_run("haizhu", {"years": "2024", "sample": "1"}, key="sched-2025-01-06")
    assert archive.start_run("haizhu", key="sched-2025-01-06") == run  # a retried scheduler gets the same run
    result = archive.record_fetch(pdf_fetch("https://www.haizhu.gov.cn/a.txt"), run.id)
    archive.finish_run(run, "finished", {"downloader/request_count": 3, "start_time": at(1)})
    assert result.warc is not None and result.warc.file == "haizhu/sched-2025-01-06-00001.warc.gz"
    row = archive.db.read(lambda c: c.execute(sa.text(
        "SELECT spider, arguments, finish_reason, stats, finished_at FROM crawl_runs")).one())
    assert row.spider == "haizhu" and row.finish_reason == "finished" and row.finished_at is not None
    arguments, stats = as_dict(row.arguments), as_dict(row.stats)
    assert arguments == {"years": "2024", "sample": "1"} and stats["downloader/request_count"] == 3
    assert archive.ensure_site("haizhu", "https://www.haizhu.gov.cn") == archive.ensure_site("haizhu")


def test_report_cells_views_and_history(archive: Archive) -> None:
    stored, _ = archive.store_document(REPORT, "text/plain")  # the type the caller sniffed: storage reads nothing
    parsed = golden_parse("shkw_2024", "0.9.0")
    parsed["checks"] = [{"rule": "applications.balance.total", "ok": False, "detail": "34+2 != 33+2"},
                        {"rule": "review.total", "ok": True, "detail": ""}]
    saved = archive.save_report(parsed, stored.sha256, ["https://www.sh.gov.cn/kw/2024.html"], site="shanghai",
                                published="2025年1月20日")
    assert saved.created

    cells = sum(len(row) for table in parsed["tables"].values() for row in table.values())
    assert count(archive, "SELECT count(*) FROM report_cells") == cells
    new = parsed["tables"]["applications"]["new"]
    wide = archive.db.read(lambda c: c.execute(sa.text(
        "SELECT agency, year, new_total, new_natural_person, other_total, checks_failed FROM applications_wide"
    )).one())
    assert tuple(wide) == ("上海市科学技术委员会", 2024, new["total"], new["natural_person"], None, 1)
    review = archive.db.read(lambda c: c.execute(sa.text("SELECT review_total FROM review_wide")).scalar())
    assert review == parsed["tables"]["review"]["review"]["total"]
    [listed] = archive.report_list()
    assert listed["checks_failed"] == ["applications.balance.total"] and listed["published"] == "2025-01-20"
    assert listed["site"] == "shanghai" and listed["parser_version"] == "0.9.0"
    assert listed["urls"] == ["https://www.sh.gov.cn/kw/2024.html"] and listed["media_type"] == "text/plain"

    # the crawler seeing the document again never makes a second report or rewrites it
    assert archive.save_report(golden_parse("shkw_2024", "0.9.1"), stored.sha256) == type(saved)(
        saved.report_id, False, False)
    assert archive.document(stored.sha256)["parsed_with"] == "0.9.0"  # what the report holds: reparse finds it
    # a reparse replaces it in place and keeps the old parse
    fixed = golden_parse("shkw_2024", "1.0.0")
    fixed["tables"]["applications"]["new"]["total"] = 35
    replaced = archive.save_report(fixed, stored.sha256, replace=True)
    assert (replaced.report_id, replaced.created, replaced.changed) == (saved.report_id, False, True)
    assert archive.db.read(lambda c: c.execute(sa.text("SELECT new_total FROM applications_wide")).scalar()) == 35
    old = archive.db.read(lambda c: c.execute(sa.text(
        "SELECT parser_version, replaced_by, reason, agency FROM report_history")).one())
    assert tuple(old) == ("0.9.0", "1.0.0", "reparsed", "上海市科学技术委员会")
    assert count(archive, "SELECT count(*) FROM report_cells") == cells


def test_blank_cells_are_kept_as_blank(archive: Archive) -> None:
    stored, _ = archive.store_document(b"yaodu report")
    parsed = golden_parse("yaodu_xfj_2020")
    archive.save_report(parsed, stored.sha256)
    blanks = sum(1 for table in parsed["tables"].values() for row in table.values() for v in row.values()
                 if v is None)
    assert blanks > 0
    assert count(archive, "SELECT count(*) FROM report_cells WHERE is_blank AND value IS NULL") == blanks
    assert count(archive, "SELECT count(*) FROM report_cells WHERE is_blank") == blanks


@pytest.mark.parametrize("status", [200, 500])
def test_storage_errors_reach_the_caller_before_any_row(archive: Archive, status: int, read_only_dir: Path) -> None:
    """A blob store that cannot write: the fetch is not recorded as stored (nor recorded at all)."""
    archive.blobs = FileBlobStore(read_only_dir / "blobs")
    if status == 200:
        with pytest.raises(StorageError, match="read-only"):
            archive.record_fetch(pdf_fetch("https://a.gov.cn/r.txt"))
        assert count(archive, "SELECT count(*) FROM fetches") == 0
        assert count(archive, "SELECT count(*) FROM documents") == 0
    else:  # nothing to store as a document: the observation is still recorded
        assert archive.record_fetch(Observation("https://a.gov.cn/r.txt", 500, [], b"oops")).outcome == "error"


def test_parse_with_what_the_spider_knew(archive: Archive) -> None:
    """The real parser reads the bytes; what the spider knew when it asked (recorded with the fetch) adds the date
    and the site."""
    fetched = archive.record_fetch(pdf_fetch(
        "https://www.haizhu.gov.cn/attachment/1.txt", role="attachment",
        context={"site": "haizhu", "title": "链接文字", "published": "2025-01-20 10:00",
                 "page": "https://www.haizhu.gov.cn/content/post_1.html"}))
    result = parse_stored(archive, fetched.sha256)
    assert result.status == "parsed"
    [report] = archive.report_list()
    assert report["urls"] == ["https://www.haizhu.gov.cn/attachment/1.txt"]
    assert report["published"] == "2025-01-20" and report["site"] == "haizhu"
    assert report["title"] and "年度报告" in report["title"]  # the document's own title wins over link text
    assert archive.document(fetched.sha256)["parse_status"] == "parsed"
    fetch = archive.db.read(lambda c: c.execute(sa.select(Fetch.__table__.c.role, Fetch.__table__.c.context)).one())
    assert fetch.role == "attachment" and fetch.context["title"] == "链接文字"


def test_parse_failures_are_recorded_not_raised(archive: Archive) -> None:
    meeting = archive.record_fetch(pdf_fetch("https://a.gov.cn/notes.txt", "会议纪要：本周工作安排。".encode()))
    broken = archive.record_fetch(pdf_fetch("https://a.gov.cn/broken.pdf", b"%PDF-1.7\n\x00\x01garbage"))
    assert parse_stored(archive, meeting.sha256).status == "not_report"
    failed = parse_stored(archive, broken.sha256)
    assert failed.status == "failed" and failed.error
    rows = {d["sha256"]: d for d in (archive.document(meeting.sha256), archive.document(broken.sha256))}
    assert rows[broken.sha256]["parse_status"] == "failed" and rows[broken.sha256]["parse_error"] == failed.error
    assert rows[meeting.sha256]["parse_status"] == "not_report"
    assert archive.report_list() == [] and len(list(archive.blobs.keys())) == 2  # archived all the same


def test_wide_views_equal_the_tidy_cells(archive: Archive) -> None:
    """Every report has one row in each wide view, and each wide column holds exactly its tidy cell."""
    for name in ("shkw_2024", "yaodu_xfj_2020"):  # one report of each template
        stored, _ = archive.store_document(name.encode())
        archive.save_report(golden_parse(name), stored.sha256)
    stored, _ = archive.store_document(b"a report whose tables could not be read")
    archive.save_report({"agency": "某局", "year": 2023, "template": "2021", "tables": {}, "checks": [],
                         "parser_version": "x"}, stored.sha256)

    def read(conn: sa.Connection) -> tuple[dict, dict]:
        tidy = {(r.report_id, r.table_name, f"{r.row_key}_{r.column_key}"): r.value for r in conn.execute(
            sa.text("SELECT report_id, table_name, row_key, column_key, value FROM report_cells"))}
        wide = {table: [dict(r._mapping) for r in conn.execute(sa.text(f"SELECT * FROM {table}_wide"))]
                for table in ("active", "applications", "review")}
        return tidy, wide

    tidy, wide = archive.db.read(read)
    assert {table: len(rows) for table, rows in wide.items()} == {"active": 3, "applications": 3, "review": 3}
    compared = 0
    for table, rows in wide.items():
        for row in rows:
            for column, value in row.items():
                if column in ("report_id", "agency", "year", "template", "sha256", "checks_failed"):
                    continue
                assert value == tidy.get((row["report_id"], table, column)), (table, column)
                compared += value is not None
    assert compared == sum(1 for v in tidy.values() if v is not None)  # no tidy value missing from the views


def test_integrity_reports_what_is_broken(archive: Archive) -> None:
    fetched = archive.record_fetch(pdf_fetch("https://a.gov.cn/r.txt"))
    archive.save_report(golden_parse("panyu_xfj_2021"), fetched.sha256)
    assert integrity.problems(archive) == []

    archive.blobs.path(fetched.sha256).write_bytes(b"bit rot")  # damage on disk, behind the archive's back
    archive.db.write(lambda c: c.execute(sa.text("DELETE FROM wide_review")))
    warc = archive.config.warcs_dir / fetched.warc.file
    warc.write_bytes(warc.read_bytes()[: fetched.warc.offset])  # the record is gone
    found = integrity.problems(archive)
    assert any("blob has" in p or "does not match" in p for p in found)
    assert any("wide_review" in p for p in found)
    assert any(f"fetch {fetched.fetch_id}:" in p for p in found)
