"""One spider per government website; each only declares its site (see crawler/base.py)."""
