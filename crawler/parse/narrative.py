"""The figures a report states in prose (section 一 mostly: 收到申请287件，上年结转17件，办结303件…), each with the
sentence it came from, and how they compare with the tables.

Real reports word these figures in many ways (tests/parse/real/narrative_sentences.json keeps the sentences this
was built from, with their pages): the number may come before or after its words (`共收到8份政府信息公开申请`,
`受理政府信息公开申请859件`), one clause may hold two figures (`答复…805件（含上年度结转申请18件`), a figure may be a
denial (`未收到依申请公开事项`, `无下年度结转`, `未出现被行政诉讼、行政复议情况`), and look-alike sentences count
something else (`未收到行政许可申请`, `未收到法人或者其他组织…的申请`, `予以公开及部分公开10538件`).  So each number
is classified by the words of its own clause before it (after it when those say nothing), combined categories
and clauses about one kind of applicant are left out, and only the first statement of each figure is kept.

Figures are never mixed into the tables: they are a separate block, `narrative`, and a disagreement with the
tables is a finding (`narrative.checks`), never a correction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from crawler.parse import labels, rows, template
from crawler.parse.cells import Number, to_number

# Clause separators inside a sentence (text is NFKC-normalised: full-width commas and semicolons are ASCII).
_SENTENCE_END = re.compile(r"(?<=[。!?;])")
_CLAUSE = re.compile(r"[,、:]")
# A counted figure: a number with the unit reports count applications, cases or money in.
_FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(件|宗|份|条|起|个|万元|元)")
# An outcome word directly followed by a bare number (`部分公开67,占4.61%`): the unit is sometimes left out.
_BARE = re.compile(r"(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:答复|的)?(\d+)(?=[,;。、)]|$)")
_DIGIT = re.compile(r"\d")
# Words without which no sentence states one of the figures (a quick filter; the keys' own patterns decide).
_FIGURE_WORDS = re.compile(r"申请|复议|诉讼|结转|办结|答复|处理费|收费|予以公开|部分公开|不予|无法提供|其他处理")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)]|\d{1,2}[、.])")
_PERCENT_TAIL = re.compile(r"^\s*%")

# Keys, in the order they are tried: the first whose words precede the number wins.  Group totals of the
# outcome table (不予公开, 无法提供, 不予处理, 其他处理) win over the rows under them:
# `因本机关不掌握等原因无法提供265件`
# counts the group.
_CARRIED_FORWARD = r"结转下一?年|结转至下|结转到|转入下一?年|转下一?年|顺延到?下一?年|下一?年度继续办理|结转20\d\d"
_CARRIED_OVER = r"上一?年度?(?:结转|转结)|上年结转|去年结转"
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("carried_forward", _CARRIED_FORWARD),
    ("carried_over", _CARRIED_OVER),
    ("litigation", r"行政诉讼|诉讼"),
    ("review", r"行政复议|复议"),
    ("partial", r"部分公开"),
    ("granted", r"予以公开|同意公开"),
    ("denied", r"不予公开"),
    ("unavailable", r"无法提供"),
    ("rejected", r"不予处理"),
    ("other", r"其他处理"),
    ("new", r"新收"),
    ("handled", r"办结|答复|办理完毕|处理完毕|共办理|已办理"),
    ("received", r"收到|受理|接到|接收|共有|提出"),
)
_KEYWORD = {key: re.compile(pattern) for key, pattern in _KEYWORDS}
_OUTCOME_GROUPS = {"denied": "（三）不予公开", "unavailable": "（四）无法提供", "rejected": "（五）不予处理",
                   "other": "（六）其他处理"}
# `予以公开及部分公开10538件`: two outcomes counted together are neither of them.
_COMBINED = re.compile(r"(予以公开|同意公开)(?:及|和|与|或|、)部分公开|公开(?:及|和|或)部分公开")
# A clause about one kind of applicant only (`未收到法人或者其他组织…的申请`) does not state the total.
_ONE_KIND = re.compile(r"法人|其他组织|自然人|企业|机构提出")
_APPLICATION = re.compile(r"申请|依申请|信息公开")
_NOT_APPLICATIONS = re.compile(r"行政许可|许可申请|信访|来信|来访|留言|咨询|建议|提案")
_NEGATION = re.compile(r"未|无|没有|不存在")
_FEES = re.compile(r"信息处理费|收取.{0,6}费")
_NO_FEES = re.compile(r"(?:未|没有|不)收取(?:任何)?(?:信息处理)?费|无(?:信息处理费|收费)")
_NO_RECEIVED = re.compile(r"(?:未|没有)(?:收到|接到|受理|发生|接收)[^,;。]{0,20}?申请")
_NO_CARRIED_FORWARD = re.compile(r"(?:无|没有|未有|不存在)(?:结转下一?年|下一?年度结转|结转至下|结转)")
_NO_CASES = re.compile(r"(?:未|无|没有)(?:发生|出现|被|收到)?[^\d,;。]{0,24}?(行政复议|行政诉讼|复议|诉讼)"
                       r"(?:[^\d,;。]{0,3}(行政复议|行政诉讼|复议|诉讼))?")
# `未发生…被行政复议纠错或行政诉讼败诉情形` denies an outcome of cases, not the cases.
_CASE_OUTCOME = re.compile(r"纠错|纠正|败诉|撤销|确认违法|被追究")
_ANY_DENIAL = re.compile(r"未|无|没有|不存在|不收取")
_EACH = re.compile(r"各\s*(\d+)\s*件")

# Template rows a specific outcome may name (`属于四类过程性信息1件`, `本机关不掌握相关政府信息2件`).  Not the rows of
# （六）: their words (收费通知, 缴纳费用) are the fee paragraph's too (`共发出收费通知1件`).
_SPECIFIC_ROWS = frozenset(
    r.key for t in template.TEMPLATES for r in template.rows(t, "applications")
    if r.group.startswith("（") and r.group[1] in "三四五"
)


@dataclass(frozen=True)
class Figure:
    value: Number
    unit: str
    sentence: str

    def as_dict(self) -> dict[str, object]:
        return {"value": self.value, "unit": self.unit, "sentence": self.sentence}


def paragraphs(lines: list[str], table_lines: set[int]) -> list[str]:
    """The report's prose as paragraphs: table lines left out (a prose sentence printed inside a table's region
    stays), lines wrapped by a PDF converter or broken by a page footer joined again."""
    out: list[str] = []
    current = ""
    for number, line in enumerate(lines):
        text = line.strip()
        if not text or rows.is_page_furniture(text):
            continue
        if number in table_lines and not rows.is_prose(line):
            if current:
                out.append(current)
            current = ""
            continue
        if "\t" in line or text.startswith("|"):
            text = " ".join(part.strip() for part in re.split(r"[\t|]", text) if part.strip())
        if current and (current.endswith(("。", "!", "?", ":", ";")) or _HEADING.match(text)):
            out.append(current)
            current = ""
        current += text
    if current:
        out.append(current)
    return out


def _clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE.split(sentence) if c.strip()]


def _classify(before: str, after: str, clause: str) -> str | None:
    """The figure a number counts: by the words before it in its clause, else the words after it."""
    for context in (before, after):
        if not context:
            continue
        if _COMBINED.search(context):
            return None
        for key, pattern in _KEYWORD.items():
            if pattern.search(context):
                if key in ("received", "new") and (not _APPLICATION.search(clause) or _ONE_KIND.search(clause)
                                                   or _NOT_APPLICATIONS.search(clause)):
                    return None
                return key
        specific = _specific_row(context)
        if specific:
            return specific
    return None


def _specific_row(context: str) -> str | None:
    """A named outcome row (`属于四类过程性信息`), by the table's own label evidence."""
    if not labels.any_signature(context):
        return None
    evidence = {key: score for t in template.TEMPLATES
                for key, score in labels.evidence(context, t, "applications").items() if key in _SPECIFIC_ROWS}
    certain = [key for key, score in evidence.items() if score >= labels.CERTAIN]
    return certain[0] if len(set(certain)) == 1 else None


def _numbers(clause: str) -> Iterable[tuple[int, int, Number, str]]:
    """(start, end, value, unit) of each counted figure in a clause, bare outcome numbers included."""
    found = []
    for match in _FIGURE.finditer(clause):
        found.append((match.start(), match.end(), to_number("", match[1], match[2]), match[3]))
    for match in _BARE.finditer(clause):
        if not any(start <= match.start(2) < end for start, end, _v, _u in found):
            found.append((match.start(2), match.end(2), to_number("", match[2], None), "件"))
    return sorted(found, key=lambda item: item[0])


def extract(paragraph_texts: Iterable[str]) -> dict[str, Figure]:
    """Figures stated in the prose: key → value, unit and the sentence (first statement of each key wins)."""
    figures: dict[str, Figure] = {}

    def add(key: str | None, value: Number, unit: str, sentence: str) -> None:
        if key and key not in figures:
            figures[key] = Figure(value, unit, sentence.strip())

    for paragraph in paragraph_texts:
        if not _FIGURE_WORDS.search(paragraph):
            continue  # a paragraph about anything else (most of them): nothing to look at
        for sentence in _SENTENCE_END.split(paragraph):
            if not sentence.strip():
                continue
            for clause in _clauses(sentence) if _DIGIT.search(sentence) else ():
                numbers = list(_numbers(clause))
                if each := _EACH.search(clause):
                    for key in ("review", "litigation"):
                        if _KEYWORD[key].search(clause[:each.start()]):
                            add(key, int(each[1]), "件", sentence)
                    continue
                previous_end = 0
                for index, (start, end, value, unit) in enumerate(numbers):
                    if _PERCENT_TAIL.match(clause[end:]):
                        previous_end = end
                        continue
                    next_start = numbers[index + 1][0] if index + 1 < len(numbers) else len(clause)
                    before, after = clause[previous_end:start], clause[end:next_start]
                    previous_end = end
                    if unit in ("元", "万元"):
                        add("fees" if _FEES.search(clause) else None, value, unit, sentence)
                        continue
                    add(_classify(before, after, clause), value, unit, sentence)
            _denials(sentence, add)
    return figures


def _denials(sentence: str, add: Callable[[str | None, Number, str, str], None]) -> None:
    """Figures stated as none: `未收到依申请公开事项`, `无下年度结转`, `未发生…行政复议、行政诉讼`,
    `未收取信息处理费`."""
    if not _ANY_DENIAL.search(sentence):
        return
    for clause in re.split(r"[,:]", sentence):  # `未出现被行政诉讼、行政复议情况`: 、 joins what is denied
        if _NO_RECEIVED.search(clause) and not (_ONE_KIND.search(clause) or _NOT_APPLICATIONS.search(clause)
                                                or re.search(r"复议|诉讼", clause)):
            add("received", 0, "件", sentence)
        if _NO_CARRIED_FORWARD.search(clause):
            add("carried_forward", 0, "件", sentence)
        if _NO_FEES.search(clause):
            add("fees", 0, "元", sentence)
        if _CASE_OUTCOME.search(clause):
            continue
        for match in _NO_CASES.finditer(clause):
            if re.search(r"\d", match.group(0)):
                continue
            for word in (match[1], match[2]):
                if word:
                    add("review" if "复议" in word else "litigation", 0, "件", sentence)


# ---------------------------------------------------------------------------------------------------------
# Findings: the narrative against the tables

def _row_total(apps: dict[str, dict[str, Number | None]], key: str) -> Number | None:
    """A row's 总计, or the sum of its applicant cells when 总计 is blank (some reports fill only the breakdown)."""
    cells = apps.get(key)
    if not cells:
        return None
    if cells.get("total") is not None:
        return cells["total"]
    parts = [v for c, v in cells.items() if c != "total" and v is not None]
    return sum(parts) if parts else None


def _sum(values: list[Number | None]) -> Number | None:
    """A blank counts as 0 in a sum, as in the tables' own rules; all blank is no figure."""
    return None if all(v is None for v in values) else sum(v for v in values if v is not None)


def _table_value(key: str, tables: dict[str, dict[str, dict[str, Number | None]]], template_name: str
                 ) -> tuple[Number | None, str]:
    """The table's counterpart of a narrative figure (None when the tables cannot say) and how it was taken."""
    apps, review = tables.get("applications", {}), tables.get("review", {})
    if key in ("new", "carried_over", "carried_forward", "granted", "partial") or key in _SPECIFIC_ROWS:
        return _row_total(apps, key), f"applications.{key}"
    if key == "handled":
        return _row_total(apps, "handled_total"), "applications.handled_total"
    if key in _OUTCOME_GROUPS:
        group = _OUTCOME_GROUPS[key]
        members = [r.key for r in template.rows(template_name, "applications") if r.group == group]
        if key == "other" and "other" in apps:
            members = ["other"]
        present = [m for m in members if m in apps]
        if not present or len(present) != len(members):
            return None, ""
        return _sum([_row_total(apps, m) for m in present]), "applications " + "+".join(present)
    if key == "review":
        return (review.get("review") or {}).get("total"), "review.review.total"
    if key == "litigation":
        parts = [(review.get(r) or {}).get("total") for r in ("litigation_direct", "litigation_after_review")
                 if r in review]
        return (_sum(parts) if len(parts) == 2 else None), "review.litigation_direct+litigation_after_review"
    return None, ""


def findings(figures: dict[str, Figure], tables: dict[str, dict[str, dict[str, Number | None]]],
             template_name: str) -> list[dict[str, object]]:
    """Each figure compared with the tables where they can say (rule `narrative.<figure>`).

    `received` holds if it equals the new applications (新收) or new plus carried over (新收+上年结转): reports use
    both conventions, so it is a finding only when neither holds."""
    out: list[dict[str, object]] = []
    for key, figure in figures.items():
        if key == "fees":
            continue  # 信息处理费 (yuan) has no cell: table 二's 行政事业性收费 counts other fees, in 万元
        if key == "received":
            new = _row_total(tables.get("applications", {}), "new")
            if new is None:
                continue
            carried = _row_total(tables.get("applications", {}), "carried_over")
            both = new + carried if carried is not None else None
            ok = figure.value in (new, both)
            which = ("new (新收)" if figure.value == new else "new + carried_over (新收+上年结转)") if ok else \
                f"neither new {_fmt(new)} nor new + carried_over {_fmt(both)}"
            out.append({"rule": "narrative.received", "ok": ok,
                        "detail": f"received {_fmt(figure.value)} = {which}" if ok else
                        f"received {_fmt(figure.value)} ≠ {which}"})
            continue
        value, source = _table_value(key, tables, template_name)
        if value is None:
            continue
        ok = abs(figure.value - value) < 1e-9
        out.append({"rule": f"narrative.{key}", "ok": ok,
                    "detail": f"{key}: narrative {_fmt(figure.value)} {'=' if ok else '≠'} {source} {_fmt(value)}"})
    return out


def _fmt(value: Number | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
