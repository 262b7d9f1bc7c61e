"""Full-text search of the reports' text on SQLite (FTS5) and PostgreSQL (tsvector), with Chinese queries of any
length; the text written by the real parse step and backfilled by reparse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from crawler.__main__ import main
from crawler.archiving.parsing import documents_to_parse, parse_stored, reparse
from storage import text_search
from storage.archive import Archive
from storage.config import StorageConfig
from storage.models import DocumentText
from tests.research.research_helpers import Built, golden_text

# Two characters (the case a trigram index cannot serve), a phrase, one character, digits, a refusal reason.
QUERIES = ["复议", "行政复议", "诉", "2021", "不予公开", "政府信息公开申请"]


def _found(built: Built, query: str) -> set[int]:
    engine = sa.create_engine(built.database_url)
    try:
        with engine.connect() as conn:
            return {row.report_id for row in text_search.search(conn, query)}
    finally:
        engine.dispose()


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_exactly_the_reports_whose_text_contains_the_query(known: Built, query: str) -> None:
    expected = {known.report_ids[k] for k, spec in known.specs.items()
                if spec.text and query in text_search.searchable(spec.text)}
    assert expected, f"the known archive should hold {query!r}"
    assert _found(known, query) == expected


def test_search_misses_what_no_text_holds_and_ignores_empty_queries(known: Built) -> None:
    assert _found(known, "量子计算") == set()
    assert _found(known, "复议量子") == set()  # every bigram of 复议 is there, the phrase is not
    assert _found(known, "  ，。 ") == set()


def test_search_rows_carry_a_snippet_around_the_match(known: Built) -> None:
    engine = sa.create_engine(known.database_url)
    with engine.connect() as conn:
        rows = text_search.search(conn, "行政复议")
    engine.dispose()
    assert rows and all("行政复议" in row.snippet for row in rows)
    assert all(len(row.snippet) <= len("行政复议") + 2 * text_search.SNIPPET_CONTEXT for row in rows)


def test_tokens_are_bigrams_of_chinese_and_whole_words_otherwise() -> None:
    assert text_search.tokens("行政复议，共3件 PDF") == ["行政", "政复", "复议", "议", "共", "3", "件", "PDF"]
    assert text_search.Query.parse("税").match("sqlite") == '"税"*'  # type: ignore[union-attr]
    assert text_search.Query.parse("行政复议").match("postgresql") == "'行政' & '政复' & '复议'"  # type: ignore[union-attr]
    assert text_search.Query.parse(" ，") is None
    # a PDF's line wrap inside a sentence is read through, by the text and by the query alike
    assert text_search.searchable("行政\n复议 ABC\ntest 2021年\n") == "行政复议 ABC\ntest 2021年\n"
    assert text_search.Query.parse("行政 复议").text == "行政复议"  # type: ignore[union-attr]


def test_parse_step_stores_the_text_and_reparse_backfills_it(database_url: str, tmp_path: Path) -> None:
    """The real parser on a real report text: its text is stored with its report; a report whose text is missing
    (archived before migration 0005) is visited by the default reparse, which stores it again; a replaced text
    leaves nothing of the old one in the index."""
    texts = DocumentText.__table__
    with Archive(StorageConfig(data_dir=tmp_path, database_url=database_url), fsync=False) as archive:
        body = golden_text("haizhu_zfb_2021").encode("utf-8")
        stored, _ = archive.store_document(body, "text/plain")
        result = parse_stored(archive, stored.sha256)
        assert result.status == "parsed", result.error
        with archive.db.engine.connect() as conn:
            assert conn.execute(sa.select(texts.c.text)).scalar_one() == text_search.searchable(body.decode("utf-8"))
            assert {r.report_id for r in text_search.search(conn, "复议")} == {result.report_id}
        assert stored.sha256 not in documents_to_parse(archive)  # parsed by this parser, text stored
        with archive.db.engine.begin() as conn:
            text_search.store_text(conn, stored.sha256, "另一段\n文字")  # a PDF's line wrap inside a sentence
            assert text_search.search(conn, "复议") == []  # the old tokens left the index
            assert [r.report_id for r in text_search.search(conn, "段文")] == [result.report_id]
            if conn.dialect.name == "sqlite":
                conn.execute(sa.text(f"INSERT INTO {text_search.FTS_TABLE} ({text_search.FTS_TABLE}) "
                                     "VALUES ('delete-all')"))
            conn.execute(sa.delete(texts))
        assert documents_to_parse(archive) == [stored.sha256]
        assert [r.status for r in reparse(archive, documents_to_parse(archive))] == ["parsed"]
        with archive.db.engine.connect() as conn:
            assert {r.report_id for r in text_search.search(conn, "复议")} == {result.report_id}


def test_search_command_on_either_dialect(known: Built, known_env: dict[str, str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "行政复议", "--json"]) == 0
    out, err = capsys.readouterr()
    found = [json.loads(line) for line in out.splitlines()]
    assert {f["report_id"] for f in found} == {known.report_ids[k] for k, s in known.specs.items()
                                               if s.text and "行政复议" in s.text}
    assert all("行政复议" in f["snippet"] for f in found) and f"{len(found)} document(s)" in err
    assert main(["search", "，。"]) == 2
    assert "nothing to search for" in capsys.readouterr().err
