"""A task said to a person of the workspace by name, without a comma: "Priya kal tak report bhej
dena" in the group is Priya's "Report bhej dena"; "görüşürüz, Sam raporu yarına kadar gönder" is
Sam's "Raporu gönder". A name that is nobody here ("Mehta ji") stays in the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.nlp import TaskDraft, detect_language, named_first

__all__ = ["addressed"]


# Said with respect to someone outside the team ("Mehta ji", "Sharma sahab", "Ahmet Bey").
_HONORIFIC = r"(?:ji|jee|sahab|saab|sahib|sir|madam|bey|han[ıi]m)"


def addressed(draft: TaskDraft, text: str, lookup: Callable[[str], str | None]) -> TaskDraft:
    """`draft` given to the person its title opens with, when the message speaks to them; a
    client spoken to with respect ("Mehta ji kal report bhej dena") is nobody's assignee."""
    if draft.assignee is not None:
        return _client(draft, text, lookup)
    found = named_first(draft.title) or _teammate_first(draft.title, lookup)
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


# A teammate's name, then an order in a verb the word lists may not hold: "priya ingest + backup
# today's cards", "sam reconcile the ledger".
_OPENS = re.compile(r"^@?(?P<name>[^\W\d_][\w-]*)\s+(?P<verb>[a-z][a-z-]+)(?P<rest>\s.*)$", re.S)
_SHORTEST_VERB = 3
# Words after a name that make a statement about them, never an order to them.
_NOT_ORDERS = frozenset(
    """
    is was are were has had have will would can could may might did does do dont don't didn't
    isn't wasn't won't cant can't and or but also just still already never always said told
    asked wants wanted thinks thought says knows knew feels is's from with at in on for of to
    the a an my our your his her their this that too here there again back now then who which
    what when whenever where why how any anything honestly sorry please pls plz you u we i he
    she they it new hey hi hello ok okay yes no nope lol haha thanks thx should shall must
    """.split()  # noqa: SIM905
)


def _teammate_first(title: str, lookup: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The teammate a title opens with and the order after it: the word after the name reads as
    a plain English verb (not "is", "has", "said", "thinks", "finished"), and more words follow."""
    m = _OPENS.match(title.strip())
    if m is None or not m["rest"].strip() or lookup(m["name"]) is None:
        return None
    verb = m["verb"].casefold()
    if verb in _NOT_ORDERS or verb.endswith(("ed", "ing")) or re.search(r"[^s]s$", verb):
        return None  # "sam thinks …", "priya finished …", "ana going …": said of them
    if len(verb) < _SHORTEST_VERB or detect_language(title) != "en":
        return None  # "sam ko report bhejni hai": other languages' words are read elsewhere
    rest = f"{m['verb']}{m['rest']}"
    return m["name"], rest[:1].upper() + rest[1:]
