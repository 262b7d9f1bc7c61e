"""The administrative-division code table (sites/sources/china-division/): provinces, prefectures, counties.

The statistical table (NBS 统计用区划代码) also lists rows that are no government, dropped here by rule:
- grouping rows at prefecture level: 市辖区 and 县 of the municipalities, 省直辖县级行政区划 and
  自治区直辖县级行政区划 (their counties hang off the province);
- county codes 71–80: development zones, 管理区 and similar statistical units (e.g. 130171
  石家庄高新技术产业开发区) that have no people's government of their own;
- county rows whose name is no government's (西沙群岛, 中沙群岛的岛礁及其海域, 大柴旦行政委员会);
- a county row repeating its prefecture (441900 东莞市, 620201 嘉峪关市): prefectures without counties appear
  once more at county level so that their towns have a parent; the government is the prefecture.
"""

from __future__ import annotations

import csv
from pathlib import Path

from crawler.registry.model import Level, Place

_GROUPING_ROWS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_GOVERNMENT_SUFFIXES = ("区", "县", "市", "旗")


def load_places(directory: Path) -> list[Place]:
    """Provinces, prefectures and county-level units, in code order."""
    places: list[Place] = []
    for row in _rows(directory / "provinces.csv"):
        places.append(Place(code=row["code"] + "0000", name=row["name"], level=Level.PROVINCE, parent_code=None))
    grouping: set[str] = set()
    prefectures: dict[str, str] = {}
    for row in _rows(directory / "cities.csv"):
        if row["name"] in _GROUPING_ROWS:
            grouping.add(row["code"])
            continue
        prefectures[row["code"]] = row["name"]
        places.append(Place(code=row["code"] + "00", name=row["name"], level=Level.PREFECTURE,
                            parent_code=row["provinceCode"] + "0000"))
    for row in _rows(directory / "areas.csv"):
        city = row["cityCode"]
        if not is_county_government(row["code"], row["name"]) or prefectures.get(city) == row["name"]:
            continue
        parent = row["provinceCode"] + "0000" if city in grouping else city + "00"
        places.append(Place(code=row["code"], name=row["name"], level=Level.COUNTY, parent_code=parent))
    return sorted(places, key=lambda place: place.code)


def is_county_government(code: str, name: str) -> bool:
    """A county-level row of the statistical table that is a people's government (see the module doc)."""
    return not 71 <= int(code[4:6]) <= 80 and name.endswith(_GOVERNMENT_SUFFIXES)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
