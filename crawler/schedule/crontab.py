"""The plan as crontab lines calling `scheduler.py --once SPIDER`, for machines that run cron instead of the service.

Made from the same timetables the service runs, so the two cannot drift apart (deploy/crontab is this output).
Cron's differences, which the lines account for: it has no jitter (each line sleeps a random 0…jitter seconds
first), and it fires a day when the day of month *or* the day of week matches (a rule restricting both cannot be
expressed; the derived rules never do).  Cron does not make up a run missed while the machine was off, and the
runs it starts are `--once` runs: the service's recovery after a restart does not apply to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from apscheduler.triggers.cron import CronTrigger

from crawler.schedule.config import ScheduleConfigError
from crawler.schedule.plan import TIMEZONE, Timetable

_CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
_WEEKDAY_NUMBERS = {name: str(number) for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
                                                                    start=1)}


def crontab_text(timetables: Iterable[Timetable], *, root: str, python: str, data_dir: str) -> str:
    lines = [
        "# nianbao recrawl plan for cron: `python scheduler.py --crontab` wrote this (docs/scheduler.md).",
        "# Install with `crontab -u nianbao deploy/crontab` (or copy the lines into /etc/cron.d with a user field);",
        "# the crawls log to $NIANBAO_DATA/logs (create it first: install -d -o nianbao $NIANBAO_DATA/logs).",
        f"# Times are {TIMEZONE.key}: CRON_TZ is honoured by cronie and systemd-cron; Debian's cron ignores it,",
        "# so there the machine's own time zone must be Asia/Shanghai.",
        f"CRON_TZ={TIMEZONE.key}",
        "SHELL=/bin/sh",
        f"NIANBAO_DATA={data_dir}",
        "",
    ]
    for table in timetables:
        lines.append(f"# {table.spider}")
        for rule in table.rules:
            when = " ".join(_cron_field(table.spider, rule.trigger, name) for name in _CRON_FIELDS)
            sleep = f"sleep $(shuf -i 0-{int(table.jitter)} -n 1) && " if table.jitter >= 1 else ""
            days = str(rule.trigger.fields[4])  # day_of_week as written (the line has numbers)
            note = rule.name + (f" ({days})" if days != "*" else "")
            lines.append(f"{when}  {sleep}cd {root} && {python} scheduler.py --once {table.spider}"
                         f' >> "$NIANBAO_DATA/logs/cron.log" 2>&1  # {note}')
        lines.append("")
    lines += ["# Every morning, cron mails the status when something needs attention: a site whose last crawl failed",
              "# or timed out, or (from 1 April) a site with no report for last year.",
              f"30 8 * * *  cd {root} && {python} scheduler.py --status > /dev/null || "
              f"{python} scheduler.py --status", ""]
    return "\n".join(lines)


def _cron_field(spider: str, trigger: CronTrigger, name: str) -> str:
    fields = {field.name: str(field) for field in trigger.fields}
    where = f"[sites.{spider}]"
    if fields["year"] != "*" or fields["week"] != "*" or fields["second"] != "0":
        raise ScheduleConfigError(f"{where}: a rule with year, week or second fields cannot be written for cron")
    if fields["day"] != "*" and fields["day_of_week"] != "*":
        raise ScheduleConfigError(f"{where}: cron cannot restrict both day and day_of_week (it would run on either)")
    if name == "day_of_week":
        if re.search(r"\d", fields[name]):
            # APScheduler counts 0 = Monday, cron 0 = Sunday: only names mean the same to both.
            raise ScheduleConfigError(f"{where}: write day_of_week with names (mon, tue, …) to export it to cron")
        # Numbers, because not every cron accepts lists or ranges of names (Sunday is 7, so "sat-sun" is "6-7").
        return re.sub(r"[a-z]+", lambda m: _WEEKDAY_NUMBERS.get(m[0], m[0]), fields[name].lower())
    return fields[name]
