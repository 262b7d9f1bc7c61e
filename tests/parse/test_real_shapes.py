"""Shapes real pages give, kept with their sources (tests/parse/real/): what a careful reader takes from them.

- `real/pages/*`: the opening of real report pages as stored public copies give them (cut short inside a table,
  without title, cells ended by pipes or one per line, blanks written `/`), and the article of a 2019-template
  provincial report (上海市人民政府办公厅) whose HTML tables merge header and value cells and leave 总计 blank.
  Each `.json` holds the metadata, cells and narrative figures a careful reader takes from the text as given:
  every cell fully shown, nothing from beyond the cut.
- `real/narrative_sentences.json`: sentences stating figures in prose, with the figures they state.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.parse import narrative, parse_file
from crawler.parse.normalize import normalize_text
from replica.reportgen.compare import table_mismatches

REAL = Path(__file__).parent / "real"
PAGES = sorted(p for p in (REAL / "pages").iterdir() if p.suffix in (".txt", ".html"))


def _expected(page: Path) -> dict[str, Any]:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_real_page_shapes_read_as_a_careful_reader_does(page: Path) -> None:
    expected = _expected(page)
    parsed = parse_file(page)
    for key in ("agency", "year", "template"):
        assert parsed[key] == expected[key], key
    got = {t: rows for t, rows in parsed["tables"].items() if t not in expected.get("unchecked", ())}
    assert table_mismatches(expected["tables"], got) == []
    figures = {key: figure["value"] for key, figure in parsed["narrative"]["figures"].items()}
    assert figures == expected["narrative"]


def test_a_cut_page_names_what_it_does_not_show() -> None:
    parsed = parse_file(REAL / "pages" / "lg_gov_2024.txt")
    assert "applications.denied_enforcement_file: the text stops inside this row: 6 of 7 cells read" in " ".join(
        parsed["warnings"])
    assert any("rows not in the text: denied_inquiry, unavailable_not_held" in w for w in parsed["warnings"])
    assert "total" not in parsed["tables"]["applications"]["denied_enforcement_file"]  # cut away, not blank


def test_a_provincial_html_table_keeps_its_columns_and_its_narrative_disagreement() -> None:
    parsed = parse_file(REAL / "pages" / "shanghai_szfbgt_2019.html")
    granted = parsed["tables"]["applications"]["granted"]
    assert (granted["natural_person"], granted["legal_services"], granted["total"]) == (258, 1, None)
    assert parsed["tables"]["active"]["rules"]["total_published"] == 524  # a value cell merged over two columns
    checks = {c["rule"]: c for c in parsed["narrative"]["checks"]}
    assert checks["narrative.received"]["ok"] and checks["narrative.handled"]["ok"]
    # 因本机关不掌握等原因无法提供265件: the 不掌握 row's figure, not the group's (337)
    assert not checks["narrative.unavailable"]["ok"] and "337" in checks["narrative.unavailable"]["detail"]


SENTENCES = json.loads((REAL / "narrative_sentences.json").read_text(encoding="utf-8"))["sentences"]


@pytest.mark.parametrize("sentence", SENTENCES, ids=[str(i) for i in range(len(SENTENCES))])
def test_real_narrative_sentences_give_their_figures(sentence: dict[str, Any]) -> None:
    lines = normalize_text(sentence["text"]).split("\n")
    figures = narrative.extract(narrative.paragraphs(lines, set()))
    assert {key: figure.value for key, figure in figures.items()} == sentence["figures"], sentence["url"]
    for figure in figures.values():
        assert figure.sentence and figure.sentence in normalize_text(sentence["text"]).replace("\n", "")
