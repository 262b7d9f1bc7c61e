from crawler.base import ReportSpider


class YinduSpider(ReportSpider):
    """安阳市殷都区人民政府 — www.yindu.gov.cn

    Site        https://www.yindu.gov.cn/
    Listings    the 政府信息公开 tree /zfxxgk/: its annual-report column (年报 / 年度报告) and the columns below it,
                found by their link text from the /zfxxgk/ index, not by guessed paths
    Agencies    区政府办公室, departments (信访局 …), towns and subdistricts
    Platform    Henan provincial site cluster (inferred from URL shapes)
    Pagination  下页 / 下一页 links
    Details     /YYYY/MM-DD/<numeric id>.html
    Encoding    utf-8 (older pages GBK; declared in <meta>)
    JS          listings may be guarded by a JavaScript cookie challenge (HTTP 521): solved once in the browser,
                the cookie is replayed by plain requests
    Evidence    detail URL shape seen on the site: https://www.yindu.gov.cn/2022/07-19/2461517.html; the
                disclosure catalogue https://www.yindu.gov.cn/zfxxgk/fdzdgknr exists; the report column under
                /zfxxgk/ and the challenge are assumed (../shared/reference/real-evidence.md)
    Checked     2026-11-22 against ../shared/reference/sites.md §3 (no live access from this machine)
    """

    name = "yindu"
    base_url = "https://www.yindu.gov.cn"
    listing_urls = ("https://www.yindu.gov.cn/zfxxgk/",)
    # The disclosure index links every disclosure column; only the annual-report ones are followed.
    sub_listing_text = {"https://www.yindu.gov.cn/zfxxgk/": r"年报|年度报告"}
