"""Modes seen by a plain client: challenges that never let it through, rate limits, flaky answers, reports revised
in place or taken down, and mode specs."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from crawler.extract import extract, sniff
from replica import Replica, ReplicaError
from replica.modes import parse_spec
from replica.revisions import revise_bytes

HAIZHU = "https://www.haizhu.gov.cn"
BM = HAIZHU + "/zwgk/zfxxgknb/bm/"
PDF = HAIZHU + "/gzhzxf/attachment/9/9477/9477102/9476650.pdf"
REVISABLE_PAGE = HAIZHU + "/zwgk/zfxxgknb/bm/content/post_9476650.html"
YINDU_LIST = "https://www.yindu.gov.cn/zfxxgk/fdzdgknr/zfxxgknb"


def header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name.lower()), None)


def cookie_of(headers: list[tuple[str, str]]) -> str:
    return "; ".join(v.split(";", 1)[0] for k, v in headers if k.lower() == "set-cookie")


def test_no_challenge_by_default_and_a_521_challenge_as_a_mode(replica: Replica, fresh) -> None:
    assert replica.get(YINDU_LIST)[0] == 200, "no real site is known to stand behind a challenge"
    replica = fresh(modes=["challenge-521:kind=listing@yindu"])
    status, headers, body = replica.get(YINDU_LIST)
    assert status == 521 and b"__jsl_clearance" in body and b"document.cookie" in body and len(body) < 2000
    assert cookie_of(headers).startswith("__jsluid_h=")
    again = replica.get(YINDU_LIST, {"Cookie": cookie_of(headers)})  # cookies kept, but no script was run
    assert again[0] == 521 and not header(again[1], "Set-Cookie")
    assert replica.get("https://www.yindu.gov.cn/zfxxgk/fdzdgknr")[0] == 200
    detail = next(e for e in replica.manifest()["reports"] if e["site"] == "yindu")["detail_url"]
    assert replica.get(detail)[0] == 200
    assert replica.requests()[-4]["fault"] == "challenge-521"


def test_all_modes_off(fresh) -> None:
    replica = fresh(modes=[])
    status, _, body = replica.get(YINDU_LIST)
    assert status == 200 and "下一页".encode("gbk") in body


def test_ruishu_412_and_wzws_stubs(fresh) -> None:
    replica = fresh(modes=["challenge-412@haizhu", "challenge-wzws:kind=detail@panyu"])
    status, headers, body = replica.get(BM)
    assert status == 412 and b"$_ts" in body and b'<meta id="' in body and "部门".encode() not in body
    assert cookie_of(headers).endswith(tuple("0123456789abcdef")) and "80S=" in cookie_of(headers)
    detail = next(e for e in replica.manifest()["reports"] if e["site"] == "panyu")["detail_url"]
    status, headers, _ = replica.get(detail)
    location = header(headers, "Location")
    assert status == 302 and location.startswith(detail + "?wzwschallenge=") and "wzws_cid=" in cookie_of(headers)
    status, _, body = replica.get(location, {"Cookie": cookie_of(headers)})
    assert status == 200 and b"wzws_sid" in body and b"location.replace" in body
    assert replica.get("https://www.panyu.gov.cn/zwgk/zfxxgk/zfxxgknb/bm/")[0] == 200, "kind=detail only"


def test_ratelimit_answers_429_with_retry_after_then_serves(fresh) -> None:
    replica = fresh(modes=["ratelimit:n=2@www.haizhu.gov.cn/zwgk/*"])
    first, second, third = (replica.get(BM) for _ in range(3))
    assert [first[0], second[0], third[0]] == [429, 429, 200]
    assert header(first[1], "Retry-After") == "2"
    assert replica.get(PDF)[0] == 200, "outside the path glob"
    replica.set_mode("ratelimit:status=503,retry_after=5")
    status, headers, _ = replica.get(PDF)
    assert status == 503 and header(headers, "Retry-After") == "5"


def test_flaky_is_seeded(fresh) -> None:
    def statuses(seed: int) -> list[int]:
        replica = fresh(modes=["flaky:p=0.5@haizhu"], seed=seed)
        return [replica.get(BM)[0] for _ in range(24)]

    first = statuses(7)
    assert first == statuses(7) and set(first) == {200, 503}
    assert first != statuses(8)
    replica = fresh(modes=["flaky:n=3"])
    assert [replica.get(PDF)[0] for _ in range(5)] == [503, 503, 503, 200, 200]


def test_a_report_revised_in_place(fresh) -> None:
    replica = fresh()
    entry = next(e for e in replica.manifest()["reports"] if e["revisable"])
    assert entry["detail_url"] == REVISABLE_PAGE and PDF in entry["attachment_urls"]
    before = {url: replica.get(url) for url in (REVISABLE_PAGE, PDF)}
    assert replica.revise(REVISABLE_PAGE) == 1 and replica.revise(PDF) == 1
    for url, (_, old_headers, old_body) in before.items():
        status, headers, body = replica.get(url)
        assert status == 200 and body != old_body
        assert header(headers, "ETag") != header(old_headers, "ETag")
        assert parsedate_to_datetime(header(headers, "Last-Modified")) > parsedate_to_datetime(
            header(old_headers, "Last-Modified"))
        assert replica.get(url, {"If-None-Match": header(old_headers, "ETag")})[0] == 200
        assert replica.get(url, {"If-None-Match": header(headers, "ETag")})[0] == 304
    # the prepared revision corrects one figure of table 二, in the page and in the PDF
    figure = entry["tables"]["active"]["normative_documents"]["in_force"]
    revised = entry["revised_tables"]["active"]["normative_documents"]["in_force"]
    assert revised == (figure or 0) + 1
    assert entry["revised_tables"]["applications"] == entry["tables"]["applications"]
    assert replica.manifest()["state"]["revisions"] == {REVISABLE_PAGE: 1, PDF: 1}
    # a second revision of a URL without more prepared versions still changes the bytes, validly
    third = replica.revise(PDF)
    status, _, body = replica.get(PDF)
    assert third == 2 and body.startswith(b"%PDF") and extract(body).text.strip()


def test_revised_and_gone_modes_act_after_n_full_responses(fresh) -> None:
    replica = fresh(modes=["revised:after=1@haizhu", "gone:after=2,kind=attachment@panyu"])
    first = replica.get(PDF)
    conditional = replica.get(PDF, {"If-None-Match": header(first[1], "ETag")})
    assert conditional[0] == 200 and conditional[2] != first[2], "revised after the first crawl"
    entry = next(e for e in replica.manifest()["reports"] if e["site"] == "panyu" and e["attachment_urls"])
    url = entry["attachment_urls"][0]
    assert [replica.get(url)[0] for _ in range(3)] == [200, 200, 404]
    assert not replica.misses()


def test_gone_reports_answer_404_without_a_miss(fresh) -> None:
    replica = fresh()
    replica.gone(REVISABLE_PAGE)
    assert replica.get(REVISABLE_PAGE)[0] == 404 and replica.get(BM)[0] == 200
    assert not replica.misses() and replica.requests()[-2]["fault"] == "gone"
    with pytest.raises(ReplicaError, match="serves no"):
        replica.gone(HAIZHU + "/nothing.html")


def test_mode_specs() -> None:
    assert parse_spec("flaky:n=2,status=500@www.haizhu.gov.cn/zwgk/*") == {
        "mode": "flaky", "params": {"n": "2", "status": "500"}, "site": "www.haizhu.gov.cn", "path": "/zwgk/*"}
    assert parse_spec("challenge-521:kind=listing@yindu") == {
        "mode": "challenge-521", "params": {}, "kind": "listing", "site": "yindu"}
    assert parse_spec({"mode": "ratelimit", "params": {"kind": "api"}}) == {
        "mode": "ratelimit", "params": {}, "kind": "api"}
    for bad, message in (("nope", "unknown mode"), ("flaky:m=1", "unknown parameter"), ("flaky:n=x", "not a int"),
                         ("flaky:kind=page", "unknown resource kind"), ("flaky:n", "not key=value")):
        with pytest.raises(ReplicaError, match=message):
            Replica(modes=[bad])


def test_revised_bytes_stay_valid_documents(replica_build) -> None:
    by_format = {}
    for resource in replica_build.routes:
        if resource.kind == "attachment":
            by_format.setdefault(resource.url.rsplit(".", 1)[-1], resource)
    for extension, resource in by_format.items():
        revised = revise_bytes(resource.body, resource.content_type, 1)
        assert revised != resource.body and sniff(revised) == sniff(resource.body), extension
        if extension in ("pdf", "docx"):  # readers open the revised file (DOC/WPS: one more free OLE sector)
            assert extract(revised).text == extract(resource.body).text, extension
    html = revise_bytes(b"<html><body>x</body></html>", "text/html", 3)
    assert html == b"<html><body>x</body><!-- revised 3 --></html>"


def test_every_synthetic_report_is_its_own_agency_and_year_in_its_page_and_docx(fresh) -> None:
    # A real site publishes one report per agency-year: pages built from a few pool bodies must not all read as
    # the pool's few agency-years (they would be hundreds of sources of one logical report).
    replica = fresh(modes=["synthetic-site:reports=14,attachments=docx"], sites=("yaodu",))
    host = "xxgk01.dazhen.gov.cn"
    for i in (2, 9):  # one pool body (6 of them), two reports
        status, _, page = replica.get(f"http://{host}/zfxxgk/nb/{2019 + i % 7}/t_{i}.html")
        status_docx, _, docx = replica.get(f"http://{host}/zfxxgk/nb/{2019 + i % 7}/P_{i}.docx")
        assert (status, status_docx) == (200, 200)
        for text in (extract(page, url="http://x/p.html").text, extract(docx).text):
            assert f"第{i}局" in text and f"{2019 + i % 7}年" in text and "大镇县人民政府" not in text
