"""The request budget of a search (crawler/discovery/search.py), enforced where requests leave: a hard bound on
what the site sees.

Every request Scrapy is about to send passes `BudgetMiddleware` last (closest to the downloader).  For the
discovery spider the search is the crawl and every request counts — its own, robots.txt, redirects, retries; for
a site spider's fallback search only the search's requests count (the configured crawl is not the search's to
stop).  Once the budget is spent, the rest are refused (IgnoreRequest, so the spider's errback still hears of
them).  What a browser fetched for a rendered page or a challenge is counted too (`extra`), after the fact; a
rendering is only started while enough is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

MIDDLEWARE = "crawler.discovery.budget.BudgetMiddleware"
MIDDLEWARE_ORDER = 990  # after every project middleware: counts what is really sent


@dataclass
class Budget:
    """Requests the site has seen (or will see) from this crawl."""

    limit: int
    sent: int = 0  # requests that left through Scrapy's downloader (any origin)
    extra: int = 0  # requests made outside Scrapy's downloader (a browser rendering a page or solving a challenge)
    released: int = 0  # requests handed to Scrapy that have not been sent yet

    @property
    def spent(self) -> int:
        return self.sent + self.extra + self.released

    @property
    def left(self) -> int:
        return max(0, self.limit - self.spent)

    @property
    def exhausted(self) -> bool:
        return self.sent + self.extra >= self.limit


class BudgetMiddleware:
    """Counts and caps the requests a spider's running search answers for (`budget`, `budget_counts`); every
    other request passes untouched."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        spider = self.crawler.spider
        budget: Budget | None = getattr(spider, "budget", None)
        if budget is None or not spider.budget_counts(request):
            return
        sent_for = getattr(spider, "budget_sent", None)
        if budget.exhausted:
            self.crawler.stats.inc_value("discover/refused_over_budget")
            raise IgnoreRequest(f"request budget of {budget.limit} spent")
        budget.sent += 1
        if sent_for is not None:
            sent_for(request)
