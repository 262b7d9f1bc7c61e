"""Build the national replica from a plan: routes and ground truth, served by the replica's own server.

Fast and memory-bounded: no LibreOffice (reports are HTML pages); report bodies come from a small pool generated
once per (template, slot) with the report generator and re-labelled for each report (agency and year in the
text); and a report page is rendered when it is requested (`LazyPage`), so the build holds the pool and each
page's few labels, not hundreds of 50 kB pages.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replica.api import Replica
from replica.build import Build, SiteBuilder
from replica.content import ContentFactory, ReportContent, template_for
from replica.documents import DocumentStore, default_cache_dir
from replica.model import BEIJING, Document, Manifest, ReplicaError, Resource, Site
from replica.national.layouts import Family
from replica.national.plan import YEARS, PlannedReport, PlannedSite, plan_national
from replica.platforms import Link
from replica.routes import RouteTable
from replica.sites.common import basics
from replica.state import ReplicaState

POOL_SLOTS = 8  # generated bodies per template
POOL_AGENCY = "样本县人民政府"
# the templates of the years the sites publish, each with the year its pooled bodies are written for
POOL_YEAR: dict[str | None, int] = {template_for(year): year for year in YEARS}
ROBOTS = "User-agent: *\nDisallow: /search/\n"


class LazyPage(Resource):
    """A report page rendered from its pooled body on every read of `body` (cheap: one template fill)."""

    def __init__(self, url: str, family: Family, title: str, published: dt.datetime, pooled: ReportContent,
                 report: PlannedReport) -> None:
        self._source = (family, title, published, pooled, report)
        super().__init__(url, b"", "text/html; charset=utf-8", "detail", modified=published)

    @property  # type: ignore[override]
    def body(self) -> bytes:
        family, title, published, pooled, report = self._source
        return family.article(title, published, relabel(pooled, report)).encode()

    @body.setter
    def body(self, value: bytes) -> None:  # the dataclass __init__ assigns b"": the page is always rendered
        pass


def relabel(pooled: ReportContent, report: PlannedReport) -> str:
    """The pooled body as `report`'s: its agency, its year and its publication year (`2023 年`, `2024年1月`)."""
    shift = report.year - POOL_YEAR[pooled.template]

    def year(match: re.Match[str]) -> str:
        return f"{int(match.group(1)) + shift}{match.group(2)}"

    return _YEAR.sub(year, pooled.body_html.replace(POOL_AGENCY, report.agency))


_YEAR = re.compile(r"(?<!\d)(20\d\d)(\s*年)")


@dataclass
class NationalBuild(Build):
    plan: list[PlannedSite] = field(default_factory=list)
    seed: int = 0

    def manifest_json(self) -> dict[str, Any]:
        out = super().manifest_json()
        by_site = {site.host: site for site in self.plan}
        for site in out["sites"]:
            planned = by_site[site["host"]]
            site.update(code=planned.code, place=planned.name, government=planned.government,
                        level=planned.level.value, layout=planned.layout, behaviour=planned.behaviour)
        reports = {(r["site"], r["agency"], r["year"]): r for r in out["reports"]}
        for planned in self.plan:
            for report in planned.reports:
                entry = reports[(_site_name(planned), report.agency, report.year)]
                entry.update(code=planned.code, government=report.government,
                             deadline=report.deadline.isoformat(), late=report.late, days_late=report.days_late)
        out["national"] = {"seed": self.seed, "years": list(YEARS), "late_missing": late_missing(self.plan)}
        return out


def late_missing(plan: list[PlannedSite]) -> list[dict[str, Any]]:
    """Per place and year, the government's own report: published when and how late, or missing (null).

    A broken site publishes what its plan says but answers nothing, so a crawl can find nothing there: its rows
    say `reachable: false` and a season's table must show them as not crawled rather than missing."""
    rows = []
    for site in plan:
        for year in YEARS:
            found = next((r for r in site.reports if r.government and r.year == year), None)
            rows.append({"code": site.code, "place": site.name, "year": year, "reachable": not site.broken,
                         "published": found.published.isoformat() if found else None,
                         "deadline": found.deadline.isoformat() if found else None,
                         "late": found.late if found else None, "days_late": found.days_late if found else None})
    return rows


def build_national(count: int, seed: int = 0, registry: Path | None = None,
                   cache_dir: Path | None = None) -> NationalBuild:
    started = time.perf_counter()
    plan = plan_national(count, seed, registry) if registry else plan_national(count, seed)
    content = ContentFactory(seed, cache_dir or default_cache_dir())
    pool = _pool(content)
    docs = DocumentStore(cache_dir)
    builders = [_site_builder(site, content, docs, pool) for site in plan]
    content.save()
    routes = RouteTable(r for b in builders for r in b.resources)
    manifest = Manifest(content_seed=seed, sites=[b.site for b in builders],
                        reports=[e for b in builders for e in b.reports],
                        non_reports=[n for b in builders for n in b.non_reports], offsite_links=[],
                        start_urls={b.site.name: b.start_urls for b in builders})
    return NationalBuild([b.site for b in builders], routes, manifest, {}, 0, time.perf_counter() - started,
                         plan=plan, seed=seed)


def _pool(content: ContentFactory) -> dict[str | None, list[ReportContent]]:
    return {template: [content.generated(f"national-pool:{template}:{slot}", POOL_AGENCY, year)
                       for slot in range(POOL_SLOTS)]
            for template, year in POOL_YEAR.items()}


def _site_name(site: PlannedSite) -> str:
    return f"n{site.code}"


def _site_builder(site: PlannedSite, content: ContentFactory, docs: DocumentStore,
                  pool: dict[str | None, list[ReportContent]]) -> SiteBuilder:
    family = Family(site.layout, site.government)
    b = SiteBuilder(Site(_site_name(site), site.host, site.scheme, "nginx", title=site.government), content, docs)
    basics(b, ROBOTS, (family.stylesheet,))
    for path, script in family.scripts():
        b.add(path, script, "application/javascript", "asset")
    b.start_urls.append(b.url("/"))
    b.page("/", family.home(), "home")
    b.page(family.disclosure_path, family.disclosure(), "index")
    items: list[tuple[str, str, dt.date, Any]] = []  # (path, title, date, manifest entry)
    post_base = int(site.code[2:]) * 100
    for number, report in enumerate(site.reports):
        pooled = pool[template_for(report.year)][(int(site.code) + number) % POOL_SLOTS]
        title = f"{report.agency}{report.year}年政府信息公开工作年度报告"
        path = family.detail_path(post_base + number, report.published)
        published = dt.datetime.combine(report.published, dt.time(9, 30), BEIJING)
        page = LazyPage(b.url(path), family, title, published, pooled, report)
        b.resources.append(page)
        labelled = ReportContent(report.agency, report.year, pooled.template, title, published, "", "",
                                 pooled.tables, "generator:national-pool")
        entry = b.report(labelled, page, [Document(page.url, "html", "page", carries_tables=True)],
                         report_id=path.rsplit("/", 1)[-1].rsplit(".", 1)[0], listed_on=[])
        items.append((path, title, report.published, entry))
    for number, (title, day) in enumerate(site.lookalikes):
        path = family.detail_path(post_base + 90 + number, day)
        published = dt.datetime.combine(day, dt.time(10, 0), BEIJING)
        b.page(path, family.article(title, published, f"<p>{title}（略）</p>"), "detail", modified=published)
        b.non_report(path, title, "lookalike", [])
        items.append((path, title, day, b.non_reports[-1]))
    _listing(b, family, items)
    return b


def _listing(b: SiteBuilder, family: Family, items: list[tuple[str, str, dt.date, Any]]) -> None:
    ordered = sorted(items, key=lambda item: (item[2], item[0]), reverse=True)
    size = family.per_page
    chunks = [ordered[i:i + size] for i in range(0, len(ordered), size)] or [[]]
    for number, chunk in enumerate(chunks):
        path = family.page_path(number)
        for _, _, _, entry in chunk:
            entry.listed_on.append(b.url(path))
        links = [Link(p, t, d.isoformat()) for p, t, d, _ in chunk]
        b.page(path, family.listing(links, number, len(chunks), len(ordered)), "listing")


def behaviour_modes(plan: list[PlannedSite]) -> list[str | dict[str, Any]]:
    """The replica modes that make broken and slow sites misbehave (every request of theirs, for ever)."""
    forever = 10 ** 9
    specs: dict[str, tuple[str, dict[str, Any]]] = {"broken-5xx": ("flaky", {"n": forever, "status": 503}),
             "broken-reset": ("reset", {"n": forever}),
             "broken-timeout": ("timeout", {"n": forever, "seconds": 5.0}),
             "slow": ("slow", {"n": forever, "seconds": 0.5, "chunks": 5})}
    return [{"mode": specs[s.behaviour][0], "params": dict(specs[s.behaviour][1]), "host": s.host}
            for s in plan if s.behaviour in specs]


class NationalReplica(Replica):
    """`Replica` over the national build: same transport, control endpoints and logs; its broken and slow sites
    misbehave through modes (`modes=None` keeps them; a list replaces them, [] makes every site answer)."""

    def __init__(self, count: int = 300, seed: int = 0, *, modes: list[str | dict[str, Any]] | None = None,
                 port: int = 0, registry: Path | None = None, cache_dir: Path | None = None) -> None:
        if count < 1:
            raise ReplicaError("the national replica needs at least one site")
        self.build: NationalBuild = build_national(count, seed, registry, cache_dir)
        self.state = ReplicaState(self.build, behaviour_modes(self.build.plan) if modes is None else modes, seed)
        self.port = port
        self._server = None
        self._thread = None
