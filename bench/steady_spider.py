"""The spider of `bench/crawl_bench.py --steady`: report columns on many hosts of one synthetic domain.

A thin ReportSpider, as a site's own spider is (crawler/base.py does the work), over the replica's synthetic site
(replica/modes/synthetic.py, served for any host): `scrapy crawl steady -a hosts=40` crawls the columns of
xxgk01 … xxgk40.dazhen.gov.cn.  Kept in a module of its own: the crawl loads it without the benchmark's imports.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from crawler.base import ReportSpider

DOMAIN = "dazhen.gov.cn"


def host(k: int) -> str:
    return f"xxgk{k:02d}.{DOMAIN}"


class SteadySpider(ReportSpider):
    """The steady benchmark's synthetic site (`-a hosts=N`)."""

    name = "steady"
    generic = True  # (never scheduled, demoed or recorded: a benchmark's)
    base_url = f"http://www.{DOMAIN}"

    def __init__(self, *args: Any, hosts: str = "40", **kwargs: Any) -> None:
        self.listing_urls = tuple(f"http://{host(k)}/zfxxgk/nb/index.html" for k in range(1, int(hosts) + 1))
        super().__init__(*args, **kwargs)
        self.allowed_domains = [urlsplit(url).hostname or "" for url in self.listing_urls]
