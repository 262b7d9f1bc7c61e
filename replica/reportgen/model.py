"""Random but consistent annual reports, as canonical dicts (../shared/spec/report-format.md).

`random_report(rng)` gives a report whose numbers satisfy every consistency rule of the spec; `broken_report(rng)`
gives one that violates exactly one chosen rule, as real reports sometimes do, so tests can check that the parser
*reports* the violation instead of repairing it.

Blank cells (null) follow the patterns real reports use, always on cells whose value would have been 0 or on the
applicant breakdown of a report that fills in only the totals:

* ``"none"``          every cell filled;
* ``"zero_columns"``  an applicant column that is 0 all the way down is left blank in every row;
* ``"totals_only"``   the six applicant columns are blank in every row and only 总计 is filled (yaodu);
* ``"zero_cells"``    scattered zero cells of tables 二 and 四 are left blank;
* ``"review_sparse"`` table 四 is blank but for a zero in some of its rows (yaodu);
* ``"sparse_applications"`` table 三 leaves its zero cells blank and 总计 blank in the outcome rows, filling it only
  in 新收, 上年结转, 总计 and 结转 (上海市人民政府办公厅 2019, tests/parse/real/pages/shanghai_szfbgt_2019.html).

A rule that involves a blank cell cannot be evaluated; rules.py treats it as not violated.

Omissions (``report["generator"]["omitted"]``) are rows the rendered text will not contain at all, so the parser must
leave them out: ``"review"`` (no table 四), ``"applications_tail"`` (table 三 stops early, as panyu's does) and
``"active_group"`` (one 第二十条 block of table 二 is missing).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from crawler.parse import template as tpl
from replica.reportgen.agencies import random_agency
from replica.reportgen.rules import HANDLED_ROWS, violations

BLANK_MODES = ("none", "zero_columns", "totals_only", "zero_cells", "review_sparse", "sparse_applications")
OMISSIONS = ("review", "applications_tail", "active_group")
BREAKABLE_RULES = ("balance", "handled_total", "applicant_total", "review_total")

APPLICANTS = tuple(c.key for c in tpl.APPLICANT_COLUMNS if c.key != "total")
REVIEW_PARTS = ("upheld", "corrected", "other", "pending")

# How often each outcome occurs, roughly as in real reports: most applications are granted or the information is not
# held; the rare grounds stay mostly zero.
_OUTCOME_WEIGHTS = {
    "granted": 35, "partial": 5, "denied_state_secret": 0.3, "denied_prohibited": 0.5, "denied_security": 0.4,
    "denied_third_party": 1, "denied_internal": 1.5, "denied_process": 2, "denied_enforcement_file": 0.6,
    "denied_inquiry": 1, "unavailable_not_held": 25, "unavailable_needs_creation": 3, "unavailable_unclear": 2,
    "rejected_petition": 5, "rejected_duplicate": 3, "rejected_publication": 0.4, "rejected_excessive": 0.8,
    "rejected_confirmation": 0.8, "other_no_correction": 3, "other_no_fee": 0.3, "other_other": 9, "other": 12,
}


def _year_for(rng: random.Random, template: str) -> int:
    return rng.choice([2019, 2020]) if template == "2019" else rng.choice([2021, 2022, 2023, 2024, 2025])


def _small(rng: random.Random, p_zero: float, high: int) -> int:
    return 0 if rng.random() < p_zero else rng.randint(1, high)


def _decisions(rng: random.Random) -> int:
    """Licensing/punishment decision counts: often none, sometimes a handful, sometimes hundreds of thousands."""
    kind = rng.random()
    if kind < 0.45:
        return 0
    if kind < 0.8:
        return rng.randint(1, 300)
    if kind < 0.95:
        return rng.randint(300, 20000)
    return rng.randint(20000, 700000)


def _money(rng: random.Random) -> int | float:
    """万元 amounts: 0 most of the time, else a decimal such as 4068.208 or 12.5."""
    if rng.random() < 0.55:
        return 0
    value = round(rng.uniform(0.01, 5000) * 10 ** rng.randint(-1, 0), rng.choice([0, 1, 2, 2, 3, 4]))
    return int(value) if value == int(value) else value


def _active(rng: random.Random, template: str, government: bool) -> dict[str, dict[str, Any]]:
    rules_high = 6 if government else 1
    if template == "2021":
        docs = {}
        for row, high in (("rules", rules_high), ("normative_documents", 30)):
            in_force = _small(rng, 0.4, high * 10)
            docs[row] = {"issued": min(in_force, _small(rng, 0.5, high)), "repealed": _small(rng, 0.7, high),
                         "in_force": in_force}
        return {**docs, "licensing": {"decisions": _decisions(rng)}, "punishment": {"decisions": _decisions(rng)},
                "coercion": {"decisions": _decisions(rng) // 10}, "fees": {"amount": _money(rng)}}
    out = {}
    for row, high in (("rules", rules_high), ("normative_documents", 30)):
        made = _small(rng, 0.5, high)
        out[row] = {"new_made": made, "new_published": made if rng.random() < 0.85 else _small(rng, 0.3, high),
                    "total_published": made + _small(rng, 0.3, high * 20)}
    for row in ("licensing", "other_services", "punishment", "coercion"):
        prev = _small(rng, 0.4, 400)
        change = rng.randint(-min(prev, 40), 40) if rng.random() < 0.5 else 0  # 2019 `change` may be negative
        out[row] = {"prev_items": prev, "change": change, "decisions": _decisions(rng)}
    prev = _small(rng, 0.5, 30)
    out["fees"] = {"prev_items": prev, "change": rng.randint(-prev, 3) if rng.random() < 0.4 else 0}
    out["procurement"] = {"projects": _small(rng, 0.5, 200), "amount": _money(rng)}
    return out


def _applications(rng: random.Random, row_set: str, dense: bool) -> dict[str, dict[str, int]]:
    """Bottom-up: incoming = new + carried_over per applicant column, split into outcomes and carried_forward."""
    busy = "busy" if dense else rng.choices(["none", "quiet", "normal", "busy"], [15, 30, 35, 20])[0]
    scale = {"none": 0, "quiet": 5, "normal": 80, "busy": 1500}[busy]
    share = {"natural_person": 1.0, "commercial": 0.08, "research": 0.005, "social_welfare": 0.005,
             "legal_services": 0.03, "other_org": 0.01}
    if dense:
        share = {col: max(value, 0.2) for col, value in share.items()}
    outcome_rows = [r.key for r in tpl.rows(row_set, "applications") if r.key in HANDLED_ROWS[row_set]]
    weights = [1.0 if dense else _OUTCOME_WEIGHTS[r] for r in outcome_rows]
    table: dict[str, dict[str, int]] = {r.key: {} for r in tpl.rows(row_set, "applications")}
    for col in APPLICANTS:
        high = int(scale * share[col] * rng.uniform(0.3, 1.5))
        new = rng.randint(0, high) if high else (1 if scale and rng.random() < 0.1 else 0)
        carried_over = rng.randint(0, max(0, new // 8)) if new else 0
        incoming = new + carried_over
        carried_forward = rng.randint(0, incoming // 6) if incoming else 0
        counts = dict.fromkeys(outcome_rows, 0)
        for row in rng.choices(outcome_rows, weights, k=incoming - carried_forward):
            counts[row] += 1
        table["new"][col], table["carried_over"][col] = new, carried_over
        table["handled_total"][col], table["carried_forward"][col] = incoming - carried_forward, carried_forward
        for row, n in counts.items():
            table[row][col] = n
    for cells in table.values():
        cells["total"] = sum(cells[c] for c in APPLICANTS)
    return table


def _review(rng: random.Random, dense: bool) -> dict[str, dict[str, int]]:
    busy = dense or rng.random() < 0.3
    p_zero = 0.05 if dense else 0.5
    out = {}
    for row in ("review", "litigation_direct", "litigation_after_review"):
        cells = {c: (_small(rng, p_zero, 30 if busy else 3) if busy or rng.random() < 0.2 else 0)
                 for c in REVIEW_PARTS}
        cells["total"] = sum(cells.values())
        out[row] = cells
    return out


def _blank(tables: dict[str, dict[str, dict[str, Any]]], mode: str, rng: random.Random) -> None:
    apps, review = tables["applications"], tables["review"]
    if mode == "zero_columns":
        for col in APPLICANTS[1:]:
            if all(cells[col] == 0 for cells in apps.values()):
                for cells in apps.values():
                    cells[col] = None
    elif mode == "totals_only":
        for cells in apps.values():
            for col in APPLICANTS:
                cells[col] = None
    elif mode == "zero_cells":
        for name in ("active", "review"):
            for cells in tables[name].values():
                for col, value in cells.items():
                    if value == 0 and rng.random() < 0.3:
                        cells[col] = None
    elif mode == "sparse_applications":
        for key, cells in apps.items():
            for col in APPLICANTS:
                if cells[col] == 0:
                    cells[col] = None
            if key not in ("new", "carried_over", "handled_total", "carried_forward"):
                cells["total"] = None
    elif mode == "review_sparse":  # a quiet year: every cell blank but a 0 here and there
        rows = list(review.values())
        with_zero = rng.sample(rows, rng.randint(1, len(rows)))
        for cells in rows:
            keep = rng.choice(list(cells)) if any(cells is r for r in with_zero) else None
            for col in cells:
                cells[col] = 0 if col == keep else None


def _omit(tables: dict[str, dict[str, dict[str, Any]]], what: str, rng: random.Random, template: str) -> None:
    if what == "review":
        tables["review"] = {}
    elif what == "applications_tail":
        keys = list(tables["applications"])
        for key in keys[rng.randint(8, len(keys) - 2):]:
            del tables["applications"][key]
    elif what == "active_group":
        groups: dict[str, list[str]] = {}
        for spec in tpl.rows(template, "active"):
            groups.setdefault(spec.group, []).append(spec.key)
        for key in rng.choice(list(groups.values())[1:]):  # reports never drop the 规章/规范性文件 block
            del tables["active"][key]


def _densify(active: dict[str, dict[str, Any]], rng: random.Random) -> None:
    """No zero left in table 二, so a value read from the wrong row or column cannot pass unnoticed."""
    for cells in active.values():
        for col, value in cells.items():
            if value == 0:
                cells[col] = rng.choice([-1, 1]) * rng.randint(1, 30) if col == "change" else rng.randint(1, 99)


def random_report(rng: random.Random, template: str | None = None, *, blanks: str | None = None,
                  omit: tuple[str, ...] | None = None, dense: bool = False, other_as_one: bool | None = None
                  ) -> dict[str, Any]:
    """A consistent report: canonical keys plus `title`, `published` and `generator` (blank mode, omissions).

    `dense=True` draws a busy agency whose cells are mostly non-zero and different from each other: real reports
    are mostly zeros, among which a row read into the wrong place goes unseen, so tests mix in dense reports.
    `other_as_one`: a 2021-template report that prints （六）其他处理 as one row `other` (drawn at random: one in
    ten 2021 reports)."""
    template = template or rng.choice(tpl.TEMPLATES)
    drawn = rng.random() < 0.1
    one_other = template == "2021" and (drawn if other_as_one is None else other_as_one)
    row_set = tpl.OTHER_AS_ONE if one_other else template
    year = _year_for(rng, template)
    agency = random_agency(rng)
    government = agency.endswith(("人民政府", "人民政府办公室"))
    tables = {"active": _active(rng, template, government), "applications": _applications(rng, row_set, dense),
              "review": _review(rng, dense)}
    if dense:
        _densify(tables["active"], rng)
    if blanks is None:
        blanks = rng.choices(BLANK_MODES, [55, 15, 8, 14, 8, 6])[0]
    if omit is None:
        omit = tuple(o for o, p in zip(OMISSIONS, (0.06, 0.08, 0.04), strict=True) if rng.random() < p)
    _blank(tables, blanks, rng)
    for what in omit:
        _omit(tables, what, rng, template)
    published = dt.date(year + 1, rng.randint(1, 3), rng.randint(1, 28))
    return {
        "agency": agency,
        "year": year,
        "template": template,
        "title": f"{agency}{year}年政府信息公开工作年度报告",
        "published": published.isoformat(),
        "tables": tables,
        "generator": {"blanks": blanks, "omitted": list(omit), "broken": [], "other_as_one": one_other},
    }


def broken_report(rng: random.Random, template: str | None = None, rule: str | None = None) -> dict[str, Any]:
    """A report that violates exactly `rule` (one of BREAKABLE_RULES), perturbed so that no other rule breaks."""
    rule = rule or rng.choice(BREAKABLE_RULES)
    # A blank applicant column makes every per-row sum unverifiable, so that rule is broken on a fully filled table.
    blanks = "none" if rule == "applicant_total" else rng.choice(["none", "zero_columns"])
    report = random_report(rng, template, blanks=blanks, omit=())
    apps, review = report["tables"]["applications"], report["tables"]["review"]
    delta = rng.randint(1, 9)
    if rule == "balance":  # more received than handled + carried forward
        for col in ("natural_person", "total"):
            apps["new"][col] += delta
    elif rule == "handled_total":  # 总计 disagrees with its parts, yet the flow still balances
        for col in ("natural_person", "total"):
            apps["handled_total"][col] += delta
            apps["new"][col] += delta
    elif rule == "applicant_total":  # one row's 总计 is off; the column sums are untouched
        apps["granted"]["total"] += delta
        apps["other_other" if "other_other" in apps else "other"]["natural_person"] += delta
        for col in ("natural_person", "total"):
            apps["handled_total"][col] += delta
            apps["new"][col] += delta
    elif rule == "review_total":
        row = rng.choice(list(review))
        review[row]["total"] = (review[row]["total"] or 0) + delta
    else:
        raise ValueError(f"unknown rule {rule!r}; choose from {BREAKABLE_RULES}")
    found = violations(report["template"], report["tables"])
    assert found == {rule}, f"perturbing {rule} broke {found}"
    report["generator"]["broken"] = [rule]
    return report
