"""Replica speed: build time from a warm cache (aim < 1 s) and requests per second (aim: hundreds, with 2+
concurrent connections).

Each figure is printed with a ratio to a baseline measured in the same run:
- build: against reading the cached documents and the generated-content file (the I/O any warm start needs);
- requests: against the standard library's ThreadingHTTPServer serving one static file of the same size
  (SimpleHTTPRequestHandler, HTTP/1.1 keep-alive, TCP_NODELAY), with the same clients.

Usage: python bench/replica_bench.py [--requests N] [--clients C]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import http.client
import http.server
import json
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica import Replica, build  # noqa: E402
from replica.build import _build  # noqa: E402

URLS = ["https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/",
        "https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/content/post_9457633.html",
        "https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=1&sid=200105",
        "http://www.yaodu.gov.cn/zfxxgk/xxgkzl/zfxxgknb/"]


def warm_build_seconds(rounds: int = 3) -> float:
    build()  # make sure the cache is warm
    best = float("inf")
    for _ in range(rounds):
        _build.cache_clear()
        start = time.perf_counter()
        build()
        best = min(best, time.perf_counter() - start)
    return best


def cache_read_seconds(rounds: int = 3) -> float:
    files = build().cache_files
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for path in files:
            data = path.read_bytes()
            if path.suffix == ".json":
                json.loads(data)
        best = min(best, time.perf_counter() - start)
    return best


def hammer(port: int, targets: list[str], total: int, clients: int) -> float:
    """Requests per second: `clients` threads, each on one kept-alive connection."""
    per_client = total // clients

    def client(offset: int) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for i in range(per_client):
            connection.request("GET", targets[(offset + i) % len(targets)])
            response = connection.getresponse()
            response.read()
            assert response.status == 200, response.status
        connection.close()
        return per_client

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        done = sum(pool.map(client, range(clients)))
    return done / (time.perf_counter() - start)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # as the replica does: without NODELAY the separate header and body writes stall on delayed ACKs
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:
        pass


def baseline_rate(size: int, total: int, clients: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "page.html").write_bytes(b"x" * size)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=tmp))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            return hammer(server.server_address[1], ["/page.html"], total, clients)
        finally:
            server.shutdown()
            server.server_close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    built, read = warm_build_seconds(), cache_read_seconds()
    print(f"build from a warm cache: {built:.3f} s (aim < 1 s); reading the cache alone: {read:.3f} s; "
          f"ratio {built / read:.1f}x")

    with Replica(modes=[]) as replica:
        targets = [f"/{u.split('://', 1)[1]}" for u in URLS]
        sizes = [len(replica.get(u)[2]) for u in URLS]
        rate = hammer(int(replica.url.rsplit(":", 1)[1]), targets, args.requests, args.clients)
    base = baseline_rate(sum(sizes) // len(sizes), args.requests, args.clients)
    print(f"requests: replica {rate:.0f}/s, stdlib static server {base:.0f}/s with {args.clients} keep-alive clients; "
          f"ratio {rate / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
