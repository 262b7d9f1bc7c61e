"""Logical reports on SQLite and PostgreSQL: one per agency and year, its documents as sources, versions, findings,
agencies that are guesses marked as such, and roles that keep non-reports away from the parser."""

from __future__ import annotations

import copy

import pytest
import sqlalchemy as sa

from storage.archive import Archive
from storage.models import ReportCell, VersionCell
from storage.observation import Observation
from storage.report_store import UnplacedReportError
from tests.storage.storage_helpers import at, golden_parse

SITE = ("haizhu", "https://www.haizhu.gov.cn", "广州市海珠区人民政府 — www.haizhu.gov.cn")
PAGE = "https://www.haizhu.gov.cn/zwgk/zfxxgknb/content/post_1.html"
PDF = "https://www.haizhu.gov.cn/gzhzfg/attachment/1.pdf"


def fetch(archive: Archive, url: str, body: bytes, day: int, role: str | None = "report") -> str:
    media = "application/pdf" if body.startswith(b"%PDF") else "text/html"
    result = archive.record_fetch(Observation(url, 200, [("Content-Type", media)], body, fetched_at=at(day),
                                              media_type=media, role=role, context={"site": "haizhu"}))
    assert result.sha256 is not None
    return result.sha256


def cells(archive: Archive, table: sa.Table = ReportCell.__table__) -> dict[tuple[str, str, str], object]:
    query = sa.select(table.c.table_name, table.c.row_key, table.c.column_key, table.c.value)
    return {tuple(r[:3]): r[3] for r in archive.db.read(lambda c: c.execute(query).all())}


@pytest.fixture
def site(archive: Archive) -> Archive:
    archive.ensure_site(*SITE)
    return archive


def test_a_page_and_its_attachment_are_one_report(site: Archive) -> None:
    parsed = golden_parse("haizhu_zfb_2021")
    misread = copy.deepcopy(parsed)
    misread["tables"]["applications"]["new"]["total"] += 1
    page = site.save_report(misread, fetch(site, PAGE, b"<html>page</html>", 1), site="haizhu", role="report")
    pdf_sha = fetch(site, PDF, b"%PDF-1.4 report", 2, role="attachment")
    pdf = site.save_report(parsed, pdf_sha, site="haizhu", role="attachment")
    assert page.created and not pdf.created and pdf.new_source and pdf.report_id == page.report_id
    [report] = site.report_list()
    assert (report["sha256"], report["urls"], report["version"]) == (pdf_sha, [PDF, PAGE], 1)
    assert cells(site)[("applications", "new", "total")] == parsed["tables"]["applications"]["new"]["total"]
    assert all(isinstance(v, int) for v in cells(site).values() if v is not None)  # whole counts, never 29.0
    findings = site.db.read(lambda c: c.execute(sa.text(
        "SELECT row_key, value, canonical_value, canonical_sha256 FROM report_findings")).all())
    new_total = parsed["tables"]["applications"]["new"]["total"]
    assert [tuple(f) for f in findings] == [("new", new_total + 1, new_total, pdf_sha)]
    # the same parse again, replacing or not, changes nothing
    assert not site.save_report(parsed, pdf_sha, site="haizhu", role="attachment", replace=True).changed
    assert not site.save_report(parsed, pdf_sha, site="haizhu", role="attachment").changed
    # the attachment withdrawn: the page alone carries the report, with its own figures
    assert site.withdraw_report(pdf_sha, "2.0")
    assert cells(site)[("applications", "new", "total")] == new_total + 1
    assert [r["sha256"] for r in site.report_list()] == [report["sources"][1]]


def test_a_revision_in_place_is_a_second_version_and_the_first_stays(site: Archive) -> None:
    parsed = golden_parse("haizhu_zfb_2021")
    first = site.save_report(parsed, fetch(site, PDF, b"%PDF-1.4 v1", 1, "attachment"), site="haizhu")
    corrected = copy.deepcopy(parsed)
    corrected["tables"]["active"]["normative_documents"]["in_force"] = 99
    second = site.save_report(corrected, fetch(site, PDF, b"%PDF-1.4 v2", 9, "attachment"), site="haizhu")
    assert second.report_id == first.report_id and second.changed
    [report] = site.report_list()
    assert report["version"] == 2 and len(site.report_list()) == 1
    assert cells(site)[("active", "normative_documents", "in_force")] == 99  # the latest version's
    old = cells(site, VersionCell.__table__)  # the first version's, kept
    assert old[("active", "normative_documents", "in_force")] == \
        parsed["tables"]["active"]["normative_documents"]["in_force"]
    history = site.db.read(lambda c: c.execute(sa.text(
        "SELECT version, superseded_at IS NULL FROM report_versions ORDER BY version")).all())
    assert [tuple(v) for v in history] == [(1, False), (2, True)]


def test_agency_as_the_report_names_it_else_as_the_site_says_else_a_marked_guess(site: Archive) -> None:
    nameless = {**golden_parse("haizhu_zfb_2021"), "agency": None, "agency_full": None}
    stated = site.save_report(nameless, fetch(site, PAGE, b"<html>a</html>", 1), site="haizhu",
                              agency_hint="广州市海珠区信访局")
    guessed = site.save_report({**nameless, "year": 2020}, fetch(site, PDF, b"%PDF b", 2), site="haizhu")
    bases = {r["id"]: (r["agency"], r["agency_basis"]) for r in site.report_list()}
    assert bases == {stated.report_id: ("广州市海珠区信访局", "site"),
                     guessed.report_id: ("广州市海珠区人民政府", "site_government")}
    stored, _ = site.store_document(b"a file from a drive", "text/plain", seen_at=at(3))
    with pytest.raises(UnplacedReportError):  # no site, no agency: nothing to file it under
        site.save_report({**nameless, "year": 2019}, stored.sha256)
    # a site whose name says nothing, but whose government the crawler knew (a site file's title)
    told = site.save_report({**nameless, "year": 2018}, fetch(site, "https://example.org/r.html", b"<p>c</p>", 4),
                            site="example", government_hint="某某县人民政府")
    assert {(r["agency"], r["agency_basis"]) for r in site.report_list() if r["id"] == told.report_id} == \
        {("某某县人民政府", "site_government")}


def test_roles_keep_listings_and_robots_away_from_the_parser(site: Archive) -> None:
    listing = fetch(site, "https://www.haizhu.gov.cn/zwgk/index.html", b"<html>list</html>", 1, role="listing")
    robots = fetch(site, "https://www.haizhu.gov.cn/robots.txt", b"User-agent: *", 1, role="robots")
    unknown = fetch(site, "https://www.haizhu.gov.cn/x.html", b"<html>x</html>", 1, role=None)
    statuses = {sha: site.document(sha)["parse_status"] for sha in (listing, robots, unknown)}
    assert statuses == {listing: "skipped", robots: "skipped", unknown: "pending"}
    again = fetch(site, "https://www.haizhu.gov.cn/zwgk/index.html", b"<html>list</html>", 2, role="report")
    assert again == listing and site.document(listing)["parse_status"] == "pending"  # now a candidate
