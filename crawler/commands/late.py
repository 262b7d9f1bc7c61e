"""`python -m crawler late`: who published, and when — per place and year, the government's own report.

One row per place of the season (the archive's `places`) and report year: the publication date of the place's
government's own report, its legal deadline (31 March of the next year, 政府信息公开条例 art. 49) and the days past
it, or nothing when the archive holds none; `status` says which: `on time`, `late`, `no date` (found, its date
not stated), `none` (the site was crawled
and shows no report for that year) or `not crawled` (no visit has reached the site yet, or it answered nothing —
a missing report there is unknown, not absent).  From the `late_missing` view (storage/season.py), so the web
view's canned query and this export read the same rows.

    python -m crawler late                       CSV on stdout
    python -m crawler late --years 2021-2024 --json
    python -m crawler late --province 370000 --missing     only the places with no report
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from crawler.years import parse_years
from storage import season as season_store
from storage.archive import Archive

HELP = "per place and year: the government's report, its publication date against the deadline, or none"
COLUMNS = ("code", "place", "province", "level", "year", "status", "published", "deadline", "days_late")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--years", help="report years, e.g. 2023 or 2021-2024 (default: every year reports have)")
    parser.add_argument("--province", metavar="CODE", help="only this province (its six-digit code)")
    parser.add_argument("--missing", action="store_true", help="only the rows without a report")
    parser.add_argument("--json", action="store_true", help="a JSON array instead of CSV")


def status(row: dict[str, Any]) -> str:
    if row["report_id"] is not None:
        if row["published"] is None:
            return "no date"  # found, but neither its page nor its text states when it was published
        return "late" if row["days_late"] > 0 else "on time"
    return "none" if row["crawl_status"] == "done" else "not crawled"


def table(archive: Archive, years: tuple[int, int] | None = None, province: str | None = None,
          missing: bool = False) -> list[dict[str, Any]]:
    rows = season_store.late_missing(archive, range(years[0], years[1] + 1) if years else None)
    out = []
    for row in rows:
        if province and row["province_code"] != province:
            continue
        entry = {**{key: row.get(key) for key in COLUMNS if key != "status"}, "status": status(row)}
        if missing and entry["status"] in ("on time", "late"):
            continue
        out.append({key: entry[key] for key in COLUMNS})
    return out


def run(args: argparse.Namespace) -> int:
    years = parse_years(args.years)
    with Archive.open_for_reading() as archive:
        rows = table(archive, years, args.province, args.missing)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0
