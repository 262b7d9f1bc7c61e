from crawler.base import ReportSpider
from crawler.catalogues import GkmlptMixin


class HaizhuSpider(GkmlptMixin, ReportSpider):
    """广州市海珠区人民政府 — www.haizhu.gov.cn

    Site        https://www.haizhu.gov.cn/
    Listings    /zwgk/zfxxgknb/ and the columns below it: bm/ (部门), jd/ (街道), seen in
                https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/content/post_9457633.html (breadcrumb 政府信息公开年报) and
                https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414871.html; any other column below it
                (a 区政府 one is assumed) is found there, not configured.
                The district's gkmlpt catalogue /gkmlpt/index: its reports are there, seen in
                https://www.haizhu.gov.cn/gkmlpt/content/8/8081/post_8081133.html (2021) and
                https://www.haizhu.gov.cn/gkmlpt/content/5/5401/post_5401025.html (2014).
                Departments' own catalogues (<prefix>/gkmlpt/): the prefix is seen in
                https://www.haizhu.gov.cn/gzhzjy/gkmlpt/content/10/10788/mpost_10788561.html (教育局); they are read
                wherever the crawl meets a link into one.  The department directory /gzjg/qzf/ (slug hzqjyj seen in
                https://www.haizhu.gov.cn/gzjg/qzf/hzqjyj/js/index.html) and its pages linking the catalogues:
                assumed — when it is gone the fallback search takes over.
    Agencies    区政府 and its 办公室 (gkmlpt), departments (bm/, department catalogues), subdistricts (jd/)
    Platform    Guangdong provincial site cluster (集约化): static columns + the gkmlpt catalogue; the portal's
                migration onto it is stated in the district's own 2019 report (sites.md §1)
    Pagination  index.html, index_2.html, … by the pager's links (`#page_div a.next`, seen on sibling Guangzhou
                sites: real-evidence.md); gkmlpt API pages of 100 rows (seen on the platform)
    Catalogue   /gkmlpt/index carries window._CONFIG = {SID:'…', TREE:[…]} with a nested, \\u-escaped tree
                (real-evidence.md): the annual-report columns are read at any depth (crawler/gkmlpt.py); the API
                lists only a recent slice of a column (seen on sibling sites): older reports are in columns
    Details     /<column>/content/post_<id>.html; mpost_<id> = the same article re-published elsewhere (public code);
                /<prefix>/gkmlpt/content/<id/10⁶>/<id/10³>/post_<id>.html (seen above)
    Files       /<subsite>/attachment/<a/10⁶>/<a/10³>/<a>/<post id>.<ext> (the scheme seen on the live site; note
                https://www.haizhu.gov.cn/gzhzfg/attachment/7/7570/7570103/9476645.pdf is an electricity-price
                explanation, not a report: files count only as a report's when its page links them)
    Encoding    utf-8 (assumed)
    JS          no: gkmlpt's list is drawn by JavaScript, its JSON API is read directly
    Caveats     mpost_ duplicates (deduplicated by content hash); some reports show their tables as images only
    Evidence    the URLs above (https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/content/post_9457633.html …); the gkmlpt
                ids, the department directory and the departments' reports: assumed;
                the fallback search from the home page covers a listing that is gone
                (../shared/reference/real-evidence.md)
    Checked     2026-12 against ../shared/reference/real-evidence.md (no live access from this machine)
    """

    name = "haizhu"
    base_url = "https://www.haizhu.gov.cn"
    listing_urls = ("https://www.haizhu.gov.cn/zwgk/zfxxgknb/", "https://www.haizhu.gov.cn/gzjg/qzf/")
    # Below the department directory only the departments themselves are opened (their catalogues are read from
    # the links on their pages), not every column of every department.
    sub_listing_text = {"https://www.haizhu.gov.cn/gzjg/qzf/": r"局$|委员会$|办公室$|中心$"}
    gkmlpt_index = "https://www.haizhu.gov.cn/gkmlpt/index"
