"""The Datasette view in-process (real Datasette, real SQLite, real blob and WARC files): pages, files, safety."""

from __future__ import annotations

import asyncio
import io
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import lxml.html
import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.errors import NianbaoError
from crawler.parse import template
from crawler.research import agency_types, labels, queries, rules, svg
from crawler.research.agency_types import agency_type
from crawler.research.layout import number_text
from crawler.research.web import files, server
from storage import text_search
from storage.blobs import FileBlobStore
from storage.config import StorageConfig
from storage.errors import ArchiveMissingError
from tests.research.conftest import Mounts
from tests.research.research_helpers import Built


def config_of(built: Built) -> StorageConfig:
    return StorageConfig(data_dir=built.archive_dir, database_url=built.database_url)


class Client:
    """Datasette's own in-process HTTP client (httpx over ASGI), called synchronously."""

    def __init__(self, built: Built | None, config: StorageConfig | None = None, **settings: Any) -> None:
        config = config or config_of(built)  # type: ignore[arg-type]
        self.ds = server.datasette_app(config, server.plan(config), **settings)
        asyncio.run(self.ds.invoke_startup())

    @classmethod
    def of(cls, config: StorageConfig) -> Client:
        return cls(None, config)

    def get(self, path: str) -> Any:
        return asyncio.run(self.ds.client.get(path))


@pytest.fixture(scope="module")
def client(known_sqlite: Built) -> Client:
    return Client(known_sqlite)


def test_report_page_links_the_original_file_and_every_warc_record(client: Client, known_sqlite: Built) -> None:
    for key, spec in known_sqlite.specs.items():
        page = client.get(f"/-/report/{known_sqlite.report_ids[key]}")
        assert page.status_code == 200
        html = page.text
        assert spec.parsed["agency"] in html
        assert f'href="/-/document/{known_sqlite.sha256[key]}"' in html
        for fetch_id in known_sqlite.fetch_ids[key]:
            assert f'href="/-/warc/{fetch_id}"' in html
        for url, _when in spec.fetches:
            assert f'<a href="{url}" rel="noreferrer nofollow">' in html
        for rule in spec.failing:
            assert rule in html
    assert client.get("/-/report/999999").status_code == 404


def test_original_pdf_is_served_inline_with_its_real_type(client: Client, known_sqlite: Built) -> None:
    response = client.get(f"/-/document/{known_sqlite.sha256['haizhu2021']}")
    assert response.status_code == 200
    assert response.content == known_sqlite.specs["haizhu2021"].body
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.headers["x-content-type-options"] == "nosniff"


def test_archived_html_never_renders_in_the_viewer(client: Client, known_sqlite: Built) -> None:
    sha = known_sqlite.sha256["xfj2021"]
    response = client.get(f"/-/document/{sha}")
    assert response.status_code == 200 and response.content == known_sqlite.specs["xfj2021"].body
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["content-security-policy"] == "sandbox"
    assert response.headers["x-content-type-options"] == "nosniff"
    as_text = client.get(f"/-/document/{sha}?as=text")
    assert as_text.headers["content-type"] == "text/plain; charset=utf-8"
    assert as_text.headers["content-security-policy"] == "sandbox"
    assert "<script>document.title='pwned'</script>" in as_text.text  # shown as text, not run
    # a PDF has no text view: ?as=text changes nothing
    pdf = client.get(f"/-/document/{known_sqlite.sha256['yaodu2020']}?as=text")
    assert pdf.headers["content-type"] == "application/pdf"


def test_warc_record_is_the_stored_record(client: Client, known_sqlite: Built) -> None:
    spec = known_sqlite.specs["haizhu2021"]
    for fetch_id, (url, _when) in zip(known_sqlite.fetch_ids["haizhu2021"], spec.fetches, strict=True):
        response = client.get(f"/-/warc/{fetch_id}")
        assert response.status_code == 200
        assert response.headers["content-disposition"] == f'attachment; filename="fetch-{fetch_id}.warc.gz"'
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(io.BytesIO(response.content))]
        # the first URL's response carries the bytes; the second URL served the same bytes: a revisit record
        assert records == ([("response", url, spec.body)] if fetch_id == known_sqlite.fetch_ids["haizhu2021"][0]
                           else [("revisit", url, b"")])
    assert client.get("/-/warc/999999").status_code == 404


TRAVERSALS = [
    "/-/document/../../../../etc/passwd",
    "/-/document/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/-/document/..%2F..%2F..%2Fetc%2Fpasswd",
    "/-/document/" + "a" * 63,
    "/-/document/" + "A" * 64,
    "/-/document/" + "0" * 64 + "/../../../etc/passwd",
    "/-/document/" + "0" * 64,  # well-formed, not in the archive
    "/-/warc/-1",
    "/-/warc/1%2F..%2F..%2Fetc%2Fpasswd",
    "/-/warc/../../etc/passwd",
    "/-/warc/1e3",
    "/-/report/1%20OR%201=1",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_reaches_a_file_outside_the_archive(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (302, 404), response.status_code
    assert "root:" not in response.text
    if response.status_code == 302:  # Datasette normalises some paths: where it sends us must not serve it either
        followed = client.get(response.headers["location"])
        assert followed.status_code == 404 and "root:" not in followed.text


def test_rows_pointing_outside_the_archive_are_refused(fresh_sqlite: Built, tmp_path: Path) -> None:
    """Damaged rows: a WARC path with `..`, a blob replaced by a symlink to a file outside the store."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    db = fresh_sqlite.archive_dir / "archive.sqlite"
    fetch_id = fresh_sqlite.fetch_ids["haizhu2022"][0]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE fetches SET warc_file = ?, warc_offset = 0, warc_length = 10 WHERE id = ?",
                     (f"../../{secret.name}", fetch_id))
    blob = FileBlobStore(fresh_sqlite.archive_dir / "blobs").path(fresh_sqlite.sha256["yaodu2020"])
    blob.unlink()
    blob.symlink_to(secret)
    client = Client(fresh_sqlite)
    for path in (f"/-/warc/{fetch_id}", f"/-/document/{fresh_sqlite.sha256['yaodu2020']}"):
        response = client.get(path)
        assert response.status_code == 404 and "root:" not in response.text


def test_tables_link_reports_files_and_records(client: Client, known_sqlite: Built) -> None:
    html = client.get("/archive/report_overview").text
    for key, report_id in known_sqlite.report_ids.items():
        assert f'href="/-/report/{report_id}"' in html
        assert f'href="/-/document/{known_sqlite.sha256[key]}"' in html
    assert f'href="/-/warc/{known_sqlite.fetch_ids["yaodu2020"][0]}"' in html


def test_metadata_describes_columns_in_chinese_and_offers_facets(client: Client, known_sqlite: Built) -> None:
    data = client.get("/archive/applications_wide.json").json()
    described = client.get("/-/metadata.json").json()["databases"]["archive"]["tables"]["applications_wide"]
    expected = labels.column_descriptions("applications")
    assert described["columns"]["new_total"] == expected["new_total"]
    assert "一、本年新收政府信息公开申请数量" in expected["new_total"] and "总计" in expected["new_total"]
    assert set(data["facet_results"]) >= {"year", "agency", "template"}
    assert {f["value"]: f["count"] for f in data["facet_results"]["year"]["results"]} == dict(
        Counter(spec.parsed["year"] for spec in known_sqlite.specs.values()))
    assert expected["new_total"] in client.get("/archive/applications_wide").text  # shown on the page
    hidden = client.get("/archive.json").json()
    assert {t["name"] for t in hidden["tables"] if t["hidden"]} >= {"alembic_version", "wide_applications"}


def test_canned_queries_run_in_datasette(client: Client, known_sqlite: Built) -> None:
    listed = {q["name"] for q in client.get("/archive.json").json()["queries"]}
    assert listed == {q.name for q in queries.QUERIES}
    failing = client.get("/archive/reports_failing_checks.json?_shape=array").json()
    assert {r["report_id"] for r in failing} == {known_sqlite.report_ids[k] for k, s in known_sqlite.specs.items()
                                                  if s.failing}
    series = client.get("/archive/agency_time_series.json?_shape=array&agency=尧都").json()
    assert [(r["agency"], r["year"]) for r in series] == [("尧都区信访局", 2020)]
    page = client.get("/archive/reports_failing_checks").text  # HTML results link each report's page
    assert f'href="/-/report/{known_sqlite.report_ids["yaodu2020"]}"' in page


def test_datasette_refuses_to_write(client: Client) -> None:
    response = client.get("/archive.json?sql=DELETE+FROM+reports")
    assert response.status_code == 400
    assert client.get("/archive/reports.json?_shape=array").json()  # still there


def test_serving_plan(known_sqlite: Built, mounts: Mounts, tmp_path: Path) -> None:
    """A writable archive is served live (mode=ro), never immutable: a crawl may write it at any time.  Only an
    archive on a read-only medium is opened immutable."""
    assert not server.plan(config_of(known_sqlite)).immutable
    with pytest.raises(ArchiveMissingError, match="no archive at"):
        server.plan(StorageConfig(tmp_path / "none", f"sqlite:///{tmp_path / 'none' / 'archive.sqlite'}"))
    with pytest.raises(NianbaoError, match="SQLite archive"):
        server.plan(StorageConfig(tmp_path, "postgresql+psycopg://u@127.0.0.1/db"))
    medium = mounts.mount("medium", "size=64m")
    shutil.copytree(known_sqlite.archive_dir, medium / "data")
    mounts.read_only(medium)
    copy = StorageConfig(medium / "data", f"sqlite:///{medium / 'data' / 'archive.sqlite'}")
    assert server.plan(copy).immutable
    assert Client.of(copy).get(f"/-/report/{known_sqlite.report_ids['haizhu2021']}").status_code == 200


def _parsed(html: str) -> Any:
    return lxml.html.fromstring(html)


def _form_cell(page: Any, table: str, row: str, column: str) -> Any:
    found = page.xpath(f'//table[@id="table-{table}"]//td[@data-cell="{table}.{row}.{column}"]')
    assert len(found) == 1, (table, row, column)
    return found[0]


def test_report_page_prints_every_cell_as_the_template_does(client: Client, known_sqlite: Built) -> None:
    for key, spec in known_sqlite.specs.items():
        page = _parsed(client.get(f"/-/report/{known_sqlite.report_ids[key]}").text)
        name = spec.parsed["template"]
        for table in template.TABLES:
            rows = template.rows(template.row_set(name, spec.parsed["tables"]["applications"]), table)
            for row in rows:
                for column in row.columns:
                    td = _form_cell(page, table, row.key, column)
                    classes = td.get("class").split()
                    if row.key not in spec.parsed["tables"].get(table, {}):
                        assert "absent" in classes and td.text_content() == ""
                        continue
                    value = spec.parsed["tables"][table][row.key].get(column)
                    assert td.text_content() == number_text(value)  # 0 as 0, a blank cell empty
                    assert ("blank" in classes) == (value is None)
        # the form's own labels, in its order
        text = page.xpath('//table[@id="table-applications"]')[0].text_content()
        labels = [r.label for r in template.rows(name, "applications")]
        positions = [text.index(label) for label in labels]
        assert positions == sorted(positions)
        assert "申请人情况" in text and "法人或其他组织" in text
        review = page.xpath('//table[@id="table-review"]')[0].text_content()
        assert review.index("行政复议") < review.index("行政诉讼") < review.index("未经复议直接起诉")


def test_failing_cells_are_marked_with_the_rule_in_words(client: Client, known_sqlite: Built) -> None:
    page = _parsed(client.get(f"/-/report/{known_sqlite.report_ids['xfj2021']}").text)  # breaks the balance of 总计
    for row in ("new", "carried_over", "handled_total", "carried_forward"):
        td = _form_cell(page, "applications", row, "total")
        assert "fail" in td.get("class").split()
        assert "本年新收 + 上年结转 = 办理结果总计 + 结转下年度（总计列）" in td.get("title")
    assert "fail" not in _form_cell(page, "applications", "new", "natural_person").get("class").split()
    assert "fail" not in _form_cell(page, "review", "review", "total").get("class").split()
    failing = page.xpath('//section[@id="failing"]')[0].text_content()
    assert "本年新收 + 上年结转" in failing and "applications.balance.total" in failing
    clean = _parsed(client.get(f"/-/report/{known_sqlite.report_ids['haizhu2021']}").text)
    assert not clean.xpath('//td[contains(concat(" ", @class, " "), " fail ")]')


def test_rules_are_explained_with_their_cells() -> None:
    rule = rules.explain("applications.row_total.denied_process")
    assert rule.text == "总计 = 各类申请人之和（6.属于四类过程性信息）"
    assert ("applications", "denied_process", "total") in rule.cells
    assert rules.explain("review.total.litigation_direct").cells[-1] == ("review", "litigation_direct", "total")
    assert ("applications", "other", "total") in rules.explain("applications.handled_total.total", "2019").cells
    assert rules.explain("someone.elses.rule") == rules.Rule("someone.elses.rule", "someone.elses.rule", ())


def test_html_original_renders_inert_inside_the_report_page(client: Client, known_sqlite: Built) -> None:
    sha = known_sqlite.sha256["xfj2021"]
    page = _parsed(client.get(f"/-/report/{known_sqlite.report_ids['xfj2021']}").text)
    frame = page.xpath(f'//iframe[@src="/-/document/{sha}?as=page"]')
    assert len(frame) == 1 and frame[0].get("sandbox") == ""  # no allow-scripts, no allow-same-origin
    shown = client.get(f"/-/document/{sha}?as=page")
    assert shown.status_code == 200 and shown.headers["content-type"] == "text/html; charset=utf-8"
    assert shown.headers["content-security-policy"] == files.PAGE_POLICY
    assert "海珠区信访局" in shown.text
    pdf = _parsed(client.get(f"/-/report/{known_sqlite.report_ids['haizhu2021']}").text)
    assert pdf.xpath(f'//iframe[@src="/-/document/{known_sqlite.sha256["haizhu2021"]}"]')
    # a PDF is no page: ?as=page gives it as it is (inline PDF), never as HTML
    assert client.get(f"/-/document/{known_sqlite.sha256['haizhu2021']}?as=page").headers["content-type"] \
        == "application/pdf"


def test_agency_page_shows_years_side_by_side_with_changes(client: Client, known_sqlite: Built) -> None:
    first, second = known_sqlite.specs["haizhu2021"], known_sqlite.specs["haizhu2022"]
    response = client.get("/-/agency?name=" + quote(first.parsed["agency"]))
    assert response.status_code == 200
    page = _parsed(response.text)
    heads = [th.text_content() for th in page.xpath('//table[@id="years-table"]/thead//th')]
    assert heads[2].startswith("2021") and heads[3].startswith("2022")
    new = next(tr for tr in page.xpath('//table[@id="years-table"]/tbody/tr')
               if tr[1].text_content() == "一、本年新收政府信息公开申请数量")
    before, after = (s.parsed["tables"]["applications"]["new"]["total"] for s in (first, second))
    assert new[2].text_content() == number_text(before)
    assert new[3].text_content() == number_text(after) + f"+{number_text(after - before)}"
    carry = page.xpath('//table[@id="carry-over-table"]/tbody/tr')
    assert len(carry) == 1
    agrees = (second.parsed["tables"]["applications"]["carried_over"]["total"]
              == first.parsed["tables"]["applications"]["carried_forward"]["total"])
    assert carry[0][3].text_content().startswith("agrees" if agrees else "differs")
    assert page.xpath('//svg[@id="agency-per-year"]//rect[@class="bar"]')
    assert client.get("/-/agency?name=" + quote("没有这个机关")).status_code == 404


def test_search_page_lists_the_reports_containing_the_words(client: Client, known_sqlite: Built) -> None:
    page = _parsed(client.get("/-/search?q=" + quote("复议")).text)
    linked = {a.get("href") for a in page.xpath('//ol[@class="search-results"]//a')}
    assert linked == {f"/-/report/{known_sqlite.report_ids[k]}" for k, s in known_sqlite.specs.items()
                      if s.text and "复议" in text_search.searchable(s.text)}
    assert all(m.text_content() == "复议" for m in page.xpath("//mark"))
    assert not _parsed(client.get("/-/search?q=" + quote("<script>")).text).xpath('//ol//script')


def test_charts_are_inline_svg_with_the_archive_numbers(client: Client, known_sqlite: Built) -> None:
    page = _parsed(client.get("/-/charts").text)
    years = page.xpath('//svg[@id="chart-per-year"]//rect[@class="bar"]/title')
    expected_years = {str(s.parsed["year"]) for s in known_sqlite.specs.values()}
    assert {t.text_content().split(":")[0] for t in years} == expected_years
    refusals = page.xpath('//svg[@id="chart-refusals"]//rect[@class="bar"]/title')
    total = sum(s.parsed["tables"]["applications"].get("unavailable_not_held", {}).get("total") or 0
                for s in known_sqlite.specs.values())
    shown = [t.text_content() for t in refusals if "本机关不掌握相关政府信息" in t.text_content()]
    assert shown == [f"无法提供 1.本机关不掌握相关政府信息: {number_text(total)}"]
    assert page.xpath('//svg[@id="chart-per-type"]//rect[@class="bar"]')
    assert not page.xpath("//script[@src]")  # nothing loaded from elsewhere


def test_host_header_must_name_this_machine() -> None:
    assert server.host_of(b"[::1]:8001") == "::1" and server.host_of(b"LOCALHOST:80") == "localhost"
    assert server.host_of(b"evil.example") == "evil.example" and server.host_of(b"::1") == "::1"
    allowed = server.allowed_hosts("127.0.0.1", ("archive.lan",))
    assert allowed == {"127.0.0.1", "localhost", "::1", "archive.lan"}


def test_every_query_is_bounded_in_time(known_sqlite: Built) -> None:
    slow = Client(known_sqlite, sql_time_limit_ms=200)
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    response = slow.get("/archive.json?sql=" + quote(endless))
    assert response.status_code == 400 and "too long" in response.text


def test_agency_types_read_the_most_specific_name_ending() -> None:
    assert agency_type("临汾市尧都区屯里镇人民政府") == "乡镇人民政府"
    assert agency_type("临汾市尧都区人民政府") == "人民政府"
    assert agency_type("广州市海珠区人民政府办公室") == "办公室（厅）"
    assert agency_type("临汾市尧都区信访局") == "局"
    assert agency_type("上海市科学技术委员会") == "委员会"
    assert agency_type("某某") == agency_types.OTHER and agency_type(None) == agency_types.OTHER


def test_charts_escape_labels_and_say_what_was_not_read() -> None:
    chart = str(svg.bar_chart("<b>t</b>", [svg.Bar("<script>x</script>", 3), svg.Bar("2020", None)]))
    assert "<script>" not in chart and "&lt;script&gt;" in chart and "<b>" not in chart
    assert "not read" in chart and chart.count('class="bar"') == 1  # an unknown value is no bar of 0
