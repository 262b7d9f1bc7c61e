"""Reading the Guangdong catalogue (gkmlpt): the index page's `window._CONFIG` in its real shape — a JavaScript
literal (unquoted keys, single quotes) whose column TREE is nested and whose Chinese names are `\\uXXXX`-escaped
(real-evidence.md; public probes of gd.gov.cn / gz.gov.cn find `_CONFIG` with `SID:'…'` and `TREE` at
`/gkmlpt/index`) — and the catalogue a link belongs to (departments' `<prefix>/gkmlpt/`)."""

from __future__ import annotations

import json

import pytest

from crawler import gkmlpt, jsliteral


def escaped(value: object) -> str:
    """JSON as the platform writes it: every non-ASCII character as `\\uXXXX`."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def tree(annual_depth: int) -> list[dict]:
    annual = {"id": 2961, "name": "政府信息公开年报", "post_count": 9, "jump_url": "",
              "children": [{"id": 2962, "name": "2024年", "children": []}]}
    node = annual
    for depth in range(annual_depth, 0, -1):
        node = {"id": 2950 + depth, "name": f"第{depth}层", "children": [node]}
    return [{"id": 2940, "name": "机构职能", "children": []}, node,
            {"id": 2945, "name": "政策文件", "children": [{"id": 2946, "name": "规范性文件", "children": []}]}]


def index_page(config: str) -> str:
    return ('<!DOCTYPE html><html><head><script src="/gkmlpt/static/js/app.js"></script>'
            f"<script>window._CONFIG = {config};</script></head><body><div id=\"app\"></div></body></html>")


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_a_nested_escaped_annual_report_column_is_found_at_any_depth(depth: int) -> None:
    page = index_page("{SID:'200105',TREE:" + escaped(tree(depth)) + ",SERVICE_AREA_ID:'440105',IS_MOBILE:false}")
    assert "\\u653f\\u5e9c" in page and "政府" not in page  # the names are escaped, as on the platform
    catalogue = gkmlpt.read_index(page)
    assert catalogue == gkmlpt.Catalogue("200105", (2961, 2962))  # the column and the one below it


def test_without_an_annual_report_column_the_top_level_columns_are_read() -> None:
    plain = [{"id": 10, "name": "法定主动公开内容", "children": [{"id": 11, "name": "通知公告"}]},
             {"id": 20, "name": "其他", "children": []}]
    catalogue = gkmlpt.read_index(index_page("{SID:'2',TREE:" + escaped(plain) + "}"))
    assert catalogue == gkmlpt.Catalogue("2", (10, 20))  # gd.gov.cn's site id is one digit


def test_javascript_forms_of_the_literal_are_read() -> None:
    config = ("{SID : '755011', TREE : [{id: 7, name: '\\u5e74\\u62a5', children: [], remark: undefined,},],"
              " TITLE: \"it\\'s\"}")
    assert gkmlpt.read_index(index_page(config)) == gkmlpt.Catalogue("755011", (7,))
    assert jsliteral.parse("{a: 'say \"hi\"', b: [1, 2,], c: '\\x41'}") == {"a": 'say "hi"', "b": [1, 2], "c": "A"}


def test_a_detail_page_tree_and_the_old_flat_form_are_read_too() -> None:
    detail = ("<script>var GKMLPT = {SID: 200105, DETAIL: {\"id\": 8081133, \"title\": \"…\"}, TREE: "
              + escaped(tree(1)) + "};</script>")
    assert gkmlpt.read_index(detail) == gkmlpt.Catalogue("200105", (2961, 2962))
    flat = '<script>var c = {"sid": 200217}; var t = [{"id": 3355, "name": "政府信息公开年报", "parent": 0}];</script>'
    assert gkmlpt.read_index(flat) == gkmlpt.Catalogue("200217", (3355,))


def test_a_page_without_site_id_or_columns_is_unreadable() -> None:
    assert gkmlpt.read_index(index_page("{TREE:" + escaped(tree(1)) + "}")) is None
    assert gkmlpt.read_index(index_page("{SID:'200105',TREE:[]}")) is None


def test_links_map_to_the_catalogue_they_belong_to() -> None:
    assert gkmlpt.catalogue_index("https://www.haizhu.gov.cn/gzhzjy/gkmlpt/content/10/10788/mpost_10788561.html") \
        == "https://www.haizhu.gov.cn/gzhzjy/gkmlpt/index"
    assert gkmlpt.catalogue_index("https://www.panyu.gov.cn/gkmlpt/content/10/10099/post_10099135.html") \
        == "https://www.panyu.gov.cn/gkmlpt/index"
    assert gkmlpt.catalogue_index("https://www.haizhu.gov.cn/gzhzfg/attachment/7/7570/7570103/9476645.pdf") is None
    assert gkmlpt.api_url("https://www.haizhu.gov.cn/gzhzjy/gkmlpt/index", 12, "200106", 2) \
        == "https://www.haizhu.gov.cn/gzhzjy/gkmlpt/api/all/12?page=2&sid=200106"


def test_api_rows_and_pages() -> None:
    payload = {"total": 102, "offset": 100, "articles": [
        {"id": 1, "title": "a", "url": "http://www.haizhu.gov.cn/gkmlpt/content/0/1/post_1.html", "type": "normal"},
        {"id": 2, "title": "b", "url": "https://www.gz.gov.cn/x.html", "type": "url", "publisher": "广州市"}]}
    rows = list(gkmlpt.articles(payload, "https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=2&sid=200105"))
    assert [r.url for r in rows] == ["https://www.haizhu.gov.cn/gkmlpt/content/0/1/post_1.html",
                                     "https://www.gz.gov.cn/x.html"]  # the site's own rows take its scheme
    assert [r.jump for r in rows] == [False, True] and rows[1].publisher == "广州市"
    assert not gkmlpt.more_pages(payload, 2)
    assert gkmlpt.more_pages({"total": 137, "offset": 0, "articles": [{}] * 100}, 1)
