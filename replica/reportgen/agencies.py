"""Realistic reporting bodies: district/county governments, their offices and bureaus, subdistricts and towns.

Every name survives a simplified → traditional → simplified round trip (checked in test_generator.py), so the
traditional-character layout can be read back to the same agency.
"""

from __future__ import annotations

import random

# (city, district or county): real places of the kind the crawler visits.
PLACES = (
    ("广州市", "海珠区"), ("广州市", "番禺区"), ("广州市", "白云区"), ("广州市", "天河区"), ("广州市", "荔湾区"),
    ("临汾市", "尧都区"), ("临汾市", "洪洞县"), ("安阳市", "殷都区"), ("安阳市", "龙安区"), ("周口市", "川汇区"),
    ("宿迁市", "沭阳县"), ("宿迁市", "泗阳县"), ("南京市", "江宁区"), ("杭州市", "西湖区"), ("成都市", "武侯区"),
    ("长沙市", "岳麓区"), ("西安市", "雁塔区"), ("武汉市", "洪山区"), ("郑州市", "金水区"), ("济南市", "历下区"),
    ("合肥市", "蜀山区"), ("昆明市", "五华区"), ("淮安市", "清江浦区"), ("佛山市", "顺德区"), ("苏州市", "吴中区"),
)

# Departments of a district/county government (区/县 + name).
BUREAUS = (
    "信访局", "司法局", "财政局", "教育局", "卫生健康局", "民政局", "市场监督管理局", "住房和城乡建设局",
    "人力资源和社会保障局", "交通运输局", "应急管理局", "退役军人事务局", "医疗保障局", "统计局", "农业农村局",
    "发展和改革局", "城市管理和综合执法局", "文化广电旅游体育局", "科学技术局", "工业和信息化局", "审计局",
    "水务局", "商务局", "政务服务数据管理局", "投资促进局", "档案局", "规划和自然资源局", "生态环境分局",
)
SUBDISTRICTS = ("昌岗", "江南中", "滨江", "南华西", "东环", "沙园", "凤阳", "瑞宝", "新港", "素社", "龙凤")
TOWNS = ("石楼", "石碁", "南村", "化龙", "大石", "钟村", "新造", "榄核", "刘庄", "韩庄", "陈集")


def random_agency(rng: random.Random) -> str:
    city, district = rng.choice(PLACES)
    prefix = rng.choice([district, district, city + district])
    kind = rng.random()
    if kind < 0.15:
        return prefix + "人民政府"
    if kind < 0.3:
        return prefix + "人民政府办公室"
    if kind < 0.8:
        return prefix + rng.choice(BUREAUS)
    if kind < 0.9:
        return prefix + rng.choice(SUBDISTRICTS) + "街道办事处"
    return prefix + rng.choice(TOWNS) + "镇人民政府"


def short_name(agency: str) -> str:
    """How the body names itself in its narrative: 我局 / 我办 / 本街道 / 我县 / 我镇 …"""
    for suffix, own in (("办公室", "我办"), ("局", "我局"), ("街道办事处", "本街道"), ("镇人民政府", "我镇"),
                        ("县人民政府", "我县"), ("区人民政府", "我区"), ("分局", "我局")):
        if agency.endswith(suffix):
            return own
    return "本机关"


def body_name(agency: str) -> str:
    """How a report's own first sentence names its agency (`2021年,海珠区认真贯彻落实…`, a real page without a
    title: the issue's example): a people's government by its place, a subdistrict office by 街道, a town
    government by 镇; any other body by its full name."""
    for suffix, keep in (("街道办事处", "街道"), ("镇人民政府", "镇")):
        if agency.endswith(suffix):
            return agency[: -len(suffix)] + keep
    if agency.endswith("人民政府"):
        return agency.removesuffix("人民政府")
    return agency


def title_lines(rng: random.Random, agency: str, year: int) -> list[str]:
    """The title as real reports print it (one or two lines); the agency and the report year are always in it."""
    form = rng.randrange(8)
    if form == 0:
        return [f"{agency}{year}年政府信息公开工作年度报告"]
    if form == 1:  # haizhu: spaces around the year and a stray space before 政府
        return [f"{agency} {year} 年 政府信息公开工作年度报告"]
    if form == 2:  # panyu
        return [f"{agency}关于 {year} 年政府信息公开 工作年度报告"]
    if form == 3:  # yaodu: agency on its own line above
        return [agency, "", f"{year}年政府信息公开工作年度报告"]
    if form == 4:  # shanghai: year first
        return [f"{year}年{agency}政府信息公开工作年度报告"]
    if form == 5:
        return [f"{agency}{year}年度政府信息公开工作年度报告"]
    if form == 6:
        return [f"{year} 年度{agency}政府信息公开", "工作年度报告"]
    return [f"{agency}{year}年政府信息公开工作年度报告"]
