"""Subcommands of `python -m crawler`; one module per command (see crawler/__main__.py).

A command module exposes `HELP`, `add_arguments(parser)` and `run(args) -> int`; its name on the command line is
the module's name with `-` for `_` (discover_pin.py: `discover-pin`).  `OWN_LOGGING = True`: the command sets up
logging itself (`crawl`: Scrapy's), so the command line does not.
"""
