"""Lists whose further pages are asked for by POST: ASP.NET postbacks and the data proxy of Hanweb's jpage.

- **ASP.NET WebForms** (old county portals): the pager's links are `javascript:__doPostBack('AspNetPager1','2')`;
  a browser then submits the page's `<form>` (every hidden field, `__VIEWSTATE` and `__EVENTVALIDATION` included,
  as the page gave them) with `__EVENTTARGET` / `__EVENTARGUMENT` set to the two arguments.  Only pager links are
  followed (a number, 下一页, 尾页 …), never another postback (a search, a login, a menu).
- **Hanweb jpage** (Zhejiang / Jiangsu platforms): a column keeps its first records in an XML store inside the page
  and its `<nextgroup>` names `/module/web/jpage/dataproxy.jsp` with the column's parameters
  (`columnid=…&unitid=…&webid=…`); the further records are asked for by POST to `dataproxy.jsp?startrecord=S&
  endrecord=E&perpage=P` with those parameters as the form body, a group (`perPage` × `groupSize` records) at a
  time, up to the store's record count (`<totalrecord>` or `totalRecord:` in the jpage call).

Each further page is a `FormPost` (where, what); its key (crawler/discovery/frontier.py `post_key`) leaves out the
fields that change from page to page without naming another page (view state, event validation), so a page
reached from two pages is asked for once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector
from scrapy.http import HtmlResponse

from crawler.discovery.frontier import post_key

MAX_FORM_PAGES = 60  # pages asked for by POST from one page (a pager of hundreds is not believed)
_POSTBACK = re.compile(r"__doPostBack\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)")
_PAGER_TEXT = re.compile(r"^(?:\d{1,3}|下一?页|上一?页|尾页|末页|最后一页|首页|第一页|>>?|<<?|next|last)$", re.I)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[\s*<a\s+href=\"([^\"]*dataproxy[^\"]*)\"", re.I)
_TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>|totalRecord\s*:\s*['\"]?(\d+)", re.I)
_PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)", re.I)
_GROUP_SIZE = re.compile(r"groupSize\s*:\s*['\"]?(\d+)", re.I)
_RECORD = re.compile(r"<record>", re.I)
DEFAULT_GROUP_SIZE = 3  # jpage's own default: a data request fetches three pages of records


@dataclass(frozen=True)
class FormPost:
    url: str
    fields: tuple[tuple[str, str], ...]  # the form body, in order
    is_data: bool = False  # the answer is list data (XML records), not a page

    @property
    def key(self) -> str:
        return post_key(self.url, self.fields)


def form_pages(response: HtmlResponse, scripts: list[str]) -> list[FormPost]:
    """The list's further pages that only a POST reaches (postback pagers, jpage data groups)."""
    return [*postback_pages(response), *jpage_groups(response.url, scripts)][:MAX_FORM_PAGES]


def postback_pages(response: HtmlResponse) -> list[FormPost]:
    """`__doPostBack` pager links, as the submissions of their form a browser would make."""
    found: list[FormPost] = []
    for anchor in response.xpath("//a[contains(@href, '__doPostBack')]"):
        text = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
        call = _POSTBACK.search(anchor.attrib["href"])
        if call is None or not _PAGER_TEXT.match(text):
            continue
        form = anchor.xpath("ancestor::form[1]") or response.xpath("//form[.//input[@name='__VIEWSTATE']]")
        if not form:
            continue
        action = urljoin(response.url, form[0].attrib.get("action") or response.url).split("#", 1)[0]
        fields = [(name, value) for name, value in _successful_controls(form[0])
                  if name not in ("__EVENTTARGET", "__EVENTARGUMENT")]
        found.append(FormPost(action, (("__EVENTTARGET", call[1]), ("__EVENTARGUMENT", call[2]), *fields)))
    return list({post.key: post for post in found}.values())


def _successful_controls(form: Selector) -> list[tuple[str, str]]:
    """What a browser sends of a form when a script submits it: hidden and text fields, checked boxes, selected
    options and text areas (no button: none was clicked)."""
    pairs: list[tuple[str, str]] = []
    for node in form.xpath(".//input[@name]|.//select[@name]|.//textarea[@name]"):
        name, tag = node.attrib["name"], node.root.tag
        kind = node.attrib.get("type", "text").lower()
        if tag == "input" and kind in ("submit", "button", "image", "reset", "file"):
            continue
        if tag == "input" and kind in ("checkbox", "radio") and "checked" not in node.attrib:
            continue
        if tag == "select":
            options = node.xpath(".//option[@selected]") or node.xpath(".//option")
            value = options[0].attrib.get("value", options[0].xpath("string()").get("")) if options else ""
        elif tag == "textarea":
            value = node.xpath("string()").get("")
        else:
            value = node.attrib.get("value", "on" if kind in ("checkbox", "radio") else "")
        pairs.append((name, value))
    return pairs


def is_grouped_proxy(url: str) -> bool:
    """A jpage data proxy named by its column parameters only: jpage asks it by POST (`jpage_groups`), never so."""
    parts = urlsplit(url)
    return parts.path.endswith("dataproxy.jsp") and "startrecord=" not in parts.query


def jpage_groups(page_url: str, scripts: list[str]) -> list[FormPost]:
    """The data groups of jpage stores whose `<nextgroup>` names the data proxy by its column parameters (not a
    ready URL of the next records, which is read as a data URL): POST `startrecord`/`endrecord` with them."""
    found: list[FormPost] = []
    text = "\n".join(scripts)
    for script in scripts:
        nextgroup = _NEXTGROUP.search(script)
        if nextgroup is None:
            continue
        proxy = urlsplit(urljoin(page_url, nextgroup[1].replace("&amp;", "&")))
        params = [(k, v) for k, v in parse_qsl(proxy.query, keep_blank_values=True) if k != "page"]
        if any(k in ("startrecord", "endrecord") for k, _ in params):
            continue  # a ready GET URL of the next records (crawler/discovery/scripts.py reads it)
        total = _number(_TOTAL, script) or _number(_TOTAL, text)
        per_page = _number(_PER_PAGE, script) or _number(_PER_PAGE, text) or dict(params).get("perpage")
        if not total or not per_page:
            continue
        per_page = int(per_page)
        group = per_page * (_number(_GROUP_SIZE, text) or DEFAULT_GROUP_SIZE)
        stored = len(_RECORD.findall(script))
        base = proxy._replace(query="", fragment="").geturl()
        for start in range(stored + 1, int(total) + 1, group):
            end = min(start + group - 1, int(total))
            found.append(FormPost(f"{base}?startrecord={start}&endrecord={end}&perpage={per_page}", tuple(params),
                                  is_data=True))
    return found


def _number(pattern: re.Pattern[str], text: str) -> int | None:
    match = pattern.search(text)
    return int(next(group for group in match.groups() if group)) if match else None
