"""The Zhoukou site-group CMS (chuanhui, sites.md §4, corrected against real-evidence.md).

Seen: every site under `/sitesources/<site code>/page_pc/…` (chuanhui's code `chq`); article ids of 32 lower-case
hex digits (chuanhui's …/page_pc/zwgk/jcxxgk/zfwj/cz/article5f71d9cf….html, and on the same CMS
http://www.hnsjct.gov.cn/sitesources/hnsjct/page_pc/gzdt/jlsc/zggb/zjsc/article63005d65ce7b4aae9acafe1d7e13a48e.html);
the `来源: … 时间: … 访问量:` line (zhoukou sibling sites).  On the same CMS (public code of hnsjct.gov.cn,
xinxiang.gov.cn): a column's first page is `list1.html`, then `list2.html`, …; its items sit in
`div#articleListTable` (`num` = the page count) as `div.colRtitle > a`; articles use `div.cms-article-tit`,
`div.cms-article-attach`, `div.article-detail`; the page count is also in the column's `script.json` (`endPage`),
from which the pager is drawn.

Assumed: the year pages of the annual-report tree drawn by JavaScript from `list.json` (a listing had too few dates
to be static: PLAUSIBLE in real-evidence.md), the pager script, the rest of the chrome.
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


# The pager, drawn from the column's script.json once the page has loaded (list1.html, list2.html, …).
_PAGER_SCRIPT = """<script>
(function(){
  var here = parseInt((location.pathname.match(/list(\\d+)\\.html$/) || [0, 1])[1], 10);
  fetch('script.json').then(function(r){ return r.json(); }).then(function(d){
    var box = document.getElementById('pages'), html = [];
    if (here > 1) { html.push('<a href="list' + (here - 1) + '.html">上一页</a>'); }
    if (here < d.endPage) { html.push('<a href="list' + (here + 1) + '.html">下一页</a>'); }
    html.push('<span>共' + d.endPage + '页</span>');
    box.innerHTML = html.join(' ');
    box.setAttribute('data-loaded', 'true');
  });
})();
</script>"""


def listing(name: str, crumbs: list[tuple[str, str]], links: list[Link], pages: int) -> str:
    """A column page (`list1.html` is page 1, `list2.html` page 2, …): the items in `#articleListTable`, the pager
    drawn by a script from `script.json`."""
    items = "\n".join(f'<li><div class="colRtitle"><a href="{attr(link.href)}" target="_blank" '
                      f'title="{attr(link.title)}">{esc(link.title)}</a></div>'
                      f'<span class="time">{link.date}</span></li>' for link in links)
    main = (f'<div class="main"><h2 class="lm-name">{esc(name)}</h2><div id="articleListTable" num="{pages}">'
            f'<ul class="lm-list">\n{items}\n</ul></div><div class="pages" id="pages" data-loaded="false"></div>'
            f"</div>\n{_PAGER_SCRIPT}")
    return _shell(f"{name}-{SITE_TITLE}", crumbs_html(crumbs), main)


def pager_data(pages: int, per_page: int, total: int) -> dict[str, Any]:
    """A column's `script.json` (the field the pager reads: `endPage`)."""
    return {"startPage": 1, "endPage": pages, "pageSize": per_page, "total": total}


def article(title: str, crumbs: list[tuple[str, str]], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<li><a href="{attr(a.href)}">{esc(a.name)}</a></li>' for a in attachments)
    main = f"""<div class="main article">
<div class="cms-article-tit"><h1>{esc(title)}</h1></div>
<div class="cms-article-attach">来源: {esc(source)} 时间: {published:%Y-%m-%d %H:%M:%S} 访问量:0</div>
<div class="article-tools">字体大小[ <a>大</a> <a>中</a> <a>小</a> ] <a href="javascript:window.print()">打印</a></div>
<div class="article-detail" id="Zoom">
{body_html}
</div>
{f'<div class="article-files"><p>附件：</p><ul>{files}</ul></div>' if files else ''}
<div class="share">分享:</div>
</div>"""
    return _shell(f"{title}-{SITE_TITLE}", crumbs_html(crumbs), main)
