"""The trail of a discovery crawl: how each page was reached, with what evidence, and which pages listed reports.

Ranking needs a page's context (a link found on the 年报 column weighs more than one on the home page); pinning
needs the chain of pages from the report columns back up to the tree they belong to (crawler/discovery/pin.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler.discovery.frontier import url_key

# How a page was reached from its parent.
START, LINK, SUB, PAGE, DATA, PROBE, RENDER = "start", "link", "sub", "page", "data", "probe", "render"


@dataclass(frozen=True)
class Step:
    url: str
    evidence: float  # what its link said, plus what it inherited from its parent
    depth: int
    relation: str  # START | LINK | SUB | PAGE | DATA | PROBE | RENDER
    parent: str | None = None
    strong: bool = False  # its link named the reports' column (年报 / 年度报告 words, a `…nb/`-style path)
    base_url: str | None = None  # DATA: the page whose script uses the data (relative row URLs resolve there)
    rendered: bool = False  # DATA: learnt from a browser rendering (no static page names the URL)


@dataclass
class Trail:
    steps: dict[str, Step] = field(default_factory=dict)
    productive: Counter[str] = field(default_factory=Counter)  # listing or data URL → reports it linked
    visited: set[str] = field(default_factory=set)  # pages and data answers read (keys)

    @property
    def pages(self) -> int:
        return len(self.visited)

    def add(self, step: Step) -> None:
        self.steps.setdefault(url_key(step.url), step)

    def visit(self, url: str) -> None:
        self.visited.add(url_key(url))

    def was_visited(self, step: Step) -> bool:
        return url_key(step.url) in self.visited

    def get(self, url: str) -> Step | None:
        return self.steps.get(url_key(url))

    def parent(self, step: Step) -> Step | None:
        return self.get(step.parent) if step.parent else None


def directory(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    return f"{parts.netloc}{path}"


def is_below(url: str, parent_url: str) -> bool:
    """`url` lives in a directory under `parent_url`'s (a sub-column; pages of the same directory are its own
    pages, or articles, or — on query-string sites — anything at all)."""
    here, there = directory(parent_url), directory(url)
    return there.startswith(here) and there != here


def is_sibling(url: str, parent_url: str) -> bool:
    """`url` lives in the directory above `parent_url`'s (a sibling column of it)."""
    parent_dir = directory(parent_url).rstrip("/").rsplit("/", 1)[0] + "/"
    return directory(url).startswith(parent_dir)
