"""The content-addressed blob store: layout, write-once, atomic writes, clear errors."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from storage.blobs import FileBlobStore
from storage.errors import StorageError


def test_put_stores_bytes_under_their_sha256(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path / "blobs")
    data = "海珠区 2021 年政府信息公开工作年度报告".encode()
    sha = hashlib.sha256(data).hexdigest()

    stored = store.put(data)

    assert stored.sha256 == sha and stored.size == len(data) and stored.created
    assert stored.location == f"{sha[:2]}/{sha[2:4]}/{sha}"
    assert (tmp_path / "blobs" / sha[:2] / sha[2:4] / sha).read_bytes() == data
    assert store.get(sha) == data and store.exists(sha) and store.verify(sha)
    assert list(store.keys()) == [sha]
    assert store.temp_files() == []


def test_same_bytes_are_stored_once_and_never_rewritten(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    first = store.put(b"%PDF-1.7 same report")
    path = store.path(first.sha256)
    before = path.stat()

    again = store.put(b"%PDF-1.7 same report")

    assert not again.created and again.sha256 == first.sha256
    assert path.stat().st_ino == before.st_ino and path.stat().st_mtime_ns == before.st_mtime_ns
    assert list(store.keys()) == [first.sha256]


def test_verify_detects_a_blob_damaged_on_disk(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    sha = store.put(b"original bytes").sha256
    store.path(sha).write_bytes(b"tampered bytes")
    assert not store.verify(sha)
    assert not store.verify("0" * 64)  # missing


def test_missing_blob_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="missing"):
        FileBlobStore(tmp_path).get("a" * 64)


def test_a_key_that_is_not_a_sha256_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FileBlobStore(tmp_path).get("../../etc/passwd")


def test_sweep_removes_only_old_temp_files(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    (tmp_path / ".tmp").mkdir()
    old, young = tmp_path / ".tmp" / "old.1.x", tmp_path / ".tmp" / "young.2.y"
    old.write_bytes(b"left by a killed writer")
    young.write_bytes(b"being written right now")
    os.utime(old, (time.time() - 7200, time.time() - 7200))

    assert store.sweep_temp(older_than=3600) == 1
    assert store.temp_files() == [young]


def test_disk_full_is_one_clear_error_and_leaves_nothing(tiny_tmpfs: Path) -> None:
    store = FileBlobStore(tiny_tmpfs / "blobs")
    with pytest.raises(StorageError) as raised:
        store.put(os.urandom(2 * 1024 * 1024))
    message = str(raised.value)
    assert "disk full" in message and "\n" not in message
    assert list(store.keys()) == [] and store.temp_files() == []
    # a small blob still fits afterwards: the failed write freed its space
    assert store.put(b"small").created


def test_read_only_directory_is_one_clear_error(read_only_dir: Path) -> None:
    with pytest.raises(StorageError, match="read-only file system"):
        FileBlobStore(read_only_dir / "blobs").put(b"anything")
