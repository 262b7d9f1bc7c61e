"""The project's spider loader (SPIDER_LOADER_CLASS): the spiders of `spiders/`, and one spider per pinned site.

Every list of sites comes from here (crawler/sites.py): `scrapy crawl` and `scrapy list`, the scheduler, the
demo, the fixture recorder and the tests.  A pinned site is a site file `sites/<name>.toml` (NIANBAO_SITES names
another folder); it is listed under its name, so `scrapy crawl <name>` crawls it like a hand-written spider.
A broken site file, or one named like a spider, is left out with a warning (SPIDER_LOADER_WARN_ONLY, as for a
spider module that fails to import: one bad site must not stop the crawls of every other), or raises without it.
"""

from __future__ import annotations

import warnings

from scrapy.spiderloader import SpiderLoader

from crawler.discovery.domains import DiscoveryError
from crawler.discovery.sitefile import site_files
from spiders.sitefile import pinned_spider


class SiteLoader(SpiderLoader):
    def _load_all_spiders(self) -> None:
        super()._load_all_spiders()
        for path in site_files():
            try:
                spider = pinned_spider(path)
                if spider.name in self._spiders:
                    raise DiscoveryError(f"{path}: the site {spider.name!r} is already a spider "
                                         f"({self._spiders[spider.name].__module__}); rename the site file")
            except DiscoveryError as exc:
                if not self.warn_only:
                    raise
                warnings.warn(f"site file left out: {exc}", category=RuntimeWarning, stacklevel=2)
                continue
            self._found[spider.name].append((str(path), spider.__name__))
            self._spiders[spider.name] = spider
