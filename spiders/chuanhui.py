from crawler.base import ReportSpider


class ChuanhuiSpider(ReportSpider):
    """周口市川汇区人民政府 — www.chuanhui.gov.cn

    Site        https://www.chuanhui.gov.cn/
    Listings    /sitesources/chq/page_pc/zwgk/gkznhml/zfxxgknb/ and its <year>n/<unit>/ columns
    Agencies    区政府 (qzf), departments, subdistricts
    Platform    Zhoukou site-group CMS, site code `chq` (every site served as /sitesources/<code>/page_pc/…)
    Pagination  index.html, then list1.html, list2.html, … (followed from the pager, never guessed)
    Details     …/article<32 hex>.html; chrome `来源: … 时间: … 访问量:`
    Encoding    utf-8
    JS          yes: the report lists are drawn by JavaScript from a JSON feed, so listings go through the browser
    Evidence    site code and detail shape seen on the site:
                https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwyw/jryw/article7bb08a0cfba241489a477a6a52eb1f80.html,
                https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/jcxxgk/zfwj/gfxwj/index.html (public scraper
                code); the report column is assumed from the city site's (../shared/reference/real-evidence.md)
    Checked     2026-11-22 against ../shared/reference/sites.md §4 (no live access from this machine)
    """

    name = "chuanhui"
    base_url = "https://www.chuanhui.gov.cn"
    listing_urls = ("https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/gkznhml/zfxxgknb/",)
    js_listing = True
