"""The parse queue in the archive (storage/parse_queue.py), on SQLite and PostgreSQL: what is queued, who takes it,
what a dead parse process leaves, and when a document is given up."""

from __future__ import annotations

import sqlalchemy as sa

from crawler.archiving.parsing import parse_stored
from storage.archive import Archive
from storage.observation import Observation
from tests.storage.storage_helpers import GOLDEN

REPORT = (GOLDEN / "shkw_2024.txt").read_bytes()
LEASE = 60.0


def stored(archive: Archive, body: bytes, url: str = "https://www.x.gov.cn/a.txt") -> str:
    result = archive.record_fetch(Observation(url, 200, [("Content-Type", "text/plain")], body))
    assert result.sha256 is not None
    return result.sha256


def entries(archive: Archive) -> list[sa.Row]:
    return archive.db.read(lambda c: c.execute(sa.text(
        "SELECT sha256, run_id, attempts, claimed_by, last_error FROM parse_queue ORDER BY enqueued_at")).all())


def claim(archive: Archive, owner: str, lease: float = LEASE, attempts: int = 3):
    return archive.claim_parse(owner, lease_seconds=lease, max_attempts=attempts, parser_version="test")


def test_only_unread_documents_are_queued_and_the_latest_crawl_owns_them(archive: Archive) -> None:
    first, second = archive.start_run("x"), archive.start_run("x")
    report, other = stored(archive, REPORT), stored(archive, b"another document", "https://www.x.gov.cn/b.txt")
    parse_stored(archive, other)  # read by the parser already: nothing to queue
    assert archive.enqueue_parses([(report, first), (other, first)]) == [True, False]
    assert archive.enqueue_parses([(report, second)]) == [True]
    [entry] = entries(archive)
    assert (entry.sha256, entry.run_id) == (report, second.id)  # one entry, now the second crawl's
    assert (archive.parses_waiting(first), archive.parses_waiting(second)) == (0, 1)
    taken = claim(archive, "host:1")
    assert taken is not None and (taken.sha256, taken.attempt) == (report, 1)


def test_a_claim_is_exclusive_until_released_or_its_lease_runs_out(archive: Archive) -> None:
    a, b = stored(archive, REPORT), stored(archive, b"second", "https://www.x.gov.cn/b.txt")
    archive.enqueue_parses([(a, None), (b, None)])
    first, second = claim(archive, "host:1"), claim(archive, "host:2")
    assert first is not None and second is not None and first.sha256 != second.sha256
    assert claim(archive, "host:3") is None  # both held
    taken_over = claim(archive, "host:3", lease=0.0)  # a lease of zero: every holder counts as dead
    assert taken_over is not None and taken_over.sha256 == first.sha256 and taken_over.attempt == 2
    assert archive.release_parse_claims(["host:1"], died=False) == 0  # host:1 holds nothing any more
    assert archive.release_parse_claims(["host:2"], died=False) == 1


def test_a_dead_process_counts_an_attempt_and_a_stopped_one_does_not(archive: Archive) -> None:
    sha = stored(archive, REPORT)
    archive.enqueue_parses([(sha, None)])
    assert claim(archive, "host:1") is not None
    assert archive.release_parse_claims(["host:1"], died=False) == 1  # stopped: the attempt does not count
    assert entries(archive)[0].attempts == 0
    assert claim(archive, "host:2") is not None
    assert archive.release_parse_claims(["host:2"], died=True, error="parse process killed by SIGKILL") == 1
    [entry] = entries(archive)
    assert (entry.attempts, entry.claimed_by, entry.last_error) == (1, None, "parse process killed by SIGKILL")
    assert archive.parse_claim_holders("host") == []
    assert claim(archive, "host:3") is not None and archive.parse_claim_holders("host") == ["host:3"]


def test_a_document_whose_parses_keep_dying_is_given_up_with_the_reason(archive: Archive) -> None:
    sha = stored(archive, REPORT)
    archive.enqueue_parses([(sha, None)])
    for n in range(3):
        assert claim(archive, f"host:{n}") is not None
        archive.release_parse_claims([f"host:{n}"], died=True, error="parse process killed by SIGKILL")
    assert claim(archive, "host:9") is None  # given up instead of handed out a fourth time
    assert entries(archive) == []
    document = archive.document(sha)
    assert document is not None and document["parse_status"] == "failed"
    assert document["parse_error"] == ("parse process died 3 times on this document "
                                       "(last: parse process killed by SIGKILL)")


def test_a_recorded_parse_takes_the_document_off_the_queue_in_the_same_transaction(archive: Archive) -> None:
    run = archive.start_run("x")
    sha = stored(archive, REPORT)
    archive.enqueue_parses([(sha, run)])
    assert claim(archive, "host:1") is not None
    assert parse_stored(archive, sha).status == "parsed"
    assert entries(archive) == [] and archive.parses_waiting(run) == 0
    assert archive.parse_statuses([sha, sha]) == {"parsed": 1}
