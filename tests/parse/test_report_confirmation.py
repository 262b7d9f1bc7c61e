"""A title is only a claim: the parser stores nothing as a report unless its body shows the report's tables or
parts (crawler/parse/sections.py `report_parts`)."""

from __future__ import annotations

import pytest

from crawler.errors import NotAReportError
from crawler.parse import parse_text

REPORT_TITLE = "关于征集2023年度政府信息公开工作年度报告意见的通知"


def test_a_notice_that_names_the_report_is_not_one() -> None:
    body = (f"{REPORT_TITLE}\n各科室：\n为做好2023年度政府信息公开工作年度报告编制工作，现征集意见如下：\n"
            "一、征集范围\n二、征集时间\n请于2024年1月10日前反馈。\n")
    with pytest.raises(NotAReportError):
        parse_text(body, title="某县2023年政府信息公开工作年度报告")


def test_an_interpretation_is_not_a_report() -> None:
    body = ("《某县2023年政府信息公开工作年度报告》解读\n一、编制背景\n报告全文包括总体情况、主动公开政府信息情况、"
            "收到和处理政府信息公开申请情况等六部分。\n二、主要内容\n三、统计期限\n")
    with pytest.raises(NotAReportError):
        parse_text(body)


def test_a_publishing_notice_whose_body_is_the_report_is_one() -> None:
    body = ("某县人民政府办公室关于印发某县2023年政府信息公开工作年度报告的通知\n各乡镇人民政府，县政府各部门：\n"
            "现将《某县2023年政府信息公开工作年度报告》印发给你们。\n某县2023年政府信息公开工作年度报告\n"
            "一、总体情况\n2023年，某县认真贯彻落实《条例》。\n五、存在的主要问题及改进情况\n下一步将加强培训。\n")
    parsed = parse_text(body)
    assert parsed["year"] == 2023
