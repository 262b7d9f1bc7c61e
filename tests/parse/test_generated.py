"""Property tests: the parser reads back generated reports exactly, in every layout real reports use.

Each example draws a seed; the seed makes a random consistent report (replica/reportgen) and renders it. The parser
must return exactly the report's tables (every row the text contains, none it does not; null stays null, 0 stays 0),
its template, year and agency, and checks that agree with the spec's rules. Examples are derandomized, so a failure
names a seed that reproduces it: `python -m replica.reportgen --layout LAYOUT --seed SEED`.
Set NIANBAO_PROPERTY_EXAMPLES to run more examples per test locally.
"""

from __future__ import annotations

import os
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from crawler.parse import parse_document, parse_text
from replica.reportgen import BREAKABLE_RULES, TEXT_LAYOUTS, broken_report, page_bytes, random_report, render
from replica.reportgen.compare import excerpt, failing_rules, mismatches, visible

EXAMPLES = int(os.environ.get("NIANBAO_PROPERTY_EXAMPLES", "30"))
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
# Shrinking a seed finds no simpler report, only a different one: report the first failure as drawn.
PROPERTY = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                    phases=(Phase.explicit, Phase.generate), suppress_health_check=[HealthCheck.too_slow])


def _command(layout: str, seed: int, options: dict[str, Any]) -> str:
    """The command that prints the failing text (replica/reportgen/__main__.py)."""
    args = [f"--layout {layout}", f"--seed {seed}"]
    for key, value in options.items():
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
    text = render(report, layout, rng)
    parsed = parse_text(text)
    # Whether a blank applicant breakdown makes the per-row total rule fail is asserted once, separately, below.
    check_rules = report["generator"]["blanks"] != "totals_only"
    problems = mismatches(report, parsed, check_rules=check_rules)
    assert not problems, _explain(layout, seed, problems, text, options)


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
@given(seed=SEEDS, blanks=st.sampled_from(["zero_columns", "totals_only", "zero_cells", "review_sparse"]))
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
def test_html_pages_read_back_exactly(seed: int) -> None:
    rng = random.Random(seed)
    report = random_report(rng)
    page = render(report, "html", rng)
    parsed = parse_document(page_bytes(page))
    problems = mismatches(report, parsed, check_rules=report["generator"]["blanks"] != "totals_only")
    assert not problems, _explain("html", seed, problems, page)
