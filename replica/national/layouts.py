"""The markup of the national sites: the CMS families the replica already knows, through their own renderers.

Every national site is fictitious; its structure is that of a family the replica models, with the evidence named
in the platform module each family uses:
- `guangdong`: replica/platforms/guangdong.py (haizhu, panyu; seen): column `index.html`, `index_2.html`, …
  with the `#page_div` pager and its 下一页 link, articles `content/post_<id>.html` (`#zoomtitl`, `#zoomcon`);
- `shtml`: replica/platforms/trs_shtml.py (qinglan, TRS WCM conventions): `zfxxgknb_<channel>/index.shtml`,
  `index_1.shtml`, … whose pager only the shared `/images/page.js` draws, articles
  `YYYYMM/tYYYYMMDD_<id>.shtml`;
- `hanweb`: replica/platforms/hanweb.py (tongxi, 大汉 JCMS conventions): `/col/col<id>/index.html` whose records
  sit in a jpage XML data store, articles `/art/YYYY/M/D/art_<col>_<id>.html`;
- `trs`: the TRS static layout of replica/platforms/trs.py (yaodu; that module prints yaodu's own chrome, so the
  shell here is generic): `index.html`, `index_1.html`, … with the inline `createPageHTML` pager, articles
  `YYYYMM/tYYYYMMDD_<id>.html`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from replica.content import attr, esc
from replica.platforms import Link, guangdong, hanweb, trs_shtml
from replica.platforms.trs import CREATE_PAGE_JS

COLUMN = "政府信息公开年报"


@dataclass(frozen=True)
class Family:
    """One CMS family: where its pages live and how they are written, for a site titled `site_title`."""

    name: str
    site_title: str

    # --- where ---------------------------------------------------------------------------------------------
    @property
    def disclosure_path(self) -> str:
        return {"hanweb": "/col/col1100/index.html", "guangdong": "/zwgk/"}.get(self.name, "/zfxxgk/")

    @property
    def column_dir(self) -> str:
        return {"hanweb": "/col/col1101/", "guangdong": "/zwgk/zfxxgknb/",
                "shtml": "/zfxxgk/zfxxgknb_31597/"}.get(self.name, "/zfxxgk/zfxxgknb/")

    def page_path(self, number: int) -> str:
        """Listing page `number` (0 = first)."""
        ext = "shtml" if self.name == "shtml" else "html"
        if number == 0:
            return f"{self.column_dir}index.{ext}"
        return f"{self.column_dir}index_{number + 1 if self.name == 'guangdong' else number}.{ext}"

    def detail_path(self, post_id: int, published: dt.date) -> str:
        if self.name == "guangdong":
            return f"{self.column_dir}content/post_{post_id}.html"
        if self.name == "hanweb":
            return f"/art/{published.year}/{published.month}/{published.day}/art_1101_{post_id}.html"
        ext = "shtml" if self.name == "shtml" else "html"
        return f"{self.column_dir}{published:%Y%m}/t{published:%Y%m%d}_{post_id}.{ext}"

    @property
    def per_page(self) -> int:
        return 1000 if self.name == "hanweb" else 6  # a jpage store holds the whole column

    # --- what ----------------------------------------------------------------------------------------------
    def home(self) -> str:
        return self._shell(self.site_title, f'<div class="main"><ul><li><a href="{self.disclosure_path}">'
                                            f'政府信息公开</a></li><li><a href="/xwzx/">新闻中心</a></li></ul></div>')

    def disclosure(self) -> str:
        return self._shell(f"政府信息公开_{self.site_title}",
                           f'<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; 政府信息公开'
                           f'</div><ul><li><a href="{self.page_path(0)}">{COLUMN}</a></li>'
                           f'<li><a href="{self.disclosure_path}#zn">政府信息公开指南</a></li></ul></div>')

    def listing(self, links: list[Link], number: int, pages: int, records: int) -> str:
        crumbs = [Link("/", "首页"), Link(self.disclosure_path, "政府信息公开"), Link(self.page_path(0), COLUMN)]
        if self.name == "guangdong":
            return guangdong.column_listing(self._gd(), COLUMN, [(c.title, c.href) for c in crumbs], links,
                                            number + 1, pages)
        if self.name == "shtml":
            return trs_shtml.listing(self._portal(), COLUMN, crumbs, [], links, number, pages, records)
        if self.name == "hanweb":
            return hanweb.datastore_page(self._hanweb(), COLUMN, crumbs, 1101, links, records, 15, None)
        items = "\n".join(f'<li><a href="{attr(link.href)}" target="_blank" title="{attr(link.title)}">'
                          f'{esc(link.title)}</a><span>{link.date}</span></li>' for link in links)
        bread = (f'<div class="bread">您现在的位置：<a href="/">首页</a> &gt; '
                 f'<a href="{self.disclosure_path}">政府信息公开</a> &gt; {COLUMN}</div>')
        return self._shell(f"{COLUMN}-{self.site_title}", f"""<div class="main">
{bread}
<div class="list"><ul>
{items}
</ul></div>
<script>
{CREATE_PAGE_JS}
createPageHTML({pages}, {number}, "index", "html");
</script>
</div>""")

    def article(self, title: str, published: dt.datetime, body_html: str) -> str:
        crumbs = [Link("/", "首页"), Link(self.disclosure_path, "政府信息公开"), Link(self.page_path(0), COLUMN)]
        if self.name == "guangdong":
            return guangdong.column_article(self._gd(), title, [(c.title, c.href) for c in crumbs], published,
                                            self.site_title, body_html, [])
        if self.name == "shtml":
            return trs_shtml.article(self._portal(), title, crumbs, published, self.site_title, body_html, [])
        if self.name == "hanweb":
            return hanweb.article(self._hanweb(), title, crumbs, published, self.site_title, body_html, [])
        return self._shell(f"{title}-{self.site_title}", f"""<div class="main"><div class="article">
<div class="title"><h2>{esc(title)}</h2></div>
<div class="info"><span class="date">{published:%Y-%m-%d}</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{body_html}
</div></div></div>""")

    @property
    def stylesheet(self) -> str:
        return {"guangdong": "/css/common.css", "hanweb": "/script/0/style.css"}.get(self.name, "/images/style.css")

    def scripts(self) -> list[tuple[str, bytes]]:
        """Shared scripts the family's pages load (path, bytes); the jpage library is a stub (no crawler runs it
        outside a browser, and the records are in the page)."""
        if self.name == "shtml":
            return [("/images/page.js", trs_shtml.PAGE_JS.encode())]
        if self.name == "hanweb":
            return [("/module/jslib/jquery/jpage/jquery.jpage.js", b"/* jpage */\n")]
        return []

    # --- chrome --------------------------------------------------------------------------------------------
    def _gd(self) -> guangdong.Chrome:
        return guangdong.Chrome(self.site_title, "您当前所在位置")

    def _portal(self) -> trs_shtml.Portal:
        return trs_shtml.Portal(self.site_title, [Link("/", "首页"), Link(self.disclosure_path, "政府信息公开")], [],
                                f"主办：{self.site_title}办公室")

    def _hanweb(self) -> hanweb.Chrome:
        return hanweb.Chrome(self.site_title, [Link("/", "首页"), Link(self.disclosure_path, "政府信息公开")],
                             f"主办：{self.site_title}办公室")

    def _shell(self, title: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css"></head>
<body>
<div class="top"><div class="logo">{esc(self.site_title)}</div>
<div class="nav"><a href="/">首页</a> <a href="{self.disclosure_path}">政府信息公开</a></div></div>
{main}
<div class="foot">主办：{esc(self.site_title)}办公室</div>
</body></html>
"""


FAMILIES = ("trs", "guangdong", "shtml", "hanweb")
