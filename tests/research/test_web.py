"""The Datasette view in-process (real Datasette, real SQLite, real blob and WARC files): pages, files, safety."""

from __future__ import annotations

import asyncio
import io
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.errors import NianbaoError
from crawler.research import labels, queries
from crawler.research.web import server
from storage.blobs import FileBlobStore
from storage.config import StorageConfig
from storage.errors import ArchiveMissingError
from tests.research.research_helpers import Built


def config_of(built: Built) -> StorageConfig:
    return StorageConfig(data_dir=built.archive_dir, database_url=built.database_url)


class Client:
    """Datasette's own in-process HTTP client (httpx over ASGI), called synchronously."""

    def __init__(self, built: Built) -> None:
        config = config_of(built)
        self.ds = server.datasette_app(config, server.plan(config))
        asyncio.run(self.ds.invoke_startup())

    def get(self, path: str) -> Any:
        return asyncio.run(self.ds.client.get(path))


@pytest.fixture(scope="module")
def client(known_sqlite: Built) -> Client:
    return Client(known_sqlite)


def test_report_page_links_the_original_file_and_every_warc_record(client: Client, known_sqlite: Built) -> None:
    for key, spec in known_sqlite.specs.items():
        page = client.get(f"/-/report/{known_sqlite.report_ids[key]}")
        assert page.status_code == 200
        html = page.text
        assert spec.parsed["agency"] in html
        assert f'href="/-/document/{known_sqlite.sha256[key]}"' in html
        for fetch_id in known_sqlite.fetch_ids[key]:
            assert f'href="/-/warc/{fetch_id}"' in html
        for url, _when in spec.fetches:
            assert f'<a href="{url}" rel="noreferrer nofollow">' in html
        for rule in spec.failing:
            assert rule in html
    assert client.get("/-/report/999999").status_code == 404


def test_original_pdf_is_served_inline_with_its_real_type(client: Client, known_sqlite: Built) -> None:
    response = client.get(f"/-/document/{known_sqlite.sha256['haizhu2021']}")
    assert response.status_code == 200
    assert response.content == known_sqlite.specs["haizhu2021"].body
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.headers["x-content-type-options"] == "nosniff"


def test_archived_html_never_renders_in_the_viewer(client: Client, known_sqlite: Built) -> None:
    sha = known_sqlite.sha256["xfj2021"]
    response = client.get(f"/-/document/{sha}")
    assert response.status_code == 200 and response.content == known_sqlite.specs["xfj2021"].body
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["content-security-policy"] == "sandbox"
    assert response.headers["x-content-type-options"] == "nosniff"
    as_text = client.get(f"/-/document/{sha}?as=text")
    assert as_text.headers["content-type"] == "text/plain; charset=utf-8"
    assert as_text.headers["content-security-policy"] == "sandbox"
    assert "<script>document.title='pwned'</script>" in as_text.text  # shown as text, not run
    # a PDF has no text view: ?as=text changes nothing
    pdf = client.get(f"/-/document/{known_sqlite.sha256['yaodu2020']}?as=text")
    assert pdf.headers["content-type"] == "application/pdf"


def test_warc_record_is_the_stored_record(client: Client, known_sqlite: Built) -> None:
    spec = known_sqlite.specs["haizhu2021"]
    for fetch_id, (url, _when) in zip(known_sqlite.fetch_ids["haizhu2021"], spec.fetches, strict=True):
        response = client.get(f"/-/warc/{fetch_id}")
        assert response.status_code == 200
        assert response.headers["content-disposition"] == f'attachment; filename="fetch-{fetch_id}.warc.gz"'
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(io.BytesIO(response.content))]
        # the first URL's response carries the bytes; the second URL served the same bytes: a revisit record
        assert records == ([("response", url, spec.body)] if fetch_id == known_sqlite.fetch_ids["haizhu2021"][0]
                           else [("revisit", url, b"")])
    assert client.get("/-/warc/999999").status_code == 404


TRAVERSALS = [
    "/-/document/../../../../etc/passwd",
    "/-/document/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/-/document/..%2F..%2F..%2Fetc%2Fpasswd",
    "/-/document/" + "a" * 63,
    "/-/document/" + "A" * 64,
    "/-/document/" + "0" * 64 + "/../../../etc/passwd",
    "/-/document/" + "0" * 64,  # well-formed, not in the archive
    "/-/warc/-1",
    "/-/warc/1%2F..%2F..%2Fetc%2Fpasswd",
    "/-/warc/../../etc/passwd",
    "/-/warc/1e3",
    "/-/report/1%20OR%201=1",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_reaches_a_file_outside_the_archive(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (302, 404), response.status_code
    assert "root:" not in response.text
    if response.status_code == 302:  # Datasette normalises some paths: where it sends us must not serve it either
        followed = client.get(response.headers["location"])
        assert followed.status_code == 404 and "root:" not in followed.text


def test_rows_pointing_outside_the_archive_are_refused(fresh_sqlite: Built, tmp_path: Path) -> None:
    """Damaged rows: a WARC path with `..`, a blob replaced by a symlink to a file outside the store."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    db = fresh_sqlite.archive_dir / "archive.sqlite"
    fetch_id = fresh_sqlite.fetch_ids["haizhu2022"][0]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE fetches SET warc_file = ?, warc_offset = 0, warc_length = 10 WHERE id = ?",
                     (f"../../{secret.name}", fetch_id))
    blob = FileBlobStore(fresh_sqlite.archive_dir / "blobs").path(fresh_sqlite.sha256["yaodu2020"])
    blob.unlink()
    blob.symlink_to(secret)
    client = Client(fresh_sqlite)
    for path in (f"/-/warc/{fetch_id}", f"/-/document/{fresh_sqlite.sha256['yaodu2020']}"):
        response = client.get(path)
        assert response.status_code == 404 and "root:" not in response.text


def test_tables_link_reports_files_and_records(client: Client, known_sqlite: Built) -> None:
    html = client.get("/archive/report_overview").text
    for key, report_id in known_sqlite.report_ids.items():
        assert f'href="/-/report/{report_id}"' in html
        assert f'href="/-/document/{known_sqlite.sha256[key]}"' in html
    assert f'href="/-/warc/{known_sqlite.fetch_ids["yaodu2020"][0]}"' in html


def test_metadata_describes_columns_in_chinese_and_offers_facets(client: Client, known_sqlite: Built) -> None:
    data = client.get("/archive/applications_wide.json").json()
    described = client.get("/-/metadata.json").json()["databases"]["archive"]["tables"]["applications_wide"]
    expected = labels.column_descriptions("applications")
    assert described["columns"]["new_total"] == expected["new_total"]
    assert "一、本年新收政府信息公开申请数量" in expected["new_total"] and "总计" in expected["new_total"]
    assert set(data["facet_results"]) >= {"year", "agency", "template"}
    assert {f["value"]: f["count"] for f in data["facet_results"]["year"]["results"]} == dict(
        Counter(spec.parsed["year"] for spec in known_sqlite.specs.values()))
    assert expected["new_total"] in client.get("/archive/applications_wide").text  # shown on the page
    hidden = client.get("/archive.json").json()
    assert {t["name"] for t in hidden["tables"] if t["hidden"]} >= {"alembic_version", "wide_applications"}


def test_canned_queries_run_in_datasette(client: Client, known_sqlite: Built) -> None:
    listed = {q["name"] for q in client.get("/archive.json").json()["queries"]}
    assert listed == {q.name for q in queries.QUERIES}
    failing = client.get("/archive/reports_failing_checks.json?_shape=array").json()
    assert {r["report_id"] for r in failing} == {known_sqlite.report_ids[k] for k, s in known_sqlite.specs.items()
                                                  if s.failing}
    series = client.get("/archive/agency_time_series.json?_shape=array&agency=尧都").json()
    assert [(r["agency"], r["year"]) for r in series] == [("尧都区信访局", 2020)]
    page = client.get("/archive/reports_failing_checks").text  # HTML results link each report's page
    assert f'href="/-/report/{known_sqlite.report_ids["yaodu2020"]}"' in page


def test_datasette_refuses_to_write(client: Client) -> None:
    response = client.get("/archive.json?sql=DELETE+FROM+reports")
    assert response.status_code == 400
    assert client.get("/archive/reports.json?_shape=array").json()  # still there


def test_serving_plan(known_sqlite: Built, fresh_sqlite: Built, tmp_path: Path) -> None:
    assert server.plan(config_of(known_sqlite)).immutable
    assert not server.plan(config_of(known_sqlite), live=True).immutable
    with pytest.raises(ArchiveMissingError, match="no archive at"):
        server.plan(StorageConfig(tmp_path / "none", f"sqlite:///{tmp_path / 'none' / 'archive.sqlite'}"))
    with pytest.raises(NianbaoError, match="SQLite archive"):
        server.plan(StorageConfig(tmp_path, "postgresql+psycopg://u@127.0.0.1/db"))
    # a crawl in the middle of a write transaction: the WAL cannot be folded in, so serve live
    db = fresh_sqlite.archive_dir / "archive.sqlite"
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE reports SET title = title")
        served = server.plan(config_of(fresh_sqlite), busy_timeout=0.1)
        assert not served.immutable and "live" in (served.note or "")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
