"""The two official statistical templates of the annual report, as data.

Source: ../shared/spec/report-format.md (国办公开办函〔2019〕60号 and 〔2021〕30号).  Every other module — the
parser, the test generator, the database views, the documentation — reads row and column codes and their
Chinese labels from here, so the codes exist in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass

TEMPLATES = ("2019", "2021")
TABLES = ("active", "applications", "review")

TABLE_TITLES = {
    "active": "二、主动公开政府信息情况",
    "applications": "三、收到和处理政府信息公开申请情况",
    "review": "四、政府信息公开行政复议、行政诉讼情况",
}


@dataclass(frozen=True)
class Row:
    key: str
    label: str  # the label as printed in the official template
    columns: tuple[str, ...]
    group: str = ""  # the merged heading the row sits under (第二十条第（一）项, 三（三）不予公开, ...)


@dataclass(frozen=True)
class Column:
    key: str
    label: str


# ---------------------------------------------------------------------------------------------------------
# Table 二 (active disclosure)
ACTIVE_COLUMNS = {
    "issued": "本年制发件数",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数",
    "decisions": "本年处理决定数量",
    "amount": "本年收费金额（单位：万元）",
    # template 2019
    "new_made": "本年新制作数量",
    "new_published": "本年新公开数量",
    "total_published": "对外公开总数量",
    "prev_items": "上一年项目数量",
    "change": "本年增/减",
    "projects": "采购项目数量",
}
# Template 2019 prints two headers differently from 2021.
ACTIVE_2019_LABELS = {"amount": "采购总金额", "decisions": "处理决定数量"}

_DOCS_2021 = ("issued", "repealed", "in_force")
_DOCS_2019 = ("new_made", "new_published", "total_published")
_ITEMS_2019 = ("prev_items", "change", "decisions")

ACTIVE_2021 = (
    Row("rules", "规章", _DOCS_2021, "第二十条第（一）项"),
    Row("normative_documents", "行政规范性文件", _DOCS_2021, "第二十条第（一）项"),
    Row("licensing", "行政许可", ("decisions",), "第二十条第（五）项"),
    Row("punishment", "行政处罚", ("decisions",), "第二十条第（六）项"),
    Row("coercion", "行政强制", ("decisions",), "第二十条第（六）项"),
    Row("fees", "行政事业性收费", ("amount",), "第二十条第（八）项"),
)
ACTIVE_2019 = (
    Row("rules", "规章", _DOCS_2019, "第二十条第（一）项"),
    Row("normative_documents", "规范性文件", _DOCS_2019, "第二十条第（一）项"),
    Row("licensing", "行政许可", _ITEMS_2019, "第二十条第（五）项"),
    Row("other_services", "其他对外管理服务事项", _ITEMS_2019, "第二十条第（五）项"),
    Row("punishment", "行政处罚", _ITEMS_2019, "第二十条第（六）项"),
    Row("coercion", "行政强制", _ITEMS_2019, "第二十条第（六）项"),
    Row("fees", "行政事业性收费", ("prev_items", "change"), "第二十条第（八）项"),
    Row("procurement", "政府集中采购", ("projects", "amount"), "第二十条第（九）项"),
)

# ---------------------------------------------------------------------------------------------------------
# Table 三 (applications)
APPLICANT_COLUMNS = (
    Column("natural_person", "自然人"),
    Column("commercial", "商业企业"),
    Column("research", "科研机构"),
    Column("social_welfare", "社会公益组织"),
    Column("legal_services", "法律服务机构"),
    Column("other_org", "其他"),
    Column("total", "总计"),
)
_APP = tuple(c.key for c in APPLICANT_COLUMNS)

_APPLICATIONS_HEAD = (
    Row("new", "一、本年新收政府信息公开申请数量", _APP),
    Row("carried_over", "二、上年结转政府信息公开申请数量", _APP),
    Row("granted", "（一）予以公开", _APP, "三、本年度办理结果"),
    Row("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", _APP, "三、本年度办理结果"),
    Row("denied_state_secret", "1.属于国家秘密", _APP, "（三）不予公开"),
    Row("denied_prohibited", "2.其他法律行政法规禁止公开", _APP, "（三）不予公开"),
    Row("denied_security", "3.危及“三安全一稳定”", _APP, "（三）不予公开"),
    Row("denied_third_party", "4.保护第三方合法权益", _APP, "（三）不予公开"),
    Row("denied_internal", "5.属于三类内部事务信息", _APP, "（三）不予公开"),
    Row("denied_process", "6.属于四类过程性信息", _APP, "（三）不予公开"),
    Row("denied_enforcement_file", "7.属于行政执法案卷", _APP, "（三）不予公开"),
    Row("denied_inquiry", "8.属于行政查询事项", _APP, "（三）不予公开"),
    Row("unavailable_not_held", "1.本机关不掌握相关政府信息", _APP, "（四）无法提供"),
    Row("unavailable_needs_creation", "2.没有现成信息需要另行制作", _APP, "（四）无法提供"),
    Row("unavailable_unclear", "3.补正后申请内容仍不明确", _APP, "（四）无法提供"),
    Row("rejected_petition", "1.信访举报投诉类申请", _APP, "（五）不予处理"),
    Row("rejected_duplicate", "2.重复申请", _APP, "（五）不予处理"),
    Row("rejected_publication", "3.要求提供公开出版物", _APP, "（五）不予处理"),
    Row("rejected_excessive", "4.无正当理由大量反复申请", _APP, "（五）不予处理"),
    Row("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息", _APP, "（五）不予处理"),
)
_APPLICATIONS_TAIL = (
    Row("handled_total", "（七）总计", _APP, "三、本年度办理结果"),
    Row("carried_forward", "四、结转下年度继续办理", _APP),
)
APPLICATIONS_2021 = (
    *_APPLICATIONS_HEAD,
    Row("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", _APP,
        "（六）其他处理"),
    Row("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", _APP,
        "（六）其他处理"),
    Row("other_other", "3.其他", _APP, "（六）其他处理"),
    *_APPLICATIONS_TAIL,
)
APPLICATIONS_2019 = (
    *_APPLICATIONS_HEAD,
    Row("other", "（六）其他处理", _APP, "三、本年度办理结果"),
    *_APPLICATIONS_TAIL,
)
# Rows summed by the handled_total rule: from `granted` to the last `other*` row.
HANDLED_FIRST, HANDLED_LAST_EXCLUSIVE = "granted", "handled_total"

# ---------------------------------------------------------------------------------------------------------
# Table 四 (administrative review and litigation)
REVIEW_COLUMNS = (
    Column("upheld", "结果维持"),
    Column("corrected", "结果纠正"),
    Column("other", "其他结果"),
    Column("pending", "尚未审结"),
    Column("total", "总计"),
)
_REV = tuple(c.key for c in REVIEW_COLUMNS)
REVIEW = (
    Row("review", "行政复议", _REV),
    Row("litigation_direct", "行政诉讼·未经复议直接起诉", _REV, "行政诉讼"),
    Row("litigation_after_review", "行政诉讼·复议后起诉", _REV, "行政诉讼"),
)

# A 2021-template report that prints （六）其他处理 as one row, without its three sub-rows (real reports do; the
# spec files that row as `other`, never `other_other`).  Its rows are a *row set* of the 2021 template.
OTHER_AS_ONE = "2021/other"
APPLICATIONS_2021_OTHER_AS_ONE = (
    *_APPLICATIONS_HEAD,
    Row("other", "（六）其他处理", _APP, "三、本年度办理结果"),
    *_APPLICATIONS_TAIL,
)

ROWS: dict[str, dict[str, tuple[Row, ...]]] = {
    "2021": {"active": ACTIVE_2021, "applications": APPLICATIONS_2021, "review": REVIEW},
    "2019": {"active": ACTIVE_2019, "applications": APPLICATIONS_2019, "review": REVIEW},
    OTHER_AS_ONE: {"active": ACTIVE_2021, "applications": APPLICATIONS_2021_OTHER_AS_ONE, "review": REVIEW},
}


def rows(template: str, table: str) -> tuple[Row, ...]:
    """The rows of a template (`"2019"`, `"2021"`) or of a row set of one (`OTHER_AS_ONE`)."""
    return ROWS[template][table]


def template_of(row_set: str) -> str:
    """The template a row set belongs to (`"2021/other"` → `"2021"`)."""
    return row_set.split("/")[0]


def row_set(template: str, application_keys: object) -> str:
    """The row set a report's table 三 uses: `OTHER_AS_ONE` for a 2021 report whose rows include `other`."""
    keys = application_keys if isinstance(application_keys, (set, frozenset, dict, list, tuple)) else ()
    return OTHER_AS_ONE if template == "2021" and "other" in keys else template


def column_label(template: str, table: str, row: str, column: str) -> str:
    """The Chinese header of a column, as the official template prints it."""
    if table == "applications":
        return next(c.label for c in APPLICANT_COLUMNS if c.key == column)
    if table == "review":
        return next(c.label for c in REVIEW_COLUMNS if c.key == column)
    if template == "2019" and column in ACTIVE_2019_LABELS:
        return ACTIVE_2019_LABELS[column]
    return ACTIVE_COLUMNS[column]


def template_for_year(year: int | None) -> str:
    """The template a report of that year should use (reports may still use the older one)."""
    return "2021" if year is None or year >= 2021 else "2019"
