"""Modes: pluggable per-path behaviour (challenges, rate limits, faults, revisions) layered over the routes.

A mode is a `Mode` subclass registered under a name.  A `Rule` puts one mode instance on a `Scope` (a site or
host, a path glob, a resource kind).  For every request the server asks each matching rule, in order:

- `intercept(request)`: return a `Reply` to answer instead of the site (a challenge page, a 429, a 503), or None;
- `after(request, reply)`: see or change the site's reply (count it, revise the URL afterwards, and, in later
  modes, truncate it, corrupt its gzip or take over the socket through `Reply.writer`).

Specs, in the CLI, the HTTP API and `Replica(modes=...)`:

- string: ``NAME[:param=value,...][@TARGET]`` with TARGET ``SITE-OR-HOST[/PATH-GLOB]``; the parameter ``kind``
  restricts the rule to one resource kind.  Examples: ``flaky:n=2@www.haizhu.gov.cn/zwgk/*``,
  ``challenge-521:kind=listing@yindu``, ``ratelimit:status=503`` (every site);
- dict: ``{"mode": NAME, "params": {...}, "site": ..., "host": ..., "path": ..., "kind": ...}``.

Random behaviour draws from a `random.Random` seeded from the replica's seed and the rule's position, so a run
is reproducible.
"""

from __future__ import annotations

# Importing a mode's module registers it.
from replica.modes import challenges, faults, hostile, lifecycle, synthetic, traps, wire  # noqa: F401
from replica.modes.base import (
    DEFAULT_MODES,
    MODES,
    Mode,
    Request,
    Rule,
    Scope,
    SiteChanges,
    make_rule,
    make_rules,
    parse_spec,
    register,
)

__all__ = ["DEFAULT_MODES", "MODES", "Mode", "Request", "Rule", "Scope", "SiteChanges", "make_rule", "make_rules",
           "parse_spec", "register"]
