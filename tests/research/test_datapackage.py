"""`nianbao export --package`: Frictionless data packages that the `frictionless` package validates, with types,
Chinese labels and descriptions; table 二's package carries the 2019/2021 column mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from frictionless import Package, validate

from crawler.__main__ import main
from crawler.parse import template
from crawler.research import labels, mapping
from tests.research.research_helpers import Built, cell


@pytest.fixture
def sqlite_env(known_sqlite: Built, monkeypatch: pytest.MonkeyPatch) -> Built:
    monkeypatch.setenv("NIANBAO_DATA", str(known_sqlite.archive_dir))
    monkeypatch.setenv("DATABASE_URL", known_sqlite.database_url)
    return known_sqlite


def package_rows(descriptor: Path, resource: str) -> list[dict[str, Any]]:
    return [row.to_dict() for row in Package(str(descriptor)).get_resource(resource).read_rows()]


@pytest.mark.parametrize("table", ["active", "cells"])
def test_packages_validate_and_describe_every_field(table: str, sqlite_env: Built, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / table
    assert main(["export", "--table", table, "--package", "-o", str(folder)]) == 0
    assert f"{len(sqlite_env.specs) if table == 'active' else ''}" in capsys.readouterr().err
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]
    resource = Package(str(folder / "datapackage.json")).get_resource(table)
    fields = {field.name: field for field in resource.schema.fields}
    assert fields["year"].type == "integer" and fields["year"].title == "年度"
    assert fields["fetched_at"].type == "datetime" and fields["agency"].title == "机关"
    assert all(field.description for field in fields.values())
    if table == "cells":
        return
    column = next(c for c in labels.wide_columns("active") if c.name == "rules_issued")
    assert fields["rules_issued"].type == "integer" and fields["rules_issued"].description == column.description
    assert "规章" in fields["rules_issued"].title and "本年制发件数" in fields["rules_issued"].title
    by_id = {row["report_id"]: row for row in package_rows(folder / "datapackage.json", "active")}
    for key, spec in sqlite_env.specs.items():  # typed values; a blank cell is null, never 0
        row = by_id[sqlite_env.report_ids[key]]
        for wide in labels.wide_columns("active"):
            assert row[wide.name] == cell(spec, "active", wide.row, wide.column), (key, wide.name)
    mapped = package_rows(folder / "datapackage.json", "template-mapping")
    assert {"row": "rules", "column_2019": "rules_new_made", "column_2021": "rules_issued",
            "relation": "comparable"}.items() <= next(r for r in mapped if r["row"] == "rules").items()


def test_a_package_goes_to_the_data_directory_by_default(sqlite_env: Built) -> None:
    assert main(["export", "--table", "reports", "--package", "--year", "2021"]) == 0
    assert (sqlite_env.archive_dir / "exports" / "reports" / "datapackage.json").is_file()
    assert main(["export", "--table", "reports", "--package", "--format", "parquet"]) == 2


def test_the_template_mapping_covers_every_cell_of_table_two_once() -> None:
    for name, side in (("2019", "column_2019"), ("2021", "column_2021")):
        cells = {(row.key, column) for row in template.rows(name, "active") for column in row.columns}
        mapped = [(c.row, getattr(c, side)) for c in mapping.ACTIVE if getattr(c, side)]
        assert sorted(mapped) == sorted(cells), name
    wide = {c.name for c in labels.wide_columns("active")}
    for row in mapping.rows():
        assert {row["column_2019"], row["column_2021"]} - {""} <= wide
        assert row["relation"] in mapping.RELATIONS
        assert (row["relation"] == "same") == (row["column_2019"] == row["column_2021"] != "")
