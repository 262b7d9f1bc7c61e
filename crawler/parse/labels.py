"""How strongly a row label printed in a report names each row of the official template.

Labels in real reports are wrapped across lines, torn into fragments, prefixed by the merged heading they sit
under (`(三) 不予公开 1. 属于国家秘密`), renumbered (`1、`/`1.`/`(一)`), abbreviated (`规范性文件`) or hit by OCR
noise.  Each template row therefore has *signatures*: short phrases that only its label contains.  A signature
found verbatim is certain evidence; otherwise a character-overlap score weighted by how rare each character is
among the template's labels gives graded evidence for noisy labels.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from crawler.parse import template
from crawler.parse.normalize import match_form

# Signatures are regular expressions over the label's match form (ideographs, letters and digits only).
SIGNATURES: dict[str, tuple[str, ...]] = {
    # table 二
    "rules": (r"^(\d*)规章", r"规章$"),
    "normative_documents": (r"规范性文件",),
    "licensing": (r"行政许可",),
    "other_services": (r"对外管理服务",),
    "punishment": (r"行政处罚",),
    "coercion": (r"行政强制",),
    "fees": (r"事业性收费",),
    "procurement": (r"集中采购", r"采购项目"),
    # table 三
    "new": (r"本年新收", r"新收.{0,6}申请"),
    "carried_over": (r"上年结转", r"上年度结转"),
    "granted": (r"予以公开",),
    "partial": (r"部分公开",),
    "denied_state_secret": (r"国家秘密",),
    "denied_prohibited": (r"禁止公开", r"其他法律行政法规"),
    "denied_security": (r"三安全", r"一稳定", r"危及"),
    "denied_third_party": (r"第三方",),
    "denied_internal": (r"内部事务",),
    "denied_process": (r"过程性",),
    "denied_enforcement_file": (r"执法案卷",),
    "denied_inquiry": (r"行政查询", r"查询事项"),
    "unavailable_not_held": (r"不掌握",),
    "unavailable_needs_creation": (r"另行制作", r"没有现成"),
    "unavailable_unclear": (r"仍不明确", r"补正后申请"),
    "rejected_petition": (r"信访举报", r"举报投诉", r"投诉类"),
    "rejected_duplicate": (r"重复申请",),
    "rejected_publication": (r"出版物",),
    "rejected_excessive": (r"大量反复", r"反复申请"),
    "rejected_confirmation": (r"重新出具", r"确认或"),
    "other_no_correction": (r"不补正", r"逾期不补"),
    "other_no_fee": (r"收费通知", r"缴纳费用"),
    "other_other": (r"(^|[^\d])3其[他它]$", r"^其[他它]$"),
    "other": (r"六其他处理$", r"^其他处理$"),
    "handled_total": (r"七总计", r"^总计$"),
    "carried_forward": (r"结转下年", r"下年度继续"),
    # table 四
    "review": (r"^行政复议$",),
    "litigation_direct": (r"未经复议", r"直接起诉"),
    "litigation_after_review": (r"复议后起诉",),
}

CERTAIN = 1.0
# Below this a fuzzy score says nothing; fuzzy evidence is capped below CERTAIN so a verbatim signature wins.
FUZZY_FLOOR = 0.55
FUZZY_CAP = 0.85


@dataclass(frozen=True)
class _RowModel:
    key: str
    patterns: tuple[re.Pattern[str], ...]
    chars: frozenset[str]
    weight: float  # total rarity weight of the label's characters


@functools.cache
def _models(template_name: str, table: str) -> tuple[_RowModel, ...]:
    rows = template.rows(template_name, table)
    labels = {row.key: match_form(row.label) for row in rows}
    rarity = _rarity(tuple(labels.values()))
    models = []
    for row in rows:
        chars = frozenset(labels[row.key]) - set("0123456789一二三四五六七八")
        models.append(_RowModel(row.key, tuple(re.compile(p) for p in SIGNATURES[row.key]), chars,
                                sum(rarity.get(c, 1.0) for c in chars)))
    return tuple(models)


@functools.cache
def _rarity(labels: tuple[str, ...]) -> dict[str, float]:
    """Inverse document frequency of each character over the template's labels."""
    counts = Counter(c for label in labels for c in set(label))
    return {c: math.log((1 + len(labels)) / n) for c, n in counts.items()}


@functools.lru_cache(maxsize=8192)  # the same standard labels recur in every report
def evidence(label: str, template_name: str, table: str) -> dict[str, float]:
    """Evidence in [0, 1] that `label` (any printed form) names each row; rows with no evidence are left out.

    The returned dict is shared between callers (cached): do not modify it."""
    text = match_form(label)
    if not text:
        return {}
    models = _models(template_name, table)
    found = {m.key: CERTAIN for m in models if any(p.search(text) for p in m.patterns)}
    if found:
        return found
    rarity = _rarity(tuple(match_form(r.label) for r in template.rows(template_name, table)))
    text_chars = set(text)
    text_weight = sum(rarity.get(c, 1.0) for c in text_chars) or 1.0
    scores = {}
    for m in models:
        common = sum(rarity.get(c, 1.0) for c in text_chars & m.chars)
        if not common:
            continue
        recall = common / (m.weight or 1.0)
        precision = common / text_weight
        # A fragment of a wrapped label is precise but incomplete; a noisy full label is complete but imprecise.
        score = max(min(recall, precision + 0.2), min(precision, recall + 0.35))
        if score >= FUZZY_FLOOR:
            scores[m.key] = round(score * FUZZY_CAP, 3)
    return scores


_ANY_SIGNATURE = re.compile("|".join(f"(?:{p})" for sigs in SIGNATURES.values() for p in sigs if "^" not in p
                                     and "$" not in p))


def any_signature(label: str) -> bool:
    """Whether the text contains a phrase that names some template row (a table label, not narrative)."""
    return bool(_ANY_SIGNATURE.search(match_form(label)))


def names_a_row(label: str) -> bool:
    """Whether the text is (most likely) the label of a row of table 二 or 三, in either template."""
    return any(score >= 0.6 for name in template.TEMPLATES for table in ("active", "applications")
               for score in evidence(label, name, table).values())


@functools.cache
def _column_words(column: str) -> tuple[str, ...]:
    """Every header a report prints over a column (both templates' wording, match forms)."""
    words = [c.label for c in (*template.APPLICANT_COLUMNS, *template.REVIEW_COLUMNS) if c.key == column]
    words += [w for w in (template.ACTIVE_COLUMNS.get(column), template.ACTIVE_2019_LABELS.get(column)) if w]
    if column == "decisions":
        words.append("处理决定数量")
    return tuple(match_form(w) for w in words)


@functools.lru_cache(maxsize=4096)  # a table's few header texts, asked for every row under them
def column_of(header: str, columns: tuple[str, ...]) -> str | None:
    """The column (of `columns`) a header cell names: its own words, or a header that contains them
    (`现行有效件数(历史累计)`); None when no column or more than one fits equally."""
    form = match_form(header)
    if not form:
        return None
    exact = [c for c in columns if form in _column_words(c)]
    if exact:
        return exact[0] if len(exact) == 1 else None
    scored = [(max((len(w) for w in _column_words(c) if w and w in form), default=0), c) for c in columns]
    scored = sorted((s for s in scored if s[0] >= 2), reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]
