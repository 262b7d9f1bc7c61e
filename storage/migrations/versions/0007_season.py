"""The season over the site registry: `places`, `season_visits` and the `late_missing` view.

Revision ID: 0007_season
Revises: 0004_parse_queue
Create Date: 2026-12-05

- `places`: the registry's governments a season plans (code, name, level, province, the government's name, portal);
  a place's code is the slug of its site in `sites`, so its reports are found through their site.
- `season_visits`: one planned crawl per place, season and round (departments' deadline 31 January, governments'
  31 March), its due day and how it went — the season resumes from these rows after any stop.
- `late_missing`: per place and report year, the government's own report (the agency named like the place's
  government): its publication date, the legal deadline (31 March of the next year) and the days past it; NULLs
  where the archive holds none.  Years are those any report of the archive has.  Date arithmetic differs by dialect.

Self-contained: no import of live code.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_season"
down_revision: str | None = "0004_parse_queue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)

_DEADLINE = {"sqlite": "date((y.year + 1) || '-03-31')", "postgresql": "make_date(y.year + 1, 3, 31)"}
_DAYS_PAST = {"sqlite": "CAST(julianday(g.published) - julianday(date((g.year + 1) || '-03-31')) AS INTEGER)",
              "postgresql": "(g.published - make_date(g.year + 1, 3, 31))"}


def late_missing_sql(dialect: str) -> str:
    """The government's own report of a place: on the place's site (slug = code), its agency the place's
    government as the registry names it (`兖州区人民政府`) or with its parents before it, as reports name
    themselves (`济宁市兖州区人民政府`); the first published when two are filed apart."""
    return f"""CREATE VIEW late_missing AS
SELECT g.code AS code, g.place AS place, g.level AS level, g.province_code AS province_code,
  g.province AS province, g.year AS year, g.report_id AS report_id, g.published AS published,
  {_DEADLINE[dialect].replace("y.year", "g.year")} AS deadline,
  CASE WHEN g.published IS NULL THEN NULL WHEN {_DAYS_PAST[dialect]} > 0 THEN {_DAYS_PAST[dialect]} ELSE 0 END
    AS days_late,
  (SELECT v.status FROM season_visits v WHERE v.code = g.code
   ORDER BY v.season DESC, v.due DESC, v.id DESC LIMIT 1) AS crawl_status
FROM (
  SELECT p.code AS code, p.name AS place, p.level AS level, p.province_code AS province_code,
    p.province AS province, y.year AS year, min(r.id) AS report_id, min(r.published) AS published
  FROM places p
  CROSS JOIN (SELECT DISTINCT year FROM reports WHERE year IS NOT NULL) y
  LEFT JOIN (SELECT r.id AS id, r.year AS year, r.published AS published, s.slug AS slug, a.name AS agency
             FROM reports r JOIN agencies a ON a.id = r.agency_id JOIN sites s ON s.id = r.site_id) r
    ON r.slug = p.code AND r.year = y.year AND (r.agency = p.government OR r.agency LIKE '%' || p.government)
  GROUP BY p.code, p.name, p.level, p.province_code, p.province, y.year
) g"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect not in _DEADLINE:
        raise ValueError(f"unsupported dialect {dialect!r}")
    op.create_table(
        "places",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("province_code", sa.String(length=6), nullable=False),
        sa.Column("province", sa.String(length=255), nullable=False),
        sa.Column("government", sa.String(length=255), nullable=False),
        sa.Column("portal_url", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_places")),
    )
    op.create_index(op.f("ix_places_province_code"), "places", ["province_code"])
    op.create_table(
        "season_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("round", sa.String(length=16), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_key", sa.String(length=64), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_attempt_at", Timestamp, nullable=True),
        sa.Column("reports", sa.Integer(), nullable=True),
        sa.CheckConstraint("round IN ('departments', 'governments')", name=op.f("ck_season_visits_round")),
        sa.CheckConstraint("status IN ('pending', 'done', 'unreachable')", name=op.f("ck_season_visits_status")),
        sa.ForeignKeyConstraint(["code"], ["places.code"], name=op.f("fk_season_visits_code_places")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_season_visits")),
        sa.UniqueConstraint("season", "code", "round", name=op.f("uq_season_visits_season_code_round")),
    )
    op.create_index("ix_season_visits_season_status_due", "season_visits", ["season", "status", "due"])
    op.execute(late_missing_sql(dialect))


def downgrade() -> None:
    op.execute("DROP VIEW late_missing")
    op.drop_table("season_visits")
    op.drop_index(op.f("ix_places_province_code"), table_name="places")
    op.drop_table("places")
