"""Offline guard for tests and CI: with NIANBAO_OFFLINE=1 no request may reach a real host.

With REPLICA_URL set every request is relayed to the replica (crawler/transport.py), so all real hosts are allowed;
without it only loopback URLs are.  Anything else is refused before the downloader sees it.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.transport import replica_url

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class OfflineGuardMiddleware:
    def __init__(self) -> None:
        if os.environ.get("NIANBAO_OFFLINE", "0") != "1":
            raise NotConfigured

    def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        if host in LOOPBACK or (replica_url() and urlsplit(replica_url()).hostname in LOOPBACK):
            return
        raise IgnoreRequest(f"offline mode: refusing to contact {host}")
