"""A small archive with known numbers, built through the storage API (no parser: the cells are the golden files').

Reports (all numbers come from ../shared/golden/*.json, so every expected value is computed, not typed in):
- haizhu 2021  广州市海珠区人民政府办公室  golden haizhu_zfb_2021, a PDF served by two URLs, every check passes
- haizhu 2022  the same agency, every number of the 2021 golden doubled, one failing rule
- haizhu 2021  广州市海珠区信访局 (golden panyu_xfj_2021 renamed), an HTML page with a script in it, one failing rule
- yaodu 2020   尧都区信访局, template 2019 (golden yaodu_xfj_2020), a PDF, two failing rules
- (no site) 2024 上海市科学技术委员会 (golden shkw_2024): a document stored without any fetch, source URL given
  (its site is then its URL's host)
- 沭阳县人民政府: its 2025 report is withdrawn, so the agency is known but has no report
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.extract import sniff
from storage.archive import Archive
from storage.observation import Observation
from tests.paths import shared_dir

GOLDEN = shared_dir() / "golden"
# rule codes as crawler/parse/checks.py makes them (the web view explains them and marks their cells)
ROW_TOTAL, BALANCE, HANDLED = "applications.row_total.new", "applications.balance.total", \
    "applications.handled_total.total"
SITES = {"haizhu": "广州市海珠区人民政府 — www.haizhu.gov.cn", "yaodu": "临汾市尧都区人民政府 — www.yaodu.gov.cn"}


def golden(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


def doubled(parsed: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(parsed)
    for table in out["tables"].values():
        for row in table.values():
            for column, value in row.items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    row[column] = value * 2
    return out


def at(day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(2025, 1, day, hour, tzinfo=dt.UTC)


@dataclass
class Spec:
    key: str
    parsed: dict[str, Any]
    site: str | None
    body: bytes
    fetches: list[tuple[str, dt.datetime]]  # (url, when); empty: stored without a fetch
    failing: list[str] = field(default_factory=list)
    passing: list[str] = field(default_factory=lambda: [ROW_TOTAL, BALANCE])
    extra_urls: list[str] = field(default_factory=list)
    text: str | None = None  # the extracted text kept for search (a golden file's real report text)

    @property
    def site_name(self) -> str:
        """The report's site: the crawl's, else the host of the URL it was given."""
        return self.site or urlsplit(self.extra_urls[0]).hostname or ""

    @property
    def checks(self) -> list[dict[str, Any]]:
        return ([{"rule": r, "ok": True, "detail": ""} for r in self.passing]
                + [{"rule": r, "ok": False, "detail": f"{r} does not add up"} for r in self.failing])


def golden_text(name: str) -> str:
    return (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")


def pdf(key: str) -> bytes:
    return f"%PDF-1.4\n% nianbao test report {key}\n%%EOF\n".encode()


HTML_WITH_SCRIPT = ("<!doctype html><html><head><meta charset='utf-8'>"
                    "<title>海珠区信访局2021年政府信息公开工作年度报告"
                    "</title></head><body><script>document.title='pwned'</script><p>报告正文</p></body></html>")


def specs() -> list[Spec]:
    haizhu = golden("haizhu_zfb_2021")
    haizhu_2022 = {**doubled(haizhu), "year": 2022}
    xfj = {**golden("panyu_xfj_2021"), "agency": "广州市海珠区信访局"}
    return [
        Spec("haizhu2021", haizhu, "haizhu", pdf("haizhu2021"),
             [("https://www.haizhu.gov.cn/zwgk/zfxxgknb/2021.pdf", at(2, 8)),
              ("https://www.haizhu.gov.cn/gkmlpt/content/2021.pdf", at(6, 9))], text=golden_text("haizhu_zfb_2021")),
        Spec("haizhu2022", haizhu_2022, "haizhu", pdf("haizhu2022"),
             [("https://www.haizhu.gov.cn/zwgk/zfxxgknb/2022.pdf", at(3, 8))], failing=[HANDLED]),
        Spec("xfj2021", xfj, "haizhu", HTML_WITH_SCRIPT.encode(),
             [("https://www.haizhu.gov.cn/bm/xfj/content/post_1.html", at(4, 10))], failing=[BALANCE],
             passing=[ROW_TOTAL], text=golden_text("panyu_xfj_2021")),
        Spec("yaodu2020", golden("yaodu_xfj_2020"), "yaodu", pdf("yaodu2020"),
             [("http://www.yaodu.gov.cn/zfxxgk/2020.pdf", at(5, 11))], failing=[ROW_TOTAL, BALANCE],
             passing=[], text=golden_text("yaodu_xfj_2020")),
        Spec("shkw2024", golden("shkw_2024"), None, pdf("shkw2024"), [],
             extra_urls=["https://stcsm.sh.gov.cn/zwgk/2024.pdf"], text=golden_text("shkw_2024")),
    ]


@dataclass
class Built:
    archive_dir: Path
    database_url: str
    specs: dict[str, Spec]
    report_ids: dict[str, int]
    fetch_ids: dict[str, list[int]]
    sha256: dict[str, str]


def build(archive: Archive) -> Built:
    """Fill `archive` with the reports of `specs()` and one withdrawn report."""
    built = Built(archive.config.data_dir, archive.config.database_url, {}, {}, {}, {})
    for site, name in SITES.items():
        archive.ensure_site(site, base_url=f"https://www.{site}.gov.cn", name=name)
    run = archive.start_run("research-test", key="research-test")
    for spec in specs():
        built.specs[spec.key] = spec
        built.fetch_ids[spec.key] = []
        if spec.fetches:
            for url, when in spec.fetches:
                content_type = "text/html; charset=utf-8" if spec.body.startswith(b"<") else "application/pdf"
                result = archive.record_fetch(Observation(url, 200, [("Content-Type", content_type)], spec.body,
                                                          fetched_at=when, media_type=sniff(spec.body)), run)
                built.fetch_ids[spec.key].append(result.fetch_id)
                sha = result.sha256
        else:
            stored, _ = archive.store_document(spec.body, sniff(spec.body), seen_at=at(7))
            sha = stored.sha256
        parsed = {**spec.parsed, "checks": spec.checks, "parser_version": "test-1"}
        saved = archive.save_report(parsed, sha, spec.extra_urls, site=spec.site,
                                    title=f"{parsed['agency']}{parsed['year']}年政府信息公开工作年度报告",
                                    text=spec.text)
        built.report_ids[spec.key] = saved.report_id
        built.sha256[spec.key] = sha
    archive.finish_run(run, "finished")
    withdrawn, _ = archive.store_document(pdf("shuyang2025"), "application/pdf", seen_at=at(8))
    archive.save_report({**golden("shuyang_2025"), "checks": [], "parser_version": "test-1"}, withdrawn.sha256)
    archive.withdraw_report(withdrawn.sha256, "test-2")
    return built


def cell(spec: Spec, table: str, row: str, column: str) -> float | None:
    value = spec.parsed["tables"].get(table, {}).get(row, {}).get(column)
    return None if value is None else float(value)
