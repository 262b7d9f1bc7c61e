"""The archive: raw bytes in a content-addressed blob store and WARC files, observations and parses in SQL.

Entry point for other modules: `storage.archive.Archive`.  Layout, schema and environment variables are
described in docs/archive.md.
"""
