"""At the end of a discovery crawl run with `-a pin=PATH`: the site file of what it found, written to PATH.

An extension (docs/crawler.md: extensions write) that the discovery spider installs: the spider only keeps the
trail of what it found and says which site that makes (`DiscoverSpider.found_site`, crawler/discovery/pin.py);
this writes it.  A crawl that found no report column writes nothing, with a warning.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.discovery.sitefile import write_site_file

log = logging.getLogger(__name__)

EXTENSION = "crawler.discovery.pinning.PinExtension"


class PinExtension:
    def __init__(self, crawler: Crawler) -> None:
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PinExtension:
        return cls(crawler)

    def spider_closed(self, spider: Spider, **_: Any) -> None:
        path = getattr(spider, "pin_path", None)
        if path is None:
            return
        site = spider.found_site()  # type: ignore[attr-defined]  # (the discovery spider installs this extension)
        if not (site.listing_urls or site.data_urls):
            log.warning("no report column found on %s: no site file written", site.start_url)
            return
        write_site_file(site, path)
        log.info("site file written: %s (%d listings, %d data URLs)", path, len(site.listing_urls),
                 len(site.data_urls))
