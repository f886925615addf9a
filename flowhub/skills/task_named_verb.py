"""A task said with the person right before the verb that says it is theirs: Turkish "istanbul
grubunun otel listesini priya hazırlasın" is Priya's "Istanbul grubunun otel listesini hazırla".

The rules read such a verb ("hazırlasın", "someone is to prepare") as a task verb ("hazırla");
the word in front of it names the one to do it when it is a person of the workspace. A word the
rules took as the assignee that names nobody here ("istanbul") goes back to the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.nlp import TaskDraft

__all__ = ["named_before_verb"]


def named_before_verb(
    draft: TaskDraft, text: str, lookup: Callable[[str], str | None]
) -> TaskDraft:
    """`draft` given to the person of the workspace named right before its closing verb, when
    the message says that verb with the ending that gives it to them."""
    if draft.assignee is not None and lookup(draft.assignee.lstrip("@")) is not None:
        return draft
    words = draft.title.split()
    for size in (1, 2):  # "hazırla", "kontrol et"
        if len(words) < size + 2:
            break
        name, verb = words[-size - 1], words[-size:]
        # "priya hazırlasın" where the title says "priya hazırla": the ending was read off it.
        said = r"\s+".join(map(re.escape, verb))
        if not re.search(
            rf"(?<![\w@'’]){re.escape(name)}\s+{said}\w+(?:\s+\w+)?\s*(?:[,.!?;]|$)", text, re.I
        ):
            continue
        if (person := lookup(name)) is not None:
            return _given(draft, text, person, [*words[: -size - 1], *verb])
    return draft


def _given(draft: TaskDraft, text: str, person: str, words: list[str]) -> TaskDraft:
    """`draft` for `person`, titled `words` after the word first taken as its assignee."""
    title = " ".join(words)
    taken = (draft.assignee or "").lstrip("@")
    if taken and re.match(rf"\W*{re.escape(taken)}\s", text.strip(), re.I):
        title = f"{taken} {title[:1].lower()}{title[1:]}"  # the word it opened with
    return replace(draft, title=title[:1].upper() + title[1:], assignee=person)
