"""Documents into the archive and reports out of them: the work that needs both storage and the document reader.

- `parsing`: parse a stored document with the current parser and record the outcome (the crawl pipeline, `ingest`
  and `reparse` call it);
- `ingest`: archive report files and WARC files already on disk, then parse them.

Layers: this package sits above `storage/` (which keeps bytes and rows and reads no document) and the reader
(`crawler.extract`, `crawler.parse`, which knows nothing of storage); neither of those imports it.
"""
