"""A dynamic JSP portal of the older kind (xiaoyue, fictitious; for discovery): everything is a query string.

The root sends the browser on with a script (`location.href`); the home page's entries are images (their names
only in `alt`); every column is `list.jsp?channelId=N` (pages `&page=N`, a 下一页 link and 共N页), a table whose
rows hold the title as text and a bare 查看 link to `detail.jsp?id=N`; files come from `download.jsp?fileId=N`
and are named only by the link text (`…年度报告.pdf`).  Lists GBK (declared in <meta> only), articles UTF-8.
"""

from __future__ import annotations

import datetime as dt

from replica.content import attr, esc
from replica.platforms import Attachment, Link

# A 1×1 PNG: the image entries of the home page.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def redirect(target: str) -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><script '
            f'type="text/javascript">window.location.href="{attr(target)}";</script></head><body></body></html>')


def _shell(site_title: str, title: str, main: str, charset: str = "gbk") -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/portal/css/main.css">
</head>
<body>
<table width="1000" align="center"><tr><td class="banner">{esc(site_title)}</td></tr>
<tr><td class="menu"><a href="/portal/index.jsp">首页</a></td></tr></table>
{main}
<table width="1000" align="center"><tr><td class="footer">版权所有：{esc(site_title)}</td></tr></table>
</body>
</html>
"""


def home(site_title: str, entries: list[tuple[str, str, str]]) -> str:
    """Entries as images: (href, image src, alt)."""
    cells = "".join(f'<td><a href="{attr(href)}"><img src="{attr(src)}" alt="{attr(alt)}" border="0"></a></td>'
                    for href, src, alt in entries)
    return _shell(site_title, site_title,
                  f'<table width="1000" align="center" class="entries"><tr>{cells}</tr></table>')


def catalogue(site_title: str, name: str, columns: list[Link]) -> str:
    rows = "".join(f'<tr><td class="node">·<a href="{attr(c.href)}">{esc(c.title)}</a></td></tr>' for c in columns)
    return _shell(site_title, f"{name}-{site_title}",
                  f'<table width="1000" align="center"><tr><th>{esc(name)}</th></tr>{rows}</table>')


def listing(site_title: str, name: str, links: list[Link], page: int, pages: int, channel: int) -> str:
    """A column page: rows of (title text, date, 查看 link); `下一页` while pages remain."""
    rows = "".join(f'<tr><td class="title">{esc(link.title)}</td><td class="date">{link.date}</td>'
                   f'<td><a href="{attr(link.href)}" target="_blank">查看</a></td></tr>' for link in links)
    pager = f"<span>共{pages}页 第{page}页</span>"
    if page > 1:  # the first page is the column's own URL
        previous = f"list.jsp?channelId={channel}" + (f"&amp;page={page - 1}" if page > 2 else "")
        pager += f' <a href="{previous}">上一页</a>'
    if page < pages:
        pager += f' <a href="list.jsp?channelId={channel}&amp;page={page + 1}">下一页</a>'
    return _shell(site_title, f"{name}-{site_title}",
                  f'<table width="1000" align="center" class="list"><tr><th colspan="3">{esc(name)}</th></tr>{rows}'
                  f'<tr><td colspan="3" class="pager">{pager}</td></tr></table>')


def detail(site_title: str, title: str, published: dt.datetime, source: str, body_html: str,
           attachments: list[Attachment]) -> str:
    files = "".join(f'<p>附件：<a href="{attr(a.href)}">{esc(a.name)}</a></p>' for a in attachments)
    # articles were re-published in UTF-8 by a later CMS upgrade; the lists are still GBK
    main = f"""<table width="1000" align="center" class="detail">
<tr><td class="dtitle">{esc(title)}</td></tr>
<tr><td class="dinfo">发布时间：{published:%Y-%m-%d} 来源：{esc(source)}</td></tr>
<tr><td class="dbody">
{body_html}
{files}
</td></tr></table>"""
    return _shell(site_title, f"{title}-{site_title}", main, charset="utf-8")
