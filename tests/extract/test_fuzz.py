"""Damaged copies of real documents: extraction returns text or raises ExtractionError, nothing else."""

from __future__ import annotations

import random

import pytest

from crawler.errors import ExtractionError
from crawler.extract import extract


def _damaged(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    how = rng.choice(["flip", "cut", "splice"])
    if how == "flip":
        for _ in range(rng.randint(1, 50)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif how == "cut":
        del out[rng.randrange(len(out)):]
    else:
        start = rng.randrange(len(out))
        out[start:start + rng.randint(1, 4096)] = rng.randbytes(rng.randint(0, 4096))
    return bytes(out) or b"\0"


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "page_gbk.html", "table.png"])
def test_damaged_documents_never_escape_as_other_exceptions(documents, name):
    data = (documents / name).read_bytes()
    rng = random.Random(name)
    for _ in range(25 if name != "table.png" else 4):  # a readable damaged PNG costs an OCR run
        try:
            got = extract(_damaged(data, rng))
        except ExtractionError as exc:
            assert "\n" not in str(exc)
        else:
            assert isinstance(got.text, str)
