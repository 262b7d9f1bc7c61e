"""Name stems for matching a place named one way in a source and another in the code table.

Sources abbreviate (恩施州 for 恩施土家族苗族自治州), drop or keep the ethnic part of an autonomous unit's name
(石柱县 / 石柱土家族自治县) and lag behind renamings of a unit's kind (永年县 → 永年区, 滦县 → 滦州市). The stem
keeps what survives all of these: the place name without the kind of unit and without the autonomous peoples.
"""

from __future__ import annotations

# The 55 minority peoples (plus 各族, "all peoples", as in 龙胜各族自治县), longest first so 土家 wins over 土.
_PEOPLES = sorted((
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶",
    "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水",
    "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
    "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
    "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
), key=len, reverse=True)
_AUTONOMY = ("自治县", "自治旗", "自治州", "自治区")
_KINDS = ("特别行政区", "地区", "区", "县", "市", "旗", "盟", "省", "州")


def stem(name: str) -> str:
    """`恩施土家族苗族自治州` → `恩施`; `永年县` → `永年`; a two-character name (`城区`, `涉县`) is its own stem."""
    name = name.strip()
    for suffix in _AUTONOMY:
        if name.endswith(suffix):
            return _strip_peoples(name[: -len(suffix)])
    if len(name) <= 2:
        return name
    for suffix in _KINDS:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _strip_peoples(body: str) -> str:
    while True:
        for people in _PEOPLES:
            for form in (people + "族", people):
                if body.endswith(form) and len(body) > len(form):
                    body = body[: -len(form)]
                    break
            else:
                continue
            break
        else:
            return body
