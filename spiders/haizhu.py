from crawler.base import ReportSpider
from crawler.gkmlpt import GkmlptMixin


class HaizhuSpider(GkmlptMixin, ReportSpider):
    """广州市海珠区人民政府 — www.haizhu.gov.cn

    Site        https://www.haizhu.gov.cn/
    Listings    /zwgk/zfxxgknb/ and every column below it (bm/ 部门, jd/ 街道, …); the gkmlpt catalogue
                (the district government's own reports)
    Agencies    区政府办公室, departments (信访局 …), subdistricts (街道)
    Platform    Guangdong provincial site cluster (集约化): static columns + gkmlpt disclosure catalogue
    Pagination  index.html, index_2.html, … (pager `a.next`)
    Details     /<column>/content/post_<id>.html; mpost_<id> = the same article re-published elsewhere
    Files       /<subsite>/attachment/<a/10⁶>/<a/10³>/<a>/<post id>.<ext> (PDF, DOC, WPS)
    Encoding    utf-8
    JS          no: gkmlpt's list is drawn by JavaScript, its JSON API is read directly
    Caveats     mpost_ duplicates (deduplicated by content hash); some reports show their tables as images only
    Evidence    listings and URL shapes seen on the site: https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414871.html,
                https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/content/post_9457633.html (breadcrumb 政府信息公开年报);
                the district's own reports in gkmlpt: https://www.haizhu.gov.cn/gkmlpt/content/8/8081/post_8081133.html;
                pager and gkmlpt API seen on sibling Guangzhou sites; the gkmlpt sid/classify are read from
                /gkmlpt/index at crawl time (../shared/reference/real-evidence.md)
    Checked     2026-11-22 against ../shared/reference/sites.md §1 (no live access from this machine)
    """

    name = "haizhu"
    base_url = "https://www.haizhu.gov.cn"
    listing_urls = ("https://www.haizhu.gov.cn/zwgk/zfxxgknb/",)
    gkmlpt_index = "https://www.haizhu.gov.cn/gkmlpt/index"
