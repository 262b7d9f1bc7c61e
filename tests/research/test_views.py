"""The research views and example queries on SQLite and PostgreSQL, against the known archive's numbers."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import pytest
import sqlalchemy as sa

from crawler.parse import template
from crawler.research import labels, queries, views
from crawler.research.views import LABEL_COLUMNS, OVERVIEW_COLUMNS
from storage.archive import Archive
from storage.config import StorageConfig
from tests.research.research_helpers import SITES, Built, cell
from tests.storage.storage_helpers import load_revision


def rows(config: StorageConfig, sql: str, **params: Any) -> list[dict[str, Any]]:
    with Archive.open_for_reading(config) as archive, archive.db.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql), params)]


def as_time(value: Any) -> dt.datetime:
    """SQLite hands back text through plain SQL, PostgreSQL a datetime."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def test_report_overview_is_one_row_per_report_with_its_provenance(known: Built, known_config: StorageConfig) -> None:
    found = {r["report_id"]: r for r in rows(known_config, "SELECT * FROM report_overview")}
    assert list(next(iter(found.values()))) == [c.name for c in OVERVIEW_COLUMNS]
    assert set(found) == set(known.report_ids.values())  # the withdrawn report is gone
    for key, spec in known.specs.items():
        row = found[known.report_ids[key]]
        assert (row["agency"], row["year"], row["template"]) == (
            spec.parsed["agency"], spec.parsed["year"], spec.parsed["template"])
        assert row["site"] == spec.site_name
        assert row["region"] == (SITES[spec.site].split(" — ")[0] if spec.site else None)
        assert row["version"] == 1 and row["findings"] == 0 and row["agency_basis"] == "report"
        assert row["sha256"] == known.sha256[key]
        assert row["size"] == len(spec.body)
        assert row["checks_total"] == len(spec.checks)
        assert row["checks_failed"] == len(spec.failing)
        assert row["failed_rules"] == (", ".join(spec.failing) or None)
        assert row["source_count"] == 1  # one document carries each of these reports, under however many URLs
        if spec.fetches:  # the first observation by time is the provenance
            first_url, first_time = min(spec.fetches, key=lambda f: f[1])
            assert row["source_url"] == row["sources"] == first_url
            assert as_time(row["fetched_at"]) == first_time
            assert row["fetch_id"] == known.fetch_ids[key][0]
        else:  # stored without a fetch: the URL the caller named, no fetch time
            assert row["source_url"] == row["sources"] == spec.extra_urls[0]
            assert row["fetched_at"] is None and row["fetch_id"] is None


def test_wide_views_hold_the_golden_numbers(known: Built, known_config: StorageConfig) -> None:
    for table in template.TABLES:
        found = {r["report_id"]: r for r in rows(known_config, f"SELECT * FROM {table}_wide")}
        for key, spec in known.specs.items():
            row = found[known.report_ids[key]]
            for column in labels.wide_columns(table):
                assert row[column.name] == cell(spec, table, column.row, column.column), (key, column.name)


def test_cell_labels_view_matches_the_template(known_config: StorageConfig) -> None:
    """A template.py change without a migration that re-creates the view fails here."""
    found = rows(known_config, "SELECT * FROM cell_labels ORDER BY position")
    assert [list(r) for r in found[:1]] == [[c.name for c in LABEL_COLUMNS]]
    expected = [(lab.template, lab.table, lab.row, lab.column, lab.table_label, lab.row_group, lab.row_label,
                 lab.column_label, i) for i, lab in enumerate(labels.cell_labels(), start=1)]
    assert [tuple(r.values()) for r in found] == expected
    by_code = {(r["template"], r["table_name"], r["row_key"], r["column_key"]): r for r in found}
    assert by_code[("2021", "applications", "denied_state_secret", "total")]["row_label"] == "1.属于国家秘密"
    assert by_code[("2021", "applications", "denied_state_secret", "total")]["row_group"] == "（三）不予公开"
    assert by_code[("2019", "active", "procurement", "amount")]["column_label"] == "采购总金额"


def test_every_cell_has_its_label(known_config: StorageConfig) -> None:
    unlabeled = rows(known_config, """SELECT c.report_id, c.table_name, c.row_key, c.column_key
        FROM report_cells c JOIN reports r ON r.id = c.report_id
        LEFT JOIN cell_labels l ON l.template = r.template AND l.table_name = c.table_name
          AND l.row_key = c.row_key AND l.column_key = c.column_key
        WHERE l.row_label IS NULL""")
    assert unlabeled == []


def _reports(known: Built) -> list[tuple[str, Any]]:
    return list(known.specs.items())


def test_refusal_rates_by_reason(known: Built, known_config: StorageConfig) -> None:
    found = rows(known_config, queries.BY_NAME["refusal_rates_by_reason"].sql)
    groups = {row.key: row.group for t in template.TEMPLATES for row in template.rows(t, "applications")}
    refusal_rows = [k for k, g in groups.items() if g in queries.REFUSAL_GROUPS]
    handled: dict[int, float] = defaultdict(float)
    sums: dict[tuple[int, str], float] = defaultdict(float)
    for _key, spec in _reports(known):
        year = spec.parsed["year"]
        handled[year] += cell(spec, "applications", "handled_total", "total") or 0
        for row in refusal_rows:
            value = cell(spec, "applications", row, "total")
            if value is not None:
                sums[(year, row)] += value
    expected = {}
    for (year, row), total in sums.items():
        if handled[year] > 0:
            expected[(year, row, "n")], expected[(year, row, "%")] = total, round(100 * total / handled[year], 2)
    got = {}
    for r in found:
        got[(r["year"], r["row_key"], "n")] = float(r["applications"])
        got[(r["year"], r["row_key"], "%")] = float(r["percent_of_handled"])
    assert got == pytest.approx(expected)
    assert any(v > 0 for k, v in got.items() if k[2] == "%")  # the known archive does refuse some applications
    first = next(r for r in found if r["row_key"] == "denied_state_secret")
    assert (first["reason_group"], first["reason"]) == ("（三）不予公开", "1.属于国家秘密")


def test_reports_failing_checks(known: Built, known_config: StorageConfig) -> None:
    found = rows(known_config, queries.BY_NAME["reports_failing_checks"].sql)
    expected = {known.report_ids[k]: ", ".join(s.failing) for k, s in known.specs.items() if s.failing}
    assert {r["report_id"]: r["failed_rules"] for r in found} == expected
    assert [r["year"] for r in found] == sorted((r["year"] for r in found), reverse=True)


def test_agencies_never_publishing_and_missing_years(known: Built, known_config: StorageConfig) -> None:
    never = rows(known_config, queries.BY_NAME["agencies_never_publishing"].sql)
    # (its document came with no URL and from no crawl: the site of files read from disk)
    assert [(r["agency"], r["site"], r["earlier_parses"]) for r in never] == [("沭阳县人民政府", "local", 1)]
    missing = rows(known_config, queries.BY_NAME["missing_years"].sql)
    assert [(r["site"], r["agency"], r["year"]) for r in missing] == [("haizhu", "广州市海珠区信访局", 2022)]


def test_applications_per_year_and_agency_time_series(known: Built, known_config: StorageConfig) -> None:
    per_year = rows(known_config, queries.BY_NAME["applications_per_year"].sql)
    expected: dict[int, list[float]] = defaultdict(lambda: [0, 0.0])
    for _key, spec in _reports(known):
        expected[spec.parsed["year"]][0] += 1
        expected[spec.parsed["year"]][1] += cell(spec, "applications", "new", "total") or 0
    assert {r["year"]: [r["reports"], float(r["received"])] for r in per_year} == expected
    series = rows(known_config, queries.BY_NAME["agency_time_series"].sql, agency="海珠区人民政府")
    haizhu = known.specs["haizhu2021"]
    assert [(r["year"], float(r["new_total"])) for r in series] == [
        (2021, cell(haizhu, "applications", "new", "total")),
        (2022, 2 * cell(haizhu, "applications", "new", "total"))]
    assert series[0]["source_url"] == haizhu.fetches[0][0]
    # the parameter is bound: SQL in it is only text that no agency name contains
    assert rows(known_config, queries.BY_NAME["agency_time_series"].sql, agency="'; DROP TABLE reports; --") == []


def test_carried_over_against_last_years_carried_forward(known: Built, known_config: StorageConfig) -> None:
    """haizhu's 2022 report carries over what its 2021 report carried forward, or it does not: a finding only the
    two reports together show."""
    found = rows(known_config, queries.BY_NAME["carried_over_across_years"].sql)
    by_agency: dict[tuple[str, int], Any] = defaultdict(dict)
    for _key, spec in _reports(known):
        by_agency[spec.parsed["agency"]][spec.parsed["year"]] = spec
    expected = []
    for agency, years in by_agency.items():
        for year, spec in years.items():
            previous = years.get(year - 1)
            carried_over = cell(spec, "applications", "carried_over", "total")
            forward = previous and cell(previous, "applications", "carried_forward", "total")
            if previous and carried_over is not None and forward is not None:
                expected.append((agency, year, float(carried_over), float(forward), int(carried_over == forward)))
    assert expected  # the known archive holds such a pair (haizhu 2021, 2022)
    assert sorted((r["agency"], r["year"], float(r["carried_over"]), float(r["previous_carried_forward"]),
                   r["agrees"]) for r in found) == sorted(expected)
    assert all(r["previous_year"] == r["year"] - 1 for r in found)


def test_query_parameters_are_named() -> None:
    assert queries.BY_NAME["agency_time_series"].parameters == ["agency"]
    assert all(q.parameters == [] for q in queries.QUERIES if q.name != "agency_time_series")


def test_the_research_revisions_carry_the_sql_this_module_makes() -> None:
    """Migrations froze the views' SQL (cell_labels in 0002, the others in 0003); when crawler/research/views.py
    makes other SQL (a new column, a template change in cell_labels), a new revision must drop and re-create the
    views, and this test follow it."""
    labelled, logical = load_revision("0002_research_views.py"), load_revision("0003_logical_reports.py")
    for dialect in ("sqlite", "postgresql"):
        assert logical.CREATE_REPORT_OVERVIEW[dialect] == views.overview_sql(dialect)
        assert logical.CREATE_VERSION_OVERVIEW[dialect] == views.overview_sql(dialect, history=True)
    assert views.disagreements_sql() == logical.CREATE_SOURCE_DISAGREEMENTS
    assert views.labels_sql() == labelled.CREATE_CELL_LABELS
    assert {*labelled.DROP_VIEWS, *(f"DROP VIEW IF EXISTS {v}" for v in logical.RESEARCH_VIEWS)} \
        == set(views.drop_statements())
