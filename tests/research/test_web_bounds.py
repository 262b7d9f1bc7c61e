"""The web view against hostile requests and a concurrent crawl, on a real server (`python -m crawler browse` in
its own process, over real HTTP): a query that would allocate 300 MB, a page on another site reaching it through
DNS rebinding, and an archive written while it is served."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from storage.archive import Archive
from storage.config import StorageConfig
from tests.research.research_helpers import Built, build, golden, pdf
from tests.research.test_browser import _read_url

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BOUND = 400 * 1024 * 1024  # the server's peak resident memory after a hostile query (it was 1.65 GB)


@dataclass
class Server:
    port: int
    pid: int
    built: Built


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("bounds") / "data"
    with Archive(StorageConfig(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}"),
                 fsync=False) as archive:
        built = build(archive)
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "browse", "--port", "0"], cwd=ROOT,
                            env={**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                                 "NIANBAO_DATA": str(data_dir)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = urlsplit(_read_url(proc, timeout=60)).port
        assert port is not None
        yield Server(port, proc.pid, built)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def get(server: Server, path: str, host: str | None = None) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.putrequest("GET", path, skip_host=True)
        conn.putheader("Host", host or f"127.0.0.1:{server.port}")
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def peak_memory(pid: int) -> int:
    """The process's peak resident set (VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.mark.parametrize("sql", ["select randomblob(300000000)", "select length(zeroblob(300000000))",
                                 # a small value multiplied inside one expression
                                 "select length(replace(printf('%.*c', 1000, 'x'), 'x', hex(zeroblob(20000000))))"])
def test_a_huge_value_fails_at_once_and_the_memory_stays_bounded(server: Server, sql: str) -> None:
    status, body = get(server, "/archive.json?sql=" + quote(sql))
    assert status == 400 and "too big" in body
    assert peak_memory(server.pid) < MEMORY_BOUND
    assert get(server, "/archive/reports.json")[0] == 200  # still serving


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io", "attacker.test:{port}"])
def test_a_foreign_host_header_is_refused(server: Server, host: str) -> None:
    status, body = get(server, "/archive/reports.json", host=host.format(port=server.port))
    assert status == 400 and "not this server" in body and "广州" not in body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}"])
def test_this_machine_is_served(server: Server, host: str) -> None:
    assert get(server, "/archive/reports.json", host=host.format(port=server.port))[0] == 200


def test_a_crawl_writing_while_the_view_serves(server: Server) -> None:
    """Pages read before, during and after a crawl's writes (and its checkpoints) all answer, with its reports."""
    built = server.built
    pages = [f"/-/report/{rid}" for rid in built.report_ids.values()]
    pages += ["/archive/report_overview", "/archive/reports.json?_size=100"]
    assert all(get(server, page)[0] == 200 for page in pages)
    added = []
    with Archive(StorageConfig(data_dir=built.archive_dir, database_url=built.database_url)) as archive:
        for year in range(2030, 2046):
            stored, _ = archive.store_document(pdf(f"later{year}"), "application/pdf")
            saved = archive.save_report({**golden("yaodu_xfj_2020"), "year": year, "checks": [],
                                         "parser_version": "test-1"}, stored.sha256, [f"http://x.test/{year}.pdf"],
                                        text=f"第{year}年 行政复议 新增")
            added.append(saved.report_id)
            if year % 4 == 0:
                with archive.db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            status, body = get(server, pages[year % len(pages)])
            assert status == 200, body[:300]
    for page in [*pages, *(f"/-/report/{rid}" for rid in added)]:
        status, body = get(server, page)
        assert status == 200 and "malformed" not in body, (page, body[:300])
    status, body = get(server, "/-/search?q=" + quote("新增"))
    assert status == 200 and all(f'href="/-/report/{rid}"' in body for rid in added)
