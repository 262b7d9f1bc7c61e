"""A county portal of the Sichuan-style layout whose report list a script draws from JSON (heyang, fictitious).

From public pages of Sichuan county sites: the report column under `/gk/zfxxgknb/`, articles `…/content_<id>`
without an extension (seen: https://www.hejiang.gov.cn/gk/zfxxgknb/xxgkndbg1/content_184762), the meta line
`来源：… 发布时间：…`.  Assumed (the pattern of many CMS list pages, written here without copying any one site): the
list page shows its newest report statically in a "top" box and draws the rest into an empty `<ul>` from
`/gk/api/list_<column>_<page>.json`, a URL the inline script builds by concatenation, with a pager of `javascript:`
buttons (下一页) the script draws and binds: only a browser that clicks through learns the later pages.
"""

from __future__ import annotations

import datetime as dt
import json

from replica.content import attr, esc
from replica.platforms import Attachment, Link

LIST_SCRIPT = """(function(){
  var colId = %s, page = 1, pages = 1;
  function url(p){ return "/gk/api/list_" + colId + "_" + p + ".json"; }
  function draw(d){
    var box = document.getElementById("doc-list"); box.innerHTML = "";
    d.records.forEach(function(r){
      var li = document.createElement("li"); var a = document.createElement("a");
      a.href = r.link; a.textContent = r.title; li.appendChild(a); box.appendChild(li);
    });
    pages = d.pages;
    var pager = document.getElementById("doc-pager"); pager.innerHTML = "";
    if (page < pages) {
      var next = document.createElement("a"); next.href = "javascript:void(0)"; next.textContent = "下一页";
      next.onclick = function(){ page += 1; load(); }; pager.appendChild(next);
    }
  }
  function load(){ fetch(url(page)).then(function(r){ return r.json(); }).then(draw); }
  load();
})();
"""


def _shell(site_title: str, title: str, nav: list[Link], main: str, scripts: str = "") -> str:
    items = "".join(f'<a href="{attr(n.href)}">{esc(n.title)}</a>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body><div class="top"><span class="logo">{esc(site_title)}</span><div class="nav">{items}</div></div>
{main}
<div class="foot">{esc(site_title)}办公室主办 蜀ICP备00000009号</div>
{scripts}</body></html>
"""


def index(site_title: str, name: str, nav: list[Link], columns: list[Link]) -> str:
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    return _shell(site_title, f"{name}-{site_title}", nav, f'<div class="main"><h2>{esc(name)}</h2><ul class="lm">'
                  f"{items}</ul></div>")


def script_list(site_title: str, name: str, nav: list[Link], crumbs: list[Link], top: Link, column: int) -> str:
    """The newest item static, the rest drawn by the script from JSON it names only in pieces."""
    trail = " &gt; ".join(f'<a href="{attr(c.href)}">{esc(c.title)}</a>' for c in crumbs)
    main = (f'<div class="main"><div class="dqwz">当前位置：{trail}</div><h2>{esc(name)}</h2>'
            f'<div class="top-news"><a href="{attr(top.href)}">{esc(top.title)}</a><span>{top.date}</span></div>'
            '<ul id="doc-list" class="doc-list"></ul><div id="doc-pager" class="pager"></div></div>')
    return _shell(site_title, f"{name}-{site_title}", nav, main, f"<script>{LIST_SCRIPT % json.dumps(str(column))}"
                  "</script>\n")


def api_page(rows: list[dict[str, str]], page: int, size: int) -> dict[str, object]:
    pages = max(1, -(-len(rows) // size))
    return {"pages": pages, "records": rows[(page - 1) * size: page * size]}


def article(site_title: str, title: str, nav: list[Link], crumbs: list[Link], published: dt.datetime, source: str,
            body_html: str, files: list[Attachment]) -> str:
    trail = " &gt; ".join(f'<a href="{attr(c.href)}">{esc(c.title)}</a>' for c in crumbs)
    links = "".join(f'<p><a href="{attr(f.href)}">{esc(f.name)}</a></p>' for f in files)
    main = (f'<div class="main"><div class="dqwz">当前位置：{trail}</div><h1>{esc(title)}</h1>'
            f'<div class="info">来源：{esc(source)}　发布时间：{published:%Y-%m-%d}</div>'
            f'<div class="content">{body_html}</div>{f"<div class=fj>附件：{links}</div>" if links else ""}</div>')
    return _shell(site_title, f"{title}-{site_title}", nav, main)
