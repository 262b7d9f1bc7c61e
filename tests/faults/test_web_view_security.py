"""Security review of the research web view (crawler/research/web) against an archive holding hostile pages
(issue 8): read-only, nothing served from outside the archive, archived scripts never run in the viewer's origin,
and titles with markup or SQL shown as text."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.faults.harness import archive_at, run
from tests.faults.scenarios import SCENARIOS, Scenario

pytestmark = pytest.mark.slow
HOSTILE_PAGES = Scenario("script and SQL in pages", "hostile", "yaodu",
                         next(s for s in SCENARIOS if s.name.startswith("script")).modes
                         + next(s for s in SCENARIOS if s.name.startswith("SQL")).modes)


@pytest.fixture(scope="module")
def viewer(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from crawler.research.web.server import datasette_app, plan
    from storage.config import StorageConfig

    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    run(HOSTILE_PAGES, data_dir)
    config = StorageConfig(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}")
    with archive_at(data_dir) as archive:
        rows = archive.db.read(lambda c: c.execute(sa.text(
            "SELECT r.id, r.document_sha256, d.media_type FROM reports r JOIN documents d "
            "ON d.sha256 = r.document_sha256 WHERE r.title LIKE '%DROP TABLE%' AND d.media_type = 'text/html'"
        )).all())
    assert rows, "no hostile report page was archived"
    return datasette_app(config, plan(config)), rows[0], data_dir


def test_archived_html_is_never_rendered_in_the_viewer_origin(viewer) -> None:  # type: ignore[no-untyped-def]
    ds, (_report_id, sha, _media), _data = viewer
    response = _get(ds, f"/-/document/{sha}")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == "sandbox"
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["x-content-type-options"] == "nosniff"
    as_text = _get(ds, f"/-/document/{sha}?as=text")
    assert as_text.headers["content-type"].startswith("text/plain")
    assert as_text.headers["content-security-policy"] == "sandbox"
    # rendered in the report page's <iframe sandbox>: no script, an opaque origin, nothing loaded
    as_page = _get(ds, f"/-/document/{sha}?as=page")
    assert as_page.headers["content-type"] == "text/html; charset=utf-8"
    assert as_page.headers["content-security-policy"] == "sandbox; default-src 'none'; style-src 'unsafe-inline'; " \
        "img-src data:"


def test_titles_with_markup_and_sql_are_shown_as_text(viewer) -> None:  # type: ignore[no-untyped-def]
    ds, (report_id, _sha, _media), _data = viewer
    page = _get(ds, f"/-/report/{report_id}").text
    assert "DROP TABLE reports" in page  # the title is shown …
    assert "<script>document.title" not in page  # … and any markup in archived text is escaped


def test_no_write_and_no_file_outside_the_archive(viewer) -> None:  # type: ignore[no-untyped-def]
    ds, _row, data_dir = viewer
    before = archive_counts(data_dir)
    for sql in ("DELETE FROM reports", "DROP TABLE reports", "UPDATE reports SET title = 'x'",
                "ATTACH DATABASE '/tmp/x.db' AS x", "PRAGMA writable_schema = 1"):
        response = _get(ds, "/archive.json", params={"sql": sql})
        assert response.status_code >= 400, sql
    for path in ("/-/document/../../../../etc/passwd", "/-/document/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                 "/-/document/" + "0" * 64, "/-/warc/99999999", "/-/warc/..%2f..%2fetc%2fpasswd"):
        response = _get(ds, path)
        assert response.status_code in (302, 404), path  # not found, or Datasette normalising the path away
        assert "root:" not in response.text
    assert archive_counts(data_dir) == before


def _get(ds, path: str, **kwargs):  # type: ignore[no-untyped-def]
    """Datasette's own in-process client (httpx over ASGI), from synchronous tests."""
    return asyncio.run(ds.client.get(path, **kwargs))


def archive_counts(data_dir: Path) -> tuple[int, int]:
    with archive_at(data_dir) as archive:
        return archive.db.read(lambda c: (c.execute(sa.text("SELECT count(*) FROM reports")).scalar_one(),
                                          c.execute(sa.text("SELECT count(*) FROM fetches")).scalar_one()))
