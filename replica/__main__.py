"""`python -m replica <command>`: the offline replica's command line (`serve`, `demo`).

The replica is test and demonstration kit, not part of the product: the crawler never imports it.  Each command is
a module here exposing `HELP`, `add_arguments(parser)` and `run(args) -> int`, like the crawler's own commands.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from crawler.cli import run_command

COMMANDS = ("serve", "demo")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m replica", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"replica.{name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(handler=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    return run_command(lambda: args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
