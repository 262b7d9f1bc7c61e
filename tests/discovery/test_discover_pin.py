"""`python -m crawler discover-pin URL`: a discovery crawl that leaves a site file, then `scrapy crawl site -a
name=…` finds it in NIANBAO_SITES and crawls the same reports.  Bad input: one line on stderr, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.__main__ import main
from crawler.discovery.sitefile import load_site
from replica import Replica
from replica.demo import crawl_replica, score
from tests.discovery.archive_reading import archived_urls


@pytest.mark.parametrize("argv", [
    ["discover-pin", "https://www.moonvisionstudio.com/"],
    ["discover-pin", "not a url"],
    ["discover-pin", "https://www.example.gov.cn/", "--name", "Bad Name"],
    ["discover-pin", "https://www.example.gov.cn/", "--max-pages", "0"],
])
def test_bad_input_is_one_line_and_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    assert main([*argv, "--sites-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    assert not list(tmp_path.iterdir()), "nothing written"


def test_an_existing_site_file_is_kept_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "example.toml").write_text('start_url = "https://www.example.gov.cn/"\n', encoding="utf-8")
    assert main(["discover-pin", "https://www.example.gov.cn/", "--sites-dir", str(tmp_path)]) == 2
    assert "--force" in capsys.readouterr().err
    assert (tmp_path / "example.toml").read_text(encoding="utf-8") == 'start_url = "https://www.example.gov.cn/"\n'


@pytest.mark.slow
def test_pin_then_crawl_the_site_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    sites_dir, first, second = tmp_path / "sites", tmp_path / "discover", tmp_path / "site"
    with Replica(sites=("yaodu",), modes=[]) as replica:
        (site,) = replica.manifest()["sites"]
        for key, value in {"REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
                           "NIANBAO_DATA": str(first), "NIANBAO_SITES": str(sites_dir)}.items():
            monkeypatch.setenv(key, value)
        assert main(["discover-pin", site["origin"] + "/"]) == 0
        out = capsys.readouterr()
        pinned = load_site("yaodu")
        # (yaodu is also a hand-written spider's name: the spider keeps it, the file is crawled by the site spider)
        assert pinned.listing_urls and out.out.startswith("# Site file")
        assert "scrapy crawl site -a name=yaodu" in out.err
        done = crawl_replica("site", replica.url, data_dir=str(second), arguments={"name": "yaodu"})
        assert done.returncode == 0, done.stderr[-2000:]
        manifest = replica.manifest()
    found = archived_urls(second)
    assert found == archived_urls(first)
    result = score(manifest, found, {"yaodu"})
    assert result.found == result.published and not result.wrong, str(result)
