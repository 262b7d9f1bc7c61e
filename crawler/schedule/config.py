"""The schedule's configuration: built-in defaults ← one TOML file ← command-line overrides.

    [scheduler]                     # the service as a whole
    max_parallel = 2                # crawls at once, each its own `scrapy crawl` process
    misfire_grace_time = "1d"       # a run missed while the scheduler was down is made up if no older than this
    stop_grace = "2m"               # a crawl asked to stop (time limit, shutdown) gets this long before SIGKILL
    command = ["{python}", "-m", "scrapy", "crawl", "{spider}"]
    spiders = []                    # [] = every spider of the Scrapy project

    [defaults]                      # every site, unless its own table says otherwise
    enabled = true
    season = "1-3"                  # months of the recrawl season …
    days = "mon,thu"                # … and its days of the week (twice a week)
    hour = 2
    minute = 0
    jitter = "1h"                   # each run starts at a random moment up to this long after its time
    catch_up = "04-07"              # one catch-up crawl (MM-DD); "" for none
    monthly_day = 15                # one check a month in monthly_months; 0 for none
    monthly_months = "5-12"
    time_limit = "6h"               # a crawl still running after this is stopped and recorded as "timeout"
    arguments = {}                  # spider arguments (-a), e.g. { years = "2019-" }
    cron = []                       # explicit APScheduler cron rules replacing the plan above, e.g.
                                    # [{ month = "1-3", day_of_week = "tue", hour = 4 }]
    [sites.<spider>]                # the same keys as [defaults]

Durations are seconds or a number with a unit: "90s", "30m", "6h", "1d".  Unknown keys are errors: a typo in an
unattended service's configuration must not silently fall back to a default.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from crawler.errors import NianbaoError

DEFAULT_COMMAND = ("{python}", "-m", "scrapy", "crawl", "{spider}")
# A spider name becomes part of a run key (crawl_runs.key, 64 characters) and of file names.
SPIDER_NAME = re.compile(r"[A-Za-z0-9_]{1,40}")
RESERVED_ARGUMENTS = frozenset({"run_key"})  # the scheduler sets it: the identity of the run


class ScheduleConfigError(NianbaoError):
    """The schedule's configuration (file or command line) is invalid."""


@dataclass(frozen=True)
class SiteConfig:
    """Everything about one site's schedule (see the module docstring for the meaning of each field)."""

    spider: str
    enabled: bool = True
    season: str = "1-3"
    days: str = "mon,thu"
    hour: int = 2
    minute: int = 0
    jitter: float = 3600.0
    catch_up: str = "04-07"
    monthly_day: int = 15
    monthly_months: str = "5-12"
    time_limit: float = 6 * 3600.0
    arguments: Mapping[str, str] = field(default_factory=dict)
    cron: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class ScheduleConfig:
    max_parallel: int = 2
    misfire_grace_time: float = 86400.0
    stop_grace: float = 120.0
    command: tuple[str, ...] = DEFAULT_COMMAND
    spiders: tuple[str, ...] = ()  # () = discover the Scrapy project's spiders
    site_defaults: Mapping[str, Any] = field(default_factory=dict)  # [defaults], converted
    site_tables: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # [sites.*], converted
    site_overrides: Mapping[str, Any] = field(default_factory=dict)  # command line: beats every table
    source: Path | None = None

    def site(self, spider: str) -> SiteConfig:
        values: dict[str, Any] = {}
        arguments: dict[str, str] = {}
        for layer in (self.site_defaults, self.site_tables.get(spider, {}), self.site_overrides):
            values.update({k: v for k, v in layer.items() if k != "arguments"})
            arguments.update(layer.get("arguments", {}))  # arguments merge key by key across layers
        return SiteConfig(spider=spider, arguments=arguments, **values)

    def sites(self, known: Iterable[str]) -> list[SiteConfig]:
        """The configured sites among `known` spiders (every one, enabled or not), in name order."""
        known = sorted(set(known))
        unknown = sorted(set(self.site_tables) - set(known))
        if unknown:
            raise ScheduleConfigError(f"{self._where()}[sites.{unknown[0]}]: no such spider "
                                      f"(spiders: {', '.join(known) or 'none'})")
        return [self.site(name) for name in known]

    def with_overrides(self, *, max_parallel: int | None = None, time_limit: Any = None,
                       arguments: Mapping[str, str] | None = None) -> ScheduleConfig:
        """Command-line overrides: they win over the file, for every site."""
        overrides = dict(self.site_overrides)
        if time_limit is not None:
            overrides["time_limit"] = _convert("--time-limit", time_limit, positive_duration)
        if arguments:
            overrides["arguments"] = _convert("--arg", arguments, spider_arguments)
        config = replace(self, site_overrides=overrides)
        if max_parallel is not None:
            config = replace(config, max_parallel=_convert("--max-parallel", max_parallel, positive_int))
        return config

    def _where(self) -> str:
        return f"{self.source}: " if self.source else ""


def load(path: str | Path | None) -> ScheduleConfig:
    """The configuration in `path` (TOML) over the built-in defaults; None = the defaults alone."""
    if path is None:
        return ScheduleConfig()
    path = Path(path)
    try:
        with path.open("rb") as f:
            document = tomllib.load(f)
    except FileNotFoundError:
        raise ScheduleConfigError(f"{path}: no such configuration file") from None
    except OSError as exc:
        raise ScheduleConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ScheduleConfigError(f"{path}: not valid TOML: {exc}") from None
    try:
        return _from_document(document, path)
    except ScheduleConfigError as exc:
        raise ScheduleConfigError(f"{path}: {exc}") from None


def _from_document(document: Mapping[str, Any], source: Path) -> ScheduleConfig:
    _reject_unknown(document, {"scheduler", "defaults", "sites"}, "")
    service = _table(document, "scheduler", "[scheduler]")
    _reject_unknown(service, set(SERVICE_KEYS), "[scheduler] ")
    values = {key: _convert(f"[scheduler] {key}", value, SERVICE_KEYS[key]) for key, value in service.items()}
    defaults = _site_table(_table(document, "defaults", "[defaults]"), "[defaults]")
    tables = {}
    for spider, table in _table(document, "sites", "[sites]").items():
        where = f"[sites.{spider}]"
        if not SPIDER_NAME.fullmatch(spider):
            raise ScheduleConfigError(f"{where}: {spider!r} is not a spider name")
        if not isinstance(table, Mapping):
            raise ScheduleConfigError(f"{where}: must be a table")
        tables[spider] = _site_table(table, where)
    return ScheduleConfig(**values, site_defaults=defaults, site_tables=tables, source=source)


def _table(document: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = document.get(key, {})
    if not isinstance(value, Mapping):
        raise ScheduleConfigError(f"{where}: must be a table")
    return value


def _site_table(table: Mapping[str, Any], where: str) -> dict[str, Any]:
    _reject_unknown(table, set(SITE_KEYS), f"{where} ")
    return {key: _convert(f"{where} {key}", value, SITE_KEYS[key]) for key, value in table.items()}


def _reject_unknown(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ScheduleConfigError(f"{where}unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")


def _convert(where: str, value: Any, converter: Callable[[Any], Any]) -> Any:
    try:
        return converter(value)
    except (TypeError, ValueError) as exc:
        raise ScheduleConfigError(f"{where}: {exc}") from None


# -- converters: each takes a TOML (or command-line) value and returns the typed value or raises ValueError ------

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(value: Any) -> float:
    """Seconds from a number or a string such as "90s", "30m", "6h", "1d"."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    match = _DURATION.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{value!r} is not a duration (seconds, or e.g. \"90s\", \"30m\", \"6h\", \"1d\")")
    return float(match[1]) * _UNITS[match[2]]


def positive_duration(value: Any) -> float:
    seconds = duration(value)
    if seconds <= 0:
        raise ValueError(f"{value!r} must be longer than zero")
    return seconds


def positive_int(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{value!r} is not a whole number of at least 1")
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{value!r} is not true or false")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a string")
    return value.strip()


def _whole(low: int, high: int, zero_allowed: bool = False) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        if (not isinstance(value, int) or isinstance(value, bool)
                or not (low <= value <= high or (zero_allowed and value == 0))):
            raise ValueError(f"{value!r} is not a whole number from {low} to {high}"
                             + (" (or 0 for none)" if zero_allowed else ""))
        return value

    return convert


def month_day(value: Any) -> str:
    """ "MM-DD" (a real day of the year) or "" for none."""
    text = _text(value)
    if text:
        match = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text)
        try:
            dt.date(2024, int(match[1]), int(match[2])) if match else None  # 2024: leap year, 02-29 allowed
        except ValueError:
            match = None
        if not match:
            raise ValueError(f"{value!r} is not a day of the year as MM-DD (e.g. \"04-07\") or \"\"")
    return text


def spider_arguments(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{value!r} is not a table of spider arguments (e.g. {{ years = \"2019-\" }})")
    arguments = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key.isidentifier():
            raise ValueError(f"{key!r} is not a spider argument name")
        if key in RESERVED_ARGUMENTS:
            raise ValueError(f"{key!r} is set by the scheduler itself")
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise ValueError(f"argument {key}: {item!r} is not a string or number")
        arguments[key] = str(item)
    return arguments


def cron_rules(value: Any) -> tuple[dict[str, Any], ...]:
    """A list of APScheduler cron field tables; the fields themselves are checked when the trigger is built."""
    allowed = {"year", "month", "day", "week", "day_of_week", "hour", "minute", "second"}
    if not isinstance(value, list) or not all(isinstance(rule, Mapping) for rule in value):
        raise ValueError(f"{value!r} is not a list of cron tables (e.g. [{{ month = \"1-3\", hour = 4 }}])")
    for rule in value:
        unknown = sorted(set(rule) - allowed)
        if unknown:
            raise ValueError(f"unknown cron field {unknown[0]!r} (fields: {', '.join(sorted(allowed))})")
    return tuple(dict(rule) for rule in value)


def command(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(part, str) for part in value):
        raise ValueError(f"{value!r} is not a non-empty list of strings")
    if not any("{spider}" in part for part in value):
        raise ValueError("the command must contain {spider} (the site to crawl)")
    return tuple(value)


def spider_names(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(n, str) and SPIDER_NAME.fullmatch(n) for n in value):
        raise ValueError(f"{value!r} is not a list of spider names")
    return tuple(dict.fromkeys(value))


SERVICE_KEYS: dict[str, Callable[[Any], Any]] = {
    "max_parallel": positive_int,
    "misfire_grace_time": duration,
    "stop_grace": duration,
    "command": command,
    "spiders": spider_names,
}
SITE_KEYS: dict[str, Callable[[Any], Any]] = {
    "enabled": _boolean,
    "season": _text,
    "days": _text,
    "hour": _whole(0, 23),
    "minute": _whole(0, 59),
    "jitter": duration,
    "catch_up": month_day,
    "monthly_day": _whole(1, 31, zero_allowed=True),
    "monthly_months": _text,
    "time_limit": positive_duration,
    "arguments": spider_arguments,
    "cron": cron_rules,
}
assert set(SITE_KEYS) == {f.name for f in fields(SiteConfig)} - {"spider"}, "SITE_KEYS and SiteConfig disagree"
