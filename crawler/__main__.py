"""nianbao: the archive of government information-disclosure annual reports (`nianbao COMMAND`, `python -m crawler`).

Each command is a module in `crawler/commands/` exposing `HELP`, `add_arguments(parser)` and `run(args) -> int`;
they are discovered here, so adding a command never touches this file.  Only the command being run is imported
(with what it needs: Scrapy, SQLAlchemy, Datasette…): a command line starts in a fraction of a second; `--help`
imports them all to list them.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys

from crawler import __version__, commands
from crawler.cli import run_command


def command_modules() -> dict[str, str]:
    """Command name → module, for every module of crawler/commands/ (discover_pin.py: `discover-pin`)."""
    return {info.name.replace("_", "-"): f"{commands.__name__}.{info.name}"
            for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name)
            if not info.name.startswith("_")}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; `only`: the one command to import and parse (all of them when None)."""
    prog = "nianbao" if os.path.basename(sys.argv[0]) == "nianbao" else "python -m crawler"
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"nianbao {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in command_modules().items():
        if only is not None and name != only:
            continue
        module = importlib.import_module(module_name)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(handler=module.run, own_logging=getattr(module, "OWN_LOGGING", False))
    return parser


def chosen_command(argv: list[str]) -> str | None:
    """The command named on the command line, if it is one (the first word that is not an option)."""
    word = next((arg for arg in argv if not arg.startswith("-")), None)
    return word if word in command_modules() else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(only=chosen_command(argv)).parse_args(argv)
    if not args.own_logging:
        logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    return run_command(lambda: args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
