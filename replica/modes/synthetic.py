"""A large synthetic site for load benchmarks (issue 8: "a 10 000-report replica"), made page by page on request.

`synthetic-site:reports=10000@www.dazhen.gov.cn` answers every request for its host (a fictitious county; pick any
host the five sites do not use) without building anything beforehand, so the default replica stays as it is:

    /robots.txt                          allow all
    /  and /zfxxgk/nb/index.html         the report column, `per_page` reports a page, pages `index_N.html`
                                         linked by "下一页"
    /zfxxgk/nb/<year>/t_<i>.html         report i: a generated report page (replica/reportgen, one of `pool` bodies,
                                         made once) under its own title, so every page is a distinct document

Pages carry `Last-Modified`/`ETag`, as a static CMS's do.  Report i's agency is 大镇县第<i % 97>局, its year
2019 + i % 7; `python -m replica serve --mode synthetic-site@www.dazhen.gov.cn` serves it with the others.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from typing import Any

from replica.build import SITE_GENERATED
from replica.content import ContentFactory, esc
from replica.model import BEIJING
from replica.modes.base import Mode, Request, register
from replica.wire import Reply, http_date, not_found, simple_reply

COLUMN = "/zfxxgk/nb/"
_PAGE = re.compile(r"^/zfxxgk/nb/(?:index(?:_(\d+))?\.html)?$")
_REPORT = re.compile(r"^/zfxxgk/nb/(\d{4})/t_(\d+)\.html$")


def report_title(i: int) -> tuple[str, int]:
    year = 2019 + i % 7
    return f"大镇县第{i % 97}局{year}年政府信息公开工作年度报告", year


@functools.cache
def _bodies(pool: int) -> tuple[str, ...]:
    factory = ContentFactory(2024)  # memoised in this process only: a handful of reports, a second or two
    return tuple(factory.generated(f"synthetic:{k}", "大镇县人民政府", 2019 + 2 * (k % 3)).body_html
                 for k in range(pool))


@register
class SyntheticSite(Mode):
    name = "synthetic-site"
    params = {"reports": 10000, "per_page": 20, "pool": 6}

    def __init__(self, params: dict[str, Any], rng: random.Random, secret: bytes) -> None:
        super().__init__(params, rng, secret)
        self.pages = -(-self.settings["reports"] // self.settings["per_page"])

    def intercept(self, request: Request) -> Reply | None:
        if request.site is not None:
            return None  # one of the replicated sites: never taken over
        if request.path == "/robots.txt":
            return self._reply(b"User-agent: *\nAllow: /\n", "text/plain")
        if request.path == "/":
            return self._html(f'<a href="{COLUMN}index.html">年度报告</a>', "大镇县人民政府")
        page = _PAGE.match(request.path)
        if page:
            return self._listing(int(page[1] or 1))
        report = _REPORT.match(request.path)
        if report and int(report[2]) < self.settings["reports"]:
            return self._report(int(report[2]))
        return not_found(None)

    def _listing(self, number: int) -> Reply:
        if not 1 <= number <= self.pages:
            return not_found(None)
        first = (number - 1) * self.settings["per_page"]
        items = []
        for i in range(first, min(first + self.settings["per_page"], self.settings["reports"])):
            title, year = report_title(i)
            items.append(f'<li><a href="{COLUMN}{year}/t_{i}.html" title="{esc(title)}">{esc(title)}</a>'
                         f"<span>{year + 1}-01-15</span></li>")
        pager = f'<a href="{COLUMN}index_{number + 1}.html">下一页</a>' if number < self.pages else ""
        return self._html(f'<ul class="list">{"".join(items)}</ul><div class="pager">{pager}</div>',
                          "政府信息公开年度报告")

    def _report(self, i: int) -> Reply:
        title, year = report_title(i)
        body = _bodies(self.settings["pool"])[i % self.settings["pool"]]
        return self._html(f"<h1>{esc(title)}</h1><div class=\"info\">发布时间：{year + 1}-01-15</div>"
                          f'<div class="article">{body}</div>', title)

    def _html(self, content: str, title: str) -> Reply:
        page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
                f"<body>{content}</body></html>")
        return self._reply(page.encode(), "text/html; charset=utf-8")

    def _reply(self, body: bytes, content_type: str) -> Reply:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        reply = simple_reply(None, 200, body, content_type,
                             [("Last-Modified", http_date(SITE_GENERATED.astimezone(BEIJING))), ("ETag", etag)])
        reply.fault = self.name
        return reply
