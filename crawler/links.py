"""Reading links out of listing and detail pages, independent of any one site's markup.

Selectors change with every redesign, so links are found by what they *are*: a report by its title (link text or
title attribute), an attachment by its path (`/attachment/`, a document extension), a next page by the pager's words
or the CMS's pager script, a sub-column by living below the listing it was found on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.response import get_base_url

from crawler.challenge import DOCUMENT_EXTENSIONS
from crawler.titles import read_title

_NEXT_WORDS = re.compile(r"^\s*(下一页|下页|后页|next|>|›|»)\s*$", re.I)
_PAGER_SCRIPT = re.compile(r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]([\w-]+)['\"]\s*,"
                           r"\s*['\"](\w+)['\"]")
# The WCM pager call in its other common forms: `createPageHTML('page_div', 3, 0, 'index', 'shtml', 25)` and the
# template's `var countPage = 3; createPageHTML(countPage, currentPage, "index", "shtml")` (arguments are variables).
_PAGER_CALL = re.compile(r"createPageHTML\(([^()]*)\)")
_JS_NUMBER = re.compile(r"\bvar\s+(\w+)\s*=\s*['\"]?(\d+)['\"]?")
_LISTING_PAGE = re.compile(r"/(index|list|default)(_?\d+)?\.(s?html?|jsp|aspx?)$", re.I)
# Download scripts name the file in the query: `/module/download/downfile.jsp?classid=0&filename=2401.pdf`.
_FILE_PARAMETER = re.compile(r"(?:^|&)(?:filename|file|fileName|filepath|path|name)=[^&]*\.(?:pdf|docx?|wps|xlsx?|et|"
                             r"zip|rar|ofd)(?:&|$)", re.I)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#")


@dataclass(frozen=True)
class Link:
    url: str
    text: str


def anchors(response: Response) -> Iterator[Link]:
    """Every anchor of an HTML page as (absolute URL without fragment, visible text or title attribute)."""
    if not isinstance(response, HtmlResponse):
        return
    for anchor in response.xpath("//a[@href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        text = (" ".join(anchor.xpath(".//text()").getall()).strip() or anchor.attrib.get("title", "").strip()
                or " ".join(anchor.xpath(".//img/@alt").getall()).strip())  # an image link says it in alt=
        title = anchor.attrib.get("title", "").strip()
        if title and len(title) > len(text.rstrip("….")):  # listings cut long titles ("…") and keep the full one here
            text = title
        yield Link(_absolute(response, href), " ".join(text.split()))


def _absolute(response: Response, href: str) -> str:
    """Absolute (against the page's `<base href>` if it has one), without fragment, and on the page's own scheme
    when it links its own host (sites mix http and https links to the same pages)."""
    url = urljoin(get_base_url(response) if isinstance(response, TextResponse) else response.url, href)
    parts = urlsplit(url)
    page = urlsplit(response.url)
    scheme = page.scheme if parts.netloc == page.netloc and parts.scheme in {"http", "https"} else parts.scheme
    return urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))


def report_links(response: Response) -> Iterator[tuple[Link, int | None]]:
    """Links whose text is a report candidate (crawler/titles.py), with the year the title names (None: the page
    or its publication date will tell)."""
    seen: set[str] = set()
    for link in anchors(response):
        title = read_title(link.text)
        if title is not None and link.url not in seen:
            seen.add(link.url)
            yield link, title.year


def is_document(url: str) -> bool:
    """A file, by its path's extension or by the file name a download script takes in its query."""
    parts = urlsplit(url)
    return bool(DOCUMENT_EXTENSIONS.search(parts.path) or _FILE_PARAMETER.search(unquote(parts.query)))


def attachment_links(response: Response) -> list[Link]:
    """Files linked from a detail page: by extension, by the platform's `/attachment/` path, or by a link text
    that is a file name (`…年度报告.pdf` on a `download?id=…` URL)."""
    found: dict[str, Link] = {}
    for link in anchors(response):
        path = urlsplit(link.url).path
        if is_document(link.url) or "/attachment/" in path or DOCUMENT_EXTENSIONS.search(link.text):
            found.setdefault(link.url, link)
    return list(found.values())


def next_pages(response: Response) -> list[str]:
    """Further pages of a listing: pager links by their words, and all pages a TRS `createPageHTML` call names."""
    pages: list[str] = []
    for link in anchors(response):
        if _NEXT_WORDS.match(link.text):
            pages.append(link.url)
    for node in response.css("a.next::attr(href), #page_div a.next::attr(href)").getall():
        pages.append(_absolute(response, node))
    match = _PAGER_SCRIPT.search(response.text) if isinstance(response, HtmlResponse) else None
    pager = (int(match[1]), match[3], match[4]) if match else (
        trs_pager(response.text) if isinstance(response, HtmlResponse) else None)
    if pager:
        total, stem, ext = pager
        # TRS numbers the second page `index_1` (zero-based); pages beyond `total` do not exist.
        pages += [urljoin(response.url, f"{stem}_{n}.{ext}") for n in range(1, min(total, 500))]
    return list(dict.fromkeys(p for p in pages if p != response.url))


def trs_pager(text: str) -> tuple[int, str, str] | None:
    """(page count, page name, extension) of a WCM `createPageHTML` call in any of its forms, with variable
    arguments resolved from the page's `var name = N` assignments; None when the call cannot be read."""
    numbers = {name: int(value) for name, value in _JS_NUMBER.findall(text)}
    for call in _PAGER_CALL.finditer(text):
        args = [arg.strip() for arg in call[1].split(",")]
        while len(args) > 4 and args[0][:1] and args[0][:1] in "'\"":  # a leading element id ('page_div')
            args = args[1:]
        if len(args) < 4:
            continue
        count = args[0].strip("'\"")
        total = int(count) if count.isdigit() else numbers.get(count)
        stem, ext = args[2].strip("'\""), args[3].strip("'\"")
        if total is not None and re.fullmatch(r"[\w-]+", stem) and re.fullmatch(r"\w+", ext):
            return total, stem, ext
    return None


def sub_listings(response: Response, root: str, text: re.Pattern[str] | None = None) -> list[str]:
    """Columns below `root` (the column the listing's URL names): `bm/`, `jd/`, irregular year columns (`2019n/`,
    `mb2021/`), `2023n/<unit>/index.html`, and columns linked without their slash (`/zfxxgk/fdzdgknr/czyjs`, as the
    Henan cluster writes them).  Never built from a template; only what the page links.  `text`, if given, must
    match the link's text (a department index links far more columns than report columns)."""
    base = column_prefix(root)
    found: list[str] = []
    for link in anchors(response):
        url = link.url
        if not url.startswith(base) or url == root or url.rstrip("/") == base.rstrip("/"):
            continue
        if text is not None and not text.search(link.text):
            continue
        path = urlsplit(url).path
        if path.endswith("/") or _LISTING_PAGE.search(path) or _is_directory_like(path):
            found.append(url)
    return list(dict.fromkeys(found))


def column_prefix(url: str) -> str:
    """The URL prefix of the column a listing URL names: its directory for `…/bm/` or `…/bm/index_2.html`, the
    path itself for a column written without its slash (`…/zfxxgk/fdzdgknr` → `…/zfxxgk/fdzdgknr/`)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if not path.endswith("/"):
        path = path + "/" if _is_directory_like(path) else path.rsplit("/", 1)[0] + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def within_column(url: str, column_url: str) -> bool:
    """Is `url` the column `column_url` names, or a page below it (scheme aside)?"""
    prefix = urlsplit(column_prefix(column_url))
    parts = urlsplit(url)
    path = parts.path or "/"
    return parts.netloc == prefix.netloc and (path.startswith(prefix.path) or path + "/" == prefix.path)


def _is_directory_like(path: str) -> bool:
    """A path whose last segment has no file extension (`/zfxxgk/fdzdgknr`): a column, not a file."""
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(last) and "." not in last


_IMG_TAG = re.compile(r"<img\b", re.IGNORECASE)  # the only element the extractor takes a picture from


def table_image_links(response: Response) -> list[str]:
    """Pictures of a report page that may hold its statistics tables: the page's text has no table 三 and its
    article shows images that are not page furniture (icons, logos, QR codes); at most NIANBAO_MAX_TABLE_IMAGES.
    Decided by the extractor that reads the page, so the crawler fetches exactly what the parser will read."""
    if not isinstance(response, HtmlResponse) or not _IMG_TAG.search(response.text):
        return []  # no picture at all: the page's reading (65 ms of the crawl's thread) would find none either
    from crawler.errors import ExtractionError
    from crawler.extract import extract, table_images

    try:
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        page = extract(response.body, content_type=content_type, url=response.url)
    except ExtractionError:
        return []
    return [ref.url for ref in table_images(page)]
