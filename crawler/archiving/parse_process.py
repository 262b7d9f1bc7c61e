"""One parse process: takes documents off the archive's parse queue, parses and records them, until told to stop.

Started by a ParsePool (crawler/archiving/pool.py), never by hand (`python -m crawler parse-worker` runs a pool).
The archive is the one NIANBAO_DATA / DATABASE_URL name, as for every command.  Each document is claimed
(storage/parse_queue.py), parsed with the current parser and recorded exactly as `reparse`/`ingest` record one
(crawler/archiving/parsing.py: `parse_stored`), which takes it off the queue in the same transaction.  While a
parse runs (OCR can take minutes) a thread refreshes the claim, so nobody takes it over; a process that dies
stops refreshing, and its claim is given back by its pool at once, or taken over by anyone after the lease.

Memory stays bounded: the process exits after `--max-documents` documents or once its resident memory passes
`--max-rss-mb` (the pool starts a fresh one: whatever a parser library holds on to goes with the process).

Exit status: 0 stopped (SIGTERM: the document in hand is finished first; or `--drain` and the queue is empty, or
the parent pool is gone), 3 recycled (a limit reached: start another), 2 the archive could not be opened.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import logging
import os
import resource
import signal
import sys
import threading
from types import FrameType

from crawler.archiving.parsing import parse_stored
from crawler.archiving.pool import RECYCLED, STOPPED, USAGE_ERROR, Options, owner_id
from crawler.parse import PARSER_VERSION
from storage.archive import Archive
from storage.errors import StorageError

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2  # how often an idle process looks at the queue again
_PR_SET_PDEATHSIG = 1


def resident_mb() -> float:
    """This process's resident memory now (peak, where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def work(archive: Archive, options: Options, stop: threading.Event) -> int:
    """Claim, parse, record, until stopped or a limit is reached; returns the exit status."""
    owner = owner_id()
    done = 0
    while not stop.is_set():
        if options.parent is not None and os.getppid() != options.parent:
            return STOPPED  # the pool is gone (killed): nobody would replace or wait for this process
        try:
            claim = archive.claim_parse(owner, lease_seconds=options.lease_seconds,
                                        max_attempts=options.max_attempts, parser_version=PARSER_VERSION)
        except StorageError as exc:
            log.warning("cannot take work from the parse queue: %s", exc)
            stop.wait(5 * POLL_SECONDS)
            continue
        if claim is None:
            if options.drain:
                return STOPPED
            stop.wait(POLL_SECONDS)
            continue
        with _KeepClaim(archive, owner, claim.sha256, options.lease_seconds / 4):
            try:
                parse_stored(archive, claim.sha256)  # with what its fetches recorded the crawler knew of it
            except StorageError as exc:  # the archive failed us, not the document: give it back uncounted
                log.warning("document %s: %s; given back to the queue", claim.sha256[:12], exc)
                _give_back(archive, owner)
                stop.wait(5 * POLL_SECONDS)
                continue
        done += 1
        if done >= options.max_documents or resident_mb() > options.max_rss_mb:
            return RECYCLED
    return STOPPED


class _KeepClaim:
    """Refreshes a claim from a thread while its document is parsed (the lease would expire during a long OCR)."""

    def __init__(self, archive: Archive, owner: str, sha256: str, every: float) -> None:
        self.archive, self.owner, self.sha256, self.every = archive, owner, sha256, every
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="nianbao-claim", daemon=True)

    def __enter__(self) -> _KeepClaim:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.done.set()
        self.thread.join()

    def _run(self) -> None:
        while not self.done.wait(self.every):
            try:
                self.archive.refresh_parse_claim(self.owner, self.sha256)
            except StorageError as exc:
                log.warning("cannot refresh the claim on %s: %s", self.sha256[:12], exc)


def _give_back(archive: Archive, owner: str) -> None:
    try:
        archive.release_parse_claims([owner], died=False)
    except StorageError as exc:  # then the lease gives it back
        log.warning("cannot give the claim back: %s", exc)


def _die_with(parent: int | None) -> None:
    """Ask Linux to kill this process when its parent dies (a pool killed with SIGKILL leaves no orphans)."""
    if parent is None:
        return
    with contextlib.suppress(OSError, AttributeError):  # elsewhere: the loop notices between documents
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.archiving.parse_process", description=__doc__)
    parser.add_argument("--max-documents", type=int, default=Options.max_documents)
    parser.add_argument("--max-rss-mb", type=float, default=Options.max_rss_mb)
    parser.add_argument("--lease", type=float, default=Options.lease_seconds, dest="lease_seconds")
    parser.add_argument("--max-attempts", type=int, default=Options.max_attempts)
    parser.add_argument("--drain", action="store_true")
    parser.add_argument("--parent", type=int)
    options = Options(**vars(parser.parse_args(argv)))
    _die_with(options.parent)
    logging.basicConfig(level=os.environ.get("NIANBAO_LOG_LEVEL", "WARNING").upper(), stream=sys.stderr,
                        format=f"%(levelname)s parse process {os.getpid()}: %(message)s")
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()  # the document in hand is finished and recorded first

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        archive = Archive.open(warc=False)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    with archive:
        return work(archive, options, stop)


if __name__ == "__main__":
    sys.exit(main())
