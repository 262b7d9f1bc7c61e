"""Reading pages the way discovery does: links wherever a CMS puts them, pagers in every form, JSON lists of any
schema.  Inputs are the shapes real CMSs print (TRS, Hanweb, Henan cluster, Guangdong gkmlpt), written inline."""

from __future__ import annotations

import json

from scrapy.http import HtmlResponse

from crawler.discovery import datalists, pagers, probing
from crawler.discovery.pages import lists_reports, read_page
from crawler.discovery.scripts import data_urls, script_links
from crawler.links import anchors, attachment_links, is_document, next_pages, trs_pager

REPORT = "青岚县信访局2023年政府信息公开工作年度报告"


def page(body: str, url: str = "https://www.example.gov.cn/zfxxgk/nb/index.html") -> HtmlResponse:
    html = f'<html><head><meta charset="utf-8"><title>t</title></head><body>{body}</body></html>'
    return HtmlResponse(url=url, body=html.encode("utf-8"), encoding="utf-8")


# -- crawler/links.py additions -------------------------------------------------------------------------------------

def test_trs_pager_with_variables_and_the_page_div_signature() -> None:
    variables = 'var currentPage = 0;//所在页从0开始\nvar countPage = 3//共多少页\n' \
                'createPageHTML(countPage, currentPage, "index", "shtml");'
    assert trs_pager(variables) == (3, "index", "shtml")
    assert trs_pager("createPageHTML('page_div', 4, 1, 'index', 'html', 37);") == (4, "index", "html")
    assert trs_pager("function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}") is None
    response = page(f"<script>{variables}</script>", "http://www.example.gov.cn/nb_31597/index.shtml")
    assert next_pages(response) == ["http://www.example.gov.cn/nb_31597/index_1.shtml",
                                    "http://www.example.gov.cn/nb_31597/index_2.shtml"]


def test_the_literal_trs_pager_reads_as_before() -> None:
    response = page('<script>createPageHTML(2, 0, "index", "html");</script>')
    assert next_pages(response) == ["https://www.example.gov.cn/zfxxgk/nb/index_1.html"]


def test_a_download_script_naming_the_file_is_a_document() -> None:
    assert is_document("https://x.gov.cn/module/download/downfile.jsp?classid=0&filename=2401251030123.pdf")
    assert is_document("https://x.gov.cn/down.jsp?showname=%E5%B9%B4%E6%8A%A5.docx&fileName=a1.docx")
    assert not is_document("https://x.gov.cn/module/download/downfile.jsp?classid=0&id=12")
    assert not is_document("https://x.gov.cn/col/col2041/index.html?pdf=1")


def test_a_title_cut_with_an_ellipsis_is_read_from_the_title_attribute() -> None:
    response = page(f'<a href="a.html" title="{REPORT}">{REPORT[:-1]}…</a>')
    assert [link.text for link in anchors(response)] == [REPORT]


# -- links held in scripts, data URLs ----------------------------------------------------------------------------

def test_links_held_in_a_jpage_data_store_object_arrays_and_redirects() -> None:
    store = ('<datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?startrecord=16&columnid=2042">'
             '</a>]]></nextgroup><recordset><record><![CDATA[<li><a href="/art/2024/1/25/art_2042_1.html" '
             f'title="{REPORT}" target="_blank">{REPORT[:20]}…</a></li>]]></record></recordset></datastore>')
    objects = ('var towns = [{"title": "某镇2023年政府信息公开工作年度报告", "url": "/art/2.html", '
               '"date": "2024-01-02"}];')
    written = 'document.write("<a href=\\"/zfxxgk/\\">政府信息公开</a>"); window.location.href = "/index2.html";'
    links = script_links("https://xxgk.example.gov.cn/col/col2042/index.html", [store, objects, written])
    got = {link.url: link.text for link in links}
    assert got["https://xxgk.example.gov.cn/art/2024/1/25/art_2042_1.html"] == REPORT
    assert got["https://xxgk.example.gov.cn/art/2.html"] == "某镇2023年政府信息公开工作年度报告"
    assert got["https://xxgk.example.gov.cn/zfxxgk/"] == "政府信息公开"
    assert "https://xxgk.example.gov.cn/index2.html" in got
    assert data_urls("https://xxgk.example.gov.cn/col/col2042/index.html", [store]) == [
        "https://xxgk.example.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=16&columnid=2042"]


def test_data_urls_are_endpoints_not_scripts_styles_or_api_base_paths() -> None:
    scripts = ['fetch("/sitesources/x/2023n/list.json", {headers: {}})',
               "$.getJSON('/api/list?channelId=7&pageSize=20', draw);",
               'var c = {"apiBase": "/gkmlpt/api/", "sid": 2}; load("/static/js/app.js"); css("/a.css");',
               'jump("https://other.gov.cn/api/list.json")']
    assert data_urls("https://www.example.gov.cn/a/b.html", scripts) == [
        "https://www.example.gov.cn/sitesources/x/2023n/list.json",
        "https://www.example.gov.cn/api/list?channelId=7&pageSize=20"]


def test_a_page_read_whole_frames_onclick_and_jump_menus_count_as_links() -> None:
    response = page('<iframe src="/xxgk/tree.html" title="信息公开目录"></iframe>'
                    '<span onclick="window.open(\'/zfxxgk/nb/\')">政府信息公开年报</span>'
                    '<select><option value="">部门网站</option><option value="/jyj/">教育局</option></select>'
                    f'<ul class="list"><li><a href="./t1.html">{REPORT}</a></li></ul>')
    view = read_page(response)
    urls = {link.url: link.text for link in view.links}
    assert urls["https://www.example.gov.cn/xxgk/tree.html"] == "信息公开目录"
    assert urls["https://www.example.gov.cn/zfxxgk/nb/"] == "政府信息公开年报"
    assert urls["https://www.example.gov.cn/jyj/"] == "教育局"
    assert [(link.url, year) for link, year in view.reports] == [
        ("https://www.example.gov.cn/zfxxgk/nb/t1.html", 2023)]


def test_the_gkmlpt_catalogue_names_its_api() -> None:
    config = ('<script>window.GKMLPT_CONFIG = {"sid": 200105};\nwindow.GKMLPT_TREE = [{"id": 2961, "name": '
              '"法定主动公开内容", "parent": 0}];</script><div id="gkmlpt-app"></div>')
    view = read_page(page(config, "https://www.haizhu.gov.cn/gkmlpt/index"))
    assert view.data_urls == ["https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=1&sid=200105"]


def test_an_empty_script_drawn_list_is_recognised() -> None:
    assert read_page(page('<ul id="doc-list"></ul><script src="/js/list.js"></script>')).empty_list
    assert not read_page(page('<ul id="doc-list"><li><a href="a.html">a</a></li></ul>')).empty_list


# -- pagers ------------------------------------------------------------------------------------------------------

def test_numbered_pagers_without_next_words() -> None:
    response = page('<div class="pagination">共 3 页 <a href="index.html">首页</a> <b>1</b> '
                    '<a href="index_2.html">2</a> <a href="index_3.html">3</a> <a href="index_3.html">末页</a> '
                    '<a href="/other/index_2.html">2</a></div>')
    assert read_page(response).next_pages == ["https://www.example.gov.cn/zfxxgk/nb/index_2.html",
                                              "https://www.example.gov.cn/zfxxgk/nb/index_3.html"]
    query = page('<a href="list.jsp?cid=7&page=2">2</a>', "https://www.example.gov.cn/list.jsp?cid=7&page=1")
    assert read_page(query).next_pages == ["https://www.example.gov.cn/list.jsp?cid=7&page=2"]


def test_a_pager_without_links_is_a_hint_with_its_page_count() -> None:
    items = "".join(f'<li><a href="/art/2024/1/{n}/art_9_{n}.html">某局2023年工作动态第{n}期</a></li>'
                    for n in range(5))
    hint = read_page(page(f'<ul>{items}</ul><span>共23条</span><span id="pager"></span>'
                          '<script>Pager.render("pager", {count: 23, limit: 10, curr: 1});</script>')).pager
    assert hint is not None and hint.total == 3
    assert read_page(page(f"<ul>{items}</ul>")).pager is None
    # a list held in a script store is paged by its script over what it holds: nothing to probe
    store = (f'<script type="text/xml"><datastore><record><![CDATA[{items}]]></record></datastore></script>'
             '<script>$("#1").jpage({totalRecord: 23, perPage: 5});</script>')
    assert read_page(page(store)).pager is None


def test_probing_finds_the_numbering_then_asks_for_the_rest() -> None:
    listing = "https://www.example.gov.cn/xxgk/bm/index.html"
    assert pagers.probe_urls(listing) == [
        "https://www.example.gov.cn/xxgk/bm/index_1.html", "https://www.example.gov.cn/xxgk/bm/index_2.html",
        "https://www.example.gov.cn/xxgk/bm/list-2.html", "https://www.example.gov.cn/xxgk/bm/list2.html"]
    first, probe = probing.start(listing, 3)
    assert first.endswith("/index_1.html")
    second, probe = probing.missing(probe)  # index_1 is missing: the site counts from one
    assert second.endswith("/index_2.html")
    assert [url.rsplit("/", 1)[1] for url, _ in probing.found(second, probe)] == ["index_3.html"]
    # zero-based, count unknown: page after page until one is missing
    url, probe = probing.start("http://www.example.gov.cn/nb_1/index.shtml", None)
    (after, following), = probing.found(url, probe)
    assert after.endswith("/index_2.shtml") and following.confirmed
    assert probing.missing(following) is None  # a confirmed numbering that ends is the list's end
    assert probing.start(listing, 1) is None


# -- JSON lists --------------------------------------------------------------------------------------------------

def test_json_rows_are_found_without_knowing_the_schema() -> None:
    nested = {"code": 0, "data": {"pageNo": 1, "pageSize": 10, "total": 23, "totalPage": 3, "list": [
        {"docId": 1, "docTitle": REPORT, "docUrl": "/art/2024/1/25/art_1024_1.html", "source": "青岚县信访局"},
        {"docId": 2, "docTitle": "政务公开工作要点", "docUrl": "http://www.example.gov.cn/art/2.html",
         "thumbUrl": "/img/2.png"}]}}
    page_one = datalists.read_data(nested, "https://www.example.gov.cn/api/docs?pageNo=1&pageSize=10",
                                   "https://www.example.gov.cn/xxgk/ndbg/index.html")
    assert page_one.rows == [datalists.Row("https://www.example.gov.cn/art/2024/1/25/art_1024_1.html", REPORT,
                                           "青岚县信访局"),
                             datalists.Row("https://www.example.gov.cn/art/2.html", "政务公开工作要点")]
    assert page_one.next_urls == ["https://www.example.gov.cn/api/docs?pageNo=2&pageSize=10",
                                  "https://www.example.gov.cn/api/docs?pageNo=3&pageSize=10"]


def test_json_pagination_from_total_and_a_full_first_page_or_the_payloads_own_page_field() -> None:
    rows = [{"title": f"文件{n}", "url": f"/c/{n}.html"} for n in range(100)]
    gkmlpt = datalists.read_data({"total": 137, "offset": 0, "articles": rows},
                                 "https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=1&sid=200105")
    assert gkmlpt.next_urls == ["https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=2&sid=200105"]
    last = datalists.read_data({"total": 137, "offset": 100, "articles": rows[:37]},
                               "https://www.haizhu.gov.cn/gkmlpt/api/all/2961?page=2&sid=200105")
    assert last.next_urls == []
    implicit = datalists.read_data({"current": 1, "pages": 2, "records": rows[:10]}, "https://x.gov.cn/api/list")
    assert implicit.next_urls == ["https://x.gov.cn/api/list?current=2"]
    assert datalists.read_data({"list": rows[:3]}, "https://x.gov.cn/a/list.json").next_urls == []


def test_jsonp_and_markup_answers() -> None:
    wrapped = "jQuery123(" + json.dumps({"rows": [{"title": REPORT, "link": "/a.html"}]}, ensure_ascii=False) + ");"
    assert [row.title for row in datalists.read_text(wrapped, "https://x.gov.cn/api?cb=jQuery123").rows] == [REPORT]
    xml = ('<?xml version="1.0"?><datastore><recordset><record><![CDATA[<li><a href="/art/1.html" '
           f'title="{REPORT}">x</a></li>]]></record></recordset></datastore>')
    assert datalists.read_text(xml, "https://x.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=16").rows == [
        datalists.Row("https://x.gov.cn/art/1.html", REPORT)]
    assert datalists.read_text("<html>nothing here</html>", "https://x.gov.cn/x") is None


def test_base_href_image_links_and_files_named_by_their_link_text() -> None:
    response = page('<base href="https://www.example.gov.cn/xxgk/"><a href="nb/">x</a>'
                    '<a href="/gk/"><img src="/i.png" alt="政府信息公开"></a>'
                    f'<a href="/download?id=7">{REPORT}.pdf</a><a href="/about.html">关于我们</a>')
    links = {link.url: link.text for link in anchors(response)}
    assert "https://www.example.gov.cn/xxgk/nb/" in links
    assert links["https://www.example.gov.cn/gk/"] == "政府信息公开"
    assert [link.url for link in attachment_links(response)] == ["https://www.example.gov.cn/download?id=7"]


def test_titles_in_list_rows_and_urls_in_javascript_hrefs() -> None:
    response = page('<table><tr><td>' + REPORT + '</td><td>2024-01-20</td><td><a href="detail.jsp?id=9">查看</a></td>'
                    '</tr><tr><td>县政府常务会议</td><td><a href="detail.jsp?id=10">查看</a></td></tr></table>'
                    '<a href="javascript:openWin(\'/art/2024/1/2/art_1_2.html\')">'
                    '某镇2023年政府信息公开工作年度报告</a>')
    view = read_page(response)
    assert sorted((link.url, year) for link, year in view.reports) == [
        ("https://www.example.gov.cn/art/2024/1/2/art_1_2.html", 2023),
        ("https://www.example.gov.cn/zfxxgk/nb/detail.jsp?id=9", 2023)]


def test_a_report_title_leading_to_a_list_of_reports_is_a_list_not_a_report() -> None:
    rows = "".join(f'<li><a href="/art/{n}.html">某局{year}年政府信息公开工作年度报告</a></li>'
                   for n, year in enumerate((2023, 2023, 2023)))
    column = page(f"<h2>2023年度政府信息公开工作年度报告专栏</h2><ul>{rows}</ul>", "https://x.gov.cn/zt/2023/")
    assert lists_reports(column, read_page(column))
    report = page("<h1>本局2023年政府信息公开工作年度报告</h1>" + "<p>" + "本年度共主动公开政府信息一百二十条。" * 80
                  + f"</p><div class='related'>相关阅读<ul>{rows}</ul></div>", "https://x.gov.cn/art/9.html")
    assert not lists_reports(report, read_page(report)), "a report page with a related-reports box is a report"


# -- lists paged only by POST (crawler/discovery/postbacks.py) --------------------------------------------------------

_ASPNET_FORM = """<form name="form1" method="post" action="./List.aspx?cid=25" id="form1">
<input type="hidden" name="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" value="{state}" /><input name="txtKey" type="text" value="" />
<input type="submit" name="btnSearch" value="搜索" /><input type="checkbox" name="unchecked" />
<table><tr><td><a href="ShowInfo.aspx?id=1">{report}</a></td></tr></table>
<div id="AspNetPager1">共14条 共3页 <a disabled="disabled">首页</a><span>{current}</span>
<a href="javascript:__doPostBack('AspNetPager1','{other}')">{other}</a>
<a href="javascript:__doPostBack('AspNetPager1','{other}')">下一页</a>
<a href="javascript:__doPostBack('lnkLogin','')">登录</a>
<input type="text" value="{current}" name="AspNetPager1_input" /><input type="submit" name="AspNetPager1" value="go" />
</div></form>"""


def test_an_aspnet_pager_is_followed_by_posting_its_form() -> None:
    url = "http://www.example.gov.cn/xxgk/List.aspx?cid=25"
    view = read_page(page(_ASPNET_FORM.format(state="S1", report=REPORT, current=1, other=2), url))
    assert not view.pager and not view.next_pages  # nothing to probe or GET: the pages exist only as postbacks
    (post,) = view.form_pages  # one page (the number and 下一页 name the same); the login postback is no pager
    assert post.url == url and not post.is_data
    fields = dict(post.fields)
    assert (fields["__EVENTTARGET"], fields["__EVENTARGUMENT"], fields["__VIEWSTATE"]) == ("AspNetPager1", "2", "S1")
    assert "txtKey" in fields and "btnSearch" not in fields and "AspNetPager1" not in fields  # no button was clicked
    assert "unchecked" not in fields
    # page 2 asked for from page 3 (another view state, another jump box) is the same page
    again = read_page(page(_ASPNET_FORM.format(state="S3", report=REPORT, current=3, other=2), url)).form_pages[0]
    assert again.fields != post.fields and again.key == post.key


def test_jpage_data_groups_are_posted_with_the_column_parameters_never_fetched_bare() -> None:
    records = "".join(f'<record><![CDATA[<li><a href="/art/2024/1/2/art_1_{n}.html">{REPORT}{n}</a></li>]]></record>'
                      for n in range(8))
    store = ('<div id="77"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/'
             'dataproxy.jsp?page=1&amp;webid=9&amp;path=/&amp;columnid=1229&amp;unitid=77&amp;permissiontype=0">'
             f'</a>]]></nextgroup><recordset>{records}</recordset></datastore></script>'
             '<script>$("#77").jpage({totalRecord: 21, perPage: 4, groupSize: 2, proxyUrl: "/module/web/jpage/'
             'dataproxy.jsp"});</script></div>')
    view = read_page(page(store, "https://www.example.gov.cn/col/col1229/index.html"))
    proxy = "https://www.example.gov.cn/module/web/jpage/dataproxy.jsp"
    assert [(post.url, post.is_data) for post in view.form_pages] == [
        (f"{proxy}?startrecord=9&endrecord=16&perpage=4", True), (f"{proxy}?startrecord=17&endrecord=21&perpage=4",
                                                                 True)]
    assert dict(view.form_pages[0].fields) == {"webid": "9", "path": "/", "columnid": "1229", "unitid": "77",
                                               "permissiontype": "0"}
    assert not any("dataproxy" in url for url in view.data_urls) and not view.pager
    # a store whose <nextgroup> is a ready GET URL of the next records is read as data, as before
    ready = store.replace("page=1&amp;", "startrecord=9&amp;endrecord=16&amp;")
    view = read_page(page(ready, "https://www.example.gov.cn/col/col1229/index.html"))
    assert not view.form_pages and any("startrecord=9" in url for url in view.data_urls)
