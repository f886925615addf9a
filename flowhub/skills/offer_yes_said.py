"""A yes to a task one was given, said in words the plain readers miss.

"ok 15th works 👍", "friday's fine, will do", "that day works for me" to an offer due that day;
"no I mean I accept the xmas menu task. bin that card", "no no, i meant accept the plates task
from sam. delete this card" or "i said accept!! i'll do the xmas menu one" after a slip; "yes ok
the plates, i check tomorrow", "sure, tags are on me 👍" to the offer they name. Each accepts
the offer waiting in this direct chat (the one named, else the newest from a short while ago),
as Accept would; a card named with "bin that card" is dropped.
"""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills import assign
from flowhub.skills.assign_reply import waits_for
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.skills.taking import take_on
from flowhub.storage import Task, as_utc, audit, proposals, tasks

__all__ = ["handle"]

_WINDOW = timedelta(hours=2)
# How soon after a no a "no I mean I accept" still takes it back.
_SLIP = timedelta(minutes=15)
_FILL = (
    r"(?:no+|nope|wait|sorry|oops|argh+|ugh+|wtf|omg|lol|ok(?:ay)?|yes|yep|yeah|sure|great"
    r"|perfect|fine)"
)
# "no I mean I accept the xmas menu task", "i said accept!! i'll do the xmas menu one".
_ACCEPT = re.compile(
    rf"^\W*(?:{_FILL}\W+)*(?:i\s+(?:mean|meant|said)\W+)?(?:i\s+)?(?:accept(?:ed)?|(?:i'?ll|i\s+will)"
    r"\s+(?:take|do|accept)|take)(?:\s+(?P<what>it|that|this|that\s+one|this\s+one|the\s+[\w'+&-]+"
    r"(?:\s+[\w'+&-]+){0,5}?\s+(?:task|one|thing)|[\w'+&-]+(?:\s+[\w'+&-]+){0,4}?\s+(?:task|one)))?"
    r"(?:\s+from\s+[\w'-]+)?(?P<more>(?:\W+(?:and\s+|then\s+|also\s+)?(?:i\s+said\s+accept|i'?ll\s+do\s+(?:it|the\s+[\w'+&\s-]+?\s+one)"
    r"|(?:bin|discard|drop|delete|scrap|remove|ditch|trash)\s+(?:this|that|the)(?:\s+new)?\s+"
    r"(?:card|one)|thanks|thx|please|pls))*)\W*$",
    re.I,
)
# "ok 15th works 👍", "friday's fine, will do", "that works for me".
_WORKS = re.compile(
    rf"^\W*(?:{_FILL}\W+)*(?:(?:the\s+)?(?P<day>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)\s+(?:works|is\s+fine"
    r"|is\s+ok(?:ay)?|is\s+good|suits\s+me)|(?P<day2>[\w-]+)'s\s+(?:fine|ok(?:ay)?|good))"
    r"(?:\s+(?:for|with|by)\s+me)?(?:\W+(?:will\s+do|i'?ll\s+do\s+it|on\s+it|thanks|thx))*\W*$",
    re.I,
)
# "yes ok the plates, i check tomorrow", "sure, tags are on me 👍", "fine, the insurance is mine".
_MINE = re.compile(
    rf"^\W*(?:{_FILL}\W+)*(?P<what>(?:the\s+)?[\w'+&-]+(?:\s+[\w'+&-]+){{0,3}}?)"
    r"(?:\s+(?:one|task|thing))?(?:\s+(?:is|are)\s+(?:on\s+me|mine)|\W+(?:(?:it'?s|that'?s)\s+"
    r"(?:on\s+me|mine)|i(?:'?ll|\s+will|'?m)?\s+(?:check(?:ing)?|handl(?:e|ing)|sort(?:ing)?"
    r"|(?:do(?:ing)?|tak(?:e|ing)|get(?:ting)?)\s+(?:it|that|this|them|those|these)|on\s+it)\b"
    r"(?:\s+(?:it|that|this|them|those|these))?(?P<tail>(?:\s+[\w:]+){0,3})))\W*$",
    re.I,
)
_DROP_CARD = re.compile(
    r"\b(?:bin|discard|drop|delete|scrap|remove|ditch|trash)\s+(?:this|that|the)(?:\s+new)?\s+"
    r"(?:card|one)\b",
    re.I,
)
_PLAIN_DAY = re.compile(r"^(?:that|this|it|that\s+day|this\s+day|the\s+date|the\s+day)$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Accept the offer this yes answers; None when the message is not such a yes."""
    if ctx.chat.kind != "direct" or ctx.event.forwarded:
        return None
    text = " ".join(ctx.text.split())
    accepted = _ACCEPT.match(text)
    works = None if accepted else _WORKS.match(text)
    owned = None if accepted or works else _MINE.match(text)
    if accepted is None and works is None and owned is None:
        return None
    waiting = _waiting(ctx)
    if not waiting:
        slip = _declined_by_slip(ctx) if accepted is not None else None
        if slip is None:
            return None
        waiting = [slip]
    what = accepted["what"] if accepted else owned["what"] if owned else None
    task = _named(what, waiting)
    if task is None or (owned is not None and not _mine_fits(ctx, task, owned["tail"] or "")):
        return None
    if works is not None and not _same_day(ctx, task, works["day"] or works["day2"]):
        return None  # "friday's fine" to an offer due the 15th asks to move it
    replies = assign.answer(ctx, task, accepted=True)
    if _DROP_CARD.search(text):
        mine = proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        replies += discard(ctx, str(mine[-1].id)) if mine else []
    return replies


def _named(what: str | None, waiting: list[Task]) -> Task | None:
    """The offer "the xmas menu task" names; with no name, the newest one."""
    if not what or re.fullmatch(r"(?:it|that|this)(?:\s+one)?", what, re.I):
        return waiting[-1]
    bare = re.sub(r"^the\s+|\s+(?:task|one|thing)$", "", what, flags=re.I)
    found = match_titles(bare, waiting)
    return found[0] if len(found) == 1 else None


def _mine_fits(ctx: Context, task: Task, tail: str) -> bool:
    """Whether "i check tomorrow" keeps the offer's day; another day asks to move it."""
    found = search_when(tail, now=ctx.now, tz=ctx.tz) if tail.strip() else None
    return not found or _same_day(ctx, task, tail.strip())


def _same_day(ctx: Context, task: Task, day: str) -> bool:
    """Whether `day` ("15th", "friday", "that") is the day the offer is due."""
    if _PLAIN_DAY.match(day.strip()):
        return True
    found = search_when(day, now=ctx.now, tz=ctx.tz) or search_when(
        f"the {day}", now=ctx.now, tz=ctx.tz
    )
    if not found or task.due_at is None:
        return False
    # The day as the requester set it: "friday" in New York is Ana's Friday in Berlin.
    due = as_utc(task.due_at).astimezone(ZoneInfo(task.due_tz or ctx.tz)).date()
    return found[0].start.date() == due


def _declined_by_slip(ctx: Context) -> Task | None:
    """The task the sender declined a few minutes ago, given back to them to accept: "no I mean
    I accept" right after a no read from their words."""
    since = ctx.now - _SLIP
    said = audit.get_audit_entries(
        session=ctx.session, actions=["declined"], after=since, person_id=ctx.person_id
    )
    if not said or not said[-1].subject.startswith("task:"):
        return None
    task = tasks.get_task(session=ctx.session, task_id=int(said[-1].subject.split(":")[1]))
    if task is None or task.assignment != "declined" or task.assignee_id is not None:
        return None
    if task.status != "open" or task.creator_id == ctx.person_id:
        return None
    take_on(ctx, task, assignment="pending")
    return task


def _waiting(ctx: Context) -> list[Task]:
    """The offers to the sender still waiting from a short while ago, oldest first."""
    waiting = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if waits_for(ctx, t) and ctx.now - as_utc(t.updated_at) <= _WINDOW
    ]
    return sorted(waiting, key=lambda t: (as_utc(t.updated_at), t.id or 0))
