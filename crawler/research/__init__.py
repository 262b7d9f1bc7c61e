"""Researchers' access to the archive: SQL views, exports, a read-only web view and charts.

- `labels`   the Chinese label of every cell, read from crawler/parse/template.py (the only place codes live)
- `views`    SQL of the research views added on top of storage's wide views (`report_overview`, `cell_labels`)
- `access`   opening an existing archive for reading (a missing archive is an error, a read-only one works)
- `datasets` what can be exported and how it is filtered (bound parameters only)
- `export`   streaming CSV / JSON Lines / Parquet writers
- `queries`  the example research queries (Datasette's canned queries, docs/research.md, tests)
- `charts`   coverage and applications-per-year PNGs (matplotlib)
- `web`      the Datasette plugin and server (`python -m crawler browse`)
"""
