"""The plan as pure functions (no clock, no sleeping): the default year, overrides, jitter, run keys, config errors."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from scrapy.spiderloader import SpiderLoader

from crawler.run_keys import parse_run_key, run_key
from crawler.schedule.cli import DEFAULT_CONFIG, known_spiders
from crawler.schedule.config import ScheduleConfig, ScheduleConfigError, SiteConfig, load
from crawler.schedule.plan import TIMEZONE, timetable, year_bounds
from crawler.sites import project_settings
from tests.scheduler.scheduler_helpers import scheduler_cli

MONDAY, THURSDAY = 0, 3


def days_of(year: int, months: range, weekdays: set[int]) -> list[dt.date]:
    """Every date of `year` in `months` falling on `weekdays`, counted independently of APScheduler."""
    day, found = dt.date(year, 1, 1), []
    while day.year == year:
        if day.month in months and day.weekday() in weekdays:
            found.append(day)
        day += dt.timedelta(days=1)
    return found


@pytest.mark.parametrize("year", [2026, 2027, 2028])  # 2028: a leap year, 29 February is a Tuesday
def test_default_plan_of_a_year_runs_twice_a_week_in_the_season_then_catch_up_and_monthly(year: int) -> None:
    slots = timetable(SiteConfig("haizhu")).slots(*year_bounds(year))

    season = [s for s in slots if s.time.month <= 3]
    assert [s.time.date() for s in season] == days_of(year, range(1, 4), {MONDAY, THURSDAY})
    assert {s.rule for s in season} == {"season"}
    rest = [s for s in slots if s.time.month > 3]
    assert [(s.time.month, s.rule) for s in rest] == [(4, "catch-up")] + [(m, "monthly") for m in range(5, 13)]
    assert rest[0].time.day <= 10  # early April
    assert all(s.time.tzinfo == TIMEZONE and (s.time.hour, s.time.minute) == (2, 0) for s in slots)
    # nothing else: no run in April but the catch-up, exactly one a month from May
    assert len(slots) == len(season) + 1 + 8


def test_the_jittered_trigger_apscheduler_runs_fires_once_per_slot_within_the_jitter() -> None:
    # Walk the real trigger the way APScheduler's job does (next fire from the previous fire) through a year.
    random.seed(7)
    table = timetable(SiteConfig("panyu", jitter=3600))
    trigger = table.trigger()
    start, end = year_bounds(2027)
    fires, when = [], trigger.get_next_fire_time(None, start)
    while when < end:
        fires.append(when)
        when = trigger.get_next_fire_time(when, when)
    slots = [s.time for s in table.slots(start, end)]

    assert [table.slot_of(fire) for fire in fires] == slots  # every slot fired exactly once, none extra
    assert all(dt.timedelta(0) <= fire - slot <= dt.timedelta(hours=1) for fire, slot in zip(fires, slots,
                                                                                               strict=True))
    assert len({fire - slot for fire, slot in zip(fires, slots, strict=True)}) > 1  # the jitter does vary


def test_site_overrides_change_only_that_site() -> None:
    config = ScheduleConfig(site_tables={
        "yindu": {"days": "tue,fri", "hour": 4, "minute": 30, "catch_up": "", "monthly_day": 0},
        "yaodu": {"cron": ({"month": "2", "day": "1", "hour": 3},)},
        "chuanhui": {"enabled": False, "arguments": {"years": "2019-"}},
    })
    yindu = timetable(config.site("yindu")).slots(*year_bounds(2027))
    assert [s.time.date() for s in yindu] == days_of(2027, range(1, 4), {1, 4})  # Tuesdays and Fridays, Q1 only
    assert {(s.time.hour, s.time.minute) for s in yindu} == {(4, 30)}
    assert [s.time for s in timetable(config.site("yaodu")).slots(*year_bounds(2027))] == [
        dt.datetime(2027, 2, 1, 3, tzinfo=TIMEZONE)]
    assert not config.site("chuanhui").enabled and config.site("chuanhui").arguments == {"years": "2019-"}
    assert config.site("haizhu") == SiteConfig("haizhu")


def test_file_then_command_line_override_the_defaults(write_config: Callable[[str], Path]) -> None:
    path = write_config("""
[scheduler]
max_parallel = 3
[defaults]
time_limit = "2h"
arguments = { years = "2020-" }
[sites.haizhu]
time_limit = 600
arguments = { sample = 1 }
""")
    config = load(path)
    assert config.max_parallel == 3
    assert config.site("haizhu").time_limit == 600 and config.site("panyu").time_limit == 7200
    assert config.site("haizhu").arguments == {"years": "2020-", "sample": "1"}
    cli = config.with_overrides(max_parallel="1", time_limit="90m", arguments={"years": "2024"})
    assert cli.max_parallel == 1
    assert cli.site("haizhu").time_limit == cli.site("panyu").time_limit == 5400
    assert cli.site("haizhu").arguments == {"years": "2024", "sample": "1"}


def test_the_shipped_schedule_file_is_valid_and_covers_every_spider() -> None:
    config = load(DEFAULT_CONFIG)
    spiders = known_spiders(config)
    plain = SpiderLoader.from_settings(project_settings())  # spiders/ alone, without the pinned sites
    hand_written = {name for name in plain.list() if getattr(plain.load(name), "base_url", None)}
    assert hand_written and hand_written <= set(spiders) and not {"discover", "site"} & set(spiders)
    assert spiders == sorted(spiders)
    for site in config.sites(spiders):
        slots = timetable(site).slots(*year_bounds(2027))
        assert site.enabled and {s.time.month for s in slots if s.rule == "season"} == {1, 2, 3}
        assert sum(s.time.month <= 3 for s in slots) >= 2 * 12  # twice a week through the season


def test_run_keys_identify_the_slot_and_fit_the_column() -> None:
    slot = dt.datetime(2027, 1, 4, 2, 0, tzinfo=TIMEZONE)
    key = run_key("haizhu", slot)
    assert key == "haizhu-plan-20270103T180000Z"
    assert parse_run_key(key) == ("haizhu", "plan", slot)
    assert len(run_key("x" * 40, slot, "once")) <= 64  # crawl_runs.key is VARCHAR(64)
    assert parse_run_key("20270103T180000-1a2b3c4d") is None  # a manual crawl's key


@pytest.mark.parametrize(("text", "message"), [
    ("[defaults]\nhour = 25", "[defaults] hour: 25 is not a whole number from 0 to 23"),
    ("[defaults]\ntime_limt = 5", "[defaults] unknown key 'time_limt'"),
    ("[defaults]\ntime_limit = \"6 hours\"", "is not a duration"),
    ("[defaults]\ntime_limit = 0", "must be longer than zero"),
    ("[defaults]\ncatch_up = \"04-31\"", "is not a day of the year as MM-DD"),
    ("[defaults]\narguments = { run_key = \"x\" }", "'run_key' is set by the scheduler itself"),
    ("[scheduler]\nmax_parallel = 0", "[scheduler] max_parallel: 0 is not a whole number of at least 1"),
    ("[scheduler]\ncommand = [\"scrapy\", \"crawl\"]", "the command must contain {spider}"),
    ("[scheduler\n", "not valid TOML"),
])
def test_invalid_configuration_is_one_clear_error(write_config: Callable[[str], Path], text: str,
                                                   message: str) -> None:
    with pytest.raises(ScheduleConfigError, match="^.*" + re.escape(message)) as caught:
        load(write_config(text))
    assert str(write_config("").parent) in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(("site", "message"), [
    (SiteConfig("haizhu", days="mon,funday"), "[sites.haizhu]: invalid schedule"),
    (SiteConfig("haizhu", days="mon,tue", jitter=86400), "jitter (86400 s) must be shorter than the shortest gap"),
    (SiteConfig("haizhu", season="", catch_up="", monthly_day=0), "the plan has no runs at all"),
])
def test_invalid_plans_are_rejected_before_anything_runs(site: SiteConfig, message: str) -> None:
    with pytest.raises(ScheduleConfigError, match=re.escape(message)):
        timetable(site)


def test_a_site_table_for_an_unknown_spider_is_an_error() -> None:
    config = ScheduleConfig(site_tables={"haizu": {"hour": 3}})
    with pytest.raises(ScheduleConfigError, match=r"\[sites.haizu\]: no such spider"):
        config.sites(["haizhu", "panyu"])


def test_cli_plan_prints_the_year_and_errors_are_one_line(write_config: Callable[[str], Path],
                                                          tmp_path: Path) -> None:
    path = write_config('[scheduler]\nspiders = ["alpha", "beta"]\n[sites.beta]\nenabled = false\n'
                        '[sites.alpha]\nhour = 5\n')
    shown = scheduler_cli("--config", str(path), "--plan", "--year", "2027", "--json", env={})
    assert shown.returncode == 0, shown.stderr
    plan = json.loads(shown.stdout)
    expected = timetable(SiteConfig("alpha", hour=5)).slots(*year_bounds(2027))
    assert [run["time"] for run in plan["alpha"]["runs"]] == [s.time.isoformat() for s in expected]
    assert plan["beta"] == {"enabled": False, "jitter": 3600.0, "time_limit": 21600.0, "arguments": {}, "runs": []}

    bad = scheduler_cli("--config", str(tmp_path / "absent.toml"), "--plan", env={})
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.strip().splitlines() == [f"error: {tmp_path / 'absent.toml'}: no such configuration file"]
    unknown = scheduler_cli("--config", str(path), "--once", "gamma", env={"NIANBAO_DATA": str(tmp_path / "d")})
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: no such spider: gamma")
