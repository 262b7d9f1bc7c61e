"""Year ranges as people write them: `2023`, `2021-2024`, `2021-` (from 2021 on), `-2020` (up to 2020).

One syntax wherever years are given: a spider's `-a years=…`, the schedule's spider arguments, the research tools'
`--year`.  The range may be written with `-`, `–`, `~` or `:` and spaces around it; years lie between 1990 and 2100
(the disclosure regulations date from 2008: anything far outside is a typo).
"""

from __future__ import annotations

import re

from crawler.errors import NianbaoError

YEAR_RANGE = (1990, 2100)
_YEARS = re.compile(r"\s*(\d{4})?\s*([-–~:])?\s*(\d{4})?\s*")


class YearsError(NianbaoError, ValueError):
    """Years that do not read as a year or a range (a ValueError too: Scrapy's argument checks expect one)."""


def parse_years(spec: str | int | None) -> tuple[int, int] | None:
    """Inclusive bounds of the years `spec` names; None (every year) when it is empty."""
    text = "" if spec is None else str(spec)
    if not text.strip():
        return None
    match = _YEARS.fullmatch(text)
    if not match or not (match[1] or match[3]) or (match[1] and match[3] and not match[2]):
        raise YearsError(f"years must look like 2023, 2021-2024, 2021- or -2020, not {text!r}")
    low, high = YEAR_RANGE
    first = int(match[1]) if match[1] else low
    last = int(match[3]) if match[3] else (high if match[2] else first)
    if first > last:
        raise YearsError(f"years {text!r}: the range ends before it starts")
    if first < low or last > high:
        raise YearsError(f"years {text!r}: years lie between {low} and {high}")
    return first, last
