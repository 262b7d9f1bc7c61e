"""Government web page → title, metadata and the article body as blocks.

The article is the element holding most of the page's non-link text (navigation, breadcrumbs and footers are
mostly links or little text); it is narrowed to the deepest element that still holds 85 % of that text.
Tables become rows with rowspan/colspan resolved; a table that contains other tables is page layout and is
read as blocks.  Images in the article that may hold a table (not icons, logos, QR codes or tiny pictures) are
listed with the place they stand in the text (`Extracted.images`): their text, read by OCR, can be put there
(`crawler.extract.with_image_text`).
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from crawler.errors import CorruptDocumentError
from crawler.extract.encoding import decode
from crawler.extract.text import Block, Paragraph, Picture, Table, clean_line, grid_rows

_DROP = {"script", "style", "noscript", "iframe", "template", "svg", "button", "select", "input", "textarea",
         "head", "object", "embed", "map"}
# Page furniture by tag; like furniture by id/class it is dropped only when it holds a small share of the page's
# text: ASP.NET sites wrap the whole page in one <form>, some CMSs put the article inside a <header>-less <main>.
_FURNITURE_TAGS = {"nav", "footer", "header", "aside", "form"}
_FURNITURE_MAX_SHARE = 0.3
# ids/classes of page furniture that sites put in plain <div>s
_FURNITURE = re.compile(r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|bread|position|location|dqwz|footer|"
                        r"foot|copyright|sidebar|share|print|toolbar|related|xgxx|xgwz|pagination|pager)"
                        r"($|[\s_-])", re.I)
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "main", "blockquote", "pre", "center", "address", "figure", "figcaption", "caption",
               "hr", "tbody", "thead", "tfoot", "body", "html"}
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_GAP = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_WS = re.compile(r"\s+")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_YMD = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
# (发布/发文/成文/公开/更新)日期 and (信息)来源: the optional prefixes are left out of the patterns — they change no
# match, and a leading optional group makes every search try each position (10 s on a 50 MB page, issue 15).
_DATE = re.compile(r"(?:日期|时间)\s*[:：]\s*" + _YMD)
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|丨│:：]{2,40})")
_PUBLISHER = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位)\s*[:：]\s*([^\s|丨│:：]{2,40})")
_META_LINE = re.compile(r"(发布日期|发布时间|来源|发布机构|发文机关|浏览次数|阅读次数|字体|【\s*[大中小]\s*】)")
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||－|—|--| - )\s*")
_MAX_SPAN = 200


@dataclass
class HtmlResult:
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def html_blocks(data: bytes, content_type: str | None, url: str | None = None) -> HtmlResult:
    text, _codec = decode(data, content_type, html=True)
    root = parse_html(text)
    result = HtmlResult(title=_title(root))
    page_text = _WS.sub(" ", root.text_content())
    result.metadata = _metadata(root, page_text)
    for bad in list(root.iter(*_DROP)):
        _drop(bad)
    weights = _text_weights(root)
    total = max(1, weights.get(root, (0, 0))[0])
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or weights.get(el, (0, 0))[0] > _FURNITURE_MAX_SHARE * total:
            continue
        if el.tag in _FURNITURE_TAGS or _FURNITURE.search(f"{el.get('id', '')} {el.get('class', '')}"):
            _drop(el)
    article = _article(root)
    blocks = [b for b in _blocks(article) if not (isinstance(b, Paragraph) and _is_meta_line(b.text))]
    if result.title and blocks and isinstance(blocks[0], Paragraph) and _same_title(blocks[0].text, result.title):
        blocks.pop(0)  # the title is kept in Extracted.title, not repeated as the first line
    result.blocks = blocks
    images = [b.src for b in blocks if isinstance(b, Picture)]
    if images and not any(isinstance(b, Table) for b in blocks):
        shown = ", ".join(urljoin(url or "", src) for src in images[:5]) + (" ..." if len(images) > 5 else "")
        result.warnings.append(f"the article has {len(images)} picture(s) that may hold tables and no table: "
                               f"{shown}")
    return result


def parse_html(text: str) -> lxml.html.HtmlElement:
    """The page's tree, whatever its prologue, depth or size (issue 15):

    - an XML declaration is dropped once the text is decoded (lxml refuses one in a str: XHTML pages begin so);
    - `huge_tree`: libxml2 otherwise stops a text node at 10 MB and the tree at depth 255 — the rest of the page,
      the report's tables included, silently missing;
    - inline wrappers left unclosed by the hundred (`<span>` × 300) are taken out before parsing: even `huge_tree`
      stops at depth 2048, and they hold no structure the reader uses;
    - control characters are removed: lxml refuses them in text nodes it is asked to edit; no page means them."""
    text = _flatten_unclosed_inline(_XML_DECLARATION.sub("", _CONTROL_CHARS.sub("", text), count=1))
    try:
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise CorruptDocumentError(f"HTML cannot be parsed: {exc}") from None


_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>")
_INLINE_TAG = re.compile(r"<(/?)(span|font|b|i|u|em|strong|small|big|sub|sup|s|strike|label|abbr)\b[^<>]*>", re.I)
_MAX_UNCLOSED_INLINE = 100


def _flatten_unclosed_inline(text: str) -> str:
    opened: dict[str, int] = {}
    for match in _INLINE_TAG.finditer(text):
        name = match.group(2).lower()
        opened[name] = opened.get(name, 0) + (-1 if match.group(1) else 1)
    deep = {name for name, count in opened.items() if count > _MAX_UNCLOSED_INLINE}
    if not deep:
        return text
    return _INLINE_TAG.sub(lambda m: "" if m.group(2).lower() in deep else m.group(0), text)


# Pictures that are page furniture, not content: by name (logo, icon, QR code, share button, police record badge…)
_FURNITURE_IMAGE = re.compile(r"logo|icon|qr|erweima|ewm|share|weixin|wechat|weibo|gongan|beian|(^|/)ga\.|banner|"
                              r"btn|button|arrow|print|close|(^|/)top|jiucuo|sprite|loading|blank|spacer|(^|/)dot|"
                              r"(^|/)bg|emoji|face|smiley", re.I)
_IMAGE_SCHEMES = re.compile(r"^(https?:|/|\.|[\w%-])", re.I)
_MIN_SIDE = 100  # px: a declared width or height below this is an icon or a rule, not a table


def _table_picture(img: etree._Element) -> str | None:
    """The src of an image that may hold a table, or None for page furniture and unreadable sources."""
    src = (img.get("src") or img.get("data-src") or "").strip()
    if not src or src.lower().startswith(("data:", "javascript:")) or not _IMAGE_SCHEMES.match(src):
        return None
    if src.lower().split("?")[0].endswith((".svg", ".ico")):
        return None
    if _FURNITURE_IMAGE.search(src) or _FURNITURE_IMAGE.search(f"{img.get('class', '')} {img.get('id', '')}"):
        return None
    for attribute in ("width", "height"):
        size = re.match(r"\s*(\d+)", img.get(attribute) or "")
        if size and int(size[1]) < _MIN_SIDE:
            return None
    for side in re.findall(r"(?:^|;)\s*(?:width|height)\s*:\s*(\d+)px", img.get("style") or ""):
        if int(side) < _MIN_SIDE:
            return None
    return src


def mhtml_html(data: bytes) -> tuple[bytes, str | None]:
    """The HTML part of an MHTML archive (its transfer encoding undone) and the charset it declares."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset()
    raise CorruptDocumentError("MHTML archive has no HTML part")


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text (the text after it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _meta_content(root: etree._Element, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in wanted and content:
            return content
    return None


def _title(root: lxml.html.HtmlElement) -> str | None:
    title = _meta_content(root, "ArticleTitle", "og:title", "title")
    if not title:
        for tag in ("h1", "h2"):
            heads = [clean_line(h.text_content()) for h in root.iter(tag)]
            heads = [h for h in heads if len(h) >= 6]
            if heads:
                title = max(heads, key=len)
                break
    if not title:
        element = root.find(".//title")
        if element is not None and element.text_content().strip():
            title = max(_TITLE_SPLIT.split(element.text_content().strip()), key=len)
    return clean_line(title) if title else None


def _metadata(root: etree._Element, page_text: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    published = _meta_content(root, "PubDate", "publishdate", "article:published_time", "firstpublishedtime")
    for candidate in (published, page_text):
        if not candidate:
            continue
        found = re.search(_YMD, candidate) if candidate is published else _DATE.search(candidate)
        if found:
            year, month, day = (int(x) for x in found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                meta["published"] = f"{year:04d}-{month:02d}-{day:02d}"
                break
    source = _meta_content(root, "ContentSource", "source")
    if not source and (found := _SOURCE.search(page_text)):
        source = found.group(1)
    if source:
        meta["source"] = clean_line(source)
    publisher = _meta_content(root, "publisher")
    if not publisher and (found := _PUBLISHER.search(page_text)):
        publisher = found.group(1)
    if publisher:
        meta["publisher"] = clean_line(publisher)
    return meta


def _text_weights(root: etree._Element) -> dict[etree._Element, tuple[int, int]]:
    """(non-link text length, link text length) of every element, computed bottom-up in one pass."""
    weights: dict[etree._Element, tuple[int, int]] = {}
    for el in reversed(list(root.iter())):
        if not isinstance(el.tag, str):
            continue
        own = len(_WS.sub("", el.text or ""))
        text = 0 if el.tag == "a" else own
        links = own if el.tag == "a" else 0
        for child in el:
            if isinstance(child.tag, str):
                t, ln = weights.get(child, (0, 0))
                if el.tag == "a":
                    t, ln = 0, t + ln
                text += t
                links += ln
            tail = len(_WS.sub("", child.tail or ""))
            text += tail
        weights[el] = (text, links)
    return weights


def _article(root: etree._Element) -> etree._Element:
    weights = _text_weights(root)
    body = root.find("body")
    best = body if body is not None else root
    score = weights.get(best, (0, 0))[0]
    while True:
        children = [c for c in best if isinstance(c.tag, str)]
        richest = max(children, key=lambda c: weights.get(c, (0, 0))[0], default=None)
        if richest is None or weights.get(richest, (0, 0))[0] < 0.85 * score:
            return best
        best = richest


def _events(el: etree._Element) -> Iterator[str | Table | Picture | None]:
    """The content of an element in document order: text pieces, None at a line break (block boundary or
    <br>), a Table for each data table and a Picture for each image that may hold one.  Layout tables are walked
    like any other block."""
    if isinstance(el.tag, str):
        if el.tag == "img" and (src := _table_picture(el)):
            yield None
            yield Picture(src)
            yield None
        elif el.tag == "table" and _is_data_table(el):
            yield None
            rows = _table_rows(el)
            if rows:
                yield Table(rows)
            yield None
        else:
            block = el.tag in _BLOCK_TAGS or el.tag in ("tr", "td", "th", "table", "br")
            if block:
                yield None
            if el.text:
                yield el.text
            for child in el:
                yield from _events(child)
            if block:
                yield None
    if el.tail:  # comments and processing instructions contribute only the text after them
        yield el.tail


def _clean(text: str) -> str:
    return _CJK_GAP.sub("", _WS.sub(" ", text)).strip()


def _blocks(el: etree._Element) -> list[Block]:
    """Blocks of an element (its own tail excluded): lines of running text and data tables, in order."""
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        line = _clean("".join(current))
        if line:
            blocks.append(Paragraph(line))
        current.clear()

    tail, el.tail = el.tail, None
    try:
        for event in _events(el):
            if isinstance(event, str):
                current.append(event)
                continue
            flush()
            if isinstance(event, Table | Picture):
                blocks.append(event)
    finally:
        el.tail = tail
    flush()
    return blocks


def _cell_text(cell: etree._Element) -> str:
    """A cell's lines joined by newlines (the renderer joins wrapped cell lines for the one-line contract)."""
    return "\n".join(b.text for b in _blocks(cell) if isinstance(b, Paragraph))


def _own_rows(table: etree._Element) -> list[etree._Element]:
    """<tr> elements of this table (not of tables nested in it)."""
    return [tr for tr in table.iter("tr") if _closest_table(tr) is table]


def _closest_table(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _is_data_table(table: etree._Element) -> bool:
    """Layout tables hold other tables or are a single column of text."""
    if any(_closest_table(t) is table for t in table.iter("table") if t is not table):
        return False
    widths = [sum(_span(c, "colspan") for c in tr if c.tag in ("td", "th")) for tr in _own_rows(table)]
    return bool(widths) and max(widths) > 1


def _span(cell: etree._Element, attr: str) -> int:
    try:
        value = int(re.sub(r"\D.*$", "", (cell.get(attr) or "1").strip()) or 1)
    except ValueError:
        value = 1
    return min(max(value, 1), _MAX_SPAN)


def _table_rows(table: etree._Element) -> list[list[str]]:
    """Grid of a data table: each cell once at its top-left position, covered positions empty."""
    spans = []
    occupied: set[tuple[int, int]] = set()
    rows = _own_rows(table)
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in occupied:
                c += 1
            rowspan = min(_span(cell, "rowspan"), len(rows) - r)
            colspan = _span(cell, "colspan")
            for dr in range(rowspan):
                for dc in range(colspan):
                    occupied.add((r + dr, c + dc))
            spans.append((r, c, rowspan, colspan, _cell_text(cell)))
            c += colspan
    return grid_rows(spans)


def _is_meta_line(text: str) -> bool:
    return len(text) < 160 and len(_META_LINE.findall(text)) >= 1 and bool(_DATE.search(text) or "来源" in text)


def _same_title(line: str, title: str) -> bool:
    return _WS.sub("", line) == _WS.sub("", title)
