"""deploy/: the worker and parse-worker units are valid for systemd, stop their process the way it stops cleanly,
and run the real command; the scheduler drop-in switches the scheduler to enqueueing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.distributed.settings import project_settings
from tests.conftest import missing
from tests.distributed.distributed_helpers import ROOT

DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "nianbao-worker@.service"
PARSE_UNIT = DEPLOY / "nianbao-parse-worker.service"


def _service(path: Path) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    section = None
    for line in path.read_text().splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "Service" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


def test_the_worker_unit_stops_the_worker_alone_after_its_downloads() -> None:
    service = {key: values[-1] for key, values in _service(UNIT).items()}
    command = service["ExecStart"].split()
    assert command[:4] == ["/opt/nianbao/.venv/bin/python", "-m", "crawler", "worker"]
    help_text = subprocess.run([sys.executable, "-m", "crawler", "worker", "--help"], cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
    assert help_text.returncode == 0 and all(o in help_text.stdout for o in command[4:] if o.startswith("--"))
    environment = " ".join(_service(UNIT)["Environment"])
    assert all(f"{name}=" in environment for name in ("REDIS_URL", "DATABASE_URL", "NIANBAO_DATA"))
    # SIGTERM to the worker only: it completes the requests in progress (each up to DOWNLOAD_TIMEOUT)
    assert (service["KillSignal"], service["KillMode"]) == ("SIGTERM", "mixed")
    assert int(service["TimeoutStopSec"]) > project_settings().getint("DOWNLOAD_TIMEOUT") + 60
    assert service["Restart"] == "always"


def test_the_parse_worker_unit_stops_the_pool_alone_after_its_documents() -> None:
    service = {key: values[-1] for key, values in _service(PARSE_UNIT).items()}
    command = service["ExecStart"].split()
    assert command[:4] == ["/opt/nianbao/.venv/bin/python", "-m", "crawler", "parse-worker"]
    help_text = subprocess.run([sys.executable, "-m", "crawler", "parse-worker", "--help"], cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
    assert help_text.returncode == 0 and all(o in help_text.stdout for o in command[4:] if o.startswith("--"))
    environment = " ".join(_service(PARSE_UNIT)["Environment"])
    assert all(f"{name}=" in environment for name in ("DATABASE_URL", "NIANBAO_DATA"))
    assert environment.split("DATABASE_URL=")[1].split()[0] == " ".join(_service(UNIT)["Environment"]).split(
        "DATABASE_URL=")[1].split()[0]  # the crawl workers' archive
    # SIGTERM to the pool only: it gives its processes 30 s to finish their document, then kills them
    assert (service["KillSignal"], service["KillMode"]) == ("SIGTERM", "mixed")
    assert int(service["TimeoutStopSec"]) > 30 and service["Restart"] == "always"


@pytest.mark.parametrize("unit", [UNIT, PARSE_UNIT], ids=lambda path: path.name)
def test_the_units_pass_systemd_analyze(tmp_path: Path, unit: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        missing("systemd-analyze not installed (Debian package systemd)")
    local = tmp_path / unit.name.replace("@.", "@1.")  # (an instance of a template) pointed at this checkout
    local.write_text(unit.read_text().replace("/opt/nianbao", str(ROOT)).replace("=nianbao\n", "=root\n"))
    result = subprocess.run([analyze, "verify", str(local)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_scheduler_drop_in_sets_redis_and_the_shared_database() -> None:
    text = (DEPLOY / "nianbao-scheduler.service.d" / "distributed.conf").read_text()
    environment = " ".join(line.partition("=")[2] for line in text.splitlines() if line.startswith("Environment="))
    assert "REDIS_URL=redis://" in environment and "DATABASE_URL=postgresql" in environment
    worker_env = " ".join(_service(UNIT)["Environment"])
    for name in ("REDIS_URL", "DATABASE_URL"):  # scheduler and workers must meet in the same Redis and database
        assert environment.split(f"{name}=")[1].split()[0] == worker_env.split(f"{name}=")[1].split()[0]
