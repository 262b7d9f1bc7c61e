"""Year ranges: one syntax for spider arguments, the schedule and the research tools (crawler/years.py)."""

from __future__ import annotations

import pytest

from crawler.errors import NianbaoError
from crawler.years import YearsError, parse_years


@pytest.mark.parametrize(("spec", "bounds"), [
    (None, None), ("", None), ("  ", None),
    ("2023", (2023, 2023)), (2020, (2020, 2020)),
    ("2021-2024", (2021, 2024)), (" 2019 - 2023 ", (2019, 2023)), ("2019–2023", (2019, 2023)),
    ("2019~2023", (2019, 2023)), ("2019:2023", (2019, 2023)),
    ("2021-", (2021, 2100)), ("-2020", (1990, 2020)),
])
def test_years_written_either_way(spec: str | int | None, bounds: tuple[int, int] | None) -> None:
    assert parse_years(spec) == bounds


@pytest.mark.parametrize(("spec", "message"), [
    ("20x1", "years must look like 2023, 2021-2024, 2021- or -2020, not '20x1'"),
    ("2019-2023-2024", "years must look like"),
    ("2019 2023", "years must look like"),
    ("-", "years must look like"),
    ("2024-2021", "the range ends before it starts"),
    ("1800", "years lie between 1990 and 2100"),
])
def test_bad_years_are_one_line_for_both_kinds_of_caller(spec: str, message: str) -> None:
    with pytest.raises(YearsError, match=message) as raised:
        parse_years(spec)
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, NianbaoError)
    assert "\n" not in str(raised.value)
