"""The package as a user installs it: the wheel built from the repository, installed into a fresh virtual
environment, run from a directory that is not the repository, so neither the source tree nor `tests/` nor
`replica/` is importable.  Every product module must import from there (and every module its functions import
later), the schema must be creatable from the installed migrations, and `python -m crawler --help` and the console
script `nianbao --help` must run.
The wheel is built and installed offline: the fresh environment borrows its third-party packages from the one
running the tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from tests.paths import ROOT

# What a built wheel is made of: the product's packages and the build configuration.
SOURCES = ("crawler", "spiders", "storage", "pyproject.toml", "requirements.txt", "README.md")

CHECK = textwrap.dedent("""
    import ast, importlib, importlib.util, pkgutil, sys, tempfile
    from pathlib import Path

    home = Path(sys.argv[1])
    for test_kit in ("tests", "replica"):
        try:
            importlib.import_module(test_kit)
        except ModuleNotFoundError:
            pass
        else:
            sys.exit(f"{test_kit} is importable from the installed environment")
    failed = []
    count = 0
    for top in ("crawler", "spiders", "storage"):
        package = importlib.import_module(top)
        if not Path(package.__file__).is_relative_to(home):
            sys.exit(f"{top} imported from {package.__file__}, not from the installed wheel")
        names = [top, *(m.name for m in pkgutil.walk_packages(package.__path__, top + "."))]
        for name in names:
            try:
                module = importlib.import_module(name)
                count += 1
            except Exception as exc:
                failed.append(f"{name}: {type(exc).__name__}: {exc}")
                continue
            # imports inside functions too: they run later, when a command needs them
            for node in ast.walk(ast.parse(Path(module.__file__).read_bytes())):
                wanted = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
                for target in wanted:
                    try:
                        found = importlib.util.find_spec(target)
                    except ModuleNotFoundError:
                        found = None
                    if found is None:
                        failed.append(f"{name} imports {target}, which is not installed")
    import crawler.research.web
    from storage.db import Database
    templates = Path(crawler.research.web.__file__).parent / "templates"
    if not (templates / "nianbao_report.html").is_file():
        failed.append(f"package data missing: {templates}/nianbao_report.html")
    with tempfile.TemporaryDirectory() as tmp:  # the installed migrations build the schema
        Database(f"sqlite:///{tmp}/archive.sqlite").dispose()
    print(count, "modules")
    if failed:
        sys.exit("\\n".join(failed))
""")


@pytest.mark.slow
def test_the_installed_wheel_imports_every_module_without_the_repository(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", str(tmp_path / "dist"), str(source)], cwd=tmp_path)
    [wheel] = (tmp_path / "dist").glob("nianbao-*.whl")

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    installed = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         cwd=tmp_path).stdout.strip())
    # The dependencies come from this environment (no network), after the new environment's own packages.
    (installed / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    checked = run([str(python), "-c", CHECK, str(installed)], cwd=elsewhere)
    assert int(checked.stdout.split()[0]) > 100  # every module of crawler, spiders and storage
    helped = run([str(python), "-m", "crawler", "--help"], cwd=elsewhere)
    assert "ingest" in helped.stdout and "reparse" in helped.stdout and "export" in helped.stdout
    # the console script of [project.scripts], from a directory that is not the repository
    script = run([str(venv / "bin" / "nianbao"), "--help"], cwd=elsewhere)
    assert script.stdout.startswith("usage: nianbao ") and "crawl" in script.stdout and "discover-pin" in script.stdout


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{' '.join(command[:4])} …: {done.stdout[-2000:]}{done.stderr[-4000:]}"
    return done
