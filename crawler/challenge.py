"""Recognising anti-bot challenge pages (see ../shared/reference/sites.md §8) before anything parses them.

A challenge is recorded (outcome `challenge`), never stored as a document and never read as "no reports".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CHALLENGE_STATUSES = {412: "ruishu-412", 521: "jiasule-521"}
_CHALLENGE_COOKIES = re.compile(r"^(__jsluid_[hs]|__jsl_clearance(_s)?|wzws_cid|wzws_sessionid)=", re.I)
_BODY_MARKERS = (b"$_ts", b"__jsl_clearance", b"wzwschallenge", b"_waf_", b"yunsuo_session")
_SMALL_PAGE = 20_000
# A document URL answered with an HTML page: a soft error or a challenge, never the document.
DOCUMENT_EXTENSIONS = re.compile(r"\.(pdf|docx?|wps|xlsx?|et|zip|rar|ofd)$", re.I)
_MAGIC = (b"%PDF", b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"Rar!", b"\x89PNG", b"\xff\xd8\xff")


def detect(status: int, headers: Iterable[tuple[str, str]], body: bytes, url: str) -> str | None:
    """The kind of challenge this response is, or None for an ordinary response."""
    if status in CHALLENGE_STATUSES:
        return CHALLENGE_STATUSES[status]
    pairs = [(k.lower(), v) for k, v in headers]
    if 300 <= status < 400 and any(k == "location" and "wzwschallenge" in v for k, v in pairs):
        return "wzws-redirect"
    if status == 202 and len(body) < _SMALL_PAGE and _has_marker(body):
        return "ruishu-202"
    if 200 <= status < 300 and len(body) < _SMALL_PAGE and _has_marker(body) and _reloads(body):
        return "script-cookie"
    return None


def is_document_url(url: str) -> bool:
    return bool(DOCUMENT_EXTENSIONS.search(url.split("?", 1)[0]))


def wrong_body_for_document(url: str, body: bytes) -> bool:
    """An attachment URL whose body is not a document (an HTML error or challenge page in its place)."""
    if not is_document_url(url) or not body:
        return False
    head = body[:1024].lstrip().lower()
    return not body.startswith(_MAGIC) and (head.startswith((b"<!doctype", b"<html", b"<head", b"<script"))
                                            or b"<html" in head)


def challenge_cookie_names(set_cookie_values: Iterable[str]) -> list[str]:
    return [v.split("=", 1)[0] for v in set_cookie_values if _CHALLENGE_COOKIES.match(v)]


def _has_marker(body: bytes) -> bool:
    return any(marker in body for marker in _BODY_MARKERS)


def _reloads(body: bytes) -> bool:
    return b"document.cookie" in body and (b"reload" in body or b"location" in body)
