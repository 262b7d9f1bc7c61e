"""Page templates of the CMS platforms the target sites run on (one module per platform).

A platform module only turns data (titles, links, dates, article HTML) into the markup that platform publishes;
which pages exist, and at which URLs, is decided by the site modules (replica/sites/).  A new fictitious
site on another CMS adds a module here and one under sites/.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    href: str  # as written in the page: absolute real URL, root-relative or relative
    title: str
    date: str = ""  # YYYY-MM-DD as the listing prints it


@dataclass(frozen=True)
class Attachment:
    href: str
    name: str  # the link text, usually the file name
