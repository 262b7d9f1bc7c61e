"""An export as a Frictionless data package: a folder with the table as CSV and a `datapackage.json` that says what
every column is — its type, its Chinese label (`title`) and its meaning (`description`) — so the data describes
itself wherever it goes (Frictionless tools, pandas via frictionless, R's `frictionless`, Excel with the labels).

The descriptor follows the Data Package and Table Schema specifications (https://specs.frictionlessdata.io/); a
blank cell is an empty CSV field (`missingValues: [""]`), never a 0.  A package of table 二 (`active`) also carries
the mapping of its 2019 and 2021 columns (crawler/research/mapping.py) as the resource `template_mapping`.
tests/research/test_datapackage.py validates packages with the `frictionless` package.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.research import mapping
from crawler.research.datasets import Column, Dataset
from crawler.research.export import ExportError, ExportResult, Reader, export

DESCRIPTOR = "datapackage.json"
FIELD_TYPES = {"int": "integer", "float": "number", "number": "number", "text": "string", "datetime": "datetime",
               "date": "date", "bool": "boolean"}
_LEADING_CHINESE = re.compile(r"^([\u3400-\u9fff（）、·〔〕]+)\s")
MAPPING_FIELDS = (
    ("row", "行 the row's code"), ("column_2019", "active_wide column of the 2019 form (empty: none)"),
    ("label_2019", "2019年模板 the 2019 form's row and header"),
    ("column_2021", "active_wide column of the 2021 form (empty: none)"),
    ("label_2021", "2021年模板 the 2021 form's row and header"),
    ("relation", "same | comparable | none: " + "; ".join(f"{k}: {v}" for k, v in mapping.RELATIONS.items())),
    ("note", "说明 what each header counts"),
)


def write_package(db: Reader, data: Dataset, directory: Path, *, description: str, progress: bool = False,
                  chunk: int = 5_000) -> ExportResult:
    """Export `data` as `<directory>/<name>.csv` with its descriptor; the descriptor is written last, so a folder
    with a `datapackage.json` holds a complete package."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot make the package folder {directory}: {exc.strerror or exc}") from exc
    result = export(db, data, "csv", directory / f"{data.name}.csv", progress=progress, chunk=chunk)
    resources = [_resource(data.name, f"{data.name}.csv", [_field(c) for c in data.columns], description)]
    if data.name == "active":
        resources.append(_mapping_resource(directory))
    package = {
        "name": f"nianbao-{data.name}".replace("_", "-"),
        "title": "政府信息公开工作年度报告 — nianbao archive export",
        "description": description,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "sources": [{"title": "nianbao: the archive of 政府信息公开工作年度报告 (each row names its source_url)"}],
        "x-nianbao-version": __version__,
        "resources": resources,
    }
    _write_atomically(directory / DESCRIPTOR, json.dumps(package, ensure_ascii=False, indent=1) + "\n")
    return ExportResult(result.rows, directory)


def title(column: Column) -> str:
    """The column's Chinese label: the label a wide column is described by, else the description's leading
    Chinese word (`年度 the year the report covers` → 年度), else its name."""
    if column.title:
        return column.title
    found = _LEADING_CHINESE.match(column.description)
    return found.group(1) if found else column.name


def _field(column: Column) -> dict[str, Any]:
    return {"name": column.name, "type": FIELD_TYPES[column.kind], "title": title(column),
            "description": column.description}


def _resource(name: str, path: str, fields: list[dict[str, Any]], description: str) -> dict[str, Any]:
    return {"name": name.replace("_", "-"), "path": path, "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": description,
            "schema": {"fields": fields, "missingValues": [""]}}


def _mapping_resource(directory: Path) -> dict[str, Any]:
    rows = mapping.rows()
    path = directory / "template_mapping.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, [name for name, _ in MAPPING_FIELDS], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    fields = [{"name": name, "type": "string", "title": name, "description": meaning}
              for name, meaning in MAPPING_FIELDS]
    return _resource("template_mapping", path.name, fields,
                     "表二 across the templates: which 2019 column counts what a 2021 column counts "
                     "(国办公开办函〔2019〕60号 and 〔2021〕30号)")


def _write_atomically(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
