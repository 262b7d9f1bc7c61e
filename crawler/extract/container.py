"""Opening zip containers (DOCX) without trusting them: zip bombs and XML entity tricks are refused up front."""

from __future__ import annotations

import io
import zipfile
import zlib

from crawler.errors import CorruptDocumentError, DocumentTooLargeError
from crawler.extract.limits import MB, Limits

# Word never writes a DTD; one in a package part can only be an entity-expansion attack (billion laughs, XXE).
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def open_checked_zip(data: bytes, limits: Limits, what: str = "DOCX") -> zipfile.ZipFile:
    """A ZipFile whose directory has been checked: member count, declared sizes and XML prologues.

    Declared sizes are binding: Python's zipfile never inflates a member past its declared size, so checking
    the directory bounds the memory that reading the members can take.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise CorruptDocumentError(f"{what} is not a readable zip package: {exc}") from None
    if len(infos) > limits.max_zip_members:
        raise DocumentTooLargeError(
            f"{what} has {len(infos)} zip members (limit {limits.max_zip_members}, NIANBAO_MAX_ZIP_MEMBERS)")
    total = sum(info.file_size for info in infos)
    if total > limits.max_expanded_bytes:
        biggest = max(infos, key=lambda info: info.file_size)
        raise DocumentTooLargeError(
            f"{what} would expand to {total / MB:.0f} MB ({biggest.filename}: {biggest.file_size / MB:.0f} MB; "
            f"limit {limits.max_expanded_bytes / MB:.0f} MB, NIANBAO_MAX_EXPANDED_BYTES) - refused as a zip bomb")
    for info in infos:
        if info.filename.lower().endswith(_XML_SUFFIXES):
            _refuse_dtd(zf, info, what)
    return zf


def _refuse_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> None:
    try:
        with zf.open(info) as member:
            prologue = member.read(4096)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise CorruptDocumentError(f"{what} member {info.filename} cannot be read: {exc}") from None
    if any(marker in prologue for marker in _DTD_MARKERS):
        raise CorruptDocumentError(
            f"{what} member {info.filename} declares a DOCTYPE/ENTITY (refused: XML entity expansion)")
