"""A Playwright route handler that sends a page's requests to the replica (sync API, for the replica's tests)."""

from __future__ import annotations

import http.client
from collections.abc import Callable
from urllib.parse import urlsplit

from crawler.browser_relay import fulfil_kwargs, replica_target
from replica import Replica


def route_to(replica: Replica) -> Callable:
    """Send every browser request to the replica, the real URL in the path, the page's cookies forwarded."""
    port = urlsplit(replica.url).port

    def handle(route) -> None:
        request = route.request
        headers = {k: v for k, v in request.all_headers().items()
                   if k.lower() in ("cookie", "user-agent", "accept", "accept-language", "referer")}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(request.method, replica_target(request.url), headers=headers)
            response = connection.getresponse()
            body = response.read()
            route.fulfill(**fulfil_kwargs(response.status, response.getheaders(), body,
                                          request.is_navigation_request()))
        finally:
            connection.close()

    return handle
