"""Collects the fault scenarios' results and prints the suite's table at the end of the pytest run."""

from __future__ import annotations

import pytest

from tests.faults.table import COLLECTED, render


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if COLLECTED:
        terminalreporter.section("fault injection (issue 8)")
        terminalreporter.write_line(render(sorted(COLLECTED, key=lambda r: r.scenario.name)))
