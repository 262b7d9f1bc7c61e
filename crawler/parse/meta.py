"""Report metadata: title, year, agency, template.

- The year is the `NNNN年` directly before 政府信息公开…年度报告 in the title, not the first year in the text
  (a subtitle such as `(2022 年 1 月)` gives the publication month).
- The agency is in the title before the year (`广州市海珠区人民政府办公室 2021 年…`, `番禺区信访局关于 2021 年…`),
  between the year and the phrase (`2025年上海市人民政府办公厅政府信息公开…`), or on its own line above it
  (`尧都区信访局` / `2020年政府信息公开工作年度报告`); common abbreviations are expanded and place names checked
  against the official list of administrative divisions (OCR confuses 沭 and 沐).
- The template is decided by the labels the tables use, not by the year (some later reports keep 2019 labels).
- A text without a title (a page whose text starts at 一、总体情况) still names its year and agency: the statistics
  period (`统计期限为2024年1月1日至…`), the first sentence (`2021年,海珠区认真贯彻落实…`), the signature (the agency on
  its own line above the date) or the contact line (`请联系XX局`).  What is taken from there is listed in
  `Meta.inferred`, with the sentence it came from in `Meta.evidence`.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crawler.parse.normalize import match_form, squeeze

_TITLE = re.compile(
    r"(?P<before>[^\n。，]{0,40}?)(?:关于)?(?P<year>(?:19|20)\d{2})年度?(?P<between>[^，。,\n]{0,24}?)"
    r"(?P<gov>政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)"
)
_AGENCY_SUFFIX = re.compile(
    r"(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管理委员会|街道办事处|街道|镇|乡|局|委|办|厅|署|院|中心|"
    r"政府|管委会|公司|分局|大队|支队|所|站|馆|会|处|部|司|总队|集团)$"
)
_STATS_PERIOD = re.compile(r"统计期限?(?:为|自|是|从)?(\d{4})年1月1日")
_LEAD_WORDS = re.compile(r"^(关于|印发|公布|发布|\d+\.|[（(][一二三四五六七八九十]+[)）])")

# Standard short forms of agency names (the full name is what researchers group by).
ABBREVIATIONS = {
    "发改委": "发展和改革委员会", "发改局": "发展和改革局", "科委": "科学技术委员会", "经信委": "经济和信息化委员会",
    "经信局": "工业和信息化局", "卫健委": "卫生健康委员会", "卫健局": "卫生健康局", "住建委": "住房和城乡建设委员会",
    "住建局": "住房和城乡建设局", "教委": "教育委员会", "民宗委": "民族宗教事务委员会", "商委": "商务委员会",
    "交委": "交通委员会", "农委": "农业委员会", "人社局": "人力资源和社会保障局", "市监局": "市场监督管理局",
    "生态环境局": "生态环境局", "文广旅局": "文化广电旅游局", "应急局": "应急管理局", "规自局": "规划和自然资源局",
    "区府办": "区人民政府办公室", "县府办": "县人民政府办公室", "市府办": "市人民政府办公室",
    "区政府办": "区人民政府办公室", "县政府办": "县人民政府办公室", "市政府办": "市人民政府办公室",
}
_PLACE = re.compile(r"^(?P<head>(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|自治州|地区|盟))*)"
                    r"(?P<county>[\u4e00-\u9fff]{1,6}?(?:县|区|市|旗|自治县))(?=[\u4e00-\u9fff])")


@dataclass
class Meta:
    title: str | None = None
    year: int | None = None
    agency: str | None = None
    agency_as_printed: str | None = None
    agency_full: str | None = None
    # "title" (the document's or the link's title) | "hint" (what the document's metadata or the site states) |
    # "body" (the opening sentence, the signature, the contact line of a text without a title)
    agency_source: str | None = None
    inferred: list[str] = field(default_factory=list)  # keys not read from a title: from the body or a hint
    evidence: dict[str, str] = field(default_factory=dict)  # inferred key → the line it was taken from


def _head(lines: list[str], count: int = 12) -> list[str]:
    return [line.strip().lstrip("#").strip() for line in lines[:80] if line.strip()][:count]


def find(lines: list[str], title_hints: Sequence[str] = (), agency_hint: str | None = None) -> Meta:
    meta = Meta()
    best = _best_title(lines, title_hints)
    if best is not None:
        text, match, head = best
        meta.title = text.strip()
        meta.year = int(match["year"])
        agency = (_government_or_agency(_trailing_name(match["before"]))
                  or _government_or_agency(match["between"]) or _agency_above(head, text))
        meta.agency_as_printed = agency
        meta.agency_source = "title" if agency else None
    if meta.year is None:
        _year_from_body(lines, meta)
    if not meta.agency_as_printed and agency_hint:
        meta.agency_as_printed = _clean_agency(squeeze(agency_hint))
        if meta.agency_as_printed:
            meta.agency_source = "hint"
            meta.inferred.append("agency")
            meta.evidence["agency"] = f"stated outside the text (document metadata or the site): {agency_hint}"
    if not meta.agency_as_printed:
        _agency_from_body(lines, meta)
    if meta.agency_as_printed:
        meta.agency = canonical_agency(meta.agency_as_printed)
        meta.agency_full = full_agency(meta.agency)
    return meta


# The report's own first sentence: `2021年,海珠区认真贯彻落实…`, `2022年,区政府办公室…` (no place: not used).
_OPENING = re.compile(r"^(?:[(]?[一二三四五六七八九十\d]{1,2}[)、.]?)?(?P<year>(?:19|20)\d{2})年度?,?"
                      r"(?P<who>[\u4e00-\u9fff()]{2,30}?)(?:认真|坚持|深入|全面|紧紧|严格|持续|积极|扎实|高度|始终|"
                      r"进一步|按照|根据|围绕|共|全年|主动|不断|紧扣|聚焦|切实|继续|大力|着力|稳步|依法|以|在)")
# `汇报我镇2023年政府信息公开工作`, `现将2021年度政府信息公开工作情况报告如下`: the year of the work reported.
_REPORTED_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年度?(?:本级)?政府信息公开(?:工作)?(?:年度)?"
                            r"(?:报告|情况|年报|工作)")
_OPENING_YEAR = re.compile(r"^(?:[(]?[一二三四五六七八九十\d]{1,2}[)、.]?)?(?P<year>(?:19|20)\d{2})年度?,?"
                           r"(?:我|本|全|[\u4e00-\u9fff]{2,20}?(?:认真|坚持|深入|全面|紧紧|严格|持续|积极|扎实))")
_CONTACT = re.compile(r"(?:请与|请联系|联系单位:?)(?P<who>[\u4e00-\u9fff()]{2,30}?)(?:联系|[(,:;。]|电话|地址)")
_DATE_LINE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
# A name the body uses for itself (我局, 本机关) or a name without its place (区政府办公室) is no agency name.
_PLACED = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗|镇|乡|街道)")


def _body_name(text: str) -> str | None:
    name = _government_or_agency(text)
    if not name or name[0] in "我本该各全" or not _PLACED.match(name):
        return None
    return name


def _year_from_body(lines: list[str], meta: Meta) -> None:
    flat = squeeze("".join(lines[:200]))
    period = _STATS_PERIOD.search(flat)
    if period:
        meta.year, meta.evidence["year"] = int(period[1]), flat[max(0, period.start() - 20):period.end() + 10]
    else:
        for line in lines[:120]:
            opening = _OPENING_YEAR.match(squeeze(line)) or _REPORTED_YEAR.search(squeeze(line))
            if opening:
                meta.year, meta.evidence["year"] = int(opening["year"]), line.strip()[:80]
                break
    if meta.year is not None:
        meta.inferred.append("year")


def _agency_from_body(lines: list[str], meta: Meta) -> None:
    """The agency a title-less text names: its first sentence, its signature, or its contact line."""
    found: tuple[str, str] | None = None
    for line in lines[:120]:
        opening = _OPENING.match(squeeze(line))
        if opening and (name := _body_name(opening["who"])):
            found = (name, line.strip()[:80])
            break
    if found is None:
        tail = [line.strip() for line in lines if line.strip()][-6:]
        for name_line, date_line in itertools.pairwise(tail):
            if _DATE_LINE.match(squeeze(date_line)) and (name := _body_name(name_line)):
                found = (name, f"{name_line} / {date_line}")
    if found is None:
        for line in lines[:120]:
            contact = _CONTACT.search(squeeze(line))
            if contact and (name := _body_name(contact["who"])):
                found = (name, contact.group(0))
                break
    if found:
        meta.agency_as_printed, meta.evidence["agency"] = found
        meta.agency_source = "body"
        meta.inferred.append("agency")


def _best_title(lines: list[str], title_hints: Sequence[str]) -> tuple[str, re.Match[str], list[str]] | None:
    """The window of the first lines that is most entirely a report title (titles wrap over two or three lines;
    a long line that merely mentions a title, such as a file path or a sentence, covers little of itself)."""
    head = _head(lines)
    candidates = [*title_hints, *_title_windows(head)]
    best: tuple[float, str, re.Match[str]] | None = None
    for rank, text in enumerate(candidates):
        flat = squeeze(text)
        if "信息公开" not in flat or "报" not in flat:  # cheap test first: most windows are body text
            continue
        match = _TITLE.search(flat)
        if not match or _quoted(flat, match.start("year")):
            continue
        covered = (match.end() - match.start("year") + len(_trailing_name(match["before"]) or "")) / len(flat)
        score = covered - 0.001 * rank
        if best is None or score > best[0]:
            best = (score, text, match)
    return (best[1], best[2], head) if best else None


def _quoted(text: str, at: int) -> bool:
    """Whether position `at` is inside 《…》: a document a sentence names (`《XX关于2021年度…报告编制工作的通知》`),
    not this report's title."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def _trailing_name(text: str | None) -> str | None:
    """The name-like run at the end of the text before a title's year (drops paths, markup, sentences)."""
    match = re.search(r"[\u4e00-\u9fff()（）]+$", text or "")
    return match.group(0) if match else None


def _title_windows(head: list[str]) -> list[str]:
    """Single lines first, then pairs and triples of consecutive lines (titles wrap)."""
    windows = list(head)
    for size in (2, 3):
        windows += ["".join(head[i:i + size]) for i in range(len(head) - size + 1)]
    return windows


def _clean_agency(text: str | None) -> str | None:
    if not text:
        return None
    text = squeeze(text)
    text = re.sub(r"^[#*\s《【\[]+|[》】\]\s]+$", "", text)
    text = re.sub(r"关于$", "", text)
    text = re.sub(r"[（(][^）)]*[）)]$", "", text)  # `(市科委)` after the name
    text = re.sub(r"的$", "", text)
    if not text or not _AGENCY_SUFFIX.search(text) or len(text) > 40 or len(text) < 2:
        return None
    if _LEAD_WORDS.search(text):
        return None
    return text


_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:省|自治区|市|自治州|州|盟|地区|区|县|自治县|旗|镇|乡|街道)$")


def _government_or_agency(text: str | None) -> str | None:
    """An agency name; a bare place name is that place's government: `海珠区2021年…报告` and
    `2018年度殷都区政府信息公开年度报告` are the reports of 海珠区人民政府 and 殷都区人民政府."""
    flat = squeeze(text or "")
    if _PLACE_ONLY.match(flat):
        return flat + ("办事处" if flat.endswith("街道") else "人民政府")
    return _clean_agency(text)


def _agency_above(head: list[str], title: str) -> str | None:
    """The agency printed on its own line above a title that does not name it."""
    for i, line in enumerate(head):
        if line and line in title and i > 0:
            return _clean_agency(head[i - 1])
    return None


@functools.cache
def _adcodes() -> dict[str, str]:
    """Administrative division code → name (provinces, prefectures, counties) from the national gazetteer."""
    # Located without importing cpca, which would pull in pandas (a quarter of a second) for one CSV file.
    spec = importlib.util.find_spec("cpca")
    assert spec is not None and spec.submodule_search_locations, "the cpca package is not installed"
    path = Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["adcode"]: row["name"] for row in csv.DictReader(handle)}


@functools.cache
def _divisions() -> frozenset[str]:
    return frozenset(_adcodes().values())


@functools.cache
def _prefecture_of_county() -> dict[str, str]:
    """County-level name → its prefecture's name, for county names that occur once in the country."""
    codes = _adcodes()
    seen: dict[str, list[str]] = {}
    for code, name in codes.items():
        if code[4:6] != "00":  # a county-level code: ppccxx…
            seen.setdefault(name, []).append(codes.get(code[:4] + "00" + code[6:], ""))
    return {name: prefectures[0] for name, prefectures in seen.items()
            if len(prefectures) == 1 and prefectures[0].endswith(("市", "州", "盟", "地区"))}


def full_agency(name: str) -> str:
    """The agency name with its prefecture when the report leaves it out (`番禺区信访局` → `广州市番禺区信访局`), so
    one agency has one name across years whichever way its reports print it.  Unchanged when the county name is
    ambiguous nationally or the name already starts with a province or prefecture."""
    match = _PLACE.match(name)
    if not match or match["head"]:
        return name
    prefecture = _prefecture_of_county().get(match["county"])
    return prefecture + name if prefecture and not name.startswith(prefecture) else name


# Characters OCR engines commonly confuse (visually near-identical glyphs); both directions are tried.
_CONFUSABLE_PAIRS = ("沭沐", "木术", "己已", "已巳", "未末", "士土", "戊戌", "戌戍", "日曰", "人入", "天夭", "千干",
                     "刀力", "免兔", "贝见", "汨汩", "崇祟", "候侯", "析折", "睢雎", "亳毫", "郏郊", "邛卬",
                     "泌沁", "洮桃", "潢璜", "濉睢", "鄞鄄", "莒苜", "泸沪", "柘拓", "汶汉", "沅沆", "浉狮")
_CONFUSABLE: dict[str, set[str]] = {}
for _pair in _CONFUSABLE_PAIRS:
    _CONFUSABLE.setdefault(_pair[0], set()).add(_pair[1])
    _CONFUSABLE.setdefault(_pair[1], set()).add(_pair[0])


def _correct_place(name: str) -> str:
    """Fix one OCR-confused character in a county-level place name (`沐阳县` → `沭阳县`): only when the printed
    name is not a real division and exactly one visually confusable spelling is."""
    match = _PLACE.match(name)
    if not match:
        return name
    county = match["county"]
    divisions = _divisions()
    if county in divisions:
        return name
    fixes = {county[:i] + alt + county[i + 1:] for i, ch in enumerate(county) for alt in _CONFUSABLE.get(ch, ())}
    real = [fix for fix in fixes if fix in divisions]
    if len(real) == 1:
        start = match.start("county")
        return name[:start] + real[0] + name[start + len(county):]
    return name


def canonical_agency(printed: str) -> str:
    name = match_form(printed)
    for short, full in ABBREVIATIONS.items():
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
            break
    return _correct_place(name)


# ---------------------------------------------------------------------------------------------------------
# Template detection
_CUES_2021 = ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正",
              "收费通知", "缴纳费用", "2021〕30号", "2021]30号")
_CUES_2019 = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减",
              "其他对外管理服务事项", "政府集中采购", "采购项目数量", "2019〕60号", "2019]60号")


def detect_template(text: str, year: int | None) -> tuple[str, str]:
    """("2019"|"2021", reason)."""
    flat = squeeze(text)
    score21 = sum(1 for cue in _CUES_2021 if cue in flat)
    score19 = sum(1 for cue in _CUES_2019 if cue in flat)
    if score21 != score19:
        chosen = "2021" if score21 > score19 else "2019"
        return chosen, f"labels: {score21} cues of the 2021 template, {score19} of the 2019 template"
    chosen = "2021" if year is None or year >= 2021 else "2019"
    return chosen, f"labels undecided ({score21} cues each); chosen by report year {year}"
