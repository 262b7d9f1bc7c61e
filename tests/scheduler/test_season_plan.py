"""The season's plan over the real registry, as pure functions: every place with a portal once per round, inside
the round's window after its deadline, spread evenly with the provinces interleaved, one visit a day per host."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from crawler.registry.read import load_registry
from crawler.schedule.cli import main
from crawler.schedule.season.plan import DEPARTMENTS, GOVERNMENTS, government_of, season_plan


def test_every_place_with_a_portal_once_per_round_inside_its_window() -> None:
    registry = load_registry()
    plan = season_plan(registry.values(), 2027)
    with_url = {code for code, entry in registry.items() if entry.portal_url}
    assert Counter((v.code, v.round) for v in plan) == {(code, r): 1 for code in with_url
                                                         for r in (DEPARTMENTS, GOVERNMENTS)}
    for visit in plan:
        first, last = ((dt.date(2027, 2, 1), dt.date(2027, 3, 31)) if visit.round == DEPARTMENTS
                       else (dt.date(2027, 4, 1), dt.date(2027, 4, 30)))
        assert first <= visit.due <= last, visit  # after the deadline the round follows (31 Jan, 31 Mar)
    assert plan == season_plan(registry.values(), 2027)  # deterministic: planning again changes nothing


def test_spread_evenly_provinces_interleaved_and_one_visit_a_day_per_host() -> None:
    registry = load_registry()
    plan = season_plan(registry.values(), 2027)
    per_host_day = Counter((registry[v.code].host, v.due) for v in plan)
    assert max(per_host_day.values()) == 1
    april = Counter(v.due for v in plan if v.round == GOVERNMENTS)
    assert len(april) == 30 and max(april.values()) - min(april.values()) <= 0.1 * max(april.values())
    first_day = {registry[v.code].place.province_code for v in plan if v.due == dt.date(2027, 2, 1)}
    assert len(first_day) == 31  # every province starts on the first day
    shared = Counter(entry.host for entry in registry.values() if entry.host)
    assert max(shared.values()) > 1  # the registry has places sharing a portal: the per-host rule is exercised


def test_the_government_of_a_place() -> None:
    registry = load_registry()
    assert government_of(registry["370812"]) == "兖州区人民政府"
    assert government_of(registry["110000"]) == "北京市人民政府"


def test_season_command_plans_once_shows_status_and_refuses_bad_input(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NIANBAO_DATA", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    season = ["--season", "2027", "--codes", "370812,110105,130200"]
    assert main([*season, "--plan"]) == 0
    assert "6 visits of 3 places (6 newly planned), 2027-02-01 – 2027-04-21" in capsys.readouterr().out
    assert main([*season, "--plan"]) == 0
    assert "(0 newly planned)" in capsys.readouterr().out
    assert main([*season, "--status"]) == 0  # nothing failing yet
    assert "370000 山东省" in capsys.readouterr().out
    assert main(["--season", "2027", "--codes", "999999"]) == 2
    assert capsys.readouterr().err.strip() == "error: --codes: not in the registry: 999999"
    assert main([*season, "--once"]) == 2
