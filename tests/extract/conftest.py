"""Fixtures for the extraction tests: committed documents, and golden reports rendered to DOCX/PDF/DOC."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from replica.docgen import convert_all, soffice, text_to_docx
from tests.conftest import GOLDEN, missing

DOCUMENTS = Path(__file__).resolve().parent.parent / "fixtures" / "documents"


@pytest.fixture(scope="session")
def documents() -> Path:
    return DOCUMENTS


@pytest.fixture(scope="session")
def need_soffice() -> str:
    path = soffice()
    if not path:
        missing("LibreOffice (soffice) not installed (Debian package libreoffice-writer-nogui)")
    return path


@pytest.fixture(scope="session")
def golden_texts() -> dict[str, str]:
    texts = {p.stem: p.read_text() for p in sorted(GOLDEN.glob("*.txt"))}
    if not texts:
        missing(f"no golden report texts in {GOLDEN}")
    return texts


@pytest.fixture(scope="session")
def golden_documents(tmp_path_factory: pytest.TempPathFactory, golden_texts: dict[str, str],
                     need_soffice: str) -> dict[str, dict[str, Path]]:
    """{name: {"docx"|"pdf"|"doc": path}} for every golden text; one LibreOffice run per target format."""
    root = tmp_path_factory.mktemp("golden-docs")
    docx = [text_to_docx(text, root / f"{name}.docx") for name, text in golden_texts.items()]
    pdfs = convert_all(docx, "pdf", root / "pdf")
    docs = convert_all(docx, "doc", root / "doc")
    return {d.stem: {"docx": d, "pdf": p, "doc": o} for d, p, o in zip(docx, pdfs, docs, strict=True)}


@pytest.fixture(scope="session")
def need_tool():
    def need(name: str) -> str:
        path = shutil.which(name)
        if not path:
            missing(f"{name} not installed")
        return path

    return need
