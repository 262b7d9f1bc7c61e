"""A report's life after publication: revised in place (same URL, new bytes) or removed (404).

`Replica.revise(url)` / `Replica.gone(url)` do it at once; these modes do it by themselves after a URL has been
served `after` times in full (200), i.e. "on the second crawl" by default.
"""

from __future__ import annotations

from replica.modes.base import Mode, Request, register
from replica.wire import Reply


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
