"""Locating the three statistical tables in a report's lines.

Headings are the first clue (`二、主动公开政府信息情况`), but their numbering varies (some reports renumber the
sections, some drop a heading altogether), and the narrative may name a section in a sentence.  So a heading is a
*short* line containing the section's phrase, and each table also has landmarks inside it (`第二十条`,
`本列数据的勾稽关系`, `结果维持`) that locate it when the heading is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.parse.normalize import match_form

_HEADING_MAX = 40  # characters of match form; headings are short, sentences are not

_ACTIVE_HEADING = re.compile(r"主动公开政府信息(情况)?$|主动公开政府信息情况")
_ACTIVE_LANDMARK = re.compile(r"第二十条第?[一二三四五六七八九十\d]+项|^信息内容")
_APPLICATIONS_HEADING = re.compile(r"收到和处理政府信息公开申请|政府信息公开申请情况$|依申请公开.{0,4}情况统计")
_APPLICATIONS_LANDMARK = re.compile(r"勾稽关系|申请人情况|本年新收政府信息公开申请")
_REVIEW_HEADING = re.compile(r"(?:因?政府信息公开(?:工作)?(?:被申请)?)?行政复议.{0,4}行政诉讼")
_REVIEW_LANDMARK = re.compile(r"结果维持.{0,4}结果纠正|未经复议直接起诉")
_END_HEADING = re.compile(r"存在的?主要问题|主要问题及|改进情况$|其他需要报告|^[一二三四五六七八九]主要问题")


@dataclass(frozen=True)
class Regions:
    active: tuple[int, int] | None
    applications: tuple[int, int] | None
    review: tuple[int, int] | None


# Section numbering that may precede a heading's phrase: 二 / 第二部分 / 表二 / 3 / (一)
_NUMBERING = re.compile(
    r"^(?:第?[一二三四五六七八九十]{1,3}(?:部分)?|表[一二三四五六七八九十\d]{1,2}|\d{1,2}|附表\d?)?"
)


def _is_heading(form: str, match: re.Match[str], tail: int = 4) -> bool:
    """A short line that starts with the phrase (after any section numbering) and ends soon after it:
    a prose sentence wrapped by a PDF extractor can also be short, but starts and ends elsewhere."""
    if not 0 < len(form) <= _HEADING_MAX:
        return False
    numbering = _NUMBERING.match(form)
    prefix_end = numbering.end() if numbering else 0
    return match.start() <= prefix_end + 1 and len(form) - match.end() <= tail


def _find(forms: list[str], start: int, heading: re.Pattern[str] | None, landmark: re.Pattern[str] | None,
          tail: int = 4) -> int | None:
    end = len(forms)
    if heading is not None:
        for i in range(start, end):
            match = heading.search(forms[i])
            if match and _is_heading(forms[i], match, tail):
                return i
    if landmark is not None:
        for i in range(start, end):
            if landmark.search(forms[i]):
                return i
    return None


def locate(lines: list[str]) -> Regions:
    """Line ranges [start, end) of the three tables; None for a table the text does not contain."""
    forms = [match_form(line) for line in lines]
    active = _find(forms, 0, _ACTIVE_HEADING, None)
    # The first landmark of table 二 may precede a heading that only the narrative used; prefer the landmark
    # when the heading-based start has no landmark after it.
    landmark = _find(forms, 0, None, _ACTIVE_LANDMARK)
    if active is None or (landmark is not None and landmark < active and
                          _find(forms, active, None, _ACTIVE_LANDMARK) is None):
        active = landmark
    after_active = active if active is not None else 0
    applications = _find(forms, after_active, _APPLICATIONS_HEADING, _APPLICATIONS_LANDMARK)
    after_applications = applications if applications is not None else after_active
    review = _find(forms, after_applications + 1 if applications is not None else after_applications,
                   _REVIEW_HEADING, _REVIEW_LANDMARK)
    last = max(x for x in (active, applications, review, 0) if x is not None)
    end = _find(forms, last + 1, _END_HEADING, None, tail=12)
    end = len(lines) if end is None else end

    def span(start: int | None, *nexts: int | None) -> tuple[int, int] | None:
        if start is None:
            return None
        stop = min([n for n in nexts if n is not None and n > start] + [end if end > start else len(lines)])
        return (start, stop)

    return Regions(
        active=span(active, applications, review),
        applications=span(applications, review),
        review=span(review),
    )


# The six parts every disclosure report is written in (the 2019/2021 formats, and the older 概述…改进措施 order),
# as headings: what tells a report from a notice, an interpretation or a column page that merely names one.
_REPORT_PARTS = (
    re.compile(r"总体情况$|^概述$|基本情况$"),
    re.compile(r"主动公开政府信息(?:的)?情况$"),
    re.compile(r"(?:收到和处理政府信息公开申请|依申请公开政府信息|政府信息公开申请)(?:的)?情况$"),
    re.compile(r"行政复议.{0,6}(?:行政)?诉讼.{0,4}情况$|复议.{0,2}诉讼.{0,4}情况$"),
    re.compile(r"(?:存在的?主要问题|主要问题).{0,8}(?:改进|措施|情况)"),
    re.compile(r"其他需要报告的事项$"),
)
_PART_NUMBER = re.compile(r"^(?:第?[一二三四五六七八九十]{1,2}(?:部分)?|\d{1,2})")


def report_parts(lines: list[str]) -> int:
    """How many of the report's six parts the text shows as numbered headings (`二、主动公开政府信息情况`)."""
    found: set[int] = set()
    for line in lines:
        form = match_form(line)
        if not 0 < len(form) <= _HEADING_MAX or not _PART_NUMBER.match(form):
            continue
        for index, part in enumerate(_REPORT_PARTS):
            if part.search(form):
                found.add(index)
    return len(found)
