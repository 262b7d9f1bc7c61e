"""The one progress display (a bar on a terminal, silence elsewhere; the items pass through unchanged) and the crawl
summary's reason for a crawl that fetched nothing."""

from __future__ import annotations

import io

from crawler.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal_and_nothing_in_a_pipe() -> None:
    shown, piped = Terminal(), io.StringIO()
    assert list(progress(iter(range(5)), 5, "reparse", stream=shown)) == list(range(5))
    assert list(progress(iter(range(5)), 5, "reparse", stream=piped)) == list(range(5))
    assert "reparse" in shown.getvalue() and "/5" in shown.getvalue()  # (tqdm redraws at most every 0.1 s)
    assert piped.getvalue() == ""
    quiet = Terminal()
    assert list(progress(iter("ab"), 2, "ingest", stream=quiet, quiet=True)) == ["a", "b"] and not quiet.getvalue()


def test_why_a_crawl_fetched_nothing_is_said_from_its_stats() -> None:
    from crawler.crawl_summary import summarise

    stats = {"downloader/request_count": 7, "downloader/response_status_count/200": 1,
             "downloader/response_status_count/503": 4, "downloader/exception_type_count/twisted.internet.error."
             "TimeoutError": 2, "nianbao/reports/found": 0, "log_count/ERROR": 1}
    summary = summarise("yindu", stats)
    assert summary.nothing_fetched == "every request was refused or failed: 4 × HTTP 503, 2 × TimeoutError"
    assert summarise("yindu", {**stats, "nianbao/answered": 1}).nothing_fetched is None
    assert summarise("yindu", {}).nothing_fetched == "no request was made"
