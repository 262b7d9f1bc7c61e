"""Refresh the spiders' playback fixtures from the offline replica: `python -m tests.spiders.record [SPIDER…]`.

Each spider is walked over the replica exactly as the playback tests walk it over fixtures; every response is saved
as `tests/fixtures/<spider>/<n>.<ext>` + `.meta.json` (real URL, status, headers, evidence "inferred": the replica's
markup is invented around real or generated text, see sites.md §11), and the replica's ground truth for the site is
saved as `expected.json` (report page and file URLs, look-alikes), so tests compare against what the site publishes,
not against what the spider happened to find.  Playwright listings are not recorded (the browser path is covered
by the end-to-end tests).
"""

from __future__ import annotations

import json
import mimetypes
import shutil
import sys

from scrapy import Request
from scrapy.utils.misc import load_object

from crawler.links import is_document
from replica import Replica
from tests.spiders.playback import FIXTURES, Fixture, crawl

SPIDERS = ("haizhu", "panyu", "yindu", "chuanhui", "yaodu")
# Headers worth keeping: the ones that change how a response is read.
KEPT_HEADERS = ("content-type", "content-disposition", "etag", "last-modified", "location")


def record(name: str, replica: Replica) -> int:
    folder = FIXTURES / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    saved: list[Fixture] = []

    def fetch(request: Request) -> Fixture | None:
        status, headers, body = replica.get(request.url)
        if status == 404:
            return None
        kept = {k: v for k, v in headers if k.lower() in KEPT_HEADERS}
        fixture = Fixture(request.url, status, kept, body)
        saved.append(fixture)
        return fixture

    spider_cls = load_object(f"spiders.{name}.{name.capitalize()}Spider")
    crawl(spider_cls, fetch=fetch)
    for number, fixture in enumerate(saved):
        extension = mimetypes.guess_extension(fixture.headers.get("Content-Type", "").split(";")[0].strip()) or ".bin"
        body = folder / f"{number:03d}{extension}"
        meta = {"url": fixture.url, "status": fixture.status, "headers": fixture.headers, "evidence": "inferred"}
        if is_document(fixture.url):
            # A spider never reads a file's bytes (the pipeline does): keep the fixtures small.
            meta["body"] = f"omitted ({len(fixture.body)} bytes)"
        else:
            body.write_bytes(fixture.body)
        body.with_name(body.name + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    truth = replica.manifest()
    expected = {
        "reports": sorted(({"url": r["detail_url"], "year": r["year"], "agency": r["agency"],
                            "files": sorted(r.get("attachment_urls", ()))}
                           for r in truth["reports"] if r["site"] == name), key=lambda r: r["url"]),
        "look_alikes": sorted({p["url"] for p in truth["non_reports"] if p.get("site") == name}),
        "offsite": sorted({p["url"] for p in truth["offsite_links"] if p.get("site") == name}),
    }
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
    return len(saved)


def main(names: list[str]) -> None:
    with Replica(modes=[]) as replica:  # the pages themselves; challenges are tested end to end
        for name in names or SPIDERS:
            print(f"{name}: {record(name, replica)} responses recorded")


if __name__ == "__main__":
    main(sys.argv[1:])
