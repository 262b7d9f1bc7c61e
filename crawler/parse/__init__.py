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

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crawler import extract
from crawler.errors import DocumentTooLargeError, NotAReportError
from crawler.extract.limits import Deadline, Limits
from crawler.extract.pictures import ImageSource
from crawler.parse import checks, meta, narrative, rows, sections, tables, template
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
    # The extraction's budget bounds the parse too: its size up front, its time between the steps below.
    limits = Limits.from_env()
    if len(text) > limits.max_text_chars:
        raise DocumentTooLargeError(f"text of {len(text) / 1e6:.1f} million characters, over the parser's limit of "
                                    f"{limits.max_text_chars / 1e6:g} million (NIANBAO_MAX_TEXT_CHARS)")
    deadline = Deadline(limits.timeout_seconds)
    lines = normalize_text(text).split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it is no blank line (which closes a row)
    titles = [title] if isinstance(title, str) else list(title or [])
    found = meta.find(lines, title_hints=[normalize_text(t) for t in titles if t], agency_hint=agency)
    deadline.check("parsing")
    regions = sections.locate(lines)
    template_name, template_reason = meta.detect_template("\n".join(lines), found.year)
    warnings: list[str] = []
    ends_in = _table_the_text_ends_in(lines, regions)
    open_line = not text.rstrip(" ").endswith(("\n", "\r"))  # the last line may go on beyond the text
    cut_cell = open_line and not text.rstrip(" ").endswith("|")  # ... and so may its last cell

    def region_rows(table: str, span: tuple[int, int] | None) -> list[rows.Row]:
        inside = ends_in == table
        return rows.rows(lines[span[0]:span[1]], ends_inside=inside and open_line,
                         cut_cell=inside and cut_cell) if span else []

    active_rows = region_rows("active", regions.active)
    application_rows = region_rows("applications", regions.applications)
    review_rows = region_rows("review", regions.review)
    stray_review = [r for r in application_rows if _bare_review_line(r)]
    if stray_review:
        application_rows = [r for r in application_rows if r not in stray_review]
        if not review_rows:
            review_rows = stray_review
            warnings.append("review: table 四 found as a bare line of numbers without its heading")

    deadline.check("parsing")
    out_tables: dict[str, dict[str, dict[str, Any]]] = {}
    row_set = tables.application_row_set(application_rows, template_name)
    for table, table_rows, rows_of in (("active", active_rows, template_name),
                                       ("applications", application_rows, row_set)):
        assignment = tables.assign(table_rows, rows_of, table)
        warnings.extend(assignment.warnings)
        spec = {r.key: r.columns for r in template.rows(rows_of, table)}
        out_tables[table] = {key: tables.values(cells, spec[key]) for key, cells in assignment.cells.items()}
    flattened = any(row.run is not None for row in (*active_rows, *application_rows))
    review = tables.review_stream(review_rows, flattened)
    out_tables["review"] = {key: tables.values(cells, template.REVIEW[0].columns)
                            for key, cells in (review or {}).items()}

    cut = _cut_warning(ends_in, out_tables[ends_in], row_set) if ends_in is not None else None
    if cut:
        warnings.append(cut)
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

    deadline.check("parsing")
    table_lines = {i for span in (regions.active, regions.applications, regions.review) if span for i in range(*span)}
    deadline.check("parsing")
    figures = narrative.extract(narrative.paragraphs(lines, table_lines))
    return {
        "agency": found.agency,
        "agency_as_printed": found.agency_as_printed,
        "agency_full": found.agency_full,  # with its prefecture: one name per agency across years
        "agency_source": found.agency_source,
        "year": found.year,
        "template": template_name,
        "title": found.title,
        "tables": out_tables,
        "checks": checks.run(out_tables, row_set),
        "narrative": {"figures": {key: figure.as_dict() for key, figure in figures.items()},
                      "checks": narrative.findings(figures, out_tables, row_set)},
        "warnings": warnings,
        "template_reason": template_reason,
        "meta_inferred": found.inferred + (["template"] if template_reason.startswith("labels undecided") else []),
        "meta_evidence": found.evidence,
        "parser_version": PARSER_VERSION,
    }


def _table_the_text_ends_in(lines: list[str], regions: sections.Regions) -> str | None:
    """The table whose rows the text stops in (a page cut short), or None when the text ends after them."""
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    # (a wrapped label with commas looks like prose, but the numbers it ends with are cells: `…其他情形) 7`)
    if last < 0 or (rows.is_prose(lines[last]) and not re.search(r"\d\s*$", lines[last])):
        return None
    for table, span in (("review", regions.review), ("applications", regions.applications),
                        ("active", regions.active)):
        if span and span[0] < last < span[1]:
            return table
    return None


def _cut_warning(table: str, found: dict[str, dict[str, Any]], row_set: str) -> str | None:
    """What a text that stops inside `table` leaves out; None when it stops after the table's last row, whole (a
    scanned report whose last page ends with table 四)."""
    spec = template.rows(row_set if table == "applications" else template.template_of(row_set), table)
    keys = [r.key for r in spec]
    last = max((keys.index(k) for k in found), default=-1)
    missing = keys[last + 1:]
    if not missing and last >= 0 and len(found[keys[last]]) == len(spec[last].columns):
        return None
    name = template.TABLE_TITLES[table].split("、")[0]
    return (f"{table}: the text stops inside table {name} (cut short): rows not in the text: "
            f"{', '.join(missing) if missing else 'none after the last row read'}")


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
                   title: str | None = None, agency: str | None = None, images: ImageSource | None = None
                   ) -> dict[str, Any]:
    """Sniff, extract and parse raw document bytes (any supported format); `title`: the listing's link text;
    `agency`: the publisher the site states (used when no title names one).

    `images`: for a web page whose tables are pictures, the bytes of its pictures by URL (a mapping, or a function
    returning None for a picture not fetched): each is read by OCR and its text put where it stood."""
    page = extract.extract(data, content_type=content_type, url=url)
    if images is not None and page.images:
        page = extract.read_pictures(page, images)
    return parse_extracted(page, title, agency)


def parse_file(path: str | Path) -> dict[str, Any]:
    """Sniff, extract and parse a file on disk (size-capped by the extractor)."""
    return parse_extracted(extract.extract_file(path))


def parse_extracted(extracted: extract.Extracted, title: str | None = None,
                    agency: str | None = None) -> dict[str, Any]:
    """Parse what extraction made of a document (`title`: the listing's link text; `agency`: the publisher the
    site states, used when no title names one)."""
    titles = [t for t in (extracted.title, title) if t]
    result = parse_text(extracted.text, title=titles, agency=extracted.metadata.get("publisher") or agency)
    result["media_type"] = extracted.media_type
    result["metadata"] = extracted.metadata
    result["ocr"] = extracted.ocr
    result["warnings"] = extracted.warnings + result["warnings"]
    return result
