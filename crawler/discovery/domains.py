"""Which hosts a discovery crawl may visit: the start URL's registrable domain, and only government sites.

A government's information-disclosure platform often lives on a sibling host (`xxgk.example.gov.cn` next to
`www.example.gov.cn`), so the crawl stays on the registrable domain (`example.gov.cn`, from the public-suffix list
that tldextract bundles: no network), not on one host.  Outside that domain nothing is fetched: city portals and
jump links are recorded only.  Spam mirrors copy government pages onto other domains (sites.md §9): a start URL
whose host does not end in `.gov.cn` is refused.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from crawler.errors import NianbaoError

if TYPE_CHECKING:
    import tldextract

GOVERNMENT_SUFFIX = ".gov.cn"


class DiscoveryError(NianbaoError):
    """Bad input to discovery or to a site file (a start URL that is not a government site, a broken TOML, …)."""


@functools.cache
def _extract() -> tldextract.TLDExtract:
    import tldextract  # (with `requests`: 0.04 s of start-up, only for a crawl that needs a domain's name)

    # The bundled snapshot only: never fetch the public-suffix list (no network outside package registries).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(host: str) -> str:
    """`www.qinglan.gov.cn` → `qinglan.gov.cn`; a host without a public suffix is its own domain."""
    host = host.lower().rstrip(".")
    parts = _extract()(host)
    return parts.top_domain_under_public_suffix or host


def on_domain(url: str, domain: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == domain or host.endswith("." + domain)


def check_start_url(url: str | None) -> str:
    """The start URL of a discovery crawl, checked: http(s), a host under `.gov.cn`."""
    if not url:
        raise DiscoveryError("start_url is required (scrapy crawl discover -a start_url=https://www.example.gov.cn/)")
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise DiscoveryError(f"start_url must be an http(s) URL, not {url!r}")
    if not host.endswith(GOVERNMENT_SUFFIX):
        raise DiscoveryError(f"start_url host {host!r} is not a government site (*{GOVERNMENT_SUFFIX}); "
                             "mirrors of government pages live on other domains and are never crawled")
    return parts._replace(path=parts.path or "/", fragment="").geturl()
