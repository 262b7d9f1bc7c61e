"""The routing table: real host + path (+ query) → Resource, with the quirks of a static web server.

- A static file answers whatever query string is appended to it (`index_2.html?x=1`), as nginx does.
- A resource registered *with* a query (the gkmlpt JSON API) answers only that query, in any parameter order.
- A directory answers at `dir/` when it has an `index.html`; `dir` without the slash is redirected (301) to it,
  with a `Location` naming the real URL, never the replica.
- A resource registered with a `form` answers only a POST whose form body holds those pairs (an ASP.NET postback,
  a data proxy asked by POST); a POST matching none of them is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from replica.model import ReplicaError, Resource


def query_key(query: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(parse_qsl(query, keep_blank_values=True)))


def form_pairs(body: bytes) -> set[tuple[str, str]]:
    """The pairs of an `application/x-www-form-urlencoded` body (UTF-8, as browsers send it)."""
    text = body.decode("utf-8", errors="replace")
    pairs = (part.partition("=") for part in text.split("&") if part)
    return {(unquote_plus(key), unquote_plus(value)) for key, _, value in pairs}


class RouteTable:
    def __init__(self, resources: Iterable[Resource] = ()) -> None:
        # (host, path) → {query key or None (static: any query): resource}
        self._routes: dict[tuple[str, str], dict[tuple[tuple[str, str], ...] | None, Resource]] = {}
        # (host, path) → resources answering POSTs (each with its form pairs)
        self._posts: dict[tuple[str, str], list[Resource]] = {}
        for resource in resources:
            self.add(resource)

    def add(self, resource: Resource) -> None:
        parts = urlsplit(resource.url)
        if resource.form is not None:
            self._posts.setdefault((parts.netloc, parts.path or "/"), []).append(resource)
            return
        slot = self._routes.setdefault((parts.netloc, parts.path or "/"), {})
        key = query_key(parts.query) if parts.query else None
        if key in slot:
            raise ReplicaError(f"two resources for one URL: {resource.url}")
        slot[key] = resource

    def __iter__(self) -> Iterator[Resource]:
        for slot in self._routes.values():
            yield from slot.values()
        for posts in self._posts.values():
            yield from posts

    def __len__(self) -> int:
        return sum(len(slot) for slot in self._routes.values()) + sum(len(p) for p in self._posts.values())

    def hosts(self) -> set[str]:
        return {host for host, _ in self._routes}

    def lookup(self, host: str, path: str, query: str = "", method: str = "GET", body: bytes = b"") -> Resource | None:
        if method == "POST":
            return self._post(host, path, query, body)
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

    def _post(self, host: str, path: str, query: str, body: bytes) -> Resource | None:
        """The resource whose form pairs the body holds (and whose query, if it has one, the request's matches)."""
        sent = form_pairs(body)
        for resource in self._posts.get((host, path), ()):
            if set(resource.form or ()) <= sent and (not resource.query or query_key(resource.query) ==
                                                         query_key(query)):
                return resource
        return None
