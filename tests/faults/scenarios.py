"""The faults the suite injects: one replica mode (or a few) per scenario, each on a real crawl of one site.

Most faults hit the first request of every URL under the report column (so a crawler that retries recovers and
"survived" means: nothing lost, nothing stored twice); permanent faults name the reports they make unreachable
(`unreachable`), and hostile payloads the document URLs whose bytes they replace (`altered`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# yaodu: plain HTTP/1.1 without gzip, 12 reports, 3 attachments, about 20 requests a crawl; haizhu: nginx with gzip.
COLUMN = "@yaodu/zfxxgk/xxgkzl/zfxxgknb/*"
DETAIL = "/zfxxgk/xxgkzl/zfxxgknb/202101/t20210129_113265.html"
ATTACHMENT = "/zfxxgk/xxgkzl/zfxxgknb/202101/P020210129579710488323.pdf"
YAODU = "http://www.yaodu.gov.cn"
# The crawl's read timeout in the suite (production: 180 s); `timeout` and `slow` faults are sized against it.
DOWNLOAD_TIMEOUT = 2


@dataclass(frozen=True)
class Scenario:
    name: str  # the row of the table
    group: str  # network | http | trap | hostile | encoding | control
    site: str
    modes: tuple[str, ...]
    unreachable: tuple[str, ...] = ()  # report detail URLs the fault makes permanently unreachable
    altered: tuple[str, ...] = ()  # globs of document URLs whose bytes the fault replaces on purpose
    refused: bool = False  # the altered documents must be refused (not archived), not archived raw
    expect_alarm: bool = False  # after a crawl without the fault, the crawl with it must raise the alarm
    # A first crawl with these modes, then the judged recrawl with `modes`: it must revalidate (304s) and find
    # what the first crawl could not (a report published in between).
    before: tuple[str, ...] | None = None
    trap: bool = False  # the fault offers endless pages: the crawl must stay bounded
    browser: bool = False  # needs Chromium
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def parses(self) -> bool:
        """Transport faults are judged by the bytes archived (the parser adds seconds and nothing to judge);
        hostile content and the control crawl are parsed too, as a crawl does.  (A coding is judged by the bytes as
        well: a document archived as published parses to the same report as its gzip twin's.)"""
        return self.group in ("control", "hostile")


def _column(spec: str) -> tuple[str, ...]:
    return (spec + COLUMN,)


# haizhu's report listed on one sub-column only (jd/index.html), with a PDF attachment: published between crawls.
NEW_REPORT = "unlisted:link=post_9815566.html@haizhu"


def _recoded(codings: str, name: str, *, recrawl: bool) -> Scenario:
    """haizhu's gzip replies sent with other codings; with `recrawl`, crawled without one report, then again."""
    modes = (f"recode:codings={codings}@haizhu",) if codings != "gzip" else ()
    # (no timing fault here: a read timeout of 2 s would only measure the machine's load on haizhu's larger pages)
    return Scenario(name, "encoding", "haizhu", modes, before=(NEW_REPORT, *modes) if recrawl else None,
                    settings={"DOWNLOAD_TIMEOUT": "30"})


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("no fault (control)", "control", "yaodu", ()),
    # -- the network -------------------------------------------------------------------------------------------
    Scenario("connection reset before the reply", "network", "yaodu", _column("reset:at=start")),
    Scenario("connection reset mid-body", "network", "yaodu", _column("reset:at=body")),
    Scenario("read timeout (no answer)", "network", "yaodu", _column(f"timeout:seconds={2 * DOWNLOAD_TIMEOUT}")),
    Scenario("slow drip within the timeout", "network", "yaodu", _column(f"slow:seconds={DOWNLOAD_TIMEOUT - 1}")),
    Scenario("slow drip past the timeout", "network", "yaodu", _column(f"slow:seconds={3 * DOWNLOAD_TIMEOUT}")),
    Scenario("truncated body, true Content-Length", "network", "yaodu", _column("truncate:length=keep")),
    Scenario("truncated body, no Content-Length", "network", "yaodu", _column("truncate:length=drop")),
    Scenario("Content-Length too short", "network", "yaodu", _column("wrong-length:delta=-100")),
    Scenario("Content-Length too long", "network", "yaodu", _column("wrong-length:delta=100")),
    Scenario("gzip stream damaged", "network", "haizhu", ("bad-gzip:form=cut@haizhu/zwgk/*",)),
    Scenario("gzip header on a plain body", "network", "haizhu", ("bad-gzip:form=plain@haizhu/zwgk/*",)),
    Scenario("empty 200 body, crawl and recrawl", "network", "yaodu", _column("empty"), before=_column("empty")),
    # -- Content-Encoding: the same site (haizhu, nginx gzip) in every coding the crawler advertises ------------
    _recoded("gzip", "gzip bodies, recrawl finds a new report (twin)", recrawl=True),
    _recoded("br", "brotli bodies, recrawl finds a new report", recrawl=True),
    _recoded("zstd", "zstd bodies, recrawl finds a new report", recrawl=True),
    _recoded("gzip+gzip", "gzip applied twice (gzip, gzip)", recrawl=False),
    _recoded("deflate-raw", "raw deflate (no zlib header)", recrawl=False),
    # -- HTTP answers ------------------------------------------------------------------------------------------
    Scenario("HTTP 500 burst", "http", "yaodu", _column("flaky:status=500,n=2")),
    Scenario("HTTP 502 burst", "http", "yaodu", _column("flaky:status=502,n=2")),
    Scenario("HTTP 503 burst, no Retry-After", "http", "yaodu", _column("flaky:status=503,n=2")),
    Scenario("HTTP 503 with Retry-After", "http", "yaodu", _column("ratelimit:status=503,retry_after=1,n=2")),
    Scenario("HTTP 429 with Retry-After", "http", "yaodu", _column("ratelimit:status=429,retry_after=1,n=2")),
    Scenario("random 502/503 (p=0.1 each, seeded)", "http", "yaodu",
             ("flaky:status=502,p=0.1@yaodu", "flaky:status=503,p=0.1@yaodu")),
    Scenario("200 'system busy' page", "http", "yaodu", ("soft-error:page=busy,kind=detail@yaodu",)),
    Scenario("200 'page not found' page", "http", "yaodu", ("soft-error:page=notfound,kind=detail@yaodu",)),
    Scenario("200 WAF script-cookie page", "http", "yaodu", ("soft-error:page=challenge,kind=detail@yaodu",),
             browser=True),
    # -- traps -------------------------------------------------------------------------------------------------
    Scenario("redirect loop", "trap", "yaodu", ("redirect-loop@yaodu" + DETAIL,), unreachable=(YAODU + DETAIL,)),
    Scenario("redirect to a spam mirror", "trap", "yaodu", ("redirect-offsite@yaodu" + DETAIL,),
             unreachable=(YAODU + DETAIL,)),
    Scenario("redirect to another government host", "trap", "yaodu",
             ("redirect-offsite:host=www.linfen.gov.cn@yaodu" + DETAIL,), unreachable=(YAODU + DETAIL,)),
    Scenario("endless calendar pagination", "trap", "yaodu", ("calendar:kind=listing@yaodu",), trap=True),
    # Crawled once as it was, then after the redesign: the second crawl must raise the alarm, not look like
    # "nothing new".
    Scenario("listing layout changed", "trap", "yaodu", ("layout-change:kind=listing@yaodu",), expect_alarm=True),
    # -- hostile content, through a crawl ------------------------------------------------------------------------
    Scenario("DOCX zip bomb (1 GiB inflated)", "hostile", "yaodu", ("hostile:payload=zip-bomb@yaodu" + ATTACHMENT,),
             altered=(YAODU + ATTACHMENT,)),
    Scenario("DOCX with XML entities (XXE)", "hostile", "yaodu", ("hostile:payload=xxe@yaodu" + ATTACHMENT,),
             altered=(YAODU + ATTACHMENT,)),
    Scenario("PDF with a 10^9-page tree", "hostile", "yaodu", ("hostile:payload=pdf-pages@yaodu" + ATTACHMENT,),
             altered=(YAODU + ATTACHMENT,)),
    Scenario("1 GiB download, Content-Length given", "hostile", "yaodu",
             ("hostile:payload=huge,declared=1@yaodu" + ATTACHMENT,), altered=(YAODU + ATTACHMENT,), refused=True),
    Scenario("1 GiB download, no Content-Length", "hostile", "yaodu",
             ("hostile:payload=huge,declared=0@yaodu" + ATTACHMENT,), altered=(YAODU + ATTACHMENT,), refused=True),
    Scenario("path traversal in Content-Disposition", "hostile", "yaodu",
             ("hostile:payload=traversal@yaodu" + ATTACHMENT,)),
    Scenario("script in a report page", "hostile", "yaodu", ("hostile:payload=script@yaodu" + DETAIL,),
             altered=(YAODU + DETAIL,)),
    # Titles and agencies come from the listing's link text: the metacharacters go into listings and pages alike.
    Scenario("SQL metacharacters in title and agency", "hostile", "yaodu", _column("hostile:payload=sql"),
             altered=(YAODU + "/zfxxgk/xxgkzl/zfxxgknb/*/t*.html",)),
)


def by_name(name: str) -> Scenario:
    return next(s for s in SCENARIOS if s.name == name)
