"""Streaming export of a dataset to CSV, JSON Lines or Parquet, in constant memory.

Rows come from the database in chunks (`yield_per`: a server-side cursor on PostgreSQL, SQLite's own stepping
cursor) and go out as they come: CSV and JSON Lines line by line, Parquet one row group per chunk through
`pyarrow.parquet.ParquetWriter`.  Memory depends on the chunk size, not on the archive (bench/export_bench.py).

A file is written under a temporary name beside its destination and renamed into place when complete, so a failed
or interrupted export never leaves a truncated file that looks finished.  Only a regular file is ever written: a
new one, or one that exists (its permissions kept); a symbolic link to a regular file is written through (the
link stays, its target is replaced); a device (`/dev/full`, `/dev/stdout`), a pipe, a socket or a link to one
of them is refused, since renaming over it would replace the device itself.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any, Protocol

from crawler.errors import NianbaoError
from crawler.progress import bar
from crawler.research.datasets import Column, Dataset, ResearchInputError, count_statement

FORMATS = ("csv", "jsonl", "parquet")
DEFAULT_CHUNK = 5_000


class ExportError(NianbaoError):
    """The export could not be written (destination missing, read-only, full, …)."""


class Reader(Protocol):
    def connect(self) -> contextlib.AbstractContextManager[Any]: ...


@dataclass(frozen=True)
class ExportResult:
    rows: int
    path: Path | None  # None: written to standard output


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise ResearchInputError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    return name


def plain(value: Any) -> Any:
    """A database value as CSV/JSON shows it: whole numbers without ".0", times in ISO 8601 (UTC as "Z")."""
    if isinstance(value, float):
        return _whole(value)
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _whole(value: float | int) -> float | int:
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 2**53 else value


# Per-column conversions, chosen once per export from the column kinds: a Python call per cell costs more than
# the query itself on a wide table, so columns that need none (ids, text) are left alone.
_TEXT_FORM: dict[str, Callable[[Any], Any]] = {
    "float": _whole, "datetime": plain, "date": plain, "bool": lambda v: "true" if v else "false"}


def _number_text(value: float | int) -> str:
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


_JSON_FORM: dict[str, Callable[[Any], str]] = {
    "float": _number_text, "number": _number_text, "int": str, "bool": lambda v: "true" if v else "false",
    # SQLite's dynamic typing can hand back a number in a text column: encode whatever arrives as JSON
    "text": lambda v: encode_basestring(v) if isinstance(v, str) else json.dumps(v),
    "datetime": lambda v: encode_basestring(plain(v)), "date": lambda v: encode_basestring(v.isoformat()),
}


class _Writer(Protocol):
    def write(self, rows: Sequence[Sequence[Any]]) -> None: ...
    def close(self) -> None: ...


class CsvWriter:
    def __init__(self, stream: IO[str], columns: Sequence[Column], *, labels: bool = False, bom: bool = False):
        if bom:  # Excel reads UTF-8 CSV as the local code page unless it starts with a byte-order mark
            stream.write("\ufeff")
        self._csv = csv.writer(stream, lineterminator="\n")
        self._csv.writerow(_header(columns, labels))
        self._convert = [(i, _TEXT_FORM[c.kind]) for i, c in enumerate(columns) if c.kind in _TEXT_FORM]

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        out = []
        for row in rows:
            values = list(row)
            for i, convert in self._convert:
                if values[i] is not None:
                    values[i] = convert(values[i])
            out.append(values)
        self._csv.writerows(out)

    def close(self) -> None:
        pass


class JsonlWriter:
    """One JSON object per line, encoded column by column (4x faster than json.dumps of a dict per row)."""

    def __init__(self, stream: IO[str], columns: Sequence[Column], *, labels: bool = False):
        self._stream = stream
        self._fields = [(encode_basestring(name) + ": ", _JSON_FORM[c.kind])
                        for name, c in zip(_header(columns, labels), columns, strict=True)]

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        fields, write = self._fields, self._stream.write
        for row in rows:
            write("{" + ", ".join([key + ("null" if v is None else encode(v))
                                   for (key, encode), v in zip(fields, row, strict=True)]) + "}\n")

    def close(self) -> None:
        pass


class ParquetWriter:
    """One row group per chunk; each field carries its Chinese description in the field metadata."""

    def __init__(self, path: Path, columns: Sequence[Column], *, labels: bool = False):
        import pyarrow as pa  # Parquet only: pyarrow takes most of a second to load
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = pa.schema([
            pa.field(name, _ARROW_TYPES[c.kind](pa), metadata={"description": c.description})
            for name, c in zip(_header(columns, labels), columns, strict=True)])
        self._writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        columns = zip(*rows, strict=True)  # transposed in C: a comprehension per column costs more than Arrow
        try:
            arrays = [self._pa.array(values, type=field.type)
                      for values, field in zip(columns, self.schema, strict=True)]
        except (self._pa.ArrowInvalid, self._pa.ArrowTypeError) as exc:  # a count cell the parser read as 1.5
            raise ExportError(f"a value does not fit its Parquet column ({' '.join(str(exc).split())[:200]}); "
                              "export it as csv or jsonl") from exc
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self.schema))

    def close(self) -> None:
        self._writer.close()


_ARROW_TYPES: dict[str, Callable[[Any], Any]] = {
    "int": lambda pa: pa.int64(), "float": lambda pa: pa.float64(), "number": lambda pa: pa.float64(),
    "text": lambda pa: pa.string(),
    "datetime": lambda pa: pa.timestamp("us", tz="UTC"), "date": lambda pa: pa.date32(), "bool": lambda pa: pa.bool_(),
}


def _header(columns: Sequence[Column], labels: bool) -> list[str]:
    """Column codes, or (labels=True) "code 说明" so a spreadsheet user reads the Chinese wording."""
    if not labels:
        return [c.name for c in columns]
    return [f"{c.name} {c.description}" for c in columns]


# -- driving an export -----------------------------------------------------------------------------------------

STREAM_CACHE_KIB = 8 * 1024


@contextlib.contextmanager
def streaming_connection(db: Reader) -> Iterator[Any]:
    """A connection for one long sequential read.

    On SQLite its page cache is held to 8 MiB for the read (and restored after): a streaming read visits most pages
    once, so storage's 64 MiB cache would only fill with pages never read again, and make the process grow with
    the archive up to that size (bench/export_bench.py measured the same speed either way).
    """
    with db.connect() as conn:
        if conn.dialect.name != "sqlite":
            yield conn
            return
        previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
        try:
            yield conn
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def stream_rows(db: Reader, data: Dataset, chunk: int = DEFAULT_CHUNK) -> Iterator[list[Sequence[Any]]]:
    """The dataset's rows, `chunk` at a time, from one read transaction (a consistent snapshot on PostgreSQL)."""
    with streaming_connection(db) as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(data.statement)
        yield from result.partitions()


def count_rows(db: Reader, data: Dataset) -> int:
    with db.connect() as conn:
        return int(conn.execute(count_statement(data)).scalar_one())


def export(db: Reader, data: Dataset, fmt: str, output: Path | None, *, labels: bool = False, bom: bool = False,
           progress: bool = False, chunk: int = DEFAULT_CHUNK, stdout: IO[str] | None = None) -> ExportResult:
    """Write `data` as `fmt` to `output` (None: standard output; Parquet needs a file)."""
    check_format(fmt)
    if output is None and fmt == "parquet":
        raise ResearchInputError("Parquet is a binary format: give a file with -o PATH")
    total = count_rows(db, data) if progress else None
    rows = _with_progress(stream_rows(db, data, chunk), total, progress)
    if output is None:
        stream = stdout or sys.stdout
        count = _write(_text_writer(fmt, stream, data.columns, labels, bom), rows)
        stream.flush()
        return ExportResult(count, None)
    output = Path(output)
    with replaced_when_complete(output) as temp:
        if fmt == "parquet":
            count = _write(ParquetWriter(temp, data.columns, labels=labels), rows)
        else:
            with open(temp, "w", encoding="utf-8", newline="") as fh:
                count = _write(_text_writer(fmt, fh, data.columns, labels, bom), rows)
    return ExportResult(count, output)


@contextlib.contextmanager
def replaced_when_complete(output: Path) -> Iterator[Path]:
    """A new temporary file beside the regular file `output` is (or names, as a link), renamed over it when the
    block completes; removed whatever happens.  A device or pipe is refused (`_destination`)."""
    target = _destination(output)
    temp: Path | None = None
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        temp = Path(temp_name)
        os.fchmod(fd, _mode_for(target))
        os.close(fd)
        yield temp
        os.replace(temp, target)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {_reason(exc)}") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


def _text_writer(fmt: str, stream: IO[str], columns: Sequence[Column], labels: bool, bom: bool) -> _Writer:
    if fmt == "csv":
        return CsvWriter(stream, columns, labels=labels, bom=bom)
    return JsonlWriter(stream, columns, labels=labels)


def _write(writer: _Writer, chunks: Iterable[list[Sequence[Any]]]) -> int:
    count = 0
    try:
        for rows in chunks:
            writer.write(rows)
            count += len(rows)
    finally:
        writer.close()
    return count


def _with_progress(chunks: Iterator[list[Sequence[Any]]], total: int | None,
                   show: bool) -> Iterator[list[Sequence[Any]]]:
    if not show:
        yield from chunks
        return
    with bar("export", total, unit=" rows") as shown:
        for rows in chunks:
            yield rows
            shown.update(len(rows))


def _destination(output: Path) -> Path:
    """The regular file to replace: `output` itself, or the file a symbolic link `output` names."""
    target = Path(os.path.realpath(output)) if output.is_symlink() else output
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        if output.is_symlink():
            raise ExportError(f"{output} is a symbolic link to nothing ({os.readlink(output)})") from None
        if not output.parent.is_dir():
            raise ExportError(f"cannot write {output}: directory {output.parent} does not exist") from None
        return target
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {_reason(exc)}") from exc
    if stat.S_ISDIR(mode):
        raise ExportError(f"{output} is a directory: give a file name")
    if not stat.S_ISREG(mode):
        raise ExportError(f"{output} is not a regular file ({_kind(mode)}): nothing is written there "
                          "(-o - writes to standard output)")
    return target


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a pipe"),
             (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual 0666 less the umask (mkstemp's are 0600)."""
    with contextlib.suppress(FileNotFoundError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _reason(exc: OSError) -> str:
    return {errno.ENOSPC: "disk full", errno.EROFS: "read-only file system", errno.EACCES: "permission denied",
            errno.EDQUOT: "disk quota exceeded"}.get(exc.errno or 0) or exc.strerror or str(exc)
