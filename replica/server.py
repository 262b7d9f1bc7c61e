"""The HTTP front: a ThreadingHTTPServer on 127.0.0.1 that finds the real host of each request and relays it to
the state's pipeline, plus the control endpoints under `/__replica__/`.

Addressing (the contract with crawler/transport.py): `GET /www.haizhu.gov.cn/zwgk/…?q` names the real URL
`https://www.haizhu.gov.cn/zwgk/…?q` (host = first path segment); a bare path with `Host: www.haizhu.gov.cn`
works too, for curl.  Control endpoints (JSON):

    GET  /__replica__/manifest     the ground truth          GET  /__replica__/routes    every URL served
    GET  /__replica__/misses       unknown URLs requested    GET  /__replica__/requests  the request log (?since=N)
    GET  /__replica__/mode         the active mode rules     POST /__replica__/mode      {"modes": [...]} replace,
                                                                                         {"add": spec}, {"reset": true}
    POST /__replica__/revise       {"url": real URL}         POST /__replica__/gone      {"url": real URL}
    POST /__replica__/clear        empty both logs           POST /__replica__/restore   undo revisions and removals
"""

from __future__ import annotations

import json
import re
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from replica.model import ReplicaError
from replica.state import ReplicaState
from replica.wire import Reply, simple_reply

CONTROL = "/__replica__/"
_HOSTNAME = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$", re.I)
_FILE_NAME = re.compile(r"\.(s?html?|js|css|json|txt|xml|ico|pdf|docx?|wps|xlsx?|jpe?g|png|gif|php|jsp|aspx?)$")


class ReplicaHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False  # port 0: never steal a port someone else holds
    request_queue_size = 128

    def __init__(self, state: ReplicaState, port: int = 0) -> None:
        self.state = state
        super().__init__(("127.0.0.1", port), ReplicaHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class ReplicaHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers and Scrapy use it
    server: ReplicaHTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in one write; without NODELAY a kept-alive connection still waits for ACKs.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        if parts.path.startswith(CONTROL):
            self._send(self._control(method, parts.path[len(CONTROL):], parts.query, body))
            return
        host, path = self._real_host(parts.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        self._send(self.server.state.respond(method, host, path, parts.query, headers, body))

    def _real_host(self, path: str) -> tuple[str, str]:
        """(real host, path) from `/<host>/<path>` or, for a bare path, from the Host header."""
        known = self.server.state.build.sites_by_host
        first, _, rest = path.lstrip("/").partition("/")
        first = first.lower()
        header_host = (self.headers.get("Host") or "").lower().rsplit(":", 1)[0]
        if first in known:
            return first, "/" + rest
        if header_host in known:
            return header_host, path or "/"
        if _HOSTNAME.match(first) and not _FILE_NAME.search(first):
            return first, "/" + rest  # another real host (an off-site link followed): a miss under that host
        return header_host or "unknown", path or "/"

    def _send(self, reply: Reply) -> None:
        try:
            if reply.writer is not None:
                reply.writer(self.wfile, reply)
            else:
                self.wfile.write(reply.wire_bytes())
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    # --- control -----------------------------------------------------------------------------------------------
    def _control(self, method: str, command: str, query: str, body: bytes) -> Reply:
        state = self.server.state
        try:
            data = json.loads(body) if body else {}
            if method == "GET" and command == "manifest":
                return _json(state.build.manifest_json() | {"state": state.snapshot()})
            if method == "GET" and command == "routes":
                return _json(state.build.routes_json())
            if method == "GET" and command == "misses":
                return _json(state.misses())
            if method == "GET" and command == "requests":
                since = int((parse_qs(query).get("since") or ["0"])[0])
                return _json(state.requests(since))
            if command == "mode":
                if method == "POST":
                    _change_modes(state, data)
                return _json(state.mode_specs())
            if method == "POST" and command == "revise":
                return _json({"url": data["url"], "revision": state.revise(data["url"])})
            if method == "POST" and command == "gone":
                state.gone(data["url"])
                return _json({"url": data["url"], "gone": True})
            if method == "POST" and command == "clear":
                state.clear_logs()
                return _json({"cleared": True})
            if method == "POST" and command == "restore":
                state.restore()
                return _json({"restored": True})
        except (ReplicaError, KeyError, ValueError, TypeError) as exc:
            return _json({"error": str(exc) or type(exc).__name__}, 400)
        return _json({"error": f"unknown control request {method} {CONTROL}{command}"}, 404)


def _change_modes(state: ReplicaState, data: dict[str, Any]) -> None:
    if data.get("reset"):
        state.reset_modes()
    elif data.get("clear"):
        state.set_modes([])
    elif "modes" in data:
        state.set_modes(list(data["modes"]))
    elif "add" in data:
        state.add_mode(data["add"])
    else:
        raise ReplicaError('mode request needs "modes", "add", "reset" or "clear"')


def _json(data: Any, status: int = 200) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode()
    return simple_reply(None, status, body, "application/json; charset=utf-8")
