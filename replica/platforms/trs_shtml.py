"""A TRS WCM county portal publishing `.shtml` (qinglan, fictitious; for the discovery spider, docs/discovery.md).

The conventions of TRS WCM 7/8 portals as widely published: columns named `<pinyin>_<column id>/` (the numeric
suffix is the WCM channel id, e.g. `zfxxgknb_31597/`), articles `<column>/YYYYMM/tYYYYMMDD_<doc id>.shtml`,
attachments next to the article as `./P0YYYYMMDD<digits>.pdf`, and list pages `index.shtml`, `index_1.shtml`, …
(zero-based).  The pager is the template's own snippet: the page count and index are *template variables*
assigned to JavaScript variables, and `createPageHTML` (defined in the site's shared `page.js`, not in the page)
writes the links at load time — so a plain fetch sees no pager link at all.
"""

from __future__ import annotations

import datetime as dt

from replica.content import attr, esc
from replica.platforms import Attachment, Link

# The shared pager script (/images/page.js): WCM's createPageHTML with the page-div signature.
PAGE_JS = """function createPageHTML(divId, nPageCount, nCurrIndex, sPageName, sPageExt, nRecordCount){
  if(nPageCount == null || nPageCount <= 1){ return; }
  function href(n){ return n == 0 ? sPageName + "." + sPageExt : sPageName + "_" + n + "." + sPageExt; }
  var out = ["<span>共" + nPageCount + "页 " + nRecordCount + "条</span>"];
  out.push(nCurrIndex == 0 ? "<span>首页</span>" : "<a href=\\"" + href(0) + "\\">首页</a>");
  if(nCurrIndex > 0){ out.push("<a href=\\"" + href(nCurrIndex - 1) + "\\">上一页</a>"); }
  if(nCurrIndex < nPageCount - 1){ out.push("<a href=\\"" + href(nCurrIndex + 1) + "\\">下一页</a>"); }
  out.push(nCurrIndex == nPageCount - 1 ? "<span>尾页</span>" : "<a href=\\"" + href(nPageCount - 1)
    + "\\">尾页</a>");
  document.getElementById(divId).innerHTML = out.join(" ");
}
"""


class Portal:
    """One site's chrome: its name, navigation and footer (the off-site link goes to the city portal)."""

    def __init__(self, site_title: str, nav: list[Link], footer_links: list[Link], footer: str) -> None:
        self.site_title = site_title
        self.nav = nav
        self.footer_links = footer_links
        self.footer = footer

    def shell(self, title: str, main: str) -> str:
        nav = "".join(f'<li><a href="{attr(n.href)}">{esc(n.title)}</a></li>' for n in self.nav)
        links = " | ".join(f'<a href="{attr(n.href)}" target="_blank">{esc(n.title)}</a>' for n in self.footer_links)
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="{attr(self.site_title)}">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/images/style.css">
<script type="text/javascript" src="/images/page.js"></script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">{esc(self.site_title)}</a></div>
<ul class="nav">{nav}</ul></div>
{main}
<div class="footer"><div class="links">友情链接：{links}</div>
<p>{esc(self.footer)}</p></div>
</body>
</html>
"""


def _position(crumbs: list[Link]) -> str:
    parts = [f'<a href="{attr(c.href)}">{esc(c.title)}</a>' if c.href else f"<span>{esc(c.title)}</span>"
             for c in crumbs]
    return '<div class="position">当前位置：' + " &gt; ".join(parts) + "</div>"


def _side(columns: list[Link]) -> str:
    if not columns:
        return ""
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    return f'<div class="side"><ul class="side-nav">{items}</ul></div>'


def home(portal: Portal, columns: list[Link], news: list[Link]) -> str:
    boxes = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    items = "".join(f'<li><a href="{attr(n.href)}" title="{attr(n.title)}">{esc(n.title)}</a>'
                    f"<span>{n.date}</span></li>" for n in news)
    main = (f'<div class="main"><div class="zt"><ul>{boxes}</ul></div>'
            f'<div class="news"><h3>青岚要闻</h3><ul>{items}</ul></div></div>')
    return portal.shell(portal.site_title, main)


def column_index(portal: Portal, name: str, crumbs: list[Link], columns: list[Link], intro: str = "") -> str:
    """A column whose page only lists its sub-columns (TRS: a channel with child channels)."""
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    text = f'<p class="intro">{esc(intro)}</p>' if intro else ""
    main = (f'<div class="main">{_position(crumbs)}<h2 class="lm">{esc(name)}</h2>{text}'
            f'<ul class="lm-list">{items}</ul></div>')
    return portal.shell(f"{name}_{portal.site_title}", main)


def listing(portal: Portal, name: str, crumbs: list[Link], side: list[Link], links: list[Link], page: int,
            pages: int, records: int) -> str:
    """Page `page` (zero-based) of a column; the pager exists only once page.js has run."""
    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank" title="{attr(link.title)}">'
                      f'{esc(link.title)}</a><span class="date">{link.date}</span></li>' for link in links)
    main = f"""<div class="main">
{_position(crumbs)}
{_side(side)}
<div class="list"><h2 class="lm">{esc(name)}</h2>
<ul class="list-ul">
{items}
</ul>
<div class="page" id="page_div"></div>
<script type="text/javascript">
var currentPage = {page};//所在页从0开始
var countPage = {pages}//共多少页
createPageHTML('page_div', countPage, currentPage, 'index', 'shtml', {records});
</script>
</div>
</div>"""
    return portal.shell(f"{name}_{portal.site_title}", main)


def article(portal: Portal, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<p><a href="{attr(a.href)}" OLDSRC="/protect/{attr(a.href.lstrip("./"))}">{esc(a.name)}</a>'
                    "</p>" for a in attachments)
    main = f"""<div class="main">
{_position(crumbs)}
<div class="article">
<h1 class="title">{esc(title)}</h1>
<div class="info">发布时间：{published:%Y-%m-%d %H:%M} &nbsp; 来源：{esc(source)} &nbsp;
【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{body_html}
</div>
{f'<div class="fj"><span>附件：</span>{files}</div>' if files else ''}
</div>
</div>"""
    return portal.shell(f"{title}_{portal.site_title}", main)
