"""`python scheduler.py --once` and `--status` as an operator runs them, and the missing-reports check."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from crawler import healing
from crawler.run_keys import parse_run_key
from crawler.schedule import history
from crawler.schedule.plan import TIMEZONE
from storage.archive import Archive
from storage.config import StorageConfig
from tests.scheduler.scheduler_helpers import FAKE_CRAWL, intervals, read_journal, scheduler_cli


def save_report(archive: Archive, site: str, agency: str, year: int) -> None:
    stored, _ = archive.store_document(f"{agency} {year}年政府信息公开工作年度报告".encode())
    parsed = {"agency": agency, "year": year, "template": "2021", "tables": {}, "checks": []}
    archive.save_report(parsed, stored.sha256, [f"https://{site}.example/{year}.html"], site=site)


@pytest.fixture
def once_config(write_config: Callable[[str], Path]) -> Path:
    return write_config(f"""
[scheduler]
spiders = ["alpha", "beta", "gamma"]
command = {json.dumps(FAKE_CRAWL)}
[defaults]
arguments = {{ seconds = "0.1" }}
[sites.gamma]
enabled = false
""")


def test_once_crawls_every_enabled_site_now_and_status_shows_the_runs(once_config: Path, data_dir: Path,
                                                                      journal_dir: Path) -> None:
    env = {"NIANBAO_DATA": str(data_dir), "FAKE_CRAWL_JOURNAL": str(journal_dir)}
    once = scheduler_cli("--config", str(once_config), "--once", env=env)

    assert once.returncode == 0, once.stdout + once.stderr
    made = {key for *_, key in intervals(read_journal(journal_dir))}
    assert {parse_run_key(key)[:2] for key in made} == {("alpha", "once"), ("beta", "once")}  # type: ignore[index]
    assert [line.split(":")[0] for line in once.stdout.splitlines() if "run alpha-once" in line
            or "run beta-once" in line] == ["alpha", "beta"]
    # then what each crawl did, from the stats its run recorded: the crawl summary of `nianbao crawl`
    rows = [line.split() for line in once.stdout.splitlines() if line.split()[:1] in (["alpha"], ["beta"])]
    assert rows == [["alpha", "8", "2", "5", "1", "-"], ["beta", "8", "2", "5", "1", "-"]], once.stdout

    last_year = dt.datetime.now(TIMEZONE).year - 1
    with Archive(StorageConfig.from_env(data_dir), warc=False) as archive:
        save_report(archive, "alpha", "甲区人民政府办公室", last_year)
    status = scheduler_cli("--config", str(once_config), "--status", "--json", env=env)
    shown = json.loads(status.stdout)
    alpha = shown["sites"]["alpha"]
    assert alpha["key"] in made and (alpha["result"], alpha["exit_status"]) == ("finished", 0)
    assert (alpha["new"], alpha["unchanged"], alpha["challenges"], alpha["errors"]) == (2, 5, 1, 1)
    assert shown["sites"]["gamma"] is None
    reports = shown["reports"]
    assert reports["year"] == last_year
    if reports["due"]:  # from 1 April: beta has no report for last year (gamma is disabled: not checked)
        assert reports["counts"] == {"alpha": 1, "beta": 0} and reports["missing"] == ["beta"]
        assert status.returncode == 1
    else:
        assert reports["missing"] == [] and status.returncode == 0
    table = scheduler_cli("--config", str(once_config), "--status", env=env).stdout
    assert table.splitlines()[0].split() == ["site", "last", "run", "started", "ended", "result", "exit", "new",
                                             "unchanged", "challenges", "errors"]
    assert re.search(r"^gamma +never crawled$", table, re.M)


def test_once_exits_1_when_a_crawl_fails_and_names_it(once_config: Path, data_dir: Path, journal_dir: Path) -> None:
    env = {"NIANBAO_DATA": str(data_dir), "FAKE_CRAWL_JOURNAL": str(journal_dir)}
    once = scheduler_cli("--config", str(once_config), "--once", "beta", "gamma", "-a", "mode=crash", env=env)

    assert once.returncode == 1
    assert [line.split(" (")[0] for line in once.stdout.splitlines() if re.match(r"\w+: failed", line)] == [
        "beta: failed", "gamma: failed"]  # a disabled site still crawls when named
    status = json.loads(scheduler_cli("--config", str(once_config), "--status", "--json", env=env).stdout)
    assert status["sites"]["beta"]["error"] == "ValueError: the spider broke"


def test_missing_reports_are_checked_from_1_april_by_the_reports_site(sqlite_archive: Archive) -> None:
    save_report(sqlite_archive, "alpha", "甲区人民政府办公室", 2026)
    save_report(sqlite_archive, "alpha", "甲区信访局", 2026)
    save_report(sqlite_archive, "beta", "乙区人民政府办公室", 2025)  # an older year does not count

    before = history.report_check(sqlite_archive, ["alpha", "beta"], today=dt.date(2027, 3, 31))
    after = history.report_check(sqlite_archive, ["alpha", "beta"], today=dt.date(2027, 4, 1))

    assert (before.year, before.due, before.missing) == (2026, False, [])
    assert (after.due, dict(after.counts), after.missing) == (True, {"alpha": 2, "beta": 0}, ["beta"])


def test_status_raises_the_alarm_when_a_sites_listings_moved(once_config: Path, data_dir: Path) -> None:
    """A crawl whose configured listings were gone and that fell back to the search (crawler/healing.py): --status
    names what failed and what was found, points at the suggested update, and exits 1."""
    moved = healing.outcome(["https://alpha.example/nb/"], {"https://alpha.example/nb/": "HTTP 404 (gone)"},
                            ["https://alpha.example/xxgk/ndbg/index.shtml"])
    with Archive(StorageConfig.from_env(data_dir), warc=False) as archive:
        archive.finish_run(archive.start_run("alpha"), "finished", {"log_count/ERROR": 1, **moved.stats()})
        archive.finish_run(archive.start_run("beta"), "finished", {"nianbao/listing_pages": 3})
    env = {"NIANBAO_DATA": str(data_dir)}
    status = scheduler_cli("--config", str(once_config), "--status", env=env)
    assert status.returncode == 1
    assert ("alpha: configured listings gone: https://alpha.example/nb/ (HTTP 404 (gone)); the fallback search "
            "found reports on 1 listing(s); suggested update: python -m crawler heal alpha") in status.stdout
    shown = json.loads(scheduler_cli("--config", str(once_config), "--status", "--json", env=env).stdout)
    assert shown["sites"]["alpha"]["listings_moved"]["suggested"] == ["https://alpha.example/xxgk/ndbg/index.shtml"]
    assert shown["sites"]["beta"]["listings_moved"] is None
