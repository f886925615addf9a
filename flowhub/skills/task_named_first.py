"""A task said to a person of the workspace by name, without a comma: "Priya kal tak report bhej
dena" in the group is Priya's "Report bhej dena"; "görüşürüz, Sam raporu yarına kadar gönder" is
Sam's "Raporu gönder". A name that is nobody here ("Mehta ji") stays in the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.nlp import TaskDraft, named_first

__all__ = ["addressed"]


# Said with respect to someone outside the team ("Mehta ji", "Sharma sahab", "Ahmet Bey").
_HONORIFIC = r"(?:ji|jee|sahab|saab|sahib|sir|madam|bey|han[ıi]m)"


def addressed(draft: TaskDraft, text: str, lookup: Callable[[str], str | None]) -> TaskDraft:
    """`draft` given to the person its title opens with, when the message speaks to them; a
    client spoken to with respect ("Mehta ji kal report bhej dena") is nobody's assignee."""
    if draft.assignee is not None:
        return _client(draft, text, lookup)
    found = named_first(draft.title)
    if found is None:
        return draft
    name, rest = found
    # Said as the opening words, not as "Sam's report" or "the Priya file".
    if not re.search(rf"(?:^|[\s,!.])@?{re.escape(name)}\s+(?![’'])", text, re.I):
        return draft
    person = lookup(name)
    return replace(draft, title=rest, assignee=person) if person is not None else draft


def _client(draft: TaskDraft, text: str, lookup: Callable[[str], str | None]) -> TaskDraft:
    """`draft` without an assignee who is nobody here and was named with an honorific; the
    name and honorific open the title instead."""
    name = (draft.assignee or "").strip().lstrip("@")
    said = re.search(rf"\b{re.escape(name)}\s+{_HONORIFIC}\b", text, re.I) if name else None
    if said is None or lookup(name) is not None:
        return draft
    title = draft.title[:1].lower() + draft.title[1:]
    return replace(draft, title=f"{said[0]}, {title}", assignee=None)
