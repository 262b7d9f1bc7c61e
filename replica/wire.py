"""What goes on the wire: a `Reply` (status, headers, body) built from a resource the way a real server would.

Real-server behaviour reproduced here: `Date`/`Server` on every response, `ETag` and `Last-Modified` where the
resource has a modification time, 304 for a matching `If-None-Match` (weak comparison) or a not-older
`If-Modified-Since`, and gzip for text when the site compresses and the client accepts it (with a weakened
ETag, as nginx does).  A fault can give a reply its own `writer` to put arbitrary bytes on the socket.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from typing import BinaryIO

from replica.model import Resource, Site

# Vendor statuses that http.HTTPStatus does not know.
_REASONS = {521: "Web Server Is Down", 520: "Unknown Error"}
_COMPRESSIBLE = ("text/", "application/json", "application/javascript", "application/xml")


@dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    send_body: bool = True  # False for HEAD and 304: headers only
    fault: str | None = None  # the mode that produced or changed this reply (for the request log)
    writer: Callable[[BinaryIO, Reply], None] | None = None  # a fault that writes the wire itself

    def header(self, name: str) -> str | None:
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)

    def set_header(self, name: str, value: str) -> None:
        lower = name.lower()
        self.headers = [(k, v) for k, v in self.headers if k.lower() != lower] + [(name, value)]

    def head_bytes(self) -> bytes:
        reason = _REASONS.get(self.status) or _reason(self.status)
        lines = [f"HTTP/1.1 {self.status} {reason}", *(f"{k}: {v}" for k, v in self.headers)]
        # Header values travel as Latin-1: a raw GBK Content-Disposition is sent byte for byte.
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def wire_bytes(self) -> bytes:
        return self.head_bytes() + (self.body if self.send_body else b"")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def http_date(moment: dt.datetime) -> str:
    return format_datetime(moment.astimezone(dt.UTC), usegmt=True)


def base_headers(site: Site | None) -> list[tuple[str, str]]:
    return [("Server", site.server if site else "nginx"), ("Date", http_date(dt.datetime.now(dt.UTC)))]


def simple_reply(site: Site | None, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                 extra: list[tuple[str, str]] | None = None) -> Reply:
    headers = [*base_headers(site), ("Content-Type", content_type), ("Content-Length", str(len(body))),
               *(extra or [])]
    return Reply(status, headers, body)


def not_found(site: Site | None) -> Reply:
    server = site.server if site else "nginx"
    body = (f"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1>"
            f"</center>\r\n<hr><center>{server}</center>\r\n</body>\r\n</html>\r\n").encode()
    return simple_reply(site, 404, body)


def resource_reply(resource: Resource, site: Site, request_headers: dict[str, str], method: str) -> Reply:
    """The full response a real server sends for `resource` to a request with these (lower-cased) headers."""
    headers = base_headers(site)
    body = resource.body
    etag = resource.etag()
    last_modified = http_date(resource.modified) if resource.modified else None
    compress = (site.gzip and resource.status == 200 and _compressible(resource.content_type)
                and "gzip" in request_headers.get("accept-encoding", "").lower() and len(body) > 20)
    if compress:
        body = gzip.compress(body, mtime=0)
        etag = f"W/{etag}" if etag else None
    if resource.content_type:
        headers.append(("Content-Type", resource.content_type))
    if last_modified:
        headers.append(("Last-Modified", last_modified))
    if etag:
        headers.append(("ETag", etag))
    if compress:
        headers += [("Vary", "Accept-Encoding"), ("Content-Encoding", "gzip")]
    headers += resource.headers
    if resource.status == 200 and _not_modified(resource, etag, request_headers):
        return Reply(304, [h for h in headers if h[0] != "Content-Type"], b"", send_body=False)
    headers.append(("Content-Length", str(len(body))))
    if resource.status == 200 and resource.kind in ("attachment", "image"):
        headers.append(("Accept-Ranges", "bytes"))
    return Reply(resource.status, headers, body, send_body=method != "HEAD")


def _compressible(content_type: str | None) -> bool:
    return bool(content_type) and content_type.startswith(_COMPRESSIBLE)


def _not_modified(resource: Resource, etag: str | None, request_headers: dict[str, str]) -> bool:
    if resource.modified is None:
        return False
    if_none_match = request_headers.get("if-none-match")
    if if_none_match is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
        wanted = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in wanted or (etag or "").removeprefix("W/") in wanted
    if_modified_since = request_headers.get("if-modified-since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return resource.modified.replace(microsecond=0) <= since
    return False
