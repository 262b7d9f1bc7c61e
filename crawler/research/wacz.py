"""The archive as a WACZ package (WACZ 1.1.1): its WARC files, a CDXJ index of them, the report pages, and a
datapackage with every file's SHA-256 — one file that ReplayWeb.page opens and `wacz validate` accepts.

Layout of the ZIP: `archive/<file>.warc.gz` (stored, not compressed again: each record is gzipped already; a file
of `warcs/<site>/<run>-NNNNN.warc.gz` is named `<site>-<run>-NNNNN.warc.gz`, since the format has no folders
there), `indexes/index.cdx` (CDXJ: `urlkey timestamp {json}` lines, sorted, pywb's fields), `pages/pages.jsonl`
(the URL, first capture and title of every document that is a report's source), `datapackage.json` and
`datapackage-digest.json`.

The index is made from the WARC records themselves, read as `ingest` reads them (crawler/archiving/warc_records):
records copied from other crawlers' WARCs that cannot be read (no URI, a date that is none) are left out of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa

from crawler.archiving.warc_records import UnreadableWarc, WarcRecord, read_records
from crawler.errors import NianbaoError
from crawler.research.export import replaced_when_complete
from storage.models import ReportSource

WACZ_VERSION = "1.1.1"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "Report pages and files"}
_INDEXED = ("response", "revisit", "resource")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class WaczResult:
    warc_files: int
    captures: int  # CDXJ lines
    pages: int


@dataclass(frozen=True)
class _Capture:
    urlkey: str
    timestamp: str
    fields: dict[str, str]

    @property
    def line(self) -> str:
        return f"{self.urlkey} {self.timestamp} {json.dumps(self.fields, ensure_ascii=False)}"


def surt(url: str) -> str:
    """The Sort-friendly URI Reordering Transform replay tools key their indexes by (pywb's `canonicalize`):
    `http://www.Yaodu.gov.cn/a/b.html?y=2&x=1` → `cn,gov,yaodu)/a/b.html?x=1&y=2`, `…/zfxxgk/` → `…)/zfxxgk`."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    key = ",".join(reversed(host.split(".")))
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and port != default:
        key += f":{port}"
    path = (parts.path or "/").lower()
    key += ")" + (path.rstrip("/") or "/")  # a directory's trailing slash is dropped, the root keeps its own
    if parts.query:
        key += "?" + "&".join(sorted(parts.query.lower().split("&")))
    return key


def packed_name(relpath: str) -> str:
    """A WARC file's name inside the package: its path under `warcs/` with `-` for `/`."""
    return relpath.replace("/", "-")


def captures(path: Path, name: str) -> Iterator[_Capture]:
    """The CDXJ entries of one WARC file (records up to a break in the file's framing, if it has one)."""
    try:
        for record in read_records(path):
            capture = _capture(record, name)
            if capture is not None:
                yield capture
    except UnreadableWarc:
        return


def _capture(record: WarcRecord, name: str) -> _Capture | None:
    date, uri = record.date(), record.uri
    if record.rec_type not in _INDEXED or date is None or uri is None:
        return None
    fields: dict[str, str] = {"url": uri}
    if record.rec_type == "revisit":
        fields["mime"] = "warc/revisit"
    elif record.http is not None:
        fields["mime"] = (record.http.get_header("Content-Type") or "unk").split(";")[0].strip() or "unk"
        if (status := record.status()) is not None:
            fields["status"] = str(status)
    else:
        fields["mime"] = (record.header("Content-Type") or "unk").split(";")[0].strip()
    digest = record.header("WARC-Payload-Digest")
    if digest:
        fields["digest"] = digest
    fields |= {"length": str(record.length), "offset": str(record.offset), "filename": name}
    return _Capture(surt(uri), date.strftime("%Y%m%d%H%M%S"), fields)


def report_pages(db: Any, first_capture: dict[str, str]) -> list[dict[str, str]]:
    """A page for every report source whose URL the WARC files hold, at its first capture."""
    sources = ReportSource.__table__
    query = sa.select(sources.c.url, sources.c.title).where(sources.c.url.is_not(None)).order_by(sources.c.url)
    with db.connect() as conn:
        rows = conn.execute(query).all()
    pages, seen = [], set()
    for url, title in rows:
        timestamp = first_capture.get(url)
        if timestamp is None or url in seen:
            continue
        seen.add(url)
        when = dt.datetime.strptime(timestamp, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
        page = {"id": hashlib.sha1(url.encode()).hexdigest()[:16], "url": url,
                "ts": when.isoformat().replace("+00:00", "Z")}
        if title:
            page["title"] = title
        pages.append(page)
    return pages


def write_wacz(output: Path, warcs_dir: Path, files: Iterable[Path], db: Any, *, software: str,
               title: str = "nianbao archive") -> WaczResult:
    """Package `files` (WARC files under `warcs_dir`) into `output`, replaced only once complete."""
    files = sorted(files)
    if not files:
        raise NianbaoError(f"no WARC files under {warcs_dir}: nothing to package")
    named = {path: packed_name(str(path.relative_to(warcs_dir))) for path in files}
    index = sorted((c for path, name in named.items() for c in captures(path, name)),
                   key=lambda c: (c.urlkey, c.timestamp))
    first: dict[str, str] = {}
    for capture in index:
        if capture.fields.get("status", "").startswith("2"):
            url = capture.fields["url"]
            first[url] = min(first.get(url, capture.timestamp), capture.timestamp)
    pages = report_pages(db, first)
    with replaced_when_complete(output) as temp, zipfile.ZipFile(temp, "w", allowZip64=True) as package:
        resources = [_add_file(package, f"archive/{name}", path) for path, name in named.items()]
        resources.append(_add_bytes(package, "indexes/index.cdx", "".join(c.line + "\n" for c in index).encode()))
        lines = [PAGES_HEADER, *pages]
        resources.append(_add_bytes(package, "pages/pages.jsonl",
                                    "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in lines).encode()))
        created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        datapackage = json.dumps({"profile": "data-package", "wacz_version": WACZ_VERSION, "title": title,
                                  "created": created, "software": software, "resources": resources},
                                 ensure_ascii=False, indent=2).encode()
        package.writestr(_entry("datapackage.json"), datapackage)
        digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(datapackage).hexdigest()}
        package.writestr(_entry("datapackage-digest.json"), json.dumps(digest).encode())
    return WaczResult(len(named), len(index), len(pages))


def _entry(name: str, stored: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, dt.datetime.now(dt.UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info


def _resource(path: str, digest: str, size: int) -> dict[str, Any]:
    return {"name": Path(path).name.lower(), "path": path, "hash": f"sha256:{digest}", "bytes": size}


def _add_file(package: zipfile.ZipFile, name: str, path: Path) -> dict[str, Any]:
    """A WARC file, stored as it is (WACZ wants its WARCs uncompressed by the ZIP), hashed as it is copied."""
    hasher, size = hashlib.sha256(), 0
    with open(path, "rb") as source, package.open(_entry(name, stored=True), "w", force_zip64=True) as target:
        while chunk := source.read(_CHUNK):
            hasher.update(chunk)
            target.write(chunk)
            size += len(chunk)
    return _resource(name, hasher.hexdigest(), size)


def _add_bytes(package: zipfile.ZipFile, name: str, data: bytes) -> dict[str, Any]:
    package.writestr(_entry(name), data)
    return _resource(name, hashlib.sha256(data).hexdigest(), len(data))
