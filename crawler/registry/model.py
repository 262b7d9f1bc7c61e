"""Typed records of the site registry (`sites/registry.csv`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit


class Level(StrEnum):
    """Administrative level of a government (GB/T 2260 levels; 省级 / 地级 / 县级)."""

    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"


@dataclass(frozen=True)
class Place:
    """One administrative division as the code table gives it."""

    code: str  # six digits, GB/T 2260 style: 130000 province, 130200 prefecture, 130284 county
    name: str  # full name: 滦州市, 恩施土家族苗族自治州
    level: Level
    parent_code: str | None  # None for a province; a municipality's districts hang off the province

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


@dataclass(frozen=True)
class RegistryEntry:
    """One row of `sites/registry.csv`: a government and what is known of its portal."""

    place: Place
    portal_url: str | None  # None: no portal URL known (the source had none, or no source names the place)
    url_source: str | None  # which vendored file and node the URL came from
    verification: str | None  # the source's verdict on that URL (正确 / 无法访问 / …), None when not verified
    last_seen: str | None  # ISO date the portal was last seen answering, None when never seen

    @property
    def code(self) -> str:
        return self.place.code

    @property
    def name(self) -> str:
        return self.place.name

    @property
    def level(self) -> Level:
        return self.place.level

    @property
    def host(self) -> str | None:
        """The portal's host name (`www.example.gov.cn`), or None without a URL."""
        if not self.portal_url:
            return None
        return urlsplit(self.portal_url).hostname


FIELDS = ("code", "name", "level", "parent_code", "portal_url", "url_source", "verification", "last_seen")
