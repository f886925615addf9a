"""Titles that only point ("Give it back to him", "Put it down") never become cards.

A clause that points at a card or a person, or only talks about cards, names no task. Beside real
tasks it is dropped without a word, and a day said only in it goes to the one task said without a
day; alone, what the rest of the message says is done, else it is answered with one short
question. "Put the tasting itself in" asks for a card
"Tasting", dated by the one date the message gives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import (
    TaskDraft,
    classify_intent,
    names_card,
    points_only,
    put_in_title,
    search_when,
)
from flowhub.skills.context import Context

_WORD = re.compile(r"[\w'’]+")
_STATES = frozenset({"its", "it's", "it’s", "thats", "that's", "that’s"})
# Pointing words that mean a person or a card, never a thing said before: "give it to him".
_NOT_THING = frozenset(
    [
        "him",
        "her",
        "hers",
        "his",
        "he",
        "she",
        "me",
        "us",
        "one",
        "ones",
        "other",
        "others",
        "that",
        "this",
        "these",
        "those",
        "rest",
        "both",
        "all",
        "same",
        "either",
        "first",
        "second",
        "third",
        "last",
    ]
)
_CLAUSE = re.compile(r"(?:[,;.!?]+\s+|\s+(?:and|but)\s+)", re.I)
# Who says they will do it: "i'll ask him in the group" is the clause "ask him in the group".
_LEAD = re.compile(
    r"^(?:(?:and|then|also|ok|so|actually)\s+)*(?:i'?ll|i\s+will|let\s+me|we'?ll|i\s+can)\s+",
    re.I,
)


def real_tasks(ctx: Context, drafts: list[TaskDraft]) -> list[TaskDraft]:
    """The drafts that name a thing to do, with the days said only in pointing clauses."""
    named = [_named(ctx, d) for d in drafts]
    real = [d for d in named if not points_only(d.title) or _points_back(ctx, d, named)]
    dated = [d.due for d in named if d.due is not None and points_only(d.title)]
    undated = [i for i, d in enumerate(real) if d.due is None]
    if len(dated) == 1 and len(undated) == 1:
        real[undated[0]] = replace(real[undated[0]], due=dated[0])
    return real


def _points_back(ctx: Context, draft: TaskDraft, drafts: list[TaskDraft]) -> bool:
    """ "anything in the fridge needs to go, throw it out saturday": the "it" is a thing said
    earlier in the same message, not a card or a person."""
    words = [w.casefold() for w in _WORD.findall(draft.title)]
    if len(drafts) != 1 or not words or words[0] in _STATES or _NOT_THING & set(words):
        return False
    at = ctx.text.casefold().find(words[0])
    parts = [p.strip(" ,;.!?—-") for p in _CLAUSE.split(ctx.text[: max(at, 0)])]
    return any(len(p.split()) >= 3 and not points_only(p) and not names_card(p) for p in parts if p)


def _named(ctx: Context, draft: TaskDraft) -> TaskDraft:
    thing = put_in_title(draft.title)
    if thing is None:
        return draft
    due = draft.due
    if due is None:  # "its friday the 18th at 3pm. can you put the tasting in": that day
        found = search_when(ctx.text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
        due = found[0] if len(found) == 1 else None
    return replace(draft, title=thing, due=due)


def rest_said(ctx: Context) -> list[Reply] | None:
    """ "scrap the lamb one, i'll ask him in the group": what the rest of the message does,
    read without its pointing clauses; None when there is no rest or nothing reads it."""
    from flowhub.skills import TEXT_SKILLS, capture  # the skills list holds this module's caller

    parts = [p for p in _CLAUSE.split(ctx.text) if p and p.strip(" ,;.!?")]
    kept = [p for p in parts if _acts(_LEAD.sub("", p.strip(" ,;.!?")))]
    # Only a clause naming a card is read again: a bare "no no" left over must not drop one.
    if len(kept) == len(parts) or not any(names_card(p.strip(" ,;.!?")) for p in kept):
        return None
    rest = ", ".join(p.strip(" ,;.!?") for p in kept)
    said = replace(
        ctx, text=rest, event=replace(ctx.event, text=rest), intent=classify_intent(rest)
    )
    for skill in TEXT_SKILLS:
        if skill is capture.handle:
            return None
        replies = skill(said)
        if replies is not None:
            return replies
    return None


def _acts(clause: str) -> bool:
    """Whether a clause does something: names a thing, or a card ("bin the baker one")."""
    return names_card(clause) or not points_only(clause)
