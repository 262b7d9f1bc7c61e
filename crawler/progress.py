"""Progress of a long command on stderr: a tqdm bar on a terminal, otherwise a plain line now and then (a log file or
a pipe gets no carriage returns), and nothing on standard output, which belongs to the command's results."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

from tqdm import tqdm

T = TypeVar("T")
PLAIN_EVERY = 10.0  # seconds between plain progress lines


def progress(items: Iterable[T], total: int, what: str, *, stream: IO[str] | None = None,
             quiet: bool = False, every: float = PLAIN_EVERY) -> Iterator[T]:
    """`items`, reporting how far through `total` the caller is."""
    stream = stream or sys.stderr
    if quiet or total == 0:
        yield from items
        return
    if stream.isatty():
        yield from tqdm(items, total=total, desc=what, file=stream, unit="doc", leave=False)
        return
    last = time.monotonic()
    for done, item in enumerate(items, start=1):
        yield item
        now = time.monotonic()
        if now - last >= every and done < total:
            print(f"{what}: {done}/{total}", file=stream, flush=True)
            last = now
