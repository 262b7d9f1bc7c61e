"""The generator's own promises: consistent numbers, real-looking magnitudes and blanks, faithful renderings."""

from __future__ import annotations

import random
import re

import pytest
from lxml import html as lxml_html

from crawler.parse import template as tpl
from replica.reportgen import (
    BLANK_MODES,
    BREAKABLE_RULES,
    LAYOUTS,
    agencies,
    broken_report,
    labels,
    page_bytes,
    random_report,
    render,
    render_expected,
    violations,
)
from replica.reportgen.noise import label_distance, ocr_damage, simplified, to_traditional

SEEDS = range(300)


def _numbers(report: dict) -> list:
    return [v for table in report["tables"].values() for cells in table.values() for v in cells.values()]


def test_reports_are_consistent_and_match_their_template() -> None:
    for seed in SEEDS:
        report = random_report(random.Random(seed))
        assert violations(report["template"], report["tables"]) == set(), seed
        assert report["template"] == tpl.template_for_year(report["year"])
        assert str(report["year"]) in report["title"] and report["agency"] in report["title"]
        for name, table in report["tables"].items():
            rows_of = tpl.row_set(report["template"], report["tables"]["applications"])
            for row, cells in table.items():
                spec = next(r for r in tpl.rows(rows_of, name) if r.key == row)
                assert tuple(cells) == spec.columns


def test_some_2021_reports_print_other_as_one_row() -> None:
    """Real 2021-template reports sometimes print （六）其他处理 as one row: the spec files it as `other`."""
    reports = [random_report(random.Random(seed), "2021") for seed in SEEDS]
    single = [r for r in reports if "other" in r["tables"]["applications"]]
    assert 0 < len(single) < len(reports) / 3
    for report in single:
        assert not {"other_no_correction", "other_no_fee", "other_other"} & set(report["tables"]["applications"])
        assert violations("2021", report["tables"]) == set()


def test_magnitudes_look_like_real_reports() -> None:
    reports = [random_report(random.Random(seed)) for seed in SEEDS]
    values = [v for r in reports for v in _numbers(r) if v is not None]
    assert sum(v == 0 for v in values) / len(values) > 0.5  # mostly zeros
    assert any(v >= 1000 for v in values)  # sometimes thousands
    assert any(isinstance(v, float) for v in values)  # money with decimals
    changes = [cells["change"] for r in reports if r["template"] == "2019"
               for cells in r["tables"]["active"].values() if "change" in cells]
    assert any(c is not None and c < 0 for c in changes)  # 本年增/减 may be negative
    assert {r["template"] for r in reports} == {"2019", "2021"}


@pytest.mark.parametrize("mode", BLANK_MODES)
def test_blank_cells_follow_real_patterns(mode: str) -> None:
    for seed in range(40):
        report = random_report(random.Random(seed), blanks=mode, omit=())
        apps, review = report["tables"]["applications"], report["tables"]["review"]
        nulls = [v for v in _numbers(report) if v is None]
        if mode == "none":
            assert not nulls
        if mode in ("zero_columns", "totals_only"):  # a blank applicant column is blank all the way down
            for col in ("commercial", "research", "social_welfare", "legal_services", "other_org"):
                assert len({cells[col] is None for cells in apps.values()}) == 1
            assert all(cells["total"] is not None for cells in apps.values())
        if mode == "totals_only":
            assert all(cells["natural_person"] is None for cells in apps.values())
        if mode == "sparse_applications":
            assert all(v != 0 for cells in apps.values() for c, v in cells.items() if c != "total")
            assert all(cells["total"] is None for key, cells in apps.items()
                       if key not in ("new", "carried_over", "handled_total", "carried_forward"))
        if mode == "review_sparse":
            assert all(sum(v is not None for v in cells.values()) <= 1 for cells in review.values())
            assert all(v in (None, 0) for cells in review.values() for v in cells.values())
            assert any(v == 0 for cells in review.values() for v in cells.values())


def test_omissions_leave_rows_out() -> None:
    rng = random.Random(1)
    assert random_report(rng, omit=("review",))["tables"]["review"] == {}
    report = random_report(rng, "2021", omit=("applications_tail",))
    keys = [r.key for r in tpl.rows("2021", "applications")]
    present = list(report["tables"]["applications"])
    assert present == keys[: len(present)] and len(present) < len(keys)


@pytest.mark.parametrize("rule", BREAKABLE_RULES)
def test_broken_reports_break_exactly_one_rule(rule: str) -> None:
    for seed in range(30):
        report = broken_report(random.Random(seed), rule=rule)
        assert violations(report["template"], report["tables"]) == {rule}
        assert report["generator"]["broken"] == [rule]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_render_is_reproducible(layout: str) -> None:
    for seed in range(10):
        report = random_report(random.Random(seed))
        assert render(report, layout, random.Random(seed)) == render(report, layout, random.Random(seed))


@pytest.mark.parametrize("layout", [name for name in LAYOUTS if name not in ("no_title", "cut", "image_tables")])
def test_whole_renderings_name_the_report(layout: str) -> None:
    for seed in range(25):
        report = random_report(random.Random(seed))
        text = render(report, layout, random.Random(seed))
        plain = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)|\s", "", simplified(text))
        assert report["agency"] in plain and str(report["year"]) in plain
        for heading in ("一、总体情况", "收到和处理政府信息公开申请情况", "其他需要报告的事项"):
            assert heading in plain


def _expanded(table) -> list[list[str]]:
    """An HTML table's cell texts with row and column spans expanded (so positions match the template grid)."""
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(table.iter("tr")):
        c = 0
        for td in tr.iter("td", "th"):
            while (r, c) in grid:
                c += 1
            for dr in range(int(td.get("rowspan", 1))):
                for dc in range(int(td.get("colspan", 1))):
                    grid[(r + dr, c + dc)] = td.text_content().strip() if dr == dc == 0 else ""
            c += int(td.get("colspan", 1))
    rows = max(r for r, _ in grid) + 1
    return [[grid.get((r, c), "") for c in range(max(c for _, c in grid) + 1)] for r in range(rows)]


def test_html_tables_carry_every_cell_in_template_position() -> None:
    """Read table 三 back from the HTML by position: spans must put each number under its own column."""
    for seed in range(30):
        report = random_report(random.Random(seed), blanks="none")
        page = lxml_html.fromstring(page_bytes(render(report, "html", random.Random(seed))))
        tables = [t for t in page.iter("table") if "申请人情况" in t.text_content()]
        assert len(tables) == 1
        rows = _expanded(tables[0])[3:]  # below the three header rows
        apps = report["tables"]["applications"]
        assert len(rows) == len(apps)
        for (key, cells), row in zip(apps.items(), rows, strict=True):
            got = [float(x.replace(",", "").translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,")))
                   for x in row[3:]]
            assert got == [float(cells[c.key]) for c in tpl.APPLICANT_COLUMNS], (seed, key)


def test_traditional_rendering_round_trips_every_name_and_label() -> None:
    names = [city + district for city, district in agencies.PLACES]
    names += list(agencies.BUREAUS) + [s + "街道办事处" for s in agencies.SUBDISTRICTS]
    names += [t + "镇人民政府" for t in agencies.TOWNS]
    for table in tpl.TABLES:
        for template in tpl.TEMPLATES:
            names += [r.label for r in tpl.rows(template, table)] + [r.group for r in tpl.rows(template, table)]
    for name in names:
        assert simplified(to_traditional(name, random.Random(0))) == name


def test_ocr_damage_keeps_labels_nearest_their_own_row() -> None:
    variants = labels.all_row_labels("applications")
    rng = random.Random(3)
    damaged = 0
    for _ in range(200):
        key = rng.choice(list(variants))
        label = sorted(variants[key])[0]
        others = {v for k, vs in variants.items() if k != key for v in vs}
        noisy = ocr_damage(label, others, rng)
        damaged += noisy != label
        assert all(label_distance(noisy, label) < label_distance(noisy, o) for o in others)
    assert damaged > 50


def test_a_text_without_title_starts_at_its_overview_and_names_year_and_agency_there() -> None:
    for seed in range(25):
        report = random_report(random.Random(seed))
        text = render(report, "no_title", random.Random(seed))
        assert report["title"] not in text.replace(" ", "")
        first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
        assert first.lstrip("# ").startswith(("一、总体情况", "本报告根据"))
        opening = re.search(r"(\d{4})年，(\S+?)坚持", re.sub(r"\s", "", text))
        assert opening and int(opening[1]) == report["year"] and opening[2] == agencies.body_name(report["agency"])


def test_prose_only_keeps_the_figures_and_drops_every_table_cell() -> None:
    for seed in range(25):
        report = random_report(random.Random(seed))
        rendering = render_expected(report, "prose_only", random.Random(seed))
        assert "第二十条第" not in rendering.text and "本年新收政府信息公开申请数量" not in rendering.text
        assert rendering.expected["tables"] == {"active": {}, "applications": {}, "review": {}}
        assert rendering.expected["narrative"]  # the overview always states the applications figures


def test_a_cut_text_is_a_prefix_and_requires_only_cells_before_the_cut() -> None:
    for seed in range(40):
        report = random_report(random.Random(seed))
        rendering = render_expected(report, "cut", random.Random(seed))
        assert rendering.cut_at == len(rendering.text)
        for table, rows in rendering.expected["tables"].items():
            for row, cells in rows.items():
                for column, value in cells.items():
                    assert rendering.truth[table][row][column] == value == report["tables"][table][row][column]


def test_flattened_tables_have_no_separators_between_cells() -> None:
    report = random_report(random.Random(4), "2021", blanks="none")
    text = render(report, "flattened", random.Random(4))
    assert "\t" not in text and "|" not in text
    assert re.search(r"规章\d{3,}", text)
