"""Scrapy settings of a worker (and of `enqueue`): the project's settings with the distributed parts swapped in.

Environment (besides the project's, crawler/settings.py):
- `REDIS_URL`                  the shared Redis (required)
- `NIANBAO_HOST_DELAY`         seconds between the end of one request to a host and the start of the next, across
                               all workers (default: DOWNLOAD_DELAY, i.e. 1 s, or 0 with NIANBAO_POLITE=0)
- `NIANBAO_WORKER_CONCURRENCY` requests a worker holds at once per crawl (default 4; one per host is on the wire)
- `NIANBAO_WORKER_TTL`         seconds without a heartbeat before a worker's requests go to others (default 30)
- `NIANBAO_SPIDER_MODULES`     more spider modules, comma-separated (e.g. generated site spiders)
"""

from __future__ import annotations

import functools
import os

import redis
from scrapy.settings import BaseSettings, Settings

from crawler.distributed.connection import connect, redis_url
from crawler.distributed.liveness import DEFAULT_TTL
from crawler.sites import project_settings

ROBOTS_BUILTIN = "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"


def worker_settings(worker_id: str, url: str | None = None) -> Settings:
    settings = project_settings()
    polite_delay = settings.getfloat("DOWNLOAD_DELAY")
    downloader = settings.getdict("DOWNLOADER_MIDDLEWARES")
    downloader.update({
        ROBOTS_BUILTIN: None,
        "crawler.distributed.robots.SharedRobotsTxtMiddleware": 100,
        # Nearest the wire: the token is held exactly while the exchange is on the network.
        "crawler.distributed.politeness.HostGateMiddleware": 990,
    })
    extensions = settings.getdict("EXTENSIONS")
    extensions.update({"crawler.extensions.runs.CrawlRunExtension": None,
                       "crawler.distributed.extension.DistributedRunExtension": 100})
    spider_mws = settings.getdict("SPIDER_MIDDLEWARES")
    spider_mws["crawler.distributed.seeding.QueuedStartMiddleware"] = 10
    settings.setdict({
        "REDIS_URL": redis_url(url),
        "NIANBAO_WORKER_ID": worker_id,
        "NIANBAO_WORKER_TTL": float(os.environ.get("NIANBAO_WORKER_TTL", DEFAULT_TTL)),
        "NIANBAO_HOST_DELAY": float(os.environ.get("NIANBAO_HOST_DELAY", polite_delay)),
        "SCHEDULER": "crawler.distributed.scheduler.DistributedScheduler",
        "NIANBAO_ARCHIVE_FACTORY": "crawler.distributed.archive.crawl_archive",
        # Crawl workers never parse nor wait for parses: they queue documents in the archive, and parse workers
        # (`python -m crawler parse-worker`, any machines) parse them, so no crawl waits on OCR.
        "NIANBAO_PARSE_PROCESSES": 0,
        "NIANBAO_PARSE_WAIT": False,
        # The host gate is the politeness now; Scrapy's own delay would only add a per-worker wait to it.
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": int(os.environ.get("NIANBAO_WORKER_CONCURRENCY", "4")),
        # A worker sees its share of the crawl only: it cannot tell a configured listing gone, and the fallback
        # search keeps its own frontier (as discovery, whose start cannot be queued): `scrapy crawl` heals.
        "NIANBAO_HEAL": False,
        "DOWNLOADER_MIDDLEWARES": downloader,
        "SPIDER_MIDDLEWARES": spider_mws,
        "EXTENSIONS": extensions,
    }, priority="project")
    return settings


def redis_client(settings: BaseSettings) -> redis.Redis:
    """One Redis client per process and URL, shared by every crawl the worker runs."""
    return _client(settings["REDIS_URL"])


@functools.cache
def _client(url: str) -> redis.Redis:
    return connect(url)
