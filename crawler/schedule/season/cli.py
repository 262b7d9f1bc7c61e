"""`scheduler.py --season YEAR`: the season over the site registry (docs/registry.md, "The season").

    python scheduler.py --season 2027                 plan (once) and make every visit due today; resumable
    python scheduler.py --season 2027 --until 2027-04-30   … every visit due by that day (a season compressed)
    python scheduler.py --season 2027 --plan          the plan: visits per round and month, per-host limit
    python scheduler.py --season 2027 --status        progress by province: visited / with reports / failing
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import threading
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.registry.read import DEFAULT_REGISTRY, load_registry
from crawler.schedule.config import ScheduleConfig, ScheduleConfigError, duration
from crawler.schedule.plan import TIMEZONE
from crawler.schedule.runner import CrawlRequest, CrawlResult, CrawlRunner
from crawler.schedule.season.planning import plan_into
from crawler.schedule.season.run import DEFAULT_HOST_REST, SeasonOptions, run_season
from storage import season as season_store
from storage.archive import Archive

log = logging.getLogger("scheduler.season")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("the season over the site registry (--season YEAR)")
    group.add_argument("--season", type=int, metavar="YEAR", help="plan the registry's season of YEAR (once) and "
                       "make the visits due; with --plan / --status: show it")
    group.add_argument("--until", type=dt.date.fromisoformat, metavar="DATE",
                       help="with --season: make the visits due by DATE (default today, Asia/Shanghai)")
    group.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="the registry file")
    group.add_argument("--codes", metavar="CODE,…|@FILE", help="only these places (comma-separated, or a file "
                       "of codes one a line)")
    group.add_argument("--retry-after", metavar="DURATION", default="3d",
                       help='when an unreachable site is tried again (default "3d")')
    group.add_argument("--host-rest", type=float, default=DEFAULT_HOST_REST, metavar="SECONDS",
                       help=f"seconds between two crawls of one host (default {DEFAULT_HOST_REST:g})")


def dispatch(args: argparse.Namespace, config: ScheduleConfig, runner_of: Any, on_stop_signals: Any) -> int:
    with Archive.open(warc=False) as archive:
        if args.status:
            return show_status(archive, args.season, as_json=args.json)
        registry = load_registry(args.registry)
        codes = _codes(args.codes, registry)
        new = plan_into(archive, registry, args.season, codes)
        if args.plan:
            return show_plan(archive, args.season, new, as_json=args.json)
        today = args.until or dt.datetime.now(TIMEZONE).date()
        crawl = config.site("discover")  # [defaults] and the command line: time limit, spider arguments
        try:
            retry_after = dt.timedelta(seconds=duration(args.retry_after))
        except ValueError as exc:
            raise ScheduleConfigError(f"--retry-after: {exc}") from None
        options = SeasonOptions(pins_dir=archive.config.data_dir / "pins", time_limit=crawl.time_limit,
                                retry_after=retry_after, host_rest=args.host_rest, max_parallel=config.max_parallel,
                                arguments=crawl.arguments)
        runner = runner_of(config, archive)
        if not isinstance(runner, CrawlRunner):  # REDIS_URL: pinned crawls to the workers, discovery here
            runner = SplitRunner(CrawlRunner(archive, command=config.command, max_parallel=config.max_parallel,
                                             stop_grace=config.stop_grace), runner)
        stopping = threading.Event()

        def stop() -> None:
            stopping.set()
            runner.stop()

        on_stop_signals(stop)
        results = run_season(archive, args.season, runner, options, today=today, stopping=stopping)
    tally = Counter(result.status for result in results)
    print(f"season {args.season}: {len(results)} visits due by {today}: " +
          ", ".join(f"{count} {status}" for status, count in sorted(tally.items())) if results
          else f"season {args.season}: nothing due by {today}")
    return 0 if not tally.get("cancelled") else 1


def _codes(value: str | None, registry: dict[str, Any]) -> list[str] | None:
    if not value:
        return None
    try:
        text = Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value.replace(",", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScheduleConfigError(f"--codes {value}: cannot read it ({exc})") from None
    codes = [line.strip() for line in text.splitlines() if line.strip()]
    unknown = [code for code in codes if code not in registry]
    if unknown:
        raise ScheduleConfigError(f"--codes: not in the registry: {', '.join(unknown[:5])}")
    return codes


def show_plan(archive: Archive, season: int, new: int, *, as_json: bool) -> int:
    visits = season_store.season_visits(archive, season)
    months = Counter((v.round, v.due.strftime("%Y-%m")) for v in visits)
    per_day = Counter((v.due, _host(v.portal_url)) for v in visits)
    summary: dict[str, Any] = {"season": season, "visits": len(visits), "new": new,
               "places": len({v.code for v in visits}),
               "by_round_month": {f"{r} {m}": n for (r, m), n in sorted(months.items())},
               "first": min((v.due for v in visits), default=None), "last": max((v.due for v in visits), default=None),
               "max_visits_per_host_per_day": max(per_day.values(), default=0)}
    if as_json:
        print(json.dumps(summary, default=str, ensure_ascii=False, indent=1))
        return 0
    print(f"season {season}: {summary['visits']} visits of {summary['places']} places "
          f"({new} newly planned), {summary['first']} – {summary['last']}, "
          f"at most {summary['max_visits_per_host_per_day']} a day per host")
    for label, count in summary["by_round_month"].items():
        print(f"  {label}: {count}")
    return 0


def show_status(archive: Archive, season: int, *, as_json: bool) -> int:
    rows = season_store.progress_by_province(archive, season)
    failing = [v for v in season_store.season_visits(archive, season) if v.status == "unreachable"]
    if as_json:
        print(json.dumps({"season": season, "provinces": [vars(row) for row in rows],
                          "failing": [{"code": v.code, "round": v.round, "attempts": v.attempts,
                                       "last_error": v.last_error} for v in failing]},
                         ensure_ascii=False, indent=1))
        return 1 if failing else 0
    if not rows:
        print(f"season {season}: not planned in this archive (run scheduler.py --season {season} --plan)")
        return 0
    print(f"season {season}, by province: places planned / visited / with reports / failing / visits pending")
    for row in rows:
        print(f"  {row.province_code} {row.province:<10} {row.places:>5} {row.visited:>7} {row.with_reports:>7} "
              f"{row.failing:>7} {row.pending:>7}")
    total = [sum(getattr(row, name) for row in rows) for name in ("places", "visited", "with_reports", "failing",
                                                                  "pending")]
    print(f"  {'all':<17} " + " ".join(f"{n:>7}" for n in total))
    for visit in failing:
        print(f"  failing: {visit.code} ({visit.round}, {visit.attempts} attempts): {visit.last_error}")
    return 1 if failing else 0


def _host(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").lower()


class SplitRunner:
    """With REDIS_URL: pinned crawls go to the scrapy-redis workers; discovery, whose frontier lives in one
    process (docs/scaling.md), runs here as a subprocess.  The host's crawls still never overlap: the season
    holds one visit per place at a time and the workers' host gate spaces every request."""

    def __init__(self, local: CrawlRunner, distributed: Any) -> None:
        self.local, self.distributed = local, distributed

    def run(self, request: CrawlRequest) -> CrawlResult:
        return (self.local if request.spider == "discover" else self.distributed).run(request)

    def stop(self) -> None:
        self.local.stop()
        self.distributed.stop()

