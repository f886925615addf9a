"""A task tagged as the writer's own after a dash: "book the staff xmas party - me, by the 12th".

The tag says who does it: the line reads as "I'll book the staff xmas party by the 12th", so the
task is the writer's and the tag never stays in its title.
"""

from __future__ import annotations

import re

__all__ = ["me_tagged"]

_ME_TAG = re.compile(
    r"^(?P<task>[^-–—:\n]{6,}?)\s+[-–—]+\s+(?:me|myself)(?:\s*[,;]\s*(?P<tail>[^\n]+?))?\s*[.!]*$",
    re.I,
)


def me_tagged(text: str) -> str:
    """`text` with a "- me" tag said as "I'll …"; `text` itself when it has none."""
    m = _ME_TAG.match(text.strip())
    if m is None:
        return text
    task = m["task"].strip()
    task = task[:1].lower() + task[1:] if task[1:2].islower() else task
    return f"I'll {task} {m['tail'] or ''}".strip()
