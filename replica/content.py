"""What the replica's pages say: report bodies from the golden texts and the report generator, pre-2019 reports,
look-alikes and ordinary articles.  Everything is deterministic for a given content seed.

Report bodies come in two forms: `body_html` (the article as the site shows it, tables as <table>) and `text`
(the article read back as paragraphs and TAB rows: the input of the Word/PDF attachments).  The generator
(replica/reportgen) supplies consistent random reports whose canonical tables are known; the golden texts
(../shared/golden) supply real ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html

from crawler.extract import extract
from replica.model import ReplicaError
from replica.reportgen import random_report, render

# Copies of the three golden texts the sites publish (replica/golden/README.md): no dependency on ../shared.
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
NBSP = "\xa0"


@dataclass
class ReportContent:
    agency: str
    year: int
    template: str | None  # None: a pre-2019 report (no template tables)
    title: str  # as listings and the page title print it
    published: dt.datetime  # Beijing time
    body_html: str
    text: str
    tables: dict[str, Any] | None
    tables_source: str | None


def esc(text: str) -> str:
    return html.escape(text, quote=False).replace(NBSP, "&nbsp;")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def template_for(year: int) -> str | None:
    """The template a report of `year` is written on: 2019 for 2019-2020, 2021 after, none before 2019."""
    if year < 2019:
        return None
    return "2019" if year <= 2020 else "2021"


def published_at(rng: random.Random, year: int, latest_month: int = 3) -> dt.datetime:
    """Departments publish by 31 January, governments by 31 March (条例 art. 49): a moment in that window."""
    month = rng.randint(1, latest_month)
    return dt.datetime(year + 1, month, rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59),
                       rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=8)))


# --- text → HTML ------------------------------------------------------------------------------------------------

def text_to_html(text: str) -> str:
    """Report text → article HTML.  TAB-separated rows become a <table>; so does the one-cell-per-line layout
    (a TAB before every cell, a blank line after every row, as yaodu's text shows its Word table); every other
    non-blank line is a <p>."""
    out: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if table:
            out.append(table_html(table))
            table.clear()

    for group in _groups(text.split("\n")):
        if all((line.startswith("\t") and line.count("\t") == 1) or "\t" not in line for line in group) \
                and group[0].startswith("\t"):
            row: list[str] = []
            for line in group:  # a line without TAB continues the cell before it (`本年新` / `制作数量`)
                if line.startswith("\t"):
                    row.append(line[1:])
                elif row:
                    row[-1] += line.strip()
            table.append(row)
            continue
        for line in group:
            if "\t" in line:
                table.append(line.split("\t"))
            else:
                flush()
                out.append(f"<p>{esc(line.strip())}</p>")
    flush()
    return "\n".join(out)


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.rstrip("\r") != "":  # an empty cell (`\t`) or a NBSP cell is content, not a blank line
            groups[-1].append(line.rstrip("\r"))
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def table_html(rows: list[list[str]]) -> str:
    body = "\n".join("<tr>" + "".join(f"<td>{esc(cell.strip(' '))}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n{body}' \
           "\n</tbody>\n</table>"


def paragraphs_html(text: str) -> str:
    return "\n".join(f"<p>{esc(line.strip())}</p>" for line in text.split("\n") if line.strip())


# --- report sources ---------------------------------------------------------------------------------------------

def golden_text(name: str) -> str:
    """A golden report text without the `# source:` provenance comment some of them start with."""
    path = GOLDEN_DIR / f"{name}.txt"
    if not path.is_file():
        raise ReplicaError(f"golden report text not found: {path}")
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines if not line.startswith("# source:"))


def golden_canonical(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN_DIR / f"{name}.json").read_text(encoding="utf-8"))


class ContentFactory:
    """Report bodies and other page texts, each drawn from its own seeded RNG (key → same content every build).

    Generated reports are memoised in a JSON file in the document cache, keyed by the seed and by the source of
    the generator and of this module, so a warm start neither imports nor runs the generator.
    """

    def __init__(self, seed: int, cache_dir: Path | None = None) -> None:
        self.seed = seed
        self.cache_path = cache_dir / f"content-{seed}-{_generator_version()}.json" if cache_dir else None
        self.cache: dict[str, dict[str, Any]] = {}
        self.cache_dirty = False
        if self.cache_path and self.cache_path.is_file():
            try:
                self.cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.cache = {}

    def save(self) -> None:
        """Write the memoised generated reports (atomically) when this build added any."""
        if not (self.cache_path and self.cache_dirty):
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self.cache, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.cache_path)
        self.cache_dirty = False

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}:{key}")

    def golden(self, name: str, title: str, published: dt.datetime) -> ReportContent:
        text = golden_text(name)
        canonical = golden_canonical(name)
        return ReportContent(agency=canonical["agency"], year=canonical["year"], template=canonical["template"],
                             title=title, published=published, body_html=text_to_html(text), text=text,
                             tables=canonical["tables"], tables_source=f"golden:{name}")

    def generated(self, key: str, agency: str, year: int, template: str | None = None, latest_month: int = 3,
                  revised: bool = False, blanks: str | None = None) -> ReportContent:
        """A random consistent report by `agency` for `year` (replica/reportgen), rendered as the site's HTML and as
        TAB text for its attachments.  `revised=True` gives the same report with one figure corrected, worded and
        laid out identically otherwise (a report revised in place)."""
        memo_key = json.dumps([key, agency, year, template, latest_month, revised, blanks], ensure_ascii=False)
        if memo_key not in self.cache:
            self.cache[memo_key] = self._generate(key, agency, year, template, latest_month, revised, blanks)
            self.cache_dirty = True
        data = self.cache[memo_key]
        return ReportContent(agency=agency, year=year, template=data["template"], title=data["title"],
                             published=dt.datetime.fromisoformat(data["published"]), body_html=data["body_html"],
                             text=data["text"], tables=data["tables"], tables_source="generator")

    def _generate(self, key: str, agency: str, year: int, template: str | None, latest_month: int,
                  revised: bool, blanks: str | None) -> dict[str, Any]:
        rng = self.rng(key)
        template = template or template_for(year)
        report = random_report(rng, template, blanks=blanks)
        # drawn from a stream of its own: the date is in some sites' URLs (yindu's /2021/01-07/…), which must not
        # move when the report generator draws its numbers differently
        published = published_at(self.rng(f"{key}:published"), year, latest_month)
        title = f"{agency}{year}年政府信息公开工作年度报告"
        report.update(agency=agency, year=year, title=title, published=published.date().isoformat())
        if revised:
            correct_one_figure(report)
        body_html = article_of(render(report, "html", rng))
        return {"template": template, "title": title, "published": published.isoformat(),
                "body_html": body_html, "text": document_text(body_html, title), "tables": report["tables"]}

    def pre2019(self, key: str, agency: str, year: int, title: str | None = None) -> ReportContent:
        """A report from before the 2019 templates: prose with numbers, no statistical tables (archived only)."""
        rng = self.rng(key)
        title = title or f"{agency}{year}年政府信息公开工作年度报告"
        published = published_at(rng, year)
        text = "\n".join([
            title, "",
            f"本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。全文包括概述，主动公开政府信息情况，"
            "依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，"
            "存在的主要问题及改进措施等。本报告中所列数据的统计期限自"
            f"{year}年1月1日起至{year}年12月31日止。",
            "一、概述",
            f"{year}年，{agency}认真贯彻落实《条例》，进一步完善政府信息公开工作机制，全年共主动公开政府信息"
            f"{rng.randint(40, 900)}条。",
            "二、主动公开政府信息情况",
            f"通过门户网站公开信息{rng.randint(20, 600)}条，其中规范性文件{rng.randint(0, 12)}件，"
            f"工作动态{rng.randint(10, 300)}条。",
            "三、依申请公开政府信息情况",
            f"全年共受理政府信息公开申请{rng.randint(0, 30)}件，均已按时答复。",
            "四、政府信息公开的收费及减免情况",
            "本年度未收取任何费用。",
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
            f"本年度发生行政复议{rng.randint(0, 2)}件，行政诉讼0件。",
            "六、存在的主要问题及改进措施",
            "信息公开的及时性、全面性有待进一步提高。下一步将加强培训，规范公开程序。",
            "", agency, f"{year + 1}年{published.month}月{published.day}日",
        ])
        return ReportContent(agency=agency, year=year, template=None, title=title, published=published,
                             body_html=paragraphs_html(text), text=text, tables=None, tables_source=None)

    def notice(self, key: str, title: str, agency: str) -> str:
        """The body of a look-alike or an ordinary article: prose only, dated, never a report."""
        rng = self.rng(key)
        year = rng.randint(2019, 2024)
        paragraphs = [
            f"各{rng.choice(['科室', '街道、镇', '部门', '直属单位'])}：",
            f"根据上级工作部署，现就{title.removeprefix('关于').removesuffix('的通知')}有关事项明确如下：",
            f"一、提高思想认识。各单位要高度重视，明确分管领导和具体经办人员，于{year}年{rng.randint(1, 12)}月"
            f"{rng.randint(1, 28)}日前完成相关工作。",
            "二、规范工作程序。严格按照《中华人民共和国政府信息公开条例》和有关文件要求执行，做到内容准确、格式规范。",
            f"三、加强督促检查。{agency}将对落实情况进行通报。",
            f"联系人：{rng.choice('王李张刘陈杨黄赵吴周')}{rng.choice(['敏', '伟', '芳', '强', '静'])}，"
            f"联系电话：{rng.randint(20000000, 89999999)}。",
            agency,
            f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        ]
        return "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)


def correct_one_figure(report: dict[str, Any]) -> None:
    """The correction a revised report makes: one more normative document in force (table 二), a figure no
    consistency rule ties to the others, so the revised report stays consistent."""
    row = report["tables"]["active"]["normative_documents"]
    column = "in_force" if report["template"] == "2021" else "total_published"
    row[column] = (row.get(column) or 0) + 1


def _generator_version() -> str:
    """A hash of the generator's and this module's source: cached content is stale when either changes."""
    digest = hashlib.sha256()
    for path in [Path(__file__), *sorted((Path(__file__).resolve().parent / "reportgen").glob("*.py"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_text(body_html: str, title: str) -> str:
    """The text an attachment is made from: the page's article as the extractor reads it (paragraphs, tables as
    clean TAB rows with merged cells at their top-left), the title first.  The Word file a site attaches is the
    source of its web page, so both carry the same tables."""
    page = f'<html><head><meta charset="utf-8"></head><body><div id="zoomcon">{body_html}</div></body></html>'
    text = extract(page.encode("utf-8"), content_type="text/html; charset=utf-8").text
    squeezed = "".join(text.split("\n", 3)[:3]).replace(" ", "")
    return text if title.replace(" ", "") in squeezed else f"{title}\n\n{text}"


def article_of(page: str) -> str:
    """The article element of a page rendered by replica/reportgen (its chrome is replaced by the site's own)."""
    root = lxml.html.document_fromstring(page)
    found = root.xpath('//div[@id="zoomcon"]')
    if not found:
        raise ReplicaError("generated page has no article element (div#zoomcon)")
    article = found[0]
    inner = (article.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in article)
    return inner.strip()
