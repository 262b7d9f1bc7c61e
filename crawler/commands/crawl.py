"""`nianbao crawl SITE [-a NAME=VALUE …]`: `scrapy crawl SITE` from any directory (crawler/scrapy_commands/crawl.py:
on a terminal, a progress line and the crawl's summary; the log in the data directory's logs/)."""

from __future__ import annotations

import argparse
import os

from crawler.sites import project_settings

OWN_LOGGING = True  # Scrapy's (to the data directory's logs/, or as -L/--logfile say)
HELP = "crawl one site (scrapy crawl, from any directory): progress and a summary; the log goes to DATA/logs/"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("site", help="a site (`sites` lists them) or a generic spider (discover, site)")
    parser.add_argument("options", nargs=argparse.REMAINDER, metavar="…",
                        help="scrapy crawl's options: -a NAME=VALUE (years, sample, agency, start_url…), -s N=V, "
                             "-L LEVEL (the log on the terminal), --logfile PATH")


def run(args: argparse.Namespace) -> int:
    from scrapy.cmdline import execute  # Scrapy loads only for a crawl

    # What makes `scrapy` find the project from any directory (scrapy.cfg does only in the checkout's root).
    os.environ["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    execute(["scrapy", "crawl", args.site, *args.options], settings=project_settings())  # exits with its status
    return 0
