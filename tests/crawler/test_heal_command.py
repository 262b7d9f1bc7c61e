"""`python -m crawler heal`: the update it suggests for a hand-written spider (its `listing_urls`, as source) and for
a pinned site (its site file), made from a crawl's healing record (crawler/healing.py)."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from crawler import healing
from crawler.commands.heal import _site_file_update, _spider_update
from crawler.discovery.sitefile import SiteFile, write_site_file

SPIDER = '''from crawler.base import ReportSpider


class XinheSpider(ReportSpider):
    """新河区 — www.xinhe.gov.cn"""

    name = "xinhe"
    base_url = "https://www.xinhe.gov.cn"
    listing_urls = (
        "https://www.xinhe.gov.cn/zfxxgk/ndbg/",  # the old column
        "https://www.xinhe.gov.cn/bmxx/",
    )
    gkmlpt_index = "https://www.xinhe.gov.cn/gkmlpt/index"
    sub_listing_text = {"https://www.xinhe.gov.cn/bmxx/": "局"}
'''
MOVED = healing.outcome(
    ["https://www.xinhe.gov.cn/zfxxgk/ndbg/", "https://www.xinhe.gov.cn/bmxx/", "https://www.xinhe.gov.cn/gkmlpt/index"],
    {"https://www.xinhe.gov.cn/zfxxgk/ndbg/": "HTTP 404 (gone)"},
    ["https://www.xinhe.gov.cn/xxgk/ndbg_40/index.shtml"], ["https://www.xinhe.gov.cn/api/docs?page=1"])


def test_a_spiders_listing_urls_are_rewritten_and_the_rest_kept(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "xinhe.py"
    module.write_text(SPIDER, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("xinhe_for_heal", module)
    assert spec and spec.loader
    loaded = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "xinhe_for_heal", loaded)  # (inspect finds a class's source through it)
    spec.loader.exec_module(loaded)
    path, old, new = _spider_update(loaded.XinheSpider, MOVED)
    assert path == module and old == SPIDER
    namespace: dict = {}
    exec(compile(new, str(path), "exec"), namespace)  # still a module, the class otherwise as it was
    spider = namespace["XinheSpider"]
    assert spider.listing_urls == ("https://www.xinhe.gov.cn/bmxx/", "https://www.xinhe.gov.cn/xxgk/ndbg_40/index.shtml")
    assert spider.gkmlpt_index == "https://www.xinhe.gov.cn/gkmlpt/index"  # configured apart, still working
    assert new.replace(new[new.index("    listing_urls"):new.index("    gkmlpt_index")], "") == \
        old.replace(old[old.index("    listing_urls"):old.index("    gkmlpt_index")], "")


def test_a_site_files_listings_and_data_urls_are_rewritten(tmp_path: Path) -> None:
    path = write_site_file(SiteFile("xinhe", "https://www.xinhe.gov.cn/", "新河区人民政府",
                                    ["https://www.xinhe.gov.cn/zfxxgk/ndbg/", "https://www.xinhe.gov.cn/bmxx/"],
                                    pinned="discovery from https://www.xinhe.gov.cn/ on 2026-01-02"),
                           tmp_path / "xinhe.toml")
    _, old, new = _site_file_update(path, MOVED)
    data = tomllib.loads(new)
    assert data["listing_urls"] == MOVED.suggested and data["data_urls"] == MOVED.found_data
    assert data["pinned"].startswith("discovery from https://www.xinhe.gov.cn/ on 2026-01-02; listings updated")
    assert tomllib.loads(old)["listing_urls"] != data["listing_urls"]
