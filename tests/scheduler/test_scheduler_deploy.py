"""Deployment: the crontab is the service's plan (read back with cron's own rules), the systemd unit stops cleanly.

The crontab is made on the machine it is installed on (`scheduler.py --crontab`, from the spider loader's sites),
never committed: a committed copy would be one more list of sites to keep in step."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from crawler.schedule.cli import DEFAULT_CONFIG, known_spiders
from crawler.schedule.config import ScheduleConfigError, SiteConfig, load
from crawler.schedule.crontab import crontab_text
from crawler.schedule.plan import TIMEZONE, timetable, year_bounds
from crawler.schedule.runner import PROJECT_ROOT
from crawler.sites import site_names
from tests.conftest import missing

DEPLOY = PROJECT_ROOT / "deploy"
SHIPPED = {"root": "/opt/nianbao", "python": "/opt/nianbao/.venv/bin/python", "data_dir": "/var/lib/nianbao"}


def shipped_timetables() -> list:
    config = load(DEFAULT_CONFIG)
    return [timetable(site) for site in config.sites(known_spiders(config)) if site.enabled]


def cron_values(field: str, low: int, high: int) -> set[int]:
    """The values a cron field matches (vixie/cronie syntax: *, n, a-b, */s, a-b/s, lists)."""
    values: set[int] = set()
    for part in field.split(","):
        span, _, step = part.partition("/")
        first, last = (low, high) if span == "*" else (int(span.split("-")[0]), int(span.split("-")[-1]))
        values.update(range(first, last + 1, int(step or 1)))
    return values


def cron_fire_times(line: str, year: int) -> list[dt.datetime]:
    """When cron runs `line` in `year`, by cron's rules (a restricted day of month OR day of week matches)."""
    minute, hour, day, month, weekday = line.split()[:5]
    minutes, hours = cron_values(minute, 0, 59), cron_values(hour, 0, 23)
    days, months = cron_values(day, 1, 31), cron_values(month, 1, 12)
    weekdays = {w % 7 for w in cron_values(weekday, 0, 7)}  # 0 and 7 are Sunday
    times, date = [], dt.date(year, 1, 1)
    while date.year == year:
        by_day, by_weekday = date.day in days, (date.weekday() + 1) % 7 in weekdays
        both_restricted = day != "*" and weekday != "*"
        matches = (by_day or by_weekday) if both_restricted else (by_day and by_weekday)
        if date.month in months and matches:
            times += [dt.datetime(year, date.month, date.day, h, m, tzinfo=TIMEZONE) for h in hours for m in minutes]
        date += dt.timedelta(days=1)
    return sorted(times)


def test_the_crontab_covers_every_enabled_site_of_the_spider_loader() -> None:
    lines = crontab_text(shipped_timetables(), **SHIPPED).splitlines()
    called = {match[1] for line in lines if (match := re.search(r"--once (\S+) ", line))}
    assert called == {table.spider for table in shipped_timetables()} == set(site_names())


@pytest.mark.parametrize("year", [2027, 2028])
def test_cron_runs_each_site_exactly_when_the_service_would(year: int) -> None:
    lines = [line for line in crontab_text(shipped_timetables(), **SHIPPED).splitlines() if line[:1].isdigit()]
    for table in shipped_timetables():
        own = [line for line in lines if f"--once {table.spider} " in line]
        by_cron = sorted(t for line in own for t in cron_fire_times(line, year))
        assert by_cron == [slot.time for slot in table.slots(*year_bounds(year))], table.spider
        assert all(f"sleep $(shuf -i 0-{int(table.jitter)} -n 1)" in line for line in own)


def test_rules_cron_cannot_express_are_refused() -> None:
    numeric = timetable(SiteConfig("haizhu", cron=({"day_of_week": "0", "hour": 2},)))
    both = timetable(SiteConfig("haizhu", cron=({"day": "1", "day_of_week": "mon", "hour": 2},)))
    with pytest.raises(ScheduleConfigError, match="day_of_week with names"):
        crontab_text([numeric], **SHIPPED)
    with pytest.raises(ScheduleConfigError, match="both day and day_of_week"):
        crontab_text([both], **SHIPPED)


def unit_settings() -> dict[str, list[str]]:
    """[Service] settings of the unit, each key with all its values in order (systemd allows repeats)."""
    settings: dict[str, list[str]] = {}
    section = ""
    for line in (DEPLOY / "nianbao-scheduler.service").read_text().splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "Service" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def test_the_systemd_unit_stops_the_scheduler_alone_and_waits_long_enough_for_crawls() -> None:
    service = {key: values[-1] for key, values in unit_settings().items()}
    # the foreground service, run from the checkout (scrapy.cfg is there), with the archive's location
    assert service["WorkingDirectory"] == "/opt/nianbao"
    assert service["ExecStart"] == "/opt/nianbao/.venv/bin/python scheduler.py"
    assert "NIANBAO_DATA=/var/lib/nianbao" in unit_settings()["Environment"]
    assert service["Restart"] == "on-failure"
    # SIGTERM to the scheduler only: it gives each crawl exactly one signal (a second one forces Scrapy down)
    assert (service["KillSignal"], service["KillMode"]) == ("SIGTERM", "mixed")
    assert int(service["TimeoutStopSec"]) > load(DEFAULT_CONFIG).stop_grace + 60


def test_the_systemd_unit_passes_systemd_analyze(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        missing("systemd-analyze not installed (Debian package systemd)")
    # The unit names a deployment (/opt/nianbao, user nianbao); check it against this checkout instead.
    local = tmp_path / "nianbao-scheduler.service"
    local.write_text((DEPLOY / "nianbao-scheduler.service").read_text()
                     .replace("/opt/nianbao", str(PROJECT_ROOT)).replace("=nianbao", "=root"))
    result = subprocess.run([analyze, "verify", str(local)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert str(PROJECT_ROOT) in local.read_text()
