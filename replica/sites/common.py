"""Pieces every site needs: robots.txt, favicon, stylesheet, attachments of a report, image-only bodies."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import quote

from replica.build import SiteBuilder
from replica.content import ReportContent, attr
from replica.model import Document, Resource
from replica.platforms import Attachment

# A 16×16 .ico (one transparent 32-bit image): browsers ask for /favicon.ico on every page.
_FAVICON = (b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00\x68\x04\x00\x00\x16\x00\x00\x00"
            + b"\x28\x00\x00\x00\x10\x00\x00\x00\x20\x00\x00\x00\x01\x00\x20\x00" + b"\x00" * 24
            + b"\x00" * (16 * 16 * 4) + b"\x00" * (16 * 4))
_CSS = b"body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0}table{border-collapse:collapse}\n"


def basics(b: SiteBuilder, robots: str, css_paths: tuple[str, ...]) -> None:
    b.add("/robots.txt", robots.encode(), "text/plain", "robots")
    b.add("/favicon.ico", _FAVICON, "image/x-icon", "asset")
    for path in css_paths:
        b.add(path, _CSS, "text/css", "asset")


@dataclass(frozen=True)
class AttachmentSpec:
    format: str  # pdf | doc | docx | wps | scan
    path: str  # where the site serves it
    name: str  # link text
    disposition: str | None = None  # "gbk" | "rfc5987" | None


def attach(b: SiteBuilder, content: ReportContent, spec: AttachmentSpec, modified: dt.datetime) -> tuple[
        Resource, Document, Attachment]:
    """A real document of the report's text at `spec.path`, with the Content-Disposition the spec asks for."""
    text = scan_text(content) if spec.format == "scan" else content.text
    ref = b.docs.request(spec.format, text, content.title)
    filename = spec.name if "." in spec.name else f"{spec.name}.{spec.path.rsplit('.', 1)[-1]}"
    disposition = None
    if spec.disposition == "gbk":  # raw GBK bytes in a quoted filename, as many Chinese servers send it
        disposition = 'attachment; filename="' + filename.encode("gbk").decode("latin-1") + '"'
    elif spec.disposition == "rfc5987":
        disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    resource = b.document(spec.path, ref, modified=modified, disposition=disposition)
    fmt = "pdf" if spec.format == "scan" else spec.format
    document = Document(resource.url, fmt, "attachment", carries_tables=content.tables is not None,
                        ocr=spec.format == "scan")
    return resource, document, Attachment(href="", name=filename)


def scan_text(content: ReportContent) -> str:
    """What the scanned copy shows: the title and the statistical tables, no prose (it fits on two pages)."""
    kept: list[str] = [content.title, ""]
    for line in content.text.split("\n"):
        if "\t" in line or re.match(r"^[二三四]、", line.strip()):
            kept.append(line)
        elif kept[-1]:  # a dropped paragraph still separates two tables
            kept.append("")
    return "\n".join(kept)


def image_tables(b: SiteBuilder, content: ReportContent, image_path: str, modified: dt.datetime) -> tuple[
        str, Document]:
    """The report body with its tables replaced by one <img> of the PDF page that holds them (白云区档案局 2023)."""
    ref = b.docs.request("jpg", content.text, content.title, pages=(0,))
    resource = b.document(image_path, ref, modified=modified, kind="image")
    image = (f'<p style="text-align:center"><img class="nfw-cms-img" src="{attr(image_path)}" '
             f'alt="" width="600"></p>')
    body = re.sub(r"<table\b.*?</table>", "\x00", content.body_html, flags=re.S)
    body = body.replace("\x00", image, 1).replace("\x00", "")
    return body, Document(resource.url, "jpg", "attachment", carries_tables=False, ocr=True)


def picture_tables(b: SiteBuilder, content: ReportContent, directory: str, modified: dt.datetime) -> str:
    """The report body with each of its three tables replaced by a picture of it (PNG or JPEG, drawn from the
    table's grid by replica/reportgen/images.py), the pictures served under `directory`.  Guangdong sites often
    publish the tables so (issue 18; 白云区档案局 2023 above); that each table is its own picture is assumed."""
    from replica.reportgen import grid, labels
    from replica.reportgen.flatten import NumberStyle
    from replica.reportgen.images import draw_table

    assert content.tables is not None
    rng = b.rng(f"pictures:{directory}")
    report = {"template": content.template, "tables": content.tables}
    style = labels.random_style(rng)
    grids = {"第二十条": grid.active_grid(report, style), "申请人情况": grid.applications_grid(report, style)}
    if content.tables.get("review"):
        grids["结果维持"] = grid.review_grid(report)
    fmt = rng.choice(["PNG", "JPEG"])
    tags: dict[str, str] = {}
    for number, (landmark, table) in enumerate(grids.items(), 1):
        path = f"{directory}{number}.{'png' if fmt == 'PNG' else 'jpg'}"
        b.add(path, draw_table(table, NumberStyle(), rng, fmt), f"image/{fmt.lower()}", "image", modified=modified)
        tags[landmark] = f'<p style="text-align:center"><img src="{attr(path)}" alt="" border="0"></p>'

    def picture(match: re.Match[str]) -> str:  # a statistics table becomes its picture; another table stays
        return next((tag for landmark, tag in tags.items() if landmark in match.group(0)), match.group(0))

    return re.sub(r"<table\b.*?</table>", picture, content.body_html, flags=re.S)


def page_document(url: str, content: ReportContent, carries_tables: bool | None = None,
                  stub: bool = False) -> Document:
    return Document(url, "html", "page", content.tables is not None if carries_tables is None else carries_tables,
                    stub=stub)
