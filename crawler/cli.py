"""What every command line of the project shares: an error is one line, Ctrl-C and a closed pipe are no traceback.

Used by `python -m crawler`, `scheduler.py` and `python -m replica`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from crawler.errors import NianbaoError
from storage.errors import StorageError

# What a command explains in one line (exit status 2) instead of a traceback: the crawler's errors and the
# archive's (storage knows nothing of the crawler, so its errors have their own root).
USER_ERRORS = (NianbaoError, StorageError)


def run_command(handler: Callable[[], int | None]) -> int:
    """Run a command's handler and return its exit status."""
    try:
        return handler() or 0
    except USER_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `… | head` closed our stdout: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit, when stdout is flushed
        return 0
