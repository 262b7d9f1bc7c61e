"""`python -m crawler stats`: the coverage of `make demo`, yearly totals and the PNG chart, on both dialects."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from PIL import Image

from crawler import coverage, terminal
from crawler.__main__ import main
from crawler.research import charts
from storage.archive import Archive
from storage.config import StorageConfig
from tests.research.research_helpers import Built, cell


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_stats_json_and_chart(known: Built, known_env: dict, capsys: Any, tmp_path: Path) -> None:
    chart = tmp_path / "stats.png"
    code, out, err = run(capsys, "stats", "--json", "--chart", str(chart))
    assert code == 0, err
    data = json.loads(out)
    expected = {(s.site_name, s.parsed["agency"], s.parsed["year"]): (1, 1, int(bool(s.failing)))
                for s in known.specs.values()}
    assert {(c["site"], c["agency"], c["year"]): (c["found"], c["parsed"], c["failing"])
            for c in data["coverage"]} == expected
    totals: dict[int, list[float]] = defaultdict(lambda: [0, 0.0])
    for spec in known.specs.values():
        totals[spec.parsed["year"]][0] += 1
        totals[spec.parsed["year"]][1] += cell(spec, "applications", "new", "total") or 0
    assert {t["year"]: [t["reports"], t["received"]] for t in data["applications_per_year"]} == totals
    assert err.strip() == f"chart: {chart.resolve()}"
    with Image.open(chart) as image:
        assert image.format == "PNG" and image.width >= 800 and image.height >= 600
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 20  # a drawn chart, not a blank canvas


def test_stats_text_is_the_demo_coverage_table(known_config: StorageConfig, known_env: dict, capsys: Any) -> None:
    code, out, _err = run(capsys, "stats", "--no-chart")
    assert code == 0
    with Archive.open_for_reading(known_config) as archive:
        table = coverage.render(coverage.coverage(archive))  # type: ignore[arg-type]
    assert out.startswith(table + "\n")
    assert "applications received" in out


def test_many_agencies_are_charted_per_site(tmp_path: Path) -> None:
    many = coverage.Coverage([2021], {("big", f"机关{i}"): {2021: coverage.Cell(1, 1, i % 2)}
                                      for i in range(charts.MAX_ROWS + 5)})
    labels, cells = charts.coverage_rows(many)
    assert labels == ["big"]
    assert cells["big"][2021] == coverage.Cell(charts.MAX_ROWS + 5, charts.MAX_ROWS + 5, (charts.MAX_ROWS + 5) // 2)
    path = charts.render(many, [], tmp_path / "many.png")
    assert path.stat().st_size > 0


def test_the_coverage_table_lines_up_under_chinese_names() -> None:
    cov = coverage.Coverage([2020, 2021], {("haizhu", "广州市海珠区人民政府（本级）"): {2021: coverage.Cell(1, 1, 0)},
                                           ("panyu", "𬍛州市信访局"): {2020: coverage.Cell(12, 11, 3)}})
    lines = coverage.render(cov).splitlines()[:3]
    # the year columns end at the same terminal column on every line (CJK characters are two columns wide)
    ends = [[terminal.width(line[:i + 1]) for i, ch in enumerate(line) if ch != " " and line[i + 1:i + 2] in ("", " ")]
            for line in lines]
    assert ends[0][-2:] == ends[1][-2:] == ends[2][-2:]  # the two year columns
    assert terminal.width("海珠") == 4 and terminal.width("ａ") == 2 and terminal.width("e\u0301") == 1


def test_years_whose_tables_were_not_read_are_missing_not_zero() -> None:
    bars = charts.application_bars([charts.YearTotal(2019, 3, None), charts.YearTotal(2020, 2, 0),
                                    charts.YearTotal(None, 1, 5)])
    assert [(b.year, b.height) for b in bars] == [("2019", None), ("2020", 0.0)]
    assert "missing" in bars[0].label and bars[1].label.startswith("0")
