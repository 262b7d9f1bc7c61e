"""An old ASP.NET WebForms county portal (shuanglin, fictitious; for discovery): lists paged only by postback.

Every page is one `<form method="post">` carrying the page state in hidden fields (`__VIEWSTATE`,
`__VIEWSTATEGENERATOR`, `__EVENTVALIDATION`); the list's pager is Webdiyer's AspNetPager, whose links are
`javascript:__doPostBack('AspNetPager1','N')` (the current page a `<span>`, disabled links without href), with a
page-jump box and its submit button.  The markup follows the AspNetPager control's output as public scrapers of
Chinese government ASP.NET sites quote it (`<a href="javascript:__doPostBack('AspNetPager1','…')">末页</a>`, the
`AspNetPager1_input` box, `__VIEWSTATE` / `__VIEWSTATEGENERATOR` inputs); the rest (the layout, `List.aspx?cid=N`,
`ShowInfo.aspx?id=N`, `/UpLoadFile/…`) is assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from replica.content import attr, esc
from replica.platforms import Attachment, Link

PAGER = "AspNetPager1"


def view_state(key: str) -> str:
    """A stable stand-in for the serialized page state (base64, as ASP.NET writes it)."""
    return base64.b64encode(hashlib.sha256(key.encode()).digest() * 3).decode()


def _shell(site_title: str, title: str, action: str, state: str, main: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" /></head>
<body>
<form name="form1" method="post" action="{attr(action)}" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{attr(state)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{ theForm = document.form1; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{attr(view_state('ev' + state))}" /></div>
<div class="top"><span class="site">{esc(site_title)}</span>
<span class="search"><input name="txtKey" type="text" id="txtKey" /><input type="submit" name="btnSearch" value="搜索"
 id="btnSearch" /></span></div>
<div class="menu"><a href="/Default.aspx">首页</a> <a href="/xxgk/Default.aspx">政府信息公开</a>
<a href="/news/List.aspx?cid=3">新闻动态</a></div>
{main}
<div class="foot">主办：{esc(site_title)}办公室</div>
</form>
</body>
</html>
"""


def home(site_title: str, entries: list[Link]) -> str:
    items = "".join(f'<li><a href="{attr(e.href)}">{esc(e.title)}</a></li>' for e in entries)
    return _shell(site_title, site_title, "./Default.aspx", view_state("home"), f'<ul class="entries">{items}</ul>')


def catalogue(site_title: str, name: str, columns: list[Link]) -> str:
    items = "".join(f'<li><a href="{attr(c.href)}">{esc(c.title)}</a></li>' for c in columns)
    return _shell(site_title, f"{name}_{site_title}", "./Default.aspx", view_state(name),
                  f'<div class="lm">{esc(name)}</div><ul class="catalogue">{items}</ul>')


def listing(site_title: str, name: str, action: str, state: str, links: list[Link], page: int, pages: int,
            total: int) -> str:
    """A column page: a GridView-like table of titles and dates, AspNetPager below it."""
    rows = "".join(f'<tr><td class="t"><a href="{attr(link.href)}" target="_blank" title="{attr(link.title)}">'
                   f"{esc(link.title)}</a></td><td class=\"d\">{link.date}</td></tr>" for link in links)
    return _shell(site_title, f"{name}_{site_title}", action, state,
                  f'<div class="lm">{esc(name)}</div><table class="list" id="GridView1">{rows}</table>'
                  f"{_pager(page, pages, total)}")


def _pager(page: int, pages: int, total: int) -> str:
    def link(text: str, target: int, enabled: bool) -> str:
        if not enabled:
            return f'<a disabled="disabled" style="margin-right:5px;">{text}</a>'
        return f"<a href=\"javascript:__doPostBack('{PAGER}','{target}')\" style=\"margin-right:5px;\">{text}</a>"

    numbers = "".join(f'<span style="margin-right:5px;font-weight:Bold;color:red;">{n}</span>' if n == page
                      else link(str(n), n, True) for n in range(1, pages + 1))
    return (f'<div id="{PAGER}" class="pager">共{total}条 共{pages}页 '
            f"{link('首页', 1, page > 1)}{link('上一页', page - 1, page > 1)}{numbers}"
            f"{link('下一页', page + 1, page < pages)}{link('尾页', pages, page < pages)}"
            f'跳转到<input type="text" value="{page}" name="{PAGER}_input" style="width:30px;" />页'
            f'<input type="submit" name="{PAGER}" value="go" /></div>')


def detail(site_title: str, title: str, published: dt.datetime, source: str, body_html: str,
           attachments: list[Attachment]) -> str:
    files = "".join(f'<p>附件：<a href="{attr(a.href)}">{esc(a.name)}</a></p>' for a in attachments)
    main = f"""<div class="show"><h1 id="lblTitle">{esc(title)}</h1>
<div class="info">发布时间：<span id="lblTime">{published:%Y-%m-%d %H:%M}</span>
 信息来源：<span id="lblSource">{esc(source)}</span> 点击数：<span id="lblHits">0</span></div>
<div id="lblContent" class="content">
{body_html}
</div>{files}</div>"""
    return _shell(site_title, f"{title}_{site_title}", "./ShowInfo.aspx", view_state(title), main)
