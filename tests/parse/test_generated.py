"""Property tests: the parser reads back generated reports exactly, in every layout real reports use.

Each example draws a seed; the seed makes a random consistent report (replica/reportgen) and renders it. The parser
must return exactly the report's tables (every row the text contains, none it does not; null stays null, 0 stays 0),
its template, year and agency, and checks that agree with the spec's rules. Examples are derandomized, so a failure
names a seed that reproduces it: `python -m replica.reportgen --layout LAYOUT --seed SEED`.
Set NIANBAO_PROPERTY_EXAMPLES to run more examples per test locally (the default keeps tests/parse fast for CI;
`NIANBAO_PROPERTY_EXAMPLES=500 pytest tests/parse` is a thorough local run, a few minutes).
"""

from __future__ import annotations

import os
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from crawler.errors import NotAReportError
from crawler.parse import parse_document, parse_text
from replica.reportgen import (
    BREAKABLE_RULES,
    CUT_BASES,
    TEXT_LAYOUTS,
    broken_report,
    page_bytes,
    random_report,
    render,
    render_cut,
    render_expected,
)
from replica.reportgen.compare import (
    excerpt,
    failing_rules,
    mismatches,
    narrative_mismatches,
    subset_mismatches,
    visible,
)
from replica.reportgen.images import PAGE_URL, image_urls

EXAMPLES = int(os.environ.get("NIANBAO_PROPERTY_EXAMPLES", "30"))
FEW = max(4, EXAMPLES // 4)  # for tests drawn over many parameters
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
# Shrinking a seed finds no simpler report, only a different one: report the first failure as drawn.
PROPERTY = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                    phases=(Phase.explicit, Phase.generate), suppress_health_check=[HealthCheck.too_slow])


def _command(layout: str, seed: int, options: dict[str, Any]) -> str:
    """The command that prints the failing text (replica/reportgen/__main__.py)."""
    args = [f"--layout {layout}", f"--seed {seed}"]
    for key, value in options.items():
        key = key.replace("_", "-")
        if isinstance(value, bool):
            args += [f"--{key}"] if value else []
            continue
        values = (value or ("none",)) if isinstance(value, tuple) else (value,)
        args += [f"--{key} {v}" for v in values]
    return "python -m replica.reportgen " + " ".join(args)


def _explain(layout: str, seed: int, problems: list[str], text: str, options: dict[str, Any] | None = None) -> str:
    shown = "\n  ".join(problems[:25]) + (f"\n  … {len(problems) - 25} more" if len(problems) > 25 else "")
    return (f"layout={layout} seed={seed}: {_command(layout, seed, options or {})}\n  {shown}\n"
            f"--- near the first problem ---\n{visible(excerpt(text, problems))}\n"
            f"--- whole text ---\n{visible(text)}")


def _round_trip(layout: str, seed: int, **options: Any) -> None:
    rng = random.Random(seed)
    report = random_report(rng, **options)
    rendering = render_expected(report, layout, rng)
    parsed = parse_text(rendering.text)
    # Whether a blank applicant breakdown makes the per-row total rule fail is asserted once, separately, below.
    check_rules = report["generator"]["blanks"] != "totals_only"
    problems = mismatches(report, parsed, check_rules=check_rules)
    problems += narrative_mismatches(rendering.expected["narrative"], parsed)
    assert not problems, _explain(layout, seed, problems, rendering.text, options)


# Table 四 as a bare line is recognisable only by its 15 numbers: a blank among them leaves no way to tell the
# line from a damaged row of table 三, so that layout is drawn without blank review cells.
_BARE_REVIEW_BLANKS = ("none", "zero_columns", "totals_only")


def _layout_options(layout: str, seed: int) -> dict[str, Any]:
    """Every other report is dense (mostly distinct non-zero cells), so a misplaced value cannot hide among zeros."""
    options: dict[str, Any] = {"dense": seed % 2 == 0}
    if layout == "no_review_heading":
        options["blanks"] = _BARE_REVIEW_BLANKS[seed % 3]
    return options


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@PROPERTY
@given(seed=SEEDS)
def test_text_layouts_read_back_exactly(layout: str, seed: int) -> None:
    _round_trip(layout, seed, **_layout_options(layout, seed))


@pytest.mark.parametrize("layout", ["tabs", "one_cell_per_line", "spaces", "no_review_heading"])
@PROPERTY
@given(seed=SEEDS, omit=st.sampled_from([("review",), ("applications_tail",), ("active_group",),
                                          ("applications_tail", "review")]))
def test_rows_the_text_leaves_out_are_never_invented(layout: str, seed: int, omit: tuple[str, ...]) -> None:
    _round_trip(layout, seed, omit=omit, **_layout_options(layout, seed))


@pytest.mark.parametrize("layout", ["tabs", "one_cell_per_line", "pipes", "spaces", "traditional"])
@PROPERTY
@given(seed=SEEDS, blanks=st.sampled_from(["zero_columns", "totals_only", "zero_cells", "review_sparse",
                                           "sparse_applications"]))
def test_blank_cells_stay_null_and_zeros_stay_zero(layout: str, seed: int, blanks: str) -> None:
    _round_trip(layout, seed, blanks=blanks)


@pytest.mark.parametrize("rule", BREAKABLE_RULES)
@PROPERTY
@given(seed=SEEDS, layout=st.sampled_from(["tabs", "one_cell_per_line", "pipes", "spaces"]))
def test_a_broken_rule_is_reported_not_repaired(rule: str, seed: int, layout: str) -> None:
    rng = random.Random(seed)
    report = broken_report(rng, rule=rule)
    text = render(report, layout, rng)
    parsed = parse_text(text)
    problems = mismatches(report, parsed)  # the cells as printed, and exactly this rule failing
    assert not problems, _explain(layout, seed, problems, text, {"broken": rule})
    assert failing_rules(parsed) == {rule}


@PROPERTY
@given(seed=SEEDS)
def test_a_report_that_fills_only_totals_breaks_no_rule(seed: int) -> None:
    """Blank applicant columns are unknown, not zero: a report that prints only 总计 (yaodu) is no finding.

    The spec keeps a blank distinct from 0; a check that counts blanks as 0 reports `row_total` broken on every row
    with a non-zero total, a false finding for researchers."""
    rng = random.Random(seed)
    report = random_report(rng, blanks="totals_only", omit=())
    text = render(report, "tabs", rng)
    parsed = parse_text(text)
    problems = mismatches(report, parsed)
    assert not problems, _explain("tabs", seed, problems, text, {"blanks": "totals_only", "omit": ()})


@PROPERTY
@given(seed=SEEDS)
def test_html_tables_with_blank_totals_keep_their_columns(seed: int) -> None:
    """上海市人民政府办公厅 2019: zero cells blank and 总计 blank in the outcome rows of an HTML table with merged
    cells: no value may move into the blank 总计 or a neighbour's column."""
    rng = random.Random(seed)
    report = random_report(rng, blanks="sparse_applications", dense=seed % 2 == 0)
    page = render(report, "html", rng)
    parsed = parse_document(page_bytes(page))
    problems = mismatches(report, parsed)
    assert not problems, _explain("html", seed, problems, page, {"blanks": "sparse_applications"})


@PROPERTY
@given(seed=SEEDS)
def test_html_pages_read_back_exactly(seed: int) -> None:
    rng = random.Random(seed)
    report = random_report(rng)
    page = render(report, "html", rng)
    parsed = parse_document(page_bytes(page))
    problems = mismatches(report, parsed, check_rules=report["generator"]["blanks"] != "totals_only")
    assert not problems, _explain("html", seed, problems, page)


@PROPERTY
@given(seed=SEEDS, layout=st.sampled_from(["tabs", "one_cell_per_line", "pipes", "spaces", "traditional"]))
def test_other_printed_as_one_row_in_a_2021_report_is_other(seed: int, layout: str) -> None:
    """Spec: a 2021-template report that prints （六）其他处理 without its three sub-rows has the row `other`."""
    _round_trip(layout, seed, template="2021", other_as_one=True, dense=seed % 2 == 0)


@PROPERTY
@given(seed=SEEDS)
def test_a_text_without_title_is_dated_and_named_from_its_body(seed: int) -> None:
    rng = random.Random(seed)
    report = random_report(rng, dense=seed % 2 == 0)
    text = render(report, "no_title", rng)
    parsed = parse_text(text)
    assert not mismatches(report, parsed), _explain("no_title", seed, mismatches(report, parsed), text)
    assert {"year", "agency"} <= set(parsed["meta_inferred"]) and parsed["title"] is None
    assert set(parsed["meta_evidence"]) >= {"year", "agency"}


@pytest.mark.parametrize("base", CUT_BASES)
@pytest.mark.parametrize("template", ["2019", "2021"])
@settings(PROPERTY, max_examples=FEW)
@given(seed=SEEDS)
def test_a_text_cut_anywhere_gives_every_cell_it_shows_and_nothing_else(base: str, template: str, seed: int) -> None:
    """A page cut short (a truncated download, a listing's excerpt): every cell fully shown is read exactly; no
    cell is given that the text does not show, and the last row's cut cell is not guessed (`30` of `3001`): the row
    the cut runs through is given in part or left out, and a warning says the text stops inside a table."""
    rng = random.Random(seed)
    report = random_report(rng, template, dense=seed % 2 == 0)
    rendering = render_cut(report, base, rng)
    try:
        parsed = parse_text(rendering.text)
    except NotAReportError:
        assert not any(rendering.expected["tables"].values()), f"refused a cut text with cells: base={base}"
        return
    problems = subset_mismatches(rendering.truth, rendering.expected["tables"], parsed["tables"])
    if rendering.cut_row and not any("stops inside" in w for w in parsed["warnings"]):
        problems.append(f"no warning that the text stops inside {rendering.cut_row}: {parsed['warnings']}")
    for key in ("agency", "year", "template"):
        if key in rendering.expected and parsed[key] != rendering.expected[key]:
            problems.append(f"{key}: expected {rendering.expected[key]!r}, got {parsed[key]!r}")
    assert not problems, _explain(f"cut of {base}", seed, problems, rendering.text, {"cut_at": rendering.cut_at})


@PROPERTY
@given(seed=SEEDS)
def test_prose_only_gives_the_narrative_figures_and_no_table(seed: int) -> None:
    rng = random.Random(seed)
    report = random_report(rng)
    rendering = render_expected(report, "prose_only", rng)
    text = rendering.text
    parsed = parse_document(page_bytes(text)) if text.lstrip().startswith("<!DOCTYPE") else parse_text(text)
    assert parsed["tables"] == {"active": {}, "applications": {}, "review": {}}
    problems = narrative_mismatches(rendering.expected["narrative"], parsed)
    assert not problems, _explain("prose_only", seed, problems, text)
    for figure in parsed["narrative"]["figures"].values():
        assert figure["sentence"]  # each figure with the sentence it came from


@PROPERTY
@given(seed=SEEDS)
def test_flattened_digit_runs_give_only_what_the_rules_determine(seed: int) -> None:
    """Cells run together (`规章000`): nothing is given that is not the report's value, and a row whose digits are
    exactly one per cell (the only reading) is read."""
    rng = random.Random(seed)
    report = random_report(rng, blanks="none", dense=seed % 3 == 0)
    rendering = render_expected(report, "flattened", rng)
    parsed = parse_text(rendering.text)
    problems = subset_mismatches(rendering.truth, {}, parsed["tables"])
    for table in ("active", "applications"):
        for row, cells in report["tables"][table].items():
            if "amount" in cells:
                continue  # money may be printed with decimals (`60.00`: 6 and 0.00, or 60.0 and 0)
            digits = "".join(str(v) for v in cells.values())
            got = parsed["tables"][table].get(row)
            if digits.isdigit() and len(digits) == len(cells) and got != cells:
                problems.append(f"{table}.{row}: one digit per cell ({digits}), read {got}")
    assert not problems, _explain("flattened", seed, problems, rendering.text)


@pytest.mark.slow
def test_tables_published_as_pictures_parse_to_their_cells() -> None:
    """A page whose three tables are pictures (PNG or JPEG): read by OCR where each stood, they give every cell.
    OCR costs seconds a picture: one report, dense (distinct non-zero cells) so a misread cannot pass."""
    rng = random.Random(11)
    report = random_report(rng, "2021", dense=True, omit=())
    rendering = render_expected(report, "image_tables", rng)
    parsed = parse_document(page_bytes(rendering.text), url=PAGE_URL, images=image_urls(rendering))
    problems = mismatches(report, parsed) + narrative_mismatches(rendering.expected["narrative"], parsed)
    assert not problems, _explain("image_tables", 11, problems, rendering.text)
    assert parsed["ocr"] and any("read by OCR" in w for w in parsed["warnings"])
