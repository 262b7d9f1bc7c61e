"""The Henan provincial site cluster's newer district template (songhe, fictitious; for the discovery spider).

Shares the cluster's article scheme with yindu (`/YYYY/MM-DD/<numeric id>.html`, files under `/uploadfile/`), but
its 政府信息公开 tree is two levels deep (区政府 / 部门 / 乡镇 → each body's own 年报 column), and its list pages
are paginated `index.html`, `index_2.html`, … (one-based) by a pager of page numbers and 首页/末页 only — no
下一页 link.  UTF-8.
"""

from __future__ import annotations

import datetime as dt

from replica.content import attr, esc
from replica.platforms import Attachment, Link


class Chrome:
    def __init__(self, site_title: str, nav: list[Link], footer: str) -> None:
        self.site_title = site_title
        self.nav = nav
        self.footer = footer

    def shell(self, title: str, main: str) -> str:
        nav = "".join(f'<a href="{attr(n.href)}">{esc(n.title)}</a>' for n in self.nav)
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div class="top-bar"><span class="site-name">{esc(self.site_title)}</span></div>
<div class="main-nav">{nav}</div>
{main}
<div class="footer">{esc(self.footer)}</div>
</body>
</html>
"""


def _crumbs(crumbs: list[Link]) -> str:
    parts = [f'<a href="{attr(c.href)}">{esc(c.title)}</a>' if c.href else esc(c.title) for c in crumbs]
    return '<div class="crumbs">您的位置：' + " &gt; ".join(parts) + "</div>"


def home(chrome: Chrome, entries: list[Link], news: list[Link]) -> str:
    boxes = "".join(f'<li><a href="{attr(e.href)}">{esc(e.title)}</a></li>' for e in entries)
    items = "".join(f'<li><a href="{attr(n.href)}" target="_blank">{esc(n.title)}</a><em>{n.date}</em></li>'
                    for n in news)
    main = (f'<div class="home"><div class="entries"><ul>{boxes}</ul></div>'
            f'<div class="news-box"><h3>松河要闻</h3><ul>{items}</ul></div></div>')
    return chrome.shell(chrome.site_title, main)


def column_index(chrome: Chrome, name: str, crumbs: list[Link], columns: list[Link], note: str = "") -> str:
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    text = f'<p class="note">{esc(note)}</p>' if note else ""
    main = (f'<div class="container">{_crumbs(crumbs)}<div class="gk-box"><h2>{esc(name)}</h2>{text}'
            f'<ul class="gk-columns">{items}</ul></div></div>')
    return chrome.shell(f"{name}-{chrome.site_title}", main)


def listing(chrome: Chrome, name: str, crumbs: list[Link], links: list[Link], page: int, pages: int) -> str:
    """Page `page` (one-based) of a column: `index.html`, `index_2.html`, …; pager: 首页, numbers, 末页."""
    def href(n: int) -> str:
        return "index.html" if n == 1 else f"index_{n}.html"

    if links:
        items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank">{esc(link.title)}</a>'
                          f"<span>{link.date}</span></li>" for link in links)
    else:
        items = '<li class="empty">暂无信息</li>'
    pager = ""
    if pages > 1:
        numbers = " ".join(f"<b>{n}</b>" if n == page else f'<a href="{href(n)}">{n}</a>'
                           for n in range(1, pages + 1))
        pager = (f'<div class="pagination">共 {pages} 页 <a href="{href(1)}">首页</a> {numbers} '
                 f'<a href="{href(pages)}">末页</a></div>')
    main = f"""<div class="container">
{_crumbs(crumbs)}
<div class="list-box"><h2>{esc(name)}</h2>
<ul class="news-list">
{items}
</ul>
{pager}
</div>
</div>"""
    return chrome.shell(f"{name}-{chrome.site_title}", main)


def article(chrome: Chrome, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<li><a href="{attr(a.href)}" target="_blank">{esc(a.name)}</a></li>' for a in attachments)
    main = f"""<div class="container">
{_crumbs(crumbs)}
<div class="detail">
<h1>{esc(title)}</h1>
<div class="detail-info"><span>发布时间：{published:%Y-%m-%d %H:%M:%S}</span><span>来源：{esc(source)}</span>
<span>浏览次数：<i id="hits"></i></span></div>
<div class="detail-content" id="zoom">
{body_html}
</div>
{f'<div class="detail-files"><h4>相关附件：</h4><ul>{files}</ul></div>' if files else ''}
</div>
</div>"""
    return chrome.shell(f"{title}-{chrome.site_title}", main)
