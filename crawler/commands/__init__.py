"""Subcommands of `python -m crawler`; one module per command (see crawler/__main__.py)."""
