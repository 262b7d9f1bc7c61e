"""The Guangdong provincial site-cluster platform (广东政府网站集约化平台): haizhu and panyu (sites.md §1, §2, §6).

Column pages (`div.list_li`, pager `#page_div a.next`: seen on sibling Guangzhou sites), column articles
(`#zoomtitl`, `#zoomtime`, `#zoomcon`: public scraper code of sibling sites), the gkmlpt catalogue: `<prefix>/gkmlpt/
index` with its config in the real shape (real-evidence.md; public probes of gd.gov.cn, gz.gov.cn and three more
cities find `window._CONFIG` with `SID:'…'` and `TREE` there) — a JavaScript literal, `SID` quoted, a nested `TREE`
whose names are `\\uXXXX`-escaped (assumed from the platform's JSON habits) —, the JSON API (seen in public scraper
code of the platform), articles with `h1.title`, `div.classify`, `div.article-content`, `a.nfw-cms-attachment` and
the `DETAIL: {…}, TREE:` script (public scraper code).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from replica.content import attr, esc
from replica.platforms import Attachment, Link


@dataclass(frozen=True)
class Chrome:
    site_title: str  # 广州市海珠区人民政府门户网站
    position_label: str  # haizhu: 您当前所在的位置 (seen); panyu: 您当前所在位置 (seen)
    panyu_style: bool = False  # 选择语言 above the breadcrumb; `来源 … 发布时间 …` (source first)


def _shell(chrome: Chrome, title: str, main: str, head_extra: str = "") -> str:
    language = ('<div class="language">选择语言：<a href="javascript:;">简体</a> '
                '<a href="javascript:;">繁體</a></div>') if chrome.panyu_style else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="SiteName" content="{attr(chrome.site_title)}">
<link rel="stylesheet" href="/css/common.css">
{head_extra}</head>
<body>
<div class="topbar">{language}<a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div>
<div class="header"><div class="logo">{esc(chrome.site_title)}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
{main}
<div class="footer"><p>主办：{esc(chrome.site_title.removesuffix("门户网站"))}办公室</p>
<p>网站标识码：4401050001 粤ICP备05080364号 粤公网安备 44010502000005号</p></div>
</body>
</html>
"""


def _position(chrome: Chrome, crumbs: list[tuple[str, str]]) -> str:
    trail = " &gt; ".join(f'<a href="{attr(href)}">{esc(text)}</a>' for text, href in crumbs)
    return f'<div class="position">{esc(chrome.position_label)}: {trail}</div>'


def column_listing(chrome: Chrome, name: str, crumbs: list[tuple[str, str]], links: list[Link],
                   page: int, pages: int) -> str:
    """One page of a column: `div.list_li` items and the `#page_div` pager (index.html, index_2.html, …)."""
    items = "\n".join(f'<li><a href="{attr(link.href)}" title="{attr(link.title)}" target="_blank">{esc(link.title)}'
                      f'</a><span class="date">{link.date}</span></li>' for link in links)
    pager = ""
    if pages > 1:
        def page_href(n: int) -> str:
            return "index.html" if n == 1 else f"index_{n}.html"

        parts = ['<a class="first" href="index.html">首页</a>']
        if page > 1:
            parts.append(f'<a class="prev" href="{page_href(page - 1)}">上一页</a>')
        parts += [f'<span class="current">{n}</span>' if n == page else f'<a href="{page_href(n)}">{n}</a>'
                  for n in range(1, pages + 1)]
        if page < pages:  # the last page has no `next` link: that is how a crawler knows to stop
            parts.append(f'<a class="next" href="{page_href(page + 1)}">下一页</a>')
        parts.append(f'<a class="last" href="{page_href(pages)}">尾页</a>')
        pager = f'<div id="page_div" class="page">{" ".join(parts)}</div>'
    main = f"""<div class="main">
{_position(chrome, crumbs)}
<div class="column-name"><h2>{esc(name)}</h2></div>
<div class="list_li"><ul>
{items}
</ul></div>
{pager}
</div>"""
    return _shell(chrome, f"{name}_{chrome.site_title}", main)


def column_index(chrome: Chrome, name: str, crumbs: list[tuple[str, str]], columns: list[Link]) -> str:
    """A parent column listing its sub-columns (`/zwgk/zfxxgknb/` → 部门, 街道, …)."""
    items = "\n".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    main = f"""<div class="main">
{_position(chrome, crumbs)}
<div class="column-name"><h2>{esc(name)}</h2></div>
<div class="sub-columns"><ul class="column-list">
{items}
</ul></div>
</div>"""
    return _shell(chrome, f"{name}_{chrome.site_title}", main)


def column_article(chrome: Chrome, title: str, crumbs: list[tuple[str, str]], published: dt.datetime, source: str,
                   body_html: str, attachments: list[Attachment]) -> str:
    """A column article: `#zoomtitl`, the meta line in `#zoomtime`, the body in `#zoomcon`."""
    stamp = published.strftime("%Y-%m-%d %H:%M:%S")
    if chrome.panyu_style:  # seen on post_9485858: source before date, 发布时间, 阅读次数, 字体大小
        meta = f"来源:{esc(source)} 发布时间:{stamp} 阅读次数:- 字体大小:<a>大</a> <a>中</a> <a>小</a>"
    else:  # seen on post_5414871
        meta = f"发布日期:{stamp} 来源:{esc(source)} 分享到: 浏览量:-"
    files = ""
    if attachments:
        links = "\n".join(f'<p><a class="pdf" href="{attr(a.href)}">{esc(a.name)}</a></p>' for a in attachments)
        files = f'<div class="m-attachment"><p>附件：</p>\n{links}\n</div>'
    main = f"""<div class="main">
{_position(chrome, crumbs)}
<div class="article">
<h1 id="zoomtitl" class="zoomtitl">{esc(title)}</h1>
<div id="zoomtime" class="zoomtime">{meta}</div>
<div id="zoomcon" class="zoomcon">
{body_html}
</div>
{files}
</div>
</div>"""
    return _shell(chrome, f"{title}_{chrome.site_title}", main)


# --- gkmlpt -----------------------------------------------------------------------------------------------------

def gkmlpt_path(post_id: int, prefix: str = "") -> str:
    """`/gkmlpt/content/<id // 10⁶>/<id // 10³>/post_<id>.html` (seen on the live site)."""
    return f"{prefix}/gkmlpt/content/{post_id // 1_000_000}/{post_id // 1_000}/post_{post_id}.html"


def escaped_json(value: Any) -> str:
    """JSON with every non-ASCII character as `\\uXXXX`, as the platform writes its config."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def gkmlpt_config(sid: int, tree: list[dict[str, Any]], area: str, **more: Any) -> str:
    """`window._CONFIG = {SID:'…', TREE:[…], SERVICE_AREA_ID:'…', …}`: a JavaScript literal (unquoted keys)."""
    extra = "".join(f",{key}:{escaped_json(value)}" for key, value in more.items())
    return f"window._CONFIG = {{SID:'{sid}',TREE:{escaped_json(tree)},SERVICE_AREA_ID:'{area}'{extra}}};"


def gkmlpt_index(chrome: Chrome, sid: int, tree: list[dict[str, Any]], area: str, prefix: str = "") -> str:
    """The catalogue UI: an empty app container and the config with the site id and the column tree."""
    head = (f"<script>{gkmlpt_config(sid, tree, area, IS_MOBILE=False)}</script>\n"
            f'<script src="{prefix}/gkmlpt/static/js/app.js"></script>\n')
    main = ('<div class="main"><div id="gkmlpt-app"><noscript>请开启浏览器的JavaScript功能'
            "</noscript></div></div>")
    return _shell(chrome, f"政府信息公开_{chrome.site_title}", main, head)


GKMLPT_APP_JS = (
    "/* gkmlpt catalogue: loads the column from the API and draws the list */\n"
    "(function(){var c=window._CONFIG||{};var id=(location.hash||'').replace('#','');if(!id)return;"
    "fetch('api/all/'+id+'?page=1&sid='+c.SID).then(function(r){return r.json()}).then(function(d){"
    "var ul=document.createElement('ul');ul.className='gkmlpt-list';(d.articles||[]).forEach(function(a){"
    "var li=document.createElement('li');var x=document.createElement('a');x.href=a.url;x.textContent=a.title;"
    "li.appendChild(x);ul.appendChild(li)});document.getElementById('gkmlpt-app').appendChild(ul)})})();\n"
)


def gkmlpt_article(chrome: Chrome, detail: dict[str, Any], body_html: str, attachments: list[Attachment],
                   tree: list[dict[str, Any]], classify_name: str, prefix: str = "") -> str:
    """A gkmlpt article: `h1.title`, the `div.classify` metadata table, `div.article-content`,
    `a.nfw-cms-attachment` links and the `DETAIL: {…}, TREE: […]` script object."""
    published = dt.datetime.fromtimestamp(detail["display_publish_time"], dt.timezone(dt.timedelta(hours=8)))
    rows = [("索引号", detail["identifier"]), ("分类", classify_name), ("发布机构", detail["publisher"]),
            ("成文日期", published.strftime("%Y-%m-%d")), ("文号", detail.get("document_number") or ""),
            ("发布日期", published.strftime("%Y-%m-%d")), ("主题词", "")]
    cells = [f"<td><label>{name}：</label><span>{esc(value)}</span></td>" for name, value in rows]
    table = "".join(f"<tr>{''.join(cells[i:i + 2])}</tr>" for i in range(0, len(cells), 2))
    files = ""
    if attachments:
        files = '<div class="attachment"><p>附件：</p>' + "".join(
            f'<p><a class="nfw-cms-attachment" href="{attr(a.href)}">{esc(a.name)}</a></p>' for a in attachments) \
            + "</div>"
    script = ("<script>\nwindow._CONFIG = {\n  SID: '" + str(detail.get("sid", 0)) + "',\n  DETAIL: "
              + escaped_json(detail) + ",\n  TREE: " + escaped_json(tree) + "\n};\n</script>")
    main = f"""<div class="main">
<div class="position">{esc(chrome.position_label)}: <a href="/">首页</a>
 &gt; <a href="{prefix}/gkmlpt/index">政府信息公开</a> &gt; <span>{esc(classify_name)}</span></div>
<div class="content-box">
<div class="classify"><table><tbody>{table}</tbody></table></div>
<h1 class="title">{esc(detail["title"])}</h1>
<div class="article-content">
{body_html}
</div>
{files}
</div>
</div>
{script}"""
    return _shell(chrome, f"{detail['title']}_{chrome.site_title}", main)


def gkmlpt_row(post_id: int, title: str, url: str, published: dt.datetime, classify_id: int, identifier: str,
               publisher: str, kind: str = "normal") -> dict[str, Any]:
    """One row of `/gkmlpt/api/all/<classify_id>` (field set of sites.md §6)."""
    stamp = int(published.timestamp())
    created = published + dt.timedelta(minutes=3)
    return {"id": post_id, "title": title, "type": kind, "classify_main": classify_id, "url": url,
            "post_url": url if kind == "normal" else "", "create_time": stamp, "display_publish_time": stamp,
            "created_at": created.strftime("%Y-%m-%d %H:%M:%S"), "identifier": identifier, "publisher": publisher}


def gkmlpt_api_page(classify: dict[str, Any], rows: list[dict[str, Any]], page: int,
                    page_size: int = 100) -> dict[str, Any]:
    offset = (page - 1) * page_size
    return {"classify": classify, "total": len(rows), "offset": offset, "articles": rows[offset:offset + page_size]}
