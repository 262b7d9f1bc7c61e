from crawler.base import ReportSpider


class YaoduSpider(ReportSpider):
    """临汾市尧都区人民政府 — www.yaodu.gov.cn

    Site        http://www.yaodu.gov.cn/
    Listings    the 政府信息公开 tree /zfxxgk/: 信息公开专栏 > 政府信息公开年报 (the Linfen template's
                breadcrumb), found by link text from the /zfxxgk/ index, and the unit columns below it
    Agencies    区政府办公室, departments (信访局 …), towns and subdistricts
    Platform    Linfen county template, TRS-WCM-style static publishing
    Pagination  createPageHTML(total, current, "index", "html"): index.html, index_1.html, … (zero-based)
    Details     …/YYYYMM/tYYYYMMDD_<id>.html; attachments relative (./P0YYYYMMDD….pdf)
    Encoding    utf-8 (some pages GBK)
    JS          no
    Evidence    the /zfxxgk/ tree seen on the site: http://www.yaodu.gov.cn/zfxxgk/zcwj/qzfwj/; TRS detail shapes
                seen on Linfen sibling sites only (tjj.linfen.gov.cn/zfxxgk/xxgknb/202401/t20240129_310451.html);
                the report column and its pager are assumed (../shared/reference/real-evidence.md)
    Checked     2026-11-22 against ../shared/reference/sites.md §5 (no live access from this machine)
    """

    name = "yaodu"
    base_url = "http://www.yaodu.gov.cn"
    listing_urls = ("http://www.yaodu.gov.cn/zfxxgk/",)
    sub_listing_text = {"http://www.yaodu.gov.cn/zfxxgk/": r"年报|年度报告|信息公开专栏"}
