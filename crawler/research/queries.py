"""Example research queries: Datasette's canned queries, the examples of docs/research.md, tested on both dialects.

Each query is plain SQL over the documented views and tables that runs unchanged on SQLite and PostgreSQL
(`||` concatenation, `CAST(… AS numeric)` before `round`, no `group_concat`/`string_agg`).  Parameters are
named (`:agency`), so Datasette shows a form and every client binds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    sql: str

    @property
    def parameters(self) -> list[str]:
        return list(dict.fromkeys(re.findall(r"(?<!:):([a-z_]+)", self.sql)))


# The three groups of table 三 whose rows are reasons for not disclosing (their labels come from template.py).
REFUSAL_GROUPS = ("（三）不予公开", "（四）无法提供", "（五）不予处理")

QUERIES: tuple[Query, ...] = (
    Query(
        "refusal_rates_by_reason",
        "Refusals by reason and year（不予公开、无法提供、不予处理）",
        "For each year and each reason of table 三 (三)–(五): applications so answered, summed over all reports, "
        "and their share of all applications handled that year (三（七）总计).",
        f"""SELECT r.year AS year, l.row_group AS reason_group, l.row_label AS reason, c.row_key AS row_key,
  count(c.value) AS reports, sum(c.value) AS applications, t.handled AS handled,
  round(CAST(100.0 * sum(c.value) / t.handled AS numeric), 2) AS percent_of_handled
FROM report_cells c
JOIN reports r ON r.id = c.report_id
JOIN cell_labels l ON l.template = r.template AND l.table_name = c.table_name
  AND l.row_key = c.row_key AND l.column_key = c.column_key
JOIN (SELECT r2.year AS year, sum(h.value) AS handled
      FROM report_cells h JOIN reports r2 ON r2.id = h.report_id
      WHERE h.table_name = 'applications' AND h.row_key = 'handled_total' AND h.column_key = 'total'
      GROUP BY r2.year HAVING sum(h.value) > 0) t ON t.year = r.year
WHERE c.table_name = 'applications' AND c.column_key = 'total'
  AND l.row_group IN ({", ".join(f"'{g}'" for g in REFUSAL_GROUPS)})
GROUP BY r.year, l.row_group, l.row_label, c.row_key, t.handled, l.position
ORDER BY r.year, l.position""",
    ),
    Query(
        "reports_failing_checks",
        "Reports that break the 勾稽 rules",
        "Reports whose tables do not add up (new + carried over = handled + carried forward, row and column "
        "totals), with the names of the broken rules and where the file came from.",
        """SELECT report_id, site, agency, year, template, checks_failed, failed_rules, source_url, fetched_at, sources
FROM report_overview
WHERE checks_failed > 0
ORDER BY year DESC, agency, report_id""",
    ),
    Query(
        "agencies_never_publishing",
        "Agencies with no report in the archive",
        "Agencies the archive knows (from an earlier parse, or registered by a crawl) of which no report is held: "
        "never published, never found, or every parse withdrawn (see report_history).",
        """SELECT a.name AS agency, s.slug AS site,
  (SELECT count(*) FROM report_history h WHERE h.agency = a.name) AS earlier_parses
FROM agencies a LEFT JOIN sites s ON s.id = a.site_id
WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.agency_id = a.id)
ORDER BY s.slug, a.name""",
    ),
    Query(
        "missing_years",
        "Years an agency did not publish",
        "For each agency, the years for which other agencies of the same site have a report and it has none: "
        "a report not published, or not found.",
        """SELECT s.slug AS site, a.name AS agency, y.year AS year
FROM agencies a
JOIN sites s ON s.id = a.site_id
JOIN (SELECT DISTINCT ag.site_id AS site_id, r.year AS year
      FROM reports r JOIN agencies ag ON ag.id = r.agency_id
      WHERE r.year IS NOT NULL) y ON y.site_id = a.site_id
WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.agency_id = a.id AND r.year = y.year)
ORDER BY s.slug, a.name, y.year""",
    ),
    Query(
        "applications_per_year",
        "Applications received per year",
        "Reports per year (each agency's report counted once, its latest version) and the sums of 本年新收 (new), "
        "办理总计 (handled) and 结转下年度 (carried forward).",
        """SELECT year, count(*) AS reports, sum(new_total) AS received, sum(handled_total_total) AS handled,
  sum(carried_forward_total) AS carried_forward
FROM applications_wide
GROUP BY year
ORDER BY year""",
    ),
    Query(
        "agency_time_series",
        "One agency over the years",
        "Applications received, granted, handled and carried forward by the agencies whose name contains the "
        "text given, year by year, with the source of each number.",
        """SELECT a.report_id, a.agency, a.year, a.template, a.new_total, a.granted_total, a.handled_total_total,
  a.carried_forward_total, a.checks_failed, o.media_type, o.source_url, o.fetched_at, o.sources
FROM applications_wide a JOIN report_overview o ON o.report_id = a.report_id
WHERE a.agency LIKE '%' || :agency || '%'
ORDER BY a.agency, a.year""",
    ),
)

CARRY_OVER = Query(
    "carried_over_across_years",
    "上年结转 against last year's 结转下年度",
    "For each agency with reports for two consecutive years: the applications this year's report carried over "
    "from last year (二、上年结转, 总计) against those last year's report carried forward (四、结转下年度继续办理, "
    "总计). `agrees` is 0 where they differ: a finding across reports that no single report's rules can show. "
    "An agency with several reports for a year (a page and its attachment) gives a row per pair.",
    """SELECT cur.agency AS agency, cur.year AS year, cur.carried_over_total AS carried_over,
  prev.year AS previous_year, prev.carried_forward_total AS previous_carried_forward,
  CASE WHEN cur.carried_over_total = prev.carried_forward_total THEN 1 ELSE 0 END AS agrees,
  cur.report_id AS report_id, prev.report_id AS previous_report_id
FROM applications_wide cur
JOIN applications_wide prev ON prev.agency = cur.agency AND prev.year = cur.year - 1
WHERE cur.carried_over_total IS NOT NULL AND prev.carried_forward_total IS NOT NULL
ORDER BY agrees, cur.agency, cur.year, cur.report_id, prev.report_id""",
)
LATE_BY_PROVINCE = Query(
    "late_by_province_year",
    "Who published, and when: province × year（按省、年度：按时、逾期、未发布）",
    "For each province and report year of the season's places (python -m crawler late lists them one by one): "
    "the places, how many governments' own reports were found, how many of those were published after the legal "
    "deadline (31 March of the next year) and by how many days at most, how many crawled places show none, and "
    "how many could not be crawled (their absence is unknown, not a finding).",
    """SELECT province_code, province, year, count(*) AS places, count(report_id) AS published,
  sum(CASE WHEN days_late > 0 THEN 1 ELSE 0 END) AS late, max(days_late) AS most_days_late,
  sum(CASE WHEN report_id IS NULL AND crawl_status = 'done' THEN 1 ELSE 0 END) AS none_found,
  sum(CASE WHEN report_id IS NULL AND (crawl_status IS NULL OR crawl_status <> 'done') THEN 1 ELSE 0 END)
    AS not_crawled
FROM late_missing
GROUP BY province_code, province, year
ORDER BY province_code, year""",
)
QUERIES = (*QUERIES, CARRY_OVER, LATE_BY_PROVINCE)

BY_NAME = {q.name: q for q in QUERIES}
