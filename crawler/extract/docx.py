"""DOCX → blocks: paragraphs and tables in document order, merged cells resolved from the WordprocessingML.

python-docx opens the package (it finds the main part through the relationships and parses with
`resolve_entities=False`); the body is then walked directly so that gridSpan/vMerge become the
top-left-only layout of the text contract.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from lxml import etree

from crawler.errors import CorruptDocumentError
from crawler.extract.container import open_checked_zip
from crawler.extract.limits import Limits
from crawler.extract.text import Block, Paragraph, Table, useful_title

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins"}


def docx_blocks(data: bytes, limits: Limits) -> tuple[list[Block], str | None]:
    """Blocks of a DOCX and its core-properties title (None when unset)."""
    open_checked_zip(data, limits).close()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, XMLSyntaxError, PackageNotFoundError, ...
        raise CorruptDocumentError(f"DOCX cannot be read: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    title = useful_title(document.core_properties.title)
    return list(_body_blocks(document.element.body)), title


def _body_blocks(parent: etree._Element) -> Iterator[Block]:
    for child in parent:
        if child.tag == f"{W}p":
            yield Paragraph(paragraph_text(child))
        elif child.tag == f"{W}tbl":
            yield Table(list(_table_rows(child)))
        elif child.tag in _CONTAINERS:
            yield from _body_blocks(child)


def paragraph_text(p: etree._Element) -> str:
    """Visible text of a paragraph: runs, tabs and line breaks; deleted text and duplicate fallbacks skipped."""
    parts: list[str] = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if _inside_fallback(node, p):
            continue
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _inside_fallback(node: etree._Element, stop: etree._Element) -> bool:
    """mc:Fallback repeats a text box's content for old readers; reading it too would duplicate the text."""
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _table_rows(tbl: etree._Element) -> Iterator[list[str]]:
    for tr in _children(tbl, f"{W}tr"):
        row: list[str] = []
        grid_before = tr.find(f"{W}trPr/{W}gridBefore")
        row.extend([""] * _int_attr(grid_before, 0))
        for tc in _children(tr, f"{W}tc"):
            span = _int_attr(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
            v_merge = tc.find(f"{W}tcPr/{W}vMerge")
            h_merge = tc.find(f"{W}tcPr/{W}hMerge")
            covered = (v_merge is not None and v_merge.get(f"{W}val", "continue") == "continue") or (
                h_merge is not None and h_merge.get(f"{W}val", "continue") == "continue")
            row.append("" if covered else _cell_text(tc))
            row.extend([""] * (max(1, span) - 1))
        yield row


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children with `tag`, looking through content controls that may wrap rows or cells."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _cell_text(tc: etree._Element) -> str:
    lines: list[str] = []
    for block in _body_blocks(tc):
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):  # a table nested in a cell: its rows become lines of this cell
            lines.extend(" ".join(c for c in row if c) for row in block.rows)
    return "\n".join(lines)


def _int_attr(element: etree._Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(f"{W}val", default))
    except ValueError:
        return default
