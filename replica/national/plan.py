"""What each synthetic national site is and publishes: deterministic for (registry slice, count, seed).

Deadlines (政府信息公开条例 art. 49, as the issue states them): a department's report for year Y is due by
31 January of Y+1, a county-level (or higher) government's by 31 March of Y+1.  A report is late when the date it
shows is after its deadline; `days_late` counts calendar days past it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from crawler.registry.model import Level, RegistryEntry
from crawler.registry.read import DEFAULT_REGISTRY, iter_registry
from replica.national.layouts import FAMILIES

YEARS = (2021, 2022, 2023, 2024)
# behaviour → share of sites (the rest are "normal"); broken ones fail every request, slow ones drip every page
BEHAVIOURS = (("no-reports", 0.08), ("broken-5xx", 0.03), ("broken-reset", 0.02), ("broken-timeout", 0.01),
              ("slow", 0.06))
DEPARTMENTS = ("财政局", "教育局", "信访局", "卫生健康局", "自然资源局", "市场监督管理局")
LATE_SHARE = 0.15  # of published reports
MISSING_SHARE = 0.1  # of (government, year) pairs with nothing published
# hosts of the five-site replica: never reused, so both replicas can run side by side
RESERVED_HOSTS = frozenset({"www.haizhu.gov.cn", "www.panyu.gov.cn", "www.yindu.gov.cn", "www.chuanhui.gov.cn",
                            "www.yaodu.gov.cn"})


def deadline(year: int, government: bool) -> dt.date:
    return dt.date(year + 1, 3, 31) if government else dt.date(year + 1, 1, 31)


@dataclass(frozen=True)
class PlannedReport:
    agency: str
    year: int
    government: bool  # the people's government itself (deadline 31 March) rather than one of its departments
    published: dt.date

    @property
    def deadline(self) -> dt.date:
        return deadline(self.year, self.government)

    @property
    def days_late(self) -> int:
        return max(0, (self.published - self.deadline).days)

    @property
    def late(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class PlannedSite:
    code: str
    name: str  # the place: 滦州市
    government: str  # its government, the agency of its own reports: 滦州市人民政府
    level: Level
    scheme: str
    host: str
    layout: str
    behaviour: str
    reports: list[PlannedReport] = field(default_factory=list)
    lookalikes: list[tuple[str, dt.date]] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}"

    @property
    def broken(self) -> bool:
        return self.behaviour.startswith("broken")


def plan_national(count: int, seed: int = 0, registry: Path = DEFAULT_REGISTRY) -> list[PlannedSite]:
    """`count` sites drawn from the registry rows with a portal URL (all levels, every province), in code order."""
    rows = [entry for entry in iter_registry(registry) if entry.host and entry.host not in RESERVED_HOSTS]
    unique: dict[str, RegistryEntry] = {}
    for entry in rows:
        unique.setdefault(entry.host or "", entry)  # a host two rows share (珲春市 → the 州 portal) serves one site
    rng = random.Random(f"national:{seed}")
    chosen = sorted(rng.sample(list(unique.values()), min(count, len(unique))), key=lambda e: e.code)
    return [_site(entry, random.Random(f"national:{seed}:{entry.code}")) for entry in chosen]


def _site(entry: RegistryEntry, rng: random.Random) -> PlannedSite:
    parts = urlsplit(entry.portal_url or "")
    behaviour = _behaviour(rng)
    government = entry.name + "人民政府"
    reports: list[PlannedReport] = []
    if behaviour != "no-reports":
        for year in YEARS:
            if rng.random() >= MISSING_SHARE:
                reports.append(PlannedReport(government, year, True, _published(rng, year, True)))
        for department in rng.sample(DEPARTMENTS, rng.randint(1, 2)):
            for year in rng.sample(YEARS, rng.randint(1, 2)):
                reports.append(PlannedReport(entry.name + department, year, False, _published(rng, year, False)))
    lookalikes = [(f"{entry.name}{year}年政务公开工作要点", dt.date(year, 4, rng.randint(1, 28)))
                  for year in rng.sample(YEARS, rng.randint(0, 2))]
    return PlannedSite(code=entry.code, name=entry.name, government=government, level=entry.level,
                       scheme=parts.scheme or "https", host=entry.host or "", layout=rng.choice(FAMILIES),
                       behaviour=behaviour, reports=sorted(reports, key=lambda r: (r.published, r.agency)),
                       lookalikes=lookalikes)


def _behaviour(rng: random.Random) -> str:
    draw = rng.random()
    for name, share in BEHAVIOURS:
        if draw < share:
            return name
        draw -= share
    return "normal"


def _published(rng: random.Random, year: int, government: bool) -> dt.date:
    due = deadline(year, government)
    if rng.random() < LATE_SHARE:
        return due + dt.timedelta(days=rng.randint(1, 120))
    return due - dt.timedelta(days=rng.randint(0, 50))
