"""The sites nianbao crawls: what the spider loader lists (spiders/loader.py), never a hand-kept list.

A loader entry is a *government site* when it crawls one site of its own with no argument: a hand-written spider
of `spiders/` (a ReportSpider naming its `base_url`) or a pinned site file `sites/<name>.toml`.  Those are the
sites the scheduler plans, the demo crawls, the fixture recorder records and the generic spider test checks.
*Generic* spiders (`generic = True`: `discover`, `site`) crawl whatever site their arguments name; they are listed
by `scrapy list` but run only when named.  `python -m crawler sites` prints the list.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TypeGuard

from scrapy import Spider
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoaderProtocol, get_spider_loader

from crawler.base import ReportSpider

SPIDER_MODULES_ENV = "NIANBAO_SPIDER_MODULES"  # more spider modules, comma-separated


def project_settings() -> Settings:
    """crawler/settings.py plus NIANBAO_SPIDER_MODULES: what `scrapy crawl` would use, from any directory."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    extra = [m.strip() for m in os.environ.get(SPIDER_MODULES_ENV, "").split(",") if m.strip()]
    if extra:
        settings.set("SPIDER_MODULES", [*settings.getlist("SPIDER_MODULES"), *extra], priority="project")
    return settings


def spider_loader(settings: Settings | None = None) -> SpiderLoaderProtocol:
    return get_spider_loader(settings or project_settings())


def is_government_site(spider: type[Spider]) -> TypeGuard[type[ReportSpider]]:
    return issubclass(spider, ReportSpider) and not spider.generic and bool(spider.site_domain())


@dataclass(frozen=True)
class Site:
    """One government site of the loader."""

    name: str
    spider: type[ReportSpider]

    @property
    def title(self) -> str:
        """The first line of the spider's docstring: `广州市海珠区人民政府 — www.haizhu.gov.cn`."""
        return (self.spider.__doc__ or self.name).strip().splitlines()[0].strip()

    @property
    def domain(self) -> str:
        return self.spider.site_domain()

    def covers(self, host: str) -> bool:
        """Is `host` this site's (its host; for a pinned site, any host of its domain)?"""
        host = host.lower()
        return host == self.domain or host.endswith("." + self.domain)


def government_sites(loader: SpiderLoaderProtocol | None = None) -> list[Site]:
    """Every government site the loader lists, by name."""
    loader = loader or spider_loader()
    sites = []
    for name in sorted(loader.list()):
        spider = loader.load(name)
        if is_government_site(spider):
            sites.append(Site(name, spider))
    return sites


def site_names(loader: SpiderLoaderProtocol | None = None) -> list[str]:
    return [site.name for site in government_sites(loader)]
