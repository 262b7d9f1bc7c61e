"""Making the season's due visits: discovery and a pin the first time, the pin afterwards, retries of the silent.

For each visit (storage/season.py holds them):
- **which crawl**: a site without a pin is crawled by discovery from its registry portal URL (`discover -a
  start_url=… -a pin=<data>/pins/<code>.toml`, its PinExtension writes the pin at the end); a site with a pin that
  reads is crawled from it (`site -a file=…`), and when its pinned listings are gone the site spider searches
  from the home page as every site spider heals (crawler/healing.py) and the pin is updated with what the search
  found; a pin that no longer reads is replaced by discovery.  Either way the site is filed in the archive under
  its code (`sites.slug`), named after its government (`滦州市人民政府 — host`), so its reports are placed there.
- **one crawl of a host at a time, season-wide**: the crawl runs under the host's lock (the crawl runner's flock,
  held across processes while the crawl lives) and leaves `rest` seconds before the next crawl of that host; in
  the crawl, Scrapy's per-host concurrency and delay hold as for every spider (crawler/settings.py).
- **what it found**: from the run's stats — answered (any 2xx/3xx from the site), reports archived; a site that
  answered nothing is `unreachable` with its last error and tried again once `retry_after` has passed since (by
  the next run of the season that finds it so), never dropped.
- **resumable**: the visit's run key is fixed before the crawl starts (`s2025-departments-130284`, `-r1`, `-r2` …
  for retries of an unreachable site); a runner stopped or killed mid-crawl finds the visit still pending with its
  key and makes the same run again (a finished run is never repeated: the crawl runner checks the key), then reads
  its outcome from the run record.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import defaultdict
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from crawler import healing
from crawler.discovery.domains import DiscoveryError, registrable_domain
from crawler.discovery.sitefile import healed_site, load_site, write_site_file
from crawler.schedule import history
from crawler.schedule.runner import CANCELLED, CrawlRequest, CrawlResult
from storage import season as season_store
from storage.archive import Archive

log = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = dt.timedelta(days=3)
DEFAULT_HOST_REST = 60.0  # seconds between two crawls of one host (the runner's lock file keeps the time)
_ANSWERED = ("downloader/response_status_count/2", "downloader/response_status_count/3")


class Runner(Protocol):
    def run(self, request: CrawlRequest) -> CrawlResult: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class SeasonOptions:
    pins_dir: Path
    time_limit: float = 2 * 3600.0
    retry_after: dt.timedelta = DEFAULT_RETRY_AFTER
    host_rest: float = DEFAULT_HOST_REST
    max_parallel: int = 2
    arguments: Mapping[str, str] | None = None  # spider arguments for every crawl (e.g. years)


@dataclass(frozen=True)
class VisitResult:
    visit: season_store.Visit
    key: str
    status: str  # done | unreachable | cancelled
    reports: int = 0
    error: str | None = None


def pin_path(pins_dir: Path, code: str) -> Path:
    return pins_dir / f"{code}.toml"


def crawl_request(visit: season_store.Visit, options: SeasonOptions) -> CrawlRequest:
    """The crawl that makes `visit`: from its pin when the pin reads, else discovery writing the pin."""
    if not visit.portal_url:
        raise ValueError(f"{visit.code} has no portal URL")
    path = pin_path(options.pins_dir, visit.code)
    arguments = dict(options.arguments or {})
    spider = "discover"
    if path.exists():
        try:
            load_site(path=path)
            spider, arguments["file"] = "site", str(path)
        except DiscoveryError as exc:
            log.warning("%s: pin unreadable, discovering again (%s)", visit.code, exc)
    if spider == "discover":
        arguments |= {"start_url": visit.portal_url, "name": visit.code, "pin": str(path), "title": visit.government}
    host = registrable_domain(_host(visit.portal_url))
    return CrawlRequest(spider, _key(visit), arguments, options.time_limit, lock=f"host-{host}",
                        rest=options.host_rest)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _key(visit: season_store.Visit) -> str:
    """The run key of the visit's next crawl: the one begun (resumed after a stop), or a new one for a retry."""
    base = f"s{visit.season}-{visit.round}-{visit.code}"
    if visit.status == "unreachable":
        return f"{base}-r{visit.attempts}"
    return visit.run_key or base


def make_visit(archive: Archive, runner: Runner, visit: season_store.Visit, options: SeasonOptions) -> VisitResult:
    request = crawl_request(visit, options)
    season_store.start_attempt(archive, visit.id, request.key)
    result = runner.run(request)
    if result.reason == CANCELLED:
        return VisitResult(visit, request.key, "cancelled")
    record = history.run_record(archive, request.key)
    stats: Mapping[str, Any] = record.stats if record else {}
    answered = any(key.startswith(_ANSWERED) and value for key, value in stats.items())
    # report documents the crawl archived (pages and files): parsed here, or queued for parse workers elsewhere
    reports = int(stats.get("item_scraped_count", 0) or 0)
    error = None if answered else _error(stats, result)
    season_store.finish_attempt(archive, visit.id, answered=answered, error=error, reports=reports)
    if answered and request.spider == "site":
        _repin_after_healing(Path(request.arguments["file"]), stats)
    log.info("%s %s: %s, %d reports%s", visit.code, visit.round, "answered" if answered else "unreachable",
             reports, f" ({error})" if error else "")
    return VisitResult(visit, request.key, "done" if answered else "unreachable", reports, error)


def _error(stats: Mapping[str, Any], result: CrawlResult) -> str:
    """Why a site answered nothing, in one line: its error statuses and exceptions, else the crawl's last words."""
    parts = [f"{key.rsplit('/', 1)[-1]} ×{value}" for key, value in sorted(stats.items())
             if key.startswith(("downloader/response_status_count/", "downloader/exception_type_count/")) and value]
    if parts:
        return ", ".join(parts)
    return str(stats.get("scheduler/error") or f"crawl {result.reason} without an answer")


def _repin_after_healing(path: Path, stats: Mapping[str, Any]) -> None:
    """The pinned listings were gone and the fallback search found others: the pin follows the site."""
    outcome = healing.recorded(stats)
    if outcome is None or not outcome.suggested:
        return
    try:
        write_site_file(healed_site(load_site(path=path), outcome.suggested, outcome.found_data), path)
        log.warning("%s: pinned listings gone; pin updated from the fallback search", path)
    except (DiscoveryError, OSError) as exc:
        log.error("%s: cannot update the pin (%s)", path, exc)


def run_season(archive: Archive, season: int, runner: Runner, options: SeasonOptions, *, today: dt.date,
               stopping: threading.Event | None = None) -> list[VisitResult]:
    """Make every visit due by `today` (and every unreachable site whose retry delay has passed), at most
    `max_parallel` hosts at once and the visits of one host one after the other (two rounds of a place due
    together, or places sharing a portal, never crawl it at once, whichever runner makes them); returns what each
    did.  Safe to stop at any moment and run again."""
    due = season_store.due_visits(archive, season, today, options.retry_after)
    log.info("season %d: %d visits due by %s", season, len(due), today)
    stopping = stopping or threading.Event()
    by_host: dict[str, list[season_store.Visit]] = defaultdict(list)
    for visit in due:
        by_host[registrable_domain(_host(visit.portal_url or ""))].append(visit)

    def host_visits(visits: list[season_store.Visit]) -> list[VisitResult]:
        return [VisitResult(visit, _key(visit), "cancelled") if stopping.is_set()
                else make_visit(archive, runner, visit, options) for visit in visits]

    with ThreadPoolExecutor(max(1, options.max_parallel), thread_name_prefix="season") as pool:
        return [result for results in pool.map(host_visits, by_host.values()) for result in results]
