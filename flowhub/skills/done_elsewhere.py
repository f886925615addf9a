"""Done news right after a reminder went off that names another task: "die
reiseversicherungspapiere für wien sind raus ✌️" while the bus call's reminder is the last one
that fired ticks the Vienna insurance papers, not the bus call.

The things the message names ("wien", "otelini") are matched to titles in any language through
`thing_words` ("vienna", "hotel"). A task that fits better than the reminder is ticked; several
that fit as well as the best are asked about, never guessed; a tie with the reminder is the
reminder's.
"""

from __future__ import annotations

from flowhub.connectors import Button, Reply
from flowhub.i18n import Text
from flowhub.nlp import thing_words
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.done_context import tick
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import same_word
from flowhub.skills.format import numbered, task_line
from flowhub.storage import Reminder, Task, id_of, tasks

__all__ = ["meant_other"]

_MARKED = Text("marked done")
_MOST = 3


def meant_other(ctx: Context, reminder: Reminder) -> list[Reply] | None:
    """Tick or ask about the task the news names when that is not the reminder's; else None."""
    said = thing_words(ctx.text)
    if not said:
        return None
    own = _score(said, _reminder_words(ctx, reminder))
    others = [t for t in sender_open(ctx) if t.id != reminder.task_id]
    scored = [(_score(said, thing_words(t.title)), t) for t in others]
    best = max((s for s, _ in scored), default=0)
    if best <= own:
        return None  # said right after it went off, the reminder wins a tie
    top = [t for s, t in scored if s == best]
    if len(top) == 1:
        return tick(ctx, top[0])
    return _ask(ctx, top[:_MOST])


def _reminder_words(ctx: Context, reminder: Reminder) -> frozenset[str]:
    """The things the reminder and its task are about."""
    found = thing_words(reminder.text)
    if reminder.task_id is not None:
        task = tasks.get_task(session=ctx.session, task_id=reminder.task_id)
        if task is not None:
            found |= thing_words(task.title)
    return found


def _score(said: frozenset[str], title: frozenset[str]) -> int:
    return sum(1 for t in title if any(same_word(s, t) for s in said))


def _ask(ctx: Context, options: list[Task]) -> list[Reply]:
    """Which of several tasks the news means, with a numbered list and a button each."""
    ids = [id_of(t) for t in options]
    ctx.thread.last_list, ctx.thread.list_kind = ids, "tasks"
    ctx.thread.start_flow("pick", now=ctx.now, verb="done", ids=ids)
    lines = [task_line(t, viewer_tz=ctx.tz, now=ctx.now) for t in options]
    buttons = tuple(Button(f"done:{i}", str(n)) for n, i in enumerate(ids, 1))
    text = words.WHICH_ONE.format(verb=_MARKED) + "\n" + numbered(lines)
    return [Reply(text, buttons=buttons)]
