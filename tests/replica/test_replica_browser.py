"""What only a real browser gets from the replica: challenge cookies earned by running the page's script, and
lists drawn by JavaScript.  The system Chromium through Playwright, every request routed to the replica."""

from __future__ import annotations

import json

import pytest

from replica import Replica
from replica.sites import chuanhui
from tests.replica.routing import route_to

pytestmark = pytest.mark.browser

YINDU_LIST = "https://www.yindu.gov.cn/zfxxgk/fdzdgknr/zfxxgknb"
YEAR_PAGE = "https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/gkznhml/zfxxgknb/2023n/index.html"


def open_page(browser, replica: Replica):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.route("**/*", route_to(replica))
    return context, page


def test_the_browser_solves_the_521_challenge_and_its_cookies_serve_plain_requests(browser, fresh) -> None:
    # (a test mode: nothing shows that the real yindu stands behind a challenge)
    replica = fresh(modes=["challenge-521:kind=listing@yindu"])
    assert replica.get(YINDU_LIST)[0] == 521
    context, page = open_page(browser, replica)
    try:
        page.goto(YINDU_LIST)
        page.wait_for_selector("ul.newsList li a", timeout=15_000)
        titles = [a.inner_text() for a in page.query_selector_all("ul.newsList li a")]
        assert any("政府信息公开" in t for t in titles) and page.url == YINDU_LIST
        cookies = {c["name"]: c["value"] for c in context.cookies() if c["domain"] == "www.yindu.gov.cn"}
    finally:
        context.close()
    assert set(cookies) == {"__jsluid_h", "__jsl_clearance"}
    faults = [e["fault"] for e in replica.requests() if e["url"] == YINDU_LIST]
    assert faults[-2:] == ["challenge-521", None], "challenged once, then served"
    jar = "; ".join(f"{k}={v}" for k, v in cookies.items())
    status, _, body = replica.get(YINDU_LIST + "/index_1.html", {"Cookie": jar})  # zero-based: the second page
    assert status == 200 and "下一页".encode("gbk") not in body and "上一页".encode("gbk") in body
    assert not replica.misses()


@pytest.mark.parametrize("mode", ["challenge-412@haizhu", "challenge-wzws@haizhu"])
def test_the_browser_solves_the_412_and_wzws_challenges(browser, fresh, mode: str) -> None:
    replica = fresh(modes=[mode])
    url = "https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/"
    assert replica.get(url)[0] in (412, 302)
    context, page = open_page(browser, replica)
    try:
        page.goto(url)
        page.wait_for_selector("div.list_li a", timeout=15_000)
        assert len(page.query_selector_all("div.list_li a")) == 15
        assert page.url.split("?")[0] == url
    finally:
        context.close()
    assert not replica.misses()


def test_js_lists_are_visible_only_after_rendering(browser, replica: Replica) -> None:
    status, _, html = replica.get(YEAR_PAGE)
    assert status == 200 and b'id="article-list"' in html and b"bm/list1.html" not in html
    context, page = open_page(browser, replica)
    try:
        page.goto(YEAR_PAGE)
        page.wait_for_selector("#article-list[data-loaded=true] a", timeout=15_000)
        units = {a.inner_text(): a.get_attribute("href") for a in page.query_selector_all("#article-list a")}
        assert set(units) == {"区政府", "部门", "乡镇（街道）"}
        page.goto(page.url.rsplit("/", 1)[0] + "/" + units["部门"].rsplit("2023n/", 1)[1])
        titles = [a.inner_text() for a in page.query_selector_all("#articleListTable a")]
        page.wait_for_selector("#pages[data-loaded=true]", timeout=15_000)  # the pager, drawn from script.json
        page.click("#pages a:has-text('下一页')")
        assert page.url.endswith("/2023n/bm/list2.html")
        titles += [a.inner_text() for a in page.query_selector_all("#articleListTable a")]
        listed = len(chuanhui.REPORTS[2023]["bm"]) + len(chuanhui.NON_REPORTS_2023)  # over two pages
        assert len(titles) == listed > 10
        assert any("信访局" in t for t in titles) and any("工作要点" in t for t in titles)
        # the gkmlpt catalogue draws its column from the JSON API; the TRS pager is written by its script
        rows = json.loads(replica.get("https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=1&sid=200105")[2])
        page.goto("https://www.haizhu.gov.cn/gkmlpt/index#2961")
        page.wait_for_selector("ul.gkmlpt-list a", timeout=15_000)
        assert len(page.query_selector_all("ul.gkmlpt-list a")) == len(rows["articles"]) > 0
        page.goto("http://www.yaodu.gov.cn/zfxxgk/xxgkzl/zfxxgknb/")
        assert page.get_attribute("div.page a:has-text('下一页')", "href") == "index_1.html"
    finally:
        context.close()
