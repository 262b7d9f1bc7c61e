"""Content-addressed, write-once storage of raw bytes.

A blob's name is the SHA-256 of its bytes, so the same document fetched from three URLs in two years is stored
once, and a stored blob never changes.  `BlobStore` is the interface the archive uses; `FileBlobStore` keeps blobs
under `<root>/ab/cd/<sha256>`.  A store shared across machines (S3-compatible) implements the same five methods
with an object key of the same shape, and `location()` returns its URI.

Crash safety: bytes go to a temp file in `<root>/.tmp/`, are flushed to disk, then renamed into place, and the
rename is flushed too.  A rename within one file system is atomic, so a reader (or a crash) sees either no blob or
the whole blob, never a torn one, and the database row that points to a blob is written only after `put` returns.
`put_many` stores a batch with two flushes in all (storage/durability.py: the temp files, then the renames) instead
of two per blob.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storage.durability import sync_filesystems
from storage.errors import StorageError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
TEMP_DIR = ".tmp"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_key(sha256: str) -> str:
    if not _SHA256.match(sha256):
        raise ValueError(f"not a lower-case hex SHA-256: {sha256!r}")
    return sha256


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    location: str  # what the `documents.blob` column records
    created: bool  # False when the store already held these bytes


class BlobStore(ABC):
    """Write-once bytes addressed by their SHA-256."""

    @abstractmethod
    def put(self, data: bytes) -> StoredBlob:
        """Store `data` durably (idempotent); raise StorageError when it cannot be stored."""

    def put_many(self, blobs: Sequence[bytes], *, defer_flush: bool = False) -> list[StoredBlob | StorageError]:
        """Store each of `blobs` durably; per blob, what `put` returns or the StorageError it raises (one that
        cannot be stored fails alone).  A store that can make a batch durable at once overrides this.

        `defer_flush`: the last step of making the batch durable is left to `flush()`, which the caller calls
        before it records anything that points to these blobs (so one flush can cover its own files too)."""
        results: list[StoredBlob | StorageError] = []
        for data in blobs:
            try:
                results.append(self.put(data))
            except StorageError as exc:
                results.append(exc)
        return results

    def flush(self) -> None:  # noqa: B027  (a store whose puts are durable by themselves has nothing to finish)
        """Finish what `put_many(defer_flush=True)` left: the blobs are durable on return (raises StorageError)."""

    @abstractmethod
    def get(self, sha256: str) -> bytes:
        """The stored bytes; StorageError if the blob is missing."""

    @abstractmethod
    def exists(self, sha256: str) -> bool: ...

    @abstractmethod
    def location(self, sha256: str) -> str:
        """Where the blob lives, as recorded in the database (relative key or URI)."""

    @abstractmethod
    def keys(self) -> Iterator[str]:
        """Every stored SHA-256 (for consistency checks)."""

    def verify(self, sha256: str) -> bool:
        """True when the blob exists and its bytes still hash to its name."""
        try:
            return sha256_hex(self.get(sha256)) == sha256
        except StorageError:
            return False


class FileBlobStore(BlobStore):
    def __init__(self, root: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.root = Path(root)
        # fsync makes a stored blob survive power loss, not just a killed process; tests on tmpfs may skip it.
        self.fsync = fsync
        self._dirs: set[Path] = set()
        self._unflushed = False  # renames made by put_many(defer_flush=True) and not flushed yet

    def path(self, sha256: str) -> Path:
        check_key(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def location(self, sha256: str) -> str:
        return f"{sha256[:2]}/{sha256[2:4]}/{check_key(sha256)}"

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> StoredBlob:
        result = self.put_many([data])[0]
        if isinstance(result, StorageError):
            raise result
        return result

    def put_many(self, blobs: Sequence[bytes], *, defer_flush: bool = False) -> list[StoredBlob | StorageError]:
        results: list[StoredBlob | StorageError | None] = [None] * len(blobs)
        shas = [sha256_hex(data) for data in blobs]
        staged: dict[str, tuple[Path, Path]] = {}  # sha → temp file, target
        for index, (sha, data) in enumerate(zip(shas, blobs, strict=True)):
            if sha in staged:
                continue  # the same bytes twice in one batch: written once
            target = self.path(sha)
            try:
                if target.stat().st_size == len(data):
                    # write-once: same name, same bytes (a rename never leaves a torn file)
                    results[index] = StoredBlob(sha, len(data), self.location(sha), created=False)
                    continue
            except FileNotFoundError:
                pass
            except OSError as exc:
                results[index] = self._error("read", exc)
                continue
            try:
                staged[sha] = (self._write_temp(sha, data), target)
            except OSError as exc:
                results[index] = self._error("write", exc)
        failed = self._move_into_place(staged, defer_flush)
        return [result if result is not None else failed.get(sha) or StoredBlob(sha, size, self.location(sha), True)
                for result, sha, size in zip(results, shas, map(len, blobs), strict=True)]

    def _write_temp(self, sha: str, data: bytes) -> Path:
        temp = self.root / TEMP_DIR / f"{sha}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
        self._ensure_dir(temp.parent)
        try:
            with open(temp, "xb") as fh:
                fh.write(data)
        except OSError:
            _remove_quietly(temp)
            raise
        return temp

    def flush(self) -> None:
        if self._unflushed and self.fsync:
            try:
                sync_filesystems([self.root])
            except OSError as exc:
                raise self._error("write", exc) from exc
        self._unflushed = False

    def _move_into_place(self, staged: dict[str, tuple[Path, Path]], defer_flush: bool) -> dict[str, StorageError]:
        """Temp files flushed, renamed into place, the renames flushed (unless deferred to `flush`): two flushes
        for the whole batch.  Returns the blobs that could not be stored, with why."""
        if not staged:
            return {}
        try:
            if self.fsync:
                sync_filesystems([self.root])
        except OSError as exc:
            for temp, _target in staged.values():
                _remove_quietly(temp)
            return dict.fromkeys(staged, self._error("write", exc))
        failed: dict[str, StorageError] = {}
        for sha, (temp, target) in staged.items():
            try:
                self._ensure_dir(target.parent)
                os.replace(temp, target)
            except OSError as exc:
                _remove_quietly(temp)
                failed[sha] = self._error("write", exc)
        if len(failed) < len(staged):
            self._unflushed = True
            if not defer_flush:
                try:
                    self.flush()
                except StorageError as exc:
                    return dict.fromkeys(staged, exc)
        return failed

    def _ensure_dir(self, path: Path) -> None:
        # mkdir costs a syscall (and a lookup per path component) on every put; directories are never removed.
        if path not in self._dirs:
            path.mkdir(parents=True, exist_ok=True)
            self._dirs.add(path)

    def get(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(f"blob {sha256} is missing from {self.root}") from exc
        except OSError as exc:
            raise self._error("read", exc) from exc

    def keys(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for path in self.root.glob("??/??/*"):
            if _SHA256.match(path.name):
                yield path.name

    def temp_files(self) -> list[Path]:
        temp_dir = self.root / TEMP_DIR
        return sorted(temp_dir.iterdir()) if temp_dir.is_dir() else []

    def sweep_temp(self, older_than: float = 3600.0) -> int:
        """Delete temp files a killed writer left behind (only old ones: a live writer may own a young one)."""
        removed, cutoff = 0, time.time() - older_than
        for path in self.temp_files():
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def _error(self, action: str, exc: OSError) -> StorageError:
        reason = {errno.ENOSPC: "disk full", errno.EROFS: "read-only file system",
                  errno.EACCES: "permission denied", errno.EDQUOT: "disk quota exceeded"}.get(exc.errno or 0)
        reason = reason or exc.strerror or str(exc)
        return StorageError(f"cannot {action} blob in {self.root}: {reason}")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
