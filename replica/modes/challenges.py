"""Anti-bot challenge stubs (sites.md §8): minimal pages with each vendor's markers, written by us.

Each challenge is solvable by a real browser and by nothing else: the page's script sets a cookie derived from a
server-side secret and reloads; requests that carry a valid cookie pass through to the site.  A plain HTTP client
(even one that keeps cookies) is challenged again on every request.  No vendor script is reproduced.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import parse_qsl, urlencode

from replica.modes.base import Mode, Request, register
from replica.wire import Reply, simple_reply


def _token(secret: bytes, value: str, length: int = 32) -> str:
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:length]


def _random_hex(mode: Mode, length: int) -> str:
    with mode.lock:
        return "".join(mode.rng.choice("0123456789abcdef") for _ in range(length))


@register
class Jiasule521(Mode):
    """加速乐: 521 with `__jsluid_h` set by the server and a script that sets `__jsl_clearance` and reloads."""

    name = "challenge-521"

    def intercept(self, request: Request) -> Reply | None:
        cookies = request.cookies
        jsluid = cookies.get("__jsluid_h")
        clearance = cookies.get("__jsl_clearance", "")
        if jsluid and clearance.endswith("|" + _token(self.secret, jsluid)):
            return None
        extra = []
        if not jsluid:
            jsluid = _random_hex(self, 32)
            extra.append(("Set-Cookie", f"__jsluid_h={jsluid}; max-age=31536000; path=/; HttpOnly"))
        value = f"{int(time.time())}.{_random_hex(self, 3)}|0|{_token(self.secret, jsluid)}"
        body = ("<html><body><script>document.cookie='__jsl_clearance=" + value
                + ";max-age=3600;path=/';location.href=location.pathname+location.search</script></body></html>")
        reply = simple_reply(request.site, 521, body.encode(), "text/html",
                             [*extra, ("Cache-Control", "no-cache, no-store"), ("Connection", "keep-alive")])
        reply.fault = self.name
        return reply


@register
class Ruishu412(Mode):
    """瑞数: 412, a `<meta>` with a long token, a `$_ts` object, a server cookie `…80S` and a script cookie `…80T`."""

    name = "challenge-412"
    params = {"prefix": "Fs6Kq2uXpV"}  # invented cookie-name prefix; the real ones are per-site random strings

    def intercept(self, request: Request) -> Reply | None:
        prefix = self.settings["prefix"]
        cookies = request.cookies
        s_cookie = cookies.get(prefix + "80S")
        if s_cookie and cookies.get(prefix + "80T") == _token(self.secret, s_cookie, 64):
            return None
        extra = []
        if not s_cookie:
            s_cookie = _random_hex(self, 48)
            extra.append(("Set-Cookie", f"{prefix}80S={s_cookie}; Path=/; HttpOnly"))
        meta_token = _random_hex(self, 240)
        body = (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta id="{_random_hex(self, 16)}" content="{meta_token}" r=\'m\'>'
            "<script type=\"text/javascript\" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};"
            f'$_ts.nsd={self.rng.randint(10000, 99999)};$_ts.cd="{_random_hex(self, 64)}";</script>'
            "<script type=\"text/javascript\" r='m'>(function(){document.cookie='" + prefix + "80T="
            + _token(self.secret, s_cookie, 64) + "; path=/';location.reload();})();</script>"
            "</head><body></body></html>"
        )
        reply = simple_reply(request.site, 412, body.encode(), "text/html; charset=utf-8", extra)
        reply.fault = self.name
        return reply


@register
class Wzws(Mode):
    """网站卫士: 302 to the same path with `?wzwschallenge=…` and `wzws_cid`; that URL serves a page whose script
    sets `wzws_sid` and goes back to the original URL."""

    name = "challenge-wzws"

    def intercept(self, request: Request) -> Reply | None:
        cookies = request.cookies
        cid = cookies.get("wzws_cid")
        params = dict(parse_qsl(request.query, keep_blank_values=True))
        challenge = params.pop("wzwschallenge", None)
        if challenge is None and cid and cookies.get("wzws_sid") == _token(self.secret, cid):
            return None
        origin = request.site.origin if request.site else f"https://{request.host}"
        original = request.path + (f"?{urlencode(params)}" if params else "")
        if challenge is None or not cid:
            extra = []
            if not cid:
                cid = _random_hex(self, 64)
                extra.append(("Set-Cookie", f"wzws_cid={cid}; path=/; expires=Wed, 31 Dec 2036 00:00:00 GMT; "
                              "HttpOnly"))
            sep = "&" if "?" in original else "?"
            location = f"{origin}{original}{sep}wzwschallenge={_token(self.secret, 'c' + cid, 40)}"
            reply = simple_reply(request.site, 302, b"", "text/html", [*extra, ("Location", location)])
        else:
            script = (f'var wzwschallenge="{challenge}";document.cookie="wzws_sid={_token(self.secret, cid)}; '
                      f'path=/";location.replace("{original}");')
            body = f"<html><head><script>{script}</script></head><body></body></html>".encode()
            reply = simple_reply(request.site, 200, body, "text/html")
        reply.fault = self.name
        return reply
