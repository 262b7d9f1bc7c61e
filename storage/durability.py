"""Making files durable in as few disk flushes as possible: one per file system and batch, not one per file.

`fdatasync` of each file plus `fsync` of its directory costs a journal commit each (about 6 ms a document on this
project's machine); `syncfs(2)` flushes a whole file system — every file written, every rename — in one commit
(about 1 ms a document in a batch of 50).  The archive writes in batches (storage/writer.py) and calls
`sync_filesystems` once per batch and step.  Where `syncfs` is missing (not Linux), `os.sync()` does the same for
every file system.

One caveat of syncfs: it also flushes what other processes wrote to the same file system, so on a machine where
something else writes gigabytes next to the archive, a batch waits for that too.  Keep NIANBAO_DATA on a file
system of its own in production.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Callable, Iterable
from pathlib import Path


def _load_syncfs() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


_syncfs = _load_syncfs()


def sync_filesystems(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Flush every file system that holds one of `paths` (files or directories) to stable storage.

    Raises OSError when the kernel reports a write-back failure (EIO, ENOSPC): the data may not be on disk."""
    devices: set[int] = set()
    for path in paths:
        fd = os.open(Path(path), os.O_RDONLY)
        try:
            device = os.fstat(fd).st_dev
            if device in devices:
                continue
            devices.add(device)
            if _syncfs is None:
                os.sync()
                return
            if _syncfs(fd) != 0:
                error = ctypes.get_errno()
                raise OSError(error, os.strerror(error))
        finally:
            os.close(fd)
