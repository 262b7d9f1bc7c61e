"""The WARC writer: warcinfo, request/response pairs, revisit profiles, rollover, and `warcio check`."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from storage.errors import StorageError
from storage.warc import (
    PROFILE_IDENTICAL,
    PROFILE_NOT_MODIFIED,
    Exchange,
    RecordRef,
    WarcWriter,
    http_head_from_fields,
    payload_digest,
)
from tests.storage.storage_helpers import warcio_check

WHEN = dt.datetime(2025, 1, 15, 2, 30, 1, 123456, tzinfo=dt.UTC)
PDF = b"%PDF-1.7\n" + "政府信息公开工作年度报告".encode() * 200


def records(path: Path) -> list:
    with open(path, "rb") as fh:
        found = []
        for record in ArchiveIterator(fh):
            found.append((record.rec_type, record.rec_headers, record.http_headers, record.content_stream().read()))
        return found


def exchange(url: str = "https://www.haizhu.gov.cn/a/1.pdf", body: bytes = PDF, status: int = 200,
             headers: list[tuple[str, str]] | None = None) -> Exchange:
    return Exchange(url=url, status=status, headers=headers or [("Content-Type", "application/pdf")], body=body,
                    date=WHEN, request_headers=[("User-Agent", "nianbao-test")], ip="127.0.0.1")


def test_response_and_request_records_pass_warcio_check(tmp_path: Path) -> None:
    with WarcWriter(tmp_path, "haizhu/run1", fsync=False, software="nianbao/9.9") as writer:
        location = writer.write_response(exchange(headers=[("Content-Type", "application/pdf"),
                                                           ("Transfer-Encoding", "chunked")]))
        path = writer.current_file
    assert path == tmp_path / "haizhu" / "run1-00001.warc.gz" and location.file == "haizhu/run1-00001.warc.gz"

    kinds = records(path)
    assert [k for k, *_ in kinds] == ["warcinfo", "response", "request"]
    info = kinds[0][3].decode()
    assert "software: nianbao/9.9 (warcio/" in info and "robots: obey" in info
    assert "format: WARC File Format 1.1" in info
    _, response, http, payload = kinds[1]
    assert payload == PDF
    assert response.get_header("WARC-Payload-Digest") == payload_digest(PDF) == location.payload_digest
    assert response.get_header("WARC-Date") == "2025-01-15T02:30:01.123456Z"
    assert response.get_header("WARC-IP-Address") == "127.0.0.1"
    assert http.get_header("Transfer-Encoding") is None  # the transport removed the chunking: say so
    assert http.get_statuscode() == "200"
    _, request, request_http, _ = kinds[2]
    assert request.get_header("WARC-Concurrent-To") == location.record_id
    assert request_http.protocol == "GET" and request_http.get_header("Host") == "www.haizhu.gov.cn"
    assert warcio_check(path).returncode == 0


def test_location_points_at_the_record(tmp_path: Path) -> None:
    with WarcWriter(tmp_path, "x", fsync=False) as writer:
        writer.write_response(exchange(url="https://a.gov.cn/first"))
        second = writer.write_response(exchange(url="https://a.gov.cn/second", body=b"<html>second</html>"))
    with open(tmp_path / second.file, "rb") as fh:
        fh.seek(second.offset)
        raw = fh.read(second.length)
    record = next(iter(ArchiveIterator(io.BytesIO(raw))))
    assert record.rec_headers.get_header("WARC-Record-ID") == second.record_id
    assert record.rec_headers.get_header("WARC-Target-URI") == "https://a.gov.cn/second"
    assert record.content_stream().read() == b"<html>second</html>"


def test_revisit_records_for_identical_payload_and_not_modified(tmp_path: Path) -> None:
    with WarcWriter(tmp_path, "x", fsync=False) as writer:
        original = writer.write_response(exchange())
        ref = RecordRef("https://www.haizhu.gov.cn/a/1.pdf", WHEN, original.record_id, original.payload_digest)
        same = writer.write_revisit(exchange(url="https://www.haizhu.gov.cn/b/copy.pdf"), ref)
        not_modified = writer.write_revisit(exchange(status=304, body=b"", headers=[("ETag", '"abc"')]), ref,
                                            not_modified=True)
        path = writer.current_file
    assert same.record_type == not_modified.record_type == "revisit"

    revisits = [(headers, payload) for kind, headers, _, payload in records(path) if kind == "revisit"]
    assert len(revisits) == 2
    for headers, payload in revisits:
        assert payload == b""  # no second copy of the bytes
        assert headers.get_header("WARC-Refers-To") == original.record_id
        assert headers.get_header("WARC-Refers-To-Target-URI") == "https://www.haizhu.gov.cn/a/1.pdf"
        assert headers.get_header("WARC-Refers-To-Date") == "2025-01-15T02:30:01.123456Z"
        assert headers.get_header("WARC-Payload-Digest") == original.payload_digest
    assert revisits[0][0].get_header("WARC-Profile") == PROFILE_IDENTICAL
    assert revisits[1][0].get_header("WARC-Profile") == PROFILE_NOT_MODIFIED
    # The 304's head is not the revisit's block (replay would answer an empty 304 for the latest capture); it is
    # kept, as received, in the metadata record beside the revisit.
    assert revisits[1][0].get_header("Content-Length") == "0"
    [metadata] = [(h, payload) for kind, h, _, payload in records(path) if kind == "metadata"]
    assert metadata[0].get_header("WARC-Concurrent-To") == not_modified.record_id
    assert http_head_from_fields(metadata[1]) == ("HTTP/1.1 304 Not Modified", [("ETag", '"abc"')])
    assert warcio_check(path).returncode == 0


def test_content_encoded_payload_is_kept_as_received(tmp_path: Path) -> None:
    wire = gzip.compress(b"<html><body>report list</body></html>")
    with WarcWriter(tmp_path, "x", fsync=False) as writer:
        location = writer.write_response(exchange(body=wire, headers=[("Content-Type", "text/html"),
                                                                      ("Content-Encoding", "gzip")]))
        path = writer.current_file
    assert location.payload_digest == payload_digest(wire)
    response = next(r for r in records(path) if r[0] == "response")
    assert response[3] == b"<html><body>report list</body></html>"  # a reader can still decode it
    assert warcio_check(path).returncode == 0


def test_rollover_by_size_starts_each_file_with_warcinfo(tmp_path: Path) -> None:
    with WarcWriter(tmp_path, "yaodu/run7", max_size=6000, fsync=False) as writer:
        # incompressible 1500-byte bodies: warcinfo (~0.5 kB) + two exchanges (~2.4 kB each) fill a 6000-byte file
        locations = [writer.write_response(exchange(url=f"https://www.yaodu.gov.cn/{i}.pdf", body=os.urandom(1500)))
                     for i in range(6)]
    files = sorted((tmp_path / "yaodu").glob("*.warc.gz"))
    assert len(files) == 3 and all(p.stat().st_size <= 6000 for p in files)
    assert {loc.file for loc in locations} == {f"yaodu/{p.name}" for p in files}
    for path in files:
        kinds = [k for k, *_ in records(path)]
        assert kinds[0] == "warcinfo" and kinds.count("warcinfo") == 1
    assert warcio_check(*files).returncode == 0


def test_a_second_writer_never_appends_to_an_existing_file(tmp_path: Path) -> None:
    with WarcWriter(tmp_path, "r", fsync=False) as first:
        a = first.write_response(exchange())
    with WarcWriter(tmp_path, "r", fsync=False) as second:
        b = second.write_response(exchange())
    assert (a.file, b.file) == ("r-00001.warc.gz", "r-00002.warc.gz")


def test_resource_record_for_a_file_that_did_not_come_over_http(tmp_path: Path) -> None:
    with WarcWriter(tmp_path, "x", fsync=False) as writer:
        location = writer.write_resource("file:///reports/a.txt", "年度报告".encode(), "text/plain", WHEN)
        path = writer.current_file
    assert location.record_type == "resource"
    assert [r[3] for r in records(path) if r[0] == "resource"] == ["年度报告".encode()]
    assert warcio_check(path).returncode == 0


def test_disk_full_truncates_the_partial_record(tiny_tmpfs: Path) -> None:
    writer = WarcWriter(tiny_tmpfs, "x", fsync=False)
    writer.write_response(exchange(body=b"small page"))
    path = writer.current_file
    size_before = path.stat().st_size

    with pytest.raises(StorageError, match="cannot write WARC file") as raised:
        writer.write_response(exchange(body=os.urandom(2 * 1024 * 1024)))
    assert "\n" not in str(raised.value)
    writer.close()
    assert path.stat().st_size == size_before
    assert warcio_check(path).returncode == 0
