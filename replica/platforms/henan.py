"""The Henan provincial site cluster's current template (yindu, sites.md §3, corrected against real-evidence.md).

Seen on the cluster (public scraper code of hct.henan.gov.cn and henan.gov.cn, real-evidence.md): list items in
`ul.newsList > li > a`; articles with `h3#title`, `span#pubDate`, `div.content`; pages `index.html`, `index_1.html`,
… (zero-based: the second page is `index_1`); column links written without their slash (`/zfxxgk/fdzdgknr`, seen on
yindu's home page).  Assumed: the pager's words (首页 / 下一页 / 尾页 / 共N页), the rest of the chrome, GB2312
declared in <meta> only (pages sent as GBK).
"""

from __future__ import annotations

import datetime as dt

from replica.content import attr, esc
from replica.platforms import Attachment, Link

SITE_TITLE = "安阳市殷都区人民政府"


def _shell(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="logo">{SITE_TITLE}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zfxxgk/fdzdgknr">政府信息公开目录</a></li></ul></div>
{main}
<div class="footer">主办：安阳市殷都区人民政府办公室 &nbsp; 豫ICP备05018573号 &nbsp; 网站标识码：4105050001</div>
</body>
</html>
"""


def _crumbs(crumbs: list[Link]) -> str:
    trail = " &gt; ".join(f'<a href="{attr(c.href)}">{esc(c.title)}</a>' for c in crumbs)
    return f'<div class="location">当前位置：<a href="/">首页</a> &gt; {trail}</div>'


def home(columns: list[Link], news: list[Link]) -> str:
    column_links = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    news_links = "".join(f'<li><a href="{attr(n.href)}" title="{attr(n.title)}">{esc(n.title)}</a>'
                         f"<span>{n.date}</span></li>" for n in news)
    main = (f'<div class="index-main"><ul class="entries">{column_links}</ul>'
            f'<div class="news"><h3>工作动态</h3><ul class="newsList">{news_links}</ul></div></div>')
    return _shell(SITE_TITLE, main)


def catalogue(name: str, crumbs: list[Link], columns: list[Link]) -> str:
    """A catalogue page listing its columns (links without their slash)."""
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    main = f'<div class="main">{_crumbs(crumbs)}<div class="column-list"><ul>{items}</ul></div></div>'
    return _shell(f"{name}_{SITE_TITLE}", main)


def listing(name: str, crumbs: list[Link], links: list[Link], first: str, page: int, pages: int) -> str:
    """Page `page` (zero-based) of a column whose first page is `first` (the column URL, no slash): later pages
    are `<first>/index_<n>.html`, written root-relative."""
    def href(n: int) -> str:
        return first if n == 0 else f"{first}/index_{n}.html"

    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank" title="{attr(link.title)}">'
                      f"{esc(link.title)}</a><span>{link.date}</span></li>" for link in links)
    pager = [f'<a href="{attr(href(0))}">首页</a>']
    if page > 0:
        pager.append(f'<a href="{attr(href(page - 1))}">上一页</a>')
    if page < pages - 1:
        pager.append(f'<a href="{attr(href(page + 1))}">下一页</a>')
    pager.append(f'<a href="{attr(href(pages - 1))}">尾页</a> <span>共{pages}页</span>')
    main = f"""<div class="main">
{_crumbs(crumbs)}
<div class="list-box"><h2>{esc(name)}</h2>
<ul class="newsList">
{items}
</ul>
<div class="page">{" ".join(pager)}</div>
</div>
</div>"""
    return _shell(f"{name}_{SITE_TITLE}", main)


def article(title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<p>附件：<a href="{attr(a.href)}">{esc(a.name)}</a></p>' for a in attachments)
    main = f"""<div class="main">
{_crumbs(crumbs)}
<div class="article">
<h3 id="title">{esc(title)}</h3>
<div class="info">发布时间：<span id="pubDate">{published:%Y-%m-%d %H:%M}</span>
 &nbsp; 来源：<span id="source">{esc(source)}</span> &nbsp; 【打印】 【字体：大 中 小】</div>
<div class="content">
{body_html}
{files}
</div>
</div>
</div>"""
    return _shell(f"{title}_{SITE_TITLE}", main)
