"""Parsing in a pool of processes (crawler/archiving/pool.py, `python -m crawler parse-worker`): real parse
processes on a real archive, real documents (the golden reports' text, a scanned PDF read by OCR).

- the queue drained by two processes, recycled after a document limit;
- what the crawl knew of a document (the page's year and agency) reaches its parse;
- OCR threads: the cores shared between the pool's processes;
- a process killed in the middle of a document: replaced, the document parsed by the next one;
- a document whose parse kills its process three times: marked failed with the reason, the queue moves on;
- a pool killed with SIGKILL leaves no parse process behind;
- `scrapy crawl -s NIANBAO_PARSE_WAIT=0` leaves its documents queued, and a parse worker parses them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.archiving.pool import Options, ParsePool
from replica import Replica
from replica.demo import ROOT, crawl_replica, score
from storage.archive import Archive
from storage.config import StorageConfig
from storage.observation import Observation
from storage.roles import ATTACHMENT
from tests.conftest import GOLDEN

pytestmark = pytest.mark.slow
SCAN = ROOT / "tests/fixtures/documents/scanned.pdf"  # OCR: seconds of work, time enough to kill its parser


@pytest.fixture
def config(tmp_path: Path) -> StorageConfig:
    return StorageConfig(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path / 'data/archive.sqlite'}")


@pytest.fixture
def archive(config: StorageConfig) -> Iterator[Archive]:
    with Archive(config, warc=False, fsync=False) as opened:
        yield opened


def queue(archive: Archive, *bodies: bytes) -> list[str]:
    """The documents fetched as a report's attachments on a site whose government is known, as a crawl would."""
    context = {"site": "dazhen", "government": "大镇县人民政府"}
    shas = [archive.record_fetch(Observation(f"https://www.dazhen.gov.cn/nb/{n}.bin", 200, [], body,
                                             role=ATTACHMENT, context=context)).sha256 or ""
            for n, body in enumerate(bodies)]
    assert archive.enqueue_parses([(sha, None) for sha in shas]) == [True] * len(shas)
    return shas


def waiting_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"no {what} after {timeout:.0f} s"
        time.sleep(0.05)


def holder(archive: Archive) -> int | None:
    """The pid of the parse process holding a claim, if one does."""
    holders = archive.parse_claim_holders(os.uname().nodename)
    return int(holders[0].rsplit(":", 1)[1]) if holders else None


def parse_worker(config: StorageConfig, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", "parse-worker", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "NIANBAO_DATA": str(config.data_dir),
                                                       "DATABASE_URL": config.database_url})


def test_two_processes_drain_the_queue_and_are_recycled_after_their_documents(config: StorageConfig,
                                                                            archive: Archive) -> None:
    texts = sorted(GOLDEN.glob("*.txt"))[:5]
    shas = queue(archive, *(path.read_bytes() for path in texts))
    done = parse_worker(config, "--drain", "--processes", "2", "--max-documents", "1")
    assert done.returncode == 0, done.stderr
    assert archive.parse_statuses(shas) == {"parsed": len(texts)}
    assert archive.parses_waiting(0) == 0 and archive.parse_claim_holders(os.uname().nodename) == []
    started = int(done.stdout.split("parse-worker: ")[1].split()[0])
    assert started >= len(texts)  # one document per process: each replaced after its document


def test_what_the_crawl_knew_of_a_document_travels_with_it_to_its_parse(config: StorageConfig,
                                                                       archive: Archive) -> None:
    # A real report's text without the lines that name its agency and year: only what the crawl knew when it
    # fetched it (the page's chrome, recorded with the fetch) can say them.
    lines = (GOLDEN / "shkw_2024.txt").read_text(encoding="utf-8").splitlines()[1:]
    body = "\n".join(line for line in lines if not any(name in line for name in ("科委", "科学技术委员会", "2024")))
    fetched = archive.record_fetch(Observation(
        "https://www.dazhen.gov.cn/kjj/2024.txt", 200, [("Content-Type", "text/plain")], body.encode(),
        role=ATTACHMENT, context={"site": "dazhen", "year": 2024, "agency": "大镇县科学技术局"}))
    sha = fetched.sha256
    assert sha is not None and archive.enqueue_parses([(sha, None)]) == [True]
    done = parse_worker(config, "--drain", "--processes", "1")
    assert done.returncode == 0, done.stderr
    [report] = archive.report_list()
    assert (report["agency"], report["year"]) == ("大镇县科学技术局", 2024)


def test_the_pool_shares_the_cores_between_its_processes_ocr(archive: Archive) -> None:
    # OCR (onnxruntime) takes every core of its process unless told: N processes get cores / N threads each.
    pool = ParsePool(archive, 2)
    threads = pool._env["NIANBAO_OCR_THREADS"]
    assert threads == str(max(1, (os.cpu_count() or 1) // 2))
    probe = ("from crawler.extract.ocr import engine; "
             "print(engine().text_det.infer.session.get_session_options().intra_op_num_threads)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env={**os.environ, "NIANBAO_OCR_THREADS": "1"},
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["1"], done.stderr


def test_a_process_killed_mid_document_is_replaced_and_the_document_parsed(archive: Archive) -> None:
    [sha] = queue(archive, SCAN.read_bytes())
    pool = ParsePool(archive, 1)
    pool.wake()
    try:
        waiting_for(lambda: holder(archive), 60, "claim")
        victim = holder(archive)
        assert victim is not None
        time.sleep(0.3)  # into the OCR
        os.kill(victim, signal.SIGKILL)
        waiting_for(lambda: archive.parse_statuses([sha]).get("pending", 0) == 0, 120, "parse")
    finally:
        pool.stop()
    assert pool.stats.died == 1 and pool.stats.causes == ["killed by SIGKILL"]
    assert archive.parse_statuses([sha]) == {"parsed": 1}


def test_a_document_that_kills_its_parser_three_times_is_given_up_with_why(archive: Archive) -> None:
    # Queued one after the other: entries queued together are taken in SHA-256 order, which would put the text
    # first (its parse may be the one killed), and the scan must be the oldest entry, taken after every death.
    [sha] = queue(archive, SCAN.read_bytes())
    time.sleep(0.01)
    [other] = queue(archive, (GOLDEN / "shkw_2024.txt").read_bytes())
    pool = ParsePool(archive, 1, options=Options(max_attempts=3))
    pool.wake()
    try:
        for death in range(3):
            waiting_for(lambda deaths=death: holder(archive) is not None and pool.stats.died == deaths, 60,
                        f"claim {death + 1}")
            victim = holder(archive)
            assert victim is not None
            os.kill(victim, signal.SIGKILL)
        waiting_for(lambda: archive.parse_statuses([sha, other]).get("pending", 0) == 0, 120, "end of the queue")
    finally:
        pool.stop()
    document = archive.document(sha)
    assert document is not None and document["parse_status"] == "failed"
    assert document["parse_error"] == ("parse process died 3 times on this document "
                                       "(last: parse process killed by SIGKILL)")
    assert archive.parse_statuses([other]) == {"parsed": 1}  # the queue went on past it


def test_a_pool_killed_with_sigkill_leaves_no_parse_process_behind(config: StorageConfig) -> None:
    worker = subprocess.Popen([sys.executable, "-m", "crawler", "parse-worker", "--processes", "2"], cwd=ROOT,
                              env={**os.environ, "NIANBAO_DATA": str(config.data_dir),
                                   "DATABASE_URL": config.database_url},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> list[int]:  # (of any of its threads: the pool's watcher thread starts them)
        return [int(pid) for task in Path(f"/proc/{worker.pid}/task").iterdir()
                for pid in (task / "children").read_text().split()]

    try:
        waiting_for(lambda: len(children()) == 2, 60, "two parse processes")
        pids = children()
        worker.kill()
        worker.wait()
        waiting_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in pids), 10, "end of the orphans")
    finally:
        if worker.poll() is None:
            worker.kill()


def test_a_crawl_that_does_not_wait_leaves_its_documents_queued_for_a_parse_worker(config: StorageConfig) -> None:
    env = {"NIANBAO_PARSE_WAIT": "0", "NIANBAO_PARSE_PROCESSES": "0"}
    with Replica(modes=[], sites=("yaodu",)) as replica:
        done = crawl_replica("yaodu", replica.url, data_dir=str(config.data_dir), extra_env=env)
        assert done.returncode == 0, done.stderr[-3000:]
        with Archive(config, warc=False) as archive:
            [run] = archive.db.read(lambda c: c.exec_driver_sql("SELECT id FROM crawl_runs").scalars().all())
            queued = archive.parses_waiting(run)
            assert queued > 0 and archive.report_list() == []
        parsed = parse_worker(config, "--drain")
        assert parsed.returncode == 0, parsed.stderr
        with Archive(config, warc=False) as archive:
            assert archive.parses_waiting(run) == 0
            found = {url for report in archive.report_list() for url in report["urls"]}
        result = score(replica.manifest(), found, {"yaodu"})
        assert result.found == result.published and not result.wrong, str(result)
