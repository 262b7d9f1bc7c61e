"""Where the archive lives: one data directory, one optional database override.

`NIANBAO_DATA` holds everything: `archive.sqlite`, `blobs/` and `warcs/` (and what the commands write: `logs/`,
`sites/`, `exports/`).  Unset, it is the checkout's `data/` (git-ignored) when the command runs inside a checkout
of the project, else the user's data directory (`$XDG_DATA_HOME/nianbao`, `~/.local/share/nianbao`): a command
never writes into the repository's working tree, whatever directory it is run from.
`DATABASE_URL` replaces the database alone (e.g. `postgresql+psycopg://user@host/db`); blobs and WARCs stay
in the data directory, because they are files, not rows.
`NIANBAO_FSYNC=0` stops forcing each blob and WARC record to disk before its row is written: a killed process
still loses nothing (the kernel holds the bytes), but a power cut could; the default, 1, survives both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

DATA_ENV = "NIANBAO_DATA"
DATABASE_ENV = "DATABASE_URL"
FSYNC_ENV = "NIANBAO_FSYNC"
CHECKOUT = Path(__file__).resolve().parents[1]  # the repository, when this is a checkout (not an installed wheel)
SQLITE_NAME = "archive.sqlite"


@dataclass(frozen=True)
class StorageConfig:
    data_dir: Path
    database_url: str
    fsync: bool = True

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def warcs_dir(self) -> Path:
        return self.data_dir / "warcs"

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file of the archive, or None when its database is not an SQLite file."""
        return sqlite_path(self.database_url)

    @classmethod
    def from_env(cls, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None,
                 environ: dict[str, str] | None = None) -> StorageConfig:
        """Explicit arguments win over the environment, which wins over the defaults."""
        env = os.environ if environ is None else environ
        root = Path(data_dir or env.get(DATA_ENV) or default_data_dir(env)).expanduser().absolute()
        url = database_url or env.get(DATABASE_ENV) or sqlite_url(root / SQLITE_NAME)
        fsync = env.get(FSYNC_ENV, "1").strip().lower() not in {"0", "false", "no", "off"}
        return cls(data_dir=root, database_url=url, fsync=fsync)


def default_data_dir(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> Path:
    """The checkout's `data/` when run inside the checkout, else the user's data directory (XDG)."""
    env = os.environ if environ is None else environ
    here = (cwd or Path.cwd()).resolve()
    if (CHECKOUT / "scrapy.cfg").is_file() and here.is_relative_to(CHECKOUT):
        return CHECKOUT / "data"
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "nianbao"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def writable(path: Path) -> bool:
    """Can this process write the SQLite file `path` (and, for WAL, its directory)?"""
    # access() reports EROFS even for root, who ignores permission bits; WAL also writes beside the file.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def sqlite_path(database_url: str) -> Path | None:
    url = sa.make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)
