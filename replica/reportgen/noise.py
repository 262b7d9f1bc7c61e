"""Damage real text shows: OCR look-alikes and dropped characters in labels, labels wrapped across lines, stray
spaces, and spam mirrors' traditional characters with pinyin glosses (`區(qū)`).

Label damage is *recoverable by construction*: a damaged label is kept only if it is still strictly nearer (edit
distance over its CJK characters) to its own row's label than to any other row's label of the same table, so a
reader that matches labels fuzzily can always tell the row. Numbers are never damaged: a misread digit is lost
information, not a layout.
"""

from __future__ import annotations

import random
import re

import opencc

from replica.reportgen import labels
from replica.reportgen.document import Document

# Pairs OCR engines confuse on Song-typeface government PDFs.
LOOKALIKES = {
    "已": "己", "己": "已", "未": "末", "末": "未", "予": "子", "理": "埋", "项": "顶", "复": "夏", "持": "特",
    "人": "入", "入": "人", "干": "千", "土": "士", "日": "曰", "候": "侯", "访": "仿", "请": "清", "申": "甲",
    "准": "淮", "于": "干", "大": "太", "开": "幵", "行": "仃", "务": "各", "制": "刹", "补": "朴", "确": "碓",
}
_PREFIX = re.compile(r"^(?:[（(][一二三四五六七][）)]\s*)?(?:\d\s*[.、．]\s*)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _cjk(text: str) -> str:
    return "".join(_CJK.findall(text))


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def label_distance(a: str, b: str) -> int:
    """Edit distance over the CJK characters only (spaces, digits and punctuation do not identify a row)."""
    return edit_distance(_cjk(a), _cjk(b))


def ocr_damage(label: str, others: set[str], rng: random.Random) -> str:
    """One or two look-alike substitutions, dropped characters or stray spaces in the label's words."""
    prefix = _PREFIX.match(label).group(0)
    core = label[len(prefix):]
    if len(_cjk(core)) < 6:
        return label
    chars = list(core)
    for _ in range(1 if len(core) < 12 else 2):
        positions = [i for i, c in enumerate(chars) if _CJK.match(c)]
        i = rng.choice(positions)
        roll = rng.random()
        if roll < 0.5 and any(chars[p] in LOOKALIKES for p in positions):
            i = rng.choice([p for p in positions if chars[p] in LOOKALIKES])
            chars[i] = LOOKALIKES[chars[i]]
        elif roll < 0.75 and i > 0:
            del chars[i]
        else:
            chars.insert(i, " ")
    damaged = "".join(chars)
    own = label_distance(damaged, core)
    if all(own < label_distance(damaged, o) for o in others):
        return prefix + damaged
    return label


def wrap(text: str, rng: random.Random) -> str:
    """A label cell wrapped inside its cell: the converter keeps the line break (`…只计这一\n情形…`)."""
    if len(text) < 10:
        return text
    if rng.random() < 0.15:  # a trailing empty paragraph in the cell: the numbers start the next line
        return text + "\n"
    cut = rng.randint(4, len(text) - 3)
    return text[:cut] + "\n" + text[cut:]


def damage_labels(doc: Document, rng: random.Random, *, wrap_cells: bool) -> None:
    """Damage label and group cells of every table in place (headers are left readable)."""
    for block in doc.tables():
        grid = block.grid
        variants = labels.all_row_labels(grid.table)
        for key, row in zip(grid.keys, grid.body, strict=True):
            for cell in row:
                if cell.role not in ("label", "group") or rng.random() > 0.45:
                    continue
                if cell.role == "label" and key:
                    others = {v for k, vs in variants.items() if k != key for v in vs}
                    cell.text = ocr_damage(cell.text, others, rng)
                elif len(cell.text) > 4 and rng.random() < 0.5:  # a stray space in a merged heading (`不予 公开`)
                    i = rng.randint(1, len(cell.text) - 1)
                    cell.text = cell.text[:i] + " " + cell.text[i:]
                if wrap_cells and rng.random() < 0.5:
                    cell.text = wrap(cell.text, rng)


# Spam mirrors gloss a fraction of characters with pinyin after converting to traditional characters.
GLOSSES = {
    "区": "qū", "发": "fā", "政": "zhèng", "府": "fǔ", "公": "gōng", "开": "kāi", "信": "xìn", "息": "xī",
    "年": "nián", "报": "bào", "告": "gào", "申": "shēn", "请": "qǐng", "处": "chǔ", "理": "lǐ", "规": "guī",
    "章": "zhāng", "件": "jiàn", "数": "shù", "情": "qíng", "况": "kuàng", "总": "zǒng", "计": "jì", "民": "mín",
    "办": "bàn", "局": "jú", "县": "xiàn", "市": "shì", "街": "jiē", "镇": "zhèn", "结": "jié", "果": "guǒ",
    "诉": "sù", "讼": "sòng", "复": "fù", "议": "yì", "务": "wù", "关": "guān", "作": "zuò", "维": "wéi",
}
_S2T = opencc.OpenCC("s2t.json")


def to_traditional(text: str, rng: random.Random, gloss_rate: float = 0.0) -> str:
    if gloss_rate:
        text = "".join(f"{c}({GLOSSES[c]})" if c in GLOSSES and rng.random() < gloss_rate else c for c in text)
    return _S2T.convert(text)


def simplified(text: str) -> str:
    """Back to simplified characters (used by the generator's own round-trip checks)."""
    return _T2S.convert(text)


_T2S = opencc.OpenCC("t2s.json")
