"""Run one fault scenario: a replica with the fault on, a real `scrapy crawl` into a fresh archive, then the
archive compared with what the replica published.

- **injected**: replies the replica changed (its request log names the mode that answered).
- **lost**: documents of reachable reports (report pages and attachments) whose published bytes are not in the
  archive under their URL, plus reachable reports that were archived but never parsed as reports.
- **duplicates**: documents stored under a report's URL that are not the bytes the site published (a truncated or
  error-page copy taken for the document, and so possibly a second report from one URL).
- **survived**: the crawl exited 0 within its time limit, the archive is whole (`storage.integrity`), nothing was
  lost or duplicated, no look-alike was stored, nothing off the site was requested, and the scenario's own
  expectations hold (alarm raised, trap bounded, hostile document refused or archived raw and flagged).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from replica import Replica
from replica.demo import ROOT, crawl_replica, score
from replica.modes.hostile import CANARY, SQL_TEXT
from storage import integrity
from storage.archive import Archive
from tests.faults.scenarios import DOWNLOAD_TIMEOUT, Scenario

CRAWL_TIME_LIMIT = 150  # seconds: a crawl that hangs fails its scenario instead of the whole suite
# Archive and queue, parse nothing (crawler/extensions/parses.py): the scenarios that only count archived bytes.
ARCHIVE_ONLY = {"NIANBAO_PARSE_PROCESSES": "0", "NIANBAO_PARSE_WAIT": "0"}


@dataclass
class Result:
    scenario: Scenario
    injected: int = 0
    lost: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    requests: int = 0
    problems: list[str] = field(default_factory=list)  # why it did not survive
    seen: str = ""  # what the user sees (the recorded error), for the hostile-input report

    @property
    def survived(self) -> bool:
        return not self.problems and self.lost == 0 and self.duplicates == 0


def archive_at(data_dir: Path) -> Archive:
    return Archive.open(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}")


def run(scenario: Scenario, data_dir: Path) -> Result:
    result = Result(scenario)
    started = time.monotonic()
    # A layout change is only news against an earlier crawl that found the reports: crawl once without the fault.
    with Replica(modes=[] if scenario.expect_alarm else list(scenario.modes), seed=8) as replica:
        settings = {"DOWNLOAD_TIMEOUT": str(DOWNLOAD_TIMEOUT), **scenario.settings}
        if scenario.expect_alarm:
            crawl_replica(scenario.site, replica.url, data_dir=str(data_dir), timeout=CRAWL_TIME_LIMIT)
            replica.set_mode(*scenario.modes)
            replica.clear_logs()
        try:
            done = crawl_replica(scenario.site, replica.url, data_dir=str(data_dir), settings=settings,
                                 timeout=CRAWL_TIME_LIMIT,
                                 extra_env={} if scenario.parses else ARCHIVE_ONLY)
        except subprocess.TimeoutExpired:
            result.problems.append(f"crawl still running after {CRAWL_TIME_LIMIT} s")
            return result
        finally:
            result.seconds = time.monotonic() - started
        log = replica.requests()
        result.requests = len(log)
        result.injected = sum(1 for entry in log if entry["fault"])
        if done.returncode != 0:
            result.problems.append(f"crawl exited {done.returncode}: {done.stderr.strip().splitlines()[-1:]}")
        if replica.misses():
            result.problems.append(f"requested what the site does not serve: {replica.misses()[0]['url']}")
        with archive_at(data_dir) as archive:
            compare(scenario, replica, archive, result)
            result.problems += [f"integrity: {p}" for p in integrity.problems(archive)[:3]]
    if scenario.trap:
        routes = sum(1 for r in replica.routes() if scenario.site in r["url"])
        if result.requests > 3 * routes:
            result.problems.append(f"trap not bounded: {result.requests} requests for {routes} pages")
    if scenario.expect_alarm:
        _check_alarm(scenario, data_dir, result)
    for place in (Path("/tmp"), data_dir, ROOT):
        if (place / CANARY).exists() or list(data_dir.rglob(CANARY)):
            result.problems.append(f"a file name from the server was used as a path: {place / CANARY}")
    return result


def compare(scenario: Scenario, replica: Replica, archive: Archive, result: Result) -> None:
    """Fill `result.lost` and `result.duplicates` (and its problems) from the archive against the replica's truth."""
    manifest = replica.manifest()
    unreachable = [r for r in manifest["reports"] if r["site"] == scenario.site
                   and any(fnmatch.fnmatchcase(r["detail_url"], glob) for glob in scenario.unreachable)]
    reachable = [r for r in manifest["reports"] if r["site"] == scenario.site and r not in unreachable]
    fetched = archive.db.read(lambda c: c.execute(sa.text(
        "SELECT f.url, f.sha256, f.outcome, f.error, d.parse_status, d.parse_error FROM fetches f "
        "LEFT JOIN documents d ON d.sha256 = f.sha256")).all())
    stored: dict[str, set[str]] = {}  # URL → documents stored from it (outcome new/unchanged/not_modified)
    for url, sha, outcome, _error, _status, _parse_error in fetched:
        if sha and outcome in ("new", "unchanged", "not_modified"):
            stored.setdefault(url, set()).add(sha)
    reports = archive.report_list()
    report_urls = {u for report in reports for u in report["urls"]}

    for report in reachable:
        for document in report["documents"]:
            url = document["url"]
            if document["format"] == "jpg":
                continue  # an image shown in a page: the crawler does not fetch images
            if any(fnmatch.fnmatchcase(url, glob) for glob in scenario.altered):
                _check_altered(scenario, url, fetched, stored, result)
                continue
            truth = hashlib.sha256(replica.state.resource(url).body).hexdigest()
            have = stored.get(url, set())
            if truth not in have:
                result.lost += 1
                result.problems.append(f"lost {url}")
            if have - {truth}:
                result.duplicates += len(have - {truth})
                result.problems.append(f"damaged copy of {url}")

    if not scenario.parses:
        return  # archived, not parsed: the published bytes under each URL are the measure
    found = score({**manifest, "reports": reachable}, report_urls, {scenario.site})
    if found.found < found.published:
        result.lost += found.published - found.found  # archived but not read as a report
        result.problems.append(f"{found.published - found.found} report(s) archived but not read as reports")
    wrong = [u for u in found.wrong if not any(r["detail_url"] == u or u in r["attachment_urls"]
                                               for r in unreachable)]
    if wrong:
        result.problems.append(f"stored as a report but is none: {wrong[:2]}")
    if "payload=sql" in " ".join(scenario.modes):
        agencies = [r["agency"] for r in reports if SQL_TEXT in (r["agency"] or "") + (r["title"] or "")]
        if not agencies:
            result.problems.append("the report with SQL metacharacters was not stored verbatim")
        result.seen = f"stored verbatim: agency {agencies[0]!r}" if agencies else result.seen


def _check_altered(scenario: Scenario, url: str, fetched: list[Any], stored: dict[str, set[str]],
                   result: Result) -> None:
    rows = [row for row in fetched if row[0] == url]
    if scenario.refused:
        errors = [row[3] for row in rows if row[2] == "error" and row[3]]
        if stored.get(url) or not errors:
            result.problems.append(f"{url}: expected a refused download, got {[r[2] for r in rows]}")
        result.seen = errors[-1] if errors else ""
        return
    shas = stored.get(url, set())
    if len(shas) != 1:
        result.problems.append(f"{url}: expected the served bytes archived once, got {len(shas)} documents")
        return
    statuses = {row[4]: row[5] for row in rows if row[1] in shas}
    status, error = next(iter(statuses.items()))
    if scenario.name.startswith(("script", "SQL")):
        result.seen = result.seen or f"archived, parse status {status}"
        return
    if status != "failed" or not error:
        result.problems.append(f"{url}: hostile file not flagged (parse status {status})")
    result.seen = f"archived raw, flagged failed: {error}"


def _check_alarm(scenario: Scenario, data_dir: Path, result: Result) -> None:
    with archive_at(data_dir) as archive:
        stats = archive.db.read(lambda c: c.execute(sa.text(
            "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")).scalar_one())
    stats = stats if isinstance(stats, dict) else json.loads(stats)
    if not stats.get("nianbao/alarm/zero_reports"):
        result.problems.append("no zero-reports alarm")
    config = data_dir / "schedule.toml"  # this site alone: no other site's missing reports decide the exit status
    config.write_text(f'[scheduler]\nspiders = ["{scenario.site}"]\n', encoding="utf-8")
    status = subprocess.run([sys.executable, "scheduler.py", "--status", "--json", "--config", str(config)],
                            cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "NIANBAO_DATA": str(data_dir),
                                                         "DATABASE_URL": f"sqlite:///{data_dir / 'archive.sqlite'}"})
    entry = (json.loads(status.stdout or "{}").get("sites") or {}).get(scenario.site) or {}
    if not entry.get("zero_reports_alarm"):
        result.problems.append("scheduler --status does not show the alarm")
    if status.returncode != 1:
        result.problems.append(f"scheduler --status exits {status.returncode} with the alarm raised (want 1)")
    result.seen = "scheduler --status: listings read but no report link found: the site's layout may have changed"
