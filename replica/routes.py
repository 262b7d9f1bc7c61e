"""The routing table: real host + path (+ query) → Resource, with the quirks of a static web server.

- A static file answers whatever query string is appended to it (`index_2.html?x=1`), as nginx does.
- A resource registered *with* a query (the gkmlpt JSON API) answers only that query, in any parameter order.
- A directory answers at `dir/` when it has an `index.html`; `dir` without the slash is redirected (301) to it,
  with a `Location` naming the real URL, never the replica.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urlsplit

from replica.model import ReplicaError, Resource


def query_key(query: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(parse_qsl(query, keep_blank_values=True)))


class RouteTable:
    def __init__(self, resources: Iterable[Resource] = ()) -> None:
        # (host, path) → {query key or None (static: any query): resource}
        self._routes: dict[tuple[str, str], dict[tuple[tuple[str, str], ...] | None, Resource]] = {}
        for resource in resources:
            self.add(resource)

    def add(self, resource: Resource) -> None:
        parts = urlsplit(resource.url)
        slot = self._routes.setdefault((parts.netloc, parts.path or "/"), {})
        key = query_key(parts.query) if parts.query else None
        if key in slot:
            raise ReplicaError(f"two resources for one URL: {resource.url}")
        slot[key] = resource

    def __iter__(self) -> Iterator[Resource]:
        for slot in self._routes.values():
            yield from slot.values()

    def __len__(self) -> int:
        return sum(len(slot) for slot in self._routes.values())

    def hosts(self) -> set[str]:
        return {host for host, _ in self._routes}

    def lookup(self, host: str, path: str, query: str = "") -> Resource | None:
        slot = self._routes.get((host, path))
        if slot is None and path.endswith("/"):
            slot = self._routes.get((host, path + "index.html"))
        if slot is None:
            return None
        if query:
            exact = slot.get(query_key(query))
            if exact is not None:
                return exact
        return slot.get(None)

    def directory_redirect(self, host: str, path: str) -> bool:
        """`/zwgk/zfxxgknb/bm` names a directory that exists as `/zwgk/zfxxgknb/bm/`."""
        return not path.endswith("/") and (host, path + "/index.html") in self._routes
