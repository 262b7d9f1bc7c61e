"""The kind of an agency, read from the ending of its name (the archive records no other classification).

Chinese agency names end in what the body is: 广州市海珠区人民政府办公室 is an office, 尧都区信访局 a bureau,
xx镇人民政府 a township government.  The first ending that matches decides, most specific first; a name none of them
fits is `其他`.  A heuristic for charts, said so where it is shown.
"""

from __future__ import annotations

TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("乡镇人民政府", ("镇人民政府", "乡人民政府", "镇政府", "乡政府")),
    ("街道办事处", ("街道办事处", "街道办", "街道")),
    ("人民政府", ("人民政府", "政府")),
    ("办公室（厅）", ("办公室", "办公厅")),
    ("局", ("局",)),
    ("委员会", ("委员会", "委")),
    ("厅", ("厅",)),
    ("中心、事业单位", ("中心", "院", "馆", "所", "站")),
)
OTHER = "其他"


def agency_type(name: str | None) -> str:
    text = (name or "").strip()
    for kind, endings in TYPES:
        if text.endswith(endings):
            return kind
    return OTHER
