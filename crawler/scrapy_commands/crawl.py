"""`scrapy crawl`, checking the spider's name and arguments before the crawl starts.

A typo in a site's name or a malformed argument (`-a years=20x1`) gives one line and exit status 2 instead of a
traceback from inside the engine.  Spiders validate their own arguments in a `check_arguments(**spargs)`
classmethod that raises ValueError (or a NianbaoError).
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.errors import NianbaoError


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1:
            assert self.crawler_process
            loader = self.crawler_process.spider_loader
            if args[0] not in loader.list():
                raise UsageError(f"no spider named {args[0]!r} (known: {', '.join(sorted(loader.list()))})",
                                 print_help=False)
            check = getattr(loader.load(args[0]), "check_arguments", None)
            if check is not None:
                try:
                    check(**opts.spargs)
                except (TypeError, ValueError, NianbaoError) as exc:
                    raise UsageError(f"{args[0]}: {exc}", print_help=False) from exc
        super().run(args, opts)
