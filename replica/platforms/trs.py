"""A TRS-WCM-style static county site (yaodu, sites.md §5; inferred from Linfen sibling sites).

Listings `index.html`, `index_1.html`, … whose pager is written by `createPageHTML(total, current, "index",
"html")` at load time; articles in `YYYYMM/tYYYYMMDD_<id>.html` with attachments linked relatively
(`./P0YYYYMMDD….pdf`); breadcrumb, a bare date, `【字体:`.
"""

from __future__ import annotations

import datetime as dt

from replica.content import attr, esc
from replica.platforms import Attachment, Link

SITE_TITLE = "临汾市尧都区人民政府"

# TRS's pager function (what the shared page.js defines), inlined so the page works alone.
CREATE_PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  function href(n){ return n == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + n + "." + _sPageExt; }
  document.write("<div class=\\"page\\">");
  if(nCurrIndex == 0){ document.write("首页 上一页 "); }
  else { document.write("<a href=\\"" + href(0) + "\\">首页</a> <a href=\\"" + href(nCurrIndex - 1)
    + "\\">上一页</a> "); }
  if(nCurrIndex == _nPageCount - 1){ document.write("下一页 尾页"); }
  else { document.write("<a href=\\"" + href(nCurrIndex + 1) + "\\">下一页</a> <a href=\\"" + href(_nPageCount - 1)
    + "\\">尾页</a>"); }
  document.write("</div>");
}"""


def _shell(title: str, main: str, charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n' if charset else ""
    return f"""<html>
<head>
{meta}<title>{esc(title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="top"><div class="logo">{SITE_TITLE}</div>
<div class="nav"><a href="/">首页</a> <a href="/zfxxgk/">政府信息公开</a></div></div>
{main}
<div class="foot">主办：临汾市尧都区人民政府办公室 晋ICP备05003257号 网站标识码：1410020001</div>
</body>
</html>
"""


def _bread(column: str) -> str:
    return (f'<div class="bread">您现在的位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; '
            f'<a href="/zfxxgk/xxgkzl/">信息公开专栏</a> &gt; {esc(column)}</div>')


def listing(column: str, links: list[Link], page: int, pages: int, charset: str | None = "utf-8") -> str:
    """Page `page` (0-based, as TRS counts) of a column; the pager comes from the createPageHTML call."""
    items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank" title="{attr(link.title)}">'
                      f'{esc(link.title)}</a><span>{link.date}</span></li>' for link in links)
    main = f"""<div class="main">
{_bread(column)}
<div class="list"><ul>
{items}
</ul></div>
<script>
{CREATE_PAGE_JS}
createPageHTML({pages}, {page}, "index", "html");
</script>
</div>"""
    return _shell(f"{column}-{SITE_TITLE}", main, charset)


def column_index(column: str, columns: list[Link]) -> str:
    items = "\n".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    main = f'<div class="main">\n{_bread(column)}\n<div class="list"><ul>\n{items}\n</ul></div></div>'
    return _shell(f"{column}-{SITE_TITLE}", main, "utf-8")


def article(title: str, column: str, published: dt.datetime, body_html: str, attachments: list[Attachment],
            charset: str | None = "utf-8") -> str:
    files = "".join(f'<p><a href="{attr(a.href)}" oldsrc="{attr(a.href.lstrip("./"))}">{esc(a.name)}</a></p>'
                    for a in attachments)
    main = f"""<div class="main">
{_bread(column)}
<div class="article">
<div class="title"><h2>{esc(title)}</h2></div>
<div class="info"><span class="date">{published:%Y-%m-%d}</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{body_html}
</div>
{f'<div class="appendix">附件：{files}</div>' if files else ''}
</div>
</div>"""
    return _shell(f"{title}-{SITE_TITLE}", main, charset)
