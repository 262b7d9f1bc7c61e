"""Site files: the schema, clear one-line refusals of bad files, and pinning what a discovery trail found."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from crawler.discovery.domains import DiscoveryError
from crawler.discovery.pin import pin_site
from crawler.discovery.sitefile import (
    REPOSITORY_SITES_DIR,
    SiteFile,
    load_site,
    parse_site,
    render_site,
    site_files,
    site_path,
    sites_dir,
    sites_dirs,
    write_site_file,
)
from crawler.discovery.trail import DATA, LINK, PAGE, RENDER, START, SUB, Step, Trail

ROOT = Path(__file__).resolve().parents[2]
PINNED = Path(__file__).resolve().parent / "pinned"  # the replica's fictitious sites, as discovery pinned them
START_URL = "https://www.example.gov.cn/"


def test_a_site_file_round_trips(tmp_path: Path) -> None:
    site = SiteFile(name="example", start_url=START_URL, title="某县人民政府",
                    listing_urls=["https://xxgk.example.gov.cn/col/col1/index.html"],
                    data_urls=["https://www.example.gov.cn/api/list?page=1&cid=\"7\""], js_listing=True,
                    report_links="div.list", next_page="#page a", pinned="by hand")
    path = write_site_file(site, tmp_path / "example.toml")
    assert load_site(path=path) == site


def test_sites_are_looked_up_by_name_in_nianbao_sites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SITES", str(tmp_path))
    (tmp_path / "qz.toml").write_text(f'start_url = "{START_URL}"\nlisting_urls = ["{START_URL}nb/"]\n',
                                      encoding="utf-8")
    site = load_site("qz")
    assert site.name == "qz" and site.listing_urls == [START_URL + "nb/"]
    with pytest.raises(DiscoveryError, match="site files: qz"):
        load_site("missing")


def test_without_nianbao_sites_pins_live_in_the_data_directory_beside_the_repositorys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NIANBAO_SITES", raising=False)
    monkeypatch.setenv("NIANBAO_DATA", str(tmp_path))
    assert sites_dir() == tmp_path / "sites"
    assert sites_dirs() == [REPOSITORY_SITES_DIR, tmp_path / "sites"]
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "qz.toml").write_text(f'start_url = "{START_URL}"\nlisting_urls = ["{START_URL}nb/"]\n',
                                                encoding="utf-8")
    assert site_path("qz") == tmp_path / "sites" / "qz.toml" and tmp_path / "sites" / "qz.toml" in site_files()
    assert load_site("qz").name == "qz"


@pytest.mark.parametrize(("text", "message"), [
    ('start_url = "https://www.example.com/"', "not a government site"),
    ('listing_urls = []', "start_url is required"),
    (f'start_url = "{START_URL}"\nlisting_url = []', "unknown key"),
    (f'start_url = "{START_URL}"\nmax_pages = 3', "unknown key"),
    (f'start_url = "{START_URL}"\nlisting_urls = ["https://www.other.gov.cn/nb/"]', "not on the site's domain"),
    (f'start_url = "{START_URL}"\nlisting_urls = "https://www.example.gov.cn/nb/"', "must be a list"),
    (f'start_url = "{START_URL}"\njs_listing = "yes"', "true or false"),
    (f'start_url = "{START_URL}"\n[selectors]\nreports = "a"', r"\[selectors\] may hold only"),
    (f'start_url = "{START_URL}"\nname = "Not A Name"\ndata_urls = ["{START_URL}a.json"]', "lower-case"),
    (f'start_url = "{START_URL}"', "name the report columns"),
    ('start_url = "https://www.example.gov.cn/', "not valid TOML"),
])
def test_bad_site_files_are_refused_with_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DiscoveryError, match=message) as raised:
        load_site(path=path)
    assert "\n" not in str(raised.value).strip() and str(path) in str(raised.value)


def test_the_site_spider_refuses_a_bad_site_file_before_crawling(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('start_url = "https://www.example.com/"\n', encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "NIANBAO_OFFLINE": "1", "NIANBAO_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"file={tmp_path / 'bad.toml'}"],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode != 0 and "not a government site" in done.stderr


def test_the_committed_site_files_are_valid() -> None:
    files = sorted(PINNED.glob("*.toml"))
    assert files, "tests/discovery/pinned/ holds the example site files"
    for path in files:
        site = load_site(path=path)
        assert site.name == path.stem and (site.listing_urls or site.data_urls)
        assert parse_site(tomllib.loads(render_site(site)), default_name=site.name) == site


def _trail(*steps: Step, productive: dict[str, int]) -> Trail:
    trail = Trail()
    for step in steps:
        trail.add(step)
        trail.visit(step.url)
    trail.productive.update(productive)
    return trail


def test_pins_climb_to_the_topmost_report_column_and_keep_browser_learnt_data() -> None:
    home = Step(START_URL, 0, 0, START)
    root = Step(START_URL + "zfxxgk/nb/", 100, 2, SUB, START_URL, strong=True)
    year = Step(START_URL + "zfxxgk/nb/2023n/index.html", 70, 3, SUB, root.url)
    year_data = Step(START_URL + "zfxxgk/nb/2023n/list.json", 70, 3, DATA, year.url, base_url=year.url)
    unit = Step(START_URL + "zfxxgk/nb/2023n/bm/index.html", 55, 4, SUB, year.url)
    unit_2 = Step(START_URL + "zfxxgk/nb/2023n/bm/list1.html", 55, 4, PAGE, unit.url)
    department = Step(START_URL + "jgzy/xfj/", 20, 2, LINK, START_URL)
    dept_column = Step(START_URL + "jgzy/xfj/gkml/zfxxgkgzndbg/", 90, 3, LINK, department.url, strong=True)
    js_column = Step(START_URL + "xxgk/ndbg/index.html", 100, 2, LINK, START_URL, strong=True)
    api = Step(START_URL + "api/docs?pageNo=1", 100, 2, RENDER, js_column.url, rendered=True)
    api_2 = Step(START_URL + "api/docs?pageNo=2", 100, 2, PAGE, api.url, rendered=True)
    empty = Step(START_URL + "xzjd/nb/", 80, 2, LINK, START_URL, strong=True)
    trail = _trail(home, root, year, year_data, unit, unit_2, department, dept_column, js_column, api, api_2, empty,
                   productive={unit.url: 3, unit_2.url: 2, dept_column.url: 1, api_2.url: 4})
    site = pin_site(START_URL, trail, title="某县人民政府")
    assert site.name == "example" and site.title == "某县人民政府"
    assert site.listing_urls == sorted([root.url, dept_column.url, js_column.url, empty.url])
    assert site.data_urls == [api.url]
