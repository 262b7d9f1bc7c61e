"""Unit behaviour of the parser's steps, each on the smallest text that shows it."""

from __future__ import annotations

import pytest

from crawler.errors import NotAReportError
from crawler.parse import checks, meta, parse_text, rows, sections
from crawler.parse.cells import Kind, classify, split_run_together
from crawler.parse.normalize import normalize_text
from tests.conftest import GOLDEN

TITLE = "广州市某区信访局2021年政府信息公开工作年度报告\n"


@pytest.mark.parametrize(("raw", "kind", "value"), [
    ("22", Kind.NUMBER, 22), ("1,234", Kind.NUMBER, 1234), ("4068.208", Kind.NUMBER, 4068.208),
    ("-18", Kind.NUMBER, -18), ("+1036", Kind.NUMBER, 1036), ("22(其中修订 16 件)", Kind.NUMBER, 22),
    ("0 ", Kind.NUMBER, 0), ("? 0", Kind.NUMBER, 0), ("", Kind.BLANK, None), (" ", Kind.BLANK, None),
    ("—", Kind.BLANK, None), ("行政许可", Kind.TEXT, None), ("3.0", Kind.NUMBER, 3),
    ("〇", Kind.NUMBER, 0), ("O", Kind.NUMBER, 0), ("l", Kind.NUMBER, 1),
])
def test_cell_classification(raw: str, kind: Kind, value: object) -> None:
    cell = classify(normalize_text(raw))
    assert cell.kind is kind
    assert cell.value == value


def test_numbers_run_together_are_split_only_when_unambiguous() -> None:
    assert split_run_together("21710000218", 7) == [217, 1, 0, 0, 0, 0, 218]
    assert split_run_together("12", 7) is None
    assert split_run_together("00000000", 7) is None  # "00" is not a number


def test_normalisation_folds_width_traditional_and_pinyin_glosses() -> None:
    assert normalize_text("２０２１年政府資訊") == "2021年政府资讯"
    assert normalize_text("海珠區(qū)人民政府") == "海珠区人民政府"
    assert normalize_text("a\u00a0b") == "a b"


def _cells(row: rows.Row) -> list[object]:
    return [c.value for c in row.cells]


def test_rows_one_cell_per_line_with_wrapped_cells() -> None:
    lines = ["\t规章", "\t0", "\t", "\t3", "", "\t行政规范性文件", "\t1", "\t\u00a0", "0", "\t4"]
    out = rows.rows(normalize_text("\n".join(lines)).split("\n") + [""] * 3)
    assert [(r.label, _cells(r)) for r in out] == [("规章", [0, None, 3]), ("行政规范性文件", [1, 0, 4])]


def test_rows_cell_stream_without_row_breaks() -> None:
    lines = ["一、本年新收政府信息公开申请数量", *"5000005", "二、上年结转政府信息公开申请数量", *"1000001"]
    out = rows.rows(lines)
    assert [(r.label, _cells(r)) for r in out] == [
        ("一、本年新收政府信息公开申请数量", [5, 0, 0, 0, 0, 0, 5]),
        ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
    ]


def test_rows_markdown_spaced_and_glued() -> None:
    lines = ["| 规章 | 1 | 0 | 11 |", "|---|---|---|---|", "行政许可 447228", "1.属于国家秘密2 0 0 0 0 0 2",
             "- 4 -", "这是一句叙述,其中提到 2021 年共收到申请 34 件,均已办结。"]
    out = rows.rows(normalize_text("\n".join(lines)).split("\n"))
    assert [(r.label, _cells(r)) for r in out] == [
        ("规章", [1, 0, 11]), ("行政许可", [447228]), ("1.属于国家秘密", [2, 0, 0, 0, 0, 0, 2])]


def test_sections_ignore_wrapped_prose_that_names_a_section() -> None:
    lines = ["报告全文包括总体情况、主动公开政府信息情况、收到和", "处理政府信息公开申请情况等。",
             "二、主动公开政府信息情况", "第二十条第(一)项", "三、收到和处理政府信息公开申请情况", "x",
             "四、政府信息公开行政复议、行政诉讼情况", "1", "五、存在的主要问题及改进情况"]
    found = sections.locate(lines)
    assert (found.active, found.applications, found.review) == ((2, 4), (4, 6), (6, 8))


@pytest.mark.parametrize(("head", "agency", "year"), [
    ("广州市海珠区人民政府办公室 2021 年 政府信息公开工作年度报告\n(2022 年 1 月)",
     "广州市海珠区人民政府办公室", 2021),
    ("番禺区信访局关于 2021 年政府信息公开 工作年度报告", "番禺区信访局", 2021),
    ("尧都区信访局\n\n2020年政府信息公开工作年度报告", "尧都区信访局", 2020),
    ("2024 年上海市科委政府信息公开工作\n年度报告", "上海市科学技术委员会", 2024),
    ("# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "沭阳县人民政府", 2025),
    ("2018年度殷都区政府信息公开年度报告", "殷都区人民政府", 2018),
    ("北京市朝阳区2021年政府信息公开工作年度报告", "北京市朝阳区人民政府", 2021),
    ("2023年沙园街道政府信息公开工作年度报告", "沙园街道办事处", 2023),
])
def test_metadata_from_titles(head: str, agency: str, year: int) -> None:
    found = meta.find(normalize_text(head).split("\n"))
    assert (found.agency, found.year) == (agency, year)


def test_template_decided_by_labels_not_year() -> None:
    assert meta.detect_template("信息内容 本年新制作数量 本年新公开数量 对外公开总数量", 2022)[0] == "2019"
    assert meta.detect_template("本年制发件数 现行有效件数", 2020)[0] == "2021"
    assert meta.detect_template("", 2020)[0] == "2019"


def test_checks_report_a_broken_rule_and_skip_blank_ones() -> None:
    tables = {"applications": {"new": {"natural_person": 3, "total": 4}}, "review": {
        "review": {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1},
        "litigation_direct": {"upheld": None, "corrected": None, "other": None, "pending": None, "total": None}}}
    found = {c["rule"]: c["ok"] for c in checks.run(tables, "2021")}
    assert found == {"applications.row_total.new": False, "review.total.review": True}


def test_blank_stays_null_and_absent_rows_are_not_invented() -> None:
    text = TITLE + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t5\n"
    result = parse_text(text)
    assert result["tables"]["applications"] == {"new": {
        "natural_person": None, "commercial": None, "research": None, "social_welfare": None,
        "legal_services": None, "other_org": None, "total": 5}}
    assert any("table 四" in w for w in result["warnings"])


@pytest.mark.parametrize("text", ["", "   \n", "今天天气很好。没有任何表格。"])
def test_not_a_report(text: str) -> None:
    with pytest.raises(NotAReportError):
        parse_text(text)


def test_a_text_ending_with_table_four_whole_is_not_cut_short() -> None:
    """A scanned report whose last page ends with table 四 stops after its last row: nothing is missing.  Cut
    inside that row, the text is cut short and the warning says so."""
    lines = (GOLDEN / "haizhu_zfb_2021.txt").read_text(encoding="utf-8").split("\n")
    last = next(i for i, line in enumerate(lines) if line.startswith("2\t0\t0\t0\t2\t"))  # table 四's values
    whole = parse_text("\n".join(lines[:last + 1]) + "\n")
    assert whole["tables"]["review"]["review"]["total"] == 2
    assert not any("cut short" in w for w in whole["warnings"]), whole["warnings"]
    cut = parse_text("\n".join(lines[:last]) + "\n" + lines[last][:9])
    assert any("review: the text stops inside table 四 (cut short)" in w for w in cut["warnings"]), cut["warnings"]
    assert "total" not in cut["tables"]["review"].get("litigation_after_review", {})
