"""Questions about tasks others gave.

"what did priya just send me?" shows the offers from Priya still waiting, with their Accept and
Decline buttons (and those taken already); with none waiting, the status list answers. "did i
accept the plates one now or not?", "have i taken the flights task?" and "is the plates one
accepted?" answer yes or no with where that offer stands (a waiting one is shown again).
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import assign, words
from flowhub.skills import status_words as say
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import Task, id_of, people, tasks

__all__ = ["handle"]

_OPEN = r"^\W*(?:(?:so|and|hey|btw|ok|wait|sorry|um+|hm+|@?flowhub)[\s,:]+)*"
_END = r"(?:\s+(?:now|yet|already|again|then))*(?:\s+or\s+not)?\s*[?!.]*\s*$"
# "what did priya just send me?", "what has sam given me", "what's ana sent me?"
_SENT = re.compile(
    rf"{_OPEN}what(?:'s|\s+(?:did|has|have))\s+@?(?P<who>[\w'-]+)\s+(?:just\s+|already\s+)?"
    r"(?:sen[dt]|give|given|gave|hand(?:ed)?|pass(?:ed)?|assign(?:ed)?|throw|thrown|threw)"
    rf"(?:\s+(?:over|on))?\s+(?:to\s+)?me(?:\s+(?:just\s+now|today|earlier))?{_END}",
    re.I,
)
# "did i accept the plates one now or not?", "have i taken the flights task?"
_DID = re.compile(
    rf"{_OPEN}(?:did|have|had)\s+i\s+(?:already\s+|actually\s+|really\s+)?(?:accept(?:ed)?"
    r"|take|taken|took|say\s+yes\s+to|said\s+yes\s+to|agree\s+to|agreed\s+to)\s+"
    rf"(?P<what>.+?){_END}",
    re.I,
)
# "is the plates one accepted?", "was the flights task taken?"
_IS = re.compile(
    rf"{_OPEN}(?:is|was)\s+(?P<what>.+?)\s+(?:accepted|taken)(?:\s+by\s+me)?{_END}",
    re.I,
)
_FILLER = re.compile(r"^(?:the|that|this|his|her|[\w-]+['’]s)\s+|\s+(?:one|thing|task|job)$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a question about a task someone gave; None when the message asks none."""
    if ctx.event.forwarded:
        return None
    text = " ".join(ctx.text.split())
    if m := _SENT.match(text):
        return _sent(ctx, m["who"])
    m = _DID.match(text) or _IS.match(text)
    return _accepted(ctx, m["what"]) if m else None


def _given(ctx: Context) -> list[Task]:
    """The open tasks others gave the sender, waiting or accepted, oldest first."""
    rows = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
    )
    return [
        t
        for t in rows
        if t.creator_id != ctx.person_id
        and t.status == "open"
        and t.assignment in ("pending", "accepted")
    ]


def _sent(ctx: Context, name: str) -> list[Reply] | None:
    """The offers from the person named still waiting, shown again; None when none waits."""
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name.lstrip("@")
    )
    giver = found[0] if len(found) == 1 else None
    if giver is None or id_of(giver) == ctx.person_id:
        return None
    mine = [t for t in _given(ctx) if t.creator_id == id_of(giver)]
    waiting = [t for t in mine if t.assignment == "pending"]
    if not waiting:
        return None  # nothing waiting: the status list of what they gave answers
    ctx.thread.note("task", [id_of(t) for t in mine], now=ctx.now)
    taken = [Reply(words.YOU_ACCEPTED.format(title=t.title)) for t in mine if t not in waiting]
    return [assign.assignment_request(ctx, t, ctx.person) for t in waiting] + taken


def _accepted(ctx: Context, what: str) -> list[Reply] | None:
    """Yes with the accepted offer, or no with the waiting offer shown again."""
    phrase = what.strip(" ?!.,")
    for _ in range(3):
        phrase = _FILLER.sub("", phrase).strip()
    if not phrase:
        return None
    found = match_titles(phrase, _given(ctx))
    if len(found) != 1:
        return None
    task = found[0]
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    if task.assignment == "accepted":
        return [Reply(f"{say.YES}. {words.YOU_ACCEPTED.format(title=task.title)}")]
    offer = assign.assignment_request(ctx, task, ctx.person)
    return [Reply(f"{say.NO}.", to=offer.to), offer]
