"""Text normalisation shared by every step of the parser.

Two copies of the text matter: the cells as printed (kept for numbers) and a *matching* form used to compare labels,
which folds away what varies between reports without changing meaning: NFKC (full-width digits and brackets, CJK
radical look-alikes from some PDF fonts), traditional characters (HK/TW-style reports and spam mirrors), pinyin
glosses that mirrors insert after each character (`區(qū)`), whitespace and punctuation.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import opencc

# Blank-looking characters that real reports put in empty cells or between words.
_SPACES = "\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\u202f"
_SPACE_TABLE = str.maketrans({c: " " for c in _SPACES})

_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\s?\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+\)")
# Everything but CJK ideographs, ASCII letters and digits is noise when comparing labels.
_NOT_WORD = re.compile(r"[^\u4e00-\u9fff0-9a-zA-Z]+")


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text)


def normalize_text(text: str) -> str:
    """The whole report in a canonical form: NFKC, simplified characters, no pinyin glosses, plain spaces.

    Line structure and TABs are preserved; NBSP and friends become plain spaces (a cell holding only an NBSP is a
    blank cell, exactly like an empty one).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text.translate(_SPACE_TABLE))
    text = to_simplified(text)
    if "(" in text:
        text = _PINYIN_GLOSS.sub("", text)
    return text


def match_form(text: str) -> str:
    """A label reduced to ideographs, letters and digits, for comparing labels across layouts."""
    return _NOT_WORD.sub("", text)


def squeeze(text: str) -> str:
    """Remove all whitespace (titles are often printed with spaces around numbers: `2021 年`)."""
    return "".join(text.split())
