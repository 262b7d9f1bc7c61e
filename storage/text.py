"""Text that every database stores alike (issue 15, finding 3).

A server may put any byte in a header and a WARC from elsewhere any code point in a URL.  PostgreSQL refuses NUL in
text and JSONB (and a lone surrogate is no UTF-8 at all), where SQLite stores both: the same exchange would leave a
row on one dialect and an error on the other.  So every text value bound for a row loses them on both — each
becomes U+FFFD — and the row says so (`fetches.text_sanitised`); the bytes as received stay in the WARC record.
"""

from __future__ import annotations

import re
from typing import Any

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable(value: Any) -> tuple[Any, bool]:
    """`value` (text, or lists/tuples/dicts of it, as JSON columns hold) with every unstorable character replaced,
    and whether any was."""
    if isinstance(value, str):
        cleaned = _UNSTORABLE.sub(REPLACEMENT, value)
        return cleaned, cleaned != value
    if isinstance(value, list | tuple):
        items = [storable(item) for item in value]
        return type(value)(item for item, _ in items), any(changed for _, changed in items)
    if isinstance(value, dict):
        pairs = {key: storable(item) for key, item in value.items()}
        keys = {key: storable(key)[0] for key in value}
        return ({keys[key]: item for key, (item, _) in pairs.items()},
                any(changed for _, changed in pairs.values()) or any(keys[key] != key for key in value))
    return value, False
