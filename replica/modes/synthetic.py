"""A large synthetic site for load benchmarks (issue 8: "a 10 000-report replica"), made page by page on request.

`synthetic-site:reports=10000@www.dazhen.gov.cn` answers every request for its host (a fictitious county; pick any
host the five sites do not use) without building anything beforehand, so the default replica stays as it is:

    /robots.txt                          allow all
    /  and /zfxxgk/nb/index.html         the report column, `per_page` reports a page, pages `index_N.html`
                                         linked by "下一页"
    /zfxxgk/nb/<year>/t_<i>.html         report i: a generated report page (replica/reportgen, one of `pool` bodies,
                                         made once) under its own title, so every page is a distinct document

    /zfxxgk/nb/<year>/P_<i>.<ext>        report i's attachment, with `attachments=pdf+docx` (formats taken in turn;
                                         `scan`: a scanned PDF): one of `pool` real documents (replica/documents.py,
                                         made once by LibreOffice and cached) made distinct per report — a DOCX
                                         under the report's own title, a PDF with a comment after its end — so every
                                         attachment is its own document to archive and parse

Pages carry `Last-Modified`/`ETag`, as a static CMS's do.  Report i's agency is 大镇县第<i % 97>局, its year
2019 + i % 7, in its title and in the text of its page and DOCX (a PDF's text stays its pool report's: with
`attachments=pdf` many attachments are sources of one agency-year's report).  `python -m replica serve --mode
synthetic-site@www.dazhen.gov.cn` serves it with the others.
Without a host (`synthetic-site:reports=50`) every host the replica does not know serves its own copy of the
site: a crawl of many hosts (bench/crawl_bench.py --steady lists 40 of them in one site file).
"""

from __future__ import annotations

import functools
import hashlib
import io
import random
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from replica.build import SITE_GENERATED
from replica.content import ContentFactory, esc
from replica.documents import DocumentStore
from replica.model import BEIJING, ReplicaError
from replica.modes.base import Mode, Request, register
from replica.wire import Reply, http_date, not_found, simple_reply

COLUMN = "/zfxxgk/nb/"
_PAGE = re.compile(r"^/zfxxgk/nb/(?:index(?:_(\d+))?\.html)?$")
_REPORT = re.compile(r"^/zfxxgk/nb/(\d{4})/t_(\d+)\.html$")
_ATTACHMENT = re.compile(r"^/zfxxgk/nb/(\d{4})/P_(\d+)\.(pdf|docx)$")
ATTACHMENT_FORMATS = {"pdf": ("pdf", "application/pdf"), "scan": ("pdf", "application/pdf"),
                      "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}


def report_agency(i: int, host: str = "") -> tuple[str, int]:
    """Report i's agency and year; a host other than `www.…` names a district of its own (its reports are other
    reports than another host's, so their bytes differ too)."""
    district = "" if not host or host.startswith("www.") else f"第{zlib.crc32(host.encode()) % 90000 + 10000}片区"
    return f"大镇县{district}第{i % 97}局", 2019 + i % 7


def report_title(i: int, host: str = "") -> tuple[str, int]:
    """Report i's title and year."""
    agency, year = report_agency(i, host)
    return f"{agency}{year}年政府信息公开工作年度报告", year


def own_report(text: str, k: int, i: int, host: str) -> str:
    """Pool body k's text as report i's own: its agency and year in place of the pool report's, so that every
    report page (and its DOCX) is a report of its own agency and year — one logical report per page, as a real
    site publishes, rather than hundreds of sources of the pool's few agency-years."""
    agency, year = report_agency(i, host)
    return text.replace(POOL_AGENCY, agency).replace(f"{_pool_year(k)}年", f"{year}年")


POOL_AGENCY = "大镇县人民政府"


def _pool_year(k: int) -> int:
    return 2019 + 2 * (k % 3)


@functools.cache
def _reports(pool: int) -> tuple[Any, ...]:
    factory = ContentFactory(2024)  # memoised in this process only: a handful of reports, a second or two
    return tuple(factory.generated(f"synthetic:{k}", POOL_AGENCY, _pool_year(k)) for k in range(pool))


def _bodies(pool: int) -> tuple[str, ...]:
    return tuple(report.body_html for report in _reports(pool))


@functools.cache
def pool_documents(pool: int, fmt: str) -> tuple[bytes, ...]:
    """`pool` real attachment files of the format, made from the pool's reports (cached across runs)."""
    store = DocumentStore()
    refs = [store.request(fmt, report.text, report.title) for report in _reports(pool)]
    store.resolve()
    return tuple(store.bytes(ref) for ref in refs)


def distinct(document: bytes, fmt: str, title: str, own: Callable[[str], str] = str) -> bytes:
    """A pool document made a report's own: a DOCX titled as the report (its first paragraph and its
    properties) and its text passed through `own` (the report's agency and year), a PDF with the title in a
    comment after its last `%%EOF` (readers ignore it; the bytes differ, the text stays the pool report's)."""
    if fmt != "docx":
        return document + f"%{title}\n%%EOF\n".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(document)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename in ("word/document.xml", "docProps/core.xml"):
                data = own(re.sub(r"大镇县人民政府\d{4}年政府信息公开工作年度报告", escape(title),
                                  data.decode())).encode()
            target.writestr(member, data)
    return out.getvalue()


@register
class SyntheticSite(Mode):
    name = "synthetic-site"
    params = {"reports": 10000, "per_page": 20, "pool": 6, "attachments": ""}

    def __init__(self, params: dict[str, Any], rng: random.Random, secret: bytes) -> None:
        super().__init__(params, rng, secret)
        self.pages = -(-self.settings["reports"] // self.settings["per_page"])
        self.formats = [f for f in self.settings["attachments"].split("+") if f]
        unknown = set(self.formats) - set(ATTACHMENT_FORMATS)
        if unknown:
            raise ReplicaError(f"mode {self.name}: attachments {sorted(unknown)} unknown; known: "
                               f"{'+'.join(ATTACHMENT_FORMATS)}")
        for fmt in self.formats:  # made (or read from the cache) before the first request, not during one
            pool_documents(self.settings["pool"], fmt)

    def intercept(self, request: Request) -> Reply | None:
        if request.site is not None:
            return None  # one of the replicated sites: never taken over
        if request.path == "/robots.txt":
            return self._reply(b"User-agent: *\nAllow: /\n", "text/plain")
        if request.path == "/":
            return self._html(f'<a href="{COLUMN}index.html">年度报告</a>', "大镇县人民政府")
        page = _PAGE.match(request.path)
        if page:
            return self._listing(int(page[1] or 1), request.host)
        report = _REPORT.match(request.path)
        if report and int(report[2]) < self.settings["reports"]:
            return self._report(int(report[2]), request.host)
        attachment = _ATTACHMENT.match(request.path)
        if attachment and int(attachment[2]) < self.settings["reports"] and self.formats:
            i = int(attachment[2])
            fmt = self._format(i)
            if ATTACHMENT_FORMATS[fmt][0] == attachment[3]:
                return self._attachment(i, fmt, request.host)
        return not_found(None)

    def _format(self, i: int) -> str:
        return self.formats[i % len(self.formats)]

    def _listing(self, number: int, host: str) -> Reply:
        if not 1 <= number <= self.pages:
            return not_found(None)
        first = (number - 1) * self.settings["per_page"]
        items = []
        for i in range(first, min(first + self.settings["per_page"], self.settings["reports"])):
            title, year = report_title(i, host)
            items.append(f'<li><a href="{COLUMN}{year}/t_{i}.html" title="{esc(title)}">{esc(title)}</a>'
                         f"<span>{year + 1}-01-15</span></li>")
        pager = f'<a href="{COLUMN}index_{number + 1}.html">下一页</a>' if number < self.pages else ""
        return self._html(f'<ul class="list">{"".join(items)}</ul><div class="pager">{pager}</div>',
                          "政府信息公开年度报告")

    def _report(self, i: int, host: str) -> Reply:
        title, year = report_title(i, host)
        k = i % self.settings["pool"]
        body = own_report(_bodies(self.settings["pool"])[k], k, i, host)
        files = ""
        if self.formats:
            ext = ATTACHMENT_FORMATS[self._format(i)][0]
            files = f'<div class="attachment">附件：<a href="{COLUMN}{year}/P_{i}.{ext}">{esc(title)}.{ext}</a></div>'
        return self._html(f"<h1>{esc(title)}</h1><div class=\"info\">发布时间：{year + 1}-01-15</div>"
                          f'<div class="article">{body}</div>{files}', title)

    def _attachment(self, i: int, fmt: str, host: str) -> Reply:
        ext, content_type = ATTACHMENT_FORMATS[fmt]
        k = i % self.settings["pool"]
        document = pool_documents(self.settings["pool"], fmt)[k]
        own = functools.partial(own_report, k=k, i=i, host=host)
        return self._reply(distinct(document, ext, report_title(i, host)[0], own), content_type)

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
