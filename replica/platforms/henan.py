"""The Henan provincial site-cluster platform (yindu, sites.md §3; everything but the article URL shape inferred).

Old-site markup as public scrapers saw it: list items in `div.ArticleWrap > ul > li` with a `<span>` date, a
`下页` next link, the article body in `li#zomfont`.  Pages declare GB2312 in <meta> only and are sent as GBK.
"""

from __future__ import annotations

import datetime as dt

from replica.content import attr, esc
from replica.platforms import Attachment, Link

SITE_TITLE = "安阳市殷都区人民政府"


def _shell(title: str, main: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="logo">{SITE_TITLE}</div>
<div class="menu"><a href="/">首页</a><a href="/zfxxgk/">政府信息公开</a></div></div>
{main}
<div class="bottom">主办：安阳市殷都区人民政府办公室 &nbsp; 豫ICP备05018573号 &nbsp; 网站标识码：4105050001</div>
</body>
</html>
"""


def home(columns: list[Link], news: list[Link]) -> str:
    column_links = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    news_links = "".join(f'<li><a href="{attr(n.href)}">{esc(n.title)}</a><span>{n.date}</span></li>' for n in news)
    main = (f'<div class="index-main"><div class="columns"><ul>{column_links}</ul></div>'
            f'<div class="news"><h3>工作动态</h3><ul>{news_links}</ul></div></div>')
    return _shell(SITE_TITLE, main)


def disclosure_index(columns: list[Link]) -> str:
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    main = (f'<div class="RightSub"><div class="position">当前位置：<a href="/">首页</a> &gt; 政府信息公开</div>'
            f'<div class="xxgk-columns"><ul>{items}</ul></div></div>')
    return _shell(f"政府信息公开_{SITE_TITLE}", main)


def listing(name: str, links: list[Link], next_href: str | None, prev_href: str | None) -> str:
    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank">{esc(link.title)}</a>'
                      f"<span>{link.date}</span></li>" for link in links)
    pager = []
    if prev_href:
        pager.append(f'<a href="{attr(prev_href)}">上页</a>')
    if next_href:
        pager.append(f'<a href="{attr(next_href)}">下页</a>')
    main = f"""<div class="ArticleWrap">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; {esc(name)}</div>
<ul>
{items}
</ul>
<div class="pagebar">{" ".join(pager)}</div>
</div>"""
    return _shell(f"{name}_{SITE_TITLE}", main)


def article(title: str, column: str, published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<p>附件：<a href="{attr(a.href)}">{esc(a.name)}</a></p>' for a in attachments)
    main = f"""<div class="ArticleWrap">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; {esc(column)}</div>
<div class="ArticleTitle"><h1>{esc(title)}</h1></div>
<div class="ArticleInfo">时间：{published:%Y-%m-%d} &nbsp; 来源：{esc(source)} &nbsp; 【打印】 【字体：大 中 小】</div>
<ul><li id="zomfont">
{body_html}
{files}
</li></ul>
</div>"""
    return _shell(f"{title}_{SITE_TITLE}", main)
