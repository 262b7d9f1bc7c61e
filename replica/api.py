"""`Replica`: build the sites, serve them on 127.0.0.1:<OS-assigned port> from a background thread, and give
tests the ground truth, the logs and runtime control."""

from __future__ import annotations

import http.client
import json
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from replica.build import DEFAULT_CONTENT_SEED, Build, build
from replica.model import ReplicaError
from replica.server import ReplicaHTTPServer
from replica.state import ReplicaState


class Replica:
    """The offline replica of the five sites.

    `modes`: mode specs (see replica.modes); None keeps the defaults (none today), [] switches every mode off.
    `seed` seeds random modes; `content_seed` the site content (keep the default
    unless a test needs other content: another seed builds other documents, ~20 s on a cold cache).
    `redesign`: the redesign mode — every site has moved its annual-report columns (replica/redesign.py).
    """

    def __init__(self, modes: list[str | dict[str, Any]] | None = None, seed: int = 0, *,
                 content_seed: int = DEFAULT_CONTENT_SEED, port: int = 0, sites: tuple[str, ...] | None = None,
                 cache_dir: Path | None = None, redesign: bool = False) -> None:
        self.build: Build = build(content_seed, sites, cache_dir, redesign)
        self.state = ReplicaState(self.build, modes, seed)
        self.port = port
        self._server: ReplicaHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------------------------
    def start(self) -> Replica:
        if self._server is not None:
            return self
        try:
            self._server = ReplicaHTTPServer(self.state, self.port)
        except OSError as exc:
            raise ReplicaError(f"cannot listen on 127.0.0.1:{self.port}: {exc.strerror or exc}") from None
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="nianbao-replica", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Replica:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`: the value for REPLICA_URL."""
        if self._server is None:
            raise ReplicaError("the replica is not running (use it as a context manager or call start())")
        return self._server.url

    # --- ground truth and logs ---------------------------------------------------------------------------------
    def manifest(self) -> dict[str, Any]:
        """The ground truth as JSON data (what GET /__replica__/manifest returns)."""
        return self.build.manifest_json() | {"state": self.state.snapshot()}

    def routes(self) -> list[dict[str, Any]]:
        return self.build.routes_json()

    def misses(self) -> list[dict[str, Any]]:
        return self.state.misses()

    def requests(self, since: int = 0) -> list[dict[str, Any]]:
        return self.state.requests(since)

    def clear_logs(self) -> None:
        self.state.clear_logs()

    # --- runtime control ---------------------------------------------------------------------------------------
    def set_mode(self, *specs: str | dict[str, Any]) -> None:
        """Replace every active mode (the defaults included) by `specs`; no argument switches all modes off."""
        self.state.set_modes(list(specs))

    def add_mode(self, spec: str | dict[str, Any]) -> None:
        self.state.add_mode(spec)

    def reset_modes(self) -> None:
        self.state.reset_modes()

    def modes(self) -> list[dict[str, Any]]:
        return self.state.mode_specs()

    def revise(self, url: str) -> int:
        """`url` serves its next revision (new bytes, ETag and Last-Modified) from now on; returns its number."""
        return self.state.revise(url)

    def gone(self, url: str) -> None:
        """`url` answers 404 from now on."""
        self.state.gone(url)

    def restore(self) -> None:
        self.state.restore()

    # --- a client for tests --------------------------------------------------------------------------------------
    def get(self, url: str, headers: dict[str, str] | None = None, method: str = "GET") -> tuple[
            int, list[tuple[str, str]], bytes]:
        """Fetch a real URL through the replica's transport form; (status, headers, raw body). No redirects."""
        parts = urlsplit(url)
        target = f"/{parts.netloc}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
        connection = http.client.HTTPConnection("127.0.0.1", urlsplit(self.url).port, timeout=30)
        try:
            connection.request(method, target, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def control(self, command: str, data: dict[str, Any] | None = None) -> Any:
        """Call a control endpoint over HTTP (GET without data, POST with it), as another process would."""
        connection = http.client.HTTPConnection("127.0.0.1", urlsplit(self.url).port, timeout=30)
        try:
            body = json.dumps(data).encode() if data is not None else None
            connection.request("POST" if body is not None else "GET", f"/__replica__/{command}", body=body,
                               headers={"Content-Type": "application/json"} if body else {})
            response = connection.getresponse()
            payload = json.loads(response.read() or b"null")
            if response.status != 200:
                raise ReplicaError(f"/__replica__/{command}: {payload}")
            return payload
        finally:
            connection.close()
