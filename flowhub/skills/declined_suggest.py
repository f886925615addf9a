"""A no that points at someone else, said in the group after a while or after saying yes: "can't
this week, ask Priya", "not me, Priya knows the supplier".

The sender's task from someone else (the one the message names, or the only one waiting for their
answer, or the only one they have) is declined with the message as its reason, and its requester
is offered to give it to the person named, as a typed no right after the ask already does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import reply_words
from flowhub.skills.assign import answer, named_other
from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Person, Task, id_of, tasks

# The no comes first: "can't this week, …", "not me, …", "sorry no, …".
_NO_FIRST = re.compile(
    r"^\W*(?:(?:hmm+|um+|ah+|oh|well|ugh+|sorry|honestly)\W+)*(?:no|nope|nah|sorry|not\s+me"
    r"|not\s+this\s+(?:one|time|week)|pass|unfortunately|can'?t|cannot|i\s+can'?t|i\s+cannot"
    r"|i\s+won'?t|won'?t\s+be\s+able|(?:i'?d\s+)?rather\s+not|no\s+time|too\s+busy|swamped)\b"
    r"(?!\s+(?:wait|believe|stop|complain|remember|tell|say|help|argue|lie|deny)\b)",
    re.I,
)
# Then someone else is pointed at: "ask Priya", "Priya knows the supplier", "try Sam".
_POINTS = re.compile(
    r"\b(?:ask|try|maybe|perhaps|give\s+it\s+to|better\s+ask)\s+@?\w+"
    r"|(?<![\w'])(?!(?:i|you|we|they|he|she|it|that|this|who|someone|anyone)\b)@?\w+\s+"
    r"(?:knows|can(?!'?t)|could(?!n'?t)|would|might|should|is\s+(?:better|free|around|closer)"
    r"|has\s+(?:time|the)|'s\s+(?:better|free|around)|does\s+that)\b",
    re.I,
)
# "can Priya take it?": a hand-over asked of that person, read where hand-overs are.
_ASKS_THEM = re.compile(
    r"\b(?:can|could|would|will)\s+@?\w+\s+(?:take|do|handle|cover|grab|pick\s+up)\b", re.I
)
_MOST_WORDS = 16


def found(ctx: Context, text: str) -> tuple[Task, Person] | None:
    """The sender's task from someone else that `text` declines, and the person it points at."""
    said = text.strip()
    if ctx.chat.kind != "group" or ctx.event.reply_to or len(said.split()) > _MOST_WORDS:
        return None
    if not (_NO_FIRST.match(said) and reply_words.refuses(said) and _POINTS.search(said)):
        return None
    if _ASKS_THEM.search(said):
        return None
    other = named_other(ctx, said)
    task = _task(ctx, said)
    if other is None or task is None or id_of(other) == task.creator_id:
        return None
    return task, other


def handle(ctx: Context) -> list[Reply] | None:
    """Decline the task the message is about and offer its requester the person named."""
    said = found(ctx, ctx.text)
    if said is None:
        return None
    task = said[0]
    if task.assignment == "accepted":  # said yes before: it is a no now
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignment="pending")
    plain = replace(ctx, event=replace(ctx.event, reply_to=None))
    return answer(plain, task, accepted=False, reason=ctx.text.strip())


def _task(ctx: Context, text: str) -> Task | None:
    """The task the no is about: named, or the only one asked of the sender, or their only one."""
    given = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            assignee_id=ctx.person_id,
            status="open",
        )
        if t.creator_id != ctx.person_id and t.assignment in ("pending", "accepted")
    ]
    named = [t for t in given if tokens(t.title) & tokens(text)]
    if len(named) == 1:
        return named[0]
    asked = [t for t in given if t.assignment == "pending"]
    if len(asked) == 1:
        return asked[0]
    return given[0] if len(given) == 1 else None
