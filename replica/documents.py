"""Real attachment files (DOCX, PDF, DOC, WPS, a scanned PDF, a JPEG of a table page), built once and cached.

Sites ask for documents while they are built (`request`); `resolve` then builds every missing one in as few
LibreOffice runs as possible (start-up dominates: one run per target format) and caches each file under a name
derived from the hash of everything that determines it, so a warm start reads files and converts nothing.
The text → DOCX → PDF/DOC → raster pipeline is the test-document tooling of replica/docgen.py.

`.wps`: real Kingsoft Writer files were not available; WPS Writer saves Word-97 compatible OLE2 files, so the
replica serves a Word 97 `.doc` under a `.wps` name (application/octet-stream), which is what such a file sniffs as.

Cache directory: `NIANBAO_REPLICA_CACHE`, else `$XDG_CACHE_HOME/nianbao/replica` (default `~/.cache/...`).  It is
deliberately not under NIANBAO_DATA: tests give every crawl its own data directory, and the documents are the
same for all of them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from replica.model import ReplicaError

CACHE_ENV = "NIANBAO_REPLICA_CACHE"
# Bump when the way documents are made changes, so stale cache entries are not reused.
BUILDER_VERSION = "6"
FORMATS = ("docx", "pdf", "doc", "wps", "scan", "jpg")


def default_cache_dir() -> Path:
    if path := os.environ.get(CACHE_ENV):
        return Path(path).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nianbao" / "replica"


@dataclass(frozen=True)
class DocRef:
    """A requested document; its bytes are available after `DocumentStore.resolve`."""

    key: str
    format: str  # one of FORMATS
    text: str = field(repr=False)
    title: str = ""
    pages: tuple[int, ...] | None = None  # scan: which PDF pages (None: all); jpg: which table page
    source: DocRef | None = None  # scan/jpg: the PDF they are made from
    compact: bool = False  # a landscape, small-type layout (the scanned copy's source)

    @property
    def suffix(self) -> str:
        return {"scan": ".pdf", "wps": ".doc"}.get(self.format, "." + self.format)


class DocumentStore:
    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir or default_cache_dir()
        self.refs: dict[str, DocRef] = {}
        self.built = 0  # documents made in this process (0 on a warm start)

    def request(self, fmt: str, text: str, title: str = "", pages: tuple[int, ...] | None = None,
                compact: bool = False) -> DocRef:
        if fmt not in FORMATS:
            raise ReplicaError(f"unknown document format {fmt!r}")
        source = self.request("pdf", text, title, compact=fmt == "scan") if fmt in ("scan", "jpg") else None
        base_fmt = "doc" if fmt == "wps" else fmt  # a .wps is the same Word 97 file as a .doc of the same text
        digest = hashlib.sha256("\0".join([BUILDER_VERSION, base_fmt, title, text, repr(pages),
                                            "compact" if compact else ""]).encode())
        ref = DocRef(digest.hexdigest()[:32], fmt, text, title, pages, source, compact)
        self.refs.setdefault(ref.key + ref.format, ref)
        return ref

    def path(self, ref: DocRef) -> Path:
        return self.cache_dir / f"{ref.key}{ref.suffix}"

    def bytes(self, ref: DocRef) -> bytes:
        path = self.path(ref)
        if not path.is_file():
            raise ReplicaError(f"document {ref.format} {ref.title!r} was not built (call resolve first)")
        return path.read_bytes()

    def resolve(self) -> None:
        """Build every requested document that is not in the cache."""
        missing = [ref for ref in self.refs.values() if not self.path(ref).is_file()]
        if not missing:
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        # Documents are made once and cached: python-docx, pypdfium2 and LibreOffice load only to make them.
        from replica import docgen

        office = [r for r in missing if r.format in ("pdf", "doc", "wps")]
        office += [r.source for r in missing if r.source and not self.path(r.source).is_file()]
        if office and not docgen.soffice():
            raise ReplicaError("LibreOffice (soffice) is needed to build the replica's documents; "
                               "install libreoffice-writer-nogui")
        with tempfile.TemporaryDirectory(prefix="nianbao-replica-docs.") as tmp:
            work = Path(tmp)
            sources: dict[str, Path] = {}
            for ref in [*missing, *office]:
                if ref.format in ("docx", "pdf", "doc", "wps") and ref.key not in sources:
                    sources[ref.key] = docgen.text_to_docx(ref.text, work / "docx" / f"{ref.key}.docx",
                                                           title=ref.title or None)
                    if ref.compact:
                        docgen.compact_docx(sources[ref.key])
            for ref in missing:
                if ref.format == "docx":
                    self._store(ref, sources[ref.key].read_bytes())
            for target, formats in (("pdf", ("pdf",)), ("doc:MS Word 97", ("doc", "wps"))):
                wanted = {r.key: r for r in office if r.format in formats}
                if not wanted:
                    continue
                produced = docgen.convert_all([sources[k] for k in wanted], target, work / formats[0])
                for path in produced:
                    self._store(wanted[path.stem], path.read_bytes())
            for ref in missing:
                if ref.format == "scan":
                    assert ref.source is not None
                    out = work / f"{ref.key}.scan.pdf"
                    docgen.rasterise_pdf(self.path(ref.source), out, dpi=150, pages=ref.pages)
                    self._store(ref, out.read_bytes())
                elif ref.format == "jpg":  # pages=(i,): the i-th page that carries a ruled table
                    assert ref.source is not None
                    table_pages = docgen.table_pages(self.path(ref.source)) or [0]
                    index = (ref.pages or (0,))[0]
                    self._store(ref, docgen.page_jpeg(self.path(ref.source),
                                                          table_pages[min(index, len(table_pages) - 1)]))
        for ref in missing:  # a .doc and a .wps of one text share the file; make sure both names exist
            if not self.path(ref).is_file():
                raise ReplicaError(f"document {ref.format} {ref.title!r} could not be built")

    def _store(self, ref: DocRef, data: bytes) -> None:
        path = self.path(ref)
        tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # atomic: a concurrent build never sees half a file
        self.built += 1


def clear_cache(cache_dir: Path | None = None) -> None:
    shutil.rmtree(cache_dir or default_cache_dir(), ignore_errors=True)
