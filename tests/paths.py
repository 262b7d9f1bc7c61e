"""Where the project's shared, read-only material lives (../shared: golden reports, the scoring tool, the spec).

A fresh clone may sit anywhere (CI clones into a temporary directory): `NIANBAO_SHARED`, then `../shared` next to
the repository, then the workplace's `/work/shared`.  Tests that need it fail with this path in the message when
none exists.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    candidates = [os.environ.get("NIANBAO_SHARED"), ROOT.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "golden").is_dir():
            return Path(candidate)
    return ROOT.parent / "shared"


SHARED = shared_dir()
GOLDEN = SHARED / "golden"
