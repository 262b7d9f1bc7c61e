"""Extraction speed: text PDFs against poppler's pdftotext, and OCR seconds per page (aims: within 3x; <= 2 s/page).

1. Text PDFs: the real golden PDF, the committed test report PDF and every golden text rendered to PDF here
   (python-docx + one LibreOffice run).  Ours: `crawler.extract.extract(bytes)` in this process, which includes
   table reconstruction.  Baseline, same files, same run: `pdftotext -layout FILE -` (one process per file, as it
   is used).  Prints pages/s for both and the ratio.
2. OCR: the golden-derived PDFs of three reports rasterised to 150 dpi ("scanned", no text layer), extracted
   through OCR; prints s/page, the peak RSS of this process, and the cell accuracy of parsing the OCR text
   against parsing the golden text itself.

Usage: python bench/extract_bench.py [--repeat 5] [--ocr-reports haizhu_zfb_2021,panyu_xfj_2021,yaodu_xfj_2020]
                                     [--no-ocr]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.extract import extract  # noqa: E402
from replica.docgen import convert_all, rasterise_pdf, soffice, text_to_docx  # noqa: E402
from tests.paths import shared_dir  # noqa: E402

GOLDEN = shared_dir() / "golden"
OCR_REPORTS = "haizhu_zfb_2021,panyu_xfj_2021,yaodu_xfj_2020"


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def text_pdf_bench(pdfs: list[Path], repeat: int) -> None:
    pages = sum(page_count(p) for p in pdfs)
    blobs = [p.read_bytes() for p in pdfs]
    extract(blobs[0])  # imports and first-call set-up are not per-page costs
    ours, theirs = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        for blob in blobs:
            extract(blob)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        for path in pdfs:
            subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, stdout=subprocess.DEVNULL)
        theirs.append(time.perf_counter() - started)
    ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
    print(f"text PDFs: {len(pdfs)} files, {pages} pages, median of {repeat} runs")
    print(f"  crawler.extract  {pages / ours_s:8.1f} pages/s  ({1000 * ours_s / pages:.2f} ms/page, tables rebuilt)")
    print(f"  pdftotext        {pages / theirs_s:8.1f} pages/s  ({1000 * theirs_s / pages:.2f} ms/page, text only)")
    print(f"  ratio            {ours_s / theirs_s:8.2f}x the time of pdftotext (aim: <= 3x)")


def cells(parsed: dict) -> dict:
    return {(t, r, c): v for t, rows in parsed["tables"].items() for r, cols in rows.items() for c, v in cols.items()}


def ocr_bench(pdfs: dict[str, Path], work: Path) -> None:
    from crawler.extract.ocr import engine
    from crawler.parse import parse_text

    started = time.perf_counter()
    engine()
    print(f"OCR: engine loaded in {time.perf_counter() - started:.2f} s (once per process)")
    total_pages = total_time = total_cpu = 0.0
    for name, pdf in pdfs.items():
        scanned = rasterise_pdf(pdf, work / f"{name}.scanned.pdf", dpi=150)
        pages = page_count(scanned)
        started, cpu_started = time.perf_counter(), time.process_time()
        got = extract(scanned.read_bytes())
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        total_pages += pages
        total_time += elapsed
        total_cpu += cpu
        expected = cells(parse_text((GOLDEN / f"{name}.txt").read_text()))
        parsed = cells(parse_text(got.text, title=got.title))
        right = sum(parsed.get(k, "missing") == v for k, v in expected.items())
        print(f"  {name}: {pages} pages, {elapsed / pages:.2f} s/page (CPU {cpu / pages:.2f} s/page), "
              f"cells {right}/{len(expected)} = {100 * right / max(1, len(expected)):.1f}%")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  overall {total_time / max(1, total_pages):.2f} s/page (aim: <= 2 s/page), "
          f"CPU {total_cpu / max(1, total_pages):.2f} s/page, peak RSS {peak_mb:.0f} MB")
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} (2 cores: above 2, other work shares them)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ocr-reports", default=OCR_REPORTS)
    parser.add_argument("--no-ocr", action="store_true")
    args = parser.parse_args()
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext not installed (Debian package poppler-utils)")
    if not soffice():
        sys.exit("LibreOffice not installed (Debian package libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="nianbao-bench.") as tmp:
        work = Path(tmp)
        docx = [text_to_docx(p.read_text(), work / f"{p.stem}.docx") for p in sorted(GOLDEN.glob("*.txt"))]
        rendered = {p.stem: p for p in convert_all(docx, "pdf", work / "pdf")}
        real = [GOLDEN / "huaian_szf_2024.pdf", ROOT / "tests" / "fixtures" / "documents" / "report.pdf"]
        text_pdf_bench([p for p in real if p.exists()] + list(rendered.values()), args.repeat)
        if not args.no_ocr:
            ocr_bench({name: rendered[name] for name in args.ocr_reports.split(",")}, work)


if __name__ == "__main__":
    main()
