from crawler.base import ReportSpider


class ChuanhuiSpider(ReportSpider):
    """周口市川汇区人民政府 — www.chuanhui.gov.cn

    Site        https://www.chuanhui.gov.cn/ (not zkch.gov.cn), site code `chq`, every page under
                /sitesources/chq/page_pc/ (https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/jcxxgk/zfwj/gfxwj/
                index.html, public code)
    Listings    /sitesources/chq/page_pc/zwgk/gkznhml/zfxxgknb/ and its <year>n/<unit>/ columns: ASSUMED, copied from
                the city site's tree (http://www.zhoukou.gov.cn/sitesources/zksrmzf/page_pc/zwgk/gkznhml/zfxxgknb/2020n/
                szf/articleA7403B21A6CE4D6C9002DB9926C0BDC5.html); chuanhui's own columns seen are zwgk/jcxxgk/….
                Not depended on: when it is gone the fallback search from the home page finds the columns
    Agencies    区政府 (qzf), departments, subdistricts
    Platform    Zhoukou site-group CMS (every site served as /sitesources/<code>/page_pc/…)
    Pagination  list1.html is a column's first page, then list2.html, …; the page count in the column's
                script.json (endPage), the pager drawn from it: the same CMS on xinxiang.gov.cn (real-evidence.md) and
                http://www.hnsjct.gov.cn/sitesources/hnsjct/page_pc/gzdt/jlsc/zggb/zjsc/list1.html (public code)
    Details     …/article<32 lower-case hex>.html
                (https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/jcxxgk/zfwj/cz/article5f71d9cf….html);
                chrome `来源: … 时间: … 访问量:` (zhoukou sibling sites)
    Encoding    utf-8 (assumed)
    JS          yes: listings go through the browser — lists drawn by JavaScript are plausible (a listing had too
                few dates to be static, real-evidence.md) and the pager is drawn from script.json
    Evidence    site code and article shape seen on the site
                (https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/jcxxgk/zfwj/gfxwj/index.html, public code),
                the CMS's pagination on siblings (above); the report column, its year and unit columns and the
                attachments are assumed — the fallback search covers them (../shared/reference/real-evidence.md)
    Checked     2026-12 against ../shared/reference/real-evidence.md (no live access from this machine)
    """

    name = "chuanhui"
    base_url = "https://www.chuanhui.gov.cn"
    listing_urls = ("https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/gkznhml/zfxxgknb/",)
    js_listing = True
