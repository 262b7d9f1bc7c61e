from crawler.base import ReportSpider
from crawler.catalogues import GkmlptMixin


class PanyuSpider(GkmlptMixin, ReportSpider):
    """广州市番禺区人民政府 — www.panyu.gov.cn

    Site        https://www.panyu.gov.cn/ (http and https both seen)
    Listings    /zwgk/zfxxgkml/xxgkml/zfxxgkndbg/ (信息公开目录 > 政府信息公开年度报告), seen in
                https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/content/post_9485858.html;
                /zwgk/zfxxgk/zfxxgknb/bm/ with year columns named irregularly (2019n/, mb2021/, 2022/: read from the
                page, never built), seen in https://www.panyu.gov.cn/zwgk/zfxxgk/zfxxgknb/bm/2019n/content/post_5645412.html;
                the department index /jgzy/qzfbm/ → each department → its zfxxgkgzndbg/ column, seen in
                https://www.panyu.gov.cn/jgzy/qzfbm/gzsfzqccglwyh/cgwyh/zfxxgkgzndbg/content/post_10089596.html;
                towns and subdistricts /jgzy/zzfjdbsc/ (镇街), seen in
                https://www.panyu.gov.cn/jgzy/zzfjdbsc/fzqrmzfxgwjdbsc/zjgk/ (their report columns' place under each
                town: assumed, found by link text); the gkmlpt catalogue /gkmlpt/index, seen in
                https://www.panyu.gov.cn/gkmlpt/content/10/10099/post_10099135.html, and departments' own catalogues,
                prefix seen in https://www.panyu.gov.cn/gzpyjy/gkmlpt/content/10/10794/mpost_10794083.html
    Agencies    区政府办公室, departments (信访局, 市场监管局, 教育局 …), 经开区管委会, towns and subdistricts
    Platform    Guangdong provincial site cluster (集约化): static columns + gkmlpt (as haizhu)
    Pagination  index.html, index_2.html, … by the pager's links (`#page_div a.next`: sibling Guangzhou sites)
    Details     /<column>/content/post_<id>.html; chrome `来源:… 发布时间:…` (source before date), seen on post_9485858
    Catalogue   window._CONFIG = {SID, TREE} with a nested tree, read at any depth (real-evidence.md)
    Encoding    utf-8 (assumed)
    JS          no (gkmlpt's JSON API is read directly)
    Evidence    the URLs above (https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/content/post_9485858.html
                …); the 信访局's column slug (unknown: found from /jgzy/qzfbm/ by its text), the towns'
                report columns, the gkmlpt ids and that a department's page links its catalogue are assumed; the
                fallback search from the home page covers a listing that is gone (../shared/reference/real-evidence.md)
    Checked     2026-12 against ../shared/reference/real-evidence.md (no live access from this machine)
    """

    name = "panyu"
    base_url = "https://www.panyu.gov.cn"
    listing_urls = (
        "https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/",
        "https://www.panyu.gov.cn/zwgk/zfxxgk/zfxxgknb/bm/",
        "https://www.panyu.gov.cn/jgzy/qzfbm/",
        "https://www.panyu.gov.cn/jgzy/zzfjdbsc/",
    )
    # Below the department and town indexes only the units and their report columns are followed, not whole
    # sub-sites (a town's page also links 领导班子, 镇街概况 …).
    sub_listing_text = {"https://www.panyu.gov.cn/jgzy/qzfbm/": r"局|委|办|中心|院|管委会|年度报告|年报|信息公开",
                        "https://www.panyu.gov.cn/jgzy/zzfjdbsc/": r"(街道|镇)(办事处|人民政府)?$|年度报告|年报"}
    gkmlpt_index = "https://www.panyu.gov.cn/gkmlpt/index"
