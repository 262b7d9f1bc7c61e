"""Compare a parser's result with the generated report, cell by cell, and explain the differences readably."""

from __future__ import annotations

import re
from typing import Any

from crawler.parse import template as tpl
from replica.reportgen.rules import violations

# The parser names each rule instance `<table>.<rule>.<column or row>`; these are the rule kinds rules.py uses.
_RULE_KINDS = {"applications.balance": "balance", "applications.handled_total": "handled_total",
               "applications.row_total": "applicant_total", "review.total": "review_total"}


def rule_kind(name: str) -> str:
    for prefix, kind in _RULE_KINDS.items():
        if name.startswith(prefix):
            return kind
    return name


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return isinstance(b, int | float) and not isinstance(b, bool) and abs(a - b) < 1e-9


def table_mismatches(expected: dict[str, dict[str, dict[str, Any]]],
                     got: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """Every missing row, invented row and differing cell ("null" is a blank, distinct from 0)."""
    out: list[str] = []
    for table in ("active", "applications", "review"):
        want, have = expected.get(table) or {}, got.get(table) or {}
        for row in want.keys() - have.keys():
            out.append(f"{table}.{row}: row missing (expected {want[row]})")
        for row in have.keys() - want.keys():
            out.append(f"{table}.{row}: row invented, not in the text (got {have[row]})")
        for row in want.keys() & have.keys():
            for col, value in want[row].items():
                if not _same(value, have[row].get(col, "absent")):
                    out.append(f"{table}.{row}.{col}: expected {_show(value)}, got {_show(have[row].get(col, '—'))}")
    return out


def _show(value: Any) -> str:
    return "null" if value is None else repr(value)


def failing_rules(parsed: dict[str, Any]) -> set[str]:
    return {rule_kind(c["rule"]) for c in parsed.get("checks", []) if not c["ok"]}


def mismatches(report: dict[str, Any], parsed: dict[str, Any], *, check_rules: bool = True) -> list[str]:
    out = []
    for key in ("template", "year", "agency"):
        if parsed.get(key) != report[key]:
            out.append(f"{key}: expected {report[key]!r}, got {parsed.get(key)!r}")
    out += table_mismatches(report["tables"], parsed.get("tables", {}))
    if check_rules:
        expected = violations(report["template"], report["tables"])
        got = failing_rules(parsed)
        if got != expected:
            failing = [c for c in parsed.get("checks", []) if not c["ok"]]
            out.append(f"checks: expected broken rules {sorted(expected)}, parser reports {sorted(got)}: "
                       f"{failing[:4]}")
    return out


def narrative_mismatches(stated: dict[str, dict[str, Any]], parsed: dict[str, Any]) -> list[str]:
    """Every narrative figure the text states that was missed or read wrong, and every figure read that it does
    not state."""
    figures = (parsed.get("narrative") or {}).get("figures", {})
    out = [f"narrative.{key}: expected {f['value']}, got {figures[key]['value'] if key in figures else 'nothing'}"
           for key, f in stated.items() if key not in figures or not _same(f["value"], figures[key]["value"])]
    out += [f"narrative.{key}: read {f['value']} from a text that does not state it ({f['sentence'][:60]})"
            for key, f in figures.items() if key not in stated]
    return out


def subset_mismatches(truth: dict[str, dict[str, dict[str, Any]]], required: dict[str, dict[str, dict[str, Any]]],
                      got: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """For a text that shows only part of a report: every required cell read exactly, nothing else given but
    cells the text at least partly shows, each with its true value."""
    out = []
    for table, rows in required.items():
        for row, cells in rows.items():
            for column, value in cells.items():
                have = (got.get(table) or {}).get(row, {}).get(column, "absent")
                if not _same(value, have):
                    out.append(f"{table}.{row}.{column}: fully shown as {_show(value)}, read {_show(have)}")
    for table, rows in (got or {}).items():
        for row, cells in rows.items():
            for column, value in cells.items():
                known = (truth.get(table) or {}).get(row, {})
                if column not in known:
                    out.append(f"{table}.{row}.{column}: invented ({_show(value)}), not in the text")
                elif not _same(known[column], value):
                    out.append(f"{table}.{row}.{column}: read {_show(value)}, the text shows {_show(known[column])}")
    return out


def excerpt(text: str, problems: list[str], around: int = 2) -> str:
    """The text lines near the first label a problem names (falls back to the whole text)."""
    return text if not problems else _near(text, problems[0], around)


def _near(text: str, problem: str, around: int) -> str:
    match = re.match(r"\w+\.(\w+)", problem)
    if not match:
        return text
    labels = [r.label for t in tpl.TEMPLATES for name in tpl.TABLES for r in tpl.rows(t, name) if r.key == match[1]]
    core = [re.sub(r"^（[一二三四五六七]）|^\d\.|（.*", "", label)[:6] for label in labels]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if any(c and c in line.replace(" ", "") for c in core):
            return "\n".join(lines[max(0, i - around): i + around + 1])
    return text


def visible(text: str) -> str:
    """Text with its invisible separators shown: TAB ⇥, NBSP ⍽, form feed ␌."""
    return text.replace("\t", "⇥").replace("\xa0", "⍽").replace("\f", "␌")
