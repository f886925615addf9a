"""Reading a webhook's JSON safely: depth-limited, strictly decoded, strings made storable.

`loads` refuses (with `Unreadable`, a 400) bodies that are not UTF-8 JSON or nest deeper than
`MAX_DEPTH`; the depth is measured on the raw bytes before the parser could recurse. Strings in
what it returns hold no lone surrogates: JSON's `"\\ud800"` decodes to one, and no database
driver can encode it, so it becomes U+FFFD, the way NUL does on its way to the inbox.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 64  # real payloads nest about 12 deep (Slack blocks); Python's parser recurses
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_SURROGATE = re.compile("[\ud800-\udfff]")


class Unreadable(ValueError):
    """The body is not JSON FlowHub will read; the message says why."""


def loads(body: bytes | str) -> Any:
    """The decoded JSON of `body`, with storable strings; `Unreadable` when it is not JSON."""
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    depth = nesting(raw)
    if depth > MAX_DEPTH:
        raise Unreadable(f"JSON nested {depth} deep; at most {MAX_DEPTH} is read")
    try:
        text = raw.decode("utf-8")
        return storable(json.loads(text))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise Unreadable(f"not JSON: {str(exc)[:200]}") from exc


def nesting(raw: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest (strings are skipped)."""
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", raw))
    if not brackets:
        return 0
    return max(0, max(accumulate(map(_STEP.__getitem__, brackets))))


def storable(value: Any) -> Any:
    """`value` with lone surrogates in its strings (keys too) replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {storable(key): storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable(item) for item in value]
    return value
