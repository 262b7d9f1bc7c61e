"""The one progress display: a bar on a terminal, silence elsewhere; the items pass through unchanged."""

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
