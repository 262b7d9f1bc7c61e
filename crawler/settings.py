"""Scrapy settings for nianbao (`scrapy crawl <site>` and the scheduler's subprocesses).

Politeness is the default: robots.txt obeyed, at most two concurrent requests per host, AutoThrottle, an honest
User-Agent, Retry-After honoured.  Environment variables an operator may set:

- `NIANBAO_DATA` / `DATABASE_URL`: where the archive lives (see storage/config.py).
- `REPLICA_URL`: send all traffic (plain and browser) to an offline replica of the sites (tests, `make demo`);
  URLs in items, fetch rows and WARC records stay the real ones.
- `NIANBAO_OFFLINE=1`: refuse any request that would leave 127.0.0.1 (set by tests).
- `NIANBAO_POLITE=0`: drop delays and per-host limits (benchmarks against the local replica only).
- `NIANBAO_PARSE_PROCESSES`: parse processes the crawl runs (default: one per core; 0: none, parse workers
  elsewhere parse what the crawl queues — crawler/extensions/parses.py).
- `NIANBAO_PARSE_WAIT=0`: end the crawl when crawling ends, leaving unparsed documents queued (default: wait for
  the parses, so a crawl ends with parsed reports).  Both are Scrapy settings too (`-s NIANBAO_PARSE_WAIT=0`).
- `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`: the system Chromium (default /usr/bin/chromium).
- `NIANBAO_USER_AGENT` / `NIANBAO_CONTACT_URL`: the User-Agent, or only the contact URL in it (crawler/identity.py).
- `NIANBAO_HEAL_MAX_PAGES`: request budget of a site spider's fallback search when its listings are gone (300).
- `NIANBAO_HEAL=0`: no fallback search (a distributed worker's setting: crawler/distributed/settings.py).
"""

from __future__ import annotations

import os

from crawler import identity
from crawler.extract.limits import Limits

BOT_NAME = "nianbao"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
# spiders/ plus one spider per pinned site file (sites/*.toml): every list of sites comes from it (crawler/sites.py)
SPIDER_LOADER_CLASS = "spiders.loader.SiteLoader"
COMMANDS_MODULE = "crawler.scrapy_commands"  # `scrapy crawl` with one-line errors for bad names and arguments
# One spider module (or site file) that fails to load must not stop the crawls of every other site.
SPIDER_LOADER_WARN_ONLY = True

# A browser's form with nianbao/<version> and a contact URL inside (crawler/identity.py); robots.txt rules are
# matched on the product token.
USER_AGENT = identity.user_agent()
ROBOTSTXT_USER_AGENT = identity.PRODUCT
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9",
}

# -- politeness ---------------------------------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 %
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 180
# What Scrapy works on at once of one response's output (its requests and items): a callback yields a few dozen
# at most.  Scrapy starts this many tasks for every response whatever it yields; its default, 100, cost more than
# the rest of the crawl's own work per response (bench/crawl_bench.py --steady).
CONCURRENT_ITEMS = 16
# Government PDFs of scanned reports run to tens of MB; anything above this is not a report.
DOWNLOAD_MAXSIZE = 200 * 1024 * 1024
# A report page whose statistics tables are pictures: its pictures are fetched (archived like any attachment) and
# read by OCR with the page.  How many a page and how large each: the reader's limits (NIANBAO_MAX_TABLE_IMAGES,
# NIANBAO_MAX_TABLE_IMAGE_BYTES), so the crawler fetches what the parser will read and nothing more.
NIANBAO_TABLE_IMAGES = os.environ.get("NIANBAO_TABLE_IMAGES", "1") != "0"
NIANBAO_TABLE_IMAGE_MAX_BYTES = Limits.from_env().max_table_image_bytes
DOWNLOAD_WARNSIZE = 50 * 1024 * 1024
# No DEPTH_LIMIT: it would count every 下一页 as a level and cut long report columns short.  ReportSpider bounds
# listing crawls itself (sub-column nesting, pages without new reports, pages per column).
DEPTH_LIMIT = 0

# -- retries -----------------------------------------------------------------------------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 3
# 429 is left to RetryAfterMiddleware, which waits as the server asks instead of retrying at once;
# 412/521 (challenges) are handled by ChallengeMiddleware.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
RETRY_AFTER_MAX_WAIT = 300  # seconds: a longer Retry-After is capped
RETRY_AFTER_MAX_ATTEMPTS = 5
RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry of a transient failure, doubling each time
RETRY_BACKOFF_MAX = 60.0

# Local replica runs (tests, benchmarks, the demo): no delays, more concurrency, short backoff.
if os.environ.get("NIANBAO_POLITE", "1") == "0":
    DOWNLOAD_DELAY = 0
    AUTOTHROTTLE_ENABLED = False
    CONCURRENT_REQUESTS_PER_DOMAIN = 8
    RETRY_BACKOFF_BASE = 0.1

# -- cookies: challenge cookies obtained by the browser are replayed by plain requests to the same host ----------
COOKIES_ENABLED = True

SPIDER_MIDDLEWARES = {
    # The configured listing roots bypass the duplicate filter (crawler/base.py): a link back to one is dropped.
    "crawler.middlewares.root_repeats.RootRepeatsMiddleware": 900,
}

DOWNLOADER_MIDDLEWARES = {
    # Outermost (highest number): a request that got no response goes to the exchange recorder (an extension,
    # which hears every response off the wire from the downloader's response_downloaded signal); a response it
    # could not archive fails here, before anything reads it.
    "crawler.middlewares.exchanges.ExchangeMiddleware": 950,
    # Turns a 304 into the archived response, so callbacks never see the difference.
    "crawler.middlewares.conditional.ConditionalGetMiddleware": 940,
    "crawler.middlewares.guard.OfflineGuardMiddleware": 50,
    # In place of Scrapy's (also 50): a retried link redirected off the site is not followed.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.offsite.OffsiteMiddleware": 50,
    # Before RedirectMiddleware (600) in process_response: a redirect to `?wzwschallenge=` is a challenge.
    "crawler.middlewares.challenge.ChallengeMiddleware": 620,
    "crawler.middlewares.challenge.ChallengeCookiesMiddleware": 710,
    # Before RetryMiddleware (550) in process_response, so a 503 with Retry-After waits as asked.
    "crawler.middlewares.retry_after.RetryAfterMiddleware": 560,
    # Before HttpCompressionMiddleware (590) in process_response: a body cut short, a broken gzip stream or a
    # 200 error page is retried (it would otherwise be decoded in part and read as the page).
    "crawler.middlewares.damaged.DamagedResponseMiddleware": 595,
    # Before RetryMiddleware (550) in process_exception: a reset on a platform API is retried once in the browser.
    "crawler.middlewares.platform.PlatformResetMiddleware": 580,
    # Last before the downloader: a search's request budget (discovery, a site spider's fallback) counts and
    # caps what is really sent.
    "crawler.discovery.budget.BudgetMiddleware": 990,
}
# No item pipeline: a report item needs no transforming; its document's parse is queued by an extension.
EXTENSIONS = {
    "crawler.extensions.runs.CrawlRunExtension": 100,
    "crawler.extensions.exchanges.ExchangeRecorder": 200,
    "crawler.extensions.parses.ParseRequester": 300,
    "crawler.extensions.progress.CrawlProgress": 400,  # on a terminal only (crawler/scrapy_commands/crawl.py)
    "scrapy.extensions.telnet.TelnetConsole": None,
}

# -- parsing: in a pool of processes, off the crawl's thread (crawler/extensions/parses.py) --------------------
NIANBAO_PARSE_PROCESSES = int(os.environ.get("NIANBAO_PARSE_PROCESSES") or os.cpu_count() or 1)
NIANBAO_PARSE_WAIT = os.environ.get("NIANBAO_PARSE_WAIT", "1") != "0"

# -- browser (scrapy-playwright), installed per spider by ReportSpider.update_settings when js_listing = True -----
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH", "/usr/bin/chromium"),
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
             "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
}
PLAYWRIGHT_CONTEXTS = {"default": {"user_agent": USER_AGENT, "locale": "zh-CN"}}
# The browser's own headers (with the cookies a challenge script just set) must reach the server unchanged.
PLAYWRIGHT_PROCESS_REQUEST_HEADERS = None
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000
PLAYWRIGHT_ABORT_REQUEST = "crawler.browser.abort_request"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# -- self-healing: a site spider's fallback search when its configured listings are gone (crawler/healing.py) ------
NIANBAO_HEAL = os.environ.get("NIANBAO_HEAL", "1") != "0"
NIANBAO_HEAL_MAX_PAGES = int(os.environ.get("NIANBAO_HEAL_MAX_PAGES", "300"))

# -- housekeeping --------------------------------------------------------------------------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19 would otherwise open a code-executing HTTP listener
LOG_LEVEL = os.environ.get("NIANBAO_LOG_LEVEL", "INFO")

FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
