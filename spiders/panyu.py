from crawler.base import ReportSpider
from crawler.gkmlpt import GkmlptMixin


class PanyuSpider(GkmlptMixin, ReportSpider):
    """广州市番禺区人民政府 — www.panyu.gov.cn

    Site        https://www.panyu.gov.cn/
    Listings    /zwgk/zfxxgkml/xxgkml/zfxxgkndbg/ (信息公开目录 > 年度报告); /zwgk/zfxxgk/zfxxgknb/bm/ with year
                columns named irregularly (2019n/, mb2021/, 2022/: read from the page, never built);
                departments' own columns /jgzy/qzfbm/<dept>/…/zfxxgkgzndbg/ found from /jgzy/qzfbm/;
                the gkmlpt catalogue
    Agencies    区政府办公室, departments (信访局, 市场监管局 …), 经开区管委会
    Platform    Guangdong provincial site cluster (集约化): static columns + gkmlpt
    Pagination  index.html, index_2.html, … (pager `a.next`)
    Details     /<column>/content/post_<id>.html; chrome `来源:… 发布时间:…` (source before date)
    Encoding    utf-8
    JS          no (gkmlpt's JSON API is read directly)
    Evidence    listings seen on the site: https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/content/post_9485858.html,
                https://www.panyu.gov.cn/zwgk/zfxxgk/zfxxgknb/bm/2019n/content/post_5645412.html,
                https://www.panyu.gov.cn/jgzy/qzfbm/gzsfzqccglwyh/cgwyh/zfxxgkgzndbg/content/post_10089596.html;
                the 信访局 column's slug is unknown and is discovered (../shared/reference/real-evidence.md)
    Checked     2026-11-22 against ../shared/reference/sites.md §2 (no live access from this machine)
    """

    name = "panyu"
    base_url = "https://www.panyu.gov.cn"
    listing_urls = (
        "https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/",
        "https://www.panyu.gov.cn/zwgk/zfxxgk/zfxxgknb/bm/",
        "https://www.panyu.gov.cn/jgzy/qzfbm/",
    )
    # Below the department index only departments and their report columns are followed, not whole sub-sites.
    sub_listing_text = {"https://www.panyu.gov.cn/jgzy/qzfbm/": r"局|委|办|中心|院|管委会|年度报告|年报|信息公开"}
    gkmlpt_index = "https://www.panyu.gov.cn/gkmlpt/index"
