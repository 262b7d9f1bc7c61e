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
    Evidence    listings and URL shapes seen on the live site; gkmlpt sid/classify read from /gkmlpt/index
    Checked     2026-11-22 against ../shared/reference/sites.md §1 (no live access from this machine)
    """

    name = "haizhu"
    base_url = "https://www.haizhu.gov.cn"
    listing_urls = ("https://www.haizhu.gov.cn/zwgk/zfxxgknb/",)
    gkmlpt_index = "https://www.haizhu.gov.cn/gkmlpt/index"
