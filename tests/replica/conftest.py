"""Fixtures for the replica's own tests: one build per session (documents come from the on-disk cache), a shared
read-only server, fresh servers for tests that change state, and the real Chromium routed to the replica."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from replica import Replica, ReplicaError, build
from replica.build import Build
from tests.conftest import missing

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def replica_build() -> Build:
    """The default build; on a cold cache this makes the documents with LibreOffice (~20 s, once)."""
    try:
        return build()
    except ReplicaError as exc:
        if "LibreOffice" in str(exc):
            missing(str(exc))
        raise


@pytest.fixture(scope="module")
def replica(replica_build: Build) -> Iterator[Replica]:
    """A running replica with the default modes, shared by tests that only read from it."""
    with Replica() as running:
        yield running


@pytest.fixture
def fresh(replica_build: Build) -> Iterator[Callable[..., Replica]]:
    """Start a replica of one's own (modes, revisions and logs of its own); stopped after the test."""
    started: list[Replica] = []

    def start(**kwargs: object) -> Replica:
        running = Replica(**kwargs).start()  # type: ignore[arg-type]
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[object]:
    """The system Chromium through Playwright (one browser per module)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
