"""The season's state on SQLite and PostgreSQL: visits planned once and resumed, unreachable sites retried, progress
by province, and the `late_missing` view (per place and year: the government's report against its deadline)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from storage import season as season_store
from storage.archive import Archive
from storage.observation import Observation
from tests.storage.storage_helpers import at, golden_parse

PLACES = [  # two places of one name in two provinces: a report is the place's only on the place's own site
    {"code": "370812", "name": "兖州区", "level": "county", "province_code": "370000", "province": "山东省",
     "government": "兖州区人民政府", "portal_url": "http://www.yanzhou.gov.cn/"},
    {"code": "110105", "name": "朝阳区", "level": "county", "province_code": "110000", "province": "北京市",
     "government": "朝阳区人民政府", "portal_url": "http://www.bjchy.gov.cn/"},
    {"code": "220104", "name": "朝阳区", "level": "county", "province_code": "220000", "province": "吉林省",
     "government": "朝阳区人民政府", "portal_url": "http://www.chaoyang.gov.cn/"},
]


def _report(archive: Archive, code: str, host: str, agency: str, year: int, published: str | None, n: int) -> None:
    archive.ensure_site(code, f"http://{host}", f"{agency} — {host}")
    parsed: dict[str, Any] = golden_parse("haizhu_zfb_2021")
    parsed.update(agency=agency, agency_full=agency, year=year)
    url = f"http://{host}/zfxxgk/zfxxgknb/t{n}.html"
    body = f"<html>{agency}{year} {n}</html>".encode()
    result = archive.record_fetch(Observation(url, 200, [("Content-Type", "text/html")], body, fetched_at=at(n),
                                              media_type="text/html", role="report", context={"site": code}))
    assert result.sha256 is not None
    archive.save_report(parsed, result.sha256, site=code, role="report", published=published)


def test_visits_are_planned_once_made_retried_and_counted_by_province(archive: Archive) -> None:
    season_store.save_places(archive, PLACES)
    plan = [(p["code"], "departments", dt.date(2025, 2, 1 + i)) for i, p in enumerate(PLACES)]
    assert season_store.plan_visits(archive, 2025, plan) == 3
    assert season_store.plan_visits(archive, 2025, [(c, r, d + dt.timedelta(days=9)) for c, r, d in plan]) == 0
    due = season_store.due_visits(archive, 2025, dt.date(2025, 2, 2))
    assert [(v.code, v.due) for v in due] == [("370812", dt.date(2025, 2, 1)), ("110105", dt.date(2025, 2, 2))]
    first, second = due
    season_store.start_attempt(archive, first.id, "s2025-departments-370812")
    season_store.start_attempt(archive, first.id, "s2025-departments-370812")  # resumed: the same attempt
    season_store.finish_attempt(archive, first.id, answered=True, error=None, reports=2)
    season_store.start_attempt(archive, second.id, "s2025-departments-110105")
    season_store.finish_attempt(archive, second.id, answered=False, error="503 ×32", reports=0)
    # the unreachable site is due again once the retry delay has passed, never dropped
    assert [v.code for v in season_store.due_visits(archive, 2025, dt.date(2025, 2, 2))] == []
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3, minutes=1)
    retry = season_store.due_visits(archive, 2025, dt.date(2025, 2, 2), now=later)
    assert [(v.code, v.status, v.attempts, v.last_error) for v in retry] == [("110105", "unreachable", 1, "503 ×32")]
    _report(archive, "370812", "www.yanzhou.gov.cn", "兖州区人民政府", 2024, "2025-03-20", 1)
    progress = {row.province_code: row for row in season_store.progress_by_province(archive, 2025)}
    assert {code: (r.places, r.visited, r.with_reports, r.failing, r.pending) for code, r in progress.items()} == {
        "110000": (1, 1, 0, 1, 0), "220000": (1, 0, 0, 0, 1), "370000": (1, 1, 1, 0, 0)}


def test_late_missing_is_the_governments_report_against_its_deadline(archive: Archive) -> None:
    season_store.save_places(archive, PLACES)
    season_store.plan_visits(archive, 2025, [(p["code"], "governments", dt.date(2025, 4, 1)) for p in PLACES])
    for visit in season_store.due_visits(archive, 2025, dt.date(2025, 4, 1)):
        season_store.finish_attempt(archive, visit.id, answered=True, error=None, reports=1)
    _report(archive, "370812", "www.yanzhou.gov.cn", "济宁市兖州区人民政府", 2023, "2024-03-31", 1)  # on the day
    _report(archive, "370812", "www.yanzhou.gov.cn", "兖州区财政局", 2022, "2023-01-20", 2)  # a department's
    _report(archive, "110105", "www.bjchy.gov.cn", "北京市朝阳区人民政府", 2022, "2023-05-05", 3)  # 35 days late
    _report(archive, "110105", "www.bjchy.gov.cn", "北京市朝阳区人民政府", 2023, None, 4)  # no date shown
    rows = {(r["code"], r["year"]): r for r in season_store.late_missing(archive)}
    assert {key: (r["published"], r["deadline"], r["days_late"], r["report_id"] is not None)
            for key, r in rows.items()} == {
        ("110105", 2022): ("2023-05-05", "2023-03-31", 35, True),
        ("110105", 2023): (None, "2024-03-31", None, True),
        ("220104", 2022): (None, "2023-03-31", None, False),  # 朝阳区 of 吉林省: 北京市朝阳区's report is not its own
        ("220104", 2023): (None, "2024-03-31", None, False),
        ("370812", 2022): (None, "2023-03-31", None, False),  # only a department published
        ("370812", 2023): ("2024-03-31", "2024-03-31", 0, True),
    }
    assert {r["crawl_status"] for r in rows.values()} == {"done"}
    assert [r["year"] for r in season_store.late_missing(archive, [2023])] == [2023] * 3
