"""Read the portal tree of `anyi-econ/china-public-debt` (`data/gov-website-links.ts`) without running it.

The file is a TypeScript module whose data is one array literal of `{name, url, children?}` objects with
unquoted keys; quoting the three keys makes it JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crawler.errors import NianbaoError

_ARRAY = re.compile(r"GOV_WEBSITES\s*:\s*GovWebsiteNode\[\]\s*=\s*(\[.*\])\s*;", re.S)
_KEY = re.compile(r"([{,]\s*)(name|url|children)\s*:")  # a key follows `{` or `,`; no value holds one


@dataclass(frozen=True)
class PortalNode:
    """One node of the tree: its names from the root (`("河北省", "唐山市", "滦州市")`) and its URL."""

    path: tuple[str, ...]
    url: str | None

    @property
    def name(self) -> str:
        return self.path[-1]


def parse_portal_tree(text: str) -> list[dict]:
    match = _ARRAY.search(text)
    if match is None:
        raise NianbaoError("gov-website-links.ts: no `GOV_WEBSITES: GovWebsiteNode[] = [...]` array found")
    try:
        return json.loads(_KEY.sub(r'\1"\2":', match.group(1)))
    except json.JSONDecodeError as exc:
        raise NianbaoError(f"gov-website-links.ts: the array is not the expected literal ({exc.msg}, "
                           f"line {exc.lineno})") from None


def level_nodes(nodes: list[dict], parents: tuple[str, ...] = ()) -> Iterator[tuple[PortalNode, list[dict]]]:
    """The nodes of one level in file order, each with its (raw) children."""
    for node in nodes:
        portal = PortalNode(path=(*parents, node["name"]), url=(node.get("url") or "").strip() or None)
        children = node.get("children") or []
        yield portal, children


def load_portal_tree(path: Path) -> list[dict]:
    return parse_portal_tree(path.read_text(encoding="utf-8"))
