"""What a crawl did, for the person who started it: per site, the report documents found, new, unchanged and
failed, and its alarms; and, when the site answered nothing at all, why — in one line.

Read from the crawl's Scrapy stats (the exchange recorder counts report documents by their last answer:
crawler/extensions/exchanges.py), so it is the same whether the log went to a file or to the terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crawler import terminal

REPORTS = "nianbao/reports/"  # + found | new | unchanged | failed: report pages and attachments, each URL once
ANSWERED = "nianbao/answered"  # responses that served a page or file (robots.txt aside)
ALARMS = "nianbao/alarm/"


@dataclass(frozen=True)
class SiteSummary:
    site: str
    found: int
    new: int
    unchanged: int
    failed: int
    alarms: tuple[str, ...]
    errors: int  # ERROR lines in the log
    nothing_fetched: str | None  # why the site answered nothing (None: it answered)
    finish_reason: str | None


def summarise(site: str, stats: Mapping[str, Any]) -> SiteSummary:
    reports = {key: int(stats.get(REPORTS + key, 0) or 0) for key in ("found", "new", "unchanged", "failed")}
    alarms = tuple(sorted(key.removeprefix(ALARMS) for key, value in stats.items()
                          if key.startswith(ALARMS) and value))
    return SiteSummary(site, **reports, alarms=alarms, errors=int(stats.get("log_count/ERROR", 0) or 0),
                       nothing_fetched=None if stats.get(ANSWERED) else why_nothing(stats),
                       finish_reason=stats.get("finish_reason"))


def why_nothing(stats: Mapping[str, Any]) -> str:
    """Why no request of the crawl was answered, from what stopped them."""
    requests = int(stats.get("downloader/request_count", 0) or 0)
    refused = {"robots.txt forbids them": stats.get("robotstxt/forbidden", 0),
               "NIANBAO_OFFLINE refused them (not 127.0.0.1: set REPLICA_URL?)":
                   stats.get("nianbao/offline/refused", 0)}
    failures: Counter[str] = Counter()
    for key, count in stats.items():
        if key.startswith("downloader/exception_type_count/"):
            failures[key.rsplit(".", 1)[-1].rsplit("/", 1)[-1]] += int(count)
        elif key.startswith("downloader/response_status_count/") and not key.endswith(("/200", "/304")):
            failures[f"HTTP {key.rsplit('/', 1)[-1]}"] += int(count)  # (a 200 here was robots.txt or a challenge)
    reasons = [f"{reason} ({count})" for reason, count in refused.items() if count]
    if any(refused.values()):
        failures.pop("IgnoreRequest", None)  # (how a refused request ends: said above)
    reasons += [f"{count} × {what}" for what, count in failures.most_common(3)]
    if not requests and not reasons:
        return "no request was made"
    return "every request was refused or failed: " + ", ".join(reasons or ["no answer"])


def render(summaries: Sequence[SiteSummary], *, log_file: str | None = None) -> str:
    """The table, then the log, then why a crawl failed: the last line says it (the scheduler records the last
    line of a failed crawl's output as its error)."""
    rows = [[s.site, s.found, s.new, s.unchanged, s.failed, ", ".join(s.alarms) or "-"] for s in summaries]
    lines = terminal.table(["site", "report documents", "new", "unchanged", "failed", "alarms"], rows,
                           "lrrrrl")
    errors = sum(s.errors for s in summaries)
    if log_file:
        lines.append(f"log: {log_file}" + (f" ({errors} error(s))" if errors else ""))
    elif errors:
        lines.append(f"{errors} error(s) logged")
    for s in summaries:
        if s.nothing_fetched:
            lines.append(f"{s.site}: nothing fetched — {s.nothing_fetched}")
        elif s.finish_reason and s.finish_reason != "finished":
            lines.append(f"{s.site}: the crawl stopped early ({s.finish_reason})")
    return "\n".join(lines)
