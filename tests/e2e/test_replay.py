"""Replay (issue 15, finding 10): a site crawled twice — so that its pages' latest captures are 304 revalidations —
replays its latest captures through pywb with their bodies, and packs into a WACZ that `wacz validate` accepts.

pywb and py-wacz run from their own environment (`.venv-replay`, made by `make setup`: their pins clash with the
crawler's), as the programs a researcher would run.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from replica import Replica
from replica.demo import crawl_replica
from storage.archive import Archive
from tests.conftest import ROOT, missing

pytestmark = pytest.mark.slow
REPLAY_BIN = ROOT / ".venv-replay" / "bin"
SITE = "yaodu"  # plain HTTP/1.1, about 20 requests a crawl


@dataclass
class Crawled:
    data_dir: Path
    replica_url: str


@pytest.fixture(scope="module")
def replay_bin() -> Path:
    if not (REPLAY_BIN / "wayback").exists() or not (REPLAY_BIN / "wacz").exists():
        missing(f"pywb and wacz not installed in {REPLAY_BIN.parent} (make setup)")
    return REPLAY_BIN


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    data_dir = tmp_path_factory.mktemp("archive")
    with Replica(sites=(SITE,)) as replica:
        for _ in range(2):  # the second crawl revalidates: its captures of unchanged pages are 304s
            done = crawl_replica(SITE, replica.url, data_dir=str(data_dir), arguments={"sample": "1"})
            assert done.returncode == 0, done.stderr[-3000:]
        yield Crawled(data_dir, replica.url)


def _archive(data_dir: Path) -> Archive:
    return Archive.open(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def pywb_root(replay_bin: Path, crawled: Crawled, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pywb collection of the archive's WARC files, indexed by pywb itself (`wb-manager add`)."""
    root = tmp_path_factory.mktemp("pywb")
    (root / "config.yaml").write_text("collections_root: collections\n")
    manager = str(replay_bin / "wb-manager")
    subprocess.run([manager, "init", "nianbao"], cwd=root, capture_output=True, check=True)
    warcs = sorted(str(p) for p in (crawled.data_dir / "warcs").rglob("*.warc.gz"))
    subprocess.run([manager, "add", "nianbao", *warcs], cwd=root, capture_output=True, check=True)
    return root


@pytest.fixture(scope="module")
def pywb_index(pywb_root: Path) -> Path:
    [index] = (pywb_root / "collections" / "nianbao" / "indexes").glob("*.cdxj")
    return index


@pytest.fixture(scope="module")
def pywb(replay_bin: Path, pywb_root: Path) -> Iterator[str]:
    """pywb's `wayback` serving the collection."""
    root = pywb_root
    port = _free_port()
    server = subprocess.Popen([str(replay_bin / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=root,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/nianbao"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_latest_capture_of_a_revalidated_page_replays_its_body(crawled: Crawled, pywb: str) -> None:
    with _archive(crawled.data_dir) as archive:
        rows = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT url, sha256, fetched_at, outcome FROM fetches WHERE warc_type = 'revisit' AND sha256 IS NOT NULL "
            "ORDER BY id")).all())
        assert any(row.outcome == "not_modified" and row.url.endswith(".html") for row in rows), \
            "the recrawl revalidated no page"
        bodies = {row.url: archive.document_bytes(row.sha256) for row in rows}
        latest = {url: archive.last_fetch(url) for url in bodies}
    for url, fetched_at, outcome in {(row.url, row.fetched_at, row.outcome) for row in rows}:
        last = latest[url]
        assert last is not None
        stamp = fetched_at if isinstance(fetched_at, str) else fetched_at.isoformat()
        timestamp = "".join(ch for ch in stamp if ch.isdigit())[:14]
        # 304 revalidations (server-not-modified) and repeated bodies (identical-payload-digest) alike
        with urllib.request.urlopen(f"{pywb}/{timestamp}id_/{url}", timeout=30) as answer:
            assert answer.status == 200, (url, outcome)
            replayed = answer.read()
            memento = answer.headers["Memento-Datetime"]
        assert replayed == bodies[url] and replayed, (url, outcome)  # the body, not an empty 304
        assert time.strptime(memento, "%a, %d %b %Y %H:%M:%S GMT")[:6] == time.strptime(timestamp,
                                                                                         "%Y%m%d%H%M%S")[:6]
    revalidated = next(row.url for row in rows if row.outcome == "not_modified" and row.url.endswith(".html"))
    assert latest[revalidated] is not None and latest[revalidated].outcome == "not_modified"  # its latest capture


def test_the_archive_packs_into_a_wacz_that_validates(crawled: Crawled, replay_bin: Path, pywb_index: Path,
                                                      tmp_path: Path) -> None:
    package = tmp_path / "yaodu.wacz"
    env = {**os.environ, "NIANBAO_DATA": str(crawled.data_dir)}
    done = subprocess.run([sys.executable, "-m", "crawler", "export-wacz", "-o",
                           str(package)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    checked = subprocess.run([str(replay_bin / "wacz"), "validate", "-f", str(package)], capture_output=True,
                             text=True)
    assert checked.returncode == 0 and "Validation succeeded" in checked.stdout, checked.stdout + checked.stderr

    with zipfile.ZipFile(package) as wacz:
        names = wacz.namelist()
        index = wacz.read("indexes/index.cdx").decode().splitlines()
        pages = [json.loads(line) for line in wacz.read("pages/pages.jsonl").decode().splitlines()]
    assert {n for n in names if not n.startswith("archive/")} == {
        "indexes/index.cdx", "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json"}
    revisits = [json.loads(line.split(" ", 2)[2]) for line in index if '"warc/revisit"' in line]
    assert revisits and all(r["filename"] in {n.removeprefix("archive/") for n in names} for r in revisits)
    assert pages[0]["format"] == "json-pages-1.0" and len(pages) > 1
    with _archive(crawled.data_dir) as archive:
        revisit_rows = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT count(*) FROM fetches WHERE warc_type = 'revisit'")).scalar_one())
    assert len(revisits) == revisit_rows  # every revalidation is indexed

    # Keyed as pywb keys its own index of the same files (the SURT form of each URL, at the same second).
    own = pywb_index.read_text().splitlines()
    assert sorted(line.split(" ", 2)[:2] for line in index) == sorted(line.split(" ", 2)[:2] for line in own)
