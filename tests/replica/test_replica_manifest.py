"""The ground truth: complete, reachable, consistent with what the pages say and with sites.md's rules."""

from __future__ import annotations

import json
import re
from collections import Counter, deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler import gkmlpt, titles
from crawler.errors import NotAReportError
from crawler.extract import sniff
from crawler.extract.encoding import decode
from crawler.links import trs_pager
from crawler.parse import parse_document
from replica import Replica
from replica.build import Build, build, default_site_names
from replica.reportgen.compare import table_mismatches

# sites.md's title test (after deleting whitespace): most look-alikes pass it and the title model rejects them.
TITLE = re.compile(r"(\d{4})年度?[^，。,]{0,20}?(政府|政务)?信息公开(工作)?年(度报告|报)|政务公开年度报告")
GOLDEN = {"golden:haizhu_zfb_2021", "golden:panyu_xfj_2021", "golden:yaodu_xfj_2020"}


def is_report_title(title: str) -> bool:
    """A report's title by the crawler's one title model (crawler/titles.py, built from real titles), which accepts
    the wordings sites.md's test misses (`…工作的年度报告`, `…年度…工作报告`)."""
    return titles.is_report_title(title)


@pytest.fixture(scope="module")
def manifest(replica: Replica) -> dict:
    return replica.manifest()


def links_of(url: str, body: bytes, content_type: str | None, hosts: set[str]) -> set[str]:
    """Same-site URLs a crawler can find in a response: HTML links (and the TRS pager's pages), JSON `url`s."""
    found: set[str] = set()
    if content_type and "json" in content_type:
        data = json.loads(body)
        rows = data.get("articles") or data.get("list") or []
        found = {urljoin(url, row["url"]) for row in rows if row.get("url")}
        if "endPage" in data:  # a Zhoukou column's script.json: the pager drawn from it links list2.html, …
            found |= {urljoin(url, f"list{n}.html") for n in range(2, int(data["endPage"]) + 1)}
        if "articles" in data and data.get("offset", 0) + len(rows) < data["total"]:  # gkmlpt: 100 rows a page
            page = int(re.search(r"page=(\d+)", url).group(1))
            found.add(re.sub(r"page=\d+", f"page={page + 1}", url))
    elif content_type and content_type.startswith("text/html"):
        text, _ = decode(body, content_type, html=True)
        root = lxml.html.document_fromstring(text)
        found = {urljoin(url, link) for _, _, link, _ in root.iterlinks() if not link.startswith("javascript:")}
        pager = trs_pager(text)  # a WCM pager written by its script, in any of its forms
        if pager:
            count, name, ext = pager
            found |= {urljoin(url, f"{name}_{n}.{ext}") for n in range(1, count)}
        # gkmlpt: the catalogue's config names the site id and the columns; the API is built from them (§6)
        catalogue = gkmlpt.read_index(text) if url.endswith("/gkmlpt/index") else None
        if catalogue:
            found |= {gkmlpt.api_url(url, column, catalogue.sid, 1) for column in catalogue.classify_ids}
        # a JS-drawn list or pager names its data URL in a script (chuanhui)
        found |= {urljoin(url, data_url) for data_url in re.findall(r"""fetch\(["']([^"']+\.json)["']""", text)}
    out = set()
    for link in found:
        parts = urlsplit(link)
        if parts.netloc in hosts:
            out.add(link.split("#", 1)[0].replace("http://www.haizhu.gov.cn/", "https://www.haizhu.gov.cn/"))
    return out


@pytest.mark.parametrize("redesign", [False, True], ids=["as-is", "redesigned"])
def test_every_report_is_reachable_from_the_start_urls_and_every_link_resolves(replica_build: Build,
                                                                                redesign: bool) -> None:
    """Recall 100 % is possible: a crawl from the start URLs that follows links (and the browser's data URLs)
    reaches every report page, every attachment and every look-alike; no link of any page is dead — on the sites
    as they are and in the redesign mode."""
    if redesign:
        replica_build = build(redesign=True)
    manifest = replica_build.manifest_json()
    routes = replica_build.routes
    hosts = {site["host"] for site in manifest["sites"]}
    queue = deque(url for site in manifest["sites"] for url in site["start_urls"])
    seen: set[str] = set(queue)
    dead: list[str] = []
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        resource = routes.lookup(parts.netloc, parts.path or "/", parts.query)
        if resource is None and routes.directory_redirect(parts.netloc, parts.path):
            url = url.split("?", 1)[0] + "/"  # (the 301 to `dir/`: links resolve against it)
            resource = routes.lookup(parts.netloc, parts.path + "/", parts.query)
        if resource is not None and resource.status == 404 and resource.note == "redesign mode: moved":
            continue  # an old page a kept page still links: it answers 404 on purpose (not a miss)
        if resource is None or resource.status >= 400:
            dead.append(url)
            continue
        location = dict(resource.headers).get("Location")
        links = {location} if location else links_of(url, resource.body, resource.content_type, hosts)
        for link in links - seen:
            seen.add(link)
            queue.append(link)
    assert not dead
    reached = {_directory(u) for u in seen}
    expected = {d["url"] for e in manifest["reports"] for d in e["documents"]}
    expected |= {n["url"] for n in manifest["non_reports"]}
    expected |= {u for e in manifest["reports"] for u in e["listed_on"]}
    assert not {_directory(u) for u in expected} - reached
    assert not {o["url"] for o in manifest["offsite_links"]} & seen, "off-site links stay unfollowed"


def _directory(url: str) -> str:
    return url.removesuffix("index.html")


def test_every_manifest_url_is_served_with_the_declared_format(fresh, manifest: dict) -> None:
    replica = fresh(modes=[])
    sniffed = {"html": "text/html", "pdf": "application/pdf", "doc": "application/msword",
               "wps": "application/msword", "jpg": "image/jpeg",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    for entry in manifest["reports"]:
        assert entry["detail_url"] == entry["documents"][0]["url"] and entry["listed_on"], entry["id"]
        for url in entry["listed_on"]:
            assert replica.get(url)[0] == 200, url
        for document in entry["documents"]:
            status, _, body = replica.get(document["url"])
            assert status == 200 and sniff(body) == sniffed[document["format"]], document["url"]
    for item in manifest["non_reports"]:
        assert replica.get(item["url"])[0] == 200
    assert not replica.misses()


def test_titles_follow_the_rules_spiders_use(manifest: dict) -> None:
    for entry in manifest["reports"]:
        assert is_report_title(entry["title"]), entry["title"]
        assert str(entry["year"]) in entry["title"]
    lookalikes = [n for n in manifest["non_reports"] if n["kind"] in ("lookalike", "guide")]
    assert len(lookalikes) >= 8
    for item in manifest["non_reports"]:
        assert not is_report_title(item["title"]), item["title"]
    assert sum(bool(TITLE.search(re.sub(r"\s+", "", n["title"]))) for n in lookalikes) >= 5, \
        "most look-alikes pass the title test and must be caught by the look-alike filter"


def test_content_covers_what_the_crawler_must_handle(manifest: dict) -> None:
    reports = manifest["reports"]
    originals = [e for e in reports if not e["duplicate_of"]]
    by_site = Counter(e["site"] for e in originals)
    assert set(by_site) == set(default_site_names()) and min(by_site.values()) >= 8  # every site has reports
    for site in by_site:
        mine = [e for e in originals if e["site"] == site]
        assert len({e["agency"] for e in mine}) >= 3, site
        assert any("信访局" in e["agency"] for e in mine), site
        assert {e["template"] for e in mine} >= {"2019", "2021"}, site
    assert {e["year"] for e in originals} >= set(range(2019, 2026))
    pre2019 = [e for e in originals if e["template"] is None]
    assert len(pre2019) >= 3 and all(e["year"] < 2019 and e["tables"] is None for e in pre2019)
    assert {e["tables_source"] for e in reports} >= GOLDEN | {"generator"}
    by_url = {e["detail_url"]: e for e in reports}
    duplicates = [e for e in reports if e["duplicate_of"]]
    assert len(duplicates) >= 2
    for copy in duplicates:
        original = by_url[copy["duplicate_of"]]
        assert (copy["agency"], copy["year"], copy["tables"]) == (original["agency"], original["year"],
                                                                  original["tables"])
        assert copy["detail_url"] != original["detail_url"] and "mpost_" in copy["detail_url"]
    assert any(d["format"] == "jpg" for e in reports for d in e["documents"]), "an image-only report"
    assert sum(e["revisable"] for e in reports) == 1
    assert len(manifest["offsite_links"]) >= 2


@pytest.mark.slow
def test_every_report_document_parses_to_its_agency_and_year(replica_build: Build, manifest: dict) -> None:
    """The parser reads every document (OCR-only ones excepted) as the manifest says; the pages and attachments of
    generated reports are read cell for cell."""
    routes = {r.url: r for r in replica_build.routes}
    problems = []
    for entry in manifest["reports"]:
        if entry["template"] is None:
            continue
        for document in entry["documents"]:
            if document["ocr"] or document["stub"]:
                continue  # a stub page is no report on its own (its attachment is)
            resource = routes[document["url"]]
            try:
                got = parse_document(resource.body, resource.content_type, url=resource.url)
            except NotAReportError as exc:
                problems.append(f"{document['url']}: {exc}")
                continue
            if (got["agency"], got["year"]) != (entry["agency"], entry["year"]):
                problems.append(f"{document['url']}: {got['agency']} {got['year']}")
            if document["carries_tables"] and entry["tables_source"] == "generator":
                cells = table_mismatches(entry["tables"], got["tables"])
                if cells:
                    problems.append(f"{document['url']}: {cells[:3]}")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_the_scanned_report_is_read_by_ocr(replica_build: Build, manifest: dict) -> None:
    """The one image-only PDF: two pages, no text layer, read by OCR to its agency and year."""
    import pypdfium2

    entry, document = next((e, d) for e in manifest["reports"] for d in e["documents"]
                           if d["ocr"] and d["format"] == "pdf")
    body = next(r.body for r in replica_build.routes if r.url == document["url"])
    pdf = pypdfium2.PdfDocument(body)
    try:
        assert len(pdf) <= 2 and not any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    finally:
        pdf.close()
    got = parse_document(body, "application/pdf", url=document["url"])
    assert got["ocr"] and (got["agency"], got["year"]) == (entry["agency"], entry["year"])
