"""storage/assembly.py: versions, the canonical source and findings from a report's sources (no database)."""

from __future__ import annotations

import datetime as dt
import itertools

from storage.assembly import SourceFacts, assemble

NEW = ("applications", "new", "total")
RULES = ("active", "rules", "issued")
PAGE, PDF = "https://www.haizhu.gov.cn/content/post_1.html", "https://www.haizhu.gov.cn/attachment/1.pdf"


def day(n: int) -> dt.datetime:
    return dt.datetime(2025, 1, n, tzinfo=dt.UTC)


def source(sha: str, seen: int, cells: dict, *, file: bool = False, places: tuple[str, ...] = (),
           published: dt.date | None = None, title: str | None = None, checks_failed: int = 0) -> SourceFacts:
    return SourceFacts(sha, day(seen), cells, file, checks_failed, published, title,
                       {url: day(seen) for url in places})


def test_the_most_complete_parse_is_canonical_and_ties_go_to_the_official_file() -> None:
    page = source("a" * 64, 1, {NEW: 5, RULES: 2}, places=(PAGE,))
    pdf = source("b" * 64, 2, {NEW: 5, RULES: 2}, file=True, places=(PDF,))
    scan = source("c" * 64, 3, {NEW: 5}, file=True, places=("https://www.haizhu.gov.cn/scan.pdf",))
    blank = source("d" * 64, 4, {NEW: 5, RULES: None}, file=True, places=("https://x.gov.cn/d.pdf",))
    result = assemble([page, pdf, scan, blank])
    assert len(result.versions) == 1 and result.latest.canonical is pdf  # as complete as the page: the file wins
    assert assemble([page, scan]).latest.canonical is page  # more cells read beat being a file
    assert assemble([blank, page]).latest.canonical is page  # a number beats a blank
    failing = source("e" * 64, 5, {NEW: 5, RULES: 2}, file=True, checks_failed=1, places=("https://x.gov.cn/e.pdf",))
    assert assemble([failing, page]).latest.canonical is page  # a reading that adds up beats being a file
    scanned = SourceFacts("f" * 64, day(6), {NEW: 5, RULES: 2}, True, places={"https://x.gov.cn/f.pdf": day(6)},
                          ocr=True)
    assert assemble([scanned, page]).latest.canonical is page  # OCR'd digits are the least certain


def test_ties_never_depend_on_the_order_of_arrival() -> None:
    """Two crawls fetch the same page and its re-posting in either order: the same one is canonical."""
    original = source("f" * 64, 1, {NEW: 5}, published=dt.date(2022, 1, 20), places=(PAGE,))
    repost = source("0" * 64, 2, {NEW: 5}, published=dt.date(2022, 2, 1), places=("https://x.gov.cn/mpost_1.html",))
    swapped = [SourceFacts(s.sha256, day(3 - i), s.cells, s.is_file, s.checks_failed, s.published, s.title,
                           {u: day(3 - i) for u in s.places}) for i, s in enumerate((original, repost))]
    assert assemble([original, repost]).latest.canonical.sha256 == original.sha256
    assert assemble(swapped).latest.canonical.sha256 == original.sha256


def test_sources_that_disagree_are_findings_not_versions() -> None:
    page = source("a" * 64, 1, {NEW: 5, RULES: 2}, places=(PAGE,))
    pdf = source("b" * 64, 2, {NEW: 7, RULES: 2}, file=True, places=(PDF,))
    result = assemble([page, pdf])
    assert len(result.versions) == 1
    [finding] = result.findings
    assert (finding.cell, finding.sha256, finding.value, finding.canonical_value) == (NEW, page.sha256, 5, 7)


def test_new_bytes_at_the_same_place_with_other_figures_are_a_new_version() -> None:
    page = source("a" * 64, 1, {NEW: 5}, places=(PAGE,))
    pdf = source("b" * 64, 1, {NEW: 5}, file=True, places=(PDF,))
    revised = source("c" * 64, 9, {NEW: 6}, file=True, places=(PDF,))  # the PDF re-uploaded with a correction
    restyled = source("d" * 64, 10, {NEW: 5}, places=(PAGE,))  # the page re-rendered, its figures not corrected
    result = assemble([page, pdf, revised, restyled])
    assert [[s.sha256[0] for s in v.sources] for v in result.versions] == [["a", "b"], ["c", "d"]]
    assert result.versions[0].superseded_at == day(9) and result.latest.superseded_at is None
    assert result.latest.canonical is revised
    # the old figures of version 1 are history; the page that still shows them today disagrees with the file
    assert [(f.version, f.sha256[0], f.value) for f in result.findings] == [(2, "d", 5)]


def test_a_corrected_reposting_is_a_new_version() -> None:
    first = source("a" * 64, 1, {NEW: 5}, published=dt.date(2022, 1, 20), places=(PAGE,))
    by_title = source("b" * 64, 5, {NEW: 6}, title="海珠区2021年政府信息公开工作年度报告（更正）",
                      places=("https://x.gov.cn/post_2.html",))
    by_date = source("c" * 64, 5, {NEW: 6}, published=dt.date(2022, 3, 1), places=("https://x.gov.cn/post_3.html",))
    assert len(assemble([first, by_title]).versions) == 2
    assert len(assemble([first, by_date]).versions) == 2
    mirror = source("d" * 64, 5, {NEW: 6}, published=dt.date(2022, 1, 20), places=("https://x.gov.cn/mpost_1.html",))
    assert len(assemble([first, mirror]).versions) == 1  # a mirror that reads otherwise: a finding


def test_assembly_is_a_function_of_the_set_of_sources() -> None:
    sources = [source("a" * 64, 1, {NEW: 5, RULES: 1}, places=(PAGE,)),
               source("b" * 64, 2, {NEW: 5, RULES: 2}, file=True, places=(PDF,)),
               source("c" * 64, 8, {NEW: 6}, file=True, places=(PDF,)),
               source("d" * 64, 9, {NEW: 6, RULES: 3}, places=("https://x.gov.cn/mpost_1.html",))]
    results = [assemble(list(order)) for order in itertools.permutations(sources)]
    assert all(result == results[0] for result in results)
