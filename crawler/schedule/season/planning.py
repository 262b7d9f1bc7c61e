"""The season's plan into the archive: its places (with their province) and their visits, added once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crawler.registry.model import RegistryEntry
from crawler.schedule.season.plan import ROUNDS, Round, government_of, season_plan
from storage import season as season_store
from storage.archive import Archive


def plan_into(archive: Archive, registry: Mapping[str, RegistryEntry], season: int, codes: Iterable[str] | None = None,
              rounds: tuple[Round, ...] = ROUNDS, *, per_host_per_day: int = 1) -> int:
    """Save the places (all of the registry, or those of `codes`; a place without a portal URL too: the
    late/missing table lists it) and add the visits the season lacks; returns how many visits were new (0 when
    planned before)."""
    entries = [registry[code] for code in codes] if codes is not None else list(registry.values())
    by_code = registry
    season_store.save_places(archive, [
        {"code": e.code, "name": e.name, "level": e.level.value, "province_code": e.place.province_code,
         "province": _province_name(e, by_code), "government": government_of(e), "portal_url": e.portal_url}
        for e in entries])
    planned = season_plan(entries, season, rounds, per_host_per_day=per_host_per_day)
    return season_store.plan_visits(archive, season, [(v.code, v.round, v.due) for v in planned])


def _province_name(entry: RegistryEntry, by_code: Mapping[str, RegistryEntry]) -> str:
    province = by_code.get(entry.place.province_code)
    return province.name if province else entry.place.province_code
