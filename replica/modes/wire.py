"""Byte-level faults: what a flaky server or a broken proxy puts on the socket (issue 8's fault suite).

Each mode answers the first `n` requests of each URL (or, with `p` > 0, a seeded random share of all requests) with
its fault and then lets the real reply through, so a crawler that retries recovers; `n=0, p=1` makes a fault
permanent.  The faults take over the socket through `Reply.writer`:

| mode          | on the wire                                                                                    |
|---------------|------------------------------------------------------------------------------------------------|
| `reset`       | the connection is reset (RST) before a byte is sent, or (`at=body`) after the headers and half |
|               | the body; `browser=1`: every request but a browser's (no `Sec-Fetch-*`/`Sec-CH-UA*` header)   |
| `timeout`     | the request is read and nothing is answered for `seconds`, then the connection is closed       |
| `slow`        | the real reply, dripped in `chunks` pieces spread over `seconds`                               |
| `truncate`    | the headers (true Content-Length, or `length=drop`: none and `Connection: close`) and `keep` of |
|               | the body, then the connection is closed                                                        |
| `wrong-length`| the whole body under a Content-Length `delta` bytes off (negative: shorter than the body)      |
| `bad-gzip`    | `Content-Encoding: gzip` on a body that does not decompress: the site's gzip stream cut short   |
|               | and its tail damaged, or (`form=plain`) the uncompressed body                                   |
| `empty`       | `200` with an empty body (`Content-Length: 0`) instead of the page or file                      |

`recode` is no fault but a server's choice, on every reply: the site's gzip replies (and its 304s' headers) sent
with other codings instead, `codings=br`, `zstd`, `deflate`, `deflate-raw` or a stack `gzip+gzip` (applied left to
right, as Content-Encoding lists them).  Assumed, not seen on the five real sites: nginx/CDN brotli and zstd
modules send these to a client that advertises them, as the crawler does (`gzip, deflate, br, zstd`).
"""

from __future__ import annotations

import gzip
import random
import socket
import struct
import time
import zlib
from typing import Any, BinaryIO

import brotli
from backports import zstd

from replica.model import ReplicaError
from replica.modes.base import Mode, Request, register
from replica.wire import Reply


class TransientFault(Mode):
    """A fault for the first `n` requests of each URL, or with seeded probability `p` (then `n` is ignored)."""

    params = {"n": 1, "p": 0.0}

    def hit(self, request: Request) -> bool:
        if self.settings["p"] > 0:
            with self.lock:
                return self.rng.random() < self.settings["p"]
        return self.count(request.url) <= self.settings["n"]

    def after(self, request: Request, reply: Reply) -> Reply:
        if not reply.send_body or not self.hit(request):
            return reply
        reply.fault = self.name
        return self.damage(request, reply)

    def damage(self, request: Request, reply: Reply) -> Reply:
        raise NotImplementedError


def _socket_of(wfile: BinaryIO) -> socket.socket | None:
    # socketserver's unbuffered writer keeps its socket in `_sock` (stdlib; no public accessor).
    return getattr(wfile, "_sock", None)


def _hang_up(wfile: BinaryIO, *, reset: bool) -> None:
    """End the connection now.  Raising ConnectionResetError makes the server's handler close it (and not wait
    for another keep-alive request); with `reset` the close sends an RST instead of a FIN."""
    sock = _socket_of(wfile)
    if reset and sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # the descriptor closes when the handler drops its last file on it: no FIN before the RST
    raise ConnectionResetError("fault: connection closed by the replica")


def _with_headers(reply: Reply, **changes: str | None) -> bytes:
    """The reply's head with headers set (str) or removed (None); names use '_' for '-'."""
    copy = Reply(reply.status, list(reply.headers), reply.body, reply.send_body, reply.fault)
    for key, value in changes.items():
        name = key.replace("_", "-")
        copy.headers = [(k, v) for k, v in copy.headers if k.lower() != name.lower()]
        if value is not None:
            copy.headers.append((name, value))
    return copy.head_bytes()


@register
class Reset(TransientFault):
    """`browser=1`: every request without a browser's request metadata (`Sec-Fetch-*` or `Sec-CH-UA*` headers, which
    Chromium sends and plain clients do not) is reset, every browser request served — the gkmlpt platform's habit
    as a public scraper of gd.gov.cn reports it."""

    name = "reset"
    params = {**TransientFault.params, "at": "start", "browser": 0}  # at: start | body

    def hit(self, request: Request) -> bool:
        if self.settings["browser"]:
            return not any(name.startswith(("sec-fetch-", "sec-ch-ua")) for name in request.headers)
        return super().hit(request)

    def damage(self, request: Request, reply: Reply) -> Reply:
        at_body = self.settings["at"] == "body"

        def write(wfile: BinaryIO, original: Reply) -> None:
            if at_body:
                wfile.write(original.head_bytes() + original.body[: len(original.body) // 2])
                wfile.flush()
            _hang_up(wfile, reset=True)

        reply.writer = write
        return reply


@register
class Timeout(TransientFault):
    name = "timeout"
    params = {**TransientFault.params, "seconds": 30.0}

    def damage(self, request: Request, reply: Reply) -> Reply:
        seconds = self.settings["seconds"]

        def write(wfile: BinaryIO, original: Reply) -> None:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:  # short naps: a stopped replica's threads end soon after
                time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
            _hang_up(wfile, reset=False)

        reply.writer = write
        return reply


@register
class SlowDrip(TransientFault):
    name = "slow"
    params = {**TransientFault.params, "seconds": 4.0, "chunks": 20}

    def damage(self, request: Request, reply: Reply) -> Reply:
        seconds, chunks = self.settings["seconds"], max(1, self.settings["chunks"])

        def write(wfile: BinaryIO, original: Reply) -> None:
            data = original.wire_bytes()
            size = -(-len(data) // chunks)
            for start in range(0, len(data), size):
                wfile.write(data[start:start + size])
                wfile.flush()
                time.sleep(seconds / chunks)

        reply.writer = write
        return reply


@register
class Truncate(TransientFault):
    name = "truncate"
    params = {**TransientFault.params, "keep": 0.5, "length": "keep"}  # length: keep (true) | drop (none)

    def damage(self, request: Request, reply: Reply) -> Reply:
        cut = int(len(reply.body) * self.settings["keep"])
        drop = self.settings["length"] == "drop"

        def write(wfile: BinaryIO, original: Reply) -> None:
            head = _with_headers(original, content_length=None, connection="close") if drop else \
                original.head_bytes()
            wfile.write(head + original.body[:cut])
            wfile.flush()
            _hang_up(wfile, reset=False)

        reply.writer = write
        return reply


@register
class WrongLength(TransientFault):
    name = "wrong-length"
    params = {**TransientFault.params, "delta": -100}

    def damage(self, request: Request, reply: Reply) -> Reply:
        declared = max(0, len(reply.body) + self.settings["delta"])

        def write(wfile: BinaryIO, original: Reply) -> None:
            wfile.write(_with_headers(original, content_length=str(declared)) + original.body)
            wfile.flush()
            # Whatever the client made of the extra or missing bytes, this connection cannot carry another reply.
            _hang_up(wfile, reset=False)

        reply.writer = write
        return reply


@register
class BadGzip(TransientFault):
    name = "bad-gzip"
    params = {**TransientFault.params, "form": "cut"}  # cut: a damaged gzip stream | plain: not gzip at all

    def damage(self, request: Request, reply: Reply) -> Reply:
        compressed = (reply.header("Content-Encoding") or "").lower() == "gzip"
        if self.settings["form"] == "plain":
            body = gzip.decompress(reply.body) if compressed else reply.body
        else:
            stream = reply.body if compressed else gzip.compress(reply.body, mtime=0)
            keep = stream[: max(12, len(stream) * 2 // 3)]
            body = keep[:-8] + bytes(b ^ 0x5A for b in keep[-8:])  # cut short and the last bytes garbled
        reply.body = body
        reply.set_header("Content-Encoding", "gzip")
        reply.set_header("Content-Length", str(len(body)))
        return reply


@register
class Empty(TransientFault):
    name = "empty"

    def damage(self, request: Request, reply: Reply) -> Reply:
        reply.body = b""
        reply.headers = [(k, v) for k, v in reply.headers if k.lower() != "content-encoding"]
        reply.set_header("Content-Length", "0")
        return reply


def _raw_deflate(body: bytes) -> bytes:
    deflater = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return deflater.compress(body) + deflater.flush()


_ENCODERS = {"gzip": lambda body: gzip.compress(body, mtime=0), "deflate": zlib.compress,
             "deflate-raw": _raw_deflate, "br": brotli.compress, "zstd": zstd.compress}


@register
class Recode(Mode):
    """The site's gzip replies sent with other Content-Encodings (module docstring)."""

    name = "recode"
    params = {"codings": "br"}

    def __init__(self, params: dict[str, Any], rng: random.Random, secret: bytes) -> None:
        super().__init__(params, rng, secret)
        self.codings = self.settings["codings"].split("+")
        unknown = [name for name in self.codings if name not in _ENCODERS]
        if unknown:
            raise ReplicaError(f"mode recode: unknown coding(s) {unknown}; known: {sorted(_ENCODERS)}")

    def after(self, request: Request, reply: Reply) -> Reply:
        if (reply.header("Content-Encoding") or "").lower() != "gzip":
            return reply
        reply.set_header("Content-Encoding", ", ".join(name.removesuffix("-raw") for name in self.codings))
        if reply.send_body:
            body = gzip.decompress(reply.body)
            for name in self.codings:
                body = _ENCODERS[name](body)
            reply.body = body
            reply.set_header("Content-Length", str(len(body)))
        reply.fault = self.name
        return reply
