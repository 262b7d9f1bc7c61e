"""Reading a fetched HTML page the way discovery needs it: every link it carries, wherever the site put it.

Beyond `<a href>` (crawler/links.py): frames, `onclick` jumps and jump menus; links held in scripts and the data
URLs scripts fetch (crawler/discovery/scripts.py); the Guangdong catalogue's API (crawler/gkmlpt.py); the list's
other pages (crawler/discovery/pagers.py), or the evidence for probing them when the HTML holds no pager link; the
pages only a POST reaches (postback pagers, jpage data groups: crawler/discovery/postbacks.py); and the signs of a
list drawn by a script (an empty list element).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse, Response

from crawler import gkmlpt
from crawler.discovery.evidence import is_article
from crawler.discovery.pagers import pager_pages, shows_pager, total_pages
from crawler.discovery.postbacks import FormPost, form_pages, is_grouped_proxy
from crawler.discovery.scripts import data_urls, fetches_data, join, script_links
from crawler.links import Link, anchors, is_document
from crawler.titles import is_report_title, read_title

# `onclick="window.open('…')"`, `onclick="location.href='…'"`.
_ONCLICK = re.compile(r"(?:window\.open\(|location(?:\.href)?\s*=)\s*[\"']([^\"']+)[\"']", re.I)
LISTING_PROSE = 600  # text outside links on a list of reports is below this; on a report far above
_ROW_TEXT = 120  # a list row holds a title, a date, a source: not a page's worth of text
# A page or file URL given to a function in a `javascript:` href.
_SCRIPT_URL = re.compile(r"[\"']((?:https?://|/|\./|\.\./)[^\"'\s]+|[\w./-]+\.(?:s?html?|jsp|aspx?|php|pdf|docx?))[\"']",
                         re.I)


@dataclass
class PagerHint:
    """A pager the page shows without any link in the HTML: probe the next page's URL instead of guessing."""

    total: int | None  # page count when the page states it (共3页, countPage = 3, count/limit)


@dataclass
class PageView:
    links: list[Link] = field(default_factory=list)  # every link: anchors, then script-held ones
    reports: list[tuple[Link, int | None]] = field(default_factory=list)  # report candidates, with their year
    next_pages: list[str] = field(default_factory=list)
    data_urls: list[str] = field(default_factory=list)  # JSON endpoints the page's scripts call
    form_pages: list[FormPost] = field(default_factory=list)  # the list's pages asked for by POST
    pager: PagerHint | None = None
    scripted: bool = False  # the page runs scripts of its own (a JS-drawn list is possible)
    empty_list: bool = False  # a list container with nothing in it
    unread_data: bool = False  # its scripts fetch data from a URL they build (none could be read from the page)

    @property
    def items(self) -> int:
        """Links to articles (a list's items, as opposed to its navigation)."""
        return sum(1 for link in self.links if is_article(link.url, link.text))


def read_page(response: Response) -> PageView:
    view = PageView()
    if not isinstance(response, HtmlResponse):
        return view
    scripts = [s for s in response.xpath("//script[not(@src)]/text()").getall() if s.strip()]
    view.scripted = bool(scripts) or bool(response.xpath("//script[@src]"))
    seen: set[str] = set()
    held = script_links(response.url, scripts)
    for link in [*row_titled(response), *anchors(response), *other_links(response), *held]:
        if link.url in seen:
            continue
        seen.add(link.url)
        view.links.append(link)
        title = read_title(link.text)
        if title is not None:
            view.reports.append((link, title.year))
    view.data_urls = [url for url in data_urls(response.url, scripts) if not is_grouped_proxy(url)] + \
        catalogue_urls(response)
    view.next_pages = pager_pages(response, view.links)
    view.form_pages = form_pages(response, scripts)
    view.empty_list = _has_empty_list(response)
    view.unread_data = not view.data_urls and fetches_data(scripts)
    # A list held in a script is paged by that script over what it holds (more comes from its data URL): its pager
    # has no pages of its own to probe.
    in_script = any(is_report_title(link.text) or is_article(link.url, link.text) for link in held)
    if not view.next_pages and not view.form_pages and not in_script and shows_pager(response, scripts):
        view.pager = PagerHint(total_pages(response, scripts))
    return view


def other_reports(response: Response, view: PageView) -> set[str]:
    """Report pages (not files) a page links besides itself."""
    return {link.url for link, _ in view.reports if not is_document(link.url)} - {response.url}


def lists_reports(response: Response, view: PageView) -> bool:
    """A page reached by a report title that is a list of reports (a year's column named like a report): it links
    two or more other reports and has little text of its own (a report page has thousands of characters)."""
    return len(other_reports(response, view)) >= 2 and _prose(response) < LISTING_PROSE


def _prose(response: Response) -> int:
    """Characters of text outside links, scripts and styles."""
    if not isinstance(response, HtmlResponse):
        return 0
    parts = response.xpath("//body//text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::style)]")
    return sum(len("".join(text.split())) for text in parts.getall())


def other_links(response: HtmlResponse) -> list[Link]:
    """Links that are not anchors: frames, `onclick` jumps, and jump menus (`<select>` of department sites)."""
    found: list[Link] = []
    for node in response.xpath("//frame[@src]|//iframe[@src]"):
        found.append(Link(join(response.url, node.attrib["src"]), node.attrib.get("title") or node.attrib.get("name")
                          or ""))
    for node in response.xpath("//*[@onclick]"):
        for target in _ONCLICK.findall(node.attrib["onclick"]):
            text = " ".join(" ".join(node.xpath(".//text()").getall()).split())
            found.append(Link(join(response.url, target), text))
    for node in response.xpath("//a[starts-with(normalize-space(@href), 'javascript')]"):
        for target in _SCRIPT_URL.findall(node.attrib["href"]):  # `javascript:openWin('/art/1.html')`
            found.append(Link(join(response.url, target), " ".join(" ".join(node.xpath(".//text()").getall())
                                                                   .split()) or node.attrib.get("title", "")))
    for node in response.xpath("//option[@value]"):
        value = node.attrib["value"].strip()
        if value.startswith(("http://", "https://", "/")) and not value.startswith("//"):
            found.append(Link(join(response.url, value), " ".join("".join(node.xpath(".//text()").getall()).split())))
    return [link for link in found if not link.url.lower().startswith(("javascript:", "about:", "mailto:"))]


def row_titled(response: HtmlResponse) -> list[Link]:
    """Report links whose own text is a bare 查看 / 详情 / 下载: the title is the text of the list row (`<li>`,
    `<tr>`) holding that single link."""
    found = []
    for row in response.xpath("//li[count(.//a[@href])=1]|//tr[count(.//a[@href])=1]"):
        anchor = row.xpath(".//a[@href]")[0]
        own = (" ".join(anchor.xpath(".//text()").getall()), anchor.attrib.get("title", ""))
        text = " ".join(" ".join(row.xpath(".//text()").getall()).split())
        href = anchor.attrib["href"].strip()
        if len(text) > _ROW_TEXT or href.lower().startswith("javascript"):
            continue  # a layout table's row, not a list row
        # (the link's text and its title attribute apart: the two together may read as no title at all)
        if not any(is_report_title(part) for part in own) and is_report_title(text):
            found.append(Link(join(response.url, href), text))
    return found


def catalogue_urls(response: HtmlResponse) -> list[str]:
    """The Guangdong catalogue (gkmlpt): its list is drawn from an API whose URL the page's config implies."""
    catalogue = gkmlpt.read_index(response.text) if "gkmlpt" in response.text.lower() else None
    if catalogue is None:
        return []
    index = response.url if urlsplit(response.url).path.endswith("/index") else urljoin(response.url, "index")
    return [gkmlpt.api_url(index, classify_id, catalogue.sid, 1) for classify_id in catalogue.classify_ids]


def _has_empty_list(response: HtmlResponse) -> bool:
    """An element named like a list (`list`, `doc`, `article`, `news`, `data`) with no text and no children:
    what a page whose list is drawn by a script looks like before the script has run."""
    for node in response.xpath("//ul|//ol|//tbody|//div"):
        names = " ".join(node.xpath("@id|@class").getall()).lower()
        if not re.search(r"list|doc|article|news|data|content", names):
            continue
        if not node.xpath("./*") and not "".join(node.xpath(".//text()").getall()).strip():
            return True
    return False
