"""A person's path through the web view, in the system Chromium (Playwright): the demo archive of one replica site,
served by `python -m crawler browse` on a free loopback port; run a canned query, open a report, follow it to its
original PDF.  Screenshots go to test-artifacts/research/ (kept by CI as artifacts)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import select
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from replica import Replica
from replica.demo import crawl_replica

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "research"
SITE = "yaodu"  # has PDF reports and takes seconds to crawl


@dataclass
class Served:
    url: str
    data_dir: Path
    reports: list[dict]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    with Replica() as replica:
        done = crawl_replica(SITE, replica.url, data_dir=str(data_dir))
        assert done.returncode == 0, done.stderr[-3000:]
    listing = _cli("reports", "--json", env={"NIANBAO_DATA": str(data_dir)})
    assert listing.returncode == 0, listing.stderr
    reports = json.loads(listing.stdout)
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "browse", "--port", "0"], cwd=ROOT,
                            env={**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                                 "NIANBAO_DATA": str(data_dir)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = _read_url(proc, timeout=60)
        yield Served(url, data_dir, reports)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _read_url(proc: subprocess.Popen[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline()
            if match := re.search(r"(http://127\.0\.0\.1:\d+/)", line):
                return match.group(1)
        if proc.poll() is not None:
            pytest.fail(f"browse exited {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
    pytest.fail("browse printed no URL in time")


def test_canned_query_to_report_to_original_pdf(served: Served, chromium_path: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = next(r for r in served.reports if r["media_type"] == "application/pdf" and r["agency"])
    pdf_bytes_sha = target["sha256"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(served.url)
            page.screenshot(path=str(ARTIFACTS / "1-home.png"))
            page.goto(served.url + "archive")
            page.get_by_role("link", name=re.compile("One agency over the years")).click()
            page.fill("input[name=agency]", target["agency"])
            page.get_by_role("button", name=re.compile("Run SQL", re.I)).click()
            page.wait_for_selector(f'a[href="/-/report/{target["id"]}"]')
            rows = page.locator("table.rows-and-columns tbody tr")
            assert rows.count() >= 1
            page.screenshot(path=str(ARTIFACTS / "2-canned-query.png"), full_page=True)

            page.click(f'a[href="/-/report/{target["id"]}"]')
            page.wait_for_selector("#original")
            assert target["agency"] in page.inner_text("h1")
            assert target["source_url"] in page.inner_text("dl")
            page.screenshot(path=str(ARTIFACTS / "3-report.png"), full_page=True)

            with page.expect_response(re.compile(r"/-/document/[0-9a-f]{64}$")) as answered:
                page.click("#original")
            response = answered.value
            assert response.status == 200
            # The report page already showed this PDF in its viewer, so the navigation may be answered from the
            # cache (no headers to see), and Chromium's PDF viewer stands in for its body: fetch the same URL
            fetched = page.context.request.get(response.url)
            assert fetched.headers["content-type"] == "application/pdf"
            assert fetched.headers["content-disposition"].startswith("inline")
            body = fetched.body()
            assert body.startswith(b"%PDF-") and hashlib.sha256(body).hexdigest() == pdf_bytes_sha
            page.wait_for_timeout(1000)  # let the PDF viewer paint before the screenshot
            page.screenshot(path=str(ARTIFACTS / "4-original-pdf.png"))
        finally:
            browser.close()


def test_the_crawl_keeps_every_report_documents_text_for_search(served: Served) -> None:
    """The crawl's own parse step writes each report document's text (migration 0005), so search works on a
    fresh crawl without a reparse."""
    with sqlite3.connect(served.data_dir / "archive.sqlite") as conn:
        sources = {sha for (sha,) in conn.execute("SELECT document_sha256 FROM report_sources")}
        texts = {sha for (sha,) in conn.execute("SELECT document_sha256 FROM document_texts WHERE text != ''")}
    assert sources and sources <= texts
    with urllib.request.urlopen(served.url + "-/search?q=" + quote("复议")) as response:
        page = response.read().decode("utf-8")
    assert all(f'href="/-/report/{r["id"]}"' in page for r in served.reports)  # every report prints 行政复议
