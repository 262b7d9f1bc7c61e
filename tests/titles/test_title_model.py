"""The title model (crawler/titles.py) on real titles: tests/titles/real_titles.csv, each title with the public page
it was read from (reports, and the look-alikes that live in the same columns).

The collection is split by a hash of the title into a development part (two thirds, used while writing the rules)
and a held-out part (one third, `held_out` below), measured separately so the model is not fitted to what it is
judged on.  Target on each part: every report recognised with its year (≥ 99 %), no look-alike accepted.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from crawler.titles import is_report_title, read_title, report_year

COLLECTION = Path(__file__).resolve().parent / "real_titles.csv"


def held_out(title: str) -> bool:
    return int(hashlib.sha1(title.encode("utf-8")).hexdigest(), 16) % 3 == 0


def _rows() -> list[dict[str, str]]:
    with COLLECTION.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_collection_names_its_sources_and_holds_both_kinds() -> None:
    rows = _rows()
    assert len({row["title"] for row in rows}) == len(rows), "each title once"
    assert all(row["source_url"].startswith(("http://", "https://")) for row in rows)
    assert {row["is_report"] for row in rows} == {"0", "1"}
    assert all(row["year"].isdigit() for row in rows if row["is_report"] == "1")


@pytest.mark.parametrize("part", ["development", "held-out"])
def test_reports_are_recognised_with_their_year_and_no_look_alike_is_accepted(part: str) -> None:
    rows = [row for row in _rows() if held_out(row["title"]) == (part == "held-out")]
    reports = [row for row in rows if row["is_report"] == "1"]
    look_alikes = [row for row in rows if row["is_report"] == "0"]
    assert reports and look_alikes
    right = [row for row in reports if report_year(row["title"]) == int(row["year"])]
    accepted = [row["title"] for row in look_alikes if is_report_title(row["title"])]
    assert len(right) >= 0.99 * len(reports), sorted(set(r["title"] for r in reports) - {r["title"] for r in right})
    assert not accepted, accepted


@pytest.mark.parametrize(("title", "year"), [
    ("政府信息公开工作2022年度报告", 2022),  # the year inside the phrase
    ("XX县政府信息公开工作年度报告（2023年）", 2023),  # the year after it
    ("二〇二二年XX县政府信息公开工作年度报告", 2022),  # Chinese numerals
    ("XX区2020年度政府信息公开工作报告", 2020),  # 工作报告 without 年度
    ("2025年政务公开工作年度报告（沙溪街道）", 2025),  # 政务公开, the agency in brackets
    ("XX区人民政府关于印发XX区2022年政府信息公开工作年度报告的通知", 2022),  # a notice whose body is the report
    ("XX区2023年政府信息公开工作年度报告 2024-01-25", 2023),  # a list row with its date
    ("XX县信访局政府信息公开工作年度报告", None),  # no year: a candidate, the page or its date tells the year
    ("XX市水务局关于2014年度政府信息公开年度报告的函", 2014),  # a letter whose body is the report
    ("2018年度政府信息公开年度报告 青岚市住房和城乡建设局", 2018),  # the issuing body on the cover's next line
    ("XX县教育局2020年政府信息公开重点工作年度报告", 2020),
    ("XX自治区审计厅2025年政务信息公开工作开展年度报告", 2025),
])
def test_variants_are_candidates_with_their_year(title: str, year: int | None) -> None:
    found = read_title(title)
    assert found is not None and found.year == year


@pytest.mark.parametrize("title", [
    "关于征集2023年度政府信息公开工作年度报告意见的通知",
    "关于做好2024年政府信息公开工作年度报告编制工作的通知",
    "关于编制发布2021年政府信息公开工作年度报告的函",
    "关于2014年政府信息公开工作要点落实情况的函",
    "2016年政府信息公开工作年度报告展示平台",
    "一图读懂XX区2023年政府信息公开工作年度报告",
    "图解：XX区2023年政府信息公开工作年度报告",
    "《XX区2023年政府信息公开工作年度报告》政策解读",
    "XX市2023年政府信息公开工作年度报告更正说明",
    "关于XX区2023年政府信息公开工作年度报告的公告",
    "部门政府信息公开年度报告",  # a column name: no year, no agency
    "政府信息公开年报",
    "2024年政府工作报告",
    "麓塘县2024年政务公开工作要点",
])
def test_look_alikes_are_not_candidates(title: str) -> None:
    assert read_title(title) is None
