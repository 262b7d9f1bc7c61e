"""The fixture recorder from a live site (`python -m tests.spiders.record SITE --live`), tried on the offline replica
through the crawler's transport (REPLICA_URL), the way it would read a real site: robots.txt asked first, every
response the spider asked for saved as seen, and the ground truth only a draft until someone checks it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.sites import government_sites
from replica import Replica
from tests.spiders import playback, record, site_checks


@pytest.fixture
def fixtures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for module in (playback, record, site_checks):
        monkeypatch.setattr(module, "FIXTURES", tmp_path)
    yield tmp_path


def test_live_recording_drafts_a_ground_truth_the_tests_refuse_until_checked(
        fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = next(s for s in government_sites() if s.name == "yaodu")
    monkeypatch.setattr(record, "LIVE_PAUSE", 0.0)
    with Replica(sites=("yaodu",), modes=[]) as replica:
        monkeypatch.setenv("REPLICA_URL", replica.url)
        saved = record.from_the_site(site)
        asked = [entry["url"] for entry in replica.requests()]
        truth = replica.manifest()
    assert asked[0] == "http://www.yaodu.gov.cn/robots.txt" and saved == len(asked) - 1
    metas = [json.loads(path.read_text(encoding="utf-8")) for path in (fixtures / "yaodu").glob("*.meta.json")]
    assert len(metas) == saved and {meta["evidence"] for meta in metas} == {"seen"}
    draft = json.loads((fixtures / "yaodu" / "expected.json").read_text(encoding="utf-8"))
    published = {url for r in truth["reports"] for url in (r["detail_url"], *r["attachment_urls"])}
    assert draft["checked"] is False and draft["reports"]
    assert {r["url"] for r in draft["reports"]} <= published
    with pytest.raises(pytest.fail.Exception, match="draft"):
        site_checks.expected("yaodu")
    draft["checked"] = True
    (fixtures / "yaodu" / "expected.json").write_text(json.dumps(draft), encoding="utf-8")
    site_checks.finds_every_report(site.spider)  # the checked draft and the fixtures agree
