"""The boundary rule, read in the code: spiders yield, downloader middlewares annotate or alter, pipelines
transform, extensions write (docs/crawler.md).  No spider, spider base, downloader middleware or pipeline calls
anything that writes the archive or a file; the extensions (and the browser's transport) are where writing is."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import ROOT

# What writes: the archive's writing methods, the crawl context's recording, the site-file writer, file writes.
WRITERS = frozenset({
    "record_fetch", "record", "save_report", "mark_parse", "withdraw_report", "start_run", "finish_run",
    "ensure_site", "store_document", "parse_document", "parse_stored", "record_parse", "close_run_files",
    "record_fetches", "record_later", "enqueue_parse", "enqueue_parses",
    "write_site_file", "write_text", "write_bytes", "open",
})
READERS_ONLY = [*sorted((ROOT / "spiders").glob("*.py")), ROOT / "crawler/base.py", ROOT / "crawler/gkmlpt.py",
                ROOT / "crawler/catalogues.py", ROOT / "crawler/discovery/search.py",
                *sorted((ROOT / "crawler/middlewares").glob("*.py")), *sorted(ROOT.glob("crawler/pipelines*.py"))]
WRITING_EXTENSIONS = [ROOT / "crawler/extensions/exchanges.py", ROOT / "crawler/extensions/parses.py",
                      ROOT / "crawler/extensions/runs.py", ROOT / "crawler/discovery/pinning.py"]


def calls(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            function = node.func
            names.add(function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", ""))
    return names


def test_spiders_middlewares_and_pipelines_write_nothing() -> None:
    assert len(READERS_ONLY) > 10
    offenders = {str(path.relative_to(ROOT)): sorted(calls(path) & WRITERS) for path in READERS_ONLY}
    assert not {path: found for path, found in offenders.items() if found}


def test_the_extensions_are_where_the_writing_is() -> None:
    for path in WRITING_EXTENSIONS:  # (so the check above looks for the right names)
        assert calls(path) & WRITERS, path
