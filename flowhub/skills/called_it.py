"""A new name in quotes for a card or task named in passing, maybe with a day.

"btw the fish guy one reads weird, call it 'call fish guy re monday delivery'", "priya's one:
call it 'xmas menu + new prices on website' and she should have it done by friday", "call the
dentist one 'book dentist check-up'": the card or open task named ("the fish guy one", "priya's
one") gets the quoted words as its title, and the day said after them as its due.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills import remind_before
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import match_titles
from flowhub.storage import Proposal, Task, proposals, tasks

__all__ = ["handle"]

_CALL = re.compile(
    r"(?:^|(?<=[\s,:;.!-]))(?:call|name|title|rename|retitle)\s+(?P<it>it|that|this|that\s+one"
    r"|this\s+one|(?:the\s+)?[\w'’ +&-]{1,40}?\s+(?:one|task|card))\s+(?:to\s*:?\s*|as\s+)?"
    r"(?P<q>['\"‘“])(?P<new>[^'\"’”]{2,120})['\"’”]",
    re.I,
)
# "the fish guy one", "priya's one", "the xmas card": what the part before the name points at.
_REF = re.compile(
    r"(?P<owner>[\w-]+)['’]s\s+(?:one|card|task)\b|(?:the|that)\s+(?P<what>[\w'’ +&-]{1,40}?)\s+"
    r"(?:one|task|card|thing)\b",
    re.I,
)
# "and vat one just": a card named by a word or two before "one", with no "the".
_BARE_REF = re.compile(
    r"^\W*(?:(?:and|also|plus|so|oh|ok)\s+)*(?P<what>[\w'’+&-]+(?:\s+[\w'’+&-]+)?)"
    r"\s+(?:one|task|card)\b",
    re.I,
)
_AND = re.compile(r"^\s*[,;.]?\s*(?:(?:and|&|then|also|plus)\b\s*)*", re.I)
_CLAUSE = re.compile(r"[.;!?,]\s+")
_PRONOUN = re.compile(r"^(?:it|that|this)(?:\s+one)?$", re.I)
# An act on another card said before the rename: the readers of several clauses take it all.
_OTHER_ACT = re.compile(
    r"\b(?:drop|discard|bin|scrap|ditch|delete|toss|save|confirm|keep|move|push|give|assign)\s+"
    r"(?:the|that|this|it|them|both|all|\d)\b",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Rename the card or task named, due the day said after; None when not such a message."""
    m = _CALL.search(ctx.text)
    if m is None:
        return None
    if _OTHER_ACT.search(ctx.text[: m.start()]) or _OTHER_ACT.search(ctx.text[m.end() :]):
        return None  # "… call it 'VAT filing'. rest all fine, confirm all": several answers
    if _PRONOUN.match(m["it"]):
        # "and vat one just call it 'X'": the card named last before it, in its own clause.
        said = _CLAUSE.split(ctx.text[: m.start()])[-1]
        ref = _REF.search(said) or _BARE_REF.search(said)
    else:
        ref = _REF.search(m["it"])
    if ref is None:
        return None
    edits = [Change(title=m["new"].strip())]  # the quoted words are the whole title
    rest = ctx.text[m.end() :]
    lead = remind_before.lead_asked(
        _AND.sub("", rest)
    )  # "… and put a reminder on it 15 min before"
    found = [w for w in search_when(rest, now=ctx.now, tz=ctx.tz) if w.span and not w.rrule]
    if lead is not None:
        found = []
    if found and (span := found[0].span) is not None:
        dated, problem = read_all(f"due {rest[span[0] : span[1]]}", now=ctx.now, tz=ctx.tz)
        if not dated or problem is not None:
            return None
        edits += dated
    card = _card(ctx, ref)
    if card is not None:
        return edit_card(ctx, card, edits)
    task = _task(ctx, ref)
    if task is None:
        return None
    renamed = edit_task(ctx, [task], edits, ref.group(0))
    return renamed + remind_before.set_before(ctx, task, lead) if lead is not None else renamed


def _card(ctx: Context, ref: re.Match[str]) -> Proposal | None:
    """The sender's waiting card here that `ref` names: by its owner or its words."""
    waiting = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if owner := ref.groupdict().get("owner"):
        owner = owner.casefold()
        named = [p for p in waiting if (p.assignee_name or "").casefold().split(" ")[0] == owner]
    else:
        named = match_titles(ref["what"], waiting)
    return named[0] if len(named) == 1 else None


def _task(ctx: Context, ref: re.Match[str]) -> Task | None:
    """The open task of the sender's (made or given) that `ref` names."""
    mine = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, creator_id=ctx.person_id
        )
        if t.status == "open"
    ]
    if owner := ref.groupdict().get("owner"):
        owner = owner.casefold()
        named = [t for t in mine if (t.assignee_name or "").casefold().split(" ")[0] == owner]
    else:
        named = match_titles(ref["what"], mine)
    return named[0] if len(named) == 1 else None
