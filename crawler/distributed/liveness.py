"""Which workers are alive: a heartbeat key with a TTL per worker, and the reaper that frees a dead one's work.

The heartbeat is refreshed from a thread, so it means "the process is alive": a crawl that blocks the reactor
for a while (a long database transaction) is not mistaken for a dead worker and robbed of its requests.  A worker
killed with SIGKILL, or whose machine died, stops refreshing; after the TTL its key is gone and any worker's
reaper moves its parked requests back to the queue (crawler.distributed.queue) and drops it from the crawl.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import threading
import time
import uuid

import redis

from crawler.distributed import keys
from crawler.distributed.connection import text
from crawler.distributed.keys import CrawlKeys
from crawler.distributed.queue import requeue

log = logging.getLogger(__name__)

DEFAULT_TTL = 30.0  # seconds without a heartbeat before a worker's requests are given to others


def new_worker_id() -> str:
    """`<host>-<pid>-<random>`: readable in `enqueue --status`, unique even when a pid is reused."""
    host = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname())[:40]
    return f"{host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Heartbeat:
    def __init__(self, server: redis.Redis, worker: str, ttl: float = DEFAULT_TTL) -> None:
        self.server = server
        self.worker = worker
        self.ttl = ttl
        self.key = keys.heartbeat(worker)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="nianbao-heartbeat", daemon=True)

    def start(self) -> None:
        self.beat()
        self._thread.start()

    def beat(self) -> None:
        info = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "at": time.time()})
        self.server.set(self.key, info, px=int(self.ttl * 1000))

    def _run(self) -> None:
        while not self._stop.wait(self.ttl / 3):
            try:
                self.beat()
            except redis.RedisError as exc:  # Redis away for a moment: try again at the next beat
                log.warning("heartbeat not sent: %s", exc)

    def stop(self) -> None:
        """Stop beating and say so at once (a clean exit need not wait for the TTL)."""
        self._stop.set()
        self._thread.join(timeout=5)
        with contextlib.suppress(redis.RedisError):
            self.server.delete(self.key)


def is_alive(server: redis.Redis, worker: str) -> bool:
    return bool(server.exists(keys.heartbeat(worker)))


def reap(server: redis.Redis, crawl: CrawlKeys) -> dict[str, int]:
    """Give the requests of the crawl's dead members back to the queue and drop those members.

    Returns {dead worker: requests requeued}; the count is also added to the crawl's stats."""
    reaped: dict[str, int] = {}
    # Owners of parked requests count too: a worker wrongly dropped as dead may have parked more since.
    owners = {text(field).split("|", 1)[0] for field in server.hkeys(crawl.inflight)}
    workers = sorted(owners | {text(raw) for raw in server.smembers(crawl.members)})
    pipe = server.pipeline(transaction=False)
    for worker in workers:
        pipe.exists(keys.heartbeat(worker))
    for worker, alive in zip(workers, pipe.execute(), strict=True):
        if alive:  # (checked again inside the script, atomically: this only spares the common case a script call)
            continue
        moved = requeue(server, crawl, worker, unless_alive=keys.heartbeat(worker))
        if moved < 0:
            continue
        server.srem(crawl.members, worker)
        reaped[worker] = moved
        if moved:
            server.hincrby(crawl.stats, "distributed/requeued", moved)
        log.warning("worker %s is gone: %d of its requests of %s given back to the queue", worker, moved, crawl.name)
    return reaped
