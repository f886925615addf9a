"""Short lookups: "when's the becker visit again?", "what's urgent rn", "is anyone behind?".

Each answers from the open tasks the asker may see; a question it cannot tie to anything is
left to the other skills.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.i18n import Text
from flowhub.skills import manners, words
from flowhub.skills.context import Context
from flowhub.skills.due import is_overdue
from flowhub.skills.format import numbered, task_line, when_text
from flowhub.skills.refer import list_ref, match_titles, reminders_named
from flowhub.storage import Task, tasks

TASK_WHEN = Text("“{title}” is due {when}.")
TASK_NO_WHEN = Text("“{title}” has no due date yet.")
URGENT_HEAD = Text("Urgent and high priority")
NOTHING_URGENT = Text("Nothing urgent or high priority is open. 🎉")
OVERDUE_HEAD = Text("Overdue, by person")
NOTHING_OVERDUE = Text("Nothing is overdue. 🎉")
NOT_ASSIGNED = Text("Not assigned")

_WHEN = re.compile(
    r"^\W*(?:(?:so|and|hey|ok|btw|remind\s+me)[\s,]+)*(?:when(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)"
    r"|what\s+(?:time|day|date)\s+(?:is|was|'s)"
    r"|when\s+(?:do|does|must|should)\s+(?:i|we|[A-Za-z]+)\s+(?:have\s+to|need\s+to|gotta|got\s+to)"
    r"|by\s+when\s+(?:do|must|should)\s+(?:i|we|[A-Za-z]+)(?:\s+(?:have\s+to|need\s+to))?)"
    r"\s+(?P<t>.+?)"
    r"(?:\s+(?:again|due|happening|scheduled|planned|set\s+for|on|now|exactly))*\s*[?!.]*\s*$",
    re.I,
)
_NEXT = re.compile(r"^(?:(?:the|my|our|your|his|her|their)\s+)?next\s+(?=\S)", re.I)
_GENERAL = re.compile(r"\b(?:my|our|next|everything|anything|tasks?|it|that|this)\b", re.I)
_URGENT = re.compile(
    r"^\W*(?:(?:so|and|hey|ok)[\s,]+)*(?:what(?:'s|’s|s|\s+is|\s+are)?|which|anything|any|show"
    r"(?:\s+me)?|list)\b[^?]{0,40}?\b(?:urgent|high[\s-]+prio(?:rity)?|top\s+prio(?:rity)?"
    r"|urgently|asap|important|priorit(?:y|ies)|hot)\b[^?]{0,20}[?!.]*\s*$",
    re.I,
)
_BEHIND = re.compile(
    r"^\W*(?:(?:so|and|hey|ok)[\s,]+)*(?:(?:is|are)\s+(?:anyone|anybody|someone|somebody|any\s+of"
    r"\s+us|we|the\s+team|everyone|people)\s+(?:behind|late|overdue|running\s+late)\b"
    r"|who(?:'s|’s|s|\s+is|\s+are)\s+(?:behind|late|overdue|running\s+late)\b"
    r"|who\s+(?:has|'s\s+got|has\s+got)\s+(?:anything\s+|stuff\s+|tasks?\s+)?overdue\b)",
    re.I,
)
_REMIND_WHEN = re.compile(
    r"^\W*(?:(?:so|and|hey|ok)[\s,]+)*(?:when|what\s+time)(?:\s+exactly)?\s+(?:will|are|do|'ll|would)"
    r"\s+you\s+(?:going\s+to\s+|gonna\s+)?(?:exactly\s+)?remind\s+(?:me|us|[A-Za-z]+)\s+"
    r"(?:about|of|to|for)\s+(?P<t>.+?)(?:\s+again)?\s*[?!.]*\s*$",
    re.I,
)
_ALARM = re.compile(r"\breminders?\b", re.I)
_LONGEST = 120


def handle(ctx: Context) -> list[Reply] | None:
    """A lookup answered from the open tasks; None for anything else."""
    text = ctx.text.strip()
    if len(text) > _LONGEST:
        return None
    called = manners.without_bot_name(ctx.event.text) != ctx.event.text
    if ctx.chat.kind == "group" and not called:
        return None  # "is anyone running late?" among people is their chat
    if _BEHIND.match(text):
        return _behind(ctx)
    if _URGENT.match(text):
        return _urgent(ctx)
    asked = _REMIND_WHEN.match(text)
    if asked is not None:
        return _reminder_when(ctx, asked.group("t"))
    m = _WHEN.match(text)
    if m is not None and _ALARM.search(m.group("t")):
        return _reminder_when(ctx, _ALARM.sub(" ", m.group("t")))
    # "when is the next weber update?": a repeating task's next time, or the task's due date.
    named = _NEXT.sub("", m.group("t")) if m is not None else ""
    if named and not _GENERAL.search(named):
        return _when(ctx, named)
    return None


def _reminder_when(ctx: Context, phrase: str) -> list[Reply] | None:
    """ "⏰ Pack the laser level · Fri 4 Dec, 19:00" for the one reminder `phrase` names."""
    words_said = re.sub(r"^\W*(?:the|my|that|this|for|about|to)\s+", "", phrase.strip()).strip()
    found = [r for r in reminders_named(ctx, words_said) if r.next_at is not None]
    if not found:
        return None
    reminder = max(found, key=lambda r: r.id or 0)
    assert reminder.next_at is not None
    ctx.thread.note("reminder", [reminder.id] if reminder.id is not None else [], now=ctx.now)
    when = when_text(reminder.next_at, "minute", ctx.tz, reminder.tz, now=ctx.now)
    return [Reply(f"⏰ {reminder.text} · {when}")]


def _open(ctx: Context) -> list[Task]:
    found = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    if ctx.chat.kind == "group":
        return [t for t in found if t.chat_id == ctx.chat_id]
    return found


def _when(ctx: Context, phrase: str) -> list[Reply] | None:
    named = match_titles(phrase, _open(ctx))
    if len(named) != 1:
        return None
    task = named[0]
    ctx.thread.note("task", [task.id] if task.id is not None else [], now=ctx.now)
    if task.due_at is None:
        return [Reply(TASK_NO_WHEN.format(title=task.title))]
    when = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz, now=ctx.now)
    return [Reply(TASK_WHEN.format(title=task.title, when=when))]


def _line(ctx: Context, task: Task) -> str:
    return task_line(task, viewer_tz=ctx.tz, now=ctx.now, viewer_id=ctx.person_id)


def _listed(ctx: Context, shown: list[Task]) -> str:
    ctx.thread.last_list = [t.id for t in shown if t.id is not None]
    ctx.thread.list_kind = "tasks"
    return list_ref(ctx.thread.last_list)


def _urgent(ctx: Context) -> list[Reply]:
    rank = {"urgent": 0, "high": 1}
    found = [t for t in _open(ctx) if t.priority in rank]
    if not found:
        return [Reply(NOTHING_URGENT)]
    far = ctx.now.replace(year=ctx.now.year + 50)
    found.sort(key=lambda t: (rank[t.priority], t.due_at or far, t.id or 0))
    ref = _listed(ctx, found)
    lines = numbered([_line(ctx, t) for t in found])
    return [Reply(f"{URGENT_HEAD}:\n{lines}{words.LIST_HINT}", ref=ref)]


def _behind(ctx: Context) -> list[Reply]:
    late = [t for t in _open(ctx) if is_overdue(t, now=ctx.now, tz=ctx.tz)]
    if not late:
        return [Reply(NOTHING_OVERDUE)]
    by_person: dict[str, list[Task]] = {}
    for task in sorted(late, key=lambda t: (t.due_at, t.id or 0)):
        by_person.setdefault(task.assignee_name or "", []).append(task)
    shown: list[Task] = []
    blocks = []
    for name in sorted(by_person, key=lambda n: (not n, n.casefold())):
        rows = []
        for task in by_person[name]:
            shown.append(task)
            line = task_line(task, viewer_tz=ctx.tz, now=ctx.now, viewer_id=task.assignee_id)
            rows.append(f"{len(shown)}. {line}")
        blocks.append(f"{name or NOT_ASSIGNED.format()}:\n" + "\n".join(rows))
    ref = _listed(ctx, shown)
    return [Reply(f"{OVERDUE_HEAD}:\n" + "\n\n".join(blocks) + words.LIST_HINT, ref=ref)]
