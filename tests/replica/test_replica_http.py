"""The replica as a plain HTTP client sees it: routing by real host, strict misses, real-site headers and bytes."""

from __future__ import annotations

import concurrent.futures
import gzip
import http.client
import json
import re
from urllib.parse import unquote, urlsplit

from crawler.extract import sniff
from replica import Replica
from replica.model import Resource
from replica.routes import RouteTable

HAIZHU = "https://www.haizhu.gov.cn"
BM = HAIZHU + "/zwgk/zfxxgknb/bm/"
PDF = HAIZHU + "/gzhzfg/attachment/7/7570/7570103/9476645.pdf"


def header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name.lower()), None)


def raw_get(replica: Replica, target: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", urlsplit(replica.url).port, timeout=10)
    connection.request("GET", target, headers=headers or {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_routes_by_the_real_host_in_the_path_or_the_host_header(replica: Replica) -> None:
    by_path = replica.get(BM + "index_2.html?x=1")
    assert by_path[0] == 200 and b'id="page_div"' in by_path[2]
    by_host = raw_get(replica, "/zwgk/zfxxgknb/bm/index_2.html", {"Host": "www.haizhu.gov.cn"})
    assert by_host.status == 200
    other_site = replica.get("https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/")
    assert other_site[0] == 200 and "番禺".encode() in other_site[2]
    log = replica.requests()
    assert {e["url"] for e in log[-3:]} >= {BM + "index_2.html?x=1", "https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/"
                                            "index_2.html"}, "the request log names real URLs"


def test_unknown_urls_are_404_and_logged_as_misses(fresh) -> None:
    replica = fresh()
    assert replica.get(HAIZHU + "/zwgk/zfxxgknb/bm/content/post_1.html")[0] == 404
    assert replica.get("https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/gq/content/post_5670124.html")[0] == 404
    # a static page answers any query string; the JSON API only the queries it has
    assert replica.get(HAIZHU + "/gkmlpt/api/all/2961?page=1&sid=200105")[0] == 200
    assert replica.get(HAIZHU + "/gkmlpt/api/all/2961?sid=200105&page=1")[0] == 200
    assert replica.get(HAIZHU + "/gkmlpt/api/all/2961?page=9&sid=200105")[0] == 404
    misses = replica.misses()
    assert [m["url"] for m in misses] == [
        HAIZHU + "/zwgk/zfxxgknb/bm/content/post_1.html",
        "https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/gq/content/post_5670124.html",
        HAIZHU + "/gkmlpt/api/all/2961?page=9&sid=200105"]
    assert misses[1]["reason"] == "unknown host"
    over_http = json.loads(raw_get_body(replica, "/__replica__/misses"))
    assert over_http == misses


def raw_get_body(replica: Replica, target: str) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", urlsplit(replica.url).port, timeout=10)
    connection.request("GET", target)
    body = connection.getresponse().read()
    connection.close()
    return body


def test_redirects_and_links_name_real_urls_only(replica: Replica) -> None:
    status, headers, _ = replica.get(HAIZHU + "/zwgk/zfxxgknb/bm")
    assert status == 301 and header(headers, "Location") == BM
    status, headers, _ = replica.get("https://www.chuanhui.gov.cn/")
    assert status == 302 and header(headers, "Location") == "https://www.chuanhui.gov.cn/sitesources/chq/page_pc/index.html"
    port = str(urlsplit(replica.url).port)
    for url in (BM, HAIZHU + "/gkmlpt/api/all/2961?page=1&sid=200105"):
        body = replica.get(url)[2].decode()
        assert "127.0.0.1" not in body and port not in body
    listing = replica.get(BM)[2].decode()
    hrefs = re.findall(r'<div class="list_li">.*?</div>', listing, re.S)[0]
    assert 'href="https://www.haizhu.gov.cn/' in hrefs and 'href="/zwgk/' in hrefs and 'href="./content/' in hrefs


def test_conditional_get_answers_304_for_detail_pages_and_attachments(replica: Replica) -> None:
    for url in (PDF, HAIZHU + "/zwgk/zfxxgknb/bm/content/post_9457633.html"):
        status, headers, body = replica.get(url)
        etag, modified = header(headers, "ETag"), header(headers, "Last-Modified")
        assert status == 200 and etag and modified and body
        not_modified = replica.get(url, {"If-None-Match": etag})
        assert not_modified[0] == 304 and not_modified[2] == b""
        assert replica.get(url, {"If-Modified-Since": modified})[0] == 304
        assert replica.get(url, {"If-None-Match": '"0-0"'})[0] == 200
        assert replica.get(url, {"If-Modified-Since": "Mon, 01 Jan 2018 00:00:00 GMT"})[0] == 200
    assert replica.requests()[-1]["conditional"] and replica.requests()[-1]["body"]
    assert not any(e["body"] for e in replica.requests() if e["status"] == 304)


def test_gzip_when_the_site_compresses_and_the_client_accepts(replica: Replica) -> None:
    plain = replica.get(BM)
    zipped = replica.get(BM, {"Accept-Encoding": "gzip, deflate"})
    assert header(zipped[1], "Content-Encoding") == "gzip" and gzip.decompress(zipped[2]) == plain[2]
    yindu = replica.get("https://www.yindu.gov.cn/", {"Accept-Encoding": "gzip"})
    assert header(yindu[1], "Content-Encoding") is None, "only the nginx sites compress"


def test_gbk_pages_with_the_charset_in_meta_only_and_undeclared(replica: Replica) -> None:
    manifest = replica.manifest()
    yindu = next(e for e in manifest["reports"] if e["site"] == "yindu" and e["template"])
    status, headers, body = replica.get(yindu["detail_url"])
    assert status == 200 and header(headers, "Content-Type") == "text/html"
    assert b"charset=gb2312" in body
    assert yindu["title"] in body.decode("gbk")
    with_nothing = next(r for r in replica.routes() if r["note"] == "GBK, no charset declared")
    status, headers, body = replica.get(with_nothing["url"])
    assert status == 200 and header(headers, "Content-Type") == "text/html" and b"charset" not in body.lower()
    text = body.decode("gbk")
    assert "尧都区人民政府2019年政府信息公开工作年度报告" in text
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the undeclared page must not be UTF-8")


def test_attachments_are_real_documents_with_real_headers(replica: Replica) -> None:
    manifest = replica.manifest()
    attachments = [d for e in manifest["reports"] for d in e["documents"] if d["role"] == "attachment"]
    formats = {d["format"] for d in attachments}
    assert {"pdf", "docx", "doc", "wps", "jpg"} <= formats
    assert 15 <= len({d["url"] for d in attachments if d["format"] != "jpg"}) <= 25
    assert sum(d["ocr"] and d["format"] == "pdf" for d in attachments) == 1, "exactly one scanned PDF"
    wanted = {"pdf": "application/pdf", "doc": "application/msword", "wps": "application/msword",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "jpg": "image/jpeg"}
    dispositions = []
    for document in attachments:
        status, headers, body = replica.get(document["url"])
        assert status == 200 and sniff(body) == wanted[document["format"]], document["url"]
        if document["format"] == "wps":
            assert header(headers, "Content-Type") == "application/octet-stream"
        dispositions.append(header(headers, "Content-Disposition"))
    raw_gbk = next(d for d in dispositions if d and "filename=" in d and "filename*" not in d)
    assert "川汇区人民政府" in raw_gbk.encode("latin-1").decode("gbk")
    rfc5987 = next(d for d in dispositions if d and "filename*=UTF-8''" in d)
    assert unquote(rfc5987.split("''", 1)[1]).startswith("番禺区信访局")


def test_control_endpoints_over_http(fresh) -> None:
    replica = fresh(modes=[])
    assert replica.control("mode") == []
    replica.control("mode", {"add": "flaky:n=1@www.haizhu.gov.cn/zwgk/*"})
    assert replica.get(BM)[0] == 503 and replica.get(BM)[0] == 200
    replica.control("mode", {"modes": ["challenge-412@yaodu"]})
    assert replica.get(BM)[0] == 200
    replica.control("mode", {"reset": True})
    assert [m["mode"] for m in replica.control("mode")] == []  # this replica started with no modes
    revised = replica.control("revise", {"url": PDF})
    assert revised == {"url": PDF, "revision": 1}
    replica.control("gone", {"url": PDF})
    assert replica.get(PDF)[0] == 404 and not replica.misses()
    assert replica.control("manifest")["state"] == {"revisions": {PDF: 1}, "gone": [PDF]}
    log = replica.control("requests")
    assert [e["status"] for e in log][-1] == 404 and log[-1]["fault"] == "gone"
    replica.control("restore", {})
    assert replica.get(PDF)[0] == 200
    try:
        replica.control("mode", {"add": "nope"})
    except Exception as exc:
        assert "unknown mode 'nope'" in str(exc)
    else:
        raise AssertionError("a bad mode spec must be refused")


def test_serves_concurrent_keep_alive_clients(replica: Replica) -> None:
    urls = [BM, PDF, HAIZHU + "/gkmlpt/api/all/2961?page=1&sid=200105", "http://www.yaodu.gov.cn/robots.txt"]
    port = urlsplit(replica.url).port

    def client(n: int) -> list[int]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)  # one kept-alive connection
        statuses = []
        for i in range(50):
            parts = urlsplit(urls[(n + i) % len(urls)])
            connection.request("GET", f"/{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else ""))
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        connection.close()
        return statuses

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = [s for statuses in pool.map(client, range(4)) for s in statuses]
    assert results == [200] * 200


def test_a_postback_is_answered_by_its_form_pairs_and_nothing_else() -> None:
    url = "http://www.example.gov.cn/xxgk/List.aspx?cid=25"
    pager = (("__EVENTTARGET", "AspNetPager1"), ("__EVENTARGUMENT", "2"), ("__VIEWSTATE", "S/25+="))
    routes = RouteTable([Resource(url, b"page 1", "text/html", "listing"),
                         Resource(url, b"page 2", "text/html", "listing", form=pager)])
    body = b"__EVENTTARGET=AspNetPager1&__EVENTARGUMENT=2&__VIEWSTATE=S%2F25%2B%3D&txtKey="
    found = routes.lookup("www.example.gov.cn", "/xxgk/List.aspx", "cid=25", "POST", body)
    assert found is not None and found.body == b"page 2"
    assert routes.lookup("www.example.gov.cn", "/xxgk/List.aspx", "cid=25").body == b"page 1"  # a GET
    assert routes.lookup("www.example.gov.cn", "/xxgk/List.aspx", "cid=25", "POST",
                         body.replace(b"S%2F25", b"S%2F26")) is None  # another column's view state
    assert routes.lookup("www.example.gov.cn", "/xxgk/List.aspx", "cid=26", "POST", body) is None
