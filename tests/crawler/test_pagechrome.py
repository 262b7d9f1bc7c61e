"""The publication date a report page states: labelled (发布日期：…) or, on the Linfen county template, a bare date
right before the font-size controls (reference/sites.md §5); a bare date anywhere else is not taken."""

from __future__ import annotations

import datetime as dt

from crawler.pagechrome import read_chrome

LINFEN = """<html><body><div class="crumb">首页 > 政府信息公开 > 信息公开专栏 > 政府信息公开年报</div>
<h2>尧都区2020年政府信息公开工作年度报告</h2>
<div class="info"><span class="date">2021-01-29</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor"><p>一、总体情况</p></div></body></html>"""


def test_a_bare_date_before_the_font_controls_is_the_publication_date() -> None:
    assert read_chrome(LINFEN).published == dt.date(2021, 1, 29)
    assert read_chrome(LINFEN.replace("【字体：", "【打印】")).published == dt.date(2021, 1, 29)


def test_a_labelled_date_wins_and_a_bare_date_elsewhere_is_not_taken() -> None:
    labelled = LINFEN.replace('<div class="TRS_Editor">', '<p>发布日期：2021-02-03</p><div class="TRS_Editor">')
    assert read_chrome(labelled).published == dt.date(2021, 2, 3)
    sidebar = LINFEN.replace(" 【字体：<a>大</a> <a>中</a> <a>小</a>】", "")
    assert read_chrome(sidebar + "<ul><li><a>某某通知</a> 2021-01-30</li></ul>").published is None
