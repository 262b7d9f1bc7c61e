"""The site registry: rebuilt deterministically from the vendored sources; names matched robustly; coverage
computed from the rows (never from remembered numbers); bad input gets one line."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from crawler.__main__ import main
from crawler.errors import NianbaoError
from crawler.registry.build import DEFAULT_SOURCES, build_registry, coverage, render_registry
from crawler.registry.gazetteer import load_places
from crawler.registry.matching import match_tree
from crawler.registry.model import Level
from crawler.registry.names import stem
from crawler.registry.portal_tree import parse_portal_tree
from crawler.registry.read import DEFAULT_REGISTRY, RegistryError, load_registry


@pytest.fixture(scope="module")
def real_build():
    return build_registry()


def test_import_is_deterministic_and_the_committed_registry_is_current(real_build, tmp_path, capsys):
    again = build_registry()
    assert render_registry(real_build.entries) == render_registry(again.entries)
    out = tmp_path / "registry.csv"
    assert main(["registry", "import", "--out", str(out)]) == 0
    first = out.read_bytes()
    assert main(["registry", "import", "--out", str(out)]) == 0
    assert out.read_bytes() == first == DEFAULT_REGISTRY.read_bytes()
    assert main(["registry", "import", "--check"]) == 0
    out.write_text(first.decode("utf-8").replace("正确", "错误", 1), encoding="utf-8")
    assert main(["registry", "import", "--check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "out of date" in err and "unmatched: 重庆市/两江新区" in err


def test_every_government_once_with_a_consistent_hierarchy(real_build):
    entries = {e.code: e for e in real_build.entries}
    assert len(entries) == len(real_build.entries)
    levels = {level: [e for e in entries.values() if e.level is level] for level in Level}
    assert len(levels[Level.PROVINCE]) == 31  # the mainland's provincial units; HK, Macao, Taiwan are reported
    assert 300 < len(levels[Level.PREFECTURE]) < 400 and 2700 < len(levels[Level.COUNTY]) < 3000
    for entry in entries.values():
        parent = entries.get(entry.place.parent_code or "")
        if entry.level is Level.PROVINCE:
            assert parent is None
        else:
            assert parent is not None and parent.code[:2] == entry.code[:2]
            assert parent.level is (Level.PROVINCE if entry.level is Level.PREFECTURE else parent.level)
    # no statistical zone, grouping row or repeated prefecture became a government
    names = {e.name for e in entries.values()}
    assert not {"市辖区", "县", "省直辖县级行政区划"} & names
    assert not any(71 <= int(code[4:6]) <= 80 for code in entries if entries[code].level is Level.COUNTY)
    assert [e.level for e in entries.values() if e.name == "东莞市"] == [Level.PREFECTURE]


def test_coverage_is_computed_from_the_rows(real_build):
    rows = list(csv.DictReader(DEFAULT_REGISTRY.open(encoding="utf-8")))
    total, by_level, by_province = coverage(real_build.entries)
    assert total.places == len(rows) == sum(c.places for c in by_level) == sum(c.places for c in by_province)
    assert total.with_url == sum(1 for r in rows if r["portal_url"]) == sum(c.with_url for c in by_province)
    for cov in by_province:
        code = cov.label.split()[0]
        mine = [r for r in rows if r["code"][:2] == code[:2]]
        assert (cov.places, cov.with_url) == (len(mine), sum(1 for r in mine if r["portal_url"]))


def test_verdicts_and_sources_come_from_the_vendored_files(real_build):
    entries = {e.code: e for e in real_build.entries}
    verdicts = json.loads((DEFAULT_SOURCES / "china-public-debt" / "_gov-verify-results.extract.json").read_text())
    with_verdict = [e for e in entries.values() if e.verification]
    assert len(with_verdict) == len(verdicts)
    assert entries["310101"].verification == "无法访问" and entries["110101"].verification == "正确"
    assert entries["130284"].url_source.endswith("#河北省/唐山市/滦州市")  # renamed 2018: not in the old gazetteer
    assert entries["419001"].portal_url == "https://www.jiyuan.gov.cn/"  # through the alias file
    assert entries["350527"].portal_url is None and entries["350527"].url_source  # named, no URL verified
    assert load_registry()["130284"].portal_url == entries["130284"].portal_url


@pytest.mark.parametrize(("name", "expected"), [
    ("恩施土家族苗族自治州", "恩施"), ("恩施州", "恩施"), ("石柱土家族自治县", "石柱"), ("永年县", "永年"),
    ("永年区", "永年"), ("积石山保安族东乡族撒拉族自治县", "积石山"), ("龙胜各族自治县", "龙胜"),
    ("鄂伦春自治旗", "鄂伦春"), ("东乡族自治县", "东乡族"), ("城区", "城区"), ("涉县", "涉县"), ("兴安盟", "兴安"),
])
def test_stems(name, expected):
    assert stem(name) == expected


def _gazetteer(tmp_path: Path) -> Path:
    directory = tmp_path / "gaz"
    directory.mkdir()
    (directory / "provinces.csv").write_text('code,name\n42,"湖北省"\n50,"重庆市"\n65,"新疆维吾尔自治区"\n',
                                             encoding="utf-8")
    (directory / "cities.csv").write_text(
        'code,name,provinceCode\n4228,"恩施土家族苗族自治州",42\n4202,"黄石市",42\n5001,"市辖区",50\n'
        '5002,"县",50\n6590,"自治区直辖县级行政区划",65\n4290,"省直辖县级行政区划",42\n', encoding="utf-8")
    (directory / "areas.csv").write_text(
        'code,name,cityCode,provinceCode\n422801,"恩施市",4228,42\n422802,"利川市",4228,42\n'
        '420281,"大冶市",4202,42\n420271,"黄石经济技术开发区",4202,42\n500240,"石柱土家族自治县",5002,50\n'
        '500112,"渝北区",5001,50\n659001,"石河子市",6590,65\n429004,"仙桃市",4290,42\n', encoding="utf-8")
    return directory


TREE = """export const GOV_WEBSITES: GovWebsiteNode[] = [
  {
    name: "湖北省",
    url: "https://www.hubei.gov.cn/",
    children: [
      { name: "恩施州", url: "http://www.enshi.gov.cn/", children: [
          { name: "恩施市", url: "http://www.es.gov.cn/" },
          { name: "利川县", url: "" },
          { name: "大冶市", url: "http://dy.example.gov.cn/" }
      ] },
      { name: "黄石市", url: "https://www.huangshi.gov.cn/", children: [
          { name: "大冶市", url: "http://www.daye.gov.cn/" }
      ] },
      { name: "仙桃市", url: "https://www.xiantao.gov.cn/" }
    ]
  },
  {
    name: "重庆市",
    url: "https://www.cq.gov.cn/",
    children: [
      { name: "石柱县", url: "http://www.cqsz.gov.cn/" },
      { name: "两江新区", url: "https://www.ljxq.gov.cn/" },
      { name: "渝北", url: "https://www.ybq.gov.cn/" }
    ]
  },
  {
    name: "新疆维吾尔自治区",
    url: "https://www.xinjiang.gov.cn/",
    children: [
      { name: "新疆生产建设兵团", url: "http://www.xjbt.gov.cn/", children: [
          { name: "石河子市", url: "http://www.shz.gov.cn/" }
      ] }
    ]
  },
  { name: "台湾省", url: "" }
];
"""


def test_matching_edge_cases(tmp_path):
    places = load_places(_gazetteer(tmp_path))
    assert "420271" not in {p.code for p in places}  # a development zone is no government
    result = match_tree(parse_portal_tree(TREE), places, aliases={("重庆市", "两江新区"): "500112"})
    urls = {code: node.url for code, node in result.nodes.items()}
    assert urls["422800"] == "http://www.enshi.gov.cn/"  # 恩施州: abbreviated autonomous prefecture
    assert urls["500240"] == "http://www.cqsz.gov.cn/"  # 石柱县: the 自治县 without its peoples
    assert urls["422802"] is None  # 利川县 → 利川市 (renamed kind), no URL in the source
    assert urls["429004"] == "https://www.xiantao.gov.cn/"  # governed by the province directly
    assert urls["659001"] == "http://www.shz.gov.cn/"  # under 兵团, which is no division: the province's county
    assert urls["500112"] == "https://www.ljxq.gov.cn/"  # the alias wins over the stem match of 渝北
    assert urls["420281"] == "http://www.daye.gov.cn/"  # its own prefecture's entry wins over a stray one
    reasons = {"/".join(miss.path): miss.reason for miss in result.unmatched}
    assert reasons["湖北省/恩施州/大冶市"].startswith("420281 大冶市 already matched by 湖北省/黄石市/大冶市")
    assert reasons["新疆维吾尔自治区/新疆生产建设兵团"] == "no such place in the code table"
    assert reasons["台湾省"] == "no such place in the code table"
    assert "重庆市/渝北" in reasons  # the place is taken by the alias: reported, not matched twice


def test_bad_input_gets_one_line(tmp_path, capsys):
    with pytest.raises(NianbaoError, match="no `GOV_WEBSITES"):
        parse_portal_tree("export const OTHER = [];")
    with pytest.raises(NianbaoError, match="not the expected literal"):
        parse_portal_tree("GOV_WEBSITES: GovWebsiteNode[] = [{ name: 1, ];")
    bad = tmp_path / "registry.csv"
    bad.write_text("code,name\n1,x\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="header is"):
        load_registry(bad)
    sources = tmp_path / "sources"
    shutil.copytree(DEFAULT_SOURCES, sources)
    (sources / "china-public-debt" / "gov-website-links.ts").unlink()
    assert main(["registry", "import", "--sources", str(sources), "--out", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "source file missing" in err[0]
