"""The fictitious sites added for discovery: sound ground truth, every link alive, the default replica unchanged.

The checks read the sites the way a browser would see them (lxml links, hrefs inside scripts, JSON/XML list
records), independently of the discovery code they exist to test.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler.extract import sniff
from crawler.extract.encoding import decode
from crawler.titles import report_year
from replica import build
from replica.build import Build, site_names

_HREF_IN_SCRIPT = re.compile(r"""href\s*=\s*\\?["']([^"'\\]+)""")
_JSON_URL = re.compile(r"""["'](?:url|docUrl|link)["']\s*:\s*["']([^"']+)""")
FORMATS = {"html": "text/html", "pdf": "application/pdf", "doc": "application/msword",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


# The sites these checks were written for (their browser-side behaviour is emulated below); sites added later to
# replica/sites/ are still crawled by test_discover_replica.py.
CHECKED_SITES = ("qinglan", "songhe", "lutang", "tongxi", "tongxi_xxgk", "xiaoyue")


@pytest.fixture(scope="module")
def new_sites() -> Build:
    assert set(CHECKED_SITES) <= set(site_names())
    return build(sites=CHECKED_SITES)


def _links(url: str, body: bytes, content_type: str | None) -> set[str]:
    """Links as a browser ends up with them: the HTML's, those scripts write or draw, and the pagers' pages."""
    text, _ = decode(body, content_type, html=bool(content_type and "html" in content_type))
    found = {html.unescape(link) for link in _HREF_IN_SCRIPT.findall(text) + _JSON_URL.findall(text)}
    if content_type and content_type.startswith("text/html"):
        root = lxml.html.document_fromstring(text)
        found |= {link for _, _, link, _ in root.iterlinks()}
    count = re.search(r"var countPage = (\d+)", text)  # the WCM pager page.js draws
    if count:
        found |= {f"index_{n}.shtml" for n in range(1, int(count[1]))}
    pager = re.search(r"Pager\.render\([^{]*\{count: (\d+), limit: (\d+)", text)  # pager.js
    if pager:
        found |= {f"index_{n}.html" for n in range(2, -(-int(pager[1]) // int(pager[2])) + 1)}
    return {urljoin(url, link).split("#", 1)[0] for link in found
            if not link.startswith(("javascript:", "mailto:")) and "{" not in link and "+" not in link}


def test_every_link_of_every_page_resolves_and_leaves_only_for_recorded_off_site_links(new_sites: Build) -> None:
    manifest = new_sites.manifest_json()
    hosts = {site["host"] for site in manifest["sites"]}
    offsite = {link["url"] for link in manifest["offsite_links"]} | {"https://www.gov.cn/"}
    dead, strays = [], []
    for resource in new_sites.routes:
        if not resource.content_type or not re.search(r"html|json|xml", resource.content_type):
            continue
        for link in _links(resource.url, resource.body, resource.content_type):
            parts = urlsplit(link)
            if parts.netloc not in hosts:
                if link not in offsite:
                    strays.append((resource.url, link))
                continue
            if new_sites.routes.lookup(parts.netloc, parts.path or "/", parts.query) is None:
                dead.append((resource.url, link))
    assert not dead and not strays, (dead[:5], strays[:5])


def test_every_report_is_reachable_from_the_home_page(new_sites: Build) -> None:
    """A breadth-first walk from the home pages along links, script-held links and the data URLs pages name (the
    JSON API behind the script-drawn list named by its channel) reaches every report document."""
    manifest = new_sites.manifest_json()
    hosts = {site["host"] for site in manifest["sites"]}
    schemes = {site["host"]: urlsplit(site["origin"]).scheme for site in manifest["sites"]}
    apis = {r.url for r in new_sites.routes if r.kind == "api"}
    queue = deque(url for site in manifest["sites"] for url in site["start_urls"])
    seen = set(queue)
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        resource = new_sites.routes.lookup(parts.netloc, parts.path or "/", parts.query)
        if resource is None:
            continue
        links = _links(url, resource.body, resource.content_type) if resource.content_type and re.search(
            r"html|json|xml", resource.content_type) else set()
        if b"DocList.init" in resource.body:  # the API a browser would call (first page), then its pages
            links |= {api for api in apis if "pageNo=1&" in api}
        if "pageNo=1&" in url:
            links |= {api for api in apis if api.split("pageNo=")[0] == url.split("pageNo=")[0]}
        for link in links:
            parts = urlsplit(link)
            if parts.netloc in hosts:  # sites mix http:// links into https sites: the same page
                link = parts._replace(scheme=schemes[parts.netloc]).geturl()
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
    documents = {d["url"] for report in manifest["reports"] for d in report["documents"]}
    assert not documents - seen, sorted(documents - seen)[:5]


def test_titles_and_documents_are_what_the_manifest_says(new_sites: Build) -> None:
    manifest = new_sites.manifest_json()
    assert len(manifest["reports"]) >= 4 * 20
    for report in manifest["reports"]:
        assert report_year(report["title"]) == report["year"], report["title"]
        assert report["listed_on"], report["id"]
        for document in report["documents"]:
            parts = urlsplit(document["url"])
            resource = new_sites.routes.lookup(parts.netloc, parts.path, parts.query)
            assert resource is not None and sniff(resource.body) == FORMATS[document["format"]], document["url"]
    for item in manifest["non_reports"]:
        assert report_year(item["title"]) is None, item["title"]
    kinds = {site["name"]: {r.url.rsplit(".", 1)[-1].split("?")[0] for r in new_sites.routes
                            if urlsplit(r.url).netloc == site["host"] and r.kind == "listing"}
             for site in manifest["sites"]}
    assert any("shtml" in k for k in kinds.values())  # the TRS site publishes .shtml


def test_the_default_replica_is_still_the_real_sites_byte_for_byte(new_sites: Build) -> None:
    default = build()
    together = build(sites=site_names())
    assert all(site.fictitious for site in new_sites.sites) and not any(site.fictitious for site in default.sites)
    assert {site.name for site in together.sites if not site.fictitious} == {site.name for site in default.sites}
    for resource in default.routes:
        parts = urlsplit(resource.url)
        same = together.routes.lookup(parts.netloc, parts.path, parts.query)
        assert same is not None and same.body == resource.body and same.headers == resource.headers, resource.url
    names = {site.name for site in default.sites}
    assert json.dumps(default.manifest_json()["reports"], sort_keys=True) == json.dumps(
        [r for r in together.manifest_json()["reports"] if r["site"] in names], sort_keys=True)
