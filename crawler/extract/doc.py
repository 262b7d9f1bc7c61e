"""DOC, WPS and RTF → blocks.

Chosen chain (see docs/extraction.md): LibreOffice headless converts to DOCX and the DOCX reader walks it, which
is the only route that keeps the table structure (merged cells included).  It costs about 1.1 s a file.  When
LibreOffice is missing or fails, antiword (`-m UTF-8.txt`, tables as `|a |b |`) and then catdoc
(`-d utf-8 -w`, cells TAB-separated) give the text with rows still one per line.  Both need the UTF-8 mapping
passed explicitly, or Chinese comes out as `?`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from crawler.errors import CorruptDocumentError, ExtractionError, ExtractionTimeoutError
from crawler.extract import mediatypes as media
from crawler.extract.convert import libreoffice_convert, run_tool, soffice_path
from crawler.extract.docx import docx_blocks
from crawler.extract.limits import Deadline, Limits
from crawler.extract.text import Block, Paragraph, Table

_SUFFIX = {media.DOC: ".doc", media.WPS: ".wps", media.RTF: ".rtf"}


def legacy_blocks(data: bytes, media_type: str, limits: Limits,
                  deadline: Deadline) -> tuple[list[Block], str | None, list[str]]:
    """Blocks, title and warnings of a DOC/WPS/RTF document."""
    warnings: list[str] = []
    failures: list[str] = []
    if soffice_path():
        try:
            converted = libreoffice_convert(data, _SUFFIX[media_type], "docx", timeout=deadline.remaining())
            blocks, title = docx_blocks(converted, limits)
            return blocks, title, warnings
        except ExtractionTimeoutError:
            raise
        except ExtractionError as exc:
            failures.append(str(exc))
    else:
        failures.append("LibreOffice is not installed")
    if media_type == media.DOC:
        for tool in (_antiword, _catdoc):
            try:
                text = tool(data, deadline)
            except ExtractionTimeoutError:
                raise
            except ExtractionError as exc:
                failures.append(str(exc))
                continue
            if text.strip():
                warnings.append(f"{failures[0]}; text read with {tool.__name__.strip('_')} instead")
                return text_blocks(text), None, warnings
    raise CorruptDocumentError(f"{media_type} document could not be read: " + "; ".join(failures))


def _with_file(data: bytes, argv_before_path: list[str], deadline: Deadline) -> str:
    tool = shutil.which(argv_before_path[0])
    if not tool:
        raise ExtractionError(f"{argv_before_path[0]} is not installed")
    with tempfile.TemporaryDirectory(prefix="nianbao-doc.") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        run = run_tool([tool, *argv_before_path[1:], str(path)], timeout=min(30.0, deadline.remaining()))
    if run.returncode != 0:
        detail = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(f"{argv_before_path[0]} failed" + (f": {detail[-1]}" if detail else ""))
    return run.stdout.decode("utf-8", "replace")


def _antiword(data: bytes, deadline: Deadline) -> str:
    text = _with_file(data, ["antiword", "-m", "UTF-8.txt", "-w", "0"], deadline)
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        lines.append(line)
    return "\n".join(lines)


def _catdoc(data: bytes, deadline: Deadline) -> str:
    return _with_file(data, ["catdoc", "-d", "utf-8", "-w"], deadline)


def text_blocks(text: str) -> list[Block]:
    """Plain text with TAB-separated rows → paragraphs and tables (consecutive TAB lines form one table)."""
    blocks: list[Block] = []
    for line in text.splitlines():
        if "\t" in line and line.strip():
            row = line.split("\t")
            if blocks and isinstance(blocks[-1], Table):
                blocks[-1].rows.append(row)
            else:
                blocks.append(Table([row]))
        elif line.strip():
            blocks.append(Paragraph(line))
    return blocks
