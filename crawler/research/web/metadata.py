"""Datasette metadata for the archive: titles, Chinese column descriptions, facets and the canned queries.

Column descriptions come from crawler.research.labels (so from template.py) and crawler.research.views; canned
queries from crawler.research.queries: the web view documents the same schema as docs/research.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.parse import template
from crawler.research import labels, queries, views
from crawler.research.web import PLUGIN
from storage import text_search
from storage import views as storage_views

FACETS = ["year", "agency", "template"]
# Tables a researcher has no use for in the browser (they stay reachable through SQL).
HIDDEN = ("alembic_version", *storage_views.WIDE_TABLES.values(), text_search.FTS_TABLE)

CELL_COLUMNS = {
    "report_id": "报告编号 → reports.id",
    "table_name": "表 active (二、主动公开) | applications (三、申请) | review (四、复议诉讼)",
    "row_key": "row code (cell_labels.row_label has the form's wording)",
    "column_key": "column code (cell_labels.column_label)",
    "value": "数值; NULL when the report left the cell blank or lacks the row",
    "is_blank": "1 when the report printed the cell empty",
}


def wide_view_metadata(table: str) -> dict[str, Any]:
    report_columns = {c.name: c.description for c in views.OVERVIEW_COLUMNS if c.name in storage_views.REPORT_COLUMNS}
    return {
        "title": f"{table}_wide — {template.TABLE_TITLES[table]}",
        "description": (f"One row per report: every cell of table {template.TABLE_TITLES[table]} as a column "
                        "<row>_<column>, for both templates (a cell one template lacks is NULL). "
                        "Column descriptions give the form's wording."),
        "columns": {**report_columns, **labels.column_descriptions(table)},
        "facets": FACETS,
        "sort": "report_id",
    }


def metadata(data_dir: Path, database: str) -> dict[str, Any]:
    tables: dict[str, Any] = {name: {"hidden": True} for name in HIDDEN}
    tables[views.OVERVIEW] = {
        "title": "report_overview — one row per report, with its provenance",
        "description": ("Every report the archive holds, once (one agency, one year, its latest version): agency, "
                        "region, year, template, the canonical file (click its SHA-256), the first URL that served "
                        "it and when (fetch_id: its WARC record), every document that carries it, where they "
                        "disagree, and the 勾稽 consistency rules it breaks. Click a report_id for its page."),
        "columns": {c.name: c.description for c in views.OVERVIEW_COLUMNS},
        "facets": [*FACETS, "site", "agency_basis", "checks_failed"],
        "sort_desc": "year",
    }
    tables[views.VERSIONS] = {
        "title": "version_overview — every version of every report",
        "description": "As report_overview, one row per version: a report revised in place has more than one.",
        "columns": {c.name: c.description for c in views.OVERVIEW_COLUMNS},
        "facets": [*FACETS, "version"],
        "sort": "report_id",
    }
    tables[views.DISAGREEMENTS] = {
        "title": "source_disagreements — cells on which the documents of a report disagree",
        "description": ("The report shows the canonical document's value (the most complete parse); here is every "
                        "other document that read the cell differently, with both URLs."),
        "columns": {c.name: c.description for c in views.DISAGREEMENT_COLUMNS},
        "facets": ["site", "year", "table_name"],
        "sort": "report_id",
    }
    for table in template.TABLES:
        tables[storage_views.WIDE_VIEWS[table]] = wide_view_metadata(table)
    tables[views.LABELS] = {
        "title": "cell_labels — the Chinese wording of every row and column",
        "description": "Join report_cells on (template, table_name, row_key, column_key) to read cells as printed.",
        "columns": {c.name: c.description for c in views.LABEL_COLUMNS},
        "facets": ["template", "table_name"],
        "sort": "position",
    }
    tables[text_search.TEXTS.name] = {
        "title": "document_texts — the text extracted from each report's documents",
        "description": "Kept for full-text search (/-/search: Chinese words of any length, as character bigrams).",
        "columns": {"document_sha256": "SHA-256 of the document (report_sources.document_sha256)",
                    "text": "the text as extracted (PDF text layer, OCR, HTML text)"},
    }
    tables["report_cells"] = {
        "title": "report_cells — the tidy record: one row per report and cell",
        "columns": CELL_COLUMNS,
        "facets": ["table_name"],
    }
    canned = {q.name: {"title": q.title, "description": q.description, "sql": q.sql} for q in queries.QUERIES}
    return {
        "title": "nianbao — 政府信息公开工作年度报告 archive",
        "description_html": (
            "Government information-disclosure annual reports, their tables and where each came from. "
            f"Start with <a href=\"/{database}/report_overview\">report_overview</a> (each report's page shows "
            "its tables as printed), <a href=\"/-/search\">search the reports' text</a>, "
            "<a href=\"/-/charts\">charts</a> or a "
            f"<a href=\"/{database}#queries\">canned query</a>; docs/research.md documents every view."
        ),
        "databases": {database: {"tables": tables, "queries": canned}},
        "plugins": {PLUGIN: {"data_dir": str(data_dir), "database": database}},
    }
