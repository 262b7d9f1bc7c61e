"""Which pages discovery opens first, which never, and the hard request budget."""

from __future__ import annotations

import pytest
from scrapy import Request

from crawler.discovery import ranking
from crawler.discovery.budget import Budget
from crawler.discovery.domains import DiscoveryError, check_start_url, on_domain, registrable_domain
from crawler.discovery.frontier import Frontier, url_key
from crawler.discovery.trail import LINK, START, SUB, Step

HOME = Step("https://www.example.gov.cn/", 0.0, 0, START)


def rank(text: str, url: str, parent: Step = HOME, productive: bool = False) -> float | None:
    candidate = ranking.rank_link(text, url, parent, productive)
    return None if candidate is None else candidate.score


def test_the_way_to_the_reports_ranks_by_its_words_and_its_path() -> None:
    annual = rank("政府信息公开年报", "https://www.example.gov.cn/zfxxgk/zfxxgknb_31597/index.shtml")
    disclosure = rank("政府信息公开", "https://www.example.gov.cn/zfxxgk/index.shtml")
    pinyin_only = rank("专栏", "https://www.example.gov.cn/xxgk/ndbg/")
    navigation = rank("互动交流", "https://www.example.gov.cn/hdjl/index.shtml")
    assert annual > disclosure > navigation and pinyin_only > navigation
    assert rank("政府信息公开年报", "https://www.example.gov.cn/zfxxgk/nb/") > rank(
        "政府信息公开年报", "https://www.example.gov.cn/zfxxgk/nb/", Step("https://www.example.gov.cn/a/b/c/", 0.0, 3,
                                                                      LINK))


def test_articles_noise_files_and_assets_are_never_opened() -> None:
    assert rank("县政府召开第十二次常务会议", "https://www.example.gov.cn/xwzx/202404/t20240402_4475101.shtml") is None
    assert rank("政务公开", "https://www.example.gov.cn/2024/01-25/2871234.html") is None  # Henan article shape
    assert rank("首页", "https://www.example.gov.cn/index.html") is None
    assert rank("政府信息公开指南.pdf", "https://www.example.gov.cn/zfxxgk/zn.pdf") is None
    assert rank("政府信息公开", "https://www.example.gov.cn/images/xxgk.png") is None


def test_links_without_evidence_are_followed_only_next_to_the_start_page() -> None:
    assert rank("走进青岚", "https://www.example.gov.cn/zjql/index.shtml") is not None
    deeper = Step("https://www.example.gov.cn/zjql/index.shtml", 0.0, 1, LINK)
    assert rank("青岚概况", "https://www.example.gov.cn/zjql/qlgk/index.shtml", deeper) is None


def test_context_lends_evidence_to_sub_columns_and_to_the_relatives_of_a_listing_with_reports() -> None:
    column = Step("https://www.example.gov.cn/zfxxgk/nb/", 100.0, 2, LINK, strong=True)
    assert rank("部门", "https://www.example.gov.cn/zfxxgk/nb/bm/", column) > rank(
        "部门", "https://www.example.gov.cn/jgzy/bm/", column)
    year = Step("https://www.example.gov.cn/zfxxgk/nb/2023n/", 60.0, 3, SUB)
    assert rank("区政府", "https://www.example.gov.cn/zfxxgk/nb/2022n/", year, productive=True) > rank(
        "区政府", "https://www.example.gov.cn/zfxxgk/nb/2022n/", year, productive=False)


def test_best_first_within_a_window_and_a_hard_budget() -> None:
    budget = Budget(limit=3)
    frontier = Frontier(budget, window=2)
    for score, path in ((5, "low"), (90, "high"), (40, "middle"), (70, "second")):
        assert frontier.add(Request(f"https://www.example.gov.cn/{path}/"), score)
    assert not frontier.add(Request("https://www.example.gov.cn/high/index.html"), 99), "one page, two forms"
    assert [r.url.rsplit("/", 2)[1] for r in frontier.release()] == ["high", "second"]  # the window is full
    assert frontier.release() == []
    frontier.answered()
    budget.sent, budget.released = 2, 0
    assert [r.url.rsplit("/", 2)[1] for r in frontier.release()] == ["middle"]
    frontier.answered()
    budget.sent, budget.released = 3, 0  # the budget is spent: nothing more is sent, whatever waits
    assert budget.left == 0 and frontier.release() == [] and frontier.close() == 1


def test_url_keys_merge_the_forms_of_one_page() -> None:
    assert url_key("https://www.x.gov.cn/a/index.html") == url_key("http://www.x.gov.cn/a/")
    assert url_key("https://www.x.gov.cn/api?b=2&a=1") == url_key("https://www.x.gov.cn/api?a=1&b=2")
    assert url_key("https://www.x.gov.cn/a/index_2.html") != url_key("https://www.x.gov.cn/a/")


def test_the_crawl_stays_on_the_registrable_domain_of_a_government_site() -> None:
    assert registrable_domain("www.qinglan.gov.cn") == "qinglan.gov.cn"
    assert on_domain("https://xxgk.qinglan.gov.cn/col/1/index.html", "qinglan.gov.cn")
    assert not on_domain("https://www.qingzhou.gov.cn/", "qinglan.gov.cn")
    assert not on_domain("https://qinglan.gov.cn.example.com/", "qinglan.gov.cn")
    assert check_start_url("https://www.qinglan.gov.cn") == "https://www.qinglan.gov.cn/"
    for bad in ("https://www.moonvisionstudio.com/", "ftp://www.x.gov.cn/", "www.x.gov.cn", "", None):
        with pytest.raises(DiscoveryError):
            check_start_url(bad)
