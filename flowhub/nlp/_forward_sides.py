"""A forwarded chat between the forwarder's side and outsiders: whose tasks its lines are.

"Marco: I'll email the new price list by Wednesday", "Giulia: we also need the signed schedule
back before the 18th", "Ana: ok", forwarded by Ana with Marco and Giulia at a supplier:

- a promise an outsider makes is their own work, not a task of the forwarder's side;
- a request or need from an outsider that names nobody is for the forwarder's side: the one
  speaker of that side in the chat, else the forwarder;
- news said in the chat ("the container lands in Hamburg on the 16th", "prices go up in
  January") is no task.

A chat where only workspace people speak, or only one outsider, is read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.nlp._forwarded import is_label, read_speaker
from flowhub.nlp._task_verbs import is_verb
from flowhub.nlp.types import TaskDraft

__all__ = ["across_sides"]

_WORD = re.compile(r"[\w'-]+")
_ANYONE = re.compile(r"\b(?:someone|somebody|anyone|anybody|whoever|any\s+of\s+you)\b", re.I)
# A thing then one of these tells what happens to it: news, not a task.
_HAPPENS = frozenset(
    """
    lands land arrives arrive docks dock ships ship departs depart leaves leave goes go comes
    come opens open closes close starts start begins begin expires expire increases increase
    rises rise drops changes change moves is are will gets get was were
    """.split()  # noqa: SIM905
)


def _tokens(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 2}


def _said_by(draft: TaskDraft, lines: list[tuple[str | None, str]]) -> tuple[str | None, str]:
    """The line the draft was read from (the one sharing most of its words) and its speaker."""
    words = _tokens(draft.title)
    best: tuple[str | None, str] = (None, "")
    shared = 0
    for speaker, said in lines:
        count = len(words & _tokens(said))
        if count > shared:
            best, shared = (speaker, said), count
    return best


def _is_news(title: str) -> bool:
    """ "Container MSKU 88213 lands in Hamburg": a thing and what happens to it."""
    words = [w.casefold() for w in _WORD.findall(title)]
    if not words or is_verb(words[0]):
        return False
    return any(w in _HAPPENS for w in words[1:6])


def across_sides(
    drafts: list[TaskDraft],
    text: str,
    *,
    forwarder: str,
    known: Callable[[str], str | None],
) -> list[TaskDraft]:
    """The drafts of a forwarded chat with outsiders' own promises and news left out, and their
    unnamed requests given to the forwarder's side."""
    lines = [read_speaker(line) for line in text.splitlines() if line.strip()]
    speakers = list(dict.fromkeys(s for s, _ in lines if s and not is_label(s)))
    if len(speakers) < 2:
        return drafts
    mine = {forwarder.casefold(), forwarder.split()[0].casefold()}
    ours = [s for s in speakers if s.casefold() in mine or known(s) is not None]
    outsiders = [s for s in speakers if s not in ours]
    if not outsiders:
        return drafts
    asked = ours[0] if len(ours) == 1 else forwarder
    out = []
    for draft in drafts:
        speaker, said = _said_by(draft, lines)
        if speaker is None or speaker not in outsiders:
            out.append(draft)
            continue
        if _is_news(draft.title):
            continue  # "Dave: container MSKU 88213 lands in Hamburg on the 16th"
        if draft.assignee is not None and draft.assignee.casefold() == speaker.casefold():
            continue  # "Marco: I'll email the new price list": Marco's own work
        if draft.assignee in outsiders and draft.assignee.casefold() not in said.casefold():
            draft = replace(draft, assignee=None)  # the other outsider only by turn order
        if draft.assignee is None and not _ANYONE.search(said):  # "could someone ...": open
            draft = replace(draft, assignee=known(asked) or asked)
        out.append(draft)
    return out
