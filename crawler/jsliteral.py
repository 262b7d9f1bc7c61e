"""Reading a JavaScript literal (an object or array a page's script assigns) without running the script.

Pages put their configuration in script literals that are close to JSON but not JSON: unquoted keys
(`{SID:'200105', TREE:[…]}`), single-quoted strings, trailing commas, `undefined`.  `literal_after` finds the literal
that follows an assignment's name and `parse` reads it: strict JSON first, then the same text with those JavaScript
forms rewritten to JSON.  `\\uXXXX` escapes are decoded either way (Chinese names are often written so).
"""

from __future__ import annotations

import json
import re
from typing import Any

_CLOSING = {"{": "}", "[": "]"}
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_JS_WORDS = {"undefined": "null", "NaN": "null", "true": "true", "false": "false", "null": "null"}


def literal_after(text: str, name: str, start: int = 0) -> str | None:
    """The object or array literal assigned to `name` (`name = {…}`, `name: […]`, `"name": {…}`) at or after
    `start`, as source text; None when there is none or it never closes."""
    pattern = re.compile(rf"(?<![\w$]){re.escape(name)}['\"]?\s*[:=]\s*([\[{{])")
    match = pattern.search(text, start)
    if match is None:
        return None
    end = _closing_index(text, match.start(1))
    return text[match.start(1):end + 1] if end is not None else None


def _closing_index(text: str, opening: int) -> int | None:
    """Index of the bracket closing the one at `opening`, skipping strings and nested brackets."""
    stack = [_CLOSING[text[opening]]]
    i = opening + 1
    while i < len(text):
        char = text[i]
        if char in "\"'`":
            i = _string_end(text, i)
        elif char in _CLOSING:
            stack.append(_CLOSING[char])
        elif char in "}]":
            if char != stack.pop():
                return None
            if not stack:
                return i
        i += 1
    return None


def _string_end(text: str, quote_at: int) -> int:
    quote = text[quote_at]
    i = quote_at + 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i


def parse(source: str) -> Any:
    """The value of a JavaScript object/array literal made of plain data; ValueError when it is not one."""
    try:
        return json.loads(source)
    except ValueError:
        pass
    try:
        return json.loads(_to_json(source))
    except ValueError as exc:
        raise ValueError(f"not a data literal: {exc}") from None


def _to_json(source: str) -> str:
    """Rewrite the JavaScript forms of a data literal as JSON: quoted keys, double-quoted strings, no trailing
    commas, `undefined` as null."""
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char in "\"'":
            end = _string_end(source, i)
            out.append(_json_string(source[i + 1:end], char))
            i = end + 1
            continue
        identifier = _IDENTIFIER.match(source, i)
        if identifier and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] in "_$")):
            word = identifier[0]
            after = source[identifier.end():].lstrip()
            if after.startswith(":"):
                out.append(json.dumps(word))  # an unquoted key
            else:
                out.append(_JS_WORDS.get(word, json.dumps(word)))
            i = identifier.end()
            continue
        if char == ",":
            rest = source[i + 1:].lstrip()
            if rest[:1] in ("}", "]"):  # a trailing comma
                i += 1
                continue
        out.append(char)
        i += 1
    return "".join(out)


def _json_string(body: str, quote: str) -> str:
    """A JavaScript string body (between `quote`s, escapes kept) as a JSON string literal."""
    body = body.replace("\\'", "'")  # `\'` is JavaScript, not JSON
    if quote == "'":
        body = body.replace('\\"', '"').replace('"', '\\"')
    body = re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", body)  # `\xNN` is JavaScript, not JSON
    return f'"{body}"'
