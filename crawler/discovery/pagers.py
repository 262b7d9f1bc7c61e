"""A list's other pages, in every form Chinese government CMSs print them — and where to look when they don't.

Links: crawler.links.next_pages (下一页 words, `a.next`, WCM `createPageHTML`), numbered page links and 尾页/末页
in the list's own directory (pagers without 下一页), `?page=N` links to the same path.  When a page shows a pager
(共3页, 共23条, a pager script) but none of its links is in the HTML, `probe_urls` names the second page's likely
URLs for crawler/discovery/probing.py; the page count is read where the page states it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse

from crawler.links import Link, is_document, next_pages

_PAGER_TEXT = re.compile(r"共\s*\d+\s*页|第\s*\d+\s*页|共\s*\d+\s*条|下一页|下页|尾页|末页")
# (`endPage`: the Zhoukou/Xinxiang CMS draws its pager from the column's script.json, real-evidence.md)
_PAGER_SCRIPT = re.compile(r"createPage|countPage|pageCount|totalPage|laypage|pagination|Pager\.|\bpager\b|"
                           r"setPage|turnPage|gopage|jpage|endPage", re.I)
_TOTAL_PAGES = re.compile(r"共\s*(\d+)\s*页|countPage\s*=\s*(\d+)|totalPages?\s*[:=]\s*(\d+)|pageCount\s*[:=]\s*(\d+)",
                          re.I)
_COUNT_AND_SIZE = (re.compile(r"\b(?:count|total|recordCount|totalRecord)\s*[:=]\s*(\d+)", re.I),
                   re.compile(r"\b(?:limit|size|pageSize|perPage)\s*[:=]\s*(\d+)", re.I))
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_LAST_WORDS = re.compile(r"^(?:尾页|末页|最后一页|last)$", re.I)
# List pages by name: index_2.html, index-2.shtml, list2.html, list_3.htm, default_2.html, page/3 …
_NUMBERED_PAGE = re.compile(r"/(?:index|list|default|page)(?:[_-]?\d+)?(?:\.(?:s?html?|jsp|aspx?|php))?$|/page/\d+/?$",
                            re.I)
_PAGE_QUERY = re.compile(r"(?:^|&)(?:page|pageNo|pageNum|pageIndex|currentPage|curPage|pn|p)=\d+", re.I)


def pager_pages(response: HtmlResponse, links: list[Link]) -> list[str]:
    """The listing's other pages: crawler.links.next_pages, plus numbered page links and 尾页 in the same
    directory (pagers that print page numbers but no 下一页)."""
    pages = next_pages(response)
    here = urlsplit(response.url)
    directory = here.path.rsplit("/", 1)[0] + "/"
    for link in links:
        text = link.text.strip()
        if not (_PAGE_NUMBER.match(text) or _LAST_WORDS.match(text)) or is_document(link.url):
            continue
        there = urlsplit(link.url)
        if there.netloc != here.netloc:
            continue
        same_path_other_page = there.path == here.path and _PAGE_QUERY.search(there.query)
        rest = there.path[len(directory):]
        listing_in_directory = there.path.startswith(directory) and "/" not in rest.rstrip("/") \
            and _NUMBERED_PAGE.search(there.path)
        if same_path_other_page or listing_in_directory:
            pages.append(link.url)
    return list(dict.fromkeys(p for p in pages if p != response.url))


def shows_pager(response: HtmlResponse, scripts: list[str]) -> bool:
    """The page shows a pager (its words, or a pager script), whether or not its links are in the HTML."""
    text = " ".join(response.xpath("//body//text()[not(ancestor::script)]").getall())
    return bool(_PAGER_TEXT.search(text)) or any(_PAGER_SCRIPT.search(s) for s in scripts)


def total_pages(response: HtmlResponse, scripts: list[str]) -> int | None:
    """The page count where the page states it: 共3页, `countPage = 3`, `totalPage: 3`, record count / size, or the
    `num` of the sitesources CMS's `#articleListTable` (hnsjct.gov.cn, public code; chuanhui's CMS)."""
    stated = response.xpath('//*[@id="articleListTable"]/@num').get("")
    if stated.strip().isdigit():
        return int(stated)
    text = " ".join(response.xpath("//body//text()[not(ancestor::script)]").getall()) + " " + " ".join(scripts)
    for match in _TOTAL_PAGES.finditer(text):
        return int(next(group for group in match.groups() if group))
    count, size = (pattern.search(" ".join(scripts)) for pattern in _COUNT_AND_SIZE)
    if count and size and int(size[1]) > 0:
        return -(-int(count[1]) // int(size[1]))
    return None


def probe_urls(url: str) -> list[str]:
    """Where a list's second page may be, in the forms CMSs use, most likely first: after `index.html`, zero-based
    `index_1` (TRS), one-based `index_2`, then `list-2`, `list2`; after `list.html`, `list-2`, `list_2`, `list2`,
    `list1`.  At most four guesses, each tried only if the one before is missing."""
    parts = urlsplit(url)
    directory, _, name = parts.path.rpartition("/")
    stem, dot, ext = name.partition(".")
    ext = ext if dot else "html"
    stem = stem or "index"
    if stem.startswith("list"):
        forms = ["list-2", "list_2", "list2", "list1"]
    else:
        forms = [f"{stem}_1", f"{stem}_2", "list-2", "list2"]
    return [parts._replace(path=f"{directory}/{form}.{ext}", query="", fragment="").geturl() for form in forms]


def following_page(url: str) -> str | None:
    """The page after a probed one, in the same numbering: `…/index_2.html` → `…/index_3.html`."""
    parts = urlsplit(url)
    match = re.fullmatch(r"(.*?)(\d+)(\.\w+)?", parts.path)
    if not match:
        return None
    return parts._replace(path=f"{match[1]}{int(match[2]) + 1}{match[3] or ''}").geturl()


def page_number(url: str) -> int | None:
    """The number a list page's file name carries (`index_2.shtml` → 2, `list-3.html` → 3)."""
    match = re.search(r"(\d+)(?:\.\w+)?$", urlsplit(url).path)
    return int(match[1]) if match else None


def numbered(url: str, number: int) -> str:
    """`url` with its file name's number replaced (`index_1.shtml`, 4 → `index_4.shtml`)."""
    parts = urlsplit(url)
    return parts._replace(path=re.sub(r"\d+(?=(?:\.\w+)?$)", str(number), parts.path)).geturl()
