"""The one progress display of the project's long commands (crawl, reparse, ingest, discovery, export): a tqdm bar on
stderr when stderr is a terminal, nothing otherwise (a log file or a pipe gets the command's summary, not a bar's
carriage returns); never anything on standard output, which belongs to the command's results."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

from tqdm import tqdm

T = TypeVar("T")
# Scrapy setting: draw the crawl's progress bar (crawler/extensions/progress.py).  The crawl command sets it when
# the log goes to a file and stderr is a terminal: a bar between log lines would garble both.
PROGRESS_SETTING = "NIANBAO_PROGRESS"


def bar(what: str, total: int | None = None, *, unit: str = " doc", stream: IO[str] | None = None) -> tqdm:
    """A bar (a counter when the total is unknown), left on the terminal at its end; the caller updates and closes
    it."""
    return tqdm(total=total, desc=what, file=stream or sys.stderr, unit=unit, dynamic_ncols=True)


def progress(items: Iterable[T], total: int, what: str, *, stream: IO[str] | None = None,
             quiet: bool = False) -> Iterator[T]:
    """`items`, showing how far through `total` the caller is when `stream` (stderr) is a terminal."""
    stream = stream or sys.stderr
    if quiet or total == 0 or not stream.isatty():
        yield from items
        return
    with bar(what, total, stream=stream) as shown:
        for item in items:
            yield item
            shown.update(1)
