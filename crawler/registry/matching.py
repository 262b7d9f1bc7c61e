"""Match the nodes of a portal tree (province → prefecture → county names) to places of the code table.

A node is looked for among the places it can be, by its exact name first and then by its stem (names.py), and
only a unique hit counts:
- a top-level node among the provinces;
- a node under a province among the province's direct subordinates: prefectures, and the county-level units
  the province governs directly (a municipality's districts, 仙桃市, 济源市, the 兵团 cities);
- a node under a prefecture among that prefecture's counties, else among all counties of the province (a unit
  moved to another prefecture);
- the children of a node that matched nothing (新疆生产建设兵团, no administrative division) are looked for among
  the province's counties.
Names that a stem cannot reconcile (a renamed unit, a different kind of name) come from the alias file: source
path → code, each with its reason. What matches nothing is reported, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from crawler.registry.model import Level, Place
from crawler.registry.names import stem
from crawler.registry.portal_tree import PortalNode, level_nodes


@dataclass(frozen=True)
class Unmatched:
    path: tuple[str, ...]
    url: str | None
    reason: str


@dataclass
class TreeMatch:
    """Each matched place's node (first node wins), and every node that matched no place or a taken one."""

    nodes: dict[str, PortalNode] = field(default_factory=dict)
    unmatched: list[Unmatched] = field(default_factory=list)


class _Index:
    def __init__(self, places: Iterable[Place]) -> None:
        self.by_code = {place.code: place for place in places}
        self.children: dict[str | None, list[Place]] = defaultdict(list)
        for place in self.by_code.values():
            self.children[place.parent_code].append(place)

    def counties_of_province(self, province: Place) -> list[Place]:
        return [p for p in self.by_code.values() if p.level is Level.COUNTY and p.province_code == province.code]


def match_tree(tree: list[dict], places: Iterable[Place],
               aliases: dict[tuple[str, ...], str] | None = None) -> TreeMatch:
    index = _Index(places)
    result = TreeMatch()
    aliases = aliases or {}
    for node, children in level_nodes(tree):
        province = _find(node, index.children[None], aliases, index)
        if province is None:
            result.unmatched.append(Unmatched(node.path, node.url, _why(node, index.children[None])))
            _skip_subtree(children, node.path, result, "under an unmatched province")
            continue
        _record(node, province, result)
        _match_province(children, node.path, province, index, aliases, result)
    return result


def _match_province(nodes: list[dict], parents: tuple[str, ...], province: Place, index: _Index,
                    aliases: dict[tuple[str, ...], str], result: TreeMatch) -> None:
    counties = index.counties_of_province(province)
    astray: list[tuple[PortalNode, list[Place]]] = []  # not under their own prefecture: looked for last
    for node, children in level_nodes(nodes, parents):
        place = _find(node, index.children[province.code], aliases, index)
        if place is None:
            result.unmatched.append(Unmatched(node.path, node.url, _why(node, index.children[province.code])))
            scope = counties
        else:
            _record(node, place, result)
            scope = index.children[place.code]
        for child, grandchildren in level_nodes(children, node.path):
            county = _find(child, scope, aliases, index)
            if county is None:
                astray.append((child, scope))
            else:
                _record(child, county, result)
            _skip_subtree(grandchildren, child.path, result, "below county level")
    # after every county listed under its own prefecture, so a stray entry never takes a place from the right one
    for child, scope in astray:
        county = _find(child, counties, aliases, index)
        if county is None:
            result.unmatched.append(Unmatched(child.path, child.url, _why(child, scope)))
        else:
            _record(child, county, result)


def _find(node: PortalNode, candidates: list[Place], aliases: dict[tuple[str, ...], str],
          index: _Index) -> Place | None:
    if node.path in aliases:
        return index.by_code.get(aliases[node.path])
    exact = [place for place in candidates if place.name == node.name]
    if len(exact) == 1:
        return exact[0]
    node_stem = stem(node.name)
    by_stem = [place for place in candidates if stem(place.name) == node_stem]
    return by_stem[0] if len(by_stem) == 1 else None


def _why(node: PortalNode, candidates: list[Place]) -> str:
    node_stem = stem(node.name)
    same = [place.name for place in candidates if stem(place.name) == node_stem or place.name == node.name]
    return f"ambiguous: {', '.join(sorted(same))}" if len(same) > 1 else "no such place in the code table"


def _record(node: PortalNode, place: Place, result: TreeMatch) -> None:
    taken = result.nodes.get(place.code)
    if taken is None:
        result.nodes[place.code] = node
    else:
        result.unmatched.append(Unmatched(node.path, node.url, f"{place.code} {place.name} already matched by "
                                                               f"{'/'.join(taken.path)}"))


def _skip_subtree(nodes: list[dict], parents: tuple[str, ...], result: TreeMatch, reason: str) -> None:
    for node, children in level_nodes(nodes, parents):
        result.unmatched.append(Unmatched(node.path, node.url, reason))
        _skip_subtree(children, node.path, result, reason)
