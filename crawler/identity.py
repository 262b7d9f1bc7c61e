"""How the crawler names itself to the sites it reads: a User-Agent that real government sites accept and that
still says who is asking.

Many government hosts turn away clients that do not look like a browser (a public scraper of gd.gov.cn notes that
the gkmlpt platform resets such connections), so the string has a browser's form; inside it, as search engines'
crawlers do, stand the crawler's name and version and a URL where a webmaster learns what it is and whom to ask.
`NIANBAO_USER_AGENT` replaces the whole string, `NIANBAO_CONTACT_URL` only the contact; Scrapy's `USER_AGENT`
setting (`-s USER_AGENT=…`) wins over both.  robots.txt rules are matched on the product token `nianbao`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from crawler import __version__

PRODUCT = "nianbao"
DEFAULT_CONTACT_URL = "https://github.com/nianbao-archive/nianbao"
# The browser a webmaster's logs and a site's filters see: a current desktop Chrome's form.
_BROWSER = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko; compatible; {bot}) "
            "Chrome/124.0.0.0 Safari/537.36")


def user_agent(environ: Mapping[str, str] = os.environ) -> str:
    """The User-Agent of every request (plain and browser): `NIANBAO_USER_AGENT`, or the browser form naming
    nianbao/<version> and the contact URL (`NIANBAO_CONTACT_URL`)."""
    explicit = environ.get("NIANBAO_USER_AGENT", "").strip()
    if explicit:
        return explicit
    contact = environ.get("NIANBAO_CONTACT_URL", "").strip() or DEFAULT_CONTACT_URL
    return _BROWSER.format(bot=f"{PRODUCT}/{__version__}; +{contact}")
