"""When each site is crawled: a timetable of named cron rules in Asia/Shanghai, and the slot that names a run.

A site's timetable is a few rules — `season` (twice a week, January–March), `catch-up` (early April), `monthly`
(the rest of the year), or the site's own `cron` rules — plus a jitter.  APScheduler gets one OrTrigger per site
(one job per site: `max_instances=1` then means one crawl of a site at a time); the jitter delays each run by a
random amount, and the job store keeps the jittered time, so a restarted scheduler fires at the same moment.

A scheduled run is identified by its *slot*, the rule's un-jittered time, as the crawl run key
`haizhu-plan-20260104T180000Z` (UTC; crawler/run_keys.py).  Slots can be computed from the configuration alone,
which is what lets a restarted scheduler tell which runs it still owes and which it has already made.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

from crawler.schedule.config import ScheduleConfigError, SiteConfig

TIMEZONE = ZoneInfo("Asia/Shanghai")  # where the publication deadlines are, and all triggers run
_GAP_CHECK_SLOTS = 400  # slots examined when checking that the jitter is shorter than the gap between runs


@dataclass(frozen=True)
class Rule:
    name: str  # season | catch-up | monthly | cron
    trigger: CronTrigger  # without jitter: its fire times are the slots


@dataclass(frozen=True)
class Slot:
    time: dt.datetime  # in TIMEZONE
    rule: str


@dataclass(frozen=True)
class Timetable:
    spider: str
    rules: tuple[Rule, ...]
    jitter: float  # seconds

    def trigger(self) -> OrTrigger:
        """The trigger APScheduler runs: every rule, each fire delayed by up to `jitter` seconds."""
        return OrTrigger([rule.trigger for rule in self.rules], jitter=self.jitter or None)

    def slots(self, start: dt.datetime, end: dt.datetime) -> list[Slot]:
        """Every slot in [start, end), in time order."""
        return self._merge(lambda trigger: itertools.takewhile(lambda t: t < end, _fire_times(trigger, start)))

    def next_slots(self, now: dt.datetime, count: int) -> list[Slot]:
        """The next `count` slots at or after `now`."""
        return self._merge(lambda trigger: itertools.islice(_fire_times(trigger, now), count))[:count]

    def _merge(self, times_of: Callable[[CronTrigger], Iterable[dt.datetime]]) -> list[Slot]:
        found: dict[dt.datetime, str] = {}
        for rule in self.rules:
            for when in times_of(rule.trigger):
                found.setdefault(when, rule.name)  # a time two rules share counts once, for the first rule
        return [Slot(when, found[when]) for when in sorted(found)]

    def latest_slot(self, start: dt.datetime, end: dt.datetime) -> dt.datetime | None:
        """The last slot in [start, end], or None."""
        slots = self.slots(start, end + dt.timedelta(microseconds=1))
        return slots[-1].time if slots else None

    def slot_of(self, fire_time: dt.datetime) -> dt.datetime:
        """The slot a (jittered) fire time belongs to: the last slot at or before it, no further back than the
        jitter.  A fire time of no slot (the plan changed under a stored job) is its own slot."""
        start = fire_time - dt.timedelta(seconds=self.jitter + 1)
        return self.latest_slot(start, fire_time) or fire_time.astimezone(TIMEZONE)


def _fire_times(trigger: CronTrigger, start: dt.datetime) -> Iterator[dt.datetime]:
    when = trigger.get_next_fire_time(None, start)
    while when is not None:
        yield when
        when = trigger.get_next_fire_time(when, when)


def timetable(site: SiteConfig) -> Timetable:
    """The site's timetable; an invalid rule or a jitter as long as the gap between two runs is a config error."""
    where = f"[sites.{site.spider}]"
    try:
        rules = tuple(Rule(name, CronTrigger(timezone=TIMEZONE, **fields)) for name, fields in _rule_fields(site))
    except (TypeError, ValueError) as exc:
        raise ScheduleConfigError(f"{where}: invalid schedule: {exc}") from None
    if not rules:
        raise ScheduleConfigError(f"{where}: the plan has no runs at all (use enabled = false to switch a site off)")
    table = Timetable(site.spider, rules, site.jitter)
    _check_jitter(table, where)
    return table


def _rule_fields(site: SiteConfig) -> list[tuple[str, dict[str, object]]]:
    if site.cron:
        return [("cron", dict(fields)) for fields in site.cron]
    at = {"hour": site.hour, "minute": site.minute, "second": 0}
    rules: list[tuple[str, dict[str, object]]] = []
    if site.season and site.days:
        rules.append(("season", {"month": site.season, "day_of_week": site.days, **at}))
    if site.catch_up:
        month, day = (int(part) for part in site.catch_up.split("-"))
        rules.append(("catch-up", {"month": month, "day": day, **at}))
    if site.monthly_day and site.monthly_months:
        rules.append(("monthly", {"month": site.monthly_months, "day": site.monthly_day, **at}))
    return rules


def _check_jitter(table: Timetable, where: str) -> None:
    # A jittered run must still be attributable to its slot: the jitter has to be shorter than every gap.
    if not table.jitter:
        return
    now = dt.datetime.now(TIMEZONE)
    slots = table.next_slots(now, _GAP_CHECK_SLOTS)
    gaps = [(b.time - a.time).total_seconds() for a, b in itertools.pairwise(slots)]
    if gaps and min(gaps) <= table.jitter:
        raise ScheduleConfigError(f"{where}: jitter ({table.jitter:g} s) must be shorter than the shortest gap "
                                  f"between two runs ({min(gaps):g} s)")


def year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(year, 1, 1, tzinfo=TIMEZONE), dt.datetime(year + 1, 1, 1, tzinfo=TIMEZONE)
