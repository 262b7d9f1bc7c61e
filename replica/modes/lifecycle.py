"""A report's life: not yet listed, revised in place after publication (same URL, new bytes) or removed (404).

`Replica.revise(url)` / `Replica.gone(url)` do it at once; these modes do it by themselves after a URL has been
served `after` times in full (200), i.e. "on the second crawl" by default.  `unlisted` keeps a report off the
site's pages while it is on: a crawl with it and a recrawl without it meet a newly published report.
"""

from __future__ import annotations

import re

from replica.modes.base import Mode, Request, register
from replica.modes.traps import html_of, set_html
from replica.wire import Reply


@register
class Unlisted(Mode):
    """Every link to `link` (the last segment of a report's URL) is left out of the HTML pages that carry one."""

    name = "unlisted"
    params = {"link": ""}

    def after(self, request: Request, reply: Reply) -> Reply:
        page = html_of(reply) if reply.status == 200 and reply.send_body else None
        if page is None or not self.settings["link"] or self.settings["link"] not in page[0]:
            return reply
        text, charset = page
        anchor = re.compile(rf'<a\s[^>]*href="[^"]*/{re.escape(self.settings["link"])}"[^>]*>.*?</a>', re.S | re.I)
        reply.fault = self.name
        return set_html(reply, anchor.sub("", text), charset)


@register
class Revised(Mode):
    """After `after` full responses of a URL, the URL serves its next revision (new bytes, ETag, Last-Modified)."""

    name = "revised"
    params = {"after": 1}

    def after(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 200 and reply.send_body and request.resource is not None \
                and self.count(request.url) == self.settings["after"]:
            request.state.revise(request.url)
        return reply


@register
class Gone(Mode):
    """After `after` full responses of a URL, the URL answers 404 (the report was taken down)."""

    name = "gone"
    params = {"after": 1}

    def after(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 200 and reply.send_body and request.resource is not None \
                and self.count(request.url) == self.settings["after"]:
            request.state.gone(request.url)
        return reply
