"""docs/research.md documents the views as they are: its generated schema section matches template.py."""

from __future__ import annotations

from crawler.parse import template
from crawler.research import docs, labels


def test_generated_schema_section_is_current() -> None:
    document = docs.DOC.read_text(encoding="utf-8")
    assert docs.replaced(document) == document, "run: python -m crawler.research.docs --write"


def test_every_row_and_column_label_is_documented() -> None:
    section = docs.generated()
    for label in labels.cell_labels():
        assert label.row_label in section and label.column_label in section, label
    for table in template.TABLES:
        for column in labels.wide_columns(table):
            assert f"| `{column.name}` |" in section
