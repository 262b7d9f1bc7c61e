"""A retried link redirected to another host stays refused, as its first try's redirect would have been; a
configured root (sent `dont_filter` on purpose) may still be redirected off the site."""

from __future__ import annotations

import pytest
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware as ScrapyOffsiteMiddleware
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from crawler.middlewares.offsite import OffsiteMiddleware
from crawler.settings import DOWNLOADER_MIDDLEWARES


class Yaodu(Spider):
    name = "yaodu"
    allowed_domains = ["www.yaodu.gov.cn"]


def middleware(cls: type[ScrapyOffsiteMiddleware]) -> ScrapyOffsiteMiddleware:
    crawler = get_crawler(Yaodu)
    crawler.spider = Yaodu.from_crawler(crawler)
    made = cls.from_crawler(crawler)
    made.spider_opened(crawler.spider)
    return made


def redirected(request: Request, url: str) -> Request:
    """What RedirectMiddleware makes of a 302 to `url` (it keeps dont_filter and meta)."""
    return request.replace(url=url, meta={**request.meta, "redirect_urls": [request.url]})


def retried_then_redirected(mw: ScrapyOffsiteMiddleware) -> Request:
    link = Request("https://www.yaodu.gov.cn/zfxxgk/2024/t1.html")
    mw.process_request(link)  # scheduled: on the site
    retry = get_retry_request(link, spider=mw.crawler.spider, reason="timeout")  # the first try timed out
    assert retry is not None and retry.dont_filter
    mw.process_request(retry)
    return redirected(retry, "https://www.linfen.gov.cn/zfxxgk/")


def test_scrapy_alone_follows_a_retried_link_off_the_site() -> None:
    mw = middleware(ScrapyOffsiteMiddleware)
    mw.process_request(retried_then_redirected(mw))  # no IgnoreRequest: the hole this module closes


def test_a_retried_link_redirected_off_the_site_is_refused() -> None:
    mw = middleware(OffsiteMiddleware)
    with pytest.raises(IgnoreRequest, match=r"www\.linfen\.gov\.cn"):
        mw.process_request(retried_then_redirected(mw))


def test_a_root_may_still_be_redirected_anywhere_and_on_site_redirects_are_followed() -> None:
    mw = middleware(OffsiteMiddleware)
    root = Request("https://www.yaodu.gov.cn/old-column/", dont_filter=True)
    mw.process_request(root)
    mw.process_request(redirected(root, "https://yaodu.example.org/"))
    link = Request("https://www.yaodu.gov.cn/a.html")
    mw.process_request(link)
    retry = get_retry_request(link, spider=mw.crawler.spider, reason="timeout")
    assert retry is not None
    mw.process_request(redirected(retry, "https://www.yaodu.gov.cn/b.html"))


def test_the_crawl_uses_it_in_place_of_scrapys() -> None:
    assert DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    assert "crawler.middlewares.offsite.OffsiteMiddleware" in DOWNLOADER_MIDDLEWARES
