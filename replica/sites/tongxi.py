"""www.tongxi.gov.cn: the FICTITIOUS 桐溪市's portal on Hanweb JCMS, for the discovery spider.

It holds no report: its 政府信息公开 links lead to the disclosure platform on the sibling host xxgk.tongxi.gov.cn
(replica/sites/tongxi_xxgk.py), where all of them are.  News and a policy column are jpage data stores.
"""

from __future__ import annotations

import datetime as dt

from replica.build import SiteBuilder
from replica.model import BEIJING, Site
from replica.platforms import Link, hanweb
from replica.sites.common import basics
from replica.sites.published import notice_page
from replica.sites.tongxi_xxgk import JPAGE_JS

SITE = Site("tongxi", "www.tongxi.gov.cn", "https", "nginx", title="桐溪市人民政府",
            fictitious=True)
ROBOTS = "User-agent: *\nDisallow: /jcms/\n"
XXGK = "https://xxgk.tongxi.gov.cn/index.html"
SERVICE = ("https://www.zjzwfw.gov.cn/", "浙江政务服务网")  # off-site
CHROME = hanweb.Chrome(SITE.title, [Link("/index.html", "首页"), Link("/col/col1001/index.html", "走进桐溪"),
                                    Link("/col/col1002/index.html", "新闻中心"),
                                    Link("/col/col1003/index.html", "政务公开"), Link(XXGK, "政府信息公开"),
                                    Link(*SERVICE)],
                       "桐溪市人民政府办公室主办 浙ICP备00000004号 网站标识码：3399990004")
HOME = [Link("/index.html", "首页")]


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/script/0/style.css",))
    b.add(JPAGE_JS, b"/* jpage: draws and pages the records of a data store */\n", "application/javascript", "asset")
    b.start_urls.append(b.url("/"))
    b.offsite_link(SERVICE[0], SERVICE[1], b.url("/"))
    news = _store(b, 1002, "新闻中心", [
        ("桐溪市召开2025年政务公开工作部署会", dt.datetime(2025, 3, 2, 16, 0, tzinfo=BEIJING)),
        ("桐溪市2024年国民经济和社会发展统计公报", dt.datetime(2025, 3, 20, 9, 0, tzinfo=BEIJING))])
    _store(b, 1004, "政策解读", [("《桐溪市促进民营经济发展若干意见》解读",
                                  dt.datetime(2024, 9, 10, 9, 0, tzinfo=BEIJING))])
    b.page("/index.html", hanweb.home(CHROME, [Link(XXGK, "政府信息公开"), Link("/col/col1003/index.html", "政务公开"),
                                               Link("/col/col1002/index.html", "新闻中心")], news), "home")
    b.page("/col/col1001/index.html", hanweb.column_page(CHROME, "走进桐溪", HOME, [],
                                                         "桐溪市地处浙西山区，辖3个街道、9个镇乡。"), "index")
    b.page("/col/col1003/index.html", hanweb.column_page(CHROME, "政务公开", HOME, [
        Link(XXGK, "政府信息公开"), Link("/col/col1004/index.html", "政策解读")]), "index")


def _store(b: SiteBuilder, column: int, name: str, articles: list[tuple[str, dt.datetime]]) -> list[Link]:
    crumbs = [*HOME, Link("", name)]
    rng = b.rng(f"col{column}")
    links = []
    for title, published in articles:
        day = f"{published.year}/{published.month}/{published.day}"
        path = f"/art/{day}/art_{column}_{rng.randint(400_000, 499_999)}.html"
        notice_page(b, None, path, title, "article", published, lambda html, title=title, published=published:
                    hanweb.article(CHROME, title, crumbs, published, "桐溪市融媒体中心", html, []))
        b.non_reports[-1].listed_on.append(b.url(f"/col/col{column}/index.html"))
        links.append(Link(path, title, published.date().isoformat()))
    b.page(f"/col/col{column}/index.html", hanweb.datastore_page(CHROME, name, crumbs, column, links, len(links), 15,
                                                                 None), "listing")
    return links
