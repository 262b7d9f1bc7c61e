"""`ingest` of WARC files from other crawlers, and of hostile ones (issue 15, findings 4, 5 and 9).

The WARCs are built with warcio from records shaped like Heritrix's and wget's (warcinfo, a `dns:` response, a
request and its response, a metadata record), then spoiled one field at a time, as an attacker would.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storage import integrity
from storage.archive import Archive
from storage.config import StorageConfig
from storage.observation import Observation
from tests.storage.storage_helpers import GOLDEN, cli, warc_files, warcio_check

HOST = "http://www.yaodu.gov.cn"
CHUNKED_REPORT = GOLDEN / "yaodu_xfj_2020.txt"  # served chunked and gzipped
MALFORMED_REPORT = GOLDEN / "panyu_xfj_2021.txt"  # behind a status line without a protocol
DATE = "2021-02-03T04:05:06Z"


def _chunked(data: bytes, size: int = 1000) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def _http(status: str, headers: list[tuple[str, str]], protocol: str = "HTTP/1.1") -> StatusAndHeaders:
    return StatusAndHeaders(status, headers, protocol=protocol)


def _response(writer: WARCWriter, uri: str, payload: bytes, http: StatusAndHeaders | None,
              content_type: str | None = None, **warc: str) -> Any:
    """`http` None: the payload is the whole block, of `content_type` (warcio parses no HTTP head of a URI that is
    not http(s), and digests the whole block)."""
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), length=len(payload),
                                     http_headers=http, warc_content_type=content_type,
                                     warc_headers_dict={"WARC-Date": DATE, **warc})


def foreign_warc(path: Path) -> None:
    """A crawl of another tool: everything it holds must reach the archive unaltered."""
    import gzip

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "Heritrix/3.4.0", "isPartOf": "x"}))
        writer.write_record(_response(writer, "dns:www.yaodu.gov.cn", b"20210203040506\nwww.yaodu.gov.cn.\t300\tIN\t"
                                      b"A\t10.1.2.3\n", None, "text/dns"))
        url = f"{HOST}/zfxxgk/2020/report.txt"
        body = _chunked(gzip.compress(CHUNKED_REPORT.read_bytes(), mtime=0))
        response = _response(writer, url, body, _http("200 OK", [
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked")]))
        request = writer.create_warc_record(url, "request", http_headers=StatusAndHeaders(
            "GET /zfxxgk/2020/report.txt HTTP/1.1", [("Host", "www.yaodu.gov.cn")], is_http_request=True),
            warc_headers_dict={"WARC-Date": DATE, "WARC-Concurrent-To": response.rec_headers.get_header(
                "WARC-Record-ID")})
        metadata = writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"via: http://www.yaodu.gov.cn/\r\n"
                                                                                 b"hopsFromSeed: L\r\n"),
                                             warc_content_type="application/warc-fields",
                                             warc_headers_dict={"WARC-Date": DATE})
        for record in (request, response, metadata):
            writer.write_record(record)
        report = MALFORMED_REPORT.read_bytes()
        writer.write_record(_response(writer, f"{HOST}/mirror/report.txt", report,
                                      _http("200 OK", [("Content-Type", "text/plain")], protocol="")))
        writer.write_record(_response(writer, "javascript:void(0)", b"HTTP/1.1 200 OK\r\n\r\n", None,
                                      "application/http; msgtype=response"))


def hostile_warc(path: Path) -> None:
    """Fields an attacker controls, each on its own record; the good record after them must still be read."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        page = b"<html><body>ok</body></html>"
        headers = [("Content-Type", "text/html")]
        writer.write_record(_response(writer, f"{HOST}/bad-date.html", page, _http("200 OK", headers),
                                      **{"WARC-Date": "not-a-date"}))
        no_uri = _response(writer, f"{HOST}/no-uri.html", page, _http("200 OK", headers))
        no_uri.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(no_uri)
        writer.write_record(_response(writer, f"{HOST}/huge-status.html", page,
                                      _http("12345678901234567890 OK", headers)))
        writer.write_record(_response(writer, f"{HOST}/no-status.html", page, _http("OK", headers)))
        writer.write_record(_response(writer, f"{HOST}/good.html", page, _http("200 OK", headers)))
        no_id = _response(writer, f"{HOST}/no-id.html", page + b" ", _http("200 OK", headers))
        no_id.rec_headers.remove_header("WARC-Record-ID")
        writer.write_record(no_id)


def records(path: Path) -> dict[str, bytes]:
    """Record id → the record's WARC headers and block, as stored."""
    found = {}
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, no_record_parse=True):
            block = record.raw_stream.read()
            found[record.rec_headers.get_header("WARC-Record-ID")] = record.rec_headers.to_bytes() + block
    return found


def copied_whole(source: Path, data_dir: Path) -> bool:
    """Every record of `source` is in the archive's WARC files, unaltered; besides them only their `warcinfo`."""
    archived: dict[str, bytes] = {}
    for path in warc_files(data_dir):
        archived.update(records(path))
    original = records(source)
    own = [block for key, block in archived.items() if key not in original]
    return {key: archived.get(key) for key in original} == original and all(
        b"WARC-Type: warcinfo" in block for block in own)


def documents(config: StorageConfig) -> dict[str, str]:
    with Archive(config, warc=False) as archive:
        rows = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT url, sha256 FROM fetches WHERE sha256 IS NOT NULL")).all())
    return {row.url: row.sha256 for row in rows}


def test_a_foreign_warc_is_copied_whole_and_read_where_it_can_be(
        tmp_path: Path, config: StorageConfig, database_url: str, crawler_cli: Callable[..., Any]) -> None:
    source = tmp_path / "heritrix.warc.gz"
    foreign_warc(source)

    result = crawler_cli("ingest", str(source))
    assert result.returncode == 0, result.stderr
    not_read = [line for line in result.stderr.splitlines() if line.startswith("not read ")]
    assert len(not_read) == 2, result.stderr
    assert "dns:www.yaodu.gov.cn: a dns: URI is no HTTP exchange" in not_read[0]
    assert "javascript:void(0): a javascript: URI is no HTTP exchange" in not_read[1]
    assert "2 report(s) created" in result.stdout

    # Every record, the ones not read included, is in the archive's WARC files exactly as it was.
    assert copied_whole(source, config.data_dir)
    assert warcio_check(*warc_files(config.data_dir)).returncode == 0
    # The chunked, gzipped report is stored as the document the server sent; the report behind a status line
    # without its protocol is read.
    stored = documents(config)
    assert stored == {f"{HOST}/zfxxgk/2020/report.txt": hashlib.sha256(CHUNKED_REPORT.read_bytes()).hexdigest(),
                      f"{HOST}/mirror/report.txt": hashlib.sha256(MALFORMED_REPORT.read_bytes()).hexdigest()}

    again = crawler_cli("ingest", str(source))  # nothing new, nothing copied twice
    assert again.returncode == 0 and "0 record(s) copied" in again.stdout and "0 new observation(s)" in again.stdout

    # A database rebuilt from the archive's own WARC files holds the same documents.
    rebuilt = StorageConfig(config.data_dir, f"sqlite:///{tmp_path / 'rebuilt.sqlite'}")
    assert cli("ingest", str(config.data_dir / "warcs"), env={"NIANBAO_DATA": str(config.data_dir),
                                                               "DATABASE_URL": rebuilt.database_url}).returncode == 0
    assert documents(rebuilt) == stored
    with Archive(rebuilt, warc=False) as archive:
        assert integrity.problems(archive) == []


def test_hostile_fields_are_listed_never_a_traceback(tmp_path: Path, config: StorageConfig,
                                                     crawler_cli: Callable[..., Any]) -> None:
    source = tmp_path / "hostile.warc.gz"
    hostile_warc(source)

    result = crawler_cli("ingest", str(source))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    reasons = [line.split(": ", 2)[-1] for line in result.stderr.splitlines() if line.startswith("not read ")]
    assert reasons == ["WARC-Date 'not-a-date' is not a date (copied, not read)",
                       "no WARC-Target-URI (copied, not read)",
                       "no HTTP status in the status line 'HTTP/1.1 12345678901234567890 OK' (copied, not read)",
                       "no HTTP status in the status line 'HTTP/1.1 OK' (copied, not read)"]
    assert sorted(documents(config)) == [f"{HOST}/good.html", f"{HOST}/no-id.html"]
    assert copied_whole(source, config.data_dir)
    again = crawler_cli("ingest", str(source))  # a record without an id is known again by its digest
    assert again.returncode == 0 and "0 record(s) copied" in again.stdout and "0 new observation(s)" in again.stdout


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_what_cannot_be_read_at_all_is_one_line_and_exit_2(tmp_path: Path, env: dict[str, str]) -> None:
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n\x00\x01")
    for path, message in (("/dev/null", "/dev/null: not a regular file or directory"),
                          (str(broken), f"{broken}: not a readable WARC file")):
        result = cli("ingest", path, env=env)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"error: {message}") and result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_revalidation_rebuilt_from_the_warcs_keeps_its_304_head(tmp_path: Path, config: StorageConfig) -> None:
    """The 304's head is not in its revisit's block (replay, docs/archive.md) but in the metadata record beside it:
    a database rebuilt from the WARC files has the same observations, the 304's own validators included."""
    url = f"{HOST}/zfxxgk/2020/report.txt"
    with Archive(config, fsync=False) as archive:
        run = archive.start_run("yaodu")
        first, then = dt.datetime(2025, 1, 2, tzinfo=dt.UTC), dt.datetime(2025, 2, 3, tzinfo=dt.UTC)
        archive.record_fetch(Observation(url, 200, [("Content-Type", "text/plain"), ("ETag", '"v1"')],
                                         CHUNKED_REPORT.read_bytes(), fetched_at=first), run)
        archive.record_fetch(Observation(url, 304, [("ETag", '"v2"'), ("Cache-Control", "max-age=60")],
                                         fetched_at=then), run)
        archive.finish_run(run, "finished")
    rebuilt = StorageConfig(config.data_dir, f"sqlite:///{tmp_path / 'rebuilt.sqlite'}")
    result = cli("ingest", "--no-parse", str(config.data_dir / "warcs"),
                 env={"NIANBAO_DATA": str(config.data_dir), "DATABASE_URL": rebuilt.database_url})
    assert result.returncode == 0, result.stderr

    def observations(at: StorageConfig) -> list[tuple]:
        with Archive(at, warc=False) as archive:
            rows = archive.db.read(lambda conn: conn.execute(sa.text(
                "SELECT outcome, status, etag, headers, sha256, warc_type FROM fetches ORDER BY fetched_at")).all())
        return [tuple(json.loads(v) if isinstance(v, str) and v.startswith("[") else v for v in row) for row in rows]

    assert observations(rebuilt) == observations(config)
    assert observations(rebuilt)[1][:3] == ("not_modified", 304, '"v2"')


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_crawled_chunked_response_rebuilds_to_the_same_document(tmp_path: Path, config: StorageConfig) -> None:
    """The crawler's transport has undone the chunking (the wire body it hands over has no framing): its WARC record
    says so by leaving `Transfer-Encoding` out, and a rebuild stores the bytes the crawl stored."""
    import gzip

    page = CHUNKED_REPORT.read_bytes()
    headers = [("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]
    with Archive(config, fsync=False) as archive:
        stored = archive.record_fetch(Observation(f"{HOST}/chunked.txt", 200, headers, page,
                                                  wire_body=gzip.compress(page, mtime=0)))
    rebuilt = StorageConfig(config.data_dir, f"sqlite:///{tmp_path / 'rebuilt.sqlite'}")
    result = cli("ingest", "--no-parse", str(config.data_dir / "warcs"),
                 env={"NIANBAO_DATA": str(config.data_dir), "DATABASE_URL": rebuilt.database_url})
    assert result.returncode == 0, result.stderr
    assert documents(rebuilt) == documents(config) == {f"{HOST}/chunked.txt": stored.sha256}
    assert stored.sha256 == hashlib.sha256(page).hexdigest()
