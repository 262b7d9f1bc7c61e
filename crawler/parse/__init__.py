"""The report parser: report text → the canonical JSON of ../shared/spec/report-format.md."""

from __future__ import annotations

PARSER_VERSION = "0.1.0"
