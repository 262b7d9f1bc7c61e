"""A throwaway copy of the checkout, for tests that follow the docs in it (new sites, the README's commands)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.paths import ROOT


def copy_checkout(target: Path) -> None:
    """The checkout's files (tracked and new, not ignored), without symlinks (the shared .venv link) or data."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_symlink() or not source.is_file():
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
