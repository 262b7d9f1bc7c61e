"""The Zhoukou site-group CMS (chuanhui, sites.md §4): `/sitesources/<site code>/page_pc/…`, article ids of 32
upper-case hex digits, the `来源: … 时间: … 访问量:` line, pagination `index.html`, `list1.html`, ….

The year pages of the annual-report tree are drawn by JavaScript from a JSON endpoint (inferred, like most of
this site): the HTML holds an empty container, so only a browser sees the links.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from replica.content import attr, esc
from replica.platforms import Attachment, Link

SITE_TITLE = "周口市川汇区人民政府"


def _shell(title: str, crumbs: str, main: str, head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/sitesources/chq/page_pc/css/style.css">
{head_extra}</head>
<body>
<div class="head"><div class="site-name">{SITE_TITLE}</div>
<div class="nav"><a href="/sitesources/chq/page_pc/index.html">首页</a>
<a href="/sitesources/chq/page_pc/zwgk/index.html">政务公开</a></div></div>
<div class="crumb">当前位置：{crumbs}</div>
{main}
<div class="foot">主办单位：周口市川汇区人民政府办公室 网站标识码：4116020001 豫ICP备12012345号</div>
</body>
</html>
"""


def crumbs_html(crumbs: list[tuple[str, str]]) -> str:
    return " &gt; ".join(f'<a href="{attr(href)}">{esc(text)}</a>' if href else esc(text) for text, href in crumbs)


def column_index(name: str, crumbs: list[tuple[str, str]], columns: list[Link]) -> str:
    items = "\n".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    main = f'<div class="main"><h2 class="lm-name">{esc(name)}</h2><ul class="lm-list">\n{items}\n</ul></div>'
    return _shell(f"{name}-{SITE_TITLE}", crumbs_html(crumbs), main)


def js_year_page(name: str, crumbs: list[tuple[str, str]], data_url: str) -> str:
    """A year column whose list is drawn in the browser from `data_url` (JSON: {"list": [{title, url, date}]})."""
    script = (
        "<script>\n(function(){\n"
        f"  fetch({json.dumps(data_url)}, {{headers: {{'X-Requested-With': 'XMLHttpRequest'}}}})\n"
        "    .then(function(r){ return r.json(); })\n"
        "    .then(function(d){\n"
        "      var box = document.getElementById('article-list');\n"
        "      (d.list || []).forEach(function(it){\n"
        "        var li = document.createElement('li');\n"
        "        var a = document.createElement('a');\n"
        "        a.href = it.url; a.textContent = it.title; a.target = '_blank';\n"
        "        var s = document.createElement('span'); s.textContent = it.date;\n"
        "        li.appendChild(a); li.appendChild(s); box.appendChild(li);\n"
        "      });\n"
        "      box.setAttribute('data-loaded', 'true');\n"
        "    });\n"
        "})();\n</script>"
    )
    main = (f'<div class="main"><h2 class="lm-name">{esc(name)}</h2>'
            f'<ul id="article-list" class="lm-list" data-loaded="false"></ul></div>\n{script}')
    return _shell(f"{name}-{SITE_TITLE}", crumbs_html(crumbs), main)


def year_data(links: list[Link]) -> dict[str, Any]:
    return {"code": 0, "total": len(links), "list": [{"title": link.title, "url": link.href, "date": link.date}
                                                     for link in links]}


def listing(name: str, crumbs: list[tuple[str, str]], links: list[Link], page: int, pages: int) -> str:
    """`index.html` is page 1, `list1.html` page 2, `list2.html` page 3, …"""
    def href(n: int) -> str:
        return "index.html" if n == 1 else f"list{n - 1}.html"

    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank">{esc(link.title)}</a>'
                      f'<span class="time">{link.date}</span></li>' for link in links)
    pager = [f'<a href="{href(1)}">首页</a>']
    if page > 1:
        pager.append(f'<a href="{href(page - 1)}">上一页</a>')
    if page < pages:
        pager.append(f'<a href="{href(page + 1)}">下一页</a>')
    pager.append(f'<a href="{href(pages)}">尾页</a> <span>共{pages}页</span>')
    main = (f'<div class="main"><h2 class="lm-name">{esc(name)}</h2><ul class="lm-list">\n{items}\n</ul>'
            f'<div class="pages">{" ".join(pager)}</div></div>')
    return _shell(f"{name}-{SITE_TITLE}", crumbs_html(crumbs), main)


def article(title: str, crumbs: list[tuple[str, str]], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<li><a href="{attr(a.href)}">{esc(a.name)}</a></li>' for a in attachments)
    main = f"""<div class="main article">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-info">来源: {esc(source)} 时间: {published:%Y-%m-%d %H:%M:%S} 访问量:0</div>
<div class="article-tools">字体大小[ <a>大</a> <a>中</a> <a>小</a> ] <a href="javascript:window.print()">打印</a></div>
<div class="article-content" id="Zoom">
{body_html}
</div>
{f'<div class="article-files"><p>附件：</p><ul>{files}</ul></div>' if files else ''}
<div class="share">分享:</div>
</div>"""
    return _shell(f"{title}-{SITE_TITLE}", crumbs_html(crumbs), main)
