"""Pages that mislead a crawler instead of failing it: redirect loops, redirects off the site, endless pagination,
200 answers that are error or challenge pages, and listings whose layout suddenly changed (issue 8).

| mode               | behaviour                                                                                    |
|--------------------|----------------------------------------------------------------------------------------------|
| `redirect-loop`    | 302 to the same URL with `?loop=k+1`, forever (a broken single-sign-on or session redirect)  |
| `redirect-offsite` | 302 to the same path on `host` (default a spam mirror, `www.gov-cn.mirror-spam.com`)          |
| `calendar`         | every listing gains a "下一页" link to itself with `?date=` one day earlier: endless pages    |
| `soft-error`       | 200 with an error page (`page=busy`, `notfound`) for the first `n` requests of each URL, or  |
|                    | a script-cookie WAF page (`challenge`) until the request carries the cookie it sets          |
| `layout-change`    | listings redrawn after a redesign: items are `<li onclick="openDoc(id)">` with no `<a href>`  |

The off-site host is not one the replica serves: a request that reached it shows up as a miss (strict playback).
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
from urllib.parse import parse_qsl, urlencode

from replica.modes.base import Mode, Request, register
from replica.modes.wire import TransientFault
from replica.wire import Reply, resource_reply, simple_reply

SPAM_MIRROR = "www.gov-cn.mirror-spam.com"


def _redirect(request: Request, location: str, fault: str) -> Reply:
    reply = simple_reply(request.site, 302, b"", "text/html", [("Location", location)])
    reply.fault = fault
    return reply


def html_of(reply: Reply) -> tuple[str, str] | None:
    """(text, charset) of an HTML reply (gzip undone), or None for anything else."""
    if "html" not in (reply.header("Content-Type") or ""):
        return None
    raw = gzip.decompress(reply.body) if (reply.header("Content-Encoding") or "").lower() == "gzip" else reply.body
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:2048] + (reply.header("Content-Type") or "").encode(), re.I)
    if declared:
        charset = "gbk" if declared.group(1).lower().startswith(b"gb") else "utf-8"
        return raw.decode(charset, errors="replace"), charset
    try:  # some real pages declare no charset anywhere: a browser sniffs, and so must we, or the page is mangled
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace"), "gb18030"


def set_html(reply: Reply, text: str, charset: str) -> Reply:
    """Put changed HTML back, gzip again if it was, with a true Content-Length and no validators (new bytes)."""
    body = text.encode(charset, errors="xmlcharrefreplace")
    if (reply.header("Content-Encoding") or "").lower() == "gzip":
        body = gzip.compress(body, mtime=0)
    reply.body = body
    reply.headers = [(k, v) for k, v in reply.headers if k.lower() not in ("etag", "last-modified")]
    reply.set_header("Content-Length", str(len(body)))
    return reply


@register
class RedirectLoop(Mode):
    name = "redirect-loop"

    def intercept(self, request: Request) -> Reply | None:
        if request.resource is None or request.site is None:
            return None
        query = dict(parse_qsl(request.query, keep_blank_values=True))
        query["loop"] = str(int(query.get("loop", "0") or 0) + 1)
        return _redirect(request, request.site.url(request.path) + "?" + urlencode(query), self.name)


@register
class RedirectOffsite(Mode):
    name = "redirect-offsite"
    params = {"host": SPAM_MIRROR}

    def intercept(self, request: Request) -> Reply | None:
        if request.resource is None:
            return None
        query = f"?{request.query}" if request.query else ""
        return _redirect(request, f"https://{self.settings['host']}{request.path}{query}", self.name)


@register
class Calendar(Mode):
    name = "calendar"
    params = {"start": "2026-04-01"}

    def after(self, request: Request, reply: Reply) -> Reply:
        page = html_of(reply) if reply.status == 200 and reply.send_body else None
        if page is None:
            return reply
        text, charset = page
        query = dict(parse_qsl(request.query, keep_blank_values=True))
        day = dt.date.fromisoformat(query.get("date") or self.settings["start"]) - dt.timedelta(days=1)
        query["date"] = day.isoformat()
        link = f'<div class="calendar"><a href="{request.path}?{urlencode(query)}">下一页</a></div>'
        reply.fault = self.name
        return set_html(reply, text.replace("</body>", link + "</body>", 1), charset)


_WAF_COOKIE = "yunsuo_session_verify"
_SOFT_PAGES = {
    "busy": "<html><head><title>系统繁忙</title></head><body><p>系统繁忙，请稍后再试。</p></body></html>",
    "notfound": ("<html><head><title>页面不存在</title></head><body><h1>404</h1>"
                 "<p>对不起，您访问的页面不存在或已被删除！</p><a href=\"/\">返回首页</a></body></html>"),
    # A WAF that answers 200 and sets its cookie by script (云锁-style markers, sites.md §8).
    "challenge": ("<html><head><script>document.cookie='" + _WAF_COOKIE + "=7e1c2b;path=/';"
                  "location.reload();</script></head><body></body></html>"),
}


@register
class SoftError(TransientFault):
    name = "soft-error"
    params = {**TransientFault.params, "page": "busy"}

    def after(self, request: Request, reply: Reply) -> Reply:
        # The WAF page stands until the client shows the cookie its script sets (as a real WAF does); the error
        # pages are transient.
        if self.settings["page"] == "challenge":
            if not reply.send_body or _WAF_COOKIE in request.cookies:
                return reply
            return self.damage(request, reply)
        return super().after(request, reply)

    def damage(self, request: Request, reply: Reply) -> Reply:
        page = _SOFT_PAGES[self.settings["page"]] if self.settings["page"] in _SOFT_PAGES else _SOFT_PAGES["busy"]
        soft = simple_reply(request.site, 200, page.encode(), "text/html; charset=utf-8",
                            [("Cache-Control", "no-cache")])
        soft.fault = self.name
        return soft


_ANCHOR = re.compile(r"<a\s[^>]*?href=\"([^\"]+)\"[^>]*>(.*?)</a>", re.S | re.I)


@register
class LayoutChange(Mode):
    name = "layout-change"

    def after(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 304 and request.resource is not None and request.site is not None:
            # The redesigned page is new bytes: a revalidation against the old page's validators gets it in full.
            unconditional = {k: v for k, v in request.headers.items()
                             if k not in ("if-none-match", "if-modified-since")}
            reply = resource_reply(request.resource, request.site, unconditional, request.method)
        page = html_of(reply) if reply.status == 200 and reply.send_body else None
        if page is None:
            return reply
        text, charset = page
        body_start = text.find("<body")
        head, body = text[:body_start], text[body_start:]
        counter = iter(range(1, 1_000_000))

        def redraw(match: re.Match[str]) -> str:
            return f'<span class="doc" onclick="openDoc({next(counter)})">{match[2]}</span>'

        reply.fault = self.name
        return set_html(reply, head + _ANCHOR.sub(redraw, body), charset)
