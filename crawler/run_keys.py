"""Crawl-run keys, `<spider>-<kind>-<UTC time>`: a run's identity, so a launch or an enqueue retried is recognised.

Kinds: `plan` (a slot of the schedule), `once` (`scheduler.py --once`), `enqueue` (`python -m crawler enqueue`).
A key is at most 64 characters for a spider name of up to 40 (crawl_runs.key is VARCHAR(64)).
"""

from __future__ import annotations

import datetime as dt
import re

_KEY = re.compile(r"(?P<spider>[A-Za-z0-9_]+)-(?P<kind>plan|once|enqueue)-(?P<when>\d{8}T\d{6}Z)")


def run_key(spider: str, when: dt.datetime, kind: str = "plan") -> str:
    """`<spider>-plan-<slot UTC>` for a scheduled run, `<spider>-once-<start UTC>` for `--once`."""
    return f"{spider}-{kind}-{when.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def parse_run_key(key: str) -> tuple[str, str, dt.datetime] | None:
    """(spider, kind, UTC time) of a key made by `run_key`, None for any other key (a manual crawl's)."""
    match = _KEY.fullmatch(key)
    if not match:
        return None
    when = dt.datetime.strptime(match["when"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return match["spider"], match["kind"], when
