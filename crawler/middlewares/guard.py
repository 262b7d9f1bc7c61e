"""Offline guard for tests and CI: with NIANBAO_OFFLINE=1 no request may reach a real host.

With REPLICA_URL set every request is relayed to the replica (crawler/transport.py), so all real hosts are allowed;
without it only loopback URLs are.  Anything else is refused before the downloader sees it, counted and logged.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.transport import replica_url

log = logging.getLogger(__name__)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class OfflineGuardMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        if os.environ.get("NIANBAO_OFFLINE", "0") != "1":
            raise NotConfigured
        self.crawler = crawler
        relay = replica_url()
        self.relayed = bool(relay) and urlsplit(relay).hostname in LOOPBACK

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OfflineGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        if self.relayed or host in LOOPBACK:
            return
        self.crawler.stats.inc_value("nianbao/offline/refused")
        log.warning("offline mode: refusing to contact %s", host)
        raise IgnoreRequest(f"offline mode: refusing to contact {host}")
