"""The season's state in the archive: the places it plans, their visits, and who published when (docs/registry.md).

Storage knows nothing of the registry file or of crawling: the season planner (crawler/schedule/season) hands it
rows; the runner records each attempt and its outcome here, so a season resumes from the database after any stop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage.archive import Archive, utcnow
from storage.models import Place, Report, SeasonVisit, Site

places = Place.__table__
visits = SeasonVisit.__table__
late_missing_view = sa.table("late_missing", *(sa.column(name) for name in (
    "code", "place", "level", "province_code", "province", "year", "report_id", "published", "deadline",
    "days_late", "crawl_status")))


@dataclass(frozen=True)
class Visit:
    id: int
    season: int
    code: str
    round: str
    due: dt.date
    status: str
    attempts: int
    run_key: str | None
    last_error: str | None
    portal_url: str | None
    government: str
    province: str


def save_places(archive: Archive, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert or refresh places (by code); returns how many were given."""
    rows = list(rows)

    def tx(conn: Connection) -> int:
        for row in rows:
            conn.execute(archive.db.insert_ignore(places, ["code"]).values(**row))
            conn.execute(places.update().where(places.c.code == row["code"]).values(**row))
        return len(rows)

    return archive.db.write(tx)


def plan_visits(archive: Archive, season: int, planned: Iterable[tuple[str, str, dt.date]]) -> int:
    """Add the visits (code, round, due day) the season does not have yet; returns how many were new.  A visit
    already planned keeps its day and its state: planning again after a stop changes nothing."""
    planned = list(planned)

    def tx(conn: Connection) -> int:
        before = conn.execute(sa.select(sa.func.count()).select_from(visits).where(visits.c.season == season)).scalar()
        for code, round_, due in planned:
            conn.execute(archive.db.insert_ignore(visits, ["season", "code", "round"]).values(
                season=season, code=code, round=round_, due=due, status="pending", attempts=0))
        after = conn.execute(sa.select(sa.func.count()).select_from(visits).where(visits.c.season == season)).scalar()
        return int(after or 0) - int(before or 0)

    return archive.db.write(tx)


def _visit_select() -> sa.Select[Any]:
    return (sa.select(visits.c.id, visits.c.season, visits.c.code, visits.c.round, visits.c.due, visits.c.status,
                      visits.c.attempts, visits.c.run_key, visits.c.last_error, places.c.portal_url,
                      places.c.government, places.c.province)
            .select_from(visits.join(places, places.c.code == visits.c.code)))


def due_visits(archive: Archive, season: int, today: dt.date, retry_after: dt.timedelta = dt.timedelta(days=3),
               now: dt.datetime | None = None) -> list[Visit]:
    """Visits to make now, earliest due first: pending ones due by `today`, and unreachable ones last tried
    `retry_after` ago or longer (a site that answered nothing is tried again, never dropped)."""
    tried_before = (now or utcnow()) - retry_after
    statement = _visit_select().where(visits.c.season == season, sa.or_(
        sa.and_(visits.c.status == "pending", visits.c.due <= today),
        sa.and_(visits.c.status == "unreachable", visits.c.last_attempt_at <= tried_before),
    )).order_by(visits.c.due, visits.c.round, visits.c.code)
    return archive.db.read(lambda conn: [Visit(**row._mapping) for row in conn.execute(statement)])


def season_visits(archive: Archive, season: int) -> list[Visit]:
    statement = _visit_select().where(visits.c.season == season).order_by(visits.c.due, visits.c.code)
    return archive.db.read(lambda conn: [Visit(**row._mapping) for row in conn.execute(statement)])


def start_attempt(archive: Archive, visit_id: int, run_key: str) -> None:
    """A crawl of the visit is about to run under `run_key` (the same key again after a stop: the same run).  The
    visit is pending until its outcome is recorded, so a retry stopped midway is resumed under its own key."""
    def tx(conn: Connection) -> None:
        row = conn.execute(sa.select(visits.c.run_key, visits.c.attempts).where(visits.c.id == visit_id)).one()
        attempts = row.attempts if row.run_key == run_key else row.attempts + 1
        conn.execute(visits.update().where(visits.c.id == visit_id).values(
            run_key=run_key, attempts=attempts, last_attempt_at=utcnow(), status="pending"))

    archive.db.write(tx)


def finish_attempt(archive: Archive, visit_id: int, *, answered: bool, error: str | None, reports: int) -> None:
    """The attempt's outcome: `done`, or `unreachable` with its last error."""
    values: dict[str, Any] = {"reports": reports}
    if answered:
        values |= {"status": "done", "last_error": None}
    else:
        values |= {"status": "unreachable", "last_error": (error or "no answer")[:2000]}
    archive.db.write(lambda conn: conn.execute(visits.update().where(visits.c.id == visit_id).values(**values)))


@dataclass(frozen=True)
class ProvinceProgress:
    province_code: str
    province: str
    places: int  # planned in the season
    visited: int  # at least one visit made (answered or not)
    with_reports: int  # places whose site has at least one report in the archive
    failing: int  # places whose latest visit found the site unreachable
    pending: int  # visits not made yet


def progress_by_province(archive: Archive, season: int) -> list[ProvinceProgress]:
    """The season's progress per province: visited / with reports / failing."""
    reports, sites = Report.__table__, Site.__table__

    def read(conn: Connection) -> list[ProvinceProgress]:
        rows = conn.execute(_visit_select().add_columns(places.c.province_code, visits.c.last_attempt_at)
                            .where(visits.c.season == season).order_by(visits.c.code, visits.c.due)).all()
        with_reports = set(conn.execute(
            sa.select(sites.c.slug).select_from(reports.join(sites, sites.c.id == reports.c.site_id))
            .where(sites.c.slug.in_({row.code for row in rows})).distinct()).scalars())
        latest: dict[str, Any] = {}
        by_place: dict[str, list[Any]] = {}
        for row in rows:
            by_place.setdefault(row.code, []).append(row)
            if row.last_attempt_at is not None and (row.code not in latest
                                                    or row.last_attempt_at >= latest[row.code].last_attempt_at):
                latest[row.code] = row
        out: dict[str, dict[str, Any]] = {}
        for code, place_rows in by_place.items():
            first = place_rows[0]
            entry = out.setdefault(first.province_code, {"province": first.province, "places": 0, "visited": 0,
                                                         "with_reports": 0, "failing": 0, "pending": 0})
            entry["places"] += 1
            entry["visited"] += code in latest
            entry["with_reports"] += code in with_reports
            entry["failing"] += code in latest and latest[code].status == "unreachable"
            entry["pending"] += sum(row.status == "pending" for row in place_rows)
        return [ProvinceProgress(code, **values) for code, values in sorted(out.items())]

    return archive.db.read(read)


def late_missing(archive: Archive, years: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """The `late_missing` view's rows (per place and year), by code and year; only `years` when given."""
    statement = sa.select(late_missing_view).order_by(late_missing_view.c.code, late_missing_view.c.year)
    if years is not None:
        statement = statement.where(late_missing_view.c.year.in_(list(years)))
    return archive.db.read(lambda conn: [_iso_dates(dict(row._mapping)) for row in conn.execute(statement)])


def _iso_dates(row: dict[str, Any]) -> dict[str, Any]:
    """Dates as ISO strings on both dialects (SQLite's view gives text, PostgreSQL's dates)."""
    for key in ("published", "deadline"):
        if isinstance(row[key], dt.date):
            row[key] = row[key].isoformat()
    return row
