"""禾阳县 (www.heyang.gov.cn): a FICTITIOUS county portal of the Sichuan-style layout (replica/platforms/sichuan.py).

For discovery: the report column `/gk/zfxxgknb/` shows its newest report statically and draws the rest with a script
from JSON whose URL the script concatenates (`"/gk/api/list_" + colId + "_" + p + ".json"`: the literal pieces
are not URLs and must never be requested), paged by a script-drawn 下一页 button (only clicking it in a browser
shows page 2).  Titles in the variants real sites use (assumed mix; each form is in tests/titles/real_titles.csv or
the issue): `…2023年度政府信息公开工作报告` (工作报告 without 年度报告), `…年度报告（2022年）`, `二〇二一年…`, a town's
`2025年政务公开工作年度报告（龙溪街道）` whose page names the agency only in its 来源 line, a notice publishing the
report as its body.  Decoys among them: a notice inviting comments on the report, an infographic, a correction note
(look-alikes, never to be fetched), and a `政务公开工作年度报告` whose body is a work notice (a candidate by its
title that the document must reject: kind `decoy`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from replica.build import SiteBuilder
from replica.model import BEIJING, Site
from replica.platforms import Link, sichuan
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_page

SITE = Site("heyang", "www.heyang.gov.cn", "https", "nginx", title="禾阳县人民政府", fictitious=True)
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
GOV = "禾阳县人民政府"
COLUMN, SIZE = 5821, 6
NAV = [Link("/", "首页"), Link("/gk/index.html", "政务公开"), Link("/xw/index.html", "新闻中心")]
CRUMBS = [Link("/", "首页"), Link("/gk/index.html", "政务公开"), Link("/gk/zfxxgknb/index.html", "政府信息公开年报")]
# (agency, year, listing title or None for the generated one, attachment)
REPORTS: list[tuple[str, int, str | None, str | None]] = [
    (GOV, 2025, None, "pdf"), (GOV, 2024, "禾阳县2024年度政府信息公开工作报告", None),
    (GOV, 2023, "禾阳县人民政府政府信息公开工作年度报告（2023年）", None),
    (GOV, 2022, "二〇二二年禾阳县政府信息公开工作年度报告", None),
    (GOV, 2021, "禾阳县人民政府办公室关于印发禾阳县2021年政府信息公开工作年度报告的通知", None),
    (GOV, 2020, None, "docx"),
    ("禾阳县教育局", 2024, None, None), ("禾阳县教育局", 2023, "禾阳县教育局2023年度政府信息公开工作报告", None),
    ("禾阳县自然资源局", 2024, None, "pdf"), ("禾阳县卫生健康局", 2024, None, None),
    ("禾阳县龙溪街道办事处", 2025, "2025年政务公开工作年度报告（龙溪街道）", None),
    ("禾阳县青石镇人民政府", 2024, None, None), ("禾阳县青石镇人民政府", 2023, None, None),
]
LOOK_ALIKES = [("关于征集2025年度政府信息公开工作年度报告意见的通知", dt.datetime(2025, 12, 2, 9, 0, tzinfo=BEIJING)),
               ("一图读懂禾阳县2024年度政府信息公开工作报告", dt.datetime(2025, 3, 30, 9, 0, tzinfo=BEIJING)),
               ("禾阳县2023年政府信息公开工作年度报告更正说明", dt.datetime(2024, 4, 8, 9, 0, tzinfo=BEIJING))]
DECOY = ("禾阳县2022年政务公开工作年度报告", dt.datetime(2023, 2, 20, 9, 0, tzinfo=BEIJING))


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ())
    b.start_urls.append(b.url("/"))
    b.page("/index.html", sichuan.index(SITE.title, SITE.title, NAV, [Link("/gk/index.html", "政务公开"),
                                                                      Link("/xw/index.html", "新闻中心")]), "home")
    b.page("/xw/index.html", sichuan.index(SITE.title, "新闻中心", NAV, []), "index")
    b.page("/gk/index.html", sichuan.index(SITE.title, "政务公开", NAV, [
        Link("/gk/zfxxgknb/index.html", "政府信息公开年报"), Link("/gk/zfxxgkzn/index.html", "政府信息公开指南")]),
        "index")
    b.page("/gk/zfxxgkzn/index.html", sichuan.index(SITE.title, "政府信息公开指南", NAV, []), "index")
    rng = b.rng("ids")
    rows: list[tuple[str, dict[str, str], object]] = []  # (date, row, manifest entry)
    for agency, year, title, attachment in REPORTS:
        content = b.content.generated(f"heyang/{agency}/{year}", agency, year, latest_month=3 if agency == GOV else 1)
        if title:
            content = dataclasses.replace(content, title=title)
        path = f"/gk/zfxxgknb/content_{rng.randint(100_000, 999_999)}"
        specs = [AttachmentSpec(attachment, f"/uploadfiles/{content.published:%Y%m}/{rng.randint(10**7, 10**8)}."
                                f"{attachment}", f"{content.title}.{attachment}")] if attachment else []
        source = "禾阳县人民政府办公室" if agency == GOV else agency
        entry = report_page(b, None, path, content, lambda url, files, c=content, s=source: sichuan.article(
            SITE.title, c.title, NAV, CRUMBS, c.published, s, c.body_html, files), specs)
        rows.append((content.published.isoformat(), _row(content.title, path, content.published, source), entry))
    for title, published in [*LOOK_ALIKES, DECOY]:
        path = f"/gk/zfxxgknb/content_{rng.randint(100_000, 999_999)}"
        kind = "decoy" if (title, published) == DECOY else "lookalike"
        notice_page(b, None, path, title, kind, published, lambda html, t=title, p=published: sichuan.article(
            SITE.title, t, NAV, CRUMBS, p, "禾阳县人民政府办公室", html, []))
        rows.append((published.isoformat(), _row(title, path, published, "禾阳县人民政府办公室"), b.non_reports[-1]))
    rows.sort(key=lambda row: row[0], reverse=True)
    top_date, top_row, top_entry = next(row for row in rows if not hasattr(row[2], "kind"))
    rows.remove((top_date, top_row, top_entry))
    listing = b.page("/gk/zfxxgknb/index.html", sichuan.script_list(
        SITE.title, "政府信息公开年报", NAV, CRUMBS, Link(top_row["link"], top_row["title"], top_date[:10]), COLUMN),
        "listing", note="newest item static; the rest drawn by a script from JSON")
    top_entry.listed_on.append(listing.url)  # type: ignore[attr-defined]
    ordered = [row for _, row, _ in rows]
    pages = -(-len(ordered) // SIZE)
    for page in range(1, pages + 1):
        api = b.json(f"/gk/api/list_{COLUMN}_{page}.json", sichuan.api_page(ordered, page, SIZE))
        for _, _, listed in rows[(page - 1) * SIZE: page * SIZE]:
            listed.listed_on.append(api.url)  # type: ignore[attr-defined]


def _row(title: str, path: str, published: dt.datetime, source: str) -> dict[str, str]:
    return {"title": title, "link": path, "pubDate": published.strftime("%Y-%m-%d"), "source": source}

