"""When a configured listing is gone (crawler/healing.py), and how columns written without their slash are read
(crawler/links.py)."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from crawler import healing
from crawler.links import column_prefix, sub_listings, within_column

BM = "https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/"
GKMLPT = "https://www.haizhu.gov.cn/gkmlpt/index"
NO_SLASH = "https://www.yindu.gov.cn/zfxxgk/fdzdgknr"


def test_a_first_page_that_failed_or_left_its_column_is_gone() -> None:
    listings = healing.Listings((BM, GKMLPT, NO_SLASH))
    listings.first_page_failed(BM, "HTTP 404 (gone)")
    assert listings.first_page_answered(NO_SLASH, NO_SLASH + "/", redirected=True), "dir → dir/ stays in the column"
    assert not listings.first_page_answered(GKMLPT, "https://www.haizhu.gov.cn/", redirected=True)
    listings.first_page_failed("https://www.haizhu.gov.cn/other/", "HTTP 404 (gone)")  # not configured: ignored
    listings.count(NO_SLASH, 3)
    assert listings.failures({}, any_report_links=True) == {
        BM: "HTTP 404 (gone)", GKMLPT: "redirected to https://www.haizhu.gov.cn/"}


def test_an_empty_listing_is_gone_when_the_last_crawl_found_reports_there() -> None:
    listings = healing.Listings((BM, GKMLPT))
    listings.count(GKMLPT, 7)
    assert listings.failures({}, any_report_links=True) == {}, "no history: an empty column may be just empty"
    assert listings.failures({BM: 12, GKMLPT: 7}, any_report_links=True) == {
        BM: "no report link (the last crawl found 12)"}
    assert listings.stats() == {BM: 0, GKMLPT: 7}
    assert healing.previous_root_links({healing.ROOT_LINKS: {BM: 12, GKMLPT: 7}}) == {BM: 12, GKMLPT: 7}
    assert healing.previous_root_links(None) == {} == healing.previous_root_links({healing.ROOT_LINKS: "?"})


def test_a_crawl_without_any_report_link_searches_whatever_the_history() -> None:
    listings = healing.Listings((BM, GKMLPT))
    assert listings.failures({}, any_report_links=False) == {BM: "no report link", GKMLPT: "no report link"}


def test_the_suggested_listings_keep_what_works_and_add_what_was_found() -> None:
    jd = "https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/"
    found = ["https://www.haizhu.gov.cn/xxgk/zfxxgknb_40/index.shtml", jd + "index_2.html",
             "https://www.haizhu.gov.cn/gzhzjy/gkmlpt/index"]
    result = healing.outcome((BM, jd, GKMLPT), {BM: "HTTP 404 (gone)"}, found,
                             ["https://www.haizhu.gov.cn/api/1.json"])
    assert result.suggested == [jd, GKMLPT, found[0], found[2]]  # (found[1] lies inside a working root's column)
    recorded = healing.recorded({"nianbao/other": 1, **result.stats()})
    assert recorded == result and healing.recorded({}) is None


def test_columns_written_without_their_slash() -> None:
    assert column_prefix(NO_SLASH) == NO_SLASH + "/"
    assert column_prefix(BM + "index_2.html") == BM
    assert within_column(NO_SLASH + "/zfxxgknb/index_1.html", NO_SLASH) and within_column(NO_SLASH, NO_SLASH + "/")
    assert not within_column("https://www.yindu.gov.cn/", NO_SLASH)
    body = ('<a href="/zfxxgk/fdzdgknr/zfxxgknb">政府信息公开年报</a><a href="/zfxxgk/fdzdgknr/czyjs">财政预决算</a>'
            '<a href="/zfxxgk/fdzdgknr/2024/01-25/1.html">通知</a><a href="/zwxx/ydxx">殷都新闻</a>')
    page = HtmlResponse(NO_SLASH, body=f"<html><body>{body}</body></html>".encode(), encoding="utf-8")
    assert sub_listings(page, NO_SLASH) == [NO_SLASH + "/zfxxgknb", NO_SLASH + "/czyjs"]
