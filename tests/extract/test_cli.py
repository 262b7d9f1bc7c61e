"""Bad input on the command line: exit status 2 and one line on stderr, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("name", "reason"), [
    ("encrypted.pdf", "PDF is encrypted"),
    ("truncated.pdf", "PDF is damaged or truncated"),
])
def test_parse_command_reports_bad_documents_in_one_line(documents, name, reason):
    result = run("-m", "crawler", "parse", str(documents / name), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and reason in result.stderr


def test_zero_byte_and_unknown_files(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = run("-m", "crawler.extract", str(empty))
    assert result.returncode == 2 and result.stderr.strip() == "error: empty document (0 bytes)"
    binary = tmp_path / "report.docx"
    binary.write_bytes(bytes(range(256)) * 4)
    result = run("-m", "crawler.extract", str(binary))
    assert result.returncode == 2 and "unrecognised document format" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
