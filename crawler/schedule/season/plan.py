"""The season's plan over the site registry: which place is visited on which day, as pure functions.

Two rounds, the earlier deadline first (政府信息公开条例 art. 49, as issue 21 states it): departments publish last
year's report by 31 January, governments by 31 March.  The *departments* round visits every place with a portal
between 1 February and 31 March (its departments' reports are on the government's portal); the *governments*
round visits every place again between 1 and 30 April, when its own report is due.  January is left to the
recrawl scheduler's regular runs (docs/scheduler.md): little of last year is out before the first deadline.

Within a round the places are spread evenly over the days, provinces interleaved (every province progresses
alike), and a host serves at most `per_host_per_day` visits a day (places that share a portal — a county sent to
its prefecture's site — are put on different days).  The plan is deterministic: the same registry gives the same
days, so planning again after a stop adds nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crawler.registry.model import RegistryEntry

DEPARTMENTS, GOVERNMENTS = "departments", "governments"


@dataclass(frozen=True)
class Round:
    name: str
    first: tuple[int, int]  # (month, day) of the round's first day
    last: tuple[int, int]  # … and of its last

    def days(self, season: int) -> list[dt.date]:
        start, end = dt.date(season, *self.first), dt.date(season, *self.last)
        return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


ROUNDS = (Round(DEPARTMENTS, (2, 1), (3, 31)), Round(GOVERNMENTS, (4, 1), (4, 30)))


@dataclass(frozen=True)
class PlannedVisit:
    code: str
    round: str
    due: dt.date


def government_of(entry: RegistryEntry) -> str:
    """The people's government of a place, the agency of its own reports: 滦州市 → 滦州市人民政府."""
    return f"{entry.name}人民政府"


def season_plan(entries: Iterable[RegistryEntry], season: int, rounds: Sequence[Round] = ROUNDS, *,
                per_host_per_day: int = 1) -> list[PlannedVisit]:
    """Every place with a portal URL, once per round, on a day of the round's window."""
    places = [entry for entry in entries if entry.host]
    order = _interleaved(places)
    plan: list[PlannedVisit] = []
    for round_ in rounds:
        days = round_.days(season)
        load: dict[tuple[str, dt.date], int] = defaultdict(int)
        for position, entry in enumerate(order):
            index = position * len(days) // max(len(order), 1)
            host = entry.host or ""
            while load[(host, days[index])] >= per_host_per_day and index < len(days) - 1:
                index += 1  # a shared host: the next day with room (the last day takes what is left)
            load[(host, days[index])] += 1
            plan.append(PlannedVisit(entry.code, round_.name, days[index]))
    return plan


def _interleaved(places: list[RegistryEntry]) -> list[RegistryEntry]:
    """Places by code within each province, the provinces taken in turn (one of each, then the next of each …)."""
    by_province: dict[str, list[RegistryEntry]] = defaultdict(list)
    for entry in sorted(places, key=lambda e: e.code):
        by_province[entry.place.province_code].append(entry)
    turns = itertools.zip_longest(*(by_province[code] for code in sorted(by_province)))
    return [entry for turn in turns for entry in turn if entry is not None]
