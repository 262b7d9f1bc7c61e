"""Government pages: charset detection order, article body, metadata, merged table cells."""

from __future__ import annotations

from crawler.extract import extract, with_image_text
from crawler.extract.encoding import decode


def test_gbk_page_body_title_metadata_and_tables(documents):
    page = extract((documents / "page_gbk.html").read_bytes())
    assert page.media_type == "text/html"
    assert page.title == "广州市海珠区人民政府办公室2021年政府信息公开工作年度报告"
    assert page.metadata == {"published": "2022-01-28", "source": "广州市海珠区人民政府办公室",
                             "publisher": "海珠区政府办"}
    lines = page.text.splitlines()
    # navigation, breadcrumb, footer and the meta line are gone; the body is there in order
    for furniture in ("首页", "机构概况", "当前位置", "网站地图", "粤ICP备", "发布日期"):
        assert furniture not in page.text
    assert lines.index("一、总体情况") < lines.index("二、主动公开政府信息情况")
    assert "规章\t0\t0\t0" in lines
    assert "行政规范性文件\t0\t1\t4" in lines
    # rowspan/colspan: written once at the top-left, covered positions empty
    start = lines.index("项目\t申请人情况\t")
    assert lines[start:start + 3] == ["项目\t申请人情况\t", "\t自然人\t法人", "本年新收\t22\t0"]
    # a table is surrounded by blank lines (the text's end closes the last one)
    assert lines[start - 1] == "" and lines[start + 3:start + 4] in ([], [""])


def test_header_charset_wins_over_meta_and_detector():
    body = "<html><head><meta charset='utf-8'></head><body><p>通知公告</p></body></html>"
    data = body.encode("gbk")
    assert "通知公告" in extract(data, content_type="text/html; charset=GBK").text
    # without the header the (wrong) meta is tried first; invalid UTF-8 then falls through to a real decoding
    assert "通知公告" in extract(data).text


def test_short_gbk_without_declaration_is_not_misread():
    text, codec = decode("<html>通知公告</html>".encode("gbk"), None)
    assert text == "<html>通知公告</html>" and codec == "gb18030"


def test_server_default_latin1_loses_to_the_page_meta():
    page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head>" \
           "<body><p>年度报告正文</p></body></html>"
    got = extract(page.encode("gb18030"), content_type="text/html; charset=ISO-8859-1")
    assert "年度报告正文" in got.text


def test_pictures_where_the_tables_should_be_are_listed_with_their_place():
    page = ("<html><body><div class='nav'><a href='/'>首页</a></div><div id='zoom'><h1>2023年报告</h1>"
            "<p>一、总体情况</p><p>本年度主动公开信息若干条，具体情况见下表。</p><p>二、主动公开政府信息情况</p>"
            "<p><img src='/table1.jpg'></p><p>三、收到和处理政府信息公开申请情况</p><p><img src='table2.png'></p>"
            "<p><img src='/images/qrcode.png'><img src='/upload/x.gif' width='16'><img src='data:image/png;base64,A'>"
            "</p></div></body></html>")
    got = extract(page.encode(), url="http://www.example.gov.cn/zwgk/2024/report.html")
    assert [ref.url for ref in got.images] == ["http://www.example.gov.cn/table1.jpg",
                                               "http://www.example.gov.cn/zwgk/2024/table2.png"]
    lines = got.text.split("\n")
    above = [lines[ref.line - 1] for ref in got.images]
    assert above == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]
    assert any("2 picture(s) that may hold tables and no table" in w for w in got.warnings)
    assert "本年度主动公开信息若干条，具体情况见下表。" in got.text


def test_the_text_of_pictures_goes_where_they_stood():
    page = ("<html><body><div id='zoom'><p>二、主动公开政府信息情况</p><p><img src='/t1.png'></p>"
            "<p>三、收到和处理政府信息公开申请情况</p><p><img src='/t2.png'></p><p>四、政府信息公开行政复议</p>"
            "</div></body></html>")
    got = extract(page.encode(), url="http://www.example.gov.cn/a.html")
    merged = with_image_text(got, {"http://www.example.gov.cn/t2.png": "规章\t1\t0\t3\n", "http://x/t9.png": "x"})
    assert merged.text.split("\n") == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "",
                                        "规章\t1\t0\t3", "", "四、政府信息公开行政复议", ""]
    assert merged.ocr and got.text != merged.text


def test_layout_tables_are_read_as_blocks_not_rows():
    page = ("<html><body><table><tr><td><a href='/'>首页</a></td></tr><tr><td>"
            "<p>二、主动公开政府信息情况</p><table border=1><tr><td>行政许可</td><td>5</td></tr></table>"
            "</td></tr></table></body></html>")
    lines = extract(page.encode()).text.splitlines()
    assert "二、主动公开政府信息情况" in lines and "行政许可\t5" in lines


def test_inline_markup_stays_on_its_line_and_br_breaks_it():
    page = ("<html><body><div id=c><p>本年度<span>主动公开</span>信息<b>12</b>条。</p>"
            "<p>第二段<br>换行</p></div></body></html>")
    assert extract(page.encode()).text == "本年度主动公开信息12条。\n第二段\n换行\n"


def test_page_wrapped_in_one_form_or_furniture_named_container_keeps_its_article():
    article = "".join(f"<p>第{i}段：本机关依法公开政府信息，全年主动公开信息若干条。</p>" for i in range(12))
    page = (f"<html><body><form id='form1'><div class='nav'><a href='/'>首页</a></div>"
            f"<div class='page-foot-wrap'><div id='zoom'>{article}"
            "<table border=1><tr><td>行政许可</td><td>5</td></tr></table></div></div>"
            "<div class='footer'>版权所有</div></form></body></html>")
    got = extract(page.encode())
    assert "第0段" in got.text and "第11段" in got.text and "行政许可\t5" in got.text
    assert "首页" not in got.text and "版权所有" not in got.text


def test_word_single_file_web_page_is_read_through_its_html_part():
    import quopri

    html = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'></head><body>"
            "<p class=MsoNormal>二、主动公开政府信息情况</p><table class=MsoNormalTable border=1>"
            "<tr><td><p class=MsoNormal>行政许可</p></td><td><p class=MsoNormal>5</p></td></tr></table>"
            "</body></html>").encode("gb18030")
    mht = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
           b"------=_NextPart_01\r\nContent-Location: file:///C:/report.htm\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
           + quopri.encodestring(html) + b"\r\n------=_NextPart_01--\r\n")
    got = extract(mht)
    assert got.media_type == "multipart/related"
    assert got.text.splitlines() == ["二、主动公开政府信息情况", "", "行政许可\t5"]
