"""The crawl's conditional-GET validators, kept in memory: one archive query per host, not one per request.

What `If-None-Match` / `If-Modified-Since` need of a URL is its last successful fetch.  The first time the crawl
asks about a host, the last successful fetch of every URL on that host is loaded (`Archive.last_fetches`, one
query); from then on the answers come from memory, and every fetch the crawl records is learnt as it is recorded,
so a URL fetched again in the same crawl revalidates against that fetch, as the archive itself would answer.
Shared by the conditional-GET middleware and the browser's routes (crawler/browser.py) through the crawl context.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from storage.archive import Archive
from storage.models import Fetch
from storage.observation import FetchResult, LastFetch, Observation, header

CONDITIONAL_OUTCOMES = frozenset({"new", "unchanged", "not_modified"})  # what the archive answers 304s with


class Validators:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.hosts: dict[str, dict[str, LastFetch]] = {}

    def last_fetch(self, url: str) -> LastFetch | None:
        """The last successful fetch of `url` (what Archive.last_fetch answers), from memory."""
        return self._host(url).get(url)

    def learn(self, obs: Observation, result: FetchResult) -> None:
        """A fetch the crawl just recorded: from now on it is the URL's last one, if it succeeded."""
        if result.outcome not in CONDITIONAL_OUTCOMES:
            return
        known = self._host(obs.url)
        previous = known.get(obs.url)
        known[obs.url] = LastFetch(
            url=obs.url, fetched_at=obs.when, status=obs.status, outcome=result.outcome,
            # a 304 repeats the validators only sometimes: the archive keeps the earlier ones then, and so do we
            etag=_stored("etag", header(obs.headers, "etag") or (previous.etag if previous else None)),
            last_modified=_stored("last_modified", header(obs.headers, "last-modified")
                                  or (previous.last_modified if previous else None)),
            sha256=result.sha256, content_type=_stored("content_type", header(obs.headers, "content-type")))

    def _host(self, url: str) -> dict[str, LastFetch]:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.hosts:
            self.hosts[host] = {known: fetch for known, fetch in self.archive.last_fetches(host).items()
                                if (urlsplit(known).hostname or "").lower() == host}
        return self.hosts[host]


def _stored(column: str, value: str | None) -> str | None:
    """The value as the fetches table keeps it (cut to the column's length), so memory answers as the archive."""
    length = getattr(Fetch.__table__.c[column].type, "length", None)
    return value[:length] if value is not None and length else value
