"""The running replica's mutable state and its request pipeline (no sockets here: the server only relays).

Pipeline for one request: find the real host and resource → matching mode rules may answer instead
(`intercept`) → a removed URL answers 404, an unknown one 404 plus a miss-log entry (strict playback) → the
resource's current revision is answered (conditional GET, gzip) → matching rules see the reply (`after`) →
the request log records method, real URL, status, whether a body was sent and which mode answered.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace
from typing import Any

from replica import revisions
from replica.build import Build
from replica.model import ReplicaError, Resource, Site
from replica.modes.base import DEFAULT_MODES, Request, Rule, make_rules
from replica.wire import Reply, not_found, resource_reply, simple_reply


class ReplicaState:
    def __init__(self, build: Build, modes: list[str | dict[str, Any]] | None = None, seed: int = 0) -> None:
        self.build = build
        self.seed = seed
        self.secret = f"nianbao-replica:{seed}".encode()
        self.lock = threading.RLock()
        self.initial_modes = list(DEFAULT_MODES if modes is None else modes)
        self.rules: list[Rule] = make_rules(self.initial_modes, seed, self.secret)
        self._rule_counter = len(self.rules)
        self.current: dict[str, Resource] = {}  # real URL → revised resource
        self.revision_count: dict[str, int] = {}
        self.removed: set[str] = set()
        self.request_log: list[dict[str, Any]] = []
        self.miss_log: list[dict[str, Any]] = []

    # --- modes -------------------------------------------------------------------------------------------------
    def set_modes(self, specs: list[str | dict[str, Any]]) -> None:
        """Replace every rule (the defaults included) by `specs`."""
        rules = make_rules(specs, self.seed, self.secret, self._next_index(len(specs)))
        with self.lock:
            self.rules = rules

    def add_mode(self, spec: str | dict[str, Any]) -> None:
        rule = make_rules([spec], self.seed, self.secret, self._next_index(1))[0]
        with self.lock:
            self.rules = [*self.rules, rule]

    def reset_modes(self) -> None:
        self.set_modes(self.initial_modes)

    def mode_specs(self) -> list[dict[str, Any]]:
        with self.lock:
            return [rule.spec for rule in self.rules]

    def _next_index(self, n: int) -> int:
        with self.lock:
            first = self._rule_counter
            self._rule_counter += n
            return first

    # --- a report's life ---------------------------------------------------------------------------------------
    def resource(self, url: str) -> Resource:
        host_path = url.split("://", 1)[-1]
        host, _, rest = host_path.partition("/")
        path, _, query = ("/" + rest).partition("?")
        found = self.build.routes.lookup(host, path, query)
        if found is None:
            raise ReplicaError(f"the replica serves no {url}")
        return found

    def revise(self, url: str) -> int:
        """Serve the next revision of `url` from now on; returns the revision number (1 for the first)."""
        original = self.resource(url)
        with self.lock:
            number = self.revision_count.get(original.url, 0) + 1
            prepared = self.build.revisions.get(original.url, [])
            base = prepared[number - 1] if number <= len(prepared) else self.current.get(original.url, original)
            body = base.body if number <= len(prepared) else revisions.revise_bytes(base.body, base.content_type,
                                                                                       number)
            previous = self.current.get(original.url, original).modified or dt.datetime.now(dt.UTC)
            modified = max(dt.datetime.now(dt.UTC).replace(microsecond=0), previous + dt.timedelta(seconds=1))
            self.current[original.url] = replace(base, url=original.url, body=body, modified=modified)
            self.revision_count[original.url] = number
            return number

    def gone(self, url: str) -> None:
        """`url` answers 404 from now on (a report taken down)."""
        original = self.resource(url)
        with self.lock:
            self.removed.add(original.url)

    def restore(self) -> None:
        """Undo every revision and removal."""
        with self.lock:
            self.current.clear()
            self.revision_count.clear()
            self.removed.clear()

    def snapshot(self) -> dict[str, Any]:
        """Runtime changes to the published content: revision numbers and removed URLs."""
        with self.lock:
            return {"revisions": dict(self.revision_count), "gone": sorted(self.removed)}

    # --- logs --------------------------------------------------------------------------------------------------
    def requests(self, since: int = 0) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.request_log[since:])

    def misses(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.miss_log)

    def clear_logs(self) -> None:
        with self.lock:
            self.request_log.clear()
            self.miss_log.clear()

    # --- the pipeline ------------------------------------------------------------------------------------------
    def respond(self, method: str, host: str, path: str, query: str, headers: dict[str, str],
                body: bytes = b"") -> Reply:
        arrived = time.time()  # the log's `time` is when the reply was made (a page rendered on request is later)
        site = self.build.sites_by_host.get(host)
        url = f"{site.scheme if site else 'https'}://{host}{path}" + (f"?{query}" if query else "")
        resource = self.build.routes.lookup(host, path, query, method, body) if site else None
        request = Request(method, host, path, query, url, headers, site, resource, self)
        with self.lock:
            rules = [rule for rule in self.rules if rule.scope.matches(request)]
        reply = None
        for rule in rules:
            reply = rule.mode.intercept(request)
            if reply is not None:
                break
        if reply is None:
            reply = self._site_reply(request)
            for rule in rules:
                reply = rule.mode.after(request, reply)
        if method == "HEAD":
            reply.send_body = False
        self._log(request, reply, arrived)
        return reply

    def _site_reply(self, request: Request) -> Reply:
        site, resource = request.site, request.resource
        if resource is None:
            if site is not None and self.build.routes.directory_redirect(request.host, request.path):
                location = site.url(request.path + "/") + (f"?{request.query}" if request.query else "")
                return _redirect(site, location)
            with self.lock:
                self.miss_log.append({"method": request.method, "url": request.url, "host": request.host,
                                      "path": request.path, "query": request.query, "time": time.time(),
                                      "reason": "unknown URL" if site else "unknown host"})
            return not_found(site)
        assert site is not None
        with self.lock:
            if resource.url in self.removed:
                reply = not_found(site)
                reply.fault = "gone"
                return reply
            current = self.current.get(resource.url, resource)
        return resource_reply(current, site, request.headers, request.method)

    def _log(self, request: Request, reply: Reply, arrived: float) -> None:
        entry = {"method": request.method, "url": request.url, "status": reply.status,
                 "body": reply.send_body and bool(reply.body), "bytes": len(reply.body) if reply.send_body else 0,
                 "conditional": "if-none-match" in request.headers or "if-modified-since" in request.headers,
                 "fault": reply.fault, "time": time.time(), "arrived": arrived}
        with self.lock:
            self.request_log.append(entry)


def _redirect(site: Site, location: str) -> Reply:
    body = (f"<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved "
            f"Permanently</h1></center>\r\n<hr><center>{site.server}</center>\r\n</body>\r\n</html>\r\n").encode()
    return simple_reply(site, 301, body, "text/html", [("Location", location)])
