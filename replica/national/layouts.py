"""The markup of the national sites: three CMS families the replica already knows, written generically.

All structure here is assumed for these fictitious sites and modelled on the platform modules, where the
evidence for each family is named: `trs` on replica/platforms/trs.py (yaodu: `index.html`, `index_1.html`, pager
drawn by `createPageHTML`, articles `YYYYMM/tYYYYMMDD_<id>.html`), `guangdong` on replica/platforms/guangdong.py
(haizhu, panyu: `index.html`, `index_2.html`, a 下一页 link, articles `content/post_<id>.html`), `shtml` on
replica/platforms/trs_shtml.py (qinglan: `index.shtml`, `index_1.shtml`, articles `YYYYMM/tYYYYMMDD_<id>.shtml`).
Every page is a small shell around the site's own title; the crawler's title test decides what is a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from replica.content import attr, esc
from replica.platforms import Link
from replica.platforms.trs import CREATE_PAGE_JS

DISCLOSURE = "/zfxxgk/"
ANNUAL = DISCLOSURE + "zfxxgknb/"


@dataclass(frozen=True)
class Layout:
    name: str
    ext: str  # page extension
    first_index: int  # the number of the second listing page: index_1 (TRS) or index_2 (Guangdong)

    def page_path(self, number: int) -> str:
        """Listing page `number` (0 = first) of the annual-report column."""
        if number == 0:
            return f"{ANNUAL}index.{self.ext}"
        return f"{ANNUAL}index_{number - 1 + self.first_index}.{self.ext}"

    def detail_path(self, post_id: int, published: dt.date) -> str:
        if self.name == "guangdong":
            return f"{ANNUAL}content/post_{post_id}.html"
        return f"{ANNUAL}{published:%Y%m}/t{published:%Y%m%d}_{post_id}.{self.ext}"


LAYOUTS = {"trs": Layout("trs", "html", 1), "guangdong": Layout("guangdong", "html", 2),
           "shtml": Layout("shtml", "shtml", 1)}


def _shell(site_title: str, title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css"></head>
<body>
<div class="top"><div class="logo">{esc(site_title)}</div>
<div class="nav"><a href="/">首页</a> <a href="{DISCLOSURE}">政府信息公开</a></div></div>
{main}
<div class="foot">主办：{esc(site_title)}办公室</div>
</body></html>
"""


def home(site_title: str) -> str:
    main = (f'<div class="main"><ul><li><a href="{DISCLOSURE}">政府信息公开</a></li>'
            f'<li><a href="/xwzx/">新闻中心</a></li></ul></div>')
    return _shell(site_title, site_title, main)


def disclosure(site_title: str, layout: Layout) -> str:
    main = (f'<div class="main"><div class="bread">您现在的位置：<a href="/">首页</a> &gt; 政府信息公开</div>'
            f'<ul><li><a href="{layout.page_path(0)}">政府信息公开年报</a></li>'
            f'<li><a href="{DISCLOSURE}zfxxgkzn/">政府信息公开指南</a></li></ul></div>')
    return _shell(site_title, f"政府信息公开-{site_title}", main)


def listing(site_title: str, layout: Layout, links: list[Link], number: int, pages: int) -> str:
    """Listing page `number` (0-based) of `pages`, with the family's pager."""
    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank" title="{attr(link.title)}">'
                      f'{esc(link.title)}</a><span>{link.date}</span></li>' for link in links)
    if layout.name == "guangdong":
        pager = (f'<div id="page_div"><a class="next" href="{layout.page_path(number + 1)}">下一页</a></div>'
                 if number + 1 < pages else "")
    else:
        pager = (f'<script>\n{CREATE_PAGE_JS}\ncreatePageHTML({pages}, {number}, "index", "{layout.ext}");\n'
                 f'</script>')
    main = (f'<div class="main"><div class="bread">您现在的位置：<a href="/">首页</a> &gt; '
            f'<a href="{DISCLOSURE}">政府信息公开</a> &gt; 政府信息公开年报</div>\n'
            f'<div class="list"><ul>\n{items}\n</ul></div>\n{pager}</div>')
    return _shell(site_title, f"政府信息公开年报-{site_title}", main)


def article(site_title: str, title: str, published: dt.date, body_html: str) -> str:
    main = (f'<div class="main"><div class="article"><div class="title"><h2>{esc(title)}</h2></div>'
            f'<div class="info">发布时间：{published:%Y-%m-%d} 来源：{esc(site_title)}</div>'
            f'<div class="TRS_Editor">\n{body_html}\n</div></div></div>')
    return _shell(site_title, f"{title}-{site_title}", main)
