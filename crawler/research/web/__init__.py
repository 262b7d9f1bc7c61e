"""The nianbao Datasette plugin: the researcher's pages (web/pages.py), original files and WARC records.

Routes (all read-only, all parameters validated by the route's pattern before any code runs):
- `/-/report/<id>`        the report: its tables as the template prints them, failing cells and the rules they
                          break, the narrative figures, every source document shown in the page and its WARC
                          records, versions, provenance
- `/-/agency?name=…`      an agency's reports side by side over the years, changes and the carry-over check
- `/-/search?q=…`         full-text search of the reports' text (storage/text_search.py)
- `/-/charts`             applications per year, per agency type, refusals by reason (inline SVG)
- `/-/document/<sha256>`  the original file from the blob store (see files.py for how hostile content is served)
- `/-/warc/<fetch id>`    that fetch's WARC record, as stored

Cells named `report_id`, `agency`, `sha256` and `fetch_id` link to those pages in every table, view and query.
Configuration (metadata `plugins` → `nianbao-archive`): `data_dir` (blobs/ and warcs/) and `database` (its name in
Datasette).  This package is registered by crawler.research.web.server; its `templates/` directory is found by
Datasette because the plugin is a package.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from crawler.research.web import files, limits, pages
from storage.blobs import FileBlobStore

PLUGIN = "nianbao-archive"
CHUNK = 256 * 1024


def settings(datasette: Any) -> tuple[Path, str]:
    config = datasette.plugin_config(PLUGIN) or {}
    return Path(config["data_dir"]), config.get("database", "archive")


class _FileSlice:
    """A streamed response of `length` bytes of a file from `offset` (Datasette calls `asgi_send`)."""

    def __init__(self, served: files.Served) -> None:
        assert served.path is not None  # a slice is of a file (a body in memory is sent as it is)
        self.path = served.path
        self.served = served

    async def asgi_send(self, send: Any) -> None:
        served = self.served
        headers = [(k.lower().encode(), v.encode("latin-1", "replace")) for k, v in served.headers.items()]
        headers += [(b"content-type", served.content_type.encode()), (b"content-length", str(served.length).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        with open(self.path, "rb") as fh:
            fh.seek(served.offset)
            left = served.length
            while left > 0:
                chunk = await asyncio.to_thread(fh.read, min(CHUNK, left))
                if not chunk:  # the file shrank under us: end the body rather than hang
                    break
                left -= len(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": left > 0})
        if left > 0:
            await send({"type": "http.response.body", "body": b"", "more_body": False})


def _respond(served: files.Served) -> Any:
    if served.body is not None:
        return Response(served.body, status=200, headers=served.headers, content_type=served.content_type)
    return _FileSlice(served)


def _not_found(what: str) -> Response:
    return Response.text(f"{what} is not in this archive", status=404,
                         headers={"X-Content-Type-Options": "nosniff"})


async def _first(datasette: Any, sql: str, params: dict[str, Any]) -> Any:
    _data_dir, name = settings(datasette)
    return (await datasette.get_database(name).execute(sql, params)).first()


async def document_view(datasette: Any, request: Any) -> Any:
    sha = request.url_vars["sha256"]
    data_dir, _name = settings(datasette)
    row = await _first(datasette, "SELECT media_type FROM documents WHERE sha256 = :sha", {"sha": sha})
    if row is None:
        return _not_found(f"document {sha}")
    store = FileBlobStore(data_dir / "blobs")
    try:
        shown_as = request.args.get("as")
        if shown_as in ("text", "page") and row["media_type"] in files.TEXT_VIEWABLE:
            declared = await _first(datasette, "SELECT content_type FROM fetches WHERE sha256 = :sha AND "
                                    "content_type IS NOT NULL ORDER BY fetched_at, id LIMIT 1", {"sha": sha})
            content_type = declared["content_type"] if declared else None
            if shown_as == "page" and row["media_type"] in files.SANDBOXED_PAGES:
                return _respond(files.document_as_page(store.path(sha), store.root, content_type))
            return _respond(files.document_as_text(store.path(sha), store.root, row["media_type"], content_type))
        return _respond(files.document(store.path(sha), store.root, sha, row["media_type"]))
    except files.NotServable:
        return _not_found(f"the file of document {sha}")


async def warc_view(datasette: Any, request: Any) -> Any:
    fetch_id = int(request.url_vars["fetch_id"])
    data_dir, _name = settings(datasette)
    row = await _first(datasette, "SELECT warc_file, warc_offset, warc_length FROM fetches WHERE id = :id",
                       {"id": fetch_id})
    if row is None or row["warc_file"] is None:
        return _not_found(f"a WARC record of fetch {fetch_id}")
    try:
        return _respond(files.warc_record(data_dir / "warcs", row["warc_file"], int(row["warc_offset"]),
                                          int(row["warc_length"]), fetch_id))
    except files.NotServable:
        return _not_found(f"the WARC record of fetch {fetch_id}")


def _database(datasette: Any) -> Any:
    _data_dir, name = settings(datasette)
    return datasette.get_database(name)


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any] | None,
                  missing: str = "") -> Response:
    """A page of ours, or 404 naming what the archive does not hold (`context` None)."""
    if context is None:
        return Response.html(await datasette.render_template(
            "nianbao_missing.html", {"what": missing}, request=request), status=404)
    _data_dir, name = settings(datasette)
    return Response.html(await datasette.render_template(template, {**context, "database": name}, request=request))


async def report_view(datasette: Any, request: Any) -> Response:
    report_id = int(request.url_vars["report_id"])
    context = await pages.report_context(_database(datasette), report_id)
    return await _render(datasette, request, "nianbao_report.html", context, f"report {report_id}")


async def agency_view(datasette: Any, request: Any) -> Response:
    agency = request.args.get("name", "")
    context = await pages.agency_context(_database(datasette), agency)
    return await _render(datasette, request, "nianbao_agency.html", context, f"agency {agency!r}")


async def search_view(datasette: Any, request: Any) -> Response:
    context = await pages.search_context(_database(datasette), request.args.get("q", ""))
    return await _render(datasette, request, "nianbao_search.html", context)


async def charts_view(datasette: Any, request: Any) -> Response:
    return await _render(datasette, request, "nianbao_charts.html", await pages.charts_context(_database(datasette)))


@hookimpl
def prepare_connection(conn: Any) -> None:
    limits.bound(conn)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/document/(?P<sha256>[0-9a-f]{64})$", document_view),
        (r"^/-/warc/(?P<fetch_id>[0-9]{1,18})$", warc_view),
        (r"^/-/report/(?P<report_id>[0-9]{1,18})$", report_view),
        (r"^/-/agency$", agency_view),
        (r"^/-/search$", search_view),
        (r"^/-/charts$", charts_view),
    ]


@hookimpl
def render_cell(value: Any, column: str, table: str | None, datasette: Any) -> Markup | None:
    if value is None or value == "":
        return None
    if (column == "report_id" or (column == "id" and table == "reports")) and isinstance(value, int):
        return Markup(f'<a href="{datasette.urls.path(f"/-/report/{value}")}">{value}</a>')
    if column == "agency" and isinstance(value, str):
        return Markup(f'<a href="{datasette.urls.path("/-/agency")}?name={quote(value)}">{escape(value)}</a>')
    if column == "fetch_id" and isinstance(value, int):
        return Markup(f'<a href="{datasette.urls.path(f"/-/warc/{value}")}" title="WARC record">{value}</a>')
    if column in ("sha256", "document_sha256") and isinstance(value, str) and len(value) == 64 and value.isalnum():
        href = datasette.urls.path(f"/-/document/{escape(value)}")
        return Markup(f'<a href="{href}" title="original file">{escape(value[:16])}…</a>')
    return None
