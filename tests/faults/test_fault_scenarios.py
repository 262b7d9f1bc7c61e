"""Every fault scenario (tests/faults/scenarios.py) as a test: a real crawl of the replica with the fault on must
lose nothing and store nothing twice.  The table of all results is printed at the end of the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import run
from tests.faults.scenarios import SCENARIOS, Scenario
from tests.faults.table import COLLECTED


def _param(scenario: Scenario) -> object:
    marks = [pytest.mark.browser] if scenario.browser else []
    return pytest.param(scenario, id=scenario.name, marks=marks)


@pytest.mark.parametrize("scenario", [_param(s) for s in SCENARIOS])
def test_fault_is_survived(scenario: Scenario, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if scenario.browser:
        request.getfixturevalue("chromium_path")
    result = run(scenario, tmp_path / "data")
    COLLECTED.append(result)
    assert result.injected > 0 or scenario.group == "control", "the fault was never injected"
    assert result.survived, f"lost {result.lost}, duplicates {result.duplicates}: {result.problems}"
