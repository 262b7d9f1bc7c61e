"""Generated reports (replica/reportgen) rendered to DOCX, then PDF and DOC by LibreOffice, parse back exactly."""

from __future__ import annotations

import random

import pytest

from crawler.parse import parse_file, parse_text
from replica.docgen import convert_all, text_to_docx
from replica.reportgen import random_report, render
from replica.reportgen.compare import mismatches

CASES = [(11, "tabs"), (23, "split_pages"), (37, "one_cell_per_line")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory, need_soffice):
    root = tmp_path_factory.mktemp("generated-docs")
    cases = []
    for seed, layout in CASES:
        rng = random.Random(seed)
        report = random_report(rng)
        text = render(report, layout, rng)
        cases.append((f"{layout}-{seed}", report, text, text_to_docx(text, root / f"{layout}-{seed}.docx")))
    docx = [case[3] for case in cases]
    pdfs = convert_all(docx, "pdf", root / "pdf")
    docs = convert_all(docx, "doc", root / "doc")
    return [(name, report, text, {"docx": d, "pdf": p, "doc": o})
            for (name, report, text, d), p, o in zip(cases, pdfs, docs, strict=True)]


@pytest.mark.slow
def test_generated_reports_survive_docx_pdf_doc(generated):
    for name, report, text, files in generated:
        assert not mismatches(report, parse_text(text), check_rules=False), f"{name}: the text itself misparses"
        for fmt, path in files.items():
            problems = mismatches(report, parse_file(path), check_rules=False)
            assert not problems, f"{name}.{fmt}: {problems[:4]}"
