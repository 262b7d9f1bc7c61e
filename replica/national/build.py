"""Build the national replica from a plan: routes and ground truth, served by the replica's own server.

Fast and memory-bounded: no LibreOffice (reports are HTML pages), and report bodies come from a small pool
generated once per (template, slot) with the report generator and re-labelled for each report (agency and year
in the text), so a build of hundreds of sites generates a dozen reports, not thousands.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replica.api import Replica
from replica.build import Build, SiteBuilder
from replica.content import ContentFactory, ReportContent, template_for
from replica.documents import DocumentStore, default_cache_dir
from replica.model import BEIJING, Document, Manifest, ReplicaError, Site
from replica.national import layouts
from replica.national.plan import YEARS, PlannedSite, plan_national
from replica.platforms import Link
from replica.routes import RouteTable
from replica.sites.common import basics
from replica.state import ReplicaState

PER_PAGE = 6
POOL_SLOTS = 4  # generated bodies per template
POOL_AGENCY = "样本县人民政府"
POOL_YEAR = {"2019": 2020, "2021": 2023}
ROBOTS = "User-agent: *\nDisallow: /search/\n"


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


def _pool(content: ContentFactory) -> dict[str, list[ReportContent]]:
    return {template: [content.generated(f"national-pool:{template}:{slot}", POOL_AGENCY, year)
                       for slot in range(POOL_SLOTS)]
            for template, year in POOL_YEAR.items()}


def _site_name(site: PlannedSite) -> str:
    return f"n{site.code}"


def _site_builder(site: PlannedSite, content: ContentFactory, docs: DocumentStore,
                  pool: dict[str, list[ReportContent]]) -> SiteBuilder:
    layout = layouts.LAYOUTS[site.layout]
    b = SiteBuilder(Site(_site_name(site), site.host, site.scheme, "nginx", title=site.government), content, docs)
    basics(b, ROBOTS, ("/images/style.css",))
    b.start_urls.append(b.url("/"))
    b.page("/", layouts.home(site.government), "home")
    b.page(layouts.DISCLOSURE, layouts.disclosure(site.government, layout), "index")
    items: list[tuple[str, str, dt.date, Any]] = []  # (path, title, date, manifest entry)
    for number, report in enumerate(site.reports):
        body = pool[template_for(report.year) or "2021"][(int(site.code) + number) % POOL_SLOTS]
        title = f"{report.agency}{report.year}年政府信息公开工作年度报告"
        path = layout.detail_path(int(site.code[2:]) * 100 + number, report.published)
        html = body.body_html.replace(POOL_AGENCY, report.agency).replace(
            f"{POOL_YEAR[body.template or '2021']}年", f"{report.year}年")
        published = dt.datetime.combine(report.published, dt.time(9, 30), BEIJING)
        page = b.page(path, layouts.article(site.government, title, report.published, html), "detail",
                      modified=published)
        labelled = ReportContent(report.agency, report.year, body.template, title, published, html, body.text,
                                 body.tables, "generator:national-pool")
        entry = b.report(labelled, page, [Document(page.url, "html", "page", carries_tables=True)],
                         report_id=path.rsplit("/", 1)[-1].rsplit(".", 1)[0], listed_on=[])
        items.append((path, title, report.published, entry))
    for number, (title, published) in enumerate(site.lookalikes):
        path = layout.detail_path(int(site.code[2:]) * 100 + 90 + number, published)
        b.page(path, layouts.article(site.government, title, published, f"<p>{title}（略）</p>"), "detail")
        b.non_report(path, title, "lookalike", [])
        items.append((path, title, published, b.non_reports[-1]))
    _listing(b, layout, site, items)
    return b


def _listing(b: SiteBuilder, layout: layouts.Layout, site: PlannedSite,
             items: list[tuple[str, str, dt.date, Any]]) -> None:
    ordered = sorted(items, key=lambda item: (item[2], item[0]), reverse=True)
    chunks = [ordered[i:i + PER_PAGE] for i in range(0, len(ordered), PER_PAGE)] or [[]]
    for number, chunk in enumerate(chunks):
        path = layout.page_path(number)
        for _, _, _, entry in chunk:
            entry.listed_on.append(b.url(path))
        links = [Link(p, t, d.isoformat()) for p, t, d, _ in chunk]
        b.page(path, layouts.listing(site.government, layout, links, number, len(chunks)), "listing")


def behaviour_modes(plan: list[PlannedSite]) -> list[dict[str, Any]]:
    """The replica modes that make broken and slow sites misbehave (every request of theirs, for ever)."""
    forever = 10 ** 9
    specs = {"broken-5xx": ("flaky", {"n": forever, "status": 503}),
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
        self.build = build_national(count, seed, registry, cache_dir)
        assert isinstance(self.build, NationalBuild)
        self.state = ReplicaState(self.build, behaviour_modes(self.build.plan) if modes is None else modes, seed)
        self.port = port
        self._server = None
        self._thread = None
