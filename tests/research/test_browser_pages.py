"""The researcher's pages in the real Chromium (Playwright): a report's tables as printed with a failing cell
highlighted, an agency across the years, a search, a chart, over a small archive of generated reports (one agency,
four years: a text, an HTML page that breaks the balance rule, a PDF made by LibreOffice, a 2019-template year),
fetched, archived and parsed by the real pipeline, served by `python -m crawler browse` on a free loopback port.

Screenshots go to test-artifacts/research/; with NIANBAO_SCREENSHOTS=docs they also replace docs/images/web-*.png
(the ones docs/research.md shows)."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from crawler.archiving.parsing import parse_stored
from crawler.extract import sniff
from replica import docgen
from replica.reportgen import broken_report, random_report
from replica.reportgen.html import page_bytes
from replica.reportgen.render import render_expected
from storage.archive import Archive
from storage.config import StorageConfig
from storage.observation import Observation
from tests.research.test_browser import _read_url

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "research"
DOCS = ROOT / "docs" / "images"
AGENCY = "临汾市尧都区信访局"
GOVERNMENT = "临汾市尧都区人民政府"
SITE = ("yaodu", "临汾市尧都区人民政府 — www.yaodu.gov.cn")


@dataclass
class Served:
    url: str
    report_ids: dict[int, int]  # year → report id (of AGENCY)
    reports: dict[int, dict[str, Any]]  # year → the generated report of AGENCY (its true cells)
    all_ids: list[int]
    government: dict[str, Any]  # the one report of GOVERNMENT


def _report(seed: int, year: int, agency: str, *, broken: str | None = None) -> dict[str, Any]:
    rng = random.Random(seed)
    template = "2019" if year < 2021 else "2021"
    report = broken_report(rng, template, rule=broken) if broken else random_report(rng, template, dense=True)
    return {**report, "agency": agency, "year": year, "title": f"{agency}{year}年政府信息公开工作年度报告"}


def _carried_forward_into(previous: dict[str, Any], report: dict[str, Any]) -> None:
    """Last year's 结转下年度 as this year's 上年结转, last year's 新收 adjusted so its balance stays as it was
    (an agency whose years agree: the carry-over check passes)."""
    before, apps = previous["tables"]["applications"], report["tables"]["applications"]
    assert None not in apps["carried_over"].values(), "the seed makes a report whose 上年结转 is not filled in"
    for column, value in apps["carried_over"].items():
        off = (before["new"][column] or 0) + (before["carried_over"][column] or 0) \
            - (before["handled_total"][column] or 0) - (before["carried_forward"][column] or 0)
        before["carried_forward"][column] = value
        before["new"][column] = (before["handled_total"][column] or 0) + (value or 0) \
            - (before["carried_over"][column] or 0) + off
        assert before["new"][column] >= 0, "the seed makes a report that cannot take this carry-over"


def _documents(tmp: Path) -> list[tuple[int, dict[str, Any], str, bytes]]:
    """(year, report, URL, body): the kinds of document a site serves; 2021 and 2023 carry over what the year
    before carried forward, 2022 does not (and breaks the balance rule)."""
    kinds = ((2020, 11, "tabs", None), (2021, 13, "tabs", None), (2022, 22, "html", "balance"),
             (2023, 14, "pdf", None))
    reports = {year: _report(seed, year, AGENCY, broken=broken) for year, seed, _layout, broken in kinds}
    _carried_forward_into(reports[2020], reports[2021])
    _carried_forward_into(reports[2022], reports[2023])
    made: list[tuple[int, dict[str, Any], str, bytes]] = []
    for year, seed, layout, _broken in kinds:
        report = reports[year]
        rendering = render_expected(report, "tabs" if layout == "pdf" else layout, random.Random(seed))
        if layout == "html":
            body, suffix = page_bytes(rendering.text), "html"
        elif layout == "pdf":
            docx = docgen.text_to_docx(rendering.text, tmp / f"{year}.docx", title=report["title"])
            body, suffix = docgen.convert_all([docx], "pdf", tmp)[0].read_bytes(), "pdf"
        else:
            body, suffix = rendering.text.encode("utf-8"), "txt"
        made.append((year, report, f"http://www.yaodu.gov.cn/zfxxgk/xfj/{year}.{suffix}", body))
    government = _report(15, 2023, GOVERNMENT)  # another kind of agency, for the chart by agency type
    text = render_expected(government, "tabs", random.Random(15)).text
    made.append((2023, government, "http://www.yaodu.gov.cn/zfxxgk/2023.txt", text.encode("utf-8")))
    return made


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    if docgen.soffice() is None:
        pytest.fail("LibreOffice is required to make the PDF (Debian package libreoffice-writer-nogui)")
    tmp = tmp_path_factory.mktemp("pages")
    data_dir = tmp / "data"
    report_ids, reports, all_ids, government = {}, {}, [], {}
    with Archive(StorageConfig(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}"),
                 fsync=False) as archive:
        archive.ensure_site(SITE[0], base_url="http://www.yaodu.gov.cn", name=SITE[1])
        run = archive.start_run(SITE[0], key="pages-test")
        for year, report, url, body in _documents(tmp):
            content_type = {"txt": "text/plain; charset=utf-8", "pdf": "application/pdf"}.get(
                url.rsplit(".", 1)[1], "text/html")
            fetched = archive.record_fetch(Observation(
                url, 200, [("Content-Type", content_type)], body, media_type=sniff(body), role="report",
                context={"site": SITE[0], "title": report["title"]},
                fetched_at=dt.datetime(2025, 3, 1, 8, tzinfo=dt.UTC) + dt.timedelta(hours=year - 2020)), run)
            parsed = parse_stored(archive, fetched.sha256)
            assert parsed.status == "parsed", (url, parsed.error)
            assert parsed.report_id is not None
            all_ids.append(parsed.report_id)
            if report["agency"] == AGENCY:
                report_ids[year], reports[year] = parsed.report_id, report
            else:
                government = report
        archive.finish_run(run, "finished")
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "browse", "--port", "0"], cwd=ROOT,
                            env={**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                                 "NIANBAO_DATA": str(data_dir)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield Served(_read_url(proc, timeout=60), report_ids, reports, all_ids, government)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium_path, headless=True, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


def _shot(page: Any, name: str, **options: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"web-{name}.png"
    page.screenshot(path=str(path), **options)
    if os.environ.get("NIANBAO_SCREENSHOTS") == "docs":
        DOCS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS / path.name)


def _number(value: Any) -> str:
    return "" if value is None else str(int(value)) if float(value).is_integer() else f"{value:g}"


def test_report_page_shows_the_tables_as_printed_and_the_failing_cells(served: Served, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    truth = served.reports[2022]["tables"]["applications"]
    page.goto(f"{served.url}-/report/{served.report_ids[2022]}")
    new_total = page.locator('td[data-cell="applications.new.total"]')
    assert new_total.inner_text() == _number(truth["new"]["total"])
    assert "fail" in (new_total.get_attribute("class") or "")
    assert "本年新收 + 上年结转" in (new_total.get_attribute("title") or "")
    # the failing cell is drawn differently from its neighbours
    colour = new_total.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour != page.locator('td[data-cell="applications.granted.total"]').evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert page.locator("#failing").inner_text().count("本年新收 + 上年结转") >= 1
    figures = page.locator("#narrative li")
    assert figures.count() >= 1
    frame = page.frame_locator("iframe.original").first
    assert AGENCY[-5:] in frame.locator("body").inner_text()  # the archived page, rendered in its sandbox
    top = page.evaluate("document.getElementById('tables').getBoundingClientRect().top + window.scrollY")
    _shot(page, "report", full_page=True, clip={"x": 0, "y": top - 8, "width": 1500, "height": 1250})
    page.close()


def test_pdf_source_is_shown_inline(served: Served, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{served.url}-/report/{served.report_ids[2023]}")
    src = page.locator("iframe.original").first.get_attribute("src")
    response = page.context.request.get(served.url.rstrip("/") + src)
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    page.close()


def test_agency_page_compares_the_years(served: Served, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{served.url}-/agency?name={quote(AGENCY)}")
    heads = page.locator("#years-table thead th").all_inner_texts()
    assert [h.split()[0] for h in heads[2:]] == ["2020", "2021", "2022", "2023"]
    carry = page.locator("#carry-over-table tbody tr")
    assert carry.count() == 3
    results = []
    for i, year in enumerate((2021, 2022, 2023)):
        this, last = served.reports[year]["tables"]["applications"], served.reports[year - 1]["tables"]["applications"]
        agrees = this["carried_over"]["total"] == last["carried_forward"]["total"]
        assert carry.nth(i).locator("td").nth(3).inner_text().startswith("agrees" if agrees else "differs")
        results.append(agrees)
    assert results == [True, False, True]  # as made: both results are shown
    assert page.locator("#agency-per-year rect.bar").count() == 4
    _shot(page, "agency", full_page=False)
    page.close()


def test_search_finds_a_two_character_word(served: Served, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{served.url}-/search")
    page.fill("input[name=q]", "复议")
    page.click("input[type=submit]")
    page.wait_for_selector("#result-count")
    links = page.locator("ol.search-results > li > a")
    assert sorted(links.evaluate_all("as => as.map(a => a.getAttribute('href'))")) == sorted(
        f"/-/report/{rid}" for rid in served.all_ids)  # every report prints 行政复议 (table 四)
    assert page.locator("ol.search-results mark").first.inner_text() == "复议"
    _shot(page, "search")
    page.close()


def test_charts_draw_the_archive(served: Served, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1000, "height": 1100})
    page.goto(f"{served.url}-/charts")
    bars = page.locator("#chart-per-year rect.bar")
    assert bars.count() == 4
    received = {y: r["tables"]["applications"]["new"]["total"] for y, r in served.reports.items()}
    received[2023] += served.government["tables"]["applications"]["new"]["total"]
    titles = bars.evaluate_all("rs => rs.map(r => r.querySelector('title').textContent)")
    assert [t.split(" (")[0] for t in titles] == [f"{y}: {_number(received[y])}" for y in sorted(received)]
    widths = bars.evaluate_all("rs => rs.map(r => r.getBoundingClientRect().width)")
    peak = max(received.values())
    expected = [380 * received[y] / peak for y in sorted(received)]  # bars in proportion (to a pixel)
    assert all(abs(w - e) <= 1 for w, e in zip(widths, expected, strict=True)), (widths, expected)
    assert page.locator("#chart-refusals rect.bar").count() >= 1
    kinds = page.locator("#chart-per-type rect.bar").evaluate_all(
        "rs => rs.map(r => r.querySelector('title').textContent.split(':')[0])")
    assert sorted(kinds) == ["人民政府", "局"]
    _shot(page, "charts", full_page=True)
    page.close()
