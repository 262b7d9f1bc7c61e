"""The prose around the tables: preface, 一、总体情况, 五、存在的主要问题…, 六、其他需要报告的事项, signature.

Real prose is full of numbers (years, counts, document numbers like 〔2021〕30号, dates, percentages) and even of
table words (`予以公开 9 件，不予公开 2 件`, `行政复议 1 件`), so a parser that picks numbers by nearby words alone
will be caught here. Some numbers agree with the tables, some deliberately do not (a narrative may count differently).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from replica.reportgen.agencies import short_name


@dataclass(frozen=True)
class Heading:
    level: int  # 1: 一、总体情况; 2: （一）主动公开情况
    text: str


Figures = tuple[tuple[str, int, str], ...]  # (figure key, value, unit) a paragraph states, in order


@dataclass(frozen=True)
class Para:
    text: str
    figures: Figures = ()  # what a careful reader takes from the paragraph (crawler/parse/narrative.py keys)


def stated(blocks: list[Any]) -> dict[str, dict[str, Any]]:
    """The narrative figures of a document: the first statement of each figure, in document order."""
    out: dict[str, dict[str, Any]] = {}
    for block in blocks:
        for key, value, unit in getattr(block, "figures", ()):
            out.setdefault(key, {"value": value, "unit": unit})
    return out


def _total(report: dict[str, Any], row: str, col: str = "total") -> int:
    value = report["tables"]["applications"].get(row, {}).get(col)
    return value if isinstance(value, int) else 0


def _group(report: dict[str, Any], prefix: str) -> int:
    """The total of an outcome group (`denied_*`, `unavailable_*`, …) as the report's rows give it."""
    return sum(_total(report, row) for row in report["tables"]["applications"] if row.startswith(prefix))


def _review_total(report: dict[str, Any], *rows: str) -> int:
    return sum((report["tables"]["review"].get(row) or {}).get("total") or 0 for row in rows)


def preface(report: dict[str, Any], rng: random.Random) -> Para:
    doc = "国办公开办函〔2019〕60号" if report["template"] == "2019" else "国办公开办函〔2021〕30号"
    year = report["year"]
    return Para(
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
        f"（{doc}）要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和"
        f"行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自{year}年1月1日起至"
        f"{year}年12月31日止。如对本报告有疑问，请联系{report['agency']}，电话：0{rng.randint(10, 999)}-"
        f"{rng.randint(2000000, 89999999)}。"
    )


def overview(report: dict[str, Any], rng: random.Random, full_brackets: bool, subject: str | None = None
             ) -> list[Heading | Para]:
    """一、总体情况: sub-headings numbered （一）… like the table labels, sentences with numbers.  `subject`: how the
    first sentence names the agency (default: 我局/本机关…; a report without a title names it: `2021年,海珠区…`)."""
    me, year = short_name(report["agency"]), report["year"]
    b = ("（", "）") if full_brackets else ("(", ")")
    items = rng.randint(5, 3000)
    out: list[Heading | Para] = [
        Para(f"{year}年，{subject or me}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于"
             "政务公开工作的"
             f"部署要求，扎实推进政府信息公开工作，全年召开专题会议{rng.randint(1, 9)}次。"),
        Heading(2, f"{b[0]}一{b[1]}主动公开情况"),
        Para(f"{year}年度，{me}通过门户网站主动公开政府信息{items}条，其中政策文件{rng.randint(0, 40)}件、"
             f"政策解读{rng.randint(0, 30)}篇，更新公开指南1次；政务新媒体发布信息{rng.randint(0, 900)}条，"
             f"同比增长{rng.randint(1, 60)}.{rng.randint(0, 9)}%。"),
        Heading(2, f"{b[0]}二{b[1]}依申请公开情况"),
        applications_paragraph(report, rng, me),
        Heading(2, f"{b[0]}三{b[1]}政府信息管理"),
        Para(f"一是严格落实公开属性源头认定，审查公文{rng.randint(10, 400)}件；二是开展已公开信息清理，"
             f"清理过期信息{rng.randint(0, 700)}条；三是动态更新政府信息公开目录。"),
        Heading(2, f"{b[0]}四{b[1]}政府信息公开平台建设"),
        Para(f"持续加强政府网站建设，全年网站访问量{rng.randint(1, 99)}万人次，"
             f"开展网站自查{rng.randint(1, 12)}次，整改问题{rng.randint(0, 50)}个。"),
        Heading(2, f"{b[0]}五{b[1]}监督保障"),
        Para(f"组织政务公开业务培训{rng.randint(1, 6)}场，参训{rng.randint(10, 300)}人次。"),
        review_paragraph(report, rng, me),
    ]
    return out


def problems(report: dict[str, Any], rng: random.Random) -> list[Para]:
    me = short_name(report["agency"])
    return [
        Para(f"{report['year']}年，{me}政府信息公开工作取得了一定成效，但仍存在一些不足：一是主动公开的及时性有待加强，"
             f"有{rng.randint(1, 20)}条信息发布滞后；二是政策解读形式较为单一。"),
        Para(f"下一步，{me}将从以下{rng.choice(['三', '两', '四'])}个方面加以改进：一是加强培训，"
             f"每年至少开展{rng.randint(2, 4)}次业务培训；二是丰富解读形式；三是加强督促检查。"),
    ]


def other_matters(report: dict[str, Any], rng: random.Random) -> list[Para]:
    year = report["year"]
    if rng.random() < 0.5:
        fee = Para(f"本单位{year}年未收取信息处理费。", (("fees", 0, "元"),))
    else:
        amount = rng.randint(1, 900)
        fee = Para(f"依据《政府信息公开信息处理费管理办法》，{year}年度共发出收费通知{rng.randint(1, 5)}件，"
                   f"收取信息处理费共计{amount}元。", (("fees", amount, "元"),))
    return [fee, Para(f"{year}年度，{short_name(report['agency'])}无其他需要报告的事项。")]


def signature(report: dict[str, Any]) -> list[str]:
    y, m, d = (int(x) for x in report["published"].split("-"))
    return [report["agency"], f"{y}年{m}月{d}日"]


def work_sections(report: dict[str, Any], rng: random.Random) -> list[tuple[str, Para]]:
    """shkw: the prose as numbered top-level sections of its own, one of them named like table 三's heading
    (`四、政府信息公开申请情况`), with the tables following as an appendix numbered 一、二、三."""
    me, year = short_name(report["agency"]), report["year"]
    return [
        ("工作机制保障", Para(f"{me}设立政务公开工作协调小组，统筹协调信息公开工作部门、法制部门、业务处室等"
                             f"{rng.randint(3, 12)}个部门共同协作推进政务公开任务。")),
        ("主动公开工作情况", Para(
            f"截至{year}年12月31日，{me}通过部门网站当年发布政府信息{rng.randint(20, 900)}件，"
            f"其中包括：行政规范性文件{rng.randint(0, 20)}件；规划计划文件{rng.randint(0, 5)}件。")),
        ("政府信息公开申请情况", Para(  # shkw_2024 (golden)
            f"全年收到政府信息公开申请 {_total(report, 'new')} 件，上年结转政府信息公开申请 "
            f"{_total(report, 'carried_over')} 件。所有办结的信息公开申请中同意公开答复 {_total(report, 'granted')} "
            f"件，部分公开答复 {_total(report, 'partial')} 件，转下一年度办理答复的有 "
            f"{_total(report, 'carried_forward')} 件。",
            (("received", _total(report, "new"), "件"), ("carried_over", _total(report, "carried_over"), "件"),
             ("granted", _total(report, "granted"), "件"), ("partial", _total(report, "partial"), "件"),
             ("carried_forward", _total(report, "carried_forward"), "件")))),
        ("政府信息管理", Para(
            f"及时发布本部门最新版本的政府信息公开指南，审查公文公开属性{rng.randint(10, 300)}件。")),
        ("政府信息公开平台建设", Para(
            f"网站全年累计发布信息 {rng.randint(100, 3000)} 条，其中动态类信息发布 {rng.randint(50, 1500)} 条；"
            f"微信公众号关注人数达 {rng.randint(1000, 2000000)} 人。")),
    ]


def applications_paragraph(report: dict[str, Any], rng: random.Random, me: str) -> Para:
    """一（二）依申请公开: the applications figures in one of the wordings real reports use (their pages are in
    tests/parse/real/narrative_sentences.json).  Some count 收到 as 新收, some as 新收 + 上年结转; some name a
    group (无法提供) with the figure of one row under it, a disagreement with the table a reader should notice."""
    year = report["year"]
    new, carried_over = _total(report, "new"), _total(report, "carried_over")
    granted, partial = _total(report, "granted"), _total(report, "partial")
    forward, handled = _total(report, "carried_forward"), _total(report, "handled_total")
    if new + carried_over == 0:
        wording = rng.randrange(3)
        if wording == 0:  # yangling.gov.cn 2022
            return Para(f"{year}年，未收到依申请公开事项。", (("received", 0, "件"),))
        if wording == 1:  # cqjlp.gov.cn 2022
            return Para("全年新收政府信息公开申请数量0件，上年结转政府信息公开申请数量0件。",
                        (("new", 0, "件"), ("carried_over", 0, "件")))
        return Para(f"{year}年度，{me}未收到政府信息公开申请。", (("received", 0, "件"),))
    wording = rng.randrange(6)
    if wording == 0:  # the generator's first wording: 收到 = 新收, 无法提供 with the 不掌握 row's figure
        not_held = _total(report, "unavailable_not_held")
        return Para(f"全年共收到政府信息公开申请{new}件，上年结转{carried_over}件，其中予以公开{granted}件，"
                    f"部分公开{partial}件，无法提供{not_held}件，均在法定期限内答复。",
                    (("received", new, "件"), ("carried_over", carried_over, "件"), ("granted", granted, "件"),
                     ("partial", partial, "件"), ("unavailable", not_held, "件")))
    if wording == 1:  # hanyang.gov.cn 2022: 收到 = 新收 + 上年结转, a named row, 无下年度结转
        not_held = _total(report, "unavailable_not_held")
        tail = (("无下年度结转。", (("carried_forward", 0, "件"),)) if forward == 0 else
                (f"结转下年度继续办理{forward}件。", (("carried_forward", forward, "件"),)))
        return Para(f"{year}年，{me}共收到{new + carried_over}份政府信息公开申请。其中，予以公开{granted}件，"
                    f"部分公开{partial}件，本机关不掌握相关政府信息{not_held}件。" + tail[0],
                    (("received", new + carried_over, "件"), ("granted", granted, "件"), ("partial", partial, "件"),
                     ("unavailable_not_held", not_held, "件"), *tail[1]))
    if wording == 2:  # shanghai.gov.cn 2019 (市政府办公厅): handled, carried over and forward, group totals
        combined, denied = granted + partial, _group(report, "denied_")
        unavailable, rejected = _group(report, "unavailable_"), _group(report, "rejected_")
        other = _group(report, "other")
        return Para(f"{me}共受理政府信息公开申请{new}件；答复政府信息公开申请{handled}件（含上年度结转申请"
                    f"{carried_over}件，另有{forward}件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。"
                    f"予以公开及部分公开{combined}件，不予公开{denied}件，因本机关不掌握等原因无法提供{unavailable}件，"
                    f"不予处理{rejected}件，其他处理{other}件。",
                    (("received", new, "件"), ("handled", handled, "件"), ("carried_over", carried_over, "件"),
                     ("carried_forward", forward, "件"), ("denied", denied, "件"), ("unavailable", unavailable, "件"),
                     ("rejected", rejected, "件"), ("other", other, "件")))
    if wording == 3:  # cqjlp.gov.cn 2022
        return Para(f"全年新收政府信息公开申请数量{new}件，上年结转政府信息公开申请数量{carried_over}件。",
                    (("new", new, "件"), ("carried_over", carried_over, "件")))
    if wording == 4:  # dazu.gov.cn 2022, xinhuaqu.gov.cn 2025
        return Para(f"本单位{year}年度共受理信息公开申请{new}件，且均在法定期限内答复。", (("received", new, "件"),))
    # yynanhu.yueyang.gov.cn 2019: 条 for applications, a rate that is no count
    return Para(f"全年收到依申请公开信息{new}条，答复率100%。", (("received", new, "条"),))


def review_paragraph(report: dict[str, Any], rng: random.Random, me: str) -> Para:
    """一（五）: the review and litigation counts, matching table 四, denied when there were none (weishan.gov.cn
    2023, dttz.gov.cn 2021), or counted differently from the table (a narrative may count cases, not decisions)."""
    review = _review_total(report, "review")
    litigation = _review_total(report, "litigation_direct", "litigation_after_review")
    roll = rng.random()
    if roll < 0.3 and report["tables"]["review"]:
        return Para(f"本年度发生政府信息公开行政复议{review}件、行政诉讼{litigation}件，"
                    "未发生因政府信息公开被追究责任的情况。",
                    (("review", review, "件"), ("litigation", litigation, "件")))
    if roll < 0.55 and review == litigation == 0:
        return Para(f"{report['year']}年，{me}未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
                    (("review", 0, "件"), ("litigation", 0, "件")))
    counted = (rng.randint(0, 3), rng.randint(0, 2))
    return Para(f"本年度发生政府信息公开行政复议{counted[0]}件、行政诉讼{counted[1]}件，"
                "未发生因政府信息公开被追究责任的情况。",
                (("review", counted[0], "件"), ("litigation", counted[1], "件")))
