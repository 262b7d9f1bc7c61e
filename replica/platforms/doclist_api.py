"""A county portal whose lists are drawn by JavaScript from a JSON API (lutang, fictitious; for discovery).

Unlike chuanhui, the page names no data URL: an inline call `DocList.init({channel: "1024", …})` hands a channel id
to the site's shared `/static/js/doclist.js`, which builds `/api/v1/channel/<id>/docs?pageNo=N&pageSize=10` and
draws the rows (`docTitle`, `docUrl`, `pubDate`) and a pager of `javascript:` buttons.  Only a browser learns the
API's URL.  Static lists of the same site get their pager from `/static/js/pager.js` (`Pager.render(...)` with
the record count): the HTML holds no pager link.  Articles `/art/YYYY/M/D/art_<channel>_<id>.html`; files are
served by `/module/download/downfile.jsp?classid=0&filename=<name>.pdf`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from replica.content import attr, esc
from replica.platforms import Attachment, Link

DOCLIST_JS = """var DocList = (function(){
  var opts = {};
  function api(page){ return "/api/v1/channel/" + opts.channel + "/docs?pageNo=" + page + "&pageSize=" + opts.size; }
  function draw(d){
    var box = document.getElementById(opts.list); box.innerHTML = "";
    (d.data.list || []).forEach(function(row){
      var li = document.createElement("li"); var a = document.createElement("a");
      a.href = row.docUrl; a.textContent = row.docTitle; a.target = "_blank";
      var s = document.createElement("span"); s.textContent = row.pubDate;
      li.appendChild(a); li.appendChild(s); box.appendChild(li);
    });
    var pager = document.getElementById(opts.pager); pager.innerHTML = "";
    for (var n = 1; n <= d.data.totalPage; n++) {
      var b = document.createElement("a"); b.href = "javascript:;"; b.textContent = n;
      b.setAttribute("data-page", n); b.onclick = function(){ load(+this.getAttribute("data-page")); };
      pager.appendChild(b);
    }
    box.setAttribute("data-loaded", "true");
  }
  function load(page){ fetch(api(page)).then(function(r){ return r.json(); }).then(draw); }
  return { init: function(o){ opts = o; opts.size = o.size || 10; load(1); } };
})();
"""

PAGER_JS = """var Pager = { render: function(id, o){
  var pages = Math.ceil(o.count / o.limit), out = [];
  function href(n){ return n == 1 ? "index.html" : "index_" + n + ".html"; }
  if (pages <= 1) { return; }
  if (o.curr > 1) { out.push('<a href="' + href(o.curr - 1) + '">上一页</a>'); }
  for (var n = 1; n <= pages; n++) {
    out.push(n == o.curr ? '<b>' + n + '</b>' : '<a href="' + href(n) + '">' + n + '</a>');
  }
  if (o.curr < pages) { out.push('<a href="' + href(o.curr + 1) + '">下一页</a>'); }
  document.getElementById(id).innerHTML = out.join(" ");
} };
"""


class Chrome:
    def __init__(self, site_title: str, nav: list[Link], footer: str) -> None:
        self.site_title = site_title
        self.nav = nav
        self.footer = footer

    def shell(self, title: str, main: str, scripts: str = "") -> str:
        nav = "".join(f'<li><a href="{attr(n.href)}">{esc(n.title)}</a></li>' for n in self.nav)
        return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<header><div class="logo">{esc(self.site_title)}</div><nav><ul>{nav}</ul></nav></header>
{main}
<footer>{esc(self.footer)}</footer>
{scripts}</body>
</html>
"""


def _crumbs(crumbs: list[Link]) -> str:
    parts = [f'<a href="{attr(c.href)}">{esc(c.title)}</a>' if c.href else f"<span>{esc(c.title)}</span>"
             for c in crumbs]
    return '<div class="breadcrumb">' + " / ".join(parts) + "</div>"


def _side(columns: list[Link]) -> str:
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    return f'<aside class="gk-menu"><ul>{items}</ul></aside>' if columns else ""


def home(chrome: Chrome, entries: list[Link], news: list[Link]) -> str:
    boxes = "".join(f'<a class="entry" href="{attr(e.href)}">{esc(e.title)}</a>' for e in entries)
    items = "".join(f'<li><a href="{attr(n.href)}">{esc(n.title)}</a><time>{n.date}</time></li>' for n in news)
    main = (f'<main class="home"><div class="entries">{boxes}</div>'
            f'<section><h3>麓塘动态</h3><ul>{items}</ul></section></main>')
    return chrome.shell(chrome.site_title, main)


def column_index(chrome: Chrome, name: str, crumbs: list[Link], side: list[Link], note: str = "") -> str:
    text = f"<p>{esc(note)}</p>" if note else ""
    main = f'<main>{_crumbs(crumbs)}{_side(side)}<section class="content"><h2>{esc(name)}</h2>{text}</section></main>'
    return chrome.shell(f"{name} - {chrome.site_title}", main)


def js_list_page(chrome: Chrome, name: str, crumbs: list[Link], side: list[Link], channel: str) -> str:
    """A column whose rows and pager only exist once doclist.js has called the API."""
    main = (f'<main>{_crumbs(crumbs)}{_side(side)}<section class="content"><h2>{esc(name)}</h2>'
            '<ul id="doc-list" class="doc-list" data-loaded="false"></ul><div id="doc-pager" class="pager"></div>'
            "</section></main>")
    scripts = ('<script src="/static/js/doclist.js"></script>\n'
               f'<script>DocList.init({{channel: {json.dumps(channel)}, list: "doc-list", pager: "doc-pager"}});'
               "</script>\n")
    return chrome.shell(f"{name} - {chrome.site_title}", main, scripts)


def api_page(rows: list[dict[str, Any]], page: int, size: int) -> dict[str, Any]:
    pages = max(1, -(-len(rows) // size))
    return {"code": 0, "msg": "success", "data": {"pageNo": page, "pageSize": size, "total": len(rows),
                                                 "totalPage": pages, "list": rows[(page - 1) * size: page * size]}}


def api_row(doc_id: int, title: str, url: str, published: dt.datetime, source: str) -> dict[str, Any]:
    return {"docId": doc_id, "docTitle": title, "docUrl": url, "pubDate": published.strftime("%Y-%m-%d"),
            "source": source}


def listing(chrome: Chrome, name: str, crumbs: list[Link], side: list[Link], links: list[Link], page: int,
            records: int, size: int) -> str:
    """A static list page whose pager pager.js draws from the record count (no pager link in the HTML)."""
    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank">{esc(link.title)}</a>'
                      f"<time>{link.date}</time></li>" for link in links)
    main = (f'<main>{_crumbs(crumbs)}{_side(side)}<section class="content"><h2>{esc(name)}</h2>'
            f'<ul class="doc-list">\n{items}\n</ul><div class="pager"><span class="total">共{records}条</span>'
            '<span id="pager"></span></div></section></main>')
    scripts = ('<script src="/static/js/pager.js"></script>\n'
               f'<script>Pager.render("pager", {{count: {records}, limit: {size}, curr: {page}}});</script>\n')
    return chrome.shell(f"{name} - {chrome.site_title}", main, scripts)


def article(chrome: Chrome, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
            attachments: list[Attachment]) -> str:
    files = "".join(f'<li><a href="{attr(a.href)}">{esc(a.name)}</a></li>' for a in attachments)
    main = f"""<main>{_crumbs(crumbs)}
<article>
<h1 class="art-title">{esc(title)}</h1>
<div class="art-meta">信息来源：{esc(source)} &nbsp; 发布日期：{published:%Y-%m-%d}</div>
<div class="art-body">
{body_html}
</div>
{f'<div class="art-files">附件：<ul>{files}</ul></div>' if files else ''}
</article></main>"""
    return chrome.shell(f"{title} - {chrome.site_title}", main)
