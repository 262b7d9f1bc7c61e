"""`python -m crawler export` and `reports`: every dataset and format on SQLite and PostgreSQL, filters, bad input."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from crawler.__main__ import main
from crawler.research import labels
from crawler.research.datasets import DATASETS, PROVENANCE, Filters
from crawler.years import YearsError
from storage.report_store import cell_rows
from tests.research.research_helpers import Built, cell


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """`python -m crawler …` in this process; the environment comes from the fixture that set it."""

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        code = main(list(args))
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    return run


def read(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


def number(value: Any) -> float | None:
    """A cell as exported: CSV text ("" for NULL), JSON number or Parquet double."""
    return None if value in ("", None) else float(value)


def expected_ids(known: Built, keep: Any = lambda spec: True) -> list[int]:
    return sorted(known.report_ids[k] for k, s in known.specs.items() if keep(s))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("table", ["applications", "active", "review"])
def test_wide_tables_in_every_format(table: str, fmt: str, known: Built, known_env: dict, cli: Any,
                                     tmp_path: Path) -> None:
    out = tmp_path / f"{table}.{fmt}"
    result = cli("export", "--table", table, "-o", str(out))  # format from the suffix
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"{len(known.specs)} {table} row(s) written to {out} as {fmt}"
    rows = read(out, fmt)
    by_id = {int(r["report_id"]): r for r in rows}
    assert sorted(by_id) == expected_ids(known)
    assert list(rows[0])[:len(PROVENANCE)] == list(PROVENANCE)
    for key, spec in known.specs.items():
        row = by_id[known.report_ids[key]]
        assert row["agency"] == spec.parsed["agency"] and row["sha256"] == known.sha256[key]
        assert row["source_url"] == (spec.fetches[0][0] if spec.fetches else spec.extra_urls[0])
        for column in labels.wide_columns(table):
            assert number(row[column.name]) == cell(spec, table, column.row, column.column), column.name


def test_parquet_types_and_chinese_descriptions(known: Built, known_env: dict, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "review.parquet"
    assert cli("export", "--table", "review", "--format", "parquet", "-o", str(out)).returncode == 0
    schema = pq.read_schema(out)
    assert str(schema.field("report_id").type) == "int64"
    assert str(schema.field("fetched_at").type) == "timestamp[us, tz=UTC]"
    assert str(schema.field("review_total").type) == "int64"  # counts are whole numbers
    described = schema.field("litigation_direct_total").metadata[b"description"].decode()
    assert described == labels.column_descriptions("review")["litigation_direct_total"]
    assert "行政诉讼·未经复议直接起诉" in described and "总计" in described
    haizhu = known.specs["haizhu2021"]
    row = next(r for r in pq.read_table(out).to_pylist() if r["report_id"] == known.report_ids["haizhu2021"])
    assert row["fetched_at"] == haizhu.fetches[0][1]  # aware UTC datetimes on both dialects
    assert row["review_total"] == cell(haizhu, "review", "review", "total")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_cells_carry_labels_and_blanks(fmt: str, known: Built, known_env: dict, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / f"cells.{fmt}"
    assert cli("export", "--table", "cells", "-o", str(out), "--year", "2020").returncode == 0
    rows = read(out, fmt)
    yaodu = known.specs["yaodu2020"]
    expected = cell_rows(known.report_ids["yaodu2020"], yaodu.parsed)
    assert len(rows) == len(expected)
    blanks = {(c["table_name"], c["row_key"], c["column_key"]) for c in expected if c["is_blank"]}
    assert blanks  # the 2019-template golden report leaves cells blank
    for row in rows:
        code = (row["table_name"], row["row_key"], row["column_key"])
        is_blank = row["is_blank"] in (True, "true")
        assert is_blank == (code in blanks)
        assert number(row["value"]) == cell(yaodu, *code)
        assert row["template"] == "2019" and row["row_label"] and row["column_label"]
    procurement = next(r for r in rows if r["row_key"] == "procurement" and r["column_key"] == "amount")
    assert (procurement["row_label"], procurement["column_label"]) == ("政府集中采购", "采购总金额")


def test_reports_dataset_and_listing(known: Built, known_env: dict, cli: Any) -> None:
    exported = cli("export", "--format", "jsonl")
    assert exported.returncode == 0
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [r["report_id"] for r in rows] == expected_ids(known)
    listed = json.loads(cli("reports", "--json").stdout)
    assert [r["id"] for r in listed] == expected_ids(known)
    for row in listed:
        key = next(k for k, rid in known.report_ids.items() if rid == row["id"])
        spec = known.specs[key]
        assert row["checks_failed"] == spec.failing
        assert row["urls"] == sorted({url for url, _ in spec.fetches} | set(spec.extra_urls))
        assert row["sha256"] == known.sha256[key]
    text = cli("reports", "--site", "yaodu")
    assert text.returncode == 0 and text.stderr.strip() == "1 report(s)"
    assert known.sha256["yaodu2020"] in text.stdout and "row_totals,balance" in text.stdout


FILTERS = [
    (["--year", "2021"], lambda s: s.parsed["year"] == 2021),
    (["--year", "2020-2022"], lambda s: 2020 <= s.parsed["year"] <= 2022),
    (["--agency", "信访局"], lambda s: "信访局" in s.parsed["agency"]),
    (["--site", "haizhu"], lambda s: s.site == "haizhu"),
    (["--template", "2019"], lambda s: s.parsed["template"] == "2019"),
    (["--year", "2021-2024", "--agency", "海珠区", "--template", "2021"],
     lambda s: 2021 <= s.parsed["year"] <= 2024 and "海珠区" in s.parsed["agency"]),
    (["--agency", "%"], lambda s: False),  # LIKE wildcards in the text are escaped: a literal %
    (["--agency", "_"], lambda s: False),
    (["--agency", "' OR 1=1 --"], lambda s: False),
]


@pytest.mark.parametrize(("args", "keep"), FILTERS)
def test_filters(args: list[str], keep: Any, known: Built, known_env: dict, cli: Any) -> None:
    result = cli("export", "--format", "csv", *args)
    assert result.returncode == 0, result.stderr
    found = [int(r["report_id"]) for r in csv.DictReader(io.StringIO(result.stdout))]
    assert found == expected_ids(known, keep)
    listed = json.loads(cli("reports", "--json", *args).stdout)
    assert [r["id"] for r in listed] == found


BAD = [
    (["export", "--table", "bogus"], "unknown table 'bogus' (choose from " + ", ".join(DATASETS) + ")"),
    (["export", "--format", "xlsx"], "unknown format 'xlsx'"),
    (["export", "--year", "2023-2019"], "the range ends before it starts"),
    (["export", "--year", "twenty"], "years must look like 2023, 2021-2024, 2021- or -2020"),
    (["export", "--year", "1066"], "years lie between 1990 and 2100"),
    (["export", "--template", "2020"], "the templates are 2019, 2021"),
    (["export", "--agency", "  "], "--agency is empty"),
    (["export", "--site", "hai\nzhu"], "not a name"),
    (["export", "--format", "parquet"], "Parquet is a binary format: give a file with -o PATH"),
    (["export", "-o", "/nonexistent-dir/x.csv"], "directory /nonexistent-dir does not exist"),
    (["reports", "--year", "2021-2022-2023"], "years must look like"),
    (["stats", "--chart", "/nonexistent-dir/x.png"], "give a file name in an existing directory"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_is_one_clear_line(args: list[str], message: str, known_env: dict, cli: Any) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr


def test_missing_archive_is_an_error_not_an_empty_export(tmp_path: Path, cli: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_DATA", str(tmp_path / "nowhere"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for command in (["export"], ["reports"], ["stats", "--no-chart"]):
        result = cli(*command)
        assert result.returncode == 2 and result.stderr.startswith("error: no archive at ")
    assert not (tmp_path / "nowhere").exists()  # nothing was created


def test_user_text_is_bound_never_spliced_into_sql() -> None:
    from crawler.research.datasets import dataset

    hostile = Filters.parse(agency="x'); DROP TABLE reports; --", site="a' OR '1'='1", year="2019-2023",
                            template_name="2021")
    for name in DATASETS:
        compiled = dataset(name, hostile).statement.compile()
        assert "DROP TABLE" not in str(compiled) and "'1'='1" not in str(compiled)
        assert "x'); DROP TABLE reports; --" in str(compiled.params.values())


def test_filter_values() -> None:
    assert Filters.parse(year="2019-", agency=" 信访局 ") == Filters(years=(2019, 2100), agency="信访局")
    with pytest.raises(YearsError):
        Filters.parse(year="2019-2023-2024")


def test_read_only_archive_exports(fresh_sqlite: Built, mounts: Any, cli: Any, monkeypatch: pytest.MonkeyPatch,
                                   tmp_path: Path) -> None:
    """A copy of the archive on a read-only file system reads as usual (immutable), and nothing is written."""
    media = mounts.mount("media")
    shutil.copytree(fresh_sqlite.archive_dir, media / "data")
    mounts.read_only(media)
    monkeypatch.setenv("NIANBAO_DATA", str(media / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    out = tmp_path / "reports.csv"
    result = cli("export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert len(read(out, "csv")) == len(fresh_sqlite.specs)
    listed = cli("reports", "--json")
    assert len(json.loads(listed.stdout)) == len(fresh_sqlite.specs)


def test_unwritable_or_full_destination_leaves_no_file(known_sqlite: Built, mounts: Any, cli: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_DATA", str(known_sqlite.archive_dir))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    read_only = mounts.mount("ro")
    mounts.read_only(read_only)
    result = cli("export", "-o", str(read_only / "x.csv"))
    assert result.returncode == 2 and "read-only file system" in result.stderr
    full = mounts.mount("full", "size=64k")
    result = cli("export", "--table", "cells", "-o", str(full / "cells.jsonl"), "--chunk-size", "50")
    assert result.returncode == 2 and result.stderr.strip().endswith("disk full"), result.stderr
    assert list(full.iterdir()) == []  # neither a truncated file nor its temporary


def test_only_regular_files_are_written(known_sqlite: Built, cli: Any, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    """As root `-o /dev/stdout` once replaced the system's symlink and `-o /dev/full` "succeeded": devices and
    pipes are refused, a link to a regular file is written through (the link stays), `-o -` is standard output."""
    import os
    import stat

    monkeypatch.setenv("NIANBAO_DATA", str(known_sqlite.archive_dir))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused = {fifo: "a pipe"}
    if os.geteuid() == 0:  # a device of our own (the same numbers as /dev/full), never the system's
        full = tmp_path / "full"
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        (tmp_path / "stdout").symlink_to(full)  # as /dev/stdout → /proc/self/fd/1 → a terminal
        refused |= {full: "a character device", tmp_path / "stdout": "a character device"}
    for path, kind in refused.items():
        result = cli("export", "-o", str(path))
        assert result.returncode == 2, result.stderr
        assert result.stderr == (f"error: {path} is not a regular file ({kind}): nothing is written there "
                                 "(-o - writes to standard output)\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in refused)  # untouched, no temporary left

    target = tmp_path / "exports" / "reports.csv"
    target.parent.mkdir()
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    assert cli("export", "-o", str(link)).returncode == 0
    assert link.is_symlink() and len(read(target, "csv")) == len(known_sqlite.specs)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["reports.csv"]  # no temporary left
    (tmp_path / "dangling.csv").symlink_to(tmp_path / "nowhere.csv")
    result = cli("export", "-o", str(tmp_path / "dangling.csv"))
    assert result.returncode == 2 and "is a symbolic link to nothing" in result.stderr

    to_stdout = cli("export", "-o", "-")
    assert to_stdout.returncode == 0 and len(list(csv.DictReader(io.StringIO(to_stdout.stdout)))) == len(
        known_sqlite.specs)


def test_progress_bar_and_labels(known: Built, known_env: dict, cli: Any) -> None:
    result = cli("export", "--table", "applications", "--progress", "--labels", "--bom")
    assert result.returncode == 0
    assert f"{len(known.specs)}/{len(known.specs)}" in result.stderr  # tqdm's counter reached the total
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[0].startswith("\ufeffreport_id ")
    assert f"new_total {labels.column_descriptions('applications')['new_total']}" in header


def test_jsonl_and_csv_encode_awkward_values() -> None:
    """Quotes, newlines, control characters, CJK, fractional money and big numbers stay exact."""
    import datetime as dt

    from crawler.research.datasets import Column
    from crawler.research.export import CsvWriter, JsonlWriter

    columns = [Column("t", "text", ""), Column("v", "float", ""), Column("w", "float", ""),
               Column("n", "int", ""), Column("d", "datetime", ""), Column("b", "bool", ""), Column("x", "text", "")]
    rows = [['他说"不予公开",\n然后\t\x01结束', 12.5, 3.0, 10**15, dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
             True, None],
            ["", 1e20, -0.25, 0, None, False, 2021]]  # SQLite may hand back a number in a text column
    out = io.StringIO()
    JsonlWriter(out, columns).write(rows)
    decoded = [json.loads(line) for line in out.getvalue().splitlines()]
    assert decoded[0] == {"t": rows[0][0], "v": 12.5, "w": 3, "n": 10**15, "d": "2025-01-02T03:04:05Z", "b": True,
                          "x": None}
    assert decoded[1] == {"t": "", "v": 1e20, "w": -0.25, "n": 0, "d": None, "b": False, "x": 2021}
    out = io.StringIO()
    CsvWriter(out, columns).write(rows)
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert parsed[1] == [rows[0][0], "12.5", "3", str(10**15), "2025-01-02T03:04:05Z", "true", ""]
