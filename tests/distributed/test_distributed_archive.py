"""The archive under workers that race: one document fetched under two URLs by two workers at the same moment.

A worker saving the document's report and another recording the second URL's fetch must not miss each other:
either the fetch sees the report (and adds its URL), or the report's save sees the fetch.  Without the document
row lock at the start of report_store.save, a few URLs in a few hundred were left out (a duplicate's original
then looks "not found"); the second worker's fetch is timed to land anywhere in the first one's parse and save.
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest

from crawler.archiving.parsing import parse_stored
from replica.reportgen import page_bytes, random_report, render
from storage.archive import Archive
from storage.config import StorageConfig
from storage.observation import Observation

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ROUNDS = 150


def test_both_urls_of_a_document_fetched_at_once_are_sources_of_its_report(pg_url: str, tmp_path: Path) -> None:
    rng = random.Random(3)
    missing: list[str] = []
    with Archive(StorageConfig(tmp_path, pg_url), warc=False, fsync=False) as archive:
        for n in range(ROUNDS):
            body = page_bytes(render(random_report(rng), "html", rng))
            first, second = f"https://www.x.gov.cn/a/{n}.html", f"https://www.x.gov.cn/b/{n}.html"
            delay = rng.uniform(0, 0.12)  # (a parse takes a few tens of milliseconds)
            start = threading.Barrier(2)

            def worker(url: str, wait: float, body: bytes = body, start: threading.Barrier = start) -> None:
                start.wait()
                time.sleep(wait)
                fetched = archive.record_fetch(Observation(url=url, status=200, body=body,
                                                           headers=[("Content-Type", "text/html")]))
                if (archive.document(fetched.sha256) or {}).get("parse_status") == "pending":  # as the pipeline
                    parse_stored(archive, fetched.sha256)

            threads = [threading.Thread(target=worker, args=(first, 0.0)),
                       threading.Thread(target=worker, args=(second, delay))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            sources = {url for report in archive.report_list() for url in report["urls"]}
            missing += [url for url in (first, second) if url not in sources]
    assert missing == [], f"{len(missing)} of {2 * ROUNDS} URLs are not sources of their report"
