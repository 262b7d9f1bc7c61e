"""Classifying one table cell: a number, a blank, or text.

Cells reach us as printed: `22`, `0 ` with an NBSP, `4068.208`, `1,234`, `-18`, `+1036`, annotated numbers
(`22（其中修订 16 件）`), numbers with a unit (`380元`), dashes for "none".  A blank cell is `None`, never 0.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

Number = int | float


class Kind(Enum):
    NUMBER = "number"
    BLANK = "blank"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Cell:
    kind: Kind
    value: Number | None = None
    text: str = ""


BLANK = Cell(Kind.BLANK)

# Cells that mean "nothing to report" in place of a number.
_BLANK_MARKS = frozenset({"", "-", "--", "—", "——", "–", "/", "\\", "无", "空", "x", "X", "*", "?", "－"})
_NUMBER = re.compile(
    r"""^(?P<sign>[+-]?)\s*(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?\s*
        (?:件|宗|条|个|项|次|万元|元|人次)?\s*
        (?:\(.*\)?)?$""",  # an annotation in brackets after the number: `22(其中修订 16 件)`
    re.VERBOSE,
)
_HAS_CJK_OR_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_BRACKETS = re.compile(r"^[()（）\[\]【】“”\"'《》]+$")


def to_number(sign: str, integer: str, fraction: str | None) -> Number:
    digits = integer.replace(",", "")
    if fraction and fraction.strip(".0"):
        value: Number = float(digits + fraction)
    else:
        value = int(digits)
    return -value if sign == "-" else value


# A whole cell that OCR (or a typist) wrote with a look-alike of a digit: 〇 (CJK zero), O, l, I.
_DIGIT_LOOKALIKES = {"〇": "0", "O": "0", "o": "0", "l": "1", "I": "1"}


@functools.lru_cache(maxsize=8192)  # cells repeat endlessly ("0", "", standard labels)
def classify(raw: str) -> Cell:
    """Classify a cell's text (already through normalize_text)."""
    text = raw.strip()
    text = _DIGIT_LOOKALIKES.get(text, text)
    if text in _BLANK_MARKS:
        return BLANK
    match = _NUMBER.match(text)
    if match:
        return Cell(Kind.NUMBER, to_number(match["sign"], match["int"], match["frac"]), text)
    if _BRACKETS.match(text):  # `)` left over from a wrapped label (`…不计其他情形` / `) 1 - - -`): label text
        return Cell(Kind.TEXT, None, text)
    if not _HAS_CJK_OR_LETTER.search(text):
        # Stray punctuation or a `?` left where an NBSP was: `? 0`, `0 .`: keep a lone number if there is one.
        digits = re.findall(r"[+-]?\d+(?:\.\d+)?", text)
        if len(digits) == 1:
            number = re.match(r"([+-]?)(\d+)(\.\d+)?", digits[0])
            assert number is not None
            return Cell(Kind.NUMBER, to_number(number[1], number[2], number[3]), text)
        if not digits:
            return BLANK
    return Cell(Kind.TEXT, None, text)


def split_run_together(digits: str, parts: int) -> list[int] | None:
    """Split digits that a flattening extractor ran together (`21710000218`) into `parts` numbers whose last is
    the sum of the others (the row-total rule of tables 三 and 四).  Only an unambiguous split is returned."""
    if not digits.isdigit() or len(digits) < parts:
        return None
    found: list[list[int]] = []

    def walk(start: int, acc: list[int]) -> None:
        if len(found) > 1:
            return
        remaining = parts - len(acc)
        if remaining == 1:
            last = digits[start:]
            if (last == "0" or not last.startswith("0")) and int(last) == sum(acc):
                found.append([*acc, int(last)])
            return
        for end in range(start + 1, len(digits) - remaining + 2):
            piece = digits[start:end]
            if len(piece) > 1 and piece.startswith("0"):
                break
            walk(end, [*acc, int(piece)])

    walk(0, [])
    return found[0] if len(found) == 1 else None
