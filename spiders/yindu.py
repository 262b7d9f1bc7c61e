from crawler.base import ReportSpider


class YinduSpider(ReportSpider):
    """安阳市殷都区人民政府 — www.yindu.gov.cn

    Site        https://www.yindu.gov.cn/ (not ayyd.gov.cn)
    Listings    the 政府信息公开目录 /zfxxgk/fdzdgknr — the home page links it so, without a slash, and it answers
                2xx (real-evidence.md: a public probe of https://www.yindu.gov.cn/) — and its annual-report column
                (年报 / 年度报告 in the link text), found there, not configured: its place is not known
    Agencies    区政府办公室, departments (信访局 …), towns and subdistricts
    Platform    Henan provincial site cluster: articles /YYYY/MM-DD/<id>.html, ids in the cluster's sequence
                (https://www.yindu.gov.cn/2022/07-19/2461517.html, https://www.yindu.gov.cn/2026/04-20/3641341.html)
    Pagination  zero-based index_1.html, index_2.html, … followed by the pager's words; the cluster's form, seen in
                https://hct.henan.gov.cn/zwgk/xxgk/zfxxgknb/index_1.html (public code); yindu's pager: assumed
    Markup      column links without a trailing slash (/zfxxgk/fdzdgknr, /zwxx/ydxx: real-evidence.md), followed as
                columns; the cluster's current ul.newsList / h3#title / span#pubDate / div.content (hct.henan, public
                code) — the spider reads links by what they are, not by these selectors
    Encoding    assumed utf-8 or GBK declared in <meta> (decoded by the declared charset either way)
    JS          no; no challenge seen (the home page answered a plain request 2xx, real-evidence.md)
    Evidence    the URLs above (https://www.yindu.gov.cn/2022/07-19/2461517.html …); the report column, its pager
                and the attachments are assumed; /zfxxgk/ as a start
                page is unverified and not used; the fallback search from the home page covers a listing that is
                gone (../shared/reference/real-evidence.md)
    Checked     2026-12 against ../shared/reference/real-evidence.md (no live access from this machine)
    """

    name = "yindu"
    base_url = "https://www.yindu.gov.cn"
    listing_urls = ("https://www.yindu.gov.cn/zfxxgk/fdzdgknr",)
    # The disclosure catalogue links every disclosure column; only the annual-report ones are followed.
    sub_listing_text = {"https://www.yindu.gov.cn/zfxxgk/fdzdgknr": r"年报|年度报告"}
