"""A Hanweb (大汉) JCMS-style portal and its information-disclosure platform (tongxi, fictitious; for discovery).

The conventions such sites share: columns `/col/col<id>/index.html`, articles `/art/YYYY/M/D/art_<col>_<id>.html`,
files through `/module/download/downfile.jsp?classid=0&showname=…&filename=…`, and column lists that are not
anchors at all: the records sit in an XML data store inside a `<script type="text/xml">` (HTML in CDATA), drawn
and paged by the shared `jpage` script; records beyond the store come from `/module/web/jpage/dataproxy.jsp`
(named in the store's `<nextgroup>`), answered as XML; on other platforms the `<nextgroup>` names the proxy by the
column's parameters only and jpage POSTs them for each further group (`grouped_store_page`).  The disclosure
platform runs on its own host (`xxgk.<site>.gov.cn`) and draws its catalogue tree from an object array in an inline
script.
"""

from __future__ import annotations

import datetime as dt
import json

from replica.content import attr, esc
from replica.platforms import Attachment, Link


class Chrome:
    def __init__(self, site_title: str, nav: list[Link], footer: str) -> None:
        self.site_title = site_title
        self.nav = nav
        self.footer = footer

    def shell(self, title: str, main: str) -> str:
        nav = "".join(f'<li><a href="{attr(n.href)}" target="_blank">{esc(n.title)}</a></li>' for n in self.nav)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/script/0/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>
</head>
<body>
<div class="top"><div class="top-name">{esc(self.site_title)}</div><ul class="top-nav">{nav}</ul></div>
{main}
<div class="bottom">{esc(self.footer)}</div>
</body>
</html>
"""


def _position(crumbs: list[Link]) -> str:
    parts = [f'<a href="{attr(c.href)}">{esc(c.title)}</a>' if c.href else esc(c.title) for c in crumbs]
    return '<div class="position">当前位置：' + " &gt; ".join(parts) + "</div>"


def home(chrome: Chrome, boxes: list[Link], news: list[Link]) -> str:
    entries = "".join(f'<a href="{attr(b.href)}" class="box">{esc(b.title)}</a>' for b in boxes)
    items = "".join(f'<li><a href="{attr(n.href)}" title="{attr(n.title)}" target="_blank">{esc(n.title)}</a>'
                    f"<span>{n.date}</span></li>" for n in news)
    return chrome.shell(chrome.site_title, f'<div class="main"><div class="boxes">{entries}</div>'
                                           f'<div class="news"><h3>桐溪新闻</h3><ul>{items}</ul></div></div>')


def column_page(chrome: Chrome, name: str, crumbs: list[Link], columns: list[Link], intro: str = "") -> str:
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    text = f'<p class="intro">{esc(intro)}</p>' if intro else ""
    return chrome.shell(f"{name} {chrome.site_title}", f'<div class="main">{_position(crumbs)}<h2>{esc(name)}</h2>'
                                                      f'{text}<ul class="sub-columns">{items}</ul></div>')


def record(link: Link) -> str:
    return (f'<li><a href="{attr(link.href)}" title="{attr(link.title)}" target="_blank">{esc(_short(link.title))}'
            f"</a><span>{link.date}</span></li>")


def _short(title: str, limit: int = 24) -> str:
    """Lists cut long titles (the full one stays in the title attribute)."""
    return title if len(title) <= limit else title[:limit] + "…"


def datastore_page(chrome: Chrome, name: str, crumbs: list[Link], column_id: int, links: list[Link], total: int,
                   per_page: int, next_group: str | None) -> str:
    """A column whose records are in a `<script type="text/xml">` store, drawn and paged by jpage."""
    records = "\n".join(f"<record><![CDATA[\n{record(link)}\n]]></record>" for link in links)
    nextgroup = f'<nextgroup><![CDATA[<a href="{attr(next_group)}"></a>]]></nextgroup>' if next_group else ""
    main = f"""<div class="main">{_position(crumbs)}<h2>{esc(name)}</h2>
<div id="{column_id}"><script type="text/xml"><datastore>
{nextgroup}
<recordset>
{records}
</recordset>
</datastore></script><script type="text/javascript">
$("#{column_id}").jpage({{dataStore: ".", totalRecord: {total}, perPage: {per_page}, showMode: "full"}});
</script></div>
</div>"""
    return chrome.shell(f"{name} {chrome.site_title}", main)


def dataproxy_answer(links: list[Link], total: int) -> str:
    """What `/module/web/jpage/dataproxy.jsp` answers: the next records as XML."""
    records = "\n".join(f"<record><![CDATA[\n{record(link)}\n]]></record>" for link in links)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n<totalrecord>{total}</totalrecord>\n' \
           f"<recordset>\n{records}\n</recordset>\n</datastore>\n"


def object_list_page(chrome: Chrome, name: str, crumbs: list[Link], variable: str, rows: list[dict[str, str]],
                     box: str) -> str:
    """A page whose list (or tree) is an object array in an inline script, drawn into an empty element."""
    data = json.dumps(rows, ensure_ascii=False, indent=0)
    main = f"""<div class="main">{_position(crumbs)}<h2>{esc(name)}</h2>
<ul id="{box}"></ul>
<script type="text/javascript">
var {variable} = {data};
(function(){{ var ul = document.getElementById("{box}");
  {variable}.forEach(function(r){{ var li = document.createElement("li"); var a = document.createElement("a");
    a.href = r.url || r.link; a.textContent = r.title || r.name; li.appendChild(a); ul.appendChild(li); }}); }})();
</script>
</div>"""
    return chrome.shell(f"{name} {chrome.site_title}", main)


def article(chrome: Chrome, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<p><a href="{attr(a.href)}" target="_blank">{esc(a.name)}</a></p>' for a in attachments)
    main = f"""<div class="main">{_position(crumbs)}
<div class="article">
<div class="art-title">{esc(title)}</div>
<div class="art-info">发布日期：{published:%Y-%m-%d} 信息来源：{esc(source)} 浏览次数：<span id="c"></span></div>
<div id="zoom">
{body_html}
</div>
{f'<div class="fujian">附件：{files}</div>' if files else ''}
</div></div>"""
    return chrome.shell(f"{title} {chrome.site_title}", main)


def grouped_store_page(chrome: Chrome, name: str, crumbs: list[Link], unit_id: int, proxy_query: str,
                       links: list[Link], total: int, per_page: int, group_size: int) -> str:
    """A column whose store holds the first group of records only (`per_page` × `group_size`); its `<nextgroup>`
    names the data proxy by the column's parameters, and jpage asks for each further group by POST
    (`dataproxy.jsp?startrecord=S&endrecord=E&perpage=P`, those parameters as the form body)."""
    records = "\n".join(f"<record><![CDATA[\n{record(link)}\n]]></record>" for link in links)
    main = f"""<div class="main">{_position(crumbs)}<h2>{esc(name)}</h2>
<div id="{unit_id}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?{attr(proxy_query)}"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script><script type="text/javascript">
$("#{unit_id}").jpage({{dataStore: ".", totalRecord: {total}, perPage: {per_page}, groupSize: {group_size},
  proxyUrl: "/module/web/jpage/dataproxy.jsp", showMode: "full", pageType: "POST"}});
</script></div>
</div>"""
    return chrome.shell(f"{name} {chrome.site_title}", main)

