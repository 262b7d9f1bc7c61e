"""Routing a real browser's requests to the replica (Playwright `page.route`), keeping real URLs in the browser.

Two things a route handler must get right, both checked with Chromium 156 / Playwright 1.65:

- a redirect fulfilled into the browser is followed *without* interception, so the browser would try the real
  host (net::ERR_NAME_NOT_RESOLVED).  A navigation answered 3xx is therefore handed over as a page that
  replaces its location with the `Location` target (the next request is intercepted again, and the page URL ends
  where a real redirect would have taken it); the 3xx's cookies are kept;
- cookies set by a fulfilled response (`Set-Cookie`) are stored by the browser, and the page's own
  `document.cookie` writes reach later requests through `request.all_headers()`: forward the Cookie header.

Use: `target = replica_target(request.url)`; fetch `replica_url + target` with the request's headers and no
redirect following; then `route.fulfill(**fulfil_kwargs(status, headers, body, request.is_navigation_request()))`.
"""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import urlsplit

# Hop-by-hop and transfer headers the browser must not see twice (the body handed over is already whole).
_DROPPED = {"content-length", "transfer-encoding", "connection", "keep-alive"}


def replica_target(url: str) -> str:
    """`https://host/path?q` → `/host/path?q`, the request target the replica routes by."""
    parts = urlsplit(url)
    return f"/{parts.netloc}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")


def fulfil_kwargs(status: int, headers: list[tuple[str, str]], body: bytes, navigation: bool) -> dict[str, Any]:
    """Arguments for Playwright's `route.fulfill` for one replica response."""
    cookies = [value for name, value in headers if name.lower() == "set-cookie"]
    location = next((value for name, value in headers if name.lower() == "location"), None)
    if navigation and 300 <= status < 400 and location:
        page = (f'<html><head><meta http-equiv="refresh" content="0;url={html.escape(location)}"></head>'
                f"<body><script>location.replace({json.dumps(location)})</script></body></html>").encode()
        out_headers = {"content-type": "text/html; charset=utf-8"}
        if cookies:
            out_headers["set-cookie"] = "\n".join(cookies)  # Playwright splits a multi-line set-cookie
        return {"status": 200, "headers": out_headers, "body": page}
    out: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        if key in _DROPPED:
            continue
        out[key] = f"{out[key]}\n{value}" if key == "set-cookie" and key in out else value
    return {"status": status, "headers": out, "body": body}
