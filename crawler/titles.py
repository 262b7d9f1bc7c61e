"""The title model: is this link, page or file name an annual report on government information disclosure (a
candidate the document itself must still confirm), and of which year?

One model for the whole crawler (site spiders, discovery, JSON rows, the catalogue API).  Built from the real titles
and look-alikes in tests/titles/real_titles.csv (each with the public page it was read from) and the variants of
../shared/reference/sites.md ("What to collect"):

- the phrase: (政府|政务)?信息公开(工作)?(的)?(年度)?(报告|年报), also 政府信息公开年度工作报告, 工作报告 without 年度
  (`临汾市统计局2023年度政府信息公开工作报告`), 重点工作 and 工作开展年度报告, 报告 alone and 工作情况报告
  (`兴华乡2010年政府信息公开报告`, `2024年连生乡人民政府政府信息公开工作情况报告`), 政务公开工作年度报告 (older or
  local naming), and a bare 年报 after a year when the agency is named (`淮安市洪泽区人民政府2025年年报`);
- the year: `NNNN年(度)` before the phrase (an agency may stand between; bare digits right against it too),
  inside it (`政府信息公开工作2022年度报告`),
  after it (`…年度报告（2023年）`), in Chinese numerals (`二〇二二年`); a title without one is still a candidate when
  it names an agency (`…局政府信息公开工作年度报告`), its year then comes from the page or the publication date;
- look-alikes living in the same columns are rejected whatever the phrase: notices about compiling or commenting on
  the report (编制, 报送, 征集…意见), interpretations and infographics (解读, 图解, 一图读懂), announcements and
  corrections (公告, 更正), rules and guides (制度, 指南, 格式), work plans and summaries (工作要点, 工作总结),
  templates and showcases (范文, 汇编, 展示平台), news about the reports (优秀…出炉), the government work report
  (政府工作报告).  A notice that publishes the report (`关于印发…年度报告的通知`) is a candidate: its body is the
  report; so is a letter that submits it (`渭南市水务局 关于2014年度政府信息公开年度报告的函`);
- after the phrase: a year, the agency in brackets, after a dash or on the cover's next line
  (`2018年度政府信息公开年度报告 成都市住房和城乡建设局`), a list row's date, a file extension.

A title is only a candidate: the archive stores a document as a report only when its body shows the report's
sections or tables (crawler/parse), so a look-alike that slips through here is still never stored as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.parse.normalize import normalize_text, squeeze

_CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "Ｏ": "0", "О": "0", "一": "1", "二": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"([二一][〇○零ＯО一二三四五六七八九]{3})(?=年)")
_YEAR = r"((?:19|20)\d{2})"
# The report phrase, longest forms first.  `gov` tells 政务公开 (candidate only when the rest says report) apart.
_PHRASE = re.compile(
    r"(?P<gov>政府|政务)?信息公开(?:重点)?(?:工作)?(?:开展)?的?(?:" + _YEAR + r"年度?(?:工作)?报告"
    r"|(?:年度(?:工作)?报告|年报|(?:工作)?(?:情况)?报告))"
    r"|(?P<zw>政务公开)(?:工作)?(?:" + _YEAR + r"年度?(?:工作)?报告|年度(?:工作)?报告)")
# A year before the phrase: `2023年(度)`, or bare digits right against it (`…东河区2014政府信息公开工作年度报告`).
_YEAR_BEFORE = re.compile(r"(?<!\d)" + _YEAR + r"(?:年度?|$)")
_YEAR_AFTER = re.compile(r"^[(（\[【]?" + _YEAR + r"年?度?[)）\]】]?")
# `…人民政府2025年年报`: 年报 alone, after a year and a named agency.
_BARE_ANNUAL = re.compile(r"^(?P<agency>.{2,40}?)" + _YEAR + r"年度?年报(?P<tail>.*)$")
# What may follow the phrase: a year, the agency in brackets or after a dash, an edition note, a file extension.
_TAIL = re.compile(r"^(?:[(（\[【][^)）\]】]{0,30}[)）\]】]|[-—–_][\u4e00-\u9fff()（）]{2,40}|" + _YEAR + r"年?度?|"
                   # the issuing body on the title's next line (a cover page): a name ending like one
                   r"[\u4e00-\u9fff]{2,30}?(?:人民政府|办公室|办公厅|委员会|管委会|办事处|局|厅)|"
                   r"\.(?:pdf|docx?|wps|ofd|html?|xlsx?)|全文|正文|附件\d?|[:：》>]|"
                   # what a list row prints after the title: its date, size, an action link
                   r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|\d+(?:\.\d+)?[KMk]B?|查看|下载|详情|浏览|new|hot|置顶"
                   r")*$", re.I)
# Words that make a title something other than the report itself, wherever they stand.
_LOOK_ALIKE = re.compile(
    r"解读|图解|图读|一图|读懂|问答|政策解答|公告|更正|勘误|说明|征集|征求|意见|建议|编制|报送|做好|填报|撰写|"
    r"指南|制度|办法|规定|格式|模板|范文|样本|汇编|展示|平台|专题|专栏|优秀|出炉|评议|评估|测评|考核|检查|"
    r"通报|培训|会议|座谈|工作要点|要点|总结|计划|方案|目录|统计数据|数据表|清单|政府工作报告|企业|公司")
# A notice that publishes the report as its body: 关于印发/公布/发布《…年度报告》的通知.
_PUBLISHING_NOTICE = re.compile(r"(?:印发|公布|发布)[《<]?.*(?:报告|年报)[》>]?的?通知$")
_NOTICE = re.compile(r"通知|通告")
# A letter that submits the report as its body: `渭南市水务局关于2014年度政府信息公开年度报告的函`.
_COVER_LETTER = re.compile(r"^[》>]?的?函$")
# A yearless title names its agency: a name ending like a body, not a column word (部门, 乡镇, 各单位 …).
_AGENCY_END = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|街道办事处|街道|镇|乡|局|委|办|厅|署|院|中心|"
                         r"所|站|馆|处|队|会)$")
_COLUMN_WORDS = re.compile(r"^(?:区|县|市|省|部门|乡镇|镇街|街镇|街道|区县|县区|县市区|各部门|各单位|各乡镇|本级|"
                           r"区政府|县政府|市政府|区级|县级|市级|历年|往年)$")


@dataclass(frozen=True)
class Title:
    """A report candidate read from a title: its year when the title says it (else None: the page or the publication
    date will tell), and the text before the phrase (where the agency usually stands)."""

    year: int | None
    before: str
    government_work: bool = False  # 政务公开…年度报告: a candidate whose body decides more often than not


def flat(title: str) -> str:
    """The title as the model reads it: NFKC, simplified characters, no whitespace, years in Arabic digits."""
    text = squeeze(normalize_text(title or ""))
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS.get(c, c) for c in m[1]), text)


def read_title(title: str | None) -> Title | None:
    """The report candidate `title` names, or None when it names none (or names a look-alike)."""
    text = flat(title or "")
    if not text or len(text) > 120:
        return None
    match = _PHRASE.search(text)
    if match is None:
        return _bare_annual(text)
    before, after = text[:match.start()], text[match.end():]
    if _COVER_LETTER.match(after) and "关于" in before:
        after = ""
    if _LOOK_ALIKE.search(before + after) or _LOOK_ALIKE.search(match[0]):
        return None
    if _NOTICE.search(after) or _NOTICE.search(before):
        if not (_PUBLISHING_NOTICE.search(text) and _NOTICE.search(after)):
            return None  # a notice about the report, not one publishing it
        after = re.sub(r"[》>]?的?通知$", "", after)
    elif not _TAIL.match(after):
        return None  # the phrase runs on into something else (`…年度报告展示平台`, `…年度报告有关事项`)
    year = _year(match, before, after)
    agency = re.sub(r"^(?:关于|印发|公布|发布|[《<])+", "", _YEAR_BEFORE.sub("", before)).strip("《<-—_:：")
    if year is None and not (_AGENCY_END.search(agency) and len(agency) >= 3 and not _COLUMN_WORDS.match(agency)):
        return None  # a column name (`部门政府信息公开年度报告`), not a report
    return Title(year, before, government_work=bool(match["zw"]))


def report_year(title: str | None) -> int | None:
    """The year a report candidate's title names (None for a candidate without one, and for anything else)."""
    found = read_title(title)
    return found.year if found else None


def is_report_title(title: str | None) -> bool:
    return read_title(title) is not None


def _year(match: re.Match[str], before: str, after: str) -> int | None:
    inside = match[2] or match[4]
    if inside:
        return int(inside)
    years = _YEAR_BEFORE.findall(before)
    if years:
        return int(years[-1])  # the year nearest the phrase (`2024年…关于2023年度…`)
    trailing = _YEAR_AFTER.match(after)
    return int(trailing[1]) if trailing else None


def _bare_annual(text: str) -> Title | None:
    match = _BARE_ANNUAL.match(text)
    if match is None or _LOOK_ALIKE.search(text) or not _AGENCY_END.search(match["agency"]) \
            or not _TAIL.match(match["tail"]):
        return None
    return Title(int(match[2]), match["agency"])
