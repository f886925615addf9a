"""A pasted list said the way the task reader expects it, before it is read.

"sam - finalise the menu by the 12th" gives the line to Sam, like "sam: finalise ..." does, when
the word before the dash is a known person's name. "(the 19th)" is a date, read as "on the 19th",
and an exclamation inside brackets ("(still not paid!!)") moves after them, so the bracket stays
whole.
"""

from __future__ import annotations

import re

__all__ = ["quiet_brackets", "tidy_lines"]

_DASHED = re.compile(
    r"^(?P<lead>\s*(?:[-*•]\s+)?)(?P<name>@?[^\W\d_][\w'-]{1,30})\s+[-–—]\s+(?=\S)"
)
_BARE_DAY = re.compile(
    r"\(\s*(?:on\s+)?(?P<day>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+\w+)?)\s*\)", re.I
)
_BRACKET = re.compile(r"\([^()\n]*\)")
_MARKS = re.compile(r"!+")


def _named(line: str, names: frozenset[str]) -> str:
    found = _DASHED.match(line)
    if found is None or found["name"].lstrip("@").casefold() not in names:
        return line
    return f"{found['lead']}{found['name']}: {line[found.end() :]}"


def _quiet(bracket: re.Match[str]) -> str:
    said = bracket.group(0)
    marks = "".join(_MARKS.findall(said))
    return f"{_MARKS.sub('', said)} {marks}" if marks else said


def quiet_brackets(text: str) -> str:
    """ "(still not paid!!)" as "(still not paid) !!": the bracket stays whole, the stress stays."""
    return _BRACKET.sub(_quiet, text) if "!" in text else text


def tidy_lines(text: str, *, names: tuple[str, ...] = ()) -> str:
    """`text` with "name - task" lines as "name: task", "(the 19th)" as a date, quiet brackets."""
    folded = frozenset(n.casefold() for n in names if n)
    lines = [_named(line, folded) for line in text.split("\n")] if folded else text.split("\n")
    out = "\n".join(lines)
    return quiet_brackets(_BARE_DAY.sub(lambda m: f"on {m['day']}", out))
