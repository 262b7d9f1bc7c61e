"""`python scheduler.py`: keep the archive current through the January–March recrawl season, unattended.

    python scheduler.py                    run as a service in the foreground (logs to stdout; SIGTERM/SIGINT stop it)
    python scheduler.py --once [SPIDER…]   crawl now (every enabled site by default) and exit
    python scheduler.py --plan             the next runs of each site (--year 2027 for a whole year)
    python scheduler.py --status           the last run of each site, and sites with no report for last year
    python scheduler.py --crontab          the plan as crontab lines (instead of the service)
    python scheduler.py --season 2027      the season over the site registry (crawler/schedule/season/cli.py)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from crawler import crawl_summary, healing
from crawler.cli import run_command
from crawler.run_keys import run_key
from crawler.schedule import config as schedule_config
from crawler.schedule import history
from crawler.schedule.config import ScheduleConfig, ScheduleConfigError, SiteConfig
from crawler.schedule.crontab import crontab_text
from crawler.schedule.plan import TIMEZONE, Timetable, timetable, year_bounds
from crawler.schedule.runner import PROJECT_ROOT, CrawlRequest, CrawlResult, CrawlRunner
from crawler.schedule.season import cli as season_cli
from crawler.schedule.service import Service, wait_for_signal
from crawler.sites import site_names
from storage.archive import Archive
from storage.config import StorageConfig

log = logging.getLogger("scheduler")

DEFAULT_CONFIG = PROJECT_ROOT / "deploy" / "schedule.toml"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python scheduler.py", description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[2:]))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--once", nargs="*", metavar="SPIDER", help="crawl these sites now (default: every enabled "
                      "site), at most --max-parallel at once, and exit; status 0 if every crawl finished")
    mode.add_argument("--plan", action="store_true", help="print the next runs of each site")
    mode.add_argument("--crontab", action="store_true", help="print the plan as crontab lines calling --once "
                      "(for machines that run cron instead of the service)")
    mode.add_argument("--status", action="store_true",
                      help="print the last run of each site and the sites with no report for last year "
                      "(status 1 when something needs attention: a last run failed or timed out, a report is missing)")
    parser.add_argument("--config", type=Path, help="schedule file (TOML; default "
                        f"{DEFAULT_CONFIG.relative_to(PROJECT_ROOT)} when it exists, else the built-in plan)")
    parser.add_argument("--max-parallel", metavar="N", help="crawls at once (overrides the file)")
    parser.add_argument("--time-limit", metavar="DURATION", help='time limit of every crawl, e.g. "3h" '
                        "(overrides the file)")
    parser.add_argument("-a", "--arg", action="append", default=[], metavar="NAME=VALUE",
                        help="spider argument for every crawl, e.g. -a years=2024 (repeatable; overrides the file)")
    parser.add_argument("--year", type=int, help="with --plan: every run of that year")
    parser.add_argument("--count", type=int, default=5, help="with --plan: how many next runs per site (default 5)")
    parser.add_argument("--json", action="store_true", help="with --plan or --status: JSON for machines")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    season_cli.add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    reporting = args.plan or args.status or args.crontab  # print a report; the service and --once log what they do
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING if reporting else logging.INFO,
                        stream=sys.stdout, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not args.verbose:
        for noisy in ("apscheduler", "alembic"):  # our own lines say what they do, once
            logging.getLogger(noisy).setLevel(logging.WARNING)
    return run_command(lambda: dispatch(args))


def dispatch(args: argparse.Namespace) -> int:
    config = load_config(args)
    if args.season is not None:
        if args.once is not None or args.crontab:
            raise ScheduleConfigError("--season plans the registry: it goes with --plan, --status or nothing")
        return season_cli.dispatch(args, config, _runner, _on_stop_signals)
    sites = {site.spider: site for site in config.sites(known_spiders(config))}
    timetables = {name: timetable(site) for name, site in sites.items()}  # every plan checked before anything
    if args.plan:
        return show_plan(sites, timetables, year=args.year, count=args.count, as_json=args.json)
    if args.status:
        return show_status(sites, as_json=args.json)
    if args.crontab:
        enabled = [timetables[name] for name, site in sites.items() if site.enabled]
        print(crontab_text(enabled, root=str(PROJECT_ROOT), python=sys.executable,
                           data_dir=str(StorageConfig.from_env().data_dir)), end="")
        return 0
    if args.once is not None:
        return run_once(config, sites, args.once)
    return run_service(config, sites, timetables)


def load_config(args: argparse.Namespace) -> ScheduleConfig:
    path = args.config if args.config is not None else (DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None)
    arguments = {}
    for item in args.arg:
        name, sep, value = item.partition("=")
        if not sep:
            raise ScheduleConfigError(f"--arg {item!r}: expected NAME=VALUE")
        arguments[name.strip()] = value
    return schedule_config.load(path).with_overrides(max_parallel=args.max_parallel, time_limit=args.time_limit,
                                                     arguments=arguments)


def known_spiders(config: ScheduleConfig) -> list[str]:
    """The sites to schedule: `[scheduler] spiders`, or every government site the spider loader lists
    (crawler/sites.py: hand-written spiders and pinned site files; generic spiders such as `discover` need
    arguments and are scheduled only when configured)."""
    if config.spiders:
        return list(config.spiders)
    return site_names()


def _open_archive() -> Archive:
    return Archive.open(warc=False)


# -- --plan -----------------------------------------------------------------------------------------------------

def show_plan(sites: dict[str, SiteConfig], timetables: dict[str, Timetable], *, year: int | None, count: int,
              as_json: bool) -> int:
    now = dt.datetime.now(TIMEZONE)
    plan: dict[str, dict[str, Any]] = {}
    for name, site in sites.items():
        table = timetables[name]
        slots = table.slots(*year_bounds(year)) if year else table.next_slots(now, count)
        plan[name] = {"enabled": site.enabled, "jitter": site.jitter, "time_limit": site.time_limit,
                      "arguments": dict(site.arguments),
                      "runs": [{"time": s.time.isoformat(), "rule": s.rule} for s in slots] if site.enabled else []}
    if as_json:
        json.dump(plan, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"Runs in {TIMEZONE.key}" + (f", {year}" if year else ", next") + "; each starts at a random moment up to "
          "its jitter after the time shown.")
    for name, entry in plan.items():
        if not entry["enabled"]:
            print(f"\n{name}: disabled")
            continue
        args = " ".join(f"-a {k}={v}" for k, v in entry["arguments"].items())
        print(f"\n{name}: jitter {_span(entry['jitter'])}, time limit {_span(entry['time_limit'])}"
              + (f", {args}" if args else ""))
        for run in entry["runs"]:
            when = dt.datetime.fromisoformat(run["time"])
            print(f"  {when:%Y-%m-%d %a %H:%M}  {run['rule']}")
    return 0


# -- --status ---------------------------------------------------------------------------------------------------

def show_status(sites: dict[str, SiteConfig], *, as_json: bool) -> int:
    with _open_archive() as archive:
        last = history.last_runs(archive, sites)
        check = history.report_check(archive, [name for name, site in sites.items() if site.enabled])
    status: dict[str, Any] = {"sites": {name: _run_entry(record) for name, record in last.items()},
              "reports": {"year": check.year, "due_from": check.due_from.isoformat(), "due": check.due,
                          "counts": dict(check.counts), "missing": check.missing}}
    if as_json:
        json.dump(status, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_status(status)
    failed = [name for name, record in last.items() if record and record.finish_reason in ("failed", "timeout")]
    # A crawl that read listings and found no report link is a site that changed under us: it needs attention
    # even before last year's reports are due.
    alarmed = [name for name, entry in status["sites"].items()
               if entry and (entry["zero_reports_alarm"] or entry["listings_moved"])]
    return 1 if check.missing or failed or alarmed else 0


def _run_entry(record: history.RunRecord | None) -> dict[str, Any] | None:
    if record is None:
        return None
    counts = history.RunCounts.of(record.stats)
    return {"key": record.key, "started": record.started_at.isoformat(),
            "ended": record.finished_at.isoformat() if record.finished_at else None,
            "result": record.finish_reason, "exit_status": record.stats.get("scheduler/exit_status"),
            "new": counts.new, "unchanged": counts.unchanged, "challenges": counts.challenges,
            "errors": counts.errors, "zero_reports_alarm": counts.zero_reports_alarm,
            "listings_moved": _moved(record.stats),
            "error": record.stats.get("scheduler/error"), "log": record.stats.get("scheduler/log")}


def _moved(stats: Any) -> dict[str, Any] | None:
    """The healing a run recorded (its configured listings gone): what failed, what the search found."""
    result = healing.recorded(stats)
    if result is None:
        return None
    return {"failed": result.failed, "found": [*result.found, *result.found_data], "suggested": result.suggested}


def _print_status(status: dict[str, Any]) -> None:
    header = ("site", "last run", "started", "ended", "result", "exit", "new", "unchanged", "challenges", "errors")
    rows = [header]
    notes = []
    for name, entry in status["sites"].items():
        if entry is None:
            rows.append((name, "never crawled", *("",) * 8))
            continue
        rows.append((name, entry["key"], _local(entry["started"]), _local(entry["ended"]) or "running",
                     entry["result"] or "", _text(entry["exit_status"]), str(entry["new"]), str(entry["unchanged"]),
                     str(entry["challenges"]), str(entry["errors"])))
        if entry["zero_reports_alarm"]:
            notes.append(f"{name}: listings read but no report link found: the site's layout may have changed")
        moved = entry["listings_moved"]
        if moved:
            gone = "; ".join(f"{url} ({why})" for url, why in moved["failed"].items())
            found = (f"the fallback search found reports on {len(moved['found'])} listing(s)" if moved["found"]
                     else "the fallback search found no report column")
            notes.append(f"{name}: configured listings gone: {gone}; {found}; suggested update: "
                         f"python -m crawler heal {name}")
        if entry["error"]:
            notes.append(f"{name}: {entry['error']}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print(f"(times in {TIMEZONE.key})")
    for note in notes:
        print(note)
    reports = status["reports"]
    if not reports["due"]:
        print(f"\nReports for {reports['year']}: checked from {reports['due_from']} (county-level governments "
              "publish by 31 March).")
        return
    counts = ", ".join(f"{name} {count}" + (" MISSING" if count == 0 else "")
                       for name, count in reports["counts"].items())
    print(f"\nReports for {reports['year']} in the archive: {counts}")
    if reports["missing"]:
        print(f"Missing: {', '.join(reports['missing'])} (no report for {reports['year']}; the site or its spider "
              "may be broken)")


def _local(iso: str | None) -> str:
    return f"{dt.datetime.fromisoformat(iso).astimezone(TIMEZONE):%Y-%m-%d %H:%M}" if iso else ""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _span(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


# -- --once and the service ------------------------------------------------------------------------------------

def _on_stop_signals(handler: Callable[[], None]) -> None:
    def handle(signum: int, _frame: object) -> None:
        log.info("received %s", signal.Signals(signum).name)
        handler()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


def _runner(config: ScheduleConfig, archive: Archive) -> Any:
    if os.environ.get("REDIS_URL"):  # distributed mode: enqueue for the workers instead (docs/scaling.md)
        # Redis and scrapy-redis load only in the optional distributed mode.
        from crawler.distributed.connection import connect
        from crawler.schedule.distributed_runner import DistributedRunner

        return DistributedRunner(archive, connect())
    return CrawlRunner(archive, command=config.command, max_parallel=config.max_parallel,
                       stop_grace=config.stop_grace)


def run_once(config: ScheduleConfig, sites: dict[str, SiteConfig], spiders: list[str]) -> int:
    unknown = sorted(set(spiders) - set(sites))
    if unknown:
        raise ScheduleConfigError(f"no such spider: {unknown[0]} (spiders: {', '.join(sites)})")
    chosen = list(dict.fromkeys(spiders)) or [name for name, site in sites.items() if site.enabled]
    if not chosen:
        raise ScheduleConfigError("no site is enabled: name the spiders to crawl")
    started = dt.datetime.now(dt.UTC)
    requests = [CrawlRequest(name, run_key(name, started, "once"), sites[name].arguments, sites[name].time_limit)
                for name in chosen]
    with _open_archive() as archive:
        runner = _runner(config, archive)
        _on_stop_signals(runner.stop)
        with ThreadPoolExecutor(max_workers=len(requests), thread_name_prefix="crawl") as pool:
            results: list[CrawlResult] = list(pool.map(runner.run, requests))
        summaries = _summaries(archive, results)
    for result in results:
        print(f"{result.request.spider}: {result.reason} (exit status {_text(result.returncode) or '-'}), "
              f"run {result.request.key}")
    if summaries:
        print(crawl_summary.render(summaries))
    return 0 if all(result.ok for result in results) else 1


def _summaries(archive: Archive, results: list[CrawlResult]) -> list[crawl_summary.SiteSummary]:
    """What each crawl did (crawler/crawl_summary.py), from the stats its run recorded; a crawl that recorded none
    (killed before it could, or not made) is said by its line above."""
    records = [history.run_record(archive, result.request.key) for result in results]
    return [crawl_summary.summarise(record.spider, record.stats) for record in records
            if record is not None and record.stats.get("start_time")]


def run_service(config: ScheduleConfig, sites: dict[str, SiteConfig], timetables: dict[str, Timetable]) -> int:
    enabled = [name for name, site in sites.items() if site.enabled]
    if not enabled:
        raise ScheduleConfigError("no site is enabled: nothing to schedule")
    stop = threading.Event()
    _on_stop_signals(stop.set)
    with _open_archive() as archive:
        service = Service(config, archive, sites, timetables, _runner(config, archive))
        log.info("scheduler starting: %s; at most %d crawls at once; archive %s", ", ".join(enabled),
                 config.max_parallel, archive.config.data_dir)
        service.start()
        try:
            wait_for_signal(stop)
        finally:
            service.stop()
    return 0
