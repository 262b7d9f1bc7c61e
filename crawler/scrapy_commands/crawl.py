"""`scrapy crawl` (and `nianbao crawl`) as a person at a terminal wants it.

- The spider's name and arguments are checked before the crawl starts: a typo in a site's name or a malformed
  argument (`-a years=20x1`) gives one line and exit status 2 instead of a traceback from inside the engine.
  Spiders validate their own arguments in a `check_arguments(**spargs)` classmethod that raises ValueError (or a
  NianbaoError).
- On a terminal, Scrapy's log goes to a file, `logs/<site>/<time>.log` under the data directory, and the terminal
  shows a progress line and, at the end, the crawl's summary (crawler/crawl_summary.py) with the log's path.  Who
  wants the log asks for it as Scrapy always allowed: `-L/--loglevel` (on the terminal), `--logfile`,
  `-s LOG_FILE=…`, `--nolog`.  When standard error is not a terminal (the scheduler's log file, a pipe, CI) the log
  goes there, as before.
- The summary is printed after every crawl; a crawl that fetched nothing (every request refused or failed) exits
  with status 1 and says why in one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spiders import Spider

from crawler import crawl_summary
from crawler.errors import NianbaoError
from crawler.progress import PROGRESS_SETTING
from crawler.sites import spider_loader
from storage.config import StorageConfig

LOG_OPTIONS = ("LOG_FILE", "LOG_ENABLED", "LOG_LEVEL", "LOG_STDOUT")  # chosen by the person: left alone


class Command(ScrapyCrawl):
    crawler: Crawler | None = None
    log_file: Path | None = None  # where the log went, when this command chose it

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        chosen = opts.logfile or opts.loglevel or opts.nolog or any(
            (self.settings.getpriority(name) or 0) >= SETTINGS_PRIORITIES["cmdline"] for name in LOG_OPTIONS)
        if chosen or not sys.stderr.isatty() or len(args) != 1 or args[0] not in spider_loader(self.settings).list():
            return  # (a wrong name is said in one line by run(): no log file for it)
        self.log_file = log_path(args[0])
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        self.settings.set("LOG_FILE", str(self.log_file), priority="cmdline")
        self.settings.set(PROGRESS_SETTING, True, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1:
            self._check(args[0], opts.spargs)
        super().run(args, opts)
        if self.crawler is None or self.crawler.stats is None:
            return
        site = self.crawler.spider.name if self.crawler.spider else args[0]  # (discovery names its site)
        summary = crawl_summary.summarise(site, self.crawler.stats.get_stats())
        print(crawl_summary.render([summary], log_file=str(self.log_file) if self.log_file else None),
              file=sys.stderr, flush=True)
        if summary.nothing_fetched and self.exitcode == 0:
            self.exitcode = 1

    def _check(self, name: str, spargs: dict[str, str]) -> None:
        assert self.crawler_process
        loader = self.crawler_process.spider_loader
        if name not in loader.list():
            raise UsageError(f"no spider named {name!r} (known: {', '.join(sorted(loader.list()))})",
                             print_help=False)
        check = getattr(loader.load(name), "check_arguments", None)
        if check is not None:
            try:
                check(**spargs)
            except (TypeError, ValueError, NianbaoError) as exc:
                raise UsageError(f"{name}: {exc}", print_help=False) from exc

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        self.crawler = super()._create_crawler(spidercls)  # kept: its stats make the summary
        return self.crawler


def log_path(site: str) -> Path:
    """Where a crawl started at a terminal logs: `logs/<site>/<UTC time>.log` under the data directory."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return StorageConfig.from_env().data_dir / "logs" / site / f"{stamp}.log"
