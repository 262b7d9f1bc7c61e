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

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crawler import extract
from crawler.errors import NotAReportError
from crawler.parse import checks, meta, rows, sections, tables, template
from crawler.parse.cells import Kind
from crawler.parse.normalize import normalize_text

PARSER_VERSION = "1.0.0"

# A document without tables is a report only when it shows at least this many of the report's six parts as headings
# (a page cut short may show only 一、总体情况; a notice or an interpretation shows none).
MIN_REPORT_PARTS = 1
# A row of table 三 has 7 cells; a line of 11 or more is table 四 printed without its heading.
_REVIEW_MIN_CELLS = 11


def parse_text(text: str, title: str | Sequence[str] | None = None, agency: str | None = None) -> dict[str, Any]:
    """Parse a report's text; raises NotAReportError when its body is not a report's (no statistical table, and not
    one of the report's six parts as a heading), whatever its title says.

    `title`: what else names the report (a page title, the link text on the listing); the parser weighs these
    against the text's own first lines.  `agency`: the publisher stated by the site, used when the title names
    none."""
    if not text or not text.strip():
        raise NotAReportError("empty input: no text to parse")
    lines = normalize_text(text).split("\n")
    titles = [title] if isinstance(title, str) else list(title or [])
    found = meta.find(lines, title_hints=[normalize_text(t) for t in titles if t], agency_hint=agency)
    regions = sections.locate(lines)
    template_name, template_reason = meta.detect_template("\n".join(lines), found.year)
    warnings: list[str] = []

    def region_rows(span: tuple[int, int] | None) -> list[rows.Row]:
        return rows.rows(lines[span[0]:span[1]]) if span else []

    active_rows = region_rows(regions.active)
    application_rows = region_rows(regions.applications)
    review_rows = region_rows(regions.review)
    stray_review = [r for r in application_rows if _bare_review_line(r)]
    if stray_review:
        application_rows = [r for r in application_rows if r not in stray_review]
        if not review_rows:
            review_rows = stray_review
            warnings.append("review: table 四 found as a bare line of numbers without its heading")

    out_tables: dict[str, dict[str, dict[str, Any]]] = {}
    for table, table_rows in (("active", active_rows), ("applications", application_rows)):
        assignment = tables.assign(table_rows, template_name, table)
        warnings.extend(assignment.warnings)
        spec = {r.key: r.columns for r in template.rows(template_name, table)}
        out_tables[table] = {key: tables.values(cells, spec[key]) for key, cells in assignment.cells.items()}
    review = tables.review_stream(review_rows)
    out_tables["review"] = {key: tables.values(cells, template.REVIEW[0].columns)
                            for key, cells in (review or {}).items()}

    for table in template.TABLES:
        if not out_tables[table]:
            warnings.append(f"{table}: table {template.TABLE_TITLES[table].split('、')[0]} not found or unreadable")
    if not any(out_tables.values()) and sections.report_parts(lines) < MIN_REPORT_PARTS:
        # A title is only a claim: a notice about the report, its interpretation or a list of reports names it too.
        raise NotAReportError("not an annual report: neither the statistical tables nor the report's parts "
                              "(一、总体情况 … 六、其他需要报告的事项) found")
    if found.year is None:
        warnings.append("year: no report title with a year was found")
    if found.agency is None:
        warnings.append("agency: no issuing agency was found in the title")

    return {
        "agency": found.agency,
        "agency_as_printed": found.agency_as_printed,
        "agency_full": found.agency_full,  # with its prefecture: one name per agency across years
        "agency_source": found.agency_source,
        "year": found.year,
        "template": template_name,
        "title": found.title,
        "tables": out_tables,
        "checks": checks.run(out_tables, template_name),
        "warnings": warnings,
        "template_reason": template_reason,
        "parser_version": PARSER_VERSION,
    }


def _bare_review_line(row: rows.Row) -> bool:
    """A line of table 四's fifteen cells inside table 三's region (its heading missing): wider than a row of
    table 三 can be.  Empty cells at the start of a row are the label columns of a wrapped label, so only the span
    from the first to the last number, or a long row that starts with a value, counts."""
    if row.labels or not row.numbers:
        return False
    numbers = [i for i, cell in enumerate(row.cells) if cell.kind is Kind.NUMBER]
    span = numbers[-1] - numbers[0] + 1
    return span > len(template.APPLICANT_COLUMNS) or (
        len(row.cells) >= _REVIEW_MIN_CELLS and row.cells[0].kind is not Kind.BLANK)


def parse_document(data: bytes, content_type: str | None = None, url: str | None = None,
                   title: str | None = None, agency: str | None = None) -> dict[str, Any]:
    """Sniff, extract and parse raw document bytes (any supported format); `title`: the listing's link text;
    `agency`: the publisher the site states (used when no title names one)."""
    return _parse_extracted(extract.extract(data, content_type=content_type, url=url), title, agency)


def parse_file(path: str | Path) -> dict[str, Any]:
    """Sniff, extract and parse a file on disk (size-capped by the extractor)."""
    return _parse_extracted(extract.extract_file(path))


def _parse_extracted(extracted: extract.Extracted, title: str | None = None,
                     agency: str | None = None) -> dict[str, Any]:
    titles = [t for t in (extracted.title, title) if t]
    result = parse_text(extracted.text, title=titles, agency=extracted.metadata.get("publisher") or agency)
    result["media_type"] = extracted.media_type
    result["metadata"] = extracted.metadata
    result["ocr"] = extracted.ocr
    result["warnings"] = extracted.warnings + result["warnings"]
    return result
