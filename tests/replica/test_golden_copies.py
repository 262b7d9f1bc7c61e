"""The replica's copies of golden reports are byte-identical to the shared originals."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from replica.content import GOLDEN_DIR
from tests.paths import GOLDEN

COPIES = sorted(p for p in GOLDEN_DIR.iterdir() if p.suffix in {".txt", ".json"})


@pytest.mark.parametrize("copy", COPIES, ids=lambda p: p.name)
def test_copy_equals_original(copy: Path) -> None:
    original = GOLDEN / copy.name
    if not original.exists():
        pytest.fail(f"shared golden report missing: {original}")
    assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(original.read_bytes()).digest()
