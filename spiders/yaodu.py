from crawler.base import ReportSpider


class YaoduSpider(ReportSpider):
    """临汾市尧都区人民政府 — www.yaodu.gov.cn

    Site        http://www.yaodu.gov.cn/ (answers over http; a redirect to https cannot be ruled out)
    Listings    the 政府信息公开 tree /zfxxgk/ (seen: http://www.yaodu.gov.cn/zfxxgk/zcwj/qzfwj/, links ending in
                /) and, found there by link text, its 信息公开专栏 > 政府信息公开年报 column and the unit columns
                below it: the Linfen template's breadcrumb, seen on a sibling only
                (http://kfq.linfen.gov.cn/zfxxgk/xxgkzl/zfxxgknb/202302/t20230201_135291.html); yaodu's column is
                not known
    Agencies    区政府办公室, departments (信访局 …), towns and subdistricts
    Platform    Linfen county template, TRS-WCM-style static publishing (seen on Linfen siblings only)
    Pagination  createPageHTML(total, current, "index", "html"): index.html, index_1.html, … (zero-based; TRS as on
                Linfen siblings; yaodu's pager assumed)
    Details     …/YYYYMM/tYYYYMMDD_<id>.html, attachments relative (./P0YYYYMMDD….pdf): seen on
                http://tjj.linfen.gov.cn/zfxxgk/xxgknb/202401/t20240129_310451.html only
    Encoding    utf-8 (some pages GBK; assumed)
    JS          no
    Evidence    the /zfxxgk/ tree seen on the site (http://www.yaodu.gov.cn/zfxxgk/zcwj/qzfwj/); everything about
                its reports is assumed — no yaodu report page was found anywhere — and the fallback search from the
                home page covers a listing that is gone (../shared/reference/real-evidence.md)
    Checked     2026-12 against ../shared/reference/real-evidence.md (no live access from this machine)
    """

    name = "yaodu"
    base_url = "http://www.yaodu.gov.cn"
    listing_urls = ("http://www.yaodu.gov.cn/zfxxgk/",)
    sub_listing_text = {"http://www.yaodu.gov.cn/zfxxgk/": r"年报|年度报告|信息公开专栏"}
