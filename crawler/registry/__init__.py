"""The site registry: every province, prefecture and county-level government, its code and its portal.

`sites/registry.csv` is data; `read.load_registry()` gives it as typed records (the season reads it);
`build.build_registry()` rebuilds it from the vendored sources (`python -m crawler registry import`).
"""
