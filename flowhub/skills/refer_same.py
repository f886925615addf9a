"""A saved task's name with a new due day: "kitchen quotes due friday" when "Compare the Weber
kitchen quotes" is saved. One short question with buttons, move it or make a new task, instead
of a second card for the same work.
"""

from __future__ import annotations

import re

from flowhub.connectors import Button, Reply
from flowhub.i18n import Text, localized
from flowhub.nlp import parse_when
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.format import when_text
from flowhub.skills.group_move_kept import SAME_MOVE
from flowhub.skills.refer import tasks_named, tokens
from flowhub.storage import access, inbox

_DUE = re.compile(
    r"^(?P<t>[^,.;:!?]{3,60}?)\s+(?:due|deadline)\s+(?:on\s+|by\s+)?(?P<w>.+?)[\s.!]*$",
    re.I,
)
ASK_MOVE = Text("“{title}” is already saved{due}. Move it to {when}?")
MOVE_LABEL = Text("✏️ Move it")
NEW_LABEL = Text("➕ New task")
GONE = Text("That question has expired; say the change again.")


def handle(ctx: Context) -> list[Reply] | None:
    """The question when a due day is said of a saved task's name; None otherwise."""
    said = _DUE.match(ctx.text.strip())
    if said is None or ctx.event.reply_to or ctx.inbox_id is None:
        return None
    task_id, when = _read(ctx, said["t"], said["w"])
    if task_id is None:
        return None
    task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
    if task is None:
        return None
    due = f" ({when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz)})" if task.due_at else ""
    buttons = (
        Button(f"tmove:{ctx.inbox_id}.{task_id}", localized(MOVE_LABEL)),
        Button(f"newtask:{ctx.inbox_id}", localized(NEW_LABEL)),
    )
    asked = ASK_MOVE.format(title=task.title, due=due, when=when)
    return [Reply(asked, buttons=buttons, ref=f"{SAME_MOVE}:{task_id}")]


def _read(ctx: Context, named: str, when: str) -> tuple[int | None, str]:
    """The one open task every content word of `named` is in, and the day said, if both."""
    found = parse_when(when, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None or when[found.span[1] :].strip(" .!"):
        return None, ""
    said = tokens(named)
    if not said or (len(said) == 1 and len(next(iter(said))) < 5):
        return None, ""
    named_tasks = tasks_named(ctx, named)
    whole = [t for t in named_tasks if said <= tokens(t.title)]
    if len(whole) != 1 or tokens(whole[0].title) == said:
        return None, ""  # the exact name is moved by the edit reader itself
    return whole[0].id, when.strip()


def move_button(ctx: Context, arg: str) -> list[Reply]:
    """The "✏️ Move it" button: the saved task gets the day the stored message said."""
    event_id, _, task_id = arg.partition(".")
    row = inbox.get_inbox_event(session=ctx.session, event_id=int(event_id or 0))
    said = _DUE.match(row.text.strip()) if row is not None else None
    if row is None or said is None or row.sender_id != ctx.event.sender_id or not task_id.isdigit():
        return [Reply(GONE)]
    task = access.get_task(session=ctx.session, task_id=int(task_id), viewer=ctx.viewer)
    if task is None or task.status != "open":
        return [Reply(GONE)]
    return edit_task(ctx, [task], [Change(target="it", when=said["w"].strip(" .!"))], "it")
