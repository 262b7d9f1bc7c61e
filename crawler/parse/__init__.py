"""The report parser: report text → the canonical JSON of ../shared/spec/report-format.md.

Entry points:
- `parse_text(text, title=None, agency=None)`: a report's plain text (tables as TAB-separated rows, one row per line,
  or any of the damaged layouts real reports show) → canonical dict.
- `parse_document(data, content_type=None, url=None)`: raw bytes of any supported format (sniffed, never trusted
  from a name) → extracted by crawler.extract, then parsed.  Raises crawler.errors.NotAReportError for a readable
  document that is not a report and crawler.errors.ExtractionError for a broken or unsupported file.

The canonical dict has at least: agency, year, template ("2019"/"2021"), tables {active, applications, review},
checks [{rule, ok, detail}], warnings [str], parser_version; plus title and metadata when known.
"""

from __future__ import annotations

PARSER_VERSION = "0.1.0"
