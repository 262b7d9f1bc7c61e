"""A spider middleware that drops a second request for a configured listing root.

The roots are sent with `dont_filter` (crawler/base.py: two gone columns redirected to one home page must both be
seen to fail), so Scrapy's duplicate filter never learns their URLs, and a later link back to a root (a postback
page's own URL, a sub-column's link up to its parent) would fetch the root again.  Only plain GETs are dropped: a
POST to a root's URL is another page of it (an ASP.NET postback pager).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response


def _repeats_a_root(output: Any, spider: Spider) -> bool:
    return (isinstance(output, Request) and output.method == "GET" and not output.dont_filter
            and output.url in getattr(spider, "listing_urls", ()))


class RootRepeatsMiddleware:
    def process_spider_output(self, response: Response, result: Iterable[Any], spider: Spider) -> Iterable[Any]:
        return (output for output in result if not _repeats_a_root(output, spider))

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Spider) -> AsyncIterator[Any]:
        async for output in result:
            if not _repeats_a_root(output, spider):
                yield output
