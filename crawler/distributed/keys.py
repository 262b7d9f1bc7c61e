"""Every Redis key the distributed mode uses, in one place (docs/scaling.md lists them).

A *crawl* is one enqueued crawl of one site, named by its spider's name (the instance name: `site -a name=X`
crawls as `X`); at most one crawl per name is active at a time, as in single-machine mode.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "nianbao"
ACTIVE_CRAWLS = f"{PREFIX}:crawls"  # sorted set: crawl names that workers may join, scored by enqueue time


def heartbeat(worker: str) -> str:
    """Exists (with a TTL) while the worker process is alive."""
    return f"{PREFIX}:worker:{worker}"


def host_gate(host: str) -> str:
    """Hash `holder` (worker fetching from the host now) / `free_at` (ms, Redis clock): politeness per host."""
    return f"{PREFIX}:host:{host}"


def robots(run_key: str, netloc: str) -> str:
    """The robots.txt body a crawl fetched for a host (one fetch per crawl, shared by its workers)."""
    return f"{PREFIX}:robots:{run_key}:{netloc}"


@dataclass(frozen=True)
class CrawlKeys:
    name: str

    def _key(self, part: str) -> str:
        return f"{PREFIX}:crawl:{self.name}:{part}"

    @property
    def descriptor(self) -> str:
        """Hash: spider, arguments (JSON), run_key, enqueued_at."""
        return self._key("descriptor")

    @property
    def requests(self) -> str:
        """Sorted set of pickled requests (scrapy-redis PriorityQueue format: score = -priority)."""
        return self._key("requests")

    @property
    def dupefilter(self) -> str:
        """Set of request fingerprints (scrapy-redis RFPDupeFilter): what this crawl has already scheduled."""
        return self._key("dupefilter")

    @property
    def inflight(self) -> str:
        """Hash `<worker>|<token>` → `<score>|<request>`: requests a worker has taken and not yet completed."""
        return self._key("inflight")

    @property
    def members(self) -> str:
        """Set of the workers working this crawl."""
        return self._key("members")

    @property
    def stats(self) -> str:
        """Hash of summed numeric Scrapy stats of the workers that have left the crawl."""
        return self._key("stats")

    def all(self) -> tuple[str, ...]:
        return (self.descriptor, self.requests, self.dupefilter, self.inflight, self.members, self.stats)
