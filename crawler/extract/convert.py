"""Running external converters (LibreOffice, antiword, catdoc) safely: time limit, memory limit, private profile.

Each converter runs in its own process group with a wall-clock timeout; on timeout the whole group is killed
(soffice forks a child that would otherwise survive).  LibreOffice gets a throwaway user profile per call
(-env:UserInstallation), so concurrent conversions never share or lock one profile.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from crawler.errors import ExtractionError, ExtractionTimeoutError

# antiword and catdoc need little memory; a hostile file must not make them take the machine's.
SMALL_TOOL_MEMORY = 1024 * 1024 * 1024
UTF8_ENV = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


def _limit_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_tool(argv: list[str], timeout: float, memory: int | None = SMALL_TOOL_MEMORY,
             cwd: str | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run a converter; raise ExtractionTimeoutError after `timeout` seconds (its process group is killed)."""
    env = {**os.environ, **UTF8_ENV}
    with subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=cwd, env=env, start_new_session=True,
                          preexec_fn=(lambda: _limit_memory(memory)) if memory else None) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            proc.communicate()
            raise ExtractionTimeoutError(f"{Path(argv[0]).name} took longer than {timeout:g} s") from None
        finally:
            if proc.poll() is None:
                _kill_group(proc)
        return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(data: bytes, source_suffix: str, target: str, timeout: float) -> bytes:
    """Convert a document with headless LibreOffice (e.g. target "docx"); returns the converted bytes."""
    soffice = soffice_path()
    if not soffice:
        raise ExtractionError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="nianbao-lo.") as tmp:
        source = Path(tmp) / f"input{source_suffix}"
        source.write_bytes(data)
        out_dir = Path(tmp) / "out"
        profile = Path(tmp) / "profile"
        argv = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                "--nolockcheck", "--convert-to", target, "--outdir", str(out_dir), str(source)]
        run = run_tool(argv, timeout=timeout, memory=None, cwd=tmp)
        produced = sorted(out_dir.glob("*")) if out_dir.exists() else []
        if not produced:
            detail = (run.stderr or run.stdout).decode("utf-8", "replace").strip().splitlines()
            raise ExtractionError(
                f"LibreOffice could not convert the document to {target}" + (f": {detail[-1]}" if detail else ""))
        return produced[0].read_bytes()
