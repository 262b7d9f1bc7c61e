"""Scrapy's off-site rule, without the hole a retry opens in it.

Scrapy lets every `dont_filter` request, and every redirect it leads to, leave the spider's domains.  A retry is
`dont_filter` (RetryMiddleware marks its copy so, for the duplicate filter's sake), so a page that timed out once
and then answered with a redirect to another host was followed there (the fault scenario "redirect to another
government host" under load).  Here a request keeps the `dont_filter` it was first scheduled with for this rule: a
configured root (sent `dont_filter` on purpose) may still be redirected anywhere, a retried link may not.
"""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware as ScrapyOffsiteMiddleware

FIRST_DONT_FILTER = "nianbao_first_dont_filter"  # meta: dont_filter as first scheduled (kept by retries, redirects)


class OffsiteMiddleware(ScrapyOffsiteMiddleware):
    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        first = request.meta.setdefault(FIRST_DONT_FILTER, request.dont_filter)
        if request.dont_filter and not first:
            request = request.replace(dont_filter=False)  # judged as it was first sent
        super().process_request(request)
