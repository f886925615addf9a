"""Someone who has a task says they can't be there when it is due: "can't do it this week sorry,
I'm only landing wed night" from the person doing Wednesday's 08:00 tile delivery.

The bot points out the clash in one short message and offers to hand the task back to whoever
asked for it (a button), or to move it ("move it to friday"). Nothing changes until they answer.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import When, parse_when
from flowhub.skills import group_words, words
from flowhub.skills.assign import answer
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.storage import Task, access, as_utc, people, tasks

# "I can't do it", "can't make it", "I'm away", "I'm only landing wed night", "not back before":
# the sender says they themselves will not be there ("the mill can't deliver" is no absence).
_AWAY = re.compile(
    r"(?:^|[.!?,;]\s*|\bi\s+|\bsorry,?\s+)(?:really\s+|just\s+)?(?:can'?t|cannot|can\s+not"
    r"|won'?t\s+be\s+able\s+to)\s+(?:do|make|be|come|take|handle|manage|get\s+to|go)\b"
    r"|\b(?:i|i'?ll)\s+won'?t\s+(?:make\s+it|be\s+(?:there|around|back))\b"
    r"|\b(?:i'?m|i\s+am|i'?ll\s+be)\s+(?:away|out\s+of\s+(?:town|office)|off"
    r"|not\s+(?:around|there|in\s+town|back)|travell?ing|abroad|on\s+(?:holiday|vacation|leave)"
    r"|only\s+(?:back|landing|arriving|in\s+town)|landing)\b|\bnot\s+back\s+(?:before|until|till)\b",
    re.I,
)
# "can't wait", "can't believe", "can't find": no absence.
_NOT_AWAY = re.compile(r"\bcan'?t\s+(?:wait|believe|find|stop|stand|remember|see|hear)\b", re.I)
_SHOWN = 3


def found(ctx: Context, text: str) -> bool:
    """Whether `text` says the sender is away while one of their tasks is due."""
    return bool(_clashing(ctx, text.strip()))


def handle(ctx: Context) -> list[Reply] | None:
    """Point out the sender's tasks due while they say they are away; None when there are none."""
    due = _clashing(ctx, ctx.text.strip())
    return [_offer(ctx, task) for task in due[:_SHOWN]] if due else None


def _clashing(ctx: Context, text: str) -> list[Task]:
    """The sender's tasks due between now and the end of the absence `text` tells of, soonest
    first."""
    if not _AWAY.search(text) or _NOT_AWAY.search(text):
        return []
    until = _away_until(ctx, text)
    if until is None:
        return []
    due = [t for t in _held(ctx) if t.due_at and ctx.now <= as_utc(t.due_at) <= until]
    return sorted(due, key=lambda t: as_utc(t.due_at or ctx.now))


def _away_until(ctx: Context, text: str) -> datetime | None:
    """The latest moment the message says the sender is away until (the end of what it names)."""
    found: list[When] = []
    while text.strip() and len(found) < _SHOWN:
        said = parse_when(text, now=ctx.now, tz=ctx.tz)
        if said is None:
            break
        found.append(said)
        text = text[said.span[1] :]
    ends = [(w.end or w.start).astimezone(UTC) for w in found if not w.rrule]
    return max(ends) if ends else None


def _held(ctx: Context) -> list[Task]:
    """The sender's open tasks that someone gave them and they did not leave pending."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
    )
    held = [t for t in mine if t.status == "open" and t.assignment != "pending"]
    if ctx.chat.kind == "group":
        held = [t for t in held if t.chat_id == ctx.chat_id]  # never name a private task here
    return held


def _offer(ctx: Context, task: Task) -> Reply:
    """ "“X” is due Wed 9 Dec, 08:00 while you're away: hand it back to Ana, or move it?"."""
    when = due_words(ctx, task, requester_id=task.creator_id)
    requester = people.get_person(session=ctx.session, person_id=task.creator_id)
    if requester is None or task.creator_id == ctx.person_id:
        said = group_words.CLASH_MOVE.format(title=task.title, when=when)
        return Reply(said, ref=f"task:{task.id}")
    name = requester.display_name.split(" ")[0]
    said = group_words.CLASH.format(title=task.title, when=when, name=name)
    back = Button(f"handback:{task.id}", localized(group_words.HAND_BACK).format(name=name))
    return Reply(said, buttons=(back,), ref=f"task:{task.id}")


def hand_back(ctx: Context, arg: str) -> list[Reply]:
    """The button: the task goes back to its requester, who is asked what now."""
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None or task.assignee_id != ctx.person_id:
        return [Reply(words.NOT_YOURS)]
    if task.status != "open":
        return [Reply(group_words.NOT_OPEN.format(title=task.title), edit=ctx.event.reply_to)]
    # A task they took on is handed back the way a fresh one is declined.
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignment="pending")
    return answer(ctx, task, accepted=False)
